"""vn.person on the shapes of long pastes the holdout16 set showed (issue 15): a chat export's
speaker whose display name carries a role or unit tag ("CHV Hoang Long:", "Thang CAP:"), the
tag left out of the name. Each shape has the catch and what stays clean beside it."""

from __future__ import annotations

import pytest

from ai_guard import EntityType, check_prompt


def names(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.PERSON
    ]


# -- a chat speaker with a role or unit tag ------------------------------------------------------


@pytest.mark.parametrize(
    ("speaker", "name"),
    [
        ("CHV Hoang Long", "Hoang Long"),  # the tag before the name
        ("Thang CAP", "Thang"),  # the unit after it
        ("Hieu TDP5", "Hieu"),  # a unit with its number
        ("Kim Chi BHXH", "Kim Chi"),  # an everyday pair, named by the tag
        ("BS Thái Hòa", "Thái Hòa"),
        ("Phó HT Quân", "Quân"),  # a deputy's tag
        ("Thu Ha dai ly thu", "Thu Ha"),  # a lower-case description after the name
    ],
)
def test_a_tagged_speaker_is_the_name_without_its_tag(speaker: str, name: str) -> None:
    text = f"[09:12] {speaker}: da xong roi a\n[09:14] {speaker}: ok, mai gui tiep nhe"
    assert names(text) == [name, name]


@pytest.mark.parametrize(
    "speaker",
    [
        "UBND XA",  # capitals only: a body, no one
        "Ban QL CAP",  # a board's name before the tag
        "Thong bao CAP",  # an everyday word
    ],
)
def test_a_tagged_field_with_no_given_name_stays_clean(speaker: str) -> None:
    text = f"[09:12] {speaker}: lich tiep dan thay doi\n[09:14] {speaker}: ok, mai gui tiep nhe"
    assert names(text) == []


def test_one_tagged_line_is_no_chat_log() -> None:
    # a single timed line with a tag: a schedule's entry, not a log's speakers
    assert names("[09:12] Hop BCD: chuan bi phong hop") == []
