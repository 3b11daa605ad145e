"""The process-wide caches of a text's words (:mod:`ai_guard.text.word_caches`): a cache a
large text churned through (missed at least its size) is let go, one it did not keeps what
it holds, and a large check lets go of those it churned."""

from __future__ import annotations

import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import check_prompt
from ai_guard.text import Document, word_caches
from ai_guard.text.word_caches import let_go_churned, misses, word_cache


@word_cache(8)
def _upper(word: str) -> str:
    return word.upper()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 30), max_size=40), st.lists(st.integers(0, 30), max_size=40))
def test_a_cache_is_emptied_when_it_missed_its_size(kept: list[int], read: list[int]) -> None:
    _upper.cache_clear()
    for k in kept:
        _upper(str(k))
    held = _upper.cache_info().currsize
    before = misses()
    for k in read:
        assert _upper(str(k)) == str(k).upper()
    missed = _upper.cache_info().misses - before[_upper]
    assert let_go_churned(before) >= (missed >= 8)
    info = _upper.cache_info()
    if missed >= 8:
        assert info.currsize == 0
    else:
        assert info.currsize == min(8, held + missed) > 0 or not (kept or read)
    assert _upper("x") == "X"  # (an emptied cache still answers)


def test_a_cache_made_after_the_count_counts_from_none() -> None:
    before = misses()

    @word_cache(2)
    def late(word: str) -> str:
        return word[::-1]

    try:
        assert late("ab") == "ba"
        assert let_go_churned(before) >= 0
        assert late.cache_info().currsize == 1  # one miss of two: kept
        late("cd")
        let_go_churned(before)
        assert late.cache_info().currsize == 0
    finally:
        word_caches._CACHES.remove(late)


def test_the_word_caches_are_registered() -> None:
    """The caches a megabyte's names churn through are among those let go."""
    from ai_guard.detectors.email import email_valid
    from ai_guard.detectors.person.capitalised import _run
    from ai_guard.detectors.person.shape import is_vietnamese_syllable
    from ai_guard.text.document import fold_word
    from ai_guard.text.match import spelling
    from ai_guard.text.typing import untype

    held = set(misses())
    for cache in (_run, fold_word, spelling, untype, is_vietnamese_syllable, email_valid):
        assert cache in held


def test_a_large_check_leaves_the_run_cache_what_it_held() -> None:
    """A text past the engine's release threshold with more distinct runs of capitalised
    words than the run cache holds (4,200 names) adds at most :data:`_RUNS_HELD` of them to
    it (read through :class:`Churned`), its names found all the same (the cache only
    remembers answers); a prompt's run stored before is still there after."""
    from ai_guard.detectors.person.capitalised import _RUNS_HELD, _run

    surnames = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh"
    middles = "Văn Thị Hữu Đức Ngọc Quang Thanh Minh Xuân Hồng"
    givens = "An Bình Cường Dũng Giang Hà Khoa Lan Minh Nam Hải Hùng Linh Mai Nga Phúc Quân Sơn"
    names = [
        f"{s} {m} {g}"
        for s in [*surnames.split(), "Mai", "Lâm", "Tô", "Cao"][:21]
        for m in middles.split()
        for g in [*givens.split(), "Tâm", "Yến"][:20]
    ]
    assert len(set(names)) > _run.cache_info().maxsize
    text = "".join(f"Ông {n}, " for n in names)
    assert len(text) > 1 << 16
    prompt = "Bà Lương Thị Hoa, CCCD 001099012345"  # (a run the text does not hold)
    _run.cache_clear()  # (what earlier tests left: room to add to)
    check_prompt(prompt)
    held = _run.cache_info().currsize
    assert held > 0
    result = check_prompt(text)
    assert sum(f.entity == "PERSON" for f in result.findings) >= len(names) // 2
    assert held < _run.cache_info().currsize <= held + _RUNS_HELD
    hits = _run.cache_info().hits
    check_prompt(prompt)
    assert _run.cache_info().hits > hits  # the prompt's run, kept


@word_cache(16)
def _lower(word: str) -> str:
    return word.lower()


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.integers(0, 40), max_size=30),
    st.lists(st.integers(0, 40), max_size=120),
    st.integers(1, 10),
)
def test_a_churned_reader_answers_as_the_cache_and_stores_its_bound(
    kept: list[int], read: list[int], bound: int
) -> None:
    """:class:`Churned` answers as the function; the shared cache misses (and stores) the
    text's words until it has missed ``bound`` of them, no more, and keeps the rest of what
    it held; the reader's own dict never holds more than ``bound``."""
    _lower.cache_clear()
    for k in kept:
        _lower(f"K{k}")
    before = _lower.cache_info()
    reader = word_caches.Churned(_lower, bound)
    for k in read:
        assert reader(f"W{k}") == f"w{k}"
        assert len(reader._own or ()) <= bound
    after = _lower.cache_info()
    new = len({f"W{k}" for k in read})
    assert after.misses - before.misses == min(new, bound)
    assert after.currsize == min(16, before.currsize + min(new, bound))
    assert (reader._own is not None) == (new >= bound)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 60), max_size=120), st.integers(1, 10), st.booleans())
def test_a_text_reads_a_cache_through_its_own_reader_when_large(
    read: list[int], bound: int, large: bool
) -> None:
    """:func:`reader_for`: a prompt's text reads the shared cache itself; a text past
    :data:`READ_CHURNED_FROM` characters one :class:`Churned` reader of its own, the same at
    every ask, one a cache, another for another text. Either way the answers are the
    function's; a large text stores at most ``bound`` of its words in the shared cache."""
    from ai_guard.text import Document

    size = word_caches.READ_CHURNED_FROM + 1 if large else 40
    doc, other = Document("x" * size), Document("y" * size)
    _lower.cache_clear()
    reader = word_caches.reader_for(doc, _lower, bound)
    assert (reader is _lower) is not large
    assert word_caches.reader_for(doc, _lower, bound) is reader
    assert (word_caches.reader_for(doc, _upper, bound) is reader) is False
    assert (word_caches.reader_for(other, _lower, bound) is reader) is not large
    for k in read:
        assert word_caches.reader_for(doc, _lower, bound)(f"W{k}") == f"w{k}"
    new = len({f"W{k}" for k in read})
    assert _lower.cache_info().currsize == (min(new, bound) if large else min(new, 16))


def test_a_large_text_spells_its_names_through_its_own_reader() -> None:
    """vn.person's surname-first walk spells a large text's names (a title's opening words,
    a figure's name) through the text's own reader of the spelling cache: a megabyte's table
    of citizens no longer fills the cache's 8,192 entries with its names while it is read."""
    from ai_guard.detectors.person.words import SPELLINGS_HELD, is_public_figure
    from ai_guard.text import Document
    from ai_guard.text.match import spelling

    doc = Document("Ông Lê Văn Tám. " * (word_caches.READ_CHURNED_FROM // 16 + 1))
    assert is_public_figure("Lê Văn Tám", doc)
    assert not is_public_figure("Lê Văn Tâm", doc)
    reader = word_caches.reader_for(doc, spelling, SPELLINGS_HELD)
    assert isinstance(reader, word_caches.Churned)
    assert word_caches.reader_for(Document("Ông Lê Văn Tám"), spelling, 1) is spelling


def test_a_large_text_reads_its_addresses_through_its_own_reader(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """vn.email reads a large text's addresses' validity through the text's own reader
    (:func:`reader_for`): a megabyte's CSV, every address new, leaves at most
    ``ADDRESSES_HELD`` of them in the shared cache, not its 4,096; the addresses found are
    those found through the shared cache."""
    from ai_guard.detectors.email import ADDRESSES_HELD, EmailDetector, email_valid

    rows = [f"Nguyễn Văn An,nguyen.van.an{k}@gmail.com" for k in range(6000)]
    text = "\n".join(rows)
    text += "\n" + "x" * (word_caches.READ_CHURNED_FROM - len(text) + 1)
    email_valid.cache_clear()
    large = [(d.entity, d.start, d.end) for d in EmailDetector().detect(Document(text))]
    assert len(large) == 6000
    assert email_valid.cache_info().currsize <= ADDRESSES_HELD
    monkeypatch.setattr(word_caches, "READ_CHURNED_FROM", 1 << 40)
    email_valid.cache_clear()
    shared = [(d.entity, d.start, d.end) for d in EmailDetector().detect(Document(text))]
    assert email_valid.cache_info().currsize == email_valid.cache_info().maxsize
    assert large == shared


@pytest.mark.parametrize("number", ["0912345678", "001099012345", "a1b2c3", "12abc"])
def test_a_window_ending_in_a_number_leaves_the_intern_table_alone(number: str) -> None:
    """A cue window's last word is interned when it is letters alone (a few cue words end
    most windows: one string each); a number or a word with digits is kept as it is (in a
    table every one is new, and each interned grew the process's table of interned strings
    by ~1.9x a megabyte CSV's size while its check ran)."""
    from ai_guard.text.match import last_word_before

    held = sys.intern("".join([number[:3], number[3:]]))  # (another string, interned)
    text = f"Họ tên Nguyễn Văn An {number} CCCD 079201000123"
    last = last_word_before(Document(text), text.index(" CCCD") + 1)
    assert last == number
    assert last is not held
    cue = last_word_before(Document(text), text.index("079"))
    assert cue == "cccd"
    assert cue is sys.intern("".join(["cc", "cd"]))
