"""Candidate finding: runs of capitalised words, walked word by word for where a name starts.

A run is two or more capitalised words separated by one or two spaces (a line break, a full
stop, a tab or a wider gap ends it: "Họ tên: Đặng Quốc Việt   Giới tính: Nam"). In each run:

1. a whole table cell under a name column is a name (:func:`.cued.name_cell`);
2. a run with no lexicon surname and no cue word is a name only after a strong cue
   (:func:`.cued.cued_unknown`);
3. a run that opens a line and is followed by ", ngày <digit>" is a place of issue, skipped
   (:func:`.context.is_place_of_issue`);
4. otherwise the walk skips honorifics ("Ông Trần Quốc Bảo") and known places ("Hồ Chí Minh",
   skipped whole), tries each lexicon surname (:func:`.surname_first.from_surname`), tries a
   cue-led unknown surname where a word is not one, and goes on after each name it finds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.context import CUE_REACH, RIGHT_BEFORE, is_place_of_issue
from ai_guard.detectors.person.cued import cued_unknown, name_cell
from ai_guard.detectors.person.lexicon import (
    HONORIFICS,
    cue_words,
    lexicons,
    public_figures,
    strong_cues,
)
from ai_guard.detectors.person.surname_first import from_surname
from ai_guard.detectors.person.words import (
    fold,
    is_typical_middle,
    spelled_as_cue,
    spelled_as_surname,
)
from ai_guard.text import Document

__all__ = ["capitalised_names"]

_UP = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_WORD = rf"[{_UP}](?:[^\W\d_]|')*"
# Two or more capitalised words separated by spaces or tabs (a line break or a full stop ends
# a name; a single capital with a dot is an initial: "Nguyễn Văn A.").
# words of a name are separated by one space (two at most); a tab or a wider gap separates
# fields ("Họ tên: Đặng Quốc Việt   Giới tính: Nam")
_SEQ = re.compile(rf"({_WORD})(?:[ \u00a0]{{1,2}}{_WORD}){{1,6}}(?![\w])")
_WORD_RE = re.compile(rf"{_WORD}")


def capitalised_names(doc: Document, detector_id: str) -> Iterator[Detection]:
    """Every capitalised name in ``doc`` (see the module docstring for the walk)."""
    surnames, middles, givens, not_names, cues = lexicons()
    words_that_cue = cue_words()
    text = doc.text
    strong = strong_cues()
    for seq in _SEQ.finditer(text):
        if seq.start() > 0 and (text[seq.start() - 1].isalnum() or text[seq.start() - 1] == "'"):
            continue
        words = [m.span() for m in _WORD_RE.finditer(text, seq.start(), seq.end())]
        folded = [fold(text[a:b]) for a, b in words]
        cell = name_cell(doc, seq.start(), seq.end(), folded, not_names, detector_id)
        if cell is not None:
            yield cell
            continue
        if not any(w in surnames or w in words_that_cue for w in folded):
            # no surname: only a strong cue can make it a name ("ông Y Moan Niê")
            if strong.before(doc, words[0][0], CUE_REACH):
                hit = cued_unknown(doc, words, not_names, givens, detector_id)
                if hit is not None:
                    yield hit
            continue
        n = len(words)
        if is_place_of_issue(doc, seq.start(), seq.end(), folded):
            continue  # "Biên Hòa, ngày 12 tháng 8 năm 2025": where a document was issued
        i = 0
        while i < n - 1:
            first = folded[i]
            nxt = folded[i + 1]
            if (
                first in words_that_cue
                and spelled_as_cue(text[words[i][0] : words[i][1]], doc, words[i][0])
                # right after an honorific ("Ong Vo Quang An") a word that is both a cue
                # ("vợ") and a surname ("Võ") is the surname; honorifics stay cues
                and (first in HONORIFICS or not strong.before(doc, words[i][0], RIGHT_BEFORE))
                and (
                    first not in surnames
                    or (
                        nxt in surnames
                        and not is_typical_middle(text[words[i + 1][0] : words[i + 1][1]])
                    )
                )
            ):
                # "Ông Trần Quốc Bảo": an honorific before a surname is not part of the
                # name; but in "Bế Văn Hưng", "Ông Thị Xuân", "anh Ho Ngoc Son" the word
                # that is both a surname and a cue is the surname
                i += 1
                continue
            place = _place_at(folded, i, not_names)
            if place and not (
                place == 2 and i + 2 < n and folded[i + 1] in middles and folded[i + 2] in givens
            ):
                i += place  # "Hồ Chí Minh", "Phan Thiết": a place, skip all its words
                continue
            if first not in surnames or not spelled_as_surname(
                text[words[i][0] : words[i][1]], doc, words[i][0]
            ):
                # a cue-led name with an unknown surname: "ông Y Moan Niê"
                hit = cued_unknown(doc, words[i:], not_names, givens, detector_id)
                if hit is not None:
                    yield hit
                    break
                i += 1
                continue
            hit = from_surname(doc, words, i, middles, givens, not_names, cues, detector_id)
            if hit is None:
                # a rejected place, phrase or public figure is skipped whole
                i += _phrase_len(folded, i, not_names)
                continue
            yield hit
            # continue after the name
            while i < n and words[i][0] < hit.end:
                i += 1


def _place_at(folded: list[str], i: int, not_names: frozenset[str]) -> int:
    """How many words from ``i`` form a known place or common phrase (0 if none)."""
    for k in (4, 3, 2):
        if i + k <= len(folded) and " ".join(folded[i : i + k]) in not_names:
            return k
    return 0


def _phrase_len(folded: list[str], i: int, not_names: frozenset[str]) -> int:
    """Words to skip after a rejected candidate: the whole known phrase, else one word."""
    figures = public_figures()
    for k in (4, 3, 2):
        phrase = " ".join(folded[i : i + k])
        if i + k <= len(folded) and (phrase in figures or phrase in not_names):
            return k
    return 1
