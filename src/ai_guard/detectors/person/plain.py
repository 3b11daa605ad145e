"""Names as chat types them, all in lower case: a chat log's display names with a tag, and a
name's last word that spells a kin word.

A chat log exported from Zalo or Teams shows each speaker's display name before ":" after the
time ("[19:24] Hiếu TDP5: ..."); the capitalised path reads the tag by its capitals (CHV, BS,
TDP5, CSKV). Typed or pasted in lower case ("[19:24] hieu tdp5: ...", "[07:35] co hanh 9a2:",
"[07:55] pho ht quan:", "[15:00] thu ha dai ly thu:") the capitals are gone, and the tag is
told by its shape instead:

* a word with a digit or that no Vietnamese syllable spells ("tdp5", "9a2", "cskv", "bhxh",
  "bs", "ht"), before or after the name;
* a kin word or title before the name ("co hanh", "pho ht quan");
* a role or unit described after the name ("kien xa doi", "thu ha dai ly thu").

What remains is one or two lexicon given names (the first may be a middle name). The bar is
that the same display name stands before ":" on two timed lines or more: a display name comes
back, a sentence that happens to end on ":" ("[08:00] thong bao:") does not; or that it says
an office after a one-word given name ("[09:14] lan ke toan:", "[10:12] thảo văn thư:"), once
in a log of two timed lines or more (``_office_after``). A timed line
whose field is exactly the name of such a speaker ("[07:47] thai hoa:" after "[07:31] bs thai
hoa:") is the same person.

Everyday text is left alone: only timed chat lines are read, and only lower-case fields.

A lower-case name whose given name ends on a word that spells a kin word or a middle name
("ho thi kim chi", "quach thi ut em", "tran thi thu ba") is cut before it by the finders,
which read that word as the next person's cue; where the name's end is marked right after the
word (a comma, a tab, "cccd", "sinh"), it is the name's (``with_closing_word``).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.lexicon import everyday_pair, lexicons, two_word_titles
from ai_guard.detectors.person.shape import is_vietnamese_syllable
from ai_guard.models import EntityType
from ai_guard.text import fold_word

__all__ = ["honorific_before_surname", "plain_tagged_speakers", "with_closing_word"]

_FIELD_WORD = re.compile(r"[^\W_]+")
#: what stands before a speaker's given name in a display name typed in lower case: a kin word
#: or a title ("co hanh 9a2", "thay binh", "pho ht quan"), folded
_BEFORE_NAME = frozenset({"co", "thay", "anh", "chi", "em", "chu", "bac", "a", "c", "e", "pho"})
#: the first word of a role or unit described after a one-word name ("kien xa doi", "lan ke
#: toan"), folded
_ROLE_HEADS = frozenset(
    {"truong", "pho", "xa", "phuong", "thon", "xom", "to", "doi", "ban", "phong", "ke", "can"}
    | {"cong", "dai", "thu", "van", "bs", "chu"}
)
#: fields that name no one though their words spell given names (headers, notes), folded
_NOT_NAMES = frozenset({"thong bao", "ghi chu", "tom tat", "ket luan", "noi dung"})


def _tag(word: str) -> bool:
    """A tag in a lower-case display name: a short word with a digit, or of letters no
    Vietnamese syllable spells ("tdp5", "9a2", "cskv", "bhxh", "bs", "ht")."""
    if not 2 <= len(word) <= 6 or not word.isascii():
        return False
    return any(c.isdigit() for c in word) or not is_vietnamese_syllable(word)


def _given(word: str) -> bool:
    folded = fold_word(word)
    return folded in lexicons().givens and folded not in lexicons().not_names


def _middle(word: str) -> bool:
    folded = fold_word(word)
    return folded not in ("van", "thi") and folded in lexicons().middles


def _core(words: Sequence[str]) -> tuple[int, int] | None:
    """The given name's words inside a lower-case display name (start and end indexes), if the
    rest is tags, a kin word or title before, or a role described after."""
    lo, hi = 0, len(words)
    tagged = False
    while lo < hi and (_tag(words[lo]) or fold_word(words[lo]) in _BEFORE_NAME):
        lo += 1
        tagged = True
    while hi > lo and _tag(words[hi - 1]):
        hi -= 1
        tagged = True
    if not tagged:
        # a role or a unit described after the name: "kien xa doi", "thu ha dai ly thu"
        for cut in (1, 2):
            rest = words[cut:]
            if (
                len(rest) >= 2
                and fold_word(rest[0]) in _ROLE_HEADS
                and not everyday_pair(words[cut - 1], rest[0])
                and all(is_vietnamese_syllable(w) for w in rest)
            ):
                lo, hi, tagged = 0, cut, True
                break
    if not tagged or not 1 <= hi - lo <= 2:
        return None
    names = words[lo:hi]
    if not _given(names[-1]) or (len(names) == 2 and not (_given(names[0]) or _middle(names[0]))):
        return None
    if fold_word(" ".join(names)) in _NOT_NAMES:
        return None
    return lo, hi  # (an everyday pair is a name here: the tag says a person speaks, "kim chi")


#: "văn thư" (a clerk): no official's title of name_cues.tsv (after a surname it is a middle
#: and a given name as often), but one after a one-word given name in a display name, folded
_CLERK = "van thu"


def _office_after(words: Sequence[str]) -> bool:
    """Whether a lower-case display name is a lexicon given name and an office of two words
    after it ("lan ke toan", "thảo văn thư", "hung truong phong"): a colleague named by her
    post, no sentence ("thong bao ke toan:" opens with no given name)."""
    if len(words) != 3 or not _given(words[0]):
        return False
    office = fold_word(f"{words[1]} {words[2]}")
    return office in two_word_titles()[1] or office == _CLERK


def plain_tagged_speakers(
    lines: Sequence[re.Match[str]], free: Callable[[int, int], bool]
) -> Iterator[tuple[int, int, str]]:
    """The given names of a chat log's speakers whose display name, in lower case, carries a
    tag (see the module docstring); ``lines`` are the log's timed lines (``given._TIMED_FIELD``
    matches, a group ``field``), two or more."""
    fields = [m for m in lines if m["field"].islower()]
    if len(fields) < 2:
        return
    counts = Counter(m["field"].strip() for m in fields)
    cores: dict[str, str] = {}
    for m in fields:
        field = m["field"].strip()
        spans = [w.span() for w in _FIELD_WORD.finditer(m["field"])]
        words = [m["field"][a:b] for a, b in spans]
        if counts[field] < 2 and not _office_after(words):
            continue
        core = _core(words)
        if core is None:
            continue
        lo, hi = core
        cores[" ".join(words[lo:hi])] = field
        base = m.start("field")
        s, e = base + spans[lo][0], base + spans[hi - 1][1]
        if free(s, e):
            yield s, e, "speaker"
    if not cores:
        return
    # the same person's line with no tag ("[07:47] thai hoa:" after "[07:31] bs thai hoa:")
    for m in fields:
        field = m["field"].strip()
        if field in cores and cores[field] != field:
            s = m.start("field") + m["field"].index(field)
            if free(s, s + len(field)):
                yield s, s + len(field), "speaker"


# -- a lower-case name's last word that spells a cue ------------------------------------------

#: given names that also spell a kin word or a middle name ("Thu Ba", "Kim Chi", "Út Em", "Lan
#: Anh", "Hồng Vân"), as written: the finders stop a lower-case name before them, since after a
#: name they mostly open the next person's cue ("ong tran van an, ba le thi hoa")
_CUE_SPELLED_GIVENS = frozenset({"chi", "ba", "em", "anh", "van", "vân"})
#: a lower-case name of three words with "thi"/"van" in the middle, one space, a word, and the
#: name's end marked right after it: punctuation, a tab, the line's end, a birth date's or an
#: identifier's label (on the folded view)
_CLOSING_WORD = re.compile(
    r" (?P<word>[a-z]+)(?=[ \t]*(?:[,;(|]|\r?\n|$|(?:sinh|sn|cccd|cmnd|sdt|ns|mst)\b)|\t)"
)


def with_closing_word(text: str, folded: str, found: Sequence[Detection]) -> list[Detection]:
    """``found`` with the lower-case names that stop before a given name spelling a kin word or
    a middle name ("ho thi kim" in "phong 2: ho thi kim chi, cccd ...", "quach thi ut" in "ba
    quach thi ut em, cccd ...", "tran thi thu" before "ba" and a tab) taken to it, where the
    name's end is marked right after it; "ong tran van an, ba le thi hoa" is left alone (the
    comma comes before the kin word)."""
    out: list[Detection] = []
    for f in found:
        m = _CLOSING_WORD.match(folded, f.end) if f.entity is EntityType.PERSON else None
        if m is not None:
            words = text[f.start : f.end].split(" ")
            word = text[m.start("word") : m.end("word")]
            if (
                len(words) == 3
                and word in _CUE_SPELLED_GIVENS
                and fold_word(words[1]) in ("van", "thi")
                and text[f.start : m.end()].islower()
                and fold_word(words[2]) in lexicons().givens
            ):
                f = dataclasses.replace(f, end=m.end("word"))
        out.append(f)
    return out


# -- an honorific before a surname that is a middle name too ------------------------------------


def honorific_before_surname(folded: Sequence[str]) -> bool:
    """Whether a lower-case run of four words opened by an honorific that is a surname too
    ("ong", "ba": Ông, Bá) is the honorific and a three-word name led by a lexicon surname
    that is also a typical middle name ("bi don: ong dinh xuan manh": Đinh Xuân Mạnh, not Ông
    Đình Xuân Mạnh; "ba ha thi lan"): a four-word name led by "ông" is rare, a three-word one
    led by Đinh, Hà is common, where the three words are a lexicon surname, a middle or given
    name and a given name. "van" and "thi" after the honorific lead no name."""
    return (
        len(folded) >= 4
        and folded[1] not in ("van", "thi")
        and folded[1] in lexicons().surnames
        and (folded[2] in lexicons().middles or folded[2] in lexicons().givens)
        and folded[3] in lexicons().givens
    )
