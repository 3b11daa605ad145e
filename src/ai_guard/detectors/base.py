"""What a detector is, and the small tools every detector shares.

A detector is any object with an ``id``, the ``entities`` it can report and a
``detect(doc) -> Iterable[Detection]`` method (:class:`Detector`; no subclassing needed).
Offsets in a :class:`Detection` are offsets in ``doc.text`` (NFC); the engine maps them back
to the caller's text, resolves overlaps and applies the policy.

Scoring convention used by the built-in detectors (third parties are encouraged to follow it):

=====================================================  ===========
evidence                                               score
=====================================================  ===========
right shape, validated, strong context                 0.95 - 1.0
right shape, validated, no context                     0.70 - 0.85
right shape, validation FAILED, strong context         0.55 - 0.65
right shape, validation failed, no context             not reported
a currency or measure unit right after the number     not reported
=====================================================  ===========

The default policy reports everything at 0.5 and above. The built-in detectors' figures are
named constants in :mod:`ai_guard.detectors.scores`.

A detector may also declare ``naming_cues`` (a CueSet): the cue words that name a number as
ITS kind ("MST", "số tài khoản"), and ``claims_every_number = False`` when they take only
numbers of its own shape. The numeric detectors refuse a number another family claims
(:mod:`ai_guard.detectors.numeric`, :func:`ai_guard.detectors.registry.claims`); both
attributes are optional, a detector without them is still a :class:`Detector`.

A detector may also declare ``text_needs``, a tuple of strings one of which ``doc.text``
holds wherever it can find anything (``("<<",)`` for a passport's machine-readable zone):
the engine then does not call it on a text holding none of them. Optional too: a detector
without one (or with one that is not a non-empty tuple of non-empty strings) is always called.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from ai_guard.models import EntityType, Validation
from ai_guard.text import Document

# The text toolkit used to live here; these names stay importable from this module for code
# written against earlier releases.
from ai_guard.text.match import CueSet, spelling, trie_regex
from ai_guard.text.numbers import NumberToken, cued_windows, glued, number_tokens
from ai_guard.text.tables import column_header, line_bounds

__all__ = [
    "CueSet",
    "Detection",
    "Detector",
    "NumberToken",
    "Shape",
    "clamp",
    "column_header",
    "cued_windows",
    "glued",
    "line_bounds",
    "number_tokens",
    "spelling",
    "trie_regex",
]


@dataclass(frozen=True, slots=True)
class Detection:
    """A detector's raw result: offsets in ``doc.text``, no policy applied yet."""

    entity: EntityType
    start: int
    end: int
    score: float
    detector: str
    pattern: str = ""
    base_score: float = 0.0
    validation: Validation = Validation.NOT_APPLICABLE
    context: str | None = None

    @property
    def validated(self) -> bool:
        return self.validation is Validation.PASSED


@runtime_checkable
class Detector(Protocol):
    """The protocol every detector follows: built-in and third-party alike."""

    @property
    def id(self) -> str:
        """Stable identifier, e.g. ``vn.cccd`` (used in findings and ``disabled_detectors``)."""
        ...

    @property
    def entities(self) -> tuple[EntityType, ...]:
        """The entity types this detector may report."""
        ...

    def detect(self, doc: Document) -> Iterable[Detection]:
        """Yield every detection in ``doc``; offsets into ``doc.text``."""
        ...


#: each score as one float object: a detection's score is rounded to four places, and a new
#: float for each of a table's 40,000 findings was held to the end (at most 10,001 here)
_SCORES: dict[float, float] = {}


def clamp(score: float) -> float:
    s = 0.0 if score < 0.0 else 1.0 if score > 1.0 else round(score, 4)
    return _SCORES.setdefault(s, s) if s == s else s  # (NaN equals no key: not kept)


_VALIDATION = {True: Validation.PASSED, False: Validation.FAILED, None: Validation.NOT_APPLICABLE}


@dataclass(frozen=True, slots=True)
class Shape:
    """One pattern a detector recognises: the entity it reports, the pattern name findings
    carry (``Detection.pattern``) and its base score (what the shape alone is worth)."""

    entity: EntityType
    pattern: str
    base_score: float

    def hit(
        self,
        detector: str,
        start: int,
        end: int,
        score: float,
        valid: bool | None = None,
        context: str | None = None,
    ) -> Detection:
        """A detection of this shape; ``valid`` is the validation outcome (None: nothing to
        validate), ``context`` the cue that moved the score."""
        return Detection(
            self.entity,
            start,
            end,
            clamp(score),
            detector,
            pattern=self.pattern,
            base_score=self.base_score,
            validation=_VALIDATION[valid],
            context=context,
        )
