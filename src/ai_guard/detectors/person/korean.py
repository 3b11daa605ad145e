"""Korean names typed plain in Vietnamese chat, with no cue before them but their nationality
or passport right after: "đăng ký kết hôn cho kim sung ho quốc tịch hàn", "khach choi min seok
ho chieu m1234", "park ji yeon người hàn quốc".

A Korean name is a family name and a given name of two syllables, and typed in lower case
each syllable stands alone ("kim sung ho"); the syllables spell Vietnamese words as often
("súng", "hồ", "min"), so the capitalised foreign path does not see them and the lower-case
paths want a Vietnamese surname, middle and given name. Read here only where three words that
are a Korean family name and two Korean given-name syllables stand right before what only a
person has: "quốc tịch" and Korea, "người hàn (quốc)", "hộ chiếu" / "passport" (an
identifier's label). Folded view; the syllables are Revised Romanisation and the common
spellings (Lee, Park, Choi).

A child of a Korean and a Vietnamese parent carries the Korean family name before a Vietnamese
middle and given name ("con là Choi Gia Hân", "Park Thị Lan"), capitalised:
``korean_vietnamese_names`` reads a family name no Vietnamese word spells, then a middle and a
given name spelled as the lexicon's, no capitalised word after them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.gates import Needs
from ai_guard.detectors.person.lexicon import given_spellings, middle_spellings
from ai_guard.detectors.person.scores import BASE_FOREIGN, SCORE_FOREIGN, lower_case_hit
from ai_guard.models import EntityType
from ai_guard.text import Document
from ai_guard.text.match import spelling, trie_regex

#: Korean family names, folded (Revised Romanisation and the common spellings)
_FAMILY = (
    *("kim", "lee", "yi", "park", "pak", "choi", "choe", "jung", "jeong", "chung", "kang"),
    *("cho", "jo", "yoon", "yun", "jang", "chang", "lim", "im", "han", "oh", "seo", "shin"),
    *("kwon", "hwang", "ahn", "song", "yoo", "ryu", "hong", "jeon", "moon", "yang", "bae"),
    *("baek", "heo", "nam", "noh", "kwak", "sung", "cha", "joo", "woo", "min", "jin", "chae"),
)
#: syllables of Korean given names, folded
_SYLLABLES = (
    *("min", "seok", "suk", "sung", "seong", "ho", "ji", "hyun", "hyeon", "woo", "jin", "young"),
    *("yeong", "soo", "su", "hee", "jun", "joon", "seo", "yeon", "eun", "hye", "kyung", "dong"),
    *("hoon", "jae", "won", "tae", "sang", "chul", "cheol", "hwan", "yong", "ah", "bin", "gyu"),
    *("kyu", "ha", "yun", "yoon", "mi", "jung", "jeong", "seung", "hyuk", "il", "gi", "ki"),
    *("sik", "sun", "na", "ra", "hwa", "in", "chan", "jong", "joo", "ju", "kyeong", "rin"),
    *("hun", "uk", "wook", "yeol", "beom", "bum", "gun", "geun", "myung", "nam", "ok", "so"),
)
#: a family name and two given-name syllables, then what names a person (group ``name``)
_NAME_BEFORE_MARK = re.compile(
    r"(?<![a-z0-9])(?P<name>"
    + trie_regex(sorted(set(_FAMILY)))
    + r"[ \t]+"
    + trie_regex(sorted(set(_SYLLABLES)))
    + r"[ \t]+"
    + trie_regex(sorted(set(_SYLLABLES)))
    + r")[ \t]*,?[ \t]+(?:quoc[ \t]+tich[ \t]+han|nguoi[ \t]+han|ho[ \t]+chieu|passport)"
    + r"(?![a-z])"
)

#: what :func:`korean_plain_names` needs: three words and one of the marks' words
NEEDS = Needs(words=3, sketch=(b" quoc tich han", b" nguoi han", b" ho chieu ", b" passport"))


def korean_plain_names(
    doc: Document, found: Sequence[Detection], detector_id: str
) -> Iterator[Detection]:
    """The Korean names typed plain before their nationality or passport that no path found
    whole (a name found across the span's edge is left as it is; one inside it, the caller
    replaces)."""
    for m in _NAME_BEFORE_MARK.finditer(doc.folded):
        s, e = m.span("name")
        if doc.text[s:e].lower() != doc.folded[s:e]:
            continue  # spelled with Vietnamese diacritics ("kim súng hồ"): no Korean name
        if any(f.start < e and s < f.end and (f.start < s or f.end > e) for f in found):
            continue
        yield lower_case_hit(s, e, detector_id, "nationality after")


#: Korean family names that no Vietnamese name or word spells (not "Kim", "Han", "Song",
#: "Nam", "Min", "Cho"): capitalised before a Vietnamese middle and given name, a child of a
#: Korean and a Vietnamese parent ("con là Choi Gia Hân", "Park Thị Lan")
_MIXED_FAMILY = (
    *("Lee", "Park", "Pak", "Choi", "Choe", "Jung", "Jeong", "Chung", "Kang", "Yoon", "Jang"),
    *("Chang", "Lim", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Yoo", "Ryu", "Jeon", "Moon"),
    *("Baek", "Heo", "Kwak", "Joo", "Chae", "Bae"),
)
#: such a family name, a capitalised middle and one or two capitalised given names, written
#: with diacritics as they may be, no capitalised word after them ("... Long FC": a club's)
#: (group ``name``; not "Yang", the highlands' word for a deity)
_MIXED_NAME = re.compile(
    r"(?<![\w'’-])(?P<name>(?:" + "|".join(_MIXED_FAMILY) + r")"
    r"(?:[ \t]+[A-ZÀ-Ỹ][a-zà-ỹ]+){2,3})(?![\w'’-])(?![ \t]+[A-ZÀ-Ỹ])"
)

#: any of the family names as a substring: one scan (a trie), where a substring search for each
#: of the 28 cost 27,000 instructions a short prompt (each call's arguments and scan)
_ANY_FAMILY = re.compile(trie_regex(sorted(_MIXED_FAMILY)))


def korean_vietnamese_names(
    doc: Document, found: Sequence[Detection], detector_id: str
) -> Iterator[Detection]:
    """A Korean family name before a Vietnamese middle and given name, capitalised ("Choi Gia
    Hân", "Park Thị Lan"): the middle name and the last word spelled as a middle and a given
    name are (with their diacritics), no path found it whole."""
    text = doc.text
    if _ANY_FAMILY.search(text) is None:
        return  # (a family name anywhere, before the pattern's scan)
    for m in _MIXED_NAME.finditer(text):
        s, e = m.span("name")
        words = m.group("name").split()
        if spelling(words[1].lower()) not in middle_spellings():
            continue
        if spelling(words[-1].lower()) not in given_spellings():
            continue
        if any(f.start <= s and e <= f.end for f in found):
            continue
        yield Detection(
            EntityType.PERSON,
            s,
            e,
            SCORE_FOREIGN,
            detector_id,
            pattern="person.korean_vietnamese",
            base_score=BASE_FOREIGN,
            context="mixed",
        )
