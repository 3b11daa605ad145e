"""Values as real sources give them (holdout22's classes, new probes): a footnote mark glued
after a value (a report copied from Word), an e-mail's '@' as an HTML character reference
(a page's source), a judgment number written with dots."""

from __future__ import annotations

import pytest

from ai_guard import check_prompt
from ai_guard.text import Document


def _found(text: str) -> set[tuple[str, str]]:
    return {(f.entity.value, text[f.start : f.end]) for f in check_prompt(text).findings}


def test_footnote_mark_after_a_cccd_is_no_digit_of_it() -> None:
    text = "¹ Sinh năm 1962, CCCD 079062004815², trú tại phường Bến Thành.\n² Cấp ngày 3/5/2022."
    assert ("CCCD", "079062004815") in _found(text)
    assert "079062004815" not in check_prompt(text).redacted_text


def test_footnote_mark_after_a_case_number_stays_out_of_it() -> None:
    text = "theo Quyết định số 88/QĐ-CCTHADS¹ của Chi cục"
    assert ("CASE_NUMBER", "88/QĐ-CCTHADS") in _found(text)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("diện tích 120 m² đất", "diện tích 120 m2 đất"),  # a unit's power, no mark
        ("số ⁰⁷⁹⁰⁶²⁰⁰⁴⁸¹⁵ nhé", "số 079062004815 nhé"),  # a value in superscripts: digits
        ("ông Lê Văn Sỹ³ trình bày", "ông Lê Văn Sỹ  trình bày"),
    ],
)
def test_the_reading_of_superscripts(text: str, read: str) -> None:
    assert Document(text).text == read


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("liên hệ qua tungnv&#64;hanoi.gov.vn nhé", "tungnv&#64;hanoi.gov.vn"),
        ("mail: lan.pt&#x40;moh.gov.vn", "lan.pt&#x40;moh.gov.vn"),
        ("mail: lan.pt&commat;moh.gov.vn", "lan.pt&commat;moh.gov.vn"),
    ],
)
def test_email_with_an_html_reference_for_its_at(text: str, value: str) -> None:
    assert ("GOV_EMAIL", value) in _found(text)


def test_html_ampersands_that_are_no_email() -> None:
    assert check_prompt("Q&amp;A: Tom &#38; Jerry, a&b").decision.value == "allow"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Theo Quyết định số 118.2023.QĐST-DS của Tòa, ông phải trả", "118.2023.QĐST-DS"),
        ("Bản án 44.2022.HSST đã có hiệu lực", "44.2022.HSST"),
    ],
)
def test_judgment_number_with_dots(text: str, value: str) -> None:
    assert ("CASE_NUMBER", value) in _found(text)


@pytest.mark.parametrize("text", ["Nghị định 13.2023.NĐ-CP", "phiên bản 1.2024.HS"])
def test_dotted_numbers_that_are_no_judgment(text: str) -> None:
    assert not any(e == "CASE_NUMBER" for e, _ in _found(text))


@pytest.mark.parametrize(
    "text",
    [
        'REDIS_HOST = os.environ["REDIS_HOST"]',  # code reading the host: no host
        "const host = process.env.DB_HOST;",
        "SMTP_HOST=smtp.office365.com\nSMTP_PORT=587",  # a public mail provider's server
    ],
)
def test_host_keys_whose_value_is_no_internal_host(text: str) -> None:
    assert not any(e == "INTERNAL_HOST" for e, _ in _found(text))


def test_host_key_with_an_internal_host_still_found() -> None:
    text = 'REDIS_HOST = os.environ["REDIS_HOST"]\nDB_HOST=db01.noibo.local'
    assert ("INTERNAL_HOST", "db01.noibo.local") in _found(text)
