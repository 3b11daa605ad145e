"""A lower-case street named after a person whose surname is also a counting word ("hộ",
"vụ", "tăng", "điêu"): "1 hồ xuân hương, quận 1" is a house on that street, while "12 hộ gia
đình, ..." and "3 vụ án hình sự, ..." stay counts (test_name_shapes drew the first)."""

from __future__ import annotations

import pytest

from ai_guard import check_prompt


def _addresses(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity.value == "ADDRESS"
    ]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        (
            "xác nhận cư trú, tôi đang ở 1 hồ xuân hương, quận 1, tp. hồ chí minh.",
            "1 hồ xuân hương, quận 1, tp. hồ chí minh",
        ),
        (
            "xac nhan cu tru, toi dang o 1 ho xuan huong, quan 1, tp. ho chi minh.",
            "1 ho xuan huong, quan 1, tp. ho chi minh",
        ),
        (
            "tôi đang ở 12 hồ tùng mậu, phường mai dịch, hà nội.",
            "12 hồ tùng mậu, phường mai dịch, hà nội",
        ),
    ],
)
def test_a_street_named_after_a_counting_surname_is_an_address(text: str, street: str) -> None:
    assert _addresses(text) == [street]


@pytest.mark.parametrize(
    "text",
    [
        "xã có 12 hộ gia đình, thôn 3 có 5 hộ nghèo.",
        "năm nay có 3 vụ án hình sự, 2 vụ tai nạn giao thông.",
        "tháng này tăng 5 hộ, giảm 2 hộ so với tháng trước.",
    ],
)
def test_a_count_of_households_or_cases_stays_a_count(text: str) -> None:
    assert _addresses(text) == []
