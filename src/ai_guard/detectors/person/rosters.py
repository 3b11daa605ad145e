"""Given names alone in a roster or a tally typed in chat: "ds di tap huan: hung kt, my vt,
tuan it", "ds trực: sáng thứ 2 hằng, chiều thứ 3 tâm", "y kien hop to: binh dong y, quynh
khong dong y, tam chua co y kien".

A list cue that names people (``ds``/``danh sách``, ``trực``, ``phân công``, ``ý kiến``,
``biểu quyết``, ``điểm danh``) ends its head with ":" and the list follows on the same line,
its items between commas or semicolons. Each item names one person by the given name alone, in
one of three shapes:

* the given name, then at most a short tag (a department's initials: "hung kt", "tuan it");
* the given name, then an opinion or an attendance ("binh dong y", "tam chua co y kien",
  "lan vang");
* a time of the duty, then the given name closing the item ("sáng thứ 2 hằng", "cn tâm").

Every item of the list must have one of the shapes, and there must be two items at least: a
list of things after such a cue ("ds mua: gạo, mắm", "ý kiến: đồng ý, phản đối") has items
that are no given names, and one stray word ("ds: hoa") is no roster. Words of the lexicon's
``not_names`` and words typed with diacritics that no given name spells are never taken.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ai_guard.detectors.person.lexicon import given_spellings, lexicons
from ai_guard.detectors.person.shape import is_vietnamese_syllable
from ai_guard.text import Document, fold_word
from ai_guard.text.match import spelling

__all__ = ["ROSTER_GATES", "listed_given_names"]

#: literals one of which a roster's cue holds, on the folded text (the gate before the pattern)
ROSTER_GATES = ("ds", "danh sach", "truc", "phan cong", "y kien", "bieu quyet", "diem danh")
#: a roster's head, folded: its cue, a few words, ":" (the items follow on the same line)
_HEAD = re.compile(
    r"(?<![a-z])(?:ds|danh sach|lich truc|truc|phan cong|y kien|bieu quyet|diem danh)"
    r"(?![a-z])[^:\n]{0,40}:[ \t]*"
)
#: what ends the list: a line's end, a sentence's end, a question
_LIST_END = re.compile(r"[.\n?!]")
#: an opinion or an attendance after the given name, folded ("dong y", "chua co y kien")
_VERDICT = re.compile(
    r"(?:khong |chua |da )?(?:dong y|nhat tri|tan thanh|phan doi|co y kien|y kien|vang"
    r"|co mat|nghi|di|ok|duyet|ky)(?![a-z])"
)
#: a duty's time before the given name, folded ("sang thu 2", "chieu t3", "cn", "ngay 12/5")
_TIME = re.compile(
    r"(?:(?:sang|chieu|toi|trua|dem|ca \d)[ \t]+)?"
    r"(?:thu[ \t]+(?:\d|hai|ba|tu|nam|sau|bay)|t\d|cn|chu nhat|ngay[ \t]+\d{1,2}(?:/\d{1,2})?)"
    r"[ \t]+$|(?:sang|chieu|toi|trua|dem)[ \t]+$"
)
_COMMA = re.compile(r"[,;]")
_WORD = re.compile(r"\S+")
#: a head that names people, under which bare given names are a roster ("ds di tap huan:",
#: "lich truc:", "ds can bo:"), folded
_PEOPLE = re.compile(
    r"(?<![a-z])(?:truc|tap huan|hop|can bo|nhan vien|thanh vien|hoc sinh|sinh vien|nguoi"
    r"|phan cong|diem danh|y kien|bieu quyet)(?![a-z])"
)
#: department initials that happen to spell a syllable
_SYLLABLE_TAGS = frozenset({"it"})
#: the longest tag after a given name ("kt", "vt", "it", "hcns")
_TAG = 4


def _given(word: str) -> bool:
    """Whether ``word`` as typed is a given name of the lexicon (spelled as one where it has
    diacritics: "tâm", not "tấm")."""
    folded = fold_word(word)
    names = lexicons()
    if folded not in names.givens or folded in names.not_names:
        return False
    return word.isascii() or spelling(word) in given_spellings()


def _tag(word: str) -> bool:
    """Whether ``word`` is a department's initials after a given name ("kt", "vt", "it"): no
    syllable of the language ("hong do", "lan tim" are a flower's colours)."""
    return (
        len(word) <= _TAG
        and word.isalpha()
        and (word in _SYLLABLE_TAGS or not is_vietnamese_syllable(word))
    )


def _item(text: str, folded: str, s: int, e: int) -> tuple[int, int, bool] | None:
    """The span of the given name the item ``text[s:e]`` names, if it has a roster's shape,
    and whether more than the bare name shows it (a tag, a verdict, a time)."""
    while s < e and text[s] in " \t":
        s += 1
    while e > s and text[e - 1] in " \t":
        e -= 1
    words = [(m.start() + s, m.end() + s) for m in _WORD.finditer(text[s:e])]
    if not words:
        return None
    a, b = words[0]
    if _given(text[a:b]):
        rest = folded[b:e].strip()
        if not rest:
            return a, b, False  # "hung"
        if len(words) == 2 and _tag(rest):
            return a, b, True  # "hung kt"
        if _VERDICT.match(rest) and len(words) <= 5:
            return a, b, True  # "binh dong y", "tam chua co y kien"
    a, b = words[-1]
    if len(words) >= 2 and _given(text[a:b]) and _TIME.fullmatch(folded[s:a]):
        return a, b, True  # "sáng thứ 2 hằng"
    return None


def _heads(folded: str) -> Iterator[re.Match[str]]:
    """``_HEAD.finditer(folded)``, tried only on the lines that hold ":": every match ends
    with ":" and crosses no line break (the pattern, led by a lookbehind, had the engine try
    it at every character of the text)."""
    colon = folded.find(":")
    while colon >= 0:
        start = folded.rfind("\n", 0, colon) + 1
        end = folded.find("\n", colon)
        if end < 0:
            end = len(folded)
        # (a head holds one of ``ROSTER_GATES`` on its line: a line without one is not
        # scanned, the pattern's lookbehind tried at each of its characters)
        if _holds_a_gate(folded, start, end):
            yield from _HEAD.finditer(folded, start, end)
        colon = folded.find(":", end)


def _holds_a_gate(folded: str, start: int, end: int) -> bool:
    """Whether ``folded[start:end]`` holds one of ``ROSTER_GATES``."""
    for gate in ROSTER_GATES:  # noqa: SIM110 - a loop: no generator frame on every line
        if folded.find(gate, start, end) >= 0:
            return True
    return False


def listed_given_names(
    doc: Document, free: Callable[[int, int], bool]
) -> Iterator[tuple[int, int, str]]:
    """``(start, end, cue)`` of each given name alone in a roster the module docstring
    describes, where no other path found a name."""
    text, folded = doc.text, doc.folded
    for head in _heads(folded):
        start = head.end()
        stop = _LIST_END.search(folded, start)
        end = stop.start() if stop is not None else len(text)
        commas = [start + m.start() for m in _COMMA.finditer(folded[start:end])]
        items = list(zip([start, *(c + 1 for c in commas)], [*commas, end], strict=True))
        if len(items) < 2:
            continue
        found = [_item(text, folded, s, e) for s, e in items]
        spans = [span for span in found if span is not None]
        if len(spans) < len(found):
            continue
        cue = folded[head.start() : head.end()].strip()
        if not any(shown for _a, _b, shown in spans) and _PEOPLE.search(cue) is None:
            continue  # "ds hoa can mua: hong, lan, cuc": bare words under a list of things
        for a, b, _shown in spans:
            if free(a, b):
                yield a, b, cue
