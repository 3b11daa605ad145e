"""HTML and XML character references read as the characters they stand for.

A page's source, an XML export, a mail's HTML part and a filter-dodger all write letters as
references: ``AIza&#83;yD9...`` (a key's prefix cut), ``T&#7888;I M&#7852;T`` (a level),
``Nguy&#x1EC5;n``, ``Tr&agrave;ng``, ``a&amp;b``. A model reads the letter; the guard must too.
:func:`references` finds each reference that stands for one character (decimal, hexadecimal,
or an HTML5 name such as ``&agrave;``, ``&ocirc;``, ``&Abreve;``, ``&dstrok;``) and
:class:`ai_guard.text.document.Document` reads it, in place, with its offsets mapped back to the
caller's text, so that every detector sees the letter and a finding covers the reference.

A reference encoded again (its ``&`` written ``&amp;``, as a template escaping an escaped
export does: ``&amp;#83;``, ``&amp;amp;``, ``&amp;amp;#x1EC5;``) is read to the character at
the end of the chain, as the twice-decoded text a model may be shown reads it. Control
characters (but the tab and the line break), surrogates and NUL are kept as written: they
stand for nothing a reader sees. A text with no ``&`` followed by ``#`` or a letter pays one
search.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from html.entities import html5

__all__ = ["holds_references", "references"]

#: an ``&`` that may open a reference: the gate before any reading
_GATE = re.compile(r"&[#A-Za-z]")
#: a reference: decimal (group 1), hexadecimal (group 2) or named (group 3), with its ``;``,
#: its ``&`` itself written ``&amp;`` any number of times (``&amp;amp;#83;``)
_REFERENCE = re.compile(
    r"&(?:amp;){0,8}(?:#([0-9]{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));"
)
#: what a reference may stand for and still be read (the tab, the line breaks)
_KEPT_CONTROLS = frozenset("\t\n\r")


@cache
def _named() -> dict[str, str]:
    """HTML5's named references that stand for one character, by name (without ``;``)."""
    return {
        name[:-1]: value for name, value in html5.items() if name.endswith(";") and len(value) == 1
    }


def _character(m: re.Match[str]) -> str | None:
    """The one character a reference stands for, or None (an unknown name, a code point
    outside Unicode, a surrogate, a control character other than a tab or a line break)."""
    decimal, hexadecimal, name = m.groups()
    if name is not None:
        return _named().get(name)
    cp = int(decimal) if decimal is not None else int(hexadecimal, 16)
    if cp > 0x10FFFF or 0xD800 <= cp < 0xE000:
        return None
    ch = chr(cp)
    if (cp < 0x20 or 0x7F <= cp < 0xA0) and ch not in _KEPT_CONTROLS:
        return None
    return ch


def references(s: str) -> Iterator[tuple[int, int, str]]:
    """Each character reference of ``s`` that stands for one character: its span and the
    character, left to right."""
    if _GATE.search(s) is None:
        return
    for m in _REFERENCE.finditer(s):
        ch = _character(m)
        if ch is not None:
            yield m.start(), m.end(), ch


def holds_references(s: str) -> bool:
    """Whether ``s`` holds a reference :func:`references` reads."""
    return next(references(s), None) is not None
