"""The exact gates and shared scans of the name detector (sixteenth session, speed): each test
runs the gated or shared walk and the walk as it was before (written here) on texts built from
the very pieces the rule looks for, and asks for the same result."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ai_guard.detectors.person import khmer, lower_case, lower_middle, plain_cued, rosters
from ai_guard.detectors.person.gates import Needs, PathFacts
from ai_guard.text import Document

#: the pieces of a roster's head, its items and the lines around it
_ROSTER_PIECES = [
    "ds",
    "DS",
    "danh sách",
    "lịch trực",
    "trực",
    "trúc",
    "phân công",
    "ý kiến",
    "biểu quyết",
    "điểm danh",
    "hôm nay",
    "tổ 3",
    "hùng",
    "lan kt",
    "bình đồng ý",
    "x" * 45,
    "cds",
    "dsx",
]
_ROSTER_GAPS = [" ", ":", ": ", ", ", "\n", " :", "\t", ".", ""]
_roster_texts = st.lists(
    st.tuples(st.sampled_from(_ROSTER_PIECES), st.sampled_from(_ROSTER_GAPS)), max_size=14
)


def _heads_ungated(folded: str) -> list[tuple[int, int]]:
    """``rosters._heads`` as it was: the head pattern on every line that holds ":"."""
    out = []
    colon = folded.find(":")
    while colon >= 0:
        start = folded.rfind("\n", 0, colon) + 1
        end = folded.find("\n", colon)
        if end < 0:
            end = len(folded)
        out.extend(m.span() for m in rosters._HEAD.finditer(folded, start, end))
        colon = folded.find(":", end)
    return out


@settings(max_examples=400, deadline=None)
@given(_roster_texts)
@example([("ds", " "), ("trực", ": "), ("hùng", ", "), ("lan kt", "\n")])
@example([("hôm nay", ": "), ("lịch trực", " "), ("tổ 3", ":"), ("hùng", "")])
def test_roster_heads_on_lines_with_a_gate_word_are_every_head(
    parts: list[tuple[str, str]],
) -> None:
    """A line with ":" but none of ``ROSTER_GATES`` is not scanned: the same heads as scanning
    every such line."""
    folded = Document("".join(p + g for p, g in parts)).folded
    assert [m.span() for m in rosters._heads(folded)] == _heads_ungated(folded)


def test_every_roster_head_word_holds_a_gate() -> None:
    """The gate's literals cover every word the head pattern opens with."""
    words = re.search(r"\(\?:([^)]*)\)", rosters._HEAD.pattern)
    assert words is not None
    for word in words.group(1).split("|"):
        assert any(g in word for g in rosters.ROSTER_GATES), word


#: words of every kind the start of a name may open with on the sketch ("%" a hyphen): lexicon
#: surnames and middle names, minority and foreign openers, prefixes, clan names, and others
_START_WORDS = [
    "nguyen",
    "van",
    "thi",
    "le",
    "au duong",
    "ksor",
    "nie",
    "mlo",
    "h",
    "k",
    "y",
    "kim",
    "ji%woo",
    "a",
    "cho",
    "tanaka",
    "chu",
    "%",
    "la",
    "xyz",
    "hoa",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_START_WORDS), max_size=8))
@example(["cho", "nguyen", "van", "an"])
@example(["h", "hen", "nie"])
def test_the_first_word_test_of_a_name_start_keeps_every_start(words: list[str]) -> None:
    """``name_start_tail`` (the first word tested first) holds where its alternatives hold."""
    sketch = (" " + " ".join(words) + " ").encode()
    gated = re.compile(lower_case.name_start_tail("%").encode())
    plain = re.compile(lower_case.name_start_alternatives("%").encode())
    for at in range(len(sketch) + 1):
        assert (gated.match(sketch, at) is None) == (plain.match(sketch, at) is None), at


def test_the_two_khmer_paths_ask_one_tuple_of_pieces() -> None:
    """The Khmer path asks for its family names and a space (as its own patterns find them);
    the plain Khmer path for the same pieces, which each of its heads holds: a need that
    every text its heads stand in meets, read once for both."""
    assert set(khmer.NEEDS.sketch) == {c.pattern.encode() for c in khmer._CLANS}
    assert plain_cued.KHMER_NEEDS.sketch is khmer.NEEDS.sketch
    for head in plain_cued._KHMER_HEADS_AT:
        assert any(p in f" {head.pattern.lower()}".encode() for p in khmer.NEEDS.sketch)


_NEEDS = [
    khmer.NEEDS,
    plain_cued.KHMER_NEEDS,
    lower_middle.NEEDS,
    Needs(sketch=(b" van ",)),
    Needs(words=3, sketch=(b"kim ", b"lam ")),
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Thạch", "thach", "kim", "Lâm", "van", "thị", "Văn", "x", "sơn"]),
        max_size=6,
    ).map(" ".join),
    st.permutations(range(len(_NEEDS))),
)
def test_a_need_read_again_answers_as_read_first(text: str, order: list[int]) -> None:
    """The gates keep what they read of the sketch per tuple of pieces: in any order, each
    need answers as a fresh reading of the document does."""
    doc = Document(text)
    facts = PathFacts(doc)
    for i in order:
        assert facts.allows(_NEEDS[i]) == PathFacts(doc).allows(_NEEDS[i])
