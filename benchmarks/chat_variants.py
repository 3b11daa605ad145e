"""Accuracy on the labelled prompts as chat writes them: lower case, without diacritics, both.

Every prompt of the corpora (tests/corpus/*.jsonl) is rewritten character by character, so
the labelled spans keep their offsets:

* ``lower``: ``str.lower`` per character ("Nguyễn Văn An" -> "nguyễn văn an");
* ``ascii``: the diacritics dropped ("Nguyễn Văn An" -> "Nguyen Van An", "Đ" -> "D");
* ``chat``: both ("nguyen van an").

and scored as :mod:`benchmarks.accuracy` scores them. The table gives, per corpus and variant,
names and addresses (PERSON+ADDRESS) precision and recall with exact and overlap matching, the
structured identifiers' recall and the decision accuracy. A decision is scored against the
prompt's own label: the rewrite keeps what must be redacted or blocked.

    python -m benchmarks.chat_variants [--corpus FILE] [--variant NAME] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.accuracy import CORPUS, STRUCTURED, evaluate, load


def _strip_char(c: str) -> str:
    if c in "đĐ":
        return "d" if c == "đ" else "D"
    base = unicodedata.normalize("NFD", c)[0]
    return base if base.isascii() and base.isalpha() else c


def _lower_char(c: str) -> str:
    low = c.lower()
    return low if len(low) == 1 else c


def _lower(text: str) -> str:
    return "".join(_lower_char(c) for c in text)


def _ascii(text: str) -> str:
    return "".join(_strip_char(c) for c in unicodedata.normalize("NFC", text))


def _chat(text: str) -> str:
    return _lower(_ascii(text))


VARIANTS: dict[str, Callable[[str], str]] = {
    "as written": lambda t: t,
    "lower": _lower,
    "ascii": _ascii,
    "chat": _chat,
}


def rewrite(row: dict[str, Any], fn: Callable[[str], str]) -> dict[str, Any]:
    """The row with its text rewritten by ``fn`` (length-preserving) and each entity pointing
    at the same offsets as before (its ``occurrence`` recounted in the new text)."""
    text: str = unicodedata.normalize("NFC", row["text"])
    new_text = fn(text)
    if len(new_text) != len(text):
        raise ValueError(f"{row.get('id')}: the rewrite changed the length")
    entities = []
    for ent in row.get("entities", []):
        # (a row typed decomposed, NFD, is read composed: its spans too)
        label = unicodedata.normalize("NFC", ent["text"])
        s = _find(text, label, int(ent.get("occurrence", 1)))
        e = s + len(label)
        needle = new_text[s:e]
        occurrence, pos = 0, -1
        while True:
            pos = new_text.find(needle, pos + 1)
            occurrence += 1
            if pos == s:
                break
        entities.append({**ent, "text": needle, "occurrence": occurrence})
    return {**row, "text": new_text, "entities": entities}


def _find(text: str, needle: str, occurrence: int) -> int:
    pos = -1
    for _ in range(occurrence):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            raise ValueError(f"{needle!r} not found")
    return pos


def score(rows: list[dict[str, Any]]) -> dict[str, float]:
    rep = evaluate(rows)
    names = {"PERSON", "ADDRESS"}
    ex, ov = rep.group(names), rep.group(names, exact=False)
    st = rep.group(STRUCTURED, exact=False)
    return {
        "names_p_exact": ex.precision,
        "names_r_exact": ex.recall,
        "names_p_overlap": ov.precision,
        "names_r_overlap": ov.recall,
        "structured_r_overlap": st.recall,
        "decisions": rep.decisions_ok / max(1, rep.prompts),
        "secret_prompts_allowed": float(len(rep.hard_rule_violations)),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, action="append", help="default: every prompt corpus")
    ap.add_argument("--variant", choices=sorted(VARIANTS), action="append")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    corpora = args.corpus or sorted(
        p for p in CORPUS.parent.glob("*.jsonl") if not p.name.startswith("documents")
    )
    variants = args.variant or list(VARIANTS)
    out: dict[str, dict[str, dict[str, float]]] = {}
    for corpus in corpora:
        rows = load(corpus)
        out[corpus.name] = {v: score([rewrite(r, VARIANTS[v]) for r in rows]) for v in variants}
    if args.json:
        print(json.dumps(out, indent=2))
        return 0
    print(
        f"{'corpus':<16} {'variant':<11} {'P exact':>8} {'R exact':>8} {'P overlap':>10}"
        f" {'R overlap':>10} {'ids R':>6} {'decisions':>9} {'secrets out':>11}"
    )
    for name, per in out.items():
        for v, s in per.items():
            print(
                f"{name:<16} {v:<11} {s['names_p_exact']:>8.3f} {s['names_r_exact']:>8.3f}"
                f" {s['names_p_overlap']:>10.3f} {s['names_r_overlap']:>10.3f}"
                f" {s['structured_r_overlap']:>6.3f} {s['decisions']:>9.3f}"
                f" {int(s['secret_prompts_allowed']):>11}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
