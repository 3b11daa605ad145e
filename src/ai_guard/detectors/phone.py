"""Phone numbers, validated with phonenumbers' metadata (FACTS e.9).

Accepted forms: 0912 345 678, 0912.345.678, 0912-345-678, +84 912 345 678, (+84) 912 345 678,
84912345678, 0084 912 345 678, landlines 024 3825 1234 / 028.3829.1234 / 0251 3822 123, and
international numbers written with '+'. A valid number is reported on its own; a number of the
right shape that phonenumbers rejects (e.g. a pre-2018 11-digit mobile) only after a phone cue.
Public service numbers 1800/1900 are never reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ai_guard.detectors import _cues
from ai_guard.detectors.base import Detection
from ai_guard.models import EntityType, Validation
from ai_guard.text import Document
from ai_guard.text.numbers import glued, number_tokens

__all__ = ["PhoneDetector", "phone_valid"]

_PAREN_PREFIX = re.compile(r"\(\s*\+?\s*(?:84|0084)\s*\)[ .\-]?$")


_VALIDITY: dict[tuple[str, int], bool] = {}


def phone_valid(number: str) -> bool:
    """Whether ``number`` ("+84912345678" or "0912345678") is a valid phone number.

    phonenumbers' validity depends on a number's length and leading digits only (its metadata
    patterns are prefix- and length-based), so results are cached per (first 8 characters,
    length): one parse per operator prefix instead of one per number.
    """
    key = (number[:8], len(number))
    valid = _VALIDITY.get(key)
    if valid is None:
        import phonenumbers  # lazy: keeps `import ai_guard` fast

        try:
            valid = bool(phonenumbers.is_valid_number(phonenumbers.parse(number, "VN")))
        except phonenumbers.NumberParseException:
            valid = False
        if len(_VALIDITY) < 100_000:
            _VALIDITY[key] = valid
    return valid


#: Prefixes in use (FACTS e.9): mobiles after the 2018 conversion, and landlines 02x.
_MOBILE = frozenset(
    "32 33 34 35 36 37 38 39 52 55 56 58 59 70 76 77 78 79 81 82 83 84 85 86 87 88 89 "
    "90 91 92 93 94 96 97 98 99".split()
)


def _known_prefix(number: str) -> bool:
    if number.startswith("+") and not number.startswith("+84"):
        return True  # foreign numbers: trust phonenumbers
    national = number[3:] if number.startswith("+84") else number[1:]
    return national[:2] in _MOBILE or national.startswith("2")


def _candidate(digits: str, plus: bool) -> tuple[str, bool] | None:
    """Normalise a digit window to a number phonenumbers can parse; None if not phone-shaped.

    Returns (number, vietnamese).
    """
    if plus:
        if digits.startswith("84"):
            return ("+" + digits, True) if 10 <= len(digits) <= 12 else None
        return ("+" + digits, False) if 8 <= len(digits) <= 15 else None
    if digits.startswith("0084"):
        return ("+" + digits[2:], True) if 12 <= len(digits) <= 14 else None
    if digits.startswith("84") and len(digits) == 11:
        return ("+" + digits, True)
    if digits.startswith("0") and 10 <= len(digits) <= 11 and digits[1] != "0":
        return (digits, True)
    return None


#: cues that name a number as something other than a phone number
_NAMED_OTHERWISE = (_cues.BANK, _cues.TAX, _cues.CCCD, _cues.CMND, _cues.BHXH, _cues.BHYT)


class PhoneDetector:
    id = "vn.phone"
    entities = (EntityType.PHONE,)

    def detect(self, doc: Document) -> Iterator[Detection]:
        text = doc.text
        for tok in number_tokens(doc):
            if _cues.is_amount(doc, tok):
                continue
            for start, end, digits in tok.windows(text, 9, 15, max_groups=6):
                at_start = start == tok.groups[0][0]
                plus = tok.plus and at_start
                # the token may open with "+", "(" or "(+84)": the phone number starts there
                span_start = tok.start if at_start else start
                if not plus and ")" in text[max(0, start - 3) : start]:
                    paren = _PAREN_PREFIX.search(text, max(0, start - 12), start)
                    if paren:
                        span_start = paren.start()
                        plus = True
                        digits = (
                            "84" + digits.lstrip("0") if not digits.startswith("84") else digits
                        )
                cand = _candidate(digits, plus)
                if cand is None:
                    continue
                number, _vn = cand
                if number.startswith(("1800", "1900")):
                    continue
                left, right = glued(text, span_start, end)
                if left and right:
                    continue
                if at_start and any(other.before(doc, span_start) for other in _NAMED_OTHERWISE):
                    continue  # "STK: 0912345678", "MST: 0314409059": the cue names it
                valid = phone_valid(number)
                known = _known_prefix(number)
                cue = _cues.PHONE.naming(doc, span_start)
                if valid:
                    # phonenumbers also accepts ranges no operator uses (030x, 031x): without a
                    # cue such a number is more likely a tax code or an account
                    score = 0.97 if cue else 0.85 if known else 0.7
                elif cue and len(number.lstrip("+")) >= 10:
                    score = 0.6
                else:
                    continue
                if left or right:
                    score -= 0.05
                yield Detection(
                    EntityType.PHONE,
                    span_start,
                    end,
                    round(score, 4),
                    self.id,
                    pattern="phone.international" if number.startswith("+") else "phone.national",
                    base_score=0.85,
                    validation=Validation.PASSED if valid else Validation.FAILED,
                    context=cue,
                )
