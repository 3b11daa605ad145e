"""Tables pasted as text (Markdown pipes, spreadsheet tabs, CSV): the header of the column a
position stands in, and the line around a position."""

from __future__ import annotations

import re
from typing import cast

from ai_guard.text.document import Document

__all__ = ["column_header", "line_bounds"]

_TABLE_SEPARATORS = ("|", "\t", ";", ",")
_RULE_LINE = re.compile(r"^[\s|:+\-=]+$")


def line_bounds(text: str, pos: int, limit: int = 400) -> tuple[int, int]:
    """The line around ``pos``, clipped to ``limit`` characters on each side: per-candidate
    look-ups stay cheap even when a megabyte arrives without a line break."""
    lo = max(0, pos - limit)
    start = text.rfind("\n", lo, pos) + 1 or lo
    hi = min(len(text), pos + limit)
    end = text.find("\n", pos, hi)
    return start, end if end >= 0 else hi


def column_header(doc: Document, pos: int) -> str | None:
    """The folded header cell of the column that ``pos`` lies in, for rows of a table pasted
    as text: Markdown pipes, tabs (spreadsheets), semicolons or commas (CSV). The header is
    the nearest line above with the same number of separators and no digits in its cells.
    Returns None outside tables. The row's layout is worked out once per line, the answer
    once per position (every numeric family asks about the same numbers)."""
    memo = cast("dict[int, str | None] | None", doc.cached(_HEADERS))
    if memo is None:
        memo = {}
        doc.store(_HEADERS, memo)
    if pos in memo:
        return memo[pos]
    found = memo[pos] = _column_header(doc, pos)
    return found


_HEADERS = "tables:column_header"


def _column_header(doc: Document, pos: int) -> str | None:
    text = doc.text
    ls, le = line_bounds(text, pos)
    key = f"row:{ls}"
    cached = doc.cached(key)
    if cached is None:
        row = _table_row(doc, ls, le)
        doc.store(key, row)
    else:
        row = cast("tuple[str, list[str]] | tuple[()]", cached)
    if not row:
        return None
    sep, cells = row
    column = _separators(text[ls:pos], sep)
    return str(cells[column]) if column < len(cells) else None


def _separators(line: str, sep: str) -> int:
    """How many ``sep`` stand in ``line`` between cells: in CSV (``,`` ``;``) a separator
    inside a double-quoted cell (``"thôn 4, xã Hòa Tiến"``) is part of the cell."""
    if sep not in ",;" or '"' not in line:
        return line.count(sep)
    # the pieces between double quotes alternate: outside, inside, outside ...
    return sum(piece.count(sep) for piece in line.split('"')[::2])


def _table_row(doc: Document, ls: int, le: int) -> tuple[str, list[str]] | tuple[()]:
    text = doc.text
    if le - ls > 2000 or (ls > 0 and text[ls - 1] != "\n"):
        return ()  # not a table row (or a clipped megabyte-long line)
    line = text[ls:le]
    for sep in _TABLE_SEPARATORS:
        count = _separators(line, sep)
        if count < 2:
            continue
        if sep in ",;" and (le - ls > 300 or ". " in line):
            return ()  # a sentence with commas, not a CSV row
        header = _find_header(doc, ls, sep, count)
        return (sep, header) if header else ()
    return ()


def _find_header(doc: Document, line_start: int, sep: str, count: int) -> list[str]:
    text = doc.text
    end = line_start - 1
    for _ in range(60):  # look up to 60 lines above
        if end < 0:
            break
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        end = start - 1
        if _RULE_LINE.match(line) or not line.strip():
            continue
        if abs(_separators(line, sep) - count) > 1:
            break
        if not any(map(str.isdigit, line)):
            folded = doc.folded[start : start + len(line)]
            return [" ".join(c.replace("_", " ").split()) for c in folded.split(sep)]
    # the row itself may be the header's first data row: nothing above
    return []
