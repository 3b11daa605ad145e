"""Issue 14's leftovers (twenty-fourth session): identifiers and secrets as they arrive, each
probed with values of our own (never a labelled set's rows), several shapes each, beside the
ordinary text that must stay as it was.

- an OCR'd or damaged 12-digit number after a bare ``ID`` standing as a field's label
  (``ID: 0010850123a5``) is a CCCD whatever the label's language, once its reading validates;
  a request's, a trace's or an order's id stays clean;
- a number standing as a URL path's segment after a resource's segment (``/orders/...``) is
  the resource's; after a contact link's host or a person's segment it is the person's phone;
- capitals of a code typed against the digits (``GHN0912345678``) make a code, not a phone;
  a contact's short word or a name typed so (``LH0912...``, ``MINH0912...``) keeps the phone;
- a MAC or an IPv6 address is no ``.pgpass`` line: no password is read in it.
"""

from __future__ import annotations

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


# -- an OCR'd CCCD after a bare "ID" label ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ID: 0010850123a5", "0010850123a5"),
        ("ID 0010850123a5", "0010850123a5"),
        ("id: 0010850123a5", "0010850123a5"),
        ("Name: Tran Van Binh, ID: 0790920O4512", "0790920O4512"),
        ("Họ tên: Lê Thị Hoa | ID: 0O1085O12345 | SĐT: không có", "0O1085O12345"),
        ("ID: 00108501234S", "00108501234S"),
        ("ID: 0010850l2345", "0010850l2345"),
        ("- ID: 0481950b2367\n- Quê quán: Đà Nẵng", "0481950b2367"),
    ],
)
def test_an_ocr_damaged_cccd_after_an_id_label_is_a_cccd(text: str, value: str) -> None:
    result = check_prompt(text)
    assert result.decision is not Decision.ALLOW
    assert _found(text, EntityType.CCCD) == [value]
    assert value not in result.redacted_text


@pytest.mark.parametrize(
    "text",
    [
        "request failed with id 0010850123a5, please check",
        "ID: 7b3e21567761",  # a hash's letters: no CCCD reading validates
        "ID: 99309422469B",  # read as 993...: no province code 993
        "order ID: 0010850123a5",
        "trace id 0O1085O12345",
        "ID: 1234567a9012",
        "ID: VNP0010850123a5",
    ],
)
def test_a_machine_id_after_id_stays_clean(text: str) -> None:
    assert _found(text, EntityType.CCCD) == []


#: the letter OCR makes of a digit
_LOOK_ALIKE = {"0": "O", "1": "l", "5": "S", "8": "B"}


@SETTINGS
@given(vst.cccd_numbers(), st.integers(1, 10), st.booleans())
def test_an_id_labelled_cccd_with_a_letter_is_redacted_whole(
    cccd: str, at: int, look_alike: bool
) -> None:
    # a letter no OCR confusion explains anywhere, or the look-alike of the digit it hides
    letter = _LOOK_ALIKE.get(cccd[at], "a") if look_alike else "a"
    damaged = cccd[:at] + letter + cccd[at + 1 :]
    text = f"Thông tin khách:\nID: {damaged}\nGhi chú: gọi lại sau"
    result = check_prompt(text)
    assert result.decision is not Decision.ALLOW
    assert damaged not in result.redacted_text
    assert all(part not in result.redacted_text for part in (damaged[:6], damaged[-6:]))


# -- a number in a URL path -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "https://shop.vn/orders/0912345678",
        "xem giúp https://shop.vn/api/v1/orders/0912345678/items bị lỗi 500",
        "GET /invoices/0912345678 200 31ms",
        "https://x.vn/san-pham/0912345678.html",
        "https://tracking.vn/don-hang/0912345678?ref=mail",
        "https://github.com/org/repo/issues/0912345678",
        "https://x.vn/don-hang/001085012345",
    ],
)
def test_a_resource_number_in_a_url_path_is_no_identifier(text: str) -> None:
    assert check_prompt(text).decision is Decision.ALLOW


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("nhắn zalo cho em: https://zalo.me/0912345678", "0912345678"),
        ("zalo.me/0912345678", "0912345678"),
        ("wa.me/84912345678", "84912345678"),
        ("https://crm.vn/customers/0912345678", "0912345678"),
        ("https://x.vn/users/0912345678/profile", "0912345678"),
        ("https://x.vn/lien-he/0912345678", "0912345678"),
        ("https://shop.vn/0912345678", "0912345678"),
        ("xem orders/0912345678 hoặc gọi", "0912345678"),  # no path: a bare word before it
        ("https://shop.vn/order?phone=0912345678", "0912345678"),
    ],
)
def test_a_phone_in_a_contact_link_or_a_persons_page_is_a_phone(text: str, value: str) -> None:
    result = check_prompt(text)
    assert value in _found(text, EntityType.PHONE)
    assert value not in result.redacted_text


# -- capitals glued before a phone's digits -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "mã vận đơn GHN0912345678 nhé",
        "GHTK0912345678 giao chưa?",
        "kiện SPXVN0912345678 bị hoàn",
        "đơn hàng DH0912345678 đã thanh toán",
        "SP0912345678 giá 200k",
    ],
)
def test_a_codes_capitals_glued_to_digits_make_no_phone(text: str) -> None:
    assert _found(text, EntityType.PHONE) == []


@pytest.mark.parametrize(
    "text",
    [
        "sdt0912345678",
        "SĐT0912345678",
        "ZALO0912345678",
        "LH0912345678",
        "HOTLINE0912345678",
        "MINH0912345678",  # a name typed against the number
        "anh Minh0912345678",
        "gọi a0912345678",
        "Tel0912345678",
        "SĐT khách: GHN0912345678",  # a phone cue names it whatever the glued letters
    ],
)
def test_a_cue_a_name_or_chat_glued_to_a_phone_keeps_it(text: str) -> None:
    result = check_prompt(text)
    assert _found(text, EntityType.PHONE) == ["0912345678"]
    assert "0912345678" not in result.redacted_text


# -- a MAC or an IPv6 address is no .pgpass line -----------------------------------------------


_HEX = st.text("0123456789abcdefABCDEF", min_size=2, max_size=2)


@SETTINGS
@given(st.lists(_HEX, min_size=6, max_size=6), st.sampled_from(["{m}", "17,{m},ok", "retry-{m}",
       "curl -H 'X-Device: {m}' https://api.x/v1"]))  # fmt: skip
def test_a_mac_address_holds_no_password(pairs: list[str], line: str) -> None:
    text = line.format(m=":".join(pairs))
    assert [f for f in check_prompt(text).findings if f.entity is EntityType.API_SECRET] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("db.local:5432:motcua:vpub_rw:Mc!2026", "Mc!2026"),
        ("*:*:*:postgres:S3cret!", "S3cret!"),
        ("localhost:5432:app:admin:de:ad:be:ef:00:11", "de:ad:be:ef:00:11"),
        ("db:5432:ab:cd:ef12", "ef12"),
        ("psql -h db -U admin -p 5432 --password=Secr3t!x", "Secr3t!x"),
        ("mysql -u root -pS3cr3tPass", "S3cr3tPass"),
        ("curl -u admin:Passw0rd! https://x.vn", "Passw0rd!"),
    ],
)
def test_real_passwords_beside_the_mac_rule_are_found(text: str, value: str) -> None:
    result = check_prompt(text)
    assert result.decision is Decision.BLOCK
    assert value in _found(text, EntityType.API_SECRET)


# -- masked values a bank's or a shop's notice shows, and their hidden digits given apart ------


@pytest.mark.parametrize(
    "text",
    [
        "The 9704 18** **** 0937 GD -2.450.000d tai SIEU THI ABC",
        "TK the 970418******0937 vua thanh toan 120.000d",
        "Card 4123 45XX XXXX 1234 charged 30 USD",
        "thẻ 5412-75xx-xxxx-6608 bị trừ tiền hai lần",
    ],
)
def test_a_card_masked_as_payments_mask_it_is_redacted(text: str) -> None:
    result = check_prompt(text)
    assert result.decision is not Decision.ALLOW
    (value,) = _found(text, EntityType.BANK_ACCOUNT)
    assert value not in result.redacted_text
    assert value[-4:] not in result.redacted_text


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ('Dịch giúp: "The 9704 18** **** 0937 GD -2.450.000d" Mẹ bảo mấy số bị che là 36 và 4412.',
         ["36", "4412"]),
        ("The 9704 18** **** 0937. so bi che la 36, 4412", ["36", "4412"]),
        ("card 9704 18** **** 0937, the hidden digits are 364 and 412", ["364", "412"]),
    ],
)  # fmt: skip
def test_hidden_digits_given_in_pieces_are_redacted(text: str, pieces: list[str]) -> None:
    found = _found(text, EntityType.BANK_ACCOUNT)
    assert all(p in found for p in pieces)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Bạn nhận được 350.000đ từ NGUYỄN VĂN AN (0889***043). Lời nhắn: ship", "0889***043"),
        ("KH 0912.xxx.678 đã đặt 2 món", "0912.xxx.678"),
        ("đơn của 0357 *** 219 giao lúc 9h", "0357 *** 219"),
    ],
)
def test_a_mobile_masked_as_a_notice_masks_it_is_redacted(text: str, value: str) -> None:
    result = check_prompt(text)
    assert _found(text, EntityType.PHONE) == [value]
    assert value not in result.redacted_text


@pytest.mark.parametrize(
    "text",
    [
        "nhập SĐT theo mẫu 09xx xxx xxx",
        "ví dụ 0912 xxx xxx",
        "mã 0123***456 của kho",  # no carrier's prefix
        "màn hình 1920x1080",
        "mã 1234 56** **** 7890",  # no card network opens with 1
        "Card 4123 45XX 1234",  # too short for a card
        "Thẻ 9704 18** **** 0937 hết hạn 12 và 2026.",  # no word says the digits are hidden
    ],
)
def test_templates_and_other_masks_stay_as_they_were(text: str) -> None:
    found = [
        text[f.start : f.end]
        for f in check_prompt(text).findings
        if f.entity in (EntityType.PHONE, EntityType.BANK_ACCOUNT)
    ]
    assert found in ([], ["9704 18** **** 0937"])


# -- a number said again without its leading zero -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        ("Tài khoản MB của anh Duy chính là số điện thoại 0916 502 384 nhưng bỏ số 0 đầu, tức "
         "là 916502384, ghi giúp vào phiếu.", "916502384", EntityType.PHONE),
        ("sdt 0916502384, excel ghi thanh 916502384", "916502384", EntityType.PHONE),
        ("CCCD 001085012345, ghi thiếu số 0 thành 1085012345", "1085012345", EntityType.CCCD),
    ],
)  # fmt: skip
def test_a_number_restated_without_its_zero_is_the_same_value(
    text: str, value: str, entity: EntityType
) -> None:
    result = check_prompt(text)
    assert value in _found(text, entity)
    assert value not in result.redacted_text


@pytest.mark.parametrize(
    "text",
    [
        "mã 916502384 và số 0916502385",  # another number, one digit apart
        "đơn 916502384 giao rồi",
    ],
)
def test_a_number_without_its_whole_form_needs_its_cue(text: str) -> None:
    assert "916502384" not in [text[f.start : f.end] for f in check_prompt(text).findings]


# -- a birth date whose day is said with "mùng"/"mồng" -----------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("anh ấy sinh mùng 9 tháng 4 năm 1978", "9 tháng 4 năm 1978"),
        ("sinh ngày mùng 9 tháng 4 năm 1978", "9 tháng 4 năm 1978"),
        ("sinh ngay mung 9 thang 4 nam 1978", "9 thang 4 nam 1978"),
        ("bé sinh mồng 3/2/2019", "3/2/2019"),
        ("sinh mùng chín tháng tư năm một chín bảy tám", "chín tháng tư năm một chín bảy tám"),
        ("ngày sinh: mùng 5/3/1990", "5/3/1990"),
    ],
)
def test_a_birth_day_said_with_mung_is_a_birth_date(text: str, value: str) -> None:
    result = check_prompt(text)
    assert _found(text, EntityType.DATE_OF_BIRTH) == [value]
    assert value not in result.redacted_text


@pytest.mark.parametrize(
    "text",
    ["họp mùng 9 tháng 4 năm 2026", "Tết mùng 1 tháng Giêng", "phát sinh mùng 2 tháng 5 năm 2025"],
)
def test_a_mung_date_without_a_birth_cue_stays(text: str) -> None:
    assert _found(text, EntityType.DATE_OF_BIRTH) == []


# -- a password made of a label word names nothing after it -----------------------------------


@pytest.mark.parametrize(
    ("text", "password", "host"),
    [
        ("sshpass -p 'Matkhau@123' ssh admin@10.0.1.5", "Matkhau@123", "10.0.1.5"),
        ("sshpass -p Password#2026 ssh root@192.168.1.20", "Password#2026", "192.168.1.20"),
        ("mysql -h 10.2.3.4 -u app -pMk2024@qlcb", "Mk2024@qlcb", "10.2.3.4"),
    ],
)
def test_a_password_holding_a_label_word_is_one_value(text: str, password: str, host: str) -> None:
    secrets = _found(text, EntityType.API_SECRET)
    assert secrets == [password]
    assert host in _found(text, EntityType.INTERNAL_HOST)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mật khẩu là Matkhau@123 nhé", "Matkhau@123"),
        ("mk: matkhau2024 xong", "matkhau2024"),
        ("password1: Abc@2024x", "Abc@2024x"),
        ("PASSWORD2=Qx7!abc9", "Qx7!abc9"),
    ],
)
def test_a_label_with_its_own_digit_still_names_its_value(text: str, value: str) -> None:
    assert _found(text, EntityType.API_SECRET) == [value]


# -- a two-word level whose first word OCR or markup broke is redacted whole -------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('Ảnh chụp văn bản OCR ra dòng đầu: "TỐl MẬT" rồi đến nội dung', "TỐl MẬT"),
        ("dòng đầu: TỐl MẬT rồi", "TỐl MẬT"),
        ("dòng đầu: TỐ1 MẬT", "TỐ1 MẬT"),
        ('<div class="stamp"><span>TỐI</span> <span>MẬT</span></div>', "TỐI</span> <span>MẬT"),
        ("<b>TUYỆT</b> <b>MẬT</b>", "TUYỆT</b> <b>MẬT"),
    ],
)
def test_a_level_broken_by_ocr_or_markup_is_one_mark(text: str, value: str) -> None:
    result = check_prompt(text)
    assert result.decision is Decision.BLOCK
    assert _found(text, EntityType.STATE_SECRET_MARK) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("TÔI: MẬT\nKẾ HOẠCH", "MẬT"),  # a label before the stamp, no level word
        ("<td>Tôi</td><td>MẬT</td>", "MẬT"),  # a word in lower case: no stamp of two words
    ],
)
def test_a_word_before_mat_that_is_no_level_stays_out(text: str, value: str) -> None:
    assert _found(text, EntityType.STATE_SECRET_MARK) in ([value], [])
