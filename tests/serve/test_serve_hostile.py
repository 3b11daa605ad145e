"""The gateway under hostile HTTP, on the real server (gw16): framing a caller controls.

Held on main, tested here where no test said it: a chunked body past ``max_body_bytes``
(no length declared: read up to the limit, then 413, nothing sent); a body declaring both a
``Content-Length`` and ``Transfer-Encoding: chunked`` (the server refuses it: two readings
of where the body ends); a body whose ``charset`` lies (the gateway reads the bytes as JSON
says they are and sends its own UTF-8 serialization: the upstream never sees the lie).
Closed in the shared reader (``_payload``): a number inside a tool's input given as an
object (Anthropic's ``tool_use.input``) was a setting under ``seed``/``limit`` and reached
the upstream unread.
"""

from __future__ import annotations

import json
import socket
from typing import Any

import pytest
from tests.serve.fakes import GOOD_TOKEN, Bench

pytest.importorskip("uvicorn")

AUTH = f"Authorization: Bearer {GOOD_TOKEN}\r\n".encode()
NAME, CCCD = "Nguyễn Văn An", "001085012345"
PII = f"Hồ sơ của ông {NAME}, CCCD {CCCD}."


def _raw(bench: Bench, request: bytes) -> bytes:
    """The status line the gateway answers a request written byte by byte with."""
    with socket.create_connection(("127.0.0.1", bench.gateway.port), timeout=30) as s:
        s.sendall(request)
        answer = b""
        while b"\r\n" not in answer:
            piece = s.recv(4096)
            if not piece:
                break
            answer += piece
    return answer.split(b"\r\n", 1)[0]


def _head(path: str, *headers: str) -> bytes:
    lines = "".join(f"{h}\r\n" for h in headers)
    return f"POST {path} HTTP/1.1\r\nHost: x\r\n".encode() + AUTH + lines.encode() + b"\r\n"


def _chat(text: str) -> bytes:
    body = {"model": "gpt-test", "messages": [{"role": "user", "content": text}]}
    return json.dumps(body, ensure_ascii=False).encode()


def _chunked(body: bytes, size: int = 1000) -> bytes:
    pieces = [body[i : i + size] for i in range(0, len(body), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in pieces) + b"0\r\n\r\n"


def test_a_chunked_body_past_the_limit_is_413_and_nothing_is_sent(bench: Bench) -> None:
    body = _chat(PII + " " + "a" * 70_000)  # the bench's limit is 64 KiB
    head = _head("/v1/chat/completions", "Content-Type: application/json",
                 "Transfer-Encoding: chunked")  # fmt: skip
    assert _raw(bench, head + _chunked(body)).startswith(b"HTTP/1.1 413")
    assert bench.upstream.requests == []


def test_a_chunked_body_within_the_limit_is_checked_like_any(bench: Bench) -> None:
    head = _head("/v1/chat/completions", "Content-Type: application/json",
                 "Transfer-Encoding: chunked")  # fmt: skip
    assert _raw(bench, head + _chunked(_chat(PII), 7)).startswith(b"HTTP/1.1 200")
    assert CCCD not in bench.upstream.sent
    assert NAME not in bench.upstream.sent


def test_a_body_with_a_length_and_chunks_is_refused(bench: Bench) -> None:
    body = _chat(PII)
    head = _head("/v1/chat/completions", "Content-Type: application/json",
                 "Content-Length: 5", "Transfer-Encoding: chunked")  # fmt: skip
    assert _raw(bench, head + _chunked(body)).startswith(b"HTTP/1.1 400")
    assert bench.upstream.requests == []


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32-le", "utf-8"])
def test_a_lying_charset_changes_nothing_the_upstream_reads(bench: Bench, encoding: str) -> None:
    body = _chat(PII).decode().encode(encoding)
    head = _head("/v1/chat/completions", "Content-Type: application/json; charset=latin-1",
                 f"Content-Length: {len(body)}")  # fmt: skip
    assert _raw(bench, head + body).startswith(b"HTTP/1.1 200")
    sent = bench.upstream.requests[-1]
    assert sent.headers["content-type"] == "application/json"
    assert "[CCCD_1]" in sent.body["messages"][0]["content"]
    assert CCCD not in bench.upstream.sent


@pytest.mark.parametrize("key", ["seed", "limit", "max_tokens"])
def test_a_number_in_a_tool_input_is_content_at_the_gateway(bench: Bench, key: str) -> None:
    messages: list[dict[str, Any]] = [
        {"role": "user", "content": "Tra cứu giúp tôi"},
        {"role": "assistant", "content": [
            {"type": "tool_use", "id": "toolu_1", "name": "tra_cuu",
             "input": {key: 84912345678}}]},
        {"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": "toolu_1", "content": "Đã tìm thấy"}]},
    ]  # fmt: skip
    body = json.dumps({"model": "claude-test", "max_tokens": 10, "messages": messages}).encode()
    head = _head("/v1/messages", "Content-Type: application/json",
                 f"Content-Length: {len(body)}")  # fmt: skip
    assert _raw(bench, head + body).startswith(b"HTTP/1.1 400")
    assert bench.upstream.requests == []
