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


# -- values as other papers and languages write them ----------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        ("Traduire: titulaire du passeport n° N4417290, demeurant à Huế", "N4417290", "PASSPORT"),
        ("번역해 주세요: 여권번호 C2093418 인 근로자", "C2093418", "PASSPORT"),
        ("월급은 계좌 0071 0046 3392 로 송금됩니다", "0071 0046 3392", "BANK_ACCOUNT"),
        (
            "Traduire: virement sur le numéro de compte 19035512847016",
            "19035512847016",
            "BANK_ACCOUNT",
        ),
    ],
)
def test_cue_words_of_the_languages_prompts_translate(text: str, value: str, entity: str) -> None:
    assert _found(text).get(value) == entity


def test_phone_dictated_digit_by_digit_words_and_digits_mixed() -> None:
    text = "Danh sách đón: Ghế 5 - Hà Thị Nụ - không chín 1 sáu bốn 2 tám 0 năm 3"
    assert _found(text).get("không chín 1 sáu bốn 2 tám 0 năm 3") == "PHONE"


def test_phone_half_in_digit_groups_still_needs_its_cue() -> None:
    assert "PHONE" not in _found("09 một hai 345 678 là mã hàng").values()


def test_a_blurred_digit_keeps_the_value_under_its_cue() -> None:
    text = "Số CCCD trên bản chụp bị nhòe: 0380?7012463, đọc giúp"
    result = check_prompt(text)
    assert _found(text).get("0380?7012463") == "CCCD"
    assert "7012463" not in result.redacted_text


def test_question_marks_in_prose_are_no_blurred_digit() -> None:
    assert _found("Giá 1500000? hay 2000000? Mã 12?34 là gì?") == {}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Traduisez: Monsieur Đặng Văn Lộc, né le 14 février 1968 à Nam Định", "14 février 1968"),
        ("Traduire: date de naissance : 3 juillet 1985", "3 juillet 1985"),
        ("Itinerary\nNAME: LY/THI HOA MS\nDOB: 05MAR1979\nFLIGHT VJ 122", "05MAR1979"),
    ],
)
def test_birth_dates_in_french_and_a_tickets_glued_form(text: str, value: str) -> None:
    assert _found(text).get(value) == "DATE_OF_BIRTH"


def test_birth_date_restated_in_words_in_brackets() -> None:
    text = "Ngày sinh: 15/08/2019 (ngày mười lăm tháng tám năm hai nghìn không trăm mười chín)."
    found = _found(text)
    assert found.get("15/08/2019") == "DATE_OF_BIRTH"
    assert (
        found.get("ngày mười lăm tháng tám năm hai nghìn không trăm mười chín") == "DATE_OF_BIRTH"
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tóm tắt vé:\nPASSENGER: LUONG/THI HONG NHUNG MS\nPNR: K7QX2B", "LUONG/THI HONG NHUNG"),
        ("Đọc mã vạch: M1QUACH/VANTUANMR      EQ7K2LX HANDADVN 0177", "QUACH/VANTUAN"),
        ("Danh sách đoàn: 1. DUONG/MINH ANH MR 2. DUONG/BAO NGOC MISS", "DUONG/BAO NGOC"),
    ],
)
def test_airline_names_surname_slash_given(text: str, name: str) -> None:
    assert _found(text).get(name) == "PERSON"


def test_slash_between_short_capitals_is_no_name() -> None:
    assert "PERSON" not in _found("Giao thức TCP/IP, chuẩn LE/HO và VU/AB").values()


def test_date_and_hour_in_a_bank_notice_is_no_phone() -> None:
    text = "TK 1903xxxx +2,000,000VND luc 09-11-2026 13:40. SD 5,120,000VND"
    assert "PHONE" not in _found(text).values()


def test_passport_spelled_in_english_on_a_call() -> None:
    text = 'Transcript: "...the passport number is November two eight 5 one zero four six..."'
    assert _found(text).get("November two eight 5 one zero four six") == "PASSPORT"


def test_counting_in_english_is_no_value() -> None:
    assert _found("Count with me: one two three four five six seven, and again.") == {}


def test_account_glued_after_its_bank_code_is_one_value() -> None:
    text = "STT|Tài khoản|Số tiền\n1|VCB-0071004433821|2.000.000"
    result = check_prompt(text)
    assert _found(text).get("VCB-0071004433821") == "BANK_ACCOUNT"
    assert "VCB-" not in result.redacted_text


def test_sandbox_test_cards_are_no_ones_card() -> None:
    text = "Ở chế độ test của cổng thanh toán, thẻ 5555 5555 5555 4444 luôn thành công phải không?"
    assert check_prompt(text).decision.value == "allow"
    # the same number after a card word alone is still read as a card (fail closed)
    assert _found("số thẻ 5555 5555 5555 4444").get("5555 5555 5555 4444") == "BANK_ACCOUNT"


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        (
            "Gõ lại lời khai: xe máy biển sáu một pê hai, ba không bảy chấm năm tám",
            "sáu một pê hai, ba không bảy chấm năm tám",
        ),
        (
            "Ghi biên bản: ô tô biển hai chín a, không một hai ba bốn của anh Lò Văn Páo",
            "hai chín a, không một hai ba bốn",
        ),
    ],
)
def test_plate_read_out_in_words(text: str, plate: str) -> None:
    result = check_prompt(text)
    assert _found(text).get(plate) == "LICENSE_PLATE"
    assert plate not in result.redacted_text


def test_two_numbers_and_a_letter_word_in_prose_are_no_plate() -> None:
    assert "LICENSE_PLATE" not in _found("Lớp có hai ba a, một hai bạn vắng.").values()


def test_tax_code_after_a_long_label_clause_and_a_blurred_digit() -> None:
    text = "MST của hộ kinh doanh ông Trịnh Văn Tư ở chợ Đồng Xuân bị nhòe một số: 01058?3427"
    found = _found(text)
    assert found.get("01058?3427") == "TAX_CODE"


def test_a_sentence_or_a_number_between_cue_and_colon_names_nothing() -> None:
    text = "Tra MST giúp em. Còn đây là mã đơn hàng của khách: 01058?3427"
    assert "TAX_CODE" not in _found(text).values()


def test_translated_cue_words_keep_the_cue_sets_cheap_gate() -> None:
    # a cue set past 16 needles has no substring gate: every prompt pays its trie search
    from ai_guard.detectors import _cues

    for name in ("passport", "bank"):
        assert _cues.cue_set(name)._needles is not None, name
