"""Speed of check_prompt, as ratios against baselines measured in the same run.

* throughput on 1 MB of mixed Vietnamese administrative text (target >= 10 MB/s), against a
  single digit-run regex pass over the same text (the cheapest useful scan);
* median latency of a 2 KB prompt (target <= 1 ms), against ``str.lower`` on it;
* ``python -c "import ai_guard"`` (target <= 150 ms), against ``python -c pass``.

    python -m benchmarks.speed [--size-mb 1] [--repeat 5]
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import time

from ai_guard import check_prompt
from benchmarks.corpus import corpus_prompt, mixed_text, prose_text


def _best(fn: object, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        best = min(best, time.perf_counter() - t0)
    return best


def _median_latency(fn: object, n: int) -> float:
    samples = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def _startup(code: str, n: int) -> float:
    samples = []
    for _ in range(n):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--size-mb", type=float, default=1.0)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)

    text = mixed_text(int(args.size_mb * 1_000_000))
    nbytes = len(text.encode("utf-8"))
    check_prompt(text[:5000])  # warm caches, lexicons, lazy imports
    digits = re.compile(r"\d[\d .\-]*")
    t_base = _best(lambda: digits.findall(text), args.repeat)
    t_full = _best(lambda: check_prompt(text), args.repeat)
    n_findings = len(check_prompt(text).findings)
    print(
        f"throughput: {nbytes / t_full / 1e6:.2f} MB/s on {nbytes / 1e6:.2f} MB "
        f"({n_findings} findings); baseline digit regex {nbytes / t_base / 1e6:.1f} MB/s; "
        f"ratio check_prompt/baseline = {t_full / t_base:.1f}x"
    )

    prose = prose_text(int(args.size_mb * 1_000_000))
    pbytes = len(prose.encode("utf-8"))
    t_prose = _best(lambda: check_prompt(prose), args.repeat)
    t_prose_base = _best(lambda: digits.findall(prose), args.repeat)
    print(
        f"throughput, prose without personal data: {pbytes / t_prose / 1e6:.2f} MB/s; ratio "
        f"check_prompt/baseline = {t_prose / t_prose_base:.1f}x"
    )

    for label, prompt in (
        ("dense generated", mixed_text(2100, seed=7)[:2048]),
        ("labelled corpus", corpus_prompt(2048)),
    ):
        lat = _median_latency(lambda p=prompt: check_prompt(p), 500)  # type: ignore[misc]
        lat_base = _median_latency(lambda p=prompt: p.lower(), 500)  # type: ignore[misc]
        n = len(check_prompt(prompt).findings)
        print(
            f"latency 2 KB prompt ({label}, {n} findings): median {lat * 1e3:.3f} ms; "
            f"baseline str.lower {lat_base * 1e6:.2f} us; ratio {lat / lat_base:.0f}x"
        )

    imp = _startup("import ai_guard", 7)
    base = _startup("pass", 7)
    full = _startup("from ai_guard import check_prompt; check_prompt('x')", 5)
    print(
        f"import ai_guard: {imp * 1e3:.0f} ms (python -c pass {base * 1e3:.0f} ms; "
        f"ratio {imp / base:.2f}x); first check_prompt incl. imports {full * 1e3:.0f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
