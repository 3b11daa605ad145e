"""Moved to :mod:`ai_guard.prompt.repeats`; this path keeps working."""

from ai_guard.prompt.repeats import *  # noqa: F403
from ai_guard.prompt.repeats import __all__ as __all__
