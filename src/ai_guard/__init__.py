"""ai-guard: keep personal data, state secrets and API keys out of LLM prompts.

The public face. Heavy modules (pydantic models, detectors, lexicons) load on first use, so
``import ai_guard`` stays fast for pre-commit hooks::

    from ai_guard import check_prompt

    result = check_prompt("Ông Nguyễn Văn An, CCCD 001085012345, cần tư vấn ...")
    result.decision        # Decision.REDACT
    result.redacted_text   # "Ông [PERSON_1], CCCD [CCCD_1], cần tư vấn ..."
    result.restore(answer) # puts the originals back into the model's answer

A long-lived process (a web service checking prompts) calls ``ai_guard.warm_up()`` once at
start, before it builds its own long-lived state: the lexicons are built before the first
request and frozen out of the garbage collector's full collections (``gc.freeze()``,
process-wide, every object alive then: see :mod:`ai_guard.prompt.warm`;
``warm_up(freeze=False)`` builds without freezing). Nothing here freezes at import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ai_guard._lazy import attach

__version__ = "0.1.0"

__all__ = [
    "AiGuardError",
    "AuditError",
    "AuditLog",
    "Category",
    "Decision",
    "Detection",
    "Detector",
    "Document",
    "DocumentClassification",
    "DocumentType",
    "EntityType",
    "Finding",
    "HmacVerifier",
    "InputError",
    "LocalizedText",
    "OutputBlocked",
    "PluginError",
    "Policy",
    "PolicyError",
    "PromptBlocked",
    "PromptCheck",
    "Sensitivity",
    "SignOff",
    "SignOffInvalid",
    "SignOffRejected",
    "SignOffRequest",
    "SignOffRequired",
    "UnguardedPath",
    "Validation",
    "__version__",
    "check_account_email",
    "check_prompt",
    "classify_document",
    "classify_file",
    "guard",
    "human_signoff",
    "require_human_signoff",
    "warm_up",
]

_LAZY = {
    "check_prompt": "ai_guard.prompt",
    "warm_up": "ai_guard.prompt.warm",
    "classify_document": "ai_guard.classify",
    "classify_file": "ai_guard.classify",
    "guard": "ai_guard.integrations",
    "check_account_email": "ai_guard.integrations",
    "PromptBlocked": "ai_guard.errors",
    "require_human_signoff": "ai_guard.signoff",
    "human_signoff": "ai_guard.signoff",
    "SignOff": "ai_guard.signoff",
    "SignOffRequest": "ai_guard.signoff",
    "HmacVerifier": "ai_guard.signoff",
    "AuditLog": "ai_guard.signoff",
    "AuditError": "ai_guard.errors",
    "OutputBlocked": "ai_guard.errors",
    "SignOffInvalid": "ai_guard.errors",
    "SignOffRejected": "ai_guard.errors",
    "SignOffRequired": "ai_guard.errors",
    "UnguardedPath": "ai_guard.errors",
    "Category": "ai_guard.classify.models",
    "DocumentClassification": "ai_guard.classify.models",
    "DocumentType": "ai_guard.classify.models",
    "Sensitivity": "ai_guard.classify.models",
    "Policy": "ai_guard.prompt.policy",
    "Decision": "ai_guard.models",
    "EntityType": "ai_guard.models",
    "Finding": "ai_guard.models",
    "LocalizedText": "ai_guard.models",
    "PromptCheck": "ai_guard.models",
    "Validation": "ai_guard.models",
    "Detection": "ai_guard.detectors.base",
    "Detector": "ai_guard.detectors.base",
    "Document": "ai_guard.text",
    "AiGuardError": "ai_guard.errors",
    "InputError": "ai_guard.errors",
    "PluginError": "ai_guard.errors",
    "PolicyError": "ai_guard.errors",
}

if TYPE_CHECKING:
    from ai_guard.classify import classify_document, classify_file
    from ai_guard.classify.models import Category, DocumentClassification, DocumentType, Sensitivity
    from ai_guard.detectors.base import Detection, Detector
    from ai_guard.errors import (
        AiGuardError,
        AuditError,
        InputError,
        OutputBlocked,
        PluginError,
        PolicyError,
        PromptBlocked,
        SignOffInvalid,
        SignOffRejected,
        SignOffRequired,
        UnguardedPath,
    )
    from ai_guard.integrations import check_account_email, guard
    from ai_guard.models import (
        Decision,
        EntityType,
        Finding,
        LocalizedText,
        PromptCheck,
        Validation,
    )
    from ai_guard.prompt import check_prompt
    from ai_guard.prompt.policy import Policy
    from ai_guard.prompt.warm import warm_up
    from ai_guard.signoff import (
        AuditLog,
        HmacVerifier,
        SignOff,
        SignOffRequest,
        human_signoff,
        require_human_signoff,
    )
    from ai_guard.text import Document


__getattr__, __dir__ = attach(__name__, _LAZY)
