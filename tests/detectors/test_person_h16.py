"""vn.person on the shapes of long pastes the holdout16 set showed (issue 15): a chat export's
speaker whose display name carries a role or unit tag ("CHV Hoang Long:", "Thang CAP:"), the
tag left out of the name. Each shape has the catch and what stays clean beside it."""

from __future__ import annotations

import pytest

from ai_guard import EntityType, check_prompt


def names(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.PERSON
    ]


# -- a chat speaker with a role or unit tag ------------------------------------------------------


@pytest.mark.parametrize(
    ("speaker", "name"),
    [
        ("CHV Hoang Long", "Hoang Long"),  # the tag before the name
        ("Thang CAP", "Thang"),  # the unit after it
        ("Hieu TDP5", "Hieu"),  # a unit with its number
        ("Kim Chi BHXH", "Kim Chi"),  # an everyday pair, named by the tag
        ("BS Thái Hòa", "Thái Hòa"),
        ("Phó HT Quân", "Quân"),  # a deputy's tag
        ("Thu Ha dai ly thu", "Thu Ha"),  # a lower-case description after the name
    ],
)
def test_a_tagged_speaker_is_the_name_without_its_tag(speaker: str, name: str) -> None:
    text = f"[09:12] {speaker}: da xong roi a\n[09:14] {speaker}: ok, mai gui tiep nhe"
    assert names(text) == [name, name]


@pytest.mark.parametrize(
    "speaker",
    [
        "UBND XA",  # capitals only: a body, no one
        "Ban QL CAP",  # a board's name before the tag
        "Thong bao CAP",  # an everyday word
    ],
)
def test_a_tagged_field_with_no_given_name_stays_clean(speaker: str) -> None:
    text = f"[09:12] {speaker}: lich tiep dan thay doi\n[09:14] {speaker}: ok, mai gui tiep nhe"
    assert names(text) == []


def test_one_tagged_line_is_no_chat_log() -> None:
    # a single timed line with a tag: a schedule's entry, not a log's speakers
    assert names("[09:12] Hop BCD: chuan bi phong hop") == []


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("Kien xa doi", ["Kien", "Kien"]),  # a unit after a one-word name
        ("Lan ke toan", ["Lan", "Lan"]),  # a role
        ("Thong bao", []),  # a sentence's opening, no role
        ("Truong phong", []),  # a role alone: trưởng phòng
        ("Van thu co quan", []),  # văn thư, a role the "name" opens
    ],
)
def test_a_role_described_after_a_one_word_speaker(speaker: str, expected: list[str]) -> None:
    text = f"[09:12] {speaker}: da xong roi a\n[09:14] {speaker}: ok, mai gui tiep nhe"
    assert names(text) == expected


# -- the same chat log typed or pasted in lower case (person/plain.py) ----------------------------


@pytest.mark.parametrize(
    ("speaker", "name"),
    [
        ("hieu tdp5", "hieu"),  # a unit with its number after the name
        ("quyen cskv", "quyen"),  # letters no syllable spells
        ("kim chi bhxh", "kim chi"),  # an everyday pair, named by the tag
        ("bs thai hoa", "thai hoa"),  # the tag before the name
        ("pho ht quan", "quan"),  # a deputy's title and tag
        ("co hanh 9a2", "hanh"),  # a kin word before, the class after
        ("thu ha dai ly thu", "thu ha"),  # a role described after two name words
        ("kien xa doi", "kien"),  # a unit after one
    ],
)
def test_a_lower_case_tagged_speaker_is_the_name_without_its_tag(speaker: str, name: str) -> None:
    text = f"[09:12] {speaker}: da xong roi a\n[09:14] {speaker}: ok, mai gui tiep nhe"
    assert names(text) == [name, name]


def test_a_lower_case_speaker_without_the_tag_after_it_with_the_tag_is_the_same() -> None:
    text = "[07:31] bs thai hoa: giuong 12\n[07:34] bs thai hoa: chua ra\n[07:47] thai hoa: cho"
    assert names(text) == ["thai hoa"] * 3


@pytest.mark.parametrize(
    "text",
    [
        # a display name said once: no log's speaker
        "[09:12] hieu tdp5: da xong\n[09:14] ubnd xa: ok",
        # a field that is no name: an everyday heading, a unit, a tag alone
        "[09:12] thong bao bhxh: hop\n[09:14] thong bao bhxh: hoan",
        "[09:12] ubnd xa: hop\n[09:14] ubnd xa: hoan",
        "[09:12] tdp5: hop\n[09:14] tdp5: hoan",
    ],
)
def test_a_lower_case_field_with_no_tagged_given_name_stays_clean(text: str) -> None:
    assert names(text) == []


# -- a table's name cell wrapped by a PDF copy ---------------------------------------------------


def test_a_wrapped_name_cell_is_one_name() -> None:
    text = (
        "STT\nHọ và tên\nNgày sinh\n1\nVương Đình\nKhiêm\n11/01/1965\n"
        "2\nLâm Thị Hồng\n26/05/1968\n3\nVương Lâm Thảo\nNguyên\n02/09/1995"
    )
    assert names(text) == ["Vương Đình\nKhiêm", "Lâm Thị Hồng", "Vương Lâm Thảo\nNguyên"]


def test_a_gender_cell_after_the_name_stays_out() -> None:
    # one field per line: the gender's cell is no given name of the name above it
    assert names("Họ và tên\nVương Lâm Thảo\nNam\n02/09/1995") == ["Vương Lâm Thảo"]


def test_a_name_in_prose_before_a_line_break_is_not_a_cell() -> None:
    # the line holds more than the name: the break is prose's, not a cell's
    text = "Danh sách gồm ông Vương Lâm Thảo\nNguyên quán: Quảng Ninh"
    assert "Vương Lâm Thảo\nNguyên" not in names(text)


# -- a line's opening words that fold to a name's but are not spelled as one --------------------


def test_a_sentence_opened_by_a_surname_word_is_no_name() -> None:
    # "Từ" is a surname, "bảng giá đất sau" fold to "Bằng Gia Đạt Sáu": spelled otherwise
    assert names("Từ bảng giá đất sau, tính giá đất ở cho thửa 90 m2") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[08:15] trần minh đức: gửi file nhé\n[08:16] lan: ok", "trần minh đức"),
        ("1. nguyễn ngọc bảo trâm, sinh năm 2010", "nguyễn ngọc bảo trâm"),
        ("Trần bảo ngọc, lớp 9A", "Trần bảo ngọc"),
    ],
)
def test_a_name_spelled_as_one_in_a_slot_stays(text: str, name: str) -> None:
    assert name in names(text)


# -- a two-word chat speaker named again in full ------------------------------------------------


def test_a_two_word_speaker_again_in_full_is_the_pair() -> None:
    # the pair together, tagged or in the chat, is the name; its first word alone is not
    text = (
        "[09:12] CHV Hoang Long: vu nay ke bien nhe\n"
        "[09:14] Mai Phuong: da, e bao cong an xa roi a\n"
        "[10:05] Hoang Long: ok, nhac Mai Phuong lap bien ban"
    )
    found = names(text)
    assert found.count("Hoang Long") == 2
    assert "Hoang" not in found
    assert "Mai" not in found


def test_the_first_word_of_a_western_order_speaker_said_alone_stays_a_name() -> None:
    text = "[09:12] linh vu: did you send it\n[09:14] tom h: not yet, linh will check"
    assert names(text).count("linh") == 1


# -- a mail header's unit named over a comma -----------------------------------------------------


def test_a_units_name_over_a_comma_in_a_mail_header_is_no_person() -> None:
    text = (
        "Từ: Phòng Quản lý hộ kinh doanh, cá nhân <pqlhkd.thuecoso2@gdt.gov.vn>\n"
        "Gửi: thanhnga.spa88@gmail.com"
    )
    assert names(text) == []


def test_a_person_after_a_units_address_in_a_mail_header_stays() -> None:
    # the unit's address closes its name: the next entry is a person's
    text = "cc: phong to chuc <tccb@x.vn>, le van an <an.lv@x.vn>"
    assert names(text) == ["le van an"]
