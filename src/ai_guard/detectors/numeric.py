"""The shared skeleton of the numeric-identifier detectors (CCCD, CMND, tax code, phone, bank
account, BHXH, new BHYT numbers).

One walk serves them all::

    number tokens (computed once per document)
      -> skip amounts ("125.000.000 đồng")             NumericDetector.skip_amounts
      -> windows of min..max digits                     digits, max_groups
      -> the detector's shape check (span, value)       candidate()
      -> skip windows glued to letters on both sides
      -> the detector's own naming cue                  naming_cue()
      -> the detector's verdict (validator + scores)    judge()
      -> named otherwise? another family's claim right   claims_every_number,
         before the number refuses it                   defers_to_every_claim,
                                                        shares_numbers_with
      -> one Detection built here, less GLUED_PENALTY when glued on one side
    partly masked numbers ("001090***345") named by      masked_length
      the family's own cue, beside the walk

A detector is a declaration (id, shape, digit range, naming cues) and a ``judge`` holding its
validator; everything else is here. "Named otherwise" is registry-wide: the built-in
detectors, plugins and :func:`ai_guard.detectors.registry.claim_cues` claim cue words the same
way (:func:`claims_before`).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator, MutableMapping
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, ClassVar, NamedTuple, cast

from ai_guard.detectors import _cues, scores
from ai_guard.detectors.base import Detection, Shape
from ai_guard.detectors.cue_reach import far_cue
from ai_guard.models import EntityType
from ai_guard.text import Document
from ai_guard.text.document import POSITION_MEMO_FROM, PositionMemo
from ai_guard.text.match import CueSet, last_word_before
from ai_guard.text.numbers import NumberToken, ascii_digits, glued, number_tokens
from ai_guard.text.tables import column_header
from ai_guard.text.technical import machine_id_named

if TYPE_CHECKING:
    from ai_guard.detectors.registry import Claim

__all__ = ["Candidate", "CuedNumberDetector", "NumericDetector", "Verdict", "claims_before"]

_Hit = tuple[str, str, bool]
_NO_CLAIMS: tuple[_Hit, ...] = ()
#: per document: (family, cue, exclusive) found before each position (keyed by the position
#: itself when shaped, by its complement ``~pos`` when not: a (pos, shaped) tuple a number
#: was a third of a CSV's claims memo), and the claims in force with the words their cues can
#: end with
_ClaimsMemo = tuple[
    MutableMapping[int, tuple[_Hit, ...]],
    tuple[tuple["Claim", frozenset[str]], ...],
    dict[tuple[_Hit, ...], tuple[_Hit, ...]],
]
_NON_WORD = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=256)
def _last_words(cues: CueSet) -> frozenset[str]:
    """The words the cues of ``cues`` can end with."""
    return frozenset(_NON_WORD.split(t.strip())[-1] for t in cues.terms)


def claims_before(
    doc: Document, pos: int, *, shaped: bool = True
) -> tuple[tuple[str, str, bool], ...]:
    """(family, cue, exclusive) of every claim whose cue ends right before ``pos`` (separators
    only in between), in registry order; exclusive claims only unless ``shaped``. Memoised per
    document, since several families ask about the same number; each distinct answer is held
    once (a table's thousands of numbers under the same few cues: a tuple of a tuple each
    was 1.6x its text while the numeric families ran)."""
    cached = cast("_ClaimsMemo | None", doc.cached("claims_before"))
    if cached is None:
        from ai_guard.detectors.registry import claims

        claims_now = tuple((c, _last_words(c.cues)) for c in claims())
        held: MutableMapping[int, tuple[_Hit, ...]] = (
            PositionMemo() if len(doc.text) > POSITION_MEMO_FROM else {}
        )
        cached = (held, claims_now, {})
        doc.store("claims_before", cached)
    memo, claims_now, answers = cached
    key = pos if shaped else ~pos
    found = memo.get(key)
    if found is None:
        found = _NO_CLAIMS
        # a cue can only end right before pos if the word before pos ends one: set look-ups
        # instead of one window scan per claim
        last = last_word_before(doc, pos)
        if last:
            hits = []
            for claim, ends in claims_now:
                if last in ends and (shaped or claim.exclusive):
                    cue = claim.cues.before(doc, pos)
                    if cue is not None:
                        hits.append((claim.family, cue, claim.exclusive))
            if hits:
                found = tuple(hits)
                found = answers.setdefault(found, found)
        memo[key] = found
    return found


class Candidate(NamedTuple):
    """A window of a number token that has the detector's shape.

    ``start``/``end`` are the span to report (a phone number may start at the "+" or "(+84)"
    before its digits); ``digits`` the detector's normalised value; ``at_start`` whether the
    window starts where its number starts (only then can a cue right before name it);
    ``left``/``right`` whether a letter is glued to that side; ``restored`` whether leading
    zeros a spreadsheet dropped were put back into ``digits``.
    """

    token: NumberToken
    start: int
    end: int
    digits: str
    at_start: bool
    left: bool = False
    right: bool = False
    restored: bool = False
    paired: bool = False
    """The window holds more groups than the family takes, every one of one or two digits
    ("01 00 23 34 88"): digits typed in pairs, a number only under the family's own cue."""

    @property
    def first(self) -> int:
        """Where the token's first digit group starts."""
        return self.token.groups[0][0]

    @property
    def last(self) -> int:
        """Where the token's last digit group ends."""
        return self.token.groups[-1][1]


class Verdict(NamedTuple):
    """A detector's judgement of one candidate: the shape found, the score before the glued
    penalty, the validation outcome (None: nothing to validate) and the cue that moved it."""

    shape: Shape
    score: float
    valid: bool | None = None
    context: str | None = None


#: the most digits a window may leave of its number on either side and still be that number's
#: stray part ("4 79 0120 878 963" after "BHYT": the 10-digit window "4 79 0120 878" would
#: leave "963" visible next to its placeholder); more is a number of its own
STRAY_DIGITS = 5
# what joins a stray part to the window: one space, dot, hyphen or invisible character, or
# the comma, underscore or slash of a number grouped by them ("0912_345_678_99"); a tab, a
# line break or a run of spaces separates table cells and lines, not the parts of one number
_TIGHT = frozenset(" .-,_/")


def whole_span(text: str, cand: Candidate) -> tuple[int, int]:
    """The candidate's span, widened to the groups of its number it leaves on either side when
    they hold at most :data:`STRAY_DIGITS` digits: a value is redacted whole or not at all. A
    damaged run (letters inside its digits, one word) is the candidate's whole span: its
    characters are groups of one with nothing between them ("001085012a345" was reported
    without its last "5")."""
    start, end = cand.start, cand.end
    if cand.token.damaged:
        return min(start, cand.token.start), max(end, cand.token.end)
    groups = cand.token.groups
    if len(groups) == 1 or (groups[0][0] >= start and groups[-1][1] <= end):
        return start, end
    before = [g for g in groups if g[1] <= start]
    after = [g for g in groups if g[0] >= end]
    if _stray(text, [*before, (start, end)], before):
        start = before[0][0]
    if _stray(text, [(start, end), *after], after):
        end = after[-1][1]
    return start, end


def _stray(text: str, run: list[tuple[int, int]], part: list[tuple[int, int]]) -> bool:
    """Whether ``part`` (groups of ``run``) is a stray part of the number: a few digits, each
    group joined to the next by tight separators only."""
    if not part or sum(b - a for a, b in part) > STRAY_DIGITS:
        return False
    return all(
        prev_end < next_start
        and all(c in _TIGHT for c in text[prev_end:next_start])
        and "  " not in text[prev_end:next_start]  # spaces aligning a table's columns
        for (_, prev_end), (next_start, _) in itertools.pairwise(run)
    )


#: tokens long enough for a family from which its gate (applies) is asked before the walk
_ASK_FIRST = 32
_WALK_FACTS = "numeric.walk_facts"


def _walk_facts(doc: Document) -> tuple[list[int], bool]:
    """What every family's walk asks first, once per document: the number tokens' digit
    counts in ascending order, and whether the document holds a partly masked number."""
    facts = doc.cached(_WALK_FACTS)
    if facts is None:
        facts = (sorted([t.ndigits for t in number_tokens(doc)]), bool(masked_numbers(doc)))
        doc.store(_WALK_FACTS, facts)
    return facts  # type: ignore[return-value]


# -- partly masked numbers -----------------------------------------------------------------
#: characters that stand for a hidden digit ("001090***345", "0912 xxx 678", "0071••••3456")
_MASK_CHARS = "*xX•●#_…"
#: the folded view as a sketch for the gate: mask characters "m" (x folds to lower case;
#: "•", "●" and "…" are not ASCII and encode as "?"; dots count, as "..." masks), digits
#: "1", the rest spaces
_MASK_SKETCH = bytes(
    ord("1") if 48 <= b <= 57 else ord("m") if chr(b) in "*x#?_." else 32 for b in range(256)
)
#: the folded view's encoding of "…" (not ASCII) between digits: "001090…345"
_ELLIPSIS_GATE = b"1m1"
# digits and mask characters (three dots or more mask too: "001090...345"), groups joined by
# one space, dot or hyphen, not glued to a letter, digit or mask character on either side
# (the run is checked further in Python: one linear pattern, no nested repetition)
_MASKED = re.compile(
    rf"(?<![0-9A-Za-z{_MASK_CHARS}])[0-9{_MASK_CHARS}]"
    rf"(?:[0-9{_MASK_CHARS}]|\.{{3,}}(?=[0-9{_MASK_CHARS}])|[ .\-](?=[0-9{_MASK_CHARS}]))*"
    r"(?![0-9A-Za-z_])"
)
_MASK_RUN = re.compile(rf"[{_MASK_CHARS}]+|\.{{3,}}")
#: the fewest visible digits of a masked number worth redacting: fewer ("09xx xxx xxx",
#: "0xxxxxxxxxxx" in a form's instructions) are a template, not a person's number
MASKED_MIN_DIGITS = 5
_MASKED_MEMO = "numeric.masked"


def _mask_near_digit(sketch: bytes) -> bool:
    """Whether two mask characters stand in the sketch with a digit at most two bytes before
    or after their run."""
    pos = sketch.find(b"mm")
    while pos >= 0:
        end = pos + 2
        while end < len(sketch) and sketch[end] == 109:  # "m"
            end += 1
        if sketch.find(b"1", max(0, pos - 2), pos) >= 0 or sketch.find(b"1", end, end + 2) >= 0:
            return True
        pos = sketch.find(b"mm", end)
    return False


def masked_numbers(doc: Document) -> list[tuple[int, int, int]]:
    """The partly masked numbers of the document, once per document: (start, end, length)
    where length counts digits and mask characters (separators aside). A masked number holds
    at least :data:`MASKED_MIN_DIGITS` visible digits and a run of two or more mask
    characters, every mask run is two or more long ("1920x1080" is a size), and it does not
    both open and close with a mask run ("**0912345678**" is Markdown bold)."""
    cached = doc.cached(_MASKED_MEMO)
    if cached is not None:
        return cached  # type: ignore[return-value]
    text = doc.text
    out: list[tuple[int, int, int]] = []
    # a byte-table pass and a search for two mask characters with a digit at most two
    # characters away, instead of a scan that stops at every digit
    sketch = doc.folded.encode("ascii", "replace").translate(_MASK_SKETCH)
    if _mask_near_digit(sketch) or ("…" in text and sketch.find(_ELLIPSIS_GATE) >= 0):
        for m in _MASKED.finditer(text):
            run = m.group(0).replace("…", "...")  # an ellipsis character masks three
            runs = _MASK_RUN.findall(run)
            if not runs or any(len(r) < 2 for r in runs):
                continue
            digits = sum(c.isdigit() for c in run)
            if digits < MASKED_MIN_DIGITS:
                continue
            if run[0] in _MASK_CHARS and run[-1] in _MASK_CHARS:
                continue
            out.append((m.start(), m.end(), digits + sum(map(len, runs))))
    doc.store(_MASKED_MEMO, out)
    return out


#: a number grouped in thousands by dots or commas ("245.600.000"): an amount
#: the CCCD set's bare "ID" as a cue returns it (folded): the word a request's, an order's or a
#: parcel's id shares
_BARE_ID = "id"
#: "ID" as a field's label right before a number: at a line's start or after a field's
#: separator (",", ";", "|", a tab, a bullet, an opening bracket), then ":", "=", "#" or spaces
_ID_LABEL = re.compile(
    r"(?:^[ \t]*[-+•*]?|[,;|(\[\t•*]|\s[-+])[ \t]*id[ \t]*[:=#.]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_THOUSANDS = re.compile(r"[1-9][0-9]{0,2}(?:([.,])[0-9]{3})(?:\1[0-9]{3})+")
#: a cell's separator right after a number: the number opens a row of a table pasted as text
_CELL_SEPARATOR_AFTER = frozenset(",;|\t")


#: the context of a number restored from a whole form of it written elsewhere in the text
_SAME_NUMBER = "same number"
_WHOLE_NUMBERS = "numeric.whole_numbers"


def _stated_whole(doc: Document, cand: Candidate) -> bool:
    """Whether the restored candidate's full digits are written, zero and all, as another
    number token of the document (digits only, whatever the grouping)."""
    whole = doc.cached(_WHOLE_NUMBERS)
    if whole is None:
        text = doc.text
        whole = frozenset(
            ascii_digits("".join(text[a:b] for a, b in t.groups), t.ocr)
            for t in number_tokens(doc)
            if t.reading is None and not t.damaged
        )
        doc.store(_WHOLE_NUMBERS, whole)
    return cand.digits in cast("frozenset[str]", whole)


def _cells(text: str, groups: tuple[tuple[int, int], ...]) -> list[tuple[tuple[int, int], ...]]:
    """``groups`` split where a tab stands between two of them: the cells of a spreadsheet
    row the number run crosses (one cell when no tab does); and at a line break after which
    the group opens the next row, a cell's separator right after it ("705258168" / "2,Hà Thị
    Thoa,...": the last cell of a CSV row and the next row's number, which the reading joins
    as a number a PDF broke)."""
    cells: list[tuple[tuple[int, int], ...]] = []
    first = 0
    for i in range(1, len(groups)):
        between = text[groups[i - 1][1] : groups[i][0]]
        if "\t" in between or (
            "\n" in between and text[groups[i][1] : groups[i][1] + 1] in _CELL_SEPARATOR_AFTER
        ):
            cells.append(groups[first:i])
            first = i
    cells.append(groups[first:])
    return cells


class NumericDetector:
    """Base of the numeric-identifier detectors (subclassing it is optional for plugins: any
    :class:`~ai_guard.detectors.base.Detector` works; this one brings the shared walk).

    Declare ``id``, ``entities``, ``digits`` (min, max), ``max_groups`` and ``cue_set`` (or
    override ``naming_cues``: the family's claim, also its own cue within ``near``
    characters); then write :meth:`judge`.
    """

    id: ClassVar[str]
    entities: ClassVar[tuple[EntityType, ...]]
    #: fewest and most digits of a window
    digits: ClassVar[tuple[int, int]]
    #: most digit groups in a window ("0912 345 678" has three)
    max_groups: ClassVar[int] = 6
    #: skip every window of a number followed by a currency or measure unit
    skip_amounts: ClassVar[bool] = True
    #: how far back on its line the own cue may stand (CueSet.naming)
    near: ClassVar[int] = 40
    #: families whose cue may name a number of this family too: such a cue does not refuse
    #: the number (judge() may ask for it: :meth:`shared_cue`); a 12-digit personal ID is
    #: also the holder's tax code since 2025, and was the 12-digit CMND's number
    shares_numbers_with: ClassVar[frozenset[str]] = frozenset()
    #: whether this family's cues take every number after them (else only numbers of its own
    #: shape: a CCCD after "SĐT" by mistake is still a CCCD)
    claims_every_number: ClassVar[bool] = False
    #: whether this family gives way to every claim, not only exclusive ones: a phone number
    #: has the loosest shape, so "MST: 0314409059" or "CCCD: ..." names something else
    defers_to_every_claim: ClassVar[bool] = False
    #: taken off the score when a letter is glued to one side of the number
    glued_penalty: ClassVar[float] = scores.GLUED_PENALTY

    #: (full length, most zeros dropped): a spreadsheet that stored the identifier as a number
    #: dropped its leading zeros ("79190012345" for 079190012345, "912345678" for a mobile);
    #: such a number is restored, validated, and reported only when the family's own cue or
    #: column header names it
    dropped_zeros: ClassVar[tuple[int, int] | None] = None

    #: (fewest, most) characters, digits and mask characters, of a partly masked number of
    #: this family ("CCCD 001090***345"): reported as the family's ``<id>.masked`` pattern
    #: only under its own cue or column header; None: the family reports no masked numbers
    masked_length: ClassVar[tuple[int, int] | None] = None

    #: the set of ``data/detectors/cues.tsv`` whose words name this family's numbers
    cue_set: ClassVar[str | None] = None
    #: whether the family's cue also names a person's number from farther back on its line
    #: ("số BHXH của anh ... là ..."; :func:`ai_guard.detectors.cue_reach.far_cue`): a family
    #: whose numbers need their cue (a restored number always may)
    far_cues: ClassVar[bool] = False

    #: characters of text per eligible token up to which :meth:`applies` is asked before the
    #: walk even with few tokens: worth it where the gate (at worst one search of the text,
    #: ~10 ns a character) costs less than walking a token (0: only with many tokens)
    gate_chars_per_token: ClassVar[int] = 0

    @property
    def naming_cues(self) -> CueSet | None:
        """The cue words that name a number as this family's kind (its claim)."""
        return None if self.cue_set is None else _cues.cue_set(self.cue_set)

    # -- the walk ------------------------------------------------------------------------------
    def detect(self, doc: Document) -> Iterator[Detection]:
        counts, masked = _walk_facts(doc)
        if masked and self.masked_length is not None:
            # (most documents hold no masked number: no generator for them)
            yield from self._masked(doc)
        # how many tokens are long enough for this family (at most _ASK_FIRST): one bisection
        # of the digit counts every family shares, not a walk of the tokens per family
        eligible = min(_ASK_FIRST, len(counts) - bisect.bisect_left(counts, self._fewest_digits))
        if not eligible:
            return  # no token long enough: the family's gate (a cue scan) is not even asked
        # the gate costs a scan of the text: with many tokens, or a short text, it is asked
        # first; with a few tokens in a long text only once a detection is about to be made
        # (the answer is the same either way)
        gated = eligible == _ASK_FIRST or len(doc.text) <= eligible * self.gate_chars_per_token
        if gated and not self.applies(doc):
            return
        if not gated and not self.may_apply(doc):
            return  # the gate's cheap half already says no
        naming_cue, judge, named_otherwise = self.naming_cue, self.judge, self.named_otherwise
        # the lines where a restored number was named by this family's cue, and the cue: the
        # list goes on ("CCCD bị mất số 0 đầu: 34187002913 (...), 36079011846 (...)")
        listed: dict[int, str] = {}
        for cand in self.candidates(doc):
            cue = naming_cue(doc, cand)
            if cue is None and cand.restored and listed and column_header(doc, cand.start) is None:
                # (a cell under another column's header is that column's, not the list's)
                cue = listed.get(doc.text.rfind("\n", 0, cand.start) + 1)
            if cue is None and cand.restored and _stated_whole(doc, cand):
                # the same number said again without its zero ("số điện thoại 0916 502 384
                # nhưng bỏ số 0 đầu, tức là 916502384"): the whole number is its evidence
                cue = _SAME_NUMBER
            # an OCR'd or damaged run right after "ID" standing as a field's label ("ID:
            # 0010850123a5", "Họ tên: ..., ID 0O1085O12345"): a citizen's number whatever the
            # label's language, once its reading validates (checked below)
            id_label = (
                cue == _BARE_ID
                and (cand.token.damaged or cand.token.ocr)
                and not cand.restored
                and not cand.left
                and _ID_LABEL.search(doc.text, max(0, cand.start - 40), cand.start) is not None
                and not machine_id_named(doc.text, cand.start)
            )
            if (
                cue == _BARE_ID
                and not cand.restored
                and not id_label
                and (
                    cand.token.damaged
                    or cand.token.ocr
                    or cand.left
                    or machine_id_named(doc.text, cand.start)
                )
            ):
                # "request failed with id 7b3e21567761", "id VNP232024793692": the bare "ID" of
                # a request, an order or a parcel names no damaged or OCR'd run and no digits
                # glued to letters, nor the id of a request, a trace or an order named just
                # before ("request failed with id 389963541446"); those need the family's own
                # word ("CCCD", "căn cước")
                cue = None
            if cue is None and cand.paired:
                continue  # digits in pairs are a number only under the family's own cue
            if (
                cue is None
                and (cand.restored or cand.token.ocr)
                and (cand.token.damaged or not self.reads_alone(doc, cand))
            ):  # OCR or words: own cue
                continue  # a restored or OCR-corrected number needs its family's own cue
            verdict = judge(doc, cand, cue)
            if id_label and not (
                (verdict is not None and verdict.valid is True)
                or (cand.token.damaged and self.damaged_fits(doc, cand))
            ):
                continue  # the bare label names only a number whose reading validates
            if verdict is None or (cand.at_start and named_otherwise(doc, cand)):
                continue  # named otherwise: "STK: 0912345678" is not a phone number
            if cand.token.damaged:
                # a letter stands for a digit nobody can read: nothing was validated, and the
                # cue, not the shape, carries the evidence (as for a partly masked number)
                verdict = verdict._replace(
                    valid=False, score=min(verdict.score, scores.CUED_MASKED)
                )
            if cand.restored and (
                verdict.valid is False
                # a family with nothing to validate has its own cue to go on, and no number
                # grouped as thousands ("đóng BHXH 3 tháng 245.600.000": an amount)
                or (verdict.valid is None and _THOUSANDS.fullmatch(doc.text, cand.start, cand.end))
            ):
                continue
            score = verdict.score
            if cand.left or cand.right:
                score -= self.glued_penalty
            if not gated:
                if not self.applies(doc):
                    return
                gated = True
            start, end = self.own_span(doc, cand, *whole_span(doc.text, cand))
            if cand.restored and cue is not None:
                listed[doc.text.rfind("\n", 0, start) + 1] = cue
            yield verdict.shape.hit(self.id, start, end, score, verdict.valid, verdict.context)

    def own_span(self, doc: Document, cand: Candidate, start: int, end: int) -> tuple[int, int]:
        """The span reported for ``cand``, given its :func:`whole_span` (``start``, ``end``): a
        family whose numbers have a fixed opening or length may give stray digits back."""
        return start, end

    def damaged_fits(self, doc: Document, cand: Candidate) -> bool:
        """Whether some digits in the places of a damaged candidate's letters make a number
        of this family that validates (the letters stand for digits nobody can read)."""
        return False

    def reads_alone(self, doc: Document, cand: Candidate) -> bool:
        """Whether a number written in words or read through OCR needs no cue of this
        family to be reported (a family whose whole shape says enough overrides it)."""
        return False

    def candidates(self, doc: Document) -> Iterator[Candidate]:
        """The windows of the document's number tokens that may be this family's numbers."""
        text = doc.text
        lo, hi = self.digits
        restores = self.dropped_zeros is not None
        fewest = self._fewest_digits
        # the per-document answers of is_amount, read here first: every family asks about
        # the same tokens, and all but the first find the answer in this dict
        amounts: MutableMapping[int, bool] | None = (
            doc.position_memo(_cues.AMOUNTS) if self.skip_amounts else None
        )
        # the base class's token_ok takes every token: not asked at all then
        token_ok = None if type(self).token_ok is NumericDetector.token_ok else self.token_ok
        candidate, max_groups = self.candidate, self.max_groups
        for tok in number_tokens(doc):
            if tok.ndigits < fewest:
                continue
            if amounts is not None:
                amount = amounts.get(tok.start)
                if amount is None:
                    amount = _cues.is_amount(doc, tok)
                if amount:
                    continue
            if token_ok is not None and not token_ok(doc, tok):
                continue
            groups = tok.groups
            first = groups[0][0]
            # digits in pairs beyond the family's groups (windows() gives them): the group
            # starts, to count a window's groups by bisection; None for every other token
            # (digits one by one are the token's own reading: "0 9 1 2 3 ...")
            pair_starts = (
                [a for a, _b in groups]
                if len(groups) > max_groups
                and tok.reading is None
                and any(b - a == 2 for a, b in groups[1 if tok.plus else 0 :])
                else None
            )
            windows: Iterable[tuple[int, int, str]]
            if tok.ndigits < lo:
                # no window holds more digits than its token: only a restored number may
                # come of it ("912345678" for a 10-digit mobile)
                windows = ()
            elif len(groups) == 1 and tok.reading is None:
                # most tokens are one run of digits: its one window, without a generator
                end = groups[0][1]
                if not lo <= end - first <= hi:
                    windows = ()
                else:
                    windows = ((first, end, ascii_digits(text[first:end], tok.ocr)),)
            else:
                windows = tok.windows(text, lo, hi, max_groups)
            for start, end, digits in windows:
                shaped = candidate(doc, tok, start, end, digits)
                if shaped is None:
                    continue
                span_start, value = shaped
                left = span_start > 0 and text[span_start - 1].isalpha()
                right = end < len(text) and text[end].isalpha()
                if left and right and not self._glued_to_own_cue(doc, span_start):
                    continue
                paired = pair_starts is not None and (
                    bisect.bisect_left(pair_starts, end) - bisect.bisect_left(pair_starts, start)
                    > max_groups
                )
                yield Candidate(
                    tok, span_start, end, value, start == first, left, right, paired=paired
                )
            if (
                restores
                and not tok.plus
                and tok.reading is None
                and self._may_restore(text, tok)
                # (a family that keeps amounts for its cue restores none: "nợ BHXH 3 tháng
                # 245.600.000 đồng" holds no number that lost its zero)
                and (amounts is not None or not _cues.is_amount(doc, tok))
            ):
                yield from self._restored(doc, tok)

    def _glued_to_own_cue(self, doc: Document, start: int) -> bool:
        """Whether the letters glued before the number at ``start`` are this family's own cue
        as a whole word ("cccd001085012345cap ngay ...": the number typed with no space after
        its cue and none before the next word): such a number is named, not part of a code
        ("sp0912345678x", "goi0912345678nhe" keep both sides glued and stay)."""
        cues = self.naming_cues
        return cues is not None and cues.before(doc, start) is not None

    def _masked(self, doc: Document) -> Iterator[Detection]:
        """Partly masked numbers of this family's length that its own cue names: the visible
        digits with the cue still narrow a person down (a province, a birth year, most of a
        phone number), so a labeller marks them and the guard redacts them whole."""
        assert self.masked_length is not None
        found = masked_numbers(doc)
        cues = self.naming_cues
        if not found or cues is None:
            return
        lo, hi = self.masked_length
        shape = _masked_shape(self.entities[0], self.id)
        for start, end, length in found:
            if not lo <= length <= hi:
                continue
            cue = _masked_cue(doc, cues, start, self.near)
            if cue is not None:
                yield shape.hit(self.id, start, end, scores.CUED_MASKED, None, cue)
            elif self.masked_reads_alone(doc.text, start, end):
                yield shape.hit(self.id, start, end, scores.CUED_MASKED)

    def masked_reads_alone(self, text: str, start: int, end: int) -> bool:
        """Whether the masked number ``text[start:end]`` is masked in a shape only this
        family's numbers are (a family that has one overrides this): no cue is needed."""
        return False

    @cached_property
    def _fewest_digits(self) -> int:
        """The fewest digits a token needs to give this family anything (a window, or a
        number whose dropped zeros are restored): shorter tokens are skipped before any
        look-up. Worked out on the first ask (every walk asks it: an attribute after that)."""
        lo = self.digits[0]
        if self.dropped_zeros is None:
            return lo
        return min(lo, self.dropped_zeros[0] - self.dropped_zeros[1])

    def _may_restore(self, text: str, tok: NumberToken) -> bool:
        """False when no cell of ``tok`` can hold a number whose leading zeros were dropped
        (:meth:`_restored` would yield nothing): without a tab the token is one cell of
        ``tok.ndigits`` digits, which must be fewer than the full length and not open with a
        zero; with one no cell holds more. Asked of every token before the generator is made:
        most tokens (amounts, numbers of full length, numbers that kept their zero) hold no
        such cell."""
        assert self.dropped_zeros is not None
        full, most = self.dropped_zeros
        n = tok.ndigits
        if n < full - most:
            return False
        groups = tok.groups
        if text.find("\t", groups[0][1], groups[-1][0]) >= 0:
            return True  # the cells of a spreadsheet row: the walk reads each
        if text.find("\n", groups[0][1], groups[-1][0]) >= 0 and len(_cells(text, groups)) > 1:
            return True  # a row's last cell and the next row's number (see _cells)
        # one cell: short of the full length, and not opening with the zero it would lack
        return n < full and ascii_digits(text[groups[0][0]], tok.ocr) != "0"

    def _restored(self, doc: Document, tok: NumberToken) -> Iterator[Candidate]:
        """The token as this family's number with the leading zeros a spreadsheet dropped,
        one candidate per table cell: a tab ends a spreadsheet's cell, so a row pasted with
        tabs ("31087019462<tab>912604387" under "Số CCCD<tab>SĐT") holds one number a cell,
        not one number across the row."""
        assert self.dropped_zeros is not None
        full, most = self.dropped_zeros
        text = doc.text
        for cell in _cells(text, tok.groups):
            # the whole cell, one group or several ("912 345 678" as the phone was typed)
            start, end = cell[0][0], cell[-1][1]
            digits = ascii_digits("".join(text[a:b] for a, b in cell), tok.ocr)
            if not full - most <= len(digits) < full or digits[0] == "0":
                continue
            shaped = self.candidate(doc, tok, start, end, digits.zfill(full))
            if shaped is None:
                continue
            left, right = glued(text, start, end)
            if left or right:
                continue
            yield Candidate(tok, shaped[0], end, shaped[1], True, restored=True)

    def named_otherwise(self, doc: Document, cand: Candidate) -> bool:
        """Whether another family's claim takes the candidate: its cue stands right before it,
        the claim is exclusive (or this family defers to every claim), and the two families
        do not share numbers. Only asked of windows that start where their number starts."""
        return any(
            family != self.id
            and family not in self.shares_numbers_with
            and (exclusive or self.defers_to_every_claim)
            for family, _cue, exclusive in claims_before(
                doc, cand.start, shaped=self.defers_to_every_claim
            )
        )

    def shared_cue(self, doc: Document, cand: Candidate) -> str | None:
        """The cue of a family sharing this family's numbers right before the candidate."""
        if not cand.at_start:
            return None
        for family, cue, _exclusive in claims_before(doc, cand.start):
            if family in self.shares_numbers_with:
                return cue
        return None

    # -- what each family declares ---------------------------------------------------------
    def applies(self, doc: Document) -> bool:
        """False when nothing in ``doc`` can be this family's number (skips the walk)."""
        return True

    def may_apply(self, doc: Document) -> bool:
        """False when :meth:`applies` is surely False, found cheaply (a few substring tests,
        no scan): asked before a walk whose gate is left until a detection is about to be
        made. True says nothing."""
        return True

    def token_ok(self, doc: Document, tok: NumberToken) -> bool:
        """Whether any window of ``tok`` may be this family's number."""
        return True

    def candidate(
        self, doc: Document, tok: NumberToken, start: int, end: int, digits: str
    ) -> tuple[int, str] | None:
        """Where the window's span starts and its normalised value, or None when the window
        does not have the family's shape (cheap checks: the cue look-ups come after)."""
        return start, digits

    def naming_cue(self, doc: Document, cand: Candidate) -> str | None:
        """The family's own cue that names the candidate, if any."""
        cues = self.naming_cues
        if cues is None:
            return None
        # a note after the number names it only when the window ends where the number does
        found = cues.naming(doc, cand.start, self.near, cand.end if cand.end == cand.last else None)
        if found is None and (cand.restored or self.far_cues):
            from ai_guard.detectors.registry import claims

            others = [c.cues for c in claims() if c.family != self.id]
            found = far_cue(doc, cues, cand.start, self.near, cand.restored, others)
        return found

    def judge(self, doc: Document, cand: Candidate, cue: str | None) -> Verdict | None:
        """The family's verdict on a candidate (validator and scores), or None to skip it."""
        raise NotImplementedError


def _masked_cue(doc: Document, cues: CueSet, start: int, near: int) -> str | None:
    """The cue naming a masked number: right before it, its column header, the label on the
    line above, or earlier on its line with no digit in between (a cue names the nearest
    number: in "SĐT 0912 xxx 678 và CCCD 001090***345" the phone cue does not name the
    second number)."""
    cue = cues.before(doc, start) or cues.header(doc, start) or cues.label_above(doc, start)
    if cue is not None:
        return cue
    cue = cues.near_before(doc, start, near)
    if cue is None:
        return None
    window = doc.folded[max(0, start - near) : start]
    pos = window.rfind(cue)
    if pos < 0 or any(c.isdigit() for c in window[pos + len(cue) :]):
        return None
    return cue


@lru_cache(maxsize=64)
def _masked_shape(entity: EntityType, family: str) -> Shape:
    """The shape of a family's partly masked numbers: pattern ``<family>.masked``."""
    return Shape(entity, f"{family.rsplit('.', 1)[-1]}.masked", scores.BASE_MASKED)


class CuedNumberDetector(NumericDetector):
    """A number with nothing to validate (CMND, BHXH, a bank account): reported only when its
    own cue names it, as ``shape`` with ``cued_score``. Amounts are not skipped and gluing
    costs nothing: the cue carries the evidence."""

    skip_amounts = False
    glued_penalty = scores.NO_PENALTY
    far_cues = True
    # every window of every token asks for the cue (before, on its line, as a column header:
    # 10-40 us a token), amounts included, while the gate is one search: on a 2 KB prompt
    # with two long amounts the CMND walk took 80 us, its gate 19 us
    gate_chars_per_token = 1500
    shape: ClassVar[Shape]
    cued_score: ClassVar[float]

    def applies(self, doc: Document) -> bool:
        cues = self.naming_cues
        return cues is not None and cues.present(doc)

    def may_apply(self, doc: Document) -> bool:
        # the cue set's needles, when the gate is this class's own (a family with a gate of
        # its own, such as the bank account's bank names and cards, keeps its answer): on
        # the 2 KB labelled prompt the BHXH and BHYT walks took 10-20 us each over the
        # 10-digit windows of an amount, where no needle of either set stands
        if type(self).applies is not CuedNumberDetector.applies:
            return True
        cues = self.naming_cues
        return cues is None or cues.possible(doc)

    def judge(self, doc: Document, cand: Candidate, cue: str | None) -> Verdict | None:
        return None if cue is None else Verdict(self.shape, self.cued_score, None, cue)
