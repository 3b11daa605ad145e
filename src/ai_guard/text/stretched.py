"""Stretched words: a letter typed twice or more in a chat ("phuongg", "hoaa", "dươngg", "oiii").

A Vietnamese syllable never holds the same letter twice in a row, save the ``uu`` of ``ưu``
(``cuu``, ``huu`` typed without diacritics) and the ``oo`` of ``xoong``; a word of a chat that
does, and that spells no syllable as typed while it spells one with each run of the letter
typed once ("phuungg" -> "phung", "hoaa" -> "hoa", "muonn" -> "muon"; a run of three first as
two: "cuuu" -> "cuu"), is a key held down or a letter doubled by a hurried thumb: the
detectors read the word as meant. :func:`stretched` gives the reading of a document with
those words read back, with an offset map; a word's first letter of each run is kept (its
tone mark with it: "nhéee" -> "nhé"). Only words in lower case, as chat stretches them: a
capitalised one is a brand's or a foreigner's name as often ("Google Meet", "bà Lee").

English has words that read as a syllable once shortened ("soon" -> "son", "see" -> "se"), so
a line is read only when most of its other words are Vietnamese syllables; and a reading whose only
changed words are a chat's particles ("oiii", "aaa", "nhaaa") is not made: they hold no name
and no address, and every detector would read the document again for nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ai_guard.text.document import Document
from ai_guard.text.encodings import is_typed_syllable
from ai_guard.text.invisible import Unveiled, words_read

__all__ = ["stretched", "unstretch"]

#: the letters a Vietnamese syllable can end with, doubled when stretched (a vowel, or a final
#: consonant's letters c ch m n ng nh p t)
_LETTERS = "aeiouygnhmcpt"
#: one of :data:`_LETTERS` doubled, in lower case (searched in the cased fold)
_PAIR = re.compile(f"([{_LETTERS}])\\1")
#: the share of a line's words that must be Vietnamese syllables for it to be read
_VIETNAMESE_SHARE = 0.6
#: and at least this many of them
_VIETNAMESE_WORDS = 2
#: a run of one letter, in the folded view of a word
_RUN = re.compile(r"(.)\1+")
#: a word of a line (letters only)
_WORD = re.compile(r"[^\W\d_]+")
#: a chat's particles and interjections (folded): a reading that changes only these is not
#: made ("chi oiii", "dạ vâng aaa", "nhaaa")
_PARTICLES = frozenset(
    {
        *("a", "a", "ah", "o", "oh", "oi", "u", "uh", "um", "ui", "eh", "e", "ey", "ay", "ya"),
        *("nhe", "nha", "nhen", "nghen", "hen", "ne", "ha", "ho", "hi", "he", "nhi", "ma"),
        *("vay", "day", "luon", "troi", "nua", "roi", "qua", "lam", "nhieu", "thoi", "di"),
        *("vang", "da", "ok", "hu", "huhu", "haha", "hihi", "hehe", "kaka", "za", "nhoa"),
    }
)


#: kin words and pronouns (folded): stretched ("anhh oi", "emm"), they are a chat's address,
#: no name's part; read back they would join the name before them ("le thi hoa anhh oi")
_KIN = frozenset(
    ("anh", "em", "chi", "ong", "ba", "co", "chu", "bac", "cau", "di", "me", "bo", "con", "chau")
)


def unstretch(word: str, folded: str) -> str | None:
    """``word`` (with ``folded``, its folded spelling) read with its stretched letters typed
    once, when it spells no Vietnamese syllable as typed and does so read; else ``None``."""
    if len(folded) < 2 or not word.islower() or is_typed_syllable(word):
        return None  # (a capitalised word is a brand's or a foreigner's: "Google", "Lee")
    # a run of three or more first as two ("cuuu": cứu, "xooong"), then every run as one
    for most in (2, 1):
        keep: list[str] = []
        pos = 0
        for m in _RUN.finditer(folded):
            if m.end() - m.start() <= most:
                continue
            keep.append(word[pos : m.start() + most])
            pos = m.end()
        if not keep:
            continue
        keep.append(word[pos:])
        reading = "".join(keep)
        if reading != word and is_typed_syllable(reading):
            return reading
    return None


@lru_cache(maxsize=4096)
def _reading(word: str, folded: str) -> str | None:
    return unstretch(word, folded)


def stretched(doc: Document) -> Unveiled | None:
    """The reading of ``doc.text`` with its stretched words typed as meant, on the lines
    mostly in Vietnamese; ``None`` when there are none (or only particles). Computed once per
    document."""
    cached = doc.cached("stretched")
    if cached is None:
        cased = doc.folded_cased
        cached = (_doubled(cased) and _stretched(doc.text, doc.folded, cased)) or False
        doc.store("stretched", cached)
    return cached if isinstance(cached, Unveiled) else None


#: the gate's two tables: a letter of :data:`_LETTERS` stays itself, any other byte (a
#: capital among them) becomes 1 in the first and 2 in the second
_LEFT = bytes(b if chr(b) in _LETTERS else 1 for b in range(256))
_RIGHT = bytes(b if chr(b) in _LETTERS else 2 for b in range(256))
#: the gate reads a long text this many characters at a time (no copy of it whole)
_GATE_CHUNK = 1 << 16


def _doubled(cased: str, chunk: int = _GATE_CHUNK) -> bool:
    """The gate: whether ``cased`` (the cased fold) holds a pair of :data:`_LETTERS` in
    lower case, as a stretched word does ("hoaa", "phuongg"; never "CCCD", which half the short
    prompts hold). The two tables' readings of it, one shifted a character against the
    other, XORed as integers: a zero byte is a pair. A dozen calls in C, where a search for
    each pair (or a pattern tried at every character) cost twice as much. ``chunk``: the
    characters read at a time (a long text is never copied whole)."""
    for at in range(0, len(cased) - 1, chunk):
        raw = cased[at : at + chunk + 1].encode("ascii", "replace")
        left = int.from_bytes(raw[:-1].translate(_LEFT), "big")
        right = int.from_bytes(raw[1:].translate(_RIGHT), "big")
        if (left ^ right).to_bytes(len(raw) - 1, "big").find(0) >= 0:
            return True
    return False


def _stretched(text: str, folded: str, cased: str) -> Unveiled | None:
    """The reading of ``text`` (``folded``, ``cased``: its folds) past the gate: its words
    with a pair in lower case that read as a syllable once shortened (no kin word), then,
    when one of them is no particle, those on a line mostly in Vietnamese."""
    found: list[tuple[int, int, str, str | None]] = []
    worth = False
    last_end = -1
    for m in _PAIR.finditer(cased):  # (a word stretched is in lower case: "CCCD" is not)
        if m.start() < last_end:  # (a word already looked at: "oiii" holds two pairs)
            continue
        start, end = m.start(), m.end()
        while start > 0 and folded[start - 1].isalpha():
            start -= 1
        while end < len(folded) and folded[end].isalpha():
            end += 1
        last_end = end
        reading = _reading(text[start:end], folded[start:end])
        if reading is None:
            continue
        bare = _reading(folded[start:end], folded[start:end])
        if bare in _KIN:
            continue  # (a stretched kin word or pronoun is left as typed: it names no one)
        found.append((start, end, reading, bare))
        worth = worth or (bare is not None and bare not in _PARTICLES)
    if not worth:  # (before any line is read: particles alone make no reading)
        return None
    sites: list[tuple[int, int, str]] = []
    worth = False
    line_end = -1
    line_ok = False
    for start, end, reading, bare in found:
        if start >= line_end:  # a new line: is it Vietnamese?
            line_start = folded.rfind("\n", 0, start) + 1
            line_end = folded.find("\n", end)
            if line_end < 0:
                line_end = len(folded)
            line_ok = _vietnamese(folded[line_start:line_end])
        if line_ok:
            sites.append((start, end, reading))
            worth = worth or (bare is not None and bare not in _PARTICLES)
    return words_read(text, sites) if worth else None


def _vietnamese(line: str) -> bool:
    """Whether most of a (folded) line's other words, those not stretched, are Vietnamese
    syllables, two of them at least ("I will see you soon": "I" and "the" of five)."""
    syllables = others = 0
    for w in _WORD.findall(line):
        if _reading(w, w) is not None:
            continue
        others += 1
        syllables += is_typed_syllable(w)
    return syllables >= _VIETNAMESE_WORDS and syllables >= _VIETNAMESE_SHARE * others
