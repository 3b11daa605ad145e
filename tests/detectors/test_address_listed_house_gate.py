"""A house right after a listed lower-case full name ("..., do minh khue 18 au co."): the
address detector tries ``_HOUSE_AFTER_NAME`` only at the numbers a listed name's shape ends
before (``_houses_after_names``), not at every number two words follow (that cost +3.9%
instructions on short prompts, i15-addr24). The reading's definition, every
``_HOUSE_AFTER_NAME`` match the name test accepts, must give the same houses on any text built
from the pieces it reads."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ai_guard.detectors.address.people import (
    _HOUSE_AFTER_NAME,
    _houses_after_names,
    _listed_name_before,
)
from ai_guard.text import Document

#: names, kin words, streets, numbers, list marks and separators
_PIECES = [
    "do", "minh", "khue", "nguyen", "van", "an", "thi", "lan", "le", "hoa", "ong", "ba",
    "au", "co", "tran", "phu", "ngo", "so", "18", "5", "12/3", "1.", "2)", "- ", "•",
    " ", "  ", "\t", "\n", ",", ";", ":", ".", "a", "b", "7b", "123456",
]  # fmt: skip


def _by_definition(doc: Document) -> list[tuple[int, int]]:
    return [
        m.span()
        for m in _HOUSE_AFTER_NAME.finditer(doc.folded)
        if _listed_name_before(doc, m.start(1))
    ]


def _as_read(doc: Document) -> list[tuple[int, int]]:
    return [m.span() for m in _houses_after_names(doc)]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map(" ".join))
@example("danh sach: do minh khue 18 au co, nguyen thi lan 5 tran phu; le van hoa 12/3 ngo")
@example("do minh khue 18 au co.\nnguyen van an 7b tran phu")
def test_the_gated_reading_finds_the_houses_the_definition_finds(text: str) -> None:
    doc = Document(text)
    assert _as_read(doc) == _by_definition(doc)


def test_a_house_after_a_listed_name_is_still_read() -> None:
    doc = Document("gui danh sach: do minh khue 18 au co, nguyen thi lan 5 tran phu")
    assert len(_as_read(doc)) == 2
