"""Number tokens: runs of digits split into groups by single separators, computed once per
document and shared by every numeric detector; windows of them a cue names."""

from __future__ import annotations

import itertools
import re
import unicodedata
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field

from ai_guard.text.document import Document, fold_word
from ai_guard.text.match import CueSet, trie_regex
from ai_guard.text.technical import technical_at

__all__ = [
    "NumberToken",
    "ascii_digits",
    "cued_windows",
    "glued",
    "match_around",
    "number_runs",
    "number_tokens",
    "ocr_seeds",
    "read_number_words",
    "read_year_words",
]


@dataclass(frozen=True, slots=True)
class NumberToken:
    """A run of digits, possibly split into groups by single separators ("0912 345 678").

    ``groups`` holds (start, end) of each digit group in ``doc.text``; ``plus`` is True when a
    '+' sign precedes the first digit. ``ocr`` is True for a run where OCR read some digits as
    letters ("0O1O85O12345": O/o for 0, l/I/i for 1, S/s for 5, B/b for 8): its windows' digits are
    the corrected ones, its spans the original characters, and a detector reports it only
    when its own cue names it. Full-width and other Unicode digits come out as ASCII digits.
    """

    start: int
    end: int
    #: the groups when the token has more than one or its one group is not its span;
    #: ``None`` for a run of digits alone (read through :attr:`groups`): a tuple of its one
    #: span and that span's tuple were 112 of a token's ~260 bytes, held through the numeric
    #: families, thousands of them on a table
    grouped: tuple[tuple[int, int], ...] | None
    plus: bool
    ocr: bool = False
    #: the digits of a number written in words ("không chín một ..."), one per group (each
    #: group is a word); None for a run of digits
    reading: str | None = None
    #: how many digits the token holds: a detector whose windows need more skips the token
    #: before any other look-up
    ndigits: int = field(default=-1, compare=False, repr=False)
    #: a run of digits with a letter or two inside that no OCR confusion explains
    #: ("0010850123a5"): one group a character, ``reading`` its digits with each such letter
    #: read as 0; a family reports it only under its own cue, never as validated
    damaged: bool = False

    @property
    def groups(self) -> tuple[tuple[int, int], ...]:
        """``(start, end)`` of each digit group in ``doc.text``."""
        grouped = self.grouped
        return ((self.start, self.end),) if grouped is None else grouped

    def __post_init__(self) -> None:
        if self.ndigits < 0:
            n = (
                len(self.reading)
                if self.reading is not None
                else sum(b - a for a, b in self.groups)
            )
            object.__setattr__(self, "ndigits", n)

    def windows(
        self, text: str, min_digits: int, max_digits: int, max_groups: int = 6
    ) -> Iterator[tuple[int, int, str]]:
        """Contiguous runs of at most ``max_groups`` groups with ``min..max_digits`` digits.

        Yields (start, end, digits). Linear in the number of groups.
        """
        groups = self.groups
        n = len(groups)
        if self.reading is not None:
            # a number in words: one digit per word, every run of words a window
            reading = self.reading
            for i in range(n):
                for j in range(i + min_digits - 1, min(n, i + max_digits)):
                    yield groups[i][0], groups[j][1], reading[i : j + 1]
            return
        if max_groups < n <= 2 * max_digits and all(
            b - a == 1 for a, b in groups[1 if self.plus else 0 :]
        ):
            # digits typed one by one ("0 9 1 2 3 4 5 6 7 8", OCR letter-spacing, after a
            # country code "+84 9 1 2 ..."); a longer run of single digits is not one number
            # (and would cost quadratic work)
            max_groups = max_digits
        elif max_groups < n <= max_digits and all(
            b - a <= 2 for a, b in groups[1 if self.plus else 0 :]
        ):
            # digits typed in pairs ("01 00 23 34 88" for a tax code, "01 23 45 67 89" under
            # "Số BHXH"): one group more than the pairs of the longest number; a caller that
            # gave fewer groups takes such a window only under its own cue
            max_groups = max_digits // 2 + 1
        if n == 1:
            s, e = groups[0]
            if min_digits <= e - s <= max_digits:
                yield s, e, ascii_digits(text[s:e], self.ocr)
            return
        # the token's digits once, and where each group's digits start in them
        digits = ascii_digits("".join(text[a:b] for a, b in groups), self.ocr)
        offsets = [0]
        for a, b in groups:
            offsets.append(offsets[-1] + b - a)
        for i in range(n):
            base = offsets[i]
            for j in range(i, min(n, i + max_groups)):
                total = offsets[j + 1] - base
                if total > max_digits:
                    break
                if total >= min_digits:
                    yield groups[i][0], groups[j][1], digits[base : offsets[j + 1]]


# digits in groups separated by ONE separator (never a tab: a sheet's next cell, "0491000508639" /
# "500.000"): space, dot, hyphen, NBSP/thin spaces, two spaces
# ("0314409058  002", "079 203  012345": a slip of the thumb or a justified line), or a line
# break, after a dot or a hyphen too (numbers broken across lines by copy-paste from PDF:
# "0912." / "345.678"; not into the next row of a table, whose first cell's digits a tab or a
# bar closes: "36089006142" / "2<tab>Âu Thị Mến"). Digits typed one by one keep their
# dots and hyphens between spaces ("0 9 1 2 . 3 4 5 . 6 7 8", a letter-spaced "0912.345.678").
# Zero-width and soft-hyphen characters that copy-paste leaves inside numbers count as
# separators; an area code in parentheses ("(028) 3829 1234") and "+84 (0) 912 ..." too.
_SEP_CHARS = "[ \t.\\-]"
# The first character is a required class, so the engine can skip to candidates (an optional
# prefix in front made it try every position: 2.5x slower).
# The look-ahead after it asks for the five characters a token of six needs (all of them
# characters a token can hold): a shorter number ("12", "2024", most of prose's numbers) fails
# there without a match object or a turn of the loop. It never changes a kept token: inside
# a short run the same missing character fails every later start too.
# The digits are ASCII ones: the canonical reading (text.Document) writes every decimal digit
# of another script as its ASCII digit, and a class of ten characters is scanned twice as fast
# as the Unicode category \d.
_TOKEN_CHARS = "[0-9(+) \t.\\-\r\n]"
_NUMBER = re.compile(
    rf"[(+0-9](?={_TOKEN_CHARS}{{5}})"
    r"(?:(?<=\()(?:\+|00)?[0-9]{1,4}\)[ \t.\-]?\+?[0-9]+|(?<=\+)[0-9]+|(?<=[0-9])[0-9]*)"
    r"(?:(?:[ .\-]|  |[.\-]?\r?\n(?![0-9]+[\t|]))[0-9]+|[ \t]?\(0\)[ \t]?[0-9]+"
    r"| [.\-] (?<=[0-9] [0-9] [.\-] )[0-9](?= [0-9]))*"
)
_GROUP = re.compile(r"\d+")
_NOT_DIGIT = re.compile(r"[^0-9]")

#: what OCR reads instead of a digit, and the digit it stands for; "b" is a "B" in text typed
#: or shown in lower case ("o9l2 s7b 4o3" is "O9l2 S7B 4O3" lowered): a run of them still
#: needs most of its characters true digits and its family's cue
_OCR_DIGITS = {
    "O": "0", "o": "0", "l": "1", "I": "1", "i": "1", "S": "5", "s": "5", "B": "8", "b": "8",
}  # fmt: skip
_OCR_CHARS = "0-9" + "".join(_OCR_DIGITS)
# a letter OCR confuses with a digit, next to a digit: where an OCR'd number may stand. The
# letters come first and the digits are ASCII: a pattern opening with \d (a Unicode category)
# scanned a megabyte 6x slower.
_OCR_SEED = re.compile(rf"[{''.join(_OCR_DIGITS)}](?:[0-9]|(?<=[0-9].))")
_OCR_RUN = re.compile(rf"[{_OCR_CHARS}]+(?:{_SEP_CHARS}[{_OCR_CHARS}]+)*")
_OCR_GROUP = re.compile(rf"[{_OCR_CHARS}]+")
#: the fewest characters of an OCR'd identifier (a 9-digit CMND or phone) and the share of
#: them that must be true digits: half ("oo1o9oo12345" holds 7 of 12; the family's own cue
#: must still name the run)
_OCR_MIN = 9
_OCR_MIN_DIGIT_SHARE = 0.5


class _DigitTable(dict[int, str]):
    """``str.translate`` table: any Unicode decimal digit (full-width "０", Arabic-Indic ...)
    to its ASCII digit, filled on demand; other characters are kept."""

    def __missing__(self, key: int) -> str:
        ch = chr(key)
        d = unicodedata.digit(ch, None)
        out = str(d) if d is not None and unicodedata.category(ch) == "Nd" else ch
        self[key] = out
        return out


_DIGITS = _DigitTable()
_OCR_TABLE = _DigitTable({ord(k): v for k, v in _OCR_DIGITS.items()})


def ascii_digits(s: str, ocr: bool = False) -> str:
    """``s`` with Unicode digits as ASCII digits (and OCR's letters as digits if ``ocr``)."""
    if ocr:
        return s.translate(_OCR_TABLE)
    return s if s.isascii() else s.translate(_DIGITS)


# dates and times inside a number run ("2025-07-01 08", "01.07.2025"): never identifiers
_DATE_IN_TOKEN = re.compile(
    r"(?<!\d)(?:(?:19|20)\d\d-\d{1,2}-\d{1,2}|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d)(?!\d)"
)


def number_tokens(doc: Document) -> list[NumberToken]:
    """All number tokens of the document, computed once and shared by the numeric detectors."""
    cached = doc.cached("numbers")
    if cached is not None:
        return cached  # type: ignore[return-value]
    text = doc.text
    out: list[NumberToken] = []
    runs = array("q")  # (each run's start and end, flat: no tuple held for each)
    for m in _NUMBER.finditer(text):
        s, e = m.span()
        if e - s < 6:
            # "12", "2024", "1.234": too short to be any identifier this module serves
            continue
        runs.append(s)
        runs.append(e)
        first = text[s]
        plus = first == "+" or text.startswith(("(+", "(00"), s)
        run = m.group(0)
        odd = (
            first == "("
            or "(0)" in run
            or "  " in run
            or "\r" in run
            or " ." in run
            or " -" in run
            # a run broken after a dot or a hyphen ("0912." / "345.678"): two characters
            or ".\n" in run
            or "-\n" in run
        )
        if first == "(" or "(0)" in run:
            groups = tuple(
                g.span()
                for g in _GROUP.finditer(text, s, e)
                # the "(0)" some write after a country code is not a digit of the number
                if not (text[g.start() - 1 : g.end() + 1] == "(0)" and g.start() > s + 1)
            )
        elif run.isdigit():  # (its one group the run's span: read from its start and end)
            out.append(NumberToken(s, e, None, plus, False, None, e - s))
            continue
        elif run.endswith(".0") and run[:-2].isdigit() and len(run) >= 10:
            # a spreadsheet's float ("912345678.0", "1085012345.0" from a numeric column):
            # the number without its ".0"
            out.append(NumberToken(s, e - 2, None, plus, False, None, e - s - 2))
            continue
        elif odd:
            groups = tuple([g.span() for g in _GROUP.finditer(text, s, e)])
        else:
            # one separator between groups (and the "+" the run may open with): the groups are
            # the pieces between separators, found in the run's own string (a pattern scan of
            # the text took 1.5x as long; prose holds hundreds of grouped amounts)
            spans: list[tuple[int, int]] = []
            at = s
            for piece in _NOT_DIGIT.split(run):
                if piece:
                    spans.append((at, at + len(piece)))
                at += len(piece) + 1
            groups = tuple(spans)
        if (
            s >= 2
            and text[s - 1] == ","
            and text[s - 2].isdigit()
            and len(groups) > 1
            and groups[0][1] - groups[0][0] <= 2
        ):
            # the decimals of a number before ("hệ số 2,34 8518448892": a coefficient's "34",
            # then the account): no digits of the number after them
            groups = groups[1:]
            s = groups[0][0]
            run = text[s:e]
            if e - s < 6:
                continue
        # a date inside needs a year after a dot or before a hyphen ("01.07.2025",
        # "2025-07-01"): most runs ("125.000.000") are ruled out without the pattern
        if ".19" in run or ".20" in run or ("-" in run and ("19" in run or "20" in run)):
            dates = [d.span() for d in _DATE_IN_TOKEN.finditer(text, s, e)]
            if dates:
                # split the run around each date; the pieces are tokens of their own
                pieces: list[list[tuple[int, int]]] = [[]]
                for g in groups:
                    if any(a <= g[0] < b for a, b in dates):
                        pieces.append([])
                    else:
                        pieces[-1].append(g)
                for piece in pieces:
                    if piece and piece[-1][1] - piece[0][0] >= 6:
                        out.append(NumberToken(piece[0][0], piece[-1][1], tuple(piece), False))
                continue
        if odd:
            out.append(NumberToken(s, e, groups, plus))
        else:  # one character between groups (and the "+" the run may open with)
            digits = e - s - len(groups) + 1 - (first == "+")
            out.append(NumberToken(s, e, groups, plus, False, None, digits))
    seeds: list[int] = []
    raw = doc.folded.encode("ascii", "replace")
    sketch = raw.translate(_OCR_SKETCH)
    ocr = (
        _ocr_tokens(text, seeds, _ocr_seed_starts(text, sketch))
        if sketch.find(b"o1") >= 0 or sketch.find(b"1o") >= 0
        else []
    )
    doc.store("numbers.ocr_seeds", seeds)
    if ocr:
        # an OCR'd run replaces the digit tokens inside it (both lists are sorted by start)
        kept: list[NumberToken] = []
        i = 0
        for t in out:
            while i < len(ocr) and ocr[i].end <= t.start:
                i += 1
            if i == len(ocr) or t.end <= ocr[i].start:
                kept.append(t)
            elif t.start < ocr[i].start and t.reading is None:
                # a run that only reaches into the OCR'd one ("400187015632⏎73" before
                # "73-B1 204.15" on the next row of a table): its groups before it stay a
                # token, or the number would be lost to the plate after it
                before = tuple(g for g in t.groups if g[1] <= ocr[i].start)
                if before and before[-1][1] - before[0][0] >= 6:
                    kept.append(NumberToken(before[0][0], before[-1][1], before, t.plus))
        out = sorted(kept + ocr, key=lambda t: t.start)
    damaged = _damaged_tokens(text, out) + _short_damaged_tokens(text, raw)
    if damaged:
        # a damaged run replaces the digit tokens inside it
        out = sorted(
            [t for t in out if not any(d.start <= t.start and t.end <= d.end for d in damaged)]
            + damaged,
            key=lambda t: t.start,
        )
    continued = _continued_cells(text) if "\n\t" in text or "\n|" in text else []
    if "\n  " in text:
        continued += _aligned_cells(text)
    if "\n" in text and any(word in text for word in _FURNITURE_WORDS):
        continued += _page_broken(text)
    if continued:
        # a cell's number and its wrapped rest replace the tokens inside them
        out = sorted(
            [t for t in out if not any(c.start <= t.start and t.end <= c.end for c in continued)]
            + continued,
            key=lambda t: t.start,
        )
    words = _word_tokens(doc)
    mixed = _mixed_tokens(doc) + _odd_separator_tokens(text, doc.folded)
    if mixed:
        words = words + mixed
    if words:
        out = sorted(out + words, key=lambda t: t.start)
    out = _outside_technical(text, out)
    doc.store("numbers", out)
    doc.store("numbers.runs", runs)
    return out


def _outside_technical(text: str, tokens: list[NumberToken]) -> list[NumberToken]:
    """The tokens without the digits that lie inside a technical token (a UUID, a hash, a
    MAC address, a semver, a hex dump, a code key's value: :mod:`ai_guard.text.technical`):
    a token inside one is dropped; one that only reaches into one at an edge keeps its
    groups outside it (six characters or more)."""
    kept: list[NumberToken] | None = None
    for i, t in enumerate(tokens):
        span = technical_at(text, t.start, t.end)
        if span is None and len(t.groups) > 1 and not (t.ocr or t.damaged or t.reading):
            # a group glued to a technical token at either edge ("...0a0b56 0912345678")
            groups = t.groups
            first = technical_at(text, *groups[0]) if groups[0][0] == t.start else None
            last = technical_at(text, *groups[-1])
            if first is not None or last is not None:
                rest = tuple(
                    g
                    for g in groups
                    if not (first and first[0] <= g[0] and g[1] <= first[1])
                    and not (last and last[0] <= g[0] and g[1] <= last[1])
                )
                if kept is None:
                    kept = tokens[:i]
                if rest and rest[-1][1] - rest[0][0] >= 6:
                    kept.append(NumberToken(rest[0][0], rest[-1][1], rest, t.plus and not first))
                continue
        if span is not None:
            if kept is None:
                kept = tokens[:i]
            continue
        if kept is not None:
            kept.append(t)
    return tokens if kept is None else kept


def number_runs(doc: Document) -> Iterator[tuple[int, int]]:
    """The spans of the document's number runs as first matched (six characters or more),
    before dates are split off and OCR'd runs replace them. Every maximal run of six or more
    digits lies inside one, and so does every run of digits joined by single separators
    (space, dot, hyphen, invisible gap): a detector with its own pattern for such digits can
    look here first instead of scanning the whole text."""
    number_tokens(doc)
    runs: array[int] = doc.cached("numbers.runs")  # type: ignore[assignment]
    it = iter(runs)
    return zip(it, it, strict=True)


def ocr_seeds(doc: Document) -> list[int]:
    """Where a letter OCR confuses with a digit (O, o, l, I, i, S, s, B, b) stands next to a
    digit, in order: an OCR'd identifier too short to be an OCR'd number token (a passport's
    seven digits, a plate's number) holds one of these."""
    number_tokens(doc)
    return doc.cached("numbers.ocr_seeds")  # type: ignore[return-value]


def match_around(pattern: re.Pattern[str], text: str, lo: int, pos: int) -> re.Match[str] | None:
    """The first match of ``pattern`` starting in ``lo..pos`` that covers ``pos`` (matched
    against the whole text: its look-arounds see past ``pos``)."""
    for start in range(max(0, lo), pos + 1):
        m = pattern.match(text, start)
        if m is not None and m.end() > pos:
            return m
    return None


#: the folded view as a sketch: digits "1", the letters OCR confuses with digits (folded: o, l,
#: i, s, b) "o", every other byte a space
_OCR_SKETCH = bytes(
    ord("1") if 48 <= b <= 57 else ord("o") if chr(b) in "olisb" else 32 for b in range(256)
)


def _ocr_possible(folded: str) -> bool:
    """Whether :data:`_OCR_SEED` may match: its letter stands next to a digit, and the folded
    view (the text's length, every ASCII character as itself in lower case) then holds one
    of o, l, i, s, b next to that digit. A byte-table pass and two substring tests instead of
    a class-led scan that stops at every o and l of the text (about half its time)."""
    sketch = folded.encode("ascii", "replace").translate(_OCR_SKETCH)
    # (``find``, not ``in``: on bytes ``in`` first reads its operand as an integer, and raises
    # and clears a TypeError for a bytes one, some 1,000 instructions a test)
    return sketch.find(b"o1") >= 0 or sketch.find(b"1o") >= 0


_OCR_LETTERS = frozenset(_OCR_DIGITS)


def _ocr_seed_starts(text: str, sketch: bytes) -> list[int]:
    """Where :data:`_OCR_SEED` matches in ``text`` (``finditer``'s starts), from the folded
    view's :data:`_OCR_SKETCH`: a seed is a letter of :data:`_OCR_DIGITS` with a digit right
    after or right before it, so the sketch holds "o1" or "1o" there; each such place is
    kept when the text's own letter is one OCR confuses (the sketch also has "L", "b", "ỉ"
    ...). Two substring searches in C instead of a scan stopping at every o, i, l and s of
    the text (25-35 us on a 2 KB prompt whose gate passed on "ỉ" next to a digit)."""
    found: set[int] = set()
    pos = sketch.find(b"o1")
    while pos >= 0:
        found.add(pos)
        pos = sketch.find(b"o1", pos + 1)
    pos = sketch.find(b"1o")
    while pos >= 0:
        found.add(pos + 1)
        pos = sketch.find(b"1o", pos + 1)
    return [p for p in sorted(found) if text[p] in _OCR_LETTERS]


def _ocr_tokens(text: str, seeds: list[int], starts: list[int] | None = None) -> list[NumberToken]:
    """Runs of digits where OCR read some digits as look-alike letters ("0O1O85O12345",
    "09l2 345 67B"): at least 9 characters, most of them true digits, every group holding a
    digit, not glued to a letter or digit on either side. ``starts``: the seeds' places if
    known (:func:`_ocr_seed_starts`), else :data:`_OCR_SEED` is searched for."""
    out: list[NumberToken] = []
    covered = 0
    if starts is None:
        starts = [m.start() for m in _OCR_SEED.finditer(text)]
    for p in starts:
        seeds.append(p)
        if p < covered:
            continue
        # back to the start of the run (groups of digits and look-alikes, single separators)
        k = p
        lo = max(0, p - 40)
        while k > lo and (
            _OCR_GROUP.match(text[k - 1])
            or (k - 2 >= lo and _SEP_RE.match(text[k - 1]) and _OCR_GROUP.match(text[k - 2]))
        ):
            k -= 1
        run = _OCR_RUN.match(text, k)
        if run is None:  # pragma: no cover - the seed itself matches
            continue
        covered = run.end()
        groups = [g.span() for g in _OCR_GROUP.finditer(text, run.start(), run.end())]
        # keep the groups around the seed that hold a true digit each ("SOS 0912..." drops SOS)
        i = next(j for j, (a, b) in enumerate(groups) if a <= p < b)
        first = i
        while first > 0 and _has_digit(text, *groups[first - 1]):
            first -= 1
        last = i
        while last + 1 < len(groups) and _has_digit(text, *groups[last + 1]):
            last += 1
        kept = groups[first : last + 1]
        s, e = kept[0][0], kept[-1][1]
        if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
            continue
        chars = sum(b - a for a, b in kept)
        digits = sum(c.isdigit() for a, b in kept for c in text[a:b])
        if chars < _OCR_MIN or digits == chars or digits < _OCR_MIN_DIGIT_SHARE * chars:
            continue
        plus = s > 0 and text[s - 1] == "+"
        out.append(NumberToken(s - plus, e, tuple(kept), plus, True))
    return out


_SEP_RE = re.compile(_SEP_CHARS)
# a table row holding only digits in one cell, every other cell empty: the rest of the cell
# above, wrapped onto a row of its own ("0010850" / "12345" under "Số CCCD"); the pattern is
# led by the line break, and a row whose cell goes on with a letter fails at its first one
_CONTINUED_ROW = re.compile(r"\n([ \t|]*[\t|][ \t]*)([0-9]+(?:[ .\-][0-9]+)*)[ \t|]*(?=\r?\n|$)")
_CELL_END_RUN = re.compile(r"[0-9]+(?:[ .\-][0-9]+)*[ \t]*$")
#: the most digits a wrapped cell's two parts hold together (a 19-digit card)
_CONTINUED_MOST = 19


def _continued_cells(text: str) -> list[NumberToken]:
    """Numbers a table cell wrapped onto the next row, which holds nothing else: in a sheet
    pasted with tabs or a Markdown table, the row below has only that cell filled, with
    digits, and the cell above in the same column ends with digits ("1<tab>Nguyễn Văn
    An<tab>0010850" / "<tab><tab>12345"). One token of the two parts, read only under the
    family's own cue or column header (``ocr=True``): a column of numbers one row each looks
    the same, and then its cue still names each."""
    out: list[NumberToken] = []
    for m in _CONTINUED_ROW.finditer(text):
        pre = m.group(1)
        sep = "\t" if "\t" in pre else "|"
        if sep == "|" and "\t" in pre:
            continue
        column = pre.count(sep)
        above_end = m.start()
        if above_end > 0 and text[above_end - 1] == "\r":
            above_end -= 1
        above_start = text.rfind("\n", 0, above_end) + 1
        cells = text[above_start:above_end].split(sep)
        if column >= len(cells) or (column == 0 and sep == "|"):
            continue
        cell_start = above_start + sum(len(c) + 1 for c in cells[:column])
        cell = cells[column]
        run = _CELL_END_RUN.search(cell)
        if run is None:
            continue
        a = cell_start + run.start()
        if a > cell_start and text[a - 1].isalnum():
            continue  # the cell's digits close a word ("P2024"): no number wrapped
        groups = [g.span() for g in _GROUP.finditer(text, a, cell_start + len(cell.rstrip(" \t")))]
        groups += [g.span() for g in _GROUP.finditer(text, m.start(2), m.end(2))]
        if sum(e - s for s, e in groups) > _CONTINUED_MOST:
            continue
        out.append(NumberToken(groups[0][0], groups[-1][1], tuple(groups), False, True))
    return out


#: what a PDF copy's page header or footer line holds (a cheap gate, then the line's pattern)
_FURNITURE_WORDS = ("Trang", "trang", "TRANG", "Page", "page", "PAGE", "\n- ", "\n\u2013 ")
#: digits closing a line, one or two lines, digits opening the next: a number a page break cut
#: (led by the line break, a literal the engine skips to; the digits before it are read back
#: from there, :data:`_RUN_BEFORE`)
_PAGE_BROKEN = re.compile(
    r"\n((?:[^\n]{1,120}\n){1,2}?)[ \t]*([0-9]+(?:[ .][0-9]+)*)(?![\w/]|[.,]?[0-9])"
)
_RUN_BEFORE = re.compile(r"(?<![\w.,/\-])([0-9]+(?:[ .][0-9]+)*)[ \t]*\r?$")
#: a page's header or footer line: its page number ("Trang 2/3", "Page 2 of 5", "- 2 -"),
#: rules and the issuer's name around it ("---- Trang 2/3 ---- CHI CỤC THADS ... ----")
_FURNITURE = re.compile(
    r"[-\u2013\u2014_=*#.\s]*(?:"
    r"(?:[^\n]{0,60}?[ \t])?(?i:trang|page)[ \t]*[0-9]{1,4}"
    r"(?:[ \t]*(?:/|of|tr\u00ean|tren)[ \t]*[0-9]{1,4})?(?:[ \t][^\n]{0,60})?"
    r"|[-\u2013\u2014][ \t]*[0-9]{1,4}[ \t]*[-\u2013\u2014]"
    r")[-\u2013\u2014_=*#.\s]*"
)
#: the fewest and most digits of a number a page break cut (a CMND's nine to a card's 19)
_PAGE_BROKEN_DIGITS = (9, 19)


def _page_broken(text: str) -> list[NumberToken]:
    """Numbers a PDF copy cut with a page's header or footer: digits closing a line, one or
    two lines of page furniture (:data:`_FURNITURE`: "---- Trang 2/3 ---- CHI CỤC THADS ...
    ----", "- 2 -"), digits opening the next ("CCCD 0791930" / header / "48215, hiện cư
    trú ..."). One token of the two parts, its span over the header between them (redacted
    with the number: more hidden, nothing left), read only under the family's own cue
    (``ocr=True``)."""
    out: list[NumberToken] = []
    search = _PAGE_BROKEN.search
    pos = 0
    while (m := search(text, pos)) is not None:
        at = m.start()
        pos = at + 1  # (matches overlap: one from a line before takes the header's lines)
        if at == 0 or not (text[at - 1].isdigit() or text[at - 1] in " \t\r"):
            continue  # (most lines: no digit closes the line before)
        before = _RUN_BEFORE.search(text, max(0, at - 40), at)
        if before is None:
            continue
        lines = m.group(1).splitlines()
        if not all(_FURNITURE.fullmatch(line) for line in lines):
            continue
        groups = [g.span() for g in _GROUP.finditer(text, before.start(1), before.end(1))]
        groups += [g.span() for g in _GROUP.finditer(text, m.start(2), m.end(2))]
        lo, hi = _PAGE_BROKEN_DIGITS
        if not lo <= sum(e - s for s, e in groups) <= hi:
            continue
        out.append(NumberToken(groups[0][0], groups[-1][1], tuple(groups), False, True))
    return out


#: a row of a table aligned with spaces holding only digits, indented to a column: the rest
#: of the cell above in that column; the cell above, its digits from that column on
_ALIGNED_ROW = re.compile(r"\n( {2,})([0-9]+(?:[ .\-][0-9]+)*)[ \t]*(?=\r?\n|$)")
_ALIGNED_CELL = re.compile(r"[0-9]+(?:[ .\-][0-9]+)*(?=  |[ \t]*(?:\r?\n|$))")


def _aligned_cells(text: str) -> list[NumberToken]:
    """:func:`_continued_cells` for a table aligned with spaces: the row below holds only
    digits, indented to the column where the cell above starts with digits (two spaces or
    more before it, the line's start or two spaces after it): "Lê Văn Tâm    0010850   đã
    nộp" / "              12345". One token of the two parts, under the family's own cue
    or column header only (``ocr=True``)."""
    out: list[NumberToken] = []
    for m in _ALIGNED_ROW.finditer(text):
        column = len(m.group(1))
        above_end = m.start()
        if above_end > 0 and text[above_end - 1] == "\r":
            above_end -= 1
        above_start = text.rfind("\n", 0, above_end) + 1
        a = above_start + column
        if a >= above_end or text[a - 2 : a] != "  ":
            continue
        cell = _ALIGNED_CELL.match(text, a, above_end)
        if cell is None:
            continue
        groups = [g.span() for g in _GROUP.finditer(text, a, cell.end())]
        groups += [g.span() for g in _GROUP.finditer(text, m.start(2), m.end(2))]
        if sum(e - s for s, e in groups) > _CONTINUED_MOST:
            continue
        out.append(NumberToken(groups[0][0], groups[-1][1], tuple(groups), False, True))
    return out


#: the most letters no OCR confusion explains inside a damaged run, and the run's length
#: (letters and digits: a 9-digit CMND to a 19-digit card)
_DAMAGED_LETTERS = 2
#: a digit the writer could not read ("MST bị mờ một số: 46031?2942"): the value is still the
#: value, read as a damaged run like a stray letter
_BLURRED = "?"


def _odd_char(c: str) -> bool:
    """A character a damaged run may hold in a digit's place: a letter, or a blurred digit."""
    return c.isalpha() or c == _BLURRED


_DAMAGED_LENGTH = (9, 19)


def _damaged_tokens(text: str, tokens: list[NumberToken]) -> list[NumberToken]:
    """Runs of digits with one or two letters inside that OCR or a slip of the keyboard left
    there ("Số CCCD 0010850123a5"): a run of ASCII letters and digits, 9-19 characters, that
    opens and closes with a digit, holds at most :data:`_DAMAGED_LETTERS` letters no OCR
    confusion explains (those it does are read as their digits) and digits for at least half
    of it, glued to nothing on either side. Found from the digit tokens a letter and a digit
    follow or precede (two character tests a token): ``damaged`` tokens, one group a
    character, each such letter read as 0; only a family's own cue names one."""
    out: list[NumberToken] = []
    covered = 0
    size = len(text)
    for t in tokens:
        if t.reading is not None or t.ocr or len(t.groups) != 1:
            continue
        s, e = t.groups[0]
        if s < covered:
            continue
        left = s >= 2 and _odd_char(text[s - 1]) and text[s - 2].isdigit()
        right = e + 1 < size and _odd_char(text[e]) and text[e + 1].isdigit()
        if not (left or right):
            continue
        a, b = s, e
        while (
            a > 0
            and s - a <= _DAMAGED_LENGTH[1]
            and text[a - 1].isascii()
            and (text[a - 1].isalnum() or text[a - 1] == _BLURRED)
        ):
            a -= 1
        while (
            b < size
            and b - e <= _DAMAGED_LENGTH[1]
            and text[b].isascii()
            and (text[b].isalnum() or text[b] == _BLURRED)
        ):
            b += 1
        covered = b
        token = _damaged_run(text, a, b)
        if token is not None:
            out.append(token)
    return out


def _damaged_run(text: str, a: int, b: int) -> NumberToken | None:
    """The ``damaged`` token of the run ``text[a:b]`` of ASCII letters and digits (see
    :func:`_damaged_tokens`), or None when it is no damaged number."""
    run = text[a:b]
    if (
        not _DAMAGED_LENGTH[0] <= len(run) <= _DAMAGED_LENGTH[1]
        or not (run[0].isdigit() and run[-1].isdigit())
        or (a > 0 and text[a - 1].isalnum())
        or (b < len(text) and text[b].isalnum())
    ):
        return None
    if any(not (c.isalnum() or c == _BLURRED) for c in run):
        return None
    odd = sum((c.isalpha() and c not in _OCR_LETTERS) or c == _BLURRED for c in run)
    digits = sum(c.isdigit() for c in run)
    if not 1 <= odd <= _DAMAGED_LETTERS or digits < _OCR_MIN_DIGIT_SHARE * len(run):
        return None
    reading = "".join(c if c.isdigit() else _OCR_DIGITS.get(c, "0") for c in run)
    groups = tuple((i, i + 1) for i in range(a, b))
    return NumberToken(a, b, groups, False, True, reading, damaged=True)


#: the folded view as a sketch for damaged runs: digits "1", ASCII letters "a", else a space
_DAMAGED_SKETCH = bytes(
    0x31 if 48 <= b <= 57 else 0x61 if 97 <= b <= 122 or b == 0x3F else 0x20 for b in range(256)
)
#: a damaged run's digits between its letters are shorter than a number token (six)
_TOKEN_DIGITS = 6


def _short_damaged_tokens(text: str, raw: bytes) -> list[NumberToken]:
    """:func:`_damaged_tokens` for runs whose letters cut every piece of digits shorter than
    a number token (``00108a5012b45``, ``091k345k678``): found where the folded view's
    sketch (``raw``: its bytes, non-ASCII characters as "?") has a letter between two digits,
    the run around it read the same way."""
    sketch = raw.translate(_DAMAGED_SKETCH)
    hit = sketch.find(b"1a1")
    out: list[NumberToken] = []
    while hit >= 0:
        a = sketch.rfind(b" ", 0, hit) + 1
        b = sketch.find(b" ", hit)
        b = len(sketch) if b < 0 else b
        hit = sketch.find(b"1a1", b)
        if b - a > _DAMAGED_LENGTH[1] or sketch.find(b"1" * _TOKEN_DIGITS, a, b) >= 0:
            continue  # too long for a number, or a token's own (:func:`_damaged_tokens`)
        token = _damaged_run(text, a, b)
        if token is not None:
            out.append(token)
    return out


def _has_digit(text: str, start: int, end: int) -> bool:
    return any(c.isdigit() for c in text[start:end])


def cued_windows(
    doc: Document,
    cues: CueSet,
    min_digits: int,
    max_digits: int,
    *,
    max_groups: int = 6,
    near: int = 40,
) -> Iterator[tuple[int, int, str, str]]:
    """Number windows that a cue names (start, end, digits, cue), for identifiers too
    ambiguous to report without one (CMND, BHXH, new BHYT cards). Windows inside a longer
    alphanumeric token are skipped."""
    if not cues.present(doc):
        return
    text = doc.text
    for tok in number_tokens(doc):
        for start, end, digits in tok.windows(text, min_digits, max_digits, max_groups):
            left, right = glued(text, start, end)
            if left and right:
                continue
            cue = cues.naming(doc, start, near)
            if cue:
                yield start, end, digits, cue


def glued(text: str, start: int, end: int) -> tuple[bool, bool]:
    """Whether a span is glued to a letter on its left and on its right."""
    left = start > 0 and text[start - 1].isalpha()
    right = end < len(text) and text[end].isalpha()
    return left, right


# -- numbers written in words ----------------------------------------------------------------

#: Vietnamese digit words as an identifier is read out digit by digit, and the digit each
#: stands for: "linh"/"lẻ" for 0, "mốt" for 1, "tư" for 4, "lăm"/"nhăm" for 5 as in speech
_DIGIT_WORDS = {
    "không": "0", "linh": "0", "lẻ": "0", "một": "1", "mốt": "1", "hai": "2", "ba": "3",
    "bốn": "4", "tư": "4", "năm": "5", "lăm": "5", "nhăm": "5", "sáu": "6", "bảy": "7",
    "bẩy": "7", "tám": "8", "chín": "9",
}  # fmt: skip
#: the same words without diacritics ("khong chin mot"), for text that lost them
_FOLDED_DIGIT_WORDS = {fold_word(k): v for k, v in _DIGIT_WORDS.items()}
_TENS_WORD = frozenset({"mười", "mươi"})
_W = trie_regex(sorted(_FOLDED_DIGIT_WORDS)) + "(?![a-z])"
# between two words: a space, or a comma, dot or hyphen with spaces around it
_WORD_SEP = r" ?[,.\-]? "
# three digit words in a row after a space: a literal space first lets the engine skip ahead
# (a pattern opening with the words' letters scanned a megabyte 4x slower)
# a number read in pairs ("không chín mười hai ba mươi bốn ...": 09 12 34) holds "mười" (ten)
# and "mươi" (tens), both "muoi" folded
_WT = trie_regex(sorted([*_FOLDED_DIGIT_WORDS, "muoi"])) + "(?![a-z])"
_WORDS_SEED = re.compile(rf" {_WT}(?:{_WORD_SEP}{_WT}){{2}}")
_WORDS_RUN = re.compile(rf"(?<![a-z]){_WT}(?:{_WORD_SEP}{_WT})*")
_WORD = re.compile(r"[a-z]+")
#: the fewest digit words read as a number (the shortest identifier served: a 6-digit account)
_WORDS_MIN = 6


def digit_word(text: str, start: int, end: int, folded: str) -> str | None:
    """The digit the word ``text[start:end]`` stands for ("tám" -> "8"), or None. A word with
    diacritics must be spelled as a digit ("từ", "Nam" with a capital in a name are still
    words: "từ" is not "tư"); a word typed without them is read by its letters."""
    word = text[start:end]
    if word.isascii():
        return _FOLDED_DIGIT_WORDS.get(folded[start:end])
    return _DIGIT_WORDS.get(word.lower())


def read_number_words(
    text: str, folded: str, start: int, end: int | None = None, *, most: int = 64
) -> tuple[str, tuple[tuple[int, int], ...]] | None:
    """The number written in Vietnamese words at ``start`` ("không chín một hai", "một chín
    tám lăm", "mười lăm", "hai mươi mốt"): its digits and the span of each word read, offsets
    in ``text`` (``folded`` is its folded view, of the same length). Digit words read digit
    by digit; "mười" (ten) and "<digit> mươi" (tens) with an optional unit read as a
    quantity (10-99). At most ``most`` words are read. None when no number starts at
    ``start``."""
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    digits: list[str] = []
    pos = start
    while pos < stop and len(spans) < most:
        m = _WORD.match(folded, pos, stop)
        if m is None or (m.start() > 0 and folded[m.start() - 1].isalnum()):
            break
        a, b = m.span()
        word = text[a:b]
        digit = digit_word(text, a, b, folded)
        if digit is None:
            # "mười" (ten) starts a quantity; "<digit> mươi" makes tens of the digit before;
            # typed without diacritics, "muoi" is the first when nothing comes before it
            low = word.lower()
            if not (low in _TENS_WORD or (word.isascii() and folded[a:b] == "muoi")):
                break
            ten = low == "mười" or (word.isascii() and not digits)
            if not ten and not digits:
                break
            if ten:
                digits.append("1")
            spans.append((a, b))
            unit = None
            nxt = _WORD.match(folded, b + 1, stop) if folded[b : b + 1] == " " else None
            if nxt is not None:
                unit = digit_word(text, nxt.start(), nxt.end(), folded)
            if nxt is not None and unit is not None and unit != "0" and len(spans) < most:
                digits.append(unit)
                spans.append(nxt.span())
            else:
                digits.append("0")
            break  # a quantity ends with its unit
        digits.append(digit)
        spans.append((a, b))
        sep = re.match(_WORD_SEP, folded[b : b + 4])
        if sep is None:
            break
        pos = b + sep.end()
    if not digits:
        return None
    return "".join(digits), tuple(spans)


def read_year_words(text: str, folded: str, start: int) -> tuple[int, int] | None:
    """A year written as a quantity in Vietnamese words at ``start``: "một nghìn chín trăm tám
    mươi sáu" (1986), "hai nghìn không trăm linh năm" (2005), "hai nghìn lẻ bảy" (2007), "hai
    nghìn hai mươi ba" (2023), "ngàn" for "nghìn": (the year, where its words end); None when
    no such year starts there."""
    words: list[tuple[int, int]] = []
    pos = start
    while len(words) < 8:
        m = _WORD.match(folded, pos)
        if m is None:
            break
        words.append(m.span())
        pos = m.end()
        if folded[pos : pos + 1] != " ":
            break
        pos += 1

    def word(k: int) -> str:
        return folded[words[k][0] : words[k][1]] if k < len(words) else ""

    def digit(k: int) -> int | None:
        if k >= len(words):
            return None
        d = digit_word(text, *words[k], folded)
        return None if d is None else int(d)

    thousands = digit(0)
    if thousands not in (1, 2) or word(1) not in ("nghin", "ngan"):
        return None
    value, k, end = thousands * 1000, 2, words[1][1]
    hundreds = digit(k)
    if hundreds is not None and word(k + 1) == "tram":
        value += hundreds * 100
        k, end = k + 2, words[k + 1][1]
    if word(k) in ("linh", "le") and digit(k + 1) not in (None, 0):
        return value + (digit(k + 1) or 0), words[k + 1][1]
    if word(k) == "muoi":  # "mười", "mười ba"
        unit = digit(k + 1)
        if unit is not None and unit != 0 and word(k + 1) not in ("linh", "le", "khong"):
            return value + 10 + unit, words[k + 1][1]
        return value + 10, words[k][1]
    tens = digit(k)
    if tens is not None and tens > 1 and word(k + 1) == "muoi":
        unit = digit(k + 2)
        if unit is not None and unit != 0 and word(k + 2) not in ("linh", "le", "khong"):
            return value + tens * 10 + unit, words[k + 2][1]
        return value + tens * 10, words[k + 1][1]
    return value, end  # "hai nghìn", "một nghìn chín trăm"


def _word_tokens(doc: Document) -> list[NumberToken]:
    """Numbers written in words digit by digit ("không chín một hai ba bốn năm sáu bảy tám"):
    at least six digit words in a row, as tokens whose groups are the words (read only when
    a family's own cue names them, like OCR'd runs)."""
    folded = doc.folded
    if " " not in folded:
        return []
    text = doc.text
    out: list[NumberToken] = []
    pos = 0
    while True:
        seed = _WORDS_SEED.search(folded, pos)
        if seed is None:
            break
        run = _WORDS_RUN.search(folded, max(pos, seed.start() - 8))
        # a digit word a few characters before the seed but cut off from it ("hai lần: không
        # chín một ..."): its run ends before the seed; the seed's own run is the next one
        while run is not None and run.end() <= seed.start():
            run = _WORDS_RUN.search(folded, run.end())
        if run is None:  # pragma: no cover - the seed is part of a run
            break
        pos = max(run.end(), seed.end())
        # the words with diacritics must be digit words themselves ("từ" is not "tư")
        good: list[tuple[int, int]] = []
        reading: list[str] = []
        words = list(_WORD.finditer(folded, run.start(), run.end()))
        i = 0
        while i < len(words):
            a, b = words[i].span()
            i += 1
            tens = _tens_word(text, a, b, folded, bool(reading))
            if tens is not None:
                # "mười hai" (12): "mười" reads 1; "ba mươi bốn" (34): "mươi bốn" reads 4;
                # alone, "mười" reads 10 (its span split in two) and "mươi" 0
                unit = None
                if i < len(words):
                    na, nb = words[i].span()
                    unit = digit_word(text, na, nb, folded)
                if tens == "1":
                    if unit is not None and unit != "0":
                        good.append((a, b))
                        reading.append("1")
                    else:
                        good.extend(((a, a + 2), (a + 2, b)))
                        reading.extend(("1", "0"))
                        continue
                elif unit is not None and unit != "0":
                    good.append((a, words[i].end()))
                    reading.append(unit)
                    i += 1
                    continue
                else:
                    good.append((a, b))
                    reading.append("0")
                    continue
                continue
            digit = digit_word(text, a, b, folded)
            if digit is None:
                _flush_words(good, reading, out)
                good, reading = [], []
                continue
            good.append((a, b))
            reading.append(digit)
        _flush_words(good, reading, out)
    return out


def _tens_word(text: str, start: int, end: int, folded: str, after_digit: bool) -> str | None:
    """ "1" for "mười" (ten), "0" for "mươi" (tens of the digit before), None for any other
    word; typed without diacritics, "muoi" is "mươi" after a digit word, else "mười"."""
    if folded[start:end] != "muoi":
        return None
    word = text[start:end].lower()
    if word == "mười":
        return "1"
    if word == "mươi":
        return "0" if after_digit else None
    if word.isascii():
        return "0" if after_digit else "1"
    return None


# digits and digit words mixed in one number as chat types it ("09 một hai 345 678", "0912
# ba bốn năm 678"): a digit word after a digit group, or before one. The seed opens with
# a space so the engine skips ahead like the words' seed (a seed opening with a digit class
# scanned a prompt full of numbers 3x slower).
_UNIT = rf"(?:{_W}|[0-9]+)"
# "năm" (also "year") opens no seed after digits ("3 năm tù") unless a digit word follows,
# nor before a year ("năm 2024"): both are everywhere in prose
_W_SEED = trie_regex(sorted(w for w in _FOLDED_DIGIT_WORDS if w != "nam")) + "(?![a-z])"
_MIXED_SEED = re.compile(
    rf" (?:(?<=[0-9] )(?:{_W_SEED}|nam{_WORD_SEP}{_W})"
    rf"|(?:{_W_SEED}|nam(?= (?!(?:19|20)[0-9][0-9](?![0-9]))))"
    rf"{_WORD_SEP}[0-9])"
)
# Where a seed may start, found in a sketch of the folded view (digits "1", the rest as it is)
# from the digit side: the seed's space stands right after a digit (a digit word follows), or
# before a digit word that a separator and a digit follow; the second is found in the
# reversed sketch. Both patterns open with the literal "1 ", so the engine skips to where a
# digit meets a space instead of trying the seed at every space (32 us on a 2 KB prompt).
_SEED_WORDS = [*sorted(w for w in _FOLDED_DIGIT_WORDS if w != "nam"), "nam"]
_MIXED_AFTER_DIGIT = re.compile(("1 (?:" + trie_regex(_SEED_WORDS) + ")(?![a-z])").encode("ascii"))
_MIXED_BEFORE_DIGIT = re.compile(
    ("1 [,.\\-]? ?(?:" + trie_regex(sorted(w[::-1] for w in _SEED_WORDS)) + ") ").encode("ascii")
)
_DIGIT_SKETCH = bytes(ord("1") if 48 <= b <= 57 else b for b in range(256))
#: the fewest characters for which the sketch pays (texts cut from the short prompts: 150
#: characters 2.9 us searched as they are, 3.7 us from the sketch; 300: 7.4 and 6.9 us)
_SEED_SKETCH_MIN = 256


def _mixed_seeds(folded: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_MIXED_SEED` in ``folded``, ``finditer``'s answer: the pattern
    is tried only where the sketch shows a seed may start, in order, a place inside the last
    match skipped as ``finditer`` skips it. A short text is searched as it is: below a few
    hundred characters the sketch costs more than the spaces it spares."""
    if len(folded) < _SEED_SKETCH_MIN:
        return _MIXED_SEED.finditer(folded)
    return _sketched_mixed_seeds(folded)


def _sketched_mixed_seeds(folded: str) -> Iterator[re.Match[str]]:
    """:func:`_mixed_seeds` from the sketch."""
    sketch = folded.encode("ascii", "replace").translate(_DIGIT_SKETCH)
    starts = [m.start() + 1 for m in _MIXED_AFTER_DIGIT.finditer(sketch)]
    rev = sketch[::-1]
    size = len(sketch)
    before = [size - m.end() for m in _MIXED_BEFORE_DIGIT.finditer(rev)]
    if before:
        starts = sorted(set(starts).union(before))
    last = 0
    for p in starts:
        if p < last:
            continue
        m = _MIXED_SEED.match(folded, p)
        if m is not None:
            last = m.end()
            yield m


_MIXED_RUN = re.compile(rf"(?<![a-z0-9]){_UNIT}(?:{_WORD_SEP}{_UNIT})*(?![a-z0-9])")
_UNIT_RE = re.compile(rf"{_W}|[0-9]+")
#: the digits of a mixed number: a phone (9-11), a CCCD or tax code (10-13)
_MIXED_DIGITS = (9, 13)


def _mixed_tokens(doc: Document) -> list[NumberToken]:
    """Numbers typed partly in digits, partly in digit words ("sdt cua em la 09 một hai 345
    678"): at least two digit words and a group of digits, 9-13 digits in all. Each digit is
    a group of its own (a word, or one character of a digit group) so windows cut anywhere;
    like a number in words, only a family's own cue names one (``ocr=True``). A word written
    with a capital (a name: "anh Ba", "chị Năm") does not open or close one, and "năm" before
    a year is the word "year"."""
    folded = doc.folded
    if " " not in folded:
        return []
    text = doc.text
    out: list[NumberToken] = []
    done = 0
    for seed in _mixed_seeds(folded):
        seed_start, seed_end = seed.span()
        if seed_start < done:
            continue
        word = _WORD.match(folded, seed_start + 1)
        if word is None or digit_word(text, *word.span(), folded) is None:
            continue  # "từ 5": a word with diacritics that only folds to a digit word
        # (the line's start looked for in those 60 characters only: a long line was read
        # back to its start for every seed)
        lo = max(folded.rfind("\n", max(0, seed_start - 60), seed_start) + 1, seed_start - 60, done)
        run = None
        for m in _MIXED_RUN.finditer(folded, lo, len(folded)):
            if m.end() > seed_start + 1:
                run = m
                break
        if run is None or run.start() > seed_end:
            continue
        done = run.end()
        units: list[tuple[int, int, str | None]] = []  # start, end, the word's digit
        for u in _UNIT_RE.finditer(folded, run.start(), run.end()):
            a, b = u.span()
            if folded[a].isdigit():
                units.append((a, b, None))
                continue
            digit = digit_word(text, a, b, folded)
            if digit is None:
                units = []  # a word with diacritics that is not a digit word: no number
                break
            units.append((a, b, digit))
        # a capitalised word at either end is a name; "năm" before a year means "year"
        while units and units[0][2] is not None and text[units[0][0]].isupper():
            units.pop(0)
        while units and units[-1][2] is not None and text[units[-1][0]].isupper():
            units.pop()
        if any(
            w is not None
            and folded[a:b] == "nam"
            and n is None
            and _year(text[na:nb])
            and k + 2 == len(units)  # "3 năm 2024"; not "09 năm 2000 không 00": digits go on
            for k, ((a, b, w), (na, nb, n)) in enumerate(itertools.pairwise(units))
        ):
            continue
        words = sum(w is not None for _, _, w in units)
        if words < 2 or words == len(units):
            continue
        groups: list[tuple[int, int]] = []
        reading: list[str] = []
        for a, b, w in units:
            if w is not None:
                groups.append((a, b))
                reading.append(w)
            else:
                groups.extend((i, i + 1) for i in range(a, b))
                reading.append(ascii_digits(text[a:b]))
        digits = "".join(reading)
        if not _MIXED_DIGITS[0] <= len(digits) <= _MIXED_DIGITS[1]:
            continue
        out.append(NumberToken(groups[0][0], groups[-1][1], tuple(groups), False, True, digits))
    return out


# digits grouped by a comma, underscore, slash or plus as chat and spreadsheets type them
# ("0912_345_678", "001,085,012,345", "0912/345/678", "0912+345+678"): a separator between
# two digits is the seed, found in a byte sketch of the folded view (digits "1", the
# separators "s"): a pattern scan of the text stopping at every comma took 28 us on a 2 KB
# prompt
_ODD_SKETCH = bytes(
    ord("1") if 48 <= b <= 57 else ord("s") if chr(b) in ",_/+" else 32 for b in range(256)
)
_ODD_RUN = re.compile(
    r"(?<![0-9A-Za-z,_/.+])[0-9]{1,4}([,_/+])[0-9]{2,4}(?:\1[0-9]{2,4})+"
    r"(?![0-9A-Za-z]|[,_/.+][0-9])"
)
# where such a run may stand in the sketch: a separator and two digits or more twice, as
# every match of _ODD_RUN holds (its second group and the separator and group after it); a
# decimal ("85,6"), a fraction ("1/2") or a pair ("2024_01") holds no seed and costs no look
# at its run (200 KB of prose: 146 seeds where 1,174 digit-separator-digit places were looked at)
_ODD_SEED = re.compile(rb"1s1{2,4}s11")
# an amount with thousands separators ("1,500,000,000"): never an identifier
_THOUSANDS_RUN = re.compile(r"[1-9][0-9]{0,2}(?:,[0-9]{3})+")


def _odd_separator_tokens(text: str, folded: str) -> list[NumberToken]:
    """Identifiers grouped by a comma, an underscore, a slash or a plus: three groups or more of
    digits, 9-13 digits in all, not an amount with thousands separators; read only under a
    family's own cue (``ocr=True``), since such runs also list numbers and write amounts."""
    out: list[NumberToken] = []
    sketch = folded.encode("ascii", "replace").translate(_ODD_SKETCH)
    seed = _ODD_SEED.search(sketch)
    while seed is not None:
        # the run of digits and separators around the seed, in the sketch (every other
        # character is a space there), from its first digit
        hit = seed.start()
        s = sketch.find(b"1", sketch.rfind(b" ", 0, hit) + 1)
        e = sketch.find(b" ", hit)
        e = len(sketch) if e < 0 else e
        seed = _ODD_SEED.search(sketch, e)
        # a date ("12/03/2025": 8 digits) or a short list is ruled out on the sketch
        if sketch.count(b"1", s, e) < 9 or sketch.count(b"s", s, e) < 2:
            continue
        m = _ODD_RUN.match(text, s)
        if m is None:
            continue
        s, e = m.span()
        groups = tuple(g.span() for g in _GROUP.finditer(text, s, e))
        ndigits = sum(b - a for a, b in groups)
        if not 9 <= ndigits <= 13 or _THOUSANDS_RUN.fullmatch(text, s, e):
            continue
        out.append(NumberToken(s, e, groups, False, True))
    return out


def _year(s: str) -> bool:
    return len(s) == 4 and s[:2] in ("19", "20")


def _flush_words(good: list[tuple[int, int]], reading: list[str], out: list[NumberToken]) -> None:
    if len(good) >= _WORDS_MIN:
        out.append(NumberToken(good[0][0], good[-1][1], tuple(good), False, True, "".join(reading)))
