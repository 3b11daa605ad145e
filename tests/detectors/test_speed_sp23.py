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
    _LEVEL_DIGITS,
    _LEVEL_DIGITS_GATES,
    _LEVEL_DIGITS_REACH,
    _legacy_forms,
    _level_digit_matches,
    unveil,
)


def _level_digit_matches_before(folded: str, cased: str) -> Iterator[re.Match[str]]:
    """invisible._level_digit_matches as it was before sp23: every gate searched."""
    before, after = _LEVEL_DIGITS_REACH
    seen: set[int] = set()
    raw = folded.encode("latin-1", "replace")
    for gate in _LEVEL_DIGITS_GATES:
        at = raw.find(gate)
        while at >= 0:
            end = min(len(cased), at + after)
            m = _LEVEL_DIGITS.search(cased, max(0, at - before), end)
            if (
                m is not None
                and m.start() not in seen
                and (m.end() == len(cased) or not cased[m.end()].isalnum())
            ):
                seen.add(m.start())
                yield m
            at = raw.find(gate, at + 1)


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
    from ai_guard.detectors import address_tails as at
    from ai_guard.text import fold_word

    assert (
        frozenset(fold_word(w) for w in at._CHAT_WORDS_WRITTEN)
        | at._CHAT_WORDS_PLAIN
        | {at._PASSIVE}
    ) == at._CHAT_WORDS_FOLDED
