"""The real openai and anthropic SDKs pointed at the gateway (uvicorn on the loopback), in
front of a fake upstream (uvicorn too): what reaches the upstream is redacted, what the SDK
returns is restored, what is blocked or refused never reaches it, and every request is a row
of the audit log that verifies."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

openai = pytest.importorskip("openai")
anthropic = pytest.importorskip("anthropic")

from tests.serve.fakes import (  # noqa: E402
    CALLER,
    GOOD_TOKEN,
    UPSTREAM_KEY,
    Bench,
)

NAME, CCCD, PHONE = "Nguyễn Văn An", "001085012345", "0912345678"
PROMPT = f"Soạn thư trả lời ông {NAME}, CCCD {CCCD}, SĐT {PHONE}."
SECRET_KEY = "sk-proj-" + "Q7vX2mLp9RkT4wZb8NcJ1hYf6GdS3aUe5KiO0rWq7PzMx2Vn4Bt8"
PLACEHOLDER = re.compile(r"\[[A-Z_]+_\d+\]")


def oa(bench: Bench, token: str = GOOD_TOKEN) -> Any:
    return openai.OpenAI(base_url=f"{bench.url}/v1", api_key=token, max_retries=0, timeout=60)


def an(bench: Bench, token: str = GOOD_TOKEN) -> Any:
    return anthropic.Anthropic(base_url=bench.url, api_key=token, max_retries=0, timeout=60)


def assert_redacted(bench: Bench) -> None:
    sent = bench.upstream.sent
    assert bench.upstream.requests, "nothing reached the upstream"
    for value in (NAME, CCCD, PHONE):
        assert value not in sent
    assert PLACEHOLDER.search(sent)


def assert_credentials(bench: Bench) -> None:
    """The caller's token never reaches the upstream; the gateway's key does."""
    for received in bench.upstream.requests:
        headers = json.dumps(received.headers)
        assert GOOD_TOKEN not in headers
        assert UPSTREAM_KEY in headers


def test_chat_is_redacted_upstream_and_restored_for_the_caller(bench: Bench) -> None:
    start = len(bench.audit)
    r = oa(bench).chat.completions.create(
        model="gpt-test",
        messages=[{"role": "system", "content": "Bạn là trợ lý văn thư."},
                  {"role": "user", "content": PROMPT}],
    )  # fmt: skip
    assert_redacted(bench)
    assert_credentials(bench)
    assert bench.upstream.requests[0].headers["authorization"] == f"Bearer {UPSTREAM_KEY}"
    content = r.choices[0].message.content
    assert NAME in content
    assert CCCD in content
    assert PHONE in content
    assert not PLACEHOLDER.search(content)
    (row,) = bench.rows(start)
    assert row.action == "gateway:chat.completions"
    assert row.outcome == "redact"
    assert (row.approver, row.unit, row.role) == (CALLER.person, CALLER.unit, "gateway")
    assert row.findings == {"CCCD": 1, "PERSON": 1, "PHONE": 1}
    assert "model=gpt-test" in row.reason
    assert "upstream=fake-openai" in row.reason
    assert re.fullmatch(r"[0-9a-f]{64}", row.digest)
    assert CCCD not in json.dumps([row.reason, row.findings, row.digest])


def test_chat_stream_restores_placeholders_split_across_chunks(bench: Bench) -> None:
    stream = oa(bench).chat.completions.create(
        model="gpt-test", messages=[{"role": "user", "content": PROMPT}], stream=True
    )
    text = "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    assert_redacted(bench)
    echoed = bench.upstream.requests[0].body["messages"][0]["content"]
    assert text == "Đã nhận: " + PROMPT
    assert "[PERSON_1]" in echoed  # it was split across chunks of 3 characters upstream


def test_tool_calls_and_tool_results_are_checked_and_restored(bench: Bench) -> None:
    tools = [{"type": "function", "function": {
        "name": "tra_cuu", "parameters": {"type": "object", "properties": {}}}}]  # fmt: skip
    messages = [
        {"role": "user", "content": "Tra cứu hồ sơ."},
        {"role": "assistant", "content": None, "tool_calls": [{
            "id": "call_0", "type": "function",
            "function": {"name": "tra_cuu", "arguments": json.dumps({"cccd": CCCD})}}]},
        {"role": "tool", "tool_call_id": "call_0", "content": f"Chủ hồ sơ: {NAME}, SĐT {PHONE}"},
    ]  # fmt: skip
    r = oa(bench).chat.completions.create(model="gpt-test", messages=messages, tools=tools)
    assert_redacted(bench)
    args = json.loads(r.choices[0].message.tool_calls[0].function.arguments)
    assert CCCD in args["echo"]
    assert NAME in args["echo"]
    assert PHONE in args["echo"]

    bench.upstream.requests.clear()
    stream = oa(bench).chat.completions.create(
        model="gpt-test", messages=messages, tools=tools, stream=True
    )
    streamed = "".join(
        call.function.arguments or ""
        for chunk in stream
        for choice in chunk.choices
        for call in choice.delta.tool_calls or []
    )
    assert_redacted(bench)
    assert json.loads(streamed) == args


def test_responses_whole_and_streamed(bench: Bench) -> None:
    client = oa(bench)
    r = client.responses.create(model="gpt-test", input=PROMPT)
    assert_redacted(bench)
    assert r.output_text == "Đã nhận: " + PROMPT
    bench.upstream.requests.clear()
    deltas = [
        e.delta
        for e in client.responses.create(model="gpt-test", input=PROMPT, stream=True)
        if e.type == "response.output_text.delta"
    ]
    assert_redacted(bench)
    assert "".join(deltas) == "Đã nhận: " + PROMPT


def test_embeddings_are_redacted(bench: Bench) -> None:
    r = oa(bench).embeddings.create(model="text-embedding-test", input=[PROMPT, "xin chào"])
    assert_redacted(bench)
    assert [d.embedding for d in r.data] == [[0.25, -0.5], [0.25, -0.5]]


def test_models_lists_the_approved_models_without_calling_upstream(bench: Bench) -> None:
    ids = [m.id for m in oa(bench).models.list()]
    assert ids == ["gpt-test", "text-embedding-test", "gpt-down"]
    assert oa(bench).models.retrieve("gpt-test").owned_by == "fake-openai"
    with pytest.raises(openai.NotFoundError):
        oa(bench).models.retrieve("gpt-unapproved")
    assert [m.id for m in an(bench).models.list()] == ["claude-test"]
    assert an(bench).models.retrieve("claude-test").id == "claude-test"
    with pytest.raises(anthropic.NotFoundError):
        an(bench).models.retrieve("gpt-test")  # an OpenAI model is not on /v1/messages
    assert bench.upstream.requests == []


def test_anthropic_count_tokens_is_checked_too(bench: Bench) -> None:
    counted = an(bench).messages.count_tokens(
        model="claude-test", messages=[{"role": "user", "content": PROMPT}]
    )
    assert_redacted(bench)
    assert bench.upstream.requests[0].path == "/v1/messages/count_tokens"
    assert counted.input_tokens > 0


@pytest.mark.parametrize(
    ("text", "entity"),
    [("TỐI MẬT\nKế hoạch kiểm tra", "STATE_SECRET_MARK"), (f"key={SECRET_KEY}", "API_SECRET")],
)
def test_blocked_prompts_never_reach_the_upstream(bench: Bench, text: str, entity: str) -> None:
    start = len(bench.audit)
    with pytest.raises(openai.BadRequestError) as caught:
        oa(bench).chat.completions.create(
            model="gpt-test", messages=[{"role": "user", "content": text}]
        )
    assert bench.upstream.requests == []
    error = caught.value.body
    assert error["code"] == "ai_guard_blocked"
    assert "không gửi gì" in error["message"]
    assert "nothing was sent" in error["message"]
    assert SECRET_KEY not in json.dumps(error)
    (row,) = bench.rows(start)
    assert (row.outcome, row.findings) == ("block", {entity: 1})


def test_anthropic_messages_redacted_restored_and_streamed(bench: Bench) -> None:
    client = an(bench)
    start = len(bench.audit)
    msg = client.messages.create(
        model="claude-test", max_tokens=100, system="Trợ lý văn thư.",
        messages=[{"role": "user", "content": PROMPT}],
    )  # fmt: skip
    assert_redacted(bench)
    assert_credentials(bench)
    assert bench.upstream.requests[0].headers["x-api-key"] == UPSTREAM_KEY
    assert msg.content[0].text == "Đã nhận: " + PROMPT + " | Trợ lý văn thư."
    bench.upstream.requests.clear()
    with client.messages.stream(
        model="claude-test", max_tokens=100, messages=[{"role": "user", "content": PROMPT}]
    ) as stream:
        text = "".join(stream.text_stream)
    assert_redacted(bench)
    assert text == "Đã nhận: " + PROMPT
    rows = bench.rows(start)
    assert [r.action for r in rows] == ["gateway:messages"] * 2
    assert {r.outcome for r in rows} == {"redact"}


def test_anthropic_tool_use_input_is_restored_whole_and_streamed(bench: Bench) -> None:
    client = an(bench)
    tools = [{"name": "tra_cuu", "input_schema": {"type": "object", "properties": {}}}]
    messages = [
        {"role": "user", "content": "Tra cứu."},
        {"role": "assistant", "content": [
            {"type": "tool_use", "id": "toolu_0", "name": "tra_cuu", "input": {"cccd": CCCD}}]},
        {"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": "toolu_0", "content": f"{NAME}, {PHONE}"}]},
    ]  # fmt: skip
    msg = client.messages.create(model="claude-test", max_tokens=50, messages=messages, tools=tools)
    assert_redacted(bench)
    echoed = msg.content[1].input["echo"]
    assert CCCD in echoed
    assert NAME in echoed
    assert PHONE in echoed
    bench.upstream.requests.clear()
    with client.messages.stream(
        model="claude-test", max_tokens=50, messages=messages, tools=tools
    ) as stream:
        final = stream.get_final_message()
    assert_redacted(bench)
    assert final.content[1].input == {"echo": echoed}


def test_anthropic_blocked_prompt_raises_the_sdk_error(bench: Bench) -> None:
    with pytest.raises(anthropic.BadRequestError) as caught:
        an(bench).messages.create(
            model="claude-test", max_tokens=10,
            messages=[{"role": "user", "content": "MẬT\nBáo cáo"}],
        )  # fmt: skip
    assert bench.upstream.requests == []
    body = caught.value.body
    assert body["type"] == "error"
    assert body["error"]["ai_guard"]["code"] == "ai_guard_blocked"
    assert "CHẶN" in body["error"]["message"]
    assert "BLOCKED" in body["error"]["message"]


def test_a_model_not_approved_is_refused_and_recorded(bench: Bench) -> None:
    start = len(bench.audit)
    with pytest.raises(openai.PermissionDeniedError) as caught:
        oa(bench).chat.completions.create(
            model="gpt-unapproved", messages=[{"role": "user", "content": "chào"}]
        )
    assert caught.value.body["code"] == "ai_guard_model_not_allowed"
    assert "gpt-test" in caught.value.body["message"]
    with pytest.raises(anthropic.PermissionDeniedError):  # an OpenAI model on /v1/messages
        an(bench).messages.create(
            model="gpt-test", max_tokens=5, messages=[{"role": "user", "content": "chào"}]
        )
    assert bench.upstream.requests == []
    assert [r.outcome for r in bench.rows(start)] == ["refused_model"] * 2


def test_an_unknown_token_gets_401_in_each_api_shape(bench: Bench) -> None:
    token = "agt_unknown"
    start = len(bench.audit)
    with pytest.raises(openai.AuthenticationError) as caught:
        oa(bench, token).chat.completions.create(
            model="gpt-test", messages=[{"role": "user", "content": PROMPT}]
        )
    assert "token" in caught.value.body["message"]
    with pytest.raises(anthropic.AuthenticationError) as a_caught:
        an(bench, token).messages.create(
            model="claude-test", max_tokens=5, messages=[{"role": "user", "content": PROMPT}]
        )
    assert a_caught.value.body["error"]["type"] == "authentication_error"
    assert bench.upstream.requests == []
    rows = bench.rows(start)
    assert [r.outcome for r in rows] == ["refused_token"] * 2
    assert all(r.approver == "" and r.findings == {} for r in rows)


def test_upstream_failures_are_502_and_504_and_recorded(bench: Bench) -> None:
    client = oa(bench)
    message = [{"role": "user", "content": "chào"}]
    start = len(bench.audit)
    with pytest.raises(openai.APIStatusError) as down:
        client.chat.completions.create(model="gpt-down", messages=message)
    assert down.value.status_code == 502
    assert down.value.body["code"] == "ai_guard_upstream_unreachable"
    bench.upstream.mode = "slow"
    with pytest.raises(openai.APIStatusError) as slow:
        client.chat.completions.create(model="gpt-test", messages=message)
    assert slow.value.status_code == 504
    bench.upstream.mode = "not_json"
    with pytest.raises(openai.APIStatusError) as garbled:
        client.chat.completions.create(model="gpt-test", messages=message)
    assert garbled.value.status_code == 502
    assert "<html>" not in json.dumps(garbled.value.body)
    bench.upstream.mode = "rate_limited"
    with pytest.raises(openai.RateLimitError) as limited:
        client.chat.completions.create(model="gpt-test", messages=message)
    assert limited.value.response.headers["retry-after"] == "7"
    with pytest.raises(openai.RateLimitError):  # asked for a stream, answered with an error
        client.chat.completions.create(model="gpt-test", messages=message, stream=True)
    rows = [(r.outcome, r.reason.split()[-2]) for r in bench.rows(start)]
    assert rows == [
        ("allow", "status=sent"), ("upstream_error", "status=502"),
        ("allow", "status=sent"), ("upstream_error", "status=504"),
        ("allow", "status=sent"), ("upstream_error", "status=502"),
        ("allow", "status=sent"), ("upstream_error", "status=429"),
        ("allow", "status=sent"), ("upstream_error", "status=429"),
    ]  # fmt: skip


def test_a_broken_stream_ends_in_an_error_and_forwards_nothing_unread(bench: Bench) -> None:
    bench.upstream.mode = "broken_stream"
    start = len(bench.audit)
    stream = oa(bench).chat.completions.create(
        model="gpt-test", messages=[{"role": "user", "content": PROMPT}], stream=True
    )
    got: list[str] = []

    def read_all() -> None:
        for chunk in stream:
            got.extend(c.delta.content or "" for c in chunk.choices)

    with pytest.raises(openai.APIError) as caught:
        read_all()
    assert "ai_guard_upstream_broken_stream" in json.dumps(caught.value.body)
    assert "not json" not in "".join(got)
    assert [r.outcome for r in bench.rows(start)] == ["redact", "upstream_error"]
    bench.upstream.mode = "no_stream"  # asked for a stream, answered with JSON
    with pytest.raises(openai.APIStatusError) as plain:
        oa(bench).chat.completions.create(
            model="gpt-test", messages=[{"role": "user", "content": "chào"}], stream=True
        )
    assert plain.value.status_code == 502


def test_a_stream_cut_mid_event_ends_in_an_anthropic_error_event(bench: Bench) -> None:
    bench.upstream.mode = "cut_stream"
    start = len(bench.audit)
    texts: list[str] = []

    def read_all() -> None:
        with an(bench).messages.stream(
            model="claude-test", max_tokens=10, messages=[{"role": "user", "content": PROMPT}]
        ) as stream:
            texts.extend(stream.text_stream)

    with pytest.raises(anthropic.APIError) as caught:
        read_all()
    assert "upstream" in str(caught.value)
    assert CCCD not in "".join(texts)  # the half-event was never forwarded
    assert [r.outcome for r in bench.rows(start)] == ["redact", "upstream_error"]


def test_the_audit_log_verifies_after_everything(bench: Bench) -> None:
    oa(bench).chat.completions.create(
        model="gpt-test", messages=[{"role": "user", "content": PROMPT}]
    )
    assert len(bench.audit) > 0
    assert bench.audit.verify().ok
