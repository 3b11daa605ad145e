"""Social insurance (mã số BHXH) and health insurance card (mã thẻ BHYT) numbers.

Facts: docs/reference.md e.5-e.6.

* BHXH: 10 digits, reported after a cue ("mã số BHXH", "sổ BHXH", "bảo hiểm xã hội"), or
  after a bare "mã" in a text about social insurance that speaks of no other code.
* BHYT (legacy card, 15 characters): 2-letter beneficiary group code + benefit level 1-5 +
  2-digit province code + the 10-digit BHXH number, written "HS4010120878811" or
  "HS 4 01 0120878811" (the 10 digits in any grouping). Validated by the group code list and
  the benefit level: reported on its own; typed in lower case ("dn4790123456789") only after a
  BHYT cue, under a BHYT column, or in a list whose opening line names BHYT cards (a valid
  card also right after "thẻ" ("thẻ dt2141410318526") or when its line named BHYT cards up to
  200 characters before, as a chat message does: "thẻ bhyt của con ... hết hạn rồi, mã thẻ hn
  2 94 9412 705 336"). Cards
  issued since 2021 print only the 10-digit number: such a number is reported as
  HEALTH_INSURANCE after a BHYT cue.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from ai_guard.detectors import _cues, scores
from ai_guard.detectors.base import Detection, Shape
from ai_guard.detectors.numeric import Candidate, CuedNumberDetector
from ai_guard.models import EntityType
from ai_guard.text import Document, data
from ai_guard.text.numbers import match_around, number_runs, ocr_seeds
from ai_guard.text.tables import column_header

__all__ = ["BHYT_GROUPS", "HealthInsuranceDetector", "SocialInsuranceDetector", "bhyt_groups"]


#: a column header naming health-insurance cards (folded)
_BHYT_HEADER = re.compile(r"(?<![a-z])(?:bhyt|bao hiem y te|the y te|health insurance)(?![a-z])")


if TYPE_CHECKING:  # read on first use by __getattr__
    BHYT_GROUPS: frozenset[str]


@cache
def bhyt_groups() -> frozenset[str]:
    """Beneficiary group codes printed at the start of a legacy BHYT card
    (``data/detectors/bhyt_groups.txt``; ``BHYT_GROUPS`` reads it on first use)."""
    return frozenset(data.lines("detectors/bhyt_groups.txt"))


def __getattr__(name: str) -> frozenset[str]:
    if name == "BHYT_GROUPS":
        return bhyt_groups()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# separators inside a card: space, dot, hyphen, and what copy-paste leaves (NBSP, zero-width,
# soft hyphen; a line break from a PDF copy, "DN47901" / "23456789"); the 10-digit tail in any
# grouping ("0120 878 811", "01208 78811")
_CARD_SEP = r"(?:[ .\-]|  |\r?\n)?"
_BHYT = re.compile(
    rf"([A-Za-z]{{2}}){_CARD_SEP}([1-5]){_CARD_SEP}(\d{_CARD_SEP}\d){_CARD_SEP}"
    rf"(\d(?:{_CARD_SEP}\d){{9}})(?![0-9])"
)


# a card where OCR read some digits as look-alike letters (O 0, I/l 1, S 5, B 8): "BT2O1O1..."
_OCR_D = "[0-9OIlSB]"
_BHYT_OCR = re.compile(
    rf"(?<![0-9A-Za-z])([A-Z]{{2}}){_CARD_SEP}({_OCR_D}){_CARD_SEP}({_OCR_D}{_CARD_SEP}{_OCR_D})"
    rf"{_CARD_SEP}({_OCR_D}(?:{_CARD_SEP}{_OCR_D}){{9}})(?![0-9A-Za-z])"
)
_OCR_BACK = str.maketrans("OIlSB", "01158")
#: the fewest true digits of an OCR'd card's 13
_OCR_CARD_DIGITS = 10
#: ... when the card's province code stands twice, true digits both times (the card's own
#: and the first two of its BHXH number: "GD 4 79 79O1S6BB42"), which no chance token does
_OCR_CARD_DIGITS_PROVINCE_TWICE = 8


# a benefit-level digit followed by the rest of a card's digits, exactly as _BHYT reads them
_TAIL_SEEDS = re.compile(
    rf"[1-5](?={_CARD_SEP}\d{_CARD_SEP}\d{_CARD_SEP}\d(?:{_CARD_SEP}\d){{9}}(?![0-9]))"
)


def _backs(p: int) -> tuple[int, ...]:
    return tuple(lo for lo in (p - 4, p - 3, p - 2) if lo >= 0)


def _card_matches(doc: Document) -> Iterator[re.Match[str]]:
    """The matches of :data:`_BHYT` in ``doc.text``. Unless two spaces stand somewhere in the
    text, a card's 13 digits with their single separators lie inside one of
    :func:`number_runs` and start it (a letter or separator stands before them): the pattern
    is tried only there (two or three characters back), not at every letter of the text.
    Matches never overlap, so this is ``finditer``'s answer."""
    text = doc.text
    if "  " in text:
        # two spaces may split the digits over several runs: the pattern is tried from every
        # benefit-level digit whose 12 digits follow (a digit-led scan), two to four
        # characters back (two letters, then nothing, a separator or two spaces)
        starts = sorted({lo for p in _TAIL_SEEDS.finditer(text) for lo in _backs(p.start())})
        last = 0
        for lo in starts:
            if lo >= last and (m := _BHYT.match(text, lo)) is not None:
                last = m.end()
                yield m
        return
    last = 0
    for s, e in number_runs(doc):
        if text[s] not in "12345" or e - s < 13 or s < 2:
            continue
        for lo in (s - 3, s - 2):
            if lo < last or lo < 0:
                continue
            m = _BHYT.match(text, lo)
            if m is not None:
                last = m.end()
                yield m
                break


#: how far back on its line a BHYT cue may name a valid card typed in lower case: a chat
#: message about the card names it once, then says more before giving the code ("thẻ bhyt
#: của con trai em ... hết hạn rồi, mã thẻ hn 2 94 9412 705 336")
_TOPIC = 200
#: "thẻ" (a card; folded) right before a valid card code typed in lower case
_CARD_WORD = re.compile(r"(?<![a-z])the[ \t:]*$")
#: how many lines above a card its list's opening line may stand
_LEAD_LINES = 30


def _list_lead(doc: Document, start: int) -> str | None:
    """The BHYT cue of the line that opens the list a card's row belongs to: the rows above it
    run up, without a blank line, to a line naming health-insurance cards ("thanh toán bhyt
    theo mã thẻ:" over rows "ht3 17 1702348916"); the list's cards are that line's, as a
    column's cells are its header's. None when no such line stands within
    :data:`_LEAD_LINES` lines."""
    folded = doc.folded
    end = folded.rfind("\n", 0, start)
    for _ in range(_LEAD_LINES):
        if end <= 0:
            return None
        line_start = folded.rfind("\n", 0, end) + 1
        line = folded[line_start:end]
        if not line.strip():
            return None  # a blank line ends the list
        found = _BHYT_HEADER.search(line)
        if found is not None:
            return found.group(0)
        end = line_start - 1
    return None


class _CuedTenDigits(CuedNumberDetector):
    """A 10-digit number reported only after its family's cue."""

    digits = (10, 10)
    max_groups = 4
    masked_length = (9, 11)


#: a bare "mã" (code) right before a number, folded: "ba tong thi lien ma 3621478056"
_BARE_CODE_BEFORE = re.compile(r"(?<![a-z])(?:ma|ma so|ms)[ \t]*:?[ \t]*$")
#: words that make a text's codes tax codes or other codes rather than BHXH numbers (folded)
_OTHER_CODES = re.compile(r"(?<![a-z])(?:thue|mst|bhyt|the y te|ma the|ma ho so|ma don)(?![a-z])")


class SocialInsuranceDetector(_CuedTenDigits):
    id = "vn.social_insurance"
    entities = (EntityType.SOCIAL_INSURANCE,)
    cue_set = "bhxh"
    #: a sheet that stored the number as a number dropped its leading zero ("123456789" under
    #: "Mã số BHXH" for 0123456789): nothing to validate, so only its own cue names it
    dropped_zeros = (10, 1)
    shape = Shape(EntityType.SOCIAL_INSURANCE, "bhxh.10_digits", scores.BASE_BHXH)
    cued_score = scores.CUED_SOCIAL_INSURANCE

    def naming_cue(self, doc: Document, cand: Candidate) -> str | None:
        """The BHXH cue, or a bare "mã" right before the number in a text about social
        insurance ("dong bhxh tu nguyen ... 1. ba tong thi lien ma 3621478056": the code a
        list of contributors gives each), when no other kind of code is spoken of there and
        the number is no phone (a BHXH number opens with its province's two digits)."""
        cue = super().naming_cue(doc, cand)
        if cue is not None or cand.digits.startswith("0"):
            return cue
        folded = doc.folded
        if _BARE_CODE_BEFORE.search(folded, max(0, cand.start - 8), cand.start) is None:
            return None
        if _speaks_of_other_codes(doc):
            return None
        return "ma" if self.applies(doc) else None


def _speaks_of_other_codes(doc: Document) -> bool:
    """Whether the text speaks of tax or card codes (one search a document, however many
    numbers follow a bare "mã" in a long table)."""
    known = doc.cached(_OTHER_CODES_MEMO)
    if known is None:
        known = _OTHER_CODES.search(doc.folded) is not None
        doc.store(_OTHER_CODES_MEMO, known)
    return bool(known)


_OTHER_CODES_MEMO = "bhxh:other_codes"


_CARD = Shape(EntityType.HEALTH_INSURANCE, "bhyt.15_chars", scores.BASE_BHYT_CARD)


class HealthInsuranceDetector(_CuedTenDigits):
    id = "vn.health_insurance"
    entities = (EntityType.HEALTH_INSURANCE,)
    cue_set = "bhyt"
    near = 30
    shape = Shape(EntityType.HEALTH_INSURANCE, "bhyt.10_digits", scores.BASE_BHYT_NUMBER)
    cued_score = scores.CUED_BHYT_NUMBER

    def detect(self, doc: Document) -> Iterator[Detection]:
        yield from self._cards(doc)
        yield from self._ocr_cards(doc)
        # new-style cards: the 10-digit number after a BHYT cue
        yield from super().detect(doc)

    def _cards(self, doc: Document) -> Iterator[Detection]:
        """Legacy 15-character cards, validated by their group code."""
        text = doc.text
        groups = bhyt_groups()
        for m in _card_matches(doc):
            if m.start() > 0 and text[m.start() - 1].isalnum():
                continue
            valid = m.group(1).upper() in groups
            cue = _cues.BHYT.near_before(doc, m.start(), 50)
            if cue is None and not m.group(1).isupper():
                header = column_header(doc, m.start())
                if header is not None and _BHYT_HEADER.search(header):
                    cue = header  # a cell under "mã thẻ BHYT" in a CSV or a table
                elif valid and (lead := _list_lead(doc, m.start())) is not None:
                    cue = lead  # a row of a list its opening line says holds BHYT cards
                elif valid and _CARD_WORD.search(doc.folded, max(0, m.start() - 8), m.start()):
                    cue = "the"  # "thẻ dt2141410318526": the card word right before its code
                elif valid and (far := _cues.BHYT.near_before(doc, m.start(), _TOPIC)):
                    cue = far  # a chat line about the card: "the bhyt cua con ..., ma the hn 2 ..."
                else:
                    continue  # "dn4790123456789" typed in lower case: only after a BHYT cue
            # the whole 15-character card code outranks its own 10-digit tail
            score = scores.ladder(
                valid, cue is not None, scores.BHYT_CARD_STRONG_CONTEXT, scores.BHYT_CARD_NO_CONTEXT
            )
            if score is None:
                continue
            yield _CARD.hit(self.id, m.start(), m.end(), score, valid, cue)

    def _ocr_cards(self, doc: Document) -> Iterator[Detection]:
        """Legacy cards where OCR read a digit as a letter ("BT2O10100000000"), after a BHYT
        cue: a known group code, a benefit level 1-5 and most of the 13 digits true ones (ten;
        eight when the province code stands twice, the cue then up to ``_TOPIC`` before)."""
        seeds = ocr_seeds(doc)
        if not seeds or not _cues.BHYT.present(doc):
            return
        text = doc.text
        groups = bhyt_groups()
        last = 0
        for q in seeds:
            if q < last:
                continue
            m = match_around(_BHYT_OCR, text, max(last, q - 18), q)
            if m is None:
                continue
            last = m.end()
            body = "".join(m.group(2, 3, 4))
            digits = body.translate(_OCR_BACK)
            province_twice = body[1:5].isdigit() and body[1:3] == body[3:5]
            fewest = _OCR_CARD_DIGITS_PROVINCE_TWICE if province_twice else _OCR_CARD_DIGITS
            if (
                m.group(1) not in groups
                or digits[0] not in "12345"
                or body.isdigit()
                or sum(c.isdigit() for c in body) < fewest
            ):
                continue
            cue = _cues.BHYT.near_before(doc, m.start(), 50)
            if cue is None and province_twice:
                # "thẻ BHYT ..., Họ tên: ...; Mã thẻ: GD 4 79 79O1...": the card named once on
                # its line, then its holder, as a chat line about the card does (``_TOPIC``)
                cue = _cues.BHYT.near_before(doc, m.start(), _TOPIC)
            if cue is None:
                continue
            score = scores.ladder(
                True, True, scores.BHYT_CARD_STRONG_CONTEXT, scores.BHYT_CARD_NO_CONTEXT
            )
            if score is not None:
                yield _CARD.hit(self.id, m.start(), m.end(), score, True, cue)
