"""What the strategies of :mod:`ai_guard.testing.strategies` and
:mod:`ai_guard.testing._people` share: the labelled prompt and diacritic folding."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

__all__ = ["LabelledPrompt", "fold"]


@dataclass(frozen=True)
class LabelledPrompt:
    """A prompt and the exact spans of what it holds: ``(start, end, entity)``; ``shape`` names
    how it was drawn (``"name.table_markdown.upper"``, ``"address.unit_chain.lower"``) for the
    strategies that draw shapes, empty otherwise."""

    text: str
    spans: tuple[tuple[int, int, str], ...]
    shape: str = ""


def fold(text: str) -> str:
    """``text`` without diacritics (``đ`` -> ``d``), as typed on a phone; length kept for NFC
    Vietnamese text."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize(
        "NFC",
        "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)),
    )
