"""Values cut or re-shaped by the file they were copied from (holdout31's classes, issue 14):
a judgment or enforcement number and a birth date's year broken at a line's end by a PDF copy,
a birth date shown by a spreadsheet as its serial number under a birth-date column, and where an
agency receives citizens (public, like its hotline) beside a private address."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import Decision, EntityType, check_prompt
from ai_guard.testing.strategies import cccd_numbers

E = EntityType


def _found(text: str, entity: EntityType) -> list[str]:
    return [text[f.start : f.end] for f in check_prompt(text).findings if f.entity is entity]


# -- a case number broken at a line's end --


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("theo bản án số 08/2025/HNGĐ-\nPT của Tòa án", "08/2025/HNGĐ-\nPT"),
        ("Bản án số 311/2024/\nHS-ST ngày 2/5", "311/2024/\nHS-ST"),
        ("Quyết định số 77/QĐ-\nCTHADS ngày 9/9/2026 về việc", "77/QĐ-\nCTHADS"),
        ("thụ lý số 52/2026/TLST-\r\nDS, người khởi kiện", "52/2026/TLST-\r\nDS"),
        ("bản án 4/2023/KDTM-\nST.", "4/2023/KDTM-\nST"),
    ],
)
def test_a_case_number_broken_at_a_line_end_is_reported_whole(text: str, value: str) -> None:
    assert _found(text, E.CASE_NUMBER) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "căn cứ Nghị định 13/2023/NĐ-\nCP về bảo vệ dữ liệu cá nhân",  # a decree stays public
        "Báo cáo số 245/BC-\nTHADS về kết quả công tác",  # a report on the agency's work
        "năm 2024/\nHS đã nộp đủ",  # no number before the year
        "Thông tư 24/2020/TT-\nBCA quy định mẫu dấu",
    ],
)
def test_a_public_number_broken_at_a_line_end_stays_clean(text: str) -> None:
    assert _found(text, E.CASE_NUMBER) == []


# -- a birth date's year hyphenated at a line's end --


@settings(max_examples=40, deadline=None)
@given(
    st.dates(min_value=dt.date(1930, 1, 1), max_value=dt.date(2020, 12, 31)),
    st.integers(min_value=1, max_value=3),
    st.sampled_from(["Sinh ngày", "Ngày sinh:", "ngày, tháng, năm sinh:"]),
    st.sampled_from(["\n", "\r\n"]),
)
def test_a_birth_year_hyphenated_at_a_line_end_is_reported_whole(
    date: dt.date, cut: int, cue: str, newline: str
) -> None:
    year = str(date.year)
    value = f"{date.day:02d}/{date.month:02d}/{year[:cut]}-{newline}{year[cut:]}"
    text = f"Họ và tên: Lã Thị Hồng Nhung. {cue} {value}. Quê quán: xã Yên Lạc."
    assert _found(text, E.DATE_OF_BIRTH) == [value]
    result = check_prompt(text)
    assert result.decision is Decision.REDACT
    assert year[cut:] + "." not in result.redacted_text.split("Quê")[0][-8:]


def test_a_date_of_another_event_hyphenated_is_no_birth_date() -> None:
    assert _found("Ngày ký hợp đồng 17/06/20-\n24, hai bên thống nhất", E.DATE_OF_BIRTH) == []


# -- a birth date shown as a spreadsheet's serial number --


def _serial(date: dt.date) -> int:
    return (date - dt.date(1899, 12, 30)).days


@settings(max_examples=40, deadline=None)
@given(
    st.dates(min_value=dt.date(1928, 1, 1), max_value=dt.date(2020, 12, 31)),
    st.sampled_from(["Ngày sinh", "Ngày tháng năm sinh", "NgaySinh"]),
    st.sampled_from(["\t", " | "]),
)
def test_a_birth_date_serial_under_its_column_is_reported(
    date: dt.date, header: str, sep: str
) -> None:
    serial = str(_serial(date))
    text = f"Họ và tên{sep}{header}{sep}Chức vụ\nĐinh Văn Tú{sep}{serial}{sep}Chuyên viên"
    assert _found(text, E.DATE_OF_BIRTH) == [serial]


@pytest.mark.parametrize(
    "text",
    [
        "Họ và tên\tNăm sinh\tSố tiền\nAn\t1979\t28968",  # an amount's column
        "Họ và tên\tNăm sinh\nAn\t28968",  # a birth year's column holds years
        "Họ và tên\tNgày sinh\tGhi chú\nAn\t49999\tx",  # a date to come: no birth date
        "Họ và tên\tNgày sinh\nAn\t28968 đồng",  # more than the number in the cell
        "Mã hồ sơ 28968 ngày sinh hoạt chi bộ",  # no table
    ],
)
def test_five_digits_that_are_no_birth_date_serial_stay_clean(text: str) -> None:
    assert [v for v in _found(text, E.DATE_OF_BIRTH) if v != "1979"] == []


# -- where an agency receives citizens --


@pytest.mark.parametrize(
    "text",
    [
        "Cục thông báo đường dây nóng 1900 9299, địa chỉ tiếp công dân tại số 60 Trần Phú, "
        "Ba Đình, Hà Nội.",
        "Địa điểm tiếp công dân: số 12 đường Lê Lợi, phường Vinh Phú, tỉnh Nghệ An",
        "Nơi tiếp công dân của Sở Tư pháp ở số 5 đường Hùng Vương, phường Vị Xuyên, tỉnh Nam Định",
        "Phòng tiếp công dân đặt tại số 8 đường Quang Trung, phường Hà Đông, Hà Nội",
    ],
)
def test_where_an_agency_receives_citizens_is_public(text: str) -> None:
    assert _found(text, E.ADDRESS) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Bà Lê Thị Hoa ở số 60 Trần Phú, Ba Đình, Hà Nội, hỏi địa chỉ tiếp công dân",
            "số 60 Trần Phú, Ba Đình, Hà Nội",
        ),
        (
            "Người khiếu nại trú tại số 5 đường Hùng Vương, phường Vị Xuyên, tỉnh Nam Định, "
            "đã đến nơi tiếp công dân",
            "số 5 đường Hùng Vương, phường Vị Xuyên, tỉnh Nam Định",
        ),
    ],
)
def test_a_citizens_address_beside_the_reception_is_still_private(text: str, value: str) -> None:
    assert _found(text, E.ADDRESS) == [value]


# -- a number a page's header or footer cut --


@settings(max_examples=40, deadline=None)
@given(
    cccd_numbers(),
    st.integers(min_value=3, max_value=9),
    st.sampled_from(
        [
            "---- Trang 2/3 ---- CHI CỤC THADS TP. THỦ ĐỨC ----",
            "- 2 -",
            "Trang 4",
            "Page 2 of 5",
            "Biên bản xác minh điều kiện thi hành án    Trang 3/7\nPage 3",
        ]
    ),
)
def test_a_cccd_cut_by_a_page_header_is_redacted_whole(cccd: str, cut: int, header: str) -> None:
    text = f"Người được xác minh: bà Lý Thị Hà, CCCD {cccd[:cut]}\n{header}\n{cccd[cut:]}, cư trú"
    value = f"{cccd[:cut]}\n{header}\n{cccd[cut:]}"
    assert _found(text, E.CCCD) == [value]
    redacted = check_prompt(text).redacted_text
    assert cccd[:cut] not in redacted
    assert "\n" + cccd[cut:] not in redacted


@pytest.mark.parametrize(
    "text",
    [
        "Tổng cộng 1250000\nTrang 2\n48215 đồng",  # amounts on two pages: no cue
        "CCCD 0791930\nNội dung tiếp theo của biên bản\n48215",  # prose between: no page
        "Số hồ sơ 0791930\n- 2 -\n48215",  # no identifier's cue
    ],
)
def test_numbers_around_a_page_break_without_a_cue_are_not_joined(text: str) -> None:
    assert all(
        f.entity not in (E.CCCD, E.BANK_ACCOUNT, E.PHONE) for f in check_prompt(text).findings
    )


# -- an address a line break cut after its comma, in a text whose lines hold commas --


@pytest.mark.parametrize(
    ("first", "hamlet", "rest"),
    [
        (
            "Copy từ PDF bản án, đoạn này đọc khó quá:",
            "ấp Tân Hòa,",
            "xã Châu Thành, tỉnh Đồng Tháp",
        ),
        ("Trích bản án, trang 3, dòng 12", "thôn Đông Mai,", "xã Quảng Yên, tỉnh Quảng Ninh"),
        ("Bản scan, OCR, gửi anh xem", "xóm 4,", "xã Nghi Lộc, tỉnh Nghệ An"),
    ],
)
def test_an_address_broken_after_its_comma_stays_whole(first: str, hamlet: str, rest: str) -> None:
    text = f"{first}\nBị cáo Lê Văn Hậu, sinh năm 1990, trú tại {hamlet}\n{rest}; bị xử phạt"
    assert _found(text, E.ADDRESS) == [f"{hamlet}\n{rest}"]


def test_a_csv_rows_comma_still_ends_an_address() -> None:
    text = "STT,Họ tên,Địa chỉ,Mã\n1,Lò Văn Khoan,Bản Hùn,HN-0412"
    assert _found(text, E.ADDRESS) == ["Bản Hùn"]


# -- a Word form of label-value cells --


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("| Họ tên | Đàm Văn Chừng | Sinh ngày | 08/3/1976 |", "08/3/1976"),
        ("| Ngày sinh | 17/11/1969 | Nơi sinh | Hà Nam |", "17/11/1969"),
        ("| Năm sinh | 1982 | Dân tộc | Kinh |", "1982"),
        ("Họ tên | Lý Văn Tài | Ngày, tháng, năm sinh | 2/9/1990", "2/9/1990"),
    ],
)
def test_a_birth_date_in_the_cell_after_its_label_is_found(text: str, value: str) -> None:
    assert _found(text, E.DATE_OF_BIRTH) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "| Ngày cấp | 08/3/2016 | Nơi cấp | Cục Cảnh sát |",  # another date's label
        "| Sinh hoạt chi bộ | 08/3/2026 |",  # a meeting, no birth
    ],
)
def test_another_dates_cell_is_no_birth_date(text: str) -> None:
    assert _found(text, E.DATE_OF_BIRTH) == []


def test_a_page_broken_number_after_other_lines_is_still_joined() -> None:
    # a line before it: a scan from that line's break must not take the header's lines
    text = (
        "PDF biên bản, tóm tắt giúp:\nNgười được xác minh: bà Lý Thị Hà, CCCD 0791930\n"
        "---- Trang 2/3 ---- CHI CỤC THADS ----\n48215, hiện cư trú tại xã An Phú"
    )
    assert _found(text, E.CCCD) == ["0791930\n---- Trang 2/3 ---- CHI CỤC THADS ----\n48215"]
