"""The net under a guarded SDK client: every request body its HTTP client sends is checked.

The method wrappers (:mod:`ai_guard.integrations._proxy`) redact requests and restore answers;
the net guarantees that nothing unchecked reaches the wire even where a wrapper is missing: a
new SDK method, a raw ``client.post(...)``, the client the application kept a reference to. It
is a request hook of the SDK's HTTP client (``httpx2``), which ``with_options()`` and
``copy()`` share. It never rewrites a request; it refuses:

- a URL (host, user-info, every path segment, query), a header other than the vendor's
  credentials (identifier-shaped values too: ``cccd-001085012345`` is a CCCD), a credential
  header that is not one token in which nothing but a key is found,
  or a JSON, form or text body with a text that
  ``check_prompt`` would block or redact (texts a method wrapper already redacted in this
  call are not checked twice);
- a body naming a file the service already holds (``file_id``, ``file_ids``,
  ``input_file_id``, ``vector_store_ids``, ``training_file``), which the guard never read,
  unless this guard uploaded it or the client was guarded with ``allow_file_ids=True``; and
  any other content the service holds (``previous_response_id``, a ``conversation``, a
  ``container``, a thread run by ``/threads/{id}/runs``, an agent session's
  ``/sessions/{id}/events``, items added to a ``/conversations/{id}``, a remix of a
  ``/videos/{id}``, a Gemini trigger run by ``/triggers/{id}/executions``, a saved agent, a
  memory store, an environment ...) that this guard did not make,
  unless ``allow_stored=True`` (:mod:`ai_guard.integrations._stored`);
- a remote MCP server the service would connect to for the model (OpenAI's ``mcp`` tools,
  Anthropic's and Gemini's ``mcp_servers``) that the guard was not told to allow, a listed
  one's calls without approval or its credential (:mod:`ai_guard.integrations._mcp`);
- a request that mints a credential or opens a media session for a connection it never
  sees (``realtime.client_secrets.create``, ``realtime.calls.create``/``accept``, Live
  WebRTC sessions, ChatKit sessions, Gemini's ``auth_tokens.create``): everything said there
  would bypass the guard;
- any write to the vendor's administration (OpenAI's ``/organization/...`` and a project's
  roles, groups, users; Anthropic's ``/organizations/...``: admin and service-account keys,
  invites, roles, members, federation) or where a credential is minted or handed over
  (webhook endpoints' secrets, Anthropic's tunnels, vaults, user profiles, Gemini's
  credentials stored for agents and its webhooks): a key minted there calls the service
  with no guard around it (reason ``admin``); reading goes;
- a body in an encoding it does not read as the service would: a ``Content-Encoding`` other
  than ``identity`` (gzip, deflate, br: the service inflates what the guard saw compressed),
  a ``charset`` other than UTF-8 (``text/plain; charset=utf-16``: the guard read the bytes as
  UTF-8, the service as UTF-16);
- a multipart upload whose document ``classify_document`` would not send as it is, a data file
  (``.jsonl``, ``.csv``) holding a finding, an image, a sound or a video (unless media are
  allowed), a file it cannot read;
- any other body (``application/octet-stream`` ...), which it cannot read, and a body that
  reads two ways: JSON naming a key twice, a multipart body with a preamble or an epilogue, a
  second boundary, a part that is itself multipart, a defect (what the parser read would not
  be all the service reads).

The error raised is :class:`~ai_guard.integrations.PromptBlocked` or
:class:`~ai_guard.errors.UnguardedPath`, made also a subclass of the SDK's own base error so the
SDK neither retries it nor wraps it as a connection error.
"""

from __future__ import annotations

import contextlib
import inspect
import mimetypes
import os
import re
from collections.abc import Iterator
from contextvars import ContextVar
from email import policy as email_policy
from email.parser import BytesParser
from typing import Any, TypeVar, cast
from urllib.parse import parse_qsl, unquote

from ai_guard.errors import UnguardedPath
from ai_guard.integrations._mcp import REFUSE_ALL, RemoteServers
from ai_guard.integrations._payload import (
    IDENTIFIER,
    SEP,
    VENDOR_REFS,
    loads_unique,
    media_refused,
    read,
    refused,
    vet_document,
)
from ai_guard.integrations._stored import Stored
from ai_guard.models import Decision
from ai_guard.prompt.policy import Policy

__all__ = ["Net", "install", "vouch"]

_VOUCHED: ContextVar[frozenset[str]] = ContextVar("ai_guard_vouched", default=frozenset())
#: whether a guarded call is sending (it records the net's refusals under its own name)
_IN_CALL: ContextVar[bool] = ContextVar("ai_guard_in_call", default=False)

#: Headers that carry the vendor's own credentials: they go to the vendor as they are. A
#: cookie is no vendor credential of these APIs (their SDKs set none): it is read as any
#: other header, so a value written there cannot pass unchecked.
_VENDOR_CREDENTIALS = frozenset(
    {"authorization", "proxy-authorization", "x-api-key", "api-key", "x-goog-api-key"}
)
#: What a credential looks like: one token of a key's characters (an API key, an OAuth
#: token, a JWT), after an optional ``Bearer``/``Basic`` scheme
_CREDENTIAL = re.compile(r"(?:(?i:bearer|basic) +)?([A-Za-z0-9._~+/=:-]{1,4096})")
_DATA_SUFFIXES = frozenset({".jsonl", ".json", ".csv", ".tsv"})
#: the path of a part of a file uploaded in pieces (OpenAI's ``/uploads/{id}/parts``)
_UPLOAD_PART = re.compile(r"/uploads/[^/]+/parts/?$")
#: requests that mint a credential or open a media session for a connection the net never
#: sees (an ephemeral key for a browser's realtime or ChatKit session, a WebRTC or SIP call,
#: Gemini's ephemeral tokens for the Live API): what is said there bypasses the guard
_SESSION_MINT = re.compile(
    r"/(?:realtime/(?:client_secrets|sessions|transcription_sessions|translations/"
    r"client_secrets|calls(?:/[^/]+/(?:accept|refer))?)|live/sessions(?:/[^/]+/"
    r"(?:accept|refer|fork))?|chatkit/sessions|auth_tokens)/?$"
)
#: the vendors' administration (who may call, with what key, under which role), and the
#: places a credential is minted or handed over (webhook signing secrets, Anthropic's
#: tunnels' tokens, vaults' credentials, user profiles' enrollment URLs): any write there
#: mints a key no guard is around or lets someone else call; reading them goes
_ADMIN = re.compile(
    r"/(?:organizations?|webhook_endpoints|tunnels|vaults|user_profiles)(?:/|$)"
    r"|/projects/[^/]+/(?:roles|groups|users)(?:/|$)"
    # Gemini's interactions API: credentials stored for agents (OAuth secrets, an
    # environment variable's value) and webhooks (a signing secret minted, events sent out)
    r"|/(?:credentials|webhooks)(?:[/:]|$)"
)
#: methods that only read
_READS = frozenset({"GET", "HEAD", "OPTIONS"})
#: a request that runs a model on, or adds to, content the service holds, named in its path:
#: a run of or a message to an Assistants thread, an event or a turn sent to a managed
#: agent's session (OpenAI's ``/agents/sessions/{id}/events``, Anthropic's
#: ``/sessions/{id}/events``), items added to a stored conversation, a remix of a stored
#: video, a run of an Anthropic deployment, an invocation of an OpenAI automation (the
#: model reads the thread's, the session's, the conversation's stored history, the video,
#: the deployment's or automation's stored agent and events): judged as any reference is
_STORED_RUN = re.compile(
    r"/(?P<kind>threads|sessions|conversations|videos|deployments|automations|triggers)/"
    r"(?P<id>[^/]+)/(?P<act>runs|messages|events|turns|items|remix|run|invocations|"
    r"executions)/?$"
)
#: which of those acts each kind of stored object takes, and the field the error names
_STORED_ACTS = {
    "threads": ({"runs", "messages"}, "thread_id"),
    "sessions": ({"events", "turns"}, "session_id"),
    "conversations": ({"items"}, "conversation_id"),
    "videos": ({"remix"}, "video_id"),
    "deployments": ({"run"}, "deployment_id"),
    "automations": ({"invocations"}, "automation_id"),
    "triggers": ({"executions"}, "trigger_id"),  # Gemini's: a stored agent run on a schedule
}
#: the charsets a body may declare: the guard reads bytes as UTF-8 (ASCII is a part of it)
_UTF8 = frozenset({"utf-8", "utf8", "us-ascii", "ascii"})
_MEDIA_PREFIXES = ("image/", "audio/", "video/")
#: media types of an upload named by no file (a resumable upload's piece) whose suffix the
#: standard table lacks or gives otherwise
_UPLOAD_SUFFIXES = {
    "application/jsonl": ".jsonl", "application/x-ndjson": ".jsonl", "text/plain": ".txt",
    "text/csv": ".csv", "text/tab-separated-values": ".tsv", "text/markdown": ".md",
}  # fmt: skip
_MEDIA_SUFFIXES = frozenset(
    {
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".heic", ".mp3",
        ".mp4", ".mpeg", ".mpga", ".m4a", ".wav", ".webm", ".ogg", ".oga", ".flac", ".mov",
        ".avi", ".pcm",
    }
)  # fmt: skip


@contextlib.contextmanager
def vouch(texts: list[str]) -> Iterator[None]:
    """While the block runs, these exact texts (the output of a check) pass the net unchecked."""
    token = _VOUCHED.set(_VOUCHED.get() | frozenset(texts))
    calling = _IN_CALL.set(True)
    try:
        yield
    finally:
        _IN_CALL.reset(calling)
        _VOUCHED.reset(token)


E = TypeVar("E", bound=Exception)
_VARIANTS: dict[tuple[type[Exception], type[Exception]], type[Exception]] = {}


def sdk_error(cls: type[E], base: type[Exception]) -> type[E]:
    """``cls`` made also a subclass of an SDK's base error, which the SDK re-raises as it is
    (it would retry, or wrap as a connection error, any other exception)."""
    made = _VARIANTS.get((cls, base))
    if made is None:
        made = type(cls.__name__, (cls, base), {"__module__": cls.__module__})
        _VARIANTS[(cls, base)] = made
    return cast("type[E]", made)


def _host_of(header: str) -> str:
    """The host of a Host header (``10.0.0.5:8000`` -> ``10.0.0.5``, ``[::1]:11434`` ->
    ``::1``), lower case."""
    value = header.strip().lower()
    if value.startswith("["):
        return value[1:].partition("]")[0]
    return value.rpartition(":")[0] if value.count(":") == 1 else value


class Net:
    """Checks one HTTP request: ``hook`` for a sync client, ``ahook`` for an async one."""

    def __init__(
        self,
        policy: Policy,
        *,
        allow_media: bool,
        allow_file_ids: bool = False,
        error_base: type[Exception],
        vendor: str,
        destinations: set[str] | frozenset[str] = frozenset(),
        allow_stored: bool = False,
        stored: Stored | None = None,
        remote: RemoteServers = REFUSE_ALL,
    ) -> None:
        self.policy = policy
        #: the remote MCP servers the service may connect to for the model: the rest refused
        self.remote = remote
        self.allow_media = allow_media
        #: content the service holds named by a reference (``previous_response_id`` ...):
        #: refused unless this guard made it (``stored``) or allowed
        self.allow_stored = allow_stored
        self.stored = stored if stored is not None else Stored()
        #: a file the service already holds, named by its id in a body (``file_id``,
        #: Anthropic's ``source: {"type": "file"}``): refused unless allowed (never read)
        self.allow_file_ids = allow_file_ids
        self.error_base = error_base
        self.vendor = vendor
        #: hosts of the guarded clients' base_url (shared with the guard, which adds the
        #: host of every copy): a request's own destination is not checked as data
        self.destinations = destinations
        #: short texts this net already found clean under its policy (header values, ids,
        #: the user agent: the same on every request); the same text gives the same check
        self._clean: set[str] = set()
        #: credential header values found to be keys and nothing else
        self._credentials: set[str] = set()

    def hook(self, request: Any) -> None:
        self.vet(request, request.read())

    async def ahook(self, request: Any) -> None:
        self.vet(request, await request.aread())

    def vet(self, request: Any, body: bytes) -> None:
        where = f"{request.method} {safe_path(request.url.path)}"
        try:
            try:
                self._vet(request, body, where)
            except RecursionError:  # JSON nested past what is parsed or read: not read
                raise refused("json", path=where, reason="unchecked_body") from None
        except UnguardedPath as exc:
            vi, en = exc.said
            said = sdk_error(UnguardedPath, self.error_base)(
                vi=vi,
                en=en,
                path=f"{where}: {exc.path}" if exc.path != where else where,
                reason=exc.reason,
                check=exc.check,
            )
            if not _IN_CALL.get():  # a request made outside the wrappers: recorded here
                from ai_guard.integrations import _record_refusal

                _record_refusal(self.policy, f"{self.vendor}.net {where}", None, said)
            raise said from None

    def _vet(self, request: Any, body: bytes, where: str) -> None:
        texts: list[str] = []
        paths: list[str] = []
        url = request.url
        host = (url.host or "").lower()
        own = host in self.destinations  # the server the developer pointed the client at
        pieces = [("host", "" if own else host), ("userinfo", unquote(url.userinfo.decode()))]
        pieces += [(f"url[{i}]", unquote(seg)) for i, seg in enumerate(url.path.split("/"))]
        for where_, value in pieces:
            if value:  # an id in the path, or a host name, may be a value ("cccd-0010...")
                texts.append(value)
                paths.append(where_)
        query = [[k, v] for k, v in url.params.multi_items()]  # repeated keys, keys too
        if query:
            self._read(query, "query", texts, paths)
        headers = [
            [k, v]
            for k, v in request.headers.items()
            if k.lower() not in _VENDOR_CREDENTIALS
            and not (own and k.lower() == "host" and _host_of(v) == host)
            and not (k in self._clean and v in self._clean)  # the same on every request
            and not _sdk_made(k, v)
        ]
        if headers:
            self._read(headers, "headers", texts, paths)
        for k, v in request.headers.items():
            if k.lower() in _VENDOR_CREDENTIALS:
                self._credential(k.lower(), v)
        full_type = request.headers.get("content-type", "")
        ctype = full_type.split(";", 1)[0].strip().lower()
        if body:
            self._framing(request.headers, full_type, where)
        if request.method == "POST" and _SESSION_MINT.search(url.path):
            raise refused("session_credential", path=where, reason="websocket")
        if request.method.upper() not in _READS and _ADMIN.search(url.path):
            raise refused("admin_write", path=where, reason="admin")
        run = _STORED_RUN.search(url.path)
        acts, field = _STORED_ACTS[run["kind"]] if run is not None else (set(), "")
        if (
            run is not None
            and run["act"] in acts
            and request.method == "POST"
            and not self.allow_stored
            and not self.stored.vouches(unquote(run["id"]))
        ):
            # a thread, a session, a conversation, a video ... made elsewhere: what it holds
            # reaches the model (or what is added joins what was never read here)
            raise refused("stored_reference", field=field, path=where, reason="stored_reference")
        command = {
            c.strip() for c in request.headers.get("x-goog-upload-command", "").lower().split(",")
        }
        if body and _UPLOAD_PART.search(url.path):
            # OpenAI's Uploads API: a file sent as parts (``uploads.parts.create``,
            # ``upload_file_chunked``) and put together by the service: no part is the file,
            # and a value cut between two parts is in neither (each part once read as text
            # by itself went out)
            raise refused("upload_in_pieces", path=where, reason="document")
        if body and "upload" in command:
            self._upload_chunk(request, command, body, where, texts, paths)
        elif not body:
            pass
        elif ctype == "application/json" or ctype.endswith("+json"):
            self._read(self._json(body, where), "", texts, paths)
        elif ctype == "multipart/form-data":
            self._multipart(full_type, body, texts, paths)
        elif ctype == "application/x-www-form-urlencoded":
            form = parse_qsl(self._utf8(body, where), keep_blank_values=True)
            self._read([[k, v] for k, v in form], "form", texts, paths)
        elif ctype.startswith("text/"):
            texts.append(self._utf8(body, where))
            paths.append("body")
        else:
            ctype_words = ctype or ("(không có)", "(none)")
            raise refused("body_type", ctype=ctype_words, path=where, reason="unchecked_body")
        self._check(texts, paths, where)

    @staticmethod
    def _framing(headers: Any, full_type: str, where: str) -> None:
        """A body is read as UTF-8 bytes as they are: one the service would first inflate
        (``Content-Encoding``) or decode from another charset reads otherwise there."""
        coding = headers.get("content-encoding", "").strip().lower()
        if coding not in ("", "identity"):
            raise refused("body_encoding", coding=coding, path=where, reason="unchecked_body")
        charset = _charset(full_type)
        if charset is not None and charset not in _UTF8:
            raise refused("body_encoding", coding=charset, path=where, reason="unchecked_body")

    def _credential(self, name: str, value: str) -> None:
        """A credential header goes to the vendor unread as a text, so it must be a key and
        nothing else: one token (``Bearer`` before it allowed) in which ``check_prompt`` finds
        nothing but a key (``x-api-key: 001085012345`` is a CCCD, not a key)."""
        if value in self._credentials:
            return
        token = _CREDENTIAL.fullmatch(value.strip())
        if token is not None:
            from ai_guard.models import EntityType
            from ai_guard.prompt import check_prompt

            found = check_prompt(token.group(1), policy=self.policy).findings
            if all(f.entity is EntityType.API_SECRET for f in found):
                if len(self._credentials) > 64:
                    self._credentials.clear()
                self._credentials.add(value)
                return
        raise refused("credential", name=name, path=f"headers.{name}", reason="header")

    def _read(self, value: Any, root: str, texts: list[str], paths: list[str]) -> None:
        found = read(
            value,
            policy=self.policy,
            allow_media=self.allow_media,
            allow_file_ids=self.allow_file_ids,
            root=root,
            allow_stored=self.allow_stored,
            vouched=self.stored.judge(),
            vendor=VENDOR_REFS.get(self.vendor),
            remote=self.remote,
        )
        vouched = _VOUCHED.get()
        for text, path in zip(found.texts, found.paths, strict=True):
            if text not in vouched:
                texts.append(text)
                paths.append(path)

    def _check(self, texts: list[str], paths: list[str], where: str) -> None:
        if self._clean:
            kept = [(t, p) for t, p in zip(texts, paths, strict=True) if t not in self._clean]
            texts, paths = [t for t, _ in kept], [p for _, p in kept]
        if not texts:
            return
        from ai_guard.integrations import PromptBlocked, _mark_recorded, _record
        from ai_guard.prompt import check_prompt

        check = check_prompt(SEP.join(texts), policy=self.policy)
        envelope = ("host", "userinfo", "url[", "query", "headers")
        if check.decision is not Decision.ALLOW or not all(p.startswith(envelope) for p in paths):
            # a body no wrapper vouched for is an LLM call made outside the wrappers: recorded
            _record(self.policy, check, f"{self.vendor}.net {where}", None)
        if check.blocked:
            blocked = sdk_error(PromptBlocked, self.error_base)(check)
            _mark_recorded(blocked)  # its row is the one just written
            raise blocked
        if check.decision is Decision.ALLOW:
            if len(self._clean) > 4096:
                self._clean.clear()
            self._clean.update(t for t in texts if len(t) <= 256)
            return
        starts, pos = [], 0
        for text in texts:
            starts.append(pos)
            pos += len(text) + len(SEP)
        fields = sorted(
            {
                paths[max(i for i, s in enumerate(starts) if s <= f.start)]
                for f in check.findings
                if f.action is not Decision.ALLOW
            }
        )
        raise refused(
            "unredacted", names=", ".join(fields[:5]), path=where, reason="unredacted", check=check
        )

    def _upload_chunk(
        self, request: Any, command: set[str], body: bytes, where: str, texts: list[str],
        paths: list[str],
    ) -> None:  # fmt: skip
        """A piece of a file sent by a resumable upload (Gemini's ``files.upload``): the body is
        the file's bytes, whatever the content type says. A file sent whole (offset 0, the
        piece that finalizes) is read as a multipart file is; a file sent in several pieces
        cannot be read whole here and is refused."""
        if request.headers.get("x-goog-upload-offset", "0").strip() != "0" or (
            "finalize" not in command
        ):
            raise refused("upload_in_pieces", path=where, reason="document")
        media = request.headers.get("x-goog-upload-header-content-type", "")
        media = media.split(";", 1)[0].strip().lower()
        suffix = _UPLOAD_SUFFIXES.get(media) or mimetypes.guess_extension(media) or ""
        self._file(f"upload{suffix}", media, body, f"upload ({media or '?'})", texts, paths)

    def _multipart(self, full_type: str, body: bytes, texts: list[str], paths: list[str]) -> None:
        head = f"Content-Type: {full_type}\r\n\r\n".encode("latin-1")
        message = BytesParser(policy=email_policy.HTTP).parsebytes(head + body)
        if not message.is_multipart() or not _one_framing(full_type, message):
            raise refused("multipart", path="body", reason="unchecked_body")
        for index, part in enumerate(message.iter_parts()):
            name = part.get_param("name", header="content-disposition")
            field = name if isinstance(name, str) else f"part{index}"
            data = part.get_payload(decode=True)
            payload = data if isinstance(data, bytes) else b""
            charset = _charset(str(part.get("content-type", "")))
            if charset is not None and charset not in _UTF8:
                # a part the service decodes from UTF-16 was read here as UTF-8 bytes
                raise refused("body_encoding", coding=charset, path=field, reason="unchecked_body")
            filename = part.get_filename()
            if filename is None:
                self._read({field: self._utf8(payload, field)}, "", texts, paths)
                continue
            where = f"{field} ({os.path.basename(filename)})"
            self._file(filename, part.get_content_type(), payload, where, texts, paths)

    def _file(
        self,
        filename: str,
        content_type: str,
        data: bytes,
        where: str,
        texts: list[str],
        paths: list[str],
    ) -> None:
        from ai_guard.extract import SUPPORTED_SUFFIXES
        from ai_guard.integrations._encoded import ARCHIVE, TEXT, file_kind

        suffix = os.path.splitext(filename)[1].lower()
        said_media = suffix in _MEDIA_SUFFIXES or content_type.startswith(_MEDIA_PREFIXES)
        kind, sniffed = file_kind(data)
        if said_media and kind in (TEXT, "document", ARCHIVE):
            # a text, a PDF or an archive named as a picture (``scan.png``): what it is,
            # not what its name says, is read (under allow_media it went out unread)
            filename, suffix, content_type, said_media = "upload", "", "", False
        known = said_media or suffix in _DATA_SUFFIXES or suffix in SUPPORTED_SUFFIXES
        if not known:
            # bytes handed without a file name (``images.edit(image=b"...")``, ``files.create
            # (file=b"...")``): what they are, by their first bytes; what none of these is
            # (an archive, unknown binary) stays unreadable below and is refused
            if kind == "media":
                said_media, content_type = True, sniffed
            elif kind == TEXT:
                filename, suffix = f"{filename}.txt", ".txt"
        if said_media:
            if not self.allow_media:
                raise media_refused(where, content_type or suffix)
            return
        if suffix in _DATA_SUFFIXES:
            text = self._utf8(data, where)
            if suffix == ".jsonl":
                for n, line in enumerate(text.splitlines()):
                    if line.strip():
                        self._read(
                            self._json(line.encode(), where), f"{where}:{n + 1}", texts, paths
                        )
            elif suffix == ".json":
                self._read(self._json(data, where), where, texts, paths)
            else:
                texts.append(text)
                paths.append(where)
            return
        vet_document(filename, content_type, data, where, self.policy, allow_media=self.allow_media)

    @staticmethod
    def _json(body: bytes, where: str) -> Any:
        try:
            return loads_unique(body)  # a key named twice: which one the service reads?
        except ValueError:
            raise refused("json", path=where, reason="unchecked_body") from None

    @staticmethod
    def _utf8(data: bytes, where: str) -> str:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            raise refused("utf8", path=where, reason="unchecked_body") from None


def _charset(content_type: str) -> str | None:
    """The ``charset`` a Content-Type declares (lower case, unquoted), or None."""
    for param in content_type.split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip('"').strip().lower()
    return None


def _one_framing(full_type: str, message: Any) -> bool:
    """Whether a multipart body reads one way only: one ``boundary``, nothing before the first
    part or after the last (a preamble, an epilogue: text that reaches the service unread
    here), no part that is itself multipart (its parts would be read as one empty field), and
    no defect the parser passed over (a missing closing boundary...)."""
    if full_type.lower().count("boundary") != 1 or message.defects:
        return False
    for extra in (message.preamble, message.epilogue):
        if extra and extra.strip():
            return False
    return not any(part.is_multipart() or part.defects for part in message.iter_parts())


def safe_path(path: str) -> str:
    """A URL path fit for an error message: a segment that is not an identifier (it may hold
    the very value that was refused) is shown as ``{…}``."""
    return "/".join(
        s if not s or IDENTIFIER.fullmatch(unquote(s)) else "{…}" for s in path.split("/")
    )


def install(http_client: Any, net: Net) -> None:
    """Put ``net`` under ``http_client`` (once: a client shared by copies gets one net).
    Refuses an HTTP client it cannot hook."""
    if getattr(http_client, "_ai_guard_net", None) is not None:
        return
    hooks = getattr(http_client, "event_hooks", None)
    send = getattr(http_client, "send", None)
    if not isinstance(hooks, dict) or not isinstance(hooks.get("request"), list) or send is None:
        raise refused(
            "no_hook",
            client=type(http_client).__name__,
            path="http_client",
            reason="unchecked_body",
        )
    hooks["request"].append(net.ahook if inspect.iscoroutinefunction(send) else net.hook)
    http_client._ai_guard_net = net


#: header values the SDK or its HTTP client make themselves, random in a fixed shape: a retry's
#: idempotency key (``stainless-python-retry-<uuid4>``) and a multipart body's boundary (32
#: hex digits): hex and dashes that carry nothing of the user's, whose digit groups read as
#: a phone or a tax code about once in 500 requests (a guarded call refused at random) until
#: text.technical kept every number detector out of a uuid and a hash; vouched for still, by
#: their exact shape, so no change to the detectors can bring that back
_SDK_MADE = {
    "idempotency-key": re.compile(
        r"stainless-[a-z]+-retry-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
    ),
    "content-type": re.compile(r"multipart/form-data; boundary=[0-9a-f]{32}"),
}


def _sdk_made(name: str, value: str) -> bool:
    """Whether a header's value is one the SDK or its HTTP client made, in its exact shape."""
    shape = _SDK_MADE.get(name.lower())
    return shape is not None and shape.fullmatch(value) is not None
