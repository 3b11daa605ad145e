"""A capitalised word that is both a kin word typed plain and a surname ("Vo": vợ or Võ)
before another surname ("Nguyen": Nguyễn or Nguyên): in mid-sentence it is the surname (nobody
capitalises "vợ" there), so the whole name is read and a public figure's is kept visible."""

from __future__ import annotations

import pytest

from ai_guard import check_prompt
from ai_guard.models import Decision, EntityType


def _persons(text: str) -> list[tuple[str, Decision]]:
    return [
        (text[f.start : f.end], f.action)
        for f in check_prompt(text).findings
        if f.entity is EntityType.PERSON
    ]


@pytest.mark.parametrize(
    ("text", "name", "action"),
    [
        ("Dai tuong Vo Nguyen Giap va chien dich Dien Bien Phu", "Vo Nguyen Giap", Decision.ALLOW),
        ("gap Vo Nguyen Khang hom qua o phuong", "Vo Nguyen Khang", Decision.REDACT),
        ("chi ay va Vo Nguyen Khang deu ky", "Vo Nguyen Khang", Decision.REDACT),
    ],
)
def test_surname_in_mid_sentence(text: str, name: str, action: Decision) -> None:
    assert _persons(text) == [(name, action)]


def test_honorific_before_surname_is_still_a_cue() -> None:
    assert _persons("gap ong Vo Quang An hom qua") == [("Vo Quang An", Decision.REDACT)]
