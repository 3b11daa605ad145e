"""Two callers at once on the real server (uvicorn on the loopback): their requests are
redacted with the same placeholders (``[CCCD_1]``, ``[PERSON_1]`` in both), the upstream
streams both answers at the same time, piece by piece, interleaved; each caller gets back
only its own values, never the other's (gw15).
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route
from tests.serve.fakes import (
    POLICY,
    UPSTREAM_KEY,
    Served,
    anthropic_events,
    chat_events,
    echo_text,
    gateway_config,
)

from ai_guard import check_prompt
from ai_guard.serve.app import create_app
from ai_guard.serve.auth import Caller
from ai_guard.signoff.audit import AuditLog

USERS = {
    "agt_an_" + "t0ken": (
        Caller(token_id="tok-an", unit="Phòng Tư pháp", person="an"),
        "Soạn thư cho ông Nguyễn Văn An, số CCCD 001085012345, điện thoại 0912345678.",
        ("Nguyễn Văn An", "001085012345", "0912345678"),
    ),
    "agt_binh_" + "t0ken": (
        Caller(token_id="tok-binh", unit="Phòng Nội vụ", person="binh"),
        "Soạn thư cho bà Trần Thị Bình, số CCCD 079203004567, điện thoại 0987654321.",
        ("Trần Thị Bình", "079203004567", "0987654321"),
    ),
}


class TwoTokens:
    def verify(self, presented: str) -> Caller | None:
        found = USERS.get(presented)
        return found[0] if found else None


class Interleaving:
    """An upstream that holds every answer until both requests arrived, then streams them
    together, one piece of each in turn; ``log`` is the order the pieces went out."""

    def __init__(self) -> None:
        self.bodies: list[dict[str, Any]] = []
        self.log: list[int] = []
        self.both = asyncio.Event()

    def app(self) -> Starlette:
        async def handle(request: Request) -> Response:
            body = json.loads(await request.body())
            self.bodies.append(body)
            me = len(self.bodies)
            if me == 2:
                self.both.set()
            await asyncio.wait_for(self.both.wait(), 30)
            text = "Đã nhận: " + echo_text(body)
            if request.url.path.endswith("/messages"):
                events = anthropic_events(body["model"], text, False)
            else:
                events = chat_events(body["model"], text, False)

            async def stream() -> AsyncIterator[bytes]:
                for name, data in events:
                    head = f"event: {name}\n" if name else ""
                    self.log.append(me)
                    yield f"{head}data: {data}\n\n".encode()
                    await asyncio.sleep(0.002)

            return StreamingResponse(stream(), media_type="text/event-stream")

        routes = ["/v1/chat/completions", "/v1/messages"]
        return Starlette(routes=[Route(p, handle, methods=["POST"]) for p in routes])


@pytest.fixture
def two(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Interleaving, str]]:
    check_prompt("Ông Nguyễn Văn An", policy=POLICY)
    monkeypatch.setenv("AIG_TEST_UPSTREAM_KEY", UPSTREAM_KEY)
    fake = Interleaving()
    upstream = Served(fake.app())
    audit = AuditLog(tmp_path / "audit.sqlite3")
    config = gateway_config(upstream.url, read_timeout=30.0)
    gateway = Served(create_app(config, POLICY, tokens=TwoTokens(), audit=audit))
    try:
        yield fake, gateway.url
    finally:
        gateway.stop()
        upstream.stop()
        audit.close()


def _streamed_text(url: str, route: str, token: str, text: str) -> str:
    if route == "messages":
        body: dict[str, Any] = {"model": "claude-test", "max_tokens": 50, "stream": True,
                                "messages": [{"role": "user", "content": text}]}  # fmt: skip
        headers = {"x-api-key": token}
    else:
        body = {"model": "gpt-test", "stream": True,
                "messages": [{"role": "user", "content": text}]}  # fmt: skip
        headers = {"authorization": f"Bearer {token}"}
    out: list[str] = []
    with httpx.stream("POST", f"{url}/v1/{route}", json=body, headers=headers, timeout=60) as r:
        assert r.status_code == 200, r.read()
        for line in r.iter_lines():
            if not line.startswith("data: ") or line == "data: [DONE]":
                continue
            event = json.loads(line[6:])
            if route == "messages":
                if event.get("type") == "content_block_delta":
                    out.append(event["delta"]["text"])
            else:
                for choice in event.get("choices", []):
                    out.append(choice["delta"].get("content") or "")
    return "".join(out)


@pytest.mark.parametrize("route", ["chat/completions", "messages"])
def test_two_callers_streaming_at_once_get_only_their_own_values(
    two: tuple[Interleaving, str], route: str
) -> None:
    fake, url = two
    answers: dict[str, str] = {}
    errors: list[BaseException] = []

    def call(token: str) -> None:
        try:
            answers[token] = _streamed_text(url, route, token, USERS[token][1])
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=call, args=(token,)) for token in USERS]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not errors, errors
    # both requests went up with the same placeholders, no value
    sent = json.dumps(fake.bodies, ensure_ascii=False)
    for _, _, values in USERS.values():
        for value in values:
            assert value not in sent
    assert sent.count("[CCCD_1]") == 2
    # the two streams were interleaved: neither finished before the other began
    first = fake.log.index(fake.log[-1])
    assert first < len(fake.log) - fake.log.count(fake.log[-1]), fake.log
    for token, (_, _, values) in USERS.items():
        other = next(v for t, (_, _, v) in USERS.items() if t != token)
        assert all(value in answers[token] for value in values), answers[token]
        assert not any(value in answers[token] for value in other), answers[token]
        assert "[CCCD_1]" not in answers[token]


def test_every_answer_of_the_api_says_no_store(two: tuple[Interleaving, str]) -> None:
    """A restored answer holds the caller's personal data: no cache between the tool and the
    gateway may keep it. Streams said ``no-cache`` (a cache may store and revalidate), whole
    answers and errors said nothing."""
    fake, url = two
    token = next(iter(USERS))
    headers = {"authorization": f"Bearer {token}"}
    body = {"model": "gpt-test", "messages": [{"role": "user", "content": USERS[token][1]}]}
    fake.both.set()  # one caller here: nothing to wait for
    streamed = {**body, "stream": True}
    with httpx.stream(
        "POST", f"{url}/v1/chat/completions", json=streamed, headers=headers, timeout=60
    ) as answer:
        answer.read()
        assert answer.headers["cache-control"] == "no-store"
    refused = httpx.post(
        f"{url}/v1/chat/completions", json={**body, "model": "gpt-none"}, headers=headers,
        timeout=60,
    )  # fmt: skip
    assert refused.status_code == 403
    assert refused.headers["cache-control"] == "no-store"
    unknown = httpx.post(f"{url}/v1/files", json={}, headers=headers, timeout=60)
    assert unknown.status_code == 404
    assert unknown.headers["cache-control"] == "no-store"


def test_two_writers_in_many_threads_keep_one_verifiable_chain(tmp_path: Path) -> None:
    """gw17: the gateway's worker threads and the page (a second log object on the same
    file, as ``ai-guard serve`` opens for the page) append at once: every row lands once, in
    one chain that verifies, ``seq`` contiguous."""

    from ai_guard.signoff.audit import AuditLog

    path = tmp_path / "audit.sqlite3"
    logs = [AuditLog(path), AuditLog(path)]
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        log = logs[n % 2]
        try:
            for i in range(30):
                log.append(
                    action="gateway:chat.completions" if n % 2 else "page:check",
                    outcome="redact", reason=f"status=sent w={n} i={i}", role="gateway",
                    findings={"CCCD": 1},
                )  # fmt: skip
        except BaseException as exc:  # pragma: no cover - what the assertion shows
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    checked = AuditLog(path)
    try:
        verification = checked.verify()
        rows = checked.records()
    finally:
        for log in (*logs, checked):
            log.close()
    assert verification.ok, verification.problems
    assert verification.records == 8 * 30
    assert [r.seq for r in rows] == list(range(rows[0].seq, rows[0].seq + 240))
    assert len({r.reason for r in rows}) == 240
