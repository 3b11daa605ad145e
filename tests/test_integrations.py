"""ai_guard.guard, PromptBlocked, StreamRestorer, check_account_email, call auditing."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import (
    AuditLog,
    InputError,
    Policy,
    PromptBlocked,
    check_account_email,
    check_prompt,
    guard,
)
from ai_guard.integrations import OfficialEmailRefused, StreamRestorer

POLICY = Policy(load_plugins=False)
PROMPT = "Soạn thư trả lời ông Nguyễn Văn An, CCCD 001085012345, SĐT 0912345678."


def test_redacted_prompt_goes_out_and_the_answer_is_restored() -> None:
    sent: list[str] = []

    @guard(policy=POLICY)
    def ask(prompt: str, temperature: float = 0.2) -> str:
        sent.append(prompt)
        return "Kính gửi ông [PERSON_1], chúng tôi đã nhận hồ sơ (CCCD [CCCD_1])."

    answer = ask(PROMPT)
    assert "001085012345" not in sent[0]
    assert "Nguyễn Văn An" not in sent[0]
    assert "[CCCD_1]" in sent[0]
    assert answer == "Kính gửi ông Nguyễn Văn An, chúng tôi đã nhận hồ sơ (CCCD 001085012345)."


def test_blocked_prompt_is_never_sent() -> None:
    calls: list[str] = []

    @guard(policy=POLICY)
    def ask(prompt: str) -> str:
        calls.append(prompt)
        return ""

    with pytest.raises(PromptBlocked) as info:
        ask("TỐI MẬT\nKế hoạch tác chiến")
    assert calls == []
    assert info.value.check.blocked
    assert "chặn" in info.value.message_vi


def test_prompt_argument_by_name_and_position() -> None:
    @guard(policy=POLICY, prompt_arg="question")
    def ask(model: str, question: str) -> str:
        return question

    assert ask("m", "CCCD 001085012345") == "CCCD 001085012345"  # restored on the way back
    with pytest.raises(TypeError, match="must be str"):
        ask("m", question=["not", "a", "string"])
    with pytest.raises(TypeError, match="no parameter"):
        guard(lambda x: x, prompt_arg="nope")


def test_streaming_generator_restores_split_placeholders() -> None:
    @guard(policy=POLICY)
    def stream(prompt: str) -> Iterator[str]:
        yield from ["Kính gửi ông [PER", "SON_1", "], số [CC", "CD_1] đã ", "ghi nhận. ["]

    out = "".join(stream(PROMPT))
    assert out == "Kính gửi ông Nguyễn Văn An, số 001085012345 đã ghi nhận. ["


def test_async_function_and_async_stream() -> None:
    @guard(policy=POLICY)
    async def ask(prompt: str) -> str:
        await asyncio.sleep(0)
        return "ông [PERSON_1]"

    @guard(policy=POLICY)
    async def stream(prompt: str) -> AsyncIterator[str]:
        for part in ["ông [PERS", "ON_1] và [CCCD_", "1]"]:
            yield part

    async def main() -> None:
        assert await ask(PROMPT) == "ông Nguyễn Văn An"
        got = [c async for c in stream(PROMPT)]
        assert "".join(got) == "ông Nguyễn Văn An và 001085012345"
        with pytest.raises(PromptBlocked):
            await ask("TUYỆT MẬT\nnội dung")

    asyncio.run(main())


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 80), max_size=8))
def test_any_split_of_a_streamed_answer_restores_like_the_whole(cuts: list[int]) -> None:
    check = check_prompt(PROMPT, policy=POLICY)
    answer = "Ông [PERSON_1] (CCCD [CCCD_1], SĐT [PHONE_1]) [ghi chú] [X"
    points = sorted({c % (len(answer) + 1) for c in cuts})
    chunks = [answer[a:b] for a, b in zip([0, *points], [*points, len(answer)], strict=True)]
    restorer = StreamRestorer(check)
    streamed = "".join(restorer.feed(c) for c in chunks) + restorer.flush()
    assert streamed == check.restore(answer)


@pytest.mark.parametrize(
    "address", ["an.nguyen@moj.gov.vn", "lan@hanoi.gov.vn", "X@SoTuPhap.HaNoi.GOV.VN "]
)
def test_official_email_is_refused_as_an_ai_account(address: str) -> None:
    with pytest.raises(OfficialEmailRefused) as info:
        check_account_email(address)
    assert "557/BKHCN-CĐSQG" in info.value.message_en
    assert "thư điện tử công vụ" in info.value.message_vi


def test_private_email_is_accepted_and_garbage_is_an_input_error() -> None:
    assert check_account_email(" an.nguyen@Gmail.COM ") == "an.nguyen@gmail.com"
    assert check_account_email("a@gov.vn.example.com") == "a@gov.vn.example.com"
    with pytest.raises(InputError):
        check_account_email("not an address")


def test_guarded_calls_are_audited_when_the_policy_says_so(tmp_path: Path) -> None:
    path = tmp_path / "audit.sqlite3"
    policy = Policy(load_plugins=False, audit_llm_calls=True, audit_log=str(path))

    @guard(policy=policy, model="gpt-4o-mini")
    def ask(prompt: str) -> str:
        return "ok"

    ask(PROMPT)
    with pytest.raises(PromptBlocked):
        ask("MẬT\nnội dung")
    rows = AuditLog(path).records()
    assert [(r.outcome, r.reason) for r in rows] == [
        ("redact", "gpt-4o-mini"),
        ("block", "gpt-4o-mini"),
    ]
    assert rows[0].findings == {"CCCD": 1, "PERSON": 1, "PHONE": 1}
    assert b"001085012345" not in path.read_bytes()


@pytest.mark.parametrize("sdk", ["openai", "anthropic"])
def test_missing_sdk_names_the_extra(sdk: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib
    import sys

    monkeypatch.setitem(sys.modules, sdk, None)
    module = importlib.import_module(f"ai_guard.integrations.{sdk}")
    with pytest.raises(ImportError, match=rf"ai-guard\[{sdk}\]"):
        module.guard_client(object())
