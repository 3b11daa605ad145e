"""Requests that mint a credential or change who may call the service (gw17).

The guard reads what a request sends; a request that changes who may reach the vendor is
dangerous whatever its text: an admin key minted by ``admin.organization.admin_api_keys
.create`` (or a service account's key, a tunnel's token, a webhook's signing secret, an
enrollment URL) calls the service with no guard around it, and an invite, a role, a group
member, a federation rule or a vault credential lets someone else do so. On main each went
out when its text was clean. Now every write to the vendors' administration (OpenAI's
``/organization/...`` and a project's roles, groups and users; Anthropic's
``/organizations/...``), and every write that mints or stores a credential elsewhere
(webhook endpoints, Anthropic's tunnels, vaults and user profiles), is refused by the net
(reason ``admin``, both languages), on the guarded client and on the client the application
kept; reading them (``list``, ``retrieve``) still goes. OpenAI's Live WebRTC sessions
(``live.create``, a SIP call's ``accept``, ``refer``, ``fork``) are sessions for a connection
the guard never sees, like ``realtime.calls`` (reason ``websocket``).

The methods are found by walking the installed SDKs (tests/integration_surface.py), so an
admin method the next version adds is tried too.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

import pytest

from ai_guard import Policy
from ai_guard.errors import UnguardedPath

openai = pytest.importorskip("openai")
anthropic = pytest.importorskip("anthropic")
httpx = pytest.importorskip("httpx2")

from integration_surface import ADMIN, Wire, attempt, methods  # noqa: E402

POLICY = Policy(load_plugins=False)
CLEAN = "Bao cao thang 11"
_LOCAL = ("webhooks.unwrap", "webhooks.verify_signature")


def _clients(sdk: str) -> tuple[Any, Any, Wire]:
    wire = Wire()
    http = httpx.Client(transport=httpx.MockTransport(wire.handler))
    if sdk == "openai":
        from ai_guard.integrations.openai import guard_client

        raw = openai.OpenAI(
            api_key="sk-test", admin_api_key="sk-admin-test", base_url="http://fake.local/v1",
            max_retries=0, http_client=http,
        )  # fmt: skip
        return guard_client(raw, policy=POLICY), raw, wire
    from ai_guard.integrations.anthropic import guard_client as guard_anthropic

    raw = anthropic.Anthropic(
        api_key="sk-test", base_url="http://fake.local", max_retries=0, http_client=http
    )
    return guard_anthropic(raw, policy=POLICY), raw, wire


@pytest.mark.parametrize("kept", [False, True], ids=["guarded", "kept_client"])
@pytest.mark.parametrize("sdk", ["openai", "anthropic"])
def test_no_write_to_the_administration_reaches_the_wire(sdk: str, kept: bool) -> None:
    guarded, raw, wire = _clients(sdk)
    root = raw if kept else guarded
    tried = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for path, fn in methods(raw, namespaces=False):
            if not path.startswith(ADMIN[sdk]) or path in _LOCAL:
                continue
            tried += 1
            attempt(root, path, fn, CLEAN, wire)
    writes = sorted({f"{m} {u.split('fake.local')[1]}" for m, u, _ in wire.seen if m != "GET"})
    assert writes == []
    reads = [u for m, u, _ in wire.seen if m == "GET"]
    assert tried > 40
    assert reads  # listing keys, users, workspaces still goes


MINTS: dict[str, Callable[[Any], Any]] = {
    "openai admin key": lambda c: c.admin.organization.admin_api_keys.create(name="ci"),
    "openai service account": (
        lambda c: c.admin.organization.projects.service_accounts.create("proj_1", name="bot")
    ),
    "openai invite": (
        lambda c: c.admin.organization.invites.create(email="a@example.com", role="owner")
    ),
    "openai webhook secret": lambda c: c.webhooks.rotate_secret("we_1"),
    "anthropic service account": (lambda c: c.organization.service_accounts.create(name="bot")),
    "anthropic invite": (
        lambda c: c.organization.invites.create(email="a@example.com", role="admin")
    ),
    "anthropic tunnel token": lambda c: c.beta.tunnels.rotate_token("tun_1"),
}


@pytest.mark.parametrize("kept", [False, True], ids=["guarded", "kept_client"])
@pytest.mark.parametrize("mint", list(MINTS.values()), ids=list(MINTS))
def test_a_credential_or_an_access_is_never_minted_through_the_guard(
    mint: Callable[[Any], Any], kept: bool
) -> None:
    sdk = "openai" if mint in list(MINTS.values())[:4] else "anthropic"
    guarded, raw, wire = _clients(sdk)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(UnguardedPath) as caught:
            mint(raw if kept else guarded)
    assert caught.value.reason == "admin"
    vi, en = caught.value.said
    assert "ai-guard" in vi
    assert "quyền" in vi
    assert "who may call" in en
    assert wire.seen == []


def test_reading_the_administration_still_goes() -> None:
    guarded, _, wire = _clients("openai")
    guarded.admin.organization.admin_api_keys.list()
    guarded.admin.organization.users.list()
    assert [m for m, _, _ in wire.seen] == ["GET", "GET"]


@pytest.mark.parametrize("kept", [False, True], ids=["guarded", "kept_client"])
@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.live.create(session={"type": "realtime"}, transport={"type": "webrtc"}),
        lambda c: c.live.sessions.accept("rtc_1", session={"type": "realtime"}),
        lambda c: c.live.sessions.fork("rtc_1", transport={"type": "webrtc"}),
        lambda c: c.live.sessions.refer("rtc_1", target_uri="sip:desk@example.com"),
    ],
    ids=["create", "accept", "fork", "refer"],
)
def test_a_live_webrtc_session_is_refused(call: Callable[[Any], Any], kept: bool) -> None:
    guarded, raw, wire = _clients("openai")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(UnguardedPath) as caught:
            call(raw if kept else guarded)
    assert caught.value.reason == "websocket"
    assert wire.seen == []


def test_ending_a_live_call_still_goes() -> None:
    guarded, _, wire = _clients("openai")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        guarded.live.sessions.hangup("rtc_1")
        guarded.live.sessions.reject("rtc_1", status_code=486)
    assert len(wire.seen) == 2
