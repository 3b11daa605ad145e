"""Gates added for speed (sp23, issue 14): each test runs the gated code and the code as it
was before (written here) on texts built from the very pieces the rule looks for, and asks
for the same result."""

from __future__ import annotations

import re
from collections.abc import Iterator

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ai_guard.text.document import fold, fold_cased
from ai_guard.text.invisible import (
    _LEGACY_GATES,
    _legacy_forms,
    _level_digit_matches,
    _level_digit_search,
    unveil,
)
from ai_guard.text.match import words_in


def _level_digit_matches_before(folded: str, cased: str) -> Iterator[re.Match[str]]:
    """invisible._level_digit_matches as it was before sp23: every gate searched."""
    return _level_digit_search(folded.encode("latin-1", "replace"), cased)


#: the levels' words with a digit for a letter, their letters, digits and what stands near
_LEVEL_PIECES = [
    "T6I", "T0I", "TỐ1", "T6l", "7ỐI", "TỐI", "M4T", "MẬT", "MA7", "TUY3T", "TUYỆ7", "tuy3t",
    "t6i", "7oi", "7u", "m4t", "mật", "tối", " ", "  ", "\t", "\n", "a", "o", "e", "y", "1",
    "0", "7", "4", "3", "6", "số", "12", ".", ",", "ô", "ế",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_LEVEL_PIECES), max_size=14).map("".join))
@example("Tài liệu T6I MẬT số 12")
@example("7u M4T")
@example("ma7 7o")
def test_level_digit_gate_finds_what_every_gate_found(text: str) -> None:
    folded, cased = fold(text), fold_cased(text)
    raw = folded.encode("latin-1", "replace")
    got = [m.span() for m in _level_digit_matches(raw, cased)]
    assert got == [m.span() for m in _level_digit_matches_before(folded, cased)]


def test_every_garbled_form_holds_a_letter_beyond_ascii() -> None:
    """_legacy_marks returns at once for an ASCII text: no garbled form can stand in one."""
    _, table = _legacy_forms()
    assert table
    assert not [form for form in table if form.isascii()]
    for form in table:  # and each passes a literal gate (test_arrival_h35 asks it too)
        raw = fold(form).encode("latin-1", "replace")
        assert any(raw.find(gate) >= 0 for gate in _LEGACY_GATES), form


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(_legacy_forms()[1])), st.sampled_from(["", "Văn bản ", "ghi "]))
def test_a_garbled_mark_is_still_read(form: str, before: str) -> None:
    got = unveil(before + form + " ở đầu trang")
    assert got is not None
    assert _legacy_forms()[1][form] in got.text


def test_the_folded_chat_words_hold_every_chat_word() -> None:
    from ai_guard.detectors.address import tails as at
    from ai_guard.text import fold_word

    assert (
        frozenset(fold_word(w) for w in at._CHAT_WORDS_WRITTEN)
        | at._CHAT_WORDS_PLAIN
        | {at._PASSIVE}
    ) == at._CHAT_WORDS_FOLDED


def _all_words_before(term_words: list[tuple[str, ...]], folded: str) -> bool:
    """CueSet._all_words as it was before sp23: each term's words in turn."""
    seen: dict[str, bool] = {}
    return any(words_in(words, folded, seen) for words in term_words)


def _cue_sets() -> list[object]:
    from ai_guard import check_prompt
    from ai_guard.text.match import _CUE_SETS

    check_prompt("Số tài khoản 0123456789, CCCD 001085012345, biển số 29A-123.45")
    return sorted(_CUE_SETS, key=lambda c: c.terms)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_a_cue_sets_word_test_answers_as_every_term_asked(data: st.DataObject) -> None:
    """_all_words by first word, and possible's ASCII needles, against the tests before."""
    from ai_guard.text import Document
    from ai_guard.text.match import CueSet, holds_any

    cues = data.draw(st.sampled_from(_cue_sets()))
    assert isinstance(cues, CueSet)
    words = sorted({w for t in cues.terms for w in t.split(" ")})
    pieces = [*words, " ", "x", "số", "口座", "护照", "tk"]
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=10)))
    doc = Document(text)
    term_words = [tuple(t.split(" ")) for t in cues.terms]
    folded = doc.folded
    needles = cues._needles
    before = needles is None or (
        holds_any(folded, needles) and _all_words_before(term_words, folded)
    )
    assert cues._all_words(folded) == _all_words_before(term_words, folded)
    assert cues.possible(doc) == before
