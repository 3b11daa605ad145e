"""Where an address found by :mod:`ai_guard.detectors.address` cannot be: inside an agency's
name that holds the words "xã hội" (society), and across a CSV row's cell boundary.

- "BẢO HIỂM XÃ HỘI TỈNH BẮC NINH", "Sở Lao động - Thương binh và Xã hội tỉnh ...": in the
  compound nouns "bảo hiểm xã hội" (social insurance), "thương binh và xã hội", "chính sách
  xã hội", "an sinh xã hội", "xã hội" is the word society, no commune named Hội; what follows
  it is the agency's own area, no one's residence. In capitals the case says nothing, so the
  chain reader took "XÃ HỘI TỈNH BẮC NINH" for a commune and its province.
- "1,Lò Văn Khoan,...,Bản Hùn,HN-0412": a spreadsheet writes a CSV row's commas with no space
  after them, and an address's own commas with one ("Bản Hùn, xã Chiềng Sinh", quoted); a
  chain that runs over such a comma in a table row read the next cell ("HN") as a province.
  A comma before a line break is an address's own: a CSV row ends with its line.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator

from ai_guard.detectors.base import Detection
from ai_guard.text import Document
from ai_guard.text.tables import column_header

__all__ = ["society_in_agency", "within_csv_cells"]

#: the words before "xã hội" that make it the compound noun society (folded)
_SOCIETY_HEADS = re.compile(
    r"(?<![a-z])(?:bao hiem|thuong binh (?:va|&)|chinh sach|an sinh|trat tu|khoa hoc"
    r"|chinh tri ?-?|van hoa ?-?|mang|cong tac|to chuc)[ \t]*$"
)


def society_in_agency(doc: Document, hit: Detection) -> bool:
    """Whether ``hit`` opens with the words "xã hội" of a compound noun ("BẢO HIỂM XÃ HỘI
    TỈNH BẮC NINH"): then it is the agency's name and its area, no address."""
    folded = doc.folded
    if (
        not folded.startswith("xa hoi", hit.start)
        or folded[hit.start + 6 : hit.start + 7].isalnum()
    ):
        return False
    return _SOCIETY_HEADS.search(folded, max(0, hit.start - 24), hit.start) is not None


#: what follows an address's own comma, not a CSV row's: a space, the span's end, or a line
#: break (a row never goes on past its line: a PDF copy broke the address there, "ấp Tân
#: Hòa," / "xã Châu Thành, tỉnh Đồng Tháp", in a text whose lines hold commas)
_NOT_A_CELL = (" ", "", "\n", "\r")


def within_csv_cells(doc: Document, hits: Iterable[Detection]) -> Iterator[Detection]:
    """The hits, each kept to its longest cell where it runs over a CSV row's comma (a comma
    with no space after it, on a line that is a table row under a header)."""
    text = doc.text
    for hit in hits:
        span = text[hit.start : hit.end]
        if (
            "," in span
            and any(span[i + 1 : i + 2] not in _NOT_A_CELL for i, c in enumerate(span) if c == ",")
            and column_header(doc, hit.start) is not None
        ):
            cells: list[tuple[int, int]] = []
            at = hit.start
            for i, c in enumerate(span):
                if c == "," and span[i + 1 : i + 2] not in _NOT_A_CELL:
                    cells.append((at, hit.start + i))
                    at = hit.start + i + 1
            cells.append((at, hit.end))
            start, end = max(cells, key=lambda c: len(text[c[0] : c[1]].strip()))
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                hit = dataclasses.replace(hit, start=start, end=end)
        yield hit
