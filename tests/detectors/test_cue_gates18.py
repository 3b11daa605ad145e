"""Paths that report only what their family's cue names ask the cue set's gate first
(eighteenth session): the passport detector and the plate detector's spaced and OCR'd
plates return at once where ``CueSet.possible`` says no cue can stand, as
``CueSet.naming`` does for every one of their candidates. Each is checked against the
same detector with the gate always open (``possible`` forced true: every path walked, every
naming chain asked), on texts of their values with their cues whole, broken and absent."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ai_guard.detectors import _cues
from ai_guard.detectors.base import Detection
from ai_guard.detectors.identity import PassportDetector
from ai_guard.detectors.vehicle import LicensePlateDetector
from ai_guard.text import Document
from ai_guard.text.match import CueSet

_PASSPORT_VALUES = [
    "C0220752",
    "B1234567",
    "c-0220752",
    "C 123 4567",
    "C1234 567",
    "M12345678",
    "EA1234567",
    "TK 1234567",
    "C4829I73",
    "B12O4567",
    "123456789",
    "75 4821936",
]
_PLATE_VALUES = [
    "29 A 123.45",
    "51F 123 45",
    "30A-\n123.45",
    "29H1-456.7B",
    "30E-12O.45",
    "29A-123.45",
    "51G1 234.56",
]
_PASSPORT_CUES = ["hộ chiếu", "số hộ chiếu:", "HC số", "Passport No.", "PP No", "护照"]
_PLATE_CUES = ["biển số", "BKS", "biển kiểm soát:", "xe máy", "license plate", "BSX"]
# cues with a letter lost or changed, and words that hold none
_OTHER = ["hộ chiêu", "ho chie", "bien sô", "B K S", "Nguyễn Văn An", "CCCD", "số", ":", "và"]
_GAPS = [" ", ": ", "\n", " - ", "\t", ", "]


def _found(detector: object, text: str, *, open_gate: bool) -> list[Detection]:
    doc = Document(text)
    if not open_gate:
        return list(detector.detect(doc))  # type: ignore[attr-defined]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(CueSet, "possible", lambda self, doc: True)
        return list(detector.detect(doc))  # type: ignore[attr-defined]


def _texts(values: list[str], cues: list[str]) -> st.SearchStrategy[str]:
    piece = st.sampled_from(values + cues + _OTHER)
    return st.lists(st.tuples(piece, st.sampled_from(_GAPS)), max_size=6).map(
        lambda parts: "".join(p + g for p, g in parts)
    )


@settings(max_examples=200, deadline=None)
@given(_texts(_PASSPORT_VALUES, _PASSPORT_CUES))
@example("Số hộ chiếu: C0220752")
@example("hộ chiêu C0220752, passport M12345678")
def test_passports_gated_as_ungated(text: str) -> None:
    det = PassportDetector()
    assert _found(det, text, open_gate=False) == _found(det, text, open_gate=True)


@settings(max_examples=200, deadline=None)
@given(_texts(_PLATE_VALUES, _PLATE_CUES))
@example("BKS 29 A 123.45")
@example("biển số 29H1-456.7B")
@example("bien sô 51F 123 45")
def test_plates_gated_as_ungated(text: str) -> None:
    det = LicensePlateDetector()
    assert _found(det, text, open_gate=False) == _found(det, text, open_gate=True)


def _cases() -> Iterator[tuple[object, str, str, CueSet]]:
    passport, plate = PassportDetector(), LicensePlateDetector()
    yield passport, "Số hộ chiếu: C0220752", "Mã C0220752 kèm theo", _cues.PASSPORT
    yield passport, "hộ chiếu số C 123 4567", "Mã C 123 4567 kèm theo", _cues.PASSPORT
    yield passport, "Passport No. M12345678", "Mã M12345678 kèm theo", _cues.PASSPORT
    yield passport, "hộ chiếu C4829I73", "Mã C4829I73 kèm theo", _cues.PASSPORT
    yield plate, "BKS 29 A 123.45", "Mã 29 A 123.45 kèm theo", _cues.PLATE
    yield plate, "biển số 29H1-456.7B", "Mã 29H1-456.7B kèm theo", _cues.PLATE


@pytest.mark.parametrize(("detector", "cued", "bare", "cues"), list(_cases()))
def test_each_gated_path_finds_its_value_and_nothing_without_its_cue(
    detector: object, cued: str, bare: str, cues: CueSet
) -> None:
    """The gate is no dead code: the value is found under its cue, and where no word of the
    cue stands (``possible`` false) nothing is, the value standing alone."""
    assert cues.possible(Document(cued))
    assert list(detector.detect(Document(cued)))  # type: ignore[attr-defined]
    assert not cues.possible(Document(bare))
    assert list(detector.detect(Document(bare))) == []  # type: ignore[attr-defined]
