"""vn.person: lower-case names with no cue, marked at both ends (detectors/person/bounded.py):
a surname, a middle name and name words, after a word that puts a noun after it or
punctuation, before a word that goes on with the sentence, punctuation or a number."""

from __future__ import annotations

import pytest

from ai_guard import EntityType, check_prompt
from ai_guard.detectors.person import PersonNameDetector
from ai_guard.text import Document


def names(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.PERSON
    ]


def contexts(text: str) -> list[tuple[str, str | None]]:
    doc = Document(text)
    return [(text[d.start : d.end], d.context) for d in PersonNameDetector().detect(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("so sanh ly lich cua dinh van minh va dinh van manh", ["dinh van minh", "dinh van manh"]),
        ("nhắn lại cho phạm quốc bảo là mai họp 2h chiều", ["phạm quốc bảo"]),
        ("cham thi: vuong thanh tam 8.5; ninh van khoi 7", ["vuong thanh tam", "ninh van khoi"]),
        (
            "khen thuong cho le quang vinh va pham ngoc son (doi pccc)",
            ["le quang vinh", "pham ngoc son"],
        ),
        (
            "biên bản bàn giao giữa nghiêm xuân trường và chu thị lan",
            ["nghiêm xuân trường", "chu thị lan"],
        ),
        ("lọc người dưới 45 tuổi: trần quốc khánh 1982", ["trần quốc khánh"]),
    ],
)
def test_a_bounded_lower_case_name_is_found(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a ward or a street: the unit word or the house number before it
        "dia chi: to 6, phuong minh khai, thanh pho ha noi",
        "cam xe tren duong le van sy, phuong 13",
        "cấm xe trên đường hoàng quốc việt, từ 7h",
        "o so 45 phan dinh phung, phuong ba dinh",
        # everyday words that spell name words
        "tinh nghe an, phan anh doan de bien bi sat lo",
        "benh nhan dieu tri tai: khoa ung buou",
        "to truong to bao ve: dai uy",
        "da bao to truong hai lan, to truong co biet",
        "viet lai doan sau cho ngan, gui lai doan sau",
        "nop cho du dieu kien, khong du dieu kien thi tra lai",
        # an honorific leads: the honorific's path judges the words after it
        "gui ong nguyen hue, chu tich",
        # "ho" is họ / hộ typed so: before "van" / "thi" only
        "ho tro cho ho ba ha, ho ong lan",
        # a public figure
        "hung dao dai vuong tran quoc tuan, nguoi doi tran",
    ],
)
def test_no_bounded_name_in_places_words_and_figures(text: str) -> None:
    assert "bounded" not in {c for _, c in contexts(text)}, contexts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hồ sơ của trần thanh tùng, a tùng bảo ký rồi", ["trần thanh tùng", "tùng"]),
        ("gửi cho nguyen van binh, e binh noi chua nhan", ["nguyen van binh", "binh"]),
        # no full name before: a given name alone after "a"/"c" only with its end marked
        # ("c hạnh ký": a predicate; "hỏi a tùng file": nothing marks it; after "gửi" the
        # recipient is named, test_names_plain_nd28)
        ("e hỏi a tùng file danh sách, c hạnh ký rồi", ["hạnh"]),
    ],
)
def test_chat_abbreviations_before_a_short_reference(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("chuyen ho so nguyen van an sang phong tu phap", ["nguyen van an"]),
        ("ong luu van toan tru tai ap 3 xa tan phu", ["luu van toan"]),
        # "la" (là) after the words keeps rejecting them whole: no name ends before it here
        ("muc luong 2.340.000 dong thi luong thang la bao nhieu", []),
    ],
)
def test_a_name_typed_without_diacritics_ends_before_a_verb(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after "và" / "với", a comma or a score, a list goes on where the sentence does not
        (
            "so sanh 2 ban ly lich cua dinh van minh va dinh van manh xem co phai 1 nguoi",
            ["dinh van minh", "dinh van manh"],
        ),
        (
            "ds tap huan gom tran thi hoa, le minh tuan, do van khai, vi thi nhan xep giup",
            ["tran thi hoa", "le minh tuan", "do van khai", "vi thi nhan"],
        ),
        (
            "khen thuong cho le quang vinh va pham ngoc son doi phong chay chua chay",
            ["le quang vinh", "pham ngoc son"],
        ),
        (
            "ket qua: vuong thanh tam 8.5 ninh van khoi 7 au thi le 6.25, viet thong bao",
            ["vuong thanh tam", "ninh van khoi", "au thi le"],
        ),
        # no separator at all: a list of lower-case names
        (
            "danh sach tap huan: huynh thi kim loan ta van hieu moi nguoi 1 dong",
            ["huynh thi kim loan", "ta van hieu"],
        ),
        (
            "so sánh hồ sơ của đinh văn minh và đinh văn mạnh xem",
            ["đinh văn minh", "đinh văn mạnh"],
        ),
    ],
)
def test_a_name_coordinated_with_a_name_found_needs_no_end_mark(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # after a capitalised name the sentence goes on: "dự lễ khánh thành", "là mai họp"
        "Bi thu Thanh uy Ha Noi Bui Thi Minh Hoai du le khanh thanh cau; viet tin ngan.",
        "nhan lai cho pham quoc bao la mai hop 2h chieu phong 302",
        # everyday words after a coordinated name: "đó", "đường", "phường" lead no name
        "gui cho nguyen van an va do van phong xu ly",
        "ho so cua tran thi hoa, duong thu trang tri 5 nam",
        "ho so cua tran thi hoa, phuong minh khai da nhan",
    ],
)
def test_a_coordination_keeps_everyday_words_out(text: str) -> None:
    found = names(text)
    assert not any(n.split()[0] in ("du", "la", "do", "duong", "phuong") for n in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname and a given name alone, joined to another name: a list of people
        (
            "So sánh lý lịch của Nguyễn An và Trần Bình xem có phải một người",
            ["Nguyễn An", "Trần Bình"],
        ),
        ("So sanh ly lich cua Nguyen An va Nguyen An xem", ["Nguyen An", "Nguyen An"]),
        ("Gửi ông Nguyễn Văn Bình, Lê Hoa về việc cấp đổi", ["Nguyễn Văn Bình", "Lê Hoa"]),
        # one, where a person stands: after "cho", "của" ..., before the clause goes on; "cho"
        # typed so in a line with diacritics is no "chợ"
        ("Nhắn lại cho Nguyễn An là mai họp lúc 2 giờ", ["Nguyễn An"]),
    ],
)
def test_two_capitalised_words_joined_to_a_name_are_one(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # alone, two capitalised words are a shop, a company or a place as often
        "Cửa hàng Trần Hưng bán vật liệu xây dựng",
        "Công ty Trần Hưng và Lê Hoa ký hợp đồng",
        "Số liệu của Hà Nam và Ninh Bình tăng",
        # two weak ones joined need the most common surnames: philosophers, poets
        "Khổng Tử và Mạnh Tử là hai nhà tư tưởng.",
        "Lý Bạch và Đỗ Phủ là hai nhà thơ lớn",
        "gần chợ Nguyễn Văn Trỗi có bãi xe",
    ],
)
def test_two_capitalised_words_alone_stay_below_the_floor(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "thì", "mà" written with their diacritics after a name: the clause's topic ends there
        ("đã nộp hồ sơ rồi, lê quang toại thì chưa, nhắc giúp", ["lê quang toại"]),
        ("bên đó xong rồi, trần minh tuấn mà chưa ký", ["trần minh tuấn"]),
    ],
)
def test_a_topic_word_after_a_name_marks_its_end(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # typed without diacritics, "thi" then a word that goes on with the sentence: "thì"
        ("roi, le quang toai thi chua ky", ["le quang toai"]),
        ("roi, le quang toai thi da ky", ["le quang toai"]),
    ],
)
def test_thi_typed_without_diacritics(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_an_everyday_word_ends_no_lower_case_name() -> None:
    # "trí tuệ nhân tạo công cộng" typed without marks: "nhan" as "nhận" starts a name, "tao
    # cong cong" has a surname and a middle name, but "cong cong" is "công cộng" (public)
    text = "khong dua ho so len cac ung dung tri tue nhan tao cong cong, thuc hien nghiem."
    assert names(text) == []
    assert names("gửi hồ sơ cho tào công minh, phòng kế toán") == ["tào công minh"]


def test_a_given_name_that_starts_an_everyday_word_is_no_name() -> None:
    # "Trưởng Thi hành án dân sự tỉnh" typed without marks: "Truong Thi" after a full name and
    # a comma looked like the next name of a list; "Thi hanh" is "thi hành" (to enforce)
    text = "Phat bieu tai hoi nghi, ong Nguyen Dinh Thuan, Truong Thi hanh an dan su tinh cho biet"
    assert names(text) == ["Nguyen Dinh Thuan"]
    assert names("nhắn lại cho Nguyễn An và Trần Bình là mai họp") == ["Nguyễn An", "Trần Bình"]
