"""Putting the original values back into an upstream's answer, whole or streamed.

A redacted request went out with placeholders (``[PERSON_1]``); the answer repeats them
wherever the model did: message content, tool-call arguments (JSON inside a string), the
Responses API's output, Anthropic content blocks. :func:`restore_json` restores every string
of an answer. A value restored inside JSON text (tool arguments) is JSON-escaped, so an
original value with a quote or a line break keeps the arguments valid JSON.

Streams arrive as server-sent events (:class:`SSEParser`); a placeholder may be split across
events (``"[PER"`` then ``"SON_1]"``). One restorer per stream holds, per (choice, field) or
(block, field), the tail that may still become a placeholder
(the rule of :class:`~ai_guard.integrations.StreamRestorer`) and releases it with the field's
last delta:

- chat completions (:class:`ChatStream`): per choice index and field (``content``,
  ``refusal``, reasoning text, each tool call's ``arguments``); flushed into the chunk that
  carries the choice's ``finish_reason``, and whatever is still held when the stream ends goes
  out in one more chunk before ``[DONE]``;
- Responses (:class:`ResponsesStream`) and Anthropic messages (:class:`MessagesStream`): per
  delta event kind and position; flushed into the last delta before another event.

An event with nothing to restore passes as it came: every event of a request that had nothing
redacted, and any event whose JSON text cannot hold a placeholder or the start of one (no
``[`` before a capital letter, a quote or an escape; no ``\\u`` escape) while nothing is held
back. Every event is parsed all the same: one whose data is not JSON is a broken stream
(:class:`BrokenStreamError`) and nothing of it is forwarded.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable
from typing import Any

from ai_guard.models import PromptCheck
from ai_guard.prompt.redact import PLACEHOLDER, held_back

__all__ = [
    "BrokenStreamError",
    "ChatStream",
    "FieldTail",
    "MessagesStream",
    "ResponsesStream",
    "SSEEvent",
    "SSEParser",
    "StreamRestorerBase",
    "field_tail",
    "json_escaped",
    "restore_in_place",
    "restore_json",
]


class BrokenStreamError(Exception):
    """An upstream's event stream cannot be read (an event that is not JSON, a stream cut
    inside an event)."""


def json_escaped(check: PromptCheck) -> Callable[[str], str]:
    """Restore placeholders in JSON text: each value JSON-escaped (quotes, line breaks)."""

    def one(match: Any) -> str:
        value = check.restore(match.group(0))
        return json.dumps(value, ensure_ascii=False)[1:-1]

    def restore(text: str) -> str:
        if "[" not in text:
            return text
        return PLACEHOLDER.sub(one, text)

    return restore


def _restore_string(value: str, check: PromptCheck) -> str:
    if "[" not in value:
        return value
    if value[:1] in ("{", "[") and value.rstrip()[-1:] in ("}", "]"):
        try:
            json.loads(value)
        except ValueError:
            pass
        else:  # JSON inside a string (tool-call arguments): keep it valid JSON
            return json_escaped(check)(value)
    return check.restore(value)


def restore_json(value: Any, check: PromptCheck) -> Any:
    """Restore every string of a parsed JSON answer, in place (dictionaries and lists are
    changed; keys are kept); returns the restored value (a new one for a bare string)."""
    if isinstance(value, str):
        return _restore_string(value, check)
    restore_in_place(value, check)
    return value


def restore_in_place(value: Any, check: PromptCheck) -> bool:
    """Restore every string inside the dictionaries and lists of ``value``; whether any
    changed (when none did, the JSON text it was parsed from can be sent as it came)."""
    changed = False
    stack: list[Any] = [value]
    while stack:
        node = stack.pop()
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for k, v in items:
            if isinstance(v, str):
                if "[" in v:
                    restored = _restore_string(v, check)
                    if restored != v:
                        node[k] = restored
                        changed = True
            elif isinstance(v, (dict, list)):
                stack.append(v)
    return changed


class FieldTail:
    """One streamed field: :class:`~ai_guard.integrations.StreamRestorer`'s rule (hold back
    the tail that may still become a placeholder, :func:`~ai_guard.prompt.redact.held_back`)
    with the restoring function of the field (plain text, or JSON text whose restored values
    are JSON-escaped), and whether anything is held."""

    __slots__ = ("_restore", "held")

    def __init__(self, restore: Callable[[str], str]) -> None:
        self._restore = restore
        self.held = ""

    def feed(self, chunk: str) -> str:
        text = self.held + chunk
        cut = held_back(text)
        self.held = text[cut:]
        return self._restore(text[:cut]) if cut else ""

    def flush(self) -> str:
        rest, self.held = self.held, ""
        return self._restore(rest) if rest else ""


# -- server-sent events ----------------------------------------------------------------------


#: the C scanner under :func:`json.loads`, called straight: a chunk's JSON is read in about
#: 1.9 us instead of 2.9 (``loads``, ``decode`` and ``raw_decode`` are Python frames around it)
_scan: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]


def field_tail(
    slots: dict[tuple[int, str, int], FieldTail], check: PromptCheck, key: tuple[int, str, int]
) -> FieldTail:
    """The held tail of one streamed field, ``(choice, field, tool call index or 0)``, made on
    its first chunk: a tool call's arguments are restored JSON-escaped, text as it is (shared
    by the gateway's stream and the guarded OpenAI client's)."""
    slot = slots.get(key)
    if slot is None:
        restore = json_escaped(check) if key[1] == "tool" else check.restore
        slot = slots[key] = FieldTail(restore)
    return slot


def _loads(text: str) -> Any:
    """``json.loads(text)``, the common case (a value from the first character to the last)
    read by the scanner alone; anything else (white space around it, not JSON) by
    ``json.loads`` itself: the same value, the same refusals."""
    try:
        value, end = _scan(text, 0)
    except (StopIteration, ValueError):
        end = -1
    if end != len(text):
        try:
            value = json.loads(text)
        except ValueError:
            raise BrokenStreamError("event data is not JSON") from None
    return value


class SSEEvent:
    """One server-sent event: its ``event`` name (may be empty), its data, its id; ``raw``,
    when set, the exact bytes it came as, which :meth:`encode` gives back (an event passed on
    unchanged is not written again)."""

    __slots__ = ("_parsed", "data", "event", "id", "raw")

    def __init__(
        self, data: str, event: str = "", id: str | None = None, raw: bytes | None = None
    ) -> None:
        self.data = data
        self.event = event
        self.id = id
        self.raw = raw
        self._parsed: Any = None

    def json(self) -> Any:
        """The data as JSON (parsed once); :class:`BrokenStreamError` when it is not JSON."""
        if self._parsed is None:
            self._parsed = _loads(self.data)
        return self._parsed

    def with_data(self, value: Any) -> SSEEvent:
        event = SSEEvent(json.dumps(value, ensure_ascii=False, separators=(",", ":")), self.event)
        event.id = self.id
        event._parsed = value
        return event

    def encode(self) -> bytes:
        if self.raw is not None:
            return self.raw
        lines = []
        if self.event:
            lines.append(f"event: {self.event}")
        if self.id is not None:
            lines.append(f"id: {self.id}")
        lines.extend(f"data: {line}" for line in self.data.split("\n"))
        return ("\n".join(lines) + "\n\n").encode("utf-8")


class SSEParser:
    """Reads server-sent events from the bytes of a response, chunk by chunk (events and
    lines may be split anywhere, ``\\r\\n`` too). Comments and ``retry`` lines are dropped.

    The common shape, one ``data: <json>`` line and a blank line per event, is read from the
    bytes with one ``find`` each while nothing is left over from the chunk before, and each
    such event keeps its bytes (``raw``: passed on as they came when nothing changes it);
    anything else goes through the lines of the decoded text."""

    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self._buffer = ""
        self._data: list[str] = []
        self._event = ""
        self._id: str | None = None
        self._fields = False
        #: nothing left over (no text, no part of a character, no field of an open event)
        self._clear = True

    def feed(self, chunk: bytes) -> list[SSEEvent]:
        events: list[SSEEvent] = []
        start = 0
        if self._clear:
            while chunk.startswith(b"data: ", start):
                end = chunk.find(b"\n", start)
                if end < 0 or chunk[end + 1 : end + 2] != b"\n":
                    break
                found = chunk[start + 6 : end]
                if b"\r" in found:
                    break
                try:
                    data = found.decode("utf-8")
                except UnicodeDecodeError:
                    raise BrokenStreamError("stream is not UTF-8") from None
                raw = chunk[start : end + 2] if self._id is None else None
                events.append(SSEEvent(data, "", self._id, raw))
                start = end + 2
            if start == len(chunk):
                return events
            if start:
                chunk = chunk[start:]
        try:
            text = self._buffer + self._decoder.decode(chunk)
        except UnicodeDecodeError:
            raise BrokenStreamError("stream is not UTF-8") from None
        held = ""
        if text.endswith("\r"):  # maybe the first half of "\r\n"
            text, held = text[:-1], "\r"
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        self._buffer = lines.pop() + held
        for line in lines:
            if not line:
                if self._fields:
                    if self._data:
                        events.append(SSEEvent("\n".join(self._data), self._event, self._id))
                    self._data, self._event, self._fields = [], "", False
                continue
            if line.startswith(":"):
                continue
            name, _, value = line.partition(":")
            value = value.removeprefix(" ")
            self._fields = True
            if name == "data":
                self._data.append(value)
            elif name == "event":
                self._event = value
            elif name == "id":
                self._id = value
        self._clear = not self._buffer and not self._fields and not self._decoder.getstate()[0]
        return events

    def end(self) -> None:
        """The stream is over: :class:`BrokenStreamError` if it stopped inside an event."""
        try:
            rest = self._buffer + self._decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            raise BrokenStreamError("stream is not UTF-8") from None
        if rest.strip("\r\n") or self._fields:
            raise BrokenStreamError("stream ended inside an event")


# -- stream restorers ------------------------------------------------------------------------


#: What, in an event's JSON text, may put a ``[`` followed by a capital letter, or a ``[`` at
#: its end, into a decoded string (where a placeholder, or the start of one, can be): ``[``
#: then a capital, a closing quote or an escape; or any ``\u`` escape (``\u005b`` is ``[``).
#: An event without one has nothing to restore and nothing to hold back.
_MAY_HOLD_PLACEHOLDER = re.compile(r'\[[A-Z"\\]|\\u')


class StreamRestorerBase:
    """Restores one stream's events; :meth:`restore` sees the event that follows (``None``
    for the last one) so a field's held-back tail goes out with its last delta.

    ``idle``: the request had nothing redacted (no placeholder to put back), so every event
    passes as it came once its data is read as JSON."""

    def __init__(self, check: PromptCheck) -> None:
        self.check = check
        self.idle = not check.placeholders
        #: whether a field holds back a tail (kept up to date where tails are fed or
        #: flushed, not looked for at every event)
        self.holding = False

    @staticmethod
    def plain(event: SSEEvent) -> bool:
        """Whether no string of ``event`` can hold a placeholder or the start of one."""
        return _MAY_HOLD_PLACEHOLDER.search(event.data) is None

    def restore(self, event: SSEEvent, following: SSEEvent | None) -> list[SSEEvent]:
        raise NotImplementedError

    def finish(self) -> list[SSEEvent]:
        """Events to send after the last one (what is still held back)."""
        return []


class ChatStream(StreamRestorerBase):
    """Chat completion chunks (see the module docstring)."""

    _TEXT_FIELDS = ("content", "refusal", "reasoning_content", "reasoning")

    def __init__(self, check: PromptCheck) -> None:
        super().__init__(check)
        self.slots: dict[tuple[int, str, int], FieldTail] = {}
        self.last: dict[str, Any] = {}

    def _slot(self, key: tuple[int, str, int]) -> FieldTail:
        return field_tail(self.slots, self.check, key)

    def restore(self, event: SSEEvent, following: SSEEvent | None) -> list[SSEEvent]:
        if event.data[:1] != "{" and event.data.strip() == "[DONE]":
            return [*self.finish(), event]
        data = event.json()
        if not isinstance(data, dict):
            raise BrokenStreamError("chunk is not an object")
        self.last = data
        if self.idle or (not self.holding and self.plain(event)):
            return [event]  # nothing to restore, nothing held back: as it came
        taken: list[tuple[dict[str, Any], str, tuple[int, str, int]]] = []
        choices = data.get("choices")
        for choice in choices if isinstance(choices, list) else []:
            if not isinstance(choice, dict) or not isinstance(choice.get("delta"), dict):
                continue
            index = choice.get("index", 0) if isinstance(choice.get("index"), int) else 0
            delta = choice["delta"]
            for name in self._TEXT_FIELDS:
                if isinstance(delta.get(name), str):
                    taken.append((delta, name, (index, name, 0)))
            calls = delta.get("tool_calls")
            for call in calls if isinstance(calls, list) else []:
                fn = call.get("function") if isinstance(call, dict) else None
                if isinstance(fn, dict) and isinstance(fn.get("arguments"), str):
                    tool = call.get("index", 0) if isinstance(call.get("index"), int) else 0
                    taken.append((fn, "arguments", (index, "tool", tool)))
        if not self.holding and not any("[" in where[name] for where, name, _ in taken):
            # nothing held back and no streamed text that may start a placeholder
            changed = restore_in_place(data, self.check)
            return [event.with_data(data)] if changed else [event]
        pieces = [(where, name, key, where.pop(name)) for where, name, key in taken]
        restore_in_place(data, self.check)
        for where, name, key, value in pieces:
            where[name] = self._slot(key).feed(value)
        for choice in choices if isinstance(choices, list) else []:
            if isinstance(choice, dict) and choice.get("finish_reason") is not None:
                self._flush_choice(choice)
        self.holding = any(s.held for s in self.slots.values())
        return [event.with_data(data)]

    def _flush_choice(self, choice: dict[str, Any]) -> None:
        index = choice.get("index", 0) if isinstance(choice.get("index"), int) else 0
        delta = choice.setdefault("delta", {})
        if not isinstance(delta, dict):
            return
        for key in [k for k in self.slots if k[0] == index]:
            rest = self.slots.pop(key).flush()
            if rest:
                _add_rest(delta, key, rest)

    def finish(self) -> list[SSEEvent]:
        by_choice: dict[int, dict[str, Any]] = {}
        for key, slot in list(self.slots.items()):
            rest = slot.flush()
            if rest:
                _add_rest(by_choice.setdefault(key[0], {}), key, rest)
        self.slots.clear()
        self.holding = False
        if not by_choice:
            return []
        template: dict[str, Any] = {
            k: self.last[k] for k in ("id", "object", "created", "model") if k in self.last
        }
        chunk: dict[str, Any] = {
            **template,
            "choices": [
                {"index": i, "delta": delta, "finish_reason": None}
                for i, delta in sorted(by_choice.items())
            ],
        }
        return [SSEEvent("").with_data(chunk)]


def _add_rest(delta: dict[str, Any], key: tuple[int, str, int], rest: str) -> None:
    _, name, tool = key
    if name != "tool":
        current = delta.get(name)
        delta[name] = (current if isinstance(current, str) else "") + rest
        return
    calls = delta.get("tool_calls")
    if not isinstance(calls, list):
        calls = delta["tool_calls"] = []
    for call in calls:
        if isinstance(call, dict) and call.get("index", 0) == tool:
            fn = call.setdefault("function", {})
            fn["arguments"] = (fn.get("arguments") or "") + rest
            return
    calls.append({"index": tool, "function": {"arguments": rest}})


class _DeltaStream(StreamRestorerBase):
    """Streams whose text arrives as delta events (Responses, Anthropic messages): one
    restorer per :meth:`slot` key; the tail is released on the last delta of a key."""

    def __init__(self, check: PromptCheck) -> None:
        super().__init__(check)
        self.slots: dict[tuple[Any, ...], FieldTail] = {}

    def slot(self, data: Any) -> tuple[tuple[Any, ...], dict[str, Any], str] | None:
        """(key, the object holding the streamed field, the field's name), or None."""
        raise NotImplementedError

    def fragment(self, key: tuple[Any, ...]) -> bool:
        """Whether the field of ``key`` streams JSON text."""
        return False

    def restore(self, event: SSEEvent, following: SSEEvent | None) -> list[SSEEvent]:
        data = event.json()
        found = self.slot(data)
        if self.idle or (not self.holding and self.plain(event)):
            if found is not None and found[0] in self.slots and self._ends(found[0], following):
                self.slots.pop(found[0], None)
            return [event]  # nothing to restore, nothing held back: as it came
        if found is None:
            changed = restore_in_place(data, self.check)
            return [event.with_data(data)] if changed else [event]
        key, holder, name = found
        slot = self.slots.get(key)
        ends = self._ends(key, following)
        if (slot is None or not slot.held) and "[" not in holder[name]:
            # nothing held back and no text that may start a placeholder
            if ends:
                self.slots.pop(key, None)
            changed = restore_in_place(data, self.check)
            return [event.with_data(data)] if changed else [event]
        if slot is None:
            restore = json_escaped(self.check) if self.fragment(key) else self.check.restore
            slot = self.slots[key] = FieldTail(restore)
        piece = holder.pop(name)
        restore_in_place(data, self.check)
        out = slot.feed(piece)
        if ends:
            out += slot.flush()
            del self.slots[key]
        holder[name] = out
        self.holding = any(s.held for s in self.slots.values())
        return [event.with_data(data)]

    def _ends(self, key: tuple[Any, ...], following: SSEEvent | None) -> bool:
        """Whether the field of ``key`` streams no more after this event."""
        if following is None:
            return True
        try:
            nxt = self.slot(following.json())
        except BrokenStreamError:
            return True
        return nxt is None or nxt[0] != key

    def finish(self) -> list[SSEEvent]:
        if any(slot.held for slot in self.slots.values()):  # pragma: no cover - flushed
            raise BrokenStreamError("a delta was left unflushed")
        return []


class ResponsesStream(_DeltaStream):
    """The Responses API's events: ``response.output_text.delta``, function-call argument
    deltas, reasoning deltas, each keyed by its type and position."""

    def slot(self, data: Any) -> tuple[tuple[Any, ...], dict[str, Any], str] | None:
        if not isinstance(data, dict):
            raise BrokenStreamError("event is not an object")
        kind = data.get("type")
        if not isinstance(kind, str) or not kind.endswith(".delta"):
            return None
        if not isinstance(data.get("delta"), str):
            return None
        key = (
            kind,
            data.get("output_index"),
            data.get("content_index"),
            data.get("summary_index"),
            data.get("item_id"),
        )
        return key, data, "delta"

    def fragment(self, key: tuple[Any, ...]) -> bool:
        return "arguments" in str(key[0])


class MessagesStream(_DeltaStream):
    """Anthropic's events: ``content_block_delta`` (``text``, ``partial_json``,
    ``thinking``), keyed by block index and delta kind."""

    _FIELDS = ("text", "partial_json", "thinking")

    def slot(self, data: Any) -> tuple[tuple[Any, ...], dict[str, Any], str] | None:
        if not isinstance(data, dict):
            raise BrokenStreamError("event is not an object")
        if data.get("type") != "content_block_delta" or not isinstance(data.get("delta"), dict):
            return None
        delta = data["delta"]
        for name in self._FIELDS:
            if isinstance(delta.get(name), str):
                return (data.get("index"), name), delta, name
        return None

    def fragment(self, key: tuple[Any, ...]) -> bool:
        return bool(key[1] == "partial_json")
