"""Lists of short names typed in lower case ("học viên gồm lê na, phí hùng, mã khuê, đàm vân,
tạ hiền.", "tổ 3: hà my, lý an, đỗ quyên").

Two words, a surname and a given name, are as often everyday words as a name in lower case
("anh trần tình", "em lê la"): alone they need a cue and the end marked (:mod:`.lower_case`).
Three of them or more in one list, each a surname and a given name spelled as such, are a list
of people: the list is the second piece of evidence. The list opens after a colon, "gồm" or a
line's start, its items are joined by commas (the last by "và" at times) and it ends at
punctuation, the line's end or the text's end. Written with diacritics only: without them
"la", "ma", "ta", "an" are everyday words.

No item may be a place or an everyday word (``everyday_pairs.txt``, the place lexicons:
"hà nam", "cao bằng"), nor a historical figure's name ("lê lợi"); one such item makes the whole
list something else (a list of provinces, of streets).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.lexicon import given_spellings
from ai_guard.detectors.person.scores import lower_case_hit
from ai_guard.detectors.person.uncued import everyday_pair
from ai_guard.detectors.person.words import is_public_figure, plain_line, spelled_as_surname
from ai_guard.text import Document, fold_word
from ai_guard.text.match import spelling

__all__ = ["short_name_lists"]

#: where a list may open (a colon, "gồm", a line's start) and a first two items ahead: each
#: two words, a comma after each
_AHEAD = r"[ \t]*(?=[^\W\d_]+ [^\W\d_]+, [^\W\d_]+ [^\W\d_]+, )"
#: ... one pattern per opener, each led by its literal: searched from one to the next (an
#: alternation led by "^" or a lookbehind tries every character: 3 ms on a 2 KB prompt)
_OPENINGS = tuple(re.compile(o + _AHEAD) for o in (":", "\n", "gồm"))
_FIRST = re.compile(_AHEAD)
#: one item: two words, then what joins it to the next (a comma, "và") or nothing
_ITEM = re.compile(r"([^\W\d_]+) ([^\W\d_]+)(, | và )?")
#: what may follow the list's last item
_LIST_END = re.compile(r"[ \t]*(?:[.;,)\n]|$)")
#: how many items make a list of people
_MIN_ITEMS = 3


def short_name_lists(
    doc: Document, found: Sequence[Detection], detector_id: str
) -> list[Detection]:
    """The items of the lists of short names (module docstring) that no finding overlaps but
    from inside (the caller drops those)."""
    text = doc.text
    if ", " not in text or text.isascii():
        return []
    opened = [
        m.end()
        for pattern in _OPENINGS
        for m in pattern.finditer(text)
        # ("gồm" opens a list as a word, not inside one)
        if not (m.start() and text[m.start()].isalpha() and text[m.start() - 1].isalpha())
    ]
    first = _FIRST.match(text)
    if first is not None:
        opened.append(first.end())
    out: list[Detection] = []
    after = 0
    for start in sorted(opened):
        if start < after:
            continue
        items = _items(text, start)
        after = items[-1][1] if items else start
        if len(items) < _MIN_ITEMS or plain_line(doc, start):
            continue
        if not all(_short_name(doc, s, e) for s, e in items):
            continue
        out.extend(
            lower_case_hit(s, e, detector_id, "list")
            for s, e in items
            if not any(f.start < e and s < f.end and not _within(f, s, e) for f in found)
        )
    return out


def _within(f: Detection, s: int, e: int) -> bool:
    """Whether a finding lies inside an item (a given name read alone: the item replaces it)."""
    return s <= f.start and f.end <= e


def _items(text: str, pos: int) -> list[tuple[int, int]]:
    """The spans of a list's items from ``pos``: two words each, joined by commas or "và",
    ended by punctuation or the line's end (an empty list where the run ends otherwise)."""
    items: list[tuple[int, int]] = []
    while True:
        m = _ITEM.match(text, pos)
        if m is None:
            return []
        items.append((m.start(), m.end(2)))
        if m.group(3) is None:
            return items if _LIST_END.match(text, m.end(2)) else []
        pos = m.end()


def _short_name(doc: Document, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` is a surname and a given name in lower case, spelled as such, no
    place, everyday word or figure."""
    first, second = doc.text[s:e].split(" ")
    if not (first.islower() and second.islower()):
        return False
    if not spelled_as_surname(first, doc, s):
        return False
    if spelling(second) not in given_spellings() or fold_word(first) == fold_word(second):
        return False
    return not everyday_pair(first, second) and not is_public_figure(doc.text[s:e])
