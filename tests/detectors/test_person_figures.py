"""vn.person: historical figures written in lower case (detectors/person/figures.py) are
reported for the public-role judgement to keep visible, never where they are a street, a school
or a private namesake."""

from __future__ import annotations

import pytest
from _probes import actions as persons

from ai_guard import EntityType, check_prompt
from ai_guard.models import Decision


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("tom tat tieu su phan boi chau cho bai giang lich su lop 8", "phan boi chau"),
        ("viết bài về đại tướng võ nguyên giáp nhân dịp 22/12", "võ nguyên giáp"),
        ("soạn câu chúc tết có nhắc lời dạy của bác hồ về tiết kiệm", "bác hồ"),
        ("đền thờ hai bà trưng ở mê linh có lễ hội vào ngày nào", "hai bà trưng"),
        ("who was ho chi minh? write 3 sentences for kids", "ho chi minh"),
        ("tuong dai tran hung dao o nam dinh xay nam nao", "tran hung dao"),
        # a commemoration of a birth is no private person's date of birth
        ("ky niem 135 nam ngay sinh chu tich ho chi minh, viet loi dan", "ho chi minh"),
    ],
)
def test_a_lower_case_figure_is_found_and_kept_visible(text: str, name: str) -> None:
    assert persons(text) == [(name, "allow")]
    assert check_prompt(text).decision is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        # streets, squares and schools: no person
        "cấm xe trên đường nguyễn thị minh khai và võ văn tần từ 19h",
        "giao hang den 25b nguyen thi minh khai, phuong da kao",
        "pho di bo nguyen hue se to chuc duong hoa tet",
        "a brochure about nguyen hue walking street in the evening",
        "trường thpt lê quý đôn tuyển sinh lớp 10",
        "duong tran phu - le duan cam xe",
        # everyday words that fold to a figure's name: "trường chính trị", "định kỳ"
        "lop hoc tai truong chinh tri tinh",
        "nop bao cao giam sat moi truong dinh ky 6 thang",
        "80 nam cach mang thang tam, viet de cuong",
    ],
)
def test_no_lower_case_figure_in_streets_and_everyday_words(text: str) -> None:
    # (a name a private mark took from a figure is "public_role.private": redacted)
    assert not any(
        p.startswith("public_role") and p != "public_role.private" for p in _patterns(text)
    ), persons(text)


def _patterns(text: str) -> list[str]:
    return [f.pattern for f in check_prompt(text).findings if f.entity is EntityType.PERSON]


def test_a_private_namesake_in_lower_case_is_redacted() -> None:
    text = "ông hồ chí minh sinh năm 1950 ở xã tân phú xin cấp lại giấy khai sinh"
    assert persons(text) == [("hồ chí minh", "redact")]


# -- a figure whose name is also a place's, or after a word that names places too -------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a title the figure bore, or what only a person has, right before the city's name
        ("viết đoạn mở đầu về tư tưởng của Chủ tịch Hồ Chí Minh cho chi bộ", "Hồ Chí Minh"),
        ("học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2025", "Hồ Chí Minh"),
        ("Chủ tịch Hồ Chí Minh đọc bản Tuyên ngôn Độc lập", "Hồ Chí Minh"),
        ("viết bài thu hoạch về tư tưởng hồ chí minh về đạo đức công vụ", "hồ chí minh"),
        # "vua" names the king, not a place ("vua" stays a place word for other names)
        ("soạn bài giới thiệu về vua Lý Công Uẩn cho buổi ngoại khóa", "Lý Công Uẩn"),
        ("câu hỏi trắc nghiệm về vua Lý Thái Tổ dời đô", "Lý Thái Tổ"),
        # figures led by an honorific, capitalised: no surname heads them
        ("kể một câu chuyện về Hai Bà Trưng cho thiếu nhi", "Hai Bà Trưng"),
        ("kể một câu chuyện về Bác Hồ cho thiếu nhi", "Bác Hồ"),
        # a date before the name is no house number
        ("Ngày 2/9/1945 Bác Hồ đọc Tuyên ngôn độc lập", "Bác Hồ"),
        # "nhà thơ" is a poet, no house; "the general" names the man, not the street
        ("câu hỏi về nhà thơ Nguyễn Trãi với Bình Ngô đại cáo", "Nguyễn Trãi"),
        ("a paragraph about the general Trần Hưng Đạo for tourists", "Trần Hưng Đạo"),
    ],
)
def test_a_figure_named_as_the_person_is_kept_visible(text: str, name: str) -> None:
    assert persons(text) == [(name, "allow")]
    assert check_prompt(text).decision is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        # the places named after the figure: the mausoleum, the museum, the city, the district
        "tôi muốn viết bài về lăng Chủ tịch Hồ Chí Minh cho học sinh",
        "Lăng Chủ tịch Hồ Chí Minh, Bảo tàng Hồ Chí Minh, Văn Miếu",
        "chuyển về TP Hồ Chí Minh làm việc từ tháng sau",
        "TÒA ÁN NHÂN DÂN QUẬN HAI BÀ TRƯNG",
        "họp ở phường Hai Bà Trưng sáng mai",
    ],
)
def test_a_figures_name_as_a_place_is_no_person(text: str) -> None:
    assert not any(p.startswith("public_role") for p in _patterns(text)), persons(text)


def test_a_house_number_still_makes_a_figure_a_street() -> None:
    assert persons("giao hàng đến 58/3 trần hưng đạo giúp em") == []
