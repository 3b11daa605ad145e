"""Names known by their row: a pasted table's row of a household or beneficiary list, its
cells a row number, a name, a birth year and where the person lives, with no header to say so
("| 2 | RAHLAN BLƯK | 1984 | làng Plei Ốp, phường Pleiku, tỉnh Gia Lai |", "| 3 | BẠCH VĂN
KHIÊM | 1968 | THÔN ĐỒNG QUANG, XÃ TIÊN DU, ... |").

The row's order vouches for the name whatever its words spell (a Jrai name in capitals, a rare
surname, a Dao name): a number (a register's entry number too, "Số 1142", the row's first cell
with no pipe before it), then a cell of two to five words of letters, each opening with a
capital (the whole cell in capitals, or each word capitalised), then a year of birth or an
identity card's number (nine or twelve digits, its label before it or not: "CCCD
008181004726") alone in its cell, then a cell that opens with a unit of an address ("thôn",
"bản", "làng", "xã", "số" ...): "Số 1142 | Triệu Tòn Mẩy | CCCD 008181004726 | thôn Khuổi Xỏm,
...". The name's cell holds no header's word ("Họ tên", "STT") and opens with no address unit.

Reported at :data:`~ai_guard.detectors.person.scores.SCORE_NAME_COLUMN` (pattern
``person.household_row``), as a column's names are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.scores import BASE_NAME_COLUMN, SCORE_NAME_COLUMN
from ai_guard.models import EntityType
from ai_guard.text import Document, fold_word

__all__ = ["household_row_names"]

#: a row from the pipe before its name: the name's cell, a birth year's or an identity card
#: number's, then the start of the next cell (literal-led: the engine skips from pipe to pipe)
_ROW = re.compile(
    r"\|[ \t]*"
    r"(?P<name>[^\W\d_]+(?:['’][^\W\d_]+)?(?:[ \t]+[^\W\d_]+(?:['’][^\W\d_]+)?){1,4})"
    r"[ \t]*\|[ \t]*"
    r"(?:(?:19|20)\d\d|(?i:cccd|cmnd|cmtnd|căn cước|can cuoc)?[ \t:.]*\d{9}(?:\d{3})?)"
    r"[ \t]*\|[ \t]*(?P<place>[^\W\d_]+)"
)
#: the row's number cell right before that pipe: after a pipe, or opening the line (a
#: register's "Số"/"STT"/"No." before the number)
_NUMBER_CELL = re.compile(r"(?:\||^)[ \t]*(?:(?i:số|so|stt|no)\.?[ \t]*)?\d{1,5}[ \t]*$", re.M)
_NUMBER_REACH = 24


def _number_before(text: str, pipe: int) -> bool:
    """Whether the row's number cell ends right before the pipe at ``pipe``."""
    line = text.rfind("\n", 0, pipe) + 1
    return _NUMBER_CELL.search(text, max(line, pipe - _NUMBER_REACH), pipe) is not None


#: the address units that open the cell after the year (folded)
_PLACE_UNITS = frozenset(
    {"thon", "xom", "ap", "ban", "buon", "plei", "lang", "soc", "phum", "to", "khu", "khom"}
    | {"xa", "phuong", "thi", "huyen", "quan", "tinh", "tp", "so", "duong", "pho", "ngo", "hem"}
    | {"kiet", "kp", "tdp", "khoi", "cum", "doi"}
)
#: a header's or a count's words, never a name's (folded)
_NOT_NAME = frozenset(("ten", "stt", "tong", "cong", "sinh"))
#: the first words of a building's or an office's name in such a cell (folded): "Nhà Văn Hóa",
#: "Trạm Y Tế", "UBND Xã", "Bệnh Viện"
_VENUE_OPENERS = frozenset(("nha", "tram", "ubnd", "benh", "khu", "cho"))


def _capitalised(cell: str) -> bool:
    """Whether every word of ``cell`` opens with a capital letter (all capitals or each word
    capitalised), as a name's cell is written."""
    return all(w[:1].isupper() for w in cell.split())


def household_row_names(
    doc: Document, found: Sequence[Detection], detector_id: str
) -> Iterator[Detection]:
    """The names of a household list's rows that no other path found (see the module)."""
    text = doc.text
    # (the spans taken are gathered at the first row that qualifies: a large table of other
    # rows holds thousands of findings, and a list of their spans was ~4x its size in memory)
    taken: list[tuple[int, int]] | None = None
    for m in _ROW.finditer(text):
        if fold_word(m.group("place")) not in _PLACE_UNITS or not _number_before(text, m.start()):
            continue
        s, e = m.span("name")
        cell = m.group("name")
        words = [fold_word(w) for w in cell.split()]
        if not _capitalised(cell) or words[0] in _PLACE_UNITS or words[0] in _VENUE_OPENERS:
            continue
        if any(w in _NOT_NAME for w in words):
            continue
        if taken is None:
            taken = [(f.start, f.end) for f in found]
        if any(a < e and s < b for a, b in taken):
            continue
        yield Detection(
            EntityType.PERSON,
            s,
            e,
            SCORE_NAME_COLUMN,
            detector_id,
            pattern="person.household_row",
            base_score=BASE_NAME_COLUMN,
            context="row",
        )
