"""Remote MCP servers the service connects to itself, and stored configuration by id (gw19).

On main a request giving the model tools on a remote MCP server went out: OpenAI's ``mcp``
tools (a ``server_url``, a Gmail ``connector_id``, a ``tunnel_id``, a managed agent's
``transport``), Anthropic's ``mcp_servers`` (messages, agents), Gemini's
``streamable_http_transport`` and its interactions' ``mcp_server``. The service would send
the model's tool calls there and give the model the answers: content the guard never sees.
Now each is refused (reason ``mcp``, both languages, naming the host) on the guarded client
and the one the application kept, unless ``allow_mcp_servers`` lists it; a listed server's
calls without approval need ``allow_mcp_without_approval``, and a credential handed to the
service for it is refused unless the policy lets keys through. Also: Anthropic's
``environment_id``, ``vault_ids`` and a server-held ``thread`` continued by
``previous_message_id``, OpenAI's ``vault_ids`` and ``credential_id``, named when made
elsewhere, are refused as stored content.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from ai_guard import Policy
from ai_guard.errors import GuardSetupError, UnguardedPath

openai = pytest.importorskip("openai")
anthropic = pytest.importorskip("anthropic")
httpx = pytest.importorskip("httpx2")

POLICY = Policy(load_plugins=False)
AGENCY = "https://mcp.agency.example.vn/mcp"
CCCD = "001085012345"


class Service:
    """Answers every request with a made object (a response, a message)."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, dict[str, Any]]] = []

    def handler(self, request: Any) -> Any:
        body = request.read()
        self.seen.append((request.url.path, json.loads(body) if body else {}))
        n = len(self.seen)
        if request.url.path.endswith("/messages"):
            return httpx.Response(200, json={
                "id": f"msg_made{n}", "type": "message", "role": "assistant", "model": "m",
                "content": [{"type": "text", "text": "ok"}], "stop_reason": "end_turn",
                "stop_sequence": None, "usage": {"input_tokens": 1, "output_tokens": 1},
            })  # fmt: skip
        return httpx.Response(200, json={
            "id": f"resp_made{n}", "object": "response", "created_at": 1, "model": "m",
            "status": "completed", "output": [], "parallel_tool_calls": True,
            "tool_choice": "auto", "tools": [],
        })  # fmt: skip

    @property
    def sent(self) -> str:
        return json.dumps(self.seen, ensure_ascii=False)


def _openai(**options: Any) -> tuple[Any, Any, Service]:
    from ai_guard.integrations.openai import guard_client

    service = Service()
    raw = openai.OpenAI(
        api_key="sk-test", base_url="http://fake.local/v1", max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(service.handler)),
    )  # fmt: skip
    policy = options.pop("policy", POLICY)
    return guard_client(raw, policy=policy, **options), raw, service


def _anthropic(**options: Any) -> tuple[Any, Any, Service]:
    from ai_guard.integrations.anthropic import guard_client

    service = Service()
    raw = anthropic.Anthropic(
        api_key="sk-ant-test", base_url="http://fake.local", max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(service.handler)),
    )  # fmt: skip
    return guard_client(raw, policy=POLICY, **options), raw, service


def _refused(call: Any, service: Service) -> UnguardedPath:
    with pytest.raises(UnguardedPath) as caught:
        call()
    assert service.seen == []
    assert caught.value.reason == "mcp"
    vi, en = caught.value.said
    assert vi
    assert en
    assert vi != en
    assert "MCP" in en or "connector" in en
    return caught.value


def _ask(client: Any, *tools: dict[str, Any], **extra: Any) -> Any:
    return client.responses.create(model="m", input="Tra cứu thủ tục", tools=list(tools), **extra)


def _mcp(**fields: Any) -> dict[str, Any]:
    return {"type": "mcp", "server_label": "ho_so", **fields}


# -- refused by default, on the guarded client and the one the application kept ----------------

OPENAI_SERVERS = {
    "server_url": _mcp(server_url="https://mcp.example.com/sse?k=1"),
    "connector": _mcp(connector_id="connector_gmail"),
    "tunnel": _mcp(tunnel_id="tunnel_abc"),
    "no address": _mcp(require_approval="always"),
}


@pytest.mark.parametrize("kept", [False, True], ids=["guarded", "kept"])
@pytest.mark.parametrize("shape", sorted(OPENAI_SERVERS))
def test_an_openai_remote_server_is_refused_unless_listed(shape: str, kept: bool) -> None:
    guarded, raw, service = _openai()
    client = raw if kept else guarded
    refusal = _refused(lambda: _ask(client, OPENAI_SERVERS[shape]), service)
    assert refusal.path.startswith("POST /v1/responses: tools[0]")
    vi, en = refusal.said
    if shape == "server_url":
        assert "mcp.example.com" in en
        assert "mcp.example.com" in vi
        assert "sse" not in en
        assert "k=1" not in en
    if shape == "connector":
        assert "connector_gmail" in en
        assert "hộp thư" in vi


@pytest.mark.parametrize("kept", [False, True], ids=["guarded", "kept"])
def test_a_managed_agents_server_and_a_process_in_its_environment_are_refused(kept: bool) -> None:
    guarded, raw, service = _openai(allow_mcp_servers=[AGENCY])
    client = raw if kept else guarded
    http = _mcp(transport={"type": "http", "server_url": "https://mcp.example.com/"})
    stdio = _mcp(transport={"type": "stdio", "command": "npx", "cwd": "/"})
    for tool, said in ((http, "not among the allowed"), (stdio, "process")):
        refusal = _refused(
            lambda t=tool: client.post("/agents", body={"tools": [t]}, cast_to=object), service
        )
        assert said in refusal.said[1]
    # listed, the agent's server still calls its tools with no approval step
    listed = _mcp(transport={"type": "http", "server_url": AGENCY})
    refusal = _refused(
        lambda: client.post("/agents", body={"tools": [listed]}, cast_to=object), service
    )
    assert "approving" in refusal.said[1]


def test_a_listed_server_goes_when_every_call_waits_for_approval() -> None:
    guarded, raw, service = _openai(allow_mcp_servers=["https://mcp.agency.example.vn/"])
    for approval in ({}, {"require_approval": "always"},
                     {"require_approval": {"always": {"tool_names": ["tra_cuu"]}}},
                     {"require_approval": {"never": {}}}):  # fmt: skip
        tool = _mcp(server_url=AGENCY, allowed_tools=["tra_cuu"], **approval)
        _ask(guarded, tool)
        _ask(raw, tool)
    assert len(service.seen) == 8
    assert all(body["tools"][0]["server_url"] == AGENCY for _, body in service.seen)


@pytest.mark.parametrize(
    "approval", ["never", None, {"never": {"tool_names": ["xoa_ho_so"]}}, {"sometimes": {}}]
)
def test_calls_without_approval_need_the_agencys_word(approval: Any) -> None:
    tool = _mcp(server_url=AGENCY, require_approval=approval)
    guarded, raw, service = _openai(allow_mcp_servers=[AGENCY])
    for client in (guarded, raw):
        refusal = _refused(lambda c=client: _ask(c, tool), service)
        assert "mcp.agency.example.vn" in refusal.said[1]
        assert "allow_mcp_without_approval" in refusal.said[0]
    guarded, raw, service = _openai(allow_mcp_servers=[AGENCY], allow_mcp_without_approval=True)
    _ask(guarded, tool)
    _ask(raw, tool)
    assert len(service.seen) == 2


@pytest.mark.parametrize(
    "url",
    [
        "https://mcp.agency.example.vn/other",  # beside the listed path, not below it
        "https://mcp.agency.example.vn/mcpx",
        "http://mcp.agency.example.vn/mcp",  # another scheme
        "https://mcp.agency.example.vn:8443/mcp",  # another port
        "https://mcp.agency.example.vn.evil.com/mcp",
        "https://evil.com@mcp.agency.example.vn/mcp",  # a user name: refused whatever it is
        "https://MCP.agency.example.vn:99999/mcp",  # no port that exists
    ],
)
def test_a_server_is_listed_by_its_origin_and_the_path_below(url: str) -> None:
    guarded, _, service = _openai(allow_mcp_servers=[AGENCY])
    _refused(lambda: _ask(guarded, _mcp(server_url=url)), service)


def test_below_the_listed_path_and_a_listed_tunnel_go() -> None:
    guarded, _, service = _openai(allow_mcp_servers=[AGENCY, "tunnel_agency"])
    _ask(guarded, _mcp(server_url="https://MCP.agency.example.vn/mcp/ho-so?x=1"))
    _ask(guarded, _mcp(tunnel_id="tunnel_agency"))
    assert len(service.seen) == 2
    service.seen.clear()
    _refused(lambda: _ask(guarded, _mcp(tunnel_id="tunnel_other")), service)
    # a connector is never listed: the service reads a mailbox itself
    guarded, _, service = _openai(allow_mcp_servers=["connector_gmail"])
    _refused(lambda: _ask(guarded, _mcp(connector_id="connector_gmail")), service)


@pytest.mark.parametrize(
    "credential",
    [
        {"authorization": "abc123"},
        {"headers": {"Authorization": "Bearer abc123"}},
        {"headers": {"X-Api-Key": "abc"}},
        {"headers": {"Cookie": "sid=1"}},
    ],
)
def test_a_credential_for_a_listed_server_is_a_key_leaving(credential: dict[str, Any]) -> None:
    tool = _mcp(server_url=AGENCY, **credential)
    guarded, raw, service = _openai(allow_mcp_servers=[AGENCY])
    for client in (guarded, raw):
        refusal = _refused(lambda c=client: _ask(c, tool), service)
        assert "credential" in refusal.said[1]
        assert "khoá" in refusal.said[0]
        assert "abc" not in refusal.message_en
    # the policy lets this key leave: it goes (read as text, like any)
    allowing = Policy(load_plugins=False, allow_values=frozenset({"abc123", "abc", "sid=1"}))
    guarded, _, service = _openai(allow_mcp_servers=[AGENCY], policy=allowing)
    _ask(guarded, tool)
    assert len(service.seen) == 1


def test_what_a_listed_servers_entry_says_is_read_like_any_text() -> None:
    tool = _mcp(
        server_url=AGENCY,
        server_description=f"Hồ sơ của ông Nguyễn Văn An, CCCD {CCCD}",
        headers={"X-Nguon": "ai-guard"},
    )
    guarded, raw, service = _openai(allow_mcp_servers=[AGENCY])
    with pytest.raises(UnguardedPath) as caught:
        _ask(raw, tool)  # the kept client: nothing redacts, the net refuses
    assert caught.value.reason == "unredacted"
    _ask(guarded, tool)  # the guarded client: redacted, then sent
    assert CCCD not in service.sent
    assert "Nguyễn Văn An" not in service.sent
    assert service.seen[0][1]["tools"][0]["headers"] == {"X-Nguon": "ai-guard"}


def test_a_tool_choice_naming_a_servers_tool_is_no_server() -> None:
    guarded, _, service = _openai(allow_mcp_servers=[AGENCY])
    choice = {"type": "mcp", "server_label": "ho_so", "name": "tra_cuu"}
    _ask(guarded, _mcp(server_url=AGENCY), tool_choice=choice)
    assert len(service.seen) == 1


def test_a_server_written_inside_a_tools_result_is_text_not_a_request() -> None:
    guarded, _, service = _openai()
    said = json.dumps({"tools": [_mcp(server_url="https://mcp.example.com/")]})
    guarded.responses.create(
        model="m",
        input=[{"type": "function_call_output", "call_id": "call_1", "output": said}],
    )
    assert len(service.seen) == 1


@pytest.mark.parametrize(
    "allowed", ["https://mcp.agency.example.vn/", ["ftp://x.vn/"], ["https://u@x.vn/"],
                ["https://x.vn/?a=1"], ["có dấu"], [""]],
)  # fmt: skip
def test_a_list_that_names_no_server_is_a_setup_error(allowed: Any) -> None:
    with pytest.raises(GuardSetupError) as caught:
        _openai(allow_mcp_servers=allowed)
    assert "allow_mcp_servers" in caught.value.message_vi
    assert "allow_mcp_servers" in caught.value.message_en


# -- Anthropic: mcp_servers (messages, managed agents) --------------------------------------------


def _anthropic_server(**fields: Any) -> dict[str, Any]:
    return {"type": "url", "url": AGENCY, "name": "ho-so", **fields}


@pytest.mark.parametrize("kept", [False, True], ids=["guarded", "kept"])
def test_anthropic_servers_are_refused_unless_listed_and_allowed_without_approval(
    kept: bool,
) -> None:
    ask = {"model": "claude-test", "max_tokens": 10,
           "messages": [{"role": "user", "content": "Tra cứu thủ tục"}]}  # fmt: skip
    guarded, raw, service = _anthropic()
    client = raw if kept else guarded
    server = _anthropic_server(url="https://mcp.example.com/")
    refusal = _refused(lambda: client.beta.messages.create(**ask, mcp_servers=[server]), service)
    assert refusal.path.endswith("mcp_servers[0]")
    assert "mcp.example.com" in refusal.said[1]
    agent = {"name": "Trợ lý", "model": "claude-test", "mcp_servers": [server]}
    _refused(lambda: client.post("/v1/agents", body=agent, cast_to=object), service)

    guarded, raw, service = _anthropic(allow_mcp_servers=[AGENCY])
    client = raw if kept else guarded
    listed = _anthropic_server()
    refusal = _refused(lambda: client.beta.messages.create(**ask, mcp_servers=[listed]), service)
    assert "approving" in refusal.said[1]  # Anthropic's servers have no approval step

    guarded, raw, service = _anthropic(allow_mcp_servers=[AGENCY], allow_mcp_without_approval=True)
    client = raw if kept else guarded
    client.beta.messages.create(**ask, mcp_servers=[listed])
    assert len(service.seen) == 1
    service.seen.clear()
    token = _anthropic_server(authorization_token="tok")
    refusal = _refused(lambda: client.beta.messages.create(**ask, mcp_servers=[token]), service)
    assert "authorization_token" in refusal.said[1]


# -- Gemini: streamable_http_transport, interactions' mcp_server ---------------------------------


def _gemini(**options: Any) -> tuple[Any, Any, Any]:
    pytest.importorskip("google.genai")
    from ai_guard.integrations.gemini import guard_client
    from integration_surface import Wire, gemini_client

    wire = Wire()
    raw = gemini_client(wire)
    return guard_client(raw, policy=POLICY, **options), raw, wire


def _gemini_config(url: str) -> dict[str, Any]:
    server = {"name": "tra-cuu", "streamable_http_transport": {"url": url}}
    return {"tools": [{"mcp_servers": [server]}]}


@pytest.mark.parametrize("way", ["guarded", "kept", "async"])
def test_a_gemini_server_the_service_connects_to_is_refused_unless_listed(way: str) -> None:
    guarded, raw, wire = _gemini()
    ask = {"model": "gemini-2.5-flash", "contents": "Tra cứu thủ tục",
           "config": _gemini_config("https://mcp.example.com/mcp")}  # fmt: skip
    calls = {
        "guarded": lambda: guarded.models.generate_content(**ask),
        "kept": lambda: raw.models.generate_content(**ask),
        "async": lambda: asyncio.run(guarded.aio.models.generate_content(**ask)),
    }
    with pytest.raises(UnguardedPath) as caught:
        calls[way]()
    assert caught.value.reason == "mcp"
    assert "mcp.example.com" in caught.value.said[1]
    assert wire.seen == []


def test_a_listed_gemini_server_goes_with_the_agencys_word_on_approval() -> None:
    guarded, _, wire = _gemini(allow_mcp_servers=[AGENCY], allow_mcp_without_approval=True)
    guarded.models.generate_content(
        model="gemini-2.5-flash", contents="Tra cứu", config=_gemini_config(AGENCY)
    )
    assert len(wire.seen) == 1
    assert AGENCY.encode() in wire.seen[0][2]


def test_a_gemini_interactions_server_is_refused() -> None:
    guarded, _, wire = _gemini()
    tool = {"type": "mcp_server", "name": "tra-cuu", "url": "https://mcp.example.com/"}
    with pytest.raises(UnguardedPath) as caught:
        guarded.interactions.create(model="gemini-2.5-flash", input="Tra cứu", tools=[tool])
    assert caught.value.reason == "mcp"
    assert wire.seen == []


# -- configuration stored by id: environments, vaults, a server-held thread ---------------------


@pytest.mark.parametrize("kept", [False, True], ids=["guarded", "kept"])
@pytest.mark.parametrize(
    ("sdk", "path", "body", "field"),
    [
        ("anthropic", "/v1/sessions", {"environment_id": "env_elsewhere"}, "environment_id"),
        ("anthropic", "/v1/sessions", {"vault_ids": ["vlt_elsewhere"]}, "vault_ids"),
        ("anthropic", "/v1/deployments", {"vault_ids": ["vlt_elsewhere"]}, "vault_ids"),
        ("openai", "/agents/sessions", {"vault_ids": ["vlt_elsewhere"]}, "vault_ids"),
        ("openai", "/agents", {"tools": [{"type": "mcp", "server_label": "x",
                                          "transport": {"type": "http", "server_url": AGENCY},
                                          "credential_id": "cred_elsewhere"}]}, "credential_id"),
    ],
)  # fmt: skip
def test_configuration_stored_elsewhere_is_refused(
    sdk: str, path: str, body: dict[str, Any], field: str, kept: bool
) -> None:
    listed = {"allow_mcp_servers": [AGENCY], "allow_mcp_without_approval": True}
    guarded, raw, service = (_anthropic if sdk == "anthropic" else _openai)(**listed)
    client = raw if kept else guarded
    with pytest.raises(UnguardedPath) as caught:
        client.post(path, body=body, cast_to=object)
    assert caught.value.reason == "stored_reference"
    assert field in caught.value.said[1]
    assert service.seen == []
    guarded, raw, service = (_anthropic if sdk == "anthropic" else _openai)(
        allow_stored=True, **listed
    )
    (raw if kept else guarded).post(path, body=body, cast_to=object)
    assert len(service.seen) == 1


def test_an_anthropic_thread_continues_only_what_this_guard_made() -> None:
    guarded, raw, service = _anthropic()
    ask = {"model": "claude-test", "max_tokens": 10,
           "messages": [{"role": "user", "content": "Tiếp tục"}]}  # fmt: skip
    for client in (guarded, raw):
        with pytest.raises(UnguardedPath) as caught:
            client.beta.messages.create(
                **ask, thread={"type": "continue", "previous_message_id": "msg_elsewhere"}
            )
        assert caught.value.reason == "stored_reference"
        assert "previous_message_id" in caught.value.said[1]
    assert service.seen == []
    made = guarded.beta.messages.create(**ask, thread={"type": "create"})
    guarded.beta.messages.create(**ask, thread={"type": "continue", "previous_message_id": made.id})
    assert len(service.seen) == 2
