"""One component of a chain: a unit word and its name or number ("số 12", "ngõ 34", "xã Tân
Phú", "P.1205", "căn hộ A3-12"; ``_component``, ``_component_at``), with its flats, kiosks,
glued wards, mixed-case units and the English word order of a component."""

from __future__ import annotations

import re

from ai_guard.detectors.address.lexicon import (
    _ACCEPTED,
    _CAPWORD,
    _KEYS,
    _LC_NOT_NAME,
    _NAME,
    _NAME_UNITS,
    _STOP,
    _STOP_WORDS,
    _UNITS,
    _Component,
    _is_unit_word,
    _known,
    _known_at,
    _lc_bare,
    _marked,
    _spellings,
    _unit_re,
    _word_before,
)
from ai_guard.detectors.address.lower_case import (
    _ESTATES,
    _LC_UNITS,
    _SEP,
    _counted_name,
    _lower_name,
)
from ai_guard.detectors.address.places import (
    _COMMA,
    _COUNTERS,
    _LC_END,
    _bare_ward,
    _chat_town,
    _everyday_name,
    _province_tail,
    _unnamed_commune,
)
from ai_guard.detectors.address.streets import (
    _STREET_FIRST,
    _figure,
    _lane_by_letter,
    _lane_named,
    _lc_street,
    _named_street,
)
from ai_guard.text import Document, fold_word
from ai_guard.text.typing import english_function_words

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
# white space, then the name
_NAME_AFTER = re.compile(r"[ \t]*+(?:\r?\n[ \t]*)?(" + _NAME + ")")
# (a name holds no digits but those ``\d`` reads)
_DIGIT = re.compile(r"\d")


#: a floor named by its word after "tầng": the ground floor, the mezzanine (folded)
_FLOOR_WORD = re.compile(r"[ \t]+(tret|lung)(?![\w])")
#: street words whose number may be followed by a street name in lower case ("ngõ 102
#: trường chinh, ...": before a comma only)
_LC_AFTER_NUMBER = frozenset(("ngo", "ngach", "hem", "kiet", "so nha", "sn", "ng", "ngh"))


#: lane words, whose number is followed by the lane's street
_LANES = frozenset(("ngo", "ngach", "hem", "kiet", "ng", "ngh"))


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


_FLAT_DECIMAL = re.compile(r"\.\d{1,3}(?![\d.])")
#: a street named by a date, in lower case after its number: "30 tháng 4", "3 tháng 2"
_MONTH_AFTER = re.compile(r"[ \t]+thang[ \t]+(?:\d{1,2}|tam|hai|tu|ba|muoi)(?![\w/])")
#: a street by its abbreviation in chat: "cmt8" (Cách Mạng Tháng Tám), "ql1a"
_STREET_CODE = re.compile(r"[ \t]+([a-z]{2,4}\d{1,4}[a-z]?)(?![\w/])")


#: a house number and a lane or street written with their marks after "so" typed without
#: them ("so 12 ngõ 85 phố Đại La": Telex read back, "so" left as typed): "so" is "số" there
_PLAIN_SO_LANE = re.compile(
    r"[ \t]+\d{1,5}[a-zA-Z]?(?:/\d{1,5})?[ \t]+(?i:ngõ|ngách|hẻm|kiệt|đường|phố)[ \t]"
)


#: hamlets' unit words that, typed plain before a number, are the unit in a marked text too
_PLAIN_NUMBERED = frozenset(("xom", "thon", "khom"))


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
    if key in _LONG_NAME_UNITS and _doubled(doc, start, end):
        return None  # "trưởng làng làng Kon Ktu": the first closes a post, the second opens
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
    if key == "ban" and _word_before(doc.folded, start) in _PAPER_BEFORE_BAN:
        return None  # "BIÊN BẢN HÒA GIẢI", "văn bản", "phiên bản": a paper, no village
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


def _doubled(doc: Document, start: int, end: int) -> bool:
    """Whether the village's unit word ``doc.text[start:end]`` is typed again right after it,
    spelled the same ("truong lang lang kon ktu", "trưởng bản bản Hua Pàu"): the first closes
    a post ("trưởng làng"), the second opens the village's name."""
    word = doc.text[start:end].lower()
    after = doc.text[end : end + len(word) + 2]
    return (
        after[:1] in (" ", "\t")
        and after[1 : len(word) + 1].lower() == word
        and not after[len(word) + 1 : len(word) + 2].isalnum()
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


#: "p", "q", "x" without their dot, inside a chain: a number glued or after a space
#: ("p12", "q 3"), or a lower-case name after a space ("p xuan khanh")
_BARE_ABBREVIATED = re.compile(r"([pqx])(?:[ \t]*(\d{1,2})(?![\w/.,]\d|[\w/])|[ \t]+(?=[a-z]))")


#: a land parcel by its number right before (folded): "thửa 112", "thửa đất số 57"
_PARCEL_BEFORE = re.compile(r"(?<![a-z])thua(?:[ \t]+dat)?(?:[ \t]+so)?[ \t]+\d{1,5}[a-z]?[ \t]*$")


def _map_sheet(doc: Document, start: int, end: int) -> bool:
    """Whether "to" typed plain at ``start`` is a cadastral map sheet ("tờ (bản đồ)") after a
    parcel's number ("thua 112 to 18", "thửa đất số 57 to 4"), not a residential group
    ("tổ"): a parcel is counted on its map sheet, never in a group."""
    return doc.text[start:end].lower() == "to" and (
        _PARCEL_BEFORE.search(doc.folded, max(0, start - 24), start) is not None
    )


#: words that make "bản" a paper or a version, however it is typed (folded): "biên bản" (a
#: record: a PDF's heading "BIÊN BẢN HÒA GIẢI" over an address's second line), "văn bản",
#: "phiên bản", "kịch bản"
_PAPER_BEFORE_BAN = frozenset(("bien", "van", "phien", "kich"))
#: words that make "ban" typed plain a committee ("ủy ban") or a briefing ("giao ban")
_BAN_COMPOUNDS = frozenset(("uy", "giao"))


def _board_or_briefing(doc: Document, start: int, end: int) -> bool:
    """Whether "ban" typed plain at ``start`` closes a compound that is no village ("bản"):
    "ủy ban" (a committee: "uy ban mttq viet nam xa"), "giao ban" (a briefing: "họp giao ban
    trạm y tế xã ..."), each written plain too."""
    return doc.text[start:end].lower() == "ban" and _word_before(doc.folded, start) in (
        _BAN_COMPOUNDS
    )
