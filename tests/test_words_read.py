"""The offset map of a reading whose words were read otherwise (text.invisible.words_read):
the one builder of the typing leftovers' and the stretched words' readings."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard.text.invisible import Offsets, words_read

_WORDS = st.lists(
    st.tuples(
        st.text("abcđêhnoưy", min_size=1, max_size=8),  # the word as typed
        # its reading (of two letters or more: one letter maps to the word's last alone)
        st.one_of(st.none(), st.text("aăâeêioôơuưy", min_size=2, max_size=10)),
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(_WORDS, st.sampled_from((" ", ", ", "\n")))
def test_a_word_read_otherwise_maps_back_to_the_word_as_typed(
    words: list[tuple[str, str | None]], gap: str
) -> None:
    text = gap.join(w for w, _ in words)
    sites: list[tuple[int, int, str]] = []
    pos = 0
    for word, reading in words:
        if reading is not None:
            sites.append((pos, pos + len(word), reading))
        pos += len(word) + len(gap)
    result = words_read(text, sites)
    if not sites:
        assert result is None
        return
    assert result is not None
    assert result.text == gap.join(r if r is not None else w for w, r in words)
    assert len(result.origin) == len(result.text)
    # each word of the reading spans back to the word as typed, and so does a run of them
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^ ,\n]+", result.text)]
    typed = [(m.start(), m.end()) for m in re.finditer(r"[^ ,\n]+", text)]
    for (s, e), source in zip(spans, typed, strict=True):
        assert result.span(s, e) == source
    assert result.span(spans[0][0], spans[-1][1]) == (typed[0][0], typed[-1][1])
    # the text between the words maps one for one
    for s, source in zip([e for _, e in spans[:-1]], [e for _, e in typed[:-1]], strict=True):
        assert result.origin[s] == source


def test_a_longer_reading_keeps_to_its_word() -> None:
    """A reading longer than the word typed ("oi" read as three letters) maps its extra
    letters to the word's last, never into the text after it."""
    offsets = Offsets()
    offsets.word(3, 5, 4)
    assert list(offsets) == [3, 4, 4, 4]
    offsets = Offsets()
    offsets.word(3, 8, 2)
    assert list(offsets) == [3, 7]
