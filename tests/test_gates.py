"""The cheap gates of issue 14 (speed) answer what the work they spare would answer: a cue
set's needles never hide a cue, a numeric family finds the same numbers whether its gate is
asked before the walk or only once a detection is about to be made, and the legacy-encoding
gate's literal-led searches find what one pattern found."""

from __future__ import annotations

import bisect
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard.detectors import _cues, registry
from ai_guard.detectors.base import Detection
from ai_guard.detectors.finance import bank_names
from ai_guard.detectors.identity import CmndDetector
from ai_guard.detectors.insurance import HealthInsuranceDetector, SocialInsuranceDetector
from ai_guard.detectors.numeric import _ASK_FIRST, NumericDetector, _walk_facts, masked_numbers
from ai_guard.detectors.registry import builtin_detectors
from ai_guard.prompt.engine import detect
from ai_guard.text import Document
from ai_guard.text.encodings import (
    _CP1258_PAIRS,
    _VNI_PAIR_LIST,
    _VNI_PAIRS,
    LEGACY_SIGNS,
    legacy_signs,
)
from ai_guard.text.match import CueSet, holds_any
from ai_guard.text.numbers import _OCR_SEED, _ocr_possible, number_tokens

_SETS = ("cccd", "cmnd", "passport", "tax", "bank", "phone", "bhxh", "bhyt", "plate")


def _cue_sets() -> list[CueSet]:
    return [_cues.cue_set(name) for name in _SETS] + [bank_names()]


def test_every_term_holds_a_needle_of_its_set() -> None:
    for cues in _cue_sets():
        needles = cues._needles
        if needles is None:
            continue
        assert needles, cues.terms[:3]
        for term in cues.terms:
            assert any(n in term for n in needles), (term, needles)


def test_a_set_without_needles_is_still_searched() -> None:
    many = CueSet(f"mã{i:02d} số" for i in range(40))  # more needles than are worth testing
    assert many._needles is None
    assert many.present(Document("ghi ma07  so vao day"))
    assert not many.present(Document("không có gì"))


def _words() -> list[str]:
    words: set[str] = set()
    for cues in _cue_sets():
        for term in cues.terms[:40]:
            words.update(term.split(" "))
    return sorted(words)


_PIECES = st.one_of(
    st.sampled_from(_words()),
    st.sampled_from(["Số", "CMND", "Thẻ BHYT", "căn cước", "STK", "số tài khoản", "BHXH"]),
    st.text("abcdhkmnostuy", min_size=1, max_size=4),
)
_GLUE = st.sampled_from(["", " ", "  ", "_", "\n", ": ", "\t", ", "])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_PIECES, _GLUE), max_size=12))
def test_present_answers_what_the_search_answers(parts: list[tuple[str, str]]) -> None:
    text = "".join(p + g for p, g in parts)
    doc = Document(text)
    for cues in _cue_sets():
        assert cues.present(doc) == (cues._pattern("_any").search(doc.folded) is not None), (
            cues.terms[:3],
            text,
        )


_FAMILIES = (CmndDetector, SocialInsuranceDetector, HealthInsuranceDetector)
_NUMBERS = st.sampled_from(
    ["012345678", "001085012345", "0912 345 678", "7912345678", "125.000.000", "4790123456"]
)
_CUE_WORDS = st.sampled_from(["CMND số", "mã số BHXH", "thẻ BHYT", "STK", "số", "ngày", "Ông"])


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.one_of(_NUMBERS, _CUE_WORDS), _GLUE), max_size=10),
    st.integers(0, 3000),
)
def test_gate_first_or_last_finds_the_same(parts: list[tuple[str, str]], pad: int) -> None:
    text = "x" * pad + " " + "".join(p + g for p, g in parts)
    for cls in _FAMILIES:
        first = _found(cls, text, 10**9)
        last = _found(cls, text, 0)
        assert first == last, (cls.id, text[pad:])


def _found(cls: type[NumericDetector], text: str, chars: int) -> list[tuple[int, int, float]]:
    det = cls()
    det.gate_chars_per_token = chars  # type: ignore[misc]
    return [(d.start, d.end, d.score) for d in det.detect(Document(text))]


@pytest.mark.parametrize("text", ["CMND số 012345678", "Mã số BHXH: 7912345678", "số 012345678"])
def test_cued_families_gate_first_on_short_prompts(text: str) -> None:
    # the cue (or its absence) decides; the answer is the same as the late gate's
    for det in builtin_detectors():
        if isinstance(det, (CmndDetector, SocialInsuranceDetector)):
            assert len(text) <= det.gate_chars_per_token
            expected = _found(type(det), text, 0)
            assert _found(type(det), text, 10**9) == expected
    found = {d.detector for d in _detections(text)}
    assert ("vn.cmnd" in found) == text.startswith("CMND")
    assert ("vn.social_insurance" in found) == text.startswith("Mã số BHXH")


def _detections(text: str) -> list[Detection]:
    return detect(text)[1]


_VNI_REFERENCE = re.compile(
    "[ùÙúÚõÕâÂáàãÁÀÃêÊ](?:" + "|".join(f"(?<={pair})" for pair in _VNI_PAIR_LIST) + ")"
)


@settings(max_examples=400, deadline=None)
@given(st.text("aeiouyAEIOUYbcdxùÙúÚõÕâÂáàãÁÀÃêÊôơư ", max_size=40))
def test_vni_pairs_found_as_one_pattern_finds_them(text: str) -> None:
    # the search led by each mark's literal answers what one pattern led by the class of
    # marks answers
    expected = _VNI_REFERENCE.search(text) is not None
    assert (_VNI_PAIRS.search(text) is not None) == expected
    if LEGACY_SIGNS.search(text) is None:
        assert legacy_signs(text) == expected


@settings(max_examples=400, deadline=None)
@given(st.text(st.characters(max_codepoint=0x17F), max_size=40))
def test_legacy_gate_answers_as_its_three_searches(text: str) -> None:
    # the ASCII exit says what the three searches say: an ASCII text holds no sign and no
    # pair (each is led by a character beyond ASCII)
    expected = (
        LEGACY_SIGNS.search(text) is not None
        or _VNI_PAIRS.search(text) is not None
        or _CP1258_PAIRS.search(text) is not None
    )
    assert legacy_signs(text) == expected
    assert legacy_signs(text.encode("ascii", "replace").decode("ascii")) is False


def test_claims_are_the_detectors_claims_then_the_claimed_cues() -> None:
    # the built-ins' claims are remembered; registered detectors and claimed cues still count
    first = registry.claims()
    assert registry.claims() == registry._claims_of(builtin_detectors())
    assert {c.family for c in first} >= {"vn.cccd", "vn.cmnd", "vn.phone", "vn.bank_account"}
    try:
        registry.claim_cues("agency.contracts", CueSet(["số hợp đồng"]))
        assert registry.claims()[-1].family == "agency.contracts"
        assert registry.claims()[:-1] == first
    finally:
        registry.reset_cache()
    assert registry.claims() == first


@settings(max_examples=500, deadline=None)
@given(st.text("OolISBbisxa0123 .-ÔơốỔĩİıſ\u200b", max_size=30))
def test_ocr_gate_never_hides_a_seed(text: str) -> None:
    doc = Document(text)
    if _OCR_SEED.search(doc.text) is not None:
        assert _ocr_possible(doc.folded), text


_MASKED = st.sampled_from(["001090***345", "0912 xxx 678", "**0912345678**", "0071••••3456"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.one_of(_NUMBERS, _CUE_WORDS, _MASKED), _GLUE), max_size=12))
def test_walk_facts_count_the_tokens_each_family_walked(parts: list[tuple[str, str]]) -> None:
    """The digit counts every numeric family reads once per document answer what each family's
    own walk of the tokens answered: how many are long enough for it (at most ``_ASK_FIRST``),
    and whether a masked number stands."""
    doc = Document("".join(p + g for p, g in parts))
    counts, masked = _walk_facts(doc)
    tokens = number_tokens(doc)
    assert masked == bool(masked_numbers(doc))
    families = [d for d in builtin_detectors() if isinstance(d, NumericDetector)]
    assert len(families) >= 8
    for det in families:
        fewest = det._fewest_digits
        walked = sum(t.ndigits >= fewest for t in tokens)
        bisected = len(counts) - bisect.bisect_left(counts, fewest)
        assert min(walked, _ASK_FIRST) == min(bisected, _ASK_FIRST), det.id


@given(
    st.text("abcx yz_", max_size=30),
    st.lists(st.text("abcx yz", max_size=4), max_size=6),
)
def test_holds_any_answers_as_any(text: str, needles: list[str]) -> None:
    assert holds_any(text, needles) == any(n in text for n in needles)
