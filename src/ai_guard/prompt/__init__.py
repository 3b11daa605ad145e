"""Checking a prompt: :func:`check_prompt` and what it is built from.

- ``policy``: what to do with each kind of finding (:class:`~ai_guard.prompt.policy.Policy`);
- ``engine``: run the detectors (a failing one blocks: fail closed), resolve overlaps, apply
  the policy, propagate a redacted value to its repeats, build the
  :class:`~ai_guard.models.PromptCheck`;
- ``redact``: the one placeholder format (``[CCCD_1]``) and the vault that restores it;
- ``repeats``: every occurrence of many values in one text, within a step budget.

The engine (and through it the detectors) loads on first use of :func:`check_prompt`, so
importing :mod:`ai_guard.prompt.policy` alone stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ai_guard._lazy import attach

__all__ = ["REDACTION_CHECK", "check_prompt", "detect"]

if TYPE_CHECKING:
    from ai_guard.prompt.engine import REDACTION_CHECK, check_prompt, detect

__getattr__, __dir__ = attach(
    __name__,
    {
        "REDACTION_CHECK": "ai_guard.prompt.engine",
        "check_prompt": "ai_guard.prompt.engine",
        "detect": "ai_guard.prompt.engine",
    },
)
