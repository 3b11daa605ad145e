"""Tax codes (mã số thuế, MST), FACTS e.4.

* 10 digits: N1N2 province of registration, N3..N9 sequence (not all zero), N10 check digit:
  S = sum(Ni * Wi) with W = 31, 29, 23, 19, 17, 13, 7, 5, 3; N10 = 10 - (S mod 11); when
  S mod 11 == 0 no valid code exists (python-stdnum's behaviour).
* 13 digits for dependent units: the parent's 10 digits and a branch number 001-999, usually
  written ``0314409058-002``.
* Since 1 July 2025 individuals use their 12-digit personal ID number as tax code: a 12-digit
  number right after an MST cue is a tax code.

A valid 10-digit code is reported on its own unless it is also a valid mobile number (then it is
a tax code only after a cue); a code that fails the check digit is reported only after a cue.
"""

from __future__ import annotations

from collections.abc import Iterator

from ai_guard.detectors import _cues
from ai_guard.detectors.base import Detection, clamp
from ai_guard.detectors.identity import cccd_valid
from ai_guard.models import EntityType, Validation
from ai_guard.text import Document
from ai_guard.text.numbers import glued, number_tokens

__all__ = ["TaxCodeDetector", "tax_code_valid"]

_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)
_MOBILE_PREFIXES = frozenset(
    [
        "032",
        "033",
        "034",
        "035",
        "036",
        "037",
        "038",
        "039",
        "052",
        "055",
        "056",
        "058",
        "059",
        "070",
        "076",
        "077",
        "078",
        "079",
        "081",
        "082",
        "083",
        "084",
        "085",
        "086",
        "087",
        "088",
        "089",
        "090",
        "091",
        "092",
        "093",
        "094",
        "096",
        "097",
        "098",
        "099",
    ]
)


def tax_code_valid(digits: str) -> bool:
    """Check a 10- or 13-digit tax code (digits only)."""
    if len(digits) == 13:
        if digits[10:] == "000":
            return False
        digits = digits[:10]
    if len(digits) != 10 or not digits.isdigit() or digits[2:9] == "0000000":
        return False
    s = sum(int(d) * w for d, w in zip(digits[:9], _WEIGHTS, strict=True))
    r = s % 11
    if r == 0:
        return False
    return (10 - r) == int(digits[9])


class TaxCodeDetector:
    id = "vn.tax_code"
    entities = (EntityType.TAX_CODE,)

    def detect(self, doc: Document) -> Iterator[Detection]:
        text = doc.text
        for tok in number_tokens(doc):
            if _cues.is_amount(doc, tok):
                continue
            for start, end, digits in tok.windows(text, 10, 13, max_groups=4):
                n = len(digits)
                if n == 11:
                    continue
                left, right = glued(text, start, end)
                if left and right:
                    continue
                if n == 13:
                    # the branch form is written with a hyphen: "0314409058-002"
                    sep = text[end - 4] if end - 4 > start else ""
                    if sep != "-" and not _cues.TAX.before(doc, start):
                        continue
                cue = _cues.TAX.naming(doc, start)
                if cue and _cues.PHONE.near_before(doc, start, 12):
                    cue = None  # "mã số thuế 0100000010, SĐT 0364663010": the nearer cue names it
                if n == 12:
                    if not cue or not cccd_valid(digits):
                        continue
                    yield self._hit(
                        start, end, 0.97, Validation.PASSED, cue, "tax_code.personal_id"
                    )
                    continue
                valid = tax_code_valid(digits)
                if valid:
                    if cue:
                        score = 0.97
                    elif digits[:3] in _MOBILE_PREFIXES or _cues.PHONE.near_before(doc, start, 30):
                        continue  # a phone number that happens to pass the checksum
                    elif _cues.BANK.before(doc, start) or _cues.BHXH.near_before(doc, start, 40):
                        continue
                    else:
                        score = 0.8
                elif cue:
                    score = 0.6
                else:
                    continue
                if left or right:
                    score -= 0.05
                yield self._hit(
                    start,
                    end,
                    clamp(score),
                    Validation.PASSED if valid else Validation.FAILED,
                    cue,
                    "tax_code.branch_13" if n == 13 else "tax_code.10_digits",
                )

    def _hit(
        self, start: int, end: int, score: float, validation: Validation, cue: str | None, pat: str
    ) -> Detection:
        return Detection(
            EntityType.TAX_CODE,
            start,
            end,
            score,
            self.id,
            pattern=pat,
            base_score=0.8,
            validation=validation,
            context=cue,
        )
