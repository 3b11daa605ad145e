"""The pydantic models that cross the public API.

No model here ever holds a matched value in a field that shows in ``repr`` or in its default
JSON: a :class:`Finding` says *what* and *where*, not the value; the values needed to restore a
redacted answer live in a private vault on :class:`PromptCheck`.

The models of document classification live in :mod:`ai_guard.classify.models`; this module
still exports them (loaded on first use), for code written when they lived here.
"""

from __future__ import annotations

import sys
import threading
from array import array
from collections.abc import Callable, Iterator, Mapping
from enum import Enum
from functools import cache
from importlib import import_module
from itertools import repeat
from operator import add
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    SerializerFunctionWrapHandler,
    computed_field,
    field_serializer,
    model_serializer,
)

from ai_guard import i18n

if TYPE_CHECKING:
    from ai_guard.classify.models import (
        PROTECTED_CATEGORIES as PROTECTED_CATEGORIES,
    )
    from ai_guard.classify.models import (
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
        Urgency,
    )
    from ai_guard.prompt.redact import Vault

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
    DRIVER_LICENSE = "DRIVER_LICENSE"
    """A driving-licence number (số giấy phép lái xe, GPLX): 12 digits after its cue."""
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
    INTERNAL_HOST = "INTERNAL_HOST"
    """An internal system's address: a private IP, an intranet host, a connection string's
    host (guidance 557 P13)."""

    INTERNAL_MARK = "INTERNAL_MARK"
    """A circulation limit (LƯU HÀNH NỘI BỘ, XEM XONG TRẢ LẠI ...): an internal document."""

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
    """The context cue (a lexicon term, folded) that moved the score, if any; for a name kept
    visible as an office holder (pattern ``public_role.office``), the title as the lexicon
    spells it; for a document's signer (``public_role.official``), "signature: " and the
    block's title ("signature: chi cục trưởng"); for a name whose public role a private mark
    overrode (``public_role.private``, redacted), the role and the mark ("Thứ trưởng | sinh
    nam", "historical | cccd")."""
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
#: every trusted Finding has all its fields set: one set shared by all of them (Finding is
#: frozen, so pydantic never adds to it; model_copy copies it before an update) instead of a
#: set per finding, which was a third of check_prompt's memory on dense text
_ALL_FIELDS_SET = set(_FINDING_FIELDS)


def trusted_finding(**values: object) -> Finding:
    """Build a Finding from values the engine produced itself (every field given, already of
    the right type): skips validation and pydantic's per-field default handling, which cost
    more than the detection itself on prompts with many findings. The test suite checks that
    the result equals a validated Finding."""
    if values.keys() != _FINDING_FIELDS:
        raise TypeError(f"trusted_finding needs exactly the fields {sorted(_FINDING_FIELDS)}")
    shared = finding_values()
    shared.update(values)
    return finding_from_values(shared)


def _slot_setter(cls: type[BaseModel], name: str) -> Callable[[object, object], None]:
    """The setter of the instance slot ``name`` of pydantic's models (its descriptor's
    ``__set__``, a C call), or ``object.__setattr__`` on it if pydantic ever stops giving
    one: what :func:`trusted_finding` sets without the frozen model's own ``__setattr__``."""
    for klass in cls.__mro__:
        found = klass.__dict__.get(name)
        if found is not None and hasattr(found, "__set__"):
            return cast("Callable[[object, object], None]", found.__set__)
    return lambda obj, value: object.__setattr__(obj, name, value)


_set_dict = _slot_setter(Finding, "__dict__")
_set_fields_set = _slot_setter(Finding, "__pydantic_fields_set__")
_set_extra = _slot_setter(Finding, "__pydantic_extra__")
_set_private = _slot_setter(Finding, "__pydantic_private__")


def _key_sharing_values() -> dict[str, object]:
    """A dict of every Finding field (None each) whose keys table is the one CPython shares
    between the instances of a class (set attribute by attribute on an instance, in the
    fields' order): its copies share that table and hold only their values. A dict built
    from a literal holds its own table, and eleven keys need one of 32 slots: 464 bytes a
    finding against 296, on 12,583 findings 2 MB of a dense megabyte's result. Where an
    interpreter shares no keys, the copies are plain dicts: the same values."""
    m = Finding.__new__(Finding)
    for name in Finding.model_fields:
        object.__setattr__(m, name, None)
    values: dict[str, object] = m.__dict__
    return values


#: ``finding_values()``: a fresh dict of every Finding field (None each) sharing its keys
#: table with every other, to fill and hand to :func:`finding_from_values`
finding_values: Callable[[], dict[str, object]] = _key_sharing_values().copy


def finding_from_values(values: dict[str, object]) -> Finding:
    """:func:`trusted_finding` for a caller that fills every field of a
    :func:`finding_values` dict (the engine, once per finding): the same Finding, without
    the check of the keys. ``values`` becomes the model's own ``__dict__``."""
    m = Finding.__new__(Finding)
    _set_dict(m, values)
    _set_fields_set(m, _ALL_FIELDS_SET)
    _set_extra(m, None)
    _set_private(m, None)
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


class FindingColumns:
    """The findings of a check with many of them, held as columns until they are read: each
    finding's span in two arrays of integers, the rest (entity, scores, detector, pattern,
    validation, context, action: a few kinds for thousands of findings) as an index into a
    table of the kinds seen, and its placeholder (the vault's own string). A :class:`Finding`
    and its dict of eleven values, its two offsets as integer objects, were 330 bytes a
    finding, two thirds of what a citizens table's check returned; the columns are 20 (the
    offsets of a text under 4 G characters and the kind in four bytes each, the placeholder's
    reference). :meth:`findings` builds the same findings the engine would have built."""

    __slots__ = ("_ends", "_holders", "_ids", "_index", "_kinds", "_starts", "_table", "_vault")

    def __init__(self, size: int, vault: Vault | None = None) -> None:
        """``size``: the length of the text the offsets are in. Given a
        :class:`~ai_guard.prompt.redact.Vault`, each finding's placeholder is its index there
        (:meth:`add`'s ``placeholder`` an int, -1 for none), made when the findings are built
        (one string for the findings of a value)."""
        offsets = "I" if size < 1 << 32 and array("I").itemsize >= 4 else "q"
        self._starts = array(offsets)
        self._ends = array(offsets)
        self._kinds = array("I" if array("I").itemsize >= 4 else "L")
        self._holders: list[str | None] = []
        self._ids = array("q")
        self._vault = vault
        #: (entity, score, detector, validated, pattern, base_score, validation, context,
        #: action) of each kind; its key holds the scores' identities (a float equal to
        #: another, -0.0 and 0.0, is not the same value to a reader of its repr)
        self._table: list[tuple[Any, ...]] = []
        self._index: dict[tuple[Any, ...], int] = {}

    def add(
        self,
        start: int,
        end: int,
        entity: EntityType,
        score: float,
        detector: str,
        pattern: str,
        base_score: float,
        validation: Validation,
        context: str | None,
        action: Decision,
        placeholder: str | int | None,
    ) -> None:
        """One finding, in the order of the findings list."""
        validated = validation is Validation.PASSED
        key = (entity, id(score), detector, pattern, id(base_score), validation, context, action)
        kind = self._index.get(key)
        if kind is None:
            kind = self._index[key] = len(self._table)
            self._table.append(
                (
                    entity,
                    score,
                    detector,
                    validated,
                    pattern,
                    base_score,
                    validation,
                    context,
                    action,
                )
            )
        self._starts.append(start)
        self._ends.append(end)
        self._kinds.append(kind)
        if self._vault is None:
            self._holders.append(placeholder if not isinstance(placeholder, int) else None)
        else:
            self._ids.append(placeholder if isinstance(placeholder, int) else -1)

    def __len__(self) -> int:
        return len(self._starts)

    def findings(self) -> list[Finding]:
        """The findings, built (each as :func:`trusted_finding` builds it), once: the columns
        are emptied as they are read (a stretch at a time, from the end, so that the columns
        and the findings are not both held whole), and the placeholders' list becomes the
        findings' list."""
        starts, ends, kinds, table = self._starts, self._ends, self._kinds, self._table
        out = cast("list[Any]", self._holders)
        self._holders = []
        vault, ids = self._vault, self._ids
        made: dict[int, str] = {}  # (with a vault) the placeholders made, one for a value
        if vault is not None:
            key = vault.key
            out = [None] * len(ids)
            for i, held in enumerate(ids):
                if held >= 0:
                    made_one = made.get(held)
                    if made_one is None:
                        made_one = made[held] = key(held)
                    out[i] = made_one
            self._ids = array("q")
            del made
        stop = len(out)
        while stop:
            lo = max(0, stop - _COLUMN_STRETCH)
            for i in range(lo, stop):
                entity, score, detector, validated, pattern, base, validation, context, action = (
                    table[kinds[i]]
                )
                values = finding_values()
                values["entity"] = entity
                values["start"] = starts[i]
                values["end"] = ends[i]
                values["score"] = score
                values["detector"] = detector
                values["validated"] = validated
                values["pattern"] = pattern
                values["base_score"] = base
                values["validation"] = validation
                values["context"] = context
                values["action"] = action
                values["placeholder"] = out[i]
                out[i] = finding_from_values(values)
            del starts[lo:], ends[lo:], kinds[lo:]
            stop = lo
        return cast("list[Finding]", out)

    def rows(self) -> Iterator[FoundRow]:
        """Each finding as a :class:`FoundRow`, in order, made as it is read and the columns
        kept: a reader that walks the findings without holding them (classify_document's
        decisions, a few walks over a table's thousands). Made in C (a tuple of the offsets
        joined to the kind's, given the row's type), ~a tenth of what building a Finding
        costs."""
        return map(
            _NEW_TUPLE,
            repeat(FoundRow),
            map(
                add,
                zip(self._starts, self._ends, strict=True),
                map(self._table.__getitem__, self._kinds),
            ),
        )


class FoundRow(NamedTuple):
    """A finding as :meth:`FindingColumns.rows` reads it: the fields of a :class:`Finding`
    but its placeholder (and its reason), in a tuple."""

    start: int
    end: int
    entity: EntityType
    score: float
    detector: str
    validated: bool
    pattern: str
    base_score: float
    validation: Validation
    context: str | None
    action: Decision


#: ``tuple.__new__``: makes a :class:`FoundRow` from a tuple of its values without its own
#: ``__new__`` (a call in Python for each row)
_NEW_TUPLE = cast("Callable[[type[FoundRow], tuple[Any, ...]], FoundRow]", tuple.__new__)


#: the findings :meth:`FindingColumns.findings` builds before it frees their columns
_COLUMN_STRETCH = 1024


#: held while a check's columns become its findings
_SETTLING = threading.Lock()

#: the instance dict of every model (the slot pydantic's BaseModel declares), read and set
#: without the property PromptCheck puts in front of it
_MODEL_DICT = BaseModel.__dict__["__dict__"]


class HeldFindingsModel(BaseModel):
    """A model with a ``findings`` field (:class:`PromptCheck`, and the verdict of
    ``classify_document``) that may hold many of them as columns (``_columns``, a
    :class:`FindingColumns`) and build the list when it is first read: by attribute
    (``__getattr__``, asked only when the instance dict lacks it), by pydantic's serializers
    (the wrap serializer ``_built_first``, whatever pydantic-core reads the dict with) or by
    whatever reads the whole instance dict in Python (``==``, ``repr``, copies, pickling,
    ``vars``: the ``__dict__`` property). It reads as the model holding them built."""

    __slots__ = ("_columns",)

    def _settled(self) -> dict[str, Any]:
        """The instance dict, with ``findings`` built from the columns if they hold them."""
        values: dict[str, Any] = _MODEL_DICT.__get__(self, type(self))
        if "findings" in values:
            return values
        with _SETTLING:  # built once, whichever thread reads first
            values = _MODEL_DICT.__get__(self, type(self))
            columns: FindingColumns | None = getattr(self, "_columns", None)
            if columns is not None and "findings" not in values:
                # a new dict in the fields' order (what ``repr`` and iteration show), put in
                # place at once: a reader in another thread sees one dict or the other
                findings = columns.findings()
                values = {
                    name: findings if name == "findings" else values[name]
                    for name in type(self).model_fields
                }
                _MODEL_DICT.__set__(self, values)
                object.__setattr__(self, "_columns", None)
        return values

    if not TYPE_CHECKING:
        __dict__ = property(_settled, _MODEL_DICT.__set__)

        def __getattr__(self, name: str) -> Any:
            if name == "findings":
                values = self._settled()
                if "findings" in values:
                    return values["findings"]
            return super().__getattr__(name)

    # (no return annotation: pydantic would take it for the serialized schema, which is the
    # model's own)
    @model_serializer(mode="wrap")
    def _built_first(self, handler: SerializerFunctionWrapHandler):  # type: ignore[no-untyped-def]
        # pydantic's serializers (model_dump, model_dump_json, this check as a field of
        # another model) get the findings built before they read the fields: what they read
        # the instance dict with is then of no account (the ``__dict__`` property serves the
        # readers written in Python: ``==``, ``repr``, copies, pickling, ``vars``)
        if getattr(self, "_columns", None) is not None:
            self._settled()
        return handler(self)

    def _hold(self, columns: FindingColumns) -> None:
        """Let this model, just made with an empty ``findings``, hold ``columns`` in its
        place (built when first read)."""
        del _MODEL_DICT.__get__(self, type(self))["findings"]
        object.__setattr__(self, "_columns", columns)

    def _held_columns(self) -> FindingColumns | None:
        """The columns this model holds its findings as (None once built, or never held)."""
        columns: FindingColumns | None = getattr(self, "_columns", None)
        return columns


class PromptCheck(HeldFindingsModel):
    """The verdict of :func:`ai_guard.check_prompt` on one prompt.

    ``redacted_text`` is safe to send when ``decision`` is ``redact``; :meth:`restore` puts the
    original values back into the model's answer. Neither ``repr`` nor JSON contains a value.
    """

    # (a check with thousands of findings holds them as columns: :class:`HeldFindingsModel`)
    __slots__ = ()

    model_config = ConfigDict(frozen=True)

    decision: Decision
    findings: list[Finding]
    redacted_text: str
    policy_name: str = "default"
    policy_waivers: list[PolicyWaiver] = Field(default_factory=list)
    """Protections of state secrets or keys that the policy weakens, each with the
    acknowledgement that allows it; empty under a policy that keeps them."""
    _vault: Mapping[str, str] = PrivateAttr(default_factory=dict)
    """Each placeholder (``[CCCD_1]``, in its brackets) and the value it stands for (a dict, or
    for a check with many a :class:`~ai_guard.prompt.redact.Vault` read as one)."""

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
        """The placeholders used in ``redacted_text``, without their brackets (their values
        stay private)."""
        return [placeholder[1:-1] for placeholder in self._vault]

    def restore(self, answer: str) -> str:
        """Put the original values back where the model's answer repeats our placeholders.

        Placeholders this check did not create are left as they are.
        """
        if not isinstance(answer, str):
            from ai_guard.i18n.common import type_error

            raise TypeError(type_error("restore()", "str", answer))
        if not self._vault or "[" not in answer:
            return answer
        vault = self._vault
        from ai_guard.prompt.redact import PLACEHOLDER

        return PLACEHOLDER.sub(lambda m: vault.get(m.group(0), m.group(0)), answer)

    def explain(self, lang: str = "vi") -> str:
        """A readable, multi-line report: the decision, the protections the policy weakens
        (with their acknowledgement), then one line per finding."""
        lines = [self.explanation(lang)]
        lines.extend(f"! {w.reason(lang)}" for w in self.policy_waivers)
        for f in self.findings:
            lines.append(f"- {f.entity.value} [{f.start}:{f.end}] {f.reason(lang)}")
        return "\n".join(lines)


def __getattr__(name: str) -> Any:
    """The classification models (:mod:`ai_guard.classify.models`), for code written when they
    lived here. Loaded on first use: that module imports this one, so either may load first."""
    if not name.startswith("__"):
        classification = import_module("ai_guard.classify.models")
        if name in getattr(classification, "__all__", ()):
            value = getattr(classification, name)
            globals()[name] = value
            return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


if "hypothesis.strategies" in sys.modules:  # a test suite: register st.from_type strategies
    from ai_guard.testing._hypothesis import register_loaded

    register_loaded()


_CHECK_FIELDS = ("decision", "findings", "redacted_text", "policy_name", "policy_waivers")
_CHECK_FIELDS_SET: set[str] | None = None


@cache
def columns_supported() -> bool:
    """Whether a check holding its findings as columns dumps as one holding them built, with
    the pydantic installed (its serializers reach the findings through the check's wrap
    serializer, which builds them first). Tried once on a check of one finding; a pydantic
    under which it does not hold gets its checks' findings built at once, as a check with
    few findings always has them."""
    try:
        columns = FindingColumns(8)
        columns.add(
            0, 4, EntityType.PHONE, 0.9, "probe", "probe", 0.9, Validation.PASSED, None,
            Decision.REDACT, "[PHONE_1]",
        )  # fmt: skip
        built = columns.findings()
        probe = PromptCheck.__new__(PromptCheck)
        object.__setattr__(probe, "_columns", FindingColumns(8))
        probe._columns.add(  # type: ignore[attr-defined]
            0, 4, EntityType.PHONE, 0.9, "probe", "probe", 0.9, Validation.PASSED, None,
            Decision.REDACT, "[PHONE_1]",
        )  # fmt: skip
        _set_dict(probe, {"decision": Decision.REDACT, "redacted_text": "x", "policy_name": "p",
                          "policy_waivers": []})  # fmt: skip
        _set_fields_set(probe, set(_CHECK_FIELDS))
        _set_extra(probe, None)
        _set_private(probe, {"_vault": {}})
        dumped = probe.model_dump()["findings"]
        return len(dumped) == 1 and dumped[0] == built[0].model_dump()
    except Exception:  # any failure: the findings are built at once, as before
        return False


def trusted_check(
    decision: Decision,
    findings: list[Finding] | FindingColumns,
    redacted_text: str,
    policy_name: str,
    policy_waivers: list[PolicyWaiver],
    vault: Mapping[str, str] | None = None,
) -> PromptCheck:
    """Build a PromptCheck from values the engine produced itself, like
    :func:`trusted_finding` (pydantic's model_construct walks every field's default on each
    call, a tenth of a short prompt's check). The test suite checks that the result equals a
    validated PromptCheck. Findings given as :class:`FindingColumns` are built when first
    read."""
    global _CHECK_FIELDS_SET
    if _CHECK_FIELDS_SET is None:
        if set(PromptCheck.model_fields) != set(_CHECK_FIELDS):
            raise TypeError("trusted_check is out of step with PromptCheck's fields")
        _CHECK_FIELDS_SET = set(_CHECK_FIELDS)
    m = PromptCheck.__new__(PromptCheck)
    values: dict[str, object] = {"decision": decision}
    if isinstance(findings, FindingColumns) and not columns_supported():
        findings = findings.findings()  # this pydantic reads the dict otherwise: built now
    if isinstance(findings, FindingColumns):
        object.__setattr__(m, "_columns", findings)
    else:
        values["findings"] = findings
    values["redacted_text"] = redacted_text
    values["policy_name"] = policy_name
    values["policy_waivers"] = policy_waivers
    _set_dict(m, values)
    _set_fields_set(m, _CHECK_FIELDS_SET)
    _set_extra(m, None)
    _set_private(m, {"_vault": vault if vault is not None else {}})
    return m
