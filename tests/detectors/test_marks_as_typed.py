"""Secrecy and circulation marks as holdout11's writer typed them (written to break the guard),
written anew as shapes: each blocks, with the span the corpus guide gives, and the ordinary
text beside them stays clean."""

from __future__ import annotations

import pytest

from ai_guard import Decision, EntityType, check_prompt

_MARKS = (EntityType.STATE_SECRET_MARK, EntityType.INTERNAL_MARK)


def _marks(text: str) -> list[str]:
    return [text[f.start : f.end] for f in check_prompt(text).findings if f.entity in _MARKS]


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        # an English classification field: "classified" alone before the separator
        ("Classified: SECRET. Summary of the provincial briefing follows.", "SECRET"),
        ("Protective marking: TOP SECRET\nPlan No. 14", "TOP SECRET"),
        # the stamp line typed in lower case
        ("Translate this header:\ntop secret\nplan no. 14 on protecting key targets", "top secret"),
        # the envelope letter with its key, as a line of text says it
        ("Phong bì ghi Độ mật: C, nhờ tóm tắt nội dung", "Độ mật: C"),
        ("ngoai bi ghi do mat: b", "do mat: b"),
        # the lower-case level said of a document takes its word
        ("file đính kèm là biên bản họp chi ủy (tài liệu mật), tóm tắt giúp", "tài liệu mật"),
        ("ban nay dong dau mat roi, tom tat giup em", "dau mat"),
        # the stamp in capitals after "dấu" is the stamp's own text
        ("trong anh chup van ban co dau MAT o goc trai", "MAT"),
        # a circulation mark in title case, opening a quoted paste before a dash
        ('Viết lại đoạn mở đầu: "Lưu Hành Nội Bộ – Dự thảo quy chế phối hợp"', "Lưu Hành Nội Bộ"),
        ('viet lai doan mo dau: "luu hanh noi bo – du thao quy che"', "luu hanh noi bo"),
        # closing a heading after a dash
        ("tai lieu hop - xem xong tra lai\nde an sap xep nhan su", "xem xong tra lai"),
        # (holdout12) a pasted document's label before a colon and the document's kind
        ("xem xong tra lai: bien ban hop chi bo thang 11, viet lai cho gon", "xem xong tra lai"),
        ("Lưu hành nội bộ: Kế hoạch kiểm tra năm 2026", "Lưu hành nội bộ"),
        # the lower-case level said of one document, where it came from or whose it is
        ("c ơi tài liệu mật bên ban tổ chức gửi, nhờ viết lại phần kết luận", "tài liệu mật"),
        ("hồ sơ mật em vừa nhận, tóm tắt giúp", "hồ sơ mật"),
        ("c oi tai lieu mat ben ban to chuc gui, nho viet lai", "tai lieu mat"),
    ],
)  # fmt: skip
def test_the_mark_blocks_with_its_span(text: str, mark: str) -> None:
    assert _marks(text) == [mark]
    assert check_prompt(text).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "classified: confidential",  # a data class typed in chat
        "the secret to a good summary is brevity",
        "a top secret recipe for phở",
        "Quy Định Về Tài Liệu Lưu Hành Nội Bộ Của Sở Tư Pháp Tỉnh",  # a title-case heading names it
        'cụm từ "lưu hành nội bộ" nghĩa là gì',
        "toi bi dau mat qua, xin nghi",  # đau mắt
        "con dau mat roi",  # con dâu mất
        "ho so mat anh oi, em phai lam lai",  # hồ sơ mất (lost), typed plain
        "quy định về bảo vệ tài liệu mật của cơ quan",  # the concept
        "lưu hành nội bộ: là gì?",  # the phrase asked about
        "không phổ biến: kế hoạch này đã công khai",  # an answer, not a mark
        "Đội A gặp đội B",
    ],
)
def test_ordinary_text_stays_clean(text: str) -> None:
    assert _marks(text) == []
