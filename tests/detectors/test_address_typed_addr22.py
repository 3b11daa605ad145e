"""Addresses as people type them (issue 15, i15-addr22): a numbered hamlet or residents' group
and its commune's name with no unit word ("xóm 2 nghi thu"), a village, a comma and its commune
("xóm trại, yên phong"), a hamlet's third syllable ("thôn phú xuân hạ"), a house on a numbered
road before its ward, a group or numbered street then a named hamlet after a house's number, a
lot in an urban area, a flat in an estate; streets listed for a notice and a venue a route goes
to are no one's home. Each family with the forms it arrives in (with and without diacritics)
and the ordinary words it must leave alone."""

from __future__ import annotations

import pytest

from ai_guard import check_prompt
from ai_guard.models import EntityType


def _addresses(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.ADDRESS
    ]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a numbered hamlet or group, then its commune's name with no unit word
        ("dia chi xom 2 nghi thu, chi lam cong nhan", "xom 2 nghi thu"),
        ("địa chỉ xóm 2 nghi thu, chị làm công nhân", "xóm 2 nghi thu"),
        ("tranh chap ranh dat o ap 3 tan thanh, hai ben deu co so do", "ap 3 tan thanh"),
        ("tranh chấp ranh đất ở ấp 3 tân thạnh, hai bên đều có sổ đỏ", "ấp 3 tân thạnh"),
        ("tat ca o to 11 an hoa. tinh giup so tien mua the", "to 11 an hoa"),
        ("tất cả ở tổ 11 an hòa. tính giúp số tiền", "tổ 11 an hòa"),
        ("ong kha van bay o thon 4 ea tieu vua bao mat trau", "thon 4 ea tieu"),
        ("bác năm ở ấp 2 mỹ hiệp nhờ viết đơn", "ấp 2 mỹ hiệp"),
        ("bé su con chị trâm ở tổ 7 kp 3 tân phong sinh 12/9/2025", "tổ 7 kp 3 tân phong"),
        ("sn 1981, que xom 7 hung dong. can dinh chinh", "xom 7 hung dong"),
        # a village, a comma, then its commune's name
        ("hồ sơ của bà gái ở xóm trại, yên phong ai giữ vậy", "xóm trại, yên phong"),
        ("ông khuyên ở làng kép, ia hrung, có trong diện hỗ trợ", "làng kép, ia hrung"),
        ("nhà em ở bản hua la, chiềng cơi, đến trường thứ 5", "bản hua la, chiềng cơi"),
        # a hamlet's third syllable that splits a village in parts
        ("ông phát ở thôn phú xuân hạ góp tiền làm cầu", "thôn phú xuân hạ"),
        ("ong phat o thon phu xuan ha, gop tien lam cau", "thon phu xuan ha"),
        # a house on a numbered road, then its ward's name
        ("ba sau o 41 duong 9 binh trung tu thang 1/2027", "41 duong 9 binh trung"),
        # a house's number, a group or numbered street, then the hamlet by its name
        ("dia chi ba 17 to 5 ap binh an", "17 to 5 ap binh an"),
        ("địa chỉ ông 42 đường số 3 ấp phú hòa, địa chỉ bà ...", "42 đường số 3 ấp phú hòa"),
        # a lane in a hamlet, a lot in an urban area, a flat in an estate and its ward
        ("con trai sdt 0392 157 834, nha o ngo 3 xom chua. soan tin", "ngo 3 xom chua"),
        (
            "chieu nay di kiem tra cong trinh o lo 5 khu dan cu bac song cau nha ong vien",
            "lo 5 khu dan cu bac song cau",
        ),
        (
            "dia chi can ho A2-1105 chung cu sky garden phuong tan my, ho chieu 058217394",
            "can ho A2-1105 chung cu sky garden phuong tan my",
        ),
        # a house's number, its numbered street, then the urban area by its name
        (
            "bà nội em là thái thị gấm ở số 3 đường số 12 khu dân cư hồng loan, bà muốn",
            "số 3 đường số 12 khu dân cư hồng loan",
        ),
        # a house's number and a street named as a person or an old trade, after someone and
        # "ở"
        ("chị ơi bà hạnh ở 67 hàng bông gọi hỏi giấy phép", "67 hàng bông"),
        ("ông tám ở 12 lê văn sỹ gọi hỏi", "12 lê văn sỹ"),
        ("ong tam o 12 le van sy goi hoi", "12 le van sy"),
        ("nhà em ở 17 trần hưng đạo nhé", "17 trần hưng đạo"),
        # Ede villages right after their people's names
        ("ds ho ngheo: ong y phoi nie buon ea ktur, ba h'lum mlo buon ea ktur", "buon ea ktur"),
        # a hamlet after a lower-case full name and "ở"
        ("con a trieu duc luong va c lam thi hoa o thon khuoi phat xin hoc", "thon khuoi phat"),
        # a lane's street, then "tomorrow at 8"
        (
            "bao ba giang o so 12 ngo 7 to hien thanh mai 8h len xa ky giay",
            "so 12 ngo 7 to hien thanh",
        ),
        # "sn" and a birth year is no house on a street: the house after it is the address
        (
            "hs ong Nguyen Tri Dung sn 1957 la cuu chien binh, nha so 9 duong 30/4 nhe",
            "so 9 duong 30/4",
        ),
    ],
)
def test_typed_address_found_whole(text: str, address: str) -> None:
    assert address in _addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        # a group's or hamlet's number, then ordinary words
        "tổ 3 họp lúc 8h tối nay",
        "to 3 hop luc 8h toi nay",
        "xóm 2 người già neo đơn",
        "tổ 3 hòa giải xong.",
        "tổ 5 thanh niên.",
        "to 3 tan ca roi",
        "tổ 2 tiên phong.",
        "tổ 3 năm nay.",
        "to 3 dong tien roi",
        "xom 2 nam nguoi.",
        "tổ 3 tân trang nhà.",
        "tổ 1 gồm 5 người, tổ 2 an toàn.",
        "đội 3 thành lập năm 2020.",
        # a village and a comma, then ordinary words
        "ở thôn 3, hôm qua mưa to",
        "ở xóm trại, bà con vui lắm",
        # numbers, amounts, dates and articles
        "số 5 điều 12 luật đất đai",
        "lô 5 hàng về chiều nay",
        "giá 45 nghìn đồng, ngày 30/4 nghỉ lễ",
        # a numbered road in prose, with no house on it
        "xe chạy trên đường 9 an toàn",
        "duong 9 binh thuong dong xe",
        # a number after "ở" that is no house: a row, people, a time
        "bà ấy ở 5 hàng ghế đầu nhé",
        "ông ở 3 người nhà",
        "anh ở 2 năm rồi",
        "em ở 12 tháng nay",
        # "buôn" (sad) after a name
        "ksor nhin buon qua",
        "anh y dhung ksor buon ngu roi",
        # an English preposition before a street and its number
        "please send the parcel to 15 Tran Phu street",
    ],
)
def test_ordinary_words_stay_clean(text: str) -> None:
    assert _addresses(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # streets listed for a notice: an area, no one's home
        "Soạn thông báo cắt điện: ngày 14/12/2026 từ 7h đến 17h tạm ngừng cấp điện các tuyến "
        "phố Phan Đình Phùng, Hoàng Diệu, Điện Biên Phủ, phường Ba Đình để bảo dưỡng lưới.",
        "thong bao cam duong cac tuyen pho Hang Bai, Trang Tien, phuong Hoan Kiem",
        # a venue a route is asked to
        "Tìm giúp lộ trình xe buýt từ bến xe Giáp Bát đến quán cà phê ở số 45 đường Nguyễn Văn "
        "Cừ, gần Trường THPT Trần Phú, để chiều nay họp nhóm.",
        "chi duong giup den nha hang tai so 12 pho Hue, phuong Hai Ba Trung",
    ],
)
def test_listed_streets_and_venues_are_no_address(text: str) -> None:
    assert _addresses(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # "sinh (năm)" and a birth year before the residence: the year is no house's number
        (
            "cho ba khuc thi tham sn 1957 thuong tru to 7 kp 2 p. tan phong tp bien hoa dong "
            "nai, ba tham can gap",
            "to 7 kp 2 p. tan phong tp bien hoa dong nai",
        ),
        (
            "ông tạ văn cảnh sinh 1948 sống một mình ở xóm trại xã hưng đạo phú thọ, xóm hay",
            "xóm trại xã hưng đạo phú thọ",
        ),
    ],
)
def test_birth_year_stays_out_of_the_address(text: str, address: str) -> None:
    assert address in _addresses(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a person's shop, a home on a listed street: their addresses still
        (
            "anh Vinh chủ tiệm thuốc bắc ở số 134 Triệu Quang Phục, phường Chợ Lớn nhờ dịch",
            "số 134 Triệu Quang Phục, phường Chợ Lớn",
        ),
        ("nhà ông ở phố Phan Đình Phùng, phường Ba Đình", "phố Phan Đình Phùng, phường Ba Đình"),
    ],
)
def test_homes_and_shops_stay_addresses(text: str, address: str) -> None:
    assert address in _addresses(text)
