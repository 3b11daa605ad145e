"""What a detector is, and the small tools every detector shares.

A detector is any object with an ``id``, the ``entities`` it can report and a
``detect(doc) -> Iterable[Detection]`` method (:class:`Detector`; no subclassing needed).
Offsets in a :class:`Detection` are offsets in ``doc.text`` (NFC); the engine maps them back
to the caller's text, resolves overlaps and applies the policy.

Scoring convention used by the built-in detectors (third parties are encouraged to follow it):

=====================================================  ===========
evidence                                               score
=====================================================  ===========
right shape, validated, strong context                 0.95 - 1.0
right shape, validated, no context                     0.70 - 0.85
right shape, validation FAILED, strong context         0.55 - 0.65
right shape, validation failed, no context             not reported
a currency or measure unit right after the number     not reported
=====================================================  ===========

The default policy reports everything at 0.5 and above.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol, cast, runtime_checkable

from ai_guard.models import EntityType, Validation
from ai_guard.text import Document, fold_word

__all__ = [
    "CueSet",
    "Detection",
    "Detector",
    "NumberToken",
    "clamp",
    "number_tokens",
    "trie_regex",
]


@dataclass(frozen=True, slots=True)
class Detection:
    """A detector's raw result: offsets in ``doc.text``, no policy applied yet."""

    entity: EntityType
    start: int
    end: int
    score: float
    detector: str
    pattern: str = ""
    base_score: float = 0.0
    validation: Validation = Validation.NOT_APPLICABLE
    context: str | None = None

    @property
    def validated(self) -> bool:
        return self.validation is Validation.PASSED


@runtime_checkable
class Detector(Protocol):
    """The protocol every detector follows: built-in and third-party alike."""

    @property
    def id(self) -> str:
        """Stable identifier, e.g. ``vn.cccd`` (used in findings and ``disabled_detectors``)."""
        ...

    @property
    def entities(self) -> tuple[EntityType, ...]:
        """The entity types this detector may report."""
        ...

    def detect(self, doc: Document) -> Iterable[Detection]:
        """Yield every detection in ``doc``; offsets into ``doc.text``."""
        ...


def clamp(score: float) -> float:
    return 0.0 if score < 0.0 else 1.0 if score > 1.0 else round(score, 4)


_LAST_WORD = re.compile(r"[0-9a-z]+$")
_WORD_START = re.compile(r"(?<![0-9a-z])(?=[0-9a-z])")
_SEPS = " \t\r\n:.,;#=-–()[]\"'/*"


class CueSet:
    """Context words, matched on the folded view just before (or after) a candidate.

    Terms are given with diacritics and folded once, so "số CCCD", "so cccd" and "Số Cccd" all
    match. Where the text HAS diacritics, the matched words must also have the term's own
    diacritics: "bố" (father) is a cue, "Bộ" (ministry) is not, although both fold to "bo";
    text whose diacritics were lost (OCR, hurried typing) matches on the folded form alone.
    Matching is on word boundaries, and the cue nearest the candidate wins. Look-ups cost a
    few string operations on a small window, never a pass over the text.
    """

    __slots__ = ("_after", "_any", "_forms", "_last_words", "_lengths", "_termset", "terms")

    def __init__(
        self, terms: Iterable[str], *, after_seps: str = r"[\s:.,;()\[\]\"'/*\-]*"
    ) -> None:
        forms: dict[str, set[str]] = {}
        for t in terms:
            if not t.strip():
                continue
            forms.setdefault(" ".join(fold_word(t).split()), set()).add(spelling(t))
        folded = sorted(forms, key=len, reverse=True)
        self.terms: tuple[str, ...] = tuple(folded)
        self._forms: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in forms.items()}
        self._termset = frozenset(folded)
        # a window can only end with a cue if its last word ends one: a set look-up that
        # rejects most windows before any slicing
        self._last_words = frozenset(re.split(r"[^0-9a-z]+", t.strip())[-1] for t in folded)
        self._lengths = tuple(sorted({len(t) for t in folded}, reverse=True))
        alt = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in folded)
        self._after = re.compile(after_seps + "(" + alt + r")(?![0-9a-z])")
        # presence test: any term, with any run of white space where the term has a space
        self._any = re.compile(trie_regex(folded).replace(r"\ ", r"\s+"))

    def _same_word(self, term: str, original: str) -> bool:
        """Whether ``original`` (the text's letters where ``term`` matched) spells the term."""
        if original.isascii():
            return True
        forms = self._forms.get(term)
        return forms is None or spelling(original) in forms

    def present(self, doc: Document) -> bool:
        """False when no cue can occur in ``doc`` (lets a detector skip its work)."""
        key = "cues:" + str(id(self))
        cached = doc.cached(key)
        if cached is None:
            # one trie-shaped search for any term (exact; stops at the first hit)
            cached = self._any.search(doc.folded) is not None
            doc.store(key, cached)
        return bool(cached)

    def before(self, doc: Document, start: int, width: int = 40) -> str | None:
        """The cue that ends right before ``start`` (with at most separators between)."""
        lo = max(0, start - width)
        nl = doc.folded.rfind("\n", lo, start)
        if nl >= 0:
            lo = nl + 1  # a cue belongs to its own line ("giúp em:\nTỈNH ỦY" has no cue)
        window = doc.folded[lo:start].rstrip(_SEPS)
        if not window:
            return None
        tail = _LAST_WORD.search(window)
        if tail is None or tail.group(0) not in self._last_words:
            return None
        original = doc.text[lo : lo + len(window)]
        if "  " in window or "\n" in window or "\t" in window or "\r" in window:
            window = " ".join(window.split())
            original = " ".join(original.split())
        n = len(window)
        # candidate cues start at word starts within reach of the longest term; the earliest
        # start gives the longest cue
        for m in _WORD_START.finditer(window, max(0, n - self._lengths[0])):
            cut = m.start()
            term = window[cut:]
            if term not in self._termset:
                continue
            if cut == 0 and lo > 0 and doc.folded[lo - 1].isalnum():
                continue  # the window starts inside a word
            if self._same_word(term, original[cut:]):
                return term
        return None

    def near_before(self, doc: Document, start: int, width: int = 60) -> str | None:
        """A cue anywhere in the ``width`` characters before ``start`` (same line)."""
        lo = max(0, start - width)
        window = doc.folded[lo:start]
        nl = window.rfind("\n")
        if nl >= 0:
            lo += nl + 1
            window = window[nl + 1 :]
        best: str | None = None
        best_pos = -1
        for term in self.terms:
            pos = window.rfind(term)
            if (
                pos > best_pos
                and _word_bounded(window, pos, len(term))
                and self._same_word(term, doc.text[lo + pos : lo + pos + len(term)])
            ):
                best, best_pos = term, pos
        return best

    def naming(self, doc: Document, start: int, near: int = 40) -> str | None:
        """The cue that names what starts at ``start``: right before it, earlier on its line
        within ``near`` characters, or as the header of its table column."""
        return (
            self.before(doc, start) or self.near_before(doc, start, near) or self.header(doc, start)
        )

    def header(self, doc: Document, pos: int) -> str | None:
        """The cue that heads the table column ``pos`` stands in ("| Số hộ chiếu |",
        "ho_ten;ngay_sinh;cccd"), if ``pos`` is inside a table or CSV row."""
        cell = column_header(doc, pos)
        if not cell:
            return None
        squeezed = cell.replace(" ", "")
        for term in self.terms:
            if _contains_word(cell, term) or (len(term) > 3 and term.replace(" ", "") in squeezed):
                return term
        return None

    def after(self, doc: Document, end: int, width: int = 30) -> str | None:
        m = self._after.match(doc.folded, end, min(len(doc.folded), end + width))
        if m is None or not self._same_word(m.group(1), doc.text[m.start(1) : m.end(1)]):
            return None
        return m.group(1)


class _TrieNode(dict[str, "_TrieNode"]):
    """A node of :func:`trie_regex`'s trie."""


def trie_regex(words: Iterable[str]) -> str:
    """A regex alternation of literal ``words`` shaped as a trie.

    Python's engine tries every branch of ``a|b|c`` at each position; a trie tries one path per
    position (the address scan went from 170 ms to 20 ms per megabyte).
    """
    root = _TrieNode()
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, _TrieNode())
        node[""] = _TrieNode()

    def build(node: _TrieNode) -> str:
        end = "" in node
        alts = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return build(root)


@lru_cache(maxsize=8192)
def spelling(s: str) -> str:
    """A key for how a word is spelled, blind to case and to where the tone mark sits
    ("hoà" = "hòa", "Ủy" = "uỷ") but not to which marks it has ("bố" != "bộ", "đi" != "dì")."""
    low = unicodedata.normalize("NFD", " ".join(s.lower().split()))
    marks = "".join(sorted(c for c in low if unicodedata.combining(c)))
    return fold_word(s) + "|" + marks + "|" + "đ" * low.count("đ")


def _contains_word(s: str, term: str) -> bool:
    pos = s.find(term)
    while pos >= 0:
        if _word_bounded(s, pos, len(term)):
            return True
        pos = s.find(term, pos + 1)
    return False


_TABLE_SEPARATORS = ("|", "\t", ";", ",")
_RULE_LINE = re.compile(r"^[\s|:+\-=]+$")


def line_bounds(text: str, pos: int, limit: int = 400) -> tuple[int, int]:
    """The line around ``pos``, clipped to ``limit`` characters on each side: per-candidate
    look-ups stay cheap even when a megabyte arrives without a line break."""
    lo = max(0, pos - limit)
    start = text.rfind("\n", lo, pos) + 1 or lo
    hi = min(len(text), pos + limit)
    end = text.find("\n", pos, hi)
    return start, end if end >= 0 else hi


def column_header(doc: Document, pos: int) -> str | None:
    """The folded header cell of the column that ``pos`` lies in, for rows of a table pasted
    as text: Markdown pipes, tabs (spreadsheets), semicolons or commas (CSV). The header is
    the nearest line above with the same number of separators and no digits in its cells.
    Returns None outside tables. The row's layout is worked out once per line."""
    text = doc.text
    ls, le = line_bounds(text, pos)
    key = f"row:{ls}"
    cached = doc.cached(key)
    if cached is None:
        row = _table_row(doc, ls, le)
        doc.store(key, row)
    else:
        row = cast("tuple[str, list[str]] | tuple[()]", cached)
    if not row:
        return None
    sep, cells = row
    column = text.count(sep, ls, pos)
    return str(cells[column]) if column < len(cells) else None


def _table_row(doc: Document, ls: int, le: int) -> tuple[str, list[str]] | tuple[()]:
    text = doc.text
    if le - ls > 2000 or (ls > 0 and text[ls - 1] != "\n"):
        return ()  # not a table row (or a clipped megabyte-long line)
    line = text[ls:le]
    for sep in _TABLE_SEPARATORS:
        count = line.count(sep)
        if count < 2:
            continue
        if sep in ",;" and (le - ls > 300 or ". " in line):
            return ()  # a sentence with commas, not a CSV row
        header = _find_header(doc, ls, sep, count)
        return (sep, header) if header else ()
    return ()


def _find_header(doc: Document, line_start: int, sep: str, count: int) -> list[str]:
    text = doc.text
    end = line_start - 1
    for _ in range(60):  # look up to 60 lines above
        if end < 0:
            break
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        end = start - 1
        if _RULE_LINE.match(line) or not line.strip():
            continue
        if abs(line.count(sep) - count) > 1:
            break
        if not any(c.isdigit() for c in line):
            folded = doc.folded[start : start + len(line)]
            return [" ".join(c.replace("_", " ").split()) for c in folded.split(sep)]
    # the row itself may be the header's first data row: nothing above
    return []


def _word_bounded(s: str, pos: int, n: int) -> bool:
    if pos < 0:
        return False
    if pos > 0 and (s[pos - 1].isalnum()):
        return False
    end = pos + n
    return not (end < len(s) and s[end].isalnum())


@dataclass(frozen=True, slots=True)
class NumberToken:
    """A run of digits, possibly split into groups by single separators ("0912 345 678").

    ``groups`` holds (start, end) of each digit group in ``doc.text``; ``plus`` is True when a
    '+' sign precedes the first digit.
    """

    start: int
    end: int
    groups: tuple[tuple[int, int], ...]
    plus: bool

    def windows(
        self, text: str, min_digits: int, max_digits: int, max_groups: int = 6
    ) -> Iterator[tuple[int, int, str]]:
        """Contiguous runs of at most ``max_groups`` groups with ``min..max_digits`` digits.

        Yields (start, end, digits). Linear in the number of groups.
        """
        groups = self.groups
        n = len(groups)
        if max_groups < n <= 2 * max_digits and all(b - a == 1 for a, b in groups):
            # digits typed one by one ("0 9 1 2 3 4 5 6 7 8", OCR letter-spacing); a longer
            # run of single digits is not one number (and would cost quadratic work)
            max_groups = max_digits
        if n == 1:
            s, e = groups[0]
            if min_digits <= e - s <= max_digits:
                yield s, e, text[s:e]
            return
        # the token's digits once, and where each group's digits start in them
        digits = "".join(text[a:b] for a, b in groups)
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


# digits in groups separated by ONE separator: space, dot, hyphen, NBSP/thin spaces, or a line
# break (numbers broken across lines by copy-paste from PDF).
# Zero-width and soft-hyphen characters that copy-paste leaves inside numbers count as
# separators; an area code in parentheses ("(028) 3829 1234") and "+84 (0) 912 ..." too.
_SEP_CHARS = "[ \t.\\-\u00a0\u2009\u202f\u200b\u200c\u200d\u2060\u00ad]"
# The first character is a required class, so the engine can skip to candidates (an optional
# prefix in front made it try every position: 2.5x slower).
_NUMBER = re.compile(
    r"[(+\d](?:(?<=\()(?:\+|00)?\d{1,4}\)[ \t.\-]?\+?\d+|(?<=\+)\d+|(?<=\d)\d*)"
    rf"(?:(?:{_SEP_CHARS}|\r?\n)\d+|[ \t]?\(0\)[ \t]?\d+)*"
)
_GROUP = re.compile(r"\d+")
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
    for m in _NUMBER.finditer(text):
        s, e = m.span()
        if e - s < 6:
            # "12", "2024", "1.234": too short to be any identifier this module serves
            continue
        plus = text[s] == "+" or text.startswith(("(+", "(00"), s)
        groups = tuple(
            g.span()
            for g in _GROUP.finditer(text, s, e)
            # the "(0)" some write after a country code is not a digit of the number
            if not (text[g.start() - 1 : g.end() + 1] == "(0)" and g.start() > s + 1)
        )
        if "-" in m.group(0) or "." in m.group(0):
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
        out.append(NumberToken(s, e, groups, plus))
    doc.store("numbers", out)
    return out


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
