"""The net under hostile HTTP: bodies that read one way to the guard and another to the
service (gw16).

The net reads a body's bytes as UTF-8. On main a body that declared another charset
(``text/plain; charset=utf-16le``, a form in UTF-16, a multipart field in UTF-16) was read as
UTF-8 (ASCII letters with NULs between them: no detector saw the CCCD) and went out, and the
service decodes it as declared: the CCCD and the name reached it. A ``Content-Encoding`` the
service inflates (``br``, ``gzip``, ``deflate``) was not looked at: a body that parsed as JSON
went out, to be read by the service as whatever it inflates to. Both are refused now
(reason ``unchecked_body``, both languages). JSON nested past what is parsed raised a bare
RecursionError inside the SDK's send (which retries and wraps such errors): refused as
unreadable JSON.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from ai_guard import Policy
from ai_guard.errors import UnguardedPath

openai = pytest.importorskip("openai")
httpx = pytest.importorskip("httpx2")

from integration_surface import Wire  # noqa: E402

POLICY = Policy(load_plugins=False)
#: ASCII, so that its UTF-16 is valid UTF-8 too (letters with NULs between them)
PERSONAL = "Ho so cua ong Nguyen Van An, CCCD 001085012345."
URL = "http://fake.local/v1/chat/completions"


def _clients() -> tuple[Any, Any, Wire]:
    from ai_guard.integrations.openai import guard_client

    wire = Wire()
    raw = openai.OpenAI(
        api_key="sk-test", base_url="http://fake.local/v1", max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(wire.handler)),
    )  # fmt: skip
    guarded = guard_client(raw, policy=POLICY)
    return guarded, raw._client, wire


def _refused(send: Any, wire: Wire) -> UnguardedPath:
    with pytest.raises(UnguardedPath) as caught:
        send()
    assert wire.seen == []
    return caught.value


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("text/plain; charset=utf-16le", PERSONAL.encode("utf-16-le")),
        ("text/plain; charset=UTF-16", PERSONAL.encode("utf-16")),
        ("application/x-www-form-urlencoded; charset=utf-16le",
         ("q=" + PERSONAL).encode("utf-16-le")),
        ("application/json; charset=utf-16le",
         json.dumps({"q": PERSONAL}, ensure_ascii=False).encode("utf-16-le")),
        ('text/plain; charset="latin-1"', "Nguyễn Văn An".encode()),
    ],
    ids=["text_utf16le", "text_utf16_bom", "form_utf16", "json_utf16", "latin1_lie"],
)  # fmt: skip
def test_a_body_in_another_charset_is_refused(content_type: str, body: bytes) -> None:
    _, http, wire = _clients()
    refusal = _refused(
        lambda: http.post(URL, content=body, headers={"content-type": content_type}), wire
    )
    assert refusal.reason == "unchecked_body"
    vi, en = refusal.said
    assert "UTF-8" in vi
    assert "charset" in en


def test_a_multipart_field_in_another_charset_is_refused() -> None:
    _, http, wire = _clients()
    field = (None, PERSONAL.encode("utf-16-le"), "text/plain; charset=utf-16le")
    refusal = _refused(lambda: http.post(URL, files={"ghi_chu": field}), wire)
    assert refusal.reason == "unchecked_body"


@pytest.mark.parametrize("coding", ["br", "gzip", "deflate", "zstd", "x-gzip"])
def test_a_body_the_service_would_inflate_is_refused(coding: str) -> None:
    guarded, http, wire = _clients()
    body = json.dumps({"model": "gpt-4o-mini", "messages": []}).encode()
    headers = {"content-type": "application/json", "content-encoding": coding}
    refusal = _refused(lambda: http.post(URL, content=body, headers=headers), wire)
    assert refusal.reason == "unchecked_body"
    refusal = _refused(
        lambda: guarded.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "Xin chào"}],
            extra_headers={"Content-Encoding": coding},
        ),
        wire,
    )  # fmt: skip
    assert refusal.reason == "unchecked_body"


def test_utf8_and_identity_still_pass() -> None:
    guarded, http, wire = _clients()
    for content_type in ("text/plain; charset=utf-8", "text/plain; charset=US-ASCII"):
        http.post(URL, content=b"Xin chao", headers={"content-type": content_type})
    headers = {"content-type": "application/json", "content-encoding": "identity"}
    http.post(URL, content=b'{"q": "Xin chao"}', headers=headers)
    guarded.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "Xin chào"}]
    )
    assert len(wire.seen) == 4


def test_json_nested_past_what_is_read_is_refused_as_the_sdks_error() -> None:
    _, http, wire = _clients()
    deep = b'{"q": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    refusal = _refused(
        lambda: http.post(URL, content=deep, headers={"content-type": "application/json"}),
        wire,
    )
    assert refusal.reason == "unchecked_body"
    assert isinstance(refusal, openai.OpenAIError)  # the SDK neither retries nor wraps it
