"""Real ``pre-commit try-repo`` from this checkout against a temporary git repository.

pre-commit builds the hook's environment by installing this repository (from the package
registry for its dependencies), so this test takes tens of seconds; it is skipped when the
checkout is not a git repository or pre-commit / git are missing.
"""

from __future__ import annotations

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
