"""Birth dates in the shapes people give them beyond the calendar's digits, read after a
birth cue by :mod:`ai_guard.detectors.dates` (which owns the cues and the findings):

* the month in Roman numerals, as old records and some forms write it (``17-IX-1962``,
  ``03.XII.1958``, ``5/ix/1970``);
* a two-digit year (``5/3/61``, ``30.4.85``): the century is the one that puts the year in
  the past;
* the year in words after "sinh năm" / "năm sinh", as a quantity ("một nghìn chín trăm năm
  mươi tư") or digit by digit ("một chín năm tư").

A cue may also name a markup field whose value stands past the markup: an XML element
(``<NamSinh>1949</NamSinh>``) or a form's input (``<input name="ngaysinh" type="date"
value="1994-06-17">``): :func:`markup_value` says where that value starts.

Each date function takes the folded view and the position right after the cue and its
separator, and returns the span as typed and the (year, month, day) it reads (day and month
1 for a year alone), or None.
"""

from __future__ import annotations

import datetime as _dt
import re

from ai_guard.text import Document
from ai_guard.text.numbers import read_number_words, read_year_words

__all__ = ["markup_value", "roman_month_date", "short_year_date", "year_in_words"]

_ROMAN = {
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6,
    "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11, "xii": 12,
}  # fmt: skip
#: a day, a Roman month, a four-digit year, one separator between (folded: lower case)
_ROMAN_DATE = re.compile(
    r"(?P<d>\d{1,2})(?P<s>[ \t]*[\-./][ \t]*|[ \t]+)(?P<m>x{0,1}(?:ix|iv|v?i{0,3}))"
    r"(?P=s)(?P<y>\d{4})(?![\d])"
)
#: a day, a month and a two-digit year with one separator (folded)
_SHORT_YEAR = re.compile(r"(?P<d>\d{1,2})(?P<s>[/.\-])(?P<m>\d{1,2})(?P=s)(?P<y>\d{2})(?![\w/.\-])")


def _exists(year: int, month: int, day: int) -> bool:
    try:
        return _dt.date(year, month, day) <= _dt.date.today()
    except ValueError:
        return False


def roman_month_date(folded: str, pos: int) -> tuple[int, int, tuple[int, int, int]] | None:
    """``17-IX-1962`` at ``pos``: its span and (year, month, day), or None."""
    m = _ROMAN_DATE.match(folded, pos)
    if m is None or m.group("m") not in _ROMAN:
        return None
    if m.end() < len(folded) and folded[m.end()].isalpha():
        return None
    year, month, day = int(m.group("y")), _ROMAN[m.group("m")], int(m.group("d"))
    if not _exists(year, month, day):
        return None
    return m.start(), m.end(), (year, month, day)


def short_year_date(folded: str, pos: int) -> tuple[int, int, tuple[int, int, int]] | None:
    """``5/3/61`` at ``pos``: its span and (year, month, day), the century the one that
    puts the date in the past; None when no such date exists."""
    m = _SHORT_YEAR.match(folded, pos)
    if m is None:
        return None
    today = _dt.date.today()
    yy, month, day = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    year = 2000 + yy if 2000 + yy <= today.year else 1900 + yy
    if not _exists(year, month, day):
        year -= 100 if year >= 2000 else 0
        if not _exists(year, month, day):
            return None
    return m.start(), m.end(), (year, month, day)


#: a year read digit by digit has four digits
_YEAR_DIGITS = 4


def year_in_words(doc: Document, pos: int) -> tuple[int, int, int] | None:
    """A birth year in Vietnamese words at ``pos``: its span and the year (1900 to this
    year), or None."""
    folded = doc.folded
    read = read_year_words(doc.text, folded, pos)
    if read is not None:
        year, end = read
    else:
        words = read_number_words(doc.text, folded, pos, most=_YEAR_DIGITS)
        if words is None or len(words[0]) != _YEAR_DIGITS:
            return None
        year, end = int(words[0]), words[1][-1][1]
    if not 1900 <= year <= _dt.date.today().year:
        return None
    if end < len(folded) and folded[end].isalnum():
        return None
    return pos, end, year


#: past a field's name in an input's attributes, its value within the same tag
_TAG_VALUE = re.compile(r"[\"'][^<>\n]{0,80}?(?<![a-z\-])value[ \t]*=[ \t]*[\"']")


def markup_value(folded: str, start: int, end: int) -> int | None:
    """Where the value of the markup field the cue ``folded[start:end]`` names starts: right
    after ``>`` when the cue is an element's name (``<NamSinh>``), after ``value="`` when it
    is an input's name (``name="ngaysinh" ... value="``); None when the cue names no field."""
    if start > 0 and folded[start - 1] == "<":
        return end + 1 if folded.startswith(">", end) else None
    if start > 0 and folded[start - 1] in "\"'" and folded.endswith(("name=", "id="), 0, start - 1):
        m = _TAG_VALUE.match(folded, end)
        return m.end() if m is not None else None
    return None
