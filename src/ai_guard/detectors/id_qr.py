"""The QR code of a chip citizen identity card (CCCD), as a scanner app returns it.

The code holds the card's fields joined by ``|`` in a fixed order: the 12-digit number, the
old 9- or 12-digit CMND (empty when there was none), the full name, the birth date as
``ddmmyyyy``, the sex (``Nam`` / ``Nữ``), the residence, the issue date as ``ddmmyyyy``::

    038089014627|173046829|Lê Đình Quảng|11071989|Nam|Thôn Trung Thành, Xã Nga Sơn, ...|15042021

Each field is reported as typed: CCCD, CMND, PERSON, DATE_OF_BIRTH, ADDRESS (the issue date
is the card's, not the person's). The order of the fields is the cue: a number of twelve
digits, a name, a date that exists, a sex and an address in that order are the card's.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator

from ai_guard.detectors import scores
from ai_guard.detectors.base import Detection, Shape
from ai_guard.models import EntityType
from ai_guard.text import Document

__all__ = ["IdCardQrDetector"]

_PAYLOAD = re.compile(
    r"(?<![\d|])(?P<cccd>\d{12})\|(?P<cmnd>\d{9}|\d{12})?\|(?P<name>[^|\n\d]{2,80})\|"
    r"(?P<dob>\d{8})\|(?:nam|nu)\|(?P<address>[^|\n]{4,300})\|\d{8}(?![\d])"
)

_SHAPES = {
    "cccd": Shape(EntityType.CCCD, "id_qr.cccd", scores.BASE_ID_QR),
    "cmnd": Shape(EntityType.CMND, "id_qr.cmnd", scores.BASE_ID_QR),
    "name": Shape(EntityType.PERSON, "id_qr.name", scores.BASE_ID_QR),
    "dob": Shape(EntityType.DATE_OF_BIRTH, "id_qr.birth_date", scores.BASE_ID_QR),
    "address": Shape(EntityType.ADDRESS, "id_qr.address", scores.BASE_ID_QR),
}


def _date(ddmmyyyy: str) -> bool:
    try:
        day = _dt.date(int(ddmmyyyy[4:]), int(ddmmyyyy[2:4]), int(ddmmyyyy[:2]))
    except ValueError:
        return False
    return day <= _dt.date.today()


class IdCardQrDetector:
    id = "vn.id_qr"
    entities = (
        EntityType.CCCD,
        EntityType.CMND,
        EntityType.PERSON,
        EntityType.DATE_OF_BIRTH,
        EntityType.ADDRESS,
    )
    #: the engine's gate (engine._gate_of): the payload's fields are split by "|"
    text_needs = ("|",)

    def detect(self, doc: Document) -> Iterator[Detection]:
        if "|" not in doc.text:
            return
        text = doc.text
        for m in _PAYLOAD.finditer(doc.folded):
            if not _date(m.group("dob")):
                continue
            for field, shape in _SHAPES.items():
                if m.group(field) is None:
                    continue
                s, e = m.span(field)
                while s < e and text[s].isspace():
                    s += 1
                while e > s and text[e - 1].isspace():
                    e -= 1
                yield shape.hit(self.id, s, e, scores.ID_QR_FIELD, True, "cccd qr")
