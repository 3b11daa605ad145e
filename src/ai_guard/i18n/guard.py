"""Sentences of guarded functions and guarded clients (ai_guard.guard, guard_client)."""

from __future__ import annotations

__all__ = [
    "guard_leak_report",
    "guard_prompt_arg_deprecated",
    "guard_setup",
    "guard_unreadable",
]

# -- guarded functions (ai_guard.guard) ------------------------------------------------------

#: What a guarded function's argument holds when the guard cannot read it: (vi, en).
_UNREADABLE: dict[str, tuple[str, str]] = {
    "bytes": (
        "dữ liệu byte (văn bản chưa rõ bảng mã)",
        "bytes (text in an unknown encoding)",
    ),
    "path": (
        "một đường dẫn tệp (nội dung tệp sẽ đi ra mà không được kiểm tra)",
        "a file path (the file's content would go out unchecked)",
    ),
    "file": ("một tệp hoặc luồng dữ liệu", "a file or a stream"),
    "container": (
        "một tập hợp hoặc luồng mà ai-guard không đọc được nếu không tiêu thụ nó",
        "a collection or a stream the guard cannot read without consuming it",
    ),
    "object": ("một đối tượng có văn bản bên trong", "an object with text inside"),
    "nested": (
        "các danh sách lồng nhau quá sâu hoặc chứa chính nó",
        "lists or dicts nested too deep or inside themselves",
    ),
    "not_text": (
        "giá trị không phải văn bản, trong khi params= khai báo đây là câu lệnh (cần str, "
        "list/tuple/dict chứa văn bản, hoặc None)",
        "no text, while params= names it as the prompt (it must be a str, a list/tuple/dict "
        "of text, or None)",
    ),
}


def guard_unreadable(function: str, param: str, kind: str, why: str) -> tuple[str, str]:
    """A guarded function's argument the guard cannot read; ``kind`` is its type's name."""
    what_vi, what_en = _UNREADABLE[why]
    return (
        f"{function}: tham số '{param}' chứa {what_vi} ({kind}); ai-guard không kiểm tra được "
        f"nên không gửi gì. Hãy truyền nội dung dạng chuỗi (str); nếu tham số này không mang "
        f"nội dung gửi cho AI, khai báo guard(unchecked=['{param}']).",
        f"{function}: argument '{param}' holds {what_en} ({kind}); the guard cannot check it, "
        f"so nothing was sent. Pass its text as str; if this argument carries nothing that "
        f"goes to the model, list it in guard(unchecked=['{param}']).",
    )


def guard_setup(function: str, problem: str, names: list[str] | None = None) -> tuple[str, str]:
    """``guard`` set up wrongly, at decoration time; ``names`` are parameter names."""
    listed = ", ".join(f"'{n}'" for n in names or [])
    table = {
        "missing_params": (
            f"guard(params=...): {function} không có tham số {listed}",
            f"guard(params=...): {function} has no parameter {listed}",
        ),
        "missing_unchecked": (
            f"guard(unchecked=...): {function} không có tham số {listed}",
            f"guard(unchecked=...): {function} has no parameter {listed}",
        ),
        "both": (
            f"guard: tham số {listed} của {function} vừa ở params= vừa ở unchecked=",
            f"guard: {function}'s parameter {listed} is in both params= and unchecked=",
        ),
        "not_a_list": (
            "guard: params= và unchecked= nhận một danh sách tên tham số, không phải một chuỗi",
            "guard: params= and unchecked= take a list of parameter names, not a single string",
        ),
        "empty_params": (
            "guard: params= rỗng; bỏ params= để kiểm tra mọi tham số",
            "guard: params= is empty; leave params= out to check every argument",
        ),
        "prompt_arg_and_params": (
            "guard: chỉ dùng params= (prompt_arg= là tên cũ của nó), không dùng cả hai",
            "guard: use params= only (prompt_arg= is its old name), not both",
        ),
        "no_parameters": (
            f"guard: {function} không nhận tham số nào để kiểm tra",
            f"guard: {function} takes no argument to guard",
        ),
    }
    return table[problem]


def guard_prompt_arg_deprecated() -> str:
    return (
        "guard(prompt_arg='x') is deprecated: use guard(params=['x']) / "
        "guard(prompt_arg='x') đã lỗi thời: hãy dùng guard(params=['x'])"
    )


# -- the test spy (ai_guard.testing: LLMSpy, assert_no_leak) -----------------------------------


def guard_leak_report(leaks: int, sent: int) -> tuple[str, str]:
    """The head of assert_no_leak's report: ``leaks`` of the ``sent`` texts are not allowed."""
    return (
        f"{leaks}/{sent} văn bản đã gửi không được ai-guard cho phép:",
        f"{leaks} of {sent} sent text(s) would not be allowed by ai-guard:",
    )
