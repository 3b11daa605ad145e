"""Sentences the commands print: what could not be checked, usage errors."""

from __future__ import annotations

__all__ = [
    "CLI_HELP",
    "UNCLASSIFIED_LABELS",
    "cli_baseline_written",
    "cli_calls_format",
    "cli_help",
    "cli_internal_error",
    "cli_jobs_invalid",
    "unclassified_summary",
]

# -- what a command could not check --------------------------------------------------------------

#: why a file was not classified -> (Vietnamese, English), each after a count
UNCLASSIFIED_LABELS: dict[str, tuple[str, str]] = {
    "not_found": ("không tìm thấy", "not found"),
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


# -- --help of the commands and hooks (scan's own options: i18n.scan.SCAN_HELP) -------------------

#: option or command -> (Vietnamese, English)
CLI_HELP: dict[str, tuple[str, str]] = {
    "description": (
        "Kiểm tra văn bản trước khi gửi cho chatbot AI (dữ liệu cá nhân, dấu chỉ độ mật, "
        "khoá API).",
        "Check text before it goes to an AI chatbot (Vietnamese personal data, state-secret "
        "marks, API keys).",
    ),
    "lang": ("ngôn ngữ thông báo (mặc định vi)", "language of the messages (default vi)"),
    "policy": (
        "tệp chính sách (ai-guard.toml hoặc pyproject.toml; mặc định: tìm từ thư mục hiện tại "
        "trở lên)",
        "policy file (ai-guard.toml or pyproject.toml; default: found from the current "
        "directory upwards)",
    ),
    "jobs": ("số tiến trình (mặc định 1)", "worker processes (default 1)"),
    "check": (
        "kiểm tra một tệp câu lệnh hoặc đầu vào chuẩn",
        "check a prompt file or standard input",
    ),
    "check.file": ("tệp cần kiểm tra, hoặc - cho đầu vào chuẩn", "file to check, or - for stdin"),
    "check.redact": (
        "in văn bản đã che và thoát 0 trừ khi bị chặn",
        "print the redacted text and exit 0 unless blocked",
    ),
    "classify": (
        "phân loại văn bản: loại, độ nhạy cảm, kết luận",
        "classify documents: type, sensitivity, verdict",
    ),
    "classify.paths": (
        "tệp hoặc thư mục (duyệt cả thư mục con)",
        "files or folders (walked recursively)",
    ),
    "audit": (
        "kiểm tra, xuất hoặc thống kê nhật ký phê duyệt",
        "verify, export or summarise a sign-off audit log",
    ),
    "audit.verify": ("kiểm tra chuỗi băm", "check the hash chain"),
    "audit.export": ("xuất các dòng dưới dạng JSON hoặc CSV", "rows as JSON or CSV"),
    "audit.report": (
        "thống kê theo đơn vị, hành động, người phê duyệt, kết quả",
        "counts per unit, action, approver, outcome",
    ),
    "audit.file": (
        "tệp nhật ký (SQLite) hoặc URL postgresql://... của cơ sở dữ liệu nhật ký",
        "the log file (SQLite) or the log database's postgresql://... URL",
    ),
    "audit.key_env": (
        "biến môi trường chứa khóa HMAC đã dùng khi ghi nhật ký",
        "environment variable holding the HMAC key the log was written with",
    ),
    "audit.expect_head": (
        "đầu chuỗi đã công bố SEQ:HASH mà chuỗi phải chứa",
        "published head SEQ:HASH the chain must contain",
    ),
    "audit.since": (
        "YYYY-MM-DD hoặc thời điểm ISO (UTC nếu không ghi múi giờ), tính cả mốc này",
        "YYYY-MM-DD or ISO datetime (UTC unless an offset is given), inclusive",
    ),
    "audit.until": (
        "YYYY-MM-DD hoặc thời điểm ISO (UTC nếu không ghi múi giờ), không tính mốc này",
        "YYYY-MM-DD or ISO datetime (UTC unless an offset is given), exclusive",
    ),
    "hook.files": ("các tệp pre-commit đưa vào", "the files pre-commit passes"),
    "hook.prompts": (
        "ai-guard-prompts: không cho commit tệp câu lệnh chứa dữ liệu không được gửi cho AI.",
        "ai-guard-prompts: refuse to commit prompt files that hold what must not reach an LLM.",
    ),
    "hook.documents": (
        "ai-guard-documents: không cho commit văn bản không được đưa vào hệ thống AI.",
        "ai-guard-documents: refuse to commit documents that must not reach an AI system.",
    ),
    "hook.scan": (
        "ai-guard-scan: không cho commit mã gửi dữ liệu chưa kiểm tra cho mô hình ngôn ngữ, chứa "
        "khoá API, dùng thư điện tử công vụ làm tài khoản AI hoặc chứa câu lệnh nhạy cảm.",
        "ai-guard-scan: refuse to commit code that sends unchecked data to an LLM, holds an LLM "
        "key, uses an official e-mail as an AI account, or holds sensitive prompt literals.",
    ),
    "hook.strict": (
        "chặn cả văn bản cần che",
        "also refuse documents that need redaction",
    ),
}


def cli_help(key: str) -> str:
    """A command's or option's ``--help`` text: English, then Vietnamese, as every ai-guard
    command has always shown it (argparse prints one string)."""
    vi, en = CLI_HELP[key]
    return f"{en} / {vi}"
