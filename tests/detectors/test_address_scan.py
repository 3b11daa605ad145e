"""The address detector's unit-word scan (``_UnitWords``): the pattern tried at word starts
only, in order, each unit word after the previous one's end."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard.detectors.address.lexicon import _unit_re, _UnitWords

_WORDS = (
    "so", "12", "Tan", "Phu", "xa", "phuong", "p.", "Q.1", "tp.hcm", "thanh", "pho", "duong",
    "Le", "Loi", "nha", "ap", "phap", "khu", "to", "dan", "quan", "huyen", "tinh", "Ha", "Noi",
    "hoi", "ki-ot", "(xa", "P.", "TP", "HCM", "ngo", "3", "Thi", "TX.", "xã", "chợ",
)  # fmt: skip
_SEPS = (" ", "  ", ", ", "\n", ". ", "-", "\t", "")


def _all(cased: str) -> list[tuple[int, int]]:
    words = _UnitWords(cased)
    out: list[tuple[int, int]] = []
    pos = 0
    while (found := words.first(pos)) is not None:
        out.append(found)
        pos = found[1]
    return out


def _reference(cased: str) -> list[tuple[int, int]]:
    """The pattern tried at every position that starts a word (no ASCII letter or digit
    before it), the next one after the previous match's end."""
    out: list[tuple[int, int]] = []
    after = 0
    for s in range(len(cased)):
        before = cased[s - 1] if s else ""
        if s < after or (before.isascii() and before.isalnum()):
            continue
        m = _unit_re().match(cased, s)
        if m is not None:
            out.append((s, m.end()))
            after = m.end()
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPS)), max_size=14))
def test_scan_tries_every_word_start(parts: list[tuple[str, str]]) -> None:
    cased = "".join(w + sep for w, sep in parts)
    assert _all(cased) == _reference(cased)


def test_a_match_inside_a_word_hides_no_unit_word() -> None:
    # "ap so" (ấp số) matches inside "phap" (pháp); the scan reads "so 3" all the same
    cased = "Bien phap so 3 duong Le Loi"
    assert _unit_re().search(cased).group(0) == "ap so"  # type: ignore[union-attr]
    assert _all(cased) == [(10, 12), (15, 20)]


def test_later_starts_after_a_chain() -> None:
    cased = "so 5 ngo 12 pho Hue, phuong Le Dai Hanh"
    found = _all(cased)
    words = _UnitWords(cased)
    assert words.first(0) == found[0]
    # asked again from a later position (the end of a chain), the same words come back
    assert words.first(found[2][0]) == found[2]
    assert words.first(len(cased)) is None


_HAMLET_PIECES = (
    "o", "ho", "thon", "xom", "ap", "khom", "cho", "dinh", "chua", "ben", "giua", "em", "chap",
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_HAMLET_PIECES), st.sampled_from((" ", "  ", "\t", ", ", ""))),
        max_size=10,
    )
)
def test_landmark_hamlet_gate_lets_every_match_by(parts: list[tuple[str, str]]) -> None:
    """Where ``_landmark_hamlets`` returns before its scan (no tab, no two spaces in a row, no
    "o thon " and the like), the scan finds nothing."""
    from ai_guard.detectors.address.villages import _LANDMARK_AFTER, _LANDMARK_LEADS

    text = "".join(w + sep for w, sep in parts)
    if "\t" not in text and "  " not in text and not any(x in text for x in _LANDMARK_LEADS):
        assert _LANDMARK_AFTER.search(text) is None


_LEAD_PIECES = (
    "o", "lang", "buon", "plei", "bon", "soc", "phum", "thon", "xom", "ap", "khom", "lan", "bo",
    "so", "ph", "xo", "kho", "pleiku", "cho",
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_LEAD_PIECES), st.sampled_from((" ", "  ", "\t", ", ", ""))),
        max_size=10,
    )
)
def test_literal_gates_answer_as_the_substring_tests(parts: list[tuple[str, str]]) -> None:
    """The one-search gates for the words after "o" (a village by a foreign syllable, a hamlet
    by its landmark) find one exactly where a substring test of each word, the scan they
    replace, finds one."""
    from ai_guard.detectors.address.detector import _FOREIGN_VILLAGE_GATE, _FOREIGN_VILLAGE_LEADS
    from ai_guard.detectors.address.villages import _LANDMARK_GATE, _LANDMARK_LEADS

    text = "".join(w + sep for w, sep in parts)
    for gate, words in (
        (_FOREIGN_VILLAGE_GATE, _FOREIGN_VILLAGE_LEADS),
        (_LANDMARK_GATE, _LANDMARK_LEADS),
    ):
        assert (gate.search(text) is not None) == any(w in text for w in words), text


def test_a_village_after_o_still_opens_the_foreign_village_reading() -> None:
    from ai_guard.detectors.address.detector import _FOREIGN_VILLAGE_GATE
    from ai_guard.detectors.address.villages import _LANDMARK_GATE

    assert _FOREIGN_VILLAGE_GATE.search("nha em o plei ku") is not None
    assert _FOREIGN_VILLAGE_GATE.search("em o pleiku") is None
    assert _LANDMARK_GATE.search("ba tu o xom cho") is not None
    assert _LANDMARK_GATE.search("ba tu o  xom cho") is None


def test_landmark_hamlet_after_a_tab_or_two_spaces() -> None:
    # the hamlet is found where its words stand apart otherwise than by one space (the gate's
    # literals need one)
    from ai_guard.detectors.address import AddressDetector
    from ai_guard.text import Document

    for text in (
        "ba tu o  xom cho ky chua",
        "ba tu o\txom  cho ky chua",
        "ba tu o xom cho ky chua",
    ):
        doc = Document(text)
        found = [doc.text[h.start : h.end] for h in AddressDetector().detect(doc)]
        assert [f.split() for f in found] == [["xom", "cho"]], text
    assert list(AddressDetector().detect(Document("ba tu o xom nay ky chua"))) == []


#: ``_BARE_STREET`` as it was written before its number was made atomic
_BARE_STREET_BACKTRACKING = re.compile(
    r"(k?\d{1,5}[A-Za-z]?(?:/\d{1,5}[A-Za-z]?){0,3})(?:[ \t]+[A-Za-z]+){3,10}"
)


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.sampled_from(("k", "1", "23", "456789", "a", "B", "/", " ", "\t", "tran", "QH", "-")),
        max_size=14,
    )
)
def test_bare_street_number_atomic_reads_as_before(pieces: list[str]) -> None:
    """The atomic number reads every text as the backtracking one did (same span, same
    number): a shorter number would leave a digit, a letter or a slash before the blank."""
    from ai_guard.detectors.address.bare_streets import _BARE_STREET

    text = "".join(pieces)
    for pos in range(len(text) + 1):
        got, was = _BARE_STREET.match(text, pos), _BARE_STREET_BACKTRACKING.match(text, pos)
        assert (got and (got.span(), got.span(1))) == (was and (was.span(), was.span(1)))
