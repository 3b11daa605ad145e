"""vn.tax_code: mã số thuế, 10 digits with a check digit, 13 for branches (reference.md e.4)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import EntityType, Validation
from ai_guard.detectors.tax import tax_code_valid

TAX = EntityType.TAX_CODE
FAMILY = (TAX,)

ROWS = [
    # valid check digits (weights 31 29 23 19 17 13 7 5 3, N10 = 10 - S mod 11)
    pytest.param("MST 0100233488", TAX, "0100233488", 0.95, id="mst"),
    pytest.param("Mã số thuế: 0314409058", TAX, "0314409058", 0.95, id="ma-so-thue"),
    pytest.param("Công ty có mã số doanh nghiệp 0100109106.", TAX, "0100109106", 0.95,
                 id="ma-so-doanh-nghiep"),
    pytest.param("Đơn vị 0100233488 đã nộp hồ sơ", TAX, "0100233488", 0.7, id="bare-valid"),
    # OCR / no diacritics
    pytest.param("Ma so thue 0100109106", TAX, "0100109106", 0.95, id="ocr-ma-so-thue"),
    pytest.param("ma so thue: 0314409058", TAX, "0314409058", 0.95, id="ocr-lower"),
    # branch form
    pytest.param("Mã số thuế chi nhánh: 0314409058-002", TAX, "0314409058-002", 0.95,
                 id="branch-cue"),
    pytest.param("Chi nhánh 0314409058-002 tại Đà Nẵng", TAX, "0314409058-002", 0.7,
                 id="branch-bare"),
    # since 1/7/2025 the personal ID number is the individual's tax code
    pytest.param("Mã số thuế cá nhân: 001085012345", TAX, "001085012345", 0.95,
                 id="personal-id-as-tax-code"),
    # boundaries
    pytest.param("MST:0100233488", TAX, "0100233488", 0.95, id="glued-colon"),
    pytest.param("MST0100233488", TAX, "0100233488", 0.85, id="glued-letters-left"),
    pytest.param("MST 0100233\n488", TAX, "0100233\n488", 0.95, id="line-break"),
    pytest.param("abc0100233488xyz", None, None, 0, id="inside-alnum-token"),
    pytest.param("Mã tra cứu 01002334881234", None, None, 0, id="inside-14-digit-run"),
    # wrong check digit without a cue: never reported
    pytest.param("0100233489", None, None, 0, id="bad-check-digit-no-cue"),
    pytest.param("0000000000", None, None, 0, id="all-zero"),
    # a 10-digit mobile number that happens to be a number is a phone, not a tax code
    pytest.param("Gọi 0912345678", None, None, 0, id="mobile-number"),
    pytest.param("Số tiền 0100233488 đồng", None, None, 0, id="money"),
    pytest.param("STK 0100233488 tại Vietcombank", None, None, 0, id="bank-account"),
    pytest.param("Mã số thuế 0100233488 ngày cấp 01/7/2010", TAX, "0100233488", 0.95,
                 id="followed-by-ngay-cap"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "entity", "value", "min_score"), ROWS)
def test_tax_table(scan, text, entity, value, min_score) -> None:
    finding = scan.row(text, entity, value, min_score, FAMILY)
    if finding is not None:
        assert finding.validated is True
        assert finding.detector == "vn.tax_code"


INVALID = [
    pytest.param("MST: 0100233489", "0100233489", id="mst"),
    pytest.param("Ma so thue 0100109107", "0100109107", id="ocr"),
    pytest.param("Mã số thuế: 0100233480", "0100233480", id="ma-so-thue"),
    # 031x is a range phonenumbers accepts but no operator uses: the MST cue decides
    pytest.param("MST: 0314409059", "0314409059", id="mst-031x-not-a-phone"),
]


@pytest.mark.parametrize(("text", "value"), INVALID)
def test_tax_invalid_only_with_cue(scan, text, value) -> None:
    scan.expect_invalid(text, TAX, value)
    scan.expect_none(value, FAMILY)


@pytest.mark.parametrize(
    ("digits", "valid"),
    [
        ("0100233488", True),
        ("0314409058", True),
        ("0100109106", True),
        ("0100233489", False),
        ("0314409050", False),
        ("0314409058002", True),
        ("0314409058000", False),
        ("0100000000", False),
        ("010023348", False),
        ("01002334a8", False),
    ],
)
def test_check_digit(digits, valid) -> None:
    assert tax_code_valid(digits) is valid


def test_cue_is_recorded(scan) -> None:
    f = scan.expect("Mã số thuế: 0314409058", TAX, "0314409058", 0.95)
    assert f.context == "ma so thue"
    assert f.validation is Validation.PASSED
    assert f.pattern == "tax_code.10_digits"


def test_family_traps(scan, family_trap) -> None:
    scan.expect_none(family_trap, FAMILY)


def test_a_phone_cue_nearer_than_the_tax_cue_names_the_number(scan) -> None:  # type: ignore[no-untyped-def]
    # found by the labelled_prompts strategy: a valid-checksum phone after a tax code
    text = "mã số thuế 0100000010, SĐT 0364663010."
    got = {(text[f.start : f.end], f.entity.value) for f in scan(text).findings}
    assert ("0364663010", "TAX_CODE") not in got
    assert ("0364663010", "PHONE") in got


@pytest.mark.parametrize(
    "text",
    [
        # an amount written as amounts are, in a table's column or a sentence: no tax code
        "Công ty TNHH Minh Phát\tYN0418C\txã Phước Chỉ\t412\t7\t2.318.904.120",
        "Tổng số tiền chậm đóng là 2.318.904.120 và phải nộp trước 31/12",
        "Amount due: 2,318,904,120",
    ],
)
def test_an_amount_grouped_in_thousands_is_no_tax_code(scan, text: str) -> None:
    assert not [f for f in scan(text).findings if f.entity is EntityType.TAX_CODE]


def test_a_tax_code_cued_is_found_however_it_is_grouped(scan) -> None:
    text = "MST: 2.318.904.120"
    assert [text[f.start : f.end] for f in scan(text).findings] == ["2.318.904.120"]


@pytest.mark.parametrize(
    "message",
    ["sửa giúp tin nhắn: mời ông {name} {phone} đến nhận", "gửi tin cho {name} theo số {phone}"],
)
@pytest.mark.parametrize("phone", ["0915 480 263", "0915480263"])
def test_tin_in_lower_case_is_a_message_not_the_tax_cue(scan, message: str, phone: str) -> None:  # type: ignore[no-untyped-def]
    # (holdout32 h32-057) a mobile number passing the checksum after "tin nhắn": a phone
    assert tax_code_valid(phone.replace(" ", ""))
    text = message.format(name="Hoàng Văn Thường", phone=phone)
    got = {(text[f.start : f.end], f.entity) for f in scan(text).findings}
    assert (phone, EntityType.PHONE) in got
    assert not any(entity is TAX for _, entity in got)


def test_tin_in_capitals_is_still_the_tax_cue(scan) -> None:  # type: ignore[no-untyped-def]
    text = "Vendor TIN: 0100233488"
    assert [(text[f.start : f.end], f.entity) for f in scan(text).findings] == [("0100233488", TAX)]


@settings(max_examples=60, deadline=None)
@given(
    agency=st.integers(0, 99),
    day=st.integers(1, 28),
    month=st.integers(1, 12),
    seq=st.integers(1, 9999),
)
def test_a_dossier_codes_hyphened_tail_is_no_tax_code(
    agency: int, day: int, month: int, seq: int
) -> None:
    # the public-service portal's dossier code ("000.45.31.H62-260914-0021"): its last two
    # hyphened groups may pass the checksum; only a cue would make them a tax code
    from ai_guard import check_prompt

    code = f"000.00.{agency:02d}.H62-{month:02d}{day:02d}14-{seq:04d}"
    text = f"Mã hồ sơ {code} của bà Vân"
    assert not [f for f in check_prompt(text).findings if f.entity is TAX]
