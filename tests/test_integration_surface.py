"""Every way out of a guarded SDK client, found by introspection of the installed SDK.

For each SDK CI installs, every public method of every resource (and of its
``with_raw_response`` / ``with_streaming_response`` twins) is called with a prompt holding a
citizen's CCCD (and, in the "block" runs, a TỐI MẬT stamp) in every required argument and in
``extra_body`` / ``extra_query``. A fake transport records what reaches the wire. The rule:
neither the number, nor the name, nor the stamp ever reaches the wire. A method the
next SDK version adds is walked too, so it fails CI rather than leaks.
"""

from __future__ import annotations

import asyncio
import signal
import time
from collections import defaultdict
from typing import Any

import pytest

from ai_guard import Policy, check_prompt

openai = pytest.importorskip("openai")
anthropic = pytest.importorskip("anthropic")
httpx = pytest.importorskip("httpx2")

from integration_surface import (  # noqa: E402
    BLOCK_TEXT,
    REDACT_TEXT,
    Wire,
    _deadline,
    _Stuck,
    administration,
    attempt,
    attempt_async,
    methods,
    stored,
)

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")  # Assistants API

POLICY = Policy(load_plugins=False)
TEXTS = {"block": BLOCK_TEXT, "redact": REDACT_TEXT}


def _client(sdk: str, wire: Wire, *, asynchronous: bool = False) -> Any:
    if asynchronous:
        http: Any = httpx.AsyncClient(transport=httpx.MockTransport(wire.ahandler))
    else:
        http = httpx.Client(transport=httpx.MockTransport(wire.handler))
    if sdk == "openai":
        cls = openai.AsyncOpenAI if asynchronous else openai.OpenAI
        return cls(
            api_key="sk-test", admin_api_key="sk-admin", base_url="http://fake.local/v1",
            max_retries=0, http_client=http,
        )  # fmt: skip
    cls = anthropic.AsyncAnthropic if asynchronous else anthropic.Anthropic
    return cls(
        api_key="sk-test", webhook_key="whk", base_url="http://fake.local", max_retries=0,
        http_client=http,
    )  # fmt: skip


def _guard(sdk: str, client: Any) -> Any:
    if sdk == "openai":
        from ai_guard.integrations.openai import guard_client
    else:
        from ai_guard.integrations.anthropic import guard_client  # type: ignore[assignment]
    return guard_client(client, policy=POLICY)


def _run(
    sdk: str, through: str, text: str, *, namespaces: bool, reasons: dict[str, str] | None = None
) -> dict[str, list[str]]:
    wire = Wire()
    raw = _client(sdk, wire)
    guarded = _guard(sdk, raw)
    root = guarded if through == "guarded" else raw
    # the check's first run builds its tables (seconds under load): not in the first
    # method's one second, which is for the helpers that poll forever
    check_prompt(text, policy=POLICY)
    outcomes: dict[str, list[str]] = defaultdict(list)
    for path, fn in methods(raw, namespaces=namespaces):
        outcomes[attempt(root, path, fn, text, wire, reasons)].append(path)
    return outcomes


@pytest.mark.parametrize("sdk", ["openai", "anthropic"])
@pytest.mark.parametrize("kind", ["block", "redact"])
def test_every_method_of_the_guarded_client_redacts_or_refuses(sdk: str, kind: str) -> None:
    # the raw/streaming twins are walked once, with the redact text (they cost 3x the time)
    reasons: dict[str, str] = {}
    outcomes = _run(sdk, "guarded", TEXTS[kind], namespaces=kind == "redact", reasons=reasons)
    total = sum(len(v) for v in outcomes.values())
    assert total > (600 if kind == "redact" else 300), f"the walk found only {total} methods"
    assert outcomes["leaked"] == []
    if kind == "block":
        assert len(outcomes["refused"]) >= 0.98 * total, dict(outcomes)
    else:
        _tests_the_wire(sdk, outcomes, reasons, total)


def _tests_the_wire(
    sdk: str, outcomes: dict[str, list[str]], reasons: dict[str, str], total: int
) -> None:
    """Most methods really sent their (redacted) request: the walk tests the wire. A write
    to the administration is refused whatever its text, and so is a method the walk's
    generic ids point at content made elsewhere (few: a share that grows means a rule
    refuses too much)."""
    admin = administration(sdk, outcomes["refused"])
    made_elsewhere = stored(outcomes["refused"], reasons)
    assert len(made_elsewhere) <= 0.05 * total, made_elsewhere
    sent = len(outcomes["sent_clean"])
    assert sent + len(admin) + len(made_elsewhere) >= 0.85 * total, dict(outcomes)


@pytest.mark.parametrize("sdk", ["openai", "anthropic"])
@pytest.mark.parametrize("kind", ["block", "redact"])
def test_the_net_refuses_what_the_unwrapped_client_sends(sdk: str, kind: str) -> None:
    """The client object the application kept (not the proxy) is under the net too."""
    outcomes = _run(sdk, "raw", TEXTS[kind], namespaces=False)
    total = sum(len(v) for v in outcomes.values())
    assert outcomes["leaked"] == []
    assert len(outcomes["refused"]) >= 0.9 * total, dict(outcomes)


@pytest.mark.parametrize("sdk", ["openai", "anthropic"])
def test_every_method_of_the_async_client_redacts_or_refuses(sdk: str) -> None:
    wire = Wire()
    raw = _client(sdk, wire, asynchronous=True)
    guarded = _guard(sdk, raw)
    outcomes: dict[str, list[str]] = defaultdict(list)
    reasons: dict[str, str] = {}

    async def walk() -> None:
        for path, fn in methods(raw, namespaces=False):
            outcome = await attempt_async(guarded, path, fn, REDACT_TEXT, wire, reasons)
            outcomes[outcome].append(path)

    asyncio.run(walk())
    total = sum(len(v) for v in outcomes.values())
    assert total > 300
    assert outcomes["leaked"] == []
    _tests_the_wire(sdk, outcomes, reasons, total)


@pytest.mark.parametrize("kind", ["block", "redact"])
@pytest.mark.parametrize("api", ["developer", "vertex"])
def test_every_method_of_the_gemini_client_redacts_or_refuses(kind: str, api: str) -> None:
    """google-genai's client (sync and ``aio``), on the Gemini Developer API and on Vertex AI
    (``vertexai=True``: other URLs, other request shapes, fields only Vertex takes), through
    the guarded client and the one the app kept. Its methods take typed arguments the walk's
    generic ones seldom fit (about two in three fail in the SDK's own validation, before the
    wire): the walk proves nothing leaks, and that the main exits really sent."""
    pytest.importorskip("google.genai")
    from ai_guard.integrations.gemini import guard_client
    from integration_surface import gemini_client, vertex_client

    text = TEXTS[kind]
    check_prompt(text, policy=POLICY)
    for through in ("guarded", "raw"):
        wire = Wire()
        raw = (gemini_client if api == "developer" else vertex_client)(wire)
        guarded = guard_client(raw, policy=POLICY)
        root = guarded if through == "guarded" else raw
        outcomes: dict[str, list[str]] = defaultdict(list)
        for path, fn in methods(raw):
            if path.startswith("aio."):
                outcome = asyncio.run(attempt_async(root, path, fn, text, wire))
            else:
                outcome = attempt(root, path, fn, text, wire)
            outcomes[outcome].append(path)
        total = sum(len(v) for v in outcomes.values())
        assert total > 300, total
        assert outcomes["leaked"] == [], through
        if kind == "redact" and through == "guarded":
            assert len(outcomes["sent_clean"]) >= 100, dict(outcomes)
            main = ("models.generate_content", "aio.models.generate_content",
                    "models.count_tokens", "caches.create", "models.embed_content")  # fmt: skip
            for path in main:
                assert path in outcomes["sent_clean"], path


# -- the deadline that stops a polling helper -----------------------------------------------


def test_the_deadline_is_gone_once_its_block_ends() -> None:
    """Cancelled by the guarded code itself: nothing of it outlives the block, not even a
    signal already on its way (its handler, run late, does nothing), so it can never raise in
    the block's cleanup (a weakref callback there made it an unraisable warning once)."""
    before = signal.getsignal(signal.SIGALRM)
    with _deadline(30.0) as cancel:
        assert signal.getitimer(signal.ITIMER_REAL)[0] > 0
        cancel()
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
        signal.raise_signal(signal.SIGALRM)  # one that arrived just before the cancel
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is before
    with pytest.raises(ZeroDivisionError), _deadline(30.0):
        1 / 0  # noqa: B018 - a block that raises: the timer goes as well
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is before


def test_the_deadline_stops_a_loop_even_when_a_callback_swallows_its_first_raise() -> None:
    swallowed = 0

    def poll_forever() -> None:
        nonlocal swallowed
        while True:
            try:
                time.sleep(0.01)
            except _Stuck:
                if swallowed:
                    raise
                swallowed += 1  # as a weakref callback would: the timer fires again

    with pytest.raises(_Stuck), _deadline(0.05):
        poll_forever()
    assert swallowed == 1
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
