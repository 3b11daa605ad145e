"""vn.date_of_birth: birth dates of tables that lost their layout (holdout16, issue 14): rows
delimited by ";" under a header the table reader does not take or that a note interrupts, one
field per line under a vertical header or a bracketed list of columns, a table flattened onto
one line, a date with a month's name in a "Date of birth" column; and the dates beside them
that stay dates: another column's, a second date of a record, a delivery date of a maternity
claim, a list whose first date column is not the birth date."""

from __future__ import annotations

import pytest

from ai_guard.detectors.dates import DateOfBirthDetector
from ai_guard.text import Document


def found(text: str) -> list[str]:
    return [text[d.start : d.end] for d in DateOfBirthDetector().detect(Document(text))]


_CSV = (
    "SBD;Họ tên;Ngày sinh;CCCD;Điểm vòng 2\n"
    "TP01;Hà Thị Mai Anh;11/11/1998;038198307725;78,5\n"
    "Hội đồng thi tuyển UBND xã Ngọc Lặc, tỉnh Thanh Hóa.\n"
    "TP06;Ngân Văn Thương;07/06/1995;038095337108;72,0\n"
)
_VERTICAL = (
    "STT\nHọ và tên\nNgày sinh\nSố định danh\n"
    "1\nVương Đình\nKhiêm\n11/01/1965\n022065148703\n"
    "2\nLâm Thị Hồng\n26/05/1968\n022168309215\n"
)
_BRACKETED = (
    "Đưa danh sách sau về dạng bảng (họ tên, ngày sinh, chức danh):\n\n"
    "1\nHoàng Thị Thúy Hằng\n14/02/1985\nChuyên viên chính\n"
    "Ghi chú: nghỉ hưu từ 01/06/2027.\n"
    "2\nLăng Văn Cường\n30/09/1979\nChuyên viên\n01/07/2026\n"
)
_FLAT = (
    "DANH SÁCH STT Họ và tên Lớp Ngày sinh Đối tượng SĐT 1 Phan Thị Thanh Trúc 10A4 "
    "05/03/2011 Hộ nghèo 0978 024 631 2 Hiên Văn Khương 11A1 17/10/2010 Hộ cận nghèo"
)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        pytest.param(_CSV, ["11/11/1998", "07/06/1995"], id="semicolons-note-inside"),
        pytest.param(_VERTICAL, ["11/01/1965", "26/05/1968"], id="vertical-header"),
        pytest.param(_BRACKETED, ["14/02/1985", "30/09/1979"], id="bracketed-columns"),
        pytest.param(_FLAT, ["05/03/2011", "17/10/2010"], id="flat-one-line"),
        pytest.param(
            "No | Name | Date of birth\n1 | Rajesh Kumar Iyer | 14 Jan 1983\n",
            ["14 Jan 1983"],
            id="month-name-cell",
        ),
    ],
)
def test_found(text: str, dates: list[str]) -> None:
    assert sorted(found(text)) == sorted(dates)


@pytest.mark.parametrize(
    "text",
    [
        # another column's dates under a delimited header
        pytest.param(
            "SBD;Họ tên;Ngày sinh;Ngày thi\nTP01;Hà Thị Mai;;12/12/2026\n", id="other-column"
        ),
        # a delivery date in a maternity claim
        pytest.param(
            "Họ tên | Mã BHXH | Ngày sinh con | Nghỉ từ\n"
            "Thạch Thị Sa Rết | 9418830527 | 02/10/2026 | 25/09/2026\n",
            id="delivery-date",
        ),
        # a vertical list whose first date column is an appointment
        pytest.param(
            "STT\nHọ và tên\nNgày bổ nhiệm\nNgày sinh\n1\nHoàng Văn An\n01/02/2020\n",
            id="appointment-first",
        ),
        # a flattened header with two date columns
        pytest.param(
            "STT Họ tên Ngày vào Ngày sinh 1 Phan Văn Nhỏ 01/09/2026 05/03/2011",
            id="flat-two-dates",
        ),
    ],
)
def test_clean(text: str) -> None:
    assert found(text) == []
