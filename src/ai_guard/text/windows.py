"""Windows of a large text around its sites, for the detectors to read again.

A second reading of a document (typing leftovers untyped, stretched words typed once,
disguises undone: :func:`ai_guard.prompt.engine._read_again`) changes a few words of it; every
detector reading the whole reading again read a second copy of a megabyte's CSV (its
Document, folded views and caches) for one decoded e-mail name. :func:`windows` cuts a
reading to what the detectors need of it there: the text's first line (a table's header, a
stamp's place) and, around each site, its lines and :data:`WINDOW_LINES` more either side,
each side cut at a white space within :data:`WINDOW_REACH` characters of the site (a long
line of a one-line table); windows that touch are merged, and each stands on a line of its
own. :meth:`Windows.span` maps a span of the windows' text back to the reading's.

A table need not start the text: a title and a blank line may stand above its header, or a
second table start halfway down. Each site in a table's row is read with the header its row
belongs to (:func:`header_of`): the first line of the site's block (the lines after the last
blank line before it), or one of the next :data:`HEADER_DEPTH` lines, with as many cells.

:func:`lines_around` is also the unveiled reading's excerpt
(:func:`ai_guard.text.invisible.excerpt`).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = [
    "HEADER_DEPTH",
    "WINDOW_LINES",
    "WINDOW_REACH",
    "Windows",
    "block_starts",
    "header_of",
    "lines_around",
    "windows",
]

#: the lines a window holds either side of a site's own, and how far along a longer line
#: (cut at a white space): the cues a detector reads before a value (a label on the line
#: above in a form, "Họ và tên:" a few words before) stand within them
WINDOW_LINES = 2
WINDOW_REACH = 2000
#: the lines of a block a table's header may stand at (a title or two above it, no blank line)
HEADER_DEPTH = 3
#: the signs that part a table's cells, most telling first
_CELL_SIGNS = "|\t;,"


def lines_around(
    text: str, start: int, end: int, lines: int = WINDOW_LINES, reach: int = WINDOW_REACH
) -> tuple[int, int]:
    """The lines of ``text`` from the one holding ``start`` to the one holding ``end``
    (``lines`` more either side), each side cut at a white space within ``reach`` characters
    of ``start`` (before) and ``end`` (after)."""
    first = start
    for _ in range(lines + 1):
        first = text.rfind("\n", 0, first)
        if first < 0:
            break
    first += 1  # (after the line feed found, or 0)
    if start - first > reach:
        floor = start - reach
        space = min((p for p in (text.find(c, floor, start) for c in " \t") if p >= 0), default=-1)
        first = space + 1 if space >= 0 else floor
    last = end - 1
    for _ in range(lines + 1):
        last = text.find("\n", last + 1)
        if last < 0:
            last = len(text)
            break
    if last - end > reach:
        ceil = end + reach
        space = max(text.rfind(" ", end, ceil), text.rfind("\t", end, ceil))
        last = space if space > end else ceil
    return first, last


#: a blank line (white space only): the line feed that ends the block before it, the one after
_BLANK = re.compile(r"\n[ \t\r\f\v]*(?=\n)")


def block_starts(text: str) -> list[int]:
    """Where each block of lines of ``text`` starts (after a blank line), in order, 0 first."""
    return [0, *(m.end() + 1 for m in _BLANK.finditer(text))]


def header_of(text: str, start: int, blocks: list[int] | None = None) -> int | None:
    """The start of the header line the table row holding ``start`` belongs to, or None: the
    row's cells are parted by ``|``, tabs, ``;`` or ``,``; its header is the first line of
    its block (the lines after the last blank line before it) or one of the next
    :data:`HEADER_DEPTH` lines, the first with as many of the same sign and no digit, above
    the row. ``blocks``: :func:`block_starts` of ``text``, when the caller holds it."""
    row = text.rfind("\n", 0, start) + 1
    row_end = text.find("\n", start)
    row_end = len(text) if row_end < 0 else row_end
    line = text[row:row_end]
    sign = max(_CELL_SIGNS, key=line.count)
    cells = line.count(sign)
    if not cells:
        return None
    starts = block_starts(text) if blocks is None else blocks
    at = starts[bisect_right(starts, row) - 1]
    for _ in range(HEADER_DEPTH + 1):
        if at >= row:
            return None
        end = text.find("\n", at, row)
        end = row if end < 0 else end
        head = text[at:end]
        if head.count(sign) == cells and not any(c.isdigit() for c in head):
            return at
        at = end + 1
    return None


@dataclass(frozen=True, slots=True)
class Windows:
    """The windows of a reading joined (``text``: each on a line of its own), with where each
    starts in ``text`` (``starts``) and in the reading (``froms``)."""

    text: str
    starts: array[int]
    froms: array[int]

    def offset(self, pos: int) -> int:
        """The reading's offset for ``text[pos]`` (the line feed between two windows: the
        reading's character right after the first)."""
        i = bisect_right(self.starts, pos) - 1
        return self.froms[i] + pos - self.starts[i]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The reading's span for ``text[start:end]`` (its end from its last character, so
        that a span ending a window ends there in the reading)."""
        s = self.offset(start)
        return s, max(s, self.offset(end - 1) + 1) if end > start else s


def windows(text: str, sites: Iterable[tuple[int, int]]) -> Windows | None:
    """The windows of ``text`` around ``sites`` (spans of it), the header of each site's
    table and the text's first line (see the module); ``None`` when they hold half the text
    or more (the whole is read then)."""
    around = [lines_around(text, 0, 0)]
    heads: set[int] = set()
    blocks: list[int] | None = None
    for start, end in sites:
        around.append(lines_around(text, start, max(start, end)))
        blocks = block_starts(text) if blocks is None else blocks
        head = header_of(text, start, blocks)
        if head is not None and head not in heads:
            heads.add(head)  # the header of the site's table, its rule line under it
            around.append(lines_around(text, head, head, lines=1))
    spans: list[tuple[int, int]] = []
    for first, last in sorted(around):
        if spans and first <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(last, spans[-1][1]))
        else:
            spans.append((first, last))
    if sum(e - s for s, e in spans) * 2 >= len(text):
        return None
    pieces: list[str] = []
    starts = array("q")
    froms = array("q")
    at = 0
    for first, last in spans:
        if pieces:
            pieces.append("\n")
            at += 1
        starts.append(at)
        froms.append(first)
        pieces.append(text[first:last])
        at += last - first
    return Windows("".join(pieces), starts, froms)
