"""Sentences and helpers every feature shares."""

from __future__ import annotations

__all__ = [
    "label",
    "pick",
    "type_error",
]


def type_error(what: str, expected: str, got: object) -> str:
    name = type(got).__name__
    return f"{what} expects {expected}, got {name} / {what} cần {expected}, nhận được {name}"


def pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def label(table: dict[str, tuple[str, str]], key: str, lang: str = "vi") -> str:
    return pick(table.get(key, (key, key)), lang)
