"""holdout40's proper-case misses, each as a family: an official's abbreviated title before a
name (ĐTV, KSV, CHV, TTV), a cued "Đồng Văn" name whose given name no lexicon holds, a
nickname after a kin word closed by a bracket, the Filipino particles "dela" / "delos", and
Highland names as the numbered items of a list run on one line; with the ordinary words,
places and agencies that must stay clean."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import EntityType, check_prompt


def names(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.PERSON
    ]


#: given names that are Vietnamese but that no lexicon holds (the cue is the only sign)
_RARE_GIVENS = ("Khẩn", "Nhượng", "Thiềng", "Khoáng", "Nhẫn", "Tước", "Thỏa")


@pytest.mark.parametrize(
    ("title", "rest"),
    [
        ("ĐTV", "đề nghị bà Lâm Thị Kim Chi có mặt."),
        ("KSV", "đã phê chuẩn quyết định."),
        ("CHV", "thông báo cưỡng chế."),
        ("TTV", "làm việc với đơn vị."),
        ("đtv", "lấy lời khai."),
    ],
)
@pytest.mark.parametrize("given_name", _RARE_GIVENS)
def test_abbreviated_official_title_cues_a_name(title: str, rest: str, given_name: str) -> None:
    text = f"Sửa giấy mời: {title} Võ Thành {given_name} {rest}"
    assert f"Võ Thành {given_name}" in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "ĐTV Công an tỉnh đã lấy lời khai.",
        "KSV Viện kiểm sát nhân dân khu vực 2 tham gia.",
        "Hồ sơ gửi CHV Chi cục Thi hành án dân sự.",
        "TTV Thanh tra tỉnh kết luận.",
    ],
)
def test_abbreviated_title_before_an_agency_stays_clean(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize("cue", ["công dân", "ông", "anh", "bà", "cụ"])
@pytest.mark.parametrize("given_name", ["Nhượng", "Khẩn", "Thiềng"])
def test_cued_dong_van_name_with_an_unlisted_given_name(cue: str, given_name: str) -> None:
    middle = "Thị" if cue == "bà" else "Văn"
    text = f"Sổ tiếp dân: {cue} Đồng {middle} {given_name}, số 112 Lạch Tray, hỏi về bồi thường."
    assert f"Đồng {middle} {given_name}" in names(text)


def test_the_name_found_makes_its_short_reference() -> None:
    text = "công dân Đồng Văn Nhượng hỏi về đền bù; ông Nhượng đề nghị trả lời bằng văn bản."
    assert names(text) == ["Đồng Văn Nhượng", "Nhượng"]


@pytest.mark.parametrize(
    "text",
    [
        "Đi huyện Đồng Văn Hà Giang mùa hoa tam giác mạch.",
        "Lên kế hoạch du lịch Đồng Văn Mèo Vạc ba ngày.",
        "Cao nguyên đá Đồng Văn là công viên địa chất toàn cầu.",
        "anh đã lên Đồng Văn Mèo Vạc chưa",
        "Kính gửi Chánh Văn Phòng UBND tỉnh.",
    ],
)
def test_dong_van_the_place_stays_clean(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize("nickname", ["Bống", "Tí", "Tũn", "Cún", "Tèo"])
@pytest.mark.parametrize(
    ("cue", "note"),
    [
        ("cháu", "(tên khai sinh Đinh Ngọc Bảo Trâm)"),
        ("cháu", "(tên thật Bạch Minh Khang)"),
        ("cu", "(7 tuổi)"),
    ],
)
def test_nickname_closed_by_a_bracket(nickname: str, cue: str, note: str) -> None:
    text = f"Soạn đơn xin miễn học phí cho {cue} {nickname} {note}, nhà ở xóm Đồng Tâm."
    assert nickname in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Em bé (6 tháng) cần tiêm phòng đủ mũi.",
        "Thông báo cho cháu (nếu có) đến nhận.",
        "Chú ý (quan trọng): nộp trước thứ Sáu.",
    ],
)
def test_kin_word_before_a_bracket_names_nobody(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soạn hợp đồng với thầy Marco dela Cruz, số điện thoại 0865 413 290.", "Marco dela Cruz"),
        ("Gửi bà Maria dela Rosa bản hợp đồng lao động.", "Maria dela Rosa"),
        ("Email cho Ana delos Santos về lịch học.", "Ana delos Santos"),
        ("Mời ông Jose delos Reyes dự họp.", "Jose delos Reyes"),
    ],
)
def test_filipino_particle_names(text: str, expected: str) -> None:
    assert expected in names(text)


@pytest.mark.parametrize(
    "text",
    ["Nhà hàng dela Cruz mở cửa đến 22 giờ.", "Bảng giá delos Santos Medical Center."],
)
def test_filipino_particle_without_a_name_stays_clean(text: str) -> None:
    assert names(text) == []


@settings(max_examples=30, deadline=None)
@given(
    first=st.sampled_from(["Marco", "Maria", "Jose", "Ana", "Juan", "Carlos"]),
    particle=st.sampled_from(["dela", "delos", "de la", "del"]),
    last=st.sampled_from(["Cruz", "Rosa", "Santos", "Reyes", "Torre", "Paz"]),
)
def test_particle_names_property(first: str, particle: str, last: str) -> None:
    name = f"{first} {particle} {last}"
    assert name in names(f"Soạn thư mời thầy {name} dạy tiếng Anh.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lập danh sách học sinh nhận gạo: 1. A Kleng, lớp 7; 2. H'Lơn, lớp 6; "
            "cả hai ở làng Kon Jơ Dri, xã Đăk Rve, tỉnh Quảng Ngãi.",
            ["A Kleng", "H'Lơn"],
        ),
        (
            "Danh sách hộ nghèo: 1. Y Sâm, 1968; 2. H'Bia, 45 tuổi; ở buôn Ko Tam.",
            ["Y Sâm", "H'Bia"],
        ),
        ("ds nhan qua: 1. a phiu, 12 tuoi; 2. y klong, lop 5; o plei Ia Der", ["a phiu"]),
    ],
)
def test_highland_names_as_inline_numbered_items(text: str, expected: list[str]) -> None:
    found = names(text)
    for name in expected:
        assert name in found


@pytest.mark.parametrize(
    "text",
    [
        # no village named: the prefix and one word may be anything
        "Đáp án: 1. A Sai, lớp 7; 2. A Đúng, lớp 6.",
        # "làng" with no capitalised name after it is no village
        "Thống kê: 1. A Kleng, lớp 7; 2. H'Lơn, lớp 6; về làng chơi.",
    ],
)
def test_inline_items_without_their_marks_stay_clean(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("em H'Lơn học lớp 6 trường bán trú.", "H'Lơn"),
        ("Nhờ chị H'Bia nộp hồ sơ hộ nghèo.", "H'Bia"),
        ("cô K'Nhí dạy lớp 3 ở điểm trường.", "K'Nhí"),
        ("cháu H'Lơn và cháu Y Sâm đi học.", "H'Lơn"),
    ],
)
def test_highland_prefixed_name_alone_after_a_cue(text: str, expected: str) -> None:
    assert expected in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "người H'Mông ở Hà Giang làm ruộng bậc thang.",
        "dân tộc K'Ho sống ở Lâm Đồng.",
        "chị H'Mông đến chưa",  # the group, as a nickname would be a cue's word
        "bà con dân tộc H'Rê ở Quảng Ngãi.",
    ],
)
def test_ethnic_group_after_a_prefix_stays_clean(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kể lại truyền thuyết Sơn Tinh Thủy Tinh cho học sinh lớp 2.",
        "Tóm tắt truyện Thạch Sanh và Lý Thông cho học sinh.",
        "Soạn giáo án bài Chử Đồng Tử và Tiên Dung.",
        "Thủy Tinh dâng nước đánh Sơn Tinh.",
    ],
)
def test_legend_characters_are_no_private_names(text: str) -> None:
    result = check_prompt(text)
    assert result.decision.value == "allow"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ông Lý Thông ở thôn 3 nợ tiền", "Lý Thông"),
        ("anh Sơn Tinh ở xóm 2 gửi đơn", "Sơn Tinh"),
    ],
)
def test_a_cue_makes_a_legend_s_name_a_private_person(text: str, expected: str) -> None:
    result = check_prompt(text)
    assert result.decision.value == "redact"
    assert expected in names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lập danh sách lưu học sinh: Thanawat Srisombat (Thái Lan) và "
            "Khamphouvanh Sisavath (Lào), ở ký túc xá Đại học Vinh.",
            ["Thanawat Srisombat", "Khamphouvanh Sisavath"],
        ),
        (
            "Chuyên gia: Somchai Boonmee (Thái Lan), Khamphouvanh Phommachanh (Lào).",
            ["Khamphouvanh Phommachanh"],
        ),
        ("Giảng viên thỉnh giảng Hiroshi Watanabe (Nhật Bản) và trợ giảng.", ["Hiroshi Watanabe"]),
    ],
)
def test_foreign_name_with_its_country_in_brackets(text: str, expected: list[str]) -> None:
    found = names(text)
    for name in expected:
        assert name in found


@pytest.mark.parametrize(
    "text",
    [
        "Đối tác: Samsung Electronics (Hàn Quốc) và Toyota Motor (Nhật Bản).",
        "Xem phim Avatar Way (Mỹ) và Parasite (Hàn Quốc).",
        "Hội thảo tại Hanoi Hotel (Việt Nam) ngày mai.",
    ],
)
def test_company_or_title_with_a_country_stays_clean(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("con trai là Tanaka Minh Khôi, sinh năm 2020", "Tanaka Minh Khôi"),
        ("vợ là Park Thị Lan, sinh năm 1990", "Park Thị Lan"),
    ],
)
def test_foreign_surname_after_a_kin_word_and_la(text: str, expected: str) -> None:
    assert expected in names(text)


@pytest.mark.parametrize(
    ("text", "signer"),
    [
        (
            "Viết tin ngắn từ quyết định: bổ nhiệm bà Giang Thị Tuyết Mai giữ chức Phó Trưởng "
            "phòng. KT. GIÁM ĐỐC, PHÓ GIÁM ĐỐC Đặng Quốc Thiềng (đã ký).",
            "Đặng Quốc Thiềng",
        ),
        ("Tóm tắt: TM. UBND XÃ, CHỦ TỊCH Lò Văn Sướng đã ký quyết định.", "Lò Văn Sướng"),
        ("TL. GIÁM ĐỐC, TRƯỞNG PHÒNG Nguyễn Thị Hoa (đã ký)", "Nguyễn Thị Hoa"),
    ],
)
def test_signer_of_a_signature_block_flattened_into_a_sentence_is_public(
    text: str, signer: str
) -> None:
    result = check_prompt(text)
    assert signer in (result.redacted_text or text)


@pytest.mark.parametrize(
    ("text", "private"),
    [
        # the mark typed in lower case with the title: no block pasted as written
        ("kt. giám đốc, phó giám đốc Đặng Quốc Thiềng ký", "Đặng Quốc Thiềng"),
        # a citizen named under no official's title after the mark
        ("Hồ sơ KT. hộ ông Nguyễn Văn An, sinh năm 1970", "Nguyễn Văn An"),
    ],
)
def test_without_the_block_s_marks_the_name_stays_private(text: str, private: str) -> None:
    result = check_prompt(text)
    assert private not in (result.redacted_text or text)
