"""``check_prompt``: run the detectors, resolve overlaps, apply the policy, redact, explain."""

from __future__ import annotations

import bisect
import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from ai_guard import messages
from ai_guard.detectors.base import Detection, Detector
from ai_guard.detectors.registry import builtin_detectors, load_plugins, registered
from ai_guard.models import Decision, EntityType, Finding, PromptCheck, Validation, trusted_finding
from ai_guard.policy import Policy
from ai_guard.redact import Placeholders, apply_redactions
from ai_guard.text import Document, fold_word

__all__ = ["check_prompt", "detect"]

#: How specific an entity is, for overlap resolution (higher wins on a tie).
_SPECIFICITY: dict[EntityType, int] = {
    EntityType.DETECTOR_ERROR: 20,
    EntityType.API_SECRET: 15,
    EntityType.STATE_SECRET_MARK: 15,
    EntityType.DENY_TERM: 14,
    EntityType.GOV_EMAIL: 12,
    EntityType.EMAIL: 11,
    EntityType.HEALTH_INSURANCE: 10,
    EntityType.CASE_NUMBER: 10,
    EntityType.LICENSE_PLATE: 9,
    EntityType.PASSPORT: 9,
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

_DEFAULT_POLICY: Policy | None = None


def _default_policy() -> Policy:
    global _DEFAULT_POLICY
    if _DEFAULT_POLICY is None:
        _DEFAULT_POLICY = Policy()
    return _DEFAULT_POLICY


def _active(policy: Policy) -> tuple[list[Detector], list[tuple[str, str]]]:
    detectors = [d for d in builtin_detectors() if d.id not in policy.disabled_detectors]
    failures: list[tuple[str, str]] = []
    if policy.load_plugins:
        plugins, broken = load_plugins()
        detectors.extend(d for d in plugins if d.id not in policy.disabled_detectors)
        failures.extend((f.name, f.error) for f in broken)
    detectors.extend(d for d in registered() if d.id not in policy.disabled_detectors)
    return detectors, failures


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


@lru_cache(maxsize=64)
def _allow_patterns(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in patterns)


_FORMATTING = re.compile(r"[\s.\-()]+")


@lru_cache(maxsize=64)
def _allow_set(values: frozenset[str]) -> frozenset[str]:
    """Allowed values as written and without formatting: "1900 1234" also allows
    "1900.1234" and "19001234"; names compare case-insensitively."""
    out: set[str] = set()
    for v in values:
        v = unicodedata.normalize("NFC", v).strip()
        out.update((v, v.casefold(), _FORMATTING.sub("", v).casefold()))
    return frozenset(out)


def _allowed_value(value: str, policy: Policy) -> bool:
    v = unicodedata.normalize("NFC", value).strip()
    allowed = _allow_set(policy.allow_values)
    if v in allowed or v.casefold() in allowed or _FORMATTING.sub("", v).casefold() in allowed:
        return True
    return any(p.fullmatch(v) for p in _allow_patterns(policy.allow_patterns))


def _resolve(detections: list[Detection]) -> list[Detection]:
    """Keep a set of non-overlapping detections: higher-scored, then validated, more specific
    and longer detections win; the result is sorted by start. (Scores already carry the
    validation outcome and the context, so the score speaks first.)"""
    ranked = sorted(
        detections,
        key=lambda d: (
            d.score,
            d.validation is Validation.PASSED,
            _SPECIFICITY.get(d.entity, 1),
            d.end - d.start,
            -d.start,
        ),
        reverse=True,
    )
    starts: list[int] = []
    ends: list[int] = []
    kept: list[Detection] = []
    for d in ranked:
        i = bisect.bisect_left(starts, d.end)
        if i > 0 and ends[i - 1] > d.start:
            continue
        if i < len(starts) and starts[i] < d.end:
            continue
        starts.insert(i, d.start)
        ends.insert(i, d.end)
        kept.insert(i, d)
    return kept


#: Propagation of detected values to their other occurrences is skipped when it would cost
#: more than this many character comparisons (len(text) x distinct values): prompts are
#: covered; multi-megabyte batch inputs rely on the detectors alone.
_PROPAGATION_BUDGET = 60_000_000


def _propagate(
    original: str, located: list[tuple[int, int, Detection]], policy: Policy
) -> list[tuple[int, int, Detection]]:
    """Redact every occurrence of a detected value, not only the occurrences a detector saw.

    Once "0912345678" is known to be this prompt's phone number, the same digits glued into
    "a0912345678b" or repeated without a cue are the same personal data. Works on the
    caller's original string and offsets; ``located`` is sorted and non-overlapping.
    """
    values: dict[str, Detection] = {}
    for start, end, d in located:
        if d.entity is EntityType.DETECTOR_ERROR or end - start < 3:
            continue
        if policy.action_for(d.entity) is Decision.ALLOW:
            continue
        values.setdefault(original[start:end], d)
    if not values or len(original) * len(values) > _PROPAGATION_BUDGET:
        return located
    starts = [s for s, _, _ in located]
    ends = [e for _, e, _ in located]
    out = list(located)
    for value, src in sorted(values.items(), key=lambda kv: -len(kv[0])):
        pos = original.find(value)
        while pos != -1:
            end = pos + len(value)
            i = bisect.bisect_left(starts, end)
            overlaps = (i > 0 and ends[i - 1] > pos) or (i < len(starts) and starts[i] < end)
            if not overlaps:
                rep = replace(src, pattern=f"{src.pattern}.repeat" if src.pattern else "repeat")
                starts.insert(i, pos)
                ends.insert(i, end)
                out.insert(i, (pos, end, rep))
            pos = original.find(value, pos + 1)
    return out


def detect(
    text: str, *, policy: Policy | None = None, document: Document | None = None
) -> tuple[Document, list[Detection]]:
    """Run every active detector; return the document and the resolved detections.

    Detector failures come back as ``DETECTOR_ERROR`` detections (fail closed). ``document``
    lets a caller that already built the :class:`Document` of ``text`` share its views.
    """
    if not isinstance(text, str):
        if isinstance(text, os.PathLike):
            raise TypeError(messages.path_given_to_check_prompt(text))
        raise TypeError(messages.type_error("check_prompt()", "str", text))
    policy = policy or _default_policy()
    doc = document if document is not None and document.original is text else Document(text)
    detectors, failures = _active(policy)
    found: list[Detection] = []
    errors: list[Detection] = []
    for name, err in failures:
        errors.append(Detection(EntityType.DETECTOR_ERROR, 0, 0, 1.0, name, pattern=err))
    size = len(doc.text)
    for det in detectors:
        try:
            found.extend(_checked(det, det.detect(doc), size))
        except Exception as exc:  # fail closed: a broken detector blocks the prompt
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
    found.extend(_deny_detections(doc, policy))
    kept = [d for d in found if d.score >= policy.min_score]
    if policy.allow_values or policy.allow_patterns:
        kept = [d for d in kept if not _allowed_value(doc.text[d.start : d.end], policy)]
    return doc, errors + _resolve(kept)


def check_prompt(
    text: str, *, policy: Policy | None = None, document: Document | None = None
) -> PromptCheck:
    """Check a prompt before it goes to an LLM.

    Returns a :class:`~ai_guard.models.PromptCheck` whose ``decision`` is ``allow``,
    ``redact`` (send ``redacted_text`` instead) or ``block`` (send nothing). Offsets in the
    findings are offsets into ``text``. Raises ``TypeError`` if ``text`` is not a ``str``; for
    a path (``os.PathLike``) the message names classify_document / classify_file.
    A ``str`` is always the prompt's text, even when it happens to be a file's path: it is what
    would be sent, so it is what is checked (the file is not read).
    ``document`` (optional) is the :class:`~ai_guard.text.Document` of ``text`` when the caller
    has already built it (classify_document does), so its folded views are computed once.
    """
    policy = policy or _default_policy()
    doc, detections = detect(text, policy=policy, document=document)
    original = doc.original
    holders = Placeholders(original)
    findings: list[Finding] = []
    spans: list[tuple[int, int, str]] = []
    decision = Decision.ALLOW
    errors = [(0, 0, d) for d in detections if d.entity is EntityType.DETECTOR_ERROR]
    located = [
        (*doc.span_to_original(d.start, d.end), d)
        for d in detections
        if d.entity is not EntityType.DETECTOR_ERROR
    ]
    for start, end, d in errors + _propagate(original, located, policy):
        action = policy.action_for(d.entity)
        placeholder: str | None = None
        if action is not Decision.ALLOW and end > start:
            placeholder = holders.get(d.entity.value, original[start:end])
            spans.append((start, end, placeholder))
        if action.severity > decision.severity:
            decision = action
        findings.append(
            trusted_finding(
                entity=d.entity,
                start=start,
                end=end,
                score=d.score,
                detector=d.detector,
                validated=d.validation is Validation.PASSED,
                pattern=d.pattern,
                base_score=d.base_score,
                validation=d.validation,
                context=d.context,
                action=action,
                placeholder=f"[{placeholder}]" if placeholder else None,
            )
        )
    spans.sort()
    result = PromptCheck.model_construct(
        decision=decision,
        findings=findings,
        redacted_text=apply_redactions(original, spans),
        policy_name=policy.name,
    )
    result._vault = holders.vault
    return result
