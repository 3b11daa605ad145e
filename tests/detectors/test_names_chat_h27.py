"""Names and addresses typed by hand in chat (issue 15, holdout27's classes), on probes of our
own: each class a rule from a name's shape, cue words, what ends a name or an address's
structure, none from the blind set's strings."""

from __future__ import annotations

import pytest

from ai_guard import check_prompt
from ai_guard.models import EntityType


def _found(text: str, entity: EntityType = EntityType.PERSON) -> list[str]:
    return [text[f.start : f.end] for f in check_prompt(text).findings if f.entity is entity]


def _redacted(text: str) -> str:
    return check_prompt(text).redacted_text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # "vs" is chat's "với": it joins two names as "va" / "voi" do
        (
            "bien ban co y kien cua dang van hoa vs luu thi bay ve duong lang",
            ["dang van hoa", "luu thi bay"],
        ),
        # "mai" (tomorrow) before what the person does: no fourth name word
        ("nhan le thi hue mai ko phai den nua", ["le thi hue"]),
        # a verb that takes a person, whose everyday word the surname closes ("bảo đảm")
        ("bao dam van hieu mai ko can mang giay to", ["dam van hieu"]),
        # a day's adverb opening the sentence, the name ended by a word no name spells
        ("sáng nay kiều minh tâm đến nộp đơn xin", ["kiều minh tâm"]),
        ("hôm qua khúc hữu đạt gọi điện hỏi", ["khúc hữu đạt"]),
        # a verb or "được" typed plain after a name marked at its start
        ("giay chung tu cua do thi hien ghi nham nam sinh", ["do thi hien"]),
        ("a hoi giup ho so cua ngo thi thu dc ky chua", ["ngo thi thu"]),
        # a place's unit and its number right after the name: the address starts there
        ("gui thu moi cho lam thi ngoc bich phong 205 nha b3", ["lam thi ngoc bich"]),
        ("gửi quà cho tôn nữ minh thư kiệt 12/3 trần phú", ["tôn nữ minh thư"]),
        # a given name outside the lexicon ended by a word no name spells
        ("nhắn cho mạc văn thển báo ông ấy lên xã", ["mạc văn thển"]),
        # a Hmong clan written with its diacritics: "chín" is a given name there
        ("bảo thào a chín mai mang giấy tờ lên xã", ["thào a chín"]),
        # a Thái given name typed plain ended by "ở bản"
        ("giup don cho cam van phom o ban na hang xa muong", ["cam van phom"]),
        # a left word opening the text
        ("gui vo thi thu hang tai nha van hoa thon 2", ["vo thi thu hang"]),
    ],
)
def test_a_chat_name_is_found_whole(text: str, names: list[str]) -> None:
    found = _found(text)
    for name in names:
        assert name in found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the next word folds to a given name but is a verb or a conjunction
        ("em trai quách văn lộc học lớp 5 bị ốm", ["quách văn lộc"]),
        ("giấy cũ ghi đàm thị hoa nhưng cccd ghi khác", ["đàm thị hoa"]),
        ("nhờ đồng văn tú bảo lương thị mến gửi bảng kê", ["đồng văn tú", "lương thị mến"]),
        # two names side by side with no separator
        ("chiều nay có từ văn thắng doãn thị hằng lên hỏi", ["từ văn thắng", "doãn thị hằng"]),
        # "quê" typed plain before the home commune
        ("e la tran van thang que xa yen lac, muon hoi", ["tran van thang"]),
    ],
)
def test_a_name_ends_before_the_next_word(text: str, names: list[str]) -> None:
    assert sorted(_found(text)) == sorted(names)


@pytest.mark.parametrize(
    "text",
    [
        "hôm nay trời mưa to quá",
        "bảo quản văn bản ở kho lưu trữ",
        "giay to thi lam o dau",
        "c hà (ngô thị thu hà văn thư) đang nợ ngân hàng",
        "me la ngo thi kim sa thi can giay to gi a",
    ],
)
def test_no_name_is_read_out_of_everyday_words(text: str) -> None:
    assert all(
        "văn bản" not in n and "van thu" not in n and "thi can" not in n for n in _found(text)
    )
    if text.startswith(("hôm", "bảo", "giay")):
        assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # two digits in brackets led by a zero: no age is written so
        ("thong bao cho: phung van an (03) va ma thi lien (05) di kham", ["03", "05"]),
        # beside four-digit years in brackets in the same list
        ("ds: nong van tu (98), la thi mo (2000) xep theo tuoi", ["98", "2000"]),
        # a year after a space alone, in a list typed in chat
        ("ds ho can ho tro: cao van hung 1950, mai thi dao 1958 va be van ly 1961,", None),
    ],
)
def test_birth_years_after_names_typed_in_chat(text: str, years: list[str] | None) -> None:
    found = _found(text, EntityType.DATE_OF_BIRTH)
    assert found == (years or ["1950", "1958", "1961"])


def test_two_digits_in_brackets_alone_are_an_age() -> None:
    assert (
        _found("thăm bà nguyễn thị hoa (87) và ông lê văn an (90)", EntityType.DATE_OF_BIRTH) == []
    )


@pytest.mark.parametrize(
    ("text", "name", "address"),
    [
        (
            "TOI LA KIEU VAN DUNG SINH 1979 O SO 8 NGO 12 TRAN KHAT CHAN HAI BA TRUNG HA NOI MUON",
            "KIEU VAN DUNG",
            "SO 8 NGO 12 TRAN KHAT CHAN HAI BA TRUNG HA NOI",
        ),
        (
            "GUI PHAN THI THU HUONG TAI 15/3 NGUYEN TRAI P.BEN THANH TP.HCM GIAY BAO DI HOC",
            "PHAN THI THU HUONG",
            "15/3 NGUYEN TRAI P.BEN THANH TP.HCM",
        ),
    ],
)
def test_chat_typed_in_capitals_is_read_in_lower_case(text: str, name: str, address: str) -> None:
    assert name in _found(text)
    assert address in _found(text, EntityType.ADDRESS)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # the province's letters end the address with the sentence going on after them
        (
            "e o so 9 ngo 31 hoang quoc viet cau giay hn e can hoi",
            "so 9 ngo 31 hoang quoc viet cau giay hn",
        ),
        # a ward's last syllable read as a chat word ("đề": "để") before them
        ("o so 4 ngo 7 ngoc lam bo de hn can xin", "so 4 ngo 7 ngoc lam bo de hn"),
    ],
)
def test_an_address_typed_plain_runs_to_the_province_letters(text: str, address: str) -> None:
    assert address in _found(text, EntityType.ADDRESS)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a name read over a column gap ends before the next field's label
        ("Họ tên: Lê Quốc Bảo  Biển số: 29A-123.45", ["Lê Quốc Bảo"]),
        # "ng" is chat's "người", no Cantonese surname
        ("co ng ten ha thi thu trang goi len hoi ve luong", ["ha thi thu trang"]),
        # a given name outside the lexicon ended by a phone's label or chat's "ko"
        ("ds hộ nhận gạo: vi thị nhụi sđt 0912 345 678, lường văn pắn ko có sđt", None),
    ],
)
def test_what_ends_a_name_in_a_field_or_a_chat(text: str, names: list[str] | None) -> None:
    assert sorted(_found(text)) == sorted(names or ["lường văn pắn", "vi thị nhụi"])


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a ward's second syllable that is a known place, right before the province
        (
            "chị ấy thường trú tổ 3 phường quang vinh thái nguyên còn anh",
            "tổ 3 phường quang vinh thái nguyên",
        ),
        # a residential group before a quarter glued to its number
        ("nha e o to 4 kp1 p. hiep thanh q12 nhe", "to 4 kp1 p. hiep thanh q12"),
        # a place's units typed with the input method off in a line with a strong leftover
        (
            "e tên laf ddinhf vawn phuc o thoon 2 xax an lao hai phong can hoi",
            "thoon 2 xax an lao hai phong",
        ),
    ],
)
def test_addresses_typed_in_chat(text: str, address: str) -> None:
    assert address in _found(text, EntityType.ADDRESS)


def test_an_english_line_still_keeps_its_words() -> None:
    # function words no Vietnamese syllable spells keep an English line from the reading
    text = "the town hall is open and the law is clear"
    assert check_prompt(text).findings == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # "thay" typed plain (thầy or thấy) before the given name of a full name found
        (
            "phu huynh phan anh ve dinh van tuan, thay tuan noi la quy lop",
            ["dinh van tuan", "tuan"],
        ),
        # a Hmong name typed plain between "cho" and the next name of a list
        ("viet giay moi cho giang a de va ly thi mo o ban ta phin", ["giang a de", "ly thi mo"]),
    ],
)
def test_names_found_in_lists_and_references(text: str, names: list[str]) -> None:
    assert sorted(_found(text)) == sorted(names)


def test_chat_particles_are_no_hmong_given_names() -> None:
    assert "vang a oi" not in _found("cho vang a oi va ly thi mo")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # one word read as chat's ("la": là) between a commune's syllable and its province
        (
            "tro cap cho ho o ban na hang xa muong la son la nha bi sap",
            "ban na hang xa muong la son la",
        ),
        # a city of two words between a ward and the province's letters
        (
            "o phong 3 nha tro so 9 duong 5 phuong dong hoa di an tp hcm",
            "phong 3 nha tro so 9 duong 5 phuong dong hoa di an tp hcm",
        ),
    ],
)
def test_an_address_runs_to_its_province_over_a_chat_word(text: str, address: str) -> None:
    assert address in _found(text, EntityType.ADDRESS)
