"""The reasons of a classification, in Vietnamese and English (the sentences are in
:mod:`ai_guard.i18n.classify`)."""

from __future__ import annotations

from collections.abc import Sequence

from ai_guard import i18n
from ai_guard.classify.evidence import Reading
from ai_guard.classify.models import (
    CategoryEvidence,
    Evidence,
    PersonalData,
    RecommendedAction,
    Secrecy,
    Sensitivity,
)
from ai_guard.classify.public import DRAFT_FOR_COMMENTS
from ai_guard.models import Decision, EntityType, LocalizedText

__all__ = ["explain"]


#: the evidence kinds a category's reason quotes
_CATEGORY_EVIDENCE = ("term", "record", "symbol", "layout")


def explain(
    r: Reading,
    doc_type: str,
    sensitivity: Sensitivity,
    categories: list[CategoryEvidence],
    personal: PersonalData,
    secrecy: Secrecy,
    action: RecommendedAction,
    own_marks: Sequence[Evidence] = (),
) -> list[LocalizedText]:
    """One reason per conclusion, in order: type, secrecy, what the policy blocks (the marks
    classify reads alone, ``own_marks``: a circulation stamp OCR damaged, a draft circulated
    for comments), each category, personal data, the verdict."""
    out: list[LocalizedText] = []

    def say(pair: tuple[str, str]) -> None:
        out.append(LocalizedText(vi=pair[0], en=pair[1]))

    say(i18n.doc_type_reason(doc_type, r.layout.symbol, r.layout.type_name is not None))
    if secrecy != "none":
        say(i18n.secrecy_reason(secrecy))
    elif r.layout.declassified is not None:
        say(i18n.declassified_reason())
    blocked = sorted(
        {
            f.entity.value
            for f in r.findings
            if f.action is Decision.BLOCK and f.entity is not EntityType.STATE_SECRET_MARK
        }
    )
    if own_marks and r.policy.action_for(EntityType.INTERNAL_MARK) is Decision.BLOCK:
        blocked = sorted({*blocked, EntityType.INTERNAL_MARK.value})
    if blocked:
        say(i18n.blocked_entities_reason(blocked))
    if any(m.label == DRAFT_FOR_COMMENTS for m in own_marks):
        say(i18n.draft_for_comments_reason())
    for c in categories:
        terms = list(dict.fromkeys(e.label for e in c.evidence if e.kind in _CATEGORY_EVIDENCE))[:3]
        say(i18n.category_reason(c.category.value, c.score, terms))
    counts = {k.value: v for k, v in personal.counts.items()}
    say(
        i18n.personal_reason(
            counts,
            personal.identifiable,
            personal.private_names,
            personal.public_role_names,
            personal.sensitive_kinds,
            [e.label for e in personal.public_role_evidence],
        )
    )
    protected = [
        c.category.value for c in categories if c.category in r.policy.protected_categories
    ]
    say(i18n.verdict_reason(action, sensitivity.value, protected, personal.identifiable))
    return out
