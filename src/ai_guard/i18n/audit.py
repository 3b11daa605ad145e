"""Sentences about the audit log and its verification."""

from __future__ import annotations

__all__ = [
    "audit_report_unverified",
    "audit_unverified",
    "audit_verification",
]

# -- the audit log -------------------------------------------------------------------------------

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
