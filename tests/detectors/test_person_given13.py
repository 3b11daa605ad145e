"""vn.person: given names alone as chat writes them after kin words, titles and greetings (issue
15, the shapes the blind set holdout13 showed: "đ/c hưng phát biểu", "bác sĩ thư", "bé na",
"chi dao oi", "a Kiên" in a Messenger log, "e tên kha", "hey minh, tell chi loan"), and the
everyday text beside each that must stay clean."""

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
        # minutes name members after "đ/c" with no punctuation after the name
        (
            "cuộc họp chi bộ, đ/c hưng phát biểu, đ/c thảo ghi biên bản, đ/c lực vắng.",
            ["hưng", "thảo", "lực"],
        ),
        ("đồng chí hưng nói", ["hưng"]),
        # a given name of two words after it is taken whole
        ("đ/c tuấn anh", ["tuấn anh"]),
    ],
)
def test_comrade_names_the_person_after_it(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text", ["đồng chí ấy", "đồng chí công an xã", "đ/c thư ký ghi lại", "dong chi hung phat bieu"]
)
def test_no_name_after_comrade(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("có ai bit số của bác sĩ thư ở trạm y tế ko", ["thư"]),
        ("e cần hỏi lịch tiêm cho bé na", ["na"]),
        ("bé na nhà e bị sốt", ["na"]),
    ],
)
def test_a_doctor_and_a_child_by_their_given_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "bác sĩ khoa nhi nói cháu cần nghỉ",
        "bác sĩ trực hôm nay là ai",
        "bác sĩ thú y đến khám cho đàn bò",
        "nhà bé tí, em bé nhỏ",
        "từ thuở bé thơ, ở với bà",
        "em bé na ná mẹ",
    ],
)
def test_no_name_after_a_doctor_or_small(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a call after the name: "chỉ đạo", "chi thu" are not called
        ("chi dao oi, em xin sdt cua chi", ["dao"]),
        ("chi thu oi ho so con thieu", ["thu"]),
        # the office after the name, typed without diacritics
        ("em la em gai cua anh toan phong hanh chinh", ["toan"]),
        ("cho minh hoi chi phuong tai vu nghi viec chua", ["phuong"]),
        # a birth cohort's tag after the name
        ("a tùng 2k ở phòng kế toán nhờ viết đơn", ["tùng"]),
        # a chat verb typed so in a line with diacritics
        ("e trực ạ, chiều c quế thay", ["quế"]),
        # "cái" points at a person: her given name of two words, though "bình an" is peace
        ("cái anh bình an bên xây dựng gọi hỏi tiến độ", ["bình an"]),
    ],
)
def test_lower_case_given_name_ends(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "theo chi dao cua lanh dao, chi thu chi dung quy dinh",
        "anh em oi, toi nay di an",
        "sáng nay ai trực một cửa, e trực ạ",
        "bao cao tinh hinh thu chi quy phong chong thien tai",
        "em ben phong ke toan, a ve phong hop nhe",
        "chúc anh bình an bên gia đình",
        "cái anh hùng rơm ấy",
        "e mua 2k rau",
    ],
)
def test_everyday_words_after_a_cue_stay_clean(text: str) -> None:
    assert names(text) == []


def test_a_capitalised_given_name_after_chat_abbreviation() -> None:
    text = "[Messenger]\nYến: c ơi hồ sơ của a Kiên xong chưa\nYến: dạ e báo a Kiên bổ sung"
    assert [n for n in names(text) if n != "Yến"] == ["Kiên", "Kiên"]


@pytest.mark.parametrize(
    "text",
    [
        "tôi mua xe của hãng a Kia Morning ở Việt Nam",
        "I'd like a Linh Dam apartment",
        "with a Minh Long vase",
        "a Hoa said hi",
    ],
)
def test_no_name_after_an_article(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("e tên kha, nhân viên mới phòng nội vụ", ["kha"]),
        ("tôi tên là lan, ở xóm 2", ["lan"]),
        # once listed as everyday text, from before given names alone were found: "mai" after
        # "tên là" is the writer's name (tomorrow is never one's name)
        ("em tên là mai, làm ở phòng kế toán", ["mai"]),
        ("em chao anh chi, em ten la mai", ["mai"]),
    ],
)
def test_the_writer_named_by_ten(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", ["em tên gì?", "mình tên đầy đủ là gì", "e tên bị sai, sửa giúp"])
def test_no_name_after_ten(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "rewrite politely: hey minh, tell chi loan that the meeting is moved to friday",
            ["minh", "loan"],
        ),
        ("please write to anh from finance about the invoice", ["anh"]),
        ("draft a note: thanks lan, ask anh tuan to send the file", ["lan", "tuan"]),
    ],
)
def test_english_chat_greetings_and_kin_words(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text", ["hi there, thanks a lot for the help", "hello world, tell me more", "hey man, ok"]
)
def test_english_greetings_name_no_one(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an older kin word, a birth order and the trait the neighbours call the person by
        ("bác hai đen nhờ e hỏi tiền trợ cấp", ["đen"]),
        ("ông tư lùn bán vé số ở đầu hẻm", ["lùn"]),
        # a pupil by the nickname the teacher uses, after her parent
        ("gửi cô ngân, phụ huynh em gấu lớp 2a, cô nhắc em gấu mang sách", ["ngân", "gấu", "gấu"]),
        ("phụ huynh bé bin, lớp mầm", ["bin"]),
    ],
)
def test_nicknames_by_trait_and_by_class(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "chú hai ốm, nằm viện",
        "anh ba mập quá",
        "bác ba đen đủi lắm",
        "có hai đen một trắng",
        "họp phụ huynh em nhé",
        "phụ huynh em học lớp 3",
        "phụ huynh em vào lớp 1 rồi",
    ],
)
def test_no_nickname_by_trait_or_class(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "thì" closes a full name, with or without diacritics
        ("hồ sơ rồi, lê quang toại thì chưa, viết giúp e", ["lê quang toại"]),
        ("ho so roi, le quang toai thi chua, viet giup e", ["le quang toai"]),
        # "Thi" the given name before a comma
        ("ba nguyen thi thu thi, sinh nam 1970", ["nguyen thi thu thi"]),
    ],
)
def test_thi_after_a_full_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_directive_after_a_verb_is_no_name() -> None:
    assert names("ban thuong vu dang uy khoi\nthuc hien chi thi 45-ct/tw cua bo chinh tri") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # typed without diacritics, two people named by older kin words side by side
        ("nhac co hanh voi bac binh nop bang cham cong", ["hanh", "binh"]),
        ("cam on gui thay khai voi co nguyet da day con minh", ["khai", "nguyet"]),
        ("ong sau voi ong chin ben hoi nguoi cao tuoi", ["sau", "chin"]),
        # a letter's greeting before the person, punctuation after her name
        ("viet lai cho lich su: 'gui co ngan, phu huynh lop 2a'", ["ngan"]),
        # where the person lives or sells after the name
        ("c thay nhan la ong manh o thon 7 bi sot xuat huyet", ["manh"]),
        ("kiem tra ho kinh doanh cua ba tu hoa o cho dam, viet bien ban", ["hoa"]),
    ],
)
def test_older_kin_words_typed_plain_beside_another_person(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "co hoa va co la",
        "ba nam voi ba thang",
        "co tien voi co nha",
        "gui co hoa no dep lam",
        "chao co hoa nhung",
        "thay the voi thay doi",
        "co hoa o xom 3",
        "ba lan o xom nay",
        "di lam o xom ben",
        "me em nam vien o cho ray ma khong dung tuyen",
    ],
)
def test_no_older_kin_word_pair_typed_plain(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # typed without diacritics: "d/c" is never a word
        ("cuoc hop chi bo, d/c hung phat bieu, d/c thao ghi bien ban", ["hung", "thao"]),
        ("chi oi cai anh binh an ben xay dung goi hoi tien do", ["binh an"]),
        ("e truc a, chieu c que thay", ["que"]),
        # English chat: two given names joined by "and" before what is said of them
        ("pls summarize: tuan and linh from the district office met her", ["tuan", "linh"]),
    ],
)
def test_chat_typed_plain(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "chuc anh binh an ben gia dinh",
        "anh hung thay",
        "dong chi hung phat bieu",
        "salt and pepper will do",
        "pho and banh mi are good for you",
    ],
)
def test_plain_chat_stays_clean(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the given name of a full name found, after a verb whose object is a person
        ("lê quang toại thì chưa, viết giúp e tin nhắc toại", ["lê quang toại", "toại"]),
        ("Nguyễn Văn An nộp rồi, nhắn An ký", ["Nguyễn Văn An", "An"]),
    ],
)
def test_a_given_name_after_nhac_refers_back(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "nguyen van an nop roi, nhac an ky",  # typed so, "nhac" is nhạc too
        "bà trần thị hoa nộp đơn, gọi hoa quả cho khách",
        "nhắc hoa nở đúng tết",  # no full name "... hoa" found: no reference
    ],
)
def test_no_reference_after_a_verb(text: str) -> None:
    assert [n for n in names(text) if " " not in n] == []


# -- a cue the writer uses alone as a pronoun (holdout32) -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sentences and names capitalised: "ông" alone is "he", "học" a verb
        (
            "Quyết định hỗ trợ hộ ông Bạch Công Thìn sửa nhà. Con ông học tại Trường Tiểu học xã.",
            ["Bạch Công Thìn"],
        ),
        (
            "Hỗ trợ bà Lương Thị Mến. Con bà học tại trường huyện, chồng bà làm ruộng.",
            ["Lương Thị Mến"],
        ),
        # chat that mixes cases keeps its lower-case names
        (
            "gặp ông Bạch Công Thìn rồi, còn ông lợi ở xóm 3 thì chưa",
            ["Bạch Công Thìn", "lợi"],
        ),
        # a chat line's message after its speaker, in lower case
        (
            "[14:02] Phương Anh: ai giữ hồ sơ của ông Quách Văn Kỳ\n[14:05] Phương Anh: ok bảo"
            " ông kỳ bổ sung",
            ["Phương Anh", "Quách Văn Kỳ", "Phương Anh", "kỳ"],
        ),
        # a capitalised sentence whose cue took no capitalised name before
        ("Nhờ chị lan ở xóm 3 nộp hồ sơ giúp.", ["lan"]),
    ],
)
def test_a_cue_that_took_a_capitalised_name_is_a_pronoun_alone(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected
