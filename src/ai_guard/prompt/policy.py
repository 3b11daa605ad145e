"""What to do with each kind of finding.

A :class:`Policy` maps every :class:`~ai_guard.models.EntityType` to a
:class:`~ai_guard.models.Decision`, sets the minimum score a finding needs to count, lists the
values and patterns that are always allowed (the agency's own public hotline) and the terms that
are always refused (internal project code names).

Policies load from ``ai-guard.toml`` or from ``[tool.ai-guard]`` in ``pyproject.toml``::

    [tool.ai-guard]
    min_score = 0.5
    allow_values = ["1900 1234"]
    allow_patterns = ['^\\\\S+@example\\.vn$']
    deny_terms = ["Dự án Sao Mai"]
    disabled_detectors = ["vn.license_plate"]
    official_names_are_public = true  # false: officials and historical figures redacted too

    [tool.ai-guard.actions]
    PERSON = "redact"
    EMAIL = "allow"

Unknown keys, unknown entity types, bad actions and bad patterns are errors that name the key
and the file: a typo in a policy must never silently weaken it.

State secrets and secret keys have a floor. A policy that lowers the action for
``STATE_SECRET_MARK`` or ``API_SECRET`` below ``block``, disables ``vn.secrecy_mark`` or
``vn.api_secret``, or has an allow-list entry that lets secrecy marks or keys through is
refused (:class:`~ai_guard.errors.PolicyError`) unless it states, in words, who approved the
weaker protection and why::

    [tool.ai-guard.acknowledge]
    weaker_secret_protection = "Mô hình chạy nội bộ tại Sở TP Hà Nội, phê duyệt theo QĐ 12/QĐ-STP"

Every check under such a policy lists the waived settings and the statement
(``PromptCheck.policy_waivers``). ``min_score`` cannot weaken that floor: state-secret marks
and secret keys are kept from :data:`SECRET_MIN_SCORE` up whatever ``min_score`` says.
"""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator
from pydantic_core import PydanticCustomError

from ai_guard import i18n
from ai_guard.errors import PolicyError
from ai_guard.models import PROTECTED_CATEGORIES, Category, Decision, EntityType, PolicyWaiver

if sys.version_info >= (3, 11):
    from typing import Self
else:  # pragma: no cover - exercised on 3.10 only
    from typing_extensions import Self

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

__all__ = [
    "DEFAULT_ACTIONS",
    "DEFAULT_AI_APPROVER_PATTERNS",
    "SECRET_DETECTORS",
    "SECRET_ENTITIES",
    "SECRET_MIN_SCORE",
    "Acknowledgements",
    "Policy",
    "read_policy_file",
]

DEFAULT_ACTIONS: dict[EntityType, Decision] = dict.fromkeys(EntityType, Decision.REDACT)
DEFAULT_ACTIONS[EntityType.STATE_SECRET_MARK] = Decision.BLOCK
DEFAULT_ACTIONS[EntityType.API_SECRET] = Decision.BLOCK
DEFAULT_ACTIONS[EntityType.DENY_TERM] = Decision.BLOCK
DEFAULT_ACTIONS[EntityType.DETECTOR_ERROR] = Decision.BLOCK
#: internal systems' addresses (557 P13): redacted, so a question about a server still works
DEFAULT_ACTIONS[EntityType.INTERNAL_HOST] = Decision.REDACT
DEFAULT_ACTIONS[EntityType.INTERNAL_MARK] = Decision.BLOCK  # 557 P5; a policy may lower it

#: Approver ids that name an AI or a service account (searched, case-insensitive).
DEFAULT_AI_APPROVER_PATTERNS: tuple[str, ...] = (
    r"^(?:ai|bot|svc|service|system|robot|agent|llm)\s*[:/]",
    r"chatgpt|openai|gpt-?\d|claude|anthropic|gemini|copilot|llama|mistral|deepseek|qwen",
    r"(?:^|[-_.@\s])(?:bot|llm|ai-agent|assistant)(?:$|[-_.@\s])",
)

#: Entities whose action a policy may never lower below block.
_ALWAYS_BLOCK = frozenset({EntityType.DETECTOR_ERROR})

#: Entities that block by law or by nature; lowering their action needs an acknowledgement.
SECRET_ENTITIES = (EntityType.STATE_SECRET_MARK, EntityType.API_SECRET)
#: Built-in detectors of those entities; disabling one needs an acknowledgement.
SECRET_DETECTORS = ("vn.secrecy_mark", "vn.api_secret")
#: Findings of SECRET_ENTITIES count from this score up, even when ``min_score`` is higher.
SECRET_MIN_SCORE = 0.5
WEAKER_SECRET_PROTECTION = "weaker_secret_protection"

#: What the secrecy detector reports as the value of a mark (stamp, label, bracket, capitals,
#: control stamp), in the cases it accepts; an allow-list entry matching one lets marks through.
_MARK_SAMPLES: tuple[str, ...] = (
    *(
        form
        for mark in (
            "mật",
            "tối mật",
            "tuyệt mật",
            "mat",
            "toi mat",
            "tuyet mat",
            "chỉ người có tên mới được bóc bì",
            "chi nguoi co ten moi duoc boc bi",
        )
        for form in (mark.upper(), mark.capitalize(), mark)
    ),
    "TÀI LIỆU THU HỒI",  # in capitals only
    "TAI LIEU THU HOI",
)
_FAKE = "Q7vX2mLp9RkT4wZb8NcJ1hYf6GdS3aUe5KiO0rWq7PzMx2Vn4Bt8Hj5LsYd3Fg6Ka"
_FAKE_HEX = "9f3a7c21e4b85d60a1f2c3d4e5b6a7988f2e4d6c1b3a5f7e9d0c2b4a6e8f1d3c"
#: Made-up values shaped like every kind of secret the key detector reports (one per vendor,
#: a named key, hex keys, passwords); an allow pattern matching one lets keys through.
_KEY_SAMPLES: tuple[str, ...] = (
    f"sk-proj-{_FAKE[:48]}",
    f"sk-{_FAKE[:48]}",
    f"sk-svcacct-{_FAKE[:48]}",
    f"sk-ant-api03-{_FAKE[:40]}",
    f"sk-or-v1-{_FAKE_HEX}",
    f"AIza{_FAKE[:35]}",
    f"hf_{_FAKE[:34]}",
    f"api_org_{_FAKE[:34]}",
    f"gsk_{_FAKE[:48]}",
    f"xai-{_FAKE[:48]}",
    f"r8_{_FAKE[:34]}",
    f"pplx-{_FAKE[:48]}",
    f"ghp_{_FAKE[:36]}",
    f"github_pat_{_FAKE[:60]}",
    f"AKIA{_FAKE[:16].upper()}",
    f"ASIA{_FAKE[:16].upper()}",
    f"xoxb-{_FAKE[:30]}",
    _FAKE[:40],
    _FAKE_HEX[:32],
    "Abc@2024xyz",
    "P4ssw0rd!",
)

_FORMATTING = re.compile(r"[\s.\-()]+")


@lru_cache(maxsize=64)
def _allow_set(values: frozenset[str]) -> frozenset[str]:
    """Allowed values as written and without formatting: "1900 1234" also allows
    "1900.1234" and "19001234"; names compare case-insensitively."""
    out: set[str] = set()
    for v in values:
        v = unicodedata.normalize("NFC", v).strip()
        out.update((v, v.casefold(), _FORMATTING.sub("", v).casefold()))
    return frozenset(out)


@lru_cache(maxsize=64)
def _allow_patterns(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in patterns)


def _in_allow_set(value: str, allowed: frozenset[str]) -> bool:
    return (
        value in allowed
        or value.casefold() in allowed
        or _FORMATTING.sub("", value).casefold() in allowed
    )


class Acknowledgements(BaseModel):
    """Statements that allow a policy to weaken a protection (``[tool.ai-guard.acknowledge]``).

    Each is a sentence a person can read in the audit record: who approved it and why
    ("Mô hình chạy nội bộ tại Sở TP Hà Nội, phê duyệt theo QĐ 12/QĐ-STP"); ``true`` or a
    word is refused."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    weaker_secret_protection: str | None = Field(default=None, strict=True)
    """Allows actions weaker than ``block`` for ``STATE_SECRET_MARK`` / ``API_SECRET``, the
    secrecy or key detector disabled, allow-list entries that let marks or keys through."""

    @field_validator("weaker_secret_protection")
    @classmethod
    def _a_statement(cls, value: str | None) -> str | None:
        if value is None:
            return None
        text = " ".join(value.split())
        if len(text) < 12 or len(text.split()) < 3 or not any(c.isalpha() for c in text):
            raise PydanticCustomError("statement", i18n.policy_value_error("statement"))
        return text


class Policy(BaseModel):
    """How :func:`ai_guard.check_prompt` decides. Immutable; build a new one to change it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = "default"
    actions: dict[EntityType, Decision] = Field(default_factory=lambda: dict(DEFAULT_ACTIONS))
    """Action per entity type; entities not named keep their default action."""
    min_score: float = Field(default=0.5, ge=0.0, le=1.0)
    """Findings below this score are dropped."""
    allow_values: frozenset[str] = frozenset()
    """Exact values that are never reported (compared after trimming and NFC)."""
    allow_patterns: tuple[str, ...] = ()
    """Regular expressions; a finding whose whole value matches one is never reported."""
    deny_terms: tuple[str, ...] = ()
    """Terms that must never leave (matched case- and diacritic-insensitively)."""
    disabled_detectors: frozenset[str] = frozenset()
    """Detector ids to switch off (e.g. ``vn.license_plate``)."""
    # -- classify_document (issue 3)
    official_names_are_public: bool = True
    """Public-role names (:mod:`ai_guard.public_role`): check_prompt keeps historical figures
    and holders of a public office named with its title in their role visible (action allow,
    with the reason); classify_document also counts signers and officials acting in a
    procedure as public-role data that does not make a document personal. Set to false to
    redact and count every name as personal data."""
    protected_categories: frozenset[Category] = PROTECTED_CATEGORIES
    """Categories that must not go to an external AI when they concern identifiable people."""
    protected_redaction_suffices: bool = False
    """When true, a protected document about identifiable people gets ``redact_then_send``
    instead of ``do_not_send`` (the agency accepts redaction as protection)."""
    load_plugins: bool = True
    """Load third-party detectors from the ``ai_guard.detectors`` entry point group."""
    # -- sign-off and audit (issue 4)
    audit_log: str | None = None
    """The audit log of require_human_signoff: a file (default ``.ai-guard/audit.sqlite3``) or a
    ``postgresql://`` URL (no password in it: libpq reads ``PGPASSWORD`` or ``~/.pgpass``)."""
    signoff_lifetime_hours: float = Field(default=24.0, gt=0.0, le=24.0 * 366)
    """How long a sign-off stays valid after it was given."""
    ai_approver_patterns: tuple[str, ...] = DEFAULT_AI_APPROVER_PATTERNS
    """Regular expressions (case-insensitive, searched) for approver ids that name an AI or a
    service account; such an approver is refused."""
    # -- guarded LLM calls (issue 7)
    audit_llm_calls: bool = False
    """Record every guarded LLM call in the audit log (decision, counts per type, model)."""
    # -- the floor for state secrets and keys (issue 12)
    acknowledge: Acknowledgements = Acknowledgements()
    """Statements that allow weaker protections (see the module docstring)."""
    _waivers: tuple[PolicyWaiver, ...] = PrivateAttr(default=())
    _unacknowledged: tuple[tuple[str, str], ...] = PrivateAttr(default=())
    _action_table: tuple[tuple[object, ...], dict[EntityType, Decision]] | None = PrivateAttr(
        default=None
    )

    def __init__(self, **data: Any) -> None:
        super().__init__(**data)
        self._refuse_unacknowledged()

    # Validation (model_validate) must not run through this __init__: it would wrap the
    # PolicyError in a ValidationError. pydantic marks its own __init__ the same way.
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]

    def model_post_init(self, context: Any, /) -> None:
        # runs on every construction path, model_construct included; raising here would be
        # wrapped in a ValidationError, so the refusal is raised by the callers (and again by
        # check_prompt, through ``waivers``)
        weakened = tuple(self._weakened())
        statement = self.acknowledge.weaker_secret_protection
        if weakened and statement is None:
            self._unacknowledged = weakened
        elif weakened and statement is not None:
            self._waivers = tuple(
                PolicyWaiver(
                    setting=setting,
                    detail=detail,
                    acknowledgement=WEAKER_SECRET_PROTECTION,
                    statement=statement,
                )
                for setting, detail in weakened
            )

    def _weakened(self) -> list[tuple[str, str]]:
        """(setting, detail) for each way this policy weakens the blocking of state secrets
        and secret keys."""
        out: list[tuple[str, str]] = []
        for entity in SECRET_ENTITIES:
            action = self.action_for(entity)
            if action is not Decision.BLOCK:
                out.append((f"actions.{entity.value}", action.value))
        out.extend(
            ("disabled_detectors", d) for d in SECRET_DETECTORS if d in self.disabled_detectors
        )
        for value in sorted(self.allow_values):
            allowed = _allow_set(frozenset({value}))
            if any(_in_allow_set(m, allowed) for m in _MARK_SAMPLES):
                out.append(("allow_values", value))
        compiled_patterns = _allow_patterns(self.allow_patterns)
        for pattern, compiled in zip(self.allow_patterns, compiled_patterns, strict=True):
            if any(compiled.fullmatch(v) for v in (*_MARK_SAMPLES, *_KEY_SAMPLES)):
                out.append(("allow_patterns", pattern))
        return out

    def _refuse_unacknowledged(self, source: str | None = None) -> None:
        if self._unacknowledged:
            vi, en = i18n.policy_refusal(list(self._unacknowledged))
            raise PolicyError(vi=vi, en=en, key=self._unacknowledged[0][0], source=source)

    @property
    def waivers(self) -> tuple[PolicyWaiver, ...]:
        """The protections of state secrets and keys this policy weakens, each with its
        acknowledgement. Raises :class:`~ai_guard.errors.PolicyError` if one is not
        acknowledged (a policy built around validation: check_prompt refuses it)."""
        private = self.__pydantic_private__
        if private is None or private.get("_unacknowledged"):
            self._refuse_unacknowledged()
        # (read from pydantic's store of private attributes: reading them as attributes goes
        # through its __getattr__, a few microseconds of every check)
        return self._waivers if private is None else private["_waivers"]

    @classmethod
    def model_validate(cls, obj: Any, **kwargs: Any) -> Self:
        """Validate like pydantic, then refuse an unacknowledged weaker secret protection
        (``context={"source": ...}`` names the file in the error)."""
        policy = super().model_validate(obj, **kwargs)
        context = kwargs.get("context")
        source = context.get("source") if isinstance(context, Mapping) else None
        policy._refuse_unacknowledged(source if isinstance(source, str) else None)
        return policy

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy; with ``update``, validated again as a new policy (pydantic's copy skips
        validation, so a derived policy could otherwise weaken a protection unnoticed)."""
        copy = super().model_copy(update=update, deep=deep)
        if not update:
            return copy
        return type(self)(**{name: getattr(copy, name) for name in type(self).model_fields})

    def allows(self, value: str) -> bool:
        """Is ``value`` on the allow-list (``allow_values``, compared after trimming, NFC,
        case folding and without formatting; or fully matched by an ``allow_patterns``)?"""
        v = unicodedata.normalize("NFC", value).strip()
        if self.allow_values and _in_allow_set(v, _allow_set(self.allow_values)):
            return True
        return any(p.fullmatch(v) for p in _allow_patterns(self.allow_patterns))

    @field_validator("actions", mode="before")
    @classmethod
    def _merge_actions(cls, value: Any) -> Any:
        if not isinstance(value, Mapping):
            return value
        merged: dict[Any, Any] = {k.value: v for k, v in DEFAULT_ACTIONS.items()}
        for key, action in value.items():
            k = key.value if isinstance(key, EntityType) else str(key).upper()
            if k not in EntityType.__members__:
                raise PydanticCustomError(
                    "unknown_entity",
                    i18n.policy_value_error("unknown_entity"),
                    {"key": str(key), "known": ", ".join(EntityType.__members__)},
                )
            if isinstance(action, str):
                action = action.lower()
            merged[k] = action
        return merged

    @field_validator("actions")
    @classmethod
    def _keep_failures_blocking(
        cls, value: dict[EntityType, Decision]
    ) -> dict[EntityType, Decision]:
        for entity in _ALWAYS_BLOCK:
            if value.get(entity) is not Decision.BLOCK:
                raise PydanticCustomError(
                    "must_block", i18n.policy_value_error("must_block"), {"key": entity.value}
                )
        return value

    @field_validator("allow_patterns", "ai_approver_patterns")
    @classmethod
    def _compile_patterns(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for pat in value:
            try:
                re.compile(pat)
            except re.error as exc:
                template = i18n.policy_value_error("bad_regex")
                raise ValueError(template.format(pattern=repr(pat), error=exc)) from None
        return value

    @field_validator("deny_terms")
    @classmethod
    def _non_empty_terms(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for term in value:
            if not term.strip():
                raise ValueError(i18n.policy_value_error("empty_term"))
        return value

    def action_for(self, entity: EntityType) -> Decision:
        return self.actions.get(entity, DEFAULT_ACTIONS.get(entity, Decision.BLOCK))

    def action_table(self) -> dict[EntityType, Decision]:
        """The action for every entity type, worked out once per policy (check_prompt reads
        it for every finding)."""
        key = tuple(self.actions.items())  # the dict inside a frozen model can still change
        private = self.__pydantic_private__  # (see ``waivers``)
        cached = self._action_table if private is None else private.get("_action_table")
        if cached is None or cached[0] != key:
            cached = (key, {e: self.action_for(e) for e in EntityType})
            self._action_table = cached
        return cached[1]

    # -- loading -----------------------------------------------------------------------------
    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], *, source: str | None = None) -> Policy:
        """Build a policy from a mapping (a parsed TOML table); errors name key and source."""
        if not isinstance(data, Mapping):
            vi, en = i18n.policy_load_error("not_a_table", type=type(data).__name__)
            raise PolicyError(vi=vi, en=en, source=source)
        # [scan] configures the scanner, [gateway] the gateway (ai_guard.serve.config)
        payload = {k.replace("-", "_"): v for k, v in data.items() if k not in ("scan", "gateway")}
        try:
            return cls.model_validate(payload, context={"source": source})
        except ValidationError as exc:
            err = exc.errors()[0]
            key = ".".join(str(p) for p in err["loc"]) or None
            msg = str(err["msg"]).removeprefix("Value error, ")
            bad = err.get("ctx", {}).get("key") if isinstance(err.get("ctx"), dict) else None
            if bad:
                key = f"{key}.{bad}" if key else str(bad)
            vi, en = i18n.policy_load_error("invalid", detail=msg)
            raise PolicyError(vi=vi, en=en, key=key, source=source) from None

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> Policy:
        """Load ``ai-guard.toml`` (top-level keys) or ``pyproject.toml`` (``[tool.ai-guard]``)."""
        p = Path(path)
        data = read_policy_file(p)
        if p.name == "pyproject.toml":
            table = data.get("tool", {}).get("ai-guard")
            if table is None:
                return cls()
            return cls.from_mapping(table, source=f"{p} [tool.ai-guard]")
        return cls.from_mapping(data, source=str(p))

    @classmethod
    def discover(cls, start: str | os.PathLike[str] | None = None) -> Policy:
        """Find the policy for a directory: ``ai-guard.toml`` first, then ``pyproject.toml``
        with a ``[tool.ai-guard]`` table, walking up to the filesystem root; else the default."""
        here = Path(start or Path.cwd()).resolve()
        for folder in (here, *here.parents):
            candidate = folder / "ai-guard.toml"
            if candidate.is_file():
                return cls.from_file(candidate)
            pyproject = folder / "pyproject.toml"
            if pyproject.is_file():
                from ai_guard.text.encodings import unicode_text

                try:
                    data = tomllib.loads(unicode_text(pyproject.read_bytes()))
                except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                    return cls.from_file(pyproject)  # raises a PolicyError naming the file
                if "ai-guard" in data.get("tool", {}):
                    return cls.from_file(pyproject)
        return cls()


if "hypothesis.strategies" in sys.modules:  # a test suite: register st.from_type strategies
    from ai_guard.testing._hypothesis import register_loaded

    register_loaded()


def read_policy_file(path: str | os.PathLike[str]) -> dict[str, Any]:
    """The TOML document of a policy file (``ai-guard.toml``, ``pyproject.toml``), or a
    :class:`PolicyError` naming the file: not found, unreadable, not UTF-8, not TOML. What the
    policy and the gateway's ``[gateway]`` table are read from."""
    from ai_guard.text.encodings import unicode_text

    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        vi, en = i18n.policy_load_error("not_found")
        raise PolicyError(vi=vi, en=en, source=str(p)) from None
    except OSError as exc:
        vi, en = i18n.policy_load_error("unreadable", detail=str(exc.strerror))
        raise PolicyError(vi=vi, en=en, source=str(p)) from None
    try:
        data: dict[str, Any] = tomllib.loads(unicode_text(raw))
    except UnicodeDecodeError:
        vi, en = i18n.policy_load_error("not_utf8")
        raise PolicyError(vi=vi, en=en, source=str(p)) from None
    except tomllib.TOMLDecodeError as exc:
        vi, en = i18n.policy_load_error("not_toml", detail=str(exc))
        raise PolicyError(vi=vi, en=en, source=str(p)) from None
    return data
