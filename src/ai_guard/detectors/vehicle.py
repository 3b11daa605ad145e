"""Vehicle licence plates (biển số xe), reference.md e.8.

Cars: "30A-123.45", "51K-678.90", "29LD-012.34", old "30A-1234"; motorbikes: "29-B1 123.45",
"59-X2 1234", "29B1-12345", electric "29-MĐ1 123.45". Typed otherwise: "77C 012.34" (a
space for the hyphen), and only after a cue "30E12345" (no separator) or "29h1-45678" (the
series in lower case), which look like model numbers; in lower case in the full canonical form
("37a-215.68", "36-b5 207.19") with an assigned province code, cue or not; and plates spaced
inside or broken over two lines ("BKS 29 A 123.45", "51F 123 45", "30A-" / "123.45": the
number written "123.45" or "123 45", not followed by a unit). The first two digits must be an
assigned province plate code (validation); a plate with an unknown code is reported only after
a cue ("biển số", "BKS", "BSX", "xe ô tô", "xe máy", "plate", "vehicle", "motorbike"), before
the plate on its line, heading its table column or ending the label line above it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from ai_guard.detectors import _cues, scores
from ai_guard.detectors.base import Detection, Shape
from ai_guard.models import EntityType
from ai_guard.text import Document, data
from ai_guard.text.document import ascii_sketch
from ai_guard.text.numbers import ascii_digits, match_around, number_runs, ocr_seeds

__all__ = ["PLATE_PROVINCE_CODES", "LicensePlateDetector", "plate_province_codes"]


if TYPE_CHECKING:  # read on first use by __getattr__
    PLATE_PROVINCE_CODES: frozenset[int]


@cache
def plate_province_codes() -> frozenset[int]:
    """Assigned province plate codes (``data/detectors/plate_province_codes.tsv``;
    ``PLATE_PROVINCE_CODES`` reads it on first use)."""
    return frozenset(int(row[0]) for row in data.rows("detectors/plate_province_codes.tsv"))


def __getattr__(name: str) -> frozenset[int]:
    if name == "PLATE_PROVINCE_CODES":
        return plate_province_codes()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_CAR = Shape(EntityType.LICENSE_PLATE, "plate.car", scores.BASE_PLATE)
_MOTORBIKE = Shape(EntityType.LICENSE_PLATE, "plate.motorbike", scores.BASE_PLATE)
# the series letters, typed in either case ("29h1-456.78": only after a cue)
_SERIES = r"[A-ZĐa-zđ]{1,2}"
_NUM = r"(?:\d{3}\.\d{2}|\d{4,5})"
_SP = r" ?"  # a space (a no-break space is one in the canonical reading)
_PLATE = re.compile(
    r"([1-9]\d)"  # (left edge checked in Python: a look-behind here slows the scan 3x)
    r"(?:"
    rf"({_SERIES})(?:{_SP}[-–]{_SP}|{_SP}){_NUM}"  # car: 30A-123.45, 77C 012.34, 30E12345
    rf"|{_SP}[-–]{_SP}({_SERIES}\d){_SP}[-–.]?{_SP}{_NUM}"  # bike: 29-B1 123.45
    rf"|({_SERIES}\d){_SP}[-–. ]{_SP}{_NUM}"  # bike: 29B1-12345, 29B1 123.45
    r")(?![^\W_]|\.\d)"  # (an "_" after it: Markdown's emphasis, checked in Python)
)
# the number part where OCR read some digits as letters (O 0, I/l 1, S 5, B 8): "29H1-456.7B",
# and the province code too ("3lE-967.90", "3OA-123.45": a true digit in it), looked for only
# right after a plate cue
_OCR_NUM = r"(?:[0-9OoIlSB]{3}\.[0-9OoIlSB]{2}|[0-9OoIlSB]{4,5})"
_PLATE_OCR = re.compile(
    r"([1-9OoIlSB][0-9OoIlSB])"
    r"(?:"
    rf"({_SERIES})(?:{_SP}[-–]{_SP}|{_SP})(?P<n1>{_OCR_NUM})"
    rf"|{_SP}[-–]{_SP}({_SERIES}\d){_SP}[-–.]?{_SP}(?P<n2>{_OCR_NUM})"
    rf"|({_SERIES}\d){_SP}[-–. ]{_SP}(?P<n3>{_OCR_NUM})"
    r")(?![\w]|\.\d)"
)
# spaced inside, only after a plate cue ("BKS 29 A 123.45", "51F 123 45", "29 - A1 234.56"),
# or broken over two lines by a PDF copy ("30A-" / "123.45"): a space or a line break between
# the code, the series and the number, or a space inside the number; the series in either case
# ("o to 36a 578 21": the cue is required) and
# the number written "123.45" or "123 45" (found from the number runs: a six-character run)
_PLATE_SPACED = re.compile(
    r"([1-9]\d)(?: ?[-–]? ?\r?\n ?| ?[-–] ?| )?([A-ZĐa-zđ]{1,2}\d?)"
    r"(?: ?[-–.]? ?\r?\n ?| ?[-–.] ?| )"
    r"(\d{3}[. ]\d{2})(?![\w]|\.\d)"
)
_CAPITAL = re.compile("[A-ZĐa-zđ]")
#: the folded view as a sketch for finding where a plate may start: digits "1", letters "a",
#: hyphens "-", every character that is not ASCII "?" (an en dash, a letter folding did not
#: make ASCII), spaces " ", the rest "#"
_PLATE_SKETCH = bytes(
    ord("1")
    if 48 <= b <= 57
    else ord("a")
    if 65 <= b <= 90 or 97 <= b <= 122
    else b
    if chr(b) in "- ?"
    else ord("#")
    for b in range(256)
)
# where a plate may start: two digits, then its series letter or the hyphen (or en dash) of a
# motorbike's code, a space allowed before the hyphen; led by a literal, so the engine skips
# to digit pairs (the plate pattern itself, led by a digit class, tried every character: 35 us
# on a 2 KB prompt)
_PLATE_SEED = re.compile(rb"11(?:[a\-?]| [\-?])")
#: how far before its number run a spaced plate starts ("29 - A1 " is eight characters)
_SPACED_REACH = 9
#: what a spaced plate opens with (its code's first digit, never 0)
_CODE_FIRST = frozenset("123456789")


def _spaced_around(text: str, lo: int, pos: int) -> re.Match[str] | None:
    """``match_around(_PLATE_SPACED, text, lo, pos)``, the pattern tried only where its
    code's first digit stands (a character test, not a call of the engine at each of the
    nine places before a number run: ~1,500 calls on 50 KB of prose)."""
    for start in range(lo, pos + 1):
        if text[start] in _CODE_FIRST:
            m = _PLATE_SPACED.match(text, start)
            if m is not None and m.end() > pos:
                return m
    return None


#: the fewest true digits in an OCR'd plate's number part
_OCR_PLATE_DIGITS = 3
# the canonical car plate: a hyphen between series and number, or the dotted number
_CAR_CANONICAL = re.compile(r"[-–]|\.\d\d$")
# a plate typed in lower case in its full canonical form, the hyphen and the dotted number
# both there ("37a-215.68", "36-b5 207.19"): no model number is written so; without a cue it is
# read only with an assigned province code
_LOWER_CANONICAL = re.compile(r"\d\d(?:[a-zđ]{1,2} ?[-–] ?|[-–] ?[a-zđ]{1,2}\d[ .]?)\d{3}\.\d\d")


def _plates(doc: Document) -> Iterator[re.Match[str]]:
    """The matches of :data:`_PLATE` in ``doc.text``, ``finditer``'s answer: a match starts
    with two digits followed by a letter of the series, a hyphen or en dash, or a space and
    one of those; :data:`_PLATE_SEED` finds every such place in a sketch of the folded view
    (the text's length: offsets are the text's), and the pattern is tried there only, in
    order, a place inside the last match skipped as ``finditer`` skips it."""
    text = doc.text
    sketch = ascii_sketch(doc.folded, _PLATE_SKETCH)
    last = 0
    for seed in _PLATE_SEED.finditer(sketch):
        p = seed.start()
        if p < last:
            continue
        m = _PLATE.match(text, p)
        if m is not None:
            last = m.end()
            yield m


#: Markdown's emphasis by underscores around a value: "__30A-123.45__", "_30A-123.45_"
_UNDERSCORES_BEFORE = re.compile(r"(?<![^\W_])_{1,3}$")


def _emphasised(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands between the same run of underscores on both sides,
    no word glued outside them (Markdown's ``__30A-123.45__``)."""
    m = _UNDERSCORES_BEFORE.search(text, max(0, start - 3), start)
    if m is None:
        return False
    run = start - m.start()
    after = end + run
    return text.startswith("_" * run, end) and (
        after == len(text) or not (text[after].isalnum() or text[after] == "_")
    )


def _glued_after(text: str, start: int, end: int) -> bool:
    """Whether the plate-shaped run ``start:end`` goes on in an "_" that is no emphasis."""
    return text.startswith("_", end) and not _emphasised(text, start, end)


def _glued_before(doc: Document, start: int, end: int | None = None) -> bool:
    """Whether the plate-shaped run at ``start`` continues a longer token (a letter, digit,
    "_", ".", "-" or "/" right before it), unless the letters glued before it are a plate cue
    as a whole word ("bks29b1-123.45": the plate typed with no space after its cue) or the
    underscores are Markdown's emphasis around it (``__30A-123.45__``, with ``end``)."""
    if start == 0:
        return False
    before = doc.text[start - 1]
    if before == "_" and end is not None and _emphasised(doc.text, start, end):
        return False
    if before in "_.-/" or before.isdigit():
        return True
    return before.isalnum() and _cues.PLATE.before(doc, start) is None


class LicensePlateDetector:
    id = "vn.license_plate"
    entities = (EntityType.LICENSE_PLATE,)

    def detect(self, doc: Document) -> Iterator[Detection]:
        codes = plate_province_codes()
        cues = _cues.PLATE
        for m in _plates(doc):
            if _glued_before(doc, m.start(), m.end()) or _glued_after(doc.text, *m.span()):
                continue
            valid = int(m.group(1)) in codes
            cue = cues.naming(doc, m.start())
            series = m.group(2) or m.group(3) or m.group(4)
            if cue is None and (
                (not series.isupper() and not (valid and _LOWER_CANONICAL.fullmatch(m.group(0))))
                or (m.group(2) and not _CAR_CANONICAL.search(m.group(0)))
            ):
                continue  # "30E12345", "29h1-456": a model number unless a cue names it
            score = scores.ladder(
                valid, cue is not None, scores.PLATE_STRONG_CONTEXT, scores.PLATE_NO_CONTEXT
            )
            if score is None:
                continue
            shape = _CAR if m.group(2) else _MOTORBIKE
            yield shape.hit(self.id, m.start(), m.end(), score, valid, cue)
        yield from self._spaced(doc)
        yield from self._ocr(doc)

    def _spaced(self, doc: Document) -> Iterator[Detection]:
        """Plates spaced inside or broken over two lines (``BKS 29 A 123.45``, ``51F 123 45``,
        ``30A-`` / ``123.45``), named by a plate cue, looked for from the number runs that have
        a capital letter just before them (no scan of the whole text); a plate the main
        pattern reads is left to it."""
        cues = _cues.PLATE
        if not cues.possible(doc):
            return  # every plate found here needs its cue (``cues.naming``: never without it)
        text = doc.text
        codes = plate_province_codes()
        last = 0
        for s, _e in number_runs(doc):
            lo = max(last, s - _SPACED_REACH)
            if lo >= s or _CAPITAL.search(text, lo, s) is None:
                continue
            m = _spaced_around(text, lo, s)
            if m is None:
                continue
            last = m.end()
            if _glued_before(doc, m.start()):
                continue
            if _PLATE.fullmatch(m.group(0)) is not None:
                continue  # the main pattern has it
            series = m.group(2)
            if series.islower() and sum(c.isalpha() for c in series) > 1:
                continue  # "50 cc 123 45": in lower case, a plate's series is one letter
            cue = cues.naming(doc, m.start())
            if cue is None or _cues.cue_set("money_after").after(doc, m.end(), 10) is not None:
                continue  # no cue, or a quantity ("16 A 123.45 kg")
            valid = int(m.group(1)) in codes
            score = scores.ladder(valid, True, scores.PLATE_STRONG_CONTEXT, scores.PLATE_NO_CONTEXT)
            if score is None:
                continue
            shape = _MOTORBIKE if m.group(2)[-1].isdigit() else _CAR
            yield shape.hit(self.id, m.start(), m.end(), score, valid, cue)

    def _ocr(self, doc: Document) -> Iterator[Detection]:
        """Plates whose number part OCR misread ("29H1-456.7B": an OCR letter next to a
        digit), named by a plate cue."""
        cues = _cues.PLATE
        if not cues.possible(doc):
            return  # every plate found here needs its cue (``cues.naming``: never without it)
        text = doc.text
        codes = plate_province_codes()
        last = 0
        for q in ocr_seeds(doc):
            # the number part holds an OCR letter next to a digit: the match contains the seed
            m = match_around(_PLATE_OCR, text, max(last, q - 12), q)
            if m is None:
                continue
            last = m.end()
            if _glued_before(doc, m.start()):
                continue
            number = m.group("n1") or m.group("n2") or m.group("n3")
            code = m.group(1)
            digits = sum(c.isdigit() for c in number)
            if (digits == len(number.replace(".", "")) and code.isdigit()) or (
                digits < _OCR_PLATE_DIGITS or not any(c.isdigit() for c in code)
            ):
                continue  # no OCR letter (the pattern above has it), or too few true digits
            cue = cues.naming(doc, m.start())
            if cue is None:
                continue
            valid = int(ascii_digits(code, True)) in codes
            score = scores.ladder(valid, True, scores.PLATE_STRONG_CONTEXT, scores.PLATE_NO_CONTEXT)
            if score is None:
                continue
            shape = _CAR if m.group(2) else _MOTORBIKE
            yield shape.hit(self.id, m.start(), m.end(), score, valid, cue)
