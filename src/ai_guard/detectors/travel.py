"""Names as airlines write them: ``SURNAME/GIVEN NAMES`` in capitals, on an e-ticket, a
passenger list, a booking and a boarding pass's bar code (IATA's form, ASCII only).

``PASSENGER: PHI/MAI ANH MRS``, ``1. NGUYEN/VAN AN MR``, and the bar code's string
``M1CHU/THANHXUANMS      E8XK2P7 SGNHANVJ ...`` (the format's "M1", then a 20-character name
field, the title glued when the name fills it). The slash between a family name and the given
names is the cue, with the family name a Vietnamese surname (``CHU``, ``PHI``: the lexicon's);
the title after the given names (``MR``, ``MRS``, ``MS``, ``MSTR``, ``MISS``, ``CHD``, ``INF``),
spaced or glued (no Vietnamese syllable ends in these letters), is no part of the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ai_guard.detectors import scores
from ai_guard.detectors.base import Detection, Shape
from ai_guard.detectors.person.lexicon import lexicons
from ai_guard.models import EntityType
from ai_guard.text import Document

__all__ = ["TravelNameDetector"]

#: the family name, a slash, one to four given-name words in capitals (a bar code's "M1"
#: glued before it: its format code and the number of legs)
_NAME = re.compile(
    r"(?P<surname>[A-Z]{2,12})/(?P<given>[A-Z]{2,20}(?: [A-Z]{1,20}){0,4})(?![A-Za-z0-9/])"
)
_TITLES = ("MSTR", "MISS", "MRS", "MR", "MS", "CHD", "INF", "DR")
#: the fewest letters a given name keeps once a glued title is cut off
_GIVEN_LEAST = 2
_SHAPE = Shape(EntityType.PERSON, "travel.name", scores.BASE_ID_QR)


def _name_end(text: str, start: int, end: int) -> tuple[int, bool]:
    """Where the given names starting at ``start`` end (before a spaced title word, or before
    a title glued to the last given name), and whether a title stood there."""
    words = text[start:end].split(" ")
    titled = False
    while len(words) > 1 and words[-1] in _TITLES:
        words.pop()
        titled = True
    last = words[-1]
    for title in _TITLES:
        if last.endswith(title) and len(last) - len(title) >= _GIVEN_LEAST:
            words[-1] = last[: -len(title)]
            titled = True
            break
    return start + len(" ".join(words)), titled


_SURNAME_MOST = 12


def _names(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_NAME`, found from each '/' (a scan of the text from every
    position cost a millisecond on 2 KB): the capitals before it, standing alone or after a
    bar code's "M1"."""
    pos = text.find("/")
    while pos != -1:
        start = pos
        while start > 0 and pos - start <= _SURNAME_MOST and "A" <= text[start - 1] <= "Z":
            start -= 1
        if pos - start >= 2:
            before = text[start - 1] if start > 0 else ""
            alone = not (before.isalnum() or before == "/")
            coded = before.isdigit() and start >= 2 and text[start - 2] == "M"
            if coded and start >= 3:
                coded = not text[start - 3].isalnum()
            if alone or coded:
                m = _NAME.match(text, start)
                if m is not None:
                    yield m
                    pos = m.end()
        pos = text.find("/", pos + 1)


class TravelNameDetector:
    id = "vn.travel_name"
    entities = (EntityType.PERSON,)
    #: the engine's gate (engine._gate_of): the surname and the given names are split by "/"
    text_needs = ("/",)

    def detect(self, doc: Document) -> Iterator[Detection]:
        text = doc.text
        if "/" not in text:
            return
        surnames, givens = lexicons().surnames, lexicons().givens
        for m in _names(text):
            if m.group("surname").lower() not in surnames:
                continue
            end, titled = _name_end(text, m.start("given"), m.end("given"))
            # a slash between two short words is often no name ("LE/HO"): one given name
            # needs a title, the bar code's "M1", or the given-name lexicon's word
            if not (
                titled
                or " " in text[m.start("given") : end]
                or text[max(0, m.start() - 2) : m.start()][:1] == "M"
                or (
                    end - m.start("given") > _GIVEN_LEAST
                    and text[m.start("given") : end].lower() in givens
                )
            ):
                continue
            yield _SHAPE.hit(self.id, m.start(), end, scores.ID_QR_FIELD, True, "surname/given")
