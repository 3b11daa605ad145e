"""Speed of the sign-off guard and its audit log: sign-offs recorded per second.

In one run, against baselines measured the same way:

- baseline: a plain SQLite insert per transaction (WAL, synchronous=NORMAL, BEGIN IMMEDIATE),
  no chain, one process;
- ``AuditLog.append`` (hash chain + head row), one process, and 4 processes at once;
- the whole guarded call (request, approve, digest, check_prompt on the draft, the approved
  and completed rows), one process, and 4 processes at once;
- with ``--postgres DSN`` (or ``AI_GUARD_TEST_POSTGRES_DSN`` set, as .ci/run sets it): a plain
  PostgreSQL insert per transaction, then ``AuditLog.append`` on PostgreSQL by one process and
  by 4 at once, each in a schema of its own (dropped afterwards), with its ratio to the same
  number of processes appending to SQLite.

    python -m benchmarks.audit [--n 2000] [--procs 4] [--postgres postgresql://...]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ai_guard import AuditLog, Policy, require_human_signoff

DRAFT = "Quyết định cưỡng chế kê biên tài sản số {i}/QĐ-CCTHADS, số tiền 120.000.000 đồng."
APPROVER = {"approver": "tran.thi.lan", "role": "Chi cục trưởng", "unit": "CCTHADS Q1"}


def baseline(path: str, n: int) -> None:
    conn = sqlite3.connect(path, isolation_level=None, timeout=60)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("CREATE TABLE IF NOT EXISTS t (seq INTEGER PRIMARY KEY, payload TEXT)")
    for i in range(n):
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t (payload) VALUES (?)", (f"row {i}",))
        conn.execute("COMMIT")
    conn.close()


def pg_baseline(dsn: str, n: int) -> None:
    import psycopg

    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS t (seq BIGSERIAL PRIMARY KEY, payload TEXT)")
        for i in range(n):
            with conn.transaction():
                conn.execute("INSERT INTO t (payload) VALUES (%s)", (f"row {i}",))


@contextmanager
def pg_schema(dsn: str) -> Iterator[str]:
    """``dsn`` in a new schema of its own, dropped afterwards."""
    import psycopg

    schema = f"aig_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{dsn}{'&' if '?' in dsn else '?'}options={quote(f'-csearch_path={schema}')}"
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def appends(path: str, n: int) -> None:
    log = AuditLog(path)
    for i in range(n):
        log.append(action="issue_decision", outcome="approved", signoff_id=f"{os.getpid()}-{i}")


def signoffs(path: str, n: int) -> None:
    @require_human_signoff(action="issue_decision", audit=AuditLog(path), policy=Policy())
    def issue(draft: str) -> str:
        return draft

    for i in range(n):
        draft = DRAFT.format(i=i)
        so = issue.signoff_request(draft).approve(**APPROVER)  # type: ignore[attr-defined]
        issue(draft, signoff=so)


def _started(fn: Any, path: str, n: int, ready: Any, go: Any) -> None:
    """A worker process: imported and started, it says so, waits for the others, then writes."""
    ready.release()
    go.wait()
    fn(path, n)


def timed(fn: Any, path: str, n: int, procs: int) -> float:
    """Seconds to write ``n`` rows with ``procs`` processes. Several processes are started
    (interpreter, imports) before the clock starts: their start-up is not the log's speed."""
    if procs == 1:
        start = time.perf_counter()
        fn(path, n)
        return time.perf_counter() - start
    ctx = multiprocessing.get_context("spawn")
    ready, go = ctx.Semaphore(0), ctx.Event()
    ps = [
        ctx.Process(target=_started, args=(fn, path, n // procs, ready, go)) for _ in range(procs)
    ]
    for p in ps:
        p.start()
    for _ in ps:
        ready.acquire()
    start = time.perf_counter()
    go.set()
    for p in ps:
        p.join()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--procs", type=int, default=4)
    parser.add_argument(
        "--postgres",
        metavar="DSN",
        default=os.environ.get("AI_GUARD_TEST_POSTGRES_DSN"),
        help="also measure the log on this PostgreSQL database (a schema per run, dropped)",
    )
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="ai-guard-audit-bench-"))
    n = args.n
    base = n / timed(baseline, str(folder / "base.sqlite3"), n, 1)
    print(f"plain SQLite insert, 1 process (baseline)   {base:8.0f} rows/s")
    sqlite_appends: dict[int, float] = {}
    for name, fn in (("AuditLog.append", appends), ("guarded call (2 rows each)", signoffs)):
        for procs in (1, args.procs):
            path = str(folder / f"{fn.__name__}-{procs}.sqlite3")
            AuditLog(path).verify()  # schema
            rate = n / timed(fn, path, n, procs)
            if fn is appends:
                sqlite_appends[procs] = rate
            ok = AuditLog(path).verify()
            label = f"{name}, {procs} process{'es' if procs > 1 else ''}"
            print(
                f"{label:<43} {rate:8.0f} /s   ({rate / base:.2f} x baseline; chain "
                f"{'intact' if ok.ok else 'BROKEN'}, {ok.records} rows)"
            )
    if args.postgres:
        with pg_schema(args.postgres) as dsn:
            pg_base = n / timed(pg_baseline, dsn, n, 1)
        print(
            f"{'plain PostgreSQL insert, 1 process':<43} {pg_base:8.0f} rows/s "
            f"({pg_base / base:.2f} x baseline)"
        )
        for procs in (1, args.procs):
            with pg_schema(args.postgres) as dsn:
                AuditLog(dsn).verify()  # schema
                rate = n / timed(appends, dsn, n, procs)
                ok = AuditLog(dsn, create=False).verify()
            label = f"AuditLog.append on PostgreSQL, {procs} process{'es' if procs > 1 else ''}"
            print(
                f"{label:<43} {rate:8.0f} /s   ({rate / sqlite_appends[procs]:.2f} x SQLite with "
                f"{procs}, {rate / pg_base:.2f} x plain PostgreSQL insert; chain "
                f"{'intact' if ok.ok else 'BROKEN'}, {ok.records} rows)"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
