"""Chat logs' speakers that the other speaker paths miss, and the same names again in the log.

A group chat pasted from Zalo or Messenger shows each line's speaker as the app shows it: the
time after the name ("Huyen 9:02: c oi ..."), a parent's display name that names the child
("[21:14] Mẹ Tún: cô ơi cháu tún ..."), a one-word given name with a lower-case tag of the
house or the office ("Thủy nhà 36: ...", "Toan tu phap 9:05: ..."). In a log of two speaker
lines or more (``speaker_lines`` of :mod:`.given`, or lines with a time) these fields name
people:

* a field whose first word is a given name in title case and the rest a lower-case tag that a
  house, a unit or a role opens, or nothing, before a time (``_TIME_AFTER``) or in a log;
* a parent's field ("Mẹ X", "Bố X", "Ba X", "Má X"): X, one or two title-case syllables, is the
  child's name or nickname, whether a lexicon holds it or not ("Tún", "Bin");

and a name a log's field gave comes back in its lines in lower case after a kin word ("cháu
tún", "nhờ cô quế ghi giúp"): the same word, spelled the same, names the same person
(``echoes``).
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Iterable, Iterator

from ai_guard.detectors.person.lexicon import lexicons
from ai_guard.detectors.person.shape import is_vietnamese_syllable
from ai_guard.detectors.person.words import matches_at_lines_with
from ai_guard.text import Document, fold_word
from ai_guard.text.match import holds_any, literal_led_matches, whole_spots

__all__ = [
    "TIMES_OF_DAY",
    "boys_by_order",
    "boys_of_families",
    "bracketed_aliases",
    "chat_field_names",
    "counted_kin",
    "echoes",
    "listed_references",
    "log_lines",
    "paired_kin",
    "tally_names",
]

#: a time as a chat shows it ("9:02", "[21:14]", "09:02:11")
_TIME = r"\[?\d{1,2}:\d{2}(?::\d{2})?\]?"
#: a chat line's speaker field: an optional time, up to four words, a name in brackets maybe
#: ("Mẹ Bin (Kiều Oanh):"), an optional time after them, a comma before it at times ("Huyen
#: 9:02:", "Quyên, 21:05:"), then ":"
_FIELD = re.compile(
    rf"[ \t]*(?:[-*>][ \t]*)?(?P<before>{_TIME}[ \t]*)?"
    r"(?P<field>[^\W\d_]+(?:[ \t]+[^\W_]+){0,3}?)"
    r"(?:[ \t]*\((?P<alias>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3})\))?"
    rf"(?P<after>,?[ \t]+{_TIME})?[ \t]*:(?!\d)"
)
_WORD = re.compile(r"[^\W_]+")
#: a clock's time at a colon ("9:02", "21:14"), to count a log's times
_CLOCK = re.compile(r"\d:\d\d")


def _clocks(text: str) -> int:
    """How many times a clock shows in ``text`` (up to two), tried only at its colons."""
    count = 0
    at = text.find(":")
    while at > 0 and count < 2:
        if _CLOCK.match(text, at - 1):
            count += 1
        at = text.find(":", at + 1)
    return count


#: a parent's display name opens with these (folded): "Mẹ Tún", "Bố Bin", "Ba Na", "Má Ty"
_PARENTS = frozenset({"me", "bo", "ba", "ma"})
#: the first word of a lower-case tag after a one-word name: a house, a unit, a role ("Thủy
#: nhà 36", "Toan tu phap", "Lan ke toan", "Hai to 5"), folded
_TAG_HEADS = frozenset(
    {"nha", "phong", "to", "xom", "thon", "doi", "ban", "tu", "ke", "van", "can", "dia"}
    | {"kp", "khu", "ap", "tdp", "cong", "thu", "y", "bs"}
    | {"lop"}  # a teacher's or a parent's class ("Nguyệt lớp 2B", "Cô Nguyet lop 2B")
)
#: kin words and honorifics that open a speaker's display name before a given name and a tag
#: ("Cô Nguyệt lớp 2B:", "Thay Hung to 3:"), folded
_SPEAKER_KIN = frozenset({"co", "thay", "chi", "anh", "em", "chu", "bac", "di", "cau"})
#: a kin word and a title-case word that name a unit, a role or a thing together, no person
#: ("Chi đoàn lớp 10A1:", "Chi bộ thôn 3:", "Cố vấn ...", "Chủ nhiệm lớp 5A:"), folded
_KIN_UNITS = frozenset(
    {"chi doan", "chi bo", "chi hoi", "chi cuc", "chi nhanh", "co van", "co so", "chu tich"}
    | {"chu nhiem", "anh van", "thay the", "em be", "bac si", "chi so", "chu de", "di chuc"}
)
#: school subjects, folded: before "lớp" they name a class's lesson, no person ("Toán lớp 3:",
#: "Anh văn lớp 5:")
_SUBJECTS = frozenset({"toan", "van", "ly", "hoa", "sinh", "su", "dia", "anh", "tin", "nhac"})
#: kin words and chat's short forms before a name said again in a log's lines (folded)
_ECHO_CUES = frozenset(
    {"ong", "ba", "anh", "chi", "em", "co", "chu", "bac", "chau", "cu", "di", "cau", "be"}
    | {"con", "a", "c", "e", "cj", "thay", "mo", "thim", "me", "bo"}
    | {"huynh"}  # "phụ huynh Bin ơi": the parent of the pupil a field named
)


#: times of the day that open a schedule's lines as a speaker opens a log's ("sáng 8:00:",
#: "chiều 14:00:"), folded; "Sáng", "Chiều" are given names too
TIMES_OF_DAY = frozenset({"sang", "trua", "chieu", "toi", "dem", "khuya", "luc", "tu", "den"})


def log_lines(text: str, spoken: int) -> list[re.Match[str]]:
    """``_log_lines``: a chat log's speaker fields (group ``field``), for :mod:`.chat_fields`."""
    return _log_lines(text, spoken)


#: a kin word as it opens a display name, spelled as one (with its diacritics or typed plain,
#: lower case): "Mẹ Na", "Me Na", "Cô Trang lớp 3A", "Co Trang lop 3A"; not "Bộ" (a ministry:
#: "Bộ Công An:") nor "bo" typed plain (as often "bộ": "Bo Noi Vu: dong y"), "Cổ", "Mã", "ma"
_KIN_OPENING = frozenset(
    {"mẹ", "me", "bố", "ba", "má", "cô", "co", "thầy", "thay", "chị", "chi", "anh", "em"}
    | {"chú", "chu", "bác", "bac", "dì", "di", "cậu", "cau"}
)


def _kin_led(m: re.Match[str]) -> bool:
    """Whether a speaker field is a display name a kin word opens, the name after it in title
    case ("Me Na:", "Co Trang lop 3A:", "Bố Bin:"): two to four words, the kin word spelled as
    one (``_KIN_OPENING``)."""
    words = m.group("field").split()
    return (
        2 <= len(words) <= 4
        and words[0][:1].isupper()
        and words[0].lower() in _KIN_OPENING
        and _title_syllable(words[1])
    )


def _log_lines(text: str, spoken: int) -> list[re.Match[str]]:
    """The speaker fields of ``text`` when it is a chat log: two lines with a time or more,
    ``spoken`` (the other paths' speaker lines) two or more, or two display names or more that
    a kin word opens ("Me Na: co oi ...", "Co Trang lop 3A: dc a ...": a parents' and teacher's
    group, its names typed plain that the other paths' speakers do not read)."""
    if spoken < 2 and _clocks(text) < 2:
        # (no log without two speakers, two times or two kin-led display names: the fields
        # read one at a time until two kin-led ones, none held)
        kin = 0
        for m in matches_at_lines_with(_FIELD, text, ":"):
            kin += _kin_led(m)
            if kin >= 2:
                return list(matches_at_lines_with(_FIELD, text, ":"))
        return []
    lines = list(matches_at_lines_with(_FIELD, text, ":"))
    timed = sum(1 for m in lines if m.group("before") or m.group("after"))
    return lines if timed >= 2 or spoken >= 2 else []


def chat_field_names(
    text: str,
    spoken: int,
    is_given: Callable[[str], bool],
    opens_role: Callable[[str, str], bool],
) -> Iterator[tuple[int, int, str]]:
    """The names in a chat log's speaker fields that the module docstring describes, whether
    another path found them or not; ``spoken`` counts the log's speaker lines the other paths
    read, ``is_given`` says whether a word is a lexicon given name written as one,
    ``opens_role`` whether a name and the tag's first word are a role or an everyday word
    together ("Truong phong", "Van thu co quan": trưởng phòng, văn thư)."""
    for m in _log_lines(text, spoken):
        base = m.start("field")
        words = [(w.start() + base, w.end() + base, w.group()) for w in _WORD.finditer(m["field"])]
        first = words[0][2]
        if fold_word(first) in _PARENTS and len(words) in (2, 3):
            child = words[1:]
            if all(_title_syllable(w) for _, _, w in child):
                yield child[0][0], child[-1][1], "speaker"
                # the parent's own name in brackets after the child's ("Mẹ Bin (Kiều Oanh):")
                if m["alias"] is not None and all(map(_title_syllable, m["alias"].split())):
                    yield m.start("alias"), m.end("alias"), "speaker"
            continue
        if (
            fold_word(first) in _SPEAKER_KIN
            and first.istitle()
            and len(words) >= 3
            and is_given(words[1][2])
            and words[1][2].istitle()
            and not opens_role(first, words[1][2])
            and fold_word(f"{first} {words[1][2]}") not in _KIN_UNITS
            and _lower_tag([w for _, _, w in words[2:]], words[1][2])
        ):
            yield words[1][0], words[1][1], "speaker"  # "Cô Nguyệt lớp 2B:": Nguyệt
            continue
        if not first.istitle() or not is_given(first):
            continue
        rest = [w for _, _, w in words[1:]]
        if rest:
            if opens_role(first, rest[0]) or not _lower_tag(rest, first):
                continue
        elif not m.group("after"):
            continue  # a one-word field with no time is given.py's
        elif fold_word(first) in TIMES_OF_DAY:
            continue  # "Sáng 8:00: họp giao ban": a schedule's line, no speaker
        yield words[0][0], words[0][1], "speaker"


def _title_syllable(word: str) -> bool:
    """A title-case word of a Vietnamese syllable's shape, two letters or more ("Bin", "Oanh")."""
    return word.istitle() and len(word) >= 2 and word.isalpha() and is_vietnamese_syllable(word)


def _lower_tag(words: list[str], name: str) -> bool:
    """Whether a speaker field's words after ``name`` are a lower-case tag that a house, a unit
    or a class opens ("nhà 36", "tu phap", "lớp 2B"): each in lower case or opened by a digit;
    a school subject before "lớp" is a lesson, no name's tag."""
    head = fold_word(words[0])
    return (
        head in _TAG_HEADS
        and words[0].islower()
        and all(w.islower() or w[0].isdigit() for w in words)
        and not (head == "lop" and fold_word(name) in _SUBJECTS)
    )


#: a word, to find a name said again
_ANY_WORD = re.compile(r"[^\W\d_]+")


def echoes(
    text: str, names: Iterable[tuple[int, int]], free: Callable[[int, int], bool]
) -> Iterator[tuple[int, int, str]]:
    """The names a chat log's fields gave (``names``: their spans), said again in the log after
    a kin word, in any letter case but spelled the same ("Mẹ Tún: cô ơi cháu tún ...", "Quế:
    dạ" ... "nhờ cô quế ghi giúp")."""
    wanted = {text[s:e].lower() for s, e in names if e - s >= 2 and " " not in text[s:e]}
    if not wanted:
        return
    previous: tuple[int, int, str] | None = None
    for w in _ANY_WORD.finditer(text):
        word = w.group()
        low = word.lower()  # (spelled the same: the lower case keeps the diacritics)
        if (
            previous is not None
            and low in wanted
            and fold_word(previous[2]) in _ECHO_CUES
            and text[previous[1] : w.start()] in (" ", "\t")
            and free(w.start(), w.end())
        ):
            yield w.start(), w.end(), fold_word(previous[2])
        previous = (w.start(), w.end(), word)


#: a tally's row: a room and its number, a kin word or "vợ chồng" maybe, a given name, then a
#: count and its unit ("phòng 1 Hưng 120 số, phòng 2 chị loan 98 số, phòng 3 vợ chồng tài 210
#: số"), on the folded text; led by "phong", tried only where it stands
_TALLY_ROW = re.compile(
    r"phong[ \t]*\d{1,4}[ \t]*[:\-]?[ \t]+"
    r"(?:(?:vo[ \t]+chong|chi|anh|co|chu|ba|ong|em|bac|c|a|e)[ \t]+)?"
    r"(?P<name>[a-z]+)[ \t]+\d+(?:[.,]\d+)?[ \t]*"
    r"(?:so|kwh|khoi|m3|kg|d|k|tr|trieu|nghin|nguoi|ngay|buoi)(?![^\W\d_])"
)


def tally_names(
    doc: Document, is_given: Callable[[str], bool], free: Callable[[int, int], bool]
) -> Iterator[tuple[int, int, str]]:
    """Given names in a tally of two rows or more, each a room by its number, the
    name (after a kin word maybe) and a count with its unit ("nhờ tính tiền điện: phòng 1
    Hưng 120 số, phòng 2 chị loan 98 số, phòng 3 vợ chồng tài 210 số"): the row says who
    lives there; the word must be a lexicon given name written as one."""
    folded = doc.folded
    if folded.count("phong") < 2:
        return
    rows = [
        m
        for m in literal_led_matches(_TALLY_ROW, folded, "phong")
        if m.start() == 0 or not folded[m.start() - 1].isalnum()
    ]
    if len(rows) < 2:
        return
    for m in rows:
        s, e = m.span("name")
        if is_given(doc.text[s:e]) and free(s, e):
            yield s, e, "tally"


#: a list's item boundary before a word: the line's start, ":", ",", ";" or "và"/"va"/"and"
_ITEM_BEFORE = re.compile(r"(?:^|[:,;\n]|(?<![^\W\d_])(?:va|and))[ \t]*$")
#: the same after it
_ITEM_AFTER = re.compile(r"[ \t]*(?:$|[,;\n]|\.(?![^\W_])|(?:va|and)(?![^\W\d_]))")


def listed_references(
    doc: Document, full_names: Iterable[tuple[int, int]], free: Callable[[int, int], bool]
) -> Iterator[tuple[int, int, str]]:
    """A given name standing alone as a list's item ("cham cong cho to ve sinh: dung, tam, lo
    van suoi, ... ho ten day du pham thi dung, trieu van tam") where a full name of the same
    prompt (``full_names``: spans of three words or more) ends with it: the full name says the
    word names a person, the list's structure that it stands alone as one."""
    folded = doc.folded
    givens: set[str] = set()
    for s, e in full_names:
        words = folded[s:e].split()
        if len(words) >= 3 and len(words[-1]) >= 2:
            givens.add(words[-1])
    # the givens of letters and digits only, all in one reading of the text (a loop each read
    # a CSV of thousands of names once per name); where one stands whole, no other place of
    # it overlaps (the loop below skips a place overlapping the one before it)
    # (the places one at a time, in order: a table's thousands of places and their sorted
    # copy were held at once, the peak of its names' reading)
    plain = {g for g in givens if g.isalnum()}
    others: list[tuple[int, int]] = []
    for given in givens - plain:
        at = folded.find(given)
        while at >= 0:
            end = at + len(given)
            whole = (at == 0 or not folded[at - 1].isalnum()) and (
                end == len(folded) or not folded[end].isalnum()
            )
            if whole:
                others.append((at, end))
            at = folded.find(given, end)
    spots = whole_spots(folded, plain)
    for s, e in heapq.merge(spots, sorted(others)) if others else spots:
        if not doc.text[s:e].islower() and not doc.text[s:e].istitle():
            continue
        if (
            _ITEM_BEFORE.search(folded, max(0, s - 6), s)
            and _ITEM_AFTER.match(folded, e)
            and free(s, e)
        ):
            yield s, e, "listed"


#: a kin word, one word, then the bracket that opens a full name ("bé bin (nguyễn minh khôi",
#: "cu tí (lê văn an"), the words that say it is the real one maybe ("bac bay (ten that la
#: dinh van thuong)", "(tên khai sinh: ..."): the word is the person's nickname (folded, up to
#: the bracket)
_ALIAS_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:be|cu|chau|em|con|anh|chi|ong|ba|co|chu|bac|thang)[ \t]+"
    r"(?P<alias>[a-z]+)[ \t]*\("
    r"(?:[ \t]*ten(?:[ \t]+(?:that|khai[ \t]+sinh|day[ \t]+du|tren[ \t]+giay))?"
    r"(?:[ \t]+la|[ \t]*:)[ \t]*)?$"
)


#: the same after a full name: a kin word or an honorific and the nickname in brackets right
#: after the name ("tran van dau (ong sau)", "ngô thị rị (cô ba)")
_ALIAS_AFTER = re.compile(
    r"[ \t]*\([ \t]*(?:be|cu|em|anh|chi|ong|ba|co|chu|bac|di|cau|thim|mo|ut|thang)[ \t]+"
    r"(?P<alias>[a-z]+)[ \t]*\)"
)


#: words that point at a person already named ("ông này", "bà ấy", "anh kia"), folded: no
#: nickname
_POINTING = frozenset(("nay", "ay", "do", "kia", "ta", "y"))
#: peoples whose names a kin word and a given name spell, folded ("Ba Na", "Cơ Tu", "Cơ Ho")
_PEOPLES = frozenset(("ba na", "chu ru"))
#: ... and those a kin word typed plain spells too ("co tu": cô Tư), only where "Cơ" is spelled
_PEOPLES_SPELLED = frozenset(("co tu", "co ho"))
#: words of a relation after a kin word ("bà nội", "chị ruột", "mồ côi", "chủ hộ"), folded
_RELATIONS = frozenset(
    ("noi", "ngoai", "ruot", "ho", "coi", "nuoi", "ke", "dau", "re", "ca", "con", "chau", "trai",
     "gai", "lon", "nho", "be")
)  # fmt: skip


def bracketed_aliases(
    doc: Document, full_names: Iterable[tuple[int, int]], free: Callable[[int, int], bool]
) -> Iterator[tuple[int, int, str]]:
    """The nickname before a full name in brackets, after a kin word ("bé bin (nguyễn minh
    khôi, 2018)", "cu Tí (Lê Văn An)"), or in brackets after it with its kin word ("tran van
    dau (ong sau)"): the brackets say who the nickname names; a word of a Vietnamese
    syllable's shape, two letters or more."""
    folded = doc.folded
    for s, e in full_names:
        if len(folded[s:e].split()) < 2 or s == 0:
            continue
        # before the name, or in brackets after it ("ong tran van dau (ong sau)", "bà Ngô
        # Thị Rị (cô Ba)": the name the neighbours call the person by, a birth-order word as
        # often as not)
        for m in (_ALIAS_BEFORE.search(folded, max(0, s - 48), s), _ALIAS_AFTER.match(folded, e)):
            if m is None:
                continue
            a, b = m.span("alias")
            alias = doc.text[a:b]
            if m.re is _ALIAS_AFTER and not _nickname_after(doc.text, m):
                continue
            if len(alias) >= 2 and alias.isalpha() and is_vietnamese_syllable(alias) and free(a, b):
                yield a, b, "alias"


#: birth-order words a nickname is made of, folded ("ông Sáu", "cô Ba", "chú Út")
_BIRTH_ORDER = frozenset(("hai", "ba", "tu", "nam", "sau", "bay", "tam", "chin", "muoi", "ut"))


def _nickname_after(text: str, m: re.Match[str]) -> bool:
    """Whether the kin word and the word in brackets after a full name are a nickname ("(ong
    sau)", "(cô Út)"): the kin word in lower case, no people ("(Ba Na)"), the word a
    birth-order word or a given name of the lexicon, no relation ("(bà nội)", "(chủ hộ)",
    "(mồ côi)", "(chị ruột)") nor a pointing word ("(ông này)")."""
    cue = text[m.start() : m.start("alias")].strip(" \t(")
    word = fold_word(text[m.start("alias") : m.end("alias")])
    if not cue.islower() or word in _POINTING or word in _RELATIONS:
        return False
    pair = f"{fold_word(cue)} {word}"
    if pair in _PEOPLES or (pair in _PEOPLES_SPELLED and "ơ" in cue.lower()):
        return False  # "(ba na)": the Bahnar people in lower case; "(cơ tu)" spelled so is
        # the Cơ Tu people, "(co tu)" typed plain as often "cô Tư"
    return word in _BIRTH_ORDER or word in lexicons().givens


#: "thằng" (a boy, a younger man, said of one's own) and a birth-order nickname, as written
#: with diacritics ("nói với thằng út mai mốt về", "thằng tư nhà bên")
_BOY_ORDINAL = re.compile(
    r"(?<![^\W\d_])[tT]hằng[ \t]+(?P<name>út|hai|ba|tư|năm|sáu|bảy|tám|chín)(?![^\W\d_])"
)
#: what a count follows ("thằng ba tuổi", "hai đứa"): no nickname then
_COUNT_AFTER = re.compile(
    r"[ \t]+(?:\d|tuổi|đứa|người|năm|tháng|ngày|lần|cái|con|thằng|giờ|mươi|trăm)(?![^\W\d_])"
)


def boys_by_order(text: str, free: Callable[[int, int], bool]) -> Iterator[tuple[int, int, str]]:
    """A birth-order nickname after "thằng" ("thằng út", "thằng tư"): the word names a son or
    a younger man of the family, unless a count follows it ("thằng ba tuổi")."""
    for m in _BOY_ORDINAL.finditer(text):
        s, e = m.span("name")
        if _COUNT_AFTER.match(text, e) is None and free(s, e):
            yield s, e, "thang"


#: "thằng" (typed plain too), one word, then the family the boy is of: "con (nhà / của)" and
#: a kin word, "nhà" and a neighbour's place or a kin word ("thang ti con ba tu", "thằng cu
#: nhà bên cạnh", "thang bom nha ong sau"), folded; led by the "t", the letter before it
#: looked behind (a look-behind first is tried at every position)
_BOY_OF_FAMILY = re.compile(
    r"t(?<![^\W\d_]t)hang[ \t]+(?P<name>[a-z]{2,})[ \t]+(?:con[ \t]+(?:(?:nha|cua)[ \t]+)?"
    r"(?:ong|ba|anh|chi|co|chu|bac|di|thim|cau|mo)|nha[ \t]+(?:ben|canh|hang|ong|ba|anh|chi"
    r"|co|chu|bac|di))[ \t]+[a-z]"
)
#: words after "tháng" (month) typed plain that the pattern would take for a boy's nickname:
#: the months' numbers and names, "này", "trước", "sau", "tới", "rồi" ("thang nay con ba ...")
_MONTH_WORDS = frozenset(
    {"nay", "truoc", "sau", "toi", "roi", "gieng", "chap", "mot", "muoi", "nua", "qua"}
    | {"dau", "cuoi", "giua", "nam", "hai", "ba", "tu", "bay", "tam", "chin", "ut", "le"}
)


def boys_of_families(
    doc: Document, free: Callable[[int, int], bool]
) -> Iterator[tuple[int, int, str]]:
    """A boy's nickname after "thằng" whose family follows it ("thang ti con ba tu o khom 4",
    "thằng cu nhà bên cạnh đánh bé"): not a month's word after "tháng" typed plain, nor a
    pointing word; "thằng" spelled so where the text has diacritics."""
    folded, text = doc.folded, doc.text
    for m in _boys_at(folded):
        word = m.group("name")
        if word in _MONTH_WORDS or word in _POINTING or word in _RELATIONS:
            continue
        head = text[m.start() : m.start() + 5]
        if not head.isascii() and head.lower() != "thằng":
            continue  # "tháng": a month
        s, e = m.span("name")
        if is_vietnamese_syllable(text[s:e]) and free(s, e):
            yield s, e, "thang"


def _boys_at(folded: str) -> Iterator[re.Match[str]]:
    """The matches of ``_BOY_OF_FAMILY`` where "thang " stands (a literal search, the pattern
    matched there only)."""
    p = folded.find("thang ")
    while p >= 0:
        m = _BOY_OF_FAMILY.match(folded, p)
        if m is not None:
            yield m
        p = folded.find("thang ", p + 6)


#: a count of siblings or children, then as many names (folded): "3 anh em tung, hoa, thang",
#: "hai dua con: bin va na"
_COUNTED_KIN = re.compile(
    r"(?<![^\W\d_])(?P<n>[2-9]|hai|ba|bon|nam|sau)[ \t]+"
    r"(?:anh em|chi em|anh chi em|dua con|nguoi con|dua chau|nguoi chau)[ \t]*:?[ \t]+"
    r"(?P<items>[a-z]+(?:[ \t]*,[ \t]*[a-z]+)*(?:[ \t]*,?[ \t]+va[ \t]+[a-z]+)?)"
    r"(?![^\W\d_])"
)
#: what a count of kin holds (folded): the pattern is tried only where one stands
_COUNTED_GATES = ("anh em", "chi em", "dua con", "nguoi con", "dua chau", "nguoi chau")
_COUNT_WORDS = {"hai": 2, "ba": 3, "bon": 4, "nam": 5, "sau": 6}
_ITEM = re.compile(r"[a-z]+")


def counted_kin(
    doc: Document, is_given: Callable[[str], bool], free: Callable[[int, int], bool]
) -> Iterator[tuple[int, int, str]]:
    """The given names of siblings or children listed after their count ("chia thừa kế cho 3
    anh em tùng, hòa, thắng thì ...", "hai đứa con: bin và na"): as many words as the count
    says, each a lexicon given name written as one ("và" before the last allowed)."""
    folded = doc.folded
    if not holds_any(folded, _COUNTED_GATES):
        return
    for m in _COUNTED_KIN.finditer(folded):
        count = m.group("n")
        n = int(count) if count.isdigit() else _COUNT_WORDS[count]
        base = m.start("items")
        items = [w for w in _ITEM.finditer(m.group("items")) if w.group() != "va"]
        if len(items) != n:
            continue
        spans = [(base + w.start(), base + w.end()) for w in items]
        if all(is_given(doc.text[s:e]) for s, e in spans):
            yield from ((s, e, "counted") for s, e in spans if free(s, e))


#: "thằng" (said of a boy or a younger man of one's own) and a word, then "với"/"và"/"cùng" or
#: a comma and "thằng" or "con" (of a girl) and another word (folded): "thang tuan voi con hoa
#: lai danh nhau", "thằng bin và thằng bống"; led by its literal, tried where one stands
_PAIRED_KIN = re.compile(
    r"thang[ \t]+(?P<a>[a-z]+)(?![^\W\d_])(?:[ \t]*(?:,|voi|va|cung)[ \t]*"
    r"(?P<kb>thang|con)[ \t]+(?P<b>[a-z]+)(?![^\W\d_]))?"
)
#: the same pair the other way round, "con" first, before a "thằng" (folded, up to it)
_GIRL_BEFORE = re.compile(r"(?<![^\W\d_])con[ \t]+(?P<a>[a-z]+)[ \t]*(?:,|voi|va|cung)[ \t]*$")
#: words after "thằng"/"con" that count or order, or name an animal or a thing, as often as a
#: given name (folded): "tháng tư", "con út", "con long và con phượng" (a dragon, a phoenix)
_PAIRED_NOT = frozenset(
    {"hai", "ba", "tu", "nam", "sau", "bay", "tam", "chin", "muoi", "ut", "mot", "be", "trai"}
    | {"long", "phuong", "cong", "lan", "hac", "oanh", "ho", "tien", "dau", "ca", "nho"}
)


def paired_kin(
    doc: Document, is_given: Callable[[str], bool], free: Callable[[int, int], bool]
) -> Iterator[tuple[int, int, str]]:
    """Two children or younger people of one's own named as a pair, "thằng" before one of
    them at least ("thang tuan voi con hoa lai danh nhau", "con na và thằng bin"): each word
    a lexicon given name written as one, none a count, an order or an animal's word
    (``_PAIRED_NOT``); "thằng" typed with its diacritics where the text has them ("tháng" is
    a month, "thắng" a win)."""
    folded = doc.folded
    if "thang " not in folded:
        return
    text = doc.text
    for m in literal_led_matches(_PAIRED_KIN, folded, "thang"):
        at = m.start()
        if at > 0 and folded[at - 1].isalnum():
            continue
        spans = [m.span("a")]
        kins = [(at, at + 5)]
        if m.group("b") is not None:
            spans.append(m.span("b"))
            if m.group("kb") == "thang":
                kins.append(m.span("kb"))
        girl = _GIRL_BEFORE.search(folded, max(0, at - 24), at)
        if girl is not None:
            spans.append(girl.span("a"))
        if len(spans) < 2:
            continue  # one alone: "thang" is a month as often, "thằng" an insult
        if any(not text[a:b].isascii() and text[a:b].lower() != "thằng" for a, b in kins):
            continue  # "tháng", "thắng": no "thằng"
        for a, b in spans:
            word = text[a:b]
            if fold_word(word) not in _PAIRED_NOT and is_given(word) and free(a, b):
                yield a, b, "thang"
