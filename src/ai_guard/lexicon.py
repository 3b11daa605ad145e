"""Moved to :mod:`ai_guard.classify.lexicon`; this path keeps working for code written
against earlier releases."""

from __future__ import annotations

from ai_guard.classify.lexicon import (
    Hit,
    Term,
    category_hits,
    has_diacritics,
    score,
    signal_hits,
)

__all__ = ["Hit", "Term", "category_hits", "has_diacritics", "score", "signal_hits"]
