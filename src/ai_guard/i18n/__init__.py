"""Every sentence a user sees, in Vietnamese and English, one module per feature.

``common`` (helpers), ``prompt`` (check_prompt, policy), ``classify`` (classify_document),
``cli`` (what the commands print), ``audit`` (the audit log), ``guard`` (guarded functions and
clients). Each sentence is a (Vietnamese, English) pair built from field names, types,
positions and cue words, never from a matched value. Everything is importable from here.
"""

from __future__ import annotations

from ai_guard.i18n.audit import (
    audit_report_unverified,
    audit_unverified,
    audit_verification,
)
from ai_guard.i18n.classify import (
    ACTION_LABELS,
    CATEGORY_LABELS,
    DOC_TYPE_LABELS,
    SENSITIVITY_LABELS,
    blocked_entities_reason,
    category_reason,
    classification_headline,
    declassified_reason,
    doc_type_reason,
    path_given_as_text,
    path_given_to_check_prompt,
    personal_reason,
    secrecy_reason,
    verdict_reason,
)
from ai_guard.i18n.cli import (
    UNCLASSIFIED_LABELS,
    cli_baseline_written,
    cli_calls_format,
    cli_internal_error,
    cli_jobs_invalid,
    unclassified_summary,
)
from ai_guard.i18n.common import (
    label,
    pick,
    type_error,
)
from ai_guard.i18n.guard import (
    guard_prompt_arg_deprecated,
    guard_setup,
    guard_unreadable,
)
from ai_guard.i18n.prompt import (
    ENTITY_LABELS,
    decision_summary,
    entity_label,
    finding_reason,
    policy_refusal,
    redaction_failure,
    waiver_reason,
)

__all__ = [
    "ACTION_LABELS",
    "CATEGORY_LABELS",
    "DOC_TYPE_LABELS",
    "ENTITY_LABELS",
    "SENSITIVITY_LABELS",
    "UNCLASSIFIED_LABELS",
    "audit_report_unverified",
    "audit_unverified",
    "audit_verification",
    "blocked_entities_reason",
    "category_reason",
    "classification_headline",
    "cli_baseline_written",
    "cli_calls_format",
    "cli_internal_error",
    "cli_jobs_invalid",
    "decision_summary",
    "declassified_reason",
    "doc_type_reason",
    "entity_label",
    "finding_reason",
    "guard_prompt_arg_deprecated",
    "guard_setup",
    "guard_unreadable",
    "label",
    "path_given_as_text",
    "path_given_to_check_prompt",
    "personal_reason",
    "pick",
    "policy_refusal",
    "redaction_failure",
    "secrecy_reason",
    "type_error",
    "unclassified_summary",
    "verdict_reason",
    "waiver_reason",
]
