"""The audit log: hash chain, tamper detection with sqlite3 directly, concurrency, reports."""

from __future__ import annotations

import multiprocessing
import sqlite3
import threading
from pathlib import Path

import pytest

from ai_guard import AuditLog


def fill(log: AuditLog, n: int = 6) -> None:
    for i in range(n):
        log.append(
            action="issue_decision" if i % 2 else "approve_refund",
            outcome=("approved", "refused", "rejected")[i % 3],
            approver=f"user{i % 2}",
            role="Chấp hành viên",
            unit="CCTHADS Q1" if i < 4 else "CCTHADS Q3",
            digest=f"{i:064x}",
            signoff_id=f"id{i}",
            findings={"CCCD": i},
        )


@pytest.fixture
def log(tmp_path: Path) -> AuditLog:
    log = AuditLog(tmp_path / "audit.sqlite3")
    fill(log)
    return log


def tamper(log: AuditLog, *sql: str) -> None:
    log.close()
    conn = sqlite3.connect(log.path, isolation_level=None)
    for statement in sql:
        conn.execute(statement)
    conn.close()


def kinds(log: AuditLog) -> list[tuple[str, int | None]]:
    result = AuditLog(log.path).verify()
    assert result.ok is (not result.problems)
    return [(p.kind, p.seq) for p in result.problems]


def test_intact_log_verifies(log: AuditLog) -> None:
    result = log.verify()
    assert result.ok
    assert result.records == 6
    assert result.head == (6, log.records()[-1].hash)


def test_modified_field_is_detected(log: AuditLog) -> None:
    tamper(log, "UPDATE records SET approver = 'someone' WHERE seq = 3")
    assert kinds(log) == [("modified", 3)]


def test_modified_findings_is_detected(log: AuditLog) -> None:
    tamper(log, "UPDATE records SET findings = '{}' WHERE seq = 5")
    assert kinds(log) == [("modified", 5)]


def test_deleted_middle_row_is_detected(log: AuditLog) -> None:
    tamper(log, "DELETE FROM records WHERE seq = 3")
    assert kinds(log) == [("deleted", 4)]


def test_deleted_row_with_renumbering_is_detected(log: AuditLog) -> None:
    tamper(
        log, "DELETE FROM records WHERE seq = 3", "UPDATE records SET seq = seq - 1 WHERE seq > 3"
    )
    found = kinds(log)
    assert ("reordered", 3) in found
    assert ("deleted", 6) in found


def test_deleted_last_rows_are_detected(log: AuditLog) -> None:
    tamper(log, "DELETE FROM records WHERE seq >= 5")
    assert kinds(log) == [("deleted", 6)]


def test_deleted_last_row_with_head_rewritten_is_seen_with_a_published_head(
    log: AuditLog,
) -> None:
    published = log.head()
    assert published is not None
    prev = log.records()[-2]
    tamper(
        log,
        "DELETE FROM records WHERE seq = 6",
        f"UPDATE head SET seq = 5, hash = '{prev.hash}'",
    )
    assert AuditLog(log.path).verify().ok  # consistent again: the documented limit
    result = AuditLog(log.path).verify(expected_head=published)
    assert not result.ok
    assert result.problems[0].kind == "head_mismatch"


def test_inserted_row_is_detected(log: AuditLog) -> None:
    tamper(
        log,
        "UPDATE records SET seq = seq + 1000 WHERE seq >= 4",
        "UPDATE records SET seq = seq - 999 WHERE seq >= 1000",
        "INSERT INTO records (seq, ts, action, outcome, reason, approver, role, unit, digest,"
        " signoff_id, findings, prev_hash, hash) VALUES (4, '2026-01-01', 'issue_decision',"
        " 'approved', '', 'ghost', 'r', 'u', '', 'x', '{}', 'aa', 'bb')",
    )
    found = kinds(log)
    assert found[0] == ("inserted", 4)  # the forged row is not part of the chain
    assert ("inserted", 5) in found  # the old row 4, renumbered
    assert ("head_mismatch", 6) in found


def test_reordered_rows_are_detected(log: AuditLog) -> None:
    tamper(
        log,
        "UPDATE records SET seq = 100 WHERE seq = 2",
        "UPDATE records SET seq = 2 WHERE seq = 3",
        "UPDATE records SET seq = 3 WHERE seq = 100",
    )
    found = kinds(log)
    assert ("reordered", 2) in found
    assert ("reordered", 4) in found  # row 4 now follows row 2


def test_recomputed_chain_is_detected_only_with_a_key(tmp_path: Path) -> None:
    """An attacker who rewrites a row and recomputes every hash with plain SHA-256."""
    import hashlib

    from ai_guard.signoff.chain import GENESIS
    from ai_guard.signoff.chain import canonical as _canonical

    for key in (None, "khóa của đơn vị"):
        path = tmp_path / f"log-{key is not None}.sqlite3"
        log = AuditLog(path, key=key)
        fill(log)
        log.close()
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("UPDATE records SET approver = 'forger' WHERE seq = 2")
        prev = GENESIS
        cols = (
            "seq, ts, action, outcome, reason, approver, role, unit, digest, signoff_id, findings"
        )
        for row in conn.execute(f"SELECT {cols} FROM records ORDER BY seq").fetchall():
            fields = dict(zip(cols.split(", "), row, strict=True))
            h = hashlib.sha256(prev.encode() + b"\n" + _canonical(fields)).hexdigest()
            conn.execute(
                "UPDATE records SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, h, row[0])
            )
            prev = h
        conn.execute("UPDATE head SET hash = ?", (prev,))
        conn.close()
        result = AuditLog(path, key=key).verify()
        assert result.ok is (key is None)  # without a key the rewrite is undetectable


def test_not_a_database_is_reported_not_raised(tmp_path: Path) -> None:
    path = tmp_path / "audit.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    result = AuditLog(path).verify()
    assert not result.ok
    assert result.problems[0].kind == "unreadable"


def test_threads_lose_no_record(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.sqlite3")

    def work(t: int) -> None:
        for i in range(100):
            log.append(action="a", outcome="approved", signoff_id=f"{t}-{i}")

    threads = [threading.Thread(target=work, args=(t,)) for t in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    result = log.verify()
    assert result.ok, result.problems
    assert result.records == 400


def _writer(path: str, worker: int, n: int) -> None:
    log = AuditLog(path)
    for i in range(n):
        log.append(action="issue_decision", outcome="approved", unit=f"u{worker}",
                   signoff_id=f"{worker}-{i}")  # fmt: skip


def test_four_processes_x_500_records_keep_the_chain(tmp_path: Path) -> None:
    path = str(tmp_path / "audit.sqlite3")
    AuditLog(path).verify()  # create the schema first
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(path, w, 500)) for w in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    result = AuditLog(path).verify()
    assert result.ok, result.problems[:3]
    assert result.records == 2000
    assert AuditLog(path).report().by_unit == {"u0": 500, "u1": 500, "u2": 500, "u3": 500}


def test_single_use_is_atomic(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.sqlite3")
    log.append(action="a", outcome="approved", signoff_id="s1", single_use=True)
    with pytest.raises(KeyError):
        log.append(action="a", outcome="approved", signoff_id="s1", single_use=True)
    assert len(log) == 1


def test_report_counts_per_unit_action_approver_outcome(log: AuditLog) -> None:
    rep = log.report()
    assert rep.total == 6
    assert rep.by_unit == {"CCTHADS Q1": 4, "CCTHADS Q3": 2}
    assert rep.by_action == {"approve_refund": 3, "issue_decision": 3}
    assert rep.by_outcome == {"approved": 2, "refused": 2, "rejected": 2}
    assert rep.by_approver == {"user0": 3, "user1": 3}
    assert rep.by_unit_outcome["CCTHADS Q3"] == {"refused": 1, "rejected": 1}
    assert log.report(since="2999-01-01").total == 0


def test_export_json_and_csv(log: AuditLog) -> None:
    import csv
    import io
    import json

    rows = json.loads(log.export("json"))
    assert [r["seq"] for r in rows] == [1, 2, 3, 4, 5, 6]
    assert rows[2]["findings"] == {"CCCD": 2}
    table = list(csv.DictReader(io.StringIO(log.export("csv"))))
    assert len(table) == 6
    assert table[0]["hash"] == rows[0]["hash"]
    with pytest.raises(ValueError, match="xml"):
        log.export("xml")


# -- keys: "key needed" and "wrong key" are not tampering (issue 12) ----------------------------

KEY = "khóa của đơn vị"


@pytest.fixture
def keyed(tmp_path: Path) -> Path:
    path = tmp_path / "keyed.sqlite3"
    fill(AuditLog(path, key=KEY))
    return path


def test_a_keyed_log_checked_without_its_key_says_key_needed(keyed: Path) -> None:
    result = AuditLog(keyed).verify()
    assert not result.ok
    assert result.status == "key_needed"
    assert [p.kind for p in result.problems] == ["key_needed"]  # no row called "modified"
    assert result.records == 6
    assert "--key-env" in result.problems[0].message("en")
    assert "cần khóa" in result.problems[0].message("vi")
    assert AuditLog(keyed, key=KEY).verify().status == "ok"


def test_a_wrong_key_or_a_key_for_a_plain_log_is_wrong_key(keyed: Path, log: AuditLog) -> None:
    result = AuditLog(keyed, key="another key").verify()
    assert (result.ok, result.status) == (False, "wrong_key")
    result = AuditLog(log.path, key=KEY).verify()
    assert (result.ok, result.status) == (False, "wrong_key")
    assert "not signed with a key" in result.problems[0].message("en")


def test_tampering_a_keyed_log_is_still_tampering_with_the_key(keyed: Path) -> None:
    conn = sqlite3.connect(keyed, isolation_level=None)
    conn.execute("UPDATE records SET approver = 'forger' WHERE seq = 3")
    conn.close()
    result = AuditLog(keyed, key=KEY).verify()
    assert result.status == "tampered"
    assert [(p.kind, p.seq) for p in result.problems] == [("modified", 3)]


def test_a_log_written_before_the_key_record_is_recognised_by_its_chain(keyed: Path) -> None:
    conn = sqlite3.connect(keyed, isolation_level=None)
    conn.execute("DROP TABLE meta")  # as written by an earlier version
    conn.close()
    assert AuditLog(keyed, create=False).verify().status == "key_needed"
    assert AuditLog(keyed, key="another key", create=False).verify().status == "wrong_key"
    assert AuditLog(keyed, key=KEY, create=False).verify().status == "ok"


def test_a_writer_with_the_wrong_key_or_none_is_refused_before_writing(
    keyed: Path, log: AuditLog
) -> None:
    from ai_guard import AuditError

    for path, key in ((keyed, None), (keyed, "another key"), (log.path, KEY)):
        writer = AuditLog(path, key=key)
        with pytest.raises(AuditError) as info:
            writer.append(action="a", outcome="approved")
        assert "nothing was recorded" in info.value.message_en
        writer.close()
        assert len(AuditLog(path)) == 6  # no row that would break the chain
    assert AuditLog(keyed, key=KEY).verify().ok
    assert AuditLog(log.path).verify().ok


def test_every_row_deleted_is_seen(log: AuditLog) -> None:
    tamper(log, "DELETE FROM records", "DELETE FROM head")
    result = AuditLog(log.path).verify()
    assert result.status == "tampered"
    assert result.problems[0].kind == "deleted"


def test_read_only_open_never_creates_nor_changes_a_file(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    result = AuditLog(other, create=False).verify()
    assert (result.ok, result.status) == (False, "unreadable")
    assert "not an ai-guard audit log" in result.problems[0].message("en")
    assert other.read_bytes() == before
    missing = tmp_path / "missing.sqlite3"
    assert AuditLog(missing, create=False).verify().status == "unreadable"
    assert not missing.exists()


# -- periods ---------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["2026-13-01", "2026-02-30", "01/12/2026", "yesterday", ""])
def test_a_bad_period_bound_is_an_input_error(log: AuditLog, bad: str) -> None:
    from ai_guard.errors import InputError

    with pytest.raises(InputError) as info:
        log.records(since=bad or " ")
    assert isinstance(info.value, ValueError)
    assert info.value.message_en.startswith("since: not a valid ISO date")
    with pytest.raises(InputError):
        log.report(until=bad or " ")


def test_period_bounds_are_compared_in_utc(tmp_path: Path) -> None:
    from datetime import datetime, timezone

    from ai_guard.errors import InputError
    from ai_guard.signoff.audit import period_bound

    log = AuditLog(tmp_path / "a.sqlite3")
    log.append(action="a", outcome="approved", ts=datetime(2026, 1, 1, 20, tzinfo=timezone.utc))
    # 2026-01-02 02:00 in Hà Nội (+07:00) is 2026-01-01 19:00 UTC: the row is after it
    assert period_bound("2026-01-02T02:00+07:00") == "2026-01-01T19:00:00.000000+00:00"
    assert len(log.records(since="2026-01-02T02:00+07:00")) == 1
    assert len(log.records(since="2026-01-01T21:00Z")) == 0
    assert len(log.records(since="2026-01-01", until="2026-01-02")) == 1
    with pytest.raises(InputError):
        log.records(since="2026-01-02", until="2026-01-01")


def test_old_import_paths_still_work() -> None:
    """ai_guard.audit (a module before signoff/ was a package) and every name the old
    ai_guard.signoff module exported are the objects of the new modules."""
    import ai_guard
    import ai_guard.audit as old_audit
    import ai_guard.signoff as signoff
    from ai_guard import i18n
    from ai_guard.signoff import approvers, audit, chain, digest, guard, model, records

    assert old_audit.AuditLog is audit.AuditLog is signoff.AuditLog is ai_guard.AuditLog
    assert old_audit.DEFAULT_AUDIT_PATH == audit.DEFAULT_AUDIT_PATH
    assert old_audit.period_bound is audit.period_bound
    for name in ("AuditProblem", "AuditRecord", "AuditReport", "AuditVerification"):
        assert getattr(old_audit, name) is getattr(records, name) is getattr(signoff, name)
    assert old_audit.GENESIS == chain.GENESIS == "0" * 64
    assert old_audit._canonical is chain.canonical
    assert old_audit._FIELDS == records.FIELDS
    vi, en = i18n.audit_bound_format()
    assert (en, vi) == old_audit.BOUND_FORMAT  # (English, Vietnamese), as it always was
    old_names = {
        "DIGEST_VERSION": digest,
        "SERVICE_ACCOUNT_PATTERNS": approvers,
        "HmacVerifier": model,
        "SignOff": model,
        "SignOffRequest": model,
        "SignOffVerifier": model,
        "StructuralVerifier": model,
        "arguments_digest": digest,
        "human_signoff": guard,
        "require_human_signoff": guard,
    }
    for name, module in old_names.items():
        assert getattr(signoff, name) is getattr(module, name), name
        assert name in signoff.__all__
    assert set(old_audit.__all__) <= set(signoff.__all__)
    with pytest.raises(AttributeError):
        signoff.not_a_name  # noqa: B018


def test_reading_a_log_imports_neither_pydantic_nor_the_guard(tmp_path: Path) -> None:
    """``ai-guard audit`` on a supervisor's machine: the log's modules are standard library
    only, so opening and verifying a log stays fast."""
    import subprocess
    import sys

    path = tmp_path / "a.sqlite3"
    fill(AuditLog(path))
    code = (
        "import sys; from ai_guard.audit import AuditLog; "
        f"print(AuditLog({str(path)!r}, create=False).verify().ok, "
        "'pydantic' in sys.modules, 'ai_guard.signoff.guard' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "False", "False"]


def test_report_counts_gateway_requests_per_unit_and_person(tmp_path: Path) -> None:
    """``ai-guard serve`` writes one row per request (a second one when the upstream then
    fails, and /healthz a probe): the report counts requests, per unit and per person, and
    what went out in those sent."""
    log = AuditLog(tmp_path / "gw.sqlite3")
    row = {"role": "gateway", "reason": "model=gpt-4o-mini status=sent"}
    log.append(action="gateway:chat.completions", outcome="redact", approver="an", unit="A",
               findings={"CCCD": 1, "PERSON": 2}, **row)  # fmt: skip
    log.append(action="gateway:chat.completions", outcome="upstream_error", approver="an",
               unit="A", findings={"CCCD": 1, "PERSON": 2}, **row)  # fmt: skip
    log.append(action="gateway:messages", outcome="block", approver="binh", unit="B",
               findings={"API_KEY": 1}, **row)  # fmt: skip
    log.append(action="gateway:responses", outcome="allow", approver="an", unit="A", **row)
    log.append(action="gateway:healthz", outcome="probe", role="gateway")
    log.append(action="issue_decision", outcome="approved", approver="lan", unit="A")
    rep = log.report()
    assert (rep.total, rep.by_unit) == (1, {"A": 1})  # the sign-offs, as before
    assert rep.gateway_total == 3
    assert rep.gateway_by_unit == {"A": {"allow": 1, "redact": 1}, "B": {"block": 1}}
    assert rep.gateway_by_person == {"an": {"allow": 1, "redact": 1}, "binh": {"block": 1}}
    assert rep.gateway_sent_by_unit == {"A": {"CCCD": 1, "PERSON": 2}}  # the block never went
    log.close()
