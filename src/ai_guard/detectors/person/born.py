"""Capitalised full names whose given name no lexicon holds, known by the birth year or date
written right after them ("2. Lâm Chí Khoáng (SN 1975) - 102/7/9 ...", "- Trương Công Lự
(1955), xóm Bãi, ...", "Hà Văn Pởm, sinh năm 1962"), or by the identity card's number
("Mai Xuân Khiếu (CMND 186472039)").

A list of signatories, a register's rows, a land record's lines: the capitalised path reads a
surname, middle names and a given name by the lexicons, and a rare given name ("Khoáng",
"Lự", "Pởm") leaves it with a surname and a word it cannot vouch for. A birth year in brackets
or after a comma ("(1955)", "(SN 1975)", ", sinh năm 1962") says the words before it are a
person's, as it does in the forms (h28's first run). The words still need a full name's
shape: three or four capitalised words on one line, one space apart, a lexicon surname spelled
as one, middle names the lexicons hold, a last word that is a Vietnamese syllable; not a
place (no unit word before it: "xóm Bãi (1955)"), not a historical figure.

:func:`vouched_unknown_surnames` reads the converse: a surname no lexicon holds ("Ứng", "Giả")
before "Văn" or "Thị" and a lexicon given name, vouched for by a phone in brackets or an age
right after it ("Ứng Văn Khải (0941 362 057)", "Giả Thị Thu, 72 tuổi").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.gates import Needs
from ai_guard.detectors.person.lexicon import (
    everyday_pair,
    given_spellings,
    lexicons,
    surname_spellings,
)
from ai_guard.detectors.person.scores import (
    BASE_SURNAME_FIRST,
    REPORT_FLOOR,
    SCORE_FULL_NAME,
)
from ai_guard.detectors.person.shape import is_vietnamese_syllable
from ai_guard.detectors.person.uncued import place_unit_before
from ai_guard.detectors.person.words import is_public_figure, spelled_as_surname
from ai_guard.models import EntityType
from ai_guard.text import Document, fold_word
from ai_guard.text.match import spelling

__all__ = ["NEEDS", "born_names", "vouched_unknown_surnames"]

#: a birth year in brackets ("(1955)", "(SN 1975)", "(sinh năm 1962)") or a birth label after
#: a comma (", sinh năm", ", SN", ", sinh ngày"), on the folded view: two patterns, each led by
#: its literal, which the engine skips to (one led by "[(,]" was tried at every comma and
#: bracket); a match holds no "," nor "(" past its first character, so none overlaps another
_BIRTH_AFTER = (
    re.compile(r"\((?:sn|ns|s\.n\.?|sinh nam|nam sinh|sinh)?[ \t:]*(?:19|20)\d\d\)"),
    re.compile(r",[ \t]*(?:sinh nam|sinh ngay|nam sinh|sn|ns)(?![a-z])"),
    # the person's identity card and its number in brackets or after a comma ("Mai Xuân Khiếu
    # (CMND 186472039)", "Hà Văn Pởm, CCCD 0140..."): only a person holds one
    re.compile(r"[(,][ \t]*(?:so[ \t]+)?(?:cmnd|cccd|cmt)[ \t:.]*(?:so[ \t:]*)?\d{9,12}(?!\d)"),
)
#: the words right before a mark on its line (up to four, one space apart): what
#: :func:`_words_before` reads walking back from the mark
_WORDS_BEFORE = re.compile(r"(?:[^\W\d_]+ ){1,3}[^\W\d_]+\Z")
#: the most words :data:`_WORDS_BEFORE` takes
_MOST_WORDS = 4


def _word_char(c: str) -> bool:
    """``[^\\W\\d_]`` of Python's ``re`` for one character: a letter, or a numeric character
    that is no decimal digit (``re``'s word characters are those ``str.isalnum`` takes, and
    ``_``)."""
    return c.isalnum() and not c.isdecimal()


def _words_before(text: str, lo: int, end: int) -> int | None:
    """Where ``_WORDS_BEFORE.search(text, lo, end)`` starts (None where it finds nothing):
    two to four words one space apart ending at ``end``, read back from ``end`` (the search
    tries every start from ``lo``, each one backtracking over the words' letters: 88,000
    instructions on a 48-character window ending in a four-word name, against 33,000 for
    this walk). A word may be cut by ``lo``."""
    first = pos = end  # the first word's start so far; where the next word back ends
    words = 0
    while words < _MOST_WORDS:
        k = pos
        while k > lo and _word_char(text[k - 1]):
            k -= 1
        if k == pos:
            break  # no word here: the words read so far are the match
        words += 1
        first = k
        # one space, then the word before it (a word cut by ``lo`` ends the walk)
        if k - 1 <= lo or text[k - 1] != " " or not _word_char(text[k - 2]):
            break
        pos = k - 1
    return first if words >= 2 else None


#: what this path needs: a capital letter and three words
NEEDS = Needs(capital=True, words=3)


def _titled(word: str) -> bool:
    """A word with its first letter alone in capitals ("Khoáng", not "KHOÁNG", "khoáng")."""
    return len(word) > 1 and word[0].isupper() and word[1:].islower()


def born_names(doc: Document, found: Sequence[Detection], detector_id: str) -> Iterator[Detection]:
    """The capitalised names a birth year after them vouches for (module docstring), apart
    from those the other paths found."""
    folded = doc.folded
    if (
        "(" not in folded
        and "sinh" not in folded
        and "sn" not in folded
        and "ns" not in folded
        and "cmnd" not in folded
        and "cccd" not in folded
    ):
        return
    text = doc.text
    taken = [(d.start, d.end) for d in found if d.score >= REPORT_FLOOR]
    surnames, middles, givens, _, _ = lexicons()
    marks = [m for p in _BIRTH_AFTER for m in p.finditer(folded)]
    marks.sort(key=lambda m: m.start())  # (the text's order, as one pattern's matches were)
    for m in marks:
        e = m.start()
        while e > 0 and folded[e - 1] in " \t":
            e -= 1  # "(1955)" set off by a space
        line = text.rfind("\n", 0, e) + 1
        at = _words_before(text, max(line, e - 48), e)
        if at is None:
            continue
        raw = text[at:e].split(" ")
        while raw and not _titled(raw[0]):
            raw.pop(0)  # the words of the sentence before the name
        if not 3 <= len(raw) <= 4:
            continue
        s = e - len(" ".join(raw))
        words = [fold_word(w) for w in raw]
        if (
            words[0] not in surnames
            or not spelled_as_surname(raw[0], doc, s)
            or not all(w in middles or w in givens for w in words[1:-1])
            or words[-1] in givens  # the capitalised path reads it (or judged it no name)
            or not all(_titled(w) and is_vietnamese_syllable(w) for w in raw)
            or any(a < e and s < b for a, b in taken)
            or place_unit_before(text, s)
            or is_public_figure(text[s:e])
        ):
            continue
        yield _born(s, e, detector_id, "identity" if m.re is _BIRTH_AFTER[2] else "birth")


#: what vouches for a capitalised name whose surname no lexicon holds, right after it: a phone
#: in brackets ("Ứng Văn Khải (0941 362 057)") or an age after a comma ("Giả Thị Thu, 72
#: tuổi"), on the folded view
_VOUCH_AFTER = (
    re.compile(r"\((?:\+?84|0)\d{2}[\d .]{6,}\d\)"),
    re.compile(r",[ \t]*\d{1,3}[ \t]*tuoi(?![a-z])"),
)
#: the middle names that make three capitalised words a Kinh name whatever the first is
_GENDER_MIDDLES = frozenset({"Văn", "Thị"})


def vouched_unknown_surnames(
    doc: Document, found: Sequence[Detection], detector_id: str
) -> Iterator[Detection]:
    """Three capitalised words, a surname no lexicon holds ("Ứng", "Giả"), "Văn" or "Thị"
    spelled so and a given name spelled as one, before a phone in brackets or an age ("...;
    Ứng Văn Khải (0941 362 057).", "Bệnh nhân Giả Thị Thu, 72 tuổi"): the phone or the age
    says a person is meant, the middle name that the words are a Kinh name. Not an everyday
    word ("Nhà Văn Hóa", "Văn Hóa"), a place (a unit word before it), a historical figure."""
    folded = doc.folded
    if "(" not in folded and "tuoi" not in folded:
        return
    text = doc.text
    taken = [(d.start, d.end) for d in found if d.score >= REPORT_FLOOR]
    _, _, givens, not_names, _ = lexicons()
    for pattern in _VOUCH_AFTER:
        for m in pattern.finditer(folded):
            e = m.start()
            while e > 0 and folded[e - 1] in " \t":
                e -= 1
            line = text.rfind("\n", 0, e) + 1
            at = _words_before(text, max(line, e - 40), e)
            if at is None:
                continue
            raw = text[at:e].split(" ")[-3:]
            if len(raw) != 3 or raw[1] not in _GENDER_MIDDLES:
                continue
            s = e - len(" ".join(raw))
            first, given = raw[0], raw[2]
            if (
                not all(_titled(w) and is_vietnamese_syllable(w) for w in (first, given))
                or first.isascii()
                # a lexicon surname spelled as one is the capitalised path's ("Ứng" is no
                # "Ưng")
                or spelling(first) in surname_spellings().get(fold_word(first), ())
                or fold_word(given) not in givens
                or spelling(given.lower()) not in given_spellings()
                or everyday_pair(first.lower(), raw[1].lower())
                or everyday_pair(raw[1].lower(), given.lower())
                or fold_word(" ".join(raw)) in not_names
                or any(a < e and s < b for a, b in taken)
                or place_unit_before(text, s)
                or is_public_figure(text[s:e])
            ):
                continue
            yield _born(s, e, detector_id, "vouched")


def _born(start: int, end: int, detector_id: str, context: str) -> Detection:
    """A full name vouched for by what follows it (``context``: its birth year, its identity
    card, a phone or an age)."""
    return Detection(
        EntityType.PERSON,
        start,
        end,
        SCORE_FULL_NAME,
        detector_id,
        pattern="person.born",
        base_score=BASE_SURNAME_FIRST,
        context=context,
    )
