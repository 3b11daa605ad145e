"""The address detector's words and tables: the scores, the unit words ("số", "ngõ", "đường",
"thôn", "xã", "phường", "tỉnh", ...) and the scans that find them (``_unit_re``,
``_UnitWords``), the residence and institution cues, the known provinces, districts and
places (``_known``, ``_known_at``), and the small word helpers every other module of the
package reads (``_key_at``, ``_word_before``, ``_village``)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from ai_guard.detectors.base import Detection
from ai_guard.models import EntityType
from ai_guard.text import Document, data, fold_word
from ai_guard.text.match import CueSet, trie_regex
from ai_guard.text.word_caches import word_cache

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
    # a social-housing estate and its name ("nhà CT3 khu nhà ở xã hội Đặng Xá, xã Gia Lâm"):
    # one unit, its "xã" no commune
    "khu nha o xa hoi": 0,
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
#: unit words that also start place names ("phường láng hạ", "xã bản lầu", "buôn ma thuột")
_NAME_UNITS = frozenset(("lang", "ban", "soc", "buon", "plei", "phum", "khom", "doi", "cum"))
#: (a minority name's apostrophe inside a word: "xa cu m'gar", "huyen m'drak")
_LC_WORDS = re.compile(r"[ \t]+([a-z]+(?:'[a-z]+)?)" + r"(?:[ \t]+([a-z]+(?:'[a-z]+)?))?" * 4)


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    """Provinces (old and new, with variants) and the district and city names of
    ``place_names.txt`` and ``address_places.txt``, folded."""
    return (
        _provinces()
        | data.folded_set("detectors/place_names.txt")
        | data.folded_set("detectors/address_places.txt")
    )


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


@lru_cache(maxsize=1)
def _spellings() -> dict[str, frozenset[str]]:
    """Folded unit word -> its spellings with diacritics (``address_cues.tsv``, lower case)."""
    out: dict[str, set[str]] = {}
    for row in data.rows("detectors/address_cues.tsv"):
        if len(row) > 1 and row[1] in ("unit", "locality", "street"):
            word = row[0].lower().rstrip(".")
            out.setdefault(fold_word(word), set()).add(word)
    return {k: frozenset(v) for k, v in out.items()}


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


def _key_at(cased: str, pos: int) -> str | None:
    """The unit word starting at ``pos`` (lower case, no dot), as ``_unit_re`` reads it."""
    m = _unit_re().match(cased, pos)
    return _KEYS[m.group(0)] if m is not None else None


#: the detector's id (its findings' ``detector_id``)
DETECTOR_ID: Final = "vn.address"


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


def _word_before(cased: str, pos: int) -> str:
    """The word right before ``pos``, lower case ("" if none)."""
    words = cased[max(0, pos - 16) : pos].split()
    return words[-1].lower() if words else ""


@word_cache(4096)
def _is_unit_word(name: str) -> bool:
    """An administrative unit word standing where a name should be ("xã Phường ...").

    Single letters are names here: court texts anonymise places ("xã HV, huyện H").
    """
    key = " ".join(name.lower().rstrip(".").split())
    return len(key) > 1 and _UNITS.get(key, 0) >= 1
