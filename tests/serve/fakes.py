"""The gateway's test bench: real servers on the loopback (the fixtures are in conftest.py).

- :class:`FakeUpstream`, a small Starlette app that records what it received and answers in
  the OpenAI and Anthropic shapes, echoing the texts (and so the placeholders) it received;
  streamed answers come in 3-character pieces, so placeholders are split across events. Its
  ``mode`` makes it slow, answer with something that is not JSON, break a stream or fail.
- the gateway (:func:`ai_guard.serve.app.create_app`), served by uvicorn too, in front of it,
  with a tiny token verifier and a temporary SQLite audit log.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from ai_guard import Policy
from ai_guard.serve.auth import Caller
from ai_guard.serve.config import GatewayConfig
from ai_guard.signoff.audit import AuditLog

UPSTREAM_KEY = "sk-upstream-" + "k3y0fTheGateway"
GOOD_TOKEN = "agt_good_" + "t0ken"
CALLER = Caller(token_id="tok-1", unit="Phòng Hành chính", person="tran.thi.binh")
POLICY = Policy(load_plugins=False)
PIECE = 3  # characters per streamed piece: "[PERSON_1]" spans four pieces


class Tokens:
    """The smallest TokenVerifier: one good token."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def verify(self, presented: str) -> Caller | None:
        self.seen.append(presented)
        return CALLER if presented == GOOD_TOKEN else None


class Served:
    """An ASGI app served by uvicorn on 127.0.0.1, on a port the system picks."""

    def __init__(self, app: Any) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        config = uvicorn.Config(app, log_level="warning", lifespan="on", access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True
        )
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.01)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.sock.close()


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: Any
    #: the query string of the request line ("" when none)
    query: str = ""


@dataclass
class FakeUpstream:
    """Records every request; answers by echoing the texts it was sent."""

    requests: list[Received] = field(default_factory=list)
    #: echo | slow | not_json | deep | broken_stream | cut_stream | rate_limited | no_stream
    mode: str = "echo"

    @property
    def sent(self) -> str:
        """Everything the upstream received, as one JSON text."""
        return json.dumps([r.body for r in self.requests], ensure_ascii=False)

    def app(self) -> Starlette:
        async def handle(request: Request) -> Response:
            raw = await request.body()
            try:
                body = json.loads(raw)
            except ValueError:
                body = raw.decode("utf-8", "replace")
            self.requests.append(
                Received(request.url.path, dict(request.headers), body, request.url.query)
            )
            if self.mode == "slow":
                await asyncio.sleep(1.5)
            if self.mode == "not_json":
                return Response("<html>upstream proxy error</html>", media_type="text/html")
            if self.mode == "deep":  # JSON nested past what a reader goes
                deep = b'{"choices": ' + b"[" * 5000 + b"]" * 5000 + b"}"
                return Response(deep, media_type="application/json")
            if self.mode == "rate_limited":
                return JSONResponse(
                    {"error": {"message": "slow down", "type": "rate_limit", "code": None}},
                    status_code=429,
                    headers={"retry-after": "7"},
                )
            return self.answer(request.url.path, body)

        paths = [
            "/v1/chat/completions", "/v1/responses", "/v1/embeddings", "/v1/messages",
            "/v1/messages/count_tokens",
        ]  # fmt: skip
        return Starlette(routes=[Route(p, handle, methods=["POST"]) for p in paths])

    def answer(self, path: str, body: dict[str, Any]) -> Response:
        text = "Đã nhận: " + echo_text(body)
        streamed = body.get("stream") is True and self.mode != "no_stream"
        if path.endswith("/count_tokens"):
            return JSONResponse({"input_tokens": len(text)})
        if path.endswith("/embeddings"):
            inputs = body["input"] if isinstance(body["input"], list) else [body["input"]]
            return JSONResponse({
                "object": "list", "model": body["model"],
                "usage": {"prompt_tokens": 1, "total_tokens": 1},
                "data": [{"object": "embedding", "index": i, "embedding": [0.25, -0.5]}
                         for i, _ in enumerate(inputs)],
            })  # fmt: skip
        if path.endswith("/chat/completions"):
            tool = bool(body.get("tools"))
            if not streamed:
                return JSONResponse(chat_completion(body["model"], text, tool))
            return self.stream(chat_events(body["model"], text, tool))
        if path.endswith("/responses"):
            if not streamed:
                return JSONResponse(response_object(body["model"], text))
            return self.stream(response_events(body["model"], text))
        tool = bool(body.get("tools"))
        if not streamed:
            return JSONResponse(anthropic_message(body["model"], text, tool))
        return self.stream(anthropic_events(body["model"], text, tool))

    def stream(self, events: list[tuple[str, str]]) -> Response:
        broken = self.mode == "broken_stream"
        cut = self.mode == "cut_stream"

        async def body() -> AsyncIterator[bytes]:
            for i, (name, data) in enumerate(events):
                if broken and i == 2:
                    yield b'data: {"choices": [ this is not json\n\n'
                    return
                if cut and i == 3:
                    yield b'event: content_block_delta\ndata: {"type": "content_b'
                    raise ConnectionAbortedError("the upstream dropped the connection")
                head = f"event: {name}\n" if name else ""
                yield f"{head}data: {data}\n\n".encode()
                await asyncio.sleep(0)

        return StreamingResponse(body(), media_type="text/event-stream")


def echo_text(body: dict[str, Any]) -> str:
    """The texts of a request, joined: what the fake model repeats."""
    found: list[str] = []
    texts = ("content", "text", "input", "instructions", "system", "arguments")

    def walk(value: Any, inside: bool) -> None:
        if isinstance(value, str):
            if inside:
                found.append(value)
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(v, inside or k in texts)
        elif isinstance(value, list):
            for v in value:
                walk(v, inside)

    walk({k: v for k, v in body.items() if k not in ("tools", "model")}, False)
    return " | ".join(found)


def pieces(text: str) -> list[str]:
    return [text[i : i + PIECE] for i in range(0, len(text), PIECE)]


def chat_completion(model: str, text: str, tool: bool) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": text}
    if tool:
        message = {
            "role": "assistant", "content": None,
            "tool_calls": [{"id": "call_1", "type": "function", "function": {
                "name": "tra_cuu", "arguments": json.dumps({"echo": text}, ensure_ascii=False)}}],
        }  # fmt: skip
    return {
        "id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": model,
        "choices": [{"index": 0, "message": message,
                     "finish_reason": "tool_calls" if tool else "stop"}],
    }  # fmt: skip


def chat_events(model: str, text: str, tool: bool) -> list[tuple[str, str]]:
    head = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 0, "model": model}
    chunks: list[dict[str, Any]] = [
        {**head, "choices": [{"index": 0, "delta": {"role": "assistant"}, "finish_reason": None}]}
    ]
    if tool:
        args = json.dumps({"echo": text}, ensure_ascii=False)
        chunks.append({**head, "choices": [{"index": 0, "finish_reason": None, "delta": {
            "tool_calls": [{"index": 0, "id": "call_1", "type": "function",
                            "function": {"name": "tra_cuu", "arguments": ""}}]}}]})  # fmt: skip
        for p in pieces(args):
            chunks.append({**head, "choices": [{"index": 0, "finish_reason": None, "delta": {
                "tool_calls": [{"index": 0, "function": {"arguments": p}}]}}]})  # fmt: skip
    else:
        for p in pieces(text):
            chunks.append(
                {**head, "choices": [{"index": 0, "delta": {"content": p}, "finish_reason": None}]}
            )
    finish = "tool_calls" if tool else "stop"
    chunks.append({**head, "choices": [{"index": 0, "delta": {}, "finish_reason": finish}]})
    return [("", json.dumps(c, ensure_ascii=False)) for c in chunks] + [("", "[DONE]")]


def response_object(model: str, text: str) -> dict[str, Any]:
    return {
        "id": "resp_1", "object": "response", "created_at": 0, "model": model,
        "status": "completed",
        "output": [{"type": "message", "id": "msg_1", "role": "assistant", "status": "completed",
                    "content": [{"type": "output_text", "text": text, "annotations": []}]}],
        "parallel_tool_calls": True, "tool_choice": "auto", "tools": [],
    }  # fmt: skip


def response_events(model: str, text: str) -> list[tuple[str, str]]:
    common = {"item_id": "msg_1", "output_index": 0, "content_index": 0, "logprobs": []}
    events: list[dict[str, Any]] = [
        {"type": "response.output_text.delta", "delta": p, "sequence_number": i, **common}
        for i, p in enumerate(pieces(text))
    ]
    events.append({"type": "response.output_text.done", "text": text,
                   "sequence_number": 900, **common})  # fmt: skip
    events.append({"type": "response.completed", "response": response_object(model, text),
                   "sequence_number": 901})  # fmt: skip
    return [(e["type"], json.dumps(e, ensure_ascii=False)) for e in events]


def anthropic_message(model: str, text: str, tool: bool) -> dict[str, Any]:
    content: list[dict[str, Any]] = [{"type": "text", "text": text}]
    if tool:
        content.append(
            {"type": "tool_use", "id": "toolu_1", "name": "tra_cuu", "input": {"echo": text}}
        )
    return {
        "id": "msg_1", "type": "message", "role": "assistant", "model": model,
        "content": content, "stop_reason": "tool_use" if tool else "end_turn",
        "stop_sequence": None, "usage": {"input_tokens": 1, "output_tokens": 1},
    }  # fmt: skip


def anthropic_events(model: str, text: str, tool: bool) -> list[tuple[str, str]]:
    start = {**anthropic_message(model, "", False), "content": []}
    events: list[dict[str, Any]] = [
        {"type": "message_start", "message": start},
        {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
    ]
    events += [
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": p}}
        for p in pieces(text)
    ]
    events.append({"type": "content_block_stop", "index": 0})
    if tool:
        events.append({"type": "content_block_start", "index": 1, "content_block": {
            "type": "tool_use", "id": "toolu_1", "name": "tra_cuu", "input": {}}})  # fmt: skip
        args = json.dumps({"echo": text}, ensure_ascii=False)
        events += [
            {"type": "content_block_delta", "index": 1,
             "delta": {"type": "input_json_delta", "partial_json": p}}
            for p in pieces(args)
        ]  # fmt: skip
        events.append({"type": "content_block_stop", "index": 1})
    events += [
        {"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence": None},
         "usage": {"output_tokens": 3}},
        {"type": "message_stop"},
    ]  # fmt: skip
    return [(e["type"], json.dumps(e, ensure_ascii=False)) for e in events]


def closed_port() -> int:
    """A loopback port nothing listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def gateway_config(upstream_url: str, **overrides: Any) -> GatewayConfig:
    return GatewayConfig.from_mapping({
        "max_body_bytes": 64 * 1024,
        "connect_timeout": 1.0,
        "read_timeout": 0.5,
        "upstreams": [
            {"name": "fake-openai", "kind": "openai", "base_url": f"{upstream_url}/v1",
             "api_key_env": "AIG_TEST_UPSTREAM_KEY",
             "models": ["gpt-test", "text-embedding-test"]},
            {"name": "fake-anthropic", "kind": "anthropic", "base_url": f"{upstream_url}/v1",
             "api_key_env": "AIG_TEST_UPSTREAM_KEY", "models": ["claude-test"]},
            {"name": "down", "kind": "openai",
             "base_url": f"http://127.0.0.1:{closed_port()}/v1",
             "api_key_env": "AIG_TEST_UPSTREAM_KEY", "models": ["gpt-down"]},
        ],
        **overrides,
    })  # fmt: skip


@dataclass
class Bench:
    upstream: FakeUpstream
    gateway: Served
    audit: AuditLog
    tokens: Tokens

    @property
    def url(self) -> str:
        return self.gateway.url

    def rows(self, since: int) -> list[Any]:
        return self.audit.records()[since:]
