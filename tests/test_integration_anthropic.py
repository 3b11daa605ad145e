"""guard_client for the real Anthropic SDK, its HTTP transport replaced by a local fake."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from ai_guard import Policy, PromptBlocked
from ai_guard.integrations import OfficialEmailRefused

anthropic = pytest.importorskip("anthropic")
httpx = pytest.importorskip("httpx2")

from ai_guard.integrations.anthropic import guard_client  # noqa: E402

POLICY = Policy(load_plugins=False)
PROMPT = "Soạn thư trả lời ông Nguyễn Văn An, CCCD 001085012345, SĐT 0912345678."
ANSWER = "Kính gửi ông [PERSON_1], hồ sơ CCCD [CCCD_1] đã được tiếp nhận."


def _message(text: str) -> dict[str, Any]:
    return {
        "id": "msg_1", "type": "message", "role": "assistant", "model": "claude-test",
        "content": [{"type": "text", "text": text}], "stop_reason": "end_turn",
        "stop_sequence": None, "usage": {"input_tokens": 1, "output_tokens": 1},
    }  # fmt: skip


def _sse(chunks: list[str]) -> bytes:
    events: list[tuple[str, dict[str, Any]]] = [
        ("message_start", {"type": "message_start", "message": {**_message(""), "content": []}}),
        ("content_block_start", {"type": "content_block_start", "index": 0,
                                 "content_block": {"type": "text", "text": ""}}),
    ]  # fmt: skip
    for c in chunks:
        delta = {"type": "text_delta", "text": c}
        events.append(
            ("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": delta})
        )
    events += [
        ("content_block_stop", {"type": "content_block_stop", "index": 0}),
        ("message_delta", {"type": "message_delta", "delta": {"stop_reason": "end_turn",
                                                              "stop_sequence": None},
                           "usage": {"output_tokens": 3}}),
        ("message_stop", {"type": "message_stop"}),
    ]  # fmt: skip
    return "".join(f"event: {e}\ndata: {json.dumps(d)}\n\n" for e, d in events).encode()


class Wire:
    def __init__(self, reply: str = ANSWER, chunks: list[str] | None = None) -> None:
        self.requests: list[dict[str, Any]] = []
        self.reply = reply
        self.chunks = chunks

    def handler(self, request: Any) -> Any:
        body = json.loads(request.content)
        self.requests.append(body)
        if body.get("stream"):
            return httpx.Response(
                200, content=_sse(self.chunks or []), headers={"content-type": "text/event-stream"}
            )
        return httpx.Response(200, json=_message(self.reply))

    @property
    def sent_text(self) -> str:
        return json.dumps(self.requests, ensure_ascii=False)


def client(wire: Wire) -> Any:
    raw = anthropic.Anthropic(
        api_key="sk-ant-test", base_url="http://fake.local", max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(wire.handler)),
    )  # fmt: skip
    return guard_client(raw, policy=POLICY)


def test_what_reaches_the_wire_is_redacted_and_the_answer_restored() -> None:
    wire = Wire()
    msg = client(wire).messages.create(
        model="claude-test", max_tokens=100, system="Bạn là trợ lý văn thư của ông Nguyễn Văn An.",
        messages=[{"role": "user", "content": PROMPT}],
    )  # fmt: skip
    assert "001085012345" not in wire.sent_text
    assert "Nguyễn Văn An" not in wire.sent_text
    assert wire.requests[0]["system"] == "Bạn là trợ lý văn thư của ông [PERSON_1]."
    assert (
        msg.content[0].text
        == "Kính gửi ông Nguyễn Văn An, hồ sơ CCCD 001085012345 đã được tiếp nhận."
    )


def test_blocked_prompt_never_reaches_the_wire() -> None:
    wire = Wire()
    with pytest.raises(PromptBlocked):
        client(wire).messages.create(
            model="claude-test", max_tokens=10,
            messages=[{"role": "user", "content": [{"type": "text", "text": "TUYỆT MẬT\nx"}]}],
        )  # fmt: skip
    assert wire.requests == []


def test_official_email_as_user_id_is_refused() -> None:
    wire = Wire()
    with pytest.raises(OfficialEmailRefused):
        client(wire).messages.create(
            model="claude-test", max_tokens=10, metadata={"user_id": "lan@hanoi.gov.vn"},
            messages=[{"role": "user", "content": "Chào"}],
        )  # fmt: skip
    assert wire.requests == []


def test_streaming_restores_placeholders_split_across_events() -> None:
    wire = Wire(chunks=["Kính gửi ông [PER", "SON_1], CCCD [CC", "CD_1", "] xong. ["])
    events = client(wire).messages.create(
        model="claude-test", max_tokens=100, stream=True,
        messages=[{"role": "user", "content": PROMPT}],
    )  # fmt: skip
    text = "".join(e.delta.text for e in events if e.type == "content_block_delta")
    assert text == "Kính gửi ông Nguyễn Văn An, CCCD 001085012345 xong. ["


def test_async_client() -> None:
    wire = Wire(chunks=["ông [PERSON", "_1]"])

    async def handler(request: Any) -> Any:
        return wire.handler(request)

    raw = anthropic.AsyncAnthropic(
        api_key="sk-ant-test", base_url="http://fake.local", max_retries=0,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
    )  # fmt: skip
    guarded = guard_client(raw, policy=POLICY)

    async def main() -> None:
        msg = await guarded.messages.create(
            model="claude-test", max_tokens=10, messages=[{"role": "user", "content": PROMPT}]
        )
        assert "Nguyễn Văn An" in msg.content[0].text
        events = await guarded.messages.create(
            model="claude-test", max_tokens=10, stream=True,
            messages=[{"role": "user", "content": PROMPT}],
        )  # fmt: skip
        parts = [e.delta.text async for e in events if e.type == "content_block_delta"]
        assert "".join(parts) == "ông Nguyễn Văn An"

    asyncio.run(main())
    assert "001085012345" not in wire.sent_text


def test_stream_helper_text_stream_events_and_final_message() -> None:
    chunks = ["Kính gửi ông [PER", "SON_1], CCCD [CC", "CD_1", "] xong. [A"]
    expected = "Kính gửi ông Nguyễn Văn An, CCCD 001085012345 xong. [A"
    wire = Wire(chunks=chunks)
    guarded = client(wire)
    kwargs: dict[str, Any] = {
        "model": "claude-test", "max_tokens": 100,
        "messages": [{"role": "user", "content": PROMPT}],
    }  # fmt: skip
    with guarded.messages.stream(**kwargs) as stream:
        assert "".join(stream.text_stream) == expected
    with guarded.messages.stream(**kwargs) as stream:
        texts = [e for e in stream if e.type == "text"]
        # text events carry the stable, restored text; a trailing "[A" that could still have
        # become a placeholder reaches only the final message
        assert texts[-1].snapshot == expected[:-2]
        assert "".join(e.text for e in texts) == expected[:-2]
        assert stream.get_final_message().content[0].text == expected
        assert stream.get_final_text() == expected
    assert "001085012345" not in wire.sent_text
    with pytest.raises(PromptBlocked):
        guarded.messages.stream(**{**kwargs, "messages": [{"role": "user", "content": "MẬT\nx"}]})


# -- every way out (issue 12) ------------------------------------------------------------------


def test_tool_use_inputs_tool_results_and_text_documents_are_redacted() -> None:
    wire = Wire()
    msg = client(wire).messages.create(
        model="claude-test", max_tokens=100,
        messages=[
            {"role": "user", "content": [
                {"type": "document", "source": {"type": "text", "media_type": "text/plain",
                                                "data": "Đơn của ông Nguyễn Văn An"}},
                {"type": "text", "text": "Tóm tắt đơn"}]},
            {"role": "assistant", "content": [
                {"type": "tool_use", "id": "toolu_1", "name": "tra_cuu",
                 "input": {"cccd": "001085012345"}}]},
            {"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "toolu_1",
                 "content": "Ông Nguyễn Văn An, CCCD 001085012345"}]},
        ],
    )  # fmt: skip
    assert "001085012345" not in wire.sent_text
    assert "Nguyễn Văn An" not in wire.sent_text
    assert msg.content[0].text.startswith("Kính gửi ông Nguyễn Văn An")


def test_count_tokens_raw_responses_and_copies_are_guarded() -> None:
    wire = Wire()
    guarded = client(wire)
    messages = [{"role": "user", "content": PROMPT}]
    guarded.messages.count_tokens(model="claude-test", messages=messages)
    raw = guarded.with_options(timeout=5).messages.with_raw_response.create(
        model="claude-test", max_tokens=10, messages=messages
    )
    assert raw.parse().content[0].text.startswith("Kính gửi ông Nguyễn Văn An")
    assert len(wire.requests) == 2
    assert "001085012345" not in wire.sent_text


def test_images_are_refused_unless_media_are_allowed() -> None:
    from ai_guard import UnguardedPath
    from ai_guard.integrations.anthropic import guard_client as guard

    wire = Wire()
    image = {"type": "image", "source": {"type": "base64", "media_type": "image/png",
                                          "data": "iVBORw0KGgo="}}  # fmt: skip
    messages = [{"role": "user", "content": [image, {"type": "text", "text": "Ảnh gì?"}]}]
    with pytest.raises(UnguardedPath) as info:
        client(wire).messages.create(model="claude-test", max_tokens=10, messages=messages)
    assert (info.value.reason, info.value.path) == ("media", "messages[0].content[0].source.data")
    assert wire.requests == []
    raw = anthropic.Anthropic(
        api_key="sk-ant-test", base_url="http://fake.local", max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(wire.handler)),
    )  # fmt: skip
    guard(raw, policy=POLICY, allow_media=True).messages.create(
        model="claude-test", max_tokens=10, messages=messages
    )
    assert len(wire.requests) == 1


def test_the_client_object_the_app_kept_is_under_the_net_and_not_retried() -> None:
    from ai_guard import UnguardedPath

    wire = Wire()
    raw = anthropic.Anthropic(
        api_key="sk-ant-test", base_url="http://fake.local", max_retries=2,
        http_client=httpx.Client(transport=httpx.MockTransport(wire.handler)),
    )  # fmt: skip
    client_guarded = guard_client(raw, policy=POLICY)
    with pytest.raises(UnguardedPath) as info:
        raw.messages.create(
            model="claude-test", max_tokens=10, messages=[{"role": "user", "content": PROMPT}]
        )
    assert isinstance(info.value, anthropic.AnthropicError)  # not wrapped as a connection error
    assert info.value.reason == "unredacted"
    with pytest.raises(PromptBlocked):
        raw.post("/v1/messages", body={"system": "TUYỆT MẬT"}, cast_to=object)
    assert wire.requests == []
    client_guarded.messages.create(
        model="claude-test", max_tokens=10, messages=[{"role": "user", "content": PROMPT}]
    )
    assert len(wire.requests) == 1
    assert "001085012345" not in wire.sent_text


def test_a_file_the_service_already_holds_is_refused_unless_allowed() -> None:
    from ai_guard import UnguardedPath

    wire = Wire()
    guarded = client(wire)
    document = {"type": "document", "source": {"type": "file", "file_id": "file_011CNha8iCJ"}}
    with pytest.raises(UnguardedPath) as info:
        guarded.messages.create(
            model="claude-test", max_tokens=5,
            messages=[{"role": "user", "content": [document, {"type": "text", "text": "Tóm tắt"}]}],
        )  # fmt: skip
    assert info.value.reason == "file_reference"
    assert "messages[0].content[0].source.file_id" in info.value.path
    assert "'file_id'" in info.value.message_en
    assert wire.requests == []
    raw = anthropic.Anthropic(
        api_key="sk-ant-test", base_url="http://fake.local", max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(wire.handler)),
    )  # fmt: skip
    allowed = guard_client(raw, policy=POLICY, allow_file_ids=True)
    allowed.messages.create(
        model="claude-test", max_tokens=5, messages=[{"role": "user", "content": [document]}]
    )
    assert len(wire.requests) == 1
