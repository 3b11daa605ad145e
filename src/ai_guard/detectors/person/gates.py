"""What a name path needs to find in a document before it can find anything, and whether the
document holds it: one reading per document, each path's need a set lookup.

Each path of ``vn.person`` used to open with its own test (a substring, a pattern's
``finditer``, a list of places), or with none and its whole walk: a short prompt paid some
30 paths' entries, most of which find nothing there (check_prompt("ok") cost 0.8M
instructions, a third of a short prompt's). A path now declares its needs (:class:`Needs`, a
constant next to its entry point) and :meth:`PathFacts.allows` answers from facts read once
per document (one :class:`PathFacts` per pass of the detector): a capital letter, a character
of the text, the number of words of the word sketch (:func:`.views.word_sketch`), a piece of
the word sketch, the places of the cue words, office titles and historical figures
(:func:`.word_places.word_places`). A path whose need is absent is not called.

Every need must be one without which the path finds nothing (a property test per gated path
in tests/detectors/test_person_gates.py compares the path with and without its gate): a
need is what every one of its findings holds, written so that the sketch cannot miss it (the
sketch keeps a letter or a digit as its folded lower-case ASCII letter or digit and reads
anything else as a space, one byte a character: a word of the text is a word of the sketch,
or more than one).

To join a new path: declare ``NEEDS = Needs(...)`` in its module (nothing declared: it runs
on every document) and call it under ``if facts.allows(NEEDS):`` in the detector.
"""

from __future__ import annotations

from dataclasses import dataclass

from ai_guard.detectors.person.views import word_sketch
from ai_guard.detectors.person.word_places import word_places
from ai_guard.text import Document
from ai_guard.text.match import holds_any

__all__ = ["MOST_WORDS", "Needs", "PathFacts"]


#: the most words a need may ask for (:attr:`Needs.words`): the sketch's words are counted up to it
MOST_WORDS = 4


@dataclass(frozen=True, slots=True)
class Needs:
    """What a path needs to stand in a document; each field set is one more need (all must
    hold). The defaults need nothing."""

    #: an upper-case letter in the text
    capital: bool = False
    #: one of these characters in the text (empty: no such need)
    marks: str = ""
    #: at least this many words on the word sketch (2: a full name, or a cue and a name; at
    #: most :data:`MOST_WORDS`)
    words: int = 0
    #: one of these byte strings on the word sketch (empty: no such need); the sketch opens
    #: with a space, so b" kim " finds the word "Kim" at the text's start too
    sketch: tuple[bytes, ...] = ()
    #: one of these lists of :class:`.word_places.WordPlaces` not empty ("cues", "offices",
    #: "heads", "figures"; empty: no such need)
    places: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.words > MOST_WORDS:
            raise ValueError(
                f"điều kiện {self.words} từ: cổng chỉ đếm tới {MOST_WORDS} / a need of "
                f"{self.words} words: the gates count {MOST_WORDS} at most"
            )


class PathFacts:
    """What the gates read of one document: a capital and the words (up to
    :data:`MOST_WORDS`) read when made, the rest when first asked; one per pass of the detector
    over a document."""

    __slots__ = ("capital", "doc", "held", "sketch", "words")

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        # a capital on the case-kept folded view (the capitalised paths' sketches) lowers
        # there, so the two folded views differ; a capital of the text with no lower case of
        # its own is looked for too
        self.capital = doc.folded_cased != doc.folded or any(map(str.isupper, doc.text))
        self.sketch = word_sketch(doc)
        # (``split`` stops after the words asked for)
        self.words = len(self.sketch.split(None, MOST_WORDS - 1))
        #: pieces of the sketch asked for -> whether one of them stands (two paths may ask
        #: the same: the Khmer paths)
        self.held: dict[tuple[bytes, ...], bool] = {}

    def allows(self, needs: Needs | tuple[Needs, ...]) -> bool:
        """Whether the document holds what ``needs`` asks for, or one of them when it is a
        tuple (a path with two ways to a finding); False: the path finds nothing there."""
        if isinstance(needs, tuple):
            for one in needs:  # noqa: SIM110 - a loop: no generator frame on every prompt
                if self.allows(one):
                    return True
            return False
        # (asked the cheapest first; a field left at its default needs nothing)
        if needs.words > self.words or (needs.capital and not self.capital):
            return False
        if needs.marks and not holds_any(self.doc.text, needs.marks):
            return False
        if needs.sketch:
            held = self.held.get(needs.sketch)
            if held is None:
                held = self.held[needs.sketch] = _holds_a_piece(self.sketch, needs.sketch)
            if not held:
                return False
        return not needs.places or _holds_a_place(self.doc, needs.places)


def _holds_a_piece(sketch: bytes, pieces: tuple[bytes, ...]) -> bool:
    for piece in pieces:  # noqa: SIM110 - a loop: no generator frame on every prompt
        if sketch.find(piece) >= 0:  # (bytes: find, not ``in``, see text.numbers)
            return True
    return False


def _holds_a_place(doc: Document, names: tuple[str, ...]) -> bool:
    places = word_places(doc)
    for name in names:  # noqa: SIM110 - a loop: no generator frame on every prompt
        if getattr(places, name):
            return True
    return False
