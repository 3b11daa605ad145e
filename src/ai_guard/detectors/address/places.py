"""Known places read at a position: a ward or district with no unit word (``_bare_ward``), a
province after a chain, a commune after a comma, an unnamed commune's name, a province's tail
and letters ("hn", "tp hcm"), and a chat's town or city after a house."""

from __future__ import annotations

import re
from functools import lru_cache

from ai_guard.detectors.address.lexicon import (
    _ACCEPTED,
    _LC_NOT_NAME,
    _NAME_UNITS,
    _PLACE_SYLLABLES,
    _UNITS,
    _Component,
    _first_word,
    _known,
    _known_at,
    _known_first,
    _lc_bare,
    _provinces,
    _spellings,
    _unit_re,
)
from ai_guard.detectors.person.lexicon import everyday_pair
from ai_guard.text import Document, data, fold_word
from ai_guard.text.match import spelling, trie_regex

#: lower-case words after a number that count things, not name a street: "58 người, ..."
_COUNTERS = frozenset(
    ("nguoi", "ho", "ca", "can", "vu", "viec", "lan", "nam", "thang", "ngay", "gio", "phut",
     "trieu", "nghin", "ngan", "ty", "dong", "muc", "dieu", "khoan", "trang", "ban",
     "cai", "chiec", "con", "tuoi", "tuan", "km", "m", "kg", "tan", "hecta", "so", "lo",
     "thua", "don", "bo", "to", "quyen", "tap", "lop", "khoa", "xe", "phong", "tang", "met",
     "cuon", "hop", "dot", "buoi", "chuong", "diem", "dong", "usd", "vnd", "trieu", "ti")
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
#: what follows a lower-case name that reached it: not another lower-case word
_LC_AFTER_WORD = re.compile(r"[ \t]+[a-z]")


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


#: directions that open the names of wards cut from a city ("phường bắc nha trang", "phường
#: tây hà nội"), folded
_DIRECTIONS = frozenset(("bac", "nam", "dong", "tay", "trung"))


#: a commune's, ward's or hamlet's lower-case name of two words with no unit word, after a
#: numbered hamlet or residents' group ("xóm 2 nghi thu", "tổ 7 kp 3 tân phong") or after a
#: village and a comma ("xóm trại, yên phong", "làng kép, ia hrung") (folded)
_UNNAMED_COMMUNE = re.compile(r"([a-z]+(?:'[a-z]+)?)[ \t]+([a-z]+(?:'[a-z]+)?)(?![\w'])")
#: what ends such a name: punctuation (not a dot inside a number or an abbreviation), the
#: line's or the text's end
_UNNAMED_COMMUNE_STOP = re.compile(r"[ \t]*(?:[,;!?)]|\.(?![\w.])|\r?\n|$)")
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)(?![\w'])")
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


def _province_tail(name: str) -> int | None:
    """Where a province (its name or letters) ending ``name`` starts, after two words or more
    of the name's own ("Phú Thượng Hà Nội": 11), or None."""
    starts = [m.start() for m in _SPACES_THEN_WORD.finditer(name)]
    for n in (3, 2, 1):
        if len(starts) - n >= 1 and fold_word(name[starts[-n] :].lstrip()) in _provinces():
            return starts[-n]
    return None


_SPACES_THEN_WORD = re.compile(r"[ \t]+(?=\S)")


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


@lru_cache(maxsize=1)
def _comma_place() -> re.Pattern[str]:
    """A comma and the first word of a known province or place, in any case: where a street
    may end and a known district or province begin (the scan tests the word, not Python)."""
    forms = sorted({f for w in _known_first() for f in (w, w.capitalize(), w.upper())})
    return re.compile(r",[ \t]*(?=(?:" + trie_regex(forms) + r")(?![A-Za-z]))")


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


#: provinces by their two letters as chat types them at an address's end ("... hai chau dn,":
#: Đà Nẵng; "dn" is Đồng Nai too, a province either way), folded; only right after a lower-case
#: address and before punctuation or the line's end (``tails.with_province_after``):
#: elsewhere "dn" is a business (doanh nghiệp), "ct" a company
_PROVINCE_LETTERS = re.compile(r"(?:dn|hp|ct|bd|qn)(?![0-9a-z])")


def _province_or_letters_at(folded: str, pos: int) -> int | None:
    """The end of a province (``_lc_bare``) or its letters (``_PROVINCE_LETTERS``) at ``pos``."""
    end = _known_at(folded, pos, _lc_bare())
    if end is not None:
        return end
    m = _PROVINCE_LETTERS.match(folded, pos)
    return None if m is None else m.end()
