"""Content the service holds, named by a reference (gw16).

A request can make a model read content the service stored earlier instead of carrying it:
``previous_response_id``, a stored ``conversation``, a code interpreter's ``container``, a
stored ``prompt``, an ``item_reference``, an Assistants thread run, Anthropic's ``container``
and custom skills, Gemini's ``cached_content``. On main each went out unchecked (the guard
never read that content). Now each is refused (reason ``stored_reference``, both languages)
unless a call through this guard made it (its answer named the id) or the client was guarded
with ``allow_stored=True``; a file this guard uploaded may be named without
``allow_file_ids``. Also: inside a tool's input or result given as an object (Anthropic's
``tool_use.input``, Gemini's ``functionResponse.response``) no key is a setting: a number
under ``seed`` or ``limit`` there is content (on main it passed unread).
"""

from __future__ import annotations

import io
import json
import warnings
from typing import Any

import pytest

from ai_guard import Policy
from ai_guard.errors import UnguardedPath

openai = pytest.importorskip("openai")
anthropic = pytest.importorskip("anthropic")
httpx = pytest.importorskip("httpx2")

POLICY = Policy(load_plugins=False)
MODEL = "gpt-4o-mini"
PHONE_NUMBER = 84912345678


class Service:
    """A fake service that makes stored objects: every POST answers with a new id."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str, bytes]] = []

    def handler(self, request: Any) -> Any:
        body = request.read()
        self.seen.append((request.method, request.url.path, body))
        path = request.url.path
        n = len(self.seen)
        if request.method == "GET" and path.startswith("/v1/responses/"):
            return httpx.Response(200, json=_response(path.rsplit("/", 1)[1], n))
        if path.endswith("/responses"):
            return httpx.Response(200, json=_response(f"resp_made{n}", n))
        if path.endswith("/conversations"):
            return httpx.Response(200, json={"id": f"conv_made{n}", "object": "conversation",
                                             "created_at": 1, "metadata": {}})  # fmt: skip
        if path.endswith("/files"):
            return httpx.Response(200, json={
                "id": f"file_made{n}", "object": "file", "bytes": 1, "created_at": 1,
                "filename": "a.txt", "purpose": "user_data", "type": "file",
                "mime_type": "text/plain", "size_bytes": 1,
            })  # fmt: skip
        if path.endswith("/sessions"):
            return httpx.Response(200, json={"id": f"sesn_made{n}", "type": "session"})
        if path.endswith("/threads"):
            return httpx.Response(200, json={
                "id": f"thread_made{n}", "object": "thread", "created_at": 1, "metadata": {},
            })  # fmt: skip
        for kind in ("agents", "memory_stores", "deployments", "automations", "environments"):
            if path.endswith(f"/{kind}"):
                return httpx.Response(200, json={"id": f"{kind}_made{n}", "type": kind})
        if path.endswith(("/videos", "/remix")):
            return httpx.Response(200, json={
                "id": f"video_made{n}", "object": "video", "created_at": 1, "model": "sora-2",
                "progress": 0, "seconds": "4", "size": "720x1280", "status": "queued",
            })  # fmt: skip
        if path.endswith("/assistants"):
            return httpx.Response(200, json={
                "id": f"asst_made{n}", "object": "assistant", "created_at": 1, "model": MODEL,
                "tools": [],
            })  # fmt: skip
        if path.endswith("/runs"):  # a thread run: the thread made with it (create_and_run)
            made = path.endswith("/threads/runs")
            thread = f"thread_made{n}" if made else path.split("/")[-2]
            return httpx.Response(200, json={
                "id": f"run_made{n}", "object": "thread.run", "created_at": 1,
                "thread_id": thread, "assistant_id": "asst_1", "status": "queued",
                "instructions": "", "model": MODEL, "tools": [], "parallel_tool_calls": True,
            })  # fmt: skip
        if path.endswith("/messages"):
            return httpx.Response(200, json={
                "id": f"msg_made{n}", "type": "message", "role": "assistant", "model": "c",
                "content": [{"type": "text", "text": "ok"}], "stop_reason": "end_turn",
                "stop_sequence": None, "usage": {"input_tokens": 1, "output_tokens": 1},
                "container": {"id": f"container_made{n}", "expires_at": "2026-12-07T00:00:00Z"},
            })  # fmt: skip
        return httpx.Response(200, json={})

    def sent(self, since: int = 0) -> int:
        return len(self.seen) - since

    def made_session(self, guarded: Any, sdk: str) -> str:
        """A managed agent session made through ``guarded`` (its id, as the fake answers)."""
        if sdk == "openai":
            n = len(self.seen) + 1
            guarded.post("/agents/sessions", body={"agent": {"model": MODEL}}, cast_to=object)
        else:  # an Anthropic session runs a saved agent: made through the guard too
            agent = self.made(guarded, "/v1/agents", "agents")
            n = len(self.seen) + 1
            guarded.post("/v1/sessions", body={"agent": agent}, cast_to=object)
        return f"sesn_made{n}"

    def made(self, guarded: Any, path: str, kind: str) -> str:
        """An object made through ``guarded`` by a POST to ``path`` (its id)."""
        n = len(self.seen) + 1
        guarded.post(path, body={"name": "Trợ lý văn thư"}, cast_to=object)
        return f"{kind}_made{n}"


def _response(rid: str, n: int) -> dict[str, Any]:
    return {
        "id": rid, "object": "response", "created_at": 1, "model": MODEL, "status": "completed",
        "output": [{"type": "message", "id": f"msg_made{n}", "role": "assistant",
                    "status": "completed",
                    "content": [{"type": "output_text", "text": "ok", "annotations": []}]}],
        "parallel_tool_calls": True, "tool_choice": "auto", "tools": [],
    }  # fmt: skip


def _openai(**options: bool) -> tuple[Any, Any, Service]:
    from ai_guard.integrations.openai import guard_client

    service = Service()
    raw = openai.OpenAI(
        api_key="sk-test", base_url="http://fake.local/v1", max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(service.handler)),
    )  # fmt: skip
    return guard_client(raw, policy=POLICY, **options), raw, service


def _anthropic(**options: bool) -> tuple[Any, Any, Service]:
    from ai_guard.integrations.anthropic import guard_client

    service = Service()
    raw = anthropic.Anthropic(
        api_key="sk-test", base_url="http://fake.local", max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(service.handler)),
    )  # fmt: skip
    return guard_client(raw, policy=POLICY, **options), raw, service


def _refused(call: Any, service: Service) -> UnguardedPath:
    before = len(service.seen)
    with pytest.raises(UnguardedPath) as caught:
        call()
    assert service.sent(before) == 0  # nothing reached the wire
    return caught.value


REFERENCES = {
    "previous_response_id": {"previous_response_id": "resp_elsewhere"},
    "conversation": {"conversation": "conv_elsewhere"},
    "conversation_object": {"conversation": {"id": "conv_elsewhere"}},
    "container": {"tools": [{"type": "code_interpreter", "container": "cntr_elsewhere"}]},
    "prompt": {"prompt": {"id": "pmpt_elsewhere"}},
    "item_reference": {"input": [{"type": "item_reference", "id": "msg_elsewhere"}]},
}


@pytest.mark.parametrize("kept", [False, True], ids=["guarded", "kept_client"])
@pytest.mark.parametrize("extra", list(REFERENCES.values()), ids=list(REFERENCES))
def test_a_reference_to_content_made_elsewhere_is_refused(
    extra: dict[str, Any], kept: bool
) -> None:
    guarded, raw, service = _openai()
    client = raw if kept else guarded
    arguments = {"model": MODEL, "input": "Tóm tắt giúp tôi", **extra}
    refusal = _refused(lambda: client.responses.create(**arguments), service)
    assert refusal.reason == "stored_reference"
    vi, en = refusal.said
    assert "ai-guard" in vi
    assert "nội dung" in vi
    assert "never read" in en


def test_content_this_guard_made_may_be_named_again() -> None:
    guarded, raw, service = _openai()
    first = guarded.responses.create(model=MODEL, input="Xin chào")
    assert first.id.startswith("resp_made")
    item = first.output[0].id
    guarded.responses.create(model=MODEL, input="Tiếp tục", previous_response_id=first.id)
    guarded.responses.create(model=MODEL, input=[{"type": "item_reference", "id": item}])
    # the client the application kept shares the guard's net, and its registry
    raw.responses.create(model=MODEL, input="Tiếp tục", previous_response_id=first.id)
    conversation = guarded.conversations.create()
    guarded.responses.create(model=MODEL, input="Hỏi tiếp", conversation=conversation.id)
    assert service.sent() == 6


def test_an_id_the_request_named_is_not_one_it_made() -> None:
    """``responses.retrieve("resp_other")`` answers with that id: reading it does not make
    it this guard's (nor does an answer that echoes a reference)."""
    guarded, _, service = _openai()
    assert guarded.responses.retrieve("resp_other").id == "resp_other"
    refusal = _refused(
        lambda: guarded.responses.create(
            model=MODEL, input="Tiếp tục", previous_response_id="resp_other"
        ),
        service,
    )
    assert refusal.reason == "stored_reference"


def test_stored_content_passes_when_the_unit_allows_it() -> None:
    guarded, raw, service = _openai(allow_stored=True)
    for extra in REFERENCES.values():
        guarded.responses.create(**{"model": MODEL, "input": "Xin chào", **extra})
        raw.responses.create(**{"model": MODEL, "input": "Xin chào", **extra})
    assert service.sent() == 2 * len(REFERENCES)


def test_a_thread_run_names_the_thread_made_elsewhere() -> None:
    guarded, _, service = _openai()
    with pytest.warns(DeprecationWarning, match="Assistants API is deprecated"):
        refusal = _refused(
            lambda: guarded.beta.threads.runs.create("thread_elsewhere", assistant_id="asst_1"),
            service,
        )
    assert refusal.reason == "stored_reference"


def test_an_anthropic_container_made_elsewhere_is_refused_one_made_here_passes() -> None:
    guarded, raw, service = _anthropic()
    messages = [{"role": "user", "content": "Chạy đoạn mã"}]
    for client in (guarded, raw):
        refusal = _refused(
            lambda c=client: c.messages.create(
                model="claude-x", max_tokens=10, messages=messages,
                extra_body={"container": "container_elsewhere"},
            ),
            service,
        )  # fmt: skip
        assert refusal.reason == "stored_reference"
    made = guarded.messages.create(model="claude-x", max_tokens=10, messages=messages)
    container = made.container.id
    guarded.messages.create(
        model="claude-x", max_tokens=10, messages=messages, extra_body={"container": container}
    )


def test_a_custom_skill_is_stored_content_an_anthropic_skill_is_not() -> None:
    guarded, _, service = _anthropic()
    messages = [{"role": "user", "content": "Làm bản trình chiếu"}]

    def skill(kind: str, skill_id: str) -> Any:
        container = {"skills": [{"type": kind, "skill_id": skill_id, "version": "latest"}]}
        return guarded.messages.create(
            model="claude-x", max_tokens=10, messages=messages,
            extra_body={"container": container},
        )  # fmt: skip

    skill("anthropic", "pptx")
    refusal = _refused(lambda: skill("custom", "skill_elsewhere"), service)
    assert refusal.reason == "stored_reference"


def test_a_file_this_guard_uploaded_may_be_named_without_allow_file_ids() -> None:
    guarded, _, service = _anthropic()
    document = {"type": "document", "source": {"type": "file", "file_id": "file_elsewhere"}}
    messages = [{"role": "user", "content": [document, {"type": "text", "text": "Tóm tắt"}]}]
    refusal = _refused(
        lambda: guarded.beta.messages.create(model="claude-x", max_tokens=10, messages=messages),
        service,
    )
    assert refusal.reason == "file_reference"
    uploaded = guarded.beta.files.upload(file=("bao-cao.txt", b"Bao cao thang 11", "text/plain"))
    document["source"]["file_id"] = uploaded.id
    guarded.beta.messages.create(model="claude-x", max_tokens=10, messages=messages)
    assert json.loads(service.seen[-1][2])["messages"][0]["content"][0]["source"] == {
        "type": "file", "file_id": uploaded.id,
    }  # fmt: skip


@pytest.mark.parametrize("key", ["seed", "limit", "index", "max_tokens"])
def test_a_number_in_a_tool_input_is_content_whatever_its_key(key: str) -> None:
    guarded, raw, service = _anthropic()
    messages = [
        {"role": "user", "content": "Tra cứu giúp tôi"},
        {"role": "assistant", "content": [
            {"type": "tool_use", "id": "toolu_1", "name": "tra_cuu",
             "input": {key: PHONE_NUMBER}}]},
        {"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": "toolu_1", "content": "Đã tìm thấy"}]},
    ]  # fmt: skip
    for client in (guarded, raw):
        refusal = _refused(
            lambda c=client: c.messages.create(model="claude-x", max_tokens=10, messages=messages),
            service,
        )
        assert refusal.reason in ("identifier", "unredacted")
    assert str(PHONE_NUMBER) not in " ".join(b.decode() for _, _, b in service.seen)


def test_gemini_cached_content_and_function_results() -> None:
    pytest.importorskip("google.genai")
    from ai_guard.integrations.gemini import guard_client
    from integration_surface import Wire, gemini_client

    wire = Wire()
    raw = gemini_client(wire)
    guarded = guard_client(raw, policy=POLICY)
    with pytest.raises(UnguardedPath) as caught:
        guarded.models.generate_content(
            model="gemini-x", contents="Tóm tắt",
            config={"cached_content": "cachedContents/elsewhere"},
        )  # fmt: skip
    assert caught.value.reason == "stored_reference"
    response = {"name": "tra_cuu", "response": {"seed": PHONE_NUMBER}}
    contents = [
        {"role": "user", "parts": [{"text": "Tra cứu"}]},
        {"role": "user", "parts": [{"function_response": response}]},
    ]
    with pytest.raises(UnguardedPath) as caught:
        guarded.models.generate_content(model="gemini-x", contents=contents)
    assert caught.value.reason in ("identifier", "unredacted")
    assert wire.seen == []


def test_a_gemini_cache_made_through_the_guard_may_be_named() -> None:
    genai = pytest.importorskip("google.genai")
    from google.genai import types

    from ai_guard.integrations.gemini import guard_client

    seen: list[str] = []

    def handler(request: Any) -> Any:
        seen.append(request.url.path)
        if "cachedContents" in request.url.path and request.method == "POST":
            return httpx.Response(200, json={"name": "cachedContents/made1", "model": "m"})
        parts = [{"text": "ok"}]
        return httpx.Response(200, json={"candidates": [{"content": {"parts": parts}}]})

    options = types.HttpOptions(
        base_url="http://fake.local",
        httpx_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    guarded = guard_client(genai.Client(api_key="k", http_options=options), policy=POLICY)
    contents = [{"role": "user", "parts": [{"text": "Tài liệu công khai"}]}]
    cache = guarded.caches.create(model="gemini-x", config={"contents": contents})
    answer = guarded.models.generate_content(
        model="gemini-x", contents="Tóm tắt", config={"cached_content": cache.name}
    )
    assert answer.text == "ok"
    assert len(seen) == 2


@pytest.mark.parametrize("key", ["index", "limit", "created_at"])
def test_a_number_in_metadata_is_content_whatever_its_key(key: str) -> None:
    guarded, raw, service = _openai()
    for client in (guarded, raw):
        refusal = _refused(
            lambda c=client: c.responses.create(
                model=MODEL, input="Xin chào", metadata={key: PHONE_NUMBER}
            ),
            service,
        )
        assert refusal.reason in ("identifier", "unredacted")


def test_a_gemini_file_uploaded_through_the_guard_may_be_named_by_its_uri() -> None:
    genai = pytest.importorskip("google.genai")
    from google.genai import types

    from ai_guard.integrations.gemini import guard_client

    service = "https://generativelanguage.googleapis.com/v1beta/files/"
    seen: list[str] = []

    def handler(request: Any) -> Any:
        seen.append(request.url.path)
        if request.url.path.startswith("/upload"):
            if "start" in request.headers.get("x-goog-upload-command", ""):
                headers = {"x-goog-upload-url": "http://fake.local/upload/x",
                           "x-goog-upload-status": "active"}  # fmt: skip
                return httpx.Response(200, headers=headers, json={})
            made = {"name": "files/made1", "uri": service + "made1", "mimeType": "text/plain"}
            headers = {"x-goog-upload-status": "final"}
            return httpx.Response(200, headers=headers, json={"file": made})
        parts = [{"text": "ok"}]
        return httpx.Response(200, json={"candidates": [{"content": {"parts": parts}}]})

    options = types.HttpOptions(
        base_url="http://fake.local",
        httpx_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    guarded = guard_client(genai.Client(api_key="k", http_options=options), policy=POLICY)
    uploaded = guarded.files.upload(
        file=io.BytesIO(b"Bao cao cong khai thang 11"), config={"mime_type": "text/plain"}
    )
    part = types.Part.from_uri(file_uri=uploaded.uri, mime_type="text/plain")
    assert guarded.models.generate_content(model="gemini-x", contents=[part, "Tóm tắt"]).text
    elsewhere = types.Part.from_uri(file_uri=service + "elsewhere", mime_type="text/plain")
    with pytest.raises(UnguardedPath) as caught:
        guarded.models.generate_content(model="gemini-x", contents=[elsewhere, "Tóm tắt"])
    assert caught.value.reason == "file_reference"


# -- ids made by the SDKs' stream helpers (gw17) ------------------------------------------------
# On main the ids a stream helper's answer named were kept only when the application read the
# helper's events one by one: ``until_done()``, ``text_stream`` or ``get_final_message()``
# read the stream inside the SDK, and a conversation continued from it was refused (fail
# closed, but a user's ordinary path broken). Kept now whichever way the stream is read, from
# the answer of a checked request only.


def _sse(events: list[dict[str, Any]]) -> bytes:
    return "".join(f"event: {e['type']}\ndata: {json.dumps(e)}\n\n" for e in events).encode()


def _message_events(n: int) -> list[dict[str, Any]]:
    message = {
        "id": f"msg_s{n}", "type": "message", "role": "assistant", "model": "claude-x",
        "content": [], "stop_reason": None, "stop_sequence": None,
        "usage": {"input_tokens": 1, "output_tokens": 1},
    }  # fmt: skip
    container = {"id": f"container_s{n}", "expires_at": "2026-12-07T00:00:00Z"}
    return [
        {"type": "message_start", "message": message},
        {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "ok"}},
        {"type": "content_block_stop", "index": 0},
        {"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence": None,
                                            "container": container},
         "usage": {"output_tokens": 1}},
        {"type": "message_stop"},
    ]  # fmt: skip


def _response_events(n: int) -> list[dict[str, Any]]:
    item = {"type": "message", "id": f"msg_s{n}", "role": "assistant", "status": "completed",
            "content": [{"type": "output_text", "text": "ok", "annotations": []}]}  # fmt: skip
    started = {**_response(f"resp_s{n}", n), "status": "in_progress", "output": []}
    part = {"output_index": 0, "content_index": 0, "item_id": f"msg_s{n}"}
    return [
        {"type": "response.created", "sequence_number": 0, "response": started},
        {"type": "response.output_item.added", "sequence_number": 1, "output_index": 0,
         "item": {**item, "status": "in_progress", "content": []}},
        {"type": "response.content_part.added", "sequence_number": 2, **part,
         "part": {"type": "output_text", "text": "", "annotations": []}},
        {"type": "response.output_text.delta", "sequence_number": 3, **part, "delta": "ok",
         "logprobs": []},
        {"type": "response.completed", "sequence_number": 4,
         "response": {**_response(f"resp_s{n}", n), "output": [item]}},
    ]  # fmt: skip


class StreamingService(Service):
    """:class:`Service`, answering a request that asks for a stream with SSE events."""

    def handler(self, request: Any) -> Any:
        body = request.read()
        streamed = body.startswith(b"{") and json.loads(body).get("stream") is True
        if not streamed:
            return super().handler(request)
        self.seen.append((request.method, request.url.path, body))
        n = len(self.seen)
        path = request.url.path
        events = _message_events(n) if path.endswith("/messages") else _response_events(n)
        headers = {"content-type": "text/event-stream"}
        return httpx.Response(200, content=_sse(events), headers=headers)


def _streaming(sdk: str) -> tuple[Any, StreamingService]:
    service = StreamingService()
    http = httpx.Client(transport=httpx.MockTransport(service.handler))
    if sdk == "openai":
        from ai_guard.integrations.openai import guard_client

        raw = openai.OpenAI(
            api_key="sk-test", base_url="http://fake.local/v1", max_retries=0, http_client=http
        )
        return guard_client(raw, policy=POLICY), service
    from ai_guard.integrations.anthropic import guard_client as guard_anthropic

    raw = anthropic.Anthropic(
        api_key="sk-test", base_url="http://fake.local", max_retries=0, http_client=http
    )
    return guard_anthropic(raw, policy=POLICY), service


READINGS = {
    "events": lambda s: [None for _ in s],
    "until_done": lambda s: s.until_done(),
    "text_stream": lambda s: "".join(s.text_stream),
    "final": lambda s: s.get_final_message(),
    "final_text": lambda s: s.get_final_text(),
    "unread": lambda s: None,
}


@pytest.mark.parametrize("reading", list(READINGS), ids=list(READINGS))
def test_a_container_made_through_the_message_stream_helper_may_be_named(reading: str) -> None:
    guarded, service = _streaming("anthropic")
    messages = [{"role": "user", "content": "Chạy đoạn mã"}]
    with guarded.messages.stream(model="claude-x", max_tokens=10, messages=messages) as stream:
        READINGS[reading](stream)
    if reading == "unread":  # nothing of the answer was read: nothing is known of it
        return
    guarded.messages.create(
        model="claude-x", max_tokens=10, messages=messages,
        extra_body={"container": "container_s1"},
    )  # fmt: skip
    assert service.sent() == 2


@pytest.mark.parametrize("reading", ["events", "until_done", "final"])
def test_a_response_made_through_the_responses_stream_helper_may_be_continued(
    reading: str,
) -> None:
    guarded, service = _streaming("openai")
    with guarded.responses.stream(model=MODEL, input="Xin chào") as stream:
        if reading == "final":
            stream.get_final_response()
        else:
            READINGS[reading](stream)
    guarded.responses.create(model=MODEL, input="Tiếp tục", previous_response_id="resp_s1")
    assert service.sent() == 2


def test_an_async_message_stream_helper_keeps_its_container() -> None:
    import asyncio

    from ai_guard.integrations.anthropic import guard_client

    service = StreamingService()

    async def handler(request: Any) -> Any:
        return service.handler(request)

    raw = anthropic.AsyncAnthropic(
        api_key="sk-test", base_url="http://fake.local", max_retries=0,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
    )  # fmt: skip
    guarded = guard_client(raw, policy=POLICY)
    messages = [{"role": "user", "content": "Chạy đoạn mã"}]

    async def main() -> None:
        async with guarded.messages.stream(
            model="claude-x", max_tokens=10, messages=messages
        ) as stream:
            await stream.until_done()
        await guarded.messages.create(
            model="claude-x", max_tokens=10, messages=messages,
            extra_body={"container": "container_s1"},
        )  # fmt: skip

    asyncio.run(main())
    assert service.sent() == 2


def test_an_async_responses_stream_read_by_until_done_keeps_its_response() -> None:
    import asyncio

    from ai_guard.integrations.openai import guard_client

    service = StreamingService()

    async def handler(request: Any) -> Any:
        return service.handler(request)

    raw = openai.AsyncOpenAI(
        api_key="sk-test", base_url="http://fake.local/v1", max_retries=0,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
    )  # fmt: skip
    guarded = guard_client(raw, policy=POLICY)

    async def main() -> None:
        async with guarded.responses.stream(model=MODEL, input="Xin chào") as stream:
            await stream.until_done()
        await guarded.responses.create(
            model=MODEL, input="Tiếp tục", previous_response_id="resp_s1"
        )

    asyncio.run(main())
    assert service.sent() == 2


def test_the_thread_a_create_and_run_made_may_be_run_again() -> None:
    guarded, _, service = _openai()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # the Assistants API
        assistant = guarded.beta.assistants.create(model=MODEL, instructions="Trả lời ngắn")
        run = guarded.beta.threads.create_and_run(assistant_id=assistant.id)
        assert run.thread_id == "thread_made2"
        guarded.beta.threads.runs.create(run.thread_id, assistant_id=assistant.id)
    assert service.sent() == 3


# -- gw17: an eval run over content the service stored ----------------------------------------

STORED_SOURCES = {
    "stored_completions": {
        "type": "completions", "model": MODEL,
        "source": {"type": "stored_completions", "metadata": {"usecase": "chatbot"}},
    },
    "stored_responses": {
        "type": "responses",
        "source": {"type": "responses", "metadata": {"usecase": "chatbot"}},
    },
}  # fmt: skip


@pytest.mark.parametrize("kept", [False, True], ids=["guarded", "kept_client"])
@pytest.mark.parametrize("source", list(STORED_SOURCES.values()), ids=list(STORED_SOURCES))
def test_an_eval_run_over_stored_completions_or_responses_is_refused(
    source: dict[str, Any], kept: bool
) -> None:
    """``evals.runs.create`` whose data source selects the chat completions or responses the
    service stored (by metadata, model, dates) makes a model (the graded one, the grader)
    read every one of them, made anywhere, never read here: on main it went out."""
    guarded, raw, service = _openai()
    client = raw if kept else guarded
    refusal = _refused(lambda: client.evals.runs.create("eval_1", data_source=source), service)
    assert refusal.reason == "stored_reference"
    guarded, raw, service = _openai(allow_stored=True)
    (raw if kept else guarded).evals.runs.create("eval_1", data_source=source)
    assert service.sent() == 1


def test_an_eval_run_over_content_it_carries_still_goes() -> None:
    guarded, _, service = _openai()
    content = {"type": "file_content", "content": [{"item": {"question": "Thủ tục cấp CCCD?"}}]}
    guarded.evals.runs.create("eval_1", data_source={"type": "jsonl", "source": content})
    assert service.sent() == 1


# -- gw17: an agent session made elsewhere ---------------------------------------------------

USER_EVENT = {"type": "user.message", "content": [{"type": "text", "text": "Tiếp tục"}]}


@pytest.mark.parametrize("kept", [False, True], ids=["guarded", "kept_client"])
@pytest.mark.parametrize("sdk", ["openai", "anthropic"])
def test_an_event_sent_to_an_agent_session_made_elsewhere_is_refused(sdk: str, kept: bool) -> None:
    """A managed agent's session (OpenAI ``beta.agents.sessions``, Anthropic
    ``beta.sessions``) holds its history at the service: an event sent to it runs the model
    over that history, as a thread run does, never read here when the session was made
    elsewhere. On main it went out; now refused unless this guard made the session."""
    guarded, raw, service = _openai() if sdk == "openai" else _anthropic()
    client = raw if kept else guarded
    if sdk == "openai":
        events = client.beta.agents.sessions.events
        send = lambda sid: events.create(sid, events=[USER_EVENT])  # noqa: E731
    else:
        send = lambda sid: client.beta.sessions.events.send(sid, events=[USER_EVENT])  # noqa: E731
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        refusal = _refused(lambda: send("sesn_elsewhere"), service)
        assert refusal.reason == "stored_reference"
        made = service.made_session(guarded, sdk)
        before = service.sent()
        send(made)
    assert service.sent(before) == 1


# -- gw18: what an agent's session runs with, made elsewhere -----------------------------------


def _quiet(call: Any) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return call()


ANTHROPIC_SESSIONS = {
    "agent_id": lambda c, ref, env: c.beta.sessions.create(agent=ref, environment_id=env),
    "agent_object": lambda c, ref, env: c.beta.sessions.create(
        agent={"type": "agent", "id": ref, "version": 2}, environment_id=env
    ),
    "agent_with_overrides": lambda c, ref, env: c.beta.sessions.create(
        agent={"type": "agent_with_overrides", "id": ref, "system": "Trả lời ngắn gọn."},
        environment_id=env,
    ),
    "deployment": lambda c, ref, env: c.beta.deployments.create(
        agent=ref, environment_id=env, initial_events=[USER_EVENT], name="Báo cáo tuần"
    ),
    "roster": lambda c, ref, env: c.post(  # a multi-agent coordinator's roster, any write
        "/v1/agents",
        body={
            "name": "Điều phối",
            "model": "claude-sonnet-4-5",
            "multiagent": {"type": "coordinator", "agents": [{"type": "agent", "id": ref}]},
        },
        cast_to=object,
    ),
}


@pytest.mark.parametrize("kept", [False, True], ids=["guarded", "kept_client"])
@pytest.mark.parametrize("shape", list(ANTHROPIC_SESSIONS))
def test_an_anthropic_session_running_an_agent_made_elsewhere_is_refused(
    shape: str, kept: bool
) -> None:
    """A managed agent's session (or deployment) runs a saved agent: its system prompt, its
    skills, its tools are stored at the service. One saved elsewhere was never read here.
    On main ``sessions.create(agent="agent_...")`` went out (gw17 left it); now refused
    unless this guard saved the agent, in every shape the API takes (an id, an object, an
    object with overrides, a multi-agent roster's entry)."""
    guarded, raw, service = _anthropic()
    client = raw if kept else guarded
    call = ANTHROPIC_SESSIONS[shape]
    env = service.made(guarded, "/v1/environments", "environments")  # gw19: judged too
    refusal = _refused(lambda: _quiet(lambda: call(client, "agent_elsewhere", env)), service)
    assert refusal.reason == "stored_reference"
    vi, en = refusal.said
    assert "ai-guard" in vi
    assert "not made through ai-guard" in en
    made = service.made(guarded, "/v1/agents", "agents")
    before = service.sent()
    _quiet(lambda: call(client, made, env))
    assert service.sent(before) == 1
    guarded, raw, service = _anthropic(allow_stored=True)
    _quiet(lambda: call(raw if kept else guarded, "agent_elsewhere", "env_1"))
    assert service.sent() == 1


@pytest.mark.parametrize("kept", [False, True], ids=["guarded", "kept_client"])
def test_a_memory_store_made_elsewhere_is_not_mounted(kept: bool) -> None:
    """A memory store is read by the agent (its memories are stored text): one made elsewhere
    mounted into a session, a deployment or read by a dream was never read here."""
    guarded, raw, service = _anthropic()
    client = raw if kept else guarded
    agent = service.made(guarded, "/v1/agents", "agents")
    env = service.made(guarded, "/v1/environments", "environments")

    def mount(store: str) -> Any:
        resource = {"type": "memory_store", "memory_store_id": store, "access": "read_only"}
        return _quiet(
            lambda: client.beta.sessions.create(
                agent=agent, environment_id=env, resources=[resource]
            )
        )

    def dream(store: str, session: str) -> Any:
        inputs = [
            {"type": "memory_store", "memory_store_id": store},
            {"type": "sessions", "session_ids": [session]},
        ]
        return _quiet(lambda: client.beta.dreams.create(inputs=inputs, model="claude-opus-4-5"))

    assert _refused(lambda: mount("memstore_elsewhere"), service).reason == "stored_reference"
    store = _quiet(lambda: guarded.beta.memory_stores.create(name="Sổ tay")).id
    before = service.sent()
    mount(store)
    assert service.sent(before) == 1
    session = service.made_session(guarded, "anthropic")
    refusal = _refused(lambda: dream("memstore_elsewhere", session), service)
    assert refusal.reason == "stored_reference"
    assert _refused(lambda: dream(store, "sesn_elsewhere"), service).reason == "stored_reference"
    before = service.sent()
    dream(store, session)
    assert service.sent(before) == 1


@pytest.mark.parametrize("allow_stored", [False, True])
@pytest.mark.parametrize(
    "resource",
    [
        {"type": "github_repository", "url": "https://github.com/so-tu-phap/ho-so"},
        {"type": "s3_mount", "bucket": "ho-so", "mount_path": "/mnt/s3", "region": "x"},
        {"type": "sandbox_path", "path": "/srv/ho-so"},
        {"type": "loai_moi", "where": "x"},
        "not-an-object",
    ],
    ids=["github", "s3", "sandbox_path", "unknown_kind", "no_object"],
)
def test_a_resource_the_service_reads_itself_is_not_mounted(
    resource: Any, allow_stored: bool
) -> None:
    """A repository the service clones, a bucket or a directory it reads, a kind not known
    here: the agent reads them, the guard cannot (no opt-in makes it read them). Only files
    and memory stores (each named by an id judged as any) are mounted."""
    guarded, raw, service = _anthropic(allow_stored=allow_stored)
    agent = service.made(guarded, "/v1/agents", "agents")
    env = service.made(guarded, "/v1/environments", "environments")
    for client in (guarded, raw):
        refusal = _refused(
            lambda c=client: _quiet(
                lambda: c.beta.sessions.create(
                    agent=agent, environment_id=env, resources=[resource]
                )
            ),
            service,
        )
        assert refusal.reason == "document"
        vi, en = refusal.said
        assert "tự đọc" in vi
        assert "reads itself" in en
        assert "ho-so" not in vi + en + refusal.path


@pytest.mark.parametrize("kept", [False, True], ids=["guarded", "kept_client"])
def test_a_deployment_made_elsewhere_is_not_run(kept: bool) -> None:
    """``deployments.run`` fires a deployment's stored agent and events: one made elsewhere
    was never read here."""
    guarded, raw, service = _anthropic()
    client = raw if kept else guarded
    run = client.beta.deployments.run
    assert _refused(lambda: _quiet(lambda: run("depl_elsewhere")), service).reason == (
        "stored_reference"
    )
    made = service.made(guarded, "/v1/deployments", "deployments")
    _quiet(lambda: run(made))
    assert service.sent() == 2


OPENAI_SESSIONS = {
    "agent_id": lambda c, ref: c.beta.agents.sessions.create(
        environment={"type": "none"}, agent_id=ref, input="Tóm tắt công văn."
    ),
    "environment_id": lambda c, ref: c.beta.agents.sessions.create(
        environment={"type": "openai_hosted", "environment_id": ref},
        agent={"model": MODEL},
        input="Tóm tắt công văn.",
    ),
    "environment_template_id": lambda c, ref: c.beta.agents.sessions.create(
        environment={"type": "openai_hosted", "environment_template_id": ref},
        agent={"model": MODEL},
        input="Tóm tắt công văn.",
    ),
    "automation_existing_session": lambda c, ref: c.beta.agents.automations.create(
        expression="0 8 * * 1",
        name="Báo cáo tuần",
        timezone="Asia/Ho_Chi_Minh",
        type="periodic",
        target={"type": "existing_session", "session_id": ref, "instructions": "Tiếp tục."},
    ),
    "automation_invocation": lambda c, ref: c.beta.agents.automations.invocations.create(ref),
}


@pytest.mark.parametrize("kept", [False, True], ids=["guarded", "kept_client"])
@pytest.mark.parametrize("shape", list(OPENAI_SESSIONS))
def test_an_openai_agent_session_on_what_was_made_elsewhere_is_refused(
    shape: str, kept: bool
) -> None:
    """OpenAI's managed agents: a saved agent (``agent_id``), an environment or a template
    (files, setup, skills), an existing session an automation continues, an automation
    invoked: stored at the service, never read here when made elsewhere."""
    guarded, raw, service = _openai()
    client = raw if kept else guarded
    call = OPENAI_SESSIONS[shape]
    refusal = _refused(lambda: _quiet(lambda: call(client, "ref_elsewhere")), service)
    assert refusal.reason == "stored_reference"
    guarded, raw, service = _openai(allow_stored=True)
    _quiet(lambda: call(raw if kept else guarded, "ref_elsewhere"))
    assert service.sent() == 1


def test_an_openai_agent_session_on_what_this_guard_made_goes() -> None:
    guarded, _, service = _openai()
    agent = service.made(guarded, "/agents", "agents")
    environment = service.made(guarded, "/agents/environments", "environments")
    session = service.made_session(guarded, "openai")
    automation = service.made(guarded, "/agents/automations", "automations")
    before = service.sent()
    for call, ref in [
        (OPENAI_SESSIONS["agent_id"], agent),
        (OPENAI_SESSIONS["environment_id"], environment),
        (OPENAI_SESSIONS["automation_existing_session"], session),
        (OPENAI_SESSIONS["automation_invocation"], automation),
    ]:
        _quiet(lambda c=call, r=ref: c(guarded, r))  # type: ignore[misc]
    assert service.sent(before) == 4
    # an inline agent and environment name nothing stored
    _quiet(
        lambda: guarded.beta.agents.sessions.create(
            environment={"type": "none"}, agent={"model": MODEL, "instructions": "Ngắn gọn."},
            input="Tóm tắt công văn.",
        )
    )  # fmt: skip
    assert service.sent(before) == 5


def test_an_agent_named_in_another_vendors_api_is_not_a_stored_one() -> None:
    """``agent`` is a stored agent in Anthropic's API only: Gemini's ``interactions.create(
    agent=...)`` names one of the vendor's own agents, and OpenAI's ``agent`` is an inline
    configuration. Read by the vendor's rules, neither is refused."""
    from ai_guard.integrations._payload import VENDOR_REFS, read

    body = {"agent": "deep-research-pro-preview-12-2025", "input": "Tóm tắt quy định."}
    for vendor in (None, VENDOR_REFS["openai"]):
        found = read(body, policy=POLICY, vendor=vendor)
        assert "Tóm tắt quy định." in found.texts
    with pytest.raises(UnguardedPath):
        read(body, policy=POLICY, vendor=VENDOR_REFS["anthropic"])


# -- gw18: a stored video or conversation made elsewhere, added to or remixed -----------------

FOREIGN = {
    "videos.remix": lambda c, ref: c.videos.remix(ref, prompt="Thêm phụ đề tiếng Việt."),
    # the SDK's edit() and extend() take only a file (a dict fails in the SDK): the API
    # takes the stored video's id as JSON
    "videos.edit": lambda c, ref: c.post(
        "/videos/edits", body={"prompt": "Cắt ngắn.", "video": {"id": ref}}, cast_to=object
    ),
    "videos.extensions": lambda c, ref: c.post(
        "/videos/extensions", body={"prompt": "Thêm cảnh.", "video": {"id": ref}}, cast_to=object
    ),
    "conversations.items.create": lambda c, ref: c.conversations.items.create(
        ref, items=[{"type": "message", "role": "user", "content": "Tiếp tục tóm tắt."}]
    ),
    "threads.messages.create": lambda c, ref: c.beta.threads.messages.create(
        ref, role="user", content="Tiếp tục tóm tắt."
    ),
}
MAKERS = {
    "videos": lambda c: c.videos.create(prompt="Cảnh trụ sở ủy ban phường.").id,
    "conversations": lambda c: c.conversations.create().id,
    "threads": lambda c: c.beta.threads.create().id,
}


@pytest.mark.parametrize("kept", [False, True], ids=["guarded", "kept_client"])
@pytest.mark.parametrize("method", list(FOREIGN))
def test_a_video_or_conversation_made_elsewhere_is_not_continued(method: str, kept: bool) -> None:
    """A remix, an edit or an extension of a video made elsewhere (the model reads that
    video), items or messages added to a conversation or a thread made elsewhere (joined to
    history the guard never read): gw17 left them going. Refused unless this guard made
    the video, the conversation or the thread; ``allow_stored`` lets them pass."""
    guarded, raw, service = _openai()
    client = raw if kept else guarded
    call = FOREIGN[method]
    refusal = _quiet(lambda: _refused(lambda: call(client, "obj_elsewhere"), service))
    assert refusal.reason == "stored_reference"
    vi, en = refusal.said
    assert "ai-guard" in vi
    assert "never read it" in en
    kind = next(k for k in MAKERS if k in method)
    made = _quiet(lambda: MAKERS[kind](guarded))
    before = service.sent()
    _quiet(lambda: call(client, made))
    assert service.sent(before) == 1
    guarded, raw, service = _openai(allow_stored=True)
    _quiet(lambda: call(raw if kept else guarded, "obj_elsewhere"))
    assert service.sent() == 1
