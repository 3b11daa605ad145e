"""``require_human_signoff``: no decision from AI output runs without a recorded human approval.

Guidance 557/BKHCN-CĐSQG and directive 1690/TCTHADS-NV3 forbid letting AI take an
administrative decision, or any act touching a person's rights, automatically: a human decides
and answers for it. The guard makes that the only path::

    @require_human_signoff(action="issue_enforcement_decision", audit=AuditLog("audit.db"))
    def issue_decision(draft: str, case_no: str) -> None: ...

    request = issue_decision.signoff_request(draft, case_no)     # shows what is decided
    print(request.render())                                      # for the approver
    so = request.approve(approver="nguyen.van.a", role="Chấp hành viên", unit="CCTHADS Q1")
    issue_decision(draft, case_no, signoff=so)                   # runs, and is recorded

A :class:`SignOff` binds the approver to the **exact arguments**: a SHA-256 digest over a
canonical rendering of every bound argument (``self``/``cls`` excluded), so a sign-off for one
draft cannot run another. It is single-use, expires (``Policy.signoff_lifetime_hours``, 24 h
by default), and an approver id that names an AI (``Policy.ai_approver_patterns``) or is
shaped like a service, automation or shared account (:data:`SERVICE_ACCOUNT_PATTERNS`) is
refused: a person approves and answers for it. A sign-off with an empty approver, role or
action cannot be built (:class:`~ai_guard.errors.SignOffInvalid`). Every attempt is written to
the :class:`~ai_guard.audit.AuditLog` BEFORE the decision runs; if the log cannot be written,
the decision does not run.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import hashlib
import hmac
import inspect
import json
import re
import sys
import unicodedata
import uuid
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from pathlib import PurePath
from typing import Any, Literal, ParamSpec, Protocol, TypeVar, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_core import PydanticCustomError

from ai_guard.errors import (
    OutputBlocked,
    PolicyError,
    SignOffInvalid,
    SignOffRejected,
    SignOffRequired,
)
from ai_guard.policy import Policy
from ai_guard.signoff.audit import DEFAULT_AUDIT_PATH, AuditLog

__all__ = [
    "DIGEST_VERSION",
    "SERVICE_ACCOUNT_PATTERNS",
    "HmacVerifier",
    "SignOff",
    "SignOffRequest",
    "SignOffVerifier",
    "StructuralVerifier",
    "arguments_digest",
    "human_signoff",
    "require_human_signoff",
]

P = ParamSpec("P")
R = TypeVar("R")

DIGEST_VERSION = "ai-guard-signoff/v1"
#: Clock skew tolerated for a sign-off dated in the future.
_SKEW = dt.timedelta(minutes=5)
_HEX64 = re.compile(r"^[0-9a-f]{64}$")

Clock = Callable[[], dt.datetime]


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


#: Approver ids shaped like a service, automation or shared account (case-insensitive,
#: searched in the id after NFKC and with invisible characters removed). Refused by default
#: (reason ``service_account``) on top of ``Policy.ai_approver_patterns``; a guard's
#: ``service_account_patterns=`` replaces them. Human ids such as ``tran.thi.lan`` or
#: ``lan.tt@thads.moj.gov.vn`` match none of them.
SERVICE_ACCOUNT_PATTERNS: tuple[str, ...] = (
    # svc-x, svc_x, svc.x, srv-x, bot-x, robot-x ... and x-svc, x_bot, x.bot (also before @)
    r"^(?:svc|srv|bot|robot)[-_.]",
    r"[-_.](?:svc|srv|bot|robot)(?:$|@)",
    # app accounts of code hosts: github-actions[bot], dependabot[bot]
    r"\[bot\]",
    # service-account, service_account, serviceaccount, system:serviceaccount:ns:name
    r"service[-_. ]?accounts?",
    # cloud identities: Google service accounts, AWS IAM roles and assumed roles
    r"gserviceaccount\.com$",
    r"^arn:aws[\w-]*:(?:iam|sts)::",
    # mailboxes nobody reads
    r"no[-_.]?reply|do[-_.]?not[-_.]?reply",
    # shared or automation accounts named for what they are (the whole id, or before @)
    r"^(?:system|automation|automated|auto|ci|cd|ci[-_]?cd|cron|daemon|scheduler|pipeline"
    r"|deploy(?:er)?|build(?:er)?|runner|jenkins|root|admin(?:istrator)?|guest|anonymous"
    r"|nobody|test|user)(?:$|@)",
    # a CI system or automation word as a part of the id, joined by - or _ (people's ids use
    # dots: nguyen.van.ci stays a person): gitlab-ci, ci-runner, cron_daily, jenkins-deploy
    r"(?:^|[-_])(?:ci|cicd|automation|cron|pipeline|jenkins|github[-_]actions|gitlab[-_]ci)"
    r"(?:$|[-_@])",
)


def _approver_key(approver: str) -> str:
    """What the patterns are searched in: NFKC (full-width letters become ASCII), without
    invisible format characters (a zero-width space inside ``s\u200bvc-x``)."""
    text = unicodedata.normalize("NFKC", approver)
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def _compile_patterns(patterns: Iterable[str], key: str) -> tuple[re.Pattern[str], ...]:
    compiled = []
    for i, pat in enumerate(patterns):
        if not isinstance(pat, str):
            raise PolicyError(
                f"pattern {i} is not a string", f"mẫu thứ {i} không phải chuỗi", key=key
            )
        try:
            compiled.append(re.compile(pat, re.IGNORECASE))
        except re.error as exc:
            raise PolicyError(
                f"pattern {i} is not a valid regular expression ({exc.msg})",
                f"mẫu thứ {i} không phải biểu thức chính quy hợp lệ ({exc.msg})",
                key=key,
            ) from None
    return tuple(compiled)


_SERVICE_ACCOUNT_RES = _compile_patterns(SERVICE_ACCOUNT_PATTERNS, "service_account_patterns")

#: field -> (English, Vietnamese) when it is empty or blank
_BLANK = {
    "action": (
        "the action (the decision's name) is empty",
        "tên quyết định (action) đang để trống",
    ),
    "approver": (
        "the approver's id is empty: a sign-off must name the person who approves",
        "mã người phê duyệt đang để trống: xác nhận phê duyệt phải ghi rõ người phê duyệt",
    ),
    "role": (
        "the approver's role is empty: a sign-off must say in which capacity the person approves",
        "chức vụ của người phê duyệt đang để trống: phải ghi rõ phê duyệt với tư cách gì",
    ),
}
_FIELD_RULES = {
    "digest": (
        "the digest must be 64 lower-case hex characters (SHA-256)",
        "mã băm (digest) phải gồm 64 ký tự hex thường (SHA-256)",
    ),
    "timestamp": (
        "the timestamp must be a timezone-aware datetime",
        "thời điểm (timestamp) phải có múi giờ (timezone)",
    ),
    "decision": (
        "the decision must be 'approve', 'reject' or 'amend'",
        "decision phải là 'approve', 'reject' hoặc 'amend'",
    ),
}


def _invalid(exc: ValidationError) -> SignOffInvalid:
    """The project's error for a sign-off pydantic refused: the fields and what each needs,
    never the value given."""
    for err in exc.errors():
        # pydantic calls a model's own __init__ from model_validate*: ours already translated
        inner = (err.get("ctx") or {}).get("error")
        if isinstance(inner, SignOffInvalid):
            return inner
    fields: list[str] = []
    en: list[str] = []
    vi: list[str] = []
    for err in exc.errors():
        name = str(err["loc"][0]) if err["loc"] else "-"
        kind = err["type"]
        if name in _BLANK and kind in ("blank", "string_too_short", "missing"):
            pair = _BLANK[name]
        elif kind == "missing":
            pair = (f"the field '{name}' is required", f"thiếu trường bắt buộc '{name}'")
        elif kind == "extra_forbidden":
            pair = (f"unknown field '{name}'", f"trường không xác định '{name}'")
        elif name in _FIELD_RULES:
            pair = _FIELD_RULES[name]
        else:
            pair = (
                f"the field '{name}' is invalid ({kind})",
                f"trường '{name}' không hợp lệ ({kind})",
            )
        fields.append(name)
        en.append(pair[0])
        vi.append(pair[1])
    return SignOffInvalid(
        "invalid sign-off: " + "; ".join(en),
        "xác nhận phê duyệt không hợp lệ: " + "; ".join(vi),
        fields=tuple(dict.fromkeys(fields)),
    )


def _not_blank(value: str) -> str:
    """Strip; refuse an id with nothing readable in it (spaces, zero-width characters)."""
    value = value.strip()
    if not any(ch.isalnum() for ch in value):
        raise PydanticCustomError("blank", "must not be empty or blank")
    return value


# -- the sign-off --------------------------------------------------------------------------------


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
            raise ValueError(
                "timestamp must be timezone-aware / thời điểm phải có múi giờ (timezone)"
            )
        return value

    @field_validator("digest")
    @classmethod
    def _hex(cls, value: str) -> str:
        if not _HEX64.match(value):
            raise ValueError("digest must be 64 lower-case hex characters (SHA-256)")
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
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise _invalid(exc) from None

    @classmethod
    def model_validate(cls, *args: Any, **kwargs: Any) -> SignOff:
        try:
            return super().model_validate(*args, **kwargs)
        except ValidationError as exc:
            raise _invalid(exc) from None

    @classmethod
    def model_validate_json(cls, *args: Any, **kwargs: Any) -> SignOff:
        try:
            return super().model_validate_json(*args, **kwargs)
        except ValidationError as exc:
            raise _invalid(exc) from None

    @classmethod
    def model_validate_strings(cls, *args: Any, **kwargs: Any) -> SignOff:
        try:
            return super().model_validate_strings(*args, **kwargs)
        except ValidationError as exc:
            raise _invalid(exc) from None

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
            raise ValueError("HMAC key must not be empty / khóa HMAC không được để trống")
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
            raise SignOffRejected(
                "the sign-off's signature is missing or invalid",
                "chữ ký của xác nhận phê duyệt bị thiếu hoặc không hợp lệ",
                action=signoff.action,
                reason="bad_signature",
            )


# -- digest --------------------------------------------------------------------------------------


def _qualname(value: object) -> str:
    cls = type(value)
    return f"{cls.__module__}.{cls.__qualname__}"


def _canon(value: Any, where: str) -> Any:
    """A JSON structure that represents ``value`` exactly and stably (no hash(), no id())."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return {"$int": str(value)} if abs(value) > 2**53 else value
    if isinstance(value, float):
        return {"$float": value.hex()}
    if isinstance(value, enum.Enum):
        return {"$enum": f"{_qualname(value)}.{value.name}"}
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"$bytes": bytes(value).hex()}
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return {"$" + type(value).__name__: value.isoformat()}
    if isinstance(value, dt.timedelta):
        return {"$timedelta": value.total_seconds()}
    if isinstance(value, uuid.UUID):
        return {"$uuid": str(value)}
    if isinstance(value, PurePath):
        return {"$path": str(value)}
    if isinstance(value, BaseModel):
        return {
            "$model": _qualname(value),
            "fields": _canon(value.model_dump(mode="python"), where),
        }
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            "$dataclass": _qualname(value),
            "fields": {
                f.name: _canon(getattr(value, f.name), f"{where}.{f.name}")
                for f in dataclasses.fields(value)
            },
        }
    if isinstance(value, Mapping):
        items = [
            (_canon(k, f"{where}[key]"), _canon(v, f"{where}[{k!r}]")) for k, v in value.items()
        ]
        items.sort(key=lambda kv: json.dumps(kv[0], sort_keys=True))
        return {"$dict": [list(kv) for kv in items]}
    if isinstance(value, (list, tuple)):
        body = [_canon(v, f"{where}[{i}]") for i, v in enumerate(value)]
        return body if isinstance(value, list) else {"$tuple": body}
    if isinstance(value, (set, frozenset)):
        body = [_canon(v, f"{where}{{}}") for v in value]
        return {"$set": sorted(body, key=lambda x: json.dumps(x, sort_keys=True))}
    raise TypeError(
        f"cannot bind a sign-off to {where} of type {type(value).__name__}: give the decorator "
        f"bind=... to choose what the approver signs / không thể gắn xác nhận phê duyệt với "
        f"{where} kiểu {type(value).__name__}: hãy truyền bind=... cho decorator"
    )


def arguments_digest(action: str, arguments: Mapping[str, Any]) -> str:
    """The SHA-256 digest that binds a sign-off to ``action`` and these exact arguments."""
    payload = json.dumps(
        {"action": action, "arguments": {k: _canon(v, k) for k, v in arguments.items()}},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(f"{DIGEST_VERSION}\n{payload}".encode()).hexdigest()


def _render(arguments: Mapping[str, Any], limit: int = 400) -> dict[str, str]:
    out = {}
    for name, value in arguments.items():
        text = value if isinstance(value, str) else repr(value)
        if len(text) > limit:
            text = text[:limit] + f"... [{len(text) - limit} more characters]"
        out[name] = text
    return out


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
        self.arguments = _render(arguments)
        self._verifier = verifier or StructuralVerifier()
        self._clock = clock or _utcnow

    def __repr__(self) -> str:
        return f"SignOffRequest(action={self.action!r}, digest={self.digest[:12]}...)"

    def render(self, lang: str = "vi") -> str:
        head = (
            f"Yêu cầu phê duyệt: {self.action}"
            if lang == "vi"
            else f"Sign-off requested: {self.action}"
        )
        lines = [head]
        lines.extend(f"  {name}: {text}" for name, text in self.arguments.items())
        lines.append(("  Mã băm: " if lang == "vi" else "  Digest: ") + self.digest)
        return "\n".join(lines)

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


# -- the guard -----------------------------------------------------------------------------------


class _Guard:
    """The shared engine of the decorator and the context manager."""

    def __init__(
        self,
        action: str,
        *,
        audit: AuditLog | None,
        policy: Policy | None,
        lifetime: dt.timedelta | None,
        verifier: SignOffVerifier | None,
        ai_approver_patterns: Iterable[str] | None,
        check_output: bool,
        output_on_redact: Literal["record", "redact"],
        clock: Clock | None,
        unit: str = "",
        service_account_patterns: Iterable[str] | None = None,
    ) -> None:
        if not isinstance(action, str) or not any(ch.isalnum() for ch in action):
            en, vi = _BLANK["action"]
            raise SignOffInvalid(
                f"invalid sign-off: {en}",
                f"xác nhận phê duyệt không hợp lệ: {vi}",
                fields=("action",),
            )
        self.action = action
        self._audit = audit
        self._policy = policy
        self._lifetime = lifetime
        self.verifier: SignOffVerifier = verifier or StructuralVerifier()
        self._patterns = tuple(ai_approver_patterns) if ai_approver_patterns is not None else None
        self._service_res = (
            _SERVICE_ACCOUNT_RES
            if service_account_patterns is None
            else _compile_patterns(service_account_patterns, "service_account_patterns")
        )
        self.check_output = check_output
        self.output_on_redact = output_on_redact
        self.clock: Clock = clock or _utcnow
        self.unit = unit

    # lazily: the policy is found from the working directory at the first call
    @property
    def policy(self) -> Policy:
        if self._policy is None:
            self._policy = Policy.discover()
        return self._policy

    @property
    def audit(self) -> AuditLog:
        if self._audit is None:
            self._audit = AuditLog(self.policy.audit_log or DEFAULT_AUDIT_PATH)
        return self._audit

    @property
    def lifetime(self) -> dt.timedelta:
        if self._lifetime is not None:
            return self._lifetime
        return dt.timedelta(hours=self.policy.signoff_lifetime_hours)

    def _ai_patterns(self) -> list[re.Pattern[str]]:
        pats = self._patterns if self._patterns is not None else self.policy.ai_approver_patterns
        return [re.compile(p, re.IGNORECASE) for p in pats]

    def _findings(self, arguments: Mapping[str, Any]) -> dict[str, int]:
        """Counts per entity type of what the string arguments hold (never the values)."""
        from ai_guard.prompt import check_prompt

        counts: dict[str, int] = {}
        for value in arguments.values():
            if isinstance(value, str) and value:
                for f in check_prompt(value, policy=self.policy).findings:
                    counts[f.entity.value] = counts.get(f.entity.value, 0) + 1
        return counts

    def _reject(
        self, so: SignOff, digest: str, findings: dict[str, int], reason: str, en: str, vi: str
    ) -> SignOffRejected:
        self.audit.append(
            action=self.action,
            outcome="rejected",
            reason=reason,
            approver=so.approver,
            role=so.role,
            unit=so.unit or self.unit,
            digest=digest,
            signoff_id=so.id,
            findings=findings,
        )
        return SignOffRejected(
            f"sign-off rejected for '{self.action}': {en}",
            f"xác nhận phê duyệt cho '{self.action}' không hợp lệ: {vi}",
            action=self.action,
            reason=reason,
        )

    def authorise(
        self,
        arguments: Mapping[str, Any],
        signoff: object,
        approver_callback: Callable[[SignOffRequest], SignOff | None] | None,
    ) -> tuple[SignOff, str]:
        """Check the sign-off and record the attempt; return it and the digest, or raise."""
        digest = arguments_digest(self.action, arguments)
        findings = self._findings(arguments)
        if signoff is None and approver_callback is not None:
            request = SignOffRequest(
                self.action, arguments, verifier=self.verifier, clock=self.clock
            )
            signoff = approver_callback(request)
        if signoff is None:
            self.audit.append(
                action=self.action,
                outcome="refused",
                reason="missing",
                unit=self.unit,
                digest=digest,
                findings=findings,
            )
            raise SignOffRequired(
                f"'{self.action}' is a decision: it needs a human sign-off (signoff=...); "
                "AI output must not take decisions automatically",
                f"'{self.action}' là một quyết định: cần có xác nhận phê duyệt của người có "
                "thẩm quyền (signoff=...); AI không được tự động ra quyết định",
                action=self.action,
                request=SignOffRequest(
                    self.action, arguments, verifier=self.verifier, clock=self.clock
                ),
            )
        if not isinstance(signoff, SignOff):
            self.audit.append(
                action=self.action, outcome="rejected", reason="invalid", unit=self.unit,
                digest=digest, findings=findings,
            )  # fmt: skip
            raise SignOffRejected(
                f"signoff must be a SignOff, got {type(signoff).__name__}",
                f"signoff phải là SignOff, nhận được {type(signoff).__name__}",
                action=self.action,
                reason="invalid",
            )
        so = signoff
        now = self.clock()
        blank = [
            name
            for name in ("approver", "role")
            if not any(ch.isalnum() for ch in getattr(so, name))
        ]
        if blank:  # built without validation (model_construct, model_copy(update=...))
            raise self._reject(
                so, digest, findings, "invalid",
                "; ".join(_BLANK[name][0] for name in blank),
                "; ".join(_BLANK[name][1] for name in blank),
            )  # fmt: skip
        if so.action != self.action:
            raise self._reject(
                so, digest, findings, "wrong_action",
                f"it was given for '{so.action}'", f"xác nhận này dành cho '{so.action}'",
            )  # fmt: skip
        if not hmac.compare_digest(so.digest, digest):
            raise self._reject(
                so, digest, findings, "digest_mismatch",
                "it was given for other arguments (the draft changed after approval)",
                "xác nhận được cấp cho nội dung khác (dự thảo đã thay đổi sau khi phê duyệt)",
            )  # fmt: skip
        if so.decision == "reject":
            raise self._reject(
                so, digest, findings, "rejected",
                f"the approver {so.approver} rejected it",
                f"người phê duyệt {so.approver} đã từ chối",
            )  # fmt: skip
        approver_key = _approver_key(so.approver)
        for pat in self._ai_patterns():
            if pat.search(approver_key):
                raise self._reject(
                    so, digest, findings, "ai_approver",
                    f"the approver id '{so.approver}' names an AI or a service account; "
                    "only a person may approve",
                    f"mã người phê duyệt '{so.approver}' là tài khoản AI hoặc tài khoản dịch vụ; "
                    "chỉ con người được phê duyệt",
                )  # fmt: skip
        for pat in self._service_res:
            if pat.search(approver_key):
                raise self._reject(
                    so, digest, findings, "service_account",
                    f"the approver id '{so.approver}' is shaped like a service, automation or "
                    "shared account; a person must approve under their own id",
                    f"mã người phê duyệt '{so.approver}' có dạng tài khoản dịch vụ, tự động hóa "
                    "hoặc dùng chung; phải do một người phê duyệt bằng mã của chính mình",
                )  # fmt: skip
        if so.timestamp > now + _SKEW:
            raise self._reject(
                so, digest, findings, "not_yet_valid",
                "it is dated in the future", "thời điểm phê duyệt nằm trong tương lai",
            )  # fmt: skip
        if now - so.timestamp > self.lifetime:
            raise self._reject(
                so, digest, findings, "expired",
                f"it expired (older than {self.lifetime})",
                f"đã hết hạn (quá {self.lifetime})",
            )  # fmt: skip
        try:
            self.verifier.verify(so)
        except SignOffRejected as exc:
            raise self._reject(
                so, digest, findings, exc.reason, exc.message_en, exc.message_vi
            ) from None
        try:
            self.audit.append(
                action=self.action,
                outcome="approved",
                reason=so.decision,
                approver=so.approver,
                role=so.role,
                unit=so.unit,
                digest=digest,
                signoff_id=so.id,
                findings=findings,
                single_use=True,
            )
        except KeyError:
            raise self._reject(
                so, digest, findings, "already_used",
                "it was already used once; each sign-off authorises one call",
                "xác nhận này đã được dùng; mỗi xác nhận chỉ cho phép thực hiện một lần",
            ) from None  # fmt: skip
        return so, digest

    def finish(self, so: SignOff, digest: str, error: BaseException | None) -> None:
        self.audit.append(
            action=self.action,
            outcome="failed" if error is not None else "completed",
            reason=type(error).__name__ if error is not None else "",
            approver=so.approver,
            role=so.role,
            unit=so.unit,
            digest=digest,
            signoff_id=so.id,
        )

    def screen_output(self, so: SignOff, digest: str, result: Any) -> Any:
        """check_prompt on the result's text: a ``str``, or every string inside plain data
        (lists, tuples, dicts), pydantic models and dataclasses. A result it cannot read
        (bytes, other objects) is not passed as checked: it raises OutputBlocked."""
        if not self.check_output or result is None:
            return result
        from ai_guard.prompt import check_prompt

        plain = _plain_data(result)
        texts = _text_leaves(plain) if plain is not _UNREADABLE else None
        if texts is None:
            kind = type(result).__name__
            self.audit.append(
                action=self.action, outcome="output_blocked", reason="unchecked",
                approver=so.approver, role=so.role, unit=so.unit, digest=digest,
                signoff_id=so.id,
            )  # fmt: skip
            raise OutputBlocked(
                f"the output of '{self.action}' is a {kind} that cannot be checked; return "
                "text or plain data (str, list, dict, a pydantic model, a dataclass)",
                f"kết quả của '{self.action}' có kiểu {kind}, không kiểm tra được; hãy trả về "
                "văn bản hoặc dữ liệu thuần (str, list, dict, mô hình pydantic, dataclass)",
                check=None,
            )
        checks = {text: check_prompt(text, policy=self.policy) for text in texts if text}
        counts: dict[str, int] = {}
        for check in checks.values():
            for f in check.findings:
                counts[f.entity.value] = counts.get(f.entity.value, 0) + 1
        blocking = [c for c in checks.values() if c.decision.value == "block"]
        redacting = [c for c in checks.values() if c.decision.value == "redact"]
        cannot_redact = (
            self.output_on_redact == "redact" and bool(redacting) and not _rebuildable(result)
        )
        if blocking or cannot_redact:
            self.audit.append(
                action=self.action, outcome="output_blocked", reason="check_prompt",
                approver=so.approver, role=so.role, unit=so.unit, digest=digest,
                signoff_id=so.id, findings=counts,
            )  # fmt: skip
            if not blocking:  # a model, a dataclass, a namedtuple cannot be rebuilt
                raise OutputBlocked(
                    f"the output of '{self.action}' ({type(result).__name__}) holds what must "
                    "be redacted and cannot be redacted in place: " + ", ".join(sorted(counts)),
                    f"kết quả của '{self.action}' ({type(result).__name__}) chứa nội dung cần "
                    "che nhưng không che trực tiếp được: " + ", ".join(sorted(counts)),
                    check=redacting[0],
                )
            raise OutputBlocked(
                f"the output of '{self.action}' holds what must not leave: "
                + ", ".join(sorted(counts)),
                f"kết quả của '{self.action}' chứa nội dung không được phép đưa ra: "
                + ", ".join(sorted(counts)),
                check=blocking[0],
            )
        if counts:
            self.audit.append(
                action=self.action, outcome="output_findings",
                reason="redact" if redacting else "allow",
                approver=so.approver, role=so.role, unit=so.unit, digest=digest,
                signoff_id=so.id, findings=counts,
            )  # fmt: skip
            if self.output_on_redact == "redact":
                return _map_text(result, lambda t: checks[t].redacted_text if t in checks else t)
        return result


_UNREADABLE = object()
_MAX_DEPTH = 64


def _plain_data(value: Any) -> Any:
    """The result as plain data to read its text from: itself for str and containers, the
    fields of a pydantic model or a dataclass, ``_UNREADABLE`` for anything else."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="python")
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    return value


def _text_leaves(value: Any, depth: int = 0) -> list[str] | None:
    """Every string inside plain data; None when some part cannot be read as text."""
    if isinstance(value, str):
        return [value]
    if value is None or isinstance(value, (bool, int, float, enum.Enum)):
        return []
    if depth > _MAX_DEPTH:
        return None
    parts: list[Any]
    if isinstance(value, Mapping):
        parts = [*value.keys(), *value.values()]
    elif isinstance(value, (list, tuple, set, frozenset)):
        parts = list(value)
    elif isinstance(value, BaseModel) or (
        dataclasses.is_dataclass(value) and not isinstance(value, type)
    ):
        parts = [_plain_data(value)]
    else:
        return None
    out: list[str] = []
    for part in parts:
        leaves = _text_leaves(part, depth + 1)
        if leaves is None:
            return None
        out.extend(leaves)
    return out


def _rebuildable(value: Any, depth: int = 0) -> bool:
    """Whether :func:`_map_text` rebuilds ``value`` exactly: str, scalars, and plain dict,
    list, tuple, set of those (not subclasses: a namedtuple would come back a tuple)."""
    if value is None or isinstance(value, (str, bool, int, float, enum.Enum)):
        return True
    if depth > _MAX_DEPTH or type(value) not in (dict, list, tuple, set, frozenset):
        return False
    parts = [*value.keys(), *value.values()] if isinstance(value, dict) else list(value)
    return all(_rebuildable(v, depth + 1) for v in parts)


def _map_text(value: Any, fn: Callable[[str], str]) -> Any:
    """``value`` with every string replaced by ``fn(string)`` (see :func:`_rebuildable`)."""
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, Mapping):
        return {_map_text(k, fn): _map_text(v, fn) for k, v in value.items()}
    if isinstance(value, tuple):
        return tuple(_map_text(v, fn) for v in value)
    if isinstance(value, list):
        return [_map_text(v, fn) for v in value]
    if isinstance(value, (set, frozenset)):
        return type(value)(_map_text(v, fn) for v in value)
    return value


def require_human_signoff(
    action: str,
    *,
    audit: AuditLog | None = None,
    approver: Callable[[SignOffRequest], SignOff | None] | None = None,
    policy: Policy | None = None,
    lifetime: dt.timedelta | None = None,
    verifier: SignOffVerifier | None = None,
    ai_approver_patterns: Iterable[str] | None = None,
    service_account_patterns: Iterable[str] | None = None,
    bind: Callable[..., Mapping[str, Any]] | None = None,
    exclude: Iterable[str] = ("self", "cls"),
    check_output: bool = False,
    output_on_redact: Literal["record", "redact"] = "record",
    clock: Clock | None = None,
    unit: str = "",
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Guard a function that performs a decision (sync or async; methods too).

    The call runs only with a valid :class:`SignOff` for exactly these arguments, passed as
    ``signoff=`` or returned by ``approver`` (a callable that asks a person). Otherwise it
    raises :class:`SignOffRequired` or :class:`SignOffRejected`. ``bind`` (called with the
    function's arguments) chooses what the sign-off covers when the arguments are not plain
    data; ``exclude`` names parameters left out (``self`` and ``cls`` by default).
    ``check_output`` runs check_prompt on a ``str`` result: ``block`` raises
    :class:`~ai_guard.errors.OutputBlocked`; other findings are recorded and, with
    ``output_on_redact="redact"``, the redacted text is returned. ``unit`` (the application's
    unit) is recorded on attempts that carry no sign-off, so that the head of unit sees them.
    ``ai_approver_patterns`` replaces ``Policy.ai_approver_patterns``;
    ``service_account_patterns`` replaces :data:`SERVICE_ACCOUNT_PATTERNS` (``()`` switches
    that check off: do it only when the directory's ids can never name an account). An
    empty ``action`` raises :class:`~ai_guard.errors.SignOffInvalid`; a bad pattern
    :class:`~ai_guard.errors.PolicyError`.
    Generator functions are refused: their body would run lazily, after the check.
    """
    guard = _Guard(
        action,
        audit=audit,
        policy=policy,
        lifetime=lifetime,
        verifier=verifier,
        ai_approver_patterns=ai_approver_patterns,
        check_output=check_output,
        output_on_redact=output_on_redact,
        clock=clock,
        unit=unit,
        service_account_patterns=service_account_patterns,
    )
    excluded = frozenset(exclude)

    def decorate(fn: Callable[P, R]) -> Callable[P, R]:
        if inspect.isgeneratorfunction(fn) or inspect.isasyncgenfunction(fn):
            raise TypeError(
                f"{fn.__qualname__}: generator functions cannot be guarded (their body runs "
                "after the sign-off check, lazily); return a list instead / không thể bảo vệ "
                "hàm generator; hãy trả về một danh sách"
            )
        sig = inspect.signature(fn)
        if "signoff" in sig.parameters:
            raise TypeError(
                f"{fn.__qualname__}: the parameter name 'signoff' is reserved for the guard / "
                "tên tham số 'signoff' được dành cho cơ chế phê duyệt"
            )

        def arguments(args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any]:
            if bind is not None:
                chosen = bind(*args, **kwargs)
                if not isinstance(chosen, Mapping):
                    raise TypeError("bind= must return a mapping of what the approver signs")
                return dict(chosen)
            bound = sig.bind(*args, **kwargs)
            bound.apply_defaults()
            return {k: v for k, v in bound.arguments.items() if k not in excluded}

        def request(*args: Any, **kwargs: Any) -> SignOffRequest:
            return SignOffRequest(
                guard.action, arguments(args, kwargs), verifier=guard.verifier, clock=guard.clock
            )

        if inspect.iscoroutinefunction(fn):

            @functools.wraps(fn)
            async def async_wrapper(*args: Any, **kwargs: Any) -> Any:
                signoff = kwargs.pop("signoff", None)
                so, digest = guard.authorise(arguments(args, kwargs), signoff, approver)
                try:
                    result = await fn(*args, **kwargs)
                except BaseException as exc:
                    guard.finish(so, digest, exc)
                    raise
                guard.finish(so, digest, None)
                return guard.screen_output(so, digest, result)

            wrapper: Any = async_wrapper
        else:

            @functools.wraps(fn)
            def sync_wrapper(*args: Any, **kwargs: Any) -> Any:
                signoff = kwargs.pop("signoff", None)
                so, digest = guard.authorise(arguments(args, kwargs), signoff, approver)
                try:
                    result = fn(*args, **kwargs)
                except BaseException as exc:
                    guard.finish(so, digest, exc)
                    raise
                guard.finish(so, digest, None)
                return guard.screen_output(so, digest, result)

            wrapper = sync_wrapper
        wrapper.signoff_request = request
        wrapper.signoff_action = guard.action
        wrapper.__ai_guard_signoff__ = guard
        guarded: Callable[P, R] = wrapper
        return guarded

    return decorate


class human_signoff:  # noqa: N801 - used like a function: ``with human_signoff(...)``
    """Guard a block of code the same way::

        with human_signoff("approve_refund", draft, signoff=so, audit=log):
            send_refund(draft)

    ``payload`` is what the approver signed (the draft, or a mapping of values). Build the
    request with ``human_signoff.request(action, payload)``. The options are those of
    :func:`require_human_signoff`.
    """

    def __init__(
        self,
        action: str,
        payload: Any,
        *,
        signoff: SignOff | None = None,
        audit: AuditLog | None = None,
        approver: Callable[[SignOffRequest], SignOff | None] | None = None,
        policy: Policy | None = None,
        lifetime: dt.timedelta | None = None,
        verifier: SignOffVerifier | None = None,
        ai_approver_patterns: Iterable[str] | None = None,
        clock: Clock | None = None,
        service_account_patterns: Iterable[str] | None = None,
    ) -> None:
        self._guard = _Guard(
            action,
            audit=audit,
            policy=policy,
            lifetime=lifetime,
            verifier=verifier,
            ai_approver_patterns=ai_approver_patterns,
            check_output=False,
            output_on_redact="record",
            clock=clock,
            service_account_patterns=service_account_patterns,
        )
        self._arguments = {"payload": payload}
        self._signoff = signoff
        self._approver = approver
        self._granted: tuple[SignOff, str] | None = None

    @staticmethod
    def request(
        action: str, payload: Any, *, verifier: SignOffVerifier | None = None
    ) -> SignOffRequest:
        return SignOffRequest(action, {"payload": payload}, verifier=verifier)

    def __enter__(self) -> SignOff:
        self._granted = self._guard.authorise(self._arguments, self._signoff, self._approver)
        return self._granted[0]

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> None:
        if self._granted is not None:
            self._guard.finish(*self._granted, exc)

    async def __aenter__(self) -> SignOff:
        return self.__enter__()

    async def __aexit__(self, exc_type: object, exc: BaseException | None, tb: object) -> None:
        self.__exit__(exc_type, exc, tb)


if "hypothesis.strategies" in sys.modules:  # a test suite: register st.from_type strategies
    from ai_guard.testing._hypothesis import register_loaded

    register_loaded()
