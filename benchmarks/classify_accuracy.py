"""Accuracy of classify_document on the labelled document corpora.

Per-field accuracy: doc_type, sensitivity, verdict (recommended_action), the category set
(exact), per-category precision and recall, and the header fields (a field counts as right when
the text found and the label are the same after collapsing whitespace, or one contains the
other and they differ by at most a few characters). Also the hard rule: no secret-stamped
document is ever allowed.

    python -m benchmarks.classify_accuracy [--corpus FILE ...] [--json] [--show-errors]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ai_guard import classify_document

CORPORA = sorted(
    (Path(__file__).resolve().parent.parent / "tests" / "corpus").glob("documents*.jsonl")
)
HEADER_FIELDS = ("issuer", "number_symbol", "place_date", "subject", "signer")
SECRET = {"secret", "top_secret", "absolute_secret"}


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _norm(s: str | None) -> str:
    return " ".join((s or "").split()).strip(" .,;:").casefold()


def header_match(found: str | None, expected: str | None) -> bool:
    f, e = _norm(found), _norm(expected)
    if not e:
        return not f
    if not f:
        return False
    if f == e:
        return True
    return (f in e or e in f) and abs(len(f) - len(e)) <= max(4, len(e) // 5)


@dataclass
class Report:
    n: int = 0
    right: Counter[str] = field(default_factory=Counter)
    header_total: Counter[str] = field(default_factory=Counter)
    header_right: Counter[str] = field(default_factory=Counter)
    cat_tp: Counter[str] = field(default_factory=Counter)
    cat_fp: Counter[str] = field(default_factory=Counter)
    cat_fn: Counter[str] = field(default_factory=Counter)
    secret_allowed: int = 0
    confusion: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    errors: list[str] = field(default_factory=list)

    def accuracy(self, key: str) -> float:
        return self.right[key] / self.n if self.n else 1.0

    def header_accuracy(self, key: str) -> float:
        t = self.header_total[key]
        return self.header_right[key] / t if t else 1.0

    def as_dict(self) -> dict[str, Any]:
        cats = sorted(set(self.cat_tp) | set(self.cat_fp) | set(self.cat_fn))
        return {
            "documents": self.n,
            "doc_type": round(self.accuracy("doc_type"), 3),
            "sensitivity": round(self.accuracy("sensitivity"), 3),
            "verdict": round(self.accuracy("action"), 3),
            "categories_exact": round(self.accuracy("categories"), 3),
            "secret_allowed": self.secret_allowed,
            "header": {k: round(self.header_accuracy(k), 3) for k in HEADER_FIELDS},
            "per_category": {
                c: {
                    "precision": round(
                        self.cat_tp[c] / (self.cat_tp[c] + self.cat_fp[c])
                        if self.cat_tp[c] + self.cat_fp[c]
                        else 1.0,
                        3,
                    ),
                    "recall": round(
                        self.cat_tp[c] / (self.cat_tp[c] + self.cat_fn[c])
                        if self.cat_tp[c] + self.cat_fn[c]
                        else 1.0,
                        3,
                    ),
                }
                for c in cats
            },
        }


def evaluate(docs: list[dict[str, Any]]) -> Report:
    rep = Report()
    for d in docs:
        r = classify_document(d["text"])
        rep.n += 1
        got = {
            "doc_type": r.doc_type.value,
            "sensitivity": r.sensitivity.value,
            "action": r.recommended_action,
        }
        for key, value in got.items():
            if value == d[key]:
                rep.right[key] += 1
            else:
                rep.errors.append(f"{d['id']}: {key} {value} != {d[key]}")
                rep.confusion[key][f"{d[key]} -> {value}"] += 1
        cats = {c.category.value for c in r.categories}
        want = set(d.get("categories", []))
        if cats == want:
            rep.right["categories"] += 1
        else:
            rep.errors.append(f"{d['id']}: categories {sorted(cats)} != {sorted(want)}")
        for c in cats & want:
            rep.cat_tp[c] += 1
        for c in cats - want:
            rep.cat_fp[c] += 1
        for c in want - cats:
            rep.cat_fn[c] += 1
        if d["sensitivity"] in SECRET and r.external_ai_allowed:
            rep.secret_allowed += 1
        header = d.get("header") or {}
        for key in HEADER_FIELDS:
            if key not in header:
                continue
            rep.header_total[key] += 1
            fld = getattr(r.header, key)
            found = fld.text if fld is not None else None
            if header_match(found, header[key]):
                rep.header_right[key] += 1
            else:
                rep.errors.append(f"{d['id']}: header.{key} {found!r} != {header[key]!r}")
    return rep


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="append", type=Path)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args(argv)
    out: dict[str, Any] = {}
    for path in args.corpus or [p for p in CORPORA if p.exists()]:
        rep = evaluate(load(path))
        out[path.name] = rep.as_dict()
        if args.show_errors:
            for e in rep.errors:
                print(f"  {path.name} {e}", file=sys.stderr)
            for key, conf in rep.confusion.items():
                print(f"  {key}: {dict(conf.most_common(8))}", file=sys.stderr)
    if args.json:
        print(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        for name, res in out.items():
            print(f"{name}: {res['documents']} documents")
            print(
                f"  doc_type {res['doc_type']:.3f}  sensitivity {res['sensitivity']:.3f}  "
                f"verdict {res['verdict']:.3f}  categories(exact) {res['categories_exact']:.3f}  "
                f"secret allowed {res['secret_allowed']}"
            )
            print("  header " + "  ".join(f"{k} {v:.3f}" for k, v in res["header"].items()))
            for c, pr in res["per_category"].items():
                print(f"    {c:<24} P {pr['precision']:.3f}  R {pr['recall']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
