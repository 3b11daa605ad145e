"""Accuracy of check_prompt on the labelled corpus (tests/corpus/prompts.jsonl).

Reports, per entity type, precision and recall with EXACT span matching (type and both offsets
equal) and with OVERLAP matching (type equal, spans overlap), and the decision accuracy. Also
checks the hard rule: no prompt holding a secrecy mark or an API key is ever allowed.

Public-role names (tests/corpus/PROMPTS.md): a gold entity with ``"public": true`` is a name
that must be found and kept visible (action allow). Such entities are left out of the PERSON
rows, and so are the findings check_prompt allows for a public role (pattern
``public_role.*``); a separate line reports the public-role names kept (k/n) and the private
names allowed (gold private PERSON spans whose overlapping finding was allowed, or absent in
a prompt decided allow).

    python -m benchmarks.accuracy [--corpus FILE] [--json] [--show-errors]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ai_guard import check_prompt

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "prompts.jsonl"
STRUCTURED = {
    "CCCD",
    "CMND",
    "PASSPORT",
    "TAX_CODE",
    "SOCIAL_INSURANCE",
    "HEALTH_INSURANCE",
    "PHONE",
    "EMAIL",
    "GOV_EMAIL",
    "BANK_ACCOUNT",
    "LICENSE_PLATE",
    "DATE_OF_BIRTH",
    "STATE_SECRET_MARK",
    "CASE_NUMBER",
    "API_SECRET",
}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Report:
    exact: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    overlap: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    decisions_ok: int = 0
    prompts: int = 0
    hard_rule_violations: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    public_gold: int = 0
    """gold entities labelled ``"public": true``"""
    public_kept: int = 0
    """... of them found (overlapping finding of the same type) with action allow"""
    private_allowed: int = 0
    """gold private PERSON spans allowed: their finding allowed, or none in an allowed prompt"""

    def group(self, names: set[str], *, exact: bool = True) -> Counts:
        table = self.exact if exact else self.overlap
        total = Counts()
        for name, c in table.items():
            if name in names:
                total.tp += c.tp
                total.fp += c.fp
                total.fn += c.fn
        return total


def load(path: Path) -> list[dict[str, Any]]:
    rows = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if line.strip():
            row = json.loads(line)
            row["_line"] = n
            rows.append(row)
    return rows


def gold_spans(row: dict[str, Any], *, public: bool = False) -> list[tuple[str, int, int]]:
    """The gold spans of a row: its private entities, or (``public=True``) those labelled
    ``"public": true``."""
    text: str = row["text"]
    out = []
    for ent in row.get("entities", []):
        if bool(ent.get("public", False)) is not public:
            continue
        needle = ent["text"]
        occurrence = int(ent.get("occurrence", 1))
        pos = -1
        for _ in range(occurrence):
            pos = text.find(needle, pos + 1)
            if pos < 0:
                raise ValueError(f"line {row['_line']}: {ent['type']} text not found")
        out.append((ent["type"], pos, pos + len(needle)))
    return out


def evaluate(rows: list[dict[str, Any]]) -> Report:
    rep = Report()
    for row in rows:
        text = row["text"]
        gold = gold_spans(row)
        public = gold_spans(row, public=True)
        result = check_prompt(text)
        pred = [
            (f.entity.value, f.start, f.end)
            for f in result.findings
            if not (f.action.value == "allow" and f.pattern.startswith("public_role."))
        ]
        _score_public(rep, row, gold, public, result)
        rep.prompts += 1
        if result.decision.value == row["decision"]:
            rep.decisions_ok += 1
        else:
            rep.errors.append(f"{row['id']}: decision {result.decision.value} != {row['decision']}")
        if any(t in ("STATE_SECRET_MARK", "API_SECRET") for t, _, _ in gold) and (
            result.decision.value == "allow"
        ):
            rep.hard_rule_violations.append(row["id"])
        # exact
        gset = set(gold)
        pset = set(pred)
        for t, s, e in pset:
            if (t, s, e) in gset:
                rep.exact[t].tp += 1
            else:
                rep.exact[t].fp += 1
                rep.errors.append(f"{row['id']}: FP {t} {text[s:e]!r}")
        for t, s, e in gset - pset:
            rep.exact[t].fn += 1
            rep.errors.append(f"{row['id']}: FN {t} {text[s:e]!r}")
        # overlap
        used: set[int] = set()
        for t, s, e in gold:
            hit = next(
                (
                    i
                    for i, (pt, ps, pe) in enumerate(pred)
                    if i not in used and pt == t and ps < e and s < pe
                ),
                None,
            )
            if hit is None:
                rep.overlap[t].fn += 1
            else:
                used.add(hit)
                rep.overlap[t].tp += 1
        for i, (pt, _, _) in enumerate(pred):
            if i not in used:
                rep.overlap[pt].fp += 1
    return rep


def _score_public(
    rep: Report,
    row: dict[str, Any],
    gold: list[tuple[str, int, int]],
    public: list[tuple[str, int, int]],
    result: Any,
) -> None:
    """Public-role names kept visible, private names let through."""
    text = row["text"]
    for t, s, e in public:
        rep.public_gold += 1
        kept = any(
            f.entity.value == t and f.start < e and s < f.end and f.action.value == "allow"
            for f in result.findings
        )
        if kept:
            rep.public_kept += 1
        else:
            rep.errors.append(f"{row['id']}: public {t} {text[s:e]!r} not kept visible")
    for t, s, e in gold:
        if t != "PERSON":
            continue
        over = [f for f in result.findings if f.start < e and s < f.end]
        allowed = (
            any(f.action.value == "allow" for f in over)
            if over
            else result.decision.value == "allow"
        )
        if allowed:
            rep.private_allowed += 1
            rep.errors.append(f"{row['id']}: private PERSON {text[s:e]!r} allowed")


def render(rep: Report) -> str:
    lines = [
        f"{'entity':<18} {'P exact':>8} {'R exact':>8} {'P overlap':>10} {'R overlap':>10}"
        f" {'gold':>5}"
    ]
    for name in sorted(set(rep.exact) | set(rep.overlap)):
        ex, ov = rep.exact[name], rep.overlap[name]
        lines.append(
            f"{name:<18} {ex.precision:>8.3f} {ex.recall:>8.3f} {ov.precision:>10.3f}"
            f" {ov.recall:>10.3f} {ex.tp + ex.fn:>5}"
        )
    for label, names in (("structured", STRUCTURED), ("PERSON+ADDRESS", {"PERSON", "ADDRESS"})):
        ex, ov = rep.group(names), rep.group(names, exact=False)
        lines.append(
            f"{label:<18} {ex.precision:>8.3f} {ex.recall:>8.3f} {ov.precision:>10.3f}"
            f" {ov.recall:>10.3f}"
        )
    lines.append(
        f"decision accuracy  {rep.decisions_ok / max(1, rep.prompts):.3f} ({rep.prompts} prompts)"
    )
    lines.append(f"secret/API-key prompts allowed: {len(rep.hard_rule_violations)}")
    lines.append(
        f"public-role names kept: {rep.public_kept}/{rep.public_gold}, "
        f"private names allowed: {rep.private_allowed}"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "--corpus", type=Path, action="append", help="default: every tests/corpus/*.jsonl"
    )
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--show-errors", action="store_true")
    args = ap.parse_args(argv)
    corpora = args.corpus or sorted(
        p for p in CORPUS.parent.glob("*.jsonl") if not p.name.startswith("documents")
    )
    for corpus in corpora:
        if len(corpora) > 1:
            print(f"== {corpus.name}")
        _report(corpus, args)
    return 0


def _report(corpus: Path, args: argparse.Namespace) -> None:
    rep = evaluate(load(corpus))
    if args.json:
        out = {
            name: {"precision": c.precision, "recall": c.recall, "tp": c.tp, "fp": c.fp, "fn": c.fn}
            for name, c in rep.exact.items()
        }
        out["_decision_accuracy"] = rep.decisions_ok / max(1, rep.prompts)  # type: ignore[assignment]
        out["_public_role"] = {  # type: ignore[assignment]
            "public_kept": rep.public_kept,
            "public_gold": rep.public_gold,
            "private_allowed": rep.private_allowed,
        }
        print(json.dumps(out, indent=2))
    else:
        print(render(rep))
    if args.show_errors:
        print("\n".join(rep.errors))


if __name__ == "__main__":
    sys.exit(main())
