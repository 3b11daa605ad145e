"""Identifiers in the shapes holdout14's writer used: a passport cut by hyphens, a birth year
written as a quantity in words, an 11-digit CCCD in a spreadsheet row that must not run into
the next row's number; with the text beside each that stays as it is."""

from __future__ import annotations

import pytest
from _probes import found as _found

from ai_guard import EntityType


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hộ chiếu số C-064-2918 của anh ấy bị hỏng trang", "C-064-2918"),
        ("ho chieu so b-713-5520, het han 2031", "b-713-5520"),
        ("Hộ chiếu: N.208.4471", "N.208.4471"),
    ],
)
def test_a_passport_cut_by_hyphens_or_dots(text: str, value: str) -> None:
    assert _found(text, EntityType.PASSPORT) == [value]


def test_a_code_of_that_shape_without_a_passport_cue_is_none() -> None:
    assert _found("Mã hồ sơ C-064-2918 đã nhận", EntityType.PASSPORT) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ông Tào sinh ngày mười hai tháng bảy năm một nghìn chín trăm tám mươi sáu, quê Huế.",
         "mười hai tháng bảy năm một nghìn chín trăm tám mươi sáu"),
        ("sinh ngay mung ba thang tu nam mot nghin chin tram bay muoi lam, o xa",
         "ba thang tu nam mot nghin chin tram bay muoi lam"),
        ("con tôi sinh ngày 5 tháng 3 năm hai nghìn không trăm linh chín.",
         "5 tháng 3 năm hai nghìn không trăm linh chín"),
        ("cháu sinh ngày 2 tháng 9 năm hai nghìn mười, học lớp 9",
         "2 tháng 9 năm hai nghìn mười"),
    ],
)  # fmt: skip
def test_a_birth_date_with_its_year_in_words(text: str, value: str) -> None:
    assert _found(text, EntityType.DATE_OF_BIRTH) == [value]


@pytest.mark.parametrize(
    "text",
    [
        # a year in words that is no birth date; an amount in words
        "Năm hai nghìn không trăm hai mươi lăm là năm bản lề.",
        "sinh ngày tháng năm nào cũng được, một nghìn chín trăm người dự",
    ],
)
def test_years_in_words_without_a_birth_cue_are_none(text: str) -> None:
    assert _found(text, EntityType.DATE_OF_BIRTH) == []


def test_an_eleven_digit_cccd_stops_at_its_row() -> None:
    text = "STT\tHọ tên\tSố CCCD\n1\tLa Văn Tới\t38092004417\n2\tKhổng Thị Nụ\t38195007731"
    assert _found(text, EntityType.CCCD) == ["38092004417", "38195007731"]


def test_a_number_broken_across_lines_by_a_pdf_still_joins() -> None:
    text = "Số CCCD: 0010850\n12345 của ông An"
    assert _found(text, EntityType.CCCD) == ["0010850\n12345"]
