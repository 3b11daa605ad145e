"""Issue 15's leftovers (sixteenth session): names and addresses as people write them, on new
probes (none of a corpus's rows), each class failing on main at 890be9b (the controls beside
them, what must stay as it was, pass on both).

False positives:

* an office's word with the word before it ("là nhân viên văn phòng", "nhân viên văn thư")
  read as the names "Viên Văn Phong", "Viên Văn Thu" after a "là" cue: the two words are a
  cue of ``name_cues.tsv`` ("nhân viên"), no surname opens there;
* "anh vu truong phong ky chua": one word, then the person's title, no "Vũ Trường Phong";
* a historical figure's name as an item of a list of citizens ("1. le van tam, sinh 1980;
  2. nguyen thi hoa, ..."): a namesake;
* "ở xóm trại ngày nào cũng ...": "ngày nào" (every day) is no hamlet's word.

Misses:

* "gửi cho Y Wơn Niê": "cho" typed so in a line with diacritics is no "chợ";
* two children named as a pair after "thằng"/"con" ("thang tuan voi con hoa lai danh nhau");
* a Chăm surname ("Thuận Văn Sủng"), a pupil after another with a class in brackets ("Mùa A
  Sênh (lớp 8B), Lý Láo Tả (lớp 7A)"), a given name after a surname and "văn" that spells a
  verb ("con anh lò văn tới chị cầm thị pha");
* a minister of a ministry whose name ends "Môi trường" ("trường" there is no school), a
  provincial chair typed plain before "vừa" ("chu tich ubnd tinh nguyen huu quang vua ky"):
  both kept visible as office holders; a child hero and a mathematician a fund and a prize
  are named after ("Quỹ học bổng Vừ A Dính") kept as figures;
* a province by its letters at an address's end ("... hai chau dn,"), a ward's third
  syllable that is a direction ("xa tan thanh dong bi trom"), a dormitory's room ("ở phòng
  302 ký túc xá đại học vinh,").
"""

from __future__ import annotations

import pytest
from _probes import kept as _kept
from _probes import redacted as _found

from ai_guard import check_prompt
from ai_guard.models import EntityType


@pytest.mark.parametrize(
    "text",
    [
        "chi ay la nhan vien van phong",
        "toi la nhan vien van thu cua xa",
        "chị ấy là nhân viên văn phòng",
    ],
)
def test_an_office_word_is_no_name(text: str) -> None:
    assert _found(text, EntityType.PERSON) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("anh vu truong phong ky chua", ["vu"]),
        ("anh vũ trưởng phòng ký chưa", ["vũ"]),
        ("sinh nhat chi mai truong phong, goi giup", ["mai"]),
        # spelled as a name, the words are one
        ("ông vũ trường phong ký chưa", ["vũ trường phong"]),
    ],
)
def test_a_title_after_one_word_is_no_part_of_the_name(text: str, names: list[str]) -> None:
    assert _found(text, EntityType.PERSON) == names


def test_a_figure_in_a_list_of_citizens_is_a_namesake() -> None:
    text = "danh sach: 1. le van tam, sinh 1980, thon 3; 2. nguyen thi hoa, sinh 1985"
    assert _found(text, EntityType.PERSON) == ["le van tam", "nguyen thi hoa"]
    text = "Danh sách hộ nghèo:\n1. Lê Văn Tám, thôn 3\n2. Nguyễn Thị Hoa, thôn 4"
    assert _found(text, EntityType.PERSON) == ["Lê Văn Tám", "Nguyễn Thị Hoa"]
    assert _kept(text) == []


def test_a_list_of_figures_keeps_them() -> None:
    text = "Các anh hùng nhỏ tuổi:\n1. Lê Văn Tám\n2. Kim Đồng\n3. Võ Thị Sáu"
    assert _kept(text) == ["Lê Văn Tám", "Kim Đồng", "Võ Thị Sáu"]
    assert _found(text, EntityType.PERSON) == []


@pytest.mark.parametrize(
    "text",
    [
        "chu ba o xom trai ngay nao cung ra dong",
        "nha o thon dong ngay nao cung mat dien",
    ],
)
def test_a_time_word_is_no_hamlet_s(text: str) -> None:
    assert not any("ngay" in a for a in _found(text, EntityType.ADDRESS))


def test_a_hamlet_before_a_time_word_keeps_its_name() -> None:
    text = "ông tám ở thôn khe vằn hôm qua bị ngã"
    assert _found(text, EntityType.ADDRESS) == ["thôn khe vằn"]


def test_cho_typed_so_among_diacritics_is_no_market() -> None:
    assert _found("gửi cho Y Wơn Niê bộ hồ sơ", EntityType.PERSON) == ["Y Wơn Niê"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("thang tuan voi con hoa lai danh nhau", ["tuan", "hoa"]),
        ("thằng tuấn với con hoa lại đánh nhau", ["tuấn", "hoa"]),
        ("con hoa va thang tuan di hoc chua", ["hoa", "tuan"]),
    ],
)
def test_a_pair_after_thang_and_con(text: str, names: list[str]) -> None:
    assert _found(text, EntityType.PERSON) == names


@pytest.mark.parametrize(
    "text",
    [
        "thang tu voi thang nam mua nhieu",
        "tháng tuấn với con hoa",
        "thang long va con phuong",
        "thang tuan nay ban qua",
    ],
)
def test_months_and_animals_are_no_pair(text: str) -> None:
    assert _found(text, EntityType.PERSON) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Danh sách:\n- Đàng Thị Ka Ri, khu phố Phước Lợi\n- Thuận Văn Sủng, khu phố Phước Lợi",
            ["Đàng Thị Ka Ri", "Thuận Văn Sủng"],
        ),
        (
            "Học bổng cho các em: Sùng Thị Ly (lớp 9A), Mùa A Sênh (lớp 8B), Lý Láo Tả (lớp 7A).",
            ["Sùng Thị Ly", "Mùa A Sênh", "Lý Láo Tả"],
        ),
        (
            "hồ sơ khai sinh cho bé con anh lò văn tới chị cầm thị pha ở bản nà sài",
            ["lò văn tới", "cầm thị pha"],
        ),
    ],
)
def test_rare_names_are_found(text: str, names: list[str]) -> None:
    assert _found(text, EntityType.PERSON) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Tóm tắt bài phát biểu của Bộ trưởng Bộ Nông nghiệp và Môi trường Tạ Quốc Hưng.",
            ["Tạ Quốc Hưng"],
        ),
        ("chu tich ubnd tinh nguyen huu quang vua ky quyet dinh moi", ["nguyen huu quang"]),
        (
            "Quỹ học bổng Vừ A Dính trao 120 suất, giải thưởng Lê Văn Thiêm trao cho 8 giáo viên.",
            ["Vừ A Dính"],
        ),
    ],
)
def test_public_names_are_kept(text: str, names: list[str]) -> None:
    result = check_prompt(text)
    assert _kept(text) == names
    assert _found(text, EntityType.PERSON) == []
    assert result.decision.value == "allow"


def test_a_school_s_name_still_reads_as_a_place() -> None:
    assert _found("Học sinh trường Nguyễn Văn Hưng đi thi", EntityType.PERSON) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "dia chi giao hang: k82/17 hoang dieu hai chau dn, ng nhan chi oanh",
            "k82/17 hoang dieu hai chau dn",
        ),
        ("ba bay o sn 24 ap 5 xa tan thanh dong bi trom 2 con ga", "sn 24 ap 5 xa tan thanh dong"),
        ("chu hai o kp 6 p. tan thoi hiep cai nhau vi cai cong", "kp 6 p. tan thoi hiep"),
        # a city's one word as a commune's second syllable, a province after it
        ("nghe noi o ap 3 xa phuoc vinh tay ninh gan cho", "ap 3 xa phuoc vinh tay ninh"),
        (
            "anh ấy ở phòng 302 ký túc xá đại học vinh, đang làm thủ tục",
            "phòng 302 ký túc xá đại học vinh",
        ),
        (
            "o phong 12 ky tuc xa truong cao dang y te, e can giay",
            "phong 12 ky tuc xa truong cao dang y te",
        ),
    ],
)
def test_addresses_typed_in_chat(text: str, address: str) -> None:
    assert _found(text, EntityType.ADDRESS) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "ký túc xá đại học vinh có 300 phòng",
        "cong ty o 5 tran phu ct dn lon",
    ],
)
def test_no_address_without_a_room_or_a_comma(text: str) -> None:
    assert _found(text, EntityType.ADDRESS) == []


def test_a_company_s_legal_form_and_trade_lead_its_name() -> None:
    text = "Nhà thầu: Công ty TNHH Xây dựng Thuận Phát An Giang, mã số doanh nghiệp 1602118431"
    assert _found(text, EntityType.PERSON) == []
    # a person's full name after the company's name is still a person's (as the company's
    # name after its legal form it is the company's: test_names_left17)
    text = "Giám đốc Công ty TNHH Xây dựng Hoà Bình Nguyễn Văn Hùng ký"
    assert _found(text, EntityType.PERSON) == ["Nguyễn Văn Hùng"]
    assert _found("Công ty Xây dựng Nguyễn Văn Hùng", EntityType.PERSON) == ["Nguyễn Văn Hùng"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # "trưởng thôn" ends with a unit word: the hamlet's name follows it, no person
        ("D/c Nhu Van Quy – Truong thon Lac Dao – de nghi UBND xa ho tro", ["Nhu Van Quy"]),
        # "văn phòng" after a surname and "văn" is the office
        ("chị ly văn phòng gửi chưa", ["ly"]),
    ],
)
def test_units_and_offices_after_a_title_or_a_name(text: str, names: list[str]) -> None:
    assert _found(text, EntityType.PERSON) == names
