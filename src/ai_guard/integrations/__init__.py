"""Put every LLM call of an application behind ai-guard.

- :func:`guard` wraps any function that takes a prompt (a local model, an HTTP wrapper, a
  RAG ``ask(question, context)``): every argument is checked, all together; a blocked call
  raises :class:`PromptBlocked` (nothing is sent), a redacted one goes out redacted, an
  argument the guard cannot read raises :class:`UncheckableArgument`, and the answer comes back
  with the placeholders restored — also when the answer is streamed and a placeholder is split
  across chunks (:class:`StreamRestorer`).
- :func:`check_account_email` refuses an official e-mail (``…@*.gov.vn``) as the identity of
  an AI account: the first rule of guidance 557/BKHCN-CĐSQG.
- With ``Policy.audit_llm_calls``, every guarded call is recorded in the audit log: the
  decision, counts of findings per type and the model name; never the text.

SDK-specific wrappers (``ai_guard.integrations.openai``, ``ai_guard.integrations.anthropic``)
build on these.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import re
import threading
import warnings
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from typing import Any, TypeVar

from ai_guard.errors import (
    GuardSetupError,
    OfficialEmailRefused,
    PromptBlocked,
    UncheckableArgument,
)
from ai_guard.models import PromptCheck
from ai_guard.prompt.policy import Policy
from ai_guard.prompt.redact import held_back

__all__ = [
    "GuardSetupError",
    "OfficialEmailRefused",
    "PromptBlocked",
    "StreamRestorer",
    "UncheckableArgument",
    "check_account_email",
    "guard",
]

F = TypeVar("F", bound=Callable[..., Any])


_GOV = re.compile(r"(?:^|\.)gov\.vn\.?$", re.IGNORECASE)


def check_account_email(address: str) -> str:
    """Return the normalised address, or raise :class:`OfficialEmailRefused` when it is an
    official e-mail (``…@*.gov.vn``: guidance 557/BKHCN-CĐSQG forbids registering AI accounts
    with it) and :class:`~ai_guard.errors.InputError` when it is not an e-mail address."""
    from ai_guard import i18n
    from ai_guard.errors import InputError

    if not isinstance(address, str):
        raise TypeError(f"check_account_email expects str, got {type(address).__name__}")
    candidate = address.strip()
    local, sep, domain = candidate.rpartition("@")
    if not sep or not local or "." not in domain or any(c.isspace() for c in candidate):
        vi, en = i18n.guard_refusal("not_an_email")
        raise InputError(vi=vi, en=en)
    domain = domain.lower().rstrip(".")
    if _GOV.search(domain):
        vi, en = i18n.guard_refusal("official_email", domain=domain)
        raise OfficialEmailRefused(vi=vi, en=en)
    return f"{local}@{domain}"


class StreamRestorer:
    """Restores placeholders in a streamed answer, chunk by chunk.

    A chunk may end inside a placeholder (``"... gửi ông [PER"`` then ``"SON_1], ..."``): the
    restorer holds back the shortest tail that could still become one and emits it with the
    next chunk, so ``"".join(feed(c) for c in chunks) + flush()`` equals
    ``check.restore("".join(chunks))``.
    """

    def __init__(self, check: PromptCheck) -> None:
        self._check = check
        self._held = ""

    def feed(self, chunk: str) -> str:
        text = self._held + chunk
        cut = held_back(text)
        self._held = text[cut:]
        return self._check.restore(text[:cut])

    def flush(self) -> str:
        rest, self._held = self._held, ""
        return self._check.restore(rest)


#: the audit logs guarded calls write to, one per (location, key), with the file's identity
#: when last seen: opening a log per call cost a connection each time (never closed)
_LOGS: dict[tuple[str | None, str | None], tuple[Any, tuple[int, int] | None]] = {}
_LOGS_LOCK = threading.Lock()


def _file_identity(path: Any) -> tuple[int, int] | None:
    import os

    try:
        st = os.stat(path)
    except (OSError, TypeError, ValueError):
        return None
    return st.st_dev, st.st_ino


def _audit_log(location: str | None) -> Any:
    """The log the policy names, opened once per process (and per key: a key set later in
    the environment opens the log again with it, and the log refuses a key that is not its).
    A file moved away or replaced since it was last seen (rotated, deleted) is opened anew:
    a kept connection would write rows nobody reads."""
    import os

    from ai_guard.signoff.audit import AUDIT_KEY_ENV, open_log

    key = (location, os.environ.get(AUDIT_KEY_ENV) or None)
    with _LOGS_LOCK:
        log, seen = _LOGS.get(key, (None, None))
        now = _file_identity(getattr(log, "path", None)) if log is not None else None
        if log is not None and seen is not None and now != seen:
            log.close()
            log, now = None, None
        if log is None:
            log = open_log(location)
        _LOGS[key] = (log, now)
    return log


def _append(location: str | None, **row: Any) -> None:
    """Append a row to the log the policy names, and remember its file as it is now."""
    log = _audit_log(location)
    log.append(**row)
    import os

    from ai_guard.signoff.audit import AUDIT_KEY_ENV

    key = (location, os.environ.get(AUDIT_KEY_ENV) or None)
    with _LOGS_LOCK:
        if _LOGS.get(key, (None, None))[0] is log:
            _LOGS[key] = (log, _file_identity(getattr(log, "path", None)))


def _record(policy: Policy, check: PromptCheck, name: str, model: str | None) -> None:
    if not policy.audit_llm_calls:
        return

    counts: dict[str, int] = {}
    for f in check.findings:
        counts[f.entity.value] = counts.get(f.entity.value, 0) + 1
    reason = model or ""
    if check.policy_waivers:
        # under a policy that weakens secret protection, every call says so and on whose word
        # (the setting and the statement; never the detail, which may be an allow-listed key)
        reason += " | waived: " + "; ".join(
            f"{w.setting} ({w.statement})" for w in check.policy_waivers
        )
    _append(
        policy.audit_log,
        action=f"llm_call:{name}",
        outcome=check.decision.value,
        reason=reason.strip(),
        findings=counts,
    )


def _record_refusal(policy: Policy, name: str, model: str | None, exc: BaseException) -> None:
    """Record that a call was refused after its check (the audit log says what happened,
    after the decision's row when one was written): ``refused`` for
    :class:`~ai_guard.errors.UnguardedPath` (its stable reason code), ``block`` for
    :class:`PromptBlocked`; counts of findings when the refusal carries a check; never a
    text or a path (a path may name a dictionary key holding the value). An exception
    already recorded (the net records its own) is not recorded twice."""
    if not policy.audit_llm_calls or getattr(exc, "_ai_guard_recorded", False):
        return
    check = getattr(exc, "check", None)
    counts: dict[str, int] = {}
    for f in getattr(check, "findings", None) or []:
        entity = getattr(getattr(f, "entity", None), "value", None)
        if isinstance(entity, str):
            counts[entity] = counts.get(entity, 0) + 1
    if isinstance(exc, PromptBlocked):
        outcome, why = "block", "blocked"
    else:
        outcome, why = "refused", str(getattr(exc, "reason", "") or "refused")
    _append(
        policy.audit_log,
        action=f"llm_call:{name}",
        outcome=outcome,
        reason=(f"{model or ''} | refused: {why}").strip(" |"),
        findings=counts,
    )
    _mark_recorded(exc)


def _mark_recorded(exc: BaseException) -> None:
    """Say on the exception that the audit log has its row."""
    with contextlib.suppress(AttributeError, TypeError):
        exc._ai_guard_recorded = True  # type: ignore[attr-defined]


def guard(
    fn: F | None = None,
    *,
    policy: Policy | None = None,
    params: Sequence[str] | None = None,
    unchecked: Sequence[str] = (),
    prompt_arg: str | None = None,
    model: str | None = None,
) -> Any:
    """Guard a function that sends a prompt to a model: ``@guard`` or ``guard(fn, policy=...)``.

    Every argument is checked (positional, keyword, ``*args``, ``**kwargs``, defaults): each
    ``str``, and each ``str`` inside lists, tuples, dicts and sets (chat messages, lists of
    parts, dict keys too), all together in one :func:`~ai_guard.prompt.check_prompt` call, so
    that one value gets one placeholder in every argument and the decision covers them all.
    Values without text (numbers, ``None``, dates, functions, objects with no text inside) pass
    unchanged; what the guard cannot read (``bytes``, a file, a path, an object with text
    inside, an iterator or another collection) raises :class:`UncheckableArgument` unless the
    parameter is listed in ``unchecked=``. A first parameter called ``self`` or ``cls`` is the
    method's object and is not read.

    ``params=["question", "context"]`` names the parameters that carry the prompt: each must
    exist (:class:`GuardSetupError` at decoration) and must hold text (a ``str``, a
    list/tuple/dict of text, or ``None``). Other arguments are still checked (default deny);
    only ``unchecked=[...]`` lets a parameter through unread. ``prompt_arg="x"`` is the
    deprecated spelling of ``params=["x"]``.

    A blocked call raises :class:`PromptBlocked` and the function is not called; otherwise it
    receives the redacted arguments (copies: the caller's lists and dicts are not changed). A
    ``str`` answer comes back restored; an iterator (or async iterator) of ``str`` chunks is
    restored chunk by chunk. Sync and async functions, generators and async generators.
    """
    from ai_guard import i18n

    if prompt_arg is not None:
        if params is not None:
            vi, en = i18n.guard_setup("", "prompt_arg_and_params")
            raise GuardSetupError(vi=vi, en=en)
        warnings.warn(i18n.guard_prompt_arg_deprecated(), DeprecationWarning, stacklevel=2)
        params = [prompt_arg]
    for option in (params, unchecked):
        if isinstance(option, str):
            vi, en = i18n.guard_setup("", "not_a_list")
            raise GuardSetupError(vi=vi, en=en)
    named = None if params is None else tuple(params)
    exempt_by_user = tuple(unchecked)
    if named is not None and not named:
        vi, en = i18n.guard_setup("", "empty_params")
        raise GuardSetupError(vi=vi, en=en)

    def decorate(func: F) -> F:
        sig = inspect.signature(func)
        names = list(sig.parameters)
        label = func.__qualname__
        if not names:
            vi, en = i18n.guard_setup(label, "no_parameters")
            raise GuardSetupError(vi=vi, en=en)
        for option, problem in (
            (named or (), "missing_params"),
            (exempt_by_user, "missing_unchecked"),
        ):
            missing = [n for n in option if n not in sig.parameters]
            if missing:
                vi, en = i18n.guard_setup(label, problem, missing)
                raise GuardSetupError(vi=vi, en=en)
        both = sorted(set(named or ()) & set(exempt_by_user))
        if both:
            vi, en = i18n.guard_setup(label, "both", both)
            raise GuardSetupError(vi=vi, en=en)
        skip = set(exempt_by_user)
        first = sig.parameters[names[0]]
        if (
            first.name in ("self", "cls")
            and first.kind in (first.POSITIONAL_ONLY, first.POSITIONAL_OR_KEYWORD)
            and first.name not in (named or ())
        ):
            skip.add(first.name)
        prompt_params = frozenset(named or ())

        def prepare(args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, Any, PromptCheck]:
            from ai_guard.integrations._payload import check_texts
            from ai_guard.integrations._reader import CONTAINERS, KeyCollisionError, Reader

            active = policy or Policy.discover()
            bound = sig.bind(*args, **kwargs)
            bound.apply_defaults()
            reader = Reader(strict=True, label=label)
            read: list[str] = []
            for name, value in bound.arguments.items():
                if name in skip:
                    continue
                if (
                    name in prompt_params
                    and value is not None
                    and reader.kind(value) not in ("text", *CONTAINERS)
                ):
                    reader.param = name
                    raise reader.refuse(value, "not_text")
                reader.argument(value, name)
                read.append(name)
            try:
                check, pieces = check_texts(reader.texts, active, label, model, record=False)
            except PromptBlocked as exc:  # a block is recorded; a redaction that crossed
                _record_refusal(active, label, model, exc)  # two texts is recorded here
                raise
            writer = Reader(strict=True, feed=iter(pieces), label=label)
            try:
                for name in read:
                    bound.arguments[name] = writer.argument(bound.arguments[name], name)
            except KeyCollisionError:
                # two keys became one: fail closed, and the log says the call was refused
                # (the check's own decision was no block)
                blocked = PromptBlocked(check)
                _record_refusal(active, label, model, blocked)
                raise blocked from None
            _record(active, check, label, model)  # the decision, as the call goes out
            return bound.args, bound.kwargs, check

        def restore_sync(result: Any, check: PromptCheck) -> Any:
            if isinstance(result, str):
                return check.restore(result)
            if isinstance(result, Iterator):
                return _restore_iter(result, check)
            return result

        if inspect.iscoroutinefunction(func):

            @functools.wraps(func)
            async def async_wrapper(*args: Any, **kwargs: Any) -> Any:
                a, k, check = prepare(args, kwargs)
                result = await func(*a, **k)
                if isinstance(result, AsyncIterator):
                    return _restore_aiter(result, check)
                return restore_sync(result, check)

            return async_wrapper  # type: ignore[return-value]

        if inspect.isasyncgenfunction(func):

            @functools.wraps(func)
            def agen_wrapper(*args: Any, **kwargs: Any) -> Any:
                a, k, check = prepare(args, kwargs)
                return _restore_aiter(func(*a, **k), check)

            return agen_wrapper  # type: ignore[return-value]

        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            a, k, check = prepare(args, kwargs)
            return restore_sync(func(*a, **k), check)

        return wrapper  # type: ignore[return-value]

    if fn is not None:
        return decorate(fn)
    return decorate


def _restore_iter(chunks: Iterator[Any], check: PromptCheck) -> Iterator[Any]:
    restorer = StreamRestorer(check)
    for chunk in chunks:
        yield restorer.feed(chunk) if isinstance(chunk, str) else chunk
    rest = restorer.flush()
    if rest:
        yield rest


async def _restore_aiter(chunks: AsyncIterator[Any], check: PromptCheck) -> AsyncIterator[Any]:
    restorer = StreamRestorer(check)
    async for chunk in chunks:
        yield restorer.feed(chunk) if isinstance(chunk, str) else chunk
    rest = restorer.flush()
    if rest:
        yield rest
