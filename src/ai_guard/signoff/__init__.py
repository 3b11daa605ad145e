"""Human sign-off: no decision from AI output runs without a recorded human approval
(:mod:`~ai_guard.signoff.guard`), and every attempt is written to a tamper-evident audit log
(:mod:`~ai_guard.signoff.audit`).

Names load on first use: reading an audit log (``ai-guard audit``) does not import pydantic.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__all__ = [
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
    "period_bound",
    "require_human_signoff",
]

_LAZY = {
    "require_human_signoff": "guard",
    "human_signoff": "guard",
    "SignOff": "guard",
    "SignOffRequest": "guard",
    "SignOffVerifier": "guard",
    "StructuralVerifier": "guard",
    "HmacVerifier": "guard",
    "Clock": "guard",
    "DIGEST_VERSION": "guard",
    "arguments_digest": "guard",
    "SERVICE_ACCOUNT_PATTERNS": "guard",
    "AuditLog": "audit",
    "DEFAULT_AUDIT_PATH": "audit",
    "period_bound": "audit",
    "AuditProblem": "audit",
    "AuditRecord": "audit",
    "AuditReport": "audit",
    "AuditVerification": "audit",
}

if TYPE_CHECKING:
    from ai_guard.signoff.audit import (
        DEFAULT_AUDIT_PATH,
        AuditLog,
        AuditProblem,
        AuditRecord,
        AuditReport,
        AuditVerification,
        period_bound,
    )
    from ai_guard.signoff.guard import (
        DIGEST_VERSION,
        SERVICE_ACCOUNT_PATTERNS,
        Clock,
        HmacVerifier,
        SignOff,
        SignOffRequest,
        SignOffVerifier,
        StructuralVerifier,
        arguments_digest,
        human_signoff,
        require_human_signoff,
    )


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'ai_guard.signoff' has no attribute {name!r}")
    value = getattr(import_module(f"ai_guard.signoff.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
