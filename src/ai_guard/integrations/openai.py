"""``guard_client(client)`` for the OpenAI SDK (``pip install 'ai-guard[openai]'``).

    from openai import OpenAI
    from ai_guard.integrations.openai import guard_client

    client = guard_client(OpenAI())
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[...])   # checked

Wrapped: ``chat.completions.create`` (also ``stream=True``) and ``responses.create``, for
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
        if kwargs.get("stream"):
            raise NotImplementedError(
                "responses.create(stream=True) is not guarded yet; use chat.completions with "
                "stream=True / chưa hỗ trợ responses.create(stream=True)"
            )
        request, check = check_request(
            kwargs, _RESPONSES_KEYS, self._proxy.policy, "openai.responses"
        )
        import inspect

        result = self._responses.create(**request)
        if inspect.isawaitable(result):
            return self._acreate(result, check)
        return _restore_response(result, check)

    async def _acreate(self, pending: Any, check: PromptCheck) -> Any:
        return _restore_response(await pending, check)
