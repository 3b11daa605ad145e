"""holdout19's identifiers, marks and keys (issue 14, eleventh session): the forms a user
writes to get past the guard, or that arrive mangled, each read in its general form (what a
real user sends beside the corpus's row), and the hard negatives beside them."""

from __future__ import annotations

import itertools

import pytest
from _probes import found as _found
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from ai_guard import Decision, EntityType, check_prompt

# -- a circulation mark said of the text: "the page has the line ..." ------------------------


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        (
            "van ban nay cuoi trang co dong xem xong tra lai, a viet lai giup e thanh thong bao",
            "xem xong tra lai",
        ),
        ("Văn bản cuối trang có dòng xem xong trả lại, tóm tắt giúp em", "xem xong trả lại"),
        ("trên bìa có câu xem xong trả lại, rút gọn giúp", "xem xong trả lại"),
        ("bia co dong tai lieu khong pho bien, tom tat giup", "tai lieu khong pho bien"),
        ("đầu trang ghi dòng “không phổ biến”, anh soạn lại giúp", "không phổ biến"),
    ],
)
def test_a_mark_said_to_be_a_line_on_the_page_blocks(text: str, mark: str) -> None:
    result = check_prompt(text)
    assert mark in _found(text, EntityType.INTERNAL_MARK)
    assert result.decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        # "cổ đông" (shareholders) folds as "có dòng" does
        "Cổ đông không phổ biến thông tin nội bộ cho nhau, viết lại câu này",
        "co dong khong pho bien thong tin cho nhau, viet lai cau nay",
        "có dòng sông xem xong trả lại cho thư viện",
        # a question about documents of the kind, none at hand (holdout14's h14-148)
        'Văn bản có dòng "lưu hành nội bộ" thì có được đăng lên cổng thông tin của xã không?',
        "van ban co dong xem xong tra lai thi co duoc gui qua zalo khong",
    ],
)
def test_a_line_word_before_ordinary_words_is_no_mark(text: str) -> None:
    assert _found(text, EntityType.INTERNAL_MARK) == []


# -- a level said to be a line on the page ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # holdout19's h19-033 lower-cased (the chat variant): the place after it says where
        (
            "tom tat giup e van ban nay, goc tren ben trai co dong tuyet mat mau do nhung e go"
            " lai thi mat dau: chi thi so 04",
            "tuyet mat",
        ),
        ("tóm tắt giúp em văn bản này, góc trên bên trái có dòng tuyệt mật màu đỏ", "tuyệt mật"),
        ("văn bản này góc trên có chữ tối mật, tóm tắt giúp", "tối mật"),
        ("van ban nay co dong toi mat o goc tren, tom tat giup", "toi mat"),
        ("co chu mat tren bia, viet lai giup", "mat"),
    ],
)
def test_a_level_said_to_be_a_line_on_the_page_blocks(text: str, level: str) -> None:
    assert _found(text, EntityType.STATE_SECRET_MARK) == [level]
    assert check_prompt(text).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    ["cổ đông tối mật thiết với nhau", "co dong toi mat von roi", "có dòng mật ong chảy ra"],
)
def test_a_line_word_before_no_level_is_no_mark(text: str) -> None:
    assert _found(text, EntityType.STATE_SECRET_MARK) == []


# -- a stamp whose letters OCR spaced irregularly ----------------------------------------------


@pytest.mark.parametrize(
    "stamp",
    ["TÓI  MẬ T", "TỐI MẬ T", "T ỐI MẬT", "TUY ỆT MẬT", "TUYỆT MẬ T", "TỐ I MẬT", "MẬ T", "M ẬT",
     "**TÓI MẬ T**", "tuyệ t mật"],
)  # fmt: skip
def test_a_stamp_line_spaced_by_ocr_is_found_whole(stamp: str) -> None:
    text = f"Bản OCR công văn, chỉnh lại giúp:\nSỞ NỘI VỤ\n{stamp}\nV/v xác minh lý lịch ..."
    result = check_prompt(text)
    assert result.decision is Decision.BLOCK
    found = _found(text, EntityType.STATE_SECRET_MARK)
    assert found == [stamp.strip("*")]


@pytest.mark.parametrize(
    "line",
    [
        "tôi mấ t",  # "tôi mất" (I lost), broken: no level
        "toi ma t",  # typed plain: says too little
        "Mậ t",  # a single word in lower case
        "MẶ T",  # "mặt" (face) outside a stamp's place
    ],
)
def test_a_broken_line_that_spells_no_level_in_a_stamps_form_is_no_mark(line: str) -> None:
    text = f"Ghi chú cuộc họp:\n{line}\nví và giấy tờ"
    assert _found(text, EntityType.STATE_SECRET_MARK) == []


def test_a_broken_level_inside_a_sentence_is_left_to_the_other_rules() -> None:
    text = "Dòng này có chữ TỐI MẬ T nằm giữa câu và còn nhiều chữ khác nữa\nhết"
    assert all(f.pattern != "secrecy.respaced_line" for f in check_prompt(text).findings)


# -- a key cut into string literals: each literal whole, the joiner kept -----------------------

_GROQ_A, _GROQ_B = "gsk_VMNFgKGdZQZEacozvNSB3yURjz", "G9COCMhP90aBzfR7xsb8TcvdTe"


@pytest.mark.parametrize(
    ("code", "pieces"),
    [
        (f'GROQ_KEY = "{_GROQ_A}" + "{_GROQ_B}"', [_GROQ_A, _GROQ_B]),
        (f"KEY = '{_GROQ_A}' +\n    '{_GROQ_B}'", [_GROQ_A, _GROQ_B]),
        (f'KEY = ("{_GROQ_A}"\n       "{_GROQ_B}")', [_GROQ_A, _GROQ_B]),
        (
            f'KEY = "{_GROQ_A}" + "{_GROQ_B[:9]}" + "{_GROQ_B[9:]}"',
            [_GROQ_A, _GROQ_B[:9], _GROQ_B[9:]],
        ),
        (f'KEY = "{_GROQ_A}{_GROQ_B}"', [_GROQ_A + _GROQ_B]),
    ],
)
def test_a_key_cut_into_literals_is_redacted_literal_by_literal(
    code: str, pieces: list[str]
) -> None:
    text = f"Đoạn code này chạy chậm, tối ưu giúp:\n{code}\nclient = Groq(api_key=KEY)"
    result = check_prompt(text)
    assert result.decision is Decision.BLOCK
    assert _found(text, EntityType.API_SECRET) == pieces


def test_a_key_cut_into_literals_all_shorter_than_sixteen_is_blocked() -> None:
    """No run of 16 key characters anywhere (the vendor gates' least): the key was allowed
    whole until the eleventh session (found by the property below)."""
    key = ["gsk_Q7vX2mL", "p9RkT4wZb8NcJ1h", "Yf6GdS3aUe5KiO0", "rWq7PzMx2Vn4Bt8"]
    text = 'sửa giúp em:\nKEY = "' + '" + "'.join(key) + '"\nprint(KEY)'
    result = check_prompt(text)
    assert result.decision is Decision.BLOCK
    assert _found(text, EntityType.API_SECRET) == key


#: a Groq key (its 52 characters after the prefix)
_GROQ = "gsk_" + "Q7vX2mLp9RkT4wZb8NcJ1hYf6GdS3aUe5KiO0rWq7PzMx2Vn4Bt8"


def _continues(piece: str) -> bool:
    """A literal that shows it goes on with a key (``key_disguises._continues``): a digit in
    it, or a capital past its first character, and not a number of its own."""
    return not piece.isdigit() and (
        any(c.isdigit() for c in piece) or any(c.isupper() for c in piece[1:])
    )


@settings(max_examples=120, deadline=None)
@given(
    cuts=st.lists(st.integers(min_value=6, max_value=52), min_size=1, max_size=3, unique=True),
    quote=st.sampled_from(['"', "'"]),
    joiner=st.sampled_from([" + ", "+", " +\n    ", "\n    ", " "]),
)
def test_no_character_of_a_cut_key_is_left_visible(
    cuts: list[int], quote: str, joiner: str
) -> None:
    """Wherever a key is cut into literals, every character of it is inside a finding, and
    what joins the literals is outside every finding."""
    bounds = [0, *sorted(cuts), len(_GROQ)]
    literals = [_GROQ[a:b] for a, b in itertools.pairwise(bounds)]
    assume(all(len(p) >= 2 and _continues(p) for p in literals[1:]))
    glue = quote + joiner + quote
    text = "sửa giúp em:\nKEY = " + quote + glue.join(literals) + quote + "\nprint(KEY)"
    result = check_prompt(text)
    assert result.decision is Decision.BLOCK
    spans = [(f.start, f.end) for f in result.findings if f.entity is EntityType.API_SECRET]
    pos = text.index(quote) + 1
    for n, literal in enumerate(literals):
        for k in range(pos, pos + len(literal)):
            assert any(s <= k < e for s, e in spans), (text, spans)
        pos += len(literal)
        if n < len(literals) - 1:
            for k in range(pos, pos + len(glue)):
                assert not any(s <= k < e for s, e in spans), (text, spans)
            pos += len(glue)


# -- a tax code failing its check digit, given as test data ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Viết test case cho hàm kiểm tra mã số thuế: chuỗi 5281037034 phải bị từ chối vì sai chữ"
        " số kiểm tra, chuỗi rỗng báo lỗi.",
        "Ví dụ mã số thuế sai chữ số kiểm tra: 5281037034",
        "unit test cho validator MST: assert not valid('5281037034')",
    ],
)
def test_a_failing_tax_code_given_as_test_data_is_no_ones(text: str) -> None:
    assert _found(text, EntityType.TAX_CODE) == []


@pytest.mark.parametrize(
    "text",
    [
        # the same number typed as a person's: a mistyped code is still theirs
        "MST của ông Nguyễn Văn An là 5281037034, soạn giúp công văn",
        "Mã số thuế 5281037034 bị hệ thống báo sai, kiểm tra giúp",
        "Viết test: MST của tôi là 5281037034 mà hệ thống báo sai",
        "Test hệ thống với MST của khách hàng Trần Văn Bình 5281037034",
        # a valid code in test data is still reported (the convention is for failing ones)
        "Viết unit test: mã số thuế 0100109106 hợp lệ",
    ],
)
def test_a_tax_code_with_a_person_or_a_valid_check_is_still_reported(text: str) -> None:
    assert len(_found(text, EntityType.TAX_CODE)) == 1


# -- a BHYT card OCR'd with its province twice -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "card"),
    [
        (
            "OCR thẻ BHYT ra như sau, chuẩn hóa lại giúp: Họ tên: Mai Thị Đào Hoa; Mã thẻ: GD 4 79"
            " 79O1S6BB42; Nơi ĐKKCB: Trạm y tế phường Tân Định.",
            "GD 4 79 79O1S6BB42",
        ),
        ("Mã thẻ BHYT: HS 4 01 01S0B7BB11", "HS 4 01 01S0B7BB11"),
        ("thẻ bảo hiểm y tế của bà: DN47979Ol56BB42", "DN47979Ol56BB42"),
    ],
)
def test_an_ocr_card_whose_province_stands_twice_is_found_whole(text: str, card: str) -> None:
    assert _found(text, EntityType.HEALTH_INSURANCE) == [card]


def test_an_ocr_card_needs_a_bhyt_cue() -> None:
    text = "Mã hàng: GD 4 79 79O1S6BB42, giao trước thứ Sáu"
    assert _found(text, EntityType.HEALTH_INSURANCE) == []


# -- a CSV row's last cell that lost its zero, the next row numbered ---------------------------


@pytest.mark.parametrize("sep", [",", ";", "|"])
def test_a_phone_that_lost_its_zero_ends_a_numbered_row(sep: str) -> None:
    rows = [("Hà Thị Thoa", "30197226167", "705258168"), ("Lục Văn Quyền", "22090989480",
                                                         "975883804")]  # fmt: skip
    text = sep.join(["STT", "Họ tên", "CCCD", "Điện thoại"]) + "\n"
    text += "\n".join(sep.join([str(i), *row]) for i, row in enumerate(rows, 1))
    assert _found(text, EntityType.PHONE) == ["705258168", "975883804"]
    assert _found(text, EntityType.CCCD) == ["30197226167", "22090989480"]


def test_a_number_under_another_column_stays_clean_in_a_numbered_table() -> None:
    text = "STT,Họ tên,Số tiền\n1,Hà Thị Thoa,705258168\n2,Lục Văn Quyền,975883804"
    assert _found(text, EntityType.PHONE) == []


# -- a birth month and year ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("ten e la hoang thi thu ngan, sinh thang 5 nam 2003", "thang 5 nam 2003"),
        ("Tôi sinh tháng 5 năm 2003, quê Nghệ An", "tháng 5 năm 2003"),
        ("sinh tháng 5/2003", "tháng 5/2003"),
        ("ngày sinh: tháng 05/1990", "tháng 05/1990"),
        ("sinh tháng Giêng năm 1980", "tháng Giêng năm 1980"),
        ("sinh thang nam nam 2003", "thang nam nam 2003"),
    ],
)
def test_a_birth_month_and_year_is_a_date_of_birth(text: str, date: str) -> None:
    assert _found(text, EntityType.DATE_OF_BIRTH) == [date]


@pytest.mark.parametrize(
    "text",
    [
        "phát sinh tháng 5 năm 2023",
        "sinh con tháng 5 năm 2023",
        "chi bộ sinh hoạt tháng 5 năm 2023",
        "sinh tháng 13 năm 2003",
        "học sinh tháng 5 năm 2003 nghỉ hè",
    ],
)
def test_a_month_and_year_after_no_birth_is_no_birth_date(text: str) -> None:
    assert _found(text, EntityType.DATE_OF_BIRTH) == []


# -- every official address, a unit's functional mailbox too -----------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Soạn hướng dẫn nộp hồ sơ: gửi bản scan về hộp thư một cửa"
            " motcua@sotuphap.hatinh.gov.vn; thắc mắc gọi tổng đài 1800 1096.",
            "motcua@sotuphap.hatinh.gov.vn",
        ),
        (
            "From: Văn phòng UBND tỉnh <vanphong@quangninh.gov.vn>\nSubject: Mời họp báo",
            "vanphong@quangninh.gov.vn",
        ),
        (
            "liên hệ Bộ phận tiếp công dân (tiepcongdan@dongnai.gov.vn) để được hướng dẫn",
            "tiepcongdan@dongnai.gov.vn",
        ),
        ("gui ve hop thu mot cua motcua@hanoi.gov.vn nhe", "motcua@hanoi.gov.vn"),
        ("From: Lê Văn Phong <vanphong@quangninh.gov.vn>", "vanphong@quangninh.gov.vn"),
        ("To: motcua@thanhhoa.gov.vn", "motcua@thanhhoa.gov.vn"),
        ("gửi về hộp thư vanthu.snv@tuyenquang.gov.vn", "vanthu.snv@tuyenquang.gov.vn"),
        ("MAIL_FROM_ADDRESS=thongbao.hoso@vinhlong.gov.vn", "thongbao.hoso@vinhlong.gov.vn"),
    ],
)
def test_every_official_address_is_reported_a_units_mailbox_too(text: str, address: str) -> None:
    # settled 2026-12-06 (PROMPTS.md): a unit's mailbox is the State's address, as an official's
    assert _found(text, EntityType.GOV_EMAIL) == [address]
    assert check_prompt(text).decision is Decision.REDACT
