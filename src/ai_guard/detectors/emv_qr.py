"""A payment QR code's payload (EMVCo merchant-presented QR: VietQR, NAPAS 247) pasted as text.

The payload is a chain of fields, each a two-digit tag, a two-digit length and that many
characters (``00 02 01``, ``01 02 12``, ``38 57 ...``, ``53 03 704``, ``54 06 150000``,
``58 02 VN``, ``59 13 LA VAN KHUYEN``, ``60 05 HANOI``, ``62 11 ...``, ``63 04 A1C3``: the last
is the CRC). Some fields are templates, chains of sub-fields of the same form:

* tags 26-51, the merchant account: in VietQR, sub-field 01 (the beneficiary) is itself a
  chain whose 00 is the bank's BIN (``970422``, no secret) and 01 the account or card number
  (BANK_ACCOUNT): ``0113 0691000437218`` glues it to its length;
* tag 59, the beneficiary's name (PERSON, unless it names a company or a shop);
* tag 62, the additional data: a bill number (01), a mobile number (02), a reference (05), a
  customer label (06), a purpose (08): free text where a CCCD, a phone or an account is
  glued to letters (``064302001846LEPHICCCD``): each 12-digit run that is a valid CCCD and
  each phone number is reported (a bill's number is no one's).

The cue is the chain itself: a run of fields that parses to the CRC field exactly (``6304``
and four hexadecimal digits) is a payload, from its start (``000201``) or, for a payload cut
at the front (``...5802VN6225...6304F0B2``), from the first place the chain parses from.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ai_guard.detectors import scores
from ai_guard.detectors.base import Detection, Shape
from ai_guard.detectors.identity import cccd_valid
from ai_guard.detectors.phone import phone_valid
from ai_guard.models import EntityType
from ai_guard.text import Document

__all__ = ["PaymentQrDetector", "emv_fields"]

#: the CRC field that ends every payload, then no more payload characters
_CRC = re.compile(r"6304[0-9A-Fa-f]{4}(?![0-9A-Za-z])")
#: how far before its CRC a payload may start (the standard's limit is 512 characters)
_REACH = 512
_ACCOUNT_TEMPLATES = range(26, 52)
_NAME_TAG = 59
_DATA_TAG = 62
_DIGITS = re.compile(r"\d+")
#: words that make a beneficiary's name a business, not a person
_BUSINESS = re.compile(
    r"(?i)\b(?:cong ty|cty|tnhh|co\.?,? ?ltd|jsc|shop|store|cua hang|ch |hkd|ho kinh doanh|"
    r"truong|benh vien|ngan hang|quy|hop tac xa|htx|ubnd|tong cong ty|chi nhanh|cn )"
)

_ACCOUNT = Shape(EntityType.BANK_ACCOUNT, "emv_qr.account", scores.BASE_ID_QR)
_NAME = Shape(EntityType.PERSON, "emv_qr.name", scores.BASE_ID_QR)
_CCCD = Shape(EntityType.CCCD, "emv_qr.cccd", scores.BASE_ID_QR)
_PHONE = Shape(EntityType.PHONE, "emv_qr.phone", scores.BASE_ID_QR)


def emv_fields(text: str, start: int, end: int) -> list[tuple[int, int, int]] | None:
    """``(tag, value_start, value_end)`` for the chain of fields from ``start`` that ends
    exactly at ``end``, or None when ``text[start:end]`` is no such chain."""
    out: list[tuple[int, int, int]] = []
    pos = start
    while pos < end:
        head = text[pos : pos + 4]
        if len(head) < 4 or not head.isdigit() or not head.isascii():
            return None
        length = int(head[2:])
        value_end = pos + 4 + length
        if length == 0 or value_end > end:
            return None
        out.append((int(head[:2]), pos + 4, value_end))
        pos = value_end
    return out if pos == end else None


def _payload(text: str, crc: re.Match[str]) -> list[tuple[int, int, int]] | None:
    """The payload's fields up to its CRC: from ``000201`` when it is there, else from the
    first place before the CRC the chain parses from (a payload cut at the front)."""
    end = crc.end()
    lo = max(0, crc.start() - _REACH)
    line_start = text.rfind("\n", lo, crc.start()) + 1
    head = text.rfind("000201", line_start, crc.start())
    if head != -1:
        fields = emv_fields(text, head, end)
        if fields is not None:
            return fields
    for start in range(line_start, crc.start()):
        if text[start].isdigit():
            fields = emv_fields(text, start, end)
            if fields is not None and len(fields) >= 3:
                return fields
    return None


class PaymentQrDetector:
    id = "vn.emv_qr"
    entities = (EntityType.BANK_ACCOUNT, EntityType.PERSON, EntityType.CCCD, EntityType.PHONE)
    #: the engine's gate (engine._gate_of): a payload ends with its CRC's tag and length
    text_needs = ("6304",)

    def detect(self, doc: Document) -> Iterator[Detection]:
        text = doc.text
        if "6304" not in text:
            return
        for crc in _CRC.finditer(text):
            fields = _payload(text, crc)
            if fields is None:
                continue
            for tag, s, e in fields:
                if tag in _ACCOUNT_TEMPLATES:
                    yield from self._account(text, s, e)
                elif tag == _NAME_TAG:
                    yield from self._name(doc, s, e)
                elif tag == _DATA_TAG:
                    for _sub, ss, se in emv_fields(text, s, e) or ():
                        yield from self._numbers(text, ss, se)

    def _account(self, text: str, s: int, e: int) -> Iterator[Detection]:
        for sub, ss, se in emv_fields(text, s, e) or ():
            if sub != 1:
                continue  # 00: the scheme's identifier (A000000727); 02: the service code
            for inner, is_, ie in emv_fields(text, ss, se) or ():
                if inner == 1 and any(c.isdigit() for c in text[is_:ie]):
                    yield _ACCOUNT.hit(self.id, is_, ie, scores.ID_QR_FIELD, True, "emv qr")

    def _name(self, doc: Document, s: int, e: int) -> Iterator[Detection]:
        name = doc.folded[s:e]
        words = name.split()
        if (
            2 <= len(words) <= 6
            and all(w.isalpha() for w in words)
            and _BUSINESS.search(name + " ") is None
        ):
            yield _NAME.hit(self.id, s, e, scores.ID_QR_FIELD, True, "emv qr")

    def _numbers(self, text: str, s: int, e: int) -> Iterator[Detection]:
        for m in _DIGITS.finditer(text, s, e):
            digits = m.group()
            if len(digits) == 12 and cccd_valid(digits):
                yield _CCCD.hit(self.id, m.start(), m.end(), scores.ID_QR_FIELD, True, "emv qr")
            elif len(digits) in (10, 11) and phone_valid(digits):
                yield _PHONE.hit(self.id, m.start(), m.end(), scores.ID_QR_FIELD, True, "emv qr")
