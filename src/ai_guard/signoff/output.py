"""Reading a guarded decision's result as text, and rebuilding it redacted: a ``str``, plain
data (lists, tuples, sets, dicts, keys included), a pydantic model or a dataclass. What cannot
be read is never passed as checked (:func:`text_leaves` says None)."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable, Mapping
from typing import Any

from pydantic import BaseModel

__all__ = ["map_text", "plain_data", "rebuildable", "text_leaves"]

_MAX_DEPTH = 64


def plain_data(value: Any) -> Any:
    """The result as plain data to read its text from: itself for str and containers, the
    fields of a pydantic model or a dataclass (anything else as it is)."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="python")
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    return value


def text_leaves(value: Any, depth: int = 0) -> list[str] | None:
    """Every string inside plain data; None when some part cannot be read as text."""
    if isinstance(value, str):
        return [value]
    if value is None or isinstance(value, (bool, int, float, enum.Enum)):
        return []
    if depth > _MAX_DEPTH:
        return None
    parts: list[Any]
    if isinstance(value, Mapping):
        parts = [*value.keys(), *value.values()]
    elif isinstance(value, (list, tuple, set, frozenset)):
        parts = list(value)
    elif isinstance(value, BaseModel) or (
        dataclasses.is_dataclass(value) and not isinstance(value, type)
    ):
        parts = [plain_data(value)]
    else:
        return None
    out: list[str] = []
    for part in parts:
        leaves = text_leaves(part, depth + 1)
        if leaves is None:
            return None
        out.extend(leaves)
    return out


def rebuildable(value: Any, depth: int = 0) -> bool:
    """Whether :func:`map_text` rebuilds ``value`` exactly: str, scalars, and plain dict,
    list, tuple, set of those (not subclasses: a namedtuple would come back a tuple)."""
    if value is None or isinstance(value, (str, bool, int, float, enum.Enum)):
        return True
    if depth > _MAX_DEPTH or type(value) not in (dict, list, tuple, set, frozenset):
        return False
    parts = [*value.keys(), *value.values()] if isinstance(value, dict) else list(value)
    return all(rebuildable(v, depth + 1) for v in parts)


def map_text(value: Any, fn: Callable[[str], str]) -> Any:
    """``value`` with every string replaced by ``fn(string)`` (see :func:`rebuildable`)."""
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, Mapping):
        return {map_text(k, fn): map_text(v, fn) for k, v in value.items()}
    if isinstance(value, tuple):
        return tuple(map_text(v, fn) for v in value)
    if isinstance(value, list):
        return [map_text(v, fn) for v in value]
    if isinstance(value, (set, frozenset)):
        return type(value)(map_text(v, fn) for v in value)
    return value
