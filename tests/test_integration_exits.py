"""Every exit of a guarded SDK client, found by introspection of the installed SDKs.

tests/test_integration_surface.py sends a prompt through every resource method and watches
the wire. This file checks the shape of the guard over the whole public surface, so that a
method the next SDK version adds fails CI rather than leaks:

- every public callable reached through a guarded client (sync and async, at any depth, the
  client's own ``post``/``request``/``get`` included, properties and resources alike) is a
  guarded method, a refusal, a guarded copy (``with_options``/``copy``), or one of the few
  methods named as local (webhook signature checks), exactly;
- every method that opens a connection of its own (a WebSocket: realtime, live sessions, the
  Responses API over a socket; the net under the HTTP client never sees one) is refused,
  through the guarded client and on the client object the application kept;
- the client's raw HTTP verbs send nothing unchecked.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Iterator
from typing import Any

import pytest

from ai_guard import Policy
from ai_guard.errors import UnguardedPath
from ai_guard.integrations import PromptBlocked

openai = pytest.importorskip("openai")
anthropic = pytest.importorskip("anthropic")
httpx = pytest.importorskip("httpx2")

from ai_guard.integrations._proxy import GuardedMethod, GuardedObject, _Copier  # noqa: E402
from integration_surface import (  # noqa: E402
    BLOCK_TEXT,
    REDACT_TEXT,
    Wire,
    gemini_client,
    methods,
)

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

try:
    from google import genai
except ImportError:  # pragma: no cover - CI installs it with the test extra
    genai = None

POLICY = Policy(load_plugins=False)
SDKS = [
    "openai",
    "anthropic",
    pytest.param("gemini", marks=pytest.mark.skipif(genai is None, reason="google-genai")),
]


def _clients(
    sdk: str, *, asynchronous: bool = False, guard: bool = True, wire: Wire | None = None
) -> tuple[Any, Any, Wire]:
    wire = wire or Wire()
    if asynchronous:
        http: Any = httpx.AsyncClient(transport=httpx.MockTransport(wire.ahandler))
    else:
        http = httpx.Client(transport=httpx.MockTransport(wire.handler))
    if sdk in ("gemini", "vertex"):
        from ai_guard.integrations.gemini import (  # type: ignore[assignment]
            guard_client,
        )
        from integration_surface import vertex_client

        raw = gemini_client(wire) if sdk == "gemini" else vertex_client(wire)
        if asynchronous:
            raw = raw.aio
    elif sdk == "openai":
        from ai_guard.integrations.openai import guard_client

        cls = openai.AsyncOpenAI if asynchronous else openai.OpenAI
        raw = cls(
            api_key="sk-test", admin_api_key="sk-admin", base_url="http://fake.local/v1",
            max_retries=0, http_client=http,
        )  # fmt: skip
    else:
        from ai_guard.integrations.anthropic import (  # type: ignore[assignment]
            guard_client,
        )

        cls = anthropic.AsyncAnthropic if asynchronous else anthropic.Anthropic
        raw = cls(
            api_key="sk-test", webhook_key="whk", base_url="http://fake.local", max_retries=0,
            http_client=http,
        )  # fmt: skip
    return raw, guard_client(raw, policy=POLICY) if guard else None, wire


def _surface(raw: Any, guarded: Any) -> Iterator[tuple[str, Any, Any]]:
    """``(path, the raw attribute, what the guarded client gives for it)`` for every public
    attribute at any depth (a refusal is given as the :class:`UnguardedPath` raised)."""
    seen: set[int] = set()
    kept: list[Any] = []  # alive while walked: a property's fresh object must not reuse an id

    def walk(r: Any, g: Any, path: str, depth: int) -> Iterator[tuple[str, Any, Any]]:
        for name in sorted(dir(r)):
            if name.startswith("_"):
                continue
            try:
                value = getattr(r, name)
            except Exception:  # a resource that needs configuration the client lacks
                continue
            where = f"{path}{name}"
            try:
                through = getattr(g, name)
            except UnguardedPath as refusal:
                yield where, value, refusal
                continue
            yield where, value, through
            if isinstance(through, GuardedObject) and id(value) not in seen and depth < 10:
                seen.add(id(value))
                kept.append(value)
                yield from walk(value, through, f"{where}.", depth + 1)

    yield from walk(raw, guarded, "", 0)


def _local(sdk: str) -> tuple[str, ...]:
    if sdk == "openai":
        from ai_guard.integrations.openai import _spec
    elif sdk == "gemini":
        from ai_guard.integrations.gemini import _spec  # type: ignore[assignment]
    else:
        from ai_guard.integrations.anthropic import _spec  # type: ignore[assignment]
    return _spec().local


def _opens_a_socket(fn: Any) -> bool:
    """Read from the SDK's own source, not from the guard's rule: a method that builds a
    connection manager or speaks of a WebSocket."""
    try:
        source = inspect.getsource(fn)
    except (OSError, TypeError):
        return False
    return "ConnectionManager(" in source or "websocket" in source.lower()


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("sdk", SDKS)
def test_every_public_callable_is_guarded_refused_or_named_local(
    sdk: str, asynchronous: bool
) -> None:
    raw, guarded, _ = _clients(sdk, asynchronous=asynchronous)
    local = _local(sdk)
    kinds: dict[str, list[str]] = {"guarded": [], "refused": [], "local": [], "copier": []}
    passed: list[str] = []
    for path, value, through in _surface(raw, guarded):
        if isinstance(through, UnguardedPath):
            kinds["refused"].append(path)
        elif isinstance(through, GuardedMethod):
            kinds["guarded"].append(path)
        elif isinstance(through, _Copier):
            kinds["copier"].append(path)
        elif callable(through) and not isinstance(through, GuardedObject):
            # a local method: the SDK's own (Gemini's chats.create of the chats the guard
            # builds on the guarded models: the same function, another instance)
            same = through == value or (
                getattr(through, "__func__", None) is getattr(value, "__func__", 0)
            )
            if same and path in local:
                kinds["local"].append(path)
            else:
                passed.append(f"{path} ({type(through).__name__})")
    assert passed == [], "callables passed through unguarded"
    if sdk == "gemini":
        # every resource of google-genai, the newer interactions/agents ones too
        assert len(kinds["guarded"]) > (90 if asynchronous else 180), len(kinds["guarded"])
        for name in ("models.generate_content", "models.generate_content_stream",
                     "models.embed_content", "models.count_tokens", "caches.create",
                     "batches.create", "files.upload", "tunings.tune"):  # fmt: skip
            assert name in kinds["guarded"], name
        if not asynchronous:
            assert "aio.models.generate_content" in kinds["guarded"]
        assert kinds["copier"] == []
        assert sorted(kinds["local"]) == (["chats.create"] if asynchronous else sorted(local))
        return
    assert len(kinds["guarded"]) > 1500, len(kinds["guarded"])
    for verb in ("post", "get", "put", "patch", "delete", "request"):
        assert verb in kinds["guarded"], verb
    assert sorted(kinds["local"]) == sorted(local)  # each named one exists, and no other
    assert sorted(kinds["copier"]) == ["copy", "with_options"]


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("sdk", SDKS)
def test_every_method_that_opens_a_socket_is_refused_on_both_clients(
    sdk: str, asynchronous: bool
) -> None:
    """Through the guarded client, and on the client object the application kept (its
    methods would open the socket before any byte went through the HTTP client's net)."""
    plain, _, _ = _clients(sdk, asynchronous=asynchronous, guard=False)
    sockets = [path for path, fn in methods(plain) if _opens_a_socket(fn)]
    raw, guarded, wire = _clients(sdk, asynchronous=asynchronous)
    if sdk == "openai":
        assert {"realtime.connect", "responses.connect", "live.connect"} <= set(sockets)
    for path in sockets:
        for root in (guarded, raw):
            owner = root
            for part in path.split(".")[:-1]:
                owner = getattr(owner, part)
            with pytest.raises(UnguardedPath) as refusal:
                getattr(owner, path.rsplit(".", 1)[1])(model="gpt-realtime", session_id="s_1")
            assert refusal.value.reason == "websocket"
    if sdk == "gemini":
        where = "" if asynchronous else "aio."
        assert {f"{where}live.connect", f"{where}live.music.connect"} <= set(sockets), sockets
        assert wire.seen == []
        return  # google-genai's client makes no copies
    copy = raw.with_options(timeout=5)  # a copy the application makes of its own client
    for path in sockets:
        owner = copy
        for part in path.split(".")[:-1]:
            owner = getattr(owner, part)
        with pytest.raises(UnguardedPath):
            getattr(owner, path.rsplit(".", 1)[1])(model="gpt-realtime", session_id="s_1")
    assert wire.seen == []


def test_a_method_the_sdk_adds_beside_a_local_one_is_guarded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Local methods are named exactly: ``webhooks.unwrap_and_forward``, which a later SDK
    might add, is no ``webhooks.unwrap`` (the rule matched a name's start before)."""
    from openai.resources.webhooks import Webhooks

    def unwrap_and_forward(self: Any, payload: str) -> Any:
        return self._post("/forward", body={"payload": payload}, cast_to=object)

    monkeypatch.setattr(Webhooks, "unwrap_and_forward", unwrap_and_forward, raising=False)
    _, guarded, wire = _clients("openai")
    assert isinstance(guarded.webhooks.unwrap_and_forward, GuardedMethod)
    with pytest.raises(PromptBlocked):
        guarded.webhooks.unwrap_and_forward(BLOCK_TEXT)
    guarded.webhooks.unwrap_and_forward(REDACT_TEXT)
    assert len(wire.seen) == 1
    assert not wire.leaked()


@pytest.mark.parametrize("sdk", ["openai", "anthropic"])  # google-genai's client has none
@pytest.mark.parametrize("verb", ["post", "put", "patch", "delete", "get", "get_body", "request"])
def test_the_clients_raw_http_verbs_send_redacted_or_refuse(sdk: str, verb: str) -> None:
    """Through the guarded client a raw verb sends the redacted request (``request(cast_to,
    FinalRequestOptions)`` failed with an AttributeError: the options came back a dict) and
    a blocked one raises before the wire; the client the app kept refuses both."""
    raw, guarded, wire = _clients(sdk)
    models = importlib.import_module(f"{sdk}._models")

    def call(root: Any, text: str) -> None:
        if verb == "get":
            root.get("/x", cast_to=object, options={"params": {"q": text}})
        elif verb in ("request", "get_body"):
            options = models.FinalRequestOptions.construct(
                method="get" if verb == "get_body" else "post", url="/x", json_data={"q": text}
            )
            root.request(object, options)
        else:
            getattr(root, verb)("/x", cast_to=object, body={"q": text})

    call(guarded, REDACT_TEXT)
    assert len(wire.seen) == 1
    if verb != "get_body":  # both SDKs send no body with a GET
        assert "[CCCD_1]" in wire.seen[0][1] + wire.seen[0][2].decode()
    with pytest.raises(PromptBlocked):
        call(guarded, BLOCK_TEXT)
    for text in (REDACT_TEXT, BLOCK_TEXT):
        if verb == "get_body":
            call(raw, text)  # goes, without its body
        else:
            with pytest.raises((PromptBlocked, UnguardedPath)):
                call(raw, text)
    assert len(wire.seen) == (3 if verb == "get_body" else 1)
    assert not wire.leaked()


class _HeaderWire(Wire):
    """The wire, headers too."""

    def handler(self, request: Any) -> Any:
        self.headers = [*getattr(self, "headers", []), dict(request.headers)]
        return super().handler(request)


@pytest.mark.parametrize("sdk", ["openai", "anthropic"])  # Gemini's: test_integration_gemini
def test_an_identifier_shaped_value_in_a_path_or_a_header_is_checked_by_the_net(sdk: str) -> None:
    """The net passed over URL path segments and header values shaped like identifiers
    (``cccd-001085012345``): a CCCD so written went out in a path or a header of the client
    object the app kept, and in ``extra_headers`` (which the method layer does not read)."""
    raw, guarded, wire = _clients(sdk, wire=_HeaderWire())
    value = "cccd-001085012345"
    refused = [
        lambda: raw.get(f"/files/{value}", cast_to=object),
        lambda: raw.get("/models", cast_to=object, options={"headers": {"x-ref": value}}),
        lambda: raw.get("/models", cast_to=object, options={"headers": {"cookie": f"r={value}"}}),
    ]
    if sdk == "openai":
        refused.append(lambda: raw.files.retrieve(value))
        refused.append(lambda: guarded.models.list(extra_headers={"x-ref": value}))
    for call in refused:
        with pytest.raises((UnguardedPath, PromptBlocked)):
            call()
    assert wire.seen == []
    # the method layer reads options=: the header goes out redacted
    guarded.get("/models", cast_to=object, options={"headers": {"x-ref": value}})
    raw.get("/models/gpt-4o-mini", cast_to=object)  # an identifier that is one still goes
    assert len(wire.seen) == 2
    assert not wire.leaked()
    assert all("001085012345" not in str(h) for h in wire.headers)  # type: ignore[attr-defined]


@pytest.mark.parametrize("sdk", SDKS)
def test_a_guarded_client_is_never_copied_or_pickled_out_of_its_guard(sdk: str) -> None:
    """copy.copy of a guarded client recursed without end, and a copy or an unpickled client
    made from the target's state would be the client without its guard: each is refused, in
    both languages; the client's own copies (``with_options``/``copy``) stay the way."""
    import copy
    import pickle

    _, guarded, wire = _clients(sdk)
    method = guarded.models.generate_content if sdk == "gemini" else guarded.models.list
    for make in (copy.copy, copy.deepcopy, pickle.dumps):
        for target in (guarded, method):
            with pytest.raises(UnguardedPath) as refusal:
                make(target)
            vi, en = refusal.value.said
            assert "pickle" in en
            assert "bản sao" in vi
    assert wire.seen == []


@pytest.mark.parametrize("sdk", SDKS)
def test_the_http_client_under_the_net_cannot_be_swapped_through_the_guarded_client(
    sdk: str,
) -> None:
    """``guarded._client = httpx.Client()`` put an HTTP client without the net under the
    guarded client: what the method layer leaves to the net (files, bytes) then went out
    unread. A private attribute is refused when set, as when read, at any depth."""
    raw, guarded, wire = _clients(sdk)
    bare = httpx.Client(transport=httpx.MockTransport(wire.handler))
    names = ["_api_client"] if sdk == "gemini" else ["_client"]
    resource = guarded.models
    before = {name: getattr(raw, name) for name in names}
    for target in (guarded, resource):
        for name in (*names, "_anything"):
            with pytest.raises(UnguardedPath):
                setattr(target, name, bare)
    assert {name: getattr(raw, name) for name in names} == before
    guarded.max_retries = 0  # a public setting still goes to the client
