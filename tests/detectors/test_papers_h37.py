"""holdout37's families (i15-h37): papers and logs as civil servants paste them.

- a log's ``latency=382ms build=1.24.3``: "ms" glued to a number is a unit, no "Ms." title,
  and a key of ``key=value`` pairs opens no name;
- the young heroes the schools' stories name with a kin word ("chị Võ Thị Sáu", "anh Kim
  Đồng") in a lesson or a story are the historical figures, not namesakes;
- an official named with her office once and again as the official acting ("Đồng chí X
  giao ...") is public at both mentions.
"""

from __future__ import annotations

import pytest
from _probes import actions as persons

from ai_guard import EntityType, check_prompt
from ai_guard.models import Decision

# -- a log's units and keys open no foreign name ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Trong log có dòng: status=200 latency=382ms build=1.24.3 commit=9e1b77c, giải thích giúp",
        "latency=382ms build commit ok",
        "p99 12ms build=7 deploy=blue",
        "took 382 ms build=2 env=prod",
        "timeout 30ms retry=3 giải thích giúp",
    ],
)
def test_a_unit_or_a_logs_key_opens_no_name(text: str) -> None:
    assert persons(text) == []
    assert check_prompt(text).decision is Decision.ALLOW


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ms lan anh called about the form", "lan anh"),
        ("please ask mr john smith to sign", "john smith"),
        ("ms. mai anh needs the report", "mai anh"),
    ],
)
def test_an_english_title_still_opens_a_name(text: str, name: str) -> None:
    assert persons(text) == [(name, "redact")]


# -- a hero with the kin word the schools' stories give them ----------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "viet bai ngan ve chi vo thi sau cho hoc sinh lop 5 doc nhan ngay 22/12",
            "vo thi sau",
        ),
        ("viết bài ngắn về chị Võ Thị Sáu cho học sinh lớp 5", "Võ Thị Sáu"),
        ("kể chuyện anh Kim Đồng cho thiếu nhi nghe", "Kim Đồng"),
        ("soan bai ve tam guong anh ly tu trong", "ly tu trong"),
    ],
)
def test_a_hero_named_with_the_stories_kin_word_is_public(text: str, name: str) -> None:
    assert persons(text) == [(name, "allow")]
    assert check_prompt(text).decision is Decision.ALLOW


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # no lesson, no story: a woman who shares the name
        ("chị Võ Thị Sáu ở tổ 3 gọi lên hỏi trợ cấp", "Võ Thị Sáu"),
        # her birth year: private whatever the topic
        ("chi vo thi sau sinh nam 1980 hoi ve hoc bong cho hoc sinh", "vo thi sau"),
        # a kin word the stories do not give her
        ("bà Võ Thị Sáu kể chuyện cho học sinh", "Võ Thị Sáu"),
        ("ông Trần Phú ở xóm 2 kể chuyện cho học sinh", "Trần Phú"),
    ],
)
def test_a_namesake_with_a_kin_word_stays_private(text: str, name: str) -> None:
    assert (name, "redact") in persons(text)


# -- an official named again as the official acting -------------------------------------------

_CHAIRED = "Thành phần: đồng chí Mã Thị Hồng Vân, Phó Chủ tịch UBND tỉnh, chủ trì.\n"


@pytest.mark.parametrize(
    "then",
    [
        "Đồng chí Mã Thị Hồng Vân giao Sở Tài chính rà soát trong 15 ngày.",
        "Mã Thị Hồng Vân kết luận cuộc họp.",
        "Kết luận: đ/c Mã Thị Hồng Vân đề nghị Sở Xây dựng báo cáo.",
    ],
)
def test_an_official_named_again_in_her_role_is_public_twice(then: str) -> None:
    found = persons(_CHAIRED + then)
    assert found == [("Mã Thị Hồng Vân", "allow")] * 2


@pytest.mark.parametrize(
    "then",
    [
        "Bà Mã Thị Hồng Vân sinh năm 1975 trú tại tổ 3 phường Tân An.",
        "Đơn tố cáo đồng chí Mã Thị Hồng Vân về việc nhận tiền.",
    ],
)
def test_an_official_named_again_in_a_private_matter_is_private(then: str) -> None:
    found = persons(_CHAIRED + then)
    assert ("Mã Thị Hồng Vân", "redact") in found
    assert ("Mã Thị Hồng Vân", "allow") not in found


# -- a whole date set off by commas after a name ----------------------------------------------


def dates(text: str) -> list[str]:
    result = check_prompt(text)
    return [text[f.start : f.end] for f in result.findings if f.entity is EntityType.DATE_OF_BIRTH]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a child's, after "cháu", "bé", "con"
        ("khám cho cháu Vũ Ngọc Trâm Anh, 4/3/2022, mẹ là chị Nhữ Thị Hải Yến", "4/3/2022"),
        ("kham cho be tran gia han, 05/06/2021, con chi lan", "05/06/2021"),
        # anyone's, with their residence, parents or ID after it
        ("ông Lý Văn Bình, 12/5/1960, trú tại tổ 3 phường Tân An", "12/5/1960"),
        ("ong ly van binh, 12-5-1960, thuong tru o xom 2", "12-5-1960"),
        ("bà Đàm Thị Nụ, 3.2.1955, quê quán Cao Bằng", "3.2.1955"),
    ],
)
def test_a_date_set_off_after_a_name_is_the_birth_date(text: str, date: str) -> None:
    assert dates(text) == [date]


@pytest.mark.parametrize(
    "text",
    [
        # the date of an act, no child's word and nothing about the person after it
        "ông Nguyễn Văn Hùng, 12/5/2025, đã nộp đơn tại bộ phận một cửa",
        "Khen thưởng: Nguyễn Văn Hùng, 12/05/2023, Phạm Thị Lan, 14/05/2023",
        # no date that can be: a day past the month's end
        "cháu Vũ Ngọc Trâm Anh, 31/2/2022, mẹ là chị Yến",
    ],
)
def test_a_date_of_something_else_after_a_name_is_no_birth_date(text: str) -> None:
    assert dates(text) == []


# -- a rare surname in a roster's capitals ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "TT  HỌ TÊN    SĐT\n3   LỀU QUANG VINH    0789 305 117   Thành viên\n"
            "4   TRẦN ĐĂNG KHUÊ    0912 447 038   Tổ trưởng",
            ["LỀU QUANG VINH", "TRẦN ĐĂNG KHUÊ"],
        ),
        ("DANH SÁCH: GIẢ THỊ THU, SÁI VĂN HOÀNG", ["GIẢ THỊ THU", "SÁI VĂN HOÀNG"]),
    ],
)
def test_a_rare_surname_in_capitals_with_its_marks_opens_a_name(
    text: str, names: list[str]
) -> None:
    assert [n for n, _ in persons(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "KIÊN QUYẾT XỬ LÝ VI PHẠM",
        "DỰNG LỀU TẠM CHO BÀ CON",
        "GIẢ ĐỊNH RẰNG HỘ GIA ĐÌNH",
        "UBND XÃ QUANG MINH",
        "XA THI HANH LENH",
    ],
)
def test_capitals_that_spell_everyday_words_stay_clean(text: str) -> None:
    assert persons(text) == []


# -- a short reference after a case's party label or "tôi là" ---------------------------------


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("Bị cáo: Kha Văn Luận, sinh năm 1995.\nBị cáo Luận bị xử phạt 18 tháng tù.", "Luận"),
        ("Bị hại: ông Lê Văn Tám. Bị hại Tám khai rằng", "Tám"),
        ("Nguyên đơn Đinh Thị Ngọc Hân trình bày. Nguyên đơn Hân đề nghị", "Hân"),
        ("> Từ: Cao Thị Kim Oanh <x@gmail.com>\n> Chị là Oanh, em đã nộp hồ sơ", "Oanh"),
        ("Người gửi: Phạm Đức Toàn\nTôi là Toàn, xin hỏi về thủ tục", "Toàn"),
    ],
)
def test_a_party_label_or_a_self_introduction_names_the_person_again(text: str, short: str) -> None:
    assert (short, "redact") in persons(text)


@pytest.mark.parametrize(
    ("text", "full"),
    [
        # a place after "là": no word of the name alone
        ("Ông Trần Văn Hà về quê. Quê tôi là Hà Nội.", "Trần Văn Hà"),
        # "có" is no "cô"-like cue and "bị cáo" needs the word of a name found
        ("Bị cáo Kha Văn Luận. Bị cáo Hùng vắng mặt.", "Kha Văn Luận"),
        # a lower-case word after "là" is no name
        ("Tôi là Ngô Thị Mến. Chị là người nộp đơn.", "Ngô Thị Mến"),
    ],
)
def test_no_short_reference_where_no_word_of_the_name_stands(text: str, full: str) -> None:
    assert persons(text) == [(full, "redact")]


# -- a PDF's hyphenated line break inside a name or an address --------------------------------


def spans(text: str) -> list[tuple[str, str]]:
    return [(f.entity.value, text[f.start : f.end]) for f in check_prompt(text).findings]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("của bà Trần Thị Mỹ Duy-\nên, trú tại phường 2", ("PERSON", "Trần Thị Mỹ Duy-\nên")),
        ("đơn của ông Nguyễn Văn Thắ-\nng về việc cấp đổi", ("PERSON", "Nguyễn Văn Thắ-\nng")),
        ("ông Lê Văn Hoà-\r\nng ký nhận", ("PERSON", "Lê Văn Hoà-\r\nng")),
        (
            "trú tại số 56 đường Nguyễn Thái Học, phường Quy Nhơn Nam, tỉnh Gia La-\ni về việc",
            ("ADDRESS", "số 56 đường Nguyễn Thái Học, phường Quy Nhơn Nam, tỉnh Gia La-\ni"),
        ),
    ],
)
def test_a_hyphenated_break_stays_inside_the_span(text: str, found: tuple[str, str]) -> None:
    assert found in spans(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the next line opens another word: the two pieces spell no syllable
        ("ông Trần Văn Hùng-\nvà bà Lan đến", ("PERSON", "Trần Văn Hùng")),
        ("ông Nguyễn Văn An-\nnam đi công tác", ("PERSON", "Nguyễn Văn An")),
        # a dash ending the line before a capital is no hyphenation
        ("ông Nguyễn Văn An -\nBà Lê Thị Hoa", ("PERSON", "Nguyễn Văn An")),
    ],
)
def test_a_dash_before_another_word_is_no_hyphenation(text: str, found: tuple[str, str]) -> None:
    assert found in spans(text)


# -- a given name said again inside an everyday word ------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "cô vui ở tổ 3 khu phố 2 gọi lên hỏi, cô vui chờ hai tháng rồi, "
            "nhờ soạn câu trả lời cho vui vẻ",
            "vui",
        ),
        ("chi vui o to 2 hoi, tra loi cho vui ve nhe", "vui"),
        ("chị mai gọi hỏi, mai mốt chị qua lấy", "mai"),
        ("anh lợi hỏi về lợi ích của bảo hiểm", "lợi"),
    ],
)
def test_the_everyday_word_a_given_name_spells_is_no_repeat(text: str, name: str) -> None:
    found = persons(text)
    assert found
    assert all(n == name for n, _ in found)
    ends = [f.end for f in check_prompt(text).findings if f.entity is EntityType.PERSON]
    everyday = text.rindex(name)
    assert everyday + len(name) not in ends
