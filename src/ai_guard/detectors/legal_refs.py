"""Court judgment and enforcement decision numbers (CASE_NUMBER), reference.md e.12.

Reported (they point at one person's case):

* judgments and court decisions ``<n>/<year>/<CASE>-<STAGE>``: "01/2024/HS-ST",
  "25/2022/KDTM-PT", "04/2021/HNGĐ-PT", "26/2017/HNGĐ-GĐT", "15/2024/QĐST-DS",
  "12/2023/QĐPT-HS", the stage glued "01/2024/HSST" (in lower case too: "45/2023/dsst");
  case codes HS, DS, HNGĐ, KDTM, LĐ, HC; stages ST, PT, GĐT, TT; a court's decision at a
  stage without its case code, "12/2024/QĐ-PT"; hyphens typed for the slashes, "15-2024-HS-ST",
  or dots, "203.2025.QĐST-HNGĐ" (in capitals);
* a court's acceptance numbers of a case ``<n>/<year>/TLST-<CASE>``, ``TLPT``: "41/2024/TLST-HS",
  "214/2026/TLST-HNGĐ" (the number under which the court registers one case: it names the
  same case file as the judgment that ends it; settled for every labelled set on 2026-12-05);
* enforcement documents of the civil-judgment-enforcement system ``<n>/QĐ-CCTHADS``,
  ``<n>/QĐ-CTHADS``, ``<n>/QĐ-THADS``, ``<n>/TB-CCTHADS`` (decisions, notices, minutes);
* indictments and procuracy case decisions ``<n>/CT-VKS...``, ``<n>/QĐ-VKS...``;
* investigation decisions ``<n>/QĐ-CSĐT``, ``<n>/QĐ-ANĐT``, ``<n>/QĐ-CQĐT``.

A number cut in two by a few words, so that no piece looks like one ("318/2025/ rồi TLST-DS",
"45/2024/ tiếp theo là HS-ST"): its number and year up to the slash, then within three words
its tail in capitals with its hyphen (a stage or an acceptance and a case code), each piece
reported where it stands. A number a PDF copy broke at a line's end, after a slash or a hyphen
("15/2026/KDTM-" then "ST." on the next line), is reported whole, the line break inside.

Never reported: legal normative documents ("29/2018/QH14", "13/2023/NĐ-CP", "24/2020/TT-BCA"),
precedents ("54/2022/AL", public by design) and ordinary administrative numbers ("15/QĐ-UBND",
"557/BKHCN-CĐSQG"). Matching runs on the diacritic-folded view so that
OCR's "QD-CCTHADS" and "HNGD-PT" count too, in any letter case ("102/2024/hs-st": a number
typed in lower case only with a hyphenated part), with a hyphen or an en dash.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ai_guard.detectors import scores
from ai_guard.detectors.base import Detection, Shape
from ai_guard.models import EntityType
from ai_guard.text import Document

__all__ = ["CaseNumberDetector"]

# a PDF copy breaks a number at a line's end, after its slash or its hyphen
# ("15/2026/KDTM-" / "ST"): one line break stands where a space may
_S = r"(?:[ ]?|\r?\n)"
_H = r"[ ]?[-\u2013](?:[ ]?|\r?\n)"  # a hyphen or an en dash, spaced or not
_CASE = r"(?:HS|DS|HNGD|KDTM|LD|HC)"
_STAGE = r"(?:ST|PT|GDT|TT|QDST|QDPT)"
# Anchored on the slash (a literal: the regex engine finds it fast); the number before the
# slash is checked separately with _NUMBER_BEFORE.
_TAIL = re.compile(
    rf"/{_S}(?:"
    rf"(?P<judgment>(?:19|20)\d{{2}}{_S}/{_S}(?:(?:QDST|QDPT|QDGDT|QD|TLST|TLPT){_H})?{_CASE}"
    rf"(?:{_H}{_STAGE}|(?-i:{_STAGE}|{_STAGE.lower()}))?"
    # a court's decision at a stage, no case code: "12/2024/QĐ-PT", "05/2023/QĐ-GĐT"
    rf"|(?:19|20)\d{{2}}{_S}/{_S}QD{_H}(?:ST|PT|GDT))"
    rf"|(?P<enforcement>(?:(?:19|20)\d{{2}}{_S}/{_S})?(?:QD|TB|BB|GB|KH|QDCC|QDKB|YC){_H}"
    r"(?:[A-Z]{0,6}THA(?:DS)?[A-Z0-9]*|VKS[A-Z0-9]*|CSDT[A-Z0-9]*|ANDT[A-Z0-9]*|CQDT[A-Z0-9]*)"
    r"(?:-[A-Z0-9]+)*)"
    rf"|(?P<indictment>(?:(?:19|20)\d{{2}}{_S}/{_S})?(?:CT|KN|QDKN){_H}VKS[A-Z0-9]*"
    r"(?:-[A-Z0-9]+)*)"
    r")(?![\w-])",
    re.IGNORECASE,
)
#: a judgment number typed with hyphens for its slashes ("15-2024-HS-ST", "15-2024-hs-st"):
#: case code and stage both written, so any letter case
_HYPHENATED = re.compile(
    rf"(?<![\w/\-])\d{{1,5}}{_H}(?:19|20)\d{{2}}{_H}{_CASE}{_H}{_STAGE}(?![\w-])", re.IGNORECASE
)
_HYPHENATED_GATES = tuple(
    re.compile(rf"{dash}[ ]?(?i:hs|ds|hngd|kdtm|ld|hc)[ ]?[-\u2013]") for dash in ("-", "\u2013")
)
#: a judgment number typed with dots for its slashes ("203.2025.QĐST-HNGĐ", "57.2024.HS-ST"):
#: in capitals, the case code written with its stage or after the decision's kind
_DOTTED = re.compile(
    rf"(?<![\w./])\d{{1,5}}\.(?:19|20)\d{{2}}\.(?:(?:QDST|QDPT|QDGDT|QD|TLST|TLPT){_H}{_CASE}"
    rf"(?:{_H}{_STAGE}|{_STAGE})?|{_CASE}(?:{_H}{_STAGE}|{_STAGE}))(?![\w-])"
)
_STAGED = re.compile(r"[a-z][ ]?[-\u2013][ ]?[a-z]", re.IGNORECASE)
#: a lower-case judgment number whose stage is glued to its case code: "45/2023/dsst"
_GLUED_STAGE = re.compile(r"/(?:hs|ds|hngd|kdtm|ld|hc)(?:st|pt|gdt|tt)$")
_NUMBER_BEFORE = re.compile(r"(?<![\w/])\d{1,5}[ ]?$")
_OCR_NUMBER_BEFORE = re.compile(r"(?<![\w/])[0-9OIl]{1,5}[ ]?$")


#: a number cut by words: its number and year up to the slash, where a slash and a space
#: stand (found by ``str.find``); the tail within three words after, in capitals with a hyphen
_CUT_HEAD = re.compile(rf"(?<![\w/])\d{{1,5}}{_S}/{_S}(?:19|20)\d{{2}}{_S}/$")
_CUT_TAIL = re.compile(
    rf"(?:[^\W\d]+ ){{1,3}}(?P<tail>(?:(?:QDST|QDPT|QDGDT|QD|TLST|TLPT)-{_CASE}(?:-{_STAGE})?"
    rf"|{_CASE}-{_STAGE}))(?![\w-])"
)
_BASE = scores.BASE_CASE_NUMBER
_SHAPES = {
    kind: Shape(EntityType.CASE_NUMBER, f"case.{kind}", _BASE)
    for kind in ("judgment", "enforcement", "indictment")
}


class CaseNumberDetector:
    id = "vn.case_number"
    entities = (EntityType.CASE_NUMBER,)

    def detect(self, doc: Document) -> Iterator[Detection]:
        text = doc.folded_cased
        for m in _TAIL.finditer(text):
            num = _NUMBER_BEFORE.search(text, max(0, m.start() - 7), m.start())
            if num is None:
                # OCR read a digit of the number as a letter ("1O2/2024/HS-ST"): the tail's
                # shape names it; the number keeps at least one true digit
                num = _OCR_NUMBER_BEFORE.search(text, max(0, m.start() - 7), m.start())
                if num is None or not any(c.isdigit() for c in num.group(0)):
                    continue
            kind = m.lastgroup or "case"
            tail = m.group(0)
            if not tail.isupper() and not (
                _STAGED.search(tail) or _GLUED_STAGE.search(tail.lower())
            ):
                continue  # typed in lower case ("102/2024/hs-st", "45/2023/dsst"): with a stage
            shape = _SHAPES.get(kind) or Shape(EntityType.CASE_NUMBER, f"case.{kind}", _BASE)
            yield shape.hit(self.id, num.start(), m.end(), scores.CASE_NUMBER, True)
        yield from self._cut(text)
        if ".19" in text or ".20" in text:  # a dot before the year: "203.2025.QĐST-HNGĐ"
            for dotted in _DOTTED.finditer(text):
                yield _SHAPES["judgment"].hit(
                    self.id, dotted.start(), dotted.end(), scores.CASE_NUMBER, True
                )
        # the hyphenated form, looked for only around its case code between hyphens (a
        # literal-led scan; the whole pattern opens with a look-behind and a class)
        at = -1
        gates = _HYPHENATED_GATES if "\u2013" in text else _HYPHENATED_GATES[:1]
        for gate in (g for pattern in gates for g in pattern.finditer(text)):
            hit = _HYPHENATED.search(text, max(0, gate.start() - 14), gate.end() + 8)
            if hit is not None and hit.start() > at:
                at = hit.start()
                yield _SHAPES["judgment"].hit(
                    self.id, hit.start(), hit.end(), scores.CASE_NUMBER, True
                )

    def _cut(self, text: str) -> Iterator[Detection]:
        """A number cut in two by a few words ("318/2025/ rồi TLST-DS"): both pieces, each
        where it stands (a model is asked to join them)."""
        at = text.find("/ ")
        while at >= 0:
            head = _CUT_HEAD.search(text, max(0, at - 14), at + 1)
            tail = _CUT_TAIL.match(text, at + 2) if head is not None else None
            if head is not None and tail is not None:
                shape = _SHAPES["judgment"]
                yield shape.hit(self.id, head.start(), head.end(), scores.CASE_NUMBER, True)
                yield shape.hit(self.id, *tail.span("tail"), scores.CASE_NUMBER, True)
            at = text.find("/ ", at + 2)
