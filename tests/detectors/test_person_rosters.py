"""Given names alone in a roster or a tally typed in chat (person/rosters.py): each item of a
list after a people's list cue and ":" names one person by the given name, with a department's
initials, a verdict or a duty's time beside it; lists of things under the same cues, and a
list whose items are no given names, stay clean."""

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
        # a duty roster: the given name and a department's initials
        ("ds di tap huan: hung kt, my vt, tuan it. ok chua a", ["hung", "my", "tuan"]),
        # the duty's time first, the given name closing each item
        ("ds trực: sáng thứ 2 hằng, chiều thứ 3 tâm", ["hằng", "tâm"]),
        # a tally of opinions: the given name, then its verdict
        (
            "e tong hop y kien hop to: binh dong y, quynh khong dong y, tam chua co y kien",
            ["binh", "quynh", "tam"],
        ),
        # bare given names under a head that names people
        ("ds can bo di hop: lan, hoa, minh", ["lan", "hoa", "minh"]),
    ],
)
def test_given_names_in_a_roster(text: str, names: list[str]) -> None:
    assert _private(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "ds mua: gạo, mắm, muối",  # things, no given names
        "ds hoa can mua: hong, lan, cuc",  # flowers that spell given names, bare
        "ds hoa: hong do, lan tim",  # a colour after each: words of the language, no tags
        "y kien: dong y, phan doi",  # verdicts with nobody
        "lịch trực: thứ 2 sáng, thứ 3 chiều",  # times only
        "ds: hoa",  # one word is no list
        "ds di tap huan: hung kt, phong hop tang 3",  # an item that names nobody
    ],
)
def test_lists_of_things_stay_clean(text: str) -> None:
    assert _private(text) == []
