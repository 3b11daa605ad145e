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
