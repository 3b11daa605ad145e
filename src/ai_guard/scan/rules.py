"""The scanner's rules (stable ids, a summary and a short fix each), what a finding and a call
site are."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CALL_STATUSES", "RULES", "CallSite", "Rule", "ScanFinding"]


@dataclass(frozen=True)
class Rule:
    """A scanner rule: a stable id and name; its summary and fix, each (Vietnamese, English)
    as every sentence of ai-guard, are those of :data:`ai_guard.i18n.SCAN_RULE_TEXTS` (read
    when first needed: a clean file makes the hook import no sentence)."""

    id: str
    name: str

    @property
    def summary(self) -> tuple[str, str]:
        from ai_guard.i18n.scan import SCAN_RULE_TEXTS

        return SCAN_RULE_TEXTS[self.id][0]

    @property
    def fix(self) -> tuple[str, str]:
        from ai_guard.i18n.scan import SCAN_RULE_TEXTS

        return SCAN_RULE_TEXTS[self.id][1]

    @property
    def summary_vi(self) -> str:
        return self.summary[0]

    @property
    def summary_en(self) -> str:
        return self.summary[1]

    @property
    def fix_vi(self) -> str:
        return self.fix[0]

    @property
    def fix_en(self) -> str:
        return self.fix[1]

    def finding(
        self,
        path: str,
        line: int,
        column: int,
        detail: str | tuple[str, str] = "",
        *,
        holds: tuple[str, str] | None = None,
    ) -> ScanFinding:
        """A finding of this rule; ``detail`` says where (a vendor, a name), ``holds`` what a
        prompt literal holds ((vi, en): counts of entity types); never a value."""
        from ai_guard.i18n.scan import SCAN_NAMED_SECRET, scan_finding

        summary = self.summary
        if self.id == "AIG102" and detail == "named":
            # found by the name it is kept under (JWT_SECRET, an app secret), not by a vendor's
            # prefix: a hardcoded secret, not known to be an LLM vendor's key
            summary, detail = SCAN_NAMED_SECRET
        vi, en = scan_finding(summary, self.fix, detail, holds)
        return ScanFinding(self.id, path, line, column, en, vi)


_NAMES = {
    "AIG101": "unchecked-llm-call",
    "AIG102": "hardcoded-llm-key",
    "AIG103": "official-email-ai-account",
    "AIG104": "llm-output-decides",
    "AIG105": "sensitive-prompt-literal",
    "AIG106": "file-sent-to-llm",
}

RULES: dict[str, Rule] = {rule_id: Rule(rule_id, name) for rule_id, name in _NAMES.items()}


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
    file_line: int | None = None
    """In a notebook, the line of the file that holds the code (``line`` is the line inside
    its cell, which the message names): SARIF and the fingerprint use it."""
    file_column: int | None = None

    def message(self, lang: str = "vi") -> str:
        """The message in ``lang`` (Vietnamese by default, as every ai-guard message)."""
        return self.message_en if lang == "en" else self.message_vi

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
            **({"file_line": self.file_line} if self.file_line is not None else {}),
        }


CALL_STATUSES = ("unchecked", "checked", "literal", "guarded", "upload")
"""What the scanner concluded about a call site's prompt: ``unchecked`` (AIG101), ``checked``
(it passed through check_prompt), ``literal`` (written entirely in the code: AIG105 reads it;
for an upload, a file of the repository that classify_document lets be sent), ``guarded`` (a
guarded client or a function under ``@guard``), ``upload`` (a file's content sent unchecked:
AIG106)."""


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
