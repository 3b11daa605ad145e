"""Patterns made letter-led for speed (sp24, issue 14): a look-behind opening a pattern is
tried at every position of the text; led by the word's first letter with the character before
it looked behind, the engine skips to the letters that can open a match. Each test runs the
pattern and the form it replaced (written here) over texts built from the pieces the pattern
reads, and asks for the same matches."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ai_guard import check_prompt
from ai_guard.detectors.person.given import _HEAD_NAME_VERB, _PARENT_OF_NAME

#: the forms replaced: a look-behind first
_HEAD_NAME_VERB_BEFORE = re.compile(
    r"(?<![\w/])(?:truong|pho)[ \t]+(?:thon|phong|ban|xom|ap|khoa|khu|tram)[ \t]+(?P<name>[a-z]+)"
    r"[ \t]+(?:bao|noi|nho|hoi|keu|dan|goi|moi|nhac|yeu[ \t]+cau|de[ \t]+nghi)(?![\w'’-])"
)
_PARENT_OF_NAME_BEFORE = re.compile(
    r"(?<![\w/])(?:me|bo|ma|cha|vo|chong)[ \t]+cua[ \t]+(?P<name>[a-z]+)(?![\w'’-])"
)

#: the words both patterns read, what may stand before them (letters, "/", digits, "_",
#: accented letters, apostrophes) and the words around
_PIECES = [
    "truong", "pho", "thon", "phong", "ban", "xom", "ap", "khoa", "khu", "tram", "bao",
    "noi", "nho", "hoi", "yeu", "cau", "de", "nghi", "me", "bo", "ma", "cha", "chong", "vo",
    "cua", "phat", "lam", "an", "t", "p", "m", "b", "c", "v", "h", "o", "a", " ", "  ", "\t",
    "\n", "/", "_", "1", "đ", "ư", "'", "’", "-", ".", ",",
]  # fmt: skip


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    return [(m.span(), m.span("name")) for m in pattern.finditer(text)]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=18).map("".join))
@example("truong thon hau bao nha ong")
@example("/truong thon hau bao")
@example("atruong thon hau bao, pho phong an noi")
@example("me cua phat bao chi, vo cua lam goi")
@example("_chong cua lam noi")
@example("ma cua bo cua an")
def test_letter_led_patterns_match_as_the_look_behind_forms_did(text: str) -> None:
    assert _spans(_HEAD_NAME_VERB, text) == _spans(_HEAD_NAME_VERB_BEFORE, text)
    assert _spans(_PARENT_OF_NAME, text) == _spans(_PARENT_OF_NAME_BEFORE, text)
    # searched from inside the text too (the look-behind sees the character before pos)
    for pos in range(min(len(text), 6)):
        a, b = _PARENT_OF_NAME.search(text, pos), _PARENT_OF_NAME_BEFORE.search(text, pos)
        assert (a and a.span()) == (b and b.span())


def test_the_names_these_patterns_read_are_still_found_and_ordinary_words_are_not() -> None:
    text = "me cua phat bao chi tuyet la mai nop ho so"
    names = [text[f.start : f.end] for f in check_prompt(text).findings if f.entity == "PERSON"]
    assert "phat" in names
    clean = check_prompt("trưởng phòng họp nói sẽ gửi báo cáo của bộ vào thứ hai")
    assert not [f for f in clean.findings if f.entity == "PERSON"]
