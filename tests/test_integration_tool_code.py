"""The application's functions run by the SDK inside one guarded call (gw18).

Anthropic's ``beta.messages.tool_runner`` (and ``beta.sessions.events.tool_runner``) and
OpenAI's ``beta.agents.sessions.create(tool_handlers=...)`` call the application's Python
functions with the arguments the model gave, inside the call. After a redaction the model
saw placeholders, so the functions would receive ``[CCCD_1]`` and answer about it: silently
wrong. gw14 refused the same for Gemini's automatic function calling; on main these went
out. Now a redacted call that hands the SDK such code is refused before anything is sent
(reason ``function_calling``, both languages); a clean call keeps them, and a call with only
tool declarations (dicts) or a class (``response_format=Model``) is no such call.
"""

from __future__ import annotations

import warnings
from typing import Any

import pytest

from ai_guard import Policy
from ai_guard.errors import UnguardedPath

openai = pytest.importorskip("openai")
anthropic = pytest.importorskip("anthropic")
httpx = pytest.importorskip("httpx2")

from integration_surface import Wire  # noqa: E402

POLICY = Policy(load_plugins=False)
REDACTED = "Tra cứu hồ sơ của ông Nguyễn Văn An, CCCD 001085012345."
CLEAN = "Tra cứu thủ tục cấp hộ chiếu phổ thông."


def tra_cuu(so_ho_so: str) -> str:
    """Tra cứu một hồ sơ theo số."""
    return f"Hồ sơ {so_ho_so}: đã tiếp nhận."


def _anthropic() -> tuple[Any, Wire]:
    from ai_guard.integrations.anthropic import guard_client

    wire = Wire()
    raw = anthropic.Anthropic(
        api_key="sk-test", base_url="http://fake.local", max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(wire.handler)),
    )  # fmt: skip
    return guard_client(raw, policy=POLICY), wire


def _openai() -> tuple[Any, Wire]:
    from ai_guard.integrations.openai import guard_client

    wire = Wire()
    raw = openai.OpenAI(
        api_key="sk-test", base_url="http://fake.local/v1", max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(wire.handler)),
    )  # fmt: skip
    return guard_client(raw, policy=POLICY), wire


def _runner(client: Any, text: str, tools: list[Any]) -> Any:
    runner = client.beta.messages.tool_runner(
        model="claude-sonnet-4-5", max_tokens=100, tools=tools,
        messages=[{"role": "user", "content": text}],
    )  # fmt: skip
    try:
        next(iter(runner))
    except StopIteration:
        pass
    except UnguardedPath:
        raise
    except Exception:
        pass


def _session(client: Any, text: str, handlers: Any) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return client.beta.agents.sessions.create(
                environment={"type": "none"}, agent={"model": "gpt-4o-mini"}, input=text,
                tool_handlers=handlers, stream=True,
            )  # fmt: skip
        except UnguardedPath:
            raise
        except Exception:
            return None


def _unrefused(call: Any) -> None:
    """The call, not refused by the guard (the fake's answer may not parse)."""
    try:
        call()
    except UnguardedPath:
        raise
    except Exception:
        pass


def test_a_redacted_tool_runner_is_refused() -> None:
    from anthropic import beta_tool

    guarded, wire = _anthropic()
    with pytest.raises(UnguardedPath) as caught:
        _runner(guarded, REDACTED, [beta_tool(tra_cuu)])
    assert caught.value.reason == "function_calling"
    vi, en = caught.value.said
    assert "nhãn giữ chỗ" in vi
    assert "placeholders" in en
    assert wire.seen == []


def test_a_redacted_agent_session_with_tool_handlers_is_refused() -> None:
    guarded, wire = _openai()
    with pytest.raises(UnguardedPath) as caught:
        _session(guarded, REDACTED, {"tra_cuu": tra_cuu})
    assert caught.value.reason == "function_calling"
    assert wire.seen == []


def test_a_clean_call_keeps_its_tools_and_declarations_alone_are_no_code() -> None:
    from anthropic import beta_tool

    guarded, wire = _anthropic()
    _runner(guarded, CLEAN, [beta_tool(tra_cuu)])
    assert len(wire.seen) == 1
    declared = {
        "name": "tra_cuu", "description": "Tra cứu hồ sơ.",
        "input_schema": {"type": "object", "properties": {"so": {"type": "string"}}},
    }  # fmt: skip
    _unrefused(
        lambda: guarded.messages.create(
            model="claude-sonnet-4-5", max_tokens=100, tools=[declared],
            messages=[{"role": "user", "content": REDACTED}],
        )
    )  # fmt: skip
    assert len(wire.seen) == 2
    oa, oa_wire = _openai()
    _session(oa, CLEAN, {"tra_cuu": tra_cuu})
    assert len(oa_wire.seen) == 1


def test_a_class_is_no_code_to_run() -> None:
    """``response_format=Model`` (a class the SDK reads a schema from) is not refused."""
    from pydantic import BaseModel

    class HoSo(BaseModel):
        so: str

    guarded, wire = _openai()
    _unrefused(
        lambda: guarded.chat.completions.parse(
            model="gpt-4o-mini", response_format=HoSo,
            messages=[{"role": "user", "content": REDACTED}],
        )
    )  # fmt: skip
    assert len(wire.seen) == 1
