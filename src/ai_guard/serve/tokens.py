"""Agency-issued gateway tokens, per person or per unit: hashed at rest, revocable, one file.

An administrator issues tokens with ``ai-guard serve token create --unit U --person P`` and
deploys the token file to every gateway instance; each instance re-reads it when it changes, so
a revocation takes effect without a restart. :class:`TokenStore` is the
:class:`~ai_guard.serve.auth.TokenVerifier` the gateway asks for the caller behind a request.

**A token** is ``aig_`` + a 12-hex-digit token id + ``_`` + 32 random bytes
(:func:`secrets.token_urlsafe`, 43 characters): ``aig_3f9c0a1b2c4d_q8…``. The prefix makes a
leaked token recognisable (a search of logs or repositories for ``aig_``), and
:func:`~ai_guard.check_prompt` blocks one pasted into a prompt as an API secret; the id is
public (it is what ``list`` shows, what ``revoke`` takes and what the audit log records). The
token is shown once, when it is created; the file keeps only its SHA-256. A pepper is not used:
a hash of 256 random bits cannot be reversed by guessing, which is what a pepper would guard
against for low-entropy secrets such as passwords. A presented token is looked up by its id and
its hash compared in constant time (:func:`hmac.compare_digest`).

**The file** is one JSON document (UTF-8, written by this module, readable by people)::

    {
      "format": "ai-guard-gateway-tokens",
      "version": 1,
      "hash": "sha256",
      "tokens": [
        {"token_id": "3f9c0a1b2c4d", "unit": "Phòng Tổ chức", "person": "Nguyễn Văn An",
         "created": "2026-12-02T17:30:00+00:00", "revoked_at": null, "note": "",
         "sha256": "<64 hex digits>"}
      ]
    }

Writes are atomic (a temporary file in the same folder, ``fsync``, :func:`os.replace`), made
under an exclusive lock on ``<file>.lock`` (two administrators at once lose nothing), and
the file is created with permissions 0600. An instance checks the file's identity (device,
inode, size, modification and change times: one ``stat`` call) on every :meth:`verify` and
re-reads it when it changed.

**Fail closed.** A file that is missing, unreadable, not the format above, has one damaged
entry, or is writable by anyone but its owner (whoever can write it can add a token) makes
:meth:`verify` refuse every token until it is fixed; the problem is logged once, in Vietnamese
and English, on the ``ai_guard.serve.tokens`` logger and is :attr:`TokenStore.problem`.
:class:`TokenStore` refuses to open such a file (:class:`~ai_guard.errors.TokenStoreError`),
and :meth:`~TokenStore.create` and :meth:`~TokenStore.revoke` never overwrite one.

**Who holds a token.** ``unit`` and ``person`` are required, one line, at most 200 characters,
without control characters, NFC. The person may be a name or the official e-mail of the holder
(``an.nv@sotp.hanoi.gov.vn``): it is an identity inside the agency, recorded in the agency's own
audit log and never sent to an AI service, not the identity of an AI account (which
:func:`ai_guard.integrations.check_account_email` refuses). A value that holds a gateway token
is refused: a token is never written where the audit log or ``list`` would show it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import logging
import os
import re
import secrets
import sys
import tempfile
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ai_guard.errors import InputError, TokenStoreError
from ai_guard.i18n import tokens as msg
from ai_guard.serve.auth import Caller

__all__ = [
    "DEFAULT_TOKENS_FILE",
    "FORMAT",
    "PREFIX",
    "TokenInfo",
    "TokenStore",
]

#: The token file ``ai-guard serve token`` writes when ``--file`` is not given.
DEFAULT_TOKENS_FILE = ".ai-guard/gateway-tokens.json"
#: The ``format`` of a token file, and the one version this module reads and writes.
FORMAT = "ai-guard-gateway-tokens"
VERSION = 1
#: Every gateway token starts with this.
PREFIX = "aig_"

_ID_HEX = 12
_SECRET_BYTES = 32
_SECRET_CHARS = 43  # len(secrets.token_urlsafe(32))
_TOKEN = re.compile(rf"{PREFIX}([0-9a-f]{{{_ID_HEX}}})_[A-Za-z0-9_-]{{{_SECRET_CHARS}}}")
_TOKEN_LEN = len(PREFIX) + _ID_HEX + 1 + _SECRET_CHARS
#: a token anywhere in a value (unit, person, note): refused
_TOKEN_INSIDE = re.compile(rf"{PREFIX}[0-9a-f]{{{_ID_HEX}}}_[A-Za-z0-9_-]{{20,}}")
_ID = re.compile(rf"[0-9a-f]{{{_ID_HEX}}}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
#: compared with when no token has the presented id, so both paths do the same work
_NO_DIGEST = "0" * 64

_LIMITS = {"unit": 200, "person": 200, "note": 500}
_ENTRY_KEYS = frozenset(("token_id", "unit", "person", "created", "revoked_at", "note", "sha256"))
#: how long create/revoke wait for another administrator's write before giving up
_LOCK_TIMEOUT = 10.0

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


@dataclass(frozen=True)
class TokenInfo:
    """One issued token, without the token: who holds it, when it was issued and revoked."""

    token_id: str
    unit: str
    person: str
    created: dt.datetime
    revoked_at: dt.datetime | None = None
    note: str = ""

    @property
    def active(self) -> bool:
        return self.revoked_at is None

    @property
    def caller(self) -> Caller:
        return Caller(token_id=self.token_id, unit=self.unit, person=self.person)


@dataclass(frozen=True)
class _Entry:
    info: TokenInfo
    sha256: str
    caller: Caller


@dataclass(frozen=True)
class _Snapshot:
    """What one reading of the file gave: the file's identity, its entries by id, or the
    problem that makes every token refused."""

    key: tuple[int, ...] | None
    entries: Mapping[str, _Entry]
    error: TokenStoreError | None = None


def clean_field(field: str, value: object) -> str:
    """``value`` as a token's ``unit``, ``person`` or ``note`` (stripped, NFC), or
    :class:`~ai_guard.errors.InputError` naming the field and what is wrong with it."""

    def refuse(problem: str) -> InputError:
        vi, en = msg.token_field_problem(field, problem, _LIMITS[field])
        return InputError(vi=vi, en=en)

    if not isinstance(value, str):
        raise refuse("type")
    text = unicodedata.normalize("NFC", value.strip())
    if not text and field != "note":
        raise refuse("empty")
    if len(text) > _LIMITS[field]:
        raise refuse("too_long")
    if any(unicodedata.category(c)[0] == "C" or c in "\u2028\u2029" for c in text):
        raise refuse("control")
    if _TOKEN_INSIDE.search(text):
        raise refuse("looks_like_token")
    return text


def _new_token(token_id: str) -> str:
    return f"{PREFIX}{token_id}_{secrets.token_urlsafe(_SECRET_BYTES)}"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def _iso(when: dt.datetime | None) -> str | None:
    return None if when is None else when.isoformat()


class TokenStore:
    """The gateway tokens in one file (see the module docstring for the format and the rules).

    ``TokenStore(path)`` is what a gateway instance opens: the file must exist and be sound,
    or :class:`~ai_guard.errors.TokenStoreError` says what is wrong. ``create=True`` is the
    administrator's store: a missing file is created by the first :meth:`create`.
    """

    def __init__(
        self,
        path: str | os.PathLike[str] = DEFAULT_TOKENS_FILE,
        *,
        create: bool = False,
        clock: Clock | None = None,
    ) -> None:
        self.path = Path(path)
        self._clock: Clock = clock or _utcnow
        self._lock = threading.Lock()
        self._snapshot = _Snapshot(key=None, entries={})
        self._logged: TokenStoreError | None = None
        self._loaded = False
        snapshot = self._current()
        if snapshot.error is not None and not (create and snapshot.error.problem == "missing"):
            raise snapshot.error

    # -- the gateway's side -------------------------------------------------------------------

    def verify(self, presented: str) -> Caller | None:
        """The holder of ``presented``, or ``None`` when it is not a token of this file, is
        revoked, or the file cannot be used (every token is refused then)."""
        snapshot = self._current()
        if snapshot.error is not self._logged:
            self._say(snapshot.error)
        if snapshot.error is not None:
            return None
        if not isinstance(presented, str) or len(presented) != _TOKEN_LEN:
            return None
        found = _TOKEN.fullmatch(presented)
        if found is None:
            return None
        entry = snapshot.entries.get(found.group(1))
        digest = _digest(presented)
        if entry is None:
            hmac.compare_digest(digest, _NO_DIGEST)
            return None
        if not hmac.compare_digest(digest, entry.sha256) or entry.info.revoked_at is not None:
            return None
        return entry.caller

    @property
    def problem(self) -> TokenStoreError | None:
        """Why every token is refused right now (the file re-checked), or ``None``."""
        return self._current().error

    # -- the administrator's side -------------------------------------------------------------

    def tokens(self) -> list[TokenInfo]:
        """Every token of the file, in the order issued, revoked ones included."""
        snapshot = self._current()
        if snapshot.error is not None:
            raise snapshot.error
        return [entry.info for entry in snapshot.entries.values()]

    def create(self, *, unit: str, person: str, note: str = "") -> tuple[str, TokenInfo]:
        """Issue a token: ``(token, info)``. The token is returned once and never stored."""
        unit = clean_field("unit", unit)
        person = clean_field("person", person)
        note = clean_field("note", note)
        with self._write_lock():
            entries = self._read_for_write()
            token_id = secrets.token_hex(_ID_HEX // 2)
            while token_id in entries:  # pragma: no cover - 2**48 ids
                token_id = secrets.token_hex(_ID_HEX // 2)
            token = _new_token(token_id)
            info = TokenInfo(token_id, unit, person, self._clock(), None, note)
            entries[token_id] = _Entry(info, _digest(token), info.caller)
            self._write(entries)
        return token, info

    def revoke(self, token_id: str) -> bool:
        """Revoke the token ``token_id``: ``True`` when this call revoked it, ``False`` when it
        was already revoked. An id the file does not hold raises
        :class:`~ai_guard.errors.InputError`."""
        with self._write_lock():
            entries = self._read_for_write()
            entry = entries.get(token_id) if isinstance(token_id, str) else None
            if entry is None:
                vi, en = msg.token_unknown_id(str(self.path), str(token_id))
                raise InputError(vi=vi, en=en)
            if entry.info.revoked_at is not None:
                return False
            info = TokenInfo(
                entry.info.token_id,
                entry.info.unit,
                entry.info.person,
                entry.info.created,
                self._clock(),
                entry.info.note,
            )
            entries[token_id] = _Entry(info, entry.sha256, entry.caller)
            self._write(entries)
        return True

    # -- reading ------------------------------------------------------------------------------

    def _error(self, problem: str, detail: str = "") -> TokenStoreError:
        vi, en = msg.token_file_problem(str(self.path), problem, detail)
        return TokenStoreError(vi=vi, en=en, path=str(self.path), problem=problem)

    def _current(self) -> _Snapshot:
        """The snapshot for the file as it is now: the last one when the file has not changed
        since, else a new reading (one at a time)."""
        try:
            key: tuple[int, ...] | None = _identity(os.stat(self.path))
        except FileNotFoundError:
            key = None
        except OSError:
            key = (-1,)  # re-read: _load says what is wrong
        snapshot = self._snapshot
        if self._loaded and snapshot.key == key and key is not None:
            return snapshot
        with self._lock:
            snapshot = self._snapshot
            if self._loaded and snapshot.key == key and key is not None:
                return snapshot
            snapshot = self._load(key)
            self._snapshot = snapshot
            self._loaded = True
        return snapshot

    def _say(self, error: TokenStoreError | None) -> None:
        """Log a change of the file's state as the gateway sees it, once (not once per
        request; the administrator's commands say their errors themselves)."""
        with self._lock:
            before, self._logged = self._logged, error
        if before is error:
            return
        if error is None:
            if before is not None:
                vi, en = msg.token_file_readable(str(self.path))
                log.warning("%s / %s", en, vi)
        elif before is None or before.message_en != error.message_en:
            vi, en = msg.token_refusing_all((error.message_vi, error.message_en))
            log.error("%s / %s", en, vi)

    def _load(self, seen: tuple[int, ...] | None) -> _Snapshot:
        """Read the file; a problem is kept for the identity ``seen`` before reading (so a
        damaged file is not parsed again on every request, and any change is re-read)."""
        try:
            entries, key = self._read()
        except TokenStoreError as exc:
            keep = seen if seen is not None and seen != (-1,) else None
            return _Snapshot(key=keep, entries={}, error=exc)
        return _Snapshot(key=key, entries=entries)

    def _read(self) -> tuple[dict[str, _Entry], tuple[int, ...]]:
        """The entries of the file and the identity they were read at, or the problem."""
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except FileNotFoundError:
            raise self._error("missing") from None
        except OSError as exc:
            raise self._error("unreadable", f"{type(exc).__name__}: {exc.strerror}") from None
        try:
            st = os.fstat(fd)
            if not _is_regular(st.st_mode):
                raise self._error("not_a_file")
            if os.name == "posix" and st.st_mode & 0o022:
                raise self._error("writable_by_others", f"mode {st.st_mode & 0o777:o}")
            chunks = []
            while chunk := os.read(fd, 1 << 16):
                chunks.append(chunk)
        except OSError as exc:
            raise self._error("unreadable", f"{type(exc).__name__}: {exc.strerror}") from None
        finally:
            os.close(fd)
        return self._parse(b"".join(chunks)), _identity(st)

    def _parse(self, data: bytes) -> dict[str, _Entry]:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise self._error("not_utf8", f"byte {exc.start}") from None
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            raise self._error("not_json", f"line {exc.lineno}, column {exc.colno}") from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise self._error("not_a_token_file")
        if doc.get("version") != VERSION:
            raise self._error("version", f"version {doc.get('version')!r}")
        if doc.get("hash") != "sha256":
            raise self._error("hash", f"hash {doc.get('hash')!r}")
        raw = doc.get("tokens")
        if not isinstance(raw, list):
            raise self._error("tokens_not_list")
        entries: dict[str, _Entry] = {}
        for index, item in enumerate(raw):
            entry = self._entry(index, item)
            if entry.info.token_id in entries:
                raise self._error("duplicate_id", f"tokens[{index}].token_id")
            entries[entry.info.token_id] = entry
        return entries

    def _entry(self, index: int, item: object) -> _Entry:
        """One entry of ``tokens``; a damaged one names itself (``tokens[3].created``)."""
        where = f"tokens[{index}]"
        if not isinstance(item, dict):
            raise self._error("entry", where)
        unknown = sorted(set(item) - _ENTRY_KEYS)
        missing = sorted(_ENTRY_KEYS - set(item))
        if unknown or missing:
            raise self._error("entry", f"{where}.{(unknown or missing)[0]}")

        def field(name: str, check: Callable[[Any], bool]) -> Any:
            value = item[name]
            if not check(value):
                raise self._error("entry", f"{where}.{name}")
            return value

        def is_text(name: str) -> Callable[[Any], bool]:
            def check(value: Any) -> bool:
                try:
                    return bool(clean_field(name, value) == value)
                except InputError:
                    return False

            return check

        token_id = field("token_id", lambda v: isinstance(v, str) and bool(_ID.fullmatch(v)))
        digest = field("sha256", lambda v: isinstance(v, str) and bool(_HEX64.fullmatch(v)))
        unit = field("unit", is_text("unit"))
        person = field("person", is_text("person"))
        note = field("note", is_text("note"))
        created = _when(field("created", lambda v: _when(v) is not None))
        revoked_at = None
        if item["revoked_at"] is not None:
            revoked_at = _when(field("revoked_at", lambda v: _when(v) is not None))
        assert created is not None
        info = TokenInfo(token_id, unit, person, created, revoked_at, note)
        return _Entry(info, digest, info.caller)

    # -- writing ------------------------------------------------------------------------------

    def _read_for_write(self) -> dict[str, _Entry]:
        """The entries as the file holds them now (under the write lock); a missing file is
        empty, any other problem refuses the write (a damaged file is never overwritten)."""
        try:
            entries, _ = self._read()
        except TokenStoreError as exc:
            if exc.problem == "missing":
                return {}
            raise
        return entries

    @contextmanager
    def _write_lock(self) -> Iterator[None]:
        """An exclusive lock on ``<file>.lock`` for one read-change-write."""
        lock_path = self.path.with_name(self.path.name + ".lock")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise self._error("lock", f"{type(exc).__name__}: {exc.strerror}") from None
        try:
            _lock(fd, self._error)
            yield
        finally:
            _unlock(fd)
            os.close(fd)

    def _write(self, entries: Mapping[str, _Entry]) -> None:
        """Replace the file atomically with ``entries`` (0600)."""
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "hash": "sha256",
            "tokens": [
                {
                    "token_id": e.info.token_id,
                    "unit": e.info.unit,
                    "person": e.info.person,
                    "created": _iso(e.info.created),
                    "revoked_at": _iso(e.info.revoked_at),
                    "note": e.info.note,
                    "sha256": e.sha256,
                }
                for e in entries.values()
            ],
        }
        data = (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        folder = self.path.parent
        tmp = ""
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=folder)
            try:
                if os.name == "posix":
                    os.fchmod(fd, 0o600)
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(tmp, self.path)
            tmp = ""
            _sync_folder(folder)
        except OSError as exc:
            raise self._error("write", f"{type(exc).__name__}: {exc.strerror}") from None
        finally:
            if tmp:
                try:
                    os.unlink(tmp)
                except OSError:
                    log.warning("could not remove the temporary file %s", tmp)


def _identity(st: os.stat_result) -> tuple[int, ...]:
    """What changes when the file is replaced or rewritten: device, inode, size, times."""
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def _is_regular(mode: int) -> bool:
    import stat

    return stat.S_ISREG(mode)


def _when(value: object) -> dt.datetime | None:
    """A timezone-aware ISO 8601 datetime, or ``None``."""
    if not isinstance(value, str):
        return None
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return when if when.tzinfo is not None else None


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX: fsync the folder)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int, error: Callable[[str, str], TokenStoreError]) -> None:
        deadline = time.monotonic() + _LOCK_TIMEOUT
        while True:
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
                return
            except OSError as exc:
                if time.monotonic() > deadline:
                    raise error("lock", f"{type(exc).__name__}: {exc.strerror}") from None
                time.sleep(0.05)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int, error: Callable[[str, str], TokenStoreError]) -> None:
        deadline = time.monotonic() + _LOCK_TIMEOUT
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if time.monotonic() > deadline:
                    detail = f"held by another writer for {_LOCK_TIMEOUT:.0f} s"
                    raise error("lock", detail) from None
                time.sleep(0.02)
            except OSError as exc:
                raise error("lock", f"{type(exc).__name__}: {exc.strerror}") from None

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
