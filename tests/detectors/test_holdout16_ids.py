"""Identifiers and hosts in the shapes holdout16's long pastes used, each beside what stays as
it was: a passport number ending a line of a numbered form (the next line's item number read
on across the break), a BHXH number given after a bare "mã" in a contributors' chat, and a
template's connection string whose credentials are placeholders."""

from __future__ import annotations

import pytest
from _probes import found as _found

from ai_guard import Decision, EntityType, check_prompt


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("5. Số CCCD: 075196018843. Hộ chiếu số: P02748315\n6. Nơi thường trú: số 36",
         "P02748315"),
        ("Hộ chiếu: EK2047381\n2) Quốc tịch: Trung Quốc", "EK2047381"),
        ("Hộ chiếu số: P02748315 cấp ngày 12/3/2022", "P02748315"),
    ],
)  # fmt: skip
def test_a_passport_before_the_next_items_number(text: str, value: str) -> None:
    assert _found(text, EntityType.PASSPORT) == [value]


def test_a_number_run_across_a_break_is_no_passport_without_its_cue() -> None:
    assert _found("Mã hồ sơ: AB02748315\n6. Ghi chú", EntityType.PASSPORT) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("e gui c ds het han dong bhxh tu nguyen t12 nhe\n"
         "1. ba tong thi lien ma 3621478056 sdt 0358 210 471 no 3 thang", "3621478056"),
        ("Danh sách đóng BHXH tự nguyện:\n- Bà Tống Thị Liên, mã 3621478056", "3621478056"),
    ],
)  # fmt: skip
def test_a_bhxh_number_after_a_bare_code_word(text: str, value: str) -> None:
    assert _found(text, EntityType.SOCIAL_INSURANCE) == [value]


@pytest.mark.parametrize(
    "text",
    [
        # no social insurance spoken of: a code is any code
        "1. ba tong thi lien ma 3621478056 sdt 0358 210 471",
        # a tax code spoken of beside BHXH: the bare code may be either
        "tổng hợp nợ bhxh và nợ thuế của các hộ trong tháng này như sau\n"
        "1. hộ ông Lâm, mã 3621478056",
        # a phone after "mã" is a phone
        "tổng hợp nợ bhxh tự nguyện của các hộ trong tháng này như sau\n"
        "1. hộ ông Lâm, mã 0358210471",
    ],
)
def test_a_bare_code_word_without_social_insurance_names_nothing(text: str) -> None:
    assert _found(text, EntityType.SOCIAL_INSURANCE) == []


def test_a_template_connection_string_for_the_readers_machine_is_nothing() -> None:
    text = "# .env.example\nDATABASE_URL=postgresql://user:<mat_khau>@localhost:5432/demo"
    assert _found(text, EntityType.INTERNAL_HOST) == []
    assert check_prompt(text).decision is Decision.ALLOW


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("DATABASE_URL=postgresql://<user>:<password>@10.0.0.5:5432/demo", "10.0.0.5:5432/demo"),
        ("postgresql://admin:<mk>@db.noibo.local:5432/x", "db.noibo.local:5432/x"),
    ],
)
def test_a_placeholder_password_still_shows_the_units_host(text: str, value: str) -> None:
    assert _found(text, EntityType.INTERNAL_HOST) == [value]
