"""Birth years and addresses side by side in chat (issue 15, holdout32): chat's "sn" before a
year and a residents' group or a village is "sinh năm", not "số nhà" (the year the person's,
the address from the group on); "ns" before a year right after a name; a year between pipes
in a list of people; a hamlet by its number after "sn <year> ở"; and the 2025 special zones
(đặc khu) as units with their names, with and without diacritics. What stays clean beside
them: a budget's year, a count, a cohort, a house numbered like a year on its street, a
special zone alone as a destination."""

from __future__ import annotations

import pytest

from ai_guard import check_prompt
from ai_guard.models import EntityType


def spans(text: str, entity: EntityType) -> list[str]:
    return [text[f.start : f.end] for f in check_prompt(text).findings if f.entity is entity]


def years(text: str) -> list[str]:
    return spans(text, EntityType.DATE_OF_BIRTH)


def addresses(text: str) -> list[str]:
    return spans(text, EntityType.ADDRESS)


@pytest.mark.parametrize(
    ("text", "year", "address"),
    [
        (
            "xac minh giup ong dinh van khoa sn 1962 to 7 phuong hoa khanh tp da nang",
            "1962",
            "to 7 phuong hoa khanh tp da nang",
        ),
        (
            "hồ sơ của bà nông thị lụa sn 1971 thôn 3 xã quảng hòa tỉnh cao bằng",
            "1971",
            "thôn 3 xã quảng hòa tỉnh cao bằng",
        ),
        (
            "chi h'lim nie sn 1990 buon cuor dang xa cuor dang tinh dak lak xin tro cap",
            "1990",
            "buon cuor dang xa cuor dang tinh dak lak",
        ),
    ],
)
def test_sn_year_then_a_group_is_a_birth_year_then_an_address(
    text: str, year: str, address: str
) -> None:
    assert years(text) == [year]
    assert addresses(text) == [address]


def test_house_numbered_on_its_group_stays_one_address() -> None:
    # a house's number that no year can be, before its group: the house's
    text = "gui ve nha ong tam sn 88 to 3 phuong quang trung tp vinh"
    assert years(text) == []
    assert addresses(text) == ["sn 88 to 3 phuong quang trung tp vinh"]


def test_hamlet_by_number_after_sn_year_o() -> None:
    text = "doi chieu cccd cua dang thi hoa sn 1983 o xom 6 xem dung ko"
    assert years(text) == ["1983"]
    assert addresses(text) == ["xom 6"]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("viet nhan xet cho dong chi luong van toan ns 1988 cong tac tai phong noi vu", "1988"),
        ("ho so cua chi ha thi mai ns: 1979, tam tru tai xa tan lap", "1979"),
    ],
)
def test_ns_year_after_a_name(text: str, year: str) -> None:
    assert years(text) == [year]


@pytest.mark.parametrize(
    "text",
    [
        # a budget ("ngân sách") and nanoseconds: no name before "ns"
        "du toan ns 2024 cua xa da giao du chua",
        "do tre trung binh 5 ns 2000 lan do",
        # a cohort, a year, a count
        "thong ke tre sinh nam 2020 tren dia ban xa",
        "Có bao nhiêu học sinh sinh năm 2012 chưa tiêm?",
        "ke hoach nam 2024 cua phong noi vu",
        "toan tinh co 1986 can bo cong chuc cap xa",
    ],
)
def test_years_that_are_no_birth_years(text: str) -> None:
    assert years(text) == []


def test_years_between_pipes_in_a_list_of_people() -> None:
    text = (
        "Xếp theo tuổi giúp:\n- Bế Văn Thắng | 1975 | Phó Giám đốc\n- Ma Thị Nguyệt | 1983 |"
        " kế toán\n- Hà Quốc Hưng | 1992 | văn thư"
    )
    assert years(text) == ["1975", "1983", "1992"]


def test_one_year_between_pipes_alone_is_no_list() -> None:
    # one name with a year between pipes may be the year of a prize
    assert years("Khen thưởng | Nguyễn Văn Hùng | 2023 | chiến sĩ thi đua") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "chu ho la anh vu van thanh o khu so 2 dac khu van don quang ninh",
            "khu so 2 dac khu van don quang ninh",
        ),
        ("bà tư ở thôn 3 đặc khu cô tô tỉnh quảng ninh", "thôn 3 đặc khu cô tô tỉnh quảng ninh"),
        ("anh sau o to 4 dac khu kien hai tinh an giang", "to 4 dac khu kien hai tinh an giang"),
        ("ông Lực ở xã Thổ Châu cũ, đặc khu Thổ Châu, tỉnh An Giang", None),
        (
            "Ông Lực ở tổ dân phố 2, đặc khu Cát Hải, TP Hải Phòng",
            "tổ dân phố 2, đặc khu Cát Hải, TP Hải Phòng",
        ),
        ("ONG LUC O THON 1, DAC KHU CON CO, QUANG TRI", "THON 1, DAC KHU CON CO, QUANG TRI"),
    ],
)
def test_special_zones_as_units(text: str, address: str | None) -> None:
    if address is None:
        assert addresses(text), text
    else:
        assert addresses(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "hoi nghi tong ket to chuc tai dac khu phu quoc",
        "doan cong tac ra dac khu ly son tu ngay 5/8",
        "cho hoi dac khu bach long vi co bao nhieu dan",
    ],
)
def test_special_zone_alone_as_a_venue_or_a_destination(text: str) -> None:
    assert addresses(text) == []


def test_a_named_child_in_a_count_keeps_the_year() -> None:
    # the count opens the clause, but a name stands between it and the cue: the child's year
    assert years("Thống kê trẻ Lò Văn Páo sinh năm 2020, con anh Lò Văn Sính") == ["2020"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # what a complaint says the neighbour does, spelled with its marks, ends the ward
        (
            "bà lan phản ánh nhà ông tú ở số 7 tổ 2 phường an hòa lấn vỉa hè",
            "số 7 tổ 2 phường an hòa",
        ),
        (
            "hộ ông khải ở xóm 3 xã nghĩa hưng thả trâu phá lúa",
            "xóm 3 xã nghĩa hưng",
        ),
    ],
)
def test_a_verb_after_a_lower_case_ward_ends_it(text: str, address: str) -> None:
    assert addresses(text) == [address]


def test_village_typed_plain_whose_name_spells_chat_words() -> None:
    # "bản Co Mạ" typed plain: "co ma" are chat's words too; after "tại" and a comma, before
    # its commune, the village's
    text = "xac minh tai ban co lay, xa muong khoa, tinh lai chau ve viec thi hanh an"
    assert addresses(text) == ["ban co lay, xa muong khoa, tinh lai chau"]


def test_you_and_chat_words_before_a_commune_stay_out() -> None:
    assert addresses("o ban co the, xa nay co bao nhieu ho ngheo") == []
    assert addresses("tai ban ay, xa xa qua nen khong den duoc") == []


def test_village_answering_which_village() -> None:
    text = "A: ông sính ở bản nào thế?\nB: bản pa khôm anh ạ"
    assert addresses(text) == ["bản pa khôm"]
    text = "Hoa: e o xom nao?\nLan: xom bai em"
    assert addresses(text) == ["xom bai"]


def test_friend_answering_is_no_village() -> None:
    # "bạn" typed plain opens the answer but no one asked which village
    assert addresses("A: ông sính ở đâu?\nB: ban hoi lam gi") == []
    assert addresses("A: anh o ban nao?\nB: ban hoi lam gi the") == []


def test_residents_group_as_a_list_rows_field() -> None:
    text = "ds hop to dan pho:\n1. tran thi hue - to 4 - 0912 448 103\n2. le van tam - to 7"
    assert addresses(text) == ["to 4", "to 7"]
    text = "1. Nguyễn Văn Hải, tổ 7, 3 khẩu\n2. Lê Thị Hoa, tổ 3, 2 khẩu"
    assert addresses(text) == ["tổ 7", "tổ 3"]


@pytest.mark.parametrize(
    "text",
    [
        # a map sheet and a parcel
        "1. nguyen van hai - to 3 ban do so 12\n2. le thi hoa - to 5, thua 45",
        # a work team on a payroll
        "bang luong thang 5: 1. tran van son - to 2 - 6tr\n2. le thi hoa - to 1 - 5tr",
        # "tổ 5" right after a name with no comma or dash: no field
        "ong nguyen van hai to 5 nguoi di hop",
    ],
)
def test_to_that_is_no_residents_group_in_a_row(text: str) -> None:
    assert addresses(text) == []
