"""Pasted tables, registers, PDF exports and mail forwards (issue 15, holdout42's classes), on
probes of our own: a number under another family's column, a household register's member
lines, a PDF table's rows run into one line, an address cut by a quoted reply's marks or a
page's footer, a room of a hotel in a residence column, a street typed plain before a marked
ward. Each family with its negatives."""

from __future__ import annotations

import pytest

from ai_guard import check_prompt
from ai_guard.models import EntityType


def _found(text: str, entity: EntityType) -> list[str]:
    return [text[f.start : f.end] for f in check_prompt(text).findings if f.entity is entity]


# -- a number under another family's column header: the bank named in the next cell is the
# account column's ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number", "entity"),
    [
        (
            "ho ten;ma so bhxh;ngan hang;so tai khoan\n"
            "Quan Thị Thủy;0124537819;Agribank;1500205738214\n"
            "Doãn Thị Hường;0124819304;Vietcombank;1023458871",
            "0124819304",
            EntityType.SOCIAL_INSURANCE,
        ),
        (
            "| Họ tên | Mã số BHXH | Ngân hàng | STK |\n|---|---|---|---|\n"
            "| Lê Thị Hoa | 7912345678 | BIDV | 21510003958826 |",
            "7912345678",
            EntityType.SOCIAL_INSURANCE,
        ),
        (
            "Họ tên\tSố điện thoại\tNgân hàng\tSTK\nLê Văn An\t0912345678\tVietcombank\t1023458871",
            "0912345678",
            EntityType.PHONE,
        ),
    ],
)
def test_number_under_another_column_is_that_columns(
    text: str, number: str, entity: EntityType
) -> None:
    assert number in _found(text, entity)
    assert number not in _found(text, EntityType.BANK_ACCOUNT)


@pytest.mark.parametrize(
    ("text", "account"),
    [
        # the account's own column, and an account with its bank in one cell with no header
        ("ho ten;so tai khoan;ngan hang\nLê Văn An;1023458871;Vietcombank", "1023458871"),
        ("Họ tên\tGhi chú\nLê Văn Bình\t1023458871 Vietcombank", "1023458871"),
        ("chuyển giúp em vào 1023458871 Vietcombank nhé", "1023458871"),
    ],
)
def test_account_with_its_bank_after_still_read(text: str, account: str) -> None:
    assert account in _found(text, EntityType.BANK_ACCOUNT)


# -- a household register's member lines: relation, name, date ---------------------------------


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "Lập bảng thành viên hộ:\nChủ hộ: Đàm Văn Xuyên – sinh ngày 09/09/1970\n"
            "Quan hệ: Vợ – Hà Thị Nhiễu – 22/03/1973\n"
            "Quan hệ: Con – Đàm Thị Ngọc Ánh – 15/12/2001",
            ["22/03/1973", "15/12/2001"],
        ),
        (
            "so ho khau:\nvo: lo thi en, 12.5.1972\ncon trai: lo van nam, 04.07.2009",
            ["12.5.1972", "04.07.2009"],
        ),
        (
            "Sổ hộ khẩu số 112\n- Chồng - Phạm Quốc Bảo - 02/02/1980\n"
            "- Con gái - Phạm Gia Hân - 19/08/2015",
            ["02/02/1980", "19/08/2015"],
        ),
    ],
)
def test_household_member_dates_are_birth_dates(text: str, dates: list[str]) -> None:
    found = _found(text, EntityType.DATE_OF_BIRTH)
    for date in dates:
        assert date in found


@pytest.mark.parametrize(
    "text",
    [
        # recent dates beside names with no household or roster word: dates of filing
        "Lịch hẹn:\nCon - Nguyễn Văn An - 02/12/2026\nCon - Nguyễn Văn Bình - 03/12/2026",
        # a relation's line whose dash holds no name
        "Quan hệ: Vợ – nộp hồ sơ – 22/03/2025\nQuan hệ: Con – nhận kết quả – 23/03/2025",
    ],
)
def test_dates_beside_relations_not_births(text: str) -> None:
    assert _found(text, EntityType.DATE_OF_BIRTH) == []


# -- a PDF table's rows run into one line: the birth year before the hamlet, the next row's
# number after the province --------------------------------------------------------------------


def test_rows_run_together_keep_year_and_row_number_out() -> None:
    text = (
        "Tách dòng: 1 Lò Thị Bun 1985 bản Hua Pàu, xã Thuận Châu, tỉnh Sơn La "
        "2 Cầm Văn Ỏi 1979 bản Nong Lay, xã Thuận Châu, tỉnh Sơn La"
    )
    assert _found(text, EntityType.ADDRESS) == [
        "bản Hua Pàu, xã Thuận Châu, tỉnh Sơn La",
        "bản Nong Lay, xã Thuận Châu, tỉnh Sơn La",
    ]
    assert _found(text, EntityType.DATE_OF_BIRTH) == ["1985", "1979"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Danh sách: Lò Văn Pọm 1968 thôn 3, xã Mường Bú, tỉnh Sơn La", "thôn 3, xã Mường Bú"),
        ("chi ay 1990 xom 4 xa nghia dan, nghe an", "xom 4 xa nghia dan"),
    ],
)
def test_year_before_hamlet_is_no_house_number(text: str, address: str) -> None:
    found = _found(text, EntityType.ADDRESS)
    assert found
    assert all(f.startswith(address) for f in found)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a unit's number is the address's, whatever follows
        ("Địa chỉ: tổ 2, phường 2 Quận Tân Bình", "phường 2"),
        ("Nơi ở: khu phố 3, phường Tân Phú, Quận 7", "Quận 7"),
    ],
)
def test_units_keep_their_numbers(text: str, address: str) -> None:
    assert any(f.endswith(address) or address in f for f in _found(text, EntityType.ADDRESS))


# -- an address cut by a line break: a quoted reply's marks, a page's footer and heading -------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "> Tôi là Trần Đăng Lưu, ở số 5 ngõ 34 phố Vĩnh Phúc,\n> phường Ngọc Hà, Hà Nội, xin",
            "số 5 ngõ 34 phố Vĩnh Phúc,\n> phường Ngọc Hà, Hà Nội",
        ),
        (
            ">> ông Khổng Văn Tư trú tại số 8 ngõ 2 phố Huế,\n>> phường Hai Bà Trưng, Hà Nội.",
            "số 8 ngõ 2 phố Huế,\n>> phường Hai Bà Trưng, Hà Nội",
        ),
        (
            "ông Mẫn Văn Sinh cư trú tại thôn Đông Hồ, xã\n- 1 -\nBIÊN BẢN HÒA GIẢI\n"
            "Thuận Thành, tỉnh Bắc Ninh và bà Cao Thị Nền",
            "thôn Đông Hồ, xã\n- 1 -\nBIÊN BẢN HÒA GIẢI\nThuận Thành, tỉnh Bắc Ninh",
        ),
        (
            "bà Lù Thị Dính trú tại bản Nà Sản, xã\n- 2 -\nMai Sơn, tỉnh Sơn La, đề nghị",
            "bản Nà Sản, xã\n- 2 -\nMai Sơn, tỉnh Sơn La",
        ),
    ],
)
def test_address_across_a_break_is_one_span(text: str, address: str) -> None:
    assert address in _found(text, EntityType.ADDRESS)


@pytest.mark.parametrize(
    "text",
    [
        # a paper's title in capitals is no village ("biên bản", "văn bản")
        "Theo BIÊN BẢN HÒA GIẢI\nThuận Thành, tỉnh Bắc Ninh ngày 3/12",
        "Gửi kèm VĂN BẢN Hướng dẫn, tỉnh Bắc Ninh",
    ],
)
def test_paper_titles_are_no_village(text: str) -> None:
    assert not any("BẢN" in f for f in _found(text, EntityType.ADDRESS))


def test_two_lines_of_two_offices_stay_apart() -> None:
    text = "Nơi ở: số 1 Lê Lợi, phường Hạc Thành\nNơi ở cũ: số 5 Trần Phú, phường Ba Đình"
    found = _found(text, EntityType.ADDRESS)
    assert not any("\n" in f for f in found)


# -- a hotel's room in a residence column --------------------------------------------------------


def test_hotel_room_under_residence_header() -> None:
    text = (
        "Họ tên\tHộ chiếu\tNơi lưu trú\n"
        "Takahashi Ryota\tTZ1847263\tphòng 502 khách sạn Sông Hàn, phường An Hải, TP Đà Nẵng"
    )
    assert _found(text, EntityType.ADDRESS) == [
        "phòng 502 khách sạn Sông Hàn, phường An Hải, TP Đà Nẵng"
    ]


def test_hotel_room_under_venue_header_not_widened() -> None:
    text = "| Đoàn | Địa điểm họp |\n| Sở Nội vụ | phòng 502 khách sạn Sông Hàn, phường An Hải |"
    assert not any(f.startswith("phòng") for f in _found(text, EntityType.ADDRESS))


# -- a house and street typed plain before a marked ward -------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Nguoi nop don: Dinh Thi Xuân, ngụ tại so 77 duong Ba Trieu, phường Hạc Thành, "
            "tỉnh Thanh Hóa, xin cấp lại",
            "so 77 duong Ba Trieu, phường Hạc Thành, tỉnh Thanh Hóa",
        ),
        (
            "thường trú tại 12 pho Hue, phường Hai Bà Trưng, Hà Nội",
            "12 pho Hue, phường Hai Bà Trưng, Hà Nội",
        ),
    ],
)
def test_plain_street_before_marked_ward(text: str, address: str) -> None:
    assert address in _found(text, EntityType.ADDRESS)


def test_plain_street_without_residence_cue_not_taken() -> None:
    text = "Hội nghị về so 77 duong Ba Trieu, phường Hạc Thành, tỉnh Thanh Hóa."
    assert not any(f.startswith("so 77") for f in _found(text, EntityType.ADDRESS))


# -- a field's label closed by a verb in lower case: no given name -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "STT 14 | Người đến: ông Giang Văn Thới | Cán bộ tiếp: chuyên viên phòng Tiếp dân",
        "Cán bộ tiếp: chuyên viên một cửa\nNội dung: hỏi thủ tục",
    ],
)
def test_label_verb_is_no_given_name(text: str) -> None:
    assert "tiếp" not in _found(text, EntityType.PERSON)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("cán bộ hùng: em gửi rồi nhé", "hùng"),
        ("Gặp cán bộ Hùng: anh ấy bảo nộp lại", "Hùng"),
    ],
)
def test_given_name_before_colon_still_read(text: str, name: str) -> None:
    assert name in _found(text, EntityType.PERSON)


# -- a list of agencies: each line opens with the agency, its address and switchboard after ":"


def test_agency_list_lines_are_public() -> None:
    text = (
        "Lập bảng liên hệ các cơ quan sau:\n"
        "- UBND phường Hạc Thành: số 37 đường Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa; "
        "ĐT 0237 3852 366\n"
        "- Công an phường Hạc Thành: số 12 đường Trần Phú, phường Hạc Thành, tỉnh Thanh Hóa"
    )
    assert list(check_prompt(text).findings) == []


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        # a person named on the agency's line: the phone and the address are theirs
        ("- UBND xã Yên Lạc: chị Lê Thị Hoa, ĐT 0237 3852 366", EntityType.PHONE, "0237 3852 366"),
        ("- Công an xã, anh Tùng: 0237 3852 366", EntityType.PHONE, "0237 3852 366"),
        # a person's own landline, a notebook's line: no agency opens them
        ("Số điện thoại nhà tôi: 0237 3852 366", EntityType.PHONE, "0237 3852 366"),
        ("- Sổ tay: ĐT 0237 3852 366", EntityType.PHONE, "0237 3852 366"),
        (
            "- Công an phường Hạc Thành: ông Lê Văn Nam, số 12 đường Trần Phú",
            EntityType.ADDRESS,
            "số 12 đường Trần Phú",
        ),
        (
            "Người khai: Lê Văn Nam\nĐịa chỉ: số 37 đường Lê Lợi, phường Hạc Thành",
            EntityType.ADDRESS,
            "số 37 đường Lê Lợi, phường Hạc Thành",
        ),
    ],
)
def test_persons_lines_keep_their_data(text: str, entity: EntityType, value: str) -> None:
    assert value in _found(text, entity)
