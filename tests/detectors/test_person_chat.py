"""vn.person as people write in chat: lower case with and without diacritics, short references
to a name found earlier, chat speakers, names in capitals in tables (issue 15)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import EntityType, check_prompt
from ai_guard.detectors.person import PersonNameDetector
from ai_guard.text import Document
from ai_guard.text.document import fold


def names(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.PERSON
    ]


def patterns(text: str) -> list[tuple[str, str]]:
    doc = Document(text)
    return [
        (doc.text[d.start : d.end], d.pattern)
        for d in PersonNameDetector().detect(doc)
        if d.score >= 0.5
    ]


# -- lower case, with and without diacritics ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "tôi là hoàng văn nam ở xóm 3 xã nghi phong huyện nghi lộc tỉnh nghệ an",
            ["hoàng văn nam"],
        ),
        ("toi ten la nguyen van an", ["nguyen van an"]),
        ("ho ten: nguyen van an", ["nguyen van an"]),
        ("họ và tên: trần thị mai, sinh năm 1990", ["trần thị mai"]),
        ("em tên là trần thị mai", ["trần thị mai"]),
        ("gửi anh le minh tuan bản nháp", ["le minh tuan"]),
        ("cho chị nguyễn thị hồng nhung", ["nguyễn thị hồng nhung"]),
        ("tk techcombank ten le minh khoa", ["le minh khoa"]),
        ("ca nha em: bo nguyen van toan, me tran thi hue", ["nguyen van toan", "tran thi hue"]),
        ("chị ơi số của anh trần văn lợi là 0912345678 ạ", ["trần văn lợi"]),
        ("ong pham van duc sinh nam 1975", ["pham van duc"]),
        ("con tôi là cháu lê hà minh khang sinh ngày 3/1", ["lê hà minh khang"]),
        ("vợ là chị mai thị ngọc bích nhé", ["mai thị ngọc bích"]),
        ("em là hoàng minh châu phòng kế toán ạ", ["hoàng minh châu"]),
        ("xe mang tên ông đàm văn thịnh", ["đàm văn thịnh"]),
        ("anh la văn thiện", ["la văn thiện"]),
        # typed without diacritics, the end marked by a number, a code or an identifier's
        # label ("so dt"), or by a word that opens the predicate ("ben", "dieu khien")
        ("nha chi diep thu ha p1205 toa b", ["diep thu ha"]),
        ("cam on anh do manh cuong ben ban quan ly", ["do manh cuong"]),
        ("ong vo minh tri dieu khien xe vuot den do", ["vo minh tri"]),
        # a colon before a number, "ở" before a place's unit word
        ("so dinh danh cua ong vuong dinh tam: 025078006193", ["vuong dinh tam"]),
        ("tiep dan co ong doan xuan truong o thon 2 xa yen trach", ["doan xuan truong"]),
        # "và" before another honorific; "ba dinh" (Ba Đình) before "thi", given names, a number
        ("cua ong ta dinh phong va ba le thi oanh. tom tat", ["ta dinh phong", "le thi oanh"]),
        ("moi ong tran van loi voi ba dinh thi nga 8h sang", ["tran van loi", "dinh thi nga"]),
    ],
)
def test_lower_case_chat_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "tôi là cán bộ phòng tư pháp",
        "toi la can bo phong tu phap",
        "toi ten la gi",
        "tôi tên là gì nhỉ",
        "anh an tâm nhé",
        "anh an tam nhe",
        "chị hoa mắt quá",
        "chi hoa mat qua",
        "ông bà ta có câu",
        "ong ba ta co cau",
        "anh nam bộ",
        "em mai mốt gửi",
        "em mai mot gui",
        "tôi là người hà nội",
        "em la sinh vien nam 3",
        "ho ten cua ban la gi",
        "tôi là văn thư của phòng",
        "anh dang the hien quan diem",  # "anh đang thể hiện quan điểm"
        "chi phan cong nhiem vu",  # "chỉ phân công nhiệm vụ"
        "em tran tinh voi chi",
        "anh trần tình về việc chậm nộp hồ sơ",
        "chị phan ánh tình trạng ô nhiễm",
        "em lê la cả buổi chưa xong",
        "anh vũ trang cho dân quân",
        "chú cao hứng hát một bài",
        "tên tôi là nam, 25 tuổi",
        "chị út ơi em hỏi chút",
        "bao quan tai lieu mat tai bo phan van thu: tu sat 2 khoa",
        "quan ba dinh thi cong, 3 cong trinh",
    ],
)
def test_everyday_lower_case_is_no_name(text: str) -> None:
    assert names(text) == []


# -- short references --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Nguyễn Văn An đã nộp đơn. Ông An cho biết", ["Nguyễn Văn An", "An"]),
        ("Bà Trần Thị Mai, sinh năm 1980. Hôm qua bà Mai đến UBND.", ["Trần Thị Mai", "Mai"]),
        ("Anh Phạm Minh Tuấn làm đơn. Anh Tuấn nói thêm.", ["Phạm Minh Tuấn", "Tuấn"]),
        ("Ông Nguyễn Văn Lợi bị tố cáo. Vợ ông Lợi làm chứng.", ["Nguyễn Văn Lợi", "Lợi"]),
        ("ông Vũ Văn Hải khiếu nại; ông Vũ đề nghị giải quyết", ["Vũ Văn Hải", "Vũ"]),
        ("Bà Đinh Thị Phương Thảo chủ trì; chị Phương Thảo kết luận", None),
        ("Bà Nguyễn Thị Út nộp đơn, chị Út đề nghị", ["Nguyễn Thị Út", "Út"]),
        ("Ông Trần Văn Em nộp đơn, anh Em đề nghị", ["Trần Văn Em", "Em"]),
        (
            "Hồ sơ của bà Nguyễn Thị Hoa.\nCán bộ Hoa: chị cần nộp thêm giấy tờ",
            ["Nguyễn Thị Hoa", "Hoa"],
        ),
        (
            "Người nhận: Ông Trần Minh Tuấn\nAnh Tuấn (phòng TCCB): đã nhận hồ sơ",
            ["Trần Minh Tuấn", "Tuấn"],
        ),
        ("Bà Ninh Thị Hà ở xóm Trại.\n- Hà: tôi đề nghị hỗ trợ", ["Ninh Thị Hà", "Hà"]),
    ],
)
def test_short_references_after_the_full_name(text: str, expected: list[str] | None) -> None:
    if expected is None:
        expected = ["Đinh Thị Phương Thảo", "Phương Thảo"]
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ông A và bà T đã thỏa thuận.",
        "bị đơn: ông Nguyễn Xuân T; buộc ông T cấp dưỡng",  # a lone initial names no one
        "Nguyen don: chi Ma Thi Thu H. Chi H duoc ly hon",
        "Ông Nguyễn Văn An đến. Anh an tâm nhé.",  # lower case: an everyday word
        "Bà Trần Thị Mai nộp đơn. Em mai mốt gửi.",
        "Ông Nguyễn Văn Nam trình bày. Anh Nam Định thì chưa.",  # another capitalised word
        "Bà Lê Thị Hoa nộp đơn. Chị có Hoa không?",  # "có" is not "cô"
        "Ông Nguyễn Văn Long ở Hạ Long.",  # a given name elsewhere is no reference
    ],
)
def test_no_short_reference_without_the_chain_of_evidence(text: str) -> None:
    found = names(text)
    assert all(len(n.split()) >= 2 for n in found), found


def test_a_given_name_found_once_is_redacted_wherever_it_occurs() -> None:
    # like every value, except inside another proper name ("Hạ Long": a capitalised word
    # right beside it), which is not the person
    text = "Ông Ninh Đức Long dự họp. Ông Long đề xuất gửi văn phòng công chứng Hạ Long. Long ký."
    result = check_prompt(text)
    assert result.redacted_text.count("Long") == 1
    assert result.redacted_text.endswith("Hạ Long. [PERSON_2] ký.")
    assert names(text)[:2] == ["Ninh Đức Long", "Long"]


# -- names in capitals ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("| 1 | NGUYỄN THỊ HOA | 1985 |", ["NGUYỄN THỊ HOA"]),
        ("| STT | HỌ TÊN | NĂM SINH |\n| 1 | NGUYỄN THỊ HOA | 1985 |", ["NGUYỄN THỊ HOA"]),
        (
            "STT\tHỌ TÊN\tNĂM SINH\n1\tNGUYỄN THỊ HOA\t1985\n2\tTRẦN VĂN BÌNH\t1990",
            ["NGUYỄN THỊ HOA", "TRẦN VĂN BÌNH"],
        ),
        ("STT\tHọ và tên\n1\tLê Văn Tài\n2\tĐỗ Thị Hà", ["Lê Văn Tài", "Đỗ Thị Hà"]),
        ("1\tNGUYEN VAN AN\t1985", ["NGUYEN VAN AN"]),
        ("ÔNG NGUYỄN VĂN AN", ["NGUYỄN VĂN AN"]),
        ("QUYẾT ĐỊNH KHEN THƯỞNG ÔNG NGUYỄN VĂN AN", ["NGUYỄN VĂN AN"]),
    ],
)
def test_names_in_capitals_by_place(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "| STT | HỌ TÊN | NĂM SINH |",
        "| 1 | ỦY BAN NHÂN DÂN | 1985 |",
        "| 1 | HỒ CHÍ MINH | 1890 |",
        "ÔNG BÀ TA CÓ CÂU",
        "BAN CHỈ ĐẠO NGUYỄN VĂN AN",
        "1\tTRẦN HƯNG ĐẠO\t1228",
    ],
)
def test_capitals_that_are_no_name(text: str) -> None:
    assert names(text) == []


# -- properties ------------------------------------------------------------------------------------

_SURNAMES = ["nguyễn", "trần", "lê", "phạm", "hoàng"]
_MIDDLES = ["văn", "thị"]
# ("văn hoa" is read as "văn hóa", culture: "nguyễn văn hoa" in lower case is not found)
_GIVENS = ["an", "bình", "hùng", "lan", "mai", "nam", "tuấn"]
_CUES = ["tôi là", "em tên là", "họ tên:", "anh", "chị", "gửi bà", "mẹ"]


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(_CUES),
    st.sampled_from(_SURNAMES),
    st.sampled_from(_MIDDLES),
    st.sampled_from(_GIVENS),
    st.booleans(),
)
def test_a_lower_case_name_after_a_cue_is_found_with_or_without_diacritics(
    cue: str, surname: str, middle: str, given_name: str, plain: bool
) -> None:
    name = f"{surname} {middle} {given_name}"
    text = f"{cue} {name} ở xã tân phú, nhờ soạn đơn"
    if plain:
        text, name = fold(text), fold(name)
    assert names(text) == [name]


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(["anh", "chị", "em", "ông", "bà", "cô"]),
    st.sampled_from([*_GIVENS, "hoa"]),
    # (not "ơi", "nhé", "à": "anh tuấn ơi" calls a person, see test_person_given.py)
    st.sampled_from(["mắt", "bộ", "mốt", "đâu"]),
    st.booleans(),
)
def test_an_honorific_and_an_everyday_word_are_no_name(
    honorific: str, word: str, after: str, plain: bool
) -> None:
    text = f"{honorific} {word} {after} nhé, mai gửi hồ sơ"
    if plain:
        text = fold(text)
    assert names(text) == []


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["Nguyễn", "Trần", "Lê", "Phạm"]),
    st.sampled_from(["Văn", "Thị", "Minh", "Quốc"]),
    st.sampled_from(["An", "Bình", "Mai", "Tuấn", "Hoa", "Lợi"]),
    st.sampled_from(["ông", "bà", "anh", "chị", "vợ ông", "con bà"]),
)
def test_a_short_reference_follows_its_full_name(
    surname: str, middle: str, given_name: str, cue: str
) -> None:
    full = f"{surname} {middle} {given_name}"
    before = f"Đơn của ông {full}, sinh năm 1970. Sau đó {cue} {given_name} đã ký."
    assert names(before) == [full, given_name]
    after = f"Sau đó {cue} {given_name} đã ký. Đơn của ông {full}, sinh năm 1970."
    # before the full name, the given name after its honorific refers to it as well ("ông Tư
    # bán tạp hóa ..., tên thật là Đoàn Văn Tư")
    assert names(after) == [given_name, full]
    assert (given_name, "person.short_reference") in patterns(after)


def test_short_references_explain_themselves() -> None:
    text = "Ông Nguyễn Văn An đã nộp đơn. Vợ ông An cho biết"
    assert patterns(text) == [
        ("Nguyễn Văn An", "person.surname_first"),
        ("An", "person.short_reference"),
    ]
    found = [f for f in check_prompt(text).findings if f.pattern == "person.short_reference"]
    assert found[0].context == "ong"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # only the first letter in capitals (a phone's, or the surname set apart): neither the
        # capitalised path (every word) nor the lower-case one (none) read it before
        ("chuyển hồ sơ của Nguyễn văn tuấn cho phòng", ["Nguyễn văn tuấn"]),
        ("gửi anh Trần văn nam bản này", ["Trần văn nam"]),
        # a name typed with the input method off inside a line typed with it on
        ("chuyen ho so cua Nguyeenx văn tuấn", ["Nguyeenx văn tuấn"]),
    ],
)
def test_sentence_case_and_half_typed_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Văn bản thị trường quý 3", "I read two books yesterday, see you soon", "Thị trường văn hoá"],
)
def test_sentence_case_and_telex_words_that_are_no_name(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # chat names people by their given name alone: after an honorific, or as a speaker
        ("Anh Tuấn gửi hồ sơ chưa?", ["Tuấn"]),
        ("Anh Tuấn nói thêm. Anh Phạm Minh Tuấn làm đơn.", ["Tuấn", "Phạm Minh Tuấn"]),
        ("Cán bộ Hoa: chị cần nộp thêm giấy tờ", ["Hoa"]),
        (
            "Nhóm chat tổ một cửa:\nHạnh: chị Thơ ơi hồ sơ bà Tư ở xóm Chợ ký chưa?\n"
            "Thơ: chưa em, bà Tư chưa mang CCCD gốc.",
            ["Hạnh", "Thơ", "Tư", "Thơ", "Tư"],
        ),
    ],
)
def test_a_given_name_alone_where_a_person_is_meant(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bác Hồ dạy thiếu nhi",  # a historical figure by their short name
        "học tiếng Anh giao tiếp",
        "cán bộ Chi cục Thuế",  # an agency's name
        "anh Hà Nội",  # another capitalised word: other paths judge it
        "From: a@b.vn\nTo: c@d.vn\nSubject: hỏi",  # mail headers are no speakers
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGhi chú: nộp trước",
    ],
)
def test_no_given_name_alone_without_a_person_meant(text: str) -> None:
    assert [p for _, p in patterns(text) if p == "person.given_name"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a chat line's speaker after its time: "diệu" is no "điều" (spelled so)
        ("tóm tắt:\n[08:15] nguyễn văn diệu: hồ sơ em nộp xong chưa ạ?", ["nguyễn văn diệu"]),
        # two words typed without diacritics: any lexicon surname in the speaker's slot
        ("tom tat:\n[08:10] phan an: chi oi ho so em nop xong chua a?", ["phan an"]),
        # not a given name that is an everyday word typed so
        ("tom tat:\n[08:10] le la: chi oi", []),
    ],
)
def test_lower_case_chat_speakers(text: str, expected: list[str]) -> None:
    found = [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.PERSON
    ]
    assert found == expected
