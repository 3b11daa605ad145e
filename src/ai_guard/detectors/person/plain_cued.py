"""Full names typed plain after a cue, their end marked, whatever else their words spell.

Typed without diacritics, a surname and a middle name often spell a place or an everyday word
as well ("ha quang" is the district Hà Quảng, "dinh cong" the ward Định Công, "tat" is
"tất", "khong" is "không"), so :mod:`.lower_case` cuts such a name short or drops it: "kinh
gui ong ha quang vinh, nguyen bi thu", "ong tat quang vinh, so dinh danh ...", "ong khong
minh thang, tru tai ...". The royal clan's double surname and Khmer given names typed plain
("ong ton that vinh,", "ong son sa phol,") it reads short or not at all.

Right after an honorific, a kin word, a self-introduction or a cue that names a private
person ("bị cáo", "đ/c", "học sinh"), three or four words that are a lexicon surname, middle
names and a given name (or "tôn thất" / "tôn nữ" and a given name, or a Khmer family name
and a given name opened by sa, so, soc, chanh, som), with the name's end marked (a comma, a
bracket, the line's end, an identifier's label, "ở" before a place's unit, a verb that opens
the predicate, who the person is to the writer: "hang xom", "dong nghiep") are a name all the
same: a place or an everyday word does not follow "ông" and stop at a comma.

Only where the name's words are typed in lower case without diacritics (chat); the cue may be
written either way ("ông ha quang vinh,"). What the words say two by two is still asked
("ong dinh cong khai" may be "ông định công khai", he means to make it public; "dai dien cong
an tinh" is "công an"), and the cue and the surname must not be one phrase ("co phan", "chi
phi").
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.foreign import foreign_lexicon
from ai_guard.detectors.person.gates import Needs
from ai_guard.detectors.person.lexicon import (
    HONORIFICS,
    INTRODUCTIONS,
    everyday_pair,
    lexicons,
    strong_cues,
)
from ai_guard.detectors.person.lower_case import NEIGHBOUR_AFTER, cue_words, predicate_at
from ai_guard.detectors.person.minority import KHMER_CLANS, KHMER_FAMILY_PIECES
from ai_guard.detectors.person.scores import lower_case_hit
from ai_guard.detectors.person.shape import is_vietnamese_syllable
from ai_guard.detectors.person.word_places import sketched, word_places
from ai_guard.text import Document

__all__ = [
    "plain_cued_names",
    "plain_khmer_names",
    "plain_listed_names",
    "plain_prefixed_names",
    "plain_speaker_names",
]

#: chat's one-letter kin words that open a full name typed plain ("e" only before "la"; "a"
#: anh and "c" chị with the name's end marked): word_places finds them, ``_cues`` has them not
_CHAT_CUES = frozenset({"e", "a", "c"})
#: English words an article follows ("of a", "is a"): "a" after them is no "anh" (folded)
_ENGLISH_BEFORE = re.compile(
    r"(?<![a-z'])(?:is|was|has|have|had|with|for|of|in|on|at|as|like|not|into|from|such|be)"
    r"[ \t]+$"
)
#: the cues after which "là" may come before the name ("vo la ...", "chong la ...", "em la ...")
_KIN_BEFORE_LA = ("vo", "chong", "con", "bo", "me", "cha", "em", "anh", "chi", "e")


@lru_cache(maxsize=1)
def _cues() -> frozenset[str]:
    """The honorifics, kin words and introductions, and the cues of ``name_cues.tsv`` that
    name a private person (``strong_cues``: "bị cáo", "đ/c", "người nhà", "con trai"; not an
    office's title: "công chức", "đại biểu" go on with a clause as often), sketched as
    :mod:`.word_places` finds them; not "đi", "tên" (a firm's name) or those
    :mod:`.lower_case` leaves (``ho`` họ, ``son``, ``cau`` câu)."""
    mine = {*HONORIFICS, *INTRODUCTIONS, "bo", "me", "cha", "vo", "chong", *strong_cues().terms}
    words = {sketched(w).strip() for w in mine} & {sketched(w).strip() for w in cue_words()}
    return frozenset(words - {"di", "ten"})


#: after the cue: "là" optional ("vo la ..."), then three or four words of lower-case ASCII
#: letters, on one line
_WORDS = re.compile(
    r"(?:[ \t]*:)?[ \t]+(?:(?P<la>la)[ \t]+)?"
    r"(?P<w0>[a-z]+)[ \t]+(?P<w1>[a-z]+)[ \t]+(?P<w2>[a-z]+)"
    r"(?:[ \t]+(?P<w3>[a-z]+)(?:[ \t]+(?P<w4>[a-z]+))?)?(?![\w'-])"
)

#: the same with no "là": where reading "la" as "là" finds no name, the surname Lã / La typed
#: plain opens it ("cua ong la quoc tai o 88 tran hung dao")
_WORDS_NO_LA = re.compile(_WORDS.pattern.replace(r"(?:(?P<la>la)[ \t]+)?", "(?P<la>)?", 1))
#: honorifics that, after a kin word and "là" typed plain, name the person the kin word is
#: ("vo la ba thanh", "chong la ong hung"): no surname La and middle name after the kin word
_TWO_WORD_KIN = frozenset({"ong", "ba", "anh", "chi", "co", "chu", "bac", "di", "cau"})
#: the cues after which "la" may be the surname: an honorific that names one person
_HONORIFICS_BEFORE_LA = frozenset({"ong", "ba", "anh", "chi", "chu", "co", "bac", "cu", "em"})

#: what marks a name's end right after it: a comma or another mark, the line's end, an
#: identifier's label ("sdt", "cccd", "sinh năm"), "ở" before a place's unit word
_END = re.compile(
    r"[ \t]*(?:[,;:()|\n\t\"]|$|[-\u2013] |\.(?:\s|$)"
    r"|(?:sinh|sn|cccd|cmnd|sdt|dt|email|ns|mst|stk|so[ \t]+(?:dt|cccd|cmnd|tk|tai khoan))\b"
    r"|o[ \t]+(?:thon|xom|ap|ban|buon|lang|plei|phum|soc|to|khu|khom|xa|phuong|thi tran"
    r"|huyen|quan|tinh|tp|so|duong|pho|ngo|hem|kiet)\b|o[ \t]+[a-z]?[0-9]"
    # "và" / "với" before another person's honorific or a relative ("ong X va ba Y")
    r"|(?:va|voi)[ \t]+(?:ong|ba|anh|chi|em|co|chu|bac|cu|con|vo|chong)\b"
    # "là" after the name, the clause's verb ("ong la quang dai la ...": a name is the subject)
    r"|la[ \t]+[a-z0-9]"
    # who the person is to the writer, in apposition ("voi ong ton that hung hang xom": hàng
    # xóm, the neighbour; "ba le thi hoa dong nghiep cu", "chi ngo thi mai ban than"); not
    # "hằng" before a hamlet ("xom 3", "xom dong")
    rf"|{NEIGHBOUR_AFTER}|(?:dong[ \t]+nghiep|ban[ \t]+than|chu[ \t]+nha)\b)"
)

#: a cue and a surname that are one everyday phrase typed plain (no name follows them)
_CUE_PHRASES = frozenset(
    {"co phan", "co quan", "co dinh", "co le", "co ban", "co dong", "co ta", "co lam", "co the"}
    | {"co chung", "co cong", "co vu", "co kha", "co han", "co luc", "co mong", "co dau"}
    | {"chi phi", "chi dinh", "chi dao", "chi doan", "chi tra", "chi tieu", "chi can", "chi la"}
    | {"chi ho", "chi ban", "chi mong", "chu dong", "chu ho", "chu dau", "chu quan", "chu luc"}
    | {"chu truong", "chu y", "ong ba", "ba lan", "ba vi", "anh ta", "em be", "cu ly"}
    | {"bac ninh", "bac giang", "chau au", "chau phi", "thay doi", "thay vi", "bo sung"}
    | {"bo phan", "bo truong", "bo cong", "bo tai", "me kong", "chong lai", "ba ria"}
)
#: surnames that, typed plain right after a cue, are an everyday word opening the clause ("em
#: chao anh chi", "anh cung thanh tra", "chi can minh chung"): read as a name only before
#: "van" / "thi"
_CLAUSE_OPENERS = frozenset({"chao", "cung", "nhu", "can", "mong", "ma", "vi", "doi", "thi"})
#: kin words and honorifics: after a cue they address someone else, they are no middle name
_KIN_WORDS = frozenset({"anh", "chi", "em", "ong", "co", "chu", "bac", "cu", "chau", "con"})
#: of those, the surnames too (Châu, Chu, Cù) that open a list item's name
_KIN_SURNAMES = frozenset({"chau", "chu", "cu"})
#: given names that, typed plain, are everyday words a clause goes on with ("là", "đi", "có")
_NOT_GIVEN = frozenset({"la", "ma", "co", "di", "va", "o", "khong", "nhu", "cung", "thi", "van"})


#: cues that, typed plain, are everyday words too ("co" có, "chu" chủ, "di" đi, "bo" bỏ, "be"
#: bé): after them a rare given name or surname is not read ("co do trong khoat, ok")
_PLAIN_WORD_CUES = frozenset({"co", "chu", "di", "bo", "be", "cu", "me", "cha"})
#: the first syllables of two-syllable Khmer given names (``minority.khmer_given_head``), typed
#: plain: after a Khmer family name and a cue they are the name's ("ong son so phon,")
_KHMER_HEADS = frozenset({"sa", "so", "soc", "chanh", "som"})
#: the Nguyễn royal clan's double surnames (:mod:`.royal`), typed plain
_ROYAL = frozenset({"ton that", "ton nu"})


def _name_words(words: Sequence[str], *, listed: bool = False) -> bool:
    """A lexicon surname, then middle names, then a given name (not an everyday word); or a
    royal double surname and a given name, or a Khmer family name, "thị"/"văn" at times, and a
    two-syllable Khmer given name."""
    surnames, middles, givens, _, _ = lexicons()
    if (words[0] in _KIN_WORDS or words[0] == "ba") and not (listed and words[0] in _KIN_SURNAMES):
        return False  # "kinh gui ong ha quang vinh": the honorific's own place reads the name
        # (a list item opens with the surname: "4. chau van dong, sinh ngay ...")
    if f"{words[0]} {words[1]}" in _ROYAL:
        return len(words) > 2 and _tail(words[2:])
    if words[0] in KHMER_CLANS:
        rest = words[2:] if words[1] in ("thi", "van") else words[1:]
        if len(rest) == 2 and rest[0] in _KHMER_HEADS and rest[1] not in _NOT_GIVEN:
            return True
    return (
        words[0] in surnames
        and all(w in middles and w not in _KIN_WORDS for w in words[1:-1])
        and (words[0] not in _CLAUSE_OPENERS or words[1] in ("van", "thi"))
        and words[-1] in givens
        and words[-1] not in _NOT_GIVEN
    )


def _tail(words: Sequence[str]) -> bool:
    """Middle names, then a given name (not an everyday word)."""
    _, middles, givens, _, _ = lexicons()
    return (
        all(w in middles and w not in _KIN_WORDS for w in words[:-1])
        and words[-1] in givens
        and words[-1] not in _NOT_GIVEN
    )


#: middle names that are no function word typed plain and seldom an everyday word's first
#: half before a syllable: before a given name no lexicon holds ("do trong khoat,")
_NAME_MIDDLES = frozenset(
    {"quang", "gia", "bao", "ngoc", "xuan", "huu", "duc", "quoc", "thanh", "hoang", "khac"}
    | {"trong", "dinh", "cong", "si", "sy", "dac", "tien", "the", "ba", "minh", "tuan", "trung"}
    | {"hoai", "nhat", "duy", "manh"}
)
#: a hard mark of a name's end: a comma or a bracket, a cell's border, an identifier's label
_HARD_END = re.compile(r"[ \t]*(?:[,;(|\t\n\"]|(?:cccd|cmnd|sinh|sn|sdt|dt|email|mst)\b)")


def _rare_given(words: Sequence[str]) -> bool:
    """A lexicon surname, a middle name of ``_NAME_MIDDLES`` and a word of a Vietnamese
    syllable's shape that no lexicon holds as a given name ("do trong khoat", "than duc luy"),
    not an everyday word of the clause: a rare given name, read only with its end hard-marked
    (``_HARD_END``); not after "văn" / "thị" ("chi ha thi xong,": "thì xong")."""
    surnames, _, givens, _, _ = lexicons()
    return (
        words[0] in surnames
        and words[0] not in _KIN_WORDS
        and words[0] not in _CLAUSE_OPENERS
        and words[1] in _NAME_MIDDLES
        and words[2] not in givens
        and words[2] not in _NOT_GIVEN
        and words[2] not in _KIN_WORDS
        and len(words[2]) > 1
        and is_vietnamese_syllable(words[2])
    )


#: words that, typed plain after a cue and before "văn" / "thì", go on with the clause:
#: pronouns, particles, verbs ("chi ay thi hong,": "chị ấy thì hỏng")
_CLAUSE_WORDS = frozenset(
    {"ay", "do", "nay", "kia", "ta", "no", "thi", "la", "ma", "cung", "van", "da", "dang"}
    | {"se", "moi", "vua", "con", "roi", "chua", "khong", "co", "duoc", "bi", "cho", "voi"}
    | {"va", "hay", "nhung", "thay", "noi", "hoi", "bao", "di", "ve", "len", "xuong", "ra"}
    | {"vao", "o", "tai", "tu", "den", "nhu", "neu", "vi", "lam", "xem", "doc", "viet", "gui"}
)


def _rare_surname(words: Sequence[str]) -> bool:
    """A surname no lexicon holds, "văn" / "thị", and a lexicon given name ("leng thi dung",
    "sinh thi mai"): after a cue, with the end hard-marked, a name (the minorities' surnames:
    Leng, Sần, Sinh); not a word that goes on with the clause (``_CLAUSE_WORDS``)."""
    surnames, _, givens, _, _ = lexicons()
    return (
        words[0] not in surnames
        and words[0] not in _CLAUSE_WORDS
        and words[0] not in _KIN_WORDS
        and len(words[0]) > 1
        and is_vietnamese_syllable(words[0])
        and words[1] in ("van", "thi")
        and words[2] in givens
        and words[2] not in _NOT_GIVEN
    )


def _reads_short(words: Sequence[str]) -> bool:
    """Whether a name is one that other paths read short typed plain: a Khmer name (its given
    name two syllables) or a royal one (its surname two words)."""
    return words[0] in KHMER_CLANS or f"{words[0]} {words[1]}" in _ROYAL


class _Taken:
    """The spans of the names found, sorted, asked which lie near a candidate in log time
    (an ``any()`` over every name for every candidate was quadratic on a long table)."""

    def __init__(self, found: Sequence[Detection]) -> None:
        self._spans = sorted((f.start, f.end) for f in found)
        self._longest = max((b - a for a, b in self._spans), default=0)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans ``(a, b)`` with ``a < end and start < b``."""
        lo = bisect.bisect_left(self._spans, (start - self._longest, -1))
        hi = bisect.bisect_left(self._spans, (end, -1))
        return [(a, b) for a, b in self._spans[lo:hi] if b > start]

    def add(self, span: tuple[int, int]) -> None:
        bisect.insort(self._spans, span)
        self._longest = max(self._longest, span[1] - span[0])


#: what :func:`plain_cued_names` needs: a cue place (it reads after those only) and three words
#: (the name's, after the cue)
CUED_NEEDS = Needs(words=3, places=("cues",))


def plain_cued_names(
    doc: Document, found: Sequence[Detection], detector_id: str
) -> Iterator[Detection]:
    """The full names typed plain after a cue with their end marked that no path found."""
    text = doc.text
    cues = _cues()
    taken = _Taken(found)
    for place in word_places(doc).cues:
        cue = place.group("word").decode()
        if cue not in cues and cue not in _CHAT_CUES:
            continue
        m = _WORDS.match(text, place.start() + len(cue))
        if m is None:
            continue
        if m.group("la") is not None and cue.split()[-1] not in _KIN_BEFORE_LA:
            if cue not in _HONORIFICS_BEFORE_LA:
                continue
            m = _WORDS_NO_LA.match(text, m.start())  # "ong la quoc tai o 88": Lã, no "là"
            if m is None:
                continue
        if (
            m.group("la") is None
            and m.group("w0") == "la"
            and m.group("w1") in _TWO_WORD_KIN
            and cue.split()[-1] in _KIN_BEFORE_LA
        ):
            continue  # "cho vo la ba thanh,": "vợ là bà Thanh", no La Bá Thành
        if cue == "e" and (m.group("la") is None or text[place.start()] != "e"):
            continue  # chat's "e" (em) only as "e la ..." ("e la to ngoc bich ben ...")
        if cue in ("a", "c") and (
            text[place.start()] != cue
            or m.group("la") is not None
            or _ENGLISH_BEFORE.search(doc.folded, max(0, place.start() - 12), place.start())
        ):
            continue  # chat's "a" (anh), "c" (chị) as typed, not English's article ("of a ...")
        if f"{cue.split()[-1]} {m.group('w0')}" in _CUE_PHRASES and m.group("w1") != "thi":
            continue  # ("chi doan thi mien la ...": before "thị" the surname Doãn, no "chi
            # đoàn"; "van" is "vẫn" as often: "chi doan van hop")
        span = _reading(doc, m, taken, listed=False, rare=cue not in _PLAIN_WORD_CUES)
        if span is None and m.group("la") and cue in _HONORIFICS_BEFORE_LA:
            plain = _WORDS_NO_LA.match(text, m.start())
            if plain is not None:  # ("anh la quoc tai o 88 ...": no "là" before "quoc tai o")
                span = _reading(doc, plain, taken, listed=False, rare=False)
        if span is not None and cue in ("a", "c") and _END.match(text, span[1]) is None:
            continue  # after chat's one letter, the name's end marked by a mark or a place
            # ("cua a ta quang duy, a ay o ...", "c ha thi lan o xom 2"), no verb alone
        if span is not None:
            taken.add(span)
            yield lower_case_hit(*span, detector_id, cue)


#: a list item's bullet at a line's start ("1. ", "2) ", "- ", "• ") or a table cell's border
#: ("| "), then the words (``_WORDS`` reads from the space before them)
_BULLETS = (
    re.compile(r"\n[ \t]*(?:\d{1,3}[.)]|[-*+\u2022\u2013])(?=[ \t]+[a-z])"),
    re.compile(r"\|(?=[ \t]+[a-z])"),
)
#: the same bullet opening the text
_FIRST_BULLET = re.compile(_BULLETS[0].pattern[2:])


#: what :func:`plain_listed_names` needs: three words (a name of three words or more)
LISTED_NEEDS = Needs(words=3)


def plain_listed_names(
    doc: Document, found: Sequence[Detection], detector_id: str
) -> Iterator[Detection]:
    """The full names typed plain as a list's item or a table cell ("1. than duc luy, sinh
    nam ...", "- thach so phol, cccd ...", "| 7 | mong van khin | thon ..."), their end marked
    by a mark (no verb after them: a list item is no sentence), that no path found."""
    text = doc.text
    taken = _Taken(found)
    for k, bullet in enumerate(_BULLETS):
        if k == 1 and "|" not in text:
            break
        first = _FIRST_BULLET.match(text) if k == 0 else None
        ends = [first.end()] if first is not None else []
        # (each pattern led by a literal: searched from one newline or bar to the next)
        ends.extend(b.end() for b in bullet.finditer(text))
        for at in ends:
            m = _WORDS.match(text, at)
            if m is None or m.group("la") is not None:
                continue
            span = _reading(doc, m, taken, listed=True)
            if span is not None:
                taken.add(span)
                yield lower_case_hit(*span, detector_id, "list item")


def _reading(
    doc: Document, m: re.Match[str], taken: _Taken, *, listed: bool, rare: bool = True
) -> tuple[int, int] | None:
    """The span of the name ``m``'s words read, or None: the longest reading with its end
    marked (five words: a royal name; four; three), no two of its words an everyday word, no
    other finding over it but a Khmer or royal name found short inside it. ``listed``: the
    end marked by a mark only (no predicate verb)."""
    text = doc.text
    words = [w for w in m.group("w0", "w1", "w2", "w3", "w4") if w is not None]
    for n in (5, 4, 3):
        if len(words) < n:
            continue
        end = m.end(f"w{n - 1}")
        if not _name_words(words[:n], listed=listed) and not (
            n == 3
            and rare
            and (_rare_given(words[:n]) or (not listed and _rare_surname(words[:n])))
            and _HARD_END.match(text, end) is not None
        ):
            continue
        marked = _END.match(text, end) is not None
        if not marked and (listed or n == 4 or not predicate_at(doc, end)):
            continue  # "ong tieu van manh nhung den nay": a fourth word needs its end marked
        if any(everyday_pair(words[q], words[q + 1], places=False) for q in range(n - 1)):
            # "dinh cong khai": "công khai"; "ba dao hoan thien khai bao": "hoàn thiện";
            # "dai dien cong an tinh": "công an"
            continue
        start = m.start("w0")
        near = taken.overlapping(start, end)
        if near and not (_reads_short(words[:n]) and all(start <= s and e <= end for s, e in near)):
            return None  # (a Khmer or royal name found short, "thach thi so" of "thach thi
            # so phia,", gives way to the whole)
        return start, end
    return None


#: a chat line's time and its speaker's two or three words before the colon ("[09:10] camille
#: roussel: who picks me up", "[08:41] dinh cong lam: ...")
_TIMED_SPEAKER = re.compile(
    r"\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*"
    r"(?P<name>[a-z][a-z'-]*(?:[ \t][a-z][a-z'-]*){1,2})[ \t]*:(?!\d)"
)
#: a self-introduction in English typed in lower case before a foreign name ("i'm tomasz nowak,
#: polish", "hi, i'm emily clarke, my address ..."), the name's end marked
_IM = re.compile(r"i['\u2019]m[ \t]+(?P<name>[a-z][a-z'-]*[ \t][a-z][a-z'-]*)(?=[ \t]*[,.;(]|$)")


def _foreign_words(words: Sequence[str]) -> bool:
    """A foreign given name of the foreign lexicon, then one or two words that are a foreign
    surname or no Vietnamese syllable ("camille roussel", "mark henderson")."""
    lex = foreign_lexicon()
    return words[0] in lex.givens and all(
        w in lex.surnames or not is_vietnamese_syllable(w) for w in words[1:]
    )


#: what :func:`plain_speaker_names` needs: a timed line's bracket or the apostrophe of "i'm"
SPEAKER_NEEDS = Needs(marks="['\u2019")


def plain_speaker_names(
    doc: Document, found: Sequence[Detection], detector_id: str
) -> Iterator[Detection]:
    """Full names typed plain as a timed chat line's speaker ("[09:10] camille roussel: ...",
    "[08:41] dinh cong lam: ...") or after "i'm" ("i'm tomasz nowak, polish"), that no path
    found: a foreign given name and a surname, or a Kinh full name (``_name_words``)."""
    text = doc.text
    taken = _Taken(found)
    matches: list[re.Match[str]] = []
    if "[" in text:  # a time opening its line ("[09:10] ...", the line's indent before it)
        matches.extend(
            m
            for m in _TIMED_SPEAKER.finditer(text)
            if not text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
        )
    if "'m" in text or "\u2019m" in text:  # "i'm" a word ("hi, i'm", not "mi'm")
        matches.extend(
            m for m in _IM.finditer(text) if not m.start() or not text[m.start() - 1].isalpha()
        )
    for m in matches:
        start, end = m.span("name")
        words = m.group("name").split()
        if not (_foreign_words(words) or (len(words) == 3 and _name_words(words))):
            continue
        if any(everyday_pair(a, b, places=False) for a, b in itertools.pairwise(words)):
            continue
        if taken.overlapping(start, end):
            continue
        taken.add((start, end))
        yield lower_case_hit(start, end, detector_id, "speaker")


#: a Khmer name typed without diacritics with no cue: a family name, "thị"/"văn" at times, a
#: given name opened by sa, so, soc, chanh or som and one more syllable, every word capitalised
#: ("con la Danh So Phia va Kim So Phal,") or in lower case after Thạch and Néang only
#: ("thach so phanh va vo la ..."; "lam so do", "danh so lai" are "làm sổ đỏ", "đánh số lại")
_KHMER_PLAIN = re.compile(
    r"(?P<name>(?:(?P<cap>Thach|Danh|Kim|Son|Lam|Chau|Neang)(?: (?:Thi|Van))?"
    r" (?:Sa|So|Soc|Chanh|Som) [A-Z][a-z]+)"
    r"|(?:(?:thach|neang)(?: (?:thi|van))? (?:sa|so|soc|chanh|som) [a-z]+)"
    # the other family names in lower case with "thị" / "văn" ("danh thi sa ren voi ...":
    # "đánh thì" opens no clause there; not "lam": "lam thi so do" is "làm thì sổ đỏ"), or
    # "kim", "chau", "son" before "sa" / "so" ("chau sa muong o soc ...", "kim sa rai o ap
    # ..."; not "lam so do", "danh so lai")
    r"|(?:(?:danh|kim|son|chau) (?:thi|van) (?:sa|so|soc|chanh|som) [a-z]+)"
    r"|(?:(?:kim|chau|son) (?:sa|so|soc|chanh|som) [a-z]+))(?![\w'-])"
)
#: each family name and a space, searched for alone (led by a literal, the engine skips from
#: one to the next; ``_KHMER_PLAIN`` is then tried where one stands)
_KHMER_HEADS_AT = tuple(
    re.compile(f"{c} ")
    for c in (
        *("Thach", "Danh", "Kim", "Son", "Lam", "Chau", "Neang", "thach", "neang"),
        *("danh", "kim", "son", "chau"),
    )
)
#: after a Khmer name in lower case, "ở" and a Khmer or southern residence's word ("chau sa
#: muong o soc ton", "kim sa rai o ap xeo ro"): the name ends
_AT_RESIDENCE = re.compile(r"[ \t]+o[ \t]+(?:ap|phum|soc|khom|xa|phuong|thon|xom)\b")
#: "và" / "với" and a word after a name: another name or the clause goes on, the name ends
_AND_AFTER = re.compile(r"[ \t]+(?:va|voi)[ \t]+[A-Za-z]")


#: what :func:`plain_khmer_names` needs: a head of ``_KHMER_HEADS_AT`` and a space on the
#: sketch (the pieces :mod:`.khmer` asks for, read once for both), and three words (the
#: family name, "sa" / "so" ..., a syllable)
KHMER_NEEDS = Needs(words=3, sketch=KHMER_FAMILY_PIECES)


def plain_khmer_names(
    doc: Document, found: Sequence[Detection], detector_id: str
) -> Iterator[Detection]:
    """Khmer names typed without diacritics that no path found or found short
    (``_KHMER_PLAIN``), their end marked or "và" after them."""
    text = doc.text
    places = sorted(
        h.start()
        for head in _KHMER_HEADS_AT
        for h in head.finditer(text)
        if not h.start() or not (text[h.start() - 1].isalnum() or text[h.start() - 1] in "'-")
    )
    if not places:
        return
    taken = _Taken(found)
    for at in places:
        m = _KHMER_PLAIN.match(text, at)
        if m is None:
            continue
        start, end = m.span("name")
        last = m.group("name").rsplit(" ", 1)[1].lower()
        if last in _NOT_GIVEN or len(last) < 2:
            continue  # (a Khmer syllable need not be a Vietnamese one: "Phol", "Rinh")
        if (
            _HARD_END.match(text, end) is None
            and _AND_AFTER.match(text, end) is None
            and _AT_RESIDENCE.match(text, end) is None
        ):
            continue  # ("Danh So Phia la gi": no cue, so no verb will mark the end)
        head = m.group("name").rsplit(" ", 2)[1]
        if everyday_pair(head.lower(), last):
            continue  # "du lịch Kim Sa Pa": a place
        if any(not (start <= s and e < end) for s, e in taken.overlapping(start, end)):
            continue  # (a finding of its span or wider stands; one found short gives way)
        taken.add((start, end))
        yield lower_case_hit(start, end, detector_id, "khmer")


#: a Bahnar or Jrai name typed plain with its prefix "A" and one or two words, then "ở" and a
#: Highland residence's word ("a pher o lang kon brong", "a thuch o plei kon hra chot")
_PREFIXED_AT_VILLAGE = re.compile(
    r"(?<![\w'-])(?P<name>[aA][ \t]+(?P<w0>[A-Za-z][a-z]+)(?:[ \t]+(?P<w1>[A-Za-z][a-z]+))?)"
    r"[ \t]o[ \t](?:plei|buon|bon|kon|lang)[ \t]+[a-z]"
)
#: chat's words after "a" (anh) before "ở": a pronoun, a particle, a home ("a nha o lang ...":
#: anh, nhà ở làng), no name
_NOT_AFTER_A = _CLAUSE_WORDS | frozenset(
    {"nha", "ay", "oi", "nhe", "dung", "chua", "roi", "ha", "hien", "hom", "truoc", "sau"}
    | {"em", "anh", "chi", "ong", "ba", "co", "chu", "bac", "ban", "minh", "toi", "tui"}
)
#: what :func:`plain_prefixed_names` needs: "ở" and a Highland residence's word on the sketch
PREFIXED_NEEDS = Needs(sketch=(b" o plei ", b" o buon ", b" o bon ", b" o kon ", b" o lang "))


def plain_prefixed_names(
    doc: Document, found: Sequence[Detection], detector_id: str
) -> Iterator[Detection]:
    """Bahnar and Jrai names typed plain, their prefix "A" and one or two words, then "ở" and
    a Highland village (``_PREFIXED_AT_VILLAGE``), that no path found: chat's "a" (anh) before
    a given name is the same person's, but only words no lexicon holds are read (a Kinh given
    name after "a" is the short reference's path), none a clause's word."""
    text = doc.text
    surnames, middles, givens, _, _ = lexicons()
    taken = _Taken(found)
    for m in _PREFIXED_AT_VILLAGE.finditer(text):
        words = [w.lower() for w in m.group("w0", "w1") if w is not None]
        if any(w in _NOT_AFTER_A or w in givens or w in middles or w in surnames for w in words):
            continue
        start, end = m.span("name")
        if taken.overlapping(start, end):
            continue
        taken.add((start, end))
        yield lower_case_hit(start, end, detector_id, "highland prefix")
