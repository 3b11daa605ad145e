"""The end-to-end example of docs/testing.md, run as a test (keep the two identical)."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings

from ai_guard import check_prompt
from ai_guard.testing import strategies as vst


# -- the application under test: a small assistant that drafts replies to citizens -----------
def draft_reply(client: Any, citizen_letter: str) -> str:
    check = check_prompt(citizen_letter)
    if check.blocked:
        return "Không thể xử lý văn bản này bằng AI."
    answer = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Bạn soạn thư trả lời công dân, lịch sự, ngắn gọn."},
            {"role": "user", "content": check.redacted_text},
        ],
    )
    return check.restore(answer.choices[0].message.content)


# -- the tests: whatever a citizen writes, no identifier reaches the model -------------------
@settings(max_examples=50, deadline=None)
@given(vst.labelled_prompts())
def test_no_identifier_reaches_the_model(prompt: vst.LabelledPrompt) -> None:
    from ai_guard.testing import LLMSpy, assert_no_leak

    spy = LLMSpy(reply="Kính gửi ông/bà, chúng tôi đã nhận được đơn.")
    draft_reply(spy, prompt.text)
    for start, end, _ in prompt.spans:
        assert all(prompt.text[start:end] not in sent for sent in spy.sent)
    assert_no_leak(spy)


def test_fixtures(llm_spy: Any, assert_no_leak: Any) -> None:
    draft_reply(llm_spy, "Tôi là Nguyễn Văn An, CCCD 001085012345, xin hỏi về thủ tục.")
    assert_no_leak(llm_spy)
    assert "001085012345" not in " ".join(llm_spy.sent)
