"""A bounded load test of ``ai-guard serve`` on the loopback (issue 18; not run in CI).

Three kinds of process, all on 127.0.0.1:

- a fake upstream: a small Starlette app on uvicorn answering ``/v1/chat/completions`` in the
  OpenAI shape, whole or streamed (SSE, the answer cut in 8-character pieces), and echoing
  back every placeholder (``[PERSON_1]``) it received, so the gateway has something to restore;
- the gateway: :func:`ai_guard.serve.app.create_app` on uvicorn, one worker, with a real
  :class:`~ai_guard.serve.tokens.TokenStore` and a real SQLite
  :class:`~ai_guard.signoff.audit.AuditLog` (``--audit none``: a writer that keeps nothing, to
  see what the audit row costs);
- the load client (this process): httpx async clients, 1 and 50 at once.

Each case sends the same chat request straight to the fake upstream (the baseline) and through
the gateway, in the same run, alternately: requests per second and latency p50/p99 (to the
last byte of the answer), and what the gateway adds (gateway minus direct). Two prompts of
2 KB: Vietnamese administrative prose with a name, a CCCD and a phone number (redacted on the
way out, restored on the way back) and the same length of clean prose (allowed as it is);
whole and streamed answers.

With two CPUs or more, the gateway is pinned to one (``os.sched_setaffinity``) and the upstream
and the client to another, so "requests per second" is the gateway's on one core (issue 18's
target: >= 200 req/s on one core, and < 5 ms added at p50 for a 2 KB prompt).

    python -m benchmarks.gateway_load [--requests 400] [--concurrency 1 50] [--rounds 1]
        [--audit sqlite|none] [--loop asyncio|uvloop] [--http h11|httptools]
        [--direct-only] [--no-pin] [--json]

The gateway runs on what the ``serve`` extra installs (asyncio, httptools) unless ``--loop
uvloop`` (``pip install uvloop``) or ``--http h11`` (uvicorn's pure-Python parser).

``--direct-only`` measures the harness alone (client and fake upstream), without a gateway.
``--breakdown`` measures CPU time per request in one process without sockets (httpx's ASGI
transport): the fake upstream alone, the gateway in front of it (no audit; SQLite audit), and
check_prompt alone on the same texts, so what the gateway adds beyond the check is its own.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import re
import socket
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

MODEL = "bench-model"
SYSTEM = "Bạn là trợ lý văn thư của Chi cục Thi hành án dân sự; trả lời ngắn gọn, lịch sự."
#: the paragraph with identifiers: a name, a CCCD, a phone number (all made up, valid shapes)
PERSONAL = (
    "Soạn thư trả lời ông Nguyễn Văn An, CCCD 001085012345, điện thoại 0912 345 678, về hồ sơ "
    "thi hành án số 318/QĐ-CCTHADS ngày 12/3/2025; nêu rõ thời hạn tự nguyện thi hành án và "
    "quyền khiếu nại của đương sự."
)
ANSWER = (
    "Kính gửi {who}: Chi cục đã nhận đơn của ông và trả lời như sau. Thời hạn tự nguyện thi hành "
    "án là 10 ngày kể từ ngày nhận quyết định; quá thời hạn này, chấp hành viên sẽ tổ chức cưỡng "
    "chế theo quy định. Ông có quyền khiếu nại trong thời hạn 15 ngày."
)
_PLACEHOLDER = re.compile(r"\[[A-Z][A-Z_]*_\d+\]")
_UPSTREAM_KEY_ENV = "AI_GUARD_BENCH_UPSTREAM_KEY"


def prompts(size: int = 2048) -> dict[str, str]:
    """``{"identifiers": ..., "clean": ...}``: ``size`` characters each, the same prose."""
    from benchmarks.corpus import prose_text

    prose = prose_text(size * 2).replace("Tối mật", "mật")  # a secrecy level would block
    clean = prose[:size]
    personal = (PERSONAL + "\n\n" + prose)[:size]
    return {"identifiers": personal, "clean": clean}


# -- the fake upstream ----------------------------------------------------------------------------


def upstream_app() -> Any:
    """OpenAI-shaped chat completions, whole or streamed, echoing the placeholders received."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse, Response, StreamingResponse
    from starlette.routing import Route

    async def chat(request: Request) -> Response:
        body = json.loads(await request.body())
        said = " ".join(str(m.get("content", "")) for m in body.get("messages", []))
        who = " ".join(dict.fromkeys(_PLACEHOLDER.findall(said))) or "ông"
        content = ANSWER.format(who=who)
        if not body.get("stream"):
            return JSONResponse(
                {
                    "id": "chatcmpl-bench", "object": "chat.completion", "created": 0,
                    "model": body.get("model", MODEL),
                    "choices": [{"index": 0, "finish_reason": "stop",
                                 "message": {"role": "assistant", "content": content}}],
                    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                }
            )  # fmt: skip

        def event(delta: dict[str, Any], finish: str | None = None) -> bytes:
            chunk = {
                "id": "chatcmpl-bench", "object": "chat.completion.chunk", "created": 0,
                "model": body.get("model", MODEL),
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
            }  # fmt: skip
            return b"data: " + json.dumps(chunk, ensure_ascii=False).encode() + b"\n\n"

        async def events() -> Any:
            yield event({"role": "assistant", "content": ""})
            for at in range(0, len(content), 8):
                yield event({"content": content[at : at + 8]})
            yield event({}, "stop")
            yield b"data: [DONE]\n\n"

        return StreamingResponse(events(), media_type="text/event-stream")

    return Starlette(routes=[Route("/v1/chat/completions", chat, methods=["POST"])])


# -- the gateway ----------------------------------------------------------------------------------


def gateway_app(upstream_port: int, workdir: str, audit: str, transport: Any = None) -> Any:
    """The gateway, configured for the fake upstream, with the token file of ``workdir``."""
    from ai_guard import Policy
    from ai_guard.serve.app import create_app
    from ai_guard.serve.config import GatewayConfig
    from ai_guard.serve.tokens import TokenStore

    os.environ[_UPSTREAM_KEY_ENV] = "sk-bench-upstream"
    config = GatewayConfig.model_validate(
        {
            "tokens_file": str(Path(workdir) / "tokens.json"),
            "audit_log": str(Path(workdir) / "audit.sqlite3"),
            "upstreams": [
                {
                    "name": "fake",
                    "kind": "openai",
                    "base_url": f"http://127.0.0.1:{upstream_port}/v1",
                    "api_key_env": _UPSTREAM_KEY_ENV,
                    "models": [MODEL],
                }
            ],
        }
    )
    writer: Any = None
    if audit == "none":

        class Nowhere:
            def append(self, **row: Any) -> None:
                return None

        writer = Nowhere()
    return create_app(
        config,
        Policy(),
        tokens=TokenStore(config.tokens_file),
        audit=writer,
        transport=transport,
        lang="en",
    )


def _serve(
    kind: str, cpus: list[int] | None, server: tuple[str, str], args: tuple[Any, ...], port_out: Any
) -> None:
    """A child process: build the app, bind a loopback port, say it, serve until killed."""
    import logging

    import uvicorn

    if cpus:
        os.sched_setaffinity(0, set(cpus))
    logging.getLogger("ai_guard.serve").setLevel(logging.WARNING)
    app = upstream_app() if kind == "upstream" else gateway_app(*args)
    # proto IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only on sockets that say they are
    # TCP; without it every answer written in two parts waits ~40 ms for a delayed ACK
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port_out.send(sock.getsockname()[1])
    loop, http = server
    config = uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,
        lifespan="on",
        loop=loop,
        http=http,
        timeout_keep_alive=120,  # the clients keep their connections between requests
        backlog=4096,
    )
    uvicorn.Server(config).run(sockets=[sock])


def start(
    kind: str,
    cpus: list[int] | None,
    *args: Any,
    server: tuple[str, str] = ("asyncio", "httptools"),
) -> tuple[Any, int]:
    """Start a server process (spawned: a fresh interpreter) and wait for its port."""
    context = multiprocessing.get_context("spawn")
    here, there = context.Pipe()
    process = context.Process(target=_serve, args=(kind, cpus, server, args, there), daemon=True)
    process.start()
    if not here.poll(120):
        process.terminate()
        raise RuntimeError(f"the {kind} did not start within 120 s")
    port = int(here.recv())
    _wait_ready(port)
    return process, port


def _wait_ready(port: int) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port}")


# -- the load client ------------------------------------------------------------------------------


@dataclass
class Result:
    target: str
    prompt: str
    stream: bool
    concurrency: int
    requests: int
    errors: int
    per_second: float
    p50_ms: float
    p99_ms: float
    #: CPU time the server process answering the client spent per request (the gateway, or
    #: the upstream when direct): what one core can serve, whatever else the machine runs
    server_cpu_ms: float


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc; 0.0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def _load(
    base_url: str,
    token: str,
    body: dict[str, Any],
    requests: int,
    concurrency: int,
    check: Callable[[bytes], bool],
) -> tuple[list[float], int, float]:
    """``requests`` POSTs by ``concurrency`` clients at once: (latencies, errors, wall time)."""
    import httpx

    payload = json.dumps(body, ensure_ascii=False).encode()
    headers = {"authorization": f"Bearer {token}", "content-type": "application/json"}
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    latencies: list[float] = []
    errors = 0
    failures: set[str] = set()
    left = requests

    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=60) as client:

        async def one() -> None:
            nonlocal errors
            t0 = time.perf_counter()
            try:
                async with client.stream(
                    "POST", "/v1/chat/completions", content=payload, headers=headers
                ) as response:
                    data = await response.aread()
            except httpx.HTTPError as exc:  # counted, and said once per kind
                errors += 1
                if type(exc).__name__ not in failures:
                    failures.add(type(exc).__name__)
                    print(f"request failed: {type(exc).__name__}: {exc}", file=sys.stderr)
                return
            latencies.append(time.perf_counter() - t0)
            if response.status_code != 200 or not check(data):
                errors += 1

        async def worker() -> None:
            nonlocal left
            while left > 0:
                left -= 1
                await one()

        for _ in range(min(20, requests)):  # warm the connections and the server
            await one()
        latencies.clear()
        errors = 0
        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        wall = time.perf_counter() - started
    return latencies, errors, wall


def _content(data: bytes, stream: bool) -> str:
    """The answer's text: the message content, or the deltas of a stream put together."""
    if not stream:
        return str(json.loads(data)["choices"][0]["message"]["content"])
    parts = []
    for line in data.decode("utf-8").splitlines():
        if line.startswith("data: ") and line != "data: [DONE]":
            for choice in json.loads(line[6:]).get("choices", []):
                parts.append(choice.get("delta", {}).get("content") or "")
    return "".join(parts)


def _checker(target: str, prompt: str, stream: bool) -> Callable[[bytes], bool]:
    """What a correct answer holds. Through the gateway, the identifiers' answer names the
    person and the CCCD again (the upstream echoed placeholders; the gateway restored them)
    and holds no placeholder; every other answer was never sent a placeholder (``ông``)."""

    def check(data: bytes) -> bool:
        try:
            text = _content(data, stream)
        except (ValueError, KeyError, IndexError, TypeError):
            return False
        if target == "gateway" and prompt == "identifiers":
            return "Nguyễn Văn An" in text and "001085012345" in text and "[" not in text
        return text.startswith("Kính gửi ông:")

    return check


def run_case(
    target: str,
    server: Any,
    port: int,
    token: str,
    prompt_name: str,
    prompt: str,
    stream: bool,
    n: int,
    c: int,
) -> Result:
    body = {
        "model": MODEL,
        "messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": prompt}],
        "stream": stream,
    }
    cpu_before = cpu_seconds(server.pid)
    latencies, errors, wall = asyncio.run(
        _load(f"http://127.0.0.1:{port}", token, body, n, c, _checker(target, prompt_name, stream))
    )
    cpu = cpu_seconds(server.pid) - cpu_before  # includes the 20 warm-up requests
    return Result(
        target=target,
        prompt=prompt_name,
        stream=stream,
        concurrency=c,
        requests=len(latencies),
        errors=errors,
        per_second=len(latencies) / wall,
        p50_ms=statistics.median(latencies) * 1e3,
        p99_ms=_percentile(latencies, 0.99) * 1e3,
        server_cpu_ms=cpu / (len(latencies) + min(20, n)) * 1e3,
    )


def breakdown(requests: int) -> int:
    """CPU time per request in this one process, without sockets (httpx's ASGI transport):
    the fake upstream alone (the baseline), the gateway in front of it with no audit and with
    the SQLite audit log, and check_prompt alone on the same texts. What the gateway adds
    beyond check_prompt is its own cost (HTTP framework, JSON, upstream client, audit)."""
    import httpx

    from ai_guard import Policy, check_prompt

    workdir = tempfile.mkdtemp(prefix="aig-gateway-cpu-")
    token, _ = new_token(workdir)
    upstream = upstream_app()
    policy = Policy()

    def app(audit: str) -> Any:
        return gateway_app(0, workdir, audit, transport=httpx.ASGITransport(app=upstream))

    async def send(target: Any, body: bytes, n: int) -> None:
        transport = httpx.ASGITransport(app=target)
        headers = {"authorization": f"Bearer {token}"}
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            for _ in range(n):
                answer = await client.post("/v1/chat/completions", content=body, headers=headers)
                if answer.status_code != 200:
                    raise RuntimeError(f"status {answer.status_code}: {answer.text[:200]}")

    def cpu_per_call(fn: Callable[[], object], n: int) -> float:
        fn()
        best = float("inf")
        for _ in range(3):
            t0 = time.process_time()
            for _ in range(n):
                fn()
            best = min(best, (time.process_time() - t0) / n)
        return best * 1e3

    print("CPU ms per request in one process (best of 3), no sockets:")
    print(f"{'prompt':<12}{'stream':<7}{'upstream':>9}{'gw none':>9}{'gw sqlite':>10}"
          f"{'check':>7}{'gateway own':>12}")  # fmt: skip
    gateways = {audit: app(audit) for audit in ("none", "sqlite")}
    for stream in (False, True):
        for name, text in prompts().items():
            messages = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": text}]
            body = json.dumps({"model": MODEL, "messages": messages, "stream": stream}).encode()
            per = max(1, requests // 10)
            direct = cpu_per_call(lambda b=body: asyncio.run(send(upstream, b, 10)), per) / 10
            cost = {
                audit: cpu_per_call(lambda g=g, b=body: asyncio.run(send(g, b, 10)), per) / 10
                for audit, g in gateways.items()
            }
            check = cpu_per_call(lambda t=text: check_prompt(SYSTEM + "\n" + t, policy=policy), 50)
            own = cost["sqlite"] - direct - check
            print(
                f"{name:<12}{'yes' if stream else 'no':<7}{direct:>9.2f}{cost['none']:>9.2f}"
                f"{cost['sqlite']:>10.2f}{check:>7.2f}{own:>12.2f}"
            )
    print(
        "upstream = client + fake upstream alone; gw = client + gateway + fake upstream; "
        "gateway own = gw sqlite - upstream - check_prompt"
    )
    return 0


def new_token(workdir: str) -> tuple[str, Any]:
    """A token in a fresh token file of ``workdir``."""
    from ai_guard.serve.tokens import TokenStore

    return TokenStore(Path(workdir) / "tokens.json", create=True).create(
        unit="Văn phòng", person="Người đo tải", note="benchmarks.gateway_load"
    )


def _better(a: Result | None, b: Result) -> Result:
    """Of two rounds of one case, the faster (the machine is shared: the less disturbed)."""
    return b if a is None or b.p50_ms < a.p50_ms else a


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=400, help="per case and round")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 50])
    parser.add_argument("--rounds", type=int, default=1, help="best of N rounds per case")
    parser.add_argument("--audit", choices=("sqlite", "none"), default="sqlite")
    parser.add_argument(
        "--loop", choices=("asyncio", "uvloop"), default="asyncio", help="the gateway's loop"
    )
    parser.add_argument(
        "--http",
        choices=("h11", "httptools"),
        default="httptools",
        help="the gateway's HTTP parser",
    )
    parser.add_argument("--direct-only", action="store_true")
    parser.add_argument(
        "--breakdown",
        action="store_true",
        help="CPU per request in one process, without sockets, and check_prompt's share",
    )
    parser.add_argument("--no-pin", action="store_true")
    parser.add_argument("--json", action="store_true", help="one JSON document on stdout")
    args = parser.parse_args(argv)
    if args.breakdown:
        return breakdown(args.requests)

    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    pin = len(cpus) >= 2 and not args.no_pin
    gateway_cpus = cpus[:1] if pin else None
    other_cpus = cpus[1:] if pin else None
    if other_cpus:
        os.sched_setaffinity(0, set(other_cpus))  # the client beside the upstream

    texts = prompts()
    from ai_guard import check_prompt

    decisions = {name: check_prompt(text).decision.value for name, text in texts.items()}
    if decisions != {"identifiers": "redact", "clean": "allow"}:
        print(f"unexpected decisions on the prompts: {decisions}", file=sys.stderr)
        return 2

    workdir = tempfile.mkdtemp(prefix="aig-gateway-load-")
    processes = []
    try:
        upstream, upstream_port = start("upstream", other_cpus)
        processes.append(upstream)
        token = "not-needed-by-the-fake-upstream"
        gateway: Any = None
        gateway_port = None
        if not args.direct_only:
            token, _ = new_token(workdir)
            gateway, gateway_port = start(
                "gateway",
                gateway_cpus,
                upstream_port,
                workdir,
                args.audit,
                server=(args.loop, args.http),
            )
            processes.append(gateway)

        best: dict[tuple[str, str, bool, int], Result] = {}
        for _ in range(args.rounds):
            for c in args.concurrency:
                for stream in (False, True):
                    for name, text in texts.items():
                        targets = [("direct", upstream, upstream_port)]
                        if gateway_port is not None:
                            targets.append(("gateway", gateway, gateway_port))
                        for target, server, port in targets:
                            n = max(args.requests, 4 * c)
                            result = run_case(target, server, port, token, name, text, stream, n, c)
                            key = (target, name, stream, c)
                            best[key] = _better(best.get(key), result)
    finally:
        for process in processes:
            process.terminate()
            process.join(10)

    results = list(best.values())
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    if args.json:
        print(json.dumps({"pinned": pin, "audit": args.audit, "loop": args.loop,
                          "http": args.http, "loadavg": load,
                          "results": [asdict(r) for r in results]}, indent=2))  # fmt: skip
        return 0 if not any(r.errors for r in results) else 1
    print(
        f"gateway pinned to CPU {gateway_cpus}, upstream and client on {other_cpus}"
        if pin
        else "no pinning (fewer than 2 CPUs or --no-pin)"
    )
    print(
        f"audit: {args.audit}; gateway on uvicorn with {args.loop} and {args.http}; "
        f"load average {load[0]:.2f}; {args.rounds} round(s)"
    )
    header = (
        f"{'prompt':<12}{'stream':<7}{'conc':>4} |{'direct/s':>9}{'p50':>7}{'p99':>7}{'cpu':>6} |"
        f"{'gateway/s':>10}{'p50':>7}{'p99':>7}{'cpu':>6}{'1 core/s':>9} |"
        f"{'added p50':>10}{'p99':>7} | errors"
    )
    print(header)
    for c in args.concurrency:
        for stream in (False, True):
            for name in texts:
                d = best[("direct", name, stream, c)]
                line = (
                    f"{name:<12}{'yes' if stream else 'no':<7}{c:>4} |{d.per_second:>9.0f}"
                    f"{d.p50_ms:>7.1f}{d.p99_ms:>7.1f}{d.server_cpu_ms:>6.2f} |"
                )
                g = best.get(("gateway", name, stream, c))
                errors = d.errors
                if g is not None:
                    errors += g.errors
                    per_core = 1e3 / g.server_cpu_ms if g.server_cpu_ms else float("nan")
                    line += (
                        f"{g.per_second:>10.0f}{g.p50_ms:>7.1f}{g.p99_ms:>7.1f}"
                        f"{g.server_cpu_ms:>6.2f}{per_core:>9.0f} |"
                        f"{g.p50_ms - d.p50_ms:>10.1f}{g.p99_ms - d.p99_ms:>7.1f} |"
                    )
                print(line + f" {errors}")
    print(
        "latencies in ms to the last byte of the answer; cpu = the answering server's CPU ms "
        "per request (gateway, or the fake upstream when direct); 1 core/s = 1000 / gateway "
        "cpu: requests per second one core can serve; added = gateway - direct"
    )
    return 0 if not any(r.errors for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
