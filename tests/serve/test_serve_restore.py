"""Restoring answers: server-sent events read however the bytes are cut, and each stream
restorer giving back exactly what restoring the whole answer gives, wherever the chunks split
a placeholder."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.serve.fakes import POLICY

from ai_guard import check_prompt
from ai_guard.serve.restore import (
    BrokenStreamError,
    ChatStream,
    MessagesStream,
    ResponsesStream,
    SSEEvent,
    SSEParser,
    StreamRestorerBase,
    restore_json,
)

CHECK = check_prompt(
    'Ông Nguyễn Văn An, CCCD 001085012345, SĐT 0912345678, địa chỉ "Số 5 ngõ 12 Hàng Bông"',
    policy=POLICY,
)
HOLDERS = [f"[{key}]" for key in CHECK.placeholders]


def _cuts(text: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for size in sizes:
        if i >= len(text):
            break
        out.append(text[i : i + size])
        i += size
    if i < len(text):
        out.append(text[i:])
    return out


answers = st.lists(
    st.one_of(st.sampled_from(HOLDERS), st.text('ab [_]Ư"\n', max_size=4)), max_size=12
).map("".join)
cut_sizes = st.lists(st.integers(1, 7), min_size=1, max_size=40)


def test_the_check_has_placeholders_to_restore() -> None:
    assert {"[PERSON_1]", "[CCCD_1]", "[PHONE_1]"} <= set(HOLDERS)


@settings(max_examples=80, deadline=None)
@given(events=st.lists(st.tuples(st.sampled_from(["", "delta"]), st.text(max_size=20),
                                 st.sampled_from(["", ": comment", "id: 7", "data: "]))),
       sizes=cut_sizes, crlf=st.booleans())  # fmt: skip
def test_sse_events_survive_any_cut(
    events: list[tuple[str, str, str]], sizes: list[int], crlf: bool
) -> None:
    """Events in the common shape (one data line) and not (a name, a comment, an id, data on
    two lines), cut anywhere: read back the same."""
    newline = "\r\n" if crlf else "\n"
    wire = "".join(
        (f"event: {name}{newline}" if name else "")
        + (f"{extra}{newline}" if extra else "")
        + f"data: {json.dumps(data)}{newline}{newline}"
        for name, data, extra in events
    ).encode()
    parser = SSEParser()
    got: list[SSEEvent] = []
    for piece in _cuts(wire.decode("latin-1"), sizes):
        got.extend(parser.feed(piece.encode("latin-1")))
    parser.end()
    want = [
        (name, json.loads(("\n" if extra == "data: " else "") + json.dumps(data)))
        for name, data, extra in events
    ]
    assert [(e.event, e.json()) for e in got] == want
    assert [e.data.startswith("\n") for e in got] == [x == "data: " for _, _, x in events]
    ids = [
        "7" if any(x == "id: 7" for _, _, x in events[: i + 1]) else None for i in range(len(got))
    ]
    assert [e.id for e in got] == ids  # the last id stays with the events after it


def test_a_stream_cut_inside_an_event_or_not_utf8_is_broken() -> None:
    parser = SSEParser()
    assert parser.feed(b'data: {"a": 1}\n\ndata: {"b"') != []
    with pytest.raises(BrokenStreamError):
        parser.end()
    with pytest.raises(BrokenStreamError):
        SSEParser().feed(b"data: \xff\xfe\n\n")
    with pytest.raises(BrokenStreamError):
        SSEEvent("{not json").json()


def _run(restorer: StreamRestorerBase, events: list[dict[str, Any] | str]) -> list[Any]:
    wire = [SSEEvent(e) if isinstance(e, str) else SSEEvent(json.dumps(e)) for e in events]
    out: list[SSEEvent] = []
    for i, event in enumerate(wire):
        out.extend(restorer.restore(event, wire[i + 1] if i + 1 < len(wire) else None))
    out.extend(restorer.finish())
    return [e.data if e.data == "[DONE]" else e.json() for e in out]


@settings(max_examples=40, deadline=None)
@given(text=answers, sizes=cut_sizes, finish=st.booleans())
def test_chat_chunks_restore_like_the_whole_answer(
    text: str, sizes: list[int], finish: bool
) -> None:
    head = {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": "m"}
    chunks: list[dict[str, Any] | str] = [
        {**head, "choices": [{"index": 0, "delta": {"content": p}, "finish_reason": None}]}
        for p in _cuts(text, sizes)
    ]
    if finish:
        chunks.append({**head, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    chunks.append({**head, "choices": [], "usage": {"total_tokens": 3}})
    chunks.append("[DONE]")
    out = _run(ChatStream(CHECK), chunks)
    assert out[-1] == "[DONE]"
    got = "".join(c["choices"][0]["delta"].get("content") or "" for c in out[:-1] if c["choices"])
    assert got == CHECK.restore(text)


@settings(max_examples=40, deadline=None)
@given(text=answers, sizes=cut_sizes)
def test_tool_arguments_restore_to_valid_json(text: str, sizes: list[int]) -> None:
    args = json.dumps({"ghi_chu": text}, ensure_ascii=False)
    head = {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": "m"}
    chunks: list[dict[str, Any] | str] = [
        {**head, "choices": [{"index": 0, "finish_reason": None, "delta": {
            "tool_calls": [{"index": 0, "function": {"arguments": p}}]}}]}
        for p in _cuts(args, sizes)
    ]  # fmt: skip
    chunks.append({**head, "choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]})
    out = _run(ChatStream(CHECK), chunks)
    got = "".join(
        call["function"]["arguments"]
        for c in out
        for call in c["choices"][0]["delta"].get("tool_calls", [])
    )
    assert json.loads(got) == {"ghi_chu": CHECK.restore(text)}


@settings(max_examples=40, deadline=None)
@given(text=answers, sizes=cut_sizes, second=answers)
def test_anthropic_blocks_restore_like_the_whole_answer(
    text: str, sizes: list[int], second: str
) -> None:
    events: list[dict[str, Any] | str] = [{"type": "message_start", "message": {"content": []}}]
    for index, body in enumerate([text, second]):
        events += [
            {"type": "content_block_delta", "index": index,
             "delta": {"type": "text_delta", "text": p}}
            for p in _cuts(body, sizes)
        ]  # fmt: skip
        events.append({"type": "content_block_stop", "index": index})
    events.append({"type": "message_stop"})
    out = _run(MessagesStream(CHECK), events)
    for index, body in enumerate([text, second]):
        got = "".join(
            e["delta"]["text"]
            for e in out
            if e["type"] == "content_block_delta" and e["index"] == index
        )
        assert got == CHECK.restore(body)


@settings(max_examples=40, deadline=None)
@given(text=answers, sizes=cut_sizes)
def test_responses_deltas_restore_like_the_whole_answer(text: str, sizes: list[int]) -> None:
    common = {"item_id": "m", "output_index": 0, "content_index": 0}
    events: list[dict[str, Any] | str] = [
        {"type": "response.output_text.delta", "delta": p, **common} for p in _cuts(text, sizes)
    ]
    events.append({"type": "response.output_text.done", "text": text, **common})
    out = _run(ResponsesStream(CHECK), events)
    deltas = "".join(e["delta"] for e in out if e["type"].endswith(".delta"))
    assert deltas == CHECK.restore(text)
    assert out[-1]["text"] == CHECK.restore(text)


def test_restore_json_restores_every_string_and_keeps_json_in_strings_valid() -> None:
    answer = {
        "choices": [{"message": {"content": "Kính gửi ông [PERSON_1]", "tool_calls": [
            {"function": {"name": "f", "arguments": '{"dia_chi": "[ADDRESS_1]", "n": [1]}'}}]}}],
        "[PERSON_1]": "a key stays",
        "n": 3,
    }  # fmt: skip
    restored = restore_json(answer, CHECK)
    assert restored["choices"][0]["message"]["content"] == "Kính gửi ông Nguyễn Văn An"
    args = restored["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"]
    assert json.loads(args)["dia_chi"] == CHECK.restore("[ADDRESS_1]")
    assert "[PERSON_1]" in restored
    assert restore_json("[CCCD_1]", CHECK) == "001085012345"


@settings(max_examples=40, deadline=None)
@given(text=answers, sizes=cut_sizes)
def test_responses_function_call_arguments_restore_to_valid_json(
    text: str, sizes: list[int]
) -> None:
    args = json.dumps({"ghi_chu": text}, ensure_ascii=False)
    common = {"item_id": "fc_1", "output_index": 1}
    kind = "response.function_call_arguments.delta"
    events: list[dict[str, Any] | str] = [
        {"type": kind, "delta": p, **common} for p in _cuts(args, sizes)
    ]
    events.append({"type": "response.function_call_arguments.done", "arguments": args, **common})
    out = _run(ResponsesStream(CHECK), events)
    streamed = "".join(e["delta"] for e in out if e["type"] == kind)
    assert json.loads(streamed) == {"ghi_chu": CHECK.restore(text)}
    assert json.loads(out[-1]["arguments"]) == {"ghi_chu": CHECK.restore(text)}


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None)
@given(value=_json_values, before=st.sampled_from(["", " ", "\n"]),
       after=st.sampled_from(["", " ", "x", "}", ",1"]), cut=st.integers(0, 40))  # fmt: skip
def test_an_event_is_read_as_json_loads_reads_it(
    value: object, before: str, after: str, cut: int
) -> None:
    """The shortcut that reads an event's JSON gives what ``json.loads`` gives, and refuses
    what it refuses (white space around, text after, a value cut short)."""
    for text in (
        before + json.dumps(value, ensure_ascii=False) + after,
        json.dumps(value)[:cut],
    ):
        try:
            want: object = json.loads(text)
        except ValueError:
            with pytest.raises(BrokenStreamError):
                SSEEvent(text).json()
        else:
            assert SSEEvent(text).json() == want
