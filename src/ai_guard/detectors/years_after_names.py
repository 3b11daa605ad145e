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
  zero leads it or the list's other names have their years in four, or where the text bounds
  the people's age in years below that number ("trẻ dưới 5 tuổi: ... (22), ... (19)": no child
  under five is 22): else it is an age as often ("bà Hoa (87)");
* a year after chat's "ns" right after the name ("kieu duc thuyet ns 1997 que ..."), where
  "ns" alone may be nanoseconds or a budget ("ns 2024", ngân sách);
* a year set off by a comma, a dash or a pipe right after the name and closed by a comma, a
  dash, a pipe, a bracket, ";" or the line's end ("Chủ hộ: Hầu A Páo, 1985", "1. ta van dung -
  1968 - to 3", "- Ung Văn Trọng | 1981 | Trưởng phòng"), or after the bracket that holds the
  name after a nickname ("be tit (nguyen khoi nguyen) 2020, be mit (ha tue lam) 2021"),
  when two names of the text or more have one: a list of people with their years. One such
  year alone may be the year of something else ("Khen thưởng: Nguyễn Văn Hùng, 2023, ..."); in
  chat the year may follow the name after a space alone ("lai van hoach 1956, quan thi loan
  1970, ..."); a tab sets a year off as well (a sheet's next cell: "1.⇥La Văn Khiêm⇥1968⇥bản
  Nà Lừa"), and one such year alone counts when the name is a name field's value ("+ Họ tên
  BN: Phùng Thị Lựu, 1962");
* a year set off by a table's pipe or tab right after the name with an address found right
  after it ("| BẠCH VĂN KHIÊM | 1968 | THÔN ĐỒNG QUANG, XÃ TIÊN DU, ... |"), alone too: the
  household row's order, name, birth, residence;
* a year one space after the name and before where the person lives, for two names or more:
  a home's unit word (a hamlet, a village, a group, a commune or ward: a PDF table's rows run
  into one line, "1 Lò Thị Bun 1985 bản Hua Pàu, ...") or an address the address detector
  found there (chat's list, "1. vi van khoi 1972 ban chieng di xa moc chau ...");
* a whole date set off by commas right after the name, a child's ("cháu Vũ Ngọc Trâm Anh,
  4/3/2022, mẹ là ...") or anyone's with their parents, residence or ID after it ("ông Lý Văn
  Bình, 12/5/1960, trú tại ...");
* a year one space after the name, in a table whose columns a PDF ran together, under a
  "Năm sinh" header a few lines above, when two names or more have one ("Đoàn Văn Khởi 1941
  HT40...").
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Iterable, Iterator

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
#: a year set off by a comma, a dash, a pipe or a tab (a sheet's next cell), closed by a
#: comma, a dash, a pipe, a tab, a bracket, ";" or the end of the line (not a date, a range
#: or a longer number)
_SET_OFF = re.compile(
    r"(?:[ \t]*[,\-\u2013|][ \t]*|[ \t]*\t[ \t]*)(?P<y>(?:19|20)\d\d)"
    r"(?=[ \t]*(?:[,;)|\r\n\t]|[-\u2013][ \t]|$))"
)
#: a year after chat's "ns" (ngày sinh / năm sinh) right after the name ("kieu duc thuyet ns
#: 1997 que ...", folded): alone "ns" may be nanoseconds or a budget ("ngân sách 2024"); after
#: a name it is the person's birth
_NS_AFTER = re.compile(r"[ \t]*,?[ \t]*n\.?s[ \t]*[.:]?[ \t]*(?P<y>(?:19|20)\d\d)(?![\d/.\-])")
#: the same after a space alone, closed by a comma, ";", "và" or the end of the line
#: ("lai van hoach 1956, toan thi nhan 1962 va quan thi loan 1970,"): a list typed in chat
_CHAT_SPACED = re.compile(
    r"[ \t]+(?P<y>(?:19|20)\d\d)(?=[ \t]*(?:[,;.\r\n]|$)|[ \t]+(?:va|và|voi|với)[ \t])"
)
#: a year one space after the name and before the next cell's word, in a table whose columns
#: a PDF ran together ("Hồ Văn Tím 1955 HN2797941649151" under "Chủ hộ Năm sinh Mã BHYT"):
#: counted only under a "năm sinh" header and for two names or more
_SPACED = re.compile(r" (?P<y>(?:19|20)\d\d)(?= \S|[ \t]*(?:\r?\n|$))")
_BIRTH_HEADER = ("nam sinh", "ngay sinh")
#: a pipe or a tab right after a name: a table's next cell
_ROW_CELL = re.compile(r"[ \t]*[|\t]")
#: a year one space after the name and right before where the person lives: counted for two
#: names or more, as a list's set-off years. Where the person lives is a home's unit word
#: (``_HOME_UNIT``) or an address the address detector found there (``_address_next``): a PDF
#: table's rows run into one line ("1 Lò Thị Bun 1985 bản Hua Pàu, xã Thuận Châu, ... 2 Cầm
#: Văn Ỏi 1979 bản Nong Lay, ..."), a list typed in chat ("1. vi van khoi 1972 ban chieng di
#: xa moc chau ..."). A comma after the year is ``_CHAT_SPACED``'s, read before this.
_SPACED_HOME = re.compile(r"[ \t]+(?P<y>(?:19|20)\d\d)[ \t]+(?=\S)")
#: a hamlet, a village, a group, a commune or ward, folded: no house number stands before these
_HOME_UNIT = re.compile(
    r"(?:ban|thon|xom|ap|buon|bon|plei|lang|soc|khom|to|to dan pho|tdp|khu pho|kp|xa|phuong)"
    r"[ \t]+[a-z0-9]"
)
#: a name field's label right before the name on its line ("+ Họ tên BN: ", "Họ và tên: "):
#: a year set off after the name it gives is that person's, even alone
_NAME_FIELD = re.compile(
    r"(?:ho[ \t]+va[ \t]+ten|ho[ \t]+ten|ho[ \t]*&[ \t]*ten)\b[^:\n]{0,24}:[ \t]*$"
)
_FIELD_REACH = 60
#: the fewest names with a set-off year that make a list of people with their years
_LISTED = 2
#: a bound on the people's age in years (folded): "trẻ dưới 5 tuổi", "chua du 6 tuoi", "< 3
#: tuổi", "under 5 years" (not months: "dưới 36 tháng" may be an age in months, "(22)")
_AGE_BOUND = re.compile(
    r"(?<![a-z])(?:duoi|nho[ \t]+hon|chua[ \t]+du|under|<)[ \t]*(?P<n>\d{1,2})[ \t]*"
    r"(?:tuoi|years?(?![a-z]))"
)
#: the oldest age bound that says the people are children
_CHILD_AGE = 18
#: a whole date set off by a comma right after a name and closed by a comma, ";" or a
#: bracket ("cháu Vũ Ngọc Trâm Anh, 4/3/2022, mẹ là ...")
_DATE_SET_OFF = re.compile(
    r"[ \t]*,[ \t]*(?P<d>(?P<day>\d{1,2})[/.\-](?P<month>\d{1,2})[/.\-](?P<y>(?:19|20)\d\d))"
    r"(?=[ \t]*[,;)])"
)
#: a child's word right before the name (folded): "cháu", "bé", "con", "trẻ"
_CHILD_BEFORE = re.compile(r"(?<![a-z])(?:chau|be|con|tre|em be)[ \t]+$")
#: what goes on about the person after the date (folded): their parents, residence, ID,
#: phone ("..., mẹ là chị ...", "..., trú tại ...", "..., CCCD ...")
_PERSON_AFTER = re.compile(
    r"[ \t]*[,;][ \t]*(?:me|cha|bo|ba|con)[ \t]+(?:la|cua|ten)(?![a-z])|"
    r"[ \t]*[,;][ \t]*(?:thuong tru|tam tru|cu tru|tru tai|tru o|que quan|que|noi o|dia chi|"
    r"cccd|cmnd|so dinh danh|sdt|dien thoai|gioi tinh)(?![a-z])"
)


def _age_bound(doc: Document) -> int | None:
    """The highest age in years the text bounds its people's below, when it is a child's
    ("dem so tre duoi 5 tuoi" -> 5), else None."""
    if "tuoi" not in doc.folded and "year" not in doc.folded:
        return None
    bounds = [int(m.group("n")) for m in _AGE_BOUND.finditer(doc.folded)]
    return max(bounds) if bounds and max(bounds) <= _CHILD_AGE else None


#: a name alone in brackets (the bracket before it and the one after it)
_ALIAS_CLOSE = re.compile(r"\([^()\n]+\)")


def _year(m: re.Match[str] | None) -> tuple[int, int] | None:
    if m is None:
        return None
    if not 1890 <= int(m.group("y")) <= _dt.date.today().year:
        return None
    return m.start("y"), m.end("y")


def _in_name_field(doc: Document, start: int) -> bool:
    """Whether the name at ``start`` is a name field's value: only the field's label stands
    before it on its line ("+ Họ tên BN: Mai Thị Thu Sương, 1958")."""
    line = doc.folded.rfind("\n", max(0, start - _FIELD_REACH), start) + 1
    return _NAME_FIELD.search(doc.folded, max(line, start - _FIELD_REACH), start) is not None


#: how many lines above a row its "năm sinh" header may stand
_HEADER_LINES = 8


def _under_birth_header(doc: Document, start: int) -> bool:
    """Whether a line among the few above ``start``'s holds a birth-year header."""
    folded = doc.folded
    top = folded.rfind("\n", 0, start)
    for _ in range(_HEADER_LINES):
        if top < 0:
            return False
        above = folded.rfind("\n", 0, top) + 1
        if any(h in folded[above:top] for h in _BIRTH_HEADER):
            return True
        top = above - 1
    return False


def _date_after_name(doc: Document, d: Detection) -> tuple[int, int] | None:
    """A whole date set off by commas right after the name ``d`` where it is that person's
    birth date: a child's ("khám cho cháu Vũ Ngọc Trâm Anh, 4/3/2022, mẹ là chị ...") or
    anyone's with their parents, residence or ID after it ("ông Lý Văn Bình, 12/5/1960, trú
    tại ..."); not a date of something else ("ông Hùng, 12/5/2026, đã nộp đơn")."""
    m = _DATE_SET_OFF.match(doc.text, d.end)
    if m is None:
        return None
    year, month, day = int(m.group("y")), int(m.group("month")), int(m.group("day"))
    try:
        born = _dt.date(year, month, day)
    except ValueError:
        return None
    if born > _dt.date.today() or year < 1890:
        return None
    folded = doc.folded
    child = _CHILD_BEFORE.search(folded, max(0, d.start - 8), d.start) is not None
    if not child and _PERSON_AFTER.match(folded, m.end()) is None:
        return None
    return m.start("d"), m.end("d")


#: what stands between a year after a name and an address right after it: a cell's pipe, a
#: tab, a comma or a dash, or a space alone ("| BẠCH VĂN KHIÊM | 1968 | THÔN ĐỒNG QUANG, ...",
#: "1. vi van khoi 1972 ban chieng di xa moc chau")
_TO_ADDRESS = re.compile(r"[ \t]*(?:[|,\-\u2013][ \t]*)?")


def _address_next(text: str, end: int, addresses: Callable[[], frozenset[int]]) -> bool:
    """Whether an address found by the address detector starts right after the year ending
    at ``end``: name, year, where the person lives, a household row's order. ``addresses``
    gives the found addresses' starts, gathered at the first call (a large table holds
    thousands of findings, and most texts never ask)."""
    m = _TO_ADDRESS.match(text, end)
    return m is not None and m.end() in addresses()


def years_after_names(doc: Document, found: Iterable[Detection]) -> Iterator[Detection]:
    """The birth years right after the names among ``found`` (see the module). ``found`` is
    read again where a row asks for the addresses (a list, or the engine's held columns, which
    rebuild each detection as it is read: never copied into a list whole)."""
    text = doc.text
    held: list[frozenset[int]] = []

    def addresses() -> frozenset[int]:
        if not held:
            held.append(frozenset(d.start for d in found if d.entity is EntityType.ADDRESS))
        return held[0]

    bracketed: list[tuple[int, int]] = []
    set_off: list[tuple[int, int]] = []
    short: list[tuple[int, int]] = []
    spaced: list[tuple[int, int]] = []
    headed: bool | None = None  # whether a birth-year header stands in the text (asked once)
    for d in found:
        if d.entity is not EntityType.PERSON or d.score < REPORT_FLOOR:
            continue
        if text.startswith(",", d.end) or text.startswith(" ,", d.end):
            at = _date_after_name(doc, d)
            if at is not None:
                bracketed.append(at)
                continue
        at = _year(_BRACKETED.match(text, d.end))
        if at is not None:
            bracketed.append(at)
            continue
        at = _year(_NS_AFTER.match(doc.folded, d.end))
        if at is not None:
            bracketed.append(at)
            continue
        two = _TWO_DIGITS.match(text, d.end)
        if two is not None:
            short.append((two.start("y"), two.end("y")))
            continue
        # a name in brackets after the nickname it gives ("be tit (nguyen khoi nguyen) 2020,
        # be mit (ha tue lam) 2021"): the year after the bracket is the child's
        after = d.end + 1 if _ALIAS_CLOSE.match(text, d.start - 1, d.end + 1) else d.end
        at = _year(_SET_OFF.match(text, after) or _CHAT_SPACED.match(text, after))
        if at is None:
            at = _year(home := _SPACED_HOME.match(text, after))
            if (
                at is not None
                and home is not None
                and _HOME_UNIT.match(doc.folded, home.end()) is None
                and not _address_next(text, at[1], addresses)
            ):
                at = None
        if at is not None:
            if _in_name_field(doc, d.start) or (
                _ROW_CELL.match(text, after) and _address_next(text, at[1], addresses)
            ):
                # a row's cells: the name, the year, the address ("| BẠCH VĂN KHIÊM | 1968 |
                # THÔN ĐỒNG QUANG, XÃ TIÊN DU, ..."): the person's birth, one row alone too
                bracketed.append(at)
            else:
                set_off.append(at)
            continue
        if headed is None:
            headed = any(h in doc.folded for h in _BIRTH_HEADER)
        if headed:
            at = _year(_SPACED.match(text, d.end))
            if at is not None and _under_birth_header(doc, d.start):
                spaced.append(at)
    spans = set(bracketed)
    # two digits in brackets are an age as often ("bà Hoa (87)"): a year where a zero leads
    # them (no age is written "04") or where the list's other names have their years in four
    # ("ung văn tài (97), ..., bế thị ngân (2001)")
    this_year = _dt.date.today().year % 100
    bound = _age_bound(doc) if short else None
    for start, end in short:
        value = int(text[start:end])
        if (
            bracketed
            or (text[start] == "0" and value <= this_year)
            # under an age bound: a number above it is no age, and a year of this century
            or (bound is not None and bound < value <= this_year)
        ):
            spans.add((start, end))
    if len(set(set_off)) >= _LISTED:
        spans.update(set_off)
    if len(set(spaced)) >= _LISTED:
        spans.update(spaced)
    for start, end in sorted(spans):
        yield _SHAPE.hit(DOB_DETECTOR, start, end, scores.BIRTH_YEAR_CUED, True, "after name")
