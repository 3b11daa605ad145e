"""Context cue sets shared by the detectors, read from ``data/detectors/cues.tsv``.

Each set is built on first use (``_cues.CCCD``, ``_cues.BANK``, ...), never at import; the
file's ``set`` column names it in lower case (``cccd``, ``money_after``, ``birth_date_header``).
"""

from __future__ import annotations

from collections.abc import MutableMapping
from functools import cache
from typing import TYPE_CHECKING

from ai_guard.text import Document, data
from ai_guard.text.match import CueSet
from ai_guard.text.numbers import NumberToken

__all__ = [
    "BANK",
    "BANK_NAME",
    "BHXH",
    "BHYT",
    "BIRTH_DATE_HEADER",
    "CCCD",
    "CMND",
    "DRIVER_LICENSE",
    "MONEY_AFTER",
    "PASSPORT",
    "PHONE",
    "PLATE",
    "TAX",
    "cue_set",
    "cue_terms",
    "is_amount",
]

CUES_FILE = "detectors/cues.tsv"

if TYPE_CHECKING:  # built on first use by __getattr__
    BANK: CueSet
    BANK_NAME: CueSet
    BHXH: CueSet
    BHYT: CueSet
    BIRTH_DATE_HEADER: CueSet
    CCCD: CueSet
    CMND: CueSet
    DRIVER_LICENSE: CueSet
    MONEY_AFTER: CueSet
    PASSPORT: CueSet
    PHONE: CueSet
    PLATE: CueSet
    TAX: CueSet

#: Separators allowed between a number and the unit after it: "125.000.000 đồng" (the unit
#: follows directly, on the same line).
_UNIT_SEPS = r"[ \t]*"
_AFTER_SEPS = {"money_after": _UNIT_SEPS}


@cache
def cue_terms(name: str) -> tuple[str, ...]:
    """The terms of set ``name`` in cues.tsv, as written (KeyError if there is no such set)."""
    terms = tuple(row[1] for row in data.rows(CUES_FILE) if len(row) > 1 and row[0] == name)
    if not terms:
        raise KeyError(name)
    return terms


@cache
def cue_set(name: str) -> CueSet:
    """The cue set ``name`` of cues.tsv, built once."""
    terms = cue_terms(name)
    seps = _AFTER_SEPS.get(name)
    return CueSet(terms) if seps is None else CueSet(terms, after_seps=seps)


def __getattr__(name: str) -> CueSet:
    """``_cues.CCCD`` and friends: the set of cues.tsv named in lower case, built once."""
    if name in __all__ and name.isupper():
        cues = cue_set(name.lower())
        globals()[name] = cues
        return cues
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: the per-document memo of :func:`is_amount` (token start -> answer)
AMOUNTS = "amounts"


def is_amount(doc: Document, tok: NumberToken) -> bool:
    """Whether a whole number run is an amount ("125.000.000 đồng"): then no window of it is an
    identifier, not even "125.000" inside it. (Counting words such as "người", "ngày" are not
    units: no identifier-sized number counts people or days, and "CCCD 001085012345 ngày cấp
    ..." must still be found.)"""
    memo: MutableMapping[int, bool] = doc.position_memo(AMOUNTS)
    found = memo.get(tok.start)
    if found is None:
        found = memo[tok.start] = (
            cue_set("money_after").after(doc, tok.groups[-1][1], 10) is not None
            and not _next_line_number(doc, tok)
            and not _zero_led(doc, tok)
        )
    return found


def _zero_led(doc: Document, tok: NumberToken) -> bool:
    """Whether the run is grouped and opens with a zero and another digit: no amount is
    grouped so, a phone is ("a duc 0869 772 031 dong thay": đóng thay, pays for her). "0,5
    triệu" opens with a zero alone, and "Số tiền 0912345678 đồng" is one group: amounts."""
    a, b = tok.groups[0]
    return len(tok.groups) > 1 and b - a > 1 and doc.text[a] == "0"


def _next_line_number(doc: Document, tok: NumberToken) -> bool:
    """Whether the run's last group opens the next line, after a line break: a list's row
    number, and the money word after it is that row's ("...0368 905 241⏎10 triệu văn hội":
    the surname Triệu), not a unit of the numbers above."""
    groups = tok.groups
    return len(groups) > 1 and "\n" in doc.text[groups[-2][1] : groups[-1][0]]
