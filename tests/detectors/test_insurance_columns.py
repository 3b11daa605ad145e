"""A health-insurance card typed in lower case is reported under a column that names it."""

from __future__ import annotations

from ai_guard import EntityType, check_prompt


def test_a_lower_case_card_under_a_bhyt_column_is_reported() -> None:
    text = "stt;ho ten;ma the bhyt;noi dk\n1;chamalea thi hoi;hn4585812047396;tram y te"
    found = [(f.entity, text[f.start : f.end]) for f in check_prompt(text).findings]
    assert (EntityType.HEALTH_INSURANCE, "hn4585812047396") in found


def _cards(text: str) -> list[str]:
    return [
        text[f.start : f.end]
        for f in check_prompt(text).findings
        if f.entity is EntityType.HEALTH_INSURANCE
    ]


def test_lower_case_cards_in_a_list_opened_by_a_bhyt_line_are_reported() -> None:
    # the list's opening line says what its rows hold, as a column header does
    text = (
        "sắp xếp bệnh nhân chờ thanh toán bhyt theo mã thẻ:\n"
        "bùi văn tỉnh\tht3 17 1702348916\tkhoa nội\n"
        "quách thị hoa\tcn3 17 1709183524\tkhoa ngoại"
    )
    assert _cards(text) == ["ht3 17 1702348916", "cn3 17 1709183524"]
    piped = "cấp thẻ bhyt vùng khó khăn:\nhọ tên|mã thẻ\ntòng thị én|dk 2 14 1420593176"
    assert _cards(piped) == ["dk 2 14 1420593176"]


def test_lower_case_card_shapes_without_a_bhyt_lead_stay_clean() -> None:
    # no line naming BHYT, a blank line between the list and the line, an unknown group code
    assert _cards("danh sách mã khách hàng:\nan\tht3 17 1702348916") == []
    assert _cards("thanh toán bhyt\n\nan\tht3 17 1702348916") == []
    assert _cards("thẻ bhyt:\nan\tzz3 17 1702348916") == []
