"""Moved to :mod:`ai_guard.classify.layout`; this path keeps working for code written
against earlier releases."""

from __future__ import annotations

from ai_guard.classify.layout import (
    Layout,
    Segment,
    TypeName,
    data_rows,
    later_papers,
    official_title_at,
    parse_layout,
    segments,
    type_names,
)

__all__ = [
    "Layout",
    "Segment",
    "TypeName",
    "data_rows",
    "later_papers",
    "official_title_at",
    "parse_layout",
    "segments",
    "type_names",
]
