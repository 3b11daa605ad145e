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
the predicate) are a name all the same: a place or an everyday word does not follow "ông"
and stop at a comma.

Only where the name's words are typed in lower case without diacritics (chat); the cue may be
written either way ("ông ha quang vinh,"). What the words say two by two is still asked
("ong dinh cong khai" may be "ông định công khai", he means to make it public; "dai dien cong
an tinh" is "công an"), and the cue and the surname must not be one phrase ("co phan", "chi
phi").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.lexicon import (
    HONORIFICS,
    INTRODUCTIONS,
    everyday_pair,
    lexicons,
    strong_cues,
)
from ai_guard.detectors.person.lower_case import cue_words, predicate_at
from ai_guard.detectors.person.minority import KHMER_CLANS
from ai_guard.detectors.person.scores import lower_case_hit
from ai_guard.detectors.person.word_places import sketched, word_places
from ai_guard.text import Document

__all__ = ["plain_cued_names"]

#: the cues after which "là" may come before the name ("vo la ...", "chong la ...", "em la ...")
_KIN_BEFORE_LA = ("vo", "chong", "con", "bo", "me", "cha", "em", "anh", "chi")


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
    r"|la[ \t]+[a-z0-9])"
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
#: given names that, typed plain, are everyday words a clause goes on with ("là", "đi", "có")
_NOT_GIVEN = frozenset({"la", "ma", "co", "di", "va", "o", "khong", "nhu", "cung", "thi", "van"})


#: the first syllables of two-syllable Khmer given names (``minority.khmer_given_head``), typed
#: plain: after a Khmer family name and a cue they are the name's ("ong son so phon,")
_KHMER_HEADS = frozenset({"sa", "so", "soc", "chanh", "som"})
#: the Nguyễn royal clan's double surnames (:mod:`.royal`), typed plain
_ROYAL = frozenset({"ton that", "ton nu"})


def _name_words(words: Sequence[str]) -> bool:
    """A lexicon surname, then middle names, then a given name (not an everyday word); or a
    royal double surname and a given name, or a Khmer family name, "thị"/"văn" at times, and a
    two-syllable Khmer given name."""
    surnames, middles, givens, _, _ = lexicons()
    if words[0] in _KIN_WORDS or words[0] == "ba":
        return False  # "kinh gui ong ha quang vinh": the honorific's own place reads the name
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


def _reads_short(words: Sequence[str]) -> bool:
    """Whether a name is one that other paths read short typed plain: a Khmer name (its given
    name two syllables) or a royal one (its surname two words)."""
    return words[0] in KHMER_CLANS or f"{words[0]} {words[1]}" in _ROYAL


def plain_cued_names(
    doc: Document, found: Sequence[Detection], detector_id: str
) -> Iterator[Detection]:
    """The full names typed plain after a cue with their end marked that no path found."""
    text = doc.text
    cues = _cues()
    taken = [(f.start, f.end) for f in found]
    for place in word_places(doc).cues:
        cue = place.group("word").decode()
        if cue not in cues:
            continue
        at = place.start()
        m = _WORDS.match(text, at + len(cue))
        if m is None or (m.group("la") is not None and cue.split()[-1] not in _KIN_BEFORE_LA):
            continue
        words = [w for w in m.group("w0", "w1", "w2", "w3", "w4") if w is not None]
        if f"{cue.split()[-1]} {words[0]}" in _CUE_PHRASES:
            continue
        # the longest reading with its end marked: five words (a royal name), four, else three
        for n in (5, 4, 3):
            if len(words) < n or not _name_words(words[:n]):
                continue
            end = m.end(f"w{n - 1}")
            if _END.match(text, end) is None and not predicate_at(doc, end):
                continue
            if any(everyday_pair(words[q], words[q + 1], places=False) for q in range(n - 1)):
                # "dinh cong khai": "công khai"; "ba dao hoan thien khai bao": "hoàn thiện";
                # "dai dien cong an tinh": "công an"
                continue
            if n == 4 and _END.match(text, end) is None:
                continue  # "ong tieu van manh nhung den nay": a fourth word needs its end marked
            start = m.start("w0")
            inside = [(s, e) for s, e in taken if start <= s and e <= end]
            if any(s < end and start < e for s, e in taken) and not (
                inside and _reads_short(words[:n])
            ):
                break  # (a Khmer or royal name found short, "thach thi so" of "thach thi so
                # phia,", gives way to the whole)
            taken.append((start, end))
            yield lower_case_hit(start, end, detector_id, cue)
            break
