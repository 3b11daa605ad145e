"""The gateway: an ASGI app (Starlette) between an agency's AI tools and approved upstreams.

:func:`create_app` builds it from a :class:`~ai_guard.serve.config.GatewayConfig` and the
:class:`~ai_guard.policy.Policy`. Every ``/v1`` request goes through the same steps, and any
step that cannot vouch for the request refuses it (fail closed), in the API's own error shape
(OpenAI's, or Anthropic's on ``/v1/messages``), in Vietnamese and English:

1. the caller: ``Authorization: Bearer <token>`` or ``x-api-key`` -> the
   :class:`~ai_guard.serve.auth.Caller` of the :class:`~ai_guard.serve.auth.TokenVerifier`
   (401 when missing, unknown or revoked);
2. the body, read up to ``max_body_bytes`` (413 past it; nothing more is buffered), parsed as
   a JSON object (400 otherwise);
3. the model: listed on an upstream of the route's kind (403 otherwise);
4. the texts: every string of the request (identifiers and keys the APIs do not use checked
   but never rewritten), checked together by ``check_prompt``
   (:mod:`ai_guard.integrations._payload`: documents vetted; media inline or by URL,
   documents by URL, token ids in place of text, an official e-mail as ``user``, a file the
   upstream holds named by its ``file_id`` unless ``allow_file_ids``, and other content it
   holds (``previous_response_id``, a ``conversation``, a ``container`` ...) unless an
   answer of this gateway instance to the same caller (one with a token) made it or
   ``allow_stored_content`` refused):
   blocked -> 400 ``ai_guard_blocked``; a body nested too deep or holding a lone surrogate
   -> 400; any other error -> 500, recorded;
5. the audit row of the decision, written BEFORE anything is sent (503 if it cannot be);
6. the upstream call with the gateway's own key for that upstream (the caller's token is
   never forwarded), on the redacted request; the answer's placeholders restored (whole
   answers: every string; streams: event by event, a placeholder split across events
   included). Unreachable -> 502, timeout -> 504, an answer that is not JSON or a broken
   stream -> 502; each recorded.

Routes: ``/v1/chat/completions``, ``/v1/responses``, ``/v1/embeddings`` (OpenAI),
``/v1/messages`` and ``/v1/messages/count_tokens`` (Anthropic), ``GET /v1/models`` and
``GET /v1/models/{id}`` (the approved models, answered from the configuration), ``/healthz``,
``/metrics``; the pre-flight page (``GET /``, ``/page/...``: :mod:`ai_guard.serve.page`,
no token, nothing sent upstream) unless ``[gateway.page] enabled = false``. Anything else
(uploads, batches, every other family) is 404 in the API's shape, its body never read.

Every request is one row of the hash-chained audit log (two when the upstream then fails, or
anything else after the decision's row: ``error``, never blamed on the audit log):
``action = gateway:<route>``, ``outcome`` (allow, redact, block, refused_token,
refused_model, bad_request, too_large, not_found, upstream_error, error), ``reason``
(``model=... upstream=... status=... token=...``), the person as ``approver``, the unit, role
``gateway``, the keyed digest of the request body as ``digest`` (HMAC-SHA256 under the key
beside the log: :mod:`ai_guard.serve.digest`), counts per entity type as
``findings``; never a text. ``/healthz`` and ``/metrics`` are not recorded and need no token.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import time
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

import anyio
import anyio.to_thread
import httpx
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import BaseRoute, Route

from ai_guard import i18n
from ai_guard.errors import AiGuardError, PolicyError, PromptBlocked, UnguardedPath
from ai_guard.integrations._payload import (
    IDENTIFIER,
    VENDOR_REFS,
    check_request,
    read,
    rebuild,
)
from ai_guard.integrations._stored import Stored, harvest
from ai_guard.models import Decision, PromptCheck
from ai_guard.prompt import check_prompt
from ai_guard.prompt.policy import Policy
from ai_guard.serve.auth import Caller, TokenVerifier
from ai_guard.serve.config import GatewayConfig, Upstream, read_upstream_keys
from ai_guard.serve.digest import Digester
from ai_guard.serve.metrics import Metrics
from ai_guard.serve.restore import (
    BrokenStreamError,
    ChatStream,
    MessagesStream,
    ResponsesStream,
    SSEEvent,
    SSEParser,
    StreamRestorerBase,
    restore_in_place,
    restore_json,
)
from ai_guard.serve.upstream import UpstreamAnswer, UpstreamClient

__all__ = ["AUDIT_PROBE_SECONDS", "ROUTES", "WORKER_THREADS", "AuditWriter", "create_app"]

logger = logging.getLogger("ai_guard.serve")

#: Headers of the caller's request passed to the upstream (nothing else: no credential, no
#: cookie, no forwarding header).
_FORWARDED_HEADERS = ("anthropic-version", "anthropic-beta", "openai-beta")
#: What a forwarded header may hold: version and feature names, comma-separated
#: (``2023-06-01``, ``prompt-caching-2024-07-31,pdfs-2024-09-25``, ``assistants=v2``); any
#: other value is text the upstream would receive unchecked: refused
_NAME = r"[A-Za-z0-9][A-Za-z0-9._=-]{0,99}"
_HEADER_VALUE = re.compile(rf"{_NAME}(?:, ?{_NAME})*")
_ANTHROPIC_VERSION = "2023-06-01"
_ANONYMOUS = Caller(token_id="", unit="", person="")
#: How many requests are checked (and recorded) at once, each in a worker thread. The check
#: is Python work that holds the GIL: more threads do not check faster on any number of
#: cores, they only switch more (with anyio's default of 40 threads, 50 clients cost the
#: gateway 9.4-11.8 ms of CPU a request, against 8.3 with 4). A few threads keep one long
#: prompt from holding up the rest.
WORKER_THREADS = 4
#: How long ``/healthz`` keeps its last look at the audit log (seconds): a load balancer
#: probing every second costs one read of the log's head every few seconds, not one each.
AUDIT_PROBE_SECONDS = 5.0


class AuditWriter(Protocol):
    """What the gateway records with: :meth:`AuditLog.append`'s keywords."""

    def append(
        self,
        *,
        action: str,
        outcome: str,
        reason: str = ...,
        approver: str = ...,
        role: str = ...,
        unit: str = ...,
        digest: str = ...,
        findings: Mapping[str, int] | None = ...,
    ) -> object: ...


@dataclass(frozen=True)
class ApiRoute:
    """A route the gateway serves: its name (the audit action's suffix), the API kind of
    upstream it goes to, the path on the upstream, and how its streams are restored."""

    name: str
    kind: str
    upstream_path: str
    stream: type[StreamRestorerBase] | None


#: Every POST route: path -> what it is.
ROUTES: dict[str, ApiRoute] = {
    "/v1/chat/completions": ApiRoute("chat.completions", "openai", "/chat/completions", ChatStream),
    "/v1/responses": ApiRoute("responses", "openai", "/responses", ResponsesStream),
    "/v1/embeddings": ApiRoute("embeddings", "openai", "/embeddings", None),
    "/v1/messages": ApiRoute("messages", "anthropic", "/messages", MessagesStream),
    "/v1/messages/count_tokens": ApiRoute(
        "messages.count_tokens", "anthropic", "/messages/count_tokens", None
    ),
}
_MODELS = ApiRoute("models", "openai", "/models", None)
_MODELS_ANTHROPIC = ApiRoute("models", "anthropic", "/models", None)
_UNKNOWN = ApiRoute("unknown", "openai", "", None)
_UNKNOWN_ANTHROPIC = ApiRoute("unknown", "anthropic", "", None)


class _RefusalError(Exception):
    """A request refused at some step: the answer to send and the audit row to write."""

    def __init__(
        self,
        status: int,
        problem: str,
        outcome: str,
        *,
        code: str,
        message: tuple[str, str] | None = None,
        findings: dict[str, int] | None = None,
        fields: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(problem)
        self.status = status
        self.outcome = outcome
        self.code = code
        self.message = message or i18n.serve_error(problem, **(fields or {}))
        self.findings = findings or {}


class _AuditFailedError(Exception):
    """The audit log could not record a decision: the request is refused (503)."""

    def __init__(self, cause: BaseException) -> None:
        super().__init__(repr(cause))
        self.cause = cause


class _RestoreFailedError(Exception):
    """Putting the originals back into an upstream's answer failed (a bug): the answer is not
    handed back; the caller gets a 500 in the API's shape and the request's row says so."""


@dataclass
class _Context:
    """One request, as it goes through the steps (what the audit row and the log say)."""

    route: ApiRoute
    #: 32 random hex digits, as ``uuid4().hex`` gave, without building a UUID (1.2 against
    #: 3.8 us)
    request_id: str = field(default_factory=lambda: os.urandom(16).hex())
    started: float = field(default_factory=time.perf_counter)
    caller: Caller = _ANONYMOUS
    digest: str = ""
    model: str = ""
    upstream: str = ""
    findings: dict[str, int] = field(default_factory=dict)
    outcome: str = ""
    status: int = 0
    #: the request's texts (ids it named: not ids its answer made)
    asked: frozenset[str] = frozenset()

    def reason(self, status: int | str) -> str:
        parts = []
        if self.model:
            parts.append(f"model={self.model}")
        if self.upstream:
            parts.append(f"upstream={self.upstream}")
        parts.append(f"status={status}")
        if self.caller.token_id:
            parts.append(f"token={self.caller.token_id}")
        return " ".join(parts)


def _counts(check: object) -> dict[str, int]:
    counts: dict[str, int] = {}
    for finding in getattr(check, "findings", None) or []:
        entity = finding.entity.value
        counts[entity] = counts.get(entity, 0) + 1
    return counts


def _safe_model(value: str, approved: Mapping[str, object], policy: Policy) -> str:
    """A model name fit for a log, an audit row or an error message: an approved one (the
    configuration says it), an identifier in which the policy finds nothing (``cccd-0010...``
    is identifier-shaped and a CCCD), or a mark saying it was neither (a caller may put
    anything there)."""
    if value in approved:
        return value
    if IDENTIFIER.fullmatch(value) and not check_prompt(value, policy=policy).findings:
        return value
    return "<not-an-identifier>"


class Gateway:
    """The state behind the app: configuration, policy, callers, audit, upstream client."""

    def __init__(
        self,
        config: GatewayConfig,
        policy: Policy,
        *,
        tokens: TokenVerifier | None,
        audit: AuditWriter,
        transport: httpx.AsyncBaseTransport | None,
        lang: str,
    ) -> None:
        self.config = config
        # the gateway writes its own row for every request; a guarded-call row as well would
        # count each request twice
        self.policy = (
            policy.model_copy(update={"audit_llm_calls": False})
            if policy.audit_llm_calls
            else policy
        )
        self.tokens = tokens
        self.audit = audit
        self.transport = transport
        self.lang = lang
        self.keys = read_upstream_keys(config)
        #: the audit rows' digest of a body: keyed, so a short body cannot be found again
        self.digest = Digester.beside(getattr(audit, "location", None))
        self.models = {kind: config.models(kind) for kind in ("openai", "anthropic")}
        self.metrics = Metrics()
        self._client: UpstreamClient | None = None
        self._workers: anyio.CapacityLimiter | None = None
        #: the error of the last audit write, while no write has succeeded since
        self.audit_broken: BaseException | None = None
        self._audit_seen: tuple[float, tuple[str, str] | None] | None = None
        #: forwarded header values found clean (the SDKs send the same few on every request)
        self.clean_headers: set[str] = set()
        #: ids of stored content (responses, their items, containers) the upstream made for
        #: requests checked here, with the caller's token: the caller may name them again
        self.stored = Stored()

    @property
    def workers(self) -> anyio.CapacityLimiter:
        """The worker threads the checks and audit rows run in: :data:`WORKER_THREADS` at
        most (created on the event loop, at the first request)."""
        if self._workers is None:
            self._workers = anyio.CapacityLimiter(WORKER_THREADS)
        return self._workers

    # -- the upstream client -------------------------------------------------------------------
    @property
    def client(self) -> UpstreamClient:
        if self._client is None:
            self._client = UpstreamClient(
                self.transport,
                connect_timeout=self.config.connect_timeout,
                read_timeout=self.config.read_timeout,
            )
        return self._client

    async def close(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    # -- answers -------------------------------------------------------------------------------
    def _text(self, message: tuple[str, str]) -> str:
        vi, en = message
        return f"{en} / {vi}" if self.lang == "en" else f"{vi} / {en}"

    def error_body(
        self, route: ApiRoute, status: int, code: str, message: tuple[str, str]
    ) -> dict[str, Any]:
        """An error in the route's API shape; ``ai_guard`` holds the code and both sentences."""
        extra = {"code": code, "vi": message[0], "en": message[1]}
        if route.kind == "anthropic":
            return {
                "type": "error",
                "error": {
                    "type": _ANTHROPIC_TYPES.get(status, "api_error"),
                    "message": self._text(message),
                    "ai_guard": extra,
                },
            }
        return {
            "error": {
                "message": self._text(message),
                "type": _OPENAI_TYPES.get(status, "server_error"),
                "param": None,
                "code": code,
                "ai_guard": extra,
            }
        }

    def error_response(self, ctx: _Context, refusal: _RefusalError) -> Response:
        body = self.error_body(ctx.route, refusal.status, refusal.code, refusal.message)
        return _json_response(body, refusal.status, ctx.request_id)

    # -- recording -----------------------------------------------------------------------------
    def row(self, ctx: _Context, outcome: str, status: int | str) -> dict[str, Any]:
        """The request's audit row (:meth:`AuditLog.append`'s keywords)."""
        return {
            "action": f"gateway:{ctx.route.name}",
            "outcome": outcome,
            "reason": ctx.reason(status),
            "approver": ctx.caller.person,
            "role": "gateway",
            "unit": ctx.caller.unit,
            "digest": ctx.digest,
            "findings": dict(ctx.findings),
        }

    async def record(self, ctx: _Context, outcome: str, status: int | str) -> None:
        """Write the request's row (off the event loop); raises what the log raises."""
        row = self.row(ctx, outcome, status)
        await anyio.to_thread.run_sync(lambda: self.append(row), limiter=self.workers)

    def append(self, row: dict[str, Any]) -> None:
        """Write one row (in a worker thread); a failure is remembered until a write succeeds
        (``/healthz`` says so meanwhile) and raised."""
        try:
            self.audit.append(**row)
        except Exception as exc:
            self.audit_broken = exc
            self._audit_seen = None  # /healthz looks again at once
            raise
        if self.audit_broken is not None:
            self.audit_broken = None
            self._audit_seen = None

    async def audit_health(self) -> tuple[str, str] | None:
        """What is wrong with the audit log (vi, en), or None; looked at once per
        :data:`AUDIT_PROBE_SECONDS` (in a worker thread)."""
        seen = self._audit_seen
        now = time.monotonic()
        if seen is not None and now - seen[0] < AUDIT_PROBE_SECONDS:
            return seen[1]
        problem = await anyio.to_thread.run_sync(self._audit_probe, limiter=self.workers)
        self._audit_seen = (now, problem)
        return problem

    def _audit_probe(self) -> tuple[str, str] | None:
        """After a failed write: one row that shows the log takes writes again (nothing else
        can tell). Otherwise a read of the log's head (no write), when the log has one."""
        try:
            if self.audit_broken is not None:
                self.append({
                    "action": "gateway:healthz", "outcome": "probe", "role": "gateway",
                    "reason": "status=probe after a failed write",
                })  # fmt: skip
                return None
            head = getattr(self.audit, "head", None)
            if callable(head):
                head()
        except Exception as exc:
            if isinstance(exc, AiGuardError):
                detail = (exc.message_vi, exc.message_en)
            else:
                detail = (type(exc).__name__, type(exc).__name__)
            return i18n.serve_health("audit", vi=detail[0], en=detail[1])
        return None

    async def refuse(self, ctx: _Context, refusal: _RefusalError) -> Response:
        """Record a refusal and answer it; an audit log that cannot be written turns any
        answer into 503 (the refusal stands: nothing was sent)."""
        ctx.findings = refusal.findings or ctx.findings
        ctx.outcome, ctx.status = refusal.outcome, refusal.status
        try:
            await self.record(ctx, refusal.outcome, refusal.status)
        except Exception as exc:
            return self.audit_failed(ctx, exc)
        self.metrics.request(ctx.route.name, refusal.outcome)
        self.log(ctx)
        return self.error_response(ctx, refusal)

    def audit_failed(self, ctx: _Context, exc: BaseException) -> Response:
        """503: the audit log could not record the request. The caller is told so (not the
        log's own words, which may name the server's files); the log line says why."""
        detail = exc.message_en if isinstance(exc, AiGuardError) else repr(exc)
        ctx.outcome, ctx.status = "audit_failed", 503
        self.metrics.request(ctx.route.name, "audit_failed")
        self.log(ctx, audit_error=detail)
        refusal = _RefusalError(
            503, "audit_failed", "audit_failed", code="ai_guard_audit_unavailable",
            fields={"request_id": ctx.request_id},
        )  # fmt: skip
        return self.error_response(ctx, refusal)

    def log(self, ctx: _Context, **more: Any) -> None:
        """One JSON line per request: ids, route, model, decision, counts, latency; no text."""
        if not logger.isEnabledFor(logging.INFO):
            return
        line = {
            "request_id": ctx.request_id,
            "route": ctx.route.name,
            "model": ctx.model,
            "upstream": ctx.upstream,
            "decision": ctx.outcome,
            "status": ctx.status,
            "unit": ctx.caller.unit,
            "token_id": ctx.caller.token_id,
            "findings": ctx.findings,
            "latency_ms": round((time.perf_counter() - ctx.started) * 1000, 2),
            **more,
        }
        logger.info(json.dumps(line, ensure_ascii=False, separators=(",", ":")))

    # -- the steps -----------------------------------------------------------------------------
    async def authenticate(self, request: Request, ctx: _Context) -> None:
        presented = _presented_token(request)
        if presented is None:
            if self.config.require_tokens:
                raise _RefusalError(401, "token_missing", "refused_token", code="ai_guard_no_token")
            return
        if self.tokens is None:
            return  # tokens not required and no verifier: callers are unnamed
        caller = self.tokens.verify(presented)  # a lookup: on the loop (see TokenVerifier)
        if caller is None:
            raise _RefusalError(
                401, "token_invalid", "refused_token", code="ai_guard_invalid_token"
            )
        ctx.caller = caller

    async def read_body(self, request: Request, ctx: _Context) -> bytes:
        limit = self.config.max_body_bytes
        try:
            body = await _read_bounded(request.headers, request.stream(), limit)
        except _TooLargeError:
            raise _RefusalError(
                413, "too_large", "too_large", code="ai_guard_body_too_large",
                fields={"limit": str(limit)},
            ) from None  # fmt: skip
        ctx.digest = self.digest(body)
        return body

    def parse(self, body: bytes) -> dict[str, Any]:
        try:
            payload = json.loads(body)
        except ValueError:  # not JSON, or not UTF-8
            raise _RefusalError(400, "bad_json", "bad_request", code="ai_guard_bad_json") from None
        except RecursionError:  # "[[[[..." nested deeper than the parser goes
            raise _RefusalError(400, "too_deep", "bad_request", code="ai_guard_bad_json") from None
        if not isinstance(payload, dict):
            raise _RefusalError(400, "not_object", "bad_request", code="ai_guard_bad_json")
        return payload

    def choose(self, payload: dict[str, Any], ctx: _Context) -> Upstream:
        model = payload.get("model")
        if not isinstance(model, str) or not model:
            raise _RefusalError(400, "model_missing", "bad_request", code="ai_guard_model_missing")
        approved = self.models[ctx.route.kind]
        ctx.model = _safe_model(model, approved, self.policy)
        upstream = approved.get(model)
        if upstream is None:
            allowed = ", ".join(sorted(approved)) or "-"
            if ctx.model == model:
                raise _RefusalError(
                    403, "model_refused", "refused_model", code="ai_guard_model_not_allowed",
                    fields={"model": model, "allowed": allowed},
                )  # fmt: skip
            raise _RefusalError(
                403, "model_refused_unnamed", "refused_model",
                code="ai_guard_model_not_allowed", fields={"allowed": allowed},
            )  # fmt: skip
        ctx.upstream = upstream.name
        return upstream

    def check(self, payload: dict[str, Any], ctx: _Context) -> tuple[PromptCheck, Any]:
        """check_prompt over the request's texts (in a worker thread): the check and the
        request to send (redacted), or a :class:`_RefusalError`."""
        try:
            found = read(
                payload,
                policy=self.policy,
                allow_file_ids=self.config.allow_file_ids,
                allow_stored=self.config.allow_stored_content,
                vouched=self.stored.judge(ctx.caller.token_id),
                vendor=VENDOR_REFS.get(ctx.route.kind),  # the SDK nets' rules, per API
                remote=self.config.remote_servers,
            )
            ctx.asked = frozenset(found.texts)
            check, pieces = check_request(found, self.policy, f"gateway:{ctx.route.name}", None)
        except PromptBlocked as exc:
            vi, en = exc.message_vi, exc.message_en
            raise _RefusalError(
                400, "blocked", "block", code="ai_guard_blocked",
                fields={"vi": vi, "en": en}, findings=_counts(exc.check),
            ) from None  # fmt: skip
        except UnguardedPath as exc:
            raise _RefusalError(
                400, "refused", "block", code="ai_guard_refused",
                fields={"vi": exc.message_vi, "en": exc.message_en}, findings=_counts(exc.check),
            ) from None  # fmt: skip
        except AiGuardError as exc:  # an official e-mail as the user, an unreadable input
            raise _RefusalError(
                400, "refused", "block", code="ai_guard_refused",
                fields={"vi": exc.message_vi, "en": exc.message_en},
            ) from None  # fmt: skip
        if check.decision is Decision.ALLOW:
            return check, payload
        return check, rebuild(payload, pieces, policy=self.policy, encoded=found.encoded)

    def decide(self, payload: dict[str, Any], ctx: _Context) -> tuple[PromptCheck, bytes]:
        """In one worker thread: the check, then the decision's audit row (BEFORE anything is
        sent), then the body to send. Raises :class:`_RefusalError` for a refused request,
        :class:`_AuditFailedError` when the row cannot be written."""
        check, outgoing = self.check(payload, ctx)
        ctx.findings = _counts(check)
        try:  # the body first: a row says "sent" only of what can be sent
            content = json.dumps(outgoing, ensure_ascii=False, separators=(",", ":")).encode()
        except UnicodeEncodeError:  # "\ud800": a lone surrogate, not a character
            raise _RefusalError(400, "bad_json", "bad_request", code="ai_guard_bad_json") from None
        ctx.outcome = check.decision.value
        try:
            self.append(self.row(ctx, ctx.outcome, "sent"))
        except Exception as exc:
            raise _AuditFailedError(exc) from exc
        return check, content

    # -- the handlers --------------------------------------------------------------------------
    async def handle(self, request: Request, route: ApiRoute) -> Response:
        ctx = _Context(route)
        try:
            await self.authenticate(request, ctx)
            body = await self.read_body(request, ctx)
            self.vet_headers(request)
            payload = self.parse(body)
            upstream = self.choose(payload, ctx)
            stream = payload.get("stream") is True
            if stream and route.stream is None:
                raise _RefusalError(400, "no_stream", "bad_request", code="ai_guard_no_stream")
            try:
                check, content = await anyio.to_thread.run_sync(
                    lambda: self.decide(payload, ctx), limiter=self.workers
                )
            except (_RefusalError, _AuditFailedError):
                raise
            except RecursionError:  # nested deeper than the reader goes: not read, not sent
                raise _RefusalError(
                    400, "too_deep", "bad_request", code="ai_guard_bad_json"
                ) from None
        except _RefusalError as refusal:
            return await self.refuse(ctx, refusal)
        except _AuditFailedError as failed:  # nothing goes out unrecorded
            return self.audit_failed(ctx, failed.cause)
        except Exception:  # a bug, a caller gone mid-body: refused in the API's shape, recorded
            logger.exception(json.dumps({"request_id": ctx.request_id, "step": "check"}))
            internal = _RefusalError(500, "internal", "error", code="ai_guard_internal")
            return await self.refuse(ctx, internal)
        self.metrics.request(route.name, ctx.outcome)
        if check.decision is Decision.REDACT:
            self.metrics.redacted(ctx.findings)
        url = upstream.base_url + route.upstream_path
        headers = self.upstream_headers(request, upstream)
        if stream:
            return await self.relay_stream(ctx, upstream, url, headers, content, check)
        return await self.relay(ctx, upstream, url, headers, content, check)

    def vet_headers(self, request: Request) -> None:
        """The headers forwarded upstream hold version and feature names, and nothing the
        policy would redact or block (a name, a number, written as a feature's name)."""
        for name in _FORWARDED_HEADERS:
            value = request.headers.get(name)
            if value is None or value in self.clean_headers:
                continue
            if _HEADER_VALUE.fullmatch(value.strip()):
                check = check_prompt(value.replace("-", " "), policy=self.policy)
                if check.decision is Decision.ALLOW:
                    if len(self.clean_headers) > 1024:
                        self.clean_headers.clear()
                    self.clean_headers.add(value)
                    continue
            from ai_guard.integrations._payload import refused

            said = refused("header", name=name, path=f"headers.{name}", reason="header")
            raise _RefusalError(
                400, "refused", "block", code="ai_guard_refused",
                fields={"vi": said.message_vi, "en": said.message_en},
            )  # fmt: skip

    def upstream_headers(self, request: Request, upstream: Upstream) -> dict[str, str]:
        headers = {"content-type": "application/json", "accept": "application/json"}
        for name in _FORWARDED_HEADERS:
            value = request.headers.get(name)
            if value is not None:
                headers[name] = value
        key = self.keys[upstream.name]
        if upstream.kind == "anthropic":
            headers["x-api-key"] = key
            headers.setdefault("anthropic-version", _ANTHROPIC_VERSION)
        else:
            headers["authorization"] = f"Bearer {key}"
        return headers

    async def upstream_failed(
        self, ctx: _Context, upstream: Upstream, kind: str, status: int, problem: str
    ) -> _RefusalError:
        """Record an upstream failure (a second row after the decision's); the refusal to
        answer with (503 if even that row cannot be written is left to the caller)."""
        self.metrics.upstream_error(upstream.name, kind)
        refusal = _RefusalError(
            status, problem, "upstream_error", code=f"ai_guard_upstream_{kind}",
            fields={"name": upstream.name},
        )  # fmt: skip
        ctx.outcome, ctx.status = "upstream_error", status
        await self.recorded(ctx, "upstream_error", status)
        return refusal

    async def recorded(self, ctx: _Context, outcome: str, status: int | str) -> None:
        """:meth:`record` after the decision's row, its failure told apart from any other
        (:class:`_AuditFailedError`): a request that failed otherwise is not blamed on the
        audit log, and its row is written."""
        try:
            await self.record(ctx, outcome, status)
        except Exception as exc:
            raise _AuditFailedError(exc) from exc

    async def failed_after_sending(self, ctx: _Context, step: str) -> Response:
        """An error no step expected after the decision's row (the upstream client raising
        something of its own, a bug): recorded as a second row (``error``) and answered 500 in
        the API's shape, not as an audit failure (503) with no row saying what happened."""
        logger.exception(json.dumps({"request_id": ctx.request_id, "step": step}))
        internal = _RefusalError(500, "internal", "error", code="ai_guard_internal")
        return await self.refuse(ctx, internal)

    async def open_upstream(
        self, ctx: _Context, upstream: Upstream, url: str, headers: dict[str, str], content: bytes
    ) -> UpstreamAnswer:
        """Send the request and return the upstream's response, its body not read yet; a
        timeout (504) or an unreachable upstream (502) is recorded and raised as a refusal."""
        sent = time.perf_counter()
        try:
            answer = await self.client.send(url, headers, content)
        except httpx.TimeoutException:
            raise await self.upstream_failed(
                ctx, upstream, "timeout", 504, "upstream_timeout"
            ) from None
        except httpx.HTTPError:
            raise await self.upstream_failed(
                ctx, upstream, "unreachable", 502, "upstream_unreachable"
            ) from None
        self.metrics.upstream_latency(upstream.name, time.perf_counter() - sent)
        return answer

    async def read_whole(
        self, ctx: _Context, upstream: Upstream, answer: UpstreamAnswer, broken: str
    ) -> bytes:
        """The whole body within ``max_answer_bytes`` (closed after); a timeout, a body that
        breaks off (recorded as ``broken``) or one too large is recorded and raised."""
        try:
            return await _read_bounded(
                answer.headers, answer.aiter_bytes(), self.config.max_answer_bytes
            )
        except httpx.TimeoutException:
            raise await self.upstream_failed(
                ctx, upstream, "timeout", 504, "upstream_timeout"
            ) from None
        except httpx.HTTPError:
            raise await self.upstream_failed(
                ctx, upstream, broken, 502, f"upstream_{broken}"
            ) from None
        except _TooLargeError:
            raise await self.upstream_failed(
                ctx, upstream, "too_large", 502, "upstream_too_large"
            ) from None
        finally:
            await answer.aclose()

    async def relay(
        self,
        ctx: _Context,
        upstream: Upstream,
        url: str,
        headers: dict[str, str],
        content: bytes,
        check: PromptCheck,
    ) -> Response:
        try:
            answer = await self.open_upstream(ctx, upstream, url, headers, content)
            body = await self.read_whole(ctx, upstream, answer, "unreachable")
            return await self.answer(ctx, upstream, answer.status_code, answer, check, body)
        except Exception as error:
            return await self.relay_failed(ctx, error)

    async def relay_failed(self, ctx: _Context, error: Exception) -> Response:
        """The answer to a relay (whole or streamed) that failed before its answer went back:
        a refusal as it was raised (recorded), a failed restoring or audit as each is answered,
        anything else as an internal error after sending (called in the ``except`` block: its
        traceback is logged)."""
        if isinstance(error, _RefusalError):
            self.log(ctx)
            return self.error_response(ctx, error)
        if isinstance(error, _RestoreFailedError):
            return await self.restore_failed(ctx)
        if isinstance(error, _AuditFailedError):
            return self.audit_failed(ctx, error.cause)
        return await self.failed_after_sending(ctx, "relay")

    async def restore_failed(self, ctx: _Context) -> Response:
        """Putting the originals back into a whole answer failed (not the audit's fault): the
        answer is not handed back; refused as an internal error, recorded."""
        logger.exception(json.dumps({"request_id": ctx.request_id, "step": "restore"}))
        internal = _RefusalError(500, "internal", "error", code="ai_guard_internal")
        return await self.refuse(ctx, internal)

    async def answer(
        self,
        ctx: _Context,
        upstream: Upstream,
        status: int,
        answer: UpstreamAnswer,
        check: PromptCheck,
        body: bytes,
    ) -> Response:
        """A whole answer (``body``, read within the size limit): parsed, every string
        restored; an upstream error status is passed on (restored too) and recorded; an answer
        that is not JSON is refused (502)."""
        try:
            data = json.loads(body)
            if status < 400 and isinstance(data, dict):
                self.keep(ctx, data)
            if not check.placeholders:  # nothing was redacted: nothing to put back
                changed = False
            elif isinstance(data, (dict, list)):
                changed = restore_in_place(data, check)
            else:
                restored = restore_json(data, check)
                changed, data = restored != data, restored
        except (ValueError, RecursionError):  # not JSON, or nested past what is read
            raise await self.upstream_failed(
                ctx, upstream, "bad_answer", 502, "upstream_bad_answer"
            ) from None
        except Exception as exc:  # a restorer's bug: the answer is not handed back
            raise _RestoreFailedError from exc
        ctx.status = status
        if status >= 400:
            self.metrics.upstream_error(upstream.name, "status")
            ctx.outcome = "upstream_error"
            await self.recorded(ctx, "upstream_error", status)
        self.log(ctx)
        if changed:
            response = _json_response(data, status, ctx.request_id)
        else:  # nothing to restore: the upstream's JSON as it came (it parsed)
            response = Response(
                body, status_code=status, media_type="application/json",
                headers={"cache-control": "no-store", "x-request-id": ctx.request_id},
            )  # fmt: skip
        retry = answer.headers.get("retry-after")
        if retry is not None:
            response.headers["retry-after"] = retry
        return response

    async def relay_stream(
        self,
        ctx: _Context,
        upstream: Upstream,
        url: str,
        headers: dict[str, str],
        content: bytes,
        check: PromptCheck,
    ) -> Response:
        headers = {**headers, "accept": "text/event-stream"}
        try:
            answer = await self.open_upstream(ctx, upstream, url, headers, content)
            media = answer.headers.get("content-type", "").split(";")[0].strip().lower()
            if answer.status_code >= 400 or media != "text/event-stream":
                body = await self.read_whole(ctx, upstream, answer, "broken_stream")
                if answer.status_code < 400:  # a stream was asked for and not given
                    raise await self.upstream_failed(
                        ctx, upstream, "broken_stream", 502, "upstream_broken_stream"
                    )
                return await self.answer(ctx, upstream, answer.status_code, answer, check, body)
        except Exception as error:
            return await self.relay_failed(ctx, error)
        assert ctx.route.stream is not None
        restorer = ctx.route.stream(check)
        ctx.status = 200
        return StreamingResponse(
            self.events(ctx, upstream, answer, restorer),
            status_code=200,
            media_type="text/event-stream",
            headers={"cache-control": "no-store", "x-request-id": ctx.request_id},
        )

    async def events(
        self,
        ctx: _Context,
        upstream: Upstream,
        answer: UpstreamAnswer,
        restorer: StreamRestorerBase,
    ) -> AsyncIterator[bytes]:
        """The restored events of an upstream's stream, one event behind it (an event's
        field may need the next event to know it ended). A broken stream ends with an error
        event in the API's shape; nothing of the unreadable part is forwarded."""
        parser = SSEParser()
        pending: SSEEvent | None = None
        left = self.config.max_answer_bytes
        # the events restored from one piece of the upstream's answer go out in one write
        # (the upstream client hands over, in one piece, every chunk that arrived together:
        # nothing waits for that); one ASGI message per event cost the server a frame and a
        # socket write each
        batch: list[bytes] = []
        try:
            async for chunk in answer.aiter_bytes():
                left -= len(chunk)
                if left < 0:
                    raise _TooLargeError
                for event in parser.feed(chunk):
                    self.keep_event(ctx, event)
                    if pending is not None:
                        for out in restorer.restore(pending, event):
                            batch.append(out.encode())
                    pending = event
                if batch:
                    yield b"".join(batch)
                    batch.clear()
            parser.end()
            if pending is not None:
                batch.extend(out.encode() for out in restorer.restore(pending, None))
            batch.extend(out.encode() for out in restorer.finish())
            if batch:
                yield b"".join(batch)
                batch.clear()
        except Exception as exc:  # a broken stream, a dropped connection, a restorer's bug
            if batch:  # the events restored before the broken one still go out first
                yield b"".join(batch)
                batch.clear()
            if not isinstance(exc, (BrokenStreamError, httpx.HTTPError, _TooLargeError)):
                logger.exception(json.dumps({"request_id": ctx.request_id, "step": "stream"}))
            timeout = isinstance(exc, httpx.TimeoutException)
            large = isinstance(exc, _TooLargeError)
            kind = "timeout" if timeout else "too_large" if large else "broken_stream"
            problem = f"upstream_{kind}"
            status = 504 if timeout else 502
            try:
                refusal = await self.upstream_failed(ctx, upstream, kind, status, problem)
            except Exception as audit_exc:
                logger.error(
                    json.dumps({"request_id": ctx.request_id, "audit_error": repr(audit_exc)})
                )
                refusal = _RefusalError(
                    status, problem, "upstream_error", code=f"ai_guard_upstream_{kind}",
                    fields={"name": upstream.name},
                )  # fmt: skip
            yield self.stream_error(ctx.route, refusal)
        finally:
            await answer.aclose()
            self.log(ctx, stream=True)

    def keep(self, ctx: _Context, data: Any) -> None:
        """Remember the ids of stored content an answer says its request made (a response,
        its output items, a container), for this caller to name again. A caller without a
        token (``require_tokens = false``) is no one in particular: every such caller would
        share what one of them made, so nothing is kept for them (their references are
        refused unless ``allow_stored_content``)."""
        if ctx.caller.token_id:
            self.stored.add(harvest(data, ctx.asked), ctx.caller.token_id)

    def keep_event(self, ctx: _Context, event: SSEEvent) -> None:
        """:meth:`keep` for a streamed event that names an id (``response.created``,
        ``message_start`` ...); other events are not parsed again."""
        if not ctx.caller.token_id:
            return
        if '"id"' in event.data and ctx.route.name in ("responses", "messages"):
            with contextlib.suppress(Exception):  # not JSON: the restorer says so
                data = event.json()  # parsed once, for the restorer too
                if isinstance(data, dict):
                    self.keep(ctx, data)

    def stream_error(self, route: ApiRoute, refusal: _RefusalError) -> bytes:
        body = self.error_body(route, refusal.status, refusal.code, refusal.message)
        if route.kind == "anthropic":
            return SSEEvent("", "error").with_data(body).encode()
        return SSEEvent("").with_data(body).encode()

    async def list_models(self, request: Request) -> Response:
        """``GET /v1/models`` and ``GET /v1/models/{id}``: the approved models, from the
        configuration (no upstream call); Anthropic's shape when the caller sends
        ``anthropic-version`` (the Anthropic SDK), OpenAI's otherwise. Authenticated and
        recorded like every ``/v1`` request."""
        ctx = _Context(_MODELS)
        kind = "anthropic" if "anthropic-version" in request.headers else "openai"
        wanted = request.path_params.get("model")
        try:
            await self.authenticate(request, ctx)
            if wanted is not None:
                ctx.model = _safe_model(wanted, self.models[kind], self.policy)
                if wanted not in self.models[kind]:
                    allowed = ", ".join(sorted(self.models[kind])) or "-"
                    raise _RefusalError(
                        404, "model_refused_unnamed", "not_found",
                        code="ai_guard_model_not_allowed", fields={"allowed": allowed},
                    )  # fmt: skip
        except _RefusalError as refusal:
            if kind == "anthropic":
                ctx.route = _MODELS_ANTHROPIC
            return await self.refuse(ctx, refusal)
        ctx.outcome, ctx.status = "allow", 200
        try:
            await self.record(ctx, "allow", 200)
        except Exception as exc:
            return self.audit_failed(ctx, exc)
        self.metrics.request(ctx.route.name, "allow")
        self.log(ctx)
        names = [wanted] if wanted is not None else list(self.models[kind])
        if kind == "anthropic":
            cards = [
                {"type": "model", "id": m, "display_name": m, "created_at": "1970-01-01T00:00:00Z"}
                for m in names
            ]
            data: dict[str, Any] = {
                "data": cards,
                "has_more": False,
                "first_id": names[0] if names else None,
                "last_id": names[-1] if names else None,
            }
        else:
            approved = self.models["openai"]
            cards = [
                {"id": m, "object": "model", "created": 0, "owned_by": approved[m].name}
                for m in names
            ]
            data = {"object": "list", "data": cards}
        return _json_response(cards[0] if wanted is not None else data, 200, ctx.request_id)

    async def not_found(self, request: Request, status: int) -> Response:
        """An unknown route (404) or a method a route does not take (405): the caller is
        still authenticated first, and the request recorded."""
        path = request.url.path
        route = ROUTES.get(path) or (
            _UNKNOWN_ANTHROPIC if "anthropic-version" in request.headers else _UNKNOWN
        )
        if path == "/v1/models" or path.startswith("/v1/models/"):
            route = _MODELS
        ctx = _Context(route)
        try:
            await self.authenticate(request, ctx)
            if status == 405:
                raise _RefusalError(
                    405, "method", "bad_request", code="ai_guard_method_not_allowed",
                    fields={"method": request.method if request.method.isalpha() else "?"},
                )  # fmt: skip
            raise _RefusalError(
                404, "not_found", "not_found", code="ai_guard_not_found",
                fields={"routes": ", ".join(["/v1/models", *ROUTES])},
            )  # fmt: skip
        except _RefusalError as refusal:
            return await self.refuse(ctx, refusal)


_OPENAI_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    405: "invalid_request_error",
    413: "invalid_request_error",
}
_ANTHROPIC_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    405: "invalid_request_error",
    413: "request_too_large",
}


def _presented_token(request: Request) -> str | None:
    auth = request.headers.get("authorization")
    if auth:
        scheme, _, value = auth.strip().partition(" ")
        if scheme.lower() == "bearer" and value.strip():
            return value.strip()
    key = request.headers.get("x-api-key", "").strip()
    return key or None


def _json_response(data: Any, status: int, request_id: str) -> Response:
    """An answer or an error of the API: ``no-store``, as every answer of the gateway (a
    restored answer holds the caller's personal data: no cache between the tool and the
    gateway may keep it; a stream said ``no-cache``, which lets a cache store)."""
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Response(
        body,
        status_code=status,
        media_type="application/json",
        headers={"cache-control": "no-store", "x-request-id": request_id},
    )


def create_app(
    config: GatewayConfig,
    policy: Policy,
    *,
    tokens: TokenVerifier | None = None,
    audit: AuditWriter | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    lang: str = "vi",
) -> Starlette:
    """The gateway as an ASGI app (serve it with uvicorn).

    ``tokens`` maps a presented token to its :class:`Caller`; with ``require_tokens`` (the
    default) and no ``tokens`` the app is not built (:class:`PolicyError`): the gateway never
    runs open. ``audit`` is anything with :meth:`AuditLog.append`'s keywords (default: the
    log ``config.audit_log`` names, else the policy's, opened with
    :func:`ai_guard.signoff.audit.open_log`). ``transport`` replaces the network under the
    upstream client (tests, benchmarks). ``lang`` puts that language first in error
    messages (both are always there). Each upstream's key is read now, once."""
    if config.require_tokens and tokens is None:
        vi, en = i18n.serve_config_error("tokens_required")
        raise PolicyError(vi=vi, en=en, key="gateway.require_tokens")
    if audit is None:
        from ai_guard.signoff.audit import open_log

        audit = open_log(config.audit_log or policy.audit_log)
    gateway = Gateway(config, policy, tokens=tokens, audit=audit, transport=transport, lang=lang)

    def endpoint(route: ApiRoute) -> Callable[[Request], Any]:
        async def handler(request: Request) -> Response:
            return await gateway.handle(request, route)

        return handler

    async def healthz(request: Request) -> Response:
        # an instance whose token file is damaged, or whose audit log cannot be written or
        # read, refuses every caller (fail closed): it says so here, so that a load balancer
        # takes it out instead of sending it traffic
        body: dict[str, Any] = {}
        problem = getattr(gateway.tokens, "problem", None)  # TokenStore: a property
        if callable(problem):
            problem = problem()
        if problem is not None:
            body["tokens"] = {
                "vi": getattr(problem, "message_vi", str(problem)),
                "en": getattr(problem, "message_en", str(problem)),
            }
        audit = await gateway.audit_health()
        if audit is not None:
            body["audit"] = {"vi": audit[0], "en": audit[1]}
        if body:
            return JSONResponse({"status": "unavailable", **body}, status_code=503)
        return JSONResponse({"status": "ok"})

    async def metrics(request: Request) -> Response:
        return Response(
            gateway.metrics.render(), media_type="text/plain; version=0.0.4; charset=utf-8"
        )

    async def http_error(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        return await gateway.not_found(request, 405 if status == 405 else 404)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            await gateway.close()

    routes: list[BaseRoute] = [
        Route(path, endpoint(route), methods=["POST"]) for path, route in ROUTES.items()
    ]
    routes += [
        Route("/v1/models", gateway.list_models, methods=["GET"]),
        Route("/v1/models/{model:path}", gateway.list_models, methods=["GET"]),
        Route("/healthz", healthz, methods=["GET"]),
        Route("/metrics", metrics, methods=["GET"]),
    ]
    if config.page.enabled:  # the pre-flight page (ai_guard.serve.page): no token, no upstream
        from ai_guard.serve.page import page_routes

        routes += page_routes(gateway.policy, config.page, audit)
    app = Starlette(
        routes=routes,
        exception_handlers={404: http_error, 405: http_error},
        lifespan=lifespan,
    )
    app.state.gateway = gateway
    return app


class _TooLargeError(Exception):
    """A body (a request's, an upstream's answer) went past its limit."""


async def _read_bounded(
    headers: Mapping[str, str], chunks: AsyncIterator[bytes], limit: int
) -> bytes:
    """A whole body, or :class:`_TooLargeError` as soon as it passes ``limit`` bytes (or
    declares more): nothing is buffered without end."""
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _TooLargeError
    parts: list[bytes] = []
    size = 0
    async for chunk in chunks:
        size += len(chunk)
        if size > limit:
            raise _TooLargeError
        parts.append(chunk)
    return b"".join(parts)
