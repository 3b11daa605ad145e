"""The models of :func:`ai_guard.classify_document`: the verdict on one document
(:class:`DocumentClassification`) and what it is made of (type, sensitivity, categories,
header, personal data, evidence).

Like the prompt models in :mod:`ai_guard.models` (which it builds on: ``EntityType``,
``Decision``, ``Finding``, ``LocalizedText``), no model here holds a matched value: evidence
says what was seen and where, in the ORIGINAL text. ``ai_guard.models`` re-exports every name
here, so code written against it keeps working.
"""

from __future__ import annotations

import datetime as _dt
import sys
from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict

from ai_guard import i18n
from ai_guard.models import Decision, EntityType, Finding, HeldFindingsModel, LocalizedText

__all__ = [
    "PROTECTED_CATEGORIES",
    "Category",
    "CategoryEvidence",
    "DocumentClassification",
    "DocumentHeader",
    "DocumentType",
    "Evidence",
    "HeaderField",
    "PersonalData",
    "RecommendedAction",
    "Secrecy",
    "Sensitivity",
    "Urgency",
]


class Sensitivity(str, Enum):
    """How sensitive a document is. Ordered: ``public < internal < ... < absolute_secret``.

    The last three follow the secrecy stamp (MẬT, TỐI MẬT, TUYỆT MẬT); ``personal`` and
    ``sensitive_personal`` follow the personal-data law (Decree 13/2023 art. 2, Law 91/2025 and
    Decree 356/2025).
    """

    PUBLIC = "public"
    INTERNAL = "internal"
    PERSONAL = "personal"
    SENSITIVE_PERSONAL = "sensitive_personal"
    SECRET = "secret"
    TOP_SECRET = "top_secret"
    ABSOLUTE_SECRET = "absolute_secret"

    @property
    def rank(self) -> int:
        return _SENSITIVITY_RANK[self]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Sensitivity):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Sensitivity):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Sensitivity):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Sensitivity):
            return NotImplemented
        return self.rank >= other.rank

    def __str__(self) -> str:
        return self.value


_SENSITIVITY_RANK = {s: i for i, s in enumerate(Sensitivity)}


class DocumentType(str, Enum):
    """The kind of document (Decree 30/2020 Appendix III names, plus court and citizen forms).

    Laws, decrees, circulars, regulations and everything else without a type of its own are
    ``other``; :attr:`DocumentHeader.type_name` keeps the type name as written.
    """

    CONG_VAN = "cong_van"
    QUYET_DINH = "quyet_dinh"
    THONG_BAO = "thong_bao"
    BAO_CAO = "bao_cao"
    TO_TRINH = "to_trinh"
    KE_HOACH = "ke_hoach"
    BAN_AN = "ban_an"
    DON_KHIEU_NAI = "don_khieu_nai"
    LY_LICH = "ly_lich"
    NGHI_QUYET = "nghi_quyet"
    CHI_THI = "chi_thi"
    HUONG_DAN = "huong_dan"
    BIEN_BAN = "bien_ban"
    HOP_DONG = "hop_dong"
    GIAY_MOI = "giay_moi"
    CONG_DIEN = "cong_dien"
    OTHER = "other"

    def __str__(self) -> str:
        return self.value


class Category(str, Enum):
    """What a document is about. The first five are protected by directive 1690/TCTHADS-NV3
    and guidance 557/BKHCN-CĐSQG when they concern identifiable people."""

    ENFORCEMENT_CASE = "enforcement_case"
    COMPLAINT_DENUNCIATION = "complaint_denunciation"
    PERSONNEL = "personnel"
    CRIMINAL_PROCEDURE = "criminal_procedure"
    HEALTH = "health"
    FINANCE = "finance"
    GENERAL_ADMIN = "general_admin"
    PUBLIC_INFO = "public_info"

    def __str__(self) -> str:
        return self.value


PROTECTED_CATEGORIES: frozenset[Category] = frozenset(
    {
        Category.ENFORCEMENT_CASE,
        Category.COMPLAINT_DENUNCIATION,
        Category.PERSONNEL,
        Category.CRIMINAL_PROCEDURE,
        Category.HEALTH,
    }
)

Secrecy = Literal["none", "mat", "toi_mat", "tuyet_mat"]
Urgency = Literal["none", "khan", "thuong_khan", "hoa_toc"]
RecommendedAction = Literal["send", "redact_then_send", "do_not_send"]


class Evidence(BaseModel):
    """One piece of evidence: what was seen (a lexicon term, folded; a layout element; an
    entity type) and where, in the ORIGINAL text. Never the matched personal value."""

    model_config = ConfigDict(frozen=True)

    kind: str
    """``term``, ``record`` (a kind of record named in a list: ``hồ sơ bệnh án``), ``layout``,
    ``symbol``, ``case_number``, ``stamp``, ``entity``, ``field`` ..."""
    label: str
    start: int
    end: int
    weight: float = 0.0


class CategoryEvidence(BaseModel):
    model_config = ConfigDict(frozen=True)

    category: Category
    score: float
    """0..1; categories below the reporting threshold are not listed."""
    evidence: list[Evidence]


class HeaderField(BaseModel):
    """A header element as written (in NFC: combining tone marks composed), with its span in
    the ORIGINAL text."""

    model_config = ConfigDict(frozen=True)

    text: str
    start: int
    end: int


class DocumentHeader(BaseModel):
    """The Decree 30/2020 header (and the signature and recipients blocks). ``None`` where the
    document has no such element."""

    model_config = ConfigDict(frozen=True)

    issuer: HeaderField | None = None
    number_symbol: HeaderField | None = None
    """``"318/QĐ-CCTHADS"``: the number and symbol, without ``Số:``."""
    number: str | None = None
    symbol: str | None = None
    place_date: HeaderField | None = None
    place: str | None = None
    date: _dt.date | None = None
    type_name: HeaderField | None = None
    """The type name above the excerpt (``QUYẾT ĐỊNH``), as written."""
    subject: HeaderField | None = None
    """Trích yếu: the ``V/v ...`` line of a công văn, the line under the type name otherwise."""
    recipients: HeaderField | None = None
    """The ``Kính gửi`` block."""
    distribution: HeaderField | None = None
    """The ``Nơi nhận`` block."""
    signer: HeaderField | None = None
    signer_title: HeaderField | None = None
    national_motto: bool = False
    """Whether the national name and motto (CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ...) are there."""


class PersonalData(BaseModel):
    """What the detectors found, and whether the people in the document can be identified."""

    model_config = ConfigDict(frozen=True)

    counts: dict[EntityType, int]
    """Findings per entity type (every finding of check_prompt, officials' names included)."""
    identifiable: bool
    """A private person can be identified (a name that is not an official's in their role, an
    ID number, a date of birth ...)."""
    private_names: int
    public_role_names: int
    """Names of officials acting in their role (signers, presiding judges, enforcement
    officers); how they count is ``Policy.official_names_are_public``."""
    sensitive_kinds: list[str]
    """Kinds of sensitive personal data seen (``health``, ``ethnicity``, ``finance`` ...)."""
    evidence: list[Evidence]
    public_role_evidence: list[Evidence] = []
    """Why each public-role name was taken as one (kind ``public_role``; label: the title it
    was named with, ``signature``, ``named again`` or ``historical``; the span of the name)."""


class DocumentClassification(HeldFindingsModel):
    """The verdict of :func:`ai_guard.classify_document` on one document.

    A document with thousands of findings (a table of citizens) holds them as check_prompt's
    result does, as columns, and builds ``findings`` when it is first read
    (:class:`~ai_guard.models.HeldFindingsModel`): it reads as the verdict holding them
    built."""

    model_config = ConfigDict(frozen=True)

    doc_type: DocumentType
    doc_type_confidence: float
    doc_type_evidence: list[Evidence]
    header: DocumentHeader
    secrecy: Secrecy
    secrecy_evidence: list[Evidence]
    declassified: bool
    """A ``GIẢI MẬT`` stamp: the document was secret and has been declassified."""
    urgency: Urgency
    internal_marks: list[Evidence]
    """Circulation limits and draft marks (LƯU HÀNH NỘI BỘ, DỰ THẢO ...)."""
    sensitivity: Sensitivity
    categories: list[CategoryEvidence]
    personal_data: PersonalData
    external_ai_allowed: bool
    """May the document be sent to an external AI AS IT IS."""
    recommended_action: RecommendedAction
    reasons: list[LocalizedText]
    findings: list[Finding]
    """check_prompt's findings on the text (spans only, no values)."""
    prompt_decision: Decision
    """What check_prompt decides for the same text under the same policy."""
    source: str | None = None
    converted_from: str | None = None
    """When the text was read from a file that was not plain UTF-8: what it was converted from
    (``tcvn3``, ``vni``, ``windows-1258``, ``utf-16-le`` ..., or ``<scheme>-mojibake`` for
    text of that scheme misread as Latin-1); ``None`` otherwise."""
    conversion_confidence: float | None = None
    """How sure that conversion is, 0-1 (1.0 for a BOM); ``None`` when nothing was converted."""
    characters: int = 0
    policy_name: str = "default"
    unread_images: int = 0
    """How many images the file carried (a scanned page, a photo, a logo): their pixels leave
    with the file and no reader here sees them, so nothing they show was checked; a reason
    says so. 0 for text, and for a file without images."""

    @property
    def category_names(self) -> list[Category]:
        return [c.category for c in self.categories]

    def has_category(self, category: Category | str) -> bool:
        return any(c.category == category for c in self.categories)

    def explain(self, lang: str = "vi") -> str:
        """A readable report: the verdict, then the reasons, one per line."""
        head = i18n.classification_headline(
            self.recommended_action, self.doc_type.value, self.sensitivity.value, lang
        )
        return "\n".join([head, *(f"- {r(lang)}" for r in self.reasons)])


if "hypothesis.strategies" in sys.modules:  # a test suite: register st.from_type strategies
    from ai_guard.testing._hypothesis import register_loaded

    register_loaded()
