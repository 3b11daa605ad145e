"""Hamlets and minority residences (thôn, xóm, ấp, bản, buôn, plei, phum, sóc): a village alone
where it says where someone lives (after "ở", "trú", a listed person), a Jrai or Ede village
typed plain, a hamlet named after its landmark, a village in a table's cell, and a village
before the chain that goes on after it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ai_guard.detectors.address.lexicon import (
    _ACCEPTED,
    _LC_NOT_NAME,
    _LC_WORDS,
    _NAME_UNITS,
    _PLACE_SYLLABLES,
    _UNITS,
    BASE_SCORE,
    DETECTOR_ID,
    SCORE_CUED,
    _first_word,
    _is_unit_word,
    _Link,
    _literal_gate,
    _spellings,
    _village,
    _word_before,
)
from ai_guard.detectors.address.lower_case import (
    _AGENCY_NOT,
    _CUE_VILLAGE_NOT,
    _HAMLET_UNITS,
    _LC_END_SPELLINGS,
    _LC_STOPS,
    _MINORITY_UNITS,
    _VILLAGE_NOT,
    _VILLAGE_UNITS,
    _co_village,
    _spelled_otherwise,
    _third_of_hamlet,
    _written_as_syllable,
)
from ai_guard.detectors.address.people import (
    _HOUSEHOLD_DASH,
    _LISTED_PERSON_DASH_LC,
    _MINORITY_VILLAGES,
    _PERSON_COMMA_BEFORE_LC,
    _SOLD,
    _WORD_APOS,
    _household_row,
    _listed_before_lc,
    _listed_with_year_lc,
    _marked_name,
    _person_bracket_before,
    _residence_column,
    _someone_before_o,
    _spelled_surnames,
    _spelled_surnames_lc,
)
from ai_guard.detectors.address.places import _COUNTERS, _LC_AFTER_WORD, _LC_END
from ai_guard.detectors.address.streets import _STREET_FIRST, _street_may_start
from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.lexicon import lexicons
from ai_guard.detectors.person.minority import minority_lexicon
from ai_guard.detectors.person.shape import is_vietnamese_syllable
from ai_guard.models import EntityType
from ai_guard.text import Document, fold_word
from ai_guard.text.match import CueSet
from ai_guard.text.tables import column_header


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


#: a village or hamlet in lower case and its name of one to three words, then a comma: "bản co
#: mòn, xã ...", "sóc ô chum, xã ...", "buon ma lu, xa ..." (whose names the unit scan leaves
#: when they are everyday words too), or a numbered one ("ấp mỹ an 1, xã ...", "thôn tà lú 2")
_LEAD_VILLAGE = re.compile(
    r"(?<![a-z])(ban|buon|plei|soc|phum|bon|lang|thon|xom|ap|khom)"
    r"((?:[ \t]+[a-z]+){1,3})(?:[ \t]+(\d{1,2}))?[ \t]*[,\-–][ \t]*$"
)
#: the most syllables of a minority village's lower-case name read alone ("plei kon hra chót")
_LONG_VILLAGE_WORDS = 4


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
#: the end of a component's line: punctuation or the line's end
_LINE_END = re.compile(r"[ \t]*(?:[,;.]|\r?\n|$)")
#: a list item's next field after a dash ("... - xóm 6 - sập hoàn toàn nhà ở - ...")
_FIELD_DASH = re.compile(r"[ \t]+[-–][ \t]+\S")
_HONORIFIC_LOWER = re.compile(r"(?:ong|ba|anh|chi|em|co|chu|bac|mr\.?|ms\.?|mrs\.?)$")


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


def _row_hamlet_word(word: str) -> bool:
    """Whether a folded word typed in lower case may be a hamlet's name after a person in a
    row (:mod:`.rows`): no everyday, chat or unit word."""
    return not (word in _LC_NOT_NAME or word in _LC_END or word in _UNITS or word in _VILLAGE_NOT)
