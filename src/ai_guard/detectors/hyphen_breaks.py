"""Names and addresses a PDF export hyphenated across a line break ("bà Trần Thị Mỹ Duy-⏎ên",
"tỉnh Gia La-⏎i"): the span a detector found ends at the hyphen, the rest of its last word
opens the next line in lower case.

:func:`mend_hyphen_breaks` carries such a PERSON or ADDRESS finding over the hyphen and the
break to the end of the word's rest, where the two pieces joined spell one Vietnamese syllable
("Duy" + "ên" = "Duyên", "La" + "i" = "Lai"): not where the next line opens another word
("Hùng-⏎và", "An-⏎nam"). It reads the findings once every detector has run, and only where the
text holds a hyphen before a line break (a ``str`` search: no pass of a pattern over the
text).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.shape import is_vietnamese_syllable
from ai_guard.models import EntityType

__all__ = ["mend_hyphen_breaks"]

#: the hyphen, the break (spaces and a carriage return around it) and the word's rest in
#: lower case, closed by no letter
_REST = re.compile(r"-[ \t]*\r?\n[ \t]*([^\W\d_A-ZĐ]+)(?![^\W\d_])")
#: the last word of a finding, right before its end
_LAST_WORD = re.compile(r"[^\W\d_]+$")
_MENDED = frozenset({EntityType.PERSON, EntityType.ADDRESS})


def mend_hyphen_breaks(text: str, found: Sequence[Detection]) -> list[Detection]:
    """``found`` with each PERSON or ADDRESS finding that ends at a PDF's hyphenated line
    break carried to the end of its last word (see the module)."""
    out = list(found)
    if "-\n" not in text and "-\r\n" not in text and "- \n" not in text:
        return out
    for k, d in enumerate(out):
        if d.entity not in _MENDED or not text.startswith("-", d.end):
            continue
        rest = _REST.match(text, d.end)
        if rest is None or not rest.group(1).islower():
            continue
        last = _LAST_WORD.search(text, max(d.start, d.end - 12), d.end)
        if last is None or not is_vietnamese_syllable(last.group() + rest.group(1)):
            continue
        out[k] = replace(d, end=rest.end(1))
    return out
