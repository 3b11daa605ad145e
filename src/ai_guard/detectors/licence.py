"""Driving-licence numbers (số giấy phép lái xe, GPLX).

Facts: FACTS.md e.7 (unverified beyond this): the PET-card licences issued since 2013 carry a
12-digit number, its first two digits commonly the issuing province; issuance moved to the
police in 2025 with the format unchanged as far as is known. Nothing to validate, and 12
digits are also the shape of a CCCD and of bank accounts: reported only right after the
licence's own cue ("GPLX", "giấy phép lái xe", "bằng lái", "driving licence"), which claims the
number for this family (a CCCD-shaped number after "GPLX số" is the licence's).
"""

from __future__ import annotations

from ai_guard.detectors import scores
from ai_guard.detectors.base import Shape
from ai_guard.detectors.numeric import CuedNumberDetector
from ai_guard.models import EntityType

__all__ = ["DriverLicenseDetector"]


class DriverLicenseDetector(CuedNumberDetector):
    id = "vn.driver_license"
    entities = (EntityType.DRIVER_LICENSE,)
    cue_set = "driver_license"
    digits = (12, 12)
    max_groups = 4
    masked_length = (11, 13)
    shape = Shape(EntityType.DRIVER_LICENSE, "gplx.12_digits", scores.BASE_DRIVER_LICENSE)
    cued_score = scores.CUED_DRIVER_LICENSE
