"""The next name in a list of people: after a full name found and "và" / "với" / a comma,
three or four capitalised words led by a lexicon surname are a person's even where their given
name is no lexicon word (Khmer, minority names); figures, places and companies stay out."""

from __future__ import annotations

import pytest

from ai_guard import check_prompt
from ai_guard.models import Decision, EntityType


def _private(text: str) -> list[str]:
    return [
        text[f.start : f.end]
        for f in check_prompt(text).findings
        if f.entity is EntityType.PERSON and f.action is not Decision.ALLOW
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Thạch Thị Sa Phol và Danh Sóc Kha, hai học sinh người Khmer",
            ["Thạch Thị Sa Phol", "Danh Sóc Kha"],
        ),
        ("Nguyễn Văn An và Trần Sóc Kha đến nhận hỗ trợ", ["Nguyễn Văn An", "Trần Sóc Kha"]),
        # lower case: a surname, a middle name of the name's shape and one word, end marked
        (
            "sung a lenh va giang thi xo o ban pa cong can xac nhan ho ngheo",
            ["sung a lenh", "giang thi xo"],
        ),
        ("sùng a lềnh và giàng thị xo ở bản pa cống", ["sùng a lềnh", "giàng thị xo"]),
    ],
)
def test_next_name_in_a_list(text: str, names: list[str]) -> None:
    assert _private(text) == names


@pytest.mark.parametrize(
    "text",
    [
        # "thì" is no "thị", "lê thì xong" goes on with the sentence; no end mark after "xong"
        "gửi nguyễn văn an và lê thì xong",
        "chi nguyen thi hoa va ho thi xong roi",
    ],
)
def test_a_lower_case_list_takes_no_clause_for_a_name(text: str) -> None:
    assert len(_private(text)) == 1


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a Khmer family name and a two-syllable given name, no cue needed
        (
            "sổ hộ khẩu ghi chủ hộ Thạch Thị Sa Quynh, con là Danh Sô Phia và Kim Sô Phal, ở phum",
            ["Thạch Thị Sa Quynh", "Danh Sô Phia", "Kim Sô Phal"],
        ),
        ("con là Danh Sô Phia.", ["Danh Sô Phia"]),
    ],
)
def test_khmer_names_by_their_shape(text: str, names: list[str]) -> None:
    assert _private(text) == names


@pytest.mark.parametrize("text", ["du lịch Kim Sa Pa", "Kim Sơn Hà đẹp", "Danh So Phia la gi"])
def test_no_khmer_shape_without_its_given_name_head(text: str) -> None:
    assert _private(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Nguyễn Văn An và Trần Hưng Đạo",  # a figure: kept visible
        "Nguyễn Văn An, Hà Nội Mới",
        "Nguyễn Văn An và Công Ty Mới",
    ],
)
def test_not_a_private_name_after_the_list(text: str) -> None:
    assert _private(text) == ["Nguyễn Văn An"]


def test_a_template_line_is_no_name() -> None:
    # typed without diacritics: "Làm mẫu tờ khai", no "Lâm Mẫu Tô Khải" at a line's start
    assert _private("Lam mau to khai: Ho va ten: Nguyen Van A; So CCCD: ...") == []


def test_a_run_that_ends_inside_a_title_typed_plain_is_no_name() -> None:
    # "Lăng Chủ tịch Hồ Chí Minh" typed without diacritics: "Lang Chu" opens no name
    text = "lich trinh cho doan hoc sinh: Lang Chu tich Ho Chi Minh, Bao tang Ho Chi Minh"
    assert _private(text) == []


def test_a_residence_after_the_name_is_no_next_person() -> None:
    text = "Danh sách:\n1. NGUYỄN VĂN AN - THÔN 3\n2. CẦM THỊ XOAN, BẢN HUA LA"
    assert "BẢN HUA LA" not in _private(text)
