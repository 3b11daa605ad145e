"""Marks where holdout25's first run let them through: a level in brackets after the part it
marks (a table of contents' line), an English marking in a subject or a header ("Strictly
Confidential", "Subject: Confidential - ..."), an internal phrase in a disclaimer; and the
prose beside each that names marks without applying them stays allowed."""

from __future__ import annotations

import pytest

from ai_guard import Decision, EntityType, check_prompt

SECRET = EntityType.STATE_SECRET_MARK
INTERNAL = EntityType.INTERNAL_MARK
_MARKS = (SECRET, INTERNAL)


def _marks(text: str) -> list[tuple[EntityType, str]]:
    return [
        (f.entity, text[f.start : f.end]) for f in check_prompt(text).findings if f.entity in _MARKS
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a level alone in parentheses after what it marks, with its diacritics
        (
            "Mục lục\nPhụ lục 3 (Tuyệt mật): Sơ đồ bố trí lực lượng ....... 21",
            [(SECRET, "Tuyệt mật")],
        ),
        ("Báo cáo chuyên đề (Mật) về tình hình an ninh tuyến biên giới", [(SECRET, "Mật")]),
        ("Kèm theo: danh sách cán bộ (tối mật), em đánh số trang giúp", [(SECRET, "tối mật")]),
        # any bracket a table of contents or a pasted PDF uses
        ("Phụ lục 2 【Tối mật】: Danh sách đối tượng", [(SECRET, "Tối mật")]),
        ("Phụ lục 2 « Tối mật »: Danh sách đối tượng", [(SECRET, "Tối mật")]),
        ("Phụ lục 2 {Tuyệt mật}: Sơ đồ", [(SECRET, "Tuyệt mật")]),
        # without diacritics only after a part of a document and its number
        ("Phu luc 2 (Toi mat): Danh sach doi tuong ....... 14", [(SECRET, "Toi mat")]),
        ("phu luc iii (tuyet mat): so do bo tri", [(SECRET, "tuyet mat")]),
        # a level as a whole field of a footer beside its page or copy number
        ("Tóm tắt giúp:\nKết quả rà soát ...\n\nTrang 2/9 | MẬT | Bản số 03", [(SECRET, "MẬT")]),
        ("tom tat giup:\nket qua ...\n\ntrang 2/9 | mat | ban so 03", [(SECRET, "mat")]),
        ("tóm tắt:\n...\ntrang 4 - tối mật - bản số 1", [(SECRET, "tối mật")]),
        ("tóm tắt:\n...\nTrang 3/7 · Mật · Bản số 04", [(SECRET, "Mật")]),
        # English markings in a subject or at a header's head
        (
            "Subject: Strictly Confidential - salary review of the inspectors",
            [(SECRET, "Strictly Confidential")],
        ),
        (
            "STRICTLY CONFIDENTIAL\nTo: Director of the Department",
            [(SECRET, "STRICTLY CONFIDENTIAL")],
        ),
        ("Subject: RE: [Confidential] budget 2027 for the district", [(SECRET, "Confidential")]),
        ("Tiêu đề: SECRET - danh sách nguồn tin", [(SECRET, "SECRET")]),
        # lower-cased in chat: a subject's tag, "confidential" alone on its line
        ("subject: strictly confidential - draft plan", [(SECRET, "strictly confidential")]),
        ("dich giup:\nconfidential\nke hoach bao dam an ninh", [(SECRET, "confidential")]),
        # the internal phrase in an e-mail's disclaimer, with the lower-case document noun
        # before it (tests/corpus/PROMPTS.md: a lower-case mark takes the document's word)
        (
            "Chú thích cuối thư: đây là văn bản lưu hành nội bộ, không chuyển tiếp.",
            [(INTERNAL, "văn bản lưu hành nội bộ")],
        ),
    ],
)
def test_marks_found(text: str, found: list[tuple[EntityType, str]]) -> None:
    assert _marks(text) == found
    assert check_prompt(text).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        # marks named in prose, in lists, words that are no level
        "Ba độ mật (tuyệt mật), (tối mật) và (mật) khác nhau thế nào?",
        "Nuôi ong lấy mật (mật) ở vùng cao có lãi không?",
        'So sánh dấu tối mật, mật và dấu "lưu hành nội bộ" trong một câu hỏi ôn tập.',
        "Giải thích cho học viên: mật, tối mật hoặc chữ xem xong trả lại khác nhau ở đâu",
        "Subject: Secret Santa on Friday at the canteen",
        "subject: secret santa on friday",
        "hom qua (toi mat) vi di lam muon",
        "Phu luc 3 (mat): bang tinh",
        "Trang 2 | Mặt trước | bản sao",
        "Trang 2 · Mặt trước · bản sao",
        "Phụ lục 2 «mật ong»: bảng giá",
        "Bảng giá | mật ong | trang 3",
        "- secret\n- token\n- password",
        "Please keep this strictly confidential until the announcement.",
        "Our data classes are Strictly Confidential, Confidential and Public.",
    ],
)
def test_marks_named_or_absent(text: str) -> None:
    assert _marks(text) == []
