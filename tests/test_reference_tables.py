"""The detectors' reference tables, checked against an independent copy of the official lists.

The hypothesis strategies draw province codes, BHYT groups and plate codes from the detectors'
own tables, so a wrong table would pass every property test: a bogus code would be generated
and found, a dropped code never generated. The lists below are typed again from the domain
notes the project was built on (now docs/reference.md, sections e.1, e.6, e.8, e.9, e.10 and
e.11, which cite the official sources named beside each list), not imported from ``ai_guard``.
Each table is checked twice: the module-level table equals the official list, and
``check_prompt`` behaves as documented for every official code and for every code outside the list.

If an official list changes, change it here AND in the detector's table, citing the source.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings

from ai_guard import EntityType, Finding, Policy, Validation, check_prompt
from ai_guard.testing import strategies as vst

# -- the official lists (typed from the sources, never derived from ai_guard) ----------------------

#: CCCD place codes: Circular 07/2016/TT-BCA, Appendix 1 (reference.md e.1, "Province codes"):
#: the 63 provinces before the 2025 merger (numbers were not renumbered after it).
CCCD_PROVINCE_CODES = frozenset(
    "001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 "
    "033 034 035 036 037 038 040 042 044 045 046 048 049 051 052 054 056 058 060 062 "
    "064 066 067 068 070 072 074 075 077 079 080 082 083 084 086 087 089 091 092 093 "
    "094 095 096".split()
)
#: reference.md e.1 names these gaps explicitly as "not province codes".
CCCD_NAMED_GAPS = frozenset(
    "003 005 007 009 013 016 018 021 023 028 029 032 039 041 043 047 050 053 055 057 "
    "059 061 063 065 069 071 073 076 078 081 085 088 090".split()
)

#: Licence-plate province codes (reference.md e.8, list after Circulars 15/2014, 58/2020 and
#: 24/2023/TT-BCA), written as the list gives them, province by province.
PLATE_CODES = frozenset(
    {
        11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28,
        29, 30, 31, 32, 33, 40,  # Hà Nội
        34, 35, 36, 37, 38,
        39, 60,  # Đồng Nai
        41, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,  # TP HCM
        43, 47, 48, 49, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77,
        78, 79,
        80,  # central agencies
        81, 82, 83, 84, 85, 86, 88, 89, 90, 92, 93, 94, 95, 97, 98, 99,
    }
)  # fmt: skip

#: BHYT beneficiary groups that reference.md e.6 names (DN enterprise employee, HS pupil, GD
#: household, HT pensioner, TE child under 6, CN poor household). It gives examples, not the whole
#: list (Decision 1351/QĐ-BHXH has ~50), so the table must CONTAIN these; its other
#: entries are checked for shape only.
BHYT_NAMED_GROUPS = frozenset({"DN", "HS", "GD", "HT", "TE", "CN"})

#: Mobile prefixes after the 2018 conversion (reference.md e.9), operator by operator.
MOBILE_PREFIXES = frozenset(
    [
        *("032 033 034 035 036 037 038 039 086 096 097 098".split()),  # Viettel
        *("070 076 077 078 079 089 090 093".split()),  # MobiFone
        *("081 082 083 084 085 088 091 094".split()),  # VinaPhone
        *("052 056 058 092".split()),  # Vietnamobile
        *("059 099".split()),  # Gmobile
        "087",  # Itelecom
        "055",  # Reddi / Wintel
    ]
)

POLICY = Policy(disabled_detectors=frozenset({"vn.person", "vn.address"}), load_plugins=False)


def findings(text: str, entity: EntityType) -> dict[str, Finding]:
    """Findings of ``entity`` in ``text``, by the value they cover."""
    return {
        text[f.start : f.end]: f for f in check_prompt(text, policy=POLICY).findings
        if f.entity is entity
    }  # fmt: skip


def test_the_copies_are_what_the_sources_say() -> None:
    """Guards this file against a typo: the counts the sources state."""
    assert len(CCCD_PROVINCE_CODES) == 63
    # the table and the gaps reference.md e.1 names tile 001-096 (000 and 097-099 are not used)
    assert not CCCD_PROVINCE_CODES & CCCD_NAMED_GAPS
    assert {f"{i:03d}" for i in range(1, 97)} == CCCD_PROVINCE_CODES | CCCD_NAMED_GAPS
    assert all(11 <= c <= 99 for c in PLATE_CODES)
    assert all(re.fullmatch(r"0[3-9]\d", p) for p in MOBILE_PREFIXES)


# -- CCCD ------------------------------------------------------------------------------------------


def test_cccd_province_table_is_the_official_list() -> None:
    from ai_guard.detectors.identity import PROVINCE_CODES

    assert set(PROVINCE_CODES) == set(CCCD_PROVINCE_CODES), (
        f"not official: {sorted(set(PROVINCE_CODES) - CCCD_PROVINCE_CODES)}; "
        f"missing: {sorted(CCCD_PROVINCE_CODES - set(PROVINCE_CODES))}"
    )


def _cccd(code: str) -> str:
    return f"{code}085012345"  # a man born in 1985, six arbitrary digits


def test_every_official_cccd_province_code_gives_a_valid_cccd() -> None:
    lines = [f"Số CCCD: {_cccd(code)}" for code in sorted(CCCD_PROVINCE_CODES)]
    text = "\n".join(lines)
    got = findings(text, EntityType.CCCD)
    bad = {
        code: (got[_cccd(code)].validation.value if _cccd(code) in got else "not found")
        for code in CCCD_PROVINCE_CODES
        if _cccd(code) not in got or got[_cccd(code)].validation is not Validation.PASSED
    }
    assert not bad, bad
    # and without a cue: a valid number is reported on its own
    for code in sorted(CCCD_PROVINCE_CODES):
        assert _cccd(code) in findings(_cccd(code), EntityType.CCCD), code


NOT_CCCD_CODES = sorted(f"{i:03d}" for i in range(1000) if f"{i:03d}" not in CCCD_PROVINCE_CODES)


def test_every_other_three_digit_code_fails_cccd_validation() -> None:
    """Outside the list: never reported bare, reported as FAILED after a cue (docs: an invalid
    value is kept next to a strong cue, with validation "failed")."""
    assert set(NOT_CCCD_CODES) >= CCCD_NAMED_GAPS
    text = "\n".join(f"Số CCCD: {_cccd(code)}" for code in NOT_CCCD_CODES)
    got = findings(text, EntityType.CCCD)
    wrong = [
        code for code in NOT_CCCD_CODES
        if _cccd(code) not in got or got[_cccd(code)].validation is not Validation.FAILED
    ]  # fmt: skip
    assert not wrong, wrong
    bare = "\n".join(f"Mã tham chiếu {_cccd(code)}." for code in NOT_CCCD_CODES)
    assert findings(bare, EntityType.CCCD) == {}


# -- licence plates --------------------------------------------------------------------------------


def test_plate_table_is_the_official_list() -> None:
    from ai_guard.detectors.vehicle import PLATE_PROVINCE_CODES

    assert set(PLATE_PROVINCE_CODES) == set(PLATE_CODES), (
        f"not official: {sorted(set(PLATE_PROVINCE_CODES) - PLATE_CODES)}; "
        f"missing: {sorted(PLATE_CODES - set(PLATE_PROVINCE_CODES))}"
    )


@pytest.mark.parametrize("form", ["{c}A-123.45", "{c}-B1 123.45"], ids=["car", "motorbike"])
def test_every_official_plate_code_gives_a_valid_plate(form: str) -> None:
    """A plate with an official code is reported on its own, without a cue."""
    plates = {code: form.format(c=code) for code in sorted(PLATE_CODES)}
    got = findings("\n".join(f"Mã {p} đã nhận." for p in plates.values()), EntityType.LICENSE_PLATE)
    bad = [c for c, p in plates.items() if p not in got or not got[p].validated]
    assert not bad, bad


@pytest.mark.parametrize("form", ["{c}A-123.45", "{c}-B1 123.45"], ids=["car", "motorbike"])
def test_every_other_plate_code_fails_validation(form: str) -> None:
    others = {c: form.format(c=c) for c in range(10, 100) if c not in PLATE_CODES}
    bare = findings(
        "\n".join(f"Mã {p} đã nhận." for p in others.values()), EntityType.LICENSE_PLATE
    )
    assert bare == {}, sorted(bare)
    cued = findings(
        "\n".join(f"Biển số {p} đỗ ở bãi." for p in others.values()), EntityType.LICENSE_PLATE
    )
    wrong = [c for c, p in others.items() if p not in cued or cued[p].validation.value != "failed"]
    assert not wrong, wrong


# -- BHYT ------------------------------------------------------------------------------------------


def test_bhyt_group_table_holds_the_named_groups_and_only_group_codes() -> None:
    from ai_guard.detectors.insurance import BHYT_GROUPS

    assert set(BHYT_NAMED_GROUPS) <= set(BHYT_GROUPS), sorted(BHYT_NAMED_GROUPS - BHYT_GROUPS)
    assert all(re.fullmatch(r"[A-Z]{2}", g) for g in BHYT_GROUPS), sorted(BHYT_GROUPS)


def test_every_named_bhyt_group_gives_a_valid_card() -> None:
    for group in sorted(BHYT_NAMED_GROUPS):
        card = f"{group}4010120878811"  # reference.md e.6's example with the group replaced
        got = findings(f"Thẻ của bệnh nhân {card}.", EntityType.HEALTH_INSURANCE)
        assert card in got, group
        assert got[card].validation is Validation.PASSED, group


def test_a_two_letter_code_outside_the_table_fails_bhyt_validation() -> None:
    """Group codes no card carries: never reported bare, FAILED after a cue."""
    for group in ("ZZ", "QQ", "AB", "WX"):
        card = f"{group}4010120878811"
        assert findings(f"Mã {card} đã nhận.", EntityType.HEALTH_INSURANCE) == {}, group
        cued = findings(f"Mã thẻ BHYT: {card}", EntityType.HEALTH_INSURANCE)
        assert cued[card].validation is Validation.FAILED, group


# -- mobile prefixes -------------------------------------------------------------------------------


def test_every_official_mobile_prefix_is_a_phone_after_a_cue() -> None:
    """Every prefix an operator was given, in every form reference.md e.9 lists, is a PHONE after a
    cue ("SĐT"). (Validity itself is phonenumbers' metadata, which allocates some prefixes only
    in part, e.g. 089x: a number in a range it rejects is reported with validation "failed".)"""
    missing = []
    for prefix in sorted(MOBILE_PREFIXES):
        for number in (f"{prefix}9123456", f"+84 {prefix[1:]} 912 345"):
            if number not in findings(f"SĐT {number}", EntityType.PHONE):
                missing.append(number)
    assert not missing, missing


@settings(max_examples=100, deadline=None)
@given(vst.phone_numbers(kind="mobile"))
def test_generated_mobiles_use_an_official_prefix(number: str) -> None:
    digits = re.sub(r"\D", "", number)
    national = digits[2:] if number.startswith(("+", "(")) else digits[1:]
    assert "0" + national[:2] in MOBILE_PREFIXES, number


@settings(max_examples=100, deadline=None)
@given(vst.phone_numbers(valid=False))
def test_generated_invalid_phones_use_no_official_prefix(number: str) -> None:
    digits = re.sub(r"\D", "", number)
    national = digits[2:] if number.startswith(("+", "(")) else digits[1:]
    assert "0" + national[:2] not in MOBILE_PREFIXES, number


# -- the strategies agree with the official lists, not only with the detectors ------------------
# The table tests above catch a wrong table for certain; these catch a strategy that drifts from
# the lists (one drawing from a copy of its own, say): 300 draws over 63-82 codes.


@settings(max_examples=300, deadline=None)
@given(vst.cccd_numbers())
def test_generated_cccd_numbers_use_an_official_code(number: str) -> None:
    assert number[:3] in CCCD_PROVINCE_CODES, number


@settings(max_examples=100, deadline=None)
@given(vst.cccd_numbers(valid=False))
def test_generated_invalid_cccd_numbers_are_invalid_by_the_official_list(number: str) -> None:
    import datetime as dt

    century = int(number[3]) // 2 + 19
    year = century * 100 + int(number[4:6])
    assert number[:3] not in CCCD_PROVINCE_CODES or year > dt.date.today().year, number


@settings(max_examples=300, deadline=None)
@given(vst.license_plates())
def test_generated_plates_use_an_official_code(plate: str) -> None:
    assert int(plate[:2]) in PLATE_CODES, plate


# -- bank cues and bank names (reference.md e.10: no account format, detection by context) ---

#: the bank names reference.md e.10 lists (short forms beside them), as written there
BANK_NAMES = (
    "Vietcombank", "VCB", "VietinBank", "CTG", "ICB", "BIDV", "Agribank", "Techcombank", "TCB",
    "MB", "MBBank", "ACB", "VPBank", "TPBank", "Sacombank", "STB", "SHB", "VIB", "HDBank", "OCB",
    "MSB", "SeABank", "Eximbank", "LPBank", "LienVietPostBank", "Nam A Bank", "NCB", "SCB",
    "Bac A Bank", "PVcomBank", "ABBank", "BaoViet Bank", "Kienlongbank", "VietBank",
    "Viet A Bank", "Saigonbank", "GPBank", "CBBank", "OceanBank",
)  # fmt: skip
#: the account cues reference.md e.10 lists before a number
BANK_CUES = (
    "STK", "số tài khoản", "số TK", "TK số", "tài khoản số", "account no", "chủ tài khoản",
    "chủ TK",
)  # fmt: skip


def test_every_listed_bank_name_after_a_number_names_an_account() -> None:
    missing = [
        bank for bank in BANK_NAMES
        if "1903 4567 8901 23" not in findings(
            f"Chuyển vào số 1903 4567 8901 23 tại {bank}.", EntityType.BANK_ACCOUNT
        )
    ]  # fmt: skip
    assert not missing, missing


def test_every_listed_account_cue_names_the_number_after_it() -> None:
    missing = [
        cue for cue in BANK_CUES
        if "190345678901" not in findings(f"{cue} 190345678901", EntityType.BANK_ACCOUNT)
    ]  # fmt: skip
    assert not missing, missing


def test_state_treasury_accounts_are_not_personal() -> None:
    """reference.md e.10: Kho bạc Nhà nước (KBNN) accounts in public documents are agencies'."""
    for text in ("Nộp vào tài khoản 190345678901 tại Kho bạc Nhà nước", "Số 190345678901 tại KBNN"):
        assert findings(text, EntityType.BANK_ACCOUNT) == {}, text


# -- official e-mail domains (reference.md e.11) -----------------------------------------------

#: every domain reference.md e.11 names: ministries, agencies, courts, provinces, and the bodies
#: that use ``.vn`` without ``gov`` (National Assembly, Party, Government portal)
GOV_DOMAINS = (
    "chinhphu.vn", "moj.gov.vn", "thads.moj.gov.vn", "mps.gov.vn", "mod.gov.vn", "mofa.gov.vn",
    "moha.gov.vn", "mof.gov.vn", "most.gov.vn", "mic.gov.vn", "moet.gov.vn", "moh.gov.vn",
    "moit.gov.vn", "moc.gov.vn", "mae.gov.vn", "bvhttdl.gov.vn", "sbv.gov.vn",
    "thanhtra.gov.vn", "gdt.gov.vn", "customs.gov.vn", "vss.gov.vn", "baohiemxahoi.gov.vn",
    "toaan.gov.vn", "vksndtc.gov.vn", "pbgdpl.gov.vn", "hanoi.gov.vn",
    "thanhphohaiphong.gov.vn", "laichau.gov.vn", "quochoi.vn", "dangcongsan.vn",
)  # fmt: skip


def test_every_listed_official_domain_and_any_gov_vn_is_a_gov_email() -> None:
    """Rule of reference.md e.11: any ``@…gov.vn`` address is official, listed or not."""
    domains = (*GOV_DOMAINS, "xaphuongmoi.gov.vn", "abc.def.gov.vn")
    text = "\n".join(f"Gửi về vanthu@{d} nhé" for d in domains)
    got = findings(text, EntityType.GOV_EMAIL)
    missing = [d for d in domains if f"vanthu@{d}" not in got]
    assert not missing, missing
