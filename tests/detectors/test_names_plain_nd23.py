"""Issue 15, private names typed plain that chat still sent out (twenty-third session,
i15-nd23), on new probes (none of a corpus's rows), with the ordinary words beside them that
must stay clean:

* a full name after chat's "a", "c", "e" led by a surname that is seldom the word it also
  spells there ("trieu" triệu, "dinh" định, "mach" mạch), a middle name only names use and a
  given name ("a trieu duc luong va ...", "c dinh ngoc anh de nghi");
* a kin word and a given name beside another so named, joined by "và", "với", chat's "vs" or
  "hoặc": the coordination ends the name ("a duc vs c tham muon ..."), a given name that is a
  number too among them ("chu hai va bac nam o ...");
* not "sang" (to come over) before where one goes ("chi sang nha em"), not chat's verbs paired
  ("a lam vs c lam deu dc").
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.detectors._probes import found

from ai_guard.models import EntityType

PERSON = EntityType.PERSON

_CHAT_CUES = ("a", "c", "e")
_SURNAMES = ("trieu", "dinh", "mach", "luong", "ngo", "khuong", "thach", "phung")
_MIDDLES = ("quang", "ngoc", "xuan", "duc", "quoc", "gia")
_GIVENS = ("tuan", "lan", "hieu", "vy", "khoa", "hung")
_ENDS = ("de nghi chuyen cong tac", "va c lam thi hoa o thon 3", "bao nghi om 2 hom")


@settings(max_examples=40, deadline=None, derandomize=True, database=None)
@given(
    cue=st.sampled_from(_CHAT_CUES),
    surname=st.sampled_from(_SURNAMES),
    middle=st.sampled_from(_MIDDLES),
    given_name=st.sampled_from(_GIVENS),
    end=st.sampled_from(_ENDS),
)
def test_a_full_name_after_a_chat_abbreviation_is_found(
    cue: str, surname: str, middle: str, given_name: str, end: str
) -> None:
    name = f"{surname} {middle} {given_name}"
    text = f"tom tat giup e: hom qua {cue} {name} {end}"
    assert name in found(text, PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "a dinh minh tu lam cho nhanh",  # định mình tự (means to do it himself)
        "e doan minh dung roi",  # đoán mình đúng (guesses right)
        "e thieu duc tin qua",  # thiếu đức tin
        "a dao duc tot lam",  # đạo đức
        "a ta duc tuong thi phai",  # anh ta
        "e luong thanh cong roi",
    ],
)
def test_chat_words_after_an_abbreviation_stay_clean(text: str) -> None:
    assert found(text, PERSON) == []


_KIN = ("a", "c", "chu", "bac", "co", "anh", "chi")
_PAIRED_GIVENS = ("duc", "tham", "hai", "nam", "phuong", "thoa", "loan", "khiem")
_JOINS = ("va", "voi", "vs", "hoac")


@settings(max_examples=40, deadline=None, derandomize=True, database=None)
@given(
    kin=st.tuples(st.sampled_from(_KIN), st.sampled_from(_KIN)),
    names=st.tuples(st.sampled_from(_PAIRED_GIVENS), st.sampled_from(_PAIRED_GIVENS)),
    join=st.sampled_from(_JOINS),
)
def test_two_kin_words_and_given_names_joined_are_both_found(
    kin: tuple[str, str], names: tuple[str, str], join: str
) -> None:
    if names[0] == names[1] or (kin[0] == kin[1] == "co"):
        return  # one name twice; "có ... và có ..." (has ... and has ...)
    text = f"ng dan hoi: {kin[0]} {names[0]} {join} {kin[1]} {names[1]} muon sang ten xe"
    assert found(text, PERSON) == list(names)


@pytest.mark.parametrize(
    "text",
    [
        "chi sang nha em an com nhe",
        "c sang nha e choi",
        "c sang ben do lien nhe",
        "a lam vs c lam deu dc",
        "a an vs e an truoc nhe",
        "anh ay va chi ay deu dong y",
        "chi oi, em ve que roi",
        "ong ba va bo me deu khoe",
        "be ngoan va ngu som",
        "sau gio toi tu van cho ban",
        "ba nam voi ba thang roi",
        "co hoa va co la",
    ],
)
def test_ordinary_chat_stays_clean(text: str) -> None:
    assert found(text, PERSON) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("chi sang oi, mai e gui ho so", "sang"),
        ("nha anh sang o thon 2 nhe", "sang"),
    ],
)
def test_sang_called_or_at_home_is_still_a_name(text: str, name: str) -> None:
    assert name in found(text, PERSON)


_OLDER_KIN = ("ong", "bac", "chu")
_PLAIN_GIVENS = ("thoa", "loi", "khiem", "lanh", "toan", "kien")


@settings(max_examples=30, deadline=None, derandomize=True, database=None)
@given(kin=st.sampled_from(_OLDER_KIN), name=st.sampled_from(_PLAIN_GIVENS))
def test_an_older_kin_word_and_given_name_named_twice_is_found(kin: str, name: str) -> None:
    text = f"tom tat: {kin} {name} chui boi hang xom, con {kin} {name} thi bao xay tuong lan dat"
    assert found(text, PERSON) == [name, name]


@settings(max_examples=30, deadline=None, derandomize=True, database=None)
@given(
    kin=st.sampled_from(_OLDER_KIN),
    name=st.sampled_from(_PLAIN_GIVENS),
    after=st.sampled_from(("{kin} o tang 2", "{kin} can ky them", "{kin} khong o nha")),
)
def test_the_kin_word_opening_the_next_clause_names_the_person(
    kin: str, name: str, after: str
) -> None:
    text = f"ship giup e ho so cho {kin} {name}, {after.format(kin=kin)}, goi truoc nhe"
    assert found(text, PERSON) == [name]


@settings(max_examples=30, deadline=None, derandomize=True, database=None)
@given(
    kin=st.sampled_from(_OLDER_KIN),
    name=st.sampled_from(_PLAIN_GIVENS),
    place=st.sampled_from(("ben canh", "canh nha", "dau ngo", "cuoi xom")),
)
def test_a_neighbour_placed_by_the_writers_home_is_found(kin: str, name: str, place: str) -> None:
    text = f"bac ko co dt nen nho {kin} {name} {place} bao ho, cam on e"
    assert found(text, PERSON) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "ba tram nghin, ba tram nua",
        "co hoa ben canh nha",
        "ba lan ben canh",
        "ong ba ben canh rat tot",
        "chu y, chu o day",
        "co hang, co o kho",
        "ba nam, ba o day",
        "ong chu bao ong chu",
        # a figure's name a count opens, twice: no kin word and given name
        "le hoi den hai ba trung (me linh) dien ra, den hai ba trung rat dep",
    ],
)
def test_kin_words_in_everyday_phrases_stay_clean(text: str) -> None:
    assert found(text, PERSON) == []


@pytest.mark.parametrize("surname", ["mai", "hoa", "kim"])
def test_a_listed_name_led_by_a_word_surname_before_a_middle_is_found(surname: str) -> None:
    text = f"gui ds phong van: nguyen thi kim hong, la van dat, {surname} tien loc, xep lich giup"
    assert f"{surname} tien loc" in found(text, PERSON)


def test_a_surname_said_twice_after_ong_is_no_given_name_alone() -> None:
    # "ong vuong dinh khai" twice: "vuong" before a middle name is the surname, not a given
    # name said twice (the full name is the lower-case path's to judge)
    text = "ong vuong dinh khai lam don, ngan hang va ong vuong dinh khai chiu trach nhiem"
    assert "vuong" not in found(text, PERSON)
