"""Addresses as people write them (issue 15, i15-addr24): a plain house number and its street
after a label of residence ("Nơi ở: 12 Lê Lợi", "HKTT", "thường trú", in capitals and typed
plain too) and alone in a table's residence column ("| 12 LÊ LỢI |"); a house on its street
before a day and a clock time ("ở 10 Nguyễn Du mai 8h qua"); a house and its street right after
a listed lower-case full name with no "ở" ("..., do minh khue 18 au co."); a lane's street named
after a battle or a place ("kiệt 40 chi lăng"). An agency's address given after its name and a
comma is its office's. Each family with the forms it arrives in, and the ordinary words, offices
and counts it must leave alone."""

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
        # a label of residence, a plain number and a street: a person's home
        ("Họ tên: Trần Văn Nam\nNơi ở: 12 Lê Lợi\nSĐT: 0912345678", "12 Lê Lợi"),
        ("Nơi ở hiện nay: 12 Lê Lợi", "12 Lê Lợi"),
        ("Thường trú: 12 Lê Lợi", "12 Lê Lợi"),
        ("HKTT: 12 Lê Lợi", "12 Lê Lợi"),
        ("Hộ khẩu thường trú: 7 Hai Bà Trưng", "7 Hai Bà Trưng"),
        ("HỌ TÊN: TRẦN VĂN NAM\nNƠI Ở: 12 LÊ LỢI", "12 LÊ LỢI"),
        ("noi o: 12 le loi", "12 le loi"),
        ("hktt: 5 tran phu", "5 tran phu"),
        ("thuong tru tai 5 tran phu, nho em lam giay", "5 tran phu"),
        # a house and its street alone in a residence column of a table of people
        ("| Họ tên | Địa chỉ |\n| NGUYỄN VĂN AN | 12 LÊ LỢI |", "12 LÊ LỢI"),
        ("| Họ tên | Nơi ở |\n| Trần Văn Nam | 12 Lê Lợi |", "12 Lê Lợi"),
        ("Họ tên\tĐịa chỉ\tSĐT\nTrần Văn Nam\t12 Lê Lợi\t0912345678", "12 Lê Lợi"),
        # a day and a clock time after the street
        ("anh Hùng ở 10 Nguyễn Du mai 8h qua", "10 Nguyễn Du"),
        ("anh Hùng ở 10 Nguyễn Du tối 7 giờ về", "10 Nguyễn Du"),
        ("anh Hùng ở 10 Nguyễn Du em hỏi", "10 Nguyễn Du"),
        ("bà hạnh ở 67 hàng bông mai 8h qua lấy", "67 hàng bông"),
        ("ông tám ở 12 lê văn sỹ sáng 9h mở cửa", "12 lê văn sỹ"),
        ("ong tam o 12 le van sy toi 7h qua", "12 le van sy"),
        # a listed full name, then the house and its street with no "ở"
        ("vu thi hue cung nha, do minh khue 18 au co. noi dung: tam dung", "18 au co"),
        ("- nguyen van an 12 le loi\n- tran thi hoa 5 hang bong", "5 hang bong"),
        ("1. nguyen van an 12 le loi, sdt 0912345678", "12 le loi"),
        # a lane's street named after a battle or a place, then chat's words
        ("sáng nay ông quảng số 15 kiệt 40 chi lăng sang phản ánh", "số 15 kiệt 40 chi lăng"),
        ("ông quảng ở kiệt 40 chi lăng nhé", "kiệt 40 chi lăng"),
        ("nha em o ngo 7 bach dang, hoi giup", "ngo 7 bach dang"),
    ],
)
def test_address_read_whole(text: str, address: str) -> None:
    assert address in _addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        # an address's label alone may be an office's (kept as it was)
        "Địa chỉ: 12 Lê Lợi",
        "Quán cà phê Mộc, địa chỉ: 12 Lê Lợi, mở cửa 7h-22h",
        # a count after a residence word, no street
        "thuong tru 2 nam nay roi",
        "Tạm trú 3 Tháng tại đây",
        # a table of shops, or a column of work units
        "| Cửa hàng | Địa chỉ |\n| Highlands Coffee | 12 Lê Lợi |",
        "| Họ tên | Đơn vị |\n| Trần Văn Nam | 12 Lê Lợi |",
        # a count after "ở", a day and a clock time
        "em ở 3 người mai 8h đi",
        # after a listed name: an age, a count, a title counted ("2 bà")
        "- nguyen van an 18 tuoi roi",
        "ds: tran thi mai 20 nguoi den",
        "le van luyen 2 ba trieu.",
        # a lane and chat's words, no street
        "ở ngõ 5 lê rồi",
        # an agency's address after its name and a comma: its office
        "Viết lại thông báo: Bộ phận Một cửa UBND phường Hải Châu, số 270 Trần Phú, thành phố "
        "Đà Nẵng, tiếp nhận hồ sơ từ thứ Hai đến thứ Sáu; đường dây nóng 1022.",
        "Công an phường Bến Nghé, số 5 Lê Duẩn, phường Sài Gòn, TP Hồ Chí Minh.",
    ],
)
def test_no_address(text: str) -> None:
    assert _addresses(text) == []


def test_house_after_listed_name_keeps_the_groups_chain() -> None:
    # "tổ 12" opens the chain: the number after "tổ" is no house after the name
    text = "vu huy hoang to 12 phuong hoang mai ha noi ko dong phi"
    assert _addresses(text) == ["to 12 phuong hoang mai ha noi"]


def test_person_before_comma_keeps_the_address() -> None:
    text = "Anh Trần Văn B, số 5 ngõ 12 Trần Phú, phường Hà Đông, Hà Nội"
    assert _addresses(text) == ["số 5 ngõ 12 Trần Phú, phường Hà Đông, Hà Nội"]


def test_lane_street_runs_to_the_known_places() -> None:
    text = "ly thi ngoc han tai so 45 kiet 120 dien bien phu thanh khe da nang xin cap ban sao"
    assert _addresses(text) == ["so 45 kiet 120 dien bien phu thanh khe da nang"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a unit's or a count's syllable written with other marks is a name's ("dương" is no
        # "đường", "lân" no "lần")
        ("ông sáu ở 88/14 âu dương lân.", "88/14 âu dương lân"),
        # typing slips in a unit word: a tone mark on the wrong vowel or left off
        (
            "ông hoàng ở 12/3 kiêt 47 đặng huy trứ phuờng thủy xuân tp huế, viết đơn",
            "12/3 kiêt 47 đặng huy trứ phuờng thủy xuân tp huế",
        ),
        (
            "ông hoàng ở kiêt 47 đặng huy trứ, phừơng thủy xuân, tp huế",
            "kiêt 47 đặng huy trứ, phừơng thủy xuân, tp huế",
        ),
        # an Ede village by a rime no Vietnamese word has, after an Ede name
        ("anh y dhung ksor buon tring. a xem giup thieu ai ko", "buon tring"),
        ("nhà ở làng kon tring", "làng kon tring"),
        # a capitalised street wrapped by a PDF's export, before known places
        (
            "Ông An, thường trú tại 12 Trần Hưng\nĐạo, Hoàn Kiếm, Hà Nội.",
            "12 Trần Hưng\nĐạo, Hoàn Kiếm, Hà Nội",
        ),
    ],
)
def test_address_as_marked(text: str, address: str) -> None:
    assert address in _addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        "ông sáu ở 12 trần lần nữa.",  # "lần" written so: a count
        "ông sáu ở 12 đường lần nữa.",
        "ksor nhin buon qua",  # "buồn" typed plain: sad
        "ksor nhin buon binh thuong",
    ],
)
def test_marked_words_keep_their_everyday_reading(text: str) -> None:
    assert _addresses(text) == []


def test_lot_in_an_industrial_park_is_a_firms() -> None:
    text = "Ông Kim Jae-hoon, giám đốc xưởng tại lô B5 KCN Nam Tân Uyên, nợ tôi hai tháng lương."
    assert _addresses(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # where someone lives, a lot in the park stays theirs
        (
            "Anh Nam trú tại lô B5 KCN Nam Tân Uyên, phường Tân Uyên.",
            "lô B5 KCN Nam Tân Uyên, phường Tân Uyên",
        ),
        ("chị ấy ở lô B5 KCN Nam Tân Uyên", "lô B5 KCN Nam Tân Uyên"),
        (
            "Tôi ở tại lô 12 khu dân cư Nam Long, phường Phú Thuận",
            "lô 12 khu dân cư Nam Long, phường Phú Thuận",
        ),
    ],
)
def test_lot_where_someone_lives(text: str, address: str) -> None:
    assert address in _addresses(text)
