"""Typed, numbered placeholders and the vault that restores them.

Each redacted finding becomes ``[ENTITY_n]`` (``[CCCD_1]``, ``[PERSON_2]``); the same value
gets the same placeholder within one prompt, so the model can still tell two people apart.
Numbers already present in the text as placeholder look-alikes are skipped, so restoring never
touches text the user wrote.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import overload

__all__ = [
    "PLACEHOLDER",
    "PLACEHOLDER_PREFIX",
    "Placeholders",
    "SpanColumns",
    "Vault",
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


class Vault(Mapping[str, str]):
    """The vault of a check with many placeholders (``[CCCD_1]`` -> its value), read as the
    dict of them: each value held as its first span in the text (the caller's own string, not
    a copy), each placeholder as its entity and number, made when read. A dict of placeholder
    and value strings was ~170 bytes a distinct value, 9.9x the size of a CSV of citizens
    held by the check it returned (and through every stage after the detectors); here ~22."""

    __slots__ = ("_ends", "_entities", "_kinds", "_numbers", "_slots", "_starts", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._entities: list[str] = []  # the entities' names, in the order first seen
        self._kinds = array("H")  # each placeholder's entity, an index into _entities
        self._numbers = array("q")  # and its number
        self._starts = array("q")  # its value's span in the text
        self._ends = array("q")
        # entity -> at n - 1, the index of [ENTITY_n] (-1: a number not given)
        self._slots: dict[str, array[int]] = {}

    def add(self, entity: str, n: int, start: int, end: int) -> int:
        """Hold ``[entity_n]`` for ``text[start:end]``; its index (in the order added)."""
        slots = self._slots.get(entity)
        if slots is None:
            slots = self._slots[entity] = array("q")
            self._entities.append(entity)
        if len(slots) < n:
            slots.extend([-1] * (n - len(slots)))
        i = len(self._starts)
        slots[n - 1] = i
        self._kinds.append(self._entities.index(entity))
        self._numbers.append(n)
        self._starts.append(start)
        self._ends.append(end)
        return i

    def key(self, i: int) -> str:
        """The ``i``-th placeholder added, in its brackets."""
        return f"[{self._entities[self._kinds[i]]}_{self._numbers[i]}]"

    def value(self, i: int) -> str:
        """The value of the ``i``-th placeholder added."""
        return self._text[self._starts[i] : self._ends[i]]

    def __getitem__(self, placeholder: str) -> str:
        m = PLACEHOLDER.fullmatch(placeholder) if isinstance(placeholder, str) else None
        slots = self._slots.get(m["entity"]) if m is not None else None
        if m is None or slots is None or str(int(m["n"])) != m["n"]:
            raise KeyError(placeholder)
        n = int(m["n"])
        if not 0 < n <= len(slots) or slots[n - 1] < 0:
            raise KeyError(placeholder)
        return self.value(slots[n - 1])

    def __len__(self) -> int:
        return len(self._starts)

    def __iter__(self) -> Iterator[str]:
        for i in range(len(self._starts)):
            yield self.key(i)


class Placeholders:
    """Hands out placeholders for one text and remembers their values: in a dict of them, or
    (``compact``, a check with many) in a :class:`Vault`, through :meth:`index`."""

    __slots__ = ("_by_value", "_counters", "_ids", "_taken", "_values", "compact")

    def __init__(self, text: str, *, compact: bool = False) -> None:
        self._taken: set[tuple[str, int]] = set()
        if "[" in text:
            for m in PLACEHOLDER.finditer(text):
                self._taken.add((m["entity"], int(m["n"])))
        self._counters: dict[str, int] = {}
        # entity -> value -> placeholder (a dict for each entity: no key tuple for each value)
        self._by_value: dict[str, dict[str, str]] = {}
        # (compact) entity -> value -> the placeholder's index in the vault
        self._ids: dict[str, dict[str, int]] = {}
        self.compact: Vault | None = Vault(text) if compact else None
        self._values: dict[str, str] = {}

    @property
    def vault(self) -> Mapping[str, str]:
        """Each placeholder given (in its brackets) and its value, in the order given."""
        return self.compact if self.compact is not None else self._values

    def _number(self, entity: str) -> int:
        n = self._counters.get(entity, 0) + 1
        while (entity, n) in self._taken:
            n += 1
        self._counters[entity] = n
        return n

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
        placeholder = f"[{entity}_{self._number(entity)}]"
        given[value] = placeholder
        self._values[placeholder] = value
        return placeholder

    def index(self, entity: str, start: int, end: int) -> int:
        """(``compact``) The index in :attr:`compact` of the placeholder for the value at
        ``start:end`` of the text as this entity (the same value, the same placeholder)."""
        vault = self.compact
        if vault is None:
            raise ValueError("Placeholders.index needs compact=True")
        given = self._ids.get(entity)
        if given is None:
            given = self._ids[entity] = {}
        value = vault._text[start:end]
        found = given.get(value)
        if found is not None:
            return found
        found = given[value] = vault.add(entity, self._number(entity), start, end)
        return found

    def forget_values(self) -> None:
        """Forget which value has which placeholder (the vault stays): once every finding
        has its placeholder, so that the look-up is not held while the findings are built."""
        self._by_value = {}
        self._ids = {}


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
    made on the spot. Given a :class:`Vault`, the spans are added by the placeholder's index
    in it (:meth:`add_index`) and the placeholder made when the span is read."""

    __slots__ = ("_ends", "_holders", "_ids", "_starts", "_vault")

    def __init__(self, vault: Vault | None = None) -> None:
        self._starts = array("q")
        self._ends = array("q")
        self._holders: list[str] = []
        self._ids = array("q")
        self._vault = vault

    def add(self, start: int, end: int, placeholder: str) -> None:
        if self._vault is not None:
            raise ValueError("SpanColumns with a vault take indices (add_index)")
        self._starts.append(start)
        self._ends.append(end)
        self._holders.append(placeholder)

    def add_index(self, start: int, end: int, i: int) -> None:
        """A span redacted by the vault's ``i``-th placeholder."""
        if self._vault is None:
            raise ValueError("SpanColumns without a vault take placeholders (add)")
        self._starts.append(start)
        self._ends.append(end)
        self._ids.append(i)

    def offsets(self) -> tuple[Sequence[int], Sequence[int]]:
        """The spans' starts and ends, as held (read-only)."""
        return self._starts, self._ends

    def sort(self) -> None:
        """In the order ``list.sort`` puts the tuples in."""
        n = len(self._starts)
        if all(self[i] <= self[i + 1] for i in range(n - 1)):
            return
        order = sorted(range(n), key=self.__getitem__)
        self._starts = array("q", [self._starts[i] for i in order])
        self._ends = array("q", [self._ends[i] for i in order])
        if self._vault is None:
            self._holders = [self._holders[i] for i in order]
        else:
            self._ids = array("q", [self._ids[i] for i in order])

    def __len__(self) -> int:
        return len(self._starts)

    @overload
    def __getitem__(self, index: int) -> tuple[int, int, str]: ...

    @overload
    def __getitem__(self, index: slice) -> list[tuple[int, int, str]]: ...

    def __getitem__(self, index: int | slice) -> tuple[int, int, str] | list[tuple[int, int, str]]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if self._vault is None:
            return self._starts[index], self._ends[index], self._holders[index]
        return self._starts[index], self._ends[index], self._vault.key(self._ids[index])

    def __iter__(self) -> Iterator[tuple[int, int, str]]:
        if self._vault is None:
            return zip(self._starts, self._ends, self._holders, strict=True)
        key = self._vault.key
        return ((s, e, key(i)) for s, e, i in zip(self._starts, self._ends, self._ids, strict=True))
