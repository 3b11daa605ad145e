"""Names typed with their middle name in lower case: "Nguyễn văn Hải", "Nguyen van Hai",
"Trần thị Lan", "Lê thị Thu Hà". Many type the surname and the given name with capitals and
"văn" / "thị" (the commonest middle names, which are also words) without; the capitalised
runs stop at the lower-case word, so the name was cut to its surname ("Nguyen") or missed,
the rest left visible.

A surname of the lexicon in capitals, "văn"/"thị" (or "van"/"thi") in lower case, one or two
capitalised words that are given or middle names of the lexicon (the last a given name), the
whole not standing after a street, ward, school or bridge word ("đường Nguyễn văn Cừ" is a
street). The surname must be a word of its own and the given name end the name (no capitalised
word after it: that run is the capitalised paths' to judge).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.gates import Needs
from ai_guard.detectors.person.lexicon import lexicons
from ai_guard.detectors.person.scores import BASE_SURNAME_FIRST, SCORE_FULL_NAME
from ai_guard.models import EntityType
from ai_guard.text import Document, fold_word

__all__ = ["lower_middle_names"]

#: a capitalised word: the capitals of Vietnamese only (a range "À-Ỹ" holds the small letters
#: between them too: "Nguyễn văn An đến" read "đến" as a capitalised given name)
_CAPITALS = "".join(c for c in map(chr, range(0xC0, 0x1EF9)) if c.isupper() and c.isalpha())
_CAP = rf"[A-Z{_CAPITALS}][^\W\d_]*"
_NAME = re.compile(
    rf"(?<![^\W\d_])({_CAP}) (văn|thị|van|thi) ({_CAP})(?: ({_CAP}))?(?![^\W\d_])(?! {_CAP})"
)
#: the words before a name that make it a place's or a body's ("đường Nguyễn văn Cừ")
_PLACE_BEFORE = re.compile(
    r"(?<![a-z])(?:duong|pho|phuong|xa|quan|huyen|truong|thpt|thcs|cau|cho|benh vien|khu|"
    r"to|ap|thon|street|st\.?|road)\s*$"
)
#: place words of ``_PLACE_BEFORE`` that, typed without diacritics, are everyday words ("cho"
#: for, no "chợ" market; "to" big, no "tổ"; "cau" a sentence, no "cầu" bridge): spelled so
#: before a name typed with its diacritics they are the writer's plain word ("nghỉ phép cho
#: Nguyễn văn Thịnh"), no place's
_PLAIN_EVERYDAY = re.compile(r"(?<![^\W\d_])(?:cho|to|cau)[ \t]*$", re.IGNORECASE)


def _plain_word_before(text: str, m: re.Match[str]) -> bool:
    """Whether the place word before a name typed with diacritics is spelled as an everyday
    word without them (``_PLAIN_EVERYDAY``): "cho Nguyễn văn Thịnh" (for), no "chợ"."""
    return not m.group().isascii() and (
        _PLAIN_EVERYDAY.search(text, max(0, m.start() - 8), m.start()) is not None
    )


#: a surname and "thị" / "văn" spelled with their diacritics that are one everyday word
#: ("đồ thị" a graph, "đô thị" a city, "công văn" an official letter, "hoa văn" a pattern):
#: a title's words in capitals after them are no given name
_EVERYDAY_WITH_MIDDLE = frozenset(
    {"đồ thị", "đô thị", "thành thị", "công văn", "hoa văn", "thiên văn", "ngữ văn", "luận văn"}
)

#: the middle names looked for, between spaces: each found by a literal search (the pattern
#: led by a class of capitals scanned a megabyte of prose in 45 ms)
_MIDDLES = (" văn ", " thị ", " van ", " thi ")
#: the word before a middle name, capitalised: where the name starts
_WORD_BEFORE = re.compile(rf"{_CAP}$")


def _candidates(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_NAME`, tried only where a middle name stands between spaces with
    a capital right after it, at the capitalised word before it; in order."""
    starts: set[int] = set()
    for middle in _MIDDLES:
        p = text.find(middle)
        while p >= 0:
            after = p + len(middle)
            if after < len(text) and text[after].isupper():
                word = _WORD_BEFORE.search(text, max(0, p - 12), p)
                if word is not None:
                    starts.add(word.start())
            p = text.find(middle, p + 1)
    for start in sorted(starts):
        m = _NAME.match(text, start)
        if m is not None:
            yield m


#: what this path needs: a capital, three words and a middle name between spaces (``_MIDDLES``
#: on the word sketch: " văn " reads " van " there)
NEEDS = Needs(capital=True, words=3, sketch=(b" van ", b" thi "))


def lower_middle_names(doc: Document, detector_id: str) -> Iterator[Detection]:
    """Every "Surname văn|thị Given [Given]" name in ``doc`` (see the module docstring)."""
    text = doc.text
    surnames, middles, givens, _places, _cues = lexicons()
    for m in _candidates(text):
        surname = fold_word(m.group(1))
        if surname not in surnames:
            continue
        names = [fold_word(g) for g in (m.group(3), m.group(4)) if g]
        if names[-1] not in givens or any(n not in givens and n not in middles for n in names):
            continue
        before = doc.folded[max(0, m.start() - 16) : m.start()]
        if _PLACE_BEFORE.search(before) and not _plain_word_before(text, m):
            continue
        if f"{m.group(1).lower()} {m.group(2)}" in _EVERYDAY_WITH_MIDDLE:
            continue  # "Đồ thị Tri thức" (a knowledge graph), "Công văn Hỏa tốc"
        yield Detection(
            EntityType.PERSON,
            m.start(),
            m.end(),
            SCORE_FULL_NAME,
            detector_id,
            pattern="person.surname_first",
            base_score=BASE_SURNAME_FIRST,
        )
