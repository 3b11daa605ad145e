"""The sensitivity of a document and the recommended action (send, redact_then_send,
do_not_send), from the conclusions of the other decisions."""

from __future__ import annotations

from collections.abc import Sequence

from ai_guard.classify.evidence import Reading
from ai_guard.classify.models import (
    CategoryEvidence,
    Evidence,
    PersonalData,
    RecommendedAction,
    Secrecy,
    Sensitivity,
)
from ai_guard.classify.personal import has_private_contacts
from ai_guard.classify.public import named_mark
from ai_guard.classify.secrecy import quoted_stamps
from ai_guard.models import Decision, EntityType

__all__ = ["decide_action", "decide_sensitivity"]

_SECRECY_SENSITIVITY = {
    "mat": Sensitivity.SECRET,
    "toi_mat": Sensitivity.TOP_SECRET,
    "tuyet_mat": Sensitivity.ABSOLUTE_SECRET,
}


def decide_sensitivity(secrecy: Secrecy, personal: PersonalData, is_public: bool) -> Sensitivity:
    """The secrecy level when stamped; else personal or sensitive personal when a private
    person is identifiable or reachable; else public or internal."""
    if secrecy != "none":
        return _SECRECY_SENSITIVITY[secrecy]
    private = personal.identifiable or has_private_contacts(personal)
    if private and personal.sensitive_kinds:
        return Sensitivity.SENSITIVE_PERSONAL
    if private:
        return Sensitivity.PERSONAL
    return Sensitivity.PUBLIC if is_public else Sensitivity.INTERNAL


def decide_action(
    r: Reading,
    secrecy: Secrecy,
    personal: PersonalData,
    protected: list[CategoryEvidence],
    own_marks: Sequence[Evidence] = (),
) -> RecommendedAction:
    """What may be done with the document (the rules in :mod:`ai_guard.classify.pipeline`):
    a secrecy stamp or a finding the policy blocks stops it; so do the marks classify reads
    alone (``own_marks``: a circulation stamp OCR damaged beyond check_prompt's reading, a
    draft circulated to units for comments) when the policy blocks ``INTERNAL_MARK``; a
    protected category about identifiable people stops it (or asks for redaction, by policy);
    other private data asks for redaction; otherwise it may be sent."""
    if secrecy != "none":
        return "do_not_send"
    if own_marks and r.policy.action_for(EntityType.INTERNAL_MARK) is Decision.BLOCK:
        return "do_not_send"
    quoted = quoted_stamps(r)
    blocking = [
        f
        for f in r.findings
        if f.action is Decision.BLOCK
        and not (
            f.entity is EntityType.STATE_SECRET_MARK
            and (r.layout.declassified or f.start in quoted)
        )
        # "không đưa ... tài liệu lưu hành nội bộ lên chatbot": a kind of document named in a
        # sentence, not the document's own mark
        and not (f.entity is EntityType.INTERNAL_MARK and named_mark(r, f))
    ]
    if blocking:
        return "do_not_send"
    if personal.identifiable and protected:
        return "redact_then_send" if r.policy.protected_redaction_suffices else "do_not_send"
    if personal.identifiable or has_private_contacts(personal):
        return "redact_then_send"
    return "send"
