"""``ai-guard serve`` as the deployment runs it: real processes. Two gateway processes with
one token file and one audit log (a SQLite file, or PostgreSQL as several instances behind a
load balancer use it) serve callers of two units at once; the chain verifies and ``ai-guard
audit report`` counts every request per unit and per person, on both backends. And SIGTERM
lets the requests in flight (whole and streamed) finish before the process ends."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from tests.serve.fakes import POLICY, FakeUpstream, Served, closed_port

from ai_guard import check_prompt
from ai_guard.cli import main

CONFIG = """
[gateway]
host = "127.0.0.1"
port = {port}
require_tokens = true
tokens_file = "{tokens}"
audit_log = "{audit}"
read_timeout = 20.0

[[gateway.upstreams]]
name = "up"
kind = "openai"
base_url = "{upstream}/v1"
api_key_env = "AIG_PROC_KEY"
models = ["gpt-test"]
"""
HOLDERS = (("Phòng Tư pháp", "an.nguyen"), ("Phòng Hành chính", "binh.tran"))
REDACTED = "Soạn thư cho ông Nguyễn Văn An, CCCD 001085012345."
BLOCKED = "MẬT\nBáo cáo quý"


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[FakeUpstream, str]]:
    check_prompt("Ông Nguyễn Văn An", policy=POLICY)
    fake = FakeUpstream()
    server = Served(fake.app())
    try:
        yield fake, server.url
    finally:
        server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def audit_location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "audit.sqlite3")
        return
    pytest.importorskip("psycopg")
    from tests._postgres import fresh_schema

    with fresh_schema() as dsn:
        yield dsn


def tokens(path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    out = []
    for unit, person in HOLDERS:
        code = main(["serve", "token", "create", "--unit", unit, "--person", person,
                     "--file", str(path)])  # fmt: skip
        assert code == 0
        out.append(capsys.readouterr().out.strip())
    return out


def start(config: Path) -> tuple[subprocess.Popen[str], str]:
    port = int(config.read_text("utf-8").split("port = ", 1)[1].split("\n", 1)[0])
    env = {**os.environ, "AIG_PROC_KEY": "sk-proc", "PYTHONUNBUFFERED": "1"}
    if env.get("PYTHONPATH"):  # the gateway runs in the test's folder: a relative path breaks
        env["PYTHONPATH"] = os.pathsep.join(
            os.path.abspath(p) for p in env["PYTHONPATH"].split(os.pathsep) if p
        )
    # in the test's folder: a PostgreSQL log's digest key is made in ./.ai-guard/, not in the
    # repository
    proc = subprocess.Popen(
        [sys.executable, "-m", "ai_guard.cli", "serve", "--policy", str(config), "--lang", "en"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True, cwd=config.parent,
    )  # fmt: skip
    return proc, f"http://127.0.0.1:{port}"


def wait_ready(proc: subprocess.Popen[str], url: str) -> None:
    deadline = time.monotonic() + 120  # start-up warms the lexicons (seconds of CPU under load)
    while True:
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        assert time.monotonic() < deadline, "ai-guard serve did not start"
        time.sleep(0.1)


def stop(proc: subprocess.Popen[str]) -> str:
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGTERM, err
    return err


def write_config(tmp_path: Path, name: str, audit: str, upstream: str) -> Path:
    path = tmp_path / f"{name}.toml"
    path.write_text(
        CONFIG.format(port=closed_port(), tokens=tmp_path / "tokens.json", audit=audit,
                      upstream=upstream),
        "utf-8",
    )  # fmt: skip
    return path


def chat(url: str, token: str, text: str, *, stream: bool = False) -> httpx.Response:
    body: dict[str, Any] = {"model": "gpt-test", "messages": [{"role": "user", "content": text}]}
    if stream:
        body["stream"] = True
    headers = {"authorization": f"Bearer {token}"}
    return httpx.post(f"{url}/v1/chat/completions", json=body, headers=headers, timeout=60)


def test_two_gateway_processes_keep_one_chain_reported_per_unit_and_person(
    served: tuple[FakeUpstream, str],
    audit_location: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    upstream, url = served
    upstream.mode = "echo"
    an, binh = tokens(tmp_path / "tokens.json", capsys)
    gateways = [start(write_config(tmp_path, n, audit_location, url)) for n in ("a", "b")]
    errors: list[str] = []
    try:
        for proc, gw in gateways:
            wait_ready(proc, gw)

        def caller(i: int) -> None:  # each caller goes to both processes in turn
            token = (an, binh)[i % 2]
            for j in range(6):
                text = BLOCKED if j == 5 else REDACTED
                r = chat(gateways[(i + j) % 2][1], token, text, stream=j % 3 == 1)
                if r.status_code != (400 if text == BLOCKED else 200):
                    errors.append(f"{r.status_code} {r.text[:200]}")

        threads = [threading.Thread(target=caller, args=(i,)) for i in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        logs = [stop(proc) for proc, _ in gateways]
    assert errors == []
    assert "001085012345" not in "".join(logs)  # structured logs: counts, never the text
    assert main(["audit", "verify", audit_location, "--lang", "en"]) == 0
    capsys.readouterr()
    assert main(["audit", "report", audit_location, "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["verification"]["ok"]
    assert report["gateway_total"] == 24
    per_holder = {"redact": 10, "block": 2}
    assert report["gateway_by_unit"] == {
        "Phòng Hành chính": per_holder,
        "Phòng Tư pháp": per_holder,
    }
    assert report["gateway_by_person"] == {"an.nguyen": per_holder, "binh.tran": per_holder}
    # what went out: each redacted request held one person's name and one CCCD
    assert report["gateway_sent_by_unit"]["Phòng Tư pháp"] == {"CCCD": 10, "PERSON": 10}
    assert report["by_outcome"] == {"redact": 20, "block": 4}
    assert main(["audit", "report", audit_location, "--lang", "en"]) == 0
    text = capsys.readouterr().out
    assert "Requests through the AI gateway (ai-guard serve)" in text
    assert "binh.tran" in text
    assert main(["audit", "export", audit_location, "--format", "json"]) == 0
    exported = capsys.readouterr().out
    assert "Nguyễn" not in exported
    assert "001085012345" not in exported


def test_sigterm_lets_the_requests_in_flight_finish(
    served: tuple[FakeUpstream, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    upstream, url = served
    an, _ = tokens(tmp_path / "tokens.json", capsys)
    audit = str(tmp_path / "audit.sqlite3")
    proc, gw = start(write_config(tmp_path, "a", audit, url))
    answers: dict[str, httpx.Response] = {}
    try:
        wait_ready(proc, gw)
        upstream.requests.clear()
        upstream.mode = "slow"  # the upstream answers after 1.5 s
        threads = [
            threading.Thread(target=lambda s=s: answers.update({s: chat(gw, an, REDACTED,
                                                                        stream=s == "stream")}))
            for s in ("whole", "stream")
        ]  # fmt: skip
        for t in threads:
            t.start()
        deadline = time.monotonic() + 30
        while len(upstream.requests) < 2:  # both reached the upstream: in flight
            assert time.monotonic() < deadline
            time.sleep(0.02)
    finally:
        err = stop(proc)  # SIGTERM while both wait for the upstream
        upstream.mode = "echo"
    for t in threads:
        t.join(30)
    assert "Application shutdown complete" in err
    whole, stream = answers["whole"], answers["stream"]
    assert whole.status_code == 200
    assert "001085012345" in whole.json()["choices"][0]["message"]["content"]  # restored
    assert stream.status_code == 200
    assert "001085012345" in "".join(
        json.loads(line[6:])["choices"][0]["delta"].get("content") or ""
        for line in stream.text.splitlines()
        if line.startswith("data: {")
    )
    assert "[DONE]" in stream.text
    assert main(["audit", "verify", audit, "--lang", "en"]) == 0
