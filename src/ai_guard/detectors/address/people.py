"""The people named around an address, who make it someone's home: a listed person's name before
a bracket, a comma, a dash or a birth year, a full name typed in lower case before a house, a
person (an honorific, a kin word, a name) before "ở", and the residence column of a table of
people."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import lru_cache

from ai_guard.detectors.address.lexicon import (
    _LC_NOT_NAME,
    _NAME_UNITS,
    _UNITS,
    _Component,
    _is_unit_word,
    _word_before,
)
from ai_guard.detectors.address.places import _LC_END
from ai_guard.detectors.person.lexicon import lexicons
from ai_guard.detectors.person.minority import minority_lexicon
from ai_guard.text import Document, data, fold_word
from ai_guard.text.tables import column_header, header_cells

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


_WORD_APOS = re.compile(r"[a-z']+")


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
#: ``villages._LISTED_PERSON_DASH`` in lower case (folded): "1. lò văn sấu - bản nà lừa"
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


#: a list's item in lower case right before a village: the item opens its line or follows
#: ":", ";" or ",", a full name of three words or four, its second a middle name (folded):
#: "danh sách hỗ trợ: lường văn pựng ", ", hoàng văn khánh "
_LISTED_FULL_NAME_LC = re.compile(
    r"(?:(?:^|\n|[:;,])[ \t]*(?:\d{1,3}[.)][ \t]*|[-+*•][ \t]+)?"
    # (a household by its head: "...: hộ ông cao đình bảo thôn trung xã cẩm lạc")
    r"(?:(?:ho[ \t]+)?(?:ong|ba)[ \t]+)?"
    # (... said to be one's, mid-sentence: "là hộ ông lò văn chiều bản phiêng xã mường la",
    # "của hộ bà ...")
    r"|(?<![a-z])(?:la|cua|thuoc)[ \t]+ho[ \t]+(?:ong|ba)[ \t]+)"
    r"([a-z]+)[ \t]+([a-z]+)(?:[ \t]+[a-z]+){1,2}[ \t]+$"
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
#: unit words that are surnames too: "Bàn" (Dao), "Đường", "Quan", "Lăng", "Xa" (Thái)
_SURNAME_UNITS = frozenset(("ban", "duong", "quan", "lang", "xa"))
#: what stands before a person's full name in a sentence: an honorific, "và", "với"
_BEFORE_PERSON = frozenset(
    ("ong", "ba", "anh", "chi", "em", "co", "chu", "bac", "cu", "va", "voi", "cung", "ten", "la")
)


#: a capitalised middle name "Văn" or "Thị" after a capitalised word, one space before a unit
#: word: the unit word is the person's given name
_MIDDLE_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z][a-z]*[ \t](?:Van|Thi|VAN|THI) $")


#: a Khmer clan name capitalised right before (folded with its case): "Kim Sóc Thơ", "Thạch
#: Sóc Ra", "Danh Phum": the unit word that follows is the given name's first syllable
_KHMER_CLAN_BEFORE = re.compile(r"(?<![A-Za-z])(?:Kim|Thach|Danh|Son|Lam|Chau|Neang) $")


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
    if (
        comp[4] in _NAME_UNITS
        and cased[s : s + 1].isupper()
        and _KHMER_CLAN_BEFORE.search(cased, max(0, s - 8), s)
    ):
        return True  # "Tôi là Kim Sóc Thơ, ấp Tà Lọt, ...": a Khmer clan, then the given name
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
