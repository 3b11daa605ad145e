"""The candidate scan and its gates (``_detect``): where chains may start, the cheap literal
gates before each reading, and the wards and chains read after "ở" without a unit word."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from ai_guard.detectors.address.bare_streets import (
    _GLUED_DISTRICT_GATE,
    _LABEL_GATE,
    _bare_streets,
    _house_on_named_street,
    _street_then_glued,
    _streets,
)
from ai_guard.detectors.address.chain import _BUILDING, _chain
from ai_guard.detectors.address.component import _component, _component_at
from ai_guard.detectors.address.english import _english, _title_view
from ai_guard.detectors.address.judge import _judge
from ai_guard.detectors.address.lexicon import (
    _UNITS,
    BASE_SCORE,
    DETECTOR_ID,
    SCORE_CUED,
    _Component,
    _is_unit_word,
    _UnitWords,
)
from ai_guard.detectors.address.lower_case import _SEP, _lower_name
from ai_guard.detectors.address.people import _surname
from ai_guard.detectors.address.spans import _joined, _renamed_in_brackets
from ai_guard.detectors.address.venues import _PREMISES
from ai_guard.detectors.address.villages import _column_village
from ai_guard.detectors.address.wards import (
    _BARE_ABBREVIATIONS,
    _bare_ward_possible,
    _ward_then_higher,
)
from ai_guard.detectors.base import Detection
from ai_guard.models import EntityType
from ai_guard.text import Document
from ai_guard.text.match import holds_any

#: what may start an English chain: one of its unit words (a cheap gate before the regex:
#: substring tests, faster than one regex scan)
_EN_GATE = ("Street", "Ward", "District", "City", "Road", "Commune", "Province", " St", " Ave")
#: the same unit words in lower case (chat): the English chain is then read on a view with
#: every word capitalised but English function words (``_title_view``)
_EN_GATE_LC = (" street", " ward", " district", " city", " road", " commune", " province",
               " hamlet", " village", " alley", " lane", " avenue", " boulevard")  # fmt: skip
#: what each word of both gates holds in lower case: none of these in the folded view, no
#: gate can open (fourteen substring tests where Vietnamese text took all twenty-two). Pieces
#: no Vietnamese word holds ("reet", not "st": "STP", "STT" are common abbreviations)
_EN_ANY = ("reet", "rict", " st", "ward", "city", "road", "commune", "province", " ave",
           "hamlet", "village", "alley", "lane", "boulevard")  # fmt: skip
#: what makes a chain read on the capitalised view an address: a number, or a unit below the
#: city ("nguyen hue walking street, le loi boulevard" is a sight, no one's address)
_EN_LC_FINE = re.compile(
    r"\d|(?<![a-z])(?:ward|commune|district|hamlet|village|province|town)(?![a-z])"
)


#: a lower-case word, a space and a digit: what any house after a listed name needs, one
#: search before ``_house_on_named_street`` is called
_HOUSE_AFTER_NAME_GATE = re.compile(r"\d(?<=[a-z] \d)")


def _detect(doc: Document) -> Iterator[Detection]:
    cased = doc.folded_cased
    english: list[Detection] = []
    maybe_english = holds_any(doc.folded, _EN_ANY)
    if maybe_english and (holds_any(cased, _EN_GATE) or holds_any(cased, _EN_GATE_LC)):
        english = list(_english(doc, cased))
        yield from english
    if maybe_english and holds_any(cased, _EN_GATE_LC):
        # lower-case chat in English word order: "hamlet 4, ea tu commune, dak lak province"
        for en_hit in _english(doc, _title_view(cased)):
            if any(c.isupper() for c in cased[en_hit.start : en_hit.end]):
                continue  # capitals inside: the proper reading above had its say
            if _EN_LC_FINE.search(cased, en_hit.start, en_hit.end) is None:
                continue
            if not any(e.start < en_hit.end and en_hit.start < e.end for e in english):
                english.append(en_hit)
                yield en_hit
    spans: list[tuple[int, int]] = [(e.start, e.end) for e in english]
    # streets without a unit word, kept back until the unit chains are read: a flat or
    # room before one ("căn hộ 12.08 block B chung cư X, 23 Nguyễn Hữu Thọ, ...") is its
    streets: dict[int, Detection] = {}
    if "," in cased:
        for street in _streets(doc):
            if not any(s < street.end and street.start < e for s, e in spans):
                spans.append((street.start, street.end))
                streets[street.start] = street
    for street in _bare_streets(doc):
        if not any(s < street.end and street.start < e for s, e in spans):
            spans.append((street.start, street.end))
            yield street
    if "p " in doc.folded or "x " in doc.folded:
        for ward in _bare_wards(doc):
            if not any(s < ward.end and ward.start < e for s, e in spans):
                spans.append((ward.start, ward.end))
                yield ward
    if _GLUED_DISTRICT_GATE.search(doc.folded) is not None:
        for glued in _street_then_glued(doc):
            if not any(s < glued.end and glued.start < e for s, e in spans):
                spans.append((glued.start, glued.end))
                yield glued
    if (
        "o " in doc.folded
        or _LABEL_GATE.search(doc.folded) is not None
        or _HOUSE_AFTER_NAME_GATE.search(doc.folded) is not None
    ):
        for house in _house_on_named_street(doc):
            if not any(s < house.end and house.start < e for s, e in spans):
                spans.append((house.start, house.end))
                yield house
    if "o " in doc.folded:
        for glued in _glued_after_o(doc):
            if not any(s < glued.end and glued.start < e for s, e in spans):
                spans.append((glued.start, glued.end))
                yield glued
    spans.sort()
    pos = 0
    span_i = 0
    words = _UnitWords(cased)
    # a flat or room the last chain read, right before the next one after a comma
    premises: tuple[int, int] | None = None
    # villages typed plain, each alone in a table cell under a residence column
    cells: list[Detection] = []
    # the last chain found, held until the next one shows whether it goes on ("bản na ở
    # xã mường khương", "thị trấn Đông Anh cũ (nay là xã Đông Anh, Hà Nội)")
    pending: Detection | None = None
    while True:
        comp: _Component | None = None
        while (found := words.first(pos)) is not None:
            s, pos = found  # the next unit word starts after this one ends
            if s > 0 and cased[s - 1].isalnum():
                continue  # inside a word (a letter or digit beyond ASCII)
            if spans:
                while span_i < len(spans) and spans[span_i][1] <= s:
                    span_i += 1
                if span_i < len(spans) and spans[span_i][0] <= s:
                    continue  # inside a street address found already
            if (cased[s - 1] == "\t" or cased[s - 2 : s] == "| ") and cased[s].islower():
                cell = _column_village(doc, s, pos)
                if cell is not None:
                    cells.append(cell)
                    pos = cell.end
                    continue
            comp = _component(doc, s, pos)
            if comp is not None and not _is_unit_word(comp[3]) and not _surname(doc, comp):
                if comp[4] == "pho" and _DEPUTY.match(doc.folded, s) is not None:
                    comp = None  # "Pho Chu tich UBND": "Phó Chủ tịch" typed plain
                    continue
                break
            comp = None
        if comp is None:
            break
        chain = _chain(doc, comp)
        pos = chain[1]
        hit = _judge(doc, *chain)
        if hit is None and pending is not None and _renamed_in_brackets(doc, pending, chain):
            # "xã Ea Tu (trước là xã Hòa Thuận), tỉnh Đắk Lắk": the unit's other name in
            # brackets, a unit alone that the chain before vouches for
            hit = dataclasses.replace(pending, start=chain[0], end=chain[1])
        if hit is None and all(k in _PREMISES for _, _, _, k in chain[2]):
            sep = _SEP.match(cased, chain[1])
            if sep is not None and "," not in cased[chain[1] : sep.end()]:
                # "phòng 305 nhà A2, 12 Tạ Quang Bửu, ...": the building by its code
                building = _BUILDING.match(cased, sep.end())
                if building is not None:
                    sep = _SEP.match(cased, building.end())
            if sep is not None and "," in cased[chain[1] : sep.end()]:
                following = streets.get(sep.end())
                if following is not None:
                    streets[following.start] = dataclasses.replace(following, start=chain[0])
                elif premises is None or premises[1] < chain[0]:
                    premises = (chain[0], sep.end())
                else:
                    premises = (premises[0], sep.end())  # "phòng 3, tòa B, ..."
                continue
        if hit is not None and premises is not None and premises[1] == hit.start:
            hit = dataclasses.replace(hit, start=premises[0])
        premises = None
        if hit is not None:
            # "tầng lửng số 12 Hàng Bông, Hoàn Kiếm, ...": a chain that runs into a street
            # held back (found from its number, without a unit word) starts that street
            held = next((t for t in streets.values() if hit.start < t.start < hit.end), None)
            if held is not None and hit.end <= held.end:
                streets[held.start] = dataclasses.replace(held, start=hit.start)
                continue
        if hit is not None and not any(a < hit.end and hit.start < b for a, b in spans):
            if pending is not None:
                joined = _joined(doc, pending, hit)
                if joined is not None:
                    pending = joined
                    continue
                yield pending
            pending = hit
    if pending is not None:
        yield pending
    yield from streets.values()
    yield from cells


def _bare_wards(doc: Document) -> Iterator[Detection]:
    """A ward or commune by its bare letter ("p", "x": no dot) and a lower-case name,
    after "ở" or a quarter glued to its number, where a district or city follows ("ở p
    long bình q9 tphcm", "kp3 p long binh q9"): the chain it starts is an address."""
    folded = doc.folded
    if not _bare_ward_possible(folded):
        return
    cased = doc.folded_cased
    for m in _BARE_WARD_START.finditer(folded):
        g = 1 if m.group(1) is not None else 2
        if cased[m.start(g) : m.end(g)] != m.group(g):
            continue  # "ở P ...": a capital is something else
        short = _BARE_ABBREVIATIONS[m.group(g)]
        read = _lower_name(doc.folded, m.end(g), short, doc.text, True)
        if read is None or not _ward_then_higher(doc, read[0], short):
            continue
        comp: _Component = (
            m.start(g), read[0], _UNITS[short], cased[m.end(g) : read[0]].strip(), short,
            read[1],
        )  # fmt: skip
        start, end, comps, lower, known = _chain(doc, comp)
        if len(comps) < 2:
            continue
        hit = _judge(doc, start, end, comps, lower, known)
        if hit is not None:
            yield dataclasses.replace(hit, pattern="address.bare_ward")


def _glued_after_o(doc: Document) -> Iterator[Detection]:
    """A ward or district by its letter glued to its number right after "ở" ("nhà em ở
    q1", "o p12 q3 tp hcm"): chat's way of writing "phường 12, quận 3"; the chain that
    follows ("tp hcm") is the address's too. A ward alone needs that chain ("ở p3" may
    be a page)."""
    cased = doc.folded_cased
    for m in _GLUED_AFTER_O.finditer(doc.folded):
        if m.group(1) != cased[m.start(1) : m.end(1)].lower() and not m.group(1).isupper():
            continue
        end = m.end()
        sep = _SEP.match(cased, end)
        if sep is not None:
            nxt = _component_at(doc, sep.end(), "quan")
            if nxt is not None and nxt[2] >= 2:
                end = _chain(doc, nxt)[1]
        if "q" not in m.group(1).lower() and end == m.end():
            continue  # "ở p3 của tài liệu": a page or a part as often as a ward
        yield Detection(
            EntityType.ADDRESS,
            m.start(1),
            end,
            SCORE_CUED,
            DETECTOR_ID,
            pattern="address.glued_after_o",
            base_score=BASE_SCORE,
            context="o",
        )


#: "ở q1", "o p12 q3": a ward or district by its letter glued to its number right after "ở"
#: (on the folded view; a number that goes on, a decimal or a unit after it is something else:
#: "q1 2024", "p12.5", "q1 năm"). The literal "o" comes first and its left boundary is a
#: look-behind after it: the engine then skips to each "o" in C, where a look-behind in front
#: made it try every position (a 200 KB text took 15 ms instead of 0.4)
_GLUED_AFTER_O = re.compile(
    r"o(?<![a-z0-9]o)[ \t]+([pq](?:[1-9]|[12][0-9])(?:[ \t,]+[pq](?:[1-9]|[12][0-9]))?)"
    r"(?![\w./%]|[ \t]+(?:nam|va|den|toi|hoac)\b|[ \t]*[-/]?[ \t]*\d)"
)


#: chat's ward or commune by its bare letter after "ở" or a quarter glued to its number ("ở
#: p long bình q9", "kp3 p long binh q9 tphcm"), on the folded view
_BARE_WARD_START = re.compile(
    r"(?<![a-z0-9])(?:o|tai|tru)[ \t]+([px])[ \t]+(?=[a-z])"
    r"|(?<![a-z0-9])(?:kp|tdp)\d{1,3}[ \t]*,?[ \t]*([px])[ \t]+(?=[a-z])"
)


#: "phó" and an office typed without diacritics, which reads as "phố" and a street
_DEPUTY = re.compile(
    r"pho[ \t]+(?:chu[ \t]+(?:tich|nhiem)|giam[ \t]+doc|thu[ \t]+(?:truong|tuong)|bi[ \t]+thu"
    r"|tong[ \t]+(?:giam|bi|cuc)|chanh[ \t]+(?:an|van|thanh)|hieu[ \t]+truong"
    r"|(?:vien|cuc|doi)[ \t]+truong|tu[ \t]+lenh|truong[ \t]+(?:phong|ban|khoa|tram|doan)"
    r"|ban[ \t]+(?:chi|quan|tiep|dan|to))(?![a-z])"
)
