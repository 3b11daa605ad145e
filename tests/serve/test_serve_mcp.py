"""The gateway and remote MCP servers the upstream would connect to itself (gw19).

On main a request carrying OpenAI's ``tools=[{"type": "mcp", "server_url": ...}]`` or
Anthropic's ``mcp_servers=[...]`` was forwarded: the upstream would send the model's tool
calls to that server and give the model its answers, none of which the gateway sees. Now
refused (400, ``ai_guard_refused``, both languages, recorded, nothing sent) unless
``[gateway] allow_mcp_servers`` lists the server; a listed one's calls without approval take
``allow_mcp_without_approval``; a credential for it is a key leaving. Served by the real
ASGI server (uvicorn) against a fake upstream.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")

from tests.serve.fakes import (
    GOOD_TOKEN,
    POLICY,
    UPSTREAM_KEY,
    FakeUpstream,
    Served,
    Tokens,
    gateway_config,
)

from ai_guard.errors import PolicyError
from ai_guard.serve.app import create_app
from ai_guard.signoff.audit import AuditLog

AGENCY = "https://mcp.agency.example.vn/mcp"
HEADERS = {"authorization": f"Bearer {GOOD_TOKEN}", "anthropic-version": "2023-06-01"}


@contextlib.contextmanager
def gateway(tmp_path: Path, **config: Any) -> Iterator[tuple[str, FakeUpstream, AuditLog]]:
    mp = pytest.MonkeyPatch()
    mp.setenv("AIG_TEST_UPSTREAM_KEY", UPSTREAM_KEY)
    fake = FakeUpstream()
    upstream = Served(fake.app())
    audit = AuditLog(tmp_path / "audit.sqlite3")
    app = create_app(gateway_config(upstream.url, **config), POLICY, tokens=Tokens(), audit=audit)
    served = Served(app)
    try:
        yield served.url, fake, audit
    finally:
        served.stop()
        upstream.stop()
        audit.close()
        mp.undo()


def responses(url: str, *tools: dict[str, Any]) -> httpx.Response:
    body = {"model": "gpt-test", "input": "Tra cứu thủ tục cấp hộ chiếu", "tools": list(tools)}
    return httpx.post(f"{url}/v1/responses", json=body, headers=HEADERS, timeout=30)


def messages(url: str, *servers: dict[str, Any]) -> httpx.Response:
    body = {"model": "claude-test", "max_tokens": 10, "mcp_servers": list(servers),
            "messages": [{"role": "user", "content": "Tra cứu thủ tục cấp hộ chiếu"}]}  # fmt: skip
    return httpx.post(f"{url}/v1/messages", json=body, headers=HEADERS, timeout=30)


def _refused(answer: httpx.Response, fake: FakeUpstream, audit: AuditLog) -> tuple[str, str]:
    assert answer.status_code == 400
    said = answer.json()["error"]["ai_guard"]
    assert said["code"] == "ai_guard_refused"
    assert fake.requests == []
    assert [r.outcome for r in audit.records()][-1] == "block"
    return said["vi"], said["en"]


def test_remote_servers_are_refused_by_default(tmp_path: Path) -> None:
    with gateway(tmp_path) as (url, fake, audit):
        tool = {"type": "mcp", "server_label": "ho_so", "server_url": AGENCY}
        vi, en = _refused(responses(url, tool), fake, audit)
        assert "mcp.agency.example.vn" in en
        assert "allow_mcp_servers" in vi
        assert "máy chủ MCP" in vi
        connector = {"type": "mcp", "server_label": "mail", "connector_id": "connector_gmail"}
        vi, en = _refused(responses(url, connector), fake, audit)
        assert "connector_gmail" in en
        server = {"type": "url", "url": AGENCY, "name": "ho-so"}
        vi, en = _refused(messages(url, server), fake, audit)
        assert "mcp.agency.example.vn" in en
        # the same requests without the servers go
        assert responses(url).status_code == 200
        assert messages(url).status_code == 200


def test_a_listed_server_goes_and_its_calls_need_approval(tmp_path: Path) -> None:
    with gateway(tmp_path, allow_mcp_servers=["https://mcp.agency.example.vn/"]) as (
        url,
        fake,
        audit,
    ):
        tool = {"type": "mcp", "server_label": "ho_so", "server_url": AGENCY}
        assert responses(url, tool).status_code == 200
        assert fake.requests[-1].body["tools"][0]["server_url"] == AGENCY
        fake.requests.clear()
        vi, en = _refused(responses(url, {**tool, "require_approval": "never"}), fake, audit)
        assert "allow_mcp_without_approval" in en
        assert "phê duyệt" in vi
        # Anthropic's servers have no approval step
        _refused(messages(url, {"type": "url", "url": AGENCY, "name": "ho-so"}), fake, audit)
        other = {**tool, "server_url": "https://mcp.example.com/mcp"}
        _refused(responses(url, other), fake, audit)


def test_calls_without_approval_go_when_the_agency_says_so(tmp_path: Path) -> None:
    config = {"allow_mcp_servers": [AGENCY], "allow_mcp_without_approval": True}
    with gateway(tmp_path, **config) as (url, fake, audit):
        server = {"type": "url", "url": AGENCY, "name": "ho-so"}
        assert messages(url, server).status_code == 200
        tool = {"type": "mcp", "server_label": "ho_so", "server_url": AGENCY,
                "require_approval": "never"}  # fmt: skip
        assert responses(url, tool).status_code == 200
        assert len(fake.requests) == 2
        fake.requests.clear()
        vi, en = _refused(messages(url, {**server, "authorization_token": "tok"}), fake, audit)
        assert "authorization_token" in en
        assert "khoá" in vi


@pytest.mark.parametrize("entry", ["ftp://x.vn/", "https://u@x.vn/", "https://x.vn/?a=1", ""])
def test_an_entry_that_names_no_server_stops_the_gateway(tmp_path: Path, entry: str) -> None:
    with pytest.raises(PolicyError) as caught:
        gateway_config("http://127.0.0.1:1", allow_mcp_servers=[entry])
    assert "allow_mcp_servers" in str(caught.value.key)
    assert "MCP" in caught.value.message_en
    assert "MCP" in caught.value.message_vi


def test_another_services_credential_in_a_body_is_refused(tmp_path: Path) -> None:
    """gw20: the readers the gateway shares with the guarded clients refuse a credential of
    another service handed over in the body (Vertex's search tools' ``api_key``, an outside
    API's ``api_key_string``, OAuth/OIDC tokens), whatever the route; the same request
    without it goes."""
    with gateway(tmp_path) as (url, fake, audit):
        tool = {"type": "web_search", "api_key": "k-5f2c9a71e4"}
        vi, en = _refused(responses(url, tool), fake, audit)
        assert "api_key" in en
        assert "khoá truy cập" in vi
        assert "k-5f2c9a71e4" not in vi + en
        assert responses(url, {"type": "web_search"}).status_code == 200
