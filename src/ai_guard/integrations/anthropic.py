"""``guard_client(client)`` for the Anthropic SDK (``pip install 'ai-guard[anthropic]'``).

    from anthropic import Anthropic
    from ai_guard.integrations.anthropic import guard_client

    client = guard_client(Anthropic())
    msg = client.messages.create(model=..., max_tokens=..., system=..., messages=[...])

Wrapped: ``messages.create`` (also ``stream=True``), for ``Anthropic`` and ``AsyncAnthropic``.
The system prompt and every message's text are checked together; a blocked request raises
:class:`~ai_guard.integrations.PromptBlocked` before anything reaches the network; otherwise
the redacted request is sent and the text blocks (and streamed ``text_delta`` events, a
placeholder split across events included) come back restored. A ``metadata.user_id`` that is
an official e-mail is refused. The ``messages.stream()`` helper is not wrapped yet: use
``create(stream=True)``.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Iterator
from typing import Any

from ai_guard.integrations import StreamRestorer
from ai_guard.integrations._messages import check_request
from ai_guard.models import PromptCheck
from ai_guard.policy import Policy

__all__ = ["guard_client"]

_KEYS = ("system", "messages")
_USER = (("metadata", "user_id"),)


def _require_sdk() -> None:
    try:
        import anthropic  # noqa: F401
    except ImportError:
        raise ImportError(
            "ai_guard.integrations.anthropic needs the Anthropic SDK: "
            "pip install 'ai-guard[anthropic]' / cần cài SDK Anthropic: "
            "pip install 'ai-guard[anthropic]'"
        ) from None


def guard_client(client: Any, policy: Policy | None = None) -> Any:
    """Return a proxy of ``client`` (``Anthropic`` or ``AsyncAnthropic``) whose calls are
    guarded."""
    _require_sdk()
    return _Proxy(client, policy)


class _Proxy:
    def __init__(self, client: Any, policy: Policy | None) -> None:
        self._client = client
        self._policy = policy
        self.messages = _Messages(client.messages, self)

    @property
    def policy(self) -> Policy:
        if self._policy is None:
            self._policy = Policy.discover()
        return self._policy

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)


def _restore_message(result: Any, check: PromptCheck) -> Any:
    for block in getattr(result, "content", None) or []:
        if isinstance(getattr(block, "text", None), str):
            block.text = check.restore(block.text)
    return result


class _EventRestorer:
    """Restores ``content_block_delta`` text events; the held-back tail of a block is added
    to its last delta (the event before its ``content_block_stop``)."""

    def __init__(self, check: PromptCheck) -> None:
        self.check = check
        self.blocks: dict[int, StreamRestorer] = {}

    def restore(self, event: Any, following: Any) -> Any:
        if getattr(event, "type", None) != "content_block_delta":
            return event
        delta = getattr(event, "delta", None)
        text = getattr(delta, "text", None)
        if delta is None or not isinstance(text, str):
            return event
        index = getattr(event, "index", 0)
        restorer = self.blocks.setdefault(index, StreamRestorer(self.check))
        out = restorer.feed(text)
        ends = following is None or (
            getattr(following, "type", None) != "content_block_delta"
            or getattr(following, "index", index) != index
        )
        if ends:
            out += restorer.flush()
        delta.text = out
        return event


def _pairs(events: Iterator[Any]) -> Iterator[tuple[Any, Any]]:
    it = iter(events)
    try:
        prev = next(it)
    except StopIteration:
        return
    for item in it:
        yield prev, item
        prev = item
    yield prev, None


async def _apairs(events: AsyncIterator[Any]) -> AsyncIterator[tuple[Any, Any]]:
    have = False
    prev: Any = None
    async for item in events:
        if have:
            yield prev, item
        prev, have = item, True
    if have:
        yield prev, None


def _stream(events: Any, check: PromptCheck) -> Iterator[Any]:
    restorer = _EventRestorer(check)
    for event, following in _pairs(iter(events)):
        yield restorer.restore(event, following)


async def _astream(events: Any, check: PromptCheck) -> AsyncIterator[Any]:
    restorer = _EventRestorer(check)
    async for event, following in _apairs(events):
        yield restorer.restore(event, following)


class _Messages:
    def __init__(self, messages: Any, proxy: _Proxy) -> None:
        self._messages = messages
        self._proxy = proxy

    def __getattr__(self, name: str) -> Any:
        return getattr(self._messages, name)

    def create(self, **kwargs: Any) -> Any:
        request, check = check_request(
            kwargs, _KEYS, self._proxy.policy, "anthropic.messages", user_fields=_USER
        )
        result = self._messages.create(**request)
        if inspect.isawaitable(result):
            return self._acreate(result, check, bool(request.get("stream")))
        if request.get("stream"):
            return _stream(result, check)
        return _restore_message(result, check)

    async def _acreate(self, pending: Any, check: PromptCheck, stream: bool) -> Any:
        result = await pending
        if stream:
            return _astream(result, check)
        return _restore_message(result, check)
