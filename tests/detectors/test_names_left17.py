"""Issue 15's leftovers (seventeenth session): names read out of everyday words and names
missed, on new probes (none of a corpus's rows), each class failing on main at deb50c0 (the
controls beside them, what must stay as it was, pass on both).

False positives:

* "cho em xin pass wifi", "anh xin file": "Xin" is a Chinese given name, but a Chinese name
  is written in pinyin, and "pass", "file", "link" are none;
* "can bo lam van thu": "bo" after "can" is "bộ" (cán bộ, staff), no "bố" before a name;
* "Đồ thị Tri thức" (a knowledge graph): a surname and "thị" that spell one everyday word;
* "Công ty TNHH MTV Nguyễn Văn An": a registered company named after its owner is the
  company's name (tests/corpus/PROMPTS.md), once its legal form leads it.
"""

from __future__ import annotations

import pytest
from tests.detectors._probes import found

from ai_guard import Decision, check_prompt
from ai_guard.models import EntityType

PERSON = EntityType.PERSON


@pytest.mark.parametrize(
    "text",
    [
        "cho em xin pass wifi phòng họp tầng 2",
        "chị ơi cho em xin link zoom buổi chiều",
        "em xin pass wifi nha",
    ],
)
def test_a_verb_and_an_english_word_are_no_chinese_name(text: str) -> None:
    assert found(text, PERSON) == []


def test_a_timed_speaker_is_found_and_no_chinese_name_after_her() -> None:
    # the speaker after a chat line's time is a person (tests/corpus/PROMPTS.md); "xin file
    # word" after her is no Chinese name
    assert found("[09:12] Lan: anh cho em xin file word biên bản nhé", PERSON) == ["Lan"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a Chinese name in pinyin after a cue is still one
        ("bà li wei đến làm việc với sở", ["li wei"]),
        ("giám đốc zhang wei sang thăm", ["zhang wei"]),
        ("chị lin zhang gọi lại", ["lin zhang"]),
        # a given name of two syllables written as one word
        ("ong huang zhiqiang den lam viec", ["huang zhiqiang"]),
        ("ba zhang weiming goi lai", ["zhang weiming"]),
    ],
)
def test_a_chinese_name_in_pinyin_is_still_found(text: str, names: list[str]) -> None:
    assert found(text, PERSON) == names


@pytest.mark.parametrize(
    "text",
    [
        "tap huan cho hon 300 can bo lam van thu, luu tru va cong nghe thong tin.",
        "Can bo lam van thu, luu tru can nop bao cao",
        "toan bo lam thi truong nam nay deu giam",
    ],
)
def test_bo_typed_plain_after_can_is_no_father(text: str) -> None:
    assert found(text, PERSON) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("bo tran van an mat nam 2020, con la tran thi hoa", ["tran van an", "tran thi hoa"]),
        ("gui can bo lam van thu, chi lam thi hoa", ["lam thi hoa"]),
    ],
)
def test_a_father_typed_plain_is_still_a_cue(text: str, names: list[str]) -> None:
    assert found(text, PERSON) == names


@pytest.mark.parametrize(
    "text",
    [
        "Đồ thị Tri thức là gì, giải thích giúp em",
        "Xây dựng Đồ thị Tri Thức cho dữ liệu hộ tịch",
        "Công văn Hỏa Tốc gửi các xã",
    ],
)
def test_a_surname_and_thi_that_spell_a_word_open_no_name(text: str) -> None:
    assert found(text, PERSON) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Hồ sơ của Trần thị Lan đã đủ", ["Trần thị Lan"]),
        ("Kính gửi: Đỗ thị Hoa", ["Đỗ thị Hoa"]),
    ],
)
def test_a_middle_name_in_lower_case_still_makes_a_name(text: str, names: list[str]) -> None:
    assert found(text, PERSON) == names


@pytest.mark.parametrize(
    "text",
    [
        "Công ty TNHH MTV Nguyễn Văn An nộp hồ sơ dự thầu gói số 3",
        "CÔNG TY CP Trần Văn Bình có trụ sở tại khu công nghiệp",
        "Công ty TNHH Xây dựng Nguyễn Văn Hùng",
    ],
)
def test_a_registered_company_named_after_its_owner_is_the_company(text: str) -> None:
    assert found(text, PERSON) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # no legal form: the owner's full name, as a person's
        ("Công ty Xây dựng Nguyễn Văn Hùng", ["Nguyễn Văn Hùng"]),
        # the company's own name between: a person follows it
        ("Giám đốc Công ty TNHH Xây dựng Hoà Bình Nguyễn Văn Hùng ký", ["Nguyễn Văn Hùng"]),
        ("Công ty TNHH MTV Nguyễn Văn An, giám đốc Trần Văn Bình", ["Trần Văn Bình"]),
        # a household business is its owner (PROMPTS.md)
        ("Hộ kinh doanh Nguyễn Văn An nộp thuế khoán", ["Nguyễn Văn An"]),
    ],
)
def test_a_person_beside_a_company_is_still_found(text: str, names: list[str]) -> None:
    assert found(text, PERSON) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a two-word name typed plain after an honorific, closed by a colon before what the
        # person asks (test_name_shapes' short_reference draws met it)
        (
            "tom tat don cua ong nguyen an: ong an de nghi xem xet lai muc ho tro.",
            ["nguyen an", "an"],
        ),
        ("don cua ba tran binh: xin cap lai so do", ["tran binh"]),
    ],
)
def test_a_colon_after_an_honorific_s_name_ends_it(text: str, names: list[str]) -> None:
    assert found(text, PERSON) == names


@pytest.mark.parametrize(
    "text",
    [
        # a title after the honorific, a label with no honorific: no name
        "kinh gui ong truong phong: em xin bao cao ket qua",
        "dai dien ho dan: ba con deu dong y",
        "kinh gui ong giam doc: toi ten la",
        "cong chuc tu doan sau: xem lai",
    ],
)
def test_a_colon_after_a_title_or_a_label_ends_no_name(text: str) -> None:
    assert found(text, PERSON) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a kin word and a pronoun ("con trai tôi", "chồng em"): the name after them, whatever
        # its middle name ("tấn" is none of văn / thị)
        ("con trai tôi võ tấn lộc sinh 2002 đi nghĩa vụ rồi", ["võ tấn lộc"]),
        ("con trai toi vo tan loc sinh 2002 di nghia vu roi", ["vo tan loc"]),
        # an Ede name after a verb that takes a person ("nhắn giúp", "gặp"), no cue
        ("nhắn giúp y khuê adrơng là mai họp thôn", ["y khuê adrơng"]),
        ("gặp y khuê niê ở buôn ea tu", ["y khuê niê"]),
        # a Dao middle name ("Tà", "Sành") after an honorific
        ("ông triệu tà quẩy ở thôn nặm đăm xin cấp lại sổ", ["triệu tà quẩy"]),
        ("ông triệu sành phin xin cấp sổ", ["triệu sành phin"]),
        # a foreign name after "chuyên gia" (an expert)
        ("công ty em có chuyên gia tanaka hiroshi thuê nhà", ["tanaka hiroshi"]),
        ("chuyen gia sato kenji thue nha o quan 7", ["sato kenji"]),
    ],
)
def test_names_missed_on_main_are_found(text: str, names: list[str]) -> None:
    assert found(text, PERSON) == names


@pytest.mark.parametrize(
    "text",
    [
        "con tôi học lớp 5 rồi",
        "chồng tôi đi làm xa",
        "con trai toi hoc gioi lam",
        "cô giáo khen tà áo dài đẹp",
        "hỏi ý kiến chuyên gia về luật đất đai",
        "gap van de kho, goi dien cho xa",
        "giup do nguoi dan lam thu tuc",
        # a surname and a middle name after "giúp" that spell a thing's word ("công văn")
        "tra tren cong thue khong thay, soan giup cong van hoi",
    ],
)
def test_no_name_in_the_words_around_those_cues(text: str) -> None:
    assert found(text, PERSON) == []


# -- a whole name's field holds a foreign name whatever its shape (lead) ----------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("họ và tên: john da silva", "john da silva"),
        ("Họ và tên: Jean-Baptiste Lefèvre, quốc tịch Pháp", "Jean-Baptiste Lefèvre"),
        ("Full name: Maria Garcia Lopez", "Maria Garcia Lopez"),
        ("Họ tên: Kim Sok Chea; SĐT 0912345678", "Kim Sok Chea"),
        ("HỌ VÀ TÊN: JOHN SMITH", "JOHN SMITH"),
    ],
)
def test_a_foreign_name_in_a_full_name_field_is_redacted(text: str, name: str) -> None:
    result = check_prompt(text)
    assert name in [text[f.start : f.end] for f in result.findings]
    assert name not in result.redacted_text


@pytest.mark.parametrize(
    "text",
    [
        "Họ và tên: ghi rõ họ tên",
        "ho ten: xxx",
        "| Họ và tên | Ngày sinh |",
        "Họ và tên: Chủ tịch UBND tỉnh",
        "ho ten: y ta",
    ],
)
def test_a_full_name_field_without_a_foreign_name_adds_nothing(text: str) -> None:
    assert check_prompt(text).decision is Decision.ALLOW
