"""Addresses (ADDRESS): chains of address components, on the diacritic-folded view.

Facts: docs/reference.md f.3-f.4.

A component is an address word followed by its name or number: "số 12", "ngõ 34", "đường
Láng", "thôn 3", "xã Tân Phú", "phường Láng Thượng", "Quận 1", "huyện Đồng Phú", "tỉnh Bình
Phước", "TP HCM"; after a comma, a bare province or district name ("..., Đống Đa, Hà Nội")
continues the chain. Both the pre-2025 three levels (xã, huyện, tỉnh) and the post-2025 two
levels (phường/xã, tỉnh/thành phố) are accepted, as are all 63 old and 34 new provinces.

Shapes as people write them (issue 15):

* all capitals ("123 ĐƯỜNG LÊ LỢI, PHƯỜNG BẾN THÀNH"), abbreviations ("Sn 12", "ng. 45",
  "P.", "Q.", "TX.", "TT.", "KP", "KĐT"), kiosks ("ki-ốt số 12 chợ Đồng Xuân"), flats
  ("P.1205 tòa CT2", "căn hộ A3-12"), minority residences ("buôn", "plei", "bản", "phum",
  "sóc", "bon", "làng");
* a house number and street without a unit word, then a known district or province after a
  comma ("17 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội"), found from the comma;
* lower-case chat, with or without diacritics: after a lower-case unit word that takes one,
  a lower-case name runs to the next unit word, known place or everyday word ("xóm 3 xã nghi
  phong huyện nghi lộc tỉnh nghệ an", "so 5 ngo 12 pho hue ha noi"). Such a chain must have
  an address's shape (``_lower_case_shape``): levels never go back from province to house, and
  a number, a known province or place, or two levels of administration.
* With diacritics in the text, a unit word must carry its own (``address_cues.tsv``):
  "Phương" is a name, "Ban" a board, "sở" a department; none of them starts a chain.
* chat with neither commas nor unit words, after "ở", "tại" or a colon: a house number, a
  street, a known district or city, then a province ("em ở 17 trần hưng đạo hoàn kiếm hà
  nội"); a house number and street before a lower-case unit chain ("o 18 nguyen trai phuong
  3 tp tan an long an"); a lower-case village before its commune ("bản co mòn, xã ...");
* English word order, abroad too ("1520 Tully Road, San Jose, CA 95122, USA");
* a village alone where it says where someone lives: after "ở" ("ở plei ơi nu", "o ban sang
  tung, sdt ..."), in brackets after a listed person ("Siu Nay (plei Tơ Nia)"), or "plei"
  right after a Jrai or Ede name typed plain ("ksor nhin plei ia krai"); a hamlet
  named after its market, communal house or pagoda after someone and "ở" ("bà tư ở xóm chợ",
  typed plain too unless "cho" gives to someone: "ở xóm cho em hỏi"); a hamlet of two words or
  more after someone and "ở" ("nhà ở thôn trà lộc"; not "ở xóm trọ"); a village after "trú";
* an urban area or a street whose lower-case name opens with a unit or everyday word, inside a
  chain that vouches for it ("kđt dương nội, phường dương nội", "ngõ 5, đường xương giang,
  phường ...", "phố thợ nhuộm p cửa nam hà nội"), a ward or commune too ("tổ 3, phường đề
  thám, tỉnh cao bằng": "đề" folds to "để");
* a hamlet and, with no comma, its commune of two or three words, the chain ending at
  punctuation or the line's end ("nhà thôn hà xã tiên thanh, ..."; not after "bản", also
  "bạn");
* a commune's or ward's name of two words with no unit word, after a numbered hamlet or group
  ("xom 2 nghi thu,", "tổ 7 kp 3 tân phong sinh ...") or a village and a comma ("xóm trại, yên
  phong"), its first syllable one that opens place names (``address_commune_openings.txt``);
  a house's number and a street named as a person or an old trade after someone and "ở" ("bà
  hạnh ở 67 hàng bông gọi ..."); streets listed for a notice ("các tuyến phố A, B, phường C")
  and a venue a route is asked to are no one's home;
* a plain house number and a street after a label of residence ("Nơi ở: 12 Lê Lợi", "HKTT:
  7 HAI BÀ TRƯNG", "noi o: 12 le loi"; not after "Địa chỉ:", which may be an office's) or
  alone in the residence column of a table of people ("| NGUYỄN VĂN AN | 12 LÊ LỢI |"); a
  house on its street before a day and a clock time ("ở 10 Nguyễn Du mai 8h qua"); a house and
  its street right after a listed lower-case full name ("..., do minh khue 18 au co."); a
  lane's street named after a battle or a place (``address_streets.txt``: "kiệt 40 chi
  lăng"). An agency opening a clause, its name and a comma before a chain ("Bộ phận Một cửa
  UBND phường X, số 270 Trần Phú, ...") give its office;
* a flat's chain joined to the ward typed right after it, or after its estate set off by
  commas ("căn 1207 tòa s2 vinhomes smart city p. tây mỗ hn", "căn hộ 2106 tòa a, chung cư
  sky garden, p. tân mỹ"); a tenant's room after "thuê phòng trọ" ("phòng 6 dãy trọ cô huệ
  hẻm 18 ..."); a hamlet's word with a Telex tone letter left on it ("xomx 9 xa ..."); a
  delivery's house, street, bare ward and known district ("giao tới 27 hoàng diệu 2 linh
  trung thủ đức"); a village and its commune after "địa chỉ (nhà X):"; a list's next item
  number stays out of the name before it ("xa muong khuong 2. lo thi ...");
* a unit's or a count's syllable written with other marks inside a street named as a person
  ("88/14 âu dương lân": "dương" is no "đường", "lân" no "lần"); a unit word with a typing
  slip in its marks ("phuờng", "kiêt"); a minority village's syllable with a rime no
  Vietnamese word has ("buon tring"); a capitalised street wrapped by a PDF's export before
  known places ("12 Trần Hưng⏎Đạo, Hoàn Kiếm, Hà Nội").

Where a span starts and stops (the corpora's convention): from the house number or the first
unit word to the last place name, without cue words ("số 40 ...", not "nhà số 40 ..."), with
a name wrapped to the next line inside a chain ("phường⏎Cam Đường") and a province written
with a dash ("Bà Rịa - Vũng Tàu"); a partial span is a leak.

Evidence:

* a residence cue right before the chain ("thường trú tại", "địa chỉ:", "trú tại", "quê
  quán:", "nơi cư trú", "sống tại") makes any chain an address (0.95);
* without a cue, a chain of two or more components with at least one below district level
  (house number, street, hamlet, commune or ward) is an address (0.85);
* a chain after an institution's name ("Ủy ban nhân dân xã Tân Phú", "Công an huyện ...",
  "Chi cục THADS quận ...") names an agency, not where a person lives: not reported unless a
  residence cue introduces it; a single component in prose ("tỉnh Bình Phước") neither; nor
  a chain after an agency's department and its name ("Phòng Kinh tế phường ..."), after a
  road marker ("Km 12+300 Quốc lộ 5, ..."), or a city or province alone ("vào tp hcm")."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Final

from ai_guard.detectors import address_bounds, address_rows, address_tails
from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.lexicon import everyday_pair, lexicons, public_figures
from ai_guard.detectors.person.minority import minority_lexicon
from ai_guard.detectors.person.shape import is_vietnamese_syllable
from ai_guard.detectors.shouted import with_lower_reading
from ai_guard.models import EntityType
from ai_guard.text import Document, data, fold_word
from ai_guard.text.match import CueSet, holds_any, literal_led_matches, spelling, trie_regex
from ai_guard.text.tables import column_header, header_cells
from ai_guard.text.typing import english_function_words, untype
from ai_guard.text.word_caches import word_cache

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
    "khu so": 0,
    "khu vuc so": 0,
    "khom so": 0,
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
    "sn": 0,
    "ng": 0,
    "ngh": 0,
    "kiot": 0,
    "ki-ot": 0,
    "ki ot": 0,
    "kiot so": 0,
    "ki-ot so": 0,
    "ki ot so": 0,
    "quay so": 0,
    "sap so": 0,
    "cho": 0,
    "phum": 0,
    "bon": 0,
    "kdt": 0,
    "kdc": 0,
    "ktx": 0,
    "ky tuc xa": 0,
    "day tro": 0,
    "tap the": 0,
    "block": 0,
    "ktt": 0,
    "khu dan cu": 0,
    "khu tap the": 0,
    "khu tai dinh cu": 0,
    "tieu khu": 0,
    "khoi pho": 0,
    # a state farm or forestry enterprise and its name, where its workers' teams live ("đội 7
    # nông trường Sông Hậu, xã Thới Hưng")
    "nong truong": 0,
    "lam truong": 0,
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
    ("phong", "tang", "toa", "block", "lo", "thua", "thua dat", "thua so", "thua dat so",
     "to ban do", "to ban do so", "can ho", "can so", "can ho so")
)  # fmt: skip
#: words that are everyday words too ("Phòng Tư pháp", "tầng lớp", "số"): only with a number
_NUMERIC_ONLY = (_INNER - {"can ho"}) | {
    "so", "to", "nha tro so", "doi", "cum", "sn", "ng", "ngh", "kiot", "ki-ot", "ki ot",
    "kiot so", "ki-ot so", "ki ot so", "quay so", "sap so", "day tro",
}  # fmt: skip
#: "ng." (ngõ), "ngh." (ngách) are abbreviations like "P.": capitals or a dot
_SHORT = {"p", "x", "tt", "q", "h", "tx", "tp", "t", "ql", "kp", "tdp", "ng", "ngh", "kdt"}


#: unit words on the folded lower-case view; single-letter abbreviations only with their dot
#: ("ng." and "ngh." only with their dot: "ng" ends a thousand words)
_DOT_ONLY = {"ng", "ngh"}
_UNIT_WORDS = [w for w in _UNITS if len(w) > 1 and w not in _DOT_ONLY] + [f"{w}." for w in _SHORT]
#: "căn" before a number is a flat ("căn 1208 tòa b2"), read as "căn số" (``_component``); no
#: unit word elsewhere ("cần", "Cần Thơ" fold to it)
_UNIT_WORDS.append("can")
_UNIT_FORMS = sorted({f for w in _UNIT_WORDS for f in (w, w.capitalize(), w.upper())})
#: unit words that take a lower-case name ("xã nghi phong"), written in lower case
_LC_FORMS = sorted(
    ("p.", "q.", "tp.", "tx.", "tt.", "h.", "x.", "t.", "ngo", "ngach", "hem", "kiet", "duong",
     "pho", "thon", "xom", "ap", "ban", "buon", "lang", "plei", "soc", "phum", "khom", "khu pho",
     "to dan pho", "xa", "phuong", "thi tran", "dac khu", "quan", "huyen", "thi xa",
     "thanh pho", "tp", "tinh", "khoi", "khu vuc", "khu do thi", "khu cong nghiep",
     "khu dan cu", "khu tap the", "kdc", "nong truong", "lam truong", "khu tai dinh cu",
     # a market, in lower case only after a kiosk (``_component``): "ki ốt 12 chợ đồng xuân"
     "cho",
     # a flat, a room, a block or a lot by its code in lower case ("tòa ct2", "lô c5"), and
     # the estate after it ("chung cư sunrise"): only inside a chain (``_component``)
     "toa", "phong", "lo", "can ho", "kiot", "ki-ot", "ki ot", "chung cu", "toa nha", "ktx",
     "ky tuc xa", "kdt", "tap the", "block",
     # a quarter by its abbreviation, before its lower-case name inside a chain only ("tdp
     # 4, kp nhị đồng 1, p. dĩ an"): alone, chat's "kp" is "không phải" (``_component``)
     "kp", "tdp",
     # a town by its letters with no dot, before a known place only ("tx son tay", "tt dong
     # anh": ``_chat_town``)
     "tx", "tt")
)  # fmt: skip


def _lc_behind() -> str:
    """A look-behind that a lower-case unit word of ``_LC_FORMS`` ends here (one fixed-width
    look-behind per length, as the engine wants)."""
    by_len: dict[int, list[str]] = {}
    for form in _LC_FORMS:
        by_len.setdefault(len(form), []).append(re.escape(form))
    return "(?:" + "|".join(f"(?<={'|'.join(v)})" for _, v in sorted(by_len.items())) + ")"


@lru_cache(maxsize=1)
def _unit_re() -> re.Pattern[str]:
    """Unit words on the case-preserving folded view. The name after one starts with a
    capital or a digit, or, after a unit word in lower case that takes one (``_LC_FORMS``,
    checked by a look-behind once the trie matched, so the scan costs what it cost before), a
    lower-case word that is no everyday word ("xã hội", "quản lý", "đường dây": rejected here,
    in the engine, not one by one in Python). No look-behind in front: it slows the scan; the
    left boundary is checked in the loop. Built on first use (it reads the known places)."""
    everyday = sorted(_LC_NOT_NAME - _known_first() - _NAME_UNITS - _PLACE_SYLLABLES)
    return re.compile(
        trie_regex(_UNIT_FORMS)
        + r"(?:(?=[ \t]+[A-Z0-9]|(?<=\.)[ \t]*[A-Z0-9]|[ \t]*\r?\n[ \t]*[A-Z0-9])"
        + r"|(?<=[a-z]\.)(?=[a-z])|(?=[ \t]+[a-z])"
        + _lc_behind()
        + r"(?![ \t]+(?:"
        + trie_regex(everyday)
        + r")(?![a-z]))"
        # a lower-case code ("tòa a1", "block a2"), whatever its letter
        + r"|(?=[ \t]+[a-z]{1,3}-?\d|[ \t]+[a-z](?:[ \t]*,|[ \t]+(?:chung|toa|khu|kdt)[ \t]))"
        + _lc_behind()
        # a lower-case name on the next line (a chain a PDF broke: "phuong\ncam duong")
        + r"|(?=[ \t]*\r?\n[ \t]*[a-z])"
        + _lc_behind()
        # a special zone's name, whatever its first word ("đặc khu cô tô": "co" is "có" too)
        + r"|(?<=[Dd]ac khu|DAC KHU)(?=[ \t]+[a-z])"
        # a floor by its word: "tầng trệt", "tầng lửng" (``_component``)
        + r"|(?<=[Tt]ang|TANG)(?=[ \t]+(?:[Tt]ret|[Ll]ung|TRET|LUNG)(?![A-Za-z]))"
        + ")"
    )


@lru_cache(maxsize=1)
def _unit_scans() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``_unit_re`` after a space, and after any other character that is no ASCII letter or
    digit: the scan enters the pattern only at the start of a word (a literal space the
    engine finds fast, and the rarer punctuation and line breaks), not at every letter."""
    unit = _unit_re().pattern
    return re.compile(" (?:" + unit + ")"), re.compile("[^ A-Za-z0-9](?:" + unit + ")")


class _UnitWords:
    """The unit words of a text that start a word (after a character that is no ASCII letter
    or digit, or at the start), asked for in order: what ``_unit_re().finditer`` finds at word
    starts, without trying every letter inside a word (nor letting a match inside a word, "ap
    so" in "phap so 3", hide the next word's). Each scan's next match is kept until a later
    start is asked for: the rare punctuation-led match is searched for once, not again after
    each chain."""

    __slots__ = ("_cased", "_ot", "_ot_from", "_other", "_sp", "_sp_from", "_spaced")

    def __init__(self, cased: str) -> None:
        self._cased = cased
        self._spaced, self._other = _unit_scans()  # (once per walk, not once per call)
        self._sp: re.Match[str] | None = None
        self._ot: re.Match[str] | None = None
        self._sp_from = -1  # where the kept match's search started (-1: none yet)
        self._ot_from = -1

    def first(self, pos: int) -> tuple[int, int] | None:
        """The first unit word at a word start at ``pos`` or after (``pos`` never goes back)."""
        cased = self._cased
        if pos == 0:
            m = _unit_re().match(cased)
            if m is not None:
                return 0, m.end()
        # its boundary may be the character before ``pos`` (a space, or the dot of "p.")
        q = pos - 1 if pos > 0 else 0
        sp = self._sp
        if self._sp_from < 0 or (sp is not None and sp.start() < q):
            sp = self._sp = self._spaced.search(cased, q)
            self._sp_from = q
        ot = self._ot
        if self._ot_from < 0 or (ot is not None and ot.start() < q):
            ot = self._ot = self._other.search(cased, q)
            self._ot_from = q
        if ot is None or (sp is not None and sp.start() < ot.start()):
            return None if sp is None else (sp.start() + 1, sp.end())
        return ot.start() + 1, ot.end()


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


# a capitalised word, or a word in capitals ("LÊ LỢI" in an all-caps form)
_CAPWORD = r"[A-Z](?:[a-z]*(?:'[a-z]+)*|[A-Z]+(?:'[A-Z]+)*)(?![A-Za-z0-9]|-\d)"
#: unit words that, capitalised or in capitals inside a name, start the next component
_STOP_WORDS = (
    "Xa", "Phuong", "Quan", "Huyen", "Tinh", "Thanh pho", "Thi xa", "Thi tran", "Tp", "Duong",
    "Ngo", "Ngach", "Hem", "Kiet", "Thon", "Xom", "Ap", "Khu pho", "To dan pho", "So nha",
    "Dac khu", "Buon", "Plei", "Phum", "Khom",
    # a flat's building after its number: "phòng 305 KTX K1", "căn hộ 12 Block B"
    "Ktx", "Block", "Toa", "Chung cu",
)  # fmt: skip
_STOP = (
    "(?:"
    + "|".join(
        sorted({f.replace(" ", r"[ \t]+") for w in _STOP_WORDS for f in (w, w.upper())}, key=len)[
            ::-1
        ]
    )
    + r"|TP)(?![A-Za-z])(?=[ \t]+[A-Z0-9])"  # a unit word only when a name follows
    # (not a city's: "P.Chợ Quán TP.HCM", "Quán" is the ward's; no unit names a city)
    + r"(?![ \t]+(?:TP|Tp)(?![a-z]))"
    + r"|(?:P|Q|X|H|TT|TX|TP|Tp)\.[ \t]*[A-Z0-9]"  # "P. Bến Thành", "Q.1"
)
_NUMBER_NAME = (
    # (a flat by its floor, a letter and its number: "căn 12a05", "căn hộ 3B12")
    r"\d{1,5}(?:[A-Fa-f]\d{1,3}(?![\w/]))?[A-Za-z]?(?:[/\-]\d{1,5}[A-Za-z]?){0,3}(?![\d/])"
)
#: what a number after a place's name counts when it is an age or a count, not the place's
#: number ("TP Huế 38 tuổi", "xã Phú Mậu 12 hộ"), on the folded view (lower case)
_COUNTED_AFTER = (
    r"(?![ \t]*(?:tuoi|nam|nguoi|ho|lan|thang|ngay|tuan|trieu|nghin|ngan|km|kg|m2|ha|phut|gio)"
    r"(?![a-z]))"
)
_NAME = (
    # "Tân Phú", "Mỹ Đình 2", "Hải Châu 1"
    # (the number after a space, never a tab: "TP Huế<TAB>45.000.000" is the next cell; not
    # an age or a count: "TP Huế 38 tuổi")
    rf"(?:{_CAPWORD}(?:[ \t]+(?!{_STOP}){_CAPWORD}){{0,3}}"
    rf"(?:[ ]+\d{{1,3}}(?![\d/.,]\d|\d){_COUNTED_AFTER})?"
    # "A3-12", "B2.05", "CT2B", "HH1A", "P.1205": a block and a flat (before the letters and
    # number below, which would cut "CT2B" after its digit)
    r"|[A-Z]{1,3}-?\d{1,5}[A-Z]?(?:[-.]\d{1,5}[A-Z]?)?(?![\w])"
    r"|[A-Z]{2,5}(?![a-z])(?:[ \t]*\d{1,3}(?![\d/]))?"
    # "12", "88/3", "2-14", "30 Tháng 4", "12 Nguyễn Trãi"
    rf"|{_NUMBER_NAME}(?:[ \t]+(?!{_STOP}){_CAPWORD}(?:[ \t]+(?!{_STOP}){_CAPWORD}){{0,3}}"
    r"(?:[ ]+\d{1,2}(?![\d/.,]\d|\d))?)?)"
)
_NAME_RE = re.compile(_NAME)
# white space, then the name
_NAME_AFTER = re.compile(r"[ \t]*+(?:\r?\n[ \t]*)?(" + _NAME + ")")
# (a name holds no digits but those ``\d`` reads)
_DIGIT = re.compile(r"\d")
# between components: a comma (a line break may follow: addresses on envelopes span lines),
# white space, or a bare line break
_SEP = re.compile(r"[ \t]*(?:[,;\-–][ \t]*(?:\r?\n[ \t]*)?|[ \t]+|\r?\n[ \t]*)")
_BARE = re.compile(
    rf"(?P<name>{_CAPWORD}(?:[ \t]+{_CAPWORD}){{0,3}}|TP\.?[ \t]*[A-Z]{{2,4}}|[A-Z]{{2,5}})(?![\w])"
)
#: unit words that are also syllables of street names ("Nam Kỳ Khởi Nghĩa", "Đồng Khởi", "An
#: Duong Vuong" without its marks)
_IN_STREET_NAMES = frozenset(("khoi", "lang", "cho", "doi", "duong"))
#: a house number and capitalised words right before such a word
_NUMBERED_NAME_BEFORE = re.compile(
    rf"(?<![\w/.,\-])(\d{{1,5}}[A-Za-z]?(?:/\d{{1,5}}[A-Za-z]?)?[ \t]+{_CAPWORD}"
    rf"(?:[ \t]+{_CAPWORD}){{0,2}})[ \t]+$"
)
#: "nhà " before "số 40": not part of the address
_NHA = re.compile(r"[Nn][Hh][Aa][ \t]+")
#: the second half of a province written with a dash: " - Vũng Tàu"
_DASH_NAME = re.compile(rf"[ \t]*[-–][ \t]*{_CAPWORD}(?:[ \t]+{_CAPWORD}){{0,2}}(?![\w])")
#: "ng 45", "ngh 12/4" after a house number (folded, cased: lower case only)
_LANE_SHORT = re.compile(r"(ngh?)[ \t]+\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?){0,2}(?=[ \t,;]|$)")
#: the capitalised street after such a lane, before a comma or the line's end
_LANE_STREET_CAP = re.compile(
    rf"[ \t]+((?!{_STOP}){_CAPWORD}(?:[ \t]+(?!{_STOP}){_CAPWORD}){{0,3}})(?=[ \t]*(?:[,;]|$))"
)
#: "nhà B4", "nha A2", "nhà 17T1", "nha a2" (chat): a building's code after "nhà", then a space
#: or comma, or its letter alone before a comma ("nhà B,") (folded, cased)
_BUILDING = re.compile(
    r"[Nn](?:ha|HA)[ \t]+"
    r"(?:(?:[A-Z]{1,2}\d{1,3}[A-Z]?|\d{1,3}[A-Z]{1,2}\d{0,2}|[a-z]{1,2}\d{1,3}[a-z]?)(?=[ \t,])"
    # a building by its letter alone, then the comma: "phòng 504 nhà B, khu tập thể ..."
    r"|[A-Za-z](?=[ \t]*,))"
)
#: the rest of a name after its dash: capitalised words, no unit word, then punctuation
_DASH_TAIL = re.compile(
    rf"(?!(?:{'|'.join(_STOP_WORDS)})(?![a-z]))({_CAPWORD}(?:[ \t]+{_CAPWORD}){{0,3}})"
    r"(?=[ \t]*(?:[,.;)\n]|$))"
)
_LEAD = re.compile(
    r"(?<![\w/.+])(?<!\d )((?:[Pp]\.?(?=\d{3,4} ))?\d{1,5}[A-Za-z]?(?:/\d{1,5}[A-Za-z]?){0,3} +)$"
)  # ("p1205 tòa b ...": a room, "p" for phòng; "0986 347 210 bản ...": a phone's last group)
# "Số 58 Trần Phú, phường ...", "12 Nguyễn Trãi, P. ...": house number and street name
# without the word "đường", just before a chain.
_LEAD_STREET = re.compile(
    r"(?<![\w/])((?:(?:[Ss]o|SO)(?:[ \t]+nha)?[ \t]*|[Kk])?\d{1,5}[A-Za-z]?"
    r"(?:/\d{1,5}[A-Za-z]?){0,3}"
    rf"[ \t]+{_CAPWORD}(?:[ \t]+{_CAPWORD}){{0,3}})[ \t]*[,\-–][ \t]*$"
)
# the same in lower-case chat: "58 tran phu, phuong 4, quan 5" (only before a chain of two)
_LEAD_STREET_LC = re.compile(
    r"(?<![\w/])((?:so[ \t]+(?:nha[ \t]+)?|k)?\d{1,5}[a-z]?(?:/\d{1,5}[a-z]?){0,3}[ \t]+([a-z]+)"
    # (the street's name may be broken by a line: "số 88/15 lê⏎hồng phong, phường ...")
    r"(?:(?:[ \t]+|[ \t]*\r?\n[ \t]*)[a-z]+)?(?:[ \t]+[a-z]+){0,2})[ \t]*,[ \t]*$"
)
# the same without the comma, in chat: "o 18 nguyen trai phuong 3 ..."
_LEAD_STREET_BARE = re.compile(
    # (Đà Nẵng's and Huế's lanes, "kiệt", by their letter glued to the house number: "ở
    # k82/21 le dinh ly p. ...", "k.15/4 ...")
    r"(?<![\w/.,\-])((?:[Kk]\.?)?\d{1,5}[A-Za-z]?(?:/\d{1,5}[A-Za-z]?){0,3}[ \t]+([A-Za-z]+)"
    r"(?:[ \t]+[A-Za-z]+){1,3})[ \t]+$"
)
#: the same with a street of one word, which must be a known one ("15 pasteur phuong ...")
_LEAD_ONE_STREET = re.compile(
    r"(?<![\w/.,\-])(\d{1,5}[A-Za-z]?(?:/\d{1,5}[A-Za-z]?){0,3}[ \t]+([A-Za-z]+))[ \t]+$"
)
#: "số nhà" or "số" (of "nhà số") and the house's number, then the street's first letter
#: (folded): "số 61 lê văn sỹ"
_HOUSE_THEN_STREET = re.compile(
    r"(?:so[ \t]+nha|so)[ \t]+(\d{1,5}[a-z]?(?:/\d{1,5}[a-z]?){0,3})[ \t]+[a-z]"
)
#: a house number, a lane with its number, then the lane's street by name (folded): "14 ngõ 5
#: hoàng quốc việt" (not "14 ngõ nhỏ", a count)
_HOUSE_LANE_STREET = re.compile(
    r"\d{1,5}[a-z]?(?:/\d{1,5}[a-z]?)?[ \t]+(?:ngo|ngach|hem|kiet)[ \t]+\d{1,4}[a-z]?"
    r"(?:/\d{1,4}[a-z]?)*[ \t]+[a-z]"
)
#: industrial parks and export zones (``_judge``: alone, no address)
_PARKS = frozenset(("khu cong nghiep", "kcn", "cum cong nghiep", "khu che xuat", "kcx"))
#: a person's name (two to five capitalised words) opening a list's item, then a bracket
#: (folded, cased): "danh sách: Rcom H'Yũ (", ", Siu Nay ("
_NAME_THEN_BRACKET = re.compile(
    r"(?:^|[:;,\n]|\d[.)])[ \t]*([A-Z][A-Za-z']*)(?:[ \t]+[A-Z][A-Za-z']*){1,4}[ \t]*\([ \t]*$"
)

_NAME_THEN_BRACKET_LC = re.compile(
    r"(?:^|[:;,\n]|\d[.)])[ \t]*([a-z][a-z']*)(?:[ \t]+[a-z][a-z']*){1,4}[ \t]*\([ \t]*$"
)


#: a household's or a person's word in lower case before the name in such an item (folded):
#: "hộ Đoàn Văn Lừng (thôn Hạ Vĩnh)", "ông Lò Văn Panh (bản Nà Hằng)"
_ITEM_PERSON_WORDS = r"(?:ho|ong|ba|anh|chi|em|chau|cu|hs|ho[ \t]+ong|ho[ \t]+ba)[ \t]+"
_WORD_THEN_NAME_THEN_BRACKET = re.compile(
    r"(?:^|[:;,\n(]|\d[.)])[ \t]*" + _ITEM_PERSON_WORDS
    + r"([A-Z][A-Za-z']*)(?:[ \t]+[A-Z][A-Za-z']*){1,4}[ \t]*\([ \t]*$"
)  # fmt: skip
_WORD_THEN_NAME_THEN_BRACKET_LC = re.compile(
    r"(?:^|[:;,\n(]|\d[.)])[ \t]*" + _ITEM_PERSON_WORDS
    + r"([a-z][a-z']*)(?:[ \t]+[a-z][a-z']*){1,4}[ \t]*\([ \t]*$"
)  # fmt: skip


#: a line's start before a heading (folded): its bullet, if any
_LINE_START_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-+*•][ \t]*|\d{1,2}[.)][ \t]*)?$")
#: a heading's colon, then a person's name of two to four words (folded, cased)
_COLON_THEN_NAME = re.compile(r"[ \t]*:[ \t]*([A-Za-z]+)((?:[ \t]+[A-Za-z]+){1,3})")


def _heading_over_people(doc: Document, start: int, end: int) -> bool:
    """Whether the village or hamlet ``start:end`` heads its line, then a colon and a person's
    name led by a surname, capitalised or all in lower case ("Thôn Bình Minh: Diêm Văn Chắt
    40kg", "thon dong hai: mac van tinh 30kg"): the households listed under it."""
    if _LINE_START_BEFORE.search(doc.folded_cased, max(0, start - 8), start) is None:
        return False
    m = _COLON_THEN_NAME.match(doc.folded_cased, end)
    if m is None:
        return False
    words = [m.group(1), *m.group(2).split()]
    cased = all(w[:1].isupper() for w in words)
    lower = all(w.islower() for w in words)
    if not (cased or lower):
        return False
    folded = [w.lower() for w in words]
    if lower and any(w in _LC_END or w in _LC_NOT_NAME for w in folded[1:]):
        return False
    if _is_unit_word(folded[0]):
        return False
    # (a surname the lexicon lacks still reads as one before "Văn" or "Thị": "Diêm Văn Chắt")
    return _person_first(doc, m) or (len(folded) >= 3 and folded[1] in ("van", "thi"))


#: the rest of a bracket after a village's name: up to two more lower-case words (folded,
#: cased), then the closing bracket
_BRACKET_REST = re.compile(r"((?:[ \t]+[a-z]+){0,2})[ \t]*\)")


def _person_then_bracket(doc: Document, start: int) -> bool:
    """Whether a person's name opens the list's item whose bracket ends at ``start``: its
    first word a surname, a minority clan name or a name's prefix ("Rcom H'Yũ (", "Siu
    Nay ("; not "Cồng Chiêng Tây Nguyên ("), after a household's or a person's word or
    not ("hộ Đoàn Văn Lừng (thôn Hạ Vĩnh), hộ Vũ Thị Nụ (thôn Phú Lương)")."""
    cased = doc.folded_cased
    lo = max(0, start - 60)
    for pattern in (
        _NAME_THEN_BRACKET,
        # the same in lower case ("rcom h'yũ (buôn chư mố)")
        _NAME_THEN_BRACKET_LC,
        _WORD_THEN_NAME_THEN_BRACKET,
        _WORD_THEN_NAME_THEN_BRACKET_LC,
    ):
        m = pattern.search(cased, lo, start)
        if m is not None and _person_first(doc, m):
            return True
    return False


def _person_first(doc: Document, m: re.Match[str]) -> bool:
    """Whether ``m``'s first group, a name's first word, is a surname (spelled as one), a
    minority clan name or a name's prefix."""
    first = m.group(1).lower()
    written = doc.text[m.start(1) : m.end(1)].lower()
    minority = minority_lexicon()
    return (
        # (spelled as one where the text has diacritics: "Cồng" is no "Công")
        (first in lexicons().surnames and (written.isascii() or written in _spelled_surnames()))
        or first in minority.prefixes
        or any(c.split(" ")[0] == first for c in minority.clans)
    )


#: a floor named by its word after "tầng": the ground floor, the mezzanine (folded)
_FLOOR_WORD = re.compile(r"[ \t]+(tret|lung)(?![\w])")
#: a year after "Q.3": a quarter ("Q.3 2024"), no district
_YEAR_AFTER = re.compile(r"[ \t]*[/\-]?[ \t]*(?:19|20)\d\d(?!\d)")


def _lc_street_glued(words: str) -> bool:
    """Whether a house number and a lower-case street before a district glued to its number
    ("88 ly thuong kiet q.10") read as a street: three words or more after the number, none
    an everyday word that ends a name or counts something ("thi" only as a middle name:
    "nguyen thi minh khai")."""
    names = words.lower().split()[1:]
    return len(names) >= 3 and not any(
        (w in _LC_END and not (w == "thi" and 0 < i < len(names) - 1)) or w in _COUNTERS
        for i, w in enumerate(names)
    )


def _capitalised(words: str) -> bool:
    """Whether every word after the house number starts with a capital ("88 Nguyễn Trãi")."""
    return all(w[:1].isupper() for w in words.split()[1:])


#: lower-case words after a number that count things, not name a street: "58 người, ..."
_COUNTERS = frozenset(
    ("nguoi", "ho", "ca", "can", "vu", "viec", "lan", "nam", "thang", "ngay", "gio", "phut",
     "trieu", "nghin", "ngan", "ty", "dong", "muc", "dieu", "khoan", "trang", "ban",
     "cai", "chiec", "con", "tuoi", "tuan", "km", "m", "kg", "tan", "hecta", "so", "lo",
     "thua", "don", "bo", "to", "quyen", "tap", "lop", "khoa", "xe", "phong", "tang", "met",
     "cuon", "hop", "dot", "buoi", "chuong", "diem", "dong", "usd", "vnd", "trieu", "ti")
)  # fmt: skip
#: words before a number that make it an article, a date or a count: "Điều 12 luật này, ..."
_NOT_BEFORE_NUMBER = frozenset(
    ("dieu", "khoan", "diem", "muc", "chuong", "phan", "lan", "ngay", "thang", "nam", "luc",
     "trang", "mau", "so", "co", "tong", "gom", "khoang", "hon", "duoi", "tren")
)  # fmt: skip
#: unit words that no numbered street's name holds before its number (folded)
_STREET_NUMBER_NOT = (
    r"(?:to|khu|pho|xom|thon|ap|ngo|ngach|hem|kiet|duong|so|tdp|kp|day|lo|tang|phong|can"
    r"|toa|nha|block|doi|khoi|cum|ban)"
)
#: street words whose number may be followed by a street name in lower case ("ngõ 102
#: trường chinh, ...": before a comma only)
_LC_AFTER_NUMBER = frozenset(("ngo", "ngach", "hem", "kiet", "so nha", "sn", "ng", "ngh"))
_LC_STREET_NAME = re.compile(
    r"[ \t]+([a-z]+)"
    # a numbered street's number after a name of two words or more, none a unit word ("số 88
    # bàu cát 2 p.14", "hoàng diệu 2, ..."; "sn 88 tổ 3," is a group's number)
    r"(?:(?:[ \t]+(?!" + _STREET_NUMBER_NOT + r"(?![a-z]))[a-z]+){1,3}?[ \t]+\d(?![\w/.])"
    r"|(?:[ \t]+[a-z]+){0,3}?)"
    # the name ends at a comma, or (chat types none) at the next unit word of the chain
    r"(?=[ \t]*,|[ \t]+(?:phuong|xa|quan|huyen|thi[ \t]+xa|thi[ \t]+tran|tp|thanh[ \t]+pho)"
    r"[ \t]+[a-z0-9]|[ \t]+(?:p|q|x|h|tx|tt|tp)\.[ \t]*[a-z0-9]"
    # chat's ward or district letter with no dot before its name ("phố thợ nhuộm p cửa nam")
    r"|[ \t]+[pq][ \t]+[a-z]{2,}|[ \t]+[pq]\d{1,2}(?![\w]))"
)
#: the same street of two to four words where the sentence ends: the text's or line's end,
#: its full stop or question mark ("chú lâm ở số 7 ngõ 94 phố hoàng hoa thám"), or an
#: English sentence goes on ("the inspection at 14 ngo 5 hoang quoc viet is moved"); one word
#: alone there is too often chat's ("ở số 5 ngõ 3 thôi.")
_LC_STREET_NAME_END = re.compile(
    r"[ \t]+([a-z]+)(?:[ \t]+[a-z]+){1,3}?"
    r"(?=[ \t]*(?:[.?!)]|\r?\n(?![ \t]*[a-z]+(?:[ \t]+[a-z]+)?[ \t]*,)|$)"
    r"|[ \t]+(?:is|are|was|were|will|has|have|on|in|at|from|to|for|and|or|by)(?![\w']))"
)


def _lc_street(folded: str, pos: int, lane: bool = False) -> re.Match[str] | None:
    """A lower-case street's name at ``pos`` after a house number or lane (``_LC_STREET_NAME``,
    else ``_LC_STREET_NAME_END``, else ``_LC_STREET_WRAPPED``); ``lane``: after a lane's
    number, whose street named as a person may hold any syllable (``_lane_named``)."""
    found = (
        _LC_STREET_NAME.match(folded, pos)
        or _LC_STREET_NAME_END.match(folded, pos)
        or _LC_STREET_WRAPPED.match(folded, pos)
    )
    if found is not None and found.group(0).split()[-1] in _STREET_CHAT_WORDS:
        # "ở số 9 ngõ 41 phan đình giót nhé": a street named as a person, then chat's word
        # where the sentence ends; the word is no given name a street's name ends with
        words = found.group(0).split()
        name = words[:-1]
        if len(words) >= 3 and (
            _named_street(name, shortest=2) or (lane and (_lane_named(name) or _figure(name)))
        ):
            kept = _LC_RUN.match(folded, pos, found.end() - len(words[-1]))
            if kept is not None:
                return kept
    if (
        found is not None
        and found.group(0).split()[-1] in _SENTENCE_PARTICLES
        and len(found.group(0).split()) >= 3
    ):
        # "dc: số 7 ngõ 12 tây sơn nhé": any street's name, then chat's closing particle where
        # the sentence ends; no street's name ends on one
        kept = _LC_RUN.match(folded, pos, found.end() - len(found.group(0).split()[-1]))
        if kept is not None:
            return kept
    if found is None and folded.startswith(" ", pos):
        # "nhà ở ngõ 58 trần bình cũng mới xây", "ở kiệt 5 nguyễn lộ trạch rồi đó": a street
        # named as a person, then chat's word that ends a name (``_LC_END``, or
        # ``_STREET_CHAT_WORDS``: "ngõ 41 phan đình giót sẽ mang ghế sang")
        chat = _lc_street_chat().match(folded, pos)
        words = chat.group(0).split() if chat is not None else []
        if words[:1] == ["duong"] or words[:1] == ["pho"]:
            words = words[1:]  # "số 71 đường trần phú từ 1/10": the street's word first
        if chat is not None and (
            _named_street(words, shortest=2) or (lane and (_lane_named(words) or _figure(words)))
        ):
            return chat
    return found


#: lane words, whose number is followed by the lane's street
_LANES = frozenset(("ngo", "ngach", "hem", "kiet", "ng", "ngh"))
#: unit words that start the next component, never inside a street's name
_NEXT_UNIT_WORDS = frozenset(
    ("phuong", "xa", "quan", "huyen", "tinh", "thon", "xom", "ap", "to", "khu", "tp", "so",
     "sn", "ngo", "ngach", "hem", "kiet", "pho")
)  # fmt: skip


def _lane_named(words: list[str]) -> bool:
    """Whether the lower-case words after a lane's number read as a street named after a
    person, in chat: two to four syllables led by a surname, none after it a word that ends a
    name or starts the next unit ("kiệt 5 nguyễn lộ trạch rồi đó", "ngõ 18 nguyễn chí thanh
    nhé": "lộ", "chí" are everyday words too, which after a lane's number and a surname are
    the street's). ``_named_street`` asks every word to be a name's, which these are not."""
    return (
        2 <= len(words) <= 4
        and words[0] in lexicons().surnames
        and not _surname_then_place(words)
        and all(is_vietnamese_syllable(w) for w in words)
        and not any(
            (w in _LC_END and not _middle_thi(words, i)) or w in _NEXT_UNIT_WORDS
            for i, w in enumerate(words[1:], 1)
        )
    )


def _surname_then_place(words: list[str]) -> bool:
    """Whether three words are a one-word street that is also a surname, then a district's or
    a place's two-word name ("phố vọng thanh xuân": "Vòng" is a surname, "thanh xuân" a
    district), not a street named after a person."""
    return len(words) == 3 and " ".join(words[1:]) in lexicons().not_names


def _figure(words: list[str]) -> bool:
    """Whether lower-case words are a historical figure's or event's name, which streets
    bear (``public_figures``: "nguyễn đình thi", "nam kỳ khởi nghĩa"), or a battle's, place's
    or dynasty's that many cities name a street after (``address_streets.txt``: "chi lăng",
    "bạch đằng")."""
    name = " ".join(words)
    return name in public_figures() or name in _named_streets()


@lru_cache(maxsize=1)
def _named_streets() -> frozenset[str]:
    """Streets named after battles, places and events (``address_streets.txt``), folded."""
    return data.folded_set("detectors/address_streets.txt")


def _middle_thi(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is "thi" inside a woman's name ("nguyễn thị minh khai")."""
    return words[i] == "thi" and 0 < i < len(words) - 1


#: chat's words that follow a street named as a person and that no given name spells, folded:
#: the future's and the near past's markers ("sẽ", "sắp", "vừa", "chưa"), "luôn", and the
#: particles that close a sentence ("nhé", "rồi")
_STREET_CHAT_WORDS = frozenset(("se", "sap", "vua", "chua", "luon", "nhe", "roi"))
#: chat's particles that close a sentence and end no street's name ("nhé", "rồi", "luôn",
#: "nhen", "nè", and "ak", "ah" for "ạ")
_SENTENCE_PARTICLES = frozenset(("nhe", "roi", "luon", "nhen", "ne", "ak", "ah"))
#: lower-case words after a space, as many as the end given allows (folded)
_LC_RUN = re.compile(r"[ \t]+([a-z]+)(?:[ \t]+[a-z]+)*")


@lru_cache(maxsize=1)
def _lc_street_chat() -> re.Pattern[str]:
    """Two to four lower-case words, then a word of ``_LC_END`` or ``_STREET_CHAT_WORDS``, or
    "từ" (since) and a date (folded)."""
    ends = "|".join(sorted(_LC_END | _STREET_CHAT_WORDS))
    return re.compile(
        rf"[ \t]+([a-z]+)(?:[ \t]+[a-z]+){{1,3}}?(?=[ \t]+(?:{ends})(?![\w'])"
        r"|[ \t]+tu[ \t]+(?:\d|thang|nam|ngay|hom)(?![a-z]))"
    )


#: the same street broken by a line (a PDF's or an envelope's), the rest before a comma:
#: "số 27 đường ngô⏎gia tự, phường hải châu"
_LC_STREET_WRAPPED = re.compile(
    r"[ \t]+([a-z]+)(?:[ \t]+[a-z]+){0,2}[ \t]*\r?\n[ \t]*[a-z]+(?:[ \t]+[a-z]+)?(?=[ \t]*,)"
)


#: the number a name starts with ("15" of "15 Tran Phu")
_NUMBER_FIRST = re.compile(r"\d{1,5}[A-Za-z]?(?:/\d{1,5}[A-Za-z]?)*(?![\w/])")
#: a unit word or a comma after a group's number: "to 5 phuong 2", "in to 22, phuong ..."
_GROUP_GOES_ON = re.compile(r"[ \t]*(?:,|[A-Za-z]+\.?)")


def _english_to(doc: Document, start: int, end: int) -> bool:
    """Whether "to" at ``start`` before the number ending at ``end`` is the English
    preposition: its line holds two English function words besides it ("please deliver it to
    15 Tran Phu, ...", "send the invoice to 22 Le Loi"), and neither a comma nor a unit word
    follows the number (then it is "tổ", a residents' group: "lives in to 22, phuong Quang
    Trung", "in to 5 phuong 2")."""
    after = _GROUP_GOES_ON.match(doc.folded_cased, end)
    if after is not None:
        word = after.group(0).strip()
        if word == "," or _unit_re().match(doc.folded_cased, after.end() - len(word)):
            return False
        if _unnamed_commune(doc, after.end() - len(word)) is not None:
            return False  # "tat ca o to 11 an hoa.": the group's commune, no English word

    text = doc.text
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)].lower()
    # English function words and the English words of ``_EN_FUNCTION`` ("moved", "deliver"),
    # not its Vietnamese chat words typed plain ("toi", "o", "tai")
    english = english_function_words()
    count: int = sum(
        w != "to" and (w in english or (w in _EN_FUNCTION and w not in _EN_FUNCTION_VI))
        for w in _EN_WORD.findall(line)
    )
    return count >= 2


_EN_WORD = re.compile(r"[a-z']+")


def _named_street(
    words: list[str], shortest: int = 3, marked: frozenset[int] = frozenset()
) -> bool:
    """Whether a lower-case street's words read as a person's full name: three or four words
    (``shortest`` to four), a surname, middle or given names, a given name last, none an
    everyday, counting or unit word ("lê văn sỹ", "triệu quang phục"; "thi" only in the
    middle; not "tô màu xanh"), nor a short street before a district's name ("phố vọng thanh
    xuân": "Vòng" is a surname, "thanh xuân" a district). The words at ``marked`` are written
    with other marks than a unit word's ("âu dương lân": "dương" is no "đường")."""
    lex = lexicons()
    return (
        shortest <= len(words) <= 4
        and words[0] in lex.surnames
        and not _surname_then_place(words)
        and all(w in lex.middles or w in lex.givens for w in words[1:-1])
        and words[-1] in lex.givens
        and not any(
            (w in _LC_END and not (w == "thi" and 0 < i < len(words) - 1))
            or w in _LC_NOT_NAME
            or ((w in _COUNTERS or w in _UNITS) and i not in marked)
            for i, w in enumerate(words[1:], 1)
        )
    )


def _comma_then_ward(folded: str, street: re.Match[str]) -> bool:
    """Whether a lower-case street's name of two words or more, none after the first an
    everyday or unit word, is followed by a comma and a ward's, commune's or district's unit
    word with its name ("kiệt 56 chi lăng, phường phú xuân", "ngõ 5, đường xuống giang,
    phường bắc giang"): the chain vouches for a first word that is an everyday one too."""
    words = street.group(0).split()
    if len(words) < 2 or any(
        w in _LC_NOT_NAME
        or w in _LC_END
        or w in _COUNTERS
        or (w in _UNITS and w not in _NAME_UNITS)
        for w in words[1:]
    ):
        return False
    after = _COMMA.match(folded, street.end())
    unit = _unit_re().match(folded, after.end()) if after is not None else None
    if unit is None:
        return False
    # (chat's lower-case "p.", "q.", "x." too: "số 88 lê văn thịnh, p. bình trưng")
    key = _ACCEPTED.get(unit.group(0)) or _LC_SHORT.get(unit.group(0)) or ""
    return _UNITS.get(key, 0) in (1, 2)


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


def _literal_gate(words: tuple[str, ...]) -> re.Pattern[str]:
    """One search for any of ``words``, where they share an opening ("o lang ", "o buon "
    ...): its literal prefix lets the engine skip ahead, one scan instead of one substring
    test of the text per word (5x faster on a 50 KB text)."""
    prefix = words[0]
    for w in words[1:]:
        while not w.startswith(prefix):
            prefix = prefix[:-1]
    tails = "|".join(re.escape(w[len(prefix) :]) for w in words)
    return re.compile(re.escape(prefix) + "(?:" + tails + ")")


#: English words that are no part of a place's name ("i live at", "send it to"): left in lower
#: case in that view, so a chain starts after them. Not the English words that are also
#: Vietnamese syllables without their marks: "my" (Mỹ), "the" (Thế), "he" (Hè), "on" (Ôn),
#: "be" (Bé), "am" (Âm), "to" (Tô), "me" (Mê), "go" (Gò)
_EN_FUNCTION = frozenset(
    ("i", "we", "our", "us", "you", "your", "she", "his", "her", "they", "their",
     "it", "its", "live", "lives", "living", "lived", "stay", "stays", "staying", "at", "in",
     "of", "from", "is", "are", "was", "were", "been", "and", "or",
     "but", "please", "pls", "send", "sent", "address", "near", "next", "home", "house",
     "office", "located", "moved", "move", "work", "works", "working", "come", "visit",
     "this", "here", "there", "for", "with", "by", "now", "currently", "registered",
     "permanent", "temporary", "residence", "resident", "residing", "resides", "mail",
     "deliver", "delivery", "ship", "into", "via", "hello", "thanks", "thank", "mr", "ms",
     "mrs", "dear", "contact", "reach", "find", "meet", "about", "says", "said", "asks",
     # Vietnamese chat around it: "toi dang o hamlet 1, ..."
     # (not "chi", "minh", "tru", "dang": "ho chi minh city", "dang thai mai street")
     "toi", "o", "tai", "em", "cua", "va", "voi", "gui", "nay")
)  # fmt: skip
#: of these, the Vietnamese chat words
_EN_FUNCTION_VI = frozenset(("toi", "o", "tai", "em", "cua", "va", "voi", "gui", "nay"))
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
#: what makes a chain read on the capitalised view an address: a number, or a unit below the
#: city ("nguyen hue walking street, le loi boulevard" is a sight, no one's address)
_EN_LC_FINE = re.compile(
    r"\d|(?<![a-z])(?:ward|commune|district|hamlet|village|province|town)(?![a-z])"
)


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


_RESIDENCE = CueSet(
    [
        "thường trú tại",
        "thường trú",
        "tạm trú tại",
        "tạm trú",
        "trú tại",
        "trú",
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
        # a village's public hall or a meeting hall: "tại nhà văn hóa thôn Trung Lưu, xã ..."
        "nhà văn hóa",
        "nhà văn hoá",
        "hội trường",
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


_EN_PLACES = frozenset(
    {"vietnam", "viet nam", "hanoi", "ho chi minh city", "saigon", "hcmc",
     # the countries where most Vietnamese abroad live, ending an address there
     "usa", "united states", "australia", "canada", "france", "germany", "japan", "korea",
     "south korea", "taiwan", "united kingdom", "uk"}
)  # fmt: skip


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    return _provinces() | _EN_PLACES


#: a component: start, end, level (0 fine ... 3 province), the name read after the unit word,
#: the unit word (lower case, no dot), and how the name was read: "cased" (capitalised or a
#: number), "lower" (lower-case chat) or "known" (a known province or place in lower case)
_Component = tuple[int, int, int, str, str, str]
#: a link of a chain: start, end, level, the unit word it starts with (if any)
_Link = tuple[int, int, int, str | None]

# -- lower-case chat ("ở xóm 3 xã nghi phong huyện nghi lộc tỉnh nghệ an") ---------------------
#: unit words that take a lower-case name; the others ("số", "tổ", "lô" ...) only a number
_LC_UNITS = frozenset(
    ("ngo", "ngach", "hem", "kiet", "duong", "pho", "thon", "xom", "ap", "ban", "buon", "lang",
     "plei", "soc", "phum", "khom", "khu pho", "to dan pho", "xa", "phuong", "thi tran",
     "dac khu", "quan", "huyen", "thi xa", "thanh pho", "tp", "tinh", "khoi", "khu vuc",
     "khu do thi", "khu cong nghiep", "khu dan cu", "khu tap the", "kdc", "nong truong",
     "lam truong", "khu tai dinh cu")
)  # fmt: skip
#: of these, the ones whose lower-case name must be a known province or place ("tỉnh táo",
#: "thành phố này" are not places)
_LC_KNOWN_ONLY = frozenset(("tinh", "thanh pho", "tp", "pho", "duong"))
#: first words after a unit word that make an everyday compound or phrase, not a place name
#: (folded): "xã hội", "quản lý", "quan trọng", "đường nào", "ấp ủ", "phường nào"
_LC_NOT_NAME = frozenset(
    ("hoi", "ly", "trong", "he", "diem", "sat", "niem", "chuc", "doi", "su", "ao", "ngai", "ve",
     "nhan", "thoai", "phap", "thuc", "cham", "nhu", "u", "dung", "nghe", "xom", "nha", "xa",
     "xoi", "gan", "xua", "lo", "tuong", "khach", "quan", "tron", "nao", "nay", "kia", "do",
     "day", "ay", "ta", "toi", "ban", "chung", "nguoi", "cua", "la", "va", "voi", "o", "thi",
     "ma", "de", "cho", "tu", "den", "co", "khong", "cung", "da", "dang", "se", "bi", "duoc",
     "rat", "lam", "qua", "nhe", "roi", "luon", "moi", "mot", "bon", "sau", "nhieu", "it", "cac",
     "nhung", "tren", "duoi", "ngoai", "giua", "truoc", "canh", "gi", "ai", "sao", "the", "vay",
     "ne", "a", "ak", "ok", "oi", "em", "anh", "chi", "ong", "cau", "di",
     "vao", "ra", "len", "xuong", "het", "nho", "lon", "xinh", "dep")
)  # fmt: skip
#: everyday words that end a lower-case name ("xã nghi phong nhé", "phố huế và ...")
_LC_END = frozenset(
    (
        "nhe",
        "nha",
        "roi",
        "thi",
        "la",
        "va",
        "cua",
        "voi",
        "de",
        "cho",
        "khong",
        "duoc",
        "nhung",
        "nay",
        "kia",
        "day",
        "o",
        "tai",
        "em",
        "toi",
        "dang",
        "cung",
        "moi",
        "luon",
        "mang",
        "and",
        "or",
        "with",
        # chat's verbs right after where one lives: "ở bản nà lừa xin hỗ trợ", "p. gia định
        # hay lấn chiếm" ("xã nàn xín" keeps its own with its marks)
        "xin",
        "hay",
        # "ở bản hua na xã mường giang muốn đăng ký ...": chat's verb of wanting
        "muon",
    )
)  # fmt: skip (only words no place name ends on: "xã pa vây sử", "bản hụa la" keep theirs)
#: unit words that also start place names ("phường láng hạ", "xã bản lầu", "buôn ma thuột")
_NAME_UNITS = frozenset(("lang", "ban", "soc", "buon", "plei", "phum", "khom", "doi", "cum"))
#: single unit words that end a lower-case name (the next component starts)
#: ("khối" ends no name: "đồng khởi", "nam kỳ khởi nghĩa" hold its folded form)
_LC_STOPS = frozenset(w for w in _LC_UNITS if " " not in w and w != "khoi") | {"so", "sn"}
#: (a minority name's apostrophe inside a word: "xa cu m'gar", "huyen m'drak")
_LC_WORDS = re.compile(r"[ \t]+([a-z]+(?:'[a-z]+)?)" + r"(?:[ \t]+([a-z]+(?:'[a-z]+)?))?" * 4)
#: the rest of a name on the next line, then a comma
_WRAPPED_TAIL = re.compile(r"[ \t]*\r?\n[ \t]*[a-z]+(?:[ \t]+[a-z]+)?[ \t]*,")
#: the rest of a village's name on the next line, one word, then its commune's unit word
_WRAPPED_BEFORE_UNIT = re.compile(
    r"[ \t]*\r?\n[ \t]*[a-z]+[ \t]+(?=(?:xa|phuong|thi[ \t]+tran)[ \t]+[a-z])"
)
#: the same inside a chain, where a line break may fall inside a name ("xa quang\nphu")
_LC_WORDS_WRAP = re.compile(
    r"(?:[ \t]+|[ \t]*\r?\n[ \t]*)([a-z]+)" + r"(?:(?:[ \t]+|[ \t]*\r?\n[ \t]*)([a-z]+))?" * 4
)
#: punctuation that ends a lower-case name
#: what may follow a name's last word when that word is also a unit word: punctuation, or the
#: text's end, its line's or its question's ("kp 4 p. tan phong"); not a dot, which may be
#: the next unit's abbreviation ("phường tân lập tp. buôn ma thuột")
_NAME_END_AT = frozenset(",;-–?!)\n\r") | {""}
#: everyday words that are also the first syllable of streets named after people ("lý thường
#: kiệt", "ngô quyền", "tô hiến thành", "tạ quang bửu", "đỗ quang"): a street may start so
_STREET_FIRST = frozenset(
    ("ly", "ta", "ma", "do", "lam", "ngo", "to", "la", "cao", "ton",
     # "phó đức chính", or "(số 1) phố ...", "đường láng": a street either way
     "pho", "duong")
)  # fmt: skip
#: the first words of streets named after a person with a title ("Ông Ích Khiêm", "Bà
#: Triệu", "Cô Giang"): after a house or kiệt number with its slash or letter ("k45/12 ông
#: ích khiêm đà nẵng"), a street, not an honorific
_TITLED_STREETS = frozenset(("ong", "ba", "co"))
#: a number after a lower-case name, then punctuation, the end or a word
#: (a space, not a tab: a tab opens the next cell, "tp huế\t45.000.000"; nor an amount's
#: thousands after the number)
#: (a single digit also before the line's end: "phường mỹ đình 2⏎[15:41] ...", a chat log's
#: next line; a longer number there may be a count of a list's row: "xa an phu 12⏎...")
_LC_NUMBER = re.compile(
    r"[ ]+(\d{1,3})(?:(?=[ \t]*(?:[,;)]|\.(?!\d))|[ \t]*$)|[ \t]+([a-z]+))"
    r"|[ ]+(\d)(?=[ \t]*\r?\n)"
)
#: what follows a lower-case name that reached it: not another lower-case word
_LC_AFTER_WORD = re.compile(r"[ \t]+[a-z]")


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    """Provinces (old and new, with variants) and the district and city names of
    ``place_names.txt`` and ``address_places.txt``, folded."""
    return (
        _provinces()
        | data.folded_set("detectors/place_names.txt")
        | data.folded_set("detectors/address_places.txt")
    )


#: a province written with a dash in lower case: "ba ria - vung tau", "thua thien - hue"
_LC_DASHED = re.compile(r"([a-z]+(?:[ \t]+[a-z]+)?)[ \t]*[-–][ \t]*([a-z]+(?:[ \t]+[a-z]+)?)")


def _dashed_province(folded: str, pos: int) -> int | None:
    """The end of a province written with a dash at ``pos`` (folded), or None."""
    m = _LC_DASHED.match(folded, pos)
    if m is None:
        return None
    second = m.group(2).split()
    for n in range(len(second), 0, -1):
        if f"{m.group(1)} {' '.join(second[:n])}" in _provinces():
            return m.start(2) + len(" ".join(second[:n]))
    return None


_LC_BARE_NAME = re.compile(r"([a-z]+(?:[ \t]+[a-z]+){0,2})[ \t]*,[ \t]*")


def _bare_ward(folded: str, pos: int, vouched: bool = False) -> int | None:
    """The end of a lower-case ward's name of one to three words at ``pos``, where a comma and
    a known district or city follow it, none of its words an everyday or unit word (where
    ``vouched``, after "p." glued to it, any word but a unit word or a known place)."""
    m = _LC_BARE_NAME.match(folded, pos)
    if m is None:
        return None
    words = m.group(1).split()
    if any(
        w in _UNITS
        or w in _known()
        or (not vouched and (w in _LC_NOT_NAME or w in _LC_END or w in _COUNTERS))
        for w in words
    ):
        return None
    return m.end(1) if _known_at(folded, m.end(), _known()) is not None else None


def _chat_word_after(folded: str, pos: int) -> bool:
    """Whether an everyday word that ends a name (``_LC_END``) follows ``pos`` after spaces."""
    after = _LC_AFTER_WORD.match(folded, pos)
    return after is not None and _first_word(folded, after.end() - 1) in _LC_END


def _first_word(s: str, pos: int) -> str:
    """The word at ``pos``, without the punctuation after it."""
    return s[pos : pos + 14].split(None, 1)[0].rstrip(",.;:)") if s[pos : pos + 1].strip() else ""


@lru_cache(maxsize=1)
def _lc_bare() -> frozenset[str]:
    """What continues a lower-case chain without a unit word: a province, or the country."""
    return _provinces() | {"viet nam", "vietnam"}


@lru_cache(maxsize=1)
def _lc_bare_first() -> frozenset[str]:
    """The first words of the provinces (folded): a cheap first test."""
    return frozenset(name.split(" ", 1)[0] for name in _lc_bare())


@lru_cache(maxsize=1)
def _known_first() -> frozenset[str]:
    """The first words of the known provinces and places (folded): a cheap first test."""
    return frozenset(name.split(" ", 1)[0] for name in _known())


def _known_at(folded: str, pos: int, known: frozenset[str]) -> int | None:
    """The end of a name of ``known`` starting at ``pos`` (folded, lower case), the longest
    one of up to four words."""
    if _first_word(folded, pos) not in _known_first():
        return None  # (the cheap test first)
    m = _LC_WORDS.match(" " + folded[pos : pos + 40])
    if m is None:
        return None
    words = [w for w in m.groups() if w]
    for n in range(len(words), 0, -1):
        if " ".join(words[:n]) in known:
            return pos + m.end(n) - 1
    return None


#: everyday words that are also the first syllable of many communes, wards and villages ("xã
#: tả phìn", "ấp ô lâm", "xã quản bạ", "phường nhiêu lộc", "xóm giữa"): the unit scan lets
#: them through, and ``_lower_name`` reads them as a name only where the chain vouches for it
_PLACE_SYLLABLES = frozenset(
    (
        "ta",
        "o",
        "quan",
        "nhieu",
        "da",
        "co",
        "tu",
        "do",
        "ma",
        "lo",
        "giua",
        "cho",
        "duong",
        "dang",
        "nhan",
        # "xóm mới", "thôn mới", "ấp mới": the hamlet newly settled, in every province
        "moi",
        # "phường tương mai", "xã tường lộc", "huyện tương dương" (not "tưởng")
        "tuong",
        # "đường xương giang", "phường cửa nam", "xã cửa tùng": a place's first syllable
        # that reads as "xuống" (down), "của" (of) typed plain
        "xuong",
        "cua",
        # "huyện u minh thượng", "xã khánh lâm, huyện u minh": "U" that reads as "ủ"
        "u",
    )
)


def _vouched_name(folded: str, m: re.Match[str], words: list[str], key: str, inside: bool) -> int:
    """How many words after a unit word whose first is an everyday word (or a unit word)
    still name a place (0: none): inside a chain, a commune or ward and two words, then the
    next unit word, a known place or punctuation ("..., xã quản bạ, tỉnh ...", "hẻm 58/3 lê văn
    sỹ phường nhiêu lộc tp hcm"); at a chain's start, a village and one or two words, then a
    commune's or ward's unit word ("ấp ô lâm xã ô lâm ...", "xóm giữa xã ba vì ...")."""
    level = _UNITS.get(key, 0)
    if (
        level == 1
        and inside
        and len(words) >= 3
        and not everyday_pair(key, words[0])
        and not any(w in _LC_END or w in _LC_STOPS for w in words[1:3])
        and _province_after(folded, m.end(3))
    ):
        # "hem 51 tran hung dao phuong cau ong lanh tp hcm": inside a chain, a ward of three
        # words, then the city's unit word or a comma and a province, which vouches for them
        return 3
    if inside and key in _HAMLET_UNITS and words[0] in _HAMLET_ONE_WORD:
        # "nhà tôi số 5 xóm mới": inside a chain, a hamlet named new, or after its market,
        # communal house or middle position, one word
        return 1
    if (
        level == 1
        and len(words) >= 2
        and not everyday_pair(key, words[0])  # "xa hoi hoa, ha noi": xã hội, no commune
        and _province_after(folded, m.end(2))
        # with no comma, inside a chain and the two words no everyday word ("88 tran hung dao
        # p.cho quan tp.hcm"; not "nay la xa cho ra tinh ...": a commune named, no one's home;
        # "phuong quan ly tp ...": quản lý)
        and (
            _COMMA.match(folded, m.end(2)) is not None or (inside and not everyday_pair(*words[:2]))
        )
    ):
        # a ward or commune of two words, a comma, then a province or a city's unit word
        # (or that unit word alone: "p.cho quan tp.hcm")
        # ("phuong cho quan, tp.hcm", "xa quan ba, ha giang"; inside a chain too: "tổ 4, khu
        # 3, phường cửa ông, tỉnh quảng ninh"): the province vouches for the words between,
        # everyday words or unit words as they may be
        return 2
    # right after "ở", "tại" a village's name may be any word ("o ban la xa ban hon ...")
    cue = not inside and _word_before(folded, m.start() - len(key)) in ("o", "tai", "que", "tru")
    if (
        cue
        and key in _MINORITY_UNITS | {"lang"}
        and len(words) >= 2
        and words[0] in _PLACE_SYLLABLES
        and not any(w in _LC_END or w in _LC_NOT_NAME or w in _UNITS for w in words[1:2])
        and (
            folded[m.end(2) : m.end(2) + 2].lstrip(" \t")[:1] in _NAME_END_AT
            # or a chat word that ends a name: "ở sóc tà lọt xin xác nhận"
            or (len(words) > 2 and words[2] in _LC_END)
        )
    ):
        # a minority village of two syllables right after "ở", the first an everyday word,
        # then the sentence's end or a comma: "ở sóc tà lọt", "ở làng ta lang."
        return 2
    for n in (2, 1):
        if len(words) < n or words[0] in (_CUE_VILLAGE_NOT if cue else _NAME_NOT):
            continue
        if any(w in _LC_END or w in _LC_STOPS for w in words[1:n]):
            continue
        if n == 2 and words[1] in _UNITS:
            continue
        nxt = words[n] if len(words) > n else None
        if not inside and level >= 1 and n == 2 and words[1] not in _LC_NOT_NAME:
            # at a chain's start, a ward and two words, then a comma and the next unit word or
            # a province ("p. đa kao, q.1, ..."): the next component vouches for it
            after = _COMMA.match(folded, m.end(2))
            if after is not None and (
                _unit_re().match(folded, after.end()) is not None
                or _known_at(folded, after.end(), _lc_bare()) is not None
            ):
                return n
        if (
            level == 0
            and n == 2
            and ((key in _VILLAGE_UNITS and not inside) or key in _URBAN_AREAS)
            and words[1] not in _LC_NOT_NAME
            and words[1] not in _COUNTERS
        ):
            # at a chain's start, a village and two words, then a comma and its commune's or
            # ward's unit word with a name ("ban co mon, xa chieng ngan, ..."; not "ban co
            # ma, xa ...": "bạn có mà"); an urban area the same, inside a chain too, often
            # named as its ward ("tòa hh2, kđt dương nội, phường dương nội": "dương" is no
            # "đường" there)
            after = _COMMA.match(folded, m.end(2))
            unit = _unit_re().match(folded, after.end()) if after is not None else None
            if unit is not None and _UNITS.get(_ACCEPTED.get(unit.group(0)) or "", 0) == 1:
                return n
        if inside and level >= 1 and n == 2:
            if nxt is None and words[1] not in _LC_NOT_NAME:
                tail = folded[m.end(n) : m.end(n) + 3].lstrip(" \t")[:1]
                if tail == "" or tail in ",;.)\n":
                    return n
            elif nxt in _LC_STOPS or nxt in _known_first():
                return n
        if (
            not inside
            and level == 0
            and key in _VILLAGE_UNITS
            and nxt in _LC_STOPS
            and _UNITS.get(nxt or "", 0) == 1
        ):
            return n
    return 0


#: urban areas and residential areas, whose lower-case names may open with a unit word or an
#: everyday word ("kđt dương nội", "khu dân cư cửa tùng") that the ward after them vouches for
_URBAN_AREAS = frozenset(("khu do thi", "kdt", "khu dan cu", "kdc"))

_COMMA = re.compile(r"[ \t]*,[ \t]*")


#: white space alone before a province-level unit word ("p.cho quan tp.hcm")
_SPACES = re.compile(r"[ \t]+")


def _province_after(folded: str, end: int) -> bool:
    """Whether a comma, then a province (or the country) or a province-level unit word
    ("tp.", "tinh") follows ``end``; or, with no comma, such a unit word ("p.cho quan
    tp.hcm": the city's unit word ends the ward's name as a comma would)."""
    after = _COMMA.match(folded, end)
    if after is None:
        spaced = _SPACES.match(folded, end)
        unit = _unit_re().match(folded, spaced.end()) if spaced is not None else None
        if unit is None or spaced is None:
            return False
        return _UNITS.get(folded[spaced.end() : unit.end()].rstrip(". \t"), 0) == 3
    unit = _unit_re().match(folded, after.end())
    if unit is not None:
        word = folded[after.end() : unit.end()].rstrip(". \t")
        return _UNITS.get(word, 0) == 3
    return _known_at(folded, after.end(), _lc_bare()) is not None


def _commune_after_comma(folded: str, end: int) -> bool:
    """Whether a comma, then a commune's or ward's unit word follows ``end``."""
    after = _COMMA.match(folded, end)
    unit = _unit_re().match(folded, after.end()) if after is not None else None
    return unit is not None and _UNITS.get(_ACCEPTED.get(unit.group(0)) or "", 0) == 1


def _next_component(folded: str, pos: int) -> bool:
    """Whether a unit word or a province starts at ``pos`` (after white space)."""
    pos += len(folded[pos : pos + 4]) - len(folded[pos : pos + 4].lstrip(" \t"))
    return _unit_re().match(folded, pos) is not None or (
        _known_at(folded, pos, _lc_bare()) is not None
    )


_FLAT_DECIMAL = re.compile(r"\.\d{1,3}(?![\d.])")
#: a street named by a date, in lower case after its number: "30 tháng 4", "3 tháng 2"
_MONTH_AFTER = re.compile(r"[ \t]+thang[ \t]+(?:\d{1,2}|tam|hai|tu|ba|muoi)(?![\w/])")
#: a street by its abbreviation in chat: "cmt8" (Cách Mạng Tháng Tám), "ql1a"
_STREET_CODE = re.compile(r"[ \t]+([a-z]{2,4}\d{1,4}[a-z]?)(?![\w/])")
#: units of a village or hamlet (their names hold everyday words: "xóm giữa", "ấp ô lâm")
_VILLAGE_UNITS = frozenset(("thon", "xom", "ap", "ban", "buon", "plei", "soc", "phum", "bon"))


#: a district's or ward's unit word right after a lower-case word: a province's name before
#: it is part of a street's or ward's name ("p. nguyen thai binh q1"), no province
_FINER_AFTER = re.compile(r"[ \t]+(?:q\.?[ \t]*\d{1,2}(?!\d)|quan|huyen|h\.|p\.|phuong)(?![a-z])")
#: directions that open the names of wards cut from a city ("phường bắc nha trang", "phường
#: tây hà nội"), folded
_DIRECTIONS = frozenset(("bac", "nam", "dong", "tay", "trung"))


#: a ward's or commune's third syllable after two others, as the South names them ("Tân
#: Thành Đông", "Phước Vĩnh Tây", "Tân Thới Hiệp", "Bình Hưng Hòa"), folded, and spelled so
_WARD_THIRDS = frozenset(("dong", "tay", "bac", "trung", "hiep", "hoa"))
_WARD_THIRD_SPELLINGS = frozenset(
    spelling(w) for w in ("đông", "tây", "bắc", "trung", "hiệp", "hòa", "hoà")
)


def _third_of_ward(text: str, m: re.Match[str], words: list[str], key: str) -> bool:
    """Whether the third word of a lower-case commune's or ward's name is its own
    (``_WARD_THIRDS``, spelled so where the text has diacritics), no everyday word with the
    second or the fourth ("tan thanh dong y": "đồng ý")."""
    if _UNITS.get(key, 0) < 1 or len(words) < 3 or words[2] not in _WARD_THIRDS:
        return False
    raw = [text[m.start(k) : m.end(k)] for k in range(2, min(len(words), 4) + 1)]
    if not raw[1].isascii() and spelling(raw[1]) not in _WARD_THIRD_SPELLINGS:
        return False
    return not any(everyday_pair(a, b, places=False) for a, b in itertools.pairwise(raw))


#: the third syllables of communes' and wards' names beyond ``_WARD_THIRDS`` ("Cù Lao Dung",
#: "Tân Phú Thạnh", "Long Hưng Phước"), as written with diacritics: read as the name's own
#: only where chat's clause opens right after them (``_third_before_clause``)
_CLAUSE_THIRD_SPELLINGS = frozenset(
    spelling(w)
    for w in ("phú", "dung", "thạnh", "thành", "hưng", "lợi", "lộc", "phước", "mỹ", "long",
              "hội", "thới", "định", "lập", "xuân", "thịnh", "đức", "nghĩa", "vĩnh", "điền",
              "quới", "nhơn", "khánh", "thuận", "bình", "giang", "thủy", "thuỷ", "yên",
              "hậu", "sơn", "hải", "lâm")
)  # fmt: skip
#: the same typed plain (folded), less those that are everyday words too ("hai", "lam",
#: "tien", "an"): "xa cu lao dung trong dot lu"
_CLAUSE_THIRDS_PLAIN = frozenset(
    ("phu", "thanh", "hung", "loc", "phuoc", "long", "thoi", "dinh", "xuan", "thinh",
     "duc", "nghia", "vinh", "dien", "quoi", "nhon", "khanh", "thuan", "binh", "giang",
     "thuy", "yen", "son")
)  # fmt: skip


def _third_before_clause(text: str, m: re.Match[str], words: list[str], key: str) -> bool:
    """Whether the third word of a lower-case commune's or ward's name is its own because
    chat's clause opens right after it ("xã cù lao dung trong đợt giao lưu", "xã nam đông
    phú bị ngập", "p. tân phú thạnh đánh nhau"): the third a commune's syllable
    (``_CLAUSE_THIRD_SPELLINGS``, spelled so where the text has diacritics), the fourth a
    word no name holds (``_LC_NOT_NAME``, ``_clause_word``) and no everyday pair with it."""
    if _UNITS.get(key, 0) < 1 or len(words) < 4:
        return False
    if not (words[3] in _LC_NOT_NAME or _clause_word(words[3])):
        return False
    raw = [text[m.start(k) : m.end(k)].lower() for k in (1, 2, 3, 4)]
    if "".join(raw).isascii():
        if words[2] not in _CLAUSE_THIRDS_PLAIN:
            return False
    elif spelling(raw[2]) not in _CLAUSE_THIRD_SPELLINGS:
        return False  # (with diacritics, "dung" is no "dùng" nor "đúng")
    raw = raw[1:]
    return not any(everyday_pair(a, b, places=False) for a, b in itertools.pairwise(raw))


#: the unit words of a land parcel and its map sheet ("thửa đất số 215", "tờ bản đồ số 18")
_PARCEL_KEYS = frozenset(
    ("thua", "thua dat", "thua so", "thua dat so", "to ban do", "to ban do so")
)


#: the letters an Ede syllable opens with before its apostrophe, typed apart in chat ("ea h
#: leo" for "Ea H'Leo", "krong h nang"), folded
_EDE_LETTERS = frozenset(("h", "m"))


def _lower_name(
    folded: str, end: int, key: str, text: str | None = None, inside: bool = False
) -> tuple[int, str] | None:
    """A lower-case name after the unit word ending at ``end``: its end and how it was read
    ("known" for a known province or place, "lower" otherwise); None where the words after
    the unit word make an everyday phrase."""
    m = _LC_WORDS.match(folded, end)
    tail = (
        _WRAPPED_TAIL.match(folded, m.end())
        # "bản nà⏎lừu xã quỳnh nhai": a village's last syllable, then its commune
        or (_WRAPPED_BEFORE_UNIT.match(folded, m.end()) if key in _VILLAGE_UNITS else None)
        if m is not None and key not in _LC_KNOWN_ONLY and "\n" in folded[m.end() : m.end() + 3]
        else None
    )
    if (inside and (m is None or tail is not None)) or (
        # at a chain's start, where the comma after the rest leads to the next unit word or a
        # province ("trú tại phường tân sơn\nhòa, tp. hồ chí minh")
        tail is not None and _next_component(folded, tail.end())
    ):
        # inside a chain, a unit word ending a line or a name broken to the next line,
        # where the rest of the name ends at a comma ("xa quang\nphu, tinh ...")
        m = _LC_WORDS_WRAP.match(folded, end)
    if m is None:
        return None
    words = [w for w in m.groups() if w]
    known = _known()
    goes_on = False
    for n in range(len(words), 0, -1):
        if " ".join(words[:n]) in known:
            if n == 2 and text is not None and _third_before_clause(text, m, words, key):
                # "xã tân phú thạnh bị ngập": a known district's name, a commune's third
                # syllable, then chat's clause
                return _number_after(folded, m.end(3), False, key), "lower"
            if n < len(words) and _name_goes_on(folded, m, words, n, key):
                goes_on = True
                break  # "phường vĩnh tuy, ...": "Vinh" is known, but the name goes on
            return _number_after(folded, m.end(n), n == len(words), key), "known"
    if (
        not goes_on
        # ("plei", no Vietnamese word, takes any syllable first: "plei tơ nia")
        and key != "plei"
        and (words[0] in _LC_NOT_NAME or (words[0] in _UNITS and words[0] not in _NAME_UNITS))
        and not _village_name(words)
        and not _spelled_otherwise(text, m, 0, words[0])  # "bản lả": no "là"
        and not _first_spelled_as_name(text, m, words[0])  # "huyện u minh thượng": no "ủ"
        and not _co_village(text, m, words, key)
        # "phường tô hiệu sơn la": a unit word's syllable written otherwise (no "tổ")
        and not (words[0] in _UNITS and _unit_spelled_otherwise(text, m, 0, words[0]))
    ):
        vouched = _vouched_name(folded, m, words, key, inside)
        if vouched:
            return m.end(vouched), "lower"
        return None  # "xã hội"; "xã phố", "hẻm tổ": a unit word is no name
    if key in _LC_KNOWN_ONLY:
        return None
    if (
        _UNITS.get(key, 0) >= 1
        and words[0] in _DIRECTIONS
        and len(words) in (2, 3)
        and " ".join(words[1:]) in known
        and folded[m.end(len(words)) : m.end(len(words)) + 3].lstrip(" \t")[:1] in _NAME_END_AT
    ):
        # "phường bắc nha trang, tỉnh ...": a direction before a known city names a ward
        return m.end(len(words)), "lower"
    # the name runs to the next unit word or known place, or an everyday word; a province of
    # two or three words ends it too ("xã ea tu đắk lắk", "xã chiềng mai sơn la")
    provinces = _lc_bare()
    firsts = _lc_bare_first()
    limit = len(words)
    for i in range(1, len(words)):
        if words[i] in firsts and any(" ".join(words[i : i + k]) in provinces for k in (1, 2, 3)):
            k = next(k for k in (3, 2, 1) if " ".join(words[i : i + k]) in provinces)
            if i + k <= len(words) and _FINER_AFTER.match(folded, m.end(i + k)):
                continue  # "p. nguyen thai binh q1": a province before a district is a name's
            if (
                key in _ESTATES
                and i + k >= len(words)
                and folded[m.end(len(words)) : m.end(len(words)) + 1] == ","
                and _FINER_AFTER.match(folded, m.end(len(words)) + 1)
            ):
                continue  # "chung cư hoàng anh gia lai, phường ...": an estate named so
            limit = i
            break
    n = 1
    stopped = False
    # a ward or commune whose last word before the comma is also a district's ("phường
    # trường vinh, nghệ an", "khu công nghiệp bắc vinh, ..."): the name's, the district has
    # its own component
    key_level = 1 if _UNITS.get(key, 0) >= 1 or key.startswith("khu") else 0
    while n < limit and n < 4:
        w = words[n]
        if w == "a" and text is not None and text[m.start(n + 1) : m.end(n + 1)] == "ạ":
            stopped = True  # "thôn đông xá, xã tiên lữ ạ.": chat's polite particle, written
            break  # so ("ấp tân long a" keeps its letter)
        if (
            n == len(words) - 1
            and folded[m.end(n + 1) : m.end(n + 1) + 3].lstrip(" \t")[:1] in _NAME_END_AT
            and (w not in known or (key_level >= 1 and n <= 2 and w not in provinces))
            and not _closing_particle(text, m, n, w)
        ):
            # the last word before a comma or dash is no unit word, which needs a name after
            # it: "xã nghi phong, ...", "thôn lai xá, ...", "huyện tam đường - tỉnh ..."
            n += 1
            break
        if (
            w in _LC_STOPS
            and n + 1 < len(words)
            and words[n + 1] in _LC_STOPS
            and words[n + 1] not in _NAME_UNITS
            and not _UNITS.get(key, 0) < _UNITS.get(w, 0) < _UNITS.get(words[n + 1], 0)
        ):
            n += 1  # "huyện tam đường tỉnh lai châu": a unit word right before another
            continue
        if w == "tinh" and _tinh_in_name(folded, m, words, n, text):
            n += 1  # "xã mỹ tịnh an": "Tịnh" inside a commune's name, no province after it
            continue
        if key_level and n == 1 and n + 1 == limit < len(words) and w in known:
            n += 1  # "phường quang vinh thái nguyên": a known place's word right between a
            continue  # ward's first syllable and its province is the ward's second
        if w == "cu" and text is not None and text[m.start(n + 1) : m.end(n + 1)] == "cũ":
            stopped = True  # "huyện u minh thượng cũ an giang": the old unit's mark, no
            break  # syllable of its name (``_across_old_units`` reads it and the province)
        if key_level and w in _NAME_UNITS and n + 1 == limit < len(words):
            n += 1  # "xa hai lang quang tri": a village's word between a commune's first
            continue  # syllable and its province is the name's (no village after a commune)
        if (
            (w in _LC_STOPS and not _unit_spelled_otherwise(text, m, n, w))
            or (w in known and not _second_before_province(words, n))
            or " ".join(words[n : n + 2]) in _UNITS
        ):
            stopped = True
            break
        if (
            w == "co"
            and n + 1 < len(words)
            and words[n + 1] in _LC_END
            and not _spelled_otherwise(text, m, n, w)
        ):
            # "ở xóm mới xã hưng đạo có được nhận ...": "có" and a chat word after where one
            # lives ("bản co mòn", "xã tam cờ" keep theirs)
            stopped = True
            break
        if (
            w in _GOING_TO
            and n >= 2  # (a name of one syllable alone reads as no village: kept whole)
            and n + 1 < len(words)
            and _UNITS.get(words[n + 1], 0) >= 1
            and words[n + 1] in _LC_STOPS
            and (text is None or text[m.start(n + 1) : m.end(n + 1)].lower() in _GOING_TO[w])
        ):
            # "ở buôn ko đông đến xã nhân tiến hỗ trợ": going to a commune, whose unit word
            # follows the verb ("thôn đền", "buôn ea về" keep theirs written so)
            stopped = True
            break
        if w == "thi" and _thi_in_name(folded, m, words, n):
            n += 1  # "p. vo thi sau, q.3": "Thị" in a street or ward named after a woman
            continue
        if (
            w in _LC_END
            and not _spelled_otherwise(text, m, n, w)
            and not (
                # "buôn cuôr đăng xã ...", "ban hua la xa ...": a minority village's
                # syllable, right before the commune's unit word
                (key in _MINORITY_UNITS or key in ("ban", "lang"))
                and n + 1 < len(words)
                and _UNITS.get(words[n + 1], 0) >= 1
                and words[n + 1] in _LC_STOPS
            )
            and not (
                # "ở bản háng đề dê, xã tủa chùa" typed plain: after "ở", a minority village's
                # name of up to four syllables running to a comma and its commune
                (key in _MINORITY_UNITS or key in ("ban", "lang"))
                and len(words) <= 4
                and _word_before(folded, m.start() - len(key)) in ("o", "tai", "que", "tru")
                and _commune_after_comma(folded, m.end(len(words)))
            )
        ):
            # an everyday word ends the name, unless a comma follows it ("bản hụa la, ..."):
            # not chat's closing particle ("p. trảng dài nhé, e bận họp")
            last = n == len(words) - 1 and folded[m.end(n + 1) : m.end(n + 1) + 1] == ","
            n += last and not _closing_particle(text, m, n, w)
            stopped = True
            break
        n += 1
    if n == limit < len(words):
        stopped = True
    if not stopped and n == len(words):
        stopped = _LC_AFTER_WORD.match(folded, m.end(n)) is None  # punctuation or the end
    if not stopped:
        # most place names are two syllables: "xã nghi phong thì ..."; a commune's or ward's
        # third that is a direction, as the South names them, is its own ("xa tan thanh dong
        # bi trom", "p. tan thoi hiep cai nhau")
        n = (
            3
            if n >= 3
            and (
                _third_of_ward(text or folded, m, words, key)
                or _third_of_hamlet(text or folded, folded, m, words, key)
                or _third_before_clause(text or folded, m, words, key)
            )
            else min(n, 2)
        )
        if (
            n == 2
            and _UNITS.get(key, 0) == 1
            and len(words) >= 4
            and " ".join(words[2:4]) in known
            and not any(w in _LC_NOT_NAME or w in _LC_END or w in _UNITS for w in words[:2])
        ):
            # "phường đại kim hoàng mai hà nội": a ward of two words, then its district by
            # name with no comma (the province after it is the chain's tail)
            n = 4
    if (
        n >= 3
        and _UNITS.get(key, 0) >= 1
        and not (n == 3 and _third_before_clause(text or folded, m, words, key))
        and (
            any(w in _LC_NOT_NAME or w in _MEETING_WORDS for w in words[2:n])
            # "xã an phú sáng nay mất điện": a part of the day, then its day
            or (words[2] in _DAY_PARTS and len(words) > 3 and words[3] in _DAYS)
        )
        and folded[m.end(n) : m.end(n) + 3].lstrip(" \t")[:1] not in (",", ";", "-", "–")
        and (n == len(words) or words[n] not in _LC_STOPS)
    ):
        # a ward's or commune's third syllable or later that is an everyday word, with no
        # comma or unit word after the words to vouch for them, starts the sentence going on:
        # "phường linh xuân từ tháng 8", "p. phu loi chia sao", "phường an khánh họp lúc
        # 19h" ("xã pa vây sử, tỉnh ...",
        # "xa pa vay su tinh ..." keep their own)
        n = 2
    if (
        2 <= n < len(words)
        and words[n - 1] in _EDE_LETTERS
        and words[n] not in _UNITS
        and words[n] not in _LC_STOPS
        and folded[m.end(n) : m.start(n + 1)].strip(" \t") == ""
    ):
        # "xã ea h leo cần hỏi": an Ede syllable's letter typed apart from it ("H'Leo") is
        # never a name's last word; the syllable after it is the name's
        n += 1
    return _number_after(folded, m.end(n), n == len(words), key), "lower"


#: verbs of going, as written, that leave a village for the commune whose unit word follows
#: them: "đến" (to), "về" (back to)
_GOING_TO = {"den": ("đến", "den"), "ve": ("về", "ve")}
#: parts of the day and the days they name ("sáng nay", "chiều qua", "trưa mai"), folded:
#: no commune's third syllable where the day follows
_DAY_PARTS = frozenset(("sang", "chieu", "trua", "hom", "dem"))
_DAYS = frozenset(("nay", "qua", "mai", "kia"))
#: a meeting and its time after where one lives ("... phường an khánh họp lúc 19h"): as a
#: ward's third syllable or later, with no comma or unit word after, the sentence going on
_MEETING_WORDS = frozenset(("hop", "luc"))


#: the everyday spellings of the words of ``_LC_END`` that minority place names also hold
#: with other marks ("buôn cuôr đăng" is no "đang"): with diacritics in the text, only these
#: end a name
_LC_END_SPELLINGS = {
    "dang": ("đang",), "mang": ("mang",), "moi": ("mới", "mọi"), "thi": ("thì",),
    "la": ("là",), "xin": ("xin",), "hay": ("hay",), "de": ("để",), "muon": ("muốn",),
    "co": ("có",),
}  # fmt: skip


#: chat's particles that close a sentence, as written: no place name ends on them
_CLOSING_PARTICLES = {
    "nhe": ("nhé", "nhe"), "nha": ("nha", "nhá"), "roi": ("rồi", "roi"),
}  # fmt: skip


def _closing_particle(text: str | None, m: re.Match[str], n: int, w: str) -> bool:
    """Whether the ``n``-th word of ``m`` (folded ``w``) is a particle that closes chat's
    sentence ("nhé", "nha", "rồi"), written so."""
    spellings = _CLOSING_PARTICLES.get(w)
    if spellings is None:
        return False
    return text is None or text[m.start(n + 1) : m.end(n + 1)].lower() in spellings


#: everyday words a village's later syllable folds to, as written ("cậu", "câu", "cầu"):
#: written otherwise with marks ("bản pa cấu"), the syllable is the name's
_EVERYDAY_SPELLINGS = {"cau": ("cậu", "câu", "cầu", "cau")}


def _written_as_syllable(text: str, m: re.Match[str], n: int, w: str) -> bool:
    """Whether the ``n``-th word of ``m`` (folded ``w``) is written with marks that make it no
    everyday word (:data:`_EVERYDAY_SPELLINGS`)."""
    spellings = _EVERYDAY_SPELLINGS.get(w)
    return spellings is not None and text[m.start(n + 1) : m.end(n + 1)].lower() not in spellings


def _co_village(text: str | None, m: re.Match[str], words: list[str], key: str) -> bool:
    """Whether "co" opening a village's name after "bản" is the Thai syllable: written "co"
    beside a next word written with its marks ("bản co lếch"; "có" would carry its own)."""
    if text is None or key != "ban" or words[0] != "co" or len(words) < 2:
        return False
    return text[m.start(1) : m.end(1)].lower() == "co" and not text[m.start(2) : m.end(2)].isascii()


def _spelled_otherwise(text: str | None, m: re.Match[str], n: int, w: str) -> bool:
    """Whether the ``n``-th word of ``m`` (folded ``w``) is written with marks that make it
    another word than the everyday one ("đăng", not "đang")."""
    spellings = _LC_END_SPELLINGS.get(w)
    if text is None or spellings is None:
        return False
    written = text[m.start(n + 1) : m.end(n + 1)].lower()
    return written != w and written not in spellings


#: everyday words that open a few places' names once folded, with their everyday spellings:
#: "U Minh", "U Minh Thượng" (no "ủ")
_NAME_FIRST_EVERYDAY = {"u": ("ủ", "ừ", "ư", "ú", "ù")}


def _first_spelled_as_name(text: str | None, m: re.Match[str], w: str) -> bool:
    """Whether the first word of ``m`` (folded ``w``, one of ``_NAME_FIRST_EVERYDAY``) is
    written bare in a text with diacritics, and a name's syllable with marks follows it: the
    place's, not the everyday word ("huyện u minh thượng"; typed plain it is as likely "ủ")."""
    everyday = _NAME_FIRST_EVERYDAY.get(w)
    if text is None or everyday is None or m.lastindex is None or m.lastindex < 2:
        return False
    written = text[m.start(1) : m.end(1)].lower()
    if written in everyday or written != w:
        return False
    return not text[max(0, m.start() - 12) : m.end(2)].isascii()


def _unit_spelled_otherwise(text: str | None, m: re.Match[str], n: int, w: str) -> bool:
    """Whether the ``n``-th word of ``m``, folded to a unit word ``w``, is no unit word there:
    the name before it is written with diacritics and the word not as the unit is ("làng kon
    hơ ngo klah": "ngo" is no "ngõ"; not "phường", "xã" and the other units of a commune or
    above, which end a name however they are typed)."""
    spellings = _spellings().get(w)
    if text is None or spellings is None or _UNITS.get(w, 0) >= 1:
        return False
    before = text[m.start(1) : m.end(n)]
    if before.isascii():
        return False
    return text[m.start(n + 1) : m.end(n + 1)].lower() not in spellings


#: a hamlet's third syllable after two others that splits a village in parts ("thôn Phú Xuân
#: Hạ", "xóm Đông Thượng", "làng Vân Nội"), folded, and spelled so
_HAMLET_THIRDS = frozenset(("thuong", "ha", "dong", "tay", "nam", "bac", "trung", "noi", "ngoai"))
_HAMLET_THIRD_SPELLINGS = frozenset(
    spelling(w) for w in ("thượng", "hạ", "đông", "tây", "nam", "bắc", "trung", "nội", "ngoại")
)


def _third_of_hamlet(text: str, folded: str, m: re.Match[str], words: list[str], key: str) -> bool:
    """Whether the third word of a lower-case hamlet's or village's name is its own
    (``_HAMLET_THIRDS``): spelled so where the text has diacritics ("thôn phú xuân hạ góp
    tiền"), typed plain only before punctuation or the end ("thon phu xuan ha," but "xom dong
    hung ha" may ask "hả"), and no everyday word with the second ("... xuân hạ" is none)."""
    if key not in _VILLAGE_UNITS or len(words) < 3 or words[2] not in _HAMLET_THIRDS:
        return False
    raw = [text[m.start(k) : m.end(k)].lower() for k in (1, 2, 3)]
    if "".join(raw).isascii():
        if _UNNAMED_COMMUNE_STOP.match(folded, m.end(3)) is None:
            return False
    elif spelling(raw[2]) not in _HAMLET_THIRD_SPELLINGS:
        return False
    return not everyday_pair(raw[1], raw[2], places=False)


def _thi_in_name(folded: str, m: re.Match[str], words: list[str], n: int) -> bool:
    """Whether "thi" at the ``n``-th word is "Thị" inside a name: one or two words follow it,
    then a comma and a unit word or a province ("p. vo thi sau, q.3", "nguyen thi minh khai,
    phuong ...")."""
    if n == 0 or not 1 <= len(words) - n - 1 <= 2:
        return False
    after = m.end(len(words))
    sep = _SEP.match(folded, after)
    if sep is None or "," not in folded[after : sep.end()]:
        return False
    nxt = sep.end()
    return (
        _unit_re().match(folded, nxt) is not None or _known_at(folded, nxt, _lc_bare()) is not None
    )


def _counted_name(words: list[str]) -> bool:
    """Whether street words whose first is also a counter ("năm", "tấn", "đồng") name a
    street: a second word that is no everyday word follows ("nam kỳ khởi nghĩa", "tân hòa
    đông", "đồng khởi"; not "năm nay", "người dân")."""
    return (
        len(words) >= 2
        and words[0] in _COUNTERS
        and words[0] not in _LC_NOT_NAME
        and words[1] not in _LC_NOT_NAME
        and words[1] not in _LC_END
        and words[1] not in _COUNTERS
        and words[1] not in _UNITS
    )


def _counted_then_unit(words: list[str]) -> bool:
    """Whether two street words, a counter and a unit word, name a street before a comma and
    known places ("1 dong khoi, hoan kiem, ha noi": "đồng" counts money, "khối" is a block,
    but a unit word with no name or number after it is no unit)."""
    return (
        len(words) == 2
        and words[0] in _COUNTERS
        and words[0] not in _LC_NOT_NAME
        and words[1] in _UNITS
        and words[1] not in _COUNTERS
        and words[1] not in _LC_NOT_NAME
        and words[1] not in _LC_END
    )


def _village_name(words: list[str]) -> bool:
    """Whether lower-case words are a place named after a village ("bản hon" in "xã bản hon",
    "làng mới"): a residence word, then a word that is no everyday word."""
    return (
        len(words) >= 2
        and words[0] in _NAME_UNITS
        and words[1] not in _LC_NOT_NAME
        and words[1] not in _LC_END
        and words[1] not in _UNITS
    )


#: a commune's, ward's or hamlet's lower-case name of two words with no unit word, after a
#: numbered hamlet or residents' group ("xóm 2 nghi thu", "tổ 7 kp 3 tân phong") or after a
#: village and a comma ("xóm trại, yên phong", "làng kép, ia hrung") (folded)
_UNNAMED_COMMUNE = re.compile(r"([a-z]+(?:'[a-z]+)?)[ \t]+([a-z]+(?:'[a-z]+)?)(?![\w'])")
#: what ends such a name: punctuation (not a dot inside a number or an abbreviation), the
#: line's or the text's end
_UNNAMED_COMMUNE_STOP = re.compile(r"[ \t]*(?:[,;!?)]|\.(?![\w.])|\r?\n|$)")
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)(?![\w'])")
#: the units a commune's name with no unit word may follow: numbered hamlets and residents'
#: groups, quarters, and villages before a comma (folded keys)
_BEFORE_UNNAMED_COMMUNE = frozenset(
    ("thon", "xom", "ap", "khom", "to", "to dan pho", "tdp", "doi", "khu pho", "kp", "ban",
     "buon", "lang", "plei", "soc", "phum", "bon")
)  # fmt: skip
#: chat's words right after where someone lives that end a commune's name ("thôn 4 ea tiêu
#: vừa báo mất trâu", "ấp 2 mỹ hiệp nhờ viết đơn", "tổ 7 kp 3 tân phong sinh 12/9"), besides
#: ``_LC_END`` and ``_LC_NOT_NAME``
_AFTER_PLACE_WORDS = frozenset(
    ("vua", "nho", "sinh", "bao", "goi", "hoi", "xin", "muon", "can", "chua", "deu", "ko",
     "gop", "ghi", "bi", "phan", "trinh", "de", "dang")
)  # fmt: skip
#: two words that open as a commune's name does but make an everyday phrase after a group's
#: number ("tổ 3 hòa giải", "tổ 2 phong trào"), besides ``everyday_pairs.txt`` (folded)
_UNNAMED_COMMUNE_NOT = frozenset(
    ("hoa giai", "phong trao", "trung thu", "hop tac", "dinh ky", "tien phong", "yen tam",
     "tan trang", "dong tien", "dong gop", "tan hoc", "tan lam", "tan ca", "nam nay", "lam viec",
     "thanh toan", "hop dong", "dai hoi", "dai tu", "tien do", "thanh tra", "an uong", "dong y",
     "dong bo", "quang cao", "kim tra", "trung tam", "tam thoi", "thai do", "phuoc loi",
     "hoa don", "khanh thanh", "nghi phep", "nghi le", "nghi viec", "nghi huu", "nghi ngoi",
     "hoa nhac", "thuan loi", "minh bach", "gia han", "gia tang", "lien lac", "lien he",
     "lien tuc", "truong hop", "mai mot", "lam sang", "lam thoi", "lam nghiep", "cam on",
     "chau tho", "dong loat", "xuan he", "mai sau", "hai long", "dai dien", "hoang hon")
)  # fmt: skip


#: the counting words of ``_COUNTERS`` as written with their marks
_COUNTER_SPELLINGS = frozenset(
    spelling(w)
    for w in (
        "người", "hộ", "ca", "căn", "vụ", "việc", "lần", "năm", "tháng", "ngày", "giờ", "phút",
        "triệu", "nghìn", "ngàn", "tỷ", "tỉ", "đồng", "mục", "điều", "khoản", "trang", "bản",
        "cái", "chiếc", "con", "tuổi", "tuần", "tấn", "số", "lô", "thửa", "đơn", "bộ", "tờ",
        "quyển", "tập", "lớp", "khóa", "khoá", "xe", "phòng", "tầng", "mét", "cuốn", "hộp",
        "đợt", "buổi", "chương", "điểm",
    )
)  # fmt: skip


@lru_cache(maxsize=1)
def _commune_openings() -> tuple[frozenset[str], frozenset[str]]:
    """The first syllables of ``address_commune_openings.txt``, by spelling and folded."""
    lines = data.lines("detectors/address_commune_openings.txt")
    return frozenset(spelling(w) for w in lines), frozenset(fold_word(w) for w in lines)


def _unnamed_commune(doc: Document, pos: int) -> int | None:
    """The end of a commune's, ward's or hamlet's name at ``pos`` with no unit word before it
    (after a numbered hamlet or a village, see ``_BEFORE_UNNAMED_COMMUNE``), or None: two
    lower-case words, the first one that opens place names (``address_commune_openings.txt``,
    spelled so where the text has diacritics), the second no everyday, counting or unit word,
    the two no everyday phrase; then punctuation, the line's end, or a chat word after where
    one lives ("... ea tiêu vừa báo"; typed plain, not after a first word that counts or is an
    everyday word too: "tổ 3 tan ca roi")."""
    folded = doc.folded
    m = _UNNAMED_COMMUNE.match(folded, pos)
    if m is None or doc.folded_cased[pos : m.end()] != folded[pos : m.end()]:
        return None
    first, second = m.group(1), m.group(2)
    spelled, plain = _commune_openings()
    if first not in plain:
        return None
    raw1 = doc.text[m.start(1) : m.end(1)].lower()
    raw2 = doc.text[m.start(2) : m.end(2)].lower()
    typed_plain = (raw1 + raw2).isascii()
    if not typed_plain and spelling(raw1) not in spelled:
        return None
    # a counting word second: typed plain, only a direction after a first word that counts
    # nothing ("xom 7 hung dong"); with marks, as the counter is spelled ("tân phong" is no
    # "phòng")
    counted = (
        second in _COUNTERS and not (second in _DIRECTIONS and first not in _COUNTERS)
        if typed_plain
        else spelling(raw2) in _COUNTER_SPELLINGS
    )
    if (
        counted
        or second in _LC_NOT_NAME
        or second in _LC_END
        # a unit word, as the unit is spelled where the text has marks ("phong" is no "phòng")
        or (second in _UNITS and (typed_plain or raw2 in _spellings().get(second, frozenset())))
        or f"{first} {second}" in _UNNAMED_COMMUNE_NOT
        or everyday_pair(raw1, raw2, places=False)
    ):
        return None
    if _UNNAMED_COMMUNE_STOP.match(folded, m.end()) is not None:
        return m.end()
    word = _NEXT_WORD.match(folded, m.end())
    after = word.group(1) if word is not None else ""
    if not (after in _LC_END or after in _LC_NOT_NAME or after in _AFTER_PLACE_WORDS):
        return None
    if typed_plain and (first in _COUNTERS or first in _LC_NOT_NAME):
        return None
    return m.end()


def _number_after(folded: str, end: int, last: bool, key: str = "") -> int:
    """The end of a lower-case name, with the number after it where one ends it before a unit
    word or punctuation ("ấp bình hòa 2 xã ...", "phường móng cái 1, ..."); ``last``: whether
    the name took every word up to there. A ward's or hamlet's (``key``) single digit before
    the line's end is its name's too ("phường mỹ đình 2⏎[15:41] ..."); a commune's may be a
    count in a list's row ("xã tân lập 7⏎")."""
    if last:
        num = _LC_NUMBER.match(folded, end)
        if num is not None and num.group(3) is not None:
            return num.end(3) if key in _NUMBERED_NAME_UNITS else end
        if num is not None and (num.group(2) is None or num.group(2) in _LC_STOPS):
            if _next_item_number(folded, num.start(1), num.end(1)):
                return end  # "... xa muong khuong 2. lo thi xenh ...": the list's next item
            return num.end(1)
    return end


#: a list item's number: a dot or bracket, then a space and a word (folded)
_ITEM_MARK_AFTER = re.compile(r"[.)][ \t]+[a-z]")


def _next_item_number(folded: str, start: int, end: int) -> bool:
    """Whether the number ``folded[start:end]`` after a name opens a list's next item: a dot
    or a bracket and a word after it, the item before it numbered one less ("1. lo van sau
    1960 thon 3 xa muong khuong 2. lo thi xenh ...")."""
    if _ITEM_MARK_AFTER.match(folded, end) is None:
        return False
    n = int(folded[start:end])
    if n < 2:
        return False
    prev = re.compile(rf"(?<![\w/.,]){n - 1}[.)][ \t]+[a-z]")
    return prev.search(folded, max(0, start - 400), start) is not None


#: the units whose names carry a number of their own at a line's end (folded): wards ("Mỹ Đình
#: 2", "Hải Châu 1") and hamlets ("ấp Bình Hòa 2")
_NUMBERED_NAME_UNITS = frozenset(("phuong", "p", "ap", "khu pho", "kp", "khom"))
#: chat's words that end a sentence after a place: "ở xã vinh thôi", "ở phường an đó" (folded)
_TAIL_WORDS = frozenset(
    ("thoi", "do", "ay", "ne", "di", "vay", "the", "sao", "gi", "nao", "nay", "kia", "day",
     "a", "ak", "ok", "oi", "nhi", "ha", "luon", "qua", "ma", "u", "em", "anh", "chi", "toi")
)  # fmt: skip
#: the text's or line's end, or a phone number (its first three digits and more) (folded)
_FIELD_ENDS = re.compile(r"[ \t]*(?:$|\r?\n|\+?\d{3,4}[ .]?\d{3})")


def _second_before_province(words: list[str], n: int) -> bool:
    """Whether a known place's one word as a name's second syllable is the name's, a province
    right after it ("xa phuoc vinh tay ninh": Phước Vinh, no city of Vinh there)."""
    if n != 1 or words[0] in _LC_STOPS or words[0] in _LC_END:
        return False
    return any(" ".join(words[2 : 2 + k]) in _provinces() for k in (1, 2, 3))


def _name_goes_on(folded: str, m: re.Match[str], words: list[str], n: int, key: str) -> bool:
    """Whether the words after a known name's first ``n`` words still belong to the name: one
    or two of them, then a comma (or a number and a comma), none a unit word, an everyday
    word that ends a name, or the start of a known place ("phường vĩnh tuy, ...", "phường
    quy nhơn bắc, ...", "phường hội an tây, ...")."""
    rest = words[n:]
    if key == "tinh" and " ".join(words[:n]) in _provinces():
        return False  # "tỉnh đắk lắk điều khiển, ...": a province's name is whole
    known = _known()
    for j in range(1, min(len(rest), 3)):
        # "phường vĩnh tuy hà nội": one or two words, then a province, no comma (chat)
        if rest[j] in _LC_STOPS:
            break  # a unit word first: what follows is read below
        if (
            rest[j] in _lc_bare_first()
            and any(" ".join(rest[j : j + k]) in _lc_bare() for k in (1, 2, 3))
        ) or (
            # "p. vĩnh phước rạch giá": one or two words, then a known city of two words
            _UNITS.get(key, 0) == 1 and any(" ".join(rest[j : j + k]) in known for k in (2, 3))
        ):
            head = rest[:j]
            return not any(
                w in _LC_STOPS or w in _LC_END or w in _UNITS or w in _LC_NOT_NAME or w in known
                for w in head
            )
    for i in (1, 2):
        # "xã vĩnh hải thị xã ...": one or two words, then the next unit word
        if i < len(rest) and (rest[i] in _LC_STOPS or " ".join(rest[i : i + 2]) in _UNITS):
            below = _UNITS.get(rest[i], _UNITS.get(" ".join(rest[i : i + 2]), 9))
            if below < _UNITS.get(key, 0):
                return False  # "tỉnh phú thọ mở quán": no district after a province; "quán"
            rest = rest[:i]
            if any(w in _LC_END or w in _UNITS or w in _LC_NOT_NAME for w in rest):
                return False
            return " ".join(rest) not in _known() and rest[0] not in _known()
    # a ward's or commune's name: one or two words, then the sentence's end, or one word and
    # an everyday word that ends a name ("chú mất ở ... phường vĩnh thanh vân", "ở sóc tum,
    # xã vĩnh hải và ..."): none of them a unit, everyday or known word (a city's or
    # province's name is whole: "tp hòa bình cũ.", "tp cần thơ tên thạch thị ...")
    cut = next((i for i, w in enumerate(rest) if w in _LC_END), len(rest))
    if (
        # (an urban area's too: "khu đô thị vinh diêm trung" ending the text)
        (_UNITS.get(key, 0) == 1 or key in _URBAN_AREAS)
        and 0 < cut <= 2
        and not any(
            w in _LC_STOPS
            or w in _UNITS
            # (an urban area's name is read to the text's end below: "vinh diêm trung")
            or ((w in _LC_NOT_NAME or w in _COUNTERS) and key not in _URBAN_AREAS)
            or w in known
            for w in rest[:cut]
        )
    ):
        if cut < len(rest):
            return cut == 1 and key not in _URBAN_AREAS
        after = folded[m.end(len(words)) : m.end(len(words)) + 3].lstrip(" \t")[:1]
        if after in ("", ".", "?", "!", "\n", "\r", ")"):
            return True
    if len(rest) > 2:
        return False
    for i, w in enumerate(rest):
        if w in _LC_STOPS or w in _LC_END or w in _UNITS or " ".join(rest[i:]) in known:
            return False
        if w in known:
            return False
    if (
        len(rest) == 1
        and _UNITS.get(key, 0) == 1
        and rest[0] not in _TAIL_WORDS
        and _FIELD_ENDS.match(folded, m.end(len(words))) is not None
    ):
        # a commune's or ward's last syllable after a known name ("xã vinh lam", "xã tân phú
        # đông 0788 ..."), then the text's or line's end or a phone number: no sentence goes
        # on there for the word to start
        return True
    tail = folded[m.end(len(words)) : m.end(len(words)) + 8]
    if _YEAR_AFTER.match(tail) is not None:
        return False  # "tỉnh cao bằng từ 2010, ...": a year, no place has one in its name
    tail = tail[:6].lstrip(" \t0123456789")
    return tail.startswith((",", "-", "–", ";"))  # ("xã vĩnh hải - thị xã ...": a dash too)


@lru_cache(maxsize=1)
def _spellings() -> dict[str, frozenset[str]]:
    """Folded unit word -> its spellings with diacritics (``address_cues.tsv``, lower case)."""
    out: dict[str, set[str]] = {}
    for row in data.rows("detectors/address_cues.tsv"):
        if len(row) > 1 and row[1] in ("unit", "locality", "street"):
            word = row[0].lower().rstrip(".")
            out.setdefault(fold_word(word), set()).add(word)
    return {k: frozenset(v) for k, v in out.items()}


#: a house number and a lane or street written with their marks after "so" typed without
#: them ("so 12 ngõ 85 phố Đại La": Telex read back, "so" left as typed): "so" is "số" there
_PLAIN_SO_LANE = re.compile(
    r"[ \t]+\d{1,5}[a-zA-Z]?(?:/\d{1,5})?[ \t]+(?i:ngõ|ngách|hẻm|kiệt|đường|phố)[ \t]"
)


#: hamlets' unit words that, typed plain before a number, are the unit in a marked text too
_PLAIN_NUMBERED = frozenset(("xom", "thon", "khom"))


def _marked(doc: Document, start: int, end: int) -> bool:
    """Whether the words right after ``start:end`` are written with diacritics (a request
    with them may quote a text, or an address, without them: "nhà tôi o so 5 ngo 12"), on
    the same line: a form's line typed plain ("Dia chi: ..., tinh Cao Bang") is no less plain
    for the request with diacritics on the next ("nhờ điền lại có dấu")."""
    lo, hi = start, end + 15
    line_end = doc.text.find("\n", end, hi)
    if line_end >= 0:
        hi = line_end
    return doc.text[lo:hi] != doc.folded_cased[lo:hi]


#: words after "bản" / "ban" / "làng" that make a document, a board or a concept, not a
#: village: "bản án", "Ban Nhân dân", "Ban chỉ đạo", "làng nghề"
_NOT_PLACE_AFTER: dict[str, frozenset[str]] = {
    "ban": frozenset(
        ("an", "sao", "do", "than", "giay", "in", "chup", "mem", "cung", "scan", "word", "pdf",
         "goc", "dich", "nhap", "chinh", "ghi", "sach", "tieng", "thuyet", "moi", "cuoi", "chat",
         "tin", "thao", "quyen", "hanh", "tom", "cam", "ke", "khai", "giao", "ve", "dau", "nhac",
         "hop", "luan", "thiet", "tai", "nhan", "chi", "quan", "giam", "thuong", "dan", "to",
         "kinh", "van", "phap", "noi", "bien", "thu", "dai", "cong", "chap", "tiep", "so", "bao",
         "tuyen", "kiem", "dieu", "xay", "bo", "lien", "ky", "dong",
         # kin: "về bản chồng" is "bên chồng" mistyped, or "bạn chồng"; no village
         "chong", "vo", "me", "cha",
         # "giá bán bình quân 250.000đ" without marks
         "binh")
    ),
    "lang": frozenset(
        ("nghe", "man", "phi", "quen", "xom", "gieng", "que", "dai", "van",
         # a mausoleum: "Lăng Chủ tịch Hồ Chí Minh", "lăng Bác", "lăng mộ"
         "chu", "bac", "mo")
    ),
}  # fmt: skip


#: what follows "lăng" (a mausoleum), not "làng": "lăng Bác", "Lăng Chủ tịch", "lăng mộ"
_MAUSOLEUM = frozenset(("chu", "bac", "mo"))


def _key_at(cased: str, pos: int) -> str | None:
    """The unit word starting at ``pos`` (lower case, no dot), as ``_unit_re`` reads it."""
    m = _unit_re().match(cased, pos)
    return _KEYS[m.group(0)] if m is not None else None


#: lower-case abbreviations in chat -> the unit word they stand for
_LC_SHORT = {
    "tp": "tp", "tp.": "tp", "p.": "phuong", "q.": "quan", "tx.": "thi xa", "tt.": "thi tran",
    "h.": "huyen", "x.": "xa", "t.": "tinh", "sn": "sn", "kdt": "khu do thi", "tdp": "to dan pho",
    "kp": "khu pho",
}  # fmt: skip
#: one lower-case word after "p." or "x.", then a comma and the district's abbreviation or
#: unit word, then its name or number (folded)
_ABBREVIATED_ONE = re.compile(
    r"[ \t]*([a-z]{2,7})[ \t]*,[ \t]*(?:(?:q|h|tx|tp)\.[ \t]*|(?:quan|huyen|thi xa)[ \t]+)"
    r"[a-z0-9]"
)
#: of these, the ones a number follows without a dot: "sn 12", "tdp 5", "kp 4"
_LC_SHORT_NUMBERED = frozenset(("sn", "to dan pho", "khu pho"))
#: kiosks and stalls, after which "chợ" (folded "cho", also the everyday "cho") is a market
_KIOSKS = frozenset(("kiot", "ki-ot", "ki ot", "kiot so", "ki-ot so", "ki ot so", "quay so",
                     "sap so"))  # fmt: skip
#: units a flat, room, block, lot or kiosk is named after by a code, in lower case in chat
#: ("tòa ct2", "lô c5", "căn hộ b-1504", "ki ốt b-07", "ktx k1")
_CODE_UNITS = _INNER | _KIOSKS | {"chung cu", "toa nha", "ktx", "ky tuc xa", "kdt", "day tro"}
#: buildings, which with rooms and floors alone locate nothing ("phòng 305 KTX K1")
_BUILDINGS = frozenset(("ktx", "ky tuc xa", "block", "chung cu", "toa nha", "tap the", "nha"))
#: what a flat, room or kiosk before a street is read from
_PREMISES = frozenset(("phong", "tang", "toa", "can ho", "can ho so", "can so", "block", "nha",
                       "chung cu", "toa nha", "ktx", "ky tuc xa", "kdt", "tap the", "khu tap the",
                       "lo", "day tro",
                       "kiot", "ki-ot", "ki ot", "kiot so", "ki-ot so", "ki ot so"))  # fmt: skip
#: a housing estate or dormitory, named in lower case only inside a chain, after the flat or
#: room in it ("căn hộ 12.08, chung cư sunrise, ..."): "chung cư này" alone names nothing
_ESTATES = frozenset(("chung cu", "toa nha", "ktx", "ky tuc xa", "kdt", "tap the"))
#: of these, the ones that are everyday words too ("tập thể" a collective, "KTX" a hall):
#: a component only inside a chain, in any case
_INSIDE_ONLY = frozenset(("tap the", "ktx", "ky tuc xa"))
#: a code in lower case after such a unit word: "ct2", "c5", "b-1504", "s2.05", "a3-12"
_LC_CODE = re.compile(
    r"[ \t]+([a-z]{1,3}-?\d{1,5}[a-z]?(?:[-.]\d{1,5}[a-z]?)?(?![\w])"
    # a block by its letter: "tòa b chung cư ...", "block b, ..."
    r"|[a-z](?=[ \t]*,|[ \t]+(?:chung|toa|khu|kdt|can|phong|tang|nha)(?![a-z]))"
    # a dormitory's block by its letter: "ktx khu b, ..."
    r"|khu[ \t]+[a-z]\d{0,2}(?=[ \t]*,))"
)


#: the union ``_component`` asks of a unit word with no name after it (made once, not per word)
_CODE_OR_ESTATE = _CODE_UNITS | _ESTATES
#: what a street's lower-case name follows in a chain (``_component``)
_LANE_BEFORE_STREET = _LC_AFTER_NUMBER | {"so", "so nha", "nha so"}


#: a digit run of six or more after a unit word (a CCCD, a phone): no name ``_NAME_AFTER`` reads
_LONG_NUMBER = re.compile(r"[ \t]*+(?:\r?\n[ \t]*)?\d{6}")
#: a distance after a name: "xa trường 12 cây số" is far from the school (folded)
_DISTANCE_AFTER = re.compile(
    r"[ \t]+\d{1,4}(?:[.,]\d{1,3})?[ \t]*(?:km|cay[ \t]+so|met|m)(?![a-z])"
)
#: a mobile phone's number in groups after a unit word ("khom 0976 402 158")
_PHONE_AFTER = re.compile(r"[ \t]0[1-9]\d{1,2}[ .\-]?\d{3}[ .\-]?\d{3,4}(?!\d)")
#: whether ``_component`` refuses up front the two unit words the scan hands over most: "số"
#: with no name ``_NAME_AFTER`` reads after it (a CCCD, a law's number "số 26/2008/QH12"), and
#: "cho" (for, to) with no kiosk before it and not spelled "chợ" (tests switch it off to
#: compare)
_QUICK_NO = True


#: a flat's number after "căn": "1208", "12A", "12.08"
_FLAT_NUMBER = re.compile(r"[ \t]+\d")


def _glued_ward(doc: Document, end: int, short: str) -> int | None:
    """The end of a ward's or commune's lower-case name glued to its abbreviation's dot
    ("p.nguyen thai binh q1", "x.tan phu, h. ..."), read as if a space followed the dot, where
    a unit or a known place follows it (the name alone may be any words)."""
    spaced = doc.folded[: end - 1] + " " + doc.folded[end:]  # same offsets, the dot a space
    read = _lower_name(spaced, end - 1, short, doc.text, True)
    if read is None:
        return None
    sep = _SEP.match(doc.folded_cased, read[0])
    if sep is None or sep.end() == read[0]:
        return None
    after = sep.end()
    if (
        _component_at(doc, after, short) is not None
        or _known_at(doc.folded, after, _lc_bare()) is not None
        or _BARE_ABBREVIATED.match(doc.folded_cased, after) is not None
    ):
        return read[0]
    return None


#: a flat or room by its number, before which a tower may go by its name (``_component``)
_NUMBERED_FLATS = frozenset(("phong", "can ho", "can so", "can ho so"))


#: a birth year as the number after "sn" ("sinh năm" as well as "số nhà")
_BIRTH_YEAR_NAME = re.compile(r"(?:19[2-9]|20[0-2])\d")


def _component(
    doc: Document, start: int, end: int, prev: str | None = None, wrap: bool = False
) -> _Component | None:
    """Read the name after the unit word ``doc.folded_cased[start:end]`` (found at a word
    start); ``prev`` is the unit word of the component before, if any; ``wrap``: whether the
    name may follow on the next line (inside a chain a scan or PDF broke: "Tổ 8, phường⏎Cam
    Đường"; a unit word ending a line does not start a chain)."""
    cased = doc.folded_cased
    raw = cased[start:end]
    key = _ACCEPTED[raw]
    # the two refusals most often made, up front (the general reading below refuses them
    # too, after a few more look-ups): "so" is no key of ``_CODE_UNITS``, ``_ESTATES``,
    # ``_LC_UNITS`` or ``_LC_SHORT``, so with no name after it the reading ends in None; "cho"
    # is refused by this very test below, the ones before it only refusing too
    name_after: re.Match[str] | None = None
    if key == "can":
        word = doc.text[start:end].lower()
        if (
            word != "căn" and (word != "can" or _marked(doc, start, end))
        ) or not _FLAT_NUMBER.match(cased, end):
            return None  # "cần 2 bản", "Cần Thơ": no flat
        key = "can so"
    if _QUICK_NO and key == "so":
        if _LONG_NUMBER.match(cased, end) is not None:
            return None
        name_after = _NAME_AFTER.match(cased, end)
        if name_after is None:
            return None
    elif (
        _QUICK_NO
        and key == "cho"
        and prev not in _KIOSKS
        and doc.text[start : start + 3].lower() != "chợ"
    ):
        return None
    if cased[end + 1 : end + 2] == "0" and _PHONE_AFTER.match(cased, end) is not None:
        return None  # "ở bản pa khom 0976 402 158": a phone after the word, no unit's number
    if raw[-1] == "." and cased[end : end + 1].islower():
        # "tp.hcm", "q.tân bình" with no space after the dot: only before a known place
        short = _LC_SHORT.get(raw.lower())
        k = _known_at(doc.folded, end, _known()) if short is not None else None
        if short is not None and k is None and short in ("phuong", "xa"):
            # "p.tan mai, hoang mai, ha noi": a ward, then a comma and a known district
            ward = _bare_ward(doc.folded, end, vouched=True)
            if ward is None:
                ward = _glued_ward(doc, end, short)
            if ward is not None:
                return (start, ward, _UNITS[short], cased[end:ward], short, "lower")
        if short is None or k is None:
            return None
        return (start, k, _UNITS[short], cased[end:k], short, "known")
    if key is None and raw in ("tx", "tt"):
        return _chat_town(doc, start, end)
    if key is None and raw in _MIXED_SHORT:
        mixed = _mixed_case_unit(doc, start, end, prev)
        if mixed is not None:
            return mixed
    if key is None:
        short = _LC_SHORT.get(raw)
        if (
            short is not None
            and (raw.endswith(".") or short in ("khu pho", "to dan pho"))
            and cased[end : end + 2].strip()[:1].isupper()
            and (prev is not None or cased[end : end + 1].isupper() or not raw.endswith("."))
        ):
            # "p.1 q.Tân Bình", "tdp 6 p. Hòa Khánh": a lower-case abbreviation before a
            # capitalised name, glued to it or inside a chain ("15 p. Sau đó" is minutes);
            # "kp Nhị Đồng 1", "tdp Hòa Bình": a quarter's abbreviation, which is no word
            cap = _NAME_AFTER.match(cased, end)
            if (
                cap is not None
                and cap.group(1)[:1].isupper()
                and "\n" not in cased[end : cap.start(1)]
                and not _is_unit_word(cap.group(1).split()[0])
            ):
                return (start, cap.end(), _UNITS[short], cap.group(1), short, "cased")
        if short is None or cased[end + 1 : end + 2].isupper():
            return None
        if (raw.endswith(".") or short in _LC_SHORT_NUMBERED) and cased[end : end + 2].strip()[
            :1
        ].isdigit():
            # "p.13 q.3" in chat: a lower-case abbreviation with its dot, then a number
            num = _NAME_AFTER.match(cased, end)
            if num is None or not num.group(1)[:1].isdigit():
                return None
            if short == "phuong" and _DIGIT.match(num.group(1), 2) is not None:
                # "p.1205": a room (phòng), no ward has a number of three digits
                return (start, num.end(), 0, num.group(1), "phong", "lower")
            if short == "huyen":
                # "số 7 h.23 Nguyễn Trãi": a lane (hẻm), no district goes by a number
                return _lane_by_letter(doc, start, num.end())
            return (start, num.end(), _UNITS[short], num.group(1), short, "lower")
        if raw in ("kp", "tdp") and prev is None:
            return None
        # "tp hcm", "tp. huế", "p. láng hạ", "q. đống đa" in chat: lower-case abbreviations
        # before a lower-case name ("tp" only before a known city)
        read = _lower_name(doc.folded, end, short, doc.text, prev is not None)
        if read is None and raw.endswith("."):
            # "p. lam, q. binh tan": a ward or commune of one word that is also an everyday
            # word, vouched for by its abbreviation's dot and the next unit right after a comma
            one = _ABBREVIATED_ONE.match(doc.folded, end)
            if one is not None and one.group(1) not in _COUNTERS and one.group(1) not in _UNITS:
                return (start, one.end(1), _UNITS[short], one.group(1), short, "lower")
        if read is None:
            return None
        return (start, read[0], _UNITS[short], cased[end : read[0]].strip(), short, read[1])
    spellings = _spellings().get(key)
    if spellings is not None:
        # with diacritics in the text, a unit word must carry its own: "Phương" is a name, not
        # "phường"; "Ban" a board, not "bản"; "sở" a department, not "số"
        word = doc.text[start:end].lower().rstrip(".")
        if (
            word not in spellings
            and (word != key or _marked(doc, start, end))
            and not (key == "so" and word == "so" and _PLAIN_SO_LANE.match(doc.text, end))
            # "ở xom 2 xã nghĩa dân": a hamlet's word typed plain before its number is the
            # unit however the rest is typed (a typing leftover read back, "xomx 9")
            and not (word == key and key in _PLAIN_NUMBERED and _FLAT_NUMBER.match(cased, end))
        ):
            return None
    if key == "ban" and _board_or_briefing(doc, start, end):
        return None  # "uy ban mttq", "giao ban tram y te": a committee, a briefing
    if key == "ban" and prev == "cho" and raw == "ban" and "," not in cased[start - 3 : start]:
        # "ki ốt 12 chợ tân hương bán hàng giả": a market's name, then what is sold there
        # ("bán", typed plain); a market stands in a ward or commune, no village follows it
        return None
    if key in _INSIDE_ONLY and prev is None:
        return None  # "tập thể", "KTX" start no chain: "tập thể cán bộ", "KTX của trường"
    if key == "cho" and prev not in _KIOSKS and doc.text[start : start + 3].lower() != "chợ":
        return None  # "cho" (to, for) is no market
    not_place = _NOT_PLACE_AFTER.get(key)
    if not_place is not None:
        after = doc.folded[end : end + 12].split()
        # "làng Chư Mố" (Jrai), "làng Bắc": with its marks "làng" is no mausoleum ("lăng")
        village = (
            key == "lang"
            and after[:1] != []
            and after[0] in _MAUSOLEUM
            and (
                doc.text[start:end].lower() == "làng"
                # without marks: "lang chu mo" (Jrai) is no "lăng Chủ tịch", "lăng Bác"
                or (after[0] == "chu" and after[1:2] not in (["tich"], ["tich,"]))
            )
        )
        if after and after[0].rstrip(",.;:") in not_place and not village:
            return None
    if key == "tang":
        floor = _FLOOR_WORD.match(doc.folded, end)
        if floor is not None:
            # "tầng trệt số 5 Lê Lợi", "tầng lửng": a floor by its word, not its number
            return (start, floor.end(), 0, floor.group(1), key, "lower")
    # (``_unit_re`` saw to it that white space or the abbreviation dot follows the unit word)
    nm = name_after if name_after is not None else _NAME_AFTER.match(cased, end)
    if nm is None and key in _CODE_OR_ESTATE and raw == raw.lower():
        code = _LC_CODE.match(cased, end)
        if code is not None:
            return (start, code.end(), 0, code.group(1), key, "lower")
        if key not in _ESTATES or prev is None:
            return None
        lower = _lower_name(doc.folded, end, key, doc.text)
        if lower is None:
            return None
        return (start, lower[0], 0, cased[end : lower[0]].strip(), key, lower[1])
    if nm is None:
        # a market in lower case only after a kiosk ("ki ốt số 12 chợ đồng xuân"): "đi chợ mua
        # rau" names no place
        market = key == "cho" and prev in _KIOSKS
        if key not in _LC_UNITS and raw in _LC_SHORT:
            key = _LC_SHORT[raw]  # "tx. phú mỹ", "tt. phố lu" in chat
        if (key not in _LC_UNITS and not market) or raw != raw.lower():
            return None
        if key in _NAME_UNITS:
            place = _known_at(doc.folded, start, _known())
            if place is not None and place > end:
                return None  # "sóc trăng", "buôn ma thuột": the unit word starts a place name
        # "phố", "đường" take any lower-case name only after a house number or lane in the
        # same chain ("số 5 ngõ 12 phố bà triệu"); alone, a known place ("phố huế")
        lane = key in ("pho", "duong") and prev in _LANE_BEFORE_STREET
        if key in ("pho", "duong"):
            code = _STREET_CODE.match(doc.folded, end)
            if code is not None:
                # "đường cmt8", "đường ql1a": a street by its usual abbreviation
                return (start, code.end(), 0, code.group(1), key, "lower")
        if lane:
            # "số 78 đường cách mạng tháng tám, ...": after a house number the street's name
            # runs to the comma or the next unit word, whatever its words
            street = _lc_street(doc.folded, end)
            if street is not None:
                words = street.group(0).split()
                first = words[0]
                if (
                    first in _STREET_FIRST
                    or _counted_name(words)
                    or (
                        first not in _COUNTERS and first not in _LC_NOT_NAME and first not in _UNITS
                    )
                    or _comma_then_ward(doc.folded, street)
                ):
                    return (start, street.end(), 0, cased[end : street.end()].strip(), key, "lower")
        lower = _lower_name(doc.folded, end, "ngo" if lane else key, doc.text, prev is not None)
        if lower is None:
            return None
        if key in _AREA_UNITS and _everyday_name(doc.text, end, lower[0]):
            return None  # "khu dân cư an toàn, hòa bình": a slogan's everyday words, no name
        if key == "xa" and _DISTANCE_AFTER.match(doc.folded, lower[0]) is not None:
            return None  # "nhà ở bản sủng làng xa trường 12 cây số": far ("xa"), no commune
        return (start, lower[0], _UNITS.get(key, 0), cased[end : lower[0]].strip(), key, lower[1])
    name = nm.group(1)
    if key == "to" and _map_sheet(doc, start, end):
        return None  # "thua 112 to 18, ấp ...": a parcel's map sheet ("tờ"), no "tổ"
    if (
        key == "to"
        and doc.text[start:end] == "to"
        and (number := _NUMBER_FIRST.match(name)) is not None
        and _english_to(doc, start, nm.start(1) + number.end())
    ):
        return None  # "deliver it to 15 Tran Phu, ...": the English preposition, no "tổ"
    if not wrap and "\n" in cased[end : nm.start(1)]:
        return None
    if (
        len(name) == 1
        and name.isalpha()
        and cased[nm.end() : nm.end() + 1] == "."
        and cased[nm.end() + 1 : nm.end() + 2].isalnum()
    ):
        return None  # "Lý Thường Kiệt Q.10": "Q." abbreviates the next unit, names no lane

    if (
        key in _NUMERIC_ONLY
        and _DIGIT.search(name, 0, 4) is None
        and not (key in ("toa", "block") and len(name) == 1)  # "block B", "tòa A"
        # "P.2306 tòa The Manor, 91 ...": a tower by its name after a flat's or room's number
        and not (key == "toa" and prev in _NUMBERED_FLATS and name[:1].isupper())
    ):
        return None
    if name[:2].lower() == "uy" and name.split()[0].lower() == "uy":
        return None  # "Tỉnh ủy", "Huyện ủy": a party committee, not a place
    name_end = nm.end()
    if key in _CODE_UNITS and name.isdigit():
        flat = _FLAT_DECIMAL.match(cased, name_end)
        if flat is not None:
            name_end = flat.end()  # "căn hộ 12.08": floor 12, flat 08
    if key in ("duong", "pho") and name.isdigit():
        month = _MONTH_AFTER.match(doc.folded, name_end)
        if month is not None:
            name_end = month.end()  # "đường 30 tháng 4", "phố 3 tháng 2" in lower case
    # ("số 14/92 văn cao, ...": a number with a slash is a house's, even at a chain's start)
    house = key == "so" and (prev is not None or "/" in name)
    # "số 134 triệu quang phục, phường chợ lớn": at a chain's start, "số" and its number take
    # a lower-case street only where a comma and a ward's or commune's unit word vouch for it
    # (_comma_then_ward; "số 5 người", "số 134 triệu đồng, phường ..." stay counts)
    vouched_only = key == "so" and not house
    if (
        (key in _LC_AFTER_NUMBER or house or vouched_only or key == "nha so")
        and name[-1:].isdigit()
        # "sn 1957 la cuu chien binh": "sinh năm" and a birth year, no house on a street
        and not (key == "sn" and _BIRTH_YEAR_NAME.fullmatch(name) is not None)
    ):
        # "ngõ 102 trường chinh, phường ...": the street after the lane's number, in lower case
        lane = key in _LANES
        lc = _lc_street(doc.folded, name_end, lane)
        if lc is not None and cased[name_end + 1 : name_end + 2].islower():
            first = lc.group(1)
            street_words = lc.group(0).split()
            if vouched_only or key == "nha so":
                # "trước nhà số 61 lê văn sỹ,": after "nhà số" a street named as a person is,
                # every word a name's ("nhà số 5 ngõ này", "nhà số 3 là nhà tôi" are not)
                if (
                    _comma_then_ward(doc.folded, lc)
                    or (key == "nha so" and _named_street(street_words))
                    # "số 71 đường trần phú từ 1/10": the street's word, then a person's name,
                    # in lower case as chat types it
                    or (
                        street_words[0] in ("duong", "pho")
                        and _named_street(street_words[1:], shortest=2)
                        and cased[name_end : lc.end()] == doc.folded[name_end : lc.end()]
                    )
                ):
                    name_end = lc.end()
            elif (
                first in _STREET_FIRST
                or (
                    # "sn 1 đặng thai mai, ...": a person's full name, whose first syllable
                    # may read as an everyday word
                    len(street_words) >= 3
                    and first not in _COUNTERS
                    and first not in _UNITS
                    and not any(w in _LC_END or w in _LC_NOT_NAME for w in street_words[1:])
                )
                or _counted_name(lc.group(0).split())
                # "ngõ 190 lò đúc, hà nội": after a lane's number, a person's name whose
                # surname is a counting or unit word too, or a figure's or event's name
                # ("hẻm 1/1 nam kỳ khởi nghĩa")
                or (lane and (_lane_named(street_words) or _figure(street_words)))
                or (first not in _COUNTERS and first not in _LC_NOT_NAME and first not in _UNITS)
                # "ngõ 68 cầu giấy, hà nội": a street named as a known district is
                or " ".join(street_words) in _known()
                or _comma_then_ward(doc.folded, lc)
            ):
                name_end = lc.end()
    if key == "p" and name.isdigit() and len(name) >= 3:
        # "P.1504 chung cư Sunrise, 27 ...": a room by its number (wards count to some 30)
        return (start, name_end, 0, name, "phong", "cased")
    if key in _LONG_NAME_UNITS and not _DIGIT.search(name) and _marked(doc, start, name_end):
        # "làng Kon Hơ Ngo Klah, xã ...": a minority village's syllable typed as a unit word
        # is spelled (without the unit's diacritics) as no unit word: the name goes on
        more = _NAME_GOES_ON.match(cased, name_end)
        if more is not None:
            word = doc.text[more.start(1) : more.end(1)].lower()
            unit = fold_word(word)
            if word not in _spellings().get(unit, frozenset((unit,))):
                name_end = more.end()
    if _UNITS.get(key, 0) in (1, 2) and " " in name and name_end == nm.end():
        # "phường Phú Thượng Hà Nội", "phường Hoàng Liệt HN": a capitalised ward or district
        # and its province with no comma between, the province ending the name (or running
        # past the four words a name reads: "phường Dịch Vọng Hậu Hà Nội")
        more = _MORE_CAPS.match(cased, name_end) if name.count(" ") == 3 else None
        whole = name if more is None else name + more.group(0)
        cut = _province_tail(whole) if whole.count(" ") >= 2 else None
        if cut is not None and cut <= len(name):
            name = name[:cut].rstrip()
            name_end = nm.start(1) + len(name)
    return (start, name_end, _UNITS.get(key, 0), name, _KEYS[raw], "cased")


def _province_tail(name: str) -> int | None:
    """Where a province (its name or letters) ending ``name`` starts, after two words or more
    of the name's own ("Phú Thượng Hà Nội": 11), or None."""
    starts = [m.start() for m in _SPACES_THEN_WORD.finditer(name)]
    for n in (3, 2, 1):
        if len(starts) - n >= 1 and fold_word(name[starts[-n] :].lstrip()) in _provinces():
            return starts[-n]
    return None


_SPACES_THEN_WORD = re.compile(r"[ \t]+(?=\S)")
#: capitalised words right after a name of four (``_province_tail``)
_MORE_CAPS = re.compile(rf"(?:[ ]+(?!{_STOP}){_CAPWORD}){{1,2}}(?![ ]+[A-Z])")


#: villages whose names run to four syllables and more (Bahnar, Sedang, Jrai: "làng Kon Hơ
#: Ngo Klah"), where a syllable may read as a unit word typed plain ("Ngo", "Xa")
_LONG_NAME_UNITS = frozenset(("lang", "ban", "buon", "plei", "bon", "soc", "phum", "thon"))
#: a unit word and capitalised words after a name, up to punctuation (``_component``)
_NAME_GOES_ON = re.compile(
    rf"[ \t]+({'|'.join(w for w in _STOP_WORDS if ' ' not in w)})"
    rf"((?:[ \t]+{_CAPWORD}){{1,3}})(?=[ \t]*(?:[,;.)\n]|$))"
)


#: units of an area, whose lower-case name may be an everyday word instead ("khu dân cư an
#: toàn", "khu dân cư văn minh"): a slogan or a wish, no place. ("khu vực bình yên a" is a
#: quarter's name in Cần Thơ: "khu vực" keeps its names)
_AREA_UNITS = frozenset(("khu dan cu",))


def _everyday_name(text: str, start: int, end: int) -> bool:
    """Whether the lower-case name ``text[start:end]`` is an everyday word of two syllables
    and nothing more ("an toàn", "văn minh"; ``everyday_pairs.txt``, by spelling where written
    with diacritics), and no known place ("hòa bình" is a province too)."""
    words = text[start:end].split()
    return (
        len(words) == 2
        and everyday_pair(words[0], words[1], places=False)
        and fold_word(f"{words[0]} {words[1]}") not in _known()
    )


def _component_at(
    doc: Document, pos: int, prev: str | None = None, wrap: bool = False
) -> _Component | None:
    """A component at ``pos``, which follows a separator (so starts a word)."""
    m = _unit_re().match(doc.folded_cased, pos)
    if m is None and prev is not None:
        m = _WARD_BEFORE_WORD.match(doc.folded_cased, pos)  # "..., phường đề thám, tỉnh ..."
    return _component(doc, pos, m.end(), prev, wrap) if m is not None else None


#: a ward's or commune's unit word in lower case before a lower-case word, whatever the word:
#: ``_unit_re`` refuses an everyday word after it ("xã hội", "phường để"), but inside a chain
#: the name's reading (:func:`_vouched_name`) asks for the province after it ("tổ 3, phường
#: đề thám, tỉnh cao bằng": Đề Thám folds to "để thám")
_WARD_BEFORE_WORD = re.compile(r"(?:phuong|xa)(?=[ \t]+[a-z])")


# -- a house number and street without a unit word: "17 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội" -----


@lru_cache(maxsize=1)
def _comma_place() -> re.Pattern[str]:
    """A comma and the first word of a known province or place, in any case: where a street
    may end and a known district or province begin (the scan tests the word, not Python)."""
    forms = sorted({f for w in _known_first() for f in (w, w.capitalize(), w.upper())})
    return re.compile(r",[ \t]*(?=(?:" + trie_regex(forms) + r")(?![A-Za-z]))")


#: the same street in lower-case chat: "17 tran hung dao, hoan kiem, ha noi"
_STREET_BACK_LC = re.compile(
    r"(?<![\w/.,\-])((?:k\.?|sn[ \t]?)?\d{1,5}[a-z]?(?:/\d{1,5}[a-z]?){0,3}[ \t]+([a-z]+)"
    r"(?:[ \t]+[a-z]+){1,3})[ \t]*$"
)
#: a ward's name in lower case between two commas, right before the second
_WARD_BACK_LC = re.compile(r",[ \t]*([a-z]+(?:[ \t]+[a-z]+){0,2})[ \t]*$")
#: the house number and street name right before that comma (a line break inside the
#: capitalised name, as a PDF's export wraps it: "12 Lê⏎Lợi, phường ...")
_STREET_BACK = re.compile(
    r"(?<![\w/.,\-])((?:[Kk]|SN[ \t]?|Sn[ \t]?)?\d{1,5}[A-Za-z]?(?:/\d{1,5}[A-Za-z]?){0,3}"
    rf"[ \t]+{_CAPWORD}(?:(?:[ \t]+|[ \t]*\r?\n[ \t]*){_CAPWORD}){{1,3}})[ \t]*$"
)
#: Huế's lane word right before that house number: "kiệt 37 Trần Phú, ..."
_KIET_BEFORE = re.compile(r"(?<![\w])(?:[Kk]iet|KIET)[ \t]+$")
#: what may stand right before such a street: the start, a line break, punctuation
_STREET_AFTER_PUNCT = frozenset(":;,(-–\"'“\n")
#: or these words (folded): a residence cue's end, "ở", "tại"
_STREET_AFTER_WORD = frozenset(
    ("tai", "o", "chi", "tru", "quan", "la", "ve", "den", "tu", "dc", "add", "address", "at",
     "sinh", "khau", "hktt", "nha", "tru", "toi", "from", "in", "que",
     # English "to" before a house number ("deliver it to 15 Tran Phu, ..."; _english_to)
     "to",
     # the house number's own word: "so 17 tran hung dao hoan kiem ha noi"
     "so", "sn")
)  # fmt: skip
_WORD_BEFORE = re.compile(r"([A-Za-z/]+)[ \t]*$")


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


def _named_lane_street(words: list[str]) -> bool:
    """Whether lower-case words after a lane's number are a street named after a person or a
    figure (``_lane_named``, ``_figure``)."""
    return _lane_named(words) or _figure(words)


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
#: the literals one of which such a room needs (the gate before the search)
_ROOM_WORDS = ("room", "flat", "apartment", "apt", "unit", "suite")


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
#: cues of a venue or an agency's seat, not of where someone lives (folded)
_SEAT_CUES = frozenset(("dia diem", "tru so", "tru so chinh"))
#: labels of a person's residence (folded, as ``_RESIDENCE`` answers): a plain house number
#: and a street after one are a home, never an office's or a venue's
_HOME_LABELS = frozenset(
    ("noi o", "noi o hien nay", "noi o hien tai", "cho o", "cho o hien nay", "thuong tru",
     "thuong tru tai", "tam tru", "tam tru tai", "tru tai", "noi cu tru", "cu tru tai", "hktt",
     "ho khau thuong tru", "ho khau", "dia chi thuong tru", "dia chi tam tru", "song tai",
     "dang song tai", "hien song tai", "ngu tai")
)  # fmt: skip


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


# -- a chain's parts chat typed before or after it, which its reading left out ----------------

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
#: "ở" and a house's number, then two to four lower-case words (folded): where someone lives
#: on a street named as a person or an old trade ("bà hạnh ở 67 hàng bông gọi hỏi"); led by
#: the "o", a literal the engine skips to, the letter before it looked behind
_HOUSE_AFTER_O = re.compile(
    # (the house's word before its number or none: "ở số 88 bàu cát 2 p.14")
    r"o(?<![a-z]o)[ \t]+(?:(?:so|sn)[ \t]+)?(\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?){0,2})"
    r"((?:[ \t]+[a-z]+){2,4})(?![\w/])"
)
#: the same after "tại" (folded): "em tại 12 hoàng diệu 2 p. linh chiểu"
_HOUSE_AFTER_TAI = re.compile(
    r"tai(?<![a-z]tai)[ \t]+(?:(?:so|sn)[ \t]+)?(\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?){0,2})"
    r"((?:[ \t]+[a-z]+){2,4})(?![\w/])"
)
#: a delivery's verb and "tới", "đến" or "về" (folded): "giao tới 27 hoàng diệu 2 ...", "ship
#: đến 12 ...", "gửi về số 5 ..." (searched only where ``_DELIVERY_GATE`` finds a verb)
_HOUSE_AFTER_DELIVERY = re.compile(
    r"(?<![a-z])(?:giao|ship|gui|chuyen)(?:[ \t]+hang)?[ \t]+(?:toi|den|ve)[ \t]+"
    r"(?:(?:so|sn)[ \t]+)?(\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?){0,2})"
    r"((?:[ \t]+[a-z]+){2,4})(?![\w/])"
)
#: the delivery verbs (``_HOUSE_AFTER_DELIVERY``'s gate; the pattern is tried only where one
#: stands, not at every position)
_DELIVERY_VERBS = ("giao ", "ship ", "gui ", "chuyen ")
_DELIVERY_GATE = _literal_gate(("giao", "ship", "gui", "chuyen"))
#: an address's label typed plain ("dia chi", "dc", "đ/c" folded "d/c"), who it belongs to and
#: "là" or a colon, then a house's number and lower-case words (folded): "dc: 12 le van sy
#: nhe", "địa chỉ nhà em 45 nguyễn trãi nhé"; led by the "d", a literal the engine skips to
_HOUSE_AFTER_LABEL = re.compile(
    r"d(?<![a-z]d)(?:ia[ \t]+chi|c|/c)"
    r"(?:[ \t]+(?:nha|cua|em|e|anh|a|chi|c|minh|toi|ong|ba|co|chu|bac|la|moi|hien|tai)){0,4}"
    r"[ \t]*:?[ \t]+(\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?){0,2})((?:[ \t]+[a-z]+){2,4})(?![\w/])"
)
#: a house's number and two to four lower-case words right after a lower-case word (folded):
#: "do minh khue 18 au co.", a listed person's house with no "ở"; led by the digit, a class the
#: engine skips to (``_listed_name_before`` reads the words before)
_HOUSE_AFTER_NAME = re.compile(
    r"(\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?){0,2})((?:[ \t]+[a-z]+){2,4})(?![\w/])"
)
#: a lower-case full name of three or four words right before (folded), opening the text, a
#: line, or a list's item after ",", ";" or ":"
_LISTED_NAME_END = re.compile(
    r"(?:^|[\n,;:])[ \t]*(?:\d{1,3}[.)][ \t]*|[-+*•][ \t]+)?"
    r"(?:(?:ong|ba|anh|chi|co|chu|bac)[ \t]+)?"
    r"([a-z]+)[ \t]+([a-z]+)[ \t]+([a-z]+)(?:[ \t]+([a-z]+))?[ \t]+$"
)


#: a lower-case word, a space and a digit: what any house after a listed name needs, one
#: search before ``_house_on_named_street`` is called
_HOUSE_AFTER_NAME_GATE = re.compile(r"\d(?<=[a-z] \d)")
#: ``_LISTED_NAME_END`` right before a digit, after a separator anywhere in the text and at
#: its start (two patterns: led by the separators' class, the engine skips to them; an
#: alternation with "^" tries every position): where ``_HOUSE_AFTER_NAME`` is tried (every
#: house ``_listed_name_before`` accepts stands after one); a search over every number that
#: two words follow, each tested in Python, cost +3.9% instructions on short prompts
_LISTED_NAME_BODY = _LISTED_NAME_END.pattern.removeprefix(r"(?:^|[\n,;:])").removesuffix("$")
_LISTED_NAME_THEN_DIGIT = re.compile(r"[\n,;:]" + _LISTED_NAME_BODY + r"\d")
_OPENING_NAME_THEN_DIGIT = re.compile(_LISTED_NAME_BODY + r"\d")


def _houses_after_names(doc: Document) -> Iterator[re.Match[str]]:
    """The ``_HOUSE_AFTER_NAME`` matches ``_listed_name_before`` accepts, in the text's order:
    tried only at the numbers a listed name's shape ends before. Each such number opens a run
    of digits (a space before it), so no match at another number could hold it."""
    folded = doc.folded
    opening = _OPENING_NAME_THEN_DIGIT.match(folded)
    gates = _LISTED_NAME_THEN_DIGIT.finditer(folded)
    for g in itertools.chain((opening,) if opening is not None else (), gates):
        m = _HOUSE_AFTER_NAME.match(folded, g.end() - 1)
        if m is not None and _listed_name_before(doc, m.start(1)):
            yield m


def _listed_name_before(doc: Document, start: int) -> bool:
    """Whether a lower-case full name stands right before the house's number at ``start``, as
    the first item of a list or a line ("..., do minh khue 18 au co."): a surname spelled as
    one, middle names, a given name last, none a chat word."""
    if doc.folded[start - 2 : start - 1].isalpha() is False:
        return False
    if _word_before(doc.folded, start) in _UNITS:
        return False  # "vu huy hoang to 12 phuong ...": the group's number, read by the chains
    m = _LISTED_NAME_END.search(doc.folded, max(0, start - 48), start)
    if m is None or not _spelled_surnames_lc(doc, m.start(1)):
        return False
    lex = lexicons()
    words = [w for w in m.groups()[1:] if w is not None]
    return (
        doc.folded_cased[m.start(1) : start] == doc.folded[m.start(1) : start]
        and all(w in lex.middles or w in lex.givens for w in words[:-1])
        and words[-1] in lex.givens
        and not any(
            (w in _LC_END or w in _LC_NOT_NAME) and not (w == "thi" and i < len(words) - 1)
            for i, w in enumerate(words)
        )
    )


#: the literals ``_HOUSE_AFTER_LABEL`` needs ("dia", "dc", "d/c"): its gate, one search
_LABEL_GATE = _literal_gate(("dia", "dc", "d/c"))
#: the next lower-case word, a comma before it or none (folded): "ở 18 trần hưng đạo, mai
#: ..." ends the street at the comma where a chat word follows it
_NEXT_WORD_OR_COMMA = re.compile(r"[ \t]*,?[ \t]*(?<=[ \t])([a-z]+)(?![\w'])")
#: wards and districts by their numbers after a street, a comma before each or none (folded):
#: ", phường 5", " p13 q3", ", p.7, quận 10"
_NUMBERED_WARDS_AFTER = re.compile(
    r"(?:[ \t]*,?[ \t]*(?:phuong|quan|p|q)(?:[ \t]*\.[ \t]*|[ \t]*)\d{1,2}(?![\w/.,]\d|[\w/]))+"
)
#: a comma or none, then a space, before the next lower-case name (folded)
_GAP_TO_NAME = re.compile(r"[ \t]*,?[ \t]+(?=[a-z])")
#: the unit words of ``_NUMBERED_WARDS_AFTER`` (folded): "phuong", "p", "quan", "q"
_NUMBERED_WARD_WORD = re.compile(r"(?<![a-z])(?:phuong|quan|p|q)(?![a-z])")
#: a ward's, commune's or district's word, with a comma before it or none, before its
#: lower-case name (folded): " p. chánh hưng", ", quận bình thạnh"
_NAMED_WARD_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:(phuong|xa|quan|huyen)|(p|q|x|h)\.)(?=[ \t]+([a-z]))"
)
_WARD_LETTERS = {"p": "phuong", "q": "quan", "x": "xa", "h": "huyen"}
#: chat's words that open what happened right after a lower-case ward's name and that no
#: ward's name holds (folded): "p. chánh hưng đánh nhau", "p. bến thành hôm qua", besides
#: ``_AFTER_PLACE_WORDS`` and a verb before "nhau" (``_RECIPROCAL``)
_CLAUSE_AFTER_WARD = frozenset(("danh", "chui", "hom", "dot", "xay", "tranh"))
#: a verb and "nhau" ("đánh nhau", "cãi nhau", "gây nhau"), after a ward's name (folded)
_RECIPROCAL = re.compile(r"[ \t]+[a-z]+[ \t]+nhau(?![\w'])")


def _clause_word(word: str) -> bool:
    """Whether the folded ``word`` opens chat's clause after where one lives, and no ward's
    name holds it."""
    return word in _AFTER_PLACE_WORDS or word in _CLAUSE_AFTER_WARD


#: everyday words that close many wards' and communes' names once folded, each with its
#: everyday spellings: "bến nghé" (no "nghe"), "linh chiểu" (no "chiều"), "tân phong" (no
#: "phòng"), "thanh văn" (no "vẫn"), "phước lai" (no "lại")
_WARD_SYLLABLE_EVERYDAY = {
    "nghe": ("nghe",), "chieu": ("chiều",), "phong": ("phòng",), "van": ("vẫn",),
    "lai": ("lại",),
}  # fmt: skip


def _ward_syllable_spelled(text: str, w: re.Match[str]) -> bool:
    """Whether the ward's syllable ``w`` (a match in the folded text), after its first, is
    one of ``_WARD_SYLLABLE_EVERYDAY`` written in a text with diacritics otherwise than the
    everyday word: the name's, not chat's ("p. bến nghé", "p. linh chiểu", "p. tân phong")."""
    everyday = _WARD_SYLLABLE_EVERYDAY.get(w.group())
    if everyday is None:
        return False
    written = text[w.start() : w.end()].lower()
    if written in everyday:
        return False
    # typed plain, the word is as likely the everyday one: only where the name before it
    # has marks (the text is written with them)
    before = text[max(0, w.start() - 12) : w.start()]
    return not written.isascii() or not before.isascii()


def _ward_name_end(doc: Document, pos: int) -> int | None:
    """The end of a ward's lower-case name of two or three words right after ``pos`` (its
    unit word's end), none chat's, a unit's or off a place's syllables, where the sentence
    ends, a comma, chat's word, a unit word or a numbered district follows; or None."""
    folded = doc.folded
    m = _LC_WORDS.match(folded, pos)
    if m is None:
        return None
    run = list(_WORD.finditer(folded, m.start(1), m.end()))[:3]
    for n in range(len(run), 1, -1):
        after = run[n - 1].end()
        nxt = _NEXT_WORD_OR_COMMA.match(folded, after)
        if (
            not any(
                (
                    w.group() in _STREET_TAIL_NOT
                    or w.group() in _LC_NOT_NAME
                    or w.group() in _UNITS
                    or _clause_word(w.group())
                )
                and not (i and _ward_syllable_spelled(doc.text, w))
                for i, w in enumerate(run[:n])
            )
            and all(is_vietnamese_syllable(doc.text[w.start() : w.end()]) for w in run[:n])
            and (
                _HOUSE_STREET_END.match(folded, after) is not None
                or _COMMA.match(folded, after) is not None
                or (
                    nxt is not None
                    and (
                        nxt.group(1) in _STREET_TAIL_NOT
                        or nxt.group(1) in _UNITS
                        or _clause_word(nxt.group(1))
                    )
                )
                # "p. chánh hưng đánh nhau", "p. bến thành cãi nhau": a verb and "nhau"
                or _RECIPROCAL.match(folded, after) is not None
                # "p. linh chiểu thủ đức": a known district or city after it, no comma
                or (nxt is not None and _known_at(folded, nxt.start(1), _known()) is not None)
                or _NUMBERED_WARDS_AFTER.match(folded, after) is not None
            )
        ):
            return after
    return None


def _wards_after_street(doc: Document, end: int) -> int:
    """The end of the wards and districts right after a house's named street ending at
    ``end`` (``end`` itself where none): by their numbers (", phường 5", " p13 q3") or by a
    lower-case name after their word or its letter and dot (" p. chánh hưng", ", quận 8")."""
    folded = doc.folded
    level = 0
    while True:
        numbered = _NUMBERED_WARDS_AFTER.match(folded, end)
        if numbered is not None:
            # (the last unit's level: "p.14 q. tân bình" names its district after the ward)
            last = _NUMBERED_WARD_WORD.findall(numbered.group())[-1]
            end, level = numbered.end(), 2 if last.startswith("q") else 1
            continue
        named = _NAMED_WARD_AFTER.match(folded, end)
        if named is None and level >= 1 and (gap := _GAP_TO_NAME.match(folded, end)):
            # "ở 88 bàu cát 2 p.14 tân bình": a known district or city after the ward, with
            # no unit word or comma
            known_end = _known_at(folded, gap.end(), _known())
            if known_end is not None and doc.folded_cased[gap.end()].islower():
                return known_end
        if named is None or doc.folded_cased[named.start(3)] != named.group(3):
            return end  # (a capitalised name: the chains read it)
        key = named.group(1) or _WARD_LETTERS[named.group(2)]
        if _UNITS[key] <= level:
            return end
        at = named.start(3)
        name_end = _known_at(folded, at, _known())
        if name_end is None:
            # a name no list holds: two or three words of a place's syllables, none chat's,
            # then the sentence's end, a comma, chat's word or the next unit ("p. hay đi chơi",
            # "p. chánh hưng đánh nhau" stop short)
            name_end = _ward_name_end(doc, named.end())
        if name_end is None:
            return end
        end, level = name_end, _UNITS[key]


#: the second words of the old quarter's trade streets ("Hàng Bông", "Hàng Bạc"), folded
_TRADE_STREETS = frozenset(
    ("bong", "bac", "bo", "buom", "dao", "gai", "ma", "ngang", "bai", "chieu", "cot", "da",
     "dieu", "duong", "ga", "giay", "hom", "khay", "luoc", "mam", "muoi", "non", "quat",
     "thiec", "than", "trong", "vai", "can", "chai", "dau", "be", "but", "ruoi", "tre",
     "chinh", "phen", "manh", "dong", "cho", "vai")
)  # fmt: skip


#: a numbered street's one-digit number after its name ("bàu cát 2", "hoàng diệu 2"), then
#: punctuation, the line's end or a ward's or district's word (folded)
_STREET_NUMBER = re.compile(
    r"[ \t]+\d(?![\w/.,]\d|[\w/])"
    r"(?=[ \t]*(?:[,;!?)]|\.(?![\w.])|\r?\n|$)|[ \t]+(?:p|q|phuong|quan|xa|huyen)(?![a-z]))"
)
#: the same number before anything (folded), for a delivery's street before its bare ward
_STREET_DIGIT = re.compile(r"[ \t]+\d(?![\w/.,]\d|[\w/])")
#: a line break, then lower-case words and a comma: a name's rest on the next line (folded)
_WRAPPED_ON = re.compile(r"[ \t]*\r?\n[ \t]*[a-z]+(?:[ \t]+[a-z]+)?[ \t]*,")
#: what ends a house's street read after "ở": a stop, a question or the line's end (not a
#: comma, after which the address may go on)
_HOUSE_STREET_END = re.compile(r"[ \t]*(?:[;!?)]|\.(?![\w.])|\r?\n|$)")


def _street_named(doc: Document, words: list[re.Match[str]]) -> bool:
    """Whether lower-case words after a house's number name a street: a person's full name
    (``_named_street`` from two words), a figure's (``_figure``), or an old trade street
    ("hàng bông", spelled "hàng" where the text has marks)."""
    folded = [w.group() for w in words]
    # a unit's or a count's word written with other marks is a name's syllable ("âu dương
    # lân": no "đường", no "lần")
    marked = frozenset(
        i
        for i, w in enumerate(words)
        if (w.group() in _UNITS or w.group() in _COUNTERS)
        and not doc.text[w.start() : w.end()].isascii()
        and doc.text[w.start() : w.end()].lower() not in _spellings().get(w.group(), frozenset())
        and spelling(doc.text[w.start() : w.end()].lower()) not in _COUNTER_SPELLINGS
    )
    if _named_street(folded, shortest=2, marked=marked) or _figure(folded):
        return True
    if len(folded) != 2 or folded[0] != "hang" or folded[1] not in _TRADE_STREETS:
        return False
    written = doc.text[words[0].start() : words[0].end()].lower()
    return written in ("hàng", "hang") and (
        written == "hàng" or doc.text[words[1].start() : words[1].end()].isascii()
    )


def _after_o(m: re.Match[str]) -> int:
    """Where the house of a ``_HOUSE_AFTER_O`` or ``_HOUSE_AFTER_TAI`` match starts: its word
    ("số") or its number."""
    word = _HOUSE_WORD_END.search(m.string, m.start(), m.start(1))
    return m.start(1) if word is None else word.start()


#: a house's word right before its number (folded): "số ", "sn "
_HOUSE_WORD_END = re.compile(r"(?<![a-z])(?:so|sn)[ \t]+$")


def _someone_lc_before(doc: Document, s: int) -> bool:
    """Whether a lower-case word of someone who lives there stands right before the "tại"
    that ends before ``s`` ("em tại 12 hoàng diệu 2", "nhà tôi tại ..."): a pronoun or kin
    word (``_LIVES``), as chat writes it; not an errand's or an office's words ("họp tại",
    "chi nhánh Hà Nội tại")."""
    head = doc.folded_cased[max(0, s - 24) : s].split()
    return len(head) >= 2 and head[-2] in _LIVES


def _house_on_named_street(doc: Document) -> Iterator[Detection]:
    """A house's number and its street with no unit word, in lower case right after someone
    and "ở" (``_someone_before_o``): "bà hạnh ở 67 hàng bông gọi hỏi", "ông tám ở 12 lê văn
    sỹ."; or right after an address's label typed plain ("dc: 12 lê văn sỹ nhé", "địa chỉ nhà
    em 45 nguyễn trãi"). The street's words read as a street's (``_street_named``) and
    punctuation, the line's end or a chat word ends them ("ở 5 hàng ghế đầu" names a row, "ở
    3 người" no street)."""
    folded = doc.folded
    cased = doc.folded_cased
    # (after "ở" with nobody named before it, the house's ward and district after its street
    # vouch for it: "quốc tịch trung quốc ở số 88 bàu cát 2 p.14 q. tân bình")
    after_o = (
        (
            (m, "o" if _someone_before_o(cased, _after_o(m)) else "o bare")
            for m in _HOUSE_AFTER_O.finditer(folded)
        )
        if "o " in folded
        else iter(())
    )
    after_tai = (
        (m for m in _HOUSE_AFTER_TAI.finditer(folded) if _someone_lc_before(doc, _after_o(m)))
        if "tai " in folded
        else iter(())
    )
    labelled = (
        _HOUSE_AFTER_LABEL.finditer(folded) if _LABEL_GATE.search(folded) is not None else iter(())
    )
    after_name = _houses_after_names(doc)
    delivered = (
        sorted(
            (
                m
                for verb in _DELIVERY_VERBS
                for m in literal_led_matches(_HOUSE_AFTER_DELIVERY, folded, verb)
            ),
            key=lambda m: m.start(),
        )
        if _DELIVERY_GATE.search(folded) is not None
        else ()
    )
    for m, context in itertools.chain(
        after_o,
        ((m, "o") for m in after_tai),
        ((m, "giao bare") for m in delivered),
        ((m, "dia chi") for m in labelled),
        ((m, "name") for m in after_name),
    ):
        words = list(_WORD.finditer(folded, m.start(2), m.end(2)))
        if context == "name" and (
            (m.group(1).isdigit() and words[0].group() in _TITLED_STREETS)
            or words[0].group() in _UNITS
        ):
            continue  # "le van luyen 2 ba ...": after a plain number "bà" may be counted
        for n in range(len(words), 1, -1):
            end = words[n - 1].end()
            caps = [cased[w.start()].isupper() for w in words[:n]]
            if any(caps) and not all(caps):
                continue  # "ở 10 Nguyễn Du mai 8h": a capitalised street ends at its case
            if cased[m.start(2) : end] != folded[m.start(2) : end] and (
                context != "o"
                or not all(
                    cased[w.start() + 1 : w.end()] == folded[w.start() + 1 : w.end()]
                    for w in words[:n]
                )
            ):
                # capitalised words: the unit chains read them; but a street in proper case
                # after someone and "ở" is read here ("ông Nguyễn Văn An ở 12 Lê Lợi", which
                # no chain reads without a ward after it); after a label it may be an
                # office's ("Địa chỉ: 12 Lê Lợi" beside opening hours)
                continue
            if _street_named(doc, words[:n]):
                if n == len(words) and (num := _STREET_NUMBER.match(folded, end)) is not None:
                    end = num.end()  # "ở 88 bàu cát 2 p.14": a numbered street's number
                # "ông tám ở 18 trần hưng đạo, phường 5", "... lê văn sỹ p13 q3 nhé", "ở 88/14
                # âu dương lân p. chánh hưng đánh nhau": wards and districts after the street
                # with no comma or by their numbers, which the chains read only otherwise
                street_end = end
                end = _wards_after_street(doc, end)
                if context == "giao bare":
                    # "giao tới 27 hoàng diệu 2 linh trung thủ đức,": a delivery's house, its
                    # street, then its ward typed bare and a known district or city
                    num = _STREET_DIGIT.match(folded, end) if end == street_end else None
                    # ("hoàng diệu 2 linh trung": a numbered street's number before the ward)
                    end = (
                        (num is not None and _bare_ward_then_known(doc, num.end()))
                        or _bare_ward_then_known(doc, end)
                        or end
                    )
                    closed = _HOUSE_STREET_END.match(folded, end) or _COMMA.match(folded, end)
                    if end == street_end or closed is None:
                        continue
                elif context == "o bare" and (
                    not _ward_and_district(folded, street_end, end)
                    or holds_any(folded[max(0, m.start() - 30) : m.start()], _SEATS_BEFORE_O)
                ):
                    continue
            elif context.endswith(" bare"):
                continue
            if _WRAPPED_ON.match(folded, end) is not None:
                continue  # "so 4 duong le⏎loi, phuong ...": a name a line break cut, the
                # chains' to read whole
            if _HOUSE_STREET_END.match(folded, end) is None:
                # (a comma, a unit word or a known place after it: the chains read the rest,
                # "ở 58 trần phú, phường 4, ...")
                after = _NEXT_WORD_OR_COMMA.match(folded, end)
                if after is None or after.group(1) in _UNITS:
                    continue
                nxt = after.group(1)
                if any(caps) and cased[after.start(1)].isupper():
                    continue  # "ở Sn 1 Nguyễn Văn Cừ, P. ...": the capitalised name goes on
                if (
                    not (
                        (all(caps) and cased[after.start(1)].islower())
                        # "..., do minh khue 18 au co, vu thi hue ...": the list's next item
                        or (context == "name" and "," in after.group(0))
                        or nxt in _STREET_TAIL_NOT
                        or _clause_word(nxt)
                        or _RECIPROCAL.match(folded, after.start(1) - 1) is not None
                        or nxt in _LC_NOT_NAME
                        or (
                            nxt in _DAY_WORDS
                            and (
                                "," in after.group(0)
                                or _CLOCK_AFTER.match(folded, after.end()) is not None
                            )
                        )
                    )
                    or _known_at(folded, after.start(1), _known()) is not None
                ):
                    continue
            if _street_named(doc, words[:n]):
                yield Detection(
                    EntityType.ADDRESS,
                    _after_o(m) if context.startswith("o") else _house_start(m),
                    end,
                    SCORE_CUED,
                    "vn.address",
                    pattern="address.house_after_o",
                    base_score=BASE_SCORE,
                    context=context.removesuffix(" bare"),
                )
                break


def _house_start(m: re.Match[str]) -> int:
    """Where the house of a labelled or delivered match starts: its number."""
    return m.start(1)


#: the most words of a ward typed bare before its known district
_BARE_WARD_WORDS = 3


def _bare_ward_then_known(doc: Document, pos: int) -> int | None:
    """The end of a known district or city right at ``pos`` or after a ward's name of one to
    three lower-case words typed bare ("linh trung thủ đức"), none of them chat's or a unit
    word, or None."""
    folded = doc.folded
    known = _known()
    at = pos
    for _ in range(_BARE_WARD_WORDS + 1):
        gap = _GAP_TO_NAME.match(folded, at)
        if gap is None or not doc.folded_cased[gap.end()].islower():
            return None
        end = _known_at(folded, gap.end(), known)
        if end is not None:
            return end
        word = _NEXT_LC_WORD.match(folded, at)
        if word is None or "," in folded[at : word.start(1)]:
            return None
        w = word.group(1)
        if w in _LC_NOT_NAME or w in _LC_END or w in _UNITS or w in _STREET_TAIL_NOT:
            return None
        at = word.end()
    return None


#: a clause after a place that says someone lives there (folded): ", nơi gia đình bà sinh
#: sống", ", nơi anh ấy đang ở", ", nơi tôi tạm trú"
_LIVED_IN_AFTER = re.compile(
    r"[ \t]*,[ \t]*noi(?:[ \t]+[a-z]+){0,3}?[ \t]+(?:dang[ \t]+|van[ \t]+|hien[ \t]+)?"
    r"(?:sinh song|song|cu tru|o|sinh ra|thuong tru|tam tru)(?![a-z])"
)
#: an agency's or a firm's seat named before "ở" (folded): its office, no one's home
_SEATS_BEFORE_O = ("tru so", "van phong", "chi nhanh", "cong ty", "cua hang", "co so")
#: a district's or city's word or letter (folded) among the units read after a street
_DISTRICT_WORD = re.compile(r"(?<![a-z])(?:q|quan|h|huyen|tp|thanh pho|tx|thi xa)(?![a-z])")


def _ward_and_district(folded: str, street_end: int, end: int) -> bool:
    """Whether the units read after a street, ``folded[street_end:end]``, hold a ward and a
    district ("p.14 q. tân bình"): with both, a house after "ở" is an address whoever lives
    there (one ward alone may be an errand's: "mua rau ở 12 chợ cũ p. 5"), where no comma
    sets them apart."""
    return (
        end > street_end
        # (with commas the chains read the address, and know an agency's office: "trụ sở ở số
        # 5 đường lê lợi, phường bến thành, tp hcm")
        and "," not in folded[street_end:end]
        and _DISTRICT_WORD.search(folded, street_end, end) is not None
    )


#: days and times of day that a clock time follows ("mai 8h", "toi 7 gio"), after a street's
#: name in chat (folded)
_DAY_WORDS = frozenset(("mai", "toi", "trua", "nay", "sang", "chieu"))
_CLOCK_AFTER = re.compile(r"[ \t]+\d{1,2}(?:h|g|:\d\d|[ \t]+gio)(?![a-z])")
#: chat's words that follow a street's name, and no street's name ends on (folded)
_STREET_TAIL_NOT = _LC_END | frozenset(
    ("thuong", "hay", "co", "bi", "da", "se", "rat", "ngay", "gan", "sat", "van", "lai", "deu",
     "nen", "phai", "can", "bao", "noi", "di", "ve", "den", "tu", "sang", "chieu", "dem", "ma",
     "ay", "nao", "gi", "ai", "ne", "oi", "a", "ok", "suot", "cu", "hat", "mo", "bat")
)  # fmt: skip
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


#: a district by its letter glued to its number after a comma or a space ("q1", "q.3"): the
#: gate of ``_street_then_glued`` (folded); led by the "q", a literal the engine skips to, the
#: comma or space looked behind (led by the class, the pattern was tried at every space)
_GLUED_DISTRICT_GATE = re.compile(r"q(?<=[ \t,]q)\.?\d")
#: a house number, a lower-case street of two to five words (one of them may be a number:
#: "cach mang thang 8"), then an optional ward and a district by their letters glued to their
#: numbers, and the city (folded)
_STREET_THEN_GLUED = re.compile(
    r"(?<![\w/.,\-])(?:(?:so|sn)[ \t]+)?\d{1,5}[a-z]?(?:/\d{1,5}[a-z]?){0,3}"
    r"[ \t]+(?P<street>[a-z]+(?:[ \t]+[a-z]+){0,3}(?:[ \t]+(?:[a-z]+|\d{1,2}))"
    r"(?![a-z0-9]))[ \t]*,?[ \t]*"
    r"(?:(?P<ward>p\.?[ \t]?\d{1,2})[ \t]*,?[ \t]*)?"
    r"(?P<district>q\.?[ \t]?\d{1,2})(?![\w/])"
    r"(?:[ \t]*,?[ \t]*(?P<city>(?:tp\.?[ \t]?)?(?:hcm|tphcm|ho chi minh|sai gon|sg)))?"
    r"(?![a-z0-9])"
)


#: lower-case abbreviations typed before a capitalised name ("tp Huế", "p. Xuân Phú")
_MIXED_SHORT = frozenset(("tp", "p.", "x.", "q.", "h.", "tp."))


def _mixed_case_unit(doc: Document, start: int, end: int, prev: str | None) -> _Component | None:
    """A unit by its lower-case abbreviation before a capitalised name, as people type it
    ("12/4 Nguyễn Lộ Trạch, p. Xuân Phú, tp Huế"): "tp" before a known city; "p.", "x.", "q.",
    "h." at a chain's start where a comma and the next unit follow the name ("15 p. Sau đó"
    is minutes: no unit after it). Inside a chain, ``_component`` reads these already."""
    cased = doc.folded_cased
    raw = cased[start:end]
    cap = _NAME_AFTER.match(cased, end)
    if cap is None or not cap.group(1)[:1].isupper() or "\n" in cased[end : cap.start(1)]:
        return None
    first = cap.group(1).split()[0]
    short = _LC_SHORT[raw]
    if _is_unit_word(first):
        word = doc.text[cap.start(1) : cap.start(1) + len(first)].lower()
        spellings = _spellings().get(first.lower())
        if not word.isascii() and (not spellings or word in spellings):
            return None  # ("p. Phường ...": a unit word; "p. Phương Liệt" is the ward's name,
            # and so is "p. Lang Ha" typed plain: no unit word follows a unit's abbreviation)
    if raw.startswith("tp"):
        if fold_word(cap.group(1)) not in _known():
            return None
    elif prev is not None:
        return None
    else:
        sep = _COMMA.match(cased, cap.end())
        if sep is None or _component_at(doc, sep.end(), short) is None:
            return None
    return (start, cap.end(), _UNITS[short], cap.group(1), short, "cased")


def _lane_by_letter(doc: Document, start: int, end: int) -> _Component:
    """ "h.23" read as a lane (hẻm) by its number, ending at ``end``, with the street's
    lower-case name after it where one follows ("so 7 h.23 nguyen trai q5"), as "ng 158 hoang
    hoa tham" is read (``_chain``)."""
    cased = doc.folded_cased
    lc = _lc_street_after_lane(doc, end)
    if lc is not None:
        end = lc.end()
    return (start, end, 0, cased[start + 2 : end].strip(), "hem", "lower")


def _lc_street_after_lane(doc: Document, end: int) -> re.Match[str] | None:
    """The lower-case street a lane's number ending at ``end`` is followed by ("ng 158 hoang
    hoa tham", "h.23 nguyen trai"): typed in lower case, its first word a street's first word,
    or no counter, everyday word or unit word."""
    lc = _lc_street(doc.folded, end)
    if lc is None or not doc.folded_cased[end + 1 : end + 2].islower():
        return None
    first = lc.group(1)
    if first in _STREET_FIRST or (
        first not in _COUNTERS and first not in _LC_NOT_NAME and first not in _UNITS
    ):
        return lc
    return None


def _city_over_village(doc: Document, comp: _Component) -> _Component:
    """``comp`` (a village by its unit word after a higher unit) read as the known city it
    names where it names one ("phường tân lập, buôn ma thuột": the city, no "buôn")."""
    if comp[4] not in _NAME_UNITS or comp[5] == "cased":
        return comp  # (a capitalised reading goes on as it is: only chat's breaks there)
    k = _known_at(doc.folded, comp[0], _known())
    if k is None or k < comp[1]:
        return comp
    return (comp[0], k, 2, doc.folded[comp[0] : k], comp[4], "known")


def _chat_town(doc: Document, start: int, end: int) -> _Component | None:
    """ "tx son tay", "tt dong anh": a town (thị xã, thị trấn) by its two letters in lower case
    with no dot, before a known place only ("tt" is chat's "thông tin", "tx" many a word)."""
    if doc.folded_cased[start:end] != doc.folded[start:end] or doc.folded[end : end + 1] != " ":
        return None
    k = _known_at(doc.folded, end + 1, _known())
    if k is None:
        k = _town_after_house(doc.folded, start, end)
    if k is None:
        return None
    short = "thi xa" if doc.folded[start:end] == "tx" else "thi tran"
    return (start, k, _UNITS[short], doc.folded[end + 1 : k], short, "known")


#: "ở" or a residence word, then a house's word and number, right before a town's letters
#: (folded): "o so 45 " of "o so 45 tt" ("thông tư số 12 TT" is a circular's number)
_HOUSE_BEFORE_TOWN = re.compile(
    r"(?<![a-z0-9])(?:o|tai|tru|chi|khau|nha)[ \t]+(?:so|sn)[ \t]+\d{1,4}[a-z]?(?:/\d{1,4})?"
    r"[ \t]+$"
)
#: a name of two lower-case words (folded)
_TWO_WORDS = re.compile(r" ([a-z]+)[ \t]+([a-z]+)(?![\w'])")


def _town_after_house(folded: str, start: int, end: int) -> int | None:
    """The end of a town's name of two words no list holds after its letters at
    ``start:end``, where a house's word and number stand right before them ("ở số 45 tt chợ
    chu", "so 12 tt cho moi"): the house vouches for the town ("tt cho anh", "tt nay" are no
    names: the words must be a place's)."""
    if _HOUSE_BEFORE_TOWN.search(folded, max(0, start - 22), start) is None:
        return None
    m = _TWO_WORDS.match(folded, end)
    if m is None:
        return None
    first, second = m.group(1), m.group(2)
    if (first in _LC_NOT_NAME or first in _LC_END) and first not in _PLACE_SYLLABLES:
        return None
    if second in _LC_NOT_NAME or second in _LC_END or second in _UNITS:
        return None
    return m.end()


#: a district, town or province by its bare letters inside a chain (folded): "h nghi loc", "t
#: nghe an", "tx son tay"
_BARE_HIGHER = re.compile(r"(h|t|tx|tt)[ \t]+(?=[a-z])")  # (on the folded view)
_BARE_HIGHER_UNITS = {"h": "huyen", "t": "tinh", "tx": "thi xa", "tt": "thi tran"}


def _bare_higher(doc: Document, after: int, level: int) -> _Link | None:
    """The link a district, town or province by its bare letters starts at ``after`` inside a
    chain (no higher than it, a lower-case name after): a known place, or a name that a unit
    above it follows ("h nghi loc, t nghe an"); None otherwise."""
    m = _BARE_HIGHER.match(doc.folded, after)
    if m is None:
        return None
    if doc.folded_cased[after] != doc.folded[after]:
        # a capital letter only in a form typed all in capitals ("H ĐỒNG PHÚ, T BÌNH PHƯỚC")
        name = _first_word(doc.folded_cased, m.end())
        if len(name) < 2 or not name.isupper():
            return None
    short = _BARE_HIGHER_UNITS[m.group(1)]
    if _UNITS[short] < level:
        return None
    read = _lower_name(doc.folded, m.end(1), short, doc.text, True)
    if read is None:
        return None
    if read[1] != "known" and not (
        _ward_then_higher(doc, read[0], short)
        or (
            (sep := _SEP.match(doc.folded_cased, read[0])) is not None
            and (up := _BARE_HIGHER.match(doc.folded, sep.end())) is not None
            and _UNITS[_BARE_HIGHER_UNITS[up.group(1)]] > _UNITS[short]
        )
    ):
        return None
    return (after, read[0], _UNITS[short], short)


def _glued_candidates(folded: str) -> Iterator[re.Match[str]]:
    """The matches of ``_STREET_THEN_GLUED``, searched only around each district glued to its
    number (``_GLUED_DISTRICT_GATE``), not from every position of the text: a house, its street
    and its ward stand within 90 characters before the district."""
    done = 0
    n = len(folded)
    for g in _GLUED_DISTRICT_GATE.finditer(folded):
        start = g.start() - 1  # (the comma's or the space's)
        if start < done:
            continue
        endpos = min(n, g.end() + 40)
        m = _STREET_THEN_GLUED.search(folded, max(done, start - 90), endpos)
        if m is None or not m.start("district") <= start + 1 < m.end("district"):
            continue
        if m.end() == endpos and endpos < n:
            continue  # (cut by the window: too long to be one)
        done = m.end()
        yield m


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
    """The ends :mod:`.address_tails` reads anew in chat typed without capitals."""
    folded = doc.folded
    if " 0" in folded:
        hits = address_tails.without_phone_heads(doc, hits)
    known = _known()

    def known_at(f: str, pos: int) -> int | None:
        return _known_at(f, pos, known)

    hits = address_tails.with_district_after_lane(doc, hits, _lane_named, known_at)
    hits = address_tails.with_province_after_word(doc, hits, known_at)
    hits = address_tails.without_spelled_tail(doc, hits)
    hits = address_tails.with_province_after(doc, hits, _province_or_letters_at)
    return address_tails.without_verb_tail(doc, hits, known_at)


#: provinces by their two letters as chat types them at an address's end ("... hai chau dn,":
#: Đà Nẵng; "dn" is Đồng Nai too, a province either way), folded; only right after a lower-case
#: address and before punctuation or the line's end (``address_tails.with_province_after``):
#: elsewhere "dn" is a business (doanh nghiệp), "ct" a company
_PROVINCE_LETTERS = re.compile(r"(?:dn|hp|ct|bd|qn)(?![0-9a-z])")


def _province_or_letters_at(folded: str, pos: int) -> int | None:
    """The end of a province (``_lc_bare``) or its letters (``_PROVINCE_LETTERS``) at ``pos``."""
    end = _known_at(folded, pos, _lc_bare())
    if end is not None:
        return end
    m = _PROVINCE_LETTERS.match(folded, pos)
    return None if m is None else m.end()


#: a colon right after a component, then the line goes on (a heading of its line's items)
_HEADING_COLON = re.compile(r"[ \t]*:[ \t]*[^\s]")


#: the detector's id (its findings' ``detector_id``)
DETECTOR_ID: Final = "vn.address"


class AddressDetector:
    id: Final = DETECTOR_ID
    entities = (EntityType.ADDRESS,)

    def detect(self, doc: Document) -> Iterator[Detection]:
        if doc.text.isupper():  # chat typed in capitals, read again in lower case
            yield from with_lower_reading(doc, list(self._detect_read(doc)), self._detect_read)
        else:
            yield from self._detect_read(doc)

    def _detect_read(self, doc: Document) -> Iterator[Detection]:
        if "kp" in doc.folded or "tdp" in doc.folded:
            hits = list(_with_glued_quarter(doc, self._detect_all(doc)))
        else:
            hits = list(self._detect_all(doc))
        if hits:
            hits = _with_marked_tail(doc, hits)
            hits = _chat_tails(doc, hits)
            if "nha tro so" in doc.folded:
                hits = [_without_lodging_word(doc, h) for h in hits]
            if "ky tuc xa" in doc.folded or "nha tro" in doc.folded or "day tro" in doc.folded:
                hits = [_with_lodging_before(doc, h) for h in hits]
            if "(nay " in doc.folded or "(truoc " in doc.folded or "(cu la " in doc.folded:
                hits = _old_names_apart(doc, hits)
                hits = [h for h in hits if not _renamed_alone(doc, h, hits)]
            if holds_any(doc.folded, _NEAR_MARKET):
                hits = [_without_landmark_before(doc, h) for h in hits]
            if "sn " in doc.folded:
                hits = [_without_birth_year_before(doc, h) for h in hits]
            if "km" in doc.folded:
                hits = [_with_kilometre_before(doc, h) for h in hits]
            if "duong so " in doc.folded:
                hits = [_with_house_before_numbered_street(doc, h) for h in hits]
            if "\n" in doc.text:
                hits = [_with_house_word_above(doc, h) for h in hits]
            if "ktx" in doc.folded or "ky tuc xa" in doc.folded:
                hits = _dormitory_then_ward(doc, hits)
            if holds_any(doc.folded, _ROOM_WORDS):
                hits = list(_with_room_before(doc, hits))
            hits = _with_premises_before(doc, hits)
            if " cu" in doc.folded or "(cu" in doc.folded:
                hits = _across_old_units(doc, hits)
            hits = _with_chat_parts(doc, hits)
            # (again: a chat part read after the tails may end before the province's letters,
            # "so 17 ngo 4 phu vien bo de" + " hn")
            hits = address_tails.with_province_after(doc, hits, _province_or_letters_at)
            # (last: the chat parts and the province read after the tails may run into chat's
            # words, "ngõ 120 trường chinh" + " sốt 39 độ")
            known = _known()
            hits = address_tails.without_chat_word_tail(
                doc, hits, _LC_STOPS, lambda f, pos: _known_at(f, pos, known)
            )
            if "xa hoi" in doc.folded:
                hits = [h for h in hits if not address_bounds.society_in_agency(doc, h)]
            if "," in doc.text:
                hits = list(address_bounds.within_csv_cells(doc, hits))
        if "toa " in doc.folded:
            hits = _with_lower_flats(doc, hits)
        if hits and holds_any(doc.folded, _FLAT_WORDS):
            hits = _flat_then_ward(doc, hits)
        yield from hits
        for s, e in address_rows.row_hamlets(doc, hits, _row_hamlet_word):
            yield _village(DETECTOR_ID, s, e, "row")
        if "o " in doc.folded and holds_any(doc.folded, _HAMLET_WORDS):
            # a hamlet by its landmark after "ở", where no chain covers it ("ở xóm Chùa, thôn
            # Lạc Đạo, ..." is the chain's)
            for hamlet in _landmark_hamlets(doc):
                if not any(h.start < hamlet.end and hamlet.start < h.end for h in hits):
                    yield hamlet
        if ("\t" in doc.text or "|" in doc.text) and _VILLAGE_HEADER_GATE.search(doc.folded):
            yield from _bare_village_cells(doc, hits, DETECTOR_ID)
        if ("\t" in doc.text or "|" in doc.text) and _HOME_HEADER_GATE.search(doc.folded):
            yield from _house_cells(doc, hits, DETECTOR_ID)
        if "(" in doc.text and hits and _KIOSK_BRACKET.search(doc.folded) is not None:
            yield from _bracketed_kiosks(doc, hits, DETECTOR_ID)
        if "k" in doc.folded and _GLUED_KIET.search(doc.folded) is not None:
            yield from _glued_kiet_houses(doc, hits, DETECTOR_ID)
        if "ky tuc xa " in doc.folded:
            for room in _dormitory_rooms(doc, DETECTOR_ID):
                if not any(h.start < room.end and room.start < h.end for h in hits):
                    yield room

    def _detect_all(self, doc: Document) -> Iterator[Detection]:
        folded = doc.folded
        if (
            _FOREIGN_VILLAGE_GATE.search(folded) is None
            and " plei " not in folded
            and " buon " not in folded
        ):
            # (literal searches: no "ở làng", "ở buôn" ..., no "plei" after a name)
            if "\t" not in doc.text:
                yield from _detect(doc)
            else:
                yield from _within_cells(doc, _detect(doc))
            return
        # a minority village by a foreign syllable after "ở", where no chain covers it
        hits = list(_within_cells(doc, _detect(doc)))
        yield from hits
        for village in _foreign_villages(doc):
            if not any(h.start < village.end and village.start < h.end for h in hits):
                yield village


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


def _chain(
    doc: Document, comp: _Component, comps: list[_Link] | None = None
) -> tuple[int, int, list[_Link], int, bool]:
    """The chain that ``comp`` starts (or continues, after ``comps``): its start, end,
    links, how many of its names were read in lower case, and whether it names a known
    province or place."""
    cased = doc.folded_cased
    if comps is None:
        comps = []
    comps.append((comp[0], comp[1], comp[2], comp[4]))
    lower = 1 if comp[5] != "cased" else 0
    known = comp[5] == "known"
    end = comp[1]
    prev_key: str | None = comp[4]
    prev_lower = comp[5] != "cased"
    bare = 0
    while True:
        sep = _SEP.match(cased, end)
        if sep is None:
            break
        after = sep.end()
        nxt = _component_at(doc, after, prev_key, wrap=True)
        if nxt is not None and nxt[2] < comps[-1][2]:
            nxt = _city_over_village(doc, nxt)
        if nxt is not None and not _is_unit_word(nxt[3]):
            if nxt[5] != "cased" and nxt[2] < comps[-1][2]:
                break  # lower-case chat runs from the house to the province, not back
            if nxt[2] < comps[-1][2] and (
                ";" in cased[end:after] or ("\n" in cased[end:after] and nxt[4] in _PARCEL_KEYS)
            ):
                # "..., tỉnh Bắc Ninh; thửa đất số 215": the list's next item; "..., tỉnh
                # Hà Tĩnh⏎Thửa đất số 215, tờ bản đồ số 18": the land's own line, after
                # the owner's residence
                break
            if (
                nxt[2] < comps[-1][2]
                and "\n" in cased[end:after]
                and _HEADING_COLON.match(cased, nxt[1]) is not None
            ):
                break  # "Địa bàn: xã Ea Kiết, tỉnh Đắk Lắk⏎Thôn 3: Y Bhin ...": a hamlet
                # heading its households' line under the list's area, no part of it
            comps.append((nxt[0], nxt[1], nxt[2], nxt[4]))
            end = nxt[1]
            prev_key = nxt[4]
            prev_lower = nxt[5] != "cased"
            lower += prev_lower
            known = known or nxt[5] == "known"
            continue
        gap = cased[end:after]
        # after a comma, a bare province or district name continues the chain; after a
        # space, a province only, right after a capitalised ward or district whose name it
        # ended ("phường Phú Thượng Hà Nội": ``_province_tail``)
        spaced = (
            bare == 0
            and not prev_lower
            and comps[-1][2] in (1, 2)
            and gap.strip(" \t") == ""
            and cased[after : after + 1].isupper()
        )
        if bare < 3 and ("," in gap or "\n" in gap or spaced):
            b = _BARE.match(cased, after)
            if b is not None and not _is_unit_word(b.group("name").split()[0]):
                name = fold_word(b.group("name"))
                b_end = b.end()
                if cased[b_end : b_end + 2].strip(" \t")[:1] in ("-", "–"):
                    # "Bà Rịa - Vũng Tàu", "Thừa Thiên - Huế": a province with a dash
                    dash = _DASH_NAME.match(cased, b_end)
                    if dash is not None:
                        whole = fold_word(cased[b.start() : dash.end()])
                        if whole in _provinces():
                            name, b_end = whole, dash.end()
                province = name in _provinces()
                is_known = province or name in _known()
                if spaced and "," not in gap and "\n" not in gap and not province:
                    break
                if is_known or (bare == 0 and _continues(doc, b_end)):
                    known = known or is_known
                    comps.append(
                        (b.start(), b_end, 3 if province else 2, _key_at(cased, b.start()))
                    )
                    end = b_end
                    bare += 1
                    prev_key = None
                    continue
        # "sn 12 ng 45 phố vọng": "ng" / "ngh" without their dot (they end a thousand
        # words) are a lane and an alley only after a house number, before a number
        if prev_key in ("sn", "so", "so nha", "nha so", "ngo", "ngach"):
            lane = _LANE_SHORT.match(cased, after)
            if lane is not None:
                key = "ngach" if lane.group(1) == "ngh" else "ngo"
                lane_end = lane.end()
                lc = _lc_street_after_lane(doc, lane_end)
                if lc is not None:
                    lane_end = lc.end()  # "ng 158 hoang hoa tham, p. ...": its street
                elif (cap := _LANE_STREET_CAP.match(cased, lane_end)) is not None and not (
                    _is_unit_word(cap.group(1).split()[0])
                ):
                    lane_end = cap.end()  # "ngh 9 Lê Trọng Tấn, p. ...": its street
                comps.append((after, lane_end, 0, key))
                end = lane_end
                prev_key = key
                continue
        # "duong 3/2 p xuan khanh tp can tho", "... p12 q3": a ward or district by its
        # abbreviation without the dot, inside a chain only, before a number or a
        # lower-case name that another unit word or a known place follows
        if prev_key is not None:
            ab = _BARE_ABBREVIATED.match(cased, after)
            capped = _bare_ward_capitalised(doc, after, comps[-1][2]) if ab is None else None
            if capped is not None:
                # "kp 4 p Tan Mai dong nai": the ward's letter typed plain, its name
                # capitalised, inside a chain
                comps.append((after, capped, 1, "phuong"))
                end = capped
                prev_key = "phuong"
                continue
            if ab is not None:
                short = _BARE_ABBREVIATIONS[ab.group(1)]
                level = _UNITS[short]
                ab_end: int | None = None
                if level < comps[-1][2]:
                    ab_end = None
                elif ab.group(2):
                    ab_end = ab.end()
                else:
                    read = _lower_name(doc.folded, ab.end(1), short, doc.text, True)
                    if read is not None and (
                        _ward_then_higher(doc, read[0], short)
                        or _ward_ends_quarters(doc, comps, ab.end(1), read[0])
                    ):
                        ab_end = read[0]
                if ab_end is not None:
                    comps.append((after, ab_end, level, short))
                    end = ab_end
                    prev_key = short
                    prev_lower = True
                    lower += 1
                    continue
        # "xom 2, xa nghi phong, h nghi loc, t nghe an", "..., tx son tay, hn": a district,
        # town or province by its bare letters (no dot), inside a chain only
        if prev_key is not None:
            higher = _bare_higher(doc, after, comps[-1][2])
            if higher is not None:
                comps.append(higher)
                end = higher[1]
                prev_key = higher[3]
                prev_lower = True
                lower += 1
                continue
        # an estate in lower case after a room or block by its code, its name running to
        # the comma before the next unit ("p.1205 tòa ct2b kđt xa la, p. hà đông, ...":
        # "xa la" is no "xã")
        if prev_key in _PREMISES and "," not in gap:
            estate = _LC_ESTATE.match(doc.folded, after)
            nxt_sep = _COMMA.match(cased, estate.end()) if estate is not None else None
            if (
                estate is not None
                and cased[after : estate.end()] == doc.folded[after : estate.end()]
                and nxt_sep is not None
                and _component_at(doc, nxt_sep.end(), "kdt") is not None
            ):
                comps.append((after, estate.end(), 0, "kdt"))
                end = estate.end()
                prev_key = "kdt"
                continue
        # a building of a housing estate by its code, between a room and the estate
        # ("phòng 203 nhà B4 khu tập thể Thành Công"): "nhà" alone is no unit word
        if prev_key is not None:
            building = _BUILDING.match(cased, after)
            gap2 = _SEP.match(cased, building.end()) if building is not None else None
            if (
                building is not None
                and gap2 is not None
                and _component_at(doc, gap2.end(), "nha") is not None
            ):
                comps.append((after, building.end(), 0, "nha"))
                end = building.end()
                prev_key = "nha"
                continue
        # a ward named with a dash ("phường Văn Miếu - Quốc Tử Giám, Hà Nội", a 2025 name):
        # capitalised words after the dash, then punctuation, are the name's
        if (
            prev_key is not None
            and not prev_lower
            and ("-" in gap or "–" in gap)
            and cased[after : after + 1].isupper()
        ):
            dash = _DASH_TAIL.match(cased, after)
            if dash is not None:
                last = comps[-1]
                comps[-1] = (last[0], dash.end(1), last[2], last[3])
                end = dash.end(1)
                prev_key = None
                continue
        # a commune's or hamlet's lower-case name of two words with no unit word, right
        # after a numbered hamlet or residents' group ("xom 2 nghi thu,", "tổ 7 kp 3 tân
        # phong sinh ...") or after a village and a comma ("xóm trại, yên phong ai ...")
        if (
            bare == 0
            and (
                prev_key in _BEFORE_UNNAMED_COMMUNE
                # "ở 41 đường 9 bình trung": a house on a numbered road, then its ward
                or (
                    prev_key in ("duong", "pho", "duong so")
                    and len(comps) == 1
                    and _HOUSE_RIGHT_BEFORE.search(cased, max(0, comps[0][0] - 12), comps[0][0])
                    is not None
                )
            )
            and comps[-1][2] == 0
            and cased[after : after + 1].islower()
            and "\n" not in gap
            and (
                gap.strip(" \t") == ","
                or (gap.strip(" \t") == "" and _DIGIT.search(cased, comps[-1][0], end))
            )
        ):
            commune = _unnamed_commune(doc, after)
            if commune is not None:
                comps.append((after, commune, 1, None))
                end = commune
                bare += 1
                prev_key = None
                prev_lower = True
                lower += 1
                continue
        # in lower-case chat, a known province or place after a name ("phố huế hà nội")
        dashed = gap.strip(" \t") in ("-", "–")
        if bare < 3 and (prev_lower or "," in gap or dashed) and cased[after : after + 1].islower():
            k = _known_at(doc.folded, after, _lc_bare())
            if "-" in cased[after : after + 12] or "–" in cased[after : after + 12]:
                k = _dashed_province(doc.folded, after) or k  # "ba ria - vung tau"
            level = 3
            last = comps[-1]
            # (a street whose name is written in lower case, read from its number: "so 8
            # ngo 12 tran quoc hoan, cau giay, ha noi")
            lc_last = "," in gap and cased[last[0] : last[1]] == doc.folded[last[0] : last[1]]
            if k is None and (prev_lower or lc_last or dashed):
                # "phường trường vinh, nghệ an": a known district or city right after a
                # lower-case name, then a comma and a province
                k = _known_at(doc.folded, after, _known())
                level = 2
                if k is not None:
                    sep2 = _SEP.match(cased, k)
                    ends = _DISTRICT_LAST.match(cased, k) is not None
                    if (
                        (
                            sep2 is None
                            or "," not in cased[k : sep2.end()]
                            or _known_at(doc.folded, sep2.end(), _lc_bare()) is None
                        )
                        and not (
                            # "số 5 ngõ huế, hai bà trưng – ...": a district of two words or
                            # more closing a house's chain, then a dash, a stop or the end
                            ends
                            and "," in gap
                            and last[2] == 0
                            and len(comps) >= 2
                            and " " in cased[after:k]
                        )
                        and not (
                            # "so 17 ngo 92 phuong mai, dong da la ...", "12/4 hẻm 36 phan
                            # xích long, phú nhuận.": the same after a numbered house's
                            # street or ward, then a stop or a chat word
                            (ends or _chat_word_after(doc.folded, k))
                            and "," in gap
                            and last[2] <= 1
                            and _DIGIT.search(cased, comps[0][0], last[1]) is not None
                            # (a named street or ward: not "sách số 5, hai bà trưng.")
                            and (len(comps) >= 2 or len(cased[last[0] : last[1]].split()) >= 3)
                            and " " in cased[after:k]
                        )
                        and not (
                            # "15 pasteur phuong xuan huong - da lat lam dong": a dash set
                            # as a comma, a known city, then its province
                            dashed
                            and sep2 is not None
                            and "\n" not in cased[k : sep2.end()]
                            and _known_at(doc.folded, sep2.end(), _lc_bare()) is not None
                        )
                        and not (
                            # "so 27 ngo 4 pho tan mai hoang mai ha noi": chat with no commas,
                            # a house's chain, a known district, then a province (after a
                            # comma, one that closes the address: "..., dong da hn.")
                            sep2 is not None
                            and last[2] == 0
                            and len(comps) >= 2
                            and (prov := _known_at(doc.folded, sep2.end(), _lc_bare())) is not None
                            and (
                                "," not in gap
                                or (
                                    "," not in cased[k : sep2.end()]
                                    and _DISTRICT_LAST.match(cased, prov) is not None
                                )
                            )
                        )
                    ):
                        k = None
            if (
                k is None
                and "," in gap
                and last[2] == 0
                and cased[last[0] : last[1]] == doc.folded[last[0] : last[1]]
            ):
                # "ngo 193 trung kinh, yen hoa, cau giay, hn": a ward without its unit
                # word between a lower-case street and a known district after a comma
                k = _bare_ward(doc.folded, after)
                level = 1
            if k is not None:
                comps.append((after, k, level, None))
                known = True
                end = k
                bare += 1
                prev_key = None
                prev_lower = True
                lower += 1
                continue
        break
    start = comps[0][0]
    if comps[0][3] == "nha so":
        # "nhà số 40 phố Hàng Bạc": the address starts at the house number's "số"
        nha = _NHA.match(cased, start)
        if nha is not None:
            start = nha.end()
        comps[0] = (start, *comps[0][1:])
    # a house number right before ("12 đường Láng"): its digits, an optional letter,
    # then white space (checked before the regex tries the 20 characters)
    lead = None
    if comps[0][2] == 0 and start > 1 and cased[start - 1] in " \t":
        before = cased[max(0, start - 20) : start].rstrip(" \t")
        if before and (before[-1].isdigit() or before[-2:-1].isdigit()):
            lead = _LEAD.search(cased, max(0, start - 20), start)
    if (
        lead is None
        and comps[0][3] in _IN_STREET_NAMES
        and cased[start : start + 1].isupper()
        and cased[max(0, start - 30) : start].strip()[-1:].isalpha()
    ):
        # "1 Nam Kỳ Khởi Nghĩa, TP. Vinh": "Khởi" inside a street named after an event
        named = _NUMBERED_NAME_BEFORE.search(cased, max(0, start - 40), start)
        if named is not None and _street_may_start(cased, named.start(1)):
            start = named.start(1)
            comps[0] = (start, *comps[0][1:])
    glued = (
        comps[0][3] in ("q", "p", "quan", "phuong")
        and cased[start : start + 2] in ("Q.", "P.", "q.", "p.")
        and cased[start + 2 : start + 3].isdigit()
        and _YEAR_AFTER.match(cased, comps[0][1]) is None
    )
    if lead:
        start = lead.start(1)
    elif cased[max(0, start - 4) : start].rstrip().endswith((",", "-", "–")):
        street = _LEAD_STREET.search(cased, max(0, start - 60), start)
        if street is None:
            street = _LEAD_STREET_LC.search(cased, max(0, start - 60), start)
            if (
                street is not None
                and len(comps) < 2
                and not known
                # "k12/5 hoàng diệu, p. phước ninh": a kiệt's or a house's number with its
                # slash vouches for a single ward or commune after it
                and not (
                    comps[0][2] == 1
                    and _HOUSE_NUMBER.match(street.group(1)) is not None
                    and "/" in street.group(1).split()[0]
                )
            ):
                street = None
            if (
                street is not None
                and (
                    (
                        street.group(2) in _COUNTERS
                        # "k1/1 tô vĩnh diện, ...": a house number, then a person's name;
                        # "57 tô hiến thành, ...": a person's full name, every word a name's
                        and not (
                            street.group(2) in _STREET_FIRST
                            and (
                                _HOUSE_NUMBER.match(street.group(1)) is not None
                                or _named_street(street.group(1).split()[1:])
                            )
                        )
                    )
                    or (
                        street.group(2) not in _STREET_FIRST
                        and (street.group(2) in _LC_NOT_NAME or street.group(2) in _UNITS)
                        # "k27/3 ông ích khiêm, ...": a slashed number, then a street of three
                        # words whose first is an everyday word
                        and not (
                            "/" in street.group(1).split()[0]
                            and _HOUSE_NUMBER.match(street.group(1)) is not None
                            and _lc_street_glued(street.group(1))
                        )
                    )
                    or _word_before(cased, street.start(1)) in _NOT_BEFORE_NUMBER
                )
            ):
                street = None
        if street:
            start = street.start(1)
            comps.insert(0, (start, street.end(1), 0, _key_at(cased, start)))
        elif comps[0][2] >= 1:
            village = _village_before(doc, start, known and len(comps) >= 2)
            if village is not None:
                start = village
                comps.insert(0, (start, start + 1, 0, None))
                lower += 1
    elif (lower or comps[0][2] >= 1) and start > 4 and (len(comps) >= 2 or known or glued):
        # "ở 18 nguyen trai phuong 3 tp tan an": a house number and street in chat, no
        # comma, right after a residence word or punctuation; "88 Nguyễn Trãi Q.5": a
        # capitalised street before a district abbreviated and glued to its number
        street = _LEAD_STREET_BARE.search(cased, max(0, start - 50), start)
        if street is None and cased[start - 2 : start - 1].isalpha():
            # "15 pasteur phuong xuan huong - ...": a street of one word, a known one's
            street = _LEAD_ONE_STREET.search(cased, max(0, start - 30), start)
            if street is not None and street.group(2).lower() not in _named_streets():
                street = None
        if (
            street is not None
            and (
                not glued
                or len(comps) >= 2
                or known
                or _capitalised(street.group(1))
                # "88 ly thuong kiet q.10" in chat: a street of three words or more
                or _lc_street_glued(street.group(1))
            )
            and street.group(2).lower() not in _COUNTERS
            and (
                street.group(2).lower() not in _LC_NOT_NAME
                or street.group(2).lower() in _STREET_FIRST
            )
            and street.group(2).lower() not in _UNITS
            and _street_may_start(cased, street.start(1))
            # "sn 1957 thuong tru to 7 ...", "sinh 1948 sống một mình ở xóm trại ...":
            # "sinh (năm)" and a birth year, no house
            and not (
                _word_before(cased, street.start(1)).lower() in ("sn", "sinh", "nam")
                and _BIRTH_YEAR_NAME.match(street.group(1)) is not None
            )
            # (no street's name holds "ở" or "tại": "sống một mình ở xóm ...")
            and not any(w in ("o", "tai") for w in street.group(1).lower().split()[2:])
        ):
            start = street.start(1)
            if (
                _word_before(cased, start) == "so"
                and cased[start - 3 : start].lower() == "so "
                and _word_before(cased, start - 3) != "co"  # "cơ sở 18 ...": premises
            ):
                start -= 3  # "cu so 120 tran hung dao khu pho 2 ...": the number's word
            comps.insert(0, (start, street.end(1), 0, None))
            lower += 1
    return start, end, comps, lower, known


def _streets(doc: Document) -> Iterator[Detection]:
    """House number and street name without a unit word, then a known district or province
    after a comma: "17 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội". Found from the comma (a literal
    the scan finds fast), the place after it first, then the street before it."""
    cased = doc.folded_cased
    done = -1
    for c in _comma_place().finditer(cased):
        i = c.start()
        if i <= done or i == 0 or not cased[i - 1].isalpha():
            continue
        if cased[c.end()].islower():
            hit = _lower_street(doc, i, c.end())
            if hit is not None:
                done = hit.end
                yield hit
            continue
        if _DIGIT.search(cased, max(0, i - 60), i) is None:
            continue  # no house number before: a column of place names, a list of cities
        b = _BARE.match(cased, c.end())
        if b is None:
            continue
        name = fold_word(b.group("name"))
        if name not in _known():
            continue
        m = _STREET_BACK.search(cased, max(0, i - 60), i)
        if m is None:
            continue
        s = m.start(1)
        if not _street_may_start(cased, s):
            continue
        first: _Component = (
            b.start(), b.end(), 3 if name in _provinces() else 2, name, "", "cased"
        )  # fmt: skip
        _, end, comps, lower, known = _chain(doc, first, [(s, m.end(1), 0, None)])
        hit = _judge(doc, s, end, comps, lower, known)
        if hit is not None:
            done = end
            yield hit


def _bare_streets(doc: Document) -> Iterator[Detection]:
    """ "em ở 17 trần hưng đạo hoàn kiếm hà nội": a house number, a street, a known
    district and a province, with neither commas nor unit words (chat). The street must
    follow a residence word or punctuation, and a known place stand right before the
    province."""
    cased = doc.folded_cased
    provinces = _provinces()
    known = _known()
    if len(cased) < _BARE_CUES_ONE_BELOW:
        starts = [c.end() for c in _BARE_CUE.finditer(cased)]
    else:
        starts = sorted(c.end() for cue in _BARE_CUES for c in cue.finditer(cased))
    for pos in starts:
        m = _BARE_STREET.match(cased, pos)
        if m is None:
            house = _house_on_street(doc, pos) or _lower_house_on_street(doc, pos)
            if house is not None:
                yield house
            continue
        hit = _bare_street(doc, pos, m, provinces, known)
        if hit is None:
            # "ở 4A Hoàng Văn Thụ, để xe": three words of a street and more after the
            # comma, no district: the house on its street, as with two
            hit = _house_on_street(doc, pos) or _lower_house_on_street(doc, pos)
        if hit is not None:
            yield hit


def _bare_street(
    doc: Document,
    pos: int,
    m: re.Match[str],
    provinces: frozenset[str],
    known: frozenset[str],
) -> Detection | None:
    """The address of ``_bare_streets`` whose house number and words ``m`` holds at
    ``pos``, or None."""
    cased = doc.folded_cased
    folded = doc.folded
    s = pos
    if not _street_may_start(cased, s):
        return None
    before = _word_before(cased, s)
    if before in _NOT_BEFORE_NUMBER and not (before == "so" and cased[s - 3 : s] == "so "):
        # "số 17 trần hưng đạo hoàn kiếm hà nội": "số" is the house number's word
        # here (a known district and a province must follow); "điều 5", "ngày 12" not
        return None
    words: list[str] = []
    ends: list[int] = []
    for w in _WORD.finditer(folded, m.end(1), m.end()):
        words.append(w.group(0))
        ends.append(w.end())
    first = words[0]
    if (
        first not in _STREET_FIRST
        and (first in _COUNTERS or first in _UNITS or first in _LC_NOT_NAME)
        and not (first in _TITLED_STREETS and _HOUSE_NUMBER.match(m.group(1)))
    ):
        return None
    if " ".join(words[:2]) in _UNITS:
        return None  # "khu so 4 dac khu con dao ...": a unit of two words ("đặc khu"), no
        # street: the unit chain reads it
    found = _street_district_province(words, provinces, known)
    if found is None and _HOUSE_NUMBER.match(m.group(1)) is not None:
        # "dia chi: k12/5 hoang dieu da nang": a kiệt's or house's number with its
        # slash or letter, the street, then the city, with no district between
        found = _street_province(words, provinces)
    if found is None and (first not in _TITLED_STREETS or _HOUSE_NUMBER.match(m.group(1))):
        # ("o 12 ba trieu ha noi": after a plain number "bà" is counted, no street)
        found = _figure_street_place(words, provinces, known)
    if found is None:
        return None
    street_n, district_n, end_n = found
    if before in ("so", "sn") and cased[s - 3 : s].lower() in ("so ", "sn "):
        s -= 3  # the house number's word is the address's: "số 17 trần hưng đạo ..."
    comps: list[_Link] = [(s, ends[street_n - 1], 0, None)]
    if district_n > street_n:
        comps.append((ends[street_n - 1] + 1, ends[district_n - 1], 2, None))
    comps.append((ends[district_n - 1] + 1, ends[end_n - 1], 3, None))
    return _judge(doc, s, ends[end_n - 1], comps, 1, True)


def _house_on_street(doc: Document, pos: int) -> Detection | None:
    """ "ở 43B Hàng Chuối, để xe ...": after "ở" or another residence cue, a house's number
    with its letter or slash and a capitalised street of two to four words, then punctuation:
    a house on its street, with no ward or city typed (a plain number is too often a
    count: "ở 2 Bộ", "tại 3 Hội nghị")."""
    cased = doc.folded_cased
    m = _HOUSE_CAP_STREET.match(cased, pos)
    start = pos
    if m is None and cased[pos - 3 : pos].lower() == "so ":
        # "(số 4 Hoàng Văn Thụ)": "số", a plain number and a street named after a
        # historical figure (``_figure``), no count of anything
        m = _PLAIN_HOUSE_CAP_STREET.match(cased, pos)
        if m is None or not _figure(m.group(2).lower().split()):
            return None
        start = pos - 3
    elif m is None:
        # "Nơi ở: 12 Lê Lợi", "HKTT: 7 HAI BÀ TRƯNG", "thường trú tại 5 Trần Phú": a plain
        # number and a street after a label of residence are where a person lives (after
        # "Địa chỉ:" they may be an office's: not read)
        m = _PLAIN_HOUSE_CAP_STREET.match(cased, pos)
        if m is None or _RESIDENCE.before(doc, pos, 40) not in _HOME_LABELS:
            return None
    if m is None or not _street_may_start(cased, pos):
        return None
    cue = _RESIDENCE.before(doc, start, 40)
    if (cue is None and start == pos) or cue in _SEAT_CUES:
        return None  # ("họp tại 12/4 Lê Lợi.", "Địa điểm: 5A Lý Thái Tổ": a venue)
    after = _COMMA.match(cased, m.end())
    if after is not None and (
        not cased[after.end() : after.end() + 1].islower()
        or _is_unit_word(_first_word(cased, after.end()))
        or _known_at(doc.folded, after.end(), _known()) is not None
    ):
        return None  # "ở 12A Trần Phú, phường ...": the chain's, read from its units
    words = m.group(2).split()
    if _is_unit_word(words[0]) or not all(
        is_vietnamese_syllable(doc.text[w.start() : w.end()])
        for w in _NON_SPACE.finditer(doc.text, m.start(2), m.end(2))
    ):
        return None
    comps: list[_Link] = [(start, m.end(1), 0, "so nha"), (m.start(2), m.end(2), 0, None)]
    return _judge(doc, start, m.end(2), comps)


def _lower_house_on_street(doc: Document, pos: int) -> Detection | None:
    """ "ở 43b hàng chuối, để xe ...": ``_house_on_street`` in lower-case chat: after "ở"
    or another residence cue, a house's number with its letter, or with its slash after
    two digits or more ("2/3" is a share), and a street of two to four lower-case words,
    none an everyday, counting or unit word, then punctuation."""
    folded = doc.folded
    m = _HOUSE_LC_STREET.match(doc.folded_cased, pos)
    if m is None:
        # "noi o: 12 le loi", "hktt 5 tran phu": a plain number after a label of
        # residence, the street named as a person ("thuong tru 2 nam nay" is no street)
        m = _PLAIN_HOUSE_LC_STREET.match(doc.folded_cased, pos)
        if (
            m is None
            or not _named_street(m.group(2).split(), shortest=2)
            or _RESIDENCE.before(doc, pos, 40) not in _HOME_LABELS
        ):
            return None
    if not _street_may_start(doc.folded_cased, pos):
        return None
    cue = _RESIDENCE.before(doc, pos, 40)
    if cue is None or cue in _SEAT_CUES:
        return None
    after = _COMMA.match(folded, m.end())
    if after is not None and (
        _is_unit_word(_first_word(folded, after.end()))
        or _known_at(folded, after.end(), _known()) is not None
    ):
        return None  # "ở 12a trần phú, phường ...": the chain's, read from its units
    words = m.group(2).split()
    if any(
        w in _LC_NOT_NAME or w in _COUNTERS or w in _UNITS or w in _LC_END for w in words
    ) or not all(
        is_vietnamese_syllable(doc.text[w.start() : w.end()])
        for w in _NON_SPACE.finditer(doc.text, m.start(2), m.end(2))
    ):
        return None
    comps: list[_Link] = [(pos, m.end(1), 0, "so nha"), (m.start(2), m.end(2), 0, None)]
    return _judge(doc, pos, m.end(2), comps)


def _lower_street(doc: Document, comma: int, after: int) -> Detection | None:
    """ "17 tran hung dao, hoan kiem, ha noi": a number and a street in lower case, then
    known places after the comma, the last of them a province."""
    cased = doc.folded_cased
    if _DIGIT.search(cased, max(0, comma - 70), comma) is None:
        return None  # (the cheap test first: no house number before)
    m = _STREET_BACK_LC.search(cased, max(0, comma - 60), comma)
    ward: _Link | None = None
    if m is None:
        # "12 le loi, thach thang, hai chau, da nang": a ward of one to three words with no
        # unit word between the street and a known district, a province closing the chain
        w = _WARD_BACK_LC.search(cased, max(0, comma - 30), comma)
        if w is not None and all(
            x not in _LC_NOT_NAME and x not in _UNITS for x in w.group(1).split()
        ):
            m = _STREET_BACK_LC.search(cased, max(0, w.start() - 60), w.start())
            ward = (w.start(1), w.end(1), 1, None)
    if m is None or not _street_may_start(cased, m.start(1)):
        return None
    k = _known_at(doc.folded, after, _known())
    unit = None
    if k is None:
        # "33 ngô gia tự, tp. bắc ninh": a lower-case unit word before the known place
        unit = _component_at(doc, after)
        if unit is None or unit[5] != "known":
            return None
    first_word = m.group(2)
    if (
        first_word in _STREET_FIRST
        or _HOUSE_NUMBER.match(m.group(1))
        or _counted_name(m.group(1).split()[1:])
        or _counted_then_unit(m.group(1).split()[1:])
    ):
        # "lý thường kiệt", "ngô quyền": a person's name, not an everyday word; "235a
        # đồng khởi", "12/4 năm châu": a house number, not a count
        pass
    elif first_word in _COUNTERS or first_word in _LC_NOT_NAME or first_word in _UNITS:
        return None
    if _word_before(cased, m.start(1)) in _NOT_BEFORE_NUMBER:
        return None
    first: _Component = unit or (after, k or after, 2, cased[after:k], "", "known")
    street: list[_Link] = [(m.start(1), m.end(1), 0, None)]
    if ward is not None:
        street.append(ward)
    _, end, comps, lower, known = _chain(doc, first, street)
    provinces = _provinces()
    for ls, le, _, _ in comps[1:]:
        words = doc.folded[ls:le].replace(".", ". ").split()
        if len(words) > 1 and words[0].rstrip(".") in _UNITS:
            words = words[1:]  # "tp hue", "tinh nghe an"
        if " ".join(words) in provinces:
            break
    else:
        return None  # the chain must name a province: "..., hoan kiem, ha noi"
    return _judge(doc, m.start(1), end, comps, lower + len(street), known)


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


def _street_then_glued(doc: Document) -> Iterator[Detection]:
    """ "ở 12 nguyen trai, q1, hcm", "88 cach mang thang 8, p5, q3, tphcm": a house number
    and a lower-case street, then a ward and a district by their letters glued to their
    numbers (no unit word and no known place read the chain: ``_streets`` starts from a
    known place after a comma), up to the city. The street's first word is a street's (no
    count: "3 người, q1"), and a residence word stands before the house or a city ends it."""
    folded = doc.folded
    for m in _glued_candidates(folded):
        s = m.start()
        if not _street_may_start(doc.folded_cased, s):
            continue
        typed = doc.folded_cased[m.start("street") : m.end("street")].split()
        if not (
            all(w.islower() or w.isdigit() for w in typed)
            or all(w[:1].isupper() or w.isdigit() for w in typed)
        ):
            continue  # ("12 Người dân, q1": a street is typed all capitalised or all not)
        words = m.group("street").split()
        first = words[0]
        full = m.group("ward") is not None and m.group("city") is not None
        if (
            typed[0].islower()
            and not full
            and first not in _STREET_FIRST
            and (first in _COUNTERS or first in _LC_NOT_NAME or first in _UNITS)
        ):
            # ("3 nguoi, q1"; "298 Nam Kỳ Khởi Nghĩa" capitalised is a name, and so is
            # "170 đồng khởi" before a ward, a district and the city)
            continue
        if typed[0].islower() and first in _LC_END:
            continue  # ("12 nhe, q1": chat's words; "lương định của" keeps its own)
        before = _word_before(folded, s)
        if before in _NOT_BEFORE_NUMBER and before not in ("so", "sn"):
            continue
        cued = (
            _RESIDENCE.before(doc, s, 40) is not None
            or before in _STREET_AFTER_WORD
            or _word_before(folded, s - len(before) - 1) in ("o", "tai")
        )
        if not cued and m.group("city") is None:
            continue
        comps: list[_Link] = [(s, m.end("street"), 0, None)]
        if m.group("ward") is not None:
            comps.append((m.start("ward"), m.end("ward"), 1, "phuong"))
        comps.append((m.start("district"), m.end("district"), 2, "quan"))
        end = m.end("district")
        if m.group("city") is not None:
            comps.append((m.start("city"), m.end("city"), 3, None))
            end = m.end("city")
        hit = _judge(doc, s, end, comps, len(comps), m.group("city") is not None)
        if hit is not None:
            yield dataclasses.replace(hit, pattern="address.glued_district")


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


def _continues(doc: Document, pos: int) -> bool:
    """Whether another component follows (so that a bare name sits inside a chain)."""
    cased = doc.folded_cased
    sep = _SEP.match(cased, pos)
    if sep is None or "," not in cased[pos : sep.end()]:
        return False
    if _component_at(doc, sep.end()) is not None:
        return True
    b = _BARE.match(cased, sep.end())
    return b is not None and fold_word(b.group("name")) in _known()


def _judge(
    doc: Document,
    start: int,
    end: int,
    comps: list[_Link],
    lower: int = 0,
    known: bool = False,
) -> Detection | None:
    """Whether a chain is an address, and how sure; ``lower`` counts its names read in
    lower case, whose chain must have an address's shape (see ``_lower_case_shape``)."""
    if (
        start < comps[0][0]
        and _BARE_YEAR_BEFORE.fullmatch(doc.folded, start, comps[0][0]) is not None
        and _listed_with_year_lc(doc, comps[0][0])
    ):
        # "- lo thi xenh 1955 ban cang": the number before the village is the listed
        # person's birth year, no house's
        start = comps[0][0]
    elif (
        len(comps) >= 2
        and _BARE_YEAR_BEFORE.fullmatch(doc.folded, comps[0][1] - 4, comps[1][0]) is not None
        and _listed_with_year_lc(doc, comps[1][0])
    ):
        # "- luong minh khoi 1935 ban phieng": a given name that is a unit word too
        # ("khối"), then the birth year: the name's, no block's number
        comps = comps[1:]
        start = comps[0][0]
    if len(comps) == 1 and start < comps[0][0] and _HOUSE_LANE_STREET.match(doc.folded, start):
        # "14 ngõ 5 hoàng quốc việt": the house number before the lane is a component of
        # its own (house, lane, street: an address's three parts)
        comps = [(start, comps[0][0], 0, "so nha"), *comps]
    elif len(comps) == 1 and comps[0][3] in ("nha so", "so nha", "so"):
        house = _HOUSE_THEN_STREET.match(doc.folded, comps[0][0], comps[0][1])
        words = doc.folded[house.end(1) : end].split() if house is not None else []
        if comps[0][3] == "so":
            # after "số" alone, only "đường"/"phố" and a person's name in lower case, as
            # chat types it: "o so 71 duong tran phu tu 1/10"
            typed = doc.folded_cased[comps[0][0] : end]
            if words[:1] not in (["duong"], ["pho"]) or typed != typed.lower():
                house = None
            words = words[1:]
        if house is not None and _named_street(words, shortest=2 if comps[0][3] == "so" else 3):
            # "trước nhà số 61 lê văn sỹ": the house's number and the street named as a
            # person after it are two parts of an address ("số 5" alone is a number; "số
            # nhà 17 là của tôi" no street)
            named = (house.end(1) + 1, comps[0][1], 0, None)
            comps = [(comps[0][0], house.end(1), 0, comps[0][3]), named]
    elif len(comps) == 1 and comps[0][3] in _LANES:
        split = _lane_then_street(doc, comps[0])
        if split is not None:
            comps = split
            end = comps[-1][1]
    bracket = (
        _BRACKET_REST.match(doc.folded_cased, end)
        if len(comps) == 1
        and (comps[0][3] in _LONE_VILLAGE_UNITS or comps[0][3] in _HAMLET_UNITS)
        and doc.folded_cased[start - 2 : start].rstrip(" \t")[-1:] == "("
        else None
    )
    if bracket is not None and _person_then_bracket(doc, start):
        # (in lower case the name may have stopped at a word read as a place: "(thon ha
        # vinh)"; inside the bracket it runs to the bracket's end)
        end = bracket.end(1)
        # "Rcom H'Yũ (buôn Chư Mố), Siu Nay (plei Tơ Nia)": a person's name, then the
        # village in brackets, in a list: where each one lives
        return _village(DETECTOR_ID, start, end, "(")
    if (
        len(comps) == 1
        and (comps[0][3] in _LONE_VILLAGE_UNITS or comps[0][3] in _HAMLET_UNITS)
        and _heading_over_people(doc, start, end)
    ):
        # "Thôn Bình Minh: Diêm Văn Chắt 40kg, Quách Thị Hường 25kg.": a hamlet heading its
        # households on the same line, each one's address (PROMPTS.md, holdout18)
        return _village(DETECTOR_ID, start, end, ":")
    if lower and len(comps) == 1 and comps[0][3] in _LONE_VILLAGE_UNITS:
        return _lone_village(doc, start, end)
    if lower and len(comps) == 1 and comps[0][3] in _HAMLET_UNITS:
        # "trú tại thôn khe vằn", "trú xóm bãi gạo": a hamlet alone in lower case after a
        # cue of residence that "ở" is not ("ở xóm trọ" is a lodging)
        hamlet = _lone_village(doc, start, end, _STRONG_HAMLET_CUES)
        if hamlet is not None:
            return hamlet
        if _someone_before_o(doc.folded_cased, start):
            # "nhà ở thôn trà lộc", "ông ấy ở thôn lùng phình": after "ở" and who lives
            # there, a hamlet whose name has two words or more, none of them everyday
            # words ("ở xóm trọ", "ở thôn em", "ở xóm bên kia" stop at the first)
            hamlet = _lone_village(doc, start, end, _O_CUE)
            if hamlet is not None and len(doc.folded[start : hamlet.end].split()) >= 3:
                return hamlet
    if (
        lower
        and len(comps) >= 3
        and comps[0][2] >= 1
        and comps[0][2] > comps[1][2]
        and len(doc.folded[comps[0][0] : comps[0][1]].split()) == 2
        and _DIGIT.search(doc.folded, comps[0][0], comps[0][1]) is None
        and doc.folded[comps[0][1] : comps[1][0]].strip() == ""
    ):
        # "tại quán nước số 203 đường ...": a word read as a higher unit ("quán" as
        # "quận") with one lower-case word after it, right before a house number the
        # chain's levels go back from: the address starts at the next component
        return _judge(doc, comps[1][0], end, comps[1:], lower, known)
    if lower and not _lower_case_shape(doc, comps, known):
        return None
    keys = [k for _, _, _, k in comps]
    if keys[0] == "thon" and doc.folded[max(0, start - 5) : start] == "nong ":
        return None  # "đất ở tại nông thôn 100 m2": the countryside, no hamlet
    if all(k in _INNER or k in _BUILDINGS for k in keys):
        return None  # rooms, floors, parcels alone: not where anyone lives
    if (
        all(keys)
        and all(k in _NUMERIC_ONLY for k in keys)
        and not _house_in_group(keys)
        and not (len(comps) == 1 and _group_after_o(doc, start, comps[0]))
    ):
        return None  # "số 3, tầng 4": numbers, not a place (but "anh quý ở tổ 12")
    if len(keys) >= 2 and keys[0] and all(k == keys[0] for k in keys):
        return None  # "thôn 5, thôn 7, thôn 9": a list of hamlets, not an address
    # a single "số 12", "tổ 5" or "phòng 3" is a number, not an address
    if len(comps) == 1 and comps[0][2] == 0 and keys[0] != "nha so":
        unit = doc.folded[comps[0][0] : comps[0][1]].split(" ")[0]
        if (unit in _NUMERIC_ONLY or unit.rstrip(".") in _NUMERIC_ONLY) and not (
            _group_after_o(doc, start, comps[0])
        ):
            return None
    if len(comps) == 1 and comps[0][2] == 3:
        return None  # "vào tp hcm", "tỉnh Bình Phước": a city or province alone
    if len(comps) == 1 and keys[0] in _PARKS:
        # "Địa chỉ trụ sở: KCN Nội Bài": an industrial park alone names an estate where
        # companies stand, like a market, not where anyone lives (with its lot or commune
        # it is a full address: "lô C5, khu công nghiệp Bắc Vinh, xã ..."; with only its
        # province, see _area_named)
        return None
    if keys[0] == "so" and _word_before(doc.folded_cased, start) == "co":
        return None  # "Thue co so 3 thanh pho Ha Noi": "cơ sở 3", a facility
    if _KM.search(doc.folded_cased, max(0, start - 16), start) is not None:
        return None  # "Km 12+300 Quốc lộ 5, xã An Lâm": a point on a road, no one's home
    fine = any(level <= 1 for _, _, level, _ in comps)
    if _CUES_BUT_O.search(doc.folded, max(0, start - 40), start) is None:
        # no residence cue but "ở" within reach: only "ở" right before a chain counts
        cue = _RESIDENCE.before(doc, start, 40) if len(comps) >= 2 else None
    else:
        cue = _RESIDENCE.before(doc, start, 40)
        if cue == "o" and len(comps) < 2:
            cue = None
        if cue is None:
            if _institution_before(doc, start) or _agency_before(doc, start):
                return None  # "trụ sở Tòa án nhân dân tỉnh Hà Tĩnh": an agency's name
            cue_near = _RESIDENCE.near_before(doc, start, 30)
            if cue_near is not None and cue_near not in ("o", "add", "tai nha"):
                cue = cue_near
    if _public_office(doc, start):
        return None  # "gửi UBND phường X, trụ sở tại số 8 ...": an agency's public office
    if (
        _office_venue(doc, start)
        or _shop_venue(doc, start)
        or _placeholder_chain(doc, comps)
        or _held_at(doc, start)
    ):
        return None  # "Địa điểm: Trạm Y tế phường, số 66 ...", "phường Y, tỉnh Z"; "tổ
        # chức ở thôn X, xã Y": where an event is held
    if cue in (None, "o", "tai") and _route_to_venue(doc, start):
        return None  # "lộ trình xe buýt ... đến quán cà phê ở số 45 đường X": a venue

    if cue is None and _area_named(doc, start, comps):
        return None  # "Địa bàn: phường X, tỉnh Y", "ngập tại các xã A, B và phường C, ...",
        # "cắt điện các tuyến phố A, B, phường C": an area, no one's home
    if cue in (None, "tai", "dia chi", "tru so", "tru so chinh", "dia diem") and _park_lot(comps):
        return None  # "địa chỉ: Lô C7 KCN Tân Đông Hiệp B, TP Hồ Chí Minh": a firm's lot
    if cue is None and _title_place(doc, end, comps):
        return None  # "DANH SÁCH HỘ NGHÈO NĂM 2026 - XÃ ĐẠI LỘC, TP ĐÀ NẴNG"
    if cue is None and len(comps) == 1 and _alone_after_o(doc, start, comps[0]):
        cue = "o"
    if (
        cue is None
        and "noi" in doc.folded[end : end + 8]
        and _LIVED_IN_AFTER.match(doc.folded, end)
    ):
        cue = "noi song"  # "đường vào bản Séo Phìn, nơi gia đình bà sinh sống"
    if (
        cue is None
        and len(comps) == 1
        and comps[0][3] in _ALONE_VILLAGE_UNITS
        and (doc.text[start - 1 : start] == "\t" or doc.text[start - 2 : start] == "| ")
        and _residence_column(doc, start)
    ):
        cue = "column"  # "3\tAlăng Thị Nhàn\t0491...\tThôn Tà Lang\t5": under "Thôn"
    if (
        cue is None
        and _TRAVEL.before(doc, start, 24) is not None
        and not any(_DIGIT.search(doc.folded, s, e) is not None for s, e, _, _ in comps)
    ):
        # "đoàn công tác đi xã Mường Nhé, tỉnh Điện Biên", "xe buýt đi qua đường Nguyễn
        # Chí Thanh, phường Quang Trung": a destination or a route, no one's home (no
        # house number, no residence cue)
        return None
    if cue is not None:
        score = SCORE_CUED
    elif all(level >= 1 for _, _, level, _ in comps) and _ASKED_ABOUT.match(doc.folded, end):
        return None  # "phường quang trung tp thái nguyên có bao nhiêu tổ": a place asked of
    elif len(comps) >= 2 and fine:
        if _institution_before(doc, start) or _agency_before(doc, start):
            return None  # "trụ sở Tòa án nhân dân tỉnh Hà Tĩnh": an agency's name
        street = any(level == 0 for _, _, level, _ in comps)
        if not street and (_post_before(doc, start) or _school_comma_before(doc, start)):
            return None  # "công chức Tư pháp - Hộ tịch xã X, tỉnh Y": where one works
        score = SCORE_CHAIN_WITH_STREET if street else SCORE_CHAIN
    else:
        return None
    return Detection(
        EntityType.ADDRESS,
        start,
        end,
        score,
        DETECTOR_ID,
        pattern=f"address.chain_{min(len(comps), 5)}",
        base_score=BASE_SCORE,
        context=cue,
    )


def _landmark_hamlets(doc: Document) -> Iterator[Detection]:
    """A hamlet named after its market, communal house or pagoda, in lower case right
    after "ở" and someone who lives there ("bà tư ở xóm chợ ký chưa", "ông tám ở thôn
    đình"): the unit word and that one word. Typed plain, "cho" is "chợ" unless a person
    it is given to follows ("ở xóm cho em hỏi"); with marks in the text, only "chợ"."""
    folded = doc.folded
    if "\t" not in folded and "  " not in folded and _LANDMARK_GATE.search(folded) is None:
        # each "[ \t]+" of the scan is one space here, so a match opens with one of these
        # ("ap " alone is in "chap ", "phap ": the scan's literal gate lets most texts by)
        return
    for word in _LANDMARK_AFTER.finditer(folded):
        start = word.start(1)
        if not _someone_before_o(doc.folded_cased, start):
            continue
        name = word.group(2)
        written = doc.text[word.start(2) : word.end(2)].lower()
        if written != name and written != _HAMLET_LANDMARKS[name]:
            continue  # "ở xóm chờ": another word, marked otherwise
        if written == name and (
            name not in _PLAIN_LANDMARKS or word.group(3) in _GIVEN_TO or _marked_line(doc, start)
        ):
            continue
        yield _village(DETECTOR_ID, start, word.end(2), "o")


def _household_hamlet(doc: Document, start: int) -> Detection | None:
    """A household's hamlet typed in lower case, the field after its row's dash ("hộ ông
    trương văn lẹ - ấp bà tường - 0812 ..."): the field's edges bound its name of one to
    four words, whatever they are ("bà" is a name's there)."""
    unit = _LC_WORDS.match(doc.folded, start - 1)
    field = _HOUSEHOLD_FIELD.match(doc.folded, unit.end(1)) if unit is not None else None
    if field is None:
        return None
    return _village(DETECTOR_ID, start, field.end(), "-")


def _lone_village(
    doc: Document, start: int, end: int, cues: CueSet | None = None
) -> Detection | None:
    """A village in lower case with no commune after it, right after a residence cue ("ở
    làng kon hring", "quê em ở sóc tra kha", "thường trú: lang vinh loc"), when its name
    of one to three words reads as a place's, not a phrase ("làng nghề", "bản sao")."""
    cue = (cues or _LONE_VILLAGE_CUES).before(doc, start, 24)
    if cue is None:
        cue = _listed_before_lc(doc, start)
    if cue is None and cues is not _O_CUE and _answers_which_village(doc, start):
        cue = "nao"
    if cue is None and _household_before(doc, start):
        return _household_hamlet(doc, start)
    after_person = False
    if (
        cue is None
        and cues is None
        and _listed_with_year_lc(doc, start)
        and _first_word(doc.folded, start + len(doc.folded[start:end].split()[0]) + 1) not in _SOLD
    ):
        # "- lo thi xenh 1955 ban cang": a listed person's name and birth year, then the
        # village, the row's field: it ends there as after a person and a comma (not
        # "bán hàng rong" typed plain)
        cue, after_person = "-", True
    if cue is None and cues is None:
        person = _PERSON_COMMA_BEFORE_LC.search(doc.folded, max(0, start - 60), start)
        if person is not None and _spelled_surnames_lc(doc, person.start(1)):
            cue, after_person = ",", True  # "chị lò thị xiêng, bản hua nà."
    if cue is None:
        return None
    folded = doc.folded
    words = _LC_WORDS.match(folded, start + len(folded[start:end].split()[0]))
    if words is None:
        return None
    names = [w for w in words.groups() if w]
    n = 0
    unit = folded[start:end].split()[0]
    # a Central Highlands or Khmer village's name may run to four syllables ("plei kon hra
    # chót"): the fourth is taken where a chat or everyday word ends the name after it
    longest = _LONG_VILLAGE_WORDS if unit in _MINORITY_UNITS else 3
    while n < min(len(names), longest):
        w = names[n]
        # ("bản sao", "làng nghề": the phrases start at the first word; "bản lao chải")
        phrase = n == 0 and w in _LONE_VILLAGE_NOT
        # "sóc tà lọt": a minority village's first syllable that is an everyday word too
        syllable = (
            n == 0 and unit in _MINORITY_UNITS and n + 1 < len(names) and w in _PLACE_SYLLABLES
        )
        # "làng chư mố": the Central Highlands' "Chư" (a mountain), spelled so, is no "chú"
        chu = (
            n == 0
            and w == "chu"
            and n + 1 < len(names)
            and doc.text[words.start(1) : words.end(1)].lower() == "chư"
        )
        named = (
            n == 0
            and w in _LONE_VILLAGE_NOT
            and w not in _LC_NOT_NAME
            and w not in _LC_END
            and _named_to_the_end(folded, words, names, cue)
        )
        # "bản co lếch": the Thai "co" beside a syllable written with its marks
        co = n == 0 and _co_village(doc.text, words, names, unit)
        if phrase and (_spelled_otherwise(doc.text, words, n, w) or syllable or named or co):
            phrase = False
        # "bản pa cấu": a later syllable written otherwise than the everyday word
        written = n >= 1 and _written_as_syllable(doc.text, words, n, w)
        if (
            (w in _LC_NOT_NAME and not syllable and not co and not written)
            or w in _LC_END
            or (w in _VILLAGE_NOT and not chu and not named and not co)
            or phrase
        ):
            break
        if w in _UNITS and w not in _NAME_UNITS:
            break
        n += 1
    if n >= 2 and (names[n - 1] in _TIME_NOUNS or (n < len(names) and names[n] in _WHICH_WORDS)):
        n -= 1  # "ở xóm trại ngày nào cũng ...": "ngày nào" (every day), no name's word
    if n == 0 or (n == 1 and len(names[0]) == 1):
        return None  # (nothing, or an anonymised letter: "nơi cư trú: thôn k, xã p, ...")
    ended = (n < len(names) and n < longest) or _LC_AFTER_WORD.match(folded, words.end(n)) is None
    if not ended:
        # a name running on into more words: its first two syllables, or three where the
        # third splits the village in parts ("ở thôn phú xuân hạ góp tiền")
        third = n >= 3 and _third_of_hamlet(doc.text, folded, words, names, unit)
        n = 3 if third else min(n, 2)
    stop = words.end(n)
    if after_person and (not ended or _LINE_END.match(folded, stop) is None):
        return None  # after a person and a comma, the village ends the clause
    return _village(DETECTOR_ID, start, stop, cue)


#: a question asking which village someone lives in, by its unit word (folded): "ở bản nào",
#: "o thon nao the", "nha o xom nao a"
_WHICH_VILLAGE = re.compile(
    r"(?<![a-z])o[ \t]+(ban|lang|buon|soc|plei|phum|bon|thon|xom|ap|khom)[ \t]+nao(?![a-z])"
)
#: how far back the question may stand (a chat's line or two)
_WHICH_VILLAGE_REACH = 160


def _answers_which_village(doc: Document, start: int) -> bool:
    """Whether the village at ``start`` opens a chat line that answers a line before it
    asking which village with the same unit word ("Loan: ong kien o ban nao a" / "Hue: ban
    na son em"): the answer names where that person lives."""
    folded = doc.folded
    line = folded.rfind("\n", 0, start)
    if line < 0 or "nao" not in folded[max(0, start - _WHICH_VILLAGE_REACH) : line]:
        return False
    head = folded[line + 1 : start]
    if len(head.split()) > 2 or (head.strip() and not head.rstrip().endswith(":")):
        return False  # the village opens the answer, after its speaker at most
    unit = folded[start:].split(maxsplit=1)[0]
    asked = [
        m.group(1)
        for m in _WHICH_VILLAGE.finditer(folded, max(0, start - _WHICH_VILLAGE_REACH), line)
    ]
    return bool(asked) and asked[-1] == unit


#: nouns of time that no village's name ends with, folded ("ngày", "hôm", "buổi": "ở xóm
#: trại ngày nào", "ở thôn đông hôm qua"), and the question word that makes the word before it
#: a noun of the sentence ("ngày nào", "nhà nào")
_TIME_NOUNS = frozenset({"ngay", "hom", "buoi"})
_WHICH_WORDS = frozenset({"nao"})


def _named_to_the_end(folded: str, words: re.Match[str], names: list[str], cue: str) -> bool:
    """Whether a village's first word that starts a phrase too ("sang": "bán sang", "bạn
    sang") is its name's after all: right after "ở" or another cue, the name has two or three
    words and a comma or the line's end closes it, no word after the first an everyday word
    ("ở bản sang tung, sđt ..."; not "ở bản sao kê,", "ở bản dịch tiếng anh")."""
    if cue == "," or len(names) < 2:
        return False
    for n in (2, 3):
        if n > len(names):
            return False
        if any(
            w in _LONE_VILLAGE_NOT
            or w in _VILLAGE_NOT
            or w in _LC_NOT_NAME
            or w in _LC_END
            or w in _COUNTERS
            or w in _UNITS
            for w in names[1:n]
        ):
            return False
        tail = folded[words.end(n) : words.end(n) + 3].lstrip(" \t")[:1]
        if tail in ("", ",", ";", ".", "\n", "\r"):
            return True
    return False


#: a minority village's unit word in lower case right after "ở", and up to three words
_FOREIGN_VILLAGE_LEADS = ("o lang ", "o buon ", "o plei ", "o bon ", "o soc ", "o phum ")
_FOREIGN_VILLAGE_GATE = _literal_gate(_FOREIGN_VILLAGE_LEADS)
_FOREIGN_VILLAGE = re.compile(
    r"(?<![a-z])o[ \t]+(lang|buon|plei|bon|soc|phum)((?:[ \t]+[a-z']+){1,3})"
)


def _foreign_villages(doc: Document) -> Iterator[Detection]:
    """A minority village in lower case right after "ở" whose name holds a syllable no
    Vietnamese word has ("ở làng đê kjiêng", "ở buôn ko mlo"): the name runs to the last
    such syllable of its first three words, none of the words before it an everyday word
    that ends a name or a unit word. Its first word may be an everyday word ("đê"), which
    the unit scan passes over; the foreign syllable vouches for the name. "plei" (Jrai,
    Bahnar) is itself no Vietnamese word: its name runs to the first everyday word after
    it, whatever its syllables ("ở plei ơi nu bị trả lại")."""
    folded = doc.folded
    for m in _FOREIGN_VILLAGE.finditer(folded):
        end = _foreign_village_end(doc, m)
        if end is not None:
            yield _village("vn.address", m.start(1), end, "o")
    for unit in (" plei ", " buon "):
        at = folded.find(unit)
        while at >= 0:
            # "ksor nhin plei ia krai", "y phoi nie buon ea ktur": "plei" or "buôn" right
            # after a Jrai or Ede name, no "ở" between, is where the person lives (a list of
            # people and their villages; "buôn" only before a syllable no Vietnamese word
            # has: "ksor nhin buon qua" is sad)
            if _minority_name_before(folded, at):
                plei = _VILLAGE_AFTER_NAME.match(folded, at + 1)
                end = _foreign_village_end(doc, plei) if plei is not None else None
                if plei is not None and end is not None:
                    yield _village("vn.address", plei.start(1), end, "name")
            at = folded.find(unit, at + 1)


#: "plei" or "buôn" and up to three words, right after a person's name (folded)
_VILLAGE_AFTER_NAME = re.compile(r"(plei|buon)((?:[ \t]+[a-z']+){1,3})")


def _minority_name_before(folded: str, at: int) -> bool:
    """Whether the two or three words right before ``at`` (no "ở" just before) hold a strong
    Jrai or Ede clan name or a prefix glued to a given name ("ksor nhin", "rah lan kheo", "siu
    h'nguyet")."""
    before = folded[max(0, at - 30) : at].split()[-3:]
    if not before or before[-1] == "o":
        return False
    clans = minority_lexicon().clans
    pairs = [" ".join(before[k : k + 2]) for k in range(len(before) - 1)]
    return any(
        clans.get(w, False) or (len(w) > 2 and w[1] == "'" and w[0] in "hk")
        for w in (*before[-2:], *pairs)
    )


def _foreign_village_end(doc: Document, m: re.Match[str]) -> int | None:
    """The end of the village whose unit word is ``m``'s group 1 and whose next words are its
    group 2 (:func:`_foreign_villages`), or None."""
    folded = doc.folded
    text = doc.text
    if not text[m.start(1) : m.start(1) + 1].islower():
        return None  # capitalised: the unit chains read it
    words = list(_WORD_APOS.finditer(folded, m.start(2), m.end(2)))
    plei = m.group(1) == "plei"
    last = -1
    for i, w in enumerate(words):
        if plei and i > 0 and w.group(0) in _LC_NOT_NAME:
            break
        if w.group(0) in _UNITS or (
            # an everyday word ends the name, unless a foreign syllable follows it first
            w.group(0) in _LC_END
            and not (
                i == 0
                and len(words) > 1
                and not is_vietnamese_syllable(text[words[1].start() : words[1].end()])
            )
        ):
            break
        written = text[w.start() : w.end()]
        if not written.islower():
            break
        if plei or _foreign_syllable(written):
            last = i
    if last < 0:
        return None
    return words[last].end()


#: rimes no Vietnamese syllable ends with, that the syllable check lets pass typed plain
#: ("tring": Vietnamese writes "-inh"; "ic": "-ich"), folded
_FOREIGN_RIME = re.compile(r"(?:ing|ic)$")


def _foreign_syllable(written: str) -> bool:
    """Whether a word is no Vietnamese syllable: the syllable check's answer, or a rime no
    Vietnamese word ends with ("buon tring": an Ede village's name, typed plain)."""
    return (
        not is_vietnamese_syllable(written) or _FOREIGN_RIME.search(fold_word(written)) is not None
    )


_WORD_APOS = re.compile(r"[a-z']+")


#: unit words of a village that, in lower case right after a residence cue, name a place
#: alone ("ở làng kon hring", "sống ở bản phiêng lan"); not "xóm" ("ở xóm trọ"), "thôn"
_LONE_VILLAGE_UNITS = frozenset(("lang", "ban", "buon", "soc", "plei", "phum", "bon"))
#: the residence cues that may stand before such a village
_LONE_VILLAGE_CUES = CueSet(
    ["ở", "sống ở", "quê", "quê ở", "về", "thường trú", "tạm trú", "trú", "trú tại", "cư trú tại"]
)
#: a hamlet's name that is a landmark of it, folded -> as spelled ("xóm chợ", "thôn đình")
_HAMLET_LANDMARKS = {"cho": "chợ", "dinh": "đình", "chua": "chùa", "ben": "bến", "giua": "giữa"}
#: of these, the ones that typed plain read as no other word after a hamlet's unit word (not
#: "chua": "chưa"; "ben": "bên", "xóm bên cạnh")
_PLAIN_LANDMARKS = frozenset(("cho", "dinh", "giua"))
#: "ở", a hamlet's unit word, its landmark, then the end or the next word (folded)
_LANDMARK_AFTER = re.compile(
    r"(?<![a-z])o[ \t]+(thon|xom|ap|khom)[ \t]+(cho|dinh|chua|ben|giua)(?![a-z])"
    r"(?:[ \t]+([a-z]+))?"
)
#: the one-word hamlet names of everyday words: new, and its landmarks (folded)
_HAMLET_ONE_WORD = frozenset(("moi", "cho", "dinh", "giua"))
#: the literal gate of that scan
_HAMLET_WORDS = ("thon ", "xom ", "ap ", "khom ")
#: how a match of it opens where the text holds no tab and no two spaces in a row
_LANDMARK_LEADS = ("o thon ", "o xom ", "o ap ", "o khom ")
_LANDMARK_GATE = _literal_gate(_LANDMARK_LEADS)
#: who "cho" (to, for) gives to, right after it: "ở xóm cho em hỏi" is no market (folded)
_GIVEN_TO = frozenset(
    ("em", "toi", "minh", "anh", "chi", "ong", "ba", "co", "chu", "bac", "con", "chau", "no",
     "ho", "chung", "nguoi", "ai", "moi", "ban")
)  # fmt: skip


def _marked_line(doc: Document, pos: int) -> bool:
    """Whether the line around ``pos`` is written with diacritics (a word typed plain there
    is that word, not another typed without its marks)."""
    text = doc.text
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return not text[start : end if end >= 0 else len(text)].isascii()


#: "ở" alone, before a hamlet whose resident is named before it (``_someone_before_o``)
_O_CUE = CueSet(["ở"])
#: hamlets, alone in lower case only after ``_STRONG_HAMLET_CUES``
_HAMLET_UNITS = frozenset(("thon", "xom", "ap", "khom"))
_STRONG_HAMLET_CUES = CueSet(
    ["trú", "trú tại", "thường trú", "thường trú tại", "tạm trú", "tạm trú tại", "cư trú tại",
     "quê", "quê ở", "quê quán", "nguyên quán", "sống tại", "ngụ tại", "địa chỉ", "hktt"]
)  # fmt: skip
#: words after "bản", "làng", "sóc" that make a phrase, not a village's name: "bản án", "bản
#: thân", "bản quyền", "bản gốc", "làng nghề", "làng quê", "làng đại học", "làng chài"
_LONE_VILLAGE_NOT = frozenset(
    ("than", "an", "quyen", "tin", "goc", "dich", "thao", "chinh", "cu", "giam", "hop", "ke",
     "khai", "nhap", "cam", "chat", "tom", "luu", "nhac", "no", "ho", "que", "nghe", "be",
     "ngheo", "giau", "sao", "mau", "in", "cung", "mem", "chup", "cuoi", "dau", "hoan",
     "tieng", "cap", "gui", "dai", "chai", "gom", "hoa", "lua", "co", "tre", "sinh",
     "ban", "xom", "toi", "minh", "ta", "nay", "kia", "ben", "do", "ve", "scan", "word", "pdf",
     "goi", "sac", "thuong", "phap", "sang", "nhau", "thu", "sua", "trinh", "tho", "thang",
     "phi", "bay", "chong", "vo", "me", "cha",
     # "xóm trọ", "xóm liều": lodgings and slums, no hamlet's name; "ấp chiến lược"; "bán
     # trú" (a school's boarders) typed plain
     "tro", "lieu", "chien", "tru")
)  # fmt: skip


#: a journey's verb right before a chain: a destination or a route, not a residence
_TRAVEL = CueSet(
    [
        "đi",
        "đi qua",
        "đi đến",
        "đi tới",
        "đi công tác",
        "đến thăm",
        "thăm",
        "khảo sát",
        "công tác tại",
        "công tác ở",
        "tham quan",
        "du lịch",
        "chạy qua",
        # a stretch of road through a commune: "Quốc lộ 1A, đoạn qua xã Hòa Thịnh"
        "đoạn qua",
        "đoạn đi qua",
    ]
)  # fmt: skip (not "tới", "qua" alone: "bản tôi", "quá" typed without diacritics)
#: a question about the place right after a chain of administrative units in chat: "... có
#: bao nhiêu tổ dân phố", "... ở đâu", "... thuộc tỉnh nào" (folded)
_ASKED_ABOUT = re.compile(
    r"[ \t]*,?[ \t]*(?:co[ \t]+bao[ \t]+nhieu|co[ \t]+may|o[ \t]+dau|nam[ \t]+o[ \t]+dau|thuoc"
    r"[ \t]+(?:tinh|huyen|quan|thanh[ \t]+pho)[ \t]+nao|la[ \t]+o[ \t]+dau|co[ \t]+phai"
    r"|sap[ \t]+nhap|moi[ \t]+thanh[ \t]+lap|bao[ \t]+nhieu)(?![a-z])"
)
_LABEL_END = re.compile(r":[ \t]*$")
#: "Km 12+300" (folded, any case) right before a chain
_KM = re.compile(r"(?<![A-Za-z])[Kk][Mm][ \t]*\d{1,4}(?:[+.,]\d{1,4})?[ \t]*$")
#: an agency's department and its name right before a chain: "Phòng Kinh tế phường ...",
#: "Ban Tiếp công dân tỉnh ...", "Thuế cơ sở 3 thành phố ..." (folded, lower case)
_AGENCY_HEAD = re.compile(
    r"(?:^|[^a-z0-9])(phong|ban|cuc|chi cuc|van phong|trung tam|bo phan|so|thue co so)"
    r"((?:[ \t]+[a-z]+){1,3})(?:[ \t]+\d{1,2})?[ \t]+$"
)
#: the heads' own spellings, where the text has diacritics ("phong" may be "Phong", a name)
_AGENCY_SPELLING = {
    "phong": "phòng", "cuc": "cục", "chi cuc": "chi cục", "van phong": "văn phòng",
    "trung tam": "trung tâm", "bo phan": "bộ phận", "so": "sở", "thue co so": "thuế cơ sở",
    "ban": "ban",
}  # fmt: skip
#: words after such a head that make it something else: "bạn tôi", "số của em"
_AGENCY_NOT = frozenset(
    ("toi", "em", "anh", "chi", "minh", "ong", "ba", "co", "chu", "bac", "cua", "nay", "do",
     "ay", "o", "tai", "la", "va", "cung", "nha", "dang", "da", "se",
     # prepositions: "giao ho so ve khu pho 3 ...", "hồ sơ" typed without diacritics, then "về"
     "ve", "den", "toi", "qua", "sang", "gui", "cho", "tu",
     # a room one sleeps in or rents, no department: "thuê phòng trọ tại hẻm 214/17 ..."
     "tro", "ngu", "khach")
)  # fmt: skip


#: first words of a board's name after "ban" in lower case ("ban quản lý", "ban tiếp công
#: dân", "ban chỉ huy"), folded
_BOARD_WORDS = frozenset(
    ("quan", "tiep", "chi", "dan", "to", "thuong", "kinh", "van", "giai", "bao", "thi", "tuyen",
     "dieu", "tai", "phap", "nong", "cong", "chap", "ql", "qlda", "tc", "tuyen")
)  # fmt: skip


#: "so" (sở, số, sô), then a comma, right before a chain (folded)
_SO_COMMA = re.compile(r"(?<![a-z])so[ \t]*,[ \t]*$")
#: words before a department "sở" typed plain (folded)
_BEFORE_DEPARTMENT = frozenset(
    ("phong", "tai", "cua", "ve", "den", "gui", "toi", "len", "o", "doc", "truong", "pho")
)


def _institution_before(doc: Document, start: int) -> bool:
    """An institution's word before a chain ("trụ sở Tòa án ..."); not "so" that is the house
    number's own word right before it ("ve so 17 tran hung dao ...": số 17, not Sở), nor a word
    that ends a label ("địa chỉ giao hồ sơ: ...", "cho hỏi: ...")."""
    cue = _INSTITUTION.before(doc, start, 40)
    if cue is not None and _LABEL_END.search(doc.folded, max(0, start - 4), start) is not None:
        return False  # "cho hỏi: 25b ...", "giao hồ sơ: sn 12 ...": a label, no agency's name
    if cue == "so" and doc.folded[max(0, start - 3) : start] == "so " and start < len(doc.folded):
        return not doc.folded[start].isdigit()
    if cue == "so" and (comma := _SO_COMMA.search(doc.folded, max(0, start - 6), start)):
        # "ap day so, xa phu tam, ...": a name's last syllable ("sô") typed plain, then a
        # comma; "Sở" alone before a comma is the department only as written ("Văn phòng
        # Sở, số 120 ...") or capitalised
        # Sở, or after the words that lead to a department ("văn phòng sở, ", "tại sở, ")
        written = doc.text[comma.start() : comma.start() + 2]
        return (
            written.lower() == "sở"
            or written[:1].isupper()
            or _word_before(doc.folded, comma.start()) in _BEFORE_DEPARTMENT
        )
    if (
        cue == "thue"
        and doc.folded[max(0, start - 5) : start] == "thue "
        and (
            _first_word(doc.folded, start) in _PREMISES
            # "thuê ki ốt số 14 chợ móng cái, ...": a kiosk, rented
            or doc.folded.startswith(("ki ot", "ki-ot", "kiot"), start)
        )
    ):
        # "anh hiếu thuê phòng 12, dãy trọ ...": "thuê" (rents) typed plain before a room or
        # a flat, no tax office ("Thuế" names its area: "Chi cục Thuế quận ...")
        return False
    if cue == "ban" and doc.folded[max(0, start - 4) : start].rstrip(" \t").endswith(","):
        # "truong ban, ban Co Mon, xa ...": "trưởng bản" typed plain, then a comma; a board's
        # name runs into its area without one ("Ban quản lý dự án huyện ...")
        return False
    return cue is not None


#: a public agency, then its office ("UBND phường Quang Trung, trụ sở tại ..."), in the same
#: sentence right before a chain (folded): where the agency is, public like its hotline. A
#: company's office ("Công ty TNHH X, trụ sở: ...") is no agency's and stays an address.
_AGENCIES = (
    r"(?:ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan|toa an|tand|cong an|"
    r"vien kiem sat|vksnd|chi cuc|cuc thue|thue co so|doi thue|thanh tra|kho bac|kbnn|bhxh|"
    r"bao hiem xa hoi|dang uy|ban tiep cong dan|bo chi huy|ban chi huy|"
    # a one-stop desk and a public-service centre receive the public in the agency's office
    r"bo phan (?:mot cua|tiep nhan)|trung tam (?:phuc vu )?hanh chinh cong)(?![a-z])"
)
_PUBLIC_OFFICE = re.compile(
    r"(?<![a-z])" + _AGENCIES + r"([^.;\n]{0,80}?)(?<![a-z])tru so(?: lam viec)?(?: chinh)?"
    r"(?: (?:dat|nam))?(?:[ \t]+(?:tai|o)|[ \t]*:)?[ \t]*$"
)
#: "trụ sở làm việc (đặt) tại" right before a chain, no agency named in its clause: a working
#: office is an organisation's, never a home ("sáp nhập các phường A, B thành phường C; trụ sở
#: làm việc đặt tại số 2 đường ..."); a firm or a household named before it keeps it an address
_WORKING_SEAT = re.compile(
    r"(?<![a-z])tru so lam viec(?: moi| chinh)?(?: (?:dat|nam))?(?:[ \t]+(?:tai|o)|[ \t]*:)?"
    r"[ \t]*$"
)
#: "trụ sở", then the agency whose it is, then where it stands, right before a chain
#: ("Trụ sở UBND phường Ba Đình đặt tại số 2 phố ...") (folded)
_SEAT_OF_AGENCY = re.compile(
    r"(?<![a-z])tru so(?: chinh)?(?: cua)?[ \t]+"
    + _AGENCIES
    + r"([^.;:\n]{0,60}?)(?<![a-z])(?:(?:dat|nam)[ \t]+)?(?:tai|o)[ \t]*:?[ \t]*$"
)
#: an agency or its one-stop desk, then "đặt tại" / "nằm tại" (is located at) right before a
#: chain ("Bộ phận một cửa UBND phường đặt tại số 2 đường ..."): where the office receives the
#: public (folded); a home is not "đặt tại"
_AGENCY_PLACED = re.compile(
    r"(?<![a-z])(?:bo phan (?:mot cua|tiep nhan)|trung tam (?:phuc vu )?hanh chinh cong|"
    + _AGENCIES[3:]
    + r"([^.;:\n]{0,60}?)(?<![a-z])(?:dat|nam)[ \t]+tai[ \t]*:?[ \t]*$"
)
#: an agency or its one-stop desk that receives the public "tại" the chain ("Bộ phận Một cửa
#: UBND phường tiếp nhận hồ sơ từ thứ Hai đến thứ Bảy tại số 1 phố ...", "Công an xã làm
#: việc tại ..."): the office where it works, public like its hotline (folded)
_AGENCY_RECEIVES = re.compile(
    r"(?<![a-z])(?:bo phan (?:mot cua|tiep nhan)|trung tam (?:phuc vu )?hanh chinh cong|"
    + _AGENCIES[3:]
    + r"([^.;:\n]{0,80}?)(?<![a-z])(?:tiep nhan|tiep dan|tiep cong dan|lam viec|giai quyet)"
    r"(?![a-z])[^.;:\n]{0,60}?(?<![a-z])tai[ \t]*:?[ \t]*$"
)
#: a desk "đặt tại" a public facility, then a comma and the facility's address ("hộp thư một
#: cửa đặt tại tầng 1 Trung tâm Phục vụ hành chính công, số 10 Trần Phú") (folded)
_PLACED_IN_AGENCY = re.compile(
    r"(?<![a-z])(?:dat|nam)[ \t]+tai[^.;:\n]{0,40}?(?<![a-z])"
    r"(?:bo phan (?:mot cua|tiep nhan)|trung tam (?:phuc vu )?hanh chinh cong|"
    + _AGENCIES[3:]
    + r"([^,.;:\n]{0,40}),[ \t]*$"
)
#: a public agency or its one-stop desk opening a clause (the text's or a line's start, after
#: a stop or a colon), its name, then a comma right before a chain: "Bộ phận Một cửa UBND
#: phường Hải Châu, số 270 Trần Phú, ..." (folded); "ông A, cán bộ UBND xã B, thôn 3, ..."
#: opens with a person and stays theirs
_AGENCY_THEN_COMMA = re.compile(
    r"(?:^|[.;:!?\n])[ \t]*(?:(?:kinh gui|gui)[ \t]+)?"
    r"(?:bo phan (?:mot cua|tiep nhan)|trung tam (?:phuc vu )?hanh chinh cong|"
    + _AGENCIES[3:]
    + r"([^,.;:\n]{0,60}),[ \t]*$"
)
#: a State department named with its capitals ("Sở Tư pháp", "Bộ Tài chính", "Cục Thuế",
#: "Phòng Tài nguyên và Môi trường", "Văn phòng UBND tỉnh"), on the cased fold: "Trụ sở" before
#: it (in any case there: a digit after "trụ sở số" is a house number) and where it stands
#: ("đặt tại", "ở") after, or "đặt tại" / "nằm tại" after it alone,
#: right before a chain ("Trụ sở Sở Tư pháp đặt tại số 1 đường Trần Phú, ..."): the
#: department's office, public like its switchboard; "Phòng khám" (a clinic), "Phòng trọ" (a
#: rented room), "Văn phòng luật sư", "Văn phòng công chứng" and a firm's "Văn phòng đại
#: diện" or "Văn phòng công ty" are no department
_DEPARTMENT = (
    r"(?:So|Bo|Cuc|Tong [Cc]uc|Vu|Van [Pp]hong(?! (?:[Ll]uat|[Cc]ong [Cc]hung|[Dd]ai [Dd]ien"
    r"|[Cc]ong [Tt]y))|Phong(?! (?:[Kk]ham|[Tt]ro))|Ban|Dai|Vien|Chi [Cc]uc)"
    # (the name from its capital on is the clause ``_PRIVATE_SEAT`` reads: "Văn phòng X của
    # Công ty ...", "... hộ kinh doanh ...")
    r"[ \t]+(?=[A-Z])"
)
_SEAT_OF_DEPARTMENT = re.compile(
    r"(?<![A-Za-z])(?i:tru so(?: chinh)?(?: cua)?[ \t]+"
    + _DEPARTMENT
    + r")([^.;:\n]{0,60}?)(?<![A-Za-z])(?:(?:dat|nam)[ \t]+)?(?:tai|o)[ \t]*:?[ \t]*$"
)
_DEPARTMENT_PLACED = re.compile(
    r"(?<![A-Za-z])" + _DEPARTMENT + r"([^.;:\n]{0,60}?)(?<![A-Za-z])(?:dat|nam)[ \t]+tai[ \t]*:?"
    r"[ \t]*$"
)


def _department_office(doc: Document, start: int) -> bool:
    """Whether a State department's office stands right before ``start`` (``_SEAT_OF_DEPARTMENT``,
    ``_DEPARTMENT_PLACED``), no household, firm or person named between them."""
    cased = doc.folded_cased
    lo = max(0, start - 130)
    m = _SEAT_OF_DEPARTMENT.search(cased, lo, start) or _DEPARTMENT_PLACED.search(cased, lo, start)
    return m is not None and _PRIVATE_SEAT.search(cased, m.start(1), m.end(1)) is None


#: a household, a firm or a person named between the agency and the chain ("UBND xã xác
#: nhận hộ kinh doanh của bà Lan, trụ sở tại ..."): the office is theirs, not the agency's
#: (the firm's words folded; a person's title as typed in lower case, as "Ba" opens places:
#: "phường Ba Đình")
_PRIVATE_SEAT = re.compile(
    r"(?<![A-Za-z])(?:(?i:ho kinh doanh|ho gia dinh|gia dinh|cong ty|doanh nghiep|hop tac xa"
    r"|cua hang)|ong|ba|anh|chi|em|chau|cu)(?![A-Za-z])"
)


def _public_office(doc: Document, start: int) -> bool:
    """Whether the "trụ sở" before ``start`` is a public agency's office: the agency then its
    "trụ sở" ("UBND phường X, trụ sở tại ..."), or "trụ sở" then the agency ("Trụ sở UBND
    phường X đặt tại ..."), or the agency "đặt tại" ("Bộ phận một cửa UBND phường đặt tại
    ..."), with no household, firm or person named between them."""
    folded = doc.folded
    if "," in folded[max(0, start - 3) : start]:
        # "Bộ phận Một cửa UBND phường Hải Châu, số 270 Trần Phú, ...": the agency opens the
        # clause and its address follows it after a comma, as a notice gives it
        named = _AGENCY_THEN_COMMA.search(folded, max(0, start - 110), start)
        if (
            named is not None
            and _PRIVATE_SEAT.search(doc.folded_cased, named.start(1), named.end(1)) is None
        ):
            return True
    window = folded[max(0, start - 110) : start]
    if ("tru so" in window or "dat tai" in window or "nam tai" in window) and _department_office(
        doc, start
    ):
        return True
    if "tru so" not in window:
        if ("tiep" in window or "lam viec" in window or "giai quyet" in window) and (
            " tai" in folded[max(0, start - 10) : start]
        ):
            m = _AGENCY_RECEIVES.search(folded, max(0, start - 170), start)
            if m is not None and _PRIVATE_SEAT.search(doc.folded_cased, m.start(1), start) is None:
                return True  # (no one named from the agency to the chain: "tiếp nhận hồ sơ
                # của ông X tại ..." is his)
        if not ("dat tai" in window or "nam tai" in window):
            return False  # (the cheap tests first)
        if " tai" not in folded[max(0, start - 10) : start]:
            placed = _PLACED_IN_AGENCY.search(folded, max(0, start - 130), start)
            return (
                placed is not None
                and _PRIVATE_SEAT.search(doc.folded_cased, placed.start(1), placed.end(1)) is None
            )
        m = _AGENCY_PLACED.search(folded, max(0, start - 130), start)
        return (
            m is not None and _PRIVATE_SEAT.search(doc.folded_cased, m.start(1), m.end(1)) is None
        )
    lo = max(0, start - 130)
    m = _PUBLIC_OFFICE.search(folded, lo, start)
    if m is None and "tru so" not in folded[max(0, start - 20) : start]:
        m = _SEAT_OF_AGENCY.search(folded, lo, start)
    if m is None:
        seat = _WORKING_SEAT.search(folded, max(0, start - 40), start)
        if seat is None:
            return False
        # the sentence before the seat names no firm, household or person
        clause = max(folded.rfind(".", lo, seat.start()), folded.rfind("\n", lo, seat.start()))
        return _PRIVATE_SEAT.search(doc.folded_cased, clause + 1, seat.start()) is None
    return _PRIVATE_SEAT.search(doc.folded_cased, m.start(1), m.end(1)) is None


#: a notice's venue label, then a public facility and a comma, right before a chain
#: ("Địa điểm: Trạm Y tế phường, số 66 đường ..."), or a procuring entity's address label
#: ("Địa chỉ bên mời thầu: số 10 đường ..."), on the same line (folded): where an office
#: receives the public, like its hotline. A venue given as a bare address ("Địa điểm: ấp Ba
#: Trạch, xã Tập Sơn") or as someone's house ("Địa điểm: nhà ông ...") stays an address.
_OFFICE_VENUE = re.compile(
    r"(?<![a-z])(?:dia diem[a-z \t]{0,20}:[ \t]*(?:tram y te|hoi truong|nha van hoa|phong hop"
    r"|ubnd|uy ban|benh vien|truong|tru so|trung tam|so|phong|van phong)(?![a-z])[^,;:\n]{0,50},"
    r"|dia chi (?:cua )?ben moi thau[ \t]*:?"
    # where an office receives citizens ("địa chỉ tiếp công dân tại số 60 Trần Phú", "Địa
    # điểm tiếp công dân: ...", "nơi tiếp công dân của Sở ở ..."): only an agency receives
    # citizens, and the guide keeps its address public, like its hotline
    r"|(?:dia chi|dia diem|diem|noi|phong|tru so)[ \t]+tiep[ \t]+cong[ \t]+dan(?![a-z])"
    r"[^.;:\n]{0,50}?(?:[ \t]+(?:tai|o)|[ \t]*:)(?:[ \t]*so(?= ))?"
    # an office's address in a civil servant's signature ("Địa chỉ cơ quan: số 93 đường
    # 30/4, ..."): where the agency is, published like its switchboard, no home
    r"|dia chi co quan[ \t]*:)[ \t]*$"
)


#: table headers (folded) of a column that holds where each listed person lives (not "Quê
#: quán": a bare hometown is no address, and "Lạng Sơn" typed plain reads as "làng Sơn")
_RESIDENCE_HEADERS = frozenset(
    ("thon", "xom", "ban", "ap", "buon", "plei", "lang", "soc", "khom", "thon/xom", "thon, xom",
     "thon/ban", "thon, ban", "thon (ban)", "xom/thon", "dia chi", "noi o", "noi cu tru",
     "noi thuong tru", "thuong tru", "cho o", "cho o hien nay", "dia chi thuong tru")
)  # fmt: skip


def _residence_column(doc: Document, start: int) -> bool:
    """Whether a village standing alone in a table cell is under a column that says where each
    listed person lives ("Thôn", "Bản", "Địa chỉ") in a table of people (a column of names);
    under "Đơn vị" (where one works), in a table of hamlets ("STT | Thôn | Số hộ"), or in no
    table, it is a place like any other."""
    header = column_header(doc, start)
    if header is None or header.strip(" *:") not in _RESIDENCE_HEADERS:
        return False
    return any(_NAME_HEADER.search(cell) is not None for cell in header_cells(doc, start))


#: a table header cell over people's names (folded)
_NAME_HEADER = re.compile(r"(?<![a-z])(?:ho (?:va )?ten|ho ten|ten|chu ho|name|full name)(?![a-z])")


def _office_venue(doc: Document, start: int) -> bool:
    """Whether a notice's venue label and a public facility, a procuring entity's address
    label, or where an office receives citizens ("địa chỉ tiếp công dân tại"), stand right
    before ``start`` (``_OFFICE_VENUE``)."""
    folded = doc.folded
    lo = max(0, start - 90)
    window = folded[lo:start]
    if (
        "dia diem" not in window
        and "moi thau" not in window
        and "tiep cong dan" not in window
        and "co quan" not in window
    ):
        return False  # (the cheap test first)
    return _OFFICE_VENUE.search(folded, lo, start) is not None


#: a cafe or a tea shop, then its name at most, right before a chain (folded): "quán cà phê ở
#: số 45 đường ...", "cafe Cộng, số 12 Lý Thường Kiệt": a meeting's venue, no one's home (the
#: corpus guide's venue rule for cafes; an eatery, "quán cơm số 41 ...", was labelled an
#: address by holdout13 and is left so); a person named between them ("quán cà phê của chị
#: Lan ở ...") keeps it an address
_SHOP_VENUE = re.compile(
    r"(?<![a-z])(?:quan[ \t]+(?:ca[ \t]+phe|cafe|coffee|tra[ \t]+sua)"
    r"|cafe|coffee|ca[ \t]+phe|tiem[ \t]+(?:ca[ \t]+phe|tra[ \t]+sua))"
    r"(?![a-z])([^.;:\n]{0,30}?)(?:[ \t]*,|[ \t]+(?:o|tai|so))?[ \t]*$"
)


def _shop_venue(doc: Document, start: int) -> bool:
    """Whether a cafe (``_SHOP_VENUE``) stands right before ``start``, no person named between
    them."""
    folded = doc.folded
    lo = max(0, start - 60)
    window = folded[lo:start]
    if not any(w in window for w in ("ca phe", "cafe", "coffee", "tra sua")):
        return False  # (the cheap test first)
    m = _SHOP_VENUE.search(folded, lo, start)
    if m is None or _PRIVATE_SEAT.search(doc.folded_cased, m.start(1), m.end(1)) is not None:
        return False
    # a person placed at the cafe ("chị Lan ở quán cà phê Mộc, 25 ..."): where she is found
    return _PERSON_AT.search(doc.folded_cased, max(0, m.start() - 30), m.start()) is None


#: a person then "ở"/"tại" right before a venue's word, folded with its case: "chị Lan ở ",
#: "ông Tâm tại " (the venue is where that person is, lives or works)
_PERSON_AT = re.compile(
    r"(?<![A-Za-z])(?:ong|ba|anh|chi|em|chau|cu|co|chu|bac)[ \t]+\S+[ \t]+(?:o|tai)[ \t]+$"
)


#: an event held right at the chain ("ngày hội tổ chức ở thôn Tiên Lữ, xã ..."), folded: a
#: venue, no one's address ("tổ chức tại nhà ông ...": the house is named before the chain)
_HELD_AT = re.compile(r"to chuc[ \t]+(?:o|tai)[ \t]*:?[ \t]*$")


def _held_at(doc: Document, start: int) -> bool:
    """Whether an event is held right at ``start`` (``_HELD_AT``), or a meeting at a cafe,
    a restaurant or a hall named before it (``_MEETING_VENUE``)."""
    m = _HELD_AT.search(doc.folded, max(0, start - 16), start)
    if m is not None and (m.start() == 0 or not doc.folded[m.start() - 1].isalpha()):
        return True
    if _MEETING_OF.search(doc.folded, max(0, start - 12), start) is not None:
        return True  # "biên bản họp tổ dân phố 9, phường Phú Lợi": the body that meets
    return _MEETING_VENUE.search(doc.folded, max(0, start - 90), start) is not None


#: a meeting's word right before a chain (folded): "họp tổ dân phố 9, phường ...", "cuộc họp
#: thôn 3": the unit is the body that meets, no one's residence
_MEETING_OF = re.compile(r"(?<![a-z])(?:hop|hoi nghi)[ \t]+$")
#: a meeting, an appointment or an event at a cafe, a restaurant or a hall by its name, then a
#: comma, right before a chain (folded): "họp lúc 15 giờ tại quán cà phê Mộc, 25 Lý Thường
#: Kiệt, ...", "hẹn gặp ở nhà hàng Sen, số 8 ...": the venue's address, no one's residence
_MEETING_VENUE = re.compile(
    r"(?<![a-z])(?:hop|gap|hen|tiep khach|to chuc|hoi nghi|giao luu|lien hoan)(?![a-z])"
    r"[^.;:\n]{0,30}?(?<![a-z])(?:tai|o)[ \t]+(?:quan[ \t]+(?:ca[ \t]+phe|cafe|com|an|nuoc)|"
    r"nha[ \t]+hang|ca[ \t]+phe|cafe|coffee|hoi[ \t]+truong|trung[ \t]+tam[ \t]+hoi[ \t]+nghi)"
    r"(?![a-z])[^,;:.\n]{0,30},[ \t]*$"
)


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


#: a market named as the landmark the home is near, before the home's address (folded): "ở
#: gần chợ Rạng thôn Hạ Lũng, xã ..."; the market is where to look, not part of the address
_NEAR_MARKET = ("gan cho ", "canh cho ", "sat cho ", "doi dien cho ", "sau cho ")
#: the word right before a chain that opens with such a market (folded, the chain's start)
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
#: the same year right before a unit no house number stands in: a residents' group, a
#: hamlet, a village, a commune ("sn 1984 to 4 phuong tan an ...", "sn 1979 buon ko tam ...",
#: folded): a house's number is followed by its street, these are where the person lives
_BIRTH_YEAR_THEN_UNIT = re.compile(
    r"sn[ \t]+(?:19|20)\d\d[ \t,]+(?=(?:to|thon|xom|ap|ban|buon|plei|bon|soc|lang|khom|khu pho"
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


#: a flat typed in lower case in chat: the flat's word and number, the tower's word and code
#: ("căn 2307 tòa hh1a", "phong 1205 toa nha b2"), folded
_LC_FLAT = re.compile(
    r"(?<![a-z0-9])(?:can ho|can|phong)[ \t]+(?:so[ \t]+)?\d{2,5}[a-z]?[ \t]+"
    # the tower's code holds a digit, or is one letter ("tòa án" is a court)
    r"(?:toa nha|toa)[ \t]+(?:[a-z]{0,3}\d{1,3}[a-z]?|[a-z])(?![a-z0-9])"
)
#: a lower-case word after the tower, spaces before it (folded): the estate's name's words
_NEXT_LC_WORD = re.compile(r"[ \t]+([a-z]+)")
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
        out.append(_village(AddressDetector.id, start, end, "flat"))
    return out


#: the literals a flat's hit opens with (``_flat_then_ward``'s gate)
_FLAT_WORDS = ("can ", "phong ", "toa ", "block ")
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


#: what may close a ward's name alone after a flat: punctuation, a line's or text's end
_WARD_CLOSE = re.compile(r"[ \t]*(?:[,.;)\n]|$)")


def _ward_named(doc: Document, comp: _Component) -> bool:
    """Whether the ward or commune ``comp`` alone after a flat is named so: by its number, or
    by a name of one to three words whose first opens place names (spelled so where the text
    has marks: ``address_commune_openings.txt``) and that punctuation or the text's end
    closes, no everyday pair inside ("p. tân mỹ,"; not "phường xem xét", "phường cử đại
    biểu")."""
    name = comp[3]
    if name[:1].isdigit():
        return True
    words = doc.text[comp[1] - len(name) : comp[1]].lower().split()
    spelled, folded = _commune_openings()
    first = words[0] if words else ""
    opens = first in spelled if not first.isascii() else fold_word(first) in folded
    return (
        opens
        and len(words) <= 3
        # ("phường cử đại biểu": an everyday pair inside is chat's)
        and not any(everyday_pair(a, b, places=False) for a, b in itertools.pairwise(words))
        and _WARD_CLOSE.match(doc.folded, comp[1]) is not None
    )


#: a residence word right before a flat (folded): "ở", "tại", "thuê", "trú", "sống ở"
_RESIDENCE_BEFORE_FLAT = re.compile(r"(?<![a-z])(?:o|tai|thue|tru|song o)[ \t]+$")


def _whole_address_at(doc: Document, pos: int) -> bool:
    """Whether the chain at ``pos`` opens with a house number or a unit finer than a commune
    (a hamlet, a residents' group, a street, a flat: ``_UNITS`` level 0): an address whole,
    not a commune's or a province's new name."""
    if doc.text[pos : pos + 1].isdigit():
        return True
    key = _key_at(doc.folded_cased, pos)
    return key is not None and _UNITS.get(key, 1) == 0


#: the words a document's or a list's title starts with (folded)
_TITLE_WORDS = re.compile(
    r"[ \t]*(?:danh sach|bien ban|bao cao|ke hoach|cong khai|thong bao|quyet dinh|to trinh"
    r"|ket qua|bang tong hop|tong hop)(?![a-z])"
)


#: a home or a person in a title's words before its area (lower case, as written): "... về nhà
#: bà Lan, xã ..." ("chi" typed plain is "chi trả" as often as "chị")
_HOME_IN_TITLE = re.compile(r"(?<!\w)(?:nhà|ông|bà|anh|chị|gia đình|nha|ong|ba)[ \t]")
#: what may close a title's line after its area: a bracketed note, a colon (folded)
_TITLE_NOTE = re.compile(r"[ \t]*(?:\([^()\n]{0,60}\))?[ \t]*:?(?=[ \t]*(?:\r?\n|$))")


def _title_place(doc: Document, end: int, comps: list[_Link]) -> bool:
    """Whether a chain of communes and provinces only (nothing finer) closes a document's
    title or stands on the line under it ("DANH SÁCH HỘ NGHÈO NĂM 2026 - XÃ ĐẠI LỘC, TP ĐÀ
    NẴNG", "Danh sách đề nghị cấp thẻ BHYT ... - xã Mường Nhé, tỉnh Điện Biên", "... DO BÃO
    SỐ 5⏎Xã Diễn Châu, tỉnh Nghệ An"): the area the document covers, not anyone's home. A
    title's own number ("BÃO SỐ 5") may open the chain; a house or hamlet anywhere in it, or
    a residence cue before it, keeps it an address. A note in brackets or a colon may close
    the line ("Danh sách chi trả hỗ trợ lũ, xã Thông Nông, tỉnh Cao Bằng (kiểm tra giúp):").
    """
    folded = doc.folded
    first = comps[0]
    rest = comps
    if first[2] == 0:
        # "SỐ 5" ending a title line, the chain going on on the next line
        if (
            first[3] != "so"
            or "\n" not in folded[first[1] : comps[1][0] if len(comps) > 1 else end]
        ):
            return False
        rest = comps[1:]
    if not rest or any(level < 1 for _, _, level, _ in rest):
        return False
    note = _TITLE_NOTE.match(folded, end)
    if note is not None:
        end = note.end()  # "... tỉnh Cao Bằng (kiểm tra trùng giúp):" the ask about the list
    if folded[end : end + 2].strip(" \t.") and folded[end : end + 1] != "\n":
        return False  # the chain does not end its line
    ls = folded.rfind("\n", 0, first[0]) + 1
    if _TITLE_WORDS.match(folded, ls) is None:
        if first[2] == 0 or ls != rest[0][0]:
            return False
        above = folded.rfind("\n", 0, max(0, ls - 1)) + 1
        return _TITLE_WORDS.match(folded, above) is not None  # the line under a title
    if first[2] == 0:
        return True
    before = folded[max(ls, first[0] - 3) : first[0]].rstrip(" \t")
    # ("... - XÃ ĐẠI LỘC, TP ĐÀ NẴNG"; "... hỗ trợ lũ, xã Thông Nông, tỉnh Cao Bằng")
    return before.strip(" \t") in ("-", "–") or (
        before[-1:] == ","
        and rest[-1][2] == 3
        and _HOME_IN_TITLE.search(doc.text.lower(), ls, first[0]) is None
        and not _capital_inside(doc.folded_cased[ls : first[0]])
    )


def _capital_inside(line: str) -> bool:
    """Whether a line in sentence case holds a capital after its first letter (a name: "Thông
    báo của Nguyễn Văn An, ..."); a line all in capitals holds none that tells."""
    return not line.isupper() and any(c.isupper() for c in line.lstrip()[1:])


#: an area's label right before a chain on its line ("Địa bàn: ", "trên địa bàn "), or
#: several communes named before it in its sentence ("ngập tại các xã Hòa Bình, An Phú và
#: "), folded
#: "các tuyến" / "tuyến" / "các" right before a chain that opens with its street word:
#: streets listed as an area ("các tuyến phố A, B, C", "các phố A, B") (folded)
_STREETS_LISTED = re.compile(r"(?<![a-z])(?:cac[ \t]+tuyen|tuyen|cac)[ \t]*$")
_AREA_LABEL = re.compile(r"(?<![a-z])dia ban(?:[ \t]*:)?[ \t]*$")
_AREA_LIST = re.compile(
    r"(?<![a-z])cac[ \t]+(?:xa|phuong|thi tran|dac khu|xa, phuong|phuong, xa)(?![a-z])"
    r"[^.;:\n]{1,80}(?:,|[ \t]va)[ \t]*$"
)


#: a venue open to the public right before a chain, after "ở" or "tại" ("quán cà phê ở",
#: "nhà hàng Hương Sen tại"), and a route asked to it earlier on the line (folded)
_VENUE_AT = re.compile(
    r"(?<![a-z])(?:quan|nha hang|cua hang|sieu thi|khach san|rap|tiem|cong vien|trung tam"
    r"|toa nha|ben xe|nha sach|cho)(?:[ \t]+[A-Za-z]+){0,4}[ \t]+(?:o|tai)[ \t]*$"
)
_ROUTE_WORDS = re.compile(
    r"(?<![a-z])(?:lo trinh|chi duong|duong di|xe buyt|ban do|tuyen xe)(?![a-z])"
)


def _route_to_venue(doc: Document, start: int) -> bool:
    """Whether the chain at ``start`` is where a public venue stands that a route is asked to
    ("tìm lộ trình xe buýt từ bến xe Giáp Bát đến quán cà phê ở số 45 đường Nguyễn Văn Cừ"):
    the venue's address, no one's home (a person's shop is: "chủ tiệm thuốc ở số 134 ...")."""
    folded = doc.folded
    lo = max(0, start - 120, folded.rfind("\n", 0, start) + 1)
    venue = _VENUE_AT.search(folded, max(lo, start - 50), start)
    return venue is not None and _ROUTE_WORDS.search(folded, lo, venue.start()) is not None


def _area_named(doc: Document, start: int, comps: list[_Link]) -> bool:
    """Whether a chain names an area, not anyone's home: streets listed or a route with no
    house number ("các tuyến phố A, B, phường C"); communes and provinces only (nothing
    finer) after an area's label ("Địa bàn: phường Quang Trung, tỉnh Hưng Yên") or closing a
    list of communes ("các xã Hòa Bình, An Phú và phường Phú Lợi, tỉnh Phú Yên"), or an
    industrial park and its province alone ("KCN Đình Vũ, Hải Phòng": an estate where firms
    stand; with its lot or commune it is a full address, unless :func:`_park_lot`). A hamlet,
    a street or a house number in the chain keeps it an address."""
    folded = doc.folded
    if len(comps) >= 2 and comps[0][3] in _PARKS and all(c[2] == 3 for c in comps[1:]):
        return True
    if _STREETS_LISTED.search(folded, max(0, start - 16), start) is not None and not any(
        _DIGIT.search(folded, s, e) is not None for s, e, _, _ in comps
    ):
        return True  # "cắt điện các tuyến phố Phan Đình Phùng, Hoàng Diệu, ..., phường X":
        # streets (or units) named as an area (works, a power cut), no house, no one's home
    if any(level < 1 for _, _, level, _ in comps):
        return False
    lo = max(0, start - 100)
    return (
        _AREA_LABEL.search(folded, max(0, start - 12), start) is not None
        or _AREA_LIST.search(folded, lo, start) is not None
    )


def _village(detector_id: str, start: int, end: int, context: str) -> Detection:
    """A village, hamlet or house found by where it stands (after a listed person, in a
    bracket, heading its households, as a list's field), not by a chain's judge: the cued
    score, ``context`` the mark that placed it."""
    return Detection(
        EntityType.ADDRESS,
        start,
        end,
        SCORE_CUED,
        detector_id,
        pattern="address.village",
        base_score=BASE_SCORE,
        context=context,
    )


def _park_lot(comps: list[_Link]) -> bool:
    """Whether a chain is an industrial park or export zone, maybe after its lot, with
    nothing finer than its commune after it ("lô C7, Khu công nghiệp Phú Tài, phường Quy Nhơn
    Đông, tỉnh Gia Lai", "KCN Bắc Vinh, xã Hưng Đông, tỉnh Nghệ An"): a firm's premises, where
    no one lives (PROMPTS.md: a company's seat and the place where an accident happened are no
    ADDRESS). The caller asks only with no cue of where someone lives before it ("trú tại lô
    ..., KCN ..." stays an address)."""
    park = 1 if comps and comps[0][3] == "lo" else 0
    return (
        len(comps) >= 2  # a lot and its park alone too: "xưởng tại lô B5 KCN Nam Tân Uyên"
        and comps[park][3] in _PARKS
        and all(c[2] >= 1 for c in comps[park + 1 :])
    )


def _placeholder_chain(doc: Document, comps: list[_Link]) -> bool:
    """Whether the province and another unit from commune up are each named by one capital
    letter ("số 1 đường X, phường Y, tỉnh Z"): a template's placeholders, as no unit is so
    named. An anonymised file keeps the province or its initials ("thôn K, xã P, huyện B,
    tỉnh Lào Cai", "xã HV, huyện H, tỉnh HT"); a ward may be a Roman numeral ("Phường V, TP.
    Vị Thanh"), a lane or block a letter ("khu B")."""
    text = doc.text
    letters = 0
    province = False
    for s, e, level, key in comps:
        if key is not None and level >= 1 and len(text[s:e].split()) == 2 and text[e - 2] in " .":
            letter = text[e - 1]
            if letter.isascii() and letter.isupper() and letter not in "IVX":
                letters += 1
                province = province or level == 3
    return province and letters >= 2


#: a post or a school right before a commune and its province, on the same line (folded):
#: "công chức Địa chính - Xây dựng xã ...", "Trường PTDTBT TH&THCS Pả Vi (xã ...": the
#: commune where one works or studies, named with the post, not where anyone lives
_POST_BEFORE = re.compile(
    r"(?<![a-z])(?:cong chuc|vien chuc|can bo|chu tich|pho chu tich|bi thu|pho bi thu"
    r"|giao vien|hieu truong|hieu pho|truong cong an|pho truong cong an|chi huy truong"
    r"|truong[ \t]+(?:thcs|th|thpt|pt|ptdtbt|ptdtnt|ptcs|mam non|mn|tieu hoc|trung hoc)"
    r"(?![a-z]))(?![a-z])[^,.;:\n()]{0,50}(?:\([ \t]*)?$"
)


#: a school's name and a comma right before a chain, on the same line (folded): "tại phòng
#: hội đồng Trường THCS Phước Long, phường Phước Long, TP Nha Trang": where the school is
_SCHOOL_COMMA = re.compile(
    r"(?<![a-z])truong[ \t]+(?:thcs|th|thpt|pt|ptdtbt|ptdtnt|mam non|mn|tieu hoc|trung hoc"
    r"|dai hoc|cao dang)(?![a-z])[^,.;:\n()]{0,40},[ \t]*$"
)


def _school_comma_before(doc: Document, start: int) -> bool:
    """Whether a school's name and a comma stand right before ``start`` (``_SCHOOL_COMMA``)."""
    if doc.folded[max(0, start - 2) : start].strip(" \t") != ",":
        return False  # (the cheap test first)
    school = _SCHOOL_COMMA.search(doc.folded, max(0, start - 70), start)
    # "phòng 204 nhà B ký túc xá Trường Đại học Tây Bắc, phường ...": the school's dormitory,
    # where its students live
    return school is not None and (
        _DORM_WORD_BEFORE.search(doc.folded, max(0, school.start() - 12), school.start()) is None
    )


#: a dormitory's word right before a school's name (folded): "ký túc xá Trường ...", "ktx"
_DORM_WORD_BEFORE = re.compile(r"(?<![a-z])(?:ky[ \t]+tuc[ \t]+xa|ktx)[ \t]+$")


def _post_before(doc: Document, start: int) -> bool:
    """Whether a post or a school stands before ``start`` (``_POST_BEFORE``)."""
    return _POST_BEFORE.search(doc.folded, max(0, start - 70), start) is not None


def _agency_before(doc: Document, start: int) -> bool:
    """Whether a department of an agency and its name stand right before ``start`` on the
    same line ("Kính gửi: Phòng Kinh tế phường Hội An Tây, ..."): the chain names the
    agency's area, not where a person lives."""
    lo = max(0, start - 40)
    window = doc.folded[lo:start]
    nl = window.rfind("\n")
    if nl >= 0:
        lo += nl + 1
        window = window[nl + 1 :]
    m = _AGENCY_HEAD.search(window)
    if m is None or m.group(2).split()[0] in _AGENCY_NOT:
        return False
    head = m.group(1)
    hs = lo + m.start(1)
    written = doc.text[hs : hs + len(head)]
    if written == "ban" and m.group(2).split()[0] not in _BOARD_WORDS:
        return False  # "ba Tam ban xoi dau hem 42 ...": "bán" (sells) typed plain, no board
    if head == "so" and doc.folded[max(0, hs - 3) : hs] == "co ":
        return False  # "chủ cơ sở karaoke tại số 88 ...": an establishment, no department
    return written == doc.folded_cased[hs : hs + len(head)] or (
        written.lower() == _AGENCY_SPELLING[head]
    )


#: where a house number follows "ở", "tại" or a colon ("địa chỉ: ", "đc: "): scans that
#: start with a literal, which the engine finds fast (one scan with a class in front costs
#: ten times more)
#: (and "địa chỉ" with no colon: "dia chi 26 tran phu ba dinh ha noi")
_BARE_CUE_WORDS = ("ve", "den", "toi", "so", "sn", "dia chi")
_BARE_CUES = (
    re.compile(r"o (?=k?\d)(?<=[^A-Za-z]o )"),
    re.compile(r"O (?=k?\d)(?<=[^A-Za-z]O )"),
    re.compile(r"tai (?=k?\d)(?<=[^A-Za-z]tai )"),
    re.compile(r": (?=k?\d)"),
    # sent or brought to it ("gui ve 17 tran hung dao ..."), its house number's word ("so 17")
    *(re.compile(rf"{w} (?=k?\d)(?<=[^A-Za-z]{w} )") for w in _BARE_CUE_WORDS),
)
#: the same in one scan, which tries every space (each of the scans above finds its literal
#: at memory speed, but costs a call): the faster below some 1,500 characters. Its matches end
#: where theirs do (a space before a digit, the cue before it), and no two of theirs end at the
#: same place (the character before the space tells them apart), so the ends are the same.
_BARE_CUE = re.compile(
    r" (?=k?\d)(?:(?<=[^A-Za-z]o )|(?<=[^A-Za-z]O )|(?<=[^A-Za-z]tai )|(?<=: )"
    + "".join(rf"|(?<=[^A-Za-z]{w} )" for w in _BARE_CUE_WORDS)
    + ")"
)
_BARE_CUES_ONE_BELOW = 1500
#: the house number (a kiệt's "k12/5" too) and up to ten words after it (a street, a
#: district, a province)
_BARE_STREET = re.compile(
    # (the number atomic: every shorter reading of it stops before a digit, a letter or a
    # slash, where the white space that must follow cannot stand; "số 26/2008/QH12" fails
    # without trying them)
    r"((?>k?\d{1,5}[A-Za-z]?(?:/\d{1,5}[A-Za-z]?){0,3}))(?:[ \t]+[A-Za-z]+){3,10}"
)
#: a house's number with its letter or slash, then a capitalised street of two to four words
#: and punctuation (folded, cased): "43B Hàng Chuối,", "12/4 Lê Lợi."
_HOUSE_CAP_STREET = re.compile(
    r"(\d{1,5}[A-Za-z]|\d{1,5}(?:/\d{1,5}[A-Za-z]?){1,3})[ \t]+"
    rf"({_CAPWORD}(?:[ \t]+{_CAPWORD}){{1,3}})(?=[ \t]*(?:[,.;)|]|\r?\n|$))"
)
_WORD = re.compile(r"[a-z]+")
#: a plain house number after "số" and a capitalised street of two to four words, then
#: punctuation ("số 4 Hoàng Văn Thụ)"): a street only where a figure's name (``_figure``)
_PLAIN_HOUSE_CAP_STREET = re.compile(
    rf"(\d{{1,5}})[ \t]+({_CAPWORD}(?:[ \t]+{_CAPWORD}){{1,3}})(?=[ \t]*(?:[,.;)|]|\r?\n|$))"
)
#: the same in lower-case chat: "43b hàng chuối", "118/3 lê lợi" (``_lower_house_on_street``)
_HOUSE_LC_STREET = re.compile(
    r"(\d{1,5}[a-z]|\d{2,5}/\d{1,5}[a-z]?)[ \t]+([a-z]+(?:[ \t]+[a-z]+){1,3})"
    r"(?=[ \t]*(?:[,.;)|]|\r?\n|$))"
)
#: the same with a plain number, read only after a label of residence ("noi o: 12 le loi")
_PLAIN_HOUSE_LC_STREET = re.compile(
    r"(\d{1,5})[ \t]+([a-z]+(?:[ \t]+[a-z]+){1,3})(?=[ \t]*(?:[,.;)|]|\r?\n|$))"
)
#: a number with a letter or a slash in it: a house, never a count ("235a", "12/4")
_HOUSE_NUMBER = re.compile(r"(?:k\.?|sn[ \t]?)?\d{1,5}(?:[a-z]|/\d)")


def _street_district_province(
    words: list[str], provinces: frozenset[str], known: frozenset[str]
) -> tuple[int, int, int] | None:
    """Where a street of one to four words ends, a known district or city after it ends, and
    a province after that ends (word counts), the first province that fits; None if none.
    No word of the street or district may be a unit word (a chain reads those), nor one that
    ends a name, unless the street is a historical figure's name (``_figure``)."""
    for end in range(3, len(words) + 1):
        for k in (3, 2, 1):
            ps = end - k
            if ps < 2 or " ".join(words[ps:end]) not in provinces:
                continue
            for k2 in (3, 2, 1):
                ds = ps - k2
                if ds < 1 or ds > 4 or " ".join(words[ds:ps]) not in known:
                    continue
                if not _figure(words[:ds]) and any(
                    (w in _LC_STOPS and (i or w not in _STREET_FIRST)) or w in _LC_END
                    for i, w in enumerate(words[:ps])
                ):
                    return None  # (a street named after a figure keeps its words: "ly nam
                    # de", "đế" typed so is no "để")
                return ds, ps, end
    return None


def _figure_street_place(
    words: list[str], provinces: frozenset[str], known: frozenset[str]
) -> tuple[int, int, int] | None:
    """A street named after a historical figure (``_figure``: "tran hung dao", "ly nam de")
    and a known district or province right after it ("o 17 tran hung dao hoan kiem"): the
    figure's name vouches for the street where no province follows the district. Word counts
    as ``_street_district_province`` gives them (the street's end twice, the place's end)."""
    for k in (4, 3, 2):
        if len(words) <= k or not _figure(words[:k]):
            continue
        for k2 in (3, 2, 1):
            place = " ".join(words[k : k + k2])
            if k + k2 <= len(words) and (place in known or place in provinces):
                return k, k, k + k2
        return None
    return None


def _street_province(words: list[str], provinces: frozenset[str]) -> tuple[int, int, int] | None:
    """Where a street of two to four words ends and a province right after it ends (word
    counts, the street's end given twice: no district between), the province closing the
    words read or followed by punctuation; None if none. No word of the street may be a unit
    word or an everyday word that ends a name."""
    for end in range(len(words), 2, -1):
        for k in (3, 2, 1):
            ps = end - k
            if not 2 <= ps <= 4 or " ".join(words[ps:end]) not in provinces:
                continue
            if (
                words[0] not in _STREET_FIRST
                and words[0] not in _TITLED_STREETS
                and (words[0] in _LC_NOT_NAME or words[0] in _COUNTERS)
            ):
                return None  # "12/5 học sinh hà nội": a count, no street
            if any(w in _LC_STOPS or w in _LC_END for w in words[:ps]):
                return None
            return ps, ps, end
    return None


#: a village or hamlet in lower case and its name of one to three words, then a comma: "bản co
#: mòn, xã ...", "sóc ô chum, xã ...", "buon ma lu, xa ..." (whose names the unit scan leaves
#: when they are everyday words too), or a numbered one ("ấp mỹ an 1, xã ...", "thôn tà lú 2")
_LEAD_VILLAGE = re.compile(
    r"(?<![a-z])(ban|buon|plei|soc|phum|bon|lang|thon|xom|ap|khom)"
    r"((?:[ \t]+[a-z]+){1,3})(?:[ \t]+(\d{1,2}))?[ \t]*[,\-–][ \t]*$"
)
_MINORITY_UNITS = frozenset(("buon", "plei", "soc", "phum", "bon"))
#: the most syllables of a minority village's lower-case name read alone ("plei kon hra chót")
_LONG_VILLAGE_WORDS = 4
#: words that make "ban ...", "xom ..." a phrase, not a village's name
_VILLAGE_NOT = _AGENCY_NOT | {"nao", "kia", "ben", "nhe", "a", "oi", "roi", "thi", "khac"}


#: first words that make "bản ...", "xóm ..." a phrase even right after "ở" ("ở bạn tôi",
#: "ở xóm nào"), and elsewhere (where "bản lả" may be "bạn là" too)
_CUE_VILLAGE_NOT = _VILLAGE_NOT - _PLACE_SYLLABLES - {"la"}
_NAME_NOT = _VILLAGE_NOT - _PLACE_SYLLABLES


def _village_before(doc: Document, start: int, strong: bool = False) -> int | None:
    """Where a lower-case village or hamlet before a commune chain starts (``start`` is the
    chain's start, after a comma), or None. With diacritics in the text its unit word must
    carry its own marks ("bạn tôi, xã ..." is no "bản")."""
    folded = doc.folded
    m = _LEAD_VILLAGE.search(folded, max(0, start - 40), start)
    if m is None:
        return None
    words = m.group(2).split()
    s = m.start(1)
    if doc.folded_cased[s : m.end(2)] != folded[s : m.end(2)]:
        return None  # a capital inside: the unit scan read it already, or a sentence starts
    if not _street_may_start(doc.folded_cased, s):
        return None
    unit = m.group(1)
    word = doc.text[s : m.end(1)].lower()
    if word != unit and word not in _spellings().get(unit, frozenset()):
        return None
    minority = unit in _MINORITY_UNITS
    written = doc.text[m.start(2) : m.end(2)].lower().split()
    last, last_written = words[-1], written[-1]
    # ("buôn sê đăng": "đăng" is no "đang")
    other = last_written != last and last_written not in _LC_END_SPELLINGS.get(last, (last,))
    # right after "ở", "tại", "quê", "trú" and before a commune and its province, a village of
    # one or two words ("o ban la, xa ...", "ở xóm mới, xã ..."): no "bạn là" stands there
    if (
        strong
        and len(words) <= 2
        and (
            _word_before(folded, s) in ("o", "tai", "que", "tru") or folded[:s].rstrip()[-1:] == ":"
        )
        and not any(w in _LC_STOPS for w in words)
        and words[0] not in _CUE_VILLAGE_NOT
        and not any(w in _LC_NOT_NAME for w in words[1:])  # "ở bạn có thể, ..."
    ):
        return s
    if (last in _LC_END and not other and not (minority and strong and len(words) >= 2)) or (
        not minority and any(w in _LC_END for w in words[:-1])
    ):
        return None  # (a minority village's last syllable may read "dang": "buon se dang")
    # "bản", "xóm", "làng" also start everyday phrases ("bạn tôi", "xóm nào"); a minority's
    # residence word's name may hold any syllable ("sóc ô chum", "plei tơ nùng"), and so may
    # the others' where the text has diacritics and the word is written without ("bản co mòn")
    if minority:
        return s
    # before a commune and its province ("ban co mon, xa chieng ngan, tinh son la"), a name
    # of two words none of which ends a phrase is the village's
    vouched = (
        strong
        and len(words) >= 2
        and not any(w in _LC_END or w in _LC_STOPS for w in words[1:])
        and words[0] not in _VILLAGE_NOT - {"do", "o", "ta"}
    )
    # ("bản lả, ...": one word written with other marks than the everyday "là")
    vouched = vouched or (len(words) == 1 and other and last in _LC_END_SPELLINGS)
    # "ấp mỹ an 1, xã chợ mới, tỉnh an giang", "bản vây 2, xã ...": a name and its number
    # before a commune and its province are a numbered village's ("bạn vay 2, xã" is no
    # sentence), none of its words one that ends a phrase
    vouched = vouched or _numbered_village(m, words, strong)
    if words[0] in _VILLAGE_NOT and (word == unit or written[0] != words[0]) and not vouched:
        return None
    if (
        word == unit
        and any(w in _UNITS and w not in _NAME_UNITS for w in words)
        and not (vouched and words[0] in _STREET_FIRST)
    ):
        return None
    return s


#: a village's unit word that, with a capitalised name or a number, names where someone lives
#: alone right after "ở" ("ở sóc Tà Lọt", "ở làng Đê Kjiêng", "ở thôn 5")
_ALONE_VILLAGE_UNITS = _LONE_VILLAGE_UNITS | {"thon", "xom", "ap", "khom"}
#: the same, as the one-word lists that ``str.split`` gives
_VILLAGE_WORD_LISTS = [[w] for w in sorted(_ALONE_VILLAGE_UNITS)]
#: a ward or district by its number alone right after "ở" ("ở quận 3", "ở p12")
_ALONE_NUMBERED_UNITS = frozenset(("quan", "phuong", "q", "p", "q.", "p."))
_ALONE_NUMBER = re.compile(r"[ \t.]*\d{1,2}(?![\d/.,:])")
#: a capitalised name (one to four words) then a comma, right before a village's unit word:
#: a person and where they live ("bà Hồ Thị Thu, thôn 5")
_PERSON_COMMA_BEFORE = re.compile(
    r"(?:^|[ \t(])(?:ong|ba|anh|chi|em|co|chu|bac|ong|mr\.?|ms\.?|mrs\.?)[ \t]+"
    r"[A-Z][a-z]*(?:[ \t]+[A-Z][a-z]*){1,3}[ \t]*,[ \t]*$",
    re.IGNORECASE,
)
#: a person's name of two to four capitalised words (or in capitals) that starts a line, a
#: list's number before it, then a dash: the village after it is where they live
_LISTED_PERSON_DASH = re.compile(
    r"(?:^|\n)[ \t]*(?:\d{1,3}[.)][ \t]*|[-+*•][ \t]+)?"
    r"([A-Z][A-Za-z]*)(?:[ \t]+[A-Z][A-Za-z]*){1,3}[ \t]+[-–][ \t]*$"
)
#: the same in a list run on one line, each number after a colon or semicolon ("...: 1.
#: LƯƠNG THỊ BÍCH THỦY - THÔN ĐỒNG TÂM; 2. ..."), a full name of three words or four
_LISTED_PERSON_DASH_INLINE = re.compile(
    r"[:;][ \t]*\d{1,3}[.)][ \t]*"
    r"([A-Z][A-Za-z]*)(?:[ \t]+[A-Z][A-Za-z]*){2,3}[ \t]+[-–][ \t]*$"
)
#: the same in lower case (folded): "1. lò văn sấu - bản nà lừa"
_LISTED_PERSON_DASH_LC = re.compile(
    r"(?:^|\n)[ \t]*(?:\d{1,3}[.)][ \t]*|[-+*•][ \t]+)?"
    r"([a-z]+)(?:[ \t]+[a-z]+){1,3}[ \t]+[-–][ \t]*$"
)
#: the same run on one line, each number after a colon or semicolon (folded): "...: 1. lương
#: thị bích thủy - thôn đồng tâm; 2. ..."
_LISTED_PERSON_DASH_INLINE_LC = re.compile(
    r"[:;][ \t]*\d{1,3}[.)][ \t]*([a-z]+)(?:[ \t]+[a-z]+){2,3}[ \t]+[-–][ \t]*$"
)
#: a village's unit word and two words (folded)
_VILLAGE_TWO_WORDS = re.compile(r"([a-z]+)[ \t]+([a-z]+)[ \t]+([a-z]+)(?![a-z])")
#: what "bán" (sells) typed "ban" takes: goods, land, a house, a vehicle (folded)
_SOLD = frozenset(("hang", "dat", "nha", "xe", "do", "ruong", "vuon", "le", "buon", "lai", "cho"))
#: a bulleted line opening with a lower-case full name of three or four words, its second a
#: middle name, right before a village (folded): "- lò văn ính "
_LISTED_PERSON_LC = re.compile(
    r"(?:^|\n)[ \t]*[-+*•][ \t]+([a-z]+)[ \t]+([a-z]+)(?:[ \t]+[a-z]+){1,2}[ \t]+$"
)
#: an honorific, a lower-case name of two to four words and a comma, right before a village
#: (folded): "chị lò thị xiêng, bản hua nà."
_PERSON_COMMA_BEFORE_LC = re.compile(
    r"(?:^|[ \t('\"])(?:ong|ba|anh|chi|em|co|chu|bac)[ \t]+([a-z]+(?:'[a-z]+)?)"
    r"(?:[ \t]+[a-z]+(?:'[a-z]+)?){1,3}[ \t]*,[ \t]*$"
)


def _spelled_surnames_lc(doc: Document, at: int) -> bool:
    """Whether the lower-case word at ``at`` is a lexicon surname, spelled as one where the
    text has diacritics ("đội văn nghệ" opens with no "Đới")."""
    m = _WORD_APOS.match(doc.folded, at)
    if m is None or m.group(0) not in lexicons().surnames:
        return False
    written = doc.text[at : m.end()]
    return written.islower() and (written.isascii() or written in _spelled_surnames())


#: the writer naming themself in lower case right before ``start`` (folded): "tôi là lò văn
#: panh ", "toi ten mac van cuong, ", "em tên là quàng thị en "
_SELF_NAMED_LC = re.compile(
    r"(?:^|[^a-z])(?:toi|em|con|chau|minh)[ \t]+(?:la|ten(?:[ \t]+la)?)[ \t]+([a-z]+)"
    r"(?:[ \t]+[a-z]+){1,3}[ \t]*,?[ \t]*$"
)


#: the unit words of a house's number
_HOUSE_KEYS = frozenset(("so", "so nha", "nha so", "sn"))
#: "nhà" and up to four words (whose home: "nhà tôi", "nhà ông tống văn trường") right before
#: a house's number (folded)
_HOME_BEFORE_LC = re.compile(r"(?:^|[^a-z])nha(?:[ \t]+[a-z]+){0,4}[ \t]+$")


#: a list's item in lower case right before a village: the item opens its line or follows
#: ":", ";" or ",", a full name of three words or four, its second a middle name (folded):
#: "danh sách hỗ trợ: lường văn pựng ", ", hoàng văn khánh "
_LISTED_FULL_NAME_LC = re.compile(
    r"(?:^|\n|[:;,])[ \t]*(?:\d{1,3}[.)][ \t]*|[-+*•][ \t]+)?"
    # (a household by its head: "...: hộ ông cao đình bảo thôn trung xã cẩm lạc")
    r"(?:(?:ho[ \t]+)?(?:ong|ba)[ \t]+)?([a-z]+)[ \t]+([a-z]+)(?:[ \t]+[a-z]+){1,2}[ \t]+$"
)


def _listed_person_before(doc: Document, start: int) -> bool:
    """Whether a listed person's full name, led by a surname and with a middle name, stands
    right before ``start`` ("...: lường văn pựng bản nà lừu xã quỳnh nhai"): where that
    person lives, given with its commune."""
    m = _LISTED_FULL_NAME_LC.search(doc.folded, max(0, start - 60), start)
    return (
        m is not None and m.group(2) in lexicons().middles and _spelled_surnames_lc(doc, m.start(1))
    )


def _self_named_before(doc: Document, start: int) -> bool:
    """Whether the writer's own full name, led by a surname, stands right before ``start``."""
    m = _SELF_NAMED_LC.search(doc.folded, max(0, start - 60), start)
    return m is not None and _spelled_surnames_lc(doc, m.start(1))


#: a person's row in lower case right before a village or hamlet: the item opens its line
#: (after a row number or a bullet) or follows ":", ";" or ",", a full name of three words or
#: four, its second a middle name, then a birth year, set off by spaces, a comma, a dash or a
#: bracket (folded): "- lo thi xenh 1955 ", "...: lạc thi hảo 1959 ", ", kiều văn lưu 1944 ",
#: "1. ha van ngoan, 1948, "
#: (the items may run on one line, each numbered after the last one's village: "1. vi van
#: khoi 1972 ban chieng di xa moc chau son la 2. vi thi hien 1978 ban ...")
_LISTED_PERSON_YEAR_LC = re.compile(
    r"(?:(?:^|\n|[:;,])[ \t]*(?:\d{1,3}[.)][ \t]*|[-+*•][ \t]+)?|[ \t]\d{1,3}[.)][ \t]+)"
    r"([a-z]+)[ \t]+([a-z]+)"
    r"(?:[ \t]+[a-z]+){1,2}[ \t]*[,(\-–]?[ \t]*(?:19|20)\d\d[ \t]*[,)\-–]?[ \t]*$"
)


#: a bare year and the spaces after it, the whole text read (folded)
_BARE_YEAR_BEFORE = re.compile(r"(?:19|20)\d\d[ \t]+")


def _listed_with_year_lc(doc: Document, start: int) -> bool:
    """Whether a lower-case row of a list of people, a full name and a birth year, stands
    right before ``start`` ("- lo thi xenh 1955 ban cang", "lạc thi hảo 1959 thôn 3, kiều văn
    lưu 1944 thôn 1"): name, year, where the person lives, the household list's order. The
    name opens with a surname spelled as one and has a middle name ("1. văn nghệ 2019 thôn 3"
    has none)."""
    m = _LISTED_PERSON_YEAR_LC.search(doc.folded, max(0, start - 60), start)
    return (
        m is not None and m.group(2) in lexicons().middles and _spelled_surnames_lc(doc, m.start(1))
    )


def _listed_before_lc(doc: Document, start: int) -> str | None:
    """ "-" where a lower-case list of people and their villages or hamlets stands before
    ``start``: a full name opening a line or numbered after a colon or semicolon, then a dash
    ("1. lò văn sấu - bản nà lừa", "...: 1. lương thị bích thủy - thôn đồng tâm; 2. ...")."""
    lo = max(0, start - 60)
    listed = _LISTED_PERSON_DASH_LC.search(doc.folded, lo, start)
    if listed is None:
        listed = _LISTED_PERSON_DASH_INLINE_LC.search(doc.folded, lo, start)
    if listed is not None and _spelled_surnames_lc(doc, listed.start(1)):
        return "-"
    named = _VILLAGE_TWO_WORDS.match(doc.folded, start)
    if (
        named is not None
        and named.group(1) in _MINORITY_VILLAGES
        and named.group(2) not in _SOLD
        and named.group(3) not in _LC_END
        and named.group(3) not in _LC_NOT_NAME
    ):
        # "- lò văn ính bản pù ngua cai nghiện": a bulleted line, a full name with its middle
        # name, then the village with no dash, its name of two words (a minority village's
        # word: no "thôn", "xóm"; not "bán hàng rong", "bán đất cho" typed plain)
        bullet = _LISTED_PERSON_LC.search(doc.folded, lo, start)
        if bullet is None and doc.text[start : named.end(1)].lower() in _VILLAGE_SPELLED:
            # "danh sách: lường văn pựng bản nà lừu, hoàng văn khánh bản pá hốc": the same
            # items run on one line after ":", "," or ";", the village's word written with
            # its marks (no "bán" typed plain)
            bullet = _LISTED_PERSON_INLINE_LC.search(doc.folded, lo, start)
        if (
            bullet is not None
            and bullet.group(2) in lexicons().middles
            and _spelled_surnames_lc(doc, bullet.start(1))
        ):
            return "-"
    return None


#: minority villages' unit words as written with their marks ("bản", not "ban" nor "bán")
_VILLAGE_SPELLED = frozenset(("bản", "buôn", "plei", "làng", "sóc", "phum", "bon"))
#: an item of a lower-case list run on one line, after ":", ";" or ",": a full name of three
#: words or four, its second a middle name, right before a village (folded)
_LISTED_PERSON_INLINE_LC = re.compile(
    r"[:;,][ \t]*([a-z]+)[ \t]+([a-z]+)(?:[ \t]+[a-z]+){1,2}[ \t]+$"
)


#: minority villages' unit words, which no everyday sentence puts after a name and a comma
_MINORITY_VILLAGES = frozenset(("ban", "lang", "buon", "plei", "soc", "phum", "bon"))
#: the end of a component's line: punctuation or the line's end
_LINE_END = re.compile(r"[ \t]*(?:[,;.]|\r?\n|$)")
#: a list item's next field after a dash ("... - xóm 6 - sập hoàn toàn nhà ở - ...")
_FIELD_DASH = re.compile(r"[ \t]+[-–][ \t]+\S")
_HONORIFIC_LOWER = re.compile(r"(?:ong|ba|anh|chi|em|co|chu|bac|mr\.?|ms\.?|mrs\.?)$")


#: the everyday words of ``_VILLAGE_NOT`` whose marks hamlets' names also carry ("xóm Chợ",
#: "xóm Bến", "thôn Đình": not "cho", "ben", "dinh")
_VILLAGE_NOT_SPELLED = {"cho": "cho", "ben": "bên", "do": "đó", "nao": "nào", "kia": "kia"}


def _marked_name(doc: Document, start: int, end: int) -> bool:
    """Whether the capitalised word at ``start:end`` is written with marks its everyday
    reading has not ("Chợ" is no "cho")."""
    written = doc.text[start:end]
    everyday = _VILLAGE_NOT_SPELLED.get(doc.folded[start:end])
    return everyday is not None and written[:1].isupper() and written.lower() != everyday


@lru_cache(maxsize=1)
def _spelled_surnames() -> frozenset[str]:
    """The surnames of ``surnames.txt`` as spelled, in lower case."""
    return frozenset(w.lower() for w in data.lines("detectors/surnames.txt"))


#: a row of a list of households: the line opens with "hộ" and an honorific, the head's name
#: (any words: a Khmer name need not open with a surname), then a dash (folded, cased)
_HOUSEHOLD_DASH = re.compile(
    r"(?:^|\n)[ \t]*(?:\d{1,3}[.)][ \t]*|[-+*•][ \t]+)?(?i:ho)[ \t]+(?i:ong|ba|anh|chi|co)[ \t]+"
    r"[^\n\-–]{2,40}?[ \t]+[-–][ \t]*$"
)
#: what ends a household's hamlet in such a row: the line's end, punctuation, or the next
#: field after a dash (a phone)
_ROW_FIELD_END = re.compile(r"[ \t]*(?:[,;.]|\r?\n|$|[-–][ \t])")


def _household_row(cased: str, head: str, e: int) -> bool:
    """Whether a village right before ``e`` is the second field of a household's row ("HỘ ÔNG
    LÂM VĂN DẾN - ẤP CHÂU HƯNG - 0368 452 017"); a heading ("Hộ nghèo - thôn 3") has no
    honorific and name before the dash."""
    return _HOUSEHOLD_DASH.search(head) is not None and _ROW_FIELD_END.match(cased, e) is not None


def _alone_after_o(doc: Document, start: int, comp: _Link) -> bool:
    """A single village with a capitalised name or a number right after "ở" ("ông Thạch Sang
    ở sóc Tà Lọt", "ở thôn 5"), or after a person's name and a comma ("bà Hồ Thị Thu, thôn
    5"); a ward or district by its number right after "ở" ("nhà em ở quận 3", "ở p12")."""
    cased = doc.folded_cased
    s, e, _, key = comp
    unit = cased[s:e].split()[0].lower() if cased[s:e].split() else ""
    name = cased[s + len(unit) : e].strip(" \t.")
    if not name:
        return False
    if key in _ALONE_VILLAGE_UNITS:
        first = name.split()[0]
        if not (first[0].isupper() or first.isdigit()):
            return False  # lower case: ``_lone_village`` reads it
        if len(name.split()) == 1 and (
            first.lower() in _LONE_VILLAGE_NOT
            or (first.lower() in _VILLAGE_NOT and not _marked_name(doc, e - len(first), e))
        ):
            return False  # "ở bản Sao": one word that makes a phrase with the unit word
        if _word_before(cased, s) == "o":
            if cased[max(0, s - 7) : s].lower().endswith(("dat o ", "dat o\t")):
                return False  # "2 khu đất ở thôn Cựu Điện": residential land (đất ở), a plot's
                # place, no one said to live there
            return not first.isdigit() or _someone_before_o(cased, s)
        head = cased[max(0, s - 60) : s]
        listed = _LISTED_PERSON_DASH.search(head)
        if listed is None:
            inline = _LISTED_PERSON_DASH_INLINE.search(head)
            if inline is not None:
                at = max(0, s - 60) + inline.start(1)
                written = doc.text[at : at + len(inline.group(1))].lower()
                if written in _spelled_surnames() or (
                    # typed without diacritics: a list in capitals
                    written.isascii() and inline.group(0).isupper()
                ):
                    listed = inline  # "Đội Văn Nghệ - Thôn 3": "Đội" is no "Đới"
        if (
            listed is not None
            and (_LINE_END.match(cased, e) is not None or _FIELD_DASH.match(cased, e) is not None)
            and listed.group(1).lower() in lexicons().surnames
        ):
            # "1. LÒ VĂN X - BẢN HUỔI MẸT": a list of people and their villages, the village
            # the last field or one of several ("1. Cao Xuân Lộc - xóm 6 - sập nhà - ...")
            return True
        if (
            listed is None
            and first.isdigit()
            and (_LINE_END.match(cased, e) is not None or _FIELD_DASH.match(cased, e) is not None)
        ):
            # "1. nguyễn văn thắm - xóm 1": the same list in lower case, a full name of three
            # words or four led by a surname (not "1. văn nghệ - thôn 3"), the hamlet the last
            # field or one of several ("2. ho thi man - xom 6 - toc mai - 10.000.000d")
            lc = _LISTED_PERSON_DASH_LC.search(doc.folded, max(0, s - 60), s)
            if (
                lc is not None
                and len(doc.folded[lc.start(1) : lc.end()].rstrip(" \t-–").split()) >= 3
                and _spelled_surnames_lc(doc, lc.start(1))
            ):
                return True
        if (
            first.isdigit()
            and (_LINE_END.match(cased, e) is not None or _FIELD_DASH.match(cased, e) is not None)
            and _listed_with_year_lc(doc, s)
        ):
            # "lạc thi hảo 1959 thôn 3, kiều văn lưu 1944 thôn 1": a listed person's name and
            # birth year, then the hamlet by its number, the row's field
            return True
        if (
            first.isdigit() or (key in _MINORITY_VILLAGES and _LINE_END.match(cased, e) is not None)
        ) and (m := _PERSON_COMMA_BEFORE.search(head)) is not None:
            # "bà Hồ Thị Thu, thôn 5"; "chị Lò Thị Xiêng, bản Hua Nà.": a village by its name
            # (bản, làng, buôn ...: no everyday word), the clause ending with it
            honorific = m.group(0).strip(" \t(").split()[0]
            return _HONORIFIC_LOWER.fullmatch(honorific) is not None
        # "HỘ BÀ THỊ SÀ RÔNG - ẤP CHÂU HƯNG - 0368 ...": a household's hamlet
        return " - " in head and _household_row(cased, head, e)
    if unit.rstrip(".") in _ALONE_NUMBERED_UNITS or key in ("quan", "phuong"):
        if _ALONE_NUMBER.fullmatch(cased, s + len(unit), e) is None:
            return False
        return _word_before(cased, s) == "o" and _someone_before_o(cased, s)
    return _group_after_o(doc, start, comp)


def _group_after_o(doc: Document, start: int, comp: _Link) -> bool:
    """Whether ``comp`` is a residents' group by its number alone right after who lives there
    and "ở" ("anh quý ở tổ 12 mai 8h lên phường", "bà lan ở tdp 3"); not a car typed plain
    ("ô tô 16 chỗ", "ngồi o to 7 cho"), nor a count ("tổ 3 người")."""
    cased = doc.folded_cased
    s, e, _, key = comp
    if key not in _ALONE_GROUPS or _word_before(cased, s) != "o":
        return False
    unit = cased[s:e].split()[0].lower() if cased[s:e].split() else ""
    return (
        _ALONE_NUMBER.fullmatch(cased, s + len(unit), e) is not None
        and _someone_before_o(cased, s)
        and doc.text[s - 2 : s + 2].lower() not in ("ô tô", "ô-tô")
        and _CAR_SEATS_AFTER.match(doc.folded, e) is None
    )


#: a residents' group's words, which with a number alone right after "ở" name where someone
#: lives ("ở tổ 12", "o tdp 3")
_ALONE_GROUPS = frozenset(("to", "to dan pho", "tdp"))
#: what a car's number of seats or its load is followed by: "ô tô 16 chỗ", "o to 5 tan"
_CAR_SEATS_AFTER = re.compile(r"[ \t]+(?:cho|ghe|tan|chiec|cai|xe|doi|nguoi)(?![a-z])")


#: who lives somewhere, right before "ở": a pronoun, a kin word, an honorific, "nhà", "sống"
_LIVES = frozenset(
    ("nha", "em", "toi", "minh", "anh", "chi", "ong", "ba", "co", "chu", "bac", "no", "ho",
     "song", "dang", "hien", "con", "chau", "vo", "chong", "me", "bo", "cu", "di", "ay",
     # "trú ở xóm 9", "quê ở thôn 3": where one resides or comes from
     "tru", "que",
     # chat's short forms: "e ở xóm 4" (em), "a", "c" (anh, chị), "vk", "ck" (vợ, chồng)
     "e", "a", "c", "vk", "ck")
)  # fmt: skip


#: a birth year after its cue right before "ở" (folded_cased): "sn 1979 ở", "ns: 1990, o"
_BIRTH_YEAR_BEFORE_O = re.compile(
    r"(?<![A-Za-z])(?:[Ss][Nn]|[Nn][Ss]|sinh[ \t]+nam|nam[ \t]+sinh)[ \t]*:?[ \t]*(?:19|20)\d\d"
    r"[ \t]*,?[ \t]*[Oo][ \t]+$"
)


#: honorifics before a lower-case given name (folded), with chat's short and familiar forms
#: ("a hùng", "c lan", "thg hai", "thằng tèo", "con mai")
_HONORIFICS_LOWER = frozenset(
    ("ong", "ba", "anh", "chi", "co", "chu", "bac", "cu", "di", "thim", "a", "c", "thg", "thang",
     "con")
)  # fmt: skip


def _someone_before_o(cased: str, s: int) -> bool:
    """Whether the word before the "ở" that ends right before ``s`` names who lives there: a
    pronoun, a kin word, "nhà", "sống" ("nhà em ở quận 3", "ông Tám ở thôn 7"), or a
    capitalised name; not an errand ("đi chợ mua rau ở phường 5")."""
    head = cased[max(0, s - 40) : s].split()
    if len(head) < 2:
        return False
    word = head[-2].rstrip(",.;:)")
    if word.lower() in _LIVES or (word[:1].isupper() and word[1:].islower()):
        return True
    if _BIRTH_YEAR_BEFORE_O.search(cased, max(0, s - 24), s) is not None:
        return True  # "phan thi my le sn 1979 o thon 2": the one born that year lives there
    # chat in lower case: an honorific and a given name ("bà nhàn ở xóm 9", "ông tám ở thôn
    # 7"); not an errand's words ("mua ba cái ở phường 5": "cái" is no given name)
    if (
        len(head) >= 3
        and word.islower()
        and head[-3] in _HONORIFICS_LOWER
        and word in lexicons().givens
    ):
        return True
    if (
        len(head) >= 4
        and head[-3] in ("van", "thi")
        and head[-4] in lexicons().surnames
        and word in lexicons().givens
        and " ".join(head[-4:-1]) == " ".join(head[-4:-1]).lower()
    ):
        return True  # "c lam thi hoa o thon khuoi phat": a full name, "Văn" or "Thị" inside
    return _honorific_and_name_before_o(head)


#: the most words of a name between an honorific and "ở" (a surname, two middle names, the
#: given name; or a birth-order word and the given name)
_NAME_BEFORE_O_WORDS = 4


def _honorific_and_name_before_o(head: list[str]) -> bool:
    """Whether an honorific and a lower-case name of two to four words stand right before
    "ở" (the last of ``head``): a full name ("cụ tăng thị lụa ở thôn đồng vỡ") or a birth-
    order word and a given name ("ông tư hùng ở xóm giữa"), each word a lexicon name word
    (or an ordinal), the last a given name: who lives there."""
    lex = lexicons()
    words = [w.rstrip(",.;:)") for w in head[:-1]]
    for n in range(2, _NAME_BEFORE_O_WORDS + 1):
        if len(words) <= n:
            return False
        name = [fold_word(w) for w in words[-n:]]
        if (
            not all(w.islower() for w in words[-n:])
            or name[-1] not in lex.givens
            or (words[-1].isascii() and name[-1] in _PLAIN_ADVERBS)
        ):
            continue  # "con ong dau cung o xom 3": "cũng" (also), typed plain, no "Cung"
        inner = name[:-1]
        if fold_word(words[-n - 1]) in _HONORIFICS_LOWER and all(
            w in lex.surnames or w in lex.middles or w in lex.givens or w in _ORDINAL_WORDS
            for w in inner
        ):
            return True
    return False


#: adverbs that typed without diacritics spell given names, right before "ở" ("cũng",
#: "vẫn", "đều", "đã", "còn", "mới", "hay"): the sentence goes on, no name ends there
_PLAIN_ADVERBS = frozenset(("cung", "van", "deu", "da", "con", "moi", "hay", "dang", "thi"))
#: birth-order words that stand before a given name in the South ("ông tư hùng"), folded
_ORDINAL_WORDS = frozenset(("hai", "ba", "tu", "nam", "sau", "bay", "tam", "chin", "muoi", "ut"))


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
#: a housing estate's unit word in lower case and a name of one to four words before a comma
_LC_ESTATE = re.compile(
    r"(?:kdt|khu do thi|chung cu|toa nha)[ \t]+[a-z0-9]+(?:[ \t]+[a-z0-9]+){0,3}(?=[ \t]*,)"
)


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


#: "ở q1", "o p12 q3": a ward or district by its letter glued to its number right after "ở"
#: (on the folded view; a number that goes on, a decimal or a unit after it is something else:
#: "q1 2024", "p12.5", "q1 năm"). The literal "o" comes first and its left boundary is a
#: look-behind after it: the engine then skips to each "o" in C, where a look-behind in front
#: made it try every position (a 200 KB text took 15 ms instead of 0.4)
_GLUED_AFTER_O = re.compile(
    r"o(?<![a-z0-9]o)[ \t]+([pq](?:[1-9]|[12][0-9])(?:[ \t,]+[pq](?:[1-9]|[12][0-9]))?)"
    r"(?![\w./%]|[ \t]+(?:nam|va|den|toi|hoac)\b|[ \t]*[-/]?[ \t]*\d)"
)
#: what may close an address after its district: a dash, a full stop, a line's or text's end
_DISTRICT_LAST = re.compile(r"[ \t]*(?:[-–—.;)\"]|\r?\n|$)")
#: "p", "q", "x" without their dot, inside a chain: a number glued or after a space
#: ("p12", "q 3"), or a lower-case name after a space ("p xuan khanh")
_BARE_ABBREVIATED = re.compile(r"([pqx])(?:[ \t]*(\d{1,2})(?![\w/.,]\d|[\w/])|[ \t]+(?=[a-z]))")
_BARE_ABBREVIATIONS = {"p": "phuong", "q": "quan", "x": "xa"}
#: a ward's or commune's bare letter before a capitalised name, inside a chain ("kp 4 p Tan
#: Mai"): the letter alone, then a capital
_BARE_BEFORE_CAPITAL = re.compile(r"[px][ \t]+(?=[A-Z])")


def _bare_ward_capitalised(doc: Document, at: int, level: int) -> int | None:
    """The end of a ward or commune by its bare letter and a capitalised name of one to three
    words at ``at`` inside a chain whose last component lies below a ward ("kp 4 p Tan Mai"),
    or None: the name no unit word, a higher unit or a known place after it ("doi 15 p Nam
    nhe" is minutes: nothing after)."""
    cased = doc.folded_cased
    if level >= 1:
        return None
    m = _BARE_BEFORE_CAPITAL.match(cased, at)
    if m is None:
        return None
    cap = _NAME_AFTER.match(cased, m.end())
    if cap is None or "\n" in cased[m.end() : cap.start(1)]:
        return None
    words = cap.group(1).split()
    if not 1 <= len(words) <= 3 or _is_unit_word(words[0]):
        return None
    if not all(w[:1].isupper() for w in words) or not _ward_then_higher(doc, cap.end(1), "phuong"):
        return None
    return cap.end(1)


#: a residents' group's, a quarter's or a hamlet's words by their number, which a ward or a
#: commune by its bare letter may close in chat ("tổ 3 kp 2 p tân hiệp nhé")
_QUARTERS = frozenset(
    ("to", "to dan pho", "tdp", "khu pho", "kp", "khom", "xom", "thon", "ap", "khu vuc", "doi")
)


def _ward_ends_quarters(doc: Document, comps: list[_Link], at: int, end: int) -> bool:
    """Whether the lower-case name from ``at`` to ``end``, after a ward's or commune's bare
    letter, closes a chain of groups, quarters or hamlets by their numbers ("tổ 3 kp 2 p tân
    hiệp nhé", "xóm 4 x nghi lộc."): two or three words of a place's syllables, then the
    sentence's end or chat's word ("đợi 15 p nữa", "tổ 3 p nam nhé" stay minutes)."""
    folded = doc.folded
    words = folded[at:end].split()
    return (
        2 <= len(words) <= 3
        and all(k in _QUARTERS for _, _, _, k in comps)
        and all(_DIGIT.search(folded, s, e) is not None for s, e, _, _ in comps)
        and not any(w in _LC_END or w in _LC_NOT_NAME for w in words)
        and all(
            is_vietnamese_syllable(doc.text[m.start() : m.end()])
            for m in _NON_SPACE.finditer(doc.text, at, end)
        )
        and (
            _HOUSE_STREET_END.match(folded, end) is not None
            or (
                (nxt := _NEXT_WORD_OR_COMMA.match(folded, end)) is not None
                and (
                    nxt.group(1) in _STREET_TAIL_NOT
                    or (nxt.group(1) in _DAY_WORDS and "," in nxt.group(0))
                )
            )
        )
    )


def _ward_then_higher(doc: Document, end: int, short: str) -> bool:
    """Whether a unit above ``short`` follows the name ending at ``end``: a component, a known
    place, or a district by its bare letter and number ("p long bình q9 tphcm")."""
    cased = doc.folded_cased
    sep = _SEP.match(cased, end)
    if sep is None:
        return False
    after = sep.end()
    if (
        _component_at(doc, after, short) is not None
        or _known_at(doc.folded, after, _lc_bare()) is not None
    ):
        return True
    ab = _BARE_ABBREVIATED.match(cased, after)
    return (
        ab is not None
        and ab.group(2) is not None
        and _UNITS[_BARE_ABBREVIATIONS[ab.group(1)]] > _UNITS[short]
    )


#: chat's ward or commune by its bare letter after "ở" or a quarter glued to its number ("ở
#: p long bình q9", "kp3 p long binh q9 tphcm"), on the folded view
_BARE_WARD_START = re.compile(
    r"(?<![a-z0-9])(?:o|tai|tru)[ \t]+([px])[ \t]+(?=[a-z])"
    r"|(?<![a-z0-9])(?:kp|tdp)\d{1,3}[ \t]*,?[ \t]*([px])[ \t]+(?=[a-z])"
)


#: the letter alone between spaces or tabs that every match of ``_BARE_WARD_START``'s first
#: branch holds ("o p long binh"); its second branch holds "kp" or "tdp"
_LONE_WARD_LETTERS = (" p ", " x ")
_LONE_WARD_LETTERS_TAB = (" p\t", "\tp ", "\tp\t", " x\t", "\tx ", "\tx\t")


def _bare_ward_possible(folded: str) -> bool:
    """Whether ``_BARE_WARD_START`` may match in ``folded``: a few substring tests, where the
    pattern (three alternatives behind a look-behind, tried at every position) scanned 200 KB
    of prose in 40 ms for nothing."""
    return (
        holds_any(folded, _LONE_WARD_LETTERS)
        or "kp" in folded
        or "tdp" in folded
        or ("\t" in folded and holds_any(folded, _LONE_WARD_LETTERS_TAB))
    )


def _street_may_start(cased: str, s: int) -> bool:
    """Whether a house number and street may start at ``s``: at the start, after a line break
    or punctuation, or after a residence cue's last word ("tại", "ở", "chỉ")."""
    head = cased[max(0, s - 24) : s].rstrip(" \t")
    if not head or head[-1] in _STREET_AFTER_PUNCT:
        return True
    w = _WORD_BEFORE.search(head)
    return w is not None and w.group(1).lower() in _STREET_AFTER_WORD


#: "phó" and an office typed without diacritics, which reads as "phố" and a street
_DEPUTY = re.compile(
    r"pho[ \t]+(?:chu[ \t]+(?:tich|nhiem)|giam[ \t]+doc|thu[ \t]+(?:truong|tuong)|bi[ \t]+thu"
    r"|tong[ \t]+(?:giam|bi|cuc)|chanh[ \t]+(?:an|van|thanh)|hieu[ \t]+truong"
    r"|(?:vien|cuc|doi)[ \t]+truong|tu[ \t]+lenh|truong[ \t]+(?:phong|ban|khoa|tram|doan)"
    r"|ban[ \t]+(?:chi|quan|tiep|dan|to))(?![a-z])"
)
#: unit words that are surnames too: "Bàn" (Dao), "Đường", "Quan", "Lăng", "Xa" (Thái)
_SURNAME_UNITS = frozenset(("ban", "duong", "quan", "lang", "xa"))
#: what stands before a person's full name in a sentence: an honorific, "và", "với"
_BEFORE_PERSON = frozenset(
    ("ong", "ba", "anh", "chi", "em", "co", "chu", "bac", "cu", "va", "voi", "cung", "ten", "la")
)


#: a capitalised middle name "Văn" or "Thị" after a capitalised word, one space before a unit
#: word: the unit word is the person's given name
_MIDDLE_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z][a-z]*[ \t](?:Van|Thi|VAN|THI) $")


#: the same in lower case (folded): a surname and "văn" / "thị" (spelled so, asked after)
_MIDDLE_BEFORE_LC = re.compile(r"(?<![a-z])([a-z]+)[ \t](van|thi) $")


def _surname(doc: Document, comp: _Component) -> bool:
    """Whether a capitalised unit word starts a person's name, not a place: a surname that is
    a unit word too, then "Văn" or "Thị" and a capitalised given name, after an honorific or
    "và" ("ông Đường Văn Cẩn, tdp 4, ...", "Triệu Phúc Lìn và Bàn Thị Mây, thôn ...", and the
    same typed without diacritics: "Ban Thi May"). "đường Văn Cao" after "ở" stays a street."""
    cased = doc.folded_cased
    s = comp[0]
    if (
        comp[4] in _NAME_UNITS
        and cased[s : s + 1].isupper()
        and _MIDDLE_BEFORE.search(cased, max(0, s - 24), s)
    ):
        return True  # "Kim Thị Sóc Khiêm", "Lò Văn Bản": a given name after the middle name
    if comp[4] in _NAME_UNITS and cased[s : s + 1].islower():
        lc = _MIDDLE_BEFORE_LC.search(doc.folded, max(0, s - 24), s)
        if (
            lc is not None
            and (
                doc.text[lc.start(2) : lc.end(2)] in ("thị", "văn")
                # typed without diacritics, the surname too: "kim thi soc khiem, soc ..."
                or doc.text[lc.start(1) : s].isascii()
            )
            and _spelled_surnames_lc(doc, lc.start(1))
        ):
            return True  # "vợ là kim thị sóc khiêm, sóc bưng cốc, ...": the same in lower case
    if comp[4] not in _SURNAME_UNITS or not cased[s : s + 1].isupper():
        return False
    words = comp[3].split()
    if len(words) < 2 or words[0] not in ("Van", "Thi") or not words[1][:1].isupper():
        return False
    return _word_before(cased, s) in _BEFORE_PERSON


_NON_SPACE = re.compile(r"\S+")
#: a lane's word and number, then the first letter of its street's name (folded)
_LANE_NUMBER = re.compile(r"[a-z]+\.?[ \t]*(\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?){0,3})[ \t]+(?=[a-z])")


def _lane_then_street(doc: Document, comp: _Link, cued: bool = False) -> list[_Link] | None:
    """A lane read with its street ("kiệt 18 Nguyễn Chí Thanh", "ngõ 190 lò đúc") as two
    links, the lane by its number and the street by its name (an address's two parts, like
    "số 61 lê văn sỹ"), where someone lives or is found there (a residence cue, "ở", "tại"):
    the street has two words or more, all capitalised or all in lower case (the lower-case
    name was vetted when the lane's component was read)."""
    start, end, _, key = comp
    lane = _LANE_NUMBER.match(doc.folded, start, end)
    if lane is None:
        return None
    name = doc.folded_cased[lane.end() : end]
    found = list(_NON_SPACE.finditer(doc.folded_cased, lane.end(), end))
    words = [w.group() for w in found]
    if name == name.lower() and _figure(words):
        pass  # "ngõ 1 nguyễn đình thi", "hẻm 1/1 nam kỳ khởi nghĩa": a figure's or an event's
    elif name == name.lower():
        while words and words[-1] in _LC_END:
            words.pop()  # "ở hẻm 42 trần văn giàu nhé": chat's last word, no name's
        if len(words) < 2 or not (
            _lane_named(words)
            or _named_street(words, shortest=2)
            or words[0] in _STREET_FIRST
            # ("ngõ 5 lý thường kiệt,": the name the lane's component read, no chat's word)
            or (
                words[0] not in _LC_END
                and words[0] not in _LC_NOT_NAME
                and words[0] not in _COUNTERS
                and words[0] not in _UNITS
                and not any(w in _LC_END and not _middle_thi(words, i) for i, w in enumerate(words))
            )
        ):
            # "kiệt 40 chi lăng sang phản ánh": a figure's or a battle's name, then chat's
            # words; "ở ngõ 5 lê rồi": chat's words, no street's name
            figure = next((k for k in range(len(words), 1, -1) if _figure(words[:k])), 0)
            if not figure:
                return None
            words = words[:figure]
        end = found[len(words) - 1].end()
    elif len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    if (
        not cued
        and _RESIDENCE.before(doc, start, 40) is None
        and _word_before(doc.folded, start) != "tai"
    ):
        return None  # (``cued``: the chain the lane ends was judged an address already)
    return [(start, lane.end(1), 0, key), (lane.end(), end, 0, None)]


#: estates by their name, which locate a flat without a ward ("khu đô thị văn khê")
_NAMED_ESTATES = frozenset(("khu do thi", "kdt", "chung cu", "khu tap the", "tap the", "toa nha"))
#: "ở" or "tại" right before a flat's chain, or before its room's code ("ở p1203 tòa ...")
_FLAT_AFTER_O = re.compile(r"(?<![a-z])(?:o|tai|tru)[ \t]+(?:p\.?[ \t]*\d{1,4}[ \t]+)?$")


def _house_in_group(keys: list[str | None]) -> bool:
    """Whether a chain of numbers is a house's ("Sn 88 tổ 3", "số nhà 12, tổ 5"): a house's
    own word ("Sn", "số nhà") first, then a residents' group or a team by its number."""
    return len(keys) >= 2 and keys[0] in ("sn", "so nha") and keys[1] in ("to", "doi")


def _word_before(cased: str, pos: int) -> str:
    """The word right before ``pos``, lower case ("" if none)."""
    words = cased[max(0, pos - 16) : pos].split()
    return words[-1].lower() if words else ""


#: unit words of several words that no phrase holds
_PLAIN_UNITS = frozenset(
    ("to dan pho", "khu pho", "khu dan cu", "khu tap the", "plei", "nong truong", "lam truong",
     "khu tai dinh cu")
)  # fmt: skip
#: minority villages' unit words that are everyday words without their marks ("buồn", "bọn")
_MARKED_UNITS = {"buon": "buôn", "soc": "sóc", "phum": "phum"}


def _named_unit(doc: Document, start: int, key: str | None) -> bool:
    """Whether the unit word at ``start`` (key ``key``) can be nothing but a unit word."""
    if key in _PLAIN_UNITS:
        return True
    spelled = _MARKED_UNITS.get(key or "")
    return spelled is not None and doc.text[start : start + len(spelled)].lower() == spelled


#: residents' groups by their number, and the quarters or hamlets named after them ("tổ 7
#: khu phố hòa lân", "tổ 3 ấp bình thạnh"; a hamlet's team: "đội 5 thôn bái dương")
_NUMBERED_GROUPS = frozenset(("to", "to dan pho", "tdp", "to dan pho so", "doi"))
_NAMED_QUARTERS = frozenset(("khu pho", "kp", "ap", "thon", "xom", "khom", "khu vuc", "khoi"))


def _person_comma_before(doc: Document, start: int) -> bool:
    """Whether an honorific, a lower-case person's name and a comma stand right before
    ``start``, the name led by a surname, a minority clan name or a name's prefix ("chị lò thị
    xiêng, ", "chi h'nhoi bya, ")."""
    m = _PERSON_COMMA_BEFORE_LC.search(doc.folded, max(0, start - 60), start)
    if m is None:
        return False
    first = m.group(1)
    minority = minority_lexicon()
    head = first.split("'")[0]
    return (
        _spelled_surnames_lc(doc, m.start(1))
        or head in minority.prefixes
        or f"{head}'" in minority.prefixes
        or any(c.split(" ")[0] == first for c in minority.clans)
    )


#: a residents' group or a street by its number, after a house's number (folded keys)
_HOUSE_GROUPS = frozenset(("to", "to dan pho", "tdp", "duong so", "duong"))
#: a house's number right before a component (folded)
_HOUSE_RIGHT_BEFORE = re.compile(r"(?<![\w/.,])\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?)?[ \t]+$")


def _lower_case_shape(doc: Document, comps: list[_Link], known: bool) -> bool:
    """A chain with names in lower case ("ở xóm 3 xã nghi phong huyện nghi lộc tỉnh nghệ an",
    "o so 5 ngo 12 pho hue ha noi") is an address when it runs from the house to the province
    (levels never go back) and has a number, a known province or place, or three links."""
    levels = [level for _, _, level, _ in comps]
    if any(a > b for a, b in itertools.pairwise(levels)):
        return False
    if known:
        return True
    if (
        len(comps) >= 2
        and doc.folded[comps[0][0] : comps[0][0] + 6].split()[:1] in _VILLAGE_WORD_LISTS
        and levels[-1] >= 1
        and (
            _word_before(doc.folded, comps[0][0]) in ("o", "tai", "que", "tru")
            or _LABEL_COLON_BEFORE.search(doc.folded, max(0, comps[0][0] - 50), comps[0][0])
            is not None
        )
    ):
        # "ở làng chư mố, xã ia pa": a village and its commune where one lives; after an
        # address's label and its colon ("địa chỉ nhà kim sa phon: sóc tra set xã vĩnh hải")
        return True
    first = comps[0]
    if len(comps) >= 2 and levels[-1] >= 1 and _named_unit(doc, first[0], first[3]):
        # "tổ dân phố đoàn kết, phường dương nội", "buôn tơng jú, xã ea kao": a unit word no
        # everyday word reads as (with its marks: "buồn" is no "buôn"), then the commune
        return True
    if (
        len(comps) >= 2
        and (first[3] in _NUMBERED_GROUPS or first[3] in _LANES or first[3] == "lo")
        and _DIGIT.search(doc.folded, first[0], first[1]) is not None
        and (comps[1][3] in _NAMED_QUARTERS or (first[3] == "lo" and comps[1][3] in _URBAN_AREAS))
        and _word_before(doc.folded, first[0]) in ("o", "tai", "que", "tru")
    ):
        # "ở tổ 7 khu phố hòa lân,": a residents' group by its number, its quarter; "nhà ở
        # ngõ 3 xóm chùa": a lane by its number in a hamlet by its name; "ở lô 5 khu dân cư
        # bắc sông cầu": a lot by its number in an urban area by its name
        return True
    if (
        len(comps) >= 2
        and first[3] in _HOUSE_KEYS
        and _DIGIT.search(doc.folded, first[0], first[1]) is not None
        and all(
            k in _NUMBERED_GROUPS or k in _LANES or k in _HOUSE_GROUPS for _, _, _, k in comps[1:-1]
        )
        and (comps[-1][3] in _NAMED_QUARTERS or comps[-1][3] in _URBAN_AREAS)
        and _DIGIT.search(doc.folded, comps[-1][0], comps[-1][1]) is None
        and _word_before(doc.folded, first[0]) in ("o", "tai", "que", "tru")
    ):
        # "ở số 3 đường số 12 khu dân cư hồng loan": a house's number, its numbered street,
        # then the urban area or hamlet by its name
        return True
    if (
        len(comps) >= 3
        and first[3] in _NUMBERED_FLATS
        and _DIGIT.search(doc.folded, first[0], first[1]) is not None
        and all(k in _NAMED_ESTATES for _, _, _, k in comps[1:-1])
        and levels[-1] == 1
    ):
        return True  # "căn hộ A2-1105 chung cư sky garden phường tân mỹ": flat, estate, ward
    if (
        len(comps) == 2
        and first[3] in _HOUSE_GROUPS
        and _DIGIT.search(doc.folded, first[0], first[1]) is not None
        and comps[1][3] in _NAMED_QUARTERS
        and _DIGIT.search(doc.folded, comps[1][0], comps[1][1]) is None
        and (house := _HOUSE_RIGHT_BEFORE.search(doc.folded, max(0, first[0] - 12), first[0]))
        is not None
        and _RESIDENCE.near_before(doc, house.start(), 30) is not None
    ):
        # "địa chỉ bà 17 tổ 5 ấp bình an", "địa chỉ ông 42 đường số 3 ấp phú hòa": a house's
        # number, its group or numbered street, then the hamlet by its name, after a residence
        # cue
        return True
    if (
        len(comps) == 2
        and first[3] in _HAMLET_UNITS
        and _DIGIT.search(doc.folded, first[0], first[1]) is not None
        and comps[1][3] in _HAMLET_UNITS
        and comps[1][3] != first[3]
        and _DIGIT.search(doc.folded, comps[1][0], comps[1][1]) is None
        and _word_before(doc.folded, first[0]) in ("o", "tai", "que", "tru")
    ):
        return True  # "ở xóm 3 thôn làng cói": a numbered hamlet inside a named one
    if (
        len(comps) >= 2
        and comps[-1][3] in _NAMED_ESTATES
        and all(k in _PREMISES for _, _, _, k in comps[:-1])
        and _DIGIT.search(doc.folded, first[0], comps[-1][0]) is not None
        and _FLAT_AFTER_O.search(doc.folded, max(0, first[0] - 16), first[0]) is not None
    ):
        # "ở p1203 tòa ct2 khu đô thị văn khê", "ở căn 1208 tòa b2 chung cư the sun": a flat
        # by its number in a block of a named estate, where one lives (no ward typed)
        return True
    if (
        len(comps) >= 2
        and first[3] in _KIOSKS
        and comps[1][3] == "cho"
        and _DIGIT.search(doc.folded, first[0], first[1]) is not None
    ):
        return True  # "ki-ốt 14 chợ bến thủy": a stall by its number in a market by its name
    if (
        len(comps) >= 2
        and levels[-1] >= 1
        and levels[1] >= 1
        and "," in doc.folded[first[1] : comps[1][0]]
        and (
            # "thôn lộc điền, xã phú lộc", "địa điểm: ấp ba trạch, xã tập sơn": a hamlet (a
            # word chat has no other use for, but "hàng xóm"), a comma, then its commune
            (first[3] in _HAMLET_UNITS and _word_before(doc.folded, first[0]) != "hang")
            # "chị h'nhoi bya, buôn tơng jú, xã ea kao": a village after a person and a comma
            or (first[3] in _MINORITY_VILLAGES and _person_comma_before(doc, first[0]))
        )
    ):
        return True
    if (
        len(comps) >= 2
        and levels[-1] >= 1
        and (first[3] in _HAMLET_UNITS or first[3] in _MINORITY_VILLAGES)
        and (_self_named_before(doc, first[0]) or _listed_person_before(doc, first[0]))
    ):
        # "tôi là lò văn panh bản nà hằng xã mường lum", "toi ten mac van cuong thon hop nhat
        # xa dai dong": who writes, by full name, then the village and its commune
        return True
    if (
        len(comps) == 2
        and first[3] in _HOUSE_KEYS
        and comps[1][3] in _HAMLET_UNITS
        and _DIGIT.search(doc.folded, first[0], first[1]) is not None
        and _HOME_BEFORE_LC.search(doc.folded, max(0, first[0] - 40), first[0]) is not None
    ):
        # "nhà tôi số 5 xóm mới", "nhà ông tống văn trường số 3 xóm mới": a home, its number
        # and the hamlet it stands in (a hamlet has no streets: the number is the house's)
        return True
    if levels[-1] >= 1 and _village_after_age(doc, comps):
        return True  # "quàng văn pản, 54 tuổi, bản pá sang, xã chiềng cơi": after an age
    if _hamlet_then_commune(doc, comps):
        return True  # "nha thon ha xa tien thanh, ...": a hamlet, right after it its commune
    if max(levels) < 1:
        return False  # "bản giấy gửi về phòng 208": no commune, district or province
    admin = [level for level in levels if level >= 1]
    if len(comps) >= 3 and len(set(admin)) >= 2:
        return True  # "xã nghi phong huyện nghi lộc ...": two levels of administration
    folded = doc.folded
    return any(
        _DIGIT.search(folded, s, e) is not None for s, e, _, key in comps if key not in _INNER
    )


#: an address's label ("địa chỉ", "đ/c", "dc"), whose house it names, then a colon, right
#: before (folded): "địa chỉ:", "dia chi nha kim sa phon:", "dc cua chu ba:"
_LABEL_COLON_BEFORE = re.compile(
    r"(?<![a-z])(?:dia[ \t]+chi|dc|d/c)(?:[ \t]+(?:nha|cua|o)(?:[ \t]+[a-z]+){0,4})?[ \t]*:[ \t]*$"
)
#: hamlets' unit words that chat has no other use for (not "bản": "bạn", "bán")
_PLAIN_HAMLETS = _HAMLET_UNITS | frozenset(("buon", "plei", "phum"))
#: what may follow a chain's last name: punctuation, a bracket, the line's or the text's end
_CHAIN_END = re.compile(r"[ \t]*(?:[,;.:!?()]|\r?\n|$)")


def _hamlet_then_commune(doc: Document, comps: list[_Link]) -> bool:
    """A hamlet by its name and, right after it with no comma, its commune by a name of two
    words or more, where the chain ends at punctuation or the line's end: "nhà thôn hà xã
    tiên thanh, bà bị đau lưng", "thon dong moi xa luong son (hb cu)". Chat drops the comma
    and the "ở" before them; two unit words that chat has no other use for ("thôn", "xóm",
    "ấp", "buôn"; not "bản", also "bạn") and a commune named as communes are vouch for the
    pair."""
    if len(comps) != 2:
        return False
    (s1, e1, _, key1), (s2, e2, level2, key2) = comps
    folded = doc.folded
    if key1 not in _PLAIN_HAMLETS or key2 != "xa" or level2 != 1 or folded[e1:s2].strip():
        return False
    hamlet = folded[s1:e1].split()[1:]
    commune = folded[s2:e2].split()[1:]
    return (
        bool(hamlet)
        and 2 <= len(commune) <= 3
        and not any(c.isdigit() for c in folded[s1:e2])
        and _CHAIN_END.match(folded, e2) is not None
    )


# -- unit words typed plain inside names, and villages typed plain (issue 15) -----------------
#: "tỉnh" as people write it: no other syllable folding to "tinh" ("tịnh", "tình", "tính")
#: names a province
_PROVINCE_SPELLINGS = frozenset(("tỉnh", "tinh"))


def _tinh_in_name(
    folded: str, m: re.Match[str], words: list[str], n: int, text: str | None
) -> bool:
    """Whether "tinh", the ``n``-th word of the lower-case name ``m``, is a syllable of that
    name ("xã mỹ tịnh an", "xa my tinh an", "phường tịnh khê") and no province's unit word: a
    unit word must be followed by its name, and the words after this one start no known
    province or place ("xã nghi phong tỉnh nghệ an" keeps its province). With diacritics in
    the text, "tịnh" or "tình" is no "tỉnh" whatever follows."""
    if n + 1 >= len(words):
        return False  # "..., xã an tinh" then punctuation: read as before
    if text is not None:
        written = text[m.start(n + 1) : m.end(n + 1)].lower()
        if written not in _PROVINCE_SPELLINGS:
            return True
    return _known_at(folded, m.start(n + 2), _known()) is None


def _numbered_village(m: re.Match[str], words: list[str], strong: bool) -> bool:
    """Whether ``_LEAD_VILLAGE``'s match is a numbered village before a commune and its
    province ("thôn tà lú 2, xã bác ái đông, tỉnh khánh hòa"): a number after its name, no
    word of which ends a phrase or is a unit word."""
    return (
        strong
        and m.group(3) is not None
        and not any(w in _LC_END or w in _LC_STOPS for w in words)
        and words[0] not in _AGENCY_NOT
    )


#: a land parcel by its number right before (folded): "thửa 112", "thửa đất số 57"
_PARCEL_BEFORE = re.compile(r"(?<![a-z])thua(?:[ \t]+dat)?(?:[ \t]+so)?[ \t]+\d{1,5}[a-z]?[ \t]*$")


def _map_sheet(doc: Document, start: int, end: int) -> bool:
    """Whether "to" typed plain at ``start`` is a cadastral map sheet ("tờ (bản đồ)") after a
    parcel's number ("thua 112 to 18", "thửa đất số 57 to 4"), not a residential group
    ("tổ"): a parcel is counted on its map sheet, never in a group."""
    return doc.text[start:end].lower() == "to" and (
        _PARCEL_BEFORE.search(doc.folded, max(0, start - 24), start) is not None
    )


#: a village's name in lower case filling the rest of a table cell: one to four words and a
#: number, then the next cell's tab or pipe, or the line's end (folded)
_CELL_VILLAGE = re.compile(
    r"(?:[ ]+[a-z]+(?:'[a-z]+)?){1,4}(?:[ ]+\d{1,3}[a-z]?)?(?=[ ]*(?:\t|\||\r?\n|$))"
)


def _column_village(doc: Document, start: int, end: int) -> Detection | None:
    """A village or hamlet in lower case alone in a table cell (its unit word, found at
    ``start``-``end``, opens the cell after a tab or a pipe: the caller's test), under a
    column that says where each listed person lives ("1\ttran van ngo\t0490...\tthon ap
    nhi\t4", "| mong | ban nam la |"): the cell's edges bound its name, whatever words it
    holds ("tà", "ấp" are a name's there). Under another header, or in a table of no one,
    nothing."""
    text = doc.text
    key = _ACCEPTED.get(doc.folded_cased[start:end])
    if key not in _ALONE_VILLAGE_UNITS:
        return None
    word = text[start:end].lower()
    if word != key and word not in _spellings().get(key, frozenset()):
        return None  # "bạn ...", "áp ...": with marks, the unit word carries its own
    name = _CELL_VILLAGE.match(doc.folded_cased, end)
    if name is None or not _residence_column(doc, start):
        return None
    return Detection(
        EntityType.ADDRESS,
        start,
        name.end(),
        SCORE_CUED,
        "vn.address",
        pattern="address.chain_1",
        base_score=BASE_SCORE,
        context="column",
    )


#: a table's header that names a village's or hamlet's unit alone (folded): the cells under
#: it are the names of the places, without their unit word ("Nà Hu" under "Thôn")
_VILLAGE_HEADERS = frozenset(
    ("thon", "xom", "ban", "ap", "buon", "plei", "lang", "soc", "khom", "thon/xom", "thon, xom",
     "thon/ban", "thon, ban", "thon (ban)", "xom/thon")
)  # fmt: skip
#: a whole tab- or pipe-delimited cell holding a place's name: one to four capitalised words
#: (an apostrophe or a hyphen inside), nothing else (folded, cased)
_NAME_CELL = re.compile(
    r"[\t|][ ]*([A-Z][a-z]*(?:['-][A-Za-z][a-z]*)?"
    r"(?:[ ]+[A-Z][a-z]*(?:['-][A-Za-z][a-z]*)?){0,3})[ ]*(?=\t|\||\r?\n|$)"
)


#: one of those headers as a whole cell, the gate of ``_bare_village_cells`` (folded)
_VILLAGE_HEADER_GATE = re.compile(
    r"(?:^|[\t|])[ ]*(?:thon|xom|ban|ap|buon|plei|lang|soc|khom)(?:[ ]*[/,(][^\t|\n]{0,8})?"
    r"[ ]*(?=[\t|]|\r?\n|$)",
    re.M,
)


#: a table's header over where each listed person lives, as a whole cell: the gate of
#: ``_house_cells`` (folded)
_HOME_HEADER_GATE = re.compile(
    r"(?:^|[\t|])[ ]*(?:dia chi|noi o|noi cu tru|noi thuong tru|thuong tru|cho o)[^\t|\n]{0,16}"
    r"(?=[\t|]|\r?\n|$)",
    re.M,
)
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


def _bare_village_cells(doc: Document, hits: list[Detection], detector_id: str) -> list[Detection]:
    """Villages and hamlets named without their unit word in the cells of a table column whose
    header is that unit ("Thôn", "Bản") in a table of people (``_residence_column``): "Họ tên
    mẹ⏎Thôn ... Ma Thị Chuyên⏎Nà Hu": each listed household's hamlet. Cells ``hits`` hold
    already, and names the address detector reads with their unit word, stay theirs."""
    cased = doc.folded_cased
    out: list[Detection] = []
    for m in _NAME_CELL.finditer(cased):
        s, e = m.span(1)
        if any(h.start < e and s < h.end for h in hits):
            continue
        header = column_header(doc, s)
        if header is None or header.strip(" *:") not in _VILLAGE_HEADERS:
            continue
        if _is_unit_word(m.group(1).split()[0]) or not _residence_column(doc, s):
            continue
        out.append(_village(detector_id, s, e, "column"))
    return out


#: a household's hamlet's name after its unit word: one to four words, then the row's next
#: field after a dash, punctuation or the line's end (folded)
_HOUSEHOLD_FIELD = re.compile(r"(?:[ ]+[a-z]+){1,4}(?=[ \t]*(?:[-–][ \t]|[,;.]|\r?\n|$))")


def _household_before(doc: Document, start: int) -> bool:
    """Whether a household's row opens the line before ``start`` and a dash leads to it ("hộ
    ông lâm văn dến - ấp châu hưng - 0368 ...", typed plain too): the hamlet after it is
    the household's (``_household_row`` reads the capitalised rows)."""
    lo = max(0, start - 60)
    return (
        " - " in doc.folded[lo:start] and _HOUSEHOLD_DASH.search(doc.folded, lo, start) is not None
    )


#: words that make "ban" typed plain a committee ("ủy ban") or a briefing ("giao ban")
_BAN_COMPOUNDS = frozenset(("uy", "giao"))


def _board_or_briefing(doc: Document, start: int, end: int) -> bool:
    """Whether "ban" typed plain at ``start`` closes a compound that is no village ("bản"):
    "ủy ban" (a committee: "uy ban mttq viet nam xa"), "giao ban" (a briefing: "họp giao ban
    trạm y tế xã ..."), each written plain too."""
    return doc.text[start:end].lower() == "ban" and _word_before(doc.folded, start) in (
        _BAN_COMPOUNDS
    )


#: a person's age and a comma right before (folded): "54 tuổi, "
_AGE_COMMA = re.compile(r"(?<![\d])\d{1,3}[ \t]+tuoi[ \t]*,[ \t]*$")


def _village_after_age(doc: Document, comps: list[_Link]) -> bool:
    """Whether a lower-case chain opens with a village or hamlet right after someone's age
    and a comma, or in a bracket after someone's name, then a comma and its commune ("-
    quàng văn pản, 54 tuổi, bản pá sang, xã chiềng cơi, bỏ thuốc ...", "ông điêu lành (sóc
    bom bo, xã tân lập)"): a person and where they live, as a name and a comma before vouch
    for it (``_person_comma_before``)."""
    first = comps[0]
    unit = doc.folded[first[0] : first[0] + 6].split()[:1]
    return (
        len(comps) >= 2
        and unit != []
        and unit[0] in _VILLAGE_UNITS
        and "," in doc.folded[first[1] : comps[1][0]]
        and (
            _AGE_COMMA.search(doc.folded, max(0, first[0] - 16), first[0]) is not None
            or _person_bracket_before(doc, first[0])
        )
    )


#: an honorific and a lower-case name of two to four words, then an opening bracket (folded):
#: "ông điêu lành ("
_PERSON_BRACKET_BEFORE_LC = re.compile(
    r"(?:^|[ \t'\"])(?:ong|ba|anh|chi|em|co|chu|bac)[ \t]+([a-z]+(?:'[a-z]+)?)"
    r"(?:[ \t]+[a-z]+(?:'[a-z]+)?){1,3}[ \t]*\([ \t]*$"
)


def _person_bracket_before(doc: Document, start: int) -> bool:
    """Whether an honorific and a person's name led by a surname open a bracket right before
    ``start`` ("ông điêu lành (sóc bom bo, xã tân lập)", typed plain too)."""
    if doc.folded[start - 1 : start] != "(" and doc.folded[start - 2 : start] != "( ":
        return False
    m = _PERSON_BRACKET_BEFORE_LC.search(doc.folded, max(0, start - 60), start)
    return m is not None and _spelled_surnames_lc(doc, m.start(1))


@word_cache(4096)
def _is_unit_word(name: str) -> bool:
    """An administrative unit word standing where a name should be ("xã Phường ...").

    Single letters are names here: court texts anonymise places ("xã HV, huyện H").
    """
    key = " ".join(name.lower().rstrip(".").split())
    return len(key) > 1 and _UNITS.get(key, 0) >= 1


def _row_hamlet_word(word: str) -> bool:
    """Whether a folded word typed in lower case may be a hamlet's name after a person in a
    row (:mod:`.address_rows`): no everyday, chat or unit word."""
    return not (word in _LC_NOT_NAME or word in _LC_END or word in _UNITS or word in _VILLAGE_NOT)
