"""Answers read raw (``with_raw_response``, ``with_streaming_response``) keep their ids (gw18).

A guarded call keeps the ids of stored content its answer says it made (a response, a
conversation, a container), so that a later call naming them passes
(tests/test_integration_stored.py). gw17 left the raw answers out: read through
``with_streaming_response`` (``iter_lines()``, ``iter_bytes()``, ``read()``, ``json()``)
or a legacy raw answer's ``text`` / ``content``, or made by a call that sent no text at
all (``conversations.with_raw_response.create()``), the answer's ids were never kept, and
continuing what the guard itself made was refused (fail closed: an ordinary path
broken). A stream parsed from a raw answer (``with_raw_response.create(stream=True)
.parse()``) was restored chunk by chunk, so a placeholder split across two chunks came
back as the placeholder. Now each way of reading keeps the ids, and a parsed stream is
restored as a plain stream is.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import pytest

from ai_guard import Policy
from ai_guard.errors import UnguardedPath

openai = pytest.importorskip("openai")
anthropic = pytest.importorskip("anthropic")
httpx = pytest.importorskip("httpx2")

POLICY = Policy(load_plugins=False)
MODEL = "gpt-4o-mini"
PROMPT = "Soạn thư trả lời ông Nguyễn Văn An, CCCD 001085012345."
#: the model's answer, cut in the middle of a placeholder
CHUNKS = ["Kính gửi ông [PER", "SON_1], hồ sơ đã ", "được tiếp nhận."]


def _response(rid: str, text: str = "ok") -> dict[str, Any]:
    return {
        "id": rid, "object": "response", "created_at": 1, "model": MODEL, "status": "completed",
        "output": [{"type": "message", "id": f"msg_{rid}", "role": "assistant",
                    "status": "completed",
                    "content": [{"type": "output_text", "text": text, "annotations": []}]}],
        "parallel_tool_calls": True, "tool_choice": "auto", "tools": [],
    }  # fmt: skip


def _sse(events: list[dict[str, Any]]) -> bytes:
    return "".join(
        f"event: {e.get('type', 'x')}\ndata: {json.dumps(e)}\n\n" for e in events
    ).encode()


class Service:
    """Makes a new stored object at every POST (its id numbered), streams when asked."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str, dict[str, Any]]] = []

    def handler(self, request: Any) -> Any:
        body = json.loads(request.content) if request.content else {}
        self.seen.append((request.method, request.url.path, body))
        n, path = len(self.seen), request.url.path
        if path.endswith("/conversations"):
            return httpx.Response(200, json={
                "id": f"conv_made{n}", "object": "conversation", "created_at": 1, "metadata": {},
            })  # fmt: skip
        if path.endswith("/responses") and body.get("stream"):
            made = _response(f"resp_made{n}")
            return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=_sse([
                {"type": "response.created", "response": {**made, "status": "in_progress",
                                                           "output": []}, "sequence_number": 0},
                {"type": "response.completed", "response": made, "sequence_number": 1},
            ]))  # fmt: skip
        if path.endswith("/responses"):
            return httpx.Response(200, json=_response(f"resp_made{n}"))
        if path.endswith("/chat/completions") and body.get("stream"):
            chunks = [
                {"id": "c1", "object": "chat.completion.chunk", "created": 0, "model": MODEL,
                 "choices": [{"index": 0, "delta": {"content": c},
                              "finish_reason": "stop" if i == len(CHUNKS) - 1 else None}]}
                for i, c in enumerate(CHUNKS)
            ]  # fmt: skip
            content = _sse(chunks) + b"data: [DONE]\n\n"
            return httpx.Response(
                200, headers={"content-type": "text/event-stream"}, content=content
            )
        if path.endswith("/messages") and body.get("stream"):
            message = {
                "id": f"msg_made{n}", "type": "message", "role": "assistant", "model": "c",
                "content": [], "stop_reason": None, "stop_sequence": None,
                "usage": {"input_tokens": 1, "output_tokens": 1},
                "container": {"id": f"container_made{n}", "expires_at": "2026-12-07T00:00:00Z"},
            }  # fmt: skip
            return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=_sse([
                {"type": "message_start", "message": message},
                {"type": "message_delta", "delta": {"stop_reason": "end_turn"},
                 "usage": {"output_tokens": 1}},
                {"type": "message_stop"},
            ]))  # fmt: skip
        if path.endswith("/messages"):
            return httpx.Response(200, json={
                "id": f"msg_made{n}", "type": "message", "role": "assistant", "model": "c",
                "content": [{"type": "text", "text": "ok"}], "stop_reason": "end_turn",
                "stop_sequence": None, "usage": {"input_tokens": 1, "output_tokens": 1},
            })  # fmt: skip
        return httpx.Response(200, json={})

    def sent(self, since: int = 0) -> int:
        return len(self.seen) - since


def _openai(asynchronous: bool = False) -> tuple[Any, Any, Service]:
    from ai_guard.integrations.openai import guard_client

    service = Service()
    if asynchronous:
        http: Any = httpx.AsyncClient(transport=httpx.MockTransport(service.handler))
        raw: Any = openai.AsyncOpenAI(
            api_key="sk-test", base_url="http://fake.local/v1", max_retries=0, http_client=http
        )
    else:
        http = httpx.Client(transport=httpx.MockTransport(service.handler))
        raw = openai.OpenAI(
            api_key="sk-test", base_url="http://fake.local/v1", max_retries=0, http_client=http
        )
    return guard_client(raw, policy=POLICY), raw, service


#: every way of reading a ``with_streaming_response`` answer's body
READS: dict[str, Callable[[Any], Any]] = {
    "iter_lines": lambda r: list(r.iter_lines()),
    "iter_bytes": lambda r: list(r.iter_bytes(7)),
    "iter_text": lambda r: list(r.iter_text(5)),
    "read": lambda r: r.read(),
    "text": lambda r: r.text(),
    "json": lambda r: r.json(),
    "parse": lambda r: r.parse(),
}


@pytest.mark.parametrize("read", list(READS))
def test_a_conversation_made_through_a_streaming_response_may_be_continued(read: str) -> None:
    """``conversations.with_streaming_response.create()`` sends no text; its answer, read
    any way, names the conversation it made: continuing it goes. One made elsewhere is
    still refused."""
    guarded, _, service = _openai()
    with guarded.conversations.with_streaming_response.create() as answer:
        READS[read](answer)
    made = f"conv_made{service.sent()}"
    guarded.conversations.items.create(made, items=[{"role": "user", "content": "Tiếp tục."}])
    guarded.responses.create(model=MODEL, input="Tóm tắt.", conversation=made)
    assert service.sent() == 3
    with pytest.raises(UnguardedPath) as caught:
        guarded.responses.create(model=MODEL, input="Tóm tắt.", conversation="conv_elsewhere")
    assert caught.value.reason == "stored_reference"
    assert service.sent() == 3


@pytest.mark.parametrize("read", ["iter_lines", "iter_bytes", "iter_text", "read", "text"])
def test_a_streamed_response_read_raw_may_be_continued(read: str) -> None:
    """``responses.with_streaming_response.create(stream=True)`` read as bytes or lines: the
    events name the response the stream made; ``previous_response_id`` naming it goes."""
    guarded, _, service = _openai()
    with guarded.responses.with_streaming_response.create(
        model=MODEL, input=PROMPT, stream=True
    ) as answer:
        READS[read](answer)
    made = f"resp_made{service.sent()}"
    guarded.responses.create(model=MODEL, input="Tiếp tục.", previous_response_id=made)
    assert service.sent() == 2


@pytest.mark.parametrize("read", ["text", "content", "parse"])
def test_a_legacy_raw_answer_read_whole_keeps_its_ids(read: str) -> None:
    """``with_raw_response``: the body read as ``text``, ``content``, ``parse()``, by a call
    with no text at all (``conversations.with_raw_response.create()``)."""
    guarded, _, service = _openai()
    answer = guarded.conversations.with_raw_response.create()
    value = getattr(answer, read)
    if callable(value):
        value()
    made = f"conv_made{service.sent()}"
    guarded.responses.create(model=MODEL, input="Tóm tắt.", conversation=made)
    assert service.sent() == 2


def test_an_answer_not_read_keeps_nothing() -> None:
    """Ids are kept from what was read of the answer: one never read vouches for nothing
    (the next call naming it is refused: fail closed)."""
    guarded, _, service = _openai()
    with guarded.conversations.with_streaming_response.create():
        pass
    made = f"conv_made{service.sent()}"
    with pytest.raises(UnguardedPath):
        guarded.responses.create(model=MODEL, input="Tóm tắt.", conversation=made)


@pytest.mark.parametrize("read", ["iter_lines", "iter_bytes", "read", "json", "parse"])
def test_async_raw_answers_keep_their_ids(read: str) -> None:
    async def go() -> int:
        guarded, _, service = _openai(asynchronous=True)
        async with guarded.conversations.with_streaming_response.create() as answer:
            if read.startswith("iter_"):
                async for _ in getattr(answer, read)():
                    pass
            else:
                await getattr(answer, read)()
        made = f"conv_made{service.sent()}"
        await guarded.responses.create(model=MODEL, input="Tóm tắt.", conversation=made)
        return service.sent()

    assert asyncio.run(go()) == 2


@pytest.mark.parametrize("twin", ["with_raw_response", "with_streaming_response"])
def test_a_stream_parsed_from_a_raw_answer_is_restored_across_chunks(twin: str) -> None:
    """``chat.completions.with_raw_response.create(stream=True).parse()``: the placeholder
    the model wrote across two chunks (``[PER`` + ``SON_1]``) comes back as the name, as
    from the plain stream; the redacted request never held the name."""
    guarded, _, service = _openai()
    messages = [{"role": "user", "content": PROMPT}]
    if twin == "with_raw_response":
        answer = guarded.chat.completions.with_raw_response.create(
            model=MODEL, messages=messages, stream=True
        )
        text = "".join(c.choices[0].delta.content or "" for c in answer.parse())
    else:
        with guarded.chat.completions.with_streaming_response.create(
            model=MODEL, messages=messages, stream=True
        ) as answer:
            text = "".join(c.choices[0].delta.content or "" for c in answer.parse())
    assert text == "Kính gửi ông Nguyễn Văn An, hồ sơ đã được tiếp nhận."
    assert "Nguyễn Văn An" not in json.dumps(service.seen, ensure_ascii=False)


def test_an_anthropic_container_made_by_a_raw_stream_may_be_named() -> None:
    """Anthropic ``messages.with_streaming_response.create(stream=True)`` read as lines: the
    ``message_start`` event names the container the request made."""
    from ai_guard.integrations.anthropic import guard_client

    service = Service()
    raw = anthropic.Anthropic(
        api_key="sk-test", base_url="http://fake.local", max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(service.handler)),
    )  # fmt: skip
    guarded = guard_client(raw, policy=POLICY)
    messages = [{"role": "user", "content": PROMPT}]
    with guarded.messages.with_streaming_response.create(
        model="claude-sonnet-4-5", max_tokens=50, messages=messages, stream=True
    ) as answer:
        list(answer.iter_lines())
    made = f"container_made{service.sent()}"
    guarded.messages.create(
        model="claude-sonnet-4-5", max_tokens=50, messages=messages, container=made
    )
    assert service.sent() == 2
    with pytest.raises(UnguardedPath):
        guarded.messages.create(
            model="claude-sonnet-4-5", max_tokens=50, messages=messages, container="c_elsewhere"
        )
