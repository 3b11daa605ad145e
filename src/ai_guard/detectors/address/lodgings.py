"""Lodgings, flats and premises: a lodging house, a dormitory and its room, a rented room, a
flat's chain and the ward after it, a kiosk in brackets, a house in a table's cell, a glued
"kiệt" house."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from functools import lru_cache

from ai_guard.detectors.address.bare_streets import _SEAT_CUES
from ai_guard.detectors.address.chain import _chain
from ai_guard.detectors.address.component import _component
from ai_guard.detectors.address.lexicon import (
    _CAPWORD,
    _KEYS,
    _RESIDENCE,
    _UNITS,
    DETECTOR_ID,
    _is_unit_word,
    _key_at,
    _known_at,
    _lc_bare,
    _unit_re,
    _village,
)
from ai_guard.detectors.address.people import _residence_column
from ai_guard.detectors.address.places import _LC_END
from ai_guard.detectors.address.streets import (
    _NON_SPACE,
    _STREET_AFTER_PUNCT,
    _STREET_AFTER_WORD,
    _STREET_CHAT_WORDS,
    _WORD_BEFORE,
    _named_lane_street,
)
from ai_guard.detectors.address.wards import _NEXT_LC_WORD, _STREET_TAIL_NOT, _WORD, _ward_named
from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.shape import is_vietnamese_syllable
from ai_guard.text import Document
from ai_guard.text.match import literal_led_matches

#: a dormitory, or a room of a named lodging house and a comma, right before a chain (folded,
#: cased): "ký túc xá khu B, phường Đông Hòa, ...", "phòng 305 nhà trọ Bích Ngân, hẻm 51 ..."
_LODGING_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?:[Pp]hong[ \t]+\d{1,4}[A-Za-z]?[ \t]+)?[Kk]y[ \t]+tuc[ \t]+xa[ \t]+"
    # (its block in lower case, which reads as no name: "ký túc xá khu b, phường ...")
    r"(?:khu[ \t]+[a-z0-9]{1,2}[ \t]*,[ \t]*)?"
    # (named after its landlord or landlady, the title inside: "phòng 12 dãy trọ bà Sáu, số
    # 66/3 ...", "phong 4 day tro co hanh, 19/2 ...")
    r"|(?<![A-Za-z])[Pp]hong[ \t]+\d{1,4}[A-Za-z]?[ \t]+(?:nha|day)[ \t]+tro[ \t]+"
    r"(?:(?:[Bb]a|[Cc]o|[Cc]hu|[Oo]ng|[Aa]nh|[Cc]hi|[Dd]i|[Bb]ac|[Cc]u)[ \t]+)?[A-Za-z][a-z]*"
    r"(?:[ \t]+[A-Za-z][a-z]*){0,2}[ \t]*,[ \t]*"
    # (... with no comma where the chain opens on its number: "phong 7 day tro ba nam so 21
    # duong dt743 ...", the title there)
    r"|(?<![A-Za-z])[Pp]hong[ \t]+\d{1,4}[A-Za-z]?[ \t]+(?:nha|day)[ \t]+tro[ \t]+"
    r"(?:[Bb]a|[Cc]o|[Cc]hu|[Oo]ng|[Dd]i|[Bb]ac|[Cc]u)[ \t]+[A-Za-z][a-z]*"
    r"(?:[ \t]+[A-Za-z][a-z]*)?[ \t]+(?=$)"
    # a rented room by its number, then the house's landlord or landlady: "phòng trọ số 6,
    # nhà bà Năm, tổ 3, ..."
    r"|(?<![A-Za-z])[Pp]hong[ \t]+tro[ \t]+(?:so[ \t]+)?\d{1,4}[A-Za-z]?[ \t]*,[ \t]*"
    r"(?:[Nn]ha|[Dd]ay[ \t]+tro)[ \t]+(?:[Bb]a|[Cc]o|[Cc]hu|[Oo]ng|[Dd]i|[Bb]ac|[Cc]u)[ \t]+"
    r"[A-Za-z][a-z]*(?:[ \t]+[A-Za-z][a-z]*){0,2}[ \t]*,[ \t]*"
    # a room in a row of rented rooms: "phòng 2 dãy trọ số 71 đường trần phú"
    r"|(?<![A-Za-z])[Pp]hong[ \t]+\d{1,4}[A-Za-z]?[ \t]+day[ \t]+tro[ \t]+)$"
)


def _with_lodging_before(doc: Document, h: Detection) -> Detection:
    """A chain right after a dormitory's word ("ký túc xá khu B, phường ...", "ký túc xá khu
    b, ..." in lower case) or after a room of a named lodging house ("phòng 305 nhà trọ Bích
    Ngân, hẻm 51 ...", typed in lower case too) or of a row of rooms ("phòng 2 dãy trọ số 71
    ...") starts there: where the person sleeps, with
    its room, as "phòng 304 ký túc xá khu b, ..." was labelled."""
    m = _LODGING_BEFORE.search(doc.folded_cased, max(0, h.start - 60), h.start)
    return h if m is None else dataclasses.replace(h, start=m.start())


#: a room of a dormitory by its number and the school or block it belongs to, right after a
#: residence cue, to a comma, a stop or the line's end (folded): "ở phòng 302 ký túc xá
#: đại học vinh, ...", "tại phòng 12 ký túc xá khu B."; led by "ky tuc xa", tried where it
#: stands (the room before it read backwards)
_DORM_ROOM = re.compile(
    r"ky[ \t]+tuc[ \t]+xa[ \t]+(?P<name>(?:dai[ \t]+hoc|truong|hoc[ \t]+vien|cao[ \t]+dang|khu)"
    r"(?:[ \t]+[a-z0-9]+){1,4}?)(?=[ \t]*(?:[,.;:!?)\n]|$))"
)
_ROOM_AT = re.compile(
    r"(?<![a-z])(?:o|tai|tru|tru[ \t]+tai|song[ \t]+tai)[ \t]+"
    r"(?P<room>phong[ \t]+\d{1,4}[a-z]?[ \t]+)$"
)


def _dormitory_rooms(doc: Document, detector_id: str) -> Iterator[Detection]:
    """A dormitory's room where someone lives, with no chain after it ("anh khamphone ở phòng
    302 ký túc xá đại học vinh, đang làm thủ tục ..."): a residence cue, the room by its
    number, the dormitory and the school or block it belongs to, closed by punctuation or
    the line's end."""
    folded = doc.folded
    for m in literal_led_matches(_DORM_ROOM, folded, "ky tuc xa "):
        room = _ROOM_AT.search(folded, max(0, m.start() - 24), m.start())
        if room is not None:
            yield _village(detector_id, room.start("room"), m.end("name"), "o")


#: a house in a Đà Nẵng's or Huế's lane by the lane's letter glued to their numbers, the house
#: after its slash (folded): "K25/9", "k74/9", "K.12/4"; led by the "k", the character before
#: it looked behind (a look-behind first is tried at every position: 30x the scan on prose)
_GLUED_KIET = re.compile(
    r"k(?<![a-z0-9/.\-]k)\.?\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?){1,3}(?=[ \t]+[a-z])"
)
#: a capitalised street's words after it, up to four (folded, cased): "Âu Cơ", "Hoàng Diệu"
_CASED_STREET = re.compile(r"(?:[ \t]+[A-Z][a-z]*){1,4}(?![A-Za-z0-9])")
#: lower-case words after it, up to four (folded)
_LOWER_WORDS = re.compile(r"(?:[ \t]+[a-z]+){1,4}(?![a-z0-9])")


def _glued_kiet_houses(doc: Document, hits: list[Detection], detector_id: str) -> list[Detection]:
    """A house in a lane by the lane's letter glued to its numbers and the lane's street, with
    no unit word after it, where a residence word or punctuation stands right before it: "ở
    K25/9 Âu Cơ mở xưởng", "o k74/9 hoang dieu muon lam ..." (the street named after a general
    is the address's, no person). A capitalised street runs over its capitalised words; one
    typed in lower case is a street named after a person (``_lane_named``) or a figure, up to
    chat's next word. ``hits`` already holding it leave it theirs."""
    folded = doc.folded
    cased = doc.folded_cased
    out: list[Detection] = []
    for m in _GLUED_KIET.finditer(folded):
        if any(h.start < m.end() and m.start() < h.end for h in hits):
            continue
        before = cased[max(0, m.start() - 24) : m.start()].rstrip(" \t")
        word = _WORD_BEFORE.search(before)
        if (
            before
            and before[-1] not in _STREET_AFTER_PUNCT
            and (word is None or word.group(1).lower() not in _STREET_AFTER_WORD)
        ):
            continue
        end = None
        street = _CASED_STREET.match(cased, m.end())
        if street is not None and doc.text[m.end() : street.end()].strip()[:1].isupper():
            end = street.end()
        else:
            low = _LOWER_WORDS.match(folded, m.end())
            found = list(_WORD.finditer(folded, m.end(), low.end())) if low is not None else []
            n = next((i for i, w in enumerate(found) if w.group() in _STREET_TAIL_NOT), len(found))
            del found[n:]
            while len(found) >= 2 and not _named_lane_street([w.group() for w in found]):
                found.pop()
            if len(found) >= 2 and doc.text[m.end() : found[-1].end()].islower():
                end = found[-1].end()
        if end is not None:
            out.append(_village(detector_id, m.start(), end, "kiet"))
    return out


def _without_lodging_word(doc: Document, h: Detection) -> Detection:
    """A chain read from "nhà trọ số 18/6 đường Yersin, ..." starts at its house number, as
    one from "nhà số 40" does: "nhà trọ" (a lodging house) says what stands there."""
    folded = doc.folded
    if folded.startswith("nha tro so ", h.start) and folded[h.start + 11 : h.start + 12].isdigit():
        return dataclasses.replace(h, start=h.start + 8)
    return h


#: a room or flat by its number in English word order right before a chain, then a comma
#: ("Room 1502, Block B, Happy Valley, phường Tân Mỹ"), folded
_ROOM_BEFORE = re.compile(
    r"(?<![a-z0-9])(?:room|flat|apartment|apt\.?|unit|suite)[ \t]*(?:no\.?[ \t]*)?"
    r"[a-z]?\d{1,5}[a-z]?(?:[./\-]\d{1,5})?[ \t]*,[ \t]*$"
)


def _with_room_before(doc: Document, hits: list[Detection]) -> Iterator[Detection]:
    """``hits``, each chain that starts right after a room or flat named in English ("Room
    1502, Block B, ...") widened to hold it, as a Vietnamese "phòng 1502," is read."""
    for h in hits:
        m = _ROOM_BEFORE.search(doc.folded, max(0, h.start - 30), h.start)
        if m is not None:
            h = dataclasses.replace(h, start=m.start())
        yield h


#: where someone sleeps or lives inside a place, before its address (folded): a room, a flat
#: and its block, an estate, a hotel or guest house, a pagoda, a villa, a kiosk
_PREMISES_LEAD = re.compile(
    r"(?<![a-z0-9])(?:(?:phong|p\.?)(?=[ \t]*(?:so[ \t]+)?\d|[ \t]+tro(?![a-z]))|can[ \t]+ho"
    r"|can(?=[ \t]+\d)|toa(?:[ \t]+nha)?"
    r"|chung[ \t]+cu|khach[ \t]+san|nha[ \t]+nghi|chua|villa|biet[ \t]+thu|ki[ \t\-]?ot)(?![a-z])"
)
#: words that leave the place before them for another between a lead and its chain: "phòng 5
#: của bệnh viện", "chùa Sà Lôn và ...", "khách sạn gần ..."; or a sentence's end
_PREMISES_GAP_NOT = re.compile(
    r"(?<![a-z])(?:cua|va|voi|gan|canh|doi[ \t]+dien|hoac|nhung|thi|la)(?![a-z])|[.;:!?\n](?!\d)"
)


#: a tenant's verb right before a flat or room (folded): "thuê căn", "thuê căn hộ", "thuê
#: phòng" (then the lead's own word), "thuê nhà"; the lodging's kind between ("người thuê
#: phòng trọ phòng 6 dãy trọ ...", "thuê nhà trọ phòng 12 ...")
_RENTED_BEFORE = re.compile(
    r"(?<![a-z])thue(?:[ \t]+(?:can(?:[ \t]+ho)?|(?:phong|nha)[ \t]+tro|nha))?[ \t]+$"
)
#: a numbered room, then a dormitory's word (folded, from the lead)
_DORM_ROOM_LEAD = re.compile(
    r"(?:phong|p\.?)[ \t]*(?:so[ \t]+)?\d{1,4}[a-z]?[ \t,]+"
    # (its building by its code between: "phòng 204 nhà B ký túc xá ...")
    r"(?:nha[ \t]+[a-z]{1,2}\d{0,2}[ \t,]+)?(?:ktx|ky[ \t]+tuc[ \t]+xa)(?![a-z])"
)
_NUMBERED_AFTER = re.compile(r"[ \t]*\.?[ \t]*(?:so[ \t]+)?[a-z]{0,2}\d")


def _cell_opens(doc: Document, pos: int) -> bool:
    """Whether ``pos`` opens a table's cell: a tab, a pipe or ";" right before it."""
    before = doc.text[max(0, pos - 4) : pos].rstrip(" ")
    return before.endswith(("\t", "|", ";"))


def _with_premises_before(doc: Document, hits: list[Detection]) -> list[Detection]:
    """``hits``, each chain that a room, flat, estate, hotel or pagoda stands right before
    (its words then a comma, or then the chain: "tạm trú tại phòng 902 khách sạn Mường
    Thanh, 36 đường ...", "thường trú tại chùa Sà Lôn, ấp Sà Lôn, ...", "ở căn hộ 1507 tòa
    b2, chung cư hòa bình green, 376 bưởi, phường ngọc hà, ...") widened to start there,
    where a residence cue ("trú tại", "ở", "địa chỉ") ends right before those words: the
    address runs from the first detail typed (PROMPTS.md)."""
    folded = doc.folded
    out: list[Detection] = []
    prev_end = 0
    for h in hits:
        lo = max(prev_end, h.start - 90)
        for lead in _PREMISES_LEAD.finditer(folded, lo, h.start):
            gap = folded[lead.start() : h.start]
            if _PREMISES_GAP_NOT.search(gap) is not None or gap.count(",") > 3:
                continue
            cue = _RESIDENCE.before(doc, lead.start(), 40)
            if cue is None and _cell_opens(doc, lead.start()):
                # a table's cell under a residence's header ("Nơi lưu trú⇥... phòng 502
                # khách sạn Sông Hàn, phường An Hải, ..."): the cell is where the person stays
                cue = _RESIDENCE.header(doc, lead.start())
            if (
                cue is None
                and _RENTED_BEFORE.search(folded, max(0, lead.start() - 16), lead.start())
                and _NUMBERED_AFTER.match(folded, lead.end())
            ):
                # "thuê căn P.1507 tòa CT2 ...": a tenant's numbered flat is where they live
                # ("thuê phòng trọ tại hẻm ...": the lodging's word alone leaves the chain's)
                cue = "thue"
            if cue is None and _DORM_ROOM_LEAD.match(gap) is not None:
                # "gửi giấy báo cho lâm thị hồng nhung phòng 302 ktx khu b ...": a dormitory's
                # numbered room is someone's lodging, no venue
                cue = "ktx"
            if cue is None or cue in _SEAT_CUES:
                continue  # ("Địa điểm: Phòng họp số 2, trụ sở Bộ ...": a venue, an agency's)
            h = dataclasses.replace(h, start=lead.start())
            break
        out.append(h)
        prev_end = h.end
    return out


#: a dormitory's word and its school (folded): "ktx đại học cần thơ", "ký túc xá trường ..."
_DORM_SCHOOL = re.compile(
    r"(?<![a-z])(?:ktx|ky[ \t]+tuc[ \t]+xa)[ \t]+"
    r"(?:dai[ \t]+hoc|truong|hoc[ \t]+vien|cao[ \t]+dang)(?![a-z])"
)


def _dormitory_then_ward(doc: Document, hits: list[Detection]) -> list[Detection]:
    """``hits`` with a dormitory's room in its school joined to the ward or commune chain that
    follows it with no comma ("phong 12 ktx dai hoc can tho phuong ninh kieu can tho": the
    school's name ended the first chain at its city)."""
    hits = sorted(hits, key=lambda h: h.start)
    out: list[Detection] = []
    for h in hits:
        prev = out[-1] if out else None
        if (
            prev is not None
            and h.start > prev.end
            and doc.folded[prev.end : h.start].strip(" \t") == ""
            and _DORM_SCHOOL.search(doc.folded, prev.start, prev.end) is not None
            and _UNITS.get(_key_at(doc.folded_cased, h.start) or "", 0) in (1, 2)
        ):
            out[-1] = dataclasses.replace(prev, end=h.end)
            continue
        out.append(h)
    return out


#: a flat typed in lower case in chat: the flat's word and number, the tower's word and code
#: ("căn 2307 tòa hh1a", "phong 1205 toa nha b2"), folded
_LC_FLAT = re.compile(
    r"(?<![a-z0-9])(?:can ho|can|phong)[ \t]+(?:so[ \t]+)?\d{2,5}[a-z]?[ \t]+"
    # the tower's code holds a digit, or is one letter ("tòa án" is a court)
    r"(?:toa nha|toa)[ \t]+(?:[a-z]{0,3}\d{1,3}[a-z]?|[a-z])(?![a-z0-9])"
)
#: the estate's unit word and its name of one to four words, closed by punctuation or the
#: end (folded): "khu đô thị dương nội,"
_LC_ESTATE_AFTER = re.compile(
    r"[ \t]+(?:khu do thi|kdt|chung cu)(?:[ \t]+[a-z]+){1,4}(?=[ \t]*(?:[,.;)]|$))"
)
#: the most words of an estate's name read before its city
_ESTATE_NAME_WORDS = 3


#: chat's verbs after where one lives that no estate's name holds, folded ("báo", "bị"; not
#: the words of ``_STREET_TAIL_NOT`` that are names' syllables too: "dương nội", "sông đà")
_ESTATE_CHAT_WORDS = frozenset(("bao", "bi"))


@lru_cache(maxsize=1)
def _lc_estate_then_chat() -> re.Pattern[str]:
    """The estate's unit word and a name of one to three words, then chat's word that no
    estate's name holds (``_LC_END``, ``_ESTATE_CHAT_WORDS``: "căn hộ 1604 tòa c3 chung cư
    thanh hà báo mất nước"), folded: the shortest name before such a word."""
    ends = "|".join(sorted(_LC_END | _STREET_CHAT_WORDS | _ESTATE_CHAT_WORDS))
    return re.compile(
        r"[ \t]+(?:khu do thi|kdt|chung cu)(?:[ \t]+[a-z]+){1,3}?"
        rf"(?=[ \t]+(?:{ends})(?![a-z]))"
    )


def _with_lower_flats(doc: Document, hits: list[Detection]) -> list[Detection]:
    """``hits`` and the flats typed in lower case in chat that no hit holds ("ở căn 2307 tòa
    hh1a linh đàm hà nội gọi lên"): the flat and the tower's code, then, when a province or
    its letters follows within three words, the estate's name and the province. The flat's
    number and the tower's code are an address whole: they find the home in its estate."""
    folded = doc.folded
    out = list(hits)
    for m in _LC_FLAT.finditer(folded):
        start, end = m.span()
        if not doc.text[start:end].islower() or any(h.start < end and start < h.end for h in hits):
            continue
        estate = _lc_estate_then_chat().match(folded, end) or _LC_ESTATE_AFTER.match(folded, end)
        if estate is not None:
            end = estate.end()  # "phòng 1208 tòa hh2 khu đô thị dương nội, ..."
        pos = end
        for _ in range(_ESTATE_NAME_WORDS + 1):
            word = _NEXT_LC_WORD.match(folded, pos)
            if word is None:
                break
            province = _known_at(folded, word.start(1), _lc_bare())
            if province is not None:
                if doc.text[start:province].islower():
                    end = province
                break
            pos = word.end()
        if (
            end == m.end()
            and _RESIDENCE_BEFORE_FLAT.search(folded, max(0, start - 12), start) is None
        ):
            continue  # "phong 305 toa ct2" alone: a meeting room as often as a home
        out.append(_village(DETECTOR_ID, start, end, "flat"))
    return out


#: a flat's hit's first words (folded): "căn 1207", "căn hộ 2106", "phòng 6", "tòa s2"
_FLAT_OPENING = re.compile(r"(?:can(?:[ \t]+ho)?|phong|toa|block)[ \t]+(?:so[ \t]+)?[a-z]{0,3}-?\d")
#: between a flat's hit and its ward: a space or comma, or the estate by its word and a name of
#: one to four words set off by commas (folded): ", chung cư sky garden, "
_FLAT_TO_WARD = re.compile(
    r"[ \t]*,[ \t]*(?:(?:chung[ \t]+cu|khu[ \t]+do[ \t]+thi|kdt|toa[ \t]+nha)"
    r"(?:[ \t]+[a-z0-9]+){1,4}?[ \t]*,[ \t]*)?|[ \t]+"
)


def _flat_then_ward(doc: Document, hits: list[Detection]) -> list[Detection]:
    """``hits``, a flat's hit ("căn 1207 tòa s2 vinhomes smart city", "căn hộ 2106 tòa a")
    joined to the ward, commune or district chat typed right after it, with no comma or after
    its estate set off by commas ("... p. tây mỗ hn", "..., chung cư sky garden, p. tân mỹ"):
    the flat finds the home, the ward says where; one address, not a flat and a ward apart
    (nor a flat alone, the ward lost)."""
    folded = doc.folded
    cased = doc.folded_cased
    out: list[Detection] = []
    i = 0
    while i < len(hits):
        h = hits[i]
        i += 1
        gap = _FLAT_TO_WARD.match(folded, h.end) if _FLAT_OPENING.match(folded, h.start) else None
        unit = _unit_re().match(cased, gap.end()) if gap is not None else None
        if gap is None or unit is None or _UNITS.get(_KEYS[unit.group(0)], 0) < 1:
            out.append(h)
            continue
        nxt = hits[i] if i < len(hits) else None
        if nxt is not None and nxt.start == gap.end():
            end = nxt.end
            i += 1
        elif nxt is not None and nxt.start < gap.end() + 40:
            out.append(h)
            continue
        else:
            comp = _component(doc, unit.start(), unit.end())
            if comp is None or comp[2] < 1 or _is_unit_word(comp[3]):
                out.append(h)
                continue
            chain = _chain(doc, comp)
            if len(chain[2]) < 2 and not _ward_named(doc, comp):
                out.append(h)  # "phòng 305 tòa a, phường xem xét": no ward's name
                continue
            end = chain[1]
        out.append(dataclasses.replace(h, end=end))
    return out


#: a residence word right before a flat (folded): "ở", "tại", "thuê", "trú", "sống ở"
_RESIDENCE_BEFORE_FLAT = re.compile(r"(?<![a-z])(?:o|tai|thue|tru|song o)[ \t]+$")
#: a whole tab- or pipe-delimited cell holding a house's number and a capitalised street of
#: two to four words, in capitals too ("| 12 LÊ LỢI |"), nothing else (folded, cased)
_HOUSE_CELL = re.compile(
    rf"[\t|][ ]*((?:[Ss][Oo][ ]+)?\d{{1,5}}[A-Za-z]?(?:/\d{{1,5}}[A-Za-z]?){{0,3}}[ ]+"
    rf"{_CAPWORD}(?:[ ]+{_CAPWORD}){{1,3}})[ ]*(?=\t|\||\r?\n|$)"
)


def _house_cells(doc: Document, hits: list[Detection], detector_id: str) -> list[Detection]:
    """A house's number and its street alone in a table cell under a column that says where
    each listed person lives ("Địa chỉ", "Nơi ở") in a table of people (``_residence_column``):
    "| NGUYỄN VĂN AN | 12 LÊ LỢI |". The cell's edges bound the street; no ward or city need
    follow. A street's words only (no unit word, each a Vietnamese syllable); cells ``hits``
    hold already stay theirs."""
    cased = doc.folded_cased
    out: list[Detection] = []
    for m in _HOUSE_CELL.finditer(cased):
        s, e = m.span(1)
        if any(h.start < e and s < h.end for h in hits):
            continue
        words = m.group(1).split()
        street = words[2:] if words[0].lower() == "so" else words[1:]
        if _is_unit_word(street[0].lower()) or not all(
            is_vietnamese_syllable(doc.text[w.start() : w.end()])
            for w in _NON_SPACE.finditer(doc.text, s, e)
            if not w.group()[:1].isdigit()
        ):
            continue
        if not _residence_column(doc, s):
            continue
        out.append(_village(detector_id, s, e, "column"))
    return out


#: a kiosk or stall by its number alone in brackets (folded): "(ki-ốt số 28)", "(kiot 12)",
#: "(sạp số 5)"
_KIOSK_BRACKET = re.compile(
    r"\([ \t]*((?:ki[ \t\-]?ot|sap|quay)[ \t]+(?:so[ \t]+)?\d{1,4}[a-z]?)[ \t]*\)"
)
#: a hit that opens with a kiosk's or stall's word (folded)
_KIOSK_LEAD = re.compile(r"(?:ki[ \t\-]?ot|sap|quay)[ \t]+(?:so[ \t]+)?\d")


def _bracketed_kiosks(doc: Document, hits: list[Detection], detector_id: str) -> list[Detection]:
    """A kiosk or stall by its number alone in brackets ("quầy bên cạnh của ông Tân (ki-ốt số
    28)") where another hit of the text is a kiosk with its market and commune ("ki-ốt số 27
    chợ Đông Ba, phường ..."): the same market's next stall, where a household business runs
    (PROMPTS.md: a kiosk is an ADDRESS, the market understood)."""
    folded = doc.folded
    if not any(_KIOSK_LEAD.match(folded, h.start) for h in hits):
        return []
    out = []
    for m in _KIOSK_BRACKET.finditer(folded):
        s, e = m.span(1)
        if not any(h.start < e and s < h.end for h in hits):
            out.append(_village(detector_id, s, e, "kiosk"))
    return out
