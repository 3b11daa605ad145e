"""What check_prompt finds in a probe, as the detector tests read it: one definition for the
test files that each used to write their own."""

from __future__ import annotations

from ai_guard import check_prompt
from ai_guard.models import EntityType


def found(text: str, entity: EntityType) -> list[str]:
    """The texts of the findings of ``entity``, redacted or kept."""
    return [text[f.start : f.end] for f in check_prompt(text).findings if f.entity is entity]


def redacted(text: str, entity: EntityType) -> list[str]:
    """The texts of the findings of ``entity`` that are redacted (a placeholder replaces them)."""
    return [
        text[f.start : f.end]
        for f in check_prompt(text).findings
        if f.entity is entity and f.placeholder is not None
    ]


def kept(text: str) -> list[str]:
    """The names found and kept visible (a public role, a historical figure)."""
    return [
        text[f.start : f.end]
        for f in check_prompt(text).findings
        if f.entity is EntityType.PERSON and f.placeholder is None
    ]


def actions(text: str, entity: EntityType = EntityType.PERSON) -> list[tuple[str, str]]:
    """The findings of ``entity`` with what the policy does to each (``"redact"``, ``"allow"``
    for a name kept in its public role ...)."""
    return [
        (text[f.start : f.end], f.action.value)
        for f in check_prompt(text).findings
        if f.entity is entity
    ]
