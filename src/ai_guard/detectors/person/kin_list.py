"""Given names alone in a list of tasks typed on one line: "chia việc: chị an nấu ăn, cô mai
trang trí, anh hòa mua hoa, bác lộc chở đồ", "phan cong: a tuan tho anh, c linh lam slide, e
nam in tai lieu".

Chat shares out work as a run of items parted by commas, each a kin word or an honorific, a
given name and what the person does. One such item is weak ("cô mai trang trí" may read as a
full name run into a verb; "chị an" as the everyday "chị ăn"), but three in a row, each a kin
word spelled as one, then a given name of the lexicon spelled as one, then the task, make a
list of people: the given names are theirs. Not where the kin word and the word after it are
an everyday word ("chú ý", "anh hùng", "bác sĩ"), nor where the given name opens one with the
word after it ("mai mốt", "an toàn").

The given names are reported at :data:`~.scores.SCORE_GIVEN_ALONE` (pattern
``person.given_name``, context ``task list``); a name another path read on into the task
("mai trang trí") gives way to the given name.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.lexicon import (
    cue_spellings,
    everyday_pair,
    given_spellings,
    lexicons,
)
from ai_guard.detectors.person.scores import BASE_SHORT_REFERENCE, SCORE_GIVEN_ALONE
from ai_guard.models import EntityType
from ai_guard.text import Document, fold_word
from ai_guard.text.match import spelling

__all__ = ["task_list_names"]

#: kin words and honorifics that open an item of such a list, folded (chat's "a", "c", "e")
_KIN = frozenset(
    (
        "anh",
        "chi",
        "em",
        "co",
        "chu",
        "bac",
        "ong",
        "ba",
        "di",
        "cau",
        "mo",
        "thim",
        "cu",
        "a",
        "c",
        "e",
    )
)
#: a kin word opening an item after a comma, a semicolon or a colon, on the folded text (the
#: gate before the items are read): one pattern led by each of the three, a literal the
#: engine skips to (led by the class "[,;:]" the pattern was tried at every character)
_ITEM_OPENINGS = tuple(
    (c, re.compile(c + r"[ \t]*(?:anh|chi|em|co|chu|bac|ong|ba|di|cau|mo|thim|cu|a|c|e)[ \t]"))
    for c in ",;:"
)
#: the fewest items in a row
_MIN_ITEMS = 3
#: the most words of an item (a kin word, a given name, a task of four words at most)
_LONGEST_ITEM = 6
_WORD = re.compile(r"[^\W\d_]+")
_PARTS = re.compile(r"[,;]")


def _given_in(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The span of the given name an item ``text[s:e]`` holds after its kin word, or None."""
    words = [m.span() for m in _WORD.finditer(text, s, e)]
    if not 3 <= len(words) <= _LONGEST_ITEM:
        return None  # (a task is short: "e viet lai giup a" after a long sentence is the
        # asker's request, "em viết lại")
    kin, given, nxt = (text[a:b] for a, b in words[:3])
    if not (kin.islower() and given.islower()):
        return None
    fk, fg = fold_word(kin), fold_word(given)
    if fk not in _KIN or fg not in lexicons().givens or fg in lexicons().not_names:
        return None
    if not kin.isascii() and spelling(kin) not in cue_spellings().get(fk, frozenset()):
        return None  # "có mai": not "cô"
    if not given.isascii() and spelling(given) not in given_spellings():
        return None
    if everyday_pair(kin, given) or everyday_pair(given, nxt):
        return None  # "chú ý", "anh hùng"; "mai mốt", "an toàn"
    if fold_word(nxt) in ("van", "thi"):
        return None  # "bà man thị út": a full name after the kin word, no task
    return words[1]


def task_list_names(doc: Document, found: Sequence[Detection], detector_id: str) -> list[Detection]:
    """The given names of the task lists in ``doc`` (module docstring), in place of what the
    other paths read on into the tasks; the other findings as they are."""
    text, folded = doc.text, doc.folded
    # the item openings' lines (no opening crosses a line): a line of three or more holds a list
    openings: dict[int, int] = {}
    for c, pattern in _ITEM_OPENINGS:
        if c in folded:
            for m in pattern.finditer(folded):
                line = text.rfind("\n", 0, m.start()) + 1
                openings[line] = openings.get(line, 0) + 1
    names: list[tuple[int, int]] = []
    for pos in sorted(ls for ls, n in openings.items() if n >= _MIN_ITEMS):
        le = text.find("\n", pos)
        le = len(text) if le < 0 else le
        if text.count(",", pos, le) + text.count(";", pos, le) >= _MIN_ITEMS - 1:
            names.extend(_runs(text, pos, le, found))
    if not names:
        return list(found)
    kept = [f for f in found if not any(f.start == a and f.end > b for a, b in names)]
    for a, b in names:
        if not any(f.start < b and a < f.end for f in kept):
            kept.append(
                Detection(
                    EntityType.PERSON,
                    a,
                    b,
                    SCORE_GIVEN_ALONE,
                    detector_id,
                    pattern="person.given_name",
                    base_score=BASE_SHORT_REFERENCE,
                    context="task list",
                )
            )
    return kept


def _run_on(text: str, found: Sequence[Detection], given: tuple[int, int]) -> bool:
    """Whether no name was found at the given name, or the one found there reads on into the
    task: two of its words after the given name are an everyday word ("mai trang trí")."""
    for f in found:
        if f.entity is not EntityType.PERSON or f.start != given[0] or f.end <= given[1]:
            continue
        words = text[given[1] : f.end].split()
        return any(everyday_pair(a, b) for a, b in itertools.pairwise(words))
    return True


def _runs(text: str, ls: int, le: int, found: Sequence[Detection]) -> list[tuple[int, int]]:
    """The given names of the runs of ``_MIN_ITEMS`` items or more of the line
    ``text[ls:le]`` (an item where a full name was found that runs into no everyday word is
    no task's: "ông kiều văn thịnh, ...")."""
    cuts = [m.start() for m in _PARTS.finditer(text, ls, le)]
    bounds = list(zip([ls, *(c + 1 for c in cuts)], [*cuts, le], strict=True))
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for s, e in bounds:
        colon = text.rfind(":", s, e)
        given = _given_in(text, colon + 1 if colon >= 0 else s, e)
        if given is not None and _run_on(text, found, given):
            run.append(given)
            continue
        if len(run) >= _MIN_ITEMS:
            out.extend(run)
        run = []
    if len(run) >= _MIN_ITEMS:
        out.extend(run)
    return out
