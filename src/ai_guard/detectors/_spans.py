"""Spans a detector has already reported, for its own overlap tests, in O(log n) each.

A detector that reads a text in several passes (vendor keys, then URLs, then labels) must not
report a span twice; a plain list tested with ``any()`` makes that quadratic when a megabyte
holds thousands of findings. Each pass reports left to right, so the spans are kept as a few
runs sorted by start; a span out of order starts a new run.

Spans another pass found, which may overlap one another and do not change while a pass asks
about them (the name paths ask about each other's findings), are a :class:`Reach`.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

__all__ = ["Reach", "SpanSet"]


class SpanSet:
    """Non-overlapping spans ``[start, end)``, added mostly in increasing order."""

    __slots__ = ("_runs",)

    def __init__(self) -> None:
        self._runs: list[tuple[list[int], list[int]]] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Does ``[start, end)`` overlap a span already added? (An empty span at ``start``
        counts as the point ``start``.)"""
        end = max(end, start + 1)
        for starts, ends in self._runs:
            i = bisect.bisect_left(starts, end)
            if i and ends[i - 1] > start:
                return True
        return False

    def add(self, start: int, end: int) -> None:
        if not self._runs or (self._runs[-1][0] and start < self._runs[-1][1][-1]):
            self._runs.append(([], []))
        starts, ends = self._runs[-1]
        starts.append(start)
        ends.append(end)

    def take(self, start: int, end: int) -> bool:
        """Add ``[start, end)`` unless it overlaps; True when added."""
        if end <= start or self.overlaps(start, end):
            return False
        self.add(start, end)
        return True


class Reach:
    """Spans ``[start, end)`` fixed once built, which may overlap one another, asked whether
    one overlaps a span or holds a point in log time (the same answers as ``any()`` over the
    list: a table of thousands of names asked it for every candidate was quadratic)."""

    __slots__ = ("_reach", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        self._reach: list[int] = []  # the furthest end of the spans up to each one
        furthest = -1
        for _, b in ordered:
            furthest = max(furthest, b)
            self._reach.append(furthest)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span ``(a, b)`` has ``a < end and start < b``."""
        i = bisect.bisect_left(self._starts, end) - 1  # the spans that start before ``end``
        return i >= 0 and self._reach[i] > start

    def holds(self, point: int) -> bool:
        """Whether a span ``(a, b)`` has ``a <= point < b``."""
        return self.overlaps(point, point + 1)
