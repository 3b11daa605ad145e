"""'mật ong' (honey) before a product's name is no person (holdout19's h19-092: "MẬT ONG HOA
NHÃN" was read as the surname Ông and two names); 'ông' (Mr) keeps its name."""

from __future__ import annotations

import pytest

from ai_guard import check_prompt
from ai_guard.models import EntityType


def _names(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.PERSON
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Viết đoạn giới thiệu sản phẩm OCOP: MẬT ONG HOA NHÃN của hợp tác xã.",
        "Cửa hàng bán mật ong Hoa Nhãn và mật ong Bạc Hà loại 1.",
        "Sản phẩm: Mật Ong Hoa Cà Phê Đắk Lắk.",
    ],
)
def test_honey_before_a_product_is_no_name(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Đề nghị giữ bí mật ông Nguyễn Văn Hải đã khai.", "Nguyễn Văn Hải"),
        ("Chuyện bí mật ông Trần Văn Lộc kể lại.", "Trần Văn Lộc"),
        ("ban mat ong nguyen van hai", "nguyen van hai"),  # typed plain: maybe Mr
        ("Bà Ong Thị Hoa bán mật ong ở chợ.", "Ong Thị Hoa"),
    ],
)
def test_mr_after_a_secret_keeps_his_name(text: str, name: str) -> None:
    assert name in _names(text)
