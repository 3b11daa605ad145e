"""person/columns.py: the cells of a column whose other rows hold found names are names too
(tables and numbered lists pasted into chat in lower case, without diacritics)."""

from __future__ import annotations

import pytest
from _probes import redacted

from ai_guard.models import EntityType


def _persons(text: str) -> list[str]:
    return redacted(text, EntityType.PERSON)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a minority name no lexicon holds, in a tab-parted table among rows found
        (
            "stt\tho ten chu ho\tcccd\n1\ttran van ngo\t049062104587\n"
            "2\tzoram bhiec\t049190588412\n3\tdoan thi luy\t049165207743",
            "zoram bhiec",
        ),
        # the first row of a markdown table with no header
        (
            "kiem tra:\n| 1 | hoang van slan | thon na khoang | 1 con |\n"
            "| 2 | nong thi pau | thon na khoang | 1 con |\n"
            "| 3 | luong van phac | thon ban dang | 2 con |",
            "hoang van slan",
        ),
        # a name whose words spell everyday words ("công trạng"), a column found above it
        (
            "| # | nguoi nop | sdt |\n|---|---|---|\n| 1 | hoang thi lan anh | 0944 812 370 |\n"
            "| 2 | dinh cong trang | 0866 205 419 |",
            "dinh cong trang",
        ),
        # numbered items parted by a dash
        (
            "danh sach:\n1. tran van khiem - phum soc vo, xa lich hoi thuong\n"
            "2. thach ruone - ap tac buom, xa lich hoi thuong\n"
            "3. le thi nguyet - ap tac buom, xa lich hoi thuong",
            "thach ruone",
        ),
    ],
)
def test_a_cell_in_a_column_of_names_is_a_name(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a signature row's headings over the signers' names, parted by gaps
        (
            "bien ban ket thuc luc 16h15.\nthu ky                  chu tri\n"
            "vi thi hanh             dinh thi phuong thao",
            "chu tri",
        ),
        # a header row of a tab-parted table
        (
            "ho ten\tlop\tphu huynh\tsdt phu huynh\ndam gia huy\t6a\tdam van quy\t0983 556 104\n"
            "la thi mai\t6b\tla van son\t0912 345 678",
            "phu huynh",
        ),
        # a column of streets named after historical figures
        (
            "Đường | Đoạn | Giá\nTrần Hưng Đạo | từ Lê Lợi | 68.000\n"
            "Ngô Mây | toàn tuyến | 61.000\nPhan Bội Châu | toàn tuyến | 38.000",
            "Ngô Mây",
        ),
    ],
)
def test_headings_and_streets_are_no_column_mates(text: str, words: str) -> None:
    assert words not in _persons(text)
