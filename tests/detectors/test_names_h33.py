"""Issue 15, the private names holdout33 let out (i15-h33), on new probes (none of a corpus's
rows):

* Jrai and Ede names typed plain in a numbered list, a strong clan name after the item's
  number, also where the items run on one line, and a clan-led name whose end is the village
  named right after it without "ở" ("siu h'nguyet plei do"), that village an address;
* a chat log's speakers named by a kin word, a given name and a class tag ("Thầy Hùng lớp
  5A:": Hùng), a parent by the child's nickname and her own name in brackets ("Bố Tít (Trần
  Văn Hải):"), and the child called as "phụ huynh tít" in the log.
"""

from __future__ import annotations

import pytest
from tests.detectors._probes import found

from ai_guard.models import EntityType

PERSON = EntityType.PERSON
ADDRESS = EntityType.ADDRESS


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


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "[07:15] Thay Hung lop 5A: phu huynh tit oi mai hop\n"
            "[07:20] Bo Tit (Tran Van Hai): da thay, chau bi ho",
            ["Hung", "tit", "Tit", "Tran Van Hai"],
        ),
        (
            "[06:40] Cô Hằng lớp 1C: mai các con mang áo mưa nhé\n"
            "[06:45] Mẹ Su (Đỗ Thu Trang): dạ cô",
            ["Hằng", "Su", "Đỗ Thu Trang"],
        ),
        ("[08:02] Loan lop 4B: da\n[08:03] Thao lop 4B: ok a", ["Loan", "Thao"]),
    ],
)
def test_chat_speakers_by_kin_word_tag_and_bracketed_name(text: str, names: list[str]) -> None:
    assert found(text, PERSON) == names


@pytest.mark.parametrize(
    "text",
    [
        "[07:00] Chi Doan lop 10A1: hop luc 8h\n[07:05] Chi Doan lop 11A2: ok",
        "[07:00] Chu Nhiem lop 5A: hop luc 8h\n[07:05] Chi Bo thon 3: ok",
        "[09:00] Anh Van lop 3: bai tap trang 5\n[09:05] Toan lop 3: on tap",
        "[10:00] Ban tin (cap nhat): mua lon\n[10:05] Thoi tiet (chieu nay): nang",
    ],
)
def test_units_and_lessons_in_a_log_name_no_one(text: str) -> None:
    assert found(text, PERSON) == []


@pytest.mark.parametrize(
    ("text", "villages"),
    [
        ("ds: 1. siu thuan plei ring 2. ksor h'mai plei me", ["plei ring", "plei me"]),
        ("rah lan hyen plei ia der, con 2 chau", ["plei ia der"]),
    ],
)
def test_village_right_after_a_jrai_name_is_an_address(text: str, villages: list[str]) -> None:
    assert found(text, ADDRESS) == villages


@pytest.mark.parametrize(
    "text",
    ["hom nay di tham plei kon hra chu", "le hoi plei ia ly rat vui", "tour: plei ring 2 ngay"],
)
def test_plei_with_no_name_before_is_left_to_the_cues(text: str) -> None:
    assert found(text, ADDRESS) == []
