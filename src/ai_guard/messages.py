"""Moved to :mod:`ai_guard.i18n` (one module per feature); this name stays importable for code
written against earlier releases."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ai_guard.i18n.classify import *  # noqa: F403
    from ai_guard.i18n.common import *  # noqa: F403
    from ai_guard.i18n.prompt import *  # noqa: F403


def __getattr__(name: str) -> Any:
    from ai_guard import i18n

    return getattr(i18n, name)
