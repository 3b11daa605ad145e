"""Bank account and card numbers (FACTS e.10): context-driven.

There is no national account format (6-19 digits; some banks issue phone-number accounts), so
a number is a BANK_ACCOUNT only when a bank cue names it: right before it ("STK", "số tài
khoản", "TK số", "account no") with no other number in between, or a bank name right after it
("... tại Vietcombank"). Accounts of the State Treasury (Kho bạc Nhà nước, KBNN) belong to
agencies, not persons, and are not reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ai_guard.detectors import _cues
from ai_guard.detectors.base import Detection
from ai_guard.models import EntityType
from ai_guard.text import Document, data
from ai_guard.text.match import CueSet
from ai_guard.text.numbers import glued, number_tokens

__all__ = ["BankAccountDetector"]

_TREASURY = re.compile(r"kho bac|kbnn")
_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:[.,]\d{3})+")
_AT = re.compile(r"[\s,;:()\-]*(?:tai|mo tai|o|of|at)\s+")


@lru_cache(maxsize=1)
def bank_names() -> CueSet:
    terms = ["ngân hàng", "NH", "bank", "NHTM", "ngân hàng thương mại"]
    try:
        for row in data.rows("detectors/banks.tsv"):
            terms.append(row[0])
            if len(row) > 1:
                terms.extend(a for a in row[1].split(";") if a.strip())
    except FileNotFoundError:  # pragma: no cover - the file ships with the package
        pass
    return CueSet(t for t in terms if not _TREASURY.search(t.lower()))


class BankAccountDetector:
    id = "vn.bank_account"
    entities = (EntityType.BANK_ACCOUNT,)

    def detect(self, doc: Document) -> Iterator[Detection]:
        text = doc.text
        folded = doc.folded
        banks = bank_names()
        cues_here = _cues.BANK.present(doc)
        banks_here = banks.present(doc)
        if not cues_here and not banks_here:
            return
        for tok in number_tokens(doc):
            if _cues.is_amount(doc, tok):
                continue
            first, last = tok.groups[0][0], tok.groups[-1][1]
            if _THOUSANDS.fullmatch(text, first, last):
                continue  # "3.200.000": an amount written with thousands separators
            if _TREASURY.search(folded, last, last + 30):
                continue  # "TK 9527.1.1234567 tại KBNN": the State Treasury's account
            # a cue before the token names windows that start at its first group; a bank name
            # after it names windows that end at its last group; no other window can be cued
            cue_before = self._cue_before(doc, folded, first) if cues_here else None
            cue_after = (
                self._bank_after(doc, banks, folded, last)
                if banks_here and cue_before is None
                else None
            )
            if cue_before is None and cue_after is None:
                continue
            for start, end, _digits in tok.windows(text, 6, 19, max_groups=5):
                if (cue_before and start != first) or (cue_after and end != last):
                    continue
                cue = cue_before or cue_after
                left, right = glued(text, start, end)
                if left and right:
                    continue
                yield Detection(
                    EntityType.BANK_ACCOUNT,
                    start,
                    end,
                    0.93,
                    self.id,
                    pattern="bank_account.cued",
                    base_score=0.2,
                    context=cue,
                )

    @staticmethod
    def _cue_before(doc: Document, folded: str, start: int) -> str | None:
        line_start = max(folded.rfind("\n", max(0, start - 60), start) + 1, start - 60, 0)
        before = folded[line_start:start]
        if _TREASURY.search(before):
            return None
        cue = _cues.BANK.before(doc, start) or _cues.BANK.header(doc, start)
        if cue is None:
            near = _cues.BANK.near_before(doc, start, 50)
            if near is not None:
                # the cue must name THIS number: no other digits in between
                pos = before.rfind(near)
                if pos >= 0 and not any(c.isdigit() for c in before[pos + len(near) :]):
                    cue = near
        return cue

    @staticmethod
    def _bank_after(doc: Document, banks: CueSet, folded: str, end: int) -> str | None:
        if _TREASURY.search(folded, end, end + 30):
            return None  # "... tại KBNN": the State Treasury's account, not a person's
        cue = banks.after(doc, end, 30)
        if cue is None:
            m = _AT.match(folded, end, end + 30)
            if m:
                cue = banks.after(doc, m.end(), 30)
        return cue
