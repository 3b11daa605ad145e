"""A given name with a birth cohort's tag after it, chat's way of telling two namesakes apart
("soan loi nhan gui cuong 9x va ...", "nho hoi lai linh 2k3 nhe"): the person is the given
name, the tag ("8x", "9x", "2k", "2k3": born in the 1980s, the 1990s, the 2000s, 2003) says
only when; the name is reported without it.

The tag alone is weak evidence (a cohort is named by a noun as often: "the he 9x", "nam 9x"
is a man of the 1990s), so the word before it must be a lexicon given name, none of the
words a cohort follows (``_COHORT_NOUNS``), in lower case, and the word before the name one
that puts a person after it (``LEFT_WORDS``, the verbs of telling ``TELL_WORDS``: "gửi",
"cho", "với", "và", "báo"), or the start of the text, a line or a clause (punctuation).
Gated by a substring test for the tags (most prompts hold none).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ai_guard.detectors.person.lexicon import given_spellings, lexicons
from ai_guard.detectors.person.lower_case import LEFT_WORDS, TELL_WORDS
from ai_guard.text import Document, fold_word
from ai_guard.text.match import holds_any, spelling

__all__ = ["COHORT_GATES", "cohort_tagged"]

#: the substrings every tag holds (the cheap test before the pattern runs)
COHORT_GATES = ("5x", "6x", "7x", "8x", "9x", "2k")
#: a word, one space, a cohort's tag as a word of its own (folded view)
_TAGGED = re.compile(r"(?<![a-z0-9])(?P<name>[a-z]+) (?:[5-9]x|2k[0-9]{0,2})(?![a-z0-9])")
#: the word before the name, one space before it, or punctuation / the start before the name
_BEFORE = re.compile(r"(?:(?<![a-z0-9])(?P<word>[a-z]+) |(?:^|[\n,;:(.!?\-][ \t]*))\Z")
#: given names of the lexicon that, typed plain, name a cohort's people ("nam 9x" a man, "nu"
#: a woman, "the he", "doi", "lop", "khoa": a generation, a class, an intake)
_COHORT_NOUNS = frozenset({"nam", "nu", "the", "he", "doi", "dan", "hoi", "lop", "khoa", "ban"})
#: the words that put a person after them
_PERSON_BEFORE = frozenset(LEFT_WORDS) | frozenset(TELL_WORDS)


def cohort_tagged(
    doc: Document, free: Callable[[int, int], bool]
) -> Iterator[tuple[int, int, str]]:
    """The given names before a cohort's tag (see the module), as ``(start, end, cue)``."""
    folded, text = doc.folded, doc.text
    if not holds_any(folded, COHORT_GATES):
        return
    givens = lexicons().givens
    for m in _TAGGED.finditer(folded):
        s, e = m.span("name")
        word, raw = m.group("name"), text[s:e]
        if word not in givens or word in _COHORT_NOUNS or word in lexicons().not_names:
            continue
        if not raw.islower() or not (raw.isascii() or spelling(raw) in given_spellings()):
            continue
        before = _BEFORE.search(folded, max(0, s - 16), s)
        if before is None:
            continue
        if before.group("word") is not None and fold_word(before.group("word")) not in (
            _PERSON_BEFORE
        ):
            continue
        if free(s, e):
            yield s, e, "cohort tag"
