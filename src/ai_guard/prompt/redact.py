"""Typed, numbered placeholders and the vault that restores them.

Each redacted finding becomes ``[ENTITY_n]`` (``[CCCD_1]``, ``[PERSON_2]``); the same value
gets the same placeholder within one prompt, so the model can still tell two people apart.
Numbers already present in the text as placeholder look-alikes are skipped, so restoring never
touches text the user wrote.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

__all__ = [
    "PLACEHOLDER",
    "PLACEHOLDER_PREFIX",
    "Placeholders",
    "SpanColumns",
    "apply_redactions",
    "bracket",
    "held_back",
]

#: The one placeholder format, ``[ENTITY_n]``: group ``key`` is ``ENTITY_n`` (the vault's key),
#: ``entity`` and ``n`` its parts. Restoring, numbering and streaming all read it from here.
PLACEHOLDER = re.compile(r"\[(?P<key>(?P<entity>[A-Z][A-Z_]*)_(?P<n>\d+))\]")
#: The end of a streamed chunk that may still become a placeholder (``[``, ``[PER``,
#: ``[PERSON_1``): held back until the next chunk says.
PLACEHOLDER_PREFIX = re.compile(r"\[[A-Z][A-Z_]*(?:_\d*)?$|\[$")
#: A tail longer than this is not held back: no entity name and number are that long.
_LONGEST_PREFIX = 48


def bracket(key: str) -> str:
    """``CCCD_1`` -> ``[CCCD_1]``."""
    return f"[{key}]"


def held_back(text: str) -> int:
    """Where the tail of a streamed ``text`` that may still become a placeholder starts
    (``"... ông [PER"`` -> the index of ``[``), or ``len(text)`` when no tail need wait."""
    cut = text.rfind("[")
    if cut >= 0 and len(text) - cut <= _LONGEST_PREFIX and PLACEHOLDER_PREFIX.match(text, cut):
        return cut
    return len(text)


class Placeholders:
    """Hands out placeholders for one text and remembers their values."""

    __slots__ = ("_by_value", "_counters", "_taken", "vault")

    def __init__(self, text: str) -> None:
        self._taken: set[tuple[str, int]] = set()
        if "[" in text:
            for m in PLACEHOLDER.finditer(text):
                self._taken.add((m["entity"], int(m["n"])))
        self._counters: dict[str, int] = {}
        # entity -> value -> placeholder (a dict for each entity: no key tuple for each value)
        self._by_value: dict[str, dict[str, str]] = {}
        self.vault: dict[str, str] = {}

    def get(self, entity: str, value: str) -> str:
        """The placeholder for this value of this entity, in its brackets (``[CCCD_1]``): the
        vault's key, and one string for every finding and span of the value (the key without
        brackets and a bracketed copy for each finding held a table's 40,000 placeholders
        twice, three times the text's size)."""
        given = self._by_value.get(entity)
        if given is None:
            given = self._by_value[entity] = {}
        found = given.get(value)
        if found is not None:
            return found
        n = self._counters.get(entity, 0) + 1
        while (entity, n) in self._taken:
            n += 1
        self._counters[entity] = n
        placeholder = f"[{entity}_{n}]"
        given[value] = placeholder
        self.vault[placeholder] = value
        return placeholder

    def forget_values(self) -> None:
        """Forget which value has which placeholder (the vault stays): once every finding
        has its placeholder, so that the look-up is not held while the findings are built."""
        self._by_value = {}


def apply_redactions(text: str, spans: Iterable[tuple[int, int, str]]) -> str:
    """Replace non-overlapping ``(start, end, placeholder)`` spans, sorted by start, each by
    its placeholder (bracketed, as :meth:`Placeholders.get` gives it; or any text: the
    engine's view of a prompt masks its findings through here). ``spans`` is read once."""
    out: list[str] = []
    # a text with thousands of values is joined a stretch at a time: the pieces of the whole
    # (a slice a value, and the list) were more than three times the text (a pass's peak)
    stretches: list[str] = []
    pos = 0
    for start, end, placeholder in spans:
        out.append(text[pos:start])
        out.append(placeholder)
        pos = end
        if len(out) >= _STRETCH:
            stretches.append("".join(out))
            out.clear()
    out.append(text[pos:])
    if stretches:
        stretches.append("".join(out))
        return "".join(stretches)
    return "".join(out)


#: the pieces joined into one string at a time by :func:`apply_redactions`
_STRETCH = 256


class SpanColumns(Sequence[tuple[int, int, str]]):
    """The spans a check with many findings redacts, ``(start, end, placeholder)`` read as a
    list of them: the offsets in two arrays and the placeholders in a list beside them, 24
    bytes a span where a tuple and its two offsets were ~130 (a table's 4,466 spans held
    3.3x its text while the text was redacted, that pass's peak). Each span read is a tuple
    made on the spot."""

    __slots__ = ("_ends", "_holders", "_starts")

    def __init__(self) -> None:
        self._starts = array("q")
        self._ends = array("q")
        self._holders: list[str] = []

    def add(self, start: int, end: int, placeholder: str) -> None:
        self._starts.append(start)
        self._ends.append(end)
        self._holders.append(placeholder)

    def offsets(self) -> tuple[Sequence[int], Sequence[int]]:
        """The spans' starts and ends, as held (read-only)."""
        return self._starts, self._ends

    def sort(self) -> None:
        """In the order ``list.sort`` puts the tuples in."""
        n = len(self._holders)
        if all(self[i] <= self[i + 1] for i in range(n - 1)):
            return
        order = sorted(range(n), key=self.__getitem__)
        self._starts = array("q", [self._starts[i] for i in order])
        self._ends = array("q", [self._ends[i] for i in order])
        self._holders = [self._holders[i] for i in order]

    def __len__(self) -> int:
        return len(self._holders)

    @overload
    def __getitem__(self, index: int) -> tuple[int, int, str]: ...

    @overload
    def __getitem__(self, index: slice) -> list[tuple[int, int, str]]: ...

    def __getitem__(self, index: int | slice) -> tuple[int, int, str] | list[tuple[int, int, str]]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return self._starts[index], self._ends[index], self._holders[index]

    def __iter__(self) -> Iterator[tuple[int, int, str]]:
        return zip(self._starts, self._ends, self._holders, strict=True)
