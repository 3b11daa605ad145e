"""``classify_document``: what a document is, how sensitive it is, and whether it may go to an
external AI, with the evidence for each conclusion.

The steps, each reusing what ``check_prompt`` already has:

1. text: a ``str`` is the text; a path (``os.PathLike``, or :func:`classify_file`) is read by
   :mod:`ai_guard.classify.extract` (.txt, .md, .html, .docx and .pdf through extras). A
   ``str`` that names an existing file, or looks like a path to a document (one line ending
   in ``.docx``, ``.pdf`` ...), is refused rather than classified as the few characters of
   the path;
2. :func:`ai_guard.prompt.check_prompt` runs every detector under the policy (personal data,
   secrecy stamps, keys; a failing detector blocks);
3. :func:`ai_guard.classify.layout.parse_layout` reads the Decree 30/2020 header and
   signature block;
4. :mod:`ai_guard.classify.lexicon` weighs category terms on the folded view;
5. the rules below turn that into a type, a sensitivity, categories and a verdict.

The verdict (``recommended_action``):

- a secrecy stamp (MẬT, TỐI MẬT, TUYỆT MẬT, or the control stamps) -> ``do_not_send``;
- anything check_prompt blocks (API keys, the policy's forbidden terms, a failed detector, an
  entity the policy sets to block) -> ``do_not_send``;
- a protected category (``Policy.protected_categories``: enforcement cases, complaints and
  denunciations, personnel, criminal procedure, health) about identifiable people ->
  ``do_not_send``, or ``redact_then_send`` when ``Policy.protected_redaction_suffices``;
- other personal data of private persons -> ``redact_then_send``;
- otherwise (public or internal text without personal data) -> ``send``.

Names of officials acting in their role (the signer, "Chấp hành viên Nguyễn Văn B", "đồng chí
Phó Chủ tịch ...") are public-role data: with ``Policy.official_names_are_public`` (the default)
they do not make a document personal. In a personnel document the officials named are its
subject, so only the signer's name stays public there.
"""

from __future__ import annotations

import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ai_guard import i18n
from ai_guard.classify.layout import Layout, official_title_at, parse_layout
from ai_guard.classify.lexicon import Hit, category_hits, score, signal_hits
from ai_guard.classify.models import (
    PROTECTED_CATEGORIES,
    Category,
    CategoryEvidence,
    DocumentClassification,
    DocumentHeader,
    DocumentType,
    Evidence,
    HeaderField,
    PersonalData,
    RecommendedAction,
    Secrecy,
    Sensitivity,
)
from ai_guard.models import Decision, EntityType, Finding, LocalizedText
from ai_guard.policy import Policy
from ai_guard.prompt import check_prompt
from ai_guard.text import Document

__all__ = [
    "CATEGORY_THRESHOLD",
    "DOCUMENT_SUFFIXES",
    "classify_document",
    "classify_file",
    "classify_text",
]

#: Suffixes of document files: a one-line ``str`` ending in one of them is taken for a path.
DOCUMENT_SUFFIXES = frozenset(
    {
        ".doc", ".docx", ".odt", ".rtf", ".pdf", ".txt", ".text", ".md", ".html", ".htm",
        ".xls", ".xlsx", ".ods", ".csv", ".ppt", ".pptx", ".odp",
    }
)  # fmt: skip
#: Longer than any path a file system accepts: such a string is text.
_PATH_MAX = 4096

#: Evidence weight a category needs to be reported (one decisive term, or several weaker).
CATEGORY_THRESHOLD = 3.0

_STRONG_IDS = frozenset(
    {
        EntityType.CCCD,
        EntityType.CMND,
        EntityType.PASSPORT,
        EntityType.SOCIAL_INSURANCE,
        EntityType.HEALTH_INSURANCE,
        EntityType.DATE_OF_BIRTH,
        EntityType.LICENSE_PLATE,
    }
)
_CONTACT = frozenset(
    {
        EntityType.PHONE,
        EntityType.EMAIL,
        EntityType.ADDRESS,
        EntityType.BANK_ACCOUNT,
        EntityType.TAX_CODE,
    }
)
_SECRECY_RANK: dict[str, int] = {"none": 0, "mat": 1, "toi_mat": 2, "tuyet_mat": 3}
_SECRECY_SENSITIVITY = {
    "mat": Sensitivity.SECRET,
    "toi_mat": Sensitivity.TOP_SECRET,
    "tuyet_mat": Sensitivity.ABSOLUTE_SECRET,
}
#: Roles in a procedure: officials named with these act in their role even in a document
#: about personnel (the enforcement officer, the judge, the clerk).
_PROCEDURAL = re.compile(
    r"(?:tham phan|hoi tham|thu ky|kiem sat vien|chap hanh vien|tham tra vien|dieu tra vien|"
    r"chu toa|thanh tra vien)$"
)
_NORMATIVE_SYMBOL = re.compile(
    r"^(?:N[ĐD]-CP|QH\d*|TT-|TTLT|L-CTN|UBTVQH|NQ-CP|NQ-HĐTP|NQ-HDTP|QĐ-TTG|QD-TTG)", re.I
)
_COURT_SYMBOL = re.compile(r"(?:^|-)(?:HS|DS|HNG[ĐD]|KDTM|L[ĐD]|HC)-(?:ST|PT|G[ĐD]T|TT)$", re.I)
_CRIMINAL_SYMBOL = re.compile(r"(?:^|-)HS-(?:ST|PT|G[ĐD]T|TT)$", re.I)
_ENFORCEMENT_SYMBOL = re.compile(r"THA", re.I)
_ARTICLE = re.compile(r"^\s*(?:dieu|điều)\s+\d{1,3}\s*[.:]", re.I | re.M)
_PRESS = re.compile(
    r"^\s*\((?:[A-Za-zĐđ.\s]{2,20})\)\s*[-–—]|(?:^|\n)\s*(?:theo|nguồn|nguon)\s*:?\s+"
    r"(?:ttxvn|vnexpress|tuổi trẻ|tuoi tre|thanh niên|thanh nien|báo|bao|cổng|cong)",
    re.I,
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
_INVITATION = re.compile(r"tran\s*trong\s*kinh\s*moi|kinh\s*moi\s*:|xin\s*moi\b")
_MINUTES = re.compile(
    r"hom\s*nay\s*,?\s*(?:vao\s*)?(?:hoi|luc|ngay)|thanh\s*phan\s*(?:tham\s*du|gom)"
)


#: Documents that are never "ordinary administration" (a judgment, a citizen's letter, a CV).
_NOT_ADMIN = frozenset({"ban_an", "ly_lich"})


@dataclass
class _Vote:
    """Evidence for the document type."""

    scores: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    evidence: dict[str, list[Evidence]] = field(default_factory=dict)

    def add(self, doc_type: str, weight: float, ev: Evidence) -> None:
        self.scores[doc_type] += weight
        self.evidence.setdefault(doc_type, []).append(ev.model_copy(update={"weight": weight}))


def path_like_suffix(text: str) -> str | None:
    """The reason a ``str`` reads as a file path rather than as a document's text: its document
    suffix (``".docx"``), ``""`` when it names an existing file without one, else None.

    A path is one line (surrounding spaces aside) of at most 4096 characters that either ends
    in a document suffix after a non-blank name (``docs/bao_cao_mat.docx``, whether or not the
    file exists) or names an existing file."""
    candidate = text.strip()
    if not candidate or len(candidate) > _PATH_MAX or len(candidate.splitlines()) != 1:
        return None
    stem, dot, suffix = candidate.rpartition(".")
    if dot and stem.strip() and f".{suffix.lower()}" in DOCUMENT_SUFFIXES:
        return f".{suffix.lower()}"
    try:
        exists = os.path.isfile(candidate)
    except (OSError, ValueError):
        exists = False
    return "" if exists else None


def classify_document(
    source: str | os.PathLike[str], *, policy: Policy | None = None
) -> DocumentClassification:
    """Classify a document: a ``str`` is its text, a path (``os.PathLike``) is read from disk.

    A ``str`` that names an existing file, or looks like a path to a document (one line ending
    in a document suffix such as ``.docx`` or ``.pdf``, see :func:`path_like_suffix`), raises
    :class:`~ai_guard.errors.InputError` instead of being classified as a few words of text:
    pass ``Path(...)`` or use :func:`classify_file` for the file, :func:`classify_text` for
    text that really is one such line. Raises ``InputError`` for a file that cannot be read
    (naming the file and what to do) and ``TypeError`` for anything that is neither text nor a
    path.
    """
    if isinstance(source, str):
        suffix = path_like_suffix(source)
        if suffix is not None:
            from ai_guard.errors import InputError

            vi, en = i18n.path_given_as_text("classify_document", suffix)
            raise InputError(en, vi)
        return classify_text(source, policy=policy)
    if isinstance(source, os.PathLike):
        return classify_file(source, policy=policy)
    raise TypeError(
        i18n.type_error("classify_document", "str (text) or os.PathLike (a file)", source)
    )


def classify_file(
    path: str | os.PathLike[str], *, policy: Policy | None = None
) -> DocumentClassification:
    """Classify the document stored at ``path`` (a ``str`` here is always a path): read by
    :func:`ai_guard.classify.extract.read_document` (.txt, .md, .html; .docx and .pdf with extras).

    Raises :class:`~ai_guard.errors.InputError` for a file that cannot be read (naming the file
    and what to do) and ``TypeError`` for anything that is not a path.
    """
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(i18n.type_error("classify_file", "str or os.PathLike (a file)", path))
    from ai_guard.classify.extract import read_document

    name = os.fspath(path)
    return classify_text(read_document(name), policy=policy, source=str(name))


def classify_text(
    text: str, *, policy: Policy | None = None, source: str | None = None
) -> DocumentClassification:
    """Classify text already in memory (what :func:`classify_document` does for a ``str``)."""
    if not isinstance(text, str):
        raise TypeError(i18n.type_error("classify_text", "str", text))
    policy = policy or Policy()
    doc = Document(text)
    check = check_prompt(text, policy=policy, document=doc)
    lay = parse_layout(doc)
    return _Classifier(doc, lay, check.findings, check.decision, policy, source).run()


class _Classifier:
    def __init__(
        self,
        doc: Document,
        lay: Layout,
        findings: list[Finding],
        prompt_decision: Decision,
        policy: Policy,
        source: str | None,
    ) -> None:
        self.doc = doc
        self.lay = lay
        self.findings = findings
        self.prompt_decision = prompt_decision
        self.policy = policy
        self.source = source
        self.reasons: list[LocalizedText] = []

    # -- spans ---------------------------------------------------------------------------------
    def _ev(self, kind: str, label: str, start: int, end: int, weight: float = 0.0) -> Evidence:
        s, e = self.doc.span_to_original(start, end)
        return Evidence(kind=kind, label=label, start=s, end=e, weight=weight)

    def _field(self, span: tuple[int, int] | None) -> HeaderField | None:
        if span is None or span[1] <= span[0]:
            return None
        s, e = self.doc.span_to_original(*span)
        return HeaderField(text=self.doc.original[s:e], start=s, end=e)

    # -- the pipeline --------------------------------------------------------------------------
    def run(self) -> DocumentClassification:
        doc, lay = self.doc, self.lay
        cat_hits = category_hits(doc)
        sig_hits = signal_hits(doc)
        doc_type, confidence, type_ev = self._doc_type()
        secrecy, secrecy_ev = self._secrecy()
        internal_marks = [
            self._ev("mark", h.term.folded, h.start, h.end, h.weight)
            for h in sig_hits
            if h.term.kind == "internal"
        ]
        public_score, public_ev = self._public_score(doc_type, sig_hits)
        is_public = public_score >= 3.0 and not internal_marks
        categories = self._categories(doc_type, cat_hits, is_public, public_ev)
        protected = [c for c in categories if c.category in self.policy.protected_categories]
        personal = self._personal(categories, sig_hits)
        sensitivity = self._sensitivity(secrecy, personal, is_public)
        action = self._verdict(secrecy, personal, protected)
        header = self._header()
        return DocumentClassification(
            doc_type=DocumentType(doc_type),
            doc_type_confidence=confidence,
            doc_type_evidence=type_ev,
            header=header,
            secrecy=secrecy,
            secrecy_evidence=secrecy_ev,
            declassified=lay.declassified is not None,
            urgency=lay.urgency,
            internal_marks=internal_marks,
            sensitivity=sensitivity,
            categories=categories,
            personal_data=personal,
            external_ai_allowed=action == "send",
            recommended_action=action,
            reasons=self._reasons(doc_type, sensitivity, categories, personal, secrecy, action),
            findings=self.findings,
            prompt_decision=self.prompt_decision,
            source=self.source,
            characters=len(doc.original),
            policy_name=self.policy.name,
        )

    # -- document type -------------------------------------------------------------------------
    def _doc_type(self) -> tuple[str, float, list[Evidence]]:
        lay, doc = self.lay, self.doc
        vote = _Vote()
        folded = doc.folded
        if lay.type_name is not None and lay.type_line is not None:
            t = lay.type_name
            vote.add(t.doc_type, 4.0, self._ev("layout", f"type line: {t.name}", *lay.type_line))
        symbol = lay.symbol or ""
        if lay.number_symbol is not None and symbol:
            first = re.split(r"[-–]", symbol)[0]
            matched = self._abbreviation(first, lay)
            if lay.number_prefix.startswith("ban an") or _COURT_SYMBOL.search(symbol):
                if lay.number_prefix.startswith("quyet dinh") or first.upper().startswith("Q"):
                    vote.add("quyet_dinh", 2.0, self._ev("symbol", symbol, *lay.number_symbol))
                else:
                    vote.add("ban_an", 3.0, self._ev("symbol", symbol, *lay.number_symbol))
            elif matched is not None:
                vote.add(
                    matched, 3.0, self._ev("symbol", f"{first}: {matched}", *lay.number_symbol)
                )
            elif lay.year_in_number and _NORMATIVE_SYMBOL.match(symbol):
                vote.add("other", 3.0, self._ev("symbol", symbol, *lay.number_symbol))
            elif lay.type_name is None:
                # no type abbreviation in the symbol: a công văn (Decree 30 Appendix III)
                vote.add("cong_van", 2.0, self._ev("symbol", symbol, *lay.number_symbol))
        if lay.subject is not None and lay.subject_is_vv and lay.type_name is None:
            vote.add("cong_van", 2.0, self._ev("layout", "V/v", *lay.subject))
        if lay.recipients is not None and lay.type_name is None and lay.number_symbol:
            vote.add("cong_van", 0.5, self._ev("layout", "kinh gui", *lay.recipients))
        # conventions of documents outside Decree 30
        head = folded[: min(len(folded), 4000)]
        if "nhan danh nuoc cong hoa" in head or re.search(r"ban\s*an\s*so", head):
            m = re.search(r"nhan danh nuoc cong hoa|ban\s*an\s*so", head)
            assert m is not None
            vote.add("ban_an", 2.5, self._ev("layout", m.group(), m.start(), m.end()))
        letter = _LETTER_OPENERS.search(head)
        if letter is not None:
            kind = "don_khieu_nai"
            vote.add(kind, 1.5, self._ev("layout", "letter opener", letter.start(), letter.end()))
        cv = list(_CV_FIELDS.finditer(head))
        if len(cv) >= 3:
            vote.add(
                "ly_lich",
                1.0 * len(cv),
                self._ev("layout", "CV fields", cv[0].start(), cv[-1].end()),
            )
        contract = list(_CONTRACT.finditer(head))
        if len(contract) >= 2:
            vote.add(
                "hop_dong",
                2.0,
                self._ev("layout", "parties", contract[0].start(), contract[-1].end()),
            )
        inv = _INVITATION.search(folded)
        if inv is not None:
            vote.add("giay_moi", 1.0, self._ev("term", inv.group(), inv.start(), inv.end()))
        minutes = _MINUTES.search(head)
        if minutes is not None:
            vote.add(
                "bien_ban", 1.0, self._ev("term", minutes.group(), minutes.start(), minutes.end())
            )
        if not vote.scores:
            return "other", 0.5, []
        best, points = max(vote.scores.items(), key=lambda kv: kv[1])
        if points < 1.5:
            return "other", 0.5, vote.evidence.get(best, [])
        total = sum(vote.scores.values())
        return best, round(min(0.99, 0.5 + 0.5 * points / max(total, 4.0)), 2), vote.evidence[best]

    @staticmethod
    def _abbreviation(first: str, lay: Layout) -> str | None:
        from ai_guard.classify.layout import type_names

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

    # -- secrecy -------------------------------------------------------------------------------
    def _secrecy(self) -> tuple[Secrecy, list[Evidence]]:
        level: Secrecy = "none"
        evidence: list[Evidence] = []
        if self.lay.declassified is not None:
            s, e = self.lay.declassified
            evidence.append(self._ev("stamp", "giai mat", s, e))
        for f in self.findings:
            if f.entity is not EntityType.STATE_SECRET_MARK:
                continue
            stamp = " ".join(self.doc.original[f.start : f.end].split())
            from ai_guard.text import fold_word

            key = fold_word(stamp)
            found: Secrecy = "tuyet_mat" if "tuyet" in key else "toi_mat" if "toi" in key else "mat"
            evidence.append(Evidence(kind="stamp", label=key, start=f.start, end=f.end))
            if _SECRECY_RANK[found] > _SECRECY_RANK[level]:
                level = found
        if level == "none":
            ocr = self._ocr_stamp()
            if ocr is not None:
                level, ev = ocr
                evidence.append(ev)
        if self.lay.declassified is not None and level != "none":
            # a GIẢI MẬT stamp next to the old mark: the document is no longer secret
            return "none", evidence
        return level, evidence

    _OCR_STAMP = re.compile(
        r"^[\s\[(«*\"'-]*(T\s?U\s?Y\s?[E3]\s?T|T\s?[O0Ô6]\s?[I1l])?\s*M\s?[A@4]\s?T[\s\])»*\"'.-]*$",
        re.M,
    )

    def _ocr_stamp(self) -> tuple[Secrecy, Evidence] | None:
        """A stamp line damaged by OCR ("T0I MAT", "TUY3T MAT") in the first lines."""
        cased = self.doc.folded_cased
        head_end = (
            self.lay.segments[min(len(self.lay.segments), 40) - 1].end if (self.lay.segments) else 0
        )
        for m in self._OCR_STAMP.finditer(cased, 0, head_end):
            whole = m.group().strip()
            if not whole or whole != whole.upper():
                continue
            lvl = m.group(1) or ""
            squeezed = lvl.replace(" ", "")
            found: Secrecy = (
                "tuyet_mat" if squeezed.startswith("TUY") else "toi_mat" if squeezed else "mat"
            )
            return found, self._ev("stamp", f"ocr: {whole}", m.start(), m.end())
        return None

    # -- public or internal --------------------------------------------------------------------
    def _public_score(self, doc_type: str, hits: list[Hit]) -> tuple[float, list[Evidence]]:
        lay, doc = self.lay, self.doc
        total = 0.0
        ev: list[Evidence] = []
        for h in hits:
            if h.term.kind == "public":
                total += h.weight
                ev.append(self._ev("term", h.term.folded, h.start, h.end, h.weight))
        if lay.symbol and lay.year_in_number and _NORMATIVE_SYMBOL.match(lay.symbol):
            assert lay.number_symbol is not None
            total += 3.0
            ev.append(self._ev("symbol", f"normative: {lay.symbol}", *lay.number_symbol, 3.0))
        if lay.type_name is not None and lay.type_name.name in (
            "luat",
            "bo luat",
            "nghi dinh",
            "thong tu",
            "thong tu lien tich",
            "phap lenh",
            "thong cao bao chi",
            "thong cao",
        ):
            assert lay.type_line is not None
            total += 3.0
            ev.append(self._ev("layout", f"type: {lay.type_name.name}", *lay.type_line, 3.0))
        articles = list(_ARTICLE.finditer(doc.folded))
        if len(articles) >= 3:
            total += 1.5
            ev.append(
                self._ev(
                    "layout",
                    f"{len(articles)} articles",
                    articles[0].start(),
                    articles[-1].end(),
                    1.5,
                )
            )
        press = _PRESS.search(doc.text[:3000])
        if press is not None and lay.cues == 0:
            total += 3.0
            ev.append(self._ev("layout", "press", press.start(), press.end(), 3.0))
        del doc_type
        return total, ev

    # -- categories ----------------------------------------------------------------------------
    def _categories(
        self, doc_type: str, hits: list[Hit], is_public: bool, public_ev: list[Evidence]
    ) -> list[CategoryEvidence]:
        lay = self.lay
        totals: defaultdict[str, float] = defaultdict(float)
        evidence: dict[str, list[Evidence]] = {}
        seen: Counter[tuple[str, str]] = Counter()
        heading = [s for s in (lay.type_line, lay.subject, lay.issuer) if s is not None]
        in_heading: set[str] = set()
        for h in hits:
            cat = h.term.kind
            key = (cat, h.term.folded)
            seen[key] += 1
            w = h.weight if seen[key] == 1 else min(0.25 * h.weight, 0.5)
            if seen[key] > 5:
                continue
            if any(s <= h.start < e for s, e in heading):
                w *= 1.5
                in_heading.add(cat)
            totals[cat] += w
            if seen[key] <= 2:
                evidence.setdefault(cat, []).append(
                    self._ev("term", h.term.folded, h.start, h.end, round(w, 2))
                )
        # one passing mention in a long text ("... giải quyết khiếu nại của công dân" among the
        # tasks of a plan) does not make the document a complaint file
        if len(self.doc.text) > 800:
            for cat in list(totals):
                terms = [k for k in seen if k[0] == cat]
                if len(terms) == 1 and seen[terms[0]] == 1 and cat not in in_heading:
                    totals[cat] *= 0.8
        # the document's own conventions
        structural = {
            "ban_an": None,
            "don_khieu_nai": "complaint_denunciation",
            "ly_lich": "personnel",
        }
        symbol = lay.symbol or ""
        if lay.number_symbol is not None:
            if _CRIMINAL_SYMBOL.search(symbol):
                self._bump(
                    totals, evidence, "criminal_procedure", 3.0, "symbol", symbol, lay.number_symbol
                )
            if _ENFORCEMENT_SYMBOL.search(symbol):
                self._bump(
                    totals, evidence, "enforcement_case", 3.0, "symbol", symbol, lay.number_symbol
                )
        target = structural.get(doc_type)
        if (
            target == "complaint_denunciation"
            and lay.type_name is not None
            and not re.search(r"khieu|to cao|kien nghi|phan anh", lay.type_name.name)
        ):
            target = None  # "ĐƠN ĐỀ NGHỊ": a citizen's request, not a complaint
        if target is not None and lay.type_line is not None:
            self._bump(totals, evidence, target, 3.0, "layout", doc_type, lay.type_line)
        for f in self.findings:
            if f.entity is EntityType.CASE_NUMBER:
                value = self.doc.original[f.start : f.end]
                if _ENFORCEMENT_SYMBOL.search(value):
                    cat = "enforcement_case"
                elif re.search(r"HS", value):
                    cat = "criminal_procedure"
                else:
                    continue
                totals[cat] += 1.0
                evidence.setdefault(cat, []).append(
                    Evidence(kind="case_number", label=cat, start=f.start, end=f.end, weight=1.0)
                )
        out: list[CategoryEvidence] = []
        for cat, total in sorted(totals.items(), key=lambda kv: -kv[1]):
            if total >= CATEGORY_THRESHOLD:
                out.append(
                    CategoryEvidence(
                        category=Category(cat), score=score(total), evidence=evidence[cat][:8]
                    )
                )
        protected = {c.category for c in out} & PROTECTED_CATEGORIES
        if is_public:
            out.append(
                CategoryEvidence(category=Category.PUBLIC_INFO, score=0.8, evidence=public_ev[:8])
            )
        elif not protected and doc_type not in _NOT_ADMIN and (lay.cues >= 2 or not out):
            ev = []
            if lay.number_symbol is not None:
                ev.append(self._ev("layout", "number line", *lay.number_symbol))
            if lay.type_line is not None:
                ev.append(self._ev("layout", "type line", *lay.type_line))
            out.append(CategoryEvidence(category=Category.GENERAL_ADMIN, score=0.6, evidence=ev))
        return out

    def _bump(
        self,
        totals: defaultdict[str, float],
        evidence: dict[str, list[Evidence]],
        cat: str,
        weight: float,
        kind: str,
        label: str,
        span: tuple[int, int],
    ) -> None:
        totals[cat] += weight
        evidence.setdefault(cat, []).insert(0, self._ev(kind, label, *span, weight))

    # -- personal data -------------------------------------------------------------------------
    def _personal(self, categories: list[CategoryEvidence], sig_hits: list[Hit]) -> PersonalData:
        cats = {c.category for c in categories}
        about_personnel = Category.PERSONNEL in cats
        counts: Counter[EntityType] = Counter(f.entity for f in self.findings)
        private_names = public_names = 0
        public_spans: list[tuple[int, int]] = []
        evidence: list[Evidence] = []
        header_end = self._header_end()
        for f in self.findings:
            if f.entity is not EntityType.PERSON:
                continue
            role = self._public_role(f, about_personnel)
            if role and self.policy.official_names_are_public:
                public_names += 1
                public_spans.append((f.start, f.end))
            else:
                private_names += 1
                evidence.append(Evidence(kind="entity", label="PERSON", start=f.start, end=f.end))
        strong = [f for f in self.findings if f.entity in _STRONG_IDS]
        for f in strong:
            evidence.append(Evidence(kind="entity", label=f.entity.value, start=f.start, end=f.end))
        identifiable = private_names > 0 or bool(strong)
        private_contact = 0
        for f in self.findings:
            if f.entity not in _CONTACT:
                continue
            if f.start < header_end or self._near_public(f.start, public_spans):
                continue
            if self._in_footer(f.start):
                continue
            private_contact += 1
            evidence.append(Evidence(kind="entity", label=f.entity.value, start=f.start, end=f.end))
        kinds: set[str] = set()
        if identifiable or private_contact:
            for h in sig_hits:
                if h.term.kind.startswith("sensitive."):
                    kinds.add(h.term.kind.split(".", 1)[1])
                    evidence.append(self._ev("field", h.term.kind, h.start, h.end, h.weight))
            if Category.HEALTH in cats:
                kinds.add("health")
            if Category.CRIMINAL_PROCEDURE in cats:
                kinds.add("crime")
            if counts.get(EntityType.BANK_ACCOUNT) and (identifiable or private_contact):
                kinds.add("finance")
            if counts.get(EntityType.API_SECRET):
                kinds.add("credentials")
        return PersonalData(
            counts=dict(sorted(counts.items(), key=lambda kv: kv[0].value)),
            identifiable=identifiable,
            private_names=private_names,
            public_role_names=public_names,
            sensitive_kinds=sorted(kinds),
            evidence=evidence[:20],
        )

    def _public_role(self, f: Finding, about_personnel: bool) -> bool:
        doc, lay = self.doc, self.lay
        # spans of findings are on the original; layout spans are on doc.text: compare on text
        start = _to_text(doc, f.start)
        end = _to_text(doc, f.end)
        if lay.signer is not None and lay.signer[0] <= start < lay.signer[1] + 2:
            return True
        if lay.signer_title is not None and lay.signer_title[0] <= start <= (
            (lay.signer[1] if lay.signer else lay.signer_title[1]) + 120
        ):
            return True
        folded = doc.folded
        before = folded[max(0, start - 45) : start]
        m = None
        for cand in official_title_iter(before):
            m = cand
        if m is not None and len(before[m.end() :].split()) <= 5:
            title = m.group()
            if not about_personnel or _PROCEDURAL.search(title):
                return True
        after = folded[end : end + 40]
        am = re.match(r"\s*[,(\-–]\s*", after)
        if am is not None:
            m2 = official_title_at(after, am.end(), min(len(after), am.end() + 22))
            if (
                m2 is not None
                and m2.start() == am.end()
                and (not about_personnel or _PROCEDURAL.search(m2.group()))
            ):
                return True
        return False

    def _header_end(self) -> int:
        lay = self.lay
        ends = [s[1] for s in (lay.number_line, lay.place_date, lay.motto) if s is not None]
        if not ends:
            return 0
        return self.doc.to_original(max(ends))

    def _near_public(self, pos: int, spans: list[tuple[int, int]]) -> bool:
        return any(0 <= pos - e <= 120 for _, e in spans)

    def _in_footer(self, pos: int) -> bool:
        lay = self.lay
        if lay.distribution is not None:
            s, e = self.doc.span_to_original(*lay.distribution)
            if s <= pos < e:
                return True
        return False

    # -- sensitivity and verdict ---------------------------------------------------------------
    def _sensitivity(
        self, secrecy: Secrecy, personal: PersonalData, is_public: bool
    ) -> Sensitivity:
        if secrecy != "none":
            return _SECRECY_SENSITIVITY[secrecy]
        private = personal.identifiable or self._private_contacts(personal)
        if private and personal.sensitive_kinds:
            return Sensitivity.SENSITIVE_PERSONAL
        if private:
            return Sensitivity.PERSONAL
        return Sensitivity.PUBLIC if is_public else Sensitivity.INTERNAL

    @staticmethod
    def _private_contacts(personal: PersonalData) -> bool:
        return any(e.kind == "entity" and e.label != "PERSON" for e in personal.evidence)

    def _verdict(
        self, secrecy: Secrecy, personal: PersonalData, protected: list[CategoryEvidence]
    ) -> RecommendedAction:
        if secrecy != "none":
            return "do_not_send"
        blocking = [
            f
            for f in self.findings
            if f.action is Decision.BLOCK
            and not (f.entity is EntityType.STATE_SECRET_MARK and self.lay.declassified)
        ]
        if blocking:
            return "do_not_send"
        if personal.identifiable and protected:
            return "redact_then_send" if self.policy.protected_redaction_suffices else "do_not_send"
        if personal.identifiable or self._private_contacts(personal):
            return "redact_then_send"
        return "send"

    # -- header and reasons --------------------------------------------------------------------
    def _header(self) -> DocumentHeader:
        lay = self.lay
        return DocumentHeader(
            issuer=self._field(lay.issuer),
            number_symbol=self._field(lay.number_symbol),
            number=lay.number,
            symbol=lay.symbol,
            place_date=self._field(lay.place_date),
            place=lay.place,
            date=lay.date,
            type_name=self._field(lay.type_line),
            subject=self._field(lay.subject),
            recipients=self._field(lay.recipients),
            distribution=self._field(lay.distribution),
            signer=self._field(lay.signer),
            signer_title=self._field(lay.signer_title),
            national_motto=lay.motto is not None,
        )

    def _reasons(
        self,
        doc_type: str,
        sensitivity: Sensitivity,
        categories: list[CategoryEvidence],
        personal: PersonalData,
        secrecy: Secrecy,
        action: RecommendedAction,
    ) -> list[LocalizedText]:
        out: list[LocalizedText] = []

        def say(pair: tuple[str, str]) -> None:
            out.append(LocalizedText(vi=pair[0], en=pair[1]))

        say(i18n.doc_type_reason(doc_type, self.lay.symbol, self.lay.type_name is not None))
        if secrecy != "none":
            say(i18n.secrecy_reason(secrecy))
        elif self.lay.declassified is not None:
            say(i18n.declassified_reason())
        blocked = sorted(
            {
                f.entity.value
                for f in self.findings
                if f.action is Decision.BLOCK and f.entity is not EntityType.STATE_SECRET_MARK
            }
        )
        if blocked:
            say(i18n.blocked_entities_reason(blocked))
        for c in categories:
            terms = list(
                dict.fromkeys(e.label for e in c.evidence if e.kind in ("term", "symbol", "layout"))
            )[:3]
            say(i18n.category_reason(c.category.value, c.score, terms))
        counts = {k.value: v for k, v in personal.counts.items()}
        say(
            i18n.personal_reason(
                counts,
                personal.identifiable,
                personal.private_names,
                personal.public_role_names,
                personal.sensitive_kinds,
            )
        )
        protected = [
            c.category.value for c in categories if c.category in self.policy.protected_categories
        ]
        say(i18n.verdict_reason(action, sensitivity.value, protected, personal.identifiable))
        return out


def _to_text(doc: Document, original_offset: int) -> int:
    """Map an offset in ``doc.original`` back to ``doc.text`` (identity unless NFC changed it)."""
    if doc.text is doc.original or len(doc.text) == len(doc.original):
        return original_offset
    lo, hi = 0, len(doc.text)
    while lo < hi:
        mid = (lo + hi) // 2
        if doc.to_original(mid) < original_offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


def official_title_iter(s: str) -> Iterable[re.Match[str]]:
    pos = 0
    while True:
        m = official_title_at(s, pos, len(s))
        if m is None:
            return
        yield m
        pos = m.end()
