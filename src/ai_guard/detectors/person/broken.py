"""Names broken across lines: a PDF export or a narrow column puts part of a name on the next
line ("Nguyễn Văn\\nAn", "bà Trần Thị\\nThu Hà", "ông Lê\\nVăn Bình").

The walk over capitalised runs stops at a line break, so it sees "Nguyễn Văn" and "An" apart.
Here each line break followed by a capital is looked at where the line before it ends with a
surname alone or a surname and "Văn" / "Thị" (an unfinished name: a full name never ends
there), and the next line opens with a middle name or a given name; or where it ends with a
surname, "Văn" / "Thị" and a middle name and the next line holds one given name only
("Nguyễn Thị Thu" / "Hà;", not "Nguyễn Văn An" / "Hà Nội"); the words of both lines
are then judged together by :func:`.surname_first.from_surname`, with every check a name on one
line gets (places, public figures, cues). Only line breaks between letters are looked at, and
only a few set lookups are made at each.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

from ai_guard.detectors.base import Detection
from ai_guard.detectors.person.lexicon import (
    HONORIFICS,
    TYPICAL_MIDDLES,
    everyday_pair,
    lexicons,
    public_figures,
    strong_cues,
)
from ai_guard.detectors.person.scores import BASE_SURNAME_FIRST, SCORE_CUED
from ai_guard.detectors.person.shape import is_vietnamese_syllable
from ai_guard.detectors.person.surname_first import from_surname
from ai_guard.detectors.person.words import fold, is_typical_middle, spelled_as_surname
from ai_guard.models import EntityType
from ai_guard.text import Document, fold_word
from ai_guard.text.match import CueSet

__all__ = ["broken_names", "cued_broken_names", "stacked_signature_names"]

# a capitalised word ending a line, the break, and capitalised words opening the next line
# (on the folded view with its letter case: every Vietnamese capital folds to A-Z)
# a line break right after a letter (a space or a carriage return between at most) and before
# a capital: lines of prose end with punctuation and are passed over by the engine itself
_BREAK = re.compile(r"\n(?:(?<=[A-Za-z]\n)|(?<=[A-Za-z][ \r]\n))(?=[ \t]*[A-Z])")
_WORD = re.compile(r"[A-Z][a-z]*")
_NEXT = re.compile(r"[ \t]*([A-Z][a-z]*)")
_TAIL = re.compile(r"(?:^|(?<=[^A-Za-z']))((?:[A-Z][a-z]* ){0,2}[A-Z][a-z]*)[ \t]*\r?\n$")
_HEAD = re.compile(r"[ \t]*([A-Z][a-z]*(?: [A-Z][a-z]*){0,2})(?![A-Za-z'])")


def broken_names(doc: Document, detector_id: str) -> Iterator[Detection]:
    """Every name split over two lines in ``doc``."""
    text = doc.text
    if "\n" not in text:
        return
    cased = doc.folded_cased
    surnames, middles, givens, not_names, cues = lexicons()
    for m in _BREAK.finditer(cased):
        nl = m.start()
        last = cased[max(0, nl - 12) : nl].rstrip(" \t\r").rpartition(" ")[2]
        low = last.lower()
        if not last[:1].isupper() or (low not in surnames and low not in middles):
            continue  # the line before ends with no surname nor middle name
        first_next = _NEXT.match(cased, m.end())
        if first_next is None or (
            (nxt := first_next.group(1).lower()) not in givens and nxt not in middles
        ):
            continue  # the next line opens with no given or middle name
        tail = _TAIL.search(cased, max(0, nl - 24), nl + 1)
        if tail is None:
            continue
        before = [
            (a.start() + tail.start(1), a.end() + tail.start(1))
            for a in _WORD.finditer(tail.group(1))
        ]
        head = _HEAD.match(cased, nl + 1)
        if head is None:
            continue
        after = [
            (a.start() + head.start(1), a.end() + head.start(1))
            for a in _WORD.finditer(head.group(1))
        ]
        first = [fold(text[a:b]) for a, b in before]
        next_word = fold(text[after[0][0] : after[0][1]])
        if len(before) == 3:
            # "Nguyễn Thị Thu" / "Hà;": a surname, Văn or Thị, a middle name, then a given
            # name alone on its part of the next line (or a table's cell wrapped: "Vương Lâm
            # Thảo" / "Nguyên", each alone on its line)
            s, mid, _ = before
            cell = _table_cell_wrap(cased, before, after)
            if not (
                first[0] in surnames
                and spelled_as_surname(text[s[0] : s[1]], doc, s[0])
                and (
                    (first[1] in ("van", "thi") and is_typical_middle(text[mid[0] : mid[1]]))
                    or (cell and (first[1] in middles or first[1] in givens))
                )
                # (a cell's name of four words may hold a given name third)
                and (first[2] in middles or (cell and first[2] in givens))
                and next_word in givens
                and len(after) == 1
                # the given name ends there: "Hà;", "Hà," (a new line "Trú tại", "Sinh năm"
                # goes on in lower case)
                and cased[after[0][1] : after[0][1] + 1] in ("", ";", ",", ".", ")", "\n")
            ):
                before = before[1:]
                first = first[1:]
        if len(before) == 2:
            # "Nguyễn Văn" / "An": a surname and Văn or Thị, then a given or middle name; a
            # table's cell wrapped after a surname and any middle name ("Vương Đình" /
            # "Khiêm", each alone on its line), then a given name
            s, mid = before
            if not (
                first[0] in surnames
                and spelled_as_surname(text[s[0] : s[1]], doc, s[0])
                and (
                    (first[1] in ("van", "thi") and is_typical_middle(text[mid[0] : mid[1]]))
                    or (
                        _table_cell_wrap(cased, before, after)
                        and first[1] in middles
                        and next_word in givens
                    )
                )
                and (next_word in givens or next_word in middles)
            ):
                before = before[1:]
                first = first[1:]
        if len(before) == 1:
            # "ông Lê" / "Văn Bình": a surname alone, then a typical middle name; after an
            # honorific, any middle name and a given name ("ông Trương" / "Công Thuận")
            (s,) = before
            if not (
                first[0] in surnames
                and spelled_as_surname(text[s[0] : s[1]], doc, s[0])
                and len(after) >= 2
                and (
                    (
                        next_word in TYPICAL_MIDDLES
                        and is_typical_middle(text[after[0][0] : after[0][1]])
                    )
                    or _honorific_then_name(doc, s[0], after, middles, givens)
                )
            ):
                continue
        words = before + after
        hit = from_surname(doc, words, 0, middles, givens, not_names, cues, detector_id)
        if hit is not None and hit.end > nl:
            yield hit


#: the word right before a name (folded view with its letter case)
_WORD_BEFORE = re.compile(r"(?:^|(?<=[^A-Za-z]))([A-Za-z]+)[ \t]+$")


def _honorific_then_name(
    doc: Document,
    start: int,
    after: Sequence[tuple[int, int]],
    middles: frozenset[str],
    givens: frozenset[str],
) -> bool:
    """Whether an honorific ("ông", "Bà") stands right before the surname that ends
    the line at ``start`` and the next line opens with a middle name and a given name, the
    name's end marked by a lower-case word or punctuation ("ông Trương" / "Công Thuận làm
    chủ"): the name of the person the honorific names, whatever its middle name."""
    before = _WORD_BEFORE.search(doc.folded_cased, max(0, start - 8), start)
    if before is None or before.group(1).lower() not in HONORIFICS or len(after) != 2:
        return False
    text = doc.text
    mid, given = (fold(text[a:b]) for a, b in after)
    return mid in middles and given in givens and not everyday_pair(mid, given)


def _table_cell_wrap(
    cased: str, before: Sequence[tuple[int, int]], after: Sequence[tuple[int, int]]
) -> bool:
    """Whether the words before the break fill their line and the one word after it fills the
    next: a table's name cell that a PDF copy wrapped ("3⏎Vương Lâm Thảo⏎Nguyên⏎02/09/1995");
    a line of prose holds more than the name. Not a gender's cell after the name ("Nam",
    "Nữ": one field per line)."""
    if not before or len(after) != 1:
        return False
    line = cased.rfind("\n", 0, before[0][0]) + 1
    if cased[line : before[0][0]].strip(" \t"):
        return False
    word_end = after[0][1]
    if cased[after[0][0] : word_end].lower() in _GENDERS:
        return False
    line_end = cased.find("\n", word_end)
    return not cased[word_end : len(cased) if line_end < 0 else line_end].strip(" \t\r")


#: a gender's cell, folded
_GENDERS = frozenset({"nam", "nu"})


#: a line break between letters, any case (on the folded view, where every letter is A-Z or
#: a-z): the literal first, for speed
_ANY_BREAK = re.compile(r"\n(?:(?<=[A-Za-z]\n)|(?<=[A-Za-z][ \r]\n))(?=[ \t]*[A-Za-z])")
#: the first word of a line on the folded view with its letter case
_FOLDED_WORD = re.compile(r"[ \t]*([A-Za-z]+)")
#: a word on the folded view with its letter case
_LETTERS = re.compile(r"[A-Za-z]+")
#: the name words opening the next line: up to three words, then their end marked (or a
#: form's column gap, two spaces or a tab: "BẢO TRÂN    Ngày sinh: ...", or "ở" and where the
#: person lives: "tran thi" / "kim lien o to 18")
_NEXT_LINE = re.compile(
    r"[ \t]*([A-Za-z]+(?:[ \t]+[A-Za-z]+){0,2})"
    r"(?=[ \t]*(?:[,;.)]|\r?\n|$)|[ \t]{2,}|\t|[ \t]+[-\u2013][ \t]|[ \t]+o[ \t]+[a-z0-9])"
)


def cued_broken_names(
    doc: Document, found: Sequence[Detection], detector_id: str
) -> Iterator[Detection]:
    """Names a PDF export or a form's wrap broke after a cue ("Người đề nghị: Nguyễn\\nAn,",
    "NGƯỜI VIẾT ĐƠN: TRẦN\\nTHỊ HÀ;", "nguoi de nghi: nguyen\\nan, ..."), in any writing: the
    line before ends with 1-3 words right after a cue that names a person (``strong_cues``)
    (or, in capitals, stands alone on its line: a list's entry, "LÂM NGỌC\\nHÂN - 27,5"),
    the next opens with name words whose end is marked (a comma, a semicolon, a full stop, a
    bracket, the line's end); together a lexicon surname, then middle or given names ending
    on a given name, 2-4 words in one letter case, no two of them an everyday word. The walk
    over capitalised runs, the lower-case and the other broken paths stop at the line break;
    what they found inside the name gives way to it."""
    text = doc.text
    if "\n" not in text:
        return
    surnames, middles, givens, not_names, _ = lexicons()
    cues = strong_cues()
    for m in _ANY_BREAK.finditer(doc.folded_cased):
        hit = _broken_at(doc, m.start(), surnames, middles, givens, not_names, cues, detector_id)
        if hit is not None and not any(f.start <= hit.start and hit.end <= f.end for f in found):
            yield hit


def _broken_at(
    doc: Document,
    nl: int,
    surnames: frozenset[str],
    middles: frozenset[str],
    givens: frozenset[str],
    not_names: frozenset[str],
    cues: CueSet,
    detector_id: str,
) -> Detection | None:
    """The name broken at the line break ``nl`` after a cue, or None."""
    text = doc.text
    cased = doc.folded_cased  # one character for each of the text's: the same offsets
    first = _FOLDED_WORD.match(cased, nl + 1)
    if first is None:
        return None
    word = first.group(1).lower()
    last = cased[max(0, nl - 12) : nl].rstrip(" \t\r").rpartition(" ")[2]
    # after "Văn" / "Thị" ending the line (a name never ends there) one word alone on the next
    # line, its end marked, is the given name whatever the lexicon holds ("cụ Bạch Văn" /
    # "Nhàng, 91 tuổi")
    rare = word not in givens and word not in middles
    if rare and (last.lower() not in ("van", "thi") or not _given_alone(text, first.span(1))):
        return None  # the next line opens with no given or middle name
    if not _one_case([last, first.group(1)]):
        return None  # "TỈNH" / "Căn cứ": a heading's last word, then a sentence
    word = last.lower()
    if word not in surnames and word not in middles and word not in givens:
        return None  # the line ends with no name word
    head = _NEXT_LINE.match(cased, nl + 1)
    if head is None:
        return None
    lo = max(0, nl - 40)
    lo = cased.rfind("\n", lo, nl) + 1 or lo  # the line before only
    seg = cased[lo:nl].rstrip(" \t\r")
    before: list[tuple[int, int]] = []
    for w in reversed(list(_LETTERS.finditer(seg))[-3:]):
        gap = seg[w.end() : before[0][0] - lo] if before else seg[w.end() :]
        if gap.strip(" \t"):
            break  # the line's last words only, spaces between them
        before.insert(0, (w.start() + lo, w.end() + lo))
    if not before:
        return None
    after = [
        (m.start() + head.start(1), m.end() + head.start(1))
        for m in _LETTERS.finditer(head.group(1))
    ]
    for k in range(len(before), 0, -1):
        words = before[-k:] + after
        if len(words) > 4:
            continue
        raw = [text[a:b] for a, b in words]
        name = [fold_word(w) for w in raw]
        if name[0] not in surnames or not all(w in middles or w in givens for w in name[1:-1]):
            continue
        if name[-1] not in middles and name[-1] not in givens and not rare:
            continue
        if not _one_case(raw):
            continue
        if name[-1] not in givens and not (rare and len(name) > 2 and name[-2] in ("van", "thi")):
            continue
        if len(name) > 2 and name[0] in HONORIFICS and name[1] in surnames - TYPICAL_MIDDLES:
            continue  # "ong nguyen van\nthanh": the honorific before the name, not a surname
        if not spelled_as_surname(raw[0], doc, words[0][0]):
            continue
        cue = cues.before(doc, words[0][0])
        if cue is None and not _capitals_of_a_list(doc, raw, words[0][0], lo):
            continue
        # after a surname and "văn" / "thị" the words are the name's ("nhữ văn công liễu")
        pairs = 1 if name[1] in ("van", "thi") else len(raw) - 1
        if any(everyday_pair(raw[q], raw[q + 1]) for q in range(pairs)):
            return None
        if " ".join(name) in not_names or " ".join(name) in public_figures():
            return None
        plain = all(w.isascii() for w in raw)
        if plain and (name[0] in _EVERYDAY_FOLDED_SURNAMES or name[-1] in _EVERYDAY_FOLDED_GIVENS):
            return None
        return Detection(
            EntityType.PERSON,
            words[0][0],
            words[-1][1],
            SCORE_CUED,
            detector_id,
            pattern="person.surname_first",
            base_score=BASE_SURNAME_FIRST,
            context=cue or "line of its own",
        )
    return None


#: a given name's end on its line: punctuation, a bracket, a tab or the line's end
_GIVEN_END = re.compile(r"[ \t]*(?:[,;.)(|\t]|\r?\n|$)")


def _given_alone(text: str, span: tuple[int, int]) -> bool:
    """Whether the word at ``span`` (a line's first) can be a rare given name: a Vietnamese
    syllable of two letters or more in one letter case, its end marked right after it."""
    word = text[span[0] : span[1]]
    return (
        len(word) >= 2
        and (word.istitle() or word.islower() or word.isupper())
        and is_vietnamese_syllable(word)
        and _GIVEN_END.match(text, span[1]) is not None
    )


#: a signature note on its own line (folded): "(ký, ghi rõ họ tên)", "(Đã ký)", "Chữ ký"
_SIGNATURE_NOTE = re.compile(
    r"[ \t]*\(?[ \t]*(?:da[ \t]+ky|ky[ \t]*[,)]|ky[ \t]+(?:va|ghi|ten)|chu[ \t]+ky)",
    re.IGNORECASE,
)
#: a line holding one word in capitals (the folded view with its letter case)
_ONE_CAPITAL_WORD = re.compile(r"[ \t]*([A-Z]+)[ \t]*\r?$")


def stacked_signature_names(doc: Document, detector_id: str) -> Iterator[Detection]:
    """A name in capitals one word a line under a signature note, as OCR reads a signature
    block written in a narrow column ("(ký, ghi rõ họ tên)⏎NGÔ⏎THỊ⏎DIỄM"): two to four lines
    of one word each, the first a lexicon surname spelled as one, then middle or given names
    ending on a given name, no two an everyday word, the line above (blank lines aside) the
    note. A word per line anywhere else (a heading's letters, a list of terms) is not read."""
    text, cased = doc.text, doc.folded_cased
    if "\n" not in text:
        return
    surnames, middles, givens, not_names, _ = lexicons()
    for note in _signature_notes(doc):
        pos = cased.find("\n", note.end())
        while pos >= 0 and cased.startswith("\n", pos + 1):
            pos += 1  # blank lines
        words: list[tuple[int, int]] = []
        while pos >= 0 and len(words) < 5:
            line = _ONE_CAPITAL_WORD.match(cased, pos + 1, _line_end(cased, pos + 1))
            if line is None:
                break
            words.append(line.span(1))
            pos = line.end() if cased.startswith("\n", line.end()) else -1
        if not 2 <= len(words) <= 4:
            continue
        raw = [text[a:b] for a, b in words]
        name = [fold_word(w) for w in raw]
        if (
            name[0] not in surnames
            or not spelled_as_surname(raw[0], doc, words[0][0])
            or name[-1] not in givens
            or not all(w in middles or w in givens for w in name[1:])
            or any(everyday_pair(a, b) for a, b in itertools.pairwise(raw))
            or " ".join(name) in not_names
        ):
            continue
        yield Detection(
            EntityType.PERSON,
            words[0][0],
            words[-1][1],
            SCORE_CUED,
            detector_id,
            pattern="person.surname_first",
            base_score=BASE_SURNAME_FIRST,
            context="signature",
        )


def _signature_notes(doc: Document) -> Iterator[re.Match[str]]:
    """Each signature note that opens its line (white space before it aside), left to right.
    Every note holds "ky" (any case), so only the lines that hold it are looked at, each once,
    and the note is tried at the line's start and after each white space opening it: the
    leftmost match on such a line is the one a scan of the whole text meets first."""
    cased, low = doc.folded_cased, doc.folded  # the same offsets; "ky" in any case is "ky" in low
    at = low.find("ky")
    while at >= 0:
        q = low.rfind("\n", 0, at) + 1
        end = _line_end(low, at)
        at = low.find("ky", end)
        while q < end:
            note = _SIGNATURE_NOTE.match(cased, q)
            if note is not None:
                yield note
                break
            if not cased[q].isspace():
                break
            q += 1


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _capitals_of_a_list(doc: Document, raw: list[str], start: int, line_start: int) -> bool:
    """Whether a name broken with no cue before it is a list's entry in capitals ("LÂM
    NGỌC" / "HÂN - 27,5 điểm"): three or four words, all in capitals, the first piece alone
    on its line (a heading holds more words, or none of a name's shape)."""
    return (
        3 <= len(raw) <= 4
        and all(w.isupper() for w in raw)
        and not doc.text[line_start:start].strip(" \t")
    )


#: surnames and given names that, typed without diacritics, are everyday words ("không",
#: "là", "đi"): no broken name of them
_EVERYDAY_FOLDED_SURNAMES = frozenset({"khong", "la", "ma", "chao", "cung", "ban", "nhu", "vi"})
_EVERYDAY_FOLDED_GIVENS = frozenset({"la", "ma", "co", "di", "va", "o", "khong", "nhu", "cung"})


def _one_case(words: list[str]) -> bool:
    """Whether the words share one writing: all lower case, all capitalised, all in capitals."""
    if all(w.islower() for w in words):
        return True
    if all(w.isupper() for w in words):
        return True
    return all(w[0].isupper() and (len(w) == 1 or w[1:].islower()) for w in words)
