"""Moved to :mod:`ai_guard.signoff.audit` (the audit log is part of human sign-off); this name
keeps working."""

from ai_guard.i18n.audit import audit_bound_format as _bound_format
from ai_guard.signoff.audit import *  # noqa: F403
from ai_guard.signoff.audit import (
    DEFAULT_AUDIT_PATH,
    AuditLog,
    AuditProblem,
    AuditRecord,
    AuditReport,
    AuditVerification,
    period_bound,
)
from ai_guard.signoff.chain import GENESIS  # noqa: F401 - tests and old callers import it
from ai_guard.signoff.chain import canonical as _canonical  # noqa: F401
from ai_guard.signoff.records import FIELDS as _FIELDS  # noqa: F401
from ai_guard.signoff.records import NOT_VERIFIED as _NOT_VERIFIED  # noqa: F401

#: What a bad ``since``/``until`` is told: (English, Vietnamese), as this module gave it.
BOUND_FORMAT = _bound_format()[::-1]

__all__ = [
    "DEFAULT_AUDIT_PATH",
    "AuditLog",
    "AuditProblem",
    "AuditRecord",
    "AuditReport",
    "AuditVerification",
    "period_bound",
]
