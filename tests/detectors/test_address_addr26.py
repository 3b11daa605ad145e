"""Addresses left on holdouts 23 and 38 (issue 15, addr26): a birth year in a list whose
items run on one line ("1. vi van khoi 1972 ban ... 2. vi thi hien 1978 ban ..."); a
commune's name whose last syllable folds to a village's word, before its province ("xa hai
lang quang tri"); a ward of three words typed plain between a street and the city ("phuong cau
ong lanh tp hcm"); a dash set as a comma before a city and its province, after a street of one
known word ("15 pasteur phuong xuan huong - da lat lam dong"); a house, its street, ward and
district after "ở" with nobody named before it; wards whose last syllable folds to an everyday
word, told apart by their marks ("p. bến nghé", "p. linh chiểu", "p. tân phong"); "huyện u
minh thượng cũ an giang" ("u" written so is no "ủ"; "cũ" ends a name of three words); a
village named alone before ", nơi gia đình bà sinh sống"; a town by its letters after "ở"
and a house ("o so 45 tt cho chu"). Each
family with its forms, and the ordinary words it must leave alone."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import check_prompt
from ai_guard.models import EntityType


def _addresses(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.ADDRESS
    ]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a birth year in a list run on one line: the person's, no house's
        (
            "nho lap danh sach: 1. vi van khoi 1972 ban chieng di xa moc chau son la 2. vi thi"
            " hien 1978 ban chieng di xa moc chau son la",
            "ban chieng di xa moc chau son la",
        ),
        (
            "ds: 1. vi van khoi 1972 ban chieng di xa moc chau son la 2. ha thi lan 1981 ban"
            " chieng di xa moc chau son la",
            "ban chieng di xa moc chau son la",
        ),
        # a commune's last syllable a village's word, then its province
        (
            "nam nay bac ba o thon dong chau xa hai lang quang tri 85 tuoi roi",
            "thon dong chau xa hai lang quang tri",
        ),
        ("bac o xa hai lang quang tri", "xa hai lang quang tri"),
        ("chu o xa tan lang quang tri nhe", "xa tan lang quang tri"),
        ("o phuong ngoc lang ha noi", "phuong ngoc lang ha noi"),
        # a ward of three words, then the city's unit word
        (
            "chu sau xe om nha o hem 51 tran hung dao phuong cau ong lanh tp hcm nho viet don",
            "hem 51 tran hung dao phuong cau ong lanh tp hcm",
        ),
        # a dash set as a comma, a city, its province; a known street of one word
        (
            "cu tru tai 15 pasteur phuong xuan huong - da lat lam dong, xin xac nhan",
            "15 pasteur phuong xuan huong - da lat lam dong",
        ),
        (
            "cu tru tai 15 le loi phuong xuan huong - da lat lam dong, xin",
            "15 le loi phuong xuan huong - da lat lam dong",
        ),
        (
            "bà ở 15 pasteur phường xuân hương - đà lạt lâm đồng",
            "15 pasteur phường xuân hương - đà lạt lâm đồng",
        ),
        ("cu tru tai phuong 1 - da lat - lam dong, xin", "phuong 1 - da lat - lam dong"),
        ("o 12 yersin phuong 10 tp da lat", "12 yersin phuong 10 tp da lat"),
        # a house, street, ward and district after "ở", nobody named before it
        (
            "khách thuê là ông zhang weiming quốc tịch trung quốc ở số 88 bàu cát 2 p.14 q. tân"
            " bình, em cần tờ khai",
            "số 88 bàu cát 2 p.14 q. tân bình",
        ),
        ("khach quoc tich han quoc o so 12 nguyen trai p.3 q.5 nhe", "so 12 nguyen trai p.3 q.5"),
        # "U" opening a district's name in a text with marks (no "ủ"); an old district
        # of three words marked "cũ" before its province
        (
            "ông danh sà mết ở ấp rạch giá xã vĩnh hòa huyện u minh thượng cũ an giang hỏi sao"
            " chưa nhận được tiền",
            "ấp rạch giá xã vĩnh hòa huyện u minh thượng cũ an giang",
        ),
        ("ông ở huyện u minh thượng an giang", "huyện u minh thượng an giang"),
        ("ông ở xã khánh lâm huyện u minh cà mau", "xã khánh lâm huyện u minh cà mau"),
        # a village named alone, then a clause that says someone lives there
        (
            "Bà Phẩy đề nghị làm lại đường vào bản Séo Phìn, nơi gia đình bà sinh sống.",
            "bản Séo Phìn",
        ),
        ("đường vào bản Nà Lừa, nơi anh ấy đang ở, bị sạt", "bản Nà Lừa"),
        ("ve thon Dong Tam, noi toi tam tru", "thon Dong Tam"),
        # a town by its letters, a name no list holds, after "ở" and a house's number
        (
            "co la giang thi lan o so 45 tt cho chu ho khau cu la thon ban xa phu thong",
            "so 45 tt cho chu",
        ),
        ("co ay o so 45 tt cho chu", "so 45 tt cho chu"),
        # a ward whose last syllable folds to an everyday word, written otherwise
        ("bà tư ở 45 nguyễn trãi p. bến nghé cãi nhau", "45 nguyễn trãi p. bến nghé"),
        ("bà tư ở 45 nguyễn trãi p. linh chiểu hôm qua", "45 nguyễn trãi p. linh chiểu"),
        ("bà tư ở 45 nguyễn trãi p. tân phong cãi nhau", "45 nguyễn trãi p. tân phong"),
    ],
)
def test_address_read_whole(text: str, address: str) -> None:
    found = _addresses(text)
    assert address in found
    assert not any(f != address and address in f for f in found)  # no year before it


@pytest.mark.parametrize(
    "text",
    [
        "o nha chieu nay roi",
        "tai sao ban chieu khong den",
        "so 2 la so dep",
        "phong hop tang 3 nhe",
        "ban chieu nay hop o phong 5",
        "hem nay toi lam",
        "sinh nam 1978 ban chieu di choi",
        "xa hai lang roi",
        "nam 1978 va 1985 la hai nam dep",
        "gui cong an phuong ben thanh, tru so o so 5 duong le loi phuong ben thanh tp hcm",
        "mua rau ở 12 chợ cũ p. 5",
        "thong tu so 12 tt cho phep",
        "bao cao so 12 tt cua bo",
        "gui o so 5 tt cho anh",
        "so 2 tt cho toi nhe",
        "đoàn về thăm xã Tả Van, nơi diễn ra lễ hội",
        "đoàn về thăm xã Tả Van, nơi có ruộng bậc thang",
        "trời nóng, xã ủ rơm rạ",
        "đường u ám quá",
        "xã u ám quá",
        "phường ủ ê quá",
    ],
)
def test_ordinary_words_stay_clean(text: str) -> None:
    assert _addresses(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # the everyday word written as such ends the ward's name before it
        ("bà tư ở 45 nguyễn trãi p. bến thành chiều nay đi", "45 nguyễn trãi p. bến thành"),
        ("bà ở 45 nguyễn trãi p. 3 chiều nay", "45 nguyễn trãi p. 3"),
    ],
)
def test_address_ends_where_it_should(text: str, address: str) -> None:
    assert _addresses(text) == [address]


@settings(max_examples=30, deadline=None)
@given(
    year=st.integers(min_value=1930, max_value=2010),
    item=st.integers(min_value=2, max_value=9),
)
def test_listed_birth_year_is_no_house(year: int, item: int) -> None:
    text = (
        f"danh sach: 1. vi van khoi 1972 ban chieng di xa moc chau son la {item}. vi thi hien"
        f" {year} ban chieng di xa moc chau son la"
    )
    found = _addresses(text)
    assert found == ["ban chieng di xa moc chau son la"] * 2
