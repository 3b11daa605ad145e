"""vn.address in plain chat (issue 15, i15-addr23): who lives somewhere in chat's short forms
before "ở" ("e", "c", "thg hai", "con mai"), a residents' group by its number alone after
them ("anh quý ở tổ 12"), a house on a street named after a legend or a first king ("18 âu
cơ"), a house and a named street right after an address's label typed plain ("dc: 12 le van
sy nhe"), and chat's closing particle after a lane's street ("... ngõ 12 tây sơn nhé"); and
the everyday sentences around those words that must stay clean (a car's seats "ô tô 7 chỗ",
"tổ 3 người", "18 tuổi", "ở nhà")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ai_guard.detectors.address import AddressDetector
from ai_guard.text import Document


def found(text: str) -> list[str]:
    return [text[d.start : d.end] for d in AddressDetector().detect(Document(text))]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # chat's short forms of who lives there, then "ở" and a hamlet by its number
        ("vk thg hai o xom 4 len xa khoc bao chong danh", "xom 4"),
        ("e o xom 4 nhe", "xom 4"),
        ("c lan o xom 9", "xom 9"),
        ("con mai o xom 2", "xom 2"),
        ("a hung o thon 3 xa nghi loc", "thon 3 xa nghi loc"),
        # a residents' group by its number alone after who lives there and "ở"
        ("nhan giup anh quy va co tuoi o to 12 mai 8h len phuong ky giay", "to 12"),
        ("anh quy o to 12", "to 12"),
        ("chi o to 12 nhe", "to 12"),
        ("bà ấy ở tổ 5 nhé", "tổ 5"),
        ("anh ay o to 5.", "to 5"),
        # a house on a street named after a legend or a first king, typed plain
        ("nha e o 18 au co nhe", "18 au co"),
        ("ong tam o 125 lac long quan.", "125 lac long quan"),
        ("chị ấy ở 40 kinh dương vương nhé", "40 kinh dương vương"),
        # a house and a named street right after an address's label typed plain
        ("dc: 12 le van sy nhe", "12 le van sy"),
        ("dia chi nha em 45 nguyen trai nhe", "45 nguyen trai"),
        ("dc e la 45 nguyen trai nha", "45 nguyen trai"),
        ("đc: 45 nguyễn trãi nhé", "45 nguyễn trãi"),
        ("địa chỉ: 18 âu cơ", "18 âu cơ"),
        ("dia chi 18 tran hung dao, mai e gui", "18 tran hung dao"),
        ("ong tam o 18 tran hung dao, mai e gui", "18 tran hung dao"),
        # wards and districts by their numbers after a house on a named street
        ("ong tam o 18 tran hung dao, phuong 5", "18 tran hung dao, phuong 5"),
        ("ong tam o 18 tran hung dao p5", "18 tran hung dao p5"),
        ("ong tam o 18 tran hung dao, p.7, quan 10, mai e qua", "18 tran hung dao, p.7, quan 10"),
        ("ong tam o 58 tran phu, phuong 4, quan 5", "58 tran phu, phuong 4, quan 5"),
        # or by a lower-case name after the ward's word or its letter and dot, no comma
        ("ông tám ở 88/14 trần hưng đạo p. chánh hưng.", "88/14 trần hưng đạo p. chánh hưng"),
        (
            "ông tám ở 88/14 trần hưng đạo, quận bình thạnh nhé",
            "88/14 trần hưng đạo, quận bình thạnh",
        ),
        (
            "ông tám ở 88/14 trần hưng đạo p. tân định, q1, mai qua",
            "88/14 trần hưng đạo p. tân định, q1",
        ),
        # a house on "đường số N", then the rest
        ("c lien o 17 duong so 5 an phu tp hcm hoi cach", "17 duong so 5 an phu tp hcm"),
        ("chị liên ở 17 đường số 5 an phú tp hcm hỏi", "17 đường số 5 an phú tp hcm"),
        # a ward or commune by its bare letter closing groups and hamlets by their numbers
        ("ba o to 3 kp 2 p tan hiep nhe", "to 3 kp 2 p tan hiep"),
        ("ba o to 3 kp 2, p tan hiep, mai e qua", "to 3 kp 2, p tan hiep"),
        ("ong o xom 4 x nghi loc.", "xom 4 x nghi loc"),
        # (not chat's words after the letter: "p làm việc" is no ward)
        ("o to 3 kp 2 p lam viec nhe", "to 3 kp 2"),
        # chat's closing particle after a lane's street of any name
        ("dc: so 7 ngo 12 tay son nhe", "so 7 ngo 12 tay son"),
        ("nha em o so 7 ngo 12 tay son roi", "so 7 ngo 12 tay son"),
        ("o so 9 ngo 41 phan dinh giot nhe", "so 9 ngo 41 phan dinh giot"),
    ],
)
def test_plain_chat_address(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        # a car typed plain ("ô tô"), its seats or load; a count of people
        "nha em o to 16 cho",
        "chi ay ngoi o to 7 cho di da lat",
        "bà ấy đi ô tô 5 chỗ",
        "anh ay di ô tô 12 mai ve",
        "di o to 12 nguoi",
        "em o to 3 nguoi",
        "to 3 nguoi di an",
        # an errand, an age, a count, home
        "mua ba cai o phuong 5",
        "em 18 tuoi",
        "2 ngo phai re trai",
        "nha em o day",
        "ở nhà nhé",
        "o day luon",
        # a label's words then no street ("3 người", "5 ngày")
        "dc 3 nguoi di",
        "dia chi 5 ngay nua moi co",
        "dc: 12 cai ghe nhe",
        # minutes ("đợi 15 p nữa")
        "doi 15 p nua nhe",
        "cho doi 15 p nua di",
    ],
)
def test_plain_chat_clean(text: str) -> None:
    assert found(text) == []


@given(
    who=st.sampled_from(["nha em", "anh quy", "chi lan", "e", "c"]),
    number=st.integers(min_value=1, max_value=99),
    seats=st.sampled_from(["cho", "ghe", "tan", "chiec", "nguoi"]),
)
def test_car_seats_after_o_to_are_no_group(who: str, number: int, seats: str) -> None:
    """ "ở ô tô 16 chỗ" typed plain is a car, whoever is before it and whatever its number."""
    assert found(f"{who} o to {number} {seats} di da lat") == []


@given(
    who=st.sampled_from(["anh quy", "chi lan", "e", "c", "ba tu", "vk thg hai"]),
    number=st.integers(min_value=1, max_value=99),
    after=st.sampled_from(["", " nhe", ", mai len phuong", " mai 8h len xa"]),
)
def test_group_after_someone_o(who: str, number: int, after: str) -> None:
    """A residents' group by its number after who lives there and "ở", whatever follows."""
    assert found(f"{who} o to {number}{after}") == [f"to {number}"]


@pytest.mark.parametrize(
    "text",
    ["ông tám ở 12 lê lợi p. hay đi chơi", "ông tám ở 12 lê lợi p. nào cũng được"],
)
def test_no_ward_from_chat_words(text: str) -> None:
    """After a street, "p." before chat's words ("hay", "nào") reads no ward's name."""
    assert not any("hay" in f or "nào" in f for f in found(text))


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("ông Nguyễn Văn An ở 12 Lê Lợi", "12 Lê Lợi"),
        ("chị Lan ở 45 Nguyễn Trãi nhé", "45 Nguyễn Trãi"),
        ("anh An ở 12 Lê Lợi gọi hỏi", "12 Lê Lợi"),
        ("Chị Lan ở 12 Nguyễn Văn Cừ.", "12 Nguyễn Văn Cừ"),
        ("anh Tú ở 5 Hàng Bông.", "5 Hàng Bông"),
    ],
)
def test_a_house_on_a_street_in_proper_case_after_someone_and_o(text: str, address: str) -> None:
    """A house's number and its street written in proper case with no ward after it: no
    chain reads it, the lower-case rule did not (it left capitals to the chains)."""
    assert found(text) == [address]


@pytest.mark.parametrize(
    "text", ["ông Tám ở 3 Người", "anh An ở 2 Năm", "Bà Hoa ở 2 Phòng Họp", "Ông Ba ở 3 Ngày Hôm"]
)
def test_capitalised_words_after_a_number_that_name_no_street_stay_clean(text: str) -> None:
    assert found(text) == []
