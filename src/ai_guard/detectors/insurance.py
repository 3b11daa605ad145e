"""Social insurance (mã số BHXH) and health insurance card (mã thẻ BHYT) numbers, FACTS e.5-e.6.

* BHXH: 10 digits, reported after a cue ("mã số BHXH", "sổ BHXH", "bảo hiểm xã hội").
* BHYT (legacy card, 15 characters): 2-letter beneficiary group code + benefit level 1-5 +
  2-digit province code + the 10-digit BHXH number, written "HS4010120878811" or
  "HS 4 01 0120878811". Validated by the group code list and the benefit level: reported on
  its own. Cards issued since 2021 print only the 10-digit number: such a number is reported
  as HEALTH_INSURANCE after a BHYT cue.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ai_guard.detectors import _cues
from ai_guard.detectors.base import Detection
from ai_guard.models import EntityType, Validation
from ai_guard.text import Document
from ai_guard.text.numbers import cued_windows

__all__ = ["BHYT_GROUPS", "HealthInsuranceDetector", "SocialInsuranceDetector"]

#: Beneficiary group codes printed at the start of a legacy BHYT card.
BHYT_GROUPS = frozenset(
    [
        "DN",
        "HX",
        "CH",
        "NN",
        "TK",
        "HC",
        "XK",
        "CA",
        "CY",
        "XB",
        "XN",
        "HT",
        "TB",
        "NO",
        "MS",
        "CC",
        "CK",
        "CB",
        "KC",
        "HD",
        "TQ",
        "TA",
        "TY",
        "HG",
        "LS",
        "PV",
        "XV",
        "HN",
        "TE",
        "BT",
        "HK",
        "DT",
        "DK",
        "XD",
        "TS",
        "TC",
        "CN",
        "GD",
        "SV",
        "GB",
        "GK",
        "TL",
        "NX",
        "MK",
        "CD",
        "QK",
        "HS",
        "QN",
        "CS",
        "TN",
        "XH",
        "NK",
        "TV",
    ]
)

_BHYT = re.compile(
    r"([A-Z]{2})[ .\-]?([1-5])[ .\-]?(\d{2})[ .\-]?"
    r"(\d{3}[ .]?\d{3}[ .]?\d{4})(?![0-9])"
)


class SocialInsuranceDetector:
    id = "vn.social_insurance"
    entities = (EntityType.SOCIAL_INSURANCE,)

    def detect(self, doc: Document) -> Iterator[Detection]:
        for start, end, _digits, cue in cued_windows(doc, _cues.BHXH, 10, 10, max_groups=4):
            yield Detection(
                EntityType.SOCIAL_INSURANCE,
                start,
                end,
                0.92,
                self.id,
                pattern="bhxh.10_digits",
                base_score=0.3,
                context=cue,
            )


class HealthInsuranceDetector:
    id = "vn.health_insurance"
    entities = (EntityType.HEALTH_INSURANCE,)

    def detect(self, doc: Document) -> Iterator[Detection]:
        text = doc.text
        for m in _BHYT.finditer(text):
            if m.start() > 0 and text[m.start() - 1].isalnum():
                continue
            group = m.group(1)
            valid = group in BHYT_GROUPS
            cue = _cues.BHYT.near_before(doc, m.start(), 50)
            if not valid and not cue:
                continue
            # the whole 15-character card code outranks its own 10-digit tail
            score = 0.98 if valid and cue else 0.95 if valid else 0.6
            yield Detection(
                EntityType.HEALTH_INSURANCE,
                m.start(),
                m.end(),
                score,
                self.id,
                pattern="bhyt.15_chars",
                base_score=0.88,
                validation=Validation.PASSED if valid else Validation.FAILED,
                context=cue,
            )
        # new-style cards: the 10-digit number after a BHYT cue
        for start, end, _digits, cue in cued_windows(
            doc, _cues.BHYT, 10, 10, max_groups=4, near=30
        ):
            yield Detection(
                EntityType.HEALTH_INSURANCE,
                start,
                end,
                0.9,
                self.id,
                pattern="bhyt.10_digits",
                base_score=0.3,
                context=cue,
            )
