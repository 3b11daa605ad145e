"""Names split over a table's columns: a header row whose cells hold "Họ" (the family name),
"Đệm" / "Tên đệm" (the middle names) and "Tên" (the given name) each on its own, tab-parted as
a spreadsheet pastes it ("Họ⇥Đệm⇥Tên⇥SĐT", then "Lương⇥Thị Diệu⇥Khuê⇥0388 ...").

No cell holds a full name, so no path that reads a name by its shape takes the surname's or
the middle names' cell (a given name under "Tên" the name-column path may read already). The
header is the evidence: a row with both "Họ" and "Tên" as cells of their own names a person's
parts in the rows under it, up to the first line with no tab: the parts in cells side by side
are one name, the tabs inside it. A row counts where its given name's cell holds a name
("Tổng⇥⇥5" is a total); a cell needs a name's look: one to three words of letters, each a
Vietnamese syllable, no placeholder.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.gates import Needs
from ai_guard.detectors.person.scores import BASE_NAME_COLUMN, SCORE_NAME_COLUMN
from ai_guard.detectors.person.shape import is_vietnamese_syllable
from ai_guard.models import EntityType
from ai_guard.text import Document, fold_word

__all__ = ["NEEDS", "split_column_names"]

#: a header cell (folded, its colon dropped) -> the part of a name the column holds
_ROLES = {
    "ho": "family",
    "dem": "middle",
    "ten dem": "middle",
    "chu dem": "middle",
    "ten": "given",
}
#: what a cell holds when it holds no name
_NOT_NAMES = frozenset({"x", "xx", "xxx", "na", "n/a", "khong", "chua", "none", "null"})

#: what :func:`split_column_names` needs: a tab (the cells' border)
NEEDS = Needs(marks="\t")


def _roles(cells: list[str]) -> dict[int, str] | None:
    """The columns of a header row by the part of a name each holds, or None where the row
    holds no family name's and given name's cells of their own."""
    roles: dict[int, str] = {}
    for k, cell in enumerate(cells):
        key = " ".join(fold_word(w) for w in cell.strip().rstrip(":").split())
        role = _ROLES.get(key)
        if role is not None:
            roles[k] = role
    values = set(roles.values())
    return roles if {"family", "given"} <= values else None


def _named(cell: str) -> bool:
    """Whether a cell has the look of a name's part: one to three words of letters, each a
    Vietnamese syllable, all capitalised or all in the same case, no placeholder."""
    words = cell.split()
    if not 1 <= len(words) <= 3 or cell.lower() in _NOT_NAMES:
        return False
    if not all(w.isalpha() and is_vietnamese_syllable(w) for w in words):
        return False
    return all(w[:1].isupper() for w in words) or cell.islower() or cell.isupper()


def split_column_names(
    doc: Document, found: Sequence[Detection], detector_id: str
) -> Iterator[Detection]:
    """The names whose parts stand in the cells of a row under a header row of ``_ROLES``: the
    parts in cells side by side are one person's name, one finding over them and the tabs
    between ("Diệp Thị⇥Thu Loan"), a part apart from the others a finding of its own. A
    finding inside one gives way to it (the caller drops it); one that overlaps it and runs
    out of it keeps it from being reported."""
    text = doc.text
    spans = sorted((f.start, f.end) for f in found)
    starts = [s for s, _ in spans]
    roles: dict[int, str] | None = None
    pos = 0
    for line in text.split("\n"):
        line_start, pos = pos, pos + len(line) + 1
        if "\t" not in line:
            roles = None
            continue
        cells = line.split("\t")
        header = _roles(cells)
        if header is not None:
            roles = header
            continue
        if roles is None:
            continue
        if not any(
            roles[k] == "given" and _named(cells[k].strip()) for k in roles if k < len(cells)
        ):
            continue  # ("Tổng⇥⇥5": a total's row, no one's name in the given name's cell)
        parts: list[tuple[int, int, int]] = []  # (column, start, end) of each part's value
        at = line_start
        for k, cell in enumerate(cells):
            cell_start, at = at, at + len(cell) + 1
            value = cell.strip()
            if k in roles and _named(value):
                s = cell_start + len(cell) - len(cell.lstrip())
                parts.append((k, s, s + len(value)))
        runs: list[list[tuple[int, int, int]]] = []
        for part in parts:
            if runs and runs[-1][-1][0] == part[0] - 1:
                runs[-1].append(part)
            else:
                runs.append([part])
        for run in runs:
            s, e = run[0][1], run[-1][2]
            i = bisect.bisect_left(starts, e)
            near = [(a, b) for a, b in spans[max(0, i - 4) : i] if b > s]
            if near and not all(s <= a and b <= e for a, b in near):
                continue  # (a path found a longer name over it)
            if near == [(s, e)]:
                continue
            roles_in = "+".join(roles[k] for k, _, _ in run)
            yield Detection(
                EntityType.PERSON,
                s,
                e,
                SCORE_NAME_COLUMN,
                detector_id,
                pattern="person.name_column",
                base_score=BASE_NAME_COLUMN,
                context=f"split columns: {roles_in}",
            )
