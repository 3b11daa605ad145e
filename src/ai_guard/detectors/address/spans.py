"""Where a found span starts and stops, read after the scan: old units and renamed places in
brackets, a market the home is near, a birth year, a kilometre marker, a house's word on the
line above, a table's cells, and chains joined across "(nay là ...)"."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator

from ai_guard.detectors.address.lexicon import (
    _RESIDENCE,
    _UNITS,
    _is_unit_word,
    _key_at,
    _Link,
    _provinces,
    _spellings,
    _word_before,
)
from ai_guard.detectors.address.places import _COMMA, _province_or_letters_at
from ai_guard.detectors.address.venues import _PREMISES
from ai_guard.detectors.address.villages import _ALONE_VILLAGE_UNITS
from ai_guard.detectors.base import Detection
from ai_guard.text import Document, fold_word


def _within_cells(doc: Document, hits: Iterable[Detection]) -> Iterator[Detection]:
    """The hits, each kept to its last cell where it runs over a table row's tabs: in a row
    of two tabs or more a tab separates cells, and no address spans cells ("1<TAB>bùi văn
    hảo<TAB>xóm mớ đá, xã mai châu": the row number and the name cell read as "số 1, (phố)
    Bùi Văn Hảo"; the name went out inside an address and the name column lost it)."""
    text = doc.text
    for hit in hits:
        tab = text.rfind("\t", hit.start, hit.end)
        if tab >= 0:
            line_start = text.rfind("\n", 0, hit.start) + 1
            line_end = text.find("\n", hit.end)
            line = text[line_start : len(text) if line_end < 0 else line_end]
            cell = text[tab + 1 : hit.end]
            if line.count("\t") >= 2 and len(cell.strip()) >= 3:
                if not _holds_place(cell):
                    # the chain's unit word was the name cell's ("1<TAB>Lang Thi Kiet<TAB>Xin
                    # cap lai ...": "Kiet" read as "kiệt"): its last cell alone is no address
                    continue
                start = tab + 1 + (len(cell) - len(cell.lstrip()))
                hit = dataclasses.replace(hit, start=start)
        yield hit


def _holds_place(cell: str) -> bool:
    """Whether a table cell cut from a chain still reads as an address on its own: a number
    (a house, a hamlet's) or a unit word among its words."""
    return any(c.isdigit() for c in cell) or any(
        _is_unit_word(fold_word(w.strip(",.;:()"))) for w in cell.split()
    )


#: a quarter's abbreviation glued to its number right before a chain ("kp3, p. long bình,
#: q9"), folded: chat glues them, and the chain read from the ward on left it visible
_GLUED_QUARTER_BEFORE = re.compile(r"(?<![a-z0-9])(?:kp|tdp)\d{1,3}[ \t]*,?[ \t]*$")
#: a residential group's number right before a glued quarter (folded)
_GROUP_BEFORE = re.compile(r"(?<![a-z0-9])to[ \t]+\d{1,3}[ \t]*,?[ \t]*$")


def _with_glued_quarter(doc: Document, hits: Iterator[Detection]) -> Iterator[Detection]:
    """``hits``, each chain that starts right after a quarter glued to its number ("kp3, p.
    long bình, q9, tphcm") widened to hold it: a value redacted is redacted whole."""
    for h in hits:
        m = _GLUED_QUARTER_BEFORE.search(doc.folded, max(0, h.start - 12), h.start)
        if m is not None and m.start() < h.start:
            h = dataclasses.replace(h, start=m.start())
            # the residential group before the quarter ("to 11 kp3 p. thoi an q12"): "tổ"
            # typed plain takes only a number, vouched for by the quarter after it
            g = _GROUP_BEFORE.search(doc.folded, max(0, h.start - 10), h.start)
            if g is not None:
                h = dataclasses.replace(h, start=g.start())
        yield h


#: capitalised words right after a chain, to the clause's end (folded, cased)
_TAIL = re.compile(
    r"[ \t]+([A-Z][a-z]*)((?:[ \t]+[A-Z][a-z]*){1,2})(?![A-Za-z])(?=[ \t]*(?:[,.;)\n]|$))"
)


def _with_marked_tail(doc: Document, hits: list[Detection]) -> list[Detection]:
    """``hits``, each chain cut before a name's syllable that folds to a unit word but is
    spelled otherwise ("xã Mỹ Tịnh An": "Tịnh" is no "tỉnh"; "Tân Phước" ...) widened over the
    rest of the name, to the clause's end: a partial span is a leak."""
    cased = doc.folded_cased
    text = doc.text
    out: list[Detection] = []
    for h in hits:
        m = _TAIL.match(cased, h.end)
        if m is not None:
            word = text[m.start(1) : m.end(1)].lower()
            spellings = _spellings().get(m.group(1).lower())
            if spellings and not word.isascii() and word not in spellings:
                h = dataclasses.replace(h, end=m.end())
        out.append(h)
    return out


#: a bracket that names the place before it as it is now or was ("(nay là phường ...",
#: "(trước là xã ..."): the units alone restate that place, not another address (folded)
_RENAMED = ("(nay la ", "(truoc la ", "(truoc day la ", "(nay thuoc ", "(cu la ")


def _renamed_alone(doc: Document, h: Detection, hits: list[Detection]) -> bool:
    """Whether a chain stands alone in a bracket that renames the place before it ("Trường
    THCS Phước Long, phường Phước Long, TP Nha Trang (nay là phường Nam Nha Trang, ...)"):
    it restates a place that is no address. After an address the two are one span ("tổ 3
    khối 5 thị trấn Đông Anh cũ (nay là xã Đông Anh, Hà Nội)"), which starts earlier. A
    chain from a house, a street or a hamlet (``_whole_address_at``) is an address of its own
    ("(nay là xóm 13, xã Diễn Châu, tỉnh Nghệ An)"): the residence as it is written now; so
    is the old name of a whole address right before the bracket (``_old_name_after``)."""
    return (
        doc.folded[max(0, h.start - 14) : h.start].endswith(_RENAMED)
        and not _whole_address_at(doc, h.start)
        and not _old_name_after(doc, h, hits)
    )


#: a bracket that gives the old name of the place before it (folded, up to the name)
_OLD_NAME_OPENER = re.compile(r"\([ \t]*(?:truoc day la|truoc la|cu la)[ \t]+")


def _old_name_after(doc: Document, h: Detection, hits: list[Detection]) -> bool:
    """Whether ``h`` is the old name in a bracket right after a whole address ("ấp Phước
    Lợi, xã Long Hữu, tỉnh Vĩnh Long (trước là xã Long Hữu, huyện Duyên Hải, tỉnh Trà
    Vinh)"): the same home under the names of before the reorganisation, an address of its
    own (tests/corpus/PROMPTS.md, holdout32), the bracket and "trước là" outside."""
    opener = None
    for m in _OLD_NAME_OPENER.finditer(doc.folded, max(0, h.start - 20), h.start):
        if m.end() == h.start:
            opener = m
    if opener is None or not _commune_or_finer(doc, h.start):
        return False  # "(cũ là huyện Đà Bắc, Hòa Bình)": a district's note, no address
    before = doc.text[: opener.start()].rstrip(" \t")
    return any(
        g.end == len(before) and g.start < h.start and _whole_address_at(doc, g.start) for g in hits
    )


#: a bracket of a unit's old names closed by "cũ" right after a chain ("(khu phố 3 và 4 cũ)",
#: "(thôn Nà Pàn và Khuổi Lẹng cũ)", "(thu duc cu)"), then a comma or a space (folded)
_OLD_UNITS_BRACKET = re.compile(
    r"[ \t]*\((?!truoc |nay |cu la )[^()\n]{1,60}?[ \t]cu\)[ \t]*,?[ \t]*"
)


#: "cũ" (old) right after a unit's name, bracketed or not, then a comma or none (folded):
#: "huyện Nghĩa Đàn (cũ), tỉnh Nghệ An", "huyện u minh thượng cũ an giang", as the units
#: abolished in 2025 are still typed
_OLD_MARK_AFTER = re.compile(r"[ \t]*(?:\([ \t]*cu[ \t]*\)|cu(?![\w']))[ \t]*,?[ \t]*")


def _old_mark_after(doc: Document, end: int) -> re.Match[str] | None:
    """``_OLD_MARK_AFTER`` at ``end``, where the hit before it ends at a district's, town's or
    commune's name and "cũ" is written so (or typed plain in a text without diacritics)."""
    m = _OLD_MARK_AFTER.match(doc.folded, end)
    if m is None:
        return None
    at = doc.folded.find("cu", end, m.end())
    written = doc.text[at : at + 2].lower()
    if written != "cũ" and not (written == "cu" and doc.text.isascii()):
        return None
    return m


def _across_old_units(doc: Document, hits: list[Detection]) -> list[Detection]:
    """The hits with a chain joined over a bracket of its units' old names that ends in "cũ"
    to the chain or the province after it ("khu phố 14 (khu phố 3 và 4 cũ), phường Trấn
    Biên, tỉnh Đồng Nai", "... phuong binh trung (thu duc cu) tp hcm"): a bracket inside an
    address that runs on after it is the address's (tests/corpus/PROMPTS.md, holdout32); what
    was found inside the bracket goes into the one span."""
    hits = sorted(hits, key=lambda h: h.start)
    out: list[Detection] = []
    for h in hits:
        if out and h.end <= out[-1].end:
            continue  # inside a span joined already
        m = _OLD_UNITS_BRACKET.match(doc.folded, h.end) or _old_mark_after(doc, h.end)
        if m is None:
            out.append(h)
            continue
        after = m.end()
        nxt = next((g for g in hits if g.start == after), None)
        end = nxt.end if nxt is not None else _province_at(doc, after)
        if end is None or (nxt is None and not doc.folded[after - 1].isspace()):
            out.append(h)
            continue
        out.append(dataclasses.replace(h, end=end))
    return [_old_units_before(doc, h) for h in out]


#: a province's or a city's unit word before its name (folded)
_PROVINCE_WORD = re.compile(r"(?:tinh|thanh pho|tp\.?)[ \t]+")
#: the place a unit's field starts at: a cell's bar, a tab, punctuation, the line's start, or
#: a residence word ("ở", "tại")
_FIELD_START = re.compile(r"(?:^|[|\t,;:\n]|(?<![a-z])(?:o|tai|tru)[ \t])[ \t]*", re.MULTILINE)
#: a unit and its number or name of up to three words, then the bracket of its old names that
#: ends right before a chain (folded)
_UNIT_BEFORE_BRACKET = re.compile(
    r"[a-z]+(?:[ \t]+[a-z0-9]+){1,4}[ \t]*\((?!truoc |nay |cu la )[^()\n]{1,60}?[ \t]cu\)"
    r"[ \t]*,?[ \t]*"
)


def _province_at(doc: Document, pos: int) -> int | None:
    """The end of a province or city at ``pos``, with its unit word or without."""
    word = _PROVINCE_WORD.match(doc.folded, pos)
    return _province_or_letters_at(doc.folded, pos if word is None else word.end())


def _old_units_before(doc: Document, h: Detection) -> Detection:
    """``h`` from the hamlet or quarter before it whose old names a bracket ending in "cũ"
    gives ("khu phố 14 (khu phố 3 và 4 cũ), phường Trấn Biên, ..."): the unit of the same
    line's field, finer than a commune, is the address's start."""
    bracket = doc.folded.rfind("(", max(0, h.start - 70), h.start)
    if bracket < 0 or not doc.folded.startswith("cu)", doc.folded.rfind(")", 0, h.start) - 2):
        return h
    lo = doc.folded.rfind("\n", max(0, bracket - 60), bracket) + 1
    field = None
    for f in _FIELD_START.finditer(doc.folded, max(lo, bracket - 60), bracket):
        field = f
    if field is None:
        return h
    m = _UNIT_BEFORE_BRACKET.match(doc.folded, field.end())
    if m is None or m.end() != h.start or not _whole_address_at(doc, field.end()):
        return h
    return dataclasses.replace(h, start=field.end())


def _commune_or_finer(doc: Document, pos: int) -> bool:
    """Whether the chain at ``pos`` opens with a commune-level unit or a finer one (a commune,
    a ward, a town of the old district level's "thị trấn", a hamlet)."""
    key = _key_at(doc.folded_cased, pos)
    return key is not None and _UNITS.get(key, 9) <= 1


def _old_names_apart(doc: Document, hits: list[Detection]) -> list[Detection]:
    """The hits with an old name in a bracket that a chain ran into split off ("thon 6 xa ea
    knop tinh dak lak (truoc la xa ea tieu huyen cu kuin)" -> the new address and the old
    one): a whole address, then "(trước là" and a commune's old name to the bracket's end,
    are two addresses, the bracket and "trước là" outside (tests/corpus/PROMPTS.md)."""
    out: list[Detection] = []
    for h in hits:
        m = _OLD_NAME_OPENER.search(doc.folded, h.start, h.end)
        close = -1 if m is None else doc.text.find(")", m.end(), h.end)
        if (
            m is None
            or close < 0
            # (a chain that runs on after the bracket is one address with it: "thôn Đông
            # (trước là xã Đông Hưng, huyện Đông Sơn), tỉnh Thanh Hóa")
            or doc.text[close + 1 : h.end].strip()
            or "\n" in doc.text[h.start : close]
            or not _whole_address_at(doc, h.start)
            or not _commune_or_finer(doc, m.end())
        ):
            out.append(h)
            continue
        new = dataclasses.replace(h, end=len(doc.text[: m.start()].rstrip(" \t,")))
        old = dataclasses.replace(h, start=m.end(), end=close)
        out.append(new)
        out.append(old)
    return [h for h in out if doc.text[h.start : h.end].strip(" \t,.;)")]


#: the word right before a chain that opens with a market (``detector._NEAR_MARKET``; folded,
#: the chain's start)
_NEAR_WORDS = re.compile(r"(?:gan|canh|sat|doi dien|sau)[ \t]+$")
#: how many words of the market's name are read past before the address's own unit
_LANDMARK_NAME_WORDS = 4


def _without_landmark_before(doc: Document, h: Detection) -> Detection:
    """``h`` without the market it opens with when the text places the home near it ("gần
    chợ Rạng thôn Hạ Lũng, xã Đông Sơn, ..." -> "thôn Hạ Lũng, xã Đông Sơn, ..."): the
    address starts at the next unit word, within the market's name's few words. A kiosk in
    the market ("ki-ốt 12 chợ Đông Ba") starts before the market and is kept whole."""
    cased = doc.folded_cased
    if _key_at(cased, h.start) != "cho":
        return h
    if _NEAR_WORDS.search(doc.folded, max(0, h.start - 12), h.start) is None:
        return h
    words = list(re.finditer(r"\S+", doc.text[h.start : h.end]))
    for w in words[1 : 2 + _LANDMARK_NAME_WORDS]:
        pos = h.start + w.start()
        if _key_at(cased, pos) is not None:
            return dataclasses.replace(h, start=pos)
    return h


#: chat's "sn" as "sinh năm" (born in) at a chain's start: the year, then a residence cue
#: ("sn 1957 thuong tru to 7 kp 2 ...", folded): the year is no house number, the address
#: starts after the cue
_BIRTH_YEAR_THEN_CUE = re.compile(
    r"sn[ \t]+(?:19|20)\d\d[ \t,]+(?:thuong tru|tam tru|tru|cu tru|o)(?:[ \t]+tai)?[ \t:]+"
)
#: the same year, with "sn" or bare, right before a unit no house number stands in: a
#: residents' group, a hamlet, a village, a commune ("sn 1984 to 4 phuong tan an ...", "sn 1979
#: buon ko tam ...", a PDF table's row run into one line: "Lò Thị Bun 1985 bản Hua Pàu, ...",
#: folded): a house's number is followed by its street, these are where the person lives
_BIRTH_YEAR_THEN_UNIT = re.compile(
    r"(?:sn[ \t]+)?(?:19|20)\d\d[ \t,]+(?=(?:to|thon|xom|ap|ban|buon|plei|bon|soc|lang|khom|khu pho"
    r"|kp|tdp|to dan pho|xa|phuong|dac khu)[ \t]+[a-z0-9])"
)


def _without_birth_year_before(doc: Document, h: Detection) -> Detection:
    """``h`` from after the residence cue when it opens with "sn" and a year that the cue
    follows ("sn 1957 thuong tru to 7 kp 2 p. tan phong ..." -> "to 7 kp 2 p. tan phong
    ..."), or a group, a village or a commune ("sn 1984 to 4 phuong tan an ..." -> "to 4
    phuong tan an ..."): "sn" there is "sinh năm", the year the person's birth year."""
    m = _BIRTH_YEAR_THEN_CUE.match(doc.folded, h.start, h.end) or _BIRTH_YEAR_THEN_UNIT.match(
        doc.folded, h.start, h.end
    )
    if m is None or m.end() >= h.end:
        return h
    return dataclasses.replace(h, start=m.end())


#: a house's number and "đường" right before a chain that opens with "số" and the street's
#: number (folded): "17 đường |số 5 an phú tp hcm", "12/3 duong |so 7, p. binh hung hoa";
#: no year ("từ 2019 đường số 5 ...")
_HOUSE_BEFORE_NUMBERED_STREET = re.compile(
    r"(?<![\w/.,])(?!(?:19|20)\d\d[ \t])\d{1,5}[a-z]?(?:/\d{1,5}[a-z]?){0,2}[ \t]+duong[ \t]+$"
)
_NUMBERED_STREET_START = re.compile(r"so[ \t]+\d{1,3}[a-z]?(?![\w/])")


def _with_house_before_numbered_street(doc: Document, h: Detection) -> Detection:
    """``h`` widened left over the house's number and "đường" when it opens with "số" and a
    street's number ("17 đường số 5 an phú tp hcm": the chain read "số 5 an phú tp hcm", the
    street's number as a house's): the house, the numbered street, then the rest."""
    folded = doc.folded
    if _NUMBERED_STREET_START.match(folded, h.start) is None:
        return h
    m = _HOUSE_BEFORE_NUMBERED_STREET.search(folded, max(0, h.start - 24), h.start)
    return h if m is None else dataclasses.replace(h, start=m.start())


#: a house's word that a PDF's line break left at the end of the line above its number
#: (folded): "thường trú tại số⏎12 Lê Lợi, ...", "sn⏎45 ...", "số nhà⏎7 ..."
_HOUSE_WORD_ABOVE = re.compile(
    r"(?<![a-z0-9])(?:so(?:[ \t]+nha)?|nha[ \t]+so|sn)[ \t]*\r?\n[ \t]*$"
)


def _with_house_word_above(doc: Document, h: Detection) -> Detection:
    """``h`` widened over the house's word left on the line above when it opens with the
    house's number ("số⏎12 Lê Lợi, phường Bến Thành, ..."): the word is the address's."""
    folded = doc.folded
    if not folded[h.start : h.start + 1].isdigit() or "\n" not in folded[h.start - 3 : h.start]:
        return h
    m = _HOUSE_WORD_ABOVE.search(folded, max(0, h.start - 16), h.start)
    if m is None:
        return h
    before = folded[: m.start()].rstrip(" \t")
    if before and before[-1] not in ":,;(\n" and _word_before(folded, m.start()) not in _AT_WORDS:
        return h  # "tổng số⏎12 ...": a count's word, no house's
    return dataclasses.replace(h, start=m.start())


#: the words right before a house's word that lead to where one lives (folded): "tại số",
#: "ở số", "trú số", "chỉ số" (địa chỉ), "là số"
_AT_WORDS = frozenset(("tai", "o", "tru", "chi", "la"))


#: a road's kilometre word right before a chain that opens with its number (folded): "Km 12
#: quốc lộ 14, thôn 6, ...", "km12 ql1a"
_KILOMETRE_BEFORE = re.compile(r"(?<![a-z0-9])km[ \t.]*$")


def _with_kilometre_before(doc: Document, h: Detection) -> Detection:
    """``h`` from the kilometre word when the chain opens with the kilometre's number ("Km 12
    quốc lộ 14, thôn 6, xã Đắk Mil, ..."): the address is the road's kilometre, word and
    number, as a house is its number."""
    if not doc.text[h.start : h.start + 1].isdigit():
        return h
    m = _KILOMETRE_BEFORE.search(doc.folded, max(0, h.start - 6), h.start)
    return h if m is None else dataclasses.replace(h, start=m.start())


def _whole_address_at(doc: Document, pos: int) -> bool:
    """Whether the chain at ``pos`` opens with a house number or a unit finer than a commune
    (a hamlet, a residents' group, a street, a flat: ``_UNITS`` level 0): an address whole,
    not a commune's or a province's new name."""
    if doc.text[pos : pos + 1].isdigit():
        return True
    key = _key_at(doc.folded_cased, pos)
    return key is not None and _UNITS.get(key, 1) == 0


#: between a village and its commune in chat: "ở" ("bản na ở xã mường khương")
_JOIN_O = re.compile(r"[ \t]+(?:ở|o)[ \t]+", re.IGNORECASE)
#: between a unit's old name and its new one: "thị trấn Đông Anh cũ (nay là xã Đông Anh, ...)"
_JOIN_NOW = re.compile(
    r"[ \t]+(?:cũ|cu)?[ \t]*\([ \t]*(?:nay|now|hiện nay|hien nay)"
    r"(?:[ \t]+(?:là|la|thuộc|thuoc|is))?[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
#: between a unit's new name and its old one: "phường bình thới (cũ phường 5, quận 11)",
#: "xã đông anh (trước đây là thị trấn đông anh)"
_JOIN_OLD = re.compile(
    r"[ \t]*\([ \t]*(?:cũ|cu|trước đây|truoc day|trước|truoc)(?:[ \t]+(?:là|la|thuộc|thuoc))?"
    r"[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
_CLOSE = re.compile(r"[ \t]*\)")
_COMMA_AFTER = re.compile(r"[ \t]*,[ \t]*")
#: a city's or province's unit word before its name (folded): "tp ", "tp. ", "thành phố "
_CITY_WORD = re.compile(r"(?:tp\.?|thanh[ \t]+pho|tinh)[ \t]*(?=[a-z])", re.IGNORECASE)


def _renamed_in_brackets(
    doc: Document, pending: Detection, chain: tuple[int, int, list[_Link], int, bool]
) -> bool:
    """Whether ``chain`` is a unit's old or new name in brackets right after the address
    ``pending`` ends ("phường bình thới (cũ phường 5)", "thị trấn Đông Anh (nay là xã Đông
    Anh)"): the bracket opens right before it and closes right after it."""
    start, end, comps = chain[0], chain[1], chain[2]
    if not comps or pending.end >= start or _CLOSE.match(doc.text, end) is None:
        return False
    between = doc.text[pending.end : start]
    if _JOIN_OLD.fullmatch(between) is None and _JOIN_NOW.fullmatch(between) is None:
        return False
    # an address whole up to its province or city, then a note in brackets ("..., tỉnh Tuyên
    # Quang (trước là tỉnh Hà Giang)"): the note is no part of it
    return not _ends_high(doc, pending)


#: a province's or a city's unit word opening an address's last part (folded)
_HIGH_PART = re.compile(r"(?:tinh|tp|t\.p|thanh pho)(?![a-z])")


def _ends_high(doc: Document, h: Detection) -> bool:
    """Whether the address ``h`` ends with its province or city: its last comma-separated
    part opens with "tỉnh", "TP", "thành phố" or is a known province ("..., Hà Nội")."""
    last = doc.folded[h.start : h.end].rsplit(",", 1)[-1].strip()
    return _HIGH_PART.match(last) is not None or last in _provinces()


def _joined(doc: Document, first: Detection, second: Detection) -> Detection | None:
    """One address of two chains found apart: a village, "ở", then its commune or district
    ("ban na o xa muong khuong tinh lao cai"); an old unit, then its new name in brackets
    ("tổ 3 khối 5 thị trấn Đông Anh cũ (nay là xã Đông Anh, Hà Nội)"). Otherwise None."""
    text = doc.text
    cased = doc.folded_cased
    between = text[first.end : second.start]
    now = _JOIN_NOW.fullmatch(between)
    if now is None and _JOIN_OLD.fullmatch(between) is not None and not _ends_high(doc, first):
        now = _JOIN_OLD.fullmatch(between)  # (a whole address's note after it stays out)
    if now is not None:
        if _whole_address_at(doc, second.start):
            return None  # "xóm 13, xã Diễn Kỷ, ... (nay là xóm 13, xã Diễn Châu, ...)": two
        close = _CLOSE.match(text, second.end)
        end = close.end() if close is not None else second.end
        comma = _COMMA_AFTER.match(text, end) if close is not None else None
        if comma is not None:
            # "... phường bình thới (cũ phường 5, quận 11), tp hcm": the city after the bracket
            word = _CITY_WORD.match(doc.folded, comma.end())
            city = _province_or_letters_at(doc.folded, word.end() if word else comma.end())
            if city is not None:
                end = city
        return dataclasses.replace(first, end=end, score=max(first.score, second.score))
    first_key = _key_at(cased, first.start)
    if (
        first_key in _PREMISES
        and _COMMA.fullmatch(between) is not None
        and text[second.start : second.start + 1].isdigit()
    ):
        # "căn hộ 1208 tầng 12 block b chung cư hoàng anh gia lai, 7/1 thành thái, ...": a
        # flat in its estate (whose name ends on a province's), then the estate's street
        return dataclasses.replace(first, end=second.end, score=max(first.score, second.score))
    if _JOIN_O.fullmatch(between) is None:
        return None
    key = _key_at(cased, second.start)
    if key is None or first_key is None or _UNITS.get(key, 0) < 1:
        return None
    if first_key not in _ALONE_VILLAGE_UNITS:
        return None  # "xã A ở huyện B" is two places as often as one
    return dataclasses.replace(first, end=second.end, score=max(first.score, second.score))


#: a row's number a PDF table's rows run into one line left at a chain's end: a number of one
#: to three digits after a place's name, then a capitalised name of two words or more ("... tỉnh
#: Sơn La 2 Cầm Văn Ỏi 1979 ..."): the next row's number, not the place's
_NEXT_ROW_NUMBER = re.compile(r"(?<=[^\W\d_])[ \t]+\d{1,3}$")
#: the words a number belongs to in an address (folded): "phường 2", "tổ 3", "khu phố 4", "số 5"
_NUMBERED_UNITS = frozenset(
    "phuong quan to thon xom ap khom doi khu pho kp so ngo ngach hem kiet lo block tang phong "
    "can nha duong hamlet ward district zone".split()
)


def _without_next_row_number(doc: Document, h: Detection) -> Detection:
    """``h`` without the next row's number at its end when a PDF table's rows ran into one
    line ("bản Hua Pàu, xã Thuận Châu, tỉnh Sơn La 2 Cầm Văn Ỏi ..." -> "... tỉnh Sơn La"):
    the number follows a place's name, not a unit's word ("phường 2"), and a capitalised name
    of two words or more follows it."""
    text = doc.text
    m = _NEXT_ROW_NUMBER.search(text, max(h.start, h.end - 6), h.end)
    if m is None:
        return h
    after = text[h.end : h.end + 40].split()
    if len(after) < 2 or not all(w[:1].isupper() and w[:1].isalpha() for w in after[:2]):
        return h
    before = doc.folded[h.start : m.start()].split()
    if not before or before[-1] in _NUMBERED_UNITS:
        return h
    return dataclasses.replace(h, end=m.start())


#: a unit's word an address's first line may end with before its name on the next (folded)
_DANGLING_UNIT = r"(?:xa|phuong|huyen|quan|thi xa|thi tran|tinh|thanh pho|tp\.?)"
#: a page's footer or header a PDF export puts between two lines (folded, one line): its
#: number ("- 1 -", "Trang 1/2", "Page 3", "12") or a heading in capitals (read on the text)
_PAGE_NUMBER_LINE = re.compile(
    r"[ \t]*(?:[-\u2013][ \t]*\d{1,4}[ \t]*[-\u2013]|(?:trang|page)[ \t]*\d{1,4}"
    r"(?:[ \t]*(?:/|of|tren)[ \t]*\d{1,4})?|\d{1,4})[ \t]*\r?\n"
)
_QUOTE_PREFIX = re.compile(r"(?:[ \t]*>)+[ \t]*")
#: what joins an address's first line to its next: a comma, a unit's word left dangling, the
#: line break, and a mail's quote marks on the next line ("phố Vĩnh Phúc,⏎> phường Ngọc Hà")
_LINE_JOIN = re.compile(r",?[ \t]*(?P<unit>" + _DANGLING_UNIT + r")?[ \t]*\r?\n")
#: the rest of an address on the line after a page's footer: a place's name in capitalised
#: words, then the province ("Thuận Thành, tỉnh Bắc Ninh")
_CAPITALISED_TAIL = re.compile(
    r"[^\W\d_][^\s,.;:]*(?:[ \t]+[^\W\d_][^\s,.;:]*){0,3}[ \t]*,[ \t]*"
    r"(?:tỉnh|thành phố|tp\.?|TP\.?)[ \t]+[^\W\d_][^\s,.;:]*(?:[ \t]+[^\W\d_][^\s,.;:]*){0,3}"
)
#: the most lines of a page's footer and header between an address's two lines
_PAGE_BREAK_LINES = 3


def _capitalised_end(text: str, start: int, end: int) -> int:
    """Where the words from ``start`` to ``end`` stop being capitalised after the first
    comma's unit word ("Thuận Thành, tỉnh Bắc Ninh và bà" -> "... Bắc Ninh")."""
    comma = text.find(",", start, end)
    words = list(re.finditer(r"\S+", text[comma + 1 : end]))
    # the province's word ("tỉnh", "TP"), two for "thành phố"
    unit = 2 if len(words) > 2 and words[0].group().lower() == "thành" else 1
    last = comma + 1 + words[unit - 1].end()
    for w in words[unit:]:
        if not w.group()[0].isupper():
            break
        last = comma + 1 + w.end()
    return last


def _is_heading(line: str) -> bool:
    """Whether ``line`` is a page's heading in capitals ("BIÊN BẢN HÒA GIẢI")."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _continuation(doc: Document, end: int) -> tuple[int, bool] | None:
    """Where an address cut at ``end`` by a line break goes on (past a mail's quote marks and
    a PDF page's footer and header), and whether a page's footer stood in between; None when
    no line break follows ``end``."""
    text, folded = doc.text, doc.folded
    m = _LINE_JOIN.match(folded, end)
    if m is None:
        return None
    pos = m.end()
    q = _QUOTE_PREFIX.match(text, pos)
    pos = q.end() if q else pos
    paged = False
    for _ in range(_PAGE_BREAK_LINES):
        p = _PAGE_NUMBER_LINE.match(folded, pos)
        if p is not None:
            paged = True
            pos = p.end()
            continue
        line_end = text.find("\n", pos)
        if paged and line_end > pos and _is_heading(text[pos:line_end]):
            pos = line_end + 1
            continue
        break
    q = _QUOTE_PREFIX.match(text, pos)
    pos = q.end() if q else pos
    return pos, paged or m.group("unit") is not None


def _before_page_line(doc: Document, h: Detection) -> Detection:
    """``h`` cut before a line break inside it that a page's footer follows: the chain read
    the footer's word as the dangling unit's name ("thôn Đông Hồ, xã⏎Trang 2/3⏎Thuận Thành":
    no commune "Trang"); the address goes on after the footer (``_across_line_breaks``)."""
    text = doc.text
    nl = text.find("\n", h.start, h.end)
    while nl >= 0:
        if _PAGE_NUMBER_LINE.match(doc.folded, nl + 1) is not None:
            end = nl
            while end > h.start and text[end - 1] in " \t\r":
                end -= 1
            return dataclasses.replace(h, end=end) if end > h.start else h
        nl = text.find("\n", nl + 1, h.end)
    return h


def _across_line_breaks(doc: Document, hits: list[Detection]) -> list[Detection]:
    """Addresses a line break cut in two, as one span: a mail's quoted reply ("số 5 ngõ 34
    phố Vĩnh Phúc,⏎> phường Ngọc Hà, Hà Nội"), a PDF page's footer and header between the
    two lines ("thôn Đông Hồ, xã⏎- 1 -⏎BIÊN BẢN HÒA GIẢI⏎Thuận Thành, tỉnh Bắc Ninh"): the
    first part and the next found right after the break, or the place's name and province
    after a unit's word left dangling or a page's footer."""
    ordered = sorted((_before_page_line(doc, h) for h in hits), key=lambda h: h.start)
    out: list[Detection] = []
    i = 0
    while i < len(ordered):
        h = ordered[i]
        while True:
            cont = _continuation(doc, h.end)
            if cont is None:
                break
            pos, dangling = cont
            nxt = ordered[i + 1] if i + 1 < len(ordered) else None
            if (
                nxt is not None
                and nxt.start == pos
                and (dangling or (">" in doc.text[h.end : pos]))
            ):
                h = dataclasses.replace(h, end=nxt.end, score=max(h.score, nxt.score))
                i += 1
                continue
            if dangling and (t := _CAPITALISED_TAIL.match(doc.text, pos)) is not None:
                h = dataclasses.replace(h, end=_capitalised_end(doc.text, t.start(), t.end()))
            break
        out.append(h)
        i += 1
    return out


#: a house's number and street typed plain (OCR that lost a line's marks, a clerk who typed
#: part of it without them) right before a chain whose ward or province keeps its marks, a
#: comma between (folded): "ngụ tại so 77 duong Ba Trieu, phường Hạc Thành, ..."
_PLAIN_STREET_BEFORE = re.compile(
    r"(?<![a-z0-9])(?:so(?:[ \t]+nha)?[ \t]+)?\d{1,5}[a-z]?(?:/\d{1,5}[a-z]?){0,2}[ \t]+"
    r"(?:duong|pho|ngo|hem|kiet)[ \t]+[a-z]+(?:[ \t]+[a-z]+){0,3}[ \t]*,[ \t]*$"
)


def _with_plain_street_before(doc: Document, h: Detection) -> Detection:
    """``h`` widened left over a house and street typed without marks right before it, after
    a residence's cue ("ngụ tại so 77 duong Ba Trieu, phường Hạc Thành, tỉnh Thanh Hóa"):
    the chain read from the ward, the plain words not being the units' own spellings."""
    folded = doc.folded
    if h.start < 8 or folded[h.start - 2 : h.start].strip() not in (",", ""):
        return h
    m = _PLAIN_STREET_BEFORE.search(folded, max(0, h.start - 60), h.start)
    if m is None or not doc.text[m.start() : h.start].isascii():
        return h
    if _RESIDENCE.before(doc, m.start()) is None:
        return h
    return dataclasses.replace(h, start=m.start())
