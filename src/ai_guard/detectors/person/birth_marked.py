"""Lower-case names known by the birth year or date written right after them ("tôi là nguyễn
an sinh năm 1950", "thông báo cho: nguyễn an (60), nguyễn an (1995)", "hoi giup tran khoi
nguyen sinh ngay 12/07/1988", "ban thi nhat 1980, hoang van nen 1978.").

Chat names a person with two words as often as with three, and runs the name on into what
follows: "nguyễn an sinh năm 1950" reads "an sinh" (welfare) at the name's end, and a two-word
name has no middle name to tell it from two words that happen to be a surname and a given
name. A birth mark right after the words is the second piece of evidence (as ``born`` reads
it after capitalised names): a birth label before a number ("sinh năm 1950", "sn 1975", "sinh
ngày 12/07", ", ns 1980") or a year in brackets, in four digits or two ("(1995)", "(60)": a
birth year or an age, a person's either way); in three words or more, a bare four-digit year
closed by punctuation, "và" or the line's end (a chat list: "hoang van nen 1978.").

The words still need a full name's shape: a lexicon surname (spelled as one where written with
diacritics; typed plain, not one that is an everyday word too, "la", "do", "phuong", unless a
middle name of the lexicon follows: "do minh an sinh nam 1971"), middle names or given names
of the lexicons spelled as such, a given name last (in three words or more after a middle
name of the lexicon, any Vietnamese syllable: "hoang van nen"); the surname and the next word
no everyday word or known place ("hà nam (2019)", "an sinh"), no two later words an everyday
word; not a form's placeholder ("Nguyễn Văn A"), not a historical figure, not after a place's
unit word ("phường an sinh (2)"). Its start must be marked: the line's start, punctuation,
or a word that puts a name after it (``LEFT_WORDS``, an honorific, a self-introduction's last
word, "ghi", "hỏi", "nhờ", "giúp"). Such a word that is a surname too ("là" / "La", "cháu" /
"Châu") is the cue where the words after it are a name of their own ("la dang hoa sinh nam
1962"). Another path's finding run on into the mark ("đặng hòa sinh") or inside the name gives
way to the one found here.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.gates import Needs
from ai_guard.detectors.person.lexicon import (
    HONORIFICS,
    PLAIN_SURNAMES,
    PLAIN_WORD_SURNAMES,
    everyday_pair,
    given_spellings,
    known_phrase,
    lexicons,
    name_spellings,
)
from ai_guard.detectors.person.lower_case import LEFT_WORDS, TELL_WORDS
from ai_guard.detectors.person.scores import (
    BASE_LOWER_CASE,
    REPORT_FLOOR,
    SCORE_LOWER_CASE,
)
from ai_guard.detectors.person.shape import is_vietnamese_syllable
from ai_guard.detectors.person.surname_first import is_template_name
from ai_guard.detectors.person.uncued import place_unit_before
from ai_guard.detectors.person.words import is_public_figure, plain_line, spelled_as_surname
from ai_guard.models import EntityType
from ai_guard.text import Document, fold_word
from ai_guard.text.match import spelling

__all__ = ["NEEDS", "birth_marked_names", "run_into_mark"]

#: a birth mark after a name (white space, a comma before a label, between), on the folded
#: view: a birth label before a number (group ``label``: "sinh năm 1950", "sinh ngày 12/07";
#: "sn" / "ns" before a four-digit year only: "nha sn 88" is a house's number) or a year in
#: brackets, four digits or two, a label inside or not ("(1995)", "(60)", "(sn 1975)"); group
#: ``bare``: a four-digit year after a space alone, closed by punctuation, "và" or the line's
#: end (each alternative opens on a letter or a digit: the engine skips the text between)
_LABEL = re.compile(r"sinh(?:[ \t]+(?:nam|ngay))?[ \t:]*\d")
_SN = re.compile(r"sn[ \t:]*(?:19|20)\d\d")
_NS = re.compile(r"ns[ \t:]*(?:19|20)\d\d")
_BRACKET = re.compile(
    r"\([ \t]*(?:(?:sn|ns|sinh nam|nam sinh|sinh)[ \t:]*)?(?:\d\d|(?:19|20)\d\d)[ \t]*\)"
)
_BARE_AFTER = r"\d\d(?=[ \t]*(?:[,;.\r\n]|$)|[ \t]+(?:va|voi)[ \t])"
#: (each pattern opens on a literal: the engine skips from one candidate to the next)
#: each with the literal it opens on, looked for first (a substring test, far cheaper than a
#: pattern's scan); a bare year with the space or tab before it, one pattern for each century
#: and each of the two (a pattern led by a class, "[12]" or "[ \t]", is tried at every such
#: character of the text: twenty times the cost of a literal's scan)
_MARKS = (
    ("sinh", _LABEL, "label"),
    ("sn", _SN, "label"),
    ("ns", _NS, "label"),
    ("(", _BRACKET, ""),
    (" 19", re.compile(" 19" + _BARE_AFTER), "bare"),
    (" 20", re.compile(" 20" + _BARE_AFTER), "bare"),
    # (after a tab: read where a year stands after a space somewhere in the text)
    ("\t19", re.compile("\t19" + _BARE_AFTER), "bare"),
    ("\t20", re.compile("\t20" + _BARE_AFTER), "bare"),
)
#: punctuation right before a name's first word (a list, a label's colon, a cell, a bracket)
_PUNCT_BEFORE = frozenset(",;:(|-.\t\u2013")
#: words that put a name right after them, folded: ``LEFT_WORDS``, the verbs that tell or ask
#: a person, the honorifics, kin words, a self-introduction's last word ("là", "tên") and
#: "ghi" (a paper that writes the name)
_STARTS = frozenset(
    {*LEFT_WORDS, *TELL_WORDS, *HONORIFICS}
    | {"ghi", "toi", "minh", "e", "a", "c", "be", "con", "vo", "chong", "bo", "me", "cha"}
    | {"nv", "cau", "mo", "thim", "ho", "gom", "la", "ten"}
)

#: start words that are surnames too ("là" / "La", "ông", "châu" / "cháu"): before words that
#: are a name of their own they are the cue ("la dang hoa sinh nam", "chau phi minh ngoc"),
#: else the surname ("3. ông thảo vy (2023)"; "vo" before a name is "Võ" as the other paths
#: read it: "vo quang an sinh nam 1971"; with diacritics the spelling decides)
_LEADS = _STARTS - {"vo"}

#: what this path needs: two words and a digit, and a mark's opening: a label's first letters
#: or a year's first digits after a space on the word sketch, or a bracket
NEEDS = (
    Needs(words=2, marks="0123456789", sketch=(b"sinh", b"sn", b"ns", b" 19", b" 20")),
    Needs(words=2, marks="("),
)


def _marks(folded: str) -> list[tuple[int, int, str]]:
    """The birth marks of ``folded`` (``_MARKS``), in order: start, end and kind; not inside a
    word or a number ("dsinh", "12019"), a bare year after white space; "nam sinh" before a
    number is one label ("nam sinh 1990": no given name "Nam" before "sinh")."""
    out: list[tuple[int, int, str]] = []
    for literal, pattern, kind in _MARKS:
        if literal not in folded or (
            literal[0] == "\t" and " 19" not in folded and " 20" not in folded
        ):
            continue
        for m in pattern.finditer(folded):
            s = m.start() + (kind == "bare")  # (the year's, past the space before it)
            if (
                s > 0
                and kind != ""
                and (folded[s - 1].isalnum() or (kind == "bare" and folded[s - 1] not in " \t"))
            ):
                continue
            if (
                kind == "label"
                and m.group().startswith("sinh")
                and folded.endswith(("nam ", "ngay "), 0, s)
                and not m.group()[4:].lstrip(" \t").startswith(("nam", "ngay"))
            ):
                # "nam sinh 1990", "Ngày sinh: 03/04/1990": the label's (a form flattened
                # onto one line: "Họ tên: Trần Thị Hồng Ngày sinh: ...", no given name Ngày)
                s -= 4 if folded.endswith("nam ", 0, s) else 5
            out.append((s, m.end(), kind))
    out.sort()
    # a mark inside the one before it is that one's ("sinh năm 1962": no bare year "1962")
    kept: list[tuple[int, int, str]] = []
    for mark in out:
        if not kept or mark[0] >= kept[-1][1]:
            kept.append(mark)
    return kept


def _words_before(text: str, lo: int, e: int) -> list[str]:
    """The words (letters only, one space apart, up to five) that end at ``e``, read back from
    ``e`` no further than ``lo``."""
    parts = text[lo:e].split(" ")
    if lo > 0 and text[lo - 1] not in " \t\n":
        parts = parts[1:]  # the window cut a word: not one of them
    words: list[str] = []
    for part in reversed(parts):
        if not part.isalpha() or len(words) == 5:
            break
        words.append(part)
    words.reverse()
    return words


def _titled(word: str) -> bool:
    """A word with its first letter alone in capitals ("An", "Nguyễn")."""
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower())


def _start_marked(text: str, folded: str, s: int, line: int) -> bool:
    """Whether a name may start at ``s``: the line's start, punctuation right before it, or a
    word of ``_STARTS`` one space before it."""
    p = s
    while p > line and text[p - 1] in " \t":
        p -= 1
    if p == line:
        return True
    if text[p - 1] in _PUNCT_BEFORE:
        return True
    if p == s:
        return False
    q = p
    while q > line and folded[q - 1].isalpha():
        q -= 1
    return folded[q:p] in _STARTS


def _may_shape(words: list[str]) -> bool:
    """``_shape``'s lexicon tests on the folded ``words`` alone (no spelling, no place, no
    phrase): a surname first, middle or given names between, a given name of two letters or
    more last, or any word after a middle name in three words or more. What fails them fails
    ``_shape``; a cheap test before the costlier ones."""
    if len(words) < 2:
        return False
    surnames, middles, givens, _, _ = lexicons()
    if words[0] not in surnames or len(words[-1]) < 2:
        return False
    for w in words[1:-1]:
        if w not in middles and w not in givens:
            return False
    return words[-1] in givens or (len(words) > 2 and words[1] in middles)


def _shape(raw: list[str], s: int, doc: Document) -> bool:
    """Whether ``raw`` (the words, as written) is a full name's shape (module docstring)."""
    surnames, middles, givens, _, _ = lexicons()
    words = [fold_word(w) for w in raw]
    plain = all(w.isascii() for w in raw)
    if words[0] not in surnames or not spelled_as_surname(raw[0], doc, s):
        return False
    if len(words[-1]) < 2 or is_template_name(doc, words, s):
        return False  # "Nguyễn Văn A": a form's placeholder
    marked = len(words) > 2 and words[1] in ("van", "thi")
    # (in a line typed with diacritics a surname without marks is spelled as it stands: "quan
    # an, sinh năm 1970" is Quan An, not "quán ăn")
    if (
        plain
        and plain_line(doc, s)
        and words[0] in PLAIN_WORD_SURNAMES
        and not (len(words) > 2 and words[1] in middles)
    ):
        return False  # "la an sinh năm": "là"; "do minh an sinh nam": Đỗ Minh An
    spelled = name_spellings()
    for w, r in zip(words[1:-1], raw[1:-1], strict=True):
        if w not in middles and w not in givens:
            return False
        if not plain and spelling(r) not in spelled:
            return False
    last, last_raw = words[-1], raw[-1]
    if last in givens and (plain or spelling(last_raw) in given_spellings()):
        pass
    elif len(words) < 3 or words[1] not in middles or not is_vietnamese_syllable(last_raw):
        return False
    for k in range(len(raw) - 1):
        if k == 0 and marked:
            continue
        # (a place inside the given names is the name's: "nguyen quang binh sinh nam ...")
        if everyday_pair(raw[k], raw[k + 1], places=k == 0):
            return False
    phrase = " ".join(raw)
    return not known_phrase(" ".join(words), phrase) and not is_public_figure(phrase)


def birth_marked_names(
    doc: Document, found: Sequence[Detection], detector_id: str
) -> Iterator[Detection]:
    """The lower-case names a birth mark after them vouches for (module docstring), apart
    from those the other paths found."""
    folded = doc.folded
    text = doc.text
    # the other paths' spans sorted by start, their starts and the longest: a mark looks at
    # the few that can reach its window, not at every finding of a dense text
    taken: list[tuple[int, int]] | None = None
    starts: list[int] = []
    longest = 0
    for e, mark_end, kind in _marks(folded):
        while e > 0 and folded[e - 1] in " \t":
            e -= 1
        if kind == "label" and e > 0 and folded[e - 1] == ",":
            e -= 1  # ", sinh năm 1962": the comma between
            while e > 0 and folded[e - 1] in " \t":
                e -= 1
        line = text.rfind("\n", 0, e) + 1
        raw = _words_before(text, max(line, e - 60), e)
        if not raw:
            continue
        case = str.islower if raw[-1].islower() else _titled
        k = len(raw)
        while k > 0 and case(raw[k - 1]):
            k -= 1
        raw = raw[k:]  # the words in the last one's case style: the name's
        least = 3 if kind == "bare" else 2
        # (``_shape``'s lexicon tests first, on the folded words: most marks, years after
        # "năm" in prose, have no window that could be a name)
        folded_words = [fold_word(w) for w in raw[-4:]]
        may = {n: _may_shape(folded_words[-n:]) for n in range(least, len(folded_words) + 1)}
        if not any(may.values()):
            continue
        if taken is None:
            taken = sorted((d.start, d.end) for d in found if d.score >= REPORT_FLOOR)
            starts = [a for a, _ in taken]
            longest = max((b - a for a, b in taken), default=0)
        # a name found run on into the mark's first word ("đặng hòa sinh": "Sinh" is a given
        # name too) is judged again here; the detector drops it for the one found here. Only
        # a span starting before ``e`` and ending after the widest window's start is asked
        # below: one starting past ``widest - longest`` at the earliest
        widest = e - len(" ".join(raw[-4:]))
        near = taken[bisect_left(starts, widest - longest) : bisect_left(starts, e)]
        spans = [(a, b) for a, b in near if not (a < e < b <= mark_end)]
        for n in range(min(4, len(raw)), least - 1, -1):
            words = raw[-n:]
            s = e - len(" ".join(words))
            if (s, e) in spans or any(
                a < e and s < b and not (s <= a and b <= e) for a, b in spans
            ):
                break  # found as it is, or another path's straddles it: judged there
            if not may[n]:
                continue
            if not _start_marked(text, folded, s, line) or place_unit_before(text, s):
                continue
            if not _shape(words, s, doc):
                continue
            if n > 2 and words[1] == "la":
                continue  # "con chung la bao ngoc sinh 2015": "con chung là" (their child is),
                # typed plain: no name runs through "là"; the words after it are judged next
            if (
                n > 2
                and (
                    fold_word(words[0]) in _LEADS
                    # "vo nhu thi sen (1961)": "vợ" before a surname, "thị" and a given name
                    # (a "Võ" name of four words has no "thị" third)
                    or (n == 4 and fold_word(words[0]) == "vo" and fold_word(words[2]) == "thi")
                    # "cho ban le van hung sn 1996": "bạn" (a friend), "là", "mà" typed plain
                    # before a surname that is no everyday word (Lê), no "Bàn Lê Văn Hùng"
                    or (
                        words[0].isascii()
                        and words[0] in PLAIN_WORD_SURNAMES
                        and fold_word(words[1]) in PLAIN_SURNAMES
                    )
                )
                and fold_word(words[1]) not in ("van", "thi")  # "la van an": Lã Văn An
            ):
                rest = s + len(words[0]) + 1
                if _shape(words[1:], rest, doc):
                    continue  # the cue before a name: the name is the words after it
            yield Detection(
                EntityType.PERSON,
                s,
                e,
                SCORE_LOWER_CASE,
                detector_id,
                pattern="person.lower_case",
                base_score=BASE_LOWER_CASE,
                context="birth",
            )
            break


def run_into_mark(found: Detection, marked: Detection) -> bool:
    """Whether ``found`` (another path's) holds the name ``marked`` found here and runs on
    past it into the birth mark ("đặng hòa sinh" for "đặng hòa" before "sinh năm 1962"), or
    is a piece of it ("nguyen van thi" of "nguyen van thi an sinh nam 1971")."""
    if found.start <= marked.start < found.end and marked.end < found.end:
        return True
    return marked.start <= found.start and found.end <= marked.end
