"""A Bahnar, Jrai or Ede name of a prefix and one word (two, capitalised) opening a list item,
its village after a comma, an age or a birth year between at most ("- A Phiu, làng Kon Jri, xã
Kon Chiêng", "2. Y Sâm, buôn Ko Tam, 3 khẩu", "- h'lan, plei ia der", "1. A Hyưn, 78 tuổi, làng
Kon Rơ Wang", "3. Y Krông Kbuôr, buôn Kuốp"): a list of households in the Central Highlands
names each by its head.

A prefix ("A", "Y", "H'", "K'") and one word are two words of any text as well ("A Phiu"
could be a heading's letter), so the minority path asks a clan name or a cue for them. Here
three marks stand in for it together: the list item's bullet right before the name, the
name's two words typed alike (capitalised or in lower case), and after a comma a Highland
village's unit word (``làng``, ``buôn``, ``plei``, ``bon``) that the village's name follows.
Gated by a substring test for those unit words after a comma.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.lexicon import everyday_pair
from ai_guard.detectors.person.scores import BASE_MINORITY, SCORE_MINORITY
from ai_guard.models import EntityType
from ai_guard.text import Document
from ai_guard.text.match import holds_any

__all__ = ["HIGHLAND_GATES", "highland_list_items"]

#: the village's unit word after a comma (folded view), what the path needs
HIGHLAND_GATES = (", lang ", ", buon ", ", plei ", ", bon ", ",lang ", ",buon ")
#: a list item's bullet, the prefix and one word, a comma, the unit word and a word (folded)
_ITEM = re.compile(
    r"(?m)^[ \t]*(?:[-*+\u2022\u2013]|\d{1,3}[.)])[ \t]+"
    r"(?P<name>(?:[ay][ \t]+|[hk]')(?P<given>[a-z]+(?: [a-z]+)?))"
    # an age or a birth year between ("1. A Hyưn, 78 tuổi, làng Kon Rơ Wang")
    r"(?:[ \t]*,[ \t]*(?:\d{1,3}[ \t]+tuoi|(?:sn[ \t]*)?(?:19|20)\d\d))?"
    r"[ \t]*,[ \t]*(?:lang|buon|plei|bon)[ \t]+[a-z]"
)


def highland_list_items(
    doc: Document, found: Sequence[Detection], detector_id: str
) -> Iterator[Detection]:
    """The names the module describes, apart from the spans found."""
    folded, text = doc.folded, doc.text
    if not holds_any(folded, HIGHLAND_GATES):
        return
    for m in _ITEM.finditer(folded):
        s, e = m.span("name")
        raw = text[s:e]
        given = text[m.start("given") : m.end("given")]
        prefix = raw[0]
        words = given.split(" ")
        if not (
            (raw.islower() and len(words) == 1)
            or (prefix.isupper() and all(w[:1].isupper() and w[1:].islower() for w in words))
        ):
            # the words typed alike: "A Phiu", "a phiu", "Y Krông Kbuôr"; not "A phiu" or
            # "a Phiu"; two words after the prefix only capitalised ("- a ve sinh, lang ...")
            continue
        if any(len(w) < 2 or not w.isalpha() for w in words):
            continue  # (a Highland given name may open with a cluster: "Blúp", "Hra")
        if len(words) == 2 and everyday_pair(words[0].lower(), words[1].lower()):
            continue  # "1. A Văn Bản, làng ...": an everyday word after a letter
        if raw.islower() and prefix in "ay" and len(given) < 3:
            continue  # "- a ve, lang nghe ...": in lower case two letters are a word as often
        if any(f.start < e and s < f.end for f in found):
            continue
        yield Detection(
            EntityType.PERSON,
            s,
            e,
            SCORE_MINORITY,
            detector_id,
            pattern="person.minority",
            base_score=BASE_MINORITY,
            context="highland list item",
        )
