"""vn.person on names as chat types them: lower case and without diacritics (issue 15, the
"ascii" pass). Each shape has the catch and what stays clean beside it."""

from __future__ import annotations

import pytest

from ai_guard import EntityType, check_prompt


def names(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.PERSON
    ]


# -- three name words after a kin word or a title, the end running on into the sentence --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("du kien bo nhiem ong ho quang vinh lam pho giam doc", ["ho quang vinh"]),
        ("ban cung lop la chau to gia huy bat nat", ["to gia huy"]),
        ("doi ho ten cho chau vuong bao ngoc tu ten cu", ["vuong bao ngoc"]),
        ("khieu nai chu tich xa do minh tuan khong tiep dan", ["do minh tuan"]),
        # a place after "van" typed so ("Văn Lâm") is the name going on
        ("xe do ong quan van lam dieu khien", ["quan van lam"]),
    ],
)
def test_three_name_words_after_a_cue_with_the_end_unmarked(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "anh bach cong thanh dang o nha",  # "công" is too often an everyday word's first half
        "anh ta quang cao san pham tren mang",  # "anh ta": he
        "ong khong van bang du chua",  # "văn bằng" (a diploma)
        "cong ty co phan van tai ha noi",
        "chi phi van chuyen la 2 trieu",
    ],
)
def test_everyday_words_after_a_cue_stay_clean(text: str) -> None:
    assert names(text) == []


# -- a Kinh-ordered minority name typed without diacritics, its given name outside the lexicon --


def test_a_surname_van_thi_and_an_unknown_syllable_before_punctuation_is_a_name() -> None:
    text = "danh sach nhan gao cuu doi: lo van pom, cam thi on, luong van xom o ban phieng lanh"
    assert names(text)[:2] == ["lo van pom", "cam thi on"]


@pytest.mark.parametrize(
    "text",
    [
        "gui lai cong van den, nho ban",  # everyday words after "van"
        "gui lai van ban, nho ban",
        "ho so gui phong tu van, nho ban xem",
    ],
)
def test_van_thi_and_an_everyday_word_stay_clean(text: str) -> None:
    assert names(text) == []


# -- a short reference before the full name it refers to ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ong tu ban tap hoa dau thon cho vay lai nang, ong tu ten that la doan van tu, viet",
            ["tu", "tu", "doan van tu"],
        ),
        ("Ông Tư bán tạp hóa, tên thật là Đoàn Văn Tư", ["Tư", "Đoàn Văn Tư"]),
    ],
)
def test_a_reference_before_the_full_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_plain_reference_is_found_and_the_everyday_word_it_spells_stays() -> None:
    # "an" stands as an everyday word ("an toàn") too: typed plain, the engine carries the
    # name on only after a cue, so "ong an" is the person and "an toan" stays as typed
    text = "ong an noi an toan la tren het, ong an ten that la tran van an"
    check = check_prompt(text)
    assert names(text) == ["an", "an", "tran van an"]
    assert "an toan" in check.redacted_text
    # "vao luc 14 gio" is lúc, "ong luc" Lực of "tran huu luc"
    text = "vao luc 14 gio, ong tran huu luc den. ong luc trinh bay: nam 2019 ..."
    check = check_prompt(text)
    assert names(text) == ["tran huu luc", "luc"]
    assert check.redacted_text.startswith("vao luc 14 gio")


def test_a_plain_reference_is_no_surname_of_the_name_after_it() -> None:
    # "ong la quang dai": "la" is the surname of the name that follows, not a reference
    text = "mst ca nhan cua ong la quang dai la 6436001316, con ong tran van la o xa khac"
    assert "la" not in names(text)


# -- a given name alone typed without diacritics ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role or an identifier's label after the name ends it
        ("con anh diep thu quy la nguoi giu tien", ["diep"]),
        ("co ai biet so chi yen ke toan cu ko", ["yen"]),
        ("chu la chi ngan sdt 0707 264 819", ["ngan"]),
        # an older kin word typed so ("ong", "ba", "co", "bac"): the same cue and word again
        ("ong sau mo loa to toi 12h dem, soan van ban nhac nho ong sau.", ["sau", "sau"]),
        ("gap bac hoa voi doan, bac hoa nho gui lai tai lieu", ["hoa", "hoa"]),
        ("chu bay oi chau gui lai mst", ["bay"]),
        # "anh" ends "ngọc anh" (no cue before "phong"); the unit after closes the name
        ("chuc mung sinh nhat chi ngoc anh phong ke toan", ["ngoc anh"]),
    ],
)
def test_a_given_name_alone_typed_without_diacritics(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the word stands elsewhere on its own: the engine would redact it there too
        "ong loi bao da nop, soan thu tra loi ong loi giup",
        "cu di hoc lop boi duong, viet quyet dinh cu di hoc.",  # "đi học"
        "co the ban chua biet, co the hoi lai",
    ],
)
def test_a_cue_and_an_everyday_word_stay_clean(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a birth-order nickname named twice with its kin word, never alone: no end mark needed
        (
            "nhac nho ba sau ban trai cay lan chiem via he, ba sau hua khong tai pham",
            ["sau", "sau"],
        ),
        ("ong sau mo loa to toi 12h dem, nhac nho ong sau giup minh", ["sau", "sau"]),
        ("ba tu ban nuoc dau ngo hoi thu tuc, ba tu ten that la vo thi hai", ["tu", "tu"]),
    ],
)
def test_a_nickname_named_twice_needs_no_end_mark(text: str, expected: list[str]) -> None:
    assert names(text)[: len(expected)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a number's compound, a verb or a noun before the word, typed so
        "ba muoi nguoi dang ky, ba muoi nguoi du hop",
        "co sau cau hoi, co sau phuong an",
        "cau sau viet lai, cau sau bo di",
        "di bay sang da nang, di bay ve ha noi",
        # named once, the end unmarked: still too weak
        "ong sau mo loa to toi 12h dem",
    ],
)
def test_a_nickname_phrase_typed_so_stays_clean(text: str) -> None:
    assert names(text) == []


# -- the last word of a name typed without diacritics before a comma -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "tu" (từ) goes on with a sentence, but not before a comma
        ("bi don: ba lam thi cam tu, sinh nam 1966, cu tru tai ap 3", ["lam thi cam tu"]),
        # a court's anonymising initial
        ("nguyen don: ba huynh thi kim l, sinh nam 1972; dia chi: ap 4", ["huynh thi kim l"]),
        ("the victim, ms. pham thi thanh x, born 1965, transferred", ["pham thi thanh x"]),
    ],
)
def test_the_last_word_before_a_comma_is_the_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bien so xe cua ong cao minh tri la 51k-678.92, xe bi phat", ["cao minh tri"]),
        ("ong tran van loi la nguoi lam don", ["tran van loi"]),
    ],
)
def test_a_word_that_goes_on_before_a_code_is_not_the_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "nguoi khieu nai: ong nguyen van\nthanh, sinh nam 1961, tru tai so 45",
            ["nguyen van\nthanh"],
        ),
        ("Người khiếu nại: Ông Nguyễn Văn\nThành, sinh năm 1961", ["Nguyễn Văn\nThành"]),
    ],
)
def test_an_honorific_before_a_broken_name_is_not_its_surname(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


# -- speakers, given names of two words, Khmer given names of two syllables ---------------------


def test_chat_speakers_typed_without_diacritics() -> None:
    text = (
        "tom tat doan chat:\ncan bo hoa: ho so anh khanh thieu giay.\n"
        "anh tuan (phong tccb): em bao anh khanh bo sung nhe.\ncan bo hoa: da vang a."
    )
    assert names(text) == ["hoa", "khanh", "tuan", "khanh", "hoa"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("chi giup duong den nha chi ngoc han", ["ngoc han"]),
        ("nguoi lien he chi khanh vy 0776 543 219", ["khanh vy"]),
        ("khen thuong: d/c mai, d/c tuan anh, d/c hung", ["mai", "tuan anh", "hung"]),
        # everyday words after "chi" / "anh"
        ("chi thanh toan, nho ban", []),
        ("dia chi tam tru: so 5", []),
        ("anh thanh tra, nho ban", []),
    ],
)
def test_a_given_name_of_two_words_typed_without_diacritics(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_khmer_given_name_of_two_syllables_typed_without_diacritics() -> None:
    assert names("ho so hoc bong: thach thi sa ray, sinh vien nam 2") == ["thach thi sa ray"]
    # a Kinh name with "van"/"thi" keeps its three words
    assert names("ho so hoc bong: tran thi sa, sinh vien nam 2") == ["tran thi sa"]


# -- Chinese characters are no diacritics; a name in them after a name ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cong ty cua ong zhang wei (张伟) xin gia han", ["zhang wei", "张伟"]),
        ("Ông Trương Vĩ Kiệt (張偉傑), quốc tịch Trung Quốc", ["Trương Vĩ Kiệt", "張偉傑"]),
        ("Bảng giá (价格表) mới", []),  # no name before the brackets
    ],
)
def test_chinese_characters_beside_a_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# -- chat's "a", "c", "e" and "nv" before a full name; "van" that is "vẫn" -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cho minh hoi a phung van dung co cccd 025088004913", ["phung van dung"]),
        ("nho a le minh tuan gui lai", ["le minh tuan"]),
        ("03/12 – nv than thi lieu muon ho so dat", ["than thi lieu"]),
        ("ong tran van con, sinh nam 1970", ["tran van con"]),
        # after "a" only the plain shape of a name; "van chua" is "vẫn chưa"
        ("a tung noi la mai a nghi roi", ["tung"]),
        ("e ha van chua lam xong", []),
        ("ong ha van chua, nho ban xem", []),
        ("danh sach: ha van chua, nho ban", []),
    ],
)
def test_abbreviated_cues_and_still(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_verb_after_a_name_starts_no_coordinated_name() -> None:
    text = "con gai la chi luc thi hoa nhan tien mai tang phi, chi hoa ko biet chu"
    assert names(text) == ["luc thi hoa", "hoa"]
    # a list of lower-case names joined by a plain space still is one
    assert names("vuong thanh tam 8.5 ninh van khoi 7") == ["vuong thanh tam", "ninh van khoi"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name's last word and the next one are an everyday word: the sentence's
        (
            "co mat ong khong van luc to truong, ba truong thi men",
            ["khong van luc", "truong thi men"],
        ),
        ("la cu tieu van nguyen nam nay 95 tuoi", ["tieu van nguyen"]),
        ("ong tran van minh to chuc hop", ["tran van minh"]),
        ("con chi diep thi de nghi lam lai cong", []),  # "thì đề nghị"
    ],
)
def test_a_last_word_that_makes_an_everyday_word_with_the_next(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


def test_em_nhan_is_the_speaker_receiving() -> None:
    assert names("[08:15] dau minh hieu: da em nhan roi a") == ["dau minh hieu"]
    assert names("tong hop y kien: d/c nhan dong y, d/c toan de nghi lui han") == [
        "nhan",
        "toan",
    ]


def test_a_column_gap_ends_a_name() -> None:
    text = (
        "danh sach:\ntt  ho va ten            chuc vu\n1   phan thanh liem      pho truong phong\n"
        "2   nghiem thi hue       chuyen vien\nviet quyet dinh"
    )
    assert names(text) == ["phan thanh liem", "nghiem thi hue"]


# -- a given name no lexicon holds, typed plain, after a name's middle and before a comma ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nguoi phai thi hanh an: ta quang thieu, sinh nam 1979", ["ta quang thieu"]),
        ("ong ta quang tien, ok", ["ta quang tien"]),
    ],
)
def test_a_rare_given_name_typed_plain_with_its_end_marked(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "anh ta quang cao, roi ai cung biet",  # quảng cáo: the middle and the word are one word
        "ong ta quang thieu nhu the nao",  # the end not marked
        "co do trong khoat, ok",  # "có": no kin word before the name's shape
    ],
)
def test_a_rare_given_name_typed_plain_needs_its_marks(text: str) -> None:
    assert names(text) == []


# -- a foreign name typed plain in a cell under a name column; "cung" after a name ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the header is the cue: two foreign words fill the cell, as after "mr"
        (
            "name | nationality | passport\nkenji morimoto | japan | tr6284017",
            ["kenji morimoto"],
        ),
        # a visitor log's people, the visitor and the host
        (
            "date,visitor,company,host\n02/12/2026,anna kowalski,eurologistics,to quang huy\n"
            "03/12/2026,somchai rattanakul,siam agro,phan minh chau",
            ["anna kowalski", "to quang huy", "somchai rattanakul", "phan minh chau"],
        ),
    ],
)
def test_a_foreign_name_in_a_name_column_typed_plain(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a business under the name column: a given name and a word that names a business
        "name | price\nmaria clinic | 10 trieu\nanna spa | 2 trieu",
        # a host column of machines
        "hostname,ip,owner\nweb01,10.0.0.1,it\nmail server,10.0.0.2,it",
        # foreign words with no name column above them
        "ghi chu\nkenji morimoto | japan",
    ],
)
def test_cells_that_name_no_person_stay_clean(text: str) -> None:
    assert names(text) == []


def test_cung_after_a_name_typed_plain_goes_on_with_the_sentence() -> None:
    # "cùng ở": the name ends before it; a name ending in "Cung" keeps it before a comma
    assert names("ong vi van dung va ong lang van tinh cung o khoi 5") == [
        "vi van dung",
        "lang van tinh",
    ]
    assert names("ong tran van cung, sinh nam 1970") == ["tran van cung"]


# -- a Khmer given name of two syllables typed plain after a family name and "thi"/"van" --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ban giao cho chi lam thi sa ry (ben nhan)", ["lam thi sa ry"]),
        ("ong danh van som nang, sinh nam 1980", ["danh van som nang"]),
    ],
)
def test_a_khmer_given_name_typed_plain_with_its_end_marked(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "làm thì sa thải", "sa sút": the head and the next word are an everyday word
        "chi lam thi sa thai nhan vien, roi",
        "ba lam thi sa sut, khong",
    ],
)
def test_a_khmer_head_typed_plain_in_an_everyday_word_stays_clean(text: str) -> None:
    assert names(text) == []


def test_a_khmer_given_name_typed_plain_needs_its_end_marked() -> None:
    # the sentence goes on after the second syllable ("đã nhận"): no four-word name
    assert "lam thi sa ry" not in names("chi lam thi sa ry da nhan")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "và" before a relative of the person marks the name's end, as before an honorific
        ("soan giay xac nhan: ong ta dinh thong va con re la anh ba", ["ta dinh thong"]),
        ("ba le thi lan va con gai o thon 3", ["le thi lan"]),
    ],
)
def test_va_before_a_relative_ends_a_name_typed_plain(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ong ta dinh ban nha va vo con chuyen di",  # "ông ta định bán nhà": he intends
        "chi ta dinh len pho va vo tinh gap",
    ],
)
def test_va_before_a_relative_after_everyday_words_stays_clean(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "tên đầy đủ", "tên thật là" introduce the full name after a nickname
        ("sdt bac nha o xom cho, ten day du hoang van tu, bac hoi vu tro cap", ["hoang van tu"]),
        ("ten that la dang thi hoa nhe", ["dang thi hoa"]),
    ],
)
def test_a_full_or_real_name_introduced_typed_plain(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_full_name_label_before_a_company_stays_clean() -> None:
    assert names("ten day du cua cong ty la cong ty co phan an phat") == []


# -- a name's last word that spells a kin word or a middle name (person/plain.py) ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("phong 2: ho thi kim chi, cccd 052303119647", ["ho thi kim chi"]),
        ("10\ttran thi thu ba\t049192446130\tthon ap nhi", ["tran thi thu ba"]),
        # the short references take the two words too
        (
            "ba quach thi ut em, cccd 089172559018. uy quyen cho ba ut em.",
            ["quach thi ut em", "ut em"],
        ),
    ],
)
def test_a_given_name_spelling_a_kin_word_closes_a_name_where_its_end_is_marked(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the kin word opens the next person's cue
        ("ong tran van an, ba le thi hoa den", ["tran van an", "le thi hoa"]),
        ("gap ong tran van an ba le thi hoa", ["tran van an", "le thi hoa"]),
        # the sentence goes on after the word: no end marked ("em ơi", a call)
        ("ba le thi hoa em oi, mai nop don nhe", ["le thi hoa"]),
    ],
)
def test_a_kin_word_after_a_name_with_no_end_marked_stays_out(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


# -- an honorific after a party's label, before a surname that is a middle name too -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bi don: ong dinh xuan manh, sinh nam 1988", ["dinh xuan manh"]),
        ("bị đơn: ông đinh xuân mạnh, sinh năm 1988", ["đinh xuân mạnh"]),
    ],
)
def test_an_honorific_before_a_three_word_name_is_no_surname(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


# -- middle names the lexicon lacked (Quý, Phi, Kha, Lâm, Năng) -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("thanh phan: ong tran quy khang (thu ky).", ["tran quy khang"]),
        ("nguoi lam chung: ong le kha tuong, hang xom", ["le kha tuong"]),
        ("anh dang nang quoc, lop 9", ["dang nang quoc"]),
        # the everyday words they begin stay clean
        ("anh le nang cap phan mem cho xa", []),
        ("em ngo lam bai tap o nha", []),
    ],
)
def test_middle_names_typed_plain(text: str, expected: list[str]) -> None:
    assert names(text) == expected
