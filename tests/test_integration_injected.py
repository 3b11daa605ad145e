"""Credentials handed to an agent's environment by name: its ``env`` variables and an egress
rule's ``transform`` headers (google-genai's interactions and managed agents, Developer API
and Vertex). They were read as text: a key no detector knows (``GITHUB_TOKEN=ghx_...`` of a
made-up shape, ``Authorization: Bearer <opaque>``) went out, for the service to use whenever
it likes. A value under a credential's name is now a key leaving, refused unless the policy
lets keys through, as an ``api_key`` field or an MCP server's header is; other variables and
headers are read as any text."""

from __future__ import annotations

import json
from typing import Any

import pytest

from ai_guard import Policy
from ai_guard.errors import UnguardedPath
from ai_guard.integrations._payload import read

pytest.importorskip("google.genai")
httpx = pytest.importorskip("httpx2")

from ai_guard.integrations.gemini import guard_client  # noqa: E402
from integration_surface import Wire, gemini_client, vertex_client  # noqa: E402

POLICY = Policy(load_plugins=False)
AGENT = "antigravity-preview-05-2026"
OPAQUE = "q8Zr2mWx7Lk4Tn9v"  # a key of no shape a detector knows


class Answered(Wire):
    def handler(self, request: Any) -> Any:
        self.seen.append((request.method, str(request.url), request.read()))
        return httpx.Response(200, json={"id": "v1_new", "status": "completed", "outputs": []})


def _environments() -> dict[str, dict[str, Any]]:
    def egress(transform: Any) -> dict[str, Any]:
        return {"type": "remote", "network": {"allowlist": [
            {"domain": "api.stp.example.vn", "transform": transform}]}}  # fmt: skip

    return {
        "env token": {"type": "remote", "env": {"GITHUB_TOKEN": OPAQUE, "LANG": "vi_VN"}},
        "env password": {"type": "remote", "env": {"DB_PASSWORD": OPAQUE}},
        "env api key": {"type": "remote", "env": {"api_key": OPAQUE}},
        "header authorization": egress({"Authorization": f"Bearer {OPAQUE}"}),
        "header list": egress([{"X-Trace": "1"}, {"x-api-key": OPAQUE}]),
        "header cookie": egress({"Cookie": f"session={OPAQUE}"}),
    }


@pytest.mark.parametrize("api", ["developer", "vertex"])
@pytest.mark.parametrize("name", sorted(_environments()))
def test_a_credential_injected_by_name_is_refused(api: str, name: str) -> None:
    wire = Answered()
    raw = (gemini_client if api == "developer" else vertex_client)(wire)
    for client in (guard_client(raw, policy=POLICY), raw):  # the kept client too
        with pytest.raises(UnguardedPath) as caught:
            client.interactions.create(
                agent=AGENT, input="Xin chào", environment=_environments()[name]
            )
        assert caught.value.reason == "credential"
        assert "credential" in caught.value.message_en
        assert "khoá" in caught.value.message_vi
    assert [m for m, *_ in wire.seen if m != "GET"] == []


@pytest.mark.parametrize("api", ["developer", "vertex"])
def test_other_variables_and_headers_go_read_as_text(api: str) -> None:
    """Negatives: a language, a mode, a trace header, a stored credential's id (its own rule),
    and a key the agency lets leave."""
    wire = Answered()
    raw = (gemini_client if api == "developer" else vertex_client)(wire)
    guarded = guard_client(raw, policy=POLICY)
    environment = {
        "type": "remote", "env": {"LANG": "vi_VN", "MODE": "prod", "TZ": "Asia/Ho_Chi_Minh"},
        "network": {"allowlist": [{"domain": "api.stp.example.vn",
                                    "transform": {"X-Trace": "1", "Accept-Language": "vi"}}]},
    }  # fmt: skip
    guarded.interactions.create(agent=AGENT, input="Xin chào", environment=environment)
    sent = json.loads(wire.seen[-1][2])
    assert sent["environment"]["env"]["LANG"] == "vi_VN"
    allowed = Policy(load_plugins=False, allow_values=[OPAQUE])
    read({"environment": {"env": {"GITHUB_TOKEN": OPAQUE}}}, policy=allowed)


def test_the_gateway_reads_the_same_fields() -> None:
    """The gateway's reader (the same read) on an OpenAI-shaped body: refused alike."""
    with pytest.raises(UnguardedPath) as caught:
        read({"model": "m", "input": "x", "environment": {"env": {"SLACK_TOKEN": OPAQUE}}},
             policy=POLICY)  # fmt: skip
    assert caught.value.reason == "credential"


@pytest.mark.parametrize(
    "name",
    [
        "GITHUB_TOKEN", "APIKEY", "DB_PASSWORD", "DB_PASS", "DB_PWD", "MYSQL_ROOT_PASSWD",
        "SMTP_PASSPHRASE", "GOOGLE_APPLICATION_CREDENTIALS", "CREDS", "SENTRY_DSN", "JWT",
        "BEARER", "MAT_KHAU", "matkhau_csdl", "DATABASE_URL", "CONNECTION_STRING",
        "X-Auth-Token", "Proxy-Authorization", "client_secret",
    ],
)  # fmt: skip
@pytest.mark.parametrize("form", ["string", "object"])
def test_a_value_under_any_credential_name_is_refused_whatever_its_form(
    name: str, form: str
) -> None:
    """The family of names a credential goes under (a part of the name, glued, in
    Vietnamese, a connection string's), its value a string or the SDK's own variable object
    (``EnvVar``: ``{"value": ...}``, which passed as text whatever its name)."""
    held: Any = OPAQUE if form == "string" else {"value": OPAQUE}
    listed = [{"name": "LANG", "value": "vi_VN"}, {"name": name, "value": held}]
    for where in ({"env": {name: held}}, {"env": listed}, {"network": {"allowlist": [
            {"domain": "api.stp.example.vn", "transform": {name: OPAQUE}}]}}):  # fmt: skip
        with pytest.raises(UnguardedPath) as caught:
            read({"environment": {"type": "remote", **where}}, policy=POLICY)
        assert caught.value.reason == "credential"


@pytest.mark.parametrize(
    "name",
    [
        "LANG", "TZ", "MODE", "BYPASS_CACHE", "COMPASS_URL", "PASSPORT_REQUIRED", "X-Trace",
        "PWD", "OLDPWD",
    ],
)  # fmt: skip
def test_ordinary_names_stay_text(name: str) -> None:
    read({"environment": {"type": "remote", "env": {name: {"value": "vi_VN"}}}}, policy=POLICY)
    listed = [{"name": name, "value": "vi_VN"}]
    read({"environment": {"type": "remote", "env": listed}}, policy=POLICY)
