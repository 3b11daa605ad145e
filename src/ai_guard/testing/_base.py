"""What the strategies of :mod:`ai_guard.testing.strategies` and
:mod:`ai_guard.testing._people` share: the labelled prompt and diacritic folding."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["LabelledPrompt", "fold", "from_segments", "picked_shapes"]


@dataclass(frozen=True)
class LabelledPrompt:
    """A prompt and the exact spans of what it holds: ``(start, end, entity)``; ``shape`` names
    how it was drawn (``"name.table_markdown.upper"``, ``"address.unit_chain.lower"``) for the
    strategies that draw shapes, empty otherwise."""

    text: str
    spans: tuple[tuple[int, int, str], ...]
    shape: str = ""


def picked_shapes(family: str, shapes: Sequence[str] | None, known: Sequence[str]) -> list[str]:
    """The shapes asked of ``family``'s strategy, in the order asked (all it knows when none
    are asked); an unknown one, or none at all, raises ValueError naming them."""
    picked = list(shapes) if shapes is not None else list(known)
    unknown = [s for s in picked if s not in known]
    if unknown or not picked:
        raise ValueError(f"{family}: shapes {unknown or picked} not in {known}")
    return picked


def fold(text: str) -> str:
    """``text`` without diacritics (``đ`` -> ``d``), as typed on a phone; length kept for NFC
    Vietnamese text."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize(
        "NFC",
        "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)),
    )


def from_segments(segments: Sequence[tuple[str, str | None]], shape: str) -> LabelledPrompt:
    """A prompt made of ``segments`` (a piece of text, and the entity it is or ``None``), each
    labelled piece a span of its entity."""
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for piece, entity in segments:
        if entity is not None:
            spans.append((pos, pos + len(piece), entity))
        parts.append(piece)
        pos += len(piece)
    return LabelledPrompt("".join(parts), tuple(spans), shape)
