"""Lower-case and diacritic-free readings of a unit's name ("xóm 3 xã nghi phong", "so 5 ngo 12
pho hue"): where a lower-case name ends (``_lower_name``), a name vouched for by the chain after
it, syllables written with other marks or slips, and the thirds of a ward's or hamlet's name."""

from __future__ import annotations

import itertools
import re

from ai_guard.detectors.address.lexicon import (
    _ACCEPTED,
    _LC_NOT_NAME,
    _LC_WORDS,
    _NAME_UNITS,
    _PLACE_SYLLABLES,
    _UNITS,
    _known,
    _known_at,
    _known_first,
    _lc_bare,
    _lc_bare_first,
    _provinces,
    _spellings,
    _unit_re,
    _word_before,
)
from ai_guard.detectors.address.places import (
    _AFTER_PLACE_WORDS,
    _COMMA,
    _COUNTERS,
    _DIRECTIONS,
    _LC_AFTER_WORD,
    _LC_END,
    _UNNAMED_COMMUNE_STOP,
    _commune_after_comma,
    _next_component,
    _province_after,
)
from ai_guard.detectors.person.lexicon import everyday_pair
from ai_guard.text.match import spelling

# between components: a comma (a line break may follow: addresses on envelopes span lines),
# white space, or a bare line break
_SEP = re.compile(r"[ \t]*(?:[,;\-–][ \t]*(?:\r?\n[ \t]*)?|[ \t]+|\r?\n[ \t]*)")
#: a year after "Q.3": a quarter ("Q.3 2024"), no district
_YEAR_AFTER = re.compile(r"[ \t]*[/\-]?[ \t]*(?:19|20)\d\d(?!\d)")

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
#: single unit words that end a lower-case name (the next component starts)
#: ("khối" ends no name: "đồng khởi", "nam kỳ khởi nghĩa" hold its folded form)
_LC_STOPS = frozenset(w for w in _LC_UNITS if " " not in w and w != "khoi") | {"so", "sn"}
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
#: a number after a lower-case name, then punctuation, the end or a word
#: (a space, not a tab: a tab opens the next cell, "tp huế\t45.000.000"; nor an amount's
#: thousands after the number)
#: (a single digit also before the line's end: "phường mỹ đình 2⏎[15:41] ...", a chat log's
#: next line; a longer number there may be a count of a list's row: "xa an phu 12⏎...")
_LC_NUMBER = re.compile(
    r"[ ]+(\d{1,3})(?:(?=[ \t]*(?:[,;)]|\.(?!\d))|[ \t]*$)|[ \t]+([a-z]+))"
    r"|[ ]+(\d)(?=[ \t]*\r?\n)"
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
#: units of a village or hamlet (their names hold everyday words: "xóm giữa", "ấp ô lâm")
_VILLAGE_UNITS = frozenset(("thon", "xom", "ap", "ban", "buon", "plei", "soc", "phum", "bon"))


#: a district's or ward's unit word right after a lower-case word: a province's name before
#: it is part of a street's or ward's name ("p. nguyen thai binh q1"), no province
_FINER_AFTER = re.compile(r"[ \t]+(?:q\.?[ \t]*\d{1,2}(?!\d)|quan|huyen|h\.|p\.|phuong)(?![a-z])")


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


#: a housing estate or dormitory, named in lower case only inside a chain, after the flat or
#: room in it ("căn hộ 12.08, chung cư sunrise, ..."): "chung cư này" alone names nothing
_ESTATES = frozenset(("chung cu", "toa nha", "ktx", "ky tuc xa", "kdt", "tap the"))
#: chat's words that open what happened right after a lower-case ward's name and that no
#: ward's name holds (folded): "p. chánh hưng đánh nhau", "p. bến thành hôm qua", besides
#: ``_AFTER_PLACE_WORDS`` and a verb before "nhau" (``_RECIPROCAL``)
_CLAUSE_AFTER_WARD = frozenset(("danh", "chui", "hom", "dot", "xay", "tranh"))


def _clause_word(word: str) -> bool:
    """Whether the folded ``word`` opens chat's clause after where one lives, and no ward's
    name holds it."""
    return word in _AFTER_PLACE_WORDS or word in _CLAUSE_AFTER_WARD


#: the one-word hamlet names of everyday words: new, and its landmarks (folded)
_HAMLET_ONE_WORD = frozenset(("moi", "cho", "dinh", "giua"))
#: hamlets, alone in lower case only after ``_STRONG_HAMLET_CUES``
_HAMLET_UNITS = frozenset(("thon", "xom", "ap", "khom"))
#: words after an agency's head (``venues._AGENCY_HEAD``) that make it something else: "bạn
#: tôi", "số của em"
_AGENCY_NOT = frozenset(
    ("toi", "em", "anh", "chi", "minh", "ong", "ba", "co", "chu", "bac", "cua", "nay", "do",
     "ay", "o", "tai", "la", "va", "cung", "nha", "dang", "da", "se",
     # prepositions: "giao ho so ve khu pho 3 ...", "hồ sơ" typed without diacritics, then "về"
     "ve", "den", "toi", "qua", "sang", "gui", "cho", "tu",
     # a room one sleeps in or rents, no department: "thuê phòng trọ tại hẻm 214/17 ..."
     "tro", "ngu", "khach")
)  # fmt: skip
_MINORITY_UNITS = frozenset(("buon", "plei", "soc", "phum", "bon"))
#: words that make "ban ...", "xom ..." a phrase, not a village's name
_VILLAGE_NOT = _AGENCY_NOT | {"nao", "kia", "ben", "nhe", "a", "oi", "roi", "thi", "khac"}


#: first words that make "bản ...", "xóm ..." a phrase even right after "ở" ("ở bạn tôi",
#: "ở xóm nào"), and elsewhere (where "bản lả" may be "bạn là" too)
_CUE_VILLAGE_NOT = _VILLAGE_NOT - _PLACE_SYLLABLES - {"la"}
_NAME_NOT = _VILLAGE_NOT - _PLACE_SYLLABLES


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
