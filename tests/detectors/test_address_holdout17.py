"""vn.address: residences as chat types them (issue 15, holdout17's shapes), each beside the
sentences around the same words that must stay clean: a hamlet after "ở" and who lives there
("nhà ở thôn trà lộc"; not "ở xóm trọ"), a village after "trú", a village and its commune
after the writer's own full name, a hamlet's numbered team ("đội 5 thôn ..."), a house's
number in a hamlet after "nhà", a commune's last syllable at the end of a message or before a
phone ("xã vinh lam", "xã tân phú đông 0788 ..."), where a ward's name ends ("phường linh
xuân từ tháng 8", "p. phu loi chia sao", "xã tiên lữ ạ"), chat's lower-case "p." after a
street, an old district typed bare after a comma, a lane's street named as a person before a
chat word."""

from __future__ import annotations

import pytest

from ai_guard.detectors.address import AddressDetector
from ai_guard.text import Document


def found(text: str) -> list[str]:
    return [text[d.start : d.end] for d in AddressDetector().detect(Document(text))]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a hamlet after "ở" and who lives there, its name of two words or more
        ("cụ đi khỏi nhà ở thôn trà lộc từ sáng 1/12", "thôn trà lộc"),
        ("cu di khoi nha o thon tra loc tu sang 1/12", "thon tra loc"),
        ("người giám hộ là ông dìn, nhà ở thôn lùng phình. em chẩn", "thôn lùng phình"),
        ("nha o thon lung phinh. em chan", "thon lung phinh"),
        # a village after "trú"
        ("ông nay blơ trú plei ia hrung, có giấy tờ", "plei ia hrung"),
        ("ong nay blo tru plei ia hrung, co giay to", "plei ia hrung"),
        # the writer's full name, then the village or hamlet and its commune
        ("toi la lo van panh ban na hang xa muong lum nha bi lu", "ban na hang xa muong lum"),
        ("tôi là lò văn panh bản nà hằng xã mường lum nhà bị lũ", "bản nà hằng xã mường lum"),
        (
            "toi ten mac van cuong thon hop nhat xa dai dong khieu nai can bo dia chinh",
            "thon hop nhat xa dai dong",
        ),
        # a hamlet's numbered team
        ("mẹ cháu là hoàng thị hợi, nhà ở đội 5 thôn bái dương", "đội 5 thôn bái dương"),
        ("nha o doi 5 thon bai duong", "doi 5 thon bai duong"),
        # a house's number in a hamlet, after "nhà"
        ("nha toi so 5 xom moi, thang 10 ngap 3 lan", "so 5 xom moi"),
        ("nhà tôi số 5 xóm mới, tháng 10 ngập 3 lần", "số 5 xóm mới"),
        # a commune's last syllable after a known name, then the end or a phone
        ("ten ho si thang thon 6 xa vinh lam", "thon 6 xa vinh lam"),
        (
            "toi la huynh van lanh ap tan hoa, xa tan phu dong 0788 431 592",
            "ap tan hoa, xa tan phu dong",
        ),
        # where a ward's name ends: an everyday word third, or chat's "ạ"
        (
            "e thuê trọ ở khu phố 3, phường linh xuân từ tháng 8, chủ trọ",
            "khu phố 3, phường linh xuân",
        ),
        (
            "manh dat so 23 duong tran quy cap, p. phu loi chia sao",
            "so 23 duong tran quy cap, p. phu loi",
        ),
        ("thửa 312 ở thôn đông xá, xã tiên lữ ạ. giờ muốn sửa", "thôn đông xá, xã tiên lữ"),
        # a lower-case "p." after a house's street vouches for it
        ("địa chỉ kd số 88 lê văn thịnh, p. bình trưng, stk", "số 88 lê văn thịnh, p. bình trưng"),
        ("dia chi kd so 88 le van thinh, p. binh trung, stk", "so 88 le van thinh, p. binh trung"),
        # an old district typed bare after a comma, closing a numbered house's chain
        (
            "chu khoat o so 17 ngo 92 phuong mai, dong da la con day a",
            "so 17 ngo 92 phuong mai, dong da",
        ),
        (
            "the flat at 12/4 hẻm 36 phan xích long, phú nhuận. I'm Tomasz",
            "12/4 hẻm 36 phan xích long, phú nhuận",
        ),
        # a lane's street named as a person, then a chat word
        ("nha o ngo 58 tran binh cung moi xay", "ngo 58 tran binh"),
    ],
)
def test_chat_residence(text: str, address: str) -> None:
    assert address in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # "ở" before a lodging, a pronoun, a direction, a strategic hamlet: no hamlet's name
        "em ở xóm trọ gần trường",
        "em ở xóm trọ sinh viên",
        "nhà em ở thôn này",
        "bà ấy ở xóm bên kia",
        "anh ở ấp chiến lược cũ",
        "em ở xóm nhà lá",
        # "ở" after an errand, not who lives there; a hamlet of one word after "ở"
        "nhà ở xóm đạo",
        "đi chợ mua rau ở thôn trà lộc",
        # "bán" typed "ban" after a name, no commune after it
        "toi la nguyen van an ban hang xa nha",
        # a numbered team with no hamlet's name
        "anh ấy ở đội 5 thôn này",
        # a school's number, a cultural house
        "nhà văn hóa số 3 thôn đã xong",
        # a ward whose known name a chat word follows
        "toi o xa tan phu nhe",
        "toi o xa vinh thoi",
        # a number and words that are no street named as a person
        "tôi gửi số 5 lê lan và",
    ],
)
def test_clean(text: str) -> None:
    assert found(text) == []


def test_lane_then_no_person() -> None:
    # "anh tuấn" is no surname's street: the lane alone, not the words after it
    assert found("nhà ở ngõ 5 anh tuấn cũng mới xây") == ["ngõ 5"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phone right after a village's last word that is also a unit word ("khóm")
        ("e ten tien o ban pa khom 0976 402 158 la sdt me e", ["ban pa khom"]),
        ("ở khóm 3, phường 2", ["khóm 3, phường 2"]),
        # a bulleted list of people, each with the village they live in and no dash
        (
            "lap lich tham benh:\n- lu thi kieu ban huoi mong the bhyt tieu duong\n"
            "- lo van inh ban pu ngua cai nghien",
            ["ban huoi mong", "ban pu ngua"],
        ),
        # "bán" typed "ban" after a listed name: what is sold, no village
        ("- nguyen van an ban hang rong", []),
        ("- nguyen van an ban dat cho ong b", []),
        ("- nguyen van an ban xe may cu", []),
    ],
)
def test_village_edges(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English word order: a house's (or Huế kiệt's) number and street, then "... ward"
        (
            "I live at k54/7 nguyen chi thanh, hai chau ward. do i go",
            ["k54/7 nguyen chi thanh, hai chau ward"],
        ),
        (
            "I live at K54/7 Nguyen Chi Thanh, Hai Chau Ward. do i go",
            ["K54/7 Nguyen Chi Thanh, Hai Chau Ward"],
        ),
        ("I live at 54 nguyen chi thanh, hai chau ward.", ["54 nguyen chi thanh, hai chau ward"]),
        # a street named after a person with no house, a city: no one's address
        ("the school on Nguyen Chi Thanh, Hai Chau Ward.", []),
        ("we met in Hanoi, Hai Chau Ward", []),
    ],
)
def test_english_order_after_a_house(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "xa" (far) before a distance typed plain is no commune; "bán trú" no village
        (
            "chao co, toi la giang a chua, nha o ban sung lang xa truong 12 cay so, toi hoi",
            ["ban sung lang"],
        ),
        ("nam truoc nha truong phat gao cho cac em o ban tru, nam nay chua thay", []),
        # the commune itself, spelled or followed by its province
        (
            "nhà ở bản sủng làng xã trường sơn, tỉnh lào cai",
            ["bản sủng làng xã trường sơn, tỉnh lào cai"],
        ),
    ],
)
def test_far_and_boarding_typed_plain(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "số" and "đường" and a person's name, then "từ" and a date; a room in a row of rooms
        ("tôi ở số 71 đường trần phú từ 1/10", ["số 71 đường trần phú"]),
        (
            "o phong 2 day tro so 71 duong tran phu tu 1/10 chua khai bao",
            ["phong 2 day tro so 71 duong tran phu"],
        ),
        # a street's word and no person's name, a hotline: no address
        ("o so 5 duong nay tu 1/10", []),
        ("gọi số 5 đường dây nóng từ 8h", []),
        ("nhà số 5 phố huế là nhà tôi", []),
    ],
)
def test_house_street_then_since(text: str, expected: list[str]) -> None:
    assert found(text) == expected
