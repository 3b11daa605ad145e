"""Every callable of the SDKs' surface was decided by someone: the list of the installed
versions' callables, and what the guard does with each, is written down
(tests/integration_decided.txt), and a callable a new SDK version adds fails here until it
is looked at and written down too.

The guard itself needs no list (every method is guarded the same way, the net reads every
body: tests/test_integration_exits.py), so an SDK upgrade breaks no application; what this
test adds is a person's look at a new surface (a new kind of file reference, a socket, a
stored object read by id), which no generic rule foresees. Decisions: ``guarded`` (the
method layer reads its arguments, the net its body: checked, redacted or refused),
``refused`` (a socket the net cannot see, or a private door), ``copier`` (``with_options``
/ ``copy``: a guarded copy), ``local`` (sends nothing: webhook signature checks).

To write the list again after looking at what changed:
``PYTHONPATH=src python tests/test_integration_decided.py --write``.
"""

from __future__ import annotations

import re
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("openai")
pytest.importorskip("anthropic")
pytest.importorskip("httpx2")

from ai_guard.errors import UnguardedPath
from ai_guard.integrations._proxy import GuardedMethod, GuardedObject, _Copier

LIST = Path(__file__).with_name("integration_decided.txt")
SDKS = ["openai", "anthropic", "gemini"]
_TWINS = ("with_raw_response.", "with_streaming_response.")


def _core(path: str) -> str:
    """One name for a method and its twins (raw, streaming; Gemini's ``aio``; async)."""
    for twin in _TWINS:
        path = path.replace(twin, "")
    return path.removeprefix("aio.")


def _decision(through: Any) -> str | None:
    if isinstance(through, UnguardedPath):
        return "refused"
    if isinstance(through, GuardedMethod):
        return "guarded"
    if isinstance(through, _Copier):
        return "copier"
    if isinstance(through, GuardedObject) or not callable(through):
        return None  # a resource (walked) or data
    return "local"


def surface(sdk: str) -> Iterator[tuple[str, str]]:
    """``(core path, decision)`` of every public callable of ``sdk``'s sync and async clients
    as the guard gives them."""
    from test_integration_exits import _clients, _surface

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for asynchronous in (False, True):
            raw, guarded, _ = _clients(sdk, asynchronous=asynchronous)
            for path, _value, through in _surface(raw, guarded):
                decision = _decision(through)
                if decision is not None:
                    yield _core(path), decision


def decided() -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for line in LIST.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            sdk, path, decision = line.split("\t")
            out[sdk, path] = decision
    return out


@pytest.mark.parametrize("sdk", SDKS)
def test_every_callable_of_the_installed_sdk_was_decided(sdk: str) -> None:
    if sdk == "gemini":
        pytest.importorskip("google.genai")
    written = decided()
    undecided: set[str] = set()
    changed: set[str] = set()
    for path, decision in surface(sdk):
        known = written.get((sdk, path))
        if known is None:
            undecided.add(f"{path} ({decision})")
        elif known != decision:
            changed.add(f"{path}: written {known}, now {decision}")
    assert not undecided, (
        f"{sdk}: callables no one decided (a new SDK version?): look at what each sends, "
        f"then write the list again (see the module's docstring): {sorted(undecided)[:40]}"
    )
    assert not changed, f"{sdk}: the guard's decision changed: {sorted(changed)[:40]}"


def test_the_vertex_client_has_the_decided_surface_of_the_gemini_client() -> None:
    """``genai.Client(vertexai=True)`` is the same class on other URLs: every callable it
    hands out (sync and ``aio``) is one the list decided for google-genai, with the same
    decision (a socket refused on one is refused on the other)."""
    pytest.importorskip("google.genai")
    written = decided()
    seen = dict(surface("vertex"))
    assert len(seen) > 150
    differ = {
        p: d
        for p, d in seen.items()
        if written.get(("gemini", p)) != d and VERTEX_ONLY.get(p.rpartition(".")[2]) != d
    }
    assert not differ, f"Vertex's callables undecided or decided otherwise: {sorted(differ)[:40]}"
    assert any(p.endswith(".sdk_configuration.security") for p in seen)  # still Vertex-only


#: callables only the Vertex client hands out, by their last name, and the decision: the
#: interactions/agents resources' ``sdk_configuration.security`` is there the provider of
#: the Vertex access token (google-auth's refresh, the app's own credentials): it sends no
#: request data, and is guarded like any callable
VERTEX_ONLY = {"security": "guarded"}


def test_the_list_names_the_surfaces_the_brief_names() -> None:
    """The newest surfaces are in the list, each with its decision (the installed versions:
    openai 3.63, anthropic 2.17, google-genai 3.6)."""
    written = decided()
    expected = {
        ("openai", "beta.chatkit.sessions.create"): "guarded",
        ("openai", "batches.create"): "guarded",
        ("openai", "files.create"): "guarded",
        ("openai", "uploads.parts.create"): "guarded",
        ("openai", "vector_stores.files.upload_and_poll"): "guarded",
        ("openai", "realtime.connect"): "refused",
        ("openai", "responses.connect"): "refused",
        ("openai", "responses.parse"): "guarded",
        ("openai", "responses.stream"): "guarded",
        ("openai", "chat.completions.parse"): "guarded",
        ("openai", "chat.completions.stream"): "guarded",
        ("openai", "with_options"): "copier",
        ("anthropic", "beta.messages.batches.create"): "guarded",
        ("anthropic", "beta.files.upload"): "guarded",
        ("anthropic", "messages.count_tokens"): "guarded",
        ("gemini", "caches.create"): "guarded",
        ("gemini", "tunings.tune"): "guarded",
        ("gemini", "files.upload"): "guarded",
        ("gemini", "live.connect"): "refused",
        ("gemini", "chats.create"): "local",
    }
    for key, decision in expected.items():
        assert written.get(key) == decision, key


def test_a_callable_a_new_version_adds_is_undecided(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the first test sees when the SDK grows a method: it is not in the list."""
    from openai.resources.files import Files

    def upload_folder(self: Any, folder: str) -> Any:
        return self._post("/files/folder", body={"folder": folder}, cast_to=object)

    monkeypatch.setattr(Files, "upload_folder", upload_folder, raising=False)
    written = decided()
    new = {path for path, _ in surface("openai") if ("openai", path) not in written}
    assert new == {"files.upload_folder"}


#: what in a module of the SDKs makes an HTTP client, a session or a socket of its own, or
#: sends outside the client's HTTP client (an ``httpx.Client(``, ``requests.get(``, an
#: ``urlopen(`` ...)
_OWN_CHANNEL = re.compile(
    r"\b(?:httpx2?|aiohttp|requests|urllib\.request|http\.client|websockets?)\."
    r"(?:Client|AsyncClient|ClientSession|get|post|put|patch|delete|request|urlopen|"
    r"HTTPS?Connection|connect)\(|\burlopen\("
)
#: each module of the installed SDKs that opens a channel of its own, and why the guard may
#: leave it (a person looked at each)
OWN_CHANNELS = {
    # the SDK's own default HTTP client: the client's ``_client``, under the net
    "openai/_httpx2.py": "the client's HTTP client (netted)",
    # workload identity: a token exchanged for the client's credentials, no request data
    "openai/auth/_workload.py": "credential exchange",
    "anthropic/lib/credentials/_providers.py": "credential exchange",
    "anthropic/lib/credentials/_workload.py": "credential exchange",
    # a comment naming websockets.connect(): connect methods are refused (test_integration_exits)
    "openai/lib/_websocket.py": "WebSocket (refused)",
    # a dict's .get() named ``requests``
    "openai/lib/responses_tool_runner.py": "no channel (a dict named requests)",
    # the interactions/agents API: built on the api client's own httpx clients (netted);
    # its own clients only when none is given, which google-genai never does
    "google/genai/_gaos/sdk.py": "the api client's httpx clients (netted)",
    # a tokenizer's model file fetched for count_tokens done locally: no request data
    "google/genai/_local_tokenizer_loader.py": "a tokenizer download",
    # Agent Platform MCP servers: refused before the call runs (gemini's vet_call)
    "google/genai/_mcp_utils.py": "Agent Platform MCP (refused)",
}


def own_channels() -> set[str]:
    """The modules of the installed SDKs that open a channel of their own."""
    import importlib

    found: set[str] = set()
    for package in ("openai", "anthropic", "google.genai"):
        try:
            module = importlib.import_module(package)
        except ImportError:
            continue
        root = Path(module.__file__ or "").parent
        base = root.parents[package.count(".")]
        for source in root.rglob("*.py"):
            if {"tests", "test"} & set(source.relative_to(root).parts):
                continue  # the SDK's own test suite, shipped with it: never imported
            if _OWN_CHANNEL.search(source.read_text(encoding="utf-8", errors="replace")):
                found.add(source.relative_to(base).as_posix())
    return found


def test_every_channel_an_sdk_opens_of_its_own_was_looked_at() -> None:
    """The net is under the client's HTTP client; a module that opens another (an HTTP
    client, a session, a socket) sends where the net cannot see. Each such module of the
    installed versions is written in :data:`OWN_CHANNELS` with why the guard may leave it
    (or where it refuses it); a module a new SDK version adds fails here until someone
    looks at it (gw18 found ``google/genai/_mcp_utils.py`` this way)."""
    pytest.importorskip("google.genai")
    found = own_channels()
    assert found - OWN_CHANNELS.keys() == set(), "a new channel of the SDK's own: look at it"
    assert "google/genai/_mcp_utils.py" in found  # the scan reads the installed sources


def write() -> None:  # pragma: no cover - run by hand after a look at a new SDK version
    import importlib.metadata as md

    lines = [
        "# Every public callable of the SDKs' clients and the guard's decision (sync and async,",
        "# raw and streaming twins under one name). Written by tests/test_integration_decided.py",
        "# --write after a person looked at what each new one sends. Versions: "
        + ", ".join(f"{d} {md.version(d)}" for d in ("openai", "anthropic", "google-genai")),
    ]
    for sdk in SDKS:
        seen = dict(surface(sdk))
        lines += [f"{sdk}\t{path}\t{seen[path]}" for path in sorted(seen)]
    LIST.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover
    sys.path.insert(0, str(Path(__file__).parent))
    if sys.argv[1:] == ["--write"]:
        write()
