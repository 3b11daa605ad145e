"""``guard_client(client)`` for the OpenAI SDK (``pip install 'ai-guard[openai]'``).

    from openai import OpenAI
    from ai_guard.integrations.openai import guard_client

    client = guard_client(OpenAI())
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[...])   # checked

Wrapped: ``chat.completions.create`` and ``responses.create`` (both also ``stream=True``), for
``OpenAI`` and ``AsyncOpenAI``. Every text of the request (messages, list-of-parts content,
``instructions``, ``input``) is checked together: a blocked request raises
:class:`~ai_guard.integrations.PromptBlocked` before anything reaches the network; otherwise
the redacted request is sent and the answer's text (each choice's message, each streamed
delta, the response's output text) comes back with the original values. A ``user`` field that
is an official e-mail is refused. Everything else of the client is passed through unchanged.
"""

from __future__ import annotations

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

_CHAT_KEYS = ("messages",)
_RESPONSES_KEYS = ("instructions", "input")


def guard_client(client: Any, policy: Policy | None = None) -> Any:
    """Return a proxy of ``client`` (``OpenAI`` or ``AsyncOpenAI``) whose calls are guarded."""
    require_sdk("openai", "openai", "OpenAI", "ai_guard.integrations.openai")
    return _Proxy(client, policy)


class _Proxy(ClientProxy):
    def __init__(self, client: Any, policy: Policy | None) -> None:
        super().__init__(client, policy)
        self.chat = _Chat(client, self)
        self.responses = _Responses(client.responses, self)


class _Chat:
    def __init__(self, client: Any, proxy: _Proxy) -> None:
        self._chat = client.chat
        self.completions = _Completions(client.chat.completions, proxy)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._chat, name)


def _restore_completion(result: Any, check: PromptCheck) -> Any:
    for choice in getattr(result, "choices", None) or []:
        message = getattr(choice, "message", None)
        if message is not None and isinstance(getattr(message, "content", None), str):
            message.content = check.restore(message.content)
    return result


def _restore_chunk(chunk: Any, restorers: dict[int, StreamRestorer], last: bool,
                   check: PromptCheck) -> Any:  # fmt: skip
    for choice in getattr(chunk, "choices", None) or []:
        delta = getattr(choice, "delta", None)
        if delta is None:
            continue
        restorer = restorers.setdefault(getattr(choice, "index", 0), StreamRestorer(check))
        content = getattr(delta, "content", None)
        if isinstance(content, str):
            delta.content = restorer.feed(content)
    if last:
        # the stream's last chunk carries whatever was held back as a possible placeholder
        for choice in getattr(chunk, "choices", None) or []:
            delta = getattr(choice, "delta", None)
            pending = restorers.get(getattr(choice, "index", 0))
            if delta is not None and pending is not None:
                rest = pending.flush()
                if rest:
                    delta.content = (delta.content or "") + rest
    return chunk


class _Completions:
    def __init__(self, completions: Any, proxy: _Proxy) -> None:
        self._completions = completions
        self._proxy = proxy

    def __getattr__(self, name: str) -> Any:
        return getattr(self._completions, name)

    def create(self, **kwargs: Any) -> Any:
        request, check = check_request(
            kwargs, _CHAT_KEYS, self._proxy.policy, "openai.chat.completions"
        )
        return send_checked(
            self._completions.create, request, check, _restore_completion, _ChunkRestorer
        )


class _ChunkRestorer:
    """Chat completion chunks: each choice's delta restored; the stream's last chunk carries
    what was held back as a possible placeholder."""

    def __init__(self, check: PromptCheck) -> None:
        self.check = check
        self.choices: dict[int, StreamRestorer] = {}

    def restore(self, chunk: Any, following: Any) -> Any:
        return _restore_chunk(chunk, self.choices, following is None, self.check)


def _restore_response(result: Any, check: PromptCheck) -> Any:
    for item in getattr(result, "output", None) or []:
        for content in getattr(item, "content", None) or []:
            if isinstance(getattr(content, "text", None), str):
                content.text = check.restore(content.text)
    return result


class _Responses:
    def __init__(self, responses: Any, proxy: _Proxy) -> None:
        self._responses = responses
        self._proxy = proxy

    def __getattr__(self, name: str) -> Any:
        return getattr(self._responses, name)

    def create(self, **kwargs: Any) -> Any:
        request, check = check_request(
            kwargs, _RESPONSES_KEYS, self._proxy.policy, "openai.responses"
        )
        return send_checked(
            self._responses.create, request, check, _restore_response, _ResponseEventRestorer
        )


class _ResponseEventRestorer:
    """Restores the Responses API's stream: ``response.output_text.delta`` events per
    (output, content) part, the held-back tail added to the part's last delta; ``.done``
    events and the final ``response.completed`` response restored whole."""

    _DELTA = "response.output_text.delta"

    def __init__(self, check: PromptCheck) -> None:
        self.check = check
        self.parts: dict[tuple[int, int], StreamRestorer] = {}

    @staticmethod
    def _key(event: Any) -> tuple[int, int]:
        return (getattr(event, "output_index", 0), getattr(event, "content_index", 0))

    def restore(self, event: Any, following: Any) -> Any:
        kind = getattr(event, "type", None)
        if kind == self._DELTA and isinstance(getattr(event, "delta", None), str):
            key = self._key(event)
            restorer = self.parts.setdefault(key, StreamRestorer(self.check))
            out = restorer.feed(event.delta)
            if (
                following is None
                or getattr(following, "type", None) != self._DELTA
                or (self._key(following) != key)
            ):
                out += restorer.flush()
            event.delta = out
        elif kind == "response.output_text.done" and isinstance(getattr(event, "text", None), str):
            event.text = self.check.restore(event.text)
        elif getattr(event, "response", None) is not None and kind in (
            "response.completed",
            "response.incomplete",
        ):
            _restore_response(event.response, self.check)
        return event
