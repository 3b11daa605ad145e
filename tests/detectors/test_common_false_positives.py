"""Text no detector may report, run once with every detector on (see ``COMMON_TRAPS``).

Until this file, each family's test module ran all 21 texts for its own types (231 tests). One
run with every detector on asserts the union of those checks (no finding of ANY type) and more
(PERSON and ADDRESS too, and overlap resolution as users see it); the run with the tables'
policy keeps each family's original check exactly. Each family's module still runs the texts
that are traps for it (``family_trap``), so a family's file alone covers its own traps.
"""

from __future__ import annotations

from ai_guard import Policy, check_prompt


def test_no_detector_reports_a_common_false_positive(scan, common_false_positive) -> None:  # type: ignore[no-untyped-def]
    text = common_false_positive
    everything = check_prompt(text, policy=Policy(load_plugins=False))
    assert everything.findings == [], [
        (f.entity.value, text[f.start : f.end], f.score) for f in everything.findings
    ]
    assert everything.decision.value == "allow"
    # the tables' own policy (PERSON and ADDRESS off): what the per-family tests checked
    assert scan(text).findings == []
