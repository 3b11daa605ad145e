"""Put every LLM call of an application behind ai-guard.

- :func:`guard` wraps any function that takes a prompt (a local model, an HTTP wrapper):
  the prompt is checked, a blocked one raises :class:`PromptBlocked` (nothing is sent), a
  redacted one goes out redacted, and the answer comes back with the placeholders restored —
  also when the answer is streamed and a placeholder is split across chunks
  (:class:`StreamRestorer`).
- :func:`check_account_email` refuses an official e-mail (``…@*.gov.vn``) as the identity of
  an AI account: the first rule of guidance 557/BKHCN-CĐSQG.
- With ``Policy.audit_llm_calls``, every guarded call is recorded in the audit log: the
  decision, counts of findings per type and the model name; never the text.

SDK-specific wrappers (``ai_guard.integrations.openai``, ``ai_guard.integrations.anthropic``)
build on these.
"""

from __future__ import annotations

import functools
import inspect
import re
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, TypeVar

from ai_guard.errors import AiGuardError
from ai_guard.models import PromptCheck
from ai_guard.policy import Policy

__all__ = [
    "OfficialEmailRefused",
    "PromptBlocked",
    "StreamRestorer",
    "check_account_email",
    "guard",
]

F = TypeVar("F", bound=Callable[..., Any])


class PromptBlocked(AiGuardError, PermissionError):  # noqa: N818 - the issue's name
    """A prompt holds what must not reach an AI system; nothing was sent. ``check`` is the
    :class:`~ai_guard.models.PromptCheck` (findings, reasons; never the values)."""

    code = "AIG-E430"

    def __init__(self, check: PromptCheck) -> None:
        self.check = check
        super().__init__(
            "prompt blocked, nothing was sent: " + check.explanation("en"),
            "đã chặn câu lệnh, không gửi gì: " + check.explanation("vi"),
        )


class OfficialEmailRefused(AiGuardError, ValueError):  # noqa: N818 - says what happened
    """An official e-mail address was used as the identity of an AI account."""

    code = "AIG-E440"


_GOV = re.compile(r"(?:^|\.)gov\.vn\.?$", re.IGNORECASE)


def check_account_email(address: str) -> str:
    """Return the normalised address, or raise :class:`OfficialEmailRefused` when it is an
    official e-mail (``…@*.gov.vn``: guidance 557/BKHCN-CĐSQG forbids registering AI accounts
    with it) and :class:`~ai_guard.errors.InputError` when it is not an e-mail address."""
    from ai_guard.errors import InputError

    if not isinstance(address, str):
        raise TypeError(f"check_account_email expects str, got {type(address).__name__}")
    candidate = address.strip()
    local, sep, domain = candidate.rpartition("@")
    if not sep or not local or "." not in domain or any(c.isspace() for c in candidate):
        raise InputError(
            "not an e-mail address (expected name@domain)",
            "không phải địa chỉ thư điện tử (cần dạng ten@tenmien)",
        )
    domain = domain.lower().rstrip(".")
    if _GOV.search(domain):
        raise OfficialEmailRefused(
            f"an official e-mail (…@{domain}) must not be the identity of an AI account "
            "(guidance 557/BKHCN-CĐSQG); use a personal or a dedicated non-official address",
            f"không được dùng thư điện tử công vụ (…@{domain}) để đăng ký, đăng nhập tài khoản "
            "AI (Công văn 557/BKHCN-CĐSQG); hãy dùng địa chỉ khác không phải thư công vụ",
        )
    return f"{local}@{domain}"


_PLACEHOLDER_PREFIX = re.compile(r"\[[A-Z][A-Z_]*(?:_\d*)?$|\[$")


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
        cut = text.rfind("[")
        if cut >= 0 and len(text) - cut <= 48 and _PLACEHOLDER_PREFIX.match(text, cut):
            self._held = text[cut:]
            text = text[:cut]
        else:
            self._held = ""
        return self._check.restore(text)

    def flush(self) -> str:
        rest, self._held = self._held, ""
        return self._check.restore(rest)


def _record(policy: Policy, check: PromptCheck, name: str, model: str | None) -> None:
    if not policy.audit_llm_calls:
        return
    from ai_guard.audit import DEFAULT_AUDIT_PATH, AuditLog

    counts: dict[str, int] = {}
    for f in check.findings:
        counts[f.entity.value] = counts.get(f.entity.value, 0) + 1
    AuditLog(policy.audit_log or DEFAULT_AUDIT_PATH).append(
        action=f"llm_call:{name}",
        outcome=check.decision.value,
        reason=model or "",
        findings=counts,
    )


def _checked(text: str, policy: Policy, name: str, model: str | None) -> PromptCheck:
    from ai_guard.prompt import check_prompt

    check = check_prompt(text, policy=policy)
    _record(policy, check, name, model)
    if check.blocked:
        raise PromptBlocked(check)
    return check


def guard(
    fn: F | None = None,
    *,
    policy: Policy | None = None,
    prompt_arg: str | None = None,
    model: str | None = None,
) -> Any:
    """Guard a function that sends a prompt to a model: ``@guard`` or ``guard(fn, policy=...)``.

    The prompt is the argument named ``prompt_arg`` (default: a parameter called ``prompt``,
    ``text``, ``message`` or ``input``, else the first positional argument); it must be a
    ``str``. A blocked prompt raises :class:`PromptBlocked` and the function is not called; a
    redacted one is passed redacted. A ``str`` answer comes back restored; an iterator (or
    async iterator) of ``str`` chunks is restored chunk by chunk. Sync and async functions.
    """

    def decorate(func: F) -> F:
        sig = inspect.signature(func)
        names = list(sig.parameters)
        target = prompt_arg or next(
            (n for n in ("prompt", "text", "message", "input") if n in names), None
        )
        if target is None:
            if not names:
                raise TypeError(f"{func.__qualname__} takes no argument to guard")
            target = names[0]
        if target not in names:
            raise TypeError(f"{func.__qualname__} has no parameter {target!r}")
        label = func.__qualname__

        def prepare(args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, Any, PromptCheck]:
            active = policy or Policy.discover()
            bound = sig.bind(*args, **kwargs)
            text = bound.arguments.get(target)
            if not isinstance(text, str):
                raise TypeError(
                    f"{label}: the prompt argument {target!r} must be str, got "
                    f"{type(text).__name__} / tham số câu lệnh {target!r} phải là chuỗi"
                )
            check = _checked(text, active, label, model)
            bound.arguments[target] = check.redacted_text
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
