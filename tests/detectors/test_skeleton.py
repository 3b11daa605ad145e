"""The numeric skeleton, named scores, the "named otherwise" claims and the data tables.

A plugin detector defined here claims "số hợp đồng" (contract number) and thereby stops the
phone and bank-account false positives that cue used to cause; a plugin without the new
attribute keeps working.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import EntityType, Policy, check_prompt
from ai_guard.detectors import Detection, Detector, registry, scores
from ai_guard.detectors.base import Shape
from ai_guard.detectors.finance import BankAccountDetector
from ai_guard.detectors.identity import CccdDetector, CmndDetector
from ai_guard.detectors.numeric import NumericDetector, Verdict
from ai_guard.detectors.phone import PhoneDetector
from ai_guard.detectors.tax import TaxCodeDetector
from ai_guard.text import Document
from ai_guard.text.match import CueSet

CONTRACT_PHONE = "Số hợp đồng 0912345678 đã ký."
CONTRACT_BANK = "Chuyển khoản theo số hợp đồng 123456789 trước ngày 5."


@pytest.fixture
def clean_registry(monkeypatch):
    """Detectors registered and cues claimed by a test are forgotten afterwards."""
    monkeypatch.setattr(registry, "_registered", [])
    monkeypatch.setattr(registry, "_claimed", [])
    return registry


class ContractNumberDetector:
    """A third-party detector: no subclassing, one optional attribute more than before."""

    id = "agency.contract_number"
    entities = (EntityType.DENY_TERM,)
    naming_cues = CueSet(["số hợp đồng", "HĐ số"])

    def detect(self, doc):
        for m in re.finditer(r"\d{6,}", doc.text):
            if self.naming_cues.before(doc, m.start()):
                yield Detection(EntityType.DENY_TERM, m.start(), m.end(), 0.9, self.id)


class OldStylePlugin:
    """A plugin written before naming_cues existed."""

    id = "agency.old"
    entities = (EntityType.DENY_TERM,)

    def detect(self, doc):
        return iter(())


def _found(detector, text):
    return [(d.start, d.end, d.score) for d in detector.detect(Document(text))]


# -- named otherwise: claims plugins join ------------------------------------------------------


def test_plugin_claim_stops_a_phone_false_positive(clean_registry):
    assert _found(PhoneDetector(), CONTRACT_PHONE), "the cue must cause the false positive"
    clean_registry.register(ContractNumberDetector())
    assert _found(PhoneDetector(), CONTRACT_PHONE) == []
    check = check_prompt(CONTRACT_PHONE)
    assert [f.detector for f in check.findings] == ["agency.contract_number"]


def test_plugin_claim_stops_a_bank_account_false_positive(clean_registry):
    assert _found(BankAccountDetector(), CONTRACT_BANK), "the cue must cause the false positive"
    clean_registry.register(ContractNumberDetector())
    assert _found(BankAccountDetector(), CONTRACT_BANK) == []


def test_claim_cues_without_a_detector(clean_registry):
    registry.claim_cues("agency.contracts", CueSet(["số hợp đồng"]))
    assert _found(PhoneDetector(), CONTRACT_PHONE) == []
    registry.reset_cache()  # forgets claimed cues
    assert _found(PhoneDetector(), CONTRACT_PHONE)


def test_claim_applies_only_right_before_the_number(clean_registry):
    clean_registry.register(ContractNumberDetector())
    text = "Số hợp đồng 15, liên hệ 0912345678"
    assert [(s, e) for s, e, _ in _found(PhoneDetector(), text)] == [(24, 34)]


def test_old_plugin_without_naming_cues_still_works(clean_registry):
    plugin = OldStylePlugin()
    assert isinstance(plugin, Detector)
    clean_registry.register(plugin)
    assert "agency.old" not in {c.family for c in registry.claims()}
    assert _found(PhoneDetector(), CONTRACT_PHONE)
    assert check_prompt("SĐT 0912345678").findings[0].entity is EntityType.PHONE


def test_naming_cues_of_the_wrong_type_fail_closed(clean_registry):
    class Broken(OldStylePlugin):
        naming_cues = ("số hợp đồng",)

    clean_registry.register(Broken())
    with pytest.raises(TypeError, match="CueSet"):
        registry.claims()
    assert check_prompt("SĐT 0912345678").decision.value == "block"
    with pytest.raises(TypeError, match="CueSet"):
        registry.claim_cues("x", ["số hợp đồng"])  # type: ignore[arg-type]


def test_builtin_families_claim_their_cues():
    claims = registry.claims()
    assert [c.family for c in claims if c.exclusive] == ["vn.bank_account"]
    families = {c.family for c in claims}
    assert families == {
        "vn.cccd",
        "vn.cmnd",
        "vn.tax_code",
        "vn.social_insurance",
        "vn.health_insurance",
        "vn.phone",
        "vn.bank_account",
        "vn.driver_license",
    }


@pytest.mark.parametrize(
    ("detector", "text"),
    [
        # phone numbers give way to every claim
        (PhoneDetector(), "STK: 0912345678"),
        (PhoneDetector(), "MST: 0314409059"),
        (PhoneDetector(), "Mã số BHXH: 0912345678"),
        (PhoneDetector(), "Số thẻ BHYT: 0912345678"),
        # every family gives way to an exclusive claim: after "STK" any number is an account
        (TaxCodeDetector(), "STK: 0314409058"),
        (CccdDetector(), "Số tài khoản 001085012345"),
    ],
)
def test_a_claim_of_another_family_refuses_the_number(detector, text):
    assert _found(detector, text) == []


def test_a_shaped_claim_does_not_hide_a_number_of_another_shape():
    # "SĐT" names phone numbers; a CCCD written after it is still reported (the phone
    # family would not report it: refusing it would let it through)
    assert _found(CccdDetector(), "SĐT 001085012345") == [(4, 16, scores.VALIDATED_NO_CONTEXT)]
    assert _found(BankAccountDetector(), "chủ tài khoản: ông A, CCCD 031075349474") == [
        (27, 39, scores.CUED_BANK_ACCOUNT)
    ]


def test_a_claim_that_is_not_exclusive_stops_only_phone_numbers(clean_registry):
    registry.claim_cues("agency.contracts", CueSet(["số hợp đồng"]), exclusive=False)
    assert _found(PhoneDetector(), CONTRACT_PHONE) == []
    assert _found(BankAccountDetector(), CONTRACT_BANK)


def test_families_that_share_numbers_do_not_refuse_each_other():
    # the 12-digit CMND kept its number as CCCD; the personal ID is a tax code since 2025:
    # the CCCD is still reported, below the family the cue names
    assert _found(CccdDetector(), "MST: 001085012345") == [(5, 17, scores.NAMED_OTHERWISE)]
    assert _found(CccdDetector(), "CMND: 001085012345") == [(6, 18, scores.NAMED_OTHERWISE)]
    assert _found(TaxCodeDetector(), "MST: 001085012345") == [
        (5, 17, scores.VALIDATED_STRONG_CONTEXT)
    ]
    assert _found(CmndDetector(), "CMND/CCCD: 012345678") == [(11, 20, scores.CUED_CMND_9_DIGITS)]


# -- the skeleton serves a plugin too ----------------------------------------------------------

_FILE = Shape(EntityType.DENY_TERM, "agency.file_number", 0.3)


class FileNumberDetector(NumericDetector):
    """8-digit agency file numbers after "số hồ sơ", checked by an odd digit sum."""

    id = "agency.file_number"
    entities = (EntityType.DENY_TERM,)
    digits = (8, 8)
    naming_cues = CueSet(["số hồ sơ"])  # type: ignore[assignment]

    def judge(self, doc, cand, cue):
        valid = sum(map(int, cand.digits)) % 2 == 1
        score = scores.ladder(valid, cue is not None)
        return None if score is None else Verdict(_FILE, score, valid, cue)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("số hồ sơ 1234 5679", [(9, 18, scores.VALIDATED_STRONG_CONTEXT)]),
        ("mã 12345679 lưu kho", [(3, 11, scores.VALIDATED_NO_CONTEXT)]),
        ("số hồ sơ 12345678", [(9, 17, scores.FAILED_STRONG_CONTEXT)]),
        ("mã 12345678 lưu kho", []),  # failed, no cue: not reported
        ("giá 12345679 đồng", []),  # an amount
        ("X12345679Y", []),  # glued on both sides
        ("mã A12345679", [(4, 12, scores.VALIDATED_NO_CONTEXT - scores.GLUED_PENALTY)]),
        ("STK: 12345679", []),  # named otherwise: after "STK" every number is an account
        ("SĐT: 12345679", [(5, 13, scores.VALIDATED_NO_CONTEXT)]),  # not phone-shaped
    ],
)
def test_numeric_skeleton_for_a_plugin(text, expected):
    found = _found(FileNumberDetector(), text)
    assert [(s, e, pytest.approx(sc)) for s, e, sc in found] == expected


# -- scores ------------------------------------------------------------------------------------


def test_score_names_follow_the_convention():
    assert 0.95 <= scores.VALIDATED_STRONG_CONTEXT <= 1.0
    assert 0.70 <= scores.VALIDATED_NO_CONTEXT <= 0.85
    assert 0.70 <= scores.VALIDATED_UNALLOCATED_NO_CONTEXT < scores.VALIDATED_ALLOCATED_NO_CONTEXT
    assert 0.55 <= scores.FAILED_STRONG_CONTEXT <= 0.65
    assert scores.NAMED_OTHERWISE < scores.VALIDATED_NO_CONTEXT
    assert scores.ladder(True, True) == scores.VALIDATED_STRONG_CONTEXT
    assert scores.ladder(True, False) == scores.VALIDATED_NO_CONTEXT
    assert scores.ladder(False, True) == scores.FAILED_STRONG_CONTEXT
    assert scores.ladder(False, False) is None
    # the whole BHYT card outranks its own 10-digit tail; a CCCD outranks a 12-digit CMND
    assert scores.BHYT_CARD_NO_CONTEXT > scores.CUED_BHYT_NUMBER
    assert scores.VALIDATED_STRONG_CONTEXT > scores.CUED_CMND_12_DIGITS


_DETECTORS = Path(__file__).parents[2] / "src" / "ai_guard" / "detectors"
_SCORED = (
    "identity",
    "tax",
    "phone",
    "finance",
    "insurance",
    "vehicle",
    "dates",
    "email",
    "secrecy",
    "secrets",
    "legal_refs",
    "numeric",
    "_cues",
)


@pytest.mark.parametrize("module", _SCORED)
def test_no_bare_score_literals(module):
    """Scores live in scores.py: a fraction in a detector is a named module constant or
    nothing."""
    tree = ast.parse((_DETECTORS / f"{module}.py").read_text("utf-8"))
    named = {
        id(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
    }
    bare = [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, float)
        and 0.0 < node.value < 1.0
        and id(node) not in named
    ]
    assert bare == []


# -- data tables, and the old names that read them ---------------------------------------------


def test_old_table_names_read_the_data_files():
    from ai_guard.detectors import _cues, identity, insurance, vehicle
    from ai_guard.detectors.identity import PROVINCE_CODES
    from ai_guard.detectors.insurance import BHYT_GROUPS
    from ai_guard.detectors.phone import mobile_prefixes
    from ai_guard.detectors.vehicle import PLATE_PROVINCE_CODES

    assert PROVINCE_CODES is identity.PROVINCE_CODES
    assert len(PROVINCE_CODES) == 63
    assert {"001", "079", "096"} <= PROVINCE_CODES
    assert all(re.fullmatch(r"0\d\d", c) for c in PROVINCE_CODES)
    assert len(BHYT_GROUPS) == 53
    assert {"DN", "HS", "GD", "HT", "TE", "CN"} <= BHYT_GROUPS
    assert BHYT_GROUPS is insurance.bhyt_groups()
    assert {29, 30, 51, 99} <= PLATE_PROVINCE_CODES
    assert 13 not in PLATE_PROVINCE_CODES
    assert PLATE_PROVINCE_CODES is vehicle.plate_province_codes()
    assert len(mobile_prefixes()) == 36
    assert {"032", "086", "099"} <= mobile_prefixes()
    assert isinstance(_cues.CCCD, CueSet)
    assert "can cuoc cong dan" in _cues.CCCD.terms
    assert _cues.MONEY_AFTER is _cues.cue_set("money_after")
    with pytest.raises(AttributeError):
        _cues.NOT_A_SET  # noqa: B018
    with pytest.raises(AttributeError):
        identity.NOT_A_TABLE  # noqa: B018


def test_every_cue_set_of_the_data_file_is_used():
    from ai_guard.detectors import _cues
    from ai_guard.text import data

    in_file = {row[0] for row in data.rows(_cues.CUES_FILE)}
    assert in_file == {name.lower() for name in _cues.__all__ if name.isupper()}


def test_policy_still_reports_scores_from_the_named_constants():
    check = check_prompt("Số CCCD: 001085012345", policy=Policy(load_plugins=False))
    assert [f.score for f in check.findings] == [scores.VALIDATED_STRONG_CONTEXT]


# -- digits as people type them (issue 14) ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "digits"),
    [
        ("CCCD: 0O1O85O12345.", "0O1O85O12345", "001085012345"),
        ("SĐT 09l2 345 67B", "09l2 345 67B", "0912345678"),
        ("MST: O3l44O9O58", "O3l44O9O58", "0314409058"),
        ("Gọi ０９１２３４５６７８ nhé", "０９１２３４５６７８", "0912345678"),
    ],
)
def test_number_tokens_read_ocr_letters_and_unicode_digits(text, span, digits) -> None:
    from ai_guard.text.numbers import number_tokens

    tokens = number_tokens(Document(text))
    assert [text[t.start : t.end] for t in tokens] == [span]
    tok = tokens[0]
    n = len(digits)
    assert [d for _, _, d in tok.windows(text, n, n, 6)] == [digits]


@pytest.mark.parametrize(
    "text",
    [
        "SOS 12 lô B3 S2",  # short pieces
        "ABC0O1O85O12345",  # glued to letters
        "Lo 5 Block B 12",
        "version 1.0 build 2O24",
    ],
)
def test_ocr_tokens_need_a_long_digit_run(text) -> None:
    from ai_guard.text.numbers import number_tokens

    ocr = [text[t.start : t.end] for t in number_tokens(Document(text)) if t.ocr]
    assert ocr == []


def test_an_ocr_run_is_reported_only_under_its_own_cue() -> None:
    # a plate reads like an OCR'd run; the phone cue before it names the phone only
    text = "SĐT 0912345678, xe 29B1-12345"
    result = check_prompt(text, policy=Policy(load_plugins=False))
    phones = [text[f.start : f.end] for f in result.findings if f.entity is EntityType.PHONE]
    assert phones == ["0912345678"]


def test_ocr_scan_stays_linear_on_lookalikes() -> None:
    """Four times the lookalikes within eight times the CPU time (linear is four, a scan that
    retries each run from every start sixteen), best of three; the process's own CPU time, so
    a loaded machine weighs on both sizes alike (a wall-clock bound of 5 s failed at load 30)."""
    import time

    from ai_guard.text.numbers import number_tokens

    def cpu(text: str) -> float:
        best = float("inf")
        for _ in range(3):
            t0 = time.process_time()
            number_tokens(Document(text))
            best = min(best, time.process_time() - t0)
        return best

    for chunk in ("0O", "0O ", "1l1I ", "B8 S5 "):
        small = chunk * (50_000 // len(chunk))
        assert cpu(small * 4) < 8 * max(cpu(small), 1e-3), chunk


# -- the shortcuts of the number pass give the answers of the full scans they replace ---------
_NUMBERISH = "0123456789０ .-+()\n\r\t\u200b\u00a0OlB"
_SEPS = st.sampled_from(["", " ", "  ", ".", "-", "\u200b"])
_TWO_SPACES = st.sampled_from(["", "  "])
_EDGES = st.sampled_from(["", " ", "a", "1", "é", "\n", "x "])
_PASSPORTISH = st.tuples(
    _EDGES,
    st.sampled_from(["C", "c", "", "é"]),
    _SEPS,
    st.sampled_from(["4829173", "12345678", "482917", "4829173８"]),
    _EDGES,
).map("".join)
_CARDISH = st.tuples(
    _EDGES,
    st.sampled_from(["HS", "dn", "x", ""]),
    _SEPS,
    st.sampled_from(["4", "7", "1"]),
    _SEPS,
    st.sampled_from(["79", "7 9", "0"]),
    _SEPS,
    st.sampled_from(["0120878811", "01208 78811", "012087881", "0120.878.811"]),
    _EDGES,
).map("".join)
#: one or two shapes strung together (their edges meet)
_PASSPORTS = st.lists(_PASSPORTISH, min_size=1, max_size=3).map("".join)
_CARDS = st.tuples(st.lists(_CARDISH, min_size=1, max_size=3).map("".join), _TWO_SPACES).map(
    "".join
)  # with two spaces anywhere, the cards are found another way


def _old_number_pattern() -> re.Pattern[str]:
    # the pattern without the look-ahead that skips short runs
    return re.compile(
        r"[(+\d](?:(?<=\()(?:\+|00)?\d{1,4}\)[ \t.\-]?\+?\d+|(?<=\+)\d+|(?<=\d)\d*)"
        # (a line break joins no table row's first cell: digits, then a tab or a bar; a tab
        # is a sheet's next cell, no separator inside a number)
        r"(?:(?:[ .\-]|  |[.\-]?\r?\n(?!\d+[\t|]))\d+|[ \t]?\(0\)[ \t]?\d+)*"
    )


@given(st.text(alphabet=_NUMBERISH + "ab", max_size=60))
@settings(max_examples=400, deadline=None)
def test_number_runs_are_the_long_matches_of_the_full_pattern(text) -> None:
    from ai_guard.text.numbers import number_runs, number_tokens

    doc = Document(text)
    expected = [
        m.span() for m in _old_number_pattern().finditer(doc.text) if m.end() - m.start() >= 6
    ]
    assert list(number_runs(doc)) == expected
    for tok in number_tokens(doc):
        if tok.reading is None:
            assert tok.ndigits == sum(b - a for a, b in tok.groups)


@given(_PASSPORTS)
@settings(max_examples=600, deadline=None)
def test_passports_from_number_runs_are_the_full_scan(text) -> None:
    from ai_guard.detectors.identity import _PASSPORT, _passports

    doc = Document(text)
    assert [m.span() for m in _passports(doc)] == [m.span() for m in _PASSPORT.finditer(doc.text)]


@given(_CARDS)
@settings(max_examples=600, deadline=None)
def test_cards_from_number_runs_are_the_full_scan(text) -> None:
    from ai_guard.detectors.insurance import _BHYT, _card_matches

    doc = Document(text)
    assert [m.span() for m in _card_matches(doc)] == [m.span() for m in _BHYT.finditer(doc.text)]
