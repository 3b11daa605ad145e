"""Tax codes (mã số thuế, MST), reference.md e.4.

* 10 digits: N1N2 province of registration, N3..N9 sequence (not all zero), N10 check digit:
  S = sum(Ni * Wi) with W = 31, 29, 23, 19, 17, 13, 7, 5, 3; N10 = 10 - (S mod 11); when
  S mod 11 == 0 no valid code exists (python-stdnum's behaviour).
* 13 digits for dependent units: the parent's 10 digits and a branch number 001-999, usually
  written ``0314409058-002``.
* Since 1 July 2025 individuals use their 12-digit personal ID number as tax code: a 12-digit
  number right after an MST cue is a tax code.

A valid 10-digit code is reported on its own unless it is also a valid mobile number (then it is
a tax code only after a cue); a code that fails the check digit is reported only after a cue,
and not where its line gives it as test data or an example with no person attached ("viết test
case: chuỗi 5281037034 phải bị từ chối vì sai chữ số kiểm tra"; tests/corpus/PROMPTS.md,
holdout19): a person's mistyped code ("MST của tôi 5281037034 bị báo sai") is still theirs.
A code whose leading zero a spreadsheet dropped (9 digits, "158675405" for 0158675405) is
restored and reported when it passes the check digit under its cue or ``MST`` column header.
The walk over number windows is :class:`~ai_guard.detectors.numeric.NumericDetector`'s.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterator

from ai_guard.detectors import _cues, scores
from ai_guard.detectors.base import Detection, Shape
from ai_guard.detectors.identity import cccd_valid
from ai_guard.detectors.numeric import Candidate, NumericDetector, Verdict
from ai_guard.detectors.phone import EXAMPLE_WORDS, mobile_prefixes
from ai_guard.models import EntityType
from ai_guard.text import Document
from ai_guard.text.numbers import NumberToken

__all__ = ["TaxCodeDetector", "tax_code_valid"]

_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def tax_code_valid(digits: str) -> bool:
    """Check a 10- or 13-digit tax code (digits only)."""
    if len(digits) == 13:
        if digits[10:] == "000":
            return False
        digits = digits[:10]
    if len(digits) != 10 or not digits.isdigit() or digits[2:9] == "0000000":
        return False
    s = sum(int(d) * w for d, w in zip(digits[:9], _WEIGHTS, strict=True))
    r = s % 11
    if r == 0:
        return False
    return (10 - r) == int(digits[9])


_TEN = Shape(EntityType.TAX_CODE, "tax_code.10_digits", scores.BASE_TAX_CODE)
_BRANCH = Shape(EntityType.TAX_CODE, "tax_code.branch_13", scores.BASE_TAX_CODE)
#: a branch number written after a spaced hyphen: " - 003" (three digits from 0, as branch
#: numbers are written; not "- 100 người", not a fourth digit after it)
_SPACED_BRANCH = re.compile(r"(?:[ \t]+[-–][ \t]*|[ \t]*[-–][ \t]+)0\d\d(?![\d/.\-])")
_PERSONAL_ID = Shape(EntityType.TAX_CODE, "tax_code.personal_id", scores.BASE_TAX_CODE)
#: words that give a number as test data or a lesson's example (folded): a validator's test
#: cases, a function that checks codes, sample data, a training, a textbook or a lesson's
#: sample code ("mã số thuế mẫu 0100233489 trong giáo trình")
_TEST_DATA = re.compile(
    r"(?<![a-z])(?:test(?:s|case|cases)?|unit\s+test|kiem\s+thu|du\s+lieu\s+(?:thu|mau|test)"
    r"|ham\s+(?:kiem\s+tra|xac\s+thuc|validate)|validat[a-z]*|regex|huan\s+luyen|training"
    r"|bai\s+tap|hoc\s+vien|giao\s+trinh|bai\s+giang|giao\s+an|minh\s+hoa"
    r"|(?:ma\s+so\s+thue|mst|ma\s+so|so)\s+mau)(?![a-z])"
)
#: a person the number is said to belong to, on its line: "của tôi", "của ông ...", "khách
#: hàng", "họ tên" (folded), or a title before a capitalised name ("ông An", "Mr. Binh")
_OWNER = re.compile(
    r"(?<![a-z])(?:cua\s+(?:toi|em|anh|chi|minh|ong|ba|co|chu|bac|khach|ban|nguoi)"
    r"|khach\s+hang|ho\s+ten|nguoi\s+nop\s+thue)(?![a-z])"
)
_TITLE_NAME = re.compile(r"(?<![A-Za-z])(?:[Oo]ng|[Bb]a|[Aa]nh|[Cc]hi|Mrs?|Ms)\.?[ \t]+[A-Z]")
#: how far on either side of a code, on its line, the words above are looked for
_TEST_REACH = 160


def _test_data(doc: Document, start: int, end: int) -> bool:
    """Whether a code that fails its check digit is given as test data or an example with no
    person attached: a test or example word on its line, near, and no owner there."""
    folded = doc.folded
    lo = max(folded.rfind("\n", 0, start) + 1, start - _TEST_REACH)
    hi = folded.find("\n", end)
    hi = min(end + _TEST_REACH, len(folded) if hi < 0 else hi)
    if _TEST_DATA.search(folded, lo, hi) is None and EXAMPLE_WORDS.search(folded, lo, hi) is None:
        return False
    return _OWNER.search(folded, lo, hi) is None and (
        _TITLE_NAME.search(doc.folded_cased, lo, hi) is None
    )


def _thousands_grouped(text: str, tok: NumberToken) -> bool:
    """Whether a run is written as an amount is: groups of three digits after a first of one
    to three, every separator the same dot or comma ("2.318.904.120", "1,250,000,000"). No
    tax code is written so (it is written whole, or 10 digits, hyphen, 3)."""
    groups = tok.groups
    if len(groups) < 3 or not 1 <= groups[0][1] - groups[0][0] <= 3:
        return False
    seps = {text[a[1] : b[0]] for a, b in itertools.pairwise(groups)}
    return len(seps) == 1 and seps <= {".", ","} and all(e - s == 3 for s, e in groups[1:])


#: the English abbreviation TIN as a word in capitals ("TIN: 0101234567", "Tax TIN")
_TIN = re.compile(r"(?<![A-Za-z])TIN(?![A-Za-z])")


def _capital_tin(doc: Document, start: int) -> bool:
    """Whether the "tin" cue before ``start`` on its line is the abbreviation typed in
    capitals: in lower case "tin" is a Vietnamese word ("tin nhắn" message, "thông tin")."""
    lo = doc.text.rfind("\n", 0, start) + 1
    return _TIN.search(doc.text, lo, start) is not None


class TaxCodeDetector(NumericDetector):
    id = "vn.tax_code"
    entities = (EntityType.TAX_CODE,)
    cue_set = "tax"
    digits = (10, 13)
    max_groups = 4
    masked_length = (10, 14)
    #: codes registered in provinces 01-09 start with 0, which a numeric column drops
    dropped_zeros = (10, 1)

    def candidate(
        self, doc: Document, tok: NumberToken, start: int, end: int, digits: str
    ) -> tuple[int, str] | None:
        n = len(digits)
        if n == 11:
            return None
        if start > tok.start and doc.text[start - 1] == "-" and not _cues.TAX.before(doc, start):
            # "000.45.31.H62-260914-0021": the tail of a dossier's code whose groups are joined
            # by hyphens; a tax code's branch follows its ten digits, never the other way
            return None
        if _thousands_grouped(doc.text, tok) and not _cues.TAX.before(doc, start):
            return None  # "2.318.904.120" in a column of arrears: an amount, as written
        if n == 13:
            # the branch form is written with a hyphen: "0314409058-002"
            sep = doc.text[end - 4] if end - 4 > start else ""
            if sep != "-" and not _cues.TAX.before(doc, start):
                return None
        return start, digits

    def detect(self, doc: Document) -> Iterator[Detection]:
        for found in super().detect(doc):
            if found.pattern == _TEN.pattern:
                # a branch number after spaces around its hyphen ("0403187625 - 003"): the
                # dependent unit's code is the 13 digits, a suffix left out would stay visible
                branch = _SPACED_BRANCH.match(doc.text, found.end)
                if branch is not None:
                    found = dataclasses.replace(found, end=branch.end(), pattern=_BRANCH.pattern)
            yield found

    def naming_cue(self, doc: Document, cand: Candidate) -> str | None:
        cue = _cues.TAX.naming(doc, cand.start) or _cues.TAX.clause_label(doc, cand.start)
        if cue == "tin" and not _capital_tin(doc, cand.start):
            return None  # "sửa giúp tin nhắn: mời ông ... 0915 480 263": "tin" is a message
        if cue and _cues.PHONE.near_before(doc, cand.start, 12):
            return None  # "mã số thuế 0100000010, SĐT 0364663010": the nearer cue names it
        return cue

    def judge(self, doc: Document, cand: Candidate, cue: str | None) -> Verdict | None:
        digits, start = cand.digits, cand.start
        if len(digits) == 12:
            if not cue or not cccd_valid(digits):
                return None
            return Verdict(_PERSONAL_ID, scores.VALIDATED_STRONG_CONTEXT, True, cue)
        shape = _BRANCH if len(digits) == 13 else _TEN
        if tax_code_valid(digits):
            if cue:
                return Verdict(shape, scores.VALIDATED_STRONG_CONTEXT, True, cue)
            if digits[:3] in mobile_prefixes() or _cues.PHONE.near_before(doc, start, 30):
                return None  # a phone number that happens to pass the checksum
            if _cues.BHXH.near_before(doc, start, 40):
                return None
            return Verdict(shape, scores.VALIDATED_NO_CONTEXT, True)
        if cue and not _test_data(doc, start, cand.end):
            return Verdict(shape, scores.FAILED_STRONG_CONTEXT, False, cue)
        return None
