"""Long numbers a spreadsheet showed in scientific notation (``1,90358E+13``, ``3.10402E+12``).

A sheet that stores an account number as a number shows it, in a cell too narrow or in the
General format, as its first digits and a power of ten; pasted as text, that is what arrives,
often beside the full number the user still has ("đang là 1,90358E+13, số gốc là
19035822807378"). Read by :class:`ai_guard.detectors.finance.BankAccountDetector` (which owns
the findings): a number in this notation is a long identifier shown short, and

* under the account's own cue or column header (``STK``, ``Số tài khoản``) it is that account
  as shown;
* beside the full number it rounds (its digits begin that number, which has one digit more
  than the power), both are the same identifier, and the full one is as long as an account
  (13 to 19 digits: no phone, CCCD or tax code is).

An amount in this notation (``1,5E+12`` đồng) has neither: it is left.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

__all__ = ["ScientificNumber", "rounded_by", "scientific_numbers"]

#: a number in scientific notation: one digit, a decimal comma or point, the rest of the
#: significant digits, ``E+`` and the power; not glued to a word or another number
_SCIENTIFIC = re.compile(r"(?<![\w.,])[1-9](?:[.,](\d{1,14}))?[eE]\+(\d{1,2})(?![\w]|[.,]\d)")
#: the powers of an integer of 9 to 19 digits (an account's lengths; a 19-digit one that
#: rounds up shows one power more)
_POWERS = (8, 19)


class ScientificNumber(NamedTuple):
    """(start, end, significant digits, power) of one number in scientific notation."""

    start: int
    end: int
    digits: str
    power: int


def scientific_numbers(text: str) -> Iterator[ScientificNumber]:
    """Every number in scientific notation standing for an integer of 9 to 19 digits (or 20,
    a 19-digit one rounded up)."""
    if "E+" not in text and "e+" not in text:
        return
    for m in _SCIENTIFIC.finditer(text):
        power = int(m.group(2))
        if not _POWERS[0] <= power <= _POWERS[1]:
            continue
        digits = text[m.start()] + (m.group(1) or "")
        if len(digits) - 1 > power:
            continue  # "1.2345678E+3": a fraction, no integer
        yield ScientificNumber(m.start(), m.end(), digits, power)


def rounded_by(full: str, sci: ScientificNumber) -> bool:
    """Whether the integer ``full`` (its digits) shows as ``sci``: rounded to as many
    significant digits, it gives ``sci``'s (one digit more than the power, or as many when it
    rounded up to the next power: ``9999996...`` shows as ``1E+19``)."""
    if len(full) not in (sci.power, sci.power + 1) or not full.isdigit():
        return False
    scale: int = 10 ** (sci.power + 1 - len(sci.digits))
    return abs(int(full) - int(sci.digits) * scale) * 2 <= scale
