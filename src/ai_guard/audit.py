"""Moved to :mod:`ai_guard.signoff.audit` (the audit log is part of human sign-off); this name
keeps working."""

from ai_guard.signoff.audit import *  # noqa: F403
from ai_guard.signoff.audit import (  # noqa: F401 - private names old callers and tests import
    _FIELDS,
    _NOT_VERIFIED,
    BOUND_FORMAT,
    DEFAULT_AUDIT_PATH,
    GENESIS,
    AuditLog,
    AuditProblem,
    AuditRecord,
    AuditReport,
    AuditVerification,
    _canonical,
    period_bound,
)

__all__ = [
    "DEFAULT_AUDIT_PATH",
    "AuditLog",
    "AuditProblem",
    "AuditRecord",
    "AuditReport",
    "AuditVerification",
    "period_bound",
]
