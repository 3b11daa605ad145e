"""vn.social_insurance (mã số BHXH) and vn.health_insurance (mã thẻ BHYT), reference.md e.5-e.6."""

from __future__ import annotations

import pytest

from ai_guard import EntityType, Validation

BHXH, BHYT = EntityType.SOCIAL_INSURANCE, EntityType.HEALTH_INSURANCE
FAMILY = (BHXH, BHYT)

ROWS = [
    # BHXH: 10 digits after a cue
    pytest.param("Mã số BHXH: 0120878811", BHXH, "0120878811", 0.9, id="bhxh-ma-so"),
    pytest.param("Sổ bảo hiểm xã hội số 0120878811 của người lao động", BHXH, "0120878811",
                 0.9, id="bhxh-so-bao-hiem"),
    pytest.param("So so BHXH: 0120878811", BHXH, "0120878811", 0.9, id="bhxh-ocr"),
    pytest.param("ma so bao hiem xa hoi 7912345678", BHXH, "7912345678", 0.9,
                 id="bhxh-ocr-long-cue"),
    pytest.param("BHXH:0120878811", BHXH, "0120878811", 0.9, id="bhxh-glued-colon"),
    pytest.param("BHXH0120878811", BHXH, "0120878811", 0.85, id="bhxh-glued-letters"),
    pytest.param("Mã số BHXH 01208\n78811", BHXH, "01208\n78811", 0.9, id="bhxh-line-break"),
    pytest.param("0120878811", None, None, 0, id="bhxh-bare"),
    pytest.param("Mã BHXH abc0120878811xyz", None, None, 0, id="bhxh-inside-token"),
    # BHYT legacy 15-character card: group code + level 1-5 + province + BHXH number
    pytest.param("Thẻ BHYT HS4010120878811", BHYT, "HS4010120878811", 0.95, id="bhyt-cue"),
    pytest.param("Mã thẻ BHYT: DN4790120878811", BHYT, "DN4790120878811", 0.95,
                 id="bhyt-ma-the"),
    pytest.param("Bệnh nhân HS 4 01 0120878811 nhập viện", BHYT, "HS 4 01 0120878811", 0.85,
                 id="bhyt-bare-spaced"),
    pytest.param("the bao hiem y te so TE1790120878811", BHYT, "TE1790120878811", 0.95,
                 id="bhyt-ocr"),
    # new cards print only the 10-digit number: HEALTH_INSURANCE after a BHYT cue
    pytest.param("the BHYT so 0120878811", BHYT, "0120878811", 0.85, id="bhyt-10-digits"),
    pytest.param("ZZ4010120878811", None, None, 0, id="bhyt-unknown-group-no-cue"),
    pytest.param("HS6010120878811", None, None, 0, id="bhyt-level-6"),
    pytest.param("abcHS4010120878811", None, None, 0, id="bhyt-glued-left"),
    pytest.param("HS40101208788112", None, None, 0, id="bhyt-one-digit-too-many"),
    # OCR read a 0 as O: after a BHYT cue only, with a known group code
    pytest.param("Mã thẻ BHYT: BT2O10100000000", BHYT, "BT2O10100000000", 0.95,
                 id="bhyt-ocr-o-for-0"),
    pytest.param("Mã thẻ BHYT: HS479O123456789", BHYT, "HS479O123456789", 0.95,
                 id="bhyt-ocr-o-for-0-tail"),
    pytest.param("Mã hàng: HS479O123456789", None, None, 0, id="bhyt-ocr-no-cue"),
    pytest.param("Mã thẻ BHYT: ZZ479O123456789", None, None, 0, id="bhyt-ocr-unknown-group"),
    pytest.param("Mã thẻ BHYT: HS4OOOOOOOOOOOO", None, None, 0, id="bhyt-ocr-mostly-letters"),
    pytest.param("ma_so_bhxh: 0120878811", BHXH, "0120878811", 0.9, id="bhxh-snake-key"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "entity", "value", "min_score"), ROWS)
def test_insurance_table(scan, text, entity, value, min_score) -> None:
    finding = scan.row(text, entity, value, min_score, FAMILY)
    if finding is not None and len(value.replace(" ", "")) == 15:
        assert finding.validated is True  # the group code is on the list


def test_bhyt_unknown_group_only_with_cue(scan) -> None:
    scan.expect_invalid("Thẻ BHYT ZZ4010120878811", BHYT, "ZZ4010120878811")
    scan.expect_none("ZZ4010120878811", FAMILY)


def test_bhyt_card_beats_its_bhxh_part(scan) -> None:
    """The card code contains the BHXH number: one finding for the whole card."""
    result = scan("Mã số BHXH và thẻ BHYT: HS4010120878811")
    found = [(f.entity, "Mã số BHXH và thẻ BHYT: HS4010120878811"[f.start : f.end])
             for f in result.findings]  # fmt: skip
    assert found == [(BHYT, "HS4010120878811")]
    assert result.findings[0].validation is Validation.PASSED


def test_family_traps(scan, family_trap) -> None:
    scan.expect_none(family_trap, FAMILY)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a chat message about the BHYT card, the lower-case card code given later on its line
        ("the bhyt cua con trai em bi het han roi, ko biet gia han o dau, ma the hn 2 94 "
         "9412 705 336 a", "hn 2 94 9412 705 336"),
        # the card word right before a valid code in a list typed in lower case
        ("lich tham benh:\n- lu thi kieu the dt2141410318526 tieu duong", "dt2141410318526"),
    ],
)  # fmt: skip
def test_a_lower_case_card_on_a_line_about_bhyt(scan, text: str, value: str) -> None:
    scan.expect(text, BHYT, value, 0.9)


@pytest.mark.parametrize(
    "text",
    [
        # the same code with no BHYT card named on its line
        "ma ho so hn 2 94 9412 705 336 da nop",
        # BHYT named too far back on the line: the message has moved on
        "the bhyt cua con het han roi, " + "em hoi xa nhieu lan ma chua ai tra loi, " * 5
        + "ma ho so hn 2 94 9412 705 336",
        # "thẻ" before a code whose two letters are no beneficiary group
        "- lu thi kieu the zq2141410318526 tieu duong",
        # a code whose two letters are no beneficiary group, after BHYT words
        "the bhyt cua con em bi het han roi, ko biet gia han o dau, ma zq 2 94 9412 705 336",
    ],
)  # fmt: skip
def test_no_lower_case_card_without_bhyt_on_its_line(scan, text: str) -> None:
    scan.expect_none(text, (BHYT,))
