"""Secrecy levels a user quotes, sets beside a document's number, or says stand in the
stamp's corner as written words, in the case and spelling chat gives them (holdout21's
lower-case and plain-typed rewrites left these allowed); the ordinary text beside each shape
stays clean."""

from __future__ import annotations

import pytest

from ai_guard import Decision, EntityType, check_prompt


def _marks(text: str) -> list[str]:
    return [
        text[f.start : f.end]
        for f in check_prompt(text).findings
        if f.entity is EntityType.STATE_SECRET_MARK
    ]


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        # a two-word level between quotes, in lower or sentence case, with a soft hyphen, an
        # OCR'd "l" for the "i", typed plain
        ('file đính kèm có tiêu đề "tuyệt mật", tóm tắt giúp em', "tuyệt mật"),
        ("tiêu đề ghi «Tối mật» nhé", "Tối mật"),
        ('tên tệp là "tuy\xadệt mật", dịch giúp', "tuy\xadệt mật"),
        ('ảnh ocr ra: "tốl mật" rồi đến nội dung', "tốl mật"),
        ('anh chup ra dong: "TOl MAT" roi den noi dung', "TOl MAT"),
        ('ten file la "tuyet mat" nhe', "tuyet mat"),
        # a level just before or just after a document's number on its line
        ("phần đầu công văn: mật - số 45/cv-snv, v/v kiểm tra", "mật"),
        ("dau cong van: MAT | So 45/CV-SNV", "MAT"),
        ("van ban so 9/kh-ubnd toi mat - ke hoach phong chong", "toi mat"),
        # the corner's words, not only its stamp
        ("văn bản này góc trên có chữ toi mat, em cần tóm tắt", "toi mat"),
        ("goc phai co chu tuyet mat, tom tat giup", "tuyet mat"),
    ],
)  # fmt: skip
def test_the_level_blocks_with_its_span(text: str, mark: str) -> None:
    assert _marks(text) == [mark]
    assert check_prompt(text).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        # the levels listed by a leaflet or a rule, quoted
        'Có ba độ mật: "tuyệt mật", "tối mật" và "mật".',
        "Các tài liệu mang dấu “Tối mật” không được sao chụp.",
        # "mất" (lost), "mặt" (face) beside a number
        "tôi mất - số 12/ cái gì đó",
        "mặt - số 3/4 bàn",
        "hồ sơ số 12/2020 mất - ai tìm giúp",
        # a corner with other words
        "góc trên có chữ ký của giám đốc",
    ],
)
def test_ordinary_text_stays_clean(text: str) -> None:
    assert _marks(text) == []
