"""Issue 15's leftovers (sixteenth session): names and addresses as people write them, on new
probes (none of a corpus's rows), each failing on main at 890be9b.

False positives:

* an office's word with the word before it ("là nhân viên văn phòng", "nhân viên văn thư")
  read as the names "Viên Văn Phong", "Viên Văn Thu" after a "là" cue: the two words are a
  cue of ``name_cues.tsv`` ("nhân viên"), no surname opens there;
* "anh vu truong phong ky chua": one word, then the person's title, no "Vũ Trường Phong";
* a historical figure's name as an item of a list of citizens ("1. le van tam, sinh 1980;
  2. nguyen thi hoa, ..."): a namesake;
* "ở xóm trại ngày nào cũng ...": "ngày nào" (every day) is no hamlet's word.

Misses:

* "gửi cho Y Wơn Niê": "cho" typed so in a line with diacritics is no "chợ";
* two children named as a pair after "thằng"/"con" ("thang tuan voi con hoa lai danh nhau").
"""

from __future__ import annotations

import pytest

from ai_guard import check_prompt
from ai_guard.models import EntityType


def _found(text: str, entity: EntityType) -> list[str]:
    return [
        text[f.start : f.end]
        for f in check_prompt(text).findings
        if f.entity is entity and f.placeholder is not None
    ]


def _kept(text: str) -> list[str]:
    return [
        text[f.start : f.end]
        for f in check_prompt(text).findings
        if f.entity is EntityType.PERSON and f.placeholder is None
    ]


@pytest.mark.parametrize(
    "text",
    [
        "chi ay la nhan vien van phong",
        "toi la nhan vien van thu cua xa",
        "chị ấy là nhân viên văn phòng",
    ],
)
def test_an_office_word_is_no_name(text: str) -> None:
    assert _found(text, EntityType.PERSON) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("anh vu truong phong ky chua", ["vu"]),
        ("anh vũ trưởng phòng ký chưa", ["vũ"]),
        ("sinh nhat chi mai truong phong, goi giup", ["mai"]),
        # spelled as a name, the words are one
        ("ông vũ trường phong ký chưa", ["vũ trường phong"]),
    ],
)
def test_a_title_after_one_word_is_no_part_of_the_name(text: str, names: list[str]) -> None:
    assert _found(text, EntityType.PERSON) == names


def test_a_figure_in_a_list_of_citizens_is_a_namesake() -> None:
    text = "danh sach: 1. le van tam, sinh 1980, thon 3; 2. nguyen thi hoa, sinh 1985"
    assert _found(text, EntityType.PERSON) == ["le van tam", "nguyen thi hoa"]
    text = "Danh sách hộ nghèo:\n1. Lê Văn Tám, thôn 3\n2. Nguyễn Thị Hoa, thôn 4"
    assert _found(text, EntityType.PERSON) == ["Lê Văn Tám", "Nguyễn Thị Hoa"]
    assert _kept(text) == []


def test_a_list_of_figures_keeps_them() -> None:
    text = "Các anh hùng nhỏ tuổi:\n1. Lê Văn Tám\n2. Kim Đồng\n3. Võ Thị Sáu"
    assert _kept(text) == ["Lê Văn Tám", "Kim Đồng", "Võ Thị Sáu"]
    assert _found(text, EntityType.PERSON) == []


@pytest.mark.parametrize(
    "text",
    [
        "chu ba o xom trai ngay nao cung ra dong",
        "nha o thon dong ngay nao cung mat dien",
    ],
)
def test_a_time_word_is_no_hamlet_s(text: str) -> None:
    assert not any("ngay" in a for a in _found(text, EntityType.ADDRESS))


def test_a_hamlet_before_a_time_word_keeps_its_name() -> None:
    text = "ông tám ở thôn khe vằn hôm qua bị ngã"
    assert _found(text, EntityType.ADDRESS) == ["thôn khe vằn"]


def test_cho_typed_so_among_diacritics_is_no_market() -> None:
    assert _found("gửi cho Y Wơn Niê bộ hồ sơ", EntityType.PERSON) == ["Y Wơn Niê"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("thang tuan voi con hoa lai danh nhau", ["tuan", "hoa"]),
        ("thằng tuấn với con hoa lại đánh nhau", ["tuấn", "hoa"]),
        ("con hoa va thang tuan di hoc chua", ["hoa", "tuan"]),
    ],
)
def test_a_pair_after_thang_and_con(text: str, names: list[str]) -> None:
    assert _found(text, EntityType.PERSON) == names


@pytest.mark.parametrize(
    "text",
    [
        "thang tu voi thang nam mua nhieu",
        "tháng tuấn với con hoa",
        "thang long va con phuong",
        "thang tuan nay ban qua",
    ],
)
def test_months_and_animals_are_no_pair(text: str) -> None:
    assert _found(text, EntityType.PERSON) == []
