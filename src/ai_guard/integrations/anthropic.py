"""``guard_client(client)`` for the Anthropic SDK (``pip install 'ai-guard[anthropic]'``).

    from anthropic import Anthropic
    from ai_guard.integrations.anthropic import guard_client

    client = guard_client(Anthropic())
    msg = client.messages.create(model=..., max_tokens=..., system=..., messages=[...])

Every method of the client, at any depth, is guarded (see :mod:`ai_guard.integrations._proxy`):
the system prompt, every message's text, tool results, tool inputs, text documents and any
other text of the arguments are checked together; a blocked request raises
:class:`~ai_guard.integrations.PromptBlocked` before anything reaches the network; otherwise the
redacted request is sent and the answer comes back restored: text blocks, streamed
``text_delta`` and ``input_json_delta`` events (a placeholder split across events included),
``count_tokens``,
``with_raw_response`` (``parse()``), batches, and the ``messages.stream()`` helper (its
``text_stream``, its events and ``get_final_message()`` / ``get_final_text()``).
``with_options()``/``copy()`` give guarded copies. Refused
(:class:`~ai_guard.errors.UnguardedPath`): private attributes, images (unless
``allow_media=True``), PDF documents ``classify_document`` would not send. Under all of it, the
client's HTTP client checks every request body (:mod:`ai_guard.integrations._net`). A
``metadata.user_id`` that is an official e-mail is refused, and a file the service already
holds named by its ``file_id`` (unless ``allow_file_ids=True``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

from ai_guard.integrations import StreamRestorer
from ai_guard.integrations._proxy import (
    Sdk,
    SdkSpec,
    Snapshots,
    client_guard,
    restore_value,
    runs_application_code,
)
from ai_guard.models import PromptCheck
from ai_guard.serve.restore import FieldTail, json_escaped

__all__ = ["guard_client"]


def _spec() -> SdkSpec:
    import anthropic

    return SdkSpec(
        vendor="anthropic",
        error_base=anthropic.AnthropicError,
        local=("beta.webhooks.unwrap", "beta.webhooks.parse_unverified"),
        streams={"messages.create": _EventRestorer},
        helpers={"messages.stream": _helper_stream},
        redacted_call=runs_application_code,
    )


guard_client = client_guard(
    Sdk("anthropic", "anthropic", "Anthropic", __name__),
    _spec,
    """Return a guarded proxy of ``client`` (``Anthropic`` or ``AsyncAnthropic``; typed as
    the client for your editor, but a proxy). The policy is :meth:`Policy.discover` when not
    given. ``allow_media=True`` lets images through unchecked (no OCR runs here): only if your
    unit accepts that. ``allow_file_ids=True`` lets a request name a file the service already
    holds (``source: {"type": "file", "file_id": ...}``), which the guard never read: refused
    otherwise.""",
)


def _helper_stream(stream: Any, check: PromptCheck, keep: Callable[[Any], Any]) -> Any:
    if hasattr(stream, "__aiter__") and not hasattr(stream, "__iter__"):
        return _AsyncGuardedMessageStream(stream, check, keep)
    return _GuardedMessageStream(stream, check, keep)


def _restore_message(result: Any, check: PromptCheck) -> Any:
    return restore_value(result, check)


class _EventRestorer:
    """Restores ``content_block_delta`` events: text, and a tool call's ``partial_json``
    (JSON text: the values put back JSON-escaped); the held-back tail of a block is added to
    its last delta (the event before its ``content_block_stop``). Every other event is
    restored whole. Inside the stream helper (``following`` is the event itself) a tool
    call's JSON is restored event by event: the helper reads the held-back text tails from
    its own ``text`` events, and has no such events for JSON."""

    def __init__(self, check: PromptCheck) -> None:
        self.check = check
        self.blocks: dict[int, StreamRestorer] = {}
        self.inputs: dict[int, FieldTail] = {}

    def restore(self, event: Any, following: Any) -> Any:
        delta: Any = getattr(event, "delta", None)
        text = getattr(delta, "text", None)
        partial = getattr(delta, "partial_json", None)
        if getattr(event, "type", None) != "content_block_delta" or not (
            isinstance(text, str) or (isinstance(partial, str) and following is not event)
        ):
            return restore_value(event, self.check)  # message_start, stop ...
        index = getattr(event, "index", 0)
        ends = following is None or (
            getattr(following, "type", None) != "content_block_delta"
            or getattr(following, "index", index) != index
        )
        if isinstance(partial, str) and not isinstance(text, str):
            tail = self.inputs.setdefault(index, FieldTail(json_escaped(self.check)))
            out = tail.feed(partial)
            delta.partial_json = out + (tail.flush() if ends else "")
            return event
        assert isinstance(text, str)
        restorer = self.blocks.setdefault(index, StreamRestorer(self.check))
        out = restorer.feed(text)
        if ends:
            out += restorer.flush()
        delta.text = out
        return event


class _TextEvents:
    """``text`` events of the stream helper: ``snapshot`` restored (stable part), ``text`` the
    newly stable restored characters; a possible placeholder tail waits for the next event."""

    def __init__(self, check: PromptCheck) -> None:
        self.snapshots = Snapshots(check)

    def restore(self, event: Any, index: int) -> Any:
        snapshot = getattr(event, "snapshot", None)
        if isinstance(snapshot, str):
            event.snapshot, event.text = self.snapshots.advance(index, snapshot)
        return event


class _MessageStreamEvents:
    """The events of the ``messages.stream()`` helper: raw deltas, ``text`` events (whose
    ``snapshot`` is restored), and the rest restored whole."""

    def __init__(self, check: PromptCheck) -> None:
        self.check = check
        self.raw = _EventRestorer(check)
        self.texts = _TextEvents(check)
        self.block = 0

    def restore(self, event: Any) -> Any:
        kind = getattr(event, "type", None)
        if kind == "content_block_delta":
            self.block = getattr(event, "index", 0)
            # inside the helper, read "text" events: a raw delta carries a held-back
            # placeholder tail into the next delta, but the block's last tail only reaches
            # the "text" events and the final message
            return self.raw.restore(event, event)
        if kind == "text":
            return self.texts.restore(event, self.block)
        return restore_value(event, self.check)


class _GuardedMessageStream:
    """The ``messages.stream()`` helper: its texts restored, the ids its answer names (a
    container) kept however it is read (events, ``text_stream``, ``until_done()``, the final
    message)."""

    def __init__(self, stream: Any, check: PromptCheck, keep: Callable[[Any], Any]) -> None:
        self._stream = stream
        self._check = check
        self._keep = keep
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
        events = _MessageStreamEvents(self._check)
        for event in self._stream:
            yield events.restore(self._keep(event))

    def until_done(self) -> None:
        for _ in self:
            pass

    def get_final_message(self) -> Any:
        return _restore_message(self._keep(self._stream.get_final_message()), self._check)

    def get_final_text(self) -> str:
        message = self.get_final_message()
        return "".join(b.text for b in message.content if getattr(b, "type", None) == "text")


class _AsyncGuardedMessageStream:
    """:class:`_GuardedMessageStream` of the async client."""

    def __init__(self, stream: Any, check: PromptCheck, keep: Callable[[Any], Any]) -> None:
        self._stream = stream
        self._check = check
        self._keep = keep
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

    async def __aiter__(self) -> AsyncIterator[Any]:
        events = _MessageStreamEvents(self._check)
        async for event in self._stream:
            yield events.restore(self._keep(event))

    async def until_done(self) -> None:
        async for _ in self:
            pass

    async def get_final_message(self) -> Any:
        final = await self._stream.get_final_message()
        return _restore_message(self._keep(final), self._check)

    async def get_final_text(self) -> str:
        message = await self.get_final_message()
        return "".join(b.text for b in message.content if getattr(b, "type", None) == "text")
