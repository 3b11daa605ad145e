"""Where a name stops being a person's: a one-word name repeated inside another proper name,
a form's template name, titles and the national name typed without diacritics."""

from __future__ import annotations

import pytest

from ai_guard import EntityType, check_prompt


def test_a_short_reference_is_not_redacted_inside_a_place_name() -> None:
    text = "Ông Ninh Đức Long phát biểu. Ông Long đề nghị đi Hạ Long. Long nói thêm."
    r = check_prompt(text)
    assert "Hạ Long" in r.redacted_text
    assert r.redacted_text.count("Long") == 1  # every other "Long" is the person
    text = "Bà Nguyễn Thị Mai Hương đến. Bà Hương ở Hưng Yên, quê Hương Sơn."
    r = check_prompt(text)
    assert "Hương Sơn" in r.redacted_text
    assert "Bà Hương ở" not in r.redacted_text


@pytest.mark.parametrize(
    "text",
    [
        "mau don ghi vi du: Ho va ten: NGUYEN VAN A, so CCCD: 0xxxxxxxxxxx",
        "Ví dụ: Họ và tên: Nguyễn Văn A, sinh năm 19xx",
        "Mẫu: Trần Thị B, trú tại ...",
        "Kinh gui: Truong Phong Thi hanh an dan su khu vuc 3 - tinh Nghe An",
        "CONG HOA XA HOI CHU NGHIA VIET NAM\nKT. TONG CUC TRUONG",
    ],
)
def test_templates_titles_and_the_national_name_are_no_persons(text: str) -> None:
    assert not [f for f in check_prompt(text).findings if f.entity is EntityType.PERSON]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bị cáo Nguyễn Văn A phạm tội trộm cắp tài sản", "Nguyễn Văn A"),
        ("Họ và tên: Nguyễn Văn An, sinh năm 1980", "Nguyễn Văn An"),
    ],
)
def test_an_anonymised_or_real_name_outside_a_template_is_still_a_person(
    text: str, name: str
) -> None:
    spans = [text[f.start : f.end] for f in check_prompt(text).findings]
    assert name in spans
