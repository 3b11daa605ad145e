"""vn.driver_license: the 12 digits of a driving licence (GPLX), found only after its cue."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import Decision, EntityType, Policy, check_prompt

GPLX = EntityType.DRIVER_LICENSE


def _found(text: str) -> list[tuple[EntityType, str]]:
    return [(f.entity, text[f.start : f.end]) for f in check_prompt(text).findings]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("GPLX số 010123456789", "010123456789"),
        ("Số giấy phép lái xe: 790123456789, hạng B2", "790123456789"),
        ("bằng lái xe của tôi: 7901 2345 6789", "7901 2345 6789"),
        ("bang lai xe so 790123456789", "790123456789"),
        ("driving licence no. 010123456789", "010123456789"),
        ("Mã GPLX 79-0123456789", "79-0123456789"),
        # a CCCD-shaped (valid) number after the licence's cue is the licence's
        ("GPLX: 001085012345", "001085012345"),
        ("| Họ tên | Số GPLX |\n|---|---|\n| x | 790123456789 |", "790123456789"),
    ],
)
def test_a_licence_number_after_its_cue_is_found(text: str, value: str) -> None:
    assert (GPLX, value) in _found(text)
    result = check_prompt(text)
    assert result.decision is Decision.REDACT
    assert value not in result.redacted_text
    assert result.restore(result.redacted_text) == text


@pytest.mark.parametrize(
    "text",
    [
        "giấy phép lái xe hạng B2 cấp ngày 01/02/2020",
        "Thủ tục cấp đổi giấy phép lái xe mất bao lâu?",
        "bằng lái hạng A1, nộp lệ phí 135000 đồng",
        # 12 digits without a cue are not a licence
        "Mã hồ sơ 790123456789 đã tiếp nhận",
        # the GPLX cue does not reach a number another cue names
        "Tôi có GPLX và CCCD 001085012345",
    ],
)
def test_no_licence_without_its_own_cue(text: str) -> None:
    assert GPLX not in {e for e, _ in _found(text)}


def test_another_cue_closer_to_the_number_wins() -> None:
    text = "Giấy phép lái xe số: 790123456789\nCCCD: 001085012345"
    assert _found(text) == [(GPLX, "790123456789"), (EntityType.CCCD, "001085012345")]


def test_the_licence_detector_can_be_disabled() -> None:
    policy = Policy(disabled_detectors=["vn.driver_license"])
    found = check_prompt("GPLX số 790123456789", policy=policy).findings
    assert GPLX not in {f.entity for f in found}


def test_a_document_with_a_licence_number_holds_personal_data() -> None:
    from ai_guard import classify_document

    doc = classify_document("Họ tên: Trần Văn Bình\nSố GPLX: 790123456789\nHạng: B2")
    assert doc.personal_data.counts[GPLX] == 1
    assert doc.personal_data.identifiable
    assert not doc.external_ai_allowed


# no deadline: the first example of a worker may compile cue patterns (built on first use)
@settings(deadline=None)
@given(st.from_regex(r"[0-9]{12}", fullmatch=True), st.sampled_from(["GPLX số ", "bằng lái: "]))
def test_any_twelve_digits_after_the_cue_are_redacted(digits: str, cue: str) -> None:
    text = f"Anh xem giúp {cue}{digits} còn hạn không"
    result = check_prompt(text)
    assert digits not in result.redacted_text
    assert (GPLX, digits) in _found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Họ tên\tGPLX\tHạng\nĐồng Văn Lực\t10090012574\tC", "10090012574"),
        ("Họ tên,Số bằng lái,Hạng\nAn,79012345678,B", "79012345678"),
        ("Số GPLX (file Excel mất số 0): 40190012345", "40190012345"),
    ],
)
def test_a_licence_whose_leading_zero_a_sheet_dropped_is_restored(text: str, value: str) -> None:
    assert (GPLX, value) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Họ tên\tSố tiền\tHạng\nĐồng Văn Lực\t10090012574\tC",  # an amount's column
        "Nộp phạt 10090012574 đồng theo biên bản",  # no licence cue
        "Họ tên\tGPLX\nAn\t1009001257",  # ten digits: two zeros are not dropped
    ],
)
def test_eleven_digits_without_the_licences_cue_are_no_licence(text: str) -> None:
    assert all(e is not GPLX for e, _ in _found(text))
