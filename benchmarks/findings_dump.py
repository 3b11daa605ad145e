"""Every finding, one line each, to prove that a change moved none (or only the ones it meant).

For each prompt of every corpus in tests/corpus (as written and in each of ``chat_variants``'
rewrites), for each document (check_prompt on its text, and classify_document's whole result),
and for the speed texts (the 2 KB corpus prompt, 200 KB of prose, 200 KB of the dense text):
the decision and every finding's entity and span (and its action where it differs from the
prompt's decision). Two trees' dumps compared with ``cmp``:
identical means no finding, decision or classification moved.

    PYTHONPATH=<tree>/src python -m benchmarks.findings_dump > dump.txt
    python -m benchmarks.findings_dump --out dump.txt [--no-variants]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ai_guard import check_prompt, classify_document
from benchmarks.chat_variants import VARIANTS
from benchmarks.corpus import corpus_prompt, mixed_text, prose_text

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"
#: the fields of a classification written first on its line (the rest follows, sorted): a
#: reader comparing two dumps sees the decision before the evidence
_DECISION_FIELDS = (
    "recommended_action",
    "sensitivity",
    "secrecy",
    "external_ai_allowed",
    "prompt_decision",
    "doc_type",
)


def finding_line(tag: str, text: str) -> str:
    """One prompt's decision and findings (entity:start-end), never the values; a finding
    whose action differs from the prompt's decision says its own (``PERSON:4-20=allow``: a
    name kept visible in a public role), so a name turning public or private moves a line."""
    r = check_prompt(text)
    decision = r.decision.value
    spans = ";".join(
        f"{f.entity.value}:{f.start}-{f.end}"
        + ("" if f.action.value == decision else f"={f.action.value}")
        for f in r.findings
    )
    return f"{tag} {decision} {spans}"


def _classified(tag: str, text: str) -> str:
    """One document's whole classification on one line (no cut: a change after any point of
    it still moves the line), the decision fields first."""
    result: dict[str, Any] = classify_document(text).model_dump(mode="json")
    first = {k: result.pop(k) for k in _DECISION_FIELDS if k in result}
    head = json.dumps(first, ensure_ascii=False, default=str)
    rest = json.dumps(result, ensure_ascii=False, sort_keys=True, default=str)
    return f"{tag} classify {head} {rest}"


def lines(corpus: Path = CORPUS, *, variants: bool = True) -> Iterator[str]:
    for path in sorted(corpus.glob("*.jsonl")):
        for raw in path.read_text(encoding="utf-8").splitlines():
            if not raw.strip():
                continue
            row = json.loads(raw)
            text, tag = row["text"], f"{path.stem}/{row.get('id', '?')}"
            yield finding_line(tag, text)
            if path.stem.startswith("documents"):
                yield _classified(tag, text)
            elif variants:
                for name, rewrite in VARIANTS.items():
                    yield finding_line(f"{tag}/{name}", rewrite(text))
    for tag, text in (
        ("p2k", corpus_prompt(2048)),
        ("prose", prose_text(200_000)),
        ("dense", mixed_text(200_000)),
    ):
        yield finding_line(tag, text)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, help="write here instead of standard output")
    ap.add_argument("--no-variants", action="store_true", help="prompts as written only")
    args = ap.parse_args(argv)
    out = args.out.open("w", encoding="utf-8") if args.out else sys.stdout
    try:
        for line in lines(variants=not args.no_variants):
            out.write(line + "\n")
    finally:
        if args.out:
            out.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
