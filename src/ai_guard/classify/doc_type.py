"""The document type (Decree 30/2020 Appendix III names, plus court and citizen forms).

Each piece of evidence votes for a type with a weight: the type line above the excerpt (4),
the type abbreviation in the symbol (3; a symbol without one is a công văn, 2), a ``V/v``
subject (công văn, 2), a court number (``/HS-ST``: a judgment) and the conventions of
documents outside Decree 30: "NHÂN DANH NƯỚC CỘNG HÒA", a citizen's letter opening, the fields
of a CV, the parties of a contract, an invitation, the opening of minutes. The type with the
most points wins when it has at least 1.5; its confidence grows with its share of the votes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

from ai_guard.classify.evidence import Reading
from ai_guard.classify.layout import Layout, type_names
from ai_guard.classify.models import Evidence
from ai_guard.text import fold_word

__all__ = ["NORMATIVE_SYMBOL", "DocType", "decide_doc_type"]

#: Symbols of normative documents (laws, decrees, circulars ...): ``ND-CP``, ``QH15``, ``TT-``.
NORMATIVE_SYMBOL = re.compile(
    r"^(?:N[ĐD]-CP|QH\d*|TT-|TTLT|L-CTN|UBTVQH|NQ-CP|NQ-HĐTP|NQ-HDTP|QĐ-TTG|QD-TTG)", re.I
)
_COURT_SYMBOL = re.compile(r"(?:^|-)(?:HS|DS|HNG[ĐD]|KDTM|L[ĐD]|HC)-(?:ST|PT|G[ĐD]T|TT)$", re.I)
#: a judgment's own lines: its invocation, its number ("BẢN ÁN SỐ: 14l/2026/HS-ST"); not a
#: judgment another paper cites ("... phải trả cho ông Võ Thanh Sang theo Bản án số
#: 31/2026/DS-ST", "Căn cứ Bản án số 57/2026/DS-PT ...", "của Bản án số ...", "tại Bản án số")
_JUDGMENT = re.compile(
    r"nhan danh nuoc cong hoa|(?<!theo\s)(?<!cu\s)(?<!cua\s)(?<!tai\s)ban\s*an\s*so"
)
_LETTER_OPENERS = re.compile(
    r"(?:^|\n)\s*(?:toi\s*(?:ten\s*)?la|toi\s*ten|ho\s*va\s*ten\s*nguoi\s*(?:khieu\s*nai|to\s*cao|"
    r"lam\s*don)|nguoi\s*(?:khieu\s*nai|to\s*cao|lam\s*don)\s*:)"
)
_CV_FIELDS = re.compile(
    r"(?:^|\n)\s*(?:\d+[.)]\s*)?(?:ho\s*va\s*ten\s*khai\s*sinh|que\s*quan|noi\s*o\s*hien\s*nay|"
    r"dan\s*toc|ton\s*giao|trinh\s*do\s*chuyen\s*mon|ngay\s*vao\s*dang|qua\s*trinh\s*cong\s*tac|"
    r"sinh\s*ngay|gioi\s*tinh|hoan\s*canh\s*gia\s*dinh)\s*:?"
)
_CONTRACT = re.compile(r"(?:^|\n)\s*(?:ben\s*[ab]\b|ben\s*(?:thue|cho\s*thue|mua|ban)\b)")
#: a judgment's operative part ("Vì các lẽ trên, QUYẾT ĐỊNH: 1. Tuyên bố bị cáo ... phạm tội",
#: "Xử phạt bị cáo", "quyền kháng cáo bản án", a civil claim granted): what a judgment decides
_JUDGMENT_REASONS = re.compile(r"vi\s*cac\s*le\s*tren\s*,?\s*(?:\n\s*)?quyet\s*dinh\s*:")
_JUDGMENT_OPERATIVE = re.compile(
    r"tuyen\s*bo\s*bi\s*cao|xu\s*phat\s*bi\s*cao|khang\s*cao\s*ban\s*an|"
    r"chap\s*nhan\s*(?:toan\s*bo\s*|mot\s*phan\s*)?yeu\s*cau\s*khoi\s*kien"
)
_INVITATION = re.compile(r"tran\s*trong\s*kinh\s*moi|kinh\s*moi\s*:|xin\s*moi\b")
_MINUTES = re.compile(
    r"hom\s*nay\s*,?\s*(?:vao\s*)?(?:hoi|luc|ngay)|thanh\s*phan\s*(?:tham\s*du|gom)"
)


class DocType(NamedTuple):
    """The type decided, how sure, and the votes for it."""

    name: str
    """A :class:`~ai_guard.classify.models.DocumentType` value."""
    confidence: float
    evidence: list[Evidence]


@dataclass
class _Vote:
    """Evidence for the document type."""

    scores: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    evidence: dict[str, list[Evidence]] = field(default_factory=dict)

    def add(self, doc_type: str, weight: float, ev: Evidence) -> None:
        self.scores[doc_type] += weight
        self.evidence.setdefault(doc_type, []).append(ev.model_copy(update={"weight": weight}))


def decide_doc_type(r: Reading) -> DocType:
    """The document type, by weighted votes of the layout and the conventions of documents
    outside Decree 30; ``other`` at confidence 0.5 when no type gets 1.5 points."""
    vote = _Vote()
    _layout_votes(r, vote)
    _convention_votes(r, vote)
    if not vote.scores:
        return DocType("other", 0.5, [])
    best, points = max(vote.scores.items(), key=lambda kv: kv[1])
    if points < 1.5:
        return DocType("other", 0.5, vote.evidence.get(best, []))
    total = sum(vote.scores.values())
    confidence = round(min(0.99, 0.5 + 0.5 * points / max(total, 4.0)), 2)
    return DocType(best, confidence, vote.evidence[best])


def _layout_votes(r: Reading, vote: _Vote) -> None:
    """Decree 30: the type line, the type abbreviation in the symbol, a ``V/v`` subject."""
    lay = r.layout
    if lay.type_name is not None and lay.type_line is not None:
        t = lay.type_name
        vote.add(t.doc_type, 4.0, r.evidence("layout", f"type line: {t.name}", *lay.type_line))
    symbol = lay.symbol or ""
    if lay.number_symbol is not None and symbol:
        first = re.split(r"[-–]", symbol)[0]
        matched = _abbreviation(first, lay)
        if (matched == "to_trinh" and _inspectorate_symbol(r, symbol)) or (
            matched is not None and _issuer_initials(r, first)
        ):
            matched = None
        if lay.number_prefix.startswith("ban an") or _COURT_SYMBOL.search(symbol):
            if lay.number_prefix.startswith("quyet dinh") or first.upper().startswith("Q"):
                vote.add("quyet_dinh", 2.0, r.evidence("symbol", symbol, *lay.number_symbol))
            else:
                vote.add("ban_an", 3.0, r.evidence("symbol", symbol, *lay.number_symbol))
        elif matched is not None:
            vote.add(matched, 3.0, r.evidence("symbol", f"{first}: {matched}", *lay.number_symbol))
        elif lay.year_in_number and NORMATIVE_SYMBOL.match(symbol):
            vote.add("other", 3.0, r.evidence("symbol", symbol, *lay.number_symbol))
        elif lay.type_name is None:
            title = _titled_by_symbol(r, first)
            if title is not None:
                # "Số: 241/TLKS-BS" over "TRÍCH LỤC KHAI SINH", "45/GBN-TCD" over "GIẤY BIÊN
                # NHẬN": the symbol abbreviates a title outside the 16 types, which is other
                vote.add("other", 3.0, r.evidence("symbol", f"{first}: title", *title))
            else:
                # no type abbreviation in the symbol: a công văn (Decree 30 Appendix III)
                vote.add("cong_van", 2.0, r.evidence("symbol", symbol, *lay.number_symbol))
    if lay.subject is not None and lay.subject_is_vv and lay.type_name is None:
        vote.add("cong_van", 2.0, r.evidence("layout", "V/v", *lay.subject))
    if lay.recipients is not None and lay.type_name is None and lay.number_symbol:
        vote.add("cong_van", 0.5, r.evidence("layout", "kinh gui", *lay.recipients))
    if lay.type_name is None and lay.number_symbol is None and lay.distribution is not None:
        dist = r.doc.folded[lay.distribution[0] : lay.distribution[1]]
        if _AS_ABOVE.search(dist):
            # a letter's last page cut from its header ("Nơi nhận: - Như trên;" under "Sở ...
            # đề nghị Công ty ..."): sent to the addressees its lost header named
            vote.add("cong_van", 1.5, r.evidence("layout", "nhu tren", *lay.distribution))


#: the distribution list's "Như trên" (the addressees of the ``Kính gửi`` above)
_AS_ABOVE = re.compile(r"(?:^|\n)\s*[-+•*]?\s*nhu\s*tren\b")


def _abbreviates(symbol: str, initials: str) -> bool:
    """Whether a symbol of three letters or more abbreviates a title by some of its words'
    initials, its first and last kept ("XNCT" for "XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ", the words
    between dropped), covering at least half of the title's words."""
    if len(symbol) < 3 or 2 * len(symbol) < len(initials):
        return False
    if symbol[0] != initials[0] or symbol[-1] != initials[-1]:
        return False
    rest = iter(initials)
    return all(c in rest for c in symbol)


#: the first word of a form's title outside the 16 types ("PHIẾU XIN LỖI ...", "GIẤY BIÊN
#: NHẬN ...")
_FORM_WORDS = frozenset({"phieu", "giay"})


def _abbreviates_form(symbol: str, initials: str, first_word: str) -> bool:
    """Whether a symbol of three letters or more spells the first words of a form's long title
    ("PXL" for "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"): a slip names itself by its
    opening words."""
    return first_word in _FORM_WORDS and len(symbol) >= 3 and initials.startswith(symbol)


def _titled_by_symbol(r: Reading, first: str) -> tuple[int, int] | None:
    """A title in capitals under the header whose words' initials are the symbol's first part
    (``TLKS`` and ``TRÍCH LỤC KHAI SINH``, ``GBN`` and ``GIẤY BIÊN NHẬN``; or some of them,
    :func:`_abbreviates`: ``XNCT`` and ``XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ``; or a form's first
    words, :func:`_abbreviates_form`: ``PXL`` and ``PHIẾU XIN LỖI VÀ HẸN LẠI ...``): the
    document names its own kind, one of no Decree 30 type. Read only where a công văn would be
    voted, on the dozen lines after the number (the motto and the date line are not all
    capitals or do not spell the symbol)."""
    lay = r.layout
    if len(first) < 2 or lay.number_symbol is None:
        return None
    start = lay.number_symbol[1]
    text = r.doc.text
    # a Party paper's symbol is its kind, then its issuer ("27-NX/ĐU": NX, nhận xét)
    want = first.split("/")[0].lower()
    pos = start
    for line in text[start : start + 600].split("\n")[:12]:
        words = line.split()
        letters = [c for c in line if c.isalpha()]
        if len(words) >= 2 and len(letters) >= 4 and all(c.isupper() for c in letters):
            initials = "".join(fold_word(w)[:1] for w in words)
            if (
                initials == want
                or _abbreviates(want, initials)
                or _abbreviates_form(want, initials, fold_word(words[0]))
                # "BẢN NHẬN XÉT, ĐÁNH GIÁ CÁN BỘ" under "27-NX/ĐU": the words after "bản"
                or (
                    len(want) >= 2
                    and initials[:1] == "b"
                    and fold_word(words[0]) == "ban"
                    and initials[1:].startswith(want)
                )
            ):
                lead = len(line) - len(line.lstrip())
                return pos + lead, pos + len(line.rstrip())
        pos += len(line) + 1
    return None


def _convention_votes(r: Reading, vote: _Vote) -> None:
    """Documents outside Decree 30: a judgment, a citizen's letter, a CV, a contract, an
    invitation, minutes (on the first 4,000 characters, the invitation anywhere)."""
    folded = r.doc.folded
    head = folded[: min(len(folded), 4000)]
    judgment = _JUDGMENT.search(head)
    if judgment is not None:
        vote.add("ban_an", 2.5, r.evidence("layout", judgment.group(), *judgment.span()))
    reasons = _JUDGMENT_REASONS.search(folded)
    if (
        judgment is None
        and reasons is not None
        and r.layout.number_symbol is None
        and _JUDGMENT_OPERATIVE.search(folded, reasons.end()) is not None
    ):
        # the end of a judgment pasted from the middle of its reasons: "Vì các lẽ trên,
        # QUYẾT ĐỊNH:" heads what the court decides, not a decision's type line (4 points)
        vote.add("ban_an", 4.5, r.evidence("layout", "judgment's operative part", *reasons.span()))
    letter = _LETTER_OPENERS.search(head)
    if letter is not None and not _titled_as_a_form(r, letter.start()):
        vote.add("don_khieu_nai", 1.5, r.evidence("layout", "letter opener", *letter.span()))
    cv = list(_CV_FIELDS.finditer(head))
    if len(cv) >= 3:
        vote.add(
            "ly_lich",
            1.0 * len(cv),
            r.evidence("layout", "CV fields", cv[0].start(), cv[-1].end()),
        )
    contract = list(_CONTRACT.finditer(head))
    if len(contract) >= 2:
        vote.add(
            "hop_dong",
            2.0,
            r.evidence("layout", "parties", contract[0].start(), contract[-1].end()),
        )
    if r.layout.type_name is None and r.layout.number_symbol is None:
        closing = _CLOSING_ARTICLE.search(folded)
        if closing is not None and _ARTICLE_LINE.search(folded) is not None:
            # a decision's page cut below its header: its last article ("Điều 3. ... chịu trách
            # nhiệm thi hành Quyết định này") names its kind as the type line would have
            named = closing.group("kind") or closing.group("kind2") or ""
            kind = "nghi_quyet" if named.startswith("nghi") else "quyet_dinh"
            vote.add(kind, 2.0, r.evidence("layout", "closing article", *closing.span()))
    listed = r.layout.type_name is not None and r.layout.type_name.name == "danh sach"
    if r.layout.type_name is None or listed:
        sent = _LIST_SENT_UP.search(folded, 0, min(len(folded), _LIST_HEAD))
        if sent is not None:
            # "Danh sách ca bệnh sốt xuất huyết tuần 47/2026 (gửi CDC tỉnh Vĩnh Long)": a list
            # whose title names the body it goes up to is what the unit reports to it, in
            # capitals too (over the type line's "other")
            weight = 4.5 if listed else 2.0
            vote.add("bao_cao", weight, r.evidence("layout", "list sent up", *sent.span()))
    inv = _INVITATION.search(folded)
    if inv is not None:
        vote.add("giay_moi", 1.0, r.evidence("term", inv.group(), inv.start(), inv.end()))
    minutes = _MINUTES.search(head)
    if minutes is not None:
        vote.add(
            "bien_ban", 1.0, r.evidence("term", minutes.group(), minutes.start(), minutes.end())
        )


#: a list's title that names the body it is sent or reported to ("Danh sách ca bệnh ... (gửi
#: CDC tỉnh Vĩnh Long)", "DANH SÁCH ... BÁO CÁO UBND XÃ", "... gửi về Trung tâm Y tế"); not
#: one sent along with a letter ("gửi kèm Công văn số ...": an annex)
_LIST_SENT_UP = re.compile(
    r"^[ \t]*danh\s*sach\s[^\n]*?(?<![a-z])(?:gui(?:\s*ve|\s*len)?|bao\s*cao)\s+"
    r"(?:cdc|ubnd|uy\s*ban|so|cuc|chi\s*cuc|bo|phong|trung\s*tam|benh\s*vien|tram|"
    r"cong\s*an|ban|hoi\s*dong|dang\s*uy|thuong\s*truc|lanh\s*dao|cap\s*tren)(?![a-z])"
    r"[^\n]*$",
    re.MULTILINE,
)
#: how far into a text a list's title is looked for (characters)
_LIST_HEAD = 400


#: the title of a form a citizen fills in, in capitals on its own line, folded ("VĂN BẢN ĐỒNG Ý
#: XỬ LÝ DỮ LIỆU CÁ NHÂN", "PHIẾU ĐỒNG Ý ...", "TỜ KHAI ...", "GIẤY ỦY QUYỀN", "BẢN CAM KẾT"):
#: its "Tôi tên là:" is the declarant's field, not a letter's opening
_FORM_TITLE = re.compile(
    r"^[ \t]*(?:van\s*ban|phieu|to\s*khai|giay|ban\s*(?:cam\s*ket|khai|tu\s*khai))\s+[a-z]"
    r"[^\n]*$",
    re.MULTILINE,
)
#: a letter's own title ("ĐƠN KHIẾU NẠI", "DON TO CAO")
_LETTER_TITLE = re.compile(r"^[ \t]*don\s+[a-z]", re.MULTILINE)


def _titled_as_a_form(r: Reading, opener: int) -> bool:
    """Whether a title in capitals above a letter's opening names the text as a form (a
    consent, a declaration), and none names it a letter (``ĐƠN ...``)."""
    folded, text = r.doc.folded, r.doc.text
    if _LETTER_TITLE.search(folded, 0, opener) is not None:
        return False
    for m in _FORM_TITLE.finditer(folded, 0, opener):
        letters = [c for c in text[m.start() : m.end()] if c.isalpha()]
        if letters and all(c.isupper() for c in letters):
            return True
    return False


#: a decision's or a resolution's closing article: who carries it out or when it takes effect
#: ("... chịu trách nhiệm thi hành Quyết định này", "Nghị quyết này có hiệu lực ..."), folded
_CLOSING_ARTICLE = re.compile(
    r"(?:thi\s*hanh|hieu\s*luc\s*(?:thi\s*hanh\s*)?ke\s*tu)[^\n]{0,40}?"
    r"(?P<kind>quyet\s*dinh|nghi\s*quyet)\s*nay|"
    r"(?P<kind2>quyet\s*dinh|nghi\s*quyet)\s*nay\s*co\s*hieu\s*luc"
)
#: an article opening its line ("Điều 2. Giao Phòng Kinh tế ...")
_ARTICLE_LINE = re.compile(r"^[ \t]*dieu\s*\d{1,2}\s*[.:]", re.MULTILINE)


#: an inspectorate among the header's bodies ("THANH TRA TỈNH", "Thanh tra Bộ Tư pháp")
_INSPECTORATE = re.compile(r"^thanh\s*tra\b")


def _inspectorate_symbol(r: Reading, symbol: str) -> bool:
    """Whether a symbol's leading ``TTr`` is an inspectorate's own abbreviation
    (``245/TTr-P3``: Thanh tra tỉnh, its Phòng 3), not a tờ trình: the issuing body is an
    inspectorate and ``TTr`` does not come again (a tờ trình of an inspectorate is
    ``TTr-TTr``)."""
    parts = [p.upper() for p in re.split(r"[-–.]", symbol)[1:]]
    if "TTR" in parts:
        return False
    lay = r.layout
    bodies = []
    if lay.issuer is not None:
        bodies.append(r.doc.folded[lay.issuer[0] : lay.issuer[1]])
    stop = lay.number_line[0] if lay.number_line is not None else 0
    bodies += [seg.folded for seg in lay.segments[:8] if seg.upper and seg.end <= stop]
    return any(_INSPECTORATE.match(" ".join(b.split())) for b in bodies)


def _issuer_initials(r: Reading, first: str) -> bool:
    """Whether a symbol's first part is the issuer's initials rather than a type
    (``3386/CT-CNTT`` of CỤC THUẾ under a ``V/v`` line: a công văn, not a chỉ thị): no type
    line, a ``V/v`` subject, and the part spells the first words of the issuing body."""
    lay = r.layout
    if lay.type_name is not None or not lay.subject_is_vv or lay.issuer is None:
        return False
    words = r.doc.folded[lay.issuer[0] : lay.issuer[1]].split()
    key = first.lower().replace("đ", "d")
    return len(key) >= 2 and "".join(w[0] for w in words[: len(key)]) == key


def _abbreviation(first: str, lay: Layout) -> str | None:
    """The document type a symbol's first part abbreviates (``QĐ``: quyết định)."""
    up = first.upper().replace("§", "Đ")
    plain = up.replace("Đ", "D")
    for t in type_names():
        for ab in t.abbreviations:
            ab_up = ab.upper()
            if up == ab_up:
                return t.doc_type
    # without diacritics (OCR, ASCII keyboards): "QD" is QĐ; "HD" is HD (hướng dẫn) unless
    # the type line says hợp đồng
    for t in type_names():
        for ab in t.abbreviations:
            if plain == ab.upper().replace("Đ", "D") and not (
                lay.type_name is not None and lay.type_name.doc_type != t.doc_type
            ):
                if plain == "HD" and lay.type_name is None:
                    return "huong_dan"
                return t.doc_type
    return None
