"""A private mailbox at a public provider is a person's contact, even after a contact cue in a
document that names no one (gw14 found a text whose only personal datum was
``email: nguyenvanan@gmail.com`` classified ``send``, so a guarded client's file upload let it
out unredacted); an office's own mailbox there says what it is and stays the office's."""

from __future__ import annotations

import pytest

from ai_guard import classify_document


@pytest.mark.parametrize(
    "text",
    [
        "email: nguyenvanan@gmail.com",
        "Đề nghị gửi lại hồ sơ. Liên hệ email: tranthimai.1990@yahoo.com",
        "THÔNG BÁO\nMọi ý kiến xin gửi về địa chỉ thư lehoang88@outlook.com",
        # user names that spell a person with a word an office's name also holds
        "Liên hệ email: phuongnguyen.92@gmail.com",
        "Liên hệ email: nguyenvanphong@gmail.com",
        "Liên hệ email: truongthihuyen@yahoo.com",
    ],
)
def test_a_mailbox_of_ones_own_is_not_sent_as_it_is(text: str) -> None:
    result = classify_document(text)
    assert result.recommended_action == "redact_then_send"
    assert result.sensitivity == "personal"


@pytest.mark.parametrize(
    "text",
    [
        "THÔNG BÁO\nMọi ý kiến xin liên hệ Văn phòng UBND xã, email: vanthu.ubndxahoa@gmail.com",
        "THÔNG BÁO\nHỗ trợ kỹ thuật: email hotro.dichvucong@gmail.com",
        "THÔNG BÁO\nLiên hệ: email tiepnhan@sotuphap.gov.vn",
    ],
)
def test_an_offices_mailbox_after_its_cue_stays_the_offices(text: str) -> None:
    assert classify_document(text).recommended_action == "send"
