"""vn.person: names with surname lexicon, capitalisation and cues; places and headings are not."""

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
        ("Kính gửi: Ông Trần Quốc Bảo, Giám đốc Sở Tư pháp", ["Trần Quốc Bảo"]),
        ("Người phải thi hành án: NGUYỄN THỊ HỒNG, sinh năm 1978", ["NGUYỄN THỊ HỒNG"]),
        ("đơn khiếu nại của bà Lê Thị Mai và biên bản", ["Lê Thị Mai"]),
        ("bị cáo Nguyễn Xuân T; bị hại là bà Bùi Thị U.", ["Nguyễn Xuân T", "Bùi Thị U"]),
        ("Nguyen Van An, thuong tru tai xa Tan Phu", ["Nguyen Van An"]),
        ("Please summarise the complaint of Mr Nguyen Van Binh.", ["Nguyen Van Binh"]),
        ("Đề nghị anh Hoàng Văn Nam, chị Đỗ Thị Lan liên hệ", ["Hoàng Văn Nam", "Đỗ Thị Lan"]),
        ("THÔNG BÁO\nVề việc thi hành án đối với ông NGUYỄN VĂN BÌNH", ["NGUYỄN VĂN BÌNH"]),
        ("- Ông Đồng Văn Mạnh, Agribank", ["Đồng Văn Mạnh"]),  # Đồng Văn is also a district
        ("Dân tộc Tày: ông Bế Văn Hưng", ["Bế Văn Hưng"]),  # Bế is a surname and 'bé'
        ("người nộp ông Chu Minh Đức, STK", ["Chu Minh Đức"]),  # Chu is not 'chú'
        ("đại diện bà Ông Thị Thanh Xuân", ["Ông Thị Thanh Xuân"]),
        ("chủ hộ Lầu Mí Sểnh, sinh năm 1968", ["Lầu Mí Sểnh"]),  # given name outside lexicon
        ("TRƯỞNG PHÒNG\n(đã ký)\nNguyễn Văn Thành", ["Nguyễn Văn Thành"]),
        ("Nguyễn Văn An, ngày 5/3 đã nộp", ["Nguyễn Văn An"]),
        ("Chủ hộ: ông Y Moan Niê, buôn Ako Dhông", ["Y Moan Niê"]),
    ],
)
def test_names_are_found_with_exact_spans(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "HỒ SƠ THI HÀNH ÁN DÂN SỰ\nQUYẾT ĐỊNH VỀ VIỆC CƯỠNG CHẾ THI HÀNH ÁN",
        "ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC",
        "Hôm nay tôi đi qua đường Nguyễn Huệ và trường THPT Lê Quý Đôn ở TP. Hồ Chí Minh.",
        "Văn bản này gửi Phòng Tư pháp quận Hoàng Mai và UBND phường Long Biên.",
        "Cao su, Cao đẳng, Hồ sơ, Đào tạo, Lâm nghiệp. Phan Thiết là thành phố.",
        "Sở Tư pháp TP Hồ Chí Minh tổ chức tập huấn tại Quận 1.",
        "Biên Hòa, ngày 12 tháng 8 năm 2025",
        "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.",
        "nút giao Lê Duẩn – Tôn Đức Thắng được phân luồng",
        "Phó Giám đốc Sở, Chánh Văn phòng và Phó Trưởng phòng dự họp",
        "Hợp tác với Hàn Quốc và Thái Lan",
        "Trụ sở: Số 58 Trần Phú, phường Ba Đình, Hà Nội",
        "12 Le Loi Street, Ben Nghe Ward, District 1",
        "BAN CHI DAO PHONG, CHONG THAM NHUNG TINH",
    ],
)
def test_places_headings_and_figures_are_not_names(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("e ơi chị nguyễn thị lan ở q1 nhờ em hỏi", ["nguyễn thị lan"]),
        ("gặp ông lê văn tâm hôm qua", ["lê văn tâm"]),
        ("anh tran van nam goi lai cho em", ["tran van nam"]),
        ("bà ấy là người tốt", []),
        ("chỉ trần minh đức biết", []),  # "chỉ" (only) is not "chị"
        # ... but "... thị ..." spelled so is a name's shape without any cue (uncued)
        ("chỉ nguyễn thị lan biết", ["nguyễn thị lan"]),
        ("co nhan the can thiet", []),  # no diacritics: "có", not "cô"
        ("chị lan gọi", ["lan"]),  # a given name alone, the sentence's subject (issue 15)
        # a figure's name after "ông" is a person's, as "Ông Trần Hưng Đạo" is
        ("ông trần hưng đạo", ["trần hưng đạo"]),
    ],
)
def test_lower_case_names_after_an_honorific(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_officials_are_reported_with_their_cue_as_context() -> None:
    [f] = [
        f
        for f in check_prompt("Chấp hành viên Phạm Quốc Trung có trách nhiệm").findings
        if f.entity is EntityType.PERSON
    ]
    assert f.context == "chap hanh vien"
    assert f.score >= 0.9


def test_no_cue_scores_lower_than_with_cue() -> None:
    plain = check_prompt("Trần Thị Thu Hà đã nộp hồ sơ").findings[0]
    cued = check_prompt("bà Trần Thị Thu Hà đã nộp hồ sơ").findings[0]
    assert plain.score < cued.score


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Họ tên: Đặng Quốc Việt   Giới tính: Nam   Ngày sinh: 20/10/1995",
            ["Đặng Quốc Việt"],
        ),
        ("| STT | Họ tên |\n|---|---|\n| 1 | Cầm Thị Ơn |", ["Cầm Thị Ơn"]),
        ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(đã ký)\nVàng Seo Phìn", ["Vàng Seo Phìn"]),
        ("Chủ trì: ông Hầu A Lềnh, Chủ tịch UBND xã", ["Hầu A Lềnh"]),
        ("soan cong van gui anh Ho Ngoc Son, email", ["Ho Ngoc Son"]),
        ("Viết phong bì cho:\nÔng Đinh Công Khải\nSố 27", ["Đinh Công Khải"]),
        ("Rewrite: my son NONG GIA HUY in class 8A3 was sick", ["NONG GIA HUY"]),
        ("STT\tHọ và tên\tChức vụ\n1\tLã Văn Khiêm\tPhó Giám đốc Sở", ["Lã Văn Khiêm"]),
        ("Tóm tắt giúp em:\nTỈNH ỦY NGHỆ AN\nBAN TỔ CHỨC", []),
        ("Chị văn thư hỏi về phong bì", []),
        ("giao lưu giữa Đoàn Thanh niên Sở và xã", []),
    ],
)
def test_layouts_seen_in_the_held_out_corpus(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_the_figure_a_city_is_named_after_is_kept_visible() -> None:
    # after "Chủ tịch" and "Tư tưởng" the person, reported for the public-role judgement
    text = "Chủ tịch Hồ Chí Minh đã dạy. Tư tưởng Hồ Chí Minh."
    found = [f for f in check_prompt(text).findings if f.entity is EntityType.PERSON]
    assert [(text[f.start : f.end], f.action.value) for f in found] == [
        ("Hồ Chí Minh", "allow"),
        ("Hồ Chí Minh", "allow"),
    ]
    assert all(f.pattern == "public_role.historical" for f in found)


def test_a_csv_row_with_a_dot_inside_a_quoted_cell_is_still_a_row() -> None:
    # "TP. Hồ Chí Minh" inside the quoted address is the cell's, no sentence's end: the name
    # under "ho_ten" is a cell of the column, whatever its given name
    text = (
        "chuyển csv này thành bảng word:\nho_ten,sdt,dia_chi\n"
        'Trương Công Tước,0916 384 027,"Tổ 4, khu phố Tân Lập, TP. Hồ Chí Minh"'
    )
    assert names(text) == ["Trương Công Tước"]
    # a dot outside the quotes still makes prose of the line
    prose = "ho_ten,sdt\nTrương Công Tước đến. Anh ấy hỏi, rồi về"
    assert names(prose) == []


def test_surname_that_is_also_a_relation_cue_after_an_honorific() -> None:
    # found by the person_names(diacritics=False) strategy: "Vo" is "Võ" here, not "vợ"
    assert names("Ong Vo Quang An de nghi") == ["Vo Quang An"]


# the scores docs/detectors.md documents for each kind of evidence (typed from the docs, not
# imported from ai_guard.detectors.person.scores: a changed constant must change the docs too)
@pytest.mark.parametrize(
    ("text", "name", "pattern", "score"),
    [
        ("Kính gửi bà Trần Thị Thu Hà", "Trần Thị Thu Hà", "person.surname_first", 0.95),
        (
            "| STT | Họ tên |\n|---|---|\n| 1 | Cầm Thị Ơn |",
            "Cầm Thị Ơn",
            "person.name_column",
            0.9,
        ),
        ("Trần Thị Thu Hà đã nộp hồ sơ", "Trần Thị Thu Hà", "person.surname_first", 0.85),
        ("nhờ chị nguyễn thị lan gửi", "nguyễn thị lan", "person.lower_case", 0.8),
        ("Chủ hộ: ông Bá Năng Thọ, buôn Ako", "Bá Năng Thọ", "person.cued", 0.75),
        ("Lê Xyz Hùng đã nộp hồ sơ", "Lê Xyz Hùng", "person.surname_first", 0.6),
        ("Hồ sơ NGUYỄN VĂN AN đã nhận đủ", "NGUYỄN VĂN AN", "person.surname_first", 0.8),
    ],
)
def test_each_kind_of_evidence_scores_as_documented(
    text: str, name: str, pattern: str, score: float
) -> None:
    [f] = [f for f in check_prompt(text).findings if f.entity is EntityType.PERSON]
    assert (text[f.start : f.end], f.pattern, f.score) == (name, pattern, score)


def test_a_two_word_name_without_a_cue_is_below_the_default_threshold() -> None:
    from ai_guard import Policy

    text = "Trần Hưng đã nộp hồ sơ"
    assert names(text) == []
    low = check_prompt(text, policy=Policy(min_score=0.4)).findings
    assert [(text[f.start : f.end], f.score) for f in low] == [("Trần Hưng", 0.45)]


def test_the_detector_keeps_its_import_path() -> None:
    from ai_guard.detectors import registry
    from ai_guard.detectors.person import PersonNameDetector

    assert PersonNameDetector.id == "vn.person"
    assert any(isinstance(d, PersonNameDetector) for d in registry.builtin_detectors())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after an honorific in capitals, a lexicon surname, "VĂN"/"THỊ" and a given name no
        # lexicon holds (a printed list of poor households)
        ("HỘ ÔNG LÂM VĂN DẾN - ẤP CHÂU HƯNG - 0368 452 017", ["LÂM VĂN DẾN"]),
        ("HỘ BÀ NGUYỄN THỊ LẸ - ẤP BÀ TƯỜNG", ["NGUYỄN THỊ LẸ"]),
        # not a syllable Vietnamese spells: no name
        ("GỬI ÔNG NGUYỄN VĂN XYZQ", []),
    ],
)
def test_a_rare_given_name_in_capitals_after_an_honorific(text: str, expected: list[str]) -> None:
    assert names(text) == expected
