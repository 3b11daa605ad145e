"""Driving-licence numbers (số giấy phép lái xe, GPLX).

Facts: FACTS.md e.7 (unverified beyond this): the PET-card licences issued since 2013 carry a
12-digit number, its first two digits commonly the issuing province; issuance moved to the
police in 2025 with the format unchanged as far as is known. Nothing to validate, and 12
digits are also the shape of a CCCD and of bank accounts: reported only right after the
licence's own cue ("GPLX", "giấy phép lái xe", "bằng lái", "driving licence"), which claims the
number for this family (a CCCD-shaped number after "GPLX số" is the licence's), or right before
a licence class ("bằng số 360184128706 hạng B", "... (hạng A1)"): only a driving licence has a
class A1 to F after its number.
"""

from __future__ import annotations

import re

from ai_guard.detectors import scores
from ai_guard.detectors.base import Shape
from ai_guard.detectors.numeric import Candidate, CuedNumberDetector
from ai_guard.models import EntityType
from ai_guard.text import Document

__all__ = ["DriverLicenseDetector"]

#: a driving licence's class (Law on Road Traffic Order and Safety 2024: A1, A, B1, B, C1, C,
#: D1, D2, D, BE, C1E, CE, D1E, D2E, DE; before 2025 also A2-A4, B2, E, FB2, FC, FD, FE) after
#: "hạng", in the folded view
_CLASS = re.compile(
    r"hang[ \t]+(?:a[1-4]?|b[12]?|c1?|d[12]?|e|be|c1?e|d[12]?e|f(?:b2|c|d|e))(?![a-z0-9])"
)
#: between the number and its class: spaces, a comma, an opening bracket
_BEFORE_CLASS = re.compile(r"[ \t]*[,(]?[ \t]*(?=hang[ \t])")


class DriverLicenseDetector(CuedNumberDetector):
    id = "vn.driver_license"
    entities = (EntityType.DRIVER_LICENSE,)
    cue_set = "driver_license"
    digits = (12, 12)
    max_groups = 4
    masked_length = (11, 13)
    #: a sheet that stored the number as a number dropped its leading zero (a licence issued
    #: in a province coded 01-09: "10090012574" under a "GPLX" column for 010090012574);
    #: restored, and reported only under the licence's own cue or column
    dropped_zeros = (12, 1)
    shape = Shape(EntityType.DRIVER_LICENSE, "gplx.12_digits", scores.BASE_DRIVER_LICENSE)
    cued_score = scores.CUED_DRIVER_LICENSE

    def applies(self, doc: Document) -> bool:
        return super().applies(doc) or _CLASS.search(doc.folded) is not None

    def may_apply(self, doc: Document) -> bool:
        # the cue set's needles, as the base class asks them for its own gate (which it
        # skips for a class with its own applies), or a licence class in the text
        cues = self.naming_cues
        return cues is None or cues.possible(doc) or _CLASS.search(doc.folded) is not None

    def naming_cue(self, doc: Document, cand: Candidate) -> str | None:
        cue = super().naming_cue(doc, cand)
        if cue is None and cand.end == cand.last:
            folded = doc.folded
            gap = _BEFORE_CLASS.match(folded, cand.end)
            if gap is not None and _CLASS.match(folded, gap.end()) is not None:
                return "hang"
        return cue
