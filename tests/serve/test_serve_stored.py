"""The gateway and content the upstream holds, named by a reference (gw16).

On main a ``previous_response_id``, a stored ``conversation``, a code interpreter's
``container``, a stored ``prompt`` or an ``item_reference`` reached the upstream unchecked:
the model read content the gateway never saw. Each is now refused (400, ``ai_guard_refused``,
both languages, recorded) unless an answer of this gateway, to the same caller, made it
(whole or streamed), or ``[gateway] allow_stored_content = true``.
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
    CALLER,
    GOOD_TOKEN,
    POLICY,
    UPSTREAM_KEY,
    FakeUpstream,
    Served,
    gateway_config,
)

from ai_guard.serve.app import create_app
from ai_guard.serve.auth import Caller
from ai_guard.signoff.audit import AuditLog

OTHER_TOKEN = "agt_other_" + "t0ken"
OTHER = Caller(token_id="tok-2", unit="Phòng Tư pháp", person="le.van.cuong")


class TwoTokens:
    def verify(self, presented: str) -> Caller | None:
        return {GOOD_TOKEN: CALLER, OTHER_TOKEN: OTHER}.get(presented)


@contextlib.contextmanager
def gateway(tmp_path: Path, **config: Any) -> Iterator[tuple[str, FakeUpstream, AuditLog]]:
    mp = pytest.MonkeyPatch()
    mp.setenv("AIG_TEST_UPSTREAM_KEY", UPSTREAM_KEY)
    fake = FakeUpstream()
    upstream = Served(fake.app())
    audit = AuditLog(tmp_path / "audit.sqlite3")
    app = create_app(
        gateway_config(upstream.url, **config), POLICY, tokens=TwoTokens(), audit=audit
    )
    served = Served(app)
    try:
        yield served.url, fake, audit
    finally:
        served.stop()
        upstream.stop()
        audit.close()
        mp.undo()


def post(url: str, body: dict[str, Any], token: str = GOOD_TOKEN) -> httpx.Response:
    headers = {"authorization": f"Bearer {token}"}
    return httpx.post(f"{url}/v1/responses", json=body, headers=headers, timeout=30)


REFERENCES = {
    "previous_response_id": {"previous_response_id": "resp_elsewhere"},
    "conversation": {"conversation": {"id": "conv_elsewhere"}},
    "container": {"tools": [{"type": "code_interpreter", "container": "cntr_elsewhere"}]},
    "prompt": {"prompt": {"id": "pmpt_elsewhere", "variables": {"x": "y"}}},
    "item_reference": {"input": [{"type": "item_reference", "id": "msg_elsewhere"}]},
}


def test_references_to_content_made_elsewhere_are_refused(tmp_path: Path) -> None:
    with gateway(tmp_path) as (url, fake, audit):
        for name, extra in REFERENCES.items():
            answer = post(url, {"model": "gpt-test", "input": "Tóm tắt giúp tôi", **extra})
            assert answer.status_code == 400, name
            error = answer.json()["error"]
            assert error["code"] == "ai_guard_refused"
            assert "ai-guard" in error["ai_guard"]["vi"]
            assert "never read" in error["ai_guard"]["en"]
        assert fake.requests == []
        assert [r.outcome for r in audit.records()] == ["block"] * len(REFERENCES)


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
def test_what_this_gateway_made_for_a_caller_that_caller_may_name(
    tmp_path: Path, stream: bool
) -> None:
    with gateway(tmp_path) as (url, fake, _):
        first = post(url, {"model": "gpt-test", "input": "Xin chào", "stream": stream})
        assert first.status_code == 200
        follow = {"model": "gpt-test", "input": "Tiếp tục", "previous_response_id": "resp_1"}
        assert post(url, follow).status_code == 200
        item = {"model": "gpt-test", "input": [{"type": "item_reference", "id": "msg_1"}]}
        assert post(url, item).status_code == 200
        # another caller of the same gateway did not make it
        assert post(url, follow, token=OTHER_TOKEN).status_code == 400
        assert len(fake.requests) == 3


def test_stored_content_passes_when_the_agency_allows_it(tmp_path: Path) -> None:
    with gateway(tmp_path, allow_stored_content=True) as (url, fake, _):
        for name, extra in REFERENCES.items():
            answer = post(url, {"model": "gpt-test", "input": "Tóm tắt", **extra})
            assert answer.status_code == 200, name
        assert len(fake.requests) == len(REFERENCES)


# -- gw17: callers without a token, and a restart ------------------------------------------------


def test_callers_without_a_token_never_continue_stored_content(tmp_path: Path) -> None:
    """With ``require_tokens = false`` every caller without a token is the same unnamed
    caller: on main what one of them made, any other could continue (one owner, ``""``).
    Now nothing made for an unnamed caller is kept: a reference from one is refused (it
    needs a token, or ``allow_stored_content``); a caller with a token still continues."""
    with gateway(tmp_path, require_tokens=False) as (url, fake, audit):
        first = httpx.post(
            f"{url}/v1/responses", json={"model": "gpt-test", "input": "Xin chào"}, timeout=30
        )
        assert first.status_code == 200
        follow = {"model": "gpt-test", "input": "Tiếp tục", "previous_response_id": "resp_1"}
        other = httpx.post(f"{url}/v1/responses", json=follow, timeout=30)
        assert other.status_code == 400
        assert other.json()["error"]["code"] == "ai_guard_refused"
        assert len(fake.requests) == 1
        named = post(url, {"model": "gpt-test", "input": "Xin chào"})
        assert named.status_code == 200
        made = named.json()["id"]
        assert post(url, {**follow, "previous_response_id": made}).status_code == 200
        anonymous = httpx.post(
            f"{url}/v1/responses", json={**follow, "previous_response_id": made}, timeout=30
        )
        assert anonymous.status_code == 400
        assert [r.outcome for r in audit.records()][-1] == "block"


def test_a_restarted_gateway_refuses_what_the_first_made(tmp_path: Path) -> None:
    """The registry lives in one process, by policy (docs/gateway.md): a restart, or another
    instance, did not see the answer that made an id, so a reference to it is refused (fail
    closed) and the message says the content was not made "in this process"; several
    instances keep a caller on one instance (routing by token) or set
    ``allow_stored_content``."""
    with gateway(tmp_path) as (url, _, _):
        assert post(url, {"model": "gpt-test", "input": "Xin chào"}).status_code == 200
    follow = {"model": "gpt-test", "input": "Tiếp tục", "previous_response_id": "resp_1"}
    with gateway(tmp_path) as (url, fake, _):
        answer = post(url, follow)
        assert answer.status_code == 400
        said = answer.json()["error"]["ai_guard"]
        assert "in this process" in said["en"]
        assert "trong tiến trình này" in said["vi"]
        assert fake.requests == []


# -- gw18: the SDK nets' per-vendor rules, on the routes the gateway forwards -----------------


@pytest.mark.parametrize(
    ("route", "model", "extra", "reason"),
    [
        ("/v1/messages", "claude-test", {"agent": "agent_elsewhere"}, "never read"),
        ("/v1/messages", "claude-test",
         {"resources": [{"type": "memory_store", "memory_store_id": "memstore_elsewhere"}]},
         "never read"),
        ("/v1/messages", "claude-test",
         {"resources": [{"type": "github_repository", "url": "https://github.com/a/b"}]},
         "reads itself"),
        ("/v1/responses", "gpt-test", {"agent_id": "agent_elsewhere"}, "never read"),
        ("/v1/responses", "gpt-test", {"video": {"id": "video_elsewhere"}}, "never read"),
    ],
    ids=["anthropic_agent", "anthropic_memory_store", "anthropic_repository", "openai_agent_id",
         "openai_video"],
)  # fmt: skip
def test_a_saved_agent_or_a_store_named_on_a_forwarded_route_is_refused(
    tmp_path: Path, route: str, model: str, extra: dict[str, Any], reason: str
) -> None:
    """The rules the guarded SDK clients' nets apply per vendor (a saved agent, a memory
    store, a mounted repository, a stored video) hold on the gateway's routes of that kind:
    400 in both languages, recorded, nothing sent; ``agent`` means nothing stored on an
    OpenAI route (Gemini's and OpenAI's ``agent`` is no stored object)."""
    headers = {"authorization": f"Bearer {GOOD_TOKEN}", "anthropic-version": "2023-06-01"}
    body = {"model": model, "max_tokens": 10,
            "messages": [{"role": "user", "content": "Tóm tắt giúp tôi"}], **extra}  # fmt: skip
    if route == "/v1/responses":
        body = {"model": model, "input": "Tóm tắt giúp tôi", **extra}
    with gateway(tmp_path) as (url, fake, audit):
        answer = httpx.post(f"{url}{route}", json=body, headers=headers, timeout=30)
        assert answer.status_code == 400
        said = answer.json()["error"]["ai_guard"]
        assert said["code"] == "ai_guard_refused"
        assert "ai-guard" in said["vi"]
        assert reason in said["en"]
        assert fake.requests == []
        assert [r.outcome for r in audit.records()] == ["block"]
        plain = {"model": "gpt-test", "input": "Tóm tắt giúp tôi", "agent": "agent_1"}
        assert post(url, plain).status_code == 200
