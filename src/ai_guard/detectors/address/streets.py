"""Street and lane names: a street named after a person, a figure or an old trade, a lane's street
("kiệt 40 chi lăng"), lower-case and chat street names, and where a street's name may start."""

from __future__ import annotations

import re
from functools import lru_cache

from ai_guard.detectors.address.lexicon import (
    _LC_NOT_NAME,
    _RESIDENCE,
    _UNITS,
    _Component,
    _Link,
    _spellings,
    _word_before,
)
from ai_guard.detectors.address.places import _COUNTER_SPELLINGS, _COUNTERS, _LC_END
from ai_guard.detectors.person.lexicon import lexicons, public_figures
from ai_guard.detectors.person.shape import is_vietnamese_syllable
from ai_guard.text import Document, data
from ai_guard.text.match import spelling


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


#: unit words that no numbered street's name holds before its number (folded)
_STREET_NUMBER_NOT = (
    r"(?:to|khu|pho|xom|thon|ap|ngo|ngach|hem|kiet|duong|so|tdp|kp|day|lo|tang|phong|can"
    r"|toa|nha|block|doi|khoi|cum|ban)"
)
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


#: everyday words that are also the first syllable of streets named after people ("lý thường
#: kiệt", "ngô quyền", "tô hiến thành", "tạ quang bửu", "đỗ quang"): a street may start so
_STREET_FIRST = frozenset(
    ("ly", "ta", "ma", "do", "lam", "ngo", "to", "la", "cao", "ton",
     # "phó đức chính", or "(số 1) phố ...", "đường láng": a street either way
     "pho", "duong")
)  # fmt: skip
#: what may stand right before a house number and its street (``bare_streets._STREET_BACK``):
#: the start, a line break, punctuation
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


def _named_lane_street(words: list[str]) -> bool:
    """Whether lower-case words after a lane's number are a street named after a person or a
    figure (``_lane_named``, ``_figure``)."""
    return _lane_named(words) or _figure(words)


#: the second words of the old quarter's trade streets ("Hàng Bông", "Hàng Bạc"), folded
_TRADE_STREETS = frozenset(
    ("bong", "bac", "bo", "buom", "dao", "gai", "ma", "ngang", "bai", "chieu", "cot", "da",
     "dieu", "duong", "ga", "giay", "hom", "khay", "luoc", "mam", "muoi", "non", "quat",
     "thiec", "than", "trong", "vai", "can", "chai", "dau", "be", "but", "ruoi", "tre",
     "chinh", "phen", "manh", "dong", "cho", "vai")
)  # fmt: skip


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


def _street_may_start(cased: str, s: int) -> bool:
    """Whether a house number and street may start at ``s``: at the start, after a line break
    or punctuation, or after a residence cue's last word ("tại", "ở", "chỉ")."""
    head = cased[max(0, s - 24) : s].rstrip(" \t")
    if not head or head[-1] in _STREET_AFTER_PUNCT:
        return True
    w = _WORD_BEFORE.search(head)
    return w is not None and w.group(1).lower() in _STREET_AFTER_WORD


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
