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

from typing import Any, TypeVar, cast

from ai_guard.integrations import StreamRestorer
from ai_guard.integrations._proxy import SdkSpec, guard_sdk_client, require_sdk, restore_value
from ai_guard.models import PromptCheck
from ai_guard.prompt.policy import Policy
from ai_guard.serve.restore import FieldTail, json_escaped

__all__ = ["guard_client"]

C = TypeVar("C")


def guard_client(
    client: C,
    policy: Policy | None = None,
    *,
    allow_media: bool = False,
    allow_file_ids: bool = False,
    allow_stored: bool = False,
) -> C:
    """Return a guarded proxy of ``client`` (``OpenAI`` or ``AsyncOpenAI``; typed as the
    client for your editor, but a proxy: ``isinstance`` checks see the proxy). The policy is
    :meth:`Policy.discover` when not given. ``allow_media=True`` lets images and audio through
    unchecked (no OCR or speech recognition runs here): only if your unit accepts that.
    ``allow_file_ids=True`` lets a request name a file the service already holds
    (``file_id``, ``vector_store_ids``, a batch's ``input_file_id``), which the guard never
    read: refused otherwise. A file this guard uploaded passes. Content the
    service holds named by a reference (``previous_response_id``, a ``conversation``, a
    ``container``, a cache ...) passes when a call through this guard made it, and is refused
    otherwise unless ``allow_stored=True``."""
    require_sdk("openai", "openai", "OpenAI", "ai_guard.integrations.openai")
    return cast(
        C, guard_sdk_client(client, _spec(), policy, allow_media, allow_file_ids, allow_stored)
    )


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
    )


class _ChunkRestorer:
    """Chat completion chunks: each choice's delta restored, and each tool call's streamed
    arguments (JSON text: the values put back JSON-escaped); the held-back tail of a choice or
    of a call (a possible placeholder, ``'{"so": "[CC'`` then ``'CD_1]"}'``) is released on the
    stream's last chunk. Every other string of a chunk (refusals, a call's name) is restored
    whole."""

    def __init__(self, check: PromptCheck) -> None:
        self.check = check
        self.choices: dict[int, StreamRestorer] = {}
        self.calls: dict[tuple[int, int], FieldTail] = {}

    def restore(self, chunk: Any, following: Any) -> Any:
        for choice in getattr(chunk, "choices", None) or []:
            delta = getattr(choice, "delta", None)
            if delta is None:
                continue
            index = getattr(choice, "index", 0)
            restorer = self.choices.setdefault(index, StreamRestorer(self.check))
            content = getattr(delta, "content", None)
            if isinstance(content, str):
                delta.content = restorer.feed(content)
            for call in getattr(delta, "tool_calls", None) or []:
                function: Any = getattr(call, "function", None)
                arguments = getattr(function, "arguments", None)
                if not isinstance(arguments, str):
                    restore_value(call, self.check)
                    continue
                function.arguments = None
                restore_value(call, self.check)
                key = (index, getattr(call, "index", 0))
                tail = self.calls.setdefault(key, FieldTail(json_escaped(self.check)))
                function.arguments = tail.feed(arguments)
        if following is None:
            for choice in getattr(chunk, "choices", None) or []:
                delta = getattr(choice, "delta", None)
                index = getattr(choice, "index", 0)
                pending = self.choices.get(index)
                if delta is not None and pending is not None:
                    rest = pending.flush()
                    if rest:
                        delta.content = (delta.content or "") + rest
                if delta is not None:
                    self._release_calls(index, delta)
        return chunk

    def _release_calls(self, index: int, delta: Any) -> None:
        """The held tails of the choice's tool calls, added to this last chunk's delta."""
        from openai.types.chat.chat_completion_chunk import (
            ChoiceDeltaToolCall,
            ChoiceDeltaToolCallFunction,
        )

        for (choice, tool), tail in self.calls.items():
            rest = tail.flush() if choice == index else ""
            if not rest:
                continue
            calls = list(getattr(delta, "tool_calls", None) or [])
            same = [c for c in calls if getattr(c, "index", 0) == tool]
            function = getattr(same[0], "function", None) if same else None
            if function is not None:
                function.arguments = (function.arguments or "") + rest
                continue
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
