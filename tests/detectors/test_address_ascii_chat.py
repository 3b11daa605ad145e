"""vn.address on addresses as chat types them, lower case and without diacritics (issue 15,
the "ascii" pass): a ward whose words are everyday words or unit words, vouched for by the
province after it ("phuong cho quan, tp.hcm"); a ward with no unit word between a street and a
known district ("12 le loi, thach thang, hai chau, da nang"); and what stays clean."""

from __future__ import annotations

import pytest

from ai_guard.detectors.address import AddressDetector
from ai_guard.text import Document


def found(text: str) -> list[str]:
    return [text[d.start : d.end] for d in AddressDetector().detect(Document(text))]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("noi cu tru: phuong cho quan, tp.hcm", "phuong cho quan, tp.hcm"),
        ("nơi cư trú: phường chợ quán, tp.hcm", "phường chợ quán, tp.hcm"),
        (
            "noi cu tru: 22/5 nguyen van cu, phuong cho quan, tp.hcm",
            "22/5 nguyen van cu, phuong cho quan, tp.hcm",
        ),
        (
            "nha ong khoi o 12 le loi, thach thang, hai chau, da nang, hoi sau",
            "12 le loi, thach thang, hai chau, da nang",
        ),
        (
            "nhà ông khôi ở 12 lê lợi, thạch thang, hải châu, đà nẵng, hỏi",
            "12 lê lợi, thạch thang, hải châu, đà nẵng",
        ),
    ],
)
def test_a_lower_case_ward_vouched_for_by_the_chain(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "gui 3 ban, toi qua, hai chau, da nang",  # no street after the number
        "ve van de xa hoi, ha noi",  # xã hội: no commune
    ],
)
def test_everyday_words_before_a_province_stay_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a ward by its bare "p" (no dot), then a district by its letter and number
        ("nha em o kp3 p long bình q9 tphcm nha", "kp3 p long bình q9 tphcm"),
        ("nha em o kp3, p long binh, q9, tphcm", "kp3, p long binh, q9, tphcm"),
        ("em ở p long bình q9 tphcm", "p long bình q9 tphcm"),
        ("o p tan dinh q1 nha a", "p tan dinh q1"),
        # inside a chain read from the house number
        ("ở số 5 đường lê lợi p bến thành q1 tphcm", "số 5 đường lê lợi p bến thành q1 tphcm"),
        ("o so 5 duong le loi p ben thanh q1", "so 5 duong le loi p ben thanh q1"),
    ],
)
def test_a_ward_by_its_bare_letter_before_a_district(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "o p tan dinh nha",  # no district after it: "p" may be anything
        "ở p 3 của báo cáo",
        "tai p long binh thi sao",
        "xem o p q1 2024",
    ],
)
def test_a_bare_letter_without_a_district_after_it_is_no_ward(text: str) -> None:
    assert found(text) == []
