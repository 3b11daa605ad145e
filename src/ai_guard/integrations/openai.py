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
values: whole answers, ``stream=True`` answers (chat chunks and Responses events restored even
when a placeholder is split across events), the ``.stream()`` helpers, ``with_raw_response``
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

__all__ = ["guard_client"]

C = TypeVar("C")


def guard_client(
    client: C,
    policy: Policy | None = None,
    *,
    allow_media: bool = False,
    allow_file_ids: bool = False,
) -> C:
    """Return a guarded proxy of ``client`` (``OpenAI`` or ``AsyncOpenAI``; typed as the
    client for your editor, but a proxy: ``isinstance`` checks see the proxy). The policy is
    :meth:`Policy.discover` when not given. ``allow_media=True`` lets images and audio through
    unchecked (no OCR or speech recognition runs here): only if your unit accepts that.
    ``allow_file_ids=True`` lets a request name a file the service already holds
    (``file_id``, ``vector_store_ids``, a batch's ``input_file_id``), which the guard never
    read: refused otherwise."""
    require_sdk("openai", "openai", "OpenAI", "ai_guard.integrations.openai")
    return cast(C, guard_sdk_client(client, _spec(), policy, allow_media, allow_file_ids))


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
    """Chat completion chunks: each choice's delta restored; the held-back tail of a choice (a
    possible placeholder) is released on the stream's last chunk. Every other string of a
    chunk (tool-call arguments, refusals) is restored whole."""

    def __init__(self, check: PromptCheck) -> None:
        self.check = check
        self.choices: dict[int, StreamRestorer] = {}

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
                restore_value(call, self.check)
        if following is None:
            for choice in getattr(chunk, "choices", None) or []:
                delta = getattr(choice, "delta", None)
                pending = self.choices.get(getattr(choice, "index", 0))
                if delta is not None and pending is not None:
                    rest = pending.flush()
                    if rest:
                        delta.content = (delta.content or "") + rest
        return chunk


class _ResponseEventRestorer:
    """The Responses API's stream: ``response.output_text.delta`` events per (output, content)
    part, the held-back tail added to the part's last delta; every other event (``.done``
    events, ``response.completed``, function-call arguments) restored whole."""

    _DELTA = "response.output_text.delta"

    def __init__(self, check: PromptCheck) -> None:
        self.check = check
        self.parts: dict[tuple[int, int], StreamRestorer] = {}

    @staticmethod
    def _key(event: Any) -> tuple[int, int]:
        return (getattr(event, "output_index", 0), getattr(event, "content_index", 0))

    def restore(self, event: Any, following: Any) -> Any:
        if getattr(event, "type", None) != self._DELTA or not isinstance(
            getattr(event, "delta", None), str
        ):
            return restore_value(event, self.check)
        key = self._key(event)
        restorer = self.parts.setdefault(key, StreamRestorer(self.check))
        out = restorer.feed(event.delta)
        if (
            following is None
            or getattr(following, "type", None) != self._DELTA
            or self._key(following) != key
        ):
            out += restorer.flush()
        event.delta = out
        return event
