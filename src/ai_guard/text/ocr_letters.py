"""A zero an OCR pass read for the letter "o" inside a word ("xóm Đ0ng Tâm", "thôn H0à Bình"),
read back as the letter, for the detectors that read words (names of places and people).

:mod:`ai_guard.text.disguises` reads the reverse (``O`` for a zero inside a number, in an
identifier's context). Here a zero stands between two letters of a word that opens with a
capital letter, with no other digit in the word: a number is never written so, and a code
("A0B1", "X0") has other digits or capitals only. The reading keeps the text's length (one
character for one), so the spans found in it are the original's.
"""

from __future__ import annotations

import re

__all__ = ["ocr_letters"]

#: a word of letters opening with a capital, a zero (or two apart) inside it between letters,
#: matched at the word's start (found from each zero with a letter on both sides)
_WORD_WITH_ZERO = re.compile(r"[^\W\d_a-z][^\W\d_]*0[^\W\d_]+(?:0[^\W\d_]+)?(?![\w])")


def _zero_words(text: str) -> list[re.Match[str]]:
    """The words of :data:`_WORD_WITH_ZERO`, found from the zeros between two letters (a
    text's zeros are its numbers' mostly: each is one look at its neighbours)."""
    out: list[re.Match[str]] = []
    at = text.find("0")
    while at >= 0:
        if 0 < at < len(text) - 1 and text[at - 1].isalpha() and text[at + 1].isalpha():
            start = at - 1
            while start > 0 and text[start - 1].isalpha():
                start -= 1
            m = _WORD_WITH_ZERO.match(text, start)
            if m is not None and (start == 0 or not text[start - 1].isalnum()):
                if not out or out[-1].start() != m.start():
                    out.append(m)
                at = m.end()
        at = text.find("0", at + 1)
    return out


def ocr_letters(text: str) -> tuple[str, list[int]] | None:
    """``text`` with each zero :data:`_WORD_WITH_ZERO` finds read as "o" ("O" in a word in
    capitals), and the zeros' offsets; None when there is none."""
    places: list[int] = []
    chars: list[str] | None = None
    for m in _zero_words(text):
        word = m.group()
        letters = word.replace("0", "")
        if not letters[1:].islower() and not letters.isupper():
            continue  # "McD0nald"-like mixed capitals: a code or a handle, not a word
        if chars is None:
            chars = list(text)
        for k, c in enumerate(word):
            if c == "0":
                chars[m.start() + k] = "O" if letters.isupper() else "o"
                places.append(m.start() + k)
    if chars is None:
        return None
    return "".join(chars), places
