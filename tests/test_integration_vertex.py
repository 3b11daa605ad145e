"""guard_client on google-genai's Vertex AI client (``genai.Client(vertexai=True, ...)``).

Vertex takes request fields the Gemini Developer API refuses, and several name something
the service reads or uses by itself: a retrieval source the model is grounded on (a RAG
corpus, a Vertex AI Search data store or engine, an outside API), a dataset held at the
service (a tuning's ``vertex_dataset_resource``, a batch's ``vertex_dataset_name``), the
credential of another service (the Exa and Parallel search tools' ``api_key``, an outside
API's ``api_key_string``). Each went out unjudged (gw20 found them); each is now refused,
on the guarded client and on the client object the app kept (its net), sync and async.
The last test sweeps google-genai's request types: a field a new version adds that names a
URI, a store, a dataset, a credential or a server fails it until someone decides it.
"""

from __future__ import annotations

import asyncio
import json
import re
import typing
from typing import Any

import pytest

from ai_guard import Policy
from ai_guard.errors import UnguardedPath
from ai_guard.integrations._payload import read

genai = pytest.importorskip("google.genai")
httpx = pytest.importorskip("httpx2")

from google.genai import types  # noqa: E402

from ai_guard.integrations.gemini import guard_client  # noqa: E402
from integration_surface import Wire, vertex_client  # noqa: E402

POLICY = Policy(load_plugins=False)
CCCD = "001085012345"
PROMPT = f"Soạn thư trả lời ông Nguyễn Văn An, CCCD {CCCD}."
MODEL = "gemini-2.5-flash"
_NO_AFC = types.AutomaticFunctionCallingConfig(disable=True)


class Echo(Wire):
    """Answers every request with the last text it carried (placeholders and all)."""

    def handler(self, request: Any) -> Any:
        body = request.read()
        self.seen.append((request.method, str(request.url), body))
        last = ""
        for content in (json.loads(body) if body else {}).get("contents", []):
            for part in content.get("parts", []):
                last = part.get("text", last)
        answer = {"candidates": [{"content": {"role": "model", "parts": [{"text": last}]}}]}
        return httpx.Response(200, json=answer)


def _clients() -> tuple[Any, Any, Echo]:
    wire = Echo()
    raw = vertex_client(wire)
    return raw, guard_client(raw, policy=POLICY), wire


def _config(tool: types.Tool) -> types.GenerateContentConfig:
    return types.GenerateContentConfig(tools=[tool], automatic_function_calling=_NO_AFC)


def test_a_vertex_call_goes_redacted_and_comes_back_restored() -> None:
    raw, guarded, wire = _clients()
    answer = guarded.models.generate_content(model=MODEL, contents=PROMPT)
    assert answer.text == PROMPT
    (_, url, body), *_ = wire.seen
    assert "aiplatform.googleapis.com" in url
    assert "projects/p-test" in url
    assert CCCD not in body.decode()
    assert "[CCCD_1]" in body.decode()
    with pytest.raises(UnguardedPath):  # the kept client sends nothing unchecked either
        raw.models.generate_content(model=MODEL, contents=PROMPT)

    async def aio() -> str:
        return str((await guarded.aio.models.generate_content(model=MODEL, contents=PROMPT)).text)

    assert asyncio.run(aio()) == PROMPT
    assert CCCD not in wire.seen[-1][2].decode()


def test_a_vertex_chat_checks_every_turn() -> None:
    _, guarded, wire = _clients()
    chat = guarded.chats.create(model=MODEL)
    assert chat.send_message(PROMPT).text == PROMPT
    assert CCCD not in b" ".join(body for *_, body in wire.seen).decode()


_API = "https://search.example.vn/q"


def _grounded(tool: types.Tool, how: str = "models.generate_content") -> Any:
    """A call of ``how`` with ``tool`` among its config's tools."""

    def call(root: Any) -> Any:
        method = root
        for name in how.split("."):
            method = getattr(method, name)
        return method(model=MODEL, contents="Xin chào", config=_config(tool))

    return call


def _retrieval(**source: Any) -> types.Tool:
    return types.Tool(retrieval=types.Retrieval(**source))


_DATASET = "projects/p/locations/l/datasets/123"
_KEY = types.ApiAuth(api_key_config=types.ApiAuthApiKeyConfig(api_key_string="abc123def456"))
#: the fields Vertex takes that name a source, a dataset or a credential, and the reason
#: of their refusal
REFUSED: dict[str, tuple[Any, str]] = {
    "rag_corpora": (_grounded(_retrieval(vertex_rag_store=types.VertexRagStore(
        rag_corpora=["projects/p/locations/l/ragCorpora/1"]))), "stored_reference"),
    "rag_resources": (_grounded(_retrieval(vertex_rag_store=types.VertexRagStore(
        rag_resources=[types.VertexRagStoreRagResource(rag_corpus="c")]))), "stored_reference"),
    "datastore": (_grounded(_retrieval(vertex_ai_search=types.VertexAISearch(
        datastore="projects/p/locations/global/dataStores/d"))), "stored_reference"),
    "engine": (_grounded(_retrieval(vertex_ai_search=types.VertexAISearch(
        engine="projects/p/locations/global/engines/e")), "aio.models.generate_content"),
        "stored_reference"),
    "external_api": (_grounded(_retrieval(external_api=types.ExternalApi(
        endpoint=_API, api_spec="SIMPLE_SEARCH")), "models.generate_content_stream"),
        "stored_reference"),
    "external_api_key": (_grounded(_retrieval(external_api=types.ExternalApi(
        endpoint=_API, api_spec="ELASTIC_SEARCH", api_auth=_KEY))), "credential"),
    "exa_api_key": (_grounded(types.Tool(exa_ai_search=types.ToolExaAiSearch(
        api_key="exa-1234abcd"))), "credential"),
    "parallel_api_key": (_grounded(types.Tool(parallel_ai_search=types.ToolParallelAiSearch(
        api_key="par-1234abcd")), "aio.models.generate_content"), "credential"),
    "tuning_dataset": (lambda g: g.tunings.tune(base_model=MODEL, training_dataset=types.
        TuningDataset(vertex_dataset_resource=_DATASET)), "document"),
    "validation_dataset": (lambda g: g.tunings.tune(base_model=MODEL, training_dataset=types.
        TuningDataset(gcs_uri="gs://b/train.jsonl"), config=types.CreateTuningJobConfig(
        validation_dataset=types.TuningValidationDataset(vertex_dataset_resource=_DATASET))),
        "document"),
    "batch_dataset": (lambda g: g.batches.create(model=MODEL, src=types.BatchJobSource(
        vertex_dataset_name=_DATASET, format="jsonl")), "document"),
    "batch_bucket": (lambda g: g.batches.create(model=MODEL, src="bq://p.d.t"), "document"),
    "video_bucket": (lambda g: g.models.generate_videos(model="veo-3.0", prompt="Một con mèo",
        video=types.Video(uri="gs://b/v.mp4")), "document"),
}  # fmt: skip


def _run(call: Any, root: Any) -> Any:
    result = call(root)
    if asyncio.iscoroutine(result):
        return asyncio.run(result)
    if hasattr(result, "__iter__") and not isinstance(result, (str, bytes)):
        return list(result)
    return result


@pytest.mark.parametrize("name", sorted(REFUSED))
@pytest.mark.parametrize("through", ["guarded", "raw"])
def test_what_vertex_reads_or_uses_by_itself_is_refused(name: str, through: str) -> None:
    raw, guarded, wire = _clients()
    call, reason = REFUSED[name]
    with pytest.raises(UnguardedPath) as caught:
        _run(call, guarded if through == "guarded" else raw)
    assert wire.seen == []
    if through == "guarded":  # the net may say it first, with a reason of its own
        assert caught.value.reason == reason
    vi, en = caught.value.said
    assert vi
    assert en
    assert vi != en


def test_a_retrieval_source_goes_with_allow_stored_and_its_key_with_the_policys_word() -> None:
    wire = Echo()
    guarded = guard_client(vertex_client(wire), policy=POLICY, allow_stored=True)
    rag = types.Tool(retrieval=types.Retrieval(vertex_rag_store=types.VertexRagStore(
        rag_corpora=["projects/p/locations/l/ragCorpora/1"])))  # fmt: skip
    guarded.models.generate_content(model=MODEL, contents="Xin chào", config=_config(rag))
    assert b"ragCorpora/1" in wire.seen[-1][2]
    key = types.Tool(exa_ai_search=types.ToolExaAiSearch(api_key="exa-1234abcd"))
    with pytest.raises(UnguardedPath, match="credential"):  # allow_stored is no word on keys
        guarded.models.generate_content(model=MODEL, contents="Xin chào", config=_config(key))
    keys_ok = Policy(
        load_plugins=False, allow_values=["exa-1234abcd"],
        acknowledge={"weaker_secret_protection": "Khoá Exa của đơn vị, phê duyệt số 7"},
    )  # fmt: skip
    guard_client(vertex_client(wire), policy=keys_ok).models.generate_content(
        model=MODEL, contents="Xin chào", config=_config(key)
    )
    assert b"exa-1234abcd" in wire.seen[-1][2]


def test_what_names_no_source_still_goes() -> None:
    """Negatives: an output's bucket, an empty search setting, public web search, a prompt
    that only mentions a bucket, labels (read and redacted as text)."""
    _, guarded, wire = _clients()
    calls = [
        lambda: guarded.models.generate_content(
            model=MODEL, contents="Tóm tắt quy trình sao lưu vào gs://kho-luu-tru/2024 giúp tôi",
            config=types.GenerateContentConfig(labels={"nguoi": PROMPT}),
        ),
        lambda: guarded.models.generate_content(model=MODEL, contents="Xin chào", config=_config(
            types.Tool(enterprise_web_search=types.EnterpriseWebSearch()))),
        lambda: guarded.models.generate_content(model=MODEL, contents="Xin chào", config=_config(
            types.Tool(google_search=types.GoogleSearch()))),
        lambda: guarded.models.generate_images(
            model="imagen-4.0-generate-001", prompt="Một cánh đồng lúa",
            config=types.GenerateImagesConfig(output_gcs_uri="gs://du-an-2025/anh/"),
        ),
    ]  # fmt: skip
    for call in calls:
        before = len(wire.seen)
        try:
            call()
        except UnguardedPath:
            raise
        except Exception:  # the fake's answer fits no image response: sent is what counts
            pass
        assert len(wire.seen) == before + 1
    sent = b" ".join(body for *_, body in wire.seen).decode()
    assert CCCD not in sent
    assert "gs://du-an-2025/anh/" in sent  # the output's bucket went, unchanged (no host)


def test_google_auth_chosen_later_does_not_move_requests_off_the_net(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The SDK asks on every request whether to send through google-auth's own session
    (a client certificate in the environment): settled when the client is guarded, so a
    certificate that appears later cannot take a request past the net."""
    from google.auth.transport import mtls

    raw, guarded, wire = _clients()
    monkeypatch.setenv("GOOGLE_API_USE_CLIENT_CERTIFICATE", "true")
    monkeypatch.setattr(mtls, "should_use_client_cert", lambda *a, **k: True)
    monkeypatch.setattr(mtls, "has_default_client_cert_source", lambda *a, **k: True)
    guarded.models.generate_content(model=MODEL, contents=PROMPT)
    assert CCCD not in wire.seen[-1][2].decode()
    with pytest.raises(UnguardedPath):
        raw.models.generate_content(model=MODEL, contents=PROMPT)


def test_the_reader_refuses_the_wire_forms_too() -> None:
    """What the net reads: Vertex's camel-case JSON, a tuning's dataset as its URI."""
    bodies = {
        "stored_reference": {"tools": [{"retrieval": {"vertexRagStore": {"ragCorpora": ["x"]}}}]},
        "document": {"supervisedTuningSpec": {
            "trainingDatasetUri": "projects/p/locations/l/datasets/123"}},
        "credential": {"tools": [{"exaAiSearch": {"apiKey": "exa-1234abcd"}}]},
    }  # fmt: skip
    for reason, body in bodies.items():
        with pytest.raises(UnguardedPath) as caught:
            read(body, policy=POLICY)
        assert caught.value.reason == reason
    for fine in (
        {"outputGcsUri": "gs://du-an-2025/anh/"},
        {"parameters": {"storageUri": "gs://du-an-2025/anh/"}},
        {"supervisedTuningSpec": {"trainingDatasetUri": "files/abc"}},
        {"webhookConfig": {"uris": ["https://hook.example.vn/x"]}},
        {"tools": [{"retrieval": {"vertexAiSearch": {}}}]},
    ):
        read(fine, policy=POLICY, allow_file_ids=True)


# -- the sweep of google-genai's request types ------------------------------------------------

#: a retrieval source or stored content the model reads: refused unless allow_stored
STORED = "stored"
#: storage or a dataset the service reads itself (gs://, bq://, a dataset): refused
STORAGE = "storage"
#: a file the service holds, by name: refused unless allow_file_ids (or this guard's)
FILE = "file"
#: another service's credential handed over: refused unless the policy lets keys leave
CREDENTIAL = "credential"
#: an MCP server: the MCP rule (tests/test_integration_mcp.py)
MCP = "mcp"
#: where the service writes an answer, or settings naming no content the model reads
SETTING = "setting"
#: text read and checked like any other (a name, a URL the model is pointed at in words)
TEXT = "text"
#: of an answer, not a request: never sent by the application
ANSWER = "answer"

#: every field of google-genai's request types whose name says it may name a URI, a store,
#: a dataset, a credential, a server or a source, with the guard's decision
DECIDED: dict[str, str] = {
    "access_token": CREDENTIAL, "api_auth": STORED, "api_key": CREDENTIAL,
    "api_key_config": CREDENTIAL, "api_key_secret": SETTING, "api_key_secret_version": SETTING,
    "api_key_string": CREDENTIAL, "auth_config": CREDENTIAL, "auth_type": SETTING,
    "author_attribution": ANSWER, "avatar_name": SETTING, "base_url": SETTING,
    "base_url_resource_scope": SETTING, "bigquery_uri": STORAGE,
    "cache_tokens_details": ANSWER, "cached_content_token_count": ANSWER,
    "candidates_token_count": ANSWER, "candidates_tokens_details": ANSWER,
    "cloud_run_uri": TEXT, "continuation_token": SETTING, "credential_secret": SETTING,
    "data_store": STORED, "data_store_specs": STORED, "datastore": STORED,
    "display_name": TEXT, "document_name": ANSWER, "download_uri": ANSWER,
    "endpoint": STORED, "engine": STORED, "file_name": FILE, "file_search_store": ANSWER,
    "file_search_store_names": STORED, "file_uri": FILE, "flag_content_uri": ANSWER,
    "gcs_uri": STORAGE, "google_maps_uri": ANSWER, "google_maps_widget_context_token": ANSWER,
    "http_basic_auth_config": CREDENTIAL, "id_token": CREDENTIAL, "image_uri": ANSWER,
    "include_server_side_tool_invocations": SETTING, "key": TEXT, "key_name": TEXT,
    "kms_key_name": SETTING, "max_output_tokens": SETTING, "max_overlap_tokens": SETTING,
    "max_tokens_per_chunk": SETTING, "mcp_servers": MCP, "model_name": SETTING, "name": TEXT,
    "num_tokens": SETTING, "oauth_config": CREDENTIAL, "output_gcs_uri": SETTING,
    "output_uri": SETTING, "output_uri_prefix": SETTING, "page_token": SETTING,
    "photo_uri": ANSWER, "place_answer_sources": ANSWER, "prompt_template_name": SETTING,
    "prompt_token_count": ANSWER, "prompt_tokens_details": ANSWER, "rag_corpora": STORED,
    "rag_corpus": STORED, "rag_resources": STORED, "response_template_name": SETTING,
    "retrieved_url": ANSWER, "reward_name": SETTING, "source": ANSWER,
    "source_flagging_uris": ANSWER, "source_id": ANSWER, "source_text": TEXT,
    "source_uri": ANSWER, "store": SETTING, "store_context": SETTING, "target_tokens": SETTING,
    "thoughts_token_count": ANSWER, "token": ANSWER, "token_count": ANSWER,
    "token_id": ANSWER, "tokens_details": ANSWER, "tool_use_prompt_token_count": ANSWER,
    "tool_use_prompt_tokens_details": ANSWER, "total_token_count": ANSWER,
    "trigger_tokens": SETTING, "tuned_model_display_name": TEXT,
    "tuned_teacher_model_source": SETTING, "uri": TEXT, "uris": TEXT, "url": MCP,
    "url_context": SETTING, "url_context_metadata": ANSWER, "url_metadata": ANSWER,
    "url_retrieval_status": ANSWER, "validation_dataset": STORAGE,
    "validation_dataset_uri": STORAGE, "vertex_dataset": SETTING,
    "vertex_dataset_name": STORAGE, "vertex_dataset_resource": STORAGE,
    "vertex_rag_store": STORED, "voice_name": SETTING,
}  # fmt: skip
_RISKY = re.compile(
    r"uri|url|store|corp|dataset|datastore|engine|endpoint|resource|key|token|secret|auth|"
    r"server|source|bucket|_name$|^name$"
)


def _models(annotation: Any, out: set[type]) -> None:
    import pydantic

    if isinstance(annotation, str):
        return
    if typing.get_origin(annotation) is not None:
        for arg in typing.get_args(annotation):
            _models(arg, out)
    elif isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel):
        out.add(annotation)


def request_fields() -> set[str]:
    """The field names of every pydantic type a public method of google-genai's resources
    takes, at any depth."""
    import importlib

    todo: set[type] = set()
    for name in ("models", "caches", "batches", "tunings", "files", "file_search_stores",
                 "tokens", "operations", "documents"):  # fmt: skip
        module = importlib.import_module(f"google.genai.{name}")
        for cls in vars(module).values():
            if not (isinstance(cls, type) and cls.__module__ == module.__name__):
                continue
            for method, fn in vars(cls).items():
                if method.startswith("_") or not callable(fn):
                    continue
                try:
                    hints = typing.get_type_hints(fn, vars(types))
                except Exception:  # an annotation only the SDK's own checker reads
                    hints = getattr(fn, "__annotations__", {})
                for key, annotation in hints.items():
                    if key != "return":
                        _models(annotation, todo)
    seen: set[type] = set()
    fields: set[str] = set()
    while todo:
        cls = todo.pop()
        seen.add(cls)
        for field, info in cls.model_fields.items():
            fields.add(field)
            found: set[type] = set()
            _models(info.annotation, found)
            todo |= found - seen
    return fields


def test_every_field_of_the_request_types_that_may_name_a_source_is_decided() -> None:
    found = {f for f in request_fields() if _RISKY.search(f)}
    new, gone = sorted(found - set(DECIDED)), sorted(set(DECIDED) - found)
    assert not new, (
        f"google-genai request fields the guard has not decided: {new}. Look at what each "
        "names (a source the model reads? storage? a credential? a server?), make the "
        "readers judge it (_payload: _RETRIEVAL_SOURCES, _DATASET_KEYS, _CREDENTIAL_KEYS, "
        "_STORED_KEYS; _mcp), then write it down here"
    )
    assert not gone, f"decided fields no longer in google-genai: {gone}"


_SAMPLES = {
    STORED: "projects/p/locations/l/ragCorpora/1",
    STORAGE: "gs://kho/du-lieu.jsonl",
    CREDENTIAL: "khoa-dich-vu-1234",
}
_WHERE = {  # a field read where the request carries it
    "rag_corpora": ("vertex_rag_store", ["projects/p/locations/l/ragCorpora/1"]),
    "rag_corpus": ("vertex_rag_store", {"rag_resources": [{"rag_corpus": "c"}]}),
    "rag_resources": ("vertex_rag_store", {"rag_resources": [{"rag_corpus": "c"}]}),
    "data_store": ("vertex_ai_search", {"data_store_specs": [{"data_store": "d"}]}),
    "data_store_specs": ("vertex_ai_search", {"data_store_specs": [{"data_store": "d"}]}),
    "datastore": ("vertex_ai_search", {"datastore": "d"}),
    "engine": ("vertex_ai_search", {"engine": "e"}),
    "endpoint": ("external_api", {"endpoint": _API}),
    "api_auth": ("external_api", {"endpoint": _API}),
    "api_key_config": ("api_key", "khoa-dich-vu-1234"),
    "auth_config": ("api_key", "khoa-dich-vu-1234"),
    "http_basic_auth_config": ("access_token", "khoa-dich-vu-1234"),
    "oauth_config": ("access_token", "khoa-dich-vu-1234"),
    "validation_dataset": ("vertex_dataset_resource", "projects/p/locations/l/datasets/9"),
    "vertex_dataset_name": ("vertex_dataset_name", "projects/p/locations/l/datasets/9"),
    "vertex_dataset_resource": ("vertex_dataset_resource", "projects/p/locations/l/datasets/9"),
}
_REASONS = {STORED: "stored_reference", STORAGE: "document", CREDENTIAL: "credential"}


@pytest.mark.parametrize(
    "field",
    sorted(f for f, how in DECIDED.items() if how in _REASONS and f != "file_search_store_names"),
)
def test_what_is_decided_refused_is_refused_by_the_reader(field: str) -> None:
    how = DECIDED[field]
    key, value = _WHERE.get(field, (field, _SAMPLES[how]))
    with pytest.raises(UnguardedPath) as caught:
        read({"config": {"tools": [{"retrieval": {key: value}}]}}, policy=POLICY)
    assert caught.value.reason == _REASONS[how]
    if how == STORED:  # the agency's word lets a source through
        read({"tools": [{"retrieval": {key: value}}]}, policy=POLICY, allow_stored=True)


@pytest.mark.parametrize("api", ["developer", "vertex"])
def test_an_answer_continued_by_its_token_goes_through(api: str) -> None:
    """google-genai follows a long answer's ``continuation_token`` inside the same call
    (on by default): the token is the service's own opaque blob (binary, as a thought
    signature is), read like one, and the follow-up request goes; the prompt stays
    redacted in both requests and the joined answer comes back restored."""
    import base64
    import os

    from integration_surface import gemini_client

    token = base64.b64encode(os.urandom(300)).decode()
    seen: list[bytes] = []

    class Continued(Wire):
        def handler(self, request: Any) -> Any:
            body = request.read()
            seen.append(body)
            self.seen.append((request.method, str(request.url), body))
            first = len(seen) == 1
            part = {"text": "Kính gửi ông [PERSON_1], " if first else "hồ sơ đã nhận."}
            candidate: dict[str, Any] = {
                "content": {"role": "model", "parts": [part]},
                "finishReason": "CONTINUATION" if first else "STOP",
            }
            if first:
                candidate["continuationToken"] = token
            return httpx.Response(200, json={"candidates": [candidate]})

    wire = Continued()
    raw = (gemini_client if api == "developer" else vertex_client)(wire)
    answer = guard_client(raw, policy=POLICY).models.generate_content(model=MODEL, contents=PROMPT)
    assert len(seen) == 2
    assert token.replace("+", "-").replace("/", "_") in seen[1].decode()  # the SDK's base64url
    assert all(CCCD not in body.decode() for body in seen)
    assert "Nguyễn Văn An" in str(answer.text)
