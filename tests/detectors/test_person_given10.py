"""vn.person: given names alone and short references as chat writes them (issue 15, the shapes
the blind set holdout10 showed: a writer introducing herself, a relative named by "là" /
"tên", a quoted chat message, English chat, back-references after a full name)."""

from __future__ import annotations

import pytest

from ai_guard import EntityType, check_prompt


def names(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.PERSON
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a chat message quoted whole: the cue right after the quote
        ("viet lai tin nhan nay: 'a khiem oi, ho so e gui r nha'", ["khiem"]),
        ('fw tin nhắn: "a khánh ơi, hồ sơ đã ký chưa ạ"', ["khánh"]),
    ],
)
def test_cue_after_a_quote(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", ['he said "a cat is here"', "I'd like 'a nice day, please'"])
def test_english_article_after_a_quote_is_no_cue(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the writer introducing herself, opening the text or a clause
        ("e là hà bên vp, nhờ c hỏi giúp số tài khoản", ["hà"]),
        ("a khánh ơi e là hạnh bên một cửa", ["khánh", "hạnh"]),
        ("e la ha ben vp", ["ha"]),
        # a relative named by "là" or "tên (là)", with an optional possessor
        ("cái đơn ấy, con dâu ông là thuận gọi lên bảo hủy", ["thuận"]),
        ("cảm ơn cô đã dạy con e là bống năm lớp 1", ["bống"]),
        ("con trai c tên bin bị sốt nên c xin nghỉ", ["bin"]),
        ("vợ anh ấy tên là mai, làm giáo viên", ["mai"]),
        ("con gai toi ten la hoa, sdt 0912345678", ["hoa"]),
    ],
)
def test_named_by_relation(text: str, expected: list[str]) -> None:
    assert [n for n in names(text) if not n[0].isdigit()] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a gender, a role, a status, what "là" says of the writer
        "toi la nam, 30 tuoi",
        "em là người mới",
        "em là thanh niên tình nguyện",
        "toi la thanh vien doi",
        "tôi là thư ký tòa, cần lập thông báo",
        "toi la thu ky thi hanh an",
        "e la ke toan ben xa",
        "chồng là bộ đội",
        "vợ tôi là giáo viên",
        "con em là con út",
        "tôi là an toàn",
        # "tên" of things, "bỏ" (drop) typed as "bo" (bố)
        "tên đăng nhập là admin",
        "con tên gì vậy",
        "tóm tắt tình tiết, bỏ tên thật: bị cáo và bị hại",
        "tom tat tinh tiet, bo ten that: bi cao va bi hai",
    ],
)
def test_no_name_after_la(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a full name whose words hold an apostrophe or a hyphen, then its given name
        (
            "Chị H'Nguyên Ksơr ở plei Ia Mơ Nông đề nghị làm lại CCCD. Viết phiếu hướng dẫn "
            "cho chị H'Nguyên, ghi rõ giấy tờ.",
            ["H'Nguyên Ksơr", "H'Nguyên"],
        ),
        (
            "Viết email mời anh Lee Sang-min dự hội thảo. Anh Sang-min có số điện thoại "
            "+84 903 715 264.",
            ["Lee Sang-min", "Sang-min"],
        ),
        # an English title before a word of the full name found
        (
            "Draft a reply to Mr Michael Bertrand, a volunteer teacher. Mr Bertrand asked how "
            "to extend his card.",
            ["Michael Bertrand", "Bertrand"],
        ),
        # a word of a full name found, said again with no cue in English prose
        (
            "Present: Ms. Sarah O'Donnell (consultant), Đinh Quốc Hiếu (secretary)\n"
            "Sarah will send the revised budget to Hiếu by Friday.",
            ["Sarah O'Donnell", "Đinh Quốc Hiếu", "Sarah", "Hiếu"],
        ),
        (
            "His driver, Phùng Văn Quang, will pick him up, so call Quang if anything changes.",
            ["Phùng Văn Quang", "Quang"],
        ),
    ],
)
def test_back_references(text: str, expected: list[str]) -> None:
    assert sorted(names(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # beside another capitalised word: part of a place or another name
        ("Trần Văn Long lives in Long Biên and will send the file", ["Trần Văn Long"]),
        ("Send it to Lê Văn Hùng. Then Hùng Vương street will reply", ["Lê Văn Hùng"]),
        # a word that English spells too
        ("Please ask Nguyễn Thị Mai about the May report", ["Nguyễn Thị Mai"]),
        # Vietnamese typed without diacritics is no English prose
        ("Nguyen Van Hoang o Thanh Hoa, gui Hoang ho so", ["Nguyen Van Hoang"]),
    ],
)
def test_no_bare_repeat(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an English verb or word after a lower-case name after a title ends it
        ("ms yen lives at no. 18, lane 42", ["yen"]),
        ("his interpreter ms. mai anh needs a room booking", ["mai anh"]),
        ("mr bertrand asked how to extend his card", ["bertrand"]),
        ("we will visit mr hans muller next week", ["hans muller"]),
        # a name that ends as a verb would, a Korean given name with its hyphen
        ("mr. alfred nobel is here", ["alfred nobel"]),
        ("mr. kim dong-hyun goi lai", ["kim dong-hyun"]),
    ],
)
def test_titled_name_ends_before_english(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kin word, a birth-order word, then the given name (labelled without the two)
        ("bác ba Khởi với cô út Lành ở tổ 7 xin trợ cấp", ["Khởi", "Lành"]),
        ("bac ba khoi voi co ut lanh o to 7 xin tro cap", ["khoi", "lanh"]),
        ("nguoi nha: chi ut nga), benh nhan can bo sung", ["nga"]),
        ("cô út lành ở tổ 7 xin trợ cấp", ["lành"]),
        # "đ/c" and "bé" before a capitalised given name or nickname
        ("gửi cho đ/c Thuận theo địa chỉ công vụ", ["Thuận"]),
        ("mẹ con bé Sóc bảo là bố nó đi làm xa", ["Sóc"]),
    ],
)
def test_birth_order_and_other_cues(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # counts, other words the birth-order words spell, kin words in everyday words
        "ông ba người con đều đi làm",
        "bác ba ngày nữa mới về",
        "anh hai lan tuyen dung",
        "ba hai phong da nop",
        "de nghi cap the tam tru; dia chi tam tru: can ho 1203",
        "du le khoi cong cau tu lien",
        "me em nam vien o cho ray ma khong dung tuyen",
        "em bé Nhật khóc suốt đêm",
    ],
)
def test_no_birth_order_name(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English chat: the addressee, a copy, a relation, a possessive
        (
            "hey can u write a quick msg to minh from finance saying the report is late, cc quynh",
            ["minh", "quynh"],
        ),
        ("can you fix my english: my colleague thuy and her husband will visit", ["thuy"]),
        ("my colleague chau anh needs to call the applicant back", ["chau anh"]),
        ("can u check if minh thu's address is right?", ["minh thu"]),
    ],
)
def test_english_chat(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "i want to go to hanoi, then to hue",
        "how to do this, cc list is long",
        "please send it to yen.nh@gmail.com by friday",
        # Vietnamese typed without diacritics: "to" is tờ, tổ
        "kem danh sach tai lieu can nop (to khai, anh 4,5 x 4,5 cm, ban sao)",
        "viet tiep phan su can thiet cho to trinh duoi day, khoang 300 chu",
        "toi muon gui cho anh minh, cc phong to chuc",
    ],
)
def test_no_english_chat_name(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a given name of two words typed without diacritics: "anh" after a first half that
        # opens women's names, or a unit right after it
        ("chi lan anh oi, goi lai giup e", ["lan anh"]),
        ("chuc mung em bao ngoc phong noi vu duoc nhan bang khen", ["bao ngoc"]),
        # the team she is in, "right away" after a given name alone
        ("mn check giúp e xe của a hải đội 2 có bị phạt ko", ["hải"]),
        ("ok c, e báo a quý luôn", ["quý"]),
    ],
)
def test_two_word_given_and_units(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "anh em phong chong dich",
        "chi phi phong kham",
        "em be so sinh",
        "em bé sơ sinh",
        "ba người đội mũ",
        "tâm lý của anh em đội 2",
        "phong trào thi đua",
        "sang tuần mới họp",
        "thủ tục hải quan",
    ],
)
def test_everyday_words_stay_clean(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # someone's home: a cue and a word that spell an everyday word are a name there
        ("lap bien ban tai nha anh sang o thon 2, anh sang va vo cai nhau", ["sang", "sang"]),
        ("ship ho e ho so qua nha chu tam: so 14 ngo 3, chu tam de sdt", ["tam", "tam"]),
    ],
)
def test_a_home_names_its_owner(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text", ["nhà anh em mình ở xa", "nha chi phi cao qua", "nhà ánh sáng ở đâu", "anh sang tuan"]
)
def test_no_home_owner(text: str) -> None:
    assert names(text) == []


def test_team_head_by_role() -> None:
    assert names("thiếu giấy xác nhận của tổ trưởng tâm\ndạ để e nhờ chú ký") == ["tâm"]


@pytest.mark.parametrize(
    "text",
    [
        "to truong to dan pho so 5",
        "tổ trưởng tổ dân phố số 5",
        "ông doãn văn chính, trưởng thôn bắc sơn, thu tiền",
    ],
)
def test_no_team_head(text: str) -> None:
    assert [n for n in names(text) if n != "doãn văn chính"] == []
