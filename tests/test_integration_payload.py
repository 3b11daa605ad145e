"""How a guarded SDK client reads a request: properties of ai_guard.integrations._payload."""

from __future__ import annotations

import contextlib
import copy
import json
from typing import Any

import pydantic
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import Decision, Policy, PromptBlocked, UnguardedPath, check_prompt
from ai_guard.integrations._payload import (
    OPAQUE_ARGUMENTS,
    check_request,
    check_texts,
    read,
    rebuild,
)
from ai_guard.testing import strategies as vst

POLICY = Policy(load_plugins=False)


def _message(text: str, shape: int) -> Any:
    """The same text in the shapes SDKs take: plain content, list of parts, tool call
    arguments, tool result, Anthropic tool_use input, under a key that names an identifier."""
    return [
        {"role": "user", "content": text},
        {"role": "user", "content": [{"type": "text", "text": text}]},
        {"role": "assistant", "tool_calls": [
            {"id": "call_1", "type": "function",
             "function": {"name": "f", "arguments": json.dumps({"q": text})}}]},
        {"role": "tool", "tool_call_id": "call_1", "content": text},
        {"role": "assistant", "content": [{"type": "tool_use", "id": "t1", "name": "f",
                                           "input": {"nested": [{"q": text}]}}]},
        {"role": "user", "model": text, "content": "x"},
    ][shape]  # fmt: skip


def _strings(value: Any) -> Any:
    """Every string of a request, JSON inside a string decoded (what the model reads)."""
    if isinstance(value, str):
        yield value
        if value[:1] in "{[":
            with contextlib.suppress(ValueError):
                yield from _strings(json.loads(value))
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


@settings(deadline=None)  # the first example pays the detectors' start-up (~1 s alone)
@given(
    prompt=st.booleans().flatmap(lambda d: vst.labelled_prompts(diacritics=d)),
    shapes=st.lists(st.integers(0, 5), min_size=1, max_size=4),
)
def test_no_detected_value_survives_in_the_rebuilt_request(
    prompt: vst.LabelledPrompt, shapes: list[int]
) -> None:
    alone = check_prompt(prompt.text, policy=POLICY)
    detected = {
        prompt.text[f.start : f.end] for f in alone.findings if f.action is not Decision.ALLOW
    }
    request = {"model": "gpt-4o-mini", "messages": [_message(prompt.text, s) for s in shapes]}
    before = copy.deepcopy(request)
    found = read(request, policy=POLICY)
    assert prompt.text in found.texts or json.dumps({"q": prompt.text}) in found.texts
    try:
        _, pieces = check_texts(found.texts, POLICY, "test", None)
    except PromptBlocked:
        return  # nothing would be sent
    sent = list(_strings(rebuild(request, pieces, policy=POLICY)))
    for value in detected:
        assert not any(value in text for text in sent)
    assert request == before  # the caller's request is left as it was


@settings(deadline=None)
@given(
    a=st.booleans().flatmap(lambda d: vst.labelled_prompts(diacritics=d)),
    b=st.booleans().flatmap(lambda d: vst.labelled_prompts(diacritics=d)),
    tail=st.sampled_from(["", " 0912", " CCCD", " ông", ":", " 12", " ^^"]),
    head=st.sampled_from(["", "345 678 ", "001085 ", "Văn An ", "- ", "012 ", "^ "]),
)
def test_no_finding_crosses_the_separator_of_joined_texts(
    a: vst.LabelledPrompt, b: vst.LabelledPrompt, tail: str, head: str
) -> None:
    """Two texts of one request, checked joined, each end running into the other (half a
    phone number, a cue, half a name): the pair is not blocked unless one text is, and every
    value redacted in a text alone is gone from its piece."""
    x, y = a.text + tail, head + b.text
    alone = [check_prompt(x, policy=POLICY), check_prompt(y, policy=POLICY)]
    if any(check.blocked for check in alone):
        return
    _, pieces = check_texts([x, y], POLICY, "test", None)  # raises if a finding crossed
    for text, check, piece in zip((x, y), alone, pieces, strict=True):
        for f in check.findings:
            if f.action is not Decision.ALLOW:
                assert text[f.start : f.end] not in piece


def test_identifier_keys_are_checked_but_never_rewritten() -> None:
    request = {"model": "gpt-4o-mini", "file_id": "file-6F2ksmvX", "role": "user",
               "content": "xin chào", "Ghi chú riêng": 1}  # fmt: skip
    found = read(request, policy=POLICY, allow_file_ids=True)
    # a number under a key that is no setting is content too: read with its key (gw15)
    assert found.paths == [
        "model", "file_id", "role", "content", "Ghi chú riêng(key)", "Ghi chú riêng(number)"
    ]  # fmt: skip
    assert found.fixed == [0, 1, 2, 5]
    _, pieces = check_request(found, POLICY, "test", None)
    assert pieces == found.texts
    for key in ("tool_call_id", "model", "session_id"):
        found = read({key: "cccd:001085012345", "content": "x"}, policy=POLICY)
        with pytest.raises(UnguardedPath) as info:
            check_request(found, POLICY, "test", None)
        assert (info.value.reason, info.value.path) == ("identifier", key)


def test_keys_are_text_too_and_headers_are_read_below_the_top() -> None:
    found = read(
        {"extra_headers": {"X-A": "CCCD 001085012345"},
         "metadata": {"Hồ sơ ông Nguyễn Văn An": "x"},
         "input": {"headers": {"X-CCCD": "001085012345"}}},
        policy=POLICY, opaque=OPAQUE_ARGUMENTS,
    )  # fmt: skip
    key = "metadata.Hồ sơ ông Nguyễn Văn An"
    # an identifier-like key the APIs do not use ("X-CCCD") is read too, as an identifier
    assert found.paths == [f"{key}(key)", key, "input.headers.X-CCCD(key)", "input.headers.X-CCCD"]
    assert found.fixed == [2]


def test_media_are_refused_where_they_stand() -> None:
    image = {"type": "base64", "media_type": "image/jpeg", "data": "AAAA"}
    with pytest.raises(UnguardedPath) as info:
        read({"messages": [{"content": [{"type": "image", "source": image}]}]}, policy=POLICY)
    assert info.value.path == "messages[0].content[0].source.data"
    assert read({"source": image}, policy=POLICY, allow_media=True).paths == [
        "source.type",
        "source.media_type",
    ]  # the data itself is not read as text


def test_an_official_email_as_the_end_user_is_refused() -> None:
    from ai_guard import check_account_email  # noqa: F401 - the rule applied
    from ai_guard.integrations import OfficialEmailRefused

    with pytest.raises(OfficialEmailRefused):
        read({"metadata": {"user_id": "an.nguyen@moj.gov.vn"}}, policy=POLICY)
    with pytest.raises(OfficialEmailRefused):
        read({"safety_identifier": "an.nguyen@hanoi.gov.vn"}, policy=POLICY)


@pytest.mark.parametrize(
    "request_body",
    [
        {"model": "text-embedding-3-small", "input": [[9906, 11, 1917]]},
        {"model": "text-embedding-3-small", "input": [9906, 11, 1917]},
        {"model": "gpt-3.5-turbo-instruct", "prompt": [1, 2, 3]},
    ],
)
def test_token_ids_instead_of_text_are_refused(request_body: dict[str, object]) -> None:
    from ai_guard.errors import UnguardedPath
    from ai_guard.integrations import _payload

    with pytest.raises(UnguardedPath) as caught:
        _payload.read(request_body, policy=Policy())
    assert caught.value.reason == "token_ids"
    assert "token" in caught.value.message_vi
    # numbers elsewhere are settings, not text
    _payload.read({"model": "m", "input": "xin chào", "dimensions": 256}, policy=Policy())


def test_media_and_documents_by_url_are_refused_and_allow_media_lets_only_media_pass() -> None:
    image = {"type": "image_url", "image_url": {"url": "https://example.vn/a.png"}}
    doc = {"type": "document", "source": {"type": "url", "url": "https://example.vn/a.pdf"}}
    anthropic_image = {"type": "image", "source": {"type": "url", "url": "https://x.vn/a.png"}}
    for block, reason in ((image, "media"), (doc, "document"), (anthropic_image, "media")):
        with pytest.raises(UnguardedPath) as info:
            read({"messages": [{"content": [block]}]}, policy=POLICY)
        assert info.value.reason == reason
    read({"content": [image, anthropic_image]}, policy=POLICY, allow_media=True)
    with pytest.raises(UnguardedPath):
        read({"content": [doc]}, policy=POLICY, allow_media=True)
    # a URL that is not a content block's (a tool's answer naming a picture) is text
    assert read({"rows": [{"image_url": "https://x.vn/a.png"}]}, policy=POLICY).texts == [
        "rows",
        "https://x.vn/a.png",
    ]


@pytest.mark.parametrize(
    "request_body",
    [
        {"messages": [{"role": "user", "content": [9906, 11]}]},
        {"messages": [9906]},
        {"prompt_token_ids": [9906, 11]},
        {"content": [{"type": "text", "text": [9906.0]}]},
    ],
)
def test_numbers_where_text_belongs_are_token_ids(request_body: dict[str, object]) -> None:
    with pytest.raises(UnguardedPath) as caught:
        read(request_body, policy=POLICY)
    assert caught.value.reason == "token_ids"


def test_numbers_that_are_settings_pass() -> None:
    read(
        {"max_tokens": 5, "max_completion_tokens": 9, "content": "x", "logit_bias": {"12": 1},
         "thinking": {"type": "enabled", "budget_tokens": 1024}, "stop": ["a"],
         "tools": [{"input_schema": {"properties": {"n": {"enum": [1, 2]}}}}]},
        policy=POLICY,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("request_", "where"),
    [
        ({"input": [{"role": "user", "content": [
            {"type": "input_file", "file_id": "file-6F2ksmvX"}]}]}, "input[0].content[0].file_id"),
        ({"messages": [{"role": "user", "content": [
            {"type": "file", "file": {"file_id": "file-6F2ksmvX"}}]}]},
         "messages[0].content[0].file.file_id"),
        ({"messages": [{"role": "user", "content": [{"type": "document", "source": {
            "type": "file", "file_id": "file_011CNha8iCJcU1wXNR6q4V8w"}}]}]},
         "messages[0].content[0].source.file_id"),
        ({"tools": [{"type": "file_search", "vector_store_ids": ["vs_1"]}]},
         "tools[0].vector_store_ids"),
        ({"input_file_id": "file-abc", "endpoint": "/v1/chat/completions"}, "input_file_id"),
        ({"attachments": [{"file_id": "file-abc", "tools": [{"type": "file_search"}]}]},
         "attachments[0].file_id"),
    ],
)  # fmt: skip
def test_a_file_the_service_already_holds_is_refused_unless_allowed(
    request_: dict[str, Any], where: str
) -> None:
    """The file is upstream already: the guard never read it, so it cannot vouch for it."""
    with pytest.raises(UnguardedPath) as info:
        read(request_, policy=POLICY)
    assert (info.value.reason, info.value.path) == ("file_reference", where)
    field = where.rpartition(".")[2]
    assert f"'{field}'" in info.value.message_en
    assert "allow_file_ids" in info.value.message_en
    assert "chưa từng đọc" in info.value.message_vi
    read(request_, policy=POLICY, allow_file_ids=True)  # allowed: read like any identifier


def test_an_empty_file_reference_names_no_file() -> None:
    read({"file_id": None, "file_ids": [], "vector_store_ids": [""]}, policy=POLICY)


_NEW_KEY = st.from_regex(r"[a-z][a-z0-9_]{2,24}", fullmatch=True)
_SHAPES = [
    lambda v: v,
    lambda v: [v],
    lambda v: {"text": v},
    lambda v: [{"type": "input_hologram", "caption": v}],
    lambda v: {"nested": {"deeper": [v, "xin chào"]}},
]


@settings(max_examples=80, deadline=None)
@given(
    _NEW_KEY,
    st.sampled_from(range(len(_SHAPES))),
    st.sampled_from(["top", "message", "tool"]),
)
def test_a_parameter_no_api_has_yet_never_goes_out_unchecked(
    key: str, shape: int, where: str
) -> None:
    """Whatever a new parameter is called, wherever it stands and however it nests its text,
    the request that goes out holds no CCCD or name: redacted, or refused (an identifier-like
    key is checked but never rewritten)."""
    text = "Hồ sơ của ông Nguyễn Văn An, CCCD 001085012345."
    value = _SHAPES[shape](text)
    request: dict[str, Any] = {"model": "gpt-test", "messages": [{"role": "user", "content": "a"}]}
    if where == "top":
        request[key] = value
    elif where == "message":
        request["messages"][0][key] = value
    else:
        request["tools"] = [{"type": "function", "function": {"name": "f", key: value}}]
    try:
        found = read(request, policy=POLICY)
        _, pieces = check_request(found, POLICY, "test", None)
    except (UnguardedPath, PromptBlocked):
        return
    out = json.dumps(rebuild(request, pieces, policy=POLICY), ensure_ascii=False)
    assert "001085012345" not in out
    assert "Nguyễn Văn An" not in out


class _Options(pydantic.BaseModel):
    method: str
    json_data: dict[str, Any] | None = None


class _Strict(pydantic.BaseModel):
    q: str = pydantic.Field(pattern=r"^[^\[]*$")  # no placeholder fits


def test_a_model_given_as_an_argument_comes_back_its_own_type() -> None:
    """``request(cast_to, FinalRequestOptions)``: the redacted options went back to the SDK as
    a dict, which it could not take (AttributeError); a model that cannot hold the redacted
    texts is refused, bilingually, and nothing is sent. Inside a request a model is the dict
    the SDK would send, as before."""
    text = "Hồ sơ của ông Nguyễn Văn An, CCCD 001085012345."
    arguments = {"options": _Options(method="post", json_data={"q": text}), "n": [_Options(
        method="get", json_data={"q": text})]}  # fmt: skip
    request = read(arguments, policy=POLICY)
    _, pieces = check_request(request, POLICY, "test", None)
    out = rebuild(arguments, pieces, policy=POLICY)
    assert isinstance(out["options"], _Options)
    assert out["options"].json_data == {"q": pieces[request.paths.index("options.json_data.q")]}
    assert "001085012345" not in json.dumps(out["options"].model_dump(), ensure_ascii=False)
    assert isinstance(out["n"][0], dict)
    unchanged = {"options": _Options(method="post", json_data={"q": "Lịch họp."})}
    same = read(unchanged, policy=POLICY).texts
    assert rebuild(unchanged, same, policy=POLICY)["options"] is unchanged["options"]
    strict = {"options": _Strict(q=text.replace("[", ""))}
    request = read(strict, policy=POLICY)
    _, pieces = check_request(request, POLICY, "test", None)
    with pytest.raises(UnguardedPath) as refusal:
        rebuild(strict, pieces, policy=POLICY)
    assert refusal.value.reason == "unchecked_body"
    assert "options" in refusal.value.said[0]
    assert "options" in refusal.value.said[1]
