"""What the audit log stores and returns: a row (:class:`AuditRecord`), a problem verification
found (:class:`AuditProblem`), the verification (:class:`AuditVerification`) and the period's
counts (:class:`AuditReport`). Standard library only: reading a log needs no pydantic."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ai_guard import i18n

__all__ = ["AuditProblem", "AuditRecord", "AuditReport", "AuditVerification"]

#: The columns of a row that its hash covers, in the order they are hashed.
FIELDS = (
    "seq",
    "ts",
    "action",
    "outcome",
    "reason",
    "approver",
    "role",
    "unit",
    "digest",
    "signoff_id",
    "findings",
)
#: Every column of a row, as stored.
COLUMNS = (*FIELDS, "prev_hash", "hash")
#: Problem kinds that mean "could not verify", not "the rows were changed".
NOT_VERIFIED = ("key_needed", "wrong_key", "unreadable")


@dataclass(frozen=True)
class AuditRecord:
    """One row of the log (what :meth:`AuditLog.records` yields)."""

    seq: int
    ts: str
    action: str
    outcome: str
    reason: str
    approver: str
    role: str
    unit: str
    digest: str
    signoff_id: str
    findings: dict[str, int]
    prev_hash: str
    hash: str

    @classmethod
    def from_row(cls, row: Sequence[Any], findings: dict[str, int]) -> AuditRecord:
        """A stored row (the :data:`COLUMNS`, in order) with its findings already read."""
        return cls(
            seq=int(row[0]),
            ts=str(row[1]),
            action=str(row[2]),
            outcome=str(row[3]),
            reason=str(row[4]),
            approver=str(row[5]),
            role=str(row[6]),
            unit=str(row[7]),
            digest=str(row[8]),
            signoff_id=str(row[9]),
            findings=findings,
            prev_hash=str(row[11]),
            hash=str(row[12]),
        )

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in COLUMNS}


@dataclass(frozen=True)
class AuditProblem:
    """``kind``: modified, deleted, inserted, reordered, head_mismatch (the rows were
    changed); key_needed, wrong_key, unreadable (the log could not be verified)."""

    kind: str
    seq: int | None
    detail_en: str
    detail_vi: str

    @classmethod
    def of(cls, kind: str, seq: int | None, detail: str = "", **fields: Any) -> AuditProblem:
        """The problem with its sentence from :func:`ai_guard.i18n.audit_problem` (``detail``
        names the sentence when it is not the kind's own)."""
        vi, en = i18n.audit_problem(detail or kind, **fields)
        return cls(kind, seq, en, vi)

    def message(self, lang: str = "en") -> str:
        return self.detail_vi if lang == "vi" else self.detail_en


@dataclass(frozen=True)
class AuditVerification:
    """What :meth:`AuditLog.verify` found: ``ok``, the number of rows, every problem, and the
    recorded head ``(seq, hash)``."""

    ok: bool
    records: int
    problems: list[AuditProblem] = field(default_factory=list)
    head: tuple[int, str] | None = None

    @property
    def status(self) -> str:
        """``ok``; ``key_needed`` (a keyed log checked without its key), ``wrong_key``,
        ``unreadable`` (it could not be verified); ``tampered`` (rows were changed)."""
        if self.ok:
            return "ok"
        for kind in NOT_VERIFIED:
            if any(p.kind == kind for p in self.problems):
                return kind
        return "tampered"


@dataclass(frozen=True)
class AuditReport:
    """Counts over a period, for the head of unit who supervises AI use."""

    since: str | None
    until: str | None
    total: int
    by_unit: dict[str, int]
    by_action: dict[str, int]
    by_approver: dict[str, int]
    by_outcome: dict[str, int]
    by_unit_outcome: dict[str, dict[str, int]]
    #: requests through the gateway (``ai-guard serve``), one per request (its decision's
    #: row; an upstream's failure after it is not a second request)
    gateway_total: int = 0
    #: unit -> decision (allow, redact, block, refused_model ...) -> requests
    gateway_by_unit: dict[str, dict[str, int]] = field(default_factory=dict)
    #: person (the token's holder) -> decision -> requests
    gateway_by_person: dict[str, dict[str, int]] = field(default_factory=dict)
    #: unit -> entity type -> values in the requests that were sent (redacted or allowed):
    #: what went out, as placeholders or as it was
    gateway_sent_by_unit: dict[str, dict[str, int]] = field(default_factory=dict)
