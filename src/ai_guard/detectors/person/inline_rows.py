"""Names known by their list: the other items of a list run on one line whose names were found.

Chat runs a list of people on one line, each item a name and a number in brackets (a birth
year, an age), the items parted by commas or semicolons, a kin or household word maybe before
the name: "be na (22), to minh chau (23), ngo gia bao (19)", "chủ hộ đàm văn nghĩa (1970),
vợ mạc thị huế (1973), con đàm thu trang (2001)". Where the other paths found the names of
some items, the names of the items around them are names too, whatever their words spell
("to minh chau": "tô", a surname typed plain as the word "to"; "na" alone after "bé").

The list vouches only where its found names are at least half as many as the names it would
add, and only for an item of one to four words of letters after its kin or household word
(one word only after such a word: "bé na"), in three items or more, none a header's word, the
name no place (an address unit first that is no surname).

Reported at :data:`~ai_guard.detectors.person.scores.SCORE_NAME_COLUMN` (pattern
``person.column_mate``), as a column's names are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.lexicon import lexicons
from ai_guard.detectors.person.scores import BASE_NAME_COLUMN, REPORT_FLOOR, SCORE_NAME_COLUMN
from ai_guard.models import EntityType
from ai_guard.text import Document, fold_word

__all__ = ["inline_list_names"]

#: an item of a list run on one line: after the line's start, a label's ":", a comma or a
#: semicolon, one to six words, then a birth year or an age in brackets, the item's end after
_ITEM = re.compile(
    r"(?:^|(?<=[:,;]))[ \t]*(?P<words>[^\W\d_]+(?:[ \t][^\W\d_]+){0,5})[ \t]*"
    r"\((?:(?:19|20)\d\d|\d{1,2})\)[ \t]*(?=[,;.]|$)",
    re.MULTILINE,
)
#: the kin or household words before a listed name, folded ("bé", "con", "vợ", "chủ hộ")
_LEADS = frozenset(
    (
        "be chau con vo chong me bo cha ong ba anh chi em co chu bac cu di thay"
        " chu_ho vo_chong con_trai con_gai chau_noi chau_ngoai"
    ).split()
)
#: words of a header or a count, never of a listed name (folded)
_NOT_NAME = frozenset(("tong", "cong", "so", "ten", "nam", "tuoi", "stt", "ngay", "sinh"))
#: address units that are no surname: an item they open is a place
_PLACE_OPENERS = frozenset(
    ("thon", "xom", "ap", "xa", "phuong", "khu", "khom", "duong", "pho", "ngo", "hem", "kiet",
     "tinh", "huyen", "quan", "tp", "buon", "plei", "phum", "soc", "lang", "ban")
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")
#: a year or an age in brackets, led by a literal (the gate before ``_ITEM``)
_BRACKETED_NUMBER = re.compile(r"\((?:(?:19|20)\d\d|\d{1,2})\)")
#: the fewest items of such a list
_MIN_ITEMS = 3

_Span = tuple[int, int]


def _name_in(doc: Document, m: re.Match[str]) -> _Span | None:
    """The span of the name an item holds (its words after a kin or household word), or None
    where the item cannot be a name."""
    text = doc.text
    words = [w.span() for w in _WORD.finditer(text, m.start("words"), m.end("words"))]
    folded = [fold_word(text[a:b]) for a, b in words]
    led = 0
    if len(folded) > 2 and f"{folded[0]}_{folded[1]}" in _LEADS:
        led = 2
    elif len(folded) > 1 and folded[0] in _LEADS:
        led = 1
    rest = folded[led:]
    if not 1 <= len(rest) <= 4 or (len(rest) == 1 and not led):
        return None
    if any(w in _NOT_NAME for w in rest):
        return None
    if rest[0] in _PLACE_OPENERS and rest[0] not in lexicons().surnames:
        return None
    return words[led][0], words[-1][1]


def inline_list_names(
    doc: Document, found: Sequence[Detection], detector_id: str
) -> Iterator[Detection]:
    """The names of a list run on one line whose other items' names were found."""
    text = doc.text
    if "(" not in text or _BRACKETED_NUMBER.search(text) is None:
        return  # (the items' pattern is tried only where a number stands in brackets)
    persons = [
        (f.start, f.end) for f in found if f.entity is EntityType.PERSON and f.score >= REPORT_FLOOR
    ]
    if not persons:
        return
    taken = [(f.start, f.end) for f in found]
    lines: dict[int, list[re.Match[str]]] = {}
    for m in _ITEM.finditer(text):
        lines.setdefault(text.rfind("\n", 0, m.start()) + 1, []).append(m)
    for items in lines.values():
        if len(items) < _MIN_ITEMS:
            continue
        named, unnamed = 0, []
        for m in items:
            s, e = m.span("words")
            if any(s <= a and b <= e for a, b in persons):
                named += 1
                continue
            name = _name_in(doc, m)
            if name is None:
                continue
            a, b = name
            if any(ta < b and a < te for ta, te in taken):
                continue
            unnamed.append((a, b))
        if not named or 2 * named < len(unnamed):
            continue
        for a, b in unnamed:
            yield Detection(
                EntityType.PERSON,
                a,
                b,
                SCORE_NAME_COLUMN,
                detector_id,
                pattern="person.column_mate",
                base_score=BASE_NAME_COLUMN,
                context="list",
            )
