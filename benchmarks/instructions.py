"""check_prompt's cost in instructions (valgrind): the same count whatever the machine's load.

Runs one case under ``valgrind --tool=cachegrind`` twice, with 0 and with N passes after a warm
call, and prints the difference divided by N: the instructions of one pass, start-up and
imports left out. Deterministic for the same tree, inputs and N (the count per pass moves a
little with N, as caches warm: compare two trees at the same N). Needs valgrind.

Cases: ``p2k`` (the 2 KB corpus prompt), ``prose`` and ``dense`` (50 KB of each speed text),
``short`` (the first 100 of ``presidio_compare``'s short prompts, one pass = all 100).

    python -m benchmarks.instructions [--tree DIR] [--passes 5] p2k short prose dense
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

CASES = ("p2k", "short", "prose", "dense")
_ROOT = Path(__file__).resolve().parent.parent
#: valgrind's summary line: "==12345== I refs:      1,234,567" (the pid is not the count)
_REFS = re.compile(r"^==\d+==\s+I\s+refs:\s+([\d,]+)\s*$", re.MULTILINE)

_WORKER = """
import sys
from ai_guard import check_prompt
from benchmarks.corpus import corpus_prompt, mixed_text, prose_text
case, n = sys.argv[1], int(sys.argv[2])
if case == "short":
    from benchmarks.presidio_compare import short_prompts
    texts = short_prompts()[:100]
else:
    texts = [{"p2k": lambda: corpus_prompt(2048), "prose": lambda: prose_text(50_000),
              "dense": lambda: mixed_text(50_000)}[case]()]
for t in texts:
    check_prompt(t)
for _ in range(n):
    for t in texts:
        check_prompt(t)
"""


def instruction_refs(valgrind_output: str) -> int:
    """The instruction count of a cachegrind run's summary (raises ValueError if absent)."""
    m = _REFS.search(valgrind_output)
    if m is None:
        raise ValueError("no 'I refs' line in valgrind's output / không thấy dòng 'I refs'")
    return int(m.group(1).replace(",", ""))


def _count(tree: Path, case: str, passes: int) -> int:
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONPATH=f"{tree / 'src'}{os.pathsep}{_ROOT}")
    done = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
         sys.executable, "-c", _WORKER, case, str(passes)],
        capture_output=True, text=True, env=env, check=True, cwd=_ROOT,
    )  # fmt: skip
    return instruction_refs(done.stderr)


def per_pass(tree: Path, case: str, passes: int) -> float:
    """Instructions of one pass of ``case`` with ``tree``'s sources."""
    return (_count(tree, case, passes) - _count(tree, case, 0)) / passes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("cases", nargs="*", default=list(CASES), choices=CASES)
    ap.add_argument("--tree", type=Path, default=_ROOT, help="a checkout (its src/ is used)")
    ap.add_argument("--passes", type=int, default=5)
    args = ap.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind not found / không tìm thấy valgrind", file=sys.stderr)
        return 2
    for case in args.cases:
        print(f"{case}: {per_pass(args.tree, case, args.passes) / 1e6:.2f}M instructions a pass")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
