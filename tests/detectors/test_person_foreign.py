"""vn.person, foreign names in Vietnamese documents (Japanese, Korean, Chinese, Western) and
names a PDF export broke across lines; companies, products, places and English prose are not
names."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import EntityType, check_prompt


def names(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.PERSON
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tanaka Hiroshi gửi email đề nghị gia hạn.", ["Tanaka Hiroshi"]),
        ("Làm việc với ông Suzuki Kenji về hồ sơ.", ["Suzuki Kenji"]),
        ("Kim Min-jun nộp hồ sơ cấp thẻ tạm trú.", ["Kim Min-jun"]),  # not cut at the hyphen
        ("Park Ji-hoon nộp hồ sơ.", ["Park Ji-hoon"]),
        ("Lee Seo-yeon nộp hồ sơ.", ["Lee Seo-yeon"]),
        ("Wang Xiaoming gửi hồ sơ.", ["Wang Xiaoming"]),
        ("Mr. John O'Brien gửi thư.", ["John O'Brien"]),
        ("Ms. Anna Müller gửi thư.", ["Anna Müller"]),
        ("bà Mary-Jane Smith gửi thư.", ["Mary-Jane Smith"]),
        ("ngài Jean-Pierre Dupont gửi thư.", ["Jean-Pierre Dupont"]),
        ("Tanaka Hiroshi gui email", ["Tanaka Hiroshi"]),
        ("Please call John Smith tomorrow.", ["John Smith"]),
    ],
)
def test_foreign_names_are_found_with_exact_spans(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Samsung Electronics Việt Nam tuyển dụng.",
        "Toyota Motor Việt Nam tuyển dụng.",
        "Suzuki Motor và Honda City là hãng xe.",
        "Suzuki Swift là mẫu xe bán chạy.",
        "The Board met John's team on Monday.",
        "Please send it to Finance Department.",
        "George Town là thủ phủ bang Penang.",
        "Victoria Harbour ở Hồng Kông.",
        "Nam Dinh va Ha Noi, Tan Binh va Go Vap.",
        "An Giang co Chau Doc, Han Quoc co Seoul.",
        "Kim Long và Kim Liên là hai phường.",
        "Chương trình Word Bank Group tài trợ.",
    ],
)
def test_companies_places_and_prose_are_not_foreign_names(text: str) -> None:
    assert names(text) == []


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(["Kim", "Park", "Lee", "Choi", "Jung", "Kang", "Yoon"]),
    st.sampled_from(["Min", "Ji", "Seo", "Hye", "Dong", "Su", "Ha"]),
    st.sampled_from(["jun", "hoon", "yeon", "woo", "jin", "ah", "bin"]),
    st.sampled_from(["", "Ông ", "Người lao động: ", "Hôm nay "]),
)
def test_korean_names_with_a_hyphen_are_found_whole(
    surname: str, first: str, second: str, before: str
) -> None:
    name = f"{surname} {first}-{second}"
    assert names(f"{before}{name} nộp hồ sơ xin giấy phép lao động.") == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Người nộp: Nguyễn Văn\nAn, trú tại xã Tân Phú", ["Nguyễn Văn\nAn"]),
        ("đơn của bà Trần Thị\nThu Hà về việc tranh chấp", ["Trần Thị\nThu Hà"]),
        ("Hội đồng gồm ông Lê\nVăn Bình và các thành viên", ["Lê\nVăn Bình"]),
        ("Người nộp: Nguyễn Văn\r\nAn, trú tại", ["Nguyễn Văn\r\nAn"]),
        ("Nguyen Van\nAn nop don", ["Nguyen Van\nAn"]),
        (
            "Chúng tôi gồm: Chấp hành viên Nguyễn Thị Thu\nHà; Thư ký Lưu Đức Thắng.",
            ["Nguyễn Thị Thu\nHà", "Lưu Đức Thắng"],
        ),
    ],
)
def test_names_broken_across_lines_are_found_whole(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Căn cứ Luật Tổ chức\nChính phủ ngày 18 tháng 02 năm 2025",
        "Ủy ban nhân dân tỉnh Thái\nBình thông báo",
        "Bảo tàng Hồ Chí\nMinh mở cửa",
        "Nguyễn Văn An\nTrú tại: xã Tân Phú",
        "ông Nguyễn Văn An\nHà Nội, ngày 5 tháng 3",
        "ông Nguyễn Văn An\nSinh năm 1980",
    ],
)
def test_line_breaks_do_not_join_other_words_to_names(text: str) -> None:
    assert all("\n" not in n for n in names(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a strong cue, names no lexicon knows: Thai, Indian, Irish, Lao
        ("Anh Somchai Srisuk (Thái Lan) bị tai nạn giao thông.", ["Somchai Srisuk"]),
        ("Dr. Rajesh Kumar cần giấy xác nhận cư trú, viết mẫu.", ["Rajesh Kumar"]),
        ("Biên bản bàn giao cho bà Siobhan O'Connor, du khách Ireland.", ["Siobhan O'Connor"]),
        ("Ông Bounmy Phommachanh nộp hồ sơ.", ["Bounmy Phommachanh"]),
        # a name found by its first words keeps its surname
        ("Chị Maria Clara Santos đến nộp hồ sơ.", ["Maria Clara Santos"]),
        ("Ông Pierre Antoine Dubois đề nghị chứng thực.", ["Pierre Antoine Dubois"]),
    ],
)
def test_an_unknown_foreign_name_after_a_cue_is_found_whole(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "chị Google Meet bị lỗi",  # products
        "anh Microsoft Teams bị lỗi",
        "Ông Suzuki Motor",
        "học tiếng Anh Cambridge Starters",
    ],
)
def test_products_and_vietnamese_words_after_a_cue_are_no_foreign_name(text: str) -> None:
    assert names(text) == []


def test_a_vietnamese_word_after_a_foreign_name_is_not_taken() -> None:
    assert names("Mr. John Smith Nam Định") == ["John Smith"]


def test_a_title_in_capitals_is_a_cue_mid_sentence() -> None:
    # "Mr." is always capitalised: no place name hides in it as "Anh" does in "Đông Anh"
    text = "Soạn giúp thư mời Mr. Mark O'Brien sang làm việc với Sở vào tuần sau."
    assert names(text) == ["Mark O'Brien"]
    assert names("mời Dr. Rajesh Kumar sang") == ["Rajesh Kumar"]
    assert names("huyện Đông Anh Tuấn") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Thai and Lao: a listed given name first, then a family name too varied to list
        ("Hợp đồng lao động với ông Somchai Wongpanit, quốc tịch Thái Lan.", ["Somchai Wongpanit"]),
        (
            "cong nhan somchai prasert bi tai nan lao dong, lien he vo la malee prasert",
            ["somchai prasert", "malee prasert"],
        ),
        ("chị bounmy phommachanh lưu học sinh lào nhờ viết giấy xác nhận", ["bounmy phommachanh"]),
        # a Chinese name that Vietnamese syllables spell, after a title written the foreign way
        ("soạn giúp thư mời mr. li na sang làm việc với sở", ["li na"]),
        ("Soạn giúp thư mời Mr. Li Na sang làm việc với Sở", ["Li Na"]),
        # a Korean name with its hyphen after the English "to" (no "tổ" there)
        ("email to kim ji-woo (korean expert): meeting moved to friday", ["kim ji-woo"]),
    ],
)
def test_thai_lao_and_titled_chinese_names_are_found(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Vietnamese words that pinyin spells, with no foreign title: not names
        "anh li na nha chưa, em gửi file rồi",
        # "tổ" typed without diacritics before a Kinh-shaped phrase: "báo tổ trưởng hai lần"
        "ba co noi la da bao to truong hai lan, to truong co xuong",
        "gửi tổ kim long xem lại",
    ],
)
def test_no_foreign_name_without_the_foreign_evidence(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a double-barrelled surname, judged by its parts
        ("chuyên gia: John Smith-Taylor, quốc tịch Úc", ["John Smith-Taylor"]),
        # a surname particle in lower case between capitalised words
        (
            "mời ông Johannes van der Berg và bà Anna de Vries đến dự",
            ["Johannes van der Berg", "Anna de Vries"],
        ),
        ("Maria da Silva nộp hồ sơ", ["Maria da Silva"]),
        # a foreigner's surname alone after an honorific
        ("Kính gửi ông Nakamura, cảm ơn ông đã hỗ trợ", ["Nakamura"]),
        ("ông Tanaka, bà Johnson đến họp", ["Tanaka", "Johnson"]),
        # no Vietnamese syllable is taken for a foreign name alone, no particle for a name
        ("bà Lee nói", []),
        ("theo quy định de Nghi", []),
    ],
)
def test_particles_double_surnames_and_a_surname_alone(text: str, expected: list[str]) -> None:
    found = [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.PERSON
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kinh gui ong nakamura, cam on ong da ho tro", ["nakamura"]),
        ("moi ba anna de vries den du", ["anna de vries"]),
        ("soạn thư mời mr. john van der berg sang làm việc", ["john van der berg"]),
        # "de" after a Vietnamese word is "đề"
        ("ba ong de nghi bo sung", []),
        # an identifier's label is no word of a name: it ends the given name alone
        ("phu huynh em han sdt 0707 925 381", ["han"]),
    ],
)
def test_foreign_names_in_lower_case(text: str, expected: list[str]) -> None:
    found = [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.PERSON
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title right before the particle: the particle starts the name, the surname ends it
        (
            "Summarise: Mr. van der Meulen met the provincial office",
            ["van der Meulen"],
        ),
        # a capitalised surname with an elided article alone after a title
        (
            "Ms. O'Brien and Mr. D'Souza met at the provincial office",
            ["O'Brien", "D'Souza"],
        ),
        ("Dr. N'Diaye gửi lại hồ sơ", ["N'Diaye"]),
    ],
)
def test_a_surname_alone_after_an_english_title(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_no_elided_surname_without_a_title() -> None:
    assert names("O'Brien's pub opens at 9, D'Souza Street is closed") == []


def test_a_vietnamese_syllable_after_a_titled_particle_is_no_western_surname() -> None:
    assert "van Hai" not in names("Mr. van Hai")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "to" after a verb or noun that sends is the English preposition, not "tổ"
        (
            "pls draft an email to Pierre Lefèvre (pierre.lefevre@afd.fr) confirming the visit",
            ["Pierre Lefèvre"],
        ),
        # a field's label with its colon after a dash: "Name:" is the cue
        (
            "Foreign resident registration — Name: Abdul Karim Rahman, Nationality: Bangladesh",
            ["Abdul Karim Rahman"],
        ),
        # "tổ" typed plain before a place stays a place
        ("ông ở to Kim Long, phường Phú Xuân", []),
    ],
)
def test_english_prepositions_and_labels_before_foreign_names(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Indian, Polish, British and Irish names in a lower-case chat: given name first, then
        # a family name that is no Vietnamese syllable
        ("hi, my name is Declan Gallagher, i teach english ở trung tâm", ["Declan Gallagher"]),
        ("vợ ông ấy Anjali Sharma có được cấp thẻ tạm trú ko", ["Anjali Sharma"]),
        ("I'm Piotr Kowalski, polish, xin hỏi thủ tục", ["Piotr Kowalski"]),
    ],
)  # fmt: skip
def test_indian_polish_and_irish_names_in_chat(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a listed given name before capitalised Vietnamese syllables (a place) with no cue
        "đoàn Kiran Hà Nội về",
        "mẫu Ravi Nam Định",
        # a listed surname alone, with no title, is no name
        "hôm nay Patel gửi file",
    ],
)  # fmt: skip
def test_no_indian_or_polish_name_without_its_second_word(text: str) -> None:
    assert names(text) == []


def test_an_english_word_after_a_lower_case_foreign_name_ends_it() -> None:
    assert names("linh: yes sent to dr mehta this morning") == ["mehta"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case name goes on over a listed name word, not over other English words
        ("1 | rajesh kumar iyer | india | v4829137", ["rajesh kumar iyer"]),
        ("stt | full name\n1 | agnieszka nowak | poland", ["agnieszka nowak"]),
    ],
)  # fmt: skip
def test_a_lower_case_foreign_name_in_a_table_row_is_found_whole(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected
