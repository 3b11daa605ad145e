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

A :class:`~ai_guard.signoff.model.SignOff` binds the approver to the **exact arguments**: a
SHA-256 digest over a canonical rendering of every bound argument (``self``/``cls`` excluded,
:mod:`ai_guard.signoff.digest`), so a sign-off for one draft cannot run another. It is
single-use, expires (``Policy.signoff_lifetime_hours``, 24 h by default), and an approver id
that names an AI or is shaped like a service, automation or shared account
(:mod:`ai_guard.signoff.approvers`) is refused: a person approves and answers for it. A
sign-off with an empty approver, role or action cannot be built
(:class:`~ai_guard.errors.SignOffInvalid`). Every attempt is written to the
:class:`~ai_guard.signoff.audit.AuditLog` BEFORE the decision runs; if the log cannot be
written, the decision does not run.
"""

from __future__ import annotations

import datetime as dt
import functools
import hmac
import inspect
import re
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, ParamSpec, TypeVar

from ai_guard import i18n
from ai_guard.errors import OutputBlocked, SignOffInvalid, SignOffRejected, SignOffRequired
from ai_guard.policy import Policy
from ai_guard.signoff import output
from ai_guard.signoff.approvers import SERVICE_ACCOUNT_RES, compile_patterns, refusal
from ai_guard.signoff.audit import AuditLog, open_log
from ai_guard.signoff.digest import arguments_digest
from ai_guard.signoff.model import (
    Clock,
    SignOff,
    SignOffRequest,
    SignOffVerifier,
    StructuralVerifier,
    has_text,
    utcnow,
)

if TYPE_CHECKING:
    from ai_guard.models import PromptCheck

__all__ = ["human_signoff", "require_human_signoff"]

P = ParamSpec("P")
R = TypeVar("R")

#: Clock skew tolerated for a sign-off dated in the future.
_SKEW = dt.timedelta(minutes=5)


def _entity_counts(checks: Iterable[PromptCheck]) -> dict[str, int]:
    """How many findings of each entity type the checks hold (never the values)."""
    counts: dict[str, int] = {}
    for check in checks:
        for f in check.findings:
            counts[f.entity.value] = counts.get(f.entity.value, 0) + 1
    return counts


class _Guard:
    """The shared engine of the decorator and the context manager: checks a sign-off against
    the exact arguments, records every attempt and outcome, screens the result."""

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
        if not isinstance(action, str) or not has_text(action):
            vi, en = i18n.signoff_invalid([i18n.signoff_rejection("invalid", blank=("action",))])
            raise SignOffInvalid(vi=vi, en=en, fields=("action",))
        self.action = action
        self._audit = audit
        self._policy = policy
        self._lifetime = lifetime
        self.verifier: SignOffVerifier = verifier or StructuralVerifier()
        self._patterns = tuple(ai_approver_patterns) if ai_approver_patterns is not None else None
        self._service_res = (
            SERVICE_ACCOUNT_RES
            if service_account_patterns is None
            else compile_patterns(service_account_patterns, "service_account_patterns")
        )
        self.check_output = check_output
        self.output_on_redact = output_on_redact
        self.clock: Clock = clock or utcnow
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
            self._audit = open_log(self.policy.audit_log)
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

        texts = [value for value in arguments.values() if isinstance(value, str) and value]
        return _entity_counts(check_prompt(text, policy=self.policy) for text in texts)

    def _record(
        self,
        outcome: str,
        reason: str,
        so: SignOff,
        digest: str,
        findings: Mapping[str, int] | None = None,
        *,
        unit: str | None = None,
        single_use: bool = False,
    ) -> None:
        """One row about a sign-off: who approved, in which role and unit, for which digest."""
        self.audit.append(
            action=self.action,
            outcome=outcome,
            reason=reason,
            approver=so.approver,
            role=so.role,
            unit=so.unit if unit is None else unit,
            digest=digest,
            signoff_id=so.id,
            findings=findings,
            single_use=single_use,
        )

    def _reject(
        self,
        so: SignOff,
        digest: str,
        findings: dict[str, int],
        reason: str,
        why: tuple[str, str] | None = None,
    ) -> SignOffRejected:
        """Record the rejection; the error to raise (``why`` defaults to the reason's text)."""
        self._record("rejected", reason, so, digest, findings, unit=so.unit or self.unit)
        vi, en = i18n.signoff_rejected(self.action, why or i18n.signoff_rejection(reason))
        return SignOffRejected(vi=vi, en=en, action=self.action, reason=reason)

    def _refusal(
        self, so: SignOff, digest: str, now: dt.datetime
    ) -> tuple[str, tuple[str, str]] | None:
        """Why the sign-off does not hold before its signature is checked: the reason and its
        text, or None."""
        blank = tuple(name for name in ("approver", "role") if not has_text(getattr(so, name)))
        if blank:  # built without validation (model_construct, model_copy(update=...))
            return "invalid", i18n.signoff_rejection("invalid", blank=blank)
        reason = None
        if so.action != self.action:
            reason = "wrong_action"
        elif not hmac.compare_digest(so.digest, digest):
            reason = "digest_mismatch"
        elif so.decision == "reject":
            reason = "rejected"
        else:
            reason = refusal(so.approver, self._ai_patterns(), self._service_res)
        if reason is None and so.timestamp > now + _SKEW:
            reason = "not_yet_valid"
        if reason is None and now - so.timestamp > self.lifetime:
            reason = "expired"
        if reason is None:
            return None
        lifetime = str(self.lifetime) if reason == "expired" else ""
        return reason, i18n.signoff_rejection(
            reason, given_for=so.action, approver=so.approver, lifetime=lifetime
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
            signoff = approver_callback(self.request(arguments))
        if signoff is None:
            self.audit.append(
                action=self.action, outcome="refused", reason="missing", unit=self.unit,
                digest=digest, findings=findings,
            )  # fmt: skip
            vi, en = i18n.signoff_required(self.action)
            raise SignOffRequired(vi=vi, en=en, action=self.action, request=self.request(arguments))
        if not isinstance(signoff, SignOff):
            self.audit.append(
                action=self.action, outcome="rejected", reason="invalid", unit=self.unit,
                digest=digest, findings=findings,
            )  # fmt: skip
            vi, en = i18n.signoff_not_a_signoff(type(signoff).__name__)
            raise SignOffRejected(vi=vi, en=en, action=self.action, reason="invalid")
        so = signoff
        refused = self._refusal(so, digest, self.clock())
        if refused is not None:
            raise self._reject(so, digest, findings, *refused)
        try:
            self.verifier.verify(so)
        except SignOffRejected as exc:
            why = (exc.message_vi, exc.message_en)
            raise self._reject(so, digest, findings, exc.reason, why) from None
        try:
            self._record("approved", so.decision, so, digest, findings, single_use=True)
        except KeyError:
            raise self._reject(so, digest, findings, "already_used") from None
        return so, digest

    def request(self, arguments: Mapping[str, Any]) -> SignOffRequest:
        """What the approver is shown for these arguments."""
        return SignOffRequest(self.action, arguments, verifier=self.verifier, clock=self.clock)

    def finish(self, so: SignOff, digest: str, error: BaseException | None) -> None:
        """Record how the decision ended: completed, or failed with the error's type."""
        self._record(
            "failed" if error is not None else "completed",
            type(error).__name__ if error is not None else "",
            so,
            digest,
        )

    def screen_output(self, so: SignOff, digest: str, result: Any) -> Any:
        """check_prompt on the result's text: a ``str``, or every string inside plain data
        (lists, tuples, dicts), pydantic models and dataclasses. A result it cannot read
        (bytes, other objects) is not passed as checked: it raises OutputBlocked."""
        if not self.check_output or result is None:
            return result
        from ai_guard.prompt import check_prompt

        texts = output.text_leaves(output.plain_data(result))
        kind = type(result).__name__
        if texts is None:
            self._record("output_blocked", "unchecked", so, digest)
            vi, en = i18n.signoff_output_blocked(self.action, "unchecked", kind)
            raise OutputBlocked(vi=vi, en=en, check=None)
        checks = {text: check_prompt(text, policy=self.policy) for text in texts if text}
        counts = _entity_counts(checks.values())
        blocking = [c for c in checks.values() if c.decision.value == "block"]
        redacting = [c for c in checks.values() if c.decision.value == "redact"]
        cannot_redact = (
            self.output_on_redact == "redact" and bool(redacting) and not output.rebuildable(result)
        )
        if blocking or cannot_redact:
            self._record("output_blocked", "check_prompt", so, digest, counts)
            # a model, a dataclass, a namedtuple cannot be rebuilt
            problem = "blocked" if blocking else "unredactable"
            vi, en = i18n.signoff_output_blocked(
                self.action, problem, kind, ", ".join(sorted(counts))
            )
            raise OutputBlocked(vi=vi, en=en, check=(blocking or redacting)[0])
        if counts:
            self._record("output_findings", "redact" if redacting else "allow", so, digest, counts)
            if self.output_on_redact == "redact":
                return output.map_text(
                    result, lambda t: checks[t].redacted_text if t in checks else t
                )
        return result


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
            raise TypeError(i18n.signoff_setup(fn.__qualname__, "generator"))
        sig = inspect.signature(fn)
        if "signoff" in sig.parameters:
            raise TypeError(i18n.signoff_setup(fn.__qualname__, "reserved"))

        def arguments(args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any]:
            if bind is not None:
                chosen = bind(*args, **kwargs)
                if not isinstance(chosen, Mapping):
                    raise TypeError(i18n.signoff_setup(fn.__qualname__, "bind"))
                return dict(chosen)
            bound = sig.bind(*args, **kwargs)
            bound.apply_defaults()
            return {k: v for k, v in bound.arguments.items() if k not in excluded}

        def request(*args: Any, **kwargs: Any) -> SignOffRequest:
            return guard.request(arguments(args, kwargs))

        def authorise(args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[SignOff, str]:
            """Take ``signoff=`` out of the call's keywords and check it."""
            signoff = kwargs.pop("signoff", None)
            return guard.authorise(arguments(args, kwargs), signoff, approver)

        def done(granted: tuple[SignOff, str], result: Any) -> Any:
            guard.finish(*granted, None)
            return guard.screen_output(*granted, result)

        if inspect.iscoroutinefunction(fn):

            @functools.wraps(fn)
            async def async_wrapper(*args: Any, **kwargs: Any) -> Any:
                granted = authorise(args, kwargs)
                try:
                    result = await fn(*args, **kwargs)
                except BaseException as exc:
                    guard.finish(*granted, exc)
                    raise
                return done(granted, result)

            wrapper: Any = async_wrapper
        else:

            @functools.wraps(fn)
            def sync_wrapper(*args: Any, **kwargs: Any) -> Any:
                granted = authorise(args, kwargs)
                try:
                    result = fn(*args, **kwargs)
                except BaseException as exc:
                    guard.finish(*granted, exc)
                    raise
                return done(granted, result)

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
