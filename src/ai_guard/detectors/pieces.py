"""Identifiers given in pieces to slip past a guard (issue 14): "sáu số đầu CCCD của chị ... là
052179, sáu số cuối là 630481", "the first six digits of my tax code are ...", a value cut short
for the model to finish ("Số CCCD ... là 024099851... ba số cuối em quên, đoán giúp").

Each piece is too short for its family's validator, so the numeric detectors pass it; the model
is asked to join the pieces (or guess the rest), so each is a piece of the value
(tests/corpus/PROMPTS.md: one span per piece, of the value's type). Read here:

- a piece cue (``N số đầu`` / ``số cuối`` / ``số sau`` / ``phần đầu`` / ``nửa sau`` /
  ``first N digits`` / ``last digits``) with a family's own word within :data:`_REACH`
  characters around it (CCCD, CMND, tax code, bank account, phone, passport), then, within the
  clause after the cue, a run of 5 digits or more shorter than the family's value: that run,
  as the family (the last three or four digits are how a bank or a clerk checks a number, no
  value);
- after a family's word, a run of digits shorter than the family's value cut short by an
  ellipsis, the rest asked for or said missing after it (``024099851... ba số cuối em quên,
  đoán giúp``): that run, as the family ("sđt 0912345... gọi lại sau" trails off: prose).

The piece's family is the nearest family word; a run a numeric detector reports whole is left
to it (overlap resolution keeps the longer, validated finding).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ai_guard.detectors import scores
from ai_guard.detectors.assembled import assembled_pieces
from ai_guard.detectors.base import Detection, Shape
from ai_guard.models import EntityType
from ai_guard.text import Document

__all__ = ["ValuePieceDetector"]

#: the words of each family (folded), and the longest value of each, in digits
_FAMILIES: tuple[tuple[EntityType, re.Pattern[str], int], ...] = tuple(
    (entity, re.compile(rf"(?<![a-z0-9])(?:{words})(?![a-z0-9])"), longest)
    for entity, words, longest in (
        (EntityType.CCCD, r"cccd|can cuoc(?: cong dan)?|dinh danh ca nhan", 12),
        (EntityType.CMND, r"cmnd|chung minh nhan dan", 9),
        (EntityType.TAX_CODE, r"ma so thue|mst|tax code", 13),
        (EntityType.BANK_ACCOUNT, r"so tai khoan|stk|tai khoan ngan hang|bank account", 19),
        (EntityType.PHONE, r"so dien thoai|sdt|dien thoai|phone number", 11),
        (EntityType.PASSPORT, r"ho chieu|passport", 9),
    )
)
#: a piece cue (folded), matched where one of its first words (``_PIECE_WORDS``) stands: which
#: end, or which part (not of a time: "nửa đầu năm 2025")
_PIECE_CUE = re.compile(
    r"(?:so (?:dau|cuoi|sau|con lai|tiep theo)"
    r"|(?:phan|nua|doan|khuc) (?:dau|sau|cuoi|con lai|mot|hai|1|2)"
    r"(?! (?:nam|thang|quy|tuan|ngay|gio|buoi|nhiem ky|the ky)(?![a-z]))"
    r"|(?:first|last|remaining) (?:\w+ )?(?:digits|numbers|characters))(?![a-z0-9])"
)
_PIECE_WORDS = ("so dau", "so cuoi", "so sau", "so con lai", "so tiep", "phan ", "nua ",
                "doan ", "khuc ", "first ", "last ", "remaining ")  # fmt: skip
#: how far (folded characters) a family's word may stand from a piece cue, and the piece from
#: its cue (within its clause)
_REACH = 80
#: the fewest digits a piece has: the last three or four digits of an account or a phone are
#: what a bank or a clerk reads back to check it, no value
_PIECE_LEAST = 5
_AFTER = 48
_DIGITS = re.compile(r"(?<![\w.,/-])\d{3,}(?![\w/-]|[.,]\d)")
#: a year, a time word before a number: no piece ("năm 2025", "2021...")
_YEAR = re.compile(r"(?:19|20)\d\d")
_TIME_BEFORE = re.compile(r"(?:nam|thang|ngay|quy|luc|gio) $")
_CLAUSE_END = re.compile(r"[.;!?\n]|, (?!(?:la|là) )")
#: a value cut short on purpose: digits, then an ellipsis, and the rest asked for or said
#: missing after it ("... ba số cuối em quên, đoán giúp", "guess the rest")
_GUESS = re.compile(
    r"(?<![a-z])(?:doan|guess|so cuoi|con lai|quen|dien not|dien tiep|the rest|remaining)(?![a-z])"
)
_CUT_SHORT = re.compile(r"(?<![\w.,/-])(\d{4,})(?:\.{3}|…)")
_SHAPE = {
    entity: Shape(entity, f"piece.{entity.value.lower()}", scores.BASE_CUED_PIECE)
    for entity, _, _ in _FAMILIES
}


class ValuePieceDetector:
    id = "vn.value_pieces"
    entities = tuple(entity for entity, _, _ in _FAMILIES)

    def detect(self, doc: Document) -> Iterator[Detection]:
        folded, text = doc.folded, doc.text
        seen: set[int] = set()
        for cue in _piece_cues(folded):
            family = _family(folded, cue.start(), cue.end())
            if family is None:
                continue
            entity, longest = family
            stop = min(len(text), cue.end() + _AFTER)
            end = _CLAUSE_END.search(folded, cue.end(), stop)
            run = _DIGITS.search(text, cue.end(), end.start() if end else stop)
            if run is None and end is not None:  # "..., sáu số cuối là 630481." past a comma
                run = _DIGITS.search(text, cue.end(), stop)
            if (
                run is None
                or not _PIECE_LEAST <= len(run.group()) < longest
                or run.start() in seen
                or _not_a_piece(text, folded, run.start(), run.end())
            ):
                continue
            seen.add(run.start())
            yield _SHAPE[entity].hit(self.id, run.start(), run.end(), scores.CUED_PIECE)
        if "..." in text or "…" in text:
            for m in _CUT_SHORT.finditer(text):
                s, e = m.span(1)
                family = _family(folded, s, s, before_only=True)
                if family is None or s in seen or e - s >= family[1]:
                    continue
                if _not_a_piece(text, folded, s, e) or _GUESS.search(folded, e, e + _AFTER) is None:
                    continue  # "sdt 0912345... gọi lại sau": prose trailing off
                seen.add(s)
                yield _SHAPE[family[0]].hit(self.id, s, e, scores.CUED_PIECE)
        # pieces that complete each other: parts named by their place, digit literals glued
        # into one, a masked value and its hidden digits (:mod:`.assembled`)
        for entity, s, e in assembled_pieces(doc, _family):
            yield _SHAPE[entity].hit(self.id, s, e, scores.CUED_PIECE)


def _piece_cues(folded: str) -> list[re.Match[str]]:
    """The piece cues of the folded view, in order: found from their first words with
    ``str.find`` (a pattern tried at every position cost milliseconds on 2 KB)."""
    out: list[re.Match[str]] = []
    for word in _PIECE_WORDS:
        at = folded.find(word)
        while at >= 0:
            if at == 0 or not folded[at - 1].isalnum():
                m = _PIECE_CUE.match(folded, at)
                if m is not None:
                    out.append(m)
            at = folded.find(word, at + 1)
    out.sort(key=lambda m: m.start())
    return out


def _not_a_piece(text: str, folded: str, start: int, end: int) -> bool:
    """A year or a number after a time word ("năm 2025", "lúc 1430")."""
    return _YEAR.fullmatch(text, start, end) is not None or (
        _TIME_BEFORE.search(folded, max(0, start - 6), start) is not None
    )


def _family(
    folded: str, start: int, end: int, *, before_only: bool = False
) -> tuple[EntityType, int] | None:
    """The family whose word stands nearest the span (before it, or after it within the reach
    unless ``before_only``), with its value's length."""
    lo = max(0, start - _REACH)
    hi = start if before_only else min(len(folded), end + _REACH // 2)
    best: tuple[int, EntityType, int] | None = None
    for entity, words, longest in _FAMILIES:
        for m in words.finditer(folded, lo, hi):
            distance = start - m.end() if m.end() <= start else m.start() - end
            if distance >= 0 and (best is None or distance < best[0]):
                best = (distance, entity, longest)
    return None if best is None else (best[1], best[2])
