"""Speed of the sign-off guard and its audit log: sign-offs recorded per second.

In one run, against baselines measured the same way:

- baseline: a plain SQLite insert per transaction (WAL, synchronous=NORMAL, BEGIN IMMEDIATE),
  no chain, one process;
- ``AuditLog.append`` (hash chain + head row), one process, and 4 processes at once;
- the whole guarded call (request, approve, digest, check_prompt on the draft, the approved
  and completed rows), one process, and 4 processes at once.

    python -m benchmarks.audit [--n 2000] [--procs 4]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sqlite3
import tempfile
import time
from pathlib import Path

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


def timed(fn: object, path: str, n: int, procs: int) -> float:
    ctx = multiprocessing.get_context("spawn")
    start = time.perf_counter()
    if procs == 1:
        fn(path, n)  # type: ignore[operator]
    else:
        ps = [ctx.Process(target=fn, args=(path, n // procs)) for _ in range(procs)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--procs", type=int, default=4)
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="ai-guard-audit-bench-"))
    n = args.n
    base = n / timed(baseline, str(folder / "base.sqlite3"), n, 1)
    print(f"plain SQLite insert, 1 process (baseline)   {base:8.0f} rows/s")
    for name, fn in (("AuditLog.append", appends), ("guarded call (2 rows each)", signoffs)):
        for procs in (1, args.procs):
            path = str(folder / f"{fn.__name__}-{procs}.sqlite3")
            AuditLog(path).verify()  # schema
            rate = n / timed(fn, path, n, procs)
            ok = AuditLog(path).verify()
            label = f"{name}, {procs} process{'es' if procs > 1 else ''}"
            print(
                f"{label:<43} {rate:8.0f} /s   ({rate / base:.2f} x baseline; chain "
                f"{'intact' if ok.ok else 'BROKEN'}, {ok.records} rows)"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
