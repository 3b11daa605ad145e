"""Where a name stops being a person's: a one-word name repeated inside another proper name,
a form's template name, titles and the national name typed without diacritics."""

from __future__ import annotations

import pytest

from ai_guard import EntityType, check_prompt


def test_a_short_reference_is_not_redacted_inside_a_place_name() -> None:
    text = "Ông Ninh Đức Long phát biểu. Ông Long đề nghị đi Hạ Long. Long nói thêm."
    r = check_prompt(text)
    assert "Hạ Long" in r.redacted_text
    assert r.redacted_text.count("Long") == 1  # every other "Long" is the person
    text = "Bà Nguyễn Thị Mai Hương đến. Bà Hương ở Hưng Yên, quê Hương Sơn."
    r = check_prompt(text)
    assert "Hương Sơn" in r.redacted_text
    assert "Bà Hương ở" not in r.redacted_text


@pytest.mark.parametrize(
    "text",
    [
        "mau don ghi vi du: Ho va ten: NGUYEN VAN A, so CCCD: 0xxxxxxxxxxx",
        "Ví dụ: Họ và tên: Nguyễn Văn A, sinh năm 19xx",
        "Mẫu: Trần Thị B, trú tại ...",
        'In the template, replace "Nguyen Van A" and "0xxx xxx xxx" with real data later',
        "Use the placeholder name Nguyễn Thị B in the sample letter",
        "giả sử ông Nguyễn Văn A nộp đơn thì xử lý thế nào",
        # a capitalised run that ends inside a title written on in lower case
        "Lịch trình cho đoàn học sinh: Lăng Chủ tịch Hồ Chí Minh, Văn Miếu",
        # English's article before a word that is a given name typed plain ("a cat": Cát)
        "The person in the red house owns a cat. Alice does not own a cat.",
        "She is a hung parliament expert with a tam o'shanter",
        "Kinh gui: Truong Phong Thi hanh an dan su khu vuc 3 - tinh Nghe An",
        "CONG HOA XA HOI CHU NGHIA VIET NAM\nKT. TONG CUC TRUONG",
    ],
)
def test_templates_titles_and_the_national_name_are_no_persons(text: str) -> None:
    assert not [f for f in check_prompt(text).findings if f.entity is EntityType.PERSON]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bị cáo Nguyễn Văn A phạm tội trộm cắp tài sản", "Nguyễn Văn A"),
        ("Họ và tên: Nguyễn Văn An, sinh năm 1980", "Nguyễn Văn An"),
        # a template word does not hide a real name, only a placeholder letter
        ("sample letter to Tran Van Binh about his file", "Tran Van Binh"),
        # a given name before an everyday word that is no title stays a name
        ("ông Trần Bình thường xuyên đến trụ sở", "Trần Bình"),
        # typed without diacritics: chat's particle or "o" (ở) is no fourth word of the name
        ("stk 1903 6657 284 011 ten le hoang phuc nha, ck giup a", "le hoang phuc"),
        ("ong kim van hung va ba hua thi sau o sn 17 to 3 xin giay", "hua thi sau"),
        # a vehicle's owner, a shop's owner: parties named after their role
        ("bien so 29-h2 518.46 chu xe dao xuan truong sdt 0948127503 vi pham", "dao xuan truong"),
        ("Chủ xe Đào Xuân Trường, SĐT 0948127503", "Đào Xuân Trường"),
    ],
)
def test_an_anonymised_or_real_name_outside_a_template_is_still_a_person(
    text: str, name: str
) -> None:
    spans = [text[f.start : f.end] for f in check_prompt(text).findings]
    assert name in spans


def _names(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.PERSON
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Nghị", "Chương", "Thông" are legal words only before what completes them
        ("tdp 6 – nhà anh Phan Thanh Nghị bị ngập, xin hỗ trợ", ["Phan Thanh Nghị"]),
        ("ông Trần Văn Chương đến nộp đơn", ["Trần Văn Chương"]),
        ("theo Nghị định 13 và Chương II Luật Đất đai", []),
        # a village's head, not a village named after a person
        (
            "hỏi ông trưởng thôn Cấn Văn Dự xem hộ bà Khuất Thị Nhàn",
            ["Cấn Văn Dự", "Khuất Thị Nhàn"],
        ),
        ("về thôn Nguyễn Văn Trỗi hỏi đường", []),
        # the commune's Party secretary, not a commune named after a person
        ("Đơn tố cáo ông Bí thư Đảng ủy xã Nguyễn Văn Hùng nhận tiền", ["Nguyễn Văn Hùng"]),
    ],
)
def test_given_names_that_spell_a_legal_word_and_a_village_heads_name(
    text: str, expected: list[str]
) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("em là vi thị hằng cán bộ địa chính xã", "vi thị hằng"),
        ("hồ sơ ông khổng văn bằng đủ chưa", "khổng văn bằng"),
        ("là cụ tiêu văn nguyên năm nay 95 tuổi", "tiêu văn nguyên"),
        ("vợ chồng anh tạ quang vinh chị mạc thị ngân đã ủng hộ", "tạ quang vinh"),
        # an ASCII fourth word in a name typed with diacritics is spelled so ("do", not "Đô")
        ("bị cáo tạ quang hưng do say rượu", "tạ quang hưng"),
        # a fourth word spelled as a given name is the name's
        ("chị lê thị diệu hằng nộp đơn", "lê thị diệu hằng"),
        ("bà nguyễn thị thu trang hỏi", "nguyễn thị thu trang"),
        # "mộng" is a middle name ("Mộng Tuyền", "Mộng Cầm"): the given name after it stays
        ("mình là quách thị mộng tuyền cán bộ địa chính xã", "quách thị mộng tuyền"),
        # "ý kiến" (opinion) is the sentence's: "Ý" is a given name only before no "kiến"
        ("ông giáp văn khuê ý kiến về đường điện", "giáp văn khuê"),
    ],
)
def test_a_fourth_lower_case_word_is_the_names_only_if_spelled_as_a_given_name(
    text: str, name: str
) -> None:
    assert _names(text)[0] == name


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the kin word a given name spells, as the cue of a name found right after it
        (
            "anh nguyen anh den nop ho so. nho ban soan tin nhan bao anh anh bo sung giay to.",
            ["anh [PERSON_1]", "bao anh [PERSON_2]"],
        ),
        # half of an everyday word in lower case ("hùng vĩ")
        ("bao chi hung bo sung giay to. phong canh hung vi qua", ["hung vi"]),
        # a word of a public figure's name that a street bears (Hoàng Hoa Thám, Ngô Quyền)
        ("c hoa oi, em dang ket xe tren pho hoang hoa tham", ["pho hoang hoa tham"]),
        ("chi quyen oi, con em hoc truong ngo quyen", ["truong ngo quyen"]),
    ],
)
def test_a_repeat_of_a_given_name_that_is_another_word_here_stays(
    text: str, kept: list[str]
) -> None:
    redacted = check_prompt(text).redacted_text
    for piece in kept:
        assert piece in redacted


def test_a_given_name_beside_words_that_name_no_figure_is_still_redacted() -> None:
    r = check_prompt("c hoa oi, nho nhac c hoa nhe. hoa tham gia hop chua")
    assert "hoa" not in r.redacted_text.replace("[", " ").lower().split()


def test_a_capitalised_given_name_is_still_redacted_wherever_it_stands() -> None:
    r = check_prompt("chị Anh nói rồi, gọi cho Anh nhé")
    assert "Anh" not in r.redacted_text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a word spelled as one that goes on with the sentence is no name's
        (
            "chị trang hỏi bao giờ có kết quả, chị nguyễn thị thu trang nộp rồi",
            "nguyễn thị thu trang",
        ),
        ("anh triệu tài vần ở thôn nặm đăm", "triệu tài vần"),
        # a double surname
        ("anh trần phùng gia huy học lớp 3", "trần phùng gia huy"),
        # an honorific after "cháu" is the cue of the next name, no surname
        ("cháu ông hiếu là cháu đỗ minh khang bị tai nạn", "hiếu"),
        # an ASCII capitalised honorific in a quote typed without diacritics
        (
            'Văn bản bị mất dấu: "Ong Nguyen Huu Tri, sinh ngay 7/4/1966, thuong tru"',
            "Nguyen Huu Tri",
        ),
    ],
)
def test_where_a_lower_case_name_starts_and_stops(text: str, name: str) -> None:
    found = _names(text)
    assert name in found
    assert not [f for f in found if " hỏi" in f or " là" in f or "Ong " in f]


def test_a_title_with_diacritics_names_its_holder_kept_visible() -> None:
    text = "tóm tắt bài phát biểu của tổng bí thư tô lâm tại hội nghị trung ương"
    r = check_prompt(text)
    person = [f for f in r.findings if f.entity is EntityType.PERSON]
    assert [text[f.start : f.end] for f in person] == ["tô lâm"]
    assert person[0].action.value == "allow"


def _person_spans(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.PERSON
    ]


@pytest.mark.parametrize(
    "text",
    [
        # "quản lý": the surname "Lý" is the second half of an everyday word
        "Kính gửi: PHÒNG CẢNH SÁT QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI",
        # "công an": an everyday word opens the run
        "CÔNG AN TỈNH\nPHÒNG CẢNH SÁT QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI\nSố: 12/HD-PC06",
    ],
)
def test_an_agency_in_capitals_is_no_name(text: str) -> None:
    assert _person_spans(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ÔNG LÝ VĂN HÙNG", "LÝ VĂN HÙNG"),
        ("Họ và tên: CÔNG THỊ NGA\nCCCD: 001190012345", "CÔNG THỊ NGA"),
        ("Kính gửi ông LÝ HÙNG CƯỜNG", "LÝ HÙNG CƯỜNG"),
    ],
)
def test_a_name_in_capitals_beside_such_words_stays_one(text: str, name: str) -> None:
    assert _person_spans(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # typed without diacritics, a preposition or a conjunction after a "văn" name goes on
        # with the sentence ("nhưng", "trong"), and "trước" is no rare given name
        (
            "nam 2023 toi gop von voi ong tieu van manh nhung den nay chua tra",
            "tieu van manh",
        ),
        ("nho a rut gon nhan xet d/c ha van khiem trong danh sach quy hoach", "ha van khiem"),
        # a form's next column after a wide gap
        ("xu phat doi voi:\nong: hau van chung    gioi tinh: nam", "hau van chung"),
        # the same words closing a name before punctuation, and "Nhung" after "thị"
        ("ong tran van minh trong, sinh nam 1970", "tran van minh trong"),
        ("chi nguyen thi hong nhung den nop ho so", "nguyen thi hong nhung"),
    ],
)
def test_a_plain_name_ends_before_a_word_that_goes_on(text: str, name: str) -> None:
    assert [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.PERSON
    ] == [name]


def test_before_is_no_rare_given_name() -> None:
    text = "giao ho so cho chi van khanh truoc 10h"
    found = [text[f.start : f.end] for f in check_prompt(text).findings]
    assert "van khanh truoc" not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "hay" (or) and chat's "ko" (không) after a name mark its end as "và" does
        (
            "ten trong danh sach: phan thi thanh tam hay phan thi thanh tam, cccd 046165008913",
            ["phan thi thanh tam", "phan thi thanh tam"],
        ),
        (
            "ten dung la luong thi my hanh ko phai luong thi mi hanh, sua giup e",
            ["luong thi my hanh", "luong thi mi hanh"],
        ),
        # a middle name spelled as a verb ("bảo": báo) inside a name closed by a bracket; the
        # nickname before the bracket is the same child's (PROMPTS.md: "cháu Bống" is labelled)
        ("chau bong (nguyen ngoc bao tram) hoc lop 2", ["bong", "nguyen ngoc bao tram"]),
        # "ở" before a house number closes the name
        ("anh truong cong hau o k24/7 bao mat giay to", ["truong cong hau"]),
        # "tu" (từ) needs a word after it: at the line's end it is the name's (Tú)
        ("ten chi ma thi cam tu", ["ma thi cam tu"]),
    ],
)
def test_plain_name_ends_marked_in_chat(text: str, expected: list[str]) -> None:
    found = [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.PERSON
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the verb stays out where it ends the name or where no punctuation closes it
        ("cho tran van an bao tin, chieu nay hop", "tran van an"),
        ("gui cho nguyen ngoc bao tin nay truoc", None),
        ("ong nguyen van an tu choi ky bien ban", "nguyen van an"),
        ("anh tran van an o 12 ngo 5 chua nop", "tran van an"),
    ],
)
def test_verbs_after_a_plain_name_stay_out_of_it(text: str, name: str | None) -> None:
    found = [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.PERSON
    ]
    assert found == ([name] if name else [])
