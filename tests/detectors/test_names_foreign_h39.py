"""Issue 15 (holdout39): foreigners named in lower-case chat with no honorific, after their
nationality ("khach nguoi thai lan somchai rattanakorn", "sinh vien lao souksavanh
phommachanh", "cong nhan trung quoc wang haoran"); an Irish surname by its shape ("rebecca
o'donnell"); a Korean given name written apart in the older spelling ("kim do yoon"). A
nationality before ordinary words, or before a Vietnamese name's words, names no foreigner."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.detectors._probes import found

from ai_guard.models import EntityType

PERSON = EntityType.PERSON

_BEFORE = (
    "khach nguoi thai lan",
    "sinh vien lao",
    "cong nhan trung quoc",
    "chuyen gia han quoc",
    "khach quoc tich",
    "co giao nguoi uc",
)
_NAMES = (
    "somchai rattanakorn",
    "souksavanh phommachanh",
    "wang haoran",
    "tanaka hiroshi",
    "rebecca o'donnell",
)
_AFTER = (
    "tam tru o phong 305",
    "hoc nam 2, o ky tuc xa",
    "ho chieu EJ5823174",
    "can giay xac nhan",
)


@settings(max_examples=40, deadline=None, derandomize=True, database=None)
@given(st.sampled_from(_BEFORE), st.sampled_from(_NAMES), st.sampled_from(_AFTER))
def test_a_foreign_name_after_a_nationality(before: str, name: str, after: str) -> None:
    assert name in found(f"{before} {name} {after}", PERSON)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("co giao nguoi uc rebecca o'donnell muon dang ky ket hon", "rebecca o'donnell"),
        ("anh david o'brien o phong 5 nhe", "david o'brien"),
        ("gap john mcallister chieu nay", "john mcallister"),
        ("e can dich cho anh kim do yoon o phong 1203 toa b2", "kim do yoon"),
        ("chi park ji yoon o phong 5", "park ji yoon"),
    ],
)
def test_an_irish_surname_and_a_korean_given_name_by_their_shape(text: str, name: str) -> None:
    assert name in found(text, PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "hang thai lan chat luong tot lam",
        "lao dong trung quoc tang manh nam nay",
        "sinh vien lao dong vat va",
        "xe han quoc ben hon xe trung quoc",
        "nguoi trung quoc tan min du lich",
        "mac dinh la vay, cho o'reilly book",
        "nguoi han quoc kim chi rat ngon",
    ],
)
def test_a_nationality_before_ordinary_words_names_no_one(text: str) -> None:
    assert found(text, PERSON) == []
