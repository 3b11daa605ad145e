"""pytest plugin (entry point ``pytest11``): the fixtures ``llm_spy`` and ``assert_no_leak``."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pytest

from ai_guard.policy import Policy
from ai_guard.testing.spy import LLMSpy
from ai_guard.testing.spy import assert_no_leak as _assert_no_leak


@pytest.fixture
def llm_spy() -> LLMSpy:
    """A fake LLM client (OpenAI and Anthropic call shapes) that records what was sent."""
    return LLMSpy()


@pytest.fixture
def assert_no_leak() -> Callable[..., None]:
    """``assert_no_leak(sent, policy=None)``: fails with a readable report when anything sent
    would not be allowed by check_prompt."""

    def check(sent: str | Iterable[str] | LLMSpy, policy: Policy | None = None) -> None:
        __tracebackhide__ = True  # pytest would print ``sent``: it holds what leaked
        _assert_no_leak(sent, policy)

    return check
