"""``check_prompt``: run the detectors, resolve overlaps, apply the policy, redact, explain."""

from __future__ import annotations

import bisect
import gc
import os
import re
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

from ai_guard import i18n
from ai_guard.detectors.base import Detection, Detector
from ai_guard.detectors.hyphen_breaks import mend_hyphen_breaks
from ai_guard.detectors.person.coreference import REFERENCE_CUES
from ai_guard.detectors.person.lexicon import HONORIFICS, everyday_pair, public_figures
from ai_guard.detectors.registry import builtin_detectors, load_plugins, registered
from ai_guard.detectors.years_after_names import DOB_DETECTOR, years_after_names
from ai_guard.models import (
    Decision,
    EntityType,
    Finding,
    FindingColumns,
    PolicyWaiver,
    PromptCheck,
    Validation,
    finding_from_values,
    finding_values,
    trusted_check,
    trusted_finding,
)
from ai_guard.prompt.policy import SECRET_ENTITIES, SECRET_MIN_SCORE, Policy
from ai_guard.prompt.redact import Placeholders, SpanColumns, apply_redactions
from ai_guard.prompt.repeats import DIRECT_VALUES, BudgetExceeded, occurrences
from ai_guard.public_role import (
    PRIVATE_PATTERN,
    PublicRole,
    named_again_in_role,
    signature_layout,
    signed_in_role,
)
from ai_guard.public_role import judge_or_mark as judge_public_role
from ai_guard.text import Document, fold_word, word_caches
from ai_guard.text.invisible import INVISIBLE, Unveiled, changed_places
from ai_guard.text.windows import Windows, windows

if TYPE_CHECKING:
    from ai_guard.text.disguises import Disguised
    from ai_guard.text.encodings import RepairedText

__all__ = ["check_prompt", "detect"]

#: How specific an entity is, for overlap resolution (higher wins on a tie).
_SPECIFICITY: dict[EntityType, int] = {
    EntityType.DETECTOR_ERROR: 20,
    EntityType.API_SECRET: 15,
    EntityType.STATE_SECRET_MARK: 15,
    EntityType.INTERNAL_MARK: 14,
    EntityType.INTERNAL_HOST: 13,
    EntityType.DENY_TERM: 14,
    EntityType.GOV_EMAIL: 12,
    EntityType.EMAIL: 11,
    EntityType.HEALTH_INSURANCE: 10,
    EntityType.CASE_NUMBER: 10,
    EntityType.LICENSE_PLATE: 9,
    EntityType.PASSPORT: 9,
    EntityType.DRIVER_LICENSE: 9,
    EntityType.CCCD: 8,
    EntityType.TAX_CODE: 8,
    EntityType.SOCIAL_INSURANCE: 7,
    EntityType.CMND: 7,
    EntityType.BANK_ACCOUNT: 6,
    EntityType.PHONE: 6,
    EntityType.DATE_OF_BIRTH: 5,
    EntityType.ADDRESS: 3,
    EntityType.PERSON: 2,
}

_SECRETS = frozenset(SECRET_ENTITIES)
#: each entity's value, for the placeholders (``EntityType.value`` is a Python-level property
#: on Python 3.11: two calls a finding)
_ENTITY_NAMES: dict[EntityType, str] = {e: e.value for e in EntityType}

_DEFAULT_POLICY: Policy | None = None


def _default_policy() -> Policy:
    global _DEFAULT_POLICY
    if _DEFAULT_POLICY is None:
        _DEFAULT_POLICY = Policy()
    return _DEFAULT_POLICY


#: a detector and its declared gate (:func:`_gate_of`), as :func:`_run` takes them
_Gated = list[tuple[Detector, tuple[str, ...] | None]]
#: the last active set: (built-ins, their filter, plugins, registered) -> detectors; asked
#: on every call, rebuilt only when one of them changes (a tuple of identities: cheap to test)
_Active = tuple[tuple[object, ...], _Gated, list[tuple[str, str]]]
_ACTIVE: _Active | None = None


def _gate_of(det: Detector) -> tuple[str, ...] | None:
    """A detector's declared gate: its optional ``text_needs`` attribute, strings one of
    which ``doc.text`` holds wherever the detector can find anything (``("<<",)`` for a
    passport's machine-readable zone); the engine does not call a detector whose gate says
    no (its call, generator and list cost ~2-4k instructions a prompt even when it returns at
    once). None, always called: a detector that declares none (most plugins), and one whose
    declaration is not a non-empty tuple of non-empty strings (the safe reading of a gate the
    engine cannot trust)."""
    needs = getattr(det, "text_needs", None)
    if (
        not isinstance(needs, tuple)
        or not needs
        or not all(isinstance(n, str) and n for n in needs)
    ):
        return None
    return needs


def _active(policy: Policy) -> tuple[_Gated, list[tuple[str, str]]]:
    builtins = builtin_detectors()
    off = policy.disabled_detectors
    loaded = load_plugins() if policy.load_plugins else None
    extra = registered()
    key = (builtins, off, loaded, *extra)
    global _ACTIVE
    last = _ACTIVE  # read once: another thread may replace it
    if last is not None and last[0] == key:
        return last[1], last[2]
    detectors = [d for d in builtins if d.id not in off]
    failures: list[tuple[str, str]] = []
    if loaded is not None:
        plugins, broken = loaded
        detectors.extend(d for d in plugins if d.id not in off)
        failures.extend((f.name, f.error) for f in broken)
    detectors.extend(d for d in extra if d.id not in off)
    gated = [(d, _gate_of(d)) for d in detectors]
    _ACTIVE = (key, gated, failures)
    return gated, failures


def _checked(det: Detector, results: Iterable[Detection], size: int) -> list[Detection]:
    out = list(results)
    for d in out:
        if not isinstance(d, Detection) or not isinstance(d.entity, EntityType):
            raise TypeError(f"{det.id} yielded {type(d).__name__}, not a Detection")
        if not (0 <= d.start < d.end <= size) or not (0.0 <= d.score <= 1.0):
            raise ValueError(f"{det.id} yielded a detection out of bounds")
    return out


@lru_cache(maxsize=64)
def _deny_pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    alt = "|".join(
        re.escape(fold_word(t).strip()).replace(r"\ ", r"\s+")
        for t in sorted(terms, key=len, reverse=True)
    )
    return re.compile(r"(?<![0-9a-z])(?:" + alt + r")(?![0-9a-z])")


def _deny_detections(doc: Document, policy: Policy) -> list[Detection]:
    if not policy.deny_terms:
        return []
    return [
        Detection(
            EntityType.DENY_TERM,
            m.start(),
            m.end(),
            1.0,
            "policy.deny_terms",
            pattern="deny_terms",
            base_score=1.0,
        )
        for m in _deny_pattern(policy.deny_terms).finditer(doc.folded)
    ]


def _resolve(detections: list[Detection], text: str = "") -> list[Detection]:
    """Keep a set of non-overlapping detections: a secrecy mark first, then higher-scored,
    validated, more specific and longer detections win; the result is sorted by start.
    (Scores already carry the validation outcome and the context, so the score speaks first
    after the mark.)

    A value is redacted whole: when a detection that lost stretches beyond the winners it
    overlaps with digits of its own (a house number before the street a name detector took,
    the rest of a number), the winners' span grows over it (:func:`_widen`)."""
    if len(detections) < 2:
        return list(detections)  # (most prompts: nothing to resolve)
    if text:
        detections = _drop_word_cuts(detections, text)
    ranked = _ranked(detections)
    # the characters the winners so far hold: a detection is kept when none of its characters
    # is taken (linear in the text; sorted lists with insertions were quadratic in findings)
    size = max([d.end for d in ranked])
    taken = bytearray(size)
    kept: list[Detection] = []
    lost: list[Detection] = []
    for d in ranked:
        if taken.find(1, d.start, d.end) >= 0:
            lost.append(d)
            continue
        taken[d.start : d.end] = b"\x01" * (d.end - d.start)
        kept.append(d)
    kept.sort(key=lambda d: d.start)
    if text and lost:
        starts = [d.start for d in kept]
        ends = [d.end for d in kept]
        for d in lost:
            _widen(d, text, starts, ends, kept)
        heads = [h for d in lost if (h := _name_before_address(d, text, taken, kept)) is not None]
        if heads:
            kept = sorted(kept + heads, key=lambda d: d.start)
    return kept


def _rank(d: Detection) -> tuple[bool, float, bool, int, int, int]:
    """A detection's rank in :func:`_resolve`, best highest."""
    return (
        # a secrecy mark decides the prompt: no name or number that overlaps its words
        # ("anh cai file mat do" read as a foreign name "cai file") takes its place
        d.entity is EntityType.STATE_SECRET_MARK,
        d.score,
        d.validation is Validation.PASSED,
        _SPECIFICITY.get(d.entity, 1),
        d.end - d.start,
        -d.start,
    )


def _ranked(detections: list[Detection]) -> list[Detection]:
    """``detections`` best first by :func:`_rank` (ties in their order). From
    :data:`COLUMNS_FROM` detections, one stable sort a part of the rank, the last part first,
    each keyed by an object the detection holds (or a small int): the rank's tuple for each
    (and a new int for each ``-start``) was ~120 bytes a detection held at once, 7x the text
    of a CSV of citizens, the peak of the stage."""
    if len(detections) < COLUMNS_FROM:
        return sorted(detections, key=_rank, reverse=True)
    ranked = sorted(detections, key=_START)  # (``-start`` descending: start ascending)
    ranked.sort(key=_length, reverse=True)
    ranked.sort(key=_specificity, reverse=True)
    ranked.sort(key=_passed, reverse=True)
    ranked.sort(key=_SCORE, reverse=True)
    ranked.sort(key=_is_mark, reverse=True)
    return ranked


_START = attrgetter("start")
_SCORE = attrgetter("score")


def _length(d: Detection) -> int:
    return d.end - d.start


def _specificity(d: Detection) -> int:
    return _SPECIFICITY.get(d.entity, 1)


def _passed(d: Detection) -> bool:
    return d.validation is Validation.PASSED


def _is_mark(d: Detection) -> bool:
    return d.entity is EntityType.STATE_SECRET_MARK


def _name_before_address(
    lost: Detection, text: str, taken: bytearray, kept: list[Detection]
) -> Detection | None:
    """The words of a name that lost its last word to an address starting there ("trần văn
    bình phòng 118 ktx ...": "Phong" is a given name and "phòng" the room the address opens
    with), two words or more before the address and no winner's, as the name; or None."""
    if lost.entity is not EntityType.PERSON:
        return None
    cut = taken.find(1, lost.start, lost.end)
    if cut <= lost.start:
        return None
    if not any(k.start == cut and k.entity is EntityType.ADDRESS for k in kept):
        return None
    head = text[lost.start : cut].rstrip()
    if len(head.split()) < 2 or cut == lost.start + len(head):
        return None  # (one word, or the address cuts a word)
    taken[lost.start : lost.start + len(head)] = b"\x01" * len(head)
    return replace(lost, end=lost.start + len(head))


def _cuts_a_word(d: Detection, text: str) -> bool:
    """Whether ``d`` starts or ends inside a run of letters and digits."""
    s, e = d.start, d.end
    return (0 < s < len(text) and text[s - 1].isalnum() and text[s].isalnum()) or (
        0 < e < len(text) and text[e - 1].isalnum() and text[e].isalnum()
    )


#: how far before a detection that cuts a word a detection holding it may start
_WORD_CUT_REACH = 64


def _drop_word_cuts(detections: list[Detection], text: str) -> list[Detection]:
    """Without the detections that cut a word when another one holds them whole and cuts
    none: a bank account's cue ``TK`` read in ``hộ chiếu TK4419285`` took the digits of a
    Japanese passport and left its letters visible (a value redacted in part is a leak, and
    its type was wrong). Detections that cut words are rare (a glued command-line flag,
    ``-pSecret``), so the search for a holder is bounded by position, never quadratic."""
    cut = [d for d in detections if _cuts_a_word(d, text)]
    if not cut:
        return detections
    by_start = sorted(detections, key=lambda d: d.start)
    starts = [d.start for d in by_start]
    dropped: set[int] = set()
    for d in cut:
        if d.entity is EntityType.STATE_SECRET_MARK:
            continue
        lo = bisect.bisect_left(starts, d.start - _WORD_CUT_REACH)
        hi = bisect.bisect_right(starts, d.start)
        for o in by_start[lo:hi]:
            if (
                o is not d
                and o.start <= d.start
                and o.end >= d.end
                and o.end - o.start > d.end - d.start
                and not _cuts_a_word(o, text)
            ):
                dropped.add(id(d))
                break
    if not dropped:
        return detections
    return [d for d in detections if id(d) not in dropped]


def _widen(
    lost: Detection, text: str, starts: list[int], ends: list[int], kept: list[Detection]
) -> None:
    """Grow the winners ``lost`` overlaps over the parts of it they leave visible, when those
    parts hold a digit; the best-ranked of them (the first kept there) gives the merged
    detection its entity and scores. ``starts``/``ends``/``kept`` are updated in place."""
    i = bisect.bisect_left(starts, lost.end)
    j = i
    while j > 0 and ends[j - 1] > lost.start:
        j -= 1
    if j == i:
        return
    left = text[lost.start : starts[j]]
    right = text[ends[i - 1] : lost.end]
    gaps = [text[ends[k] : starts[k + 1]] for k in range(j, i - 1)]
    parts = (left, right, *gaps)
    if not any(c.isdigit() for part in parts for c in part):
        return
    if any("\n" in part or "\t" in part for part in parts):
        return  # a line or a table cell of its own ("0978644944\n2. ..." in a list)
    winner = max(kept[j:i], key=lambda d: (d.score, d.end - d.start))
    merged = replace(winner, start=min(lost.start, starts[j]), end=max(lost.end, ends[i - 1]))
    starts[j:i] = [merged.start]
    ends[j:i] = [merged.end]
    kept[j:i] = [merged]


#: Values shorter than this are not searched for elsewhere: a two-letter value would be found
#: inside ordinary words.
_MIN_REPEAT = 3

#: The pseudo-detector that reports a failure to read typing leftovers (text.typing).
TYPING_READING = "ai_guard.typing"

#: The pseudo-detector that reports a redaction the engine cannot vouch for.
REDACTION_CHECK = "ai_guard.redaction"

#: detections sorted by start, their offsets in the caller's text
_Located = list[Detection]


def _located(doc: Document, detections: list[Detection], roles: dict[int, PublicRole]) -> _Located:
    """``detections`` but the failures, each with its offsets in the caller's text
    (:meth:`Document.span_to_original`, invisible characters at its ends trimmed off); one
    whose offsets move is a copy, and ``roles`` (by the detection's id) is keyed by the copy's
    in place of the detection's."""
    out: _Located = []
    for d in detections:
        if d.entity is EntityType.DETECTOR_ERROR:
            continue
        start, end = _visible(doc, *doc.span_to_original(d.start, d.end))
        if (start, end) != (d.start, d.end):
            moved = replace(d, start=start, end=end)
            role = roles.pop(id(d), None) if roles else None
            if role is not None:
                roles[id(moved)] = role
            d = moved
        out.append(d)
    return out


def _repeat_values(original: str, to_redact: _Located, view: str) -> dict[str, Detection]:
    """The values to redact wherever they occur, each with the detection that found it.

    Past :data:`~ai_guard.prompt.repeats.DIRECT_VALUES` findings covering half the text or
    more (a table), a value with a character that the view of the text outside the findings
    (:func:`_unredacted_view`) lacks cannot occur there and is left out: a table's names,
    numbers and addresses rarely stand outside their own cells, and holding each as a string
    was 4x its text while the repeats were searched. (Over dense prose, where findings cover
    a fifth of the text, three values in four pass: the set of the view's characters cost
    more than the values it left out.)"""
    values: dict[str, Detection] = {}
    chars = None
    if len(to_redact) > DIRECT_VALUES and 2 * sum(d.end - d.start for d in to_redact) >= len(view):
        chars = frozenset(view)
    for d in to_redact:
        if d.end - d.start >= _MIN_REPEAT and d.entity not in _MARKS:
            value = original[d.start : d.end]
            if chars is None or chars.issuperset(value):
                values.setdefault(value, d)
    return values


#: marks on a document, not values about a person: "mật" found as a level says nothing of the
#: word "mật" elsewhere ("mật ong", the key of "độ mật")
_MARKS = frozenset({EntityType.STATE_SECRET_MARK, EntityType.INTERNAL_MARK})


#: Stands in for the characters of a redacted finding while its value's repeats are searched.
_MASK = "\x00"


def _unredacted_view(original: str, to_redact: _Located) -> str:
    """``original`` with every finding that will be redacted masked (same length, same
    offsets): only occurrences outside them matter, since one that overlaps a redacted span
    is broken by it. The search for repeats then skips the values the detectors found."""
    if not to_redact:
        return original
    return apply_redactions(
        original, ((d.start, d.end, _MASK * (d.end - d.start)) for d in to_redact)
    )


def _part_of_another_name(
    original: str, occurrence: tuple[int, str], values: dict[str, Detection]
) -> bool:
    """Whether a repeat of a one-word name ("Long" after "ông Long") is a word of another
    proper name ("Hạ Long", "Vĩnh Hưng", "Hưng Yên"): a capitalised word right beside it."""
    pos, value = occurrence
    if values[value].entity is not EntityType.PERSON or " " in value:
        return False
    end = pos + len(value)
    before = original[max(0, pos - 2) : pos]
    after = original[end : end + 2]
    return (
        len(before) == 2
        and before[1] == " "
        and before[0].isalpha()
        and _capitalised_word_ends(original, pos - 1)
    ) or (len(after) == 2 and after[0] == " " and after[1].isupper())


def _inside_a_word(
    original: str, occurrence: tuple[int, str], values: dict[str, Detection]
) -> bool:
    """Whether a repeat of a one-word name is letters inside another word ("hieu" in
    "chieu", "an" in "anh"): a lower-case letter going on after it, or a letter before a
    name that starts in lower case. A full name, or a name glued to a capital ("AnMST",
    "ÔngAn": a space lost in a copy), is still the name."""
    pos, value = occurrence
    if values[value].entity is not EntityType.PERSON or " " in value:
        return False
    end = pos + len(value)
    before = original[pos - 1] if pos > 0 else ""
    after = original[end] if end < len(original) else ""
    return (before.isalpha() and value[0].islower()) or (after.isalpha() and after.islower())


#: honorifics and kin words, folded ("anh", "em" and "chi" are given names too)
_KIN_WORDS = frozenset(HONORIFICS)


def _another_word_here(
    original: str,
    occurrence: tuple[int, str],
    values: dict[str, Detection],
    name_starts: set[int],
) -> bool:
    """Whether a repeat of a one-word name is another word here: a kin word the name spells,
    as the cue right before a name found (``name_starts``: "anh nguyen anh den", "bao anh
    anh": the first "anh" is the cue), or, in lower case, half of an everyday word with its
    neighbour ("hung vi": hùng vĩ) or a word of a public figure's name, as streets and
    schools bear them ("c hoa oi ... pho hoang hoa tham": Hoàng Hoa Thám, no Hoa), or the same
    word right after the name found ("chị mai mai lên": the word it spells)."""
    pos, value = occurrence
    if values[value].entity is not EntityType.PERSON or " " in value:
        return False
    end = pos + len(value)
    if original[end : end + 1] == " " and end + 1 in name_starts and fold_word(value) in _KIN_WORDS:
        return True
    if not value.islower():
        return False
    source = values[value]
    if (
        original[source.end : pos] == " "
        and original[source.start : source.end] == value
        and fold_word(value) not in _SAYING_VERBS
    ):
        return True  # "chị mai mai lên xã", "anh sơn sơn nhà": the word the name spells, said
        # right after it ("mai": tomorrow; "sơn": to paint), no second mention ("a bao bao
        # gui": anh bảo Bảo gửi, the verb first and the name after it, both redacted)
    if _plain_reference_alone(original, pos, value, source):
        return True
    if _predicate_slot(original, pos) or _time_of_day(original, pos, end, value):
        return True
    if _word_slot(original, pos, end, value) or _time_unit_slot(original, pos, end, value):
        return True
    # an everyday word made with a neighbour ("phong canh hung vi": hùng vĩ, not Hùng)
    nxt = _WORD_AFTER.match(original, end)
    prev = _WORD_BEFORE.search(original, max(0, pos - 12), pos)
    if (nxt is not None and everyday_pair(value, nxt.group(1), places=False)) or (
        prev is not None and everyday_pair(prev.group(1), value, places=False)
    ):
        return True
    if nxt is not None and f"{value} {nxt.group(1)}".lower() in _REPEAT_NOUNS:
        return True
    return _in_public_figure(original, pos, end)


#: given names that are everyday words in a slot of their own, folded name -> (what follows,
#: what precedes) as folded patterns: "thu" before a weekday's number or word ("thu 2", "thứ
#: hai": Monday), "thanh" after a verb of turning into ("viết lại thành biên bản", "chuyển
#: thành", "trở thành"), "son" before what is painted or after a thing newly painted ("son
#: nha": to paint the house, "nha moi son"); a repeat there is the word, not the person
_WORD_SLOTS: dict[str, tuple[re.Pattern[str] | None, re.Pattern[str] | None]] = {
    "thu": (re.compile(r" (?:[2-7]|hai|ba|tu|nam|sau|bay)(?![\w])"), None),
    "thanh": (
        None,
        re.compile(
            r"(?<![\w])(?:(?:viet|sua|soan|chep|ghi|dich|ke|tom tat) lai|viet|chuyen|bien"
            r"|dich|tro|chia|tach|gop|ghep|hoa|lam tron|doi ra) $"
        ),
    ),
    "son": (
        re.compile(r" (?:nha|tuong|cua|xe|lai tuong|lai nha|lai cua)(?![\w])"),
        re.compile(r"(?<![\w])(?:nha|tuong|cua|xe) (?:moi|vua|da|dang) $"),
    ),
}


def _word_slot(original: str, pos: int, end: int, value: str) -> bool:
    """Whether a lower-case repeat of a one-word given name stands in a slot where it is the
    everyday word it spells (``_WORD_SLOTS``)."""
    slots = _WORD_SLOTS.get(fold_word(value))
    if slots is None:
        return False
    after, before = slots
    return (after is not None and after.match(fold_word(original[end : end + 12])) is not None) or (
        before is not None
        and before.search(fold_word(original[max(0, pos - 24) : pos])) is not None
    )


#: given names that spell a unit of time typed plain, folded: "tuan" (tuần, a week; Tuấn),
#: "nam" (năm, a year; Nam), "thang" (tháng, a month; Thắng)
_TIME_UNITS = frozenset({"tuan", "nam", "thang"})
#: what makes such a word the unit of time: after it a time's word ("tuan sau", "nam nay",
#: "thang truoc"), a month's number after "thang" ("thang 3")
_TIME_AFTER = re.compile(r" (?:sau|truoc|nay|toi|roi|qua|ngoai|kia|nua)(?![\w])")
_MONTH_NUMBER_AFTER = re.compile(r" (?:[1-9]|1[0-2])(?![\w/.])")
#: before it a count, a quantifier or a part of the period ("2 tuan", "moi tuan", "cuoi nam",
#: "hang thang", "trong tuan"), folded
_TIME_BEFORE = re.compile(
    r"(?<![\w])(?:\d{1,3}|mot|hai|bon|nam|bay|tam|chin|muoi|vai|may|moi|cuoi|dau|giua|hang"
    r"|trong|nua|cac|nhung|ca) $"
)


def _time_unit_slot(original: str, pos: int, end: int, value: str) -> bool:
    """Whether a repeat of a one-word given name typed plain is the unit of time it spells
    (``_TIME_UNITS``): "dc tuan dia chinh ... dat tuan sau" (the week after), "2 tuan", "nam
    nay", "thang 3"; not after a cue, where the name is said again ("anh tuan sau do gui":
    anh Tuấn, then)."""
    word = fold_word(value)
    if word not in _TIME_UNITS or not value.isascii():
        return False
    after = fold_word(original[end : end + 10])
    if word == "thang" and _MONTH_NUMBER_AFTER.match(after) is not None:
        return True  # "bao thang 3 nop": a month, whatever stands before it
    prev = _WORD_BEFORE.search(original, max(0, pos - 12), pos)
    if prev is not None and fold_word(prev.group(1)) in _REFERENCE_CUE_ENDS:
        return False
    before = fold_word(original[max(0, pos - 12) : pos])
    return _TIME_AFTER.match(after) is not None or _TIME_BEFORE.search(before) is not None


#: nouns a given name spells with the word after it that a repeat of the name is not, though
#: a full name may end so ("hóa đơn" an invoice, "hồng trà" black tea: "hoa don dien nha hoa
#: ..., sdt hoa la ..."; "nguyễn thị hồng trà" is a name, so not ``everyday_pairs.txt``),
#: as written and typed plain
_REPEAT_NOUNS = frozenset(
    {"hóa đơn", "hoá đơn", "hoa don", "hồng trà", "hong tra", "hưng thịnh", "hung thinh"}
)


#: words after which only a verb or an adjective stands, never a person: negation, degree,
#: tense and "when" ("sếp không vui": glad, "bao gio son lai": to paint), as typed with their
#: diacritics, and their plain spellings where no name's word shares them ("dang": Đặng; "da":
#: Đà; "van": văn; "dung": Dũng; "hoi": hỏi, to ask someone)
_PREDICATE_ONLY = frozenset(
    {"không", "chẳng", "chả", "chưa", "rất", "sẽ", "đang", "đã", "vẫn", "hơi", "quá", "đừng"}
    | {"bao giờ", "khi nào", "lúc nào"}
    | {"khong", "ko", "k", "chang", "chua", "rat", "se"}
    | {"bao gio", "khi nao", "luc nao"}
)
#: one or two words right before a position, single spaces
_ONE_OR_TWO_BEFORE = re.compile(r"(?:([^\W\d_]+) )?([^\W\d_]+) $")


def _predicate_slot(original: str, pos: int) -> bool:
    """Whether a lower-case repeat of a one-word given name stands right after a word that
    only a verb or an adjective follows (``_PREDICATE_ONLY``): "vui văn thư: sếp không vui",
    "anh son oi bao gio son lai tuong", or after a verb of trade (the goods: "bà hoa bán
    hoa"): the everyday word the name spells, no mention."""
    m = _ONE_OR_TWO_BEFORE.search(original, max(0, pos - 24), pos)
    if m is None:
        return False
    last = m.group(2).lower()
    pair = f"{m.group(1).lower()} {last}" if m.group(1) else ""
    if last in _PLAIN_TENSES and _plain_word_at(original, pos):
        # "chu son dang son nha", "c lan da lan gach": "đang" / "đã" typed plain, then the
        # verb the name spells; after a cue they are the surname ("anh dang son": Đặng Sơn)
        return m.group(1) is None or fold_word(m.group(1)) not in _REFERENCE_CUE_ENDS
    return last in _PREDICATE_ONLY or pair in _PREDICATE_ONLY or last in _GOODS_BEFORE


#: "đang" (-ing) and "đã" (did) typed plain: a surname too ("Đặng", "Đà"), so a verb's mark
#: only where no cue stands before them
_PLAIN_TENSES = frozenset({"dang", "da"})


def _plain_word_at(original: str, pos: int) -> bool:
    """Whether the lower-case word at ``pos`` is typed without diacritics (ASCII letters)."""
    end = pos
    while end < len(original) and original[end].isalpha():
        end += 1
    return original[pos:end].isascii() and original[pos:end].islower()


#: verbs of trade after which a given name that is a noun is the goods ("bà hoa bán hoa":
#: flowers; "mua mai": apricot blossom)
_GOODS_BEFORE = frozenset({"bán", "mua", "ban"})


#: "mai" (tomorrow) read as a time: after a part of the day ("sáng mai", "chieu mai"), or
#: before a person who acts then ("mai chị gửi", "mai e qua") or a clock time within two words
#: ("mai hop luc 8h"), lower case
_DAY_PARTS = frozenset(
    {"sáng", "chiều", "tối", "trưa", "ngày", "sang", "chieu", "toi", "trua", "ngay"}
)
_ACTOR_OR_CLOCK_AFTER = re.compile(
    r" (?:(?:anh|chị|em|mình|tôi|tui|tao|bọn|chúng|cả|chi|minh|toi|bon|chung|ca|[ace])(?![\w'’-])"
    r"|(?:[^\W\d_]+ ){0,2}(?:lúc |luc )?\d{1,2}(?:h|g|:\d\d| giờ| gio)(?![^\W\d_]))"
)


def _time_of_day(original: str, pos: int, end: int, value: str) -> bool:
    """Whether a lower-case repeat of the given name "mai" is the word for tomorrow here."""
    if value not in ("mai", "mốt"):
        return False
    prev = _WORD_BEFORE.search(original, max(0, pos - 12), pos)
    if prev is not None and prev.group(1).lower() in _DAY_PARTS:
        return True
    return _ACTOR_OR_CLOCK_AFTER.match(original, end) is not None


#: the cue words a short reference stands after, folded ("ong", "ba", "chi", "dong chi"...):
#: their last word
_REFERENCE_CUE_ENDS = frozenset(
    c.rsplit(" ", 1)[-1] for c in REFERENCE_CUES if c != "gia dinh"
) | frozenset(
    # and verbs whose object is a person ("a bao bao gui": anh bảo Bảo gửi; "goi", "hoi")
    {"bao", "goi", "hoi"}
)


#: given names that are verbs whose object is a person, folded: said twice, the first is
#: the verb and the second the name ("a bao bao gui": anh bảo Bảo gửi)
_SAYING_VERBS = frozenset({"bao", "goi", "hoi", "dinh"})


def _plain_reference_alone(original: str, pos: int, value: str, source: Detection) -> bool:
    """Whether a repeat of a given name found as a lower-case short reference typed without
    diacritics ("ong luc" after "tran huu luc") stands with no cue word right before it: typed
    plain, the word alone is the everyday word it spells as often as the name ("vao luc 14
    gio": lúc, "hien trang": hiện, "sau": sáu or sau), so only a cue carries the name on
    ("ong luc", "ba hien"); spelled with diacritics it is the name ("Lực" is no "lúc")."""
    if source.pattern != "person.short_reference" or not value.isascii():
        return False
    prev = _WORD_BEFORE.search(original, max(0, pos - 12), pos)
    return prev is None or fold_word(prev.group(1)) not in _REFERENCE_CUE_ENDS


#: up to three words right before / after a position, single spaces
_WORDS_BEFORE = re.compile(r"(?:(?:([^\W\d_]+) )?([^\W\d_]+) )?([^\W\d_]+) $")
_WORDS_AFTER = re.compile(r" ([^\W\d_]+)(?: ([^\W\d_]+)(?: ([^\W\d_]+))?)?")


def _in_public_figure(original: str, pos: int, end: int) -> bool:
    """Whether the word at ``pos:end`` is a word of a public figure's name of two to four
    words with its neighbours ("hoang hoa tham", "ngo quyen"), folded."""
    before = _WORDS_BEFORE.search(original, max(0, pos - 40), pos)
    after = _WORDS_AFTER.match(original, end)
    left = [fold_word(w) for w in (before.groups() if before else ()) if w]
    right = [fold_word(w) for w in (after.groups() if after else ()) if w]
    words = [*left, fold_word(original[pos:end]), *right]
    me = len(left)
    figures = public_figures()
    for size in (2, 3, 4):
        for i in range(max(0, me - size + 1), min(me, len(words) - size) + 1):
            if " ".join(words[i : i + size]) in figures:
                return True
    return False


_WORD_AFTER = re.compile(r" ([^\W\d_]+)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+) $")


def _capitalised_word_ends(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` starts with a capital letter."""
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return start < end and text[start].isupper()


def _propagate(
    located: _Located,
    to_redact: _Located,
    values: dict[str, Detection],
    found: list[tuple[int, str]],
) -> _Located:
    """Redact every occurrence of a detected value, not only the occurrences a detector saw.

    Once "0912345678" is known to be this prompt's phone number, the same digits glued into
    "a0912345678b" or repeated without a cue are the same personal data. ``found`` holds every
    occurrence of the values outside the redacted findings (:func:`_unredacted_view`,
    :func:`ai_guard.prompt.repeats.occurrences`); ``located`` is sorted and non-overlapping;
    ``to_redact`` are those of its findings the policy does not allow. Longer values claim
    their occurrences first; an allowed finding gives way to a redacted value found inside it.
    """
    if not found:
        return located
    starts = [d.start for d in to_redact]
    ends = [d.end for d in to_redact]
    repeats: _Located = []
    # longest first, then by position: two stable sorts keyed by small ints and the
    # occurrences' own offsets (a key tuple for each occurrence was ~70 bytes held at once,
    # with the sorted list, the peak of a megabyte's CSV of citizens)
    claiming = sorted(found, key=_OCCURRENCE_AT)
    claiming.sort(key=_occurrence_length, reverse=True)
    made: dict[int, str] = {}
    for pos, value in claiming:
        end = pos + len(value)
        i = bisect.bisect_left(starts, end)
        if (i > 0 and ends[i - 1] > pos) or (i < len(starts) and starts[i] < end):
            continue
        starts.insert(i, pos)
        ends.insert(i, end)
        src = values[value]
        pattern = made.get(id(src))
        if pattern is None:  # (one pattern's string for each source's repeats)
            pattern = made[id(src)] = f"{src.pattern}.repeat" if src.pattern else "repeat"
        repeats.append(replace(src, start=pos, end=end, pattern=pattern))
    del claiming, made, starts, ends
    if not repeats:
        return located
    repeats.sort(key=_START)
    rep_starts = array("q", [d.start for d in repeats])
    rep_ends = array("q", [d.end for d in repeats])
    # ``to_redact`` is a part of ``located`` in its order: walked beside it (a set of the
    # ids of every finding to redact was ~70 bytes a finding)
    kept: _Located = []
    j = 0
    for r in located:
        if j < len(to_redact) and to_redact[j] is r:
            j += 1
            kept.append(r)
        elif not _overlaps(rep_starts, rep_ends, r.start, r.end):
            kept.append(r)
    del rep_starts, rep_ends
    kept.extend(repeats)
    kept.sort(key=_START)
    return kept


_OCCURRENCE_AT = itemgetter(0)


def _occurrence_length(occurrence: tuple[int, str]) -> int:
    return len(occurrence[1])


def _overlaps(starts: Sequence[int], ends: Sequence[int], start: int, end: int) -> bool:
    """Does [start, end) overlap one of the sorted, non-overlapping spans?"""
    i = bisect.bisect_left(starts, end)
    return i > 0 and ends[i - 1] > start


def _left_behind(found: list[tuple[int, str]], spans: Sequence[tuple[int, int, str]]) -> bool:
    """The final invariant: does an occurrence of a redacted value touch no redacted span, so
    that it would be sent as it is? (A redacted span that overlaps an occurrence breaks it.)
    Spans held as columns are read through their arrays: two lists of their offsets as int
    objects were 4.3x the text of a CSV of citizens, the peak once the findings were made."""
    if not found:
        return False
    if isinstance(spans, SpanColumns):
        starts, ends = spans.offsets()
        return any(not _overlaps(starts, ends, pos, pos + len(v)) for pos, v in found)
    listed = ([s for s, _, _ in spans], [e for _, e, _ in spans])
    return any(not _overlaps(*listed, pos, pos + len(v)) for pos, v in found)


#: what detections of one detector share in :class:`HeldDetections`: entity, detector,
#: pattern, base score, validation, score, cue
_Shape = tuple[EntityType, str, str, float, Validation, float, str | None]
#: the text length from which :class:`HeldDetections` holds its offsets in 8 bytes
_WIDE_OFFSETS = 1 << 31


class HeldDetections:
    """Detections held as columns while the detectors read a large text, each rebuilt as it
    is read (in the order added): a Detection and its two offsets as int objects were ~160
    bytes each, held through every later detector (the numeric families' and the person
    detector's caches beside them: 4.6x the text of a CSV of citizens). Here a detection is
    its two offsets (4 bytes each in a text under 2**31 characters) and one index into the
    list of what it shares with others (entity, detector, pattern, base score, validation,
    score and cue: a detector gives a few scores and cues to thousands of detections): a
    list of the scores and one of the cues were 0.74x a CSV of citizens, 8-byte offsets
    0.36x more."""

    __slots__ = ("_ends", "_kinds", "_shape_of", "_shapes", "_starts")

    def __init__(self, size: int = _WIDE_OFFSETS) -> None:
        # ``size``: the text's length (its offsets' bound)
        code = "i" if size < _WIDE_OFFSETS else "q"
        self._starts = array(code)
        self._ends = array(code)
        self._kinds = array("i")
        self._shapes: list[_Shape] = []
        self._shape_of: dict[_Shape, int] = {}

    def append(self, d: Detection) -> None:
        shape = (d.entity, d.detector, d.pattern, d.base_score, d.validation, d.score, d.context)
        kind = self._shape_of.get(shape)
        if kind is None:
            kind = self._shape_of[shape] = len(self._shapes)
            self._shapes.append(shape)
        self._starts.append(d.start)
        self._ends.append(d.end)
        self._kinds.append(kind)

    def extend(self, found: Iterable[Detection]) -> None:
        for d in found:
            self.append(d)

    def __len__(self) -> int:
        return len(self._starts)

    def __iter__(self) -> Iterator[Detection]:
        shapes = self._shapes
        for start, end, kind in zip(self._starts, self._ends, self._kinds, strict=True):
            entity, detector, pattern, base_score, validation, score, context = shapes[kind]
            yield Detection(
                entity, start, end, score, detector, pattern, base_score, validation, context
            )


def _run(
    detectors: _Gated,
    doc: Document,
    found: list[Detection] | HeldDetections,
    errors: list[Detection],
) -> None:
    """Every detector on ``doc`` but those whose declared gate says no (:func:`_gate_of`); a
    detector that fails adds a ``DETECTOR_ERROR`` (fail closed: a broken detector blocks the
    prompt)."""
    text = doc.text
    size = len(text)
    large = size > _RELEASE_BETWEEN
    for det, needs in detectors:
        if needs is not None:
            for need in needs:  # (a loop: no generator frame for each gated detector)
                if need in text:
                    break
            else:
                continue
        if large and getattr(det, "id", None) == _WORDS_DETECTOR:
            # every numeric family has run: their number tokens, memos and cue windows (the
            # larger part of a table's memory) are not held while the names are read
            _release(doc)
        try:
            out = list(det.detect(doc))
            if out:  # most detectors find nothing in most prompts
                found.extend(_checked(det, out, size))
        except Exception as exc:
            errors.append(
                Detection(
                    EntityType.DETECTOR_ERROR,
                    0,
                    0,
                    1.0,
                    getattr(det, "id", type(det).__name__),
                    pattern=type(exc).__name__,
                )
            )
    if found and _runs_dob(detectors):
        # birth years right after the names found ("Hầu A Tủa (2009)"): read over the person
        # detector's findings, so a name its words do not spell still carries its year
        try:
            found.extend(list(years_after_names(doc, found)))
        except Exception as exc:  # fail closed, as for a detector
            errors.append(
                Detection(EntityType.DETECTOR_ERROR, 0, 0, 1.0, DOB_DETECTOR, type(exc).__name__)
            )


def _runs_dob(detectors: _Gated) -> bool:
    """Whether the date-of-birth detector is among ``detectors`` (then its years after names
    are read once every detector has run; asked only when something was found, not on each
    detector of every prompt)."""
    for det, _ in detectors:  # (a loop: no generator frame)  # noqa: SIM110
        if getattr(det, "id", None) == DOB_DETECTOR:
            return True
    return False


#: the first detector after the numeric families (which run first and alone read the
#: number tokens and their memos), and the text's length past which their caches are
#: forgotten before it runs: what the detectors after it share (cue windows) is computed
#: again, a cost a prompt need not pay
_WORDS_DETECTOR = "vn.person"

#: the number of findings from which a check holds them as columns (:class:`FindingColumns`)
#: until they are read: a finding built is ~330 bytes, the size of 15 characters of a dense
#: table's text; a prompt's few findings are built at once
COLUMNS_FROM = 256
_RELEASE_BETWEEN = 1 << 16


def _release(doc: Document, missed: dict[Any, int] | None = None) -> None:
    """Forget ``doc``'s caches (:meth:`Document.release`); past :data:`_RELEASE_BETWEEN`
    characters, with a full collection after: what the caches held is then given back at
    once, and so are CPython's free lists (the tuples, lists and dicts a table's thousands of
    numbers and names left there, emptied only by a full collection: ~1.4x the text of a
    citizens table, held through the next phase). ~40 ms, against seconds of detection.
    ``missed`` (:func:`word_caches.misses` before the detectors read a large text): the
    process-wide caches of words the text churned through are let go too
    (:func:`word_caches.let_go_churned`: ~10x a megabyte's CSV of citizens, every name a
    new run, held to the end of its check)."""
    doc.release()
    if missed is not None:
        word_caches.let_go_churned(missed)
    if len(doc.text) > _RELEASE_BETWEEN:
        gc.collect()


#: functions imported on first use (keeps ``import ai_guard`` fast) and kept: an import
#: statement in a function costs ~2 us on every call, and check_prompt makes two
_UNTYPED: Callable[[Document], Unveiled | None] | None = None
_STRETCHED: Callable[[Document], Unveiled | None] | None = None
_DISGUISED: Callable[[str, str], Disguised | None] | None = None
_LEGACY: tuple[Callable[[str], bool], Callable[[str], RepairedText | None]] | None = None


#: what the reading of typing leftovers finds in unchanged words counts only for these when
#: a word of it changed: a name or an address is words, an identifier is no typed word
_WORDS = frozenset({EntityType.PERSON, EntityType.ADDRESS, EntityType.DENY_TERM})
#: the reading of a chat's stretched words (:mod:`ai_guard.text.stretched`)
STRETCHED_READING = "ai_guard.stretched"
#: the reading of values hidden by an encoding or leetspeak (:mod:`ai_guard.text.disguises`)
DISGUISE_READING = "ai_guard.disguises"
#: what a leetspeak word read as letters may be found as: words, never an identifier's digits
_LEET_KEPT = frozenset({EntityType.PERSON, EntityType.STATE_SECRET_MARK, EntityType.INTERNAL_MARK})
#: what a number's look-alike letters read as digits may be found as: the families with
#: letters in their numbers; a number of digits alone with look-alikes is the numeric
#: detectors' own reading, under its family's cue ("Mã 0O1O85O12345 trong kho" is no CCCD)
_LOOK_ALIKE_KEPT = frozenset({EntityType.CASE_NUMBER, EntityType.PASSPORT})


class _Reading(Protocol):
    """A second reading of a document: its text (and a map back to the document's)."""

    @property
    def text(self) -> str: ...


_R = TypeVar("_R", bound=_Reading)

#: the reading's length from which the detectors read only its windows around the places
#: it changed (:func:`ai_guard.text.windows.windows`), not the whole reading again
WINDOWS_FROM = 1 << 12


def _read_again(
    doc: Document,
    detectors: _Gated,
    found: list[Detection] | HeldDetections,
    errors: list[Detection],
    read: Callable[[Document], _R | None],
    label: str,
    keep: Callable[[EntityType, tuple[int, int], str, Document, _R], tuple[int, int] | None],
) -> bool:
    """Every detector again on a second reading of ``doc`` (``read``: typing leftovers
    untyped, stretched words typed once, disguises undone; ``None`` when it has nothing to
    read otherwise): what one finds counts over the span of ``doc`` that ``keep``, the
    reading's rule, gives it (``None``: not kept), from its entity, its span of the reading's
    text and the text the detector read there. Past :data:`WINDOWS_FROM` characters the detectors
    read only the reading's windows around its sites (:func:`_windows_of`): one decoded
    e-mail name in a megabyte's CSV made them read a second megabyte. A failure of the
    reading blocks, as a detector's does: a ``DETECTOR_ERROR`` under ``label``. Returns
    whether the detectors read a second document."""
    try:
        reading = read(doc)
        cut = _windows_of(reading, doc) if reading is not None else None
    except Exception as exc:  # fail closed, as for a detector
        errors.append(Detection(EntityType.DETECTOR_ERROR, 0, 0, 1.0, label, type(exc).__name__))
        return False
    if reading is None:
        return False
    alt = Document(reading.text if cut is None else cut.text)
    again: list[Detection] = []
    _run(detectors, alt, again, errors)
    for d in again:
        at = alt.span_to_original(d.start, d.end)
        if cut is not None:
            at = cut.span(*at)
        span = keep(d.entity, at, alt.text[d.start : d.end], doc, reading)
        if span is not None:
            found.append(replace(d, start=span[0], end=span[1]))
    return True


def _windows_of(reading: _Reading, doc: Document) -> Windows | None:
    """The windows of a long ``reading`` of ``doc`` around the places it changed (a typing
    or stretched reading's: :func:`changed_places`; the disguises': its sites); ``None`` for
    a short one, or when they would hold half of it."""
    text = reading.text
    if len(text) < WINDOWS_FROM:
        return None
    if isinstance(reading, Unveiled):
        return windows(text, ((at, at + 1) for at in changed_places(reading, doc.text)))
    sites = cast("Disguised", reading).sites
    return windows(text, ((site.alt_start, site.alt_end) for site in sites))


def _untyped_reading(doc: Document) -> Unveiled | None:
    """``doc`` typed as meant where it was typed with the input method off
    (:mod:`ai_guard.text.typing`: "Nguyeenx Vawn Hungf")."""
    global _UNTYPED
    if _UNTYPED is None:
        from ai_guard.text.typing import untyped

        _UNTYPED = untyped
    return _UNTYPED(doc)


def _typing_kept(
    entity: EntityType, at: tuple[int, int], seen: str, doc: Document, reading: Unveiled
) -> tuple[int, int] | None:
    """The typing reading's rule: what is found counts where a word changed, and an
    identifier whose cue changed ("Hooj chieeus soos: B1234567") where it stands."""
    s, e = reading.span(*at)
    if entity not in _WORDS or seen != doc.text[s:e]:
        return s, e
    return None


def _stretched_reading(doc: Document) -> Unveiled | None:
    """``doc`` with its stretched words ("phuungg thi hoaa", "dươngg") typed as meant, when it
    has any outside a chat's particles (:mod:`ai_guard.text.stretched`)."""
    global _STRETCHED
    if _STRETCHED is None:
        from ai_guard.text.stretched import stretched

        _STRETCHED = stretched
    return _STRETCHED(doc)


def _stretched_kept(
    entity: EntityType, at: tuple[int, int], seen: str, doc: Document, reading: Unveiled
) -> tuple[int, int] | None:
    """The stretched reading's rule: a name or an address found over a word that changed
    counts, covering the words as typed."""
    s, e = reading.span(*at)
    if entity in _WORDS and seen != doc.text[s:e]:
        return s, e
    return None


def _disguised_reading(doc: Document) -> Disguised | None:
    """``doc`` with its encoded runs decoded and its leetspeak words read
    (:mod:`ai_guard.text.disguises`), when it has any."""
    global _DISGUISED
    if _DISGUISED is None:
        from ai_guard.text.disguises import read_disguises

        _DISGUISED = read_disguises
    return _DISGUISED(doc.text, doc.folded)


def _disguise_kept(
    entity: EntityType, at: tuple[int, int], seen: str, doc: Document, reading: Disguised
) -> tuple[int, int] | None:
    """The disguises reading's rule: what is found over a decoded run covers the run as typed
    (any entity: a model decodes it when asked), over a leetspeak word a name or a mark, over
    a number's look-alike letters read as digits a case number or a passport
    (:data:`_LOOK_ALIKE_KEPT`); an identifier found elsewhere counts where it stands (its cue
    may have been disguised)."""
    s, e, site = reading.span(*at)
    if site is not None:
        if site.decoded or entity in (_LOOK_ALIKE_KEPT if site.digits else _LEET_KEPT):
            return s, e
    elif entity not in _WORDS:
        # an identifier whose cue was disguised ("Ho^. chie^'u so^': B1234567" in VIQR), as
        # the typing reading keeps it; words untouched by a disguise were the first pass's
        return s, e
    return None


def detect(
    text: str, *, policy: Policy | None = None, document: Document | None = None
) -> tuple[Document, list[Detection]]:
    """Run every active detector; return the document and the resolved detections.

    Detector failures come back as ``DETECTOR_ERROR`` detections (fail closed). ``document``
    lets a caller that already built the :class:`Document` of ``text`` share its views.
    """
    policy = policy or _default_policy()
    if isinstance(text, str):
        policy.waivers  # noqa: B018 - refuses a policy that weakens secret protection unacknowledged
    return _detect(text, policy, document)


def _detect(
    text: str, policy: Policy, document: Document | None
) -> tuple[Document, list[Detection]]:
    """:func:`detect` for a policy whose waivers were already asked (check_prompt)."""
    if not isinstance(text, str):
        if isinstance(text, os.PathLike):
            raise TypeError(i18n.path_given_to_check_prompt(text))
        raise TypeError(i18n.type_error("check_prompt()", "str", text))
    doc = document if document is not None and document.original is text else Document(text)
    detectors, failures = _active(policy)
    # (a large text's detections as columns until every detector has run and their caches
    # are forgotten)
    found: list[Detection] | HeldDetections = (
        HeldDetections(len(doc.text)) if len(doc.text) > _RELEASE_BETWEEN else []
    )
    errors: list[Detection] = []
    for name, err in failures:
        errors.append(Detection(EntityType.DETECTOR_ERROR, 0, 0, 1.0, name, pattern=err))
    # (a large text's misses in the caches of words, to let go of those it churned through)
    missed = word_caches.misses() if len(doc.text) > _RELEASE_BETWEEN else None
    _run(detectors, doc, found, errors)
    # the detectors' caches (number tokens, cue windows, word views ...) are not needed by the
    # typing reading nor while the findings are built: forgotten before the reading, so that a
    # second document's caches (a text typed with the input method off) are not held with them
    _release(doc, missed)
    if missed is not None:  # (the typing and disguises readings' own misses from here)
        missed = word_caches.misses()
    # Vietnamese typed with the input method off ("Nguyeenx Vawn Hungf"), a chat's stretched
    # words ("phuungg thi hoaa"), values disguised: every detector reads each such reading
    # again, as it was meant, and the reading's rule keeps what it finds
    typed = _read_again(
        doc, detectors, found, errors, _untyped_reading, TYPING_READING, _typing_kept
    )
    stretched = _read_again(
        doc, detectors, found, errors, _stretched_reading, STRETCHED_READING, _stretched_kept
    )
    disguised = _read_again(
        doc, detectors, found, errors, _disguised_reading, DISGUISE_READING, _disguise_kept
    )
    if typed or stretched or disguised:
        # the typing reading's own (and, with ``alt``, the second document's)
        _release(doc, missed)
    else:
        # no second document was read: the caches the readings left (and the word caches
        # they churned) are forgotten, and the full collection (~10-25 ms on any large text, a
        # tenth of prose's megabyte with the other two) is not made again for what two scans
        # left since the last one
        doc.release()
        if missed is not None:
            word_caches.let_go_churned(missed)
    found.extend(_deny_detections(doc, policy))
    # a high min_score never drops state-secret marks or keys (the policy's floor for them)
    floor = min(policy.min_score, SECRET_MIN_SCORE)
    kept = [d for d in found if d.score >= (floor if d.entity in _SECRETS else policy.min_score)]
    del found  # (a large text's columns: not held beside the detections built from them)
    # a name or an address a PDF hyphenated across a line break ("Duy-⏎ên"): one span
    kept = mend_hyphen_breaks(doc.text, kept)
    if policy.allow_values or policy.allow_patterns:
        # an allow-list never hides a secrecy mark or a key unless the policy acknowledges a
        # weaker protection: the samples checked when the policy is built cannot foresee every
        # key an entry may match ("sk-proj-ZZ..." or one real key)
        secrets_too = policy.acknowledge.weaker_secret_protection is not None
        kept = [
            d
            for d in kept
            if (d.entity in _SECRETS and not secrets_too)
            or not policy.allows(doc.text[d.start : d.end])
        ]
    resolved = _resolve(kept, doc.text)
    # (no copy of a large text's list of detections when no detector failed)
    return doc, errors + resolved if errors else resolved


def check_prompt(
    text: str, *, policy: Policy | None = None, document: Document | None = None
) -> PromptCheck:
    """Check a prompt before it goes to an LLM.

    Returns a :class:`~ai_guard.models.PromptCheck` whose ``decision`` is ``allow``,
    ``redact`` (send ``redacted_text`` instead) or ``block`` (send nothing). Offsets in the
    findings are offsets into ``text``. Raises ``TypeError`` if ``text`` is not a ``str`` (for
    a path, ``os.PathLike``, the message names classify_document / classify_file), and
    :class:`~ai_guard.errors.PolicyError` for a policy that weakens the protection of state
    secrets or keys without an acknowledgement (one built around validation); under an
    acknowledged one, ``policy_waivers`` on the result says what is weakened and on whose word.
    A ``str`` is always the prompt's text, even when it happens to be a file's path: it is what
    would be sent, so it is what is checked (the file is not read).
    ``document`` (optional) is the :class:`~ai_guard.text.Document` of ``text`` when the caller
    has already built it (classify_document does), so its folded views are computed once.
    """
    return _check(text, policy or _default_policy(), document, read_legacy=True)


def _check(
    text: str, policy: Policy, document: Document | None, *, read_legacy: bool
) -> PromptCheck:
    waivers = list(policy.waivers)  # raises PolicyError if one is not acknowledged
    doc, detections = _detect(text, policy, document)
    original = doc.original
    if not detections:  # (most prompts) no action, public role, repeat or placeholder to work out
        return _nothing_found(
            original, policy, waivers, read_legacy=read_legacy, nfc=doc.text is original
        )
    # what each finding will hold; the Finding objects are built once the text is redacted, so
    # that the two (the larger parts of the memory on dense text) are not held at once
    rows: list[_Row] = []
    spans: list[tuple[int, int, str]] = []
    decision = Decision.ALLOW
    # (a failure's row stands at the text's start)
    errors = [
        d if d.start == d.end == 0 else replace(d, start=0, end=0)
        for d in detections
        if d.entity is EntityType.DETECTOR_ERROR
    ]
    actions = policy.action_table()
    roles = _public_roles(doc, detections, policy, actions)
    # the detections with their offsets in the caller's text: themselves where the reading
    # kept the text (most prompts, and a large table: a tuple of the offsets and the detection
    # for each was 4x the text of a CSV of citizens, held through the repeat search)
    located = _located(doc, detections, roles) if errors or original is not doc.text else detections
    to_redact = [
        d for d in located if actions[d.entity] is not Decision.ALLOW and id(d) not in roles
    ]
    nfc = doc.text is original  # (the reading kept the text as it is: it is NFC)
    del doc  # its folded views are not held while the repeats are searched
    view = _unredacted_view(original, to_redact)
    values = _repeat_values(original, to_redact, view)
    failure: str | None = None
    found: list[tuple[int, str]] = []
    try:
        found = occurrences(view, values)
        del view
        if found:  # (the names' starts made only for the occurrences to judge, after the view)
            name_starts = {d.start for d in located if d.entity is EntityType.PERSON}
            found = [
                f
                for f in found
                if not _part_of_another_name(original, f, values)
                and not _inside_a_word(original, f, values)
                and not _another_word_here(original, f, values, name_starts)
            ]
            del name_starts
    except BudgetExceeded:
        failure = "repeat_budget"
    pending = errors + _propagate(located, to_redact, values, found)
    garbled = _garbled(located)
    # the views and lists the rows are not made from: not held beside the rows and the
    # placeholders (on a table, twice the text's size each)
    del detections, located, to_redact, values
    pending.reverse()  # taken in order from the end: each freed as its row is made
    # thousands of findings are held as columns, built into Finding objects when read
    large = len(pending) >= COLUMNS_FROM
    # (and their placeholders as spans of the text, each made when read: a dict of placeholder
    # and value strings was 9.9x a CSV of citizens, held from here on and by the result)
    holders = Placeholders(original, compact=large)
    vault = holders.compact
    columns = FindingColumns(len(original), vault) if large else None
    # (their spans as columns too: a tuple a span was a third of the peak's rise as the text
    # was redacted)
    span_columns = SpanColumns(vault) if large else None
    while pending:
        d = pending.pop()
        start, end = d.start, d.end
        action = actions[d.entity]
        pattern, context = d.pattern, d.context
        role = roles.get(id(d)) if roles else None
        if role is not None:  # a public figure or an official in their role: kept visible
            action, pattern, context = Decision.ALLOW, role.pattern, role.cue
        placeholder: str | None = None
        in_vault = -1  # (with columns) the placeholder's index in the vault
        if action is not Decision.ALLOW and end > start:
            if span_columns is None:
                placeholder = holders.get(_ENTITY_NAMES[d.entity], original[start:end])
                spans.append((start, end, placeholder))
            else:
                in_vault = holders.index(_ENTITY_NAMES[d.entity], start, end)
                span_columns.add_index(start, end, in_vault)
        if action.severity > decision.severity:
            decision = action
        if columns is None:
            rows.append((start, end, d, action, placeholder, pattern, context))
        else:
            columns.add(
                start,
                end,
                d.entity,
                d.score,
                d.detector,
                pattern,
                d.base_score,
                d.validation,
                context,
                action,
                in_vault,
            )
    holders.forget_values()  # (every placeholder is given)
    redacting: list[tuple[int, int, str]] | SpanColumns = spans
    if span_columns is not None:
        redacting = span_columns
    redacting.sort()
    if failure is None and _left_behind(found, redacting):
        failure = "value_left"
    if failure is None and garbled:
        # a stamp whose letters a legacy encoding garbled: the text is in that encoding. Its
        # converted reading is checked and the prompt blocked with that reading's findings
        # where they stand in the text as written; when the reading does not block (or cannot
        # be mapped), what else the text hides cannot be vouched for: blocked unread, with
        # how to convert it
        failure = "legacy_encoding"
        if read_legacy:
            mapped = _stamp_in_legacy(original, policy, waivers, nfc=nfc)
            if mapped is not None:
                return mapped
    if failure is None and read_legacy:
        legacy = _legacy_reading(original, policy, decision, redacting, nfc=nfc)
        if legacy is not None:
            # the encoding hid a value: redacted where it stands in the text as written when
            # every value maps back to it and nothing is left after; otherwise blocked
            mapped = _redacted_in_legacy(original, policy, waivers, *legacy)
            if mapped is not None:
                return mapped
            failure = "legacy_encoding"
    del found
    if failure is not None:
        # fail closed: nothing that may still hold a detected value is handed back
        held = columns.findings() if columns is not None else map(_finding, rows)
        findings = [_redaction_failure(failure), *held]
        return trusted_check(Decision.BLOCK, findings, "", policy.name, waivers)
    # a detector that failed may have missed a value: its text is not handed back either (the
    # rows of DETECTOR_ERROR are those of ``errors``: no other detection carries the entity)
    redacted = "" if errors else apply_redactions(original, redacting)
    del spans, redacting, span_columns
    return trusted_check(
        decision,
        _findings(rows) if columns is None else columns,
        redacted,
        policy.name,
        waivers,
        holders.vault,
    )


def _garbled(located: _Located) -> bool:
    """Whether a finding is a stamp whose letters a legacy encoding garbled (alone on its
    line, or a mark quoted inside a Unicode sentence: ``.garbled_mark``)."""
    for d in located:  # noqa: SIM110 - a loop: no generator frame on every prompt
        if d.pattern.endswith((".garbled_line", ".garbled_mark")):
            return True
    return False


def _visible(doc: Document, start: int, end: int) -> tuple[int, int]:
    """A finding's span in the caller's text with the invisible characters the reading took
    out trimmed off both ends ("0375\u200b501\u200b131\u200b nhưng": the tax code ends on its
    last digit); those inside stay in it."""
    original = doc.original
    if original is doc.text:
        return start, end
    while end > start and original[end - 1] in INVISIBLE:
        end -= 1
    while start < end and original[start] in INVISIBLE:
        start += 1
    return start, end


def _stamp_in_legacy(
    original: str, policy: Policy, waivers: list[PolicyWaiver], *, nfc: bool
) -> PromptCheck | None:
    """The block of a text whose stamp a legacy encoding garbled, with the findings of its
    converted reading mapped to the text as written (:func:`_redacted_in_legacy`); None when
    the converted reading does not block or its spans cannot be mapped."""
    if not nfc and not original.isascii() and not unicodedata.is_normalized("NFC", original):
        return None  # decomposed: the repair's offsets are not the caller's
    fixed = _legacy_functions()[1](original)
    if fixed is None or not fixed.segments:
        return None
    again = _check(fixed.text, policy, None, read_legacy=False)
    if again.decision is not Decision.BLOCK:
        return None
    return _redacted_in_legacy(original, policy, waivers, fixed, again)


def _legacy_functions() -> tuple[Callable[[str], bool], Callable[[str], RepairedText | None]]:
    """:func:`~ai_guard.text.encodings.legacy_signs` and
    :func:`~ai_guard.text.encodings.repair_text`, imported on first use."""
    global _LEGACY
    if _LEGACY is None:
        from ai_guard.text.encodings import legacy_signs, repair_text

        _LEGACY = legacy_signs, repair_text
    return _LEGACY


def _nothing_found(
    original: str, policy: Policy, waivers: list[PolicyWaiver], *, read_legacy: bool, nfc: bool
) -> PromptCheck:
    """:func:`_check` of a text in which no detector found anything (nor failed): allowed as
    it is, unless its reading in a legacy encoding reveals a value (:func:`_legacy_reading`:
    redacted where it stands when that can be mapped, blocked otherwise), as in :func:`_check`."""
    if read_legacy:
        legacy = _legacy_reading(original, policy, Decision.ALLOW, [], nfc=nfc)
        if legacy is not None:
            mapped = _redacted_in_legacy(original, policy, waivers, *legacy)
            if mapped is not None:
                return mapped
            failure = [_redaction_failure("legacy_encoding")]
            return trusted_check(Decision.BLOCK, failure, "", policy.name, waivers)
    return trusted_check(Decision.ALLOW, [], original, policy.name, waivers)


def _public_roles(
    doc: Document, detections: list[Detection], policy: Policy, actions: dict[EntityType, Decision]
) -> dict[int, PublicRole]:
    """The names the policy keeps visible as public-role data (historical figures, office
    holders named with their title in their role, the signer of a pasted document:
    :mod:`ai_guard.public_role`), by the id of their detection. Empty when
    ``official_names_are_public`` is off, and when the judgement fails (every name is then
    redacted: the safe side). A name whose role a private mark overrode ("Thứ trưởng Nguyễn
    Văn An, sinh năm 1970") stays redacted, its detection replaced in ``detections`` by one
    whose pattern (``public_role.private``) and context name the role and the mark."""
    if not policy.official_names_are_public or actions[EntityType.PERSON] is Decision.ALLOW:
        return {}
    persons = [d for d in detections if d.entity is EntityType.PERSON]
    names = [(d.start, d.end) for d in persons]
    out: dict[int, PublicRole] = {}
    try:
        layout = signature_layout(doc, names) if persons else None
        overridden: list[tuple[Detection, str]] = []
        for d in persons:
            role, mark = judge_public_role(
                doc, d.start, d.end, names=names, layout=layout, signature_only=True
            )
            if role is not None:
                out[id(d)] = role
            elif mark is not None:
                overridden.append((d, mark))
        if out and len(out) < len(persons):
            # the same official signing the pasted minutes they chaired: public there too,
            # or the signature's private finding would redact the name everywhere
            held = {doc.text[d.start : d.end]: out[id(d)] for d in persons if id(d) in out}
            for d in persons:
                if id(d) not in out:
                    role = signed_in_role(doc, d.start, d.end, held) or named_again_in_role(
                        doc, d.start, d.end, held
                    )
                    if role is not None:
                        out[id(d)] = role
        # a role a private mark overrode: the finding says which role and which mark
        # ("Thứ trưởng | sinh nam"), for its reason (i18n.prompt)
        at = {id(d): i for i, d in enumerate(detections)} if overridden else {}
        for d, mark in overridden:
            if id(d) not in out and id(d) in at:
                detections[at[id(d)]] = replace(d, pattern=PRIVATE_PATTERN, context=mark)
    except Exception:
        return {}
    return out


#: (start, end, detection, action, placeholder name or None, pattern, context): a finding
#: before it is built (a public role changes the pattern and the context of a name's)
_Row = tuple[int, int, Detection, Decision, str | None, str, str | None]


def _findings(rows: list[_Row]) -> list[Finding]:
    """The findings of ``rows``, each built in its row's place in the same list (the row is
    freed as its finding is made: both lists held at once were a table's peak memory)."""
    out = cast("list[Any]", rows)
    for i, row in enumerate(rows):
        out[i] = _finding(row)
    return cast("list[Finding]", out)


def _finding(row: _Row) -> Finding:
    start, end, d, action, placeholder, pattern, context = row
    # stored one by one into a dict sharing its keys with every finding's (a literal would
    # hold its own keys table: a third of each finding's memory)
    values = finding_values()
    values["entity"] = d.entity
    values["start"] = start
    values["end"] = end
    values["score"] = d.score
    values["detector"] = d.detector
    values["validated"] = d.validation is Validation.PASSED
    values["pattern"] = pattern
    values["base_score"] = d.base_score
    values["validation"] = d.validation
    values["context"] = context
    values["action"] = action
    values["placeholder"] = placeholder
    return finding_from_values(values)


#: converted words (runs, for UTF-8 mojibake) from which a text is taken to be written in a
#: legacy encoding, not to hold a stray pair of Latin-1 characters
_CONVINCING_REPAIR = 2


def _legacy_reading(
    text: str,
    policy: Policy,
    decision: Decision,
    spans: Sequence[tuple[int, int, str]],
    *,
    nfc: bool = False,
) -> tuple[RepairedText, PromptCheck] | None:
    """The repaired text and its check when ``text`` reads as TCVN3 / VNI / Windows-1258 /
    UTF-8 mojibake whose conversion (:func:`ai_guard.text.encodings.repair_text`) reveals a
    value the policy treats more severely, or one more value to redact than ``spans`` (what
    the text as written has redacted: a name hidden beside an ASCII CCCD); None otherwise. A
    stamp hidden by the encoding blocks; a name or an address is redacted in place when it
    can be (:func:`_redacted_in_legacy`)."""
    signs, repair = _legacy_functions()
    if decision is Decision.BLOCK:
        return None  # nothing is sent from a blocked prompt: no reading can make it worse
    # (``nfc``: the caller's Document kept the text as it is, which it does only for NFC)
    decomposed = not nfc and not text.isascii() and not unicodedata.is_normalized("NFC", text)
    if decomposed:
        # mojibake pasted decomposed ("Ã" as "A" and a combining tilde) reads in its composed
        # form only, whose offsets are not the caller's: what its repair reveals is not
        # mapped back, it blocks the prompt
        text = unicodedata.normalize("NFC", text)
    if not signs(text):
        return None
    fixed = repair(text)
    if fixed is None:
        return None
    if decomposed:
        fixed = replace(fixed, segments=())
    again = _check(fixed.text, policy, None, read_legacy=False)
    if again.decision.severity < decision.severity or again.decision is Decision.ALLOW:
        return None
    if again.decision is decision and not _more_to_redact(text, fixed, again, spans):
        return None
    if fixed.converted >= _CONVINCING_REPAIR:
        # a text in a legacy encoding: the conversion may have revealed a value or the cue
        # that names one ("Độ mật:" before an ASCII "TOI MAT"): not vouched for
        return fixed, again
    # one converted run is weak evidence (random text has such pairs): only a finding whose
    # value the encoding hid counts, not one whose neighbour changed
    hidden = any(
        f.action.severity >= max(decision.severity, Decision.REDACT.severity)
        and (f.end <= f.start or fixed.text[f.start : f.end] not in text)
        for f in again.findings
    )
    return (fixed, again) if hidden else None


def _more_to_redact(
    text: str, fixed: RepairedText, again: PromptCheck, spans: Sequence[tuple[int, int, str]]
) -> bool:
    """Whether the repaired reading redacts a value the text as written leaves visible: a
    finding of ``again`` not inside one of ``spans`` (mapped through the repair's segments;
    without them, one whose value is not among the spans' values)."""
    starts = [start for start, _, _ in spans]  # sorted, not overlapping
    mapping = _WrittenMap(fixed.segments) if fixed.segments else None
    values = {unicodedata.normalize("NFC", text[a:b]) for a, b, _ in spans}
    for f in again.findings:
        if f.action is Decision.ALLOW or f.end <= f.start:
            continue
        if mapping is not None:
            start, end = mapping.span(f.start, f.end)
            i = bisect.bisect_right(starts, start) - 1
            if i < 0 or end > spans[i][1]:
                return True
        elif unicodedata.normalize("NFC", fixed.text[f.start : f.end]) not in values:
            return True
    return False


def _redacted_in_legacy(
    text: str,
    policy: Policy,
    waivers: list[PolicyWaiver],
    fixed: RepairedText,
    again: PromptCheck,
) -> PromptCheck | None:
    """``text`` (mojibake) redacted where the check of its repaired reading (``again``)
    found values, each placeholder holding the text as written (restoring gives ``text``
    back); blocked, its findings mapped, when that check blocks; None (the prompt is then
    blocked unmapped) when a span cannot be mapped (the repair did not keep its segments, two
    spans meet in one word) or when the redacted text, repaired and checked again, still
    holds something to redact."""
    if again.decision is Decision.ALLOW or not fixed.segments:
        return None
    mapping = _WrittenMap(fixed.segments)
    holders = Placeholders(text)
    spans: list[tuple[int, int, str]] = []
    findings: list[Finding] = []
    for f in again.findings:
        if f.entity is EntityType.DETECTOR_ERROR:
            return None
        start, end = mapping.span(f.start, f.end)
        placeholder: str | None = None
        if f.action is not Decision.ALLOW and end > start:
            placeholder = holders.get(_ENTITY_NAMES[f.entity], text[start:end])
            spans.append((start, end, placeholder))
        findings.append(
            trusted_finding(
                entity=f.entity, start=start, end=end, score=f.score, detector=f.detector,
                validated=f.validated, pattern=f.pattern, base_score=f.base_score,
                validation=f.validation, context=f.context, action=f.action,
                placeholder=placeholder,
            )
        )  # fmt: skip
    if again.decision is Decision.BLOCK:
        # a stamp or a key the encoding hid: nothing is sent, the findings say where it stands
        return trusted_check(Decision.BLOCK, findings, "", policy.name, waivers)
    spans.sort()
    if any(a[1] > b[0] for a, b in pairwise(spans)):
        return None
    redacted = apply_redactions(text, spans)
    reread = _legacy_functions()[1](redacted)
    if _check(reread.text if reread else redacted, policy, None, read_legacy=False).decision in (
        Decision.REDACT,
        Decision.BLOCK,
    ):
        return None  # something is still there in one reading or the other
    as_written = _check(redacted, policy, None, read_legacy=False)
    if as_written.decision is not Decision.ALLOW and not _garbage_only(as_written, reread):
        return None
    return trusted_check(Decision.REDACT, findings, redacted, policy.name, waivers, holders.vault)


def _garbage_only(check: PromptCheck, reading: RepairedText | None) -> bool:
    """Whether what ``check`` (of a redacted mojibake text as written) would redact is
    garbage of the encoding: the text's converted reading (``reading``, already checked and
    clean) is sure of every word (none failed to read as a syllable), and each such finding
    spans a converted run, so the reading says what those letters are (``CôC THI HµNH`` is
    TCVN3 for ``CỤC THI HÀNH``: capitals to the detectors, no name). A finding that blocks,
    or one over text the reading leaves as it is, is no garbage."""
    if (
        reading is None
        or reading.failed
        or not reading.segments
        or check.decision is not (Decision.REDACT)
    ):
        return False
    starts = [w_start for w_start, _, _, _ in reading.segments]
    for f in check.findings:
        if f.action is Decision.ALLOW:
            continue
        # the last converted run that starts before the finding ends: does it reach into it?
        i = bisect.bisect_left(starts, f.end) - 1
        if i < 0 or reading.segments[i][1] <= f.start:
            return False
    return True


class _WrittenMap:
    """Spans of a repaired text as spans of the text as written (:attr:`RepairedText.segments`,
    sorted): a position inside a converted run takes the run's start (for a start) or end (for
    an end); one between runs moves by the difference in length of the runs before it. A
    look-up is a bisection: a long paste with many findings stays linear."""

    __slots__ = ("_segments", "_starts")

    def __init__(self, segments: tuple[tuple[int, int, int, int], ...]) -> None:
        self._segments = segments
        self._starts = [r_start for _, _, r_start, _ in segments]

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self._at(start, is_end=False), self._at(end, is_end=True)

    def _at(self, pos: int, *, is_end: bool) -> int:
        # the last run that starts before pos (at pos too, for a start)
        i = (bisect.bisect_left if is_end else bisect.bisect_right)(self._starts, pos) - 1
        if i < 0:
            return pos
        w_start, w_end, _, r_end = self._segments[i]
        if pos < r_end or (is_end and pos == r_end):
            return w_end if is_end else w_start
        return pos + w_end - r_end


def _redaction_failure(reason: str) -> Finding:
    """The finding that blocks a prompt whose redaction the engine cannot vouch for."""
    return trusted_finding(
        entity=EntityType.DETECTOR_ERROR,
        start=0,
        end=0,
        score=1.0,
        detector=REDACTION_CHECK,
        validated=False,
        pattern=reason,
        base_score=1.0,
        validation=Validation.NOT_APPLICABLE,
        context=None,
        action=Decision.BLOCK,
        placeholder=None,
    )
