"""What a name path needs to find in a document before it can find anything, and whether the
document holds it: one reading per document, each path's need a set lookup.

Each path of ``vn.person`` used to open with its own test (a substring, a pattern's
``finditer``, a list of places), or with none and its whole walk: a short prompt paid some
30 paths' entries, most of which find nothing there (check_prompt("ok") cost 0.77M
instructions, a third of a short prompt's). A path now declares its needs (:class:`Needs`,
a constant next to its entry point) and :func:`may_find` answers from facts read once per
document (:class:`_Facts`, kept in the document's cache): a capital letter, the number of
words of the word sketch (:func:`.views.word_sketch`), the places of the cue words, office
titles and historical figures (:func:`.word_places.word_places`), a character of the text,
a piece of the word sketch. A path whose need is absent is not called.

Every need must be one without which the path finds nothing (a property test per gated path
in tests/detectors/test_person_gates.py compares the path with and without its gate): a
need is what every one of its findings holds, written so that the sketch cannot miss it (the
sketch keeps a letter or a digit as its folded lower-case ASCII letter or digit and reads
anything else as a space, one byte a character: a word of the text is a word of the sketch,
or more than one).

To join a new path: declare ``NEEDS = Needs(...)`` in its module (nothing declared: it runs
on every document) and call it under ``if may_find(doc, NEEDS):`` in the detector.
"""

from __future__ import annotations

from dataclasses import dataclass

from ai_guard.detectors.person.views import word_sketch
from ai_guard.detectors.person.word_places import word_places
from ai_guard.text import Document

__all__ = ["Needs", "may_find"]

_CACHE_KEY = "person:gates"


@dataclass(frozen=True)
class Needs:
    """What a path needs to stand in a document; each field set is one more need (all must
    hold). The defaults need nothing."""

    #: an upper-case letter in the text
    capital: bool = False
    #: at least this many words on the word sketch (2: a full name, or a cue and a name)
    words: int = 0
    #: one of these characters in the text (empty: no such need)
    marks: str = ""
    #: one of these byte strings on the word sketch (empty: no such need); the sketch opens
    #: with a space, so b" kim " finds the word "Kim" at the text's start too
    sketch: tuple[bytes, ...] = ()
    #: one of these lists of :class:`.word_places.WordPlaces` not empty ("cues", "offices",
    #: "heads", "figures"; empty: no such need)
    places: tuple[str, ...] = ()


class _Facts:
    """What :func:`may_find` reads of one document, each fact computed when first asked."""

    __slots__ = ("_capital", "_words", "doc")

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._capital: bool | None = None
        self._words = -1

    def capital(self) -> bool:
        if self._capital is None:
            doc = self.doc
            # a capital on the case-kept folded view (the capitalised paths' sketches) lowers
            # there, so the two folded views differ; a capital of the text with no lower case
            # of its own is looked for too
            self._capital = doc.folded_cased != doc.folded or any(map(str.isupper, doc.text))
        return self._capital

    def words(self, least: int) -> bool:
        """Whether the word sketch holds ``least`` words or more (counted up to ``least``)."""
        if self._words < least:
            self._words = len(word_sketch(self.doc).split(None, least - 1))
        return self._words >= least


def _facts(doc: Document) -> _Facts:
    found = doc.cached(_CACHE_KEY)
    if found is None:
        found = _Facts(doc)
        doc.store(_CACHE_KEY, found)
    return found  # type: ignore[return-value]


def may_find(doc: Document, needs: Needs | tuple[Needs, ...]) -> bool:
    """Whether ``doc`` holds what ``needs`` asks for, or one of them when it is a tuple (a
    path with two ways to a finding); False: the path finds nothing there."""
    if isinstance(needs, tuple):
        for one in needs:  # noqa: SIM110 - a loop: no generator frame on every prompt
            if may_find(doc, one):
                return True
        return False
    facts = _facts(doc)
    if needs.capital and not facts.capital():
        return False
    if needs.words and not facts.words(needs.words):
        return False
    if needs.marks:
        text = doc.text
        for c in needs.marks:
            if c in text:
                break
        else:
            return False
    if needs.sketch:
        sketch = word_sketch(doc)
        for piece in needs.sketch:
            if sketch.find(piece) >= 0:  # (bytes: find, not ``in``, see text.numbers)
                break
        else:
            return False
    if needs.places:
        places = word_places(doc)
        for name in needs.places:
            if getattr(places, name):
                break
        else:
            return False
    return True
