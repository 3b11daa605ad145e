"""Chat typed all in capitals ("TOI TEN LUU VAN KHANH SINH 1985 O SO 3 NGO 18 HOANG HOA THAM BA
DINH HA NOI ...", "GUI VO THI KIM THOA TAI 64/12 LE VAN SY P.NHIEU LOC TP.HCM GIAY MOI DU LE").

A phone's caps lock takes from a chat line the one clue the capitalised paths read: where a
name or a place starts and stops. In capitals every word looks like a name's or a place's
("GIAY MOI DU" ran on into the address), and the lower-case paths, which know chat's cue words
and the words that end a name, never ran. A text with no lower-case letter at all is read
again in lower case (the same length: offsets carry over; eight words or more, no table),
and where the two readings find the same kind of value at overlapping places, the lower-case
reading's span is kept: it reads the sentence's words as words. What only the capitals
reading found stays.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ai_guard.detectors.base import Detection
from ai_guard.text import Document

__all__ = ["lower_case_view", "with_lower_reading"]

#: the fewest words of a text in capitals read again in lower case (a heading, a stamp or a
#: title naming a body and its head, "BAN CHỈ ĐẠO NGUYỄN VĂN AN", is no chat line)
_MIN_WORDS = 8


def lower_case_view(doc: Document) -> Document | None:
    """The document in lower case where its text holds no lower-case letter and is a
    sentence (``_MIN_WORDS`` words or more), or None."""
    text = doc.text
    if not text.isupper() or text.count(" ") < _MIN_WORDS - 1 or "|" in text or "\t" in text:
        return None  # (a table's row in capitals is read as a table: "| 1 | HỒ CHÍ MINH |")
    found = doc.cached("shouted:lower")
    if found is None:
        lower = text.lower()
        found = Document(lower) if len(lower) == len(text) else False
        doc.store("shouted:lower", found)
    return found if isinstance(found, Document) else None


def with_lower_reading(
    doc: Document,
    found: list[Detection],
    detect: Callable[[Document], Iterable[Detection]],
) -> list[Detection]:
    """``found`` with the findings of ``detect`` on the lower-case view (where there is one)
    in place of those of the same entity they overlap, and added where they overlap none."""
    view = lower_case_view(doc)
    if view is None:
        return found
    lower = list(detect(view))
    if not lower:
        return found
    kept = [
        f
        for f in found
        if not any(g.entity is f.entity and g.start < f.end and f.start < g.end for g in lower)
    ]
    return kept + [g for g in lower if not any(g.start < f.end and f.start < g.end for f in kept)]
