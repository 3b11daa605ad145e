"""Keyword lexicons for document categories and other classification signals (reference.md g).

Terms live in ``ai_guard/data/classify/categories.tsv`` and ``.../signals.tsv``; each has a
weight and flags. They are matched, all at once, on the diacritic-folded view of a
:class:`~ai_guard.text.Document` (one compiled alternation, longest term first), so "thi hanh
an" typed without diacritics is found like "thi hành án". Terms that collide with other words
once folded (``tố cáo`` / ``to cao``, flag ``A``) must be spelled with their own marks when the
text has diacritics, and count half when it has none.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from ai_guard.classify.layout import data_rows
from ai_guard.text import Document, fold_word
from ai_guard.text.encodings import letters_lost
from ai_guard.text.match import spelling, trie_regex

__all__ = ["Hit", "Term", "category_hits", "has_diacritics", "score", "signal_hits"]


@dataclass(frozen=True)
class Term:
    kind: str
    """A category value (``enforcement_case``) or a signal kind (``sensitive.health``)."""
    term: str
    """As written in the lexicon, with diacritics."""
    folded: str
    weight: float
    ambiguous: bool = False
    field: bool = False
    line_start: bool = False
    upper: bool = False
    """An acronym (``THADS``, ``HIV``): must be written in capitals."""


@dataclass(frozen=True)
class Hit:
    term: Term
    start: int
    end: int
    """Offsets on ``doc.text``."""
    weight: float


class _Lexicon:
    def __init__(self, terms: Iterable[Term]) -> None:
        self.by_key: dict[str, list[Term]] = {}
        for t in terms:
            self.by_key.setdefault(_key(t.folded), []).append(t)
        # a trie (one path per position, longest term first) instead of a flat alternation
        body = trie_regex(self.by_key).replace("\\ ", r"[\s,]+")
        self.regex = re.compile(r"(?<![a-z0-9])(?:" + body + r")(?![a-z0-9])")
        self._lossy: re.Pattern[str] | None = None
        self._by_lossy: dict[str, list[Term]] = {}

    def _lossy_regex(self) -> re.Pattern[str]:
        """The terms as a lossy conversion writes them, every letter beyond ASCII a "?"
        ("thi hành án dân sự" -> "thi h?nh ?n d?n s?"), lower case; terms all ASCII left out
        (the ordinary reading finds them). Built on first use."""
        if self._lossy is None:
            for terms in self.by_key.values():
                for t in terms:
                    lossy = _key("".join(c if c.isascii() else "?" for c in t.term.lower()))
                    lossy = _QUESTION_RUN.sub("?", lossy)  # ("người": "ng?i", as matched)
                    if "?" in lossy:
                        self._by_lossy.setdefault(lossy, []).append(t)
            # (a letter written decomposed, its marks apart, became two: "dư nợ" as "d?? n?")
            body = "|".join(
                re.escape(k).replace("\\ ", r"[\s,]+").replace("\\?", r"\?{1,3}")
                for k in sorted(self._by_lossy, key=len, reverse=True)
            )
            self._lossy = re.compile(r"(?<![a-z0-9?])(?:" + body + r")(?![a-z0-9?])")
        return self._lossy

    def find_lossy(self, doc: Document) -> list[Hit]:
        """The terms in a text whose letters a lossy conversion turned into "?"
        (:func:`ai_guard.text.encodings.letters_lost`), matched as the conversion wrote them:
        the words it left are read as what they were. Ambiguous and capitals-only terms are
        left out (their spelling, lost, is what tells them apart)."""
        lower = doc.text.lower()
        out: list[Hit] = []
        for m in self._lossy_regex().finditer(lower):
            s, e = m.span()
            for t in self._by_lossy.get(_key(_QUESTION_RUN.sub("?", m.group())), ()):
                if t.ambiguous or t.upper:
                    continue
                if t.field and not (_FIELD_END.match(lower, e, e + 4) or is_cell(lower, s, e)):
                    continue
                out.append(Hit(t, s, e, t.weight))
        return out

    def find(self, doc: Document) -> list[Hit]:
        folded = doc.folded
        text = doc.text
        cased = doc.folded_cased
        marked = has_diacritics(doc)
        out: list[Hit] = []
        for m in self.regex.finditer(folded):
            s, e = m.span()
            terms = self.by_key.get(_key(m.group()))
            if not terms:
                continue
            for t in terms:
                w = t.weight
                if t.upper and not cased[s:e].isupper():
                    continue
                if t.field and not (_FIELD_END.match(folded, e, e + 4) or is_cell(folded, s, e)):
                    continue  # "Dân tộc: Kinh", or a column "| Dân tộc |"; not "các dân tộc"
                if t.line_start:
                    ls = folded.rfind("\n", 0, s) + 1
                    if folded[ls:s].strip():
                        continue
                if t.ambiguous:
                    seg = text[s:e]
                    if marked and not seg.isascii():
                        if spelling(seg) != spelling(t.term):
                            continue
                    elif marked:
                        continue  # plain letters in a text with diacritics: another word
                    elif _taken_by_next_word(folded, t.folded, e):
                        continue  # "ho so du tuyen": "dự tuyển", not "số dư"
                    else:
                        w *= 0.5
                out.append(Hit(t, s, e, w))
        return out


_FIELD_END = re.compile(r"[ \t]*[:：]")
_CELL_BEFORE = re.compile(r"(?:^|[|\t;])[ \t]*$")
_CELL_AFTER = re.compile(r"[ \t]*(?:[|\t;]|$)", re.MULTILINE)

#: words that, right after an ambiguous term's last word typed without diacritics, show that
#: word belongs to another phrase ("so du" + "tuyen": "hồ sơ dự tuyển", not "số dư"; "co so
#: du" + "lieu": "cơ sở dữ liệu", a database; "hoa tri" + "gia": "hàng hóa trị giá", not "hóa
#: trị")
_NEXT_WORD_TAKES = {
    "du": frozenset(
        "tuyen thi kien an toan bao phong tru hop dinh luat thao kien khuyet thinh lieu".split()
    ),
    # "hang hoa tri gia 9,6 ty": "trị giá" (worth), not "hóa trị" (chemotherapy)
    "tri": frozenset({"gia"}),
}
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)")


def _taken_by_next_word(folded: str, term: str, end: int) -> bool:
    takes = _NEXT_WORD_TAKES.get(term.rsplit(" ", 1)[-1])
    if not takes:
        return False
    m = _NEXT_WORD.match(folded, end)
    return m is not None and m.group(1) in takes


def is_cell(folded: str, s: int, e: int) -> bool:
    """Whether ``folded[s:e]`` fills a table cell of its own (a column header "| Dân tộc |",
    or a cell of a spreadsheet saved as CSV: "STT,Họ và tên,Ngày sinh,Dân tộc,...")."""
    ls = folded.rfind("\n", 0, s) + 1
    le = folded.find("\n", e)
    line = folded[ls : len(folded) if le < 0 else le]
    if csv_row(line):
        return (s == ls or folded[s - 1] == ",") and (e == ls + len(line) or folded[e] == ",")
    return (
        _CELL_BEFORE.search(folded, ls, s) is not None
        and _CELL_AFTER.match(folded, e) is not None
        and any(sep in line for sep in "|\t;")
    )


#: how many commas make a line a spreadsheet's row saved as CSV
_CSV_COMMAS = 3


def csv_row(line: str) -> bool:
    """Whether a line is a row of a spreadsheet saved as CSV: three commas or more, none
    followed by a space (prose puts a space after its commas; Excel writes none)."""
    return line.count(",") >= _CSV_COMMAS and ", " not in line


def _key(s: str) -> str:
    return re.sub(r"[\s,]+", " ", s).strip()


def _terms(name: str) -> list[Term]:
    out = []
    for row in data_rows(name):
        if len(row) < 3:
            raise ValueError(f"{name}: malformed row {row!r} (need kind, term, weight)")
        flags = row[3] if len(row) > 3 else ""
        term = row[1]
        out.append(
            Term(
                kind=row[0],
                term=term,
                folded=fold_word(term),
                weight=float(row[2]),
                ambiguous="A" in flags,
                field="F" in flags,
                line_start="L" in flags,
                upper=term.isupper() and len(term) <= 8,
            )
        )
    return out


@cache
def _categories() -> _Lexicon:
    return _Lexicon(_terms("categories.tsv"))


@cache
def _signals() -> _Lexicon:
    return _Lexicon(_terms("signals.tsv"))


def category_hits(doc: Document) -> list[Hit]:
    """Category terms in the document (``categories.tsv``), in order; cached on it."""
    return _hits(doc, "lexicon.categories", _categories)


def signal_hits(doc: Document) -> list[Hit]:
    """Signal terms (public, internal, sensitive fields: ``signals.tsv``); cached on it."""
    return _hits(doc, "lexicon.signals", _signals)


#: the marks a lossy conversion wrote for one letter
_QUESTION_RUN = re.compile(r"\?+")


def _hits(doc: Document, key: str, lexicon: Callable[[], _Lexicon]) -> list[Hit]:
    cached = doc.cached(key)
    if cached is None:
        cached = lexicon().find(doc)
        if letters_lost(doc.text):
            # "?" for every letter beyond ASCII: the terms read as the conversion wrote them
            cached = sorted(cached + lexicon().find_lossy(doc), key=lambda h: (h.start, h.end))
        doc.store(key, cached)
    return cached  # type: ignore[return-value]


def has_diacritics(doc: Document) -> bool:
    """Whether the text is written with Vietnamese diacritics (not typed without them)."""
    cached = doc.cached("lexicon.marked")
    if cached is None:
        sample = doc.text[:20000]
        letters = len(_ASCII_LETTER.findall(sample))
        marked = len(_MARKED_LETTER.findall(sample))
        cached = marked > 0 and marked >= 0.03 * (letters + marked)
        doc.store("lexicon.marked", cached)
    return bool(cached)


_ASCII_LETTER = re.compile(r"[A-Za-z]")
_MARKED_LETTER = re.compile(r"[\u00c0-\u024f\u1e00-\u1eff]")


def score(total: float, scale: float = 3.0) -> float:
    """Map summed evidence weight to 0..1 (3 points = 0.63, 6 points = 0.86)."""
    return round(1.0 - math.exp(-max(0.0, total) / scale), 3)
