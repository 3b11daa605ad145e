"""Names typed in chat that still went out on 2026-12-03's main (holdout9's diacritic-free
variants), written anew as shapes, with what must stay clean beside them."""

from __future__ import annotations

import pytest

from ai_guard import EntityType, check_prompt


def _names(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.PERSON
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a party cue before the honorific names the person: the surname may be an everyday
        # word typed so ("quan" quản / quân) and the end need not be marked
        ("tom tat ban an giua nguyen don ba lam ngoc tram va bi don ong quan the vinh ve tranh",
         "quan the vinh"),
        ("nguyen don ba quan thi ha yeu cau boi thuong", "quan thi ha"),
        # "cô giáo", "thầy giáo" before a full name or a given name alone
        ("co giao le thi thanh tam day lop 3 xin nghi phep", "le thi thanh tam"),
        ("cô giáo Lan dạy lớp 3 xin nghỉ phép 2 tuần", "Lan"),
        ("thầy giáo Toàn gọi điện cho phụ huynh", "Toàn"),
        # a rare given name in a lower-case cell under the name column
        ("stt\thọ tên\txóm\n3\tđinh công lừng\txóm mớ đá, xã mai châu, tỉnh phú thọ",
         "đinh công lừng"),
        ("| stt | họ và tên |\n| 1 | vi thị lừng |", "vi thị lừng"),
    ],
)  # fmt: skip
def test_a_name_that_went_out_is_found_whole(text: str, name: str) -> None:
    assert name in _names(text), (text, _names(text))
    assert not check_prompt(text).allowed


@pytest.mark.parametrize(
    "text",
    [
        "bi don ong quan ly du an khong den",  # "quản lý dự án": no name after the party's "ông"
        "co giao chu nhiem lop 3 hop phu huynh",  # a role, no name
        "cô giáo chủ nhiệm lớp 3 họp phụ huynh",
        "thay giao day toan nghi om",
    ],
)
def test_what_stands_beside_them_stays_clean(text: str) -> None:
    assert _names(text) == [], _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("con tôi là lê hoàng nam đăng ký tạm trú", "lê hoàng nam"),
        ("đồng chí trịnh văn khải hoàn thành tốt nhiệm vụ", "trịnh văn khải"),
    ],
)
def test_a_fourth_word_that_opens_an_everyday_word_is_not_the_name(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_a_two_syllable_given_name_keeps_its_fourth_word() -> None:
    assert _names("ông lê văn an bình đề nghị cấp lại") == ["lê văn an bình"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a party label opening a line under a line in capitals
        ("HỒ SƠ THI HÀNH ÁN\nNgười phải thi hành án: Điểu Thị Rinh, sinh năm 1983",
         ["Điểu Thị Rinh"]),
        # a numbered list in capitals whose rows go on in ordinary case; a name in capitals
        # after a lower-case honorific
        ("1. VÀNG MÍ LỀNH - lớp 8B - con bà SÌNH THỊ MAI\n2. LY THỊ SÚA - lớp 6A",
         ["VÀNG MÍ LỀNH", "SÌNH THỊ MAI", "LY THỊ SÚA"]),
        # a hyphenated Western given name whose second part spells a Vietnamese syllable
        ("ông Jean-Luc Ferrand, chuyên gia dự án nước sạch, xin gia hạn thẻ tạm trú",
         ["Jean-Luc Ferrand"]),
        # the honorific before a minority name is not the surname Ông
        ("Kính gửi: Ông Y Moan Niê, thôn 3", ["Y Moan Niê"]),
    ],
)  # fmt: skip
def test_names_in_documents_and_lists(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Tiêu đề: Mời dự hội thảo\n\nKính gửi Quý Sở,\n\nThực hiện Kế hoạch số 214",
        "KẾ HOẠCH\n1. TRIỂN KHAI THỰC HIỆN - giao các sở",
        "gửi bà SỞ TƯ PHÁP",
        "tỉnh Bà Rịa-Vũng Tàu",
    ],
)
def test_agencies_headings_and_places_stay_clean(text: str) -> None:
    assert _names(text) == [], _names(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a family name no lexicon holds before "văn"/"thị", in lower case with diacritics
        ("tôi tố cáo ông sần văn páo, cán bộ địa chính xã", ["sần văn páo"]),
        ("chị lềnh thị dung (cccd 012191004638) đi công tác", ["lềnh thị dung"]),
        # ... and in a cell under a name column, any case
        ("stt;ho ten;ma the bhyt\n1;chamalea thi hoi;hn4585812047396", ["chamalea thi hoi"]),
        # English before a lower-case name of the "văn"/"thị" shape
        ("write a message to trinh van lam, whose father passed away", ["trinh van lam"]),
        ("the report was signed by nguyen van an, director", ["nguyen van an"]),
        # "that" opens a name in an English sentence, the end marked by a comma
        ("i confirm that ninh thi hai yen, born on 4 march 1995", ["ninh thi hai yen"]),
        ("a parent complains that phan ngoc diep, daughter of the director", ["phan ngoc diep"]),
    ],
)
def test_lower_case_names_with_unknown_surnames_or_english_before(
    text: str, names: list[str]
) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "ông ấy vẫn thế, không đổi",  # "vẫn" with diacritics is no "văn"
        "ong ay van the, khong doi",  # without them "van"/"thi" are as often "vẫn"/"thì"
        "bà con thì lo, cán bộ thì bận.",
        "co khi thi co, co khi khong.",
        "bao to truong hai lan.",
        "ong tu ten that la doan van tu, viet bao cao",  # "that" is "thật" here
        "do noi that tran thanh dat, gia re",  # "thật"/"thất" typed so: no English around
    ],
)
def test_everyday_words_around_van_and_thi_stay_no_new_name(text: str) -> None:
    names = _names(text)
    assert all(n in ("doan van tu", "tu") for n in names), names


def test_a_name_in_a_table_cell_cut_by_a_line_break_is_found_whole() -> None:
    text = "STT | HỌ VÀ TÊN | ĐƠN VỊ\n1 | TẠ ĐÌNH\nQUYẾT | Phòng Nội vụ"
    assert _names(text) == ["TẠ ĐÌNH\nQUYẾT"]
    closed = "| 1 | Nguyễn Văn An |\n| 2 | Lê Thị Hoa |"
    assert _names(closed) == ["Nguyễn Văn An", "Lê Thị Hoa"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a kin word, "là", then a name: the kin word is the cue
        ("Thạch Sô Phanh và vợ là Kim Thị Sóc Khiêm, ở xã Thạnh Phú", "Kim Thị Sóc Khiêm"),
        ("con trai là Lê Minh Khang, sinh năm 2010", "Lê Minh Khang"),
    ],
)
def test_a_cue_before_la_names_the_person(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_place_after_la_stays_a_place() -> None:
    assert _names("địa chỉ là Hà Nội, trụ sở là Sở Tư pháp") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an Arabic name's chain after "bin"
        ("Please draft a visa letter for Mr. Ahmed bin Khalid Al-Mansoori, staying at 9 Hàng Bè",
         "Ahmed bin Khalid Al-Mansoori"),
        # the village elder, no village named so
        ("Viết thư mời già làng A Blúp dự lễ mừng lúa mới", "A Blúp"),
        ("già làng Nguyễn Văn An phát biểu", "Nguyễn Văn An"),
        # a Chinese name as Singapore and Malaysia write it
        ("ông Robert Tan (Singapore) và vợ là bà Lim Hui Ling cần gia hạn hợp đồng",
         "Lim Hui Ling"),
    ],
)  # fmt: skip
def test_foreign_and_minority_names_after_their_cues(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_village_named_after_a_place_word_stays_an_address() -> None:
    text = "ở làng Nguyễn Văn An, xã Đăk Rơ Wa"
    assert _names(text) == []


def test_a_minority_name_said_again_keeps_its_prefix() -> None:
    text = "Viết thư mời già làng A Blúp dự lễ. Già A Blúp năm nay 78 tuổi."
    assert _names(text) == ["A Blúp", "A Blúp"]
    # chat's "A" (anh) before a given name said again stays the cue
    assert _names("Nguyễn Văn An gửi hồ sơ. A An nói sẽ bổ sung") == ["Nguyễn Văn An", "An"]


def test_a_cue_that_ends_with_a_place_word_names_the_person() -> None:
    # "chủ hộ" typed without diacritics ends with "ho" (hồ, a lake): the cue, no place
    text = "Ho, chu dem va ten chu ho: THIEN SANH NGOC   Quan he voi chu ho: Con"
    assert _names(text) == ["THIEN SANH NGOC"]
    assert _names("ho Thien Sanh rat dep") == []
