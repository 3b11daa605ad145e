"""Names and addresses as pasted and typed (issue 15, holdout28's classes), on probes of our
own: each class a rule from a name's shape, cue words, what ends a name or an address's
structure, none from the blind set's strings."""

from __future__ import annotations

import pytest

from ai_guard import check_prompt
from ai_guard.models import EntityType


def _found(text: str, entity: EntityType = EntityType.PERSON) -> list[str]:
    return [text[f.start : f.end] for f in check_prompt(text).findings if f.entity is entity]


# -- an address typed without diacritics: capitalised names, then the province typed plain --


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "chi oi nha co ay o thon Ban Lang xa Quang Uyen cao bang\nok de e xem",
            "thon Ban Lang xa Quang Uyen cao bang",
        ),
        (
            "thuong tru tai to 8 khu pho 3 phuong Tam Hiep dong nai",
            "to 8 khu pho 3 phuong Tam Hiep dong nai",
        ),
        (
            "ong ay o ap Phu Hoa xa Hoa Thanh vinh long muon hoi ve dat",
            "ap Phu Hoa xa Hoa Thanh vinh long",
        ),
        (
            "chau o so 12 ngo 5 phuong Nghia Do ha noi lam giay khai sinh",
            "so 12 ngo 5 phuong Nghia Do ha noi",
        ),
        (
            "dang o to 2 phuong Sa Pa TX. Sa Pa lao cai con thieu giay",
            "to 2 phuong Sa Pa TX. Sa Pa lao cai",
        ),
    ],
)
def test_a_plain_province_after_a_capitalised_commune_ends_the_address(
    text: str, address: str
) -> None:
    assert address in _found(text, EntityType.ADDRESS)


@pytest.mark.parametrize(
    "text",
    [
        # with diacritics the hit's own case rules: a plain word after it is the sentence's
        "ở thôn Bản Lăng, xã Quảng Uyên cao bang lắm",
        # no province after the commune
        "o thon Ban Lang xa Quang Uyen cao lam, can hoi",
    ],
)
def test_no_plain_province_leaves_the_address_as_it_was(text: str) -> None:
    for address in _found(text, EntityType.ADDRESS):
        assert "cao" not in address


# -- lower-case names typed plain after a verb that takes a person, or before a second name --


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a verb that takes a person, typed plain, then a full name marked at its end
        ("mk bao tran duc phong nha o ngo 12 mang so do len", ["tran duc phong"]),
        ("nho vu minh hieu sinh nam 1990 nop ho so giup e", ["vu minh hieu"]),
        ("hoi giup pham thu trang sinh ngay 3/4/1992 can giay gi", ["pham thu trang"]),
        # a list typed with no separators: a second name of the "văn"/"thị" shape ends the first
        (
            "ds gom ngo van khanh kieu thi nhung ai vang bao lai",
            ["ngo van khanh", "kieu thi nhung"],
        ),
    ],
)
def test_a_plain_name_after_a_tell_verb_or_before_a_second_name(
    text: str, names: list[str]
) -> None:
    found = _found(text)
    for name in names:
        assert name in found


@pytest.mark.parametrize(
    "text",
    [
        # the verb and the words after it spell everyday words: no name there
        "tham bao tang dan toc va van mieu vao chu nhat",
        "soan giup cong van gui so tu phap",
        "de bao dam thi hanh an dung han",
    ],
)
def test_no_name_after_a_tell_verb_that_spells_an_everyday_word(text: str) -> None:
    assert _found(text) == []


def test_asked_again_the_name_is_the_given_name_after_chat_a() -> None:
    # spelled with diacritics "hỏi lại" asks again: "lại" is no surname Lại there, the
    # person is "a hùng" (anh Hùng), found alone (as "gửi lại a thắm nhé" finds "thắm")
    assert _found("viết giúp e tin nhắn hỏi lại a hùng") == ["hùng"]


# -- a capitalised name whose given name no lexicon holds, vouched for by a birth year --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Danh sách ký tên:\n1. Hoàng Xuân Thởi (SN 1964) - thôn 2, xã Yên Lạc", "Hoàng Xuân Thởi"),
        ("- Đinh Công Quýt (1958), xóm Trại, xã Quỳnh Lưu", "Đinh Công Quýt"),
    ],
)
def test_a_rare_given_name_before_a_birth_year(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a place's name before the year: a unit word leads it
        "Đình làng ở xóm Trại Quýt Sình (1958) được công nhận di tích",
        # a historical figure with its year
        "Bài viết về Trần Hưng Đạo (1228) và chiến thắng Bạch Đằng",
    ],
)
def test_a_birth_year_after_no_name(text: str) -> None:
    found = _found(text)
    assert "Trại Quýt Sình" not in found
    assert "Hưng Đạo" not in " ".join(found) or "Trần Hưng Đạo" in found


# -- a Chinese given name of two pinyin syllables written as one word --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("2. Zhao Mingxuan, quốc tịch Trung Quốc, tạm trú tại phường Cầu Giấy", "Zhao Mingxuan"),
        ("1. Liu Xinyi, quốc tịch Trung Quốc, hộ chiếu E12345678", "Liu Xinyi"),
    ],
)
def test_a_pinyin_given_name_of_two_syllables(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize("text", ["Li Ning Sports mở cửa hàng mới", "Chen Online Shop"])
def test_no_pinyin_name_in_a_brand(text: str) -> None:
    assert _found(text) == []
