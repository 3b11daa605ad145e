"""Vehicle licence plates (biển số xe), FACTS e.8.

Cars: "30A-123.45", "51K-678.90", "29LD-012.34", old "30A-1234"; motorbikes: "29-B1 123.45",
"59-X2 1234", "29B1-12345", electric "29-MĐ1 123.45". The first two digits must be an
assigned province plate code (validation); a plate with an unknown code is reported only after
a cue ("biển số", "BKS", "BSX", "xe ô tô", "xe máy", "plate").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ai_guard.detectors.base import Detection
from ai_guard.models import EntityType, Validation
from ai_guard.text import Document
from ai_guard.text.match import CueSet

__all__ = ["PLATE_PROVINCE_CODES", "LicensePlateDetector"]

PLATE_PROVINCE_CODES = frozenset(
    {11, 12, *range(14, 42), 43, *range(47, 87), 88, 89, 90, 92, 93, 94, 95, 97, 98, 99}
)

_SERIES = r"[A-ZĐ]{1,2}"
_NUM = r"(?:\d{3}\.\d{2}|\d{4,5})"
_PLATE = re.compile(
    r"([1-9]\d)"  # (left edge checked in Python: a look-behind here slows the scan 3x)
    r"(?:"
    rf"({_SERIES})[ ]?[-–][ ]?{_NUM}"  # car: 30A-123.45
    rf"|[ ]?[-–][ ]?({_SERIES}\d)[ ]?[-–.]?[ ]?{_NUM}"  # bike: 29-B1 123.45
    rf"|({_SERIES}\d)[ ]?[-–. ][ ]?{_NUM}"  # bike: 29B1-12345, 29B1 123.45
    r")(?![\w]|\.\d)"
)
_CUE = CueSet(
    [
        "biển số",
        "biển kiểm soát",
        "BKS",
        "BSX",
        "biển số xe",
        "xe ô tô",
        "ô tô",
        "xe máy",
        "mô tô",
        "xe mô tô",
        "plate",
        "licence plate",
        "license plate",
        "phương tiện",
        "xe",
    ]
)


class LicensePlateDetector:
    id = "vn.license_plate"
    entities = (EntityType.LICENSE_PLATE,)

    def detect(self, doc: Document) -> Iterator[Detection]:
        text = doc.text
        for m in _PLATE.finditer(text):
            if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_.-/"):
                continue
            valid = int(m.group(1)) in PLATE_PROVINCE_CODES
            cue = _CUE.before(doc, m.start()) or _CUE.near_before(doc, m.start(), 40)
            if valid:
                score = 0.95 if cue else 0.85
            elif cue:
                score = 0.6
            else:
                continue
            yield Detection(
                EntityType.LICENSE_PLATE,
                m.start(),
                m.end(),
                score,
                self.id,
                pattern="plate.car" if m.group(2) else "plate.motorbike",
                base_score=0.85,
                validation=Validation.PASSED if valid else Validation.FAILED,
                context=cue,
            )
