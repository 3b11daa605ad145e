"""Names as chat types them in rows and run-on lines (issue 15, holdout30's misses by class):
a list's rows in capitals with a value after each name, a list's rows parted by a value only,
a list run on one line with a year or an age in brackets after each name, a name whose last
word runs into an everyday word or a unit's initials, chat's "a"/"c"/"e" before a rare surname,
a capitalised name said again in lower case, "út" before a speaker's given name, a nickname in
brackets after a full name. Each with other names and other cues than holdout30's, and the
ordinary words, places and headings that must stay clean."""

from __future__ import annotations

import pytest

from ai_guard import check_prompt
from ai_guard.models import EntityType


def _persons(text: str) -> list[str]:
    return sorted(
        text[f.start : f.end]
        for f in check_prompt(text).findings
        if f.entity is EntityType.PERSON and f.placeholder is not None
    )


# -- a list's rows in capitals, a value right after each name ---------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "thong ke giup:\nPHAN DUC HUNG 0912 345 670 THON 4\nDO THI LAN 0987 112 334 THON 6",
            ["DO THI LAN", "PHAN DUC HUNG"],
        ),
        (
            "ds ho ngheo:\n- LO VAN PANH 1962 BAN NA\n- CAM THI XOAN 1970 BAN CANG",
            ["CAM THI XOAN", "LO VAN PANH"],
        ),
        (
            "kiem tra bien so:\n1. BUI QUANG KHAI 29A-123.45\n2. TA THI NGA 30F-556.12",
            ["BUI QUANG KHAI", "TA THI NGA"],
        ),
    ],
)
def test_a_row_in_capitals_opened_by_a_name_and_a_value_is_a_person(
    text: str, names: list[str]
) -> None:
    assert _persons(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "KE HOACH\nHOI NGHI TONG KET 2025\nSO 12/KH-UBND",
        "BÁO CÁO\nCÔNG TÁC QUÝ IV 2025",
        "LỊCH TRỰC\nTRẦN HƯNG ĐẠO 45 PHỐ HUẾ",  # a street named after a figure, its number
    ],
)
def test_a_heading_in_capitals_with_a_number_is_no_row_of_people(text: str) -> None:
    assert _persons(text) == []


# -- a list's rows parted by a value only -----------------------------------------------------


def test_a_row_parted_by_its_year_takes_the_column_of_the_rows_found() -> None:
    text = (
        "doi chieu giup:\n- vi thi nhuong 1961 ban muong\n- ha van khiem 1950 ban lot\n"
        "- dinh thi hoa 1967 ban lot"
    )
    assert "vi thi nhuong" in _persons(text)


def test_rows_of_things_with_a_price_are_no_column_of_names() -> None:
    assert _persons("bang gia:\n- hoa hong do 20000 moi bo\n- hoa cuc vang 15000 moi bo") == []


# -- a list run on one line, a year or an age in brackets -------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ds tiem: be mit (21), ho bao ngoc (22), tran minh khoi (20), le thi thu (23)", "mit"),
        (
            "ds tiem: be mit (21), ho bao ngoc (22), tran minh khoi (20), le thi thu (23)",
            "ho bao ngoc",
        ),
        (
            "ho gom: chu ho la van binh (1968), vo luu thi hong (1970), con to gia han (1999)",
            "to gia han",
        ),
        (
            "Danh sách: Trần Văn Hậu (1950), Lê Thị Mơ (1955), Khổng Đắc Nhạ (1949)",
            "Khổng Đắc Nhạ",
        ),
    ],
)
def test_an_item_of_a_list_whose_other_names_were_found_is_a_name(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "giá: hoa hồng (20), hoa cúc (15), hoa lan (30)",
        "so lieu: xa an phu (120), xa tan binh (98), phuong hoa binh (75)",
    ],
)
def test_a_list_of_things_with_numbers_in_brackets_names_no_one(text: str) -> None:
    assert _persons(text) == []


# -- a name's last word runs into an everyday word or a unit's initials -----------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ong kieu van long phu trach ke toan, soan giup", "kieu van long"),
        ("c ha thi mai tam tru o ktx b, viet giup don", "ha thi mai"),
        ("e la dong thi ngoc khoa hscc, xin nghi phep", "dong thi ngoc"),
        ("a la ninh van quang phong tckt nho soan to trinh", "ninh van quang"),
    ],
)
def test_a_name_ends_before_an_everyday_word_or_a_units_initials(text: str, name: str) -> None:
    assert _persons(text) == [name]


# -- chat's "a" / "c" / "e" before a surname that is no everyday word -------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("nho a trinh quang hieu bao lai cho phong", "trinh quang hieu"),
        ("c quach ngoc anh goi lai nhe", "quach ngoc anh"),
        ("e bui duc manh xin nghi chieu nay", "bui duc manh"),
    ],
)
def test_a_rare_surname_and_a_names_middle_after_chats_abbreviation(text: str, name: str) -> None:
    assert _persons(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "a ngo quang trung so 5 ko em",  # "ngõ Quang Trung": a lane named after a figure
        "e dinh minh chung bang gi a",
        "c phan quang cao nay xem giup",
    ],
)
def test_chats_abbreviation_before_everyday_words_finds_no_name(text: str) -> None:
    assert _persons(text) == []


def test_a_chat_abbreviation_between_a_kin_word_and_a_given_name_is_no_hmong_middle() -> None:
    persons = _persons("a trinh quang hieu mat vi, vo a hieu da bao cong an")
    assert "vo a hieu" not in persons
    assert "trinh quang hieu" in persons


def test_a_hmong_name_keeps_its_middle_a() -> None:
    assert _persons("goi cho vang a dinh, o ban pa cong") == ["vang a dinh"]


# -- a capitalised name said again in lower case ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("[08:10] Phan Duc Thinh: e gui ho so roi\n[08:12] Lan: ok cam on anh thinh", "thinh"),
        ("Ho ten: LUONG VAN TOAI\nnho chu toai ky vao cuoi don", "toai"),
        ("Bà Kiều Thị Nguyệt nộp đơn, nhờ cô nguyệt ký thêm", "nguyệt"),
    ],
)
def test_a_full_name_found_in_capitals_is_said_again_in_lower_case(
    text: str, reference: str
) -> None:
    assert reference in _persons(text)


def test_a_lower_case_word_that_opens_an_everyday_word_is_no_reference() -> None:
    assert _persons("Ông Trần Văn An nộp đơn, anh an tâm nhé") == ["Trần Văn An"]


# -- "út" before a speaker's given name; a nickname in brackets after a full name -------------


def test_the_youngests_word_is_no_part_of_a_speakers_name() -> None:
    text = "[20:01] ut loan: me oi con ve roi\n[20:05] Ha Thi Hue: ok con\n[20:06] ut loan: da"
    persons = _persons(text)
    assert persons.count("loan") == 2
    assert "ut loan" not in persons


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ("ong vu van tuc (chu bay) va ba le thi ngo (co tu) lam don", "bay"),
        ("Bà Đặng Thị Mến (cô Út) nhờ viết đơn", "Út"),
    ],
)
def test_a_nickname_in_brackets_after_a_full_name_is_the_same_persons(
    text: str, nickname: str
) -> None:
    assert nickname in _persons(text)


def test_a_pointing_word_in_brackets_is_no_nickname() -> None:
    assert _persons("ong vu van tuc (ong nay) lam don") == ["vu van tuc"]


# -- a list of tasks: a kin word, a given name, the task --------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "phân việc: chú khải khuân bàn, cô nhung rửa bát, anh đạt trông xe, xong báo lại",
            ["khải", "nhung", "đạt"],
        ),
        ("phan cong: a tuan tho anh, c linh lam slide, e nam in tai lieu", ["linh", "nam", "tuan"]),
    ],
)
def test_given_names_in_a_list_of_tasks_are_the_peoples(text: str, names: list[str]) -> None:
    assert sorted(_persons(text)) == sorted(names)


@pytest.mark.parametrize(
    "text",
    [
        "chú ý: anh hùng ca, chị em đi chợ, bác sĩ khám bệnh",
        "co mai, co lan, co hoa dep lam",  # "có mai, có lan, có hoa": flowers for sale
        "ghi nhớ: cô đơn thì gọi, anh hùng thì cứu",  # two items only, everyday words
    ],
)
def test_everyday_words_after_kin_words_make_no_task_list(text: str) -> None:
    assert _persons(text) == []


# -- a list of names in capitals, a surname no lexicon holds ----------------------------------


def test_a_list_in_capitals_goes_on_over_a_surname_no_lexicon_holds() -> None:
    text = "doi chieu: BE VAN THUONG, LANH THI PHIEN, HOANG VAN PANG, DEU O BAN NA"
    persons = _persons(text)
    assert "LANH THI PHIEN" in persons
    assert "HOANG VAN PANG" in persons


def test_a_list_in_capitals_stops_at_an_everyday_word() -> None:
    assert _persons("Danh sách: Nguyễn Văn Hậu, Nhà Văn Hóa, Phòng Văn Thư") == ["Nguyễn Văn Hậu"]


# -- a verb or a rite before words that spell a name ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "mai nho mua hoa mai voi canh dao ve trang tri",  # "mua" (to buy) is no Hmong Mua here
        "ca nha den du le thi phai mac ao dai",  # "dự lễ thì": a rite, no Lê Thị
    ],
)
def test_a_verb_or_a_rite_before_name_words_makes_no_name(text: str) -> None:
    assert _persons(text) == []


def test_the_hmong_mua_before_thi_is_a_name() -> None:
    assert _persons("nho mua thi lan, o ban pa") == ["mua thi lan"]


# -- a Chinese name in pinyin typed in lower case ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("kiem tra giay phep lao dong cua zhao yuting va nhom ky su, gui lai", "zhao yuting"),
        ("ho so cua wang zhiwei, can bo sung ho chieu", "wang zhiwei"),
    ],
)
def test_a_chinese_given_name_of_two_syllables_as_one_word_in_lower_case(
    text: str, name: str
) -> None:
    assert _persons(text) == [name]


def test_english_words_after_a_chinese_surname_are_no_pinyin_name() -> None:
    assert _persons("he wanted ma shangan to sign, nho dich giup") == []


# -- a Korean given name of two syllables written apart ---------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("nhờ dịch: chị choi ji won và anh lê văn hậu đăng ký kết hôn", "choi ji won"),
        ("Anh Park Hyun Woo, quốc tịch Hàn Quốc, xin gia hạn visa", "Park Hyun Woo"),
    ],
)
def test_a_korean_given_name_written_apart_is_taken_whole(text: str, name: str) -> None:
    assert name in _persons(text)


def test_a_vietnamese_name_led_by_kim_is_no_korean_one() -> None:
    assert _persons("chị Kim Anh Thu, sinh 1990, ở phường 3") == ["Kim Anh Thu"]


# -- what the list of tasks, the bracketed nickname and the lower-case reference leave alone --


def test_a_list_of_full_names_after_kin_words_is_no_task_list() -> None:
    text = "e gui ds nhan qua: ba mai thi nu, ong lam van khuyen, chi kim thi mo (o xom 2)"
    assert _persons(text) == ["kim thi mo", "lam van khuyen", "mai thi nu"]


@pytest.mark.parametrize(
    "text",
    [
        "ông Lò Văn Khoa (mồ côi) do bác ruột nhận thay",
        "Hà Thị Gấm (bà nội) 0935 406 181",
        "của bà Triệu Thị Mỹ (chị ruột) ngày 10/11",
        "ông A Blúp (Ba Na), SĐT 0387 020 419",
    ],
)
def test_a_relation_or_a_people_in_brackets_is_no_nickname(text: str) -> None:
    persons = _persons(text)
    assert all(" " in p for p in persons), persons


def test_a_kin_word_after_a_house_number_is_a_street_not_a_reference() -> None:
    text = (
        "Thu Giang: xe e bi cau truoc nha 26 co giang q1\n"
        "Minh Khoa: e den doi csgt nhe\nThu Giang: da"
    )
    assert "giang" not in _persons(text)


def test_a_hmong_name_with_a_rare_clan_keeps_its_middle_a() -> None:
    assert _persons("goi cho lìu a sáng, ở bản nậm cang") == ["lìu a sáng"]


def test_a_number_that_ends_a_sentence_leaves_the_reference_after_it() -> None:
    text = "Chu tich xa goi ong Kha Van Doi ngay 31/12. ong doi de nghi hoan"
    assert "doi" in _persons(text)


def test_a_long_sentence_and_the_askers_request_are_no_task_list() -> None:
    text = (
        "bien ban: chu tam va bac nam o cung to 6 cai nhau vi cai cong thoat nuoc, "
        "chu tam dong y sua trong tuan, e viet lai giup a"
    )
    assert "viet" not in _persons(text)


def test_a_people_in_lower_case_brackets_is_no_nickname() -> None:
    assert _persons("ong a blup (ba na), sdt 0387 020 419") == ["a blup"]
