"""Sentences of the code scanner: its rules, its findings, its reports, its configuration."""

from __future__ import annotations

__all__ = [
    "SCAN_HELP",
    "SCAN_NAMED_SECRET",
    "SCAN_RULE_TEXTS",
    "scan_baseline_missing",
    "scan_baseline_unreadable",
    "scan_baseline_version",
    "scan_call_count",
    "scan_cell",
    "scan_cell_tag",
    "scan_cells_skipped",
    "scan_config_invalid",
    "scan_config_unreadable",
    "scan_file_error",
    "scan_finding",
    "scan_handed_unread",
    "scan_raw_http",
    "scan_upload_detail",
]

# -- rules ----------------------------------------------------------------------------------------

#: rule id -> (summary, fix), each (Vietnamese, English)
SCAN_RULE_TEXTS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "AIG101": (
        (
            "gọi API mô hình ngôn ngữ lớn mà câu lệnh không qua check_prompt",
            "a call to an LLM API whose prompt does not pass through check_prompt",
        ),
        (
            "gửi check_prompt(text).redacted_text, hoặc bọc client bằng guard_client / hàm "
            "bằng @guard",
            "send check_prompt(text).redacted_text, or wrap the client with guard_client / "
            "the function with @guard",
        ),
    ),
    "AIG102": (
        (
            "khoá API của mô hình ngôn ngữ lớn được ghi cứng trong mã",
            "a hardcoded LLM API key",
        ),
        (
            "đọc khoá từ biến môi trường hoặc kho bí mật, và thu hồi khoá này",
            "read the key from the environment or a secret store, and revoke this one",
        ),
    ),
    "AIG103": (
        (
            "thư điện tử công vụ (…@*.gov.vn) được dùng làm danh tính tài khoản AI",
            "an official e-mail (…@*.gov.vn) used as the identity of an AI account",
        ),
        (
            "dùng địa chỉ không phải thư công vụ (Công văn 557/BKHCN-CĐSQG)",
            "use an address that is not an official one (guidance 557/BKHCN-CĐSQG)",
        ),
    ),
    "AIG104": (
        (
            "kết quả của mô hình ngôn ngữ lớn đi thẳng vào một quyết định mà không có phê duyệt",
            "an LLM's output reaches a decision without a human sign-off",
        ),
        (
            "bảo vệ hàm ra quyết định bằng @require_human_signoff",
            "guard the decision function with @require_human_signoff",
        ),
    ),
    "AIG105": (
        (
            "chuỗi câu lệnh trong mã chứa nội dung check_prompt không cho phép",
            "a prompt literal holds what check_prompt would not allow",
        ),
        (
            "bỏ dữ liệu cá nhân, dấu mật hoặc khoá khỏi mẫu câu lệnh",
            "remove the personal data, secrecy stamp or key from the template",
        ),
    ),
    "AIG106": (
        (
            "nội dung một tệp được gửi tới API mô hình ngôn ngữ lớn (tải lên, OCR, tài liệu, "
            "âm thanh) mà không được kiểm tra",
            "a file's content is sent to an LLM API (upload, OCR, document, audio) unchecked",
        ),
        (
            "phân loại tệp bằng classify_document trước và chỉ gửi tệp được phép gửi; dùng "
            "guard_client (từ chối tệp nó không đọc được)",
            "classify the file with classify_document first and send only what it allows; or "
            "use guard_client (which refuses files it cannot read)",
        ),
    ),
}

#: classify_document's verdict on an uploaded file of the repository -> (Vietnamese, English)
_UPLOAD_VERDICTS: dict[str, tuple[str, str]] = {
    "do_not_send": ("classify_document: không được gửi", "classify_document: do not send"),
    "redact_then_send": (
        "classify_document: phải che trước khi gửi",
        "classify_document: redact before sending",
    ),
    "unreadable": ("classify_document không đọc được tệp", "classify_document cannot read it"),
    "missing": ("tệp không có trong kho", "not a file of the repository"),
}


def scan_upload_detail(vendor: str, name: str | None, verdict: str | None) -> tuple[str, str]:
    """The detail of AIG106: the vendor, and for a file named by a literal, its name and what
    classify_document says of it (``verdict``: a recommended action, ``unreadable`` or
    ``missing``)."""
    if name is None or verdict is None:
        return vendor, vendor
    vi, en = _UPLOAD_VERDICTS.get(verdict, (verdict, verdict))
    return f"{vendor}, {name}: {vi}", f"{vendor}, {name}: {en}"


#: AIG102's summary and detail for a secret found by the name it is kept under (``JWT_SECRET =
#: "..."``, an app's ``SECRET_KEY``), not by an LLM vendor's prefix: named for what it is
SCAN_NAMED_SECRET: tuple[tuple[str, str], tuple[str, str]] = (
    (
        "bí mật (khoá, mật khẩu, token) được ghi cứng trong mã",
        "a hardcoded secret (a key, a password, a token)",
    ),
    (
        "nhận ra theo tên biến; không rõ là khoá của nhà cung cấp mô hình nào",
        "found by the name it is kept under; not known to be an LLM vendor's key",
    ),
)


def scan_finding(
    summary: tuple[str, str],
    fix: tuple[str, str],
    detail: str | tuple[str, str] = "",
    holds: tuple[str, str] | None = None,
) -> tuple[str, str]:
    """A finding's message: the rule's summary, what was found, the fix. ``detail`` (a vendor,
    a name: the same in both languages, or a (vi, en) pair) comes in brackets; ``holds`` (what
    a prompt literal holds, (vi, en)) after a colon."""
    vi_detail, en_detail = (detail, detail) if isinstance(detail, str) else detail
    vi_extra = f" ({vi_detail})" if vi_detail else ""
    en_extra = f" ({en_detail})" if en_detail else ""
    if holds is not None:
        vi_extra, en_extra = f"{vi_extra}: {holds[0]}", f"{en_extra}: {holds[1]}"
    return (
        f"{summary[0]}{vi_extra}; cách sửa: {fix[0]}",
        f"{summary[1]}{en_extra}; fix: {fix[1]}",
    )


def scan_raw_http() -> tuple[str, str]:
    """The detail of AIG101 for a script's HTTP request to a vendor's endpoint."""
    return ("HTTP trực tiếp tới API mô hình ngôn ngữ lớn", "raw HTTP to an LLM API")


def scan_dify(vendor: str) -> tuple[str, str]:
    """The detail of AIG101 for a model node of a Dify app's export: what reaches the model is
    each request's input, and Dify has no ai-guard step."""
    return (
        f"{vendor}, trong ứng dụng Dify: dữ liệu mỗi yêu cầu tới ứng dụng đi thẳng tới mô hình, "
        "không có bước kiểm tra nào",
        f"{vendor}, in a Dify app: each request's input goes to the model, no step checks it",
    )


def scan_sent_through(vendor: str, function: str) -> tuple[str, str]:
    """The detail of AIG101 for a client handed to a function of another module that sends
    through it: what it sends there is not read, so nothing is vouched for."""
    return (
        f"{vendor}, giao cho {function} ở mô-đun khác, nơi gọi mô hình: trình quét không đọc "
        "dữ liệu gửi đi ở đó",
        f"{vendor}, handed to {function} of another module, which calls the model: the scanner "
        "does not read what is sent there",
    )


def scan_handed_unread(function: str, module: str, problem: str) -> tuple[str, str]:
    """The detail of AIG101 for data handed to a function of a module of the project that the
    scanner cannot read (``problem`` as for a file that cannot be scanned, or ``compiled``,
    ``cython``): what it sends, and to whom, is not known, so nothing handed is vouched for."""
    if problem in ("compiled", "cython"):
        why_vi, why_en = (
            ("mô-đun đã biên dịch", "a compiled module")
            if problem == "compiled"
            else ("mã Cython", "Cython source")
        )
        why_vi, why_en = f"{why_vi}, trình quét không phân tích", f"{why_en} it does not parse"
    else:
        why_vi, why_en = scan_file_error(problem)
    return (
        f"dữ liệu giao cho {function} ở {module}, mô-đun trình quét không đọc được ({why_vi}): "
        "không xác nhận được nó không gửi dữ liệu tới mô hình",
        f"data handed to {function} of {module}, a module the scanner cannot read ({why_en}): "
        "nothing vouches that it sends none of it to a model",
    )


def scan_served(vendor: str) -> tuple[str, str]:
    """The detail of AIG101 for a chain served to HTTP clients (LangServe's ``add_routes``):
    what reaches the model is each request's input, which the scanner cannot follow."""
    return (
        f"{vendor}, phục vụ yêu cầu HTTP qua add_routes của LangServe: dữ liệu mỗi yêu cầu "
        "đi thẳng tới mô hình, trình quét không thấy bước kiểm tra nào trong chuỗi",
        f"{vendor}, served to HTTP requests by LangServe's add_routes: each request's input "
        "reaches the model, and the scanner sees no check inside the chain",
    )


def scan_default_embedding() -> tuple[str, str]:
    """The detail of AIG101 for a LlamaIndex vector index made of documents with no embedding
    model set: LlamaIndex's default sends every document's text to OpenAI's embedding API."""
    return (
        "llama_index, không đặt embed_model (tham số hay Settings.embed_model trong kho mã): "
        "mô hình nhúng mặc định của LlamaIndex gửi nội dung từng tài liệu tới API của OpenAI",
        "llama_index, no embed_model (argument, or Settings.embed_model in the repository): "
        "LlamaIndex's default embedding model sends each document's text to OpenAI's API",
    )


def scan_crew(vendor: str, line: int, read: bool = True) -> tuple[str, str]:
    """The detail of AIG101 for a crew whose kickoff sends its tasks' and agents' text, one
    of which (made at ``line``) is not written entirely in the code (``read``) or is made
    where the scanner does not follow (a function or a method, of another module too)."""
    if not read:
        return (
            f"{vendor}: kickoff gửi tới mô hình nội dung các nhiệm vụ và tác tử của đội; "
            f"trình quét không theo được nơi tạo chúng ở dòng {line} (một hàm hay phương thức, "
            "có thể của mô-đun khác) nên không xác minh được nội dung",
            f"{vendor}: kickoff sends the crew's tasks and agents to the model; the scanner does "
            f"not follow where they are made at line {line} (a function or a method, perhaps of "
            "another module), so it cannot vouch for their text",
        )
    return (
        f"{vendor}: kickoff gửi tới mô hình nội dung các nhiệm vụ và tác tử của đội; trình quét "
        f"không xác minh được nội dung tạo ở dòng {line} (không phải văn bản viết sẵn trong mã)",
        f"{vendor}: kickoff sends the crew's tasks and agents to the model; the scanner cannot "
        f"vouch for the text made at line {line} (not written entirely in the code)",
    )


def scan_cell(cell: int, message: tuple[str, str]) -> tuple[str, str]:
    """A notebook finding's message, prefixed with its cell."""
    return f"[ô {cell}] {message[0]}", f"[cell {cell}] {message[1]}"


# -- reports --------------------------------------------------------------------------------------


def scan_cell_tag(cell: int) -> tuple[str, str]:
    """The cell of a notebook call site in ``scan --calls``."""
    return f"[ô {cell}]", f"[cell {cell}]"


def _megabytes(n: str) -> str:
    return f"{int(n) / 1048576:.1f} MB"


#: an ``OSError`` while reading a file (its type name) -> (Vietnamese, English)
_READ_ERRORS: dict[str, tuple[str, str]] = {
    "FileNotFoundError": ("không có tệp hay thư mục này", "no such file or directory"),
    "PermissionError": ("không có quyền đọc", "permission denied"),
    "IsADirectoryError": ("là một thư mục", "is a directory"),
}


def scan_file_error(problem: str) -> tuple[str, str]:
    """A file that could not be scanned (or only in part); ``problem`` is the parser's, an
    ``OSError`` type name, or ``too_large:<bytes>:<limit>``."""
    if problem.startswith("too_large:"):
        _, size, limit = problem.split(":")
        return (
            f"không quét: tệp {_megabytes(size)}, quá giới hạn {_megabytes(limit)} (tệp dữ liệu "
            "hoặc mã đã nén?); loại nó khỏi quét bằng [tool.ai-guard.scan] exclude nếu chấp nhận",
            f"not scanned: {_megabytes(size)}, over the {_megabytes(limit)} limit (a data dump "
            "or a minified bundle?); exclude it in [tool.ai-guard.scan] exclude to accept it",
        )
    vi, en = _READ_ERRORS.get(problem, (problem, problem))
    return f"không quét được: {vi}", f"cannot be scanned: {en}"


def scan_file_note(note: str) -> tuple[str, str]:
    """A file read in part on purpose: ``data_json:<bytes>`` (a large JSON file, or a JSON
    array of records), ``other_kind`` (a file of a kind the scanner does not analyse, named on
    the command line), ``encrypted`` (an OpenPGP encrypted message, ``.env.gpg``)."""
    if note == "encrypted":
        return (
            "tệp đã mã hoá (OpenPGP): không đọc được nội dung, khoá trong đó không lộ khi chưa "
            "giải mã; đừng đưa bản đã giải mã vào kho mã",
            "an encrypted file (OpenPGP): its content cannot be read, and a key in it is not "
            "exposed while it stays encrypted; never commit the decrypted copy",
        )
    if note == "other_kind":
        return (
            "loại tệp trình quét không phân tích: chỉ tìm khoá API và e-mail công vụ",
            "a kind of file the scanner does not analyse: read for API keys and official "
            "e-mails only",
        )
    size = _megabytes(note.split(":")[1])
    return (
        f"tệp dữ liệu JSON {size}: chỉ tìm khoá API và e-mail công vụ, không đọc câu lệnh (AIG105)",
        f"JSON data file of {size}: read for API keys and official e-mails only, not for "
        "prompt literals (AIG105)",
    )


def scan_call_count(calls: int, files: int) -> tuple[str, str]:
    """The count under ``scan --calls``."""
    return f"{calls} chỗ gọi trong {files} tệp", f"{calls} call sites in {files} files"


# -- the command ----------------------------------------------------------------------------------

#: ``ai-guard scan --help``: option -> (Vietnamese, English)
SCAN_HELP: dict[str, tuple[str, str]] = {
    "command": ("quét mã gọi API mô hình ngôn ngữ", "scan code that calls LLM APIs (AIG101-106)"),
    "paths": ("tệp hoặc thư mục (mặc định: .)", "files or folders (default: .)"),
    "baseline": (
        "các phát hiện đã chấp nhận (JSON); chỉ báo phát hiện mới",
        "accepted findings (JSON); report only new ones",
    ),
    "update_baseline": (
        "ghi các phát hiện hiện có vào --baseline (mặc định .ai-guard-baseline.json)",
        "write the current findings to --baseline (default .ai-guard-baseline.json)",
    ),
    "calls": (
        "liệt kê mọi chỗ gọi mô hình ngôn ngữ và trạng thái",
        "list every LLM call site with its status instead of the findings (an inventory for "
        "the head of unit)",
    ),
}

# -- configuration and baseline -------------------------------------------------------------------

#: why a ``[scan]`` value is refused -> (Vietnamese, English)
_CONFIG_PROBLEMS: dict[str, tuple[str, str]] = {
    "table": ("cần một bảng (table)", "expected a table"),
    "table_of_strings": ("cần một bảng các chuỗi", "expected a table of strings"),
    "list_of_strings": ("cần một danh sách chuỗi", "expected a list of strings"),
    "non_empty_string": ("cần một chuỗi khác rỗng", "expected a non-empty string"),
}


def scan_config_invalid(problem: str, value: str = "", error: str = "") -> tuple[str, str]:
    """An invalid ``[scan]`` table (the key and the file are added by the error):
    ``problem`` is one of ``table``, ``table_of_strings``, ``list_of_strings``,
    ``non_empty_string``, ``unknown_key`` (``value`` is the key) or ``bad_regex`` (``value``
    the pattern, ``error`` what the regular expression engine said)."""
    if problem == "unknown_key":
        vi, en = f"khoá không được hỗ trợ {value!r}", f"unknown key {value!r}"
    elif problem == "bad_regex":
        vi = f"biểu thức chính quy không hợp lệ {value!r}: {error}"
        en = f"invalid regular expression {value!r}: {error}"
    else:
        vi, en = _CONFIG_PROBLEMS[problem]
    return f"cấu hình quét không hợp lệ: {vi}", f"invalid scan configuration: {en}"


def scan_config_unreadable(name: str, error: str) -> tuple[str, str]:
    """A configuration file (``ai-guard.toml``, ``pyproject.toml``) that cannot be read."""
    return f"không đọc được {name}: {error}", f"cannot read {name}: {error}"


def scan_baseline_missing(path: str) -> tuple[str, str]:
    """``--baseline FILE`` names no file."""
    return (
        f"{path}: không tìm thấy tệp baseline (tạo bằng --update-baseline)",
        f"{path}: baseline file not found (create it with --update-baseline)",
    )


def scan_baseline_unreadable(path: str, kind: str) -> tuple[str, str]:
    """A baseline that is not readable JSON (``kind``: the exception's type name)."""
    return (
        f"{path}: tệp baseline không đọc được ({kind})",
        f"{path}: not a readable baseline ({kind})",
    )


def scan_baseline_version(path: str, version: object, expected: int) -> tuple[str, str]:
    """A baseline written by another version of the format."""
    return (
        f"{path}: phiên bản baseline {version!r} không được hỗ trợ (cần {expected})",
        f"{path}: unsupported baseline version {version!r} (expected {expected})",
    )


def scan_cells_skipped(cells: list[str]) -> tuple[str, str]:
    """Notebook cells that do not parse (each ``cell N line L (...): message``); the other
    cells were scanned."""
    where = "; ".join(cells)
    return (
        f"SyntaxError (lỗi cú pháp) ở {where} (các ô khác đã được quét)",
        f"SyntaxError in {where} (other cells scanned)",
    )
