"""Moved to :mod:`ai_guard.prompt.policy`; this path keeps working."""

from ai_guard.prompt.policy import *  # noqa: F403
from ai_guard.prompt.policy import _KEY_SAMPLES as _KEY_SAMPLES
from ai_guard.prompt.policy import _MARK_SAMPLES as _MARK_SAMPLES
from ai_guard.prompt.policy import (
    DEFAULT_ACTIONS,
    DEFAULT_AI_APPROVER_PATTERNS,
    SECRET_DETECTORS,
    SECRET_ENTITIES,
    SECRET_MIN_SCORE,
    WEAKER_SECRET_PROTECTION,
    Acknowledgements,
    Policy,
)

__all__ = [
    "DEFAULT_ACTIONS",
    "DEFAULT_AI_APPROVER_PATTERNS",
    "SECRET_DETECTORS",
    "SECRET_ENTITIES",
    "SECRET_MIN_SCORE",
    "WEAKER_SECRET_PROTECTION",
    "Acknowledgements",
    "Policy",
]
