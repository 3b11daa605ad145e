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

from ai_guard.text.document import Document, fold

__all__ = ["INVISIBLE", "NUMBER_GAPS", "ODD_SPACES", "Unveiled", "unveil", "unveiled"]

#: Zero-width and invisible formatting characters, soft hyphen, BOM: the one list every
#: detector and view uses.
INVISIBLE = "\u200b\u200c\u200d\u2060\u00ad\ufeff\u180e"
#: Spaces other than U+0020 that a copy from Word, a PDF or a web page leaves.
ODD_SPACES = (
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
#: Two or more single letters separated by one space each ("M Ậ T", "B Ộ").
_SPACED = re.compile(r"(?<![^\W\d_])(?:[^\W\d_] )+[^\W\d_](?![^\W\d_])")
#: what may stand between the digit groups of one number besides a space, a dot or a hyphen:
#: the spaces typesetting puts in numbers (no-break, figure, thin, narrow no-break) and the
#: invisible characters copy-paste leaves
_SPACED_START = re.compile(r"[^a-z]*[a-z] [a-z](?![a-z])")
NUMBER_GAPS = "\u00a0\u2007\u2009\u202f" + INVISIBLE
_HIDDEN = re.compile(f"[{INVISIBLE}{ODD_SPACES}]")
#: the gates for :data:`_SPACED`, on the folded text, each led by one literal character (the
#: engine's fast path; a class of characters first costs it 5x): a run after a space, or of
#: three letters or more after anything ("(M Ậ T)", "**T Ố I**"), holds " X Y"; a run of two
#: at the start of a line or after a tab
_SPACED_GATES = tuple(re.compile(lead + r"[a-z] [a-z](?![a-z])") for lead in (" ", "\n", "\t"))


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


def unveil(text: str, folded: str | None = None) -> Unveiled | None:
    """``text`` without zero-width characters, with odd spaces as spaces and letter-spaced
    words joined; ``None`` when ``text`` has none of these. ``folded``: ``fold(text)`` when
    the caller has it (the gates read it)."""
    if text.isascii() and " " not in text:
        return None
    if _HIDDEN.search(text) is None and not _spaced(fold(text) if folded is None else folded):
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


def _spaced(folded: str) -> bool:
    """Whether the text holds letter spacing :data:`_SPACED` would join (see the gates)."""
    return _SPACED_START.match(folded) is not None or any(
        gate.search(folded) is not None for gate in _SPACED_GATES
    )


def unveiled(doc: Document) -> Unveiled | None:
    """:func:`unveil` of ``doc.text``, computed once per document."""
    cached = doc.cached("unveiled")
    if cached is None:
        cached = unveil(doc.text, doc.folded) or False
        doc.store("unveiled", cached)
    return cached if isinstance(cached, Unveiled) else None
