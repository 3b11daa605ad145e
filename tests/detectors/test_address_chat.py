"""vn.address: the chat shapes of issue 15 that lower case and missing diacritics break: a flat
or lot named by a lower-case code before its estate ("tòa ct2", "lô c5", "căn hộ b-1504"), a
ward whose last word is also a district's ("phường trường vinh, nghệ an"), abbreviations
without capitals ("tdp 5", "kp 4", "tx. phú mỹ", "t. nghệ an"), a province with a dash in lower
case; and the ordinary sentences around those words that must stay clean."""

from __future__ import annotations

import pytest

from ai_guard.detectors.address import AddressDetector
from ai_guard.text import Document


def found(text: str) -> list[str]:
    return [text[d.start : d.end] for d in AddressDetector().detect(Document(text))]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a room, a block, a flat or a lot by its code in lower case, then the estate, then the
        # ward: the whole chain (a partial span leaves the flat visible)
        (
            "dia chi: phong 804, toa hh1, khu do thi linh dam, phuong hoang liet, ha noi",
            "phong 804, toa hh1, khu do thi linh dam, phuong hoang liet, ha noi",
        ),
        (
            "gửi về căn hộ c-0912, chung cư hoàng anh, phường tân phong, tp. hồ chí minh",
            "căn hộ c-0912, chung cư hoàng anh, phường tân phong, tp. hồ chí minh",
        ),
        (
            "lo b7, khu cong nghiep nam cam, xa nghi xa, tinh nghe an",
            "lo b7, khu cong nghiep nam cam, xa nghi xa, tinh nghe an",
        ),
        (
            "o p.708 toa n2, kdt trung hoa, phuong yen hoa, ha noi",
            "p.708 toa n2, kdt trung hoa, phuong yen hoa, ha noi",
        ),
        (
            "phòng 210 nhà B3, tập thể Thành Công, phường Giảng Võ, Hà Nội",
            "phòng 210 nhà B3, tập thể Thành Công, phường Giảng Võ, Hà Nội",
        ),
        # a ward or estate whose last word is also a district's, before the comma
        (
            "cho em hoi, em o phuong hung vinh, nghe an",
            "phuong hung vinh, nghe an",
        ),
        # lower-case abbreviations with a number, or before a name
        (
            "tdp 9, p. tan an, tp. buon ma thuot, dak lak",
            "tdp 9, p. tan an, tp. buon ma thuot, dak lak",
        ),
        (
            "kp 2, p. long huong, tx. phu my, ba ria - vung tau",
            "kp 2, p. long huong, tx. phu my, ba ria - vung tau",
        ),
        (
            "xom 4, x. nghi lam, h. nghi loc, t. nghe an",
            "xom 4, x. nghi lam, h. nghi loc, t. nghe an",
        ),
    ],
)
def test_chat_shapes_are_found_whole(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "tap the can bo phuong 3 da hop",
        "ktx k1 mat dien tu toi qua",
        "chung cu nay dep qua",
        "phong 305 toa ct2",
        "ông t. nói ở hà nội",
        "lô c5 đã giao hàng",
        "tòa án xử vụ này hôm qua",
    ],
)
def test_those_words_alone_or_in_prose_are_no_address(text: str) -> None:
    assert found(text) == []
