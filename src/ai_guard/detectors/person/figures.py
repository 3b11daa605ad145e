"""Historical figures named in lower case ("tóm tắt tiểu sử phan bội châu", "viet bai ve dai
tuong vo nguyen giap", "tượng đài trần hưng đạo", "lời dạy của bác hồ").

Chat drops the capitals, and the capitalised path, which reports a figure so that
:mod:`ai_guard.public_role` keeps it visible, never sees these. A run of lower-case words that
is a figure of ``public_figures.txt`` (folded, on word boundaries; written with diacritics,
spelled as the figure: "lê văn tâm" is not "Lê Văn Tám") is reported the same way, at
:data:`~.scores.SCORE_PUBLIC_FIGURE`, which yields to an address holding it, and the public-role
judgement decides: without a private context it stays visible, with one ("ông hồ chí minh sinh
năm 1950") it is redacted like any name.

Not reported: where another path found a name over it (after an honorific the lower-case path
judges a private namesake), right after a place's or a school's word ("đường trần hưng đạo",
"trường thpt lê quý đôn", "cầu trần thị lý": no person), after a house number ("12 tran hung
dao": a street), or before a street word or a dash of a route. (The capitalised path reads a
street word anywhere in the 60 characters before; in lower-case chat "câu", "tuyên truyền"
fold to "cau", "tuyen" there, so only the words right before count here.) After a title the
figure bore or a word only a person has ("tư tưởng hồ chí minh", "vua lý công uẩn",
``context.figure_word_before``) none of these checks applies: the figure is meant. The figures
led by an honorific ("Hai Bà Trưng", "Bác Hồ") are read here capitalised too: no surname heads
them for the capitalised path.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.context import (
    NOT_PERSON_BEFORE,
    PLACE_WORD_REACH,
    cue_before,
    figure_word_before,
    street_name,
)
from ai_guard.detectors.person.gates import Needs
from ai_guard.detectors.person.lexicon import PLAIN_SURNAMES, lexicons, public_figures
from ai_guard.detectors.person.scores import BASE_SURNAME_FIRST, SCORE_PUBLIC_FIGURE
from ai_guard.detectors.person.word_places import word_places
from ai_guard.detectors.person.words import is_public_figure
from ai_guard.models import EntityType
from ai_guard.text import Document

__all__ = ["lower_case_figures"]


#: figures of the list whose first word is no surname but who are persons (the list also holds
#: streets named after events, "cách mạng tháng tám", "điện biên phủ", not persons)
_HONORIFIC_LED = frozenset({"bac ho", "hai ba trung", "ba trieu"})
#: of those, the ones an honorific and a surname spell as well ("bà Triệu" is any Mrs Triệu):
#: the figure only capitalised and after a word that names the figure ("khởi nghĩa Bà Triệu")
_FIGURE_WORD_ONLY = frozenset({"ba trieu"})


_NEXT_LETTER = re.compile(r"[ \t]+([^\W\d_])")


def _name_goes_on(text: str, end: int) -> bool:
    """Whether a capitalised word follows ``end``: the name goes on ("Bác Hồ Chí Minh")."""
    m = _NEXT_LETTER.match(text, end)
    return m is not None and m.group(1).isupper()


def _titled_honorific_led(raw: str, folded: str) -> bool:
    """Whether a figure led by an honorific is capitalised as a name is ("Hai Bà Trưng",
    "Bác Hồ"): the capitalised path reads no surname at their head, so they are read here,
    with the same place checks ("quận Hai Bà Trưng", "đường Hai Bà Trưng": places)."""
    return folded in _HONORIFIC_LED and raw.istitle()


def _person_shaped(raw: str, folded: str) -> bool:
    """Whether a figure's name in lower case reads as a person's, not as everyday words:
    led by a lexicon surname (or one of ``_HONORIFIC_LED``); typed without diacritics, a
    two-word name only after a surname no everyday word spells ("nguyen du", "le loi"; not
    "truong dinh", "van cao", "to huu": "trường định kỳ", "văn cao", "tổ hữu")."""
    words = folded.split()
    if folded in _FIGURE_WORD_ONLY and not raw.istitle():
        return False  # "bà triệu bán rau": Mrs Triệu
    if folded not in _HONORIFIC_LED and words[0] not in lexicons().surnames:
        return False
    if folded in _HONORIFIC_LED and raw.istitle():
        return True  # "Bac Ho" capitalised is no "bác họ"
    if folded == "bac ho" and raw.isascii():
        return True  # typed plain, the figure ("ngay sinh bac ho"), unless a relative's words
        # stand around it (``_KIN_BAC_HO``: "bac ho cua em", "nha bac ho")
    return not (raw.isascii() and len(words) == 2 and words[0] not in PLAIN_SURNAMES)


#: the words right before a figure's name that make it a street, a bridge, a school, a square
_PLACE_RIGHT_BEFORE = re.compile(
    r"(?<![a-z])(?:duong|pho|nut giao|nga tu|nga ba|nga sau|quang truong|truong|cau|cong vien"
    r"|dai lo|tuyen duong|di bo|thpt|thcs|tieu hoc|mam non|chuyen|street|road|school)[ \t.]+$"
    r"|[-\u2013\u2014][ \t]*$"
    # a house number: "25b nguyen thi minh khai", "58/3 tran phu"; not a date or a year
    # ("ngày 2/9/1945 bác hồ đọc", "năm 1010 vua lý công uẩn")
    r"|(?:^|(?<!nam)[\s,(])(?!\d{1,2}/\d{1,2}/\d{4}[ \t])\d{1,5}[a-z]?(?:/\d{1,5}[a-z]?)*[ \t]+$"
    # an honorific or "đồng chí": a private namesake, the lower-case path's to judge
    r"|(?<![a-z])(?:ong|ba|anh|chi|em|co|chu|bac|cu|dong chi|d/c)[ \t]+$"
)
#: after the name: a dash of a route ("trần phú - lê duẩn") or a street word
_PLACE_AFTER = re.compile(
    r"[ \t]*(?:[-\u2013\u2014][ \t]*[a-z]|(?:walking street|street|road|st\b|ward|boulevard"
    r"|avenue|square|mausoleum|museum|school|bridge)(?![a-z]))"
)
#: the words around "bac ho" typed plain that make it "bác họ", a relative on the father's
#: side ("bác họ của em", "bác họ bên nội", "nhà bác họ", "ông bác họ"), not Bác Hồ
_KIN_AFTER_BAC_HO = re.compile(r"[ \t]+(?:cua|em|toi|minh|ben|ngoai|xa|hang|ruot|nha)(?![a-z])")
_KIN_BEFORE_BAC_HO = re.compile(
    r"(?<![a-z])(?:nha|ong|ba|co|chu|con|chau|em|may|cac|nguoi|mot|hai)[ \t]+$"
)


def _kin_bac_ho(folded: str, s: int, e: int) -> bool:
    """Whether "bac ho" typed plain at ``[s, e)`` is a relative (``_KIN_AFTER_BAC_HO``)."""
    return (
        _KIN_AFTER_BAC_HO.match(folded, e) is not None
        or _KIN_BEFORE_BAC_HO.search(folded, max(0, s - 8), s) is not None
    )


#: what joins two streets ("đường nguyễn thị minh khai và võ văn tần"): after a figure that is
#: a street, the next one is a street too
_STREETS_JOINED = re.compile(r"[ \t]*(?:[,;/&]|va|and)[ \t]*$")


# The figures are found on ``views.word_sketch`` (letters and digits as they are, anything
# else a space), where a pattern that starts with a plain space skips from space to space
# instead of trying the figures' trie at every letter (a megabyte of prose: 0.92x before, see
# the commit); :mod:`.word_places` scans it once for them and the other paths' words.


def figure_words() -> frozenset[str]:
    """The figures' folded names, for :mod:`.word_places`' scan."""
    return public_figures()


#: what this path needs: a historical figure's name on the word sketch (every one two words or
#: more)
NEEDS = Needs(words=2, places=("figures",))


def lower_case_figures(
    doc: Document, found: Sequence[Detection], detector_id: str
) -> Iterator[Detection]:
    """The figures written in lower case that no other path found (module docstring)."""
    text = doc.text
    street_end = -1  # the end of the last figure read as a street
    for s, e in word_places(doc).figures:
        raw = text[s:e]
        if (
            not (
                raw.islower()
                or (_titled_honorific_led(raw, doc.folded[s:e]) and not _name_goes_on(text, e))
            )
            or not is_public_figure(raw)
            or not _person_shaped(raw, doc.folded[s:e])
        ):
            continue
        if any(d.start < e and s < d.end for d in found):
            continue
        if doc.folded[s:e] in _FIGURE_WORD_ONLY and not figure_word_before(doc, s):
            continue  # "Bà Triệu bán rau" opening a sentence: Mrs Triệu
        if raw == "bac ho" and _kin_bac_ho(doc.folded, s, e):
            continue
        # after a figure word the person ("tư tưởng hồ chí minh", "vua lý công uẩn"), else
        # a place word, a house number or a street word makes a street
        if not figure_word_before(doc, s) and (
            cue_before(NOT_PERSON_BEFORE, doc, s, PLACE_WORD_REACH)
            or _PLACE_RIGHT_BEFORE.search(doc.folded, max(0, s - 20), s)
            or _PLACE_AFTER.match(doc.folded, e)
            or street_name(doc, s, e, doc.folded[s:e].split())
            or (street_end >= 0 and _STREETS_JOINED.fullmatch(doc.folded, street_end, s))
        ):
            street_end = e
            continue
        yield Detection(
            EntityType.PERSON,
            s,
            e,
            SCORE_PUBLIC_FIGURE,
            detector_id,
            pattern="person.public_figure",
            base_score=BASE_SURNAME_FIRST,
        )
