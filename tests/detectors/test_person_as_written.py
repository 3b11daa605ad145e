"""vn.person on names as people write them (issue 15, tests/test_name_shapes.py): a capitalised
two-word name after a self-introduction ("tôi là Nguyễn An,"), and what must stay clean around
the same cues."""

from __future__ import annotations

import pytest

from ai_guard import EntityType, check_prompt


def names(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.PERSON
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chào bạn, tôi là Nguyễn An, cần hỏi thủ tục đăng ký kết hôn.", ["Nguyễn An"]),
        ("Em là Tiêu Hiển, cán bộ một cửa, nhờ bạn soạn thông báo.", ["Tiêu Hiển"]),
        ("Tôi tên là Đới Phụng, nhờ bạn viết đơn xin nghỉ phép.", ["Đới Phụng"]),
        ("Chao ban, toi la Nguyen An, can hoi thu tuc.", ["Nguyen An"]),
        ("Mình là TRẦN HÀ nha, viết giúp mình lá đơn.", ["TRẦN HÀ"]),
    ],
)
def test_a_two_word_name_after_a_self_introduction(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tôi là Công dân Việt Nam, cần hỏi thủ tục.",
        "Tôi là Trưởng phòng Tư pháp huyện.",
        "Em là Sinh viên năm 3, nhờ bạn viết đơn.",
        "Tôi là Đảng viên, cần hỏi về sinh hoạt chi bộ.",
        "Tên là Hà Nội thì viết hoa cả hai chữ.",
        "Tôi là người Hà Nội, sống ở Đống Đa.",
    ],
)
def test_no_name_after_a_self_introduction_that_names_no_one(text: str) -> None:
    assert names(text) == []
