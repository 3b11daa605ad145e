"""Sentences of human sign-off and the audit log: the sign-off, the guard, the log, its verification
and its reports (ai_guard.signoff, ``ai-guard audit``)."""

from __future__ import annotations

__all__ = [
    "audit_bound_format",
    "audit_bound_order",
    "audit_cannot_open",
    "audit_cli_usage",
    "audit_export_format",
    "audit_postgres_driver",
    "audit_problem",
    "audit_report_heading",
    "audit_report_unverified",
    "audit_storage",
    "audit_unverified",
    "audit_verification",
    "audit_writer_refused",
    "signoff_field_problem",
    "signoff_hmac_key_empty",
    "signoff_invalid",
    "signoff_more_characters",
    "signoff_not_a_signoff",
    "signoff_output_blocked",
    "signoff_pattern_invalid",
    "signoff_rejected",
    "signoff_rejection",
    "signoff_request_lines",
    "signoff_required",
    "signoff_setup",
    "signoff_unbindable",
    "signoff_value_error",
]

# -- the sign-off --------------------------------------------------------------------------------

#: field -> (Vietnamese, English) when it is empty or blank
_BLANK: dict[str, tuple[str, str]] = {
    "action": (
        "tên quyết định (action) đang để trống",
        "the action (the decision's name) is empty",
    ),
    "approver": (
        "mã người phê duyệt đang để trống: xác nhận phê duyệt phải ghi rõ người phê duyệt",
        "the approver's id is empty: a sign-off must name the person who approves",
    ),
    "role": (
        "chức vụ của người phê duyệt đang để trống: phải ghi rõ phê duyệt với tư cách gì",
        "the approver's role is empty: a sign-off must say in which capacity the person approves",
    ),
}
#: field -> (Vietnamese, English): what a valid value looks like
_FIELD_RULES: dict[str, tuple[str, str]] = {
    "digest": (
        "mã băm (digest) phải gồm 64 ký tự hex thường (SHA-256)",
        "the digest must be 64 lower-case hex characters (SHA-256)",
    ),
    "timestamp": (
        "thời điểm (timestamp) phải có múi giờ (timezone)",
        "the timestamp must be a timezone-aware datetime",
    ),
    "decision": (
        "decision phải là 'approve', 'reject' hoặc 'amend'",
        "the decision must be 'approve', 'reject' or 'amend'",
    ),
}


def signoff_field_problem(field: str, kind: str) -> tuple[str, str]:
    """One field of a sign-off that pydantic refused; ``kind`` is pydantic's error type."""
    if field in _BLANK and kind in ("blank", "string_too_short", "missing"):
        return _BLANK[field]
    if kind == "missing":
        return (f"thiếu trường bắt buộc '{field}'", f"the field '{field}' is required")
    if kind == "extra_forbidden":
        return (f"trường không xác định '{field}'", f"unknown field '{field}'")
    if field in _FIELD_RULES:
        return _FIELD_RULES[field]
    return (f"trường '{field}' không hợp lệ ({kind})", f"the field '{field}' is invalid ({kind})")


def signoff_invalid(problems: list[tuple[str, str]]) -> tuple[str, str]:
    """A sign-off that cannot be built, with each field's problem."""
    return (
        "xác nhận phê duyệt không hợp lệ: " + "; ".join(vi for vi, _ in problems),
        "invalid sign-off: " + "; ".join(en for _, en in problems),
    )


def signoff_value_error(field: str) -> str:
    """What a sign-off field's validator raises (pydantic's message, before
    :func:`signoff_field_problem` says it in both languages)."""
    if field == "timestamp":
        return "timestamp must be timezone-aware / thời điểm phải có múi giờ (timezone)"
    return "digest must be 64 lower-case hex characters (SHA-256)"


def signoff_hmac_key_empty() -> str:
    return "HMAC key must not be empty / khóa HMAC không được để trống"


def signoff_unbindable(where: str, kind: str) -> str:
    """An argument the digest cannot represent exactly (``kind`` is its type's name)."""
    return (
        f"cannot bind a sign-off to {where} of type {kind}: give the decorator bind=... to "
        f"choose what the approver signs / không thể gắn xác nhận phê duyệt với {where} kiểu "
        f"{kind}: hãy truyền bind=... cho decorator"
    )


def signoff_more_characters(count: int) -> str:
    """The end of an argument cut short in the request the approver reads."""
    return f"... [{count} more characters]"


def signoff_request_lines(action: str, digest: str) -> tuple[tuple[str, str], tuple[str, str]]:
    """The first and the last line of a sign-off request, as (Vietnamese, English) pairs."""
    return (
        (f"Yêu cầu phê duyệt: {action}", f"Sign-off requested: {action}"),
        (f"  Mã băm: {digest}", f"  Digest: {digest}"),
    )


def signoff_pattern_invalid(index: int, error: str | None) -> tuple[str, str]:
    """An approver pattern that is not a string (``error`` None) or not a valid regex."""
    if error is None:
        return (f"mẫu thứ {index} không phải chuỗi", f"pattern {index} is not a string")
    return (
        f"mẫu thứ {index} không phải biểu thức chính quy hợp lệ ({error})",
        f"pattern {index} is not a valid regular expression ({error})",
    )


# -- the guard -----------------------------------------------------------------------------------


def signoff_setup(function: str, problem: str) -> str:
    """A guarded function set up wrongly, at decoration (or binding) time."""
    if problem == "generator":
        return (
            f"{function}: generator functions cannot be guarded (their body runs after the "
            "sign-off check, lazily); return a list instead / không thể bảo vệ hàm generator; "
            "hãy trả về một danh sách"
        )
    if problem == "reserved":
        return (
            f"{function}: the parameter name 'signoff' is reserved for the guard / tên tham số "
            "'signoff' được dành cho cơ chế phê duyệt"
        )
    return "bind= must return a mapping of what the approver signs"


def signoff_required(action: str) -> tuple[str, str]:
    """A guarded decision called without a sign-off."""
    return (
        f"'{action}' là một quyết định: cần có xác nhận phê duyệt của người có thẩm quyền "
        "(signoff=...); AI không được tự động ra quyết định",
        f"'{action}' is a decision: it needs a human sign-off (signoff=...); AI output must not "
        "take decisions automatically",
    )


def signoff_not_a_signoff(kind: str) -> tuple[str, str]:
    """``signoff=`` given something else; ``kind`` is its type's name."""
    return (
        f"signoff phải là SignOff, nhận được {kind}",
        f"signoff must be a SignOff, got {kind}",
    )


def signoff_rejection(
    reason: str,
    *,
    given_for: str = "",
    approver: str = "",
    lifetime: str = "",
    blank: tuple[str, ...] = (),
) -> tuple[str, str]:
    """Why a sign-off does not hold, by ``reason`` (the audit row's reason)."""
    if reason == "invalid":  # the blank fields of a sign-off built without validation
        pairs = [_BLANK[name] for name in blank]
        return "; ".join(vi for vi, _ in pairs), "; ".join(en for _, en in pairs)
    table = {
        "wrong_action": (
            f"xác nhận này dành cho '{given_for}'",
            f"it was given for '{given_for}'",
        ),
        "digest_mismatch": (
            "xác nhận được cấp cho nội dung khác (dự thảo đã thay đổi sau khi phê duyệt)",
            "it was given for other arguments (the draft changed after approval)",
        ),
        "rejected": (
            f"người phê duyệt {approver} đã từ chối",
            f"the approver {approver} rejected it",
        ),
        "ai_approver": (
            f"mã người phê duyệt '{approver}' là tài khoản AI hoặc tài khoản dịch vụ; chỉ con "
            "người được phê duyệt",
            f"the approver id '{approver}' names an AI or a service account; only a person may "
            "approve",
        ),
        "service_account": (
            f"mã người phê duyệt '{approver}' có dạng tài khoản dịch vụ, tự động hóa hoặc dùng "
            "chung; phải do một người phê duyệt bằng mã của chính mình",
            f"the approver id '{approver}' is shaped like a service, automation or shared "
            "account; a person must approve under their own id",
        ),
        "not_yet_valid": (
            "thời điểm phê duyệt nằm trong tương lai",
            "it is dated in the future",
        ),
        "expired": (f"đã hết hạn (quá {lifetime})", f"it expired (older than {lifetime})"),
        "already_used": (
            "xác nhận này đã được dùng; mỗi xác nhận chỉ cho phép thực hiện một lần",
            "it was already used once; each sign-off authorises one call",
        ),
        "bad_signature": (
            "chữ ký của xác nhận phê duyệt bị thiếu hoặc không hợp lệ",
            "the sign-off's signature is missing or invalid",
        ),
    }
    return table.get(reason, (reason, reason))


def signoff_rejected(action: str, why: tuple[str, str]) -> tuple[str, str]:
    """A sign-off that does not hold for ``action``; ``why`` from :func:`signoff_rejection`."""
    return (
        f"xác nhận phê duyệt cho '{action}' không hợp lệ: {why[0]}",
        f"sign-off rejected for '{action}': {why[1]}",
    )


def signoff_output_blocked(
    action: str, problem: str, kind: str = "", entities: str = ""
) -> tuple[str, str]:
    """A guarded decision's result that must not leave: ``unchecked`` (``kind`` cannot be
    read), ``unredactable`` (must be redacted, cannot be in place) or ``blocked``."""
    if problem == "unchecked":
        return (
            f"kết quả của '{action}' có kiểu {kind}, không kiểm tra được; hãy trả về văn bản "
            "hoặc dữ liệu thuần (str, list, dict, mô hình pydantic, dataclass)",
            f"the output of '{action}' is a {kind} that cannot be checked; return text or plain "
            "data (str, list, dict, a pydantic model, a dataclass)",
        )
    if problem == "unredactable":
        return (
            f"kết quả của '{action}' ({kind}) chứa nội dung cần che nhưng không che trực tiếp "
            f"được: {entities}",
            f"the output of '{action}' ({kind}) holds what must be redacted and cannot be "
            f"redacted in place: {entities}",
        )
    return (
        f"kết quả của '{action}' chứa nội dung không được phép đưa ra: {entities}",
        f"the output of '{action}' holds what must not leave: {entities}",
    )


# -- the audit log -------------------------------------------------------------------------------

#: what could not be done with the log's file -> (Vietnamese, English)
_STORAGE: dict[str, tuple[str, str]] = {
    "open": ("không mở được", "cannot open"),
    "lock": ("không khóa được để ghi", "cannot lock for writing"),
    "record": ("không ghi được", "cannot record"),
    "read": ("không đọc được", "cannot read"),
}


def audit_storage(path: str, what: str, detail: str) -> tuple[str, str]:
    """The log's storage failed (``what``: open, lock, record, read; ``detail``: the
    exception's type and text)."""
    vi, en = _STORAGE[what]
    return (
        f"nhật ký kiểm toán {path}: {vi} ({detail}); quyết định không được thực hiện",
        f"audit log {path}: {en} ({detail}); the decision was not run",
    )


def audit_cannot_open(path: str, problem: str) -> tuple[str, str]:
    """A log opened read-only that is ``missing`` or ``not_a_log``."""
    if problem == "missing":
        return (
            f"nhật ký kiểm toán {path}: không tìm thấy tệp",
            f"audit log {path}: file not found",
        )
    return (
        f"nhật ký kiểm toán {path}: không phải nhật ký kiểm toán của ai-guard (không có bảng "
        "records và head)",
        f"audit log {path}: not an ai-guard audit log (no records and head tables)",
    )


def audit_postgres_driver(location: str) -> tuple[str, str]:
    """A PostgreSQL log named while psycopg (the ``postgres`` extra) is not installed."""
    return (
        f"nhật ký kiểm toán {location}: cần thư viện psycopg 3 để dùng PostgreSQL (pip install "
        "'ai-guard[postgres]'); quyết định không được thực hiện",
        f"audit log {location}: PostgreSQL needs the psycopg 3 driver (pip install "
        "'ai-guard[postgres]'); the decision was not run",
    )


def audit_writer_refused(path: str, detail: tuple[str, str]) -> tuple[str, str]:
    """A writer whose key (or lack of one) is not the log's: ``detail`` is the key problem."""
    return (
        f"nhật ký kiểm toán {path}: {detail[0]}; không ghi được và quyết định không được thực hiện",
        f"audit log {path}: {detail[1]}; nothing was recorded and the decision was not run",
    )


def audit_bound_format() -> tuple[str, str]:
    """What a bad ``since``/``until`` is told."""
    return (
        "không phải ngày hoặc thời điểm ISO hợp lệ; cần dạng YYYY-MM-DD hoặc "
        "YYYY-MM-DDTHH:MM[:SS][+HH:MM] (mặc định UTC nếu không ghi múi giờ)",
        "not a valid ISO date or datetime; expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][+HH:MM] "
        "(UTC when no offset is given)",
    )


def audit_bound_order(prefix: str = "") -> tuple[str, str]:
    """An empty period; ``prefix`` is ``--`` on the command line."""
    return (
        f"{prefix}since phải trước {prefix}until (khoảng thời gian đang trống)",
        f"{prefix}since must be earlier than {prefix}until (the period is empty)",
    )


def audit_export_format(fmt: str) -> str:
    return f"unknown export format {fmt!r}; use json or csv"


def audit_problem(
    detail: str, row: int = 0, other: int = 0, last: int = 0, cause: tuple[str, str] = ("", "")
) -> tuple[str, str]:
    """What verification found, by ``detail``. ``row`` is the row, ``other`` the row it
    follows or was, ``last`` the last row seen; ``cause`` says why the log is unreadable."""
    table = {
        # could not verify
        "key_needed": (
            "cần khóa: nhật ký này được ký bằng khóa (HMAC-SHA-256), không thể kiểm tra nếu "
            "không có khóa; hãy cung cấp khóa (ai-guard audit ... --key-env BIẾN_MÔI_TRƯỜNG, "
            "hoặc AuditLog(path, key=...))",
            "key needed: this log is signed with a key (HMAC-SHA-256) and cannot be verified "
            "without it; give the key (ai-guard audit ... --key-env VARIABLE, or "
            "AuditLog(path, key=...))",
        ),
        "wrong_key": (
            "khóa được cung cấp không phải khóa đã dùng để ghi nhật ký này (hoặc bản ghi khóa "
            "của nhật ký đã bị sửa)",
            "the key given is not the key this log was written with (or the log's key record "
            "was changed)",
        ),
        "key_for_plain": (
            "đã cung cấp khóa nhưng nhật ký này không được ký bằng khóa: nó được ghi không có "
            "khóa, hoặc đã bị viết lại không có khóa",
            "a key was given but this log is not signed with a key: it was written without "
            "one, or rewritten without one",
        ),
        "legacy_key_needed": (
            "cần khóa: không dòng nào khớp mã băm khi không có khóa, trong khi các dòng vẫn "
            "nối nhau: nhật ký này nhiều khả năng được ký bằng khóa (HMAC); hãy cung cấp khóa "
            "(ai-guard audit ... --key-env BIẾN_MÔI_TRƯỜNG, hoặc AuditLog(path, key=...))",
            "key needed: no row's hash holds without a key, yet the rows are linked: this log "
            "was most likely signed with a key (HMAC); give the key (ai-guard audit ... "
            "--key-env VARIABLE, or AuditLog(path, key=...))",
        ),
        "legacy_wrong_key": (
            "không dòng nào khớp mã băm với khóa được cung cấp, trong khi các dòng vẫn nối "
            "nhau: nhật ký được ghi bằng khóa khác, hoặc không có khóa, hoặc đã bị viết lại",
            "no row's hash holds with the key given, yet the rows are linked: the log was "
            "written with another key, or without one, or rewritten",
        ),
        "unreadable": (
            f"không đọc được nhật ký: {cause[0]}",
            f"the log cannot be read: {cause[1]}",
        ),
        # the rows were changed
        "deleted": (
            f"thiếu các dòng {other + 1}..{row - 1} (đã bị xóa) trước dòng {row}",
            f"rows {other + 1}..{row - 1} are missing (deleted) before row {row}",
        ),
        "deleted_last": (
            f"thiếu các dòng cuối {last + 1}..{row} (đã bị xóa)",
            f"the last rows {last + 1}..{row} are missing (deleted)",
        ),
        "deleted_all": (
            "mọi dòng đều bị mất: nhật ký đã từng ghi (bản ghi khóa cho thấy vậy) mà nay không "
            "còn dòng nào",
            "every row is missing: the log recorded rows (its key record says so) and has none now",
        ),
        "reordered": (
            f"dòng {row} nối sau dòng {other} chứ không phải dòng {row - 1}: thứ tự các dòng "
            "đã bị đổi",
            f"row {row} follows row {other} in the chain, not row {row - 1}: rows were reordered",
        ),
        "inserted": (
            f"dòng {row} không nối tiếp dòng {row - 1}: có dòng bị chèn hoặc thay thế",
            f"row {row} does not follow row {row - 1}: a row was inserted or replaced",
        ),
        "renumbered_after_insert": (
            f"dòng {row} vốn là dòng {other}: có dòng bị chèn phía trước và các dòng sau bị "
            "đánh số lại",
            f"row {row} was row {other}: rows were inserted before it and the rest renumbered",
        ),
        "renumbered": (
            f"dòng {row} vốn là dòng {other}: các dòng đã bị di chuyển hoặc xóa rồi đánh số lại",
            f"row {row} was row {other}: rows were moved or deleted and renumbered",
        ),
        "forged": (
            f"dòng {row} không thuộc chuỗi: đã bị chèn hoặc giả mạo",
            f"row {row} is not part of the chain: it was inserted or forged",
        ),
        "modified": (
            f"dòng {row} đã bị sửa: nội dung không còn khớp với mã băm",
            f"row {row} was modified: its content no longer matches its hash",
        ),
        "head_mismatch": (
            "điểm cuối đã ghi của chuỗi không khớp với dòng cuối cùng",
            "the recorded head of the chain does not match its last row",
        ),
        "head_published": (
            f"dòng {row} không mang mã băm đã công bố: chuỗi đã bị viết lại",
            f"row {row} does not carry the published hash: the chain was rewritten",
        ),
    }
    return table[detail]


# -- verification and reports (ai-guard audit) ---------------------------------------------------

_AUDIT_STATUS: dict[str, tuple[str, str]] = {
    "tampered": ("BỊ CAN THIỆP", "TAMPERED"),
    "wrong_key": ("SAI KHÓA", "WRONG KEY"),
    "key_needed": ("CẦN KHÓA", "KEY NEEDED"),
    "unreadable": ("KHÔNG ĐỌC ĐƯỢC", "UNREADABLE"),
}


def audit_verification(status: str, problems: int, records: int) -> tuple[str, str]:
    """The first line of ``ai-guard audit verify``."""
    if status == "ok":
        return (
            f"HỢP LỆ: {records} bản ghi, chuỗi băm nguyên vẹn",
            f"OK: {records} records, chain intact",
        )
    vi, en = _AUDIT_STATUS.get(status, (status, status))
    if status == "tampered":
        return (
            f"{vi}: {problems} vấn đề trong {records} bản ghi",
            f"{en}: {problems} problem(s) in {records} records",
        )
    if status == "unreadable":
        return (f"{vi}: không kiểm tra được nhật ký", f"{en}: the log could not be verified")
    return (
        f"{vi}: không kiểm tra được {records} bản ghi",
        f"{en}: {records} records could not be verified",
    )


def audit_unverified(path: str, status: str, problems: int) -> tuple[str, str]:
    """Said on standard error before ``export``/``report`` print a log that did not verify."""
    vi, en = _AUDIT_STATUS.get(status, (status, status))
    if status == "tampered":
        return (
            f"{path}: nhật ký KHÔNG vượt qua kiểm tra ({vi}, {problems} vấn đề): số liệu dưới đây "
            "không thể bảo đảm; chạy 'ai-guard audit verify' để xem chi tiết",
            f"{path}: the log FAILS verification ({en}, {problems} problem(s)): what follows "
            "cannot be vouched for; run 'ai-guard audit verify' for the details",
        )
    return (
        f"{path}: nhật ký chưa được xác minh ({vi}): số liệu dưới đây không thể bảo đảm",
        f"{path}: the log could not be verified ({en}): what follows cannot be vouched for",
    )


def audit_report_unverified(status: str) -> tuple[str, str]:
    """The mark on top of a report whose log did not verify."""
    vi, en = _AUDIT_STATUS.get(status, (status, status))
    return (
        f"[CHƯA XÁC MINH: {vi}] số liệu dưới đây không thể bảo đảm",
        f"[UNVERIFIED: {en}] these figures cannot be vouched for",
    )


#: the report's headings -> (Vietnamese, English)
_REPORT_HEADINGS: dict[str, tuple[str, str]] = {
    "by_unit": ("Theo đơn vị", "Per unit"),
    "by_action": ("Theo loại quyết định", "Per action"),
    "by_approver": ("Theo người phê duyệt", "Per approver"),
    "by_outcome": ("Theo kết quả", "Per outcome"),
    "by_unit_outcome": ("Theo đơn vị và kết quả", "Per unit and outcome"),
    "gateway_by_unit": ("Theo đơn vị và quyết định", "Per unit and decision"),
    "gateway_by_person": ("Theo người dùng và quyết định", "Per person and decision"),
    "gateway_sent_by_unit": (
        "Dữ liệu trong yêu cầu đã gửi (đã che hoặc được phép), theo đơn vị",
        "Data in the requests sent (redacted or allowed), per unit",
    ),
    "row": ("dòng", "row"),
}


def audit_report_heading(
    part: str, period: str = "", total: int = 0, seq: int = 0
) -> tuple[str, str]:
    """A heading of ``ai-guard audit report`` (``title`` with the period and the number of
    attempts; a table's name, e.g. ``by_unit``) or the ``row`` label of a problem."""
    if part == "title":
        return (
            f"Phê duyệt quyết định có dùng AI, {period}: {total} lượt",
            f"AI decision sign-offs, {period}: {total} attempts",
        )
    if part == "gateway":
        return (
            f"Yêu cầu qua cổng AI (ai-guard serve), {period}: {total} yêu cầu",
            f"Requests through the AI gateway (ai-guard serve), {period}: {total} requests",
        )
    vi, en = _REPORT_HEADINGS[part]
    return (f"{vi} {seq}", f"{en} {seq}") if part == "row" else (vi, en)


def audit_cli_usage(problem: str, env: str = "") -> tuple[str, str]:
    """A usage error of ``ai-guard audit``: an empty key ``variable``, a bad ``expect_head``."""
    if problem == "key_env":
        return (
            f"biến môi trường {env} trống hoặc chưa đặt",
            f"environment variable {env} is empty or not set",
        )
    return (
        "--expect-head phải có dạng SEQ:HASH (64 ký tự hex)",
        "--expect-head must be SEQ:HASH (64 hex characters)",
    )
