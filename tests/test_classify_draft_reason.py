"""The reasons say why a draft circulated for comments is held back, in both languages, and say
nothing of the kind for one's own draft."""

from __future__ import annotations

from ai_guard import classify_document
from ai_guard.policy import Policy

DRAFT = """DỰ THẢO 2
{note}

ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số: /QĐ-UBND
Hà Tĩnh, ngày tháng năm 2025

QUYẾT ĐỊNH
Ban hành Quy chế sử dụng trí tuệ nhân tạo

Điều 1. Ban hành kèm theo Quyết định này Quy chế sử dụng trí tuệ nhân tạo.
"""


def _said(text: str, policy: Policy | None = None) -> tuple[str, str]:
    res = classify_document(text, policy=policy)
    return " ".join(r.vi for r in res.reasons), " ".join(r.en for r in res.reasons)


def test_a_draft_for_comments_says_why_in_both_languages() -> None:
    vi, en = _said(DRAFT.format(note="(Gửi xin ý kiến các đơn vị - ngày 24/11/2025)"))
    assert "Dự thảo gửi xin ý kiến các đơn vị" in vi
    assert "Công văn 557" in vi
    assert "draft circulated to units for their comments" in en
    assert "guidance 557" in en


def test_the_sentence_stays_when_the_policy_lowers_the_mark() -> None:
    lowered = Policy(actions={"INTERNAL_MARK": "allow"})
    _, en = _said(DRAFT.format(note="(Gửi xin ý kiến các đơn vị)"), lowered)
    assert "draft circulated to units" in en


def test_ones_own_draft_or_one_posted_for_the_public_has_no_such_sentence() -> None:
    for note in ("", "(Đăng tải trên Cổng thông tin điện tử để lấy ý kiến rộng rãi của Nhân dân)"):
        vi, en = _said(DRAFT.format(note=note))
        assert "draft circulated" not in en, note
        assert "gửi xin ý kiến" not in vi, note
