"""vn.address: the parts chat types around a chain that its reading left out, and chat's own
abbreviations (issue 15, twelfth session): a lane's letter glued to the house number ("k.12/4
...", "số 7 h.23 ..."), a flat's code cut at its dot, a kiosk before its market, hamlets and
communes typed before the unit above them ("ấp đay sô, xã phú tâm, ..."), a room and its
estate in English before the ward, a lane's street after the house's and lane's numbers ("số 7
kiệt 52 lê đình dương"), a ward and a district by their letters glued to their numbers ("88
cach mang thang 8, p5, q3, tphcm"), towns, districts and provinces by their bare letters ("tx
son tay", "h nghi loc, t nghe an"), lower-case abbreviations before capitalised names ("p.
Xuân Phú, tp Huế"), a house with its letter on a lower-case street ("ở 43b hàng chuối,").
Beside each, the sentences around the same words that must stay clean or keep their span."""

from __future__ import annotations

import pytest

from ai_guard.detectors.address import AddressDetector
from ai_guard.text import Document


def found(text: str) -> list[str]:
    return [text[d.start : d.end] for d in AddressDetector().detect(Document(text))]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a lane's letter glued to the house number the chain starts with
        (
            "sap xep: k.12/4 nguyen lo trach, p. xuan phu, tp hue; 45/7 le quang dinh",
            "k.12/4 nguyen lo trach, p. xuan phu, tp hue",
        ),
        ("dc so 12 k.45 le duan, tp hue", "so 12 k.45 le duan, tp hue"),
        # "Ngô" folds to the lane word "ngõ": the lane's word before the number stays in
        ("nhà chị ấy ở hẻm 17/17 Ngô Thì Sĩ, phường 5", "hẻm 17/17 Ngô Thì Sĩ, phường 5"),
        (
            "tôi đang ở k.1/1 Ngo Thi Si, p. Tran Phu, tp Ha Tinh.",
            "k.1/1 Ngo Thi Si, p. Tran Phu, tp Ha Tinh",
        ),
        # a flat's code cut at its dot
        (
            "tru tai can ho a-12.05 chung cu sunrise city, 23 nguyen huu tho, phuong tan hung",
            "can ho a-12.05 chung cu sunrise city",
        ),
        # a kiosk, its row and its market before the ward
        (
            "sap cua e la ki-ot so 38 day c cho dong ba, phuong phu xuan, hue, chu sap la ba luu",
            "ki-ot so 38 day c cho dong ba, phuong phu xuan, hue",
        ),
        # hamlets and communes before the unit above them, with or without a comma
        (
            "| 3 | luong van phac | thon ban dang, xa thach an, tinh cao bang | 2 con |",
            "thon ban dang, xa thach an, tinh cao bang",
        ),
        (
            "con bà kim thị sóc khol, ấp đay sô, xã phú tâm, tỉnh cần thơ\n3. em lâm",
            "ấp đay sô, xã phú tâm, tỉnh cần thơ",
        ),
        ("nha o thon dong moi xa luong son", "thon dong moi xa luong son"),
        (
            "noi cu tru: thon k, xa p, huyen b, tinh lao cai; nghe nghiep",
            "thon k, xa p, huyen b, tinh lao cai",
        ),
        # a room, its block and its estate in English before the ward
        (
            "address in vietnam: room 1502, block b, happy valley, phuong tan my, tp ho chi minh.",
            "room 1502, block b, happy valley, phuong tan my, tp ho chi minh",
        ),
        (
            "| 27 Nov 1976 | Villa B12, Vinhomes Imperia, Hồng Bàng ward, Hải Phòng",
            "Villa B12, Vinhomes Imperia, Hồng Bàng ward, Hải Phòng",
        ),
        (
            "toi dang o room 204, block c, sunrise city, phuong hoa cuong bac, da nang.",
            "room 204, block c, sunrise city, phuong hoa cuong bac, da nang",
        ),
        # a lane's street after the house's and lane's numbers, chat's words after it left out
        (
            "quán nhậu của hộ bà vân tại số 7 kiệt 52 lê đình dương thường xuyên hát karaoke",
            "số 7 kiệt 52 lê đình dương",
        ),
        ("nha e o so 7 h.23 nguyen trai q5", "so 7 h.23 nguyen trai q5"),
        (
            "tôi đang ở số 7 h.23 Nguyễn Trãi, P. Bến Thành, TP Hồ Chí Minh.",
            "số 7 h.23 Nguyễn Trãi, P. Bến Thành, TP Hồ Chí Minh",
        ),
        # a ward and a district by their letters glued to their numbers
        ("e o 12 nguyen trai, q1, hcm", "12 nguyen trai, q1, hcm"),
        ("nha e o 88 cach mang thang 8, p5, q3, tphcm", "88 cach mang thang 8, p5, q3, tphcm"),
        ("tôi ở 298 Nam Kỳ Khởi Nghĩa, p15, q3, tphcm", "298 Nam Kỳ Khởi Nghĩa, p15, q3, tphcm"),
        ("toi o 170 dong khoi, p1, q1, tphcm", "170 dong khoi, p1, q1, tphcm"),
        # "sg" (Sài Gòn) closes a chain as "hcm" does
        ("e o 12 nguyen trai, q1, sg", "12 nguyen trai, q1, sg"),
        ("e o phuong 5, quan 3, sg", "phuong 5, quan 3, sg"),
        # towns, districts and provinces by their bare letters
        ("ban e o tx son tay, hn", "tx son tay, hn"),
        ("ong ay o tt dong anh, hn", "tt dong anh, hn"),
        ("nha toi o xa tien phong, tx phu tho", "xa tien phong, tx phu tho"),
        (
            "dia chi: xom 2, xa nghi phong, h nghi loc, t nghe an",
            "xom 2, xa nghi phong, h nghi loc, t nghe an",
        ),
        (
            "Nơi ở: XÓM 4, XÃ NGHI PHONG, H NGHI LỘC, T NGHỆ AN",
            "XÓM 4, XÃ NGHI PHONG, H NGHI LỘC, T NGHỆ AN",
        ),
        # lower-case abbreviations before capitalised names
        (
            "Sắp xếp: 12/4 Nguyễn Lộ Trạch, p. Xuân Phú, tp Huế; xong",
            "12/4 Nguyễn Lộ Trạch, p. Xuân Phú, tp Huế",
        ),
        (
            "Sắp xếp: Sn 27 ng.115 Trường Chinh, p. Phương Liệt, tp Hà Nội",
            "Sn 27 ng.115 Trường Chinh, p. Phương Liệt, tp Hà Nội",
        ),
        (
            "Sap xep: Sn 27 ng.115 Truong Chinh, p. Phuong Liet, tp Ha Noi",
            "Sn 27 ng.115 Truong Chinh, p. Phuong Liet, tp Ha Noi",
        ),
        # a house with its letter on a lower-case street, then punctuation
        ("trinh bay ong mac dang khoi, o 43b hang chuoi, de xe chan cua", "43b hang chuoi"),
        ("trình bày ông khởi, ở 43b hàng chuối, để xe chắn cửa", "43b hàng chuối"),
    ],
)
def test_found(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a name before the hamlet is no part of it ("Sóc" is the woman's name)
        (
            "vợ là Kim Thị Sóc Khiêm, sóc Bưng Cốc, xã Thạnh Phú, TP. Cần Thơ xin vay vốn",
            "sóc Bưng Cốc, xã Thạnh Phú, TP. Cần Thơ",
        ),
        (
            "con bà Kim Thị Sóc Khol, ấp Đay Sô, xã Phú Tâm, tỉnh Cần Thơ\n3. Em",
            "ấp Đay Sô, xã Phú Tâm, tỉnh Cần Thơ",
        ),
        # "bán trú" (boarding) is no "bản"
        ("trường phổ thông dân tộc bán trú xã Đăk Tô khánh thành", "xã Đăk Tô"),
    ],
)
def test_kept_to_its_own_words(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "tôi vừa đi tp Hồ Chí Minh về",
        "chuyển tt cho khách hàng q1 nhé",
        "tx son tay co nhieu di tich",
        "toi co 2 nguoi ban, q1",
        "ban nay 3 nguoi, p5, q3",
        "Họp lúc 15 p. Sau đó ký biên bản.",
        "em ở 12a lớp học",
        "mua 2/3 dien tich, q1",
        "giá 25 nghìn, q1 rẻ hơn",
        "thua kien 12 lan, q1",
        "xem trang 12 h.5",
        "muc 3 h.2 dieu 5",
    ],
)
def test_clean(text: str) -> None:
    assert found(text) == []
