"""Wards, communes and the units above them: a bare ward after a street, a ward whose name closes
at a clause word, a ward then its district or province with no unit word, quarters, and the
capitalised or lower-case ward typed without its unit word."""

from __future__ import annotations

import itertools
import re

from ai_guard.detectors.address.component import (
    _BARE_ABBREVIATED,
    _DIGIT,
    _NAME_AFTER,
    _component_at,
)
from ai_guard.detectors.address.lexicon import (
    _LC_NOT_NAME,
    _LC_WORDS,
    _UNITS,
    _Component,
    _first_word,
    _is_unit_word,
    _known,
    _known_at,
    _lc_bare,
    _Link,
)
from ai_guard.detectors.address.lower_case import _SEP, _clause_word, _lower_name
from ai_guard.detectors.address.places import _COMMA, _LC_END, _commune_openings
from ai_guard.detectors.address.streets import _NON_SPACE
from ai_guard.detectors.person.lexicon import everyday_pair
from ai_guard.detectors.person.shape import is_vietnamese_syllable
from ai_guard.text import Document, fold_word
from ai_guard.text.match import holds_any

#: the next lower-case word, a comma before it or none (folded): "ở 18 trần hưng đạo, mai
#: ..." ends the street at the comma where a chat word follows it
_NEXT_WORD_OR_COMMA = re.compile(r"[ \t]*,?[ \t]*(?<=[ \t])([a-z]+)(?![\w'])")
#: wards and districts by their numbers after a street, a comma before each or none (folded):
#: ", phường 5", " p13 q3", ", p.7, quận 10"
_NUMBERED_WARDS_AFTER = re.compile(
    r"(?:[ \t]*,?[ \t]*(?:phuong|quan|p|q)(?:[ \t]*\.[ \t]*|[ \t]*)\d{1,2}(?![\w/.,]\d|[\w/]))+"
)
#: a comma or none, then a space, before the next lower-case name (folded)
_GAP_TO_NAME = re.compile(r"[ \t]*,?[ \t]+(?=[a-z])")
#: the unit words of ``_NUMBERED_WARDS_AFTER`` (folded): "phuong", "p", "quan", "q"
_NUMBERED_WARD_WORD = re.compile(r"(?<![a-z])(?:phuong|quan|p|q)(?![a-z])")
#: a ward's, commune's or district's word, with a comma before it or none, before its
#: lower-case name (folded): " p. chánh hưng", ", quận bình thạnh"
_NAMED_WARD_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:(phuong|xa|quan|huyen)|(p|q|x|h)\.)(?=[ \t]+([a-z]))"
)
_WARD_LETTERS = {"p": "phuong", "q": "quan", "x": "xa", "h": "huyen"}
#: a verb and "nhau" ("đánh nhau", "cãi nhau", "gây nhau"), after a ward's name (folded)
_RECIPROCAL = re.compile(r"[ \t]+[a-z]+[ \t]+nhau(?![\w'])")


#: everyday words that close many wards' and communes' names once folded, each with its
#: everyday spellings: "bến nghé" (no "nghe"), "linh chiểu" (no "chiều"), "tân phong" (no
#: "phòng"), "thanh văn" (no "vẫn"), "phước lai" (no "lại")
_WARD_SYLLABLE_EVERYDAY = {
    "nghe": ("nghe",), "chieu": ("chiều",), "phong": ("phòng",), "van": ("vẫn",),
    "lai": ("lại",),
}  # fmt: skip


def _ward_syllable_spelled(text: str, w: re.Match[str]) -> bool:
    """Whether the ward's syllable ``w`` (a match in the folded text), after its first, is
    one of ``_WARD_SYLLABLE_EVERYDAY`` written in a text with diacritics otherwise than the
    everyday word: the name's, not chat's ("p. bến nghé", "p. linh chiểu", "p. tân phong")."""
    everyday = _WARD_SYLLABLE_EVERYDAY.get(w.group())
    if everyday is None:
        return False
    written = text[w.start() : w.end()].lower()
    if written in everyday:
        return False
    # typed plain, the word is as likely the everyday one: only where the name before it
    # has marks (the text is written with them)
    before = text[max(0, w.start() - 12) : w.start()]
    return not written.isascii() or not before.isascii()


def _ward_name_end(doc: Document, pos: int) -> int | None:
    """The end of a ward's lower-case name of two or three words right after ``pos`` (its
    unit word's end), none chat's, a unit's or off a place's syllables, where the sentence
    ends, a comma, chat's word, a unit word or a numbered district follows; or None."""
    folded = doc.folded
    m = _LC_WORDS.match(folded, pos)
    if m is None:
        return None
    run = list(_WORD.finditer(folded, m.start(1), m.end()))[:3]
    for n in range(len(run), 1, -1):
        after = run[n - 1].end()
        nxt = _NEXT_WORD_OR_COMMA.match(folded, after)
        if (
            not any(
                (
                    w.group() in _STREET_TAIL_NOT
                    or w.group() in _LC_NOT_NAME
                    or w.group() in _UNITS
                    or _clause_word(w.group())
                )
                and not (i and _ward_syllable_spelled(doc.text, w))
                for i, w in enumerate(run[:n])
            )
            and all(is_vietnamese_syllable(doc.text[w.start() : w.end()]) for w in run[:n])
            and (
                _HOUSE_STREET_END.match(folded, after) is not None
                or _COMMA.match(folded, after) is not None
                or (
                    nxt is not None
                    and (
                        nxt.group(1) in _STREET_TAIL_NOT
                        or nxt.group(1) in _UNITS
                        or _clause_word(nxt.group(1))
                    )
                )
                # "p. chánh hưng đánh nhau", "p. bến thành cãi nhau": a verb and "nhau"
                or _RECIPROCAL.match(folded, after) is not None
                # "p. linh chiểu thủ đức": a known district or city after it, no comma
                or (nxt is not None and _known_at(folded, nxt.start(1), _known()) is not None)
                or _NUMBERED_WARDS_AFTER.match(folded, after) is not None
            )
        ):
            return after
    return None


def _wards_after_street(doc: Document, end: int) -> int:
    """The end of the wards and districts right after a house's named street ending at
    ``end`` (``end`` itself where none): by their numbers (", phường 5", " p13 q3") or by a
    lower-case name after their word or its letter and dot (" p. chánh hưng", ", quận 8")."""
    folded = doc.folded
    level = 0
    while True:
        numbered = _NUMBERED_WARDS_AFTER.match(folded, end)
        if numbered is not None:
            # (the last unit's level: "p.14 q. tân bình" names its district after the ward)
            last = _NUMBERED_WARD_WORD.findall(numbered.group())[-1]
            end, level = numbered.end(), 2 if last.startswith("q") else 1
            continue
        named = _NAMED_WARD_AFTER.match(folded, end)
        if named is None and level >= 1 and (gap := _GAP_TO_NAME.match(folded, end)):
            # "ở 88 bàu cát 2 p.14 tân bình": a known district or city after the ward, with
            # no unit word or comma
            known_end = _known_at(folded, gap.end(), _known())
            if known_end is not None and doc.folded_cased[gap.end()].islower():
                return known_end
        if named is None or doc.folded_cased[named.start(3)] != named.group(3):
            return end  # (a capitalised name: the chains read it)
        key = named.group(1) or _WARD_LETTERS[named.group(2)]
        if _UNITS[key] <= level:
            return end
        at = named.start(3)
        name_end = _known_at(folded, at, _known())
        if name_end is None:
            # a name no list holds: two or three words of a place's syllables, none chat's,
            # then the sentence's end, a comma, chat's word or the next unit ("p. hay đi chơi",
            # "p. chánh hưng đánh nhau" stop short)
            name_end = _ward_name_end(doc, named.end())
        if name_end is None:
            return end
        end, level = name_end, _UNITS[key]


#: what ends a house's street read after "ở": a stop, a question or the line's end (not a
#: comma, after which the address may go on)
_HOUSE_STREET_END = re.compile(r"[ \t]*(?:[;!?)]|\.(?![\w.])|\r?\n|$)")


#: the most words of a ward typed bare before its known district
_BARE_WARD_WORDS = 3


def _bare_ward_then_known(doc: Document, pos: int) -> int | None:
    """The end of a known district or city right at ``pos`` or after a ward's name of one to
    three lower-case words typed bare ("linh trung thủ đức"), none of them chat's or a unit
    word, or None."""
    folded = doc.folded
    known = _known()
    at = pos
    for _ in range(_BARE_WARD_WORDS + 1):
        gap = _GAP_TO_NAME.match(folded, at)
        if gap is None or not doc.folded_cased[gap.end()].islower():
            return None
        end = _known_at(folded, gap.end(), known)
        if end is not None:
            return end
        word = _NEXT_LC_WORD.match(folded, at)
        if word is None or "," in folded[at : word.start(1)]:
            return None
        w = word.group(1)
        if w in _LC_NOT_NAME or w in _LC_END or w in _UNITS or w in _STREET_TAIL_NOT:
            return None
        at = word.end()
    return None


#: a district's or city's word or letter (folded) among the units read after a street
_DISTRICT_WORD = re.compile(r"(?<![a-z])(?:q|quan|h|huyen|tp|thanh pho|tx|thi xa)(?![a-z])")


def _ward_and_district(folded: str, street_end: int, end: int) -> bool:
    """Whether the units read after a street, ``folded[street_end:end]``, hold a ward and a
    district ("p.14 q. tân bình"): with both, a house after "ở" is an address whoever lives
    there (one ward alone may be an errand's: "mua rau ở 12 chợ cũ p. 5"), where no comma
    sets them apart."""
    return (
        end > street_end
        # (with commas the chains read the address, and know an agency's office: "trụ sở ở số
        # 5 đường lê lợi, phường bến thành, tp hcm")
        and "," not in folded[street_end:end]
        and _DISTRICT_WORD.search(folded, street_end, end) is not None
    )


#: days and times of day that a clock time follows ("mai 8h", "toi 7 gio"), after a street's
#: name in chat (folded)
_DAY_WORDS = frozenset(("mai", "toi", "trua", "nay", "sang", "chieu"))
#: chat's words that follow a street's name, and no street's name ends on (folded)
_STREET_TAIL_NOT = _LC_END | frozenset(
    ("thuong", "hay", "co", "bi", "da", "se", "rat", "ngay", "gan", "sat", "van", "lai", "deu",
     "nen", "phai", "can", "bao", "noi", "di", "ve", "den", "tu", "sang", "chieu", "dem", "ma",
     "ay", "nao", "gi", "ai", "ne", "oi", "a", "ok", "suot", "cu", "hat", "mo", "bat")
)  # fmt: skip


#: a district, town or province by its bare letters inside a chain (folded): "h nghi loc", "t
#: nghe an", "tx son tay"
_BARE_HIGHER = re.compile(r"(h|t|tx|tt)[ \t]+(?=[a-z])")  # (on the folded view)
_BARE_HIGHER_UNITS = {"h": "huyen", "t": "tinh", "tx": "thi xa", "tt": "thi tran"}


def _bare_higher(doc: Document, after: int, level: int) -> _Link | None:
    """The link a district, town or province by its bare letters starts at ``after`` inside a
    chain (no higher than it, a lower-case name after): a known place, or a name that a unit
    above it follows ("h nghi loc, t nghe an"); None otherwise."""
    m = _BARE_HIGHER.match(doc.folded, after)
    if m is None:
        return None
    if doc.folded_cased[after] != doc.folded[after]:
        # a capital letter only in a form typed all in capitals ("H ĐỒNG PHÚ, T BÌNH PHƯỚC")
        name = _first_word(doc.folded_cased, m.end())
        if len(name) < 2 or not name.isupper():
            return None
    short = _BARE_HIGHER_UNITS[m.group(1)]
    if _UNITS[short] < level:
        return None
    read = _lower_name(doc.folded, m.end(1), short, doc.text, True)
    if read is None:
        return None
    if read[1] != "known" and not (
        _ward_then_higher(doc, read[0], short)
        or (
            (sep := _SEP.match(doc.folded_cased, read[0])) is not None
            and (up := _BARE_HIGHER.match(doc.folded, sep.end())) is not None
            and _UNITS[_BARE_HIGHER_UNITS[up.group(1)]] > _UNITS[short]
        )
    ):
        return None
    return (after, read[0], _UNITS[short], short)


#: a lower-case word after the tower, spaces before it (folded): the estate's name's words
_NEXT_LC_WORD = re.compile(r"[ \t]+([a-z]+)")


#: what may close a ward's name alone after a flat: punctuation, a line's or text's end
_WARD_CLOSE = re.compile(r"[ \t]*(?:[,.;)\n]|$)")


def _ward_named(doc: Document, comp: _Component) -> bool:
    """Whether the ward or commune ``comp`` alone after a flat is named so: by its number, or
    by a name of one to three words whose first opens place names (spelled so where the text
    has marks: ``address_commune_openings.txt``) and that punctuation or the text's end
    closes, no everyday pair inside ("p. tân mỹ,"; not "phường xem xét", "phường cử đại
    biểu")."""
    name = comp[3]
    if name[:1].isdigit():
        return True
    words = doc.text[comp[1] - len(name) : comp[1]].lower().split()
    spelled, folded = _commune_openings()
    first = words[0] if words else ""
    opens = first in spelled if not first.isascii() else fold_word(first) in folded
    return (
        opens
        and len(words) <= 3
        # ("phường cử đại biểu": an everyday pair inside is chat's)
        and not any(everyday_pair(a, b, places=False) for a, b in itertools.pairwise(words))
        and _WARD_CLOSE.match(doc.folded, comp[1]) is not None
    )


_WORD = re.compile(r"[a-z]+")
_BARE_ABBREVIATIONS = {"p": "phuong", "q": "quan", "x": "xa"}
#: a ward's or commune's bare letter before a capitalised name, inside a chain ("kp 4 p Tan
#: Mai"): the letter alone, then a capital
_BARE_BEFORE_CAPITAL = re.compile(r"[px][ \t]+(?=[A-Z])")


def _bare_ward_capitalised(doc: Document, at: int, level: int) -> int | None:
    """The end of a ward or commune by its bare letter and a capitalised name of one to three
    words at ``at`` inside a chain whose last component lies below a ward ("kp 4 p Tan Mai"),
    or None: the name no unit word, a higher unit or a known place after it ("doi 15 p Nam
    nhe" is minutes: nothing after)."""
    cased = doc.folded_cased
    if level >= 1:
        return None
    m = _BARE_BEFORE_CAPITAL.match(cased, at)
    if m is None:
        return None
    cap = _NAME_AFTER.match(cased, m.end())
    if cap is None or "\n" in cased[m.end() : cap.start(1)]:
        return None
    words = cap.group(1).split()
    if not 1 <= len(words) <= 3 or _is_unit_word(words[0]):
        return None
    if not all(w[:1].isupper() for w in words) or not _ward_then_higher(doc, cap.end(1), "phuong"):
        return None
    return cap.end(1)


#: a residents' group's, a quarter's or a hamlet's words by their number, which a ward or a
#: commune by its bare letter may close in chat ("tổ 3 kp 2 p tân hiệp nhé")
_QUARTERS = frozenset(
    ("to", "to dan pho", "tdp", "khu pho", "kp", "khom", "xom", "thon", "ap", "khu vuc", "doi")
)


def _ward_ends_quarters(doc: Document, comps: list[_Link], at: int, end: int) -> bool:
    """Whether the lower-case name from ``at`` to ``end``, after a ward's or commune's bare
    letter, closes a chain of groups, quarters or hamlets by their numbers ("tổ 3 kp 2 p tân
    hiệp nhé", "xóm 4 x nghi lộc."): two or three words of a place's syllables, then the
    sentence's end or chat's word ("đợi 15 p nữa", "tổ 3 p nam nhé" stay minutes)."""
    folded = doc.folded
    words = folded[at:end].split()
    return (
        2 <= len(words) <= 3
        and all(k in _QUARTERS for _, _, _, k in comps)
        and all(_DIGIT.search(folded, s, e) is not None for s, e, _, _ in comps)
        and not any(w in _LC_END or w in _LC_NOT_NAME for w in words)
        and all(
            is_vietnamese_syllable(doc.text[m.start() : m.end()])
            for m in _NON_SPACE.finditer(doc.text, at, end)
        )
        and (
            _HOUSE_STREET_END.match(folded, end) is not None
            or (
                (nxt := _NEXT_WORD_OR_COMMA.match(folded, end)) is not None
                and (
                    nxt.group(1) in _STREET_TAIL_NOT
                    or (nxt.group(1) in _DAY_WORDS and "," in nxt.group(0))
                )
            )
        )
    )


def _ward_then_higher(doc: Document, end: int, short: str) -> bool:
    """Whether a unit above ``short`` follows the name ending at ``end``: a component, a known
    place, or a district by its bare letter and number ("p long bình q9 tphcm")."""
    cased = doc.folded_cased
    sep = _SEP.match(cased, end)
    if sep is None:
        return False
    after = sep.end()
    if (
        _component_at(doc, after, short) is not None
        or _known_at(doc.folded, after, _lc_bare()) is not None
    ):
        return True
    ab = _BARE_ABBREVIATED.match(cased, after)
    return (
        ab is not None
        and ab.group(2) is not None
        and _UNITS[_BARE_ABBREVIATIONS[ab.group(1)]] > _UNITS[short]
    )


#: the letter alone between spaces or tabs that every match of ``_BARE_WARD_START``'s first
#: branch holds ("o p long binh"); its second branch holds "kp" or "tdp"
_LONE_WARD_LETTERS = (" p ", " x ")
_LONE_WARD_LETTERS_TAB = (" p\t", "\tp ", "\tp\t", " x\t", "\tx ", "\tx\t")


def _bare_ward_possible(folded: str) -> bool:
    """Whether ``_BARE_WARD_START`` may match in ``folded``: a few substring tests, where the
    pattern (three alternatives behind a look-behind, tried at every position) scanned 200 KB
    of prose in 40 ms for nothing."""
    return (
        holds_any(folded, _LONE_WARD_LETTERS)
        or "kp" in folded
        or "tdp" in folded
        or ("\t" in folded and holds_any(folded, _LONE_WARD_LETTERS_TAB))
    )
