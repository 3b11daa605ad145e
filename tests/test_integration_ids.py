"""Every id a request of the installed SDKs can carry, decided (gw19's sweep).

``tests/test_integration_decided.py`` fails on a method a new SDK version adds; a new
*parameter* of a known method slips past it: ``vault_ids`` (credentials an agent may use),
Anthropic's ``environment_id`` and a server-held ``thread`` continued by
``previous_message_id``, a shell tool's ``container_reference`` all named configuration or
content the service holds, made elsewhere, and went out unjudged. This test reads the
installed openai and anthropic SDKs' request types (``*_param.py``, ``*_params.py``) for
every field named ``*_id`` or ``*_ids`` and every type that configures an MCP server, and
fails when one is not written down here with the guard's decision; the decisions that the
readers apply (stored content, a file, an MCP server) are proved on :func:`read`, the
reader of the nets and the gateway. google-genai's request types name stored content by
resource names (``cachedContents/...``, ``files/...``), judged in ``_payload``; its MCP
servers are proved in ``tests/test_integration_mcp.py``.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from typing import Any

import pytest

from ai_guard import Policy
from ai_guard.errors import UnguardedPath
from ai_guard.integrations._payload import VENDOR_REFS, read

POLICY = Policy(load_plugins=False)

#: refused unless this guard made it (``stored_reference``; ``allow_stored`` lets it pass)
STORED = "stored"
#: a file the service holds (``file_reference``; ``allow_file_ids``)
FILE = "file"
#: an MCP server's address: judged by the MCP rule (``mcp``)
MCP = "mcp"
#: a list's filter or paging cursor, or a URL path's id: no body the model reads
QUERY = "query"
#: under a route the net refuses whole: the vendor's administration, vaults, uploads in
#: parts, WebSockets (realtime, live)
ROUTE = "route"
#: names an item of this request or of the answer it continues (a call, a tool use, an
#: event, a batch entry): no stored content the model reads by it
ECHO = "echo"
#: a setting naming no content: an attribution, a workspace, a cache diagnostic, an opaque
#: routing key the service documents as adding no history
SETTING = "setting"

DECIDED: dict[str, dict[str, str]] = {
    "openai": {
        "actor_ids": QUERY, "agent_id": STORED, "api_key_ids": QUERY,
        "approval_request_id": ECHO, "assistant_id": STORED, "call_id": ECHO,
        "caller_id": ECHO, "certificate_ids": ROUTE, "client_id": ROUTE,
        "comparison_response_id": SETTING, "connector_id": MCP, "container_id": STORED,
        "continuation_id": SETTING, "conversation_id": QUERY, "credential_id": STORED,
        "delegation_id": ROUTE, "environment_id": STORED, "environment_template_id": STORED,
        "eval_id": QUERY, "event_id": ROUTE, "external_id": ROUTE,
        "external_key_id": ROUTE, "field_id": ECHO, "file_id": FILE, "file_ids": FILE,
        "group_id": SETTING, "input_file_id": FILE, "item_id": ROUTE,
        "kms_project_id": ROUTE, "model_ids": ROUTE, "part_ids": ROUTE,
        "previous_item_id": ROUTE, "previous_response_id": STORED, "project_id": ROUTE,
        "project_ids": QUERY, "request_id": ECHO, "resource_ids": QUERY,
        "response_id": ROUTE, "role_id": ROUTE, "run_id": QUERY,
        "service_account_id": ROUTE, "session_id": STORED, "skill_id": STORED,
        "stream_id": ROUTE, "subagent_id": QUERY, "subscription_id": ROUTE,
        "tenant_id": ROUTE, "thread_id": STORED, "tool_call_id": ECHO, "tunnel_id": MCP,
        "turn_id": ECHO, "user_id": ROUTE, "user_ids": QUERY, "vault_id": ROUTE,
        "vault_ids": STORED, "vector_store_id": QUERY, "vector_store_ids": FILE,
        "workload_identity_pool_id": ROUTE, "workload_identity_provider_id": ROUTE,
    },
    "anthropic": {
        "account_id": ROUTE, "actor_ids": QUERY, "after_id": QUERY, "agent_id": QUERY,
        "agent_ids": QUERY, "anthropic_worker_id": ECHO, "api_key_id": QUERY,
        "api_key_ids": QUERY, "before_id": QUERY, "case_id": QUERY, "channel_id": ROUTE,
        "claude_tag_user_ids": QUERY, "client_id": ROUTE, "created_by_user_id": QUERY,
        "custom_id": ECHO, "custom_tool_use_id": ECHO, "deployment_id": QUERY,
        "deployment_ids": QUERY, "download_id": ECHO, "environment_id": STORED,
        "environment_ids": QUERY, "external_id": ROUTE, "external_key_id": ROUTE,
        "external_key_ids": ROUTE, "external_storage_id": ROUTE, "file_id": FILE,
        "issuer_id": ROUTE, "item_id": ECHO, "marketplace_id": ROUTE,
        "mcp_elicitation_id": ECHO, "memory_id": QUERY, "memory_store_id": STORED,
        "organization_id": QUERY, "organization_ids": QUERY, "owner_user_id": QUERY,
        "plugin_id": ROUTE, "previous_message_id": STORED, "rbac_group_ids": ROUTE,
        "reference_id": ROUTE, "scope_id": QUERY, "served_version_id": ROUTE,
        "service_account_id": ROUTE, "session_id": QUERY, "session_ids": STORED,
        "session_thread_id": ECHO, "skill_id": STORED, "slack_channel_id": ROUTE,
        "slack_channel_ids": QUERY, "slack_workspace_id": ROUTE, "tab_id": ECHO,
        "tenant_id": ROUTE, "tool_id": ECHO, "tool_use_id": ECHO, "user_id": SETTING,
        "user_ids": QUERY, "user_profile_id": SETTING, "user_profile_ids": QUERY,
        "vault_id": ROUTE, "vault_ids": STORED, "workspace_id": SETTING,
        "workspace_ids": QUERY,
    },
}  # fmt: skip

#: the request types that configure an MCP server (an address, a connector, a tunnel, a
#: transport, a list of servers, a toolset on a listed server), each judged by the MCP rule
#: where it names a server (tests/test_integration_mcp.py) or a tool of one already judged
MCP_TYPES: dict[str, frozenset[str]] = {
    "openai": frozenset({
        "agent_tool_param", "beta_response_input_item_param", "beta_response_input_param",
        "beta_response_tool_search_output_item_param",
        "beta_response_tool_search_output_item_param_param", "beta_tool_param",
        "mcp_transport_param", "persisted_agent_tool_param", "persisted_mcp_transport_param",
        "realtime_response_create_mcp_tool_param", "realtime_tools_config_param",
        "realtime_tools_config_union_param", "response_tool_search_output_item_param",
        "response_tool_search_output_item_param_param", "responses_delegation_config_param",
        "responses_delegation_update_config_param", "tool_param",
    }),
    "anthropic": frozenset({
        "agent_create_params", "agent_update_params", "bedrock_agent_create_params",
        "bedrock_agent_update_params", "beta_managed_agents_agent_with_overrides_params",
        "beta_managed_agents_bedrock_agent_with_overrides_params",
        "beta_managed_agents_bedrock_session_agent_update_param",
        "beta_managed_agents_mcp_toolset_params",
        "beta_managed_agents_session_agent_update_param",
        "beta_managed_agents_url_mcp_server_params", "beta_mcp_tool_listing_block_param",
        "beta_mcp_toolset_param", "beta_request_mcp_server_url_definition_param",
        "message_count_tokens_params", "message_create_params", "thread_create_params",
        "thread_send_params",
    }),
}  # fmt: skip

_FIELD = re.compile(r"^    ([a-z_]+_ids?):", re.MULTILINE)
_SERVER_FIELD = re.compile(
    r"^    (?:server_url|url|mcp_servers|mcp_server_name|connector_id|tunnel_id|transport):",
    re.MULTILINE,
)


def _types(sdk: str) -> list[Path]:
    spec = importlib.util.find_spec(sdk)
    if spec is None or spec.origin is None:
        pytest.skip(f"{sdk} is not installed")
    root = Path(spec.origin).parent / "types"
    return sorted(p for p in root.rglob("*.py") if p.name.endswith(("_param.py", "_params.py")))


@pytest.mark.parametrize("sdk", sorted(DECIDED))
def test_every_id_a_request_carries_is_decided(sdk: str) -> None:
    found: set[str] = set()
    for path in _types(sdk):
        found.update(_FIELD.findall(path.read_text(encoding="utf-8")))
    new, gone = sorted(found - set(DECIDED[sdk])), sorted(set(DECIDED[sdk]) - found)
    assert not new, (
        f"{sdk}: request fields the guard has not decided: {new}. Look at what each names "
        "(stored content or configuration the model would read? a file? an MCP server?), "
        "make the readers judge it (_payload: _STORED_KEYS, VENDOR_REFS, _FILE_KEYS; _mcp), "
        "then write it down here"
    )
    assert not gone, f"{sdk}: decided fields no longer in the SDK: {gone}"


@pytest.mark.parametrize("sdk", sorted(MCP_TYPES))
def test_every_request_type_that_configures_an_mcp_server_is_known(sdk: str) -> None:
    found = {
        path.stem
        for path in _types(sdk)
        if "mcp" in (text := path.read_text(encoding="utf-8")).lower()
        and _SERVER_FIELD.search(text)
    }
    assert found == MCP_TYPES[sdk], (
        f"{sdk}: new {sorted(found - MCP_TYPES[sdk])}, gone {sorted(MCP_TYPES[sdk] - found)}: "
        "see how the new type names a server, prove the MCP rule refuses it "
        "(tests/test_integration_mcp.py), then write it down here"
    )


#: where a field is read as the API writes it (the rules judge some by their object's type)
_CONTEXT: dict[str, dict[str, Any]] = {
    "skill_id": {"type": "custom"},
    "previous_message_id": {"type": "continue"},
    "container_id": {"type": "container_reference"},
    "connector_id": {"type": "mcp", "server_label": "x"},
    "tunnel_id": {"type": "mcp", "server_label": "x"},
}
_REASONS = {STORED: "stored_reference", FILE: "file_reference", MCP: "mcp"}


@pytest.mark.parametrize(
    ("sdk", "name"),
    [(sdk, name) for sdk, names in DECIDED.items() for name, how in names.items()
     if how in _REASONS],
)  # fmt: skip
def test_what_is_decided_refused_is_refused_by_the_reader(sdk: str, name: str) -> None:
    value: Any = "x_elsewhere"
    if name.endswith("_ids"):
        value = ["x_elsewhere"]
    body = {"tools": [{**_CONTEXT.get(name, {}), name: value}]}
    with pytest.raises(UnguardedPath) as caught:
        read(body, policy=POLICY, vendor=VENDOR_REFS[sdk])
    assert caught.value.reason == _REASONS[DECIDED[sdk][name]]
    if DECIDED[sdk][name] == STORED:  # the id this guard made, or the opt-in, lets it pass
        read(body, policy=POLICY, vendor=VENDOR_REFS[sdk], vouched=lambda ref: True)
        read(body, policy=POLICY, vendor=VENDOR_REFS[sdk], allow_stored=True)
