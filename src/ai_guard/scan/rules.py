"""The scanner's rules: stable ids, messages in Vietnamese and English, a short fix each."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CALL_STATUSES", "RULES", "CallSite", "Rule", "ScanFinding"]


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    summary_en: str
    summary_vi: str
    fix_en: str
    fix_vi: str


RULES: dict[str, Rule] = {
    r.id: r
    for r in (
        Rule(
            "AIG101",
            "unchecked-llm-call",
            "a call to an LLM API whose prompt does not pass through check_prompt",
            "gọi API mô hình ngôn ngữ lớn mà câu lệnh không qua check_prompt",
            "send check_prompt(text).redacted_text, or wrap the client with guard_client / "
            "the function with @guard",
            "gửi check_prompt(text).redacted_text, hoặc bọc client bằng guard_client / hàm "
            "bằng @guard",
        ),
        Rule(
            "AIG102",
            "hardcoded-llm-key",
            "a hardcoded LLM API key",
            "khoá API của mô hình ngôn ngữ lớn được ghi cứng trong mã",
            "read the key from the environment or a secret store, and revoke this one",
            "đọc khoá từ biến môi trường hoặc kho bí mật, và thu hồi khoá này",
        ),
        Rule(
            "AIG103",
            "official-email-ai-account",
            "an official e-mail (…@*.gov.vn) used as the identity of an AI account",
            "thư điện tử công vụ (…@*.gov.vn) được dùng làm danh tính tài khoản AI",
            "use an address that is not an official one (guidance 557/BKHCN-CĐSQG)",
            "dùng địa chỉ không phải thư công vụ (Công văn 557/BKHCN-CĐSQG)",
        ),
        Rule(
            "AIG104",
            "llm-output-decides",
            "an LLM's output reaches a decision without a human sign-off",
            "kết quả của mô hình ngôn ngữ lớn đi thẳng vào một quyết định mà không có phê duyệt",
            "guard the decision function with @require_human_signoff",
            "bảo vệ hàm ra quyết định bằng @require_human_signoff",
        ),
        Rule(
            "AIG105",
            "sensitive-prompt-literal",
            "a prompt literal holds what check_prompt would not allow",
            "chuỗi câu lệnh trong mã chứa nội dung check_prompt không cho phép",
            "remove the personal data, secrecy stamp or key from the template",
            "bỏ dữ liệu cá nhân, dấu mật hoặc khoá khỏi mẫu câu lệnh",
        ),
    )
}


@dataclass(frozen=True)
class ScanFinding:
    rule: str
    path: str
    line: int
    column: int
    message_en: str
    message_vi: str
    suppressed: bool = False
    baselined: bool = False

    def message(self, lang: str = "en") -> str:
        return self.message_vi if lang == "vi" else self.message_en

    def as_dict(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "message": self.message_en,
            "message_vi": self.message_vi,
            "suppressed": self.suppressed,
            "baselined": self.baselined,
        }


CALL_STATUSES = ("unchecked", "checked", "literal", "guarded")
"""What the scanner concluded about a call site's prompt: ``unchecked`` (AIG101), ``checked``
(it passed through check_prompt), ``literal`` (written entirely in the code: AIG105 reads it),
``guarded`` (a guarded client or a function under ``@guard``)."""


@dataclass(frozen=True)
class CallSite:
    """A call to an LLM API found by the scanner: the inventory behind ``scan --calls``."""

    path: str
    line: int
    column: int
    vendor: str
    status: str
    cell: int | None = None
    """The notebook cell (``line`` is then the line inside it)."""

    def as_dict(self) -> dict[str, object]:
        row: dict[str, object] = {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "vendor": self.vendor,
            "status": self.status,
        }
        if self.cell is not None:
            row["cell"] = self.cell
        return row
