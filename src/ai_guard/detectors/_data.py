"""Lazy access to the lexicons shipped in ``ai_guard/detectors/data``."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ai_guard.text import fold_word

__all__ = ["lines", "rows", "folded_set"]


def _read(name: str) -> str:
    return resources.files("ai_guard.detectors").joinpath("data", name).read_text("utf-8")


@lru_cache(maxsize=None)
def lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a data file."""
    out = []
    for raw in _read(name).splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


@lru_cache(maxsize=None)
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Tab-separated rows of a data file."""
    return tuple(tuple(c.strip() for c in line.split("\t")) for line in lines(name))


@lru_cache(maxsize=None)
def folded_set(name: str, column: int = 0) -> frozenset[str]:
    """The folded (no diacritics, lower case) values of one column."""
    return frozenset(fold_word(r[column]) for r in rows(name) if len(r) > column and r[column])
