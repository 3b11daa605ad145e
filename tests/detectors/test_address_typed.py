"""vn.address, fourth pass of issue 15: addresses as people type them. A village alone after
"ở" (minority residences with their own names, a numbered hamlet), a hamlet after a person and
a comma, a district by its number after "ở", abbreviations glued or without their dot inside a
chain, a street named by a date, two chains that are one address ("bản ... ở xã ...", an old
unit and its new name in brackets), English order from a flat or plot; and, next to each, the
ordinary phrases with the same words that must stay clean."""

from __future__ import annotations

import pytest

from ai_guard.detectors.address import AddressDetector
from ai_guard.text import Document


def found(text: str) -> list[str]:
    return [text[d.start : d.end] for d in AddressDetector().detect(Document(text))]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a village of a minority, capitalised, alone after "ở": where the person lives
        ("ông Danh Sơn ở sóc Prey Chóp xin cấp lại giấy tờ", "sóc Prey Chóp"),
        ("bà Y Lan ở làng Kon Klor được bầu làm trưởng thôn", "làng Kon Klor"),
        ("anh Thào A Dơ ở bản Sín Chải đi khám bệnh", "bản Sín Chải"),
        ("gia đình ở buôn Ko Sia cần hỗ trợ", "buôn Ko Sia"),
        # "làng" written with its marks is no mausoleum ("lăng Chủ tịch"): a Jrai village
        ("Bà Rơ Châm ở làng Chư Grôn, xã Ia Dom xin trích lục", "làng Chư Grôn, xã Ia Dom"),
        # a numbered hamlet right after "ở", or after a person's name and a comma
        ("ông Lê Văn Tám ở thôn 7 xin hỗ trợ làm nhà", "thôn 7"),
        ("Người khiếu nại: ông Trịnh Văn Bảy, xóm 4. Nội dung khiếu nại", "xóm 4"),
        # a district or ward by its number alone after "ở"
        ("nhà em ở quận 10 gần bệnh viện", "quận 10"),
        ("chị ấy ở phường 5 nên nộp hồ sơ ở đó", "phường 5"),
        # glued to its number after "ở", with the city after it
        ("nhà em ở q7 gần chợ", "q7"),
        ("o p4 q5 tp hcm nha", "p4 q5 tp hcm"),
    ],
)
def test_a_place_alone_after_o(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        # the unit words in their everyday senses, after "ở", "về" and alone
        "xin chuyển hộ khẩu về bản chồng",
        "chị ấy về bản vợ ăn tết",
        "ở bản Sao gửi kèm",
        "bản báo cáo đã gửi",
        "ban hành quyết định số 12",
        "tổ chức hội nghị ở thôn",
        "khối lượng công việc ở tổ 3 tăng",
        "làng nghề truyền thống ở Hà Tây",
        "đoàn viếng lăng Chủ tịch Hồ Chí Minh, quận Ba Đình",
        "ve lang chu tich, quan ba dinh",
        # a number after a person and a comma is no hamlet without its unit word
        "bà Nguyễn Thị Lan, 45 tuổi, thôn trưởng",
        # an errand or a meeting somewhere: no one lives there
        "tổ chức hội nghị ở thôn 5 vào thứ hai",
        "Hội nghị ở quận 3 có 10 phường tham dự",
        # a quarter, a number of years, a page: no district
        "ở Q1 năm nay doanh thu tăng",
        "ở q1 2024 doanh thu giảm",
        "ở p3 của tài liệu",
        "ở trang 5",
        # a house number and "p." meaning minutes, before a sentence
        "đi bộ mất 15 p. Sau đó rẽ trái",
    ],
)
def test_those_words_in_everyday_phrases_stay_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a lower-case "q." or "p." glued to a capitalised name inside a chain
        (
            "ngõ 45/12 Trần Khát Chân p.3 q.Gò Vấp tp hcm, chủ nhà là bà Sáu",
            "ngõ 45/12 Trần Khát Chân p.3 q.Gò Vấp tp hcm",
        ),
        # "tdp", "kp" then "p. X" at a text's start, before a dash
        (
            "kp 3 p. Tân Hiệp, Biên Hòa – nhà chị Lan bị ngập",
            "kp 3 p. Tân Hiệp, Biên Hòa",
        ),
        # a street named by a date, then "p" without its dot and a ward in lower case
        (
            "so 12 duong 30/4 p hung loi tp can tho, chu nha la ba tu",
            "so 12 duong 30/4 p hung loi tp can tho",
        ),
        ("nhà số 9 đường trần phú p 7 tp cà mau", "số 9 đường trần phú p 7 tp cà mau"),
        # a lower-case street read from its number, then a known district and the province
        (
            "dia chi cu: so 4 ngo 7 hoang quoc viet, cau giay, ha noi",
            "so 4 ngo 7 hoang quoc viet, cau giay, ha noi",
        ),
        ("số 3 ngõ huế, đống đa – nhà cũ của ông", "số 3 ngõ huế, đống đa"),
    ],
)
def test_abbreviations_inside_a_chain(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        # a number and a district name in prose: no house's chain before it
        "tôi đọc sách số 5, hai bà trưng.",
        # "p" and "q" as words inside a chain's neighbourhood: no ward
        "số 5 hẻm 3 p hay q nào cũng được",
    ],
)
def test_no_ward_from_a_stray_letter(text: str) -> None:
    assert all(" p " not in f and "trưng" not in f for f in found(text))


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a village, "ở", then its commune in chat: one address
        (
            "nho e tim dia chi ba lan o ban pa o xa sin ho tinh lai chau",
            "ban pa o xa sin ho tinh lai chau",
        ),
        # an old unit and its new name in brackets: one address
        (
            "tổ 2 khu 4 thị trấn Cẩm Giàng cũ (nay là xã Cẩm Giàng, Hải Phòng), ông Vũ xin",
            "tổ 2 khu 4 thị trấn Cẩm Giàng cũ (nay là xã Cẩm Giàng, Hải Phòng)",
        ),
        # a village and its commune in lower case after "ở"
        ("bà rơ lan ở làng tơ nang, xã ia ko xin trợ cấp", "làng tơ nang, xã ia ko"),
    ],
)
def test_two_chains_that_are_one_address(text: str, address: str) -> None:
    assert found(text) == [address]


def test_two_places_joined_by_o_stay_apart_unless_a_village_leads() -> None:
    # "xã A ở huyện B" is as often two places as one: only a village before "ở" joins
    assert found("ở thôn 3, xã Tân An ở huyện Long Thành") == ["thôn 3, xã Tân An"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Send the notice to Mr. Trần Văn Lộc, flat 12.05, Tower B, Sunrise Riverside, "
            "Phước Kiển Commune, HCMC.",
            "flat 12.05, Tower B, Sunrise Riverside, Phước Kiển Commune, HCMC",
        ),
        (
            "Write to Ms. Hà, plot B7, Hòa Lợi resettlement area, Hòa Lợi Ward, Bình Dương.",
            "plot B7, Hòa Lợi resettlement area, Hòa Lợi Ward, Bình Dương",
        ),
    ],
)
def test_english_order_from_a_flat_or_plot(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "Follow-up: outpatient clinic, Room 12, Building A, after 2 weeks.",
        "the plot 5 of the project was sold, prices rose",
        "He stayed in room 305 for the meeting",
    ],
)
def test_premises_alone_in_english_are_no_address(text: str) -> None:
    assert found(text) == []
