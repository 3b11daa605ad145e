"""vn.address: places whose names read as everyday words once typed plain or in lower case
(issue 15, seventh session): a street's or ward's first syllable that is "xuống" or "của"
without its marks ("đường xương giang", "p cửa nam") inside a chain that vouches for it; and
the ordinary sentences with the same words that must stay clean."""

from __future__ import annotations

import pytest

from ai_guard.detectors.address import AddressDetector
from ai_guard.text import Document


def found(text: str) -> list[str]:
    return [text[d.start : d.end] for d in AddressDetector().detect(Document(text))]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a street after a lane and a comma, its name opening with "xương" ("xuống" typed
        # plain), then a comma and a ward: the whole chain
        (
            "ho ong du duoc cap so nha 17, ngo 5, duong xuong giang, phuong bac giang, tinh bac"
            " ninh.",
            "so nha 17, ngo 5, duong xuong giang, phuong bac giang, tinh bac ninh",
        ),
        (
            "hộ ông dự được cấp số nhà 17, ngõ 5, đường xương giang, phường bắc giang, tỉnh bắc"
            " ninh.",
            "số nhà 17, ngõ 5, đường xương giang, phường bắc giang, tỉnh bắc ninh",
        ),
        # a ward by its bare letter, its name opening with "cửa" typed plain, then the city
        (
            "o so 5 ngo 12 pho tho nhuom p cua nam ha noi hoi",
            "so 5 ngo 12 pho tho nhuom p cua nam ha noi",
        ),
    ],
)
def test_a_place_named_with_an_everyday_syllable_inside_a_chain(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "em di duong xuong ham gui xe nhe",
        "đường xuống hầm gửi xe ở bên trái",
        "phường của tôi ở hà nội",
        "xa cua em la xa nghia dan",
        "xã của em là xã nghèo",
    ],
)
def test_the_same_words_in_everyday_chat_stay_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # an urban area named as its ward, after a flat and its tower: "dương" is no "đường"
        (
            "gui nguoi thue can ho p.1203 toa hh2, kdt duong noi, phuong duong noi, ha noi: ong",
            "p.1203 toa hh2, kdt duong noi, phuong duong noi, ha noi",
        ),
        (
            "gửi người thuê căn hộ p.1203 tòa hh2, kđt dương nội, phường dương nội, hà nội: ông",
            "p.1203 tòa hh2, kđt dương nội, phường dương nội, hà nội",
        ),
        (
            "o khu do thi duong noi, phuong duong noi, ha noi",
            "khu do thi duong noi, phuong duong noi, ha noi",
        ),
    ],
)
def test_an_urban_area_named_with_a_unit_word_before_its_ward(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a hamlet named after its market or communal house, after someone and "ở"
        ("hồ sơ bà tư ở xóm chợ ký chưa?", "xóm chợ"),
        ("ho so ba tu o xom cho ky chua?", "xom cho"),
        ("ho so ba Tu o xom Cho ky chua?", "xom Cho"),
        ("ông tám ở thôn đình xin xác nhận", "thôn đình"),
        ("nha em o xom giua", "xom giua"),
        # with its commune after a comma, the whole chain
        ("cháy nhà ở xóm chùa, thôn lạc đạo, xã văn lâm", "xóm chùa, thôn lạc đạo, xã văn lâm"),
    ],
)
def test_a_hamlet_named_after_its_landmark(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        # "cho" (to, for) and who it is for; "chưa", "bên" typed plain; an errand, no one lives
        "ba tu o xom cho em hoi cai",
        "bà tư ở xóm cho em hỏi cái",
        "ong tam o thon chua co dien",
        "nha em o xom ben canh",
        "mua rau o xom cho",
        "khu do thi nay dep, phuong nao cung co",
    ],
)
def test_landmark_words_in_everyday_chat_stay_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # "nhà số" and a street named as a person (surname, middle, given), no ward after it
        ("lấn chiếm vỉa hè trước nhà số 61 lê văn sỹ, bà sáu hứa", "số 61 lê văn sỹ"),
        ("lan chiem via he truoc nha so 61 le van sy, ba sau hua", "so 61 le van sy"),
        ("so nha 17 tran hung dao.", "so nha 17 tran hung dao"),
        # "số" at a chain's start, a street whose first word counts too ("triệu"), vouched for
        # by the comma and the ward after it
        (
            "chu tiem thuoc bac o so 134 trieu quang phuc, phuong cho lon nho dich giay phep",
            "so 134 trieu quang phuc, phuong cho lon",
        ),
        (
            "chủ tiệm thuốc bắc ở số 134 triệu quang phục, phường chợ lớn nhờ dịch giấy phép",
            "số 134 triệu quang phục, phường chợ lớn",
        ),
    ],
)
def test_a_house_number_on_a_street_named_after_a_person(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        # a house number and what is said of it: no street named after a person
        "số nhà 17 là của tôi.",
        "so nha 17 la cua toi.",
        "so nha 17 to mau xanh.",
        "nhà số 5 ngõ này",
        "nha so 3 la nha toi",
        "nhà số 12 đã bán",
        # a count, then a ward: no street
        "so 134 trieu dong, phuong 3",
    ],
)
def test_a_house_number_and_everyday_words_stay_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # in an English sentence "to" before a house number and its street is the preposition
        ("Please deliver it to 15 Tran Phu, Hai Chau, Da Nang", "15 Tran Phu, Hai Chau, Da Nang"),
        (
            "The family moved to 45 Nguyen Trai, Thanh Xuan, Ha Noi last year",
            "45 Nguyen Trai, Thanh Xuan, Ha Noi",
        ),
        # ... but "tổ" where a unit word or a comma follows the number
        (
            "Ms Lan lives in to 22, phuong Quang Trung, Thai Nguyen",
            "to 22, phuong Quang Trung, Thai Nguyen",
        ),
        ("I talked to 3 people in to 5 phuong 2", "to 5 phuong 2"),
        # in Vietnamese chat "to" before a number stays "tổ"
        ("em o to 15 Tran Phu, Hai Chau, Da Nang", "to 15 Tran Phu, Hai Chau, Da Nang"),
        (
            "Chị Hoa ở tổ 15, phường Quang Trung, TP. Thái Nguyên cần hỗ trợ",
            "tổ 15, phường Quang Trung, TP. Thái Nguyên",
        ),
    ],
)
def test_english_to_before_a_house_number_is_no_group(text: str, address: str) -> None:
    assert found(text) == [address]


def test_english_to_before_a_count_stays_clean() -> None:
    assert found("Please send it to 3 people in the office") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a minority village typed plain after "ở", its syllables everyday words too ("đề"
        # read as "để"), running to a comma and its commune: one chain
        (
            "chau mua a de, 15 tuoi, o ban hang de de, xa tua chua, tinh dien bien, di khoi nha",
            "ban hang de de, xa tua chua, tinh dien bien",
        ),
    ],
)
def test_a_minority_village_typed_plain_runs_to_its_commune(text: str, address: str) -> None:
    assert found(text) == [address]


def test_selling_to_pay_a_debt_is_no_village() -> None:
    # "bán hàng để trả nợ" typed plain, no "ở" before it: no village, whatever follows
    assert found("toi ban hang de tra no, phuong 5 thu thue") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a commune of three syllables, known, in chat where the sentence runs on after it
        (
            "anh khiem nguoi nung o ban coc phat, xa hoang su phi hoi ve nha o, tra loi sao a",
            "ban coc phat, xa hoang su phi",
        ),
        ("o xa si ma cai tinh lao cai", "xa si ma cai tinh lao cai"),
    ],
)
def test_a_known_place_of_three_syllables_is_read_whole(text: str, address: str) -> None:
    assert found(text) == [address]


def test_a_known_place_without_a_unit_word_stays_clean() -> None:
    assert found("cuoi tuan toi di hoang su phi choi") == []
