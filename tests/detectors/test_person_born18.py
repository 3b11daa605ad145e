"""The words before a birth mark read back from the mark (eighteenth session): the same start
as the pattern they replace, ``_WORDS_BEFORE.search``, on any text and window, and the same
names found."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ai_guard.detectors.person.born import _WORDS_BEFORE, _words_before, born_names
from ai_guard.text import Document

# letters of both scripts, a decimal digit and a numeric character that is none ("²"), the
# underscore, spaces of every kind the pattern does not take, and punctuation
_ALPHABET = "aAbĐđăẠệỹ Z  \t\n_9²٣,.-(ǅ"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40), st.data())
@example("Trần Thị Bích Hạnh", None)
@example("a b c d e f", None)
@example("ab  cd ef", None)
@example("x² yz", None)
def test_words_before_is_the_pattern_search(text: str, data: st.DataObject | None) -> None:
    ends = range(len(text) + 1)
    pairs = (
        [(lo, end) for end in ends for lo in range(end + 1)]
        if data is None
        else [
            (
                data.draw(st.integers(0, len(text)), label="lo"),
                data.draw(st.integers(0, len(text)), label="end"),
            )
        ]
    )
    for lo, end in pairs:
        if lo > end:
            lo, end = end, lo
        m = _WORDS_BEFORE.search(text, lo, end)
        assert _words_before(text, lo, end) == (None if m is None else m.start()), (lo, end)


def test_born_names_still_read_the_name_before_its_year() -> None:
    doc = Document("Hồ sơ gửi bà Trần Thị Bích Khoáng (1955) và ông Lê Văn Tẻo, sinh năm 1960.")
    names = {doc.text[d.start : d.end] for d in born_names(doc, [], "vn.person")}
    assert "Trần Thị Bích Khoáng" in names
