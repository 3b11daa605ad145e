"""The ai-guard-documents pre-commit hook: exit codes and output lines."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from tests.test_classify import ENFORCEMENT, INTERNAL_PLAN

from ai_guard.hooks.documents import main


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_sendable_document_passes(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "plan.txt").write_text(INTERNAL_PLAN, "utf-8")
    assert main(["plan.txt"]) == 0
    assert capsys.readouterr().out == ""


def test_enforcement_file_is_refused(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "qd.txt").write_text(ENFORCEMENT, "utf-8")
    assert main(["qd.txt", "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert out.startswith(
        "qd.txt: DO NOT SEND | quyet_dinh | personal | enforcement_case,finance: "
    )
    assert "Nguyễn Văn Bình" not in out  # never a value from the document


def test_strict_refuses_documents_needing_redaction(repo: Path) -> None:
    (repo / "contract.txt").write_text(
        "HỢP ĐỒNG\nBên A: UBND phường\nBên B: Ông Nguyễn Văn Phúc, CCCD 048085001234\n", "utf-8"
    )
    assert main(["contract.txt"]) == 0
    assert main(["contract.txt", "--strict"]) == 1


def test_unreadable_document_refuses_the_commit(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (repo / "plan.txt").write_text(INTERNAL_PLAN, "utf-8")
    assert main(["old.doc", "plan.txt"]) == 2
    assert "old.doc" in capsys.readouterr().err


def test_a_file_of_another_type_refuses_the_commit(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "slides.ppt").write_bytes(b"\xd0\xcf\x11\xe0")
    assert main(["slides.ppt", "--lang", "en"]) == 2
    assert "slides.ppt: unsupported file type '.ppt'" in capsys.readouterr().err


def test_an_internal_error_refuses_the_commit_and_names_the_file(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import ai_guard.classify

    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(ai_guard.classify, "classify_text", broken)  # what the hook reaches
    (repo / "qd.txt").write_text(ENFORCEMENT, "utf-8")
    assert main(["qd.txt", "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "qd.txt: internal error while checking it (ZeroDivisionError); it was not checked" in err


@pytest.mark.parametrize(
    ("path", "passed"),
    [
        ("old.doc", True),
        ("report.odt", True),
        ("letter.rtf", True),
        ("list.xls", True),
        ("sheet.ods", True),
        ("slides.odp", True),
        ("slides.pptx", True),
        ("thu.eml", True),
        ("thu.msg", True),
        ("a/b/decision.docx", True),
        ("scan.pdf", True),
        ("van_ban/qd.txt", True),
        ("src/app.py", False),
        ("notes.txt", False),
    ],
)
def test_manifest_passes_documents_it_cannot_read_to_the_hook(path: str, passed: bool) -> None:
    """A .doc that never reaches the hook would pass the commit unchecked."""
    root = Path(__file__).resolve().parent.parent
    manifests = [
        yaml.safe_load((root / ".pre-commit-hooks.yaml").read_text("utf-8")),
        yaml.safe_load((root / ".pre-commit-config.yaml").read_text("utf-8"))["repos"][0]["hooks"],
    ]
    for hooks in manifests:
        (hook,) = [h for h in hooks if h["id"] == "ai-guard-documents"]
        assert bool(re.search(hook["files"], path)) is passed


def test_invalid_policy_is_exit_2(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "ai-guard.toml").write_text("protected_categories = ['nope']\n", "utf-8")
    assert main(["x.txt", "--lang", "en"]) == 2
    assert "protected_categories" in capsys.readouterr().err
