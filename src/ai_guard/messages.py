"""Moved to :mod:`ai_guard.i18n` (one module per feature); this name stays importable for code
written against earlier releases."""

from __future__ import annotations

from ai_guard.i18n import *  # noqa: F403
from ai_guard.i18n import __all__ as __all__
