"""What the gateway's shortcuts must keep: the upstream request built without httpx's client
is the one the client built, a stream's events read together still go out before an error,
and no more requests are checked at once than :data:`~ai_guard.serve.app.WORKER_THREADS`."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Mapping
from http.cookiejar import CookieJar, DefaultCookiePolicy
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.serve.fakes import GOOD_TOKEN, POLICY, Tokens, gateway_config

from ai_guard.serve.app import WORKER_THREADS, create_app
from ai_guard.serve.upstream import UpstreamClient

AUTH = {"authorization": f"Bearer {GOOD_TOKEN}"}
CHAT = {"model": "gpt-test", "messages": [{"role": "user", "content": "Ông Nguyễn Văn An"}]}


class ListAudit:
    def __init__(self) -> None:
        self.rows: list[Mapping[str, Any]] = []

    def append(self, **row: Any) -> None:
        self.rows.append(row)


def _asgi(app: Any, **kwargs: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app, **kwargs), base_url="http://gw")


_HEADER = st.sampled_from(["anthropic-version", "openai-beta", "x-api-key", "authorization"])


@settings(max_examples=40, deadline=None)
@given(
    url=st.sampled_from(
        ["http://127.0.0.1:8080/v1/chat/completions", "https://api.example.vn/v1/messages",
         "http://[::1]:9/openai/v1/responses?api-version=2025-01-01"]
    ),
    headers=st.dictionaries(_HEADER, st.text("abcXYZ-_/.0123456789 ", min_size=1, max_size=20)),
    content=st.binary(max_size=300),
)  # fmt: skip
def test_the_upstream_request_is_the_one_the_httpx_client_built(
    url: str, headers: dict[str, str], content: bytes
) -> None:
    headers = {"content-type": "application/json", "accept": "application/json", **headers}
    headers = {k: v.strip() or "x" for k, v in headers.items()}
    transport = httpx.MockTransport(lambda r: httpx.Response(200))
    timeout = httpx.Timeout(connect=3.0, read=40.0, write=40.0, pool=3.0)
    client = httpx.AsyncClient(
        transport=transport, timeout=timeout, trust_env=False,
        cookies=CookieJar(policy=DefaultCookiePolicy(allowed_domains=[])),
    )  # fmt: skip
    before = client.build_request("POST", url, content=content, headers=headers)
    now = UpstreamClient(transport, connect_timeout=3.0, read_timeout=40.0).request(
        url, headers, content
    )
    assert (now.method, str(now.url), now.content) == (before.method, str(before.url), content)
    assert sorted(now.headers.raw) == sorted(before.headers.raw)
    assert now.extensions == before.extensions


def test_the_upstream_client_keeps_no_cookie_and_reuses_its_parsed_urls() -> None:
    seen: list[httpx.Request] = []

    def upstream(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=b"{}", headers={"set-cookie": "aff=1; Path=/"})

    client = UpstreamClient(httpx.MockTransport(upstream), connect_timeout=1, read_timeout=1)

    async def go() -> None:
        for _ in range(2):
            answer = await client.send("http://up.example/v1/x", {"accept": "*/*"}, b"{}")
            assert [c async for c in answer.aiter_bytes()] == [b"{}"]
            await answer.aclose()
        await client.aclose()

    asyncio.run(go())
    assert [r.headers.get("cookie") for r in seen] == [None, None]
    assert client.url("http://up.example/v1/x") is client.url("http://up.example/v1/x")


def _app(audit: Any, upstream: Any) -> Any:
    return create_app(
        gateway_config("http://upstream.invalid"), POLICY, tokens=Tokens(), audit=audit,
        transport=httpx.MockTransport(upstream),
    )  # fmt: skip


def _sse(*events: Any) -> bytes:
    return b"".join(b"data: " + json.dumps(e).encode() + b"\n\n" for e in events)


def test_events_read_in_one_chunk_before_a_broken_one_still_go_out_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The upstream's whole stream arrives as one chunk: three good events, one that is not
    JSON, one more. The three go out (restored), then the error event; nothing after."""
    monkeypatch.setenv("AIG_TEST_UPSTREAM_KEY", "k")

    def chunk(text: str) -> dict[str, Any]:
        return {"id": "c", "choices": [{"index": 0, "delta": {"content": text}}]}

    good = _sse(chunk("Kính gửi "), chunk("[PERSON_1]"), chunk(", xin chào"))
    stream = good + b"data: {not json at all\n\n" + _sse(chunk(" (after)"))
    audit = ListAudit()
    app = _app(
        audit,
        lambda r: httpx.Response(
            200, content=stream, headers={"content-type": "text/event-stream"}
        ),
    )

    async def go() -> str:
        async with _asgi(app) as client:
            answer = await client.post(
                "/v1/chat/completions", json={**CHAT, "stream": True}, headers=AUTH
            )
            return answer.text

    text = asyncio.run(go())
    events = [json.loads(e[6:]) for e in text.strip().split("\n\n")]
    said = "".join(e["choices"][0]["delta"]["content"] for e in events[:-1])
    assert said == "Kính gửi Nguyễn Văn An, xin chào"
    assert events[-1]["error"]["code"] == "ai_guard_upstream_broken_stream"
    assert "not json" not in text
    assert "after" not in text
    assert [r["outcome"] for r in audit.rows] == ["redact", "upstream_error"]


def test_no_more_requests_are_checked_at_once_than_the_worker_threads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Three times as many requests as worker threads arrive at once; the audit row of each
    is written in its worker thread and waits there until a full set of threads has come
    (a barrier): with more threads than the limit, more rows would be in flight at once."""
    monkeypatch.setenv("AIG_TEST_UPSTREAM_KEY", "k")
    barrier = threading.Barrier(WORKER_THREADS, timeout=30)
    lock = threading.Lock()
    active = [0, 0]  # now, most

    class GatedAudit:
        def append(self, **row: Any) -> None:
            with lock:
                active[0] += 1
                active[1] = max(active)
            try:
                barrier.wait()
            finally:
                with lock:
                    active[0] -= 1

    app = _app(GatedAudit(), lambda r: httpx.Response(200, json={"choices": []}))

    async def go() -> list[int]:
        async with _asgi(app) as client:
            answers = await asyncio.gather(
                *(
                    client.post("/v1/chat/completions", json=CHAT, headers=AUTH)
                    for _ in range(3 * WORKER_THREADS)
                )
            )
            return [a.status_code for a in answers]

    assert asyncio.run(go()) == [200] * (3 * WORKER_THREADS)
    assert active[1] == WORKER_THREADS


class _Pieces(httpx.AsyncByteStream):
    def __init__(self, pieces: list[bytes]) -> None:
        self.pieces = pieces

    async def __aiter__(self) -> Any:
        for piece in self.pieces:
            yield piece


@settings(max_examples=60, deadline=None)
@given(
    sizes=st.lists(st.integers(1, 9), min_size=1, max_size=30),
    cuts=st.lists(st.integers(1, 120), min_size=1, max_size=40),
    spaced=st.booleans(),
)
def test_a_stream_cut_anywhere_on_the_wire_is_restored_and_the_rest_passed_as_it_came(
    sizes: list[int], cuts: list[int], spaced: bool
) -> None:
    """The upstream's stream, the placeholder split across events at random and the bytes
    cut at random (inside a character too): what the caller reads says the name again, no
    placeholder is left, and every event that holds no piece of one comes out byte for byte
    as the upstream wrote it."""
    said = "Kính gửi [PERSON_1], hồ sơ đã nhận; [PERSON_1] đến nhận kết quả ngày 5/6."
    parts, at = [], 0
    for size in sizes:
        if at < len(said):
            parts.append(said[at : at + size])
            at += size
    parts.append(said[at:])
    separators = (", ", ": ") if spaced else (",", ":")
    events = [
        b"data: "
        + json.dumps(
            {"id": "c", "choices": [{"index": 0, "delta": {"content": p}}]},
            ensure_ascii=False, separators=separators,
        ).encode()
        + b"\n\n"
        for p in parts
    ] + [b"data: [DONE]\n\n"]  # fmt: skip
    wire = b"".join(events)
    pieces, at = [], 0
    for cut in cuts:
        if at < len(wire):
            pieces.append(wire[at : at + cut])
            at += cut
    pieces.append(wire[at:])

    def app() -> Any:
        return _app(
            ListAudit(),
            lambda r: httpx.Response(
                200, stream=_Pieces(pieces), headers={"content-type": "text/event-stream"}
            ),
        )

    async def go() -> bytes:
        async with _asgi(app()) as client:
            answer = await client.post(
                "/v1/chat/completions", json={**CHAT, "stream": True}, headers=AUTH
            )
            return answer.content

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("AIG_TEST_UPSTREAM_KEY", "k")
        out = asyncio.run(go())
    chunks = [json.loads(e[6:]) for e in out.decode().split("\n\n") if e.startswith("data: {")]
    text = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks)
    assert text == said.replace("[PERSON_1]", "Nguyễn Văn An")
    assert out.endswith(b"data: [DONE]\n\n")
    whole = [e for e, p in zip(events[:-1], parts, strict=True) if not set(p) & set("[]PERSON_1")]
    for event in whole:
        assert event in out


@pytest.mark.parametrize("stream", [False, True])
def test_a_request_is_checked_once_and_each_answer_text_restored_once(stream: bool) -> None:
    """One ``check_prompt`` per request (its texts joined), whole or streamed; the answer's
    texts that may hold a placeholder each go through the restore once, not once per layer."""
    import ai_guard.prompt as prompt_module
    from ai_guard.models import PromptCheck

    said = "Kính gửi [PERSON_1], hồ sơ đã nhận."
    if stream:
        pieces = [said[i : i + 4] for i in range(0, len(said), 4)]
        body = _sse(
            *({"id": "c", "choices": [{"index": 0, "delta": {"content": p}}]} for p in pieces)
        )
        answer = httpx.Response(
            200, content=body + b"data: [DONE]\n\n", headers={"content-type": "text/event-stream"}
        )
    else:
        answer = httpx.Response(
            200, json={"choices": [{"index": 0, "message": {"role": "assistant", "content": said}}]}
        )
    checks: list[str] = []
    restored: list[str] = []
    real_check, real_restore = prompt_module.check_prompt, PromptCheck.restore

    def counted_check(text: str, **kwargs: Any) -> Any:
        checks.append(text)
        return real_check(text, **kwargs)

    def counted_restore(self: PromptCheck, text: str) -> str:
        restored.append(text)
        return real_restore(self, text)

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("AIG_TEST_UPSTREAM_KEY", "k")
        patch.setattr(prompt_module, "check_prompt", counted_check)
        patch.setattr(PromptCheck, "restore", counted_restore)
        app = _app(ListAudit(), lambda r: answer)

        async def go() -> str:
            async with _asgi(app) as client:
                got = await client.post(
                    "/v1/chat/completions", json={**CHAT, "stream": stream}, headers=AUTH
                )
                return got.text

        text = asyncio.run(go())
    assert len(checks) == 1
    assert "Nguyễn Văn An" in text
    assert "[PERSON_1]" not in text
    if stream:  # the pieces around the placeholder, each once, in order; the rest as it came
        assert "".join(restored) in said
        assert "".join(restored).count("[PERSON_1]") == 1
    else:
        assert restored == [said]
