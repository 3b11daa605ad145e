"""Real ``pre-commit try-repo`` from this checkout against a temporary git repository.

pre-commit builds the hook's environment by installing this repository (from the package
registry for its dependencies), so this test takes tens of seconds; it is skipped when the
checkout is not a git repository or pre-commit / git are missing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

UNGUARDED = (
    "from openai import OpenAI\n"
    "client = OpenAI()\n"
    "def reply(letter):\n"
    "    return client.chat.completions.create(model='m', messages=[{'content': letter}])\n"
)
GUARDED = (
    "from openai import OpenAI\n"
    "from ai_guard import check_prompt\n"
    "client = OpenAI()\n"
    "def reply(letter):\n"
    "    text = check_prompt(letter).redacted_text\n"
    "    return client.chat.completions.create(model='m', messages=[{'content': text}])\n"
)


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.mark.skipif(
    shutil.which("git") is None or not (ROOT / ".git").exists(), reason="needs a git checkout"
)
def test_try_repo_fails_on_an_unguarded_call_and_passes_on_a_clean_file(tmp_path: Path) -> None:
    pytest.importorskip("pre_commit")
    repo = tmp_path / "app"
    repo.mkdir()
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "dev@example.com")
    _git(repo, "config", "user.name", "dev")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pc-home")}
    cmd = [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "ai-guard-scan", "--files"]

    (repo / "app.py").write_text(UNGUARDED, "utf-8")
    _git(repo, "add", "app.py")
    bad = subprocess.run([*cmd, "app.py"], cwd=repo, env=env, capture_output=True, text=True)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "AIG101" in bad.stdout

    (repo / "app.py").write_text(GUARDED, "utf-8")
    _git(repo, "add", "app.py")
    good = subprocess.run([*cmd, "app.py"], cwd=repo, env=env, capture_output=True, text=True)
    assert good.returncode == 0, good.stdout + good.stderr


#: a staged file of each kind pre-commit must hand to the scanner (the hook once declared
#: ``types: [python]`` and all of these passed unread), with the rule it must fail on
STAGED = {
    ".env": ("ANTHROPIC_API_KEY=sk-ant-api03-Zx8Cv7Bn6Mq5Wr4Et3Yu2Io1Pa9Sd8Fg7Hj6Kl5Zx4Cv3Bn2\n",
             "AIG102"),
    "reply.ts": ('import OpenAI from "openai";\nconst client = new OpenAI();\n'
                 "export async function reply(letter: string) {\n"
                 '  return client.chat.completions.create({ model: "m", messages: '
                 '[{ role: "user", content: letter }] });\n}\n', "AIG101"),
    "ask.sh": ('curl https://api.openai.com/v1/chat/completions \\\n'
               '  -H "Authorization: Bearer $KEY" \\\n  -d "$(cat letter.json)"\n', "AIG101"),
    "settings.yaml": ("llm:\n  account_email: lan.tran@hanoi.gov.vn\n", "AIG103"),
}  # fmt: skip


def _notebook(code: str) -> str:
    cell = {"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [],
            "source": code.splitlines(keepends=True)}  # fmt: skip
    return json.dumps({"cells": [cell], "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


@pytest.mark.skipif(
    shutil.which("git") is None or not (ROOT / ".git").exists(), reason="needs a git checkout"
)
def test_try_repo_reaches_every_kind_the_scanner_reads(tmp_path: Path) -> None:
    pytest.importorskip("pre_commit")
    repo = tmp_path / "app"
    repo.mkdir()
    _git(repo, "init", "-q")
    files = {name: text for name, (text, _) in STAGED.items()}
    files["analyse.ipynb"] = _notebook(UNGUARDED)
    rules = {name: rule for name, (_, rule) in STAGED.items()} | {"analyse.ipynb": "AIG101"}
    for name, text in files.items():
        (repo / name).write_text(text, "utf-8")
    _git(repo, "add", *files)
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pc-home")}
    cmd = [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "ai-guard-scan"]
    run = subprocess.run(cmd, cwd=repo, env=env, capture_output=True, text=True)
    assert run.returncode == 1, run.stdout + run.stderr
    for name, rule in rules.items():
        said = [line for line in run.stdout.splitlines() if line.startswith(f"{name}:")]
        assert any(f" {rule} " in line for line in said), (name, rule, run.stdout)
