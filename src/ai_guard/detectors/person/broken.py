"""Names broken across lines: a PDF export or a narrow column puts part of a name on the next
line ("Nguyễn Văn\\nAn", "bà Trần Thị\\nThu Hà", "ông Lê\\nVăn Bình").

The walk over capitalised runs stops at a line break, so it sees "Nguyễn Văn" and "An" apart.
Here each line break followed by a capital is looked at where the line before it ends with a
surname alone or a surname and "Văn" / "Thị" (an unfinished name: a full name never ends
there), and the next line opens with a middle name or a given name; or where it ends with a
surname, "Văn" / "Thị" and a middle name and the next line holds one given name only
("Nguyễn Thị Thu" / "Hà;", not "Nguyễn Văn An" / "Hà Nội"); the words of both lines
are then judged together by :func:`.surname_first.from_surname`, with every check a name on one
line gets (places, public figures, cues). Only line breaks between letters are looked at, and
only a few set lookups are made at each.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.lexicon import TYPICAL_MIDDLES, lexicons
from ai_guard.detectors.person.surname_first import from_surname
from ai_guard.detectors.person.words import fold, is_typical_middle, spelled_as_surname
from ai_guard.text import Document

__all__ = ["broken_names"]

# a capitalised word ending a line, the break, and capitalised words opening the next line
# (on the folded view with its letter case: every Vietnamese capital folds to A-Z)
# a line break right after a letter (a space or a carriage return between at most) and before
# a capital: lines of prose end with punctuation and are passed over by the engine itself
_BREAK = re.compile(r"\n(?:(?<=[A-Za-z]\n)|(?<=[A-Za-z][ \r]\n))(?=[ \t]*[A-Z])")
_WORD = re.compile(r"[A-Z][a-z]*")
_NEXT = re.compile(r"[ \t]*([A-Z][a-z]*)")
_TAIL = re.compile(r"(?:^|(?<=[^A-Za-z']))((?:[A-Z][a-z]* ){0,2}[A-Z][a-z]*)[ \t]*\r?\n$")
_HEAD = re.compile(r"[ \t]*([A-Z][a-z]*(?: [A-Z][a-z]*){0,2})(?![A-Za-z'])")


def broken_names(doc: Document, detector_id: str) -> Iterator[Detection]:
    """Every name split over two lines in ``doc``."""
    text = doc.text
    if "\n" not in text:
        return
    cased = doc.folded_cased
    surnames, middles, givens, not_names, cues = lexicons()
    for m in _BREAK.finditer(cased):
        nl = m.start()
        last = cased[max(0, nl - 12) : nl].rstrip(" \t\r").rpartition(" ")[2]
        low = last.lower()
        if not last[:1].isupper() or (low not in surnames and low not in middles):
            continue  # the line before ends with no surname nor middle name
        first_next = _NEXT.match(cased, m.end())
        if first_next is None or (
            (nxt := first_next.group(1).lower()) not in givens and nxt not in middles
        ):
            continue  # the next line opens with no given or middle name
        tail = _TAIL.search(cased, max(0, nl - 24), nl + 1)
        if tail is None:
            continue
        before = [
            (a.start() + tail.start(1), a.end() + tail.start(1))
            for a in _WORD.finditer(tail.group(1))
        ]
        head = _HEAD.match(cased, nl + 1)
        if head is None:
            continue
        after = [
            (a.start() + head.start(1), a.end() + head.start(1))
            for a in _WORD.finditer(head.group(1))
        ]
        first = [fold(text[a:b]) for a, b in before]
        next_word = fold(text[after[0][0] : after[0][1]])
        if len(before) == 3:
            # "Nguyễn Thị Thu" / "Hà;": a surname, Văn or Thị, a middle name, then a given
            # name alone on its part of the next line
            s, mid, _ = before
            if not (
                first[0] in surnames
                and spelled_as_surname(text[s[0] : s[1]], doc, s[0])
                and first[1] in ("van", "thi")
                and is_typical_middle(text[mid[0] : mid[1]])
                and first[2] in middles
                and next_word in givens
                and len(after) == 1
                # the given name ends there: "Hà;", "Hà," (a new line "Trú tại", "Sinh năm"
                # goes on in lower case)
                and cased[after[0][1] : after[0][1] + 1] in ("", ";", ",", ".", ")", "\n")
            ):
                before = before[1:]
                first = first[1:]
        if len(before) == 2:
            # "Nguyễn Văn" / "An": a surname and Văn or Thị, then a given or middle name
            s, mid = before
            if not (
                first[0] in surnames
                and spelled_as_surname(text[s[0] : s[1]], doc, s[0])
                and first[1] in ("van", "thi")
                and is_typical_middle(text[mid[0] : mid[1]])
                and (next_word in givens or next_word in middles)
            ):
                before = before[1:]
                first = first[1:]
        if len(before) == 1:
            # "ông Lê" / "Văn Bình": a surname alone, then a typical middle name
            (s,) = before
            if not (
                first[0] in surnames
                and spelled_as_surname(text[s[0] : s[1]], doc, s[0])
                and next_word in TYPICAL_MIDDLES
                and is_typical_middle(text[after[0][0] : after[0][1]])
                and len(after) >= 2
            ):
                continue
        words = before + after
        hit = from_surname(doc, words, 0, middles, givens, not_names, cues, detector_id)
        if hit is not None and hit.end > nl:
            yield hit
