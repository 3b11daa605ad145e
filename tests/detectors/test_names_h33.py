"""Issue 15, the private names holdout33 let out (i15-h33), on new probes (none of a corpus's
rows):

* Jrai and Ede names typed plain in a numbered list, a strong clan name after the item's
  number, also where the items run on one line, and a clan-led name whose end is the village
  named right after it without "ở" ("siu h'nguyet plei do").
"""

from __future__ import annotations

import pytest
from tests.detectors._probes import found

from ai_guard.models import EntityType

PERSON = EntityType.PERSON


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("ds: 1. ksor blu, 2. rah lan hyen", ["ksor blu", "rah lan hyen"]),
        (
            "danh sach: 1. siu thuan plei ring 2. ksor h'mai buon ea sup",
            ["siu thuan", "ksor h'mai"],
        ),
        ("ho ngheo:\n1. nie thi\n2. rah lan klang", ["nie thi", "rah lan klang"]),
        ("nhan qua: 1. ksor dam, siu h'bia plei me", ["ksor dam", "siu h'bia"]),
    ],
)
def test_clan_names_in_a_numbered_list(text: str, names: list[str]) -> None:
    assert found(text, PERSON) == names


@pytest.mark.parametrize(
    "text",
    [
        "muc 2. siu khong ro rang",  # "siêu" typed plain after a number inside a line
        "top 3. siu dep luon",
        "hom nay, siu thi o dau",  # "siêu thị"
        "xem muc 4. siu thi dien may",
    ],
)
def test_super_typed_plain_after_a_number_is_no_clan(text: str) -> None:
    assert found(text, PERSON) == []
