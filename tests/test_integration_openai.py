"""guard_client for the real OpenAI SDK, its HTTP transport replaced by a local fake."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from ai_guard import Policy, PromptBlocked
from ai_guard.integrations import OfficialEmailRefused

openai = pytest.importorskip("openai")
httpx = pytest.importorskip("httpx2")

from ai_guard.integrations.openai import guard_client  # noqa: E402

POLICY = Policy(load_plugins=False)
PROMPT = "Soạn thư trả lời ông Nguyễn Văn An, CCCD 001085012345, SĐT 0912345678."
ANSWER = "Kính gửi ông [PERSON_1], hồ sơ CCCD [CCCD_1] đã được tiếp nhận."


class Wire:
    """What reached the network, and the fake server's answers."""

    def __init__(self, reply: str = ANSWER, chunks: list[str] | None = None) -> None:
        self.requests: list[dict[str, Any]] = []
        self.reply = reply
        self.chunks = chunks

    def handler(self, request: Any) -> Any:
        body = json.loads(request.content)
        self.requests.append(body)
        if request.url.path.endswith("/embeddings"):
            return httpx.Response(200, json={
                "object": "list", "model": "m", "usage": {"prompt_tokens": 1, "total_tokens": 1},
                "data": [{"object": "embedding", "index": 0, "embedding": [0.5]}],
            })  # fmt: skip
        if request.url.path.endswith("/responses"):
            if body.get("stream"):
                return httpx.Response(
                    200, content=_response_sse(self.chunks or []),
                    headers={"content-type": "text/event-stream"},
                )  # fmt: skip
            return httpx.Response(200, json=_response(self.reply))
        if body.get("stream"):
            events = "".join(
                f"data: {json.dumps(_chunk(c, i == len(self.chunks or []) - 1))}\n\n"
                for i, c in enumerate(self.chunks or [])
            )
            return httpx.Response(
                200, content=(events + "data: [DONE]\n\n").encode(),
                headers={"content-type": "text/event-stream"},
            )  # fmt: skip
        return httpx.Response(200, json=_completion(self.reply))

    @property
    def sent_text(self) -> str:
        return json.dumps(self.requests, ensure_ascii=False)


def _completion(text: str) -> dict[str, Any]:
    return {
        "id": "c1", "object": "chat.completion", "created": 0, "model": "gpt-test",
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": text}}],
    }  # fmt: skip


def _chunk(text: str, last: bool) -> dict[str, Any]:
    return {
        "id": "c1", "object": "chat.completion.chunk", "created": 0, "model": "gpt-test",
        "choices": [{"index": 0, "delta": {"content": text},
                     "finish_reason": "stop" if last else None}],
    }  # fmt: skip


def _response(text: str) -> dict[str, Any]:
    return {
        "id": "r1", "object": "response", "created_at": 0, "model": "gpt-test",
        "status": "completed",
        "output": [{"type": "message", "id": "m1", "role": "assistant", "status": "completed",
                    "content": [{"type": "output_text", "text": text, "annotations": []}]}],
        "parallel_tool_calls": True, "tool_choice": "auto", "tools": [],
    }  # fmt: skip


def _response_sse(chunks: list[str]) -> bytes:
    common = {"item_id": "m1", "output_index": 0, "content_index": 0, "logprobs": []}
    events: list[dict[str, Any]] = [
        {"type": "response.output_text.delta", "delta": c, "sequence_number": i, **common}
        for i, c in enumerate(chunks)
    ]
    full = "".join(chunks)
    events.append({"type": "response.output_text.done", "text": full, "sequence_number": 90,
                   **common})  # fmt: skip
    events.append({"type": "response.completed", "response": _response(full),
                   "sequence_number": 91})  # fmt: skip
    return "".join(f"event: {e['type']}\ndata: {json.dumps(e)}\n\n" for e in events).encode()


def client(wire: Wire) -> Any:
    raw = openai.OpenAI(
        api_key="sk-test", base_url="http://fake.local/v1", max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(wire.handler)),
    )  # fmt: skip
    return guard_client(raw, policy=POLICY)


def test_what_reaches_the_wire_is_redacted_and_the_answer_restored() -> None:
    wire = Wire()
    r = client(wire).chat.completions.create(
        model="gpt-test",
        messages=[{"role": "system", "content": "Bạn là trợ lý văn thư."},
                  {"role": "user", "content": PROMPT}],
    )  # fmt: skip
    assert "001085012345" not in wire.sent_text
    assert "Nguyễn Văn An" not in wire.sent_text
    assert "[CCCD_1]" in wire.sent_text
    assert r.choices[0].message.content == (
        "Kính gửi ông Nguyễn Văn An, hồ sơ CCCD 001085012345 đã được tiếp nhận."
    )


def test_list_of_parts_content_is_checked_with_shared_placeholders() -> None:
    wire = Wire(reply="[CCCD_1]")
    client(wire).chat.completions.create(
        model="gpt-test",
        messages=[{"role": "user", "content": [{"type": "text", "text": "CCCD 001085012345"}]},
                  {"role": "user", "content": "nhắc lại CCCD 001085012345"}],
    )  # fmt: skip
    sent = wire.requests[0]["messages"]
    assert sent[0]["content"][0]["text"] == "CCCD [CCCD_1]"
    assert sent[1]["content"] == "nhắc lại CCCD [CCCD_1]"


def test_blocked_prompt_never_reaches_the_wire() -> None:
    wire = Wire()
    with pytest.raises(PromptBlocked):
        client(wire).chat.completions.create(
            model="gpt-test", messages=[{"role": "user", "content": "TỐI MẬT\nKế hoạch"}]
        )
    assert wire.requests == []


def test_official_email_as_user_is_refused() -> None:
    wire = Wire()
    with pytest.raises(OfficialEmailRefused):
        client(wire).chat.completions.create(
            model="gpt-test", user="an@moj.gov.vn", messages=[{"role": "user", "content": "Chào"}]
        )
    assert wire.requests == []


def test_streaming_restores_placeholders_split_across_chunks() -> None:
    wire = Wire(chunks=["Kính gửi ông [PER", "SON_1], CCCD [CC", "CD_1", "] xong. [P"])
    stream = client(wire).chat.completions.create(
        model="gpt-test", stream=True, messages=[{"role": "user", "content": PROMPT}]
    )
    text = "".join(c.choices[0].delta.content or "" for c in stream)
    assert text == "Kính gửi ông Nguyễn Văn An, CCCD 001085012345 xong. [P"


def test_responses_create() -> None:
    wire = Wire()
    r = client(wire).responses.create(model="gpt-test", instructions="Trả lời ngắn", input=PROMPT)
    assert "001085012345" not in wire.sent_text
    assert r.output_text.startswith("Kính gửi ông Nguyễn Văn An")


def test_responses_stream_restores_deltas_done_and_completed() -> None:
    wire = Wire(chunks=["ông [PER", "SON_1] và CCCD [CCCD_", "1] [A"])
    events = list(client(wire).responses.create(model="gpt-test", input=PROMPT, stream=True))
    deltas = "".join(e.delta for e in events if e.type == "response.output_text.delta")
    assert deltas == "ông Nguyễn Văn An và CCCD 001085012345 [A"
    done = next(e for e in events if e.type == "response.output_text.done")
    assert done.text == deltas
    completed = next(e for e in events if e.type == "response.completed")
    assert completed.response.output_text == deltas
    assert "001085012345" not in wire.sent_text


def test_async_client() -> None:
    wire = Wire(chunks=["ông [PERSON", "_1]"])

    async def handler(request: Any) -> Any:
        return wire.handler(request)

    raw = openai.AsyncOpenAI(
        api_key="sk-test", base_url="http://fake.local/v1", max_retries=0,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
    )  # fmt: skip
    guarded = guard_client(raw, policy=POLICY)

    async def main() -> None:
        r = await guarded.chat.completions.create(
            model="gpt-test", messages=[{"role": "user", "content": PROMPT}]
        )
        assert "Nguyễn Văn An" in r.choices[0].message.content
        stream = await guarded.chat.completions.create(
            model="gpt-test", stream=True, messages=[{"role": "user", "content": PROMPT}]
        )
        parts = [c.choices[0].delta.content or "" async for c in stream]
        assert "".join(parts) == "ông Nguyễn Văn An"
        with pytest.raises(PromptBlocked):
            await guarded.chat.completions.create(
                model="gpt-test", messages=[{"role": "user", "content": "MẬT\nx"}]
            )

    asyncio.run(main())
    assert "001085012345" not in wire.sent_text


def test_other_attributes_pass_through() -> None:
    wire = Wire()
    guarded = client(wire)
    assert guarded.api_key == "sk-test"


def test_calls_are_audited_when_the_policy_says_so(tmp_path: Any) -> None:
    from ai_guard import AuditLog

    path = tmp_path / "audit.sqlite3"
    wire = Wire()
    raw = openai.OpenAI(
        api_key="sk-test", base_url="http://fake.local/v1", max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(wire.handler)),
    )  # fmt: skip
    policy = Policy(load_plugins=False, audit_llm_calls=True, audit_log=str(path))
    guard_client(raw, policy=policy).chat.completions.create(
        model="gpt-test", messages=[{"role": "user", "content": PROMPT}]
    )
    rows = AuditLog(path).records()
    assert [(r.action, r.outcome, r.reason) for r in rows] == [
        ("llm_call:openai.chat.completions.create", "redact", "gpt-test")
    ]
    assert rows[0].findings == {"CCCD": 1, "PERSON": 1, "PHONE": 1}


# -- every way out (issue 12): tools, copies, raw responses, helpers, media, the net --------


def _tool_call_completion(arguments: str) -> dict[str, Any]:
    body = _completion("")
    body["choices"][0]["message"] = {
        "role": "assistant", "content": None,
        "tool_calls": [{"id": "call_1", "type": "function",
                        "function": {"name": "tra_cuu", "arguments": arguments}}],
    }  # fmt: skip
    return body


def test_tool_call_arguments_and_tool_results_are_redacted_and_restored() -> None:
    wire = Wire()
    answer = json.dumps({"so_cccd": "[CCCD_1]"})
    wire.handler = lambda request: (  # type: ignore[method-assign]
        wire.requests.append(json.loads(request.content))
        or httpx.Response(200, json=_tool_call_completion(answer))
    )
    r = client(wire).chat.completions.create(
        model="gpt-test",
        messages=[
            {"role": "user", "content": "Tra cứu hồ sơ"},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": "call_0", "type": "function",
                 "function": {"name": "tra_cuu", "arguments": '{"cccd": "001085012345"}'}}]},
            {"role": "tool", "tool_call_id": "call_0",
             "content": "Ông Nguyễn Văn An, CCCD 001085012345, nợ 20 triệu"},
        ],
    )  # fmt: skip
    assert "001085012345" not in wire.sent_text
    assert "Nguyễn Văn An" not in wire.sent_text
    call = r.choices[0].message.tool_calls[0]
    assert json.loads(call.function.arguments) == {"so_cccd": "001085012345"}


def test_copies_raw_and_streaming_responses_are_guarded_and_restored() -> None:
    wire = Wire()
    guarded = client(wire)
    messages = [{"role": "user", "content": PROMPT}]
    r = guarded.with_options(timeout=5).chat.completions.create(model="m", messages=messages)
    assert "Nguyễn Văn An" in r.choices[0].message.content
    raw = guarded.copy().chat.completions.with_raw_response.create(model="m", messages=messages)
    assert "Nguyễn Văn An" in raw.parse().choices[0].message.content
    with guarded.chat.completions.with_streaming_response.create(
        model="m", messages=messages
    ) as response:
        assert "Nguyễn Văn An" in response.parse().choices[0].message.content
    assert len(wire.requests) == 3
    assert "001085012345" not in wire.sent_text


def test_methods_no_wrapper_knew_are_checked_the_same_way() -> None:
    wire = Wire()
    guarded = client(wire)
    guarded.embeddings.create(model="m", input=[PROMPT, "CCCD 001085012345"])
    guarded.moderations.create(input=PROMPT)
    guarded.completions.create(model="m", prompt=PROMPT)
    guarded.post("/chat/completions", body={"messages": [{"role": "user", "content": PROMPT}]},
                 cast_to=object)  # fmt: skip
    assert len(wire.requests) == 4
    assert "001085012345" not in wire.sent_text
    assert wire.requests[0]["input"] == ["Soạn thư trả lời ông [PERSON_1], CCCD [CCCD_1], SĐT "
                                         "[PHONE_1].", "CCCD [CCCD_1]"]  # fmt: skip
    with pytest.raises(PromptBlocked):
        guarded.embeddings.create(model="m", input="TỐI MẬT\nKế hoạch")
    assert len(wire.requests) == 4


def test_the_chat_stream_helper_is_guarded_and_restored() -> None:
    wire = Wire(chunks=["Kính gửi ông [PER", "SON_1], CCCD [CCCD_1]."])
    with client(wire).chat.completions.stream(
        model="m", messages=[{"role": "user", "content": PROMPT}]
    ) as stream:
        deltas = "".join(e.delta for e in stream if e.type == "content.delta")
        final = stream.get_final_completion()
    assert deltas == "Kính gửi ông Nguyễn Văn An, CCCD 001085012345."
    assert final.choices[0].message.content == deltas
    assert "001085012345" not in wire.sent_text


def _data_url(media_type: str, data: bytes) -> str:
    import base64

    return f"data:{media_type};base64," + base64.b64encode(data).decode()


def test_images_are_refused_and_documents_go_only_when_classify_says_send() -> None:
    from ai_guard import UnguardedPath

    wire = Wire()
    guarded = client(wire)
    image = {"type": "image_url", "image_url": {"url": _data_url("image/png", b"\x89PNG..")}}
    with pytest.raises(UnguardedPath) as info:
        guarded.chat.completions.create(model="m", messages=[{"role": "user", "content": [image]}])
    assert info.value.reason == "media"
    assert "messages[0].content[0].image_url.url" in info.value.path

    def doc(text: str) -> dict[str, Any]:
        data = _data_url("text/plain", text.encode())
        return {"type": "file", "file": {"filename": "don.txt", "file_data": data}}

    with pytest.raises(UnguardedPath) as info:
        guarded.chat.completions.create(
            model="m", messages=[{"role": "user", "content": [doc(PROMPT)]}]
        )
    assert info.value.reason == "document"
    assert wire.requests == []
    guarded.chat.completions.create(
        model="m", messages=[{"role": "user", "content": [doc("Lịch họp giao ban tuần tới.")]}]
    )
    assert len(wire.requests) == 1
    allowed = guard_client(guarded_raw(wire), policy=POLICY, allow_media=True)
    allowed.chat.completions.create(model="m", messages=[{"role": "user", "content": [image]}])
    assert len(wire.requests) == 2


def guarded_raw(wire: Wire) -> Any:
    return openai.OpenAI(
        api_key="sk-test", base_url="http://fake.local/v1", max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(wire.handler)),
    )  # fmt: skip


def test_private_attributes_and_websockets_are_refused() -> None:
    from ai_guard import UnguardedPath

    guarded = client(Wire())
    with pytest.raises(UnguardedPath) as info:
        guarded._client.post("http://fake.local/v1/x", json={"q": PROMPT})
    assert info.value.reason == "private"
    with pytest.raises(UnguardedPath) as info:
        guarded.realtime.connect(model="m")
    assert (info.value.reason, info.value.path) == ("websocket", "realtime.connect")


def test_the_client_object_the_app_kept_is_under_the_net() -> None:
    from ai_guard import UnguardedPath

    wire = Wire()
    raw = openai.OpenAI(
        api_key="sk-test", base_url="http://fake.local/v1", max_retries=2,
        http_client=httpx.Client(transport=httpx.MockTransport(wire.handler)),
    )  # fmt: skip
    guard_client(raw, policy=POLICY)
    with pytest.raises(UnguardedPath) as info:
        raw.chat.completions.create(model="m", messages=[{"role": "user", "content": PROMPT}])
    assert isinstance(info.value, openai.OpenAIError)  # the SDK neither retries nor wraps it
    assert info.value.reason == "unredacted"
    assert info.value.path == "POST /v1/chat/completions"
    assert "messages[0].content" in info.value.message_en
    assert "001085012345" not in str(info.value)
    with pytest.raises(PromptBlocked):
        raw.embeddings.create(model="m", input="TỐI MẬT\nKế hoạch")
    assert wire.requests == []
    raw.chat.completions.create(model="m", messages=[{"role": "user", "content": "Xin chào"}])
    assert len(wire.requests) == 1


def test_a_waived_policy_is_named_in_every_audit_record(tmp_path: Any) -> None:
    from ai_guard import AuditLog

    path = tmp_path / "audit.sqlite3"
    statement = "Mô hình nội bộ tại Sở Tư pháp, phê duyệt theo QĐ 12/QĐ-STP"
    policy = Policy(
        load_plugins=False, audit_llm_calls=True, audit_log=str(path),
        actions={"STATE_SECRET_MARK": "redact"},
        acknowledge={"weaker_secret_protection": statement},
    )  # fmt: skip
    wire = Wire()
    guard_client(guarded_raw(wire), policy=policy).chat.completions.create(
        model="m", messages=[{"role": "user", "content": "MẬT\nKế hoạch"}]
    )
    (row,) = AuditLog(path).records()
    assert row.reason.startswith("m | waived: actions.STATE_SECRET_MARK")
    assert statement in row.reason


def test_paths_a_review_found_are_closed() -> None:
    """Keys at any depth, headers below the top, repeated query keys, default headers, copies
    of the kept client with a new HTTP client, a method's private attributes."""
    from ai_guard import UnguardedPath

    wire = Wire()
    raw = guarded_raw(wire)
    guarded = guard_client(raw, policy=POLICY)
    guarded.chat.completions.create(
        model="m",
        messages=[{"role": "user", "content": "x"}],
        metadata={"Hồ sơ ông Nguyễn Văn An, CCCD 001085012345": "1"},
        extra_body={"tool": {"headers": {"X-CCCD": "CCCD 001085012345"}}},
    )
    assert "001085012345" not in wire.sent_text
    with pytest.raises(UnguardedPath):
        raw.with_options(default_query={"q": [PROMPT, "x"]}).models.list()
    with pytest.raises(UnguardedPath):
        guarded.with_options(default_headers={"X-Note": "Ong An, CCCD 001085012345"}).models.list()
    fresh = httpx.Client(transport=httpx.MockTransport(wire.handler))
    with pytest.raises(UnguardedPath):
        raw.with_options(http_client=fresh).chat.completions.create(
            model="m", messages=[{"role": "user", "content": PROMPT}]
        )
    with pytest.raises(UnguardedPath) as info:
        guarded.chat.completions.create.__self__  # noqa: B018 - the raw resource behind it
    assert info.value.reason == "private"
    with pytest.raises(UnguardedPath) as info:
        guarded.chat.completions.create(
            model="m",
            messages=[{"role": "user", "content": "x", "tool_call_id": "cccd:001085012345"}],
        )
    assert info.value.reason == "identifier"
    assert len(wire.requests) == 1


@pytest.mark.parametrize(
    "base",
    ["http://10.0.0.5:8000/v1", "http://127.0.0.1:11434/v1", "http://[::1]:8000/v1",
     "http://192.168.10.20/v1"],
)  # fmt: skip
def test_a_model_server_on_the_agency_network_is_a_destination_not_data(base: str) -> None:
    """A guarded client pointed at a model served on the agency's own network (vLLM on a 10.x
    address, Ollama on localhost: what guidance 557 prefers to an outside service). Its host,
    in the URL and the Host header, is where the request goes, not data in it: every request
    was refused before. Another internal host in a request is still data."""
    from ai_guard import UnguardedPath

    wire = Wire()
    raw = openai.OpenAI(
        api_key="sk-test", base_url=base, max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(wire.handler)),
    )  # fmt: skip
    guarded = guard_client(raw, policy=POLICY)
    guarded.chat.completions.create(model="m", messages=[{"role": "user", "content": "Xin chào"}])
    r = guarded.chat.completions.create(model="m", messages=[{"role": "user", "content": PROMPT}])
    assert len(wire.requests) == 2
    assert "001085012345" not in wire.sent_text
    assert "001085012345" in (r.choices[0].message.content or "")
    with pytest.raises(UnguardedPath):  # the client object the app kept: the body is checked
        raw.chat.completions.create(model="m", messages=[{"role": "user", "content": PROMPT}])
    with pytest.raises(UnguardedPath) as info:  # a host that is not the client's own
        raw.post("http://10.9.9.9:8000/v1/chat/completions", body={"a": "Xin chào"}, cast_to=object)
    assert "host" in info.value.message_en
    assert len(wire.requests) == 2


def test_a_file_the_service_already_holds_is_refused_unless_allowed() -> None:
    """A ``file_id`` names a file uploaded elsewhere, which the guard never read: a request
    that makes a model read one is refused; managing files by id (a path, not a body) is not."""
    from ai_guard import UnguardedPath

    seen: list[tuple[str, str]] = []

    def handler(request: Any) -> Any:
        seen.append((request.method, request.url.path))
        if request.url.path.endswith("/responses"):
            return httpx.Response(200, json=_response("Đã đọc."))
        return httpx.Response(200, json={"id": "file-abc", "object": "file", "deleted": True})

    def raw() -> Any:
        return openai.OpenAI(
            api_key="sk-test", base_url="http://fake.local/v1", max_retries=0,
            http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        )  # fmt: skip

    guarded = guard_client(raw(), policy=POLICY)
    part = {"type": "input_file", "file_id": "file-6F2ksmvX"}
    refusals = []
    for call in (
        lambda: guarded.responses.create(model="m", input=[{"role": "user", "content": [part]}]),
        lambda: guarded.chat.completions.create(
            model="m",
            messages=[
                {
                    "role": "user",
                    "content": [{"type": "file", "file": {"file_id": "file-6F2ksmvX"}}],
                }
            ],
        ),
        lambda: guarded.batches.create(
            input_file_id="file-abc", endpoint="/v1/chat/completions", completion_window="24h"
        ),
    ):
        with pytest.raises(UnguardedPath) as info:
            call()
        refusals.append(info.value)
    assert seen == []
    assert [r.reason for r in refusals] == ["file_reference"] * 3
    assert "input[0].content[0].file_id" in refusals[0].path
    assert "messages[0].content[0].file.file_id" in refusals[1].path
    assert "input_file_id" in refusals[2].path
    assert "allow_file_ids" in refusals[0].message_en
    guarded.files.delete("file-abc")  # the id in the path: no file is read by a model
    assert seen == [("DELETE", "/v1/files/file-abc")]
    allowed = guard_client(raw(), policy=POLICY, allow_file_ids=True)
    allowed.responses.create(model="m", input=[{"role": "user", "content": [part]}])
    assert seen[-1] == ("POST", "/v1/responses")


def test_personal_data_in_an_encoding_is_refused_by_the_method_and_by_the_net() -> None:
    import base64

    from ai_guard import UnguardedPath

    wire = Wire()
    raw = guarded_raw(wire)
    guarded = guard_client(raw, policy=POLICY)
    hidden = base64.b64encode(PROMPT.encode()).decode()
    message = [{"role": "user", "content": "xin chào"}]
    with pytest.raises(UnguardedPath) as info:
        guarded.chat.completions.create(model="m", messages=message, extra_body={"note": hidden})
    assert (info.value.reason, info.value.path) == ("encoded", "extra_body.note(base64)")
    with pytest.raises(UnguardedPath) as info:  # the client object the app kept: the net
        raw.chat.completions.create(model="m", messages=message, extra_body={"note": hidden})
    assert "note(base64)" in info.value.message_en
    assert wire.requests == []
