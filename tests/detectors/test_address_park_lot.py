"""An industrial park, maybe with its lot, is a firm's premises, not anyone's home (PROMPTS.md,
settled on 2026-12-06): not redacted as an ADDRESS unless a cue says someone lives there."""

from __future__ import annotations

import pytest

from ai_guard import check_prompt
from ai_guard.models import EntityType


def _addresses(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.ADDRESS
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Công ty TNHH May Tân Phú Hưng, MST 3702183663, địa chỉ: Lô C7 KCN Tân Đông Hiệp B, "
        "TP Hồ Chí Minh.",
        "nơi xảy ra: nhà xưởng Công ty CP Gỗ Phú Tài, lô C7, Khu công nghiệp Phú Tài, phường "
        "Quy Nhơn Đông, tỉnh Gia Lai.",
        "Công ty đặt trụ sở tại lô C5, khu công nghiệp Bắc Vinh, xã Hưng Đông, tỉnh Nghệ An.",
        "nha may o lo B2 kcn que vo, tinh bac ninh",
        "địa chỉ trụ sở: KCN Quang Minh, xã Quang Minh, Hà Nội",
        "Công ty đặt tại khu công nghiệp Bắc Vinh, xã Hưng Đông, tỉnh Nghệ An.",
    ],
)
def test_a_lot_in_a_park_is_no_private_address(text: str) -> None:
    assert _addresses(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Anh Trần Văn Hải hiện trú tại lô C7, Khu công nghiệp Phú Tài, phường Quy Nhơn Đông, "
            "tỉnh Gia Lai.",
            "lô C7, Khu công nghiệp Phú Tài, phường Quy Nhơn Đông, tỉnh Gia Lai",
        ),
        (
            "Gia đình ông ở lô A12 khu dân cư Phú Mỹ, phường Phú Lợi, tỉnh Bình Dương.",
            "lô A12 khu dân cư Phú Mỹ, phường Phú Lợi, tỉnh Bình Dương",
        ),
        (
            "Chị Lò Thị Mai tạm trú tại lô 5, KCN Quế Võ, tỉnh Bắc Ninh.",
            "lô 5, KCN Quế Võ, tỉnh Bắc Ninh",
        ),
    ],
)
def test_where_someone_lives_stays_an_address(text: str, address: str) -> None:
    assert _addresses(text) == [address]
