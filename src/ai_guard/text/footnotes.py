"""Footnote marks: a superscript number glued to the word or the number it annotates.

A report copied from Word or a PDF keeps its footnote marks as superscript digits right after
the word they annotate: "ông Tôn Thất Nghị¹", "CCCD 046058003981³", "Quyết định số
193/QĐ-THADS²". Read as ordinary digits (their compatibility form), the mark would glue onto
the value: a 13-digit number where the CCCD had 12, a name ending in "1". The canonical
reading (:mod:`ai_guard.text.document`) reads such a mark as a space instead: one or two
superscript digits after a letter or a digit (a unit of area or volume aside: m², km³), then a
space, the line's end or a closing punctuation mark.

A value written in superscripts to dodge a filter (``⁰⁰¹⁰⁸⁵⁰¹²³⁴⁵``, the ``superscript``
disguise) is no mark: its run is longer than two, or nothing of a word stands before it; it
stays read as digits.
"""

from __future__ import annotations

import re

__all__ = ["SUPERSCRIPT_DIGITS", "blank_footnote_marks"]

#: the superscript digits Unicode has (¹²³ in Latin-1, the others in Superscripts and
#: Subscripts)
SUPERSCRIPT_DIGITS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
#: the longest footnote number read as a mark
_MARK_DIGITS = 2
_MARK = re.compile(
    rf"(?<=[^\W_{SUPERSCRIPT_DIGITS}])[{SUPERSCRIPT_DIGITS}]{{1,{_MARK_DIGITS}}}"
    # then a space, the line's end or a punctuation mark that closes (not a key's "-", "_", "/"
    # or a dot inside a name: "sk-ant-api⁰³-..." is a key in superscripts)
    r"(?=[\s,;:!?)\]\"'\u201d\u2019]|\.(?!\w)|$)"
)
_SUPERSCRIPT = re.compile(rf"[{SUPERSCRIPT_DIGITS}]")
#: the word before a superscript that makes it a power, not a mark: units of area and
#: volume (m², km², cm³)
_UNIT = re.compile(r"(?<![^\W\d_])(?:m|km|cm|dm|mm)$", re.IGNORECASE)


def blank_footnote_marks(s: str) -> str:
    """``s`` with every footnote mark a space (same length, same offsets)."""
    if _SUPERSCRIPT.search(s) is None:
        return s

    def blank(m: re.Match[str]) -> str:
        if _UNIT.search(s, max(0, m.start() - 3), m.start()) is not None:
            return m.group()
        return " " * len(m.group())

    return _MARK.sub(blank, s)
