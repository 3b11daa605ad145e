"""Issue 15, names and addresses typed without diacritics (nineteenth session, i15-nd19): the
classes still missed, on new probes (none of a corpus's rows), each failing on main at
614fee5e; the controls beside them, what must stay clean, pass on both.

* a full name typed plain after a kin word, then a quarrel or a dispute ("cãi nhau", "tranh
  chấp") as its predicate;
* the surname Lã / La typed plain after an honorific ("ong la quoc tai o 88 ..."), where "la"
  read as "là" leaves no name;
* a Khmer name in lower case with "thị" / "văn" or after Kim, Chau, Sơn, before "với" / "và" or
  "ở" and a southern residence ("danh thi sa ren voi ...", "chau sa muong o soc ...");
* a Bahnar or Jrai name with its prefix "A" typed plain, no cue, before "ở" and a Highland
  village ("a pher o lang kon brong");
* a street of a counter and a unit word ("1 dong khoi, hoan kiem, ha noi": "đồng", "khối");
* a ward by its bare letter before a capitalised name inside a chain ("kp 4 p Tan Mai");
* a name's parts in cells of their own under a header that splits them ("Họ⇥Đệm⇥Tên").
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.detectors._probes import found

from ai_guard.models import EntityType
from ai_guard.testing import strategies as vst

PERSON = EntityType.PERSON
ADDRESS = EntityType.ADDRESS


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("tom tat: bac mac van hung cai nhau voi nguoi thue nha", ["mac van hung"]),
        ("co kha thi lan tranh chap dat voi nha ben", ["kha thi lan"]),
        ("chu la duc minh danh nhau o cho, can lap bien ban", ["la duc minh"]),
        ("ông khổng minh tâm cãi nhau với hàng xóm", ["khổng minh tâm"]),
    ],
)
def test_a_full_name_before_a_quarrel_is_found(text: str, names: list[str]) -> None:
    assert found(text, PERSON) == names


@pytest.mark.parametrize(
    "text",
    [
        "hai nha cai nhau vi bo rao",
        "ong ay cai nhau voi vo suot",
        "cac ho tranh chap dat o xom 3 chua xong",
        "chu tich xa danh nhau voi ai dau",
    ],
)
def test_a_quarrel_with_no_name_before_it_stays_clean(text: str) -> None:
    assert found(text, PERSON) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("hop dong thue cua ong la van binh o 5 le loi", ["la van binh"]),
        ("nho hoi giup ba la thi hoa o so 12 ngo 3 kim ma", ["la thi hoa"]),
        ("anh la quoc hung, sdt 0912345678 can hoi", ["la quoc hung"]),
        ("anh la nguyen van an, sdt 0912345678", ["nguyen van an"]),
    ],
)
def test_the_surname_la_typed_plain_after_an_honorific_is_found(
    text: str, names: list[str]
) -> None:
    assert found(text, PERSON) == names


@pytest.mark.parametrize(
    "text",
    [
        "ong la giam doc cong ty, can hoi ve thue",
        "anh la nguoi o 12 ngo 5 dung khong",
        "ba la chu tich xa, hoi ve dat",
        "ong la thanh tra vien, hoi ve quy trinh",
        "chi la ke toan truong, hoi ve luong",
    ],
)
def test_la_as_the_verb_before_a_post_stays_clean(text: str) -> None:
    assert found(text, PERSON) == []


#: the Khmer names the lower-case path reads: a family name it knows in lower case with
#: "thị" / "văn", or Kim, Chau, Sơn before a given name opened by "sa" / "sô" / "sóc" ...
_KHMER_HEADS = ("sa", "so", "soc", "chanh", "som")


def _khmer_plain(name: str) -> bool:
    words = vst.without_diacritics(name).lower().split()
    if words[0] in ("danh", "son", "kim", "chau") and words[1] in ("thi", "van"):
        return len(words) == 4 and words[2] in _KHMER_HEADS
    return words[0] in ("kim", "chau", "son") and len(words) == 3 and words[1] in _KHMER_HEADS


@settings(max_examples=25, deadline=None, derandomize=True, database=None)
@given(
    name=vst.minority_names(groups=["khmer"]).filter(_khmer_plain),
    after=st.sampled_from([" voi ong tam", " va con gai", " o ap tan long", " o phum so 3"]),
    lead=st.sampled_from(["viet don giup: ", "xac minh ho ", "tranh chap giua "]),
)
def test_a_khmer_name_typed_plain_before_its_end_is_found(name: str, after: str, lead: str) -> None:
    plain = vst.without_diacritics(name).lower()
    assert plain in found(f"{lead}{plain}{after} nhe", PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "lam so do va so hong cho dan",
        "danh so lai trang va in ra",
        "lam thi so do, xong roi",
        "kim so sanh voi gia cu",
        "chau so dien thoai, xong",
        "di du lich kim sa pa, vui lam",
    ],
)
def test_everyday_words_shaped_as_a_khmer_name_stay_clean(text: str) -> None:
    assert found(text, PERSON) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("nho soan don: a blang o plei ia kla xa ia grai bi mat bo", ["a blang"]),
        ("A Djuih o buon ko sier can vay von", ["A Djuih"]),
        ("giup viet: a krong hlo o lang kon klor, hoi thu tuc", ["a krong hlo"]),
    ],
)
def test_a_highland_name_with_its_prefix_a_typed_plain_is_found(
    text: str, names: list[str]
) -> None:
    assert found(text, PERSON) == names


@pytest.mark.parametrize(
    "text",
    [
        "a oi o lang co ai biet khong",
        "e voi a o lang nay tu nho",
        "a cung o plei ia kla a",
        "a da o buon ko sier roi",
    ],
)
def test_chats_a_before_a_village_with_no_name_stays_clean(text: str) -> None:
    assert found(text, PERSON) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("gui ho so toi 1 dong khoi, hoan kiem, ha noi nhe", "1 dong khoi, hoan kiem, ha noi"),
        ("nha o 12 dong khoi, hai chau, da nang", "12 dong khoi, hai chau, da nang"),
        ("o kp 7 p Hoa Khanh tp da nang", "kp 7 p Hoa Khanh tp da nang"),
        ("tam tru to 3 p Quang Trung tp thai nguyen", "to 3 p Quang Trung tp thai nguyen"),
    ],
)
def test_a_street_or_ward_typed_short_in_a_chain_is_found(text: str, address: str) -> None:
    assert found(text, ADDRESS) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "tra 500 nghin dong, hoan kiem, ha noi chiu",
        "mua 2 dong xu, hoan kiem, ha noi ban",
        "doi 15 p Nam nhe",
    ],
)
def test_counts_and_minutes_before_places_stay_clean(text: str) -> None:
    assert found(text, ADDRESS) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "gop ho ten giup:\nHọ\tĐệm\tTên\tLớp\nVi\tThị Ngọc\tÁnh\t8A\nTạ\tĐình\tQuyết\t8B",
            ["Vi\tThị Ngọc\tÁnh", "Tạ\tĐình\tQuyết"],
        ),
        ("STT\tho\tten\tsdt\n1\tphi\tvan khoi\t0912345678", ["phi\tvan khoi"]),
        ("Ho\tSTT\tTen\nLe\t1\tAn", ["Le", "An"]),
    ],
)
def test_a_names_parts_under_a_header_that_splits_them_are_found(
    text: str, names: list[str]
) -> None:
    assert found(text, PERSON) == names


@pytest.mark.parametrize(
    "text",
    [
        "STT\tHo\tTen\tLop\n1\tTong\t5\t",
        "Ho\tTen\nx\txx",
        "Mã\tTên\tGiá\nA1\tBút bi\t5000",
    ],
)
def test_a_header_with_no_names_under_it_finds_none(text: str) -> None:
    assert found(text, PERSON) == []
