"""Stretched words (holdout39, issue 15): a letter typed twice or more in a chat ("phuungg thi
hoaa", "dươngg", "muonn") read as meant, so the name and the address around them are found
and redacted as typed; the chat's stretched particles ("oiii", "aaa") and English words that
shorten to a syllable ("soon", "see") make no reading."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.detectors._probes import redacted

from ai_guard import check_prompt
from ai_guard.models import EntityType
from ai_guard.text import Document
from ai_guard.text.stretched import _PAIR, _doubled, stretched, unstretch

PERSON = EntityType.PERSON
ADDRESS = EntityType.ADDRESS


@pytest.mark.parametrize(
    ("word", "meant"),
    [
        ("hoaa", "hoa"),
        ("phuongg", "phuong"),
        ("phuungg", "phung"),
        ("muonn", "muon"),
        ("oiii", "oi"),
        ("dươngg", "dương"),
        ("nhéee", "nhé"),
        ("cuuu", "cuu"),  # a run of three as two first: cứu
    ],
)
def test_a_stretched_word_reads_as_the_syllable_meant(word: str, meant: str) -> None:
    assert unstretch(word, Document(word).folded) == meant


@pytest.mark.parametrize(
    "word", ["cuu", "huu", "xoong", "hoa", "nguyen", "ccc", "gmaill", "aab", "Lee", "Meet", "HOAA"]
)
def test_a_syllable_or_no_syllable_is_not_read(word: str) -> None:
    # "cuu" (cứu), "xoong" are syllables as typed; "ccc", "gmaill" shorten to none
    assert unstretch(word, Document(word).folded) is None


# a name stretched at one of its words, and the address it stands before
_SURNAMES = ("phung", "nguyen", "tran", "hoang", "dang")
_MIDDLES = ("thi", "van")
_GIVENS = ("hoa", "lan", "phuong", "tuan", "hung")


def _stretch(word: str, times: int) -> str:
    return word + word[-1] * times


@settings(max_examples=30, deadline=None, derandomize=True, database=None)
@given(
    st.sampled_from(_SURNAMES),
    st.sampled_from(_MIDDLES),
    st.sampled_from(_GIVENS),
    st.integers(min_value=0, max_value=2),
    st.integers(min_value=1, max_value=2),
)
def test_a_name_with_a_stretched_word_is_redacted_as_typed(
    surname: str, middle: str, given_name: str, which: int, times: int
) -> None:
    words = [surname, middle, given_name]
    words[which] = _stretch(words[which], times)
    name = " ".join(words)
    text = f"chi oiii cho e hoi, me e la {name} o to 12 phuong dong hai hai phong muon hoi bhxh"
    assert name in redacted(text, PERSON)


def test_the_holdout_prompt_keeps_nothing_private() -> None:
    text = (
        "chi oiii cho e hoi, me e la phuungg thi hoaa o to 12 phuongg dong hai hai phong "
        "muonn rut bhxh 1 lan thi can gi aa"
    )
    check = check_prompt(text)
    assert check.decision.value == "redact"
    out = check.redacted_text or ""
    for word in ("phuungg", "hoaa", "phuongg dong"):
        assert word not in out
    assert redacted(text, PERSON) == ["phuungg thi hoaa"]
    assert redacted(text, ADDRESS) == ["to 12 phuongg dong hai hai phong"]


def test_a_name_with_diacritics_ends_at_its_stretched_word() -> None:
    text = "em tên hoàng thị thuỳ dươngg ở số 7 ngõ 15 phố lò đúc phường hai bà trưng hà nội"
    assert redacted(text, PERSON) == ["hoàng thị thuỳ dươngg"]


@pytest.mark.parametrize(
    "text",
    [
        "chi oiii cho em hoi thu tuc lam cccd voi aaa",
        "dạ vângg ạaa, em cảm ơn chị nhiềuuu",
        "I will see you soon, keep the book and call me",
        "see the moon too, we need to keep going soon",
        "nồi xoong này cũ rồi, cứu với",
        "ok nhaaa, mai e gui lai nheee",
        "chị Google Meet bị lỗi",
    ],
)
def test_chat_and_english_stay_clean(text: str) -> None:
    check = check_prompt(text)
    assert check.decision.value == "allow", check.findings


@pytest.mark.parametrize(
    "text",
    [
        "chi oiii, nhaaa, aaa",  # particles alone: no second reading
        "I will see you soon, keep the book",  # English: no line is read
        "hồ sơ của bà nguyễn thị hoa ở xóm 2",  # nothing stretched
    ],
)
def test_no_reading_is_made_for_particles_english_or_plain_text(text: str) -> None:
    assert stretched(Document(text)) is None


def test_the_reading_maps_back_to_the_words_as_typed() -> None:
    text = "me e la phuungg thi hoaa o ha noi"
    reading = stretched(Document(text))
    assert reading is not None
    assert reading.text == "me e la phung thi hoa o ha noi"
    s = reading.text.index("phung")
    e = reading.text.index("hoa") + len("hoa")
    assert reading.span(s, e) == (text.index("phuungg"), text.index("hoaa") + 4)


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(st.text("aAgGhHnNtTbxđư 0\n.", max_size=40), st.integers(min_value=1, max_value=8))
def test_the_gate_finds_a_pair_in_lower_case_as_the_pattern_does(text: str, chunk: int) -> None:
    """The gate (two tables XORed) says yes exactly where a lower-case pair of the letters a
    stretched word doubles stands, across the chunks a long text is read in ("hoaa" yes;
    "CCCD", "bb", "a a" no)."""
    cased = Document(text).folded_cased
    assert _doubled(cased, chunk) == (_PAIR.search(cased) is not None)


@pytest.mark.parametrize(
    ("text", "doubled"),
    [
        ("chi oiii", True),
        ("phuongg", True),
        ("CCCD số 0123", False),  # a capital pair: no stretched word (half the short prompts)
        ("QĐ-CCTHADS", False),
        ("Hữu", True),  # "uu" in lower case: the gate passes, the word is no stretch
        ("abba 1100", False),  # b and digits are never doubled by a stretch
        ("", False),
        ("a", False),
    ],
)
def test_the_gate(text: str, doubled: bool) -> None:
    assert _doubled(Document(text).folded_cased) is doubled
