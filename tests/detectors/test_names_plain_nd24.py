"""Issue 15, private names typed plain that chat still sent out (twenty-fourth session,
i15-nd24), on new probes (none of a corpus's rows), with the ordinary words beside them that
must stay clean:

* a surname that is no "Nguyễn"/"Trần", "van"/"thi" and a given name that spell an everyday
  word with it ("văn thư", "văn hóa", "thi hành"), then "ở" typed plain and where: "ong bui
  van thu o ha noi" (after a surname and "van" no one "ở"s but a person);
* after an honorific, a full name whose words spell phrases ("đình công", "công khai", "thu
  hồi") that the given name said again after a kin word confirms ("ong bui dinh cong khai o
  kiet 5 ..., ong khai lam rot");
* a name asked to be put right whose given name is mistyped, no syllable ("ghi doan thi thuy
  tienn", "truong thi phuong lna");
* not a given name said again where "đang" / "đã" typed plain put its verb before it ("chu son
  dang son nha": to paint);
* two given names offered to "who" ("ai truc? duc hay phuong?"), no everyday choice ("an hay
  uong"); "vợ" before a birth-marked name ("vo nhu thi sen (1961)").
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.detectors._probes import found

from ai_guard import check_prompt
from ai_guard.models import EntityType

PERSON = EntityType.PERSON

_CUES = ("ong", "ba", "anh", "chi", "chu", "co")
_SURNAMES = ("bui", "quach", "ngo", "phung", "trieu", "khuc", "ung", "mac", "cam", "thieu")
_PHRASED = ("van thu", "van hoa", "van phong", "thi hanh", "van ban", "thi thanh")
_WHERE = ("ha noi", "xom 3", "dau vay", "gan cho", "hai phong")


@settings(max_examples=40, deadline=None, derandomize=True, database=None)
@given(
    cue=st.sampled_from(_CUES),
    surname=st.sampled_from(_SURNAMES),
    phrased=st.sampled_from(_PHRASED),
    where=st.sampled_from(_WHERE),
)
def test_a_phrased_name_before_where_one_lives_is_found(
    cue: str, surname: str, phrased: str, where: str
) -> None:
    name = f"{surname} {phrased}"
    text = f"nho e viet don cho {cue} {name} o {where} nhe"
    assert name in found(text, PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "anh ay van thu o nha",  # anh ấy vẫn thủ ở nhà
        "chi khong van thu o nha",
        "ba la thi hanh o dau",
        "e ha van chua o nha",  # hạ: vẫn chưa
        "chi sang nha em",
        "em ve que",
        "anh ay di khach san o ha noi",
    ],
)
def test_everyday_words_before_o_stay_clean(text: str) -> None:
    assert found(text, PERSON) == []


_RUNS = (
    ("bui dinh cong khai", "khai", "o kiet 5 phuong kim long", "lam rot giay"),
    ("ung van thu", "thu", "hoi ve quyet dinh thu hoi dat", "o to 7"),
    ("ta duc manh", "manh", "bi phat nguoi o nga tu", "len nop phat"),
    ("lo van thanh", "thanh", "cong tac o xa", "gui giay"),
)
_RUN_CUES = ("ong", "ba", "anh", "chi", "a", "c")
_FULL_CUES = ("ong", "ba", "anh", "chi")


def _cued_runs() -> st.SearchStrategy[tuple[str, str, str, str, str]]:
    """A run of ``_RUNS`` and a cue before it ("anh ta" is he: the surname Tạ after chat's
    "a", "c" only)."""
    return (
        st.tuples(st.sampled_from(_RUNS), st.sampled_from(_RUN_CUES))
        .filter(lambda rc: not (rc[0][0].startswith("ta ") and rc[1] in _FULL_CUES))
        .map(lambda rc: (rc[1], *rc[0]))
    )


@settings(max_examples=30, deadline=None, derandomize=True, database=None)
@given(case=_cued_runs())
def test_a_cued_name_the_given_name_confirms_is_found(
    case: tuple[str, str, str, str, str],
) -> None:
    cue, name, given_name, after, told = case
    text = f"soan giup e: {cue} {name} {after}, nho bao {cue} {given_name} {told}"
    names = found(text, PERSON)
    assert name in names
    assert given_name in names


@pytest.mark.parametrize(
    "text",
    [
        "chi da thanh cong roi, chi cong nhan di",
        "anh ta duc manh lam, anh ay noi the",  # anh ta: he
        "ban cong nha em rong lam, ban cong co hoa",  # ban công: a balcony
        "ong bui dinh cong khai bao cao",  # no given name said again
    ],
)
def test_phrases_no_reference_confirms_stay_clean(text: str) -> None:
    assert found(text, PERSON) == []


_MISTYPED = (
    ("nguyen thi thu", "hnag"),
    ("doan thi thuy", "tienn"),
    ("truong thi phuong", "lna"),
    ("le van hung", "hungg"),
    ("pham thi hong", "nhugn"),
)


@pytest.mark.parametrize(("head", "typo"), _MISTYPED)
def test_a_mistyped_given_name_is_the_names(head: str, typo: str) -> None:
    text = f"giay khai sinh ghi ten la {head} {typo}, lam sao sua"
    assert f"{head} {typo}" in found(text, PERSON)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("chi nguyen thi lan hoii roi", "nguyen thi lan"),  # chat's "hỏi" drawn out
        ("ba tran thi mai okk", "tran thi mai"),
        ("chi le thi hoa anhh oi", "le thi hoa"),  # a kin word typed twice
        ("chong e pham van dung voi vo cu", "pham van dung"),  # "voi" is no "vi" mistyped
        ("ba tran thi men tranh chap dat", "tran thi men"),  # nor "tranh" "tran"
        ("anh le van hung ktra giup e", "le van hung"),  # kiểm tra
    ],
)
def test_chat_words_after_a_name_are_no_mistyped_given(text: str, name: str) -> None:
    assert found(text, PERSON) == [name]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("c dung va chu son dang son nha nen chua den duoc", "son nha"),
        ("chi lan da lan gach xong roi", "lan gach"),
        ("co hoa dang hoa trang cho be", "hoa trang"),
    ],
)
def test_a_verb_after_dang_or_da_is_no_name_said_again(text: str, word: str) -> None:
    at = text.index(word)
    assert at not in [f.start for f in check_prompt(text).findings if f.entity is PERSON]


_WHO_QUESTIONS = (
    "mn oi toi nay ai truc? {a} hay {b}?",
    "nguoi ky bien ban la {a} hay {b} e ko nho ro",
    "ai di hop thay sep vay, {a} hay {b}",
    "người ký là {a} hay {b} vậy",
)
_EITHER_GIVENS = (("duc", "phuong"), ("tuan", "hung"), ("khanh", "trang"), ("tuấn", "hùng"))
#: each question with the pairs written as it writes (plain with plain, marks with marks)
_EITHER_CASES = [
    (q, p) for q in _WHO_QUESTIONS for p in _EITHER_GIVENS if q.isascii() == p[0].isascii()
]


@pytest.mark.parametrize(("question", "pair"), _EITHER_CASES)
def test_two_given_names_offered_to_who_are_found(question: str, pair: tuple[str, str]) -> None:
    a, b = pair
    names = found(question.format(a=a, b=b), PERSON)
    assert a in names
    assert b in names


@pytest.mark.parametrize(
    "text",
    [
        "ai biet an hay uong gi ko",  # ăn hay uống
        "ai thich hoa hay cay canh",
        "hom nay khanh hay den muon",  # no "who": "khánh hay đến" (often comes)
        "ai hat hay nhat lop",  # hay nhất
        "ai cung biet dung hay sai",
        "ai chon nam hay nu",
    ],
)
def test_choices_joined_by_hay_stay_clean(text: str) -> None:
    assert found(text, PERSON) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("chu ho lai van tuy (1958), vo nhu thi sen (1961)", "nhu thi sen"),
        ("gom: vo tran thi sen sinh nam 1961", "tran thi sen"),
        ("vo quang an sinh nam 1971", "vo quang an"),  # Võ Quang An
        ("vo thi sen (1961)", "vo thi sen"),  # Võ Thị Sen
    ],
)
def test_wife_before_a_birth_marked_name_is_no_surname(text: str, name: str) -> None:
    assert name in found(text, PERSON)
