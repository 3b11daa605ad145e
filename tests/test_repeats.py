"""ai_guard.prompt.repeats: every occurrence of many values, anchored or one by one, within a
budget."""

from __future__ import annotations

from collections.abc import Collection

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ai_guard.prompt.repeats import BudgetExceeded, budget_for, occurrences

SETTINGS = settings(
    max_examples=int(__import__("os").environ.get("AI_GUARD_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def brute_force(text: str, values: list[str]) -> list[tuple[int, str]]:
    return sorted({(i, v) for v in values if v for i in range(len(text)) if text.startswith(v, i)})


# few characters, so that values overlap, repeat, glue to runs and share their anchors;
# "٣" is an Arabic-Indic digit (\d), "²" a digit that is not decimal, "\u0301" a mark
ALPHABET = st.sampled_from(list("0123ab AĐđ./-_@٣²\u0301"))
short_texts = st.text(ALPHABET, max_size=60)


@st.composite
def texts_and_values(draw: st.DrawFn) -> tuple[str, list[str]]:
    text = draw(short_texts)
    values = draw(st.lists(st.text(ALPHABET, min_size=1, max_size=8), max_size=6))
    for _ in range(draw(st.integers(0, 6))):  # and pieces of the text itself
        if text:
            i = draw(st.integers(0, len(text) - 1))
            values.append(text[i : i + draw(st.integers(1, 14))])
    return text, values


@SETTINGS
@given(texts_and_values(), st.sampled_from([True, False]))
def test_finds_exactly_every_occurrence(case: tuple[str, list[str]], anchored: bool) -> None:
    text, values = case
    assert occurrences(text, values, anchored=anchored) == brute_force(text, values)


@SETTINGS
@given(texts_and_values(), st.sampled_from(["dict", "set", "frozenset"]))
def test_distinct_values_read_as_they_are_given(case: tuple[str, list[str]], kind: str) -> None:
    """Values given as a dict's keys or a set (the engine's) are read without a copy: the
    same occurrences, on the anchored path too (where a value its own anchor is kept alone,
    and joins a group when another value shares its anchor)."""
    text, values = case
    distinct: Collection[str] = (
        dict.fromkeys(values)
        if kind == "dict"
        else set(values)
        if kind == "set"
        else frozenset(values)
    )
    assert occurrences(text, distinct, anchored=True) == brute_force(text, values)


def test_anchors_find_glued_and_embedded_values() -> None:
    values = [
        "001085012345",  # digits alone: may sit inside a longer run
        "+84 912345678",  # ends with digits: the text's run may go on
        "HS4010120878811",  # letters then digits
        "01/2024/HS-ST",  # shared runs ("2024", "HS", "ST")
        "02/2024/HS-ST",
        "Nguyễn Văn An",
        "Nguyễn Văn Anh",  # shares every run but one with the name above
    ]
    text = (
        "x9001085012345y +84 9123456789 zHS4010120878811 a01/2024/HS-STb 02/2024/HS-ST1 "
        "ông Nguyễn Văn Anh và xNguyễn Văn Any"
    )
    expected = brute_force(text, values)
    assert {v for _, v in expected} == set(values)
    assert occurrences(text, values, anchored=True) == expected


def test_large_inputs_take_the_anchored_path_and_agree() -> None:
    values = [f"0010{85 + i % 10:02d}{100000 + i:06d}" for i in range(300)]
    text = " ".join(f"abc{v}xyz {v}" for v in values) * 3
    found = occurrences(text, values)
    assert len(found) == 6 * len(values)
    assert all(text.startswith(v, pos) for pos, v in found)


def test_budget_is_enforced_on_both_paths() -> None:
    text = "0123456789" * 1000
    for anchored in (True, False):
        with pytest.raises(BudgetExceeded) as info:
            occurrences(text, ["0123456789", "23456"], budget=100, anchored=anchored)
        assert info.value.budget == 100
    assert occurrences(text, ["0123456789"], budget=budget_for(text))  # the default suffices


def test_empty_inputs() -> None:
    assert occurrences("", ["abc"]) == []
    assert occurrences("abc", []) == []
    assert occurrences("abc", [""]) == []
