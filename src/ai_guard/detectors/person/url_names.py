"""Full names spelled in a web address's path: a profile or a personal page whose slug is the
person's name ("facebook.com/ngo.quoc.vuong.97", "tinnhanh24h.net/ca-nhan/tang-thi-kieu-oanh-1988",
"zalo.me/le_thi_hoa").

A site writes a name in its addresses without diacritics, its words joined by ".", "-" or
"_", often with a number after it (a birth year, a count). One segment of the path (between two
"/") is a name here when, the numbers at its ends left out, all of it is a full name's: three to
five words, the first a surname of the lexicon, the others middle or given names, the last a
given name, no two neighbouring words an everyday word or a place ("le-hoi-van-hoa" is a
festival), and not a public figure's name (a news page about one). A slug holding any other
word ("nguyen-van-a-bi-bat") is an article's title, left to the other paths.

Reported at :data:`~ai_guard.detectors.person.scores.SCORE_FULL_NAME` (pattern
``person.url_slug``); names the other paths found are left to them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.gates import Needs
from ai_guard.detectors.person.lexicon import everyday_pair, lexicons, public_figures
from ai_guard.detectors.person.scores import BASE_SURNAME_FIRST, SCORE_FULL_NAME
from ai_guard.models import EntityType
from ai_guard.text import Document

__all__ = ["NEEDS", "url_slug_names"]

#: a web address's host ending, then its path (folded): the last label of the host and "/"
#: (led by the dot: the engine skips from one "." to the next, not tried at every character)
_TLD_PATH = re.compile(r"\.[a-z]{2,12}(?::\d{2,5})?(?P<path>(?:/[a-z0-9._~%@-]*)+)")
#: the host's labels right before its last dot (folded, read backwards from it)
_HOST_BEFORE = re.compile(
    r"(?<![\w@.-])(?:https?://)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"
)
#: a token of a slug between its separators (".", "-", "_", "@", "~", "%")
_TOKEN = re.compile(r"[a-z0-9]+")
#: file extensions that end a page's slug
_EXTENSIONS = frozenset(("html", "htm", "php", "aspx", "asp", "jsp"))

NEEDS = Needs(marks="/", words=3)


def _slug_name(words: Sequence[str]) -> bool:
    """Whether a slug's words (folded, its numbers left out) are all a full name's."""
    if not 3 <= len(words) <= 5:
        return False
    lex = lexicons()
    first, *rest = words
    if first not in lex.surnames or not all(w in lex.middles or w in lex.givens for w in rest):
        return False
    if words[-1] not in lex.givens:
        return False
    if any(everyday_pair(a, b) for a, b in itertools.pairwise(words)):
        return False
    return " ".join(words) not in public_figures()


def url_slug_names(
    doc: Document, found: Sequence[Detection], detector_id: str
) -> Iterator[Detection]:
    """Full names that are a whole segment of a web address's path (module docstring)."""
    folded = doc.folded
    for m in _TLD_PATH.finditer(folded):
        if _HOST_BEFORE.search(folded, max(0, m.start() - 80), m.start()) is None:
            continue  # a dot and a path with no host before it ("v.v/...")
        base = m.start("path")
        for seg in re.finditer(r"[^/]+", m.group("path")):
            tokens = list(_TOKEN.finditer(seg.group()))
            if tokens and tokens[-1].group() in _EXTENSIONS:
                tokens.pop()
            # numbers before or after the name ("ngo.quoc.vuong.97", "2k-...") are left out;
            # a number between its words is no slug of a name
            while tokens and not tokens[-1].group().isalpha():
                tokens.pop()
            while tokens and not tokens[0].group().isalpha():
                tokens.pop(0)
            if not tokens or not _slug_name([t.group() for t in tokens]):
                continue
            s = base + seg.start() + tokens[0].start()
            e = base + seg.start() + tokens[-1].end()
            if any(f.start < e and s < f.end for f in found):
                continue
            yield Detection(
                EntityType.PERSON,
                s,
                e,
                SCORE_FULL_NAME,
                detector_id,
                pattern="person.url_slug",
                base_score=BASE_SURNAME_FIRST,
                context="url",
            )
