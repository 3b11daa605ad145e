"""vn.person: minority and foreign names typed in lower case (lower_case.other_name): after a
cue, or at a marked start with two pieces of evidence; the name ends where the sentence goes on."""

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
        ("mời ông a ngưi và bà y pum ở làng kon klor dự lễ", ["a ngưi", "y pum"]),
        (
            "hộ bà h'nhi êban ở buôn ea bông, chồng là ông y wơn niê mất năm 2020",
            ["h'nhi êban", "y wơn niê"],
        ),
        ("ong ksor nhon va vo la ro mah h'lip o plei op", ["ksor nhon", "ro mah h'lip"]),
        ("the applicant ksor h'bla from plei kep asks", ["ksor h'bla"]),
        ("mr david miller thue nha o quan 1", ["david miller"]),
        ("ho chieu cua kim ji-hoon so m12345678 het han", ["kim ji-hoon"]),
        (
            "thư mời ông tanaka hiroshi, trợ lý là ms yamamoto keiko",
            ["tanaka hiroshi", "yamamoto keiko"],
        ),
        ("gửi ông yamamoto kenji-san lời cảm ơn", ["yamamoto kenji"]),
    ],
)
def test_lower_case_minority_and_foreign_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "a" is "anh": the name's end unmarked ("e gửi a tùng file ..." names Tùng: a verb of
        # sending marks the recipient, test_names_plain_nd28)
        "e hỏi a tùng file danh sách nhé",
        "Give me a checklist for ISO/IEC 27001",
        "toi co y gay thuong tich cho nguoi khac khong",  # "có ý", not "cô Y ..."
        "dia chi: lo c5, khu cong nghiep bac vinh",  # "lô C5"
        "anh check email giup em voi",
    ],
)
def test_no_lower_case_minority_or_foreign_name(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a prefix or a clan name the next word is the given name, even where it spells a
        # verb ("hẹn") or an English word ("to")
        ("de nghi ong y hen nie bo sung ho so truoc ngay 15.", ["y hen nie"]),
        ("de nghi ong ksor to bo sung ho so truoc ngay 15.", ["ksor to"]),
        # a weak clan after a cue with its group's shape: Hmong clan + Seo + given name; a
        # Khmer family name or title and a two-word given name
        ("de nghi ong sung seo pao bo sung ho so truoc ngay 15.", ["sung seo pao"]),
        ("de nghi ong thach sa ra bo sung ho so truoc ngay 15.", ["thach sa ra"]),
        ("ho so cua con ba neang sa ray o ap o lam thieu giay khai sinh", ["neang sa ray"]),
        ("viết đơn cho bà thạch thị sa rươne ở phum ba som", ["thạch thị sa rươne"]),
    ],
)
def test_minority_names_after_a_cue_in_lower_case(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "cháu" (grandchild) is no Khmer "Chau": the Kinh name after it is the name
        ("tôi là cháu lê hà minh khang, học lớp 5", ["lê hà minh khang"]),
        ("toi la chau le ha minh khang, hoc lop 5", ["le ha minh khang"]),
        ("ông cháu tôi đã đi học", []),
        ("ong chau toi da di hoc", []),
        ("ba danh sach da nop chua", []),
        ("ong y kien the nao ve viec nay", []),
    ],
)
def test_khmer_and_prefix_words_in_everyday_chat(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "già làng" addresses an elder as "ông" does: a one-letter prefix may follow it
        ("viết thư mời già làng a blúp ở làng kon hơ ngo klah", ["a blúp"]),
        ("viet thu moi gia lang a blup o lang kon ho ngo klah", ["a blup"]),
        # the short reference after it keeps the prefix, which chat's "a" (anh) spells too
        ("moi gia lang a blup o lang kon, gia a blup nam nay 78 tuoi", ["a blup", "a blup"]),
        # a prefix and a word that are a phrase ("y khoa", medicine) open a name before a
        # strong clan name
        ("ho_ten,ngay_sinh\ny khoa nie kdam,05/06/1991", ["y khoa nie kdam"]),
        ("ông y khoa niê kdăm, sinh năm 1991", ["y khoa niê kdăm"]),
    ],
)
def test_an_elder_and_a_prefix_phrase_before_a_clan(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "gia lang a di dau roi",  # "già làng à": no name after the particle
        "truong dai hoc y khoa ha noi",  # "y khoa" with no clan name after it
        "sinh viên y khoa năm 3",
    ],
)
def test_an_elder_and_a_prefix_phrase_with_no_name(text: str) -> None:
    assert names(text) == []


def test_a_hmong_middle_name_is_no_prefix_of_a_short_reference() -> None:
    # "a" inside "sung a lenh" is the Hmong middle name: "a lenh" later is chat's "anh lenh"
    found = names("sung a lenh va giang thi xo o ban pa cong, sdt cua a lenh 0382 905 147")
    assert "lenh" in found
    assert "a lenh" not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # chat's "a" / "c" / "e" (anh, chị, em) before an Ede or Jrai gender prefix: the prefix
        # opens the name, "a" is no Bahnar prefix there
        ("mn ơi ai biết a y thuôn bên trường dân tộc nội trú ko", ["y thuôn"]),
        ("c h'nhoi bya lop e nop ho so chua", ["h'nhoi bya"]),
        # a plain "y" before words without diacritics tells nothing ("em ý nghĩa"); an
        # everyday word opened by "y" is no name
        ("giai thich giup e y nghia", []),
        ("cai nay e y chang vậy", []),
        ("a y tế xã nói sáng mai tiêm", []),
        # "bạn" (a classmate) before a foreign or minority name, spelled "bạn" only
        ("thầy cho e hỏi bạn tanaka yuki lớp e là du học sinh", ["tanaka yuki"]),
        ("cho e hỏi bạn john smith lớp e", ["john smith"]),
        ("bạn có thể giúp mình không", []),
        ("bạn kim chi lớp e", []),
        ("ban to chuc hoi nghi gui giay moi", []),
    ],
)
def test_names_after_chat_pronouns_and_a_classmate(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a glued prefix opening a line or a text, no cue before it (the letters "h", "k"
        # alone open no name)
        ("h'ngam bya o buon ea khal muon hoi vi sao", ["h'ngam bya"]),
        ("h'lim eban, buon ea kmar, sinh vien nam 2", ["h'lim eban"]),
        # a one-letter prefix, the given name and a strong clan name closing it: two pieces
        # of evidence after any cue, even where the given name spells a cue ("son")
        ("ho so cua chong la y bhim knul chua duoc duyet", ["y bhim knul"]),
        ("so dinh danh cua toi: 066092008415, ten y kro bya, nho ban dien giup", ["y kro bya"]),
        ("chuyen doan nay sang bang: anh y son nie, sdt 0326 778 913", ["y son nie"]),
        # a strong clan name after a comma in a list
        (
            "danh sach ho tro: rcom h'yu (buon chu mo), siu nay (plei to nia), rah lan chung.",
            ["rcom h'yu", "siu nay", "rah lan chung"],
        ),
    ],
)
def test_prefixed_and_clan_names_in_plain_chat(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ghi chu: h'mong va k'ho la dan toc thieu so",  # peoples, no persons
        "toi co y kien khac, nie la gi",  # after a comma a clan name's end must be marked
        "hom nay, siu thi dong qua",  # "siêu thị" as chat types it, the end unmarked
        "ban co y kien gi khong, ro rang la vay",  # "rõ ràng" after a comma: no "Rơ" clan
        "xin y kien cua so, ve viec ksor",  # the clan name alone, after no prefix
        "anh y son lai, sdt 0326 778 913",  # "son" before no clan name stays a cue
    ],
)
def test_prefix_and_clan_words_that_are_no_names(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # typed without diacritics, a Khmer family name, "thi"/"van", a Khmer given name's
        # first syllable and its second, punctuation closing it
        ("vo la kim thi soc khiem, soc bung coc, xa thanh phu", ["kim thi soc khiem"]),
        ("chi danh thi sa ry, o phum ta ong", ["danh thi sa ry"]),
        # "số lượng", "so sánh" are words, not a Khmer given name
        ("ba lam thi so luong, chua ro", []),
        ("anh son van so sanh, roi bao lai", []),
    ],
)
def test_khmer_given_names_typed_plain(text: str, expected: list[str]) -> None:
    assert names(text) == expected
