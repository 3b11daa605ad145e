"""vn.address: chains of address components, with or without diacritics, old and new units."""

from __future__ import annotations

import pytest

from ai_guard import EntityType, check_prompt


def addresses(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.ADDRESS
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "thường trú tại số 12 ngõ 34 đường Láng, phường Láng Thượng, quận Đống Đa, TP Hà Nội;",
            "số 12 ngõ 34 đường Láng, phường Láng Thượng, quận Đống Đa, TP Hà Nội",
        ),
        (
            "Nguyen Van An, thuong tru tai xa Tan Phu, huyen Dong Phu, tinh Binh Phuoc.",
            "xa Tan Phu, huyen Dong Phu, tinh Binh Phuoc",
        ),
        (
            "địa chỉ: 12/3 hẻm 45, P. Bến Thành, Q.1, TP. HCM",
            "12/3 hẻm 45, P. Bến Thành, Q.1, TP. HCM",
        ),
        (
            "Trụ sở: Số 58 Trần Phú, phường Ba Đình, Hà Nội",
            "Số 58 Trần Phú, phường Ba Đình, Hà Nội",
        ),
        ("trú tại: thôn X, xã HV, huyện H, tỉnh HT.", "thôn X, xã HV, huyện H, tỉnh HT"),
        (
            "trú tại tổ 5, phường Quang Trung, TP Thái Nguyên, tỉnh Thái Nguyên.",
            "tổ 5, phường Quang Trung, TP Thái Nguyên, tỉnh Thái Nguyên",
        ),
        (
            "Địa chỉ: số 88/3 đường 30 Tháng 4, phường Xuân Khánh, quận Ninh Kiều, TP Cần Thơ",
            "số 88/3 đường 30 Tháng 4, phường Xuân Khánh, quận Ninh Kiều, TP Cần Thơ",
        ),
        (
            "diện tích 250 m² tại thôn Đông, xã Kim Chung, huyện Đông Anh, TP Hà Nội; giá",
            "thôn Đông, xã Kim Chung, huyện Đông Anh, TP Hà Nội",
        ),
        (  # post-2025 two-level address
            "hiện ở tại phường Hồng Hà, TP Hà Nội.",
            "phường Hồng Hà, TP Hà Nội",
        ),
        (
            "who lives at 12 Le Loi Street, Ben Nghe Ward, District 1, Ho Chi Minh City.",
            "12 Le Loi Street, Ben Nghe Ward, District 1, Ho Chi Minh City",
        ),
        (
            "residing at No. 45, Lane 120, Truong Chinh Street, Khuong Mai Ward, Hanoi",
            "No. 45, Lane 120, Truong Chinh Street, Khuong Mai Ward, Hanoi",
        ),
        # a Vietnamese address translated into English: the names as written, the unit
        # words in lower case after them; a street with no unit word before them
        (
            "He lives in Bản Cái hamlet, Phú Lương commune, Thái Nguyên province.",
            "Bản Cái hamlet, Phú Lương commune, Thái Nguyên province",
        ),
        (
            "send it to 12 Hải Thượng Lãn Ông, Chợ Lớn ward, Ho Chi Minh City please",
            "12 Hải Thượng Lãn Ông, Chợ Lớn ward, Ho Chi Minh City",
        ),
        ("ship to 18 nguyen trai, ben thanh ward, hcmc", "18 nguyen trai, ben thanh ward, hcmc"),
    ],
)
def test_addresses_are_found(text: str, expected: str) -> None:
    assert addresses(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "UBND xã Tân Phú, huyện Đồng Phú, tỉnh Bình Phước báo cáo",
        "Hà Nội, ngày 5 tháng 3 năm 2025",
        "Sở Tư pháp TP Hồ Chí Minh tổ chức tập huấn",
        "Họp tại phòng 305, tầng 3 trụ sở cơ quan",
        "thửa đất số 125, tờ bản đồ số 14",
        "from 2012 to 2025 the number grew from 3 to 6",
        "I visited Hoan Kiem district last week",
        "the street vendors of Hanoi city",
        "Ủy ban nhân dân tỉnh Bình Phước đề nghị các sở, ban, ngành",
        "tại trụ sở Tòa án nhân dân tỉnh Hà Tĩnh",
        "We met in Ho Chi Minh City last year.",
        "Công văn số 12, ngày 5/3/2025",
    ],
)
def test_agencies_and_numbers_are_not_addresses(text: str) -> None:
    assert addresses(text) == []
