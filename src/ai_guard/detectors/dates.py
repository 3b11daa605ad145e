"""Dates of birth (DATE_OF_BIRTH): a date or year that a birth cue introduces.

Cues: "sinh ngày", "ngày sinh", "ngày, tháng, năm sinh", "sinh năm", "năm sinh", "SN",
"(sinh 1985)", "DOB", "date of birth", "born (on)". A date elsewhere (a document's date, a
deadline) is not personal data and is never reported. "phát sinh ngày", "học sinh năm",
"Giáng sinh ngày", "khai sinh ngày" are not birth cues.

Accepted forms after the cue: 12/03/1985, 12-3-1985, 12.03.1985, 1985-03-12,
"12 tháng 3 năm 1985", "ngày 12 tháng 03 năm 1985", "12 March 1985", "March 12, 1985", a
month and year ("sinh tháng 5 năm 2003", "sinh thang 5/2003", from "tháng"), and a
bare year (1900-this year) after "sinh năm"/"năm sinh"/"SN"/"born in"; and (birth_shapes.py)
a Roman month ("17-IX-1962"), a two-digit year ("5/3/61"), the year in words after "sinh năm",
a markup field's value ("<NamSinh>1949</NamSinh>", an input named "ngaysinh"). The date must
exist in the calendar and not lie in the future (validation).

A personnel record's family section ("Quan hệ gia đình", form 2C) lists relatives as
"- Bố: Chế Văn Hiển, 1962, nghỉ hưu": the bare year after a relative's name there is that
person's birth year (read only after the section's heading: elsewhere "Bố: ..., 1962" may be
any year).

In a text that speaks of age or birth years ("tuổi", "năm sinh"), a bare year right after a
full name that makes a whole list item is that person's birth year ("1 chu thi hanh 1975 0862
147 305", "dưới 45 tuổi: trần quốc khánh 1982, lê thị thu 1979"); so is a bare year after "ns"
right after a full name ("bn phan thị kim xuyến ns 1959"; "dự toán ns 2025" is a budget).

In a record holding a citizen's 12-digit number (a SQL row, a CSV line, a JSON object), a full
date whose year is the birth year that number gives (its digits 4-6) is that citizen's birth
date, cue or none (``('Nông Văn Thuấn', '020088415736', '1988-03-17')``): a date of issue
falls in the card's own years, after its holder's 14th.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import re
from collections.abc import Iterator
from typing import Final

from ai_guard.detectors import _cues, scores
from ai_guard.detectors.base import Detection, Shape
from ai_guard.detectors.birth_shapes import (
    markup_value,
    roman_month_date,
    short_year_date,
    year_in_words,
)
from ai_guard.detectors.identity import cccd_birth_year
from ai_guard.models import EntityType
from ai_guard.text import Document, fold_word
from ai_guard.text.numbers import number_runs, read_number_words, read_year_words
from ai_guard.text.tables import column_header

__all__ = ["DateOfBirthDetector"]

#: "ns" (ngày sinh) is a birth cue before a colon, or in chat before a whole numeric date
#: ("ho ten ..., ns 12/09/1996, cccd ..."), a child's kin word between ("ns chau 29/09/2026");
#: not before a year alone ("5 ns", nanoseconds)
_NS_KIN = r"(?:chau|be|con|em)"
_NS_AHEAD = (
    r"(?=\s*:|[ \t]+(?:" + _NS_KIN + r"[ \t]+)?\d{1,2}[/.\-]\d{1,2}[/.\-]"
    r"(?:(?:19|20)\d\d|\d\d)(?!\d))"
)
_CUE = re.compile(
    r"(?<![a-z])(?:"
    # (a field's name glued or in snake case too: "ngaySinh", "ngay_sinh", "date_of_birth")
    r"(?P<day>sinh[\s_]*ngay|ngay\s*,?\s*thang\s*,?\s*nam\s+sinh|ngay[\s_]*sinh|"
    r"date[\s_]+of[\s_]+birth|d\.?o\.?b\.?|born(?:\s+on)?|birth[\s_]*date|birthday"
    # French, in a letter or a sworn statement given to translate: "née le", "date de naissance"
    r"|nee?\s+le|date\s+de\s+naissance"
    # a birthday with its year ("sinh nhat c la 09/11/1990", "sinh nhật của anh vào ngày")
    r"|sinh\s+nhat(?!\s+(?:cong\s+ty|co\s+quan|truong|don\s+vi|doan|dang|nganh|bao|web))"
    r"(?:\s+[a-z]{1,6}){0,3}?\s+(?:la|vao(?:\s+ngay)?|ngay))"
    r"|(?P<year>sinh\s+nam|nam[\s_]*sinh|sn|ns" + _NS_AHEAD + r"|born\s+in|sinh)"
    r")(?![a-z])"
)
_KEYWORD = re.compile(
    r"(?:s(?:inh|n)|ns" + _NS_AHEAD + r"|b(?:irth|orn)|d\.?o\.?b|naissance|nee?\s+le)(?![a-z])"
)
#: the words glued before "sinh" in a field's name: "ngaySinh", "namSinh"
_GLUED = ("ngay", "nam")
_NOT_BEFORE = ("phat ", "hoc ", "giang ", "khai ", "tai ", "sang ", "hy ", "ve ", "tro ")
#: a clause opening with a class of people, up to a birth cue: the cue then says which
#: people form the group ("trẻ sinh năm 2020", "học sinh đã hoàn thành ..., sinh năm 2015",
#: "công dân nam sinh năm 2008"), folded; a count or a list of them may open the clause
#: ("thống kê trẻ sinh năm 2020", "có bao nhiêu học sinh sinh năm 2012")
_COHORT = re.compile(
    r"[\s\d.)\-*•]*(?:(?:thong\s+ke|dem|tong\s+hop|ra\s+soat|(?:lap\s+)?danh\s+sach|ds"
    r"|so\s+luong|(?:co\s+)?bao\s+nhieu)\s+)?(?:cac\s+|nhung\s+|moi\s+)?(?:tre(?:\s+em|\s+nho)?|hoc\s+sinh|cong\s+dan"
    r"|thanh\s+nien|sinh\s+vien|hoc\s+vien|doi\s+tuong|nguoi\s+dan|cac\s+em|cac\s+chau"
    r"|con\s+em)(?![a-z])"
)
#: where such a clause opens: after a sentence's or a field's end, within this reach of the cue
_COHORT_REACH = 120
#: words that point at one person in such a clause (folded): "trẻ là con ông ..."
_HONORIFIC_WORDS = frozenset(
    {"ong", "ba", "anh", "chi", "em", "chau", "co", "chu", "bac", "con", "vo", "chong", "be"}
)
_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
} | {
    # French, as a letter given to translate writes them (folded: "août" is "aout")
    m: i
    for i, names in enumerate(
        [
            ("janv", "janvier"),
            ("fevr", "fevrier"),
            ("mars",),
            ("avr", "avril"),
            ("mai",),
            ("juin",),
            ("juil", "juillet"),
            ("aout",),
            ("sept", "septembre"),
            ("oct", "octobre"),
            ("nov", "novembre"),
            ("dec", "decembre"),
        ],
        start=1,
    )
    for m in names
}
#: what stands between a cue and its date: spaces, punctuation, a JSON or YAML field's quotes
#: and separators ("ngaySinh": "1990-07-14", ngay_sinh=14/07/1990), a table's bar between a
#: label's cell and its value's ("| Sinh ngày | 08/3/1976 |": a Word form of label-value pairs)
_SEP = r"[\s:,.\-–()\"'“”=|]*"
_HEADER_HINT = re.compile(r"ngay[ _]?sinh|nam[ _]?sinh|dob|birth|\bns\b")
# the same words with the "ns" edge checked in Python: a pattern opening with \b has no first
# characters to skip to, and scanned a megabyte 4x slower
_HEADER_WORDS = re.compile(r"ngay[ _]?sinh|nam[ _]?sinh|dob|birth|ns\b")
_WORD_CHAR = re.compile(r"\w")


def _header_hint(folded: str) -> bool:
    """Whether :data:`_HEADER_HINT` occurs in ``folded``."""
    for m in _HEADER_WORDS.finditer(folded):
        p = m.start()
        if m.group(0) != "ns" or p == 0 or not _WORD_CHAR.match(folded, p - 1):
            return True
    return False


_CELL_DATE = re.compile(
    r"(?P<full>\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}|\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2})(?![0-9])"
    r"|(?P<year>(?:19|20)\d{2})(?![0-9]|[/.\-]\d)"
    # a date a spreadsheet shows as its serial number (days since 1899-12-30: "28968" is
    # 23/04/1979), the cell's whole value: 10000 (1927) to 49999
    r"|(?P<serial>[1-4]\d{4})(?![0-9]|[/.,\-]\d)"
)
#: the day a spreadsheet's date serial counts from (Excel's 1900 system, past its 1900 leap
#: day: every serial of five digits)
_SERIAL_EPOCH = _dt.date(1899, 12, 30)
_SEP_RE = re.compile(_SEP)
#: a day and a month's name right before a year in a table cell ("14 Jan 1983"; folded)
_NAMED_MONTH_BEFORE = re.compile(r"(?<![0-9a-z])\d{1,2}[ \t]+([a-z]{3,9})\.?,?[ \t]+$")
_DATE = re.compile(
    # "ngày", "mùng"/"mồng" (a day of the first ten: "sinh mùng 9 tháng 4 năm 1978" went out)
    r"(?:ngay\s+)?(?:m[uo]ng\s+)?(?:"
    # (a PDF copy hyphenates a year at a line's end: "17/06/19-" then "89")
    r"(?P<d1>\d{1,2})\s*(?P<s1>[/.\-])\s*(?P<m1>\d{1,2})\s*(?P=s1)\s*"
    r"(?P<y1>\d{4}|\d{1,3}-\r?\n\d{1,3})"
    r"|(?P<y2>\d{4})(?P<s2>[/.\-])(?P<m2>\d{1,2})(?P=s2)(?P<d2>\d{1,2})"
    r"|(?P<d3>\d{1,2})\s+thang\s+(?P<m3>\d{1,2})\s*,?\s+nam\s+(?P<y3>\d{4})"
    r"|(?P<d4>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mn4>[a-z]{3,9})\.?,?\s+(?P<y4>\d{4})"
    r"|(?P<mn5>[a-z]{3,9})\.?\s+(?P<d5>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y5>\d{4})"
    # a ticket's or a visa's glued form ("17JUN1990", "05jan1988")
    r"|(?P<d6>\d{2})(?P<mn6>[a-z]{3})(?P<y6>\d{4})(?![a-z])"
    r")(?![0-9])"
)
#: the words that may stand between "ngày sinh" and the date: whose birth it is and a copula
#: ("của con tôi là", "of my son is"), at most six of them
_BRIDGE = re.compile(
    r"(?:(?:cua|con|toi|em|chau|be|minh|ong|ba|anh|chi|me|bo|vo|chong|nguoi|nay|do|ay|"
    r"la|thi|ghi|tren|giay|khai|trai|gai|nho|lon|of|my|his|her|son|daughter|child|is|was)"
    r"\s*[:,]?\s+){1,6}"
)
#: the person named between the cue and the date ("ngay sinh cua ong kieu van thuc, dung
#: la 02/09/1958"): "của", up to five words, "(đúng) là"
_NAMED_BRIDGE = re.compile(
    r"cua\s+(?:[a-z]+[ \t]+){0,4}[a-z]+[ \t]*,?[ \t]*(?:(?:dung|chinh xac)[ \t]+)?la[ \t]+"
)
_YEAR = re.compile(r"(?:nam\s+|in\s+)?(?P<y>(?:19|20)\d{2})(?![0-9]|[/.\-]\d)")


_DATE_SHAPE = Shape(EntityType.DATE_OF_BIRTH, "dob.date", scores.BASE_BIRTH_DATE)
_YEAR_SHAPE = Shape(EntityType.DATE_OF_BIRTH, "dob.year", scores.BASE_BIRTH_DATE)
_TABLE_COLUMN = Shape(EntityType.DATE_OF_BIRTH, "dob.table_column", scores.BASE_BIRTH_DATE)


_WORDS_SHAPE = Shape(EntityType.DATE_OF_BIRTH, "dob.words", scores.BASE_BIRTH_DATE)
_FAMILY_SHAPE = Shape(EntityType.DATE_OF_BIRTH, "dob.family", scores.BASE_BIRTH_DATE)
#: the heading of a personnel record's family section (form 2C: "Quan hệ gia đình"), folded
_FAMILY_HEADING = "quan he gia dinh"
#: how far after that heading its relatives are read
_FAMILY_SPAN = 3000
#: one relative's line in that section, folded: a list mark, the kinship ("Bố", "Mẹ", "Vợ",
#: "Con trai", "Ông nội", "Bố vợ"...), a colon or dash, the name (no digit, comma or colon),
#: a comma or bracket, then the bare year, closed by a comma, ";", ")" or the line's end
#: ("- Bố: Chế Văn Hiển, 1962, nghỉ hưu", "Vợ: Lê Thị Thu (1965)")
_FAMILY_LINE = re.compile(
    r"^[ \t]*(?:[-+*\u2022]|\d{1,2}[.)])?[ \t]*"
    r"(?:bo|me|cha|vo|chong|con(?:[ \t]+(?:trai|gai|ruot))?|anh(?:[ \t]+trai)?"
    r"|chi(?:[ \t]+gai)?|em(?:[ \t]+(?:trai|gai))?|(?:ong|ba)[ \t]+(?:noi|ngoai)"
    r"|(?:bo|me)[ \t]+(?:de|vo|chong))"
    r"[ \t]*[:\-\u2013][ \t]*[^\n\d,;:()]{2,60}?[ \t]*[,(][ \t]*"
    r"(?P<y>(?:19|20)\d\d)(?=[ \t]*(?:[,;)\r]|$))",
    re.MULTILINE,
)
_OCR_SHAPE = Shape(EntityType.DATE_OF_BIRTH, "dob.ocr", scores.BASE_BIRTH_DATE)
#: a numeric date after a birth cue where OCR read some digits as letters ("1O/1O/1940",
#: "l5/O6/1992"; folded text, so in lower case): the letters OCR confuses with digits
_OCR_DATE = re.compile(
    r"[0-9olisb]{1,2}\s*([/.\-])\s*[0-9olisb]{1,2}\s*\1\s*[0-9olisb]{4}(?![0-9a-z])"
)
_OCR_TO_DIGIT = str.maketrans("olisb", "01158")
#: real digits an OCR-read date must keep (the letters are the exception, not the rule)
_OCR_MIN_DIGITS = 4
_DAY_WORD = re.compile(r"(?:ngay|mung|mong)\s+")
_THANG = re.compile(r"\s+thang\s+")
_NAM = re.compile(r"\s*,?\s+nam\s+")
_DIGITS = re.compile(r"\d{1,4}(?![0-9])")
#: months with names of their own: tháng Giêng (1), tháng Chạp (12)
_MONTH_NAMES = {"gieng": 1, "chap": 12}


def _part(
    doc: Document, pos: int, most: int, after: re.Pattern[str] | None
) -> tuple[int, int, bool] | None:
    """A date part at ``pos`` in digits or in words (at most ``most`` words), followed by
    ``after`` when given: (value, where the part ends, whether it was in words)."""
    folded = doc.folded
    m = _DIGITS.match(folded, pos)
    if m is not None:
        if after is None or after.match(folded, m.end()):
            return int(m.group(0)), m.end(), False
        return None
    if after is None:
        year = read_year_words(doc.text, folded, pos)  # "một nghìn chín trăm tám mươi sáu"
        if year is not None:
            return year[0], year[1], True
        read = read_number_words(doc.text, folded, pos, most=most)
        return None if read is None else (int(read[0]), read[1][-1][1], True)
    for k in range(1, most + 1):
        read = read_number_words(doc.text, folded, pos, most=k)
        if read is None:
            return None
        digits, spans = read
        end = spans[-1][1]
        if len(spans) == k and after.match(folded, end):
            return int(digits), end, True
        if len(spans) < k:
            return None
    return None


def _word_date(doc: Document, pos: int) -> tuple[int, int, tuple[int, int, int]] | None:
    """A date with some of its parts in Vietnamese words after a birth cue: "mười lăm tháng
    tám năm một chín tám lăm", "ngày 5 tháng Tám năm 1990", "mùng 2 tháng Giêng năm 1980", the
    year as a quantity too ("năm một nghìn chín trăm tám mươi sáu").
    Returns (start, end, (year, month, day)); None when no part is in words (the digit
    forms have their own pattern)."""
    folded = doc.folded
    # the span leaves the day's words out ("ngày", "mùng"/"mồng", both: "ngày mùng chín")
    start = pos
    for _ in range(2):
        lead = _DAY_WORD.match(folded, start)
        if lead is None:
            break
        start = lead.end()
    day = _part(doc, start, 3, _THANG)
    if day is None:
        return None
    thang = _THANG.match(folded, day[1])
    assert thang is not None
    mpos = thang.end()
    name = re.match(r"[a-z]+", folded[mpos : mpos + 6])
    if name and name.group(0) in _MONTH_NAMES and _NAM.match(folded, mpos + name.end()):
        month: tuple[int, int, bool] | None = (_MONTH_NAMES[name.group(0)], mpos + name.end(), True)
    else:
        month = _part(doc, mpos, 2, _NAM)
    if month is None:
        return None
    nam = _NAM.match(folded, month[1])
    assert nam is not None
    year = _part(doc, nam.end(), 4, None)
    if year is None or year[0] < 1000 or not (day[2] or month[2] or year[2]):
        return None
    if year[2] and folded[year[1] : year[1] + 1].isalpha():
        return None
    return start, year[1], (year[0], month[0], day[0])


_MONTH_YEAR_SHAPE = Shape(EntityType.DATE_OF_BIRTH, "dob.month_year", scores.BASE_BIRTH_DATE)
#: "tháng" opening a birth month (folded), and what may stand between the month and its year:
#: "năm" ("tháng 5 năm 2003") or a slash or dash ("tháng 5/2003")
_THANG_OPENS = re.compile(r"thang\s+")
_MONTH_YEAR_GAP = re.compile(r"\s*,?\s+nam\s+|\s*[/\-.]\s*")


def _month_year(doc: Document, pos: int) -> tuple[int, int, tuple[int, int]] | None:
    """A birth month and year after a cue, the day left out: "sinh tháng 5 năm 2003", "sinh
    thang 5/2003", "sinh tháng Giêng năm 1980", the month or the year in words too ("sinh tháng
    năm năm hai nghìn linh ba"). Returns (start at "tháng", end, (year, month)); the month
    must be 1-12 and the year a birth year (tests/corpus/PROMPTS.md, holdout19: the span runs
    from the month word)."""
    folded = doc.folded
    lead = _THANG_OPENS.match(folded, pos)
    if lead is None:
        return None
    mpos = lead.end()
    name = re.match(r"[a-z]+", folded[mpos : mpos + 6])
    month: tuple[int, int, bool] | None
    if name and name.group(0) in _MONTH_NAMES:
        month = (_MONTH_NAMES[name.group(0)], mpos + name.end(), True)
    else:
        month = _part(doc, mpos, 2, _MONTH_YEAR_GAP)
    if month is None or not 1 <= month[0] <= 12:
        return None
    gap = _MONTH_YEAR_GAP.match(folded, month[1])
    if gap is None:
        return None
    year = _part(doc, gap.end(), 4, None)
    if year is None or year[0] < 1000 or (year[2] and folded[year[1] : year[1] + 1].isalpha()):
        return None
    if not year[2] and year[1] - gap.end() != 4:
        return None  # "tháng 5/20": no year
    return pos, year[1], (year[0], month[0])


def _ocr_date(folded: str, pos: int) -> tuple[int, int, tuple[int, int, int]] | None:
    """A numeric date at ``pos`` in which OCR read some digits as the letters it confuses
    with them (O/o, l/I/i, S/s, B), read back as digits: its span and (year, month, day);
    None unless it has at least four real digits and exists in the calendar (a letter
    pattern that happens to fit is then unlikely)."""
    m = _OCR_DATE.match(folded, pos)
    if m is None or sum(c.isdigit() for c in m.group()) < _OCR_MIN_DIGITS:
        return None
    if all(c.isdigit() or not c.isalpha() for c in m.group()):
        return None  # no letter at all: the plain date pattern's (it did not match)
    read = _DATE.fullmatch(m.group().translate(_OCR_TO_DIGIT))
    if read is None or not (read.group("d1") or read.group("y2")):
        return None
    parsed = DateOfBirthDetector._parse(read)
    if parsed is None or not _valid(*parsed):
        return None
    return m.start(), m.end(), parsed


#: a bare year after a year cue where OCR read a digit or two as letters ("sinh năm l985",
#: "SN 19B6"; folded): three real digits at least, read back as a year of this century or
#: the last that has come
_OCR_YEAR = re.compile(r"(?:nam\s+|in\s+)?(?P<y>[0-9olisb]{4})(?![0-9a-z]|[/.\-]\d)")
_OCR_YEAR_DIGITS = 3


def _ocr_year(folded: str, pos: int) -> tuple[int, int, int] | None:
    """The bare year at ``pos`` that OCR misread (its span and the year), or None."""
    m = _OCR_YEAR.match(folded, pos)
    if m is None:
        return None
    raw = m.group("y")
    if raw.isdigit() or sum(c.isdigit() for c in raw) < _OCR_YEAR_DIGITS:
        return None
    year = int(raw.translate(_OCR_TO_DIGIT))
    if not (year >= 1900 and _valid(year, 1, None)):
        return None
    return m.start("y"), m.end("y"), year


def _date_score(valid: bool) -> float:
    return scores.BIRTH_DATE_CUED if valid else scores.FAILED_STRONG_CONTEXT


def _serial_date(doc: Document, m: re.Match[str], header: str) -> _dt.date | None:
    """The birth date a spreadsheet cell shows as its serial number (``m``'s ``serial``: a
    column formatted as a number, "28968" for 23/04/1979), when the cell holds nothing else
    (a tab, a bar, a semicolon, a comma or the line's end after it, spaces aside), its column
    is a birth date's, not a birth year's ("Năm sinh" holds years), and the date is a past
    one; None otherwise."""
    if header.startswith("nam"):
        return None  # "Năm sinh": a year's column ("Ngày tháng năm sinh" is a date's)
    text = doc.text
    end = m.end()
    while end < len(text) and text[end] == " ":
        end += 1
    if end < len(text) and text[end] not in "\t|;,\r\n":
        return None
    date = _SERIAL_EPOCH + _dt.timedelta(days=int(m.group("serial")))
    return date if _valid(date.year, date.month, date.day) else None


def _valid(year: int, month: int, day: int | None) -> bool:
    today = _dt.date.today()
    if not 1890 <= year <= today.year:
        return False
    if day is None:
        return True
    try:
        return _dt.date(year, month, day) <= today
    except ValueError:
        return False


#: a date restated in brackets right after a birth date (a birth extract writes it in words
#: too: "02/09/2024 (ngày hai tháng chín năm hai nghìn không trăm hai mươi tư)")
_RESTATED = re.compile(r"[ \t]*\([ \t]*")


def _restated(doc: Document, end: int) -> tuple[int, int] | None:
    """The span of the same birth date restated in words in brackets right after a birth date
    ending at ``end`` (from its "ngày"), or None."""
    opened = _RESTATED.match(doc.folded, end)
    if opened is None:
        return None
    said = _word_date(doc, opened.end())
    if said is None:
        return None
    return opened.end(), said[1]


def _cohort(doc: Document, cue_at: int) -> bool:
    """Whether the birth cue at ``cue_at`` says which people form a group: its clause opens
    with a class of people (``_COHORT``) and names no one between (no capitalised word after
    the clause's first, no honorific): a plan's or a notice's "trẻ sinh năm 2020", not "trẻ
    Nguyễn Văn An sinh năm 2020", not "cháu An, sinh năm 2020", not a name typed in lower
    case after the class ("công dân đặng văn ngự, sinh ngày ...")."""
    folded, text = doc.folded, doc.text
    lo = max(0, cue_at - _COHORT_REACH)
    opening = max(folded.rfind(c, lo, cue_at) for c in ".:;\n(") + 1
    if opening == 0 and lo > 0:
        return False  # no clause's opening within reach
    m = _COHORT.match(folded, opening, cue_at)
    if m is None:
        return False
    words = text[m.end() : cue_at].split()
    if words:
        from ai_guard.detectors.person.lexicon import lexicons  # (person reads dates' shapes)

        if fold_word(words[0].strip(",")) in lexicons().surnames:
            return False  # "công dân đặng văn ngự, sinh ngày ...": one citizen, typed plain
    return not any(w[:1].isupper() for w in words) and not any(
        fold_word(w.strip(",")) in _HONORIFIC_WORDS for w in words
    )


class DateOfBirthDetector:
    id: Final = "vn.date_of_birth"
    entities = (EntityType.DATE_OF_BIRTH,)

    def detect(self, doc: Document) -> Iterator[Detection]:
        starts: set[int] = set()
        for hit in self._detect(doc):
            starts.add(hit.start)
            yield hit
            again = _restated(doc, hit.end)
            if again is not None and again[0] not in starts:
                starts.add(again[0])
                yield _WORDS_SHAPE.hit(
                    self.id, again[0], again[1], scores.BIRTH_DATE_CUED, True, hit.context
                )
        for hit in _record_dates(doc):
            if hit.start not in starts:  # found after its cue already
                yield hit

    def _detect(self, doc: Document) -> Iterator[Detection]:
        folded = doc.folded
        if (
            "sinh" in folded
            or "birth" in folded
            or "born" in folded
            or "naissance" in folded
            or "ne le" in folded
            or "nee le" in folded
            or ("dob" in folded or "sn" in folded or "d.o.b" in folded)
            or "ns" in folded
        ):
            yield from self._cued(doc)
            seen: set[int] = set()
            for hit in self._table_cells(doc):
                seen.add(hit.start)
                yield hit
            if "ngay sinh" in folded:
                for hit in _delimited_rows(doc):
                    if hit.start not in seen:
                        seen.add(hit.start)
                        yield hit
                yield from _field_lines(doc, seen)
                yield from _flat_rows(doc, seen)
                if ":" in folded:
                    yield from _dates_listed_after(doc, seen)
        yield from self._family(doc)  # its heading holds none of those words
        if "tuoi" in folded or "nam sinh" in folded:
            yield from _listed_years(doc)
        else:  # no word of age or birth: rows of a list of people, or a patient's line
            yield from _listed_years(doc, rows=True)
        yield from _named_years(doc)
        if " ns " in folded:
            yield from _ns_years(doc)
        if "\n" in folded:
            yield from _listed_dates(doc)

    def _family(self, doc: Document) -> Iterator[Detection]:
        """Bare years after relatives' names in a personnel record's family section."""
        folded = doc.folded
        at = folded.find(_FAMILY_HEADING)
        if at == -1:
            return
        stop = min(len(folded), at + _FAMILY_SPAN)
        for m in _FAMILY_LINE.finditer(folded, at + len(_FAMILY_HEADING), stop):
            year = int(m.group("y"))
            if _valid(year, 1, None):
                yield _FAMILY_SHAPE.hit(
                    self.id, m.start("y"), m.end("y"), scores.BIRTH_YEAR_CUED, True, _FAMILY_HEADING
                )

    def _table_cells(self, doc: Document) -> Iterator[Detection]:
        """Dates in the birth-date column of a table or CSV ("| Ngày sinh |", "ngay_sinh")."""
        if not _header_hint(doc.folded):
            return
        text = doc.text
        for m in _CELL_DATE.finditer(text):
            if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "/.-"):
                continue
            header = _cues.BIRTH_DATE_HEADER.header(doc, m.start())
            if header is None or _delivery_column(doc, m.start()):
                continue
            if m.group("serial"):
                serial = _serial_date(doc, m, header)
                if serial is not None:
                    yield _TABLE_COLUMN.hit(
                        self.id, m.start(), m.end(), _date_score(True), True, header
                    )
                continue
            start = m.start()
            full = _DATE.match(doc.folded, start) if m.group("full") else None
            if full is None and m.group("year"):
                # "14 Jan 1983", "27 Nov 1976": the year ends a date whose month is a word
                named = _NAMED_MONTH_BEFORE.search(doc.folded, max(0, start - 14), start)
                if named is not None and named.group(1) in _MONTHS:
                    full = _DATE.match(doc.folded, named.start())
                    start = named.start() if full is not None else start
            parsed = self._parse(full) if full is not None else None
            if parsed is not None:
                year, month, day = parsed
                valid = _valid(year, month, day)
            else:
                valid = _valid(int(m.group("year")), 1, None) if m.group("year") else False
            yield _TABLE_COLUMN.hit(self.id, start, m.end(), _date_score(valid), valid, header)

    def _cued(self, doc: Document) -> Iterator[Detection]:
        folded = doc.folded
        for cue in self._cues(folded):
            if folded[max(0, cue.start() - 6) : cue.start()].endswith(_NOT_BEFORE):
                continue
            if cue.group(0).startswith("sinh") and _cohort(doc, cue.start()):
                continue  # "1. Lớp 1: trẻ sinh năm 2020 cư trú ...": a group, no one's birth
            sep = _SEP_RE.match(folded, cue.end())
            pos = sep.end() if sep else cue.end()
            tagged = markup_value(folded, cue.start(), cue.end())
            if tagged is not None:  # <NamSinh>1949</NamSinh>, name="ngaysinh" ... value="..."
                pos = tagged
            elif pos - cue.end() > 12:
                continue
            m = _DATE.match(folded, pos)
            if m is None and (cue.group("day") or cue.group(0).startswith("ns")):
                # "ngày sinh của con tôi là 03/11/2015": a few words naming whose birth it is
                for bridging in (_BRIDGE, _NAMED_BRIDGE):
                    bridge = bridging.match(folded, pos)
                    if bridge is None:
                        continue
                    m = _DATE.match(folded, bridge.end())
                    if m is not None and not m.group("d1") and not m.group("y2"):
                        m = None  # only a full numeric date after such words
                    if m is not None:
                        break
            if m:
                parsed = self._parse(m)
                if parsed is None:
                    continue
                year, month, day = parsed
                # the span leaves the day's words out ("ngày", "mùng", "ngày mùng")
                start = m.start()
                for _ in range(2):
                    lead = _DAY_WORD.match(folded, start, m.end())
                    if lead is None:
                        break
                    start = lead.end()
                valid = _valid(year, month, day)
                context = " ".join(cue.group(0).split())
                yield _DATE_SHAPE.hit(self.id, start, m.end(), _date_score(valid), valid, context)
                continue
            other = roman_month_date(folded, pos) or short_year_date(folded, pos)
            if other is not None:  # "17-IX-1962", "5/3/61" (birth_shapes)
                start, end, (year, month, day) = other
                context = " ".join(cue.group(0).split())
                yield _DATE_SHAPE.hit(self.id, start, end, _date_score(True), True, context)
                continue
            ocr = _ocr_date(folded, pos)
            if ocr is not None:
                start, end, (year, month, day) = ocr
                context = " ".join(cue.group(0).split())
                yield _OCR_SHAPE.hit(self.id, start, end, _date_score(True), True, context)
                continue
            spoken = _word_date(doc, pos)
            if spoken is not None:
                start, end, (year, month, day) = spoken
                valid = _valid(year, month, day)
                context = " ".join(cue.group(0).split())
                yield _WORDS_SHAPE.hit(self.id, start, end, _date_score(valid), valid, context)
                continue
            month_year = _month_year(doc, pos)
            if month_year is not None and (
                cue.group(0) != "sinh" or folded[pos - 1 : pos] in ("(", " ", ":")
            ):
                start, end, (year, month) = month_year
                if _valid(year, month, None):
                    context = " ".join(cue.group(0).split())
                    yield _MONTH_YEAR_SHAPE.hit(
                        self.id, start, end, scores.BIRTH_DATE_CUED, True, context
                    )
                continue
            y = _YEAR.match(folded, pos)
            if y is None and cue.group("year") and cue.group(0) != "sinh":
                said = year_in_words(doc, pos)  # "sinh năm một nghìn chín trăm năm mươi tư"
                if said is not None:
                    context = " ".join(cue.group(0).split())
                    yield _WORDS_SHAPE.hit(
                        self.id, said[0], said[1], scores.BIRTH_YEAR_CUED, True, context
                    )
                    continue
            if y is None and (cue.group("year") or cue.group("day")):
                ocr_year = _ocr_year(folded, pos)
                if ocr_year is not None and not (
                    cue.group(0) == "sinh" and folded[pos - 1 : pos] not in ("(", " ", ":")
                ):
                    start, end, year = ocr_year
                    context = " ".join(cue.group(0).split())
                    yield _OCR_SHAPE.hit(self.id, start, end, scores.BIRTH_YEAR_CUED, True, context)
                continue
            if y and (cue.group("year") or cue.group("day")):
                if cue.group(0) == "sinh" and folded[pos - 1 : pos] not in ("(", " ", ":"):
                    continue
                year = int(y.group("y"))
                valid = _valid(year, 1, None)
                if not valid:
                    continue
                context = " ".join(cue.group(0).split())
                yield _YEAR_SHAPE.hit(
                    self.id, y.start("y"), y.end("y"), scores.BIRTH_YEAR_CUED, True, context
                )

    @staticmethod
    def _cues(folded: str) -> Iterator[re.Match[str]]:
        """Birth cues, found from their key word (a fast literal scan), then matched whole in
        a small window around it."""
        last_end = -1
        for key in _KEYWORD.finditer(folded):
            p = key.start()
            if p > 0 and folded[p - 1].isalpha() and not folded.endswith(_GLUED, 0, p):
                continue  # inside a word, but for a field named "ngaySinh", "namSinh"
            for cue in _CUE.finditer(folded, max(0, p - 24), min(len(folded), p + 24)):
                if cue.start() <= p < cue.end() and cue.start() >= last_end:
                    last_end = cue.end()
                    yield cue
                    break

    @staticmethod
    def _parse(m: re.Match[str]) -> tuple[int, int, int] | None:
        g = m.groupdict()
        if g["y1"]:
            year = g["y1"]
            if len(year) != 4:  # hyphenated at a line's end: its four digits, or no year
                year = "".join(c for c in year if c.isdigit())
                if len(year) != 4:
                    return None
            return int(year), int(g["m1"]), int(g["d1"])
        if g["y2"]:
            return int(g["y2"]), int(g["m2"]), int(g["d2"])
        if g["y3"]:
            return int(g["y3"]), int(g["m3"]), int(g["d3"])
        for mn, d, y in (("mn4", "d4", "y4"), ("mn5", "d5", "y5"), ("mn6", "d6", "y6")):
            if g[y]:
                month = _MONTHS.get(g[mn])
                if month is None:
                    return None
                return int(g[y]), month, int(g[d])
        return None


def _delivery_column(doc: Document, pos: int) -> bool:
    """Whether ``pos`` stands under "Ngày sinh con" in a list of mothers' maternity claims,
    beside "Nghỉ từ" / "Nghỉ đến": the day the claimant gave birth, which starts her leave, not
    a listed person's own birth date."""
    header = column_header(doc, pos)
    return header is not None and header.startswith("ngay sinh con")


#: a header cell (folded) that names the birth-date column of a delimited row
_BIRTH_CELLS = frozenset(
    ("ngay sinh", "ngay thang nam sinh", "ngay, thang, nam sinh", "ngay/thang/nam sinh")
)
#: the separators of rows typed or pasted as delimited text, in the order they are tried
_ROW_SEPARATORS = (";", "|", "\t")
#: how many lines below its header a row is looked for, and how many lines that are not rows
#: (a note, a signature pasted into the table) may stand between two rows
_ROWS_REACH = 60
_NOT_ROWS = 3
_DATE_CELL = re.compile(r"[ \t]*(\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4})[ \t]*$")


def _delimited_rows(doc: Document) -> Iterator[Detection]:
    """Dates under a "Ngày sinh" header cell of rows delimited by ";", "|" or tabs, found from
    the header itself: a header the table reader does not take (a digit in another cell:
    "SBD;Họ tên;Ngày sinh;CCCD;Điểm vòng 2"), rows a note line interrupts ("Hội đồng thi tuyển
    ..." between two rows). Only rows with the header's number of separators are read; a date
    in another column, or in a line of prose, stays a date."""
    folded = doc.folded
    pos = folded.find("ngay sinh")
    while pos >= 0:
        ls = folded.rfind("\n", 0, pos) + 1
        le = folded.find("\n", pos)
        le = len(folded) if le < 0 else le
        line = folded[ls:le]
        for sep in _ROW_SEPARATORS:
            count = line.count(sep)
            if count < 2:
                continue
            cells = [c.strip(" \t*") for c in line.split(sep)]
            columns = [i for i, c in enumerate(cells) if c in _BIRTH_CELLS]
            if len(columns) == 1 and _DATE.search(line) is None:
                yield from _column_dates(doc, le, sep, count, columns[0])
            break
        pos = folded.find("ngay sinh", le)


def _column_dates(
    doc: Document, pos: int, sep: str, count: int, column: int
) -> Iterator[Detection]:
    """The dates in cell ``column`` of the rows below a header line ending at ``pos``."""
    text = doc.text
    misses = 0
    for _ in range(_ROWS_REACH):
        if pos >= len(text) or misses > _NOT_ROWS:
            return
        ls = pos + 1
        le = text.find("\n", ls)
        le = len(text) if le < 0 else le
        pos = le
        line = text[ls:le]
        if line.count(sep) != count:
            misses += 1
            continue
        misses = 0
        cell_start = ls
        for _ in range(column):
            cell_start = text.index(sep, cell_start, le) + 1
        cell_end = text.find(sep, cell_start, le)
        m = _DATE_CELL.match(text, cell_start, le if cell_end < 0 else cell_end)
        if m is None:
            continue
        read = _DATE.match(doc.folded, m.start(1))
        parsed = DateOfBirthDetector._parse(read) if read is not None else None
        if parsed is None:
            continue
        valid = _valid(*parsed)
        yield _TABLE_COLUMN.hit(
            DateOfBirthDetector.id, m.start(1), m.end(1), _date_score(valid), valid, "ngay sinh"
        )


#: a list flattened to one field per line: the header's own line ("Ngày sinh" alone), or the
#: columns named in a bracketed list ("bảng 6 cột (họ tên, ngày sinh, chức danh, ...)")
_FIELD_HEADER = re.compile(r"(?:^|\n)[ \t]*ngay sinh[ \t]*(?=\n)|\(([^()\n]{0,60}?)ngay sinh[,;)]")
#: a row's number alone on its line, and a date alone on its line
_ROW_NUMBER = re.compile(r"[ \t]*\d{1,3}[.)]?[ \t]*$")
_FIELD_DATE = re.compile(r"[ \t]*(\d{1,2}/\d{1,2}/\d{4})[ \t]*$")
#: how many lines after its row's number the birth date may stand (a name broken in two)
_FIELD_REACH = 4


#: "ngày sinh", a few words, and a colon that opens a list of where it is written ("ghi ngày
#: sinh khác kiểu: giấy khai sinh 1985.04.30, sổ hộ khẩu 30.4.85"; folded)
_LIST_CUE = re.compile(r"(?<![a-z])ngay[ \t]+sinh(?:[ \t]+[a-z]+){0,4}[ \t]*:")
#: a full date with its day, month and year (two or four digits), alone ("01/01/19xx" is none)
_LISTED_DATE = re.compile(
    r"(?<![0-9./\-])(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})|\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2})"
    r"(?![\w]|[/.\-]\d)"
)
#: a sentence's end (a dot before a space: a date's dots stand between digits)
_SENTENCE_END = re.compile(r"[!?\n]|\.(?=\s|$)")
#: a word of another date in an item: the date is that one ("ngày cấp", "hết hạn", "issued")
_OTHER_DATE = re.compile(r"(?<![a-z])(?:ngay|cap|het han|hieu luc|date|issued|expir)")
_LISTED_REACH = 200


def _dates_listed_after(doc: Document, seen: set[int]) -> Iterator[Detection]:
    """Birth dates listed after "ngày sinh ...:" in the same sentence, each in an item of its
    own (between commas or semicolons) with no other date's word in it: the same birth date
    as two papers write it ("... khác kiểu: giấy khai sinh 1985.04.30, sổ hộ khẩu 30.4.85")."""
    folded = doc.folded
    for cue in _LIST_CUE.finditer(folded):
        stop = min(len(folded), cue.end() + _LISTED_REACH)
        end = _SENTENCE_END.search(folded, cue.end(), stop)
        stop = end.start() if end is not None else stop
        for m in _LISTED_DATE.finditer(folded, cue.end(), stop):
            item = max(
                folded.rfind(",", cue.end(), m.start()), folded.rfind(";", cue.end(), m.start())
            )
            if m.start() in seen or _OTHER_DATE.search(folded, max(item, cue.end()), m.start()):
                continue
            parsed: tuple[int, int, int] | None = None
            read = _DATE.match(folded, m.start())
            if read is not None and read.end() == m.end():
                parsed = DateOfBirthDetector._parse(read)
            else:
                # (the date alone: a sentence's dot after it is no date's)
                short = short_year_date(m.group(), 0)
                if short is not None and short[1] == m.end() - m.start():
                    parsed = short[2]
            if parsed is None or not _valid(*parsed):
                continue
            seen.add(m.start())
            yield _DATE_SHAPE.hit(
                DateOfBirthDetector.id, m.start(), m.end(), _date_score(True), True, "ngay sinh"
            )


def _field_lines(doc: Document, seen: set[int]) -> Iterator[Detection]:
    """Birth dates of a list flattened to one field per line, under a header that names the
    birth date as its first date column ("STT⏎Họ và tên⏎Ngày sinh⏎Số định danh", or "(họ tên,
    ngày sinh, chức danh, ...)"): in each record, which starts at a row's number alone on its
    line, the first date alone on its line within a few lines is the birth date. Other dates of
    the record (an appointment, a retirement) and dates in prose stay dates."""
    folded = doc.folded
    m = _FIELD_HEADER.search(folded)
    if m is None:
        return
    before = m.group(1) if m.group(1) is not None else _lines_above(folded, m.start(), 6)
    if "ngay" in before:
        return  # another date column comes first: which date is the birth is not known
    text = doc.text
    pos = folded.find("\n", m.end() - 1)
    row_line = -1
    line_no = 0
    while 0 <= pos < len(text):
        ls = pos + 1
        le = text.find("\n", ls)
        le = len(text) if le < 0 else le
        pos = le if le < len(text) else -1
        line_no += 1
        if _ROW_NUMBER.match(text, ls, le) is not None and ls < le:
            row_line = line_no
            continue
        if row_line < 0 or line_no - row_line > _FIELD_REACH:
            continue
        date = _FIELD_DATE.match(text, ls, le)
        if date is None:
            continue
        row_line = -1  # the record's first date only
        read = _DATE.match(folded, date.start(1))
        parsed = DateOfBirthDetector._parse(read) if read is not None else None
        if parsed is None or date.start(1) in seen:
            continue
        valid = _valid(*parsed)
        yield _TABLE_COLUMN.hit(
            DateOfBirthDetector.id,
            date.start(1),
            date.end(1),
            _date_score(valid),
            valid,
            "ngay sinh",
        )


def _lines_above(folded: str, pos: int, most: int) -> str:
    """The ``most`` lines above ``pos`` (a vertical header's earlier cells)."""
    lo = pos
    for _ in range(most):
        lo = folded.rfind("\n", 0, max(0, lo - 1))
        if lo < 0:
            return folded[:pos]
    return folded[lo:pos]


#: a table flattened onto one line: its header's first cell, then the birth-date cell
_FLAT_HEADER = re.compile(r"(?<![a-z])stt(?![a-z])[^\n\d]{0,80}?(?<![a-z])ngay sinh(?![a-z])")
_FLAT_DATE = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/\d{4}(?![\d/])")
_FIRST_DIGIT = re.compile(r"\d")


def _flat_rows(doc: Document, seen: set[int]) -> Iterator[Detection]:
    """Birth dates of a table flattened onto one line ("STT Họ và tên Lớp Ngày sinh Đối tượng
    ... SĐT 1 Phan Thị Thanh Trúc 10A4 05/03/2011 Hộ nghèo ... 2 ..."): when the header, from
    "STT" to its last word before the first row's number, names one date column and it is the
    birth date, every date of the rows after it on that line is a birth date."""
    folded = doc.folded
    for m in _FLAT_HEADER.finditer(folded):
        le = folded.find("\n", m.end())
        le = len(folded) if le < 0 else le
        digit = _FIRST_DIGIT.search(folded, m.end(), le)
        if digit is None:
            continue
        header = folded[m.start() : digit.start()]
        if header.count("ngay") != 1 or "date" in header or "nam" in header.split():
            continue  # another date column: which date is the birth is not known
        for date in _FLAT_DATE.finditer(doc.text, digit.start(), le):
            read = _DATE.match(folded, date.start())
            parsed = DateOfBirthDetector._parse(read) if read is not None else None
            if parsed is None or date.start() in seen:
                continue
            valid = _valid(*parsed)
            yield _TABLE_COLUMN.hit(
                DateOfBirthDetector.id,
                date.start(),
                date.end(),
                _date_score(valid),
                valid,
                "ngay sinh",
            )


_LISTED_SHAPE = Shape(EntityType.DATE_OF_BIRTH, "dob.listed", scores.BASE_BIRTH_DATE)
#: a bare year, not part of a date, a range or a longer number (folded view)
#: (one pattern led by each century's digits, a literal the engine skips to, the character
#: before looked behind from there: led by the look-behind, one pattern was tried at every
#: character)
_BARE_YEARS = tuple(re.compile(rf"{c}(?<![\d/.\-]{c})\d\d(?![\d]|[/.\-]\d)") for c in ("19", "20"))


def _years_in_order(folded: str, patterns: tuple[re.Pattern[str], ...]) -> list[re.Match[str]]:
    """The matches of ``patterns``, each led by a century's digits, in the text's order: the
    matches of the one pattern they split (a year's match ends before a non-digit, so none
    overlaps another)."""
    found = [m for p in patterns for m in p.finditer(folded)]
    found.sort(key=lambda m: m.start())
    return found


#: the unit word of where a listed person lives, then its name or number (folded): the field
#: after the birth year in a household's row ("lo thi xenh 1955 ban cang", "1959 thôn 3")
_RESIDENCE_FIELD = (
    r"(?:thon|xom|ap|ban|buon|bon|plei|soc|phum|khom|lang|to|tdp|kp|khu[ \t]+pho|"
    r"to[ \t]+dan[ \t]+pho)[ \t]+[a-z0-9]"
)
#: what may close a listed person's year: the line's or item's end, a bracket, the phone
#: after it, a chat word about the phone ("1982 ko co sdt", "1993 sdt cua chong ..."), or the
#: village or hamlet where the person lives
_LISTED_AFTER = re.compile(
    r"[ \t]*(?:$|[\n,;.()]|[-\u2013][ \t]|\d|(?:sdt|dt|ko|k|khong|chua)(?![a-z])|"
    + _RESIDENCE_FIELD
    + ")"
)
#: a bare year right after a name's item, set off by a comma, a dash or a bracket, or by a
#: space where the village or hamlet follows it (folded): the candidates of a list of people
#: in a text that says nothing of age or birth ("- lo thi xenh 1955 ban cang")
#: (one pattern led by each of the four characters, a literal the engine skips to: led by
#: their class, the pattern was tried at every one of them and then some)
_YEAR_AFTER_ITEMS = tuple(
    (c, re.compile(re.escape(c) + r"[ \t]*(?P<y>(?:19|20)\d\d)(?![\d]|[/.\-]\d)"))
    for c in ",-\u2013("
)
_AFTER_ITEM_PATTERNS = frozenset(p for _, p in _YEAR_AFTER_ITEMS)
#: the same after one space where the village or hamlet follows: one pattern for each space
#: or tab and century, led by the three characters (a literal the engine skips to; led by the
#: digits' class it was tried at every "1" and "2" of the text), the word's letter before
#: them looked behind
_YEARS_BEFORE_RESIDENCE = tuple(
    (
        sep + century,
        re.compile(
            rf"{sep}(?P<y>{century}\d\d)(?<=[a-z]{sep}\d\d\d\d)(?![\d]|[/.\-]\d)(?=[ \t]+"
            + _RESIDENCE_FIELD
            + ")"
        ),
    )
    for sep in " \t"
    for century in ("19", "20")
)
#: what may stand before the name in a person's row: an honorific, a patient ("bệnh nhân",
#: "bn"), folded
_ROW_CUES = frozenset({"cu", "ong", "ba", "anh", "chi", "benh", "bn", "chau", "be", "em"})
#: a row's number or bullet opening a list item ("1 chu thi hanh", "2) ...", "- ...")
_ITEM_MARK = re.compile(r"[ \t]*(?:\d{1,3}[.)]?|[-+*\u2022])[ \t]+")
#: how far before a year its item's start is looked for: a row number and a name of five
#: words fit many times over
_ITEM_REACH = 120
#: the fewest and most words of a full name read before a year (surname, middle, given)
_NAME_WORDS = (3, 5)


def _name_shaped(words: list[str]) -> bool:
    """A row's name whose given name the lexicon lacks ("kiều văn ngữ", "lò văn khiển"): a
    surname, a typical middle name ("văn", "thị", ...), then one or two words."""
    if not _NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1]:
        return False
    from ai_guard.detectors.person.lexicon import TYPICAL_MIDDLES, lexicons

    return (
        words[0] in lexicons().surnames
        and words[1] in TYPICAL_MIDDLES
        and all(w.isalpha() for w in words[2:])
    )


def _full_name(words: list[str]) -> bool:
    """Whether ``words`` (folded) read as one Vietnamese full name: a surname, middle or given
    names, a given name last; three to five words ("chu thi hanh", "hoang thi thu trang"). Two
    words are left out: "du toan" (dự toán, a budget) also reads as Dư Toàn."""
    if not _NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1]:
        return False
    from ai_guard.detectors.person.lexicon import lexicons  # lazy: a cycle-free late import

    lex = lexicons()
    if words[0] not in lex.surnames or words[-1] not in lex.givens:
        return False
    return all(w in lex.middles or w in lex.givens for w in words[1:-1])


def _listed_years(doc: Document, *, rows: bool = False) -> Iterator[Detection]:
    """Birth years after persons' names in a list, in a text that speaks of age or birth
    years ("lọc những ng dưới 45 tuổi: trần quốc khánh 1982, lê thị thu 1979", "check ds ...
    ⏎1 chu thi hanh 1975 0862 147 305⏎... xếp theo năm sinh"): a bare year right after a
    whole item that reads as a full name (the item opens the line, after its row number, or
    follows ":", "," or ";"; a dash or an honorific such as "Cụ" before the name allowed),
    closed by the item's end, a bracket, a dash or the phone that follows. A year after other
    words ("vào Đảng năm 1985", "quyết định 2019") stays a year.

    ``rows``: the text says nothing of age or birth; then the year must follow the name
    directly (", 1936,", " - 1971 - ", " (1962)") in a person's row: two such rows or more
    ("- Kiều Văn Ngữ, 1962, 57 Tô Hiến Thành ..." on each line of a list), or a patient's or
    an honorific's one ("Bệnh nhân Mai Xuân Trọng, 1968, địa chỉ ...")."""
    folded = doc.folded
    found: list[tuple[int, int, bool]] = []
    scans = (
        itertools.chain(
            *(p.finditer(folded) for c, p in _YEAR_AFTER_ITEMS if c in folded),
            # (a spaced year needs a space before a year's digits: a test in C first)
            *(
                pattern.finditer(folded)
                for literal, pattern in _YEARS_BEFORE_RESIDENCE
                if literal in folded and (" 19" in folded or " 20" in folded)
            ),
        )
        if rows
        else _years_in_order(folded, _BARE_YEARS)
    )
    for m in scans:
        start, end = (m.start("y"), m.end("y")) if rows else (m.start(), m.end())
        if _LISTED_AFTER.match(folded, end) is None:
            continue
        before = start
        if rows:  # the separator right after a word: "Nhàn, 1936", "Khiển - 1971", "Bông (1970)"
            before = m.start() if m.re in _AFTER_ITEM_PATTERNS else start - 1  # (the space's)
            word_end = before
            while word_end > 0 and folded[word_end - 1] in " \t":
                word_end -= 1
            if word_end == 0 or not folded[word_end - 1].isalpha():
                continue
            if folded[before] == "," and word_end != before:
                continue
        floor = max(0, before - _ITEM_REACH)  # (a one-line file: no scan back to its start)
        lo = max(folded.rfind(c, floor, before) for c in "\n:,;") + 1
        if lo == 0 and floor > 0:
            continue  # an item this long is no name
        mark = _ITEM_MARK.match(folded, lo, start)
        words = folded[mark.end() if mark else lo : before].replace("\u2013", "-").split()
        if words and words[-1] in ("-", "("):
            words.pop()
        cued = False
        if not (_full_name(words) or _name_shaped(words)):
            # "Cụ Bạch Thị Nhàn, 1936", "Bệnh nhân Mai Xuân Trọng, 1968" ("Bế Văn Lâm" is a
            # name whole: the cue is tried only when the whole item is none)
            cued = bool(words) and words[0] in _ROW_CUES
            rest = words[2:] if words[:2] == ["benh", "nhan"] else words[1:]
            if not cued or not (_full_name(rest) or _name_shaped(rest)):
                continue
        if not _valid(int(folded[start:end]), 1, None):
            continue
        found.append((start, end, cued))
    if rows and len(found) < 2:
        found = [f for f in found if f[2]]
    for start, end, _ in sorted(found):
        yield _LISTED_SHAPE.hit(
            DateOfBirthDetector.id, start, end, scores.BIRTH_YEAR_CUED, True, "listed"
        )


#: a bare year (folded), then what closes it after a person's name: a comma, a bracket, the
#: text's end, or "ở" (lives at) and a word ("ba noi chau kieu thi hot, 1940, nha ...", "bé bin
#: (nguyễn minh khôi, 2018)", "ba duong thi loan 1952 o so 3 ...")
_NAMED_YEAR = tuple(
    re.compile(rf"{c}\d\d(?![\d]|[/.\-]\d)(?=[ \t]*(?:[,)]|$)|[ \t]+o[ \t]+[a-z0-9])")
    for c in ("19", "20")  # (one led by each century: a literal the engine skips to)
)
#: what sets the year off from the name before it (folded, the text right before the year)
_SET_OFF = re.compile(r"(?:[ \t]*[,(][ \t]*|[ \t]+)$")


#: what opens a person's name just before its year: an honorific or a kin word ("ba", "chau",
#: "ong noi"), a household's head ("chủ hộ"), a bracket (folded, the word before); not a
#: label's colon ("Khen thưởng: Nguyễn Văn Hùng, 2023, hoàn thành ...": the year of the award)
_NAME_OPENERS = frozenset(_ROW_CUES | {"noi", "ngoai", "ho", "con", "vo", "chong", "("})


def _head_named(words: list[str], n: int) -> bool:
    """Whether the last ``n`` of ``words`` (folded) are a household head's name after "chủ
    hộ" ("chu ho giang seo lenh"): a lexicon surname, then words of letters only, whatever
    the given name (a Hmong or Thái name no lexicon holds)."""
    from ai_guard.detectors.person.lexicon import lexicons  # lazy: a cycle-free late import

    name = words[-n:]
    return (
        n + 2 <= len(words)
        and words[-n - 2 : -n] == ["chu", "ho"]
        and name[0] in lexicons().surnames
        and all(w.isalpha() for w in name)
    )


def _named_years(doc: Document) -> Iterator[Detection]:
    """A birth year right after a person's full name in chat, with no word of age or birth
    and no list (``_NAMED_YEAR``, ``_SET_OFF``): the three to five words before it read as a
    full name (``_full_name`` or ``_name_shaped``) and an honorific, a kin word, "chủ hộ" or a
    bracket stands right before the name ("chau kieu thi hot, 1940,", "chu ho giang seo lenh,
    1983,", "(nguyễn minh khôi, 2018)"). A year after any other words ("Khen thưởng: Nguyễn Văn
    Hùng, 2023, ...") stays a year."""
    folded = doc.folded
    for m in _years_in_order(folded, _NAMED_YEAR):
        start, end = m.span()
        if start > 0 and folded[start - 1] in "0123456789/.-":
            continue  # inside a number, a date or a range
        set_off = _SET_OFF.search(folded, max(0, start - 6), start)
        if set_off is None or not _valid(int(m.group()), 1, None):
            continue
        sep = set_off.group()
        if "," not in sep and "(" not in sep and not folded.startswith(" o ", end):
            continue  # a bare space before the year: only "<name> 1952 ở ..." counts
        before = set_off.start()
        if before == 0 or not folded[before - 1].isalpha():
            continue
        floor = max(0, before - _ITEM_REACH)
        words = folded[floor:before].replace("(", " ( ").replace(":", " : ").split()
        for n in range(_NAME_WORDS[0], _NAME_WORDS[1] + 1):
            if n >= len(words):
                break
            name, opener = words[-n:], words[-n - 1]
            if opener not in _NAME_OPENERS:
                continue
            if _full_name(name) or _name_shaped(name) or _head_named(words, n):
                yield _YEAR_SHAPE.hit(
                    DateOfBirthDetector.id, start, end, scores.BIRTH_YEAR_CUED, True, "named"
                )
                break


_NS_YEAR = re.compile(r"ns[ \t]+((?:19|20)\d\d)(?![\d]|[/.\-]\d)")


def _ns_years(doc: Document) -> Iterator[Detection]:
    """A bare year after "ns" (ngày sinh) right after a person's full name, as chat and
    clinical notes type it ("bn phan thị kim xuyến ns 1959"). Elsewhere "ns 2025" is a budget
    (ngân sách: "dự toán ns 2025") and stays a year."""
    folded = doc.folded
    pos = folded.find(" ns ")
    while pos >= 0:
        m = _NS_YEAR.match(folded, pos + 1)
        if m is not None and _valid(int(m.group(1)), 1, None):
            lo = max(folded.rfind(c, 0, pos) for c in "\n:,;(") + 1
            words = folded[lo:pos].split()
            if any(
                _full_name(words[-k:])
                for k in range(_NAME_WORDS[0], _NAME_WORDS[1] + 1)
                if k <= len(words)
            ):
                yield _YEAR_SHAPE.hit(
                    DateOfBirthDetector.id,
                    m.start(1),
                    m.end(1),
                    scores.BIRTH_YEAR_CUED,
                    True,
                    "ns",
                )
        pos = folded.find(" ns ", pos + 3)


#: a citizen's 12-digit number standing alone, a full date (day first or ISO, in
#: :data:`_DATE`'s groups for :meth:`DateOfBirthDetector._parse`), how far from the number a
#: date of its record is looked for (within its paragraph)
_TWELVE = re.compile(r"(?<![0-9])[0-9]{12}(?![0-9])")
_RECORD_DATE = re.compile(
    r"(?<![\d/.\-])(?:(?P<d1>\d{1,2})(?P<s1>[/.\-])(?P<m1>\d{1,2})(?P=s1)(?P<y1>(?:19|20)\d\d)"
    r"|(?P<y2>(?:19|20)\d\d)(?P<s2>[/.\-])(?P<m2>\d{1,2})(?P=s2)(?P<d2>\d{1,2}))"
    r"(?![\d]|[/.\-]\d)"
)
_RECORD_REACH = 160
_RECORD_SHAPE = Shape(EntityType.DATE_OF_BIRTH, "dob.record", scores.BASE_BIRTH_DATE)


def _record_dates(doc: Document) -> Iterator[Detection]:
    """Full dates in the record of a citizen's 12-digit number whose year is the birth year
    the number gives (see the module): each number's runs of digits are the numeric
    detectors' own (:func:`ai_guard.text.numbers.number_runs`)."""
    text = doc.text
    for s, e in number_runs(doc):
        if e - s < 12:
            continue
        for m in _TWELVE.finditer(text, s, e):
            year = cccd_birth_year(m.group())
            if year is None:
                continue
            reach = max(0, m.start() - _RECORD_REACH)
            if text.find(str(year), reach, m.end() + _RECORD_REACH) < 0:
                continue  # (a literal search) no date of that year in the record's reach
            lo = max(reach, text.rfind("\n\n", max(0, reach - 1), m.start()) + 1)
            hi = text.find("\n\n", m.end(), m.end() + _RECORD_REACH)
            hi = min(len(text), m.end() + _RECORD_REACH) if hi < 0 else hi
            for d in _RECORD_DATE.finditer(text, lo, hi):
                parsed = DateOfBirthDetector._parse(d)
                if parsed is not None and parsed[0] == year and _valid(*parsed):
                    yield _RECORD_SHAPE.hit(
                        DateOfBirthDetector.id,
                        d.start(),
                        d.end(),
                        scores.BIRTH_DATE_CUED,
                        True,
                        "cccd",
                    )


#: a household register's member line opens with the member's relation to the head, after
#: "Quan hệ:" or alone, then a dash or a colon (folded): "Quan hệ: Vợ – Hà Thị Nhiễu – 22/03/1973",
#: "Con trai: Lò Văn Nam, 04.07.2009", "- Mẹ - ..."
_ROW_KIN = (
    r"(?:[-+*\u2022][ \t]*)?(?:quan[ \t]+he(?:[ \t]+voi[ \t]+chu[ \t]+ho)?[ \t]*:[ \t]*)?"
    r"(?:bo|me|cha|vo|chong|con(?:[ \t]+(?:trai|gai|ruot|de|nuoi))?|anh(?:[ \t]+trai)?"
    r"|chi(?:[ \t]+gai)?|em(?:[ \t]+(?:trai|gai))?|(?:ong|ba)[ \t]+(?:noi|ngoai)"
    r"|chau(?:[ \t]+(?:noi|ngoai))?"
    r"|(?:bo|me)[ \t]+(?:de|vo|chong))"
    r"[ \t]*[:\-\u2013][ \t]*"
)
#: a list item of a person and a full date right after the name, set off by a dash, a comma,
#: a bar, a bracket or a tab (folded, one line): "1. Mạc Gia Hân - 14/02/2019 - PH: ...",
#: "- le van an, 03.05.1988, thon 2"
_ROW_DATE = re.compile(
    r"^[ \t]*(?:(?:\d{1,3}[.)]?|[-+*\u2022])[ \t]+|" + _ROW_KIN + r")"
    r"(?P<name>[a-z]+(?:[ \t]+[a-z]+){1,4})"
    r"[ \t]*(?:[-\u2013,|(]|\t)[ \t]*"
    r"(?P<date>\d{1,2}(?P<sep>[/.\-])\d{1,2}(?P=sep)(?:19|20)\d\d)(?![\d]|[/.\-]\d)",
    re.MULTILINE,
)
#: a list of pupils, children or members (folded): their dates beside their names are their
#: birth dates whatever their age ("danh sách lớp 1A", "PH:" the parent's phone, "học sinh")
_ROSTER = re.compile(
    r"(?<![a-z])(?:lop[ \t]*(?:\d|[a-z]\d|mam|choi|la(?![a-z]))|(?:hoc sinh|hs|hoc vien"
    r"|sinh vien|phu huynh|ph[ \t]*:|tre em|mam non|nhan khau|thanh vien|doi vien|doan vien"
    r"|hoi vien|vdv|van dong vien|chu ho|ho khau)(?![a-z]))"
)
#: without such a word, a date this many years back or more is a birth date beside a name
#: (a list's date of filing, payment or visit lies within the last few years)
_ADULT_YEARS = 16
_ROW_DATE_SHAPE = Shape(EntityType.DATE_OF_BIRTH, "dob.listed_date", scores.BASE_BIRTH_DATE)


def _listed_dates(doc: Document) -> Iterator[Detection]:
    """Full dates right after persons' full names in a list of two rows or more (a class's
    pupils, a household's members: ``_ROW_DATE``), with no birth cue: the rows' dates are
    birth dates in a roster (``_ROSTER``), or when each lies ``_ADULT_YEARS`` back or more;
    a list's recent dates (filed, paid, seen) stay dates."""
    folded = doc.folded
    rows: list[tuple[int, int, int]] = []
    for m in _ROW_DATE.finditer(folded):
        words = m.group("name").split()
        if not (_full_name(words) or _name_shaped(words)):
            continue
        read = _DATE.match(folded, m.start("date"))
        parsed = DateOfBirthDetector._parse(read) if read is not None else None
        if parsed is None or not _valid(*parsed):
            continue
        rows.append((m.start("date"), m.end("date"), parsed[0]))
    if len(rows) < 2:
        return
    if _ROSTER.search(folded) is None:
        floor = _dt.date.today().year - _ADULT_YEARS
        if any(year > floor for _, _, year in rows):
            return
    for start, end, _ in rows:
        yield _ROW_DATE_SHAPE.hit(
            DateOfBirthDetector.id, start, end, scores.BIRTH_DATE_CUED, True, "listed"
        )
