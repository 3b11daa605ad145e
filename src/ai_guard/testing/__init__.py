"""Test helpers for applications built on ai-guard.

- :mod:`ai_guard.testing.strategies`: hypothesis strategies (needs ``ai-guard[hypothesis]``);
- :class:`LLMSpy` and :func:`assert_no_leak`: a fake LLM client that records what an app sends,
  and an assertion that fails with a readable report when anything sent would not be allowed;
- a pytest plugin (registered under ``pytest11``) exposes them as the fixtures ``llm_spy`` and
  ``assert_no_leak``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ai_guard._lazy import attach

__all__ = ["LLMSpy", "LeakReport", "RecordedCall", "SentTexts", "assert_no_leak"]

if TYPE_CHECKING:
    from ai_guard.testing.spy import LeakReport, LLMSpy, RecordedCall, SentTexts, assert_no_leak


# lazy: hypothesis loads ai_guard.testing._hypothesis through its entry point in every user's
# suite, and must not pay for pydantic and the spy there
__getattr__, __dir__ = attach(__name__, dict.fromkeys(__all__, "ai_guard.testing.spy"))
