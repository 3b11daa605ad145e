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

    [tool.ai-guard.actions]
    PERSON = "redact"
    EMAIL = "allow"

Unknown keys, unknown entity types, bad actions and bad patterns are errors that name the key
and the file: a typo in a policy must never silently weaken it.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_core import PydanticCustomError

from ai_guard.errors import PolicyError
from ai_guard.models import PROTECTED_CATEGORIES, Category, Decision, EntityType

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

__all__ = ["DEFAULT_ACTIONS", "DEFAULT_AI_APPROVER_PATTERNS", "Policy"]

DEFAULT_ACTIONS: dict[EntityType, Decision] = dict.fromkeys(EntityType, Decision.REDACT)
DEFAULT_ACTIONS[EntityType.STATE_SECRET_MARK] = Decision.BLOCK
DEFAULT_ACTIONS[EntityType.API_SECRET] = Decision.BLOCK
DEFAULT_ACTIONS[EntityType.DENY_TERM] = Decision.BLOCK
DEFAULT_ACTIONS[EntityType.DETECTOR_ERROR] = Decision.BLOCK

#: Approver ids that name an AI or a service account (searched, case-insensitive).
DEFAULT_AI_APPROVER_PATTERNS: tuple[str, ...] = (
    r"^(?:ai|bot|svc|service|system|robot|agent|llm)\s*[:/]",
    r"chatgpt|openai|gpt-?\d|claude|anthropic|gemini|copilot|llama|mistral|deepseek|qwen",
    r"(?:^|[-_.@\s])(?:bot|llm|ai-agent|assistant)(?:$|[-_.@\s])",
)

#: Entities whose action a policy may never lower below block.
_ALWAYS_BLOCK = frozenset({EntityType.DETECTOR_ERROR})


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
    """Names of officials acting in their role (signers, judges, enforcement officers,
    "đồng chí Phó Chủ tịch ...") are public-role data and do not make a document personal.
    Set to false to count every name as personal data."""
    protected_categories: frozenset[Category] = PROTECTED_CATEGORIES
    """Categories that must not go to an external AI when they concern identifiable people."""
    protected_redaction_suffices: bool = False
    """When true, a protected document about identifiable people gets ``redact_then_send``
    instead of ``do_not_send`` (the agency accepts redaction as protection)."""
    load_plugins: bool = True
    """Load third-party detectors from the ``ai_guard.detectors`` entry point group."""
    # -- sign-off and audit (issue 4)
    audit_log: str | None = None
    """The audit log file of require_human_signoff (default ``.ai-guard/audit.sqlite3``)."""
    signoff_lifetime_hours: float = Field(default=24.0, gt=0.0, le=24.0 * 366)
    """How long a sign-off stays valid after it was given."""
    ai_approver_patterns: tuple[str, ...] = DEFAULT_AI_APPROVER_PATTERNS
    """Regular expressions (case-insensitive, searched) for approver ids that name an AI or a
    service account; such an approver is refused."""
    # -- guarded LLM calls (issue 7)
    audit_llm_calls: bool = False
    """Record every guarded LLM call in the audit log (decision, counts per type, model)."""

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
                    "unknown entity type {key}; known: {known}",
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
                    "must_block",
                    "{key} must stay 'block': a failed check never passes",
                    {"key": entity.value},
                )
        return value

    @field_validator("allow_patterns", "ai_approver_patterns")
    @classmethod
    def _compile_patterns(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for pat in value:
            try:
                re.compile(pat)
            except re.error as exc:
                raise ValueError(f"invalid regular expression {pat!r}: {exc}") from None
        return value

    @field_validator("deny_terms")
    @classmethod
    def _non_empty_terms(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for term in value:
            if not term.strip():
                raise ValueError("deny_terms may not contain an empty term")
        return value

    def action_for(self, entity: EntityType) -> Decision:
        return self.actions.get(entity, DEFAULT_ACTIONS.get(entity, Decision.BLOCK))

    # -- loading -----------------------------------------------------------------------------
    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], *, source: str | None = None) -> Policy:
        """Build a policy from a mapping (a parsed TOML table); errors name key and source."""
        if not isinstance(data, Mapping):
            raise PolicyError(
                f"policy must be a table, got {type(data).__name__}",
                f"chính sách phải là một bảng, nhận được {type(data).__name__}",
                source=source,
            )
        payload = {k.replace("-", "_"): v for k, v in data.items() if k != "scan"}
        try:
            return cls.model_validate(payload)
        except ValidationError as exc:
            err = exc.errors()[0]
            key = ".".join(str(p) for p in err["loc"]) or None
            msg = str(err["msg"]).removeprefix("Value error, ")
            bad = err.get("ctx", {}).get("key") if isinstance(err.get("ctx"), dict) else None
            if bad:
                key = f"{key}.{bad}" if key else str(bad)
            raise PolicyError(
                f"invalid policy: {msg}",
                f"chính sách không hợp lệ: {msg}",
                key=key,
                source=source,
            ) from None

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> Policy:
        """Load ``ai-guard.toml`` (top-level keys) or ``pyproject.toml`` (``[tool.ai-guard]``)."""
        p = Path(path)
        try:
            raw = p.read_bytes()
        except OSError as exc:
            raise PolicyError(
                f"cannot read policy file: {exc.strerror}",
                f"không đọc được tệp chính sách: {exc.strerror}",
                source=str(p),
            ) from None
        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise PolicyError(
                "policy file is not UTF-8", "tệp chính sách không phải UTF-8", source=str(p)
            ) from None
        except tomllib.TOMLDecodeError as exc:
            raise PolicyError(
                f"policy file is not valid TOML: {exc}",
                f"tệp chính sách không đúng cú pháp TOML: {exc}",
                source=str(p),
            ) from None
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
                try:
                    data = tomllib.loads(pyproject.read_text("utf-8"))
                except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                    return cls.from_file(pyproject)  # raises a PolicyError naming the file
                if "ai-guard" in data.get("tool", {}):
                    return cls.from_file(pyproject)
        return cls()
