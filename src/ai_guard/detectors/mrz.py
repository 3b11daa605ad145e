"""The machine-readable zone of a passport or an ID card (ICAO Doc 9303), pasted as text.

A passport's data page ends in two lines of 44 characters (TD3); an ID card's back, the
chip CCCD's included, in three lines of 30 (TD1). Letters, digits and the filler ``<`` only,
the fields at fixed places:

* TD3 line 1: ``P`` + a type letter or ``<`` + the issuing state + the name
  (``KIEU<<THI<BAO<NGAN<<<...``: the surname, ``<<``, the given names joined by ``<``);
  line 2: the document number (9, ``<``-filled) and its check digit, the nationality, the
  date of birth ``YYMMDD`` and its check digit, the sex, the expiry and its check digit ...
* TD1 line 1: ``I``/``A``/``C`` + type + state + the document number ...; line 2: the date of
  birth and its check digit, the sex, the expiry ...; line 3: the name.

Reported as typed: the name (PERSON, its trailing fillers left out), the passport's number
(PASSPORT, its fillers left out) and the date of birth (DATE_OF_BIRTH, the six digits). The
layout is the cue: nothing else writes a line of ``<`` fillers with a nationality, a sex and
two dates at these places. The check digits (weights 7, 3, 1) validate; a line that fails
them (an OCR slip) is still reported, below the validated score: fail closed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ai_guard.detectors import scores
from ai_guard.detectors.base import Detection, Shape
from ai_guard.models import EntityType
from ai_guard.text import Document

__all__ = ["MrzDetector"]

_TD3_NAME = re.compile(r"P[A-Z<][A-Z<]{3}(?P<name>[A-Z][A-Z<]{38})")
_TD3_DATA = re.compile(
    r"(?P<doc>[A-Z0-9][A-Z0-9<]{8})(?P<c1>[0-9<])[A-Z<]{3}(?P<dob>[0-9]{6})(?P<c2>[0-9])"
    r"[MFX<](?P<exp>[0-9]{6})(?P<c3>[0-9])[A-Z0-9<]{14}[0-9<][0-9]"
)
_TD1_HEAD = re.compile(r"[IAC][A-Z<][A-Z<]{3}[A-Z0-9<]{9}[0-9<][A-Z0-9<]{15}")
_TD1_DATA = re.compile(
    r"(?P<dob>[0-9]{6})(?P<c2>[0-9])[MFX<](?P<exp>[0-9]{6})(?P<c3>[0-9])[A-Z<]{3}"
    r"[A-Z0-9<]{11}[0-9]"
)
_TD1_NAME = re.compile(r"(?P<name>[A-Z][A-Z<]{29})")
#: a line of the zone: its characters only (trailing spaces allowed)
_LINE = re.compile(r"^[ \t]*(?P<line>[A-Z0-9<]{30}|[A-Z0-9<]{44})[ \t]*\r?$", re.MULTILINE)

_NAME_SHAPE = Shape(EntityType.PERSON, "mrz.name", scores.BASE_MRZ)
_NUMBER_SHAPE = Shape(EntityType.PASSPORT, "mrz.passport", scores.BASE_MRZ)
_BIRTH_SHAPE = Shape(EntityType.DATE_OF_BIRTH, "mrz.birth_date", scores.BASE_MRZ)


def _check(field: str) -> int:
    """ICAO 9303's check digit: each character's value (digits as themselves, A-Z as 10-35,
    ``<`` as 0) times 7, 3, 1 in turn, summed, modulo 10."""
    total = 0
    for i, c in enumerate(field):
        v = int(c) if c.isdigit() else 0 if c == "<" else ord(c) - 55
        total += v * (7, 3, 1)[i % 3]
    return total % 10


def _checked(field: str, digit: str) -> bool:
    return digit.isdigit() and _check(field) == int(digit)


def _score(valid: bool) -> float:
    return scores.MRZ_VALIDATED if valid else scores.MRZ_LAYOUT


def _adjacent(text: str, line: tuple[int, str]) -> bool:
    """Whether the next line of the zone follows ``line`` right away (one line break)."""
    end = line[0] + len(line[1])
    nl = text.find("\n", end)
    return nl != -1 and not text[end:nl].strip() and _LINE.match(text, nl + 1) is not None


def _name_span(start: int, name: str) -> tuple[int, int] | None:
    """The name field without its trailing fillers; None when it holds no letter."""
    body = name.rstrip("<")
    return (start, start + len(body)) if any(c.isalpha() for c in body) else None


class MrzDetector:
    id = "vn.mrz"
    entities = (EntityType.PERSON, EntityType.PASSPORT, EntityType.DATE_OF_BIRTH)
    #: the engine's gate (engine._gate_of): a zone's name line holds "<<"
    text_needs = ("<<",)

    def detect(self, doc: Document) -> Iterator[Detection]:
        text = doc.text
        if "<<" not in text:
            return
        lines = [(m.start("line"), m.group("line")) for m in _LINE.finditer(text)]
        for i, (at, line) in enumerate(lines):
            nxt = lines[i + 1] if i + 1 < len(lines) and _adjacent(text, lines[i]) else None
            if nxt is None:
                continue
            if len(line) == 44:
                yield from self._td3(at, line, nxt)
            elif len(line) == 30 and i + 2 < len(lines) and _adjacent(text, nxt):
                yield from self._td1(nxt, lines[i + 2], line)

    def _td3(self, at: int, line: str, nxt: tuple[int, str]) -> Iterator[Detection]:
        head = _TD3_NAME.fullmatch(line)
        if head is None or len(nxt[1]) != 44:
            return
        data = _TD3_DATA.fullmatch(nxt[1])
        if data is None:
            return
        base = nxt[0]
        dob_ok = _checked(data.group("dob"), data.group("c2"))
        exp_ok = _checked(data.group("exp"), data.group("c3"))
        span = _name_span(at + head.start("name"), head.group("name"))
        if span is not None:
            yield _NAME_SHAPE.hit(self.id, *span, _score(dob_ok and exp_ok), dob_ok, "mrz")
        number = data.group("doc").rstrip("<")
        s = base + data.start("doc")
        doc_ok = _checked(data.group("doc"), data.group("c1"))
        yield _NUMBER_SHAPE.hit(self.id, s, s + len(number), _score(doc_ok), doc_ok, "mrz")
        s = base + data.start("dob")
        yield _BIRTH_SHAPE.hit(self.id, s, s + 6, _score(dob_ok), dob_ok, "mrz")

    def _td1(
        self, second: tuple[int, str], third: tuple[int, str], first: str
    ) -> Iterator[Detection]:
        if _TD1_HEAD.fullmatch(first) is None:
            return
        data = _TD1_DATA.fullmatch(second[1])
        name = _TD1_NAME.fullmatch(third[1])
        if data is None or name is None or "<<" not in third[1]:
            return
        dob_ok = _checked(data.group("dob"), data.group("c2"))
        exp_ok = _checked(data.group("exp"), data.group("c3"))
        span = _name_span(third[0], name.group("name"))
        if span is not None:
            yield _NAME_SHAPE.hit(self.id, *span, _score(dob_ok and exp_ok), dob_ok, "mrz")
        s = second[0] + data.start("dob")
        yield _BIRTH_SHAPE.hit(self.id, s, s + 6, _score(dob_ok), dob_ok, "mrz")
