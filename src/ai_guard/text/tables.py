"""Tables pasted as text (Markdown pipes, spreadsheet tabs, CSV, columns aligned with spaces):
the header of the column a position stands in, and the line around a position."""

from __future__ import annotations

import re
from collections.abc import MutableMapping

from ai_guard.text.document import Document

__all__ = ["column_header", "header_cells", "line_bounds"]

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
    the nearest line above with the same number of separators and no digits in its cells;
    in a table aligned with spaces, the cell above starting in ``pos``'s column
    (:func:`_aligned_header`).
    Returns None outside tables. The row's layout is worked out once per line, the answer
    once per position (every numeric family asks about the same numbers); a line longer than
    :func:`line_bounds` reads before ``pos`` is no table row, said again at each ask (a
    megabyte on one line held an answer for each of its numbers)."""
    memo: MutableMapping[int, str | None] = doc.position_memo(_HEADERS)
    if pos in memo:
        return memo[pos]
    text = doc.text
    ls, le = line_bounds(text, pos)
    if ls > 0 and text[ls - 1] != "\n":
        return None  # (and so would every test below: no row, no aligned cell that wide)
    found = memo[pos] = _column_header(doc, pos, ls, le)
    return found


_HEADERS = "tables:column_header"


def _column_header(doc: Document, pos: int, ls: int, le: int) -> str | None:
    text = doc.text
    row = _row(doc, ls, le)
    if not row:
        return _aligned_header(doc, ls, le, pos) if text.find("  ", ls, le) >= 0 else None
    sep, cells = row
    column = _separators(text[ls:pos], sep)
    return str(cells[column]) if column < len(cells) else None


#: a cell of a table aligned with spaces: words a single space apart; how many lines above
#: its header may stand (rows, and cells wrapped onto lines of their own), the longest row
_ALIGNED_CELL = re.compile(r"\S+(?: \S+)*")
_ALIGNED_REACH = 8
_ALIGNED_LONGEST = 300


def _aligned_header(doc: Document, ls: int, le: int, pos: int) -> str | None:
    """The folded header cell of the column ``pos`` stands in, in a table aligned with spaces
    (a report printed to text, a PDF's table copied): ``pos`` starts a cell (two spaces
    before it, or its line's start in a row with such a gap), and a line above within
    :data:`_ALIGNED_REACH`, with no digits and two cells or more two spaces apart, has a cell
    starting in the same column (one character either way), or, printed right-aligned (a
    pandas DataFrame), a cell ending in the column where ``pos``'s cell ends. A blank line or
    a line with no such gap ends the search: no table."""
    text = doc.text
    col = pos - ls
    if le - ls > _ALIGNED_LONGEST or (col and text[pos - 2 : pos] != "  "):
        return None
    # the row's cells (two spaces or more apart): a Word table copied without its borders
    # keeps one gap between cells but not their columns ("Lưu Thị Thanh Ngần  0123478591"
    # under "Họ tên  Số BHXH"), so a header with as many cells is read cell by cell
    row = [a for a, _ in (m.span() for m in _ALIGNED_CELL.finditer(text, ls, le))]
    index = row.index(pos) if pos in row else -1
    end = ls - 1
    for _ in range(_ALIGNED_REACH):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        end = start - 1
        if "  " not in line or end - start > _ALIGNED_LONGEST:
            return None
        if any(map(str.isdigit, line)):
            continue
        cells = [m.span() for m in _ALIGNED_CELL.finditer(line)]
        if len(cells) < 2:
            return None
        if index >= 0 and len(cells) == len(row):
            a, b = cells[index]
            return " ".join(doc.folded[start + a : start + b].replace("_", " ").split())
        for a, b in cells:
            if abs(a - col) <= 1:
                return " ".join(doc.folded[start + a : start + b].replace("_", " ").split())
        # printed right-aligned, as pandas prints a DataFrame's columns: the header cell
        # ends in the column where the value's cell ends (one character either way)
        cell = _ALIGNED_CELL.match(text, pos, le)
        right = cell.end() - ls if cell is not None else -1
        for a, b in cells:
            if abs(b - right) <= 1:
                return " ".join(doc.folded[start + a : start + b].replace("_", " ").split())
        return None
    return None


def header_cells(doc: Document, pos: int) -> list[str]:
    """Every folded header cell of the table row ``pos`` stands in (empty outside tables):
    what the row's other columns hold ("stt", "ho ten chu ho", "cccd", "thon")."""
    ls, le = line_bounds(doc.text, pos)
    row = _row(doc, ls, le)
    return list(row[1]) if row else []


def _row(doc: Document, ls: int, le: int) -> tuple[str, list[str]] | tuple[()]:
    """The separator and header cells of the table row ``ls:le``, worked out once per line
    (a line clipped before ``ls`` is none, and not held for each position on it)."""
    if ls > 0 and doc.text[ls - 1] != "\n":
        return ()  # (what :func:`_table_row` says of it)
    # by the line's start in one dict (a key string per line was 1,546 entries of the
    # document's cache on a dense megabyte)
    memo: MutableMapping[int, tuple[str, list[str]] | tuple[()]] = doc.position_memo(_ROWS)
    row = memo.get(ls)
    if row is None:
        row = memo[ls] = _table_row(doc, ls, le)
    return row


_ROWS = "tables:rows"


def _separators(line: str, sep: str) -> int:
    """How many ``sep`` stand in ``line`` between cells: in CSV (``,`` ``;``) a separator
    inside a double-quoted cell (``"thôn 4, xã Hòa Tiến"``) is part of the cell."""
    if sep not in ",;" or '"' not in line:
        return line.count(sep)
    # the pieces between double quotes alternate: outside, inside, outside ...
    return sum(piece.count(sep) for piece in line.split('"')[::2])


def _unquoted(line: str) -> str:
    """A CSV line without its double-quoted pieces."""
    return "".join(line.split('"')[::2]) if '"' in line else line


def _table_row(doc: Document, ls: int, le: int) -> tuple[str, list[str]] | tuple[()]:
    text = doc.text
    if le - ls > 2000 or (ls > 0 and text[ls - 1] != "\n"):
        return ()  # not a table row (or a clipped megabyte-long line)
    line = text[ls:le]
    for sep in _TABLE_SEPARATORS:
        count = _separators(line, sep)
        if count < 1:
            continue
        # one tab makes a two-column sheet row; one comma or semicolon does only under a
        # header of two short cells (``ho_ten,so_bhxh``), checked below: else a sentence
        if sep in ",;" and (le - ls > (120 if count == 1 else 300) or ". " in _unquoted(line)):
            return ()  # a sentence with commas, not a CSV row (of two short cells); a dot
            # inside a quoted cell is the cell's ("...,\"Tổ 4, phường Dĩ An, TP. Hồ Chí Minh\"")
        header = _find_header(doc, ls, sep, count)
        if count == 1 and sep in ",;" and not _two_column_header(header):
            return ()  # one comma under a line that is not a two-cell header: prose
        return (sep, header) if header else ()
    return ()


#: the most words a header cell of a two-column CSV holds (``Số hộ chiếu``, ``ngay_sinh``,
#: ``so_giay_phep_lai_xe``, ``Số căn cước công dân``)
_SHORT_CELL_WORDS = 5


def _two_column_header(header: list[str]) -> bool:
    """Whether ``header`` reads as the header of a two-column CSV: exactly two cells, each a
    short label (a few words, no sentence punctuation). A line of prose with one comma above
    another is not a header."""
    return len(header) == 2 and all(
        0 < len(cell.split()) <= _SHORT_CELL_WORDS and not any(c in cell for c in ".:?!()")
        for cell in header
    )


_SCANS = "tables:header_scan"


def _find_header(doc: Document, line_start: int, sep: str, count: int) -> list[str]:
    """The header cells of the row starting at ``line_start``: the nearest line above with no
    digits, reached over rule lines, blank lines and rows with about as many separators (a
    line with another count ends the search), however far: a CSV's password or ID column
    500 rows down keeps its meaning.

    The walk up from a line depends only on that line, ``sep`` and ``count``, so its outcome
    is remembered for every line it passes (the header it stops at, or None): each row of a
    table asks once, not once per line above it (a CSV of thousands of rows walked up to the
    header for each of them), and the walks of a text read each of its lines once."""
    # by (separator, count), then by the line's start: no key tuple per line (a CSV's
    # thousand rows held one each, with its walk, until the numeric families had run); each
    # line's outcome one small int, which of the headers found (CPython shares the ints
    # below 257: a table's lines hold no int of their own)
    scans: dict[tuple[str, int], tuple[dict[int, int], list[list[str] | None]]] = doc.memo(_SCANS)
    known_walks = scans.get((sep, count))
    if known_walks is None:
        known_walks = scans[sep, count] = ({}, [None])
    memo, headers = known_walks
    text = doc.text
    path: list[int] = []  # the lines walked (their starts), nearest first
    which = 0  # the header's place in ``headers`` (0: None)
    end = line_start - 1
    while end >= 0:  # (the text's first line: nothing above)
        start = text.rfind("\n", 0, end) + 1
        known = memo.get(start)
        if known is not None:
            which = known
            break
        path.append(start)
        line = text[start:end]
        end = start - 1
        if _RULE_LINE.match(line) or not line.strip():
            continue
        if abs(_separators(line, sep) - count) > 1:
            break  # (this line's own walk stops here too: no header)
        if not any(map(str.isdigit, line)):
            folded = doc.folded[start : start + len(line)]
            which = len(headers)
            headers.append([" ".join(c.replace("_", " ").split()) for c in folded.split(sep)])
            break
    # every line walked: its own walk stops at the same place
    for start in path:
        memo[start] = which
    header = headers[which]
    return header if header is not None else []
