"""Names and addresses (PERSON+ADDRESS) a chat variant misses or invents, with context.

Each corpus row is rewritten as :mod:`benchmarks.chat_variants` rewrites it; an error is
listed only when the same span is right as written (``--all`` lists every error), so the list
shows what the rewrite itself costs.

    python -m benchmarks.variant_errors [--variant lower] [--corpus FILE] [--all]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ai_guard import check_prompt
from benchmarks.accuracy import CORPUS, gold_spans, load
from benchmarks.chat_variants import VARIANTS, rewrite

_NAMES = {"PERSON", "ADDRESS"}
Span = tuple[str, int, int]


def _spans(text: str) -> set[Span]:
    return {
        (f.entity.value, f.start, f.end)
        for f in check_prompt(text).findings
        if f.entity.value in _NAMES
        and not (f.action.value == "allow" and f.pattern.startswith("public_role."))
    }


def _context(text: str, s: int, e: int, width: int = 60) -> str:
    left = text[max(0, s - width) : s].replace("\n", "⏎")
    right = text[e : e + width].replace("\n", "⏎")
    mid = text[s:e].replace("\n", "⏎")
    return f"{left}[[{mid}]]{right}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--variant", choices=sorted(VARIANTS), default="lower")
    ap.add_argument("--corpus", type=Path, action="append")
    ap.add_argument("--all", action="store_true", help="also errors made as written")
    args = ap.parse_args(argv)
    corpora = args.corpus or sorted(
        p for p in CORPUS.parent.glob("*.jsonl") if not p.name.startswith("documents")
    )
    for corpus in corpora:
        for row in load(corpus):
            new = rewrite(row, VARIANTS[args.variant])
            gold = {g for g in gold_spans(new) if g[0] in _NAMES}
            pred = _spans(new["text"])
            base = _spans(row["text"]) if not args.all else set()
            for kind, wrong in (("FN", gold - pred), ("FP", pred - gold)):
                for t, s, e in sorted(wrong, key=lambda g: g[1]):
                    right_as_written = (t, s, e) in base if kind == "FN" else (t, s, e) not in base
                    if not args.all and not right_as_written:
                        continue
                    print(f"{corpus.name} {row['id']} {kind} {t}: {_context(new['text'], s, e)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
