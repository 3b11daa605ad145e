"""Issue 14's "zero misses" for secrets and keys: what sec30 left, and a fourth adversarial
wave (sec31), each with the ordinary text beside it that must stay clean:

- an option's source modifier names where a password is, not the password (``keytool
  -storepass:env NAME``, OpenSSL's ``-passin env:NAME`` / ``file:path``); OpenSSL's
  ``pass:x`` and ``-k x`` are the password itself;
- a password holding the separator of the comma-, semicolon- or bar-separated row it stands
  in: the row's cell count against its header's says a value holds the sign, and the cells
  that may hold the password are taken whole (fail closed);
- a table's header known to every row however far below it (``tables.column_header``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.detectors._adversarial import found

from ai_guard import EntityType, check_prompt
from ai_guard.text.document import Document
from ai_guard.text.tables import column_header

KEY = EntityType.API_SECRET


def _covered(text: str, value: str, entity: EntityType = KEY) -> bool:
    """Whether a finding of ``entity`` covers ``value`` (its first occurrence) whole."""
    at = text.index(value)
    return any(
        f.entity is entity and f.start <= at and at + len(value) <= f.end
        for f in check_prompt(text).findings
    )


# -- an option's source modifier ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "keytool -list -keystore a.jks -storepass:env STOREPASS",
        "keytool -list -keystore a.jks -storepass:file /run/secrets/storepass",
        "keytool -importkeystore -srcstorepass:env SRC -deststorepass:env DEST",
        "openssl pkcs12 -export -in a.crt -passin env:PASSPHRASE -out a.p12",
        "openssl rsa -in k.pem -passout file:/run/secrets/pw -out k2.pem",
        "openssl rsa -in k.pem -passin fd:3",
        "openssl rsa -in k.pem -passin stdin",
        "DB_PASSWORD=env:DB_PASS_FROM_VAULT",
        "password: file",
        "openssl enc -aes-256-cbc -kfile pw.txt -in a",
        "openssl enc -aes-256-cbc -k $PASSPHRASE -in a",
        "curl -k https://portal.example.org",
    ],
)
def test_where_a_password_is_kept_is_no_password(text: str) -> None:
    assert found(text, KEY) == [], text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("keytool -storepass Secr3t! -list", "Secr3t!"),
        ("keytool -list -storepass Env2024pass", "Env2024pass"),
        ("openssl rsa -in k.pem -passin pass:Secr3t2024 -out k2.pem", "Secr3t2024"),
        ("openssl pkcs12 -export -passout pass:P12#Hanoi -out a.p12", "P12#Hanoi"),
        ("openssl enc -aes-256-cbc -k Secr3t2024 -in a -out a.enc", "Secr3t2024"),
        ('openssl enc -d -aes-256-cbc -k "Hn 2024!" -in a.enc', "Hn 2024!"),
        ("mật khẩu: envoy2024x", "envoy2024x"),
        ("DB_PASSWORD=file2024Secret", "file2024Secret"),
    ],
)
def test_a_password_given_in_place_stays_a_secret(text: str, value: str) -> None:
    assert _covered(text, value), text


# -- a password holding its row's separator --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("user,password\nadmin,Abc,123!", "Abc,123!"),
        ("user;password\nadmin;Abc;123!", "Abc;123!"),
        ("user|password\nadmin|Abc|123!", "Abc|123!"),
        ("Tài khoản: admin, Mật khẩu\nAbc,12345x", "Abc,12345x"),
        ("STT,Tên,Mật khẩu\n1,An,Abc,12@3x\n2,Binh,Xyz@2024q", "Abc,12@3x"),
        ("STT,Tên,Mật khẩu\n1,An,Abc,12@3x\n2,Binh,Xyz@2024q", "Xyz@2024q"),
        ("STT,Tên,Mật khẩu,Ghi chú\n1,An,Abc,12@3x,mới\n2,Binh,Xyz@2024q,cũ", "Abc,12@3x"),
        ("STT,Tên,Mật khẩu,Ghi chú\n1,An,Abc,12@3x,mới\n2,Binh,Xyz@2024q,cũ", "Xyz@2024q"),
        ("STT,Tên,Mật khẩu,Ghi chú\n1,An,A,b,c@123,mới", "A,b,c@123"),
    ],
)
def test_a_password_holding_its_rows_separator_is_covered_whole(text: str, value: str) -> None:
    assert _covered(text, value), text


def test_a_quoted_csv_cell_is_one_cell() -> None:
    text = 'STT,Họ tên,Mật khẩu,Ghi chú\n1,"Nguyễn, An",Abc@12x,mới'
    assert found(text, KEY) == ["Abc@12x"]


def test_the_next_row_is_no_tail_of_a_password() -> None:
    text = "STT,Tên,Mật khẩu\n1,An,Abc,12@3x\n2,Binh,Xyz@2024q"
    assert found(text, KEY) == ["Abc,12@3x", "Xyz@2024q"]


_PIECE = st.text(st.sampled_from("Abcqyz2024@#!"), min_size=3, max_size=8)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from([1, 3]), _PIECE, _PIECE, st.sampled_from([",", ";", "|"]), st.booleans())
def test_a_split_password_is_never_left_partly_visible(
    other: int, left: str, right: str, sep: str, both: bool
) -> None:
    """Whatever cell of a row holds the extra separators (the password's, a name's, a
    note's), the password's every character is covered by a secret finding."""
    password = f"P{left}7{sep if both else ''}{right}9k"
    cells = ["1", "An", password, "ghi chu"]
    cells[other] = {1: f"Nguyen{sep}An", 3: f"ghi{sep}chu"}[other]
    text = sep.join(["STT", "Tên", "Mật khẩu", "Ghi chú"]) + "\n" + sep.join(cells)
    at = text.index(password)
    spans = [(f.start, f.end) for f in check_prompt(text).findings if f.entity is KEY]
    assert all(any(s <= i < e for s, e in spans) for i in range(at, at + len(password))), text


# -- a header known however far ----------------------------------------------------------------


@pytest.mark.parametrize("depth", [61, 200, 500])
def test_a_table_header_is_known_to_a_row_far_below(depth: int) -> None:
    rows = "\n".join(f"{i},{7900000000 + i * 7919},ghi chu {i}" for i in range(1, depth + 1))
    text = "STT,Số BHXH,Ghi chú\n" + rows
    doc = Document(text)
    last = text.rindex("\n") + 1
    assert column_header(doc, text.index(",", last) + 1) == "so bhxh"
    social = [f for f in check_prompt(text).findings if f.entity is EntityType.SOCIAL_INSURANCE]
    assert len(social) == depth


def test_a_password_column_500_rows_down_is_read() -> None:
    rows = "\n".join(f"{i},user{i},Pw{i:03d}#Hn" for i in range(1, 600))
    text = "STT,Tài khoản,Mật khẩu\n" + rows
    assert len(found(text, KEY)) == 599


@pytest.mark.parametrize(
    "text",
    [
        # a line with another count ends the walk: the second table's rows have no header
        "STT,Số BHXH\n1,7900007919\n\nĐây là một dòng văn bản thường không có dấu phẩy\n"
        + "\n".join(f"{i},{7900000000 + i * 7919},x,y" for i in range(2, 90)),
    ],
)
def test_a_line_of_another_count_still_ends_the_walk(text: str) -> None:
    doc = Document(text)
    last = text.rindex("\n") + 1
    assert column_header(doc, text.index(",", last) + 1) is None
