"""A guarded SDK client: every path out is checked, redacted and restored, or refused.

:func:`guard_sdk_client` wraps an SDK client in a :class:`GuardedObject`. Reading an attribute
of it gives:

- a data attribute (``base_url``, ``max_retries`` ...) as it is;
- a method, wrapped: **every** argument is read (:mod:`~ai_guard.integrations._payload`), all
  its texts checked together, a blocked call raises
  :class:`~ai_guard.integrations.PromptBlocked`, otherwise the SDK method runs on the redacted
  arguments and its answer comes back restored (models, streams, raw responses, stream
  helpers). Nothing needs to be known of the method in advance: a method the SDK adds next
  month is guarded the same way;
- any other object (a resource such as ``chat.completions``, ``with_raw_response``, a
  namespace the SDK adds), wrapped again, so the rule holds at any depth.

Refused with :class:`~ai_guard.errors.UnguardedPath`: WebSocket connections (``connect``: the
net cannot see them), private attributes (``_client``, ``_request``), and media or documents the
payload reader refuses. ``with_options()`` and ``copy()`` return guarded clients.

Under the method layer, :mod:`~ai_guard.integrations._net` checks every request body the SDK's
HTTP client sends.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import io
import json
import warnings
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar, cast

from ai_guard import i18n
from ai_guard.errors import GuardSetupError, PromptBlocked, UnguardedPath
from ai_guard.integrations import StreamRestorer
from ai_guard.integrations._mcp import REFUSE_ALL, RemoteServers
from ai_guard.integrations._net import Net, install, vouch
from ai_guard.integrations._payload import (
    OPAQUE_ARGUMENTS,
    check_request,
    read,
    rebuild,
    refused,
)
from ai_guard.integrations._stored import Stored, harvest
from ai_guard.models import Decision, PromptCheck
from ai_guard.prompt.policy import Policy
from ai_guard.prompt.redact import held_back

__all__ = [
    "ClientGuard",
    "EventRestorer",
    "GuardedObject",
    "Sdk",
    "SdkSpec",
    "Snapshots",
    "client_guard",
    "guard_sdk_client",
    "require_sdk",
    "restore_value",
]

_C = TypeVar("_C")
_NAMESPACES = ("with_raw_response.", "with_streaming_response.")
_DATA = (str, bytes, int, float, bool, type(None), Mapping, tuple, frozenset, type)


class EventRestorer(Protocol):
    """Restores one streamed event in place, knowing the event after it (None for the last):
    a text part's held-back tail is released on its last delta."""

    def restore(self, event: Any, following: Any) -> Any: ...


@dataclass(frozen=True)
class SdkSpec:
    """What one SDK needs beyond the generic rules."""

    vendor: str
    error_base: type[Exception]
    #: paths of methods that send nothing (webhook signature checks run locally)
    local: tuple[str, ...] = ()
    #: ``create(stream=True)`` answers: path suffix -> restorer of its events
    streams: Mapping[str, Callable[[PromptCheck], EventRestorer]] = field(default_factory=dict)
    #: stream helpers (``messages.stream()``): path suffix -> wrap of the entered stream,
    #: given the check and the keeper of the ids its answer names (:class:`_Keeper`)
    helpers: Mapping[str, Callable[[Any, PromptCheck, Callable[[Any], Any]], Any]] = field(
        default_factory=dict
    )
    #: the HTTP clients the net goes under and the host of the service the client was pointed
    #: at; None: the client's ``_client`` and ``base_url`` (OpenAI and Anthropic). Raises
    #: :class:`~ai_guard.errors.UnguardedPath` for a client whose transport takes no hook
    transport: Callable[[Any], tuple[list[Any], str | None]] | None = None
    #: resources given in place of the client's own, exactly by path: ``(the client's value,
    #: the guarded object it is read from)`` -> the object to guard instead (Gemini's chats,
    #: built on the guarded models so that every message of a chat is checked)
    substitutes: Mapping[str, Callable[[Any, Any], Any]] = field(default_factory=dict)
    #: the client's resources are plain properties (not ``cached_property``): walked too when
    #: looking for the methods that open a connection of their own
    property_resources: bool = False
    #: a last look at a call whose texts were redacted: ``(path, the call's arguments)``;
    #: raises :class:`~ai_guard.errors.UnguardedPath` for a call that would hand the
    #: placeholders to code of the application's (Gemini's automatic function calling)
    redacted_call: Callable[[str, Mapping[str, Any]], None] | None = None
    #: a look at every call before it runs: ``(path, the call's arguments)``; raises
    #: :class:`~ai_guard.errors.UnguardedPath` for a call that would make the SDK open a
    #: connection of its own, under no net (Gemini's Agent Platform MCP servers)
    vet_call: Callable[[str, Mapping[str, Any]], None] | None = None


@dataclass
class _Guard:
    spec: SdkSpec
    policy: Policy
    allow_media: bool
    #: a file the service already holds may be named by its id (the net's rule)
    allow_file_ids: bool
    #: content the service holds (``previous_response_id`` ...) may be named though this
    #: guard did not make it (the net's rule)
    allow_stored: bool = False
    #: the remote MCP servers the service may connect to for the model (the net's rule)
    remote: RemoteServers = REFUSE_ALL
    #: the ids of stored content made by calls through this guard (files it uploaded,
    #: responses, conversations, containers it created): shared with its nets
    stored: Stored = field(default_factory=Stored)
    #: the hosts of the guarded clients' ``base_url`` (the model server the developer chose:
    #: ``10.0.0.5`` for vLLM on the agency's network, ``127.0.0.1`` for Ollama): the
    #: destination of a request is not data in it; any other host still is
    destinations: set[str] = field(default_factory=set)

    def net_under(self, client: Any) -> None:
        if self.spec.transport is not None:
            https, host = self.spec.transport(client)
        else:
            host = getattr(getattr(client, "base_url", None), "host", None)
            https = [getattr(client, "_client", None)]
        if isinstance(host, str) and host:
            self.destinations.add(host.lower())
        if not https or any(http is None for http in https):
            raise refused(
                "no_http_client",
                client=type(client).__name__,
                path="http_client",
                reason="unchecked_body",
            )
        _seal_connections(client, properties=self.spec.property_resources)
        if hasattr(client, "copy") and not getattr(client.copy, "_ai_guard_copy", False):
            _copies_netted(client, self)
            client.copy._ai_guard_copy = True
        net = Net(
            self.policy,
            allow_media=self.allow_media,
            allow_file_ids=self.allow_file_ids,
            error_base=self.spec.error_base,
            vendor=self.spec.vendor,
            destinations=self.destinations,
            allow_stored=self.allow_stored,
            stored=self.stored,
            remote=self.remote,
        )
        for http in https:
            install(http, net)


def opens_connection(fn: Any) -> bool:
    """Whether an SDK method opens a connection of its own (a WebSocket: realtime sessions,
    the Responses API over a socket), which the net under the HTTP client never sees: named
    ``connect``, or saying it returns a connection (``RealtimeConnectionManager``)."""
    if getattr(fn, "__name__", "") == "connect":
        return True
    returns = getattr(fn, "__annotations__", {}).get("return")
    name = returns if isinstance(returns, str) else getattr(returns, "__name__", "")
    return isinstance(name, str) and ("Connection" in name or "WebSocket" in name)


#: per SDK client class, where its resources' connection methods stand (``("realtime",
#: "connect")``): found once by walking a client's resources, then sealed on each client
_CONNECTIONS: dict[type, list[tuple[str, ...]]] = {}


def _connection_paths(client: Any, properties: bool = False) -> list[tuple[str, ...]]:
    paths = _CONNECTIONS.get(type(client))
    if paths is None:
        paths = []
        seen: set[int] = set()
        kept: list[Any] = []  # alive while walked: a property's fresh object keeps its id
        kinds: tuple[type, ...] = (functools.cached_property,)
        if properties:
            kinds += (property,)
        package = type(client).__module__.rpartition(".")[0] or type(client).__module__

        def walk(obj: Any, path: tuple[str, ...]) -> None:
            cls = type(obj)
            for name in dir(obj):
                if name.startswith("_"):
                    continue
                attr = inspect.getattr_static(cls, name, None)
                if isinstance(attr, kinds):
                    try:
                        with warnings.catch_warnings():
                            warnings.simplefilter("ignore")  # "experimental" resources
                            value = getattr(obj, name)
                    except Exception:  # a resource that needs configuration the client lacks
                        continue
                    # only the SDK's own objects are resources (a property may give a
                    # dict, a string, a credentials object)
                    owner = type(value).__module__
                    if (
                        (owner == package or owner.startswith(package + "."))
                        and id(value) not in seen
                        and len(path) < 8
                    ):
                        seen.add(id(value))
                        kept.append(value)
                        walk(value, (*path, name))
                elif path and inspect.isfunction(attr) and opens_connection(attr):
                    paths.append((*path, name))

        walk(client, ())
        _CONNECTIONS[type(client)] = paths
    return paths


def _seal_connections(client: Any, properties: bool = False) -> None:
    """The client the application kept opens no connection the net cannot see: each of its
    resources' connection methods (:func:`opens_connection`) is replaced, on this client, by
    a refusal."""
    for path in _connection_paths(client, properties):
        owner = client
        for name in path[:-1]:
            owner = getattr(owner, name)
        where = ".".join(path)

        def sealed(*args: Any, _where: str = where, **kwargs: Any) -> Any:
            raise refused("websocket", path=_where, reason="websocket")

        setattr(owner, path[-1], sealed)


def runs_application_code(path: str, arguments: Mapping[str, Any]) -> None:
    """Refuse a redacted call that hands the SDK code of the application's to run with the
    model's answer inside the call (Anthropic's ``tool_runner`` with its function tools,
    OpenAI's managed agent sessions with ``tool_handlers``): the model saw placeholders, so
    the functions would receive ``[CCCD_1]`` and answer about it, silently wrong (their
    results still go through the net). A class (``response_format=Model``) is no such code.
    Gemini's automatic function calling has its own rule (a chat runs the calls between
    guarded turns)."""
    for name, value in arguments.items():
        if _holds_code(value, 0):
            raise refused("tool_code", path=f"{path}: {name}", reason="function_calling")


def _holds_code(value: Any, depth: int) -> bool:
    if depth > 8 or isinstance(value, (str, bytes, type)):
        return False
    if isinstance(value, Mapping):
        return any(_holds_code(v, depth + 1) for v in value.values())
    if isinstance(value, (list, tuple, set, frozenset)):
        return any(_holds_code(v, depth + 1) for v in value)
    # a function, a bound method, a partial; or an SDK's tool object wrapping one (its
    # ``call``: Anthropic's BetaFunctionTool)
    return callable(value) or callable(getattr(value, "call", None))


def require_sdk(module: str, extra: str, vendor: str, where: str) -> None:
    """Raise an ImportError naming the extra when the vendor's SDK is not installed."""
    import importlib

    try:
        importlib.import_module(module)
    except ImportError:
        raise ImportError(
            f"{where} needs the {vendor} SDK: pip install 'ai-guard[{extra}]' / "
            f"cần cài SDK {vendor}: pip install 'ai-guard[{extra}]'"
        ) from None


#: what every vendor's ``guard_client`` says of its options past media and file ids
_OPTIONS_DOC = """ A file this guard uploaded passes. Content the
    service holds named by a reference (``previous_response_id``, a ``conversation``, a
    ``container``, a cache ...) passes when a call through this guard made it, and is refused
    otherwise unless ``allow_stored=True``. A remote MCP server the service would connect
    to for the model is refused unless ``allow_mcp_servers`` lists it (its ``https://``
    address, or a tunnel id), and a listed one's tools called without the application's
    approval of each call only with ``allow_mcp_without_approval=True``
    (:mod:`ai_guard.integrations._mcp`)."""


class ClientGuard(Protocol):
    """A vendor's ``guard_client`` (made by :func:`client_guard`): the same options for every
    SDK, the client's own type given back to the caller's editor."""

    def __call__(
        self,
        client: _C,
        policy: Policy | None = None,
        *,
        allow_media: bool = False,
        allow_file_ids: bool = False,
        allow_stored: bool = False,
        allow_mcp_servers: Sequence[str] = (),
        allow_mcp_without_approval: bool = False,
    ) -> _C: ...


_CALL = inspect.signature(ClientGuard.__call__)
#: ``guard_client``'s parameters, as help() and a wrong call show them (``self`` left out)
_GUARD_SHAPE = _CALL.replace(parameters=list(_CALL.parameters.values())[1:])


@dataclass(frozen=True)
class Sdk:
    """Which SDK a ``guard_client`` guards: its import name, the extra that installs it, the
    vendor's name in the message when it is missing, and the integration's module."""

    module: str
    extra: str
    vendor: str
    where: str


def client_guard(sdk: Sdk, spec: Callable[[], SdkSpec], doc: str) -> ClientGuard:
    """The ``guard_client`` of one vendor's integration: it checks the SDK is installed, then
    guards the client with the vendor's :class:`SdkSpec` (:func:`guard_sdk_client`). ``doc``
    says what is the vendor's own (its client classes, what ``allow_media`` and
    ``allow_file_ids`` let through); the options every vendor shares are said after it. One
    body for the three SDKs: an option added here is an option of each."""

    def guard_client(client: Any, policy: Policy | None = None, **options: Any) -> Any:
        _GUARD_SHAPE.bind(client, policy, **options)  # a wrong option: guard_client's TypeError
        require_sdk(sdk.module, sdk.extra, sdk.vendor, sdk.where)
        return guard_sdk_client(client, spec(), policy, **options)

    guard_client.__signature__ = _GUARD_SHAPE  # type: ignore[attr-defined]
    guard_client.__doc__ = doc.rstrip() + _OPTIONS_DOC
    guard_client.__module__ = sdk.where
    guard_client.__qualname__ = "guard_client"
    return cast(ClientGuard, guard_client)


def guard_sdk_client(
    client: Any,
    spec: SdkSpec,
    policy: Policy | None,
    allow_media: bool = False,
    allow_file_ids: bool = False,
    allow_stored: bool = False,
    allow_mcp_servers: Iterable[str] = (),
    allow_mcp_without_approval: bool = False,
) -> GuardedObject:
    try:
        remote = RemoteServers.of(allow_mcp_servers, allow_mcp_without_approval)
    except ValueError as exc:
        vi, en = i18n.guard_setup("guard_client", "mcp_server_entry", [str(exc)])
        raise GuardSetupError(vi=vi, en=en) from None
    guard = _Guard(
        spec,
        policy or Policy.discover(),
        allow_media,
        allow_file_ids,
        allow_stored=allow_stored,
        remote=remote,
    )
    guard.net_under(client)
    return GuardedObject(client, "", guard)


def _copies_netted(client: Any, guard: _Guard) -> None:
    """``client.copy()`` / ``with_options()`` of the client object the app kept: a copy made
    with a new ``http_client`` gets the net too (the methods are replaced on this instance)."""
    make = client.copy

    def copy(*args: Any, **kwargs: Any) -> Any:
        new = make(*args, **kwargs)
        guard.net_under(new)
        return new

    for name in ("copy", "with_options"):
        try:
            setattr(client, name, copy)
        except AttributeError:
            raise refused(
                "copies",
                client=type(client).__name__,
                name=name,
                path=name,
                reason="unchecked_body",
            ) from None


def _core(path: str) -> str:
    for ns in _NAMESPACES:
        path = path.replace(ns, "")
    return path


def _match(table: Mapping[str, Any], path: str) -> Any:
    core = _core(path)
    for suffix, value in table.items():
        if core == suffix or core.endswith("." + suffix):
            return value
    return None


class GuardedObject:
    """An SDK client, resource or namespace whose every method is guarded."""

    __slots__ = ("_ai_guard", "_ai_path", "_ai_target")

    def __init__(self, target: Any, path: str, guard: _Guard) -> None:
        object.__setattr__(self, "_ai_target", target)
        object.__setattr__(self, "_ai_path", path)
        object.__setattr__(self, "_ai_guard", guard)

    @property
    def policy(self) -> Policy:
        """The policy every call of this client is checked under."""
        guard: _Guard = self._ai_guard
        return guard.policy

    def __getattr__(self, name: str) -> Any:
        if name in GuardedObject.__slots__:  # not set yet (an object made without __init__)
            raise AttributeError(name)
        path = f"{self._ai_path}{name}"
        if name.startswith("_"):
            raise refused("private_client", path=path, reason="private")
        value = getattr(self._ai_target, name)
        if name == "connect" or (callable(value) and opens_connection(value)):
            raise refused("websocket", path=path, reason="websocket")
        guard: _Guard = self._ai_guard
        if name in ("with_options", "copy") and not self._ai_path:
            return _Copier(value, guard)
        substitute = guard.spec.substitutes.get(path)
        if substitute is not None:
            return GuardedObject(substitute(value, self), path + ".", guard)
        if isinstance(value, _DATA):
            return value
        if callable(value):
            if path in guard.spec.local:  # exactly: a method the SDK adds beside is guarded
                return value
            return GuardedMethod(value, path, guard)
        return GuardedObject(value, path + ".", guard)

    def __setattr__(self, name: str, value: Any) -> None:
        if name.startswith("_"):
            # ``guarded._client = httpx.Client()`` swapped the HTTP client under the net for
            # one without it: what the method layer leaves to the net (files, bytes) then
            # went out unread
            raise refused("private_client", path=f"{self._ai_path}{name}", reason="private")
        setattr(self._ai_target, name, value)

    def __dir__(self) -> list[str]:
        return sorted(n for n in dir(self._ai_target) if not n.startswith("_"))

    def __repr__(self) -> str:
        return f"<ai-guard guarded {type(self._ai_target).__name__} {self._ai_path or ''}>"

    def __reduce_ex__(self, protocol: Any) -> Any:
        # copy.copy, copy.deepcopy and pickle: a copy made from the target's state would be
        # a client without the guard (and used to recurse without end)
        raise refused("duplicate", path=f"{self._ai_path}__reduce_ex__", reason="private")

    def __copy__(self) -> Any:
        return self.__reduce_ex__(None)

    def __deepcopy__(self, memo: Any) -> Any:
        return self.__reduce_ex__(None)

    def __enter__(self) -> GuardedObject:
        self._ai_target.__enter__()
        return self

    def __exit__(self, *exc: Any) -> Any:
        return self._ai_target.__exit__(*exc)

    async def __aenter__(self) -> GuardedObject:
        await self._ai_target.__aenter__()
        return self

    async def __aexit__(self, *exc: Any) -> Any:
        return await self._ai_target.__aexit__(*exc)


class _Copier:
    """``with_options(...)`` / ``copy(...)``: a guarded copy, its HTTP client under the net."""

    def __init__(self, make: Callable[..., Any], guard: _Guard) -> None:
        self._make = make
        self._guard = guard

    def __call__(self, *args: Any, **kwargs: Any) -> GuardedObject:
        copy = self._make(*args, **kwargs)
        self._guard.net_under(copy)
        return GuardedObject(copy, "", self._guard)


class GuardedMethod:
    """One SDK method: all its arguments checked together, the answer restored."""

    def __init__(self, fn: Callable[..., Any], path: str, guard: _Guard) -> None:
        self._fn = fn
        self._path = path
        self._guard = guard
        self.__name__ = getattr(fn, "__name__", path)
        self.__doc__ = getattr(fn, "__doc__", None)

    def __repr__(self) -> str:
        return f"<ai-guard guarded method {self._path}>"

    def __reduce_ex__(self, protocol: Any) -> Any:
        raise refused("duplicate", path=f"{self._path}.__reduce_ex__", reason="private")

    def __copy__(self) -> Any:
        return self.__reduce_ex__(None)

    def __deepcopy__(self, memo: Any) -> Any:
        return self.__reduce_ex__(None)

    def __getattr__(self, name: str) -> Any:
        # a method may carry attributes of its own (a namespace hung on a function); its
        # private ones (__self__, __wrapped__ lead back to the unguarded client) are refused
        if name.startswith("_"):
            raise refused("private_method", path=f"{self._path}.{name}", reason="private")
        value = getattr(self._fn, name)
        if callable(value) and not isinstance(value, type) and not name.startswith("_"):
            return GuardedMethod(value, f"{self._path}.{name}", self._guard)
        return value

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        guard = self._guard
        try:
            signature: inspect.Signature | None = inspect.signature(self._fn)
        except (TypeError, ValueError):
            signature = None
        bound: inspect.BoundArguments | None = None
        if signature is not None:
            bound = signature.bind(*args, **kwargs)  # a wrong call fails here, unsent
            for name, value in bound.arguments.items():
                if _lazy(value):  # messages=(m for m in ...): read once, here, for both
                    bound.arguments[name] = list(value)
            args, kwargs = bound.args, bound.kwargs
            arguments: dict[str, Any] = dict(bound.arguments)
        else:
            args = tuple(list(a) if _lazy(a) else a for a in args)
            arguments = {"args": args, **kwargs}
        named = arguments.get("model")
        audit = _Audit(
            guard.policy,
            f"{guard.spec.vendor}.{_core(self._path)}",
            named if isinstance(named, str) else None,
        )
        try:
            args, kwargs, check, pieces, asked = self._prepare(
                args, kwargs, arguments, bound, audit
            )
        except (UnguardedPath, PromptBlocked) as exc:
            audit.refused(exc)  # refused before anything was sent: the log says so
            raise
        if check is not None:
            audit.decided(check)  # the decision, written as the call goes out
        return self._send(args, kwargs, check, pieces, asked, audit)

    def _prepare(
        self,
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        arguments: dict[str, Any],
        bound: inspect.BoundArguments | None,
        audit: _Audit,
    ) -> tuple[tuple[Any, ...], dict[str, Any], PromptCheck | None, list[str], list[str]]:
        """The call's arguments read, checked and redacted: ``(args, kwargs, the check or
        None when there was no text, the redacted texts, the texts asked)``."""
        guard = self._guard
        if guard.spec.vet_call is not None:
            guard.spec.vet_call(self._path, arguments)
        policy, media = guard.policy, guard.allow_media
        # a file id among the arguments may be a path's (files.delete(file_id)), and so may a
        # stored object's (responses.retrieve(response_id)): the net judges what the call
        # sends, against the ids this guard's calls made
        request = read(
            arguments,
            policy=policy,
            allow_media=media,
            allow_file_ids=True,
            opaque=OPAQUE_ARGUMENTS,
            allow_stored=True,
            remote=None,  # the net judges the servers the request names, as it is sent
        )
        if not request.texts:
            return args, kwargs, None, [], request.texts
        check, pieces = check_request(request, policy, audit.name, audit.model, record=False)
        if pieces != request.texts:
            if guard.spec.redacted_call is not None:
                guard.spec.redacted_call(self._path, arguments)
            redacted = rebuild(
                arguments,
                pieces,
                policy=policy,
                allow_media=media,
                opaque=OPAQUE_ARGUMENTS,
                encoded=request.encoded,
            )
            if bound is not None:
                bound.arguments.update(redacted)
                args, kwargs = bound.args, bound.kwargs
            else:
                args = redacted.pop("args")
                kwargs = redacted
        return args, kwargs, check, pieces, request.texts

    def _send(
        self, args: tuple[Any, ...], kwargs: dict[str, Any], check: PromptCheck | None,
        pieces: list[str], asked: list[str], audit: _Audit,
    ) -> Any:  # fmt: skip
        try:
            with vouch(pieces):
                result = self._fn(*args, **kwargs)
        except (UnguardedPath, PromptBlocked) as exc:
            audit.refused(exc)  # the net refused what the call sent: after the decision's row
            raise
        keep = _Keeper(self._guard.stored, asked)
        if inspect.isawaitable(result):
            return self._finish_async(result, check, pieces, keep, audit)
        return _restore_result(result, check, pieces, self._path, self._guard, keep, audit)

    async def _finish_async(
        self, pending: Any, check: PromptCheck | None, pieces: list[str], keep: _Keeper,
        audit: _Audit,
    ) -> Any:  # fmt: skip
        try:
            with vouch(pieces):
                result = await pending
        except (UnguardedPath, PromptBlocked) as exc:
            audit.refused(exc)
            raise
        return _restore_result(result, check, pieces, self._path, self._guard, keep, audit)


@dataclass(frozen=True)
class _Audit:
    """The audit rows of one guarded call (when the policy asks for them): its decision,
    written as the call goes out, and a refusal, whenever it comes (before anything was
    sent, or the net's, after the decision's row)."""

    policy: Policy
    name: str
    model: str | None

    def decided(self, check: PromptCheck) -> None:
        from ai_guard.integrations import _record

        _record(self.policy, check, self.name, self.model)

    def refused(self, exc: BaseException) -> None:
        from ai_guard.integrations import _record_refusal

        _record_refusal(self.policy, self.name, self.model, exc)


class _Keeper:
    """Keeps, in the guard's registry, the ids of stored content an answer says its request
    made (:func:`~ai_guard.integrations._stored.harvest`; not the ids the request named)."""

    def __init__(self, stored: Stored, asked: list[str]) -> None:
        self.stored = stored
        self.asked = frozenset(asked)

    def __call__(self, answer: Any) -> Any:
        with contextlib.suppress(Exception):  # an answer of no known shape keeps nothing
            self.stored.add(harvest(answer, self.asked))
        return answer


def _lazy(value: Any) -> bool:
    """An iterator handed as an argument (a generator of messages): not a file, not text."""
    return isinstance(value, Iterator) and not isinstance(value, (str, bytes, io.IOBase))


def _restore_result(
    result: Any,
    check: PromptCheck | None,
    pieces: list[str],
    path: str,
    guard: _Guard,
    keep: Callable[[Any], Any] | None = None,
    audit: _Audit | None = None,
) -> Any:
    keep = keep or _nothing
    if isinstance(result, (dict,)) or hasattr(result, "model_dump"):
        keep(result)
    if check is None:
        if isinstance(result, (str, list, dict)) or hasattr(result, "model_dump"):
            return result
        # nothing to restore, but the ids a raw answer, a stream or a helper names are kept
        # as a checked call's are (``conversations.with_raw_response.create()`` sends no text)
        check = _NOTHING
    if isinstance(result, (str, list, dict)) or hasattr(result, "model_dump"):
        return restore_value(result, check)
    factory = _match(guard.spec.streams, path)

    def restorer(check: PromptCheck) -> EventRestorer:
        return factory(check) if factory else _HelperEvents(check)

    if hasattr(result, "parse") and hasattr(result, "http_response"):
        return _RawResponse(result, check, keep, restorer)
    if hasattr(result, "__iter__") or hasattr(result, "__aiter__"):
        return _Stream(result, check, restorer(check), keep)
    if hasattr(result, "__enter__") or hasattr(result, "__aenter__"):
        return _Manager(result, check, pieces, path, guard, keep, audit)
    return result


def _nothing(answer: Any) -> Any:
    return answer


#: the check of a call that sent no text: nothing to restore
_NOTHING = PromptCheck(decision=Decision.ALLOW, findings=[], redacted_text="")


def restore_value(value: Any, check: PromptCheck, depth: int = 0) -> Any:
    """Put the original values back in every string of an answer, in place where the answer is
    mutable (SDK models, lists, dicts); returns the value."""
    if isinstance(value, str):
        return check.restore(value)
    if depth > 40:
        return value
    if isinstance(value, list):
        for i, item in enumerate(value):
            value[i] = restore_value(item, check, depth + 1)
    elif isinstance(value, dict):
        for k, item in value.items():
            value[k] = restore_value(item, check, depth + 1)
    elif isinstance(value, tuple):
        return tuple(restore_value(item, check, depth + 1) for item in value)
    elif hasattr(value, "model_dump") and not isinstance(value, type):
        fields = getattr(value, "__dict__", {})
        for k, item in list(fields.items()):
            fields[k] = restore_value(item, check, depth + 1)
        extra = getattr(value, "__pydantic_extra__", None)
        if isinstance(extra, dict):
            restore_value(extra, check, depth + 1)
    return value


class Snapshots:
    """Cumulative snapshots of streamed text (``snapshot`` of the stream helpers' events),
    restored as they become stable: a tail that could still become a placeholder waits for
    the next snapshot of the same key, unless ``last``."""

    def __init__(self, check: PromptCheck) -> None:
        self.check = check
        self.emitted: dict[Any, int] = {}

    def advance(self, key: Any, snapshot: str, *, last: bool = False) -> tuple[str, str]:
        """``(the stable restored snapshot, what it adds to the previous one)``."""
        cut = len(snapshot) if last else held_back(snapshot)
        stable = self.check.restore(snapshot[:cut])
        done = self.emitted.get(key, 0)
        self.emitted[key] = len(stable)
        return stable, stable[done:]


class _HelperEvents:
    """Any stream's events: an event carrying a ``snapshot`` string with a ``delta`` or
    ``text`` (the SDKs' stream helpers) gets the stable restored snapshot and the newly stable
    characters as its delta; every other string of an event is restored whole."""

    def __init__(self, check: PromptCheck) -> None:
        self.check = check
        self.snapshots = Snapshots(check)

    def restore(self, event: Any, following: Any) -> Any:
        snapshot = getattr(event, "snapshot", None)
        if not isinstance(snapshot, str):
            return restore_value(event, self.check)
        key = (getattr(event, "type", None), getattr(event, "index", None))
        stable, added = self.snapshots.advance(key, snapshot, last=following is None)
        for name in ("delta", "text"):
            if isinstance(getattr(event, name, None), str):
                setattr(event, name, added)
        event.snapshot = stable
        return event


def _pairs(items: Iterable[Any]) -> Iterator[tuple[Any, Any]]:
    it = iter(items)
    sentinel = object()
    prev = next(it, sentinel)
    if prev is sentinel:
        return
    for item in it:
        yield prev, item
        prev = item
    yield prev, None


async def _apairs(items: Any) -> AsyncIterator[tuple[Any, Any]]:
    have = False
    prev: Any = None
    async for item in items:
        if have:
            yield prev, item
        prev, have = item, True
    if have:
        yield prev, None


class _Stream:
    """A streamed answer (sync or async), its events restored; the SDK stream's own
    attributes (``response``, ``close()``, ``with``) still work, and what its methods return
    (``get_final_completion()`` ...) is restored too."""

    def __init__(
        self,
        stream: Any,
        check: PromptCheck,
        events: EventRestorer,
        keep: Callable[[Any], Any] | None = None,
    ) -> None:
        self._stream = stream
        self._check = check
        self._events = events
        self._keep = keep or _nothing
        self._iter: Any = None

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._stream, name)
        if name.startswith("_"):
            return value
        if name == "until_done" and callable(value):
            # the SDK's own would read the stream inside it, past the guard's iterator: the
            # ids its events name (a response made by a stream helper) went unkept
            return self._until_done
        if isinstance(value, Iterator) and not isinstance(value, (str, bytes)):
            return _restore_texts(value, self._check)
        if isinstance(value, AsyncIterator):
            return _restore_texts_async(value, self._check)
        if callable(value) and not isinstance(value, type):
            return _Restoring(value, self._check, self._keep)
        return restore_value(value, self._check)

    def _until_done(self) -> Any:
        """The rest of the stream read through this wrapper (events kept and restored)."""
        if hasattr(self._stream, "__aiter__") and not hasattr(self._stream, "__iter__"):
            return self._until_done_async()
        for _ in self:
            pass
        return self

    async def _until_done_async(self) -> Any:
        async for _ in self:
            pass
        return self

    def _sync(self) -> Iterator[Any]:
        for event, following in _pairs(self._stream):
            yield self._events.restore(self._keep(event), following)

    async def _async(self) -> AsyncIterator[Any]:
        async for event, following in _apairs(self._stream):
            yield self._events.restore(self._keep(event), following)

    def __iter__(self) -> Iterator[Any]:
        return self._sync()

    def __next__(self) -> Any:
        if self._iter is None:
            self._iter = self._sync()
        return next(self._iter)

    def __aiter__(self) -> AsyncIterator[Any]:
        return self._async()

    async def __anext__(self) -> Any:
        if self._iter is None:
            self._iter = self._async()
        return await self._iter.__anext__()

    def __enter__(self) -> _Stream:
        enter = getattr(self._stream, "__enter__", None)
        if enter is not None:
            enter()
        return self

    def __exit__(self, *exc: Any) -> Any:
        leave = getattr(self._stream, "__exit__", None)
        return leave(*exc) if leave is not None else None

    async def __aenter__(self) -> _Stream:
        enter = getattr(self._stream, "__aenter__", None)
        if enter is not None:
            await enter()
        return self

    async def __aexit__(self, *exc: Any) -> Any:
        leave = getattr(self._stream, "__aexit__", None)
        return (await leave(*exc)) if leave is not None else None


class _Restoring:
    """A method of an answer object: what it returns is restored (awaited first if needed)."""

    def __init__(
        self, fn: Callable[..., Any], check: PromptCheck, keep: Callable[[Any], Any] | None = None
    ) -> None:
        self._fn = fn
        self._check = check
        self._keep = keep or _nothing

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        result = self._fn(*args, **kwargs)
        if inspect.isawaitable(result):
            return self._later(result)
        return self._restore(result)

    async def _later(self, pending: Any) -> Any:
        return self._restore(await pending)

    def _restore(self, result: Any) -> Any:
        if isinstance(result, Iterator) and not isinstance(result, (str, bytes)):
            return _restore_texts(result, self._check)
        if isinstance(result, AsyncIterator):
            return _restore_texts_async(result, self._check)
        return restore_value(self._keep(result), self._check)


def _restore_texts(chunks: Iterator[Any], check: PromptCheck) -> Iterator[Any]:
    restorer = StreamRestorer(check)
    for chunk in chunks:
        yield restorer.feed(chunk) if isinstance(chunk, str) else restore_value(chunk, check)
    rest = restorer.flush()
    if rest:
        yield rest


async def _restore_texts_async(
    chunks: AsyncIterator[Any], check: PromptCheck
) -> AsyncIterator[Any]:
    restorer = StreamRestorer(check)
    async for chunk in chunks:
        yield restorer.feed(chunk) if isinstance(chunk, str) else restore_value(chunk, check)
    rest = restorer.flush()
    if rest:
        yield rest


class _RawResponse:
    """``with_raw_response`` / ``with_streaming_response`` answers: ``parse()`` restored (sync
    or async; a stream it gives restored event by event as a plain stream is); headers,
    status and the raw bytes as the vendor sent them (with placeholders). Whichever way the
    application reads the answer (``parse()``, ``json()``, ``read()``, ``text()``,
    ``iter_bytes()``, ``iter_text()``, ``iter_lines()``, ``content``), the ids of stored content
    it names are kept as a parsed answer's are (:class:`_Tap`)."""

    def __init__(
        self,
        response: Any,
        check: PromptCheck,
        keep: Callable[[Any], Any] | None = None,
        restorer: Callable[[PromptCheck], EventRestorer] | None = None,
    ) -> None:
        self._response = response
        self._check = check
        self._keep = keep or _nothing
        self._restorer = restorer or _HelperEvents
        self._tap = _Tap(self._keep, _content_type(response))

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._response, name)
        if name in ("text", "content") and isinstance(value, (str, bytes)):
            self._tap.whole(value)  # the legacy raw answer's properties: the body, read
        elif name in _RAW_READS and callable(value):
            return _Tapped(value, self._tap, name)
        return value

    def parse(self, *args: Any, **kwargs: Any) -> Any:
        result = self._response.parse(*args, **kwargs)
        if inspect.isawaitable(result):
            return self._parsed_later(result)
        return self._parsed(result)

    async def _parsed_later(self, pending: Any) -> Any:
        return self._parsed(await pending)

    def _parsed(self, result: Any) -> Any:
        if _sdk_stream(result):
            # a stream (``with_raw_response.create(stream=True).parse()``): as a plain
            # stream, a placeholder split across events restored, the ids its events name kept
            return _Stream(result, self._check, self._restorer(self._check), self._keep)
        return _Restoring(lambda: result, self._check, self._keep)()


def _sdk_stream(value: Any) -> bool:
    """An SDK's stream of events (not a text, a list or a model)."""
    return (hasattr(value, "__iter__") or hasattr(value, "__aiter__")) and not isinstance(
        value, (str, bytes, list, tuple, dict)
    ) and not hasattr(value, "model_dump")  # fmt: skip


#: the methods of a raw answer that read its body
_RAW_READS = frozenset({"read", "text", "json", "iter_bytes", "iter_text", "iter_lines"})
#: the most of a whole (not streamed) raw answer kept to find its ids
_TAP_LIMIT = 64 * 1024 * 1024


def _content_type(response: Any) -> str:
    with contextlib.suppress(Exception):
        return str(response.headers.get("content-type", "")).lower()
    return ""


class _Tap:
    """The bytes of a raw answer as the application reads them, for the ids they name: each
    event of a stream (``data:`` lines), or the whole JSON answer once read to its end."""

    def __init__(self, keep: Callable[[Any], Any], content_type: str) -> None:
        self._keep = keep
        self._events = "event-stream" in content_type
        self._buffer = bytearray()
        self._over = False
        self._done = False

    def feed(self, data: bytes | str) -> None:
        if self._done:
            return
        chunk = data.encode("utf-8", "replace") if isinstance(data, str) else bytes(data)
        if self._over or len(self._buffer) + len(chunk) > _TAP_LIMIT:
            self._over, self._buffer = True, bytearray()  # too long to hold: nothing kept
            if not self._events:
                return
        self._buffer += chunk
        if self._events:
            *lines, rest = bytes(self._buffer).split(b"\n")
            self._buffer = bytearray(rest)
            self._over = False
            for line in lines:
                self._line(line)

    def whole(self, data: bytes | str) -> None:
        """The body read at once (``read()``, ``text()``, ``content``)."""
        if not self._done:
            self._buffer = bytearray()
            self._over = False
            self.feed(data)
            self.end()

    def parsed(self, value: Any) -> None:
        """The body read as JSON (``json()``)."""
        if not self._done:
            self._done = True
            self._keep(value)

    def end(self) -> None:
        if self._done:
            return
        self._done = True
        if self._events:
            self._line(bytes(self._buffer))
        elif not self._over:
            with contextlib.suppress(ValueError):
                self._keep(json.loads(bytes(self._buffer)))
        self._buffer = bytearray()

    def _line(self, line: bytes) -> None:
        line = line.strip()
        if line.startswith(b"data:"):
            with contextlib.suppress(ValueError):
                self._keep(json.loads(line[5:].strip()))


class _Tapped:
    """A reading method of a raw answer (sync or async): what it gives is fed to the tap."""

    def __init__(self, fn: Callable[..., Any], tap: _Tap, name: str) -> None:
        self._fn = fn
        self._tap = tap
        self._name = name

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        result = self._fn(*args, **kwargs)
        if inspect.isawaitable(result):
            return self._later(result)
        if isinstance(result, AsyncIterator):
            return self._aiter(result)
        if isinstance(result, Iterator):
            return self._iter(result)
        return self._took(result)

    async def _later(self, pending: Any) -> Any:
        return self._took(await pending)

    def _took(self, result: Any) -> Any:
        if self._name == "json":
            self._tap.parsed(result)
        elif isinstance(result, (str, bytes)):
            self._tap.whole(result)
        return result

    def _piece(self, chunk: Any) -> None:
        if isinstance(chunk, (str, bytes)):
            self._tap.feed(chunk)
            if self._name == "iter_lines":  # the lines come without their ends
                self._tap.feed(b"\n")

    def _iter(self, chunks: Iterator[Any]) -> Iterator[Any]:
        for chunk in chunks:
            self._piece(chunk)
            yield chunk
        self._tap.end()

    async def _aiter(self, chunks: AsyncIterator[Any]) -> AsyncIterator[Any]:
        async for chunk in chunks:
            self._piece(chunk)
            yield chunk
        self._tap.end()


class _Manager:
    """A context manager whose request starts on entry (stream helpers, streaming raw
    responses): entered with the redacted texts vouched for, what it yields restored."""

    def __init__(
        self,
        manager: Any,
        check: PromptCheck,
        pieces: list[str],
        path: str,
        guard: _Guard,
        keep: Callable[[Any], Any] | None = None,
        audit: _Audit | None = None,
    ) -> None:
        self._manager = manager
        self._check = check
        self._pieces = pieces
        self._path = path
        self._guard = guard
        self._keep = keep or _nothing
        self._audit = audit
        self._entered: Any = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._manager, name)

    def _wrap(self, entered: Any) -> Any:
        self._entered = entered
        helper = _match(self._guard.spec.helpers, self._path)
        if helper is not None:
            return helper(entered, self._check, self._keep)
        if hasattr(entered, "parse") and hasattr(entered, "http_response"):
            factory = _match(self._guard.spec.streams, self._path)
            return _RawResponse(
                entered, self._check, self._keep, factory if factory else _HelperEvents
            )
        if hasattr(entered, "__iter__") or hasattr(entered, "__aiter__"):
            return _Stream(entered, self._check, _HelperEvents(self._check), self._keep)
        return restore_value(self._keep(entered), self._check)

    def _kept_snapshot(self) -> None:
        """What a stream helper gathered of its answer, however the application read it
        (``text_stream`` reads inside the SDK): its ids kept."""
        for name in _SNAPSHOTS:
            snapshot = getattr(self._entered, name, None)
            if snapshot is not None and not callable(snapshot):
                self._keep(snapshot)

    def __enter__(self) -> Any:
        try:
            with vouch(self._pieces):
                entered = self._manager.__enter__()  # the request goes out here
        except (UnguardedPath, PromptBlocked) as exc:
            if self._audit is not None:
                self._audit.refused(exc)
            raise
        return self._wrap(entered)

    def __exit__(self, *exc: Any) -> Any:
        with contextlib.suppress(Exception):  # a helper that read nothing has no snapshot
            self._kept_snapshot()
        return self._manager.__exit__(*exc)

    async def __aenter__(self) -> Any:
        try:
            with vouch(self._pieces):
                entered = await self._manager.__aenter__()
        except (UnguardedPath, PromptBlocked) as exc:
            if self._audit is not None:
                self._audit.refused(exc)
            raise
        return self._wrap(entered)

    async def __aexit__(self, *exc: Any) -> Any:
        with contextlib.suppress(Exception):
            self._kept_snapshot()
        return await self._manager.__aexit__(*exc)


#: a stream helper's public view of the answer gathered so far (Anthropic's message stream,
#: OpenAI's chat completion stream)
_SNAPSHOTS = ("current_message_snapshot", "current_completion_snapshot")
