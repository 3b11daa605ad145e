"""A hamlet alone as a field of a person's row in a list (issue 15, holdout23's first run).

A list of households or beneficiaries gives each person's hamlet right after the name, with
no commune: "nhà ông vũ văn thiệp xóm 3, nhà bà ...", "1. Ông Lê Văn Khai, xóm Đông, 4
khẩu", "1. trieu van an - 1954 - thon na lay". A single hamlet component in prose is no
address (an event's venue, "ở thôn Tiên Lữ"); right after a person's full name in the same
row (a comma, a dash or a birth year's field between; a space alone only before a hamlet's
number: "y thông buôn yă", "kim thị sóc khol" hold an Ede "buôn", a Khmer "sóc" as syllables
of the name) it is where that person lives.

The person is read from the lexicons: two to four words, a surname first, middle or given
names after, a given name last, led by an honorific ("ông", "bà", "anh", "chị" ...) or
opening the row (the line's start, a list bullet, "nhà"/"hộ"), each word capitalised or the
line typed in lower case ("đường liên thôn ..." in a document is a road between hamlets, no
Dương Liên). The hamlet is a hamlet's unit
word ("xóm", "thôn", "ấp", "khóm", "bản", "buôn", "plei", "phum", "sóc") and its number, or a
residents' group ("tổ") by its number set off by a comma or a dash ("vu thi loan - to 5 -
0987 ..."), or
one to three words of its name that end the field (a comma, a dash, ";", ".", the line's
end); a name typed in lower case must pass ``name_word`` (the address detector's test that
a word is no everyday or unit word).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator, Sequence

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.lexicon import HONORIFICS, everyday_pair, lexicons
from ai_guard.detectors.person.shape import is_vietnamese_syllable
from ai_guard.text import Document

__all__ = ["row_hamlets"]

#: the hamlet's unit word, then its number or one to three words of its name (folded); "bản"
#: and "sóc" typed plain are "bạn", "sốc" too: they count with their diacritics only
_HAMLET = re.compile(
    r"(?<![a-z])(?P<unit>xom|thon|ap|khom|ban|buon|plei|phum|soc|to)[ \t]+"
    r"(?P<name>\d{1,3}[a-z]?(?![\w/.,]\d)|[a-z]+(?:'[a-z]+)?(?:[ \t]+[a-z]+(?:'[a-z]+)?){0,2})"
)
#: a word of a hamlet's name (folded)
_NAME_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_GATE = ("xom ", "thon ", "ap ", "khom ", "ban ", "buon ", "plei ", "phum ", "soc ", "to ")
#: the unit words written with their diacritics (the text's own spelling, lower case)
_SPELLED = {"ban": "bản", "soc": "sóc", "ap": "ấp", "xom": "xóm", "thon": "thôn", "to": "tổ"}
#: where a field ends after a hamlet's name (folded)
_FIELD_END = re.compile(r"[ \t]*(?:[,;.]|[-\u2013][ \t]|\r?\n|$)")
#: words of a text where "tổ" and a number is no residents' group (folded): a land parcel's
#: map sheet ("tờ bản đồ", "thửa"), a work team (a payroll, a workshop, a shift)
_NOT_GROUPS = ("thua", "ban do", "luong", "cong nhan", "xuong", "san xuat", "ca lam", "cham cong")
#: what may stand between a person's name and the hamlet (folded, at the end of the row so
#: far): a comma or a dash or nothing, a birth year as a field at most
_BETWEEN = re.compile(
    r"[ \t]*(?:[,;]|[-\u2013])?[ \t]*(?:(?:19|20)\d\d[ \t]*(?:[,;]|[-\u2013])[ \t]*)?$"
)
#: up to five words in a row on one line, at the end of the row so far (folded)
_WORDS_BEFORE = re.compile(r"(?:[a-z]+[ \t]+){0,4}[a-z]+$")
#: what opens a row before a name (folded, right before it): the line's start, a bullet,
#: a field's separator
_ROW_OPEN = re.compile(r"(?:^|\n|\d{1,3}[.)]|[-*+\u2022,;:|\t])[ \t]*$")
#: words that open a household's row before the name ("nhà", "hộ", "gia đình")
_HOUSEHOLD = frozenset(("nha", "ho", "dinh"))


#: the middle names that mark a man's or a woman's name whatever its given name (folded)
_GENDER_MIDDLES = frozenset(("van", "thi"))
#: words after them that are no given name: a field's or a unit's word (folded)
_NOT_GIVEN = frozenset(
    ("to", "xom", "thon", "ap", "ban", "so", "nam", "sinh", "va", "la", "o", "tai", "ho", "khau")
)


def _full_name(words: Sequence[str]) -> bool:
    """Whether folded words are a full name of the lexicons: a surname, middle or given names,
    a given name last, no two of them an everyday word; or a surname, "văn" or "thị" and any
    syllable (the given names no lexicon holds: "đỗ văn kéo")."""
    lex = lexicons()
    if (
        len(words) == 3
        and words[0] in lex.surnames
        and words[1] in _GENDER_MIDDLES
        and words[2] not in _NOT_GIVEN
        and is_vietnamese_syllable(words[2])
        and not any(everyday_pair(a, b) for a, b in itertools.pairwise(words))
    ):
        return True  # "do van keo": a surname, "văn" or "thị", a rarer given name
    if not 2 <= len(words) <= 4 or words[0] not in lex.surnames or words[-1] not in lex.givens:
        return False
    if not all(w in lex.middles or w in lex.givens for w in words[1:]):
        return False
    return not any(everyday_pair(a, b) for a, b in itertools.pairwise(words))


def _written_as_name(written: Sequence[str], line: str) -> bool:
    """Whether a name's words are written as a name: each capitalised, or in lower case on a
    line typed all in lower case (chat); "đường liên thôn ..." in a document with capitals
    is a road between hamlets, no Dương Liên."""
    if all(w[:1].isupper() for w in written):
        return True
    return all(w.islower() for w in written) and line == line.lower()


def _person_before(doc: Document, start: int) -> bool | None:
    """Whether a person's full name stands right before ``start`` in the same row, led by an
    honorific or opening the row: None if not, else whether a comma, a dash or a year's field
    separates it from ``start`` (True) or only spaces (False)."""
    folded = doc.folded
    lo = max(folded.rfind("\n", 0, start) + 1, start - 80)
    between = _BETWEEN.search(folded, lo, start)
    if between is None:
        return None
    run = _WORDS_BEFORE.search(folded, lo, between.start())
    if run is None:
        return None
    words = run.group().split()
    written = doc.text[run.start() : run.end()].split()
    line = doc.text[lo:start]
    separated = bool(between.group().strip())
    for k in range(min(len(words), 5), 1, -1):
        last = words[-k:]
        if last[0] in HONORIFICS and _full_name(last[1:]):
            if _written_as_name(written[-k + 1 :], line):
                return separated
            continue
        if not _full_name(last) or not _written_as_name(written[-k:], line):
            continue
        if k < len(words):
            if words[-k - 1] in _HOUSEHOLD:
                return separated
            continue
        if _ROW_OPEN.search(folded, lo, run.start()) is not None or run.start() == lo:
            return separated
    return None


def _hamlets(folded: str) -> Iterator[re.Match[str]]:
    """``_HAMLET``'s matches, tried only where a unit word and a space stand (found by
    ``str.find``: the pattern, led by a class, would be tried at every character)."""
    starts: set[int] = set()
    for word in _GATE:
        p = folded.find(word)
        while p >= 0:
            if p == 0 or not folded[p - 1].isalpha():
                starts.add(p)
            p = folded.find(word, p + 1)
    for p in sorted(starts):
        m = _HAMLET.match(folded, p)
        if m is not None:
            yield m


def row_hamlets(
    doc: Document, hits: Sequence[Detection], name_word: Callable[[str], bool]
) -> Iterator[tuple[int, int]]:
    """The spans of the hamlets standing as a field right after a person's name in a row
    (module docstring), where no address in ``hits`` covers them."""
    folded = doc.folded
    hamlets = list(_hamlets(folded))  # (its literal searches are the gate)
    if not hamlets:
        return
    # the addresses found, by start, and the farthest end among each one and those before it:
    # a hamlet overlaps one when an address starting before its end reaches past its start
    found = sorted((h.start, h.end) for h in hits)
    starts = [a for a, _ in found]
    reach = list(itertools.accumulate((b for _, b in found), max))
    for m in hamlets:
        s = m.start()
        before = bisect.bisect_left(starts, m.end())
        if before and reach[before - 1] > s:
            continue
        unit = m.group("unit")
        unit_written = doc.text[s : m.end("unit")]
        if not unit_written.isascii() and unit_written.lower() != _SPELLED.get(
            unit, unit_written.lower()
        ):
            continue  # "bạn", "sốc", "áp": another word
        if unit_written.isascii() and unit in ("ban", "soc") and not doc.text.isascii():
            continue  # "ban" in a text with diacritics: a board, not "bản"
        end = m.end()
        if unit == "to" and (
            not m.group("name")[0].isdigit()
            or _FIELD_END.match(folded, m.end()) is None
            or any(w in folded for w in _NOT_GROUPS)
        ):
            # a residents' group by its number only, the field's end after it, in a text of
            # no land parcels ("tờ 3 bản đồ số 12", "tờ 3, thửa 45": a map's sheet) and no
            # work ("bảng lương ...: ta van dung - 1968 - to 3": a work team)
            continue
        if not m.group("name")[0].isdigit():
            spans = [w.span() for w in _NAME_WORD.finditer(folded, m.start("name"), m.end("name"))]
            # the name ends at the field's end: one to three words, all capitalised, or all in
            # lower case and none an everyday word
            n = len(spans)
            while n > 0 and _FIELD_END.match(folded, spans[n - 1][1]) is None:
                n -= 1
            if n == 0:
                continue
            written = [doc.text[a:b] for a, b in spans[:n]]
            if not all(w[:1].isupper() for w in written):
                if not all(
                    w.islower() and name_word(folded[a:b])
                    for w, (a, b) in zip(written, spans, strict=False)
                ):
                    continue
                if unit_written.isascii() and unit in ("ban", "soc", "ap") and n < 2:
                    continue  # "ban a", "ap 1 chieu": a plain word, too short to tell
            end = spans[n - 1][1]
        if not unit_written.islower() and folded[max(0, s - 20) : s].rstrip(" \t")[-1:].isalpha():
            # "Danh Thị Sóc Thia": a capitalised unit word right after a name is its syllable;
            # a row's hamlet stands after a comma or a dash ("Lê Văn Khai, Xóm Đông")
            continue
        separated = _person_before(doc, s)
        if separated is None:
            continue
        if not separated and unit == "to":
            continue  # "tổ 5" right after a name: a residents' group set off as a field only
        if not separated and not m.group("name")[0].isdigit():
            # "y thông buôn yă", "kim thị sóc khol": a unit word right after a name, no comma
            # or dash between, is a syllable of the name (Ede, Khmer) unless a number follows
            # ("nhà ông vũ văn thiệp xóm 3")
            continue
        yield s, end
