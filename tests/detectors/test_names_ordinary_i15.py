"""Names, birth years and addresses in a civil servant's ordinary work and typed chat (issue
15, the classes holdout24's first run missed), on probes of their own: a birth year right after
a name the person detector found, an old address and the new one after "nay là", a market named
as a landmark before the address, a name broken over two lines after an honorific, a
minority name whose surname no lexicon holds or whose given name is also a legal word."""

from __future__ import annotations

import pytest

from ai_guard import EntityType, check_prompt


def spans(text: str, entity: EntityType) -> list[str]:
    return [text[f.start : f.end] for f in check_prompt(text).findings if f.entity is entity]


# --- a birth year right after a name -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a Hmong child whose middle name "A" no Kinh lexicon holds
        (
            "Danh sách trẻ uống vitamin A: Giàng A Lử (2021), Sùng Thị Mỷ (2022) ở bản Tả Phìn",
            ["2021", "2022"],
        ),
        # a rare surname, one name alone
        ("Đề nghị hỗ trợ học phí cho em Cáp Văn Khởi (2011), nhà ở tổ 5 phường Tân Phú", ["2011"]),
        # a son named after "con trai": no honorific right before the name
        (
            "ghi lại: bà đặng thị hoa (1958) và con trai khổng văn lực (1986) cùng ký đơn",
            ["1958", "1986"],
        ),
        # a list typed on one line, "name - year - team", two rows or more
        (
            "tính phụ cấp: 1. vi văn toản - 1971 - đội 2 2. hà thị nhung - 1983 - đội 4",
            ["1971", "1983"],
        ),
        # a household: "Chủ hộ: name, year" and "Vợ: name, year" on their lines
        ("Kê khai hộ:\nChủ hộ: Vàng A Sình, 1979\nVợ: Lý Thị Dợ, 1982\n", ["1979", "1982"]),
    ],
)
def test_a_birth_year_after_a_found_name_is_a_birth_date(text: str, years: list[str]) -> None:
    assert sorted(spans(text, EntityType.DATE_OF_BIRTH)) == sorted(years)


@pytest.mark.parametrize(
    "text",
    [
        # one year set off by a comma after one name: the year of something else
        "Khen thưởng: ông Giàng A Lử, 2023, hoàn thành xuất sắc nhiệm vụ",
        # an age, a range: no birth year
        "Cụ Sùng Thị Mỷ (92 tuổi) ở bản Tả Phìn được mừng thọ",
        "Tiểu sử ông Giàng A Lử (1950-2020) viết giúp tôi",
    ],
)
def test_a_year_that_is_no_birth_year_stays_a_year(text: str) -> None:
    assert spans(text, EntityType.DATE_OF_BIRTH) == []


# --- addresses: "nay là", a landmark before -------------------------------------------------


def test_an_old_address_and_the_new_one_after_nay_la_are_two() -> None:
    text = (
        "Xác nhận bà Lê Thị Huệ thường trú tại thôn Đồng Chùa, xã Tân Lập, huyện Đan Phượng, "
        "thành phố Hà Nội (nay là thôn Đồng Chùa, xã Ô Diên, thành phố Hà Nội) từ năm 2001."
    )
    assert spans(text, EntityType.ADDRESS) == [
        "thôn Đồng Chùa, xã Tân Lập, huyện Đan Phượng, thành phố Hà Nội",
        "thôn Đồng Chùa, xã Ô Diên, thành phố Hà Nội",
    ]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a commune renamed in the bracket: one place, one span (holdout6's rule)
        (
            "Ông Tạ Văn Hòa ở tổ 2 khu 4 thị trấn Phùng cũ (nay là xã Đan Phượng, Hà Nội)",
            "tổ 2 khu 4 thị trấn Phùng cũ (nay là xã Đan Phượng, Hà Nội)",
        ),
    ],
)
def test_a_renamed_commune_stays_inside_the_address(text: str, address: str) -> None:
    assert spans(text, EntityType.ADDRESS) == [address]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Cháu bé đi lạc, nhà ở gần chợ Gạo thôn Bình Yên, xã Tân Hòa, tỉnh Đồng Tháp",
            "thôn Bình Yên, xã Tân Hòa, tỉnh Đồng Tháp",
        ),
        ("nha em o canh cho xom, to 4 phuong an lac, tp hcm", "to 4 phuong an lac, tp hcm"),
    ],
)
def test_a_market_named_as_a_landmark_is_outside_the_address(text: str, address: str) -> None:
    assert spans(text, EntityType.ADDRESS) == [address]


def test_a_kiosk_in_a_market_keeps_its_market() -> None:
    text = "Hộ kinh doanh của bà Lục Thị Mến, ki-ốt số 14 chợ Đồng Xuân, phường Hoàn Kiếm"
    assert spans(text, EntityType.ADDRESS) == ["ki-ốt số 14 chợ Đồng Xuân, phường Hoàn Kiếm"]


def test_a_residence_after_thuong_tru_is_no_given_name() -> None:
    text = "Xác nhận giúp: ông thường trú tại tổ 9, phường Quang Trung từ năm 1995"
    assert spans(text, EntityType.PERSON) == []


# --- names broken over two lines, minority names in lower case -------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bên nhận khoán là bà Đoàn\nMinh Nguyệt, thường trú tại xóm 3", "Đoàn\nMinh Nguyệt"),
        ("hồ sơ của ông đoàn minh\nquảng ở tổ 7 phường yên thế", "đoàn minh\nquảng"),
        ("nhờ gửi cho anh le quang\nvinh o thon 4 xa an phu", "le quang\nvinh"),
    ],
)
def test_a_name_broken_after_an_honorific_is_one_name(text: str, name: str) -> None:
    assert name in spans(text, EntityType.PERSON)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a surname no lexicon holds, "văn"/"thị", the given name, then "ở" and a hamlet
        ("hôm qua đã xuống nhà ông sìn văn chảo ở bản 3 để xác minh", "sìn văn chảo"),
        # an Ede man whose given name is also "thông" (of "thông tư"), his clan after it
        ("tổ công tác gồm cán bộ xã và y thông knul, nhờ viết biên bản", "y thông knul"),
    ],
)
def test_a_minority_name_in_lower_case_is_found(text: str, name: str) -> None:
    assert name in spans(text, EntityType.PERSON)


def test_a_legal_word_after_a_prefix_with_no_clan_stays_a_legal_word() -> None:
    assert spans("theo y thông tư 12 thì hồ sơ này đủ", EntityType.PERSON) == []


# --- nicknames in quotes, Japanese names no lexicon lists, a road's kilometre ---------------


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ('Bà Hoàng Thị Mận (thường gọi là "Mận Béo") ở xóm Bãi xin trợ cấp', "Mận Béo"),
        ("ong nong van khoa (hay goi la “khoa den”) o ban na ri", "khoa den"),
    ],
)
def test_a_quoted_nickname_after_a_name_is_a_name(text: str, nickname: str) -> None:
    assert nickname in spans(text, EntityType.PERSON)


def test_a_quoted_place_nickname_is_no_name() -> None:
    text = 'Khu vực thường gọi là "Bến Đá" ở phường Thạch Thang bị ngập sâu'
    assert spans(text, EntityType.PERSON) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lịch họp: chuyên gia Morimoto Takeshi trao đổi với tổ kỹ thuật", "Morimoto Takeshi"),
        ("Thư cảm ơn gửi Sachiko Kobayakawa đã tài trợ học bổng", "Sachiko Kobayakawa"),
    ],
)
def test_a_japanese_name_outside_the_lexicon_is_found(text: str, name: str) -> None:
    assert name in spans(text, EntityType.PERSON)


def test_a_road_kilometre_is_inside_the_address() -> None:
    text = "Địa chỉ hộ kinh doanh: Km 27 quốc lộ 20, thôn 3, xã Đinh Văn, tỉnh Lâm Đồng."
    assert spans(text, EntityType.ADDRESS) == [
        "Km 27 quốc lộ 20, thôn 3, xã Đinh Văn, tỉnh Lâm Đồng"
    ]


def test_sn_before_a_year_then_a_residence_is_a_birth_year() -> None:
    text = "xac nhan giup ong cao van ty sn 1949 thuong tru to 3 kp 5 p. an binh tp di an"
    assert spans(text, EntityType.DATE_OF_BIRTH) == ["1949"]
    assert spans(text, EntityType.ADDRESS) == ["to 3 kp 5 p. an binh tp di an"]


# --- a hamlet alone after a full name in chat, a flat typed in lower case ---------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("hôm nay đến thăm nhà bác khương văn thuận ở xóm bãi sậy, bác nhờ", "xóm bãi sậy"),
        ("con gai nha ong bay thanh o xom giua, nho xac nhan", "xom giua"),
    ],
)
def test_a_hamlet_after_an_honorific_and_a_name_is_an_address(text: str, address: str) -> None:
    assert spans(text, EntityType.ADDRESS) == [address]


def test_an_adverb_before_o_is_no_name_that_lives_there() -> None:
    text = "anh phung van tai con ong loc cung o thon 2 nhung da tach ho"
    assert "thon 2" not in spans(text, EntityType.ADDRESS)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "khách tên lã thị huyền ở căn 1507 tòa t3 times city hà nội phản ánh thang máy hỏng",
            "căn 1507 tòa t3 times city hà nội",
        ),
        (
            "em thuê phòng 906 tòa a2 khu đô thị việt hưng, chủ nhà chưa khai tạm trú",
            "phòng 906 tòa a2 khu đô thị việt hưng",
        ),
    ],
)
def test_a_flat_typed_in_lower_case_is_an_address(text: str, address: str) -> None:
    assert address in spans(text, EntityType.ADDRESS)


def test_a_court_after_a_room_is_no_flat() -> None:
    assert spans("hồ sơ nộp ở phòng 12 tòa án huyện", EntityType.ADDRESS) == []
