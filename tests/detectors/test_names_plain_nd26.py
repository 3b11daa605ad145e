"""Issue 15, private names typed plain that chat still sent out (twenty-sixth session,
i15-nd26), on new probes (none of a corpus's rows), with the ordinary words beside them that
must stay clean:

* a child's or a friend's full name after "con" / "bạn" typed plain, its middle and given name
  a phrase too ("con banh gia han lop 2a", "con e la cam gia han nam nay 5 tuoi", "cho ban le
  van thanh cong sn 1996"), read where a child's end is marked (a class, an age, a birth
  label, "đang học"); "bạn" before such a name is no surname ("ban le van hung sn 1996" is Lê
  Văn Hùng, no Bàn).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.detectors._probes import found

from ai_guard.models import EntityType

PERSON = EntityType.PERSON

_CHILD_LEADS = ("con", "con e", "con e la", "con toi la", "con em", "con minh la")
_CHILD_NAMES = (
    "banh gia han",
    "cam gia han",
    "le minh chau",
    "tran thanh cong",
    "ngo gia bao",
    "le van thanh cong",
    "quach thi thu ha",
)
_CHILD_ENDS = (
    "lop 2a nghi om",
    "nam nay 5 tuoi",
    "sn 2015",
    "dang hoc lop 3",
    "7 tuoi roi",
    "hoc lop 9b",
)


@settings(max_examples=40, deadline=None, derandomize=True, database=None)
@given(st.sampled_from(_CHILD_LEADS), st.sampled_from(_CHILD_NAMES), st.sampled_from(_CHILD_ENDS))
def test_a_child_named_after_con_with_its_end_marked(lead: str, name: str, end: str) -> None:
    text = f"co oi {lead} {name} {end}, co cho chau nghi nhe"
    assert name in found(text, PERSON)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("a oi lam giay gioi thieu cho ban le van thanh cong sn 1996 giup e", "le van thanh cong"),
        ("cho ban le van hung sn 1996 o thon 4", "le van hung"),
        ("con e duong minh chau dang hoc o truong thcs", "duong minh chau"),
    ],
)
def test_a_friend_or_a_child_whole(text: str, name: str) -> None:
    assert found(text, PERSON) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "con duong thanh cong sn 1990 tro lai day",  # con đường thành công: no bare "con" before
        "ban le van phong pham sdt 0903 112 233",  # bán lẻ văn phòng phẩm
        "con dao gia han sn xuat 1990",  # con dao (a knife): no child before Đào
        "ban ve thanh cong roi a",
        "e muon gia han the bhyt cho con lop 3",
        "con ga tre gia han sn",
        "ban hang dang hoc lop 3",
        "con em can bo dang hoc lop 5",
    ],
)
def test_no_child_in_everyday_words(text: str) -> None:
    assert found(text, PERSON) == []


_HONORIFICS_AFTER_LA = ("ba", "ong", "anh", "chi", "co", "chu", "bac")
_KIN_BEFORE_LA = ("vo", "chong", "con", "me", "bo")


@settings(max_examples=30, deadline=None, derandomize=True, database=None)
@given(
    st.sampled_from(_KIN_BEFORE_LA),
    st.sampled_from(_HONORIFICS_AFTER_LA),
    st.sampled_from(("thanh", "hung", "lan", "tuan", "mai")),
)
def test_kin_then_la_then_an_honorific_is_no_surname_la(kin: str, hon: str, given_: str) -> None:
    # "vợ là bà Thanh": the name is the given name alone, no La Bá Thành
    text = f"ong quach van tien nho lam giay cho {kin} la {hon} {given_}, ho o xom 3"
    assert f"la {hon} {given_}" not in found(text, PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "c oi e chuyen nha roi nha, dc moi so 51 kiet 19",  # chuyển nhà: moved house
        "chi chuyen ben do lien",
        "a chuyen qua cty roi",
    ],
)
def test_moving_is_no_given_name(text: str) -> None:
    assert found(text, PERSON) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("a chuyen oi, nho gui ho so", "chuyen"),  # called: Chuyên
        ("chi chuyen noi la se gui ho so", "chuyen"),
        ("la la thi hoa, o xom 3", "la thi hoa"),
        ("con toi la la van an, sinh 2001", "la van an"),  # Lã Văn An after "là"
    ],
)
def test_the_names_beside_them_stay(text: str, name: str) -> None:
    assert name in found(text, PERSON)


@settings(max_examples=30, deadline=None, derandomize=True, database=None)
@given(
    st.sampled_from(("a", "c", "anh", "chi", "em")),
    st.sampled_from(("tuan", "quyen", "lan", "khoa", "duc")),  # (no "anh hùng", "anh thảo")
    st.sampled_from(("nho em xem giup", "nho a ky giup", "ktra giup the bhyt", "ban o cho 43")),
)
def test_a_given_name_before_asking_someone(cue: str, name: str, rest: str) -> None:
    # "nhờ" and whom, "bán ở", chat's "ktra" (kiểm tra): the predicate after the person
    text = f"sang nay {cue} {name} {rest}"
    assert name in found(text, PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "chi tiet nho em xem lai",  # chi tiết nhỏ
        "anh chi nho em xem giup",  # anh chị nhờ em
        "em nho em hoi lai",
        "cai ban o phong hop bi gay",  # cái bàn ở phòng họp
        "co gang nho em, dung bo cuoc",
    ],
)
def test_asking_no_given_name(text: str) -> None:
    assert found(text, PERSON) == []


_SIBLING_KIN = ("anh", "chi", "em", "a", "c")
_BIRTH_ORDER = ("hai", "ba", "tu", "nam", "sau", "bay", "ut")


@settings(max_examples=40, deadline=None, derandomize=True, database=None)
@given(
    st.sampled_from(_SIBLING_KIN),
    st.sampled_from(_BIRTH_ORDER),
    st.sampled_from(("va", "voi", "vs")),
    st.sampled_from(_SIBLING_KIN),
    st.sampled_from(_BIRTH_ORDER),
)
def test_brothers_and_sisters_by_birth_order(
    kin1: str, first: str, joined: str, kin2: str, second: str
) -> None:
    # "em ut voi anh ba", "chi hai va em ut": each birth-order word a nickname
    text = f"nho viet giay moi {kin1} {first} {joined} {kin2} {second} ve ky giay uy quyen"
    names = found(text, PERSON)
    assert first in names
    assert second in names


def test_the_second_without_its_kin_word() -> None:
    assert found("anh hai bao chi ba va ut ve ky giay uy quyen", PERSON) == ["hai", "ba", "ut"]


@pytest.mark.parametrize(
    "text",
    [
        "chi ba va hai dua con o nha",  # hai đứa con: a count
        "toi co ba nam va ba thang kinh nghiem",
        "em ut cua toi hoc lop 3",  # the youngest, alone
        "ba anh em ut va hai",
        "anh ba voi hai nguoi nua den sau",
    ],
)
def test_no_sibling_in_counts(text: str) -> None:
    assert found(text, PERSON) == []


@settings(max_examples=30, deadline=None, derandomize=True, database=None)
@given(
    st.sampled_from(("vo ong", "chong ba")),
    st.sampled_from(("loi", "hung", "hanh", "tam", "nga")),  # (no "ba khoa", "ba lan": counts)
    st.sampled_from(("la ba ha", "o xom 3", "noi la da nop", ", nha o thon 2")),
)
def test_a_spouse_names_the_other(spouse: str, name: str, rest: str) -> None:
    # "vợ ông Lợi là bà ...": the given name after the spouse's honorific
    assert name in found(f"nho viet don: {spouse} {name} {rest}", PERSON)


@pytest.mark.parametrize(
    "text", ["phong chong ba lan roi ma van bi", "chong ba nam roi moi ve", "vo ong ay o dau"]
)
def test_no_spouse_in_everyday_words(text: str) -> None:
    assert found(text, PERSON) == []


@settings(max_examples=30, deadline=None, derandomize=True, database=None)
@given(
    st.sampled_from(("con e la", "con toi la", "con em ten la", "con minh la")),
    st.sampled_from(("bon", "minh", "tuan", "bong", "na")),
    st.sampled_from((", be hoc lop 3", " khi bi lu cuon", " nam nay 5 tuoi", ".")),
)
def test_a_child_called_by_one_word(lead: str, name: str, end: str) -> None:
    text = f"e can mau don cho {lead} {name}{end}"
    assert name in found(text, PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "con e la vay, ko sua dc",
        "con toi la hoc sinh lop 3",
        "con e la nhat.",
        "con e la con trai, nam nay 5 tuoi",
        "con minh la the, ai cung biet",
    ],
)
def test_no_child_called_in_what_it_is(text: str) -> None:
    assert found(text, PERSON) == []
