"""A tool call's arguments streamed by the real SDKs come back restored, a placeholder split
across deltas included (gw14).

The guarded clients restored streamed text with a held-back tail, but a tool call's streamed
arguments (OpenAI's ``tool_calls[].function.arguments`` deltas and Responses
``function_call_arguments.delta`` events, Anthropic's ``input_json_delta``) delta by delta:
``'{"so": "[CC'`` then ``'CD_1]"}'`` reached the application as ``[CCCD_1]``, never the value.
The gateway held them back already; the SDK wrappers now use the same field tails.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from ai_guard import Policy

openai = pytest.importorskip("openai")
anthropic = pytest.importorskip("anthropic")
httpx = pytest.importorskip("httpx2")

POLICY = Policy(load_plugins=False)
CCCD = "001085012345"
PROMPT = f"Tra cứu hồ sơ của ông Nguyễn Văn An, CCCD {CCCD}"
#: the arguments the model writes, cut inside both placeholders
PIECES = ['{"so": "[CC', 'CD_1]", "ten": "[PER', 'SON_1]"}']
RESTORED = {"so": CCCD, "ten": "Nguyễn Văn An"}


def _sse(events: list[tuple[str | None, dict[str, Any]]], done: bool = False) -> Any:
    text = "".join(
        (f"event: {name}\n" if name else "") + f"data: {json.dumps(data)}\n\n"
        for name, data in events
    )
    if done:
        text += "data: [DONE]\n\n"
    return lambda request: httpx.Response(
        200, content=text.encode(), headers={"content-type": "text/event-stream"}
    )


def _openai(handler: Any) -> Any:
    from ai_guard.integrations.openai import guard_client

    http = httpx.Client(transport=httpx.MockTransport(handler))
    raw = openai.OpenAI(
        api_key="sk-test", base_url="http://fake.local/v1", max_retries=0, http_client=http
    )
    return guard_client(raw, policy=POLICY)


def _chunk(arguments: str | None, finish: str | None = None) -> dict[str, Any]:
    delta: dict[str, Any] = {}
    if arguments is not None:
        function = {"name": "tra_cuu", "arguments": arguments}
        delta = {"tool_calls": [{"index": 0, "id": "call_1", "type": "function",
                                 "function": function}]}  # fmt: skip
    choice = {"index": 0, "delta": delta, "finish_reason": finish}
    return {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": "m",
            "choices": [choice]}  # fmt: skip


@pytest.mark.parametrize("last_has_arguments", [False, True])
def test_openai_chat_stream_tool_arguments_are_restored_across_deltas(
    last_has_arguments: bool,
) -> None:
    chunks = [(None, _chunk(p)) for p in PIECES]
    if not last_has_arguments:
        chunks.append((None, _chunk(None, "tool_calls")))
    client = _openai(_sse(chunks, done=True))
    stream = client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": PROMPT}], stream=True
    )
    arguments = "".join(
        call.function.arguments or ""
        for chunk in stream
        for choice in chunk.choices
        for call in choice.delta.tool_calls or []
    )
    assert json.loads(arguments) == RESTORED


def test_openai_responses_stream_function_arguments_are_restored_across_deltas() -> None:
    head = {"output_index": 0, "item_id": "fc_1"}
    events: list[tuple[str | None, dict[str, Any]]] = [
        ("response.function_call_arguments.delta",
         {"type": "response.function_call_arguments.delta", "delta": piece,
          "sequence_number": n, **head})
        for n, piece in enumerate(PIECES)
    ]  # fmt: skip
    whole = "".join(PIECES)
    events.append(("response.function_call_arguments.done",
                   {"type": "response.function_call_arguments.done", "arguments": whole,
                    "name": "tra_cuu", "sequence_number": 9, **head}))  # fmt: skip
    client = _openai(_sse(events))
    stream = client.responses.create(model="m", input=PROMPT, stream=True)
    deltas, done = "", ""
    for event in stream:
        if event.type == "response.function_call_arguments.delta":
            deltas += event.delta
        elif event.type == "response.function_call_arguments.done":
            done = event.arguments
    assert json.loads(deltas) == RESTORED
    assert json.loads(done) == RESTORED


def test_anthropic_stream_input_json_is_restored_across_deltas() -> None:
    from ai_guard.integrations.anthropic import guard_client

    message = {"id": "msg_1", "type": "message", "role": "assistant", "model": "m",
               "content": [], "stop_reason": None, "stop_sequence": None,
               "usage": {"input_tokens": 1, "output_tokens": 1}}  # fmt: skip
    block = {"type": "tool_use", "id": "toolu_1", "name": "tra_cuu", "input": {}}
    events: list[tuple[str | None, dict[str, Any]]] = [
        ("message_start", {"type": "message_start", "message": message}),
        ("content_block_start",
         {"type": "content_block_start", "index": 0, "content_block": block}),
        *[("content_block_delta",
           {"type": "content_block_delta", "index": 0,
            "delta": {"type": "input_json_delta", "partial_json": piece}})
          for piece in PIECES],
        ("content_block_stop", {"type": "content_block_stop", "index": 0}),
        ("message_delta", {"type": "message_delta", "delta": {"stop_reason": "tool_use"},
                           "usage": {"output_tokens": 5}}),
        ("message_stop", {"type": "message_stop"}),
    ]  # fmt: skip
    http = httpx.Client(transport=httpx.MockTransport(_sse(events)))
    raw = anthropic.Anthropic(
        api_key="sk-test", base_url="http://fake.local", max_retries=0, http_client=http
    )
    client = guard_client(raw, policy=POLICY)
    stream = client.messages.create(
        model="m", max_tokens=10, messages=[{"role": "user", "content": PROMPT}], stream=True
    )
    partial = "".join(
        event.delta.partial_json
        for event in stream
        if event.type == "content_block_delta" and event.delta.type == "input_json_delta"
    )
    assert json.loads(partial) == RESTORED
