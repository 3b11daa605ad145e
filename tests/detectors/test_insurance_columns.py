"""A health-insurance card typed in lower case is reported under a column that names it."""

from __future__ import annotations

from ai_guard import EntityType, check_prompt


def test_a_lower_case_card_under_a_bhyt_column_is_reported() -> None:
    text = "stt;ho ten;ma the bhyt;noi dk\n1;chamalea thi hoi;hn4585812047396;tram y te"
    found = [(f.entity, text[f.start : f.end]) for f in check_prompt(text).findings]
    assert (EntityType.HEALTH_INSURANCE, "hn4585812047396") in found
