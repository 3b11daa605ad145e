"""Fixtures of the pre-flight page's browser tests: the gateway with its page (the real app,
:func:`ai_guard.serve.app.create_app`) on uvicorn on a free loopback port, and Debian's
Chromium (``/usr/bin/chromium``, or ``$AI_GUARD_CHROMIUM``) driven by Playwright for Python,
headless, one browser per test module and a new context (no cookie, storage or permission
shared) per test.

Playwright never downloads a browser here: it is pointed at the system's with
``executable_path``. Playwright gives each browser a fresh, temporary user-data-dir of its own
(removed when the browser closes; it refuses a ``--user-data-dir`` in ``args``), so no profile
of the machine is read.

Without Chromium or Playwright the tests are skipped, saying which is missing; under CI
(``$CI`` set, as ``.ci/run`` sets it) they fail instead: CI installs both.

Each test saves a screenshot per step (:func:`shots`) under ``build/page-screenshots/`` (or
``$AI_GUARD_PAGE_SCREENSHOTS``), for a reviewer to look at; they are not committed.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")

from tests.serve.fakes import POLICY, Served, Tokens, closed_port

from ai_guard.serve.app import create_app
from ai_guard.serve.config import GatewayConfig
from ai_guard.signoff.audit import AuditLog

CHROMIUM = os.environ.get("AI_GUARD_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}
ROOT = Path(__file__).resolve().parents[2]


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set: the page's browser tests must run; see .ci/run)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def page_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """The gateway as ``ai-guard serve`` builds it, page included (``[gateway.page]``'s
    defaults), on 127.0.0.1; its one upstream is a closed port: the page never needs one."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("AIG_TEST_PAGE_UPSTREAM_KEY", "sk-page-tests-" + "n0tUsedAnywhere")
        config = GatewayConfig.from_mapping(
            {
                "upstreams": [
                    {
                        "name": "unused",
                        "kind": "openai",
                        "base_url": f"http://127.0.0.1:{closed_port()}/v1",
                        "api_key_env": "AIG_TEST_PAGE_UPSTREAM_KEY",
                        "models": ["gpt-test"],
                    }
                ],
            }
        )
        audit = AuditLog(tmp_path_factory.mktemp("page-audit") / "audit.sqlite3")
        served = Served(create_app(config, POLICY, tokens=Tokens(), audit=audit))
    try:
        yield served
    finally:
        served.stop()
        audit.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One browser for a module's tests. Not for the session: while Playwright's sync API is
    started, its event loop counts as running in this thread, and any later test of the same
    worker that calls ``asyncio.run`` would fail; the browser closes when the module's last
    test (on this worker) is done."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright for Python is not installed (pip install -e '.[test]')")
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        _unavailable(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, timeout=30_000)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def context(browser: Any, page_server: Served) -> Iterator[Any]:
    """A new browser context at desktop size, allowed to use the clipboard."""
    ctx = browser.new_context(
        viewport=DESKTOP,
        base_url=page_server.url,
        permissions=["clipboard-read", "clipboard-write"],
        locale="vi-VN",
    )
    ctx.set_default_timeout(15_000)
    try:
        yield ctx
    finally:
        ctx.close()


@pytest.fixture
def page(context: Any) -> Iterator[Any]:
    """The page, loaded and wired; a script error or a dialog (``alert``) fails the test."""
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.on("dialog", lambda dialog: (errors.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    tab.goto("/")
    tab.wait_for_selector("body[data-ready='true']")
    yield tab
    assert errors == [], f"the page raised: {errors}"


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    where = os.environ.get("AI_GUARD_PAGE_SCREENSHOTS")
    folder = Path(where) if where else ROOT / "build" / "page-screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def shots(request: pytest.FixtureRequest, screenshot_dir: Path) -> Callable[[Any, str], Path]:
    """``shots(page, "step")`` saves ``<test>-<n>-<step>.png`` (the whole page); the test's
    earlier screenshots from another run are removed first."""
    test = re.sub(r"[^A-Za-z0-9_-]+", "_", request.node.name).strip("_")
    for old in screenshot_dir.glob(f"{test}-*.png"):
        old.unlink()
    count = 0

    def shot(tab: Any, step: str) -> Path:
        nonlocal count
        count += 1
        path = screenshot_dir / f"{test}-{count:02d}-{step}.png"
        tab.screenshot(path=str(path), full_page=True)
        return path

    return shot
