"""What string literals in code hold: LLM keys (AIG102) and prompt content (AIG105)."""

from __future__ import annotations

from functools import cache

from ai_guard import messages
from ai_guard.detectors.secrets import ApiSecretDetector
from ai_guard.models import Decision, EntityType
from ai_guard.policy import Policy
from ai_guard.text import Document

__all__ = ["key_finding", "prompt_finding"]


@cache
def _detector() -> ApiSecretDetector:
    return ApiSecretDetector()


@cache
def _prompt_policy() -> Policy:
    return Policy(load_plugins=False)


def key_finding(text: str, name: str | None) -> str | None:
    """The vendor of an LLM key in a literal (placeholders such as ``sk-...`` are not keys);
    a literal assigned to a key-like name is checked as ``name = value``."""
    if len(text) < 16 or len(text) > 400:
        return None
    candidates = [text]
    if name:
        candidates.append(f'{name} = "{text}"')
    for candidate in candidates:
        for d in _detector().detect(Document(candidate)):
            if d.entity is EntityType.API_SECRET and d.pattern.startswith("api_key"):
                return d.pattern.split(".", 1)[1] if "." in d.pattern else "api key"
    return None


def prompt_finding(text: str) -> tuple[str, str] | None:
    """``(vi, en)`` summary of what check_prompt would not allow in a prompt literal."""
    from ai_guard.prompt import check_prompt

    if len(text) < 6:
        return None
    check = check_prompt(text, policy=_prompt_policy())
    if check.decision is Decision.ALLOW:
        return None
    counts: dict[str, int] = {}
    for f in check.findings:
        if f.action is not Decision.ALLOW:
            counts[f.entity.value] = counts.get(f.entity.value, 0) + 1
    vi = ", ".join(f"{n} {messages.entity_label(e, 'vi')}" for e, n in sorted(counts.items()))
    en = ", ".join(f"{n} × {messages.entity_label(e, 'en')}" for e, n in sorted(counts.items()))
    return vi, en
