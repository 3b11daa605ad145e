"""What a document is about: enforcement case, complaint or denunciation, personnel, criminal
procedure, health, finance; ``general_admin`` and ``public_info`` for the rest.

Evidence: weighted lexicon terms on the folded view (a repeated term adds little, a term in the
type line, subject or issuer counts 1.5 times, a single passing mention in a long text 0.8
times), the document's own conventions (a ``THA`` or ``HS-ST`` symbol, a complaint letter or a
CV by its type) and check_prompt's case numbers. A category is reported from
:data:`CATEGORY_THRESHOLD` points, with at most eight pieces of evidence.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ai_guard.classify.evidence import Reading
from ai_guard.classify.lexicon import Hit, is_cell, score
from ai_guard.classify.models import PROTECTED_CATEGORIES, Category, CategoryEvidence, Evidence
from ai_guard.classify.public import Publicity
from ai_guard.models import EntityType

__all__ = ["CATEGORY_THRESHOLD", "decide_categories"]

#: Evidence weight a category needs to be reported (one decisive term, or several weaker).
CATEGORY_THRESHOLD = 3.0

#: Documents that are never "ordinary administration" (a judgment, a citizen's letter, a CV).
_NOT_ADMIN = frozenset({"ban_an", "ly_lich"})
#: The category a document type is about by itself, when its type line says so.
_BY_TYPE: dict[str, str | None] = {
    "ban_an": None,
    "don_khieu_nai": "complaint_denunciation",
    "ly_lich": "personnel",
}
_CRIMINAL_SYMBOL = re.compile(r"(?:^|-)HS-(?:ST|PT|G[ĐD]T|TT)$", re.I)
_ENFORCEMENT_SYMBOL = re.compile(r"THA", re.I)


@dataclass
class _Tally:
    """Summed weight and evidence per category, in the order they were first seen."""

    totals: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    evidence: dict[str, list[Evidence]] = field(default_factory=dict)

    def add(self, cat: str, weight: float, ev: Evidence | None = None) -> None:
        self.totals[cat] += weight
        if ev is not None:
            self.evidence.setdefault(cat, []).append(ev)

    def lead(self, cat: str, weight: float, ev: Evidence) -> None:
        """Add evidence that outranks the terms (the document's own conventions)."""
        self.totals[cat] += weight
        self.evidence.setdefault(cat, []).insert(0, ev)


def decide_categories(
    r: Reading, doc_type: str, terms: list[Hit], public: Publicity
) -> list[CategoryEvidence]:
    """The categories at or above the threshold, strongest first, then ``public_info`` for a
    public document or ``general_admin`` for an administrative one about no protected
    category."""
    tally = _Tally()
    _weigh_terms(r, terms, tally)
    _weigh_conventions(r, doc_type, tally)
    _weigh_case_numbers(r, tally)
    return _report(r, doc_type, tally, public)


def _weigh_terms(r: Reading, hits: list[Hit], tally: _Tally) -> None:
    lay = r.layout
    seen: Counter[tuple[str, str]] = Counter()
    heading = [s for s in (lay.type_line, lay.subject, lay.issuer) if s is not None]
    in_heading: set[str] = set()
    records: set[str] = set()
    folded = r.doc.folded
    for h in hits:
        if _in_example(folded, h.start):
            continue  # "ví dụ: tình trạng sức khỏe, bệnh án; tiền án, tiền sự; số dư ..."
        cat = h.term.kind
        key = (cat, h.term.folded)
        seen[key] += 1
        weight = h.weight
        if _names_record(r.doc.folded, h) or _heads_column(r.doc.folded, h):
            records.add(cat)
            weight = max(weight, _RECORD_WEIGHT)
        w = weight if seen[key] == 1 else min(0.25 * weight, 0.5)
        if seen[key] > 5:
            continue
        if any(s <= h.start < e for s, e in heading):
            w *= 1.5
            in_heading.add(cat)
        ev = None
        if seen[key] <= 2:  # the first two mentions of a term are its evidence
            kind = "record" if weight > h.weight else "term"
            ev = r.evidence(kind, h.term.folded, h.start, h.end, round(w, 2))
        tally.add(cat, w, ev)
    # one passing mention in a long text ("... giải quyết khiếu nại của công dân" among the
    # tasks of a plan) does not make the document a complaint file
    if len(r.doc.text) > 800:
        for cat in list(tally.totals):
            keys = [k for k in seen if k[0] == cat]
            if (
                len(keys) == 1
                and seen[keys[0]] == 1
                and cat not in in_heading
                and cat not in records
            ):
                tally.totals[cat] *= 0.8


#: what opens a list of examples: "ví dụ:", "chẳng hạn như", "như là"
_EXAMPLE = re.compile(r"(?<![a-z])(?:vi\s+du|chang\s+han(?:\s+nhu)?)\s*[:,]")
#: how far back an example's opener is looked for, in its sentence (characters)
_EXAMPLE_REACH = 300


def _in_example(folded: str, pos: int) -> bool:
    """Whether an offset lies in a list of examples, in the same sentence as its opener ("...
    dữ liệu cá nhân nhạy cảm, ví dụ: quan điểm chính trị; tình trạng sức khỏe, bệnh án; ...").
    A leaflet or a rule that lists kinds of data as examples is not about them."""
    lo = max(0, pos - _EXAMPLE_REACH)
    opener = None
    for m in _EXAMPLE.finditer(folded, lo, pos):
        opener = m
    if opener is None:
        return False
    between = folded[opener.end() : pos]
    return not re.search(r"[.?!](?:\s|$)|\n\s*\n", between)


def _names_record(folded: str, h: Hit) -> bool:
    """Whether a strong term names a kind of record as an item of a list: ``...; hồ sơ bệnh
    án; ...``, ``hồ sơ thi hành án, hồ sơ tổ chức cán bộ``, ``hồ sơ giải quyết khiếu nại, tố
    cáo``. A rule on which records may not be pasted into a chatbot is about those records,
    however briefly it lists them. Not a record named inside a sentence (``tình trạng sức khỏe
    được ghi trong hồ sơ bệnh án``, a definition), nor a term of weight 1 (``hồ sơ tuyển
    dụng``)."""
    if h.term.weight < 2:
        return False
    start = h.start
    if not h.term.folded.startswith("ho so "):
        m = _RECORD_BEFORE.search(folded, max(0, start - 60), start)
        if m is None:
            return False
        start = m.start()
    return _LIST_ITEM_BEFORE.search(folded, max(0, start - 12), start) is not None


#: up to three words after a column's term ("Chẩn đoán sơ bộ", "Tội danh bị truy tố")
_QUALIFIER = re.compile(r"(?:[ \t]+[a-z]+){0,3}?(?=[ \t]*(?:[|\t;]|$))", re.M)


def _heads_column(folded: str, h: Hit) -> bool:
    """Whether a term of weight 2 or more heads a column of a table with rows under it
    ("| Họ và tên trẻ | Ngày sinh | ... | Chẩn đoán sơ bộ |"): the table records that field
    for each person in it, however briefly the text names the field."""
    if h.term.weight < 2:
        return False
    qualifier = _QUALIFIER.match(folded, h.end)
    if qualifier is None or not is_cell(folded, h.start, qualifier.end()):
        return False
    le = folded.find("\n", h.end)
    rows = folded[le + 1 : le + 2000].split("\n")[:3] if le >= 0 else []
    return sum(("|" in row or "\t" in row) for row in rows) >= 2


#: The weight of a term that names a kind of record (see :func:`_names_record`).
_RECORD_WEIGHT = 3.0
#: "hồ sơ " right before a term, or "hồ sơ <one record>, " before the next one of a list
_RECORD_BEFORE = re.compile(r"\bho\s+so\s+(?:(?:[a-z]+\s+){0,3}[a-z]+,\s+)?$")
#: what opens an item of a list: a separator, a line start, "và", "hoặc", "các"
_LIST_ITEM_BEFORE = re.compile(r"(?:^|[,;:\n(-]|\b(?:va|hoac|cac))\s*$")


def _weigh_conventions(r: Reading, doc_type: str, tally: _Tally) -> None:
    """The symbol (``THA``: enforcement, ``HS-ST``: criminal) and the type of document."""
    lay = r.layout
    symbol = lay.symbol or ""
    if lay.number_symbol is not None:
        if _CRIMINAL_SYMBOL.search(symbol):
            tally.lead(
                "criminal_procedure", 3.0, r.evidence("symbol", symbol, *lay.number_symbol, 3.0)
            )
        if _ENFORCEMENT_SYMBOL.search(symbol):
            tally.lead(
                "enforcement_case", 3.0, r.evidence("symbol", symbol, *lay.number_symbol, 3.0)
            )
    target = _BY_TYPE.get(doc_type)
    if (
        target == "complaint_denunciation"
        and lay.type_name is not None
        and not re.search(r"khieu|to cao|kien nghi|phan anh", lay.type_name.name)
    ):
        target = None  # "ĐƠN ĐỀ NGHỊ": a citizen's request, not a complaint
    if target is not None and lay.type_line is not None:
        tally.lead(target, 3.0, r.evidence("layout", doc_type, *lay.type_line, 3.0))


def _weigh_case_numbers(r: Reading, tally: _Tally) -> None:
    """check_prompt's case numbers: an enforcement file (``THA``) or a criminal one (``HS``)."""
    for f in r.findings:
        if f.entity is EntityType.CASE_NUMBER:
            value = r.doc.original[f.start : f.end]
            if _ENFORCEMENT_SYMBOL.search(value):
                cat = "enforcement_case"
            elif re.search(r"HS", value):
                cat = "criminal_procedure"
            else:
                continue
            ev = Evidence(kind="case_number", label=cat, start=f.start, end=f.end, weight=1.0)
            tally.add(cat, 1.0, ev)


#: recipients that are agencies ("Các Bộ, cơ quan ngang Bộ", "UBND các xã", "Cục THADS các tỉnh")
_AGENCY_RECIPIENT = re.compile(
    r"(?<![a-z])(?:bo|so|ban|nganh|cuc|chi\s+cuc|vu|don\s+vi|ubnd|uy\s+ban|co\s+quan|phong|"
    r"thanh\s+tra|toa\s+an|vien\s+kiem\s+sat|cong\s+an|tong\s+cuc|thue|kho\s+bac|truong)(?![a-z])"
)
#: recipients that are the public ("Các tổ chức, cá nhân ...", "người nộp thuế", "Nhân dân")
_PUBLIC_RECIPIENT = re.compile(
    r"(?<![a-z])(?:ca\s+nhan|cong\s+dan|(?<!ban\s)nhan\s+dan|nguoi\s+nop\s+thue|nguoi\s+dan|"
    r"doanh\s+nghiep|ho\s+gia\s+dinh|to\s+chuc,\s+ca\s+nhan)(?![a-z])"
)


def _to_agencies(r: Reading, doc_type: str) -> bool:
    """Whether a public document is a directive to agencies (a chỉ thị; a công văn whose
    ``Kính gửi`` names only agencies): published, so public, but not addressed to the public,
    so not ``public_info``."""
    if doc_type == "chi_thi":
        return True
    rec = r.layout.recipients
    if rec is None or doc_type != "cong_van":
        return False
    folded = r.doc.folded[rec[0] : rec[1]]
    return bool(_AGENCY_RECIPIENT.search(folded)) and not _PUBLIC_RECIPIENT.search(folded)


def _report(r: Reading, doc_type: str, tally: _Tally, public: Publicity) -> list[CategoryEvidence]:
    lay = r.layout
    out: list[CategoryEvidence] = []
    for cat, total in sorted(tally.totals.items(), key=lambda kv: -kv[1]):
        if total >= CATEGORY_THRESHOLD:
            out.append(
                CategoryEvidence(
                    category=Category(cat), score=score(total), evidence=tally.evidence[cat][:8]
                )
            )
    # finance is not protected by default, but a document about it is not "ordinary
    # administration" either (the labels of every corpus but core c-013 agree)
    protected = {c.category for c in out} & (PROTECTED_CATEGORIES | {Category.FINANCE})
    if public.is_public and not _to_agencies(r, doc_type):
        out.append(
            CategoryEvidence(category=Category.PUBLIC_INFO, score=0.8, evidence=public.evidence[:8])
        )
    elif not protected and doc_type not in _NOT_ADMIN and (lay.cues >= 2 or not out):
        ev = []
        if lay.number_symbol is not None:
            ev.append(r.evidence("layout", "number line", *lay.number_symbol))
        if lay.type_line is not None:
            ev.append(r.evidence("layout", "type line", *lay.type_line))
        out.append(CategoryEvidence(category=Category.GENERAL_ADMIN, score=0.6, evidence=ev))
    return out
