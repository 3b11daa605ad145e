"""``guard_client(client)`` for Google's Gemini SDK (``pip install 'ai-guard[gemini]'``).

    from google import genai
    from ai_guard.integrations.gemini import guard_client

    client = guard_client(genai.Client(api_key=...))
    r = client.models.generate_content(model="gemini-2.5-flash", contents="...")   # checked
    r.text                                                                      # restored

Every method of the client, at any depth, is guarded the same way as the OpenAI and Anthropic
clients' (see :mod:`ai_guard.integrations._proxy`): ``contents`` (plain strings, ``Content``
and ``Part`` objects, dicts, a chat's history), ``config`` (``system_instruction``, tools'
descriptions, ``cached_content`` ...), ``caches.create``, ``batches``, ``tunings``, the
images' prompts, ``aio`` (the async twin), are read and checked together; a blocked request
raises :class:`~ai_guard.integrations.PromptBlocked` before anything reaches the network;
otherwise the redacted request is sent and the answer comes back with the original values,
streamed answers too (a placeholder split across chunks included).

- ``chats``: a chat made by the guarded client sends every message through the guarded
  ``models``: each turn checks the whole history (the history given at creation too) with the
  new message, so one value has one placeholder in the turn, and the history keeps the
  original values (the answers are restored before the chat records them).
- ``inline_data`` (``Part.from_bytes``): media are refused (unless ``allow_media=True``), a
  document is classified and leaves only when ``classify_document`` says ``send``, a text's
  words are checked as a prompt's; ``file_data`` naming an uploaded file is refused unless
  ``allow_file_ids=True``, one by a URI the service would fetch (a video's page, a bucket) is
  refused.
- ``files.upload``: the file is read by the net as it goes (a document classified, a data file
  read, media refused); a file sent in more than one piece (over 8 MB) is refused.
- ``live`` (a WebSocket) and every other method that opens a connection of its own are
  refused, on the guarded client and on the client object the application kept.
- automatic function calling (Python functions among ``config.tools``): a chat runs it
  between guarded turns (the functions get the values, their results are checked); a
  redacted ``models.generate_content(_stream)`` call that would run it inside itself (the
  functions would get placeholders) is refused.

Under all of it, the net (:mod:`ai_guard.integrations._net`) checks every request of the SDK's
HTTP clients (sync and async, the newer ``interactions``/``agents`` resources too). Async
requests go through the SDK's httpx client even where aiohttp is installed (the net cannot
watch an aiohttp session); a client that authenticates through google-auth's own sessions
(mTLS with a client certificate) is refused: give it an ``httpx_client``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlsplit

from ai_guard.integrations import StreamRestorer
from ai_guard.integrations._payload import refused
from ai_guard.integrations._proxy import Sdk, SdkSpec, client_guard, restore_value
from ai_guard.models import PromptCheck

__all__ = ["guard_client"]


def _spec() -> SdkSpec:
    return SdkSpec(
        vendor="gemini",
        # the SDK has no base error its retries pass over (it retries an APIError by its
        # status code, which the guard's errors lack): a refusal is raised as it is
        error_base=Exception,
        local=("chats.create", "aio.chats.create"),
        streams={"models.generate_content_stream": _ChunkRestorer},
        transport=_transport,
        substitutes={"chats": _chats, "aio.chats": _chats},
        property_resources=True,
        redacted_call=_function_calling,
        vet_call=_own_connections,
    )


guard_client = client_guard(
    Sdk("google.genai", "gemini", "Gemini", __name__),
    _spec,
    """Return a guarded proxy of ``client`` (``genai.Client``; ``client.aio`` is guarded with
    it; typed as the client for your editor, but a proxy). The policy is
    :meth:`Policy.discover` when not given. ``allow_media=True`` lets images, sound and video
    through unchecked (no OCR or speech recognition runs here): only if your unit accepts
    that. ``allow_file_ids=True`` lets a request name a file uploaded earlier
    (``file_data.file_uri``, a batch's ``src``), which the guard never read: refused
    otherwise.""",
)


def _field(value: Any, name: str) -> Any:
    return value.get(name) if isinstance(value, Mapping) else getattr(value, name, None)


def _function_calling(path: str, arguments: Mapping[str, Any]) -> None:
    """Refuse a redacted ``models.generate_content(_stream)`` call the SDK would answer by
    calling the application's functions itself (automatic function calling: a Python
    function, or an MCP session, among ``config.tools``): inside one call they would receive
    the placeholders the model saw, not the values, and answer about ``[CCCD_1]``. A chat
    runs the calls itself between turns of the guarded models (it calls them with automatic
    function calling disabled): its functions get the restored values and their results are
    checked with the history, so it is never refused here. With it disabled, the answer's
    function calls come back with their arguments restored."""
    config = arguments.get("config")
    tools = _field(config, "tools") if config is not None else None
    if not isinstance(tools, (list, tuple)) or all(
        isinstance(tool, Mapping) or hasattr(tool, "model_dump") for tool in tools
    ):
        return  # declarations only: the application runs the calls itself
    settings = _field(config, "automatic_function_calling")
    most = _field(settings, "maximum_remote_calls") if settings is not None else None
    if settings is not None and (
        _field(settings, "disable") is True or (isinstance(most, int) and most <= 0)
    ):
        return
    raise refused(
        "function_calling",
        path=f"{path}: config.automatic_function_calling",
        reason="function_calling",
    )


def _own_connections(path: str, arguments: Mapping[str, Any]) -> None:
    """Refuse a call whose ``config.tools`` name an Agent Platform MCP server (an
    ``mcp_servers`` entry without ``streamable_http_transport``): the SDK opens that
    server's connection itself, on an HTTP client of its own that no net is under, and
    sends the model's tool calls there and their results back to the model, neither ever
    read here. A server the service itself connects to (``streamable_http_transport``) is
    a field of the request like any."""
    config = arguments.get("config")
    tools = _field(config, "tools") if config is not None else None
    for i, tool in enumerate(tools if isinstance(tools, (list, tuple)) else []):
        servers = _field(tool, "mcp_servers")
        for server in servers if isinstance(servers, (list, tuple)) else []:
            if _field(server, "streamable_http_transport") is None:
                raise refused(
                    "own_connection", path=f"{path}: config.tools[{i}].mcp_servers",
                    reason="websocket",
                )  # fmt: skip


def _transport(client: Any) -> tuple[list[Any], str | None]:
    """The SDK's two httpx clients (the newer resources share them), made to carry every
    request: async requests leave aiohttp for the httpx client, and a per-event-loop client
    builds its inner clients with the net's hook. Refused: a client that sends through
    google-auth's own sessions, which take no hook."""
    api = getattr(client, "_api_client", None)
    if api is None:
        return [], None
    name = type(client).__name__
    for auth in ("_use_google_auth_sync", "_use_google_auth_async"):
        uses = getattr(api, auth, None)
        if uses is None or uses():
            raise refused(
                "no_http_client", client=name, path="http_client", reason="unchecked_body"
            )
        # asked again on every request (the environment's GOOGLE_API_USE_CLIENT_CERTIFICATE,
        # a default client certificate appearing later): a Vertex client would then send
        # through google-auth's session, under no net. Settled now, as it was found
        setattr(api, auth, _never)
    api._use_aiohttp = _never  # aiohttp's sessions take no hook: the httpx client goes
    token = getattr(api, "_async_access_token", None)
    if callable(token):
        api._async_access_token = _token_for_requests_only(token)
    https = [getattr(api, "_httpx_client", None), getattr(api, "_async_httpx_client", None)]
    for http in https[1:]:
        kwargs = getattr(http, "_client_kwargs", None)
        if http is not None and isinstance(kwargs, dict):
            # one inner client per event loop, built from these arguments (the outer client
            # only builds requests): the inner ones get the outer's hooks, the net's included
            kwargs["event_hooks"] = http.event_hooks
            https.extend(getattr(http, "_loop_clients", {}).values())
    base = getattr(getattr(api, "_http_options", None), "base_url", None)
    host = urlsplit(base).hostname if isinstance(base, str) else None
    return https, host


def _never() -> bool:
    return False


#: the SDK's function that opens an Agent Platform MCP connection on an HTTP client it makes
#: for the call (google/genai/_mcp_utils.py): named in its refusal
_OWN_MCP_CONNECTION = "_connect_agent_platform_mcp"


def _token_for_requests_only(token: Callable[[], Any]) -> Callable[[], Any]:
    """The API client's access token as its own requests ask for it (code of the file that
    defines the token's method: google/genai/_api_client.py), refused to any other asker.
    The SDK's Agent Platform MCP connection (``_connect_agent_platform_mcp``) asks it before
    it connects: that connection runs the model's tool calls on an HTTP client no net is
    under, made anew for each call (no hook reaches it), and the client object the
    application kept would open it (``aio.models.generate_content``, an async chat, with an
    ``mcp_servers`` entry on Vertex). Refused there, as the guarded client refuses the call
    before it runs (reason ``websocket``, both languages); and so is any other connection of
    the SDK's own that would carry the token (a live session, a function a later SDK adds):
    the one asker allowed is named, not the ones refused. A token whose defining file cannot
    be told is handed to nobody. A client guarded twice keeps the first wrapping."""
    if getattr(token, "__qualname__", "").startswith(_token_for_requests_only.__qualname__ + "."):
        return token  # (already this wrapping: its file is this one, not the SDK's)
    code = getattr(getattr(token, "__func__", token), "__code__", None)
    home = code.co_filename if code is not None else None

    def ask() -> Any:
        caller = sys._getframe(1).f_code
        if home is None or caller.co_filename != home:
            name = caller.co_name
            if name == _OWN_MCP_CONNECTION:
                raise refused("own_connection", path=f"mcp_servers: {name}", reason="websocket")
            raise refused("websocket", path=f"_async_access_token: {name}", reason="websocket")
        return token()

    return ask


def _chat_modules(models: Any, raw: Any) -> Any:
    """What a chat made by the guarded client sends through: an object of the SDK's own
    ``Models`` class (a chat tests for it) whose ``generate_content`` and
    ``generate_content_stream`` are the guarded models' methods. Its API client is only the
    ``vertexai`` flag a chat reads: any other method of it fails, sending nothing."""
    vertexai = bool(getattr(getattr(raw, "_api_client", None), "vertexai", False))

    def init(self: Any) -> None:
        self._api_client = SimpleNamespace(vertexai=vertexai)
        self.generate_content = models.generate_content
        self.generate_content_stream = models.generate_content_stream

    return type("GuardedChatModels", (type(raw),), {"__init__": init})()


def _chats(chats: Any, parent: Any) -> Any:
    """``chats`` of the guarded client: the SDK's own class, on the guarded models."""
    make: Callable[..., Any] = type(chats)
    return make(modules=_chat_modules(parent.models, getattr(chats, "_modules", None)))


class _ChunkRestorer:
    """``generate_content_stream`` chunks: each candidate's text parts restored; the held-back
    tail of a candidate (a possible placeholder) is added to its text on the stream's last
    chunk. Every other string of a chunk is restored whole."""

    def __init__(self, check: PromptCheck) -> None:
        self.check = check
        self.candidates: dict[int, StreamRestorer] = {}

    def restore(self, chunk: Any, following: Any) -> Any:
        texts: dict[int, Any] = {}
        for position, candidate in enumerate(getattr(chunk, "candidates", None) or []):
            index = getattr(candidate, "index", None)
            index = position if index is None else index
            restorer = self.candidates.setdefault(index, StreamRestorer(self.check))
            for name, value in list(getattr(candidate, "__dict__", {}).items()):
                if name != "content":  # a finish message, citations, grounding
                    candidate.__dict__[name] = restore_value(value, self.check)
            content = getattr(candidate, "content", None)
            for part in getattr(content, "parts", None) or []:
                text = getattr(part, "text", None)
                if isinstance(text, str) and not getattr(part, "thought", False):
                    part.text = restorer.feed(text)
                    texts[index] = part
                else:
                    restore_value(part, self.check)
        for name, value in list(getattr(chunk, "__dict__", {}).items()):
            if name != "candidates":
                chunk.__dict__[name] = restore_value(value, self.check)
        if following is None:
            for position, candidate in enumerate(getattr(chunk, "candidates", None) or []):
                index = getattr(candidate, "index", None)
                index = position if index is None else index
                rest = self.candidates[index].flush()
                if rest:
                    self._append(candidate, texts.get(index), rest)
        return chunk

    @staticmethod
    def _append(candidate: Any, part: Any, rest: str) -> None:
        if part is not None:
            part.text += rest
            return
        import importlib

        types = importlib.import_module("google.genai.types")
        if candidate.content is None:
            candidate.content = types.Content(role="model", parts=[])
        if candidate.content.parts is None:
            candidate.content.parts = []
        candidate.content.parts.append(types.Part(text=rest))
