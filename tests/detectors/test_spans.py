"""detectors._spans.SpanSet: the overlap test detectors use on their own findings."""

from __future__ import annotations

from ai_guard.detectors._spans import SpanSet


def test_overlaps_across_runs_in_any_order() -> None:
    spans = SpanSet()
    assert spans.take(10, 20)
    assert spans.take(30, 40)
    assert spans.take(0, 5)  # out of order: a new run
    assert not spans.take(15, 16)
    assert not spans.take(39, 45)
    assert not spans.take(4, 11)
    assert spans.take(20, 30)  # touching is not overlapping
    assert spans.overlaps(12, 12)  # an empty span is a point
    assert not spans.overlaps(5, 10)
    assert not spans.take(7, 7)


def test_many_spans_stay_fast() -> None:
    spans = SpanSet()
    for i in range(0, 2_000_000, 10):
        assert spans.take(i, i + 5)
    assert spans.overlaps(1_000_003, 1_000_004)
    assert not spans.overlaps(1_000_005, 1_000_010)
