"""The gateway at the HTTP level (plain httpx against uvicorn): what no SDK sends (malformed
JSON, oversized bodies, no token, unknown routes), health and metrics, and the failures
of its own parts (the audit log, the configuration) that must refuse, never run open."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import httpx
import pytest
from tests.serve.fakes import GOOD_TOKEN, POLICY, Bench, Tokens, closed_port, gateway_config

from ai_guard.errors import AuditError, PolicyError
from ai_guard.serve.app import create_app

AUTH = {"authorization": f"Bearer {GOOD_TOKEN}"}
CHAT = {"model": "gpt-test", "messages": [{"role": "user", "content": "Ông Nguyễn Văn An"}]}


def post(bench: Bench, path: str, **kwargs: Any) -> httpx.Response:
    return httpx.post(f"{bench.url}{path}", timeout=10, **kwargs)


@pytest.mark.parametrize(
    ("body", "problem"),
    [(b'{"model": "gpt-test", "messages": [', "JSON"), (b'["gpt-test"]', "JSON object"),
     (b"\xff\xfe{}", "JSON"), (b'{"messages": []}', "'model'")],
)  # fmt: skip
def test_bad_bodies_get_400_in_openai_shape(bench: Bench, body: bytes, problem: str) -> None:
    start = len(bench.audit)
    r = post(bench, "/v1/chat/completions", content=body, headers=AUTH)
    assert r.status_code == 400
    error = r.json()["error"]
    assert problem in error["ai_guard"]["en"]
    assert error["ai_guard"]["vi"] != error["ai_guard"]["en"]
    assert bench.upstream.requests == []
    (row,) = bench.rows(start)
    assert row.outcome == "bad_request"
    assert row.approver == "tran.thi.binh"


def test_bodies_over_the_limit_get_413_declared_or_streamed(bench: Bench) -> None:
    big = json.dumps({**CHAT, "pad": "x" * (64 * 1024)}).encode()
    start = len(bench.audit)
    declared = post(bench, "/v1/chat/completions", content=big, headers=AUTH)

    def chunks() -> Any:  # no content-length: the gateway counts as it reads
        for i in range(0, len(big), 4096):
            yield big[i : i + 4096]

    streamed = post(bench, "/v1/chat/completions", content=chunks(), headers=AUTH)
    anthropic = post(bench, "/v1/messages", content=big, headers={"x-api-key": GOOD_TOKEN})
    assert [declared.status_code, streamed.status_code, anthropic.status_code] == [413] * 3
    assert "65536" in declared.json()["error"]["message"]
    assert anthropic.json()["error"]["type"] == "request_too_large"
    assert bench.upstream.requests == []
    assert [r.outcome for r in bench.rows(start)] == ["too_large"] * 3


def test_no_token_gets_401_and_is_recorded(bench: Bench) -> None:
    start = len(bench.audit)
    r = post(bench, "/v1/chat/completions", json=CHAT)
    basic = post(bench, "/v1/chat/completions", json=CHAT, headers={"authorization": "Basic x"})
    assert (r.status_code, basic.status_code) == (401, 401)
    assert r.json()["error"]["code"] == "ai_guard_no_token"
    assert "Authorization" in r.json()["error"]["message"]
    assert [row.outcome for row in bench.rows(start)] == ["refused_token"] * 2
    assert bench.upstream.requests == []


def test_unknown_routes_and_methods(bench: Bench) -> None:
    start = len(bench.audit)
    missing = post(bench, "/v1/completions", json=CHAT, headers=AUTH)
    assert missing.status_code == 404
    assert missing.json()["error"]["type"] == "not_found_error"
    assert "/v1/chat/completions" in missing.json()["error"]["message"]
    wrong = httpx.get(f"{bench.url}/v1/chat/completions", headers=AUTH)
    assert wrong.status_code == 405
    assert wrong.json()["error"]["code"] == "ai_guard_method_not_allowed"
    anonymous = httpx.get(f"{bench.url}/v1/nothing/here")
    assert anonymous.status_code == 401  # who asks is known before what is missing
    assert [r.outcome for r in bench.rows(start)] == ["not_found", "bad_request", "refused_token"]


def test_embeddings_do_not_stream(bench: Bench) -> None:
    r = post(
        bench,
        "/v1/embeddings",
        json={"model": "text-embedding-test", "input": "x", "stream": True},
        headers=AUTH,
    )
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "ai_guard_no_stream"


def test_media_and_official_e_mail_users_are_refused(bench: Bench) -> None:
    image = {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}}
    media = post(
        bench, "/v1/chat/completions", headers=AUTH,
        json={"model": "gpt-test", "messages": [{"role": "user", "content": [image]}]},
    )  # fmt: skip
    official = post(
        bench, "/v1/chat/completions", headers=AUTH, json={**CHAT, "user": "a@hanoi.gov.vn"}
    )
    assert (media.status_code, official.status_code) == (400, 400)
    assert media.json()["error"]["code"] == "ai_guard_refused"
    assert "gov.vn" in official.json()["error"]["message"]
    assert bench.upstream.requests == []


def test_health_and_metrics(bench: Bench) -> None:
    assert httpx.get(f"{bench.url}/healthz").json() == {"status": "ok"}
    post(bench, "/v1/chat/completions", json=CHAT, headers=AUTH)
    post(bench, "/v1/chat/completions", headers=AUTH, json={
        "model": "gpt-test", "messages": [{"role": "user", "content": "MẬT\nx"}]})  # fmt: skip
    text = httpx.get(f"{bench.url}/metrics").text
    lines = dict(line.rsplit(" ", 1) for line in text.splitlines() if not line.startswith("#"))
    redacts = 'ai_guard_gateway_requests_total{route="chat.completions",decision="redact"}'
    assert int(lines[redacts]) >= 1
    assert int(lines['ai_guard_gateway_blocks_total{route="chat.completions"}']) >= 1
    assert int(lines['ai_guard_gateway_redactions_total{entity="PERSON"}']) >= 1
    count = 'ai_guard_gateway_upstream_latency_seconds_count{upstream="fake-openai"}'
    assert int(lines[count]) >= 1
    assert "Nguyễn" not in text


class FailingAudit:
    """An audit log that cannot be written."""

    def append(self, **row: Any) -> None:
        raise AuditError(vi="đĩa đầy", en="disk full")


class ListAudit:
    def __init__(self) -> None:
        self.rows: list[Mapping[str, Any]] = []

    def append(self, **row: Any) -> None:
        self.rows.append(row)


def _asgi(app: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw")


def test_an_audit_log_that_cannot_be_written_refuses_with_503(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("AIG_TEST_UPSTREAM_KEY", "k")
    sent: list[httpx.Request] = []

    def upstream(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"choices": []})

    app = create_app(
        gateway_config("http://upstream.invalid"), POLICY, tokens=Tokens(),
        audit=FailingAudit(), transport=httpx.MockTransport(upstream),
    )  # fmt: skip

    async def go() -> list[httpx.Response]:
        async with _asgi(app) as client:
            return [
                await client.post("/v1/chat/completions", json=CHAT, headers=AUTH),
                await client.post("/v1/chat/completions", json=CHAT),  # a refusal, unrecorded
            ]

    with caplog.at_level(logging.INFO, logger="ai_guard.serve"):
        answers = asyncio.run(go())
    assert [a.status_code for a in answers] == [503, 503]
    error = answers[0].json()["error"]
    assert error["code"] == "ai_guard_audit_unavailable"
    assert "audit log cannot be written" in error["message"]
    assert "disk full" not in error["message"]  # the log's words stay in the gateway's log
    assert answers[0].headers["x-request-id"] in error["message"]
    lines = [json.loads(r.getMessage()) for r in caplog.records]
    assert [(x["decision"], x["audit_error"]) for x in lines] == [("audit_failed", "disk full")] * 2
    assert sent == []


def test_without_tokens_the_gateway_does_not_run_open(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIG_TEST_UPSTREAM_KEY", "k")
    with pytest.raises(PolicyError) as caught:
        create_app(gateway_config("http://x"), POLICY, audit=ListAudit())
    assert "gateway.require_tokens" in str(caught.value)
    # require_tokens = false: callers without a token come in unnamed, and are recorded so
    audit = ListAudit()
    app = create_app(
        gateway_config("http://x", require_tokens=False), POLICY, audit=audit,
        transport=httpx.MockTransport(lambda r: httpx.Response(200, json={"data": []})),
    )  # fmt: skip

    async def go() -> httpx.Response:
        async with _asgi(app) as client:
            return await client.post(
                "/v1/embeddings", json={"model": "text-embedding-test", "input": "x"}
            )

    assert asyncio.run(go()).status_code == 200
    assert [(r["outcome"], r["approver"]) for r in audit.rows] == [("allow", "")]


def test_a_missing_upstream_key_stops_the_start(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AIG_TEST_UPSTREAM_KEY", raising=False)
    with pytest.raises(PolicyError) as caught:
        create_app(gateway_config("http://x"), POLICY, tokens=Tokens(), audit=ListAudit())
    assert "AIG_TEST_UPSTREAM_KEY" in caught.value.message_en
    assert "gateway.upstreams.0.api_key_env" in str(caught.value)


def test_the_upstream_is_only_ever_the_configured_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """A caller cannot steer the request elsewhere: headers that name hosts or proxies,
    cookies, and duplicate JSON keys reach the upstream as the gateway decided."""
    monkeypatch.setenv("AIG_TEST_UPSTREAM_KEY", "k")
    seen: list[httpx.Request] = []

    def upstream(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"choices": []}, headers={"set-cookie": "aff=1; Path=/"})

    app = create_app(
        gateway_config(f"http://127.0.0.1:{closed_port()}"), POLICY, tokens=Tokens(),
        audit=ListAudit(), transport=httpx.MockTransport(upstream),
    )  # fmt: skip
    body = (
        b'{"model": "gpt-test", "messages": [{"role": "user", "content": "CCCD 001085012345"}],'
        b' "messages": [{"role": "user", "content": "xin chao"}]}'
    )

    async def go() -> list[httpx.Response]:
        async with _asgi(app) as client:
            return [await client.post(
                "/v1/chat/completions", content=body,
                headers={**AUTH, "x-forwarded-host": "evil.example", "cookie": "s=1"},
            ) for _ in range(2)]  # fmt: skip

    answers = asyncio.run(go())
    assert [a.status_code for a in answers] == [200, 200]
    assert "set-cookie" not in answers[0].headers
    # a cookie an upstream answer set is not sent with the next caller's request
    assert "cookie" not in seen[1].headers
    request = seen[0]
    assert request.url.path == "/v1/chat/completions"
    assert "cookie" not in request.headers
    assert "x-forwarded-host" not in request.headers
    assert request.headers["authorization"] == "Bearer k"
    assert json.loads(request.content)["messages"] == [{"role": "user", "content": "xin chao"}]
    assert request.content.count(b'"messages"') == 1


def test_one_row_per_request_even_when_the_policy_records_llm_calls(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The gateway writes its own row; the guarded-call row of ``audit_llm_calls`` would
    count each request twice (in another log, without the caller)."""
    from ai_guard import Policy

    monkeypatch.setenv("AIG_TEST_UPSTREAM_KEY", "k")
    policy = Policy(load_plugins=False, audit_llm_calls=True, audit_log=str(tmp_path / "llm.db"))
    audit = ListAudit()
    app = create_app(
        gateway_config("http://x"), policy, tokens=Tokens(), audit=audit,
        transport=httpx.MockTransport(lambda r: httpx.Response(200, json={"choices": []})),
    )  # fmt: skip

    async def go() -> httpx.Response:
        async with _asgi(app) as client:
            return await client.post("/v1/chat/completions", json=CHAT, headers=AUTH)

    assert asyncio.run(go()).status_code == 200
    assert [r["outcome"] for r in audit.rows] == ["redact"]
    assert not (tmp_path / "llm.db").exists()


def test_lang_en_puts_english_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIG_TEST_UPSTREAM_KEY", "k")
    app = create_app(
        gateway_config("http://x"), POLICY, tokens=Tokens(), audit=ListAudit(), lang="en"
    )

    async def go() -> httpx.Response:
        async with _asgi(app) as client:
            return await client.post("/v1/chat/completions", json=CHAT)

    message = asyncio.run(go()).json()["error"]["message"]
    english, _, vietnamese = message.partition(" / ")
    assert english.startswith("no gateway token")
    assert vietnamese.startswith("thiếu token")


def test_health_says_unavailable_while_the_token_file_is_damaged(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from ai_guard.serve.tokens import TokenStore

    monkeypatch.setenv("AIG_TEST_UPSTREAM_KEY", "k")
    store = TokenStore(tmp_path / "tokens.json", create=True)
    store.create(unit="Phòng Tư pháp", person="an")
    app = create_app(gateway_config("http://x"), POLICY, tokens=store, audit=ListAudit())

    async def health() -> httpx.Response:
        async with _asgi(app) as client:
            return await client.get("/healthz")

    assert asyncio.run(health()).json() == {"status": "ok"}
    (tmp_path / "tokens.json").write_text("{ not json", "utf-8")
    damaged = asyncio.run(health())
    assert damaged.status_code == 503
    body = damaged.json()
    assert body["status"] == "unavailable"
    assert body["tokens"]["vi"] != body["tokens"]["en"]  # both languages, each said
    assert "tokens.json" in body["tokens"]["en"]


class FlakyAudit(ListAudit):
    """An audit log whose writes fail while ``broken``; counts the reads of its head."""

    def __init__(self) -> None:
        super().__init__()
        self.broken = False
        self.head_reads = 0

    def append(self, **row: Any) -> None:
        if self.broken:
            raise AuditError(vi="đĩa đầy", en="disk full")
        super().append(**row)

    def head(self) -> None:
        self.head_reads += 1


def test_health_says_unavailable_while_the_audit_log_cannot_be_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("AIG_TEST_UPSTREAM_KEY", "k")
    audit = FlakyAudit()
    app = create_app(
        gateway_config("http://upstream.invalid"), POLICY, tokens=Tokens(), audit=audit,
        transport=httpx.MockTransport(lambda r: httpx.Response(200, json={"choices": []})),
    )  # fmt: skip

    async def go(*paths: str) -> list[httpx.Response]:
        async with _asgi(app) as client:
            return [
                await client.get(p) if p == "/healthz"
                else await client.post(p, json=CHAT, headers=AUTH)
                for p in paths
            ]  # fmt: skip

    # healthy: the head is read once per AUDIT_PROBE_SECONDS, however often the probe comes
    assert [a.json() for a in asyncio.run(go("/healthz", "/healthz"))] == [{"status": "ok"}] * 2
    assert audit.head_reads == 1
    assert audit.rows == []  # a probe writes nothing while the log takes writes
    # a request's write fails: the very next probe says so, without waiting for the cache
    audit.broken = True
    refused, health = asyncio.run(go("/v1/chat/completions", "/healthz"))
    assert (refused.status_code, health.status_code) == (503, 503)
    body = health.json()
    assert body["status"] == "unavailable"
    assert "tokens" not in body
    assert "disk full" in body["audit"]["en"]
    assert "đĩa đầy" in body["audit"]["vi"]
    assert body["audit"]["vi"] != body["audit"]["en"]
    # the log takes writes again: the probe writes one row to see it, then says ok
    audit.broken = False
    monkeypatch.setattr("ai_guard.serve.app.AUDIT_PROBE_SECONDS", 0.0)
    assert [a.json() for a in asyncio.run(go("/healthz"))] == [{"status": "ok"}]
    assert [(r["action"], r["outcome"]) for r in audit.rows] == [("gateway:healthz", "probe")]


def test_health_says_unavailable_when_the_audit_log_cannot_be_read(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from ai_guard.signoff.audit import AuditLog

    monkeypatch.setenv("AIG_TEST_UPSTREAM_KEY", "k")

    path = tmp_path / "audit.sqlite3"
    log = AuditLog(path)
    log.append(action="gateway:test", outcome="allow")
    log.close()
    path.write_bytes(b"not a database at all" * 100)
    app = create_app(gateway_config("http://x", require_tokens=False), POLICY, audit=AuditLog(path))

    async def health() -> httpx.Response:
        async with _asgi(app) as client:
            return await client.get("/healthz")

    answer = asyncio.run(health())
    assert answer.status_code == 503
    assert answer.json()["audit"]["vi"] != answer.json()["audit"]["en"]


@pytest.mark.parametrize("stream", [False, True])
def test_an_answer_over_max_answer_bytes_is_refused_not_buffered(
    monkeypatch: pytest.MonkeyPatch, stream: bool
) -> None:
    monkeypatch.setenv("AIG_TEST_UPSTREAM_KEY", "k")
    filler = "x" * 5000

    def upstream(request: httpx.Request) -> httpx.Response:
        if stream:
            event = 'data: {"choices": [{"index": 0, "delta": {"content": "' + filler + '"}}]}\n\n'
            return httpx.Response(
                200, content=event.encode() * 4, headers={"content-type": "text/event-stream"}
            )
        return httpx.Response(200, json={"choices": [{"message": {"content": filler * 4}}]})

    audit = ListAudit()
    app = create_app(
        gateway_config("http://x", max_answer_bytes=10_000), POLICY, tokens=Tokens(),
        audit=audit, transport=httpx.MockTransport(upstream),
    )  # fmt: skip

    async def go() -> httpx.Response:
        async with _asgi(app) as client:
            return await client.post(
                "/v1/chat/completions", json={**CHAT, "stream": stream}, headers=AUTH
            )

    answer = asyncio.run(go())
    if stream:  # the stream had begun: it ends with an error event, and no filler past the limit
        assert answer.text.count(filler) <= 1
        assert "ai_guard_upstream_too_large" in answer.text
    else:
        assert answer.status_code == 502
        assert answer.json()["error"]["code"] == "ai_guard_upstream_too_large"
        assert "max_answer_bytes" in answer.json()["error"]["message"]
    assert "upstream_error" in [row["outcome"] for row in audit.rows]


def test_token_ids_in_place_of_text_are_refused_and_never_sent(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("AIG_TEST_UPSTREAM_KEY", "k")
    sent: list[httpx.Request] = []
    app = create_app(
        gateway_config("http://x"), POLICY, tokens=Tokens(), audit=ListAudit(),
        transport=httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200, json={})),
    )  # fmt: skip

    async def go() -> httpx.Response:
        async with _asgi(app) as client:
            body = {"model": "text-embedding-test", "input": [[9906, 11, 1917]]}
            return await client.post("/v1/embeddings", json=body, headers=AUTH)

    answer = asyncio.run(go())
    assert answer.status_code == 400
    assert "token ids" in answer.json()["error"]["message"]
    assert sent == []
