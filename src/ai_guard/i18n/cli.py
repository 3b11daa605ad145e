"""Sentences the commands print: what could not be checked, usage errors."""

from __future__ import annotations

__all__ = [
    "UNCLASSIFIED_LABELS",
    "cli_baseline_written",
    "cli_calls_format",
    "cli_internal_error",
    "cli_jobs_invalid",
    "unclassified_summary",
]

# -- what a command could not check --------------------------------------------------------------

#: why a file was not classified -> (Vietnamese, English), each after a count
UNCLASSIFIED_LABELS: dict[str, tuple[str, str]] = {
    "not_found": ("không tìm thấy", "not found"),
    "legacy_doc": ("Word cũ .doc (hãy lưu thành .docx)", "in legacy Word .doc (save as .docx)"),
    "unsupported": ("loại không hỗ trợ", "of a type that cannot be read"),
    "unreadable": ("không đọc được", "unreadable"),
    "internal_error": ("gặp lỗi nội bộ", "failed with an internal error"),
}


def unclassified_summary(failed: dict[str, int], classified: int) -> tuple[str, str]:
    """Why ``ai-guard classify`` exits 2: what was not read, counted per reason."""
    order = [*UNCLASSIFIED_LABELS, *sorted(set(failed) - set(UNCLASSIFIED_LABELS))]
    parts = [(failed[k], UNCLASSIFIED_LABELS.get(k, (k, k))) for k in order if failed.get(k)]
    vi_items = ", ".join(f"{n} tệp {vi}" for n, (vi, _) in parts)
    en_items = ", ".join(f"{n} file(s) {en}" for n, (_, en) in parts)
    if classified == 0 and not parts:
        return (
            "Không có gì để phân loại: không tìm thấy tệp nào trong các đường dẫn đã cho; "
            "không văn bản nào được kiểm tra.",
            "Nothing to classify: no file was found under the given paths; nothing was checked.",
        )
    if classified == 0:
        return (
            f"Không đọc được văn bản nào: {vi_items}. Không văn bản nào được kiểm tra.",
            f"Nothing could be read: {en_items}. Nothing was checked.",
        )
    total = classified + sum(n for n, _ in parts)
    not_read = total - classified
    return (
        f"{not_read}/{total} tệp không phân loại được ({vi_items}): kết luận ở trên không bao "
        "gồm các tệp này, chúng chưa được kiểm tra.",
        f"{not_read} of {total} files could not be classified ({en_items}): the verdicts above "
        "do not cover them; they were not checked.",
    )


def cli_jobs_invalid() -> tuple[str, str]:
    """``--jobs`` below 1 (``classify``, ``scan``)."""
    return ("--jobs phải ≥ 1", "--jobs must be >= 1")


def cli_internal_error(name: str, kind: str) -> tuple[str, str]:
    """A file that made the library fail (``kind`` is the exception's type name): refused,
    never passed, and named."""
    return (
        f"{name}: lỗi nội bộ khi kiểm tra ({kind}); tệp chưa được kiểm tra",
        f"{name}: internal error while checking it ({kind}); it was not checked",
    )


def cli_calls_format() -> tuple[str, str]:
    """``scan --calls`` with SARIF or ``--update-baseline``."""
    return ("--calls chỉ in dạng text hoặc json", "--calls lists call sites as text or JSON only")


def cli_baseline_written(findings: int) -> tuple[str, str]:
    """``scan --update-baseline`` wrote the accepted findings."""
    return (
        f"đã ghi đường cơ sở (baseline) với {findings} phát hiện",
        f"baseline written with {findings} findings",
    )
