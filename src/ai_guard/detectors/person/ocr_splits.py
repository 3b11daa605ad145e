"""Names an OCR pass split inside a syllable ("Ng uyễn Văn Th ảo", "Ng uyễn Văn Th ắng"): a scan
read a gap between a syllable's first consonants and the rest of it.

The piece before the gap is letters with no vowel, capitalised ("Ng", "Th", "Tr", "Ph"), which
no Vietnamese word is; the piece after it opens with a vowel in lower case ("uyễn", "ảo"); and
the two together spell a word of the name lexicons (a surname, a middle or a given name:
"Nguyễn", "Thảo"). Each such gap is read as no gap: the person detector reads the text again
with a zero-width space in its place (one character for one, so the offsets hold; the
canonical reading drops it), and a name found across a gap replaces what was found in its
pieces. An initial before a word ("Nguyễn Văn T ảo" is rare; "C Lan" is chat's "chị Lan") is
no split: the joined word must be a name's, and a one-letter piece is read only before a piece
that no word is alone.
"""

from __future__ import annotations

import re

from ai_guard.detectors.person.lexicon import lexicons
from ai_guard.detectors.person.shape import is_vietnamese_syllable
from ai_guard.text import fold_word

__all__ = ["ZERO_WIDTH", "ocr_joined"]

#: what replaces a split's gap: one character for one, dropped by the canonical reading
ZERO_WIDTH = "\u200b"

#: a capitalised piece of consonants (one to three letters, no vowel), one space, a lower-case
#: piece that opens with a vowel (folded on the fly: checked in Python)
#: (led by the capital's class, no look-behind first: the engine skips to those capitals; the
#: letter before the piece is checked in Python)
_SPLIT = re.compile(
    r"(?P<head>[BCDĐGHKLMNPQRSTVX][bcdđghklmnpqrstvx]{0,2}) (?P<tail>[^\W\d_A-ZĐ][^\W\d_]*)"
)
_VOWELS = frozenset("aeiouy")


def _is_split(head: str, tail: str) -> bool:
    """Whether ``head`` and ``tail`` are one syllable an OCR gap split (the module)."""
    if not tail.islower() or fold_word(tail[0]) not in _VOWELS:
        return False
    word = fold_word(head + tail)
    lex = lexicons()
    if word not in lex.surnames and word not in lex.middles and word not in lex.givens:
        return False
    # a one-letter piece is an initial as often ("Văn T ảo" is rare): only before a piece no
    # word is alone ("uyễn" yes, "ảo" no)
    return len(head) > 1 or not is_vietnamese_syllable(tail)


def ocr_joined(text: str) -> tuple[str, list[int]] | None:
    """``text`` with each split's gap replaced by :data:`ZERO_WIDTH`, and the gaps' offsets;
    None when there is none."""
    gaps = [
        m.end("head")
        for m in _SPLIT.finditer(text)
        if (m.start() == 0 or not text[m.start() - 1].isalpha())
        and _is_split(m.group("head"), m.group("tail"))
    ]
    if not gaps:
        return None
    chars = list(text)
    for at in gaps:
        chars[at] = ZERO_WIDTH
    return "".join(chars), gaps
