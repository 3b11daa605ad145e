"""Moved to :mod:`ai_guard.prompt.redact`; this path keeps working."""

from ai_guard.prompt.redact import *  # noqa: F403
from ai_guard.prompt.redact import __all__ as __all__
