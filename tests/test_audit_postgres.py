"""The audit log on PostgreSQL: the same rows, chain and verification as the SQLite file,
several processes writing one chain, read-only opening, tampering with SQL, the command line.

Needs a server (``AI_GUARD_TEST_POSTGRES_DSN``; ``.ci/run`` starts one): see tests/_postgres.py
for when these tests are skipped (locally, without a server) and when they fail (in CI)."""

from __future__ import annotations

import itertools
import json
import multiprocessing
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from multiprocessing.synchronize import Barrier
from pathlib import Path

import pytest
from tests._postgres import fresh_schema, role, server_dsn, sql, tables
from tests.test_audit import fill

from ai_guard import AuditError, AuditLog, Policy, require_human_signoff
from ai_guard.cli import main
from ai_guard.signoff.audit import AUDIT_KEY_ENV, open_log

KEY = "khóa của đơn vị"
T0 = datetime(2026, 11, 2, 8, 30, tzinfo=timezone.utc)


@pytest.fixture
def dsn() -> Iterator[str]:
    with fresh_schema() as dsn:
        yield dsn


@pytest.fixture
def log(dsn: str) -> Iterator[AuditLog]:
    log = AuditLog(dsn)
    fill(log)
    yield log
    log.close()


def kinds(dsn: str, key: str | None = None) -> list[tuple[str, int | None]]:
    result = AuditLog(dsn, key=key, create=False).verify()
    assert result.ok is (not result.problems)
    return [(p.kind, p.seq) for p in result.problems]


def dated(log: AuditLog, n: int = 5) -> None:
    """Rows with fixed times: the same rows give the same hashes on every backend."""
    for i in range(n):
        log.append(
            action="issue_decision",
            outcome=("approved", "refused")[i % 2],
            approver="tran.thi.lan",
            role="Chi cục trưởng",
            unit=f"CCTHADS Q{i % 3}",
            digest=f"{i:064x}",
            signoff_id=f"so-{i}",
            findings={"CCCD": i, "PHONE": 1},
            ts=T0 + timedelta(days=i),
        )


# -- the same log as SQLite ----------------------------------------------------------------------


def test_the_backend_follows_the_location(dsn: str, tmp_path: Path) -> None:
    pg = AuditLog(dsn)
    assert (pg.backend, pg.path) == ("postgresql", None)
    assert pg.location.startswith("postgresql://")
    lite = AuditLog(tmp_path / "a.sqlite3")
    assert (lite.backend, lite.path) == ("sqlite", tmp_path / "a.sqlite3")
    assert open_log(dsn).backend == "postgresql"
    assert open_log(str(tmp_path / "b.sqlite3")).backend == "sqlite"


def test_same_rows_same_chain_as_sqlite(dsn: str, tmp_path: Path) -> None:
    for key in (None, KEY):
        with fresh_schema() as schema_dsn:
            pg, lite = AuditLog(schema_dsn, key=key), AuditLog(tmp_path / f"{key}.db", key=key)
            dated(pg)
            dated(lite)
            assert pg.records() == lite.records()  # every column, hashes included
            assert pg.head() == lite.head()
            assert pg.verify() == lite.verify()
            assert pg.verify().ok
            assert pg.export("csv") == lite.export("csv")
            assert pg.report(since="2026-11-03") == lite.report(since="2026-11-03")
            pg.close()


def test_periods_compare_like_sqlite(dsn: str) -> None:
    """``ts`` is compared bytewise (as in SQLite) whatever the database's collation."""
    pg = AuditLog(dsn)
    dated(pg)
    assert [r.seq for r in pg.records(since="2026-11-03", until="2026-11-05")] == [2, 3]
    assert [r.seq for r in pg.records(since="2026-11-03T08:30:00.000001Z")] == [3, 4, 5]
    assert [r.seq for r in pg.records(until="2026-11-02T15:30:01+07:00")] == [1]
    assert len(pg) == 5


def test_single_use_holds_across_writers(log: AuditLog, dsn: str) -> None:
    other = AuditLog(dsn)
    other.append(action="a", outcome="approved", signoff_id="once", single_use=True)
    with pytest.raises(KeyError):
        log.append(action="a", outcome="approved", signoff_id="once", single_use=True)
    assert len(log) == 7
    assert log.verify().ok


# -- tampering with SQL ---------------------------------------------------------------------------


def test_intact_log_verifies(log: AuditLog) -> None:
    result = log.verify()
    assert (result.ok, result.records) == (True, 6)
    assert result.head == (6, log.records()[-1].hash)


def test_modified_row_is_named(log: AuditLog, dsn: str) -> None:
    sql(dsn, "UPDATE records SET approver = 'someone' WHERE seq = 3")
    assert kinds(dsn) == [("modified", 3)]


def test_deleted_last_row_is_named(log: AuditLog, dsn: str) -> None:
    sql(dsn, "DELETE FROM records WHERE seq = 6")
    assert kinds(dsn) == [("deleted", 6)]
    result = AuditLog(dsn, create=False).verify()
    assert "the last rows 6..6 are missing" in result.problems[0].message("en")


def test_deleted_middle_row_is_named(log: AuditLog, dsn: str) -> None:
    sql(dsn, "DELETE FROM records WHERE seq = 3")
    assert kinds(dsn) == [("deleted", 4)]


def test_reordered_rows_are_named(log: AuditLog, dsn: str) -> None:
    sql(
        dsn,
        "UPDATE records SET seq = 100 WHERE seq = 2",
        "UPDATE records SET seq = 2 WHERE seq = 3",
        "UPDATE records SET seq = 3 WHERE seq = 100",
    )
    found = kinds(dsn)
    assert ("reordered", 2) in found
    assert ("reordered", 4) in found


def test_every_row_deleted_is_seen(log: AuditLog, dsn: str) -> None:
    sql(dsn, "DELETE FROM records", "DELETE FROM head")
    assert kinds(dsn) == [("deleted", None)]


def test_keyed_log_needs_its_key(dsn: str) -> None:
    fill(AuditLog(dsn, key=KEY))
    assert AuditLog(dsn, create=False).verify().status == "key_needed"
    assert AuditLog(dsn, key="another", create=False).verify().status == "wrong_key"
    assert AuditLog(dsn, key=KEY, create=False).verify().ok
    sql(dsn, "UPDATE records SET unit = 'x' WHERE seq = 2")
    assert kinds(dsn, KEY) == [("modified", 2)]


def test_a_writer_with_the_wrong_key_is_refused_before_writing(dsn: str) -> None:
    fill(AuditLog(dsn, key=KEY))
    for key in (None, "another key"):
        with pytest.raises(AuditError) as info:
            AuditLog(dsn, key=key).append(action="a", outcome="approved")
        assert "nothing was recorded" in info.value.message_en
        assert "không ghi được" in info.value.message_vi
    assert len(AuditLog(dsn)) == 6
    assert AuditLog(dsn, key=KEY).verify().ok


# -- several writers ------------------------------------------------------------------------------


def _writer(dsn: str, worker: int, n: int, start: Barrier) -> None:
    log = AuditLog(dsn)
    # A spawned interpreter takes a machine-dependent time to start: without the barrier the
    # first writer could finish before the last one connects, and nothing would contend.
    start.wait(60)
    for i in range(n):
        log.append(action="llm_call", outcome="approved", unit=f"u{worker}",
                   signoff_id=f"{worker}-{i}")  # fmt: skip
        time.sleep(0.002)  # give the others a turn at the lock between two rows
    log.close()


def test_four_processes_x_50_rows_keep_one_chain(dsn: str) -> None:
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Barrier(4)
    procs = [ctx.Process(target=_writer, args=(dsn, w, 50, start)) for w in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0, 0, 0]
    log = AuditLog(dsn, create=False)
    result = log.verify()
    assert result.ok, result.problems
    rows = log.records()
    assert [r.seq for r in rows] == list(range(1, 201))
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(rows))
    assert log.report().by_unit_outcome == {f"u{w}": {"approved": 50} for w in range(4)}
    # the writers really interleaved (else this test proves nothing about the lock)
    units = [r.unit for r in rows]
    assert sum(a != b for a, b in itertools.pairwise(units)) > 3


def test_threads_share_a_log(dsn: str) -> None:
    log = AuditLog(dsn)

    def work(t: int) -> None:
        for i in range(25):
            log.append(action="a", outcome="approved", signoff_id=f"{t}-{i}")

    threads = [threading.Thread(target=work, args=(t,)) for t in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert log.verify().ok
    assert len(log) == 100


def test_a_serialisation_failure_is_retried(log: AuditLog, dsn: str) -> None:
    """A trigger fails the first two inserts as PostgreSQL does under contention (40001); the
    sequence it counts with is not rolled back, so the third attempt goes through."""
    sql(
        dsn,
        "CREATE SEQUENCE attempts",
        """CREATE FUNCTION flaky() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF nextval('attempts') <= 2 THEN
                RAISE EXCEPTION 'simulated conflict' USING ERRCODE = 'serialization_failure';
            END IF;
            RETURN NEW;
        END $$""",
        "CREATE TRIGGER flaky BEFORE INSERT ON records FOR EACH ROW EXECUTE FUNCTION flaky()",
    )
    row = log.append(action="a", outcome="approved", signoff_id="retried")
    assert row.seq == 7
    assert sql(dsn, "SELECT last_value FROM attempts") == [(3,)]
    assert log.verify().ok
    assert len(log) == 7


def test_a_conflict_that_never_ends_is_an_error_and_records_nothing(
    log: AuditLog, dsn: str
) -> None:
    sql(
        dsn,
        """CREATE FUNCTION always() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'simulated' USING ERRCODE = 'deadlock_detected'; END $$""",
        "CREATE TRIGGER always BEFORE INSERT ON records FOR EACH ROW EXECUTE FUNCTION always()",
    )
    with pytest.raises(AuditError) as info:
        log.append(action="a", outcome="approved")
    assert "cannot record" in info.value.message_en
    assert "DeadlockDetected" in info.value.message_en
    assert len(log) == 6
    assert log.verify().ok


def test_a_held_lock_means_the_decision_does_not_run(log: AuditLog, dsn: str) -> None:
    import psycopg

    ran: list[str] = []

    @require_human_signoff(action="x", audit=AuditLog(dsn, timeout=0.3), policy=Policy())
    def act(d: str) -> None:
        ran.append(d)

    request = act.signoff_request("a")  # type: ignore[attr-defined]
    so = request.approve(approver="tran.thi.lan", role="Chi cục trưởng", unit="CCTHADS Q1")
    with psycopg.connect(dsn) as holder:
        holder.execute("LOCK TABLE head IN EXCLUSIVE MODE")
        start = time.monotonic()
        with pytest.raises(AuditError) as info:
            act("a", signoff=so)
        assert time.monotonic() - start < 10
    assert ran == []
    assert "cannot lock" in info.value.message_en
    assert "LockNotAvailable" in info.value.message_en
    act("a", signoff=so)  # the lock released: it runs, recorded
    assert ran == ["a"]
    assert [r.outcome for r in log.records()[-2:]] == ["approved", "completed"]


def backend_pid(log: AuditLog) -> int:
    """The server process of this thread's connection of ``log``."""
    return int(log._store.connect().info.backend_pid)  # type: ignore[attr-defined]


def test_a_connection_the_server_dropped_is_replaced(log: AuditLog, dsn: str) -> None:
    """A gateway's connection lives long; a database restart or an idle timeout ends it.
    Nothing was done on it yet, so the next write opens a new one instead of failing."""
    pid = backend_pid(log)
    assert sql(dsn, f"SELECT pg_terminate_backend({pid})") == [(True,)]
    time.sleep(0.2)
    row = log.append(action="a", outcome="approved", signoff_id="after-restart")
    assert row.seq == 7
    assert backend_pid(log) != pid
    assert log.verify().ok
    sql(dsn, f"SELECT pg_terminate_backend({backend_pid(log)})")
    time.sleep(0.2)
    assert len(log) == 7  # readers reconnect too


# -- read-only opening, errors --------------------------------------------------------------------


def test_read_only_open_creates_nothing(dsn: str) -> None:
    result = AuditLog(dsn, create=False).verify()
    assert (result.ok, result.status) == (False, "unreadable")
    assert "not an ai-guard audit log" in result.problems[0].message("en")
    assert tables(dsn) == []


def test_read_only_open_writes_nothing(log: AuditLog, dsn: str) -> None:
    reader = AuditLog(dsn, create=False)
    with pytest.raises(AuditError):
        reader.append(action="a", outcome="approved")
    assert len(reader) == 6
    assert reader.verify().ok


def test_roles_that_may_not_create_tables(log: AuditLog, dsn: str) -> None:
    """A gateway role that may only read and write the log's tables, created beforehand; a
    supervisor role that may only read them: both work, and the supervisor cannot write."""
    schema = sql(dsn, "SELECT current_schema()")[0][0]
    writer_grants = (
        f"GRANT USAGE ON SCHEMA {schema} TO {{role}}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {schema}.records, {schema}.head, "
        f"{schema}.meta TO {{role}}",
    )
    reader_grants = (
        f"GRANT USAGE ON SCHEMA {schema} TO {{role}}",
        f"GRANT SELECT ON {schema}.records, {schema}.head, {schema}.meta TO {{role}}",
    )
    with role(dsn, writer_grants) as writer_dsn:
        writer = AuditLog(writer_dsn)
        writer.append(action="a", outcome="approved", signoff_id="by-writer")
        writer.close()
    with role(dsn, reader_grants) as reader_dsn:
        reader = AuditLog(reader_dsn, create=False)
        assert reader.verify().ok
        assert len(reader) == 7
        with pytest.raises(AuditError):
            AuditLog(reader_dsn).append(action="a", outcome="approved")
        assert main(["audit", "verify", reader_dsn]) == 0
        reader.close()
    assert tables(dsn) == ["head", "meta", "records"]


def test_a_nul_character_is_refused_never_altered(log: AuditLog) -> None:
    with pytest.raises(AuditError) as info:
        log.append(action="a", outcome="approved", reason="before\x00after")
    assert "cannot record" in info.value.message_en
    assert len(log) == 6
    assert log.verify().ok


def test_errors_name_the_database_without_its_password(dsn: str) -> None:
    secret = "pa55-w0rd-xyz"
    unreachable = f"postgresql://auditor:{secret}@127.0.0.1:9/nowhere?password={secret}"
    log = AuditLog(unreachable, timeout=2)
    assert secret not in repr(log)
    with pytest.raises(AuditError) as info:
        log.append(action="a", outcome="approved")
    for text in (info.value.message_en, info.value.message_vi, str(info.value.path)):
        assert secret not in text
        assert "postgresql://auditor@127.0.0.1:9/nowhere" in text
    assert "cannot open" in info.value.message_en
    assert "không mở được" in info.value.message_vi
    result = log.verify()
    assert result.status == "unreadable"
    assert secret not in result.problems[0].message("en")


def test_without_the_driver_the_error_says_what_to_install(
    dsn: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "psycopg", None)
    with pytest.raises(AuditError) as info:
        AuditLog(dsn).append(action="a", outcome="approved")
    assert "ai-guard[postgres]" in info.value.message_en
    assert "psycopg" in info.value.message_vi


def test_open_log_shares_one_database_log_per_url_and_key(
    dsn: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(AUDIT_KEY_ENV, raising=False)
    first = open_log(dsn)
    assert open_log(dsn) is first
    monkeypatch.setenv(AUDIT_KEY_ENV, KEY)
    assert open_log(dsn) is not first  # another key, another writer
    file = str(tmp_path / "a.sqlite3")
    assert open_log(file) is not open_log(file)  # files as before


def test_a_dropped_log_closes_its_connections(dsn: str) -> None:
    import gc
    import warnings

    log = AuditLog(dsn)
    log.append(action="a", outcome="approved")
    pids = [backend_pid(log)]
    worker = threading.Thread(target=lambda other: pids.append(backend_pid(other)), args=(log,))
    worker.start()
    worker.join()
    alive = f"SELECT count(*) FROM pg_stat_activity WHERE pid IN ({pids[0]}, {pids[1]})"
    assert sql(dsn, alive) == [(2,)]
    # garbage an earlier test on this worker left in a reference cycle (a loopback socket of
    # the gateway's tests) is collected first: its warning is not this log's
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()
    with warnings.catch_warnings(record=True) as warned:
        warnings.simplefilter("always")
        del log, worker
        gc.collect()
    # closed by the store, not left to the driver's "deleted while still open" warning
    assert [w.message for w in warned if w.category is ResourceWarning] == []
    for _ in range(50):
        if sql(dsn, alive) == [(0,)]:
            break
        time.sleep(0.1)
    assert sql(dsn, alive) == [(0,)]


def test_the_default_log_of_a_policy_can_be_the_database(
    dsn: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(AUDIT_KEY_ENV, KEY)
    log = open_log(dsn)
    log.append(action="llm_call:chat", outcome="redacted", findings={"CCCD": 1})
    assert AuditLog(dsn, key=KEY).verify().ok
    assert AuditLog(dsn).verify().status == "key_needed"


def test_guarded_llm_calls_record_to_the_database(dsn: str) -> None:
    from ai_guard import PromptBlocked
    from ai_guard.integrations import guard

    policy = Policy(load_plugins=False, audit_llm_calls=True, audit_log=dsn)

    @guard(policy=policy, model="gpt-4o-mini")
    def ask(prompt: str) -> str:
        return "ok"

    ask("Anh Nguyễn Văn Bình, CCCD 001085012345, hỏi về hồ sơ.")
    with pytest.raises(PromptBlocked):
        ask("MẬT\nnội dung")
    log = AuditLog(dsn, create=False)
    assert [(r.outcome, r.reason) for r in log.records()] == [
        ("redact", "gpt-4o-mini"),
        ("block", "gpt-4o-mini"),
    ]
    assert log.verify().ok
    dump = sql(dsn, "SELECT string_agg(reason || findings || action, ' ') FROM records")
    assert "001085012345" not in str(dump)


# -- the command line ------------------------------------------------------------------------------


def test_cli_verify_export_report(
    log: AuditLog, dsn: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["audit", "verify", dsn, "--lang", "en"]) == 0
    assert capsys.readouterr().out.startswith("OK: 6 records, chain intact")
    assert main(["audit", "export", dsn, "--format", "json"]) == 0
    assert [r["seq"] for r in json.loads(capsys.readouterr().out)] == list(range(1, 7))
    assert main(["audit", "report", dsn, "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["total"], report["verification"]["status"]) == (6, "ok")
    sql(dsn, "UPDATE records SET outcome = 'approved' WHERE seq = 2")
    assert main(["audit", "verify", dsn, "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("TAMPERED: 1 problem(s)")
    assert "row 2 was modified" in out
    assert main(["audit", "report", dsn, "--lang", "en"]) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith("[UNVERIFIED: TAMPERED]")
    assert "FAILS verification" in captured.err
    assert tables(dsn) == ["head", "meta", "records"]


def test_cli_key_env_and_unreachable_server(
    dsn: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(AuditLog(dsn, key=KEY))
    assert main(["audit", "verify", dsn]) == 2  # key needed
    monkeypatch.setenv("AUDIT_KEY", KEY)
    assert main(["audit", "verify", dsn, "--key-env", "AUDIT_KEY"]) == 0
    monkeypatch.setenv("AUDIT_KEY", "sai")
    assert main(["audit", "verify", dsn, "--key-env", "AUDIT_KEY"]) == 1
    capsys.readouterr()
    gone = "postgresql://auditor:hunter2@127.0.0.1:9/nowhere"
    assert main(["audit", "verify", gone, "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "UNREADABLE" in err
    assert "hunter2" not in err
    assert "postgresql://auditor@127.0.0.1:9/nowhere: cannot open" in err


def test_the_server_fixture_says_why_it_skips(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a server: a skip locally, a failure when CI is set."""
    monkeypatch.delenv("AI_GUARD_TEST_POSTGRES_DSN", raising=False)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="AI_GUARD_TEST_POSTGRES_DSN"):
        server_dsn()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="not a skip"):
        server_dsn()
    monkeypatch.setenv("AI_GUARD_TEST_POSTGRES_DSN", "postgresql://x@127.0.0.1:9/none")
    with pytest.raises(pytest.fail.Exception, match="does not answer"):
        server_dsn()


# -- the gateway -----------------------------------------------------------------------------------


def test_two_gateway_instances_write_one_chain(dsn: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two gateways (as behind a load balancer), each with its own AuditLog on the same
    database, serving requests at once: one chain, every request recorded."""
    pytest.importorskip("starlette")
    import httpx
    from tests.serve.fakes import (
        GOOD_TOKEN,
        POLICY,
        UPSTREAM_KEY,
        FakeUpstream,
        Served,
        Tokens,
        gateway_config,
    )

    from ai_guard.serve.app import create_app

    monkeypatch.setenv("AIG_TEST_UPSTREAM_KEY", UPSTREAM_KEY)
    upstream = Served(FakeUpstream().app())
    logs = [AuditLog(dsn), AuditLog(dsn)]
    gateways = [
        Served(create_app(gateway_config(upstream.url), POLICY, tokens=Tokens(), audit=log))
        for log in logs
    ]
    body = {"model": "gpt-test", "messages": [{"role": "user", "content": "Ông Nguyễn Văn An"}]}

    def client(i: int) -> None:
        for _ in range(10):
            r = httpx.post(
                f"{gateways[i % 2].url}/v1/chat/completions",
                json=body,
                headers={"authorization": f"Bearer {GOOD_TOKEN}"},
                timeout=30,
            )
            assert r.status_code == 200, r.text

    try:
        threads = [threading.Thread(target=client, args=(i,)) for i in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        for g in gateways:
            g.stop()
        upstream.stop()
    result = AuditLog(dsn, create=False).verify()
    assert (result.ok, result.records) == (True, 40), result.problems
    rows = AuditLog(dsn, create=False).records()
    assert all(r.unit == "Phòng Hành chính" for r in rows)
    assert not any("Nguyễn" in r.reason + r.action + r.digest for r in rows)
    for log in logs:
        log.close()
