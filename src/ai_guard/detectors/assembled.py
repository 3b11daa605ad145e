"""Identifiers the prompt itself gives in pieces that complete each other (issue 14): each piece
is too short for its family, but joined they are the value, so every piece is the value
(tests/corpus/PROMPTS.md: one span per piece, of the value's type). Read for
:class:`~ai_guard.detectors.pieces.ValuePieceDetector`:

- **parts named by their place**: ``đầu số là 0386, ba số giữa là 415, ba số cuối là 927``;
  ``stk ... đầu là 1016 8402`` then ``đuôi 3917`` on the next chat line; ``first ... middle
  ... last``. Two parts or more, each the first run of digits after its place word within
  :data:`_PART_AFTER` characters, the next part's word within :data:`_PART_GAP` of the last:
  joined head, middle, tail, they are a value of the family whose word stands nearest (its
  length fits) or one its validator accepts (a mobile number, a CCCD, a card by Luhn). A part
  of three or four digits counts here: alone it is how a clerk checks a number, beside the
  rest of the number it is the number.
- **string literals glued into one** (a spreadsheet's ``=CONCATENATE("0310","86021574")``,
  ``"0310"&"86021574"``, ``'0310' + '86021574'``, ``'0310' || '86021574'``): two digit literals
  or more with only a join operator or an argument's comma between them, joined as above.
- **a masked value and what it hides**: a partly masked number
  (:func:`~ai_guard.detectors.numeric.masked_numbers`, ``9704 **** **** 5598``) whose hidden
  digits the prompt gives nearby as one run of exactly as many digits after a word saying so
  (``Tám số giữa là 3637 4681``, ``các số bị che là ...``): the masked value and the run, of
  the family the filled-in number is (its validator, or its family's word with a fitting
  length).

A joined value no family takes is left alone (``đầu là 12 người, cuối là 30``); a run after a
time word is no part (``phần đầu năm 2025``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ai_guard.detectors.finance import luhn_valid
from ai_guard.detectors.identity import cccd_valid
from ai_guard.detectors.numeric import masked_numbers
from ai_guard.detectors.phone import phone_valid
from ai_guard.models import EntityType
from ai_guard.text import Document

__all__ = ["Family", "assembled_pieces"]

#: the nearest family word of a span: (entity, longest value) or None (pieces.py's ``_family``)
Family = Callable[[str, int, int], "tuple[EntityType, int] | None"]

#: the lengths (digits) of each family's whole value
_LENGTHS: dict[EntityType, tuple[int, int]] = {
    EntityType.CCCD: (12, 12),
    EntityType.CMND: (9, 12),
    EntityType.TAX_CODE: (10, 13),
    EntityType.BANK_ACCOUNT: (8, 19),
    EntityType.PHONE: (10, 11),
}
#: a part's place word (folded), found from its first words with ``str.find``; its rank:
#: head 0, middle 1, tail 2
_PLACES = (
    ("dau so", 0), ("so dau", 0), ("dau la", 0), ("dau tien", 0), ("phan dau", 0),
    ("so giua", 1), ("phan giua", 1),
    ("so cuoi", 2), ("duoi", 2), ("phan cuoi", 2), ("so sau", 2), ("so con lai", 2),
    ("first", 0), ("middle", 1), ("last", 2),
)  # fmt: skip
#: how far after its place word a part's digits may start, and the most characters between a
#: part's end and the next part's place word
_PART_AFTER = 32
_PART_GAP = 120
#: a part: digit groups of two or more joined by one space, dot or hyphen, alone
_PART = re.compile(r"(?<![\w.,/-])\d{2,}(?:[ .-]\d{2,})*(?![\w/-]|[.,]\d)")
_CLAUSE_END = re.compile(r"[.;!?\n]")
_ANY_DIGIT = re.compile(r"\d")
_TIME_BEFORE = re.compile(r"(?:nam|thang|ngay|quy|luc|gio|tuoi) $")
#: two string literals of digits with a join operator or an argument's comma between them
_LITERAL = re.compile(r"([\"'])(\d{2,})\1")
_LITERAL_GATE = re.compile(r"[\"']\d")
_GLUE = re.compile(r"[ \t]*(?:\+|&|\|\||,|;)[ \t]*")
#: a run of digits that may be what a masked value hides, within :data:`_HIDDEN_REACH` of it,
#: after a word saying what it is within :data:`_HIDDEN_CUE_REACH` (folded): the hidden part
#: ("tám số giữa là ...", "các số bị che là ..."), not any number of the text (a table's row
#: numbers beside masked phones)
_RUN = re.compile(r"(?<![\w.,/*-])\d+(?:[ .-]\d+)*(?![\w/*-]|[.,]\d)")
_HIDDEN_CUE = re.compile(
    r"(?<![a-z])(?:so giua|phan giua|bi che|bi an|bi giau|con lai|day du|du la|hidden|masked"
    r"|middle|missing|full number)(?![a-z])"
)
#: between two pieces of a masked value's hidden digits ("36 và 4412", "36, 4412", "36 and
#: 4412"), folded
_PIECE_JOIN = re.compile(r"[ \t]*(?:,|;|\+|-|va|and|roi|voi|con)?[ \t]*(?:(?:va|roi) )?")
_HIDDEN_REACH = 240
_HIDDEN_CUE_REACH = 40
_MASK = frozenset("*xX•●#_….")


def assembled_pieces(doc: Document, family: Family) -> Iterator[tuple[EntityType, int, int]]:
    """The pieces (entity, start, end) of values the prompt gives in parts (see the module)."""
    text, folded = doc.text, doc.folded
    groups: list[list[tuple[int, int, int]]] = []  # (rank, start, end) per part
    if _has_place(folded):
        groups.extend(_placed_groups(text, folded))
    if ('"' in text or "'" in text) and _LITERAL_GATE.search(text) is not None:
        groups.extend(_literal_groups(text))
    for group in groups:
        digits = "".join(
            re.sub(r"\D", "", text[s:e]) for _, s, e in sorted(group, key=lambda p: p[:2])
        )
        entity = _family_of(digits, folded, group[0][1], group[-1][2], family)
        if entity is not None:
            for _, s, e in group:
                yield entity, s, e
    yield from _masked_and_hidden(doc, family)


def _has_place(folded: str) -> bool:
    for word, _ in _PLACES:  # noqa: SIM110 - a loop: no generator frame on every prompt
        if word in folded:
            return True
    return False


def _placed_groups(text: str, folded: str) -> list[list[tuple[int, int, int]]]:
    """Parts named by their place, grouped where each part's word follows the last part
    within :data:`_PART_GAP` characters; groups of two parts or more."""
    parts: list[tuple[int, int, int, int]] = []  # (cue start, rank, start, end)
    for word, rank in _PLACES:
        at = folded.find(word)
        while at >= 0:
            end = at + len(word)
            whole = (at == 0 or not folded[at - 1].isalnum()) and (
                end == len(folded) or not folded[end].isalnum()
            )
            # ("dưới" folds to "duoi" too: "below")
            if whole and (word != "duoi" or text[at : at + 4].lower() != "dưới"):
                part = _part_after(text, folded, end)
                if part is not None:
                    parts.append((at, rank, *part))
            at = folded.find(word, at + 1)
    parts.sort()
    groups: list[list[tuple[int, int, int]]] = []
    current: list[tuple[int, int, int]] = []
    seen: set[int] = set()
    last_end = -1
    for cue, rank, s, e in parts:
        if s in seen:
            continue  # two place words before one part ("ba số đầu ... đầu là")
        seen.add(s)
        if current and cue - last_end > _PART_GAP:
            if len(current) > 1:
                groups.append(current)
            current = []
        current.append((rank, s, e))
        last_end = e
    if len(current) > 1:
        groups.append(current)
    return groups


def _part_after(text: str, folded: str, at: int) -> tuple[int, int] | None:
    """The first run of digits within the clause after a place word, unless a number after a
    time word."""
    stop = min(len(text), at + _PART_AFTER)
    if _ANY_DIGIT.search(text, at, stop) is None:
        return None  # most place words are words ("đầu tiên", "phấn đấu", "dưới")
    end = _CLAUSE_END.search(folded, at, stop)
    m = _PART.search(text, at, end.start() if end else stop)
    if m is None:
        return None
    s, e = m.span()
    if _TIME_BEFORE.search(folded, max(0, s - 6), s):
        return None  # "phần đầu năm 2025": a time; a year-shaped part counts ("... cuối 1981")
    return s, e


def _literal_groups(text: str) -> list[list[tuple[int, int, int]]]:
    """Digit string literals glued by a join operator or a call's comma, two or more."""
    groups: list[list[tuple[int, int, int]]] = []
    current: list[tuple[int, int, int]] = []
    last = -1
    for m in _LITERAL.finditer(text):
        if current and not _GLUE.fullmatch(text, last, m.start()):
            if len(current) > 1:
                groups.append(current)
            current = []
        current.append((len(current), *m.span(2)))
        last = m.end()
    if len(current) > 1:
        groups.append(current)
    return groups


def _family_of(digits: str, folded: str, start: int, end: int, family: Family) -> EntityType | None:
    """The family a joined value belongs to: its nearest family word's when the length fits,
    else the one whose validator accepts it."""
    named = family(folded, start, end)
    if named is not None:
        lo, hi = _LENGTHS.get(named[0], (named[1], named[1]))
        if lo <= len(digits) <= hi:
            return named[0]
    n = len(digits)
    if n in (10, 11) and digits[0] == "0" and phone_valid(digits):
        return EntityType.PHONE
    if n == 12 and cccd_valid(digits):
        return EntityType.CCCD
    if 13 <= n <= 19 and luhn_valid(digits):
        return EntityType.BANK_ACCOUNT
    return None


def _masked_and_hidden(doc: Document, family: Family) -> Iterator[tuple[EntityType, int, int]]:
    """A masked value and a run elsewhere of exactly its hidden digits (see the module)."""
    masked = masked_numbers(doc)
    if not masked:
        return
    text, folded = doc.text, doc.folded
    for start, end, _length in masked:
        value = text[start:end].replace("…", "...")
        hidden = sum(c in _MASK for c in value if not c.isdigit() and c not in " -")
        if "." in value and "..." not in value:
            hidden -= value.count(".")  # a separator dot, no mask
        if hidden < 3:
            continue
        lo, hi = max(0, start - _HIDDEN_REACH), min(len(text), end + _HIDDEN_REACH)
        for m in _RUN.finditer(text, lo, hi):
            if start <= m.start() < end or start < m.end() <= end:
                continue
            run = re.sub(r"\D", "", m.group())
            if len(run) > hidden:
                continue
            if _HIDDEN_CUE.search(folded, max(0, m.start() - _HIDDEN_CUE_REACH), m.start()) is None:
                continue
            # the hidden digits given in pieces ("mấy số bị che là 36 và 4412"): the runs
            # that follow, joined by "và", "and", a comma, until they are as many
            pieces = [m.span()]
            while len(run) < hidden:
                join = _PIECE_JOIN.match(folded, pieces[-1][1])
                nxt = None if join is None else _RUN.match(text, join.end())
                if nxt is None or len(run) + len(re.sub(r"\D", "", nxt.group())) > hidden:
                    break
                run += re.sub(r"\D", "", nxt.group())
                pieces.append(nxt.span())
            if len(run) != hidden:
                continue
            filled = _fill(value, run)
            entity = _family_of(filled, folded, start, end, family)
            if entity is not None:
                yield entity, start, end
                for s, e in pieces:
                    yield entity, s, e
                break


def _fill(value: str, digits: str) -> str:
    """The masked ``value``'s digits with its mask characters replaced by ``digits`` in order."""
    out: list[str] = []
    it = iter(digits)
    for c in value:
        if c.isdigit():
            out.append(c)
        elif c in _MASK:
            out.append(next(it, ""))
    return "".join(out)
