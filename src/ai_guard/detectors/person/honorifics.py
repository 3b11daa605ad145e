"""Where the cue words before a name stand in a document, found once for every path that
reads a name after one.

Several paths read a name right after an honorific, a kin word or another cue word: the
lower-case names after a cue (:mod:`.lower_case`), the given names alone after one
(:mod:`.given`: in lower case, capitalised, after chat's abbreviations, capitalised after a
cue typed without diacritics), the references that confirm a lower-case name
(:mod:`.confirmed`) and the short references to a full name found (:mod:`.coreference`).
Each used to scan the whole text for its own cue words (seven scans, some 2 ms on 50 KB of
prose together). The word sketch (:mod:`.views`) is now scanned once per document for all of
their cue words, each before spaces and a letter (:func:`cue_places`, kept in the document's
cache): one trie of them costs about what the largest alone did. Each path tries its own
pattern at those places only, skipping what its last match covered as ``finditer`` does
(:func:`matches_at`), and finds what its own scan found (a property test per path in
tests/detectors/test_person_cues.py). The lower-case path's whole lookahead (a surname or an
opener after the cue) is read in the same scan, at those places only.

The paths' modules import this one; their cue words are read from them when the pattern is
first built.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from ai_guard.detectors.person.views import word_sketch
from ai_guard.text import Document, fold_word
from ai_guard.text.match import trie_regex

__all__ = ["cue_places", "matches_at", "sketched"]

_CACHE_KEY = "person:cue_places"
#: letters and digits as they are, anything else a space (the word sketch's reading of a word)
_NOT_WORD = re.compile(r"[^a-z0-9]")


def sketched(word: str) -> str:
    """A cue word as the word sketch spells it: folded, every character but a letter or a
    digit a space ("đ/c" -> "d c")."""
    return _NOT_WORD.sub(" ", fold_word(word))


@lru_cache(maxsize=1)
def _places_re() -> re.Pattern[bytes]:
    """A space on the sketch before any path's cue word, spaces and a letter; the group
    ``lower`` holds the lower-case path's lookahead where it matches there too."""
    from ai_guard.detectors.person import (  # (they import this module)
        confirmed,
        coreference,
        given,
        lower_case,
    )

    words = {
        sketched(w)
        for w in (
            *lower_case.cue_words(),
            *given.cue_words(),
            *confirmed.cue_words(),
            *coreference.REFERENCE_CUES,
        )
    }
    return re.compile(
        (
            " (?=(?:"
            + trie_regex(sorted(words))
            + ") +[a-z])(?:(?=(?P<lower>"
            + lower_case.cue_start_lookahead()
            + "))|)"
        ).encode()
    )


def cue_places(doc: Document) -> Sequence[re.Match[bytes]]:
    """The places where a cue word of any of the paths above starts a word before spaces and
    a letter, left to right: each match's start is the cue's offset in the text (the sketch
    is one ahead of it), its group ``lower`` set where the lower-case path's lookahead holds
    (with its group ``kinh``)."""
    found = doc.cached(_CACHE_KEY)
    if found is None:
        found = list(_places_re().finditer(word_sketch(doc)))
        doc.store(_CACHE_KEY, found)
    return found  # type: ignore[return-value]


def matches_at(
    pattern: re.Pattern[str], view: str, places: Sequence[re.Match[bytes]], lead: int = 0
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(view)``'s matches that open ``lead`` characters before a cue place
    (a space or a bracket before the cue), left to right, each tried where the last match
    found ends no later, as ``finditer`` goes on: the same matches as ``finditer`` for a
    pattern whose every match opens so with a cue word of :func:`cue_places`."""
    covered = 0
    for place in places:
        at = place.start() - lead
        if at < covered:
            continue
        m = pattern.match(view, at)
        if m is not None:
            covered = m.end()
            yield m
