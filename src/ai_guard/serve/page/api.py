"""The pre-flight page's JSON API (``/page/api/...``), shared by the gateway and
``ai-guard serve --page-only``.

- ``GET /page/api/info``: what the page needs to start (version, policy, limits, the file
  types read, the entity labels, whether checks are recorded);
- ``POST /page/api/check`` ``{"text": "..."}``: the ANALYSIS of a pasted text;
- ``POST /page/api/upload``: the raw bytes of a file (not multipart), its name in
  ``X-File-Name`` (percent-encoded, as ``encodeURIComponent`` writes it): the same ANALYSIS
  of the text read from it, with ``file`` set.

The ANALYSIS (docs/page.md has it field by field): the text the offsets refer to (NFC; for a
file, its extracted text), the decision (``allow``, ``redact``, ``block``), a one-sentence
summary, the findings with their reasons and spans in UTF-16 code units (JavaScript's string
indices: a character outside the BMP counts two), the redacted text and the mapping of its
placeholders (for the browser to restore the chatbot's answer; empty when blocked), why a
blocked text is blocked and what to do, and the document's classification.

The decision is ``check_prompt``'s, made stricter by the classification: a document
``classify_document`` says must not be sent (a protected category about identifiable people,
a circulation mark the policy blocks) is blocked, its redacted text withheld.

Every error is ``{"error": {"code": ..., "message": {"vi": ..., "en": ...}}}``: 400 a body
that is not JSON, not UTF-8, without ``text``; 413 a body over ``max_upload_bytes`` (counted
while it streams in: nothing larger is held) or a text over ``max_text_chars``; 415 a file type
the server does not read (``.exe``, ``.png``) or a ``/check`` body that is
not sent as JSON; 422 a file it cannot read (a damaged ``.docx``, an encrypted or scanned
PDF, an empty file); 500 a failure inside the check (the message says the text is BLOCKED);
503 a check the policy wants recorded when the audit log cannot be written.

The server keeps nothing: the text and the mapping live only for the request. With
``[gateway.page] audit = true`` each check is one audit row (``page:check``/``page:upload``,
the decision, counts per entity type, the keyed digest of the text); never the text, the file's
name or a placeholder's value. One JSON log line per request (logger ``ai_guard.serve``)
with the same fields and the latency; never the text or the file's name.
"""

from __future__ import annotations

import bisect
import contextlib
import importlib.util
import json
import logging
import re
import time
import unicodedata
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import PurePosixPath, PureWindowsPath
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

import anyio
import anyio.to_thread
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ai_guard import __version__, i18n
from ai_guard.classify.extract import READ_KINDS, SUPPORTED_SUFFIXES
from ai_guard.errors import AiGuardError, InputError, PolicyError
from ai_guard.models import Decision, EntityType, Finding, LocalizedText, PromptCheck
from ai_guard.prompt.policy import Policy
from ai_guard.serve.digest import Digester
from ai_guard.serve.page.assets import PAGE_HEADERS
from ai_guard.serve.page.settings import PageSettings
from ai_guard.text.encodings import DecodedText

if TYPE_CHECKING:
    from ai_guard.classify.models import DocumentClassification

__all__ = ["API_HEADERS", "PageApi", "PageError", "api_routes", "page_app", "utf16_offsets"]

logger = logging.getLogger("ai_guard.serve")

#: The headers of every API answer: the page's own (:data:`PAGE_HEADERS`), ``no-store`` among
#: them (an analysis holds the text and its mapping, which no cache may keep).
API_HEADERS: dict[str, str] = dict(PAGE_HEADERS)

#: The API's paths, for the 404 message.
_ROUTES = ("/page/api/info", "/page/api/check", "/page/api/upload")

#: Suffix -> (module that reads it, the extra that installs it): a type whose reader is not
#: installed is not offered (``info.accept``) and refused (415) with what to install.
_NEEDS = {".docx": ("docx", "docx"), ".pdf": ("pypdf", "pdf")}

_MAX_NAME = 255
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
#: characters outside the Basic Multilingual Plane: two UTF-16 code units each
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
#: the patterns of check_prompt's own refusals (ai_guard.redaction) with advice of their own
_REDACTION_FAILURES = ("legacy_encoding", "repeat_budget", "value_left")
_STAMP_WORDS = {"mat": "MẬT", "toi_mat": "TỐI MẬT", "tuyet_mat": "TUYỆT MẬT"}


class PageError(Exception):
    """A request the page's API refuses: the status, a stable snake_case code and the
    (vi, en) message."""

    def __init__(self, status: int, code: str, message: tuple[str, str]) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.message = message

    @classmethod
    def of(cls, status: int, code: str, **fields: str) -> PageError:
        return cls(status, code, i18n.page_error(code, **fields))


def error_body(code: str, message: tuple[str, str]) -> dict[str, Any]:
    return {"error": {"code": code, "message": {"vi": message[0], "en": message[1]}}}


def _encode(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _json(data: Any, status: int = 200, request_id: str = "") -> Response:
    return _json_bytes(_encode(data), status, request_id)


def _json_bytes(body: bytes, status: int, request_id: str) -> Response:
    headers = dict(API_HEADERS)
    if request_id:
        headers["x-request-id"] = request_id
    return Response(
        body, status_code=status, media_type="application/json; charset=utf-8", headers=headers
    )


# -- offsets -------------------------------------------------------------------------------------


def utf16_offsets(text: str) -> Callable[[int], int]:
    """A function from an index into ``text`` (Python: code points) to the same place in
    UTF-16 code units (JavaScript: every character outside the BMP, an emoji, counts two).
    One pass over the text; each offset is then a binary search (the identity for a text
    with no such character)."""
    astral = [m.start() for m in _ASTRAL.finditer(text)]
    if not astral:
        return lambda i: i
    return lambda i: i + bisect.bisect_left(astral, i)


def _pair(value: LocalizedText | tuple[str, str]) -> dict[str, str]:
    if isinstance(value, tuple):
        return {"vi": value[0], "en": value[1]}
    return {"vi": value.vi, "en": value.en}


def _label(table: Mapping[str, tuple[str, str]], key: str) -> dict[str, str]:
    vi, en = table.get(key, (key, key))
    return {"vi": vi, "en": en}


def _counts(findings: list[Finding]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.entity.value] = counts.get(f.entity.value, 0) + 1
    return counts


# -- the analysis --------------------------------------------------------------------------------


@dataclass
class FileInfo:
    """What the ANALYSIS says of an uploaded file."""

    name: str
    size: int
    kind: str
    converted_from: str | None = None


@dataclass
class _Verdict:
    """The page's decision and, for a block, its reasons and advice (and the summary's
    ingredients)."""

    decision: Decision
    reasons: list[tuple[str, str]] = field(default_factory=list)
    advice: list[str] = field(default_factory=list)
    blocked: dict[str, int] = field(default_factory=dict)
    secrecy: str | None = None
    categories: list[str] = field(default_factory=list)
    failed: bool = False


def _verdict(
    check: PromptCheck, classification: DocumentClassification, policy: Policy
) -> _Verdict:
    """check_prompt's decision, blocked as well when the classification says do_not_send;
    for a block, each reason with what to do about it."""
    decision = check.decision
    if classification.recommended_action == "do_not_send":
        decision = Decision.BLOCK
    out = _Verdict(decision)
    if decision is not Decision.BLOCK:
        return out
    advice: list[str] = []
    blocked: dict[str, int] = {}
    failures: list[Finding] = []
    for f in check.findings:
        if f.entity is EntityType.DETECTOR_ERROR:
            failures.append(f)
        elif f.action is Decision.BLOCK:
            blocked[f.entity.value] = blocked.get(f.entity.value, 0) + 1
    secrecy = classification.secrecy
    stamps = blocked.pop(EntityType.STATE_SECRET_MARK.value, 0)
    if secrecy != "none":
        out.secrecy = _STAMP_WORDS.get(secrecy, secrecy)
        out.reasons.append(i18n.secrecy_reason(secrecy))
        advice.append("secret")
    elif stamps:
        out.reasons.append(i18n.page_block_reason(EntityType.STATE_SECRET_MARK.value, stamps))
        advice += ["secret", "secret_quoted"]
        out.blocked[EntityType.STATE_SECRET_MARK.value] = stamps
    for entity, n in sorted(blocked.items()):
        out.reasons.append(i18n.page_block_reason(entity, n))
        advice.append(entity if entity in i18n.PAGE_ADVICE else "blocked_entity")
    out.blocked.update(blocked)
    for f in failures:
        pair = (f.reason.vi, f.reason.en)
        if pair not in out.reasons:
            out.reasons.append(pair)
        advice.append(f.pattern if f.pattern in _REDACTION_FAILURES else "detector_error")
        out.failed = True
    if classification.recommended_action == "do_not_send":
        protected = [
            c.category.value
            for c in classification.categories
            if c.category in policy.protected_categories
        ]
        about_people = classification.personal_data.identifiable and protected
        if about_people or not out.reasons:
            verdict = classification.reasons[-1] if classification.reasons else None
            if verdict is not None and (verdict.vi, verdict.en) not in out.reasons:
                out.reasons.append((verdict.vi, verdict.en))
        if about_people:
            out.categories = protected
            # a category an agency adds to the protected ones has no advice of its own
            advice += [c if c in i18n.PAGE_ADVICE else "do_not_send" for c in protected]
        elif not out.reasons or not advice:
            internal = bool(classification.internal_marks)
            advice.append("INTERNAL_MARK" if internal else "do_not_send")
    if not out.reasons:  # never "no" without a why
        out.reasons.append(i18n.page_summary("block", {}))
    advice.append("not_sure")
    out.advice = list(dict.fromkeys(advice))
    return out


def analyse(
    text: str,
    policy: Policy,
    *,
    file: FileInfo | None = None,
    decoded: DecodedText | None = None,
) -> tuple[dict[str, Any], PromptCheck]:
    """The ANALYSIS of ``text`` (already NFC, within the limits) and the check it came from."""
    from ai_guard.classify import classify_text
    from ai_guard.prompt import check_prompt

    check = check_prompt(text, policy=policy)
    classification = classify_text(text, policy=policy, decoded=decoded, check=check)
    verdict = _verdict(check, classification, policy)
    # a file goes to a chatbot with its name ("Đơn của Nguyễn Văn A - CCCD ....docx"): what
    # the name holds decides too (the types are said, never the values)
    named = check_prompt(file.name, policy=policy) if file is not None else None
    name_summary = _file_name_verdict(verdict, named) if named is not None else None
    at = utf16_offsets(text)
    findings = []
    mapping: dict[str, str] = {}
    for i, f in enumerate(check.findings, 1):
        if f.placeholder is not None:
            mapping.setdefault(f.placeholder, text[f.start : f.end])
        findings.append(
            {
                "id": f"f{i}",
                "entity": f.entity.value,
                "label": _label(i18n.ENTITY_LABELS, f.entity.value),
                "start": at(f.start),
                "end": at(f.end),
                "action": f.action.value,
                "placeholder": f.placeholder,
                "score": f.score,
                "validated": f.validated,
                "reason": _pair(f.reason),
            }
        )
    blocked = verdict.decision is Decision.BLOCK
    counts = _counts(check.findings)
    summary = name_summary or i18n.page_summary(
        verdict.decision.value,
        counts,
        blocked=verdict.blocked,
        secrecy=verdict.secrecy,
        categories=verdict.categories,
        failed=verdict.failed,
    )
    analysis: dict[str, Any] = {
        "text": text,
        "decision": verdict.decision.value,
        "summary": _pair(summary),
        "findings": findings,
        "redacted_text": "" if blocked else check.redacted_text,
        "mapping": {} if blocked else mapping,
        "block": (
            {
                "reasons": [_pair(r) for r in verdict.reasons],
                "advice": [_pair(i18n.page_advice(a)) for a in verdict.advice],
            }
            if blocked
            else None
        ),
        "classification": _classification(classification, at),
        "file": None,
    }
    if file is not None:
        analysis["file"] = {
            "name": file.name,
            "size": file.size,
            "kind": file.kind,
            "chars": at(len(text)),
            "converted_from": file.converted_from,
            "name_findings": _counts(named.findings) if named is not None else {},
        }
    return analysis, check


def _file_name_verdict(verdict: _Verdict, named: PromptCheck) -> tuple[str, str] | None:
    """The page's decision made stricter by what an uploaded file's name holds: a name the
    policy blocks blocks (with its reason); a name holding what must be redacted makes a
    clean text ``redact`` (the text is sent, not the file): the summary that says so, or
    None when the name changes nothing the summary says."""
    entities = sorted({f.entity.value for f in named.findings})
    if named.decision is Decision.BLOCK:
        if verdict.decision is not Decision.BLOCK:
            verdict.decision = Decision.BLOCK
            stamp = EntityType.STATE_SECRET_MARK.value in entities
            verdict.advice = ["secret", "not_sure"] if stamp else ["not_sure"]
        verdict.reasons.insert(0, i18n.page_file_name(entities, blocked=True))
        return None
    if named.decision is Decision.REDACT and verdict.decision is Decision.ALLOW:
        verdict.decision = Decision.REDACT
        return i18n.page_file_name(entities, blocked=False)
    return None


def _classification(c: DocumentClassification, at: Callable[[int], int]) -> dict[str, Any]:
    evidence: dict[tuple[str, str, int, int], None] = {}
    pools = [c.secrecy_evidence, c.internal_marks, c.doc_type_evidence]
    pools += [cat.evidence for cat in c.categories]
    pools.append(c.personal_data.evidence)
    for pool in pools:
        for e in pool:
            evidence[(e.kind, e.label, e.start, e.end)] = None
    return {
        "doc_type": c.doc_type.value,
        "doc_type_label": _label(i18n.DOC_TYPE_LABELS, c.doc_type.value),
        "sensitivity": c.sensitivity.value,
        "sensitivity_label": _label(i18n.SENSITIVITY_LABELS, c.sensitivity.value),
        "categories": [
            {
                "category": cat.category.value,
                "label": _label(i18n.CATEGORY_LABELS, cat.category.value),
                "score": cat.score,
            }
            for cat in c.categories
        ],
        "external_ai_allowed": c.external_ai_allowed,
        "recommended_action": c.recommended_action,
        "reasons": [_pair(r) for r in c.reasons],
        "evidence": [
            {"kind": kind, "label": label, "start": at(start), "end": at(end)}
            for kind, label, start, end in sorted(evidence, key=lambda k: (k[2], k[3], k[0]))
        ],
    }


# -- requests ------------------------------------------------------------------------------------


class _TooLargeError(Exception):
    pass


async def _read_bounded(request: Request, limit: int) -> bytes:
    """The body, or :class:`_TooLargeError` as soon as it passes ``limit`` bytes (or declares
    more in Content-Length): nothing larger is held in memory."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _TooLargeError
    parts: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _TooLargeError
        parts.append(chunk)
    return b"".join(parts)


def _readable() -> list[str]:
    """The suffixes this server reads (a .docx or .pdf only with its extra installed)."""
    out = []
    for suffix in sorted(SUPPORTED_SUFFIXES):
        need = _NEEDS.get(suffix)
        if need is None or importlib.util.find_spec(need[0]) is not None:
            out.append(suffix)
    return out


def _file_name(raw: str | None) -> str:
    if raw is None or not raw.strip():
        raise PageError.of(400, "file_name_missing")
    name = unquote(raw.strip(), errors="replace")
    # a browser sends the name only; a path some other client sends is cut to its last part
    name = PureWindowsPath(PurePosixPath(name).name).name.strip()
    if not name or len(name) > _MAX_NAME or _CONTROL.search(name):
        raise PageError.of(400, "file_name_invalid")
    return name


def _checked_text(text: str, limit: int, *, from_file: bool) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate ("\\ud800" in the JSON)
        if from_file:
            raise PageError.of(422, "unreadable_text") from None
        raise PageError.of(400, "text_invalid", offset=str(exc.start)) from None
    text = unicodedata.normalize("NFC", text)
    if len(text) > limit:
        raise PageError.of(413, "text_too_long", chars=str(len(text)), limit=str(limit))
    return text


class PageApi:
    """The API's handlers, over one policy, one set of settings and (perhaps) an audit log."""

    def __init__(self, policy: Policy, settings: PageSettings, audit: Any | None) -> None:
        if settings.audit and audit is None:
            vi, en = i18n.page_error("audit_no_log")
            raise PolicyError(vi=vi, en=en, key="gateway.page.audit")
        self.policy = (
            policy.model_copy(update={"audit_llm_calls": False})
            if policy.audit_llm_calls
            else policy
        )
        self.settings = settings
        self.audit = audit if settings.audit else None
        #: the audit row's digest of a text: keyed (a phone number's plain SHA-256 is found
        #: again by trying every number)
        self.digest = (
            Digester.beside(getattr(audit, "location", None)) if self.audit is not None else None
        )
        # the checks run in worker threads, at most this many at once: the page must not
        # take every thread the gateway's own checks need
        self.limiter = anyio.CapacityLimiter(2)

    # -- answers ---------------------------------------------------------------------------------
    def _fail(self, error: PageError, route: str, request_id: str, started: float) -> Response:
        self._log(route, request_id, started, status=error.status, error=error.code)
        return _json(error_body(error.code, error.message), error.status, request_id)

    def _log(self, route: str, request_id: str, started: float, **fields: Any) -> None:
        if not logger.isEnabledFor(logging.INFO):
            return
        line = {
            "request_id": request_id,
            "route": route,
            **fields,
            "latency_ms": round((time.perf_counter() - started) * 1000, 2),
        }
        logger.info(json.dumps(line, ensure_ascii=False, separators=(",", ":")))

    def _methods(self, request: Request, allowed: str) -> None:
        if request.method != allowed:
            raise PageError.of(405, "method", allowed=allowed)

    # -- the routes ------------------------------------------------------------------------------
    async def info(self, request: Request) -> Response:
        try:
            self._methods(request, "GET")
        except PageError as error:
            return _json(error_body(error.code, error.message), error.status)
        data = {
            "version": __version__,
            "policy": self.policy.name,
            "max_upload_bytes": self.settings.max_upload_bytes,
            "max_text_chars": self.settings.max_text_chars,
            "accept": _readable(),
            "entities": {e.value: _label(i18n.ENTITY_LABELS, e.value) for e in EntityType},
            "audit": self.audit is not None,
        }
        return _json(data)

    async def check(self, request: Request) -> Response:
        request_id, started, route = uuid.uuid4().hex, time.perf_counter(), "page.check"
        try:
            self._methods(request, "POST")
            media = request.headers.get("content-type", "").split(";")[0].strip().lower()
            if media != "application/json":
                raise PageError.of(415, "not_json")
            body = await self._body(request)
            # a body of megabytes is parsed and normalised off the event loop
            text = await anyio.to_thread.run_sync(self._pasted_text, body)
            del body
            return await self._answer(route, request_id, started, text, None, None)
        except PageError as error:
            return self._fail(error, route, request_id, started)

    async def upload(self, request: Request) -> Response:
        request_id, started, route = uuid.uuid4().hex, time.perf_counter(), "page.upload"
        try:
            self._methods(request, "POST")
            name = _file_name(request.headers.get("x-file-name"))
            suffix = PurePosixPath(name.lower()).suffix
            self._readable(suffix)
            data = await self._body(request)
            if not data:
                raise PageError.of(422, "empty_file")
            decoded, text = await anyio.to_thread.run_sync(
                self._read, name, data, limiter=self.limiter
            )
            # a .docx or .pdf is read, not converted, unless its text was mojibake
            converted = decoded.converted if decoded.converted not in READ_KINDS else None
            info = FileInfo(name, len(data), suffix[1:], converted)
            del data
            return await self._answer(route, request_id, started, text, info, decoded)
        except PageError as error:
            return self._fail(error, route, request_id, started)

    async def unknown(self, request: Request) -> Response:
        error = PageError.of(404, "not_found", routes=", ".join(_ROUTES))
        return _json(error_body(error.code, error.message), 404)

    # -- the steps -------------------------------------------------------------------------------
    async def _body(self, request: Request) -> bytes:
        limit = self.settings.max_upload_bytes
        try:
            return await _read_bounded(request, limit)
        except _TooLargeError:
            raise PageError.of(413, "body_too_large", limit=str(limit)) from None
        except ClientDisconnect:  # nobody to answer; said in the log line
            raise PageError.of(400, "disconnected") from None

    def _pasted_text(self, body: bytes) -> str:
        return _checked_text(self._text_field(body), self.settings.max_text_chars, from_file=False)

    def _text_field(self, body: bytes) -> str:
        try:
            payload = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):  # not UTF-8, or not JSON
            raise PageError.of(400, "bad_json") from None
        if not isinstance(payload, dict):
            raise PageError.of(400, "not_object")
        if "text" not in payload:
            raise PageError.of(400, "text_missing")
        text = payload["text"]
        if not isinstance(text, str):
            got = "null" if text is None else type(text).__name__
            raise PageError.of(400, "text_not_string", got=got)
        return text

    def _readable(self, suffix: str) -> None:
        if suffix not in SUPPORTED_SUFFIXES:
            raise PageError.of(
                415, "unsupported_type", suffix=suffix or "-", supported=", ".join(_readable())
            )
        need = _NEEDS.get(suffix)
        if need is not None and importlib.util.find_spec(need[0]) is None:
            raise PageError.of(415, "missing_extra", suffix=suffix, extra=need[1])

    def _read(self, name: str, data: bytes) -> tuple[DecodedText, str]:
        """The file read as its suffix says, and its text (NFC, within the limit)."""
        from ai_guard.classify.extract import read_document_bytes_decoded

        try:
            decoded = read_document_bytes_decoded(name, data)
        except InputError as exc:  # damaged, encrypted, scanned, in no encoding it reads
            raise PageError(
                422,
                "unreadable",
                i18n.page_error("unreadable", vi=exc.message_vi, en=exc.message_en),
            ) from None
        return decoded, _checked_text(decoded.text, self.settings.max_text_chars, from_file=True)

    async def _answer(
        self,
        route: str,
        request_id: str,
        started: float,
        text: str,
        file: FileInfo | None,
        decoded: DecodedText | None,
    ) -> Response:
        """The analysis, its audit row when the policy asks, and its JSON, all in a worker
        thread (the JSON of a long document is megabytes: not built on the event loop)."""
        action = "page:" + route.removeprefix("page.")
        chars = len(text)

        def work() -> tuple[bytes, str, dict[str, int]]:
            digest = self.digest(text.encode("utf-8")) if self.digest is not None else ""
            try:
                analysis, check = analyse(text, self.policy, file=file, decoded=decoded)
                body = _encode(analysis)
            except Exception:
                logger.exception(json.dumps({"request_id": request_id, "route": route}))
                # the answer is a refusal either way; the log line above says why
                with contextlib.suppress(_AuditFailedError):
                    self._record(action, "error", {}, digest, chars, file, 500)
                raise _CheckFailedError from None
            counts = _counts(check.findings)
            self._record(action, analysis["decision"], counts, digest, chars, file, 200)
            return body, analysis["decision"], counts

        try:
            body, decision, counts = await anyio.to_thread.run_sync(work, limiter=self.limiter)
        except _AuditFailedError as failed:
            detail = (
                failed.cause.message_en
                if isinstance(failed.cause, AiGuardError)
                else repr(failed.cause)
            )
            error = PageError.of(503, "audit_failed", request_id=request_id)
            self._log(route, request_id, started, status=503, audit_error=detail)
            return _json(error_body(error.code, error.message), 503, request_id)
        except Exception as exc:  # the check failed: fail closed
            if not isinstance(exc, _CheckFailedError):
                logger.exception(json.dumps({"request_id": request_id, "route": route}))
            error = PageError.of(500, "internal", request_id=request_id)
            return self._fail(error, route, request_id, started)
        self._log(
            route, request_id, started, status=200, decision=decision,
            findings=counts, chars=chars, kind=file.kind if file else None,
        )  # fmt: skip
        return _json_bytes(body, 200, request_id)

    def _record(
        self,
        action: str,
        outcome: str,
        counts: dict[str, int],
        digest: str,
        chars: int,
        file: FileInfo | None,
        status: int,
    ) -> None:
        """The check's audit row, when the policy asks for one: never the text, the file's
        name or a value; :class:`_AuditFailedError` when it cannot be written."""
        if self.audit is None:
            return
        reason = f"status={status} chars={chars}"
        if file is not None:
            reason += f" kind={file.kind} bytes={file.size}"
        try:
            self.audit.append(
                action=action, outcome=outcome, reason=reason, role="page", digest=digest,
                findings=counts,
            )  # fmt: skip
        except Exception as exc:
            raise _AuditFailedError(exc) from exc


class _CheckFailedError(Exception):
    """The analysis raised (logged where it happened): the answer is 500, BLOCKED."""


class _AuditFailedError(Exception):
    def __init__(self, cause: BaseException) -> None:
        super().__init__(repr(cause))
        self.cause = cause


def api_routes(policy: Policy, settings: PageSettings, audit: Any | None) -> list[BaseRoute]:
    """The API's routes. Each takes every method and answers a wrong one itself (405), and
    any other ``/page/api/...`` path is 404, in the page's error shape: the gateway's own
    404/405 (OpenAI's shape, after a token check) never answers the page."""
    api = PageApi(policy, settings, audit)
    return [
        Route("/page/api/info", api.info, methods=_ANY_METHOD),
        Route("/page/api/check", api.check, methods=_ANY_METHOD),
        Route("/page/api/upload", api.upload, methods=_ANY_METHOD),
        Route("/page/api/{rest:path}", api.unknown, methods=_ANY_METHOD),
    ]


#: Starlette answers a method a route does not list itself (405, through the app's handler:
#: the gateway's shape); the API's routes list them all and answer a wrong one in its own.
_ANY_METHOD = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]


def page_app(routes: list[BaseRoute]) -> Starlette:
    """The page alone (``ai-guard serve --page-only``): its routes, ``/healthz``, and the
    page's error shape for anything else (404, 405)."""

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def http_error(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        if status == 405:
            error = PageError.of(405, "method", allowed="GET")
        else:
            error = PageError.of(404, "not_found", routes=", ".join(["/", *_ROUTES]))
        return _json(error_body(error.code, error.message), error.status)

    return Starlette(
        routes=[*routes, Route("/healthz", healthz, methods=["GET"])],
        exception_handlers={404: http_error, 405: http_error},
    )
