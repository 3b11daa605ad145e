"""Shared plumbing of the SDK wrappers: check every text of a request at once, restore answers.

All text parts of a request (system prompt, every message, every text part of a message) are
checked together, so that one value gets one placeholder everywhere and the decision covers the
whole conversation. They are joined with a separator no detector crosses and split back after
redaction; if a redaction ever swallowed a separator, the request is blocked (fail closed).
"""

from __future__ import annotations

import inspect
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Iterator,
    Mapping,
    MutableMapping,
)
from typing import Any, Protocol

from ai_guard.integrations import PromptBlocked, _record, check_account_email
from ai_guard.models import PromptCheck
from ai_guard.policy import Policy

__all__ = [
    "ClientProxy",
    "EventRestorer",
    "Slot",
    "check_request",
    "require_sdk",
    "restore_stream",
    "restore_stream_async",
    "send_checked",
]

_SEP = "\n\u241e\u2063\n"


class Slot:
    """A place in the request that holds text, and how to write the redacted text back."""

    def __init__(self, text: str, write: Callable[[str], None]) -> None:
        self.text = text
        self.write = write


def _content_slots(holder: MutableMapping[str, Any], key: str) -> Iterator[Slot]:
    value = holder.get(key)
    if isinstance(value, str):

        def write(new: str, h: MutableMapping[str, Any] = holder) -> None:
            h[key] = new

        yield Slot(value, write)
    elif isinstance(value, list):
        for idx, part in enumerate(value):
            if isinstance(part, MutableMapping):
                for field in ("text", "input_text"):
                    if isinstance(part.get(field), str):

                        def write_part(new: str, p: MutableMapping[str, Any] = part,
                                       f: str = field) -> None:  # fmt: skip
                            p[f] = new

                        yield Slot(part[field], write_part)
            elif isinstance(part, str):

                def write_item(new: str, lst: list[Any] = value, i: int = idx) -> None:
                    lst[i] = new

                yield Slot(part, write_item)


def request_slots(kwargs: MutableMapping[str, Any], keys: tuple[str, ...]) -> list[Slot]:
    """Text slots of a request: top-level keys (``system``, ``instructions``, ``input`` as a
    string) and every message's ``content``."""
    slots: list[Slot] = []
    for key in keys:
        if key in ("messages", "input") and isinstance(kwargs.get(key), list):
            copied = [dict(m) if isinstance(m, Mapping) else m for m in kwargs[key]]
            for m in copied:
                if isinstance(m, dict):
                    if isinstance(m.get("content"), list):
                        m["content"] = [
                            dict(p) if isinstance(p, Mapping) else p for p in m["content"]
                        ]
                    slots.extend(_content_slots(m, "content"))
            kwargs[key] = copied
        elif isinstance(kwargs.get(key), list):
            kwargs[key] = [dict(p) if isinstance(p, Mapping) else p for p in kwargs[key]]
            slots.extend(_content_slots(kwargs, key))
        else:
            slots.extend(_content_slots(kwargs, key))
    return slots


def check_request(
    kwargs: dict[str, Any],
    keys: tuple[str, ...],
    policy: Policy,
    name: str,
    user_fields: tuple[tuple[str, ...], ...] = (("user",),),
) -> tuple[dict[str, Any], PromptCheck]:
    """Return the redacted copy of the request's keyword arguments and the check, or raise
    :class:`PromptBlocked`. An e-mail in a user field must not be an official one."""
    from ai_guard.prompt import check_prompt

    request = dict(kwargs)
    for path in user_fields:
        value: Any = request
        for part in path:
            value = value.get(part) if isinstance(value, Mapping) else None
        if isinstance(value, str) and "@" in value:
            check_account_email(value)
    slots = request_slots(request, keys)
    joined = _SEP.join(s.text for s in slots)
    check = check_prompt(joined, policy=policy)
    _record(policy, check, name, str(request.get("model") or ""))
    if check.blocked:
        raise PromptBlocked(check)
    pieces = check.redacted_text.split(_SEP)
    if len(pieces) != len(slots):
        raise PromptBlocked(check)  # a redaction crossed two messages: fail closed
    for slot, piece in zip(slots, pieces, strict=True):
        if piece != slot.text:
            slot.write(piece)
    return request, check


class EventRestorer(Protocol):
    """Restores one streamed event (chunk) in place, knowing the event after it (None for
    the last): a part's held-back tail is released on its last delta."""

    def restore(self, event: Any, following: Any) -> Any: ...


def _pairs(items: Iterable[Any]) -> Iterator[tuple[Any, Any]]:
    """Yield ``(item, next item or None)``."""
    it = iter(items)
    try:
        prev = next(it)
    except StopIteration:
        return
    for item in it:
        yield prev, item
        prev = item
    yield prev, None


async def _pairs_async(items: AsyncIterable[Any]) -> AsyncIterator[tuple[Any, Any]]:
    have = False
    prev: Any = None
    async for item in items:
        if have:
            yield prev, item
        prev, have = item, True
    if have:
        yield prev, None


def restore_stream(stream: Iterable[Any], restorer: EventRestorer) -> Iterator[Any]:
    for event, following in _pairs(stream):
        yield restorer.restore(event, following)


async def restore_stream_async(
    stream: AsyncIterable[Any], restorer: EventRestorer
) -> AsyncIterator[Any]:
    async for event, following in _pairs_async(stream):
        yield restorer.restore(event, following)


def send_checked(
    create: Callable[..., Any],
    request: dict[str, Any],
    check: PromptCheck,
    restore: Callable[[Any, PromptCheck], Any],
    events: Callable[[PromptCheck], EventRestorer],
) -> Any:
    """Send the redacted request with the SDK's ``create`` (sync or async client) and return
    its answer restored: a whole answer by ``restore``, a ``stream=True`` answer event by
    event with a restorer from ``events``."""
    result = create(**request)
    streaming = bool(request.get("stream"))
    if inspect.isawaitable(result):
        return _send_async(result, check, streaming, restore, events)
    if streaming:
        return restore_stream(result, events(check))
    return restore(result, check)


async def _send_async(
    pending: Awaitable[Any],
    check: PromptCheck,
    streaming: bool,
    restore: Callable[[Any, PromptCheck], Any],
    events: Callable[[PromptCheck], EventRestorer],
) -> Any:
    result = await pending
    if streaming:
        return restore_stream_async(result, events(check))
    return restore(result, check)


class ClientProxy:
    """A guarded client: the wrapped namespaces are set by the subclass, everything else is
    the SDK client's own. The policy is discovered on first use."""

    def __init__(self, client: Any, policy: Policy | None) -> None:
        self._client = client
        self._policy = policy

    @property
    def policy(self) -> Policy:
        if self._policy is None:
            self._policy = Policy.discover()
        return self._policy

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)


def require_sdk(module: str, extra: str, vendor: str, where: str) -> None:
    """Raise an ImportError naming the extra when the vendor's SDK is not installed."""
    import importlib

    try:
        importlib.import_module(module)
    except ImportError:
        raise ImportError(
            f"{where} needs the {vendor} SDK: pip install 'ai-guard[{extra}]' / "
            f"cần cài SDK {vendor}: pip install 'ai-guard[{extra}]'"
        ) from None
