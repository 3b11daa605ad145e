"""``guard_client(client)`` for the OpenAI SDK (``pip install 'ai-guard[openai]'``).

    from openai import OpenAI
    from ai_guard.integrations.openai import guard_client

    client = guard_client(OpenAI())
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[...])   # checked

Every method of the client, at any depth, is guarded (see :mod:`ai_guard.integrations._proxy`):
all texts of its arguments (messages, list-of-parts content, ``instructions``, ``input``,
``prompt``, tool-call arguments, tool results, ``extra_body`` ...) are checked together; a
blocked request raises :class:`~ai_guard.integrations.PromptBlocked` before anything reaches the
network; otherwise the redacted request is sent and the answer comes back with the original
values: whole answers, ``stream=True`` answers (chat chunks and Responses events, text and a
tool call's streamed arguments, restored even when a placeholder is split across events), the
``.stream()`` helpers, ``with_raw_response``
(``parse()``) and ``with_streaming_response``. ``with_options()``/``copy()`` give guarded
copies. Refused (:class:`~ai_guard.errors.UnguardedPath`): realtime WebSocket connections,
private attributes, images and audio (unless ``allow_media=True``), documents that
``classify_document`` would not send. Under all of it, the client's HTTP client checks every
request body (:mod:`ai_guard.integrations._net`). Webhook signature checks run locally and are
passed through. A ``user``/``safety_identifier`` that is an official e-mail is refused, and
a file the service already holds named by its ``file_id`` (unless ``allow_file_ids=True``).
"""

from __future__ import annotations

from typing import Any

from ai_guard.integrations._proxy import (
    Sdk,
    SdkSpec,
    client_guard,
    restore_value,
    runs_application_code,
)
from ai_guard.models import PromptCheck
from ai_guard.serve.restore import FieldTail, field_tail, json_escaped

__all__ = ["guard_client"]


def _spec() -> SdkSpec:
    import openai

    return SdkSpec(
        vendor="openai",
        error_base=openai.OpenAIError,
        local=("webhooks.unwrap", "webhooks.verify_signature"),
        streams={
            "chat.completions.create": _ChunkRestorer,
            "responses.create": _ResponseEventRestorer,
        },
        redacted_call=runs_application_code,
    )


guard_client = client_guard(
    Sdk("openai", "openai", "OpenAI", __name__),
    _spec,
    """Return a guarded proxy of ``client`` (``OpenAI`` or ``AsyncOpenAI``; typed as the
    client for your editor, but a proxy: ``isinstance`` checks see the proxy). The policy is
    :meth:`Policy.discover` when not given. ``allow_media=True`` lets images and audio through
    unchecked (no OCR or speech recognition runs here): only if your unit accepts that.
    ``allow_file_ids=True`` lets a request name a file the service already holds
    (``file_id``, ``vector_store_ids``, a batch's ``input_file_id``), which the guard never
    read: refused otherwise.""",
)


class _ChunkRestorer:
    """Chat completion chunks, choice by choice (``n`` > 1 interleaves them): each text field
    of a delta (``content``, ``refusal``, ``reasoning_content``, ``reasoning``: the gateway's
    :class:`~ai_guard.serve.restore.ChatStream` fields) and each tool call's streamed
    arguments (JSON text: the values put back JSON-escaped) restored, the tail that may still
    become a placeholder (``'[CC'`` then ``'CD_1]'``) held back per choice and field. A choice's
    held tails are released on its chunk with a ``finish_reason``, and whatever is still held
    on the stream's last chunk (a choice that ended in an earlier chunk without one), as an
    added choice if need be: nothing is dropped. Every other string of a chunk (a call's name,
    logprobs' tokens, which are the model's own pieces of the text it saw) is restored whole.
    """

    _TEXT_FIELDS = ("content", "refusal", "reasoning_content", "reasoning")

    def __init__(self, check: PromptCheck) -> None:
        self.check = check
        #: (choice, field, tool call index or 0) -> the field's held tail
        self.slots: dict[tuple[int, str, int], FieldTail] = {}

    def _slot(self, key: tuple[int, str, int]) -> FieldTail:
        return field_tail(self.slots, self.check, key)

    def restore(self, chunk: Any, following: Any) -> Any:
        for choice in getattr(chunk, "choices", None) or []:
            delta = getattr(choice, "delta", None)
            index = getattr(choice, "index", 0)
            if delta is not None:
                self._restore_delta(index, delta)
            restore_value(getattr(choice, "logprobs", None), self.check)
            if delta is not None and getattr(choice, "finish_reason", None) is not None:
                self._release(index, delta)
        if following is None:
            self._release_all(chunk)
        return chunk

    def _restore_delta(self, index: int, delta: Any) -> None:
        for name in self._TEXT_FIELDS:
            value = getattr(delta, name, None)
            if isinstance(value, str):
                setattr(delta, name, self._slot((index, name, 0)).feed(value))
        for call in getattr(delta, "tool_calls", None) or []:
            function: Any = getattr(call, "function", None)
            arguments = getattr(function, "arguments", None)
            if not isinstance(arguments, str):
                restore_value(call, self.check)
                continue
            function.arguments = None
            restore_value(call, self.check)
            key = (index, "tool", getattr(call, "index", 0))
            function.arguments = self._slot(key).feed(arguments)

    def _release(self, index: int, delta: Any) -> None:
        """The held tails of choice ``index``, added to ``delta``."""
        for key in [k for k in self.slots if k[0] == index]:
            rest = self.slots.pop(key).flush()
            if rest:
                _add_rest(delta, key, rest)

    def _release_all(self, chunk: Any) -> None:
        """On the last chunk: every tail still held, on its choice in this chunk, or on a
        choice added to it."""
        from openai.types.chat.chat_completion_chunk import Choice, ChoiceDelta

        choices = list(getattr(chunk, "choices", None) or [])
        for index in sorted({k[0] for k in self.slots}):
            here = [c for c in choices if getattr(c, "index", 0) == index]
            delta: Any = getattr(here[0], "delta", None) if here else None
            added = delta is None
            if added:
                delta = ChoiceDelta()
            before = len(self.slots)
            self._release(index, delta)
            if added and len(self.slots) < before and delta.model_dump(exclude_none=True):
                choices.append(Choice(index=index, delta=delta, finish_reason=None))
        if choices and hasattr(chunk, "choices"):
            chunk.choices = choices


def _add_rest(delta: Any, key: tuple[int, str, int], rest: str) -> None:
    """Add a released tail to its field of an SDK delta."""
    from openai.types.chat.chat_completion_chunk import (
        ChoiceDeltaToolCall,
        ChoiceDeltaToolCallFunction,
    )

    _, name, tool = key
    if name != "tool":
        current = getattr(delta, name, None)
        setattr(delta, name, (current if isinstance(current, str) else "") + rest)
        return
    calls = list(getattr(delta, "tool_calls", None) or [])
    for call in calls:
        function = getattr(call, "function", None)
        if getattr(call, "index", 0) == tool and function is not None:
            function.arguments = (function.arguments or "") + rest
            return
    function = ChoiceDeltaToolCallFunction(arguments=rest)
    calls.append(ChoiceDeltaToolCall(index=tool, function=function))
    delta.tool_calls = calls


class _ResponseEventRestorer:
    """The Responses API's stream: ``response.output_text.delta`` events per (output, content)
    part and ``response.function_call_arguments.delta`` events per output (JSON text: the
    values put back JSON-escaped), the held-back tail added to the part's last delta; every
    other event (``.done`` events, ``response.completed``) restored whole."""

    _TEXT = "response.output_text.delta"
    _ARGUMENTS = "response.function_call_arguments.delta"

    def __init__(self, check: PromptCheck) -> None:
        self.check = check
        self.parts: dict[tuple[Any, ...], FieldTail] = {}

    @staticmethod
    def _key(event: Any) -> tuple[Any, ...]:
        return (
            getattr(event, "type", None),
            getattr(event, "output_index", 0),
            getattr(event, "content_index", 0),
        )

    def restore(self, event: Any, following: Any) -> Any:
        kind = getattr(event, "type", None)
        if kind not in (self._TEXT, self._ARGUMENTS) or not isinstance(
            getattr(event, "delta", None), str
        ):
            return restore_value(event, self.check)
        key = self._key(event)
        tail = self.parts.get(key)
        if tail is None:
            restore = json_escaped(self.check) if kind == self._ARGUMENTS else self.check.restore
            tail = self.parts[key] = FieldTail(restore)
        delta = event.delta
        event.delta = None
        restore_value(event, self.check)  # its other strings (an item id, obfuscation)
        out = tail.feed(delta)
        if following is None or self._key(following) != key:
            out += tail.flush()
        event.delta = out
        return event
