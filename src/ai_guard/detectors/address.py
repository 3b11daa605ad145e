"""Addresses (ADDRESS): chains of address components, on the diacritic-folded view.

Facts: docs/reference.md f.3-f.4.

A component is an address word followed by its name or number: "số 12", "ngõ 34", "đường
Láng", "thôn 3", "xã Tân Phú", "phường Láng Thượng", "Quận 1", "huyện Đồng Phú", "tỉnh Bình
Phước", "TP HCM"; after a comma, a bare province or district name ("..., Đống Đa, Hà Nội")
continues the chain. Both the pre-2025 three levels (xã, huyện, tỉnh) and the post-2025 two
levels (phường/xã, tỉnh/thành phố) are accepted, as are all 63 old and 34 new provinces.

Evidence:

* a residence cue right before the chain ("thường trú tại", "địa chỉ:", "trú tại", "quê
  quán:", "nơi cư trú", "sống tại") makes any chain an address (0.95);
* without a cue, a chain of two or more components with at least one below district level
  (house number, street, hamlet, commune or ward) is an address (0.85);
* a chain after an institution's name ("Ủy ban nhân dân xã Tân Phú", "Công an huyện ...",
  "Chi cục THADS quận ...") names an agency, not where a person lives: not reported unless a
  residence cue introduces it; a single component in prose ("tỉnh Bình Phước") neither.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ai_guard.detectors.base import Detection
from ai_guard.models import EntityType
from ai_guard.text import Document, data, fold_word
from ai_guard.text.match import CueSet, trie_regex

__all__ = ["AddressDetector"]

# -- scores (see the scoring convention in ai_guard.detectors.base) -----------------------------
#: a residence cue ("thường trú tại", "địa chỉ:", "sống tại") before any chain
SCORE_CUED = 0.95
#: no cue, two or more components, one of them a house number, street or locality
SCORE_CHAIN_WITH_STREET = 0.85
#: no cue, two or more components, the finest a commune or ward
SCORE_CHAIN = 0.8
#: what the chain's shape alone is worth (the ``base_score`` a finding explains itself with)
BASE_SCORE = 0.5

#: folded unit word -> level: 0 house/street/locality (fine), 1 commune/ward, 2 district,
#: 3 province
_UNITS: dict[str, int] = {
    "so nha": 0,
    "nha so": 0,
    "so": 0,
    "ngo": 0,
    "ngach": 0,
    "hem": 0,
    "kiet": 0,
    "duong": 0,
    "pho": 0,
    "dai lo": 0,
    "quoc lo": 0,
    "tinh lo": 0,
    "ql": 0,
    "lo": 0,
    "can ho": 0,
    "chung cu": 0,
    "toa nha": 0,
    "thon": 0,
    "xom": 0,
    "ap": 0,
    "ban": 0,
    "buon": 0,
    "lang": 0,
    "plei": 0,
    "soc": 0,
    "khom": 0,
    "to": 0,
    "to dan pho": 0,
    "khu pho": 0,
    "kp": 0,
    "khu vuc": 0,
    "khoi": 0,
    "khu": 0,
    "cum": 0,
    "doi": 0,
    "tdp": 0,
    "khu do thi": 0,
    "duong so": 0,
    "to dan pho so": 0,
    "khu pho so": 0,
    "thon so": 0,
    "xom so": 0,
    "ap so": 0,
    "to so": 0,
    "khu cong nghiep": 0,
    "kcn": 0,
    "cum cong nghiep": 0,
    "khu che xuat": 0,
    "kcx": 0,
    "phong": 0,
    "tang": 0,
    "toa": 0,
    "thua dat so": 0,
    "thua so": 0,
    "thua dat": 0,
    "thua": 0,
    "to ban do so": 0,
    "to ban do": 0,
    "nha tro so": 0,
    "can ho so": 0,
    "can so": 0,
    "xa": 1,
    "phuong": 1,
    "thi tran": 1,
    "dac khu": 1,
    "p": 1,
    "x": 1,
    "tt": 1,
    "quan": 2,
    "huyen": 2,
    "thi xa": 2,
    "q": 2,
    "h": 2,
    "tx": 2,
    "thanh pho": 3,
    "tp": 3,
    "tinh": 3,
    "t": 3,
}
#: rooms, floors and land parcels locate something only inside a place: a chain of these
#: alone ("phòng 305, tầng 3", "thửa đất số 125, tờ bản đồ số 14") is not an address
_INNER = frozenset(
    ("phong", "tang", "toa", "lo", "thua", "thua dat", "thua so", "thua dat so", "to ban do",
     "to ban do so", "can ho", "can so", "can ho so")
)  # fmt: skip
#: words that are everyday words too ("Phòng Tư pháp", "tầng lớp", "số"): only with a number
_NUMERIC_ONLY = (_INNER - {"can ho"}) | {"so", "to", "nha tro so", "doi", "cum"}
_SHORT = {"p", "x", "tt", "q", "h", "tx", "tp", "t", "ql", "kp", "tdp"}


#: unit words on the folded lower-case view; single-letter abbreviations only with their dot
_UNIT_WORDS = [w for w in _UNITS if len(w) > 1] + [f"{w}." for w in _SHORT]
_UNIT_FORMS = sorted({f for w in _UNIT_WORDS for f in (w, w.capitalize(), w.upper())})
# on the case-preserving folded view; the name after a unit starts with a capital or a digit
# (no look-behind in front: it slows the scan; the left boundary is checked in _component)
_UNIT_RE = re.compile(trie_regex(_UNIT_FORMS) + r"(?=[ \t]+[A-Z0-9]|(?<=\.)[ \t]*[A-Z0-9])")


def _unit_keys() -> tuple[dict[str, str], dict[str, str | None]]:
    """Per unit word as written: its key (lower case, no dot); and the same, or None where the
    abbreviation rule rejects it. Looked up once per match instead of recomputed."""
    keys: dict[str, str] = {}
    accepted: dict[str, str | None] = {}
    for form in _UNIT_FORMS:
        key = form.lower().rstrip(".")
        keys[form] = key
        dot = form.endswith(".")
        ok = True
        if key in _SHORT:
            # abbreviations need capitals or a dot: "P.", "Q.", "TP", "Tp."
            if len(key) == 1 and not (form[0].isupper() and dot):
                ok = False
            if len(key) > 1 and not (form.rstrip(".").isupper() or dot):
                ok = False
        accepted[form] = key if ok else None
    return keys, accepted


_KEYS, _ACCEPTED = _unit_keys()


_CAPWORD = r"[A-Z][a-z']*(?![A-Za-z0-9])"
# a capitalised unit word inside a name starts the next component: "xã Tân Phú Huyện Đồng Phú"
_STOP = (
    r"(?:Xa|Phuong|Quan|Huyen|Tinh|Thanh[ \t]+pho|Thi[ \t]+xa|Thi[ \t]+tran|Tp|TP|Duong|Ngo|"
    r"Thon|Xom|Ap|Khu[ \t]+pho|To[ \t]+dan[ \t]+pho|So[ \t]+nha|XA|PHUONG|QUAN|HUYEN|TINH)"
    r"(?![a-z])(?=[ \t]+[A-Z0-9])"  # a unit word only when a name follows: "Mỹ Phương, ..."
)
_NUMBER_NAME = r"\d{1,5}[A-Za-z]?(?:[/\-]\d{1,5}[A-Za-z]?){0,3}(?![\d/])"
_NAME = (
    # "Tân Phú", "Mỹ Đình 2", "Hải Châu 1"
    rf"(?:{_CAPWORD}(?:[ \t]+(?!{_STOP}){_CAPWORD}){{0,3}}(?:[ \t]+\d{{1,3}}(?![\d/.,]\d))?"
    r"|[A-Z]{2,5}(?![a-z])(?:[ \t]*\d{1,3}(?![\d/]))?"
    # "12", "88/3", "2-14", "30 Tháng 4", "12 Nguyễn Trãi"
    rf"|{_NUMBER_NAME}(?:[ \t]+(?!{_STOP}){_CAPWORD}(?:[ \t]+(?!{_STOP}){_CAPWORD}){{0,3}}"
    r"(?:[ \t]+\d{1,2}(?![\d/]))?)?"
    r"|[A-Z]{1,3}-?\d{1,5}[A-Z]?(?![\w]))"
)
_NAME_RE = re.compile(_NAME)
# white space, then the name
_NAME_AFTER = re.compile(r"[ \t]*+(" + _NAME + ")")
# (a name holds no digits but those ``\d`` reads)
_DIGIT = re.compile(r"\d")
# between components: a comma (a line break may follow: addresses on envelopes span lines),
# white space, or a bare line break
_SEP = re.compile(r"[ \t]*(?:[,;\-–][ \t]*(?:\r?\n[ \t]*)?|[ \t]+|\r?\n[ \t]*)")
_BARE = re.compile(
    rf"(?P<name>{_CAPWORD}(?:[ \t]+{_CAPWORD}){{0,3}}|TP\.?[ \t]*[A-Z]{{2,4}}|[A-Z]{{2,5}})(?![\w])"
)
_LEAD = re.compile(r"(\d{1,5}[A-Za-z]?(?:/\d{1,5}[A-Za-z]?){0,3}[ \t]+)$")
# "Số 58 Trần Phú, phường ...", "12 Nguyễn Trãi, P. ...": house number and street name
# without the word "đường", just before a chain.
_LEAD_STREET = re.compile(
    r"(?<![\w/])((?:(?:[Ss]o|SO)(?:[ \t]+nha)?[ \t]*)?\d{1,5}[A-Za-z]?(?:/\d{1,5}[A-Za-z]?){0,3}"
    rf"[ \t]+{_CAPWORD}(?:[ \t]+{_CAPWORD}){{0,3}})[ \t]*[,\-–][ \t]*$"
)
# English word order: "12 Le Loi Street, Ben Nghe Ward, District 1, Ho Chi Minh City"
_EN_UNIT = (
    r"(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Boulevard|Blvd\.|Lane|Alley|Ward|District|Commune"
    r"|Village|Hamlet|Town|City|Province)"
)
_EN_COMPONENT = re.compile(
    rf"(?:(?:No\.?[ \t]*)?\d{{1,5}}[A-Za-z]?(?:/\d{{1,5}})*[ \t]+)?"
    rf"(?:{_CAPWORD}[ \t]+){{1,4}}{_EN_UNIT}(?![a-z])"
    rf"|(?:Ward|District|Hamlet|Group|No\.?|Number|Lane|Alley|Room|Block|Floor|Apartment|Apt\.?"
    r"|Building|Tower|Lot|Plot)[ \t]*[A-Z]?\d{1,5}[A-Z]?(?:[/\-]\d{1,5})*(?![\w])"
)
_EN_BARE = re.compile(rf"{_CAPWORD}(?:[ \t]+{_CAPWORD}){{0,3}}(?![\w])")

_RESIDENCE = CueSet(
    [
        "thường trú tại",
        "thường trú",
        "tạm trú tại",
        "tạm trú",
        "trú tại",
        "cư trú tại",
        "nơi cư trú",
        "nơi ở hiện tại",
        "nơi ở hiện nay",
        "chỗ ở hiện nay",
        "chỗ ở",
        "nơi ở",
        "địa chỉ",
        "địa chỉ liên hệ",
        "địa chỉ thường trú",
        "địa chỉ tạm trú",
        "quê quán",
        "nguyên quán",
        "nơi sinh",
        "nơi đăng ký khai sinh",
        "HKTT",
        "hộ khẩu thường trú",
        "hộ khẩu",
        "sống tại",
        "ở tại",
        "đang sống tại",
        "hiện ở",
        "hiện sống tại",
        "ngụ tại",
        "trụ sở",
        "trụ sở chính",
        "address",
        "residing at",
        "resides at",
        "lives at",
        "living at",
        "living in",
        "lives in",
        "resident of",
        "ĐC",
        "đ/c",
        "add",
        "địa điểm",
        "tại nhà",
        "nhà ở",
        "ở",
    ]
)
_INSTITUTION = CueSet(
    [
        "UBND",
        "ủy ban nhân dân",
        "uỷ ban nhân dân",
        "HĐND",
        "hội đồng nhân dân",
        "công an",
        "CA",
        "tòa án nhân dân",
        "TAND",
        "tòa án",
        "viện kiểm sát nhân dân",
        "VKSND",
        "viện kiểm sát",
        "chi cục",
        "cục",
        "sở",
        "phòng",
        "thi hành án dân sự",
        "THADS",
        "chi cục THADS",
        "kho bạc",
        "KBNN",
        "chi nhánh",
        "ngân hàng",
        "bệnh viện",
        "trường",
        "đảng bộ",
        "đảng ủy",
        "mặt trận",
        "ban",
        "văn phòng",
        "trung tâm",
        "BHXH",
        "bảo hiểm xã hội",
        "chi cục thuế",
        "thuế",
        "đội",
        "công ty",
        "hội",
        "đoàn",
        "liên đoàn",
        "huyện ủy",
        "tỉnh ủy",
        "thành ủy",
        "quận ủy",
        "ban chỉ huy quân sự",
        "bộ chỉ huy",
        "trạm y tế",
        "chủ tịch",
        "bí thư",
        "lãnh đạo",
        "cán bộ",
        "người dân",
        "nhân dân",
        "cử tri",
        "địa bàn",
        "các",
    ]
)


# Any residence cue but "ở", as a word's end within the 40 characters before a chain: where
# there is none, ``_RESIDENCE.before`` and ``near_before`` can find at most "ở", so the judge
# skips them (most chains in prose have no cue near). A superset of what they find: white
# space may stand for a term's spaces, and any word end will do.
_CUES_BUT_O = re.compile(
    "(?:"
    + trie_regex([t for t in _RESIDENCE.terms if t != "o"]).replace(r"\ ", r"\s+")
    + ")(?![0-9a-z])"
)


@lru_cache(maxsize=1)
def _provinces() -> frozenset[str]:
    names: set[str] = set()
    for row in data.rows("detectors/provinces.tsv"):
        names.add(fold_word(row[0]))
        if len(row) > 2:
            names.update(fold_word(v) for v in row[2].split(";") if v.strip())
    return frozenset(names)


_EN_PLACES = frozenset({"vietnam", "viet nam", "hanoi", "ho chi minh city", "saigon", "hcmc"})


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    return _provinces() | _EN_PLACES


#: a component: start, end, level (0 fine ... 3 province), the name read after the unit word, and
#: the unit word (lower case, no dot)
_Component = tuple[int, int, int, str, str]
#: a link of a chain: start, end, level, the unit word it starts with (if any)
_Link = tuple[int, int, int, str | None]


def _key_at(cased: str, pos: int) -> str | None:
    """The unit word starting at ``pos`` (lower case, no dot), as ``_UNIT_RE`` reads it."""
    m = _UNIT_RE.match(cased, pos)
    return _KEYS[m.group(0)] if m is not None else None


def _component(cased: str, start: int, end: int) -> _Component | None:
    """Read the name after the unit word ``cased[start:end]`` (found at a word start)."""
    raw = cased[start:end]
    key = _ACCEPTED[raw]
    if key is None:
        return None
    # (``_UNIT_RE`` saw to it that white space or the abbreviation dot follows the unit word)
    nm = _NAME_AFTER.match(cased, end)
    if nm is None:
        return None
    name = nm.group(1)
    if key in _NUMERIC_ONLY and _DIGIT.search(name, 0, 4) is None:
        return None
    if name[:2].lower() == "uy" and name.split()[0].lower() == "uy":
        return None  # "Tỉnh ủy", "Huyện ủy": a party committee, not a place
    return (start, nm.end(), _UNITS.get(key, 0), name, _KEYS[raw])


def _component_at(cased: str, pos: int) -> _Component | None:
    """A component at ``pos``, which follows a separator (so starts a word)."""
    m = _UNIT_RE.match(cased, pos)
    return _component(cased, pos, m.end()) if m is not None else None


class AddressDetector:
    id = "vn.address"
    entities = (EntityType.ADDRESS,)

    def detect(self, doc: Document) -> Iterator[Detection]:
        cased = doc.folded_cased
        provinces: frozenset[str] | None = None
        if "Street" in cased or "Ward" in cased or "District" in cased or "City" in cased:
            yield from self._english(doc)
        pos = 0
        while True:
            comp: _Component | None = None
            for m in _UNIT_RE.finditer(cased, pos):
                s = m.start()
                if s > 0 and cased[s - 1].isalnum():
                    continue  # inside a word
                comp = _component(cased, s, m.end())
                if comp is not None and not _is_unit_word(comp[3]):
                    break
                comp = None
            if comp is None:
                return
            comps: list[_Link] = [(comp[0], comp[1], comp[2], comp[4])]
            end = comp[1]
            bare = 0
            while True:
                sep = _SEP.match(cased, end)
                if sep is None:
                    break
                after = sep.end()
                nxt = _component_at(cased, after)
                if nxt is not None and not _is_unit_word(nxt[3]):
                    comps.append((nxt[0], nxt[1], nxt[2], nxt[4]))
                    end = nxt[1]
                    continue
                # after a comma, a bare province or district name continues the chain
                if bare < 2 and ("," in cased[end:after] or "\n" in cased[end:after]):
                    b = _BARE.match(cased, after)
                    if b is not None and not _is_unit_word(b.group("name").split()[0]):
                        if provinces is None:
                            provinces = _provinces()
                        name = fold_word(b.group("name"))
                        if name in provinces or (bare == 0 and self._continues(doc, b.end())):
                            comps.append(
                                (
                                    b.start(),
                                    b.end(),
                                    3 if name in provinces else 2,
                                    _key_at(cased, b.start()),
                                )
                            )
                            end = b.end()
                            bare += 1
                            continue
                break
            start = comps[0][0]
            # a house number right before ("12 đường Láng"): its digits, an optional letter,
            # then white space (checked before the regex tries the 20 characters)
            lead = None
            if comps[0][2] == 0 and start > 1 and cased[start - 1] in " \t":
                before = cased[max(0, start - 20) : start].rstrip(" \t")
                if before and (before[-1].isdigit() or before[-2:-1].isdigit()):
                    lead = _LEAD.search(cased, max(0, start - 20), start)
            if lead:
                start = lead.start(1)
            elif cased[max(0, start - 4) : start].rstrip().endswith((",", "-", "–")):
                street = _LEAD_STREET.search(cased, max(0, start - 60), start)
                if street:
                    start = street.start(1)
                    comps.insert(0, (start, street.end(1), 0, _key_at(cased, start)))
            pos = end
            hit = self._judge(doc, start, end, comps)
            if hit is not None:
                yield hit

    def _english(self, doc: Document) -> Iterator[Detection]:
        cased = doc.folded_cased
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
                if sep is None or not ("," in gap or "\n" in gap):
                    break
                nxt = _EN_COMPONENT.match(cased, sep.end())
                if nxt is None:
                    bare = _EN_BARE.match(cased, sep.end())
                    if bare is None:
                        break
                    known = fold_word(bare.group(0)) in _places()
                    after = _SEP.match(cased, bare.end())
                    # a building or estate name between two components ("Vinhomes Central Park")
                    inside = (
                        after is not None
                        and "," in cased[bare.end() : after.end()]
                        and _EN_COMPONENT.match(cased, after.end()) is not None
                    )
                    if not (known or inside):
                        break
                    nxt = bare
                comps.append((nxt.start(), nxt.end(), 1, _key_at(cased, nxt.start())))
                end = nxt.end()
            pos = end
            if len(comps) < 2 and not m.group(0)[:1].isdigit():
                continue  # "Ho Chi Minh City" alone is a city, not an address
            hit = self._judge(doc, m.start(), end, comps)
            if hit is not None:
                yield hit

    @staticmethod
    def _continues(doc: Document, pos: int) -> bool:
        """Whether another component follows (so that a bare name sits inside a chain)."""
        cased = doc.folded_cased
        sep = _SEP.match(cased, pos)
        if sep is None or "," not in cased[pos : sep.end()]:
            return False
        if _component_at(cased, sep.end()) is not None:
            return True
        b = _BARE.match(cased, sep.end())
        return b is not None and fold_word(b.group("name")) in _provinces()

    def _judge(self, doc: Document, start: int, end: int, comps: list[_Link]) -> Detection | None:
        keys = [k for _, _, _, k in comps]
        if all(k in _INNER for k in keys):
            return None  # rooms, floors, parcels alone: not where anyone lives
        if all(keys) and all(k in _NUMERIC_ONLY for k in keys):
            return None  # "số 3, tầng 4": numbers, not a place
        if len(keys) >= 2 and keys[0] and all(k == keys[0] for k in keys):
            return None  # "thôn 5, thôn 7, thôn 9": a list of hamlets, not an address
        # a single "số 12", "tổ 5" or "phòng 3" is a number, not an address
        if len(comps) == 1 and comps[0][2] == 0:
            unit = doc.folded[comps[0][0] : comps[0][1]].split(" ")[0]
            if unit in _NUMERIC_ONLY or unit.rstrip(".") in _NUMERIC_ONLY:
                return None
        fine = any(level <= 1 for _, _, level, _ in comps)
        if _CUES_BUT_O.search(doc.folded, max(0, start - 40), start) is None:
            # no residence cue but "ở" within reach: only "ở" right before a chain counts
            cue = _RESIDENCE.before(doc, start, 40) if len(comps) >= 2 else None
        else:
            cue = _RESIDENCE.before(doc, start, 40)
            if cue == "o" and len(comps) < 2:
                cue = None
            if cue is None:
                if _INSTITUTION.before(doc, start, 40):
                    return None  # "trụ sở Tòa án nhân dân tỉnh Hà Tĩnh": an agency's name
                cue_near = _RESIDENCE.near_before(doc, start, 30)
                if cue_near is not None and cue_near not in ("o", "add", "tai nha"):
                    cue = cue_near
        if cue is not None:
            score = SCORE_CUED
        elif len(comps) >= 2 and fine:
            if _INSTITUTION.before(doc, start, 40):
                return None  # "trụ sở Tòa án nhân dân tỉnh Hà Tĩnh": an agency's name
            street = any(level == 0 for _, _, level, _ in comps)
            score = SCORE_CHAIN_WITH_STREET if street else SCORE_CHAIN
        else:
            return None
        return Detection(
            EntityType.ADDRESS,
            start,
            end,
            score,
            self.id,
            pattern=f"address.chain_{min(len(comps), 5)}",
            base_score=BASE_SCORE,
            context=cue,
        )


@lru_cache(maxsize=4096)
def _is_unit_word(name: str) -> bool:
    """An administrative unit word standing where a name should be ("xã Phường ...").

    Single letters are names here: court texts anonymise places ("xã HV, huyện H").
    """
    key = " ".join(name.lower().rstrip(".").split())
    return len(key) > 1 and _UNITS.get(key, 0) >= 1
