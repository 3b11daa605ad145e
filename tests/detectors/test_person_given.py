"""vn.person: people named by a given name or a nickname alone in lower-case chat, with no
full name anywhere in the prompt (issue 15: the largest leak left on a blind set)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import EntityType, check_prompt
from ai_guard.detectors.person import PersonNameDetector
from ai_guard.testing import strategies as vst
from ai_guard.text import Document
from ai_guard.text.document import fold


def names(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.PERSON
    ]


def given_alone(text: str) -> list[str]:
    doc = Document(text)
    return [
        doc.text[d.start : d.end]
        for d in PersonNameDetector().detect(doc)
        if d.pattern == "person.given_name" and d.score >= 0.5
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kin word or chat's abbreviation of one, the name's end marked
        ("nho a tuan gui lai ho so", ["tuan"]),
        ("c hanh bao la mai nop", ["hanh"]),
        ("e gui anh duc nhe", ["duc"]),
        ("chi oanh oi, gui giup em", ["oanh"]),
        ("bác tâm nói mai họp", ["tâm"]),
        ("cô liên dặn nộp trước 5h", ["liên"]),
        ("cj mai gui file", ["mai"]),
        ("toi la a hung, can hoi", ["hung"]),
        # several in one line
        ("a nam, c thu va e linh di hop", ["nam", "thu", "linh"]),
        # a phone number, a role after the name
        ("giao ho so cho a thinh 0779 456 120", ["thinh"]),
        ("chị mai kế toán nhắn là lương bị trừ nhầm", ["mai"]),
        # the older kin words typed without diacritics, where the person is called
        ("chu lan oi, mai nop bao cao nhe", ["lan"]),
        # the same cue and name again
        ("bà tư bán nước đầu ngõ, bà tư tên thật là gì", ["tư", "tư"]),
        # chat's everyday verbs after the person who does them; an e-mail after the name
        ("phân công: anh hưng đón đoàn, em thảo chuẩn bị phòng họp", ["hưng", "thảo"]),
        ("hôm qua chị thơm đưa cho anh kiên rồi mà", ["thơm", "kiên"]),
        ("từ 15/1 anh thắng phụ trách một cửa", ["thắng"]),
        ("nhà bên cạnh là ông sáu mở loa to", ["sáu"]),
        ("cc anh khoa khoa.dangminh@yahoo.com", ["khoa"]),
        # "đ/c" (đồng chí) as a cue; "đồng ý" opens a predicate
        ("ý kiến: đ/c toàn đề nghị lùi hạn, đ/c nhàn đồng ý", ["toàn", "nhàn"]),
        # a given name of two words, with diacritics
        ("người liên hệ chị khánh vy 0776 543 219", ["khánh vy"]),
        ("đường đến nhà chị ngọc hân", ["ngọc hân"]),
    ],
)
def test_a_given_name_alone_in_lower_case_chat(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ông tư bán cá nói giá tăng", ["tư"]),
        ("bác ba ở đầu xóm", ["ba"]),
        ("chú năm đi vắng", ["năm"]),
        ("dì bảy gọi điện", ["bảy"]),
        ("cô út ơi, con gửi đơn", ["út"]),
        ("bác Năm bán cá đầu ngõ", ["Năm"]),
    ],
)
def test_a_birth_order_nickname_names_a_person(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tuan: ok em\nhạnh: chiều nay nhé", ["tuan", "hạnh"]),
        ("10:02 tuan: alo\n10:03 hanh: da", ["tuan", "hanh"]),
        ("Đ/c Hùng: triển khai ngay\nĐ/c Lan: rõ", ["Hùng", "Lan"]),
        ("A.Tuấn: gửi hồ sơ\nE.Hoa: ok", ["Tuấn", "Hoa"]),
        ("ghi biên bản: cán bộ hoa: hồ sơ đủ chưa. cán bộ hoa: ok", ["hoa", "hoa"]),
    ],
)
def test_chat_speakers_in_lower_case_and_meeting_prefixes(text: str, expected: list[str]) -> None:
    assert given_alone(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "anh em trong phòng",
        "chị ấy nói rồi",
        "em ơi gửi giúp",
        "anh trai tôi",
        "cô giáo dặn",
        "bác sĩ khám",
        "chú ý hạn nộp",
        "năm 2024 kết quả tốt",
        "ba người đến",
        "tư vấn pháp lý",
        "sáu tháng đầu năm",
        "anh tuấn tú quá",
        "chú năm 2020 mới về",
        "áo bà ba đẹp quá",
        "chị út ơi em hỏi chút",  # the youngest sister, not a nickname
        "anh em minh di an com",  # "anh em mình"
        "ông được yêu cầu cấp phiếu",
        "em dang di cong tac",
        "hieu luc khong hay da bi thay the",
        "tp ho chi minh, ngay 09",
        "dia chi 14 kiet 52 nguyen chi thanh, phuong phu xuan",
        "co chu hoa, chu thuong, so va ky tu",
        "noi dung chi dao.",
        "tinh bac ninh, viet giup",
        "Chi cuc da thu ly 1.234 ho so",
        "chi oi em dan noi dung quyet dinh",
        "em chao anh chi, em ten la gi",
        "cô sinh 02/09/1975",
        # a verb that is also a given name, then a word that follows verbs ("điền vào",
        # "thu theo", "nhắc giúp"); "viết" typed without diacritics
        "nhờ anh điền vào danh sách đoàn",
        "chị thu theo quy định",
        "a nhac giup e",
        "e viet huong dan cai dat",
        # typed without diacritics, two words after a cue are everyday words as often
        "de nghi cap the tam tru; dia chi tam tru: can ho 1203",
        "e gui a luu lai",
        # a given name's syllable in an everyday compound after "e" ("tin nhắn", "thư mời")
        "soạn giúp e tin nhắn trả lời bà",
        "viết giúp e thư mời hội nghị",
    ],
)
def test_everyday_words_after_a_kin_word_are_no_name(text: str) -> None:
    assert given_alone(text) == []


_GIVENS = ["tuấn", "hạnh", "đức", "oanh", "liên", "lan", "hoa", "nga", "hải", "trang"]


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(["anh", "chị", "em", "cô", "chú", "bác"]),
    st.sampled_from(_GIVENS),
    st.sampled_from(["ơi, gửi giúp em", "nói mai họp", "gửi lại hồ sơ", "nhé"]),
    st.booleans(),
)
def test_a_kin_word_and_a_given_name_with_the_end_marked_are_found(
    cue: str, name: str, after: str, plain: bool
) -> None:
    text = f"nhờ {cue} {name} {after}"
    if plain:
        if cue not in ("anh", "chị", "em"):
            return  # "co", "chu", "bac" typed so are everyday words: see the examples
        text, name = fold(text), fold(name)
    assert names(text) == [name]


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(["anh", "chị", "em", "cô", "chú", "bác", "a", "c", "e"]),
    st.sampled_from(_GIVENS),
    st.sampled_from(["mắt", "bộ", "mốt", "đâu", "kia", "cũ"]),
    st.booleans(),
)
def test_without_an_end_marked_a_given_name_alone_is_no_name(
    cue: str, name: str, after: str, plain: bool
) -> None:
    text = f"{cue} {name} {after} trong ảnh"
    if plain:
        text = fold(text)
    assert given_alone(text) == []


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["năm", "ba", "sáu", "hai", "tư", "bảy"]),
    st.sampled_from(["người", "tháng", "năm", "ngày", "lần", "2024", "tuổi"]),
    st.sampled_from(["ông", "bà", "bác", "chú", "cô", "dì"]),
)
def test_a_count_after_a_kin_word_is_no_nickname(ordinal: str, unit: str, cue: str) -> None:
    assert given_alone(f"cả {cue} {ordinal} {unit} đều đến") == []


@settings(max_examples=80, deadline=None)
@given(vst.given_name_prompts())
def test_given_name_prompts_are_redacted_whole(prompt: vst.LabelledPrompt) -> None:
    found = [
        (f.start, f.end)
        for f in check_prompt(prompt.text).findings
        if f.entity is EntityType.PERSON
    ]
    for s, e, _ in prompt.spans:
        assert any(a <= s and e <= b for a, b in found), (prompt.text, prompt.text[s:e])
    for a, b in found:
        assert any(s <= a and b <= e for s, e, _ in prompt.spans), (prompt.text, prompt.text[a:b])


def test_given_name_prompts_know_their_writings() -> None:
    with pytest.raises(ValueError, match="unknown writings"):
        vst.given_name_prompts(writings=["upper"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ghi chép:\nC.Phượng: ok em làm\n", "Phượng"),
        ("Đ/c Hùng: đồng ý phương án", "Hùng"),
        ("A.Tuấn: đã gửi bản thảo", "Tuấn"),
        ("Chị Hoa: em gửi rồi nhé", "Hoa"),
    ],
)
def test_a_speaker_named_with_a_cue_speaks_alone(text: str, name: str) -> None:
    """One line of a meeting note, with its abbreviated cue: no second speaker needed."""
    from ai_guard import check_prompt

    result = check_prompt(text)
    assert [text[f.start : f.end] for f in result.findings if f.entity.name == "PERSON"] == [name]
    assert name not in result.redacted_text


@pytest.mark.parametrize(
    "text",
    ["Chú ý: hạn nộp 15/12", "CHÚ Ý: hạn nộp hồ sơ", "Anh hùng: phim hay", "Ghi chú: nộp trước",
     "Anh Em: họp lúc 2 giờ", "Chị Gái: đi chợ"],
)  # fmt: skip
def test_a_heading_with_a_kin_word_is_no_lone_speaker(text: str) -> None:
    from ai_guard import check_prompt

    assert not [f for f in check_prompt(text).findings if f.entity.name == "PERSON"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised word no lexicon lists, after a kin word written in lower case
        ("hôm qua cu Tũn nhà bên sang chơi, viết giúp biên bản hòa giải", ["Tũn"]),
        ("cháu Bống học lớp 3 trường xã, nhờ viết đơn xin miễn học phí", ["Bống"]),
        ("hồ sơ của cô Lụa, còn thiếu giấy khai sinh", ["Lụa"]),
    ],
)
def test_a_nickname_no_lexicon_lists_after_a_kin_word(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "đi thăm cô Giáo chủ nhiệm",
        "cụ Tổ nhà họ ngày xưa",
        "anh em chú ý, cô Đơn",
        "Cô Tấm và chị Cám là truyện cổ tích",
        "cô Ấy đến rồi",
    ],
)
def test_a_capitalised_everyday_word_after_a_kin_word_is_no_nickname(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one capitalised word named by "tên là" / "tên" in mid-sentence, its end closed
        ("vợ ông ấy tên là Lụa, làm ruộng ở xóm 2", ["Lụa"]),
        ("con tên Bống học lớp 2, nhờ viết đơn xin học bổng", ["Bống"]),
        ("chào bạn, tên tôi là Tũn, cần hỏi thủ tục", ["Tũn"]),
        # or by a foreign title
        ("Dear Mrs. Khang, thank you for the documents.", ["Khang"]),
        ("gửi Mr. Tuan hồ sơ dự thầu trước thứ sáu", ["Tuan"]),
    ],
)
def test_a_given_name_named_by_ten_la_or_a_foreign_title(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "tên là gì vậy bạn?",
        "đổi tên file thành báo cáo tháng",
        "Mr. President said the meeting is over.",
        "điền tên Công ty vào ô số 2",
        "tên Xã, huyện, tỉnh ghi ở dòng dưới",
    ],
)
def test_no_given_name_after_ten_la_or_a_title_naming_no_one(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Đề nghị cán bộ Công an phường hỗ trợ xác minh",  # "công an": the police
        "gửi cán bộ Hòa bình tĩnh giải thích",
    ],
)
def test_a_given_name_that_opens_an_everyday_word_is_the_word(text: str) -> None:
    spans = [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.PERSON
    ]
    assert spans == []


def test_a_given_name_before_an_ordinary_verb_stays_a_name() -> None:
    text = "hồ sơ anh Hùng nói là đủ rồi"
    spans = [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.PERSON
    ]
    assert spans == ["Hùng"]
