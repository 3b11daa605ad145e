"""Every occurrence of many values in one text, with a bounded amount of work.

``check_prompt`` redacts every occurrence of a value it detected once: a CCCD glued to
letters (``abc001085012345xyz``), a name repeated without its cue. Searching for each value
on its own costs ``len(text) x values``: fine for a prompt, minutes for a megabyte with
thousands of values. Here each value is looked up through one **anchor**, a run of digits or
of letters inside it, and all anchors are searched together:

* digit anchors: one pass over the text's digit runs (``\\d+``), then set look-ups. Where the
  anchor is bounded inside its value by a non-digit, the text's run must start (or end)
  exactly there; only a value made of digits alone is looked up at every offset of a run;
* letter anchors: one trie-shaped alternation of the distinct anchors, searched from every
  position where one starts;
* every candidate is confirmed by slicing the text around it and looking the slice up
  among the values that share the anchor at that offset and length: the anchors only decide
  where to look, never what is reported.

An anchor is the value's first run of three characters or more (else two). The engine
searches a view of the text in which the findings already being redacted are masked, so an
anchor shared by many values (a surname, a year) is only looked at where it occurs outside
them. Up to :data:`DIRECT_VALUES` values, or small inputs (``len(text) x values`` up to
:data:`DIRECT_LIMIT`), each value is searched on its own with ``str.find``, which is faster.

The work is counted in steps (one set look-up, one candidate, one regex match, a
``str.find`` over 64 characters) and bounded: :func:`occurrences` raises
:class:`BudgetExceeded` rather than run on, and check_prompt then blocks (fail closed).
Realistic text stays far below the budget; adversarial shapes (a megabyte of digits around
values of many lengths, thousands of values made of the same words) do not.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from ai_guard.text.match import trie_regex

__all__ = [
    "DIRECT_LIMIT",
    "DIRECT_VALUES",
    "STEPS_PER_CHAR",
    "BudgetExceeded",
    "budget_for",
    "occurrences",
]

#: Up to this many values, or up to ``len(text) x len(values)`` = :data:`DIRECT_LIMIT`, each
#: value is searched on its own: ``str.find`` scans a megabyte in about 0.25 ms, building and
#: running the anchors costs about 0.1 s per megabyte.
DIRECT_VALUES = 128
DIRECT_LIMIT = 2_000_000
#: The step budget is this many steps per character of text (plus :data:`_STEPS_FLOOR`); a
#: megabyte of dense administrative text with 7,400 distinct values takes about 0.25 steps
#: per character.
STEPS_PER_CHAR = 16
_STEPS_FLOOR = 1_000_000
#: Characters ``str.find`` scans in the time of one step.
_FIND_CHARS_PER_STEP = 64

#: The anchor of a value: its first run of digits (group 1) or of letters (``\w`` that is not
#: ``\d``), three characters or more; else two. (A search finds maximal runs only: a run
#: long enough matches from its first character, a shorter one nowhere.)
_ANCHOR = re.compile(r"(\d{3,})|[^\W\d]{3,}")
_SHORT_ANCHOR = re.compile(r"(\d\d)|[^\W\d]{2}")


class BudgetExceeded(Exception):  # noqa: N818 - internal signal, caught by check_prompt
    """The search would take more than ``budget`` steps."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        super().__init__(f"repeat search exceeded its budget of {budget} steps")


def budget_for(text: str) -> int:
    """The step budget for searching ``text``."""
    return _STEPS_FLOOR + STEPS_PER_CHAR * len(text)


class _Steps:
    __slots__ = ("budget", "used")

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.used = 0

    def spend(self, n: int) -> None:
        self.used += n
        if self.used > self.budget:
            raise BudgetExceeded(self.budget)


def _direct(text: str, values: Collection[str], steps: _Steps) -> set[tuple[int, str]]:
    found: set[tuple[int, str]] = set()
    cost = len(text) // _FIND_CHARS_PER_STEP + 1
    for value in values:
        steps.spend(cost)
        pos = text.find(value)
        while pos != -1:
            steps.spend(1)
            found.add((pos, value))
            pos = text.find(value, pos + 1)
    return found


@lru_cache(maxsize=32)
def _letter_pattern(anchors: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(trie_regex(anchors))


@lru_cache(maxsize=16)
def _digit_runs(shortest: int) -> re.Pattern[str]:
    return re.compile(rf"\d{{{shortest},}}")


# anchor -> the values holding it: one value as ``(offset of the anchor in it, its length,
# the value)``, or as the value itself when it is its own anchor (a CCCD: a tuple for each
# was three times a table's text while the search ran), several as {(offset, length):
# values}. Most anchors hold one value, and a dict of a set for each held 500 bytes a value:
# on a table of thousands of identifiers, more than the text's size 16 times over
_Group = str | tuple[int, int, str] | dict[tuple[int, int], set[str]]
_Index = dict[str, _Group]


def _add(index: _Index, anchor: str, value: str, offset: int) -> None:
    group = index.get(anchor)
    if group is None:
        own = offset == 0 and len(anchor) == len(value)
        index[anchor] = value if own else (offset, len(value), value)
        return
    if isinstance(group, str):
        if group == value and offset == 0:
            return
        group = index[anchor] = {(0, len(group)): {group}}
    elif isinstance(group, tuple):
        first_offset, first_size, first = group
        if first == value and first_offset == offset:
            return
        group = index[anchor] = {(first_offset, first_size): {first}}
    group.setdefault((offset, len(value)), set()).add(value)


def _confirm(
    text: str,
    group: _Group,
    at: int,
    found: set[tuple[int, str]],
    steps: _Steps,
) -> None:
    """The anchor occurs at ``at``: which of its values occur around it (one slice and one
    set look-up per offset and length, however many values share the anchor)."""
    if isinstance(group, str):  # the value is its own anchor
        steps.spend(1)
        if text.startswith(group, at):
            found.add((at, group))
        return
    if isinstance(group, tuple):
        steps.spend(1)
        offset, size, value = group
        pos = at - offset
        if pos >= 0 and text.startswith(value, pos):
            found.add((pos, value))
        return
    steps.spend(len(group))
    for (offset, size), values in group.items():
        pos = at - offset
        if pos >= 0:
            piece = text[pos : pos + size]
            if piece in values:
                found.add((pos, piece))


class _DigitAnchors:
    """Digit anchors by how their run may extend in the text: ``exact`` (bounded by
    non-digits inside the value on both sides), ``suffix`` (the value starts with the run, so
    the text's run may begin earlier), ``prefix`` (the value ends with it), ``free`` (the
    value is the run)."""

    __slots__ = ("exact", "free", "prefix", "suffix")

    def __init__(self) -> None:
        self.exact: _Index = {}
        self.suffix: _Index = {}
        self.prefix: _Index = {}
        self.free: _Index = {}

    def add(self, value: str, anchor: str, offset: int) -> None:
        open_left = offset == 0
        open_right = offset + len(anchor) == len(value)
        table = (
            (self.free if open_right else self.suffix)
            if open_left
            else (self.prefix if open_right else self.exact)
        )
        _add(table, anchor, value, offset)

    def search(self, text: str, found: set[tuple[int, str]], steps: _Steps) -> None:
        tables = (self.exact, self.suffix, self.prefix, self.free)
        if not any(tables):
            return
        lengths = [sorted({len(a) for a in t}) for t in tables]
        shortest = min(n for ls in lengths if ls for n in ls)
        exact, suffix, prefix, free = tables
        suffix_lens, prefix_lens, free_lens = lengths[1], lengths[2], lengths[3]
        per_run = 1 + len(suffix_lens) + len(prefix_lens)
        for m in _digit_runs(shortest).finditer(text):
            run, start = m.group(), m.start()
            size = len(run)
            steps.spend(per_run)
            groups = exact.get(run)
            if groups:
                _confirm(text, groups, start, found, steps)
            for n in suffix_lens:
                if n > size:
                    break
                groups = suffix.get(run[size - n :])
                if groups:
                    _confirm(text, groups, start + size - n, found, steps)
            for n in prefix_lens:
                if n > size:
                    break
                groups = prefix.get(run[:n])
                if groups:
                    _confirm(text, groups, start, found, steps)
            for n in free_lens:
                if n > size:
                    break
                steps.spend(size - n + 1)
                for i in range(size - n + 1):
                    groups = free.get(run[i : i + n])
                    if groups:
                        _confirm(text, groups, start + i, found, steps)


def _search_letters(text: str, index: _Index, found: set[tuple[int, str]], steps: _Steps) -> None:
    if not index:
        return
    pattern = _letter_pattern(tuple(sorted(index)))
    lengths = sorted({len(a) for a in index})
    m = pattern.search(text)
    while m is not None:
        at, longest = m.start(), m.end() - m.start()
        steps.spend(1)
        for n in lengths:
            if n > longest:
                break
            groups = index.get(text[at : at + n])
            if groups:
                _confirm(text, groups, at, found, steps)
        m = pattern.search(text, at + 1)


#: collections whose items are already distinct (a tuple: ``dict | set`` would build a union
#: object on every call)
_DISTINCT = (dict, set, frozenset)


def occurrences(
    text: str,
    values: Collection[str],
    *,
    budget: int | None = None,
    anchored: bool | None = None,
) -> list[tuple[int, str]]:
    """Every ``(position, value)`` where ``text.startswith(value, position)``, overlapping
    occurrences included, sorted. Raises :class:`BudgetExceeded` past ``budget`` steps
    (default :func:`budget_for` ``text``). ``anchored`` forces (True) or forbids (False) the
    anchored search; by default it serves inputs too large to search value by value."""
    if not values or not text:
        return []  # (most prompts: nothing to redact)
    steps = _Steps(budget_for(text) if budget is None else budget)
    # distinct, in order (a dict's or a set's keys already are: no copy of thousands of them)
    values = [v for v in (values if isinstance(values, _DISTINCT) else dict.fromkeys(values)) if v]
    if not values:
        return []
    if anchored is None:
        anchored = len(values) > DIRECT_VALUES and len(text) * len(values) > DIRECT_LIMIT
    if not anchored:
        return sorted(_direct(text, values, steps))
    steps.spend(len(values))
    digits = _DigitAnchors()
    letters: _Index = {}
    unanchored: list[str] = []
    for value in values:
        if value.isdecimal():  # most identifiers: the value is its own anchor
            digits.add(value, value, 0)
            continue
        m = _ANCHOR.search(value) or _SHORT_ANCHOR.search(value)
        if m is None:
            unanchored.append(value)
        elif m.lastindex == 1:
            digits.add(value, m.group(), m.start())
        else:
            _add(letters, m.group(), value, m.start())
    found = _direct(text, unanchored, steps) if unanchored else set()
    digits.search(text, found, steps)
    _search_letters(text, letters, found, steps)
    return sorted(found)
