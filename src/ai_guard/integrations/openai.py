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
from ai_guard.integrations._messages import check_request, lookahead, lookahead_async
from ai_guard.models import PromptCheck
from ai_guard.policy import Policy

__all__ = ["guard_client"]

_CHAT_KEYS = ("messages",)
_RESPONSES_KEYS = ("instructions", "input")


def _require_sdk() -> None:
    try:
        import openai  # noqa: F401
    except ImportError:
        raise ImportError(
            "ai_guard.integrations.openai needs the OpenAI SDK: pip install 'ai-guard[openai]' / "
            "cần cài SDK OpenAI: pip install 'ai-guard[openai]'"
        ) from None


def guard_client(client: Any, policy: Policy | None = None) -> Any:
    """Return a proxy of ``client`` (``OpenAI`` or ``AsyncOpenAI``) whose calls are guarded."""
    _require_sdk()
    return _Proxy(client, policy)


class _Proxy:
    def __init__(self, client: Any, policy: Policy | None) -> None:
        self._client = client
        self._policy = policy
        self.chat = _Chat(client, self)
        self.responses = _Responses(client.responses, self)

    @property
    def policy(self) -> Policy:
        if self._policy is None:
            self._policy = Policy.discover()
        return self._policy

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)


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
        import inspect

        result = self._completions.create(**request)
        if inspect.isawaitable(result):
            return self._acreate(result, check, bool(request.get("stream")))
        if request.get("stream"):
            return _stream(result, check)
        return _restore_completion(result, check)

    async def _acreate(self, pending: Any, check: PromptCheck, stream: bool) -> Any:
        result = await pending
        if stream:
            return _astream(result, check)
        return _restore_completion(result, check)


def _stream(stream: Any, check: PromptCheck) -> Any:
    restorers: dict[int, StreamRestorer] = {}
    for chunk, last in lookahead(iter(stream)):
        yield _restore_chunk(chunk, restorers, last, check)


async def _astream(stream: Any, check: PromptCheck) -> Any:
    restorers: dict[int, StreamRestorer] = {}
    async for chunk, last in lookahead_async(stream):
        yield _restore_chunk(chunk, restorers, last, check)


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
        import inspect

        result = self._responses.create(**request)
        if inspect.isawaitable(result):
            return self._acreate(result, check, bool(request.get("stream")))
        if request.get("stream"):
            return _response_events(result, check)
        return _restore_response(result, check)

    async def _acreate(self, pending: Any, check: PromptCheck, stream: bool) -> Any:
        result = await pending
        if stream:
            return _aresponse_events(result, check)
        return _restore_response(result, check)


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


def _pairs(items: Any) -> Any:
    it = iter(items)
    try:
        prev = next(it)
    except StopIteration:
        return
    for item in it:
        yield prev, item
        prev = item
    yield prev, None


async def _apairs(items: Any) -> Any:
    have = False
    prev: Any = None
    async for item in items:
        if have:
            yield prev, item
        prev, have = item, True
    if have:
        yield prev, None


def _response_events(stream: Any, check: PromptCheck) -> Any:
    restorer = _ResponseEventRestorer(check)
    for event, following in _pairs(stream):
        yield restorer.restore(event, following)


async def _aresponse_events(stream: Any, check: PromptCheck) -> Any:
    restorer = _ResponseEventRestorer(check)
    async for event, following in _apairs(stream):
        yield restorer.restore(event, following)
