"""Birth years written right after a person's name that the person detector found
(DATE_OF_BIRTH), read once every detector has run, over their findings.

The date-of-birth detector reads a bare year after a name by the name's own words (a lexicon
surname, a typical middle name: ``dates._listed_years``, ``dates._named_years``); a name those
words do not spell as one ("Hầu A Tủa", a Hmong child; "Cáp Minh Trí", a rare surname; "khổng
minh tiến" after "con trai") leaves its year behind although the person detector found the
name. Here the name is the person detector's finding, whatever its words:

* a year alone in brackets right after the name ("Hầu A Tủa (2009)", "khổng minh tiến
  (1990)"): the way lists of pupils, patients and households give a birth year; an age
  ("(90 tuổi)"), a range ("(1911-2013)") or a date is no such year;
* a year in two digits alone in brackets ("ung văn tài (97)", "khong van quy (04)"), where a
  zero leads it or the list's other names have their years in four: else it is an age as
  often ("bà Hoa (87)");
* a year set off by a comma or a dash right after the name and closed by a comma, a dash, a
  bracket, ";" or the line's end ("Chủ hộ: Hầu A Páo, 1985", "1. ta van dung - 1968 - to 3"),
  when two names of the text or more have one: a list of people with their years. One such
  year alone may be the year of something else ("Khen thưởng: Nguyễn Văn Hùng, 2023, ..."); in
  chat the year may follow the name after a space alone ("lai van hoach 1956, quan thi loan
  1970, ...").
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Iterator

from ai_guard.detectors import scores
from ai_guard.detectors.base import Detection, Shape
from ai_guard.detectors.person.scores import REPORT_FLOOR
from ai_guard.models import EntityType
from ai_guard.text import Document

__all__ = ["DOB_DETECTOR", "years_after_names"]

#: the detector whose entity this is (the date-of-birth detector: off with it)
DOB_DETECTOR = "vn.date_of_birth"
_SHAPE = Shape(EntityType.DATE_OF_BIRTH, "dob.after_name", scores.BASE_BIRTH_DATE)
#: a year alone in brackets right after a name
_BRACKETED = re.compile(r"[ \t]*\([ \t]*(?P<y>(?:19|20)\d\d)[ \t]*\)")
#: a year in two digits alone in brackets right after a name ("ung văn tài (97)", "khong van
#: quy (04)")
_TWO_DIGITS = re.compile(r"[ \t]*\([ \t]*(?P<y>\d\d)[ \t]*\)")
#: a year set off by a comma or a dash, closed by a comma, a dash, a bracket, ";" or the end
#: of the line (not a date, a range or a longer number)
_SET_OFF = re.compile(
    r"[ \t]*[,\-\u2013][ \t]*(?P<y>(?:19|20)\d\d)"
    r"(?=[ \t]*(?:[,;)\r\n]|[-\u2013][ \t]|$))"
)
#: the same after a space alone, closed by a comma, ";", "và" or the end of the line
#: ("lai van hoach 1956, toan thi nhan 1962 va quan thi loan 1970,"): a list typed in chat
_SPACED = re.compile(
    r"[ \t]+(?P<y>(?:19|20)\d\d)(?=[ \t]*(?:[,;.\r\n]|$)|[ \t]+(?:va|và|voi|với)[ \t])"
)
#: the fewest names with a set-off year that make a list of people with their years
_LISTED = 2


def _year(m: re.Match[str] | None) -> tuple[int, int] | None:
    if m is None:
        return None
    if not 1890 <= int(m.group("y")) <= _dt.date.today().year:
        return None
    return m.start("y"), m.end("y")


def years_after_names(doc: Document, found: Iterable[Detection]) -> Iterator[Detection]:
    """The birth years right after the names among ``found`` (see the module)."""
    text = doc.text
    bracketed: list[tuple[int, int]] = []
    set_off: list[tuple[int, int]] = []
    short: list[tuple[int, int]] = []
    for d in found:
        if d.entity is not EntityType.PERSON or d.score < REPORT_FLOOR:
            continue
        at = _year(_BRACKETED.match(text, d.end))
        if at is not None:
            bracketed.append(at)
            continue
        two = _TWO_DIGITS.match(text, d.end)
        if two is not None:
            short.append((two.start("y"), two.end("y")))
            continue
        at = _year(_SET_OFF.match(text, d.end) or _SPACED.match(text, d.end))
        if at is not None:
            set_off.append(at)
    spans = set(bracketed)
    # two digits in brackets are an age as often ("bà Hoa (87)"): a year where a zero leads
    # them (no age is written "04") or where the list's other names have their years in four
    # ("ung văn tài (97), ..., bế thị ngân (2001)")
    this_year = _dt.date.today().year % 100
    for start, end in short:
        if bracketed or (text[start] == "0" and int(text[start:end]) <= this_year):
            spans.add((start, end))
    if len(set(set_off)) >= _LISTED:
        spans.update(set_off)
    for start, end in sorted(spans):
        yield _SHAPE.hit(DOB_DETECTOR, start, end, scores.BIRTH_YEAR_CUED, True, "after name")
