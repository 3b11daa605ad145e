"""Plain chat as people type it (issue 15, the families holdout38's first run missed), on
probes of their own: a colleague named by a post in a chat line's speaker, a given name
between a contact's label and its number, a child's or an elder's nickname known by a
household or an age, a given name before a bank account's label or a verb closing a quote,
a full name typed with its middle name in lower case after "cho", a full name before a
hamlet and its commune, a list item between two names found, a Hmong name led by Ma, an
envelope's mark before a chat list, an internal mark with its document word, and the
everyday words beside them that must stay clean."""

from __future__ import annotations

import pytest

from ai_guard import Decision, EntityType, check_prompt

PERSON = EntityType.PERSON


def spans(text: str, entity: EntityType = PERSON) -> list[str]:
    return [text[f.start : f.end] for f in check_prompt(text).findings if f.entity is entity]


# --- a chat line's speaker named by a post -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the post after the name, typed plain, three lines
        (
            "tuan ke toan: sep oi phieu chi sai\nngoc van thu: de e bao lai\ntuan ke toan: ok",
            ["tuan", "ngoc", "tuan"],
        ),
        # the post before the name, with diacritics; the other speaker noted in brackets
        ("thư ký hùng: mai họp lúc 8h nhé\ntrang (văn phòng): vâng ạ", ["hùng", "trang"]),
        ("kế toán tuấn: sếp ơi phiếu chi sai\nvăn thư ngọc: để em báo lại", ["tuấn", "ngọc"]),
        # a timed log: "sếp" names a colleague, no department
        ("[8:02] hang tccb: e gui ds\n[8:05] sep long: ok nhe\n[8:06] hang tccb: da", None),
    ],
)
def test_a_speaker_named_by_a_post_is_a_person(text: str, names: list[str] | None) -> None:
    found = spans(text)
    if names is None:
        assert "long" in found
    else:
        assert found == names


@pytest.mark.parametrize(
    "text",
    [
        # a post alone is a label, no speaker
        "ke toan: so lieu thang nay\nvan thu: da nhan",
        "ke toan tong hop: so lieu thang nay\nvan thu: da nhan",
        "[8:02] ke toan: gui bao cao\n[8:05] sep: ok",
    ],
)
def test_a_post_alone_before_a_colon_names_no_one(text: str) -> None:
    assert spans(text) == []


# --- a given name between a contact's label and its number ---------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("nho a xem lai giup, sdt hoa la 0387 215 649", "hoa"),
        ("ai cần gì liên hệ vân số 0868 442 913", "vân"),
        ("zalo cua tuan: 0912345678", "tuan"),
        ("stk lan la 190366284715 nhe", "lan"),
    ],
)
def test_a_given_name_between_a_contact_label_and_its_number(text: str, name: str) -> None:
    assert spans(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "sdt nha la 0243 555 1234",  # the home's
        "sđt mới là 0912 345 678",  # the new one
        "lien he tong dai 1900 1234",  # the switchboard
        "sdt 0912 345 678",
        "lh anh 0912 345 678",  # a pronoun
    ],
)
def test_a_contact_label_before_a_number_alone_names_no_one(text: str) -> None:
    assert spans(text) == []


# --- a nickname known by a household or an age ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("cháu bống nhà chị dịu 3 tuổi bị sốt xuất huyết", ["bống", "dịu"]),
        ("be na nha chi thao bi cho can", ["na", "thao"]),
        ("còn hồ sơ bé tí nhà đinh văn khởi con chưa làm xong", ["tí", "đinh văn khởi"]),
        ("cụ tép năm nay 90 tuổi ở ấp 2", ["tép"]),
        ("cu tí nhà bác ba", ["tí", "ba"]),
    ],
)
def test_a_nickname_known_by_a_household_or_an_age(text: str, names: list[str]) -> None:
    assert spans(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "bà ngoại năm nay 80 tuổi",
        "anh ấy 30 tuổi rồi",
        "chị gái 30 tuổi",
        "ông cụ năm nay 90 tuổi",
        "bé nhà em 3 tuổi",
        "bác sĩ 50 tuổi",
        "cái bàn bé tí nhà anh ấy",
        "cháu nội nhà bà ngoại",
        # a verb of going before "nhà", "dụng cụ" typed plain
        "chau ve nha ong tu roi",
        "be sang nha chi lan choi",
        "c mang dung cu qua nha ong khieu nhe",
    ],
)
def test_kin_words_before_an_age_or_a_home_name_no_one(text: str) -> None:
    assert spans(text) == []


# --- a given name's end: a bank account's label, a verb before a closing quote --------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("e hoi chi nga so tai khoan nay dung chua", "nga"),
        ('nhờ sửa tin nhắn: "đã nhận hàng chưa, chị loan hỏi"', "loan"),
        ("(anh tuấn nói)", "tuấn"),
    ],
)
def test_a_given_name_whose_end_is_marked(text: str, name: str) -> None:
    assert spans(text) == [name]


def test_paying_to_an_account_names_no_one() -> None:
    assert spans("chi tra so tai khoan nao") == []


# --- full names -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the middle name in lower case after "cho" (for), no market ("chợ")
        ("nhờ viết đơn nghỉ phép cho Nguyễn văn Thịnh, phòng kế hoạch", "Nguyễn văn Thịnh"),
        ("giao cho Trần thị Lan xử lý", "Trần thị Lan"),
        # a Hmong name led by Ma and a Hmong middle name
        ("toi la ma seo chu o thon sin chai", "ma seo chu"),
        ("toi la ma a sung, o ban lech", "ma a sung"),
    ],
)
def test_a_full_name_typed_as_chat_types_it(text: str, name: str) -> None:
    assert name in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "gần chợ Nguyễn văn Trỗi có bán",  # a market
        "nhung ma a xem giup e cai nay",  # "mà a": but, brother
        "em hoi ma a noi dung khong",
        "ma a oi",
        # "thấy mã OTP" typed plain after a word that spells "thầy": no Ma without A/Seo/Mí
        "e bam quen mat khau ma ko thay ma otp gui ve dien thoai",
    ],
)
def test_a_market_and_chat_s_but_are_no_names(text: str) -> None:
    assert spans(text) == []


def test_a_name_before_a_hamlet_and_its_commune_ends_there() -> None:
    text = "pham van thinh cung thon, dao thi quyen thon phu xa trung son hung yen"
    assert spans(text) == ["pham van thinh", "dao thi quyen"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ds gom ngo thi thanh huong, la quoc nam, kha van tien", "la quoc nam"),
        ("ds gom ngo thi thanh huong, la quoc nam va kha van tien", "la quoc nam"),
        ("ds gom ngo thi thanh huong, do minh tam, kha van tien", "do minh tam"),
    ],
)
def test_a_list_item_between_two_names_found_is_a_name(text: str, name: str) -> None:
    assert name in spans(text)


def test_a_list_item_of_everyday_words_between_names_is_no_name() -> None:
    text = "ds gom ngo thi thanh huong, lai xe may, kha van tien"
    assert spans(text) == ["ngo thi thanh huong", "kha van tien"]


# --- the words the names spell, left clean ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "anh ay noi binh thuong thu tuc nay mat 15 ngay",
        "chi oi em ve roi nhe",
        "hoa don dien thang nay cao qua",
        "thanh toan giup em hoa don tiep khach",
        "an toan thuc pham la viec cua ca xa",
        "son nha xong chua, son chong tham loai nao tot",
    ],
)
def test_ordinary_chat_stays_clean(text: str) -> None:
    assert spans(text) == []


def test_an_invoice_is_no_repeat_of_a_name() -> None:
    text = "hoa don dien nha hoa thang nay cao qua, nho a xem lai giup, sdt hoa la 0387 215 649"
    starts = [f.start for f in check_prompt(text).findings if f.entity is PERSON]
    assert 0 not in starts
    assert text.rindex("hoa la") in starts


# --- marks ---------------------------------------------------------------------------------


def test_an_envelope_mark_typed_plain_before_a_chat_list_blocks() -> None:
    text = "xem xong tra lai: ds du kien bo nhiem gom luc van thao va hau thi bich ngoc"
    assert spans(text, EntityType.INTERNAL_MARK) == ["xem xong tra lai"]
    assert check_prompt(text).decision is Decision.BLOCK


def test_a_request_to_return_a_list_is_no_mark() -> None:
    assert spans("anh xem xong tra lai: ds nay nhe", EntityType.INTERNAL_MARK) == []


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("đây là tài liệu lưu hành nội bộ của phòng, tóm tắt giúp", "tài liệu lưu hành nội bộ"),
        ("Gửi lại anh báo cáo lưu hành nội bộ, đừng chuyển ra ngoài.", "báo cáo lưu hành nội bộ"),
        # capitalised, the noun opens a stamp's line: the mark alone
        ("Tài liệu lưu hành nội bộ, không sao chụp", "lưu hành nội bộ"),
        ("cái này lưu hành nội bộ thôi nhưng a cần tóm tắt gấp", "lưu hành nội bộ"),
    ],
)
def test_an_internal_mark_takes_its_lower_case_document_word(text: str, mark: str) -> None:
    assert spans(text, EntityType.INTERNAL_MARK) == [mark]
