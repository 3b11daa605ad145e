"""Words spaced letter by letter with one space throughout, their own spaces lost among the
letters' ("T à i l i ệ u l ư u h à n h n ộ i b ộ", as OCR and retyped pages give them): the
unveiled reading splits the run into Vietnamese syllables, so a mark or a name read whole is
read word by word, and every offset still points at the letter it came from."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ai_guard import Decision, check_prompt
from ai_guard.text.invisible import unveil


def spaced(words: str) -> str:
    return " ".join(ch for ch in words if not ch.isspace())


@pytest.mark.parametrize(
    ("words", "read"),
    [
        ("Tài liệu lưu hành nội bộ", "Tài liệu lưu hành nội bộ"),
        ("TỐI MẬT", "TỐI MẬT"),
        ("NGUYEN VAN AN", "NGUYEN VAN AN"),
        ("XEM XONG TRA LAI", "XEM XONG TRA LAI"),
        # typed plain, two syllables may be an English word spaced out: kept glued
        ("SECRET", "SECRET"),
        ("TOI MAT", "TOIMAT"),
        # a run that does not split whole into syllables stays glued, as before
        ("PASSWORD", "PASSWORD"),
    ],
)
def test_a_spaced_run_is_read_word_by_word(words: str, read: str) -> None:
    text = "Dòng OCR:\n" + spaced(words) + "\nhết"
    veil = unveil(text)
    assert veil is not None
    assert read in veil.text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Em OCR:\nT à i l i ệ u l ư u h à n h n ộ i b ộ\nKế hoạch kiểm tra",
            "l ư u h à n h n ộ i b ộ",
        ),
        ("Em OCR:\nT A I L I E U L U U H A N H N O I B O\nKe hoach", "L U U H A N H N O I B O"),
        ("phiếu có ô độ mật: M Ậ T ở góc trên", "M Ậ T"),
        ("phiếu có ô độ mật: Ｍ Ậ Ｔ ở góc trên", "Ｍ Ậ Ｔ"),
    ],
)
def test_a_spaced_mark_blocks_and_points_at_its_letters(text: str, value: str) -> None:
    result = check_prompt(text)
    assert result.decision is Decision.BLOCK
    assert value in [text[f.start : f.end] for f in result.findings]


_SYLLABLES = ["an", "bình", "hoa", "lan", "minh", "nam", "thu", "trang", "văn", "thị", "nguyễn"]


@given(st.lists(st.sampled_from(_SYLLABLES), min_size=2, max_size=6))
def test_the_split_reading_maps_every_letter_back(words: list[str]) -> None:
    text = "x: " + spaced(" ".join(words)) + " ."
    veil = unveil(text)
    if veil is None:
        return
    for i, ch in enumerate(veil.text):
        source = veil.span(i, i + 1)
        if ch == " ":
            continue
        assert text[source[0] : source[1]].strip() == ch


def test_an_address_spaced_out_keeps_its_user_name_whole() -> None:
    text = "Email: n g u y e n v a n a n @ y a h o o . c o m"
    result = check_prompt(text)
    assert result.decision is not Decision.ALLOW
    assert "n g u y e n v a n a n @ y a h o o . c o m" in [
        text[f.start : f.end] for f in result.findings
    ]
