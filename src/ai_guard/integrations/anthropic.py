"""``guard_client(client)`` for the Anthropic SDK (``pip install 'ai-guard[anthropic]'``).

    from anthropic import Anthropic
    from ai_guard.integrations.anthropic import guard_client

    client = guard_client(Anthropic())
    msg = client.messages.create(model=..., max_tokens=..., system=..., messages=[...])

Wrapped: ``messages.create`` (also ``stream=True``) and ``messages.stream()``, for
``Anthropic`` and ``AsyncAnthropic``.
The system prompt and every message's text are checked together; a blocked request raises
:class:`~ai_guard.integrations.PromptBlocked` before anything reaches the network; otherwise
the redacted request is sent and the text blocks (and streamed ``text_delta`` events, a
placeholder split across events included) come back restored. A ``metadata.user_id`` that is
an official e-mail is refused. The ``messages.stream()`` helper is wrapped too: its
``text_stream``, its events (raw deltas, and ``text`` events whose ``snapshot`` is restored)
and ``get_final_message()`` / ``get_final_text()`` come back restored.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

from ai_guard.integrations import StreamRestorer
from ai_guard.integrations._messages import (
    ClientProxy,
    check_request,
    require_sdk,
    send_checked,
)
from ai_guard.models import PromptCheck
from ai_guard.policy import Policy

__all__ = ["guard_client"]

_KEYS = ("system", "messages")
_USER = (("metadata", "user_id"),)


def guard_client(client: Any, policy: Policy | None = None) -> Any:
    """Return a proxy of ``client`` (``Anthropic`` or ``AsyncAnthropic``) whose calls are
    guarded."""
    require_sdk("anthropic", "anthropic", "Anthropic", "ai_guard.integrations.anthropic")
    return _Proxy(client, policy)


class _Proxy(ClientProxy):
    def __init__(self, client: Any, policy: Policy | None) -> None:
        super().__init__(client, policy)
        self.messages = _Messages(client.messages, self)


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
        return send_checked(self._messages.create, request, check, _restore_message, _EventRestorer)

    def stream(self, **kwargs: Any) -> Any:
        request, check = check_request(
            kwargs, _KEYS, self._proxy.policy, "anthropic.messages.stream", user_fields=_USER
        )
        manager = self._messages.stream(**request)
        if hasattr(manager, "__aenter__") and not hasattr(manager, "__enter__"):
            return _AsyncStreamManager(manager, check)
        return _StreamManager(manager, check)


class _TextEvents:
    """``text`` events of the stream helper: ``snapshot`` restored (stable part), ``text`` the
    newly stable restored characters; a possible placeholder tail waits for the next event."""

    def __init__(self, check: PromptCheck) -> None:
        self.check = check
        self.emitted: dict[int, int] = {}

    def restore(self, event: Any, index: int) -> Any:
        from ai_guard.integrations import _PLACEHOLDER_PREFIX

        snapshot = getattr(event, "snapshot", None)
        if not isinstance(snapshot, str):
            return event
        cut = snapshot.rfind("[")
        held = (
            cut >= 0
            and len(snapshot) - cut <= 48
            and bool(_PLACEHOLDER_PREFIX.match(snapshot, cut))
        )
        stable = self.check.restore(snapshot[:cut] if held else snapshot)
        done = self.emitted.get(index, 0)
        event.text = stable[done:]
        event.snapshot = stable
        self.emitted[index] = len(stable)
        return event


class _GuardedMessageStream:
    def __init__(self, stream: Any, check: PromptCheck) -> None:
        self._stream = stream
        self._check = check
        self.text_stream = self._text_stream()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)

    def _text_stream(self) -> Iterator[str]:
        restorer = StreamRestorer(self._check)
        for text in self._stream.text_stream:
            out = restorer.feed(text)
            if out:
                yield out
        rest = restorer.flush()
        if rest:
            yield rest

    def __iter__(self) -> Iterator[Any]:
        raw = _EventRestorer(self._check)
        texts = _TextEvents(self._check)
        block = 0
        for event in self._stream:
            kind = getattr(event, "type", None)
            if kind == "content_block_delta":
                block = getattr(event, "index", 0)
                # inside the helper, read "text" events: a raw delta carries a held-back
                # placeholder tail into the next delta, but the block's last tail only reaches
                # the "text" events and the final message
                yield raw.restore(event, event)
            elif kind == "text":
                yield texts.restore(event, block)
            else:
                yield event

    def get_final_message(self) -> Any:
        return _restore_message(self._stream.get_final_message(), self._check)

    def get_final_text(self) -> str:
        message = self.get_final_message()
        return "".join(b.text for b in message.content if getattr(b, "type", None) == "text")


class _StreamManager:
    def __init__(self, manager: Any, check: PromptCheck) -> None:
        self._manager = manager
        self._check = check

    def __enter__(self) -> _GuardedMessageStream:
        return _GuardedMessageStream(self._manager.__enter__(), self._check)

    def __exit__(self, *exc: Any) -> Any:
        return self._manager.__exit__(*exc)


class _AsyncStreamManager:
    def __init__(self, manager: Any, check: PromptCheck) -> None:
        self._manager = manager
        self._check = check

    async def __aenter__(self) -> Any:
        stream = await self._manager.__aenter__()
        return _AsyncGuardedMessageStream(stream, self._check)

    async def __aexit__(self, *exc: Any) -> Any:
        return await self._manager.__aexit__(*exc)


class _AsyncGuardedMessageStream:
    def __init__(self, stream: Any, check: PromptCheck) -> None:
        self._stream = stream
        self._check = check
        self.text_stream = self._text_stream()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)

    async def _text_stream(self) -> AsyncIterator[str]:
        restorer = StreamRestorer(self._check)
        async for text in self._stream.text_stream:
            out = restorer.feed(text)
            if out:
                yield out
        rest = restorer.flush()
        if rest:
            yield rest

    async def get_final_message(self) -> Any:
        return _restore_message(await self._stream.get_final_message(), self._check)

    async def get_final_text(self) -> str:
        message = await self.get_final_message()
        return "".join(b.text for b in message.content if getattr(b, "type", None) == "text")
