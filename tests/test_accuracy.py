"""The accuracy targets of the foundation issue, on the labelled corpora in tests/corpus.

These are regression guards. prompts.jsonl was written with the detectors; holdout.jsonl was
written independently and first measured before any tuning (see docs/benchmarks.md for that
first measurement), then used to fix what it found. Passing here is necessary, not sufficient.
"""

from __future__ import annotations

import pytest

from benchmarks.accuracy import CORPUS, STRUCTURED, evaluate, load

CORPORA = [CORPUS, CORPUS.with_name("holdout.jsonl"), CORPUS.with_name("holdout2.jsonl")]


@pytest.fixture(scope="module", params=CORPORA, ids=lambda p: p.stem)
def report(request):  # type: ignore[no-untyped-def]
    return evaluate(load(request.param))


def test_corpus_is_big_enough() -> None:
    rows = load(CORPUS)
    assert len(rows) >= 150
    langs = {r["lang"] for r in rows}
    assert {"vi", "vi_nodiac", "en"} <= langs
    assert sum(1 for r in rows if r["decision"] == "allow") >= 40


def test_structured_identifiers(report) -> None:  # type: ignore[no-untyped-def]
    total = report.group(STRUCTURED)
    assert total.recall >= 0.99, report.errors
    assert total.precision >= 0.98, report.errors


@pytest.mark.parametrize("entity", ["PERSON", "ADDRESS"])
def test_names_and_addresses(report, entity: str) -> None:  # type: ignore[no-untyped-def]
    # exact spans for names; addresses are judged on overlap (where an address starts is a
    # matter of convention: "số 12 ngõ 34 ..." vs "ngõ 34 ...")
    counts = report.exact[entity] if entity == "PERSON" else report.overlap[entity]
    assert counts.recall >= 0.90, report.errors
    assert counts.precision >= 0.90, report.errors


def test_no_secret_or_key_prompt_is_ever_allowed(report) -> None:  # type: ignore[no-untyped-def]
    assert report.hard_rule_violations == []


HOLDOUTS = sorted(CORPUS.parent.glob("holdout*.jsonl"))


@pytest.mark.parametrize("corpus", HOLDOUTS, ids=lambda p: p.stem)
def test_no_secret_or_key_prompt_of_a_holdout_is_allowed(corpus) -> None:  # type: ignore[no-untyped-def]
    """Every blind set, as written (holdout13 and holdout14 included: written to break the
    guard): no prompt holding a secrecy mark or a key is allowed."""
    assert evaluate(load(corpus)).hard_rule_violations == []


def test_decisions(report) -> None:  # type: ignore[no-untyped-def]
    assert report.decisions_ok / report.prompts >= 0.97, report.errors
