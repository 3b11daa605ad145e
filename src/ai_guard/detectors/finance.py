"""Bank account and card numbers (reference.md e.10): context-driven.

There is no national account format (6-19 digits; some banks issue phone-number accounts), so
a number is a BANK_ACCOUNT only when a bank cue names it: right before it ("STK", "số tài
khoản", "TK số", "account no") with no other number in between, or a bank name right after it
("... tại Vietcombank"). Accounts of the State Treasury (Kho bạc Nhà nước, KBNN) belong to
agencies, not persons, and are not reported.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ai_guard.detectors import _cues, scores
from ai_guard.detectors.base import Shape
from ai_guard.detectors.numeric import Candidate, CuedNumberDetector
from ai_guard.models import EntityType
from ai_guard.text import Document, data
from ai_guard.text.match import CueSet
from ai_guard.text.numbers import NumberToken

__all__ = ["BankAccountDetector"]

_TREASURY = re.compile(r"kho bac|kbnn")
_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:[.,]\d{3})+")
_AT = re.compile(r"[\s,;:()\-]*(?:tai|mo tai|o|of|at)\s+")


@lru_cache(maxsize=1)
def bank_names() -> CueSet:
    terms = list(_cues.cue_terms("bank_name"))
    try:
        for row in data.rows("detectors/banks.tsv"):
            terms.append(row[0])
            if len(row) > 1:
                terms.extend(a for a in row[1].split(";") if a.strip())
    except FileNotFoundError:  # pragma: no cover - the file ships with the package
        pass
    return CueSet(t for t in terms if not _TREASURY.search(t.lower()))


_MEMO = "bank_account.token_cue"
_ACCOUNT = Shape(EntityType.BANK_ACCOUNT, "bank_account.cued", scores.BASE_BANK_ACCOUNT)


class BankAccountDetector(CuedNumberDetector):
    id = "vn.bank_account"
    entities = (EntityType.BANK_ACCOUNT,)
    cue_set = "bank"
    digits = (6, 19)
    max_groups = 5
    masked_length = (6, 19)
    skip_amounts = True  # "chuyển khoản 125.000.000 đồng"
    #: after "STK" any number is an account, whatever its shape
    claims_every_number = True
    shape = _ACCOUNT
    cued_score = scores.CUED_BANK_ACCOUNT
    #: its walk skips amounts and asks each token's cue once (memoised): cheaper than its two
    #: gates (the generic cue words, then every bank's name)
    gate_chars_per_token = 0

    def applies(self, doc: Document) -> bool:
        return _cues.BANK.present(doc) or bank_names().present(doc)

    def token_ok(self, doc: Document, tok: NumberToken) -> bool:
        first, last = tok.groups[0][0], tok.groups[-1][1]
        if _THOUSANDS.fullmatch(doc.text, first, last):
            return False  # "3.200.000": an amount written with thousands separators
        if _TREASURY.search(doc.folded, last, last + 30):
            return False  # "TK 9527.1.1234567 tại KBNN": the State Treasury's account
        return self._token_cue(doc, tok) is not None

    def naming_cue(self, doc: Document, cand: Candidate) -> str | None:
        # a cue before the token names windows that start at its first group; a bank name
        # after it names windows that end at its last group; no other window can be cued
        found = self._token_cue(doc, cand.token)
        if found is None:
            return None
        cue, before = found
        return cue if (cand.start == cand.first if before else cand.end == cand.last) else None

    def _token_cue(self, doc: Document, tok: NumberToken) -> tuple[str, bool] | None:
        """The cue naming the token, and whether it stands before it (else a bank name
        after it); memoised per document: every window of the token asks."""
        memo: dict[int, tuple[str, bool] | None] = doc.memo(_MEMO)
        key = tok.start
        if key in memo:
            return memo[key]
        first, last = tok.groups[0][0], tok.groups[-1][1]
        folded = doc.folded
        found: tuple[str, bool] | None = None
        cue = self._cue_before(doc, folded, first) if _cues.BANK.present(doc) else None
        if cue is not None:
            found = (cue, True)
        elif bank_names().present(doc):
            after = self._bank_after(doc, bank_names(), folded, last)
            found = (after, False) if after is not None else None
        memo[key] = found
        return found

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
