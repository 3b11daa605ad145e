"""The cheap gates in front of the marks, secrets and address scans (issue 14, speed): a gate
that says no must mean the scan behind it finds nothing. Texts are generated from the very
pieces the scans look for, joined by what may stand between them, so the gates are tried where
they could go wrong."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ai_guard.detectors import circulation, secrecy
from ai_guard.detectors.address import bare_streets, component, lexicon, lower_case, scan, wards
from ai_guard.text import Document, invisible
from ai_guard.text.match import holds_any

_ANCHORS = circulation._phrases().anchors
#: the anchors' words, near misses and words around them
_WORDS = sorted(
    {w for a in _ANCHORS for w in a.pattern.pattern.replace(circulation._BETWEEN, " ").split()}
    | {"thanh", "h", "an", "ch", "e", "x", "noibo", "lưu", "hành"}
)
#: what may stand between an anchor's words, and what may not
_GAPS = ["", " ", "  ", "\t", "\n", "\r\n", "_", "-", "\u2010", "\u2011", "\x1c", "\x1f"]
_GAPS += ["\u00a0", "\u2003", "đ", ",", ".", "*"]
_anchor_texts = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS)), max_size=8)


@settings(max_examples=600, deadline=None)
@given(_anchor_texts, st.sampled_from(_ANCHORS), st.lists(st.sampled_from(_GAPS), max_size=3))
def test_anchor_gate_never_hides_a_match(
    parts: list[tuple[str, str]], anchor: circulation._Anchor, gap: list[str]
) -> None:
    """``_regions`` skips an anchor whose glued words ``_squeezed`` lacks: no text where its
    pattern matches may lack them (the anchor's own words are put in, any gap between)."""
    words = anchor.pattern.pattern.replace(circulation._BETWEEN, " ").split()
    middle = "".join(gap).join(words)
    cut = len(parts) // 2
    folded = (
        "".join(w + g for w, g in parts[:cut]) + middle + "".join(w + g for w, g in parts[cut:])
    )
    squeezed = circulation._squeezed(folded)
    for each in _ANCHORS:
        if each.pattern.search(folded) is not None:
            assert each.glued in squeezed, (folded, each.pattern.pattern)


@settings(max_examples=400, deadline=None)
@given(
    _anchor_texts,
    st.sets(st.sampled_from(sorted({a.glued for a in _ANCHORS})), min_size=1),
    st.integers(min_value=1, max_value=12),
)
def test_glued_in_chunks_finds_what_the_whole_squeeze_holds(
    parts: list[tuple[str, str]], glued: set[bytes], chunk: int
) -> None:
    """A long text's anchors are gated a chunk at a time (memory): the same anchors pass as
    through the whole squeezed text, whatever the chunk cuts (pairs across two chunks)."""
    folded = "".join(w + g for w, g in parts)
    whole = circulation._squeezed(folded)
    assert circulation._glued_in(folded, glued, chunk) == {g for g in glued if g in whole}


_CUE_PIECES = ["o", "O", "tai", "ve", "den", "toi", "so", "sn", "xo", "Tai", ":", "a", "12", "3"]
_CUE_GAPS = ["", " ", "  ", ",", "\n", "\t", ":", "."]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_CUE_PIECES), st.sampled_from(_CUE_GAPS)), max_size=12))
def test_one_bare_cue_scan_ends_where_the_nine_do(parts: list[tuple[str, str]]) -> None:
    """``_bare_streets`` reads a short text with one scan and a long one with nine: the same
    places either way."""
    cased = "".join(w + g for w, g in parts)
    nine = sorted(m.end() for cue in bare_streets._BARE_CUES for m in cue.finditer(cased))
    assert [m.end() for m in bare_streets._BARE_CUE.finditer(cased)] == nine


_EN_WORDS = sorted(
    {w.strip() for w in scan._EN_GATE + scan._EN_GATE_LC}
    | {w.strip().upper() for w in scan._EN_GATE}
    | {"Str", "Av", "lan", "Cit", "Đường", "phố"}
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_EN_WORDS), st.sampled_from(_CUE_GAPS)), max_size=6))
@example([("Đường", " "), ("St", "")])
@example([("phố", " "), ("Ave", ".")])
@example([("TTr-STP", " "), ("Lane", "")])
def test_english_pre_gate_opens_for_every_gate_word(parts: list[tuple[str, str]]) -> None:
    """No English gate opens where the pre-gate on the folded view stays shut."""
    doc = Document("".join(w + g for w, g in parts))
    if any(w in doc.folded_cased for w in scan._EN_GATE + scan._EN_GATE_LC):
        assert holds_any(doc.folded, scan._EN_ANY)


_VEIL_ALPHABET = "abmtz \t\n.-_,:Aé\u00a0\u2003đ?#"
_VEIL_PIECES = [" m a t", "  m  a  t", "\nm a", "\tm\ta", "m.a.t", "t-o-i", "maatj", " a bc"]
_VEIL_PIECES += ["  a  bc", "\na bc", "\ta bc", "\ta\tbc", ".a.bc", "-a-bc"]


def _old_veil_gate(folded: str) -> bool:
    return (
        invisible._spaced(folded)
        or any(g.search(folded) is not None for g in invisible._SEPARATED_GATES)
        or invisible._TELEX_GATE.search(folded) is not None
    )


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(alphabet=_VEIL_ALPHABET, max_size=4),
            st.sampled_from(_VEIL_PIECES),
        ),
        max_size=8,
    )
)
def test_unveil_gate_on_classes_answers_as_the_text_gates(parts: list[str]) -> None:
    """``unveil`` reads the letter-spacing gates on the text's classes: the same answer as the
    gates on the text, for every text."""
    folded = "".join(parts)
    assert invisible._disguised(folded) == _old_veil_gate(folded), folded


_CONTEXT_RE = re.compile(
    r"[:=|\t;>(]|dau|stamp|says|reads|marked|label|ghi|tai lieu|van ban|ho so|file|cong van|"
    r"bao cao|co dong|in dong|co chu|dong chu|co cau|watermark"
)
_CONTEXT_PIECES = [*secrecy._CONTEXT_CHARS, *secrecy._CONTEXT_WORDS, "tai", "lieu", "da", "u"]
_CONTEXT_PIECES += [" ", "mat", "x", "  "]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_CONTEXT_PIECES), max_size=10), st.integers(0, 40), st.integers(0, 40)
)
def test_context_by_substrings_answers_as_its_alternation(
    parts: list[str], lo: int, cut: int
) -> None:
    """The secrecy marks' context test, substring by substring, answers as a search for the
    alternation of the same characters and words did, in any window."""
    folded = "".join(parts)
    hi = max(lo, len(folded) - cut)
    expected = _CONTEXT_RE.search(folded, lo, hi) is not None
    assert secrecy._has_context(folded, lo, hi) == expected, (folded, lo, hi)


_UNIT_HEADS = ["số", "Số", "SỐ", "so", "So", "SO", "cho", "Cho", "CHO", "chợ", "Chợ", "CHỢ"]
_UNIT_TAILS = [
    "087062124452",
    "12345",
    "123456",
    "12/4",
    "26/2008/QH12",
    "5 Lê Lợi",
    "tiền 5",
    "Nguyễn Trãi",
    "nguyen trai",
    "A3-12",
]
_UNIT_TAILS += [
    "Đồng Xuân",
    "Dong Xuan",
    "dong xuan",
    "\n123456",
    "\r\n1234567",
    "\n 12",
    "ông Phan",
    "tiền",
    "",
]


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(["", "CCCD ", "ki ốt số 12 ", "em ở ", "tổng "]),
    st.sampled_from(_UNIT_HEADS),
    st.sampled_from([" ", "  ", "\t", " \t"]),
    st.sampled_from(_UNIT_TAILS),
    st.sampled_from([None, "kiot", "ki ot so", "so", "ngo"]),
)
def test_quick_refusals_refuse_only_what_the_reading_refuses(
    before: str, head: str, gap: str, tail: str, prev: str | None
) -> None:
    """``_component`` refuses "số" before a long number and "cho" (not "chợ", no kiosk) up
    front: what it returns is what it returned without these refusals."""
    doc = Document(before + head + gap + tail + ", Hà Nội")
    start = len(before)
    found = lexicon._unit_re().match(doc.folded_cased, start)
    if found is None:
        return
    quick = component._component(doc, start, found.end(), prev)
    saved = component._QUICK_NO
    component._QUICK_NO = False
    try:
        assert component._component(doc, start, found.end(), prev) == quick, doc.text
    finally:
        component._QUICK_NO = saved


def test_quick_refusal_of_so_rests_on_these_tables() -> None:
    """The reading of "so" with no name after it ends in None only while "so" is in none of
    the tables that read on without a name."""
    tables = component._CODE_UNITS | lower_case._ESTATES | lower_case._LC_UNITS
    assert "so" not in tables
    assert not any(component._LC_SHORT.get(raw) for raw in ("so", "So", "SO"))
    assert "so" not in component._NOT_PLACE_AFTER
    assert "so" not in component._INSIDE_ONLY


_WARD_PIECES = ["o", "tai", "tru", "p", "x", "P", "kp", "tdp", "3", "12", "long", "binh", "q9"]
_WARD_PIECES += ["ho"]
_WARD_GAPS = ["", " ", "  ", "\t", " \t", ",", ", ", "\n"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WARD_PIECES), st.sampled_from(_WARD_GAPS)), max_size=8))
@example([("o", " "), ("p", "\t"), ("long", "")])
@example([("kp", ""), ("3", ""), ("p", " "), ("long", "")])
@example([("tdp", ""), ("12", ","), ("x", "\t"), ("binh", "")])
def test_bare_ward_gate_never_hides_a_match(parts: list[tuple[str, str]]) -> None:
    """``_bare_ward`` scans for a ward by its bare letter only where ``_bare_ward_possible``
    finds the letter alone between blanks, "kp" or "tdp": no text where the scan matches may
    lack them."""
    folded = "".join(w + g for w, g in parts)
    if scan._BARE_WARD_START.search(folded) is not None:
        assert wards._bare_ward_possible(folded), folded


#: ``_GLUED_AFTER_O`` as first written, its left boundary a look-behind in front of the "o"
_GLUED_AFTER_O_FIRST = re.compile(
    r"(?<![a-z0-9])o[ \t]+([pq](?:[1-9]|[12][0-9])(?:[ \t,]+[pq](?:[1-9]|[12][0-9]))?)"
    r"(?![\w./%]|[ \t]+(?:nam|va|den|toi|hoac)\b|[ \t]*[-/]?[ \t]*\d)"
)
_GLUED_PIECES = ["o", "ho", "0o", "p", "q", "p3", "q12", "q1", "p29", "nam", "2024", "tp", "."]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_GLUED_PIECES), st.sampled_from(_WARD_GAPS)), max_size=8))
@example([("o", " "), ("q1", "")])
@example([("ho", " "), ("p3", " "), ("q12", "")])
@example([("o", ""), ("o", "\t"), ("p3", ","), ("q1", " ")])
def test_glued_after_o_led_by_its_literal_finds_what_it_found(
    parts: list[tuple[str, str]],
) -> None:
    """``_GLUED_AFTER_O`` opens with its literal "o" (the engine skips to each one) and checks
    the left boundary behind it: the same matches as the look-behind in front."""
    folded = "".join(w + g for w, g in parts)
    first = [(m.span(), m.group(1)) for m in _GLUED_AFTER_O_FIRST.finditer(folded)]
    assert [(m.span(), m.group(1)) for m in scan._GLUED_AFTER_O.finditer(folded)] == first
