"""Identifiers as real users send them (issue 14, second pass): lower-case OCR letters in a
cued number, partly masked numbers, digits mixed with digit words, a spreadsheet's dropped
zero in a grouped number. Positives and the ordinary numbers beside them that stay clean."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ai_guard import EntityType, check_prompt

E = EntityType
FAMILY = (
    E.CCCD, E.CMND, E.PASSPORT, E.PHONE, E.TAX_CODE, E.BANK_ACCOUNT, E.SOCIAL_INSURANCE,
    E.HEALTH_INSURANCE, E.LICENSE_PLATE, E.CASE_NUMBER, E.DRIVER_LICENSE,
)  # fmt: skip

#: ordinary numbers in prose that no numeric family may report
CLEAN = [
    pytest.param("Số tiền 1.000.000 đồng đã chuyển", id="money"),
    pytest.param("Theo Điều 5 khoản 2 Nghị định 13/2023/NĐ-CP", id="article"),
    pytest.param("Văn bản số 123/UBND-VP ngày 12/03/2025", id="document-number"),
    pytest.param("Năm 2024 có 1.234 hồ sơ, năm 2025 có 2.345 hồ sơ", id="years-counts"),
    pytest.param("Dân số xã là 12 345 678 người", id="count-in-prose"),
    pytest.param("Kích thước 1920x1080, độ phân giải 3840x2160", id="screen-size"),
    pytest.param("so CCCD: 0xxxxxxxxxxx, so dien thoai: 09xx xxx xxx", id="form-template"),
    pytest.param("SĐT: 09xx.xxx.xxx (ghi đủ 10 số)", id="phone-template"),
    pytest.param("Mật khẩu gồm **12345** ký tự? Không, gồm ít nhất 8", id="markdown-bold"),
    pytest.param("Mã sản phẩm XX12345-**", id="product-code"),
    pytest.param("Giá 12.500.000đ, mã 001090***345", id="masked-no-cue"),
    pytest.param("CCCD: xem mục iso 9001 bản sao", id="ocr-letters-in-words"),
    pytest.param("Năm 2024 tăng 12 lần so với năm 2023", id="year-words"),
]


@pytest.mark.parametrize("text", CLEAN)
def test_ordinary_numbers_stay_clean(scan, text) -> None:
    scan.expect_none(text, FAMILY)


OCR_LOWER = [
    pytest.param("CCCD: oo1o85o12345", E.CCCD, "oo1o85o12345", id="cccd-lower-o"),
    pytest.param("số cccd oo1o9oo12345", E.CCCD, "oo1o9oo12345", id="cccd-half-letters"),
    pytest.param("sdt: 09i2345678", E.PHONE, "09i2345678", id="phone-lower-i"),
    pytest.param("SĐT 09123456s8", E.PHONE, "09123456s8", id="phone-lower-s"),
    pytest.param("SĐT: o9l2 345 67B", E.PHONE, "o9l2 345 67B", id="phone-mixed"),
    pytest.param("MST: o314409058", E.TAX_CODE, "o314409058", id="tax-lower-o"),
    # a "B" read for 8, then the whole line lowered (chat): "b" stands for 8 as "B" does
    pytest.param("dt: o9l2 s7b 4o3.", E.PHONE, "o9l2 s7b 4o3", id="phone-lower-b"),
    pytest.param("sdt: o9l2 345 67b", E.PHONE, "o9l2 345 67b", id="phone-lower-b-end"),
    pytest.param("ma so thue: ol0b9245ll", E.TAX_CODE, "ol0b9245ll", id="tax-lower-b"),
    pytest.param("stk: ol9o8b12345", E.BANK_ACCOUNT, "ol9o8b12345", id="bank-lower-b"),
    pytest.param("so dinh danh: oo12o3oo4567", E.CCCD, "oo12o3oo4567", id="cccd-dinh-danh"),
    pytest.param("stt | ho ten | cccd\n1 | le van an | o01203o04568", E.CCCD, "o01203o04568",
                 id="cccd-column-lower"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "entity", "value"), OCR_LOWER)
def test_lower_case_ocr_letters(scan, text, entity, value) -> None:
    scan.expect(text, entity, value, 0.5)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Mã oo1o9oo12345 trong kho", id="no-cue"),
        pytest.param("sdt: is 1234 so 5678", id="words-and-short-numbers"),
        pytest.param("CCCD số lo 12 so 34 bis", id="short-bits"),
        # "b" beside digits in ordinary words: rooms, lots, a class, a list after a cue
        pytest.param("sdt phong b2 tang 3, lo b12, bang b1", id="b-in-room-and-lot"),
        pytest.param("mst: bo1b ob2b 3obb", id="b-letters-outnumber"),
        pytest.param("stk: ban bo 1234 b5", id="b-words-short-number"),
    ],
)
def test_lower_case_ocr_needs_its_cue_and_digits(scan, text) -> None:
    scan.expect_none(text, FAMILY)


MASKED = [
    pytest.param("CCCD 001090***345", E.CCCD, "001090***345", id="cccd-stars"),
    pytest.param("Số CCCD: 0010******45", E.CCCD, "0010******45", id="cccd-long-mask"),
    pytest.param("SĐT 0912 xxx 678", E.PHONE, "0912 xxx 678", id="phone-xxx"),
    pytest.param("sdt 0912***678", E.PHONE, "0912***678", id="phone-stars"),
    pytest.param("SĐT: 091*****78", E.PHONE, "091*****78", id="phone-five-visible"),
    pytest.param("STK 0071xxxx3456 Vietcombank", E.BANK_ACCOUNT, "0071xxxx3456", id="bank"),
    pytest.param("Mã số BHXH: 0123••••89", E.SOCIAL_INSURANCE, "0123••••89", id="bhxh-dots"),
    pytest.param("CMND 0234***89", E.CMND, "0234***89", id="cmnd"),
    pytest.param("| Họ tên | CCCD |\n|---|---|\n| An | 001090***345 |", E.CCCD, "001090***345",
                 id="cccd-column"),
    pytest.param("SĐT 0912XXX678 (đã ẩn)", E.PHONE, "0912XXX678", id="phone-upper-x"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "entity", "value"), MASKED)
def test_partly_masked_numbers_are_redacted_whole(scan, text, entity, value) -> None:
    finding = scan.expect(text, entity, value, 0.8)
    assert finding.pattern.endswith(".masked")
    assert finding.validated is False
    assert finding.context


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("001090***345 là mã đơn hàng", id="no-cue"),
        pytest.param("STK ****3456", id="last-four-only"),
        pytest.param("SĐT: 09xx xxx xxx", id="template"),
        pytest.param("CCCD: ************", id="fully-masked"),
        pytest.param("SĐT **0912**", id="bold-short"),
        pytest.param("CCCD: 1920x1080", id="single-x"),
    ],
)
def test_masks_that_hide_the_person_stay_clean(scan, text) -> None:
    scan.expect_none(text, FAMILY)


def test_a_cue_names_only_the_nearest_masked_number(scan) -> None:
    text = "SĐT 0912 xxx 678 và CCCD 001090***345"
    result = scan(text)
    got = {(f.entity, text[f.start : f.end]) for f in result.findings}
    assert got == {(E.PHONE, "0912 xxx 678"), (E.CCCD, "001090***345")}
    assert result.redacted_text == "SĐT [PHONE_1] và CCCD [CCCD_1]"


_MASK = st.sampled_from(["*", "x", "X", "•"])


@settings(max_examples=60, deadline=None)
@given(
    digits=st.text("0123456789", min_size=12, max_size=12),
    hide=st.integers(2, 6),
    at=st.integers(1, 5),
    mask=_MASK,
)
def test_masked_cccd_never_leaves_a_visible_digit(digits, hide, at, mask) -> None:
    masked = digits[:at] + mask * hide + digits[at + hide :]
    visible = sum(c.isdigit() for c in masked)
    result = check_prompt(f"Số CCCD của bà ấy: {masked} nhé")
    if visible >= 5:
        assert result.redacted_text == "Số CCCD của bà ấy: [CCCD_1] nhé"
    else:  # a template ("0xxxxxxxxxxx"): nothing of a person left
        assert masked in result.redacted_text


CARDS = [
    pytest.param("số thẻ 4111 1111 1111 1111", "4111 1111 1111 1111", id="after-so-the"),
    pytest.param("gửi em 4532 0151 1283 0366 nhé", "4532 0151 1283 0366", id="printed"),
    pytest.param("card 4111-1111-1111-1111 exp 12/27", "4111-1111-1111-1111", id="hyphens"),
    pytest.param("thẻ visa 4532015112830366", "4532015112830366", id="card-word"),
    pytest.param("amex 3782 822463 10005", "3782 822463 10005", id="amex-4-6-5"),
    pytest.param("thẻ nội địa 9704 0000 0000 0018", "9704 0000 0000 0018", id="napas"),
]


@pytest.mark.parametrize(("text", "value"), CARDS)
def test_payment_cards_without_a_bank_cue(scan, text, value) -> None:
    finding = scan.expect(text, E.BANK_ACCOUNT, value, 0.85)
    assert finding.validated is True


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("mã giao dịch 4532015112830366", id="no-card-word"),
        pytest.param("số thẻ 4111 1111 1111 1112", id="luhn-fails"),
        pytest.param("Tổng 1.234.567.890.123.456 đồng", id="amount"),
        pytest.param("mã hồ sơ 1234 5678 9012 3456", id="file-number"),
    ],
)
def test_card_shaped_numbers_that_are_not_cards(scan, text) -> None:
    scan.expect_none(text, [E.BANK_ACCOUNT])


@settings(max_examples=60, deadline=None)
@given(body=st.text("0123456789", min_size=14, max_size=14), sep=st.sampled_from([" ", "-"]))
def test_printed_luhn_card_is_redacted_whole(body, sep) -> None:
    from ai_guard.detectors.finance import luhn_valid

    head = "4" + body
    check = next(d for d in "0123456789" if luhn_valid(head + d))
    digits = head + check
    card = sep.join(digits[i : i + 4] for i in range(0, 16, 4))
    result = check_prompt(f"Em gửi số thẻ {card} nhé")
    assert result.redacted_text == "Em gửi số thẻ [BANK_ACCOUNT_1] nhé"


MIXED = [
    pytest.param("sdt cua em la 09 một hai 345 678", E.PHONE, "09 một hai 345 678", id="chat"),
    pytest.param("sđt 0912 ba bốn năm 678", E.PHONE, "0912 ba bốn năm 678", id="words-inside"),
    pytest.param("sđt: không chín một hai 345 678", E.PHONE, "không chín một hai 345 678",
                 id="words-first"),
    pytest.param("số em: không chín 1 2 3 4 5 6 7 8", E.PHONE, "không chín 1 2 3 4 5 6 7 8",
                 id="words-then-spaced-digits"),
    pytest.param("cccd: không không một 085 012 345", E.CCCD, "không không một 085 012 345",
                 id="cccd"),
    pytest.param("sdt khong chin 12 345 678", E.PHONE, "khong chin 12 345 678",
                 id="no-diacritics"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "entity", "value"), MIXED)
def test_digits_mixed_with_digit_words(scan, text, entity, value) -> None:
    scan.expect(text, entity, value, 0.9)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("09 một hai 345 678 là mã hàng", id="no-cue"),
        pytest.param("sdt năm 2024 một hai 345", id="year-after-nam"),
        pytest.param("Năm 2024 có hai 345 678 người", id="count-in-prose"),
        pytest.param("SĐT: hai 345 người và ba 678 người", id="counts-with-words"),
    ],
)
def test_mixed_words_need_a_cue_and_a_number(scan, text) -> None:
    scan.expect_none(text, FAMILY)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("SĐT của anh Hai 0912345678", "0912345678", id="name-hai"),
        pytest.param("CCCD của bà Năm 001085012345", "001085012345", id="name-nam"),
    ],
)
def test_a_name_that_is_a_digit_word_stays_outside(scan, text, value) -> None:
    assert scan(text).redacted_text == text.replace(
        value, "[" + ("PHONE" if "SĐT" in text else "CCCD") + "_1]"
    )


_WORD_OF = {
    "0": "không", "1": "một", "2": "hai", "3": "ba", "4": "bốn", "5": "năm", "6": "sáu",
    "7": "bảy", "8": "tám", "9": "chín",
}  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(
    rest=st.text("0123456789", min_size=8, max_size=8),
    words=st.lists(st.booleans(), min_size=10, max_size=10),
)
@example(
    rest="52000000", words=[False, False, True, False, False, False, False, True, False, False]
)
def test_a_phone_typed_half_in_words_is_redacted_whole(rest, words) -> None:
    digits = "09" + rest
    if sum(words) < 2 or all(words):
        words = [True, True] + [False] * 8
    parts = [_WORD_OF[d] if w else d for d, w in zip(digits, words, strict=True)]
    # digits next to each other stay one group, words stand apart
    typed = ""
    for i, (p, w) in enumerate(zip(parts, words, strict=True)):
        glue = "" if i and not w and not words[i - 1] else " "
        typed += (glue if i else "") + p
    result = check_prompt(f"SĐT của em: {typed}")
    assert result.redacted_text == "SĐT của em: [PHONE_1]", typed


ODD_SEPARATORS = [
    pytest.param("sdt: 0912_345_678", E.PHONE, "0912_345_678", id="underscore"),
    pytest.param("cccd: 001,085,012,345", E.CCCD, "001,085,012,345", id="commas"),
    pytest.param("sdt: 0912,345,678", E.PHONE, "0912,345,678", id="phone-commas"),
    pytest.param("sdt: 0912/345/678", E.PHONE, "0912/345/678", id="slashes"),
    pytest.param("MST: 0314_409_058", E.TAX_CODE, "0314_409_058", id="tax"),
    pytest.param("sdt: 0912_345_678_99", E.PHONE, "0912_345_678_99", id="tail-kept-whole"),
]


@pytest.mark.parametrize(("text", "entity", "value"), ODD_SEPARATORS)
def test_commas_underscores_slashes_under_a_cue(scan, text, entity, value) -> None:
    scan.expect(text, entity, value, 0.9)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("chuyển khoản 1,500,000,000 cho em", id="amount-after-bank-cue"),
        pytest.param("STK: 1,500,000,000", id="amount-thousands"),
        pytest.param("Ngày 12/03/2025, 15/04/2025", id="dates"),
        pytest.param("mã 0912_345_678 trong kho", id="no-cue"),
        pytest.param("SĐT: xem các mục 12/34/56", id="short"),
    ],
)
def test_odd_separators_need_a_cue_and_an_identifier(scan, text) -> None:
    scan.expect_none(text, FAMILY)


DROPPED_GROUPED = [
    pytest.param("sdt 912 345 678", E.PHONE, "912 345 678", id="phone-groups"),
    pytest.param("CCCD: 79 190 012 345", E.CCCD, "79 190 012 345", id="cccd-groups"),
]


@pytest.mark.parametrize(("text", "entity", "value"), DROPPED_GROUPED)
def test_dropped_zero_in_a_grouped_number(scan, text, entity, value) -> None:
    finding = scan.expect(text, entity, value, 0.9)
    assert finding.validated is True


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("dân số 912 345 678 người", id="no-cue"),
        pytest.param("SĐT: 112 345 678", id="restored-invalid"),
    ],
)
def test_grouped_dropped_zero_needs_cue_and_validity(scan, text) -> None:
    scan.expect_none(text, [E.PHONE])


@settings(max_examples=60, deadline=None)
@given(
    sep=st.sampled_from(["_", ",", "/"]),
    rest=st.text("0123456789", min_size=8, max_size=8),
)
def test_a_phone_grouped_by_odd_separators_is_redacted_whole(sep, rest) -> None:
    digits = "09" + rest
    typed = sep.join([digits[:4], digits[4:7], digits[7:]])
    assert check_prompt(f"SĐT em: {typed} nhé").redacted_text == "SĐT em: [PHONE_1] nhé"


_PEM_BODY = "MIIEpAIBAAKCAQEA" + "q8Zx3Yb7Wc2Vd9Ue5Tf1Sg6Rh0Qi4Pj8Ok" * 4
_PEM = (
    f"-----BEGIN RSA PRIVATE KEY-----\n{_PEM_BODY[:64]}\n{_PEM_BODY[64:]}\n"
    "-----END RSA PRIVATE KEY-----"
)
SECRETS = [
    pytest.param(
        f"{_PEM}\nok",
        _PEM,
        id="pem-block",
    ),
    pytest.param(
        f"key của server:\n-----BEGIN PRIVATE KEY-----\n{_PEM_BODY[:64]}\n{_PEM_BODY[64:]}",
        f"-----BEGIN PRIVATE KEY-----\n{_PEM_BODY[:64]}\n{_PEM_BODY[64:]}",
        id="pem-cut-short",
    ),
    pytest.param(
        "STRIPE_KEY=sk_live_51HcXyZAbCdEfGhIjKlMnOpQrStUv9876",
        "sk_live_51HcXyZAbCdEfGhIjKlMnOpQrStUv9876",
        id="stripe-live",
    ),
    pytest.param(
        'curl -H "Authorization: Basic YWRtaW46cGFzc3dvcmQxMjM=" http://x',
        "YWRtaW46cGFzc3dvcmQxMjM=",
        id="basic-auth",
    ),
]


@pytest.mark.parametrize(("text", "value"), SECRETS)
def test_private_keys_payment_keys_and_basic_auth_block(scan, text, value) -> None:
    scan.expect(text, E.API_SECRET, value, 0.9)
    assert scan(text).decision.value == "block"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Dán khóa dạng -----BEGIN PRIVATE KEY----- ... -----END PRIVATE KEY-----",
                     id="pem-template"),
        pytest.param("Basic principles: basic aaaaaaaaaaaaaaaaaaaa", id="basic-in-prose"),
        pytest.param("Authorization: Basic <base64 của user:pass>", id="basic-template"),
        pytest.param("dùng sk_test_ hoặc sk_live_ tùy môi trường", id="stripe-prefixes-named"),
    ],
)  # fmt: skip
def test_key_shapes_without_a_key_stay_clean(scan, text) -> None:
    scan.expect_none(text, [E.API_SECRET])


LABEL_ABOVE = [
    pytest.param("Số tài khoản:\n0071000123456", E.BANK_ACCOUNT, "0071000123456", id="bank"),
    pytest.param("Mã BHXH\n0123456789", E.SOCIAL_INSURANCE, "0123456789", id="bhxh"),
    pytest.param("Số CMND:\n023456789", E.CMND, "023456789", id="cmnd"),
    pytest.param("Số hộ chiếu:\r\nC4829173", E.PASSPORT, "C4829173", id="passport-crlf"),
    pytest.param("Số điện thoại:\n  0912 xxx 678", E.PHONE, "0912 xxx 678", id="masked-indented"),
]


@pytest.mark.parametrize(("text", "entity", "value"), LABEL_ABOVE)
def test_a_label_on_the_line_above_names_the_value(scan, text, entity, value) -> None:
    scan.expect(text, entity, value, 0.8)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Điều 5. Tài khoản\n123456789 đồng", id="amount"),
        pytest.param("Mã BHXH: xem dưới\nGhi chú 0123456789", id="value-not-at-line-start"),
        pytest.param("Số CMND\n\nmục 2: 023456789", id="not-the-line-right-above"),
    ],
)
def test_a_label_above_names_only_a_value_opening_the_next_line(scan, text) -> None:
    scan.expect_none(text, [E.BANK_ACCOUNT, E.SOCIAL_INSURANCE, E.CMND])


MORE_FORMS = [
    pytest.param("căn cước 001090...345", E.CCCD, "001090...345", id="masked-dots"),
    pytest.param("CCCD: 001090…345", E.CCCD, "001090…345", id="masked-ellipsis"),
    pytest.param("CCCD: 001090___345", E.CCCD, "001090___345", id="masked-underscores"),
    pytest.param("+84 9 1 2 3 4 5 6 7 8", E.PHONE, "+84 9 1 2 3 4 5 6 7 8", id="plus-spaced"),
    pytest.param("biển 30A12345", E.LICENSE_PLATE, "30A12345", id="plate-cue-bien"),
    pytest.param("bản án số 01/2024/HSST", E.CASE_NUMBER, "01/2024/HSST", id="case-glued-stage"),
    pytest.param("vụ án thụ lý số 41/2024/TLST-HS", E.CASE_NUMBER, "41/2024/TLST-HS",
                 id="acceptance-number"),
    pytest.param("thụ lý số 214/2026/TLST-HNGĐ ngày", E.CASE_NUMBER, "214/2026/TLST-HNGĐ",
                 id="acceptance-hngd"),
    pytest.param("thu ly so 12/2025/tlpt-ds", E.CASE_NUMBER, "12/2025/tlpt-ds",
                 id="acceptance-appeal-lower"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "entity", "value"), MORE_FORMS)
def test_more_forms_users_send(scan, text, entity, value) -> None:
    scan.expect(text, entity, value, 0.8)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("sdt 0912345... gọi lại sau", id="trailing-dots-are-prose"),
        pytest.param("Giá 100000...200000 đồng", id="range"),
        pytest.param("Từ 1…5 tuổi", id="ellipsis-range"),
        pytest.param("ra biển 30 km về phía đông", id="bien-sea"),
        # "102/2024/hsst" (the stage glued, in lower case) is a judgment number since
        # i14-left11 (tests/detectors/test_dodges_i14.py); with no stage it is not read
        pytest.param("ban an 102/2024/hs", id="lower-no-stage"),
        pytest.param("Luật 29/2018/QH14, Nghị định 13/2023/NĐ-CP", id="laws"),
        pytest.param("+84 9 1 2", id="short-spaced"),
    ],
)
def test_more_forms_stay_clean_where_nothing_is_personal(scan, text) -> None:
    scan.expect_none(text, FAMILY)


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        pytest.param("SĐT: 912345678.0", E.PHONE, "912345678", id="phone-float"),
        pytest.param("CCCD 1085012345.0", E.CCCD, "1085012345", id="cccd-float"),
        pytest.param("acc: 0071000123456", E.BANK_ACCOUNT, "0071000123456", id="bank-acc"),
    ],
)
def test_spreadsheet_floats_and_chat_cues(scan, text, entity, value) -> None:
    scan.expect(text, entity, value, 0.8)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Tổng 123456789.0 đồng", id="amount-float"),
        pytest.param("version 12345678.0", id="version"),
        pytest.param("acc game: abc123", id="acc-username"),
    ],
)
def test_floats_and_acc_without_an_identifier(scan, text) -> None:
    scan.expect_none(text, FAMILY)


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        pytest.param("Họ tên\tSĐT\nAn\t912345678", E.PHONE, "912345678", id="phone-dropped-zero"),
        pytest.param("Họ tên\tSố BHXH\nTrần Thị Bình\t0123456789", E.SOCIAL_INSURANCE,
                     "0123456789", id="bhxh"),
    ],
)  # fmt: skip
def test_a_two_column_sheet_names_its_cells(scan, text, entity, value) -> None:
    scan.expect(text, entity, value, 0.8)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ghi chú:\tkhông có\nMã\t0123456789", id="no-cue-header"),
        pytest.param("Số BHXH\tđã nộp\n\nxem mục 5, 0123456789", id="prose-after"),
    ],
)
def test_a_two_column_sheet_without_a_cue_header_stays_clean(scan, text) -> None:
    scan.expect_none(text, [E.SOCIAL_INSURANCE, E.PHONE, E.CMND, E.BANK_ACCOUNT])


def test_a_phone_read_in_pairs(scan) -> None:
    text = "sđt không chín mười hai ba mươi bốn năm mươi sáu bảy mươi tám"
    finding = scan.expect(text, E.PHONE, text[4:], 0.9)
    assert finding.validated is True


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("SĐT: chị ấy ba mươi hai tuổi, có năm mươi sáu người", id="ages-counts"),
        pytest.param("Mười hai năm sau, ba mươi người", id="prose"),
    ],
)
def test_tens_in_prose_are_no_number(scan, text) -> None:
    scan.expect_none(text, FAMILY)
