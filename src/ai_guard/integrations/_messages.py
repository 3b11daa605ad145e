"""Shared plumbing of the SDK wrappers: check every text of a request at once, restore answers.

All text parts of a request (system prompt, every message, every text part of a message) are
checked together, so that one value gets one placeholder everywhere and the decision covers the
whole conversation. They are joined with a separator no detector crosses and split back after
redaction; if a redaction ever swallowed a separator, the request is blocked (fail closed).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, MutableMapping
from typing import Any

from ai_guard.integrations import PromptBlocked, _record, check_account_email
from ai_guard.models import PromptCheck
from ai_guard.policy import Policy

__all__ = ["Slot", "check_request", "lookahead", "lookahead_async"]

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


def lookahead(items: Iterator[Any]) -> Iterator[tuple[Any, bool]]:
    """Yield ``(item, is_last)``: the last chunk of a stream carries the held-back text."""
    it = iter(items)
    try:
        prev = next(it)
    except StopIteration:
        return
    for item in it:
        yield prev, False
        prev = item
    yield prev, True


async def lookahead_async(items: Any) -> Any:
    have = False
    prev: Any = None
    async for item in items:
        if have:
            yield prev, False
        prev, have = item, True
    if have:
        yield prev, True
