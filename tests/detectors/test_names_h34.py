"""vn.person and the public-role judgement on holdout34's names (issue 15): a Chinese name in
characters after its label in brackets ("(tên gốc 关国荣)"), a Khmer given name of two syllables
before "học lớp", a given name no lexicon holds after a surname and a middle name that an
office's title vouches for (a signer under "PHÓ CHỦ TỊCH", a provincial vice-chairman named
after his title), a list of officials under a personnel heading (private), and a meeting's
cafe whose address is no one's residence."""

from __future__ import annotations

import pytest
from _probes import actions as persons

from ai_guard import check_prompt
from ai_guard.models import Decision, EntityType


@pytest.mark.parametrize(
    ("text", "han"),
    [
        ("Ông Quan Quốc Vinh (tên gốc 关国荣), dân tộc Hoa, sinh năm 1956", "关国荣"),
        ("ông Trương Vĩ Kiệt (張偉傑) đến làm thủ tục", "張偉傑"),
        ("Bà Lâm Mỹ Linh (chữ Hán: 林美玲) ở phường Chợ Lớn", "林美玲"),
        ("ong zhang wei (tieng trung: 张伟) den nop ho so", "张伟"),
    ],
)
def test_han_name_after_its_label(text: str, han: str) -> None:
    assert (han, "redact") in persons(text)


def test_han_after_a_code_is_no_name() -> None:
    # a code with digits in the bracket is no label of a name
    text = "Ông Quan Quốc Vinh (mã 12 关国荣) đến"
    assert all(name != "关国荣" and name != "国荣" for name, _ in persons(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("em kim thi sa vet hoc lop 9 o soc tra set duoc hoc bong", "kim thi sa vet"),
        ("chau thach thi sa rinh hoc lop 4 truong a", "thach thi sa rinh"),
    ],
)
def test_khmer_given_name_before_its_class(text: str, name: str) -> None:
    assert (name, "redact") in persons(text)


def test_kinh_name_before_its_class_keeps_three_words() -> None:
    assert ("quach minh khoi", "redact") in persons("chau quach minh khoi hoc lop 3 truong a")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Tóm tắt:\nTM. ỦY BAN NHÂN DÂN TỈNH\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nThái Quang Thiều",
            "Thái Quang Thiều",
        ),
        ("Tóm tắt:\nGIÁM ĐỐC\n(Đã ký)\nNguyễn Đình Thiều", "Nguyễn Đình Thiều"),
        (
            "Phó Chủ tịch UBND tỉnh Gia Lai Đinh Hữu Thạc chủ trì đối thoại với các hộ dân.",
            "Đinh Hữu Thạc",
        ),
    ],
)
def test_rare_given_name_under_or_after_a_public_title_stays_visible(text: str, name: str) -> None:
    assert (name, "allow") in persons(text)


def test_rare_given_name_after_a_title_in_a_complaint_is_redacted() -> None:
    text = "Tôi tố cáo Phó Chủ tịch UBND tỉnh Gia Lai Đinh Hữu Thạc nhận tiền của dân."
    assert ("Đinh Hữu Thạc", "redact") in persons(text)


def test_rare_given_name_under_a_heading_is_not_read_as_a_signer() -> None:
    # a heading in capitals is no official's title: no cue for a given name no lexicon holds
    text = "Tóm tắt:\nTHÔNG BÁO KẾT QUẢ\nThái Quang Thiều"
    assert all(action != "allow" for _, action in persons(text))


def test_officials_listed_under_a_personnel_heading_are_private() -> None:
    text = (
        "DANH SÁCH CÁN BỘ DIỆN LUÂN CHUYỂN\n"
        "1. Quàng Văn Thiêm - Phó Giám đốc Sở Nông nghiệp và Môi trường\n"
        "2. Nguyễn Văn Minh - Phó Giám đốc Sở Tài chính"
    )
    found = persons(text)
    assert ("Quàng Văn Thiêm", "redact") in found
    assert ("Nguyễn Văn Minh", "redact") in found


def test_officials_listed_as_attendees_stay_public() -> None:
    text = (
        "Thành phần dự họp:\n"
        "1. Nguyễn Văn Minh - Phó Giám đốc Sở Tài chính\n"
        "2. Quàng Văn Thiêm - Phó Giám đốc Sở Nông nghiệp và Môi trường"
    )
    found = persons(text)
    assert ("Nguyễn Văn Minh", "allow") in found
    assert ("Quàng Văn Thiêm", "allow") in found


@pytest.mark.parametrize(
    "text",
    [
        "Soạn tin nhắn mời tổ công tác họp lúc 15 giờ tại quán cà phê Mộc, 25 Lý Thường Kiệt,"
        " phường Cửa Nam, rồi cùng đi khảo sát chợ Hòa Bình.",
        "hen gap o nha hang sen, so 8 tran phu, phuong hai chau nhe",
    ],
)
def test_meeting_venue_is_no_residence(text: str) -> None:
    assert check_prompt(text).decision is Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        "chị Lan ở quán cà phê Mộc, 25 Lý Thường Kiệt, phường Cửa Nam",
        "anh ấy trú tại 25 Lý Thường Kiệt, phường Cửa Nam, sau buổi họp tại nhà",
    ],
)
def test_residence_beside_a_venue_word_stays_an_address(text: str) -> None:
    r = check_prompt(text)
    assert any(f.entity is EntityType.ADDRESS for f in r.findings)


@pytest.mark.parametrize(
    "text",
    [
        "chị mai mai lên xã ký giấy nhé, nhớ mang theo cccd",
        "chi mai mai len xa ky giay nhe",
    ],
)
def test_given_name_then_the_word_it_spells_is_no_full_name(text: str) -> None:
    found = persons(text)
    assert found == [("mai", "redact")]
    # the first "mai" (the name after "chị"), not the second (tomorrow)
    r = check_prompt(text)
    assert [f.start for f in r.findings if f.entity is EntityType.PERSON] == [4]


def test_given_name_then_the_verb_it_spells() -> None:
    text = "đoàn thanh niên nhờ anh sơn sơn nhà văn hóa"
    r = check_prompt(text)
    names = [(f.start, text[f.start : f.end]) for f in r.findings if f.entity is EntityType.PERSON]
    assert names == [(text.index("sơn"), "sơn")]


def test_verb_of_saying_then_the_name_it_spells_keeps_both_redacted() -> None:
    # "anh bảo Bảo gửi": the verb, then the name; the name is never left visible
    text = "a bao bao gui file cho chi nhe"
    r = check_prompt(text)
    second = text.index("bao", text.index("bao") + 1)
    assert any(f.entity is EntityType.PERSON and f.start <= second < f.end for f in r.findings)


def test_different_surname_and_given_name_stay_a_full_name() -> None:
    assert ("nguyễn nguyên", "redact") in persons("ông nguyễn nguyên đến")


def test_handle_of_a_given_name_and_initials_and_a_display_name_with_its_unit_tag() -> None:
    text = (
        "[9:15] thu.ntm: hs cua ong luc van cuong bi tra lai vi thieu so do\n"
        "[9:17] khanh tccb: ong cuong o to 4 kp 2 p. tan dinh dung ko\n"
        "[9:18] thu.ntm: dung r"
    )
    found = persons(text)
    assert found.count(("thu.ntm", "redact")) == 2
    assert ("khanh", "redact") in found
    assert ("thu", "redact") not in found


def test_handle_part_that_is_a_syllable_is_no_initials() -> None:
    # "ghi.chu": no initials (a vowel inside), no speaker
    text = "[9:15] ghi.chu: hop luc 9h\n[9:16] nhac.viec: nop bao cao"
    assert persons(text) == []


def test_years_after_bracketed_names_in_a_list() -> None:
    text = "lop trinh bay ds: be tit (nguyen van an) 2020, be mit (ha tue lam) 2021, ca 2 o"
    r = check_prompt(text)
    years = [text[f.start : f.end] for f in r.findings if f.entity is EntityType.DATE_OF_BIRTH]
    assert years == ["2020", "2021"]


def test_one_year_after_a_bracketed_name_alone_is_no_birth_year() -> None:
    text = "anh Tùng (Nguyễn Văn Tùng) 2023, được khen thưởng"
    r = check_prompt(text)
    assert not any(f.entity is EntityType.DATE_OF_BIRTH for f in r.findings)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("lập bảng từ danh sách sau:\n1. chung an - sinh năm 1950\n2. x", "chung an"),
        ("lập bảng:\n1. chung hoa, sinh năm 1962", "chung hoa"),
        ("danh sách:\n- khổng an - sn 1971", "khổng an"),
    ],
)
def test_a_list_items_two_words_in_a_line_with_diacritics_are_spelled_as_they_stand(
    text: str, name: str
) -> None:
    """A list item's surname and given name before a birth year, in a line typed with
    diacritics: an unaccented surname that is also an everyday word typed plain ("chung",
    common) is spelled as it stands there (test_name_shapes' name.list_item.lower draw)."""
    assert name in [t for t, _ in persons(text)]


def test_a_list_items_two_plain_words_stay_unread_in_a_plain_line() -> None:
    """Typed plain the same two words are as often everyday words: not read."""
    assert persons("lap bang:\n1. chung an - sinh nam 1950") == []
