"""Everyday words before a name's place: 'mật ong' (honey) before a product (holdout19's
h19-092: "MẬT ONG HOA NHÃN" was read as the surname Ông and two names), 'giấy tờ' before
'thì làm' typed plain (h19-100: no Tô Thị Lâm); 'ông' (Mr) and a listed name keep theirs."""

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


@pytest.mark.parametrize(
    "text",
    [
        # holdout19's h19-100: "giấy tờ thì làm ở đâu" typed plain, no Tô Thị Lâm
        "gio lam lai giay to thi lam o dau truoc",
        "giấy tờ thì làm ở đâu hả anh",
        "ho so gom giay to thi lam nop o xa",
    ],
)
def test_a_surname_closing_an_everyday_word_opens_no_name(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("danh sach: to thi lam, nguyen van an", "to thi lam"),
        ("ong to thi lam o xom 3", "to thi lam"),
    ],
)
def test_the_same_words_as_a_name_stay_a_name(text: str, name: str) -> None:
    assert name in _names(text)
