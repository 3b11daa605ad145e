"""Speed of the code scanner: a generated tree of 2,000 Python files, against bandit.

In one run: ``ai-guard scan TREE --format json`` and ``bandit -r TREE -q -f json`` (when bandit
is installed: ``pip install bandit`` in the same environment; it is not a dependency), both as
subprocesses, best of ``--repeat``; and the start-up of one hook run on one file
(``ai-guard-scan file.py``) against ``python -c pass``.

    python -m benchmarks.scan_speed [--files 2000] [--repeat 3]

``--tree DIR`` scans a real tree instead (a public repository fetched by hand, never
committed; not run in CI), with bandit on the same tree in the same run, each under
``--timeout`` seconds (a scan that does not finish is reported, not waited for):

    git clone --depth 1 <a public repository> /tmp/anthropic-cookbook
    python -m benchmarks.scan_speed --tree /tmp/anthropic-cookbook --repeat 2

The current figures are written in one place, docs/scanner.md.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_TEMPLATES = [
    """from openai import OpenAI
from ai_guard import check_prompt

client = OpenAI()


def reply_{i}(letter: str) -> str:
    text = check_prompt(letter).redacted_text
    r = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{{"role": "user", "content": text}}]
    )
    return r.choices[0].message.content
""",
    """import json
import os


def load_{i}(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    total = sum(int(v) for v in data.values() if str(v).isdigit())
    return {{"total": total, "name": os.path.basename(path), "n": {i}}}


class Report{i}:
    def __init__(self, rows: list) -> None:
        self.rows = rows

    def render(self) -> str:
        return "\\n".join(f"{{r['id']}}: {{r['value']}}" for r in self.rows)
""",
    """import anthropic

claude = anthropic.Anthropic()
SYSTEM = "Bạn là trợ lý soạn thảo văn bản hành chính."


def ask_{i}(q: str) -> str:
    msg = claude.messages.create(model="claude", max_tokens=500, system=SYSTEM,
                                 messages=[{{"role": "user", "content": q}}])
    return msg.content[0].text
""",
]


def make_tree(root: Path, n: int) -> None:
    rng = random.Random(5)
    for i in range(n):
        folder = root / f"pkg{i // 100:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"mod{i:04d}.py").write_text(rng.choice(_TEMPLATES).format(i=i), "utf-8")


def best(cmd: list[str], repeat: int, timeout: float | None = None) -> tuple[float, int]:
    """Best time of ``repeat`` runs and the last exit code; ``(inf, -1)`` when a run does not
    finish within ``timeout`` seconds."""
    times = []
    code = 0
    for _ in range(repeat):
        t = time.perf_counter()
        try:
            proc = subprocess.run(cmd, capture_output=True, check=False, timeout=timeout)
        except subprocess.TimeoutExpired:
            return float("inf"), -1
        times.append(time.perf_counter() - t)
        code = proc.returncode
    return min(times), code


def count_files(root: Path) -> dict[str, int]:
    """The files of the tree the scanner reads, by kind (suffix; ``.env*`` as ``.env``)."""
    from collections import Counter

    from ai_guard.scan import SUFFIXES, _files

    kinds: Counter[str] = Counter()
    for path in _files([str(root)]):
        name = Path(path).name.lower()
        kinds[".env" if name.startswith(".env") else Path(name).suffix or name] += 1
    assert all(k in SUFFIXES for k in kinds)
    return dict(kinds.most_common())


def real_tree(root: Path, repeat: int, timeout: float) -> None:
    """ai-guard and bandit on a real tree, in the same run."""
    kinds = count_files(root)
    print(f"{root}: {sum(kinds.values())} files the scanner reads {kinds}")
    ours, code = best([sys.executable, "-m", "ai_guard", "scan", str(root), "--format", "json"],
                      repeat, timeout)  # fmt: skip
    if ours == float("inf"):
        print(f"ai-guard scan: did not finish within {timeout:.0f} s")
        return
    print(f"ai-guard scan: {ours:.2f} s (exit {code})")
    bandit = shutil.which("bandit") or str(Path(sys.executable).parent / "bandit")
    if not Path(bandit).exists():
        print("bandit not installed: pip install bandit to compare")
        return
    theirs, _ = best([bandit, "-r", str(root), "-q", "-f", "json"], repeat, timeout)
    print(f"bandit -r, same tree: {theirs:.2f} s")
    print(f"ai-guard / bandit: {ours / theirs:.2f}x (below 1: ai-guard faster)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--tree", type=Path, help="a real tree to scan instead")
    parser.add_argument("--timeout", type=float, default=600.0)
    args = parser.parse_args(argv)
    if args.tree is not None:
        real_tree(args.tree, args.repeat, args.timeout)
        return 0
    root = Path(tempfile.mkdtemp(prefix="ai-guard-scan-bench-"))
    try:
        make_tree(root, args.files)
        ours, code = best([sys.executable, "-m", "ai_guard", "scan", str(root), "--format",
                           "json"], args.repeat)  # fmt: skip
        print(f"ai-guard scan, {args.files} files: {ours:.2f} s (exit {code})")
        bandit = shutil.which("bandit") or str(Path(sys.executable).parent / "bandit")
        if Path(bandit).exists():
            theirs, _ = best([bandit, "-r", str(root), "-q", "-f", "json"], args.repeat)
            print(f"bandit -r, same tree:          {theirs:.2f} s")
            print(f"ratio bandit / ai-guard:       {theirs / ours:.2f}x (above 1: ai-guard faster)")
        else:
            print("bandit not installed: pip install bandit to compare")
        one = next(root.rglob("*.py"))
        hook = str(Path(sys.executable).parent / "ai-guard-scan")
        start, _ = best([hook, str(one)], args.repeat * 3)
        base, _ = best([sys.executable, "-c", "pass"], args.repeat * 3)
        print(f"hook on one file: {start * 1000:.0f} ms (python -c pass: {base * 1000:.0f} ms, "
              f"{start / base:.1f}x)")  # fmt: skip
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
