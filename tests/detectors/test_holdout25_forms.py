"""holdout25's classes, probed with new values (never the set's rows): a calendar's, a card's
or a mail header's folded line (unfolded by the canonical reading), a ``.pgpass`` line (the
password is its last field, the host is no secret), a cookie header's session values
(hexadecimal too), a payment QR code's payload (EMV / VietQR: the account in tag 38's sub-field,
the beneficiary's name in tag 59, a CCCD or a phone in tag 62's free text)."""

from __future__ import annotations

import pytest

from ai_guard import check_prompt
from ai_guard.models import EntityType
from ai_guard.text import Document
from ai_guard.text.folding import folded_breaks


def _found(text: str) -> dict[str, str]:
    result = check_prompt(text)
    return {text[f.start : f.end]: f.entity.value for f in result.findings}


# -- folded lines ---------------------------------------------------------------------------


def test_calendar_folded_inside_a_word_is_one_line() -> None:
    text = (
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDESCRIPTION:Đăng nhập wifi phòng họp, mật kh\n ẩu: "
        "Hq@Phong7b\nEND:VEVENT\nEND:VCALENDAR"
    )
    result = check_prompt(text)
    assert result.decision.value == "block"
    assert any(text[f.start : f.end] == "Hq@Phong7b" for f in result.findings)
    assert "Hq@Phong7b" not in result.redacted_text


def test_card_fold_cuts_a_number_and_the_finding_covers_both_pieces() -> None:
    text = "BEGIN:VCARD\r\nFN:Phan Thị Ngọc\r\nNOTE:số CCCD 0791860\r\n 43125\r\nEND:VCARD"
    result = check_prompt(text)
    cccd = [f for f in result.findings if f.entity == EntityType.CCCD]
    assert cccd, result.findings
    assert text[cccd[0].start : cccd[0].end] == "0791860\r\n 43125"
    assert "0791860" not in result.redacted_text
    assert "43125" not in result.redacted_text


def test_mail_header_continuation_keeps_its_space() -> None:
    text = "Subject: Gửi lại mật khẩu hộp thư: \n\tTk!2026hopthu\nFrom: van.thu@stp.gov.vn\n\nChào"
    doc = Document(text)
    assert "mật khẩu hộp thư: \tTk!2026hopthu" in doc.text
    assert check_prompt(text).decision.value == "block"


def test_indented_prose_is_no_continuation() -> None:
    text = "Danh sách:\n  - mục một\n  - mục hai"
    assert list(folded_breaks(text)) == []
    assert Document(text).text == text


# -- .pgpass and cookies ----------------------------------------------------------------------


def test_pgpass_line_password_is_its_last_field() -> None:
    text = (
        "Dòng này trong .pgpass sai chỗ nào, mật khẩu:\n"
        "pg-hoso.stp.local:6432:hoso:app_ro:Zq7#hs2030"
    )
    result = check_prompt(text)
    assert result.decision.value == "block"
    found = _found(text)
    assert found.get("Zq7#hs2030") == "API_SECRET"
    assert found.get("pg-hoso.stp.local:6432") == "INTERNAL_HOST"
    assert "Zq7#hs2030" not in result.redacted_text


def test_pgpass_wildcards_and_a_clock_time() -> None:
    assert _found("*:*:*:backup:Kx2!bk-99").get("Kx2!bk-99") == "API_SECRET"
    assert "API_SECRET" not in _found("Ca trực 07:30:00 đến 17:30:00 ngày 5.")


@pytest.mark.parametrize(
    "text",
    [
        "Request headers:\nCookie: PHPSESSID=9f2c41ab77de03c5b6a8e1f0d4c2b7a9; theme=dark",
        '{"headers": {"cookie": "SESSION=3E7A90C1B2D4F6081A3C5E7092B4D6F8; lang=vi"}}',
        "Set-Cookie: .AspNetCore.Cookies=CfDJ8Kq2vLx9TmR4wZp7Yh3nBc6; path=/; HttpOnly",
    ],
)
def test_cookie_session_values_block(text: str) -> None:
    result = check_prompt(text)
    assert result.decision.value == "block"
    secrets = [text[f.start : f.end] for f in result.findings if f.entity == EntityType.API_SECRET]
    assert secrets
    assert all("=" not in s and ";" not in s for s in secrets)
    assert "dark" not in secrets
    assert "lang" not in " ".join(secrets)


def test_cookie_with_words_only_is_allowed() -> None:
    assert check_prompt("Cookie: lang=vi-VN; theme=dark; consent=yes").decision.value == "allow"


# -- payment QR payloads ---------------------------------------------------------------------


def _payload(account: str, name: str, extra: str = "") -> str:
    acct = "0006970436" + f"01{len(account):02d}{account}"
    sub01 = f"01{len(acct):02d}{acct}"
    tmpl = f"0010A000000727{sub01}0208QRIBFTTA"
    body = "000201010212" + f"38{len(tmpl):02d}{tmpl}" + "5303704540420005802VN"
    body += f"59{len(name):02d}{name}6006HUE CT"
    if extra:
        body += f"62{len(extra):02d}{extra}"
    return body + "6304B7E1"


def test_vietqr_account_and_name() -> None:
    text = "Mã QR chuyển khoản học phí là gì:\n" + _payload("1903627488015", "TRAN THI MO")
    found = _found(text)
    assert found.get("1903627488015") == "BANK_ACCOUNT"
    assert found.get("TRAN THI MO") == "PERSON"
    assert check_prompt(text).decision.value == "redact"


def test_vietqr_business_name_is_no_person() -> None:
    text = _payload("0451000926111", "CONG TY TNHH AN PHAT")
    found = _found(text)
    assert found.get("0451000926111") == "BANK_ACCOUNT"
    assert "PERSON" not in found.values()


def test_cut_payload_reference_holds_a_cccd_and_a_phone() -> None:
    extra = "0819079188004512NOPPHAT" + "0210" + "0987415263"
    text = "Tag 62 này là gì: ...5802VN62" + f"{len(extra):02d}" + extra + "63041D2C"
    found = _found(text)
    assert found.get("079188004512") == "CCCD"
    assert found.get("0987415263") == "PHONE"


def test_digits_that_do_not_chain_are_no_payload() -> None:
    text = "Mã đơn 6304ABCD và số 1234567890123 trong báo cáo."
    assert _found(text) == {}
