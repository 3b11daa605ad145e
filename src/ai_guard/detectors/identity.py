"""Personal identification numbers: CCCD (12 digits), CMND (9 or 12 digits), passport.

CCCD (reference.md e.1): 3-digit birth-registration province code from the 63-code table, a
digit for century and sex (0/1: 1900s, 2/3: 2000s, ...), 2 digits of the birth year, 6 random
digits. There is no check digit: validation is the province code list and a birth year that is
not in the future. A 12-digit number that passes is reported on its own; one that fails is reported
only when a CCCD cue names it ("số CCCD", "căn cước"), with a lower score.

CMND (reference.md e.2): 9 digits (12 in some provinces 2012-2015); far too ambiguous without a
cue, so it is reported only after one ("CMND", "CMTND", "chứng minh nhân dân").

Passport (reference.md e.3): one capital letter and 7 digits, reported after a cue ("hộ chiếu",
"passport", "PP No", "số HC"); the letter typed in lower case ("c4829173") and the digits in
groups ("C1234 567", "C 123 4567") count too.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from ai_guard.detectors import _cues, scores
from ai_guard.detectors.base import Detection, Shape
from ai_guard.detectors.numeric import Candidate, CuedNumberDetector, NumericDetector, Verdict
from ai_guard.models import EntityType
from ai_guard.text import Document, data
from ai_guard.text.numbers import (
    NumberToken,
    match_around,
    number_runs,
    number_tokens,
    ocr_seeds,
)

__all__ = [
    "PROVINCE_CODES",
    "CccdDetector",
    "CmndDetector",
    "PassportDetector",
    "cccd_birth_year",
    "cccd_valid",
]

#: Birth-registration province codes of the 12-digit number (Circular 07/2016/TT-BCA), in
#: ``data/detectors/cccd_province_codes.tsv``; ``PROVINCE_CODES`` reads it on first use.
PROVINCE_CODES_FILE = "detectors/cccd_province_codes.tsv"


if TYPE_CHECKING:  # read on first use by __getattr__
    PROVINCE_CODES: frozenset[str]


@cache
def province_codes() -> frozenset[str]:
    """The 3-digit birth-registration province codes."""
    return frozenset(row[0] for row in data.rows(PROVINCE_CODES_FILE))


def __getattr__(name: str) -> frozenset[str]:
    if name == "PROVINCE_CODES":
        return province_codes()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: the latest year this process has read from the clock: a birth year up to it has come, and
#: needs no new reading (``date.today()`` costs microseconds: the C library looks at the time
#: zone each time; a 12-digit number is checked twice, as a window and as a candidate)
_YEAR_REACHED = [0]


def cccd_birth_year(digits: str) -> int | None:
    """The birth year 12 digits give when their province code is known (digits 4-6: the
    century and sex, then the year), else None."""
    if len(digits) != 12 or not digits.isdigit() or digits[:3] not in province_codes():
        return None
    return 1900 + 100 * (int(digits[3]) // 2) + int(digits[4:6])


def cccd_valid(digits: str, *, today: _dt.date | None = None) -> bool:
    """Whether 12 digits form a plausible CCCD: known province code, birth year not ahead."""
    year = cccd_birth_year(digits)
    if year is None:
        return False
    if today is not None:
        return year <= today.year
    if year <= _YEAR_REACHED[0]:
        return True
    this_year = _YEAR_REACHED[0] = _dt.date.today().year
    return year <= this_year


def _byte_pairs(tok: NumberToken) -> bool:
    """Whether every group of the token is two digits (a hexdump's bytes, a list of pairs)."""
    return all(b - a == 2 for a, b in tok.groups)


_CCCD = Shape(EntityType.CCCD, "cccd.12_digits", scores.BASE_CCCD)
#: the letters OCR makes of digits, read as those digits in a damaged run (O 0, I/l 1, S 5, B 8)
_OCR_READ = frozenset("OoIilSsBb")
#: a failing number is worth no more than its cue makes it
_CCCD_FAILED = Shape(EntityType.CCCD, "cccd.12_digits", scores.FAILED_STRONG_CONTEXT)


class CccdDetector(NumericDetector):
    id = "vn.cccd"
    entities = (EntityType.CCCD,)
    cue_set = "cccd"
    #: 11 digits too: a whole number one digit short that kept its leading zero, a CCCD typed
    #: with a digit lost, is still the holder's under the family's own cue ("Số CCCD:
    #: 00108501234"); without a zero it is a number whose zero a sheet dropped (restored)
    digits = (11, 12)
    near = 50
    dropped_zeros = (12, 2)
    masked_length = (9, 13)
    #: a 12-digit CMND kept its number as CCCD; the personal ID is its holder's tax code
    shares_numbers_with = frozenset({"vn.cmnd", "vn.tax_code"})

    def candidate(
        self, doc: Document, tok: NumberToken, start: int, end: int, digits: str
    ) -> tuple[int, str] | None:
        if tok.ndigits > 12 and _byte_pairs(tok):
            return None  # "00 00 00 20 66 74 79 70": a hexdump's bytes, longer than any CCCD
        if len(digits) == 11 and (
            digits[0] != "0" or start != tok.groups[0][0] or end != tok.groups[-1][1]
        ):
            return None  # one digit short: only a whole number keeping its leading zero
        # cues and units can only touch a window at the edges of its number run: a failing
        # window inside it can never be reported
        if start != tok.groups[0][0] and not cccd_valid(digits):
            return None
        return start, digits

    def naming_cue(self, doc: Document, cand: Candidate) -> str | None:
        return super().naming_cue(doc, cand) if cand.at_start else None

    def damaged_fits(self, doc: Document, cand: Candidate) -> bool:
        run = doc.text[cand.start : cand.end]
        if len(run) != 12 or len(cand.digits) != 12:
            return False
        # the places of the letters no OCR confusion explains (at most two: 100 fillings)
        unread = [i for i, c in enumerate(run) if not c.isdigit() and c not in _OCR_READ]
        if not unread or len(unread) > 2:
            return False
        digits = list(cand.digits)
        for fill in itertools.product("0123456789", repeat=len(unread)):
            for i, d in zip(unread, fill, strict=True):
                digits[i] = d
            if cccd_valid("".join(digits)):
                return True
        return False

    def judge(self, doc: Document, cand: Candidate, cue: str | None) -> Verdict | None:
        if cccd_valid(cand.digits):
            if cue:
                return Verdict(_CCCD, scores.VALIDATED_STRONG_CONTEXT, True, cue)
            other = self.shared_cue(doc, cand)
            if other:  # "CMND: ..." or "MST: ..." name it as something else
                return Verdict(_CCCD, scores.NAMED_OTHERWISE, True, other)
            return Verdict(_CCCD, scores.VALIDATED_NO_CONTEXT, True)
        if cue:
            return Verdict(_CCCD_FAILED, scores.FAILED_STRONG_CONTEXT, False, cue)
        return None


_CMND_9 = Shape(EntityType.CMND, "cmnd.9_digits", scores.BASE_CMND)
_CMND_12 = Shape(EntityType.CMND, "cmnd.12_digits", scores.BASE_CMND)


class CmndDetector(CuedNumberDetector):
    id = "vn.cmnd"
    entities = (EntityType.CMND,)
    cue_set = "cmnd"
    digits = (9, 12)
    masked_length = (9, 12)
    shape = _CMND_9
    cued_score = scores.CUED_CMND_9_DIGITS

    def candidate(
        self, doc: Document, tok: NumberToken, start: int, end: int, digits: str
    ) -> tuple[int, str] | None:
        return (start, digits) if len(digits) in (9, 12) else None

    def judge(self, doc: Document, cand: Candidate, cue: str | None) -> Verdict | None:
        if cue is None or len(cand.digits) == 9:
            return super().judge(doc, cand, cue)  # far too ambiguous without a cue
        return Verdict(_CMND_12, scores.CUED_CMND_12_DIGITS, None, cue)


_PASSPORT_SHAPE = Shape(EntityType.PASSPORT, "passport.letter_7_digits", scores.BASE_PASSPORT)
# one letter, typed in either case ("c4829173"), then 7 digits; a space or an invisible
# character copy-paste left may stand between them
_PASSPORT = re.compile(r"([A-Za-z]) ?(\d{7})(?![0-9])")


def _passports(doc: Document) -> Iterator[re.Match[str]]:
    """The matches of :data:`_PASSPORT` in ``doc.text``, found from the number runs instead of
    a scan of the whole text: the seven digits of a match are a maximal digit run (a letter or
    a gap before it, no ASCII digit after), and every run of seven or more digits lies inside
    one of :func:`number_runs`; a run starts at the run's start or after a separator inside
    it. Matches never overlap (each ends at its digits), so this is ``finditer``'s answer."""
    text = doc.text
    for s, e in number_runs(doc):
        if e - s < 7:
            continue
        if e - s >= 13 and text[s + 1] == " " and s >= 2:
            # letter-spaced ("B 0 0 0 0 0 0 0"): the letter two characters before the run
            m = _PASSPORT_SPACED.match(text, s - 2)
            if m is not None:
                yield m
                continue
        for g in _DIGIT_RUN.finditer(text, s, e):
            p = g.start()
            if p == 0:
                continue
            lo = p - 1 if _ASCII_LETTER.match(text, p - 1) else p - 2
            if lo < 0:
                continue
            m = _PASSPORT.match(text, lo)
            if m is not None:
                yield m


_DIGIT_RUN = re.compile(r"\d{7,}")
#: seven or eight digits that open a number run or follow a letter inside it
_SEVEN_OR_EIGHT = re.compile(r"(?<!\d)\d{7,8}(?!\d)")


def _foreign_digits(doc: Document) -> Iterator[tuple[int, int]]:
    """Spans of seven or eight digits that may end a foreign passport: a whole number run, or
    the first digits of a run that a line break joined to the next line's list number
    ("Hộ chiếu số: P02748315⏎6. Nơi thường trú": the run reads on across the break)."""
    text = doc.text
    for s, e in number_runs(doc):
        if e - s in (7, 8):
            yield s, e
        elif e - s > 8:
            m = _SEVEN_OR_EIGHT.match(text, s)
            if m is not None and m.end() < e and not text[m.end()].isdigit():
                yield m.span()


# the number typed letter by letter, as headings are set: "B 0 0 0 0 0 0 0", no digit after
_PASSPORT_SPACED = re.compile(r"([A-Za-z]) (\d(?: \d){6})(?![0-9]| [0-9])")
# the letter, then seven digits or letters OCR confuses with digits (O 0, I/l 1, S 5, B 8)
_PASSPORT_OCR = re.compile(r"([A-Z]) ?([0-9OIlSB]{7})(?![0-9A-Za-z])")
#: the fewest true digits of an OCR'd passport number (a cue names it: "BOOO0000", three
#: zeros read as O, is a passport number after "Hộ chiếu số")
_OCR_PASSPORT_DIGITS = 4
_ASCII_LETTER = re.compile(r"[A-Za-z]")
#: a foreign passport: one or two letters (either case), then seven or eight digits
_FOREIGN_PASSPORT = re.compile(r"([A-Za-z]{1,2}) ?(\d{7,8})(?![0-9])")
_FOREIGN_PASSPORT_SHAPE = Shape(
    EntityType.PASSPORT, "passport.foreign_letters_digits", scores.BASE_PASSPORT
)
_DIGITS_PASSPORT_SHAPE = Shape(EntityType.PASSPORT, "passport.foreign_digits", scores.BASE_PASSPORT)
#: a foreign passport's number of eight or nine letters and digits mixed, the letters not
#: only in front (France ``19FV48271``, two digits, two letters, five digits; Germany
#: ``C01X00T47``): at least four digits and a digit before a letter, either case
_MIXED_PASSPORT = re.compile(r"(?=(?:[A-Za-z]*\d){4})(?=[A-Za-z]*\d+[A-Za-z])[A-Za-z0-9]{8,9}")
#: a digit, one to three letters, a digit: what every such number holds
_MIXED_SEED = re.compile(r"[0-9][A-Za-z]{1,3}[0-9]")
_ALNUM_ASCII = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_MIXED_PASSPORT_SHAPE = Shape(EntityType.PASSPORT, "passport.foreign_mixed", scores.BASE_PASSPORT)
#: how far a mixed number may stand after its passport cue: a few words ("hộ chiếu số: ...")
_MIXED_REACH = 24
#: the folded view's bytes as a sketch: digits "1", letters (and "?", any character outside
#: ASCII) "a", anything else a space: a seed's digit and letter stand where it holds "1a"
_SEED_SKETCH = bytes(
    0x31 if 48 <= b <= 57 else 0x61 if 97 <= b <= 122 or b == 0x3F else 0x20 for b in range(256)
)


def _mixed_seeds(doc: Document) -> Iterator[re.Match[str]]:
    """``_MIXED_SEED.finditer(doc.text)``, the pattern tried only where the sketch of the
    folded view (as long as the text) has a digit before a letter: a byte search in C (the
    pattern, led by a class, was tried at every digit of the text, most of a prose's)."""
    text = doc.text
    sketch = doc.folded.encode("ascii", "replace").translate(_SEED_SKETCH)
    pos = sketch.find(b"1a")
    while pos >= 0:
        m = _MIXED_SEED.match(text, pos)
        if m is None:
            pos = sketch.find(b"1a", pos + 1)
            continue
        yield m
        pos = sketch.find(b"1a", m.end())


class PassportDetector:
    id = "vn.passport"
    entities = (EntityType.PASSPORT,)

    def detect(self, doc: Document) -> Iterator[Detection]:
        cues = _cues.PASSPORT
        if not cues.possible(doc):
            # every path below reports a passport only where ``cues.naming`` finds the cue,
            # which it never does where ``possible`` says no term can stand (substring tests,
            # asked once a document): most prompts name no passport, and the shapes' scans,
            # the number tokens' walks and the OCR seeds' matches are not made for them
            return
        text = doc.text
        # the cue gate (a scan of the text) is asked only once a passport's shape is found
        for m in _passports(doc):
            if m.start() > 0 and text[m.start() - 1].isalnum():
                continue
            cue = cues.naming(doc, m.start(), 60, m.end())
            if cue is not None and cues.present(doc):
                yield _PASSPORT_SHAPE.hit(
                    self.id, m.start(), m.end(), scores.CUED_PASSPORT, None, cue
                )
        yield from self._grouped(doc)
        yield from self._ocr(doc)
        yield from self._foreign(doc)
        yield from self._digits_only(doc)
        yield from self._mixed(doc)

    def _mixed(self, doc: Document) -> Iterator[Detection]:
        """Foreign passports whose numbers mix letters and digits past the front, right after
        a passport cue (a French one typed in lower case: ``hộ chiếu 19fv48271``; a German
        ``C01X00T47``): eight or nine characters, four digits or more. No letter-then-digits
        number of the patterns above has a letter after a digit."""
        cues = _cues.PASSPORT
        if not cues.possible(doc):
            return
        text = doc.text
        last = 0
        # a digit, letters, a digit: every such number holds one, then the whole word around
        # it is read
        for seed in _mixed_seeds(doc):
            if seed.start() < last:
                continue
            start, end = seed.start(), seed.end()
            while start > 0 and text[start - 1] in _ALNUM_ASCII and seed.start() - start < 9:
                start -= 1
            while end < len(text) and text[end] in _ALNUM_ASCII and end - start < 10:
                end += 1
            last = end
            if (start > 0 and text[start - 1] in _ALNUM_ASCII) or (
                end < len(text) and text[end] in _ALNUM_ASCII
            ):
                continue  # part of a longer code
            if _MIXED_PASSPORT.fullmatch(text, start, end) is None:
                continue
            if not cues.present(doc):
                return  # (the cue's search over the text, made once a number's shape is found)
            cue = cues.naming(doc, start, _MIXED_REACH, end)
            if cue is not None:
                yield _MIXED_PASSPORT_SHAPE.hit(
                    self.id, start, end, scores.CUED_PASSPORT, None, cue
                )

    def _digits_only(self, doc: Document) -> Iterator[Detection]:
        """Foreign passports of nine digits (the United States, the United Kingdom; Russia's
        series and number, ``75 4821936``) right after a passport cue: no letter says so,
        the cue must stand within a few words."""
        cues = _cues.PASSPORT
        text = doc.text
        for tok in number_tokens(doc):
            if tok.ndigits != 9 or tok.reading is not None or tok.ocr or tok.plus:
                continue
            widths = [b - a for a, b in tok.groups]
            if widths not in ([9], [2, 7]):
                continue
            s = tok.start
            if (s > 0 and text[s - 1].isalnum()) or (
                tok.end < len(text) and text[tok.end].isalnum()
            ):
                continue
            cue = cues.naming(doc, s, 24, tok.end)
            if cue is not None and cues.present(doc):
                yield _DIGITS_PASSPORT_SHAPE.hit(
                    self.id, s, tok.end, scores.CUED_PASSPORT, None, cue
                )

    def _grouped(self, doc: Document) -> Iterator[Detection]:
        """The seven digits in groups (``C1234 567``, ``C 123 4567``, ``C123.4567``,
        ``C-064-2918``: a cell cut in two, a number typed in groups, the letter set apart by the
        same hyphen), or in one group set apart from the letter (``c-0220752``, ``C 0220752``),
        named by a passport cue."""
        cues = _cues.PASSPORT
        text = doc.text
        for tok in number_tokens(doc):
            if tok.ndigits != 7 or tok.reading is not None or tok.ocr:
                continue
            s = tok.start
            lo = s - 1 if s >= 1 and _ASCII_LETTER.match(text, s - 1) else s - 2
            if (
                lo < 0
                or not _ASCII_LETTER.match(text, lo)
                or (lo < s - 1 and text[s - 1] not in " -.")
                or (len(tok.groups) < 2 and lo == s - 1)  # "C0220752": the pattern above's
            ):
                continue
            if lo > 0 and text[lo - 1].isalnum():
                continue
            cue = cues.naming(doc, lo, 60, tok.end)
            if cue is not None and cues.present(doc):
                yield _PASSPORT_SHAPE.hit(self.id, lo, tok.end, scores.CUED_PASSPORT, None, cue)

    def _foreign(self, doc: Document) -> Iterator[Detection]:
        """Foreign passports in Vietnamese text, named by a passport cue: one or two letters
        and eight digits (Korea ``M12345678``, China ``E12345678``) or two letters and seven
        (China ``EA1234567``, Japan ``TK1234567``); a Vietnamese one (one letter, seven
        digits) is the pattern above's."""
        cues = _cues.PASSPORT
        text = doc.text
        for s, e in _foreign_digits(doc):
            # the letters just before the digits (a space may stand between)
            m = match_around(_FOREIGN_PASSPORT, text, max(0, s - 3), s)
            if m is None or m.end() != e or (e - s == 7 and len(m.group(1)) == 1):
                continue  # one letter and seven digits: a Vietnamese passport, found above
            if m.start() > 0 and text[m.start() - 1].isalnum():
                continue
            cue = cues.naming(doc, m.start(), 60, m.end())
            if cue is not None and cues.present(doc):
                yield _FOREIGN_PASSPORT_SHAPE.hit(
                    self.id, m.start(), m.end(), scores.CUED_PASSPORT, None, cue
                )

    def _ocr(self, doc: Document) -> Iterator[Detection]:
        """Passports where OCR read a digit as a letter ("C4829I73"), named by a passport cue:
        the letter, then seven characters, most of them digits, an OCR letter next to one."""
        cues = _cues.PASSPORT
        text = doc.text
        last = 0
        for q in ocr_seeds(doc):
            # the number holds an OCR letter next to a digit: the match contains the seed
            m = match_around(_PASSPORT_OCR, text, max(last, q - 8), q)
            if m is None:
                continue
            last = m.end()
            if m.start() > 0 and text[m.start() - 1].isalnum():
                continue
            body = m.group(2)
            if body.isdigit() or sum(c.isdigit() for c in body) < _OCR_PASSPORT_DIGITS:
                continue  # all digits: the pattern above has it
            cue = cues.naming(doc, m.start(), 60, m.end())
            if cue is not None and cues.present(doc):
                yield _PASSPORT_SHAPE.hit(
                    self.id, m.start(), m.end(), scores.CUED_PASSPORT, None, cue
                )
