"""Addresses typed in chat (issue 15): a capitalised ward or district and its province with no
comma between, and a tenant's flat before a building and an estate ahead of its ward. Shapes no
corpus holds; the controls (an agency, a meeting's venue, a visit) stay as they were."""

from __future__ import annotations

import pytest

from ai_guard import check_prompt
from ai_guard.models import EntityType


def _addresses(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.ADDRESS
    ]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # the province ends the ward's capitalised name, no comma between
        (
            "em dang o phuong Dich Vong Hau Ha Noi, can xin giay xac nhan",
            "phuong Dich Vong Hau Ha Noi",
        ),
        ("nha o quan Hai Ba Trung HN nhe", "quan Hai Ba Trung HN"),
        ("ong ay tam tru xa Tan Lap Dan Phuong Ha Noi", "xa Tan Lap Dan Phuong Ha Noi"),
        (
            "can ho 1502 toa S2 phuong Tay Mo Ha Noi la nha em",
            "can ho 1502 toa S2 phuong Tay Mo Ha Noi",
        ),
        ("chị ở phường Khương Đình Hà Nội, nhờ viết đơn", "phường Khương Đình Hà Nội"),
        # a tenant's flat, its building and estate before the ward
        (
            "ong ay thue can P.1203 toa A2 phuong Dai Kim Ha Noi",
            "P.1203 toa A2 phuong Dai Kim Ha Noi",
        ),
        ("chi thue phong 305 nha B phuong Dich Vong HN", "phong 305 nha B phuong Dich Vong HN"),
        (
            "anh ay thue can P.0807 toa HH2 kdt Xa La phuong Phuc La Ha Noi, hoi",
            "P.0807 toa HH2 kdt Xa La phuong Phuc La Ha Noi",
        ),
    ],
)
def test_chat_address_found_whole(text: str, address: str) -> None:
    assert address in _addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        "UBND phuong Phu Thuong Ha Noi to chuc hoi nghi",
        "Quận Ba Đình Hà Nội tổ chức hội nghị tổng kết",
        "Công an quận Cầu Giấy Hà Nội thông báo",
        "đoàn công tác về thăm phường Phú Thượng Hà Nội",
        "xã Quảng Ninh có 12 hộ nghèo",
    ],
)
def test_agency_or_visit_stays_clean(text: str) -> None:
    assert _addresses(text) == []


def test_meeting_room_stays_out_of_the_ward() -> None:
    # a meeting's room is no tenant's flat: only the ward is read
    text = "hop tai phong 305 nha B phuong Dich Vong HN"
    assert not any(a.startswith("phong") for a in _addresses(text))


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a ward whose first word is a known city ("Vinh"), then a known city of two words
        ("nha em o khom 2 p. vinh bao long xuyen, can hoi", "khom 2 p. vinh bao long xuyen"),
        ("co ay o to 7 phuong vinh hiep rach gia", "to 7 phuong vinh hiep rach gia"),
        # a village, then a verb of going and the commune it goes to: the village alone
        ("anh y bhong o buon ea sup ve xa cu mgar lam viec", "buon ea sup"),
        ("anh ấy ở buôn ko đông đến xã nhân tiến hỗ trợ", "buôn ko đông"),
    ],
)
def test_lower_case_name_ends_where_it_should(text: str, address: str) -> None:
    assert address in _addresses(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # "đền" (a temple) in a hamlet's name, written so, is no verb of going
        ("ở thôn ba đền xã hưng đạo, huyện tứ kỳ", "thôn ba đền xã hưng đạo, huyện tứ kỳ"),
        # a name of one syllable before the verb: the chain is kept whole, as before
        ("ông ở thôn phú về xã an bình", "thôn phú về xã an bình"),
    ],
)
def test_going_word_kept_where_it_is_no_verb(text: str, address: str) -> None:
    assert address in _addresses(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a hamlet's word typed plain before its number, the rest with marks
        ("họ ở xom 2 xã nghĩa dân", "xom 2 xã nghĩa dân"),
        ("ông ở thon 3 xã tân lập, huyện đan phượng", "thon 3 xã tân lập, huyện đan phượng"),
        # the Thai "co" opening a village's name, beside a syllable with its marks
        ("nó ở bản co lếch rồi", "bản co lếch"),
        ("ông ấy ở bản co lếch.", "bản co lếch"),
        (
            "gui ong lo van thanh, ban co lay, xa muong lat, tinh thanh hoa",
            "ban co lay, xa muong lat, tinh thanh hoa",
        ),
    ],
)
def test_plain_words_in_addresses(text: str, address: str) -> None:
    assert address in _addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        "ban co the giup minh ko",
        "ban co biet.",
        "hoi ban co khong, em can",
        "ban co ve, ban co nho",
        "bạn co lếch ko",
        "ở bản có lếch",
    ],
)
def test_you_have_is_no_village(text: str) -> None:
    assert _addresses(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # an urban area's name after a known city's word, read to the text's end
        ("anh o can ho 808 toa C1 kdt vinh hung", "can ho 808 toa C1 kdt vinh hung"),
        ("anh o can ho 808 toa C1 khu do thi vinh hung", "can ho 808 toa C1 khu do thi vinh hung"),
    ],
)
def test_urban_area_read_to_the_end(text: str, address: str) -> None:
    assert address in _addresses(text)


def test_urban_area_as_a_project_stays_clean() -> None:
    assert _addresses("du an khu do thi vinh diem trung") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a syllable of the ward's name written otherwise than the unit word it folds to
        ("đang ở phường tô hiệu sơn la quê bản pá sập", "phường tô hiệu sơn la"),
        # a dormitory's numbered room after the addressee's name, no residence cue
        (
            "gui thu cho tran van binh phong 118 ktx khu a dhbk phuong bach khoa ha noi",
            "phong 118 ktx khu a dhbk phuong bach khoa ha noi",
        ),
    ],
)
def test_ward_and_dormitory(text: str, address: str) -> None:
    assert address in _addresses(text)


def test_written_unit_word_stays_a_unit() -> None:
    # "tổ" written so opens no ward's name
    assert _addresses("ông ở xã tổ hiệu sơn la") == []


def test_name_ending_in_the_room_word_keeps_its_words() -> None:
    # "Phong" ends the name as read and "phòng" opens the address: the name's other words
    # stay redacted as the name
    text = "gui thu cho tran van binh phong 118 ktx khu a dhbk phuong bach khoa ha noi"
    names = [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.PERSON
    ]
    assert names == ["tran van binh"]


def test_meeting_room_is_no_dormitory() -> None:
    text = "hop tai phong 302 nha A phuong dong hoa tp hcm"
    assert not any(a.startswith("phong") for a in _addresses(text))


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a later syllable written otherwise than the everyday word it folds to ("cậu")
        ("ông ấy ở bản pa cấu", "bản pa cấu"),
        # a listed person's full name, then the village and its commune
        (
            "da nhan: lo van pom ban na sai xa muong chien, quang van hom",
            "ban na sai xa muong chien",
        ),
        # the village's last syllable on the next line, then its commune
        ("ông ấy ở bản huổi\nlèng xã mường mươn", "bản huổi\nlèng xã mường mươn"),
    ],
)
def test_villages_in_lists_and_lines(text: str, address: str) -> None:
    assert address in _addresses(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("ông ấy ở bản pa cậu ạ", "bản pa"),
        ("ông ấy ở bản nà\nxã hội đang lo", "bản nà"),
    ],
)
def test_everyday_words_stay_out_of_villages(text: str, address: str) -> None:
    assert _addresses(text) == [address]


def test_team_before_a_village_is_no_person() -> None:
    assert _addresses("các đội văn nghệ bản nà lừu xã quỳnh nhai") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a lane ("kiệt") by its letter glued to the house number, then a street typed plain
        (
            "chị ở k27/9 hoàng diệu phường phước ninh đà nẵng nhé",
            "k27/9 hoàng diệu phường phước ninh đà nẵng",
        ),
        (
            "anh o k.41/3 le duan p. hai chau da nang",
            "k.41/3 le duan p. hai chau da nang",
        ),
        # a resettlement area in lower case, as "khu dân cư" is
        (
            "nha o lo 12 khu tai dinh cu hoa hiep, phuong hoa hiep bac, da nang",
            "lo 12 khu tai dinh cu hoa hiep, phuong hoa hiep bac, da nang",
        ),
    ],
)
def test_lanes_and_areas(text: str, address: str) -> None:
    assert address in _addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        "dự án khu tái định cư phú mỹ đang chậm tiến độ",
        "khu tái định cư mới cần thêm vốn",
        "diem k12 toan hoc phuong phap moi",
    ],
)
def test_project_or_grade_stays_clean(text: str) -> None:
    assert _addresses(text) == []


def test_cohort_code_opens_no_lane() -> None:
    text = "lop k62 cong nghe thong tin phuong thanh khe da nang"
    assert not any(a.startswith("k62") for a in _addresses(text))


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a tower by its name after a flat's or room's number, then the street
        (
            "thư gửi về căn hộ 1203 tòa Sunrise, 91 Nguyễn Hữu Cảnh, phường Thạnh Mỹ Tây, TP.HCM.",
            "căn hộ 1203 tòa Sunrise, 91 Nguyễn Hữu Cảnh, phường Thạnh Mỹ Tây, TP.HCM",
        ),
        # a ward's last word that is also a unit word, right before the city
        ("anh o 12 Ly Tu Trong P.Ben Quan TP.HCM, can hoi", "12 Ly Tu Trong P.Ben Quan TP.HCM"),
    ],
)
def test_named_tower_and_ward_before_city(text: str, address: str) -> None:
    assert address in _addresses(text)


def test_named_tower_alone_is_no_address() -> None:
    assert _addresses("tòa Sunrise rất đẹp") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a ward of two words, then its district and province by name with no comma
        ("em o phuong dai kim hoang mai ha noi nhe", "phuong dai kim hoang mai ha noi"),
        (
            "can ho 808 chung cu ct3 phuong dai kim hoang mai ha noi",
            "can ho 808 chung cu ct3 phuong dai kim hoang mai ha noi",
        ),
    ],
)
def test_lower_case_ward_then_district(text: str, address: str) -> None:
    assert address in _addresses(text)


def test_which_ward_question_is_no_address() -> None:
    assert _addresses("hop o phuong nao hoang mai ha noi") == []


def test_household_head_then_hamlet_and_commune() -> None:
    # a household by its head's full name in a chat line, then the hamlet and its commune
    text = "Son: ho ong le van tam thon ha xa cam lac da nhan"
    assert "thon ha xa cam lac" in _addresses(text)


def test_pronoun_before_a_hamlet_is_no_household() -> None:
    assert _addresses("Son: ong nay thon trung xa cam lac da nhan") == []
