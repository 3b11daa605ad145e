"""The windows a long second reading is cut to (:mod:`ai_guard.text.windows`): each site
stands whole in a window with its lines around it, and every span of the windows maps back
to the same characters of the reading."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ai_guard import check_prompt
from ai_guard.text.windows import WINDOW_LINES, header_of, lines_around, windows

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
    # and the header line of a site's table, where one stands above its row
    for start, _end in sites:
        head = header_of(text, start)
        if head is not None:
            assert any(a <= head <= b for a, b in pieces)


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


def _table(sep: str, title: str, rows: int = 300) -> str:
    lines = [
        sep.join([str(i), f"Ma {i:04d}", f"Phong {i % 7}", f"ghi chu {i}"]) for i in range(rows)
    ]
    return title + sep.join(["STT", "Họ và tên", "Đơn vị", "Ghi chú"]) + "\n" + "\n".join(lines)


TITLES = [
    "DANH SÁCH CÁN BỘ\nĐƠN VỊ: PHÒNG TỔ CHỨC\nTháng 5 năm 2024\n\n",
    "Báo cáo\n\n\n",
    "Tiêu đề\n \nDòng phụ\n",  # a blank line of spaces, then a title right above the header
]


@pytest.mark.parametrize("sep", [",", "\t", " | ", ";"])
@pytest.mark.parametrize("title", TITLES)
def test_a_site_s_window_holds_its_table_s_header_under_a_title(sep: str, title: str) -> None:
    text = _table(sep, title)
    header = text.index("STT")
    at = text.index("Ma 0250")
    assert header_of(text, at) == header
    cut = windows(text, [(at, at + 7)])
    assert cut is not None
    assert text[header : text.index("\n", header)] in cut.text.split("\n")


def test_a_second_table_s_rows_take_its_own_header() -> None:
    first = _table(",", "Bảng 1\n\n", rows=80)
    second = "\n\nBảng 2: tài khoản\n\nHệ thống\tUser\tGhi chú\n" + "\n".join(
        f"QLVB{i}\tuser{i}\tghi chu" for i in range(80)
    )
    text = first + second
    at = text.index("user70")
    assert header_of(text, at) == text.index("Hệ thống")


@pytest.mark.parametrize(
    "text",
    [
        # prose whose lines part differently (a line of prose with as many commas as the
        # row's is taken: one more line read, no finding moved)
        "Tiêu đề\n\nmột dòng văn xuôi, có dấu phẩy, hai\nvà dòng khác, cũng có",
        "a,b,c\n1,2,3",  # the row's own block: its first line is a header only above it
        "Tiêu đề\n\n1,2,3\n4,5,6",  # no header-shaped line (digits in every one)
        "văn xuôi không có ô nào",
    ],
)
def test_no_header_where_no_header_line_stands_above(text: str) -> None:
    at = len(text) - 2
    found = header_of(text, at)
    assert found is None or (found == 0 and text.startswith("a,b,c"))


@pytest.mark.parametrize("title", TITLES)
def test_a_name_typed_in_telex_deep_in_a_table_under_a_title_is_found(title: str) -> None:
    lines = [",".join([str(i), f"Ma {i:04d}", f"Phong {i % 7}", "ghi chu"]) for i in range(300)]
    lines[200] = "200,nguyeenx thuyr,Phong 2,ghi chu"
    text = title + "STT,Họ và tên,Đơn vị,Ghi chú\n" + "\n".join(lines)
    names = [text[f.start : f.end] for f in check_prompt(text).findings]
    assert "nguyeenx thuyr" in names
