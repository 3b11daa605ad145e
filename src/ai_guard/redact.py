"""Moved to :mod:`ai_guard.prompt.redact`; this path keeps working."""

from ai_guard.prompt.redact import *  # noqa: F403
from ai_guard.prompt.redact import (
    PLACEHOLDER,
    PLACEHOLDER_PREFIX,
    Placeholders,
    apply_redactions,
    bracket,
    held_back,
)

__all__ = [
    "PLACEHOLDER",
    "PLACEHOLDER_PREFIX",
    "Placeholders",
    "apply_redactions",
    "bracket",
    "held_back",
]
