"""vn.address: addresses as people write them (issue 15): lower-case chat with and without
diacritics, streets without a unit word, all-caps forms, abbreviations, kiosks, flats, and
ethnic-minority residences; and the ordinary sentences that must stay clean."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import EntityType, check_prompt
from ai_guard.detectors.address import AddressDetector
from ai_guard.text import Document


def found(text: str) -> list[str]:
    return [text[d.start : d.end] for d in AddressDetector().detect(Document(text))]


def addresses(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.ADDRESS
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lower-case chat, with and without diacritics, after "ở" / "o"
        (
            "tôi là hoàng văn nam ở xóm 3 xã nghi phong huyện nghi lộc tỉnh nghệ an",
            "xóm 3 xã nghi phong huyện nghi lộc tỉnh nghệ an",
        ),
        (
            "toi la hoang van nam o xom 3 xa nghi phong huyen nghi loc tinh nghe an",
            "xom 3 xa nghi phong huyen nghi loc tinh nghe an",
        ),
        ("nhà tôi o so 5 ngo 12 pho hue ha noi", "so 5 ngo 12 pho hue ha noi"),
        ("nhà tôi ở số 5 ngõ 12 phố huế hà nội", "số 5 ngõ 12 phố huế hà nội"),
        (
            "em ở thôn đông hòa xã quỳnh lâm tỉnh nghệ an, cho em hỏi",
            "thôn đông hòa xã quỳnh lâm tỉnh nghệ an",
        ),
        # a street without a unit word before a known district or province
        ("17 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội", "17 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội"),
        ("gửi về 17 Tran Hung Dao, Hoan Kiem, Ha Noi nhé", "17 Tran Hung Dao, Hoan Kiem, Ha Noi"),
        ("số 8 Lý Thường Kiệt, TP Huế", "số 8 Lý Thường Kiệt, TP Huế"),
        (
            "Thường trú tại 18 Lý Thường Kiệt, phường Vĩnh Ninh, TP Huế.",
            "18 Lý Thường Kiệt, phường Vĩnh Ninh, TP Huế",
        ),
        # all capitals: whole, never cut mid-word
        (
            "ĐỊA CHỈ: 123 ĐƯỜNG LÊ LỢI, PHƯỜNG BẾN THÀNH, QUẬN 1, TP. HỒ CHÍ MINH",
            "123 ĐƯỜNG LÊ LỢI, PHƯỜNG BẾN THÀNH, QUẬN 1, TP. HỒ CHÍ MINH",
        ),
        # abbreviations, kiosks, flats
        ("Sn 12, ng. 45 Nguyễn Chí Thanh, Đống Đa", "Sn 12, ng. 45 Nguyễn Chí Thanh, Đống Đa"),
        (
            "ki-ốt số 12 chợ Đồng Xuân, Hoàn Kiếm, Hà Nội",
            "ki-ốt số 12 chợ Đồng Xuân, Hoàn Kiếm, Hà Nội",
        ),
        ("kiot 5 chợ Bến Thành, Quận 1", "kiot 5 chợ Bến Thành, Quận 1"),
        (
            "P.1205 tòa CT2 KĐT Văn Quán, Hà Đông, Hà Nội",
            "P.1205 tòa CT2 KĐT Văn Quán, Hà Đông, Hà Nội",
        ),
        (
            "căn hộ A3-12 chung cư Hoàng Anh Gia Lai, Quận 7, TP.HCM",
            "căn hộ A3-12 chung cư Hoàng Anh Gia Lai, Quận 7, TP.HCM",
        ),
        (
            "Dia chi: can ho B-1504, chung cu Sunrise, so 25 Nguyen Huu Tho, phuong Tan Hung",
            "can ho B-1504, chung cu Sunrise, so 25 Nguyen Huu Tho, phuong Tan Hung",
        ),
        ("Địa chỉ: 5 kiệt 12 Phan Đình Phùng, TP Huế", "5 kiệt 12 Phan Đình Phùng, TP Huế"),
        ("tổ dân phố 7, TT. Đông Anh, H. Đông Anh", "tổ dân phố 7, TT. Đông Anh, H. Đông Anh"),
        ("KP 4, P. Linh Trung, TP. Thủ Đức", "KP 4, P. Linh Trung, TP. Thủ Đức"),
        # ethnic-minority residences
        ("buôn Ko Tam, xã Ea Tu, Đắk Lắk", "buôn Ko Tam, xã Ea Tu, Đắk Lắk"),
        ("plei Ring, xã Ia Kênh, Gia Lai", "plei Ring, xã Ia Kênh, Gia Lai"),
        (
            "bản Nà Sang, xã Mường Phăng, tỉnh Điện Biên",
            "bản Nà Sang, xã Mường Phăng, tỉnh Điện Biên",
        ),
        (
            "phum Srắc Tuk, xã Ô Lâm, huyện Tri Tôn, An Giang",
            "phum Srắc Tuk, xã Ô Lâm, huyện Tri Tôn, An Giang",
        ),
        ("sóc Tà Ân, xã Tà Ân, Sóc Trăng", "sóc Tà Ân, xã Tà Ân, Sóc Trăng"),
        ("ban na sang, xa muong cha, tinh dien bien", "ban na sang, xa muong cha, tinh dien bien"),
        (
            "tôi ở bản hụa la, phường chiềng sinh, tỉnh sơn la",
            "bản hụa la, phường chiềng sinh, tỉnh sơn la",
        ),
        (
            "o ban sang nhu xa pa vay su tinh tuyen quang",
            "ban sang nhu xa pa vay su tinh tuyen quang",
        ),
        # lower-case streets: after a number before a chain, after a lane's number, before
        # known places that end on a province; lower-case "tp" before a known city
        ("dia chi: 17 tran hung dao, hoan kiem, ha noi", "17 tran hung dao, hoan kiem, ha noi"),
        ("em ở 17 trần hưng đạo, hoàn kiếm, hà nội", "17 trần hưng đạo, hoàn kiếm, hà nội"),
        ("nha em o 58 tran phu, tp hue nhe", "58 tran phu, tp hue"),
        ("nhà em ở kiệt 45 hùng vương, tp huế", "kiệt 45 hùng vương, tp huế"),
        ("o so 12 ngo 5 tp hcm", "so 12 ngo 5 tp hcm"),
        ("nha o so 5 ngo 12 pho ba trieu, hue, nhe", "so 5 ngo 12 pho ba trieu, hue"),
        ("58 tran phu, hue, viet nam", "58 tran phu, hue, viet nam"),
        ("17 Lê Lợi, Huế, Việt Nam", "17 Lê Lợi, Huế, Việt Nam"),
        # the whole chain: the country and a short province name after it
        (
            "số 5, ngõ 12 Láng Hạ, Đống Đa, Hà Nội, Việt Nam",
            "số 5, ngõ 12 Láng Hạ, Đống Đa, Hà Nội, Việt Nam",
        ),
        (
            "ĐC: Số 7, Ngõ 3, Phố Hàng Bạc, Q. Hoàn Kiếm, HN",
            "Số 7, Ngõ 3, Phố Hàng Bạc, Q. Hoàn Kiếm, HN",
        ),
        (
            "nha o 58 tran phu, phuong 4, quan 5, tp hcm nhe",
            "58 tran phu, phuong 4, quan 5, tp hcm",
        ),
        (
            "so 25 ngo 102 truong chinh, phuong kim lien, ha noi",
            "so 25 ngo 102 truong chinh, phuong kim lien, ha noi",
        ),
    ],
)
def test_addresses_as_people_write_them(text: str, expected: str) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "tuyến đường Trần Hưng Đạo đang sửa",
        "tuyen duong Tran Hung Dao dang sua",
        "Hà Nội mưa lớn",
        "ra Hà Nội công tác",
        "toi o ha noi",
        "o ha noi mua lon",
        "UBND phường Bến Thành",
        "Sở Tư pháp tỉnh Nghệ An",
        "Chi cục THADS quận 1",
        "ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC",
        "UY BAN NHAN DAN HUYEN DONG PHU",
        "Kính gửi: Thuế cơ sở 3 thành phố Hà Nội",
        "lúc 17 giờ",
        "Điều 17, Khoản 2",
        "Điều 17 Luật Cư trú, Hà Nội",
        "tôi ở nhà",
        "anh o day nhe",
        "so sánh hai bản án",
        "bản án nghĩa là gì",
        "ban an nghia la gi",
        "làng nghề truyền thống ở Hà Nội",
        "ban giám đốc họp",
        "so voi nam ngoai",
        "anh ấy ở xã bên",
        "tình hình quản lý số 5",
        "tinh hinh quan ly so 5",
        "xa hoi chu nghia viet nam",
        "quan trong la phai o xa nha",
        "tỉnh táo đi đường xa",
        "phương án ở phường này",
        "chợ Bến Thành đông khách",
        "giao cho Nguyễn Văn An, phường Bến Thành xử lý",
        "gửi bản giấy gửi về phòng 208",
        "lúc 17 giờ sáng nay, hà nội mưa",
        "nam 2024 tang truong manh, ha noi dan dau",
        "toi co 3 con meo, ha noi",
        "co 58 nguoi, tp hue",
        "17 tran hung dao, hoan kiem",
        "tp hồ chí minh mưa to",
        "số 5 đường dây nóng, hà nội",
        "phổ biến đường lối, chính sách",
        "Ban chỉ đạo tỉnh Nghệ An họp",
        "ban chi dao tinh nghe an hop",
    ],
)
def test_ordinary_sentences_stay_clean(text: str) -> None:
    assert found(text) == []


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["3", "12", "7A"]),
    st.sampled_from(["nghi phong", "quynh lam", "tan phu"]),
    st.sampled_from(["nghe an", "ha noi", "binh phuoc", "thanh hoa"]),
    st.sampled_from(["toi o ", "nha em o ", "dia chi: ", ""]),
    st.booleans(),
)
def test_lower_case_chat_chains_are_found_whole(
    number: str, commune: str, province: str, lead: str, upper: bool
) -> None:
    address = f"xom {number} xa {commune} tinh {province}"
    if upper:
        address = address.upper()
    text = f"{lead}{address}, giup minh voi"
    assert found(text) == [address]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count or an article before the chain is not its street
        ("có 58 người, phường 4, quận 5", "phường 4, quận 5"),
        ("Điều 12 luật này, phường 4, quận 5", "phường 4, quận 5"),
        ("tong 12 chiec xe, phuong 4, quan 5", "phuong 4, quan 5"),
    ],
)
def test_a_number_before_a_chain_is_a_street_only_when_it_reads_as_one(
    text: str, expected: str
) -> None:
    assert found(text) == [expected]


def test_check_prompt_redacts_the_whole_chain() -> None:
    text = "tôi ở xóm 3 xã nghi phong huyện nghi lộc tỉnh nghệ an nhé"
    assert addresses(text) == ["xóm 3 xã nghi phong huyện nghi lộc tỉnh nghệ an"]
    assert "nghệ an" not in check_prompt(text).redacted_text


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # chat types no comma: the street after a lane's number ends at the next unit word
        (
            "ông phát ở kiệt 42 nguyễn chí thanh phường phú xuân tp huế xin sửa nhà",
            "kiệt 42 nguyễn chí thanh phường phú xuân tp huế",
        ),
        ("hẻm 58/3 lê văn sỹ phường 13 quận 3", "hẻm 58/3 lê văn sỹ phường 13 quận 3"),
        (
            "ngõ 102 trường chinh, phường khương mai, hà nội",
            "ngõ 102 trường chinh, phường khương mai, hà nội",
        ),
    ],
)
def test_a_lower_case_street_after_a_lane_number_is_kept_whole(text: str, address: str) -> None:
    assert addresses(text) == [address]


@pytest.mark.parametrize(
    "text",
    ["ngõ 5 có 3 nhà xã hội hóa", "ngõ 12 vào phường họp", "hẻm 5 nhiều nhà quá phường phải xử lý"],
)
def test_words_after_a_lane_number_are_no_street_unless_a_place_follows(text: str) -> None:
    assert addresses(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # "hồ sơ" typed without diacritics, then "về": no agency ("Sở ...") before the address
        (
            "giao ho so ve khu pho 3 phuong tan dinh tp ho chi minh cho a thinh",
            "khu pho 3 phuong tan dinh tp ho chi minh",
        ),
        (
            "giao ho so ve khu phố 3 phường tân định tp hồ chí minh cho a",
            "khu phố 3 phường tân định tp hồ chí minh",
        ),
    ],
)
def test_a_preposition_after_so_makes_no_agency(text: str, address: str) -> None:
    assert addresses(text) == [address]


@pytest.mark.parametrize("text", ["Sở Tư pháp tỉnh Nghệ An", "So Xay dung tinh Nghe An"])
def test_an_agency_named_before_its_province_is_still_no_address(text: str) -> None:
    assert addresses(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "bà ba bán hàng ở ki ốt số 12 chợ đồng xuân phường hoàn kiếm hà nội bị mất trộm",
            "ki ốt số 12 chợ đồng xuân phường hoàn kiếm hà nội",
        ),
        (
            "địa chỉ giao hàng: kiot 45 chợ bến thành phường bến thành tp hcm, người nhận",
            "kiot 45 chợ bến thành phường bến thành tp hcm",
        ),
    ],
)
def test_a_market_in_lower_case_after_a_kiosk(text: str, address: str) -> None:
    assert addresses(text) == [address]


@pytest.mark.parametrize(
    "text",
    ["đi chợ mua rau ở phường 5", "mẹ đi chợ đồng xuân phường hoàn kiếm", "cho em hỏi thủ tục"],
)
def test_a_market_without_a_kiosk_is_no_address_part_in_lower_case(text: str) -> None:
    assert addresses(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "gui giay moi ve so 17 tran hung dao hoan kiem ha noi cho ong",
            "so 17 tran hung dao hoan kiem ha noi",
        ),
        ("gui ve 17 tran hung dao hoan kiem ha noi", "17 tran hung dao hoan kiem ha noi"),
        ("ở số 17 trần hưng đạo hoàn kiếm hà nội", "số 17 trần hưng đạo hoàn kiếm hà nội"),
    ],
)
def test_a_bare_street_after_so_or_ve_with_district_and_province(text: str, address: str) -> None:
    assert addresses(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "ve so 3 khoan 2 dieu 5 ha noi",
        "so 17 nguoi o hoan kiem ha noi",
        "quyết định số 12 ubnd hà nội",
    ],
)
def test_numbers_after_so_are_no_street_without_one(text: str) -> None:
    assert addresses(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a 2025 ward named with a dash: its second half is no separate place
        (
            "trú tại phường Văn Miếu - Quốc Tử Giám, Hà Nội.",
            "phường Văn Miếu - Quốc Tử Giám, Hà Nội",
        ),
        ("trú tại xã Tam Đường - Tỉnh Lai Châu", "xã Tam Đường - Tỉnh Lai Châu"),
        # a building's code between a room and its estate
        (
            "Gửi anh Quân, phòng 203 nhà B4 khu tập thể Thành Công, Hà Nội",
            "phòng 203 nhà B4 khu tập thể Thành Công, Hà Nội",
        ),
        (
            "ở phòng 203, nhà B4, khu tập thể Thành Công, Hà Nội",
            "phòng 203, nhà B4, khu tập thể Thành Công, Hà Nội",
        ),
    ],
)
def test_no_part_of_the_address_is_left_visible(text: str, address: str) -> None:
    assert addresses(text) == [address]


def test_a_room_and_building_alone_are_no_address() -> None:
    assert addresses("phòng 203 nhà B4 đã sửa xong") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "bà liên sn 12 ng 45 phố vọng phường bạch mai hà nội đề nghị cấp lại giấy",
            "sn 12 ng 45 phố vọng phường bạch mai hà nội",
        ),
        ("ở số 8 ng 12 phố huế hà nội", "số 8 ng 12 phố huế hà nội"),
    ],
)
def test_ng_without_its_dot_is_a_lane_after_a_house_number(text: str, address: str) -> None:
    assert addresses(text) == [address]


def test_ng_elsewhere_is_no_lane() -> None:
    assert addresses("có 45 ng đến họp") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "bà pỏm ở bản lác xã mai châu tỉnh phú thọ mở quán ăn",
            "bản lác xã mai châu tỉnh phú thọ",
        ),
        (
            "ở thôn 3 xã nghi phong huyện nghi lộc tỉnh nghệ an mở quán",
            "thôn 3 xã nghi phong huyện nghi lộc tỉnh nghệ an",
        ),
    ],
)
def test_a_province_is_whole_before_a_word_that_folds_to_a_lower_unit(
    text: str, address: str
) -> None:
    # "quán" folds to "quan" (quận): no district follows a province, so "mở" ends the name
    assert addresses(text) == [address]
