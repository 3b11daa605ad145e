"""Names of the Nguyễn royal clan's descendants, led by the double surname "Tôn Thất" (men) or
"Tôn Nữ" (women): "Tôn Nữ Thị Hoàng Oanh", "tôn thất minh khôi", "ton nu dieu hien". Common in
Huế, four or five words long, and in lower case the other paths stop them short ("tôn nữ thị
hoàng") or, typed without diacritics, miss them.

The double surname (spelled "tôn thất" / "tôn nữ" where the text has diacritics: "tổn thất" is
a loss), then one to three middle or given names of the lexicon (spelled as names where typed
with diacritics), the last a given name, stopping at an everyday pair or a word that goes on
with the sentence. Typed without diacritics the end must be marked (punctuation, the line's
end, a number, a class, a word that goes on with the sentence: "ton that minh khoi lop 8b",
"ton nu bich nga o ..."), and "ton that", "tổn thất" as often, needs two name words after it.
Not a street, a school or a historical figure ("đường Tôn Thất Tùng", kept for the address and
public-role paths).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.lexicon import everyday_pair, lexicons, name_spellings
from ai_guard.detectors.person.name_ends import address_after
from ai_guard.detectors.person.scores import BASE_SURNAME_FIRST, SCORE_FULL_NAME
from ai_guard.detectors.person.words import is_public_figure
from ai_guard.models import EntityType
from ai_guard.text import Document
from ai_guard.text.match import spelling

__all__ = ["royal_names"]

#: the double surname and up to three words after it (folded text), led in later generations
#: by "Công", "Công Tằng" or "Công Huyền" ("Công Tằng Tôn Nữ Diệu Lan")
_ROYAL = re.compile(
    r"(?<![a-z])(?P<lead>cong (?:(?:tang|huyen) )?)?ton (?:that|nu)((?: [a-z]+){1,3})"
)
_SPELLED = frozenset(spelling(w) for w in ("tôn thất", "tôn nữ"))
_LEADS = frozenset(spelling(w) for w in ("công", "công tằng", "công huyền"))
#: the words before a name that make it a place's or a body's ("đường Tôn Thất Tùng")
_PLACE_BEFORE = re.compile(
    r"(?<![a-z])(?:duong|pho|phuong|xa|quan|huyen|truong|thpt|thcs|cau|benh vien|khu|hem|kiet"
    r"|street|st\.?|road)\s*$"
)
#: what marks the end of a name typed without diacritics: punctuation, the line's end, a
#: number, a class or a birth year ("lop 8b", "sinh nam")
_PLAIN_END = re.compile(r"[ \t]*(?:[,.;:()|\t\n]|$|\d|(?:lop|sinh|sn|nam sinh)\b)")
#: words that go on with the sentence after a name, folded ("ở", "là", "và", "đã")
_GOES_ON = frozenset({"o", "la", "va", "da", "bi", "duoc", "nhan", "no", "voi", "cua", "cho"})
_NEXT = re.compile(r" ([a-z]+)")


def royal_names(doc: Document, detector_id: str) -> Iterator[Detection]:
    """Every "Tôn Thất ..." / "Tôn Nữ ..." name in ``doc`` (see the module docstring)."""
    folded = doc.folded
    if "ton " not in folded:
        return
    text = doc.text
    _, middles, givens, _, _ = lexicons()
    for m in _ROYAL.finditer(folded):
        s = m.start()
        ton = m.end("lead") if m.group("lead") else s
        head = text[ton : m.start(2)]
        plain = head.isascii()
        if not plain and spelling(head.lower()) not in _SPELLED:
            continue  # "tổn thất": a loss
        if m.group("lead") and not (
            (text[s:ton].isascii() or spelling(text[s : ton - 1].lower()) in _LEADS)
            and (text[s].isupper() or text[ton].islower())
        ):
            s = ton  # "trả tiền công Tôn Nữ ...": wages, no clan's lead; the name is "Tôn Nữ ..."
        if _PLACE_BEFORE.search(folded, max(0, s - 16), s):
            continue
        words = m.group(2).split()
        raw = text[m.start(2) : m.end(2)].split()
        k = 0
        for i, w in enumerate(words):
            if w in _GOES_ON or (w not in middles and w not in givens):
                break
            if not raw[i].isascii() and spelling(raw[i].lower()) not in name_spellings():
                break  # "tôn nữ bích nga ở": "ở" is no name's
            if i and everyday_pair(raw[i - 1], raw[i]):
                break
            if address_after(folded, m.start(2) + sum(len(r) + 1 for r in raw[:i])):
                break  # "tôn nữ quỳnh châu kiệt 64/9 ...": the address starts at "kiệt"
            k = i + 1
        while k and words[k - 1] not in givens:
            k -= 1
        if k == 0:
            continue
        start_after = m.start(2)
        e = start_after + sum(len(r) + 1 for r in raw[:k])
        nxt = _NEXT.match(folded, e)
        marked = (
            _PLAIN_END.match(folded, e)
            or (nxt is not None and nxt.group(1) in _GOES_ON)
            or address_after(folded, e)
        )
        if plain and (not marked or (k < 2 and folded[ton + 4 : ton + 8] == "that")):
            continue  # "ton that tai san": tổn thất tài sản
        if is_public_figure(text[s:e]):
            continue
        yield Detection(
            EntityType.PERSON,
            s,
            e,
            SCORE_FULL_NAME,
            detector_id,
            pattern="person.surname_first",
            base_score=BASE_SURNAME_FIRST,
        )
