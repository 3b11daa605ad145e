"""Human sign-off: no decision from AI output runs without a recorded human approval, and every
attempt is written to a tamper-evident audit log.

::

    guard      require_human_signoff (decorator), human_signoff (context manager)
    model      SignOff, SignOffRequest, the verifiers (HmacVerifier ...)
    digest     what a sign-off is bound to: the exact arguments (arguments_digest)
    approvers  who may approve: no AI, no service or shared account
    output     reading a decision's result as text, rebuilding it redacted
    audit      AuditLog, the face of the log:
      records    its rows and results (AuditRecord, AuditProblem, AuditVerification, AuditReport)
      store      where the rows live, one interface: sqlite (the file, its write lock),
                 postgres (several writers, the lock on the head); the location chooses
      chain      hashing rows, keys
      verify     walking the chain, naming every problem
      report     what people read: the request, the report, the export, the problems

Names load on first use: reading an audit log (``ai-guard audit``) imports neither pydantic
nor the detectors. The hypothesis strategy for :class:`SignOff` is registered when
:mod:`ai_guard.signoff.model` loads (see :mod:`ai_guard.testing._hypothesis`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ai_guard._lazy import attach

__all__ = [
    "AUDIT_KEY_ENV",
    "DEFAULT_AUDIT_PATH",
    "DIGEST_VERSION",
    "SERVICE_ACCOUNT_PATTERNS",
    "AuditLog",
    "AuditProblem",
    "AuditRecord",
    "AuditReport",
    "AuditVerification",
    "Clock",
    "HmacVerifier",
    "SignOff",
    "SignOffRequest",
    "SignOffVerifier",
    "StructuralVerifier",
    "arguments_digest",
    "human_signoff",
    "open_log",
    "period_bound",
    "require_human_signoff",
]

_LAZY = {
    "require_human_signoff": "guard",
    "human_signoff": "guard",
    "SignOff": "model",
    "SignOffRequest": "model",
    "SignOffVerifier": "model",
    "StructuralVerifier": "model",
    "HmacVerifier": "model",
    "Clock": "model",
    "DIGEST_VERSION": "digest",
    "arguments_digest": "digest",
    "SERVICE_ACCOUNT_PATTERNS": "approvers",
    "AuditLog": "audit",
    "DEFAULT_AUDIT_PATH": "audit",
    "period_bound": "audit",
    "open_log": "audit",
    "AUDIT_KEY_ENV": "audit",
    "AuditProblem": "records",
    "AuditRecord": "records",
    "AuditReport": "records",
    "AuditVerification": "records",
}

if TYPE_CHECKING:
    from ai_guard.signoff.approvers import SERVICE_ACCOUNT_PATTERNS
    from ai_guard.signoff.audit import (
        AUDIT_KEY_ENV,
        DEFAULT_AUDIT_PATH,
        AuditLog,
        open_log,
        period_bound,
    )
    from ai_guard.signoff.digest import DIGEST_VERSION, arguments_digest
    from ai_guard.signoff.guard import human_signoff, require_human_signoff
    from ai_guard.signoff.model import (
        Clock,
        HmacVerifier,
        SignOff,
        SignOffRequest,
        SignOffVerifier,
        StructuralVerifier,
    )
    from ai_guard.signoff.records import (
        AuditProblem,
        AuditRecord,
        AuditReport,
        AuditVerification,
    )


__getattr__, __dir__ = attach(
    __name__, {name: f"ai_guard.signoff.{module}" for name, module in _LAZY.items()}
)
