"""The sign-off and what the approver sees: :class:`SignOff` (a person's decision on one exact
draft), :class:`SignOffRequest` (the action, the readable arguments and their digest) and the
verifiers that prove a sign-off came from the agency's own flow."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import re
import sys
import uuid
from collections.abc import Callable, Mapping
from typing import Any, Literal, Protocol, TypeVar, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_core import PydanticCustomError

from ai_guard import i18n
from ai_guard.errors import SignOffInvalid, SignOffRejected
from ai_guard.signoff.digest import arguments_digest, render_arguments

__all__ = [
    "Clock",
    "HmacVerifier",
    "SignOff",
    "SignOffRequest",
    "SignOffVerifier",
    "StructuralVerifier",
]

T = TypeVar("T")

Clock = Callable[[], dt.datetime]
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def invalid(exc: ValidationError) -> SignOffInvalid:
    """The project's error for a sign-off pydantic refused: the fields and what each needs,
    never the value given."""
    for err in exc.errors():
        # pydantic calls a model's own __init__ from model_validate*: ours already translated
        inner = (err.get("ctx") or {}).get("error")
        if isinstance(inner, SignOffInvalid):
            return inner
    fields: list[str] = []
    problems: list[tuple[str, str]] = []
    for err in exc.errors():
        name = str(err["loc"][0]) if err["loc"] else "-"
        fields.append(name)
        problems.append(i18n.signoff_field_problem(name, err["type"]))
    vi, en = i18n.signoff_invalid(problems)
    return SignOffInvalid(vi=vi, en=en, fields=tuple(dict.fromkeys(fields)))


def _translated(build: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``build(...)``, raising :class:`SignOffInvalid` instead of pydantic's error."""
    try:
        return build(*args, **kwargs)
    except ValidationError as exc:
        raise invalid(exc) from None


def has_text(value: str) -> bool:
    """Whether an id holds something readable (not only spaces or zero-width characters)."""
    return any(ch.isalnum() for ch in value)


def _not_blank(value: str) -> str:
    """Strip; refuse an id with nothing readable in it (spaces, zero-width characters)."""
    value = value.strip()
    if not has_text(value):
        raise PydanticCustomError("blank", "must not be empty or blank")
    return value


class SignOff(BaseModel):
    """A person's decision on one exact draft. Immutable; build it with
    :meth:`SignOffRequest.approve` / :meth:`SignOffRequest.reject`."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(default_factory=lambda: uuid.uuid4().hex)
    action: str = Field(min_length=1)
    digest: str
    """SHA-256 (hex) of the canonical arguments: binds the sign-off to the exact draft."""
    approver: str = Field(min_length=1)
    """The approver's id in the agency's directory (never an AI or a service account)."""
    role: str = Field(min_length=1)
    """Chức vụ: in which capacity the person approves; required."""
    unit: str = ""
    """Đơn vị: the approver's unit, for the head of unit's supervision report."""
    decision: Literal["approve", "reject", "amend"]
    timestamp: dt.datetime
    comment: str = ""
    signature: str | None = None
    """Set by a :class:`SignOffVerifier` such as :class:`HmacVerifier`."""

    @field_validator("timestamp")
    @classmethod
    def _aware(cls, value: dt.datetime) -> dt.datetime:
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(i18n.signoff_value_error("timestamp"))
        return value

    @field_validator("digest")
    @classmethod
    def _hex(cls, value: str) -> str:
        if not _HEX64.match(value):
            raise ValueError(i18n.signoff_value_error("digest"))
        return value

    @field_validator("approver", "role")
    @classmethod
    def _no_blank(cls, value: str) -> str:
        return _not_blank(value)

    @field_validator("action")
    @classmethod
    def _action(cls, value: str) -> str:
        _not_blank(value)
        return value  # kept as given: it must equal the guard's action exactly

    @field_validator("unit")
    @classmethod
    def _unit(cls, value: str) -> str:
        return value.strip()

    # Every way of building a SignOff from data raises the project's error, never pydantic's
    # ValidationError (SignOffInvalid is a ValueError too, so ``except ValueError`` still works).
    def __init__(self, /, **data: Any) -> None:
        _translated(super().__init__, **data)

    @classmethod
    def model_validate(cls, *args: Any, **kwargs: Any) -> SignOff:
        return _translated(super().model_validate, *args, **kwargs)

    @classmethod
    def model_validate_json(cls, *args: Any, **kwargs: Any) -> SignOff:
        return _translated(super().model_validate_json, *args, **kwargs)

    @classmethod
    def model_validate_strings(cls, *args: Any, **kwargs: Any) -> SignOff:
        return _translated(super().model_validate_strings, *args, **kwargs)

    def signing_payload(self) -> bytes:
        """What a verifier signs: every field but the signature, canonically."""
        data = self.model_dump(mode="json", exclude={"signature"})
        return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


@runtime_checkable
class SignOffVerifier(Protocol):
    """Proves that a sign-off was issued by the agency's own flow (an HMAC key, a call to the
    identity service ...). ``verify`` raises :class:`SignOffRejected` with reason
    ``bad_signature`` when it does not hold."""

    def sign(self, signoff: SignOff) -> SignOff: ...

    def verify(self, signoff: SignOff) -> None: ...


class StructuralVerifier:
    """The default: the model's own validation is the whole check (no signature)."""

    def sign(self, signoff: SignOff) -> SignOff:
        return signoff

    def verify(self, signoff: SignOff) -> None:
        return None


class HmacVerifier:
    """Signs sign-offs with an HMAC-SHA-256 key held by the application: a sign-off built by
    hand, or altered after approval, fails verification."""

    def __init__(self, key: bytes | str) -> None:
        if not key:
            raise ValueError(i18n.signoff_hmac_key_empty())
        self._key = key.encode("utf-8") if isinstance(key, str) else key

    def __repr__(self) -> str:
        return "HmacVerifier(<key>)"

    def _mac(self, signoff: SignOff) -> str:
        return hmac.new(self._key, signoff.signing_payload(), hashlib.sha256).hexdigest()

    def sign(self, signoff: SignOff) -> SignOff:
        return signoff.model_copy(update={"signature": self._mac(signoff)})

    def verify(self, signoff: SignOff) -> None:
        if signoff.signature is None or not hmac.compare_digest(
            signoff.signature, self._mac(signoff)
        ):
            vi, en = i18n.signoff_rejection("bad_signature")
            raise SignOffRejected(vi=vi, en=en, action=signoff.action, reason="bad_signature")


class SignOffRequest:
    """What the approver sees: the action, the arguments (readable) and the digest."""

    def __init__(
        self,
        action: str,
        arguments: Mapping[str, Any],
        *,
        verifier: SignOffVerifier | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.action = action
        self.digest = arguments_digest(action, arguments)
        self.arguments = render_arguments(arguments)
        self._verifier = verifier or StructuralVerifier()
        self._clock = clock or utcnow

    def __repr__(self) -> str:
        return f"SignOffRequest(action={self.action!r}, digest={self.digest[:12]}...)"

    def render(self, lang: str = "vi") -> str:
        """The request as the approver reads it (:func:`ai_guard.signoff.report.render_request`)."""
        from ai_guard.signoff.report import render_request

        return render_request(self, lang)

    def _make(
        self,
        decision: Literal["approve", "reject", "amend"],
        approver: str,
        role: str,
        unit: str,
        comment: str,
    ) -> SignOff:
        so = SignOff(
            action=self.action,
            digest=self.digest,
            approver=approver,
            role=role,
            unit=unit,
            decision=decision,
            timestamp=self._clock(),
            comment=comment,
        )
        return self._verifier.sign(so)

    def approve(self, *, approver: str, role: str, unit: str = "", comment: str = "") -> SignOff:
        return self._make("approve", approver, role, unit, comment)

    def amend(self, *, approver: str, role: str, unit: str = "", comment: str = "") -> SignOff:
        """Approve a draft the approver changed: build the request from the AMENDED arguments."""
        return self._make("amend", approver, role, unit, comment)

    def reject(self, *, approver: str, role: str, unit: str = "", comment: str = "") -> SignOff:
        return self._make("reject", approver, role, unit, comment)


if "hypothesis.strategies" in sys.modules:  # a test suite: register st.from_type strategies
    from ai_guard.testing._hypothesis import register_loaded

    register_loaded()
