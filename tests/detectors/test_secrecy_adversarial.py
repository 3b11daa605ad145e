"""vn.secrecy_mark and vn.internal_mark against forms written to slip past them (issue 14,
"Secrets and keys: zero misses"): wrapped in Markdown, HTML or a quoted e-mail, odd spacing
in labels and cells, mixed case, Cyrillic/Greek look-alike letters, Telex typed with the
input method off, letters joined by dots or hyphens, OCR misreadings in a stamp's place; and
the ordinary words beside them that must stay clean."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import Decision, EntityType
from ai_guard.text.invisible import unveil

MARK = EntityType.STATE_SECRET_MARK
INTERNAL = EntityType.INTERNAL_MARK
FAMILY = (MARK, INTERNAL)
CYR_M, CYR_T, CYR_A = "\u041c", "\u0422", "\u0410"  # М, Т, А
GREEK_T = "\u03a4"  # Τ

POSITIVES = [
    # wrapped
    pytest.param("**MẬT**", "MẬT", id="md-bold-line"),
    pytest.param("Gửi anh văn bản **MẬT** về dự án", "MẬT", id="md-bold-inline"),
    pytest.param("Gửi anh văn bản [MẬT] về dự án", "MẬT", id="square-brackets"),
    pytest.param("<b>MẬT</b>", "MẬT", id="html-bold-line"),
    pytest.param("<p><b>TỐI MẬT</b></p>", "TỐI MẬT", id="html-nested"),
    pytest.param("Văn bản <b>MẬT</b> đính kèm", "MẬT", id="html-inline"),
    pytest.param("`MẬT`", "MẬT", id="code-span"),
    pytest.param("~~MẬT~~", "MẬT", id="strike"),
    pytest.param("# MẬT", "MẬT", id="md-heading"),
    # quoted e-mail
    pytest.param("> MẬT", "MẬT", id="quoted"),
    pytest.param("> TỐI MẬT", "TỐI MẬT", id="quoted-two-words"),
    pytest.param(">> MẬT\n>> Số: 12/BC-UBND", "MẬT", id="quoted-twice"),
    pytest.param("> Độ mật: Mật", "Mật", id="quoted-label"),
    # spacing in labels and cells
    pytest.param("Độ   mật :  Mật", "Mật", id="label-wide-spaces"),
    pytest.param("Độ mật:Mật", "Mật", id="label-no-space"),
    pytest.param("|   Độ mật   |   Tối mật   |", "Tối mật", id="cell-padded"),
    pytest.param("| Độ  mật | Mật |", "Mật", id="cell-key-two-spaces"),
    pytest.param(
        "| Số | Độ mật |\n|---|---|\n|   12   |   Tối mật   |", "Tối mật", id="column-padded"
    ),
    # case
    pytest.param("Tối Mật", "Tối Mật", id="title-case-line"),
    pytest.param("TỐI Mật", "TỐI Mật", id="mixed-case-line"),
    pytest.param("Độ mật: Tối Mật", "Tối Mật", id="label-title-case"),
    # look-alike letters inside a word that mixes scripts
    pytest.param(f"{CYR_M}Ậ{CYR_T}", f"{CYR_M}Ậ{CYR_T}", id="cyrillic-m-t"),
    pytest.param(f"TỐI {CYR_M}Ậ{CYR_T}", f"TỐI {CYR_M}Ậ{CYR_T}", id="cyrillic-two-words"),
    pytest.param(f"Văn bản {CYR_M}Ậ{CYR_T} gửi anh", f"{CYR_M}Ậ{CYR_T}", id="cyrillic-inline"),
    pytest.param(f"MẬ{GREEK_T}", f"MẬ{GREEK_T}", id="greek-t"),
    # Telex typed with the input method off
    pytest.param("MAATJ", "MAATJ", id="telex-mat"),
    pytest.param("TOOSI MAATJ", "TOOSI MAATJ", id="telex-toi-mat"),
    pytest.param("TUYEETJ MAATJ", "TUYEETJ MAATJ", id="telex-tuyet-mat"),
    pytest.param("Độ mật: MAATJ", "MAATJ", id="telex-label"),
    # letters joined by dots or hyphens
    pytest.param("M.Ậ.T", "M.Ậ.T", id="dotted"),
    pytest.param("M-Ậ-T", "M-Ậ-T", id="hyphenated"),
    pytest.param("T.Ố.I M.Ậ.T", "T.Ố.I M.Ậ.T", id="dotted-two-words"),
    pytest.param("Báo cáo\nT-Ố-I  M-Ậ-T\nKính gửi", "T-Ố-I  M-Ậ-T", id="hyphenated-two-words"),
    # OCR in a stamp's place
    pytest.param("MÀT\nSố: 12/BC-UBND", "MÀT", id="ocr-grave-in-header"),
    pytest.param("Độ mật: MÀT", "MÀT", id="ocr-grave-after-label"),
    pytest.param("MẠT\nSố: 12/BC-UBND", "MẠT", id="ocr-dot-only-in-header"),
    pytest.param("Độ mật: Mạt", "Mạt", id="ocr-dot-only-after-label"),
    # HTML tables, CSV, a label's value on the next line
    pytest.param("<td>Độ mật</td><td>Tối mật</td>", "Tối mật", id="html-cells"),
    pytest.param("<tr><th>Độ mật</th></tr><tr><td>Tối mật</td></tr>", "Tối mật", id="html-rows"),
    pytest.param("Số hiệu,Trích yếu,Độ mật\n12/BC,Báo cáo,Tối mật", "Tối mật", id="csv-column"),
    pytest.param("Độ mật:\nMật", "Mật", id="label-value-next-line"),
    pytest.param("Độ mật:\r\nTối mật\r\nSố: 12", "Tối mật", id="label-value-next-line-crlf"),
    pytest.param("Độ mật: (A)", "A", id="envelope-letter-in-brackets"),
    # joined words, bullets, wider letter spacing
    pytest.param("TỐI-MẬT", "TỐI-MẬT", id="hyphen-between-words"),
    pytest.param("TOI_MAT", "TOI_MAT", id="underscore-no-diacritics"),
    pytest.param("▪ TỐI MẬT", "TỐI MẬT", id="bullet"),
    pytest.param("• MẬT", "MẬT", id="round-bullet"),
    pytest.param("M  Ậ  T", "M  Ậ  T", id="two-space-letter-spacing"),
    pytest.param("M\tẬ\tT", "M\tẬ\tT", id="tab-letter-spacing"),
]

INTERNAL_POSITIVES = [
    pytest.param("**LƯU HÀNH NỘI BỘ**", "LƯU HÀNH NỘI BỘ", id="md-bold"),
    pytest.param("> LƯU HÀNH NỘI BỘ", "LƯU HÀNH NỘI BỘ", id="quoted"),
    pytest.param("<i>Tài liệu không phổ biến</i>", "Tài liệu không phổ biến", id="html-italic"),
    pytest.param("LƯU HÀNH          NỘI BỘ", "LƯU HÀNH          NỘI BỘ", id="wide-gap"),
    pytest.param("L.Ư.U H.À.N.H N.Ộ.I B.Ộ", "L.Ư.U H.À.N.H N.Ộ.I B.Ộ", id="dotted"),
    pytest.param("LƯU_HÀNH_NỘI_BỘ", "LƯU_HÀNH_NỘI_BỘ", id="underscores"),
    pytest.param("Lưu\u2011hành nội bộ", "Lưu\u2011hành nội bộ", id="non-breaking-hyphen"),
]

NEGATIVES = [
    "Đổi mật khẩu máy tính",
    "Công tác bảo mật thông tin",
    "Mật ong rừng",
    "Mặt trận Tổ quốc",
    "MẶT TRẬN TỔ QUỐC",
    "> Mặt trận",
    "Bí mật kinh doanh của doanh nghiệp",
    "Luật chia bí mật nhà nước thành Tuyệt mật, Tối mật và Mật.",
    "Độ mật gồm Tuyệt mật, Tối mật, Mật",
    "Thông tin thuộc độ Tối mật phải được bảo vệ",
    "**BẢO MẬT THÔNG TIN**",
    "> mật khẩu của anh là",
    "MẬT KHẨU",
    "<b>Mặt hàng</b>",
    "MÀT",
    "MẠT",
    "Mạt cưa",
    "MẠT CƯA",
    "Thời mạt pháp",
    "Tài liệu hạng mạt",
    "MÀ T",
    "Tôi đi chơi mà T không đi",
    "M-A-T-H",
    "MATH",
    "\u041c\u0410\u0422\u0415\u041c\u0410\u0422\u0418\u041a\u0410",  # МАТЕМАТИКА, one script
    "\u041c\u0430\u0442",  # Мат
    "Bài viết của Μ\u03b1\u03c4",  # a Greek word alone
    "Москва và Hà Nội",
    "MAATJ KHAAUR",
    "maatj khaaur",
    "thông báo nội bộ",
    "Luật Phổ biến, giáo dục pháp luật",
    "T.P. Hồ Chí Minh, v.v.",
    "các mục a-b-c của Điều 5",
    "Tối mật là gì?",
    "Tối Mật là một độ mật",
    "GIẢI MẬT TÀI LIỆU LƯU TRỮ: HƯỚNG DẪN",  # a heading about declassifying (the stamp
    # itself, "GIẢI MẬT" alone, is an INTERNAL_MARK: tests/test_disguises_enc21.py)
    "tối mát trời",
    "Độ mật:\nMật khẩu của hộp thư",
    "Độ mật:\nTuyệt mật, Tối mật",
    "Độ mật\nMật ong",
    "<td>Độ mật</td><td>Mật khẩu</td>",
    "<p>Độ mật</p><p>Tuyệt mật, Tối mật và Mật là ba độ</p>",
    "Tên, tuổi, mật khẩu, ghi chú",
    "Số hiệu,Trích yếu\n12/BC,Tối mật là gì",
    "• Bảo mật thông tin",
    "thông báo nội_bộ",
    "các bước A  B  C",
    "Điểm\tA\tB",
    "<b>Bí mật</b> của thành công",
    "> Bảo mật là trách nhiệm của mọi người",
    "**Mật ong** nguyên chất",
    "Mật độ: 250 người/km2",
    "MẶT BẰNG TỔNG THỂ",
    "TOI MAT VI ROI",
    "tôi mất ví rồi",
    "Hướng dẫn đổi MẬT KHẨU",
    "M.A.T.H",
    "Mật thư số 3",
]


@pytest.mark.parametrize(("text", "value"), POSITIVES)
def test_secrecy_mark_in_disguise(scan, text: str, value: str) -> None:
    scan.expect(text, MARK, value, 0.75)
    assert scan(text).decision is Decision.BLOCK


@pytest.mark.parametrize(("text", "value"), INTERNAL_POSITIVES)
def test_internal_mark_in_disguise(scan, text: str, value: str) -> None:
    scan.expect(text, INTERNAL, value, 0.75)
    assert scan(text).decision is Decision.BLOCK


@pytest.mark.parametrize("text", NEGATIVES)
def test_ordinary_words_beside_them_stay_clean(scan, text: str) -> None:
    scan.expect_none(text, FAMILY)


def test_more_negatives_than_positives() -> None:
    assert len(NEGATIVES) >= len(POSITIVES)


# -- the unveiled reading ----------------------------------------------------------------------


def test_telex_reading_spans_the_whole_typed_word() -> None:
    text = "Độ mật: MAATJ, ký TOOSI"
    veil = unveil(text)
    assert veil is not None
    assert veil.text == "Độ mật: MẬT, ký TỐI"
    s = veil.text.index("MẬT")
    assert text[slice(*veil.span(s, s + 3))] == "MAATJ"
    t = veil.text.index("TỐI")
    assert text[slice(*veil.span(t, t + 3))] == "TOOSI"


def test_dotted_letters_joined_three_or_more() -> None:
    veil = unveil("M.Ậ.T và T-Ố-I")
    assert veil is not None
    assert veil.text == "MẬT và TỐI"
    assert unveil("T.P. Hồ Chí Minh, a.b") is None


# letters that fold to a-z, the separators the joiner reads, and what stands around words
_ALPHABET = st.sampled_from(list("aMẬtTỐI ..--\n\t(*ab"))


@given(st.text(_ALPHABET, max_size=30))
def test_unveil_gate_lets_every_joinable_run_through(text: str) -> None:
    """The cheap gates never hide a run the joiner would join: a letter-spaced run after a
    space, a line break, a tab or at the start, any run of three letters or more, and letters
    joined by dots or hyphens (three or more)."""
    spaced = re.search(r"(?:^|(?<=[ \n\t]))(?:[^\W\d_] )+[^\W\d_](?![^\W\d_])", text)
    long_run = re.search(r"(?<![^\W\d_])(?:[^\W\d_] ){2,}[^\W\d_](?![^\W\d_])", text)
    separated = re.search(
        r"(?<![^\W\d_.\-])[^\W\d_]([.\-])[^\W\d_](?:\1[^\W\d_])+(?![^\W\d_])", text
    )
    if spaced or long_run or separated:
        veil = unveil(text)
        assert veil is not None
        assert len(veil.text) < len(text)


@given(st.text(_ALPHABET, max_size=30))
def test_unveil_offsets_point_at_the_letters_they_came_from(text: str) -> None:
    veil = unveil(text)
    if veil is None:
        return
    for i, ch in enumerate(veil.text):
        start, end = veil.span(i, i + 1)
        assert text[start:end] == ch


@pytest.mark.parametrize("stamp", ["MẬT", "TỐI MẬT", "TUYỆT MẬT"])
@settings(deadline=None)  # the first check_prompt loads the detectors
@given(
    wrap=st.sampled_from(["**{}**", "<b>{}</b>", "> {}", "[{}]", "`{}`", "  {}  ", "_{}_"]),
    spacing=st.sampled_from(["", " ", ".", "-"]),
)
def test_a_wrapped_or_spaced_stamp_is_always_blocked(stamp: str, wrap: str, spacing: str) -> None:
    from ai_guard import check_prompt

    words = [spacing.join(w) for w in stamp.split()]
    text = "Số: 12/BC-UBND\n" + wrap.format(("  " if spacing else " ").join(words))
    assert check_prompt(text).decision is Decision.BLOCK
