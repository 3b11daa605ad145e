"""vn.phone: phone numbers validated with phonenumbers (reference.md e.9)."""

from __future__ import annotations

import pytest

from ai_guard import EntityType, Validation, check_prompt

PHONE = EntityType.PHONE
FAMILY = (PHONE,)

ROWS = [
    # mobile numbers in the usual spellings
    pytest.param("SĐT 0912 345 678", PHONE, "0912 345 678", 0.95, id="sdt-spaces"),
    pytest.param("Liên hệ 0912.345.678 trong giờ hành chính", PHONE, "0912.345.678", 0.95,
                 id="dots-lien-he"),
    pytest.param("Anh ấy dùng 0912.345.678", PHONE, "0912.345.678", 0.8, id="dots-bare"),
    pytest.param("Số 0912-345-678", PHONE, "0912-345-678", 0.8, id="hyphens"),
    pytest.param("Gửi tới +84 912 345 678 nhé", PHONE, "+84 912 345 678", 0.8, id="plus84"),
    pytest.param("Gửi tới 84912345678 nhé", PHONE, "84912345678", 0.8, id="84-no-plus"),
    pytest.param("Gửi tới (+84) 912 345 678 nhé", PHONE, "(+84) 912 345 678", 0.8,
                 id="paren-plus84"),
    pytest.param("Gửi tới 0084 912 345 678", PHONE, "0084 912 345 678", 0.8, id="0084"),
    pytest.param("Zalo: 0987654321", PHONE, "0987654321", 0.95, id="zalo"),
    pytest.param("Viettel 0868123456", PHONE, "0868123456", 0.8, id="viettel-086"),
    # operators' blocks phonenumbers' metadata does not list yet (089x, 052x, 055x): a table
    # row far below its "SĐT" header has no cue and the number is still a phone
    pytest.param("Vương Chứ Cảnh,033157027073,0893505018", PHONE, "0893505018", 0.6,
                 id="unlisted-block-089"),
    pytest.param("Kiều Long Đông, 0526 990 512", PHONE, "0526 990 512", 0.6,
                 id="unlisted-block-052"),
    # landlines
    pytest.param("ĐT cơ quan: 024 3825 1234", PHONE, "024 3825 1234", 0.95, id="hanoi-landline"),
    pytest.param("Văn phòng 028.3829.1234", PHONE, "028.3829.1234", 0.8, id="hcm-landline"),
    pytest.param("Fax 0251 3822 123", PHONE, "0251 3822 123", 0.95, id="dong-nai-landline"),
    # OCR / no diacritics
    pytest.param("so dien thoai 0912345678", PHONE, "0912345678", 0.95, id="ocr-so-dien-thoai"),
    pytest.param("Dien thoai lien he: 0912 345 678", PHONE, "0912 345 678", 0.95,
                 id="ocr-dien-thoai-lien-he"),
    # boundaries
    pytest.param("SDT:0912345678", PHONE, "0912345678", 0.95, id="glued-colon"),
    pytest.param("SDT0912345678", PHONE, "0912345678", 0.85, id="glued-letters-left"),
    pytest.param("dien thoai 0912 345\n678", PHONE, "0912 345\n678", 0.95, id="line-break"),
    pytest.param("abc0912345678xyz", None, None, 0, id="inside-alnum-token"),
    pytest.param("Mã giao dịch 09123456781234", None, None, 0, id="inside-14-digit-run"),
    # public service numbers are not personal
    pytest.param("Gọi tổng đài 1900 1234", None, None, 0, id="1900"),
    pytest.param("hotline 1800 5678", None, None, 0, id="1800"),
    pytest.param("Đường dây nóng: 1900.1234", None, None, 0, id="1900-dots"),
    # pre-2018 11-digit mobile without a cue: not a valid number, not reported
    pytest.param("01662345678", None, None, 0, id="old-11-digit-no-cue"),
    # letter-spaced, as a heading is set: the groups' dots, hyphens and two spaces kept
    pytest.param("SĐT: 0 3 2 0 . 0 0 0 . 0 0 0", PHONE, "0 3 2 0 . 0 0 0 . 0 0 0", 0.95,
                 id="letter-spaced-dots"),
    pytest.param("SĐT: 0 9 1 2  3 4 5  6 7 8", PHONE, "0 9 1 2  3 4 5  6 7 8", 0.95,
                 id="letter-spaced-groups"),
    pytest.param("SĐT: ( + 8 4 )  9 1 2 3 4 5 6 7 8", PHONE, "( + 8 4 )  9 1 2 3 4 5 6 7 8",
                 0.95, id="letter-spaced-paren-84"),
    pytest.param("Điều 5 . 1 2 3 4 5 6 7 8 9", None, None, 0, id="spaced-dot-not-a-number"),
    pytest.param("so_dien_thoai: 0320000000", PHONE, "0320000000", 0.95, id="snake-key"),
    # money, bank accounts
    pytest.param("Số tiền 0912345678 đồng", None, None, 0, id="money"),
    pytest.param("STK 0912345678 tại MB", None, None, 0, id="bank-account-cue"),
    pytest.param("0123456789", None, None, 0, id="invalid-range"),
    # a counting word after a cued, valid number is not a unit of that number
    pytest.param("Liên hệ 0912.345.678 giờ hành chính", PHONE, "0912.345.678", 0.95,
                 id="followed-by-gio"),
    pytest.param("SĐT 0912345678 người nhận hàng", PHONE, "0912345678", 0.95,
                 id="followed-by-nguoi"),
    pytest.param("Gọi 0987 654 321 ngày mai", PHONE, "0987 654 321", 0.95,
                 id="followed-by-ngay"),
    # an agency's published landline: after a hotline word, or with the agency after it
    pytest.param("Đường dây nóng tiếp nhận phản ánh: 0243 8225 555. Đưa vào thông báo", None,
                 None, 0, id="agency-hotline"),
    pytest.param("Liên hệ 0236 3821 111 (Văn phòng UBND)", None, None, 0, id="agency-named-after"),
    # an office's seat or one-stop desk given with its landline in a notice's contact block
    pytest.param("Trụ sở UBND xã Tân Hòa, số 12 đường Lê Lợi; điện thoại 0251 3822 123; email",
                 None, None, 0, id="agency-seat-before"),
    pytest.param("Bộ phận một cửa của phường, ĐT 028 3829 1234, làm việc giờ hành chính", None,
                 None, 0, id="agency-one-stop-desk"),
    # an office a notice sends its readers to, or receives them at, before its landline
    pytest.param("Mọi thắc mắc liên hệ Văn phòng Tòa án qua số điện thoại 0251 3822 640.", None,
                 None, 0, id="agency-contact-office"),
    pytest.param("Thong tin chi tiet lien he Tram Y te qua so 028 3820 5532 trong gio", None,
                 None, 0, id="agency-contact-station-plain"),
    pytest.param("Please contact the Ministry's Press Office at +84 24 6282 1018.", None, None,
                 0, id="agency-contact-abroad-form"),
    pytest.param("Địa điểm nhận hồ sơ: Phòng Tổ chức cán bộ, Sở Y tế tỉnh Lào Cai, số 8 đường "
                 "Hoàng Liên, phường Lào Cai. Điện thoại: 0214 3820 118.", None, None, 0,
                 id="agency-venue-landline"),
    # ... but a person named between the office and the number, or a mobile, stays
    pytest.param("Liên hệ Phòng Nội vụ, chị Hoa, điện thoại 0251 3822 640.", PHONE,
                 "0251 3822 640", 0.95, id="agency-contact-person-between"),
    pytest.param("Liên hệ Văn phòng Tòa án qua số 0912 345 678.", PHONE, "0912 345 678", 0.8,
                 id="agency-contact-mobile"),
    # a person's work phone as a form's field, a person's landline beside an office named
    # on another line, and a mobile after the seat stay
    pytest.param("ĐT cơ quan: 024 3825 1234", PHONE, "024 3825 1234", 0.95,
                 id="work-phone-field"),
    pytest.param("Trụ sở UBND xã Tân Hòa\nÔng Bình, điện thoại 0251 3822 123", PHONE,
                 "0251 3822 123", 0.95, id="seat-on-another-line"),
    pytest.param("Trụ sở UBND xã, cán bộ trực Hà Văn Tư 0912 345 678", PHONE, "0912 345 678",
                 0.8, id="mobile-after-seat"),
    # a template's dummy number: every digit after the prefix a zero, said to be an example
    pytest.param("cột SĐT để '0900000000' làm ví dụ", None, None, 0, id="placeholder-zeros"),
    pytest.param("File mẫu: SĐT 090 000 0000", None, None, 0, id="placeholder-zeros-grouped"),
    pytest.param("cột SĐT để '0900000001' làm ví dụ", PHONE, "0900000001", 0.95,
                 id="example-not-all-zeros"),
    pytest.param("SĐT: 0900000000", PHONE, "0900000000", 0.95, id="zeros-not-called-example"),
    # a landline of a person, a mobile after "hotline" stay
    pytest.param("SĐT nhà tôi 024 3825 1234, gọi giúp", PHONE, "024 3825 1234", 0.95,
                 id="home-landline"),
    pytest.param("hotline cá nhân 0912 345 678", PHONE, "0912 345 678", 0.95,
                 id="hotline-mobile"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "entity", "value", "min_score"), ROWS)
def test_phone_table(scan, text, entity, value, min_score) -> None:
    finding = scan.row(text, entity, value, min_score, FAMILY)
    if finding is not None:
        assert finding.validated is True
        assert finding.detector == "vn.phone"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("ĐT: 01662345678", "01662345678", id="old-viettel"),
        pytest.param("so dien thoai 01234567890", "01234567890", id="old-vinaphone-ocr"),
    ],
)
def test_phone_invalid_only_with_cue(scan, text, value) -> None:
    scan.expect_invalid(text, PHONE, value)
    scan.expect_none(value, FAMILY)


def test_international_pattern_name(scan) -> None:
    f = scan.expect("+84 912 345 678", PHONE, "+84 912 345 678", 0.8)
    assert f.pattern == "phone.international"
    assert f.validation is Validation.PASSED


def test_family_traps(scan, family_trap) -> None:
    scan.expect_none(family_trap, FAMILY)


def test_validity_cache_keys_agree_with_phonenumbers() -> None:
    """phone_valid caches by a key of prefix and length: numbers sharing a key have the same
    validity for phonenumbers (the key reads every digit the metadata's patterns read)."""
    import random

    import phonenumbers

    from ai_guard.detectors.phone import _validity_key

    def direct(number: str) -> bool:
        return bool(phonenumbers.is_valid_number(phonenumbers.parse(number, "VN")))

    rng = random.Random(14)
    seen: dict[tuple[str, int], tuple[bool, str]] = {}
    for _ in range(600):
        national = str(rng.randint(1, 9)) + "".join(
            rng.choice("0123456789") for _ in range(rng.choice((7, 8, 9, 10)))
        )
        for _ in range(4):  # variants keeping a random head of the number
            keep = rng.randint(1, len(national))
            variant = national[:keep] + "".join(rng.choice("0123456789") for _ in national[keep:])
            for number in ("0" + variant, "+84" + variant):
                valid = direct(number)
                first = seen.setdefault(_validity_key(number), (valid, number))
                assert first[0] == valid, (number, first[1])


@pytest.mark.parametrize(
    "text",
    [
        # ten digit words, "không" and a carrier's prefix: said of a phone number only
        "so cua chu ay la khong chin mot hai, nam nam tam, bon khong bay. chu ay dan goi",
        "số của chú ấy là không chín một hai năm năm tám bốn không bảy",
        # a digit word a few characters before the number, cut off from it by other words
        "gọi hai lần: không chín một hai năm năm tám bốn không bảy",
        "goi ba lan: khong chin mot hai nam nam tam bon khong bay",
    ],
)
def test_a_mobile_number_read_out_in_words_needs_no_cue(text: str) -> None:
    found = [f for f in check_prompt(text).findings if f.entity is EntityType.PHONE]
    assert len(found) == 1
    assert text[found[0].start : found[0].end].startswith(("khong", "không"))


@pytest.mark.parametrize(
    "text",
    [
        "mot hai ba bon nam sau bay tam chin muoi",  # counting
        "năm năm năm năm năm năm năm năm năm năm",
        "khong mot hai ba bon nam sau bay tam chin",  # no carrier's prefix
    ],
)
def test_counting_in_words_is_no_phone(text: str) -> None:
    assert not any(f.entity is EntityType.PHONE for f in check_prompt(text).findings)


def _phones(text: str) -> list[str]:
    return [text[f.start : f.end] for f in check_prompt(text).findings if f.entity is PHONE]


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        # a birth year typed right before the phone in a chat list: the phone starts at its 0
        ("ds:\n1 luong van tam 1972 0905 412 338\n2 ha thi nga 1988 0387215904",
         ["0905 412 338", "0387215904"]),
        # a row's number before it is no part of it either
        ("cac so can goi lai:\n7 0978 120 455", ["0978 120 455"]),
        # a table flattened onto one line: the next row's number after a complete mobile
        ("STT Họ tên SĐT 1 Phan Văn Nhỏ 0978 024 631 2 Hiên Văn Khương 0905 772 418",
         ["0978 024 631", "0905 772 418"]),
        # "dong" after a number that opens with a zero is a verb (đóng thay), not the đồng:
        # no amount is written with a leading zero
        ("ck chi la a duc 0869 772 031 dong thay", ["0869 772 031"]),
        # the next row opens with the surname Triệu: "10 trieu" is no amount of the phone above
        ("9 ha thi nga 0387 215 904\n10 trieu van dung 0912 804 377",
         ["0387 215 904", "0912 804 377"]),
    ],
)  # fmt: skip
def test_a_phone_in_a_chat_list_row_starts_at_its_trunk_zero(text: str, phones: list[str]) -> None:
    assert _phones(text) == phones


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        # a few digits after the number are still read with it (a value is redacted whole)
        ("SĐT 0912 345 678 9", ["0912 345 678 9"]),
        # an amount in millions on one line stays an amount
        ("ung truoc 912 345 678 trieu dong", []),
        ("so tien 0,5 trieu dong", []),
    ],
)  # fmt: skip
def test_what_stays_beside_a_listed_phone(text: str, phones: list[str]) -> None:
    assert _phones(text) == phones
