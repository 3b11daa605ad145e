"""`ai-guard classify`: folders, JSON lines, summary, exit codes, unreadable files.

Exit codes: 0 every file was classified and may be sent; 1 every file was classified and one
may not be sent; 2 a file could not be classified (or nothing could), whatever the others say.
"""

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
    (docs / ".hidden").mkdir()
    (docs / ".hidden" / "cache.bin").write_bytes(b"\x00")  # hidden folders are not walked
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
    assert captured.err == ""


@pytest.mark.parametrize(
    ("lang", "lines"),
    [
        ("en", ["Summary: 4 documents", "  Sensitivity", "  Verdict",
                "    unreadable files                        1",
                "    skipped (other types)                   1"]),
        ("vi", ["Tổng hợp: 4 văn bản", "  Mức độ nhạy cảm", "  Kết luận",
                "    tệp không đọc được                      1",
                "    bỏ qua (loại tệp khác)                  1"]),
    ],
)  # fmt: skip
def test_the_summary_is_in_the_language_asked_for(
    folder: Path, lang: str, lines: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "copy.txt").write_text(INTERNAL_PLAN, "utf-8")
    (folder / "bad.txt").write_bytes(b"Quy\xeat")  # not UTF-8: unreadable
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")  # another type: skipped
    assert main(["classify", str(folder), "--lang", lang]) == 2
    out = capsys.readouterr().out.splitlines()
    for line in lines:
        assert line in out


def test_a_file_of_another_type_in_the_folder_is_reported_and_exits_2(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "sub" / "photo.jpg").write_bytes(b"\xff\xd8\xff")  # a scan nobody can check
    code = main(["classify", str(folder)])
    captured = capsys.readouterr()
    assert code == 2  # not 1: the verdicts do not cover the photo
    assert "enforcement.txt: KHÔNG ĐƯỢC GỬI" in captured.out  # the others are still reported
    assert "photo.jpg: bỏ qua" in captured.err
    assert "bỏ qua (loại tệp khác)" in captured.out
    assert "1/4 tệp không phân loại được (1 tệp loại không hỗ trợ)" in captured.err


def test_some_files_unreadable_among_sendable_ones_is_not_success(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "sub" / "enforcement.txt").unlink()
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    code = main(["classify", str(folder), "--lang", "en"])
    captured = capsys.readouterr()
    assert code == 2  # everything readable may be sent, but old.doc was not checked
    assert "plan.txt: SEND" in captured.out
    assert "old.doc: not a readable Word .doc file (not a compound file)" in captured.err
    assert "1 of 3 files could not be classified (1 file(s) unreadable)" in captured.err


def test_nothing_readable_exits_2_with_counts_per_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    legacy = tmp_path / "legacy"
    legacy.mkdir()
    (legacy / "a.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (legacy / "b.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (legacy / "slides.ppt").write_bytes(b"\xd0\xcf\x11\xe0")
    (legacy / "bad.txt").write_bytes(b"Quy\x81t \x8d\xff")  # no encoding fits
    code = main(["classify", str(legacy), "--lang", "en", "--jobs", "1"])
    captured = capsys.readouterr()
    assert code == 2
    assert "Summary: 0 documents" in captured.out
    assert (
        "Nothing could be read: 1 file(s) of a type that cannot be read, 3 file(s) "
        "unreadable. Nothing was checked."
    ) in captured.err
    assert main(["classify", str(legacy), "--jobs", "1"]) == 2
    assert "Không đọc được văn bản nào: 1 tệp loại không hỗ trợ" in capsys.readouterr().err


def test_empty_folder_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty").mkdir()
    assert main(["classify", str(tmp_path / "empty"), "--lang", "en"]) == 2
    assert "Nothing to classify: no file was found" in capsys.readouterr().err
    assert main(["classify", str(tmp_path / "empty")]) == 2
    assert "Không có gì để phân loại" in capsys.readouterr().err


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


def test_json_lines_name_a_skipped_file_as_an_error(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    code = main(["classify", str(folder), "--format", "json"])
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines() if x.strip()]
    assert code == 2
    skipped = [d for d in lines if "error" in d]
    assert [Path(d["source"]).name for d in skipped] == ["photo.jpg"]
    assert skipped[0]["error"]["code"] == "AIG-E200"
    assert "'.jpg' (not checked)" in skipped[0]["error"]["message_en"]


def test_unreadable_file_is_reported_and_the_run_goes_on(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = folder / "latin.txt"
    bad.write_bytes(b"Quy\x81t \x8d\xff")  # no encoding fits
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
    assert "Word .doc" in payload["error"]["message_en"]


def test_bad_jobs_value(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", str(folder), "--jobs", "0", "--lang", "en"]) == 2
    assert "--jobs must be >= 1" in capsys.readouterr().err
