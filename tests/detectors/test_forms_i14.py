"""Issue 14: identifiers, e-mails, plates and secrecy marks in the forms that went out verbatim
(docs/detectors.md, Known limits 3b, 5, 6, 7 before this change), and the look-alikes that must
stay clean."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import Decision, EntityType, check_prompt
from ai_guard.testing import strategies as vst


def _found(text: str) -> dict[EntityType, list[str]]:
    out: dict[EntityType, list[str]] = {}
    for f in check_prompt(text).findings:
        out.setdefault(f.entity, []).append(text[f.start : f.end])
    return out


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        # a two-column CSV: the header names the column below it (3b)
        ("ho_ten,so_bhxh\nTrần Thị Bình,0123456789", EntityType.SOCIAL_INSURANCE, "0123456789"),
        ("Họ tên;Số BHXH\nTrần Thị Bình;0123456789", EntityType.SOCIAL_INSURANCE, "0123456789"),
        # e-mails with spaced or spelled dots (7), an invalid run before the address (5)
        ("email an . nguyen @ gmail . com", EntityType.EMAIL, "an . nguyen @ gmail . com"),
        ("email an.nguyen@gmail .com", EntityType.EMAIL, "an.nguyen@gmail .com"),
        ("liên hệ an.nguyen@gmail. com nhé", EntityType.EMAIL, "an.nguyen@gmail. com"),
        (
            "email an(dot)nguyen(at)gmail(dot)com",
            EntityType.EMAIL,
            "an(dot)nguyen(at)gmail(dot)com",
        ),
        ("email an [at] gmail [dot] com", EntityType.EMAIL, "an [at] gmail [dot] com"),
        ("email: an..b@gmail.com", EntityType.EMAIL, "an..b@gmail.com"),
        # plates spaced inside, after a plate cue (7)
        ("BKS 29 A 123.45", EntityType.LICENSE_PLATE, "29 A 123.45"),
        ("biển số 51F 123 45", EntityType.LICENSE_PLATE, "51F 123 45"),
        ("biển số 29-A1 234.56", EntityType.LICENSE_PLATE, "29-A1 234.56"),
        ("xe máy 29 A1 234.56", EntityType.LICENSE_PLATE, "29 A1 234.56"),
        # passports after "PP No", in groups (7)
        ("PP No C1234567", EntityType.PASSPORT, "C1234567"),
        ("PP No.: C1234567", EntityType.PASSPORT, "C1234567"),
        ("Hộ chiếu số: C1234 567", EntityType.PASSPORT, "C1234 567"),
        ("Hộ chiếu: C 123 4567", EntityType.PASSPORT, "C 123 4567"),
        # markup inside a number, read by every detector (7)
        (
            "| Họ tên | CCCD |\n|---|---|\n| Trần Thị Bình | 001085<br>012345 |",
            EntityType.CCCD,
            "001085<br>012345",
        ),
        ("CCCD: 001<b>085</b>012345", EntityType.CCCD, "001<b>085</b>012345"),
        ("SĐT: 0912&nbsp;345&nbsp;678", EntityType.PHONE, "0912&nbsp;345&nbsp;678"),
        ("CCCD: ⁰⁰¹⁰⁸⁵⁰¹²³⁴⁵", EntityType.CCCD, "⁰⁰¹⁰⁸⁵⁰¹²³⁴⁵"),
        # broken over two lines by a PDF copy
        ("Biển số xe: 30A-\n123.45", EntityType.LICENSE_PLATE, "30A-\n123.45"),
        ("Mã thẻ BHYT: DN47901\n23456789", EntityType.HEALTH_INSURANCE, "DN47901\n23456789"),
        # a form's label line ending with a colon above the value
        ("Số tài khoản Vietcombank:\n0071000123456", EntityType.BANK_ACCOUNT, "0071000123456"),
    ],
)
def test_form_is_redacted_whole(text: str, entity: EntityType, value: str) -> None:
    result = check_prompt(text)
    assert result.decision is Decision.REDACT, result.findings
    assert value in _found(text).get(entity, []), result.findings
    assert value not in result.redacted_text


@pytest.mark.parametrize(
    "text",
    [
        "VĂN BẢN TUYỆT MẬT",
        "TÀI LIỆU TỐI MẬT",
        "**HỒ SƠ MẬT**",
        "Văn bản tối mật",
        "# Tài liệu mật",
        "VAN BAN TUYET MAT",
        "TAI LIEU TOI MAT",
        "Tóm tắt giúp tôi:\nVĂN BẢN TUYỆT MẬT\nNội dung...",
        '{"do_mat": "T\\u1ed1i m\\u1eadt"}',  # a JSON escape of the level
        "security_level: TOP SECRET",
        '{"security_level": "top_secret"}',
    ],
)
def test_a_line_declaring_the_document_secret_blocks(text: str) -> None:
    result = check_prompt(text)
    assert result.decision is Decision.BLOCK, result.findings
    assert EntityType.STATE_SECRET_MARK in {f.entity for f in result.findings}


@pytest.mark.parametrize(
    "text",
    [
        # headings ABOUT secrecy, not a document's stamp
        "QUY ĐỊNH VỀ BẢO VỆ BÍ MẬT NHÀ NƯỚC",
        "DANH MỤC BÍ MẬT NHÀ NƯỚC ĐỘ TỐI MẬT CỦA NGÀNH TÀI CHÍNH",
        "HƯỚNG DẪN BẢO QUẢN TÀI LIỆU TUYỆT MẬT",
        "CÁC LOẠI VĂN BẢN TỐI MẬT",
        # lost documents, other words
        "Văn bản mất\ntôi tìm không thấy",
        "tai lieu toi mat",
        "VĂN BẢN MẶT",
        "Hồ sơ mật là gì?",
    ],
)
def test_headings_about_secrecy_and_lookalikes_pass(text: str) -> None:
    assert check_prompt(text).decision is Decision.ALLOW, check_prompt(text).findings


@pytest.mark.parametrize(
    "text",
    [
        "Xin chào, tôi cần hỏi\nTôi gửi số 0123456789, nhé",  # one comma: prose, no header
        "hẹn gặp at noon dot",
        "meet me at gmail. Com là",
        "Xe chở 16 A 123.45 kg",  # a quantity, not a plate
        "Mẫu 29 A 123.45 trong catalogue",  # no plate cue
        "Mã số BHXH năm 2020:\n0123456789",  # a digit between the cue and the colon
        "Số tiền:\n0123456789",
        "a < b và 5 <3> 4",
        "path C:\\users\\x",
    ],
)
def test_lookalikes_stay_clean(text: str) -> None:
    result = check_prompt(text)
    assert result.decision is Decision.ALLOW, result.findings


def test_two_phones_in_one_cell_stay_two() -> None:
    text = "SĐT 0912345678<br>0987654321"
    assert _found(text)[EntityType.PHONE] == ["0912345678", "0987654321"]


# -- properties --------------------------------------------------------------------------------

_DOTS = st.sampled_from([" . ", " .", ". ", "(dot)", " [dot] ", " dot "])
_ATS = st.sampled_from([" @ ", "@", "(at)", " [at] ", " at "])


@settings(max_examples=60, deadline=None, derandomize=True)
@given(vst.emails(), _DOTS, _ATS)
def test_an_email_with_spelled_or_spaced_dots_is_redacted_whole(
    email: str, dot: str, at: str
) -> None:
    local, _, domain = email.partition("@")
    if at == " at " and "dot" not in dot:
        at = " [at] "  # " at " with a real dot is prose unless the domain is a mail provider
    disguised = local.replace(".", dot) + at + domain.replace(".", dot)
    result = check_prompt(f"Email: {disguised}")
    assert not result.allowed, disguised
    for piece in re.split(r"[._\-+]", local):
        if len(piece) >= 3:
            assert piece not in result.redacted_text, (disguised, result.redacted_text)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(vst.license_plates(), st.sampled_from(["Biển số", "BKS", "biển kiểm soát"]))
def test_a_plate_spaced_inside_after_its_cue_is_redacted(plate: str, cue: str) -> None:
    m = re.fullmatch(r"(\d\d)-?([A-Z]{1,2}\d?)[- ](\d{3})\.?(\d{2})", plate)
    if m is None:
        return  # an old four-digit plate: its own shapes
    spaced = f"{m.group(1)} {m.group(2)} {m.group(3)}.{m.group(4)}"
    result = check_prompt(f"{cue} {spaced}")
    assert not result.allowed, spaced
    assert m.group(3) not in result.redacted_text


def test_a_number_before_an_ocr_read_plate_on_the_next_row_is_kept() -> None:
    """A spreadsheet copied as text (blind holdout6): the licence number ending one row ran on
    into the next row's '73' ('400187015632⏎73'), and the OCR reading of that row's plate
    ('73-B1 204.15', B read as 8) swallowed the whole run: the licence went out verbatim."""
    from ai_guard import check_prompt

    text = (
        "Biển số\tChủ xe\tSố GPLX\n37A-215.68\tHồ Sỹ Nguyên\t400187015632\n"
        "73-B1 204.15\tĐậu Thị Lài\t440190008127\n"
    )
    result = check_prompt(text)
    licences = [text[f.start : f.end] for f in result.findings if f.entity.name == "DRIVER_LICENSE"]
    assert licences == ["400187015632", "440190008127"]
    assert "400187015632" not in result.redacted_text
