"""The audit log in one SQLite file (standard library), created on first use or opened
read-only: the embedded default, for one process or a few on one machine.

A connection per thread and process; writers serialise on SQLite's write lock (``BEGIN
IMMEDIATE``, WAL mode, a busy timeout), so threads and processes writing at once lose no row.
Every storage failure (disk full, read-only file, locked database, not a database) becomes an
:class:`~ai_guard.errors.AuditError` that says the decision was not run.

Durability: WAL mode with ``synchronous = NORMAL``. A row is committed when :meth:`transact`
returns (the gateway sends nothing before that): it survives the process crashing or being
killed. The write-ahead log is synced to disk at each checkpoint, not at each commit, so after
a power cut or an operating-system crash the rows committed since the last sync may be gone;
the file stays a whole, verifiable chain (the row and the head move in one transaction), and
only a head published elsewhere shows that rows are missing. ``FULL`` would sync every commit
(one ``fsync`` a row)."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TypeVar

from ai_guard import i18n
from ai_guard.signoff.store import Store, Tx

__all__ = ["SCHEMA", "SqliteStore"]

T = TypeVar("T")

SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    seq        INTEGER PRIMARY KEY,
    ts         TEXT NOT NULL,
    action     TEXT NOT NULL,
    outcome    TEXT NOT NULL,
    reason     TEXT NOT NULL,
    approver   TEXT NOT NULL,
    role       TEXT NOT NULL,
    unit       TEXT NOT NULL,
    digest     TEXT NOT NULL,
    signoff_id TEXT NOT NULL,
    findings   TEXT NOT NULL,
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS records_signoff ON records(signoff_id, outcome);
CREATE INDEX IF NOT EXISTS records_ts ON records(ts);
CREATE TABLE IF NOT EXISTS head (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  INTEGER NOT NULL,
    hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


class SqliteStore(Store):
    """One SQLite file."""

    TABLES = "SELECT name FROM sqlite_master WHERE type = 'table'"

    def __init__(self, path: Path, *, timeout: float, create: bool) -> None:
        super().__init__(str(path))
        self.path = path
        self._timeout = timeout
        self._create = create
        self._local = threading.local()
        self._ready = False
        self._lock = threading.Lock()

    def connect(self) -> sqlite3.Connection:
        """This thread's connection (a new one after a fork), creating the file and schema."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        pid = getattr(self._local, "pid", None)
        if conn is not None and pid == os.getpid():
            return conn
        if not self._create:
            return self._keep(self._connect_read_only())
        try:
            if self.path.parent and not self.path.parent.exists():
                self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = self._open(str(self.path))
            if not self._ready:
                with self._lock:
                    conn.execute("PRAGMA journal_mode = WAL")
                    conn.executescript(SCHEMA)
                    self._ready = True
            conn.execute("PRAGMA synchronous = NORMAL")
        except (sqlite3.Error, OSError) as exc:
            raise self.error("open", exc) from exc
        return self._keep(conn)

    def _open(self, target: str, *, uri: bool = False) -> sqlite3.Connection:
        conn = sqlite3.connect(
            target, uri=uri, timeout=self._timeout, isolation_level=None, check_same_thread=True
        )
        conn.execute(f"PRAGMA busy_timeout = {int(self._timeout * 1000)}")
        return conn

    def _keep(self, conn: sqlite3.Connection) -> sqlite3.Connection:
        self._local.conn = conn
        self._local.pid = os.getpid()
        return conn

    def _connect_read_only(self) -> sqlite3.Connection:
        if not self.path.is_file():
            raise self.refused(i18n.audit_cannot_open(self.location, "missing"))
        try:
            conn = self._open(self.path.resolve().as_uri() + "?mode=ro", uri=True)
            tables = Tx(conn, self).tables()
        except (sqlite3.Error, OSError) as exc:
            raise self.error("open", exc) from exc
        if not {"records", "head"} <= tables:
            conn.close()
            raise self.refused(i18n.audit_cannot_open(self.location, "not_a_log"))
        return conn

    def close(self) -> None:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    def transact(self, work: Callable[[Tx], T]) -> T:
        """``BEGIN IMMEDIATE`` takes SQLite's write lock (waiting up to the busy timeout):
        nothing to retry, a second writer waits its turn."""
        conn = self.connect()
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise self.error("lock", exc) from exc
        try:
            result = work(Tx(conn, self))
            conn.execute("COMMIT")
        except BaseException as exc:
            with suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            if isinstance(exc, (sqlite3.Error, OSError)):
                raise self.error("record", exc) from exc
            raise
        return result

    @contextmanager
    def reading(self) -> Iterator[Tx]:
        """A deferred transaction: in WAL mode, one snapshot that writers do not block."""
        conn = self.connect()
        try:
            conn.execute("BEGIN")
        except sqlite3.Error as exc:
            raise self.error("read", exc) from exc
        try:
            yield Tx(conn, self)
        except sqlite3.Error as exc:
            raise self.error("read", exc) from exc
        finally:
            with suppress(sqlite3.Error):
                conn.execute("COMMIT")
