"""Personal identification numbers: CCCD (12 digits), CMND (9 or 12 digits), passport.

CCCD (FACTS e.1): 3-digit birth-registration province code from the 63-code table, a digit for
century and sex (0/1: 1900s, 2/3: 2000s, ...), 2 digits of the birth year, 6 random digits.
There is no check digit: validation is the province code list and a birth year that is not in
the future. A 12-digit number that passes is reported on its own; one that fails is reported
only when a CCCD cue names it ("số CCCD", "căn cước"), with a lower score.

CMND (FACTS e.2): 9 digits (12 in some provinces 2012-2015); far too ambiguous without a cue,
so it is reported only after one ("CMND", "CMTND", "chứng minh nhân dân").

Passport (FACTS e.3): one capital letter and 7 digits, reported after a cue ("hộ chiếu",
"passport", "số HC").
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator

from ai_guard.detectors import _cues
from ai_guard.detectors.base import Detection, clamp
from ai_guard.models import EntityType, Validation
from ai_guard.text import Document
from ai_guard.text.match import CueSet
from ai_guard.text.numbers import cued_windows, glued, number_tokens

__all__ = ["PROVINCE_CODES", "CccdDetector", "CmndDetector", "PassportDetector", "cccd_valid"]

#: Birth-registration province codes of the 12-digit number (Circular 07/2016/TT-BCA).
PROVINCE_CODES = frozenset(
    [
        "001",
        "002",
        "004",
        "006",
        "008",
        "010",
        "011",
        "012",
        "014",
        "015",
        "017",
        "019",
        "020",
        "022",
        "024",
        "025",
        "026",
        "027",
        "030",
        "031",
        "033",
        "034",
        "035",
        "036",
        "037",
        "038",
        "040",
        "042",
        "044",
        "045",
        "046",
        "048",
        "049",
        "051",
        "052",
        "054",
        "056",
        "058",
        "060",
        "062",
        "064",
        "066",
        "067",
        "068",
        "070",
        "072",
        "074",
        "075",
        "077",
        "079",
        "080",
        "082",
        "083",
        "084",
        "086",
        "087",
        "089",
        "091",
        "092",
        "093",
        "094",
        "095",
        "096",
    ]
)


def cccd_valid(digits: str, *, today: _dt.date | None = None) -> bool:
    """Whether 12 digits form a plausible CCCD: known province code, birth year not ahead."""
    if len(digits) != 12 or not digits.isdigit() or digits[:3] not in PROVINCE_CODES:
        return False
    century = int(digits[3]) // 2
    year = 1900 + 100 * century + int(digits[4:6])
    this_year = (today or _dt.date.today()).year
    return year <= this_year


class CccdDetector:
    id = "vn.cccd"
    entities = (EntityType.CCCD,)

    def detect(self, doc: Document) -> Iterator[Detection]:
        text = doc.text
        for tok in number_tokens(doc):
            if _cues.is_amount(doc, tok):
                continue
            first = tok.groups[0][0]
            for start, end, digits in tok.windows(text, 12, 12):
                valid = cccd_valid(digits)
                # cues and units can only touch a window at the edges of its number run
                if not valid and start != first:
                    continue
                left, right = glued(text, start, end)
                if left and right:
                    continue
                if start == first and _cues.BANK.before(doc, start):
                    continue
                cue = other = None
                if start == first:
                    cue = _cues.CCCD.naming(doc, start, 50)
                    other = _cues.CMND.before(doc, start) or _cues.TAX.before(doc, start)
                if valid:
                    base = 0.8
                    score = 0.97 if cue else base
                    if other and not cue:
                        score = 0.6  # "CMND: ..." or "MST: ..." name it as something else
                elif cue:
                    base, score = 0.6, 0.6
                else:
                    continue
                if left or right:
                    score -= 0.05
                yield Detection(
                    EntityType.CCCD,
                    start,
                    end,
                    clamp(score),
                    self.id,
                    pattern="cccd.12_digits",
                    base_score=base,
                    validation=Validation.PASSED if valid else Validation.FAILED,
                    context=cue or other,
                )


class CmndDetector:
    id = "vn.cmnd"
    entities = (EntityType.CMND,)

    def detect(self, doc: Document) -> Iterator[Detection]:
        for start, end, digits, cue in cued_windows(doc, _cues.CMND, 9, 12):
            if len(digits) not in (9, 12):
                continue
            score = 0.9 if len(digits) == 9 else 0.8
            yield Detection(
                EntityType.CMND,
                start,
                end,
                score,
                self.id,
                pattern=f"cmnd.{len(digits)}_digits",
                base_score=0.4,
                validation=Validation.NOT_APPLICABLE,
                context=cue,
            )


_PASSPORT = re.compile(r"([A-Z])[ ]?(\d{7})(?![0-9])")
_PASSPORT_CUE = CueSet(
    [
        "hộ chiếu",
        "số hộ chiếu",
        "passport",
        "passport no",
        "passport number",
        "số HC",
        "HC số",
        "HC",
        "hộ chiếu số",
        "passport No.",
    ]
)


class PassportDetector:
    id = "vn.passport"
    entities = (EntityType.PASSPORT,)

    def detect(self, doc: Document) -> Iterator[Detection]:
        if not _PASSPORT_CUE.present(doc):
            return
        text = doc.text
        for m in _PASSPORT.finditer(text):
            if m.start() > 0 and text[m.start() - 1].isalnum():
                continue
            cue = _PASSPORT_CUE.naming(doc, m.start(), 60)
            if cue is None:
                continue
            yield Detection(
                EntityType.PASSPORT,
                m.start(),
                m.end(),
                0.92,
                self.id,
                pattern="passport.letter_7_digits",
                base_score=0.3,
                validation=Validation.NOT_APPLICABLE,
                context=cue,
            )
