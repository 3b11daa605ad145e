"""The audit log in a PostgreSQL database (psycopg 3, the ``postgres`` extra): one chain that
several gateway instances, on several machines, append to at once.

The location is a libpq URL, ``postgresql://user@host:5432/db`` (``?host=/run/postgresql``
for a socket directory, ``?options=-csearch_path%3Daudit`` for a schema of its own; the
password best comes from ``PGPASSWORD`` or a ``.pgpass`` file, never from a policy file).
The tables are those of the SQLite file (``records``, ``head``, ``meta``), created on first
use in the current schema, unless opened read-only.

Writers serialise on the head: each write transaction starts with ``LOCK TABLE head IN
EXCLUSIVE MODE`` (READ COMMITTED), which one writer holds at a time while readers go on
reading; it then reads the head, numbers the row after it, hashes it onto the chain, inserts
it and moves the head, and commits (the begin and the lock in one round trip; the insert, the
head and the commit pipelined in another, so the lock is held briefly). So ``seq`` stays
contiguous and every ``prev_hash`` links, however many processes write. A serialisation
failure or a deadlock the database reports (SQLSTATE 40001, 40P01: a trigger, a replication
setup) rolls back and retries, a few times with a random pause;
waiting for the lock longer than ``timeout`` is an :class:`~ai_guard.errors.AuditError`
("cannot lock"), as with SQLite's busy timeout.

Readers (``verify``, ``records``, ``report``) read in one ``REPEATABLE READ READ ONLY``
transaction: the rows, the head and the meta table of the same moment, while writers go on.
``create=False`` also sets the session read-only: a supervisor's tools change nothing."""

from __future__ import annotations

import os
import random
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext, suppress
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import parse_qsl, urlsplit

from ai_guard import i18n
from ai_guard.signoff.store import Store, Tx

if TYPE_CHECKING:
    import psycopg

__all__ = ["SCHEMA", "PostgresStore"]

T = TypeVar("T")

#: The tables of the SQLite file, in PostgreSQL's types. ``ts`` compares bytewise ("C"), as in
#: SQLite, whatever the database's collation: ``since``/``until`` bounds are ISO strings.
SCHEMA = (
    """CREATE TABLE IF NOT EXISTS records (
    seq        BIGINT PRIMARY KEY,
    ts         TEXT COLLATE "C" NOT NULL,
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
)""",
    "CREATE INDEX IF NOT EXISTS records_signoff ON records(signoff_id, outcome)",
    "CREATE INDEX IF NOT EXISTS records_ts ON records(ts)",
    """CREATE TABLE IF NOT EXISTS head (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  BIGINT NOT NULL,
    hash TEXT NOT NULL
)""",
    """CREATE TABLE IF NOT EXISTS meta (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
)""",
)
_TABLES = {"records", "head", "meta"}
#: Two processes creating the schema at once would collide in the catalogue: one at a time
#: (a lock per schema, released at the end of the transaction).
_SCHEMA_LOCK = "SELECT pg_advisory_xact_lock(hashtext('ai-guard audit ' || current_schema()))"
_LOCK_HEAD = "LOCK TABLE head IN EXCLUSIVE MODE"


def _close_all(opened: list[Any], pid: int) -> None:
    """When a store is dropped: close the connections its threads left open (in the process
    that opened them; a forked child must not end its parent's sessions)."""
    if os.getpid() == pid:
        for conn in opened:
            with suppress(Exception):
                conn.close()


class PostgresStore(Store):
    """One PostgreSQL database (its current schema)."""

    PARAM = "%s"
    TABLES = "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
    #: How many times a write is tried when the database reports a serialisation failure or
    #: a deadlock.
    ATTEMPTS = 8

    def __init__(self, dsn: str, *, timeout: float, create: bool) -> None:
        super().__init__(dsn)
        self._dsn = dsn
        self._timeout = timeout
        self._create = create
        self._local = threading.local()
        #: every connection this store opened (any thread), closed when the store is dropped
        self._opened: list[Any] = []
        weakref.finalize(self, _close_all, self._opened, os.getpid())
        self._ready = False
        self._lock = threading.Lock()
        parts = urlsplit(dsn)
        secrets = [parts.password or ""]
        secrets += [v for k, v in parse_qsl(parts.query) if k == "password"]
        self._secrets = [s for s in secrets if s]

    def _scrub(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "***")
        return text

    def _driver(self) -> ModuleType:
        try:
            import psycopg
        except ImportError as exc:
            raise self.refused(i18n.audit_postgres_driver(self.location)) from exc
        return psycopg

    # -- connections -----------------------------------------------------------------------------
    def connect(self) -> psycopg.Connection[Any]:
        """This thread's connection (a new one after a fork, or after the last one broke),
        creating the schema on first use, or checking it is there when read-only."""
        conn: psycopg.Connection[Any] | None = getattr(self._local, "conn", None)
        if conn is not None and self._local.pid == os.getpid() and not conn.closed:
            return conn
        pg = self._driver()
        try:
            conn = pg.connect(
                self._dsn,
                autocommit=True,
                connect_timeout=max(2, round(self._timeout)),
                application_name="ai-guard audit",
            )
        except pg.Error as exc:
            raise self.error("open", exc) from exc
        assert conn is not None
        tables: set[str] = set()
        try:
            conn.execute(f"SET lock_timeout = {max(1, int(self._timeout * 1000))}")
            if self._create:
                self._schema(conn)
            else:
                conn.execute("SET default_transaction_read_only = on")
                tables = Tx(conn, self).tables()
        except pg.Error as exc:
            conn.close()
            raise self.error("open", exc) from exc
        if not self._create and not {"records", "head"} <= tables:
            conn.close()
            raise self.refused(i18n.audit_cannot_open(self.location, "not_a_log"))
        self._local.conn = conn
        self._local.pid = os.getpid()
        self._opened[:] = [c for c in self._opened if not c.closed] + [conn]
        return conn

    def _schema(self, conn: psycopg.Connection[Any]) -> None:
        if self._ready or Tx(conn, self).tables() >= _TABLES:
            self._ready = True  # a writer that may not create tables needs none created
            return
        with self._lock:
            conn.execute("BEGIN")
            try:
                conn.execute(_SCHEMA_LOCK)
                for statement in SCHEMA:
                    conn.execute(statement)
                conn.execute("COMMIT")
            except BaseException:
                with suppress(Exception):
                    conn.execute("ROLLBACK")
                raise
            self._ready = True

    def close(self) -> None:
        conn: psycopg.Connection[Any] | None = getattr(self._local, "conn", None)
        if conn is not None:
            if self._local.pid == os.getpid():
                conn.close()
            self._local.conn = None

    def _forget(self, conn: psycopg.Connection[Any]) -> None:
        """Roll back what is open; a broken connection is dropped (the next use reconnects)."""
        if not conn.broken and not conn.closed:
            with suppress(Exception):
                conn.execute("ROLLBACK")
        if conn.broken or conn.closed:
            with suppress(Exception):
                conn.close()
            self._local.conn = None

    def _begin(self, sql: str, what: str) -> psycopg.Connection[Any]:
        """This thread's connection in a new transaction; a connection that broke while idle
        (the server restarted) is replaced once, since nothing was done on it yet."""
        pg = self._driver()
        for attempt in (1, 2):
            conn = self.connect()
            try:
                conn.execute(sql)
            except pg.Error as exc:
                self._forget(conn)
                if attempt == 1 and (conn.broken or conn.closed):
                    continue
                raise self.error(what, exc) from exc
            return conn
        raise AssertionError("unreachable")  # pragma: no cover

    # -- transactions ----------------------------------------------------------------------------
    def transact(self, work: Callable[[Tx], T]) -> T:
        pg = self._driver()
        retry = (pg.errors.SerializationFailure, pg.errors.DeadlockDetected)
        for attempt in range(1, self.ATTEMPTS + 1):
            # one round trip: the transaction and the writers' lock
            conn = self._begin(f"BEGIN ISOLATION LEVEL READ COMMITTED; {_LOCK_HEAD}", "lock")
            try:
                # pipelined (libpq 14+): what needs no answer (the insert, the head, COMMIT)
                # goes in one round trip while the lock is held; reading the head still waits
                with conn.pipeline() if pg.Pipeline.is_supported() else nullcontext():
                    result = work(Tx(conn, self))
                    conn.execute("COMMIT")
            except retry as exc:
                self._forget(conn)
                if attempt == self.ATTEMPTS:
                    raise self.error("record", exc) from exc
                time.sleep(random.uniform(0.0, 0.005 * 2**attempt))
                continue
            except BaseException as exc:
                self._forget(conn)
                if isinstance(exc, (pg.Error, OSError)):
                    raise self.error("record", exc) from exc
                raise
            return result
        raise AssertionError("unreachable")  # pragma: no cover

    @contextmanager
    def reading(self) -> Iterator[Tx]:
        pg = self._driver()
        conn = self._begin("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", "read")
        try:
            yield Tx(conn, self)
        except pg.Error as exc:
            raise self.error("read", exc) from exc
        finally:
            self._forget(conn)
