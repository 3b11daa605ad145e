"""vn.secrecy_mark: a level with an invisible character between two of its letters, in any
case and typed plain too (holdout37's h37-123 rewritten as chat: "dong dau co chu toi
m\u200bat"). Typed plain, "toi mat" may be "tôi mất"; a zero-width space inside the word is
the disguise of someone who did not want it read, and that is what reads it. Ordinary words
with the same invisible character ("m\u200bật khẩu", "bảo m\u200bật", "m\u200bất tiền") stay
clean; a character at a word's edge hides nothing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import Decision, EntityType, check_prompt
from ai_guard.text.chars import INVISIBLE

MARK = EntityType.STATE_SECRET_MARK
ZW = "\u200b"


def _marks(text: str) -> list[str]:
    result = check_prompt(text)
    return [text[f.start : f.end] for f in result.findings if f.entity is MARK]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param(f"dong dau co chu toi m{ZW}at roi", f"toi m{ZW}at", id="h37-123-chat"),
        pytest.param(f"tuyet m{ZW}at, tom tat giup", f"tuyet m{ZW}at", id="tuyet"),
        pytest.param(f"gui ban t{ZW}oi mat nhe", f"t{ZW}oi mat", id="inside-toi"),
        pytest.param("file nay m\u2060at, doc giup", "m\u2060at", id="word-joiner"),
        pytest.param("toi m\u00adat ve du an", "toi m\u00adat", id="soft-hyphen"),
        pytest.param(f"Tối m{ZW}{ZW}ật: tóm tắt giúp", f"Tối m{ZW}{ZW}ật", id="diacritics"),
    ],
)  # fmt: skip
def test_a_level_with_an_invisible_character_inside_is_a_mark(text: str, span: str) -> None:
    assert span in _marks(text)
    assert check_prompt(text).decision is Decision.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"m{ZW}at khau wifi la gi", id="password"),
        pytest.param(f"bao m{ZW}at thong tin ca nhan", id="bao-mat"),
        pytest.param(f"anh m{ZW}ất tiền rồi", id="lost-spelled"),
        pytest.param(f"m{ZW}at ong rung", id="honey"),
        pytest.param(f"toi{ZW} mat vi roi", id="at-the-edge"),
        pytest.param("toi mat vi roi", id="plain-no-veil"),
        pytest.param(f"{ZW}mat troi moc", id="leading"),
    ],
)  # fmt: skip
def test_ordinary_words_with_an_invisible_character_stay_clean(text: str) -> None:
    assert _marks(text) == []


@settings(max_examples=60, deadline=None)
@given(
    level=st.sampled_from(["mat", "toi mat", "tuyet mat", "MAT", "Toi Mat", "TUYET MAT"]),
    veil=st.sampled_from(list(INVISIBLE)),
    cut=st.integers(min_value=1, max_value=7),
    before=st.sampled_from(["", "doc giup ", "dong dau co chu ", "file: "]),
    after=st.sampled_from(["", " roi", ", tom tat giup", " - ke hoach"]),
)
def test_a_veiled_level_never_passes(
    level: str, veil: str, cut: int, before: str, after: str
) -> None:
    letters = [k for k in range(1, len(level)) if level[k - 1].isalpha() and level[k].isalpha()]
    k = letters[cut % len(letters)]
    text = before + level[:k] + veil + level[k:] + after
    assert check_prompt(text).decision is Decision.BLOCK, text
