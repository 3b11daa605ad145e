"""Where a lower-case name typed in a run-on chat line ends ("cháu quách minh khôi học lớp 3",
"giáp thị huyền nhưng cccd ghi ...", "nhờ đồng văn tuân bảo nhữ thị hạnh gửi ...", "có từ văn
khánh doãn thị thoa lên hỏi", "e la bui van khai que xa an thinh").

The paths that find a lower-case name walk on while the next word folds to a middle or a given
name; chat runs a name into the next word with no punctuation, and that word may fold to one
("học": Học, "bảo": Bảo, "quê": Quế, "doãn": Doãn) while it is a verb, a conjunction or the
next person's surname. A name of three words or more ends before:

* a surname and "văn" / "thị" after it: a second name starts there ("từ văn khánh | doãn thị
  thoa": two people side by side with no separator);
* a word spelled with its diacritics as a conjunction or a verb no name ends on ("nhưng",
  "học", "quê", "hỏi", "gửi", "nhắn");
* a verb that takes a person, spelled as a given name too ("bảo", "nhờ"; typed plain "bao",
  "nho", "hoi", "goi"), when a surname and a middle name follow it (the person it takes), or,
  fourth after a surname and "văn" / "thị", when a clause opens after it ("chử văn tuấn bảo
  không phải anh ấy");
* "quê" typed plain ("que"), spelled as the given name "Quế" too, when a place's unit word
  follows it ("que xa an thinh": the home commune);
* a unit word typed plain that is a given name too ("phong", "khoa", "ban") when the unit's
  initials or its name follow it ("phong tccb", "phong tai chinh", "khoa noi");
* "thi" typed plain as its last word: "thì" (then), since "Thị" is a middle name and ends no
  name ("con le van an thi sao").

Each finding so cut is replaced by its first words (the name), for the later paths to find
the second person and the short references to match the given name.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.lexicon import (
    everyday_pair,
    lexicons,
    name_spellings,
    surname_spellings,
)
from ai_guard.detectors.person.lower_case import PLAIN_VERBS
from ai_guard.detectors.person.shape import is_vietnamese_syllable
from ai_guard.models import EntityType
from ai_guard.text import Document, fold_word
from ai_guard.text.match import spelling

__all__ = ["address_after", "cut_run_ons", "name_after", "spelled_word_after"]

_WORD = re.compile(r"[^\W\d_]+")
#: conjunctions and verbs spelled with their diacritics that end no name, though some fold
#: to a given name ("nhưng": Nhung, "học": Học, "quê": Quế)
_NEVER_LAST = frozenset(
    spelling(w) for w in ("nhưng", "học", "quê", "hỏi", "gửi", "nhắn", "gọi", "mà", "thì", "là")
)
#: verbs that take a person after them, folded ("bảo", "nhờ", "hỏi", "gọi", "nhắn", "gửi")
_TAKES_PERSON = frozenset({"bao", "nho", "hoi", "goi", "nhan", "gui", "dan"})
#: what opens the clause a verb of saying takes ("bảo không phải", "nói là", "hỏi em"),
#: folded: the verb ends the name before it
_CLAUSE_AFTER = re.compile(
    r" (?:khong|ko|la|rang|em|anh|chi|toi|minh|e|a|c|no|da|se|can|phai|chua|sao)(?![\w'’-])"
)
#: a place's unit word after "que" typed plain (folded)
_HOME_AFTER = re.compile(r" (?:xa|thon|xom|ap|ban|huyen|tinh|o|tai|phuong|quan|tp)\b")


def cut_run_ons(doc: Document, found: Sequence[Detection]) -> list[Detection]:
    """``found`` with each lower-case name that runs on into the next word cut there, and
    each name that runs over a column gap into the next field's label (the module
    docstring); the others as they are."""
    out: list[Detection] = []
    for f in found:
        if f.entity is EntityType.PERSON and f.end - f.start > 12:
            end = _name_end(doc, f.start, f.end)
            if end is None and "  " in doc.text[f.start : f.end]:
                end = _label_after_gap(doc, f.start, f.end)
            if end is not None:
                f = dataclasses.replace(f, end=end)
        out.append(f)
    return out


#: a column gap (two spaces or more), then one to three words and a label's ':'
_GAP_LABEL = re.compile(r"([^\W\d_]+ )*[^\W\d_]+ {2,}((?:[^\W\d_]+ ?){1,3}):")


def _label_after_gap(doc: Document, start: int, end: int) -> int | None:
    """Where a name read over a column gap ends, when the words after the gap open the next
    field's label ("Họ tên: Hà Duy Khánh  Biển số: 37A-...": "Biển" is the label's, though
    it is a given name too): the name's end before the gap, two words at least left."""
    m = _GAP_LABEL.match(doc.text, start)
    if m is None or m.start(2) >= end or m.end(2) < end:
        return None
    head = doc.text[start : m.start(2)].rstrip()
    return start + len(head) if head.count(" ") >= 1 else None


def _name_end(doc: Document, start: int, end: int) -> int | None:
    """Where the lower-case name ``text[start:end]`` really ends, or None where it does."""
    text = doc.text
    span = text[start:end]
    if not span.islower() or span.count(" ") < 3:
        return None
    words = [m.span() for m in _WORD.finditer(text, start, end)]
    if len(words) < 4 or any(text[a:b] != text[a:b].strip() for a, b in words):
        return None
    surnames = lexicons().surnames
    folded = [fold_word(text[a:b]) for a, b in words]
    for i in range(3, len(words)):
        raw = text[words[i][0] : words[i][1]]
        nxt = folded[i + 1] if i + 1 < len(words) else _next_word(doc, words[i][1])
        if (
            folded[i] in surnames
            and nxt in ("van", "thi")
            and _middle_spelled(doc, i, words)
            and _second_name(doc, words[i][1])
        ):
            return words[i - 1][1]  # "từ văn khánh | doãn thị thoa"
        if not raw.isascii() and spelling(raw) in _NEVER_LAST:
            return words[i - 1][1]  # "giáp thị huyền | nhưng"
        if i == len(words) - 1 and folded[i] in _TAKES_PERSON and _name_follows(doc, words[i][1]):
            return words[i - 1][1]  # "đồng văn tuân | bảo nhữ thị hạnh"
        if (
            i == len(words) - 1 == 3
            and folded[1] in ("van", "thi")
            and folded[i] in _TAKES_PERSON
            and _CLAUSE_AFTER.match(doc.folded, words[i][1])
        ):
            return words[i - 1][1]  # "chử văn tuấn | bảo không phải anh ấy"
        if (
            i == len(words) - 1
            and folded[i] == "que"
            and raw.isascii()
            and _HOME_AFTER.match(doc.folded, words[i][1])
        ):
            return words[i - 1][1]  # "bui van khai | que xa an thinh"
        if (
            i == len(words) - 1
            and raw.isascii()
            and _unit_acronym_after(doc, folded[i], words[i][1])
        ):
            return words[i - 1][1]  # "vien thi ngoc | phong tccb"
        if i == len(words) - 1 and raw.isascii() and _unit_named_after(doc, folded[i], words[i][1]):
            return words[i - 1][1]  # "nguyen thi ngoc bich | phong tai chinh"
        if i == len(words) - 1 and folded[i] == "thi" and raw.isascii():
            return words[i - 1][1]  # "le van an | thi sao": "thì", no name ends on "Thị"
    return None


#: an office's or a ward's name after its unit word typed plain ("phong tai chinh", "khoa
#: noi", "ban quan ly"), folded, the unit word first: the name before it ends there
_UNIT_NAMES = {
    "phong": re.compile(
        r" (?:tai chinh|ke toan|hanh chinh|to chuc|nhan su|dao tao|kinh doanh|ky thuat"
        r"|cong chung|giao duc|noi vu|tu phap|tai nguyen|lao dong|y te|van hoa|kinh te"
        r"|ke hoach|thanh tra|quan ly|cong tac|tiep dan|mot cua|dan su|hinh su)(?![\w'])"
    ),
    "khoa": re.compile(r" (?:noi|ngoai|nhi|san|cap cuu|duoc|xet nghiem|hoi suc)(?![\w'])"),
    "ban": re.compile(r" (?:quan ly|giam doc|chi huy|tiep dan|dai dien|to chuc)(?![\w'])"),
}


def _unit_named_after(doc: Document, word: str, end: int) -> bool:
    """Whether a name's last word, typed plain, is a unit word and the unit's name follows
    it ("nho them nguyen thi ngoc bich phong tai chinh": her office, no given name Phong)."""
    unit = _UNIT_NAMES.get(word)
    return unit is not None and unit.match(doc.folded, end) is not None


#: an agency's unit words that chat types before the unit's initials ("phong tccb", "khoa
#: hscc", "ban qlda", "to kt"), folded; "Phong", "Khoa", "Ban" are given names too
_UNIT_BEFORE_INITIALS = frozenset({"phong", "khoa", "ban", "to", "doi", "vu", "cuc", "so"})
#: the word right after a name's last word (one space between), on the folded text
_INITIALS = re.compile(r" ([a-z]{2,6})(?![\w'])")


def _unit_acronym_after(doc: Document, word: str, end: int) -> bool:
    """Whether a name's last word, typed plain, is a unit word and the unit's initials follow
    it ("e la vien thi ngoc phong tccb": the clerk's room, not a given name Phong): a word of
    two to six letters that no Vietnamese syllable spells."""
    if word not in _UNIT_BEFORE_INITIALS:
        return False
    m = _INITIALS.match(doc.folded, end)
    return (
        m is not None
        and doc.text[m.start(1) : m.end(1)].islower()
        and not is_vietnamese_syllable(m.group(1))
    )


def _middle_spelled(doc: Document, i: int, words: list[tuple[int, int]]) -> bool:
    """Whether the word after the ``i``-th is "văn" / "thị" as a middle name spells it (or
    typed plain)."""
    if i + 1 >= len(words):
        m = re.compile(r" ([^\W\d_]+)").match(doc.text, words[i][1])
        if m is None:
            return False
        raw = m.group(1)
    else:
        raw = doc.text[words[i + 1][0] : words[i + 1][1]]
    return raw.isascii() or spelling(raw) in (spelling("văn"), spelling("thị"))


_NEXT = re.compile(r" ([a-z]+)")
#: "văn" / "thị" and the word after it (on the text)
_MIDDLE_AND_NEXT = re.compile(r" ([^\W\d_]+) ([^\W\d_]+)")


def _second_name(doc: Document, end: int) -> bool:
    """Whether "văn" / "thị" after the surname ending at ``end`` and the word after it are a
    name's ("doãn thị thoa"), not an everyday word ("hà văn thư": văn thư, a clerk)."""
    m = _MIDDLE_AND_NEXT.match(doc.text, end)
    if m is None or everyday_pair(m.group(1), m.group(2)):
        return False
    if m.group(1).isascii():  # "thi" typed plain is "thì" as often ("kim sa thi can ...")
        given = fold_word(m.group(2))
        return given in lexicons().givens and given not in PLAIN_VERBS
    return True


_TWO_NEXT = re.compile(r" ([a-z]+) ([a-z]+) ")


def _next_word(doc: Document, end: int) -> str:
    """The folded word right after ``end`` (one space between), or ""."""
    m = _NEXT.match(doc.folded, end)
    return m.group(1) if m is not None else ""


def _name_follows(doc: Document, end: int) -> bool:
    """Whether a lexicon surname and a lexicon middle name follow ``end``."""
    m = _TWO_NEXT.match(doc.folded, end)
    if m is None:
        return False
    surnames, middles, _, _, _ = lexicons()
    return m.group(1) in surnames and m.group(2) in middles


#: chat's shorthands that no name word spells ("ko": không, "dc": được, "sđt")
_CHAT_WORDS = frozenset({"ko", "k", "kh", "hok", "dc", "đc", "sđt", "sdt", "đt", "ns", "sn"})
#: the word right after a name, one space between (on the text)
_NEXT_RAW = re.compile(r" ([^\W\d_]+)(?![\w'])")


def spelled_word_after(text: str, e: int, name: Sequence[str]) -> bool:
    """Whether the word right after a name written with diacritics can be no name's syllable
    as spelled ("tào hữu phước qua phường": "qua" is no given name; "cho mạc văn lừng báo
    ổng": "báo" is no "Bảo"): a verb or a function word, the name ends before it. Only where
    the name carries diacritics (typed plain, "qua" may be "Quả") and the word is in lower
    case, a Vietnamese syllable, spelled as no name word nor surname."""
    if all(w.isascii() for w in name):
        return False
    m = _NEXT_RAW.match(text, e)
    if m is None:
        return False
    word = m.group(1)
    if word in _CHAT_WORDS:
        return True  # "lường văn pọm ko có sđt": chat's "không", "được"
    spelled = spelling(word)
    return (
        word.islower()
        and is_vietnamese_syllable(word)
        and spelled not in name_spellings()
        and spelled not in surname_spellings().get(fold_word(word), frozenset())
    )


#: a place's unit word and its number (folded, after a space)
_UNIT_NUMBER_AFTER = re.compile(
    r" (?:phong|kiet|so|to|ngo|hem|can|lo|thon|xom|ap|ban|khu|nha|k)[ .]?\d"
    # a hamlet's unit word and its name, then its commune's or ward's ("dao thi quyen thon
    # phu xa trung son", "lo van pa ban pa sang xa muong lat"): a list of households
    r"| (?:thon|xom|ap|ban|buon|lang) (?:[a-z]+ ){1,3}(?:xa|phuong|thi tran)(?![a-z])"
)


def address_after(folded: str, e: int) -> bool:
    """Whether a place's unit word and its number follow ``e`` (one space between), or a
    hamlet's word, its name and its commune's word: the address of the person named before
    starts there, the name ends ("gui cho lam thi hong nhung phong 302 ktx ...", "cho tôn nữ
    quỳnh châu kiệt 64/9 ...": "Kiệt", "Phong" are given names, not before a number)."""
    return _UNIT_NUMBER_AFTER.match(folded, e) is not None


def name_after(doc: Document, e: int) -> bool:
    """Whether a second name of the "văn" / "thị" shape starts one space after ``e``: a lexicon
    surname, "văn" / "thị" and a name's word (``_second_name``): the name before ends at ``e``
    ("gom ta van chien le thi mo quach van sinh": a list typed with no separators)."""
    if not doc.text.startswith(" ", e):
        return False
    w = _WORD.match(doc.text, e + 1)
    if w is None or not w.group().islower() or fold_word(w.group()) not in lexicons().surnames:
        return False
    return _next_word(doc, w.end()) in ("van", "thi") and _second_name(doc, w.end())
