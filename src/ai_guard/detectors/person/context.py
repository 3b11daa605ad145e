"""What surrounds a candidate name: the words before it, its line, the line above.

Positive context: a signature line above a name alone on its line ("(đã ký)", "Ký tên"); a
name column's header (``NAME_HEADERS``, used with :meth:`CueSet.header`). The name cues
themselves are data (``name_cues.tsv``, see :mod:`.lexicon`).

Negative context: a word that makes the capitalised phrase after it a place, an institution or
a thing (``NOT_PERSON_BEFORE``: "xã", "đường", "trường", "công ty"...), the start of an
agency's name (``INSTITUTION_START``), a house number before or a street word after it, and
the place-and-date line of an administrative document ("Biên Hòa, ngày 12 tháng 8 năm 2025").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ai_guard.detectors.person.lexicon import (
    TYPICAL_MIDDLES,
    cue_spellings,
    everyday_pair,
    lexicons,
    strong_cues,
)
from ai_guard.text import Document, fold_word
from ai_guard.text.match import CueSet, spelling
from ai_guard.text.tables import line_bounds

__all__ = [
    "CUE_REACH",
    "INSTITUTION_START",
    "NAME_HEADERS",
    "NOT_PERSON_BEFORE",
    "NOT_PERSON_BEFORE_SPELLINGS",
    "PLACE_WORD_REACH",
    "RIGHT_BEFORE",
    "UNIT_HEAD",
    "cue_before",
    "cue_possible",
    "cue_possible_after",
    "figure_word_before",
    "history_event_near",
    "is_place_of_issue",
    "place_word_before",
    "signature_cue",
    "street_name",
    "unit_head_before",
]

#: how far before a name (in characters) a name cue counts ("Chấp hành viên Phạm Quốc Trung")
CUE_REACH = 45
#: how far before a name a place word makes it a place ("xã", "đường", "trường")
PLACE_WORD_REACH = 25
#: "right before": a strong cue this close makes a following cue-or-surname word the surname
RIGHT_BEFORE = 8

# "12 Lê Lợi", "số 58 Trần Phú", "58/3 Nguyễn Trãi": a street after a house number; not after
# a date ("ngày 2/9/1945 Bác Hồ đọc ...")
_HOUSE_NUMBER_BEFORE = re.compile(
    r"(?:^|[\s,(])(?!\d{1,2}/\d{1,2}/\d{4}[ ])\d{1,5}[a-zA-Z]?(?:/\d{1,5}[a-zA-Z]?)*[ ]+$"
)
#: a row's number alone at the line's start and two spaces or a tab after it
_ROW_NUMBER_BEFORE = re.compile(r"(?:^|\n)[ \t]*\d{1,3}(?:[ ]{2,}|\t)$")
#: a person's identifier right after the name, nine digits or more as one run or in groups (an
#: account, a CCCD, a phone): a row of a list of people ("2 Khổng Minh Trác 1020 3345 8810
#: VietinBank", a PDF's rows run together), no street, which is followed by its ward or city
_IDENTIFIER_AFTER = re.compile(r"[ \t]+\d(?:[ .]?\d){8,}(?![\d/])")
_STREET_AFTER = re.compile(
    r"[ \t]*(?:street|st\.|road|rd\.|avenue|ave\.|ward|district|city|"
    r"province|commune|village|boulevard|blvd)\b"
)

# what :meth:`CueSet.before` strips from the end of its window, and the letters of a cue's
# last word (the property test in tests/detectors/test_person_scan.py holds the two together)
_CUE_SEPS = " \t\r\n:.,;#=-–()[]\"'/*"
_CUE_WORD_CHARS = "0123456789abcdefghijklmnopqrstuvwxyz"


class _Ending(NamedTuple):
    """The terms of a cue set that end with one word."""

    #: a term is that word alone
    alone: bool
    #: the words right before it in the other terms (None: some term holds more than words
    #: and single spaces, so the window's end alone does not settle it)
    before: frozenset[str] | None


@lru_cache(maxsize=16)
def _endings(cues: CueSet) -> dict[str, _Ending]:
    """The last word of every term of ``cues`` -> what else the window must end with."""
    alone: dict[str, bool] = {}
    before: dict[str, set[str] | None] = {}
    for t in cues.terms:
        last = re.split(r"[^0-9a-z]+", t.strip())[-1]
        words = t.split(" ")
        seen = before.setdefault(last, set())
        alone.setdefault(last, False)
        if re.search(r"[^0-9a-z ]", t):
            before[last] = None
        elif len(words) == 1:
            alone[last] = True
        elif seen is not None:
            seen.add(words[-2])
    return {k: _Ending(alone[k], None if v is None else frozenset(v)) for k, v in before.items()}


@lru_cache(maxsize=16)
def _spelled_alone(cues: CueSet) -> bool:
    """Whether the one-word terms of ``cues`` are name cues, spelled as in ``cue_spellings``
    (then a word written with other diacritics is not one: "cứ" is not "cụ")."""
    return cues is strong_cues() or cues is lexicons().cues


def _could_end(cues: CueSet, tail: str, original: str, head: str, prev: str | None) -> bool:
    """Whether a window whose last word is ``tail`` (written ``original`` in the text) may end
    with a term of ``cues``; ``head`` is what stands before ``tail`` in its word (empty when
    white space does), ``prev`` the word before that white space (None: unknown)."""
    ending = _endings(cues).get(tail)
    if ending is None:
        return False
    if ending.alone and (
        original.isascii()
        or not _spelled_alone(cues)
        or spelling(original) in cue_spellings().get(tail, frozenset())
    ):
        return True
    if ending.before is None:
        return True
    if head or not ending.before:
        return False  # no term of several words ends here
    return prev is None or prev in ending.before


def cue_possible(cues: CueSet, doc: Document, start: int, width: int = 40) -> bool:
    """False when ``cues.before(doc, start, width)`` is surely None: the window does not end
    with the last word of a cue (spelled as one), or (for cues of several words) not with the
    word before it and white space (a few string operations instead of a regex search and a
    word walk)."""
    folded = doc.folded
    lo = start - width
    if lo < 0:  # (a comparison: ``max`` costs ten times as much, and this runs once a run)
        lo = 0
    nl = folded.rfind("\n", lo, start)
    if nl >= 0:
        lo = nl + 1
    window = folded[lo:start].rstrip(_CUE_SEPS)
    head = window.rstrip(_CUE_WORD_CHARS)
    tail = window[len(head) :]
    if not tail:
        return False
    end = lo + len(window)
    written = doc.text[end - len(tail) : end]
    if len(tail) > 3 and not written.isupper() and not written[1:].islower():
        return True  # camelCase ("soCccd", "AaMR"): CueSet.before splits it into words
    prev: str | None = None
    if not head:
        prev = ""  # nothing before the word in the window
    elif head[-1].isspace():
        head = head.rstrip()
        prev = head[len(head.rstrip(_CUE_WORD_CHARS)) :]
        head = ""
    return _could_end(cues, tail, written, head, prev)


def cue_possible_after(
    cues: CueSet, words: list[str], raw: list[str], seps: list[str], gaps: list[int], width: int
) -> bool | None:
    """:func:`cue_possible` for a word that follows ``words`` (folded; ``raw`` as written,
    ``seps[k]`` the separators after ``words[k]`` and ``gaps[k]`` the distance from the start
    of ``words[k]`` to the word asked about), worked out from the words alone: the document's
    views hold the same letters at the same places, and the character before the first of
    ``words`` is no letter, digit or apostrophe (whose folded form is then no letter or digit
    either: a word does not go on before it). None where the window reaches before them."""
    if not words or gaps[-1] > width:
        return None
    if seps[-1].rstrip(_CUE_SEPS):
        return False  # a separator the window does not strip (a no-break space) ends it
    last = words[-1].rstrip(_CUE_SEPS)
    head = last.rstrip(_CUE_WORD_CHARS)
    tail = last[len(head) :]
    if not tail:
        return False
    prev: str | None = None
    if not head:
        if len(words) == 1:
            prev = None  # the word before it stands before the run
        elif gaps[-2] > width:
            return None
        else:
            before = words[-2]
            prev = before[len(before.rstrip(_CUE_WORD_CHARS)) :]
    original = raw[-1][len(head) : len(last)]
    return _could_end(cues, tail, original, head, prev)


def cue_before(cues: CueSet, doc: Document, start: int, width: int = 40) -> str | None:
    """``cues.before(doc, start, width)``, asked only where :func:`cue_possible`."""
    return cues.before(doc, start, width) if cue_possible(cues, doc, start, width) else None


#: words before a capitalised phrase that make it a place, an institution or a thing.
NOT_PERSON_BEFORE_TERMS = (
    "xã",
    "phường",
    "thị trấn",
    "quận",
    "huyện",
    "thị xã",
    "thành phố",
    "TP",
    "tỉnh",
    "đặc khu",
    "thôn",
    "xóm",
    "ấp",
    "bản",
    "buôn",
    "làng",
    "khu phố",
    "tổ dân phố",
    "khóm",
    "đường",
    "phố",
    "ngõ",
    "ngách",
    "hẻm",
    "kiệt",
    "đại lộ",
    "quốc lộ",
    "tỉnh lộ",
    "cầu",
    "sông",
    "núi",
    "hồ",
    "đảo",
    "chợ",
    "bến",
    "cảng",
    "sân bay",
    "ga",
    "trường",
    "THPT",
    "THCS",
    "tiểu học",
    "mầm non",
    "đại học",
    "học viện",
    "bệnh viện",
    "trạm y tế",
    "công ty",
    "tập đoàn",
    "doanh nghiệp",
    "cửa hàng",
    "nhà hàng",
    "khách sạn",
    "chung cư",
    "tòa nhà",
    "khu đô thị",
    "khu công nghiệp",
    "công viên",
    "quảng trường",
    "đền",
    "chùa",
    "nhà thờ",
    "giải",
    "quỹ",
    "giải thưởng",
    "lăng",
    "bảo tàng",
    "di tích",
    "tư tưởng",
    "thời",
    "triều",
    "nhà",
    "vua",
    "Bác",
    "street",
    "road",
    "district",
    "ward",
    "province",
    "city",
    "school",
    "hospital",
    "university",
    "company",
    "bridge",
    "đ.",
    "p.",
    "q.",
    "tổ",
    "khu",
    "tp.",
    "số",
    "lô",
    "hội",
    "câu lạc bộ",
    "CLB",
    "sư đoàn",
    "trung đoàn",
    "chiến dịch",
    "nút giao",
    "ngã tư",
    "ngã ba",
    "ngã năm",
    "giao lộ",
    "tuyến đường",
    "vòng xoay",
    "cầu vượt",
    "nhà văn hóa",
    "trung tâm",
    "phong trào",
    "kế hoạch",
    "đề án",
    "dự án",
    "chương trình",
    "tàu",
)
NOT_PERSON_BEFORE = CueSet(NOT_PERSON_BEFORE_TERMS)


#: words right before a historical figure's name that make it the person, not the city, the
#: district or the street named after them: a title the figure bore ("Chủ tịch Hồ Chí Minh",
#: "vua Lý Công Uẩn", "chúa Nguyễn Hoàng", "nhà thơ Nguyễn Trãi", "the general Trần Hưng Đạo")
#: or what only a person has ("tư tưởng Hồ Chí Minh", "tấm gương", "di chúc", "cuộc đời",
#: "khởi nghĩa Bà Triệu": an uprising a figure led);
#: folded, right before the name
_FIGURE_WORD = re.compile(
    r"(?<![a-z])(?:chu tich|vua|chua|hoang de|tu tuong|phong cach|dao duc|tam guong|di chuc"
    r"|cuoc doi|su nghiep|tieu su|loi day|nha tho|nha van|danh nhan|anh hung|thi hao"
    r"|danh tuong|khoi nghia|president|emperor|king|general|poet)[ \t]+$"
)


def figure_word_before(doc: Document, start: int) -> bool:
    """Whether a word that names a historical figure as the person (``_FIGURE_WORD``) stands
    right before ``start``, itself after no place word: "tư tưởng của Chủ tịch Hồ Chí Minh",
    "vua Lý Công Uẩn" are the persons; "Lăng Chủ tịch Hồ Chí Minh", "Bảo tàng ..." the places
    named after them."""
    m = _FIGURE_WORD.search(doc.folded, max(0, start - 14), start)
    if m is None:
        return False
    place = cue_before(NOT_PERSON_BEFORE, doc, m.start(), PLACE_WORD_REACH)
    # ("tư tưởng", "vua" are place words of their own, for the names no figure bore)
    return place is None or _FIGURE_WORD.search(fold_word(place) + " ") is not None


#: a monarch's title right before a name, folded: "vua Lê Thái Tổ", "hoàng đế Quang Trung",
#: "chúa Nguyễn Hoàng" (spelled "chúa": "chưa" folds alike), "Emperor Gia Long"
_MONARCH = re.compile(r"(?<![a-z])(?P<title>vua|hoang de|chua|emperor|king)[ \t]+$")
#: place words that name a monarch's time, not a place named after him ("triều vua", "thời
#: vua"), folded
_REIGN_WORDS = frozenset({"trieu", "thoi"})


def monarch_before(doc: Document, start: int) -> bool:
    """Whether a monarch's title stands right before ``start``, itself after no place word
    but a reign's ("dưới triều vua Lê Thánh Tông", "vua Lê Thái Tổ chia nước"; not "đền thờ
    vua ...", "đường Vua ..."): a king, a lord or an emperor is a historical figure, whether or
    not ``public_figures.txt`` lists his temple name, since no living person bears the title.
    Typed without diacritics the Vietnamese titles are not read ("vua" is "vừa" as often)."""
    m = _MONARCH.search(doc.folded, max(0, start - 12), start)
    if m is None:
        return False
    if m["title"] == "chua" and doc.text[m.start() : m.start() + 4].lower() != "chúa":
        return False  # "chưa Nguyễn Văn An ký", or "chua" typed plain: not the lord
    if m["title"] in ("vua", "chua", "hoang de") and doc.text[m.start() : start + 20].isascii():
        return False  # typed without diacritics "vua" is as often "vừa" (just)
    place = cue_before(NOT_PERSON_BEFORE, doc, m.start(), PLACE_WORD_REACH)
    return place is None or fold_word(place) in _REIGN_WORDS


#: an event of a historical figure's life in the clause before the name, the name its
#: owner's ("của"), folded: "chiến thắng Bạch Đằng năm 938 của Ngô Quyền", "khởi nghĩa",
#: "công lao", a year before 1900 ("năm 938", "năm 1288"); not "trận" ("tran" is Trần)
_HISTORY_BEFORE = re.compile(
    r"(?<![a-z])(?:chien thang|chien cong|khoi nghia|cong lao|su tich|lich su|trieu dai"
    r"|nam (?:[1-9][0-9]{2}|1[0-8][0-9]{2})(?![0-9]))(?![a-z])[^.!?;\n]*[ \t]cua[ \t]+$"
)
#: a deed of a historical figure right after the name, folded: "Ngô Quyền đánh tan quân Nam
#: Hán", "Quang Trung đại phá quân Thanh", "lên ngôi", "xưng vương"
_DEEDS = "danh tan|danh bai|danh duoi|dai pha|len ngoi|xung vuong|xung de|dep loan"
_HISTORY_AFTER = re.compile(rf"[ \t]+(?:{_DEEDS})(?![a-z])")


#: a table's cell right after a figure's name that opens with a deed or an event of the
#: figure's life ("| Quang Trung | đại phá quân Thanh |", "| Ngô Quyền | chiến thắng Bạch Đằng
#: |"), folded
_HISTORY_CELL = re.compile(
    rf"[ \t]*\|[ \t]*(?:{_DEEDS}|chien thang|khoi nghia|lanh dao|chi huy)(?![a-z])"
)
#: a year before 1900 alone in a table's cell ("| 938 |", "| 1789 |"): no living person's
_OLD_YEAR_CELL = re.compile(r"\|[ \t]*(?:[1-9]\d{2}|1[0-8]\d{2})[ \t]*(?=\||$)", re.M)
#: a figure's name alone in a table's cell
_CELL_BEFORE = re.compile(r"\|[ \t]*$")
_CELL_AFTER = re.compile(r"[ \t]*\|")


def _history_row(doc: Document, start: int, end: int) -> bool:
    """Whether a figure's name at ``[start, end)`` stands alone in a table's cell whose row
    tells an event of the figure's life: the next cell a deed (``_HISTORY_CELL``) or a year
    before 1900 in a cell of the row ("| Ngô Quyền | chiến thắng Bạch Đằng | 938 |": a
    history lesson's table, the person, though the name is also a district's)."""
    folded = doc.folded
    if not _CELL_BEFORE.search(folded, max(0, start - 6), start) or not _CELL_AFTER.match(
        folded, end
    ):
        return False
    if _HISTORY_CELL.match(folded, end):
        return True
    line_start = folded.rfind("\n", 0, start) + 1
    line_end = folded.find("\n", end)
    return (
        _OLD_YEAR_CELL.search(folded, line_start, len(folded) if line_end < 0 else line_end)
        is not None
    )


def history_event_near(doc: Document, start: int, end: int) -> bool:
    """Whether the clause around a historical figure's name at ``[start, end)`` tells an
    event of the figure's life (``_HISTORY_BEFORE``, ``_HISTORY_AFTER``), or its table's row
    does (``_history_row``): the person, though the name is also a district's ("quận Ngô
    Quyền") or a city's."""
    return (
        _HISTORY_AFTER.match(doc.folded, end) is not None
        or _HISTORY_BEFORE.search(doc.folded, max(0, start - 80), start) is not None
        or ("|" in doc.text and _history_row(doc, start, end))
    )


#: "to" as English writes it before a name: after a verb or noun that sends or speaks
#: ("an email to", "sent to", "talk to"), spelled "to" (not "tổ"), then the name
_ENGLISH_TO = re.compile(
    r"(?<![A-Za-z])(?:e-?mail|mail|letter|message|note|reply|replied|send|sent|write|wrote"
    r"|written|talk|talked|speak|spoke|forward|forwarded|introduce|introduced|report|reported"
    r"|addressed|given|give|gave|invitation|transfer|transferred|refer|referred|assigned"
    r"|delivered|paid|submitted|thanks|according|belongs|belonging|goes|went)[ \t]+to[ \t]+$",
    re.I,
)


def english_to_before(doc: Document, start: int) -> bool:
    """Whether "to" right before ``start`` is the English preposition after a verb or noun
    that sends or speaks ("an email to Pierre Lefèvre"), not "tổ" typed plain."""
    return _ENGLISH_TO.search(doc.text, max(0, start - 24), start) is not None


#: a company's word, then only its legal form and trade ("Công ty TNHH Xây dựng Thuận Phát An
#: Giang", "Công ty TNHH Bao bì Yên Trung Hoa Việt": the words after them are the company's
#: own name), folded; the name's own words ("Công ty TNHH Hòa Bình Nguyễn Văn Hùng") stop it:
#: a person may follow them
_COMPANY_LEAD = re.compile(
    r"cong ty(?:[ \t]+(?:tnhh|mtv|cp|co phan|mot thanh vien|xay dung|thuong mai|dich vu"
    r"|san xuat|dau tu|phat trien|van tai|xuat nhap khau|cong nghe|ky thuat"
    # the business lines a registered name puts between its legal form and its own words
    r"|bao bi|co khi|chinh xac|may mac|det may|da giay|go|noi that|gom su|vat lieu"
    r"|thuc pham|nong nghiep|nong san|thuy san|chan nuoi|che bien|luong thuc|duoc pham"
    r"|thiet bi|y te|linh kien|dien tu|dien lanh|co dien|xay lap|kien truc|tu van|thiet ke"
    r"|bat dong san|du lich|khach san|logistics|kho van|giao nhan|xang dau|nang luong"
    r"|khoang san|hoa chat|nhua|cao su|thep|giay|moi truong|vien thong|tin hoc|phan mem"
    r"|truyen thong|quang cao|giai phap|kinh doanh|tong hop|thuong mai dich vu))+[ \t]+$"
)


def _company_before(doc: Document, start: int) -> str | None:
    """ "cong ty" when a company's word and its legal form and trade stand right before
    ``start`` (``_COMPANY_LEAD``, written capitalised): the capitalised words after them are
    the company's name, unless they have a person's shape (a typical middle name second) and
    the lead no legal form."""
    at = doc.folded.rfind("cong ty", max(0, start - 60), start)
    if at < 0 or not doc.text[at : at + 1].isupper():
        return None
    if _COMPANY_LEAD.match(doc.folded, at, start) is None:
        return None
    words = doc.folded[start : start + 30].split()
    if (
        len(words) > 1
        and words[1] in TYPICAL_MIDDLES
        and not _LEGAL_FORM.search(doc.folded, at, start)
    ):
        return None  # "Công ty Xây dựng Nguyễn Văn Hùng": the owner's full name
    # with its legal form ("Công ty TNHH MTV Nguyễn Văn An") the name is the registered
    # company's, however it reads (tests/corpus/PROMPTS.md: a company named after its owner
    # is not a PERSON span)
    return "cong ty"


#: a company's legal form in its lead, folded: what makes the words after it a registered name
_LEGAL_FORM = re.compile(r" (?:tnhh|mtv|cp|co phan|mot thanh vien)(?![a-z])")


#: the word before a place word and the place word, as written (up to a name)
_TWO_WORDS_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+([^\W\d_]+)[ \t:,]*$")


#: the residence units of ``NOT_PERSON_BEFORE_TERMS``, folded: after a title that ends with
#: one ("trưởng thôn Lạc Đạo", "trưởng ấp") the words are still the unit's name
_UNIT_WORDS = frozenset(
    fold_word(w)
    for w in ("xã", "phường", "quận", "huyện", "tỉnh", "thôn", "xóm", "ấp", "bản", "buôn")
) | frozenset(fold_word(w) for w in ("làng", "khóm", "tổ", "khu", "phố", "đường", "ngõ"))


#: the head of a residence unit (or a deputy), folded: "trưởng thôn", "phó trưởng ấp", "trưởng
#: buôn", "tổ trưởng tổ dân phố"'s "trưởng tổ" (a pattern's piece, for the callers' own patterns)
UNIT_HEAD = (
    r"(?<![a-z])(?:truong|pho)[ \t]+(?:thon|xom|ap|ban|buon|bon|khom|khu pho|to dan pho|lang"
    r"|soc|phum|plei|to)"
)
_UNIT_HEAD_BEFORE = re.compile(UNIT_HEAD + r"[ \t:,]*$")


def unit_head_before(doc: Document, start: int) -> bool:
    """Whether a residence unit's head title ends right before ``start`` ("trưởng buôn Y Blê
    Ksơr"): the place word that ends it names the unit the person heads, not the words after."""
    return _UNIT_HEAD_BEFORE.search(doc.folded, max(0, start - 24), start) is not None


def _second_syllable(doc: Document, start: int, place: str) -> bool:
    """Whether the place word before ``start`` is the second syllable of an everyday word
    with the word before it ("môi trường", "thị trường": no school; ``everyday_pairs.txt``)."""
    m = _TWO_WORDS_BEFORE.search(doc.text, max(0, start - PLACE_WORD_REACH - 12), start)
    return (
        m is not None
        and fold_word(m.group(2)) == place
        and everyday_pair(m.group(1).lower(), m.group(2).lower())
    )


#: the words of ``NOT_PERSON_BEFORE_TERMS`` written with diacritics, folded ("cho" for "chợ")
_MARKED_PLACE_WORDS = frozenset(
    " ".join(fold_word(t).split()) for t in NOT_PERSON_BEFORE_TERMS if not t.isascii()
)


def place_word_before(doc: Document, start: int) -> str | None:
    """The place or institution word right before ``start`` (``NOT_PERSON_BEFORE``), unless
    it ends a longer cue that names a person ("già làng A Blúp": the village elder, no village
    named so)."""
    place = cue_before(NOT_PERSON_BEFORE, doc, start, PLACE_WORD_REACH)
    if place is None:
        return _company_before(doc, start)
    if place == "to" and english_to_before(doc, start):
        return None  # "an email to Pierre Lefèvre": the English preposition, no "tổ"
    cue = cue_before(strong_cues(), doc, start, CUE_REACH)
    if cue is not None and cue != place and cue.endswith(" " + place):
        return None
    if " " not in place and place not in _UNIT_WORDS and _second_syllable(doc, start, place):
        return None  # "Bộ Nông nghiệp và Môi trường Tạ Quốc Hưng": "môi trường", no school
    if place not in _MARKED_PLACE_WORDS:
        return place
    # typed without its diacritics in a line typed with them, the word is another ("gửi cho y
    # wơn niê": "cho", no "chợ")
    from ai_guard.detectors.person.words import plain_line

    written = doc.text[max(0, start - PLACE_WORD_REACH) : start].rstrip(" \t:,")[-len(place) :]
    if written.isascii() and not plain_line(doc, start):
        return None
    return place


#: those words spelled with their diacritics ("chợ" is no "cho", "hồ" no "ho")
NOT_PERSON_BEFORE_SPELLINGS = frozenset(spelling(t) for t in NOT_PERSON_BEFORE_TERMS)

#: capitalised phrases that name institutions, not people ("Sở Tư pháp", "Bộ Công an")
INSTITUTION_START = re.compile(
    r"(?:quy |cac )?"  # "Kính gửi Quý Sở", "Quý cơ quan": the courtesy word before the agency
    r"(?:so|bo|cuc|vu|phong|ban|uy ban|ubnd|toa|vien|cong an|truong|benh vien|cong ty|"
    r"chi cuc|tong cuc|hoi dong|dang uy|van phong|trung tam|ngan hang|kho bac|doan|hoi|"
    r"co quan|don vi|dia phuong)\b"
)

#: column headers over a column of names
NAME_HEADERS = CueSet(
    [
        "họ tên",
        "họ và tên",
        "hoten",
        "họ, tên",
        "tên",
        "full name",
        "name",
        "họ tên chủ hộ",
        "người lao động",
        "người nhận",
        "đối tượng",
        "họ và tên khai sinh",
        "fullname",
        # a log's or a register's people ("Date,Visitor,Company,ID/Passport,Host")
        "visitor",
        "guest",
        "host",
        "khách",
    ]
)
_SIGNED = re.compile(r"da ky|ky ten|\(ky|ky,|ky va ghi|ky ghi ro")
_PLACE_DATE = re.compile(r"[ \t]*,[ \t]*ngay[ \t]+\d")


def signature_cue(doc: Document, start: int, end: int) -> str | None:
    """A name alone on its line under "(đã ký)" / "Ký tên" is the signer of a document; so is
    one right under an official's title alone on its line, a blank line between at most
    ("PHÓ CHỦ TỊCH⏎Lữ Quang Ngời": a given name no lexicon holds is still the signer's)."""
    text = doc.text
    ls, _ = line_bounds(text, start)
    _, le = line_bounds(text, end)
    if text[ls:start].strip() or text[end:le].strip(" \t.,;"):
        return None
    prev_end = ls - 1
    if prev_end <= 0 or text[prev_end] != "\n":
        return None
    prev_start, _ = line_bounds(text, prev_end)
    if _SIGNED.search(doc.folded, prev_start, prev_end):
        return "da ky"
    if prev_start == prev_end and prev_start > 0:  # one blank line
        prev_end = prev_start - 1
        prev_start, _ = line_bounds(text, prev_end)
    if prev_end - prev_start > 60:
        return None  # (a title line is short: no long line is read)
    from ai_guard.public_role import is_title_line

    line = doc.folded[prev_start:prev_end]
    return line.strip() if is_title_line(line) else None


def is_place_of_issue(doc: Document, start: int, end: int, folded: list[str]) -> bool:
    """A capitalised phrase opening a line and followed by ", ngày <digit>": the place-and-date
    line of an administrative document, unless it is plainly a full name ("Nguyễn Văn An")."""
    if not _PLACE_DATE.match(doc.folded, end):
        return False
    text = doc.text
    if text[line_bounds(text, start)[0] : start].strip():
        return False
    return not (len(folded) >= 3 and folded[1] in TYPICAL_MIDDLES)


def street_name(doc: Document, start: int, end: int, folded: list[str]) -> bool:
    """A name used as a street: after a house number ("12 Lê Lợi", "58/3 Nguyễn Trãi"; not a
    row's number with the person's identifier after the name: "2 Khổng Minh Trác 1020 3345
    8810") or before an English street word ("Le Loi Street")."""
    text = doc.text
    head = text[max(0, start - 3) : start].rstrip()
    typical = len(folded) >= 3 and folded[1] in TYPICAL_MIDDLES
    return bool(
        (
            head
            and head[-1].isalnum()
            and not typical  # "1 Lã Văn Khiêm" in a numbered list is a person
            and _HOUSE_NUMBER_BEFORE.search(text, max(0, start - 16), start)
            # a table's row number opening the line, a column's gap after it ("3  Tạ Quang
            # Vỹ  Thành viên"): a house number is written one space before its street
            and not _ROW_NUMBER_BEFORE.search(text, max(0, start - 12), start)
            and not _IDENTIFIER_AFTER.match(text, end)
        )
        or _STREET_AFTER.match(doc.folded, end)
    )
