"""vn.address: addresses typed in chat and lower case (issue 15, eleventh session): a lane
with its number and its street named after a person, alone after "ở" or a residence cue
("ở kiệt 18 Nguyễn Chí Thanh", "kiet 5 nguyen lo trach roi do", "ngõ 190 lò đúc, hà nội"),
and a room one rents ("thuê phòng trọ tại hẻm ...": no department "Phòng"). Beside each, the
sentences around the same words that must stay clean."""

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
