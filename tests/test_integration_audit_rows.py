"""The audit log of guarded calls says what happened, in order, the chain unbroken.

A guarded call's decision used to be written when its texts were checked; a refusal that
came later (an identifier that would need a redaction, automatic function calling on a
redacted call, two keys made one by the redaction, the net refusing what the call sent:
content stored elsewhere, an MCP server) left the log saying ``redact`` or ``allow`` for a
call that never went out. Now a call refused before anything was sent has one row,
``refused`` (or ``block``), with the refusal's stable reason code; the decision's row is
written as the call goes out, and a refusal by the net after it is a second row. A request
the net refuses outside the wrappers (the client object the app kept) has its row too.
Never a text, never a path (a path may name a dictionary key holding the value).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ai_guard import AuditLog, Policy, PromptBlocked, guard
from ai_guard.errors import UnguardedPath

openai = pytest.importorskip("openai")
httpx = pytest.importorskip("httpx2")

from ai_guard.integrations.openai import guard_client  # noqa: E402

CCCD = "001085012345"
PROMPT = f"Soạn thư trả lời ông Nguyễn Văn An, CCCD {CCCD}."


def _answer(request: Any) -> Any:
    if request.url.path.endswith("/responses"):
        return httpx.Response(200, json={
            "id": "resp_1", "object": "response", "created_at": 0, "model": "m",
            "status": "completed", "output": [], "parallel_tool_calls": False,
            "tool_choice": "auto", "tools": [],
        })  # fmt: skip
    return httpx.Response(200, json={
        "id": "c1", "object": "chat.completion", "created": 0, "model": "m",
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": "Đã nhận"}}],
    })  # fmt: skip


def _setup(tmp_path: Path) -> tuple[Any, Any, Path, list[Any]]:
    path = tmp_path / "audit.sqlite3"
    sent: list[Any] = []

    def handler(request: Any) -> Any:
        sent.append(request)
        return _answer(request)

    raw = openai.OpenAI(
        api_key="sk-test", base_url="http://fake.local/v1", max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )  # fmt: skip
    policy = Policy(load_plugins=False, audit_llm_calls=True, audit_log=str(path))
    return raw, guard_client(raw, policy=policy), path, sent


def _rows(path: Path) -> list[tuple[str, str, str]]:
    log = AuditLog(path)
    assert log.verify().ok
    rows = [(r.action, r.outcome, r.reason) for r in log.records()]
    text = json.dumps(rows, ensure_ascii=False)
    assert CCCD not in text
    assert "Nguyễn Văn An" not in text
    return rows


def test_a_refusal_by_the_net_after_the_decision_is_a_second_row(tmp_path: Path) -> None:
    _, guarded, path, sent = _setup(tmp_path)
    with pytest.raises(UnguardedPath):
        guarded.responses.create(model="m", input=PROMPT, previous_response_id="resp_elsewhere")
    assert sent == []
    assert _rows(path) == [
        ("llm_call:openai.responses.create", "redact", "m"),
        ("llm_call:openai.responses.create", "refused", "m | refused: stored_reference"),
    ]


def test_a_refusal_before_anything_was_sent_is_its_one_row(tmp_path: Path) -> None:
    """An identifier that would need a redaction (a CCCD as a tool call's id)."""
    _, guarded, path, sent = _setup(tmp_path)
    messages = [
        {"role": "user", "content": PROMPT},
        {"role": "assistant", "tool_calls": [{"id": CCCD, "type": "function",
                                              "function": {"name": "f", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": CCCD, "content": "Xong"},
    ]  # fmt: skip
    with pytest.raises(UnguardedPath):
        guarded.chat.completions.create(model="m", messages=messages)
    assert sent == []
    assert _rows(path) == [
        ("llm_call:openai.chat.completions.create", "refused", "m | refused: identifier"),
    ]


def test_a_call_that_goes_has_its_decision_only(tmp_path: Path) -> None:
    _, guarded, path, sent = _setup(tmp_path)
    guarded.chat.completions.create(model="m", messages=[{"role": "user", "content": PROMPT}])
    guarded.chat.completions.create(model="m", messages=[{"role": "user", "content": "Xin chào"}])
    assert len(sent) == 2
    assert _rows(path) == [
        ("llm_call:openai.chat.completions.create", "redact", "m"),
        ("llm_call:openai.chat.completions.create", "allow", "m"),
    ]


def test_a_blocked_call_is_one_block_row(tmp_path: Path) -> None:
    _, guarded, path, sent = _setup(tmp_path)
    with pytest.raises(PromptBlocked):
        guarded.chat.completions.create(
            model="m", messages=[{"role": "user", "content": "TỐI MẬT\n" + PROMPT}]
        )
    assert sent == []
    assert [(a, o) for a, o, _ in _rows(path)] == [
        ("llm_call:openai.chat.completions.create", "block"),
    ]


def test_the_net_records_what_it_refuses_outside_the_wrappers(tmp_path: Path) -> None:
    raw, _, path, sent = _setup(tmp_path)
    with pytest.raises(UnguardedPath):
        raw.responses.create(model="m", input="Xin chào", previous_response_id="resp_elsewhere")
    with pytest.raises(UnguardedPath):
        raw.chat.completions.create(model="m", messages=[{"role": "user", "content": PROMPT}])
    assert sent == []
    assert _rows(path) == [
        ("llm_call:openai.net POST /v1/responses", "refused", "refused: stored_reference"),
        ("llm_call:openai.net POST /v1/chat/completions", "redact", ""),
        ("llm_call:openai.net POST /v1/chat/completions", "refused", "refused: unredacted"),
    ]


def test_a_stream_helper_refused_as_it_opens_is_recorded(tmp_path: Path) -> None:
    _, guarded, path, sent = _setup(tmp_path)
    helper = guarded.responses.stream(model="m", input=PROMPT, previous_response_id="resp_x")
    with pytest.raises(UnguardedPath), helper:
        pass
    assert sent == []
    assert _rows(path)[-1] == (
        "llm_call:openai.responses.stream",
        "refused",
        "m | refused: stored_reference",
    )


def test_a_redacted_call_with_automatic_function_calling_is_one_refused_row(
    tmp_path: Path,
) -> None:
    """Gemini: the refusal comes after the check (the call was redacted), before the send."""
    pytest.importorskip("google.genai")
    from google.genai import types

    from ai_guard.integrations.gemini import guard_client as guard_gemini
    from integration_surface import Wire, gemini_client

    path = tmp_path / "audit.sqlite3"
    policy = Policy(load_plugins=False, audit_llm_calls=True, audit_log=str(path))
    wire = Wire()
    guarded = guard_gemini(gemini_client(wire), policy=policy)

    def tra_cuu(so: str) -> str:  # pragma: no cover - never called
        return so

    config = types.GenerateContentConfig(tools=[tra_cuu])
    with pytest.raises(UnguardedPath):
        guarded.models.generate_content(model="gemini-2.5-flash", contents=PROMPT, config=config)
    assert wire.seen == []
    assert _rows(path) == [
        (
            "llm_call:gemini.models.generate_content", "refused",
            "gemini-2.5-flash | refused: function_calling",
        ),
    ]  # fmt: skip


def test_guard_records_a_block_once(tmp_path: Path) -> None:
    path = tmp_path / "audit.sqlite3"
    policy = Policy(load_plugins=False, audit_llm_calls=True, audit_log=str(path))

    @guard(policy=policy)
    def ask(question: str) -> str:  # pragma: no cover - never called
        raise AssertionError("sent")

    with pytest.raises(PromptBlocked):
        ask("TỐI MẬT\n" + PROMPT)
    assert [o for _, o, _ in _rows(path)] == ["block"]


def test_async_and_streaming_response_refusals_are_recorded_too(tmp_path: Path) -> None:
    import asyncio

    path = tmp_path / "audit.sqlite3"
    policy = Policy(load_plugins=False, audit_llm_calls=True, audit_log=str(path))
    sent: list[Any] = []

    async def handler(request: Any) -> Any:
        sent.append(request)
        return _answer(request)

    raw = openai.AsyncOpenAI(
        api_key="sk-test", base_url="http://fake.local/v1", max_retries=0,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
    )  # fmt: skip
    guarded = guard_client(raw, policy=policy)

    async def calls() -> None:
        with pytest.raises(UnguardedPath):
            await guarded.responses.create(model="m", input=PROMPT, previous_response_id="r_x")
        manager = guarded.responses.with_streaming_response.create(
            model="m", input=PROMPT, previous_response_id="r_x"
        )
        with pytest.raises(UnguardedPath):
            async with manager:
                pass

    asyncio.run(calls())
    assert sent == []
    refused = ("refused", "m | refused: stored_reference")
    assert [(o, r) for _, o, r in _rows(path)] == [("redact", "m"), refused] * 2
