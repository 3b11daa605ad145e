"""The person detector's scores, one name per kind of evidence.

``SCORE_*`` is a finding's final score, ``BASE_*`` what the pattern alone is worth (the
``base_score`` a finding explains itself with). The convention they follow is in
:mod:`ai_guard.detectors.base`; the default policy reports from 0.5.
"""

from __future__ import annotations

from ai_guard.detectors.base import Detection
from ai_guard.models import EntityType

__all__ = [
    "BASE_CAPITALS_PLACED",
    "BASE_CUED_UNKNOWN",
    "BASE_FOREIGN",
    "BASE_LOWER_CASE",
    "BASE_MINORITY",
    "BASE_NAME_COLUMN",
    "BASE_SHORT_REFERENCE",
    "BASE_SURNAME_FIRST",
    "REPORT_FLOOR",
    "SCORE_CAPITALS_CELL",
    "SCORE_CAPITALS_HONORIFIC",
    "SCORE_CAPITALS_WITHOUT_CUE",
    "SCORE_COORDINATED_TWO_WORDS",
    "SCORE_CUED",
    "SCORE_CUED_UNKNOWN",
    "SCORE_FOREIGN",
    "SCORE_FOREIGN_SHAPE",
    "SCORE_FULL_NAME",
    "SCORE_GIVEN_ALONE",
    "SCORE_LOWER_CASE",
    "SCORE_MIDDLE_SHAPE",
    "SCORE_MINORITY",
    "SCORE_NAME_COLUMN",
    "SCORE_PUBLIC_FIGURE",
    "SCORE_SHORT_REFERENCE",
    "SCORE_THREE_WORDS",
    "SCORE_TWO_WORDS",
    "foreign_hit",
    "lower_case_hit",
]

# -- a capitalised name led by a lexicon surname ("Nguyễn Văn An") ------------------------------
#: a context word (honorific, form label, party, title, relation) or a signature line before it
SCORE_CUED = 0.95
#: no cue; 3+ words, every middle word a middle or given name, the last a given name or initial
SCORE_FULL_NAME = 0.85
#: no cue; 3+ words ending on a given name or an initial, some middle word unknown
SCORE_THREE_WORDS = 0.6
#: no cue; surname + given name only ("Trần Hưng"): as often a shop, a place or a company as a
#: person, so below the default threshold (reported only if a policy lowers ``min_score``)
SCORE_TWO_WORDS = 0.45
#: ... but coordinated with another name ("lý lịch của Nguyễn An và Trần Bình", "Nguyễn Văn
#: An, Lê Hoa"): a list of people, the other name the second piece of evidence
SCORE_COORDINATED_TWO_WORDS = 0.6
#: a historical figure without a cue ("Phan Bội Châu là ..."): just above the default
#: min_score, below an address that holds it as a street ("17 Trần Hưng Đạo, Hoàn Kiếm")
SCORE_PUBLIC_FIGURE = 0.55
#: the ceiling for a name in capitals with no cue ("NGUYỄN VĂN AN" alone on its line)
SCORE_CAPITALS_WITHOUT_CUE = 0.8
BASE_SURNAME_FIRST = 0.6

# -- names found by where they stand, whatever their surname -------------------------------------
#: a whole table cell under a name column ("| Họ tên |", "ho_ten", "Full name")
SCORE_NAME_COLUMN = 0.9
BASE_NAME_COLUMN = 0.5
#: a surname outside the lexicon right after a strong cue ("ông Y Moan Niê")
SCORE_CUED_UNKNOWN = 0.75
BASE_CUED_UNKNOWN = 0.4
#: a full name in capitals filling a table cell, no header needed ("| 1 | NGUYỄN THỊ HOA |")
SCORE_CAPITALS_CELL = 0.85
#: a full name in capitals after an honorific in capitals ("ÔNG NGUYỄN VĂN AN")
SCORE_CAPITALS_HONORIFIC = 0.9
BASE_CAPITALS_PLACED = 0.5

# -- chat-style lower case ("chị nguyễn thị lan") ------------------------------------------------
#: after an honorific, with a lexicon surname and the shape of a full name
SCORE_LOWER_CASE = 0.8
BASE_LOWER_CASE = 0.4

# -- ethnic-minority and foreign names (``minority``, ``foreign``) -------------------------------
#: two pieces of evidence without a cue: a clan name and a name prefix or a name word, a
#: prefix and a word that is no Vietnamese syllable ("H Bia Mlô", "Ksor H'Ni")
SCORE_MINORITY = 0.8
BASE_MINORITY = 0.5
#: a foreign surname and given name of one language, or a Korean surname and a hyphenated
#: given name ("Tanaka Hiroshi", "Kim Min-jun")
SCORE_FOREIGN = 0.8
#: a common Western given name and a capitalised word that is no Vietnamese syllable
SCORE_FOREIGN_SHAPE = 0.7
BASE_FOREIGN = 0.5
#: a Kinh-ordered name whose given name is unknown, after a typical middle name ("Lò Văn Pọm",
#: "Sùng A Páo", "Thạch Thị Sa Rết")
SCORE_MIDDLE_SHAPE = 0.7

# -- short references to a full name found earlier ("ông An", "Cán bộ Hoa:") ---------------------
#: a word of a full name found earlier in the prompt, after an honorific or as a chat speaker
SCORE_SHORT_REFERENCE = 0.8
BASE_SHORT_REFERENCE = 0.3
#: a given name alone after an honorific or as a chat line's speaker, with no full name before
#: it ("hồ sơ anh Khánh", "Hạnh: ..."): weaker than a reference to a name found
SCORE_GIVEN_ALONE = 0.7
#: the score from which the default policy reports a finding: a full name below it is no
#: antecedent for a short reference
REPORT_FLOOR = 0.5


def lower_case_hit(start: int, end: int, detector_id: str, context: str) -> Detection:
    """A name read in lower case (``person.lower_case``), with what opened it."""
    return Detection(
        EntityType.PERSON,
        start,
        end,
        SCORE_LOWER_CASE,
        detector_id,
        pattern="person.lower_case",
        base_score=BASE_LOWER_CASE,
        context=context,
    )


def foreign_hit(
    start: int, end: int, detector_id: str, context: str | None, score: float = SCORE_FOREIGN
) -> Detection:
    """A foreign name's finding (``person.foreign``), with what opened it: a nationality, a
    spelling in brackets, a title or particle (``score`` the evidence's weight: a title's cue
    is worth :data:`SCORE_CUED`)."""
    return Detection(
        EntityType.PERSON,
        start,
        end,
        score,
        detector_id,
        pattern="person.foreign",
        base_score=BASE_FOREIGN,
        context=context,
    )
