"""``CueSet.before`` finds the cue that ends a window from its terms indexed by their last
word; the property below holds it to the plain way: every word start of the window, left to
right, its tail looked up among all the terms (the first found, spelled as the term, is the
longest cue)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard.detectors import _cues
from ai_guard.detectors.finance import bank_names
from ai_guard.detectors.person.context import NAME_HEADERS, NOT_PERSON_BEFORE
from ai_guard.detectors.person.lexicon import lexicons, strong_cues
from ai_guard.text import Document
from ai_guard.text.match import (
    CueSet,
    _window_before,
    compile_cue_sets,
    literal_led_matches,
    trie_regex,
)

_WORD_START = re.compile(r"(?<![0-9a-z])(?=[0-9a-z])")


def _plain_before(cues: CueSet, doc: Document, start: int, width: int) -> str | None:
    """The answer as it was worked out before the index: each word start of the window (a
    tail from the window's start left out where the window starts inside a word), left to
    right, its tail looked up among the terms."""
    win = _window_before(doc, start, width)
    if not win.last or win.last not in cues._last_words:
        return None
    window, own, inside = win.view(doc)
    # the text's own characters of the view (None: they lie at the window's start as they are)
    original = own if own is not None else doc.text[win.lo :][: len(window)]
    cuts = [m.start() for m in _WORD_START.finditer(window)]
    if inside and cuts and cuts[0] == 0:
        del cuts[0]
    for cut in cuts:
        term = window[cut:]
        if term in cues._termset and cues._same_word(term, original[cut:]):
            return term
    return None


def _sets() -> list[CueSet]:
    numeric = [_cues.cue_set(n) for n in ("cccd", "cmnd", "passport", "tax", "bank", "phone")]
    person = [lexicons().cues, strong_cues(), NOT_PERSON_BEFORE, NAME_HEADERS]
    return [*numeric, bank_names(), *person]


def _texts() -> st.SearchStrategy[str]:
    """Cue words with and without diacritics, glued, camelCase, as identifiers, across
    lines, with the separators a window strips, then a value or a name."""
    vocabulary = [
        *(t for s in _sets() for t in s.terms[:25]),
        "Số CCCD",
        "số cccd",
        "soCccd",
        "ho_chieu_so",
        "Bộ",
        "bố",
        "ông",
        "Ông",
        "chú",
        "chu",
        "bị cáo",
        "vợ là",
        "xã",
        "đường",
        "tổ dân phố",
        "ngân hàng",
        "Vietcombank",
        "stk",
        "mã số thuế",
        "x",
        "012345678912",
        "Nguyễn Văn An",
    ]
    word = st.sampled_from(vocabulary) | st.text("aăâbcdđeêoôơuưyáàảạếệ0123_'AĐBC", max_size=6)
    sep = st.sampled_from([" ", "  ", "", ": ", ".", "\n", "\t", "_", "-", " (", "\u00a0", "/"])
    return st.lists(st.tuples(word, sep), max_size=14).map(
        lambda parts: "".join(w + s for w, s in parts)
    )


@settings(max_examples=300, deadline=None)
@given(_texts(), st.sampled_from([40, 45, 60, 12]))
def test_the_indexed_cue_is_the_plain_lookups(text: str, width: int) -> None:
    sets = _sets()
    for start in range(len(text) + 1):
        doc = Document(text)  # fresh: no answer remembered from another set or call
        expected = [_plain_before(cues, doc, start, width) for cues in sets]
        doc = Document(text)
        assert [cues.before(doc, start, width) for cues in sets] == expected, start


def _label_line_break(text: str, start: int) -> int | None:
    """Where ``label_above`` found the line break before ``start`` as first written: the
    last one in the whole text before it, with only spaces and tabs after it (None: no
    label can be read above)."""
    nl = text.rfind("\n", 0, start)
    if nl <= 0 or text[nl + 1 : start].strip(" \t"):
        return None
    return nl


_LABEL_PIECES = ["Số tài khoản:", "STK", "0071000123456", " ", "  ", "\t", "\n", "\r\n", "x"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_LABEL_PIECES), max_size=10), st.data())
def test_label_above_walks_back_to_the_line_break_the_search_found(
    pieces: list[str], data: st.DataObject
) -> None:
    """``label_above`` walks back from the number over spaces and tabs to the line break
    instead of searching the text from its start (a table pasted as one line made that
    quadratic): where the search found no usable break it answers None, elsewhere what the
    label on the line above says."""
    text = "".join(pieces)
    doc = Document(text)
    start = data.draw(st.integers(0, len(doc.text)))
    found = _cues.BANK.label_above(doc, start)
    if _label_line_break(doc.text, start) is None:
        assert found is None, (doc.text, start)


@pytest.mark.parametrize("gap", ["\n", "\r\n", "\n \t ", "\n\t"])
@pytest.mark.parametrize("before", ["x ", "x\n", "0912 345 678 "])
def test_label_above_reads_the_label_across_blanks_after_the_break(before: str, gap: str) -> None:
    """The walk back from the number reaches the line break across spaces and tabs, and the
    label ending the line above names the number; a letter between them is no blank."""
    text = before + "Số tài khoản:" + gap + "0071000123456"
    doc = Document(text)
    at = text.index("0071")
    assert _cues.BANK.label_above(doc, at) == "so tai khoan"
    glued = Document(before + "Số tài khoản:" + gap + "x0071000123456")
    assert _cues.BANK.label_above(glued, at + 1) is None


def test_the_trie_regex_keeps_its_shape() -> None:
    # chains of one-child nodes are written out in one loop now: the pattern is the one the
    # node-by-node builder gave (every lexicon's patterns, and so every finding, unchanged)
    words = ["so cccd", "so can cuoc", "cccd", "cmnd", "c.c.c.d", "so"]
    assert trie_regex(words) == r"(?:c(?:\.c\.c\.d|ccd|mnd)|so(?:\ c(?:an\ cuoc|ccd))?)"
    assert trie_regex([]) == ""
    assert trie_regex(["abc"]) == "abc"
    # the longest word wins where one is the prefix of another, the others stay unmatched
    pattern = re.compile(trie_regex(["so", "so cccd"]))
    assert pattern.match("so cccd 001").group() == "so cccd"
    assert pattern.match("so ccc").group() == "so"
    assert pattern.match("sao") is None


def test_cue_patterns_are_compiled_on_first_use() -> None:
    cues = CueSet(["số CCCD", "căn cước"])
    assert (cues._after, cues._any, cues._apart) == (None, None, None)  # not by the constructor
    doc = Document("Số CCCD: 001085012345, căn cước cấp năm 2021")
    assert cues.before(doc, 9) == "so cccd"
    assert cues.before(Document("Số hộ khẩu: 001085012345"), 12) is None
    assert cues.after(Document("001085012345 (căn cước)"), 12) == "can cuoc"
    assert cues._any is None  # only the patterns these calls used
    compile_cue_sets()
    assert cues._any is not None
    assert cues._any.search("socccd") is not None  # glued words ("soCccd")


_LED = re.compile(r"(?<![\w'])ut[ \t]+(?:ut[ \t]+)?[a-z]+")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["ut", " ", "\t", "a", "my", "xut", "'", "u", "t"]), max_size=16))
def test_literal_led_matches_are_finditers(pieces: list[str]) -> None:
    """Tried only where the literal stands, the matches are those of a whole-text scan: none
    starts inside another ("ut ut ut my")."""
    text = "".join(pieces)
    found = [m.span() for m in literal_led_matches(_LED, text, "ut")]
    assert found == [m.span() for m in _LED.finditer(text)]
