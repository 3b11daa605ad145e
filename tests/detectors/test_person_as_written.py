"""vn.person on names as people write them (issue 15, tests/test_name_shapes.py): a capitalised
two-word name after a self-introduction ("tôi là Nguyễn An,"), and what must stay clean around
the same cues."""

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
        ("Chào bạn, tôi là Nguyễn An, cần hỏi thủ tục đăng ký kết hôn.", ["Nguyễn An"]),
        ("Em là Tiêu Hiển, cán bộ một cửa, nhờ bạn soạn thông báo.", ["Tiêu Hiển"]),
        ("Tôi tên là Đới Phụng, nhờ bạn viết đơn xin nghỉ phép.", ["Đới Phụng"]),
        ("Chao ban, toi la Nguyen An, can hoi thu tuc.", ["Nguyen An"]),
        ("Mình là TRẦN HÀ nha, viết giúp mình lá đơn.", ["TRẦN HÀ"]),
    ],
)
def test_a_two_word_name_after_a_self_introduction(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tôi là Công dân Việt Nam, cần hỏi thủ tục.",
        "Tôi là Trưởng phòng Tư pháp huyện.",
        "Em là Sinh viên năm 3, nhờ bạn viết đơn.",
        "Tôi là Đảng viên, cần hỏi về sinh hoạt chi bộ.",
        "Tên là Hà Nội thì viết hoa cả hai chữ.",
        "Tôi là người Hà Nội, sống ở Đống Đa.",
    ],
)
def test_no_name_after_a_self_introduction_that_names_no_one(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two words after an honorific, the end marked by the verb that follows
        ("de nghi ong nguyen an bo sung ho so truoc ngay 15.", ["nguyen an"]),
        ("đề nghị ông nguyễn an bổ sung hồ sơ trước ngày 15.", ["nguyễn an"]),
        ("hom qua ba tran hoa den nop don xin cap lai giay to.", ["tran hoa"]),
        ("bà lê hoa đã nộp đủ giấy tờ", ["lê hoa"]),
        # three or four name words after an honorific, the end marked by a verb
        ("de nghi ong nguyen the truong an bo sung ho so", ["nguyen the truong an"]),
        ("ong dam thai tra thong hoi ve tien do giai quyet don", ["dam thai tra thong"]),
        # two words after a label or an introduction, a surname that is no everyday word
        ("ho va ten: thuc hung\nnoi dung: xin cap lai giay khai sinh.", ["thuc hung"]),
        ("kiem tra giup to khai. nguoi lien he: trinh ngoan.", ["trinh ngoan"]),
        # a verb typed so that spells a given name, then an everyday word with the next one
        # ("làm đơn", "ký đơn", "cần làm"): the predicate opens there
        ("ong nguyen an lam don xin cap lai so do", ["nguyen an"]),
        ("ba le mai ky don roi gui len xa", ["le mai"]),
        ("chi tran hoa can lam giay khai sinh cho con", ["tran hoa"]),
    ],
)
def test_a_lower_case_name_ended_by_a_verb_or_a_mark(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # ordinary words after "ông", "bà", "anh", "chị", typed with or without diacritics
        "ong ay den roi",
        "ba con den nop don",
        "ong noi da mat nam ngoai",
        "anh em den choi",
        "chi tiet bo sung sau",
        "ong nuoc da hong",
        "ông bà đến thăm",
        "anh hùng đã hy sinh",
        "anh trần tình đã rõ",
        "anh vũ trang đến",
        "anh mai đâu nhé, mai gửi hồ sơ",
        "ba thang nua moi xong",
        "ong giam doc da ky",
        "ong quan ly da ky",
        "anh son la den choi",
        "ba hai phong da nop",
        # a number word "ba" (three) before an everyday word that spells a name
        "ba vu an da xet xu xong",
        "ba le hoi da dien ra",
        "ba tran dau da dien ra",
        "ba nguyen don da nop don",
        "ong vu truong da ky",
        "chi pham vi nay thoi",
        # a surname that is an everyday word without diacritics: no name on a verb alone
        "anh bach cong thanh dang o nha",
        "anh ha lan hoi ve tien do",
        "ten: khong co,",
    ],
)
def test_everyday_words_after_an_honorific_stay_clean(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Người đề nghị: Nguyễn\nAn, xin cấp lại giấy khai sinh.", ["Nguyễn\nAn"]),
        ("Người đề nghị: NGUYỄN\nAN, xin cấp lại giấy khai sinh.", ["NGUYỄN\nAN"]),
        ("Người đề nghị: NGUYỄN VĂN\nAN, xin cấp lại", ["NGUYỄN VĂN\nAN"]),
        ("Nguoi de nghi: Nguyen\nAn, xin cap lai giay khai sinh.", ["Nguyen\nAn"]),
        ("người viết đơn: nhữ\nvăn công liễu, xin cấp lại", ["nhữ\nvăn công liễu"]),
        ("nguoi de nghi: nguyen\nan, xin cap lai giay khai sinh.", ["nguyen\nan"]),
        ("Người viết đơn: Tiêu\nHiển\nNội dung: xin cấp lại", ["Tiêu\nHiển"]),
    ],
)
def test_a_name_broken_over_two_lines_after_a_cue(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a line ending in a surname-like word, then an ordinary line
        "Người đề nghị: Trần\nHà Nội là nơi tôi ở.",
        "Người khai: Hồ\nSơ kèm theo gồm 3 bản.",
        "Bị đơn: Công\nty TNHH ABC, địa chỉ",
        "người đề nghị: văn\nphòng công chứng số 1, hà nội",
        "nguoi de nghi: van\nphong cong chung,",
        "Người liên hệ: Phòng\nTư pháp,",
        "nguoi lien he: phong\nhanh chinh.",
        "Người đề nghị: Hoàng\nHôn,",
        "ho ten: la\nan,",
        # no cue before the line's last words
        "Hôm nay trời đẹp, ông bà đi chơi Nguyễn\nAn, xin cấp",
        "Kết quả: Nguyễn\nAn toàn, không có lỗi.",
    ],
)
def test_a_surname_like_word_at_a_line_end_is_no_broken_name(text: str) -> None:
    assert names(text) == []


def test_a_list_entry_in_capitals_broken_by_a_pdf_export_is_found_whole() -> None:
    text = "Danh sách trúng tuyển:\nLÂM NGỌC\nHÂN - 27,5 điểm\nDIỆP THẾ\nVINH - 26,0 điểm"
    assert names(text) == ["LÂM NGỌC\nHÂN", "DIỆP THẾ\nVINH"]


@pytest.mark.parametrize(
    "text",
    [
        # headings in capitals broken over lines: no name's shape, or more than the name
        "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do",
        "TRƯỜNG THPT LÊ VĂN\nHƯU - THÔNG BÁO",
        # two words only: a heading's end as often as a name's
        "LÂM\nHÂN - 27,5 điểm",
    ],
)
def test_capitals_broken_with_no_cue_need_a_list_entry_of_a_full_name(text: str) -> None:
    assert not any("\n" in n for n in names(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-letter prefix after an honorific, the end marked by the verb that follows
        ("de nghi ong y bia nie bo sung ho so truoc ngay 15.", ["y bia nie"]),
        ("de nghi ba h kong nie bo sung ho so", ["h kong nie"]),
        # a Hmong clan, "a" and the given name (no "ạ" there)
        ("de nghi ong sung a pao bo sung ho so truoc ngay 15.", ["sung a pao"]),
        ("toi la lau a chu, o ban sin chai", ["lau a chu"]),
        ("Ông Lầu A Chu, trú tại bản Sín Chải", ["Lầu A Chu"]),
        # a label, a prefix and a clan name
        ("ho va ten: y dju ktla\nnoi dung: xin cap lai giay khai sinh.", ["y dju ktla"]),
    ],
)
def test_a_lower_case_minority_name_after_a_cue(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "toi la y ta, can hoi lich truc",
        "ho ten: y ta",
        "chao anh a, em hoi chut",
        "cam on anh a nhe",
        "em cam on chi a",
        "dạ vâng ạ cảm ơn anh",
    ],
)
def test_prefix_letters_in_chat_are_no_minority_name(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("a ơi hoàng minh tuấn với chị lan nghỉ việc từ 1/12 rồi", "hoàng minh tuấn"),
        ("chi oi tran thi mai hom nay nghi", "tran thi mai"),
        ("em oi nguyen van an da nop chua", "nguyen van an"),
    ],
)
def test_a_name_after_the_vocative_oi_is_bounded(text: str, name: str) -> None:
    found = [text[f.start : f.end] for f in check_prompt(text).findings]
    assert name in found


@pytest.mark.parametrize("text", ["anh oi lam on giup em", "oi troi oi", "chị ơi cho em hỏi"])
def test_the_vocative_oi_opens_no_everyday_words(text: str) -> None:
    assert check_prompt(text).findings == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("gửi cho trần văn an nghỉ việc từ mai", "trần văn an"),
        ("gui cho tran van an nghi viec tu mai", "tran van an"),
    ],
)
def test_nghi_after_a_bounded_name_ends_it(text: str, name: str) -> None:
    assert [text[f.start : f.end] for f in check_prompt(text).findings] == [name]


def test_the_given_name_nghi_stays_in_the_name() -> None:
    text = "so sánh lý lịch của trần văn nghị và lê văn an"
    assert [text[f.start : f.end] for f in check_prompt(text).findings] == [
        "trần văn nghị",
        "lê văn an",
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # lower-case titles as cues (the title's own office may follow: "sở", "xã")
        ("giam doc so tran minh duc bi ky luat khien trach", "tran minh duc"),
        ("chủ tịch xã nguyễn văn hùng bị kỷ luật", "nguyễn văn hùng"),
        ("chuyên viên nguyễn thị lan nghỉ phép", "nguyễn thị lan"),
        # a predicate spelled with its diacritics is no fourth word of the name
        ("đơn tố cáo chủ tịch xã nguyễn văn hải nhận tiền của dân", "nguyễn văn hải"),
    ],
)
def test_a_lower_case_name_after_an_official_title(text: str, name: str) -> None:
    assert [text[f.start : f.end] for f in check_prompt(text).findings] == [name]


@pytest.mark.parametrize(
    "text",
    ["giáo viên Tiếng Anh", "văn thư Sở Tư pháp", "chuyên viên Văn phòng"],
)
def test_a_title_before_an_office_names_no_one(text: str) -> None:
    assert check_prompt(text).findings == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kin word or a title with its diacritics is that word: a surname and a given name
        # after it are a name, as after "ông"
        ("bác nguyễn an đến nộp hồ sơ xin cấp lại sổ hộ khẩu", ["nguyễn an"]),
        ("viết giúp thư cho cô trần hoa, hẹn thứ hai gặp", ["trần hoa"]),
        ("chú lê minh đã nộp đơn hôm qua", ["lê minh"]),
        ("mẹ cháu phạm linh nhờ viết đơn xin học", ["phạm linh"]),
        ("em trần hoa gửi hồ sơ rồi ạ", ["trần hoa"]),
        # typed without diacritics, only before a surname that is no everyday word
        ("bac nguyen an den nop ho so", ["nguyen an"]),
        ("nho viet thu cho co tran hoa, hen thu hai gap", ["tran hoa"]),
        ("chu huynh nam gui giay to roi", ["huynh nam"]),
    ],
)
def test_a_two_word_name_after_a_kin_word(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "anh em chú ý, cô đơn lắm, an toàn là trên hết",
        "chú ý: nộp hồ sơ trước ngày 15",
        "co le minh den muon mot chut",
        "cu le an toan la duoc",
        "dat bo hoang mot thoi gian",
        "co tran nha bi dot",
        "co nguyen nhan gi khong",
        "chu nguyen vong cua ban la gi",
        "em le minh chua lam xong",
        "cô ấy đến rồi, tên là gì nhỉ",
        "thầy giáo đến lớp muộn",
    ],
)
def test_everyday_words_after_a_kin_word_stay_clean(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name spaced letter by letter, read on the canonical reading's letter-spaced view
        ("Người nhận: N G U Y Ễ N  V Ă N  A N\nĐịa chỉ: xóm 3", ["N G U Y Ễ N  V Ă N  A N"]),
        ("Kính gửi ông T R Ầ N  T H Ị  H O A, số 5", ["T R Ầ N  T H Ị  H O A"]),
    ],
)
def test_a_letter_spaced_name_is_found_whole(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_letter_spacing_elsewhere_leaves_the_names_as_found() -> None:
    text = "M Ậ T - gửi anh Lê Văn An bản dự thảo"
    assert names(text) == ["Lê Văn An"]


def test_a_numbered_list_of_people_in_capitals_is_no_heading() -> None:
    text = "Danh sách hộ nghèo:\n1. NGUYỄN VĂN AN - THÔN 3\n2. CẦM THỊ XOAN, BẢN HUA LA\n"
    assert names(text) == ["NGUYỄN VĂN AN", "CẦM THỊ XOAN"]


@pytest.mark.parametrize(
    "text", ["1. QUY ĐỊNH CHUNG\n2. ĐỐI TƯỢNG ÁP DỤNG\n", "1. TRẦN HƯNG ĐẠO - KHU PHỐ 3\n"]
)
def test_numbered_headings_in_capitals_stay_clean(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rare surname spelled with its marks in a run that has them: the name
        ("DANH SÁCH: XỒNG A PHỬ, GIÀNG A DỦA", ["XỒNG A PHỬ", "GIÀNG A DỦA"]),
        # typed plain throughout: it may be the surname still
        ("ông XONG A PHU đến nhận", ["XONG A PHU"]),
        # the same letters without the surname's marks among words that carry theirs: a word
        ("Tài liệu có dấu XEM XONG TRẢ LẠI phải nộp", []),
        # the common surnames typed plain beside marked words stay names ("LE VĂN AN")
        ("Danh sách: LE VĂN AN, sinh 1980", ["LE VĂN AN"]),
        # ... and so do minority clans, often written without their tone
        ("3. LY THỊ SÚA - lớp 6A - con ông LY MÍ PAO", ["LY THỊ SÚA", "LY MÍ PAO"]),
        # ... and a surname typed plain before a middle name only names carry
        ("HỌ TÊN: TRA THỊ MAI", ["TRA THỊ MAI"]),
    ],
)
def test_a_capitals_run_reads_its_surname_as_spelled(text: str, expected: list[str]) -> None:
    found = [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.PERSON
    ]
    assert found == expected
