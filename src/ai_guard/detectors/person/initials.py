"""Names written with initials after an honorific: "ông T.Q.Lộc", "bà Ng. Thị Hảo", "ông
Ng.V.Khoát", "anh Nguyễn V. Khoát", "chị P. Thảo".

A chat or a hurried note shortens the surname and the middle name to their initials ("Ng." for
Nguyễn, "T." for Trần) and keeps the given name written out. The initials with the given name
still point at one person in a commune's files, so the whole run is the name: every other path
reads a capitalised word after a cue as a given name alone, and stops at the dot ("Ng").

The shape: an honorific or a kin word (:data:`~.lexicon.HONORIFICS`, "đ/c", "đồng chí"), then
up to three words (four after a surname written out, a two-word given name: "bà Lê T. Kim
Dung", unless the fourth opens the next name: "Lê V. Kim Trần Thị Hoa"), each an initial (one
or two letters, the first a capital, and a dot: "T.", "Ng.") or a capitalised word, with a
space or none after an initial's dot; at least one initial; the last a capitalised word
spelled as a Vietnamese syllable (the given name written out). With diacritics in the line
the honorific must be spelled as one ("ông", not "ống").
Not a name whose last word is an initial ("bà Nguyễn Thị H.": the given name is hidden there),
nor an agency's letters ("ông T.Ư": no syllable written out), nor one letter, its dot and a
space before a single word ("gặp ông A. Sau đó": a sentence may close there).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.lexicon import HONORIFICS
from ai_guard.detectors.person.scores import BASE_SURNAME_FIRST, SCORE_CUED
from ai_guard.detectors.person.shape import is_vietnamese_syllable
from ai_guard.detectors.person.words import spelled_as_cue
from ai_guard.models import EntityType
from ai_guard.text import Document

__all__ = ["initialled_names"]

#: an honorific or a kin word (folded), then the run of initials and words (on the text): an
#: initial is one or two letters and a dot, a space after it or none; a word is letters
_CUES = "|".join(sorted({*HONORIFICS, "d/c", "dong chi"}, key=len, reverse=True))
_CUE = re.compile(
    rf"(?<![^\W\d_/])(?:{_CUES})[ \t]+"
    r"(?=[^\W\d_]{1,2}\.|[^\W\d_]+[ \t][^\W\d_]{1,2}\.)"
)
#: what the cue's look-ahead needs whichever way it reads: an initial right after a space or a
#: tab; a text without one holds no such run, and the cue's pattern (led by a look-behind, so
#: tried at every position) is not scanned
_INITIAL_SITE = re.compile(r"[ \t][^\W\d_]{1,2}\.")
#: one word of the run and what follows it: an initial's dot (then a space or none), or a space
_TOKEN = re.compile(r"(?P<word>[^\W\d_]+)(?P<dot>\.)?(?P<gap>[ \t]?)")
#: the most words a run holds (a surname, a middle name, a given name), and the most when the
#: surname is written out: a two-word given name then follows the middle initial ("Lê T. Kim
#: Dung", "Trần T. Bích Ngọc"); a run opened by an initial keeps three ("T.Q.Lộc Hà Nội")
_MOST = 3
_MOST_WRITTEN_SURNAME = 4


def initialled_names(doc: Document, detector_id: str) -> Iterator[Detection]:
    """Every name written with initials after an honorific (see the module)."""
    text = doc.text
    if "." not in text or _INITIAL_SITE.search(doc.folded) is None:
        return
    for cue in _CUE.finditer(doc.folded):
        word = text[cue.start() : cue.end()].split()[0]
        if cue.group().split()[0] in HONORIFICS and not spelled_as_cue(word, doc, cue.start()):
            continue  # "ống T.Q.", "có A. Lê": no honorific
        span = _run(text, cue.end())
        if span is None:
            continue
        yield Detection(
            EntityType.PERSON,
            span[0],
            span[1],
            SCORE_CUED,
            detector_id,
            pattern="person.initials",
            base_score=BASE_SURNAME_FIRST,
            context=cue.group().split()[0],
        )


def _run(text: str, pos: int) -> tuple[int, int] | None:
    """The name written with initials at ``pos``: up to three capitalised words (four after a
    written surname), each an initial and its dot or a written word, at least one initial, the
    last a given name written out; ``None`` when the words there are no such name."""
    start = pos
    initials = 0
    written_after = 0
    spaced_letter = False
    surname_written = False
    end: int | None = None
    for index in range(_MOST_WRITTEN_SURNAME):
        t = _TOKEN.match(text, pos)
        if t is None or not t.group("word")[0].isupper():
            break
        if index == 0:
            surname_written = not t.group("dot")
        elif index == _MOST and (
            not surname_written or (t.group("gap") and text[t.end() : t.end() + 1].isupper())
        ):
            break  # a fourth word only after a written surname, and not one opening a name
        word = t.group("word")
        if t.group("dot"):
            if len(word) > 2 or (len(word) == 2 and not word[1].islower()):
                return None  # "TP.", "Ths.": a place's or a title's abbreviation, no initial
            initials += 1
            spaced_letter = len(word) == 1 and bool(t.group("gap")) and start == t.start()
            end = None  # a run that ends on an initial hides its given name ("Nguyễn Thị H.")
            pos = t.end()
            if not t.group("gap") and not text[pos : pos + 1].isalpha():
                break
            continue
        if len(word) < 2 or not word[1:].islower() or not is_vietnamese_syllable(word):
            break  # "ông T.Ư": an agency's letters, no written word
        end = t.start() + len(word)
        written_after += bool(initials)
        pos = t.end()
        if not t.group("gap"):
            break
    if not initials or end is None:
        return None
    if initials == 1 and spaced_letter and written_after < 2:
        return None  # "gặp ông A. Sau đó ...": a letter closing a sentence, the next opening
    return start, end
