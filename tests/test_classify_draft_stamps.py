"""classify_document reads a draft's stamp however it arrives: the lexicon's line-start "dự
thảo" missed it letter-spaced ("D Ự  T H Ả O"), hyphened or dotted ("D-Ự T-H-Ả-O"), glued
("DỰTHẢO"), scanned ("DỰ THẢ0", "DU THA0") or in brackets ("(Dự thảo lần 2)"), so a draft
read as a finished text (a public one when its content was). A stamp alone on its line among
the first lines is the mark; "dự thảo" inside a sentence stays a word."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import classify_document

PLAN = """UBND TỈNH BÌNH DƯƠNG
SỞ TƯ PHÁP
{mark}
Số: 12/KH-STP
Bình Dương, ngày 5 tháng 3 năm 2026
KẾ HOẠCH
Triển khai công tác phổ biến pháp luật năm 2026
I. MỤC ĐÍCH
Nâng cao nhận thức pháp luật cho cán bộ, {body}.
GIÁM ĐỐC
Nguyễn Văn An
"""


def _draft_marks(text: str) -> list[str]:
    return [m.label for m in classify_document(text).internal_marks if "du thao" in m.label]


@pytest.mark.parametrize(
    "mark",
    [
        "DỰ THẢO",
        "D Ự T H Ả O",
        "D Ự  T H Ả O",
        "D Ự   T H Ả O  L Ầ N  2",
        "D U  T H A O",
        "DU THAO",
        "Dự thảo lần 2",
        "DỰ THẢ0",
        "DU THA0",
        "DỰTHẢO",
        "D-Ự T-H-Ả-O",
        "D.Ự T.H.Ả.O",
        "(Dự thảo)",
        "[DỰ THẢO 3]",
        "(D Ự  T H Ả O  L Ầ N  I I)",
    ],
)  # fmt: skip
def test_a_draft_stamp_is_read_however_it_is_written(mark: str) -> None:
    assert _draft_marks(PLAN.format(mark=mark, body="không có gì khác")), mark


@given(
    gap=st.sampled_from([" ", "  ", "\t"]),
    word=st.sampled_from(["D Ự", "D U", "D V"]),
    tail=st.sampled_from(["", " 2", " L Ầ N  3", " (lần 2)"]),
    o=st.sampled_from(["O", "0"]),
)
@settings(max_examples=30, deadline=None)
def test_a_spaced_draft_stamp_in_any_spacing(gap: str, word: str, tail: str, o: str) -> None:
    mark = f"{word}{gap}T H Ả {o}{tail}"
    assert _draft_marks(PLAN.format(mark=mark, body="không có gì khác")), mark


@pytest.mark.parametrize(
    "body",
    [
        "góp ý dự thảo kế hoạch kiểm tra",
        "hoàn thiện du thao quy che truoc ngay 15",
        "D Ự án đầu tư công",
    ],
)  # fmt: skip
def test_dự_thảo_in_a_sentence_is_no_stamp(body: str) -> None:
    assert _draft_marks(PLAN.format(mark="", body=body)) == []


@pytest.mark.parametrize(
    "line",
    ["DỰ THẢO NGHỊ QUYẾT VỀ GIÁ ĐẤT", "Du thao tiep theo se gui sau", "DỰ ÁN THAO TRƯỜNG"],
)  # fmt: skip
def test_a_line_saying_more_than_the_stamp_is_not_read_by_the_new_rule(line: str) -> None:
    plan = PLAN.format(mark="", body="không có gì khác")
    text = plan.replace("SỞ TƯ PHÁP\n", f"SỞ TƯ PHÁP\n{line}\n")
    marks = classify_document(text).internal_marks
    assert not any(m.label == "du thao" and m.end - m.start == len(line) for m in marks)


def test_a_spaced_draft_circulated_for_comments_says_so() -> None:
    text = PLAN.format(mark="D Ự  T H Ả O  2\n(Gửi xin ý kiến các đơn vị)", body="không có gì khác")
    en = " ".join(r.en for r in classify_document(text).reasons)
    assert "draft circulated to units for their comments" in en
