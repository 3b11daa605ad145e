"""The pydantic models that cross the public API.

No model here ever holds a matched value in a field that shows in ``repr`` or in its default
JSON: a :class:`Finding` says *what* and *where*, not the value; the values needed to restore a
redacted answer live in a private vault on :class:`PromptCheck`.
"""

from __future__ import annotations

import datetime as _dt
import sys
from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, computed_field, field_serializer

from ai_guard import i18n

__all__ = [
    "Category",
    "CategoryEvidence",
    "Decision",
    "DocumentClassification",
    "DocumentHeader",
    "DocumentType",
    "EntityType",
    "Evidence",
    "Finding",
    "HeaderField",
    "LocalizedText",
    "PersonalData",
    "PolicyWaiver",
    "PromptCheck",
    "RecommendedAction",
    "Secrecy",
    "Sensitivity",
    "Urgency",
    "Validation",
]


class EntityType(str, Enum):
    """What a finding is. Values are stable; new ones may be added."""

    PERSON = "PERSON"
    ADDRESS = "ADDRESS"
    CCCD = "CCCD"
    CMND = "CMND"
    PASSPORT = "PASSPORT"
    TAX_CODE = "TAX_CODE"
    SOCIAL_INSURANCE = "SOCIAL_INSURANCE"
    HEALTH_INSURANCE = "HEALTH_INSURANCE"
    PHONE = "PHONE"
    EMAIL = "EMAIL"
    GOV_EMAIL = "GOV_EMAIL"
    BANK_ACCOUNT = "BANK_ACCOUNT"
    LICENSE_PLATE = "LICENSE_PLATE"
    DATE_OF_BIRTH = "DATE_OF_BIRTH"
    STATE_SECRET_MARK = "STATE_SECRET_MARK"
    CASE_NUMBER = "CASE_NUMBER"
    API_SECRET = "API_SECRET"
    DENY_TERM = "DENY_TERM"
    """A term the agency's policy forbids (internal project code names)."""
    DETECTOR_ERROR = "DETECTOR_ERROR"
    """A detector failed; the prompt is blocked because it could not be checked."""

    def __str__(self) -> str:
        return self.value


class Decision(str, Enum):
    """What to do with a prompt, or with one finding in it. Ordered: allow < redact < block."""

    ALLOW = "allow"
    REDACT = "redact"
    BLOCK = "block"

    @property
    def severity(self) -> int:
        return _SEVERITY[self]

    def __str__(self) -> str:
        return self.value


_SEVERITY = {Decision.ALLOW: 0, Decision.REDACT: 1, Decision.BLOCK: 2}


class Validation(str, Enum):
    """Outcome of the structural check of a finding (checksum, code list, metadata)."""

    PASSED = "passed"
    FAILED = "failed"
    NOT_APPLICABLE = "not_applicable"

    def __str__(self) -> str:
        return self.value


class LocalizedText(BaseModel):
    """The same sentence in Vietnamese and English."""

    model_config = ConfigDict(frozen=True)

    vi: str
    en: str

    def __call__(self, lang: str = "vi") -> str:
        return self.en if lang == "en" else self.vi

    def __str__(self) -> str:
        return f"{self.vi} / {self.en}"


class Finding(BaseModel):
    """One thing found in a prompt: its type, its span in the ORIGINAL text, and why.

    The matched value is never stored here. ``text[finding.start:finding.end]`` gives it to a
    caller that holds the text.
    """

    model_config = ConfigDict(frozen=True)

    entity: EntityType
    start: int
    end: int
    score: float
    detector: str
    validated: bool
    pattern: str = ""
    """Name of the detector's pattern that matched (e.g. ``cccd.12_digits``)."""
    base_score: float = 0.0
    """The pattern's score before validation and context moved it."""
    validation: Validation = Validation.NOT_APPLICABLE
    context: str | None = None
    """The context cue (a lexicon term, folded) that moved the score, if any."""
    action: Decision = Decision.REDACT
    """What the policy decided for this finding."""
    placeholder: str | None = None
    """The placeholder that replaced it in ``redacted_text`` (None when allowed)."""

    @computed_field  # type: ignore[prop-decorator]
    @property
    def reason(self) -> LocalizedText:
        """Why this was reported and what happens to it, in Vietnamese and English."""
        vi, en = i18n.finding_reason(
            entity=self.entity.value,
            detector=self.detector,
            pattern=self.pattern,
            validation=self.validation.value,
            context=self.context,
            score=self.score,
            action=self.action.value,
        )
        return LocalizedText(vi=vi, en=en)


_FINDING_FIELDS = frozenset(Finding.model_fields)


def trusted_finding(**values: object) -> Finding:
    """Build a Finding from values the engine produced itself (every field given, already of
    the right type): skips validation and pydantic's per-field default handling, which cost
    more than the detection itself on prompts with many findings. The test suite checks that
    the result equals a validated Finding."""
    if values.keys() != _FINDING_FIELDS:
        raise TypeError(f"trusted_finding needs exactly the fields {sorted(_FINDING_FIELDS)}")
    m = Finding.__new__(Finding)
    object.__setattr__(m, "__dict__", values)
    object.__setattr__(m, "__pydantic_fields_set__", set(_FINDING_FIELDS))
    object.__setattr__(m, "__pydantic_extra__", None)
    object.__setattr__(m, "__pydantic_private__", None)
    return m


class PolicyWaiver(BaseModel):
    """A protection of state secrets or secret keys that the policy weakens, and the
    acknowledgement that allows it (``[tool.ai-guard.acknowledge]``). Every
    :class:`PromptCheck` made under such a policy carries its waivers, for the audit record."""

    model_config = ConfigDict(frozen=True)

    setting: str
    """The policy key that weakens the protection: ``actions.STATE_SECRET_MARK``,
    ``actions.API_SECRET``, ``disabled_detectors``, ``allow_values`` or ``allow_patterns``."""
    detail: str
    """What it is set to: the action (``allow``), the detector id, the value or pattern."""
    acknowledgement: str
    """The acknowledgement key that allows it (``weaker_secret_protection``)."""
    statement: str
    """The acknowledgement as the policy states it: who approved the weaker protection, why."""

    @computed_field  # type: ignore[prop-decorator]
    @property
    def reason(self) -> LocalizedText:
        """What is weakened and on whose word, in Vietnamese and English."""
        vi, en = i18n.waiver_reason(self.setting, self.detail, self.statement)
        return LocalizedText(vi=vi, en=en)


class PromptCheck(BaseModel):
    """The verdict of :func:`ai_guard.check_prompt` on one prompt.

    ``redacted_text`` is safe to send when ``decision`` is ``redact``; :meth:`restore` puts the
    original values back into the model's answer. Neither ``repr`` nor JSON contains a value.
    """

    model_config = ConfigDict(frozen=True)

    decision: Decision
    findings: list[Finding]
    redacted_text: str
    policy_name: str = "default"
    policy_waivers: list[PolicyWaiver] = Field(default_factory=list)
    """Protections of state secrets or keys that the policy weakens, each with the
    acknowledgement that allows it; empty under a policy that keeps them."""
    _vault: dict[str, str] = PrivateAttr(default_factory=dict)

    @field_serializer("redacted_text", when_used="json")
    def _json_safe(self, value: str) -> str:
        # JSON is UTF-8: a lone surrogate in the input is written as a visible \udXXX escape
        # instead of failing the whole report
        return value.encode("utf-8", "backslashreplace").decode("utf-8")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def explanation(self) -> LocalizedText:
        """One paragraph summing up the decision, in Vietnamese and English."""
        counts: dict[str, int] = {}
        for f in self.findings:
            counts[f.entity.value] = counts.get(f.entity.value, 0) + 1
        vi, en = i18n.decision_summary(self.decision.value, counts)
        return LocalizedText(vi=vi, en=en)

    @property
    def allowed(self) -> bool:
        return self.decision is Decision.ALLOW

    @property
    def blocked(self) -> bool:
        return self.decision is Decision.BLOCK

    @property
    def placeholders(self) -> list[str]:
        """The placeholders used in ``redacted_text`` (their values stay private)."""
        return list(self._vault)

    def restore(self, answer: str) -> str:
        """Put the original values back where the model's answer repeats our placeholders.

        Placeholders this check did not create are left as they are.
        """
        if not isinstance(answer, str):
            raise TypeError(
                f"restore() expects str, got {type(answer).__name__} / "
                f"restore() cần một chuỗi (str), nhận được {type(answer).__name__}"
            )
        if not self._vault or "[" not in answer:
            return answer
        vault = self._vault
        from ai_guard.redact import PLACEHOLDER

        return PLACEHOLDER.sub(lambda m: vault.get(m["key"], m.group(0)), answer)

    def explain(self, lang: str = "vi") -> str:
        """A readable, multi-line report: the decision, the protections the policy weakens
        (with their acknowledgement), then one line per finding."""
        lines = [self.explanation(lang)]
        lines.extend(f"! {w.reason(lang)}" for w in self.policy_waivers)
        for f in self.findings:
            lines.append(f"- {f.entity.value} [{f.start}:{f.end}] {f.reason(lang)}")
        return "\n".join(lines)


# -- document classification -------------------------------------------------------------------


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


PROTECTED_CATEGORIES = frozenset(
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
    """``term``, ``layout``, ``symbol``, ``case_number``, ``stamp``, ``entity``, ``field`` ..."""
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
    """A header element as written, with its span in the ORIGINAL text."""

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


class DocumentClassification(BaseModel):
    """The verdict of :func:`ai_guard.classify_document` on one document."""

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
    characters: int = 0
    policy_name: str = "default"

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
