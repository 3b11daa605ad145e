"""The public-role scoring of benchmarks.accuracy, and the public-role corpus."""

from __future__ import annotations

from typing import Any

from benchmarks.accuracy import CORPUS, evaluate, gold_spans, load


def _row(text: str, entities: list[dict[str, Any]], decision: str) -> dict[str, Any]:
    return {"id": "t", "_line": 1, "text": text, "entities": entities, "decision": decision}


def test_public_gold_is_scored_apart_from_person() -> None:
    row = _row(
        "Tóm tắt bài phát biểu của Tổng Bí thư Tô Lâm tại hội nghị.",
        [{"type": "PERSON", "text": "Tô Lâm", "public": True}],
        "allow",
    )
    assert gold_spans(row) == []
    assert gold_spans(row, public=True) == [("PERSON", 38, 44)]
    rep = evaluate([row])
    assert (rep.public_gold, rep.public_kept, rep.private_allowed) == (1, 1, 0)
    # the allowed public finding is no prediction: no PERSON false positive
    assert rep.exact["PERSON"].fp == 0
    assert rep.decisions_ok == 1


def test_a_private_name_labelled_public_is_not_kept_and_vice_versa() -> None:
    private_as_public = _row(
        "Đơn tố cáo ông Trần Văn Bảo, Chủ tịch UBND tỉnh, về việc cấp đất.",
        [{"type": "PERSON", "text": "Trần Văn Bảo", "public": True}],
        "redact",
    )
    rep = evaluate([private_as_public])
    assert (rep.public_gold, rep.public_kept) == (1, 0)
    public_as_private = _row(
        "Tóm tắt bài phát biểu của Tổng Bí thư Tô Lâm tại hội nghị.",
        [{"type": "PERSON", "text": "Tô Lâm"}],
        "redact",
    )
    rep = evaluate([public_as_private])
    assert rep.private_allowed == 1
    assert rep.exact["PERSON"].fn == 1


def test_the_public_role_corpus() -> None:
    rep = evaluate(load(CORPUS.with_name("prompts_public.jsonl")))
    assert rep.public_gold >= 12
    assert rep.public_kept == rep.public_gold, rep.errors
    assert rep.private_allowed == 0, rep.errors
    assert rep.decisions_ok == rep.prompts, rep.errors
    assert rep.exact["PERSON"].recall == 1.0, rep.errors
    assert rep.exact["PERSON"].precision == 1.0, rep.errors
