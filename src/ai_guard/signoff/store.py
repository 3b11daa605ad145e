"""Where the audit log lives, behind one interface: a SQLite file (the embedded default,
standard library, :mod:`~ai_guard.signoff.sqlite`) or a PostgreSQL database (several gateway
instances writing one chain, psycopg 3, :mod:`~ai_guard.signoff.postgres`).

A :class:`Store` does what differs between them: connections (one per thread and process),
the schema, the writers' lock, read-only opening, and turning every storage failure into an
:class:`~ai_guard.errors.AuditError` that names the log (never a password) and says the
decision was not run. Everything else (numbering rows, hashing them onto the chain, the
``meta`` table, verifying, reporting) is written once, in SQL both backends speak, against the
:class:`Tx` a store hands out: :mod:`~ai_guard.signoff.audit` and
:mod:`~ai_guard.signoff.verify` never know which backend they use.

:func:`open_store` chooses the backend by the location: a ``postgresql://`` (or
``postgres://``) URL is a PostgreSQL database, anything else a SQLite file."""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ai_guard import i18n
from ai_guard.errors import AuditError
from ai_guard.signoff.records import COLUMNS

__all__ = ["ROWS", "Store", "Tx", "is_database_url", "open_store", "safe_location"]

#: Every column of the rows, in the order :class:`~ai_guard.signoff.records.AuditRecord` reads.
ROWS = f"SELECT {', '.join(COLUMNS)} FROM records"
#: The location prefixes that name a PostgreSQL database.
POSTGRES_SCHEMES = ("postgresql", "postgres")

T = TypeVar("T")


def is_database_url(location: str | os.PathLike[str]) -> bool:
    """Whether ``location`` names a PostgreSQL database (``postgresql://...``)."""
    if not isinstance(location, str):
        return False
    scheme, sep, _ = location.partition("://")
    return bool(sep) and scheme.lower() in POSTGRES_SCHEMES


def safe_location(location: str) -> str:
    """The location as messages may show it: a database URL without its password (in the
    user part or as a ``password=`` parameter); a path as it is."""
    if not is_database_url(location):
        return location
    parts = urlsplit(location)
    netloc = parts.netloc
    if "@" in netloc:
        user, _, host = netloc.rpartition("@")
        netloc = f"{user.partition(':')[0]}@{host}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "password"]
    return urlunsplit((parts.scheme, netloc, parts.path, urlencode(query, safe="/=-"), ""))


class Tx:
    """The statements of one transaction, in the SQL both backends share: ``?`` marks a
    parameter (the store rewrites it in its own style), and the upsert of the head row is
    standard (``ON CONFLICT``). What the log asks of its storage is named here once."""

    def __init__(self, conn: Any, store: Store) -> None:
        self._conn = conn
        self._store = store

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return list(self._conn.execute(self._store.sql(sql), params).fetchall())

    def one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self._conn.execute(self._store.sql(sql), params).fetchone()

    def run(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._conn.execute(self._store.sql(sql), params)

    def tables(self) -> set[str]:
        """The names of the tables of the log's database (or schema)."""
        return {str(r[0]) for r in self.rows(self._store.TABLES)}

    def head(self) -> tuple[int, str] | None:
        """The head row: ``(last seq, last hash)``, None before the first row."""
        row = self.one("SELECT seq, hash FROM head WHERE id = 1")
        return (int(row[0]), str(row[1])) if row else None

    def meta(self) -> dict[str, str]:
        """The ``meta`` table (empty for a log written before it existed)."""
        if "meta" not in self.tables():
            return {}
        return {str(k): str(v) for k, v in self.rows("SELECT name, value FROM meta")}

    def approved(self, signoff_id: str) -> bool:
        """Whether a sign-off was already approved once (the single-use check)."""
        sql = "SELECT 1 FROM records WHERE signoff_id = ? AND outcome = 'approved'"
        return self.one(sql, (signoff_id,)) is not None

    def write_meta(self, meta: dict[str, str]) -> None:
        self.run("DELETE FROM meta WHERE name IN ('chain', 'key_check')")
        for name, value in meta.items():
            self.run("INSERT INTO meta (name, value) VALUES (?, ?)", (name, value))

    def insert(self, stored: Sequence[Any]) -> None:
        """One row (the :data:`~ai_guard.signoff.records.COLUMNS`, in order) and the head
        moved onto it."""
        marks = ", ".join("?" * len(COLUMNS))
        self.run(f"INSERT INTO records ({', '.join(COLUMNS)}) VALUES ({marks})", stored)
        self.run(
            "INSERT INTO head (id, seq, hash) VALUES (1, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash",
            (stored[0], stored[-1]),
        )


class Store(ABC):
    """One backend: connections, the schema, transactions, errors.

    ``create=False`` opens an existing log read-only: nothing is created or written, and a
    database that is not an ai-guard audit log raises :class:`AuditError`."""

    #: How the backend's driver marks a parameter.
    PARAM = "?"
    #: The SQL that lists the log's tables (one name per row).
    TABLES = ""

    def __init__(self, location: str) -> None:
        #: What messages show: the path, or the database URL without its password.
        self.location = safe_location(location)

    def sql(self, statement: str) -> str:
        return statement if self.PARAM == "?" else statement.replace("?", self.PARAM)

    def error(self, what: str, exc: BaseException) -> AuditError:
        """``what`` (open, lock, record, read) failed with ``exc``."""
        detail = self._scrub(f"{type(exc).__name__}: {exc}".strip())
        vi, en = i18n.audit_storage(self.location, what, detail)
        return AuditError(vi=vi, en=en, path=self.location)

    def refused(self, message: tuple[str, str]) -> AuditError:
        """An error about this log from a (Vietnamese, English) pair."""
        vi, en = message
        return AuditError(vi=vi, en=en, path=self.location)

    def _scrub(self, text: str) -> str:
        """A driver's message without anything secret (the database store removes the
        password should a driver ever repeat it)."""
        return text

    @abstractmethod
    def transact(self, work: Callable[[Tx], T]) -> T:
        """Run ``work`` in a write transaction that holds the writers' lock, so that rows are
        numbered and linked one writer at a time; commit, or roll back on any error (retried
        when the database asks for it). A storage failure is an :class:`AuditError`
        ("cannot lock", "cannot record"); ``work``'s own exceptions pass through."""

    @abstractmethod
    def reading(self) -> AbstractContextManager[Tx]:
        """A read-only transaction: one consistent view of the rows, the head and the meta
        table. A storage failure is an :class:`AuditError` ("cannot open", "cannot read")."""

    @abstractmethod
    def close(self) -> None:
        """Close this thread's connection (the next use opens a new one)."""

    def read(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """The rows of one query; a storage failure is an :class:`AuditError`."""
        with self.reading() as tx:
            return tx.rows(sql, params)


def open_store(location: str, *, timeout: float, create: bool) -> Store:
    """The store of ``location``: PostgreSQL for a ``postgresql://`` URL, else a SQLite file."""
    if is_database_url(location):
        from ai_guard.signoff.postgres import PostgresStore

        return PostgresStore(location, timeout=timeout, create=create)
    from pathlib import Path

    from ai_guard.signoff.sqlite import SqliteStore

    return SqliteStore(Path(location), timeout=timeout, create=create)
