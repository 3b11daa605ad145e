"""A spreadsheet that stored identifiers as numbers dropped their leading zero (issue 14):
under a column headed by the family's cue (``MST``, ``Số CCCD``, ``SĐT``), in rows separated
by tabs, commas, pipes or semicolons, the 9-digit tax code, the 11-digit CCCD and the 9-digit
mobile number are restored, validated and reported as typed. The other number columns of the
same rows (``STT``, ``Năm sinh``, ``Số tiền``) and a number under no cue stay clean."""

from __future__ import annotations

import pytest

from ai_guard import EntityType

E = EntityType
FAMILY = (E.CCCD, E.CMND, E.PHONE, E.TAX_CODE, E.BANK_ACCOUNT, E.SOCIAL_INSURANCE)

# 0308301666, 0131860915 and 0190996033 pass the tax-code check digit; 031087019462 and
# 001085012345 are CCCDs (Hải Phòng 1987, Hà Nội 1985); 0912604387, 0387215069 mobiles
TABLES = [
    pytest.param(
        "Họ tên\tSố CCCD\tSĐT\nTạ Văn Hòa\t31087019462\t912604387\n"
        "Lê Thị Mai\t1085012345\t387215069",
        [(E.CCCD, "31087019462"), (E.PHONE, "912604387"), (E.CCCD, "1085012345"),
         (E.PHONE, "387215069")],
        id="tabs-cccd-and-phone-side-by-side",
    ),
    pytest.param(
        "Họ tên,MST,Số tiền quyết toán\nAn,308301666,2.340.000\nBình,131860915,870000",
        [(E.TAX_CODE, "308301666"), (E.TAX_CODE, "131860915")],
        id="csv-mst-beside-amounts",
    ),
    pytest.param(
        "| Họ tên | MST | SĐT |\n| --- | --- | --- |\n| An | 190996033 | 912604387 |",
        [(E.TAX_CODE, "190996033"), (E.PHONE, "912604387")],
        id="markdown-pipes",
    ),
    pytest.param(
        "STT;Họ tên;Mã số thuế;Năm sinh\n1;An;308301666;1985\n2;Bình;131860915;1990",
        [(E.TAX_CODE, "308301666"), (E.TAX_CODE, "131860915")],
        id="semicolons-stt-and-birth-year-clean",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TABLES)
def test_a_column_header_names_the_numbers_that_lost_their_zero(scan, text, expected) -> None:
    found = [(f.entity, span) for span, f in scan.of_type(text, FAMILY)]
    assert found == expected
    assert all(f.validated is True for _, f in scan.of_type(text, FAMILY))


@pytest.mark.parametrize(
    "text",
    [
        # the amounts, row numbers and years of a sheet, under their own headers
        pytest.param("STT\tHọ tên\tSố tiền\n1\tAn\t308301666\n2\tBình\t131860915",
                     id="amount-column"),
        pytest.param("Họ tên,Năm sinh,Số hộ\nAn,1985,190996033", id="other-column"),
        # the check digit fails: not a tax code that lost its zero
        pytest.param("Họ tên,MST\nAn,131860916", id="mst-column-invalid"),
        # no header above: a number in a sentence
        pytest.param("Mã đơn hàng 308301666 đã giao", id="no-column-no-cue"),
        # a number restored as a phone whose prefix no operator uses, under a tax header
        pytest.param("Họ tên\tMST\nAn\t112604387", id="neither-under-mst"),
    ],
)  # fmt: skip
def test_other_columns_stay_clean(scan, text) -> None:
    scan.expect_none(text, FAMILY)


def test_a_label_on_the_line_still_names_a_tax_code_that_lost_its_zero(scan) -> None:
    finding = scan.expect("MST: 308301666", E.TAX_CODE, "308301666", 0.9)
    assert finding.validated is True


def test_a_list_named_in_prose_does_not_take_another_columns_cell(scan) -> None:
    # the row's first cell is named by the CCCD header, its second sits under "Số tiền"
    text = "Họ tên\tSố CCCD\tSố tiền\nAn\t31087019462\t36079011846"
    found = [(f.entity, span) for span, f in scan.of_type(text, FAMILY)]
    assert found == [(E.CCCD, "31087019462")]


# a Word table copied without its borders: one gap of two spaces or more between cells, the
# columns not aligned (the cells of a row start wherever the cell before them ends)
BORDERLESS = [
    pytest.param(
        "Họ tên  Số BHXH  Mức đóng\nLưu Thị Thanh Ngần  0123478591  5.940.000\n"
        "Kim Văn Hưởng  0123503376  6.210.000",
        [(E.SOCIAL_INSURANCE, "0123478591"), (E.SOCIAL_INSURANCE, "0123503376")],
        id="bhxh-rows-longer-and-shorter-than-the-header",
    ),
    pytest.param(
        "STT  Họ và tên  Số CCCD  Ghi chú\n1  Đàm Thị Lý  31087019462  đã nộp\n"
        "2  Hứa Quang Minh Trí  1085012345  chưa",
        [(E.CCCD, "31087019462"), (E.CCCD, "1085012345")],
        id="cccd-that-lost-zeros-third-column",
    ),
    pytest.param(
        "Họ tên   SĐT   Địa bàn\nÂu Văn Bé   912604387   xã Mỹ An",
        [(E.PHONE, "912604387")],
        id="three-space-gaps-phone",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BORDERLESS)
def test_a_borderless_table_names_its_cells_by_rank(scan, text, expected) -> None:
    found = [(f.entity, span) for span, f in scan.of_type(text, FAMILY)]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        # the same rows under headers of amounts and counts: nothing to restore
        pytest.param("Họ tên  Số tiền  Mức đóng\nLưu Thị Thanh Ngần  123478591  5.940.000",
                     id="amount-column-by-rank"),
        # as many cells in a line of prose with double spaces: no cue, nothing named
        pytest.param("Ghi chú  xem lại  sau\nmã đơn hàng  308301666  xong", id="no-cue-row"),
    ],
)  # fmt: skip
def test_a_borderless_table_without_the_familys_header_stays_clean(scan, text) -> None:
    scan.expect_none(text, FAMILY)
