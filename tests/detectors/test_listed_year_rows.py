"""A list of people typed in chat, each row a full name, a birth year and where the person
lives, with no dash between (issue 15, holdout30's shape): "- lo thi xenh 1955 ban cang",
"lạc thi hảo 1959 thôn 3, kiều văn lưu 1944 thôn 1". The year is the person's birth year
(vn.date_of_birth, dob.listed) and the village or hamlet after it the address (vn.address),
not a house number before the hamlet. A year after words that are no full name, or a
village word read as "bán" (sells) or "bạn" (friend), stays clean."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

import ai_guard.testing.strategies as vst
from ai_guard import check_prompt
from ai_guard.models import EntityType


def found(text: str, entity: EntityType) -> list[str]:
    return [text[f.start : f.end] for f in check_prompt(text).findings if f.entity is entity]


@pytest.mark.parametrize(
    ("text", "years", "places"),
    [
        # plain, a bulleted list, no word of age or birth: two rows or more
        (
            "gop giup 2 danh sach:\n- vi thi pheng 1962 ban hon\n- lo van sanh 1970 ban na ngam",
            ["1962", "1970"],
            ["ban hon", "ban na ngam"],
        ),
        # numbered rows, hamlets by their number, with diacritics
        (
            "rà soát hộ nghèo:\n1. đinh văn khuyến 1949 xóm 7\n2. bạch thị nhài 1966 xóm 2",
            ["1949", "1966"],
            ["xóm 7", "xóm 2"],
        ),
        # one line, after a word of birth years: the rows after ":" and ","
        (
            "xếp theo năm sinh giùm: tạ văn chững 1961 ấp 4, phí thị lụa 1938 ấp 11",
            ["1961", "1938"],
            ["ấp 4", "ấp 11"],
        ),
        # a comma or a dash between the fields
        (
            "ds nhan bo:\n- ma van thieu, 1957, buon tlang\n- ha thi khuyen, 1963, buon tlang",
            ["1957", "1963"],
            ["buon tlang", "buon tlang"],
        ),
    ],
)
def test_name_year_then_village(text: str, years: list[str], places: list[str]) -> None:
    assert found(text, EntityType.DATE_OF_BIRTH) == years
    assert found(text, EntityType.ADDRESS) == places


@pytest.mark.parametrize(
    "text",
    [
        # "bán hàng", "bán đất" typed plain: sells, no village
        "ds ho kinh doanh:\n- nguyen van tho 1985 ban hang rong\n- le thi mo 1990 ban dat nen",
        # "bạn tôi", "bạn bè" typed plain
        "ds:\n- nguyen van tho 1985 ban toi\n- le thi mo 1990 ban be",
        # a year after words that are no full name: a programme, a plan
        "ke hoach:\n- van nghe 2019 thon 3\n- the thao 2020 thon 4",
    ],
)
def test_no_village_where_none_is_named(text: str) -> None:
    assert found(text, EntityType.ADDRESS) == []


def test_years_after_no_name_stay_years() -> None:
    text = "ke hoach:\n- van nghe 2019 thon 3\n- the thao 2020 thon 4"
    assert found(text, EntityType.DATE_OF_BIRTH) == []


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(vst.chat_log_prompts(shapes=["row_hamlet"], folded=True))
def test_rows_drawn_are_covered(prompt: vst.LabelledPrompt) -> None:
    result = check_prompt(prompt.text)
    for start, end, entity in prompt.spans:
        assert any(
            f.start <= start and end <= f.end and f.entity.value == entity for f in result.findings
        ), (prompt.text, prompt.text[start:end], entity)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # items run on one line after ":" and ",", a full name then the village, no year
        (
            "họp với: lò văn sính bản hua nà, cầm thị thoa bản nà sáy",
            ["bản hua nà", "bản nà sáy"],
        ),
        ("ds cấp thẻ: rơ châm văn thủy buôn ea tlang; vi văn chắn bản khun pe", ["bản khun pe"]),
    ],
)
def test_a_village_after_a_name_in_a_run_on_list(text: str, places: list[str]) -> None:
    assert found(text, EntityType.ADDRESS) == places


@pytest.mark.parametrize(
    "text",
    [
        # "bán" (sells), marked so or typed plain: no village
        "ds: nguyễn thị hoa bán rau muống, trần văn an bán cá tươi",
        "ds: nguyen thi hoa ban rau muong, tran van an ban ca tuoi",
    ],
)
def test_selling_after_a_name_in_a_run_on_list_is_no_village(text: str) -> None:
    assert found(text, EntityType.ADDRESS) == []
