"""Names known by their column: the other rows of a table or a list whose names were found.

A list of people pasted into chat keeps its shape when it loses its capitals and diacritics:
rows of cells parted by ``|``, tabs or wide gaps, or items opened by a number or a bullet whose
parts a dash parts ("1. son pho - phum soc vo, xa ...", "- khuc thua duy – duy@..."). Where the
other paths found the names of some rows, filling the same cell of their row, the same cell of
the rows around them is a name too, whatever its words: a minority or foreign name no lexicon
holds ("zoram bhiec", "po xi chu"), a name whose words spell everyday words ("dinh cong
trang", "do hoang nam"), the first row of a table with no header ("| 1 | hoang van slan |").

The column vouches only where its found names are at least half as many as the cells it would
add, and only for a cell of two to five words made of letters, in a row that is no header (a
row with no digit where a cell holds "tên", "người", "số" ...: "họ và tên", "người nộp", "bên
b", or is a header of its own: "Phụ huynh", "Năm sinh"), a value after a form's label ("Xếp
loại:⇥Hoàn thành nhiệm vụ" under "Họ tên:⇥Ngô Sĩ Toàn" is no name), the cell opened by no
address unit that is no surname ("thôn", "xã"). A row is a line
of 400 characters at most, a neighbour while the rows between are of the same shape (the
same parting, as many cells);
a blank line or another shape ends the block. A cell holding a label or a party of two or three
words of the lexicons ("phụ huynh", "người làm chứng") is none (one word may be a name's:
"chú", "bà" are honorifics, "Chu", "Bá" names); a row parted by gaps only needs a digit (its
number, a phone): "thư ký      chủ trì" over two signers' names is headings. A column where a
found name is a historical figure's is a list of streets or schools ("Lê Lợi | toàn tuyến"): it
vouches for nothing.

Reported at :data:`~ai_guard.detectors.person.scores.SCORE_NAME_COLUMN` (pattern
``person.column_mate``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.handles import label_terms
from ai_guard.detectors.person.lexicon import lexicons, public_figures
from ai_guard.detectors.person.scores import BASE_NAME_COLUMN, REPORT_FLOOR, SCORE_NAME_COLUMN
from ai_guard.models import EntityType
from ai_guard.text import Document, fold_word

__all__ = ["column_names"]

#: how a line's cells are parted, tried in this order: a table's pipes, tabs, a gap of two
#: spaces or more, and a list item's dash ("1. son pho - phum soc vo")
_PARTINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("pipe", re.compile(r"\|")),
    ("tab", re.compile(r"\t+")),
    ("gap", re.compile(r" {2,}")),
    ("dash", re.compile(r"[ \t]+[-–—][ \t]+")),
    # a list item's value that parts it with no punctuation: a word holding a digit, maybe in
    # brackets (a birth year, a plate, a phone: "- lo thi xenh 1955 ban cang")
    ("value", re.compile(r"[ \t]+\(?[^\s\d()]{0,4}\d[^\s()]*\)?[,;]?(?=\s|$)")),
)
#: a string each parting needs in its line (looked for before the pattern is run)
_NEEDS = {"pipe": "|", "tab": "\t", "gap": "  ", "dash": " ", "value": " "}
#: a list item's opening: a bullet or a number ("- ", "1. ", "3) ")
_ITEM = re.compile(r"[ \t]*(?:[-*•+>]|\d{1,3}[.)])[ \t]+")
#: a word of a name: letters, an apostrophe or a hyphen inside ("h'nhan", "min-seo")
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
#: words of a column's header or a label, never of a name (folded; not "chú", "chỉ", "sinh" of
#: "ghi chú", "địa chỉ", "ngày sinh": given names too)
_HEADER_WORDS = frozenset(
    ("ten", "name", "nguoi", "stt", "tt", "ghi", "so", "ngay", "dia",
     # a contract's or a record's parties over a signature row ("đại diện bên a      bên b")
     "ben")
)  # fmt: skip
#: whole header cells (folded) whose words may be a name's too ("Sinh", "Huỳnh"): a row with
#: no digit holding one is a table's header ("| Trẻ | Năm sinh | Phụ huynh |")
_HEADER_CELLS = frozenset(
    ("phu huynh", "hoc sinh", "dien thoai", "nam sinh", "ngay sinh", "dia chi", "ghi chu",
     "xep loai", "chuc vu", "don vi", "que quan", "noi o", "lop", "tre", "nguoi giam ho",
     "giao vien", "chu ho", "quan he")
)  # fmt: skip
#: address units that are no surname: a cell they open is a place
_PLACE_OPENERS = frozenset(
    ("thon", "xom", "ap", "xa", "phuong", "khu", "khom", "duong", "pho", "ngo", "hem", "kiet",
     "tinh", "huyen", "quan", "tp", "buon", "plei", "phum", "soc", "lang", "ban", "to")
)  # fmt: skip
#: the longest line read as a row (a table's row or a list's item is short; a paragraph of
#: prose is none, and splitting it for each name found in it cost 4% of a dense text's time)
_LONGEST_ROW = 400
#: the most rows of one block read (a longer table is read in windows of this many rows
#: around each found name)
_REACH = 40

_Cell = tuple[int, int]


def _cells(text: str, ls: int, le: int, kind: str, pattern: re.Pattern[str]) -> list[_Cell]:
    """The cells of the line ``text[ls:le]`` parted so (stripped spans; a list item's marker
    left out of its first cell), or [] where the line is not parted so."""
    if text.find(_NEEDS[kind], ls, le) < 0:
        return []
    start = ls
    if kind in ("dash", "value"):
        item = _ITEM.match(text, ls, le)
        if item is None:
            return []
        start = item.end()
    cuts = list(pattern.finditer(text, start, le))
    if not cuts:
        return []
    if kind == "value":
        cuts = cuts[:1]  # the first value parts the name from the rest ("1950 thon 4")
    out: list[_Cell] = []
    cur = start
    for m in [*cuts, None]:
        s, e = cur, (le if m is None else m.start())
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        out.append((s, e))
        if m is not None:
            cur = m.end()
    return out


def _lines(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    while True:
        nl = text.find("\n", pos)
        out.append((pos, len(text) if nl < 0 else nl))
        if nl < 0:
            return out
        pos = nl + 1


def _name_cell(text: str, s: int, e: int) -> bool:
    """Whether a cell may be a name its column vouches for: two to five words of letters, no
    header's or label's word, not opened by an address unit that is no surname."""
    raw = text[s:e]
    words = raw.split()
    if not 2 <= len(words) <= 5 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    if raw.isupper() and len(raw) > 3:
        return False  # a header in capitals ("HỌ VÀ TÊN")
    folded = [fold_word(w) for w in words]
    if any(w in _HEADER_WORDS for w in folded):
        return False
    labels = label_terms()
    if any(
        " ".join(folded[a:b]) in labels
        for a in range(len(folded))
        for b in range(a + 2, min(len(folded), a + 3) + 1)
    ):
        return False  # a signature row's headings ("hòa giải viên", "bên thứ nhất", "phụ huynh")
    return not (folded[0] in _PLACE_OPENERS and folded[0] not in lexicons().surnames)


def column_names(
    doc: Document, found: Sequence[Detection], detector_id: str
) -> Iterator[Detection]:
    """The names that fill the same cell as found names in the rows around them."""
    text = doc.text
    persons = [f for f in found if f.entity is EntityType.PERSON and f.score >= REPORT_FLOOR]
    if not persons or "\n" not in text:
        return
    lines = _lines(text)
    starts = [ls for ls, _ in lines]
    taken = sorted((f.start, f.end) for f in found)
    read: set[tuple[str, int, int]] = set()  # (parting, column, row) already read
    out: dict[int, Detection] = {}
    for f in persons:
        k = bisect.bisect_right(starts, f.start) - 1
        ls, le = lines[k]
        if f.end > le or le - ls > _LONGEST_ROW:
            continue
        for kind, pattern in _PARTINGS:
            row = _cells(text, ls, le, kind, pattern)
            if (f.start, f.end) not in row:
                continue
            col = row.index((f.start, f.end))
            if (kind, col, k) in read:
                break
            lo, hi = _block(text, lines, k, kind, pattern, len(row))
            named, unnamed, figures = 0, [], False
            for j in range(lo, hi):
                read.add((kind, col, j))
                cells = _cells(text, *lines[j], kind, pattern)
                if col >= len(cells) or _header_row(text, cells):
                    continue
                s, e = cells[col]
                i = bisect.bisect_left(taken, (s, -1))
                if i < len(taken) and taken[i] == (s, e):
                    named += 1
                    figures = figures or " ".join(fold_word(text[s:e]).split()) in public_figures()
                elif (
                    not _overlaps(taken, i, s, e)
                    and not (col and text[cells[0][0] : cells[0][1]].rstrip().endswith(":"))
                    and _name_cell(text, s, e)
                    and (kind != "gap" or any(c.isdigit() for c in text[slice(*lines[j])]))
                ):
                    # (parted by gaps only, a row needs its number: "thu ky      chu tri"
                    # over the signers' names is a signature row's headings)
                    unnamed.append((s, e))
            if named and 2 * named >= len(unnamed) and not figures:
                # (a column holding a historical figure's name is one of streets or schools:
                # "Lê Lợi | toàn tuyến" names no one)
                for s, e in unnamed:
                    out[s] = Detection(
                        EntityType.PERSON,
                        s,
                        e,
                        SCORE_NAME_COLUMN,
                        detector_id,
                        pattern="person.column_mate",
                        base_score=BASE_NAME_COLUMN,
                        context="column",
                    )
            break
    yield from (out[s] for s in sorted(out))


def _header_row(text: str, cells: list[_Cell]) -> bool:
    """Whether a row is a header: no digit in it (a row of data has its number, a phone, a
    date), and a cell holds a header's or a label's word ("họ tên", "số điện thoại", "người
    làm chứng", "bên b")."""
    if any(c.isdigit() for s, e in cells for c in text[s:e]):
        return False
    return any(fold_word(w) in _HEADER_WORDS for s, e in cells for w in text[s:e].split()) or any(
        " ".join(fold_word(text[s:e]).split()) in _HEADER_CELLS for s, e in cells
    )


def _overlaps(taken: list[tuple[int, int]], i: int, s: int, e: int) -> bool:
    """Whether a span of ``taken`` (sorted; ``i`` where ``(s, -1)`` would go) overlaps
    ``[s, e)``: the one before ``i`` and those from ``i`` that start before ``e``."""
    if i > 0 and taken[i - 1][1] > s:
        return True
    return i < len(taken) and taken[i][0] < e


def _block(
    text: str,
    lines: list[tuple[int, int]],
    k: int,
    kind: str,
    pattern: re.Pattern[str],
    width: int,
) -> tuple[int, int]:
    """The rows around row ``k`` of the same shape: parted the same way into as many cells
    (a table's row may lose its trailing pipe: one cell fewer counts), at most ``_REACH``."""

    def same(j: int) -> bool:
        if lines[j][1] - lines[j][0] > _LONGEST_ROW:
            return False
        n = len(_cells(text, *lines[j], kind, pattern))
        return n > 1 and (n == width or (kind == "pipe" and abs(n - width) == 1))

    lo = k
    while lo > 0 and k - lo < _REACH and same(lo - 1):
        lo -= 1
    hi = k + 1
    while hi < len(lines) and hi - k < _REACH and same(hi):
        hi += 1
    return lo, hi
