"""Khmer names typed in lower case with no cue ("- thạch sô phol, cccd ...", "1. sơn thị sa ly
- mã số bhxh ...", "phòng 1: danh sà rin, sinh ngày ...", "cha là thạch sóc hênh, mẹ là ...",
"2. thạch rươne - ấp tắc bướm"), and those capitalised that no other path found ("1. Thạch Sa
Ra, sinh năm 1984").

A Khmer name is its family name or title (Thạch, Danh, Chau, Néang; Kim, Sơn, Lâm before a
Khmer given name), "thị" or "văn" at times, and a given name of one to three syllables. Two
pieces of evidence make it a name, written with diacritics, where no other path found it:

* its shape: a given name opened by a syllable that opens Khmer names and no Kinh one (sa, sà,
  sô, sóc, chanh, som: ``minority.khmer_given_head``) and one more syllable, or, after Thạch,
  Danh, Chau or Néang, a given name whose first word is no Vietnamese syllable ("rươne");
* its end marked right after it: a comma, a bracket, a dash between spaces, the line's end,
  "sinh", "cccd" (``uncued.NAME_END``), or a word that goes on with the sentence spelled with
  its diacritics ("thạch thị sô phanh và ...", "néang sa vết ở ấp ...").

Not after a place's unit word ("ấp sóc ...", "xã lâm san"), not where the family name and the
next word are an everyday word; a finding of another path inside it ("lâm thị bô") gives way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.gates import Needs
from ai_guard.detectors.person.minority import (
    KHMER_FAMILY_PIECES,
    khmer_given_head,
    khmer_opener,
)
from ai_guard.detectors.person.scores import lower_case_hit
from ai_guard.detectors.person.shape import is_vietnamese_syllable
from ai_guard.detectors.person.uncued import NAME_END, everyday_pair, place_unit_before
from ai_guard.detectors.person.words import plain_line, spelled_as_surname
from ai_guard.text import Document
from ai_guard.text.match import spelling

__all__ = ["khmer_lower_names"]

#: a Khmer family name and the words after it, on the folded view (lower case, one space):
#: "thị"/"văn" at times, then one or two words
_KHMER_RUN = re.compile(
    r"(?P<clan>[a-z]+) (?:(?P<vt>thi|van) )?(?P<head>[a-z]+)(?: (?P<second>[a-z]+))?"
    # a three-syllable given name ("Thạch Sô Phi Ra")
    r"(?: (?P<third>[a-z]+))?"
)
#: each family name and a space, searched for alone: a pattern led by a literal is searched
#: from one to the next, one led by an alternation or a lookbehind tries every character (12
#: ms on 50 KB of prose, against well under one)
_CLANS = tuple(re.compile(f"{c} ") for c in ("thach", "danh", "chau", "neang", "kim", "son", "lam"))
_VT_SPELLINGS = frozenset(spelling(w) for w in ("thị", "văn"))
#: words that go on with a sentence after a name, spelled: never a Khmer given name's second
#: syllable ("danh sóc thol là ...", "thạch sô phol sinh ...")
_GOES_ON = frozenset(
    spelling(w)
    for w in (
        *("là", "sinh", "ở", "và", "đang", "đã", "được", "không", "có", "cho", "thì", "mà"),
        *("tại", "gửi", "nhờ", "báo", "xin", "nộp", "đề", "về", "từ", "đến", "với", "của"),
        *("làm", "nói", "bị", "mua", "bán", "đi", "ký", "lên", "con", "vợ", "chồng", "lớp"),
        *("mẹ", "cha", "bố", "em", "anh", "chị", "ông", "bà", "nợ", "trú", "thường"),
    )
)


#: what this path needs: a family name of ``_CLANS`` and a space on the word sketch, and two
#: words (the family name and a given name)
NEEDS = Needs(words=2, sketch=KHMER_FAMILY_PIECES)


def khmer_lower_names(
    doc: Document, found: Sequence[Detection], detector_id: str
) -> list[Detection]:
    """The Khmer names of the module docstring that no finding of ``found`` covers whole."""
    folded = doc.folded
    if folded.isascii() and doc.text.isascii():
        return []  # typed without diacritics: "so", "soc", "son", "lam" are everyday words
    text = doc.text
    starts = sorted(
        c.start()
        for clan in _CLANS
        for c in clan.finditer(folded)
        if not c.start() or not (folded[c.start() - 1].isalpha() or folded[c.start() - 1] == "'")
    )
    out: list[Detection] = []
    after = 0
    for s in starts:
        m = _KHMER_RUN.match(folded, s)
        if s < after or m is None or not _one_case(text[s : m.end()]):
            continue
        end = _judge(doc, m)
        if end is None:
            continue
        if any(f.start <= s and end <= f.end for f in found):
            continue
        if any(f.start < end and s < f.end and not (s <= f.start and f.end <= end) for f in found):
            continue  # another path's finding straddles it: that path judged the words
        after = end
        out.append(lower_case_hit(s, end, detector_id, "khmer"))
    return out


def _one_case(words: str) -> bool:
    """All in lower case ("thạch sô phol"), or each word capitalised ("Thạch Sô Phol", a
    list's item the capitalised path leaves: no Kinh given name in it)."""
    return words.islower() or all(w[:1].isupper() and w[1:].islower() for w in words.split(" "))


#: the word after a name (as written)
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")


def _ended(doc: Document, e: int, *, went_on: bool) -> bool:
    """Whether the name's end at ``e`` is marked: punctuation, a label (``uncued.NAME_END``),
    or (``went_on``: after Thạch, Danh, Chau, Néang, no Kinh word) a word that goes on with
    the sentence spelled as one ("thạch thị sô phanh và néang sa vết ở ấp prey chóp": "và",
    "ở"; not "kim sa la là gì")."""
    if NAME_END.match(doc.folded, e):
        return True
    if not went_on:
        return False
    nxt = _WORD_AFTER.match(doc.text, e)
    return nxt is not None and not nxt.group(1).isascii() and spelling(nxt.group(1)) in _GOES_ON


def _judge(doc: Document, m: re.Match[str]) -> int | None:
    """The end of the Khmer name ``m`` opens, or None."""
    text = doc.text
    clan = text[m.start("clan") : m.end("clan")]
    head = text[m.start("head") : m.end("head")]
    strong = khmer_opener(clan)
    if not strong and not (
        khmer_given_head(head) and spelled_as_surname(clan, doc, m.start("clan"))
    ):
        return None  # "sơn", "lâm", "kim" spelled as the surnames, before a Khmer given name
    if not khmer_given_head(head) and (is_vietnamese_syllable(head) or not head.isalpha()):
        return None  # "danh sách", "thạch anh": (the cheap tests first)
    if plain_line(doc, m.start()):
        return None  # typed without diacritics: "so", "soc", "son", "lam" are everyday words
    vt = m.group("vt")
    if vt is not None and spelling(text[m.start("vt") : m.end("vt")]) not in _VT_SPELLINGS:
        return None  # "thì", "vấn": no middle name
    if place_unit_before(text, m.start()):
        return None  # "ấp sóc ...", "xã lâm ..."
    if vt is None and everyday_pair(clan, head):
        return None  # "danh sách", "lâm sàng"
    second = m.group("second")
    two = (
        second is not None
        and spelling(text[m.start("second") : m.end("second")]) not in _GOES_ON
        and not everyday_pair(head, text[m.start("second") : m.end("second")])
    )
    if khmer_given_head(head):
        third = m.group("third")
        if (
            two
            and third is not None
            and spelling(text[m.start("third") : m.end("third")]) not in _GOES_ON
            and NAME_END.match(doc.folded, m.end("third"))
        ):
            return m.end("third")  # "- Thạch Sô Phi Ra, ấp Tà Mum"
        if two and _ended(doc, m.end("second"), went_on=strong):
            return m.end("second")  # "thạch sô phol,", "sơn thị sa ly -", "néang sa vết ở"
        return None
    if not strong or is_vietnamese_syllable(head) or not head.isalpha():
        return None
    if two and _ended(doc, m.end("second"), went_on=True):
        return m.end("second")
    if NAME_END.match(doc.folded, m.end("head")):
        return m.end("head")  # "thạch rươne -"
    return None
