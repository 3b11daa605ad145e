"""A request that reads two ways is refused or read the way the service reads it (gw14).

The guard reads a request once and the service (or the model) reads it again. Where the two
readings differ, a value can pass the guard's reading and reach the service's:

- JSON inside a string (tool-call arguments, a message that is JSON) naming a key twice:
  parsed, only the last value was read, but the model reads every character of the string;
- a number in JSON inside a string (``{"mst": 8012345678}``): the model reads it as text;
- a JSON body naming a key twice (``client.post(..., content=...)``): which value the service
  takes is its parser's choice;
- a multipart body with a preamble, an epilogue, a second boundary or a part that is itself
  multipart: the parser read some parts, the bytes on the wire hold more.

Each is tried on the real SDKs (the method layer and the net under the client the application
kept) and on the shared reader.
"""

from __future__ import annotations

import contextlib
import json
from typing import Any

import pytest

from ai_guard import Policy, PromptBlocked, UnguardedPath
from ai_guard.integrations._payload import (
    DuplicateKeyError,
    check_request,
    loads_unique,
    read,
    rebuild,
)

openai = pytest.importorskip("openai")
anthropic = pytest.importorskip("anthropic")
httpx = pytest.importorskip("httpx2")

from integration_surface import CCCD, Wire  # noqa: E402

POLICY = Policy(load_plugins=False)
TWICE = '{"so": "' + CCCD + '", "so": "x"}'
REFUSED = (PromptBlocked, UnguardedPath)


def _openai(wire: Wire) -> tuple[Any, Any]:
    from ai_guard.integrations.openai import guard_client

    http = httpx.Client(transport=httpx.MockTransport(wire.handler))
    raw = openai.OpenAI(
        api_key="sk-test", base_url="http://fake.local/v1", max_retries=0, http_client=http
    )
    return raw, guard_client(raw, policy=POLICY)


def _anthropic(wire: Wire) -> tuple[Any, Any]:
    from ai_guard.integrations.anthropic import guard_client

    http = httpx.Client(transport=httpx.MockTransport(wire.handler))
    raw = anthropic.Anthropic(
        api_key="sk-test", base_url="http://fake.local", max_retries=0, http_client=http
    )
    return raw, guard_client(raw, policy=POLICY)


def _sent(wire: Wire) -> bytes:
    return b"".join(body for _, _, body in wire.seen)


def _tool_history(arguments: str) -> list[dict[str, Any]]:
    return [
        {"role": "user", "content": "Tra cứu hồ sơ"},
        {
            "role": "assistant",
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "lookup", "arguments": arguments},
                }
            ],
        },
        {"role": "tool", "tool_call_id": "call_1", "content": "xong"},
    ]


# -- JSON inside a string ------------------------------------------------------------------


@pytest.mark.parametrize("guarded", [True, False], ids=["guarded", "kept"])
def test_tool_arguments_naming_a_key_twice_never_carry_the_first_value(guarded: bool) -> None:
    wire = Wire()
    raw, client = _openai(wire)
    target = client if guarded else raw
    with contextlib.suppress(*REFUSED):
        target.chat.completions.create(model="gpt-4o", messages=_tool_history(TWICE))
    assert CCCD.encode() not in _sent(wire)


@pytest.mark.parametrize("guarded", [True, False], ids=["guarded", "kept"])
def test_a_message_that_is_json_naming_a_key_twice_is_read_whole(guarded: bool) -> None:
    wire = Wire()
    raw, client = _anthropic(wire)
    target = client if guarded else raw
    with contextlib.suppress(*REFUSED):
        target.messages.create(
            model="claude-x", max_tokens=10, messages=[{"role": "user", "content": TWICE}]
        )
    assert CCCD.encode() not in _sent(wire)


def test_the_guarded_client_redacts_the_text_of_json_naming_a_key_twice() -> None:
    wire = Wire()
    _, client = _openai(wire)
    client.chat.completions.create(model="gpt-4o", messages=_tool_history(TWICE))
    sent = json.loads(_sent(wire))
    arguments = sent["messages"][1]["tool_calls"][0]["function"]["arguments"]
    assert CCCD not in arguments
    assert arguments.count('"so"') == 2  # the text itself, redacted: the model reads it so


@pytest.mark.parametrize(
    "arguments",
    ['{"ma_so_thue": 8012345678}', '{"so_tai_khoan": [1903456789012]}', '{"cccd": 1085012345}'],
)
def test_a_number_in_json_inside_a_string_is_checked_as_the_model_reads_it(
    arguments: str,
) -> None:
    wire = Wire()
    _, client = _openai(wire)
    with pytest.raises(UnguardedPath) as refusal:
        client.chat.completions.create(model="gpt-4o", messages=_tool_history(arguments))
    assert "(number)" in refusal.value.path
    assert wire.seen == []


def test_numbers_of_no_concern_in_tool_arguments_pass_unchanged() -> None:
    wire = Wire()
    _, client = _openai(wire)
    arguments = '{"city": "Hà Nội", "days": 3, "ratio": 0.5, "ok": true}'
    client.chat.completions.create(model="gpt-4o", messages=_tool_history(arguments))
    sent = json.loads(_sent(wire))
    assert sent["messages"][1]["tool_calls"][0]["function"]["arguments"] == arguments


def test_the_reader_reads_and_writes_back_json_naming_a_key_twice_alike() -> None:
    body = {"messages": [{"role": "user", "content": TWICE}]}
    found = read(body, policy=POLICY)
    assert any(CCCD in text for text in found.texts)  # the first value is read
    _, pieces = check_request(found, POLICY, "test", None)
    out = rebuild(body, pieces, policy=POLICY, encoded=found.encoded)
    assert CCCD not in json.dumps(out, ensure_ascii=False)


def test_loads_unique_refuses_a_key_named_twice_at_any_depth() -> None:
    assert loads_unique('{"a": {"b": 1}, "c": [{"d": 2}]}') == {"a": {"b": 1}, "c": [{"d": 2}]}
    for text in ('{"a": 1, "a": 2}', '{"x": [{"b": 1, "b": 1}]}'):
        with pytest.raises(DuplicateKeyError):
            loads_unique(text)


# -- bodies the net reads ------------------------------------------------------------------


def _raw_post(raw: Any, content: bytes, content_type: str, path: str) -> None:
    raw._client.post(f"http://fake.local/v1{path}", content=content,
                     headers={"content-type": content_type})  # fmt: skip


@pytest.mark.parametrize("verb", ["sdk", "http"])
def test_a_json_body_naming_a_key_twice_is_refused(verb: str) -> None:
    wire = Wire()
    raw, client = _openai(wire)
    content = (
        '{"model": "gpt-4o", "messages": [{"role": "user", "content": "CCCD ' + CCCD + '"}],'
        ' "messages": [{"role": "user", "content": "xin chào"}]}'
    ).encode()

    def send() -> None:
        if verb == "sdk":
            options = {"headers": {"Content-Type": "application/json"}}
            client.post("/chat/completions", cast_to=object, content=content, options=options)
        else:
            _raw_post(raw, content, "application/json", "/chat/completions")

    with pytest.raises(UnguardedPath):
        send()
    assert wire.seen == []


_PART = 'Content-Disposition: form-data; name="purpose"\r\n\r\nbatch\r\n'
_HIDDEN = f"CCCD {CCCD} của ông Nguyễn Văn An"
MULTIPARTS = {
    "preamble": (f"{_HIDDEN}\r\n--A\r\n{_PART}--A--\r\n", "multipart/form-data; boundary=A"),
    "epilogue": (f"--A\r\n{_PART}--A--\r\n{_HIDDEN}\r\n", "multipart/form-data; boundary=A"),
    "nested": (
        '--A\r\nContent-Disposition: form-data; name="x"\r\n'
        "Content-Type: multipart/mixed; boundary=B\r\n\r\n"
        f"--B\r\nContent-Type: text/plain\r\n\r\n{_HIDDEN}\r\n--B--\r\n--A--\r\n",
        "multipart/form-data; boundary=A",
    ),
    "two boundaries": (
        f"--A\r\n{_PART}--A--\r\n--B\r\n"
        f'Content-Disposition: form-data; name="x"\r\n\r\n{_HIDDEN}\r\n--B--\r\n',
        "multipart/form-data; boundary=A; boundary=B",
    ),
    "no closing boundary": (
        f'--A\r\n{_PART}--A\r\nContent-Disposition: form-data; name="x"\r\n\r\n{_HIDDEN}',
        "multipart/form-data; boundary=A",
    ),
}


@pytest.mark.parametrize("shape", sorted(MULTIPARTS))
def test_a_multipart_body_that_reads_two_ways_is_refused(shape: str) -> None:
    body, content_type = MULTIPARTS[shape]
    wire = Wire()
    raw, _ = _openai(wire)
    with pytest.raises(REFUSED):
        _raw_post(raw, body.encode(), content_type, "/files")
    assert wire.seen == []


def test_an_sdk_upload_still_reads_one_way(tmp_path: Any) -> None:
    wire = Wire()
    _, client = _openai(wire)
    data = tmp_path / "batch.jsonl"
    data.write_text('{"custom_id": "r1", "body": {"messages": []}}\n', encoding="utf-8")
    client.files.create(file=data.open("rb"), purpose="batch")
    assert len(wire.seen) == 1


# -- credential headers --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("api-key", CCCD),
        ("x-api-key", f"cccd-{CCCD}"),
        ("authorization", f"Bearer {CCCD}"),
        ("authorization", "Bearer Nguyen Van An"),
        ("x-goog-api-key", "ho so Nguyen Van An"),
    ],
)
def test_a_credential_header_holding_anything_but_a_key_is_refused(name: str, value: str) -> None:
    wire = Wire()
    _, client = _openai(wire)
    with pytest.raises(UnguardedPath) as refusal:
        client.chat.completions.create(
            model="gpt-4o",
            messages=[{"role": "user", "content": "xin chào"}],
            extra_headers={name: value},
        )
    assert refusal.value.path.endswith(f"headers.{name}")
    assert wire.seen == []


@pytest.mark.parametrize("sdk", ["openai", "anthropic"])
def test_the_vendors_own_keys_go_as_they_are(sdk: str) -> None:
    wire = Wire()
    make = _openai if sdk == "openai" else _anthropic
    raw, _ = make(wire)
    key = "sk-proj-abcDEF1234567890abcdefGHIJKLmnop"  # a key: the credential header holds it
    client = raw.with_options(api_key=key)
    if sdk == "openai":
        client.chat.completions.create(model="gpt-4o", messages=[])
    else:
        client.messages.create(model="claude-x", max_tokens=5, messages=[])
    assert len(wire.seen) == 1
