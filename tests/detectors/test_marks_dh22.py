"""documents_holdout22's two stamps check_prompt missed (issue 14): ``MẠT`` (OCR read the
stamp's dot under the "a", its hat lost) in the left column of a header line beside the place
and date, and ``MẬT`` read down the right margin one letter a line. Each in its general form,
with the negatives beside it that must stay clean."""

from __future__ import annotations

import pytest
from _probes import found as _found
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import Decision, EntityType, check_prompt
from ai_guard.detectors.secrecy import vertical_letters

# -- a damaged "MẬT" set apart as a field of a header line ----------------------------------


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        (
            "THANH TRA TỈNH HÀ TĨNH\nSố: O4/BC-ĐXM\n      MẠT                             "
            "Hà Tĩnh, ngày 27 tháng 11 năm 2026\nBÁO CÁO\nKết quả xác minh",
            "MẠT",
        ),
        (
            "Số: 12/KH-UBND\n   MẶT\t\tLạng Sơn, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH",
            "MẶT",
        ),
        ("So: 215/BC-UBND      MÀT\nBÁO CÁO tình hình", "MÀT"),
        ("UBND XÃ AN PHÚ      MẠT\nSố: 12/KH-UBND\nKẾ HOẠCH", "MẠT"),
    ],
)
def test_a_stamp_damaged_by_ocr_in_a_header_column_blocks(text: str, mark: str) -> None:
    assert mark in _found(text, EntityType.STATE_SECRET_MARK)
    assert check_prompt(text).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        # a heading whose words a PDF spaced apart: "MẶT TRẬN", "MẶT HÀNG"
        "ĐẠI HỘI ĐẠI BIỂU\nMẶT                      TRẬN TỔ QUỐC\nSố: 12/KH-MTTQ",
        "Số: 12/KH-UBND\nMẶT            HÀNG THIẾT YẾU\nKẾ HOẠCH",
        # "mặt" (face, side) outside a header's columns
        "Sân vận động mặt cỏ      MẶT      mới\n",
        "Số: 04/BC-ĐXM      Hà Tĩnh, ngày 27 tháng 11 năm 2026\nMẶT TRẬN      TỔ QUỐC\nBÁO CÁO",
        # a spaced field in running text far from any header
        "Danh sách vật tư\nGỗ      MẠT      cưa\nSắt thép      loại 2\n",
    ],
)
def test_face_words_beside_wide_gaps_are_no_stamp(text: str) -> None:
    assert _found(text, EntityType.STATE_SECRET_MARK) == []


# -- a stamp read down a margin, one letter a line --------------------------------------------

_DH22_018 = (
    "CÔNG AN TỈNH THÁI NGUYÊN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "CƠ QUAN CẢNH SÁT ĐIỀU TRA             Độc lập - Tự do - Hạnh phúc\n"
    "Số: 2l9/CSĐT-KT                        Thái Nguyên, ngày 0l tháng 12 năm 2026\n"
    "V/v cung cấp tài liệu                                   M\n"
    "                                                        Ậ\n"
    "Kính gửi: Ngân hàng TMCP Quân đội                       T\n"
    "\n"
    "Đề nghị Quý Ngân hàng cung cấp sao kê giao dịch.\n"
)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        (_DH22_018, "MẬT"),
        # the left margin, before the text's column
        ("M     UBND XÃ AN PHÚ\nẬ     Số: 12/KH-UBND\nT     KẾ HOẠCH\nNội dung ...", "MẬT"),
        # the letters alone on their lines, a blank line between two of them
        ("Số: 08/BC-CA\nT\nỐ\nI\n\nM\nẬ\nT\nBÁO CÁO", "TỐIMẬT"),
        # a two-word level down the right margin with tabs
        (
            "BỘ CHỈ HUY\tT\n\t\tU\nSố: 3/KH\tY\n\t\tỆ\n\t\tT\n\t\tM\n\t\tẬ\n\t\tT\nKẾ HOẠCH",
            "TUYỆTMẬT",
        ),
        # OCR read the dot as a breve
        ("V/v phối hợp          M\n                      Ặ\nKính gửi: Sở          T\n", "MẶT"),
    ],
)
def test_a_stamp_read_down_a_margin_blocks(text: str, letters: str) -> None:
    result = check_prompt(text)
    marks = [f for f in result.findings if f.entity is EntityType.STATE_SECRET_MARK]
    assert [vertical_letters(text, f.start, f.end) for f in marks] == [letters]
    assert all(f.pattern == "secrecy.vertical" for f in marks)
    assert result.decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        # bare capitals down a column say nothing: codes, sizes, options
        "Hạng mục        M\nKhối lượng      A\nĐơn giá         T\n",
        "Phương án:\nA\nB\nC\n",
        # letters not in one column
        "V/v cung cấp tài liệu       M\n          Ậ\nKính gửi: Ngân hàng     T\n",
        # lower case letters down a margin
        "Dòng một       m\nDòng hai       ậ\nDòng ba        t\n",
        # a level's letters with a line of text between
        "Tiêu đề       M\n              Ậ\nNội dung thứ nhất của báo cáo\n              T\n",
    ],
)
def test_letters_down_a_column_that_spell_no_level_stay_clean(text: str) -> None:
    assert _found(text, EntityType.STATE_SECRET_MARK) == []


@settings(max_examples=40, deadline=None)
@given(
    lines=st.lists(
        st.text(alphabet="abcdefghik ĐđƠơ", min_size=0, max_size=30), min_size=3, max_size=6
    ),
    gap=st.integers(min_value=3, max_value=12),
)
def test_a_vertical_mat_beside_any_lines_is_found(lines: list[str], gap: int) -> None:
    width = max(len(x) for x in lines) + gap
    rows = [x.ljust(width) + c for x, c in zip(lines, "MẬT", strict=False)]
    text = "\n".join(rows + lines[3:]) + "\n"
    marks = _found(text, EntityType.STATE_SECRET_MARK)
    assert len(marks) == 1
    assert check_prompt(text).decision is Decision.BLOCK


_MARGIN_ALPHABET = st.sampled_from(list("MẬTỐIUYỆabc1 \t\t\n\n\n\r_-|"))


@settings(max_examples=400, deadline=None)
@given(st.lists(_MARGIN_ALPHABET, max_size=80).map("".join))
def test_the_margin_gate_never_hides_a_run_the_patterns_find(text: str) -> None:
    """The line-by-line test before the margin patterns is exact: every text where either
    pattern finds three letters (a possible run) passes it."""
    from ai_guard.detectors import secrecy

    for pattern in secrecy._MARGIN_LETTERS:
        if len(pattern.findall(text)) > 2:
            assert secrecy._margin_possible(text)
