"""check_prompt's cost in instructions (valgrind): the same count whatever the machine's load.

Runs one case under ``valgrind --tool=cachegrind`` twice, with 0 and with N passes after a warm
call, and prints the difference divided by N: the instructions of one pass, start-up and
imports left out. Deterministic for the same tree, inputs and N (the count per pass moves a
little with N, as caches warm: compare two trees at the same N). Needs valgrind.

Cases: ``p2k`` (the 2 KB corpus prompt), ``prose`` and ``dense`` (50 KB of each speed text),
``short`` (the first 100 of ``presidio_compare``'s short prompts, one pass = all 100).

    python -m benchmarks.instructions [--tree DIR] [--passes 5] p2k short prose dense

``--by-phase`` (callgrind) counts the same passes per detector and per engine phase: a marker
call (``os.getppid``, which callgrind is told to dump before) opens each detector's call and
each phase of the engine (the Document and the active set, the caches' release, the typing
and disguises readings with the detectors they run again, the deny list and overlaps, the
check after detection: findings, public roles, redaction), and the worker reads each dump
between the marker and a second call (``os.getpid``, zeroed before) so that reading it counts
nowhere. A detector its gate skips opens no segment. ``--base DIR`` adds a second tree's
counts and the difference. The segments' sum is the pass less the markers' own cost:

    python -m benchmarks.instructions --by-phase --passes 2 [--base DIR] [--tree DIR] p2k short
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
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


_PHASE_WORKER = """
import os, sys
import ai_guard.prompt.engine as engine
from ai_guard import check_prompt
from benchmarks.corpus import corpus_prompt, mixed_text, prose_text
case, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
if case == "short":
    from benchmarks.presidio_compare import short_prompts
    texts = short_prompts()[:100]
else:
    texts = [{"p2k": lambda: corpus_prompt(2048), "prose": lambda: prose_text(50_000),
              "dense": lambda: mixed_text(50_000)}[case]()]
state = {"on": False, "label": "", "prefix": "", "dumps": 0}
sums, calls = {}, {}
pid = os.getpid()

def mark(label):
    if not state["on"]:
        return
    os.getppid()  # callgrind dumps the segment that ends here
    state["dumps"] += 1
    path = f"{out}.{pid}.{state['dumps']}"
    with open(path, encoding="utf-8") as f:
        ir = next(int(x.split()[1]) for x in f if x.startswith("summary:"))
    os.unlink(path)
    last = state["label"]
    sums[last] = sums.get(last, 0) + ir
    calls[last] = calls.get(last, 0) + 1
    state["label"] = state["prefix"] + label
    os.getpid()  # callgrind zeroes: the reading above counts nowhere

class Marked:
    def __init__(self, det):
        self._det = det
        self.id = getattr(det, "id", type(det).__name__)
        if hasattr(det, "text_needs"):
            self.text_needs = det.text_needs
    def __getattr__(self, name):
        return getattr(self._det, name)
    def detect(self, doc):
        mark(self.id)
        return self._det.detect(doc)

def around(name, label, prefix=None, after=None, read=None):
    orig = getattr(engine, name, None)
    if orig is None:
        return
    def wrapped(*a, **k):
        mark(label)
        if prefix is not None:
            state["prefix"] = prefix
        r = orig(*a, **k)
        if read is not None and r is not None:  # (a reading made: its detectors' prefix)
            state["prefix"] = read
        if prefix is not None:
            state["prefix"] = ""
        if after is not None:
            mark(after)
        return r
    setattr(engine, name, wrapped)

_active, _wrapped = engine._active, {}
def active(policy):
    gated, failures = _active(policy)
    key = id(gated)
    if key not in _wrapped:
        _wrapped.clear()
        _wrapped[key] = (gated, [(Marked(d), needs) for d, needs in gated])
    return _wrapped[key][1], failures
engine._active = active
after = "engine: after detection (findings, public roles, redaction)"
around("_detect", "engine: Document, active set", after=after)
around("_release", "engine: release caches")
around("_untyped_reading", "engine: typing reading", read="typing/")
around("_stretched_reading", "engine: stretched reading", read="stretched/")
around("_disguised_reading", "engine: disguises reading", read="disguise/")
around("_read_disguises", "engine: disguises reading", prefix="disguise/")  # (older trees)
around("_deny_detections", "engine: deny list, min score")
around("_resolve", "engine: resolve overlaps")
for t in texts:
    check_prompt(t)
state["on"] = True
state["label"] = "(start)"
mark("check_prompt: entry")
for i in range(n):
    for j, t in enumerate(texts):
        if i or j:
            mark("check_prompt: entry")
        state["prefix"] = ""
        check_prompt(t)
mark("(end)")
for label, ir in sums.items():
    if label != "(start)":
        print(f"{ir}\t{calls[label]}\t{label}")
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


def by_phase(tree: Path, case: str, passes: int) -> dict[str, tuple[float, float]]:
    """Instructions and calls a pass of ``case`` per detector and engine phase (callgrind)."""
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONPATH=f"{tree / 'src'}{os.pathsep}{_ROOT}")
    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / "cg")
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", "--dump-before=getppid", "--zero-before=getpid",
             "--dump-instr=no", "--dump-line=no", "--compress-strings=no",
             f"--callgrind-out-file={out}.%p", sys.executable, "-c", _PHASE_WORKER, case,
             str(passes), out],
            capture_output=True, text=True, env=env, check=True, cwd=_ROOT,
        )  # fmt: skip
    phases: dict[str, tuple[float, float]] = {}
    for line in done.stdout.splitlines():
        ir, calls, label = line.split("\t", 2)
        phases[label] = (int(ir) / passes, int(calls) / passes)
    return phases


def phase_table(
    case: str, tree: dict[str, tuple[float, float]], base: dict[str, tuple[float, float]] | None
) -> list[str]:
    """Rows for :func:`by_phase`'s counts, the largest first (with a base: its column and the
    difference, the largest growth first)."""
    total = sum(ir for ir, _ in tree.values())
    if base is None:
        rows = [f"{case}: {total / 1e6:.3f}M instructions a pass in the segments"]
        for label, (ir, n) in sorted(tree.items(), key=lambda kv: -kv[1][0]):
            rows.append(f"  {ir / 1e3:10.1f}k  {n:6.1f} calls  {label}")
        return rows
    btotal = sum(ir for ir, _ in base.values())
    rows = [
        f"{case}: {btotal / 1e6:.3f}M -> {total / 1e6:.3f}M instructions a pass in the segments"
        f" ({(total - btotal) / 1e3:+.1f}k)",
        f"  {'base':>10}  {'tree':>10}  {'change':>9}  calls (base -> tree)  phase",
    ]
    labels = set(tree) | set(base)

    def growth(label: str) -> float:
        return tree.get(label, (0.0, 0.0))[0] - base.get(label, (0.0, 0.0))[0]

    for label in sorted(labels, key=lambda x: -growth(x)):
        (ir, n), (bir, bn) = tree.get(label, (0.0, 0.0)), base.get(label, (0.0, 0.0))
        rows.append(
            f"  {bir / 1e3:9.1f}k  {ir / 1e3:9.1f}k  {(ir - bir) / 1e3:+8.1f}k"
            f"  {bn:5.1f} -> {n:5.1f}  {label}"
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("cases", nargs="*", default=list(CASES), choices=CASES)
    ap.add_argument("--tree", type=Path, default=_ROOT, help="a checkout (its src/ is used)")
    ap.add_argument("--passes", type=int, default=5)
    ap.add_argument(
        "--by-phase", action="store_true", help="per detector and engine phase (callgrind)"
    )
    ap.add_argument("--base", type=Path, help="with --by-phase: a second tree to compare")
    args = ap.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind not found / không tìm thấy valgrind", file=sys.stderr)
        return 2
    if args.by_phase:
        for case in args.cases:
            base = by_phase(args.base, case, args.passes) if args.base is not None else None
            for row in phase_table(case, by_phase(args.tree, case, args.passes), base):
                print(row)
        return 0
    for case in args.cases:
        print(f"{case}: {per_pass(args.tree, case, args.passes) / 1e6:.2f}M instructions a pass")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
