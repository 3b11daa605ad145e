"""Names split over a form's fields: a passport's or a visa form's "Surname: DƯƠNG" and "Given
names: THỊ HOÀI THƯƠNG", the bilingual "Họ/Surname:" and "Chữ đệm và tên/Given names:", a
record's ``"surname": "trinh", "given_names": "minh khoi"`` in JSON or ``last_name=...``.

Each field holds part of a name only, one word as often as not, in capitals, in lower case,
without diacritics: no path that reads a name by its shape takes it. The label is the evidence
("Surname" names nothing but a person's family name); the value still needs a name's look: one
to five words of letters, each a Vietnamese syllable or a foreign word, no placeholder ("n/a",
"none", "xxx"). The Vietnamese "Họ:" alone is as often a heading's start; it counts only where a
given-name field stands in the same text, and "Tên:" only beside a family name's field.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.gates import Needs
from ai_guard.detectors.person.scores import BASE_NAME_COLUMN, SCORE_NAME_COLUMN
from ai_guard.detectors.person.shape import is_vietnamese_syllable
from ai_guard.models import EntityType
from ai_guard.text import Document
from ai_guard.text.match import holds_any

__all__ = ["field_names"]

#: the labels of a family name's and a given name's fields (folded; "_", "-" or a space
#: between the words, or none: "last_name", "lastName", "given names")
_SEP = r"[ _-]?"
_FAMILY = rf"surname|family{_SEP}name|last{_SEP}name"
_GIVEN = (
    rf"given{_SEP}names?|first{_SEP}names?|forenames?|middle{_SEP}names?"
    r"|chu dem va ten|ten dem va ten|ten dem|chu dem"
)
#: a field: the label, an optional second label after a slash ("Họ/Surname", "Chữ đệm và
#: tên/Given names"), the separator (":", "=", a JSON key's closing quote and ":"), the value;
#: led by the label's letters (the engine skips to them), the left edge checked in Python
#: a whole name's field: a name of a foreign shape there is still a name ("Họ và tên: john da
#: silva", "Full name: Jean-Baptiste Lefèvre"); a Vietnamese one is read by the other paths
_FULL = rf"ho va ten|ho ten|full{_SEP}name|ten day du"
_FULL_LABELS = frozenset(("ho va ten", "ho ten", "ten day du"))
_FIELD = re.compile(
    rf"(?P<label>{_FULL}|{_FAMILY}|{_GIVEN}|ho|ten)(?![a-z])"
    + r"(?:[ \t]*/[ \t]*[a-z ]{2,20}?)?"
    + r"[\"']?[ \t]*(?:\([^()\n]{1,24}\))?[ \t]*[:=][ \t]*[\"']?"
    + r"(?P<value>[a-z]+(?:['’-][a-z]+)*(?:[ \t][a-z]+(?:['’-][a-z]+)*){0,4})"
    + r"(?=[ \t]*(?:[\"',;}|&\n]|$|[ \t]{2}))",
    re.MULTILINE,
)
#: what may stand right before a label
_LEFT_EDGE = frozenset(" \t\n{,;\"'(|&?/")
#: the family name's labels as the pattern reads them ("Họ:" among them)
_FAMILY_LABELS = frozenset(
    {"surname", "familyname", "family name", "family_name", "family-name", "lastname"}
    | {"last name", "last_name", "last-name", "ho"}
)
#: what a field holds when it holds no name
_NOT_NAMES = frozenset(
    {"n", "a", "na", "none", "null", "unknown", "khong", "chua", "x", "xx", "xxx", "string"}
    | {"ten", "ho", "surname", "name", "value", "test", "required", "optional"}
)
#: the words one of the English labels holds with "name" (folded substrings: a cheap gate)
_ENGLISH_GATES = ("surname", "family", "last", "given", "first", "forename", "middle", "full")
#: the Vietnamese labels' (folded)
_VIETNAMESE_GATES = ("chu dem", "ten dem", "ho:", "ho :", "ho va ten", "ho ten", "ten day du")
#: a word right before a label, on its line: the label is a longer one's end
_WORD_BEFORE = re.compile(r"[a-z0-9][ \t]*\Z")


def _looks_named(raw: str, folded: str) -> bool:
    """Whether a field's value has a name's look: letters only, no placeholder, each word a
    Vietnamese syllable or a word of a foreign name (three letters or more)."""
    words = folded.split()
    if not words or any(w in _NOT_NAMES for w in words) or folded in _NOT_NAMES:
        return False
    return all(
        is_vietnamese_syllable(w)
        or (len(w) >= 3 and w.replace("'", "").replace("’", "").replace("-", "").isalpha())
        for w in raw.split()
    )


def _foreign_full_name(raw: str, folded: str) -> bool:
    """Whether a whole name's field holds a name of a foreign shape: two words or more, one of
    them no Vietnamese syllable, none an acronym ("Chủ tịch UBND": an office, not a name)."""
    words = raw.split()
    acronym = any(len(w) >= 2 and w.isupper() for w in words) and not raw.isupper()
    if len(words) < 2 or acronym:
        return False
    return not all(is_vietnamese_syllable(w) for w in folded.split())


#: what this path needs: two words (a field's label and its value)
NEEDS = Needs(words=2)


def field_names(doc: Document, detector_id: str) -> Iterator[Detection]:
    """The values of a form's name fields (see the module docstring)."""
    folded = doc.folded
    if not (
        ("name" in folded and holds_any(folded, _ENGLISH_GATES))
        or holds_any(folded, _VIETNAMESE_GATES)
    ):
        return
    matches = [
        m for m in _FIELD.finditer(folded) if m.start() == 0 or folded[m.start() - 1] in _LEFT_EDGE
    ]
    if not matches:
        return
    labels = {m.group("label") for m in matches}
    family_field = bool(labels & _FAMILY_LABELS)
    given_field = bool(labels - _FAMILY_LABELS)
    text = doc.text
    for m in matches:
        label = m.group("label")
        if label == "ho" and not given_field:
            continue  # "Họ: ..." alone, no given-name field beside it
        if label == "ten" and not family_field:
            continue  # "Tên: ..." alone names anything (a file, a unit, a project)
        if label in ("ho", "ten") and _WORD_BEFORE.search(
            folded, max(0, m.start("label") - 16), m.start("label")
        ):
            continue  # "quan hệ với chủ hộ: con": "hộ" ends a longer label
        s, e = m.span("value")
        if not _looks_named(text[s:e], m.group("value")):
            continue
        if (label in _FULL_LABELS or label.startswith("full")) and not _foreign_full_name(
            text[s:e], m.group("value")
        ):
            continue
        yield Detection(
            EntityType.PERSON,
            s,
            e,
            SCORE_NAME_COLUMN,
            detector_id,
            pattern="person.field",
            base_score=BASE_NAME_COLUMN,
            context=label,
        )
