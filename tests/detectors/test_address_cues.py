"""vn.address: how a residence cue before a chain decides it, and the judge's short cut.

The judge first looks for any residence cue but "ở" in the 40 characters before a chain and
skips the cue look-ups where there is none; these tests pin what the look-ups decide, and a
property checks that the short cut never hides a cue they would find.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import EntityType, check_prompt
from ai_guard.detectors.address import AddressDetector
from ai_guard.detectors.address.lexicon import _CUES_BUT_O, _RESIDENCE
from ai_guard.text import Document


def found(text: str) -> list[tuple[str, float, str | None]]:
    return [
        (text[d.start : d.end], d.score, d.context)
        for d in AddressDetector().detect(Document(text))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue right before makes even one component an address
        ("thường trú tại xã Tân Phú.", [("xã Tân Phú", 0.95, "thuong tru tai")]),
        ("add: xã Tân Phú", [("xã Tân Phú", 0.95, "add")]),
        # a cue earlier on the line
        ("Địa chỉ của ông là xã Tân Phú", [("xã Tân Phú", 0.95, "dia chi")]),
        ("Địa chỉ của ông ấy là nhà số 5", [("số 5", 0.95, "dia chi")]),
        # "ở" counts right before a chain of two or more, never before one component
        ("ở xã Tân Phú, huyện Đồng Phú", [("xã Tân Phú, huyện Đồng Phú", 0.95, "o")]),
        ("Ông ở xã Tân Phú.", []),
        ("Ông ấy có nhà ở tại thôn 3, xã Tân Phú", [("thôn 3, xã Tân Phú", 0.95, "o tai")]),
        # no cue: a chain with a commune is an address, one component is not
        ("xã Tân Phú, huyện Đồng Phú", [("xã Tân Phú, huyện Đồng Phú", 0.8, None)]),
        ("Báo cáo của xã Tân Phú", []),
        # an institution's name before the chain
        ("UBND xã Tân Phú, huyện Đồng Phú", []),
    ],
)
def test_cues_before_a_chain(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    assert found(text) == expected


def test_cue_on_an_earlier_line_does_not_count() -> None:
    assert found("Địa chỉ:\nxã Tân Phú") == []
    assert [
        f.entity
        for f in check_prompt("Địa chỉ: xã Tân Phú").findings
        if f.entity is EntityType.ADDRESS
    ] == [EntityType.ADDRESS]


_PIECES = st.sampled_from(
    [
        *_RESIDENCE.terms,
        "Thường trú",
        "ĐỊA CHỈ",
        "nơi  ở",
        "thường\ttrú tại",
        "ở",
        "Ở",
        "ô",
        "dao",
        "tai",
        "nha",
        "Ông",
        "xã Tân Phú",
        "số 12",
        "12",
        " ",
        "  ",
        "\t",
        "\n",
        ":",
        ",",
        "-",
        "(",
        ".",
        "đ/c",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=14))
def test_the_short_cut_never_hides_a_cue(pieces: list[str]) -> None:
    """Where the pre-check finds no cue but "ở", the look-ups find at most "ở"."""
    doc = Document(" ".join(pieces))
    for start in range(len(doc.text) + 1):
        if _CUES_BUT_O.search(doc.folded, max(0, start - 40), start) is not None:
            continue
        assert _RESIDENCE.before(doc, start, 40) in (None, "o")
        assert _RESIDENCE.near_before(doc, start, 30) in (None, "o")
