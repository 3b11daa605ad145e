"""Text hidden in an encoding (ai_guard.integrations._encoded), read by both guards: a name
or an identifier in base64, hex, percent-encoding, HTML references or escapes, under any key,
is checked as what it says; one that needs a redaction is refused (nothing is redacted inside
an encoding), a blocked one blocks; a long run of binary is vetted as media or a document, or
refused; what hides nothing goes as it is."""

from __future__ import annotations

import base64
import gzip
import os
import zlib
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import Policy, PromptBlocked, UnguardedPath, check_prompt
from ai_guard.integrations._encoded import hidden
from ai_guard.integrations._payload import check_request, read, rebuild
from ai_guard.models import Decision

POLICY = Policy(load_plugins=False)
PII = "Hồ sơ của ông Nguyễn Văn An, CCCD 001085012345."
CLEAN = "Lịch họp giao ban tuần tới vào sáng thứ Hai."


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


ENCODINGS = {
    "base64": b64,
    "base64url": lambda t: base64.urlsafe_b64encode(t.encode()).decode().rstrip("="),
    "hex": lambda t: t.encode().hex(),
    "URL-encoding": quote,
    "HTML": lambda t: "".join(f"&#{ord(c)};" for c in t),
    "escapes": lambda t: t.encode("unicode_escape").decode(),
    "quoted-printable": lambda t: "".join(f"={b:02X}" for b in t.encode()),
    "wrapped base64": lambda t: "\n".join(
        b64(t * 3)[i : i + 76] for i in range(0, len(b64(t * 3)), 76)
    ),
    "in a sentence": lambda t: f"Nội dung đính kèm: {b64(t)} (mã hóa).",
    "data: URL of text": lambda t: "data:text/plain;charset=utf-8," + quote(t),
    "base64 of percent-encoding": lambda t: b64(quote(t)),
    "gzip in base64": lambda t: base64.b64encode(gzip.compress(t.encode())).decode(),
    "zlib in hex": lambda t: zlib.compress(t.encode()).hex(),
}


def _checked(value: Any, **options: Any) -> list[str]:
    found = read(value, policy=POLICY, **options)
    _, pieces = check_request(found, POLICY, "test", None)
    return pieces


@pytest.mark.parametrize("encoding", list(ENCODINGS))
@pytest.mark.parametrize("key", ["ghi_chu", "content", "customer_id"])
def test_personal_data_in_an_encoding_is_refused_under_any_key(encoding: str, key: str) -> None:
    value = ENCODINGS[encoding](PII)
    request = {"model": "m", "metadata": {key: value}}
    with pytest.raises(UnguardedPath) as info:
        _checked(request)
    assert info.value.reason in ("encoded", "identifier")
    assert info.value.path.startswith(f"metadata.{key}")
    if info.value.reason == "encoded":
        assert "encoded value" in info.value.message_en
        assert "mã hóa" in info.value.message_vi
    assert "001085012345" not in info.value.message_en


@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_an_encoding_of_a_clean_text_goes_as_it_is(encoding: str) -> None:
    value = ENCODINGS[encoding](CLEAN)
    request = {"model": "m", "messages": [{"role": "user", "content": value}]}
    found = read(request, policy=POLICY)
    assert any(path.endswith(")") for path in found.paths)  # it was decoded and read
    pieces = _checked(request)
    assert rebuild(request, pieces, policy=POLICY) == request


def test_a_blocked_text_in_an_encoding_blocks_the_request() -> None:
    with pytest.raises(PromptBlocked):
        _checked({"model": "m", "extra": b64("TÀI LIỆU TỐI MẬT\nKế hoạch tác chiến năm 2026.")})


def test_the_rest_of_a_request_is_still_redacted_beside_a_clean_encoding() -> None:
    request = {"messages": [{"role": "user", "content": PII}], "note": b64(CLEAN)}
    found = read(request, policy=POLICY)
    _, pieces = check_request(found, POLICY, "test", None)
    for encoded in (None, found.encoded):
        out = rebuild(request, pieces, policy=POLICY, encoded=encoded)
        assert "001085012345" not in out["messages"][0]["content"]
        assert out["note"] == request["note"]


PNG = b"\x89PNG\r\n\x1a\n" + os.urandom(400)


def test_a_long_run_of_binary_is_vetted_as_media_or_a_document_or_refused() -> None:
    image = base64.b64encode(PNG).decode()
    with pytest.raises(UnguardedPath) as info:
        read({"attachment": image}, policy=POLICY)
    assert (info.value.reason, info.value.path) == ("media", "attachment(base64)")
    read({"attachment": image}, policy=POLICY, allow_media=True)
    noise = base64.b64encode(b"\x01\x02" + os.urandom(400)).decode()
    with pytest.raises(UnguardedPath) as info:
        read({"blob": noise}, policy=POLICY)
    assert info.value.reason == "binary"
    assert "binary data encoded as base64" in info.value.message_en
    with pytest.raises(UnguardedPath) as info:
        read({"blob": (b"\x01" + os.urandom(300)).hex()}, policy=POLICY)
    assert info.value.reason == "binary"
    with pytest.raises(UnguardedPath) as info:  # a PDF goes through classify: unreadable here
        read({"blob": base64.b64encode(b"%PDF-1.4\n" + os.urandom(400)).decode()}, policy=POLICY)
    assert info.value.reason == "document"
    with pytest.raises(UnguardedPath) as info:  # compressed, however short: inflated, no text
        read({"blob": base64.b64encode(gzip.compress(b"\x00\x01\x02")).decode()}, policy=POLICY)
    assert (info.value.reason, info.value.path) == ("binary", "blob(base64+gzip)")


def test_a_compressed_text_past_the_inflation_limit_is_refused_not_read_in_part() -> None:
    # a CCCD after a megabyte of filler: reading the first megabyte only would send it unread
    text = "a " * (600 * 1024) + "CCCD 001203004567 cua ong Nguyen Van An"
    blob = base64.b64encode(gzip.compress(text.encode())).decode()
    with pytest.raises(UnguardedPath) as info:
        read({"blob": blob}, policy=POLICY)
    assert (info.value.reason, info.value.path) == ("binary", "blob(base64+gzip)")


def test_a_text_encoded_deeper_than_is_decoded_is_refused() -> None:
    text = "CCCD 001203004567 của ông Nguyễn Văn An"
    layered = text.encode()
    for _ in range(4):  # base64 four times over: decoded three times here, then still encoded
        layered = base64.b64encode(layered)
    with pytest.raises(UnguardedPath) as info:
        read({"note": layered.decode()}, policy=POLICY)
    assert info.value.reason == "binary"
    thrice = base64.b64encode(base64.b64encode(base64.b64encode(text.encode()))).decode()
    with pytest.raises(UnguardedPath) as info:  # three layers: decoded, checked, refused
        _checked({"note": thrice})
    assert info.value.reason == "encoded"


def test_blobs_the_service_made_and_public_keys_pass() -> None:
    noise = base64.b64encode(os.urandom(600)).decode()
    read({"type": "thinking", "thinking": "...", "signature": noise}, policy=POLICY)
    read({"type": "reasoning", "encrypted_content": noise}, policy=POLICY)
    read({"type": "redacted_thinking", "data": noise}, policy=POLICY)
    blob = b"\x00\x00\x00\x07ssh-rsa\x00\x00\x00\x03\x01\x00\x01" + os.urandom(400)
    key = "ssh-rsa " + base64.b64encode(blob).decode() + " admin@may-chu"
    read({"messages": [{"role": "user", "content": f"Khóa công khai: {key}"}]}, policy=POLICY)


@pytest.mark.parametrize(
    "text",
    ["gpt-4o-mini", "file-6F2ksmvX", "internationalization", "https://example.vn/a/b_c-d.pdf",
     "giảm 50% học phí", "C++ và Python", "sha256 " + "3f2a9b0c" * 8, "CCCD 001085012345",
     "0912345678901234", "Tôi muốn hỏi về thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ."],
)  # fmt: skip
def test_ordinary_texts_hide_nothing(text: str) -> None:
    assert list(hidden(text)) == []


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_any_text_reads_and_writes_back_alike(text: str) -> None:
    """No crash; the walk that writes back meets the same slots as the one that reads (it
    raises otherwise), and hands back what it was given when nothing changed."""
    request = {"k": text, "messages": [{"role": "user", "content": text}]}
    try:
        found = read(request, policy=POLICY, allow_media=True)
    except UnguardedPath:
        return  # a long run of binary, refused: nothing to write back
    assert rebuild(request, found.texts, policy=POLICY, allow_media=True) == request
    known = rebuild(request, found.texts, policy=POLICY, allow_media=True, encoded=found.encoded)
    assert known == request  # passing the decoded texts over meets the same slots


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["base64", "base64url", "hex", "URL-encoding", "HTML", "escapes"]),
    st.text(alphabet=st.characters(categories=("L", "Zs", "Nd")), max_size=40),
)
def test_whatever_the_check_would_redact_is_never_sent_encoded(encoding: str, note: str) -> None:
    text = f"{note} Ông Nguyễn Văn An, CCCD 001085012345."
    if check_prompt(text, policy=POLICY).decision is Decision.ALLOW:
        return
    with pytest.raises((UnguardedPath, PromptBlocked)):
        _checked({"model": "m", "x_note": ENCODINGS[encoding](text)})
