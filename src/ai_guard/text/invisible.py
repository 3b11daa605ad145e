"""A reading of the text without its disguises: zero-width characters and soft hyphens
removed, odd spaces (NBSP, thin, ideographic ...) read as a space, and letter-spaced words
(``M Ậ T``, ``L Ư U  H À N H``) joined, with an offset map back to the text.

Written for the marks detectors; meant to become part of the canonical reading every detector
consumes (issue 14). The result differs from the input only where a disguise was found, and
:func:`unveil` returns ``None`` when there is none (the common case costs one regex search).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ai_guard.text.chars import INVISIBLE, NUMBER_GAPS, ODD_SPACES
from ai_guard.text.document import Document

__all__ = ["INVISIBLE", "NUMBER_GAPS", "ODD_SPACES", "Unveiled", "unveil", "unveiled"]

#: Two or more single letters separated by one space each ("M Ậ T", "B Ộ").
_SPACED = re.compile(r"(?<![^\W\d_])(?:[^\W\d_] )+[^\W\d_](?![^\W\d_])")
_HIDDEN = re.compile(f"[{INVISIBLE}{ODD_SPACES}]")
#: a cheap gate for letter spacing: a space first (the engine's fast path), then "X Y"
_SPACED_GATE = re.compile(r"[ \n\t][^\W\d_] [^\W\d_](?![^\W\d_])")


@dataclass(frozen=True, slots=True)
class Unveiled:
    """The unveiled text and, for each of its characters, the offset it came from."""

    text: str
    origin: list[int]
    source_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the source text that produced ``text[start:end]``."""
        s = self.origin[start] if start < len(self.origin) else self.source_length
        e = self.origin[end - 1] + 1 if end > 0 else s
        return s, max(s, e)


def unveil(text: str) -> Unveiled | None:
    """``text`` without zero-width characters, with odd spaces as spaces and letter-spaced
    words joined; ``None`` when ``text`` has none of these."""
    if text.isascii() and " " not in text:
        return None
    if _HIDDEN.search(text) is None and _SPACED_GATE.search("\n" + text) is None:
        return None
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        if ch in INVISIBLE:
            continue
        out.append(" " if ch in ODD_SPACES else ch)
        origin.append(i)
    spaced = "".join(out)
    joined: list[str] = []
    joined_origin: list[int] = []
    pos = 0
    for m in _SPACED.finditer(spaced):
        joined.append(spaced[pos : m.start()])
        joined_origin.extend(origin[pos : m.start()])
        for k in range(m.start(), m.end()):
            if spaced[k] != " ":
                joined.append(spaced[k])
                joined_origin.append(origin[k])
        pos = m.end()
    joined.append(spaced[pos:])
    joined_origin.extend(origin[pos:])
    result = "".join(joined)
    if result == text:
        return None
    return Unveiled(result, joined_origin, len(text))


def unveiled(doc: Document) -> Unveiled | None:
    """:func:`unveil` of ``doc.text``, computed once per document."""
    cached = doc.cached("unveiled")
    if cached is None:
        cached = unveil(doc.text) or False
        doc.store("unveiled", cached)
    return cached if isinstance(cached, Unveiled) else None
