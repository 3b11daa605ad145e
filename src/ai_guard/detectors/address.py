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
from dataclasses import dataclass
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


@lru_cache(maxsize=1)
def _provinces() -> frozenset[str]:
    names: set[str] = set()
    for row in data.rows("detectors/provinces.tsv"):
        names.add(fold_word(row[0]))
        if len(row) > 2:
            names.update(fold_word(v) for v in row[2].split(";") if v.strip())
    return frozenset(names)


_EN_PLACES = frozenset({"vietnam", "viet nam", "hanoi", "ho chi minh city", "saigon", "hcmc"})


@dataclass(frozen=True, slots=True)
class _Component:
    start: int
    end: int
    level: int
    name: str
    inner: bool = False


def _component(doc: Document, m: re.Match[str]) -> _Component | None:
    """Check a unit word found on the folded view and read the name after it (case-aware)."""
    cased = doc.folded_cased
    if m.start() > 0 and cased[m.start() - 1].isalnum():
        return None  # inside a word
    raw = m.group(0)
    unit = raw.lower()
    key = unit.rstrip(".")
    if key in _SHORT:
        # abbreviations need capitals or a dot: "P.", "Q.", "TP", "Tp."
        if len(key) == 1 and not (raw[0].isupper() and unit.endswith(".")):
            return None
        if len(key) > 1 and not (raw.rstrip(".").isupper() or unit.endswith(".")):
            return None
    p = m.end()
    if not unit.endswith(".") and (p >= len(cased) or cased[p] not in " \t"):
        return None
    while p < len(cased) and cased[p] in " \t":
        p += 1
    nm = _NAME_RE.match(cased, p)
    if nm is None:
        return None
    name = nm.group(0)
    if key in _NUMERIC_ONLY and not any(c.isdigit() for c in name[:4]):
        return None
    if name.split()[0].lower() == "uy":
        return None  # "Tỉnh ủy", "Huyện ủy": a party committee, not a place
    return _Component(m.start(), nm.end(), _UNITS.get(key, 0), name, key in _INNER)


def _component_at(doc: Document, pos: int) -> _Component | None:
    m = _UNIT_RE.match(doc.folded_cased, pos)
    return _component(doc, m) if m is not None else None


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
                comp = _component(doc, m)
                if comp is not None and not _is_unit_word(comp.name):
                    break
                comp = None
            if comp is None:
                return
            comps = [(comp.start, comp.end, comp.level)]
            end = comp.end
            bare = 0
            while True:
                sep = _SEP.match(cased, end)
                if sep is None:
                    break
                nxt = _component_at(doc, sep.end())
                if nxt is not None and not _is_unit_word(nxt.name):
                    comps.append((nxt.start, nxt.end, nxt.level))
                    end = nxt.end
                    continue
                # after a comma, a bare province or district name continues the chain
                if ("," in cased[end : sep.end()] or "\n" in cased[end : sep.end()]) and bare < 2:
                    b = _BARE.match(cased, sep.end())
                    if b is not None and not _is_unit_word(b.group("name").split()[0]):
                        if provinces is None:
                            provinces = _provinces()
                        name = fold_word(b.group("name"))
                        if name in provinces or (bare == 0 and self._continues(doc, b.end())):
                            comps.append((b.start(), b.end(), 3 if name in provinces else 2))
                            end = b.end()
                            bare += 1
                            continue
                break
            start = comps[0][0]
            lead = _LEAD.search(cased, max(0, start - 20), start)
            if lead and comps[0][2] == 0:
                start = lead.start(1)
            elif cased[max(0, start - 4) : start].rstrip().endswith((",", "-", "–")):
                street = _LEAD_STREET.search(cased, max(0, start - 60), start)
                if street:
                    start = street.start(1)
                    comps.insert(0, (start, street.end(1), 0))
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
            comps = [(m.start(), m.end(), 0)]
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
                    known = fold_word(bare.group(0)) in _provinces() | _EN_PLACES
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
                comps.append((nxt.start(), nxt.end(), 1))
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
        if _component_at(doc, sep.end()) is not None:
            return True
        b = _BARE.match(cased, sep.end())
        return b is not None and fold_word(b.group("name")) in _provinces()

    @staticmethod
    def _unit_word(doc: Document, pos: int) -> str | None:
        m = _UNIT_RE.match(doc.folded_cased, pos)
        return " ".join(m.group(0).lower().rstrip(".").split()) if m is not None else None

    @staticmethod
    def _inner(doc: Document, pos: int) -> bool:
        m = _UNIT_RE.match(doc.folded_cased, pos)
        return m is not None and m.group(0).lower().rstrip(".") in _INNER

    def _judge(
        self, doc: Document, start: int, end: int, comps: list[tuple[int, int, int]]
    ) -> Detection | None:
        if all(self._inner(doc, s) for s, _, _ in comps):
            return None  # rooms, floors, parcels alone: not where anyone lives
        units = [self._unit_word(doc, s) for s, _, _ in comps]
        if all(u in _NUMERIC_ONLY for u in units if u) and all(units):
            return None  # "số 3, tầng 4": numbers, not a place
        if len(units) >= 2 and len(set(units)) == 1 and units[0]:
            return None  # "thôn 5, thôn 7, thôn 9": a list of hamlets, not an address
        cue = _RESIDENCE.before(doc, start, 40)
        if cue == "o" and len(comps) < 2:
            cue = None
        if cue is None:
            if _INSTITUTION.before(doc, start, 40):
                return None  # "trụ sở Tòa án nhân dân tỉnh Hà Tĩnh": an agency's name
            cue_near = _RESIDENCE.near_before(doc, start, 30)
            if cue_near is not None and cue_near not in ("o", "add", "tai nha"):
                cue = cue_near
        fine = any(level <= 1 for _, _, level in comps)
        if cue is not None:
            score = SCORE_CUED
        elif len(comps) >= 2 and fine:
            if _INSTITUTION.before(doc, start, 40):
                return None
            street = any(level == 0 for _, _, level in comps)
            score = SCORE_CHAIN_WITH_STREET if street else SCORE_CHAIN
        else:
            return None
        # a single "số 12", "tổ 5" or "phòng 3" is a number, not an address
        if len(comps) == 1 and comps[0][2] == 0:
            unit = doc.folded[comps[0][0] : comps[0][1]].split(" ")[0]
            if unit in _NUMERIC_ONLY or unit.rstrip(".") in _NUMERIC_ONLY:
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


def _is_unit_word(name: str) -> bool:
    """An administrative unit word standing where a name should be ("xã Phường ...").

    Single letters are names here: court texts anonymise places ("xã HV, huyện H").
    """
    key = " ".join(name.lower().rstrip(".").split())
    return len(key) > 1 and _UNITS.get(key, 0) >= 1
