"""Issue 14's leftovers (fourteenth session): values still sent verbatim after the thirteenth
session, and an over-block, each probed with values of our own (never a labelled set's rows),
several shapes each, beside the ordinary text that must stay as it was.

- a number's zeros and ones written ``O``/``l``/``I`` between its digits, read as digits by the
  disguise reading (:mod:`ai_guard.text.disguises`) for every family: case numbers, passports;
- a case number cut by words (``221/2024/ và TLPT-HS``): both pieces;
- a full date in the record of a citizen's 12-digit number whose birth year it shares: the
  birth date, cue or none (a SQL row, a CSV line, a JSON object);
- digits grouped by ``+`` (``0912+345+678``) under their family's cue;
- an address typed with spaces around its ``@`` whose local part was typed as words
  (``nguyen an @ gmail . com``): the words taken in;
- a cell of a table aligned with spaces wrapped onto the next line: its column header names it;
- a key's piece makes other random runs pieces only when they mix capitals and small
  letters, as vendors' bodies do: a hash, a UUID, a tracking number stay what they are.
"""

from __future__ import annotations

import re

import pytest
from _probes import found as _found
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ai_guard import Decision, EntityType, check_prompt
from ai_guard.testing import strategies as vst

SETTINGS = settings(
    derandomize=True,
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


# -- look-alike letters inside a number -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("Bản án số 45/2O24/DS-PT của TAND tỉnh Bắc Ninh", EntityType.CASE_NUMBER, "45/2O24/DS-PT"),
        ("Quyết định số 112/2O23/QĐ-CCTHADS về việc kê biên", EntityType.CASE_NUMBER,
         "112/2O23/QĐ-CCTHADS"),
        ("ban an so 9/2O2l/HS-ST cua toa", EntityType.CASE_NUMBER, "9/2O2l/HS-ST"),
        ("hộ chiếu: C2l45O987, nhờ điền tờ khai", EntityType.PASSPORT, "C2l45O987"),
        ("so ho chieu cua ong park: m3O5l7246 (anh mo)", EntityType.PASSPORT, "m3O5l7246"),
        ("Số hộ chiếu B1O234567 của bà Lan", EntityType.PASSPORT, "B1O234567"),
    ],
)  # fmt: skip
def test_look_alike_letters_inside_a_number_are_its_digits(
    text: str, entity: EntityType, value: str
) -> None:
    result = check_prompt(text)
    assert result.decision is not Decision.ALLOW
    assert value in _found(text, entity)
    assert value not in result.redacted_text


@pytest.mark.parametrize(
    "text",
    [
        "Model GPT-4o chạy nhanh hơn GPT-3.5",
        "Phòng l02 tầng 3, gặp lúc 10h",
        "Mã sản phẩm SP2O24 còn hàng không",  # a code with more letters than a number's
        "Trích 2 điều luật: Điều 1O và Điều 2",
    ],
)
def test_ordinary_codes_with_an_o_or_an_l_stay_allowed(text: str) -> None:
    assert check_prompt(text).decision is Decision.ALLOW


def _look_alikes(value: str, picks: list[int]) -> str:
    """``value`` with the zeros and ones between two digits picked (by their order among
    such places) written as OCR reads them: ``O`` for 0, ``l`` for 1."""
    places = [
        i
        for i in range(1, len(value) - 1)
        if value[i] in "01" and value[i - 1].isdigit() and value[i + 1].isdigit()
    ]
    chosen = {places[p % len(places)] for p in picks} if places else set()
    return "".join(("O" if c == "0" else "l") if i in chosen else c for i, c in enumerate(value))


@SETTINGS
@given(
    value=vst.case_numbers().filter(lambda v: v.count("/") == 2),
    picks=st.lists(st.integers(0, 5), min_size=1, max_size=2),
)
def test_a_case_number_with_look_alikes_is_never_partly_visible(
    value: str, picks: list[int]
) -> None:
    typed = _look_alikes(value, picks)
    text = f"Bản án số {typed} của Tòa án nhân dân, tóm tắt giúp tôi."
    result = check_prompt(text)
    assert result.decision is not Decision.ALLOW
    number, year = typed.split("/")[:2]
    assert f"{number}/{year}" not in result.redacted_text


@SETTINGS
@given(
    letter=st.sampled_from("BCEKM"),
    digits=st.text("0123456789", min_size=8, max_size=8),
    picks=st.lists(st.integers(0, 5), min_size=1, max_size=2),
)
def test_a_foreign_passport_with_look_alikes_is_never_partly_visible(
    letter: str, digits: str, picks: list[int]
) -> None:
    typed = letter + _look_alikes(digits, picks)
    text = f"Hộ chiếu của khách: {typed}, điền giúp tờ khai tạm trú."
    result = check_prompt(text)
    assert result.decision is not Decision.ALLOW
    assert re.search(r"\d{4}", result.redacted_text.split("khách:")[1]) is None


# -- a case number cut by words -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("Số thụ lý là 221/2024/ và TLPT-HS, viết giấy triệu tập", ["221/2024/", "TLPT-HS"]),
        ("bản án 45/2024/ tiếp theo là HS-ST nhé", ["45/2024/", "HS-ST"]),
        ("so thu ly 17/2025/ roi TLST-HNGD", ["17/2025/", "TLST-HNGD"]),
    ],
)
def test_a_case_number_cut_by_words_is_found_in_both_pieces(text: str, pieces: list[str]) -> None:
    assert _found(text, EntityType.CASE_NUMBER) == pieces


@pytest.mark.parametrize(
    "text",
    [
        "Theo Thông tư 24/2020/ và Nghị định 13/2023/NĐ-CP",
        "năm 2024/ và HS-ST",  # a year, no number before it
    ],
)
def test_a_slash_then_words_is_no_case_number(text: str) -> None:
    assert _found(text, EntityType.CASE_NUMBER) == []


# -- a birth date in a citizen's record -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("INSERT INTO nhan_vien VALUES ('Trần Thị Mai', '001179012345', '1979-11-02');",
         "1979-11-02"),
        ("Trần Thị Mai,001179012345,02/11/1979,Hà Nội", "02/11/1979"),
        ('{"ten": "Lý Văn Sáng", "so": "036091004512", "ngay": "1991-05-23"}', "1991-05-23"),
        ("| Đỗ Văn Hậu | 079203008811 | 14.07.2003 |", "14.07.2003"),
    ],
)  # fmt: skip
def test_a_date_sharing_the_cccd_birth_year_is_the_birth_date(text: str, date: str) -> None:
    assert date in _found(text, EntityType.DATE_OF_BIRTH)
    assert date not in check_prompt(text).redacted_text


@pytest.mark.parametrize(
    "text",
    [
        # a date of issue: after the holder's birth year
        "Trần Thị Mai,001179012345,02/11/2021,Hà Nội",
        # no citizen's number in the record
        "INSERT INTO don_hang VALUES ('DH-1979', '1979-11-02');",
    ],
)
def test_other_dates_beside_a_cccd_are_no_birth_date(text: str) -> None:
    assert _found(text, EntityType.DATE_OF_BIRTH) == []


# -- digits grouped by "+" ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("số điện thoại 0912+345+678", "0912+345+678"),
        ("sdt: 0983+221+904 gọi giúp", "0983+221+904"),
        ("Số CCCD: 001+085+012+345", "001+085+012+345"),
    ],
)
def test_digits_grouped_by_plus_are_the_number(text: str, value: str) -> None:
    result = check_prompt(text)
    assert [text[f.start : f.end] for f in result.findings] == [value]
    assert value not in result.redacted_text


@pytest.mark.parametrize("text", ["tính giúp 1200+350+275 bằng bao nhiêu", "c++ và 2+2=4"])
def test_sums_stay_allowed(text: str) -> None:
    assert check_prompt(text).decision is Decision.ALLOW


@SETTINGS
@given(phone=vst.phone_numbers(kind="mobile"))
def test_a_phone_grouped_by_plus_is_never_partly_visible(phone: str) -> None:
    digits = re.sub(r"\D", "", phone)
    if digits.startswith("84"):
        digits = "0" + digits[2:]
    typed = f"{digits[:4]}+{digits[4:7]}+{digits[7:]}"
    text = f"SĐT của anh ấy: {typed}, nhắn giúp tôi."
    result = check_prompt(text)
    assert result.decision is not Decision.ALLOW
    assert re.search(r"\d{3}", result.redacted_text) is None


# -- damaged numbers whose pieces of digits are all short ----------------------------------------


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("Số CCCD: 00108a5012b45", EntityType.CCCD, "00108a5012b45"),
        ("CCCD 0012a4567b12 của chị", EntityType.CCCD, "0012a4567b12"),
        ("sđt 0912x45z678 nhé", EntityType.PHONE, "0912x45z678"),
        ("SĐT: 091k345k678", EntityType.PHONE, "091k345k678"),
        # a damaged run longer than its family's value is redacted whole (a "5" was left)
        ("Số CCCD: 001085012a345", EntityType.CCCD, "001085012a345"),
        ("Số CCCD: 0010850123a56", EntityType.CCCD, "0010850123a56"),
    ],
)
def test_a_damaged_number_is_found_whole(text: str, entity: EntityType, value: str) -> None:
    result = check_prompt(text)
    assert _found(text, entity) == [value]
    assert re.search(r"\d{2}", result.redacted_text) is None


@pytest.mark.parametrize(
    "text", ["mã 12a3 và 45b6 ở phòng 7c8", "Sản phẩm 2x3x4 cm giá 150k", "model 3a5b7c9d1e ok"]
)
def test_short_codes_with_letters_stay_allowed(text: str) -> None:
    assert check_prompt(text).decision is Decision.ALLOW


# -- an address typed as words around a spaced "@" ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("liên hệ nguyen an @ gmail . com nhé", "nguyen an @ gmail . com"),
        ("gửi cho tran thi binh @ yahoo . com giúp em", "tran thi binh @ yahoo . com"),
        ("anh gui vao le hoa @ outlook . com nhe", "le hoa @ outlook . com"),
        ("email: tranbinh . hn @ yahoo . com", "tranbinh . hn @ yahoo . com"),
        ("email cua toi la lehoa @ gmail . com", "lehoa @ gmail . com"),
    ],
)
def test_a_spaced_address_takes_in_the_words_of_its_local_part(text: str, address: str) -> None:
    assert _found(text, EntityType.EMAIL) == [address]


# -- a wrapped cell of a table aligned with spaces ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "entity", "rest"),
    [
        ("Họ tên        Số CCCD          Ghi chú\n"
         "Lê Văn Tâm    0010850          đã nộp\n"
         "              12345", EntityType.CCCD, "12345"),
        ("STT  Họ tên          Số điện thoại\n"
         "1    Trần Văn Hải    0912 345\n"
         "                     678", EntityType.PHONE, "678"),
    ],
)  # fmt: skip
def test_a_wrapped_cell_of_an_aligned_table_is_its_column_number(
    text: str, entity: EntityType, rest: str
) -> None:
    result = check_prompt(text)
    found = [f for f in result.findings if f.entity is entity]
    assert len(found) == 1
    assert text[found[0].start : found[0].end].endswith(rest)


# -- a key's piece and the runs beside it ---------------------------------------------------------


PIECE = "sk-ant-api03-Tq7ZpX2vLk9M"


@pytest.mark.parametrize(
    "other",
    [
        "a94a8fe5ccb19ba61c4c0873d391e987982fbbd3",  # a commit hash
        "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",  # sha256
        "550e8400e29b41d4a716446655440000",  # a UUID without its hyphens
        "VN8841203957KX22",  # a tracking number
        "DH20251206XK9931",  # an order code
    ],
)
def test_a_run_in_one_case_beside_a_key_piece_is_no_piece(other: str) -> None:
    text = f"Phần 1 của key: {PIECE}. Ghi chú: {other} là mã tra cứu."
    result = check_prompt(text)
    assert result.decision is Decision.BLOCK  # the piece itself
    assert [text[f.start : f.end] for f in result.findings] == [PIECE]
    assert other in result.redacted_text


def test_a_mixed_case_run_beside_a_key_piece_is_another_piece() -> None:
    text = f"Phần 1: {PIECE}, phần 2: Rw4Hc8Jd2Kq9Lm3Np7Xz"
    assert _found(text, EntityType.API_SECRET) == [PIECE, "Rw4Hc8Jd2Kq9Lm3Np7Xz"]
