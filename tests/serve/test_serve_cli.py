"""``ai-guard serve``: what stops it from starting (exit 2, said in both languages), and a real
run: it serves, logs one JSON line per request without the text, and stops on SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from tests.serve.fakes import closed_port

from ai_guard.cli import main
from ai_guard.cli import serve as serve_cli
from ai_guard.signoff.audit import AuditLog

CONFIG = """
[gateway]
host = "127.0.0.1"
port = {port}
require_tokens = {require}
audit_log = "{audit}"

[[gateway.upstreams]]
name = "up"
kind = "openai"
base_url = "http://127.0.0.1:{upstream}/v1"
api_key_env = "AIG_CLI_KEY"
models = ["gpt-test"]
"""


def write(tmp_path: Path, *, require: bool = False, port: int = 0) -> Path:
    path = tmp_path / "ai-guard.toml"
    path.write_text(
        CONFIG.format(
            port=port, require=str(require).lower(), audit=tmp_path / "audit.sqlite3",
            upstream=closed_port(),
        ),
        "utf-8",
    )  # fmt: skip
    return path


def test_a_missing_policy_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--policy", str(tmp_path / "nope.toml"), "--lang", "en"]) == 2
    assert "nope.toml" in capsys.readouterr().err


def test_without_the_extra_it_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "uvicorn", None)  # import uvicorn -> ImportError
    assert main(["serve", "--policy", str(write(tmp_path))]) == 2
    err = capsys.readouterr().err
    assert "pip install 'ai-guard[serve]'" in err
    assert "gói bổ sung" in err


def test_require_tokens_without_a_token_store_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("AIG_CLI_KEY", "k")
    monkeypatch.setattr(serve_cli, "_token_store", lambda path: None)
    assert main(["serve", "--policy", str(write(tmp_path, require=True)), "--lang", "en"]) == 2
    assert "gateway.require_tokens" in capsys.readouterr().err


def test_serves_logs_json_lines_and_stops_on_sigterm(tmp_path: Path) -> None:
    port = closed_port()
    env = {**os.environ, "AIG_CLI_KEY": "sk-cli", "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "ai_guard.cli", "serve", "--policy", str(write(tmp_path)),
         "--port", str(port), "--lang", "en"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True,
    )  # fmt: skip
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 90  # start-up warms the lexicons (about 2 s of CPU)
        while True:
            try:
                if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            assert time.monotonic() < deadline, "ai-guard serve did not start"
            time.sleep(0.1)
        models = httpx.get(f"{url}/v1/models", timeout=5).json()
        assert [m["id"] for m in models["data"]] == ["gpt-test"]
        down = httpx.post(
            f"{url}/v1/chat/completions", timeout=10,
            json={"model": "gpt-test",
                  "messages": [{"role": "user", "content": "CCCD 001085012345"}]},
        )  # fmt: skip
        assert down.status_code == 502
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    # uvicorn finishes the requests in flight, runs the shutdown (the upstream client is
    # closed), then ends by the signal it was sent, as a process stopped by SIGTERM does
    assert proc.returncode == -signal.SIGTERM
    assert "Application shutdown complete" in err
    assert f"http://127.0.0.1:{port}/v1" in err
    lines = [json.loads(line) for line in err.splitlines() if line.startswith("{")]
    assert [(x["route"], x["decision"]) for x in lines] == [
        ("models", "allow"),
        ("chat.completions", "upstream_error"),
    ]
    assert lines[1]["findings"] == {"CCCD": 1}
    assert "001085012345" not in err
    log = AuditLog(tmp_path / "audit.sqlite3", create=False)
    assert [r.outcome for r in log.records()] == ["allow", "redact", "upstream_error"]
    assert log.verify().ok


def test_help_is_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["serve", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "run the OpenAI/Anthropic-compatible gateway" in out
    assert "chạy gateway tương thích OpenAI/Anthropic" in out
    assert "--policy" in out
