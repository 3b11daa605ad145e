"""Nicknames and given names after a kin word, known by a household or an age: "cháu bống
nhà chị dịu", "be na nha chi thao", "hồ sơ bé tí nhà đinh văn khởi", "thang cu ti con nha
...", "cụ tép năm nay 90 tuổi", "chị dịu 3 tuổi".

Chat names a child by the nickname it is called at home ("Bống", "Tí", "Na", "Tép", "Bin"), an
elder by hers, and neither is in a lexicon of given names. Two frames say the word after the
kin word is a name, whatever it spells:

* a child's kin word ("bé", "cháu", "cu", "thằng cu", "con bé"), the word, then "nhà" (or
  "con nhà") and whose home it is: a kin word and a word, or a name found ("bé na nhà chị
  thảo": Na of Thảo's home);
* a kin word, the word, then an age ("năm nay" optional): "cụ tép năm nay 90 tuổi", "chị dịu
  3 tuổi" (a kin word's own words are no name: "cụ ông", "bà ngoại", "anh ấy", "chị gái",
  "bé trai", "bác sĩ").

The word is one lower-case Vietnamese syllable, no pronoun, kin word, sex, rank or place in the
family (``_NOT_NAMES``). Read from the few places "nhà" / "nha" or "tuổi" / "tuoi" stand (a
literal search), for :mod:`.given`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from ai_guard.detectors.person.shape import is_vietnamese_syllable
from ai_guard.text import Document, fold_word
from ai_guard.text.match import spelling

__all__ = ["household_names"]

#: a child's kin word and the word after it, right before " nha" / " con nha" (folded)
_CHILD_BEFORE_HOME = re.compile(
    r"(?<![a-z])(?P<cue>thang cu|con be|be|chau|cu)[ \t]+(?P<name>[a-z]+)(?:[ \t]+con)?[ \t]+$"
)
#: whose home: a kin word and a word after "nha " (folded)
_OWNER_AFTER = re.compile(
    r"(?:ong|ba|anh|chi|chu|co|bac|di|cau|thim|a|c|e)[ \t]+(?P<word>[a-z]+)(?![a-z])"
)
#: a kin word and the word after it, right before an age (folded)
_KIN_BEFORE_AGE = re.compile(
    r"(?<![a-z])(?P<cue>ong|ba|anh|chi|em|chu|co|bac|cu|di|be|chau|thang cu)[ \t]+"
    r"(?P<name>[a-z]+)[ \t]+(?:nam[ \t]+nay[ \t]+)?$"
)
#: an age's number right before "tuổi" (folded)
_AGE = re.compile(r"(?<![0-9])\d{1,3}[ \t]*$")
#: the cues spelled as kin words where the text has diacritics
_CUE_SPELLINGS = frozenset(
    spelling(w)
    for w in (
        *("ông", "bà", "anh", "chị", "em", "chú", "cô", "bác", "cụ", "dì", "bé", "cháu"),
        *("cu", "thằng cu", "con bé"),
    )
)
#: the words a kin word opens that name no one (folded): pronouns, kin and family words, sex,
#: rank, the doctor's and the teacher's titles, "nhà" itself
_NOT_NAMES = frozenset(
    {"ay", "ta", "no", "nay", "do", "kia", "nao", "minh", "toi", "tao", "em", "anh", "chi"}
    | {"ong", "ba", "bac", "chu", "co", "cu", "chau", "con", "be", "me", "bo", "cha", "vo"}
    | {"noi", "ngoai", "gai", "trai", "ca", "lon", "nho", "gia", "ho", "re", "dau", "ruot"}
    | {"si", "giao", "nha", "moi", "so", "sinh", "xiu", "cung", "deu", "thi", "van", "da"}
    | {"dang", "se", "cung", "khoang", "tam", "gan", "hon", "duoi", "tren", "khi", "luc"}
    # verbs of going before "nhà" ("dung cu qua nha ong ...": the tools go over to his home)
    | {"qua", "sang", "ve", "den", "toi", "len", "xuong", "o", "vao", "ra", "tai", "tu", "cua"}
)
#: words before "cu" that make it half of an everyday word ("dụng cụ" a tool, "công cụ")
_CU_COMPOUNDS = frozenset({"dung", "cong", "khi", "y", "giao"})
_WORD_BEFORE = re.compile(r"([a-z]+)[ \t]+$")

#: the words after "nhà" and a kin word that name no one: pronouns, the grandparents' side
#: ("nhà anh ấy", "nhà bà ngoại"); a birth-order nickname is the owner's name ("nhà bác ba")
_NO_OWNER = frozenset({"ay", "ta", "no", "nay", "do", "kia", "noi", "ngoai", "minh", "toi"})


def _name_at(doc: Document, m: re.Match[str], base: int) -> tuple[int, int] | None:
    """The name's span of a match of the frames (``base``: where the search window starts),
    if the word is one lower-case syllable no kin word's own and the cue spelled as one."""
    s, e = base + m.start("name"), base + m.end("name")
    cs, ce = base + m.start("cue"), base + m.end("cue")
    word, cue = doc.text[s:e], doc.text[cs:ce]
    if not word.islower() or not cue.islower() or fold_word(word) in _NOT_NAMES:
        return None
    if not is_vietnamese_syllable(fold_word(word)):
        return None
    if not cue.isascii() and spelling(cue) not in _CUE_SPELLINGS:
        return None  # "bế", "cứ": no kin word
    if fold_word(cue) == "cu":
        prev = _WORD_BEFORE.search(doc.folded, max(0, cs - 12), cs)
        if prev is not None and prev.group(1) in _CU_COMPOUNDS:
            return None  # "dung cu qua nha ...": dụng cụ, a tool
    return s, e


def household_names(
    doc: Document, found: Sequence[tuple[int, int]], free: Callable[[int, int], bool]
) -> Iterator[tuple[int, int, str]]:
    """The names of the two frames (see the module docstring), as ``(start, end, cue)``;
    ``found``: the full names found, whose homes count as a kin word's."""
    folded, text = doc.folded, doc.text
    starts = {s for s, _ in found}
    at = folded.find("nha ")
    while at >= 0:
        if at > 0 and folded[at - 1] == " " and text[at : at + 3] in ("nhà", "nha"):
            lo = max(0, at - 28)
            m = _CHILD_BEFORE_HOME.search(folded, lo, at)
            after = at + 4
            owner = _OWNER_AFTER.match(folded, after)
            if owner is not None and owner.group("word") in _NO_OWNER:
                owner = None  # "nhà anh ấy", "nhà bà ngoại": no one named
            if m is not None and (owner is not None or after in starts):
                span = _name_at(doc, m, 0)
                if span is not None and free(*span):
                    yield span[0], span[1], "household"
        at = folded.find("nha ", at + 1)
    at = folded.find("tuoi")
    while at >= 0:
        age = _AGE.search(folded, max(0, at - 6), at)
        if age is not None and (at + 4 == len(folded) or not folded[at + 4].isalpha()):
            m = _KIN_BEFORE_AGE.search(folded, max(0, age.start() - 32), age.start())
            span = _name_at(doc, m, 0) if m is not None else None
            if span is not None and free(*span):
                yield span[0], span[1], "aged"
        at = folded.find("tuoi", at + 4)
