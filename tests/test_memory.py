"""check_prompt's memory under dense findings (issue 14: under 20x the input's UTF-8 size),
guarded without timing: tracemalloc's peak over one call on a fixed text, and the pieces that
used to hold most of it (each finding's own keys table, a dict and a slice per cue window).

The bound is generous (the peak was 19.1x on this text before sp12-mem, 15.0x after): it
fails when a change holds a megabyte's worth of something per finding or per window again,
not when a rule adds a little."""

from __future__ import annotations

import platform
import sys
import tracemalloc

import pytest

from ai_guard import check_prompt
from ai_guard.models import Finding
from ai_guard.text import Document
from ai_guard.text.match import CueSet, _window_before
from benchmarks.corpus import mixed_text

#: tracemalloc's peak over one check_prompt of the dense text, over its UTF-8 size
PEAK_BOUND = 18.0


def test_dense_text_peak_memory_stays_under_the_bound() -> None:
    text = mixed_text(200_000)  # an identifier, a name or an address every ~100 characters
    size = len(text.encode("utf-8"))
    check_prompt(text)  # lexicons, patterns and the process-wide caches of this text's words
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        result = check_prompt(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(result.findings) > 2000  # dense: the case this guards
    assert peak / size < PEAK_BOUND, f"peak {peak / size:.1f}x the input"


@pytest.mark.skipif(
    platform.python_implementation() != "CPython", reason="CPython's key-sharing dicts"
)
def test_findings_share_one_keys_table() -> None:
    """Each finding's ``__dict__`` holds its values only (the keys table shared by every
    finding): the literal dict it replaced held its own, 464 bytes against 272 a finding."""
    result = check_prompt("Ông Nguyễn Văn An, CCCD 001099012345, ở số 12 phố Huế, Hà Nội")
    assert result.findings
    for f in result.findings:
        assert sys.getsizeof(f.__dict__) < sys.getsizeof(dict(f.__dict__))
        assert f == Finding.model_validate(f.model_dump(exclude={"reason"}))


def test_cue_window_keeps_no_slice_of_the_text_until_a_term_ends_it() -> None:
    """A cue window read as it stands keeps no copy of the text's own characters (sliced
    only where a term ends the window) and one answer without a dict; the answers are those
    of each cue set asked."""
    doc = Document("Họ và tên: Nguyễn Văn An, số CCCD 001099012345")
    cccd = CueSet(["số cccd", "cccd"])
    bare = CueSet(["cccd"])
    name = CueSet(["họ và tên", "tên"])
    at = doc.text.index("001")
    assert cccd.before(doc, at) == "so cccd"
    win = _window_before(doc, at, 40)
    assert win.original is None
    assert win.more is None
    assert bare.before(doc, at) == "cccd"  # a second cue set asked: its own answer
    assert win.more == {bare: "cccd"}
    assert cccd.before(doc, at) == "so cccd"
    assert name.before(doc, doc.text.index("Nguyễn")) == "ho va ten"
