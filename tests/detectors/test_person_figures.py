"""vn.person: historical figures written in lower case (detectors/person/figures.py) are
reported for the public-role judgement to keep visible, never where they are a street, a school
or a private namesake."""

from __future__ import annotations

import pytest

from ai_guard import EntityType, check_prompt
from ai_guard.models import Decision


def persons(text: str) -> list[tuple[str, str]]:
    result = check_prompt(text)
    return [
        (text[f.start : f.end], f.action.value)
        for f in result.findings
        if f.entity is EntityType.PERSON
    ]


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
    assert not any(p.startswith("public_role") for p in _patterns(text)), persons(text)


def _patterns(text: str) -> list[str]:
    return [f.pattern for f in check_prompt(text).findings if f.entity is EntityType.PERSON]


def test_a_private_namesake_in_lower_case_is_redacted() -> None:
    text = "ông hồ chí minh sinh năm 1950 ở xã tân phú xin cấp lại giấy khai sinh"
    assert persons(text) == [("hồ chí minh", "redact")]
