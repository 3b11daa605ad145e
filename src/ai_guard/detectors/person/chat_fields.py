"""A chat log's speakers typed in lower case, known by coming back.

A group chat pasted in lower case (or without diacritics) shows its speakers' display names
as the other speaker paths read them only with a capital letter: "[19:21] thang cap: ...",
"chi hue: ...", "huyen 9:02: ...", "[21:14] me tun: ...", "[08:41] dinh cong lam: ...". Lower
case takes that evidence away; what stands in for it is the log itself: the same display name
opens two lines or more of a log (two timed lines, or two speaker lines the other paths read:
:func:`ai_guard.detectors.person.chat_kin.log_lines`). Such a field names

* after a kin word, an honorific or a role a chat puts before a name ("chị", "mẹ", "cô giáo",
  "cán bộ", "điều dưỡng"): the word after it, a lexicon given name or, after a parent's word,
  a child's nickname ("me tun": Tún), not an everyday pair with the cue ("chi tiet");
* a given name of the lexicon, alone (a time after it: "huyen 9:02:") or with a tag after it:
  a house, a unit or a role ("thuy nha 36", "toan tu phap"), a short code of letters and digits
  ("hieu tdp5", "thang cap"): the given name, even where it also spells a word or a place
  ("thang": tháng, "hue": Huế), the field's coming back vouching for it;
* three words, a lexicon surname, a middle or given name and a given name: the whole field
  ("dinh cong lam").

Not a field that a label or an everyday phrase opens ("ghi chu", "y kien"): its first word is
no given name and no cue; not a mail's header ("tu:", "to:", "den:", given names too), nor one
word with no time beside it. A field that opens one line alone is a speaker too where it is a
given name with its time (one word, or two given names: "duy khanh 21:03:") and the log holds
two different timed fields or more that open with a given name ("quyen, 21:05:" then "thoa,
21:07:"; "[7:42] hang mot cua:" then "[7:45] quan:"; a label's "note:" counts for none), save a
time of the day ("sang 8:00:", a schedule's). Reported by
:mod:`.given` as a speaker.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence

from ai_guard.detectors.person.chat_kin import TIMES_OF_DAY
from ai_guard.detectors.person.lexicon import everyday_pair, given_spellings, lexicons
from ai_guard.detectors.person.shape import is_vietnamese_syllable
from ai_guard.text import fold_word
from ai_guard.text.match import spelling

__all__ = ["returning_lower_fields"]

#: kin words, birth-order words ("út": the youngest), honorifics and roles a chat's display
#: name puts before a given name (folded, one or two words)
_CUES = frozenset(
    ("chi", "anh", "em", "co", "chu", "bac", "ong", "ba", "cu", "di", "cau", "thay", "c", "a",
     "e", "cj", "ut", "be", "co giao", "thay giao", "can bo", "dieu duong", "y ta", "bs",
     "bac si", "to truong")
)  # fmt: skip
#: a parent's word: the child's name or nickname after it, whether a lexicon holds it or not
_PARENTS = frozenset(("me", "bo", "ma"))
#: the first word of a lower-case tag after a given name: a house, a unit, a role (folded;
#: "mot" opens a commune's one-stop desk: "hang mot cua")
_TAG_HEADS = frozenset(
    ("nha", "phong", "to", "xom", "thon", "doi", "ban", "tu", "ke", "van", "can", "dia", "kp",
     "khu", "ap", "tdp", "cong", "thu", "y", "bs", "ca", "cap", "cskv", "xa", "phuong", "ubnd",
     "mot")
)  # fmt: skip
#: a short code after a given name: letters and digits, at most six ("tdp5", "cskv", "bhxh")
_CODE = re.compile(r"[a-z]{1,5}\d{0,2}")
#: a mail's or a form's header fields that open lines like a speaker ("tu:" from, "to:", "den:"
#: to, "gui:" sent), folded: given names too ("Tú", "Tô"), never a speaker there
_HEADERS = frozenset(
    ("tu", "to", "den", "gui", "cc", "bcc", "ngay", "chu de", "tieu de", "noi dung", "ghi chu")
)
_WORD = re.compile(r"[^\W_]+")


def _given(word: str) -> bool:
    """A lexicon given name, spelled as one where written with diacritics."""
    return fold_word(word) in lexicons().givens and (
        word.isascii() or spelling(word) in given_spellings()
    )


def _tag(words: Sequence[str]) -> bool:
    """Whether the words after a given name are a tag: a house, a unit, a role or a code."""
    if not words or len(words) > 3:
        return False
    head = fold_word(words[0])
    if len(words) == 1 and (_CODE.fullmatch(head) or head.isdigit()):
        return True
    return head in _TAG_HEADS and all(w.islower() or w.isdigit() for w in words)


def _given_pair(words: Sequence[str]) -> bool:
    """Whether a field's two words are a display name of a middle or given name and a given
    name ("duy khanh", "thu ha"), the first no kin word, the second no tag's head, the two no
    everyday word."""
    if len(words) != 2:
        return False
    first, second = fold_word(words[0]), fold_word(words[1])
    if first in _CUES or first in _PARENTS:
        return False  # "chi hue": a kin word and a given name, read as such
    return (
        (first in lexicons().middles or _given(words[0]))
        and _given(words[1])
        and second not in _TAG_HEADS
        and not everyday_pair(first, second)
    )


def _name_in(words: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The span of the name a lower-case field holds (module docstring), or None."""
    folded = [fold_word(w) for _, _, w in words]
    lex = lexicons()
    if _given_pair([w for _, _, w in words]):
        return words[0][0], words[1][1]
    for size in (2, 1):
        cue = " ".join(folded[:size])
        if len(words) == size + 1 and cue in _CUES | _PARENTS:
            word = words[size][2]
            if everyday_pair(cue.split()[-1], folded[size]):
                return None
            if _given(word) or (
                cue in _PARENTS and len(word) >= 2 and is_vietnamese_syllable(word)
            ):
                return words[size][0], words[size][1]
            return None
    if (
        len(words) == 3
        and folded[0] in lex.surnames
        and (folded[1] in lex.middles or folded[1] in lex.givens)
        and folded[2] in lex.givens
    ):
        return words[0][0], words[2][1]
    if _given(words[0][2]) and (
        len(words) == 1
        or (_tag([w for _, _, w in words[1:]]) and not everyday_pair(folded[0], folded[1]))
    ):
        # (not "hoa hong:": an everyday word, no name and its tag)
        return words[0][0], words[0][1]
    return None


def returning_lower_fields(
    lines: Sequence[re.Match[str]], free: Callable[[int, int], bool]
) -> Iterator[tuple[int, int, str]]:
    """The names in a chat log's lower-case speaker fields that come back (``lines``: the log's
    field matches, group ``field``)."""
    fields = [m for m in lines if m["field"].islower()]
    counts = Counter(" ".join(fold_word(m["field"]).split()) for m in fields)
    # a log whose fields are given names with their times, two different ones or more
    # ("quyen, 21:05:" then "thoa, 21:07:"): each such field is a speaker, once or more
    # (and the log's other timed fields count as its speakers: "[7:42] hang mot cua: ..." then
    # "[7:45] quan: ...", "duy khanh 21:03:" then "ngan 21:05:")
    timed_keys = {
        key
        for m in fields
        if (m.group("before") or m.group("after"))
        and (key := " ".join(fold_word(m["field"]).split()))
        and key not in TIMES_OF_DAY
        and key not in _HEADERS
        and _given(m["field"].split()[0])  # (a label's field, "note:", names no speaker)
    }
    timed = {
        key
        for m in fields
        if (m.group("before") or m.group("after"))
        and (key := " ".join(fold_word(m["field"]).split())) in timed_keys
        and (_given(m["field"].strip()) or _given_pair(m["field"].split()))
    }
    for m in fields:
        key = " ".join(fold_word(m["field"]).split())
        if (counts[key] < 2 and not (len(timed_keys) >= 2 and key in timed)) or key in _HEADERS:
            continue
        if " " not in key and not (m.group("before") or m.group("after")):
            continue  # one word with no time: a label as often ("ket luan:") as a speaker
        base = m.start("field")
        words = [(w.start() + base, w.end() + base, w.group()) for w in _WORD.finditer(m["field"])]
        if not words or not words[0][2].isalpha():
            continue
        span = _name_in(words)
        if span is not None and free(*span):
            yield span[0], span[1], "speaker"
