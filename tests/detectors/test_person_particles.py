"""Western names whose surname takes a lower-case particle after an honorific typed without
diacritics ("ong Jan van der Berg", "ba Ana de la Cruz"), and given names the lexicon gained
(Dutch, Scandinavian, Iberian, German): found whole; a phrase in capitals stays clean."""

from __future__ import annotations

import pytest
from _probes import found

from ai_guard.models import EntityType


def _persons(text: str) -> list[str]:
    return found(text, EntityType.PERSON)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "hop dong tu van voi ong Jan van der Berg va ba Ana de la Cruz, soan phu luc",
            ["Jan van der Berg", "Ana de la Cruz"],
        ),
        ("hợp đồng với Jan van der Berg, soạn phụ lục", ["Jan van der Berg"]),
        ("thu moi gui ong Pieter de Vries", ["Pieter de Vries"]),
    ],
)
def test_particle_names(text: str, names: list[str]) -> None:
    assert _persons(text) == names


@pytest.mark.parametrize("text", ["Christian Democratic Union", "ba de la Cruz Street"])
def test_not_names(text: str) -> None:
    assert _persons(text) == []
