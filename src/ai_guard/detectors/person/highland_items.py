"""A Bahnar, Jrai or Ede name of a prefix and one word (two, capitalised) opening a list item,
its village after a comma or a spaced dash, an age, a birth year or a school class between at
most ("- A Phiu, làng Kon Jri, xã Kon Chiêng", "2. Y Sâm, buôn Ko Tam, 3 khẩu", "- h'lan, plei
ia der", "1. A Hyưn, 78 tuổi, làng Kon Rơ Wang", "3. Y Krông Kbuôr, buôn Kuốp", "1. A Thuyết –
lớp 7 – làng Kon Jơ Dri"): a list of households or pupils in the Central Highlands names each
by its head or by the child.

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
from ai_guard.detectors.person.minority import minority_lexicon
from ai_guard.detectors.person.scores import BASE_MINORITY, SCORE_MINORITY
from ai_guard.models import EntityType
from ai_guard.text import Document
from ai_guard.text.match import holds_any

__all__ = ["HIGHLAND_GATES", "highland_list_items"]

#: the village's unit word after a comma or a spaced dash (folded view), what the path needs
HIGHLAND_GATES = tuple(
    sep + unit
    for sep in (", ", ",", "- ", "\u2013 ", "\u2014 ")
    for unit in ("lang ", "buon ", "plei ", "bon ")
)
#: what parts a list item's fields: a comma, or a dash with a space on each side
_FIELD_SEP = r"(?:[ \t]*,[ \t]*|[ \t]+[-\u2013\u2014][ \t]+)"
#: a list item's bullet, the prefix and one word, a comma, the unit word and a word (folded)
_ITEM = re.compile(
    r"(?m)^[ \t]*(?:[-*+\u2022\u2013]|\d{1,3}[.)])[ \t]+"
    r"(?P<name>(?:[ay][ \t]+|[hk]')(?P<given>[a-z]+(?: [a-z]+)?))"
    # an age, a birth year or a school class between ("1. A Hyưn, 78 tuổi, làng Kon Rơ
    # Wang", "1. A Thuyết – lớp 7 – làng Kon Jơ Dri")
    + r"(?:"
    + _FIELD_SEP
    + r"(?:\d{1,3}[ \t]+tuoi|(?:sn[ \t]*)?(?:19|20)\d\d|lop[ \t]+\d{1,2}[a-z]?\d?))?"
    + _FIELD_SEP
    + r"(?:lang|buon|plei|bon)[ \t]+[a-z]"
)


#: a numbered item of a list run on one line (after the line's start, a label's ":" or a
#: ";"), the prefix and one word, then after a comma a school class, an age or a birth year
#: closing the item ("1. A Kleng, lớp 7; 2. H'Lơn, lớp 6; cả hai ở làng Kon Jơ Dri"): the
#: village stands elsewhere in the text (``_VILLAGE``), for all the items (folded)
_INLINE_ITEM = re.compile(
    r"(?m)(?:^|(?<=[:;]))[ \t]*\d{1,3}[.)][ \t]+"
    r"(?P<name>(?:[ay][ \t]+|[hk]')(?P<given>[a-z]+(?: [a-z]+)?))"
    r"[ \t]*,[ \t]*(?:lop[ \t]+\d{1,2}|\d{1,3}[ \t]+tuoi|(?:sn[ \t]*)?(?:19|20)\d\d)"
    r"[ \t]*(?=[;.]|$)"
)
#: a Highland village's unit word and its capitalised name anywhere (folded; the capital is
#: checked on the text)
_VILLAGE = re.compile(r"(?<![a-z])(?:lang|buon|plei|bon)[ \t]+(?=[a-z])")
#: the unit words the inline path needs, a substring test first (folded)
_VILLAGE_GATES = ("lang ", "buon ", "plei ", "bon ")


def _village_named(doc: Document) -> bool:
    """Whether the text names a Highland village: a unit word and a capitalised name."""
    if not holds_any(doc.folded, _VILLAGE_GATES):
        return False
    return any(doc.text[m.end()].isupper() for m in _VILLAGE.finditer(doc.folded))


def _items(doc: Document) -> Iterator[re.Match[str]]:
    """The list items of either shape: a line's item before its village, an inline numbered
    item where the text names a village."""
    if holds_any(doc.folded, HIGHLAND_GATES):
        yield from _ITEM.finditer(doc.folded)
    if (": 1" in doc.folded or ":1" in doc.folded) and _village_named(doc):
        yield from _INLINE_ITEM.finditer(doc.folded)


def highland_list_items(
    doc: Document, found: Sequence[Detection], detector_id: str
) -> Iterator[Detection]:
    """The names the module describes, apart from the spans found."""
    text = doc.text
    seen: set[int] = set()
    for m in _items(doc):
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
        if doc.folded[s:e] in minority_lexicon().ethnic:
            continue  # "- Y Tế, làng nghề": a phrase ("y tế", health) or a people, no name
        if raw.islower() and prefix in "ay" and len(given) < 3:
            continue  # "- a ve, lang nghe ...": in lower case two letters are a word as often
        if any(f.start < e and s < f.end for f in found) or s in seen:
            continue
        seen.add(s)
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
