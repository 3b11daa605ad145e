"""holdout18's shapes of names (tenth session): a salutation after "for me:" ("me" is no
"mẹ"), a full name of five words, the royal clan's later generations ("Công Tằng Tôn Nữ");
each beside the hard negatives that must stay clean."""

from __future__ import annotations

import pytest

from ai_guard.detectors.person import PersonNameDetector
from ai_guard.text import Document


def names(text: str) -> list[str]:
    return sorted(
        text[d.start : d.end] for d in PersonNameDetector().detect(Document(text)) if d.score >= 0.5
    )


def test_salutation_after_for_me_is_no_name() -> None:
    text = "Please reply to this e-mail for me: Dear Mr. Sean O'Donoghue, thank you."
    assert names(text) == ["Sean O'Donoghue"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a foreign name after a Vietnamese kin word is still one
        ("mẹ Siobhan O'Connor gọi điện hôm qua", "Siobhan O'Connor"),
        ("Anh Somchai Srisuk đến hôm qua.", "Somchai Srisuk"),
    ],
)
def test_foreign_names_after_cues_stay(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("with our coordinator Ms. Lê Thị Thu Hạ Vy. Please send", "Lê Thị Thu Hạ Vy"),
        ("chị Lê Thị Thu Hạ Vy đến nộp hồ sơ.", "Lê Thị Thu Hạ Vy"),
        # four words stay four
        ("bà Nguyễn Thị Thu Hà đến nộp hồ sơ", "Nguyễn Thị Thu Hà"),
        # the fifth word a province's: the name ends before it
        ("ông Nguyễn Văn Minh Hà Nam đến", "Nguyễn Văn Minh Hà"),
    ],
)
def test_five_word_names(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "- Bà Công Tằng Tôn Nữ Diệu Lan, số 3 kiệt 21 Đặng Thái Thân",
            "Công Tằng Tôn Nữ Diệu Lan",
        ),
        ("cong tang ton nu dieu lan, lop 8b", "cong tang ton nu dieu lan"),
        ("ông Công Huyền Tôn Thất Minh ở Huế", "Công Huyền Tôn Thất Minh"),
        ("Bà Tôn Nữ Thị Bích Hạnh, kiệt 47 Chi Lăng", "Tôn Nữ Thị Bích Hạnh"),
    ],
)
def test_royal_clan_leads(text: str, name: str) -> None:
    assert name in names(text)


def test_lower_case_cong_before_capitals_is_no_clan_lead() -> None:
    # "tiền công" (wages) before a capitalised name: the name starts at "Tôn"
    assert names("trả tiền công Tôn Nữ Diệu Lan tháng 11") == ["Tôn Nữ Diệu Lan"]


def test_three_two_word_names_after_a_people_word() -> None:
    text = "học viên gồm Lê Na, Phí Hùng, Mã Khuê, Đàm Vân, Tạ Hiền. Lớp học buổi sáng."
    assert names(text) == sorted(["Lê Na", "Phí Hùng", "Mã Khuê", "Đàm Vân", "Tạ Hiền"])


@pytest.mark.parametrize(
    "text",
    [
        # poets and philosophers: no word that introduces people before them
        "Thơ của Lý Bạch, Đỗ Phủ, Vương Duy rất hay.",
        "So sánh Khổng Tử và Mạnh Tử.",
        # two alone after a people word, uncommon surnames: still no list
        "học viên gồm Phí Hùng và Tạ Hiền đã ký",
    ],
)
def test_uncommon_pairs_without_a_list_of_three_stay_clean(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        ("ông Trương Vĩ Cường (tên phiên âm Zhang Weiqiang), hộ chiếu EJ4827163", "Zhang Weiqiang"),
        ("ông Trương Vĩ Cường (Zhang Weiqiang), hộ chiếu EJ4827163", "Zhang Weiqiang"),
        ("ông Lâm Gia Thành (pinyin: Lin Jiacheng) ký", "Lin Jiacheng"),
    ],
)
def test_latin_spelling_in_brackets_after_a_name(text: str, latin: str) -> None:
    assert latin in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "bà Lê Thị Hoa (Ha Noi) gửi hồ sơ",  # a place typed plain
        "ông Trần Văn Bình (Chair Of Board) ký",  # a post
        "Công ty Tân Á (Zhang Materials) gửi",  # no person's name before the bracket
    ],
)
def test_brackets_that_spell_no_name(text: str) -> None:
    found = names(text)
    assert not any(n.isascii() and n[0].isupper() and " " in n for n in found), found
