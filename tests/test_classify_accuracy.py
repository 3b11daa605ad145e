"""Accuracy targets of classify_document on the labelled document corpora (issue 3).

verdict >= 0.97 with no secret-stamped document ever allowed; doc_type and sensitivity >= 0.90.
``documents_core.jsonl`` was written by the classifier's author (a development set); the other
corpora, when present, were written independently.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.classify_accuracy import evaluate, load

CORPUS = Path(__file__).parent / "corpus"
#: written blind for issue 16 and not yet tuned on: held to a floor, not to the targets
HOLDOUT = "documents_holdout.jsonl"
FILES = sorted(p.name for p in CORPUS.glob("documents*.jsonl") if p.name != HOLDOUT)


def test_core_corpus_is_present_and_large_enough() -> None:
    docs = load(CORPUS / "documents_core.jsonl")
    assert len(docs) >= 60
    assert sum(not d["diacritics"] for d in docs) * 3 >= len(docs)
    assert {d["doc_type"] for d in docs} >= {
        "cong_van", "quyet_dinh", "thong_bao", "bao_cao", "to_trinh", "ke_hoach", "ban_an",
        "don_khieu_nai", "ly_lich", "nghi_quyet", "chi_thi", "huong_dan", "bien_ban",
        "hop_dong", "giay_moi", "cong_dien", "other",
    }  # fmt: skip


@pytest.mark.parametrize("name", FILES)
def test_accuracy_targets(name: str) -> None:
    rep = evaluate(load(CORPUS / name))
    assert rep.secret_allowed == 0
    assert rep.accuracy("action") >= 0.97, rep.errors
    assert rep.accuracy("doc_type") >= 0.90, rep.errors
    assert rep.accuracy("sensitivity") >= 0.90, rep.errors
    assert rep.accuracy("categories") >= 0.93, rep.errors


def test_blind_boundary_corpus_holds_its_floor() -> None:
    """documents_holdout.jsonl (issue 16: directives about a field, public notices, citizens'
    letters, marks in every place, OCR) was measured at verdict 0.683 before the issue-16 work;
    the floor keeps what has been gained and no secret document may ever be allowed."""
    rep = evaluate(load(CORPUS / HOLDOUT))
    assert rep.secret_allowed == 0
    assert rep.accuracy("action") >= 0.95, rep.errors
    assert rep.accuracy("doc_type") >= 0.95, rep.errors
    assert rep.accuracy("sensitivity") >= 0.90, rep.errors


def test_blind_boundary_corpus_categories_hold_their_floor() -> None:
    """Categories on documents_holdout.jsonl after the issue-16 category work (from exact 0.833,
    recall 0.50 on finance and 0.64 on personnel): every category's recall >= 0.90; precision
    >= 0.90 except public_info, where two labels (dh-001, dh-006: sensitivity public, category
    not public_info) contradict each other."""
    rep = evaluate(load(CORPUS / HOLDOUT))
    assert rep.accuracy("categories") >= 0.93, rep.errors
    per = rep.as_dict()["per_category"]
    for cat, pr in per.items():
        assert pr["recall"] >= 0.90, (cat, pr)
        assert pr["precision"] >= (0.84 if cat == "public_info" else 0.90), (cat, pr)
