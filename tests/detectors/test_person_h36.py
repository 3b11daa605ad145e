"""vn.person and the engine's repeats: the families holdout36 showed in plain chat (issue 15).

A given name found once is redacted wherever it comes back, but not where the same word is
the everyday word it spells: after a word only a predicate follows ("sếp không vui", "bao gio
son lai tuong"), after a verb of trade ("bà hoa bán hoa"), "mai" as tomorrow ("mai chị gửi",
"mai hop luc 8h", "sáng mai"). The word after a kin word is the name, paired with another so
named ("ba hoa voi co lan ban hoa lan"); a child's nickname after "bé" named twice, once as a
parent's child ("mẹ của bé bin ... đánh bé bin"); a head named by her given name before a verb
of asking ("trưởng thôn hậu bảo", "truong thon bao moi"); a name called at a sentence's start
("... .vn>. Anh Lợi ơi,"), before an address's label ("cho c giang dia chi 112 ..."); the
family named by the given name of a full name found ("gia đình ngát nhận"); an Ede man's
given name after "Y" ("ông Krư" after "Y Krư Êban"); a nickname quoted after "hay gọi là"
with no bracket; no "bà Trưng" in "hai bà trưng"."""

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
        # the speaker again, but not the word after "không" (glad) nor "bao giờ" (to paint)
        (
            "tóm tắt\nvui: sếp không vui vì báo cáo chậm\nthắng: chị vui ơi e gửi rồi",
            ["vui", "thắng", "vui"],
        ),
        (
            "[09:14] lan: anh son oi bao gio son lai tuong\n[09:20] son: thu 7 nha e",
            ["lan", "son", "son"],
        ),
        ("chị vân nhắn: em chưa vân gì cả, chị vân ơi", ["vân", "vân"]),
        # "mai" as tomorrow: before a person who acts, before a clock time, after a day's part
        (
            "[09:14] lan: chị mai ơi mai chị gửi em bảng lương nhé\n[09:16] mai: ok e",
            ["lan", "mai", "mai"],
        ),
        ("mai99: mai hop luc 8h nha\ntoan: ok c mai", ["mai", "toan", "mai"]),
        ("chị mai ơi, sáng mai nộp hồ sơ nhé", ["mai"]),
        # the goods after a verb of trade
        ("ba hoa ban hoa o cho", ["hoa"]),
        ("chị hoa bán hoa quả ở chợ với anh bình bên thuế", ["hoa", "bình"]),
    ],
)
def test_repeat_that_is_the_everyday_word(text: str, expected: list[str]) -> None:
    assert names(text) == expected


_WORD_NAMES = ("vui", "sơn", "bình", "an", "phúc", "thành", "lan", "hoa")
_ONLY_PREDICATE = ("không", "chưa", "rất", "sẽ", "đang", "đã", "vẫn", "bao giờ")


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_WORD_NAMES), st.sampled_from(_ONLY_PREDICATE))
def test_repeat_after_a_predicate_word_is_no_mention(name: str, before: str) -> None:
    text = f"chị {name} ơi, hôm nay sếp {before} {name} lắm"
    assert names(text) == [name]


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(tuple(n for n in _WORD_NAMES if n != "an")),
    st.sampled_from(("gửi", "với", "của", "cho", "nhờ")),
)
def test_repeat_after_a_person_taking_word_is_the_name(name: str, before: str) -> None:
    # the same name after a word that takes a person is still the person: redacted
    text = f"chị {name} ơi, em đã nói {before} {name} rồi"
    assert names(text) == [name, name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ba hoa voi co lan ban hoa lan o cho ko co giay phep", ["hoa", "lan"]),
        # "lần" counts after "ba" only
        ("noi ba lan voi co ay", []),
        ("ba lan voi ba nam", []),
        # a child named twice, once as a parent's
        ("mẹ của bé bin là chị quan thị thanh tâm, thằng cu đánh bé bin ở trường", None),
        ("thang cu con nha ong kha van thuan lam be bin bi thuong, me be bin la dao", None),
        # "bé" and a verb or a description twice: no child named
        ("bé tập đi, bé tập nói", []),
        ("be tap di, be tap noi", []),
        ("bé uống sữa, bé uống nước", []),
        ("mẹ bé tắm cho bé, bé tắm xong", []),
        ("bé ngoan lắm, cô khen bé ngoan", []),
        ("be nho lam, be nho", []),
    ],
)
def test_kin_word_pairs_and_nicknames(text: str, expected: list[str] | None) -> None:
    found = names(text)
    if expected is None:
        assert found.count("bin") == 2
    else:
        assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("trưởng thôn hậu bảo nhà ông khuất văn sơn được hỗ trợ", ["hậu", "khuất văn sơn"]),
        ("truong thon bao moi ba con hop o nha van hoa", ["bao"]),
        ("trưởng phòng tuấn nhờ em soạn", ["tuấn"]),
        # a unit or a hamlet after the title, no verb of asking after it
        ("truong phong hop noi ro", []),
        ("truong ban tuyen giao noi", []),
        ("trưởng thôn đông bảo cả thôn họp", []),
        ("trưởng phòng tài chính nhờ", []),
    ],
)
def test_head_named_by_given_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Từ: Phí Hoàng Oanh. Anh Lợi ơi, hộ kinh doanh", ["Phí Hoàng Oanh", "Lợi"]),
        ("Xong rồi. Anh Lợi gửi em nhé", []),
        ("gui ho so ve cho c giang dia chi 112 le loi phuong thuan hoa hue nha", ["giang"]),
        ("thu tuc chuyen dia chi", []),
        ("cho bế thị hồng ngát stk 1903 6681 2247, ghi gia đình ngát nhận", None),
        ("gia dinh binh thuong, nguyen van binh o nha", ["nguyen van binh"]),
        ("Bên kia: ông Y Krư Êban. Sau đó ông Krư đồng ý.", ["Y Krư Êban", "Krư"]),
    ],
)
def test_called_labelled_and_coreferred(text: str, expected: list[str] | None) -> None:
    found = names(text)
    if expected is None:
        assert found == ["bế thị hồng ngát", "ngát"]
    else:
        assert found == expected


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ('hàng xóm là lâm văn sửu hay gọi là "sửu mập" ở 63 đường 11', "sửu mập"),
        ('ong tong van luc hay goi la "luc beo" o so 6 hem 21', "luc beo"),
        ('ông Bế Văn Ngự (thường gọi là "Ngự Gù") ở bản Chang', "Ngự Gù"),
    ],
)
def test_quoted_nickname_with_or_without_bracket(text: str, nickname: str) -> None:
    assert nickname in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "lich tham lang chu tich ho chi minh roi qua den hai ba trung va phuong hai ba trung",
        "đền hai bà trưng và phường hai bà trưng",
        "qua den hai ba trung va phuong hai ba trung",
    ],
)
def test_no_person_in_a_figure_name(text: str) -> None:
    assert [n for n in names(text) if n.lower() in ("trung", "trưng")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("chi quach thi tuyet me cua phat bao chi tuyet khong nhan duoc", None),
        ("vợ của lâm gọi lên", ["lâm"]),
        ("chong cua hoa den xin", ["hoa"]),
        # a pronoun or a kin word after "của", or no end: no child named
        ("bo cua toi noi", []),
        ("me cua ban nhan", []),
        ("vo cua anh ay noi", []),
        ("me cua nam nay 60 tuoi", []),
    ],
)
def test_child_or_spouse_after_parent_of(text: str, expected: list[str] | None) -> None:
    found = names(text)
    if expected is None:
        assert found == ["quach thi tuyet", "phat", "tuyet"]
    else:
        assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("anh chử văn tuấn bảo không phải anh ấy", ["chử văn tuấn"]),
        ("anh le van minh bao la xong roi", ["le van minh"]),
        # no clause after it: the fourth word stays the name's
        ("nhờ anh nguyễn văn tuấn bảo ký", ["nguyễn văn tuấn bảo"]),
    ],
)
def test_saying_verb_ends_a_four_word_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected
