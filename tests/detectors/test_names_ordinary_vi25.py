"""Names in ordinary prompts typed with diacritics (issue 15, the ``vi`` split of the holdouts):
a given name that spells "Văn" or "Thị" without their marks inside a full name, a parent or a
colleague named by her given name beside her full name, Khmer names opened by the title
"Néang" or ended by the next word of the sentence. Each family with the ordinary words that
must stay clean."""

from __future__ import annotations

import pytest

from ai_guard import EntityType, check_prompt


def names(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.PERSON
    ]


# --- "Vân", "Thi" inside a full name are its given names, no second name's "Văn" / "Thị" ------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("con gái Phùng Thị Hà Vân (1983).", "Phùng Thị Hà Vân"),
        ("con gái Phùng Thị Mai Vân sinh năm 1983.", "Phùng Thị Mai Vân"),
        ("Đề nghị cấp giấy cho chị Nguyễn Thị Hà Vân ở xã Tân Lập.", "Nguyễn Thị Hà Vân"),
        ("chị Lê Thị Mai Thi nộp đơn hôm qua", "Lê Thị Mai Thi"),
        ("Người nhận: Đỗ Thị Lan Hà Thi, phòng kế toán", "Đỗ Thị Lan Hà Thi"),
    ],
)
def test_a_given_name_spelled_like_a_middle_name_stays_in_the_name(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names typed one after another with no separator still part at "Văn" / "Thị"
        ("Trần Văn Lâm Hà Văn Nam ký", ["Trần Văn Lâm", "Hà Văn Nam"]),
        ("Ký tên: Đặng Văn Hùng Mai Thị Lan", ["Đặng Văn Hùng", "Mai Thị Lan"]),
        ("Nguyen Van An Tran Thi Binh", ["Nguyen Van An", "Tran Thi Binh"]),
    ],
)
def test_names_side_by_side_still_part_at_van_and_thi(text: str, expected: list[str]) -> None:
    assert names(text) == expected
