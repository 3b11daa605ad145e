"""vn.address: addresses typed in chat and lower case (issue 15, eleventh session): a lane
with its number and its street named after a person, alone after "ở" or a residence cue
("ở kiệt 18 Nguyễn Chí Thanh", "kiet 5 nguyen lo trach roi do", "ngõ 190 lò đúc, hà nội"),
a room one rents ("thuê phòng trọ tại hẻm ...": no department "Phòng"), and the room, flat,
estate, hotel or pagoda typed between a residence cue and the chain, inside the address ("tạm
trú tại phòng 902 khách sạn Mường Thanh, 36 đường ..."); a household's hamlet in brackets
after its name ("hộ Đoàn Văn Lừng (thôn Hạ Vĩnh)") and a hamlet heading the households listed
on its line ("Thôn Bình Minh: Diêm Văn Chắt 40kg, ..."). Beside each, the sentences around the
same words that must stay clean or keep the chain alone."""

from __future__ import annotations

import pytest

from ai_guard.detectors.address import AddressDetector
from ai_guard.text import Document


def found(text: str) -> list[str]:
    return [text[d.start : d.end] for d in AddressDetector().detect(Document(text))]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a lane, its number and its street, alone after "ở"
        (
            "Tôi là Tôn Nữ Thị Hoa, năm nay 70 tuổi, ở kiệt 18 Nguyễn Chí Thanh. Con trai tôi",
            "kiệt 18 Nguyễn Chí Thanh",
        ),
        ("bà hoa ở ngõ 18 nguyễn chí thanh. con trai bà", "ngõ 18 nguyễn chí thanh"),
        # chat: the street's syllables are everyday words too ("lộ", "chí"), then "rồi"
        ("tèo bị bắt vì trộm gà ở kiệt 5 nguyễn lộ trạch rồi đó", "kiệt 5 nguyễn lộ trạch"),
        ("teo bi bat vi trom ga o kiet 5 nguyen lo trach roi do", "kiet 5 nguyen lo trach"),
        ("o hem 42 tran van giau nhe", "hem 42 tran van giau"),
        # a lane's street whose surname is a counting word ("lò", "lô"), then its city
        (
            "chị ngọc bán hàng online o so 5 ngach 34 ngo 190 lo duc, ha noi, doanh thu 600tr",
            "so 5 ngach 34 ngo 190 lo duc, ha noi",
        ),
        # a room one rents is no department: the address after it stays found
        (
            "Bà Trầm Thị Kim Ngân, thuê phòng trọ tại hẻm 214/17 Bùi Đình Túy, phường Bình"
            " Thạnh, TP Hồ Chí Minh. Chủ trọ là bà Tạ Thị Tư.",
            "hẻm 214/17 Bùi Đình Túy, phường Bình Thạnh, TP Hồ Chí Minh",
        ),
    ],
)
def test_found(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        # no one lives or is found there: a lane and street in the news
        "Vụ cháy ngõ 18 Nguyễn Chí Thanh hôm qua đã được dập tắt.",
        # chat's words after a lane's number, no street's name
        "ở ngõ 5 lê rồi",
        "o ngo 5 nha toi nhe",
        "ở ngõ 5 với anh ấy",
        # a department after "Phòng" keeps the agency's area out
        "Kính gửi: Phòng Kinh tế phường Hội An Tây, tỉnh Quảng Nam.",
    ],
)
def test_not_found(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a hotel room, then its hotel's address
        (
            "Ông Lee, hộ chiếu số 358216047, tạm trú tại phòng 902 khách sạn Mường Thanh, 36"
            " đường Hoàng Quốc Việt, phường Cam Đường, tỉnh Lào Cai từ ngày 01/12/2026.",
            "phòng 902 khách sạn Mường Thanh, 36 đường Hoàng Quốc Việt, phường Cam Đường,"
            " tỉnh Lào Cai",
        ),
        # a pagoda where a monk registers his residence
        (
            "Sư Thạch Sol đề nghị đăng ký thường trú tại chùa Sà Lôn, ấp Sà Lôn, xã Phú Lợi,"
            " tỉnh Cần Thơ.",
            "chùa Sà Lôn, ấp Sà Lôn, xã Phú Lợi, tỉnh Cần Thơ",
        ),
        # a flat, its block and its estate in lower case, before the street and ward
        (
            "ông ngoạn hiện ở căn hộ 1507 tòa b2, chung cư hòa bình green, 376 bưởi, phường"
            " ngọc hà, hà nội, không có tài sản",
            "căn hộ 1507 tòa b2, chung cư hòa bình green, 376 bưởi, phường ngọc hà, hà nội",
        ),
        (
            "tam tru cua chi ngoc tuyet o can 1208 toa b2 chung cu the sun p.me tri hn, chu nha",
            "can 1208 toa b2 chung cu the sun p.me tri hn",
        ),
    ],
)
def test_premises_before_the_chain(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # no residence cue before the pagoda: a visit, the chain alone
        (
            "Đoàn đi thăm chùa Sà Lôn, ấp Sà Lôn, xã Phú Lợi, tỉnh Cần Thơ, nhà ông Sơn ở số 5"
            " đường Trần Phú, phường Ninh Kiều.",
            "số 5 đường Trần Phú, phường Ninh Kiều",
        ),
        # a room of something else ("của"), or a sentence between
        (
            "Bà ở phòng 5 của nhà con gái, số 12 đường Lê Lợi, phường Vĩnh Ninh.",
            "số 12 đường Lê Lợi, phường Vĩnh Ninh",
        ),
        (
            "Tôi ở phòng 5. Nhà chị Lan tại số 12 đường Lê Lợi, phường Vĩnh Ninh.",
            "số 12 đường Lê Lợi, phường Vĩnh Ninh",
        ),
    ],
)
def test_premises_elsewhere_stay_out(text: str, address: str) -> None:
    assert address in found(text)
    assert all(not a.startswith(("chùa", "phòng")) for a in found(text))


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        # a household's word, its name, then its hamlet in brackets
        (
            "Danh sách hộ được hưởng chính sách: hộ Đoàn Văn Lừng (thôn Hạ Vĩnh), hộ Vũ Thị Nụ"
            " (thôn Phú Lương).",
            ["thôn Hạ Vĩnh", "thôn Phú Lương"],
        ),
        # in chat the name runs to the bracket ("vinh" is no new component there)
        (
            "danh sach: ho doan van lung (thon ha vinh), ho vu thi nu (thon phu luong).",
            ["thon ha vinh", "thon phu luong"],
        ),
        # a hamlet heading its households, capitalised or typed plain
        (
            "Bà con được hỗ trợ giống theo từng thôn:\nThôn Bình Minh: Diêm Văn Chắt 40kg,"
            " Quách Thị Hường 25kg.\nThôn Đông Hải: Mạc Văn Tịnh 30kg.",
            ["Thôn Bình Minh", "Thôn Đông Hải"],
        ),
        ("ho tro giong:\nthon binh minh: diem van chat 40kg", ["thon binh minh"]),
    ],
)
def test_hamlets_of_listed_households(text: str, addresses: list[str]) -> None:
    assert found(text) == addresses


@pytest.mark.parametrize(
    "text",
    [
        # a heading over no one, a meeting in brackets after no person
        "Thôn Bình Minh: Tổ chức họp lúc 8h sáng thứ Hai.",
        "Lịch họp:\nThôn 3: họp dân lúc 19h.",
        "họp với anh em (thôn Hạ Vĩnh) hôm qua",
    ],
)
def test_hamlets_over_no_household(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a house's own word and a residents' group, numbers both
        ("- Bà Ninh Thị Gái, 1944, Sn 88 tổ 3, sống một mình", "Sn 88 tổ 3"),
        # a numbered hamlet inside a named one, after "ở"
        ("ong ha van dau o xom 3 thon lang coi, nha ong bi ngap", "xom 3 thon lang coi"),
        # a street named after a person whose surname is a counting word ("tô", "tổ")
        (
            "- kieu van ngu, 1962, 57 to hien thanh, phuong phuoc hai, tinh khanh hoa\n- phan",
            "57 to hien thanh, phuong phuoc hai, tinh khanh hoa",
        ),
        # a kiosk rented ("thuê", typed plain, is no tax office "Thuế")
        (
            "ong zhang va ba wang thue ki ot so 14 cho mong cai, phuong mong cai 1, tinh quang"
            " ninh, nguoi bao lanh la anh vi",
            "ki ot so 14 cho mong cai, phuong mong cai 1, tinh quang ninh",
        ),
        # a meeting and its time after the ward, in chat
        (
            "moi ba tu voi chu bay o to 12 khu pho 2, phuong an khanh hop luc 19h thu 6",
            "to 12 khu pho 2, phuong an khanh",
        ),
    ],
)
def test_numbers_and_words_of_chat(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "Ghi chú: số 3, tổ 4 của biểu mẫu.",
        "có 57 tổ dân phố trên địa bàn",
        "ở xóm 3 thôn này ai cũng biết",
    ],
)
def test_counts_stay_counts(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a house's number with its letter on its street, after "ở", no ward typed
        (
            "Chủ nhà trình bày ông Mạc Đăng Khởi, ở 43B Hàng Chuối, để xe chắn cửa.",
            "43B Hàng Chuối",
        ),
        ("Địa chỉ: 12A Trần Phú.", "12A Trần Phú"),
        # a flat in a block of a named estate, no ward typed
        (
            "chị ánh sdt 0334 908 152 ở p1203 tòa ct2 khu đô thị văn khê. lúc đó khoảng 21h",
            "p1203 tòa ct2 khu đô thị văn khê",
        ),
        (
            "chi anh sdt 0334 908 152 o p1203 toa ct2 khu do thi van khe. luc do khoang 21h",
            "p1203 toa ct2 khu do thi van khe",
        ),
    ],
)
def test_a_house_or_a_flat_without_its_ward(text: str, address: str) -> None:
    assert address in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a venue, a count, a plain number before an agency
        "Họp tại 12/4 Lê Lợi.",
        "Địa điểm: 5A Lý Thái Tổ.",
        "ông ở 2 Bộ Công an.",
    ],
)
def test_venues_and_counts_stay_clean(text: str) -> None:
    assert found(text) == []
