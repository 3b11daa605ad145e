"""Issue 15, private names typed plain that chat still sent out (twentieth session, i15-nd20):
the classes still missed, on new probes (none of a corpus's rows), each failing on main at
c272adae; the controls beside them, what must stay clean, pass on both.

* a rare surname, "văn"/"thị" and a given name typed plain after a word that puts a person
  after it ("nhà", "của", "gặp", "và", "với"), its end unmarked ("nha lang van khuong truoc o
  ..."); two given names after "thị" where "thị" and the first spell a noun ("thị thành");
* a full name greeted typed plain, its end marked ("chao ninh duc manh, ...");
* a full name typed plain after a kin word, a surname that is an everyday word so ("trường"),
  before the pupil's class ("em truong an khang lop 9b").
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.detectors._probes import found

from ai_guard.models import EntityType

PERSON = EntityType.PERSON

#: surnames that typed plain are no everyday word the path knows as a name's start
_RARE_PLAIN = ("lang", "dau", "bach", "thieu", "mach", "phung", "khuc", "lai", "kieu", "tong")
_GIVENS = ("khuong", "chung", "luong", "tuan", "nga", "thuy", "loc", "quyen", "phuc", "dat")


@settings(max_examples=30, deadline=None, derandomize=True, database=None)
@given(
    surname=st.sampled_from(_RARE_PLAIN),
    middle=st.sampled_from(("van", "thi")),
    given_name=st.sampled_from(_GIVENS),
    owner=st.sampled_from(("nha", "xe cua", "hom qua gap", "anh tuan va", "noi chuyen voi")),
    after=st.sampled_from((" truoc kia o thon 3", " vua mat", " sang nay bao")),
)
def test_a_rare_surname_after_a_word_that_puts_a_person_is_found(
    surname: str, middle: str, given_name: str, owner: str, after: str
) -> None:
    name = f"{surname} {middle} {given_name}"
    assert name in found(f"ghi lai: {owner} {name}{after} nhe", PERSON)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("goi hang cua khuc thi thanh huyen giao toi cong ty", ["khuc thi thanh huyen"]),
        ("ho so cua tong thi thanh nga bi thieu anh", ["tong thi thanh nga"]),
    ],
)
def test_thi_and_a_noun_before_a_second_given_name_is_a_name(text: str, names: list[str]) -> None:
    assert found(text, PERSON) == names


@pytest.mark.parametrize(
    "text",
    [
        "nha lang van hoa thon 3 sua xong chua",
        "nguoi phai tu nguyen thi hanh trong thoi han 10 ngay",
        "cua do thi thanh pho moi",
        "con lam thi duoc khong me",
        "gap kho thi bao lai nhe",
        "quy dinh cua luat thi hanh an",
    ],
)
def test_everyday_words_after_a_word_that_puts_a_person_stay_clean(text: str) -> None:
    assert found(text, PERSON) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("soan tin: chao kha minh duc, phi dich vu thang 12 la 200k", ["kha minh duc"]),
        ("chao quach gia huy, ho so cua em da du", ["quach gia huy"]),
        ("chào ninh bảo ngọc, hồ sơ của em đã đủ", ["ninh bảo ngọc"]),
    ],
)
def test_a_full_name_greeted_typed_plain_is_found(text: str, names: list[str]) -> None:
    assert found(text, PERSON) == names


@pytest.mark.parametrize(
    "text",
    [
        "chao ca nha, mai hop luc 8h",
        "chao ca nha minh, mai hop luc 8h",
        "chao mung nam moi, chuc ca nha",
        "chao tam biet, hen gap lai",
        "chao ban quan ly, minh muon hoi",
        "Chào Mừng Năm Mới 2025",
    ],
)
def test_a_greeting_with_no_name_after_it_stays_clean(text: str) -> None:
    assert found(text, PERSON) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("khen ngoi em truong an nhien lop 7a vi nhat duoc vi", ["truong an nhien"]),
        ("xin phep cho chau dam gia huy lop 3b nghi hoc", ["dam gia huy"]),
        ("chau quach minh tri hoc lop 4 bi bat nat", ["quach minh tri"]),
    ],
)
def test_a_full_name_before_a_pupils_class_is_found(text: str, names: list[str]) -> None:
    assert found(text, PERSON) == names


@pytest.mark.parametrize(
    "text",
    [
        "em hoc lop 9 roi",
        "con dang hoc lop 2a",
        "em truong lop 9a bao nghi",
        "chau lop truong lop 5",
    ],
)
def test_a_class_with_no_name_before_it_stays_clean(text: str) -> None:
    assert found(text, PERSON) == []
