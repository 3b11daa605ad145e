"""Gemini's automatic function calling on a guarded client (gw14's decision).

With Python functions (or MCP sessions) among ``config.tools``, ``models.generate_content``
calls them itself with the arguments the model gave, and sends their results back within the
same call. The model saw placeholders, so a redacted request would hand ``[CCCD_1]`` to the
application's function, which would answer about it: silently wrong. Decided: such a call is
refused before anything is sent (``UnguardedPath``, reason ``function_calling``, both
languages), sync, streamed and async. A chat runs the calls itself between turns of the guarded
models: its functions get the restored values, and their results are checked and redacted with
the history: it keeps automatic function calling. With it disabled, the answer's function calls
come back with their arguments restored (the real values, for the application's own code),
and the results it sends next are checked. A clean request keeps automatic function calling;
a result holding personal data is then refused by the net, never sent.
"""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any

import pytest

from ai_guard import Policy
from ai_guard.errors import UnguardedPath

genai = pytest.importorskip("google.genai")
httpx = pytest.importorskip("httpx2")

from google.genai import types  # noqa: E402

from ai_guard.integrations.gemini import guard_client  # noqa: E402

POLICY = Policy(load_plugins=False)
CCCD = "001085012345"
MODEL = "gemini-2.5-flash"
PLACEHOLDER = re.compile(r"\[[A-Z_]+_\d+\]")


class Model:
    """The first turn asks for ``tra_cuu`` with the first placeholder (or word) it was sent;
    the next one says what the function answered."""

    def __init__(self) -> None:
        self.seen: list[dict[str, Any]] = []

    def handler(self, request: Any) -> Any:
        body = json.loads(request.read())
        self.seen.append(body)
        contents = body["contents"]
        last = contents[-1]["parts"][0]
        if "functionResponse" in last:
            said = json.dumps(last["functionResponse"]["response"], ensure_ascii=False)
            parts: list[dict[str, Any]] = [{"text": f"Kết quả: {said}"}]
        else:
            asked = PLACEHOLDER.findall(last.get("text", "")) or ["không rõ"]
            parts = [{"functionCall": {"name": "tra_cuu", "args": {"so": asked[0]}}}]
        answer = {"candidates": [{"index": 0, "content": {"role": "model", "parts": parts}}]}
        return httpx.Response(200, json=answer)

    async def ahandler(self, request: Any) -> Any:
        return self.handler(request)

    @property
    def sent(self) -> str:
        return json.dumps(self.seen, ensure_ascii=False)


def _client(model: Model) -> Any:
    http = types.HttpOptions(
        base_url="http://fake.local",
        httpx_client=httpx.Client(transport=httpx.MockTransport(model.handler)),
        httpx_async_client=httpx.AsyncClient(transport=httpx.MockTransport(model.ahandler)),
    )
    return guard_client(genai.Client(api_key="k-test", http_options=http), policy=POLICY)


class Records:
    """The application's function (a plain function: the SDK may copy a config deeply, and a
    bound method's object with it) and what it was called with."""

    def __init__(self, answer: str = "Hồ sơ đang xử lý") -> None:
        self.calls: list[str] = []
        calls = self.calls

        def tra_cuu(so: str) -> str:
            """Tra cứu hồ sơ theo số định danh."""
            calls.append(so)
            return answer

        self.tra_cuu = tra_cuu


def _config(records: Records, **afc: Any) -> types.GenerateContentConfig:
    settings = types.AutomaticFunctionCallingConfig(**afc) if afc else None
    return types.GenerateContentConfig(tools=[records.tra_cuu], automatic_function_calling=settings)


def _calls(client: Any, records: Records, prompt: str) -> dict[str, Any]:
    config = _config(records)
    chat = client.chats.create(model=MODEL, config=config)
    aio_chat = client.aio.chats.create(model=MODEL, config=config)
    return {
        "generate_content": lambda: client.models.generate_content(
            model=MODEL, contents=prompt, config=config
        ),
        "generate_content_stream": lambda: list(
            client.models.generate_content_stream(model=MODEL, contents=prompt, config=config)
        ),
        "aio.generate_content": lambda: asyncio.run(
            client.aio.models.generate_content(model=MODEL, contents=prompt, config=config)
        ),
        "chats.send_message": lambda: chat.send_message(prompt),
        "aio.chats.send_message": lambda: asyncio.run(aio_chat.send_message(prompt)),
    }


@pytest.mark.filterwarnings("ignore::UserWarning")
@pytest.mark.parametrize(
    "path", ["generate_content", "generate_content_stream", "aio.generate_content"]
)
def test_a_redacted_call_the_sdk_would_answer_with_the_apps_functions_is_refused(
    path: str,
) -> None:
    model, records = Model(), Records()
    call = _calls(_client(model), records, f"Tra cứu hồ sơ CCCD {CCCD}")[path]
    with pytest.raises(UnguardedPath) as refusal:
        call()
    assert refusal.value.reason == "function_calling"
    vi, en = refusal.value.said
    assert "chats.create" in en
    assert "nhãn giữ chỗ" in vi
    assert model.seen == []
    assert records.calls == []  # the function never saw a placeholder


@pytest.mark.filterwarnings("ignore::UserWarning")
@pytest.mark.parametrize("path", ["chats.send_message", "aio.chats.send_message"])
def test_a_chat_hands_its_functions_the_values_and_checks_their_results(path: str) -> None:
    model = Model()
    records = Records(answer=f"Hồ sơ số {CCCD} của ông Nguyễn Văn An")
    answer = _calls(_client(model), records, f"Tra cứu hồ sơ CCCD {CCCD}")[path]()
    assert records.calls == [CCCD]  # the value, not [CCCD_1]
    assert len(model.seen) == 2  # the call, then the function's result
    assert CCCD not in model.sent
    assert "Nguyễn Văn An" not in model.sent
    assert CCCD in answer.text  # restored
    assert "Nguyễn Văn An" in answer.text


@pytest.mark.parametrize("afc", [{"disable": True}, {"maximum_remote_calls": 0}])
def test_with_it_disabled_the_app_gets_the_values_and_its_results_are_checked(
    afc: dict[str, Any],
) -> None:
    model, records = Model(), Records(answer=f"Hồ sơ số {CCCD} của ông Nguyễn Văn An")
    client = _client(model)
    config = _config(records, **afc)
    prompt = f"Tra cứu hồ sơ CCCD {CCCD}"
    first = client.models.generate_content(model=MODEL, contents=prompt, config=config)
    (call,) = first.function_calls
    assert call.args == {"so": CCCD}  # restored: the application's code gets the value
    result = records.tra_cuu(**call.args)
    history = [
        types.Content(role="user", parts=[types.Part(text=prompt)]),
        first.candidates[0].content,
        types.Content(
            role="user",
            parts=[types.Part.from_function_response(name=call.name, response={"kq": result})],
        ),
    ]
    final = client.models.generate_content(model=MODEL, contents=history, config=config)
    assert CCCD not in model.sent
    assert "Nguyễn Văn An" not in model.sent
    assert CCCD in final.text  # the answer restored
    assert records.calls == [CCCD]


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_a_clean_call_keeps_it_and_a_result_holding_personal_data_is_refused() -> None:
    model, records = Model(), Records()
    client = _client(model)
    answer = client.models.generate_content(
        model=MODEL, contents="Tra cứu hồ sơ mới nhất", config=_config(records)
    )
    assert records.calls == ["không rõ"]
    assert "Hồ sơ đang xử lý" in answer.text

    leaky = Records(answer=f"Hồ sơ số {CCCD} của ông Nguyễn Văn An")
    model.seen.clear()
    with pytest.raises(UnguardedPath):
        client.models.generate_content(
            model=MODEL, contents="Tra cứu hồ sơ mới nhất", config=_config(leaky)
        )
    assert leaky.calls == ["không rõ"]
    assert CCCD not in model.sent


# -- gw18: an MCP server whose connection the SDK opens itself ---------------------------------


def _wire_client() -> tuple[Any, Any]:
    from integration_surface import Wire, gemini_client

    wire = Wire()
    return guard_client(gemini_client(wire), policy=POLICY), wire


AGENT_PLATFORM = {"tools": [{"mcp_servers": [{"name": "ho-so-toolset"}]}]}
SERVICE_SIDE = {
    "tools": [
        {"mcp_servers": [{"name": "tra-cuu",
                          "streamable_http_transport": {"url": "https://mcp.example.vn/mcp"}}]}
    ]
}  # fmt: skip


@pytest.mark.parametrize("way", ["sync", "stream", "async"])
@pytest.mark.parametrize("config", [AGENT_PLATFORM, types.GenerateContentConfig(**AGENT_PLATFORM)])
def test_an_mcp_server_the_sdk_connects_to_itself_is_refused(way: str, config: Any) -> None:
    """An Agent Platform MCP server (``mcp_servers`` without ``streamable_http_transport``):
    the SDK opens its connection on an HTTP client of its own, under no net, and runs the
    model's tool calls there (gw17's sweep did not look at what an SDK method opens besides
    a WebSocket). Refused before anything is sent, clean text or not, both languages."""
    guarded, wire = _wire_client()
    ask = {"model": MODEL, "contents": "Tra cứu thủ tục cấp hộ chiếu.", "config": config}
    calls = {
        "sync": lambda: guarded.models.generate_content(**ask),
        "stream": lambda: list(guarded.models.generate_content_stream(**ask)),
        "async": lambda: asyncio.run(guarded.aio.models.generate_content(**ask)),
    }
    with pytest.raises(UnguardedPath) as caught:
        calls[way]()
    assert caught.value.reason == "websocket"
    vi, en = caught.value.said
    assert "kết nối riêng" in vi
    assert "connection of its own" in en
    assert "ho-so-toolset" not in vi + en
    assert wire.seen == []


def test_an_mcp_server_the_service_connects_to_goes_only_when_listed() -> None:
    """A server the service connects to itself (``streamable_http_transport``): a field of
    the request, sent when the agency listed it and allows its calls without approval
    (gw19: refused otherwise, tests/test_integration_mcp.py)."""
    from integration_surface import Wire, gemini_client

    wire = Wire()
    guarded = guard_client(
        gemini_client(wire), policy=POLICY,
        allow_mcp_servers=["https://mcp.example.vn/"], allow_mcp_without_approval=True,
    )  # fmt: skip
    ask = {"model": MODEL, "contents": "Tra cứu thủ tục cấp hộ chiếu.", "config": SERVICE_SIDE}
    guarded.models.generate_content(**ask)
    assert len(wire.seen) == 1
    wire.seen.clear()
    with pytest.raises(UnguardedPath) as caught:
        _wire_client()[0].models.generate_content(**ask)
    assert caught.value.reason == "mcp"
