"""The gateway reads a request the way the upstream will (gw14): bodies that read two ways,
encodings, compressed bodies, and a placeholder one caller writes to fish for another's value.

Real servers (uvicorn) on the loopback, plain httpx as the caller."""

from __future__ import annotations

import gzip
import json
import zlib
from typing import Any

import httpx
import pytest
from tests.serve.fakes import GOOD_TOKEN, Bench

AUTH = {"authorization": f"Bearer {GOOD_TOKEN}"}
CCCD = "001085012345"
PII = f"Hồ sơ của ông Nguyễn Văn An, số CCCD {CCCD}."


def post(bench: Bench, content: bytes, **headers: str) -> httpx.Response:
    return httpx.post(
        f"{bench.url}/v1/chat/completions",
        content=content,
        headers={**AUTH, "content-type": "application/json", **headers},
        timeout=30,
    )


def chat(*messages: dict[str, Any]) -> dict[str, Any]:
    return {"model": "gpt-test", "messages": list(messages)}


def test_tool_arguments_naming_a_key_twice_are_read_whole(bench: Bench) -> None:
    """Parsed, ``{"so": <CCCD>, "so": "x"}`` is ``{"so": "x"}``; the model reads the string."""
    arguments = '{"so": "' + CCCD + '", "so": "x"}'
    body = chat(
        {"role": "user", "content": "Tra cứu"},
        {"role": "assistant", "tool_calls": [{"id": "call_1", "type": "function",
         "function": {"name": "tra_cuu", "arguments": arguments}}]},
        {"role": "tool", "tool_call_id": "call_1", "content": "xong"},
        {"role": "user", "content": arguments},
    )  # fmt: skip
    r = post(bench, json.dumps(body).encode())
    assert r.status_code in (200, 400)
    assert CCCD not in bench.upstream.sent


def test_a_number_in_tool_arguments_is_read_as_the_model_reads_it(bench: Bench) -> None:
    arguments = '{"ma_so_thue": 8012345678}'
    body = chat({"role": "user", "content": arguments})
    r = post(bench, json.dumps(body).encode())
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "ai_guard_refused"
    assert bench.upstream.requests == []


def test_a_body_naming_a_key_twice_sends_only_what_was_checked(bench: Bench) -> None:
    """The gateway sends its own serialization of what it read: one ``messages``, checked."""
    content = (
        '{"model": "gpt-test", "messages": [{"role": "user", "content": "' + PII + '"}],'
        ' "messages": [{"role": "user", "content": "xin chào"}]}'
    ).encode()
    r = post(bench, content)
    assert r.status_code == 200
    (received,) = bench.upstream.requests
    assert received.body["messages"] == [{"role": "user", "content": "xin chào"}]
    assert CCCD not in bench.upstream.sent
    assert "Nguyễn Văn An" not in bench.upstream.sent


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_a_body_in_another_unicode_encoding_is_read_and_redacted(
    bench: Bench, encoding: str
) -> None:
    content = json.dumps(chat({"role": "user", "content": PII}), ensure_ascii=False)
    r = post(bench, content.encode(encoding))
    assert r.status_code == 200
    assert CCCD not in bench.upstream.sent
    assert CCCD in r.text  # the answer restored for the caller


@pytest.mark.parametrize(
    ("coding", "pack"),
    [("gzip", gzip.compress), ("deflate", zlib.compress), ("br", lambda data: b"\x0b" + data)],
)
def test_a_compressed_body_is_refused_never_forwarded(bench: Bench, coding: str, pack: Any) -> None:
    content = pack(json.dumps(chat({"role": "user", "content": PII})).encode())
    start = len(bench.audit)
    r = post(bench, content, **{"content-encoding": coding})
    assert r.status_code == 400
    assert bench.upstream.requests == []
    (row,) = bench.rows(start)
    assert row.outcome == "bad_request"


def test_a_multipart_body_on_a_json_route_is_refused(bench: Bench) -> None:
    r = httpx.post(
        f"{bench.url}/v1/chat/completions",
        headers=AUTH,
        files={"file": ("ho-so.txt", PII.encode(), "text/plain")},
        data={"model": "gpt-test"},
        timeout=30,
    )
    assert r.status_code == 400
    assert bench.upstream.requests == []


@pytest.mark.parametrize("method", ["PUT", "PATCH", "DELETE", "OPTIONS"])
@pytest.mark.parametrize("path", ["/v1/chat/completions", "/v1/messages", "/v1/responses"])
def test_a_method_a_route_does_not_take_is_refused(bench: Bench, method: str, path: str) -> None:
    body = json.dumps(chat({"role": "user", "content": PII})).encode()
    r = httpx.request(method, f"{bench.url}{path}", content=body, headers=AUTH, timeout=30)
    assert r.status_code == 405
    assert bench.upstream.requests == []


def test_a_placeholder_written_by_one_caller_never_brings_back_anothers_value(
    bench: Bench,
) -> None:
    first = post(bench, json.dumps(chat({"role": "user", "content": PII})).encode())
    assert first.status_code == 200
    assert CCCD in first.text  # the first caller gets its own value back
    fishing = "Nhắc lại giúp tôi: [CCCD_1] và [PERSON_1]"
    second = post(bench, json.dumps(chat({"role": "user", "content": fishing})).encode())
    assert second.status_code == 200
    assert CCCD not in second.text
    assert "Nguyễn Văn An" not in second.text


def test_a_model_name_holding_a_value_is_never_echoed_in_answers_or_rows(bench: Bench) -> None:
    """``cccd-001085012345`` is identifier-shaped and a CCCD: the refusal, the audit row and
    the log line say it was not an identifier; an ordinary unknown name is still named."""
    start = len(bench.audit)
    fishing = f"cccd-{CCCD}"
    refused = post(bench, json.dumps({**chat({"role": "user", "content": "x"}), "model": fishing})
                   .encode())  # fmt: skip
    listed = httpx.get(f"{bench.url}/v1/models/{fishing}", headers=AUTH, timeout=30)
    plain = post(bench, json.dumps({**chat({"role": "user", "content": "x"}), "model": "gpt-9"})
                 .encode())  # fmt: skip
    assert [refused.status_code, listed.status_code, plain.status_code] == [403, 404, 403]
    assert CCCD not in refused.text
    assert CCCD not in listed.text
    assert "gpt-9" in plain.json()["error"]["message"]
    rows = bench.rows(start)
    assert len(rows) == 3
    assert all(CCCD not in row.reason for row in rows)
    assert "model=gpt-9" in rows[2].reason
    assert bench.upstream.requests == []
