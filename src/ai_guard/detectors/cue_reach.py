"""A family's own cue that names a number from farther back on its line than the family's
usual reach (:attr:`ai_guard.detectors.numeric.NumericDetector.near`), in the two ways
ordinary work writes it:

* the number of a person named between the cue and the number: ``số BHXH của anh Trần Quốc
  Thạch là 7925...``, ``the BHXH number of Mr. ..., it is 7925...`` (an owner word, ``của`` /
  ``of`` / ``cho``, right after the cue, then a name in capitals; a long name pushes the
  number past the reach);
* a number a spreadsheet stored without its leading zero, in a line that asks about that
  family's numbers (``... để hiện đủ 12 số CCCD không? Dòng 2 là chị ..., D2 đang hiện
  3818...``): the restored number must still validate (the detector's rule for restored
  numbers), so the cue only says which family to try.

Either way no other number (three digits or more) stands between the cue and the number: the
cue would name that one. Asked only when the usual look-ups found no cue; the line's text
before the number is read once, within :data:`_REACH` characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ai_guard.text.document import Document
from ai_guard.text.match import CueSet

__all__ = ["far_cue"]

#: how far back on its line a far cue may stand
_REACH = 160
#: an owner word: the cue names a person's number ("của", "of", "cho"), folded
_OWNER = re.compile(r"(?<![a-z])(?:cua|of|cho)(?![a-z])")
#: another number between the cue and the number (three digits or more)
_OTHER_NUMBER = re.compile(r"\d{3}")


#: after the owner word (on the text as typed): a title or kin word at times, then a name of
#: two capitalised words or more ("của chị Tôn Nữ Thị Hoàng Yến", "of Mr. Trần Quốc Thạch")
_OWNER_NAME = re.compile(
    r"[ \t]+(?:(?:[A-Za-zÀ-ỹ]{1,4}\.?|ông|bà|anh|chị|em|cô|chú|bác|cháu|con)[ \t]+)?"
    r"[A-ZÀ-Ỹ][^\s,.;:!?]*(?:[ \t]+[A-ZÀ-Ỹ][^\s,.;:!?]*)+"
)
#: the owner word right after the cue (folded): within these characters
_OWNER_REACH = 14


def _owner_named(doc: Document, lo: int, start: int) -> bool:
    """Whether the stretch ``lo:start`` right after the cue opens with an owner word
    (``của``, ``of``, ``cho``; a word such as "number" between) followed by a person's name
    in capitals: the number named is that person's."""
    m = _OWNER.search(doc.folded, lo, min(start, lo + _OWNER_REACH))
    return m is not None and _OWNER_NAME.match(doc.text, m.end(), start) is not None


def far_cue(
    doc: Document,
    cues: CueSet,
    start: int,
    near: int,
    restored: bool,
    others: Iterable[CueSet] = (),
) -> str | None:
    """The cue of ``cues`` that names the number at ``start`` from farther than ``near``
    characters back on its line (see the module), or None; none when a cue of ``others``
    (the other families' claims) stands between them ("... số định danh ... MST cũ
    8012573948": the nearer cue names the number)."""
    folded = doc.folded
    lo = max(0, start - _REACH)
    line = folded.rfind("\n", lo, start) + 1 or lo
    if start - line <= near:
        return None  # the usual look-up read the whole line already
    window = folded[line:start]
    if not restored and _OWNER.search(window) is None:
        return None  # (cheap: most numbers without a cue stop here)
    cue = cues.near_before(doc, start, start - line)
    if cue is None:
        return None
    at = window.replace("_", " ").rfind(cue)
    if at < 0:
        return None
    between = window[at + len(cue) :]
    if _OTHER_NUMBER.search(between) is not None:
        return None
    if not restored and not _owner_named(doc, start - len(between), start):
        return None
    if any(other.near_before(doc, start, len(between)) is not None for other in others):
        return None
    return cue
