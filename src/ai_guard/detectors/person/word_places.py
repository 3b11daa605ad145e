"""Where the words that open a name's context stand in a document, found in one scan of the
word sketch for every path that starts from such a word.

Several paths read a name right after an honorific, a kin word or another cue word: the
lower-case names after a cue (:mod:`.lower_case`), the given names alone after one
(:mod:`.given`: in lower case, capitalised, after chat's abbreviations, capitalised after a
cue typed without diacritics), the references that confirm a lower-case name
(:mod:`.confirmed`) and the short references to a full name found (:mod:`.coreference`).
Two more start from a word of a list: an office's or a body head's title (:mod:`.office`) and
a historical figure's name (:mod:`.figures`). Each used to scan the whole text for its own
words (nine scans, some 2.8 ms on 50 KB of prose together). The word sketch (:mod:`.views`)
is now scanned once per document for all of their words, each ending a word (one trie: it
costs about what the largest alone did), and each place is handed to the paths whose words
stand there (:func:`word_places`, kept in the document's cache): the longest word the trie
finds at a place holds every other word found there as a prefix, so a table of the words'
prefixes says which paths a place belongs to. The paths that read a cue try their own
pattern at the cue places only, skipping what their last match covered as ``finditer`` does
(:func:`matches_at`), and find what their own scan found (a property test per path in
tests/detectors/test_person_cues.py); the lower-case path reads its whole lookahead (a surname
or an opener after the cue) at the cue places itself (``lower_case.cue_start_at``): read in
this scan at every word found, it cost a fifth of the scan, most of it where no cue stands.

The paths' modules import this one; their words are read from them when the pattern is first
built.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

from ai_guard.detectors.person.views import word_sketch
from ai_guard.text import Document, fold_word
from ai_guard.text.match import trie_regex

__all__ = ["WordPlaces", "matches_at", "sketched", "word_places"]

_CACHE_KEY = "person:word_places"
#: letters and digits as they are, anything else a space (the word sketch's reading of a word)
_NOT_WORD = re.compile(r"[^a-z0-9]")


def sketched(word: str) -> str:
    """A cue word as the word sketch spells it: folded, every character but a letter or a
    digit a space ("đ/c" -> "d c")."""
    return _NOT_WORD.sub(" ", fold_word(word))


class WordPlaces(NamedTuple):
    """What :func:`word_places` found, left to right in each list."""

    #: the places where a cue word of the name paths starts a word before spaces and a
    #: letter: each match's start is the cue's offset in the text (the sketch is one ahead
    #: of it)
    cues: list[re.Match[bytes]]
    #: the offsets where a word that opens an office's title stands, and where one that opens
    #: a body head's (``office.first_words``)
    offices: list[int]
    heads: list[int]
    #: the spans of the historical figures' names, as ``figures._figures_re().finditer`` finds
    #: them (the longest at a place, none inside the last one)
    figures: list[tuple[int, int]]


class _Scan(NamedTuple):
    pattern: re.Pattern[bytes]
    #: each word the trie may find -> (opens an office title, opens a head title, the length
    #: of the longest figure it begins with or 0)
    kinds: dict[bytes, tuple[bool, bool, int]]


@lru_cache(maxsize=1)
def _scan() -> _Scan:
    """The one pattern (a space on the sketch, then the longest word of any path that ends a
    word there; the group ``cue`` where the cue paths' lookahead holds) and what
    each word it finds opens."""
    from ai_guard.detectors.person import (  # (they import this module)
        confirmed,
        coreference,
        figures,
        given,
        lower_case,
        office,
    )

    cues = {
        sketched(w)
        for w in (
            *lower_case.cue_words(),
            *given.cue_words(),
            *confirmed.cue_words(),
            *coreference.REFERENCE_CUES,
        )
    }
    office_words, head_words = office.first_words()
    names = figures.figure_words()
    words = sorted(cues | office_words | head_words | names)
    pattern = re.compile(
        (
            " (?=(?P<word>"
            + trie_regex(words)
            + ")(?![0-9a-z]))(?:(?=(?P<cue>(?:"
            + trie_regex(sorted(cues))
            + ") +[a-z]))|)"
        ).encode()
    )
    kinds: dict[bytes, tuple[bool, bool, int]] = {}
    for w in words:
        first = w.split(" ", 1)[0]
        # the words found at the same place as ``w`` are its prefixes that end a word
        prefixes = [w[:i] for i in range(len(w)) if w[i] == " "] + [w]
        longest = max((len(p) for p in prefixes if p in names), default=0)
        kinds[w.encode()] = (first in office_words, first in head_words, longest)
    return _Scan(pattern, kinds)


def word_places(doc: Document) -> WordPlaces:
    """The places of the words that open a name's context in ``doc`` (:class:`WordPlaces`),
    found in one scan of its word sketch and kept in its cache."""
    found = doc.cached(_CACHE_KEY)
    if found is not None:
        return found  # type: ignore[return-value]
    scan = _scan()
    kinds = scan.kinds
    places = WordPlaces([], [], [], [])
    cues, offices, heads, figures = places
    figure_end = 0
    for m in scan.pattern.finditer(word_sketch(doc)):
        at = m.start()
        if m.start("cue") >= 0:
            cues.append(m)
        is_office, is_head, figure = kinds[m.group("word")]
        if is_office:
            offices.append(at)
        if is_head:
            heads.append(at)
        if figure and at >= figure_end:
            figures.append((at, at + figure))
            figure_end = at + figure + 1  # (the figures' scan takes the space before one)
    doc.store(_CACHE_KEY, places)
    return places


def matches_at(
    pattern: re.Pattern[str], view: str, places: Sequence[re.Match[bytes]], lead: int = 0
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(view)``'s matches that open ``lead`` characters before a cue place
    (a space or a bracket before the cue), left to right, each tried where the last match
    found ends no later, as ``finditer`` goes on: the same matches as ``finditer`` for a
    pattern whose every match opens so with a cue word of :func:`word_places`."""
    covered = 0
    for place in places:
        at = place.start() - lead
        if at < covered:
            continue
        m = pattern.match(view, at)
        if m is not None:
            covered = m.end()
            yield m
