"""A fake LLM client that records what an application sends, and the leak assertion."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ai_guard.models import Decision, PromptCheck
from ai_guard.policy import Policy

__all__ = ["LLMSpy", "LeakReport", "assert_no_leak"]


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
    order; ``spy.calls`` keeps the keyword arguments of each call.
    """

    reply: str = "Đã nhận."
    sent: list[str] = field(default_factory=list)
    calls: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.chat = _Namespace(completions=_Namespace(create=self._openai_chat))
        self.responses = _Namespace(create=self._openai_responses)
        self.messages = _Namespace(create=self._anthropic_messages)

    def _record(self, kwargs: dict[str, Any]) -> None:
        self.calls.append(dict(kwargs))
        system = kwargs.get("system") or kwargs.get("instructions")
        if system is not None:
            self.sent.extend(_texts(system))
        payload = kwargs.get("messages", kwargs.get("input"))
        if isinstance(payload, str):
            self.sent.append(payload)
        elif isinstance(payload, Iterable):
            for message in payload:
                if isinstance(message, Mapping):
                    self.sent.extend(_texts(message.get("content")))
                else:
                    self.sent.extend(_texts(getattr(message, "content", message)))

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
    """What would not be allowed, per sent text: ``(index, check)``."""

    leaks: list[tuple[int, PromptCheck]]

    def __bool__(self) -> bool:
        return bool(self.leaks)

    def render(self, sent: list[str], lang: str = "en") -> str:
        head = (
            f"{len(self.leaks)} of {len(sent)} sent text(s) would not be allowed by ai-guard:"
            if lang == "en"
            else f"{len(self.leaks)}/{len(sent)} văn bản đã gửi không được ai-guard cho phép:"
        )
        lines = [head]
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
    report names entity types and positions, never the values."""
    from ai_guard.prompt import check_prompt

    texts = (
        sent.sent if isinstance(sent, LLMSpy) else [sent] if isinstance(sent, str) else list(sent)
    )
    leaks = []
    for i, text in enumerate(texts):
        check = check_prompt(text, policy=policy)
        if check.decision is not Decision.ALLOW:
            leaks.append((i, check))
    report = LeakReport(leaks)
    if report:
        raise AssertionError(report.render(texts))
