"""vn.person: given names alone in lower-case and diacritic-free chat (issue 15, the families
the blind set holdout33 showed): an older kin word and a given name spelled with diacritics
with no end mark ("chị vân đều thống nhất", "bà mận đổ nước thải"), a nickname known by its
trade ("chu tu ban thit", "ong sau xe om"), a home's owner ("nha ong vien,"), a Korean given
name written apart ("Park Sung Ho", "kim tae gyun"), "Chau" after an honorific, and the
everyday text beside each that must stay clean ("ko dc", "de a lam", "thầy hiệu trưởng")."""

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
        ("họp thôn: anh cao văn hòa, chị vân đều thống nhất góp 500k", ["cao văn hòa", "vân"]),
        ("sáng nay ông quảng số 15 kiệt 40 sang phản ánh", ["quảng"]),
        ("nhà bên cạnh của bà mận đổ nước thải ra kiệt", ["mận"]),
        ("hôm qua cô thắm cũng gọi lên xã", ["thắm"]),
        ("thầy khuê để lại số điện thoại", ["khuê"]),
        # a role after the name, spelled with diacritics
        ("cô hiền hiệu phó bảo em soạn giấy mời", ["hiền"]),
        ("chị mai kế toán nhắn", ["mai"]),
    ],
)
def test_older_kin_and_spelled_given_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


_OLDER = ("ông", "bà", "chị", "cô", "chú", "bác", "thầy", "dì")
_GIVEN = ("vân", "mận", "quảng", "thắm", "thoa", "lợi", "khuê", "nguyệt")
_AFTER = ("đều đồng ý", "đổ rác", "cũng gọi", "sửa nhà", "gửi đơn")


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_OLDER), st.sampled_from(_GIVEN), st.sampled_from(_AFTER))
def test_older_kin_given_name_family(cue: str, name: str, after: str) -> None:
    text = f"hôm qua {cue} {name} {after} ở tổ 3"
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ghi chú bằng bút chì ở lề trang",
        "kính gửi thầy hiệu trưởng và cô chủ nhiệm",
        "Chị đăng nhập tại trang quản lý văn bản",
        "cô thương các em lắm",
        "ông mạnh khỏe chứ",
        "anh ấy nói rồi",
        "chị ơi giúp em",
        "ông bà ngoại khỏe không",
        "bé ngoan lắm",
        "sáu giờ sáng họp",
        "tư vấn giúp em",
        "hai cái na ná nhau",
    ],
)
def test_no_name_after_kin_word_spelled(text: str) -> None:
    assert names(text) == []


def test_nickname_word_leaves_the_name_after_it() -> None:
    # "bà tư ngọt": "tư" is the birth order, the name is "ngọt", never "tư" alone
    assert "tư" not in names("hồi trẻ hay gọi là bà tư ngọt, giấy tờ cũ ghi khác")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ai co sdt chu tu ban thit o cho ko", ["tu"]),
        ("chi oi ong sau xe om dau ngo hoi thu tuc lam the bhyt", ["sau"]),
        ("ba tho ban rau o cho hom qua cap cuu", ["tho"]),
        ("bac nam sua xe dau hem hoi giay to", ["nam"]),
        ("ong bay ban tap hoa dau xom", ["bay"]),
        # a home's owner, the name closed by punctuation
        ("kiem tra cong trinh o lo 5 nha ong vien, nho lap ke hoach", ["vien"]),
    ],
)
def test_plain_nickname_known_by_trade_or_home(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "co hoa ban rau o cho",  # có hoa
        "ba con ga ban ngay mai",  # three hens
        "ba lan ban hang roi",  # three times
        "viet giup e bien ban hoa giai",  # biên bản
        "o nha co hoa, dep lam",  # có hoa
        "di bay ban xoi",  # đi bay
    ],
)
def test_no_name_before_trade_words(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dich sang tieng anh: ong Park Sung Ho thue nha o quan 9", ["Park Sung Ho"]),
        ("viết thư xin lỗi gửi ông kim tae gyun và vợ", ["kim tae gyun"]),
        ("anh park jae hyuk goi hom qua", ["park jae hyuk"]),
        # "Kim Anh Thu" is a Vietnamese name, taken whole by the other paths
        ("ông Kim Anh Thu ở đây", ["Kim Anh Thu"]),
    ],
)
def test_korean_given_name_written_apart(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_chau_after_honorific_is_the_surname() -> None:
    assert names("chuyen thanh cong van: Ong Chau Kim Sang (dan toc Hoa) o xa") == ["Chau Kim Sang"]
    # with its diacritics "Cháu" stays a kin word
    assert names("Ông Cháu Nguyễn Văn An đến") == ["Nguyễn Văn An"]


@pytest.mark.parametrize(
    "text",
    [
        "e goi ong ko dc, sdt 0357 842 610",  # không được
        "- ok e de a lam",  # để anh làm
        "de c nhan nhe",
        "de e bao lai sau",
    ],
)
def test_chat_shorthands_are_no_names(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a timed log whose other speaker has two words: the one-word speaker speaks too
        (
            "[08:15] Minh Thu: ai co sdt chu tu ban thit o cho ko\n"
            "[08:17] Khiem: 0396 721 458 nha c\nviet lai thanh tin nhan",
            ["Minh Thu", "tu", "Khiem"],
        ),
        ("[10:12] Lan Anh: ho so xong chua\n[10:15] tùng: xong roi", ["Lan Anh", "tùng"]),
    ],
)
def test_timed_log_one_word_speaker(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "[10:12] Ghi chú: mang theo giấy tờ\n[10:15] Note: xong",
        "[10:12] Kết luận: xong\n[10:15] Lưu ý: mai họp",
    ],
)
def test_timed_log_labels_are_no_speakers(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("doan chat:\n- a Duong oi hs ong nay xong chua", ["Duong"]),  # called, typed plain
        ("be na goi bao chi mai o phong 304", ["na", "mai"]),
        ("be lan sot tu sang", ["lan"]),
        ("bé su con chị trâm ở tổ 7", ["su", "trâm"]),
    ],
)
def test_children_and_called_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "be tong goi hang xong roi",  # bê tông
        "be mat noi that dep",  # bề mặt
        "bé con chị ấy ngoan",  # bé con
        "bé xíu con chị ấy",
        "I have a Mac oi",
    ],
)
def test_no_child_name(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Danh sách B: Giang Thị Phấn (0852 617 390); Ứng Văn Khải (0941 362 057).",
            ["Giang Thị Phấn", "Ứng Văn Khải"],
        ),
        ('gửi bác sĩ: "Bệnh nhân Giả Thị Thu, 72 tuổi, tiền sử tăng huyết áp', ["Giả Thị Thu"]),
    ],
)
def test_unknown_surname_vouched_by_phone_or_age(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "liên hệ Nhà Văn Hóa (0241 234 567)",
        "gọi Phòng Văn Thư (0241 234 567)",
        "Khoa Văn Học (0241 234 567)",
        "Chợ Thị Trấn (0241 234 567)",
        "Trường Văn Lang (0283 123 4567)",
    ],
)
def test_no_name_from_a_place_before_a_phone(text: str) -> None:
    assert names(text) == []
