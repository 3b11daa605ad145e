"""`ai-guard audit verify | export | report`."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from tests.test_audit import fill

from ai_guard import AuditLog
from ai_guard.cli import main


@pytest.fixture
def logfile(tmp_path: Path) -> Path:
    path = tmp_path / "audit.sqlite3"
    fill(AuditLog(path))
    return path


def test_verify_intact(logfile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", "verify", str(logfile), "--lang", "en"]) == 0
    assert capsys.readouterr().out.startswith("OK: 6 records, chain intact")


def test_verify_tampered_exit_1_names_the_row(
    logfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = sqlite3.connect(logfile, isolation_level=None)
    conn.execute("UPDATE records SET outcome = 'approved' WHERE seq = 2")
    conn.close()
    assert main(["audit", "verify", str(logfile)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("BỊ CAN THIỆP: 1 vấn đề")
    assert "modified" in out
    assert "dòng 2" in out


def test_verify_with_key_from_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "k.sqlite3"
    fill(AuditLog(path, key="bí mật"))
    monkeypatch.setenv("AUDIT_KEY", "bí mật")
    assert main(["audit", "verify", str(path), "--key-env", "AUDIT_KEY"]) == 0
    monkeypatch.setenv("AUDIT_KEY", "sai")
    assert main(["audit", "verify", str(path), "--key-env", "AUDIT_KEY"]) == 1
    assert main(["audit", "verify", str(path), "--key-env", "NOT_SET_ANYWHERE"]) == 2


def test_verify_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", "verify", str(tmp_path / "nope.sqlite3"), "--lang", "en"]) == 2
    assert "file not found" in capsys.readouterr().err


def test_export_json_and_csv(logfile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", "export", str(logfile), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 6
    assert main(["audit", "export", str(logfile), "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("seq,ts,action,outcome")


def test_report_text_and_json(logfile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", "report", str(logfile), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "6 attempts" in out
    assert "CCTHADS Q1" in out
    assert main(["audit", "report", str(logfile), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["by_unit"] == {"CCTHADS Q1": 4, "CCTHADS Q3": 2}
    assert main(["audit", "report", str(logfile), "--since", "2999-01-01", "--lang", "en"]) == 0
    assert "0 attempts" in capsys.readouterr().out


# -- fail closed: a report is never presented as verified when it is not (issue 12) ----------


def _tamper_row_2(logfile: Path) -> None:
    conn = sqlite3.connect(logfile, isolation_level=None)
    conn.execute("UPDATE records SET approver = 'someone.else' WHERE seq = 2")
    conn.close()


def test_report_on_a_tampered_log_says_so_and_exits_1(
    logfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _tamper_row_2(logfile)
    assert main(["audit", "report", str(logfile), "--lang", "en"]) == 1
    captured = capsys.readouterr()
    assert "the log FAILS verification (TAMPERED, 1 problem(s))" in captured.err
    assert "modified" in captured.err
    assert captured.out.startswith("[UNVERIFIED: TAMPERED] these figures cannot be vouched for")
    assert main(["audit", "report", str(logfile)]) == 1
    captured = capsys.readouterr()
    assert "nhật ký KHÔNG vượt qua kiểm tra (BỊ CAN THIỆP, 1 vấn đề)" in captured.err
    assert captured.out.startswith("[CHƯA XÁC MINH: BỊ CAN THIỆP]")
    assert main(["audit", "report", str(logfile), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["verification"] == {"ok": False, "status": "tampered", "problems": 1, "records": 6}


def test_report_and_export_of_an_intact_log_carry_no_warning(
    logfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["audit", "report", str(logfile), "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["verification"]["status"] == "ok"
    assert captured.err == ""
    assert main(["audit", "export", str(logfile)]) == 0
    assert capsys.readouterr().err == ""


def test_export_of_a_tampered_log_exits_1_with_a_warning(
    logfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _tamper_row_2(logfile)
    assert main(["audit", "export", str(logfile), "--lang", "en"]) == 1
    captured = capsys.readouterr()
    assert len(json.loads(captured.out)) == 6  # the rows, for the investigation
    assert "the log FAILS verification" in captured.err


def test_a_keyed_log_without_its_key_says_key_needed_not_tampered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "k.sqlite3"
    fill(AuditLog(path, key="bí mật"))
    assert main(["audit", "verify", str(path), "--lang", "en"]) == 2
    captured = capsys.readouterr()
    assert "KEY NEEDED" in captured.err
    assert "--key-env" in captured.err
    assert "TAMPERED" not in captured.err + captured.out
    assert "modified" not in captured.err + captured.out
    assert main(["audit", "verify", str(path)]) == 2
    assert "CẦN KHÓA" in capsys.readouterr().err
    assert main(["audit", "report", str(path), "--lang", "en"]) == 2
    captured = capsys.readouterr()
    assert "the log could not be verified (KEY NEEDED)" in captured.err
    assert captured.out.startswith("[UNVERIFIED: KEY NEEDED]")
    monkeypatch.setenv("AUDIT_KEY", "bí mật")
    assert main(["audit", "report", str(path), "--key-env", "AUDIT_KEY"]) == 0
    assert main(["audit", "export", str(path), "--key-env", "AUDIT_KEY"]) == 0
    monkeypatch.setenv("AUDIT_KEY", "sai")
    assert main(["audit", "report", str(path), "--key-env", "AUDIT_KEY", "--lang", "en"]) == 1
    assert "WRONG KEY" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["report", "export"])
@pytest.mark.parametrize(
    ("option", "value"),
    [("--since", "2026-13-01"), ("--until", "2026-02-30"), ("--since", "1/12/2026")],
)
def test_a_bad_date_is_a_usage_error_naming_the_option(
    logfile: Path, capsys: pytest.CaptureFixture[str], command: str, option: str, value: str
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["audit", command, str(logfile), option, value])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert f"argument {option}: not a valid ISO date or datetime; expected YYYY-MM-DD" in err
    assert "không phải ngày hoặc thời điểm ISO hợp lệ" in err
    assert "Traceback" not in err


def test_an_empty_period_is_a_usage_error(
    logfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["audit", "report", str(logfile), "--since", "2026-02-01", "--until", "2026-01-01"]
    assert main([*args, "--lang", "en"]) == 2
    assert "--since must be earlier than --until" in capsys.readouterr().err


def test_a_datetime_with_an_offset_is_compared_in_utc(
    logfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["audit", "report", str(logfile), "--since", "2000-01-01T00:00+07:00"]) == 0
    assert "1999-12-31T17:00:00.000000+00:00 → …: 6 lượt" in capsys.readouterr().out


def test_a_file_that_is_not_an_audit_log_is_exit_2_and_left_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "app.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE users (name)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    for command in ("verify", "report", "export"):
        assert main(["audit", command, str(other), "--lang", "en"]) == 2
        err = capsys.readouterr().err
        assert "UNREADABLE" in err
        assert "not an ai-guard audit log" in err
    assert other.read_bytes() == before  # the old code created the audit tables in it
