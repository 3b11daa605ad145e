"""ai_guard.guard, PromptBlocked, StreamRestorer, check_account_email, call auditing."""

from __future__ import annotations

import asyncio
import dataclasses
import io
from collections import OrderedDict, namedtuple
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

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
from ai_guard.integrations import (
    GuardSetupError,
    OfficialEmailRefused,
    StreamRestorer,
    UncheckableArgument,
)
from ai_guard.integrations._payload import SEP as _SEP
from ai_guard.models import Decision
from ai_guard.testing import strategies as vst

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


# -- every argument is checked (issue 12) ----------------------------------------------------

QUESTION = "Tóm tắt hồ sơ của ông Nguyễn Văn An giúp tôi."
CONTEXT = "Hồ sơ: ông Nguyễn Văn An, CCCD 001085012345, SĐT 0912345678, đang chờ xử lý."
RAW = ("Nguyễn Văn An", "001085012345", "0912345678")


def _strings(value: Any) -> list[str]:
    """Every str a function received, however nested."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [s for item in value for s in _strings(item)]
    return []


def _rag(received: list[dict[str, Any]]) -> Any:
    @guard(policy=POLICY)
    def ask(question: str, context: str, top_k: int = 3) -> str:
        received.append({"question": question, "context": context, "top_k": top_k})
        return "Ông [PERSON_1] (CCCD [CCCD_1], SĐT [PHONE_1]) đang chờ xử lý."

    return ask


@pytest.mark.parametrize("keyword", [False, True])
def test_rag_context_is_checked_positional_and_keyword(keyword: bool) -> None:
    received: list[dict[str, Any]] = []
    ask = _rag(received)
    answer = ask(QUESTION, context=CONTEXT) if keyword else ask(QUESTION, CONTEXT)
    (got,) = received
    for raw in RAW:
        assert raw not in got["question"] + got["context"]
    assert got["context"] == "Hồ sơ: ông [PERSON_1], CCCD [CCCD_1], SĐT [PHONE_1], đang chờ xử lý."
    assert got["top_k"] == 3
    # the placeholders of every argument come back together
    assert answer == "Ông Nguyễn Văn An (CCCD 001085012345, SĐT 0912345678) đang chờ xử lý."


def test_a_value_in_question_and_context_gets_one_placeholder() -> None:
    received: list[dict[str, Any]] = []
    _rag(received)("Ông Nguyễn Văn An có CCCD nào?", CONTEXT)
    (got,) = received
    assert got["question"] == "Ông [PERSON_1] có CCCD nào?"
    assert "[PERSON_1]" in got["context"]
    assert "[PERSON_2]" not in got["context"]


def test_a_blocked_context_blocks_the_call() -> None:
    received: list[dict[str, Any]] = []
    ask = _rag(received)
    with pytest.raises(PromptBlocked) as info:
        ask("Tóm tắt tài liệu này.", context="TỐI MẬT\nKế hoạch bảo vệ mục tiêu.")
    assert received == []
    assert info.value.check.blocked


def test_message_lists_args_and_kwargs_are_checked_and_the_caller_keeps_its_list() -> None:
    received: list[Any] = []

    @guard(policy=POLICY)
    def chat(messages: list[dict[str, Any]], *extra: Any, **options: Any) -> str:
        received.append((messages, extra, options))
        return "ok"

    messages = [
        {"role": "system", "content": "Bạn là trợ lý văn thư."},
        {"role": "user", "content": [{"type": "text", "text": "Gọi SĐT 0912345678 giúp tôi"}]},
    ]
    original = repr(messages)
    chat(messages, ("ghi chú", "CCCD 001085012345"), metadata={"ông Nguyễn Văn An": "hỏi"})
    ((got, extra, options),) = received
    assert got[1]["content"][0]["text"] == "Gọi SĐT [PHONE_1] giúp tôi"
    assert got[0] is messages[0]  # unchanged parts are passed as they are
    assert extra == (("ghi chú", "CCCD [CCCD_1]"),)
    assert options == {"metadata": {"ông [PERSON_1]": "hỏi"}}  # dict keys are text too
    assert repr(messages) == original  # a redacted copy went out; the caller's list is intact


def test_containers_keep_their_types() -> None:
    received: list[Any] = []
    Pair = namedtuple("Pair", "label text")

    @guard(policy=POLICY)
    def send(pair: Any, ordered: Any, tags: frozenset[str]) -> None:
        received.extend([pair, ordered, tags])

    send(
        Pair("số", "CCCD 001085012345"),
        OrderedDict([("a", "SĐT 0912345678")]),
        frozenset({"email an.nguyen@gmail.com"}),
    )
    pair, ordered, tags = received
    assert pair == Pair("số", "CCCD [CCCD_1]")
    assert type(ordered) is OrderedDict
    assert ordered == {"a": "SĐT [PHONE_1]"}
    assert tags == frozenset({"email [EMAIL_1]"})


def test_params_names_the_prompt_and_other_strings_are_still_checked() -> None:
    received: list[tuple[Any, ...]] = []

    @guard(policy=POLICY, params=["question"], unchecked=["doc_id"])
    def ask(question: Any, context: str, doc_id: str, top_k: int = 3) -> str:
        received.append((question, context, doc_id, top_k))
        return "ok"

    ask("CCCD 001085012345?", "SĐT 0912345678", "HS-001085012345")
    question, context, doc_id, _ = received[0]
    assert question == "CCCD [CCCD_1]?"
    assert context == "SĐT [PHONE_1]"  # not named, still checked: default deny
    assert doc_id == "HS-001085012345"  # listed in unchecked=: passed as it is
    ask(None, "", b"raw bytes are fine where unchecked")  # None: nothing to send
    with pytest.raises(UncheckableArgument, match="'question'") as info:
        ask(42, "", "")  # params= says question is the prompt: it must hold text
    assert "params=" in info.value.message_en
    assert "params=" in info.value.message_vi
    assert len(received) == 2


def test_prompt_arg_is_a_deprecated_alias_of_params() -> None:
    with pytest.warns(DeprecationWarning, match=r"params=\['x'\]"):

        @guard(policy=POLICY, prompt_arg="question")
        def ask(model: str, question: Any) -> str:
            return question  # type: ignore[no-any-return]

    assert ask("m", "CCCD 001085012345") == "CCCD 001085012345"  # restored on the way back
    with pytest.raises(UncheckableArgument):
        ask("m", question=3.5)
    with pytest.raises(GuardSetupError), pytest.warns(DeprecationWarning, match="deprecated"):
        guard(lambda x: x, prompt_arg="nope")


@pytest.mark.parametrize(
    ("options", "missing"),
    [
        ({"params": ["question", "contex"]}, "contex"),
        ({"unchecked": ["doc"]}, "doc"),
    ],
)
def test_a_missing_parameter_is_named_at_decoration(options: dict[str, Any], missing: str) -> None:
    def ask(question: str, context: str) -> str:
        return ""

    with pytest.raises(TypeError) as info:
        guard(ask, policy=POLICY, **options)
    assert isinstance(info.value, GuardSetupError)
    assert info.value.code == "AIG-E460"
    assert f"'{missing}'" in info.value.message_en
    assert f"'{missing}'" in info.value.message_vi
    assert "'question'" not in info.value.message_en


@pytest.mark.parametrize(
    "options",
    [
        {"params": "question"},  # a str, not a list of names
        {"params": []},
        {"params": ["question"], "unchecked": ["question"]},
        {"params": ["question"], "prompt_arg": "question"},
    ],
)
def test_guard_options_that_make_no_sense_are_refused(options: dict[str, Any]) -> None:
    def ask(question: str) -> str:
        return ""

    with pytest.raises(GuardSetupError):
        guard(ask, policy=POLICY, **options)
    with pytest.raises(GuardSetupError, match="no argument"):
        guard(lambda: "", policy=POLICY)


@dataclasses.dataclass
class _Record:
    name: str


class _Settings:
    def __init__(self) -> None:
        self.api_key = "sk-not-a-real-key"


class _Numbers:
    __slots__ = ("count", "ratio")

    def __init__(self) -> None:
        self.count = 3
        self.ratio = 0.5


def _lines() -> Iterator[str]:
    yield "CCCD 001085012345"


@pytest.mark.parametrize(
    ("value", "why"),
    [
        (b"CCCD 001085012345", "bytes"),
        (bytearray(b"x"), "bytes"),
        (io.StringIO("CCCD 001085012345"), "file"),
        (Path("bao_cao.docx"), "file path"),
        (_Record("Nguyễn Văn An"), "object with text"),
        (_Settings(), "object with text"),
        ([{"role": "user", "content": b"bytes inside a message"}], "bytes"),
        (_lines(), "collection or a stream"),
    ],
)
def test_what_the_guard_cannot_read_is_refused(value: Any, why: str) -> None:
    calls: list[Any] = []

    @guard(policy=POLICY)
    def ask(question: str, context: Any) -> str:
        calls.append(context)
        return ""

    with pytest.raises(UncheckableArgument) as info:
        ask("Tóm tắt giúp tôi.", value)
    assert calls == []
    err = info.value
    assert isinstance(err, TypeError)
    assert isinstance(err, InputError)
    assert err.code == "AIG-E210"
    assert err.param == "context"
    assert why in err.message_en
    assert "unchecked=['context']" in err.message_vi
    assert "001085012345" not in str(err)
    assert "Nguyễn" not in str(err)


def test_values_without_text_pass_and_unchecked_lets_a_parameter_through() -> None:
    received: list[Any] = []

    @guard(policy=POLICY, unchecked=["raw"])
    def ask(question: str, n: int, when: Any, opts: Any, nums: Any, cb: Any, raw: Any) -> str:
        received.append((n, when, opts, nums, cb, raw))
        return ""

    import datetime

    nums, raw = _Numbers(), b"CCCD 001085012345"
    ask("x", 3, datetime.date(2026, 1, 2), None, nums, print, raw)
    assert received == [(3, datetime.date(2026, 1, 2), None, nums, print, raw)]


def test_a_method_reads_its_arguments_not_self() -> None:
    class Assistant:
        def __init__(self) -> None:
            self.system = "Bạn là trợ lý."  # the object's own text: not an argument
            self.sent: list[str] = []

        @guard(policy=POLICY)
        def ask(self, prompt: str) -> str:
            self.sent.append(prompt)
            return "[CCCD_1]"

    bot = Assistant()
    assert bot.ask("CCCD 001085012345") == "001085012345"
    assert bot.sent == ["CCCD [CCCD_1]"]


def test_a_redaction_that_crosses_two_arguments_fails_closed() -> None:
    calls: list[str] = []

    @guard(policy=POLICY)
    def ask(question: str, context: str) -> str:
        calls.append(question)
        return ""

    # an argument holding the separator the guard joins arguments with: the split back would
    # not give one text per argument, so nothing is sent
    with pytest.raises(PromptBlocked):
        ask("câu hỏi" + _SEP + "thêm", "ngữ cảnh")
    assert calls == []


def test_keys_that_become_equal_once_redacted_fail_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    import ai_guard.prompt

    real = ai_guard.prompt.check_prompt

    def merging(text: str, **kw: Any) -> Any:
        check = real(text, **kw)
        object.__setattr__(check, "redacted_text", check.redacted_text.replace("B", "A"))
        return check

    monkeypatch.setattr(ai_guard.prompt, "check_prompt", merging)
    calls: list[Any] = []

    @guard(policy=POLICY)
    def ask(table: dict[str, str]) -> str:
        calls.append(table)
        return ""

    with pytest.raises(PromptBlocked):
        ask({"A": "1", "B": "2"})
    assert calls == []


def test_one_audit_row_per_call_covers_every_argument(tmp_path: Path) -> None:
    path = tmp_path / "audit.sqlite3"
    policy = Policy(load_plugins=False, audit_llm_calls=True, audit_log=str(path))

    @guard(policy=policy, model="m")
    def ask(question: str, context: str) -> str:
        return ""

    ask(QUESTION, CONTEXT)
    (row,) = AuditLog(path).records()
    assert row.findings == {"CCCD": 1, "PERSON": 2, "PHONE": 1}  # the name is in both
    assert b"001085012345" not in path.read_bytes()


def test_async_and_generator_functions_check_every_argument() -> None:
    @guard(policy=POLICY)
    async def ask(question: str, context: str) -> str:
        assert "001085012345" not in question + context
        return "[PERSON_1] / [CCCD_1]"

    @guard(policy=POLICY)
    async def stream(question: str, context: str) -> AsyncIterator[str]:
        assert "Nguyễn" not in question + context
        for part in ["[PERS", "ON_1] / [CC", "CD_1]"]:
            yield part

    @guard(policy=POLICY)
    def chunks(question: str, context: str) -> Iterator[str]:
        assert "0912345678" not in question + context
        yield from ["[PHO", "NE_1]"]

    async def main() -> None:
        assert await ask(QUESTION, CONTEXT) == "Nguyễn Văn An / 001085012345"
        assert "".join([c async for c in stream(QUESTION, CONTEXT)]) == (
            "Nguyễn Văn An / 001085012345"
        )
        with pytest.raises(PromptBlocked):
            await ask("Tóm tắt.", "MẬT\nnội dung")

    asyncio.run(main())
    assert "".join(chunks(QUESTION, CONTEXT)) == "0912345678"


_PLACES = ["question", "context", "keyword", "star_args", "star_kwargs", "message", "part"]


def _call(target: Any, text: str, place: str) -> None:
    other = "Tóm tắt giúp tôi."
    if place == "question":
        target(text, other)
    elif place == "context":
        target(other, text)
    elif place == "keyword":
        target(other, context=text)
    elif place == "star_args":
        target(other, other, "ghi chú", text)
    elif place == "star_kwargs":
        target(other, other, extra=text)
    elif place == "message":
        target(other, messages=[{"role": "user", "content": text}])
    else:
        target(other, messages=[{"role": "user", "content": [{"type": "text", "text": text}]}])


@settings(max_examples=60, deadline=None)
@given(
    st.booleans().flatmap(lambda d: vst.labelled_prompts(diacritics=d)), st.sampled_from(_PLACES)
)
def test_no_detected_value_reaches_the_function(prompt: vst.LabelledPrompt, place: str) -> None:
    alone = check_prompt(prompt.text, policy=POLICY)
    detected = {
        prompt.text[f.start : f.end] for f in alone.findings if f.action is not Decision.ALLOW
    }
    received: list[str] = []

    @guard(policy=POLICY)
    def target(
        question: str, context: str = "", *rest: Any, messages: Any = None, **extra: Any
    ) -> str:
        received.extend(_strings([question, context, rest, messages, extra]))
        return ""

    try:
        _call(target, prompt.text, place)
    except PromptBlocked:
        assert alone.blocked
        assert received == []
        return
    assert received
    for value in detected:
        assert all(value not in s for s in received), (place, prompt.spans)


def test_text_kept_where_the_guard_cannot_look_is_refused() -> None:
    """An exception keeps its message in ``args``; a regex match or pattern keeps its text in
    C: a guarded call with one of them is refused, never passed unread."""
    import re

    from ai_guard.errors import UncheckableArgument

    sent: list[Any] = []

    @guard(policy=POLICY)
    def explain(question: str, error: Any) -> str:
        sent.append(error)
        return ""

    with pytest.raises(UncheckableArgument):
        explain("Giải thích lỗi", ValueError("Hồ sơ ông Nguyễn Văn An, CCCD 001085012345"))
    with pytest.raises(UncheckableArgument):
        explain("Giải thích", re.search(r"\d+", "CCCD 001085012345"))
    with pytest.raises(UncheckableArgument):
        explain("Giải thích", re.compile("001085012345"))
    explain("Giải thích", ValueError(42))  # no text inside: passes
    explain("Giải thích", object())
    assert len(sent) == 2


def test_guarded_calls_keep_one_audit_log_and_reopen_a_rotated_file(tmp_path: Path) -> None:
    from ai_guard.integrations import _append, _audit_log
    from ai_guard.signoff.audit import AuditLog

    location = str(tmp_path / "audit.sqlite3")
    first = _audit_log(location)
    _append(location, action="llm_call:x", outcome="allow")
    assert _audit_log(location) is first  # one connection for the process, not one per call
    (tmp_path / "audit.sqlite3").rename(tmp_path / "audit.old.sqlite3")
    _append(location, action="llm_call:y", outcome="allow")
    assert _audit_log(location) is not first
    assert [r.action for r in AuditLog(location, create=False).records()] == ["llm_call:y"]
