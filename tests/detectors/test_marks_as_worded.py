"""Secrecy and circulation marks as people word and damage them (holdout22's first run let
seven of them through): a level in a file's name, a subject tag, OCR's breve after TUYỆT,
VIQR (the ASCII convention of old mail and files), a circulation line reworded, a withdrawn
document said in chat, a level as a document's predicate far from its noun; the ordinary text
beside each shape stays clean."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import Decision, EntityType, check_prompt
from ai_guard.testing import strategies as vst
from ai_guard.text.disguises import read_disguises

_MARKS = (EntityType.STATE_SECRET_MARK, EntityType.INTERNAL_MARK)


def _marks(text: str) -> list[tuple[EntityType, str]]:
    return [
        (f.entity, text[f.start : f.end]) for f in check_prompt(text).findings if f.entity in _MARKS
    ]


SECRET = EntityType.STATE_SECRET_MARK
INTERNAL = EntityType.INTERNAL_MARK


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a level among a file name's parts, in capitals, nothing but a version after it
        ("gửi anh file BC_07_MAT.pdf để rà soát lỗi chính tả", [(SECRET, "MAT")]),
        ("mo giup file KH-TUYET-MAT-v3.docx", [(SECRET, "TUYET-MAT")]),
        ("em up file TB_TOI_MAT_final.docx len roi", [(SECRET, "TOI_MAT")]),
        ("Đính kèm QĐ_88_MẬT.docx", [(SECRET, "MẬT")]),
        # OCR read the dot below as a breve: after TUYỆT it is the level wherever it stands
        ('dòng đầu bản quét là "TUYỆT MẶT", sửa chính tả giúp', [(SECRET, "TUYỆT MẶT")]),
        ("góc phải: TUYỆT MẶT - số 4/KH", [(SECRET, "TUYỆT MẶT")]),
        # VIQR
        ("ban go VIQR: TUYE^.T MA^.T - ke^' hoa.ch", [(SECRET, "TUYE^.T MA^.T")]),
        ("dau trang ghi LU+U HA`NH NO^.I BO^., dich giup", [(INTERNAL, "LU+U HA`NH NO^.I BO^.")]),
        # a subject tag, a reworded circulation line
        ("Subject: [NỘI BỘ] Danh sách dự kiến nâng lương", [(INTERNAL, "NỘI BỘ")]),
        ("Tieu de: [noi bo] lich truc Tet", [(INTERNAL, "noi bo")]),
        ("Báo cáo (NỘI BỘ) về nhân sự quý IV", [(INTERNAL, "NỘI BỘ")]),
        (
            "Cuối văn bản có câu: chỉ lưu hành trong phạm vi nội bộ, anh rút gọn giúp",
            [(INTERNAL, "chỉ lưu hành trong phạm vi nội bộ")],
        ),
        # a withdrawn document said in chat
        (
            "bản này là tài liệu thu hồi, em chụp lại rồi, tóm tắt giúp",
            [(SECRET, "tài liệu thu hồi")],
        ),
        (
            "day la tai lieu thu hoi sau hoi nghi nhung em chup roi",
            [(SECRET, "tai lieu thu hoi")],
        ),
        # the level as the document's predicate, words between them (the level alone, as
        # test_secrecy_case's "tài liệu này là tối mật")
        ("Văn bản này được xếp loại tối mật nên chỉ chép đoạn cuối", [(SECRET, "tối mật")]),
    ],
)  # fmt: skip
def test_the_mark_blocks_with_its_span(text: str, found: list[tuple[EntityType, str]]) -> None:
    assert _marks(text) == found
    assert check_prompt(text).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        # "mật độ" (density), "mặt bằng" (floor plan), "mặt cắt" in file names; lower case
        "File BC_MAT_DO_DAN_CU.xlsx thiếu cột nào?",
        "Bản vẽ MAT_BANG_TANG_2.pdf và MAT_CAT_A-A.pdf đã cập nhật",
        "gửi file ban_ve_mat_dung.pdf giúp em",
        # "tối mặt" is a phrase (worked off one's feet), "tuyệt" and "mặt" apart
        "Cả tuần em làm tối mặt tối mũi.",
        "Bức ảnh tuyệt, mặt hồ phẳng lặng.",
        # VIQR in prose about the old convention, code that looks like it
        "VIQR gõ chữ Vie^.t thành Việt, ba('ng thành bắng.",
        "x = data(a) + foo(b); it's a.m., don't",
        # "nội bộ" in ordinary phrases and in parentheses in a sentence
        "Giữ vững đoàn kết nội bộ, thực hiện quy chế chi tiêu nội bộ.",
        "Các khoản chi (nội bộ) ghi ở mục 3.",
        "Tài liệu lưu hành trong nội bộ có được đưa lên chatbot không?",
        # documents seized, land recovered, the act of withdrawing
        "Đây là tài liệu thu hồi được tại hiện trường, lập danh mục giúp.",
        "Hồ sơ này là tài liệu thu hồi đất của dự án.",
        "Quy trình thu hồi tài liệu sau họp gồm mấy bước?",
    ],
)
def test_ordinary_text_stays_clean(text: str) -> None:
    assert _marks(text) == []


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["MẬT", "TỐI MẬT", "TUYỆT MẬT", "LƯU HÀNH NỘI BỘ"]),
    st.sampled_from(["Kế hoạch kiểm tra", "Báo cáo nhân sự", "Tờ trình số 12"]),
)
def test_a_mark_typed_in_viqr_blocks_as_typed(mark: str, title: str) -> None:
    text = vst.typed(f"{mark}\n{title}\nNội dung: ...", method="viqr")
    check = check_prompt(text)
    assert check.decision is Decision.BLOCK
    assert any(f.entity in _MARKS for f in check.findings)


@given(st.text(alphabet="aeoubdAEOUD^(+'`?~. \n", max_size=60))
def test_the_viqr_reading_never_crashes_and_maps_back(text: str) -> None:
    reading = read_disguises(text)
    if reading is not None:
        for site in reading.sites:
            assert 0 <= site.start < site.end <= len(text)


@pytest.mark.parametrize(
    "text",
    [
        # a file name in lower case after its document's code or number; a glued level
        "em đính kèm file qd_12_mat.docx, tóm tắt giúp",
        "copy từ file bc_nhansu_toimat_v2.docx",
        # a stamp said to be the level ("dấu là"), an English "stamped"/"marked" before a level
        # typed plain, a heading's pictograph before the level alone on its line
        "dong dau la tối mật, anh chuyen sang unicode giup",
        "note: the original is stamped toi mat by the police, keep it short",
        "Chuyển sang văn phong báo cáo:\n## 🔒 **mật**\n### Kết quả rà soát",
        "## ⚠️ MAT\nNoi dung",
    ],
)
def test_the_mark_as_rewritten_in_chat_blocks(text: str) -> None:
    assert check_prompt(text).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "gửi em file ban_ve_mat_dung.pdf",
        "File bc_mat_do_dan_so.xlsx thiếu cột",
        "con dau la toi mat roi",
        "## 🔒 Mật khẩu mới\nĐổi mật khẩu mỗi 90 ngày",
    ],
)
def test_the_same_shapes_in_ordinary_text_stay_clean(text: str) -> None:
    assert _marks(text) == []
