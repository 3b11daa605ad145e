"""vn.person: names typed in chat without diacritics where the words are everyday words too
(issue 15, the chat variants' two largest classes of misses): a surname, a middle name and a
given name after "ông", "anh", "đ/c" though two of them spell a phrase or the middle name is
one no list holds ("ong dinh cong khai", "anh lo van phong o ban cang", "ong tang kien minh
(ma the ..."), and a given name alone after an older kin word that follows a word after which
a person is named ("cua ong sen la ...", "thu ky la co lua", "cho be na"); and the everyday
text beside each that must stay clean."""

from __future__ import annotations

import pytest

from ai_guard import EntityType, check_prompt


def names(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.PERSON
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the last two words spell a phrase ("công khai", "văn phòng", "văn kiện"), the end
        # marked by the line's end, "ở" and a place, a verb that opens the predicate
        ("viet giay moi hop to dan pho cho:\nong dinh cong khai\nso 27, ngo 164", "dinh cong khai"),
        ("truong hop la ho anh lo van phong o ban cang, xa chieng coi", "lo van phong"),
        ("chong chi ngan la anh tong van kien bi benh nang", "tong van kien"),
        # the first two spell one ("lương hưu", pension)
        ("viet thu moi gui d/c luong huu thach, chuyen vien phong ho tich", "luong huu thach"),
        # a middle name no list holds, the end marked by a bracket or a comma
        ("tram y te nhac ong tang kien minh (ma the bhyt ht 2 79 7903214586)", "tang kien minh"),
        ("chung kien: ong trieu tai sinh, truong xom.", "trieu tai sinh"),
        # a Khmer family name that opens no Kinh name, a given name and the hamlet
        ("ong danh sen o ap xeo nhau a, xa tay yen, tinh an giang", "danh sen"),
    ],
)
def test_full_names_whose_words_are_everyday_words(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        # a list of what he means to be after the comma: "định công khai, minh bạch"
        "ong dinh cong khai, minh bach",
        "ong dinh cong khai ket qua cho dan",
        # the word before the kin word makes the two one word ("đồng chí", "phản ánh", "Hải
        # Châu"): no kin word
        "dong chi giang than men,\nde nghi ho tro xac minh",
        "nguoi lao dong phan anh cong ty tiep nhan tai nhat chua tra luong",
        "giao cho chi cuc thads quan hai chau quan ly tu 9h00 ngay 16/6/2025.",
        # the given name alone, then its verb ("đồng ý"): no three-word name
        "p y kien: d/c toan de nghi lui han, d/c nhan dong y, con d/c quy thi chua co y kien",
        "ong danh vo o xom",
        # a number after the words is a time, no name's end ("anh là Mai Hợp Lực"?)
        "nhan lai cho nguyen anh la mai hop luc 2 gio chieu, cc nguyen an.",
    ],
)
def test_everyday_words_after_a_cue_stay_clean(text: str) -> None:
    assert not [n for n in names(text) if len(n.split()) >= 2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the kin word follows "của", "cho", "đề nghị", "nhắn": a person is named
        ("so tai khoan agribank cua ong sen la 7705 205 138 624", ["sen"]),
        ("de nghi ba tham nop truoc ngay 20/12/2026.", ["tham"]),
        ("nho em thuong mai len phuong nop ho so cho ba lai", ["lai"]),
        ("ok e nhan ong bang bo sung nhe", ["bang"]),
        ("thieu giay chung tu cua ong bac\nhuyen: ok c", ["bac"]),
        # "cô" after a role and "là"
        ("cai giay moi hop: chu tri la to truong, thu ky la co lua", ["lua"]),
        ("co giao chu nhiem la co ngoc, hoc sinh lop 3a", ["ngoc"]),
        # "bé", "cháu" typed so after such a word
        ("e can hoi lich tiem cho be na", ["na"]),
        ("ma the bhyt cua chau tham bi sai mot so, viet giup don", ["tham"]),
    ],
)
def test_given_names_after_kin_words_that_are_objects(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "có" (has, whether) after "là", "hỏi", "nghe", "cho": no "cô"
        "la co loi, can sua",
        "van de la co loi, can sua",
        "hoi co hang khong",
        "nghe co tin, xin co y kien",
        # "chủ" (owner) after "của": no "chú"
        "cua chu hang la ai",
        "dong tien cua chu dau tu, cua chu ho",
        # a count after "ba" (three), a verb after "cho" and the kin word (let the child eat)
        "ba nam voi ba thang",
        "cho ba tuan",
        "cho be an",
        "cho chau hoc",
        # everyday phrases after those words
        "ho tro cho ba con nong dan trong xa",
        "gui loi chuc toi ba con, chuc mung nam moi",
        "hop voi chu tich xa chieu nay",
        "gui cho co quan thue",
        "ho so cua bac si truc",
        "hang xuat cho chau au",
        "ghi chu cua can bo tiep nhan: nguoi yeu cau uy quyen",
        "co le minh se den muon",
    ],
)
def test_everyday_words_after_kin_objects_stay_clean(text: str) -> None:
    assert names(text) == []
