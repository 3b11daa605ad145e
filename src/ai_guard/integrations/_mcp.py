"""Remote MCP servers the AI service connects to itself: refused unless the agency names them.

A request may give the model tools on an MCP server that the *service* calls on the user's
behalf: OpenAI's ``tools=[{"type": "mcp", "server_url": ...}]`` (Responses; a managed
agent's ``transport``; a ``connector_id`` such as Gmail, a ``tunnel_id``), Anthropic's
``mcp_servers=[{"type": "url", "url": ...}]`` (messages, managed agents), Gemini's
``Tool(mcp_servers=[McpServer(streamable_http_transport=...)])`` and its interactions'
``{"type": "mcp_server", "url": ...}``. The service then sends the model's tool calls to
that server and gives the model what it answers: content that never passes the guard, in
either direction. So such a request is refused (reason ``mcp``, both languages, naming the
field and the server's host) unless :class:`RemoteServers` lists the server
(``guard_client(..., allow_mcp_servers=[...])``, ``[gateway] allow_mcp_servers``): an
agency's own server, say. A connector (the service reads a mailbox, a calendar, a drive)
and a server started as a process in the service's environment (``stdio``) have no address
to list: always refused.

A listed server is still judged, and every field of its entry is read like any text
(``server_label``, ``allowed_tools``, ``headers`` ...):

- its tools may be called without the application approving each call only when the agency
  says so (``allow_mcp_without_approval``): OpenAI's ``require_approval`` must be absent
  (the service asks by default), ``"always"``, or a filter with no ``never`` part; a server
  of an API with no approval step (Anthropic, Gemini, an OpenAI managed agent's) needs the
  opt-in;
- a credential handed to the service for it (``authorization``, ``authorization_token``, a
  header named like one: ``Authorization``, ``X-Api-Key``, a cookie) is a key leaving for
  the service, which may call the server with it whenever it likes: refused unless the
  policy lets keys through (``actions.API_SECRET``, ``disabled_detectors``, or the value in
  ``allow_values`` / ``allow_patterns``, acknowledged as the policy requires); a key the
  check finds is blocked as anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ai_guard.errors import UnguardedPath
from ai_guard.prompt.policy import Policy

__all__ = [
    "REFUSE_ALL",
    "SERVER_LISTS",
    "RemoteServers",
    "credential_named",
    "judge_server",
    "keys_let_through",
    "server_entry",
]

#: a tool entry's ``type`` that configures a remote MCP server: OpenAI (``mcp``), Gemini's
#: interactions (``mcp_server``)
_TYPES = frozenset({"mcp", "mcp_server"})
#: keys that make a ``type: mcp`` mapping a server's configuration; a ``tool_choice`` naming
#: one of a server's tools holds only ``type``, ``server_label`` and ``name``
_CONFIG_KEYS = frozenset(
    {
        "server_url", "url", "connector_id", "tunnel_id", "transport", "headers",
        "authorization", "require_approval", "allowed_tools", "server_description",
        "credential_id", "connection_origin", "request_metadata", "defer_loading",
    }
)  # fmt: skip
#: keys whose list holds servers (Anthropic's and Gemini's; Gemini's wire spelling too)
SERVER_LISTS = frozenset({"mcp_servers", "mcpServers"})
_TRANSPORTS = ("transport", "streamable_http_transport", "streamableHttpTransport")
#: fields that hold the server's credential
_CREDENTIALS = ("authorization", "authorization_token")
#: a header or variable name that says it carries a credential, as a part of the name or
#: glued ("GITHUB_TOKEN", "APIKEY", "DB_PASS", "DB_PWD", "GOOGLE_APPLICATION_CREDENTIALS",
#: "SENTRY_DSN", "JWT", Vietnamese "MAT_KHAU"; a connection string's name: it holds a password);
#: not the shell's own PWD and OLDPWD (a working directory)
_CREDENTIAL_HEADER = re.compile(
    r"auth|cookie|key|token|secret|session|passw|passphrase|(?<![a-z])pass(?![a-z])"
    r"|(?<!^)(?<!^old)pwd|pwd(?!$)|cred"
    r"|jwt|bearer|(?<![a-z])dsn(?![a-z])|mat[_-]?khau|database[_-]?url|conn(?:ection)?[_-]?str",
    re.IGNORECASE,
)
#: a host name safe to name in a message (never a value: no digits run that could be one)
_PLAIN_HOST = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,62}\.)*[a-z0-9-]{1,63}(?::[0-9]{1,5})?")


@dataclass(frozen=True)
class RemoteServers:
    """The agency's word on remote MCP servers: ``allowed`` holds server URLs (``https://
    mcp.agency.example.vn/``: that origin and every path below it) and OpenAI tunnel ids
    (``tunnel_...``, compared exactly); ``without_approval`` lets a listed server's tools
    run without the application approving each call."""

    allowed: tuple[str, ...] = ()
    without_approval: bool = False

    @classmethod
    def of(cls, allowed: Iterable[str] = (), without_approval: bool = False) -> RemoteServers:
        """Validated: each entry an ``https://`` (or ``http://``) URL with a host, no user
        name, query or fragment, or a tunnel id; raises ``ValueError`` naming the entry."""
        if isinstance(allowed, str):
            raise ValueError(allowed)  # one address given where a list is meant
        entries: list[str] = []
        for entry in allowed:
            if not isinstance(entry, str) or not entry.strip():
                raise ValueError(f"{entry!r}")
            entry = entry.strip()
            if "://" in entry:
                parts = urlsplit(entry)
                if (
                    parts.scheme.lower() not in ("https", "http")
                    or not parts.hostname
                    or parts.username is not None
                    or parts.query
                    or parts.fragment
                ):
                    raise ValueError(entry)
            elif not re.fullmatch(r"[A-Za-z][A-Za-z0-9_.-]{0,199}", entry):
                raise ValueError(entry)
            entries.append(entry)
        return cls(tuple(entries), without_approval)

    def allows(self, kind: str, where: str) -> bool:
        """Whether the server at ``where`` (a URL, or a tunnel id) is listed."""
        if kind == "tunnel":
            return where in self.allowed
        if kind != "url":
            return False
        try:
            parts = urlsplit(where.strip())
            port = parts.port
        except ValueError:
            return False
        if parts.username is not None or parts.password is not None or not parts.hostname:
            return False
        for entry in self.allowed:
            if "://" not in entry:
                continue
            listed = urlsplit(entry)
            if (
                listed.scheme.lower() == parts.scheme.lower()
                and listed.hostname == parts.hostname
                and listed.port == port
                and _under(parts.path, listed.path)
            ):
                return True
        return False


#: what the readers apply when nothing was allowed: every remote server refused
REFUSE_ALL = RemoteServers()


def _under(path: str, listed: str) -> bool:
    base = listed.rstrip("/")
    return path == base or path.startswith(base + "/") or (not base and path in ("", "/"))


def server_entry(value: Mapping[Any, Any]) -> bool:
    """Whether a mapping configures a remote MCP server by its ``type`` (OpenAI's and
    Gemini's interactions' tool entries)."""
    return value.get("type") in _TYPES and any(k in value for k in _CONFIG_KEYS)


def _locations(entry: Mapping[Any, Any]) -> Iterator[tuple[str, str]]:
    """(kind, where) for each way the entry names its server: ``url``, ``tunnel``,
    ``connector``, ``process`` (started in the service's environment)."""
    for key in ("server_url", "url"):
        value = entry.get(key)
        if isinstance(value, str) and value:
            yield "url", value
    for key in _TRANSPORTS:
        transport = entry.get(key)
        if not isinstance(transport, Mapping):
            continue
        if transport.get("type") == "stdio" or "command" in transport:
            yield "process", ""
        for inner in ("server_url", "url"):
            value = transport.get(inner)
            if isinstance(value, str) and value:
                yield "url", value
    for key, kind in (("tunnel_id", "tunnel"), ("connector_id", "connector")):
        value = entry.get(key)
        if isinstance(value, str) and value:
            yield kind, value


def _named(kind: str, where: str) -> str:
    """How a message names a server: its host when that is a plain host name, else ``?``."""
    return _host(where) if kind == "url" else kind


def _host(where: str) -> str:
    try:
        netloc = (urlsplit(where).netloc or "").rpartition("@")[2].lower()
    except ValueError:
        return "?"
    return netloc if _PLAIN_HOST.fullmatch(netloc) else "?"


def _asks_approval(entry: Mapping[Any, Any]) -> bool:
    """Whether the service waits for the application's approval before every tool call:
    OpenAI's Responses ``mcp`` tool asks unless ``require_approval`` says ``never`` (in
    whole or for some tools); no other API has such a step."""
    if entry.get("type") != "mcp" or any(k in entry for k in _TRANSPORTS):
        return False
    if "require_approval" not in entry:
        return True  # the service's default: every call waits for approval
    setting = entry["require_approval"]
    if setting == "always":
        return True
    if isinstance(setting, Mapping) and set(setting) <= {"always", "never"}:
        never = setting.get("never")
        return never is None or (isinstance(never, Mapping) and not any(never.values()))
    return False  # "never", null, or a form not known here: fail closed


def _credentials(entry: Mapping[Any, Any]) -> Iterator[tuple[str, str]]:
    """(field, value) for each credential the entry hands the service for its server."""
    holders = [entry, *(entry.get(k) for k in _TRANSPORTS)]
    for holder in holders:
        if not isinstance(holder, Mapping):
            continue
        for key in _CREDENTIALS:
            value = holder.get(key)
            if isinstance(value, str) and value.strip():
                yield key, value
        headers = holder.get("headers")
        if isinstance(headers, Mapping):
            for name, value in headers.items():
                if (
                    isinstance(name, str)
                    and _CREDENTIAL_HEADER.search(name)
                    and isinstance(value, str)
                    and value.strip()
                ):
                    yield f"headers.{name}", value


def credential_named(name: str) -> bool:
    """Whether a header or a variable named ``name`` holds a credential by its name
    (``Authorization``, ``X-Api-Key``, ``Cookie``, ``GITHUB_TOKEN``, ``DB_PASSWORD``)."""
    return _CREDENTIAL_HEADER.search(name) is not None


def keys_let_through(policy: Policy, value: str) -> bool:
    """Whether the policy lets this key leave: key protection waived as a whole, or the
    value (with or without ``Bearer``) among its allowed values or patterns."""
    for waiver in policy.waivers:
        if waiver.setting == "actions.API_SECRET" or (
            waiver.setting == "disabled_detectors" and waiver.detail == "vn.api_secret"
        ):
            return True
    token = value.strip()
    bare = re.sub(r"(?i)^bearer\s+", "", token)
    if token in policy.allow_values or bare in policy.allow_values:
        return True
    for pattern in policy.allow_patterns:
        try:
            if re.fullmatch(pattern, token) or re.fullmatch(pattern, bare):
                return True
        except re.error:  # pragma: no cover - the policy validated its patterns
            continue
    return False


def judge_server(
    entry: Any, path: str, remote: RemoteServers, policy: Policy
) -> UnguardedPath | None:
    """The refusal for one server entry (``None``: it may go, and is read as any text)."""
    from ai_guard.integrations._payload import refused

    if not isinstance(entry, Mapping):
        return refused("mcp_server", server="?", path=path, reason="mcp")
    found = list(_locations(entry))
    if not found:
        return refused("mcp_server", server="?", path=path, reason="mcp")
    for kind, where in found:
        if kind == "connector":
            name = where if re.fullmatch(r"[a-z][a-z0-9_]{0,63}", where) else "?"
            where = f"{path}.connector_id"
            return refused("mcp_connector", connector=name, path=where, reason="mcp")
        if kind == "process":
            return refused("mcp_process", path=f"{path}.transport", reason="mcp")
        if not remote.allows(kind, where):
            return refused("mcp_server", server=_named(kind, where), path=path, reason="mcp")
    if not remote.without_approval and not _asks_approval(entry):
        return refused("mcp_approval", server=_named(*found[0]), path=path, reason="mcp")
    for name, value in _credentials(entry):
        if not keys_let_through(policy, value):
            return refused("mcp_credential", field=name, path=f"{path}.{name}", reason="mcp")
    return None
