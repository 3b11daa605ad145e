"""Addresses that are no one's home in proper-case prompts (issue 15, i15-vi22): a shop that
serves the public as a meeting's venue, an agency's office where it receives citizens or
works, an office's address in a signature, streets listed as an area; each beside the homes
that must stay addresses."""

from __future__ import annotations

import pytest

from ai_guard.detectors.address import AddressDetector
from ai_guard.text import Document


def addresses(text: str) -> list[str]:
    return sorted(
        text[d.start : d.end] for d in AddressDetector().detect(Document(text)) if d.score >= 0.5
    )


@pytest.mark.parametrize(
    "text",
    [
        # a shop as a venue (PROMPTS.md: a cafe named as a meeting's venue is no ADDRESS)
        "Tìm lộ trình đến quán cà phê ở số 45 đường Nguyễn Văn Cừ, gần Trường THPT Trần Phú.",
        "họp nhóm ở quán cà phê số 45 đường Nguyễn Văn Cừ chiều nay",
        "gặp nhau tại quán cafe Cộng, số 12 Lý Thường Kiệt, phường Cửa Nam",
        "hẹn ở tiệm trà sữa số 8 phố Huế",
        # an agency where it receives citizens or works
        "Trụ sở UBND phường đặt tại số 2 đường Phan Đình Phùng; điểm tiếp công dân ở số 15"
        " đường Lý Tự Trọng; giờ làm việc từ 7h30.",
        "Bộ phận Một cửa UBND phường Long Biên tiếp nhận hồ sơ từ thứ Hai đến sáng thứ Bảy tại"
        " số 1 phố Vạn Hạnh, phường Long Biên.",
        "Công an phường làm việc từ 7h30 tại số 3 phố Hàng Bài, phường Hoàn Kiếm.",
        # an office's address in a civil servant's signature
        "Chuyên viên Phòng Tư pháp\nĐịa chỉ cơ quan: số 93 đường 30/4, phường Tân Ninh,"
        " tỉnh Tây Ninh",
        # streets listed as an area
        "tạm ngừng cấp điện các tuyến phố Phan Đình Phùng, Hoàng Diệu, Điện Biên Phủ, phường"
        " Ba Đình để bảo dưỡng lưới.",
        "thi công cải tạo vỉa hè tuyến đường Lê Lợi, phường Bến Thành",
    ],
)
def test_places_that_are_no_home(text: str) -> None:
    assert addresses(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a person named before the chain keeps it theirs
        (
            "quán cà phê của chị Lan ở số 5 ngõ 12 phố Huế, phường Phố Huế",
            "số 5 ngõ 12 phố Huế",
        ),
        # an eatery was labelled an address (holdout13), the cafe rule leaves it so
        (
            "luc 9h, tai quan com so 41 duong le duan, phuong hai chau, tp da nang, anh",
            "so 41 duong le duan, phuong hai chau, tp da nang",
        ),
        (
            "UBND xã tiếp nhận hồ sơ của ông Lan tại số 1 phố Vạn Hạnh, phường Long Biên",
            "số 1 phố Vạn Hạnh, phường Long Biên",
        ),
        # a home near a cafe is a home
        ("Tôi ở số 5 ngõ 12 phố Huế, gần quán cà phê", "số 5 ngõ 12 phố Huế"),
        # a street with a house number after "các" is a home's
        ("các hộ ở số 5 phố Huế, phường Phố Huế", "số 5 phố Huế, phường Phố Huế"),
        ("nhà tôi ở phố Phan Đình Phùng, phường Ba Đình", "phố Phan Đình Phùng, phường Ba Đình"),
        # a land parcel's place beside its owner stays redacted (holdout30 labels it, holdout33
        # does not: the guard keeps it, failing closed)
        (
            "cap lai so do cho ong phi minh khoa, thua dat so 214 to ban do 7 tai thon lai son"
            " xa tam duong tinh phu tho",
            "thon lai son xa tam duong tinh phu tho",
        ),
    ],
)
def test_homes_stay_addresses(text: str, address: str) -> None:
    assert any(address in a for a in addresses(text))
