"""Every way a request reaches the upstream through the gateway, with the real ASGI server: the
path, the query string, the headers, every field of the body wherever it stands (random
bodies, hypothesis), media the service fetches by URL from an object no content block holds,
storage the service reads itself (one rule for every storage and warehouse URI). What the
gateway cannot vouch for is refused in both languages, nothing sent, one row recorded."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.serve.fakes import GOOD_TOKEN, Bench

from ai_guard.serve.app import ROUTES

AUTH = {"authorization": f"Bearer {GOOD_TOKEN}"}
ANTHROPIC = {**AUTH, "anthropic-version": "2023-06-01"}
NAME, CCCD = "Nguyễn Văn An", "001085012345"
PII = f"Hồ sơ của ông {NAME}, CCCD {CCCD}."

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


def post(bench: Bench, path: str, body: Any, headers: dict[str, str] | None = None) -> Any:
    base = ANTHROPIC if path.startswith("/v1/messages") else AUTH
    return httpx.post(
        f"{bench.url}{path}", json=body, headers={**base, **(headers or {})}, timeout=60
    )


def refused(bench: Bench, path: str, body: Any, start: int) -> dict[str, Any]:
    """Post ``body``; assert it was refused in both languages, nothing sent, one row."""
    r = post(bench, path, body)
    assert r.status_code == 400, r.text
    error = r.json()["error"]
    assert error["ai_guard"]["code"] == "ai_guard_refused"
    assert error["ai_guard"]["vi"]
    assert error["ai_guard"]["en"]
    assert bench.upstream.requests == []
    assert [row.outcome for row in bench.rows(start)] == ["block"]
    return dict(error["ai_guard"])


# -- the request line and the headers ---------------------------------------------------------

#: what the gateway itself puts on an upstream request, whatever the caller sent
_OWN_HEADERS = {
    "host", "content-type", "accept", "content-length", "authorization", "x-api-key",
    "anthropic-version", "accept-encoding", "connection", "user-agent",
}  # fmt: skip


@pytest.mark.parametrize("path", list(ROUTES))
def test_the_query_string_and_every_other_header_stay_behind(bench: Bench, path: str) -> None:
    """A query string (``?note=<a CCCD>``) and any header but the three forwarded ones
    (``anthropic-version``, ``anthropic-beta``, ``openai-beta``: vetted) never reach the
    upstream, on every route: the path is the route's own, the key the gateway's."""
    caller = {
        "x-user-name": "Nguyen Van An", "openai-organization": f"org-{CCCD}",
        "openai-project": f"proj-{CCCD}", "idempotency-key": CCCD, "x-stainless-lang": "python",
        "cookie": f"cccd={CCCD}", "x-forwarded-for": "10.0.0.7", "forwarded": "for=10.0.0.7",
        "x-api-version": CCCD,
    }  # fmt: skip
    base = ANTHROPIC if path.startswith("/v1/messages") else AUTH
    r = httpx.post(
        f"{bench.url}{path}?note={CCCD}&api-version=2024-10-21", json=BODIES[path],
        headers={**base, **caller}, timeout=60,
    )  # fmt: skip
    assert r.status_code == 200, r.text
    [sent] = bench.upstream.requests
    assert sent.path == path  # the upstream's base URL ends in /v1
    assert sent.query == ""
    assert set(sent.headers) <= _OWN_HEADERS, set(sent.headers) - _OWN_HEADERS
    assert CCCD not in json.dumps(sent.headers)
    assert GOOD_TOKEN not in json.dumps(sent.headers)


# -- every field of the body, wherever it stands ---------------------------------------------

#: the keys a random body uses: the APIs' own (content, text, input, metadata, tools ...), an
#: identifier's, a service's blob's, a number setting's, and keys no API has
_KEYS = st.sampled_from([
    "content", "text", "input", "instructions", "system", "metadata", "tools", "description",
    "arguments", "args", "parameters", "prompt", "user", "name", "signature", "thinking",
    "encrypted_content", "stop", "context_hint", "ghi_chu", "extra", "query", "seed",
    "tool_choice", "response_format", "ref_id", "source", "data", "url", "headers", "stream",
])  # fmt: skip
_LEAVES = st.one_of(
    st.sampled_from(["xin chào", "tóm tắt giúp tôi", "ok", PII, f"cccd {CCCD}", NAME]),
    st.integers(min_value=0, max_value=5),
    st.booleans(),
    st.none(),
)


def _tree(leaves: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.recursive(
        leaves,
        lambda inner: st.one_of(
            st.lists(inner, max_size=3),
            st.dictionaries(_KEYS, inner, max_size=3),
            # JSON inside a string, as tool-call arguments come
            st.dictionaries(_KEYS, inner, min_size=1, max_size=2).map(
                lambda d: json.dumps(d, ensure_ascii=False)
            ),
        ),
        max_leaves=8,
    )


@st.composite
def _bodies(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    path = draw(st.sampled_from(list(ROUTES)))
    body = json.loads(json.dumps(BODIES[path]))
    extra = draw(st.dictionaries(_KEYS, _tree(_LEAVES), min_size=1, max_size=3))
    for key, value in extra.items():
        body.setdefault(key, value)
    # the personal data stands somewhere for sure: a field of its own, or a key
    where = draw(st.sampled_from(["value", "key", "nested"]))
    if where == "value":
        body["ghi_chu_them"] = PII
    elif where == "key":
        body["bang"] = {PII: 1}
    else:
        body["extra_nested"] = [{"rows": [{"note": PII}]}]
    return path, body


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(case=_bodies())
def test_no_field_of_any_body_reaches_the_upstream_unread(
    bench: Bench, case: tuple[str, dict[str, Any]]
) -> None:
    """Whatever the body holds and wherever (a value, a key, a list, JSON inside a string,
    a blob's key, an identifier's, a field no API has), the upstream never receives the
    name or the CCCD: each request is sent redacted (200) or refused (400, nothing sent),
    never forwarded as it came, never a 500; one decision row either way."""
    bench.upstream.requests.clear()
    path, body = case
    start = len(bench.audit)
    r = post(bench, path, body)
    assert r.status_code in (200, 400), r.text
    sent = bench.upstream.sent
    assert CCCD not in sent
    assert NAME not in sent
    if r.status_code == 400:
        assert bench.upstream.requests == []
        assert r.json()["error"]["ai_guard"]["code"] in ("ai_guard_refused", "ai_guard_blocked")
    rows = bench.rows(start)
    assert rows
    assert rows[0].outcome in ("redact", "block")


# -- media the service fetches by URL, from an object no content block holds -----------------


@pytest.mark.parametrize(
    ("path", "body", "where"),
    [
        # the Responses image_generation tool's mask: the service fetches the image
        ("/v1/responses", {"model": "gpt-test", "input": "vẽ lại ảnh", "tools": [
            {"type": "image_generation",
             "input_image_mask": {"image_url": "https://anh.example.vn/mat-na.png"}}]},
         "tools[0].input_image_mask.image_url"),
        # a content part that lost its "type": still a part the service reads
        ("/v1/chat/completions", {"model": "gpt-test", "messages": [{"role": "user", "content": [
            {"image_url": {"url": "http://10.0.0.7/cccd.jpg"}}]}]},
         "messages[0].content[0].image_url.url"),
        ("/v1/messages", {"model": "claude-test", "max_tokens": 5, "messages": [
            {"role": "user", "content": [{"document_url": "https://x.vn/quyet-dinh.pdf"}]}]},
         "messages[0].content[0].document_url"),
    ],
)  # fmt: skip
def test_media_by_url_outside_a_typed_block_is_refused(
    bench: Bench, path: str, body: dict[str, Any], where: str
) -> None:
    """They went up as text: the service would have fetched an image or a document the
    gateway never saw."""
    said = refused(bench, path, body, len(bench.audit))
    assert where in said["en"]
    assert where in said["vi"]


def test_a_url_a_tool_answers_with_is_still_text(bench: Bench) -> None:
    """Negative: a URL in a tool's answer or in a row of data is what it says (no one
    fetches it): read, and sent."""
    rows = json.dumps({"rows": [{"image_url": "https://anh.example.vn/a.png"}]})
    body = {
        "model": "gpt-test",
        "messages": [
            {"role": "user", "content": "liệt kê ảnh"},
            {"role": "assistant", "tool_calls": [{"id": "call_1", "type": "function",
             "function": {"name": "list_images", "arguments": "{}"}}]},
            {"role": "tool", "tool_call_id": "call_1", "content": rows},
        ],
        "metadata": {"image_url": "https://anh.example.vn/b.png"},
    }  # fmt: skip
    r = post(bench, "/v1/chat/completions", body)
    assert r.status_code == 200, r.text
    assert "https://anh.example.vn/a.png" in bench.upstream.sent


# -- storage and warehouse URIs: one rule ------------------------------------------------------

_STORAGE = [
    "gs://kho-du-lieu/2025/yeu-cau.jsonl",
    "bq://du-an-stp.ho_so.cong_dan",
    "s3://so-tu-phap/batch/input.jsonl",
    "s3a://kho/du-lieu/",
    "az://ho-so/input.jsonl",
    "abfss://raw@khodulieu.dfs.core.windows.net/ho-so/input.jsonl",
    "wasbs://raw@khodulieu.blob.core.windows.net/x.jsonl",
    "gcs://kho/x.jsonl",
    "oss://kho-hcm/x.jsonl",
    "hdfs://namenode:8020/user/hoso/input.jsonl",
]


@pytest.mark.parametrize("uri", _STORAGE)
@pytest.mark.parametrize("key", ["input_uri", "training_dataset_uri", "src", "gcs_uri"])
def test_storage_the_service_would_read_itself_is_refused_whatever_the_vendor(
    bench: Bench, uri: str, key: str
) -> None:
    """An input the service reads from storage: every vendor's bucket, a warehouse table, a
    cluster's files (gs:// and bq:// were refused; s3://, abfss://, hdfs:// ... went)."""
    body = {**BODIES["/v1/responses"], key: uri}
    said = refused(bench, "/v1/responses", body, len(bench.audit))
    assert key in said["en"]
    assert "storage" in said["en"]
    assert "kho lưu trữ" in said["vi"]


def test_an_outputs_bucket_and_a_bucket_named_in_a_prompt_go_as_they_are(bench: Bench) -> None:
    """Negatives: a destination the service writes to, a bucket a prompt talks about, the
    documentation's pages: sent unchanged (a bucket is the vendor's namespace, no host of the
    unit: not INTERNAL_HOST); a cluster's name node in a prompt is one, redacted."""
    prompt = (
        "Sao lưu hồ sơ vào gs://kho-luu-tru/2024 và s3://so-tu-phap/ban-sao/ rồi nạp bảng "
        "bq://du-an-stp.ho_so.cong_dan, xem https://cloud.google.com/storage/docs/buckets; "
        "bản cũ ở hdfs://namenode:8020/user/hoso"
    )
    body = {
        "model": "gpt-test", "input": prompt,
        "output_uri": "s3://so-tu-phap/ket-qua/", "output_gcs_uri": "gs://du-an-2025/anh/",
    }  # fmt: skip
    r = post(bench, "/v1/responses", body)
    assert r.status_code == 200, r.text
    [sent] = bench.upstream.requests
    for kept in (
        "gs://kho-luu-tru/2024", "s3://so-tu-phap/ban-sao/", "bq://du-an-stp.ho_so.cong_dan",
        "https://cloud.google.com/storage/docs/buckets", "s3://so-tu-phap/ket-qua/",
        "gs://du-an-2025/anh/",
    ):  # fmt: skip
        assert kept in json.dumps(sent.body, ensure_ascii=False)
    assert "namenode" not in sent.body["input"]
    assert "hdfs://[INTERNAL_HOST_1]" in sent.body["input"]
    assert "hdfs://namenode:8020/user/hoso" in r.text  # restored for the caller
