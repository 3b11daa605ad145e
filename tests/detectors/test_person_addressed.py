"""Given names that are also everyday words after a kin word ("anh minh" wise, "anh hùng" hero,
"chị hằng" the moon's lady, "anh quân"), and "minh" typed plain in a line with diacritics: a
name where the person is plainly addressed (called, asked, sent to), a word elsewhere."""

from __future__ import annotations

import pytest

from ai_guard import check_prompt
from ai_guard.models import Decision, EntityType


def _names(text: str) -> list[str]:
    return [
        text[f.start : f.end]
        for f in check_prompt(text).findings
        if f.entity is EntityType.PERSON and f.action is not Decision.ALLOW
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("nhờ anh minh gửi lại hồ sơ", "minh"),
        ("anh minh ơi, em gửi rồi", "minh"),
        ("hỏi anh hùng bên thuế xem", "hùng"),
        ("anh linh ơi", "linh"),
        ("e gửi anh dũng rồi nhé", "dũng"),
        ("cho e hỏi anh quân bên kho bạc còn làm ở đó ko", "quân"),
        ("moi nguoi cho e hoi anh quan ben kho bac con lam o do ko", "quan"),
        ("chị hằng ơi, em nộp bản sao rồi", "hằng"),
    ],
)
def test_addressed_person_is_named(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "sự lãnh đạo anh minh của Đảng",
        "các anh hùng liệt sĩ đã hy sinh",
        "cảm ơn anh quan tâm",
        "hỏi anh quan tam den viec nay",
        "cho anh linh các anh hùng liệt sĩ được siêu thoát",
        "chú tâm vào công việc",
        "chiến đấu anh dũng, hy sinh",
        "c bổ sung giúp e nha",
        "bác sĩ ơi cho em hỏi",
        "em gửi anh minh họa rồi",
    ],
)
def test_everyday_words_stay_clean(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("vo ong Quyet ten la Lua, ca nha chuyen vao Binh Duong", "Quyet"),
        ("ba Tam ban xoi dau hem 42", "Tam"),
        ("nho chi Lan gui lai giay to", "Lan"),
    ],
)
def test_capitalised_given_name_after_a_cue_typed_plain(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "di ba Dinh",  # Ba Đình, a district
        "Kinh gui: Cac dong chi Uy vien Ban Thuong vu",
        "qua han, Kho bac Nha nuoc thu hoi",
        "nguyen can bo Chi cuc Thue",
    ],
)
def test_offices_and_places_typed_plain_stay_clean(text: str) -> None:
    assert _names(text) == []
