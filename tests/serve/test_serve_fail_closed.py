"""Fail closed on what the gateway does not know: a request field, a content-part type, a
message role, text given as token ids, media or a document given by URL, a key that holds a
secret, a body nested past what is read, a character that is not one. Each is checked or
refused, never forwarded unread; each refusal is in the API's own shape and recorded once.
The real SDKs send what they can; plain httpx what no SDK sends."""

from __future__ import annotations

import base64
import json
from typing import Any
from urllib.parse import quote

import httpx
import pytest

openai = pytest.importorskip("openai")
anthropic = pytest.importorskip("anthropic")

from tests.serve.fakes import GOOD_TOKEN, Bench  # noqa: E402

from ai_guard.serve.app import ROUTES  # noqa: E402

AUTH = {"authorization": f"Bearer {GOOD_TOKEN}"}
NAME, CCCD = "Nguyễn Văn An", "001085012345"
PII = f"Hồ sơ của ông {NAME}, CCCD {CCCD}."
SECRET_KEY = "sk-proj-" + "Q7vX2mLp9RkT4wZb8NcJ1hYf6GdS3aUe5KiO0rWq7PzMx2Vn4Bt8"


def oa(bench: Bench) -> Any:
    return openai.OpenAI(base_url=f"{bench.url}/v1", api_key=GOOD_TOKEN, max_retries=0, timeout=60)


def an(bench: Bench) -> Any:
    return anthropic.Anthropic(base_url=bench.url, api_key=GOOD_TOKEN, max_retries=0, timeout=60)


def _refused_chat(bench: Bench) -> Any:
    """The SDK's error for a chat completion holding ``PII`` that the gateway refuses."""
    with pytest.raises(openai.APIStatusError) as caught:
        oa(bench).chat.completions.create(
            model="gpt-test", messages=[{"role": "user", "content": PII}]
        )
    return caught.value


def user(*parts: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"role": "user", "content": list(parts)}]


# -- checked: what the gateway does not know is read like any other text ---------------------


def test_an_unknown_content_part_and_an_unknown_role_are_checked_and_redacted(
    bench: Bench,
) -> None:
    start = len(bench.audit)
    answer = oa(bench).chat.completions.create(
        model="gpt-test",
        messages=[
            {"role": "user", "content": [{"type": "input_hologram", "caption": PII}]},
            {"role": "critic", "content": PII},
        ],
        extra_body={"agency_note": PII},  # a request field no API has
    )
    sent = bench.upstream.sent
    assert NAME not in sent
    assert CCCD not in sent
    assert sent.count("[CCCD_1]") == 3
    assert CCCD in (answer.choices[0].message.content or "")  # restored for the caller
    assert [row.outcome for row in bench.rows(start)] == ["redact"]


def test_a_role_or_a_key_that_holds_personal_data_or_a_secret_is_refused(bench: Bench) -> None:
    client = oa(bench)
    with pytest.raises(openai.BadRequestError) as role:
        client.chat.completions.create(
            model="gpt-test", messages=[{"role": f"CCCD {CCCD}", "content": "xin chào"}]
        )
    with pytest.raises(openai.BadRequestError) as key:  # a key the gateway does not know
        client.chat.completions.create(
            model="gpt-test",
            messages=[{"role": "user", "content": "xin chào"}],
            metadata={SECRET_KEY: "x"},
        )
    with pytest.raises(anthropic.BadRequestError) as tool:  # a tool's property name
        an(bench).messages.create(
            model="claude-test", max_tokens=5,
            messages=[{"role": "user", "content": "xin chào"}],
            tools=[{"name": "tra_cuu", "input_schema": {
                "type": "object", "properties": {f"cccd_{CCCD}": {"type": "string"}}}}],
        )  # fmt: skip
    assert role.value.body["ai_guard"]["code"] == "ai_guard_refused"  # type: ignore[index]
    assert "messages[0].role" in role.value.message
    assert key.value.body["ai_guard"]["code"] == "ai_guard_blocked"  # type: ignore[index]
    assert "tra_cuu" not in tool.value.message
    assert "input_schema" in tool.value.message
    assert bench.upstream.requests == []
    assert SECRET_KEY not in json.dumps([r.reason for r in bench.audit.records()])


def test_numbers_in_tools_and_tool_calls_are_settings_not_token_ids(bench: Bench) -> None:
    """The rule for token ids must not refuse integers where they belong."""
    oa(bench).chat.completions.create(
        model="gpt-test",
        messages=[
            {"role": "user", "content": "Tra cứu các mục 1, 2, 3."},
            {"role": "assistant", "content": None, "tool_calls": [{
                "id": "call_1", "type": "function",
                "function": {"name": "tra_cuu", "arguments": '{"ids": [1, 2, 3]}'}}]},
            {"role": "tool", "tool_call_id": "call_1", "content": '{"rows": [4, 5]}'},
        ],
        tools=[{"type": "function", "function": {"name": "tra_cuu", "parameters": {
            "type": "object", "properties": {"ids": {
                "type": "array", "items": {"type": "integer", "enum": [1, 2, 3]}}}}}}],
        logit_bias={"1234": -100}, max_tokens=20, seed=7,
    )  # fmt: skip
    assert len(bench.upstream.requests) == 1


@pytest.mark.parametrize(
    "field",
    [
        {"user": 84912345678},
        {"metadata": {"cccd": 1085012345}},
        {"ho_so": {"so_tai_khoan": [19036512345678]}},
    ],
    ids=["user", "metadata", "unknown_field"],
)
def test_a_number_at_the_top_of_a_body_outside_the_settings_is_content(
    bench: Bench, field: dict[str, Any]
) -> None:
    """Numbers outside JSON in a string were settings, never read (gw14 left it): a phone as
    ``user``, a CCCD (its zeros lost) in ``metadata`` went upstream. A number is content unless
    its key is a documented setting: refused here (a number cannot be redacted in place)."""
    start = len(bench.audit)
    body = {"model": "gpt-test", "messages": [{"role": "user", "content": "xin chào"}], **field}
    answer = httpx.post(f"{bench.url}/v1/chat/completions", json=body, headers=AUTH, timeout=60)
    assert answer.status_code == 400
    assert answer.json()["error"]["ai_guard"]["code"] == "ai_guard_refused"
    assert "(number)" in answer.json()["error"]["message"]
    assert bench.upstream.requests == []
    assert [row.outcome for row in bench.rows(start)] == ["block"]
    settings = {"temperature": 0.2, "max_tokens": 64, "seed": 84912345678, "top_p": 0.5}
    body = {"model": "gpt-test", "messages": [{"role": "user", "content": "xin chào"}], **settings}
    answer = httpx.post(f"{bench.url}/v1/chat/completions", json=body, headers=AUTH, timeout=60)
    assert answer.status_code == 200
    assert bench.upstream.requests[0].body["seed"] == 84912345678


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


@pytest.mark.parametrize(
    ("path", "body", "where"),
    [
        ("/v1/chat/completions",
         {"model": "gpt-test", "messages": [{"role": "user", "content": "xin chào"}],
          "agency_note": _b64(PII)}, "agency_note(base64)"),
        ("/v1/chat/completions",
         {"model": "gpt-test", "messages": [{"role": "user", "content": "xin chào"}],
          "metadata": {"ho_so": PII.encode().hex()}}, "metadata.ho_so(hex)"),
        ("/v1/responses",
         {"model": "gpt-test", "input": user({"type": "input_text", "text": "Giải mã giúp: "
          + quote(PII)})}, "input[0].content[0].text(URL-encoding)"),
        ("/v1/messages",
         {"model": "claude-test", "max_tokens": 5, "messages": user(
             {"type": "text", "text": "".join(f"&#{ord(c)};" for c in PII)})},
         "messages[0].content[0].text(HTML)"),
        ("/v1/messages",
         {"model": "claude-test", "max_tokens": 5,
          "messages": [{"role": "user", "content": "chào"}],
          "metadata": {"user_id": base64.urlsafe_b64encode(PII.encode()).decode()}},
         "metadata.user_id(base64)"),
    ],
)  # fmt: skip
def test_personal_data_in_an_encoding_is_refused_wherever_it_stands(
    bench: Bench, path: str, body: dict[str, Any], where: str
) -> None:
    """Encoded, a name and a CCCD read as noise: decoded and checked, and refused (nothing
    can be redacted inside an encoding), nothing sent, one row."""
    headers = AUTH if path != "/v1/messages" else {"x-api-key": GOOD_TOKEN}
    start = len(bench.audit)
    r = httpx.post(f"{bench.url}{path}", json=body, headers=headers, timeout=30)
    assert r.status_code == 400
    error = r.json()["error"]
    assert error["ai_guard"]["code"] == "ai_guard_refused"
    if where.startswith("metadata.user_id"):
        # an identifier field is checked as it stands, and check_prompt reads a base64 run
        # itself (ai_guard.text.disguises): refused as a field holding personal data
        assert "metadata.user_id" in error["message"]
        assert "an identifier field holds personal data" in error["ai_guard"]["en"]
    else:
        assert where in error["message"]
        assert "an encoded value" in error["ai_guard"]["en"]
        assert "không thể che bên trong một mã hóa" in error["ai_guard"]["vi"]
    assert CCCD not in r.text
    assert bench.upstream.requests == []
    (row,) = bench.rows(start)
    assert row.outcome == "block"
    assert row.findings.get("CCCD", 0) >= 1  # type: ignore[union-attr]


def test_an_encoded_clean_text_and_the_services_own_blobs_go_as_they_are(bench: Bench) -> None:
    note = _b64("Lịch họp giao ban tuần tới vào sáng thứ Hai.")
    signature = base64.b64encode(bytes(range(256)) * 3).decode()
    r = httpx.post(
        f"{bench.url}/v1/messages", headers={"x-api-key": GOOD_TOKEN}, timeout=30,
        json={"model": "claude-test", "max_tokens": 5, "messages": [
            {"role": "user", "content": f"Dịch giúp: {note}"},
            {"role": "assistant", "content": [
                {"type": "thinking", "thinking": "...", "signature": signature},
                {"type": "text", "text": "Được."}]},
            {"role": "user", "content": PII}]},
    )  # fmt: skip
    assert r.status_code == 200
    sent = bench.upstream.sent
    assert note in sent
    assert signature in sent
    assert CCCD not in sent  # the plain text beside them is still redacted
    blob = base64.b64encode(b"\x01\x02" + bytes(range(256)) * 2).decode()
    r = httpx.post(
        f"{bench.url}/v1/chat/completions", headers=AUTH, timeout=30,
        json={"model": "gpt-test", "messages": [{"role": "user", "content": "xem tệp"}],
              "attachment": blob},
    )  # fmt: skip
    assert r.status_code == 400
    assert "binary data encoded as base64" in r.json()["error"]["ai_guard"]["en"]
    assert len(bench.upstream.requests) == 1


# -- refused: what the gateway cannot read -----------------------------------------------------


@pytest.mark.parametrize(
    ("path", "body", "where"),
    [
        ("/v1/chat/completions",
         {"model": "gpt-test", "messages": [{"role": "user", "content": [9906, 11, 1917]}]},
         "messages[0].content[0]"),
        ("/v1/chat/completions",
         {"model": "gpt-test", "messages": [{"role": "user", "content": "x"}],
          "prompt_token_ids": [9906, 11]}, "prompt_token_ids[0]"),
        ("/v1/responses", {"model": "gpt-test", "input": [9906, 11]}, "input[0]"),
        ("/v1/messages",
         {"model": "claude-test", "max_tokens": 5,
          "messages": [{"role": "user", "content": [9906.0, 11]}]}, "messages[0].content[0]"),
    ],
)  # fmt: skip
def test_text_given_as_token_ids_is_refused_anywhere(
    bench: Bench, path: str, body: dict[str, Any], where: str
) -> None:
    start = len(bench.audit)
    headers = AUTH if path != "/v1/messages" else {"x-api-key": GOOD_TOKEN}
    r = httpx.post(f"{bench.url}{path}", json=body, headers=headers, timeout=30)
    assert r.status_code == 400
    error = r.json()["error"]
    assert where in error["message"]
    assert "token ids" in error["ai_guard"]["en"]
    assert "mã token" in error["ai_guard"]["vi"]
    if path == "/v1/messages":
        assert r.json()["type"] == "error"
    assert bench.upstream.requests == []
    assert [row.outcome for row in bench.rows(start)] == ["block"]


def test_media_and_documents_given_by_url_are_refused(bench: Bench) -> None:
    """The service would fetch them itself: nothing here could check what is there."""
    client, claude = oa(bench), an(bench)
    refusals: list[str] = []
    for content in (
        [{"type": "image_url", "image_url": {"url": "https://intranet.example.vn/scan.png"}}],
        [{"type": "text", "text": "Xem ảnh"},
         {"type": "image_url", "image_url": {"url": "http://10.0.0.7/cccd.jpg"}}],
    ):  # fmt: skip
        with pytest.raises(openai.BadRequestError) as chat:
            client.chat.completions.create(
                model="gpt-test", messages=[{"role": "user", "content": content}]
            )
        refusals.append(chat.value.message)
    for part in (
        {"type": "input_image", "image_url": "https://example.vn/x.png"},
        {"type": "input_file", "file_url": "https://example.vn/quyet-dinh.pdf"},
    ):
        with pytest.raises(openai.BadRequestError) as responses:
            client.responses.create(model="gpt-test", input=user(part))
        refusals.append(responses.value.message)
    for kind in ("image", "document"):
        with pytest.raises(anthropic.BadRequestError) as messages:
            claude.messages.create(
                model="claude-test", max_tokens=5,
                messages=user({"type": kind, "source": {"type": "url", "url": "https://x.vn/a"}}),
            )  # fmt: skip
        refusals.append(messages.value.message)
    assert bench.upstream.requests == []
    assert "image (URL)" in refusals[0]
    assert "image_url.url" in refusals[1]
    assert "a document the AI service would fetch from a URL" in refusals[3]
    assert "source.url" in refusals[4]
    assert "source.url" in refusals[5]
    assert "tài liệu" in refusals[5]


@pytest.mark.parametrize(
    ("path", "body", "where"),
    [
        ("/v1/responses", {"model": "gpt-test", "input": user(
            {"type": "input_file", "file_id": "file-6F2ksmvX"})}, "input[0].content[0].file_id"),
        ("/v1/responses", {"model": "gpt-test", "input": user(
            {"type": "input_image", "file_id": "file-6F2ksmvX"})}, "input[0].content[0].file_id"),
        ("/v1/responses", {"model": "gpt-test", "input": "Tra cứu quy chế",
            "tools": [{"type": "file_search", "vector_store_ids": ["vs_1"]}]},
         "tools[0].vector_store_ids"),
        ("/v1/chat/completions", {"model": "gpt-test", "messages": user(
            {"type": "file", "file": {"file_id": "file-6F2ksmvX"}})},
         "messages[0].content[0].file.file_id"),
        ("/v1/messages", {"model": "claude-test", "max_tokens": 5, "messages": user(
            {"type": "document", "source": {"type": "file", "file_id": "file_011CNha8"}})},
         "messages[0].content[0].source.file_id"),
        ("/v1/messages", {"model": "claude-test", "max_tokens": 5, "messages": user(
            {"type": "image", "source": {"type": "file", "file_id": "file_011CNha8"}})},
         "messages[0].content[0].source.file_id"),
    ],
)  # fmt: skip
def test_a_file_the_upstream_already_holds_is_refused_unless_allowed(
    bench: Bench,
    monkeypatch: pytest.MonkeyPatch,
    path: str,
    body: dict[str, Any],
    where: str,
) -> None:
    """Uploaded there, not through the gateway (which serves no upload route): never read."""
    headers = AUTH if path != "/v1/messages" else {"x-api-key": GOOD_TOKEN}
    start = len(bench.audit)
    r = httpx.post(f"{bench.url}{path}", json=body, headers=headers, timeout=30)
    assert r.status_code == 400
    error = r.json()["error"]
    assert error["ai_guard"]["code"] == "ai_guard_refused"
    assert where in error["message"]
    field = where.rpartition(".")[2]
    assert f"'{field}' names a file the AI service already holds" in error["ai_guard"]["en"]
    assert "chưa từng đọc" in error["ai_guard"]["vi"]
    assert "allow_file_ids" in error["ai_guard"]["en"]
    assert bench.upstream.requests == []
    (row,) = bench.rows(start)
    assert (row.outcome, row.action) == ("block", f"gateway:{ROUTES[path].name}")
    assert "status=400" in row.reason
    gateway = bench.gateway.server.config.app.state.gateway
    monkeypatch.setattr(
        gateway, "config", gateway.config.model_copy(update={"allow_file_ids": True})
    )
    r = httpx.post(f"{bench.url}{path}", json=body, headers=headers, timeout=30)
    assert r.status_code == 200
    assert len(bench.upstream.requests) == 1


@pytest.mark.parametrize("past", ["parser", "reader"])
def test_a_body_nested_too_deep_is_400_in_the_api_shape_and_recorded(
    bench: Bench, past: str
) -> None:
    start = len(bench.audit)
    for path, model, headers in (
        ("/v1/chat/completions", "gpt-test", AUTH),
        ("/v1/messages", "claude-test", {"x-api-key": GOOD_TOKEN}),
    ):
        body = (
            b"[" * 60_000  # past what the JSON parser goes (within the body limit)
            if past == "parser"
            else f'{{"model": "{model}", "messages": {"[" * 700}{"]" * 700}}}'.encode()
        )
        r = httpx.post(f"{bench.url}{path}", content=body, headers=headers, timeout=30)
        assert r.status_code == 400
        assert "nested too deep" in r.json()["error"]["ai_guard"]["en"]
    assert bench.upstream.requests == []
    assert [row.outcome for row in bench.rows(start)] == ["bad_request"] * 2


def test_a_lone_surrogate_is_400_and_never_recorded_as_sent(bench: Bench) -> None:
    start = len(bench.audit)
    body = b'{"model": "gpt-test", "messages": [{"role": "user", "content": "a \\ud800 b"}]}'
    r = httpx.post(f"{bench.url}/v1/chat/completions", content=body, headers=AUTH, timeout=30)
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "ai_guard_bad_json"
    assert bench.upstream.requests == []
    (row,) = bench.rows(start)  # one row: refused; no "sent" before it
    assert row.outcome == "bad_request"


def test_an_answer_nested_too_deep_is_502_and_recorded(bench: Bench) -> None:
    bench.upstream.mode = "deep"
    start = len(bench.audit)
    refused = _refused_chat(bench)
    assert refused.status_code == 502
    assert refused.body["code"] == "ai_guard_upstream_bad_answer"  # type: ignore[index]
    assert [row.outcome for row in bench.rows(start)] == ["redact", "upstream_error"]


def test_an_error_inside_the_gateway_is_500_in_the_api_shape_and_recorded(
    bench: Bench, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ai_guard.serve.app import Gateway

    def broken(self: Gateway, body: bytes) -> dict[str, Any]:
        raise KeyError("a bug")

    monkeypatch.setattr(Gateway, "parse", broken)
    start = len(bench.audit)
    r = httpx.post(
        f"{bench.url}/v1/messages", json={"model": "claude-test"},
        headers={"x-api-key": GOOD_TOKEN}, timeout=30,
    )  # fmt: skip
    assert r.status_code == 500
    assert r.json()["type"] == "error"
    assert r.json()["error"]["type"] == "api_error"
    assert bench.upstream.requests == []
    assert [row.outcome for row in bench.rows(start)] == ["error"]


def test_anthropic_upstream_failures_are_504_and_502_in_anthropic_shape(bench: Bench) -> None:
    claude = an(bench)
    message = [{"role": "user", "content": "chào"}]
    start = len(bench.audit)
    bodies = []
    for mode, status in (("slow", 504), ("not_json", 502)):
        bench.upstream.mode = mode
        with pytest.raises(anthropic.APIStatusError) as caught:
            claude.messages.create(model="claude-test", max_tokens=5, messages=message)
        assert caught.value.status_code == status
        bodies.append(caught.value.body)
    assert [b["type"] for b in bodies] == ["error", "error"]
    codes = [b["error"]["ai_guard"]["code"] for b in bodies]
    assert codes == ["ai_guard_upstream_timeout", "ai_guard_upstream_bad_answer"]
    assert "không trả lời kịp" in bodies[0]["error"]["message"]
    assert "did not answer in time" in bodies[0]["error"]["message"]
    assert "<html>" not in json.dumps(bodies[1])
    outcomes = [row.outcome for row in bench.rows(start)]
    assert outcomes == ["allow", "upstream_error", "allow", "upstream_error"]


def test_a_failure_to_restore_a_whole_answer_is_500_and_recorded_not_blamed_on_the_audit(
    bench: Bench, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug while the originals are put back: the answer is not handed back, the caller gets
    a 500 in the API's shape (not a 503 "audit log cannot be written"), and a row records it
    after the decision's."""
    from ai_guard.serve import app as app_module

    def broken(data: Any, check: Any) -> bool:
        raise KeyError("a bug")

    monkeypatch.setattr(app_module, "restore_in_place", broken)
    start = len(bench.audit)
    refused = _refused_chat(bench)
    assert refused.status_code == 500
    assert refused.body["code"] == "ai_guard_internal"  # type: ignore[index]
    assert NAME not in str(refused.body)
    assert [row.outcome for row in bench.rows(start)] == ["redact", "error"]
    # a stream asked for, a whole error answer (a 429) given: the same
    bench.upstream.mode = "rate_limited"
    start = len(bench.audit)
    r = httpx.post(
        f"{bench.url}/v1/chat/completions", headers=AUTH, timeout=30,
        json={"model": "gpt-test", "stream": True, "messages": [{"role": "user", "content": PII}]},
    )  # fmt: skip
    assert r.status_code == 500
    assert r.json()["error"]["code"] == "ai_guard_internal"
    assert [row.outcome for row in bench.rows(start)] == ["redact", "error"]


# -- routes the gateway does not serve: refused, their bodies never read nor forwarded ------

ANTHROPIC = {"x-api-key": GOOD_TOKEN, "anthropic-version": "2023-06-01"}


@pytest.mark.parametrize(
    ("method", "path", "headers", "shape"),
    [
        # uploads: a file would be upstream unread (and then named by a file_id)
        ("POST", "/v1/files", AUTH, "multipart"),
        ("POST", "/v1/uploads", AUTH, "json"),
        ("POST", "/v1/uploads/upload_1/parts", AUTH, "multipart"),
        ("POST", "/v1/uploads/upload_1/complete", AUTH, "json"),
        ("POST", "/v1/files", {**ANTHROPIC, "anthropic-beta": "files-api-2025-04-14"},
         "multipart"),
        ("POST", "/v1/containers/cntr_1/files", AUTH, "multipart"),
        ("POST", "/v1/vector_stores/vs_1/files", AUTH, "json"),
        ("POST", "/v1/audio/transcriptions", AUTH, "multipart"),
        # batches: an input file's requests would be run upstream unread
        ("POST", "/v1/batches", AUTH, "json"),
        ("POST", "/v1/messages/batches", ANTHROPIC, "json"),
        ("POST", "/v1/fine_tuning/jobs", AUTH, "json"),
        # other families no route serves
        ("POST", "/v1/completions", AUTH, "json"),
        ("POST", "/v1/moderations", AUTH, "json"),
        ("POST", "/v1/images/generations", AUTH, "json"),
        ("POST", "/v1/assistants", AUTH, "json"),
        ("POST", "/v1/threads/runs", AUTH, "json"),
        ("POST", "/v1/conversations", AUTH, "json"),
        ("POST", "/v1/realtime/sessions", AUTH, "json"),
        ("POST", "/v1/responses/resp_1/cancel", AUTH, "json"),
        ("POST", "/v1/chat/completions/chatcmpl_1", AUTH, "json"),
        ("GET", "/v1/files/file-abc/content", AUTH, "none"),
        ("GET", "/v1/responses/resp_1/input_items", AUTH, "none"),
        ("DELETE", "/v1/files/file-abc", AUTH, "none"),
        ("POST", "/v1/messages/msg_1", ANTHROPIC, "json"),
        ("POST", "/v2/chat/completions", AUTH, "json"),
    ],
)  # fmt: skip
def test_every_route_the_gateway_does_not_serve_is_refused_and_recorded(
    bench: Bench, method: str, path: str, headers: dict[str, str], shape: str
) -> None:
    """Uploads, batches and every other family: 404 in the API's shape (Anthropic's when the
    caller speaks it), authenticated and recorded first, the body never read nor sent."""
    start = len(bench.audit)
    kwargs: dict[str, Any] = {}
    if shape == "json":
        kwargs["json"] = {"model": "gpt-test", "input": PII, "input_file_id": "file-abc"}
    elif shape == "multipart":
        kwargs["files"] = {"file": ("ho-so.txt", PII.encode(), "text/plain")}
        kwargs["data"] = {"purpose": "batch"}
    r = httpx.request(method, f"{bench.url}{path}", headers=headers, timeout=30, **kwargs)
    assert r.status_code == 404
    body = r.json()
    if "anthropic-version" in headers:
        assert (body["type"], body["error"]["type"]) == ("error", "not_found_error")
    else:
        assert body["error"]["code"] == "ai_guard_not_found"
    said = body["error"]["ai_guard"]
    assert said["code"] == "ai_guard_not_found"
    assert "không có đường dẫn này" in said["vi"]  # both languages, naming the routes served
    assert "no such route" in said["en"]
    assert "/v1/chat/completions" in said["vi"]
    assert "/v1/chat/completions" in said["en"]
    assert bench.upstream.requests == []
    (row,) = bench.rows(start)
    assert (row.outcome, row.action) == ("not_found", "gateway:unknown")
    assert row.approver == "tran.thi.binh"  # the caller was authenticated first
    anonymous = httpx.request(method, f"{bench.url}{path}", timeout=30, **kwargs)
    assert anonymous.status_code == 401  # no token: refused before the route is even looked at


def test_the_sdks_upload_and_batch_helpers_are_refused(bench: Bench) -> None:
    client, claude = oa(bench), an(bench)
    with pytest.raises(openai.NotFoundError):
        client.files.create(file=("ho-so.txt", PII.encode()), purpose="assistants")
    with pytest.raises(openai.NotFoundError):
        client.batches.create(
            input_file_id="file-abc", endpoint="/v1/chat/completions", completion_window="24h"
        )
    with pytest.raises(anthropic.NotFoundError):
        claude.beta.files.upload(file=("ho-so.txt", PII.encode(), "text/plain"))
    with pytest.raises(anthropic.NotFoundError):
        claude.messages.batches.create(requests=[{"custom_id": "r1", "params": {
            "model": "claude-test", "max_tokens": 5,
            "messages": [{"role": "user", "content": PII}]}}])  # fmt: skip
    assert bench.upstream.requests == []


# -- a field no API has yet, in every route's body; a service's blob; forwarded headers -------

#: the least body of each route, as its SDK sends it
BODIES: dict[str, dict[str, Any]] = {
    "/v1/chat/completions": {"model": "gpt-test", "messages": [{"role": "user", "content": "a"}]},
    "/v1/responses": {"model": "gpt-test", "input": "a"},
    "/v1/embeddings": {"model": "gpt-test", "input": "a"},
    "/v1/messages": {
        "model": "claude-test", "max_tokens": 5, "messages": [{"role": "user", "content": "a"}],
    },
    "/v1/messages/count_tokens": {
        "model": "claude-test", "messages": [{"role": "user", "content": "a"}],
    },
}  # fmt: skip
#: where a parameter an API adds next month might stand, and what it holds
NEW_FIELDS: list[tuple[str, Any]] = [
    ("top", {"context_hint": PII}),
    ("nested", {"retrieval": {"queries": [{"q": PII, "weight": 1}]}}),
    ("in a message", {"messages": [{"role": "user", "content": "a", "annotation_text": PII}]}),
    ("a new *_id", {"conversation_ref_id": f"cccd-{CCCD}"}),
    ("a list of texts", {"hints": ["xin chào", PII]}),
]


@pytest.mark.parametrize("where", [name for name, _ in NEW_FIELDS])
@pytest.mark.parametrize("path", list(BODIES))
def test_a_field_no_api_has_yet_is_checked_or_refused_in_every_route(
    bench: Bench, path: str, where: str
) -> None:
    """A parameter the gateway does not know, on any route, anywhere in the body (a new
    OpenAI or Anthropic parameter holding text): read like any other text, redacted, or, where
    it cannot be (an identifier), refused; never forwarded as it came."""
    start = len(bench.audit)
    body = {**BODIES[path], **dict(NEW_FIELDS)[where]}
    if "messages" in dict(NEW_FIELDS)[where] and "messages" not in BODIES[path]:
        body.pop("messages")
        body["input"] = [{"role": "user", "content": "a", "annotation_text": PII}]
    headers = {**AUTH}
    if path.startswith("/v1/messages"):
        headers["anthropic-version"] = "2023-06-01"
    r = httpx.post(f"{bench.url}{path}", json=body, headers=headers, timeout=60)
    sent = bench.upstream.sent
    assert CCCD not in sent
    assert NAME not in sent
    if where == "a new *_id":
        assert r.status_code == 400
        assert r.json()["error"]["ai_guard"]["code"] == "ai_guard_refused"
        assert bench.upstream.requests == []
    else:
        assert r.status_code == 200, r.text
        assert "[CCCD_1]" in sent
    assert len(bench.rows(start)) == 1


def test_a_redacted_thinking_blocks_data_is_read(bench: Bench) -> None:
    """Its ``data`` was passed over unread: a CCCD and a name written there went out."""
    with pytest.raises(anthropic.BadRequestError) as refused:
        an(bench).messages.create(
            model="claude-test", max_tokens=5,
            messages=[
                {"role": "user", "content": "xin chào"},
                {"role": "assistant", "content": [{"type": "redacted_thinking", "data": PII}]},
                {"role": "user", "content": "tiếp tục"},
            ],
        )  # fmt: skip
    assert refused.value.body["error"]["ai_guard"]["code"] == "ai_guard_refused"  # type: ignore[index]
    blob = base64.b64encode(bytes(range(256)) * 3).decode()  # the service's own: passes
    an(bench).messages.create(
        model="claude-test", max_tokens=5,
        messages=[
            {"role": "user", "content": "xin chào"},
            {"role": "assistant", "content": [{"type": "redacted_thinking", "data": blob}]},
            {"role": "user", "content": "tiếp tục"},
        ],
    )  # fmt: skip
    assert CCCD not in bench.upstream.sent
    assert len(bench.upstream.requests) == 1


@pytest.mark.parametrize(
    ("header", "value"),
    [
        ("anthropic-beta", f"ho-so, {NAME}"),
        ("anthropic-beta", f"cccd-{CCCD}"),
        ("openai-beta", "assistants=v2; TỐI MẬT"),
        ("anthropic-version", "2023-06-01 Nguyễn Văn An"),
    ],
)
def test_a_forwarded_header_holding_text_is_refused(bench: Bench, header: str, value: str) -> None:
    """The three headers the gateway forwards went upstream unread: they may hold version
    and feature names only, and nothing the policy would redact."""
    path = "/v1/messages" if header.startswith("anthropic") else "/v1/chat/completions"
    headers: dict[str, Any] = {**AUTH, header: value.encode()}
    if path == "/v1/messages" and header != "anthropic-version":
        headers["anthropic-version"] = "2023-06-01"
    r = httpx.post(f"{bench.url}{path}", json=BODIES[path], headers=headers, timeout=60)
    assert r.status_code == 400
    assert r.json()["error"]["ai_guard"]["code"] == "ai_guard_refused"
    assert bench.upstream.requests == []
    ok = {**AUTH, "anthropic-version": "2023-06-01", "anthropic-beta": "pdfs-2024-09-25"}
    r = httpx.post(f"{bench.url}/v1/messages", json=BODIES["/v1/messages"], headers=ok, timeout=60)
    assert r.status_code == 200
    assert bench.upstream.requests[0].headers["anthropic-beta"] == "pdfs-2024-09-25"


@pytest.mark.parametrize("stream", [False, True])
def test_an_unexpected_error_after_the_decisions_row_is_recorded_not_blamed_on_the_audit(
    bench: Bench, monkeypatch: pytest.MonkeyPatch, stream: bool
) -> None:
    """gw20: the upstream client raising something of its own after the row that says
    ``redact ... status=sent`` was answered 503 "the audit log cannot be written", with no
    row saying the request never went: now a 500 in the API's shape and a second row
    (``error``), the chain unbroken."""
    from ai_guard.serve.upstream import UpstreamClient

    async def broken(self: UpstreamClient, url: str, headers: Any, content: bytes) -> Any:
        raise RuntimeError("a bug under the upstream client")

    monkeypatch.setattr(UpstreamClient, "send", broken)
    start = len(bench.audit)
    body = {"model": "gpt-test", "stream": stream, "messages": [{"role": "user", "content": PII}]}
    r = httpx.post(f"{bench.url}/v1/chat/completions", headers=AUTH, timeout=30, json=body)
    assert r.status_code == 500
    assert r.json()["error"]["code"] == "ai_guard_internal"
    assert [row.outcome for row in bench.rows(start)] == ["redact", "error"]
    assert bench.upstream.requests == []
