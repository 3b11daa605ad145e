"""google-genai's interactions and managed agents: what the agent reads or uses by itself.

gw20 found, on the Developer API and on Vertex alike (the same resources), that an
interaction or a trigger naming an environment made elsewhere (``environment="env_..."``,
``environment_id``, an environment copied ``from_environment``), the sources mounted into
an agent's environment that it fetches itself (a repository, a bucket, a skill registry),
a stored trigger run by id (``triggers.run``), and writes to the credentials stored for
agents and to webhooks (a signing secret minted, events sent out) all went out unjudged,
through the guarded client and the one the app kept. Now refused as the OpenAI and
Anthropic managed agents' are; inline content is read as any text.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from ai_guard import Policy
from ai_guard.errors import UnguardedPath

pytest.importorskip("google.genai")
httpx = pytest.importorskip("httpx2")

from ai_guard.integrations.gemini import guard_client  # noqa: E402
from integration_surface import Wire, gemini_client, vertex_client  # noqa: E402

POLICY = Policy(load_plugins=False)
AGENT = "antigravity-preview-05-2026"
CCCD = "001085012345"


class Made(Wire):
    """Answers as the service would: an environment, a trigger, an interaction, with ids."""

    def handler(self, request: Any) -> Any:
        self.seen.append((request.method, str(request.url), request.read()))
        path = request.url.path
        if path.endswith("/environments"):
            return httpx.Response(200, json={"id": "env_made_here", "mode": "default"})
        if path.endswith("/triggers"):
            return httpx.Response(200, json={"id": "trg_made_here", "schedule": "0 7 * * *"})
        return httpx.Response(200, json={"id": "v1_new", "status": "completed", "outputs": []})


def _clients(api: str, **options: Any) -> tuple[Any, Any, Made]:
    wire = Made()
    raw = (gemini_client if api == "developer" else vertex_client)(wire)
    return raw, guard_client(raw, policy=POLICY, **options), wire


def _interaction(**fields: Any) -> Any:
    return lambda root: root.interactions.create(agent=AGENT, input="Xin chào", **fields)


_REPO = {"type": "remote", "sources": [{"type": "repository", "source": "github.com/a/b"}]}
REFUSED = {
    "environment_by_id": (_interaction(environment="env_elsewhere"), "stored_reference"),
    "environment_id": (
        _interaction(environment={"type": "remote", "environment_id": "env_elsewhere"}),
        "stored_reference",
    ),
    "from_environment": (
        lambda root: root.environments.create_environment(from_environment="env_elsewhere"),
        "stored_reference",
    ),
    "repository": (_interaction(environment=_REPO), "document"),
    "bucket": (
        _interaction(environment={"type": "remote", "sources": [{"type": "gcs", "source":
                                                                  "gs://du-an/ho-so"}]}),
        "document",
    ),
    "skill_registry": (
        _interaction(environment={"type": "remote", "sources": [{"type": "skill_registry",
                                                                  "source": "skills/abc"}]}),
        "document",
    ),
    "rag_store": (
        _interaction(tools=[{"type": "retrieval", "retrieval_types": ["rag_store"],
                             "rag_store_config": {"rag_resources": [{"rag_corpus": "c1"}]}}]),
        "stored_reference",
    ),
    "vertex_ai_search": (
        _interaction(tools=[{"type": "retrieval", "retrieval_types": ["vertex_ai_search"],
                             "vertex_ai_search_config": {"datastores": ["d1"]}}]),
        "stored_reference",
    ),
    "exa_key": (
        _interaction(tools=[{"type": "retrieval", "retrieval_types": ["exa_ai_search"],
                             "exa_ai_search_config": {"api_key": "exa-1234abcd"}}]),
        "credential",
    ),
    "stored_credential": (
        _interaction(environment={"type": "remote", "env": {"GH": {"credential": "cred_x"}}}),
        "stored_reference",
    ),
    "trigger_run": (lambda root: root.triggers.run(trigger_id="trg_elsewhere"), "stored_reference"),
    "webhook": (
        lambda root: root.webhooks.create(
            uri="https://hook.example.vn/x", subscribed_events=["interaction.completed"]
        ),
        "admin",
    ),
}  # fmt: skip


@pytest.mark.parametrize("api", ["developer", "vertex"])
@pytest.mark.parametrize("through", ["guarded", "raw"])
@pytest.mark.parametrize("name", sorted(REFUSED))
def test_what_the_agent_reads_or_uses_by_itself_is_refused(
    name: str, through: str, api: str
) -> None:
    raw, guarded, wire = _clients(api)
    call, reason = REFUSED[name]
    with pytest.raises(UnguardedPath) as caught:
        call(guarded if through == "guarded" else raw)
    assert caught.value.reason == reason
    assert [m for m, *_ in wire.seen if m != "GET"] == []


@pytest.mark.parametrize("api", ["developer", "vertex"])
def test_what_this_guard_made_or_the_agency_allows_goes(api: str) -> None:
    _, guarded, wire = _clients(api)
    made = guarded.environments.create_environment(mode="default")
    guarded.interactions.create(agent=AGENT, input="Xin chào", environment=made.id)
    trigger = guarded.triggers.create(
        interaction={"agent": AGENT, "input": "Tóm tắt tin tức"}, schedule="0 7 * * *",
        time_zone="Asia/Ho_Chi_Minh", environment_id=made.id,
    )  # fmt: skip
    guarded.triggers.run(trigger_id=trigger.id)
    assert len(wire.seen) == 4
    _, allowed, wire = _clients(api, allow_stored=True)
    allowed.interactions.create(agent=AGENT, input="Xin chào", environment="env_elsewhere")
    assert b"env_elsewhere" in wire.seen[-1][2]
    with pytest.raises(UnguardedPath, match="repository"):  # mounted: whatever allow_stored
        allowed.interactions.create(agent=AGENT, input="Xin chào", environment=_REPO)


@pytest.mark.parametrize("api", ["developer", "vertex"])
def test_inline_content_and_settings_named_environment_still_go(api: str) -> None:
    from google.genai import types

    raw, guarded, wire = _clients(api)
    source = {"type": "inline", "content": f"Ông Nguyễn Văn An, CCCD {CCCD}", "target": "a.txt"}
    inline = {"type": "remote", "sources": [source]}
    guarded.interactions.create(agent=AGENT, input="Đọc tệp a.txt", environment=inline)
    sent = json.dumps(json.loads(wire.seen[-1][2]), ensure_ascii=False)
    assert CCCD not in sent
    assert "[CCCD_1]" in sent
    with pytest.raises(UnguardedPath):  # the kept client: what it would have to redact
        raw.interactions.create(agent=AGENT, input="Đọc tệp a.txt", environment=inline)
    tool = types.Tool(computer_use=types.ComputerUse(environment="ENVIRONMENT_BROWSER"))
    config = types.GenerateContentConfig(tools=[tool])
    before = len(wire.seen)
    guarded.models.generate_content(model="gemini-2.5-flash", contents="Xin chào", config=config)
    assert len(wire.seen) == before + 1
    guarded.webhooks.list()  # reading the administration goes


def test_credentials_stored_for_agents_are_an_administration_write() -> None:
    """The net refuses a write to Gemini's ``/credentials`` (OAuth secrets, an environment
    variable's value kept for agents: a key handed to the service); reading goes."""
    from ai_guard.integrations._net import Net

    net = Net(
        POLICY, allow_media=False, error_base=Exception, vendor="gemini",
        destinations={"fake.local"},
    )  # fmt: skip
    body = json.dumps({"id": "c1", "type": "environment_variable", "value": "k-5f2c9a71e4"})
    for url in ("http://fake.local/v1beta/credentials", "http://fake.local/v1/credentials/c1"):
        request = httpx.Request("POST", url, content=body.encode(),
                                headers={"content-type": "application/json"})  # fmt: skip
        with pytest.raises(UnguardedPath) as caught:
            net.vet(request, request.read())
        assert caught.value.reason == "admin"
    net.vet(httpx.Request("GET", "http://fake.local/v1beta/credentials"), b"")
