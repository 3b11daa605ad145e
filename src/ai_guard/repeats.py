"""Moved to :mod:`ai_guard.prompt.repeats`; this path keeps working."""

from ai_guard.prompt.repeats import *  # noqa: F403
from ai_guard.prompt.repeats import (
    DIRECT_LIMIT,
    DIRECT_VALUES,
    STEPS_PER_CHAR,
    BudgetExceeded,
    budget_for,
    occurrences,
)

__all__ = [
    "DIRECT_LIMIT",
    "DIRECT_VALUES",
    "STEPS_PER_CHAR",
    "BudgetExceeded",
    "budget_for",
    "occurrences",
]
