"""What guarding an SDK client costs per call, as a ratio against the same SDK unguarded.

Both clients are the real OpenAI SDK with its HTTP transport replaced by a local fake (no
network), sending the same chat request; the guarded one reads every argument, checks the
texts, sends the redacted request through the net and restores the answer. A third line
isolates ``check_prompt`` on the same texts, the floor of any guard.

    python -m benchmarks.guarded_client [--calls 200]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from typing import Any

from ai_guard import Policy, check_prompt

# the sensitive prompt is the point: the benchmark times what the guard does with it
PROMPT = (  # ai-guard: ignore[AIG105]
    "Soạn thư trả lời ông Nguyễn Văn An, CCCD 001085012345, SĐT 0912345678, về hồ sơ thi hành "
    "án số 318/QĐ-CCTHADS; nêu rõ thời hạn và quyền khiếu nại."
)
SYSTEM = "Bạn là trợ lý văn thư của Chi cục Thi hành án dân sự."
ANSWER = {
    "id": "c1", "object": "chat.completion", "created": 0, "model": "m",
    "choices": [{"index": 0, "finish_reason": "stop",
                 "message": {"role": "assistant", "content": "Kính gửi ông [PERSON_1]."}}],
}  # fmt: skip


def _client(guarded: bool) -> Any:
    import httpx2
    import openai

    def handler(request: httpx2.Request) -> httpx2.Response:
        json.loads(request.content)
        return httpx2.Response(200, json=ANSWER)

    raw = openai.OpenAI(
        api_key="sk-bench", base_url="http://fake.local/v1", max_retries=0,
        http_client=httpx2.Client(transport=httpx2.MockTransport(handler)),
    )  # fmt: skip
    if not guarded:
        return raw
    from ai_guard.integrations.openai import guard_client

    return guard_client(raw, policy=Policy(load_plugins=False))


def _median(fn: Callable[[], object], calls: int) -> float:
    fn()  # warm: imports, compiled patterns
    times = []
    for _ in range(calls):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=200)
    args = parser.parse_args(argv)
    messages = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": PROMPT}]
    policy = Policy(load_plugins=False)
    raw, guarded = _client(False), _client(True)

    def send(client: Any) -> Callable[[], object]:
        # the raw client is the baseline, on a fake transport: nothing leaves the process
        create = client.chat.completions.create
        return lambda: create(model="m", messages=messages)  # ai-guard: ignore[AIG101]

    base = _median(send(raw), args.calls)
    check = _median(lambda: check_prompt(SYSTEM + "\n" + PROMPT, policy=policy), args.calls)
    full = _median(send(guarded), args.calls)
    print(f"unguarded SDK call (fake transport): median {base * 1e3:.3f} ms")
    print(f"check_prompt on the same texts: median {check * 1e3:.3f} ms")
    print(
        f"guarded SDK call: median {full * 1e3:.3f} ms; ratio guarded/unguarded "
        f"{full / base:.2f}x; guard overhead beyond check_prompt "
        f"{(full - base - check) * 1e3:.3f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
