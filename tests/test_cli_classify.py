"""`ai-guard classify`: folders, JSON lines, summary, exit codes, unreadable files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.test_classify import ENFORCEMENT, INTERNAL_PLAN, LAW

from ai_guard.cli import main


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # no policy file above: the default policy
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / "plan.txt").write_text(INTERNAL_PLAN, "utf-8")
    (docs / "law.md").write_text(LAW, "utf-8")
    (docs / "sub" / "enforcement.txt").write_text(ENFORCEMENT, "utf-8")
    (docs / "sub" / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    return docs


def test_only_sendable_documents_exit_0(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["classify", str(folder / "plan.txt"), str(folder / "law.md"), "--lang", "en"])
    out = capsys.readouterr().out
    assert code == 0
    assert "plan.txt: SEND | ke_hoach | internal | general_admin" in out
    assert "law.md: SEND | other | public | public_info" in out
    assert "Summary: 2 documents" in out


def test_folder_is_walked_and_a_blocked_document_exits_1(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["classify", str(folder)])
    captured = capsys.readouterr()
    assert code == 1
    assert "enforcement.txt: KHÔNG ĐƯỢC GỬI" in captured.out
    assert "Tổng hợp: 3 văn bản" in captured.out
    assert "photo.jpg" in captured.err  # reported as skipped, not silently dropped
    assert "bỏ qua" in captured.out


def test_json_lines_one_per_document(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["classify", str(folder), "--format", "json", "--jobs", "2"])
    captured = capsys.readouterr()
    lines = [json.loads(x) for x in captured.out.splitlines() if x.strip()]
    assert code == 1
    assert len(lines) == 3
    by_name = {Path(d["source"]).name: d for d in lines}
    assert by_name["enforcement.txt"]["recommended_action"] == "do_not_send"
    assert by_name["enforcement.txt"]["external_ai_allowed"] is False
    assert by_name["plan.txt"]["external_ai_allowed"] is True
    assert "Tổng hợp" in captured.err  # the summary stays off the JSON stream


def test_unreadable_file_is_reported_and_the_run_goes_on(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = folder / "latin.txt"
    bad.write_bytes(b"Quy\xeat \xf0inh")
    code = main(["classify", str(folder / "plan.txt"), str(bad), str(folder / "missing.txt")])
    captured = capsys.readouterr()
    assert code == 2
    assert "plan.txt: ĐƯỢC GỬI" in captured.out
    assert "latin.txt" in captured.err
    assert "UTF-8" in captured.err
    assert "missing.txt" in captured.err


def test_unreadable_file_in_json_mode_is_a_json_error_line(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = folder / "old.doc"
    bad.write_bytes(b"\xd0\xcf\x11\xe0")
    code = main(["classify", str(bad), "--format", "json", "--lang", "en"])
    captured = capsys.readouterr()
    payload = json.loads(captured.out.splitlines()[0])
    assert code == 2
    assert payload["source"] == str(bad)
    assert payload["error"]["code"] == "AIG-E200"
    assert ".docx" in payload["error"]["message_en"]


def test_bad_jobs_value(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", str(folder), "--jobs", "0", "--lang", "en"]) == 2
    assert "--jobs must be >= 1" in capsys.readouterr().err
