"""Sentences of the gateway's token file and of ``ai-guard serve token`` (ai_guard.serve.tokens,
ai_guard.cli.serve_token). Built from paths, field names, token ids and counts; never from a
token (a token is shown once, on standard output, and is never part of a message)."""

from __future__ import annotations

__all__ = [
    "token_already_revoked",
    "token_created",
    "token_field_problem",
    "token_file_problem",
    "token_file_readable",
    "token_help",
    "token_list_empty",
    "token_list_heading",
    "token_refusing_all",
    "token_revoked",
    "token_status",
    "token_unknown_id",
]

#: problem -> (Vietnamese, English) of a token file that cannot be used
_FILE_PROBLEMS: dict[str, tuple[str, str]] = {
    "missing": (
        "không tìm thấy tệp; hãy tạo bằng 'ai-guard serve token create --unit ... --person ...'",
        "file not found; create it with 'ai-guard serve token create --unit ... --person ...'",
    ),
    "not_a_file": ("không phải một tệp", "not a regular file"),
    "unreadable": ("không đọc được tệp", "the file cannot be read"),
    "not_utf8": ("tệp không phải văn bản UTF-8", "the file is not UTF-8 text"),
    "not_json": ("tệp không phải JSON hợp lệ", "the file is not valid JSON"),
    "not_a_token_file": (
        'không phải tệp token cổng của ai-guard (thiếu "format": "ai-guard-gateway-tokens")',
        'not an ai-guard gateway token file (no "format": "ai-guard-gateway-tokens")',
    ),
    "version": (
        "phiên bản định dạng tệp không được hỗ trợ (bản ai-guard này đọc phiên bản 1)",
        "unsupported file format version (this ai-guard reads version 1)",
    ),
    "hash": (
        'cách băm token không được hỗ trợ (bản ai-guard này đọc "sha256")',
        'unsupported token hash (this ai-guard reads "sha256")',
    ),
    "tokens_not_list": ('"tokens" phải là một danh sách', '"tokens" must be a list'),
    "entry": ("một mục token bị hỏng", "a token entry is damaged"),
    "duplicate_id": ("hai token cùng một mã", "two tokens share one id"),
    "writable_by_others": (
        "người khác ngoài chủ tệp có quyền ghi (ai ghi được tệp thì thêm được token); hãy chạy "
        "chmod 600",
        "writable by others than its owner (whoever can write it can add a token); run chmod 600",
    ),
    "lock": ("không khoá được tệp để ghi", "the file could not be locked for writing"),
    "write": ("không ghi được tệp", "the file could not be written"),
}

#: field -> (Vietnamese, English) name of a token field
_FIELDS: dict[str, tuple[str, str]] = {
    "unit": ("đơn vị (unit)", "the unit"),
    "person": ("người giữ token (person)", "the person"),
    "note": ("ghi chú (note)", "the note"),
}

#: problem -> (Vietnamese, English) of a token field's value
_FIELD_PROBLEMS: dict[str, tuple[str, str]] = {
    "type": ("phải là chuỗi ký tự", "must be a string"),
    "empty": ("đang để trống", "is empty"),
    "too_long": ("dài quá {limit} ký tự", "is longer than {limit} characters"),
    "control": (
        "chứa ký tự điều khiển hoặc xuống dòng",
        "holds a control character or a line break",
    ),
    "looks_like_token": (
        "trông như một token cổng; token không bao giờ được ghi vào đây",
        "looks like a gateway token; a token is never written here",
    ),
}

#: status -> (Vietnamese, English)
_STATUS: dict[str, tuple[str, str]] = {
    "active": ("đang dùng", "active"),
    "revoked": ("đã thu hồi", "revoked"),
}

#: key -> (Vietnamese, English) of a ``--help`` text
_HELP: dict[str, tuple[str, str]] = {
    "token": (
        "cấp, liệt kê hoặc thu hồi token của cổng (mỗi người hoặc mỗi đơn vị)",
        "issue, list or revoke gateway tokens (per person or per unit)",
    ),
    "token.create": (
        "cấp một token mới; token chỉ in ra một lần, trên đầu ra chuẩn",
        "issue a new token; it is printed once, on standard output",
    ),
    "token.list": ("liệt kê các token (không bao giờ in token)", "list tokens (never the tokens)"),
    "token.revoke": (
        "thu hồi một token theo mã; các phiên bản cổng đọc lại tệp và từ chối ngay",
        "revoke a token by its id; gateway instances re-read the file and refuse it at once",
    ),
    "token.unit": ("đơn vị của người giữ token", "the holder's unit"),
    "token.person": (
        "người giữ token (tên hoặc thư điện tử công vụ trong cơ quan)",
        "the holder (a name or the official e-mail inside the agency)",
    ),
    "token.note": ("ghi chú (không bắt buộc)", "a note (optional)"),
    "token.file": (
        "tệp token (mặc định .ai-guard/gateway-tokens.json)",
        "the token file (default .ai-guard/gateway-tokens.json)",
    ),
    "token.policy": (
        "tệp chính sách: dùng tokens_file trong bảng [gateway] (tệp mà cổng đọc)",
        "the policy file: use the tokens_file of its [gateway] table (the file the gateway reads)",
    ),
    "token.id": ("mã token (cột đầu của 'list')", "the token id (first column of 'list')"),
}


def token_help(key: str) -> str:
    """A ``--help`` text of ``ai-guard serve token``: English, then Vietnamese, as every
    ai-guard command shows it."""
    vi, en = _HELP[key]
    return f"{en} / {vi}"


def token_file_problem(path: str, problem: str, detail: str = "") -> tuple[str, str]:
    """A token file that cannot be used (``problem``: a key of the table above; ``detail``: an
    exception's type and text, or where in the file)."""
    vi, en = _FILE_PROBLEMS[problem]
    extra = f" ({detail})" if detail else ""
    return (
        f"tệp token cổng {path}: {vi}{extra}",
        f"gateway token file {path}: {en}{extra}",
    )


def token_refusing_all(problem: tuple[str, str]) -> tuple[str, str]:
    """What the gateway logs while its token file is unusable: every request is refused."""
    return (
        f"{problem[0]}; mọi token đều bị từ chối cho đến khi tệp được sửa",
        f"{problem[1]}; every token is refused until the file is fixed",
    )


def token_file_readable(path: str) -> tuple[str, str]:
    """What the gateway logs when its token file can be used again."""
    return (
        f"tệp token cổng {path}: đọc được trở lại; token lại được kiểm tra bình thường",
        f"gateway token file {path}: readable again; tokens are checked as usual",
    )


def token_field_problem(field: str, problem: str, limit: int = 0) -> tuple[str, str]:
    """A unit, person or note that a token cannot carry."""
    name_vi, name_en = _FIELDS[field]
    vi, en = _FIELD_PROBLEMS[problem]
    return (
        f"{name_vi} {vi.format(limit=limit)}",
        f"{name_en} {en.format(limit=limit)}",
    )


def token_unknown_id(path: str, token_id: str) -> tuple[str, str]:
    return (
        f"tệp token cổng {path}: không có token mã '{token_id}' (xem 'ai-guard serve token list')",
        f"gateway token file {path}: no token with id '{token_id}' "
        "(see 'ai-guard serve token list')",
    )


def token_created(token_id: str, unit: str, person: str, path: str) -> tuple[str, str]:
    """Said on standard error after ``create`` (the token itself went to standard output)."""
    return (
        f"đã cấp token mã {token_id} cho {person} ({unit}) trong {path}; token chỉ hiện một lần, "
        "hãy trao cho người giữ ngay: tệp chỉ lưu mã băm",
        f"issued token {token_id} to {person} ({unit}) in {path}; it is shown only once, hand "
        "it over now: the file keeps only its hash",
    )


def token_revoked(token_id: str, path: str) -> tuple[str, str]:
    return (
        f"đã thu hồi token {token_id} trong {path}; cổng từ chối token này ngay khi đọc lại tệp "
        "(hãy triển khai tệp tới mọi phiên bản cổng)",
        f"revoked token {token_id} in {path}; a gateway refuses it as soon as it re-reads the "
        "file (deploy the file to every gateway instance)",
    )


def token_already_revoked(token_id: str, when: str) -> tuple[str, str]:
    return (
        f"token {token_id} đã bị thu hồi từ {when}; không có gì thay đổi",
        f"token {token_id} was already revoked at {when}; nothing changed",
    )


def token_status(status: str) -> tuple[str, str]:
    return _STATUS[status]


def token_list_heading() -> tuple[tuple[str, str], ...]:
    """The columns of ``ai-guard serve token list``."""
    return (
        ("MÃ", "ID"),
        ("TRẠNG THÁI", "STATUS"),
        ("ĐƠN VỊ", "UNIT"),
        ("NGƯỜI GIỮ", "PERSON"),
        ("NGÀY CẤP", "CREATED"),
        ("NGÀY THU HỒI", "REVOKED"),
        ("GHI CHÚ", "NOTE"),
    )


def token_list_empty(path: str) -> tuple[str, str]:
    return (f"{path}: chưa có token nào", f"{path}: no tokens yet")
