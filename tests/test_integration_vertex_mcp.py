"""The client object the application kept on Vertex opens no Agent Platform MCP connection
(gw18 to gw24 left it open). ``aio.models.generate_content``, ``generate_content_stream`` and
an async chat with an ``mcp_servers`` entry (no ``streamable_http_transport``) open that
server's connection themselves, on an HTTP client the SDK makes for the call, where no net
reaches, and run the model's tool calls there. The one thing the SDK asks of the kept client
before it connects is its access token: asked by that function, the guard refuses (reason
``websocket``, both languages, as the guarded client refuses such a call before it runs);
the client's own requests keep their token. The ``mcp`` package is not installed here: the
SDK's connecting function is stood in for, so that the SDK goes as far as it would with it."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

from ai_guard import Policy
from ai_guard.errors import UnguardedPath

genai = pytest.importorskip("google.genai")
pytest.importorskip("httpx2")

from google.genai import _mcp_utils  # noqa: E402

from ai_guard.integrations.gemini import guard_client  # noqa: E402
from integration_surface import Wire, vertex_client  # noqa: E402

POLICY = Policy(load_plugins=False)
MODEL = "gemini-2.5-flash"
AGENT_PLATFORM = {"tools": [{"mcp_servers": [{"name": "ho-so-toolset"}]}]}
ASK = "Tra cứu thủ tục cấp hộ chiếu."


class OpenedError(Exception):
    """The SDK reached its connection (the stand-in for ``mcp``'s client)."""


@pytest.fixture
def connections(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    opened: list[str] = []

    def connect(*, url: str, http_client: Any) -> Any:
        opened.append(url)
        raise OpenedError(url)

    monkeypatch.setattr(_mcp_utils, "streamable_http_client", connect)
    return opened


async def _stream(models: Any) -> None:
    async for _ in await models.generate_content_stream(
        model=MODEL, contents=ASK, config=AGENT_PLATFORM
    ):
        pass


async def _chat(client: Any) -> None:
    chat = client.aio.chats.create(model=MODEL, config=AGENT_PLATFORM)
    await chat.send_message(ASK)


WAYS: dict[str, Callable[[Any], Any]] = {
    "generate_content": lambda c: c.aio.models.generate_content(
        model=MODEL, contents=ASK, config=AGENT_PLATFORM
    ),
    "generate_content_stream": lambda c: _stream(c.aio.models),
    "chat": _chat,
}


@pytest.mark.parametrize("way", sorted(WAYS))
def test_the_kept_vertex_client_opens_no_agent_platform_connection(
    way: str, connections: list[str]
) -> None:
    wire = Wire()
    kept = vertex_client(wire)
    guard_client(kept, policy=POLICY)
    with pytest.raises(UnguardedPath) as caught:
        asyncio.run(WAYS[way](kept))
    assert caught.value.reason == "websocket"
    vi, en = caught.value.said
    assert "kết nối riêng" in vi
    assert "connection of its own" in en
    assert connections == []
    assert wire.seen == []


@pytest.mark.parametrize("way", sorted(WAYS))
def test_an_unguarded_vertex_client_would_connect(way: str, connections: list[str]) -> None:
    """What the refusal stops: the same call on a client never guarded reaches the
    connection (here, its stand-in, whose failure the SDK turns into its own error)."""
    with pytest.raises((OpenedError, RuntimeError)):
        asyncio.run(WAYS[way](vertex_client(Wire())))
    assert connections == ["https://us-central1-aiplatform.googleapis.com/mcp/ho-so-toolset"]


def test_the_kept_clients_own_requests_keep_their_token(connections: list[str]) -> None:
    wire = Wire()
    kept = vertex_client(wire)
    guarded = guard_client(kept, policy=POLICY)
    asyncio.run(kept.aio.models.generate_content(model=MODEL, contents=ASK))
    asyncio.run(guarded.aio.models.generate_content(model=MODEL, contents=ASK))
    kept.models.generate_content(model=MODEL, contents=ASK)
    assert len(wire.seen) == 3
    assert connections == []


def _asked_from(filename: str, api: Any) -> Any:
    """The kept client's token asked by a function of ``filename`` (a module of the SDK that
    is not its API client: a connection a later SDK would open on its own)."""
    source = "async def _open_own_session(api):\n    return await api._async_access_token()\n"
    space: dict[str, Any] = {}
    exec(compile(source, filename, "exec"), space)  # (a stand-in code object of that file)
    return asyncio.run(space["_open_own_session"](api))


@pytest.mark.parametrize("module", ["_new_sessions.py", "live.py", "_mcp_utils.py"])
def test_the_kept_clients_token_goes_to_its_own_requests_only(module: str) -> None:
    """An asker the guard does not know (any file but the API client's own) is refused: the
    askers allowed are named, so an SDK function added later that connects on its own
    fails closed."""
    import google.genai._api_client as api_module

    kept = vertex_client(Wire())
    guard_client(kept, policy=POLICY)
    where = api_module.__file__.replace("_api_client.py", module)
    with pytest.raises(UnguardedPath) as caught:
        _asked_from(where, kept._api_client)
    assert caught.value.reason == "websocket"
    assert _asked_from(api_module.__file__, kept._api_client) == "ya29.test-token"


def test_a_client_guarded_twice_keeps_its_token_for_its_requests(
    connections: list[str],
) -> None:
    wire = Wire()
    kept = vertex_client(wire)
    guard_client(kept, policy=POLICY)
    guarded = guard_client(kept, policy=POLICY)
    asyncio.run(kept.aio.models.generate_content(model=MODEL, contents=ASK))
    asyncio.run(guarded.aio.models.generate_content(model=MODEL, contents=ASK))
    assert len(wire.seen) == 2
    with pytest.raises(UnguardedPath):
        asyncio.run(WAYS["generate_content"](kept))
    assert connections == []
