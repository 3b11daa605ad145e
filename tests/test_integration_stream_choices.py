"""Streamed chat answers with ``n`` > 1 choices, refusals and logprobs, restored (gw16).

On main the guarded OpenAI client's chunk restorer released a choice's held-back tail only
when that choice was in the stream's very last chunk: with ``n=2`` the first choice usually
finishes earlier, and its tail (``"... xem mục ["``, or a placeholder's first half) was
dropped from the answer. It restored ``content`` only: a ``refusal`` (or a
``reasoning_content``) came back with the placeholders in it. Both now follow the gateway's
:class:`~ai_guard.serve.restore.ChatStream`: a tail per choice and field, released on the
choice's ``finish_reason`` or, at the latest, on the last chunk. The property holds for both:
each choice's streamed text restores exactly as the whole text does.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import Policy, check_prompt

openai = pytest.importorskip("openai")
pytest.importorskip("starlette")

from ai_guard.integrations.openai import _ChunkRestorer  # noqa: E402
from ai_guard.serve.restore import ChatStream, SSEEvent  # noqa: E402

CHECK = check_prompt(
    "Ông Nguyễn Văn An, CCCD 001085012345, SĐT 0912345678", policy=Policy(load_plugins=False)
)
HOLDERS = [f"[{key}]" for key in CHECK.placeholders]
HEAD = {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": "m"}
texts = st.lists(
    st.one_of(st.sampled_from(HOLDERS), st.text("ab [_]Ư", max_size=4)), max_size=8
).map("".join)


def _cuts(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)] or [""]


def _chunks(
    first: str, second: str, field: str, size: int, finish_first: bool
) -> list[dict[str, Any]]:
    """Two choices interleaved; the first one's last chunk carries its finish_reason (or
    not), the stream's last chunk is the second choice's."""
    one, two = _cuts(first, size), _cuts(second, size + 1)
    chunks: list[dict[str, Any]] = []
    for i in range(max(len(one), len(two))):
        if i < len(one):
            delta = {field: one[i]}
            chunks.append(
                {
                    **HEAD,
                    "choices": [
                        {
                            "index": 0,
                            "delta": delta,
                            "finish_reason": None,
                            "logprobs": {
                                "content": [
                                    {
                                        "token": one[i],
                                        "logprob": -0.5,
                                        "bytes": None,
                                        "top_logprobs": [],
                                    }
                                ]
                            },
                        }
                    ],
                }
            )
        if i < len(two):
            chunks.append(
                {**HEAD, "choices": [{"index": 1, "delta": {field: two[i]}, "finish_reason": None}]}
            )
    if finish_first:
        chunks.append({**HEAD, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    chunks.append({**HEAD, "choices": [{"index": 1, "delta": {}, "finish_reason": "stop"}]})
    return chunks  # fmt: skip


def _sdk(chunks: list[dict[str, Any]], field: str) -> dict[int, str]:
    from openai.types.chat import ChatCompletionChunk

    restorer = _ChunkRestorer(CHECK)
    models = [ChatCompletionChunk.model_validate(c) for c in chunks]
    out: dict[int, str] = {0: "", 1: ""}
    for i, chunk in enumerate(models):
        following = models[i + 1] if i + 1 < len(models) else None
        for choice in restorer.restore(chunk, following).choices:
            out[choice.index] += getattr(choice.delta, field, None) or ""
    return out


def _gateway(chunks: list[dict[str, Any]], field: str) -> dict[int, str]:
    restorer = ChatStream(CHECK)
    wire = [SSEEvent(json.dumps(c, ensure_ascii=False)) for c in chunks] + [SSEEvent("[DONE]")]
    events: list[SSEEvent] = []
    for i, event in enumerate(wire):
        events.extend(restorer.restore(event, wire[i + 1] if i + 1 < len(wire) else None))
    events.extend(restorer.finish())
    out: dict[int, str] = {0: "", 1: ""}
    for event in events:
        if event.data != "[DONE]":
            for choice in event.json()["choices"]:
                out[choice["index"]] += choice["delta"].get(field) or ""
    return out


@pytest.mark.parametrize("restore", [_sdk, _gateway], ids=["guarded_client", "gateway"])
@pytest.mark.parametrize("field", ["content", "refusal", "reasoning_content"])
@settings(max_examples=30, deadline=None)
@given(first=texts, second=texts, size=st.integers(1, 5), finish_first=st.booleans())
def test_each_choice_restores_like_its_whole_text(
    restore: Any, field: str, first: str, second: str, size: int, finish_first: bool
) -> None:
    got = restore(_chunks(first, second, field, size, finish_first), field)
    assert got == {0: CHECK.restore(first), 1: CHECK.restore(second)}


def test_a_tail_held_by_a_choice_that_finished_early_is_not_dropped() -> None:
    chunks = _chunks("xem mục [", "Gửi [PERSON_1].", "content", 3, True)
    assert _sdk(chunks, "content") == {0: "xem mục [", 1: "Gửi Nguyễn Văn An."}
    refusal = _chunks("Không thể gửi cho [PERSON_1]", "", "refusal", 4, True)
    assert _sdk(refusal, "refusal")[0] == "Không thể gửi cho Nguyễn Văn An"
