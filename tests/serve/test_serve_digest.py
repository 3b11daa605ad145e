"""The audit rows' digest is keyed (gw16).

On main the pre-flight page's audit row kept the plain SHA-256 of the checked text, and the
gateway's row the plain SHA-256 of the request body: a short text (a phone number alone) is
found again from its digest by hashing every candidate. Both now keep an HMAC-SHA256 under a
per-installation key beside the audit log (``<log>.digest-key``), created ``0600`` at the
first start and kept across restarts; a key file others may read, or a damaged one, stops the
start with a bilingual error.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import stat
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("starlette")

from starlette.testclient import TestClient
from tests.serve.fakes import GOOD_TOKEN, POLICY, Tokens, closed_port, gateway_config

from ai_guard.errors import PolicyError
from ai_guard.serve.app import create_app
from ai_guard.serve.digest import Digester, key_path, load_key
from ai_guard.serve.page import PageSettings
from ai_guard.signoff.audit import AuditLog

PHONE = "0912345678"


@pytest.fixture(autouse=True)
def _upstream_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIG_TEST_UPSTREAM_KEY", "sk-test")


def _app(log: AuditLog) -> Any:
    config = gateway_config(f"http://127.0.0.1:{closed_port()}")
    config = config.model_copy(update={"page": PageSettings(audit=True)})
    return create_app(config, POLICY, tokens=Tokens(), audit=log)


def _checked(path: Path, text: str) -> str:
    log = AuditLog(path)
    try:
        with TestClient(_app(log)) as c:
            assert c.post("/page/api/check", json={"text": text}).status_code == 200
        return str(log.records()[-1].digest)
    finally:
        log.close()


def test_a_guessable_value_cannot_be_found_again_without_the_key(tmp_path: Path) -> None:
    digest = _checked(tmp_path / "audit.sqlite3", PHONE)
    candidates = [f"09123456{n:02d}" for n in range(100)]  # the trial that worked on main
    plain = {hashlib.sha256(c.encode()).hexdigest(): c for c in candidates}
    assert digest not in plain
    # with the key beside the log (the auditor's), the text is shown to be the one checked
    key = load_key(key_path(tmp_path / "audit.sqlite3"), create=False)
    keyed = [c for c in candidates if Digester(key)(c.encode()) == digest]
    assert keyed == [PHONE]
    assert hmac.new(key, PHONE.encode(), hashlib.sha256).hexdigest() == digest


def test_the_key_is_made_0600_beside_the_log_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "audit.sqlite3"
    first = _checked(path, PHONE)
    key_file = tmp_path / "audit.sqlite3.digest-key"
    assert stat.S_IMODE(os.stat(key_file).st_mode) == 0o600
    assert len(bytes.fromhex(key_file.read_text().strip())) == 32
    assert _checked(path, PHONE) == first  # a restart reads the same key
    other = tmp_path / "other" / "audit.sqlite3"
    other.parent.mkdir()
    assert _checked(other, PHONE) != first  # another installation, another key


def test_a_key_being_written_is_never_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two gateway processes starting together: while one is still writing the key, the other
    never reads its file half-made (CI's two-process test once read it empty: "damaged");
    both end with the same key and no temporary file is left beside it. The first writer is
    held between opening its file and writing it while the second starts."""
    import threading

    from ai_guard.serve.digest import load_key

    key_file = tmp_path / "audit.sqlite3.digest-key"
    real_fdopen = os.fdopen
    opened, second_done = threading.Event(), threading.Event()

    def held_fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
        if not opened.is_set():
            opened.set()
            second_done.wait(10)
        return real_fdopen(fd, *args, **kwargs)

    monkeypatch.setattr(os, "fdopen", held_fdopen)
    keys: dict[str, bytes] = {}
    first = threading.Thread(target=lambda: keys.setdefault("first", load_key(key_file)))
    first.start()
    assert opened.wait(10)
    try:
        keys["second"] = load_key(key_file)
    finally:
        second_done.set()
        first.join(10)
    assert keys["first"] == keys["second"]
    assert len(keys["first"]) == 32
    assert sorted(p.name for p in tmp_path.iterdir()) == [key_file.name]
    assert stat.S_IMODE(os.stat(key_file).st_mode) == 0o600


def test_the_gateway_row_keys_the_body_too(tmp_path: Path) -> None:
    path = tmp_path / "audit.sqlite3"
    log = AuditLog(path)
    body = b'{"model": "gpt-test", "messages": [{"role": "user", "content": "0912345678"}]}'
    try:
        with TestClient(_app(log)) as c:
            c.post(
                "/v1/chat/completions", content=body,
                headers={"authorization": f"Bearer {GOOD_TOKEN}"},
            )  # fmt: skip
        digests = [r.digest for r in log.records() if r.action == "gateway:chat.completions"]
    finally:
        log.close()
    key = load_key(key_path(path), create=False)
    assert digests
    assert digests[0] == hmac.new(key, body, hashlib.sha256).hexdigest()
    assert digests[0] != hashlib.sha256(body).hexdigest()


@pytest.mark.parametrize(
    ("content", "mode", "problem"),
    [
        (os.urandom(32).hex(), 0o644, "others"),
        (os.urandom(32).hex(), 0o660, "others"),
        ("not a key", 0o600, "damaged"),
        (os.urandom(16).hex(), 0o600, "damaged"),
    ],
    ids=["world_readable", "group_writable", "not_hex", "short"],
)
def test_a_key_file_others_may_read_or_a_damaged_one_stops_the_start(
    tmp_path: Path, content: str, mode: int, problem: str
) -> None:
    path = tmp_path / "audit.sqlite3"
    key_file = key_path(path)
    key_file.write_text(content + "\n")
    os.chmod(key_file, mode)
    log = AuditLog(path)
    try:
        with pytest.raises(PolicyError) as caught:
            _app(log)
    finally:
        log.close()
    vi, en = caught.value.message_vi, caught.value.message_en
    assert str(key_file) in vi
    assert str(key_file) in en
    assert ("chmod 600" in en) == (problem == "others")
    assert key_file.read_text().strip() == content  # never overwritten
