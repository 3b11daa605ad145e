"""Given names alone between a contact's label and its number: "sdt hoa la 0387 215 649",
"liên hệ vân số 0868 442 913", "zalo cua tuan: 0912 ...", "stk lan la ...".

Chat hands on a colleague's or a neighbour's phone by her given name alone, with no kin word
before it: the label says a person's number follows, and the number says the word before it
is whose. Read from the few places a label stands (a literal search for each), for :mod:`.given`.

The word must be a given name of the lexicon (spelled as one where the text has diacritics),
no pronoun, kin word or everyday noun a label takes ("sdt nha la ..." the home's, "sdt cong ty",
"liên hệ tổng đài", "sđt anh là ..."), and the number a phone's digits right after it, "là",
"số" or ":" between.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ai_guard.detectors.person.lexicon import given_spellings, lexicons
from ai_guard.text import Document
from ai_guard.text.match import literal_led_matches, spelling

__all__ = ["contact_given_names"]

#: the labels, folded: a phone's ("sđt", "số điện thoại", "đt", "zalo", "liên hệ", "lh"), a
#: bank account's ("stk", "số tài khoản"); each opens the pattern tried where it stands
_LABELS = ("sdt", "so dien thoai", "so dt", "dt", "zalo", "lien he", "lh", "stk", "so tai khoan")
_CONTACT = re.compile(
    r"(?:" + "|".join(re.escape(label) for label in _LABELS) + r")"
    r"[ \t]+(?:cua[ \t]+)?(?P<name>[a-z]+)[ \t]*(?:(?:la|so)[ \t]+|:[ \t]*)?"
    r"(?=(?:\+?84|0)\d{2}[\d .-]{6,}|\d{6,})"
)
#: words a label takes that are given names too but name no one here: pronouns, kin words,
#: the home's, the firm's, the switchboard's, the main or the new number (folded)
_NOT_OWNERS = frozenset(
    {"anh", "chi", "em", "minh", "toi", "ban", "ong", "ba", "co", "chu", "bac", "chau", "con"}
    | {"nha", "cong", "tong", "dai", "chinh", "phu", "lien", "bao", "thu", "moi", "cu", "khach"}
    | {"ho", "no", "ca", "don", "vi", "phong", "ban", "so", "truc", "kinh", "doanh", "hotline"}
)


def contact_given_names(
    doc: Document, free: Callable[[int, int], bool]
) -> Iterator[tuple[int, int, str]]:
    """Each given name between a contact's label and a number (see the module docstring), as
    ``(start, end, cue)`` with the label as cue."""
    folded, text = doc.folded, doc.text
    givens, not_names = lexicons().givens, lexicons().not_names
    for label in _LABELS:
        if label not in folded:
            continue
        for m in literal_led_matches(_CONTACT, folded, label):
            if m.start() > 0 and folded[m.start() - 1].isalnum():
                continue  # "tiendt", "anhsdt": a word's tail, no label
            word = m.group("name")
            if word not in givens or word in not_names or word in _NOT_OWNERS:
                continue
            s, e = m.span("name")
            name = text[s:e]
            if not name.islower():
                continue  # a capitalised name: the capitalised paths'
            if not name.isascii() and spelling(name) not in given_spellings():
                continue  # "sđt mới là ...": spelled as no name
            if free(s, e):
                yield s, e, label
