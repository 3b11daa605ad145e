"""Bank account and card numbers (reference.md e.10): context-driven.

There is no national account format (6-19 digits; some banks issue phone-number accounts), so
a number is a BANK_ACCOUNT only when a bank cue names it: right before it ("STK", "số tài
khoản", "TK số", "account no") with no other number in between, or a bank name right after it
("... tại Vietcombank"). Accounts of the State Treasury (Kho bạc Nhà nước, KBNN) belong to
agencies, not persons, and are not reported.

Payment card numbers (13-19 digits) pass the Luhn check; one is reported without a bank cue
when it is printed as cards are ("4111 1111 1111 1111": four groups of four, or Amex's
4-6-5), is a NAPAS domestic card (9704...), or follows a card word on its line ("thẻ",
"visa", "card"): "số thẻ 4111 1111 1111 1111" names no bank, yet it is a card.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, MutableMapping
from functools import lru_cache

from ai_guard.detectors import _cues, scores
from ai_guard.detectors.base import Detection, Shape
from ai_guard.detectors.numeric import Candidate, CuedNumberDetector, Verdict
from ai_guard.detectors.sheet_numbers import rounded_by, scientific_numbers
from ai_guard.models import EntityType
from ai_guard.text import Document, data
from ai_guard.text.match import CueSet
from ai_guard.text.numbers import NumberToken, ascii_digits, number_tokens
from ai_guard.text.tables import column_header, line_bounds

__all__ = ["BankAccountDetector", "card_number", "luhn_valid"]

_TREASURY = re.compile(r"kho bac|kbnn")
_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:[.,]\d{3})+")
# an IPv4 address ("192.168.1.10", "10.10.5.21"): four octets of 0-255 joined by dots, none
# written with a leading zero ("102.010.000.123" is an account grouped in threes)
_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
_IPV4 = re.compile(rf"{_OCTET}(?:\.{_OCTET}){{3}}")
_AT = re.compile(r"[\s,;:()\-]*(?:tai|mo tai|o|of|at)\s+")
# how card numbers are printed: four groups of four (a fifth short group for 19 digits), or
# Amex's 4-6-5
_CARD_PRINTED = re.compile(
    r"\d{4}(?:([ \-.])\d{4})(?:\1\d{4}){2}(?:\1\d{1,3})?|\d{4}([ \-])\d{6}\2\d{5}"
)
# a card word on the line before the number (folded view)
_CARD_WORD = re.compile(
    r"(?<![a-z])(?:the|card|visa|mastercard|master card|jcb|napas|amex|atm|credit|debit"
    r"|tin dung|ghi no)(?![a-z])"
)


def luhn_valid(digits: str) -> bool:
    """The Luhn check of payment card numbers."""
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = ord(c) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


@lru_cache(maxsize=1)
def test_cards() -> frozenset[str]:
    """The card numbers providers publish for their sandboxes (``test_cards.txt``)."""
    return frozenset(data.lines("detectors/test_cards.txt"))


#: what says a card number is a sandbox's (folded)
_TEST_WORDS = re.compile(
    r"(?<![a-z])(?:test|testing|sandbox|thu nghiem|gia lap|moi truong thu|demo|stripe)(?![a-z])"
)


def _line(folded: str, first: int, last: int) -> tuple[int, int]:
    """The bounds of the line around ``first``-``last``, at most 160 characters either side."""
    lo = max(folded.rfind("\n", max(0, first - 160), first) + 1, first - 160)
    hi = folded.find("\n", last, last + 160)
    return lo, (min(len(folded), last + 160) if hi < 0 else hi)


def card_number(doc: Document, tok: NumberToken) -> str | None:
    """Why the token is a payment card number ("printed", "napas" or the card word before
    it), or None: 13-19 digits of a card network's range (3, 4, 5, 6, 9704) that pass the
    Luhn check, printed as cards are, a NAPAS card, or after a card word on its line."""
    if not 13 <= tok.ndigits <= 19 or tok.ocr or tok.reading is not None:
        return None
    text = doc.text
    first, last = tok.groups[0][0], tok.groups[-1][1]
    digits = ascii_digits("".join(text[a:b] for a, b in tok.groups))
    if not digits.isdigit() or (digits[0] not in "3456" and not digits.startswith("9704")):
        return None
    if not luhn_valid(digits):
        return None
    if digits in test_cards() and _TEST_WORDS.search(doc.folded, *_line(doc.folded, first, last)):
        return None  # "thẻ test 4242 4242 4242 4242" of a sandbox: no one's card
    if digits.startswith("9704") and len(digits) in (16, 19):
        return "napas"
    if _CARD_PRINTED.fullmatch(text, first, last):
        return "printed"
    folded = doc.folded
    # (the search for the line's start bounded to the 40 characters it may keep)
    line_start = max(folded.rfind("\n", max(0, first - 40), first) + 1, first - 40)
    words = _CARD_WORD.findall(folded, line_start, first)
    return words[-1] if words else None


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


@lru_cache(maxsize=1)
def bank_codes() -> frozenset[str]:
    """Every bank's name or alias written as one word ("BIDV", "VCB", "Techcombank"), lower
    case: the code a transfer template glues before an account ("BIDV-21510003958826")."""
    out: set[str] = set()
    for row in data.rows("detectors/banks.tsv"):
        for name in [row[0], *(row[1].split(";") if len(row) > 1 else [])]:
            name = name.strip()
            if name and " " not in name and not _TREASURY.search(name.lower()):
                out.add(name.lower())
    return frozenset(out)


#: a word glued by a hyphen or an underscore right before an account ("BIDV-", "VCB_")
_GLUED_CODE = re.compile(r"([A-Za-z]{2,12})[-_]$")

_MEMO = "bank_account.token_cue"
_ACCOUNT = Shape(EntityType.BANK_ACCOUNT, "bank_account.cued", scores.BASE_BANK_ACCOUNT)
_CARD = Shape(EntityType.BANK_ACCOUNT, "bank_account.card", scores.BASE_CARD)
_CARD_MEMO = "bank_account.card"
_SCIENTIFIC = Shape(EntityType.BANK_ACCOUNT, "bank_account.scientific", scores.BASE_BANK_ACCOUNT)
#: the fewest digits of a full number a scientific one stands beside (an account; a phone, a
#: CCCD, a tax code are shorter)
_SCIENTIFIC_FULL = 13

_FLAT = Shape(EntityType.BANK_ACCOUNT, "bank_account.flat_column", scores.BASE_BANK_ACCOUNT)
#: a table pasted flat, its columns one space apart (a Word table copied without its borders,
#: a PDF's, a sheet retyped): a header line whose last column is the account's, on the folded
#: text ("STT Họ tên Ngạch Hệ số Số TK"): the cue closing its line after other words
_FLAT_HEADER_END = re.compile(
    r"(?<=\S)[ \t]+((?:so[ \t]+)?(?:s?tk|tai[ \t]+khoan)(?:[ \t]+(?:ngan[ \t]+hang|nh))?"
    r"|(?:bank[ \t]+)?account(?:[ \t]+(?:no|number))?)[ \t.:*|]*\r?$",
    re.MULTILINE,
)
#: where such a header's cue may close a line: each pattern led by its literal (the engine's
#: fast search; the header's own pattern above, read on those lines only, enters at every space)
_FLAT_CUE_ENDS = tuple(
    re.compile(p + r"[ \t.:*|]*\r?$", re.MULTILINE)
    for p in (
        r"tk",
        r"khoan(?:[ \t]+(?:ngan[ \t]+hang|nh))?",
        r"hang",
        r"nh",
        r"account(?:[ \t]+(?:no|number))?",
    )
)
#: how such a header opens: a table's first column ("STT", "Họ tên", "Mã NV", "Đơn vị") and
#: not a sentence ("Tôi muốn mở tài khoản" over a line with a phone number)
_FLAT_HEADER_START = re.compile(
    r"[ \t*|#]*(?:stt|tt|so[ \t]+tt|ho[ \t]+(?:va[ \t]+)?ten|ten|ma(?:[ \t]+[a-z]+)?|"
    r"nguoi[ \t]+(?:nhan|huong|thu[ \t]+huong)|don[ \t]+vi|(?:full[ \t]+)?name|no\.?|#)(?![a-z])"
)
#: the number closing a row of such a table: digit groups one space, a dot or a hyphen apart,
#: not the decimals of a number before it ("3,33 2115 0004 715 026": the account is the last
#: four groups)
_ROW_END_NUMBER = re.compile(r"(?<![\d,.])(\d+(?:[ .\-]\d+){0,4})[ \t*|]*\r?$")
#: the most rows read under one header, and the longest line read as a row
_FLAT_ROWS = 300
_FLAT_LONGEST = 240


#: a card number masked between its issuer's six digits and its last four (16 to 19 places,
#: in groups of four or none; a card's first digit: 2-6 for the networks, 9 for Napas' 9704)
_MASKED_CARD = re.compile(
    r"[2-69][0-9]{3}(?P<s>[ .-]?)[0-9]{2}(?:[*xX•]{2}(?P=s)[*xX•]{4}(?:(?P=s)[*xX•]{0,3})?"
    r"|[*xX•]{6,9})(?P=s)[0-9]{4}"
)


def _other_familys_column(doc: Document, start: int) -> bool:
    """Whether the number at ``start`` is a table cell under another family's column header
    ("ho ten;ma so bhxh;ngan hang;so tai khoan" over "...;0124537819;Agribank;..."): the bank
    named in the next cell is the account column's, and the header says what this cell holds
    (a BHXH number, a CCCD, a phone)."""
    if column_header(doc, start) is None:
        return False
    from ai_guard.detectors.registry import claims

    return any(
        c.family != BankAccountDetector.id and c.cues.header(doc, start) is not None
        for c in claims()
    )


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
        return (
            _cues.BANK.present(doc)
            or bank_names().present(doc)
            or any(self._card(doc, t) is not None for t in number_tokens(doc) if t.ndigits >= 13)
        )

    def masked_reads_alone(self, text: str, start: int, end: int) -> bool:
        """A card number masked as card payments mask it (PCI DSS: the first six digits, the
        issuer's BIN, and the last four shown, all between masked: "9704 18** **** 0937",
        "4123 45XX XXXX 1234", "970418******0937"), 16 to 19 places: a bank's SMS names the
        card "The"/"Tk" or nothing, and the shape says enough."""
        return _MASKED_CARD.fullmatch(text, start, end) is not None

    def own_span(self, doc: Document, cand: Candidate, start: int, end: int) -> tuple[int, int]:
        """An account glued after its bank's code ("BIDV-21510003958826"): the code is part
        of the value as typed (the template's field holds both)."""
        if start >= 3 and doc.text[start - 1] in "-_":
            code = _GLUED_CODE.search(doc.text, max(0, start - 13), start)
            if (
                code is not None
                and (code.start() == 0 or not doc.text[code.start() - 1].isalnum())
                and code.group(1).lower() in bank_codes()
            ):
                return code.start(), end
        return start, end

    def detect(self, doc: Document) -> Iterator[Detection]:
        yield from super().detect(doc)
        yield from self._scientific(doc)
        if _cues.BANK.present(doc):
            yield from self._flat_column(doc)

    def _flat_column(self, doc: Document) -> Iterator[Detection]:
        """Accounts in the last column of a table pasted flat (columns one space apart, no
        pipes, tabs or aligned gaps): under a header line with no digits that the account's
        cue closes, each row that follows (up to a blank line or a line closed by no number)
        ends with the account, whole: the number's groups, not a decimal column before it."""
        text, folded = doc.text, doc.folded
        lines = {
            line_bounds(folded, m.start()) for end in _FLAT_CUE_ENDS for m in end.finditer(folded)
        }
        for hs, he in sorted(lines):
            if any(c.isdigit() for c in folded[hs:he]) or not _FLAT_HEADER_START.match(folded, hs):
                continue  # a row, a line with a number of its own, a sentence: no header
            h = _FLAT_HEADER_END.search(folded, hs, he)
            if h is None:
                continue
            cue = " ".join(h.group(1).split())
            pos = he + 1
            for _ in range(_FLAT_ROWS):
                if pos >= len(text):
                    break
                ls, le = line_bounds(text, pos)
                if le - ls > _FLAT_LONGEST or not text[ls:le].strip():
                    break
                m = _ROW_END_NUMBER.search(text, ls, le)
                if m is None:
                    break
                s, e = m.span(1)
                digits = sum(c.isdigit() for c in text[s:e])
                if (
                    any(c.isalpha() for c in text[ls:s])  # the row's other cells
                    and 6 <= digits <= 19
                    and not _THOUSANDS.fullmatch(text, s, e)
                    and not _TREASURY.search(folded, ls, le)
                ):
                    score = scores.CUED_BANK_ACCOUNT
                    yield _FLAT.hit(self.id, s, e, score, None, cue)
                pos = le + 1

    def _scientific(self, doc: Document) -> Iterator[Detection]:
        """Accounts a spreadsheet showed in scientific notation (:mod:`.sheet_numbers`): under
        the account's cue or column header, or beside the full number they round (both)."""
        text = doc.text
        done: set[tuple[int, int]] = set()
        for sci in scientific_numbers(text):
            cue = self._cue_before(doc, doc.folded, sci.start) if _cues.BANK.present(doc) else None
            fulls: list[tuple[int, int]] = []
            if sci.power + 1 >= _SCIENTIFIC_FULL:
                for tok in number_tokens(doc):
                    if not _SCIENTIFIC_FULL <= tok.ndigits <= 19 or tok.reading is not None:
                        continue
                    digits = ascii_digits("".join(text[a:b] for a, b in tok.groups), tok.ocr)
                    if rounded_by(digits, sci):
                        fulls.append((tok.groups[0][0], tok.groups[-1][1]))
            if cue is None and not fulls:
                continue
            score = scores.CUED_BANK_ACCOUNT
            yield _SCIENTIFIC.hit(self.id, sci.start, sci.end, score, None, cue or "scientific")
            for start, end in fulls:
                if (start, end) not in done:
                    done.add((start, end))
                    yield _SCIENTIFIC.hit(self.id, start, end, score, None, "scientific")

    def token_ok(self, doc: Document, tok: NumberToken) -> bool:
        first, last = tok.groups[0][0], tok.groups[-1][1]
        if doc.text.startswith(("E+", "e+"), last):
            return False  # "3.10402E+12": the digits a sheet shows of a longer number
        if _THOUSANDS.fullmatch(doc.text, first, last):
            return False  # "3.200.000": an amount written with thousands separators
        if len(tok.groups) == 4 and _IPV4.fullmatch(doc.text, first, last):
            return False  # "Số tài khoản: 192.168.1.10": a host (vn.internal_host's), no account
        if _TREASURY.search(doc.folded, last, last + 30):
            return False  # "TK 9527.1.1234567 tại KBNN": the State Treasury's account
        return self._token_cue(doc, tok) is not None or self._card(doc, tok) is not None

    def judge(self, doc: Document, cand: Candidate, cue: str | None) -> Verdict | None:
        if cue is not None:
            return Verdict(self.shape, self.cued_score, None, cue)
        if cand.start == cand.first and cand.end == cand.last:
            why = self._card(doc, cand.token)
            if why is not None:
                context = why if why not in ("printed", "napas") else None
                return Verdict(_CARD, scores.CARD_LUHN, True, context)
        return None

    @staticmethod
    def _card(doc: Document, tok: NumberToken) -> str | None:
        """:func:`card_number`, memoised per document."""
        memo: MutableMapping[int, str | None] = doc.position_memo(_CARD_MEMO)
        if tok.start not in memo:
            memo[tok.start] = card_number(doc, tok)
        return memo[tok.start]

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
        memo: MutableMapping[int, tuple[str, bool] | None] = doc.position_memo(_MEMO)
        key = tok.start
        if key in memo:
            return memo[key]
        first, last = tok.groups[0][0], tok.groups[-1][1]
        folded = doc.folded
        found: tuple[str, bool] | None = None
        cue = self._cue_before(doc, folded, first) if _cues.BANK.present(doc) else None
        if cue is not None:
            found = (cue, True)
        elif _cues.BANK.present(doc) and (cue := _cues.BANK.trailing(doc, last)) is not None:
            # a note after the number naming it ("0071000123456 (số tài khoản VCB của tôi)")
            found = (cue, False)
        elif bank_names().present(doc) and not _other_familys_column(doc, first):
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
        cue = (
            _cues.BANK.before(doc, start)
            or _cues.BANK.glued_before(doc, start)
            or _cues.BANK.header(doc, start)
            or _cues.BANK.label_above(doc, start)
            or _cues.BANK.keyed(doc, start)
        )
        if cue is None:
            near = _cues.BANK.near_before(doc, start, 50)
            if near is not None:
                # the cue must name THIS number: no other digits in between (its words may
                # be joined by '_' in a key: "so_tai_khoan_bidv_cu=")
                pos = before.replace("_", " ").rfind(near)
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
