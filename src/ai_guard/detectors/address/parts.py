"""A chain's parts that chat typed before or after it and its reading left out (a lane, a house
number, a hamlet before; a street or district after), and the tails read after them."""

from __future__ import annotations

import dataclasses
import re

from ai_guard.detectors.address.bare_streets import _CLOCK_AFTER
from ai_guard.detectors.address.component import _LANES
from ai_guard.detectors.address.lexicon import (
    _KEYS,
    _LC_NOT_NAME,
    _known,
    _known_at,
    _spellings,
    _unit_re,
    _word_before,
)
from ai_guard.detectors.address.places import _LC_END, _everyday_name, _province_or_letters_at
from ai_guard.detectors.address.streets import _STREET_AFTER_WORD, _lane_named, _lane_then_street
from ai_guard.detectors.address.tails import (
    with_district_after_lane,
    with_province_after,
    with_province_after_word,
    without_phone_heads,
    without_spelled_tail,
    without_verb_tail,
)
from ai_guard.detectors.address.wards import _DAY_WORDS, _STREET_TAIL_NOT, _WORD
from ai_guard.detectors.base import Detection
from ai_guard.text import Document, fold_word
from ai_guard.text.match import holds_any
from ai_guard.text.typing import untype

#: a lane's abbreviation or word glued to the house number a chain starts with (folded): "k.12/4
#: nguyen lo trach, ..." (kiệt), "so 12 h.45 ..." (hẻm), "hẻm 17/17 Ngô Thì Sĩ" (whose street
#: "Ngô" folds to the lane word "ngõ"), with the house's own number before it
_LANE_BEFORE = re.compile(
    r"(?<![a-z0-9.])(?:(?:so|sn|so[ \t]+nha)[ \t]*\d{1,5}[a-z]?(?:/\d{1,4})?[ \t]+)?"
    r"(?:k|h|ng|ngh|kiet|hem|ngo|ngach)(?:\.[ \t]*|[ \t]+)$"
)
#: a house's or lane's number, with its lane's letter, right before a chain (folded)
_NUMBER_BEFORE = re.compile(
    r"(?<![\w/.,\-])(?:(?:k|h|ng|ngh)\.?|(?:kiet|hem|ngo|ngach|so|sn)[ \t]+)?"
    r"\d{1,5}[a-z]?(?:/\d{1,5}[a-z]?){0,3}[ \t]+$"
)
#: a flat's or room's code cut at its dot, the chain read from the number after it (folded):
#: "can ho a-12.|05 chung cu ...", "can 1208 toa s2.|05 vinhomes ..."
_CODE_BEFORE = re.compile(
    r"(?<![a-z0-9])(?:(?:can[ \t]+ho|can|phong|toa|block|tang)[ \t]+(?:so[ \t]+)?"
    r"[a-z0-9\-]{1,8}[ \t]+)*(?:can[ \t]+ho|can|phong|toa|block)[ \t]+(?:so[ \t]+)?"
    r"[a-z]{0,3}-?\d{1,4}\.$"
)
#: a room, flat or villa by its number in English word order, its block and its estate,
#: each before a comma, right before a chain (folded): "room 1502, block b, happy valley,
#: phường tân mỹ, ...", "villa b12, vinhomes imperia, hồng bàng ward, ..."
_EN_PREMISES_BEFORE = re.compile(
    r"(?<![a-z0-9])(?:room|flat|apartment|apt\.?|unit|suite|villa)[ \t]*(?:no\.?[ \t]*)?"
    r"[a-z]?\d{1,5}[a-z]?(?:[./\-]\d{1,5})?"
    r"(?:[ \t]*,[ \t]*(?:block|tower|building|floor)[ \t]+[a-z0-9]{1,4})?"
    r"(?:[ \t]*,[ \t]*[a-z][a-z0-9]*(?:[ \t]+[a-z0-9]+){0,3})?[ \t]*,[ \t]*$"
)
#: the literals one of which ``_EN_PREMISES_BEFORE`` needs (its gate)
_EN_PREMISES_WORDS = ("room", "flat", "apartment", "apt", "unit", "suite", "villa")
#: a kiosk or stall and its row right before the market a chain starts with (folded): "ki-ốt
#: số 38 dãy C chợ Đông Ba, phường ...", "sạp 12 chợ ..."
_KIOSK_BEFORE = re.compile(
    r"(?<![a-z0-9])(?:ki[ \t\-]?ot|kiot|sap|quay)[ \t]+(?:so[ \t]+)?[a-z]?\d{1,4}[a-z]?"
    r"(?:[ \t]+(?:day|lo|khu)[ \t]+[a-z0-9]{1,3})?[ \t]*,?[ \t]+"
    # (the market too, where the chain starts with the ward after it)
    r"(?P<market>cho[ \t]+[a-z]+(?:[ \t]+[a-z]+){0,2}[ \t]*,[ \t]*)?$"
)
#: a hamlet, village or commune by its unit word and a name of one to three words, then a comma
#: or a space, right before a chain that starts with a unit word (folded): "ấp đay sô, xã phú
#: tâm, ...", "thôn đồng mới xã lương sơn", "xóm cồn, thôn đông hải", "thôn k, xã p, huyện b"
_PART_BEFORE = re.compile(
    r"(?<![a-z0-9.])(thon|xom|ap|ban|buon|plei|soc|phum|bon|khom|lang|xa|phuong)[ \t]+"
    r"([a-z]+(?:[ \t]+[a-z]+){0,2})([ \t]*,[ \t]*|[ \t]+)$"
)
#: a village's unit word alone right before a chain that starts with another ("thôn bản đâng,
#: xã ...": "Bản Đâng" is the hamlet's name)
_UNIT_ALONE_BEFORE = re.compile(r"(?<![a-z0-9.])(thon|xom|ap)[ \t]+$")
#: the unit words that chain's first component may start with, by level: a hamlet's part comes
#: before a hamlet or a commune, a commune before a district
_PART_ABOVE: dict[str, tuple[str, ...]] = {
    "thon": ("xa", "phuong", "thi tran", "x", "p", "tt", "huyen", "quan", "h", "q"),
    "xa": ("huyen", "quan", "thi xa", "h", "q", "tx", "tinh", "t", "tp", "thanh pho"),
}
_HAMLET_PARTS = frozenset(("thon", "xom", "ap", "ban", "buon", "plei", "soc", "phum", "bon",
                           "khom", "lang"))  # fmt: skip
#: the first unit words of a chain a part may stand before (the loop's gate)
_PART_KEYS = _HAMLET_PARTS | frozenset(_PART_ABOVE["thon"]) | frozenset(_PART_ABOVE["xa"])
#: chat's words that no hamlet's or commune's name holds (a place's own syllables, "đay sô",
#: "đồng mới", "chợ", may be everyday words: the unit words around vouch for them)
_PART_NAME_NOT = (_LC_END - {"moi", "cho", "day", "mang", "dang"}) | frozenset(
    ("ma", "ay", "nao", "gi", "ai", "ne", "oi", "a", "ak", "ok", "kia", "minh", "ho", "nguoi",
     "khac", "tren", "duoi", "ngoai", "gan", "canh", "cac", "nhung", "mot", "nhieu", "rat", "qua",
     "tro", "nay")
)  # fmt: skip


#: the words after which "ban" and a name set off by a comma before a commune is a village
#: typed plain, even when the name's first word is an everyday one ("tại ban co ma, xa co ma")
_VILLAGE_AT = frozenset(("o", "tai", "tru", "song"))
#: ... unless a word of it points at someone or something ("tại bạn ấy, xã ...")
_VILLAGE_NAME_NOT = frozenset(
    ("ay", "minh", "nao", "gi", "ai", "ne", "oi", "a", "ak", "ok", "kia", "toi", "em", "anh",
     "chi", "ho", "nguoi", "the", "do", "day", "nay", "thi", "la", "va", "cua", "voi", "nhe")
)  # fmt: skip


def _part_name(words: list[str], short_ok: bool) -> bool:
    """Whether ``words`` may be a hamlet's or commune's lower-case name: no everyday word of
    chat, and a single letter only where a placeholder chain allows it ("thôn k, xã p")."""
    for w in words:
        if len(w) == 1:
            if not short_ok or len(words) > 1:
                return False
        elif w in _PART_NAME_NOT:
            return False
    return True


#: what may stand right before such a part: punctuation, a line break, a cell's edge
_PART_AFTER_PUNCT = frozenset(":;,(|-–\"'“\n\t")


def _part_may_start(doc: Document, m: re.Match[str]) -> bool:
    """Whether the part ``m`` (``_PART_BEFORE``) may start an address where it stands: its
    unit word spelled as one ("bán trú" is no "bản"), after punctuation or a residence word
    ("ở", "tại", "trú"), not inside a name before it ("Kim Thị Sóc Khol, ấp Đay Sô, ...":
    "Sóc" is the woman's name)."""
    s, e = m.span(1)
    word = doc.text[s:e].lower()
    spellings = _spellings().get(m.group(1))
    if spellings and not word.isascii() and word not in spellings:
        return False
    before = doc.folded[max(0, s - 12) : s].rstrip(" ")
    if not before or before[-1] in _PART_AFTER_PUNCT:
        return True
    return _word_before(doc.folded, s) in _STREET_AFTER_WORD


def _first_key(doc: Document, start: int) -> str | None:
    """The unit word (folded, no dot) a chain at ``start`` opens with, if any."""
    m = _unit_re().match(doc.folded_cased, start)
    return None if m is None else _KEYS[m.group(0)]


#: a hamlet's, quarter's, group's or lane's word with one letter glued after it, its number,
#: then a space, right before a chain (folded): "xomx 9 ", "thonf 3 ", "tor 5 ", "aps 2, "
_TELEX_UNIT_BEFORE = re.compile(
    r"(?<![a-z0-9])((?:xom|thon|ap|to|khom|khoi|ban|buon|hem|ngo|ngach|kiet)[sfrxj])"
    r"[ \t]+\d{1,3}[a-z]?[ \t]*,?[ \t]+$"
)


def _telex_unit(word: str) -> bool:
    """Whether ``word`` (``_TELEX_UNIT_BEFORE``'s) is its unit word with a Telex tone letter
    left on it: read back, it folds to the unit ("xomx" -> "xõm"; "tos" -> "tó")."""
    read = untype(word)
    return read is not None and fold_word(read) == word[:-1]


def _widened_left(doc: Document, h: Detection, floor: int, rooms: bool) -> Detection:
    """``h`` widened over what chat typed before its first component and its reading left out
    (no further back than ``floor``, the end of the hit before): a lane's abbreviation glued to
    the house number ("k.12/4 ..."), a flat's code cut at its dot, a kiosk before its market,
    and hamlets or communes before the unit above them ("ấp đay sô, xã phú tâm, ...").
    ``rooms``: whether the text holds a word of ``_EN_PREMISES_WORDS`` at all."""
    folded = doc.folded
    start = h.start
    lo = max(floor, start - 60)
    if folded[start : start + 1].isdigit():
        m = _LANE_BEFORE.search(folded, lo, start) or _CODE_BEFORE.search(folded, lo, start)
        if m is not None:
            start = m.start()
    elif _first_key(doc, start) in _LANES:
        # "k.1/1 Ngô Sĩ Liên, p. ...": the street named after a Ngô read as a lane ("ngõ"),
        # the house's and lane's number before it left out
        m = _NUMBER_BEFORE.search(folded, lo, start)
        if m is not None:
            start = m.start()
    elif folded[start - 1 : start] == " ":
        # "xomx 9 xa thanh son": a hamlet's or group's word with a Telex tone letter left on
        # it, then its number, right before the chain
        telex = _TELEX_UNIT_BEFORE.search(folded, lo, start)
        if telex is not None and _telex_unit(telex.group(1)):
            start = telex.start()
    room = _EN_PREMISES_BEFORE.search(folded, max(floor, start - 70), start) if rooms else None
    if room is not None:
        start = room.start()
    key = _first_key(doc, start)
    if key in ("cho", "phuong", "xa", "p", "x"):
        m = _KIOSK_BEFORE.search(folded, lo, start)
        if m is not None and (key == "cho") is (m.group("market") is None):
            start = m.start()
    for _ in range(3):
        if key not in _PART_KEYS:
            break
        lo = max(floor, start - 50)
        if key in _HAMLET_PARTS:
            alone = _UNIT_ALONE_BEFORE.search(folded, lo, start)
            if (
                alone is not None
                and key in ("ban", "lang", "buon", "plei", "soc", "phum", "bon")
                and _part_may_start(doc, alone)
            ):
                start, key = alone.start(), "thon"
                continue
        m = _PART_BEFORE.search(folded, lo, start)
        if m is None:
            break
        unit = m.group(1)
        level = "thon" if unit in _HAMLET_PARTS else "xa"
        above = _PART_ABOVE[level] + (tuple(_HAMLET_PARTS) if level == "thon" else ())
        if key not in above:
            break
        comma = "," in m.group(3)
        placeholder = comma and key in ("xa", "huyen", "quan", "h", "q", "x", "p", "tinh")
        if not comma and key not in ("xa", "phuong", "x", "p"):
            break  # "thôn đồng mới xã lương sơn": with no comma, only before the commune
        # "tại ban co ma, xa co ma, ...": after a residence word and set off by a comma, a
        # village by its own name, whose syllables may spell chat's words ("có", "mà")
        at_village = (
            unit == "ban"
            and comma
            and _word_before(folded, m.start()) in _VILLAGE_AT
            and not any(w in _VILLAGE_NAME_NOT for w in m.group(2).split())
        )
        if (
            not (at_village or _part_name(m.group(2).split(), placeholder))
            or not _part_may_start(doc, m)
            or _everyday_name(doc.text, m.start(2), m.end(2))
            or (unit == "ban" and m.group(2).split()[0] in _LC_NOT_NAME and not at_village)
        ):
            break  # ("ở bạn có thể, xã ...": "có thể", "bạn tôi" are chat's words; "tại ban
            # co ma, xa co ma, ...": after a residence word, a village by its own name)
        start, key = m.start(), unit
    return h if start == h.start else dataclasses.replace(h, start=start)


#: a lane's number ending a chain, then the street's lower-case name (folded): "số 7 kiệt 52|
#: lê đình dương", "so 7 h.23| nguyen trai q5"
_LANE_END = re.compile(
    r"(?<![a-z0-9])(?:k|h|ng|ngh|kiet|hem|ngo|ngach)(?:\.[ \t]*|[ \t]+)\d{1,4}[a-z]?"
    r"(?:/\d{1,4}[a-z]?){0,3}$"
)
_STREET_WORDS_AFTER = re.compile(r"(?:[ \t]+[a-z]+){2,4}(?![a-z0-9])")
#: a district by its abbreviation glued to its number, or a ward's ("q5", "p.7")
_GLUED_DISTRICT_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:q|p)\.?[ \t]?\d{1,2}(?![a-z0-9/.,]\d|[a-z0-9])"
)


def _widened_right(doc: Document, h: Detection) -> Detection:
    """``h`` widened over the street chat typed after the lane's number its chain ends with
    ("số 7 kiệt 52 lê đình dương": the chain read "số 7 kiệt 52"), read as a lane's street
    alone is read (``_lane_then_street``), and the district's number glued after it."""
    folded = doc.folded
    if not (folded[h.end - 1 : h.end].isdigit() or folded[h.end - 2 : h.end - 1].isdigit()):
        return h  # (the cheap test first: no lane's number at the end)
    words = _STREET_WORDS_AFTER.match(folded, h.end)
    if words is None:
        return h
    lane = _LANE_END.search(folded, max(h.start, h.end - 24), h.end)
    if lane is None:
        return h
    found = list(_WORD.finditer(folded, words.start(), words.end()))
    while found and found[-1].group() in _STREET_TAIL_NOT:
        found.pop()  # "... lê đình dương thường xuyên hát": chat's words after the name
    if (
        found
        and found[-1].group() in _DAY_WORDS
        and _CLOCK_AFTER.match(folded, found[-1].end()) is not None
    ):
        found.pop()  # "ngo 7 to hien thanh mai 8h len xa": tomorrow at 8, no name's word
    if len(found) < 2:
        return h
    links = _lane_then_street(doc, (lane.start(), found[-1].end(), 0, None), cued=True)
    if links is None:
        return h
    end = links[-1][1]
    district = _GLUED_DISTRICT_AFTER.match(folded, end)
    if district is not None:
        end = district.end()
    return dataclasses.replace(h, end=end)


def _with_chat_parts(doc: Document, hits: list[Detection]) -> list[Detection]:
    """``hits``, each widened over the parts chat typed around it that its reading left out
    (``_widened_left``, ``_widened_right``), never over the hit before it."""
    out: list[Detection] = []
    floor = 0
    rooms = holds_any(doc.folded, _EN_PREMISES_WORDS)
    for h in sorted(hits, key=lambda d: d.start):
        h = _widened_right(doc, _widened_left(doc, h, floor, rooms))
        if out and _premises_then_chain(doc, out[-1], h):
            # "room 204, block c, sunrise city, phuong ...": the English reading took the
            # estate's "City" for a city; the room, block and estate head the chain after
            out[-1] = dataclasses.replace(h, start=out[-1].start)
        else:
            out.append(h)
        floor = max(floor, h.end)
    return out


def _premises_then_chain(doc: Document, first: Detection, second: Detection) -> bool:
    """Whether ``first`` is a room, its block and its estate in English word order
    (``_EN_PREMISES_BEFORE``) and ``second`` the chain right after its comma."""
    gap = doc.folded[first.end : second.start]
    if gap.strip() != ",":
        return False
    m = _EN_PREMISES_BEFORE.match(doc.folded, first.start, second.start)
    return m is not None and m.end() == second.start


def _chat_tails(doc: Document, hits: list[Detection]) -> list[Detection]:
    """The ends :mod:`.tails` reads anew in chat typed without capitals."""
    folded = doc.folded
    if " 0" in folded:
        hits = without_phone_heads(doc, hits)
    known = _known()

    def known_at(f: str, pos: int) -> int | None:
        return _known_at(f, pos, known)

    hits = with_district_after_lane(doc, hits, _lane_named, known_at)
    hits = with_province_after_word(doc, hits, known_at)
    hits = without_spelled_tail(doc, hits)
    hits = with_province_after(doc, hits, _province_or_letters_at)
    return without_verb_tail(doc, hits, known_at)
