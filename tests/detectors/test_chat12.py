"""Names and addresses in the shapes the blind chat set holdout12 showed (issue 15): a given
name alone before a phone grouped with dashes, before a relative or a time; a Zalo log's
speakers; "út" and chat's "c ba" nicknames; and the hard negatives where a given name is the
speaker's verb ("e bảo làm", "e định lên")."""

from __future__ import annotations

import pytest

from ai_guard import EntityType, check_prompt
from ai_guard.detectors.address import AddressDetector
from ai_guard.text import Document


def found(text: str, entity: EntityType = EntityType.PERSON) -> list[str]:
    return [text[f.start : f.end] for f in check_prompt(text).findings if f.entity is entity]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phone grouped with dashes, or "số" before it, closes the name
        ("nhờ e tổng hợp: c hạnh 0763-851-209, e vy 0822-604-317", ["hạnh", "vy"]),
        ("a quân số 0931-204-578 nhé", ["quân"]),
        # whose relative the person is; when she did it
        ("có a tú con bà thơm với c ngân kế toán", ["tú", "thơm", "ngân"]),
        ("chú tư sáng nay ra xã hỏi vụ đền bù", ["tư"]),
        # the youngest called by her name, without a kin word
        ("út my ở đâu r, nhắn giúp e", ["my"]),
        # chat's "c ba" doing something in a line with diacritics
        ("nãy c ba hỏi hồ sơ", ["ba"]),
        # an old-style given name after a birth-order nickname
        ("ông sáu lượm ở ấp tân thành mất rồi", ["lượm"]),
    ],
)
def test_given_name_alone_in_chat(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_zalo_log_speakers_after_the_app_tag() -> None:
    text = "[zalo] hùng: a ơi hồ sơ xong chưa\n[zalo] tôi: ok e\n[zalo] hùng: mai nộp nha"
    assert found(text) == ["hùng", "hùng"]


@pytest.mark.parametrize(
    "text",
    [
        "thằng bạn e bảo làm cccd gắn chip xong thì ko cần mang theo bằng lái nữa",
        "cho e hỏi xã mường lát giờ sáp nhập vào đâu, e định lên đó công tác",
        "nãy c ba người hỏi",  # a count
        "phụ lục c ba bản",  # a list item's letter and a count
        "con út mai học lớp 3",  # the youngest child, "mai" tomorrow
        "em út lan ở nhà",
        "anh em tối nay đi ăn",
    ],
)
def test_hard_negatives_stay_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb-like given name stays a name where a call, punctuation or a second given
        # name follows
        ("chị bảo ơi gửi hồ sơ", ["bảo"]),
        ("chuc mung em bao ngoc phong noi vu duoc khen", ["bao ngoc"]),
    ],
)
def test_verb_like_given_name_still_a_name(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def addresses(text: str) -> list[str]:
    return [text[d.start : d.end] for d in AddressDetector().detect(Document(text))]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # chat's closing particle before a comma is no syllable of the ward
        (
            "mai a qua đón bà ngoại e ở số 88 tổ 21 kp 3 p. trảng dài nhé, e bận họp",
            "số 88 tổ 21 kp 3 p. trảng dài",
        ),
        ("o so 88 to 21 kp 3 p. trang dai nhe, e ban", "so 88 to 21 kp 3 p. trang dai"),
        # a land parcel after a semicolon is the list's next item, not the address's
        (
            "thường trú tại thôn Yên Mỹ, xã Yên Dũng, tỉnh Bắc Ninh; thửa đất số 215 tờ bản đồ "
            "số 08. Kiểm tra",
            "thôn Yên Mỹ, xã Yên Dũng, tỉnh Bắc Ninh",
        ),
        # a flat by "căn" and its number
        (
            "thuê nhà ở căn 1208 tòa b2 chung cư sky garden phường tân mỹ tp hcm, hỏi",
            "căn 1208 tòa b2 chung cư sky garden phường tân mỹ tp hcm",
        ),
        # "so" left unmarked before a house number and a lane written with marks
        (
            "nhà tôi ở so 12 ngõ 85 phố Đại La, phường Tương Mai",
            "so 12 ngõ 85 phố Đại La, phường Tương Mai",
        ),
        # a district, then the province's abbreviation closing the address
        (
            "dia chi: so nha 3, ngach 12/45, ngo 180 nguyen luong bang, dong da hn. chu nha la",
            "so nha 3, ngach 12/45, ngo 180 nguyen luong bang, dong da hn",
        ),
        # a ward glued to "p." whose name holds a province's ("Nguyễn Thái Bình"), then "q1"
        (
            "o 112 nguyen thai binh p.nguyen thai binh q1, dt 0908 117 226",
            "112 nguyen thai binh p.nguyen thai binh q1",
        ),
        # a residential area by "kdc" in lower case
        (
            "ở 23 đường số 9 kdc him lam p. tân hưng tp hcm",
            "23 đường số 9 kdc him lam p. tân hưng tp hcm",
        ),
    ],
)
def test_chat_addresses_whole(text: str, address: str) -> None:
    assert addresses(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "e cần 2 bản sao ở phường tân mỹ",  # "cần", no flat
        "kdc nay dep",
        "ok p.s. anh nhe",
        "ở xã tân mai rồi, e bận",  # a single component in prose
    ],
)
def test_chat_address_negatives(text: str) -> None:
    assert addresses(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case full name closed by "bên" (where she works)
        ("dạ e chào c, e là tô ngọc bích bên phòng vh-xh, c nhắn giúp e", ["tô ngọc bích"]),
        # a name a form wrapped, then the form's column gap
        (
            "Họ và tên: NGUYỄN THỊ\nBẢO TRÂN    Ngày sinh: 29/01/2001",
            ["NGUYỄN THỊ\nBẢO TRÂN"],
        ),
        # a Chăm surname
        ("Hồ sơ trợ cấp: Thập Thị Hoa, thôn Phước Nhơn", ["Thập Thị Hoa"]),
        # a Jrai clan typed without its breve, which also opens a place ("Ayun Pa")
        ("chị H'Yuôn Ayun, SĐT 0901 552 680", ["H'Yuôn Ayun"]),
    ],
)
def test_full_names_as_pasted(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text", ["thị xã Ayun Pa, tỉnh Gia Lai", "Hội Chữ Thập Đỏ tỉnh Khánh Hòa", "thập niên 90"]
)
def test_places_and_words_stay_no_names(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # chat's "a" (anh) before a clan name opening a minority name
        ("a giàng a pao bản sín chải gọi lên hỏi đất rừng", ["giàng a pao"]),
        ("e thao luan voi a ksor nhon", ["ksor nhon"]),
    ],
)
def test_minority_name_after_chat_abbreviation(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", ["a blah blah", "a giang bai xong chua"])
def test_chat_abbreviation_before_no_clan(text: str) -> None:
    assert found(text) == []


def test_khmer_name_before_where_she_lives() -> None:
    text = "thach thi sa rinh o ap so tuong xa long duc tinh vinh long nop don"
    assert found(text) == ["thach thi sa rinh"]


def test_khmer_shape_not_before_other_words() -> None:
    assert found("thach thi sa rinh o day") == []


def test_telex_name_after_a_telex_cue_in_a_line_with_english_words() -> None:
    text = "chij Hoangf Thij Thu Hieenf ddang ky ket hon voi anh Lee Sang Woo, hoi can giay to gi"
    assert found(text) == ["Hoangf Thij Thu Hieenf", "Lee Sang Woo"]


def test_english_line_without_a_telex_cue_is_not_read() -> None:
    assert found("we need to feed the books to the tools team, can you do it") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # "can" typed so is also "Cần" (Thơ): no unit word unless a number follows
        ("o 12 nguyen trai, ninh kieu, can tho nhe", "12 nguyen trai, ninh kieu, can tho"),
        ("o 12 nguyen trai, ninh kieu, cần thơ nhé", "12 nguyen trai, ninh kieu, cần thơ"),
    ],
)
def test_can_tho_stays_a_city(text: str, address: str) -> None:
    assert addresses(text) == [address]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "út" typed without diacritics in a line typed so: the youngest called by her name
        ("ut my o dau r, nhan giup e", ["my"]),
        ("ut nhi nha e nam nay thi vao 10", ["nhi"]),
        # "ướt" typed so, the youngest child, a word no given name: nothing
        ("ao bi ut, ut het roi", []),
        ("con ut nha e hoc lop 3", []),
        ("em ut lan o nha", []),
        # "út" written so in a line with diacritics elsewhere stays the diacritics' rule
        ("út mai học lớp 3, ut thi chưa", []),
    ],
)
def test_youngest_typed_plain(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # typed without diacritics "quan", "tu" are everyday words after a cue, but a phone,
        # a relative or a time after them says a person is meant
        ("nho e tong hop: a quan so 0931-204-578, cam on", ["quan"]),
        # (and "ba thom" paired with "c ngan" by "voi": bà Thơm, Tú's mother, a person too)
        ("co a tu con ba thom voi c ngan ke toan", ["tu", "thom", "ngan"]),
        # a verb before a phone, an app's name, no mark at all: nothing
        ("e hoi so 0912 345 678 cua ai vay", []),
        ("tom tat giup e doan zalo nay", []),
        ("a quan tam giup e nhe", []),
    ],
)
def test_plain_everyday_given_names_named_by_what_follows(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative named after "tên", the possessor named by her given name before it
        ("vo ong quyet ten la lua, con trai hoc lop 3", ["lua"]),
        ("vợ ông quyết tên là lụa, cả nhà chuyển vào bình dương", ["quyết", "lụa"]),
        # "tên tuổi", "tên gì": no name
        ("vo ong quyet ten tuoi la gi", []),
        ("con ong nam ten gi vay", []),
    ],
)
def test_relative_named_after_a_named_possessor(text: str, expected: list[str]) -> None:
    assert found(text) == expected
