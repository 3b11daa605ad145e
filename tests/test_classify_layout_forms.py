"""The layout's readings written to hold no copy of a long line (a table's rows on one line):
each reads as the form it replaced."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard.classify import layout

_PIECES = st.text(alphabet="ab §ð01 ,.\t\n\u00a0\u2003ẬMx", max_size=40)


@settings(max_examples=300, deadline=None)
@given(_PIECES)
def test_spaced_out_reads_as_split_words(folded: str) -> None:
    words = folded.split()
    assert layout._spaced_out(folded) == (len(words) >= 2 and all(len(w) == 1 for w in words))


@settings(max_examples=300, deadline=None)
@given(_PIECES)
def test_whitespace_collapsed_as_before(text: str) -> None:
    assert layout._WS_TO_SPACE.sub(" ", text) == re.sub(r"\s+", " ", text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZbYz AÁ1", max_size=30))
def test_cases_count_the_ascii_letters(text: str) -> None:
    assert layout._cases(text) == (len(re.findall("[A-Z]", text)), len(re.findall("[a-z]", text)))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab1§ð ,.-", min_size=60, max_size=200))
def test_a_long_key_is_no_type_line_either_way(folded: str) -> None:
    """The early refusal of a segment with more letters and digits than a type line's key
    holds answers as the key built in full would."""
    key = re.sub(r"[^a-z0-9 ,]", " ", folded.replace("§", "d").replace("ð", "d"))
    key = re.sub(r"\s+", " ", key).strip(" ,")
    if layout._LONG_KEY.match(folded) is not None:
        assert len(key) > layout._KEY_MOST
    seg = layout.Segment(0, len(folded), folded, False, 0)
    if len(key) > layout._KEY_MOST:
        assert layout._match_type(seg, leading=True) is None
