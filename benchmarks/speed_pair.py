"""check_prompt of two source trees, side by side: ratios that survive a shared machine.

Two worker processes, one importing ``ai_guard`` from ``--base`` (e.g. a git worktree of main),
one from ``--new`` (default: this checkout's ``src``), are handed the same case in turn, round
after round (the order alternates), and each keeps its best CPU time (process time). Both sides
live through the same load, so the ratio holds where absolute figures move by 2x.

Cases: the dense megabyte (``mixed_text``), a megabyte of prose (``prose_text``), the 2 KB
corpus prompt (median of 100 calls), ``presidio_compare``'s 1,650 short prompts (300 KB of
``mixed_text`` cut at clause ends), and 250 KB of ``citizens_table`` (a finding every ~20
bytes) as rows on one line (``table``) and as a CSV file with a header (``csv``).

    python -m benchmarks.speed_pair --base ../wt-main/src [--new src] [--rounds 4]
        [--cases dense,table]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

CASES = ("dense", "prose", "p2k", "short", "table", "csv")
TABLE_BYTES = 250_000
_ROOT = Path(__file__).resolve().parent.parent


def _texts(case: str) -> list[str]:
    from benchmarks.corpus import citizens_table, corpus_prompt, mixed_text, prose_text
    from benchmarks.presidio_compare import short_prompts

    if case == "dense":
        return [mixed_text(1_000_000)]
    if case == "prose":
        return [prose_text(1_000_000)]
    if case == "p2k":
        return [corpus_prompt(2048)] * 100
    if case in ("table", "csv"):
        return [citizens_table(TABLE_BYTES, csv=case == "csv")]
    return short_prompts()


def _worker() -> int:
    """Read case names on stdin, answer each with its CPU time on stdout (one JSON number)."""
    from ai_guard import check_prompt

    cases: dict[str, list[str]] = {}
    check_prompt(_texts("dense")[0][:5000])  # lexicons, lazy imports
    for line in sys.stdin:
        case = line.strip()
        if case not in cases:
            cases[case] = _texts(case)  # built on first request: its time is not measured
        texts = cases[case]
        if case == "p2k":
            samples = []
            for t in texts:
                t0 = time.process_time()
                check_prompt(t)
                samples.append(time.process_time() - t0)
            spent = statistics.median(samples)
        else:
            t0 = time.process_time()
            for t in texts:
                check_prompt(t)
            spent = time.process_time() - t0
        print(json.dumps(spent), flush=True)
    return 0


def _spawn(src: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([src, str(_ROOT)]))
    return subprocess.Popen(
        [sys.executable, "-m", "benchmarks.speed_pair", "--worker"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=_ROOT,
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--base", help="the src directory of the tree to compare against")
    ap.add_argument("--new", default=str(_ROOT / "src"), help="the src directory measured")
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument(
        "--cases", default=",".join(CASES), help="comma-separated, of " + ",".join(CASES)
    )
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        return _worker()
    if not args.base:
        ap.error("--base is required (e.g. the src of a git worktree of main)")
    cases = [c.strip() for c in args.cases.split(",") if c.strip()]
    unknown = [c for c in cases if c not in CASES]
    if unknown or not cases:
        ap.error(f"unknown case(s) {unknown}: choose among {', '.join(CASES)}")
    workers = {"base": _spawn(args.base), "new": _spawn(args.new)}
    best: dict[tuple[str, str], float] = {}
    for r in range(args.rounds):
        for case in cases:
            for side in ("base", "new") if r % 2 == 0 else ("new", "base"):
                proc = workers[side]
                assert proc.stdin is not None
                assert proc.stdout is not None
                proc.stdin.write(case + "\n")
                proc.stdin.flush()
                spent = float(json.loads(proc.stdout.readline()))
                best[side, case] = min(best.get((side, case), spent), spent)
    for proc in workers.values():
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait()
    units = {"p2k": "ms", "short": "us a prompt"}
    n_short = len(_texts("short"))
    for case in cases:
        b, n = best["base", case], best["new", case]
        if case not in units:
            size = len(_texts(case)[0].encode("utf-8")) / 1e6
            fig_b, fig_n = size / b, size / n
        elif case == "p2k":
            fig_b, fig_n = b * 1e3, n * 1e3
        else:
            fig_b, fig_n = b / n_short * 1e6, n / n_short * 1e6
        print(
            f"{case:6s} base {fig_b:8.3f}  new {fig_n:8.3f} {units.get(case, 'MB/s'):12s} "
            f"new is {b / n:.2f}x as fast"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
