"""The windows a long second reading is cut to (:mod:`ai_guard.text.windows`): each site
stands whole in a window with its lines around it, and every span of the windows maps back
to the same characters of the reading."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from ai_guard.text.windows import WINDOW_LINES, lines_around, windows

_LINES = st.lists(st.text(alphabet="ab c,\t", max_size=60), min_size=1, max_size=80)


@st.composite
def _texts_and_sites(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    text = "\n".join(draw(_LINES))
    bounds = st.integers(0, len(text))
    sites = sorted(
        (min(a, b), max(a, b)) for a, b in draw(st.lists(st.tuples(bounds, bounds), max_size=4))
    )
    return text, sites


@given(_texts_and_sites())
def test_each_site_is_read_whole_and_maps_back(case: tuple[str, list[tuple[int, int]]]) -> None:
    text, sites = case
    cut = windows(text, sites)
    if cut is None:  # (the windows would hold half the text: it is read whole)
        return
    assert len(cut.text) * 2 < len(text) + 2 * len(cut.starts)
    # a span inside one window maps to the same characters of the reading
    pieces = []
    for k, at in enumerate(cut.starts):
        stop = cut.starts[k + 1] - 1 if k + 1 < len(cut.starts) else len(cut.text)
        assert cut.span(at, stop) == (cut.froms[k], cut.froms[k] + stop - at)
        assert text[cut.froms[k] : cut.froms[k] + stop - at] == cut.text[at:stop]
        pieces.append((cut.froms[k], cut.froms[k] + stop - at))
    # in order, apart (a line feed of their own between two)
    assert all(a[1] < b[0] for a, b in itertools.pairwise(pieces))
    # each site stands whole in a window with its lines around it, and the first line
    for start, end in [(0, 0), *sites]:
        first, last = lines_around(text, start, end)
        assert any(a <= first and last <= b for a, b in pieces)


def test_a_site_in_a_long_text_is_read_with_its_lines_around() -> None:
    lines = [f"dòng {i},001099{i:06d},ghi chú" for i in range(2000)]
    lines[1000] = "Trần Văn Bình,MDAxMDk5MDEyMzQ1,0912345678,binh@vnpt.vn"
    text = "\n".join(lines)
    at = text.index("MDAx")
    cut = windows(text, [(at, at + 16)])
    assert cut is not None
    assert cut.text.split("\n") == [
        *lines[: WINDOW_LINES + 1],
        *lines[1000 - WINDOW_LINES : 1000 + WINDOW_LINES + 1],
    ]
    here = cut.text.index("MDAx")
    assert cut.span(here, here + 16) == (at, at + 16)
    # the line feed between two windows maps to the reading's character after the first
    feed = cut.starts[1] - 1
    assert cut.offset(feed) == cut.froms[0] + feed - cut.starts[0]
    # a site near the text's start: one window with the first line
    assert windows(text, [(5, 9)]) is not None
    assert len(windows(text, [(5, 9)]).starts) == 1  # type: ignore[union-attr]


def test_a_long_line_is_cut_at_a_space_within_reach() -> None:
    words = " ".join(f"từ{i}" for i in range(5000))
    at = len(words) // 2
    first, last = lines_around(words, at, at + 3, reach=100)
    assert at - 100 <= first <= at
    assert at + 3 <= last <= at + 103
    assert first == 0 or words[first - 1] == " "
    assert last == len(words) or words[last] == " "


def test_windows_holding_half_the_text_are_not_cut() -> None:
    text = "\n".join(f"dòng {i}" for i in range(12))
    assert windows(text, [(40, 42)]) is None
