"""guard_client for the real google-genai SDK, its two httpx clients on a local fake."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import io
import json
from typing import Any

import pytest

from ai_guard import Policy, PromptBlocked
from ai_guard.errors import UnguardedPath

genai = pytest.importorskip("google.genai")
httpx = pytest.importorskip("httpx2")

from google.genai import types  # noqa: E402

from ai_guard.integrations.gemini import guard_client  # noqa: E402

POLICY = Policy(load_plugins=False)
CCCD = "001085012345"
PROMPT = f"Soạn thư trả lời ông Nguyễn Văn An, CCCD {CCCD}."
MODEL = "gemini-2.5-flash"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(300)


def _answer(*texts: str) -> dict[str, Any]:
    parts = [{"text": t} for t in texts]
    return {"candidates": [{"index": 0, "content": {"role": "model", "parts": parts}}]}


class Wire:
    """Records every request; answers with the last user text echoed (placeholders and all),
    streamed in the given pieces; plays the resumable upload's two steps."""

    def __init__(self, pieces: list[str] | None = None) -> None:
        self.seen: list[tuple[str, str, dict[str, str], bytes]] = []
        self.pieces = pieces

    def handler(self, request: Any) -> Any:
        body = request.read()
        url = str(request.url)
        self.seen.append((request.method, url, dict(request.headers), body))
        if request.headers.get("x-goog-upload-command") == "start":
            upload = {"x-goog-upload-url": "http://fake.local/upload/v1/files?upload_id=1"}
            return httpx.Response(200, json={}, headers=upload)
        if "upload_id" in url:
            status = {"x-goog-upload-status": "final"}
            if "finalize" not in request.headers.get("x-goog-upload-command", ""):
                status = {"x-goog-upload-status": "active"}
            return httpx.Response(200, json={"file": {"name": "files/abc"}}, headers=status)
        sent = json.loads(body) if body else {}
        last = ""
        for content in sent.get("contents", []):
            for part in content.get("parts", []):
                last = part.get("text", last)
        if "streamGenerateContent" in url:
            pieces = self.pieces or [last]
            data = "".join(f"data: {json.dumps(_answer(p))}\r\n\r\n" for p in pieces)
            return httpx.Response(
                200, content=data.encode(), headers={"content-type": "text/event-stream"}
            )
        return httpx.Response(200, json=_answer("Đã nhận: " + last))

    async def ahandler(self, request: Any) -> Any:
        return self.handler(request)

    @property
    def sent(self) -> str:
        return " ".join(
            json.dumps(json.loads(b), ensure_ascii=False) if b[:1] == b"{" else b.decode("latin-1")
            for *_, b in self.seen
        )


def _raw(wire: Wire, **options: Any) -> Any:
    http = types.HttpOptions(
        base_url="http://fake.local",
        httpx_client=httpx.Client(transport=httpx.MockTransport(wire.handler)),
        httpx_async_client=httpx.AsyncClient(transport=httpx.MockTransport(wire.ahandler)),
        **options,
    )
    return genai.Client(api_key="k-test", http_options=http)


def _guarded(wire: Wire, **kwargs: Any) -> tuple[Any, Any]:
    raw = _raw(wire)
    return raw, guard_client(raw, policy=POLICY, **kwargs)


def test_generate_content_goes_redacted_and_comes_back_restored() -> None:
    wire = Wire()
    _, client = _guarded(wire)
    config = types.GenerateContentConfig(
        system_instruction="Người dùng là bà Trần Thị Bình, CCCD 079190001234.",
        tools=[types.Tool(function_declarations=[types.FunctionDeclaration(
            name="tra_cuu", description=f"Tra cứu hồ sơ của ông Nguyễn Văn An ({CCCD})")])],
    )  # fmt: skip
    answer = client.models.generate_content(model=MODEL, contents=PROMPT, config=config)
    assert answer.text == "Đã nhận: " + PROMPT
    assert CCCD not in wire.sent
    assert "Nguyễn Văn An" not in wire.sent
    assert "079190001234" not in wire.sent
    assert "Trần Thị Bình" not in wire.sent
    assert "[CCCD_1]" in wire.sent


@pytest.mark.parametrize(
    "contents",
    [
        PROMPT,
        [PROMPT],
        types.Content(role="user", parts=[types.Part(text=PROMPT)]),
        [types.Content(role="user", parts=[types.Part.from_text(text=PROMPT)])],
        [{"role": "user", "parts": [{"text": PROMPT}]}],
        [types.Part(text=PROMPT)],
    ],
    ids=["str", "list", "content", "contents", "dicts", "parts"],
)
def test_every_shape_of_contents_is_read(contents: Any) -> None:
    wire = Wire()
    _, client = _guarded(wire)
    client.models.generate_content(model=MODEL, contents=contents)
    assert CCCD not in wire.sent
    assert "[CCCD_1]" in wire.sent


def test_a_blocked_prompt_sends_nothing() -> None:
    wire = Wire()
    _, client = _guarded(wire)
    for call in (
        lambda: client.models.generate_content(model=MODEL, contents="TỐI MẬT\n" + PROMPT),
        lambda: client.models.count_tokens(model=MODEL, contents="TỐI MẬT\n" + PROMPT),
        lambda: client.models.embed_content(model="e", contents=["TỐI MẬT\n" + PROMPT]),
        lambda: client.caches.create(
            model=MODEL, config={"system_instruction": "TỐI MẬT\n" + PROMPT}
        ),
    ):
        with pytest.raises(PromptBlocked):
            call()
    assert wire.seen == []


def test_other_methods_send_redacted() -> None:
    wire = Wire()
    _, client = _guarded(wire)
    client.models.count_tokens(model=MODEL, contents=PROMPT)
    client.models.embed_content(model="text-embedding-004", contents=[PROMPT])
    client.caches.create(
        model=MODEL, config=types.CreateCachedContentConfig(
            contents=[PROMPT], system_instruction=PROMPT, display_name="ho-so")
    )  # fmt: skip
    assert len(wire.seen) == 3
    assert CCCD not in wire.sent
    assert "Nguyễn Văn An" not in wire.sent


def test_a_stream_is_restored_even_when_a_placeholder_is_split() -> None:
    wire = Wire(pieces=["Kính gửi ông [PERS", "ON_1], CCCD [CC", "CD_1]."])
    _, client = _guarded(wire)
    chunks = [c.text for c in client.models.generate_content_stream(model=MODEL, contents=PROMPT)]
    assert "".join(chunks) == f"Kính gửi ông Nguyễn Văn An, CCCD {CCCD}."
    assert all("[" not in c for c in chunks)
    assert CCCD not in wire.sent


def test_a_chat_checks_its_history_with_every_message() -> None:
    """The history given at creation and every earlier turn go out redacted with each new
    message; the chat keeps the original values (restored answers)."""
    wire = Wire()
    _, client = _guarded(wire)
    history = [
        {"role": "user", "parts": [{"text": "Tôi là bà Trần Thị Bình, CCCD 079190001234."}]},
        {"role": "model", "parts": [{"text": "Chào bà."}]},
    ]
    chat = client.chats.create(model=MODEL, history=history)
    assert chat.send_message(PROMPT).text == "Đã nhận: " + PROMPT
    assert chat.send_message("Cảm ơn.").text == "Đã nhận: Cảm ơn."
    assert len(wire.seen) == 2
    for secret in (CCCD, "079190001234", "Nguyễn Văn An", "Trần Thị Bình"):
        assert secret not in wire.sent
    assert "Nguyễn Văn An" in json.dumps(
        [c.model_dump(mode="json") for c in chat.get_history()], ensure_ascii=False
    )
    streamed = "".join(c.text for c in chat.send_message_stream(PROMPT))
    assert streamed == PROMPT
    assert CCCD not in wire.sent


def test_the_async_twin() -> None:
    wire = Wire(pieces=["ông [PERSON", "_1]"])
    raw, client = _guarded(wire)

    async def run() -> list[str]:
        answer = await client.aio.models.generate_content(model=MODEL, contents=PROMPT)
        chat = client.aio.chats.create(model=MODEL)
        said = await chat.send_message(PROMPT)
        stream = await client.aio.models.generate_content_stream(model=MODEL, contents=PROMPT)
        pieces = [c.text async for c in stream]
        with pytest.raises(UnguardedPath):  # the client the app kept: the net refuses
            await raw.aio.models.generate_content(model=MODEL, contents=PROMPT)
        return [answer.text, said.text, "".join(pieces)]

    assert asyncio.run(run()) == ["Đã nhận: " + PROMPT] * 2 + ["ông Nguyễn Văn An"]
    assert CCCD not in wire.sent
    assert raw._api_client._use_aiohttp() is False  # aiohttp's sessions take no hook


def test_a_per_event_loop_async_client_keeps_the_net() -> None:
    """google-genai's own async httpx client sends through one inner client per event loop,
    built from its arguments: the inner clients carry the net too."""
    wire = Wire()
    from google.genai._api_client import AsyncHttpx2Client

    http = AsyncHttpx2Client(transport=httpx.MockTransport(wire.ahandler))
    http._per_loop = True  # as it is without a transport of the test's own
    options = types.HttpOptions(base_url="http://fake.local", httpx_async_client=http)
    raw = genai.Client(api_key="k-test", http_options=options)

    async def before() -> None:  # an inner client made before the guard
        await raw.aio.models.generate_content(model=MODEL, contents="Xin chào.")

    asyncio.run(before())
    guard_client(raw, policy=POLICY)

    async def after() -> None:
        with pytest.raises(UnguardedPath):
            await raw.aio.models.generate_content(model=MODEL, contents=PROMPT)

    asyncio.run(after())  # a new loop, a new inner client
    assert len(wire.seen) == 1
    assert CCCD not in wire.sent


def test_the_client_the_app_kept_is_under_the_net() -> None:
    wire = Wire()
    raw, _ = _guarded(wire)
    with pytest.raises(UnguardedPath) as refusal:
        raw.models.generate_content(model=MODEL, contents=PROMPT)
    assert refusal.value.reason == "unredacted"
    with pytest.raises(UnguardedPath):
        raw.chats.create(model=MODEL).send_message(PROMPT)
    with pytest.raises(UnguardedPath):  # a value shaped like an id, in a header
        raw.models.generate_content(
            model=MODEL, contents="Xin chào.",
            config={"http_options": {"headers": {"x-ref": f"cccd-{CCCD}"}}},
        )  # fmt: skip
    assert wire.seen == []


def _connect(root: Any, path: str) -> Any:
    owner = root
    for name in path.split("."):
        owner = getattr(owner, name)
    return owner(model=MODEL)


def test_live_and_every_socket_are_refused() -> None:
    wire = Wire()
    raw, client = _guarded(wire)
    for root in (client, raw):
        for path in ("live.connect", "live.music.connect", "interactions.connect"):
            with pytest.raises(UnguardedPath) as refusal:
                _connect(root.aio, path)
            assert refusal.value.reason == "websocket"
    assert wire.seen == []


@pytest.mark.parametrize(
    ("part", "reason"),
    [
        (types.Part.from_bytes(data=PNG, mime_type="image/png"), "media"),
        (types.Part.from_bytes(data=PNG[:40], mime_type="image/png"), "media"),
        (
            types.Part.from_bytes(
                data=f"ông Nguyễn Văn An {CCCD}".encode(), mime_type="text/plain"
            ),
            "document",
        ),
        (
            types.Part.from_bytes(data=bytes(range(40)), mime_type="application/octet-stream"),
            "document",
        ),
        (
            types.Part.from_uri(
                file_uri="https://www.youtube.com/watch?v=x", mime_type="video/mp4"
            ),
            "media",
        ),
        (
            types.Part.from_uri(file_uri="gs://bucket/ho_so.pdf", mime_type="application/pdf"),
            "document",
        ),
        (
            types.Part.from_uri(file_uri="files/abc123", mime_type="application/pdf"),
            "file_reference",
        ),
    ],
    ids=["image", "small-image", "text-blob", "octet-stream", "video-url", "bucket", "file-id"],
)
def test_inline_data_and_file_data_are_vetted(part: Any, reason: str) -> None:
    wire = Wire()
    raw, client = _guarded(wire)
    for root in (client, raw):
        with pytest.raises(UnguardedPath) as refusal:
            root.models.generate_content(model=MODEL, contents=["Xem tệp này.", part])
        assert refusal.value.reason == reason
    assert wire.seen == []


def test_a_clean_text_blob_and_an_uploaded_file_by_id_when_allowed() -> None:
    wire = Wire()
    _, client = _guarded(wire, allow_file_ids=True)
    text = types.Part.from_bytes(data="Lịch họp tuần sau.".encode(), mime_type="text/plain")
    held = types.Part.from_uri(
        file_uri="https://generativelanguage.googleapis.com/v1beta/files/abc123",
        mime_type="application/pdf",
    )
    client.models.generate_content(model=MODEL, contents=["Tóm tắt.", text, held])
    assert len(wire.seen) == 1
    body = json.loads(wire.seen[0][3])
    assert base64.b64decode(body["contents"][0]["parts"][1]["inlineData"]["data"]).decode() == (
        "Lịch họp tuần sau."
    )


def test_files_upload_is_read_as_it_goes() -> None:
    wire = Wire()
    raw, client = _guarded(wire)
    done = client.files.upload(file=io.BytesIO("Lịch họp tuần sau.".encode()),
                               config={"mime_type": "text/plain"})  # fmt: skip
    assert done.name == "files/abc"
    before = len(wire.seen)
    for root in (client, raw):
        with pytest.raises(UnguardedPath) as refusal:
            root.files.upload(file=io.BytesIO(PROMPT.encode()), config={"mime_type": "text/plain"})
        assert refusal.value.reason == "document"
        with pytest.raises(UnguardedPath) as refusal:
            root.files.upload(file=io.BytesIO(PNG), config={"mime_type": "image/png"})
        assert refusal.value.reason == "media"
    # the upload's first step (the file's name and size) went; its bytes never did
    sent = [body for *_, body in wire.seen[before:]]
    assert all(CCCD.encode() not in body for body in sent)
    assert all(PNG not in body for body in sent)


def test_a_file_uploaded_in_several_pieces_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from google.genai import _api_client

    monkeypatch.setattr(_api_client, "CHUNK_SIZE", 8)
    wire = Wire()
    _, client = _guarded(wire)
    with pytest.raises(UnguardedPath) as refusal:
        client.files.upload(
            file=io.BytesIO(b"Lich hop tuan sau."), config={"mime_type": "text/plain"}
        )
    assert refusal.value.reason == "document"
    assert all(b"Lich" not in body for *_, body in wire.seen)


def test_a_config_holding_python_functions_is_read() -> None:
    """Automatic function calling: tools given as Python functions have no JSON form."""
    wire = Wire()
    _, client = _guarded(wire)

    def tra_cuu(ma_ho_so: str) -> str:
        """Tra cứu một hồ sơ."""
        return "xong"

    config = types.GenerateContentConfig(
        tools=[tra_cuu], system_instruction=f"Hồ sơ CCCD {CCCD}.",
        automatic_function_calling=types.AutomaticFunctionCallingConfig(disable=True),
    )  # fmt: skip
    client.models.generate_content(model=MODEL, contents=PROMPT, config=config)
    assert len(wire.seen) == 1
    assert CCCD not in wire.sent


def test_a_client_on_google_auth_sessions_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from google.genai._api_client import BaseApiClient

    monkeypatch.setattr(BaseApiClient, "_use_google_auth_sync", lambda self: True)
    with pytest.raises(UnguardedPath) as refusal:
        guard_client(_raw(Wire()), policy=POLICY)
    assert refusal.value.reason == "unchecked_body"


@pytest.mark.parametrize(
    ("call", "reason"),
    [
        (lambda c: c.batches.create(model=MODEL, src="files/abc"), "file_reference"),
        (lambda c: c.file_search_stores.import_file(
            file_search_store_name="fileSearchStores/s", file_name="files/abc"),
         "file_reference"),
    ],
    ids=["batch-file", "store-import"],
)  # fmt: skip
def test_a_file_or_a_bucket_the_service_reads_itself_is_refused(call: Any, reason: str) -> None:
    """A batch's input named by a file uploaded earlier (``fileName: files/abc``) and a store's
    import went out unread: the guard never read that file (OpenAI's ``input_file_id`` was
    already refused)."""
    wire = Wire()
    raw, client = _guarded(wire)
    for root in (client, raw):
        with pytest.raises(UnguardedPath) as refusal:
            call(root)
        assert refusal.value.reason == reason
    assert wire.seen == []
    _, allowed = _guarded(wire, allow_file_ids=True)
    with contextlib.suppress(Exception):  # the fake answers no batch; it was sent
        call(allowed)
    assert len(wire.seen) == 1


@pytest.mark.parametrize("allow_file_ids", [False, True])
def test_a_bucket_the_service_reads_itself_is_refused(allow_file_ids: bool) -> None:
    """Vertex's batch input on storage (``gs://``, ``bq://``): never read here."""
    from ai_guard.integrations._payload import read

    for body in (
        {"batch": {"inputConfig": {"gcsSource": {"uris": ["gs://b/requests.jsonl"]}}}},
        {"inputConfig": {"bigquerySource": {"inputUri": "bq://project.dataset.table"}}},
    ):
        with pytest.raises(UnguardedPath) as refusal:
            read(body, policy=POLICY, allow_file_ids=allow_file_ids)
        assert refusal.value.reason == "document"
