"""Fixtures of the gateway tests: a fake upstream and the gateway, both served by uvicorn on
the loopback for the module, with a temporary SQLite audit log (see :mod:`tests.serve.fakes`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")

from tests.serve.fakes import (
    POLICY,
    UPSTREAM_KEY,
    Bench,
    FakeUpstream,
    Served,
    Tokens,
    gateway_config,
)

from ai_guard import check_prompt
from ai_guard.serve.app import create_app
from ai_guard.signoff.audit import AuditLog


@pytest.fixture(scope="module")
def bench_module(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bench]:
    check_prompt("Ông Nguyễn Văn An", policy=POLICY)  # load the lexicons before any timeout runs
    mp = pytest.MonkeyPatch()
    mp.setenv("AIG_TEST_UPSTREAM_KEY", UPSTREAM_KEY)
    fake = FakeUpstream()
    upstream = Served(fake.app())
    audit = AuditLog(Path(tmp_path_factory.mktemp("audit")) / "audit.sqlite3")
    tokens = Tokens()
    app = create_app(gateway_config(upstream.url), POLICY, tokens=tokens, audit=audit)
    gateway = Served(app)
    try:
        yield Bench(fake, gateway, audit, tokens)
    finally:
        gateway.stop()
        upstream.stop()
        audit.close()
        mp.undo()


@pytest.fixture
def bench(bench_module: Bench) -> Bench:
    bench_module.upstream.requests.clear()
    bench_module.upstream.mode = "echo"
    return bench_module
