"""Names typed in lower case in chat-style prompts ("chị nguyễn thị lan ở ...", "tôi là hoàng
văn nam ở xóm 3", "ho ten: nguyen van an", "bị cáo thạch văn sang", "dong chi lai the hung,").

Lower case takes away the capital letters every other path relies on, so the bar is high:
only after a cue (an honorific or kin word, ``HONORIFICS``; a self-introduction or hand-typed
label, ``INTRODUCTIONS``; any plain-word cue of ``name_cues.tsv``: "bị cáo", "đồng chí", "chủ
tài khoản", "mr"), with a lexicon surname, and with the shape of a full name of three words or
more (a middle name and a given name: two words such as "anh trần tình", "anh vũ trang" are as
often everyday words; two words only after a cue that names a person and with the name's end
marked: "họ và tên: nguyễn an"). With diacritics, common phrases are compared by spelling
("đinh công khải" is no "công khai"). Without them "co", "chi", "di" are everyday words, so
the name needs the "... văn ..." / "... thị ..." shape, three name words led by a surname that
is no everyday word there (``PLAIN_SURNAMES``: "anh le minh tuan"), or name words only, no
two of them a common phrase, after a cue that names a person or with the end marked
(``_plain_evidence``); after "ông", "bà", "anh", "chị", "cháu", "bác", "cụ", "đ/c" a surname
that is no everyday word there, a middle or a given name and a given name, the end marked,
even where two of them spell a phrase ("ong dinh cong khai" at a line's end, "anh lo van
phong o ban cang": ``_phrased_name``). Lower-case cells under a name column are names too
(``_name_cells``), and so is a lower-case line under "(đã ký)" (``_signed_names``). A child's
or a friend's full name typed plain after "con" / "bạn", its middle and given name a phrase too,
is read where a child's end is marked ("con banh gia han lop 2a", "cho ban le van thanh cong sn
1996": ``_child_names``), and a child called by one word after "con em là" ("con e la bon, be
hoc lop 3": ``_child_called``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.context import NAME_HEADERS
from ai_guard.detectors.person.cued import headers_possible
from ai_guard.detectors.person.foreign import (
    PARTICLE_WORDS,
    foreign_lexicon,
    foreign_name,
    is_foreign_word,
)
from ai_guard.detectors.person.gates import Needs
from ai_guard.detectors.person.lexicon import (
    HONORIFICS,
    INTRODUCTION_SPELLINGS,
    INTRODUCTIONS,
    LEGAL_SPELLINGS,
    NEVER_IN_NAMES,
    PLAIN_SURNAMES,
    PLAIN_WORD_SURNAMES,
    TYPICAL_MIDDLE_SPELLINGS,
    TYPICAL_MIDDLES,
    everyday_pair,
    given_spellings,
    lexicons,
    middle_spellings,
    not_name_spellings,
    strong_cues,
    surname_spellings,
    two_word_titles,
)
from ai_guard.detectors.person.minority import (
    HMONG_MIDDLES,
    KHMER_CLANS,
    khmer_given_head,
    khmer_opener,
    minority_lexicon,
    minority_name,
)
from ai_guard.detectors.person.plain import honorific_before_surname
from ai_guard.detectors.person.scores import (
    BASE_NAME_COLUMN,
    SCORE_LOWER_CASE,
    SCORE_NAME_COLUMN,
    lower_case_hit,
)
from ai_guard.detectors.person.shape import is_vietnamese_syllable
from ai_guard.detectors.person.surname_first import is_legal_word, is_template_name
from ai_guard.detectors.person.views import word_sketch
from ai_guard.detectors.person.word_places import word_places
from ai_guard.detectors.person.words import (
    COMMUNITY_POSTS_FOLDED,
    PLAIN_PREDICATE_PAIR,
    matches_at_lines_with,
    spelled_as_cue,
    spelled_as_surname,
)
from ai_guard.models import EntityType
from ai_guard.text import Document, data, fold_word
from ai_guard.text.match import literal_led_matches, spelling, trie_regex

__all__ = [
    "EVERYDAY_SURNAMES",
    "LEFT_WORDS",
    "NEIGHBOUR_AFTER",
    "PLAIN_PREDICATE_PAIR",
    "PLAIN_VERBS",
    "STILL_AFTER",
    "TELL_WORDS",
    "lower_case_names",
    "mistyped_given",
    "name_start_tail",
    "neighbour_at",
    "other_name",
    "other_openers",
    "predicate_at",
    "uncued_openers",
]

_LOWER_WORD = re.compile(r"\S+")
_INTRODUCTION_SET = frozenset(INTRODUCTIONS)
#: kin words before a lower-case name ("bo nguyen van toan", "mẹ trần thị huệ"), folded; each
#: spelled as a cue of ``name_cues.tsv`` where the text has diacritics ("bộ" is not "bố")
_KIN = ("bo", "me", "cha", "vo", "chong")
_CUE_WORDS = frozenset(HONORIFICS) | frozenset(_KIN)
#: cues of ``name_cues.tsv`` that, typed without diacritics, are everyday words or pronouns
#: ("họ" they, "bé" small, "câu" sentence) or a surname ("son" / Sơn): no cue in lower case
_NO_LOWER_CUES = frozenset({"ho", "cau", "son", "mo", "thim", "tu"})
#: the words before "bo" typed plain that make it "bộ" ("cán bộ" staff, "toàn bộ" all,
#: "đồng bộ", "tiến bộ", "sơ bộ", "nội bộ", "cục bộ"), no "bố" (father): "can bo lam van thu"
#: is a clerk, no Lâm Văn Thu's father
_BO_COMPOUNDS = frozenset({"can", "toan", "dong", "tien", "so", "noi", "cuc"})


@lru_cache(maxsize=1)
def _cues() -> list[str]:
    """Everything that may stand before a lower-case name: the honorifics, kin words and
    introductions, and every context word of ``name_cues.tsv`` made of plain words ("bị cáo",
    "đồng chí", "chủ tài khoản", "mr", "chấp hành viên"), folded."""
    table = {
        t
        for t in lexicons().cues.terms
        if re.fullmatch(r"[a-z]+(?: [a-z]+)*", t) and t not in _NO_LOWER_CUES
    }
    return sorted(table | set(HONORIFICS) | set(_KIN) | _INTRODUCTION_SET | _ABBREVIATED)


#: chat's abbreviations of "anh", "chị", "em" before a full name typed without diacritics ("cho
#: minh hoi a phung van dung co cccd ..."): the name needs the "van"/"thi" shape or a surname
#: that is no everyday word there (``_judge``)
_ABBREVIATED = frozenset({"a", "c", "e"})
#: (a minority name's prefix "a" after them is :mod:`.bounded`'s to judge, not a cue's)
_ABBREVIATED_SPACED = frozenset(f"{w} " for w in _ABBREVIATED)


#: a cue word and a surname that, typed without diacritics, are an everyday phrase ("chi phi"
#: chi phí, "co phan" cổ phần, "chi dinh" chỉ định, "chu truong" chủ trương, "thay doi" thay
#: đổi): no name follows them there
_EVERYDAY_PAIRS = frozenset(
    {
        "co phan", "co dinh", "co le", "co ban", "co quan", "co dong", "co ta", "co lam",
        "co luc", "co han", "co chung", "co cong", "co vu", "co dau", "co mong", "co kha",
        "co phuong", "chi phi", "chi dinh", "chi dao", "chi doan", "chi tra", "chi tieu",
        "chi la", "chi can", "chi mong", "chi ho", "chi ban", "ong ba", "ba lan", "ba vi",
        "ba dinh", "anh ta", "chu dong", "chu ho", "chu dau", "chu quan", "chu truong",
        "chu luc", "bac ninh", "bac giang", "chau au", "chau phi", "thay doi", "thay vi",
        "di lai", "di lam", "di cung", "di ngu", "di tu", "di dau", "bo sung", "bo cong",
        "chong lai", "em be", "cu ly", "chu y", "bo phan", "bo truong", "bo tai", "me kong",
    }
)  # fmt: skip
#: the words before "ba" that make it part of a place ("o ba vi", "ve ba dinh": Ba Vì, Ba
#: Đình): after them "ba vi thi xuan mai ..." is "Ba Vì thì Xuân Mai ...", no Bà Vi
_PLACE_LEADS = frozenset(
    ("o", "tai", "di", "ve", "den", "toi", "tu", "qua", "len", "xuong", "huyen", "quan", "vung",
     "khu", "phia", "gan", "cach", "nuoc", "nui", "tren", "dat")
)  # fmt: skip
_WORD_BEFORE_BA = re.compile(r"([a-z]+)[ \t]+ba[ \t]+$")


def _addressed(folded: str, start: int) -> bool:
    """Whether the "ba" right before a name starting at ``start`` is the honorific: no word
    that leads to a place stands before it (``_PLACE_LEADS``)."""
    if start < 3 or folded[start - 3 : start] != "ba ":
        return False
    before = _WORD_BEFORE_BA.search(folded, max(0, start - 24), start)
    return before is None or before.group(1) not in _PLACE_LEADS


#: surnames that, typed without diacritics, are frequent everyday words ("khong" không, "la"
#: là, "chao" chào, "nhu" như): as the first of three name words they need a cue that names a
#: person ("dai bieu khong huong luong |" is "không hưởng lương")
EVERYDAY_SURNAMES = frozenset(
    {"khong", "la", "ma", "chao", "cung", "ban", "nhu", "vi", "tat", "can", "mong", "doi", "lieu"}
)
#: given names that, typed without diacritics, are everyday words ("la" là, "di" đi)
_EVERYDAY_GIVENS = frozenset({"la", "ma", "co", "di", "va", "o", "khong", "nhu", "cung"})
#: a colon closing a two-word name after an honorific, a word after it (folded)
_COLON_END = re.compile(r":[ \t]+[a-z]")
#: the same before "thì": "đó thì", "là thì", "không thì" ("o ba do thi lon.")
_EVERYDAY_BEFORE_THI = frozenset({"do", "la", "ma", "khong", "cung", "nhu"})
#: what may follow a lower-case name typed without diacritics and marks its end: a comma,
#: a bracket, the end of the line, a table cell, or an identifier ("sinh năm", "cccd"); group 1
#: holds the marks that still count after "đó thì" and the like (not the end of the line)
_NAME_END = re.compile(
    r"[ \t]*(?:([,;(]|(?:sinh|sn|cccd|cmnd|sdt|dt|tru|email|ns|mst|stk|tk)\b|so[ \t]*[0-9]"
    # "số" before a code led by its letters ("anh ngo quy bao so c4917306": a passport's)
    r"|so[ \t]+[a-z]{1,2}[0-9]{5}"
    # a number or a code after the name ("ba dinh thi nga 8h sang", "chi diep thu ha p1205"),
    # an identifier's label after "số" ("so dt 0868 ...")
    r"|(?<=[ \t])[a-z]?[0-9]|so[ \t]+(?:dt|dien thoai|cccd|cmnd|tk|tai khoan|ho chieu)\b"
    # "mã" and a code of digits after the name: the person's number in a list ("ong vu duy kha
    # ma 3621590847", "ba tong thi lien ma so bhxh 36...": "mã", never "mà", before a code)
    r"|ma[ \t]+(?:so[ \t]+)?(?:(?:bhxh|bhyt|the|thue|kh|hs)[ \t]*:?[ \t]*)?[a-z]{0,3}[0-9]{5}"
    # a pupil's class after the name ("em truong an khang lop 9b", "con banh gia han lop 2a");
    # not after "học" ("chau quach minh khoi hoc lop 3": "hoc" is no fourth name word)
    r"|(?<!hoc )(?<!hoc\t)lop[ \t]+[0-9]"
    # ... and "học lớp" after it ("em kim thi sa vet hoc lop 9": "hoc" is no name word)
    r"|hoc[ \t]+lop[ \t]+[0-9]"
    # a colon before a number ("ong vuong dinh tam: 025..."), "ở" before a place's unit word
    # ("o thon 2")
    r"|:(?=[ \t]*[0-9+])|o[ \t]+(?:thon|xom|ap|ban|buon|to|khu|khom|xa|phuong|thi tran"
    r"|huyen|quan|tinh|tp|so|duong|pho|ngo|hem|kiet)\b"
    # "quê" before a place's unit word ("e ten vuong dinh thang que xa hai dong")
    r"|que[ \t]+(?:o[ \t]+)?(?:thon|xom|ap|ban|buon|xa|phuong|huyen|quan|tinh|tp|thi xa)\b"
    # a hamlet's, a group's or a neighbourhood's unit word and its number right after the
    # name, no "ở": where the person lives, as a list or a form typed flat gives it ("ten ho
    # si thang thon 6 xa vinh lam", "ong ha van dau xom 3")
    r"|(?:thon|xom|ap|to|khu|khom|doi|tdp|kp)[ \t]+[0-9]{1,3}(?![0-9/.:h])"
    # "ở" before a house number ("anh truong cong hau o k24/7 hoang dieu", "o 12 ngo 5")
    r"|o[ \t]+[a-z]?[0-9]"
    # a Highland village's word and its name right after the name, no "ở" ("ksor nhin plei ia
    # krai", "y phoi nie buon ea ktur": a list of who lives where)
    r"|(?:plei|buon)[ \t]+[a-z]"
    # "và" / "với" before another person's honorific ("ong ta dinh phong va ba le thi oanh")
    r"|(?:va|voi)[ \t]+(?:ong|ba|anh|chi|em|co|chu|bac)[ \t]+[a-z]"
    # ... or before a relative of the person ("ong ta dinh thong va con re la ...")
    r"|(?:va|voi)[ \t]+(?:con[ \t]+(?:trai|gai|re|dau)|vo|chong)\b"
    # another person's honorific and full name right after it, no "và" between ("con anh lo
    # van toi chi cam thi pha": the parents listed)
    r"|(?:ong|ba|anh|chi|em|co|chu|bac)[ \t]+[a-z]+[ \t]+(?:van|thi)[ \t]+[a-z]"
    # "là" before a number, the person's phone or birth date ("sdt chi luu thi hanh la 0903
    # ..."); a vehicle's plate after "biển (số)" ("xe cua anh tang van kien bien 29h1-..."); the
    # year or the day the person died ("ong noi e bui van thu mat nam 2019")
    r"|la[ \t]+[0-9]|bien[ \t]+(?:so[ \t]+)?[0-9]{2}[ \t]?[a-z]"
    r"|mat[ \t]+(?:(?:nam|ngay|thang|tu|hoi|luc)[ \t]+)?[0-9]"
    # the person's people right after the name ("ong truong vi ky nguoi hoa", "ong dang nang
    # thu nguoi cham", "nguoi dan toc tay")
    r"|nguoi[ \t]+(?:dan[ \t]+toc|hoa|cham|khmer|kinh|tay|nung|muong|dao|hmong|mong|ede"
    r"|jrai|bahnar|xo[ \t]+dang|san[ \t]+diu|san[ \t]+chay|co[ \t]+ho|raglai|nuoc[ \t]+ngoai)\b)"
    r"|[)|\t\n\"]|$|[-\u2013] |\.(?:\s|$))"
)
#: words that are given names too but, as a fourth word, go on with the sentence ("là",
#: "sinh năm", "ở", "và", "phòng kế toán", "đang làm"); spelled so where the word has diacritics
_GOES_ON = (
    *("là", "sinh", "ở", "và", "phòng", "đang", "đã", "được", "không", "thì", "mà", "hỏi"),
    *("tại", "phản", "ủy", "uỷ", "gửi", "nhờ", "báo", "xin", "nộp", "đề", "về", "từ", "đến"),
    *("với", "của", "làm", "nói", "hẹn", "muốn", "cần", "bị", "vay", "mua", "bán", "trình"),
    *("kê", "khai", "đi", "ký", "kí", "lên", "chuyển", "bên"),
)
_GOES_ON_FOLDED = frozenset(fold_word(w) for w in _GOES_ON) - {"phong"}  # "Phong" is a name
_GOES_ON_SPELLED = frozenset(spelling(w) for w in _GOES_ON)


def _goes_on(word: str, *, spelled: bool = False) -> bool:
    """Whether a fourth lower-case word goes on with the sentence rather than the name; by
    its spelling where typed with diacritics, or (``spelled``) where the words before it are:
    in "bà phan thị kiều trinh đã ..." an ASCII "trinh" is spelled so, no "trình"."""
    if word.isascii() and not spelled:
        return fold_word(word) in _GOES_ON_FOLDED
    return spelling(word) in _GOES_ON_SPELLED


#: given names that, typed without diacritics, are verbs or prepositions that go on with the
#: sentence after a name ("chuyển", "đến", "về", "từ", "nhận", "gửi"): a fourth word so
#: typed ends the name unless the name's end is marked after it
PLAIN_VERBS = frozenset(
    {"chuyen", "den", "ve", "tu", "lam", "nhan", "gui", "hoi", "bao", "xin", "nop", "ky"}
    | {"toi", "tai", "cho", "co", "da", "dang", "duoc", "la", "o", "va", "sinh", "di", "sang"}
    | {"tru"}  # "trú tại"
    # "do" (do, đó), "du" (đủ), "can" (cần), "hoc" (học), "nghi" (nghỉ), "tiep" (tiếp) after a
    # name typed so ("ta quang hung do vi pham", "khong van bang du chua")
    | {"do", "du", "can", "hoc", "nghi", "tiep"}
    # "cùng", "cũng" after a name typed so ("ong lang van tinh cung o khoi 5": cùng ở)
    | {"cung"}
    # "giao" (giao: deliver) after a name typed so ("don cua bach thi thanh truc giao toi")
    | {"giao"}
)
#: what follows "que" typed without diacritics when it is "quê" (hometown), not "Quế": a
#: place's word or another word of the place ("que nam dinh", "que o thai binh", "que xa hai
#: dong"), never a name's end (a comma, a line's end)
_HOMETOWN_AFTER = re.compile(r"[ \t]+(?:o[ \t]+)?[a-z]{2,}(?![a-z])")
#: prepositions and conjunctions typed without diacritics ("trong", "trước", "sau", "khi",
#: "nhưng"): a fourth word so typed after a "văn" name goes on with the sentence ("ong tieu van
#: manh nhung den nay", "d/c ha van khiem trong danh sach"); after a "thị" name only those no
#: woman is named ("Nhung", "Sáu" are); never a rare given name ("chi van khanh truoc 10h")
_FUNCTION_WORDS = frozenset({"trong", "truoc", "khi", "ngoai", "tren", "duoi", "theo", "giua"})
_FUNCTION_AFTER_VAN = _FUNCTION_WORDS | frozenset({"nhung", "sau"})
#: words after "van" typed without diacritics that make it "vẫn" (still): "van chua" (vẫn
#: chưa), "van dang", "van khong"; none of them a given name after "Văn"
STILL_AFTER = frozenset({"chua", "dang", "da", "khong", "co", "phai", "duoc", "se", "nen"})
#: two words that, typed without diacritics, are an everyday phrase, not a surname and a
#: middle name ("trần thế", "hoàng kim")
_PLAIN_PHRASES = frozenset({"tran the", "hoang kim", "tran gian"})


def _surnames() -> list[str]:
    """The lexicon surnames but "la": in lower case it is "là" ("vợ là chị mai thị ngọc
    bích"); the patterns take it only before "văn" / "thị" ("la văn thiện")."""
    return sorted(data.folded_set("detectors/surnames.txt") - {"la"})


@lru_cache(maxsize=1)
def _lower_name_re() -> re.Pattern[str]:
    """An honorific or an introduction (a label may end with ':'; a cue may be followed by
    "là": "chị là", "em trai là"), then a lexicon surname and 1-3 more lower-case words
    (folded text)."""
    surnames = _surnames()
    return re.compile(
        r"(?P<cue>" + trie_regex(_cues()) + r")(?:[ \t]*[:.])?"
        r"(?:[ \t]+(?P<la>la)(?![ \t]+(?:van|thi)[ \t]))?[ \t]+"
        r"(?P<name>(?:" + trie_regex(surnames) + r"|la(?=[ \t]+(?:van|thi)[ \t]))"
        r"(?:[ \t]+[a-z]+){1,3})(?![a-z0-9])"
    )


# Where an honorific can start is searched on ``views.word_sketch`` (the folded text one byte
# per character, letters and digits as they are, anything else as a space), where a regex that
# starts with a plain space skips from space to space instead of trying the honorific trie at
# every letter of the text; :mod:`.word_places` scans it once for the cue words of every path
# that reads a name after one, and this module reads its lookahead at those places.


def cue_words() -> list[str]:
    """The cue words a lower-case name may follow (folded), for :mod:`.word_places`' scan."""
    return _cues()


@lru_cache(maxsize=1)
def cue_start_lookahead() -> str:
    """What follows a space before an honorific where a lower-case name may start, on the
    sketch (where a space also stands for a tab): the cue, spaces, a lexicon surname (group
    ``kinh``) or an opener of a minority or foreign name, spaces and a letter. Read at the
    places of :func:`.word_places.word_places` only. (Scanning for the start marks of
    :mod:`.bounded` in the same pattern was slower than two scans: 89 us against 53 + 24.)"""
    surnames = _surnames()
    return (
        "(?:"
        + trie_regex(_cues())
        + ")(?: +la)? +(?:(?P<kinh>"
        + trie_regex([*surnames, "la"])
        + ")|"
        + trie_regex(sorted(other_openers()))
        + ") +[a-z]"
    )


@lru_cache(maxsize=1)
def _cue_start_re() -> re.Pattern[bytes]:
    return re.compile(cue_start_lookahead().encode())


def cue_start_at(sketch: bytes, place: re.Match[bytes]) -> re.Match[bytes] | None:
    """:func:`cue_start_lookahead` at a cue place of :func:`.word_places.word_places` (right
    after its space on ``sketch``, the word sketch), or None: where a lower-case name may
    start after the cue (group ``kinh``: the lexicon surname)."""
    return _cue_start_re().match(sketch, place.start() + 1)


#: words after which a noun phrase, a name, starts ("gửi cho", "hồ sơ của", "giữa ... và"),
#: folded: a start mark of :mod:`.bounded`; in English mail "to", "cc", "dear", "hi", "holder"
LEFT_WORDS = (
    "cho cua voi va giua gui gom nhan la ten hang ds nhu oi and from with to cc dear hi"
    " holder"  # a passport's or an account's holder ("holder choi min-seok, visa ...")
    " by of for about"  # English before a name ("signed by nguyen van an,"; not "that": "thật")
    " khach"  # a guest, a client (a hotel's, a shop's: "khach morita yuki o phong 809")
    " giup gap goi"  # verbs that take a person ("nhắn giúp y khuê adrơng, ...", "gặp ...")
).split()
#: verbs that take a person, typed plain in chat ("hoi giup tran khoi nguyen sinh ngay ...",
#: "mk bao ha duy phuong nha o ..."), folded: a start as ``LEFT_WORDS`` where the verb has no
#: diacritic (h28's first run; "hỏi lại a đông" is no name after the verb)
TELL_WORDS = ("bao", "nho", "hoi")  # ("giup" is a LEFT_WORD: it opens a name however typed)


@lru_cache(maxsize=2)
def name_start_tail(hyphen: str) -> str:
    """A lookahead (on a sketch where ``hyphen`` stands for "-"): a lexicon surname and a
    lexicon middle name, or an opener of a minority or foreign name and what it needs after
    it (``uncued_openers``)."""
    surnames = lexicons()[0]
    openers = uncued_openers()
    # every alternative below opens with a word of these and a space: where the word is none
    # of them, one trie walk says no instead of six (the sketch's spaces before most words)
    firsts = {*surnames, *openers.any_next, *openers.prefix_next, *openers.hyphen_next}
    return (
        "(?=(?:"
        + trie_regex(sorted(firsts | {"h", "k", "y"}))
        + ") )"
        + name_start_alternatives(hyphen)
    )


@lru_cache(maxsize=2)
def name_start_alternatives(hyphen: str) -> str:
    """:func:`name_start_tail` without its first-word test (the same places: the test asks
    what each alternative asks first)."""
    surnames, middles, _, _, _ = lexicons()
    openers = uncued_openers()
    return (
        "(?=(?:"
        + trie_regex(sorted(surnames))
        + ") (?:"
        + trie_regex(sorted(middles))
        + ") |(?:"
        + trie_regex(sorted(openers.any_next))
        + ") [a-z]|(?:"
        + trie_regex(sorted(openers.prefix_next))
        + ") [ahky] |[hk] [a-z]+ [a-z]|[yh] [a-z]+ (?:"
        + trie_regex(sorted(_strong_clan_words()))
        + ")(?![a-z])|(?:"
        + trie_regex(sorted(openers.hyphen_next))
        + ") [a-z]+"
        + re.escape(hyphen)
        + "[a-z])"
    )


@lru_cache(maxsize=1)
def _strong_clan_words() -> frozenset[str]:
    """The strong clan names of one word, letters only ("mlo", "nie", "ksor"): no Vietnamese
    word, so one closing a prefix and a word ("y thông mlô") makes them a name."""
    return frozenset(
        c for c, strong in minority_lexicon().clans.items() if strong and re.fullmatch("[a-z]+", c)
    )


#: an Ede or Jrai prefix alone, a word, then a word to be a strong clan name (folded)
_PREFIX_WORD_CLAN = re.compile(r"[yh][ \t]+[a-z]+[ \t]+([a-z]+)(?![a-z'])")


def _prefix_then_clan(folded: str, start: int) -> bool:
    """Whether a prefix alone, a given name and a strong clan name start at ``start`` ("với
    y thông mlô,"): two pieces of evidence where no cue stands before the name ("y" alone is
    "ý" or chat's abbreviation as often)."""
    m = _PREFIX_WORD_CLAN.match(folded, start)
    return m is not None and m.group(1) in _strong_clan_words()


@lru_cache(maxsize=1)
def other_openers() -> frozenset[str]:
    """The words that may open a minority or a foreign name (``minority_lexicon().openers``,
    the foreign surnames and given names), as the sketch has them (letters only)."""
    words = set(minority_lexicon().openers) | set(foreign_lexicon().surnames)
    words |= set(foreign_lexicon().givens)
    return frozenset(w for w in words if re.fullmatch("[a-z]+", w))


@lru_cache(maxsize=1)
def _uncued_set() -> frozenset[str]:
    o = uncued_openers()
    return o.any_next | o.prefix_next | o.hyphen_next


class UncuedOpeners(NamedTuple):
    """The words a minority or foreign name may start with where no cue stands before it, by
    what must follow them (letters only, as the sketch has them)."""

    #: strong clan names ("ksor", "nie") and foreign words that are no Vietnamese syllable
    #: ("tanaka", "zhang", "david"): any word may follow
    any_next: frozenset[str]
    #: weak clan names, Vietnamese words too ("tong", "lo", "kim"): a prefix or a glued word
    prefix_next: frozenset[str]
    #: Korean surnames that Vietnamese words spell ("kim", "cho", "han"): a hyphenated given name
    hyphen_next: frozenset[str]


@lru_cache(maxsize=1)
def uncued_openers() -> UncuedOpeners:
    """The openers where no cue stands before a name (not "y", "a": pronouns and abbreviations
    in chat; not "chu", "tong", "cong": pinyin that Vietnamese words spell)."""
    lex = minority_lexicon()
    foreign = foreign_lexicon()

    def letters(words: set[str]) -> frozenset[str]:
        return frozenset(w for w in words if re.fullmatch("[a-z]+", w) and len(w) > 1)

    strong = {c.split(" ")[0] for c, is_strong in lex.clans.items() if is_strong}
    weak = {c.split(" ")[0] for c, is_strong in lex.clans.items() if not is_strong}
    shaped = {w for w in (*foreign.surnames, *foreign.givens) if not is_vietnamese_syllable(w)}
    korean = {w for w, o in foreign.surnames.items() if "ko" in o}
    return UncuedOpeners(letters(strong | shaped), letters(weak), letters(korean))


#: a cue and what may follow it before the name (folded text): ':' or '.', "là"
@lru_cache(maxsize=1)
def _cue_re() -> re.Pattern[str]:
    return re.compile(
        r"(?P<cue>" + trie_regex(_cues()) + r")(?:[ \t]*[:.])?(?:[ \t]+la(?=[ \t]))?[ \t]+"
    )


#: a word of a minority or foreign name in lower case: letters, an apostrophe or a hyphen
#: inside ("h'nhi", "o'brien", "ji-hoon")
_OTHER_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")


#: words that go on with the sentence after a minority or foreign name in lower case ("a
#: ngưi và", "y wơn niê mất năm 2020"), folded where typed so, else spelled
_OTHER_STOPS = frozenset(
    {"mat", "chet", "oi", "nhe", "a", "voi", "vs", "cua"}
    | {"from", "and", "with", "in", "at", "of", "is", "was", "will", "to", "for", "has"}
    # an identifier's label after the name ("em han sdt 0707 ..."): no word of a name
    | {"sdt", "dt", "stk", "tk", "cccd", "cmnd", "mst", "email", "zalo", "sn", "ns", "lop"}
)
#: of those, the English words, which a given name after a clan name may spell ("ksor to")
_ENGLISH_STOPS = frozenset({"from", "and", "with", "in", "at", "of", "is", "was", "to", "for"})
_OTHER_STOP_SPELLINGS = frozenset(spelling(w) for w in ("mất", "chết", "ơi", "nhé", "ạ"))


#: a Japanese or Korean polite suffix after a name ("kenji-san", "min-jun-ssi"): not the name's
_POLITE_SUFFIX = re.compile(r"-(?:san|sama|kun|chan|sensei|ssi|nim)$")


def _other_stop(word: str) -> bool:
    """Whether a word goes on with the sentence after a minority or foreign name."""
    if word.isascii():
        return fold_word(word) in _OTHER_STOPS
    return spelling(word) in _OTHER_STOP_SPELLINGS


#: cues that address a Highland elder the way "ông" does, before a one-letter prefix ("già
#: làng a blúp ở làng kon hơ ngo", "gia lang a blup o lang ..."), folded
_ELDER_CUES = frozenset({"gia lang"})


def _other_shape(doc: Document, q: int, detector_id: str) -> Detection | None:
    """A lower-case minority or foreign name after the cue at ``q`` ("ông a ngưi", "bà h'nhi
    êban", "mr david miller", "ms yamamoto keiko")."""
    cue = _cue_re().match(doc.folded, q)
    if cue is None or not doc.text[cue.end() : cue.end() + 1].islower():
        return None
    word = cue.group("cue")
    raw = doc.text[q : cue.end("cue")]
    if word in _INTRODUCTION_SET:
        if not raw.isascii() and spelling(raw) not in INTRODUCTION_SPELLINGS:
            return None
    elif word in _CUE_WORDS:
        if not spelled_as_cue(raw, doc, q):
            return None  # "có chữ hoa": not "cô"
    elif word in _ABBREVIATED:
        if raw != word:
            return None
        if _prefix_after(doc, cue.end()) and not _everyday_after(doc.text, cue.end()):
            # "a y thuôn", "c h'nhoi bya": an Ede or Jrai name's gender prefix cannot go on
            # from "a" / "c" / "e", which are chat's "anh", "chị", "em" there
            return other_name(doc, cue.end(), detector_id, honorific=True, chat_cue=word)
        if not _clan_after(doc.folded, cue.end()):
            return None  # only chat's "a", "c", "e" before a clan name: "a giàng a pao"
    elif lexicons().cues.before(doc, cue.end("cue")) is None:
        return None
    honorific = (word in HONORIFICS and not (word == "co" and raw.isascii())) or (
        word in _ELDER_CUES
    )
    strong = word not in _CUE_WORDS and word in _strong_lower_cues()
    return other_name(doc, cue.end(), detector_id, honorific=honorific, strong=strong)


def other_name(
    doc: Document,
    start: int,
    detector_id: str,
    *,
    honorific: bool = False,
    uncued: bool = False,
    strong: bool = False,
    header: str | None = None,
    chat_cue: str | None = None,
) -> Detection | None:
    """A lower-case minority or foreign name at ``start``: its words, up to four on one line
    and none that goes on with the sentence ("và", "ở", "mất"), judged by
    :func:`.minority.minority_name` and :func:`.foreign.foreign_name` as they judge
    capitalised ones (two pieces of evidence, or one and a cue). ``header``: the name
    column's header over the cell the name fills, a cue for a foreign name."""
    text = doc.text
    first = _OTHER_WORD.match(text, start)
    if first is None or not first.group().islower():
        return None  # the cheap tests first
    head = fold_word(first.group()).split("-")[0]
    glued = len(head) > 2 and head[1] == "'"  # "h'nhi"
    clan_closed = False
    if not glued and head not in (_uncued_set() if uncued else other_openers()):
        if not (uncued and _prefix_then_clan(doc.folded, start)):
            return None
        clan_closed = True  # "với y thông mlô,": a prefix, a word, a strong clan name
    spans: list[tuple[int, int]] = []
    pos = start
    while len(spans) < 4:
        w = _OTHER_WORD.match(text, pos)
        if w is None or not w.group().islower() or text[w.end() : w.end() + 1].isdigit():
            break  # "lô c5": a plot's number, no name
        word = w.group()
        if (
            spans
            and _other_stop(word)
            and not _hmong_middle(text, spans, w)
            and not (word.isascii() and word in _ENGLISH_STOPS and _opens_given(text, spans))
        ):
            break  # "a" opens a Bahnar name ("a ngưi"), never goes on with it
        if (
            spans
            and _goes_on(word)
            and not _opens_given(text, spans)
            and not (word in PARTICLE_WORDS and is_foreign_word(fold_word(text[slice(*spans[0])])))
        ):
            break  # ("anna de vries": "de" is a particle after a foreign given name)
        if spans and _predicate_at(doc, spans[-1][1]):
            break  # "ong sung a pao bo sung ...": the verb ends the name
        if spans and not word.isascii() and text.startswith(" ", w.end()):
            nxt = _OTHER_WORD.match(text, w.end() + 1)
            if nxt is not None and everyday_pair(word, nxt.group()):
                break  # "cô mary tài trợ 2 phòng học": the word opens an everyday word
        if word.endswith(("'s", "\u2019s")) and len(word) > 3:
            spans.append((w.start(), w.end() - 2))  # "mr tanaka hiroshi's wife": a possessive
            break
        suffix = _POLITE_SUFFIX.search(word)
        spans.append((w.start(), suffix.start() + w.start()) if suffix else w.span())
        if (
            uncued
            and not clan_closed
            and len(spans) == 2
            and not _other_evidence(
                [fold_word(text[a:b]) for a, b in spans], [text[a:b] for a, b in spans]
            )
        ):
            return None  # the cheap test first: no cue, so the words must show it
        if suffix or not text.startswith(" ", w.end()):
            break
        pos = w.end() + 1
    if len(spans) < 2:
        return None
    folded = [fold_word(text[a:b]) for a, b in spans]
    # the words read, before a minority name's count cuts them: a foreign name may take more
    # ("kim tae gyun": "kim" is a Khmer clan's word too, and a Korean surname)
    read, read_folded = spans, folded
    if _kin_is_then_kinh(folded):
        return None  # "me chau la ton nu thi dieu": "cháu là" and a Kinh name, no Chau La
    take = _minority_words(folded, text[spans[0][0] : spans[0][1]], text[spans[1][0] : spans[1][1]])
    if take is not None:
        lone_prefix = len(folded[0]) == 1 and not honorific
        clans = minority_lexicon().clans
        if lone_prefix and strong and any(w in clans for w in folded[1:take]):
            lone_prefix = False  # "họ và tên: y dju ktla": a label, a prefix, a clan name
        if lone_prefix and any(clans.get(w, False) for w in folded[2:take]):
            # "chồng là y bhim knul", "ten y kro bya": a prefix, the given name and a strong
            # clan name (no Vietnamese word) closing it are two pieces of evidence after any cue
            lone_prefix = False
        if take > len(folded) or lone_prefix:
            return None
        end = spans[take - 1][1]
        nxt = _OTHER_WORD.match(text, end + 1) if text.startswith(" ", end) else None
        if len(folded[0]) == 1 and not (
            _NAME_END.match(doc.folded, end)
            or (nxt is not None and (_goes_on(nxt.group()) or _other_stop(nxt.group())))
            or _predicate_at(doc, end)
            or _post_after(doc.folded, end)
        ):
            return None  # "a tùng file ...": "a" is "anh" there, the name's end unmarked
        spans, folded = spans[:take], folded[:take]
    found, _ = minority_name(doc, spans, folded, 0, detector_id, chat_cue=chat_cue)
    if found is None:
        found = foreign_name(
            doc, read, read_folded, 0, detector_id, known_cue=header, chat_cue=chat_cue
        )
    if found is None or found.score < SCORE_LOWER_CASE:
        return None
    return found


#: the two words after a name (folded)
_TWO_AFTER = re.compile(r"[ \t]+([a-z]+[ \t]+[a-z]+)(?![a-z])")


def _post_after(folded: str, end: int) -> bool:
    """Whether a post of a hamlet, a village or a commune follows the name ending at ``end``
    ("ong a dui truong lang ...", "bà y wơn già làng"): the post ends the name."""
    two = _TWO_AFTER.match(folded, end)
    return two is not None and " ".join(two.group(1).split()) in COMMUNITY_POSTS_FOLDED


def _opens_given(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the one word read so far is a name prefix or a clan name, so the next word is
    the given name even where it spells a verb ("ong y hen nie": "Hen", not "hẹn")."""
    if len(spans) != 1:
        return False
    lex = minority_lexicon()
    first = fold_word(text[spans[0][0] : spans[0][1]])
    return first in lex.prefixes or first in lex.clans


def _hmong_middle(text: str, spans: list[tuple[int, int]], w: re.Match[str]) -> bool:
    """Whether "a" after a clan name alone is a Hmong middle name, a word following it ("sùng
    a páo", "ong sung a pao bo sung"): not the particle "ạ" that ends a sentence."""
    return (
        len(spans) == 1
        and fold_word(w.group()) == "a"
        and fold_word(text[spans[0][0] : spans[0][1]]) in minority_lexicon().clans
        and text.startswith(" ", w.end())
        and text[w.end() + 1 : w.end() + 2].isalpha()
    )


def _other_evidence(folded: list[str], raw: list[str]) -> bool:
    """Whether the first two words of a lower-case run with no cue before it may be a
    minority or foreign name: a clan name or a glued prefix first ("ksor h'bla", "h'nhi
    êban"); a Korean surname and a hyphenated given name ("kim ji-hoon"); a foreign name word
    and a word that is no Vietnamese syllable ("zhang wei", "david miller"; not "cho vi",
    "tong du", which are Korean and Chinese surnames too)."""
    f0, f1 = folded[0], folded[1]
    lex = minority_lexicon()
    if len(f0) > 2 and f0[1] == "'" and f0[0] in "hk":
        # "h'ngam bya", "h'lim eban": the glued prefix (no opener of ``_uncued_set``: the
        # letters "h", "k" alone open none) and a word after it
        return True
    if f0 not in _uncued_set():
        return False
    if "-" in f1:
        return "ko" in foreign_lexicon().surnames.get(f0, frozenset())
    clan = lex.clans.get(f"{f0} {f1}", lex.clans.get(f0))
    if clan is not None:
        # a strong clan name ("ksor", "niê"), or a weak one ("tòng", "lò": Vietnamese words
        # too) before a prefix or a glued word ("nay h'lan")
        return clan or f1 in lex.prefixes or (len(f1) > 2 and f1[1] == "'")
    return (is_foreign_word(f0) or is_foreign_word(f1)) and not (
        is_vietnamese_syllable(raw[0]) and is_vietnamese_syllable(raw[1])
    )


#: the royal clan's double surname typed plain, a surname and a word no middle name
_ROYAL_CLAN = frozenset({"ton nu", "ton that"})


def _kin_is_then_kinh(folded: list[str]) -> bool:
    """Whether a run read as a Khmer name after "Chau" is "cháu là" (the grandchild is) and
    a Kinh name typed plain: "la", then a lexicon surname and a middle name or the royal
    clan's second word ("chau la ton nu thi dieu", "chau la le van an")."""
    if len(folded) < 4 or folded[0] != "chau" or folded[1] != "la":
        return False
    surnames, middles, _, _, _ = lexicons()
    return folded[2] in surnames and (
        folded[3] in middles or f"{folded[2]} {folded[3]}" in _ROYAL_CLAN
    )


def _minority_words(folded: list[str], first: str = "", second: str = "") -> int | None:
    """How many words a lower-case minority name starting with ``folded[0]`` takes, or None
    when it opens no minority name: after a clan name one word, or a prefix and one word
    ("ksor h'bla", "rơ mah h'lip", "kpă y lơn"); after a prefix one word and a clan name if
    one follows ("y wơn niê", "h'nhi êban", "a ngưi"). In lower case the walk through a
    capitalised run, which stops where the capitals do, would run on into the sentence.
    ``first``, ``second``: the first two words as written (a Khmer name: "thạch", "kim sóc")."""
    lex = minority_lexicon()
    two = " ".join(folded[:2])
    glued = [len(w) > 2 and w[1] == "'" and w[0] in "hk" for w in folded]
    if (len(folded) > 1 and two in lex.clans) or folded[0] in lex.clans:
        n = 2 if len(folded) > 1 and two in lex.clans else 1
        if n == 1 and len(folded) > 2 and folded[1] in HMONG_MIDDLES:
            return 3  # "sung seo pao": a clan, A / Seo / Mí, the given name
        khmer = khmer_opener(first) or (
            # "kim sóc kha": Kim, Sơn, Lâm before a Khmer given name's first syllable
            folded[0] in KHMER_CLANS and not (first + second).isascii() and khmer_given_head(second)
        )
        if n == 1 and len(folded) > 2 and khmer:
            surnames, middles, _, _, _ = lexicons()
            if folded[1] in surnames and folded[2] in middles:
                return None  # "chau le ha minh khang": "cháu" and a Kinh name
            return len(folded)  # "thach sa ra", "neang sa ray": the words read, up to four
        if n + 1 < len(folded) and folded[n] in ("van", "thi"):
            return n + 2  # "kpă thị hiền", "rơ mah thị lan": a clan, "văn"/"thị", the given name
        return n + (2 if n < len(folded) and folded[n] in lex.prefixes else 1)
    if folded[0] in lex.prefixes or glued[0]:
        n = 1 if glued[0] else 2
        if n + 1 < len(folded) and " ".join(folded[n : n + 2]) in lex.clans:
            n += 2
        elif n < len(folded) and folded[n] in lex.clans:
            n += 1
            if n < len(folded) and lex.clans.get(folded[n]):
                n += 1  # "y moan niê kdăm": a clan name of two strong clan words
        return n
    return None


#: what this path needs: two words (a cue, a header or a label, and the name)
NEEDS = Needs(words=2)


def lower_case_names(doc: Document, detector_id: str) -> Iterator[Detection]:
    """Lower-case names after an honorific or an introduction, with a lexicon surname and a
    typical middle name or given names.

    The same findings as trying ``_lower_name_re()`` at every start of a word, left to right,
    judging each match and going on after each name found (the property test in
    tests/detectors/test_person_scan.py compares the two), found from the few places where a
    cue starts a word and is followed by a space. A match that is no name hides nothing:
    "tôi là cháu lê hà minh khang" is judged at "tôi là" (no name: "cháu" is no surname
    there), then at "cháu".
    """
    hits = list(_cue_names(doc, detector_id))
    if "ban" in doc.folded:
        hits.extend(
            h
            for h in _friend_names(doc, detector_id)
            if not any(o.start < h.end and h.start < o.end for o in hits)
        )
    if "con " in doc.folded or "ban " in doc.folded:
        # a child's whole name replaces a piece of it a cue path read ("con e quach thi thu
        # ha nam nay": "hà nam" is a province too, "e" cut the name there)
        child = list(_child_names(doc, detector_id))
        child.extend(
            c
            for c in _child_called(doc, detector_id)
            if not any(o.start < c.end and c.start < o.end for o in child)
        )
        if child:
            hits = [h for h in hits if not any(c.start <= h.start and h.end < c.end for c in child)]
            hits.extend(
                c for c in child if not any(o.start < c.end and c.start < o.end for o in hits)
            )
    if " văn " in doc.text or " thị " in doc.text:
        hits.extend(
            h
            for h in _unknown_surname_names(doc, detector_id)
            if not any(o.start < h.end and h.start < o.end for o in hits)
        )
    cells = list(_name_cells(doc, detector_id))
    cells.extend(_signed_names(doc, [*hits, *cells], detector_id))
    # a cell holds the whole name: "chu van huu an" is not "chú văn hữu an"
    yield from (h for h in hits if not any(c.start <= h.start and h.end <= c.end for c in cells))
    yield from cells


#: "bạn" (a classmate, a friend: how a teacher or a student names one) before a word (folded)
_FRIEND = re.compile(r"(?<![\w'])ban[ \t]+(?=[a-z])")


def _friend_cues(doc: Document) -> Iterator[re.Match[str]]:
    """The matches of ``_FRIEND`` on the folded view where the text spells "bạn", left to
    right, as ``finditer`` finds them (tried only where the folded view holds "ban")."""
    text = doc.text
    for m in literal_led_matches(_FRIEND, doc.folded, "ban"):
        if text[m.start() : m.start() + 3] == "bạn":
            yield m


def _friend_names(doc: Document, detector_id: str) -> Iterator[Detection]:
    """A lower-case minority or foreign name after "bạn" ("hỏi bạn tanaka yuki lớp e", "bạn
    h'nhoi bya"), judged as after an honorific (:func:`other_name`). "bạn" is no cue of the
    lexicon, being "you" as often, so only these names, whose words show what they are, are
    read after it. Spelled "bạn" only: typed without diacritics "ban" is as often "bán",
    "bàn" or a board ("ban tổ chức"), which the name judges read as no person's cue."""
    for m in _friend_cues(doc):
        hit = other_name(doc, m.end(), detector_id, honorific=True, chat_cue="bạn")
        if hit is not None:
            yield hit


#: "con" (a child) or "bạn" (a friend, a classmate) typed plain, the parent's word ("con e",
#: "con toi") and "là" after it, before a word (folded)
_CHILD = re.compile(
    r"(?<![a-z])(?P<cue>con|ban)(?P<whose>[ \t]+(?:e|em|toi|minh))?(?P<la>[ \t]+la)?[ \t]+"
    r"(?P<name>[a-z]+(?:[ \t]+[a-z]+){2,3})(?![a-z0-9])"
)
#: what marks a child's or a friend's full name ended in chat, folded: a birth label, a phone
#: or a card, a class ("lop 2a", "hoc lop 3"), an age ("nam nay 5 tuoi", "7 tuoi"), "đang học",
#: "ở" and a place's unit
_CHILD_END = re.compile(
    r"[ \t]*(?:,[ \t]*)?(?:(?:sn|sinh|cccd|cmnd|sdt|dt|hoc[ \t]+lop|nam[ \t]+nay"
    r"|[0-9]{1,2}[ \t]+tuoi|dang[ \t]+hoc|o[ \t]+(?:thon|xom|ap|ban|to|khu|xa|phuong|so))(?![a-z])"
    r"|lop[ \t]+[0-9]|o[ \t]+[0-9])"
)


#: "con" and the parent's word, "(tên) là" and one word, a child's given name or nickname
#: ("con e la bon, be hoc lop 3", "con toi la minh khi bi lu cuon") (folded)
_CHILD_CALLED = re.compile(
    r"(?<![a-z])con[ \t]+(?:e|em|toi|minh|tui)[ \t]+(?:ten[ \t]+)?la[ \t]+(?P<name>[a-z]{2,})"
    r"(?=[ \t]*(?:[,.;]|\n|$)|[ \t]+(?:khi|nam[ \t]+nay|hoc[ \t]+lop|dang[ \t]+hoc|[0-9]{1,2}"
    r"[ \t]+tuoi)(?![a-z]))"
)
#: words after "con em là" that say what the child is or does, no name ("con e la nhat,",
#: "con toi la vay."), folded
_CHILD_NOT_NAMES = frozenset(
    {"hoc", "nhat", "ngoan", "gioi", "trai", "gai", "con", "be", "lon", "nho", "dau", "sinh"}
    | {"vay", "the", "nhu", "sao", "gi", "ai", "do", "day", "nay", "kia", "dung", "sai", "roi"}
    | {"xong", "het", "nua", "thoi", "vo", "chong", "chau", "em", "anh", "chi", "mot", "hai"}
)


def _child_called(doc: Document, detector_id: str) -> Iterator[Detection]:
    """A child's given name or nickname after "con em là", "con tôi tên là" typed plain, the
    end marked by punctuation, "khi", an age or a class ("con e la bon, be hoc lop 3", "con toi
    la minh khi bi lu cuon"): a Vietnamese syllable, no word that says what the child is
    (``_CHILD_NOT_NAMES``)."""
    text = doc.text
    for m in literal_led_matches(_CHILD_CALLED, doc.folded, "con "):
        s, e = m.span("name")
        word = m.group("name")
        if not text[m.start() : e].isascii() or word in _CHILD_NOT_NAMES:
            continue
        if word not in lexicons().givens and not is_vietnamese_syllable(word):
            continue
        yield lower_case_hit(s, e, detector_id, "con")


def _child_names(doc: Document, detector_id: str) -> Iterator[Detection]:
    """A child's or a friend's full name typed plain after "con" / "bạn" whose middle and given
    name spell a phrase too ("con banh gia han lop 2a", "con e la cam gia han nam nay 5 tuoi",
    "con e duong minh chau dang hoc ...", "cho ban le van thanh cong sn 1996": "gia hạn", "minh
    châu", "thành công"), which the cue paths cut or never read ("con", "ban" are no cue
    there, being a classifier, "bán", "bàn" as often). Read only with the end marked as
    a child's or a friend's is (``_CHILD_END``: a birth label, a class, an age, "đang học"), a
    lexicon surname, "văn"/"thị" or a middle or given name, then one or two given names; after
    a bare "con" / "ban" no surname that is an everyday word ("con duong thanh cong": đường),
    nor one that makes a word with the cue ("con dao"). Typed so the whole line's words are
    plain."""
    lex = lexicons()
    text, folded = doc.text, doc.folded
    for lead in ("con ", "ban "):
        for m in literal_led_matches(_CHILD, folded, lead):
            s = m.start("name")
            words = m.group("name").split()
            if not text[m.start() : m.end()].isascii():
                continue  # with diacritics the spelling tells, the cue paths read it
            cue, first = m.group("cue"), words[0]
            bare = m.group("whose") is None and m.group("la") is None
            if (
                first not in lex.surnames
                or first in EVERYDAY_SURNAMES
                or (bare and first in PLAIN_WORD_SURNAMES)
                or everyday_pair(cue, first)
            ):
                continue
            for n in (4, 3):
                if len(words) < n:
                    continue
                name = words[:n]
                marked = name[1] in ("van", "thi")
                if n == 4 and not marked:
                    continue  # four words only in the "văn"/"thị" shape
                if not marked and name[1] not in lex.middles and name[1] not in lex.givens:
                    continue
                if any(w not in lex.givens for w in name[2:]):
                    continue
                if everyday_pair(name[0], name[1]):
                    continue  # "le van" is Lê Văn; "ho so", "to chuc" no name
                end = s + len(" ".join(name))
                if folded[s:end] != " ".join(name):
                    continue  # (words a tab apart: a column's)
                if _CHILD_END.match(folded, end) is None:
                    continue
                yield lower_case_hit(s, end, detector_id, cue)
                break


#: an honorific or kin word and a word, right before a lower-case "văn"/"thị" (folded)
_CUE_AND_WORD_BEFORE = re.compile(
    r"(?<![a-z])(?P<cue>ong|ba|anh|chi|em|co|chu|bac|chau|cu)[ \t]+(?P<surname>[a-z]+)[ \t]+$"
)
#: the given name after "văn"/"thị", the end marked by punctuation or an identifier's label
_GIVEN_AFTER_MIDDLE = re.compile(
    r"[ \t]+(?P<given>[a-z]+)(?=[ \t]*(?:[,;(.]|$|(?:sinh|sn|cccd|cmnd|sdt|can bo|la)\b))",
    re.MULTILINE,
)
#: the same with two given names, the end marked as a lower-case name's (``_NAME_END``: "bà
#: thập thị ngọc hà ở thôn ...")
_TWO_GIVENS_AFTER_MIDDLE = re.compile(r"[ \t]+[a-z]+[ \t]+(?P<given>[a-z]+)")
#: one given name after "văn"/"thị", its end to be marked as a lower-case name's (``_NAME_END``)
_ONE_GIVEN_AFTER_MIDDLE = re.compile(r"[ \t]+(?P<given>[a-z]+)(?![a-z])")


def _unknown_surname_names(doc: Document, detector_id: str) -> Iterator[Detection]:
    """A name whose surname no lexicon holds (Sần, Lềnh, Chamalea, Pinăng: minority family
    names) after an honorific, typed in lower case with diacritics: the "... văn ..." / "...
    thị ..." shape spelled so, the given name a Vietnamese syllable, the end marked ("tôi tố
    cáo ông sần văn páo, cán bộ địa chính", "chị lềnh thị dung (cccd ...)"). The honorific
    spelled as one; the surname no everyday word with it. Found from the literal middles
    (typed without diacritics "van"/"thi" are as often "vẫn"/"thì": not read)."""
    text, folded = doc.text, doc.folded
    surnames, _, givens, not_names, _ = lexicons()
    for middle in (" văn ", " thị "):
        at = text.find(middle)
        while at >= 0:
            pos, at = at, text.find(middle, at + 1)
            before = _CUE_AND_WORD_BEFORE.search(folded, max(0, pos - 24), pos + 1)
            if before is None:
                label = _LABEL_AND_WORDS_BEFORE.search(folded, max(0, pos - 24), pos + 1)
                if label is not None:
                    found = _labelled_unknown(doc, label, pos, middle, detector_id)
                    if found is not None:
                        yield found
                continue
            after = _TWO_GIVENS_AFTER_MIDDLE.match(folded, pos + len(middle) - 1)
            if (
                after is None
                or not _NAME_END.match(folded, after.end())
                # "ông lùng văn sẻo ở thôn 5": "ở" goes on with the sentence, no second given
                or _goes_on(text[after.start("given") : after.end("given")])
            ):
                after = _GIVEN_AFTER_MIDDLE.match(folded, pos + len(middle) - 1)
            if after is None:
                # one given name, then a lower-case name's end mark ("ông lùng văn sẻo ở thôn
                # 5": "ở" and a place's unit word)
                after = _ONE_GIVEN_AFTER_MIDDLE.match(folded, pos + len(middle) - 1)
                if after is None or not _NAME_END.match(folded, after.end()):
                    continue
            surname, given = before.group("surname"), after.group("given")
            if surname in _CUE_WORDS or surname in NEVER_IN_NAMES:
                continue
            s, e = before.start("surname"), after.end("given")
            raw = text[s:e]
            if not raw.islower():
                continue
            words = raw.split()
            if surname in surnames and spelled_as_surname(words[0], doc, s):
                continue  # the lexicon's surnames are the cue path's ("ưng" is no "Ung")
            if len(words) not in (3, 4) or not all(is_vietnamese_syllable(w) for w in words):
                continue
            if len(words) == 4 and (
                (
                    fold_word(words[2]) not in givens
                    and fold_word(words[2]) not in lexicons().middles
                )
                or everyday_pair(words[2], words[3])
                or _goes_on(words[3])
                or _predicate_spelled(words[3])
            ):
                continue  # "bà thập thị ngọc hà": a middle or given name, then the given name
            cue = text[before.start("cue") : before.end("cue")]
            if (
                everyday_pair(cue, words[0])
                or everyday_pair(words[0], words[1])
                or everyday_pair(words[1], words[2])  # "bà con thị trấn": thị trấn
            ):
                continue  # "anh bạn văn ...", "cô lễ thị ..."
            if given not in givens and (given in not_names or len(given) < 2):
                continue
            if not spelled_as_cue(cue, doc, before.start("cue")):
                continue
            yield lower_case_hit(s, e, detector_id, before.group("cue"))


_NEXT_LOWER_WORD = re.compile(r"[a-z]+(?![\w'’-])")


def _clan_after(folded: str, pos: int) -> bool:
    """Whether the word at ``pos`` (folded) is a clan name of ``minority_names.tsv``."""
    m = _NEXT_LOWER_WORD.match(folded, pos)
    return m is not None and m.group() in minority_lexicon().clans


#: an Ede or Jrai name's gender prefix glued to the given name ("h'nhoi") or alone ("y"),
#: then a space and a word
_PREFIX_AND_WORD = re.compile(r"(?:(?P<glued>[hk]'[a-z]+)|y)[ \t]+(?P<next>[^\W\d_]+)")


def _prefix_after(doc: Document, pos: int) -> bool:
    """Whether the word at ``pos`` is an Ede or Jrai gender prefix with a word after it: the
    name's own first word, so a chat "a" / "c" / "e" before it is an honorific, not the Bahnar
    prefix "a". A glued prefix ("h'nhoi") is one whatever the text; a lone "y" only where
    typed plain before a word with diacritics ("a y thuôn"): "ý" (an idea, "e y nghia" is "em
    ý nghĩa") carries its accent where the text has them, and without them nothing tells but a
    strong clan name closing the name ("a y thanh ksor o buon ...": Ksor is no Vietnamese
    word)."""
    m = _PREFIX_AND_WORD.match(doc.folded, pos)
    if m is None:
        return False
    if m.group("glued"):
        return True
    if doc.text[pos] != "y":
        return False
    return not doc.text[m.start("next") : m.end("next")].isascii() or _prefix_then_clan(
        doc.folded, pos
    )


def _everyday_after(text: str, pos: int) -> bool:
    """Whether the two words at ``pos`` are an everyday word ("y chang", "y nguyên")."""
    words = text[pos : pos + 24].split()
    return len(words) >= 2 and everyday_pair(words[0], words[1].strip(".,;:!?"))


#: a label's colon, then one or two lower-case words right before "văn" / "thị" (folded)
_LABEL_AND_WORDS_BEFORE = re.compile(r":[ \t]*(?P<surname>[a-z]+(?:[ \t]+[a-z]+)?)[ \t]+$")


def _labelled_unknown(
    doc: Document, label: re.Match[str], pos: int, middle: str, detector_id: str
) -> Detection | None:
    """A family name no lexicon holds, of one or two words, "thị" / "văn" and a given name
    after a label that names a person ("họ, chữ đệm và tên: mè thị phương", "người phải thi
    hành án: điểu thị rinh, sinh năm 1983", "họ và tên: thiên sanh thị hương"), typed in
    lower case with diacritics, the end marked: every word a Vietnamese syllable, the given
    name one, no two words an everyday word."""
    text, folded = doc.text, doc.folded
    s = label.start("surname")
    cue = lexicons().cues.before(doc, s)
    if cue is None or cue not in _strong_lower_cues():
        return None
    after = _GIVEN_AFTER_MIDDLE.match(folded, pos + len(middle) - 1)
    if after is None:
        return None
    e = after.end("given")
    raw = text[s:e]
    words = raw.split()
    if not raw.islower() or raw.isascii() or len(words) not in (3, 4):
        return None
    if not all(is_vietnamese_syllable(w) for w in words):
        return None
    surnames, _, givens, not_names, _ = lexicons()
    head = fold_word(words[0])
    if (head in _CUE_WORDS and spelled_as_cue(words[0], doc, s)) or (
        spelling(words[0]) in LEGAL_SPELLINGS  # "điều" ("điểu" is a S'tiêng family name)
    ):
        return None
    if len(words) == 3 and head in surnames and spelled_as_surname(words[0], doc, s):
        return None  # the lexicon's surnames are the cue path's
    if any(everyday_pair(a, b) for a, b in itertools.pairwise(words)):
        return None
    given = after.group("given")
    if given not in givens and (given in not_names or len(given) < 2):
        return None
    return lower_case_hit(s, e, detector_id, cue)


def _cue_names(doc: Document, detector_id: str) -> Iterator[Detection]:
    """The names after a cue, left to right (``lower_case_names``)."""
    folded_text = doc.folded
    pattern = _lower_name_re()
    after = 0
    sketch = word_sketch(doc)
    for cand in word_places(doc).cues:
        q = cand.start()  # the cue after this space: the sketch is one ahead of the text
        if q < after or (q > 0 and folded_text[q - 1].isalnum()):
            continue
        start = cue_start_at(sketch, cand)
        if start is None:
            continue
        hit = None
        kinh = start.group("kinh")
        if kinh is not None:
            m = pattern.match(folded_text, q)
            hit = _judge(doc, m, detector_id) if m is not None else None
        if (
            hit is None
            and (kinh is None or kinh.decode() in other_openers())
            and (
                folded_text[q : q + 2] not in _ABBREVIATED_SPACED
                # "a giàng a pao": chat's "anh" before a clan name opening a minority name
                or _clan_after(folded_text, q + 2)
                or _prefix_after(doc, q + 2)
            )
        ):
            # an opener of a minority or foreign name ("ông a ngưi", "mr david miller"); "kim",
            # "sùng", "lò" open both
            hit = _other_shape(doc, q, detector_id)
        if hit is None:
            continue
        after = hit.end
        yield hit


#: a table cell: text between delimiters ("|", tab, ";", ",") on one line, quotes aside
_CELL = re.compile(
    r"(?:^|(?<=[|\t;,]))[ \"']*(?P<cell>[^|\t;,\n\"']+?)[ \"']*(?=[|\t;,\n]|$)", re.M
)


def _name_cells(doc: Document, detector_id: str) -> Iterator[Detection]:
    """Lower-case names filling a table cell under a name column ("| stt | họ và tên |" over
    "| 1 | lò văn sướng |", "hoten;ngaysinh" over "tang van loc;07/05/1983"): a lexicon
    surname, then "văn"/"thị" or middle and given names only. Looked for only where a name
    column's header can stand (``headers_possible``)."""
    if not headers_possible(doc):
        return
    surnames, middles, givens, not_names, _ = lexicons()
    text = doc.text
    for m in _CELL.finditer(text):
        raw = m.group("cell")
        if not raw.islower() or any(c.isdigit() for c in raw):
            continue
        words = raw.split()
        if not 2 <= len(words) <= 5:
            continue
        folded = [fold_word(w) for w in words]
        # a family name no lexicon holds, before "văn"/"thị" ("chamalea thi hoi", a Raglay
        # name under "ho ten"): the cell and its header say enough
        unknown = (
            folded[0] not in surnames
            and 3 <= len(words) <= 4
            and folded[1] in ("van", "thi")
            and words[0].isalpha()
            and len(words[0]) > 1
        )
        if folded[0] not in surnames and not unknown:
            other = _other_cell(doc, m, detector_id)
            if other is not None:
                yield other
            continue
        if " ".join(folded) in not_names:
            continue
        rest = folded[1:]
        if folded[-1] in TYPICAL_MIDDLES and len(folded) == 2:
            continue  # "lê văn": a middle name, no given name
        known = (
            folded[1] in ("van", "thi") or all(w in middles or w in givens for w in rest)
        ) and (folded[-1] in givens or (len(folded) == 3 and folded[1] in ("van", "thi")))
        if not known and not (
            # under the column's header a rare given name is a name too ("đinh công lừng"):
            # every word a Vietnamese syllable, the middle ones a lexicon's
            len(words) <= 4
            and all(w in middles or w in givens for w in folded[1:-1])
            and all(is_vietnamese_syllable(w) for w in words[1:])
        ):
            continue
        s, e = m.span("cell")
        if not unknown and not spelled_as_surname(words[0], doc, s):
            continue
        if NAME_HEADERS.header(doc, s) is None:
            continue
        yield Detection(
            EntityType.PERSON,
            s,
            e,
            SCORE_NAME_COLUMN,
            detector_id,
            pattern="person.name_column",
            base_score=BASE_NAME_COLUMN,
            context="lower case",
        )


def _other_cell(doc: Document, m: re.Match[str], detector_id: str) -> Detection | None:
    """A lower-case minority or foreign name filling a cell under a name column ("| name |"
    over "| h nhung byă |", "ho_ten,ngay_sinh" over "y khoa niê kdăm,05/06/1991", "kenji
    morimoto"): judged as after a cue that names a person (``other_name``), every word of
    the cell the name's."""
    s, e = m.span("cell")
    header = NAME_HEADERS.header(doc, s)
    if header is None:
        return None
    # the header is the cue: a foreign name's two words need no more ("kenji morimoto" under
    # "name", as "mr kenji morimoto")
    found = other_name(doc, s, detector_id, strong=True, header=header)
    if found is None or found.end != e:
        return None
    return Detection(
        EntityType.PERSON,
        s,
        e,
        SCORE_NAME_COLUMN,
        detector_id,
        pattern="person.name_column",
        base_score=BASE_NAME_COLUMN,
        context="lower case",
    )


#: a signature mark on its own line, folded ("(đã ký)", "(ký, ghi rõ họ tên)"), then the
#: signer's name alone on the next line
_SIGNED = re.compile(
    r"^[ \t]*\(?(?:da ky|ky ten|ky,? (?:va )?ghi ro ho (?:va )?ten(?:,? dong dau)?)\)?[ \t]*\n"
    r"(?:[ \t]*\n)?[ \t]*(?P<name>[^\W\d_]+(?:[ \t]+[^\W\d_]+){1,4})[ \t]*$",
    re.M,
)


def _signed_marks(folded: str) -> Iterator[re.Match[str]]:
    """``_SIGNED.finditer(folded)``, tried only at the start of the lines that hold "ky": a
    pattern anchored at every line start tried every character of the text (40 us of the
    person detector's 300 on a 2 KB prompt)."""
    return matches_at_lines_with(_SIGNED, folded, "ky")


def _signed_names(doc: Document, found: list[Detection], detector_id: str) -> Iterator[Detection]:
    """A lower-case name alone on the line under "(đã ký)" or "(ký, ghi rõ họ tên)": the
    signer's, when it is a lexicon surname and name words only."""
    folded_text = doc.folded
    if "ky" not in folded_text:
        return
    surnames, middles, givens, not_names, _ = lexicons()
    for m in _signed_marks(folded_text):
        s, e = m.span("name")
        raw = doc.text[s:e]
        if not raw.islower() or any(f.start < e and s < f.end for f in found):
            continue
        folded = folded_text[s:e].split()
        if folded[0] not in surnames or " ".join(folded) in not_names:
            continue
        if not all(w in middles or w in givens for w in folded[1:]):
            continue
        if folded[-1] not in givens or not spelled_as_surname(raw.split()[0], doc, s):
            continue
        yield lower_case_hit(s, e, detector_id, "signature")


def _plain_surname_first(name: str) -> bool:
    """Whether the first word of ``name`` (folded) is a surname no everyday word spells typed
    without diacritics (``PLAIN_SURNAMES``: "nguyen", "tran", "le" ...)."""
    return fold_word(name.split(maxsplit=1)[0]) in PLAIN_SURNAMES if name.strip() else False


def _bo_compound(folded: str, cue: int) -> bool:
    """Whether "bo" at ``cue`` closes a word of ``_BO_COMPOUNDS`` ("can bo": cán bộ)."""
    before = folded[max(0, cue - 8) : cue]
    words = before.split()
    return before[-1:].isspace() and bool(words) and words[-1].lower() in _BO_COMPOUNDS


def _judge(doc: Document, m: re.Match[str], detector_id: str) -> Detection | None:
    """The finding for a match of ``_lower_name_re`` (None when the words are not a name)."""
    _, middles, givens, not_names, _ = lexicons()
    text = doc.text
    s, e = m.span("name")
    raw = text[s:e]
    if not raw.islower() and not _sentence_case(raw):
        return None  # capitalised names are the other path's
    cue = text[m.start("cue") : m.end("cue")]
    cue_folded = m.group("cue")
    if cue_folded == "c" and doc.folded.endswith("d/", 0, m.start("cue")):
        cue_folded = "d/c"  # "đ/c bùi thanh hương": đồng chí, not chat's "c" (chị)
    if cue_folded in _INTRODUCTION_SET:
        if not cue.isascii() and spelling(cue) not in INTRODUCTION_SPELLINGS:
            return None  # "tới lá": not "tôi là"
    elif cue_folded in _ABBREVIATED:
        la = None if m.group("la") is None else text[m.start("la") : m.end("la")]
        if cue != cue_folded or not m.group("name").isascii() or la not in (None, "la"):
            return None  # "à", "ạ", "é": not chat's "a", "c", "e" ("e la ...": em là)
    elif cue_folded in _CUE_WORDS:
        if not spelled_as_cue(cue, doc, m.start("cue")):
            return None  # "chủ trương", "có chữ": not "chú", "cô" (asked first: it is cheap)
        if cue == "bo" and _bo_compound(doc.folded, m.start("cue")):
            return None  # "can bo lam van thu": "cán bộ" typed plain, no "bố"
    elif lexicons().cues.before(doc, m.end("cue")) is None:
        return None  # a context word of name_cues.tsv, spelled as one ("bị cáo", "đồng chí")
    elif cue_folded == "dc" and cue.isascii() and not _plain_surname_first(m.group("name")):
        # chat's "dc" typed plain is "được" far more often than "đ/c": "chua dc tra loi",
        # "nhat dc vi tra lai" (trả lời, ví); đ/c only before a surname no everyday word
        # spells ("dc nguyen van an")
        return None
    if m.group("la") is not None:
        la = text[m.start("la") : m.end("la")]
        if not la.isascii() and spelling(la) != spelling("là"):
            return None  # "chị lá": not "chị là"
    spans = [w.span() for w in _LOWER_WORD.finditer(raw)]
    # a tab or a wider gap is a column of a pasted form: the name ends before it ("ong: hau
    # van chung    gioi tinh: nam")
    spans = spans[: next((q for q in range(1, len(spans)) if _column_gap(raw, spans, q)), None)]
    folded = [fold_word(raw[a:b]) for a, b in spans]
    # a surname, a middle and a given name after an honorific, though two of them spell a
    # phrase typed so ("ong dinh cong khai"): no cut at the phrase, no more evidence asked
    phrased = _phrased_name(doc, cue_folded, raw, spans, s)
    # cut at legal words ("phan văn tài điều 5") and at common phrases ("thi hành")
    cut = len(folded)
    for q in range(3 if phrased else 1, len(folded)):
        if folded[q] in NEVER_IN_NAMES and is_legal_word(
            raw[spans[q][0] : spans[q][1]], doc.folded[s + spans[q][1] : s + spans[q][1] + 8]
        ):
            cut = q  # "phan văn tài điều 5"; "lê thị diệu hằng" is a name
            break
        if folded[1] in ("van", "thi") and (q > 2 or _spelled_middle(raw, spans[1])):
            # "khổng văn lâm", "nguyễn văn hoa", "bui thi thanh xuan": after a surname and
            # "văn"/"thị" the words are the name's, a place's name as often as not
            continue
        if q == 2 and folded[1] == "van" and folded[2] in STILL_AFTER and raw.isascii():
            cut = 1  # "e ha van chua lam xong": "vẫn chưa" (still not), no "Văn"
            break
        if q == 2 and _marked_plain_name(doc, raw, spans, folded, s, not_names):
            continue
        if q == 2 and folded[1] in ("van", "thi") and raw[: spans[2][1]].isascii():
            # "ong quan van lam dieu khien": after a surname and "van"/"thi" typed so, a
            # place ("van lam", Văn Lâm) is the name going on; a common phrase that is an
            # everyday word ("van hoa", "thi hanh") cuts it there
            if _common_phrase(raw, spans, 1, not_names) and everyday_pair(
                folded[1], folded[2], places=False
            ):
                cut = q - 1
                break
            continue
        if _common_phrase(raw, spans, q - 1, not_names):
            cut = q - 1
            break
    folded = folded[:cut]
    spans = spans[:cut]
    if len(folded) >= 2 and raw[spans[0][0] : spans[0][1]] == raw[spans[1][0] : spans[1][1]]:
        return None  # "chị mai mai lên xã": the given name, then the word it spells ("mai",
        # tomorrow), no surname and given name alike (the given path reads "chị mai")
    if len(folded) >= 3 and _title_second(raw, spans):
        return None  # "anh vu truong phong ky chua": one word, then his office (the given path
        # reads the word alone)
    if (
        folded
        and folded[0] in _CUE_WORDS
        # "công dân võ thành tâm": with diacritics "võ" is the surname, no "vợ"
        and (raw[: spans[0][1]].isascii() or spelled_as_cue(raw[: spans[0][1]], doc, s))
        and (
            len(folded) < 2
            or folded[1] not in TYPICAL_MIDDLES
            or honorific_before_surname(folded)
            or _spelled_surname_not_middle(raw[spans[1][0] : spans[1][1]])
        )
        and (
            cue_folded not in _CUE_WORDS
            or cue_folded in _KIN
            or cue_folded == "chau"
            or (len(folded) >= 3 and folded[1] in lexicons().surnames)
        )
    ):
        # "mang tên ông đàm văn thịnh", "kính gửi ông ...", "vợ ông lợi là ...", "co ong doan
        # xuan truong": the honorific is the cue ("tên: võ thị ngọc hân": before "thị" it is
        # the surname)
        return None
    if len(folded) < 2:
        return None
    # the longest run of name-like words after the surname, ending on a given name;
    # after "văn"/"thị" any third word is the given name ("cầm thị xiêm", "lo van pom")
    k = 1
    while k < len(folded) and (folded[k] in middles or folded[k] in givens):
        k += 1
    if k == 2 and len(folded) >= 3 and folded[1] in ("van", "thi") and len(folded[2]) > 1:
        k = 3
    while k > 1 and folded[k - 1] not in givens and not (k == 3 and folded[1] in ("van", "thi")):
        k -= 1
    fourth = raw[spans[3][0] : spans[3][1]] if k == 4 else ""
    if fourth and not raw.isascii() and spelling(fourth) not in given_spellings():
        # (in a name typed with diacritics an ASCII fourth word is spelled so: "tạ quang
        # hưng do ...": "do", not "Đô")
        k = 3  # "vi thị hằng cán bộ", "khổng văn bằng đủ chưa", "tạ quang vinh chị ..."
    rare = (
        # (k == 1: a middle name that is no given name, "toi ten nguyen huu thiep,")
        (k == 2 or (k == 1 and len(folded) >= 3 and folded[1] in middles))
        # typed plain, not after "có", "chủ", "dì" ...: "co do trong khoat,"
        and (
            not raw.isascii() or cue_folded in _FULL_NAME_HONORIFICS or cue_folded not in _CUE_WORDS
        )
        and _rare_given(doc, raw, spans, folded, s)
    )
    if rare:
        k = 3  # "ông đỗ trọng khoát, công chức": a given name no lexicon holds
    for q in range(1, k):
        word = raw[spans[q][0] : spans[q][1]]
        if q == 1 and k == 3 and _verb_middle(doc, raw, spans, folded, s):
            continue  # "ông tống viết dũng, bà ...": "Viết" is a middle name there
        if q == 2 and _given_after_van(doc, raw, spans, folded, s):
            continue  # "con anh lò văn tới chị cầm thị pha": "Tới", no "tới" (arrives)
        if not word.isascii() and (_goes_on(word) or _predicate_spelled(word)):
            # with diacritics a word spelled as one that goes on with the sentence is no
            # name's ("chị trang hỏi bao giờ": "hỏi" is no "Hội"; "tô lâm tại hội nghị")
            k = q
            break
    fourth_marked = False  # a fourth word whose end ``_thi_fourth_word`` found marked
    if k == 3 and _khmer_given_goes_on(doc, raw, spans, folded, s):
        k = 4  # "thạch thị sa rươne ở ...": a Khmer given name has two syllables
    elif k in (3, 4) and _thi_fourth_word(doc, raw, spans, folded, s):
        k = 4  # "ngo thi kim sa thi can ...": a given name of two syllables no lexicon holds
        fourth_marked = True
    if k >= 3 and folded[1] == "thi" and " ".join(folded[2:4]) in _QUESTION_AFTER_THI:
        return None  # "cho bo chau thi lam sao a": "thì làm sao" (what then), no name
    if (
        k >= 4
        and folded[k - 1] == "hang"
        and raw[: spans[k - 1][1]].isascii()
        and neighbour_at(doc.folded, s + spans[k - 2][1])
    ):
        # "ong nguyen van hung hang xom": the neighbour, no last word Hằng (three words stay:
        # "ba le thi hang xom cua em" may be Hằng)
        k -= 1
    verb_after = False
    while k in (3, 4) and raw[: spans[k - 1][1]].isascii():
        after = _WORD_AFTER.match(doc.text, s + spans[k - 1][1])
        if after is None or not everyday_pair(folded[k - 1], fold_word(after.group(1))):
            break
        # "ong khong van luc to truong": "tổ trưởng"; "tieu van nguyen nam nay": "năm nay";
        # "chi diep thi de nghi": "thì đề nghị", no "Diệp Thị Đề"
        k = 1 if k == 3 and folded[1] == "thi" else k - 1
        # "ong nguyen an lam don", "ba le mai ky don", "chi tran hoa can lam giay": the
        # everyday word ("làm đơn", "ký đơn") opens the predicate, so it marks the end of the
        # words before it
        verb_after = True
    if k == 4 and not raw[: spans[3][1]].isascii():
        after_word = _UNICODE_WORD_AFTER.match(doc.text, s + spans[3][1])
        if after_word is not None and everyday_pair(
            raw[spans[3][0] : spans[3][1]], after_word.group(1), places=False
        ):
            # "con tôi là lê hoàng nam đăng ký tạm trú", "đồng chí trịnh văn khải hoàn thành
            # tốt": the fourth word and the next are one everyday word ("đăng ký", "hoàn
            # thành"), the sentence's predicate
            k = 3
    if (
        k == 4
        and _goes_on(raw[spans[3][0] : spans[3][1]], spelled=not raw[: spans[2][1]].isascii())
        and not _strong_end(doc, raw, s, spans)
        and not fourth_marked
        and not (
            raw.isascii()
            and folded[3] in _OBJECT_GIVENS
            and (
                _line_end(doc, s + spans[3][1])
                or _HERE_IT_IS.match(doc.folded, s + spans[3][1]) is not None
            )
        )
    ):
        k = 3  # "trần văn lợi là ...", "pham van duc sinh nam 1975": the sentence goes on
        # (typed without diacritics, "tu," before a comma is the name's: "ba lam thi cam tu,")
    if (
        k == 3
        and len(spans) == 4
        and spans[3][1] - spans[3][0] == 1
        and raw.isascii()
        and raw[spans[3][0] : spans[3][1]] != "o"  # "ba hua thi sau o sn 17": ở số nhà 17
        and _INITIAL_END.match(doc.folded, s + spans[3][1])
    ):
        k = 4  # "ba huynh thi kim l, sinh nam 1972": a name a court anonymised
    if k == 4 and _predicate_spelled(raw[spans[3][0] : spans[3][1]]):
        k = 3  # "chủ tịch xã nguyễn văn hải nhận tiền": "nhận" spelled so is no given name
    if (
        k == 4
        and spelling(raw[spans[3][0] : spans[3][1]]) in _SPEECH_GIVENS
        and not _marked_after(doc, s + spans[3][1])
    ):
        k = 3  # "bác sĩ lưu quang tùng bảo thuốc ...": "bảo" (says), the predicate's verb
    if k == 4 and raw[spans[3][0] : spans[3][1]] in _CHAT_PARTICLES_PLAIN:
        k = 3  # "ten le hoang phuc nha, ck giup": chat's particle, even before a comma
    if k == 4 and raw.isascii() and _UNIT_AND_NUMBER.match(doc.folded, s + spans[3][0]):
        k = 3  # "ba au thi loan to 5 khu 2": "tổ 5", an address's unit and number
    if k == 4 and raw.isascii() and PLAIN_PREDICATE_PAIR.match(doc.folded, s + spans[2][1]):
        k = 3  # "ong la van phuc vi da cuu nguoi": "vì đã", no fourth name word
    if (
        k == 4
        and raw.isascii()
        and folded[3] in PLAIN_VERBS
        and _NAME_END.match(doc.folded, s + spans[3][1]) is None
        and _HERE_IT_IS.match(doc.folded, s + spans[3][1]) is None
    ):
        k = 3  # "ong tran van minh chuyen tu ...": "chuyển", not "Chuyên"
    if (
        k == 4
        and raw.isascii()
        and folded[3] == "que"
        and _HOMETOWN_AFTER.match(doc.folded, s + spans[3][1]) is not None
    ):
        k = 3  # "e ten nguyen van thang que nam dinh": "quê" (hometown), then the place
    if (
        k == 4
        and raw.isascii()
        and folded[3] in (_FUNCTION_AFTER_VAN if folded[1] == "van" else _FUNCTION_WORDS)
        and not _strong_end(doc, raw, s, spans)
    ):
        k = 3  # "ong tieu van manh nhung den nay": "nhưng" (but), no fourth name
    if k == 3 and len(spans) >= 4 and raw.isascii() and mistyped_given(raw, spans, folded):
        k = 4  # "nguyen thi thu thuey", "truong thi phuong lna": the given name mistyped
    if k < 3 and (k < 2 or folded[1] in TYPICAL_MIDDLES):
        return None  # "chị nguyễn thị" (no given name), "anh lê" (surname alone)
    if k == 2 and not _two_word_name(doc, cue, folded, raw, s + spans[1][1], verb_after):
        # "anh trần tình", "anh vũ trang", "em lê la", "anh mai đâu": in lower case two words
        # that spell a surname and a given name are as often everyday words; a name needs three
        # words, or a cue that names a person and the name's end marked
        return None
    e = s + spans[k - 1][1]
    if is_template_name(doc, folded[:k], s):
        return None  # "ví dụ: họ và tên: nguyễn văn a": a form's template
    if cue_folded in _ABBREVIATED and not (
        k >= 3
        and (
            folded[1] in ("van", "thi")
            or _plain_name(folded, k)
            or _rare_surname_name_middle(folded, k)
            or _spelled_full_name(doc, raw, spans, k, s)
        )
    ):
        return None  # "a tung noi la mai a nghi": after "a" only a name's plain shape
    if (
        raw.isascii()
        and not (rare and k == 3)
        and not (phrased and k == 3)
        and not _plain_evidence(
            doc,
            cue_folded,
            folded,
            k,
            e,
            not_names,
            _strong_before(doc, cue_folded, m.start("cue")),
        )
    ):
        return None
    if _common_phrase(raw, spans, 0, not_names) and not (phrased and k == 3):
        return None  # "chị văn thư hỏi": văn thư (clerk) is a word, not a name
    if _verb_then_word(raw[: spans[k - 1][1]], folded, k):
        return None  # "e lam van ban, gui sep": "làm văn bản", no Lâm Văn Bản
    if (
        k >= 3
        and not rare
        and not raw[spans[1][0] : spans[k - 1][1]].isascii()
        and _unspelled_middle_and_given(raw, spans, k)
    ):
        return None  # "công chức từ đoạn sau": "đoạn" is no middle name, "sau" no "Sáu"
    honorific = m.group("cue")
    # a figure's name after a cue is reported as the capitalised path reports it ("ông trần
    # hưng đạo" as "Ông Trần Hưng Đạo"); ai_guard.public_role keeps "cụ phan bội châu" visible
    if not spelled_as_surname(raw[: spans[0][1]], doc, s):
        return None
    return lower_case_hit(s, e, detector_id, honorific)


#: surnames that, typed without diacritics, are a verb or a function word before an object
#: ("lam" làm, "tu" từ, "do" do / đó, "dang" đang): "e lam van ban" is "em làm văn bản"
_VERB_SURNAMES = frozenset({"lam", "tu", "do", "la", "ma", "dang"})


def _verb_then_word(raw: str, folded: Sequence[str], k: int) -> bool:
    """Whether a run of three words typed without diacritics is a verb and its object, an
    everyday word after "van" / "thi" ("lam van ban", "tu thi truong", "lam van phong"): a
    surname that is such a verb (``_VERB_SURNAMES``) and "văn"/"thị" with the next word one
    everyday word; "lam van tuan" stays a name."""
    return (
        k == 3
        and raw.isascii()
        and folded[0] in _VERB_SURNAMES
        and folded[1] in ("van", "thi")
        and everyday_pair(folded[1], folded[2], places=False)
    )


def _spelled_surname_not_middle(word: str) -> bool:
    """Whether a word after an honorific that is a surname too ("ông", "bà": Ông, Bá) is,
    written with diacritics, spelled as a lexicon surname and not as the typical middle name
    it folds to ("mẹ là ông đinh công sơ": Đinh, not Đình): then the honorific is the cue and
    the name starts after it, whatever the given name's lexicon says."""
    if word.isascii():
        return False
    spelled = spelling(word)
    return spelled not in TYPICAL_MIDDLE_SPELLINGS and spelled in surname_spellings().get(
        fold_word(word), frozenset()
    )


def _unspelled_middle_and_given(raw: str, spans: list[tuple[int, int]], k: int) -> bool:
    """Typed with diacritics (after the surname: a Telex surname "Nguyeenx" before plain
    words says nothing of them), neither the middle word nor the last is spelled as any name's
    (a middle or given name of the lexicons, diacritics included): the words read as a
    surname and two name words only once folded ("từ đoạn sau" folds to "tu doan sau")."""
    middle = spelling(raw[spans[1][0] : spans[1][1]])
    last = spelling(raw[spans[k - 1][0] : spans[k - 1][1]])
    return (
        middle not in middle_spellings()
        and middle not in given_spellings()
        and last not in given_spellings()
    )


def _column_gap(raw: str, spans: list[tuple[int, int]], q: int) -> bool:
    """Whether a tab or three spaces stand before word ``q``: a form's next column."""
    gap = raw[spans[q - 1][1] : spans[q][0]]
    return "\t" in gap or len(gap) >= 3


_COLON_AFTER = re.compile(r"[ \t]?:[ \t]")


def _given_after_van(
    doc: Document, raw: str, spans: list[tuple[int, int]], folded: list[str], s: int
) -> bool:
    """Whether the third word after a surname and "văn"/"thị" spelled so is the given name
    though it spells a verb ("lò văn tới", "cầm thị đến"): a surname and "Văn" alone are no
    name, and the name's end is marked after the word, or a kin word follows it ("con anh
    lò văn tới chị cầm thị pha")."""
    if len(spans) < 3 or folded[1] not in ("van", "thi"):
        return False
    if spelling(raw[spans[1][0] : spans[1][1]]) not in TYPICAL_MIDDLE_SPELLINGS:
        return False
    if everyday_pair(raw[spans[1][0] : spans[1][1]], raw[spans[2][0] : spans[2][1]]):
        return False  # "chị ly văn phòng": the office she works in
    end = s + spans[2][1]
    if _marked_after(doc, end):
        return True
    nxt = _UNICODE_WORD_AFTER.match(doc.text, end)
    return (
        nxt is not None
        and fold_word(nxt.group(1)) in _CUE_WORDS
        and spelled_as_cue(nxt.group(1), doc, nxt.start(1))
    )


def _marked_after(doc: Document, end: int) -> bool:
    """Whether the end of a lower-case name typed with diacritics is marked at ``end``: by
    ``_NAME_END`` (a comma, a bracket, the line's end, "sinh năm", "ở thôn"), by a verb that
    opens the predicate, or by a run of spaces (a column of a pasted form)."""
    return bool(
        _NAME_END.match(doc.folded, end)
        or _predicate_at(doc, end)
        or doc.text.startswith("  ", end)
        # a colon closing what the person said or holds ("ý kiến của tổ trưởng ông nguyễn
        # công bá: gia đình thuộc diện cận nghèo")
        or _COLON_AFTER.match(doc.text, end)
    )


def _rare_given(
    doc: Document, raw: str, spans: list[tuple[int, int]], folded: list[str], s: int
) -> bool:
    """Whether, typed with diacritics after a cue, a lexicon surname and a lexicon middle name
    go on to a given name that no lexicon holds ("ông đỗ trọng khoát, công chức", "người phải
    thi hành án: tạ quang thiều, sinh năm 1979", "ông triệu tiến phin, tổ dân phố ..."): a
    Vietnamese syllable written as the text writes (with diacritics; a word that has none
    there is spelled so), no word that goes on with the sentence, the middle and it no
    everyday word, and the name's end marked after it."""
    if len(spans) < 3:
        return False
    if raw[: spans[2][1]].isascii():
        return _plain_rare_given(doc, raw, spans, folded, s)
    _, middles, _, not_names, _ = lexicons()
    word = raw[spans[2][0] : spans[2][1]]
    if folded[1] not in middles or len(folded[2]) < 2 or folded[2] in NEVER_IN_NAMES:
        return False
    if spelling(raw[spans[1][0] : spans[1][1]]) not in middle_spellings():
        return False  # "bà mai ngắn gọn": "ngắn" is no "Ngân"
    if not word.isalpha() or not is_vietnamese_syllable(word):
        return False
    if _goes_on(word) or _predicate_spelled(word) or _other_stop(word):
        return False
    if everyday_pair(raw[spans[1][0] : spans[1][1]], word) or _common_phrase(
        raw, spans, 1, not_names
    ):
        return False
    return _marked_after(doc, s + spans[2][1])


def _plain_rare_given(
    doc: Document, raw: str, spans: list[tuple[int, int]], folded: list[str], s: int
) -> bool:
    """The same typed without diacritics ("doi voi ong do trong khoat, cong chuc", "nguoi phai
    thi hanh an: ta quang thieu, sinh nam 1979"): the bar is higher, as every word may be an
    everyday one: a middle name that is seldom anything else (``_NAME_MIDDLES``), a third word
    of a syllable's shape that is no verb, particle or everyday word with the middle, and the
    end marked by punctuation, "sinh", "cccd" (``_NAME_END``'s first group), not by a verb."""
    if folded[1] not in _NAME_MIDDLES or folded[0] in EVERYDAY_SURNAMES:
        return False
    word = folded[2]
    if len(word) < 2 or word in NEVER_IN_NAMES or word in PLAIN_VERBS or word in _GOES_ON_FOLDED:
        return False
    if word in _EVERYDAY_GIVENS or word in _CHAT_PARTICLES_PLAIN or word in _ENGLISH_STOPS:
        return False
    if word in _FUNCTION_AFTER_VAN:
        return False  # "chi van khanh truoc 10h": "trước" (before)
    if not is_vietnamese_syllable(word) or is_foreign_word(word):
        return False
    _, _, _, not_names, _ = lexicons()
    if everyday_pair(folded[1], word) or _common_phrase(raw, spans, 1, not_names):
        return False
    marked = _NAME_END.match(doc.folded, s + spans[2][1])
    return marked is not None and marked.group(1) is not None


def _verb_middle(
    doc: Document, raw: str, spans: list[tuple[int, int]], folded: list[str], s: int
) -> bool:
    """Whether a middle name that spells a verb ("Viết": "viết" writes) is the middle name of
    three words typed with diacritics ("ông tống viết dũng, bà ưng thị dịu"): a lexicon given
    name after it, the two no everyday word ("lê viết thư": a letter), the name's end marked
    after it."""
    _, middles, givens, _, _ = lexicons()
    if len(spans) < 3 or raw.isascii() or folded[1] not in middles or folded[2] not in givens:
        return False
    word = raw[spans[2][0] : spans[2][1]]
    if spelling(raw[spans[1][0] : spans[1][1]]) not in middle_spellings() or (
        not word.isascii() and spelling(word) not in given_spellings()
    ):
        return False
    if everyday_pair(raw[spans[1][0] : spans[1][1]], word) or _goes_on(word):
        return False
    return _marked_after(doc, s + spans[2][1])


#: what follows a lower-case name's one-letter last word, a court's anonymising initial, and
#: marks its end: a comma, a bracket, "sinh", "born" (English judgments)
_INITIAL_END = re.compile(r"[ \t]*(?:[,;(]|(?:sinh|sn|born)\b)")


def _strong_end(doc: Document, raw: str, s: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a fourth word typed without diacritics is followed by a comma, a semicolon or a
    bracket: then it closes the name, though it spells a word that goes on with a sentence
    ("ba lam thi cam tu, sinh nam 1966"; not "ong cao minh tri la 51k-678.92")."""
    return raw.isascii() and _PUNCT_AFTER.match(doc.folded, s + spans[3][1]) is not None


_PUNCT_AFTER = re.compile(r"[ \t]*[,;(]")
#: given names that, typed without diacritics, are prepositions ("từ", "tại"): they need a
#: word after them, so at the end of a line they close the name ("ten chi ma thi cam tu")
_OBJECT_GIVENS = frozenset({"tu", "tai"})
_LINE_END = re.compile(r"[ \t]*\.?[ \t]*(?:\n|$)")
#: "đây ạ" (here it is) after a name given, which closes it as the line's end does ("dia chi
#: cua ba mai thi ngoc tu day a / so 14 ...")
_HERE_IT_IS = re.compile(r"[ \t]+day[ \t]+(?:a|nhe|nha|ah|ak)(?![a-z])")


def _line_end(doc: Document, end: int) -> bool:
    """Whether only a full stop and spaces stand between ``end`` and the line's end."""
    return _LINE_END.match(doc.folded, end) is not None


#: chat's particles typed without diacritics, never a name's fourth word ("nhé", "nha",
#: "ơi", "rồi"; not "a", "ha", "nhi": "Hà", "Nhi", an initial)
#: given names spelled as a verb of speech ("Bảo": "bảo" says): as a fourth word with no
#: end marked after it the sentence goes on ("bác sĩ lưu quang tùng bảo thuốc ngoài danh mục")
_SPEECH_GIVENS = frozenset({spelling("bảo")})
#: an address's unit word typed without diacritics and its number ("to 5" tổ 5, "xom 7"): a
#: fourth word so followed opens the address, not the name; "biển (số)" before a vehicle's
#: plate ("anh tang van kien bien 29h1-427.58": biển, no "Biên")
_UNIT_AND_NUMBER = re.compile(
    r"(?:to|ap|xom|thon|khu|khom|doi|so|ngo|hem|kiet)[ \t]+[0-9]"
    r"|bien[ \t]+(?:so[ \t]+)?[0-9]{2}[ \t]?[a-z]"
)
_CHAT_PARTICLES_PLAIN = frozenset({"nha", "nhe", "nhen", "oi", "roi", "ak"})


#: first syllables of two-syllable Khmer given names that, typed without diacritics, spell no
#: everyday word after a family name and "thi"/"van" ("so" số, "soc" sóc do)
_PLAIN_KHMER_HEADS = frozenset({"sa", "chanh", "som"})
#: the first syllables of Khmer given names (``minority.khmer_given_head``) typed without
#: diacritics
_KHMER_HEADS_PLAIN = frozenset({"sa", "so", "soc", "chanh", "som"})


def _khmer_given_goes_on(
    doc: Document, raw: str, spans: list[tuple[int, int]], folded: list[str], s: int
) -> bool:
    """Whether a Khmer name led by its family name or title and "văn"/"thị" goes on to a
    fourth word, the given name's second syllable ("thạch thị sa rươne", "danh văn sóc
    kha"): a word that goes on with no sentence, whose end is marked after it."""
    if len(spans) < 4 or folded[1] not in ("van", "thi"):
        return False
    word = raw[spans[3][0] : spans[3][1]]
    if _goes_on(word) or _predicate_spelled(word) or _other_stop(word) or not word.isalpha():
        return False
    head = raw[spans[2][0] : spans[2][1]]
    if (
        not raw.isascii()
        and folded[0] in KHMER_CLANS
        and khmer_given_head(head)
        and not everyday_pair(head, word)
    ):
        # "chị danh thị chanh đa đọc số", "chị lâm thị sa ry", "vợ là kim thị sóc khiêm": a
        # Khmer family name and a given name's first syllable that is Khmer only
        return True
    if (
        raw.isascii()
        and folded[0] in KHMER_CLANS
        and not everyday_pair(head, word)
        and (
            # typed without diacritics ("chi lam thi sa ry (ben nhan)", "kim thi sa rinh,"):
            # the heads that spell no everyday word so, the end marked after the second
            # syllable (punctuation, the line's end, "sinh", "cccd")
            (
                folded[2] in _PLAIN_KHMER_HEADS
                and folded[3] not in PLAIN_VERBS
                and _NAME_END.match(doc.folded, s + spans[3][1]) is not None
            )
            # ("vo la kim thi soc khiem, soc bung coc"): "so", "soc" are everyday words too,
            # so punctuation must close the fourth word
            or (folded[2] in _KHMER_HEADS_PLAIN and _strong_end(doc, raw, s, spans))
        )
    ):
        return True
    if not khmer_opener(raw[: spans[0][1]]):
        return False
    end = s + spans[3][1]
    nxt = _OTHER_WORD.match(doc.text, end + 1) if doc.text.startswith(" ", end) else None
    return bool(
        _NAME_END.match(doc.folded, end)
        or (nxt is not None and (_goes_on(nxt.group()) or _other_stop(nxt.group())))
        or _predicate_at(doc, end)
    )


#: what closes a name of four words typed without diacritics after its fourth word, besides
#: ``_NAME_END``: "thì" opening the clause ("me la ngo thi kim sa thi can ..."), "trọ tại" /
#: "ở tại" (lodges at), the line's end
_FOURTH_END = re.compile(r"[ \t]+(?:thi|(?:tro|o)[ \t]+tai)\b|[ \t]*\.?[ \t]*(?:\n|$)")


def _thi_fourth_word(
    doc: Document, raw: str, spans: list[tuple[int, int]], folded: list[str], s: int
) -> bool:
    """Whether a woman's name typed without diacritics, a surname, "thi" and a given name no
    lexicon holds, goes on to a fourth word, the given name's second syllable ("ngo thi kim sa
    thi can ...", "e la banh thi sao mai o thon 6", "ba lam thi hong phan tro tai so 12"): both
    words of a Vietnamese syllable's shape and no everyday word together, the fourth no
    particle, function word or verb (a surname or a given name spelled as a verb is one), and
    the name's end marked right after it (punctuation, "sinh", "sdt", "ở" before an address,
    "thì", the line's end)."""
    if len(spans) < 4 or folded[1] != "thi" or not raw[: spans[3][1]].isascii():
        return False
    if raw[spans[2][1] : spans[3][0]] != " ":
        return False
    third, fourth = folded[2], folded[3]
    if len(third) < 2 or len(fourth) < 2 or not (third.isalpha() and fourth.isalpha()):
        return False
    if not (is_vietnamese_syllable(third) and is_vietnamese_syllable(fourth)):
        return False
    surnames, _, givens, not_names, _ = lexicons()
    if fourth in NEVER_IN_NAMES or fourth in _CHAT_PARTICLES_PLAIN or fourth in _EVERYDAY_GIVENS:
        return False
    if (
        fourth in _CUE_WORDS
        or fourth in ("con", "chau")
        or _NAME_END.match(doc.folded, s + spans[2][1])
    ):
        return False  # "lo thi un con ...": a kin word; "ban thi lai sinh 14/07": the end
    if fourth in _FUNCTION_AFTER_VAN or fourth in _ENGLISH_STOPS or fourth in _OBJECT_GIVENS:
        return False
    if everyday_pair(third, fourth) or _common_phrase(raw, spans, 2, not_names):
        return False
    end = s + spans[3][1]
    clause = _FOURTH_END.match(doc.folded, end) is not None
    if fourth in _GOES_ON_FOLDED or fourth in PLAIN_VERBS:
        # a verb's spelling ("bán", "phản", "làm") is a name's only before "thì" / "trọ tại" /
        # the line's end, or as a lexicon given name before punctuation; not before a number
        # ("vi thi hang lam 22 ngay": làm 22 ngày) or a comma after a surname's spelling
        return (clause and (fourth in givens or fourth in surnames)) or (
            fourth in givens and _PUNCT_AFTER.match(doc.folded, end) is not None
        )
    if _NUMBER_AFTER.match(doc.folded, end):
        return False  # "giang thi do lop 4b": a class, a unit or a count and its number
    marked = _NAME_END.match(doc.folded, end)
    # ... or a verb of asking or saying that opens the predicate ("ba huynh thi ngoc thuom hoi
    # viec cap doi ..."); not "chưa", "rồi" (after "xong": "ba cam thi pheng xong chua")
    return (
        clause
        or (marked is not None and marked.group(1) is not None)
        or _ASKING_AFTER.match(doc.folded, end) is not None
    )


#: verbs of asking, saying or filing right after a name typed plain: its subject's end
_ASKING_AFTER = re.compile(
    r"[ \t]+(?:hoi|noi|xin|nho|muon|gui|nop|de[ \t]+nghi|yeu[ \t]+cau|trinh[ \t]+bay"
    r"|khieu[ \t]+nai|phan[ \t]+anh|dang[ \t]+ky|lien[ \t]+he|to[ \t]+cao)(?![a-z])"
)
#: a number (a code's letter maybe) right after a word: it counts or numbers that word
_NUMBER_AFTER = re.compile(r"[ \t]+[a-z]?[0-9]")


#: what "thì" opens in a question typed without diacritics ("thi lam sao", "thì thế nào"): a
#: surname and "thi" before it are no name ("cho bo chau thi lam sao a")
_QUESTION_AFTER_THI = frozenset(
    {"lam sao", "the nao", "bao gio", "o dau", "can gi", "sao a", "sao ha", "lam gi", "ra sao"}
)


def _marked_plain_name(
    doc: Document,
    raw: str,
    spans: list[tuple[int, int]],
    folded: list[str],
    s: int,
    not_names: frozenset[str],
) -> bool:
    """Whether three words typed without diacritics after a cue are a surname, "van"/"thi" and
    a given name, with the name's end marked ("ong luc van hoa, cmnd ...", "ba nghiem thi
    hanh, sinh nam 1956", "ong bui van thu o ha noi"): "van hoa", "thi hanh" are everyday
    words too ("văn hóa", "thi hành"), but not between a surname and a comma or "ở" and where
    (typed "o": after a surname and "van"/"thi" no one "ở"s but a person), nor after
    "nguyen", "tran", "le" ... (``PLAIN_SURNAMES``, no everyday words there)."""
    if not (
        len(spans) >= 3
        and folded[1] in ("van", "thi")
        and raw[: spans[2][1]].isascii()
        and f"{folded[0]} {folded[1]}" not in not_names
    ):
        return False
    if folded[0] in PLAIN_SURNAMES:
        return True  # "ong tran van minh chuyen ...": "nguyễn", "trần" are names' only
    end = s + spans[2][1]
    return _NAME_END.match(doc.folded, end) is not None or (
        folded[0] not in EVERYDAY_SURNAMES and _AT_WHERE.match(doc.folded, end) is not None
    )


#: "ở" typed plain and the word of where after it, right after a name (folded)
_AT_WHERE = re.compile(r"[ \t]+o[ \t]+[a-z]")


#: chat's abbreviations typed plain that a given name and a letter spell ("ktra" kiểm tra,
#: "nma" nhưng mà, "kbiet" không biết)
_CHAT_SHORTHANDS = frozenset({"ktra", "nma", "kbiet", "nvay", "ksao", "hnay", "hqua"})


def mistyped_given(raw: str, spans: list[tuple[int, int]], folded: list[str]) -> bool:
    """Whether the fourth word typed plain after a surname, a middle name and a given name is
    a given name mistyped, as a name asked to be put right is written ("giay khai sinh ghi
    nguyen thi thu thuey", "sua ten truong thi phuong lna thanh ...", "ghi doan thi thuy
    tienn"): no Vietnamese syllable's shape (a syllable is as often a word: "voi" is no "vi"
    mistyped, "tranh" no "tran"), one letter more than a lexicon given name ("tienn", "hungg":
    the key pressed twice or its neighbour with it) or two of its letters swapped ("lna",
    "nhugn"); no chat's drawl of a vowel ("hoii", "nhee"), no kin word ("anhh"), no chat's
    abbreviation ("ktra", "nma")."""
    surnames, middles, givens, _, _ = lexicons()
    word = folded[3]
    if raw[spans[2][1] : spans[3][0]] != " " or len(word) < 3 or not word.isalpha():
        return False
    if is_vietnamese_syllable(word) or word in _CHAT_SHORTHANDS:
        return False
    if word in givens or word in middles or word in surnames or word in _CUE_WORDS:
        return False
    if word[-1] == word[-2] and word[-1] in "aeiouy":
        return False  # "hoii", "nhee": a vowel drawn out, a particle's
    shorter = {word[:i] + word[i + 1 :] for i in range(len(word))}
    swapped = {
        word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        for i in range(len(word) - 1)
        if word[i] != word[i + 1]
    }
    hits = (shorter | swapped) & givens
    return bool(hits) and not hits & _CUE_WORDS


def _spelled_middle(raw: str, span: tuple[int, int]) -> bool:
    """Whether a word folded to "van" / "thi" is spelled "văn" / "thị" (with diacritics:
    "thi hành" is no name; without them, unknown)."""
    word = raw[span[0] : span[1]]
    return not word.isascii() and spelling(word) in TYPICAL_MIDDLE_SPELLINGS


def _title_second(raw: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the second and third words are an official's title (``two_word_titles``:
    "trưởng phòng", "kế toán"), by spelling where the text has diacritics ("Trường Phong" is a
    name), folded where it has none."""
    pair = raw[spans[1][0] : spans[2][1]]
    spelled, folded = two_word_titles()
    if pair.isascii():
        return " ".join(fold_word(w) for w in pair.split()) in folded
    return spelling(pair) in spelled


def _common_phrase(
    raw: str, spans: list[tuple[int, int]], q: int, not_names: frozenset[str]
) -> bool:
    """Whether words ``q`` and ``q + 1`` are a place or a common phrase (``not_names``): on the
    folded words where the text has no diacritics, on their spelling where it has ("công
    khải" is a given name, "công khai" a word)."""
    pair = raw[spans[q][0] : spans[q + 1][1]]
    if pair.isascii():
        return " ".join(fold_word(w) for w in pair.split()) in not_names
    return spelling(pair) in not_name_spellings()


def _strong_before(doc: Document, cue: str, start: int) -> bool:
    """Whether an honorific cue ("ông", "bà") follows a cue that names a private person
    ("bị đơn ông quan thế vinh", "nguoi khieu nai la ba ...", "chủ hộ ông ..."): the party
    or the label names the person, the honorific only says how to address them."""
    if cue not in _CUE_WORDS:
        return False
    before = lexicons().cues.before(doc, start)
    return before is not None and before in _strong_lower_cues()


def _plain_evidence(
    doc: Document,
    cue: str,
    folded: list[str],
    k: int,
    end: int,
    not_names: frozenset[str],
    strong_before: bool = False,
) -> bool:
    """Whether a lower-case name typed without diacritics is one: "co", "chi", "di" are
    everyday words ("có", "chỉ", "đi"), so the words need the unmistakable "... văn ..." /
    "... thị ..." shape, or a surname that is no everyday word before a middle and a given
    name (``_plain_name``), or every word a name word, none of them two by two a common phrase
    ("định công khai": "dinh cong khai"), and either a cue that names a person ("bị cáo",
    "đồng chí", "chủ tài khoản", not "ông", but "ông" after such a cue: ``strong_before``) or
    the name's end marked (a comma, a bracket, the end of the line, "sinh năm", "cccd")."""
    if k == 2:
        return True  # a surname and a given name: ``_two_word_name`` asked for more already
    marked = _NAME_END.match(doc.folded, end)
    if (
        f"{cue} {folded[0]}" in _EVERYDAY_PAIRS
        and not (
            # "ba dinh thi nga 8h": a place's name, then "thị", given names and a strong end mark
            cue == "ba"
            and k >= 3
            and folded[1] == "thi"
            and all(w in lexicons().givens for w in folded[2:k])
            and not everyday_pair(folded[1], folded[2])  # "ba dinh thi cong": thi công
            and (
                (marked is not None and marked[1] is not None)
                # "ba vi thi bich van vao ...": a middle name and a given name after "thị" ("Ba
                # Vì thì đẹp lắm": "đẹp" is no middle name), no phrase of them
                or (
                    k >= 4
                    and all(w in lexicons().middles for w in folded[2 : k - 1])
                    and not any(everyday_pair(a, b) for a, b in itertools.pairwise(folded[2:k]))
                    and _addressed(doc.folded, end - len(" ".join(folded[:k])))
                )
            )
        )
    ):
        # "cong ty co phan van tai", "chi phi van chuyen", "co quan hanh chinh,", "chi dinh
        # thi cong,": the cue and the surname are a phrase; "cô Phan Thị Lan" typed so is lost
        return False
    strong = strong_before or (cue not in _CUE_WORDS and cue in _strong_lower_cues())
    if k >= 3 and folded[1] in ("van", "thi"):
        if folded[1] == "thi" and folded[0] in _EVERYDAY_BEFORE_THI:
            # "ba do thi lon.": "lớn" is no given name; "ba nhu thi lan anh." is a name
            givens = lexicons().givens
            return all(w in givens for w in folded[2:k]) or strong or bool(marked and marked[1])
        return True
    if k == 3 and everyday_pair(folded[1], folded[2]) and _ABOUT_AFTER.match(doc.folded, end):
        return False  # "ong tran quy dinh ve ...": "quy định về" (rules on), no "Quý Định"
    if _plain_name(folded, k):
        return True
    _, middles, givens, _, _ = lexicons()
    if k < 3 or not all(w in middles for w in folded[1 : k - 1]) or folded[k - 1] not in givens:
        return False
    if any(" ".join(folded[q : q + 2]) in not_names for q in range(k - 1)):
        return False
    if strong:
        return True
    if folded[0] in EVERYDAY_SURNAMES:
        return False
    if marked is not None:
        return True
    if any(everyday_pair(folded[q], folded[q + 1]) for q in range(k - 1)):
        return False
    # after "ông", "bà", "anh", "chị" a verb that opens the predicate marks the end as a comma
    # does ("ong dam thai tra thong hoi ve ..."), the words no everyday word two by two
    if cue in _TWO_WORD_HONORIFICS and _predicate_at(doc, end):
        return True
    # three name words whose middle is a name's middle, never an everyday word's second half
    # ("ong ho quang vinh lam pho giam doc", "chau to gia huy bat nat", "chau vuong bao ngoc
    # tu ten cu", "chu tich xa do minh tuan khong tiep dan"): a surname, a middle name and a
    # given name after a kin word or a title are a name
    # where the end runs on into the sentence, as they are where a comma marks it
    return (
        k == 3
        and (cue in _FULL_NAME_HONORIFICS or cue not in _CUE_WORDS)
        and folded[1] in _NAME_MIDDLES
        and not everyday_pair(cue, folded[0])
    )


#: "về" / "rằng" typed without diacritics right after a name's last two words: they were a
#: verb with its object ("quy dinh ve", "thong bao rang")
_ABOUT_AFTER = re.compile(r"[ \t]+(?:ve|rang)\b")


@lru_cache(maxsize=1)
def _strong_lower_cues() -> frozenset[str]:
    """The cues that name a private person (``strong_cues``: labels, parties, relations,
    titles such as "đồng chí", "bs", "mr") and the introductions ("tôi là", "họ và tên:"),
    folded, but a bare "tên" ("ten cong ty")."""
    return (frozenset(strong_cues().terms) | _INTRODUCTION_SET) - {"ten"}


def _two_word_name(
    doc: Document, cue_raw: str, folded: list[str], raw: str, end: int, marked: bool = False
) -> bool:
    """A surname and a given name alone ("họ và tên: nguyễn an", "tôi là lê hoa,", "ông
    nguyễn an bổ sung ..."): only with the name's end marked (punctuation, an identifier, or,
    after an honorific, a verb that opens the sentence's predicate), the two words no everyday
    word ("anh trần tình", "ba vu an", "ba le hoi"); typed without diacritics only with a given
    name that is no everyday word, and after an honorific only with a surname that is no
    everyday word there (``PLAIN_SURNAMES``: "ong nguyen an den ..."). After a kin word
    (``_kin_two_word``: "cô trần hoa gửi đơn", "bac nguyen an den") the same. ``marked``:
    the words after them are an everyday word that opens the predicate ("lam don")."""
    cue = fold_word(cue_raw)
    if raw.isascii() and folded[1] in _EVERYDAY_GIVENS:
        return False  # "toi la le la": "tôi là lê la"
    words = raw.split()
    if everyday_pair(words[0], words[1]):
        return False
    if (
        not words[1].isascii()
        and spelling(words[1]) not in given_spellings()
        # "ông danh sến ở ấp ...": after a Khmer family name a one-syllable Khmer given name
        and not (
            khmer_opener(words[0])
            and is_vietnamese_syllable(words[1])
            and spelling(words[1]) not in _CHAT_WORD_SPELLINGS
            and not _goes_on(words[1])
            and not _predicate_spelled(words[1])
        )
    ):
        return False  # "anh mai đâu": "đâu" is no "Đậu"
    if cue in _CUE_WORDS:
        if cue not in _TWO_WORD_HONORIFICS:
            if not _kin_two_word(cue_raw, folded, raw):
                return False  # "co" / "chu" / "di" before "lam", "ha": "có làm", "đi hà ..."
        elif raw.isascii() and folded[0] not in _TWO_WORD_PLAIN_SURNAMES:
            # "ong danh sen o ap xeo nhau a": a Khmer family name that is no Kinh surname,
            # a given name and where the person lives
            return _khmer_lives_at(doc, folded, end)  # "anh ha lan", "ong quan ly": words
        return (
            marked
            or _NAME_END.match(doc.folded, end) is not None
            or _predicate_at(doc, end)
            # a colon before what the person says or asks, after an honorific alone ("đơn
            # của ông nguyễn an: ông an đề nghị ..."; with no honorific "hộ dân:" is a label)
            or (cue in _TWO_WORD_HONORIFICS and _COLON_END.match(doc.folded, end) is not None)
        )
    if cue not in _strong_lower_cues() and (
        raw.isascii() or not spelled_as_surname(words[0], doc, 0)
    ):
        # a title with diacritics ("tổng bí thư tô lâm tại ...") names the holder as plainly;
        # typed without them only a cue that names a private person will do
        return False
    if raw.isascii() and folded[0] not in PLAIN_SURNAMES and folded[0] in EVERYDAY_SURNAMES:
        return False  # "ten: khong co", "ho ten: la ..."
    # a verb that opens the predicate ends it too ("tổng bí thư tô lâm tại hội nghị")
    return _NAME_END.match(doc.folded, end) is not None or _predicate_at(doc, end)


#: chat's question words and particles, spelled: no given name ("anh thạch đâu rồi")
_CHAT_WORD_SPELLINGS = frozenset(
    spelling(w)
    for w in (
        *("đâu", "nào", "này", "kia", "ấy", "đó", "rồi", "chưa", "thôi", "luôn", "hả"),
        *("nhé", "nha", "ơi", "ạ", "à", "vẫn", "cũng", "sẽ", "hết", "giúp", "với", "thì"),
    )
)


def _kin_two_word(cue_raw: str, folded: list[str], raw: str) -> bool:
    """Whether a kin word or a title other than ông / bà / anh / chị ("cô", "chú", "bác", "cụ",
    "cháu", "dì", "thầy", "bố", "mẹ", "vợ", "chồng", "em") may stand before a surname and a
    given name alone. Written with its diacritics the cue is that word (``spelled_as_cue``
    asked already: "có", "chủ", "đi" are not), so a name with diacritics after it is as after
    "ông" ("cô trần hoa gửi đơn", "chú lê minh đến"); "em", spelled so either way, only before
    a name with diacritics. Typed without diacritics ("co" có, "chu" chủ, "bac" bạc, "cu" cũ)
    only before a surname that is no everyday word (``PLAIN_SURNAMES``: "bac nguyen an den",
    "co tran hoa,"), not where the cue and the surname are one ("co le" có lẽ, "bo hoang" bỏ
    hoang, "di le" đi lễ)."""
    cue = fold_word(cue_raw)
    if cue not in _KIN_TWO_WORD:
        return False
    if not cue_raw.isascii():
        return True
    if cue in ("em", "vo"):
        return not raw.isascii()  # "vo tran hoa": Võ Trần Hoa as often as "vợ Trần Hoa"
    return (
        raw.isascii()
        and folded[0] in PLAIN_SURNAMES
        and f"{cue} {folded[0]}" not in _KIN_PLAIN_PHRASES
    )


#: kin words and titles before which a surname and a given name alone are a name
#: (``_kin_two_word``), folded
_KIN_TWO_WORD = frozenset(
    {"co", "chu", "bac", "cu", "chau", "di", "thay", "em", "bo", "me", "cha", "vo", "chong"}
)
#: a kin word typed without diacritics and a surname that are an everyday phrase
_KIN_PLAIN_PHRASES = frozenset({"co le", "bo hoang", "di le", "cu le", "bo le", "me le"})


#: surnames that, typed without diacritics after ông / bà / anh / chị, spell no everyday word
#: there ("ong phan an bo sung", "chi bui hoa nop don"; not "lam" làm, "dang" đang, "vo" vợ,
#: "do" đó, "cao", "chu"): a two-word name after them with its end marked
_TWO_WORD_PLAIN_SURNAMES = PLAIN_SURNAMES | frozenset(
    {"phan", "bui", "ngo", "dinh", "trinh", "luong", "trieu", "quach", "nghiem", "khuc", "luu"}
    | {"vuong"}
)
#: honorifics after which two lower-case words may be a name (a surname and a given name)
_TWO_WORD_HONORIFICS = frozenset({"ong", "ba", "anh", "chi"})
#: honorifics and kin words after which three name words typed without diacritics are a full
#: name with the end unmarked (``_plain_evidence``): not "co" (có), "chu" (chủ, chữ), "di"
_FULL_NAME_HONORIFICS = _TWO_WORD_HONORIFICS | frozenset({"chau", "em", "bac", "cu", "vo"})
#: middle names that, typed without diacritics, are no function word and seldom the second
#: half of an everyday word after a surname's spelling ("quang", "gia", "bao", "ngoc")
_NAME_MIDDLES = frozenset(
    {"quang", "gia", "bao", "ngoc", "xuan", "huu", "duc", "quoc", "thanh", "hoang", "khac"}
    | {"tuan", "trung", "thuy", "phuong", "huyen", "khanh", "hoai", "tuong", "nhat"}
    | {"duy", "minh", "manh"}
)


#: verbs and particles that open a sentence's predicate right after its subject, a name ("ông
#: nguyễn an bổ sung hồ sơ", "bà trần hoa đến nộp đơn", "anh lê minh hỏi về ..."): they mark
#: the end of a name after an honorific as a comma does
#: everyday verbs after the person who does them, read only where written with their
#: diacritics ("anh thanh góp 2 triệu", "cô út thuê phòng 3", "anh tuấn nhớ mang cccd"):
#: typed so they spell other words ("cho" chở, "trong" trông, "thue" thuế, "nho" nhỏ, "ke"
#: kế, "dan" Dân); not "qua", "vào", "giúp", which follow a verb a given name spells ("chị
#: thu qua chuyển khoản", "điền vào")
_MARKED_PREDICATES = (
    *("góp", "đóng góp", "ủng hộ", "nhớ", "thuê", "gặp", "chở", "dẫn", "kể", "trông"),
)
_PREDICATES = (
    *("bổ sung", "đề nghị", "yêu cầu", "trình bày", "cho biết", "liên hệ", "khiếu nại"),
    *("phản ánh", "thắc mắc", "đăng ký", "đến", "tới", "dự", "hỏi", "nộp", "gửi", "xin", "đã"),
    *("đang", "sẽ", "cần", "muốn", "vừa", "mới", "chưa", "được", "bị", "phải", "nhờ", "báo"),
    *("nói", "ký", "nhận", "về", "đi", "làm", "mua", "bán", "vay", "lên", "trả", "đóng", "và"),
    *("chuyển", "cũng", "thì", "mà", "ở", "là", "có", "không", "sinh", "trú", "mất", "viết"),
    *("gọi", "nhắn", "mời", "xác nhận", "kê khai", "tham dự", "tham gia"),
    # chat's everyday verbs after the person who does them ("chị thơm đưa cho anh kiên rồi",
    # "anh hưng đón đoàn, em thảo chuẩn bị phòng họp, chị nhung lo hồ sơ"); not the words
    # that follow a verb as often ("điền vào", "nhắc giúp", "thu theo quy định", "thu để")
    *("đón", "chuẩn bị", "lo", "đưa", "rồi", "giữ", "trực", "phụ trách", "xem", "kiểm tra"),
    *("duyệt", "hướng dẫn", "thông báo", "soạn", "nghỉ", "mở", "hẹn", "lấy", "hỗ trợ"),
    *("bên", "điều khiển", "tại", "đồng ý", "nhất trí", "phụ trách"),
    # what the person lacks or forgot ("hồ sơ của anh phong thiếu giấy khám"); not "vẫn",
    # "còn" ("van", "con" typed plain are "Văn", "con")
    *("thiếu", "quên"),
    # where the person goes ("nhờ chị ngà xuống nhà ông khả", "anh tuấn ghé phòng"): no given
    # name spelled so
    *("xuống", "ghé"),
    # "lo" (to see to) before what is seen to ("chi nhung lo ho so giup em"): alone "lo" is
    # "Lò", "lọ" as often (left out of ``_PREDICATE_FOLDED``), with its object it is the verb
    *("lo hồ", "lo giấy", "lo thủ", "lo việc", "lo liệu"),
    # a quarrel or a dispute the person is in ("chu kha dinh quang cai nhau voi hang xom"):
    # two words each, no name's given name and the next word
    *("cãi nhau", "đánh nhau", "xô xát", "tranh chấp", "lấn chiếm", "tố cáo", "khởi kiện"),
    *_MARKED_PREDICATES,
)
_PREDICATE_SPELLINGS = frozenset(spelling(w) for w in _PREDICATES)
#: of those, written with their diacritics, the ones no given name is spelled as ("Ký", "Mai"
#: are names; "nhận", "nghỉ", "đến" are not)
_PREDICATES_NOT_NAMES = frozenset(
    spelling(w) for w in (*_PREDICATES, "nghỉ") if not w.isascii() and w not in ("ký",)
)


def _predicate_spelled(word: str) -> bool:
    """Whether ``word``, written with diacritics, is spelled as a predicate's first word that
    no given name shares ("nhận", "nghỉ"), so it ends a name rather than being its last."""
    return not word.isascii() and spelling(word) in _PREDICATES_NOT_NAMES


#: typed without diacritics, the predicates that are no other everyday word or name part too
#: ("dang" is "đang" and "Đặng", "o" is "ở" and "ô", "co" is "có" and "cô")
_PREDICATE_FOLDED = frozenset(fold_word(w) for w in _PREDICATES) - {
    *("dang", "o", "la", "co", "va", "di", "ma", "thi", "moi", "khong", "sinh", "tru", "mat"),
    *("viet", "goi", "lam", "mua", "ban", "len", "tra", "dong", "cung", "ve", "noi"),
    # đơn / Đôn, lọ / Lò, dưa / Đua, Trúc, Mơ / mợ, Nghị / nghĩ, Y Hen Niê
    *("don", "lo", "dua", "truc", "mo", "nghi", "hen", "tai"),
    *(fold_word(w) for w in _MARKED_PREDICATES),
}
_NEXT_TWO = re.compile(r"[ \t]+(\S+)(?:[ \t]+(\S+))?")
#: "hàng xóm" (the neighbour) typed plain, in apposition after a name ("ong nguyen van hung
#: hang xom"), as a pattern's source: "hang" is then no given name Hằng; "xom" before a
#: hamlet's number or name ("chi le thi hang xom 3", "xom dong") keeps it one
NEIGHBOUR_AFTER = (
    r"hang[ \t]+xom(?=[ \t]*(?:[,.;:!?)\n]|$)|[ \t]+(?:cua|nha|ben|sat|cu|gan|em|toi|minh|e|t"
    r"|lau nam|lan chiem|bao|noi|goi|nhan|hay|da|vi|bi)\b)"
)
_NEIGHBOUR = re.compile(r"[ \t]+" + NEIGHBOUR_AFTER)


def neighbour_at(folded: str, pos: int) -> bool:
    """Whether "hàng xóm" typed plain, in apposition (``NEIGHBOUR_AFTER``), follows ``pos``."""
    return _NEIGHBOUR.match(folded, pos) is not None


#: the word right after a name, on its line
_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)\b")
#: the word after a name typed with diacritics
_UNICODE_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")


def predicate_at(doc: Document, end: int) -> bool:
    """Whether the words after ``end`` open a sentence's predicate ("nói", "gửi", "đến"), as
    they do after a name that is the sentence's subject (for :mod:`.given`)."""
    return _predicate_at(doc, end)


#: punctuation, quotes and brackets that may close a sentence right after its verb
_CLOSING = ",.;:!?\"'”’)»"


def _predicate_at(doc: Document, end: int) -> bool:
    """Whether the words after ``end`` open the sentence's predicate (``_PREDICATES``), by
    spelling where typed with diacritics."""
    m = _NEXT_TWO.match(doc.text, end)
    if m is None:
        return False
    # (a quote or a bracket closing after the verb too: '"..., chị loan hỏi"')
    one = m.group(1).rstrip(_CLOSING)
    candidates = [one]
    if m.group(2) is not None and one == m.group(1):
        candidates.append(f"{one} {m.group(2).rstrip(_CLOSING)}")
    for c in candidates:
        if c.isascii():
            if fold_word(c) in _PREDICATE_FOLDED:
                return True
        elif spelling(c) in _PREDICATE_SPELLINGS:
            return True
    return False


def _plain_name(folded: list[str], k: int) -> bool:
    """Three name words typed without diacritics, led by a surname that is no everyday word
    there ("le minh tuan", "nguyen thanh hai"): a surname, a middle name, a given name."""
    _, middles, givens, _, _ = lexicons()
    return (
        k == 3
        and folded[0] in PLAIN_SURNAMES
        and folded[1] in middles
        and folded[2] in givens
        and " ".join(folded[:2]) not in _PLAIN_PHRASES
    )


#: surnames that, typed without diacritics, are no everyday word nor a place's unit ("nghiem",
#: "trinh", "quach"; not "ngo" ngõ, "dinh" định, "luong" lương, "trieu" triệu)
_UNMISTAKEN_SURNAMES = PLAIN_SURNAMES | frozenset(
    {"phan", "bui", "trinh", "quach", "nghiem", "khuc", "luu", "vuong"}
)


#: surnames that, typed without diacritics right after chat's "a", "c", "e", are seldom the
#: word they also spell there ("trieu" triệu, "dinh" định, "luong" lương, "mach" mạch): before a
#: middle name only names use and a given name, the name's ("a trieu duc luong va ...", "c
#: dinh ngoc anh de nghi"); not "ta" (anh ta), "lam" (làm), "dang" (đang), "cao", "ha", "vo"
_CHAT_CUE_SURNAMES = _UNMISTAKEN_SURNAMES | frozenset(
    {"bach", "banh", "che", "dam", "danh", "dao", "diep", "dinh", "giap", "ham", "hau"}
    | {"hua", "khieu", "khuat", "khuong", "khuu", "kieu", "lau", "lu", "luong", "luyen", "ly"}
    | {"mac", "mach", "ngo", "nghiem", "nguy", "nham", "ninh", "nong", "phung", "tao", "thach"}
    | {"tieu", "trieu", "ung", "uong", "vien", "vong", "vuu", "thai"}
)


def _rare_surname_name_middle(folded: list[str], k: int) -> bool:
    """Three name words typed without diacritics after chat's "a", "c", "e": a surname that is
    no everyday word there (``_CHAT_CUE_SURNAMES``), a middle name only names use
    (``_NAME_MIDDLES``: "quang", "xuan", "ngoc") and a given name, no two of them an everyday
    pair ("a nghiem xuan tung o ngach 8", "c quach ngoc lan goi", "a trieu duc luong va c
    ..."): the shape is a name's however the sentence runs on."""
    return (
        k == 3
        and folded[0] in _CHAT_CUE_SURNAMES
        and folded[1] in _NAME_MIDDLES
        and folded[2] in lexicons().givens
        and (
            folded[0] in _UNMISTAKEN_SURNAMES
            # "a dinh minh tu lam": định mình tự (means to do it himself), no "Minh"
            or (
                folded[1] != "minh"
                and not everyday_pair(folded[0], folded[1])
                and not everyday_pair(folded[1], folded[2])
            )
        )
    )


def _spelled_full_name(
    doc: Document, raw: str, spans: list[tuple[int, int]], k: int, s: int
) -> bool:
    """Three name words typed with diacritics, each spelled as its part of a name: a surname, a
    middle name, a given name ("a phó đức trọng": "phó" is also "deputy", but "đức trọng" after
    it is a name's; "a phó giám đốc" is no name: "giám" is no middle name)."""
    if k != 3 or raw[: spans[2][1]].isascii():
        return False
    words = [raw[a:b] for a, b in spans[:3]]
    return (
        spelled_as_surname(words[0], doc, s)
        and spelling(words[1]) in middle_spellings()
        and spelling(words[2]) in given_spellings()
        and not everyday_pair(words[1], words[2])
    )


def _sentence_case(name: str) -> bool:
    """Only the first letter in capitals ("Nguyễn văn tuấn"): the capitalised path, which
    needs every word so, leaves it to this one."""
    head, _, rest = name.partition(" ")
    return len(head) > 1 and head[0].isupper() and head[1:].islower() and rest.islower()


#: cues after which three lower-case words typed without diacritics are a surname, a middle
#: name and a given name though two of them spell a common phrase (``_phrased_name``), folded;
#: "co", "chu", "di" are "có", "chủ", "đi" as often and stay out
_PHRASED_CUES = _TWO_WORD_HONORIFICS | frozenset({"chau", "bac", "cu", "d/c", "chu"})
#: the word before a cue and the cue, up to the name (folded)
_LAST_WORD_BEFORE = re.compile(r"([a-z]+)[ \t]+([a-z/]+)[ \t]+$")
#: a comma and two words after it (folded)
_LISTED_AFTER = re.compile(r"[ \t]*,[ \t]*([a-z]+)[ \t]+([a-z]+)\b")
#: a number right after the words ("2 gio", "p1205")
_NUMBER_NEXT = re.compile(r"[ \t]+[a-z]?[0-9]")
#: punctuation or the line's end right after a name
_CLOSED_AFTER = re.compile(r"[ \t]*(?:[,;()]|\n|$)")


def _phrased_name(doc: Document, cue: str, raw: str, spans: list[tuple[int, int]], s: int) -> bool:
    """Whether the first three lower-case words ``raw`` typed without diacritics after ``cue``
    are a surname, a middle name and a given name where the rules before would not say so:
    two of them spell a common phrase ("ông đinh công khải" typed "ong dinh cong khai", "công
    khai"; "anh lò văn phòng ở bản cang", "văn phòng"; "đ/c lương hữu thạch,", "lương hưu"), or
    the middle name is one no list holds as a middle ("ông tăng kiên minh (mã thẻ ...",
    "ông triệu tài sinh, trưởng xóm"). Typed so, the phrase and the name are spelled alike;
    after a cue that names a person (an honorific, "cháu", "bác", "cụ", "đ/c", "chú": "chu
    tang kien phat o to 6", no "chủ"'s phrase with the surname) the name is
    meant far more often, with: a lexicon surname that is no everyday word there and makes
    none with the cue, a middle or a given name, a given name, the name's end marked after
    them (a comma, a bracket, the line's end, "ở" and a place, a verb that opens the
    predicate); no word before the cue that makes one word with it ("phản ánh", "đồng chí",
    "hải châu"), no predicate after the first word ("đ/c nhan đồng ý"), no everyday word the
    given name makes with the next ("công khai báo cáo"), no list of everyday words after a
    comma when the last two are a phrase ("định công khai, minh bạch"). Measured on the chat
    variants (docs/benchmarks.md, fourteenth session)."""
    if len(spans) < 3 or not raw[: spans[2][1]].isascii():
        return False
    if cue not in _PHRASED_CUES:
        return False  # ("đại diện hộ gia đình", "đại diện công an tỉnh": a label's phrase)
    lex = lexicons()
    folded = [fold_word(raw[a:b]) for a, b in spans[:3]]
    first, middle, given = folded
    if (
        first not in lex.surnames
        or first in EVERYDAY_SURNAMES
        or (middle not in lex.middles and middle not in lex.givens)
        or given not in lex.givens
        or f"{cue} {first}" in _EVERYDAY_PAIRS
        or everyday_pair(cue, first)
    ):
        return False
    before = _LAST_WORD_BEFORE.search(doc.folded, max(0, s - 24), s)
    if before is not None and everyday_pair(before.group(1), before.group(2)):
        return False  # "phản ánh công ty tiếp nhận", "đồng chí giang thân mến", "hải châu"
    if _predicate_at(doc, s + spans[0][1]):
        return False  # "đ/c nhan đồng ý,": the given name alone, then its verb
    end = s + spans[2][1]
    if _NUMBER_NEXT.match(doc.folded, end):
        return False  # "anh la mai hop luc 2 gio chieu": a time, no name's end
    if given in PLAIN_VERBS and not _CLOSED_AFTER.match(doc.folded, end):
        return False  # "quản lý từ 9h00": "từ" (from) and what it spans
    after = _WORD_AFTER.match(doc.folded, end)
    if after is not None and everyday_pair(given, after.group(1)):
        return False  # "ong dinh cong khai bao cao": the words go on as a sentence
    listed = _LISTED_AFTER.match(doc.folded, end)
    if (
        listed is not None
        and f"{middle} {given}" in lex.not_names
        and everyday_pair(listed.group(1), listed.group(2), places=False)
    ):
        return False  # "ông định công khai, minh bạch": a list of what he means to be
    return _NAME_END.match(doc.folded, end) is not None or _predicate_at(doc, end)


#: Khmer family names that are no Kinh surname, folded ("Danh", "Néang")
_KHMER_ONLY_CLANS = frozenset({"danh", "neang"})
#: "ở" and the unit a Khmer family lives in, after a name (folded)
_AT_KHMER_PLACE = re.compile(r"[ \t]+o[ \t]+(?:ap|phum|soc|khom|xa|thon)[ \t]+[a-z0-9]")


def _khmer_lives_at(doc: Document, folded: list[str], end: int) -> bool:
    """Whether two lower-case words typed without diacritics after "ông", "bà", "anh", "chị"
    are a Khmer family name that no Kinh name opens and a given name, with where the person
    lives after them ("ông danh sến ở ấp xẻo nhàu a": "đánh sen" reads no hamlet after it)."""
    return (
        len(folded) >= 2
        and folded[0] in _KHMER_ONLY_CLANS
        and folded[1] in lexicons().givens
        and _AT_KHMER_PLACE.match(doc.folded, end) is not None
    )
