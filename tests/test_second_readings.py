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


#: for each reading: a row of a CSV of citizens that it reads, and the value it finds there
_ROWS = [
    pytest.param(
        "nho chij nguyeenx thij hoaf,001099012346,0912345679,x@vnpt.vn",
        "nguyeenx thij hoaf",
        id="typing",
    ),
    pytest.param(
        "me e la phuungg thi hoaa o ha noi,001099012346,0912345679,x@vnpt.vn",
        "phuungg thi hoaa",
        id="stretched",
    ),
    pytest.param(
        # (the CCCD 001099012345 in base64)
        "Trần Văn Bình,MDAxMDk5MDEyMzQ1,0912345678,binh@vnpt.vn",
        "MDAxMDk5MDEyMzQ1",
        id="disguises",
    ),
]


def _read(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[list[int], list[object]]:
    """The lengths of the documents the detectors read in ``check_prompt(text)``, and its
    decision and findings."""
    lengths: list[int] = []
    run = engine._run

    def spy(detectors: object, doc: Document, found: object, errors: object) -> None:
        lengths.append(len(doc.text))
        run(detectors, doc, found, errors)  # type: ignore[arg-type]

    with monkeypatch.context() as patch:
        patch.setattr(engine, "_run", spy)
        result = check_prompt(text)
    return lengths, [result.decision, *((f.entity, f.start, f.end) for f in result.findings)]


@pytest.mark.parametrize(("row", "value"), _ROWS)
def test_a_large_text_is_read_again_in_windows_around_its_site(
    row: str, value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One site of a reading in a large text: the detectors read again its windows (the
    header's lines and the site's), not a second document of the whole text's size; what they
    find is what the whole reading read again gives."""
    from benchmarks.corpus import citizens_table

    rows = citizens_table(max(20_000, 4 * engine.WINDOWS_FROM), csv=True).split("\n")
    rows[len(rows) // 2] = row
    text = "\n".join(rows)
    lengths, found = _read(text, monkeypatch)
    assert lengths[0] == len(text)
    assert len(lengths) == 2  # (the one reading with a site)
    assert lengths[1] < 1000
    at = text.index(value)
    assert (EntityType.CCCD if value.isalnum() else EntityType.PERSON, at, at + len(value)) in found
    monkeypatch.setattr(engine, "WINDOWS_FROM", 1 << 40)
    lengths, whole = _read(text, monkeypatch)
    assert lengths[1] > len(text) - 10
    assert found == whole
