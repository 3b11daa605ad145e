"""A fake LLM client that records what an application sends, and the leak assertion.

What the spy recorded is what a test is about to judge: it may hold a citizen ID or a name.
No ``repr`` here shows it (pytest prints the arguments of each frame of a failing test, and
those logs end up in CI): the spy, its recorded texts and calls, and the leak report show
counts, keys and entity types; the texts themselves are read through ``spy.sent`` and
``spy.calls`` item by item.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ai_guard.models import Decision, PromptCheck
from ai_guard.prompt.policy import Policy

__all__ = ["LLMSpy", "LeakReport", "RecordedCall", "SentTexts", "assert_no_leak"]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _entity_counts(texts: Iterable[str]) -> str:
    """What check_prompt (default policy) finds in the texts, as ``CCCD×1, PERSON×2``: entity
    types and counts, never values. Never raises: a repr must not."""
    try:
        from ai_guard.prompt import check_prompt

        counts: dict[str, int] = {}
        for text in texts:
            for f in check_prompt(text).findings:
                counts[f.entity.value] = counts.get(f.entity.value, 0) + 1
    except Exception:
        return "not checked"
    if not counts:
        return "nothing found"
    return ", ".join(f"{entity}×{n}" for entity, n in sorted(counts.items()))


class SentTexts(list[str]):
    """The texts a spy recorded: a plain list whose ``repr`` shows how many texts and
    characters, and the entity types found in them, never the texts."""

    def __repr__(self) -> str:
        chars = sum(len(t) for t in self if isinstance(t, str))
        return (
            f"SentTexts({_plural(len(self), 'text')}, {_plural(chars, 'character')}; "
            f"{_entity_counts(t for t in self if isinstance(t, str))}; texts not shown)"
        )


class RecordedCall(dict[str, Any]):
    """The keyword arguments of one recorded call: a plain dict whose ``repr`` shows the
    argument names and how much text they held, never the values."""

    def __repr__(self) -> str:
        texts = [t for key in self for t in _call_texts(self, key)]
        chars = sum(len(t) for t in texts)
        return (
            f"RecordedCall({', '.join(map(str, self))}; {_plural(len(texts), 'text')}, "
            f"{_plural(chars, 'character')}; values not shown)"
        )


def _texts(content: Any) -> list[str]:
    """The text parts of a message content (a str, or a list of parts as both SDKs accept)."""
    if isinstance(content, str):
        return [content]
    out: list[str] = []
    if isinstance(content, Iterable) and not isinstance(content, (bytes, Mapping)):
        for part in content:
            if isinstance(part, str):
                out.append(part)
            elif isinstance(part, Mapping):
                for key in ("text", "input_text", "content"):
                    value = part.get(key)
                    if isinstance(value, str):
                        out.append(value)
    elif isinstance(content, Mapping):
        for key in ("text", "content"):
            if isinstance(content.get(key), str):
                out.append(content[key])
    return out


def _call_texts(kwargs: Mapping[str, Any], key: str) -> list[str]:
    """The texts a call's argument holds, as the spy records them."""
    value = kwargs.get(key)
    if key in ("system", "instructions"):
        return _texts(value) if value is not None else []
    if key in ("messages", "input"):
        if isinstance(value, str):
            return [value]
        out: list[str] = []
        if isinstance(value, Iterable):
            for message in value:
                if isinstance(message, Mapping):
                    out.extend(_texts(message.get("content")))
                else:
                    out.extend(_texts(getattr(message, "content", message)))
        return out
    return []


@dataclass
class _Message:
    content: str
    role: str = "assistant"


@dataclass
class _Choice:
    message: _Message
    index: int = 0
    finish_reason: str = "stop"


@dataclass
class _ChatCompletion:
    choices: list[_Choice]
    model: str


@dataclass
class _TextBlock:
    text: str
    type: str = "text"


@dataclass
class _AnthropicMessage:
    content: list[_TextBlock]
    model: str
    role: str = "assistant"


@dataclass
class _Response:
    output_text: str
    model: str


class _Namespace:
    def __init__(self, **items: Any) -> None:
        self.__dict__.update(items)


@dataclass
class LLMSpy:
    """Stands in for an OpenAI or Anthropic client and records every text sent.

    ``spy.chat.completions.create(model=..., messages=[...])`` (OpenAI chat),
    ``spy.responses.create(model=..., input=...)`` (OpenAI responses) and
    ``spy.messages.create(model=..., system=..., messages=[...])`` (Anthropic) return objects
    of the SDKs' shapes (``.choices[0].message.content``, ``.output_text``,
    ``.content[0].text``) holding ``reply``. ``spy.sent`` lists every text part sent, in
    order; ``spy.calls`` keeps the keyword arguments of each call (:class:`RecordedCall`).

    ``repr(spy)`` (and the repr of ``spy.sent`` and of each recorded call) shows counts and
    the entity types check_prompt finds, never the texts: a failing test prints it into CI.
    """

    reply: str = "Đã nhận."
    sent: list[str] = field(default_factory=SentTexts)
    calls: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.sent = SentTexts(self.sent)
        self.calls = [RecordedCall(c) for c in self.calls]
        self.chat = _Namespace(completions=_Namespace(create=self._openai_chat))
        self.responses = _Namespace(create=self._openai_responses)
        self.messages = _Namespace(create=self._anthropic_messages)

    def __repr__(self) -> str:
        chars = sum(len(t) for t in self.sent)
        return (
            f"LLMSpy({_plural(len(self.calls), 'call')}, {_plural(len(self.sent), 'text')} "
            f"sent ({_plural(chars, 'character')}): {_entity_counts(self.sent)}; texts not "
            f"shown, read spy.sent)"
        )

    def _record(self, kwargs: dict[str, Any]) -> None:
        call = RecordedCall(kwargs)
        self.calls.append(call)
        key = "system" if kwargs.get("system") else "instructions"
        if kwargs.get(key) is not None:
            self.sent.extend(_call_texts(call, key))
        self.sent.extend(_call_texts(call, "messages" if "messages" in kwargs else "input"))

    def _openai_chat(self, **kwargs: Any) -> _ChatCompletion:
        self._record(kwargs)
        return _ChatCompletion([_Choice(_Message(self.reply))], str(kwargs.get("model", "")))

    def _openai_responses(self, **kwargs: Any) -> _Response:
        self._record(kwargs)
        return _Response(self.reply, str(kwargs.get("model", "")))

    def _anthropic_messages(self, **kwargs: Any) -> _AnthropicMessage:
        self._record(kwargs)
        return _AnthropicMessage([_TextBlock(self.reply)], str(kwargs.get("model", "")))

    def reset(self) -> None:
        self.sent.clear()
        self.calls.clear()


@dataclass(frozen=True)
class LeakReport:
    """What would not be allowed, per sent text: ``(index, check)``. Its ``repr`` and
    :meth:`render` name entity types, positions and counts, never the values."""

    leaks: list[tuple[int, PromptCheck]]

    def __bool__(self) -> bool:
        return bool(self.leaks)

    def __repr__(self) -> str:
        counts: dict[str, int] = {}
        for _, check in self.leaks:
            for f in check.findings:
                if f.action is not Decision.ALLOW:
                    counts[f.entity.value] = counts.get(f.entity.value, 0) + 1
        found = ", ".join(f"{e}×{n}" for e, n in sorted(counts.items())) or "nothing"
        return f"LeakReport({_plural(len(self.leaks), 'leak')}: {found})"

    def render(self, sent: list[str], lang: str = "en") -> str:
        from ai_guard import i18n

        lines = [i18n.pick(i18n.guard_leak_report(len(self.leaks), len(sent)), lang)]
        for index, check in self.leaks:
            lines.append(f"  sent[{index}] -> {check.decision.value}: {check.explanation(lang)}")
            for f in check.findings:
                if f.action is Decision.ALLOW:
                    continue
                lines.append(f"    {f.entity.value} at {f.start}-{f.end}: {f.reason(lang)}")
        return "\n".join(lines)


def assert_no_leak(sent: str | Iterable[str] | LLMSpy, policy: Policy | None = None) -> None:
    """Fail (``AssertionError``) with a readable report when any text sent would not be
    allowed by check_prompt under ``policy``: it holds something to redact or to block. The
    report names entity types and positions, never the values (and pytest does not print
    this function's arguments: it is hidden from tracebacks)."""
    __tracebackhide__ = True
    from ai_guard.prompt import check_prompt

    texts = SentTexts(
        sent.sent if isinstance(sent, LLMSpy) else [sent] if isinstance(sent, str) else sent
    )
    checks = [check_prompt(t, policy=policy) for t in texts]
    report = LeakReport([(i, c) for i, c in enumerate(checks) if c.decision is not Decision.ALLOW])
    if report:
        raise AssertionError(report.render(texts))
