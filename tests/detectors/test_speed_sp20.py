"""Scans rewritten for speed (sp20, issue 14): each test runs the new scan and the scan as it
was before (written here) on texts built from the very pieces the rule looks for, and asks
for the same result."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ai_guard.detectors import vehicle
from ai_guard.detectors.person import bounded
from ai_guard.detectors.person.lower_case import uncued_openers
from ai_guard.detectors.person.minority import minority_lexicon
from ai_guard.text.match import trie_regex
from ai_guard.text.numbers import match_around


def _item_pattern() -> re.Pattern[bytes]:
    """The list item's start as one pattern, as bounded.py read it before (an alternation
    tried at every character)."""
    clans = sorted(
        {c.split(" ")[0] for c, strong in minority_lexicon().clans.items() if strong}
        & uncued_openers().any_next
    )
    return re.compile(
        (
            "# *[0-9]{0,3}% +(?=[hk] [a-z]+ [a-z])|(?:# *| )[0-9]{1,3}% +(?=(?:"
            + trie_regex(clans)
            + ") [a-z])"
        ).encode()
    )


#: the pieces of a sketch around a list item's number: the marks ("#" a line's or a
#: bracket's start, "%" a dot or dash before a space), digits, spaces, a glued prefix's
#: letter, strong clan names and words that are none
_SKETCH_PIECES = [
    "#",
    "%",
    " ",
    "  ",
    "1",
    "12",
    "123",
    "1234",
    "h",
    "k",
    "ksor",
    "siu",
    "rah",
    "nie",
    "ryan",
    "a",
    "xyz",
    "ksorx",
]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_SKETCH_PIECES), max_size=24))
@example(["#", "1", "%", " ", "h", " ", "ryan", " ", "a"])
@example(["xyz", " ", "2", "%", " ", "rah", " ", "a"])
@example(["#", " ", " ", "%", " ", "k", " ", "a", " ", "a"])
@example(["xyz", "1234", "%", " ", "ksor", " ", "a"])
@example(["#", "12", "%", "  ", "siu", " ", "a", " ", "3", "%", " ", "nie", " ", "a"])
def test_list_item_starts_match_the_one_pattern(pieces: list[str]) -> None:
    data = "".join(pieces).encode()
    before = {m.end() - 1 for m in _item_pattern().finditer(data)}
    assert bounded._item_starts(data) == before


def test_list_item_starts_find_both_kinds() -> None:
    """The rewritten scan finds what it must (not only agrees on nothing)."""
    glued = b"#1% h ryan a"
    clan = b"#ds# 1% ksor nhin 2% rah lan"
    assert bounded._item_starts(glued) == {len(b"#1% ") - 1}
    assert len(bounded._item_starts(clan)) == 2
    assert bounded._item_starts(b"#1234% ksor a") == set()  # four digits: no item's number


#: the pieces of a text around a spaced plate: codes, series, numbers, separators
_PLATE_PIECES = ["29", "51", "09", "0", "7", "A", "F1", "đ", "xe", " ", "-", " - ", ".", "\n"]
_PLATE_PIECES += ["123.45", "123 45", "678", "12", "BKS ", "kg", "١٢"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PLATE_PIECES), min_size=1, max_size=16), st.data())
@example(["BKS ", "29", " ", "A", " ", "123.45"], None)
@example(["51", "F1", " - ", "123 45"], None)
def test_spaced_plate_found_as_the_engine_at_every_place(pieces: list[str], data: Any) -> None:
    text = "".join(pieces)
    pos = len(text) - 1 if data is None else data.draw(st.integers(0, len(text) - 1))
    lo = max(0, pos - vehicle._SPACED_REACH)
    want = match_around(vehicle._PLATE_SPACED, text, lo, pos)
    got = vehicle._spaced_around(text, lo, pos)
    assert (got and got.span()) == (want and want.span())


def test_each_start_pattern_opens_with_its_gate_literal() -> None:
    """bounded_names skips a start pattern whose opening literal the sketch lacks: each
    pattern must open with the literal it is gated on (an edit that changed one would make
    the gate drop its matches)."""
    patterns = bounded._start_res()
    assert len(patterns) == len(bounded._START_LEADS)
    for pattern, lead in zip(patterns, bounded._START_LEADS, strict=True):
        assert pattern.pattern.startswith(lead)
        assert not pattern.pattern.startswith(lead + b"?")
        assert not pattern.pattern.startswith(lead + b"*")


def test_spaced_plate_found_where_it_stands() -> None:
    text = "BKS 29 A 123.45 của xe"
    pos = text.index("123")
    m = vehicle._spaced_around(text, pos - vehicle._SPACED_REACH, pos)
    assert m is not None
    assert m.group(0) == "29 A 123.45"
