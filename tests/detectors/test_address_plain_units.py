"""vn.address: unit words and villages as chat types them, lower case, with or without
diacritics (issue 15): a commune's syllable that folds to a unit word ("xã mỹ tịnh an"), a
province's name that is whole, a numbered village before its commune, a ward whose name opens
with an everyday word inside a chain, a parcel's map sheet ("thửa 112 tờ 18") that is no
residential group; and what stays as it was beside them."""

from __future__ import annotations

import pytest

from ai_guard.detectors.address import AddressDetector
from ai_guard.text import Document


def found(text: str) -> list[str]:
    return [text[d.start : d.end] for d in AddressDetector().detect(Document(text))]


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        # "tinh" inside a commune's name: no province follows it
        pytest.param(
            "- ong mai van tam, ap my hoa, xa my tinh an, dien tich thu hoi 1.240 m2",
            ["ap my hoa, xa my tinh an"],
            id="tinh-syllable-plain",
        ),
        pytest.param(
            "- ông mai văn tám, ấp mỹ hòa, xã mỹ tịnh an, diện tích thu hồi 1.240 m2",
            ["ấp mỹ hòa, xã mỹ tịnh an"],
            id="tinh-syllable-lower",
        ),
        # ... and a province after it still ends the commune's name
        pytest.param(
            "em o xa nghi phong tinh nghe an",
            ["xa nghi phong tinh nghe an"],
            id="tinh-province-kept",
        ),
        pytest.param(
            "o xa an tinh, tinh tay ninh",
            ["xa an tinh, tinh tay ninh"],
            id="tinh-last-syllable",
        ),
        # a province's name is whole: the words after it are the sentence's
        pytest.param(
            "tru tai buon ea knop, xa ea kar, tinh dak lak dieu khien, cho theo chi h'lim",
            ["buon ea knop, xa ea kar, tinh dak lak"],
            id="province-whole",
        ),
        # a numbered village before its commune and province
        pytest.param(
            "ba ut em, cccd 089172559018, o ap my an 1, xa cho moi, tinh an giang; ong hai",
            ["ap my an 1, xa cho moi, tinh an giang"],
            id="numbered-hamlet-after-o",
        ),
        pytest.param(
            "dia chi: thôn tà lú 2, xã bác ái đông, tỉnh khánh hòa. chẩn đoán: viêm phổi",
            ["thôn tà lú 2, xã bác ái đông, tỉnh khánh hòa"],
            id="numbered-hamlet-lower",
        ),
        pytest.param(
            "cu ho van poi, 81 tuoi, ban vay 2, xa huong lap, tinh quang tri",
            ["ban vay 2, xa huong lap, tinh quang tri"],
            id="numbered-village-plain",
        ),
        # a ward whose name opens with an everyday word, inside a chain, its province after
        pytest.param(
            "nhan thua ke thua dat tai to 4, khu 3, phuong cua ong, tinh quang ninh tu me",
            ["to 4, khu 3, phuong cua ong, tinh quang ninh"],
            id="ward-everyday-inside",
        ),
        # a parcel and its map sheet before the address are no part of it
        pytest.param(
            "- nguyen van duc, mst 1500431817, thua 112 to 18, ap phu thanh, xa long ho, "
            "tinh vinh long, no 214.500.000 dong.",
            ["ap phu thanh, xa long ho, tinh vinh long"],
            id="map-sheet-plain",
        ),
        pytest.param(
            "- huynh thi kim hoa, thua dat so 57 to 4, so 19 duong pham thai buong, "
            "phuong thanh duc, tinh vinh long",
            ["so 19 duong pham thai buong, phuong thanh duc, tinh vinh long"],
            id="map-sheet-numbered-parcel",
        ),
        # a residential group typed plain, with no parcel before it, is still one
        pytest.param(
            "o to 18, ap phu thanh, xa long ho, tinh vinh long",
            ["to 18, ap phu thanh, xa long ho, tinh vinh long"],
            id="group-kept",
        ),
    ],
)
def test_plain_units(text: str, addresses: list[str]) -> None:
    assert found(text) == addresses


@pytest.mark.parametrize(
    "text",
    [
        # "bạn" and a number before a commune is no village: a pronoun
        "ban toi 2, xa huong lap, tinh quang tri",
        # a province alone after "tinh" still is one, and no commune's syllable
        "doan cong tac ve tinh nghe an",
    ],
)
def test_plain_units_not_villages(text: str) -> None:
    assert not any(a.startswith(("ban", "tinh")) for a in found(text))


_HOUSEHOLDS_PLAIN = (
    "stt\tho ten chu ho\tcccd\tthon\tso khau\n"
    "1\ttran van ngo\t049062104587\tthon ap nhi\t4\n"
    "2\talang thi nhan\t049184712065\tthon ta lang\t5\n"
)
_PIPES_LOWER = (
    "stt | họ tên | ngày sinh | dân tộc | bản | mã thẻ bhyt\n"
    "1 | pờ xì chừ | 10/05/1994 | hà nhì | bản tá miếu | dt2111122034857\n"
    "2 | lỳ a hừ | 01/01/2001 | cống | bản nậm là | dt2111122047316\n"
)


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        # the cell's edges bound the name, whatever words it holds ("tà", "ấp")
        pytest.param(_HOUSEHOLDS_PLAIN, ["thon ap nhi", "thon ta lang"], id="tab-plain"),
        pytest.param(_PIPES_LOWER, ["bản tá miếu", "bản nậm là"], id="pipe-lower"),
    ],
)
def test_village_in_residence_column(text: str, addresses: list[str]) -> None:
    assert found(text) == addresses


@pytest.mark.parametrize(
    "text",
    [
        # a table of hamlets that lists no one
        "stt\tthon\tso ho\n1\tthon ap nhi\t45\n2\tthon ta lang\t38\n",
        # a column of where one works, not where one lives
        "stt\tho ten\tdon vi\n1\ttran van ngo\tban tiep cong dan\n",
        # a village typed plain out of any table stays as it was: no residence cue
        "thon ta lang co 45 ho",
    ],
)
def test_village_cells_left_alone(text: str) -> None:
    assert found(text) == []


def test_hamlet_field_of_a_lower_case_list() -> None:
    text = (
        "danh sach ho tro thiet hai do bao so 5\n"
        "1. cao xuan loc - xom 6 - sap hoan toan nha o - 40.000.000d - ky nhan\n"
        "2. ho thi man - xom 11 - toc mai tren 70% - 10.000.000d - ky nhan\n"
    )
    assert found(text) == ["xom 6", "xom 11"]


def test_numbered_field_after_no_person_left_alone() -> None:
    # a programme's items, no one's full name before the dash
    assert found("1. van nghe - thon 3 - bieu dien 20 phut\n2. the thao - xom 4 - keo co\n") == []


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        # a tab opens the next cell: the amount there is no name's number
        pytest.param(
            "1\thua van thang\t4690763796\tso 27 duong chi lang, phuong phu xuan, tp hue"
            "\t45.000.000\n",
            ["so 27 duong chi lang, phuong phu xuan, tp hue"],
            id="tab-amount",
        ),
        pytest.param(
            "dia chi: so 27 duong chi lang, phuong phu xuan, tp hue 45.000.000 dong",
            ["so 27 duong chi lang, phuong phu xuan, tp hue"],
            id="amount-after-space",
        ),
        # a name's own number after a space stays the name's
        pytest.param(
            "tru tai ap binh hoa 2, xa tan phu, tinh dong thap.",
            ["ap binh hoa 2, xa tan phu, tinh dong thap"],
            id="name-number-kept",
        ),
    ],
)
def test_number_after_name(text: str, addresses: list[str]) -> None:
    assert found(text) == addresses


def test_household_hamlet_typed_plain() -> None:
    text = (
        "ho tro tien dien quy iv:\n"
        "ho ong lam van den - ap chau hung - 0368 452 017\n"
        "ho ong truong van le - ap ba tuong - 0812 609 354\n"
    )
    assert found(text) == ["ap chau hung", "ap ba tuong"]


@pytest.mark.parametrize(
    "text",
    [
        # a heading: no honorific and name before the dash
        "danh sach ho ngheo - ap ba tuong - nam 2026\n",
        # no dash: a sentence, not a row
        "ho ong lam van den o gan ap ba tuong\n",
    ],
)
def test_household_hamlet_left_alone(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        # a village after someone's age and a comma, then its commune, typed plain
        pytest.param(
            "- quang van pan, 54 tuoi, ban pa sang, xa chieng coi, bo thuoc tu 03/11",
            ["ban pa sang, xa chieng coi"],
            id="after-age-plain",
        ),
        pytest.param(
            "- lường thị ơn, 61 tuổi, bản hài, xã chiềng cơi, bỏ thuốc 10 ngày",
            ["bản hài, xã chiềng cơi"],
            id="after-age-lower",
        ),
        # "ủy ban", "giao ban" typed plain: a committee, a briefing, no village
        pytest.param(
            "kinh gui: ubnd xa quang hoa, tinh cao bang; uy ban mttq viet nam xa.", [], id="uy-ban"
        ),
        pytest.param(
            "bien ban hop giao ban tram y te xa chieng coi, tinh son la, ngay 20/11/2026",
            [],
            id="giao-ban",
        ),
        # ... while a village "bản" typed plain after "ở" stays one
        pytest.param(
            "o ban tram, xa chieng coi, tinh son la",
            ["ban tram, xa chieng coi, tinh son la"],
            id="ban-village-kept",
        ),
        # a village in a bracket after someone's name, then its commune
        pytest.param(
            "con 2 ho chua chuyen la ong dieu lanh (soc bom bo, xa tan lap) do sai tai khoan",
            ["soc bom bo, xa tan lap"],
            id="bracket-after-person",
        ),
        pytest.param("hoi thao ve van hoa (soc bom bo, xa tan lap) do", [], id="bracket-no-one"),
        # "bạn" with its marks after an age is a friend
        pytest.param("ông ấy 61 tuổi, bạn hài, xã chiềng cơi", [], id="friend-after-age"),
    ],
)
def test_villages_typed_plain(text: str, addresses: list[str]) -> None:
    assert found(text) == addresses


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        pytest.param(
            "2014-2018 o ky tuc xa khu b, phuong dong hoa, di an, binh duong; 2018 den nay",
            ["ky tuc xa khu b, phuong dong hoa, di an, binh duong"],
            id="dormitory-block-plain",
        ),
        pytest.param(
            "dia chi tam tru cua ba la phong 305 nha tro bich ngan, hem 51 tran hoang na, "
            "phuong tan an, tp can tho cho ong trieu biet",
            ["phong 305 nha tro bich ngan, hem 51 tran hoang na, phuong tan an, tp can tho"],
            id="lodging-room-plain",
        ),
        # a lodging house with no room before it says what stands there, no more
        pytest.param(
            "co nha tro bich ngan, hem 51 tran hoang na, phuong tan an, tp can tho",
            ["hem 51 tran hoang na, phuong tan an, tp can tho"],
            id="lodging-without-room",
        ),
    ],
)
def test_lodging_typed_plain(text: str, addresses: list[str]) -> None:
    assert found(text) == addresses
