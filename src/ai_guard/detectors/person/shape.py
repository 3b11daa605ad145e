"""Name shape: whether a word can be a Vietnamese syllable.

Every word of a Kinh name is one Vietnamese syllable: an optional onset (b, ch, gi, ngh, tr
...), a vowel nucleus of one to three letters, an optional coda (c, ch, m, n, ng, nh, p, t;
the vowels i, y, o, u close a diphthong). Many words of ethnic-minority and foreign names are
not: "Mlô", "Ksor" and "Kpă" have onsets Vietnamese lacks ("ml", "ks", "kp") or an "ă" with no
coda, "H'Ni" an apostrophe, "Êban" and "Tanaka" are several syllables, "Kenji" has "j". Such a
word is a piece of evidence that a capitalised phrase is a name of another language; it never
suffices alone (place names of the Central Highlands, "Đắk Lắk", "Krông Pắc", and company
names are shaped the same way).

The test looks at the letters only: tone marks are dropped, vowel marks (ă, â, ê, ô, ơ, ư)
kept; it is a cheap regex over one word, asked only for candidates.
"""

from __future__ import annotations

import re
import unicodedata

from ai_guard.text.word_caches import word_cache

__all__ = ["is_vietnamese_syllable"]

# tone marks (grave, acute, tilde, hook above, dot below); the vowel marks stay
_TONES = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))
_SYLLABLE = re.compile(
    r"(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?"
    # the nucleus, with the vowels that end a diphthong (ai, ao, au, ay, oi, ui, ưu ...)
    r"(?:[aăâeêioôơuưy]{1,3})"
    r"(?:ch|ng|nh|[cmnpt])?"
)
# "ă" and "â" are short vowels: never at the end of a syllable ("Kpă", "Byă" are not ones)
_OPEN_SHORT = re.compile(r"[ăâ]$")


@word_cache(4096)
def is_vietnamese_syllable(word: str) -> bool:
    """Whether ``word`` (one word as written, any case) has the shape of a Vietnamese
    syllable: "Nguyễn", "Thị", "Pứ", "Niê" do; "Mlô", "Ksor", "Kpă", "H'Ni", "Tanaka" do not."""
    w = unicodedata.normalize("NFC", unicodedata.normalize("NFD", word.lower()).translate(_TONES))
    if not w or _OPEN_SHORT.search(w):
        return False
    return _SYLLABLE.fullmatch(w) is not None
