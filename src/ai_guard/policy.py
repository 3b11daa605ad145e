"""Moved to :mod:`ai_guard.prompt.policy`; this path keeps working."""

from ai_guard.prompt.policy import *  # noqa: F403
from ai_guard.prompt.policy import _KEY_SAMPLES as _KEY_SAMPLES
from ai_guard.prompt.policy import _MARK_SAMPLES as _MARK_SAMPLES
from ai_guard.prompt.policy import __all__ as __all__
