"""Names that still went out at the end of 2026-12-03 (private names allowed in holdout4, 6, 8),
written anew as shapes, with what must stay clean beside them."""

from __future__ import annotations

import pytest

from ai_guard import EntityType, check_prompt


def _names(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.PERSON
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a Western name with a particle after an honorific, its given name also a Vietnamese
        # syllable ("Tom" = tôm): the surname no Vietnamese syllable spells decides
        ("Ông Tom van der Berg (Hà Lan) phản ánh bị taxi thu tiền quá cao", "Tom van der Berg"),
        ("Bà Ana de la Cruz đề nghị cấp thẻ tạm trú", "Ana de la Cruz"),
        # a hyphenated Western given name whose parts the lexicon knows
        ("Ông Pierre-Antoine Dubois đề nghị chứng thực chữ ký", "Pierre-Antoine Dubois"),
        # a letter-spaced name whose words stand three spaces apart
        ("Tên trên phong bì: N G U Y Ễ N   T H Ị   T U Y Ế T   M A I, sửa lại",
         "N G U Y Ễ N   T H Ị   T U Y Ế T   M A I"),
        # the middle name typed in lower case ("văn", "thị"): the whole name, not its surname
        ("ông Nguyen van Hai phản ánh về tiếng ồn", "Nguyen van Hai"),
        ("Họ tên: Nguyễn văn Hải", "Nguyễn văn Hải"),
        ("Lê thị Thu Hà nộp đơn xin nghỉ phép", "Lê thị Thu Hà"),
        # a given name alone, a time after it
        ("nhắc chị quỳnh chiều nay nộp báo cáo tuần", "quỳnh"),
    ],
)  # fmt: skip
def test_a_name_that_went_out_is_found_whole(text: str, name: str) -> None:
    assert name in _names(text), (text, _names(text))
    assert not check_prompt(text).allowed


@pytest.mark.parametrize(
    "text",
    [
        "đường Nguyễn văn Cừ bị ngập sau mưa",  # a street
        "chiều nay anh về sớm nhé",
        "em tối nay trực ban",
        "anh hùng hôm qua được khen thưởng",  # a hero, no name
        "T Ố I   M Ậ T",  # a letter-spaced stamp is no name
    ],
)
def test_what_stands_beside_them_is_no_foreign_or_spaced_name(text: str) -> None:
    names = _names(text)
    assert not any(
        " van " in n or " văn " in n or "  " in n or n in ("chiều", "tối", "hùng") for n in names
    ), names
