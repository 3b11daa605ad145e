"""Tests on single words: is it spelled as a surname, a cue, a typical middle name, a figure?

Folding makes "Đình" (a middle name) and "Đinh" (a surname), "Võ" (a surname) and "vợ" (wife,
a cue) the same word. Where the text has diacritics, the spelling decides; where it has none
(OCR, English text, a phone keyboard), the folded form must do.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ai_guard.detectors.person.lexicon import (
    TYPICAL_MIDDLE_SPELLINGS,
    TYPICAL_MIDDLES,
    cue_spellings,
    public_figure_spellings,
    public_figures,
    surname_spellings,
)
from ai_guard.detectors.person.shape import is_vietnamese_syllable
from ai_guard.text import Document, fold_word
from ai_guard.text.match import spelling
from ai_guard.text.tables import line_bounds
from ai_guard.text.word_caches import reader_for

#: what a large text's names store of their spellings (:func:`reader_for`): a megabyte's
#: table of citizens, a new name a row, holds twice this many, not the cache's 8,192
SPELLINGS_HELD = 512

__all__ = [
    "COMMUNITY_POSTS_FOLDED",
    "PLAIN_PREDICATE_PAIR",
    "fold",
    "is_public_figure",
    "is_typical_middle",
    "plain_line",
    "spelled_as_cue",
    "spelled_as_surname",
]


#: a verb and its object typed plain right after a name, each word a given name alone ("Chi",
#: "Nhân") but together the sentence's predicate: "chỉ đạo" (directs), "nhận tiền" (takes
#: money), "nhận hối lộ", "nhận quà", "nhận được" ("... luu thi thanh nga chi dao xu ly",
#: "can bo dia chinh xa la vuong dinh hoan nhan tien cua dan"), on the folded view
PLAIN_PREDICATE_PAIR = re.compile(
    r"[ \t]+(?:chi[ \t]+dao|nhan[ \t]+(?:tien|hoi|qua|duoc)"
    # "nâng lương" (a pay rise: "ly thi khuyen nang luong truoc han"), "vì đã" (because it
    # did: "ong la van phuc vi da cuu nguoi")
    r"|nang[ \t]+luong|vi[ \t]+da"
    # "còn hạn" (still valid: "the bhyt cua le dinh tham con han ko")
    r"|con[ \t]+han"
    # "sống ở" / "sống một mình" (lives at, alone: "ong tran van ba song mot minh"), "trực
    # đêm" / "trực ca" (on duty), "học ở" / "làm ở" (studies, works at): Song, Trúc, Lâm are
    # given names alone, with what follows them the verb
    r"|song[ \t]+(?:o|tai|mot[ \t]+minh|cung|chung|gan|ke)"
    r"|truc[ \t]+(?:dem|ca|ngay|hom|toi|sang|chieu|trua|tet|le|thu|tuan)"
    r"|(?:hoc|lam)[ \t]+(?:o|tai))(?![a-z])"
)


#: the posts of a village, a hamlet, a school or a commune that a chat puts right after the
#: name of the one who holds them ("chu tinh truong thon", "co hoai giao vien chu nhiem", "ong
#: a dui truong lang"), folded: after a given name or a short minority name, the post ends the
#: name and says a person is meant
COMMUNITY_POSTS_FOLDED = frozenset(
    {"truong thon", "truong xom", "truong ap", "truong ban", "truong lang", "truong khu"}
    | {"truong buon", "gia lang", "bi thu", "giao vien", "chu nhiem"}
    | {"hieu truong", "hieu pho", "y si"}
)


def fold(w: str) -> str:
    """A word of a name, folded, without a trailing dot (an initial: "A.")."""
    return fold_word(w.rstrip("."))


#: a Latin letter with a diacritic (Latin-1 Supplement to Latin Extended-B, Latin Extended
#: Additional, where Vietnamese letters are): what makes a line typed with diacritics; other
#: characters do not ("ong zhang wei (张伟)", a dash, curly quotes)
_MARKED_LETTER = re.compile("[\u00c0-\u024f\u1e00-\u1eff]")


def _typed_plain(segment: str) -> bool:
    return segment.isascii() or _MARKED_LETTER.search(segment) is None


def plain_line(doc: Document, pos: int) -> bool:
    """Whether the line holding ``pos`` is typed without diacritics: no Latin letter with one
    (Chinese characters, a dash or curly quotes do not count)."""
    line_start, line_end = line_bounds(doc.text, pos)
    return _typed_plain(doc.text[line_start:line_end])


def english_words_near(text: str, lo: int, hi: int, words: re.Pattern[str]) -> bool:
    """Whether ``text[lo:hi]`` holds two words of ``words`` (lower-case ASCII words, each
    path its own shape) that no Vietnamese syllable spells: an English sentence around a
    name typed in lower case."""
    english = 0
    for m in words.finditer(text, lo, hi):
        if not is_vietnamese_syllable(m.group()):
            english += 1
            if english >= 2:
                return True
    return False


def is_typical_middle(word: str) -> bool:
    """ "Đình" is a typical middle name, "Đinh" a surname: spelling decides where it can."""
    if word.isascii():
        return fold_word(word) in TYPICAL_MIDDLES
    return spelling(word) in TYPICAL_MIDDLE_SPELLINGS


def is_public_figure(phrase: str, doc: Document | None = None) -> bool:
    """Spelled as the figure where written with diacritics ("Lê Văn Tám", not "Lê Văn Tâm");
    ``doc``, the text ``phrase`` stands in: a large one's names spelled through its own
    reader of the spelling cache (:func:`reader_for`)."""
    if phrase.isascii():
        return fold_word(phrase) in public_figures()
    spelled = spelling if doc is None else reader_for(doc, spelling, SPELLINGS_HELD)
    return spelled(phrase) in public_figure_spellings()


def spelled_as_surname(word: str, doc: Document, pos: int) -> bool:
    """A surname written with diacritics must be spelled as one: "Biên" (Biên Hòa) is not
    "Biện", "Như" is not "Nhữ". Written without (OCR, English text), the folded form must do."""
    if word.isascii():
        return True
    return spelling(word) in surname_spellings().get(fold_word(word), frozenset())


def spelled_as_cue(word: str, doc: Document, pos: int) -> bool:
    """Whether a capitalised word that folds to a cue ("Ông", "Chu", "Võ") is that cue.

    With diacritics in the text, spelling decides: "Chu" is not "chú", "Võ" is not "vợ". In
    text without diacritics (the word's line is plain ASCII) the folded form must do.
    """
    if word.isascii() and (plain_line(doc, pos) or _plain_stretch(doc, pos)):
        return True
    return spelling(word) in cue_spellings().get(fold_word(word), frozenset())


#: how far a stretch typed without diacritics must go on after a word for it to be read so
_PLAIN_STRETCH = 40


def _plain_stretch(doc: Document, pos: int) -> bool:
    """Whether the text from ``pos`` is typed without diacritics for ``_PLAIN_STRETCH``
    characters on its line (a quote typed so inside a line that has diacritics: "Văn bản bị
    mất dấu: \"Ong Nguyen Huu Tri, sinh ngay ...\"")."""
    text = doc.text
    end = text.find("\n", pos, pos + _PLAIN_STRETCH)  # (not to the text's end: a long line)
    stretch = text[pos : pos + _PLAIN_STRETCH if end < 0 else end]
    return len(stretch) == _PLAIN_STRETCH and _typed_plain(stretch)


def matches_at_lines_with(
    pattern: re.Pattern[str], text: str, needle: str
) -> Iterator[re.Match[str]]:
    """``pattern.match`` at the start of each line of ``text`` that holds ``needle``, left to
    right, a line inside a match skipped: the same matches as trying every line's start (a
    pattern anchored with "^" is tried at every character) when every match holds
    ``needle`` on its first line (the speaker's ":", the signature's "ky")."""
    tried = -1
    p = text.find(needle)
    while p >= 0:
        line = text.rfind("\n", 0, p) + 1
        if line > tried:
            tried = line
            m = pattern.match(text, line)
            if m is not None:
                yield m
                tried = max(tried, m.end())
        nl = text.find("\n", p)
        if nl < 0:
            break
        p = text.find(needle, nl + 1)
