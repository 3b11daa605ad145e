"""Names in ordinary proper-case prompts (issue 15, i15-vi22): rare surnames matched only as
spelled (``surnames_spelled.txt``), a provincial chairman whose given name no lexicon holds,
a signer under a title line; each beside the negatives that must stay clean."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import check_prompt
from ai_guard.detectors.person import PersonNameDetector
from ai_guard.detectors.person.lexicon import lexicons, spelled_surnames
from ai_guard.text import Document, data, fold_word
from ai_guard.text.match import spelling


def names(text: str) -> list[str]:
    return sorted(
        text[d.start : d.end] for d in PersonNameDetector().detect(Document(text)) if d.score >= 0.5
    )


RARE = data.lines("detectors/surnames_spelled.txt")


def test_spelled_surnames_stay_out_of_the_folded_lexicon() -> None:
    # the folded lexicon would make "gia", "xa", "thi" open names in every plain line
    folded = lexicons().surnames
    assert RARE
    for name in RARE:
        assert fold_word(name) not in folded, name
        assert spelling(name) in spelled_surnames()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bệnh nhân Giả Thị Thu, 72 tuổi, tiền sử tăng huyết áp", "Giả Thị Thu"),
        ("Danh sách B: Ứng Văn Khải (0941 362 057).", "Ứng Văn Khải"),
        ("khách Thi Văn Hoành để lại số điện thoại", "Thi Văn Hoành"),
        ("FN:Kiên Thị Sô Mali", "Kiên Thị Sô Mali"),
        ("<HoTen>Mè Văn Pằn</HoTen><NamSinh>1949</NamSinh>", "Mè Văn Pằn"),
        ("Hộ ông Xa Văn Khương, bản Nà Khà", "Xa Văn Khương"),
        ("- Sái Thị Hoa, 0912 345 678", "Sái Thị Hoa"),
        ("Người nhận: Khưu Văn Lợi", "Khưu Văn Lợi"),
        # a strong cue before the name vouches for it without a middle name
        ("con trai Giả Trường gọi điện báo", "Giả Trường"),
    ],
)
def test_rare_surnames_spelled_so_open_names(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        # the letters spell a unit or a word in plain or capital lines
        "XA HOA AN, HUYEN CHO MOI",
        "Xa Van Khuong o xa Hoa An",
        "dia chi: Xa Tan Phu, huyen Dinh Quan",
        # everyday words in a title-case heading
        "Giả Định Nghiên Cứu",
        "Kiên Trì Mục Tiêu Đề Ra",
        "Thi Hành Án Dân Sự",
        "Kiên Định Lập Trường",
        # places spelled so
        "huyện Kiên Hải, tỉnh An Giang",
        "Kiên Giang",
        # no middle name and no cue: a rare surname alone is too weak a sign
        "Giả Mạo Giấy Tờ",
        "Xa Lộ Hà Nội",
        # in lower case and folded text the rare surnames are no surnames
        "gia thi thu den kham",
        "giả thị trường",
    ],
)
def test_rare_surnames_leave_words_clean(text: str) -> None:
    assert names(text) == []


@settings(max_examples=60, deadline=None)
@given(
    surname=st.sampled_from(["Giả", "Thi", "Kiên", "Mè", "Xa", "Sái", "Khưu", "Lều", "Tẩn"]),
    middle=st.sampled_from(["Văn", "Thị"]),
    given_name=st.sampled_from(["Khải", "Thu", "Hoành", "Lan", "Hùng", "Mai", "Tuấn"]),
    lead=st.sampled_from(["Bệnh nhân ", "- ", "Danh sách: ", "Hộ gia đình ", ""]),
)
def test_any_rare_surname_with_a_middle_name_is_a_name(
    surname: str, middle: str, given_name: str, lead: str
) -> None:
    name = f"{surname} {middle} {given_name}"
    assert name in names(f"{lead}{name}, sinh năm 1980, trú tại thôn 3.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Soạn quyết định khen thưởng (do Chủ tịch UBND tỉnh Sầm Văn Tước ký):",
            "Sầm Văn Tước",
        ),
        ("Phó Chủ tịch UBND huyện Lò Văn Pọm chủ trì cuộc họp.", "Lò Văn Pọm"),
    ],
)
def test_office_holder_with_an_unknown_given_name_is_found_and_public(text: str, name: str) -> None:
    check = check_prompt(text)
    found = [f for f in check.findings if text[f.start : f.end] == name]
    assert found
    assert all(f.action.value == "allow" for f in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("QUYẾT ĐỊNH\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLữ Quang Ngời", "Lữ Quang Ngời"),
        ("THÔNG BÁO\nGIÁM ĐỐC\n\nHà Thị Ngời", "Hà Thị Ngời"),
    ],
)
def test_signer_under_a_title_line_is_found_and_public(text: str, name: str) -> None:
    check = check_prompt(text)
    found = [f for f in check.findings if text[f.start : f.end] == name]
    assert found
    assert all(f.action.value == "allow" for f in found)


@pytest.mark.parametrize(
    "text",
    ["GIÁM ĐỐC\nSở Tư Pháp Hà Nội", "CHỦ TỊCH\nỦy Ban Nhân Dân", "PHÓ CHỦ TỊCH\nHội Đồng Nhân Dân"],
)
def test_a_title_line_makes_no_name_of_an_agency_under_it(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a PDF's or an OCR's flattened form: the next field's label after the name
        ("Bệnh nhân: Đỗ Hoài Nam Giới: Nam Năm sinh: 2001", "Đỗ Hoài Nam"),
        ("Họ tên chủ hộ: Ðinh Công Tráng Sinh năm: l962", "Ðinh Công Tráng"),
        ("Họ tên: Nông Thị Thảo Dân tộc: Tày", "Nông Thị Thảo"),
        ("Họ và tên: Lê Văn Hải Quê quán: Nam Định", "Lê Văn Hải"),
        ("Người khai: Trần Thị Hồng Ngày sinh: 03/04/1990", "Trần Thị Hồng"),
        # an everyday word the last capitalised word opens
        ("đồng chí Khổng Thị Duyên Hoàn thành tốt nhiệm vụ.", "Khổng Thị Duyên"),
    ],
)
def test_a_name_ends_before_the_next_field(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # four-word names stay whole: a speaker's colon, a given name before a verb
        ("Lưu Thị Minh Nguyệt: Tối qua nước tràn vào nhà", "Lưu Thị Minh Nguyệt"),
        ("bà Nguyễn Thị Thu Hà đến nộp hồ sơ", "Nguyễn Thị Thu Hà"),
        ("Họ tên: Trần Văn Út Em, sinh năm 1970", "Trần Văn Út Em"),
        # a three-word name keeps a given name that is a label's word
        ("Họ tên: Hoàng Văn Sinh, năm sinh 1962", "Hoàng Văn Sinh"),
    ],
)
def test_names_that_open_no_field_stay_whole(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tối qua nước tràn vào nhà bà Tư Hùng với nhà anh Thắng", "Hùng"),
        ("hộ giáp ranh là bà Năm Lựu.", "Lựu"),
        ("hộ bà Sáu Hường và hộ anh Tư Rớt ở khóm 3", "Hường"),
        ("hộ bà Sáu Hường và hộ anh Tư Rớt ở khóm 3", "Rớt"),
        ("nhờ chú Bảy Tới chở hàng", "Tới"),
        ("cô Út Hạnh bán rau ở chợ", "Hạnh"),
    ],
)
def test_a_birth_order_word_is_left_out_of_the_name(text: str, name: str) -> None:
    found = names(text)
    assert name in found
    assert not any(f.endswith(f" {name}") for f in found)


def test_a_numeral_inside_a_full_name_stays() -> None:
    assert names("ông Trần Văn Út Em, ông Nguyễn Văn Ba Lé") == [
        "Nguyễn Văn Ba Lé",
        "Trần Văn Út Em",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a header cell that is a header of its own over a column of names
        (
            "Viết thư mời họp:\n\tHọc sinh\tPhụ huynh\tĐiện thoại\n"
            "\tBế Khánh Vy\tBế Văn Đông\t0388438298\n"
            "\tNông Gia Tuệ\tHoàng Thị Dịu\t0394608072",
            ["Bế Khánh Vy", "Bế Văn Đông", "Hoàng Thị Dịu", "Nông Gia Tuệ"],
        ),
        (
            "| Trẻ | Năm sinh | Phụ huynh |\n|---|---|---|\n"
            "| Ninh Gia Bảo | 2021 | Ninh Văn Chiến |\n| Lò Thị Khánh Vy | 2020 | Cầm Thị Xuân |",
            ["Cầm Thị Xuân", "Lò Thị Khánh Vy", "Ninh Gia Bảo", "Ninh Văn Chiến"],
        ),
        # a form's values under their labels are no column of names
        (
            "Họ tên:\tNgô Sĩ Toàn\nChức vụ:\tChi cục trưởng\nXếp loại:\tHoàn thành nhiệm vụ",
            ["Ngô Sĩ Toàn"],
        ),
    ],
)
def test_headers_and_form_values_are_no_column_mates(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_column_still_vouches_for_its_unknown_names() -> None:
    text = (
        "STT\tHọ tên\tSĐT\n1\tHoàng Văn Slan\t0912345678\n2\tLò Văn Pọm\t0987654321\n"
        "3\tZoram Bhiec\t0977123456"
    )
    assert "Zoram Bhiec" in names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "1. A Hyưn, 78 tuổi, làng Kon Rơ Wang, xã Đăk Rơ Wa\n"
            "2. Y Hlin, 81 tuổi, làng Kon Rơ Wang, xã Đăk Rơ Wa",
            ["A Hyưn", "Y Hlin"],
        ),
        ("3. Y Krông Kbuôr, buôn Kuốp, xã Dray Bhăng, tỉnh Đắk Lắk", ["Y Krông Kbuôr"]),
        ("- A Phiu, 1962, làng Kon Jri, xã Kon Chiêng", ["A Phiu"]),
    ],
)
def test_highland_list_items_with_an_age_or_two_words(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "1. A Văn Bản, làng Kon Jri",  # an everyday word after a letter
        "- a ve sinh, lang nghe truyen thong",  # two lower-case words after "a"
        "- A phiu, 78 tuổi, làng Kon Jri",  # the words not typed alike
    ],
)
def test_highland_list_items_leave_words_clean(text: str) -> None:
    assert names(text) == []


def _kept(text: str, name: str) -> bool:
    check = check_prompt(text)
    found = [f for f in check.findings if text[f.start : f.end] == name]
    return bool(found) and all(f.action.value == "allow" for f in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Người ký: Đỗ Minh Khôi - Phó Cục trưởng\nChuyên viên xử lý: Lã Văn Điềm", "Đỗ Minh Khôi"),
        (
            '{"so_ky_hieu": "1187/STP-HCTP", "nguoi_ky": "Hầu Thị Thanh Vân", '
            '"chuc_vu_nguoi_ky": "Phó Giám đốc", "nguoi_soan": "Ninh Quốc Trượng"}',
            "Hầu Thị Thanh Vân",
        ),
        (
            '{"nguoi_ky": "Y Thuyết Niê", "chuc_vu": "Phó Chủ tịch UBND tỉnh", '
            '"nguoi_soan": "H\'Bia Mlô"}',
            "Y Thuyết Niê",
        ),
    ],
)
def test_a_signer_field_with_an_official_title_is_public(text: str, name: str) -> None:
    assert _kept(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the drafter and the clerk beside the signer stay private
        ('{"nguoi_ky": "Hầu Thị Thanh Vân", "chuc_vu": "Phó Giám đốc", '
         '"nguoi_soan": "Ninh Quốc Trượng"}', "Ninh Quốc Trượng"),
        ("Người ký: Đỗ Minh Khôi - Phó Cục trưởng\nChuyên viên xử lý: Lã Văn Điềm", "Lã Văn Điềm"),
        # a signer with no official's title: a citizen signing his letter
        ("Người ký: Nguyễn Văn Hùng - người làm đơn", "Nguyễn Văn Hùng"),
        ('{"nguoi_ky": "Trần Văn Bình", "chuc_vu": "", "nguoi_soan": "Lê Thị Hoa"}',
         "Trần Văn Bình"),
    ],
)  # fmt: skip
def test_names_beside_a_signer_field_stay_private(text: str, name: str) -> None:
    check = check_prompt(text)
    found = [f for f in check.findings if text[f.start : f.end] == name]
    assert found
    assert all(f.action.value != "allow" for f in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "câu hỏi" after the name is no bridge ("cầu")
        ("Soạn giáo án: kể về Lý Tự Trọng, liên hệ câu hỏi của em lớp 5A", "Lý Tự Trọng"),
        ("Tóm tắt: khởi nghĩa Bà Triệu năm 248 và khởi nghĩa Hai Bà Trưng", "Bà Triệu"),
    ],
)
def test_historical_figures_kept_visible(text: str, name: str) -> None:
    assert _kept(text, name)


@pytest.mark.parametrize(
    "text",
    [
        "Bà Triệu bán rau ở chợ Đồng Xuân nhờ viết đơn",
        "nhà bà triệu ở xóm 3 nhờ viết đơn",
    ],
)
def test_mrs_trieu_is_no_figure(text: str) -> None:
    assert not any(f.pattern.startswith("public_role") for f in check_prompt(text).findings)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # one speaker by a given name alone after a chat log's time, the other in full
        ("[15:40] Phí Thanh Tâm: đ/c nhàn xin chuyển\n[15:41] Hậu: ok a", "Hậu"),
        # a unit after a dash
        ("[08:12] tổ trưởng hòa: bà lài báo mất nước\n[08:20] Tuấn - Phòng KT: e gọi rồi", "Tuấn"),
    ],
)
def test_a_timed_speaker_alone_is_a_name(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    ["[08:00] Lưu ý: mang CCCD bản gốc", "[09:00] Kết luận: đồng ý", "Lưu: VT, VP"],
)
def test_timed_labels_are_no_speakers(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("INSERT INTO t (ho_ten) VALUES\n(N'Ninh Quang Khởi', '1975-11-23');", "Ninh Quang Khởi"),
        ("UPDATE cb SET ho_ten = N'Trần Văn An' WHERE id = 4;", "Trần Văn An"),
        ("VALUES (N'Thôn Tiên Hưng', N'Nguyễn Thị Hoa')", "Nguyễn Thị Hoa"),
    ],
)  # fmt: skip
def test_sql_unicode_literals_hold_names(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        # a glued prefix in prose is a name's own, no literal's
        "Bà H'Bia Mlô ở buôn Ea Ao",
        "VALUES (N'Hà Nội', N'Việt Nam')",
    ],
)
def test_sql_literal_reading_leaves_the_rest(text: str) -> None:
    found = names(text)
    assert not any(n.startswith(("Bia", "Hà Nội", "Việt")) for n in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"Tổng hợp theo người - Mai Xuân Khiếu (CMND 186472039)"', "Mai Xuân Khiếu"),
        ("- Lâm Chí Khoáng, CCCD 079075001234, trú tại ấp 3", "Lâm Chí Khoáng"),
        ("Người nhận: Hà Quang Pởm (số CCCD: 014062001234)", "Hà Quang Pởm"),
    ],
)
def test_an_identity_number_after_a_name_vouches_for_it(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    ["Bộ Công An (CCCD 001203004005)", "Sở Tư Pháp (CMND 186472039)", "Hà Nội (CCCD 001203004005)"],
)
def test_an_identity_number_makes_no_name_of_an_agency(text: str) -> None:
    assert names(text) == []


def test_a_rare_surname_after_an_honorific_that_is_a_surname_too() -> None:
    assert names("Ông Thi Văn Hoành đến nộp hồ sơ") == ["Thi Văn Hoành"]


def test_typed_plain_thi_is_the_middle_name() -> None:
    found = names("Nguyen Thi Lan: c oi\nVo Thi My: 8h nha e\nNguyen Thi Lan: dc a")
    assert "Vo Thi My" in found


def test_no_rare_surname_opens_a_name_inside_a_run() -> None:
    found = names('ghi tên khai sinh là "Nguyên Thi Hông Duyên"')
    assert not any(n.startswith("Thi ") for n in found)


def test_a_two_word_given_name_keeps_its_birth_order_word() -> None:
    text = "bà Quách Thị Út Em, CCCD 089172559018; ông Hai ủy quyền cho bà Út Em."
    assert "Út Em" in names(text)
