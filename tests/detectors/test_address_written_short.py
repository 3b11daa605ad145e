"""vn.address: addresses written short as people type them (issue 15, fifth pass): quarters
and residential groups by their abbreviations ("kp", "tdp"), a lane and alley then the street
with no unit word, English word order with a lane, a flat in an urban area by its block's
code, a hamlet alone after "trú ở", lower-case chat, a list of people and their villages;
and the sentences next to them that must stay clean."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard.detectors.address import AddressDetector
from ai_guard.text import Document


def found(text: str) -> list[str]:
    return [text[d.start : d.end] for d in AddressDetector().detect(Document(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quarter and a residential group by their lower-case abbreviations, no dot
        (
            "Con ở tdp 12, kp Tân Hòa 2, p. Đông Hòa, TP. Dĩ An nhé",
            "tdp 12, kp Tân Hòa 2, p. Đông Hòa, TP. Dĩ An",
        ),
        (
            "Địa chỉ: kp Bình Đường 3, p. An Bình, Bình Dương",
            "kp Bình Đường 3, p. An Bình, Bình Dương",
        ),
        # a house number, lane and alley written short, then the street with no unit word
        (
            "Gửi hàng về sn 41, ng 75 ngh 3 Hoàng Quốc Việt, p. Nghĩa Đô, q. Cầu Giấy giúp em",
            "sn 41, ng 75 ngh 3 Hoàng Quốc Việt, p. Nghĩa Đô, q. Cầu Giấy",
        ),
        ("sn 6 ng 40 Tạ Quang Bửu, p. Bách Khoa", "sn 6 ng 40 Tạ Quang Bửu, p. Bách Khoa"),
        # English word order: a lane's number, then the street with no unit word
        (
            "Her address is No. 15, Lane 61 Tran Duy Hung, Trung Hoa Ward, Hanoi.",
            "No. 15, Lane 61 Tran Duy Hung, Trung Hoa Ward, Hanoi",
        ),
        (
            "Ship to Alley 9 Nguyen Khang, Yen Hoa Ward, Cau Giay District",
            "Alley 9 Nguyen Khang, Yen Hoa Ward, Cau Giay District",
        ),
        # a flat in a new urban area: the block's code keeps its letter
        (
            "Căn hộ P.908 tòa HH2C KĐT Linh Đàm, p. Hoàng Liệt, Hà Nội",
            "P.908 tòa HH2C KĐT Linh Đàm, p. Hoàng Liệt, Hà Nội",
        ),
        ("em ở P.1702 toà CT4A KĐT Văn Quán, Hà Đông", "P.1702 toà CT4A KĐT Văn Quán, Hà Đông"),
        # a hamlet alone after "trú ở", "quê ở"
        ("Bị cáo trú ở xóm 7, hiện đang bị tạm giam", "xóm 7"),
        ("mẹ tôi quê ở thôn 4", "thôn 4"),
        # lower-case chat: a street glued to its district's number; a minority village
        ("ship giúp em tới 25 nguyen thi minh khai q.1 nha", "25 nguyen thi minh khai q.1"),
        ("em ở 140 lê văn sỹ p.14", "140 lê văn sỹ p.14"),
        ("ông ấy sống ở sóc tà lọt", "sóc tà lọt"),
        # a minority village whose name holds a syllable no Vietnamese word has
        ("bà ấy ở làng đê kjiêng nhé", "làng đê kjiêng"),
        ("anh ở plei ia krông", "plei ia krông"),
        # a kiệt's number, its street and the city, no comma, no district
        ("địa chỉ mới: k45/7 tran cao van da nang, cảm ơn", "k45/7 tran cao van da nang"),
        ("em ở k7/22 lê duẩn đà nẵng nhé", "k7/22 lê duẩn đà nẵng"),
        # a year after the province is no part of its name
        (
            "xac nhan cu tru tai thon khuoi khon xa ha quang tinh cao bang tu 2015, giup em",
            "thon khuoi khon xa ha quang tinh cao bang",
        ),
        # a kiệt's number with its slash before a single ward, in lower case
        ("em ở k27/3 ông ích khiêm, p. thanh bình", "k27/3 ông ích khiêm, p. thanh bình"),
    ],
)
def test_written_short_is_found_whole(text: str, expected: str) -> None:
    assert found(text) == [expected]


def test_a_list_of_people_and_their_villages_in_capitals() -> None:
    text = "DANH SÁCH HỘ NGHÈO\n1. LÒ THỊ M - BẢN NÀ PHẶC\n2. QUÀNG VĂN T - BẢN HUỔI LẶNG\n"
    assert found(text) == ["BẢN NÀ PHẶC", "BẢN HUỔI LẶNG"]


def test_a_households_hamlet_between_dashes() -> None:
    # a row of a list of households: "hộ" and an honorific open it, the hamlet is the field
    # after the name's dash (a phone may follow after another dash); the head's name need not
    # open with a surname (a Khmer "THỊ SÀ RÔNG")
    text = (
        "Danh sách hộ nghèo:\nHỘ ÔNG LÂM VĂN DẾN - ẤP CHÂU HƯNG - 0368 452 017\n"
        "HỘ BÀ THỊ SÀ RÔNG - ẤP BÀ TƯỜNG\nTính tổng tiền."
    )
    assert found(text) == ["ẤP CHÂU HƯNG", "ẤP BÀ TƯỜNG"]


@pytest.mark.parametrize(
    "text",
    [
        "Hộ nghèo - Thôn Đông có bao nhiêu hộ",  # a heading: no honorific and name
        "HỘ ÔNG LÂM VĂN DẾN - ẤP CHÂU HƯNG có 12 nhân khẩu",  # the hamlet goes on in a clause
    ],
)
def test_a_hamlet_after_a_dash_without_a_households_row_stays_alone(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # streets named as topics, not anyone's home
        "đường Lê Lợi và đường Quang Trung là hai trục chính của thành phố",
        # "phường án" is a typo of "phương án"; "tổ 3 họp" a meeting; "xóm" a word
        "phường án này cần bàn thêm",
        "tổ 3 họp vào chiều thứ sáu",
        "cả xóm đều biết chuyện đó",
        "ở xóm trọ sinh viên thì ồn lắm",
        # a document's version after a dash, no person before it
        "Kế Hoạch Năm 2025 - Bản Dự Thảo",
        "QUYẾT ĐỊNH - BẢN SAO Y",
        # a village word as a pronoun's phrase after "ở"
        "ở làng ta vui lắm",
        "ở sóc ta nói chuyện",
        "ở làng đê yên bình lắm",
        "về ở buôn ma thuột",
        # numbers and a quarter of the year, no street before a district
        "tôi có 88 câu hỏi về luật q.10",
        "mua 3 cái áo mới q.10",
        "co 12/5 hoc sinh ha noi du thi",
        "ngay 12/5 hop tai ha noi",
        # "Lane" in an English sentence, no number and street after it
        "Take the lane on the left, then turn right",
        # lower-case "kp" / "tdp" need a name or number after them
        "kp là viết tắt của khu phố",
    ],
)
def test_clean_next_to_them(text: str) -> None:
    assert found(text) == []


_WARDS = st.sampled_from(["Tân Hòa", "Bình Thắng", "Nhị Đồng", "Đông Tân", "Tân Đông Hiệp"])


@given(
    group=st.integers(min_value=1, max_value=60),
    quarter=_WARDS,
    number=st.integers(min_value=1, max_value=9),
)
@settings(max_examples=40, deadline=None)
def test_lower_case_quarter_before_a_ward_is_whole(group: int, quarter: str, number: int) -> None:
    address = f"tdp {group}, kp {quarter} {number}, p. Dĩ An, TP. Dĩ An"
    assert found(f"Nhà mình ở {address}, cạnh chợ.") == [address]
