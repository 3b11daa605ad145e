"""The one loader of the lexicons and tables shipped in ``ai_guard/data``.

Files live in one folder per feature (``data/detectors/``, ``data/classify/``, ``data/scan/``)
and are named here by their path under ``data/``: ``lines("detectors/surnames.txt")``. Text
files hold one entry a line, TSV files tab-separated columns; blank lines and lines starting
with ``#`` are comments. Every file is read once, on first use, never at import.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from ai_guard.text.document import fold_word

__all__ = ["folded_set", "lines", "read_text", "rows"]


def read_text(name: str) -> str:
    """The whole text of ``data/<name>`` (``name`` uses ``/`` between folders)."""
    return resources.files("ai_guard").joinpath("data", *name.split("/")).read_text("utf-8")


@cache
def lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a data file, stripped."""
    out = []
    for raw in read_text(name).splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Tab-separated rows of a data file, each cell stripped."""
    return tuple(tuple(c.strip() for c in line.split("\t")) for line in lines(name))


@cache
def folded_set(name: str, column: int = 0) -> frozenset[str]:
    """The folded (no diacritics, lower case) values of one column."""
    return frozenset(fold_word(r[column]) for r in rows(name) if len(r) > column and r[column])
