"""Walk an SDK client's whole public surface and try to send a secret through every method.

Shared by tests/test_integration_surface.py. The methods are found by introspection of the
installed SDK (resources are the client's ``cached_property`` attributes, at any depth, with
their ``with_raw_response`` / ``with_streaming_response`` twins), never by a hand list, so a
method the next SDK version adds is tried too.

Each method is called with every required parameter filled from its name and annotation, and
with ``extra_body`` / ``extra_query`` holding the text, so that every method puts the text on
the wire if the guard lets it. A fake transport records what reaches the wire and answers
``{}``; whatever the SDK does with that answer afterwards does not matter here.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import gc
import inspect
import json
import signal
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

import httpx2 as httpx

from ai_guard.errors import UnguardedPath
from ai_guard.integrations import PromptBlocked

CCCD = "001085012345"
REDACT_TEXT = f"Hồ sơ của ông Nguyễn Văn An, số CCCD {CCCD}, cần trả lời trước ngày 15."
BLOCK_TEXT = "TỐI MẬT\n" + REDACT_TEXT
MARKERS = (CCCD, "Nguyễn Văn An", "TỐI MẬT")
_NAMESPACES = ("with_raw_response", "with_streaming_response")
#: the namespaces that administer who may call the vendor (and where a credential is minted
#: or kept): every write there is refused whatever its text (tests/test_integration_admin.py)
ADMIN = {
    "openai": ("admin.", "webhooks.", "beta.agents.vaults."),
    "anthropic": (
        "organization.", "beta.organization.", "beta.tunnels.", "beta.vaults.",
        "user_profiles.", "beta.user_profiles.",
    ),
}  # fmt: skip


def administration(sdk: str, paths: list[str]) -> list[str]:
    """The paths among ``paths`` that administer ``sdk``'s vendor (:data:`ADMIN`)."""
    return [p for p in paths if p.startswith(ADMIN.get(sdk, ()))]


@dataclass
class Wire:
    """Every request that reached the transport: method, decoded URL, body bytes."""

    seen: list[tuple[str, str, bytes]] = field(default_factory=list)

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.seen.append((request.method, unquote(str(request.url)), request.read()))
        return httpx.Response(200, json={}, headers={"content-type": "application/json"})

    async def ahandler(self, request: httpx.Request) -> httpx.Response:
        return self.handler(request)

    def leaked(self) -> bool:
        """Whether the number, the name or the stamp reached the wire, in any encoding the
        SDK uses (JSON escapes, percent-encoding, multipart bytes)."""
        return any(
            marker in url or marker.encode() in body or _json_has(body, marker)
            for _, url, body in self.seen
            for marker in MARKERS
        )


def gemini_client(wire: Wire) -> Any:
    """A ``google.genai.Client`` whose two httpx clients (sync and async) send to ``wire``."""
    from google import genai
    from google.genai import types

    options = types.HttpOptions(
        base_url="http://fake.local",
        httpx_client=httpx.Client(transport=httpx.MockTransport(wire.handler)),
        httpx_async_client=httpx.AsyncClient(transport=httpx.MockTransport(wire.ahandler)),
    )
    return genai.Client(api_key="k-test", http_options=options)


def vertex_client(wire: Wire) -> Any:
    """``google.genai.Client(vertexai=True, ...)``: Vertex AI (Gemini Enterprise Agent
    Platform) by project and location, credentials that never refresh (no network), its two
    httpx clients sending to ``wire``."""
    from google import genai
    from google.auth.credentials import Credentials
    from google.genai import types

    class _Fixed(Credentials):  # type: ignore[misc]
        """A token that is always valid: the SDK asks google-auth for nothing."""

        def __init__(self) -> None:
            super().__init__()
            self.token = "ya29.test-token"

        def refresh(self, request: Any) -> None:  # pragma: no cover - never expires
            raise AssertionError("no refresh in tests")

        @property
        def expired(self) -> bool:
            return False

        @property
        def valid(self) -> bool:
            return True

    options = types.HttpOptions(
        httpx_client=httpx.Client(transport=httpx.MockTransport(wire.handler)),
        httpx_async_client=httpx.AsyncClient(transport=httpx.MockTransport(wire.ahandler)),
    )
    return genai.Client(
        vertexai=True, project="p-test", location="us-central1", credentials=_Fixed(),
        http_options=options,
    )  # fmt: skip


def _json_has(body: bytes, needle: str) -> bool:
    try:
        return needle in json.dumps(json.loads(body), ensure_ascii=False)
    except ValueError:
        return False


def methods(client: Any, *, namespaces: bool = True) -> Iterator[tuple[str, Callable[..., Any]]]:
    """``(dotted path, bound method)`` for every public method of every resource, and (with
    ``namespaces``) of each resource's ``with_raw_response`` / ``with_streaming_response``."""
    yield from _walk(client, "", set(), namespaces)


def _walk(
    obj: Any, path: str, seen: set[int], namespaces: bool
) -> Iterator[tuple[str, Callable[..., Any]]]:
    cls = type(obj)
    inside = path.endswith(tuple(f"{ns}." for ns in _NAMESPACES))
    for name in sorted(dir(obj)):
        if name.startswith("_") or (not path and name in ("with_options", "copy")):
            continue
        attr = inspect.getattr_static(cls, name, None)
        if isinstance(attr, type):
            continue
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # Gemini's "experimental" resources
                value = getattr(obj, name)
        except Exception:  # a resource that needs configuration we lack
            continue
        if isinstance(attr, property) and not _resource(value, cls):
            continue  # a data property (headers, a flag); Gemini's resources are properties
        if isinstance(attr, (functools.cached_property, property)):
            # a namespace's own methods only: its sub-namespaces repeat the resources' ones
            wanted = not inside and (namespaces or name not in _NAMESPACES)
            if wanted and id(value) not in seen:
                seen.add(id(value))
                _KEPT.append(value)  # alive: a property's fresh object must not reuse an id
                yield from _walk(value, f"{path}{name}.", seen, namespaces)
        elif path and callable(value) and not isinstance(value, type):
            yield f"{path}{name}", value


#: the objects walked, kept alive (ids in ``seen`` stay theirs)
_KEPT: list[Any] = []


def _resource(value: Any, owner: type) -> bool:
    """Whether a property's value is one of the SDK's own objects (a resource)."""
    package = owner.__module__.split(".")[0]
    module = type(value).__module__
    return not isinstance(value, (str, bytes, dict, list, tuple, bool, int, float)) and (
        module == package or module.startswith(package + ".")
    )


def resolve(root: Any, path: str) -> Any:
    """The attribute at ``path`` read through ``root`` (a guarded client or the raw one)."""
    obj = root
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj


def arguments(fn: Callable[..., Any], text: str) -> tuple[list[Any], dict[str, Any]]:
    """Arguments for ``fn``: every required parameter filled; the text in extra_body/query."""
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return [text], {}
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for p in sig.parameters.values():
        if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            continue
        if p.name == "extra_body":
            kwargs["extra_body"] = {"note": text}
        elif p.name == "extra_query":
            kwargs["extra_query"] = {"note": text}
        elif p.default is inspect.Parameter.empty:
            value = _value_for(p.name, str(p.annotation), text)
            if p.kind is p.POSITIONAL_ONLY:
                args.append(value)
            else:
                kwargs[p.name] = value
    return args, kwargs


def _value_for(name: str, annotation: str, text: str) -> Any:
    if name.endswith("_id") or name in ("model", "id", "role", "type"):
        return "id_1"  # an identifier; the text rides in every other argument
    if "FileTypes" in annotation or name in ("file", "files", "image", "audio", "data"):
        return ("ho_so.txt", text.encode(), "text/plain")
    if name == "messages":
        return [{"role": "user", "content": text}]
    if name in ("requests",):
        return [{"custom_id": "r1", "params": {"messages": [{"role": "user", "content": text}]}}]
    if "bool" in annotation and "str" not in annotation:
        return False
    if ("int" in annotation or "float" in annotation) and "str" not in annotation:
        return 1
    if annotation.startswith(("Iterable", "SequenceNotStr", "List", "list")):
        return [text]
    if annotation.startswith(("Dict", "dict", "Mapping")):
        return {"note": text}
    return text


@dataclass
class Outcome:
    refused: list[str] = field(default_factory=list)  # raised PromptBlocked / UnguardedPath
    unsent: list[str] = field(default_factory=list)  # raised something else before the wire
    sent_clean: list[str] = field(default_factory=list)  # reached the wire without the value
    leaked: list[str] = field(default_factory=list)  # the value reached the wire


class _Stuck(BaseException):
    """A helper that polls forever (``create_and_poll`` on a fake that never finishes)."""


class _WaitedError(Exception):
    """An async helper's first wait between two polls (an ``Exception``: asyncio lets a
    ``BaseException`` out of the event loop)."""


#: How long one call may run: a backstop for a helper that loops without the SDK's own wait;
#: generous, since a call that is merely slow (the machine under load) must not be stopped (5 s
#: was reached by an ordinary call on a machine under a load of 15-20)
_SECONDS = 15.0


@contextlib.contextmanager
def _no_waiting() -> Iterator[None]:
    """The SDKs' polling helpers wait with their resource's ``_sleep``: while the block runs,
    that wait raises instead (:class:`_Stuck`, :class:`_WaitedError` for async), so a helper is
    stopped after its first poll whatever the machine's load, not by a clock."""
    import anthropic._resource
    import openai._resource

    def stop(self: Any, seconds: float) -> None:
        raise _Stuck

    async def stop_async(self: Any, seconds: float) -> None:
        raise _WaitedError

    saved = []
    for module in (openai._resource, anthropic._resource):
        for name, replacement in (("SyncAPIResource", stop), ("AsyncAPIResource", stop_async)):
            cls = getattr(module, name)
            saved.append((cls, cls.__dict__["_sleep"]))
            cls._sleep = replacement
    try:
        yield
    finally:
        for cls, original in saved:
            cls._sleep = original


def _in_gc_callback(frame: Any) -> bool:
    """Whether ``frame`` runs inside one of :data:`gc.callbacks` (hypothesis times collections
    with one): a raise there never reaches the guarded code, and pytest reports it as an
    unraisable exception that fails the test; the timer's next tick raises in the code itself."""
    codes = {getattr(callback, "__code__", None) for callback in gc.callbacks}
    while frame is not None:
        if frame.f_code in codes:
            return True
        frame = frame.f_back
    return False


@contextlib.contextmanager
def _deadline(seconds: float) -> Iterator[Callable[[], None]]:
    """Raise :class:`_Stuck` in the guarded code once ``seconds`` have passed, and again every
    tenth of a second until it is cancelled (a raise that lands in a weakref callback the
    guarded code set off is lost there: the next one reaches the polling loop). Yields
    ``cancel``, which the guarded code calls as its last step: after it, and so in the
    ``with`` block's cleanup, the timer is gone and a signal already on its way does nothing
    (``setitimer(0)`` does not take back one whose handler Python has yet to run)."""
    armed = True

    def stop(signum: int, frame: Any) -> None:
        if armed and not _in_gc_callback(frame):
            raise _Stuck

    def cancel() -> None:
        nonlocal armed
        armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds, 0.1)
    try:
        yield cancel
    finally:
        cancel()
        signal.signal(signal.SIGALRM, previous)


def stored(paths: list[str], reasons: dict[str, str]) -> list[str]:
    """The paths among ``paths`` refused because the walk's generic ids name content the
    service holds that this guard did not make (a conversation to add items to, a video to
    remix, a saved agent): refused by design, whatever the text."""
    return [p for p in paths if reasons.get(p) == "stored_reference"]


def attempt(
    root: Any, path: str, fn: Callable[..., Any], text: str, wire: Wire,
    reasons: dict[str, str] | None = None,
) -> str:  # fmt: skip
    """Call the method at ``path`` through ``root``; say what happened (a refusal's reason
    into ``reasons``). A polling helper is stopped at its first wait, and any call still
    running after :data:`_SECONDS`: what it sent until then is judged."""
    before = len(wire.seen)
    try:
        with _no_waiting(), _deadline(_SECONDS) as cancel:
            try:
                target = resolve(root, path)
                args, kwargs = arguments(fn, text)
                result = target(*args, **kwargs)
                _drain(result)
            finally:
                cancel()  # before anything the block's exit sets off (a weakref callback)
    except (PromptBlocked, UnguardedPath) as exc:
        if reasons is not None and isinstance(exc, UnguardedPath):
            reasons[path] = exc.reason
        return _judge("refused", wire, before)
    except (Exception, _Stuck):
        return _judge("unsent", wire, before)
    return _judge("sent", wire, before)


def _judge(outcome: str, wire: Wire, before: int) -> str:
    """What the wire says of a call: ``leaked`` trumps everything; a call that failed after
    sending something clean counts as ``sent_clean``."""
    new = Wire(wire.seen[before:])
    if new.leaked():
        return "leaked"
    if outcome == "sent" or new.seen:
        return "sent_clean"
    return outcome


async def attempt_async(
    root: Any, path: str, fn: Callable[..., Any], text: str, wire: Wire,
    reasons: dict[str, str] | None = None,
) -> str:  # fmt: skip
    """:func:`attempt` for an async client; a polling helper is stopped at its first wait, a
    call still running after :data:`_SECONDS` is cancelled."""
    before = len(wire.seen)

    async def call() -> None:
        target = resolve(root, path)
        args, kwargs = arguments(fn, text)
        result = target(*args, **kwargs)
        if inspect.isawaitable(result):
            result = await result
        if hasattr(result, "__aenter__"):
            async with result:
                pass

    try:
        with _no_waiting():
            await asyncio.wait_for(call(), timeout=_SECONDS)
    except (PromptBlocked, UnguardedPath) as exc:
        if reasons is not None and isinstance(exc, UnguardedPath):
            reasons[path] = exc.reason
        return _judge("refused", wire, before)
    except Exception:
        return _judge("unsent", wire, before)
    return _judge("sent", wire, before)


def _drain(result: Any) -> None:
    if hasattr(result, "__enter__") and not isinstance(result, (str, bytes)):
        with result:
            pass
