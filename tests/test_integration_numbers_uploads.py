"""Numbers outside the settings, and files handed as bare bytes (gw15).

- A number under a key that is no documented setting of the vendors (``metadata``, ``user``,
  a field of ``extra_body``) reached the wire unread through every guarded client: the guard
  read numbers only inside JSON held in a string. ``metadata={"cccd": 1085012345}`` (a CCCD
  as a JSON number loses its leading zeros) and ``user=84912345678`` went out. A number is
  now content unless its key is a documented setting (``temperature``, ``max_tokens``,
  ``seed`` ...: an allow-list): read with its key, never rewritten, refused when it needs a
  redaction.
- Bytes handed without a file name (``images.edit(image=b"...")``, ``files.create(file=b"...
  ")``) were refused whatever they held, even under ``allow_media``: they are now read by what
  their first bytes say (a picture is media, a text is read as one, a PDF as a document), and
  what is none of these stays refused. A text or a PDF named as a picture (``scan.png``) went
  out unread under ``allow_media``: it is read by what it is.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from ai_guard import Policy
from ai_guard.errors import UnguardedPath
from ai_guard.integrations._payload import read

openai = pytest.importorskip("openai")
anthropic = pytest.importorskip("anthropic")
httpx = pytest.importorskip("httpx2")

from integration_surface import Wire  # noqa: E402

POLICY = Policy(load_plugins=False)
MESSAGES = [{"role": "user", "content": "Xin chào"}]
CCCD_NUMBER = 1085012345  # 001085012345 as a JSON number
PHONE_NUMBER = 84912345678
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200)
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200)
PERSONAL = "Hồ sơ của ông Nguyễn Văn An, số CCCD 001085012345, ở số 5 Lê Lợi."


def _openai(*, allow_media: bool = False) -> tuple[Any, Wire]:
    from ai_guard.integrations.openai import guard_client

    wire = Wire()
    raw = openai.OpenAI(
        api_key="sk-test", base_url="http://fake.local/v1", max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(wire.handler)),
    )  # fmt: skip
    return guard_client(raw, policy=POLICY, allow_media=allow_media), wire


def _anthropic() -> tuple[Any, Wire]:
    from ai_guard.integrations.anthropic import guard_client

    wire = Wire()
    raw = anthropic.Anthropic(
        api_key="sk-test", base_url="http://fake.local", max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(wire.handler)),
    )  # fmt: skip
    return guard_client(raw, policy=POLICY), wire


def _sent(wire: Wire) -> str:
    return " ".join(body.decode("utf-8", "replace") for _, _, body in wire.seen)


@pytest.mark.parametrize(
    "extra",
    [
        {"metadata": {"cccd": CCCD_NUMBER}},
        {"user": PHONE_NUMBER},
        {"extra_body": {"so_cccd": CCCD_NUMBER}},
        {"extra_body": {"ho_so": {"dien_thoai": [PHONE_NUMBER]}}},
        {"extra_body": {"so_tai_khoan": 19036512345678}},
    ],
    ids=["metadata", "user", "extra_body", "nested_list", "bank_account"],
)
def test_a_number_outside_the_settings_is_content_openai(extra: dict[str, Any]) -> None:
    guarded, wire = _openai()
    with pytest.raises(UnguardedPath) as refusal:
        guarded.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, **extra)
    assert refusal.value.reason == "identifier"
    assert "(number)" in refusal.value.path
    assert wire.seen == []


def test_a_number_outside_the_settings_is_content_anthropic() -> None:
    guarded, wire = _anthropic()
    with pytest.raises(UnguardedPath):
        guarded.messages.create(
            model="claude-sonnet-4-5", max_tokens=5, messages=MESSAGES,
            metadata={"user_id": "u1", "so_cccd": CCCD_NUMBER},  # type: ignore[typeddict-unknown-key]
        )  # fmt: skip
    with pytest.raises(UnguardedPath):
        guarded.messages.create(
            model="claude-sonnet-4-5", max_tokens=5, messages=MESSAGES,
            extra_body={"dien_thoai": PHONE_NUMBER},
        )  # fmt: skip
    assert wire.seen == []


def test_the_kept_client_refuses_it_too() -> None:
    """The net under the client the application kept reads the body the same way."""
    guarded, wire = _openai()
    raw = guarded._ai_target
    with pytest.raises(UnguardedPath):
        raw.chat.completions.create(
            model="gpt-4o-mini", messages=MESSAGES, metadata={"cccd": CCCD_NUMBER}
        )
    assert wire.seen == []


def test_numbers_that_are_documented_settings_pass_unread() -> None:
    guarded, wire = _openai()
    guarded.chat.completions.create(
        model="gpt-4o-mini", messages=MESSAGES, temperature=0.2, top_p=0.9, max_tokens=1024,
        seed=1085012345, n=1, presence_penalty=0.1, frequency_penalty=0.1, top_logprobs=2,
        logprobs=True, logit_bias={"50256": -100}, metadata={"so_ban_ghi": 12},
    )  # fmt: skip
    body = json.loads(wire.seen[0][2])
    assert body["seed"] == 1085012345
    assert body["metadata"] == {"so_ban_ghi": 12}  # read, and nothing in it
    found = read({"temperature": 0.7, "max_tokens": 5, "seed": 84912345678}, policy=POLICY)
    assert found.texts == []  # settings: nothing to read
    found = read({"metadata": {"ma": 12}, "tier": 3}, policy=POLICY)
    assert "ma: 12" in found.texts
    assert "tier: 3" in found.texts


# -- bytes without a file name ---------------------------------------------------------------


@pytest.mark.parametrize("image", [PNG, JPEG], ids=["png", "jpeg"])
def test_a_picture_handed_as_bare_bytes_is_media(image: bytes) -> None:
    guarded, wire = _openai(allow_media=True)
    guarded.images.edit(image=image, prompt="Vẽ lại nền trắng")
    assert len(wire.seen) == 1
    guarded, wire = _openai()  # without allow_media: refused as media, not as unreadable
    with pytest.raises(UnguardedPath) as refusal:
        guarded.images.edit(image=image, prompt="Vẽ lại nền trắng")
    assert refusal.value.reason == "media"
    assert wire.seen == []


def test_a_text_handed_as_bare_bytes_is_read() -> None:
    guarded, wire = _openai()
    guarded.files.create(file="Kế hoạch tập huấn quý 3.".encode(), purpose="assistants")
    assert len(wire.seen) == 1
    with pytest.raises(UnguardedPath) as refusal:
        guarded.files.create(file=PERSONAL.encode(), purpose="assistants")
    assert refusal.value.reason == "document"
    assert len(wire.seen) == 1


def test_bytes_that_are_no_text_media_or_document_stay_refused() -> None:
    guarded, wire = _openai(allow_media=True)
    for blob in (b"\x00\x01\x02binary" * 40, b"7z\xbc\xaf\x27\x1c" + bytes(100)):
        with pytest.raises(UnguardedPath):
            guarded.files.create(file=blob, purpose="assistants")
    assert wire.seen == []


def test_a_text_or_a_pdf_named_as_a_picture_is_read_by_what_it_is() -> None:
    """Under allow_media, ``scan.png`` holding a text (or a PDF) went out unread as media."""
    from test_cli_reading import ascii_pdf

    guarded, wire = _openai(allow_media=True)
    with pytest.raises(UnguardedPath) as text:
        guarded.images.edit(image=("scan.png", PERSONAL.encode(), "image/png"), prompt="Sửa")
    assert text.value.reason == "document"
    pdf = ascii_pdf("Ho so ong Nguyen Van An, CCCD 001085012345, TOI MAT")
    with pytest.raises(UnguardedPath):
        guarded.images.edit(image=("scan.png", pdf, "image/png"), prompt="Sửa")
    assert wire.seen == []
    guarded.images.edit(image=("anh.png", PNG, "image/png"), prompt="Sửa")  # a picture passes
    assert len(wire.seen) == 1


# -- files the guard cannot read whole, or never read ----------------------------------------


def test_a_file_uploaded_in_parts_is_refused() -> None:
    """OpenAI's Uploads API sends a file as parts the service puts together: no part is the
    file, and a value cut between two parts is in neither. Refused like Gemini's upload in
    pieces (each part, now that bare bytes are read as text, would have been read alone)."""
    guarded, wire = _openai()
    for piece in (b"Ho so ong Nguyen Van An, CCCD 0010850", b"12345, o so 5 Le Loi"):
        with pytest.raises(UnguardedPath) as refusal:
            guarded.uploads.parts.create(upload_id="upload_abc", data=piece)
        assert refusal.value.reason == "document"
    with pytest.raises(UnguardedPath):
        guarded._ai_target.uploads.parts.create(upload_id="upload_abc", data=b"xin chao")
    assert wire.seen == []


def test_a_data_source_naming_a_file_by_id_is_refused_unless_allowed() -> None:
    """``evals.runs.create(data_source={"source": {"type": "file_id", "id": ...}})``: the
    JSONL the eval reads was uploaded elsewhere and never read; it went out (the rule knew
    ``file_id`` and ``*_file_id`` keys, not a source typed ``file_id``)."""
    source = {"type": "jsonl", "source": {"type": "file_id", "id": "file-abc"}}
    guarded, wire = _openai()
    with pytest.raises(UnguardedPath) as refusal:
        guarded.evals.runs.create(eval_id="eval_1", data_source=source)  # type: ignore[arg-type]
    assert refusal.value.reason == "file_reference"
    assert wire.seen == []
    found = read({"data_source": source}, policy=POLICY, allow_file_ids=True)
    assert "file-abc" in found.texts  # allowed: checked like any identifier
    inline = {"type": "jsonl", "source": {"type": "file_content", "content": [
        {"item": {"cau_hoi": PERSONAL}}]}}  # fmt: skip
    guarded.evals.runs.create(eval_id="eval_1", data_source=inline)  # type: ignore[arg-type]
    assert "001085012345" not in _sent(wire)
    assert "[CCCD_1]" in _sent(wire)
