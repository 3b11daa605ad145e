"""Requests that mint a credential or open a media session for a connection the guard never
sees (gw16).

The guard refuses the SDK methods that open a WebSocket (the net under the HTTP client
cannot see one). On main the requests that hand such a connection to someone else went out:
``realtime.client_secrets.create`` (an ephemeral key a browser uses to talk to the realtime
API directly), ``beta.realtime.sessions.create`` and ``transcription_sessions.create``,
``realtime.calls.accept`` (a SIP phone call answered by the model), ChatKit's
``sessions.create`` (a client secret for a chat widget), Gemini's ``auth_tokens.create``
(an ephemeral token for the Live API). Everything said in those sessions bypasses the guard:
each is now refused by the net (reason ``websocket``, both languages), on the guarded client
and the client the app kept. Ending a call (``hangup``, ``reject``) still goes.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

import pytest

from ai_guard import Policy
from ai_guard.errors import UnguardedPath

openai = pytest.importorskip("openai")
httpx = pytest.importorskip("httpx2")

from integration_surface import Wire  # noqa: E402

POLICY = Policy(load_plugins=False)

MINTS: dict[str, Callable[[Any], Any]] = {
    "realtime.client_secrets": lambda c: c.realtime.client_secrets.create(),
    "beta.realtime.sessions": lambda c: c.beta.realtime.sessions.create(model="gpt-realtime"),
    "beta.realtime.transcription_sessions": (
        lambda c: c.beta.realtime.transcription_sessions.create()
    ),
    "realtime.calls.accept": (
        lambda c: c.realtime.calls.accept("rtc_1", type="realtime", model="gpt-realtime")
    ),
    "chatkit.sessions": (
        lambda c: c.beta.chatkit.sessions.create(user="nguoi-dung-1", workflow={"id": "wf_1"})
    ),
}


def _quiet(call: Callable[[Any], Any], client: Any) -> Any:
    """The call, without the SDK's deprecation and experimental warnings."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return call(client)


def _clients() -> tuple[Any, Any, Wire]:
    from ai_guard.integrations.openai import guard_client

    wire = Wire()
    raw = openai.OpenAI(
        api_key="sk-test", base_url="http://fake.local/v1", max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(wire.handler)),
    )  # fmt: skip
    return guard_client(raw, policy=POLICY), raw, wire


@pytest.mark.parametrize("kept", [False, True], ids=["guarded", "kept_client"])
@pytest.mark.parametrize("mint", list(MINTS.values()), ids=list(MINTS))
def test_a_session_for_a_connection_the_guard_cannot_see_is_refused(
    mint: Callable[[Any], Any], kept: bool
) -> None:
    guarded, raw, wire = _clients()
    with pytest.raises(UnguardedPath) as caught:
        _quiet(mint, raw if kept else guarded)
    assert caught.value.reason == "websocket"
    vi, en = caught.value.said
    assert "ai-guard" in vi
    assert "never sees" in en
    assert wire.seen == []


def test_ending_a_call_still_goes() -> None:
    guarded, _, wire = _clients()
    guarded.realtime.calls.hangup("rtc_1")
    guarded.realtime.calls.reject("rtc_1")
    assert len(wire.seen) == 2


def test_gemini_ephemeral_tokens_are_refused() -> None:
    pytest.importorskip("google.genai")
    from ai_guard.integrations.gemini import guard_client
    from integration_surface import gemini_client

    wire = Wire()
    guarded = guard_client(gemini_client(wire), policy=POLICY)
    with pytest.raises(UnguardedPath) as caught:
        _quiet(lambda c: c.auth_tokens.create(config={"uses": 1}), guarded)
    assert caught.value.reason == "websocket"
    assert wire.seen == []
