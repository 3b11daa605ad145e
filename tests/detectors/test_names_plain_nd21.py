"""Issue 15, private names typed plain that chat still sent out (twenty-first session,
i15-nd21): the classes still missed, on new probes (none of a corpus's rows), each class
failing on main at fef7d7e7 (a probe of one passed there already); the controls beside them,
what must stay clean, pass on both.

* an office typed plain before a full name of four words, "thị thành" among them, its end
  marked by "chỉ đạo" ("pho chu tich ubnd tinh ... chi dao"): found and kept visible;
* a full name typed plain after "là" before a verb and its object ("nhan tien", "chi dao");
* a relative's given name after "vợ là" / "chồng là" before "về", "với";
* a given name with a birth cohort's tag ("gui cuong 9x"), the tag left out.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.detectors._probes import found, kept, redacted

from ai_guard.models import EntityType

PERSON = EntityType.PERSON

_SURNAMES = ("luu", "ha", "dao", "trinh", "vuong", "quach", "dinh", "lam")
_FIRST_GIVENS = ("thanh", "kim", "ngoc", "thu", "hong", "minh")
_SECOND_GIVENS = ("nga", "oanh", "huong", "lan", "tuyet", "ha")
_OFFICES = (
    "pho chu tich ubnd tinh",
    "chu tich ubnd tinh",
    "giam doc so tai chinh",
    "thu truong bo noi vu",
)


@settings(max_examples=30, deadline=None, derandomize=True, database=None)
@given(
    office=st.sampled_from(_OFFICES),
    surname=st.sampled_from(_SURNAMES),
    first=st.sampled_from(_FIRST_GIVENS),
    second=st.sampled_from(_SECOND_GIVENS),
)
def test_an_office_before_a_four_word_name_that_directs_keeps_it_visible(
    office: str, surname: str, first: str, second: str
) -> None:
    name = f"{surname} thi {first} {second}"
    text = f"tom tat: {office} {name} chi dao cac don vi trien khai ngay"
    assert found(text, PERSON) == [name]
    assert kept(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ke toan xa la trinh quang minh nhan tien cua ho dan", "trinh quang minh"),
        ("thu quy la quach dinh tuan nhan qua cua doanh nghiep", "quach dinh tuan"),
        ("can bo tu phap xa la lam huu phuoc nhan hoi lo", "lam huu phuoc"),
    ],
)
def test_a_full_name_after_la_before_a_verb_and_its_object_is_redacted(
    text: str, name: str
) -> None:
    assert redacted(text, PERSON) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "chi dao cua ubnd huyen ve viec nhan tien ho tro",
        "thu tuc la phai nhan tien truoc",
        "chu tich ubnd tinh chi dao cac so nganh",
        "nguoi dan da nhan duoc tien ho tro",
    ],
)
def test_a_verb_and_its_object_with_no_name_stay_clean(text: str) -> None:
    assert found(text, PERSON) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("nhac chong la tuan ve nop giay to dat", "tuan"),
        ("soan tin nhan cho vo la hanh ve khoan vay", "hanh"),
        ("bao giup chong la khoa voi con trai len xa", "khoa"),
    ],
)
def test_a_relative_named_after_la_before_ve_or_voi_is_found(text: str, name: str) -> None:
    assert redacted(text, PERSON) == [name]


@pytest.mark.parametrize(
    "text",
    ["vo la nguoi ve som nhat", "chong la cong chuc ve huu", "con la vat nuoi ve nha"],
)
def test_a_relative_described_after_la_stays_clean(text: str) -> None:
    assert found(text, PERSON) == []


@settings(max_examples=25, deadline=None, derandomize=True, database=None)
@given(
    before=st.sampled_from(("gui", "nhan cho", "hoi", "bao", "noi voi")),
    given_name=st.sampled_from(("cuong", "hung", "tam", "linh", "phuong", "duc")),
    tag=st.sampled_from(("8x", "9x", "7x", "2k", "2k3")),
)
def test_a_given_name_with_a_cohort_tag_is_found_without_it(
    before: str, given_name: str, tag: str
) -> None:
    text = f"soan giup tin nhan {before} {given_name} {tag} ve viec tra lai tien"
    assert redacted(text, PERSON) == [given_name]


@pytest.mark.parametrize(
    "text",
    [
        "tuyen nam 9x co kinh nghiem ke toan",
        "the he 9x rat nang dong",
        "can tuyen nu 8x lam thu quy",
        "may 9x nay da cu",
    ],
)
def test_a_cohort_named_by_a_noun_stays_clean(text: str) -> None:
    assert found(text, PERSON) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("chu tich ubnd tinh quang ninh cao tuong huy chu tri hoi nghi", "cao tuong huy"),
        ("giam doc so y te tinh ha nam tran quang minh chi dao cac benh vien", "tran quang minh"),
    ],
)
def test_a_bodys_last_word_is_no_part_of_the_holders_name(text: str, name: str) -> None:
    assert found(text, PERSON) == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("tom tat: dinh thi hoa nang luong truoc thoi han, xep bac 3", ["dinh thi hoa"]),
        ("khen thuong ba kha thi lan vi da cuu hai em nho", ["kha thi lan"]),
    ],
)
def test_a_name_ends_before_a_pay_rise_or_because(text: str, names: list[str]) -> None:
    assert found(text, PERSON) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("bo chau la ton nu thanh ha 0912 345 678, nho goi lai", "ton nu thanh ha"),
        ("ong noi chau la ton nu thi hoa 0912 345 678", "ton nu thi hoa"),
    ],
)
def test_chau_la_before_a_royal_clan_name_is_no_khmer_name(text: str, name: str) -> None:
    assert found(text, PERSON) == [name]


@settings(max_examples=30, deadline=None, derandomize=True, database=None)
@given(
    surname=st.sampled_from(("lang", "khuc", "mach", "bach", "thieu", "kieu", "tong")),
    middle=st.sampled_from(("duc", "the", "quang", "huu")),
    pair=st.sampled_from((("minh", "hoa"), ("tuan", "an"), ("long", "phuc"), ("khoa", "dat"))),
    join=st.sampled_from((" va ", " voi ", ", ")),
)
def test_the_first_of_two_siblings_typed_plain_is_found(
    surname: str, middle: str, pair: tuple[str, str], join: str
) -> None:
    first, second = f"{surname} {middle} {pair[0]}", f"{surname} {middle} {pair[1]}"
    text = f"xac nhan giup: 2 con {first}{join}{second} dang hoc o truong xa"
    assert found(text, PERSON) == [first, second]


@pytest.mark.parametrize(
    "text",
    [
        "thon lang van hoa va lang duc hoa dang hoc o day",
        "cua hang ban hoa qua va khuc duc hoa dang hoc",
    ],
)
def test_an_everyday_phrase_before_a_sibling_stays_unread(text: str) -> None:
    assert all(f.startswith(("lang duc", "khuc duc")) for f in found(text, PERSON))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("kiem tra giup the bhyt cua kha minh tuan con han khong", ["kha minh tuan"]),
        ("thon 4: do quang vinh 6 khau, la duc hanh 2 nhan khau", ["do quang vinh", "la duc hanh"]),
        ("danh sach ho ngheo: tra minh loc 3 khau", ["tra minh loc"]),
    ],
)
def test_a_name_before_still_valid_or_a_household_count_is_found(
    text: str, names: list[str]
) -> None:
    assert found(text, PERSON) == names


@pytest.mark.parametrize(
    "text",
    [
        "em lam thong bao luu tru giup chi",
        "e lam don xin nghi phep roi",
        "do nhieu 5 khau trang y te",
        "ho gia dinh 5 khau",
    ],
)
def test_the_speaker_doing_or_a_count_of_masks_stays_clean(text: str) -> None:
    assert found(text, PERSON) == []


@settings(max_examples=25, deadline=None, derandomize=True, database=None)
@given(
    prefix=st.sampled_from(("A", "Y")),
    given_name=st.sampled_from(("Blúp", "Thưn", "Kông", "Dơr", "Pher", "Ngưi")),
    unit=st.sampled_from(("làng", "buôn", "plei", "bon")),
    bullet=st.sampled_from(("-", "1.", "*", "12)")),
)
def test_a_highland_name_opening_a_list_item_before_its_village_is_found(
    prefix: str, given_name: str, unit: str, bullet: str
) -> None:
    name = f"{prefix} {given_name}"
    text = f"Danh sách hộ nhận gạo:\n{bullet} {name}, {unit} Kon Rbang, 5 khẩu\n"
    assert name in redacted(text, PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "Các mục:\n- Y tế, buôn Ma Thuột có trạm mới\n- A. Tổng quan, làng nghề",
        "ghi chu:\n- a ve, lang nghe gom chua xong",
        "Phân công: A Phiu, làng Kon Jri",
    ],
)
def test_no_list_item_or_no_prefix_name_stays_clean(text: str) -> None:
    assert found(text, PERSON) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("tìm trẻ lạc: thằng bờm, tên thật lò văn sáng, 6 tuổi", ["bờm", "lò văn sáng"]),
        ("thong bao: cu ti, ten khai sinh la nguyen duc anh, 5 tuoi", ["ti", "nguyen duc anh"]),
    ],
)
def test_a_nickname_before_the_real_names_label_is_found(text: str, names: list[str]) -> None:
    assert redacted(text, PERSON) == names


@pytest.mark.parametrize(
    "text",
    ["cho chị hương xuống phòng họp", "nhờ anh dũng ghé qua ủy ban lấy giấy"],
)
def test_a_given_name_before_where_the_person_goes_is_found(text: str) -> None:
    assert len(redacted(text, PERSON)) == 1


def test_a_label_of_a_real_name_with_no_nickname_before_it_stays_clean() -> None:
    text = "ghi ro: mot so tre dung biet danh, ten that cua tre ghi o cot 2"
    assert found(text, PERSON) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("phong 2 co ban kha minh tuan moi chuyen den", "kha minh tuan"),
        ("em vua noi voi ban quach gia huy, lop 9a", "quach gia huy"),
        ("cap lai so do cho ho bach kim long: thua 12 to 5", "bach kim long"),
    ],
)
def test_a_full_name_after_ban_or_ho_typed_plain_is_found(text: str, name: str) -> None:
    assert found(text, PERSON) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "tai san dang cho ban dau gia lan 3",
        "quy trinh co ban le thi hanh an moi xong",
        "hoc co ban ly thuyet truoc khi thi",
        "gui cho ho gia dinh ong tam mot ban",
        "hoi ho ten day du cua nguoi nhan",
    ],
)
def test_ban_or_ho_as_an_everyday_word_stays_clean(text: str) -> None:
    assert found(text, PERSON) == []
