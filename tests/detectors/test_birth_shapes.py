"""Birth dates in the shapes holdout22 sent out, probed with new values: a Roman month, a
two-digit year, the year in words, a markup field's value (an XML element, a form's input),
and the chip CCCD's QR payload."""

from __future__ import annotations

import pytest

from ai_guard import check_prompt


def _births(text: str) -> list[str]:
    return [
        text[f.start : f.end]
        for f in check_prompt(text).findings
        if f.entity.value == "DATE_OF_BIRTH"
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ông Lò Văn Pha sinh 09-VII-1955 tại bản Mòng", "09-VII-1955"),
        ("ngày sinh: 3.XI.1970, quê Hà Tĩnh", "3.XI.1970"),
        ("ba la thi hien ns 12/8/59 can lam so", "12/8/59"),
        ("Họ tên: Tạ Văn Bình, sinh ngày 21-6-48", "21-6-48"),
        (
            "Bà Mai sinh năm một nghìn chín trăm bốn mươi tám, hiện ở với con",
            "một nghìn chín trăm bốn mươi tám",
        ),
        ("ông Tư sinh năm một chín năm ba", "một chín năm ba"),
        ("<NhanKhau><NgaySinh>1963-02-11</NgaySinh></NhanKhau>", "1963-02-11"),
        ("<NhanKhau><NamSinh>1963</NamSinh></NhanKhau>", "1963"),
        ('<input type="text" name="ngay_sinh" class="f" value="12/05/1971" />', "12/05/1971"),
        ('<input id="ngaysinh" type="date" value="2001-09-30">', "2001-09-30"),
    ],
)
def test_birth_date_shapes(text: str, value: str) -> None:
    assert value in _births(text)
    assert value not in check_prompt(text).redacted_text


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị ngày 17-IX-2024 tại hội trường",  # a meeting's date, no birth cue
        "phiên bản 5/3/61 của phần mềm",
        "học sinh năm 12/3/24 nghỉ",  # "học sinh": no birth cue
        "<NgayKy>2024-03-01</NgayKy>",  # a signing date's element
        '<input name="ngay_nop" value="2024-03-01">',
        "Ngày sinh: 01/01/19xx",  # a form's template: no year
    ],
)
def test_dates_that_are_no_birth(text: str) -> None:
    assert _births(text) == []


def test_chip_cccd_qr_payload() -> None:
    text = (
        "Quét QR CCCD ra chuỗi này, tách giúp: 001092034517|012345678|Đặng Văn Tới|02021992|Nam|"
        "Số 6 ngõ 12 phố Vọng, Phường Bạch Mai, Thành phố Hà Nội|20062022"
    )
    result = check_prompt(text)
    found = {(f.entity.value, text[f.start : f.end]) for f in result.findings}
    assert ("CMND", "012345678") in found
    assert ("DATE_OF_BIRTH", "02021992") in found
    assert ("CCCD", "001092034517") in found
    for value in ("012345678", "02021992", "Đặng Văn Tới"):
        assert value not in result.redacted_text
    assert "20062022" in result.redacted_text  # the card's issue date is no one's


def test_pipes_that_are_no_qr_payload() -> None:
    assert check_prompt("dòng log: 123456789012|abc|x|y|z").decision.value == "allow"
