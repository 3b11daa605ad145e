"""Lazy access to the lexicons shipped in ``ai_guard/detectors/data``."""

from __future__ import annotations

from functools import cache
from importlib import resources

from ai_guard.text import fold_word

__all__ = ["folded_set", "lines", "rows"]


def _read(name: str) -> str:
    return resources.files("ai_guard.detectors").joinpath("data").joinpath(name).read_text("utf-8")


@cache
def lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a data file."""
    out = []
    for raw in _read(name).splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Tab-separated rows of a data file."""
    return tuple(tuple(c.strip() for c in line.split("\t")) for line in lines(name))


@cache
def folded_set(name: str, column: int = 0) -> frozenset[str]:
    """The folded (no diacritics, lower case) values of one column."""
    return frozenset(fold_word(r[column]) for r in rows(name) if len(r) > column and r[column])
