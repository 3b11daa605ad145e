"""What every ``ai-guard`` command and pre-commit hook shares (``ai_guard.cli._common``): the
policy loading, the file reading and its messages, ``--lang``, the exit codes, and the old
import paths that keep working."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from ai_guard.cli import hooks
from ai_guard.cli import main as cli

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("vi", "en")

#: name -> (program name in messages, run(argv) -> exit code, argv before the file name)
Runner = tuple[str, Callable[[list[str]], int], list[str]]
TAKE_POLICY: dict[str, Runner] = {
    "check": ("ai-guard", cli, ["check"]),
    "classify": ("ai-guard", cli, ["classify"]),
    "ai-guard-prompts": ("ai-guard-prompts", hooks.prompts, []),
    "ai-guard-documents": ("ai-guard-documents", hooks.documents, []),
}
READ_A_FILE: dict[str, Runner] = {
    **TAKE_POLICY,
    "audit verify": ("ai-guard", cli, ["audit", "verify"]),
    "audit export": ("ai-guard", cli, ["audit", "export"]),
    "audit report": ("ai-guard", cli, ["audit", "report"]),
}
SCANNERS: dict[str, Runner] = {
    "scan": ("ai-guard", cli, ["scan"]),
    "ai-guard-scan": ("ai-guard-scan", hooks.scan, []),
}


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # no policy file above: the default policy
    (tmp_path / "note.txt").write_text("Xin chào, hôm nay trời đẹp.\n", "utf-8")
    return tmp_path


@pytest.mark.parametrize("lang", LANGS)
def test_a_missing_policy_file_is_one_message_and_exit_2_everywhere(
    here: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    missing = str(here / "khong-co.toml")
    en = f"policy file not found (in {missing})"
    vi = f"không tìm thấy tệp chính sách (trong {missing})"
    expected = f"{en} / {vi}" if lang == "en" else f"{vi} / {en}"  # both, the asked one first
    for name, (prog, run, head) in TAKE_POLICY.items():
        assert run([*head, "--policy", missing, "--lang", lang, "note.txt"]) == 2, name
        captured = capsys.readouterr()
        assert captured.err == f"{prog}: {expected}\n", name
        assert captured.out == "", name


@pytest.mark.parametrize("lang", LANGS)
def test_a_missing_file_is_named_in_the_same_words_in_the_language_asked_for(
    here: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    missing = str(here / "khong-co.txt")
    en, vi = f"{missing}: file not found", f"{missing}: không tìm thấy tệp"
    said = f"{en} / {vi}" if lang == "en" else f"{vi} / {en}"
    for name, (prog, run, head) in READ_A_FILE.items():
        assert run([*head, missing, "--lang", lang]) == 2, name
        assert f"{prog}: {said}" in capsys.readouterr().err.splitlines(), name


@pytest.mark.parametrize("lang", LANGS)
def test_the_scanners_speak_the_language_asked_for(
    here: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    what = {"en": "ERROR cannot be scanned", "vi": "ERROR không quét được"}[lang]
    for name, (_, run, head) in SCANNERS.items():
        assert run([*head, "khong-co.py", "--lang", lang]) == 2, name
        assert what in capsys.readouterr().out, name


def test_every_command_and_hook_speaks_vietnamese_by_default(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One default for all (issue 13: check said vi, scan en); ``--lang en`` for English."""
    missing = str(here / "khong-co.txt")
    for name, (prog, run, head) in READ_A_FILE.items():
        assert run([*head, missing]) == 2, name
        assert f"{prog}: {missing}: không tìm thấy tệp" in capsys.readouterr().err, name
    for name, (_, run, head) in SCANNERS.items():
        assert run([*head, "khong-co.py"]) == 2, name
        assert "ERROR không quét được" in capsys.readouterr().out, name


def test_jobs_is_checked_once_with_one_message(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for command in ("classify", "scan"):
        assert cli([command, "note.txt", "--jobs", "0", "--lang", "en"]) == 2
        assert capsys.readouterr().err == "ai-guard: --jobs must be >= 1 / --jobs phải ≥ 1\n"
        assert cli([command, "note.txt", "--jobs", "0", "--lang", "vi"]) == 2
        assert capsys.readouterr().err == "ai-guard: --jobs phải ≥ 1 / --jobs must be >= 1\n"


# -- the names older code and configurations use --------------------------------------------------


def test_old_import_paths_are_the_new_functions() -> None:
    from ai_guard import classify_cli, cli_audit
    from ai_guard.cli import audit, classify
    from ai_guard.hooks import documents, prompts, scan

    assert prompts.main is hooks.prompts
    assert documents.main is hooks.documents
    assert scan.main is hooks.scan
    assert classify_cli.run_classify is classify.run
    assert classify_cli.iter_documents is classify.iter_documents
    assert cli_audit.add_parser is audit.add_parser


def test_console_scripts_and_hook_entries_resolve() -> None:
    """Every console script imports; every hook in .pre-commit-hooks.yaml is one of them."""
    import importlib

    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["scripts"]
    for target in scripts.values():
        module, _, attr = target.partition(":")
        assert callable(getattr(importlib.import_module(module), attr)), target
    for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8")):
        assert hook["entry"] in scripts


@pytest.mark.parametrize(
    ("module", "prog"),
    [
        ("ai_guard.hooks.prompts", "ai-guard-prompts"),
        ("ai_guard.hooks.documents", "ai-guard-documents"),
        ("ai_guard.hooks.scan", "ai-guard-scan"),
        ("ai_guard.cli", "ai-guard"),
        ("ai_guard", "ai-guard"),
    ],
)
def test_old_module_paths_run(module: str, prog: str) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-m", module, "--help"],
        capture_output=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"usage: {prog} ")
    assert "--lang" in done.stdout or "{check,classify,scan,audit,serve}" in done.stdout


def test_every_help_text_is_in_both_languages() -> None:
    from ai_guard.i18n.cli import CLI_HELP, cli_help

    for key, (vi, en) in CLI_HELP.items():
        assert vi.strip(), key
        assert en.strip(), key
        assert vi != en, key
        assert cli_help(key) == f"{en} / {vi}"


@pytest.mark.parametrize(
    "argv",
    [["--help"], ["check", "--help"], ["classify", "--help"], ["audit", "verify", "--help"]],
)
def test_help_speaks_vietnamese(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    from ai_guard.cli import main

    with pytest.raises(SystemExit):
        main(argv)
    out = " ".join(capsys.readouterr().out.split())
    assert "ngôn ngữ thông báo" in out or "Kiểm tra văn bản" in out
