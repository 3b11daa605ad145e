"""vn.person on the shapes the chat variants of the labelled sets still missed (issue 15, the
"chat6" pass): a cue the chat abbreviates ("đ/c"), cues of everyday paperwork ("công dân",
"tài xế", "tên tk"), "diệu" as a middle name, names in a mail header before the address, the
kin word "bác" before a full name, a lower-case middle name before a small accented word. Each
shape has the catch and what stays clean beside it."""

from __future__ import annotations

import pytest

from ai_guard import EntityType, check_prompt


def names(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.PERSON
    ]


# -- đ/c (đồng chí) before a full name: not chat's "c" (chị) -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("khen thuong: d/c bui thanh huong, d/c kha van loc", ["bui thanh huong", "kha van loc"]),
        ("khen thưởng: đ/c bùi thanh hương, đ/c kha văn lộc", ["bùi thanh hương", "kha văn lộc"]),
    ],
)
def test_a_full_name_after_comrade_abbreviated(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_chat_c_before_three_plain_words_still_needs_a_name_shape() -> None:
    # "c" alone is chat's chị: three words with no name's shape stay clean
    assert names("hom nay c bui qua nen chua lam") == []


# -- cues of everyday paperwork ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tra loi cong dan ta minh khue, sinh ngay 14/03/1991", ["ta minh khue"]),
        ("giấy hẹn cho tài xế lã văn tươi bị tạm giữ bằng lái", ["lã văn tươi"]),
        ("ten tk do thi minh hang, nho ke toan chuyen tien", ["do thi minh hang"]),
        ("nguoi lao dong vuong thi ngat xin chot so bhxh", ["vuong thi ngat"]),
    ],
)
def test_a_name_after_a_paperwork_cue(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Công dân Việt Nam có quyền tự do đi lại.",
        "cong dan duoc quyen khieu nai theo quy dinh",
        "so can cuoc cong dan cua toi bi mat",
    ],
)
def test_paperwork_cues_with_no_name_stay_clean(text: str) -> None:
    assert names(text) == []


# -- "diệu" typed without diacritics: a middle name before a given name, "Điều" before a number --


def test_dieu_before_a_given_name_is_a_middle_name() -> None:
    text = "toi ten la quach thi dieu linh, so cccd 038192011573"
    assert names(text) == ["quach thi dieu linh"]


@pytest.mark.parametrize(
    "text",
    [
        "ong pham van tai dieu 5 nghi dinh 100 quy dinh",
        "ong tran van dieu tra lai vu viec",
    ],
)
def test_dieu_as_the_legal_word_or_a_verb_is_no_name(text: str) -> None:
    assert all("dieu" not in n for n in names(text))


# -- a mail header: the name before the address in angle brackets --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "email chuyen tiep:\n> tu: truong my linh <truongmylinh.1990@gmail.com>",
            ["truong my linh"],
        ),
        ("> from: luc minh triet <trietlm@vinaport.com.vn>\n> gui anh", ["luc minh triet"]),
        ("to: john smith <jsmith@example.com>", ["john smith"]),
    ],
)
def test_a_name_before_the_address_in_a_mail_header(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "to: ban quan ly du an <bqlda@example.vn>",  # "quản lý", "dự án": a board
        "tu: phong to chuc can bo <tccb@example.vn>",
        "cc: support team <support@example.com>",
        "nho gui lai cho truong my linh qua mail nhe",  # no header, no address: not this path's
    ],
)
def test_a_mailbox_of_an_agency_stays_clean(text: str) -> None:
    assert names(text) == []


# -- "bác" the kin word before a full name; "Bác" the reverent name of Hồ Chí Minh -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đề nghị bác Trần Văn An bổ sung hồ sơ.", ["Trần Văn An"]),
        ("Hôm qua bác Phạm Bình đến nộp đơn.", ["Phạm Bình"]),
        ("Bác Nguyễn An hỏi về tiến độ giải quyết đơn.", ["Nguyễn An"]),
    ],
)
def test_a_full_name_after_the_kin_word_bac(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_the_reverent_bac_before_a_figure_redacts_nothing() -> None:
    result = check_prompt("Học tập tấm gương Bác Hồ Chí Minh.")
    assert result.allowed
    assert names("Học tập tấm gương Bác Hồ Chí Minh.") == []


# -- a lower-case middle name, then a small accented word ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hôm qua ông Nguyễn văn An đến nộp đơn.", ["Nguyễn văn An"]),
        ("Chào bạn, tôi là Trần thị Thu Hà, cần hỏi thủ tục.", ["Trần thị Thu Hà"]),
    ],
)
def test_a_lower_middle_name_before_a_small_accented_word(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_street_named_with_a_lower_middle_name_is_no_person() -> None:
    assert names("Nhà ở đường Nguyễn văn Cừ, quận 5.") == []


# -- the royal clan's double surnames: Tôn Thất, Tôn Nữ, names of four or five words -----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gửi hồ sơ cho bà tôn nữ thị hoàng oanh", ["tôn nữ thị hoàng oanh"]),
        ("gui ho so cho ba ton nu thi hoang oanh", ["ton nu thi hoang oanh"]),
        ("chu kiot la ba ton nu dieu hien no tien thue", ["ton nu dieu hien"]),
        ("giải ba: tôn thất minh khôi lớp 8b", ["tôn thất minh khôi"]),
        ("giai ba: ton that minh khoi lop 8b", ["ton that minh khoi"]),
        ("Chủ kiot là bà Tôn Nữ Diệu Hiền nợ tiền", ["Tôn Nữ Diệu Hiền"]),
    ],
)
def test_a_royal_clan_name_is_taken_whole(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "bão lũ gây tổn thất tài sản lớn",
        "bao lu gay ton that tai san lon cho nguoi dan",
        "gay ton that nang ne cho nguoi dan",
        "Bệnh viện Tôn Thất Tùng, Hà Nội",
    ],
)
def test_a_loss_or_a_hospital_is_no_royal_name(text: str) -> None:
    assert names(text) == []


# -- a Chinese given name of two syllables written apart -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nhờ dịch thư gửi ông Chen Wei Ming và bà Lin Mei Hua, nhà đầu tư Đài Loan",
            ["Chen Wei Ming", "Lin Mei Hua"],
        ),
        (
            "nho dich thu gui ong chen wei ming va ba lin mei hua, nha dau tu dai loan",
            ["chen wei ming", "lin mei hua"],
        ),
        ("Ông Zhang Wei đến làm việc.", ["Zhang Wei"]),
    ],
)
def test_a_chinese_name_of_three_syllables_is_taken_whole(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_three_chinese_syllables_with_no_cue_or_title_stay_clean() -> None:
    # "lin mei hua" are Vietnamese syllables too: alone, no name is shown
    assert names("Lin Mei Hua là tên một loài hoa.") == []


# -- a given name alone, its end marked by where the person lives or works, or why ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hôm qua bà nga xóm dưới lên xã khóc lóc", ["nga"]),
        ("nói anh bình nhà chị ấy vẫn chưa nhận được giấy", ["bình"]),
        ("nhờ đổi ca với a khoa vì bận đi học", ["khoa"]),
        ("hỏi giúp chú sáu dưới ấp có nhận được tiền", ["sáu"]),
        ("Hôm qua bà Nga xóm dưới lên xã.", ["Nga"]),
    ],
)
def test_a_given_name_alone_before_a_place_or_a_reason(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "các anh hùng vì nước quên thân",  # "anh hùng": a hero
        "em bé nhà bên khóc cả đêm",
        "anh em nhà mình đi ăn thôi",
        "chiến đấu anh dũng vì tổ quốc",
    ],
)
def test_kin_word_compounds_before_those_words_stay_clean(text: str) -> None:
    assert names(text) == []


# -- a numbered list in capitals: a Thái given name outside the lexicon after VĂN / THỊ ---------


def test_a_capitals_list_of_thai_names_is_read_row_by_row() -> None:
    text = (
        "Danh sách hộ nhận giống ngô:\n1. LÒ VĂN SẤU - BẢN NÀ LỪA\n"
        "2. CẦM THỊ PÍNH - BẢN HUỔI MẸT\n3. QUÀNG VĂN KHOẺ - BẢN NÀ LỪA"
    )
    assert names(text) == ["LÒ VĂN SẤU", "CẦM THỊ PÍNH", "QUÀNG VĂN KHOẺ"]


def test_a_capitals_contents_list_stays_clean() -> None:
    text = "MỤC LỤC\n1. PHẠM VI ĐIỀU CHỈNH - CHƯƠNG I\n2. HÀ VĂN BẢN - THÔN 3"
    assert names(text) == []  # "văn bản": a document


# -- Chăm surnames: Đàng -------------------------------------------------------------------------


def test_a_cham_name_opening_a_line() -> None:
    assert names("Đàng Năng Thọ, thôn Phước Đồng, xã Phước Hậu") == ["Đàng Năng Thọ"]


def test_dang_hoang_decent_stays_clean() -> None:
    assert names("Anh ấy sống đàng hoàng, tử tế. Đàng hoàng mà sống.") == []


# -- a chat log's speaker of two given names -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "tóm tắt:\n[08:12] Khoa: hồ sơ đã duyệt chưa\n[08:15] Ánh Nguyệt: chưa e\n"
            "[08:16] Khoa: ok",
            ["Khoa", "Ánh Nguyệt", "Khoa"],
        ),
        # in lower case too, as in capitals above: two given-name speakers with their times
        # (i15-h39: a display name of two given names counts as one of the log's speakers)
        (
            "tóm tắt:\n[08:12] khoa: hồ sơ đã duyệt chưa\n[08:15] ngọc hân: chưa e",
            ["khoa", "ngọc hân"],
        ),
    ],
)
def test_a_speaker_of_two_given_names_in_a_timed_chat(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "[08:00] Thanh Hóa: mưa to\n[09:00] Hà Nội: nắng",  # provinces
        "lịch:\n[08:00] Văn Bản: đã gửi\n[09:00] Thanh Toán: xong",  # everyday words
        "[08:15] Ánh Nguyệt: chưa e",  # one timed line: no chat log
    ],
)
def test_timed_lines_that_are_no_chat_of_people_stay_clean(text: str) -> None:
    assert names(text) == []


# -- lower-case names after an English title; Korean names in capitals ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "bien ban lam viec voi ms. siobhan o'callaghan va mr. d'arcy whitfield cua to chuc",
            ["siobhan o'callaghan", "d'arcy whitfield"],
        ),
        (
            "draft a letter to dr. olga petrovna smirnova confirming her post",
            ["olga petrovna smirnova"],
        ),
        ("the consultant is mr. johannes van der berg; his assistant", ["johannes van der berg"]),
        ("soạn email cho mr pierre dubois bên tổ chức phi chính phủ", ["pierre dubois"]),
        ("thank-you note to mrs. khang of 12 ly tu trong st", ["khang"]),
        ("passport no. b 9163 047, holder CHOI MIN-SEOK, visa expires", ["CHOI MIN-SEOK"]),
        ("passport no. b 9163 047, holder choi min-seok, visa expires", ["choi min-seok"]),
        ("Danh sách: KIM MIN-JUN, LEE SEO-YEON", ["KIM MIN-JUN", "LEE SEO-YEON"]),
    ],
)
def test_a_name_after_a_title_or_a_korean_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "thank you mr. president for the speech",
        "madam chair, the floor is yours",
        "turn left at 12 dr. so on",
        "the holder of the card must sign",
    ],
)
def test_an_office_after_a_title_stays_clean(text: str) -> None:
    assert names(text) == []


# -- the reading of a Chinese name before its characters in brackets -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ong phung tu hien (冯子轩), quoc tich trung quoc", ["phung tu hien", "冯子轩"]),
        ("ông truong vi kiet (張偉傑), quốc tịch Trung Quốc", ["truong vi kiet", "張偉傑"]),
        ("mr. kim dong-hyun goi sdt 0395 620 718", ["kim dong-hyun"]),
    ],
)
def test_a_chinese_reading_before_its_characters(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    ["bài thơ tĩnh dạ tứ (静夜思) của lý bạch", "Công ty Hoa Sen (華蓮) đã ký hợp đồng"],
)
def test_a_title_or_a_company_before_characters_stays_clean(text: str) -> None:
    assert names(text) == []


# -- typed without diacritics, "là", "ở" after a given name alone mark its end -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sdt moi cua c hien la 0833 915 462, c hien la thu quy truong", ["hien", "hien"]),
        ("huong dan che do cho c xoan o phong ke toan", ["xoan"]),
    ],
)
def test_a_plain_given_name_before_la_o(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ten e la luong thi kim oanh, e lam o bo phan mot cua",  # "làm ở": works at
        "chi thu la chinh, con lai tinh sau",
        "em hoi chi la sao",
    ],
)
def test_a_verb_before_la_o_stays_clean(text: str) -> None:
    assert [n for n in names(text) if n != "luong thi kim oanh"] == []


# -- false names seen in the chat variants: typed without diacritics, everyday words ----------


@pytest.mark.parametrize(
    "text",
    [
        "nho luu so: duong day nong bhxh 1900 9068, tong dai bao ve tre em 111",  # tổng đài
        "dia chi nhan: p.1205 toa ct2b kdt xa la",  # địa chỉ nhận, no "chị Nhàn"
        "e goi lai gium c nha",  # the particle nha (nhé)
        "Phuong Tran Hung Dao cua TP Quy Nhon cu nay thuoc tinh Binh Dinh",  # a ward
    ],
)
def test_everyday_words_typed_without_diacritics_stay_clean(text: str) -> None:
    assert names(text) == []


def test_a_surname_spelled_as_a_unit_word_before_a_private_name_is_kept() -> None:
    assert names("ông Duong Van Can phan anh cong bi tac") == ["Duong Van Can"]
    assert names("Ông Đường Văn Hải, CCCD 001085012345") == ["Đường Văn Hải"]


@pytest.mark.parametrize(
    "text",
    [
        # a land-price table of streets named after figures (holdout18): "Đường" heading the
        # line is the street, not the surname Đường; the figure's last word may lie past the
        # name's fourth ("Nguyễn Thị Minh Khai")
        "Bảng giá đất:\nĐường Phan Bội Châu (đoạn từ Lê Lợi đến Hùng Vương): 42 triệu/m2\n"
        "Đường Nguyễn Thị Minh Khai: 35 triệu/m2\nĐường Tôn Đức Thắng: 31 triệu/m2",
        "Đường Ngô Gia Tự đang được nâng cấp.",
    ],
)
def test_a_street_named_after_a_figure_with_its_unit_word_capitalised(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group chat copied without times: two speaker lines or more, the unit a group shows
        # after a name left out; a speaker read at first as a surname below the report floor
        (
            "Zalo:\nXuân Hạnh (Tư pháp): ai có số của ông Lò Văn Thiêng không\n"
            "Kiều Trinh: 0989 604 731 nè\nXuân Hạnh (Tư pháp): tks",
            ["Xuân Hạnh", "Lò Văn Thiêng", "Kiều Trinh", "Xuân Hạnh"],
        ),
        # a given name spelled with its own tone, "Nhị" (no "Nhi"): in the lexicon since 2026-12-05
        (
            "Nhóm:\nThanh Nhị (Hộ tịch): ai giữ sổ\nKiều Trinh: em giữ\nThanh Nhị (Hộ tịch): ok",
            ["Thanh Nhị", "Kiều Trinh", "Thanh Nhị"],
        ),
        # timed: a middle name shown with the given name
        (
            "[14:02] Phương Anh: đ/c nào giữ hồ sơ\n[14:03] Hữu Đạt: e giữ, còn thiếu giấy",
            ["Phương Anh", "Hữu Đạt"],
        ),
        # one such line alone, and lines of places and counts, are no chat
        ("Kiều Trinh: 0989 604 731", []),
        ("Bình Định: 12 hồ sơ\nNam Định: 7 hồ sơ\nHà Nam: 3 hồ sơ", []),
    ],
)
def test_two_word_speakers_of_a_chat_copied_without_times(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # chat's "c" before a word spelled otherwise than the nickname: "tự" (oneself)
        ("à mà thôi để c tự gọi", []),
        ("nãy c tư hỏi rồi", ["tư"]),
        # "a chi oi": anh chị ơi, two kin words addressed together
        ("a chi oi giup em viet bien ban ban giao", []),
    ],
)
def test_kin_words_and_words_spelled_otherwise_are_no_chat_nickname(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected
