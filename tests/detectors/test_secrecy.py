"""vn.secrecy_mark: state-secret marks (dấu chỉ độ mật) and control stamps, reference.md c.3-c.4."""

from __future__ import annotations

import pytest

from ai_guard import Decision, EntityType

MARK = EntityType.STATE_SECRET_MARK
FAMILY = (MARK,)

HEADER = "UBND TỈNH HÀ GIANG\nSố: 12/QĐ-UBND\n{mark}\nQUYẾT ĐỊNH\nVề việc phê duyệt kế hoạch"

ROWS = [
    # 1. the stamp alone on its line
    pytest.param("TỐI MẬT", MARK, "TỐI MẬT", 0.95, id="toi-mat-line"),
    pytest.param("TUYỆT MẬT", MARK, "TUYỆT MẬT", 0.95, id="tuyet-mat-line"),
    pytest.param("MẬT", MARK, "MẬT", 0.95, id="mat-line"),
    pytest.param("Tuyệt mật", MARK, "Tuyệt mật", 0.95, id="tuyet-mat-capitalised"),
    pytest.param(HEADER.format(mark="MẬT"), MARK, "MẬT", 0.95, id="mat-in-header"),
    pytest.param("*** TỐI MẬT ***", MARK, "TỐI MẬT", 0.95, id="decorated"),
    pytest.param("(TỐI MẬT)\nNội dung", MARK, "TỐI MẬT", 0.95, id="parenthesised-line"),
    pytest.param("  MẬT  \nBáo cáo", MARK, "MẬT", 0.95, id="padded"),
    # OCR: no diacritics, capitals alone on the line
    pytest.param("TUYET MAT", MARK, "TUYET MAT", 0.85, id="ocr-tuyet-mat"),
    pytest.param("Báo cáo\nTOI MAT\nKính gửi", MARK, "TOI MAT", 0.85, id="ocr-toi-mat"),
    pytest.param(HEADER.format(mark="MAT"), MARK, "MAT", 0.85, id="ocr-mat-in-header"),
    # 2. label
    pytest.param("Độ mật: Tối mật", MARK, "Tối mật", 0.95, id="label"),
    pytest.param("Văn bản số 12, độ mật: Mật, gửi kèm", MARK, "Mật", 0.95, id="label-inline"),
    pytest.param("do mat: toi mat", MARK, "toi mat", 0.95, id="label-ocr"),
    # 3. bracketed inline
    pytest.param("Gửi kèm tài liệu [MẬT] cho anh", MARK, "MẬT", 0.9, id="bracketed"),
    pytest.param("Báo cáo (TUYỆT MẬT) về dự án", MARK, "TUYỆT MẬT", 0.9, id="bracketed-paren"),
    # 4. capitals inside ordinary text
    pytest.param("Văn bản này là TỐI MẬT nhé", MARK, "TỐI MẬT", 0.75, id="caps-inline"),
    # 5. control stamps
    pytest.param("TÀI LIỆU THU HỒI", MARK, "TÀI LIỆU THU HỒI", 0.9, id="thu-hoi"),
    pytest.param("CHỈ NGƯỜI CÓ TÊN MỚI ĐƯỢC BÓC BÌ", MARK, "CHỈ NGƯỜI CÓ TÊN MỚI ĐƯỢC BÓC BÌ",
                 0.9, id="boc-bi"),
    pytest.param("Chỉ người có tên mới được bóc bì", MARK, "Chỉ người có tên mới được bóc bì",
                 0.9, id="boc-bi-mixed-case"),
    pytest.param("TAI LIEU THU HOI", MARK, "TAI LIEU THU HOI", 0.9, id="thu-hoi-ocr"),
    # never a mark
    pytest.param("Mật", None, None, 0, id="mat-mixed-case-line"),
    pytest.param("mật", None, None, 0, id="mat-lower-line"),
    pytest.param("Đây là bí mật của tôi", None, None, 0, id="bi-mat"),
    pytest.param("Quên mật khẩu email", None, None, 0, id="mat-khau"),
    pytest.param("MẬT KHẨU", None, None, 0, id="mat-khau-caps"),
    pytest.param("BẢO MẬT", None, None, 0, id="bao-mat-caps"),
    pytest.param("Chính sách bảo mật thông tin", None, None, 0, id="bao-mat"),
    pytest.param("Mua mật ong rừng", None, None, 0, id="mat-ong"),
    pytest.param("Luật Bảo vệ bí mật nhà nước", None, None, 0, id="law-name"),
    pytest.param("thông tin thuộc độ Tối mật phải được bảo vệ", None, None, 0,
                 id="level-in-prose"),
    pytest.param("Có ba độ mật: Tuyệt mật, Tối mật và Mật theo luật", None, None, 0,
                 id="levels-listed"),
    pytest.param("ĐỘ TỐI MẬT", None, None, 0, id="level-named-in-caps-heading"),
    pytest.param("MẤT ĐIỆN", None, None, 0, id="mat-dien"),
    pytest.param("MẶT TRẬN", None, None, 0, id="mat-tran"),
    pytest.param("MẤT", None, None, 0, id="mat-lost-line"),
    pytest.param("MẶT", None, None, 0, id="mat-face-line"),
    pytest.param("MÁT", None, None, 0, id="mat-cool-line"),
    pytest.param("tôi mất", None, None, 0, id="toi-mat-i-lost"),
    pytest.param("toi mat", None, None, 0, id="ocr-toi-mat-lower"),
    pytest.param("Quy trình GIẢI MẬT tài liệu", None, None, 0, id="giai-mat"),  # the stamp
    # alone, "GIẢI MẬT", is no state-secret mark but is not allowed: tests/test_disguises_enc21.py
    pytest.param("tài liệu thu hồi vốn", None, None, 0, id="thu-hoi-prose"),
    # rule 1: the two-word levels alone on a line count in any letter case
    pytest.param("tuyệt mật", MARK, "tuyệt mật", 0.9, id="tuyet-mat-lower-line"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "entity", "value", "min_score"), ROWS)
def test_secrecy_table(scan, text, entity, value, min_score) -> None:
    finding = scan.row(text, entity, value, min_score, FAMILY)
    if finding is not None:
        assert finding.validated is True
        assert finding.action is Decision.BLOCK
        assert finding.placeholder is None or finding.placeholder.startswith("[STATE_SECRET")
        assert scan(text).decision is Decision.BLOCK
    else:
        assert scan(text).decision is Decision.ALLOW


def test_stamp_scores_above_inline_capitals(scan) -> None:
    stamp = scan.expect("TỐI MẬT", MARK, "TỐI MẬT", 0.95)
    inline = scan.expect("Gửi anh đoạn TỐI MẬT nhé", MARK, "TỐI MẬT", 0.75)
    assert stamp.score > inline.score
    assert stamp.pattern == "secrecy.stamp_line"
    assert inline.pattern == "secrecy.caps_inline"


def test_family_traps(scan, family_trap) -> None:
    scan.expect_none(family_trap, FAMILY)
