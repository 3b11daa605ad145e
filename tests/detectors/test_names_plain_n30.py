"""Issue 15, names, addresses and birth years chat still sent out (thirtieth session, i15-n30),
on new probes (none of a corpus's rows), each family with the ordinary words beside it that
must stay clean:

* a nickname no lexicon lists, capitalised with no diacritics after a kin word in a line typed
  with them ("cụ Sim (bà nội ...)", "cháu Bin (tên khai sinh ...)"); a relative's name
  capitalised after "là" ("con gái ông là Ngoan."), not a title ("là Giám đốc");
* a capital slipped into an everyday phrase a kin word opens stays clean ("chú Ý (ghi chú)");
* "anh quân", "chị hằng" (a wise king, the moon's lady) after "là" or "nói" with the end
  marked: a person ("chủ nhà là anh quân nhờ ..."), not "là anh hùng", "nói anh hùng thì";
* a full name before an account's label ("cho quách văn túc stk 04...");
* lodgings named after their landlord inside the address ("phòng trọ số 6, nhà bà Năm, tổ 3,
  ..."), a household by its head after "là" before its village ("là hộ ông lò văn chiều bản
  phiêng xã mường la ...");
* a household table's row: its name in capitals and its birth year ("| 4 | LÒ VĂN PẢN | 1975 |
  BẢN NÀ LỪA, ... |"), a year one space after a name before an address in a list typed plain.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.detectors._probes import found

from ai_guard.models import EntityType

PERSON = EntityType.PERSON
ADDRESS = EntityType.ADDRESS
DOB = EntityType.DATE_OF_BIRTH

_SETTINGS = settings(max_examples=20, deadline=None, derandomize=True, database=None)


# -- nicknames with no diacritics, capitalised after a kin word ---------------------------------


@_SETTINGS
@given(
    st.sampled_from(("cụ", "cháu", "bé", "bác", "cô")),
    st.sampled_from(("Sim", "Bin", "Bo", "Su", "Bi")),
    st.sampled_from((" (con chị Hạnh) ", ", ", " học lớp 2 ", ". ")),
)
def test_a_bare_nickname_after_a_kin_word(kin: str, name: str, rest: str) -> None:
    text = f"Nhờ viết tin nhắn hỏi thăm {kin} {name}{rest}giúp em nhé"
    assert name in found(text, PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "anh cho em xin bác Sim 4G nhé",  # no end marked: a SIM card
        "bác Google giỏi lắm",  # no Vietnamese syllable
        "cô giáo dạy môn Tin học cho lớp 3",  # no kin word before it
        "ban can bo Sim, Bin o dau",  # a line typed plain: the capital marks nothing
    ],
)
def test_no_bare_nickname_without_its_marks(text: str) -> None:
    assert not [n for n in found(text, PERSON) if n in ("Sim", "Bin", "Tin")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Giúp tôi viết giấy mời ông Khiêng và con gái ông là Ngoan.", "Ngoan"),
        ("Ghi giúp: chồng chị là Hòa, làm ở xưởng gỗ.", "Hòa"),
        ("Nhờ viết thư mời bà Lan và con trai bà là Tuấn đến dự.", "Tuấn"),
    ],
)
def test_a_relative_capitalised_after_is(text: str, name: str) -> None:
    assert name in found(text, PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "con trai bà là Giám đốc.",
        "vợ anh là Trưởng phòng Tài vụ.",
        "con gái ông là Hoa Kỳ kiều.",
    ],
)
def test_no_relative_where_a_title_or_a_place_follows_is(text: str) -> None:
    assert found(text, PERSON) == []


@pytest.mark.parametrize(
    "text",
    [
        "chú Ý (ghi chú) nộp trước thứ sáu",
        "chú Ý: nộp bản sao trước thứ sáu",
        "cô Đơn (phòng hành chính) gửi lại",
        "cụ Thể: giấy tờ gồm ba loại",
    ],
)
def test_a_capital_slipped_into_an_everyday_phrase(text: str) -> None:
    assert found(text, PERSON) == []


def test_a_capital_after_a_kin_word_still_names_the_one_called() -> None:
    assert "Ý" in found("Cô Ý ơi, nộp trước thứ sáu nhé", PERSON)


# -- "anh quân", "chị hằng" after "là" or "nói" ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("chủ nhà nghỉ là anh quân nhờ viết đơn trình báo", "quân"),
        ("người nhận là chị hằng, sđt ở dưới", "hằng"),
        ("tổ trưởng nói anh quân ở tổ dân phố 6 chưa nộp lệ phí", "quân"),
    ],
)
def test_a_phrase_spelled_name_after_is_or_said(text: str, name: str) -> None:
    assert name in found(text, PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "ông ấy là anh hùng lao động",
        "vua quang trung là anh quân của dân tộc",
        "bác ấy nói anh hùng thì phải thế",
        "cô nói anh hùng là người dám hy sinh",
    ],
)
def test_the_phrase_itself_after_is_or_said(text: str) -> None:
    assert found(text, PERSON) == []


# -- a full name before an account's label -----------------------------------------------------


@pytest.mark.parametrize("surname", ["quách", "hà", "lò"])
def test_a_full_name_before_an_account_label(surname: str) -> None:
    text = f"chị ơi chuyển lương tháng này cho {surname} văn túc stk 0451000387265 nhé"
    assert f"{surname} văn túc" in found(text, PERSON)


# -- lodgings and households --------------------------------------------------------------------


@pytest.mark.parametrize(
    "room",
    [
        "phòng trọ số 6, nhà bà Năm",
        "phòng trọ số 12, dãy trọ chú Tư",
        "phong tro so 3, nha ong tam",
    ],
)
def test_a_rented_room_in_a_landlord_s_house_is_one_address(room: str) -> None:
    if room.isascii():
        rest = "to 3, phuong le loi, tinh nghe an"
        text = f"em thue {room}, {rest}, chu nha doi tang gia"
    else:
        rest = "tổ 3, phường Lê Lợi, tỉnh Nghệ An"
        text = f"em thuê {room}, {rest}, chủ nhà đòi tăng giá"
    assert found(text, ADDRESS) == [f"{room}, {rest}"]
    assert found(text, PERSON) == []


def test_a_lodging_row_named_after_its_landlady_with_no_comma() -> None:
    text = "e o phong 7 day tro ba sau so 21 duong dt743 phuong di an tp hcm, chu doi coc"
    assert found(text, ADDRESS) == ["phong 7 day tro ba sau so 21 duong dt743 phuong di an tp hcm"]


def test_a_rented_room_alone_is_no_lodging() -> None:
    text = "phòng trọ số 6 của em hỏng vòi nước, tổ 3 phường Lê Lợi báo sửa"
    assert found(text, ADDRESS) == ["tổ 3 phường Lê Lợi"]


@pytest.mark.parametrize(
    ("lead", "name", "village"),
    [
        ("la ho ong", "lo van chieu", "ban phieng xa muong la tinh son la"),
        ("đây là hộ bà", "lò thị en", "bản nà hằng xã mường lum tỉnh điện biên"),
        ("danh sach nay cua ho ong", "ha van pao", "ban na lua xa chieng khoong son la"),
    ],
)
def test_a_household_by_its_head_then_its_village(lead: str, name: str, village: str) -> None:
    text = f"nhan tin: {lead} {name} {village} da nop du ho so"
    assert village in found(text, ADDRESS)


# -- household tables' rows and their birth years -------------------------------------------


@_SETTINGS
@given(
    st.sampled_from(("LÒ VĂN PẢN", "RAHLAN BLƯK", "KPĂ H'LOAN", "Hà Thị Mai")),
    st.sampled_from(("1975", "1990", "2001")),
    st.sampled_from(("BẢN NÀ LỪA, XÃ CHIỀNG KHOONG", "làng Plei Ốp, phường Pleiku")),
)
def test_a_household_row_names_its_person_and_birth(name: str, year: str, place: str) -> None:
    text = f"Soát giúp dòng này:\n| 4 | {name} | {year} | {place}, tỉnh Sơn La |"
    assert name in found(text, PERSON)
    assert year in found(text, DOB)


@pytest.mark.parametrize(
    "text",
    [
        "| STT | Họ tên | Năm sinh | Địa chỉ |",
        "| 1 | Khen Thưởng | 2023 | Tập thể lớp 9A |",
        "| 1 | Nhà Văn Hóa | 2019 | thôn 3, xã Tiên Du |",
        "| 1 | Trạm Y Tế | 2015 | xã Tiên Du |",
    ],
)
def test_no_household_row_without_a_person_s_cells(text: str) -> None:
    assert found(text, PERSON) == []
    assert found(text, DOB) == []


def test_a_year_one_space_after_listed_names_before_their_village() -> None:
    text = (
        "nho lap danh sach: 1. vi van khoi 1972 ban chieng di xa moc chau son la "
        "2. vi thi hien 1978 ban chieng di xa moc chau son la"
    )
    assert found(text, DOB) == ["1972", "1978"]


def test_a_year_before_a_village_for_one_name_alone_is_no_birth() -> None:
    text = "ong vi van khoi 2023 ban chieng di xa moc chau son la nhan ho tro"
    assert found(text, DOB) == []


# -- a Korean family name before a Vietnamese middle and given name -----------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Viết tờ khai: con là Choi Gia Hân, sinh ngày 03/11/2026.", "Choi Gia Hân"),
        ("mẹ là bà Park Thị Lan, quê Hải Dương.", "Park Thị Lan"),
        ("Hồ sơ của Lee Văn Hùng còn thiếu giấy khai sinh.", "Lee Văn Hùng"),
    ],
)
def test_a_korean_family_name_before_vietnamese_names(text: str, name: str) -> None:
    assert name in found(text, PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "đội Jang Minh Long FC thắng trận",  # a capitalised word after it: a club's name
        "lễ cúng Yang Minh Đức của làng",  # "Yang", a deity
    ],
)
def test_no_korean_vietnamese_name_where_it_goes_on(text: str) -> None:
    assert not [n for n in found(text, PERSON) if n.startswith(("Jang", "Yang"))]


# -- chat's "dc" for "đ/c" before its bearer's desk ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("nhan dc tuan dia chinh la ho so da du", "tuan"),
        ("dc hoa ke toan gui bao cao roi", "hoa"),
        ("bao dc lan tu phap ky giup", "lan"),
    ],
)
def test_a_given_name_after_dc_before_a_desk(text: str, name: str) -> None:
    assert name in found(text, PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "nhan dc tuan truoc roi",  # được
        "dc tuan sau xuong do dat",
        "lam dc ke toan roi",
        "gui dc so 5 ngo 12 cho e",  # địa chỉ
    ],
)
def test_dc_as_a_word_names_no_one(text: str) -> None:
    assert found(text, PERSON) == []
