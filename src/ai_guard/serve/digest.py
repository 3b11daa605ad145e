"""The digest an audit row keeps of what was checked: keyed, so that it cannot be reversed.

A plain SHA-256 of a short text is no secret: a phone number alone (10 digits) or a CCCD (12)
is found again from its digest by trying every number, in seconds. The gateway's and the
page's audit rows keep an HMAC-SHA256 instead, under a per-installation key kept beside the
audit log (``<audit log>.digest-key``; for a PostgreSQL log, ``.ai-guard/audit-digest.key``),
created at the first start with ``0600`` permissions and refused when anyone but its owner
may read it. An auditor holding a text and the key shows it was checked
(``Digester(load_key(key_path(log), create=False))(text.encode())``); without the key the
digest tells no one anything.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import stat
from pathlib import Path

from ai_guard import i18n
from ai_guard.errors import PolicyError

__all__ = ["KEY_SUFFIX", "Digester", "key_path", "load_key"]

KEY_SUFFIX = ".digest-key"
_DATABASE_KEY = os.path.join(".ai-guard", "audit-digest.key")


def key_path(location: str | os.PathLike[str] | None) -> Path:
    """Where the digest key of the audit log at ``location`` is kept: beside the log's file
    (``audit.sqlite3.digest-key``); for a database log (or none), in ``.ai-guard/``."""
    text = os.fspath(location) if location is not None else ""
    if not text or "://" in text:
        return Path(_DATABASE_KEY)
    path = Path(text)
    return path.with_name(path.name + KEY_SUFFIX)


def _refuse(problem: str, path: Path, detail: str = "") -> PolicyError:
    vi, en = i18n.serve_config_error(problem, path=str(path), detail=detail)
    return PolicyError(vi=vi, en=en, key="gateway.audit_log")


def load_key(path: Path, *, create: bool = True) -> bytes:
    """The key in ``path`` (64 hex digits), made there first when missing and ``create``
    (32 random bytes, the file created ``0600``, never overwritten). A key file that its
    group or others may read or write, or that holds anything else, is refused."""
    if create and not path.exists():
        _create(path)
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise _refuse("digest_key_unreadable", path, "not a regular file")
        mode = stat.S_IMODE(os.stat(path).st_mode)
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError) as exc:
        detail = getattr(exc, "strerror", None) or type(exc).__name__
        raise _refuse("digest_key_unreadable", path, detail) from None
    if mode & 0o077:
        raise _refuse("digest_key_open", path, oct(mode))
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    if len(key) != 32:
        raise _refuse("digest_key_damaged", path)
    return key


def _create(path: Path) -> None:
    """Write a new key whole under a name of this process's, then link it to ``path``: the
    link appears with the key in it or not at all, so a process starting beside this one
    never reads a file still being written (it was read empty, "damaged", when two gateway
    processes started together), and a key another process linked first is kept."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}")
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as out:
            out.write(os.urandom(32).hex() + "\n")
            out.flush()
            os.fsync(out.fileno())
        with contextlib.suppress(FileExistsError):  # another process made it first: read theirs
            os.link(temporary, path)
    except OSError as exc:
        detail = exc.strerror or type(exc).__name__
        raise _refuse("digest_key_unreadable", path, detail) from None
    finally:
        with contextlib.suppress(OSError):  # (never made, or already gone)
            os.unlink(temporary)


class Digester:
    """HMAC-SHA256 under one key, as 64 hex digits (the shape a SHA-256 digest had)."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    @classmethod
    def beside(cls, location: str | os.PathLike[str] | None) -> Digester:
        """The digester of the audit log at ``location`` (its key made when missing); for a
        log whose location is unknown (a test's recorder), a key of this process only."""
        if location is None:
            return cls(os.urandom(32))
        return cls(load_key(key_path(location)))

    def __call__(self, data: bytes) -> str:
        return hmac.new(self._key, data, hashlib.sha256).hexdigest()
