"""Addresses in English word order, abroad too ("1520 Tully Road, San Jose, CA 95122, USA")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ai_guard.detectors.address.bare_streets import _STREET_BACK
from ai_guard.detectors.address.component import _EN_FUNCTION
from ai_guard.detectors.address.judge import _judge
from ai_guard.detectors.address.lexicon import _CAPWORD, _key_at, _known, _Link, _places
from ai_guard.detectors.address.lower_case import _SEP
from ai_guard.detectors.address.villages import _village_before
from ai_guard.detectors.base import Detection
from ai_guard.text import Document, fold_word

# English word order: "12 Le Loi Street, Ben Nghe Ward, District 1, Ho Chi Minh City"
_EN_UNIT = (
    r"(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Boulevard|Blvd\.|Lane|Alley|Ward|District|Commune"
    r"|Village|Hamlet|Town|City|Province"
    # in lower case after a capitalised name, as an English text translates a Vietnamese
    # address: "Mường Khến hamlet, Tân Lạc commune, Phú Thọ province"
    r"|street|road|avenue|boulevard|lane|alley|ward|district|commune|village|hamlet|town|city"
    r"|province)"
)
_EN_COMPONENT = re.compile(
    rf"(?:(?:No\.?[ \t]*)?\d{{1,5}}[A-Za-z]?(?:/\d{{1,5}})*[ \t]+)?"
    rf"(?:{_CAPWORD}[ \t]+){{1,4}}{_EN_UNIT}(?![a-z])"
    rf"|(?:Ward|District|Hamlet|Group|No\.?|Number|Lane|Alley|Room|Block|Floor|Apartment|Apt\.?"
    r"|Building|Tower|Lot|Plot)[ \t]*[A-Z]?\d{1,5}[A-Z]?(?:[/\-]\d{1,5})*(?![\w])"
    # a flat, plot or room in lower case, its number with a floor's dot ("flat 3.07", "plot
    # C12", "unit 12A"), and a tower or block by its letter ("Tower C", "Block B")
    r"|(?:flat|plot|lot|room|unit|apartment|apt\.?|Flat|Unit)[ \t]+[A-Z]?\d{1,5}[A-Z]?"
    r"(?:[./\-]\d{1,5})?(?![\w.]\w|\w)"
    r"|(?:Tower|Block|Building)[ \t]+[A-Z](?![\w])"
)
#: the premises of English word order: rooms, flats, floors, buildings ("Room 105, Building
#: C" alone locates a clinic inside a hospital)
_EN_PREMISES = re.compile(
    r"(?:room|flat|floor|apartment|apt|unit|block|building|tower|lot|plot)(?![a-z])", re.I
)
#: an estate's kind after its name, in lower case ("Phú Mỹ resettlement area", "Long Hậu
#: industrial park"), between two components of an English chain
_EN_ESTATE_KIND = re.compile(
    r"[ \t]+(?:(?:resettlement|residential|urban|new|industrial|housing)[ \t]+)?"
    r"(?:area|zone|park|estate|compound|quarter|complex)(?![\w])"
)
#: a house number and street with no unit word, then a comma, inside an English chain
_EN_NUMBERED_STREET = re.compile(
    rf"(\d{{1,5}}[A-Za-z]?(?:/\d{{1,5}})*[ \t]+{_CAPWORD}(?:[ \t]+{_CAPWORD}){{0,3}})[ \t]*,[ \t]*"
)


def _en_street_then_unit(cased: str, pos: int) -> bool:
    """Whether a house number and street without a unit word start at ``pos``, a component
    of English word order after their comma ("2 Tôn Đức Thắng, Sài Gòn ward")."""
    street = _EN_NUMBERED_STREET.match(cased, pos)
    return street is not None and _EN_COMPONENT.match(cased, street.end()) is not None


#: a state or region and its postcode, only inside an English chain: "CA 95122", "VIC 3171"
_EN_POSTCODE = re.compile(r"[A-Z]{2,3}[ \t]+\d{4,5}(?:-\d{4})?(?![\w])")
_LOWER_WORD = re.compile(r"(?<![A-Za-z0-9'])[a-z]+")


def _title_view(cased: str) -> str:
    """``cased`` with each lower-case word capitalised but the English function words (the
    same length, so offsets hold): "no 5 alley 12 hoang hoa tham street" reads as "No 5 Alley
    12 Hoang Hoa Tham Street" for the English chain."""
    view = _LOWER_WORD.sub(
        lambda m: m.group(0) if m.group(0) in _EN_FUNCTION else m.group(0).capitalize(), cased
    )
    # a state and its postcode abroad: "ca 95122", "vic 3171"
    return _LC_POSTCODE.sub(lambda m: m.group(0).upper(), view)


_LC_POSTCODE = re.compile(r"(?<![A-Za-z0-9])[A-Z][a-z]{1,2}(?=[ \t]+\d{4,5}(?![\w]))")


def _en_known(cased: str, pos: int) -> int | None:
    """The end of a known place or country of one to four capitalised words at ``pos``, the
    longest ("Hanoi" in "Hanoi Says", "Ho Chi Minh City")."""
    m = _EN_BARE.match(cased, pos)
    if m is None:
        return None
    words = list(re.finditer(r"\S+", m.group(0)))
    places = _places() | _known()
    for n in range(len(words), 0, -1):
        if fold_word(m.group(0)[: words[n - 1].end()]) in places:
            return pos + words[n - 1].end()
    return None


#: a house number and a Vietnamese lane word right before an English street's number
_EN_LANE_BEFORE = re.compile(
    r"(?<![\w/])(?:\d{1,5}[a-z]?(?:/\d{1,5})?[ \t]+)?(?:kiet|hem|ngo|ngach)[ \t]+$"
)
_EN_BARE = re.compile(rf"{_CAPWORD}(?:[ \t]+{_CAPWORD}){{0,3}}(?![\w])")
#: a lane or alley by its number, after which the street's name follows with no unit word:
#: "Lane 218 Lac Long Quan, Buoi Ward"
_EN_LANE = re.compile(r"(?:Lane|Alley|Hem|Ngo|Kiet)[ \t]*\d{1,5}[A-Za-z]?(?:/\d{1,5})*$")


def _en_street_after_lane(cased: str, comp_start: int, comp_end: int, pos: int) -> int | None:
    """Where the street's name after a lane ("Lane 218 Lac Long Quan, Buoi Ward") ends: a
    name of capitalised words right after the lane's number, then a comma and another
    component or a known place; None when no such name follows."""
    if _EN_LANE.search(cased, comp_start, comp_end) is None:
        return None
    bare = _EN_BARE.match(cased, pos)
    if bare is None or _EN_COMPONENT.match(cased, pos) is not None:
        return None
    after = _SEP.match(cased, bare.end())
    if after is None or "," not in cased[bare.end() : after.end()]:
        return None
    if _EN_COMPONENT.match(cased, after.end()) is None and _en_known(cased, after.end()) is None:
        return None
    return bare.end()


#: Huế's lane word right before that house number: "kiệt 37 Trần Phú, ..."
_KIET_BEFORE = re.compile(r"(?<![\w])(?:[Kk]iet|KIET)[ \t]+$")


def _english(doc: Document, cased: str) -> Iterator[Detection]:
    """English word order on ``cased`` (the folded view, or ``_title_view`` of it)."""
    pos = 0
    while True:
        m = _EN_COMPONENT.search(cased, pos)
        if m is None:
            return
        cased_start = m.start()
        comps: list[_Link] = [(cased_start, m.end(), 0, _key_at(cased, cased_start))]
        end = m.end()
        while True:
            sep = _SEP.match(cased, end)
            gap = cased[end : sep.end()] if sep is not None else ""
            if sep is None:
                break
            if not ("," in gap or "\n" in gap):
                # chat types no commas: "no 5 alley 12 hoang hoa tham street ngoc ha ward
                # hanoi": only a component with its unit word, or a known place, goes on
                unit = _EN_COMPONENT.match(cased, sep.end())
                n_end = unit.end() if unit is not None else _en_known(cased, sep.end())
                if n_end is None:
                    n_end = _en_street_after_lane(cased, comps[-1][0], end, sep.end())
                if n_end is None:
                    break
                comps.append((sep.end(), n_end, 1, _key_at(cased, sep.end())))
                end = n_end
                continue
            nxt = _EN_COMPONENT.match(cased, sep.end()) or _EN_POSTCODE.match(cased, sep.end())
            if nxt is None:
                # "Flat 1207, Tower B2, Vinhomes Golden River, 2 Tôn Đức Thắng, Sài Gòn
                # ward, ...": a house number and street without a unit word, inside a
                # chain, where a component follows it after a comma
                street = _EN_NUMBERED_STREET.match(cased, sep.end())
                if street is not None and _en_street_then_unit(cased, sep.end()):
                    comps.append((sep.end(), street.end(1), 1, None))
                    end = street.end(1)
                    continue
            if nxt is None:
                bare = _EN_BARE.match(cased, sep.end())
                if bare is None:
                    break
                known_end = _en_known(cased, sep.end())
                known = known_end is not None
                bare_end = bare.end()
                kind = _EN_ESTATE_KIND.match(cased, bare_end)
                if kind is not None:
                    bare_end = kind.end()
                after = _SEP.match(cased, bare_end)
                # a building or estate name between two components ("Vinhomes Central Park")
                inside = (
                    after is not None
                    and "," in cased[bare_end : after.end()]
                    and (
                        _EN_COMPONENT.match(cased, after.end()) is not None
                        or _EN_POSTCODE.match(cased, after.end()) is not None
                        or _en_street_then_unit(cased, after.end())
                    )
                )
                if not (known or inside):
                    break
                if known_end is not None and not inside:
                    comps.append((sep.end(), known_end, 1, None))
                    end = known_end
                    continue
                comps.append((bare.start(), bare_end, 1, None))
                end = bare_end
                continue
            comps.append((nxt.start(), nxt.end(), 1, _key_at(cased, nxt.start())))
            end = nxt.end()
        pos = end
        alone = len(comps) < 2 and not m.group(0)[:1].isdigit()
        if alone and cased[max(0, m.start() - 2) : m.start()].strip() != ",":
            continue  # "Ho Chi Minh City" alone is a city, not an address
        if all(_EN_PREMISES.match(cased, c[0]) is not None for c in comps):
            continue  # "Room 105, Building C": a place inside one, no one's address
        start = m.start()
        lane = _EN_LANE_BEFORE.search(doc.folded, max(0, start - 24), start)
        if lane is not None and m.group(0)[:1].isdigit():
            start = lane.start()  # "12 kiệt 45 Phan Bội Châu Street": Huế's lane first
        if not m.group(0)[:1].isdigit() and cased[max(0, start - 2) : start].strip() == ",":
            # a house number and a street with no unit word before the chain, as a
            # Vietnamese address is written ("12 Hải Thượng Lãn Ông, Chợ Lớn ward, ...")
            street = _STREET_BACK.search(cased, max(0, start - 60), start - 2)
            if street is not None and (
                not street.group(1)[:1].isalpha() or street.group(1)[1:2].isdigit()
            ):
                # (Huế's "K54/7 Nguyen Chi Thanh, Hai Chau ward": a kiệt's number too)
                comps.insert(0, (street.start(1), street.end(1), 0, None))
                start = street.start(1)
                kiet = _KIET_BEFORE.search(cased, max(0, start - 8), start)
                if kiet is not None:
                    start = kiet.start()  # "kiệt 37 Trần Phú, Phước Vĩnh ward, Huế"
        if alone and len(comps) < 2:
            continue  # a ward alone after a comma, no house's street before it
        village = _village_before(doc, start, True) if comps[0][2] == 0 else None
        if village is not None:
            # "plei kep, ia grai commune, ...": a minority village's own word before it
            comps.insert(0, (village, start, 0, None))
            start = village
        hit = _judge(doc, start, end, comps)
        if hit is not None:
            yield hit
