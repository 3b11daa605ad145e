"""Jupyter notebooks.

Python code cells are joined (notebook state flows from cell to cell) and scanned as Python;
shell escapes (``!curl ...``, ``x = !cmd``) and shell cells (``%%bash``) are scanned as shell,
``%%javascript`` cells as JavaScript, ``%%writefile name.ext`` cells as a file of that type.
Each finding names its cell and the line inside it.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from typing import Any

from ai_guard.errors import PartialScanError
from ai_guard.scan.catalogue import Catalogue, catalogue
from ai_guard.scan.python import scan_python
from ai_guard.scan.rules import CallSite, ScanFinding
from ai_guard.scan.script import scan_script

__all__ = ["PartialScanError", "scan_notebook"]


_SHELL_MAGICS = frozenset({"bash", "sh", "shell", "script", "system", "sx"})
_JS_MAGICS = frozenset({"javascript", "js"})
_PY_BODY_MAGICS = frozenset({"time", "timeit", "capture", "prun", "debug", "python", "python3"})
_HELP = re.compile(r"^(?:\?{1,2}[\w.]+|[\w.]+\?{1,2})$")  # obj? obj?? ?obj
_AUTOMAGIC = re.compile(r"^(?:pip|conda|mamba|uv)\s+(?:install|uninstall)\b")
_LINE_SHELL = re.compile(r"^(\s*)(?:[A-Za-z_][\w.]*\s*=\s*)?(?:!|%(?:sx|system)\b)(.*)$")


def _open_quote(row: str, quote: str) -> str:
    """The triple quote still open after ``row`` (approximate: escapes and comments are
    handled, single-quoted strings on one line are skipped)."""
    i = 0
    while i < len(row):
        if quote:
            j = row.find(quote, i)
            if j < 0:
                return quote
            if j > 0 and row[j - 1] == "\\":
                i = j + 1
                continue
            i, quote = j + 3, ""
            continue
        c = row[i]
        if c == "#":
            return ""
        if row.startswith(('"""', "'''"), i):
            quote = row[i : i + 3]
            i += 3
        elif c in "\"'":
            end = row.find(c, i + 1)
            while end > 0 and row[end - 1] == "\\":
                end = row.find(c, end + 1)
            i = len(row) if end < 0 else end + 1
        else:
            i += 1
    return quote


def _cell_source(cell: dict[str, Any]) -> str:
    src = cell.get("source", "")
    return "".join(src) if isinstance(src, list) else str(src)


_SOURCE_KEY = re.compile(r'"source"\s*:\s*')


def _physical_lines(text: str, cells: list[Any]) -> dict[int, list[tuple[int, int]]]:
    """For each cell (numbered from 1), where each line of its source stands in the notebook
    file: (line, column of the string's first character) -- SARIF positions count from the
    start of the file, not of the cell. Each ``"source":`` key is decoded and kept only when
    it is the next cell's source (a key of that name inside metadata or outputs is passed
    over); a cell not found is left out (its findings keep their cell positions)."""
    import bisect

    starts = [0, *(m.end() for m in re.finditer("\n", text))]
    decoder = json.JSONDecoder()

    def position(offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(starts, offset)
        return line, offset - starts[line - 1] + 2  # +1: 1-based, +1: the opening quote

    out: dict[int, list[tuple[int, int]]] = {}
    wanted = [(n, c.get("source")) for n, c in enumerate(cells, 1) if isinstance(c, dict)]
    i = 0
    for m in _SOURCE_KEY.finditer(text):
        if i >= len(wanted):
            break
        n, source = wanted[i]
        try:
            value, _ = decoder.raw_decode(text, m.end())
        except ValueError:
            continue
        if value != source:
            continue
        i += 1
        rows: list[tuple[int, int]] = []
        if isinstance(source, str):
            rows = [position(m.end())] * max(1, source.count("\n") + 1)
        elif isinstance(source, list):
            pos = text.index("[", m.end()) + 1
            for element in source:
                while text[pos] in " \t\r\n,":
                    pos += 1
                where = position(pos)
                _, pos = decoder.raw_decode(text, pos)
                lines = str(element).count("\n") or 1
                rows.extend([where] * lines)
        out[n] = rows
    return out


def _relabel(f: ScanFinding, path: str, cell: int, line: int) -> tuple[int, ScanFinding]:
    """A finding of a cell's code, named by the notebook, its cell and the line in the cell."""
    from ai_guard.i18n.scan import scan_cell

    vi, en = scan_cell(cell, (f.message_vi, f.message_en))
    return cell, ScanFinding(f.rule, path, line, f.column, en, vi, f.suppressed)


class _Notebook:
    """One notebook being read: the Python lines joined across cells (with the cell and line
    each came from), the shell lines, what was found and what was skipped."""

    def __init__(self, path: str, cat: Catalogue, config: Any) -> None:
        self.path, self.cat, self.config = path, cat, config
        self.code: list[str] = []
        self.where: list[tuple[int, int]] = []  # joined line -> (cell number, line in cell)
        self.shell: list[str] = []
        self.shell_where: list[tuple[int, int]] = []
        self.out: list[tuple[int, ScanFinding]] = []
        self.site_calls: list[tuple[int, int, CallSite]] = []  # (cell, line in cell, call)
        self.skipped: list[str] = []  # cells that could not be read, reported with the file

    def cell(self, n: int, rows: list[str]) -> None:
        """A code cell: a cell magic first (after blank and comment lines at most) decides
        how its body is read; otherwise its lines join the notebook's Python."""
        head = next(
            (i for i, r in enumerate(rows) if r.strip() and not r.lstrip().startswith("#")), 0
        )
        first = rows[head].strip() if rows else ""
        body_from = 0
        if first.startswith("%%"):
            words = first[2:].split()
            magic = words[0] if words else ""
            if magic in _SHELL_MAGICS or magic in _JS_MAGICS or magic == "writefile":
                if magic == "writefile":
                    name = words[-1] if len(words) > 1 else "cell.txt"
                else:
                    name = "cell.sh" if magic in _SHELL_MAGICS else "cell.js"
                self.other_file(n, name, "\n" * head + "\n".join(rows[head + 1 :]) + "\n", first)
                return
            if magic not in _PY_BODY_MAGICS:
                return  # %%html, %%markdown, %%sql ...: not code ai-guard reads
            body_from = head + 1
        self.python_lines(n, rows, body_from)

    def other_file(self, n: int, name: str, body: str, first: str) -> None:
        """A ``%%bash``, ``%%javascript`` or ``%%writefile name`` cell, scanned as a file of
        that type on its own."""
        from ai_guard.scan import scan_source

        cell_calls: list[CallSite] = []
        try:
            found = scan_source(name, body, self.cat, self.config, cell_calls)
        except SyntaxError as exc:
            found = []
            line = (exc.lineno or 0) + 1  # the body starts after the magic line
            self.skipped.append(f"cell {n} line {line} ({first}): {exc.msg}")
        except ValueError as exc:
            found = []
            self.skipped.append(f"cell {n} ({first}): {exc}")
        self.out.extend(_relabel(f, self.path, n, f.line + 1) for f in found)
        self.site_calls.extend((n, c.line + 1, c) for c in cell_calls)

    def python_lines(self, n: int, rows: list[str], body_from: int) -> None:
        """A cell's lines in the joined Python: shell escapes go to the shell lines, IPython
        magics and help become ``pass``, lines inside a triple-quoted string stay text."""
        code = self.code
        quote = ""  # the triple quote left open by the lines so far
        continued = ""  # "shell" or "magic" while a magic line ends with a backslash
        for k, row in enumerate(rows, 1):
            indent = row[: len(row) - len(row.lstrip())]
            stripped = row.strip()
            m = None if continued or quote else _LINE_SHELL.match(row)
            if k <= body_from:
                code.append("")
            elif quote:  # inside a triple-quoted string: text, whatever it looks like
                code.append(row)
            elif continued == "shell" or m:
                self.shell.append(m.group(2) if m else row)
                self.shell_where.append((n, k))
                code.append("" if continued else f"{indent}pass")
                continued = "shell" if stripped.endswith("\\") else ""
            elif (
                continued
                or stripped.startswith("%")
                or _AUTOMAGIC.match(stripped)
                or _HELP.match(stripped)
            ):
                # IPython line magics (%pip, automagic pip/conda) and help (obj?) are not Python
                code.append("" if continued else f"{indent}pass")
                continued = "magic" if stripped.endswith("\\") else ""
            else:
                code.append(row)
            if k > body_from:
                quote = _open_quote(row, quote)
            self.where.append((n, k))
        code.append("")
        self.where.append((n, 0))

    def scan_shell(self) -> None:
        """The shell lines of every cell, as one script."""
        if not self.shell:
            return
        shell_calls: list[CallSite] = []
        for f in scan_script("cell.sh", "\n".join(self.shell) + "\n", self.cat, shell_calls):
            cell_no, line = self.shell_where[f.line - 1]
            self.out.append(_relabel(f, self.path, cell_no, line))
        self.site_calls.extend((*self.shell_where[c.line - 1], c) for c in shell_calls)

    def scan_python(self) -> None:
        """The joined Python; a cell that does not parse is blanked out and the rest scanned
        again."""
        code, where = self.code, self.where
        while True:
            py_calls: list[CallSite] = []
            try:
                findings = scan_python(
                    self.path, "\n".join(code) + "\n", self.cat, self.config, py_calls
                )
                break
            except SyntaxError as exc:
                bad = (exc.lineno or 1) - 1
                if not 0 <= bad < len(where):
                    raise
                cell_no = where[bad][0]
                self.skipped.append(f"cell {cell_no} line {where[bad][1]}: {exc.msg}")
                for i, (c, _) in enumerate(where):
                    if c == cell_no:
                        code[i] = ""
        for f in findings:
            cell_no, line = where[f.line - 1] if 0 < f.line <= len(where) else (0, f.line)
            self.out.append(_relabel(f, self.path, cell_no, line))
        self.site_calls.extend(
            (*where[c.line - 1], c) for c in py_calls if 0 < c.line <= len(where)
        )


def scan_notebook(
    path: str,
    source: str,
    cat: Catalogue | None = None,
    config: Any = None,
    calls: list[CallSite] | None = None,
) -> list[ScanFinding]:
    """Scan a Jupyter notebook.

    Python code cells are joined (notebook state flows from cell to cell) and scanned as
    Python; shell escapes (``!curl ...``, ``x = !cmd``) and shell cells (``%%bash``) are
    scanned as shell, ``%%javascript`` cells as JavaScript, ``%%writefile name.ext`` cells as
    a file of that type. Every finding names its cell and the line inside it. A cell that
    does not parse is left out and the rest is still scanned; the file is then reported with
    :class:`PartialScanError`.
    """
    data = json.loads(source)
    if not isinstance(data, dict) or not isinstance(data.get("cells", []), list):
        raise ValueError("no 'cells' list")
    nb = _Notebook(path, cat or catalogue(), config)
    for n, cell in enumerate(data.get("cells", []), 1):
        if isinstance(cell, dict) and cell.get("cell_type") == "code":
            nb.cell(n, _cell_source(cell).splitlines())
    nb.scan_shell()
    nb.scan_python()
    if calls is not None:
        calls.extend(
            CallSite(path, line, c.column, c.vendor, c.status, cell=cell_no)
            for cell_no, line, c in sorted(nb.site_calls, key=lambda t: (t[0], t[1], t[2].column))
        )
    physical = _physical_lines(source, data.get("cells", []))
    placed = []
    for cell_no, f in nb.out:
        rows = physical.get(cell_no, [])
        if 0 < f.line <= len(rows):
            line, column = rows[f.line - 1]
            f = replace(f, file_line=line, file_column=column + f.column - 1)
        placed.append((cell_no, f))
    ordered = [f for _, f in sorted(placed, key=lambda cf: (cf[0], cf[1].line, cf[1].column))]
    if nb.skipped:
        from ai_guard.i18n.scan import scan_cells_skipped  # only when there is something to say

        vi, en = scan_cells_skipped(nb.skipped)
        raise PartialScanError(vi=vi, en=en, findings=ordered)
    return ordered
