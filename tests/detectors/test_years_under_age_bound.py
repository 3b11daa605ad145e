"""Two-digit years in brackets after children's names, where the text bounds their age in
years below the number (issue 15, holdout30's under-fives): "trẻ dưới 5 tuổi: ... (22)" holds
no child aged 22, so (22) is the year 2022 (``years_after_names``). An age in brackets under
no such bound, a number under the bound, a bound in months, or a bound an adult's stays no
year."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

import ai_guard.testing.strategies as vst
from ai_guard import check_prompt
from ai_guard.models import EntityType


def years(text: str) -> list[str]:
    found = check_prompt(text).findings
    return [text[f.start : f.end] for f in found if f.entity is EntityType.DATE_OF_BIRTH]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "danh sách trẻ dưới 6 tuổi chưa tiêm sởi: nguyễn gia huy (21), phạm thị ngọc ánh (23)",
            ["21", "23"],
        ),
        (
            "lap ds chau chua du 6 tuoi vao mau giao: vu minh khang (21), tran bao ngoc (22)",
            ["21", "22"],
        ),
        ("children under 5 years: tran bao an (22), le minh chau (24)", ["22", "24"]),
    ],
)
def test_two_digits_above_the_age_bound_are_years(text: str, expected: list[str]) -> None:
    assert years(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no bound: an age as often
        "ds nguoi cao tuoi: nguyen van an (85), le thi hoa (79)",
        # under the bound: ages
        "tre duoi 5 tuoi: nguyen gia huy (4), pham ngoc anh (3)",
        # a bound in months: (22) may be an age in months
        "tre duoi 36 thang: nguyen gia huy (22), pham ngoc anh (30)",
        # an adult's bound: (45) and (22) are ages
        "lao dong duoi 60 tuoi: nguyen van an (45), le thi hoa (22)",
        # above the bound but ahead of this century's years: no year
        "tre duoi 5 tuoi: nguyen gia huy (87), pham ngoc anh (90)",
    ],
)
def test_numbers_that_may_be_ages_stay_clean(text: str) -> None:
    assert years(text) == []


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(vst.chat_log_prompts(shapes=["short_year"], folded=True))
def test_a_year_above_the_bound_after_a_found_name_is_found(prompt: vst.LabelledPrompt) -> None:
    if "duoi" not in prompt.text:
        return
    result = check_prompt(prompt.text)
    names = [f for f in result.findings if f.entity is EntityType.PERSON]
    for start, end, entity in prompt.spans:
        if entity != "DATE_OF_BIRTH" or not any(f.end == start - 2 for f in names):
            continue  # (a name the person detector missed leaves its year: not this rule's)
        assert any(
            f.entity is EntityType.DATE_OF_BIRTH and (f.start, f.end) == (start, end)
            for f in result.findings
        ), (prompt.text, prompt.text[start:end])
