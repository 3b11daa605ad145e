"""The PostgreSQL server the audit-log tests run against, and a fresh schema per test.

``AI_GUARD_TEST_POSTGRES_DSN`` names the server's database (``.ci/run`` starts a throw-away
server and sets it). Without it the tests are skipped, saying how to run them, except when
``CI`` is set: there a missing or unreachable server is a failure, never a skip. A server named
by the variable that does not answer is a failure everywhere.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

import pytest

ENV = "AI_GUARD_TEST_POSTGRES_DSN"


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def server_dsn() -> str:
    """The server's DSN; skips (locally) or fails (in CI, or when the server does not answer)."""
    dsn = os.environ.get(ENV, "").strip()
    if not dsn:
        why = (
            f"no PostgreSQL server for the audit-log tests: set {ENV}=postgresql://... "
            "(.ci/run starts a throw-away server and sets it)"
        )
        if in_ci():
            pytest.fail(why + "; CI is set, so this is a failure, not a skip")
        pytest.skip(why)
    import psycopg

    try:
        psycopg.connect(dsn, connect_timeout=5).close()
    except psycopg.Error as exc:
        pytest.fail(f"{ENV} is set but the PostgreSQL server does not answer: {exc}")
    return dsn


def with_schema(dsn: str, schema: str) -> str:
    """``dsn`` whose sessions use ``schema`` (libpq's ``options`` parameter)."""
    return f"{dsn}{'&' if '?' in dsn else '?'}options={quote(f'-csearch_path={schema}')}"


def as_user(dsn: str, user: str) -> str:
    """``dsn`` connecting as another role (the test server trusts local connections)."""
    parts = urlsplit(dsn)
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, f"{user}@{host}", parts.path, parts.query, ""))


@contextmanager
def role(dsn: str, grants: Sequence[str]) -> Iterator[str]:
    """A login role of its own (roles belong to the whole server) with ``grants`` (``{role}``
    in them is its name), dropped afterwards; yields ``dsn`` connecting as that role."""
    name = f"aig_role_{uuid.uuid4().hex[:10]}"
    sql(dsn, f"CREATE ROLE {name} LOGIN", *(g.format(role=name) for g in grants))
    try:
        yield as_user(dsn, name)
    finally:
        sql(dsn, f"DROP OWNED BY {name}", f"DROP ROLE {name}")


@contextmanager
def fresh_schema() -> Iterator[str]:
    """A DSN whose current schema is new and empty, dropped afterwards: one log per test."""
    import psycopg

    dsn = server_dsn()
    schema = f"aig_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield with_schema(dsn, schema)
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def sql(dsn: str, *statements: str) -> list[Any]:
    """Run statements directly on the database (what someone tampering does); the rows of
    the last one, if it returns any."""
    import psycopg

    rows: list[Any] = []
    with psycopg.connect(dsn, autocommit=True) as conn:
        for statement in statements:
            cur = conn.execute(statement)
            rows = cur.fetchall() if cur.description else []
    return rows


def tables(dsn: str) -> Sequence[str]:
    return [
        str(r[0])
        for r in sql(
            dsn,
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1",
        )
    ]
