"""Names in chat typed by real users (issue 15, holdout20's first run): chat logs with the time
after the speaker, parents' display names, tallies of rooms, given names listed before their
full names, nicknames before a bracketed full name, "thằng út", women's given names of two
syllables typed plain, quoted capitalised names, "hàng xóm" before a name, "tôi tên" and a
birth year set off after a name. Each rule's near misses stay clean."""

from __future__ import annotations

import pytest

from ai_guard import check_prompt
from ai_guard.models import EntityType


def _found(text: str, entity: EntityType = EntityType.PERSON) -> list[str]:
    return [text[f.start : f.end] for f in check_prompt(text).findings if f.entity is entity]


# -- chat logs --------------------------------------------------------------------------------


def test_time_after_the_speaker_names_the_speaker() -> None:
    text = (
        "tom tat doan chat:\nHuyen 9:02: c oi ho so xong chua\n"
        "Toan tu phap 9:05: chua e, thieu giay\nHuyen 9:06: ok c"
    )
    assert _found(text).count("Huyen") == 2
    assert "Toan" in _found(text)


def test_one_timed_line_is_no_log() -> None:
    # a single "Word 9:05:" line is no chat log: "Luu y 9:05:" names no one
    assert _found("Hop luc 9:05: nho mang giay to") == []


def test_parent_display_name_names_the_child_and_its_echo() -> None:
    text = (
        "[21:14] Mẹ Tún: cô ơi cháu tún hôm nay sốt ko đi học được ạ\n"
        "[21:20] cô giáo Hằng: dạ cô biết rồi chị\n[21:21] Mẹ Tún: em cảm ơn cô"
    )
    found = _found(text)
    assert found.count("Tún") == 2
    assert "tún" in found


def test_tagged_display_name_and_a_name_said_again() -> None:
    text = (
        "tóm tắt zalo nhóm tổ dân phố:\nbác Tư: tối nay họp ở nhà văn hóa nha bà con\n"
        "Thủy nhà 36: cháu bận, nhờ cô quế ghi giúp\nchú Sang: ok\nQuế: dạ"
    )
    found = _found(text)
    assert "Thủy" in found
    assert "quế" in found


# -- tallies, lists, aliases ------------------------------------------------------------------


def test_tally_of_rooms_names_each_tenant() -> None:
    text = (
        "nhờ tính tiền điện tháng này cho nhà trọ, 3.500đ/số: phòng 1 Hưng 120 số, "
        "phòng 2 chị loan 98 số, phòng 3 vợ chồng tài 210 số"
    )
    check = check_prompt(text)
    assert check.decision.value == "redact"
    assert {"Hưng", "loan", "tài"} <= set(_found(text))


def test_one_room_with_a_count_is_no_tally() -> None:
    assert _found("phòng 1 hưng 120 số là bao nhiêu tiền") == []


def test_given_names_listed_before_their_full_names() -> None:
    text = (
        "lap giup e bang cham cong thang 11 cho to ve sinh: dung, tam, lo van suoi. "
        "dung va tam la ho ten day du pham thi dung, trieu van tam"
    )
    found = _found(text)
    assert found.count("dung") == 2
    assert found.count("tam") == 2


def test_listed_word_without_a_full_name_stays_a_word() -> None:
    # "dung" (dùng) in a list, no full name ending with it
    assert "dung" not in _found("can mua: giay, dung, but, nguyen van an di mua")


def test_nickname_before_a_bracketed_full_name() -> None:
    text = "báo cáo ca sốt xuất huyết: bé bin (nguyễn minh khôi, 2018), mẹ là nhi"
    found = _found(text)
    assert "bin" in found
    assert "nhi" in found
    assert _found(text, EntityType.DATE_OF_BIRTH) == ["2018"]


def test_boy_by_birth_order() -> None:
    assert "út" in _found("con ơi nói với thằng út mai mốt về coi cái nhà")
    assert _found("thằng ba tuổi rồi mà chưa biết nói") == []


# -- full names -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("me la ngo thi kim sa thi can giay to gi a", "ngo thi kim sa"),
        ("e la banh thi sao mai o thon 6 xa krong nang", "banh thi sao mai"),
        ("ba lam thi hong phan tro tai so 12 duong 3/2", "lam thi hong phan"),
    ],
)
def test_two_syllable_given_name_typed_plain(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "chau ban thi lai sinh 14/07/2025 ma chua co the",  # "sinh" ends the name
        "toi la lo thi un con 3 dua di hoc",  # "con" (children) is no given name
        "ba le thi hoa ban, roi ve",  # "bán" (sells) before a comma: a verb
        "em vi thi hang lam 22 ngay, bac quang",  # "làm 22 ngày": a verb and its count
        "bo cua em giang thi do lop 4b, nha o ban",  # "lớp 4b": a class and its number
    ],
)
def test_fourth_word_that_ends_the_name_stays_out(text: str) -> None:
    assert all(len(n.split()) == 3 for n in _found(text))


def test_then_what_after_thi_is_no_name() -> None:
    assert _found("gio muon sang ten so do cho bo chau thi lam sao a") == []


def test_self_introduction_without_la() -> None:
    assert "nguyen huu thiep" in _found("toi ten nguyen huu thiep, sinh 12/03/1990")


def test_quoted_capitalised_name() -> None:
    text = "viết lại đoạn sau: 'Cháu Kpă Thị Hơn (con ông Kpă Nhin) ở plei Chư Ngọc'"
    assert {"Kpă Thị Hơn", "Kpă Nhin"} <= set(_found(text))
    # the closing quote stays out of the span
    assert _found("VALUES ('Đặng Thị Hồng Hạnh', '014183541890')") == ["Đặng Thị Hồng Hạnh"]


def test_neighbour_is_no_hamlet() -> None:
    assert _found("khiếu nại hàng xóm Thái Bảo Long nuôi chó") == ["Thái Bảo Long"]
    assert _found("nhà ở xóm Thái Bảo, xã An Lạc") == []


# -- birth years ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("cho ba noi chau kieu thi hot, 1940, nha thon ha", "1940"),
        ("chu ho giang seo lenh, 1983, ban chu lin", "1983"),
        ("tra loi giup: ba duong thi loan 1952 o so 3 kiet 41", "1952"),
    ],
)
def test_year_set_off_after_a_name(text: str, year: str) -> None:
    assert _found(text, EntityType.DATE_OF_BIRTH) == [year]


@pytest.mark.parametrize(
    "text",
    [
        "ke hoach cua ubnd, 2024, xa",  # no name before it
        "bao cao nam 2023, tong ket",  # a year after a word
        "ong nguyen van an 2019 nop don",  # a bare space, no "ở" after it
    ],
)
def test_other_years_stay_years(text: str) -> None:
    assert _found(text, EntityType.DATE_OF_BIRTH) == []


def test_siblings_listed_after_their_count() -> None:
    text = "giờ chia thừa kế cho 3 anh em tùng, hòa, thắng thì thủ tục thế nào ạ"
    assert _found(text) == ["tùng", "hòa", "thắng"]


@pytest.mark.parametrize(
    "text",
    [
        "3 anh em mình đi ăn, uống, chơi",  # no given names
        "chia cho 3 anh em tùng, hòa thì sao",  # two names for a count of three
    ],
)
def test_counted_list_that_is_no_siblings_names(text: str) -> None:
    assert _found(text) == []


def test_a_given_name_opening_an_email_is_no_listed_item() -> None:
    # a dot glued to the next word ends no item ("luu.ha.nhon81@..."): in the scaling csv every
    # e-mail after a comma was read as a listed given name (hidden by the EMAIL finding, but a
    # third of check_prompt's time on a csv megabyte went into them)
    from ai_guard.detectors.person.chat_kin import listed_references
    from ai_guard.text import Document

    text = "Hà Văn Lưu,0836006791,luu.ha.nhon81@vnpt.vn\nliệt kê: lưu, an"
    doc = Document(text)
    full = [(0, len("Hà Văn Lưu"))]
    got = [text[s:e] for s, e, _ in listed_references(doc, full, lambda s, e: True)]
    assert got == ["lưu"]
