"""The second readings (typing leftovers, stretched words, disguises) share one path in the
engine (``_read_again``): each fails closed the same way, and each keeps its own rule."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.detectors._probes import redacted

from ai_guard import check_prompt
from ai_guard.models import Decision, EntityType
from ai_guard.prompt import engine
from ai_guard.text import Document

#: for each reading: the engine's lazily imported function, the label of its failure and a
#: prompt that the reading reads (and the phone number the first pass finds in it)
_READINGS = [
    pytest.param(
        "_UNTYPED", engine.TYPING_READING, "nho chij nguyeenx thij hoaf, sdt", id="typing"
    ),
    pytest.param(
        "_STRETCHED",
        engine.STRETCHED_READING,
        "me e la phuungg thi hoaa o ha noi, sdt",
        id="stretched",
    ),
    pytest.param(
        "_DISGUISED", engine.DISGUISE_READING, "Ho^. chie^'u so^': B1234567, sdt", id="disguises"
    ),
]
_PHONE = " 0912 345 678"


def _boom(*args: object) -> None:
    raise RuntimeError("the reading broke")


@pytest.mark.parametrize(("attribute", "label", "text"), _READINGS)
def test_a_failing_reading_blocks(
    attribute: str, label: str, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text += _PHONE
    # (imported once first: the engine keeps the function it imported)
    check_prompt(text)
    monkeypatch.setattr(engine, attribute, _boom)
    result = check_prompt(text)
    assert result.decision is Decision.BLOCK
    errors = [f for f in result.findings if f.entity is EntityType.DETECTOR_ERROR]
    assert [(f.detector, f.pattern) for f in errors] == [(label, "RuntimeError")]
    assert errors[0].action is Decision.BLOCK
    # the first pass and the other readings still ran
    assert "0912 345 678" in redacted(text, EntityType.PHONE)


@pytest.mark.parametrize(("attribute", "label", "text"), _READINGS)
def test_each_reading_reads_its_prompt(attribute: str, label: str, text: str) -> None:
    """The prompts above are read by their reading (else the test above proves nothing)."""
    reader: Callable[[Document], object] = {
        "_UNTYPED": engine._untyped_reading,
        "_STRETCHED": engine._stretched_reading,
        "_DISGUISED": engine._disguised_reading,
    }[attribute]
    assert reader(Document(text + _PHONE)) is not None
