"""Bank accounts in a table pasted flat (holdout31's class, new values): columns one space apart,
no pipes, tabs or aligned gaps, the account's column last ("STT Họ tên Ngạch Hệ số Số TK"). Each
row's closing number is the account, whole, not the decimal column before it; a sentence over a
line with a number names no column."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import check_prompt
from ai_guard.testing import strategies as vst


def _accounts(text: str) -> list[str]:
    return [
        text[f.start : f.end]
        for f in check_prompt(text).findings
        if f.entity.value == "BANK_ACCOUNT"
    ]


@pytest.mark.parametrize(
    ("text", "accounts"),
    [
        (
            "Xếp lại bảng lương giúp em:\nSTT Họ tên Ngạch Hệ số Số TK\n"
            "1 Vi Thị Lanh Thư ký thi hành án 2,67 3120 0007 455 618\n"
            "2 Mạc Văn Tùng Chấp hành viên 4,98 3120 0007 390 244",
            ["3120 0007 455 618", "3120 0007 390 244"],
        ),
        (
            "Họ và tên Số tài khoản\nÂu Thị Mến 0721000583920\nLò Văn Sính 1027 4455 8890",
            ["0721000583920", "1027 4455 8890"],
        ),
        (
            "Mã NV Họ tên Đơn vị STK\nNV07 Hà Văn Quý Phòng Tổ chức 19034421775016",
            ["19034421775016"],
        ),
        (
            "TT Người hưởng Tài khoản ngân hàng\n1 Đàm Thị Yến 8816-2204-1937",
            ["8816-2204-1937"],
        ),
    ],
)
def test_the_last_column_of_a_flat_table_is_the_account_whole(
    text: str, accounts: list[str]
) -> None:
    assert check_prompt(text).decision.value == "redact"
    found = _accounts(text)
    for account in accounts:
        assert account in found, found


@pytest.mark.parametrize(
    "text",
    [
        # a sentence, then a number of another kind
        "Tôi muốn mở tài khoản\nSĐT 0912345678",
        # amounts in the rows, not accounts
        "STT Nội dung Số tiền Tài khoản\n1 Tạm ứng công tác 5.000.000",
        # a date closing the row
        "STT Họ tên Số TK\n1 Ngày nhận 12/03/2024",
        # the State Treasury's account belongs to an agency
        "STT Đơn vị Tài khoản\n1 Chi cục THADS nộp vào KBNN Đống Đa 9527112345678",
    ],
)
def test_what_a_flat_header_does_not_make_an_account(text: str) -> None:
    assert not _accounts(text)


@settings(max_examples=30, deadline=None, derandomize=True, database=None)
@given(
    name=vst.person_names(diacritics=None),
    account=st.text("0123456789", min_size=9, max_size=16),
    cuts=st.lists(st.integers(3, 12), max_size=3, unique=True),
    coefficient=st.sampled_from(["2,34", "3,66", "4,4", ""]),
    header=st.sampled_from(
        ["STT Họ tên Hệ số Số TK", "TT Ho ten He so So tai khoan", "STT Họ và tên STK"]
    ),
)
def test_a_flat_row_s_account_is_never_cut(
    name: str, account: str, cuts: list[int], coefficient: str, header: str
) -> None:
    grouped = "".join(
        (" " if i in cuts and 0 < i < len(account) else "") + c for i, c in enumerate(account)
    )
    row = " ".join(p for p in ("1", name, coefficient, grouped) if p)
    text = f"Sắp xếp lại thành bảng:\n{header}\n{row}"
    result = check_prompt(text)
    assert not result.allowed
    # no digit of the account is left visible: the row shows its index and coefficient at most
    # (a tax code's reading may take the coefficient's decimals with the account: "2,[...]")
    last = re.sub(r"\[[A-Z_]+_\d+\]", "", result.redacted_text.split("\n")[-1])
    visible = "".join(c for c in last if c.isdigit())
    assert ("1" + coefficient.replace(",", "")).startswith(visible), (text, result.redacted_text)
