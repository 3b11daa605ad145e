"""Is check_prompt linear in the size of its input, in time and in memory? Ratios in one run.

Cases (``benchmarks.corpus``):

* dense: ``mixed_text`` (an identifier, a name or an address every ~100 characters) at 250 KB,
  1 MB and 4 MB; target: 4 MB within 4.5x the time of 1 MB;
* one line: the same texts with every newline read as a space (a file with no line break: a
  5 MB one took 58 s and 675 MB before issue 14);
* prose: ``prose_text`` at 1 MB (numbers, law references, no personal data);
* table and csv: ``citizens_table`` (a name, a CCCD, a phone number and an e-mail address a row
  of ~100 bytes: a finding every ~20 bytes) at 250 KB and 1 MB, as rows on one line and as a
  CSV file with a header row; target: 1 MB within 4.5x the time of 250 KB.

Sizes alternate round after round and each keeps its best CPU time (process time: on a shared
machine, wall-clock time also counts the turns other processes take), so the ratios come from
one run. Memory (``--memory``): the tracemalloc peak of one check_prompt, and
the growth of the peak resident set (ru_maxrss) of a fresh subprocess across that call, both
over the input's UTF-8 size; target under 20x. ``--profile``: cProfile of 1 MB and 4 MB
(``--profile-case``), the functions whose own time grows more than 4.5x from one to the other
(the superlinear part), heaviest first.

    python -m benchmarks.scaling [--repeat 3] [--memory] [--profile] [--max-mb 4]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable

from benchmarks.corpus import citizens_table, mixed_text, prose_text

LINEAR_TARGET = 4.5  # 4x the text within this many times the time
MEMORY_TARGET = 20.0  # peak memory under this many times the input's UTF-8 size


def one_line(text: str) -> str:
    """The same text with no line break: every newline read as a space (same length)."""
    return text.replace("\r", " ").replace("\n", " ")


def make_case(case: str, size_bytes: int) -> str:
    """The text of a case: ``dense``, ``oneline``, ``prose``, ``table`` or ``csv`` of about
    ``size_bytes``."""
    if case == "dense":
        return mixed_text(size_bytes)
    if case == "oneline":
        return one_line(mixed_text(size_bytes))
    if case == "prose":
        return prose_text(size_bytes)
    if case in ("table", "csv"):
        return citizens_table(size_bytes, csv=case == "csv")
    raise ValueError(f"unknown case {case!r}")


def growth(small: float, large: float) -> float:
    """How many times ``large`` is ``small`` (inf when small is zero and large is not)."""
    if small <= 0:
        return float("inf") if large > 0 else 1.0
    return large / small


def superlinear(
    small: dict[str, float], large: dict[str, float], *, factor: float, limit: float, floor: float
) -> list[tuple[str, float, float, float]]:
    """Functions whose time grows more than ``limit`` when the input grows ``factor`` times.

    ``small`` and ``large`` map a function to its own time at each size. Functions under
    ``floor`` seconds at the large size are noise and left out. Rows are (function, time small,
    time large, growth normalised so that linear is ``factor``), heaviest excess first.
    """
    rows = []
    for fn, t_large in large.items():
        if t_large < floor:
            continue
        t_small = small.get(fn, 0.0)
        g = growth(t_small, t_large)
        if g > limit:
            rows.append((fn, t_small, t_large, g))
    rows.sort(key=lambda r: -(r[2] - r[1] * factor))
    return rows


def _best_alternating(
    fns: dict[str, Callable[[], object]], repeat: int, budget_s: float
) -> dict[str, float]:
    best = {name: float("inf") for name in fns}
    start = time.perf_counter()
    for i in range(repeat):
        for name, fn in fns.items():
            t0 = time.process_time()
            fn()
            best[name] = min(best[name], time.process_time() - t0)
        if i and time.perf_counter() - start > budget_s:
            break
    return best


def _label(key: tuple[str, int, str]) -> str:
    path, line, name = key
    short = path.split("/src/")[-1] if "/src/" in path else path.rsplit("/", 1)[-1]
    return f"{short}:{line}({name})"


def _own_times(text: str) -> tuple[dict[str, float], dict[str, str]]:
    """cProfile of one check_prompt: each function's own time, and its heaviest caller."""
    from ai_guard import check_prompt

    # CPU time, not wall time: on a shared machine a wall-clock profile charges other
    # processes' turns to whatever function was running, and "superlinear" rows are noise
    prof = cProfile.Profile(time.process_time)
    prof.enable()
    check_prompt(text)
    prof.disable()
    stats = pstats.Stats(prof)
    own: dict[str, float] = {}
    caller: dict[str, str] = {}
    for key, row in stats.stats.items():  # type: ignore[attr-defined]
        label = _label(key)
        own[label] = row[2]
        callers = row[4]
        if callers:
            top = max(callers.items(), key=lambda kv: kv[1][2])[0]
            caller[label] = _label(top)
    return own, caller


_CHILD = """
import json, resource, sys
from ai_guard import check_prompt
from benchmarks.scaling import make_case, peak_rss_kb, reset_peak_rss
text = make_case(sys.argv[1], int(sys.argv[2]))
check_prompt(text[:5000])
exact = reset_peak_rss()
before = peak_rss_kb()
check_prompt(text)
after = peak_rss_kb()
print(json.dumps({"bytes": len(text.encode("utf-8")), "before_kb": before, "after_kb": after,
                  "exact": exact}))
"""


def reset_peak_rss() -> bool:
    """Reset this process's peak resident set to its current size (Linux /proc, else False).

    ru_maxrss cannot be reset, and a child process starts with its parent's peak (fork keeps
    it, exec too), so a delta of it can read zero: the kernel's high-water mark can be reset.
    """
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
    except OSError:
        return False
    return True


def peak_rss_kb() -> int:
    """The peak resident set of this process in KB (VmHWM where /proc has it, else ru_maxrss)."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def rss_growth(case: str, size_bytes: int) -> dict[str, int]:
    """In a fresh interpreter: peak RSS (KB) before and after one check_prompt of the case."""
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, case, str(size_bytes)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    result: dict[str, int] = json.loads(out.strip().splitlines()[-1])
    return result


def tracemalloc_peak(text: str) -> int:
    """Bytes allocated at the peak of one check_prompt, the input itself not counted."""
    from ai_guard import check_prompt

    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        check_prompt(text)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="best of this many rounds")
    ap.add_argument("--max-mb", type=float, default=4.0, help="the large size (MB)")
    ap.add_argument("--budget", type=float, default=240.0, help="stop repeating after (s)")
    ap.add_argument("--memory", action="store_true", help="tracemalloc peak and RSS growth")
    ap.add_argument("--profile", action="store_true", help="cProfile: what grows superlinearly")
    ap.add_argument(
        "--profile-case", default="oneline", choices=["dense", "oneline", "prose", "table", "csv"]
    )
    args = ap.parse_args(argv)

    from ai_guard import check_prompt

    large = int(args.max_mb * 1_000_000)
    mid = large // 4
    small = mid // 4
    texts = {
        f"dense {small // 1000} KB": make_case("dense", small),
        f"dense {mid // 1000} KB": make_case("dense", mid),
        f"dense {large // 1000} KB": make_case("dense", large),
        f"one line {mid // 1000} KB": make_case("oneline", mid),
        f"one line {large // 1000} KB": make_case("oneline", large),
        f"prose {mid // 1000} KB": make_case("prose", mid),
        f"table {small // 1000} KB": make_case("table", small),
        f"table {mid // 1000} KB": make_case("table", mid),
        f"csv {small // 1000} KB": make_case("csv", small),
        f"csv {mid // 1000} KB": make_case("csv", mid),
    }
    check_prompt(texts[f"dense {small // 1000} KB"][:5000])  # lexicons, lazy imports
    fns: dict[str, Callable[[], object]] = {
        name: (lambda t=text: check_prompt(t))  # type: ignore[misc]
        for name, text in texts.items()
    }
    best = _best_alternating(fns, args.repeat, args.budget)
    print(f"CPU time, best of up to {args.repeat} alternating rounds:")
    for name, t in best.items():
        nbytes = len(texts[name].encode("utf-8"))
        print(f"  {name:>18}: {t:7.2f} s  {nbytes / t / 1e6:5.2f} MB/s")
    keys = list(texts)
    pairs = ((0, 1), (1, 2), (3, 4), (6, 7), (8, 9))
    for a, b in ((keys[i], keys[j]) for i, j in pairs):
        g = growth(best[a], best[b])
        verdict = "ok" if g <= LINEAR_TARGET else "SUPERLINEAR"
        print(f"  {b} / {a}: {g:.2f}x the time for 4x the text ({verdict}, target <= 4.5x)")

    if args.memory:
        print("memory over the input's UTF-8 size (target < 20x):")
        for case, size in (
            ("dense", mid),
            ("dense", large),
            ("oneline", large),
            ("prose", mid),
            ("table", mid),
            ("csv", mid),
        ):
            text = make_case(case, size)
            nbytes = len(text.encode("utf-8"))
            peak = tracemalloc_peak(text)
            rss = rss_growth(case, size)
            d_rss = (rss["after_kb"] - rss["before_kb"]) * 1024
            print(
                f"  {case:>7} {size // 1000:>5} KB: tracemalloc peak {peak / 1e6:7.1f} MB "
                f"({peak / nbytes:5.1f}x); RSS +{d_rss / 1e6:7.1f} MB ({d_rss / nbytes:5.1f}x), "
                f"peak {rss['after_kb'] / 1e3:.0f} MB"
            )

    if args.profile:
        t_mid, _ = _own_times(make_case(args.profile_case, mid))
        t_large, callers = _own_times(make_case(args.profile_case, large))
        floor = 0.02 * sum(t_large.values()) / 10
        rows = superlinear(t_mid, t_large, factor=4.0, limit=LINEAR_TARGET, floor=floor)
        total_mid, total_large = sum(t_mid.values()), sum(t_large.values())
        print(
            f"profile {args.profile_case}: {total_mid:.2f} s at {mid // 1000} KB, "
            f"{total_large:.2f} s at {large // 1000} KB ({growth(total_mid, total_large):.2f}x); "
            f"functions growing more than {LINEAR_TARGET}x (own time):"
        )
        for fn, a, b, g in rows[:15]:
            print(f"  {g:6.1f}x  {a:6.3f} s -> {b:6.3f} s  {fn}  <- {callers.get(fn, '?')}")
        if not rows:
            print("  none")
        top = sorted(t_large.items(), key=lambda kv: -kv[1])[:12]
        print(f"top own time at {large // 1000} KB:")
        for fn, b in top:
            print(f"  {b:6.3f} s ({growth(t_mid.get(fn, 0.0), b):5.1f}x)  {fn}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
