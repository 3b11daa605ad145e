"""Text hidden in an encoding (ai_guard.integrations._encoded), read by both guards: a name
or an identifier in base64, hex, percent-encoding, HTML references or escapes, under any key,
is checked as what it says; one that needs a redaction is refused (nothing is redacted inside
an encoding), a blocked one blocks; a long run of binary is vetted as media or a document, or
refused; what hides nothing goes as it is."""

from __future__ import annotations

import base64
import codecs
import gzip
import hashlib
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
    "hex apart (:)": lambda t: t.encode().hex(":"),
    "hex apart (space)": lambda t: t.encode().hex(" "),
    "0x list": lambda t: ", ".join(f"0x{b:02x}" for b in t.encode()),
    "base32": lambda t: base64.b32encode(t.encode()).decode(),
    "base32, lower case, unpadded": lambda t: (
        base64.b32encode(t.encode()).decode().lower().rstrip("=")
    ),
    "base85": lambda t: base64.b85encode(t.encode()).decode(),
    "Ascii85": lambda t: base64.a85encode(t.encode()).decode(),
    "Ascii85, Adobe": lambda t: base64.a85encode(t.encode(), adobe=True).decode(),
    "ROT13": lambda t: codecs.encode(t, "rot13"),
    # under 256 bytes, no UTF-8: read as UTF-16 (it passed unread as short binary)
    "base64 of UTF-16": lambda t: base64.b64encode(t.encode("utf-16-le")).decode(),
    "hex of UTF-16 with a byte-order mark": lambda t: t.encode("utf-16").hex(),
    "base64 of UTF-16, big-endian": lambda t: base64.b64encode(t.encode("utf-16-be")).decode(),
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
    fernet = base64.urlsafe_b64encode(b"\x80" + os.urandom(700)).decode()  # OpenAI's shape
    read({"type": "reasoning", "encrypted_content": fernet}, policy=POLICY)
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
    st.sampled_from(
        [
            "base64",
            "base64url",
            "hex",
            "URL-encoding",
            "HTML",
            "escapes",
            "hex apart (:)",
            "0x list",
            "base32",
            "base85",
            "Ascii85",
            "ROT13",
        ]
    ),
    st.text(alphabet=st.characters(categories=("L", "Zs", "Nd")), max_size=40),
)
def test_whatever_the_check_would_redact_is_never_sent_encoded(encoding: str, note: str) -> None:
    text = f"{note} Ông Nguyễn Văn An, CCCD 001085012345."
    if check_prompt(text, policy=POLICY).decision is Decision.ALLOW:
        return
    with pytest.raises((UnguardedPath, PromptBlocked)):
        _checked({"model": "m", "x_note": ENCODINGS[encoding](text)})


OPAQUE = [
    {"type": "thinking", "thinking": "...", "signature": "{}"},
    {"type": "reasoning", "summary": [], "encrypted_content": "{}"},
    {"type": "redacted_thinking", "data": "{}"},
]


def _opaque(block: dict[str, Any], value: str) -> dict[str, Any]:
    return {k: (value if v == "{}" else v) for k, v in block.items()}


@pytest.mark.parametrize("block", OPAQUE, ids=lambda b: str(b["type"]))
def test_a_service_blob_is_read_all_the_same_and_only_unreadable_binary_passes(
    block: dict[str, Any],
) -> None:
    """The blobs a service made pass as binary, since no one else can read them; but a
    redacted thinking block's data was not read at all (a CCCD there went out), and a text, a
    document, media or an archive put in any of them is no service's blob: checked, vetted or
    refused as anywhere else."""
    request = {"model": "m", "messages": [{"role": "assistant", "content": [None]}]}

    def sent(value: str) -> list[str]:
        request["messages"][0]["content"] = [_opaque(block, value)]  # type: ignore[index]
        return _checked(request)

    with pytest.raises(UnguardedPath) as info:  # plain text, checked; never rewritten
        sent(PII)
    assert info.value.reason == "identifier"
    with pytest.raises(UnguardedPath) as info:  # a text in an encoding
        sent(b64(PII))
    # check_prompt reads a base64 run itself (ai_guard.text.disguises): the CCCD it hides
    assert info.value.reason == "identifier"
    with pytest.raises(PromptBlocked):
        sent(b64("TÀI LIỆU TỐI MẬT. Kế hoạch tác chiến năm 2026."))
    with pytest.raises(UnguardedPath) as info:
        sent(base64.b64encode(PNG).decode())
    assert info.value.reason == "media"
    with pytest.raises(UnguardedPath) as info:
        sent(base64.b64encode(b"%PDF-1.4\n" + os.urandom(400)).decode())
    assert info.value.reason == "document"
    for archive in (b"7z\xbc\xaf\x27\x1c", b"\xfd7zXZ\x00", b"BZh9", b"Rar!\x1a\x07\x00"):
        with pytest.raises(UnguardedPath) as info:
            sent(base64.b64encode(archive + os.urandom(400)).decode())
        assert info.value.reason == "binary", archive
    sent(base64.b64encode(os.urandom(600)).decode())  # the service's own: passes


# -- certificates: public, read as the names they hold; a private key stays blocked ----------


def _der(tag: int, body: bytes) -> bytes:
    n = len(body)
    size = (
        bytes([n])
        if n < 128
        else bytes([0x80 | ((n.bit_length() + 7) // 8)])
        + n.to_bytes((n.bit_length() + 7) // 8, "big")
    )
    return bytes([tag]) + size + body


def _name(*pairs: tuple[bytes, str]) -> bytes:
    """An X.509 Name: one RDN a pair (the attribute's OID body, a UTF8String)."""
    return _der(0x30, b"".join(
        _der(0x31, _der(0x30, _der(0x06, oid) + _der(0x0C, value.encode()))) for oid, value in pairs
    ))  # fmt: skip


CN, ORG, UID = b"\x55\x04\x03", b"\x55\x04\x0a", b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x01"
RSA = _der(0x30, _der(0x06, b"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01") + b"\x05\x00")


def _certificate(subject: bytes, email: str = "") -> str:
    """A PEM certificate (X.509 v3 in shape; its key and signature random bytes)."""
    issuer = _name((ORG, "Ban Cơ yếu Chính phủ"), (CN, "CA thử nghiệm"))
    validity = _der(0x30, _der(0x17, b"260101000000Z") + _der(0x17, b"270101000000Z"))
    key = _der(0x30, RSA + _der(0x03, b"\x00" + _der(0x30, _der(0x02, os.urandom(257)))))
    extensions = b""
    if email:  # subjectAltName: rfc822Name
        san = _der(0x30, _der(0x81, email.encode()))
        extensions = _der(
            0xA3, _der(0x30, _der(0x30, _der(0x06, b"\x55\x1d\x11") + _der(0x04, san)))
        )
    signed = _der(0x30, _der(0xA0, _der(0x02, b"\x02")) + _der(0x02, os.urandom(16)) + RSA
                  + issuer + validity + subject + key + extensions)  # fmt: skip
    der = _der(0x30, signed + RSA + _der(0x03, b"\x00" + os.urandom(256)))
    body = base64.b64encode(der).decode()
    lines = "\n".join(body[i : i + 64] for i in range(0, len(body), 64))
    return f"-----BEGIN CERTIFICATE-----\n{lines}\n-----END CERTIFICATE-----\n"


def test_a_public_certificate_passes_as_what_it_is() -> None:
    """A server's certificate was refused as binary data (a false refusal): it is public, and
    it is read as the names it holds, which are clean."""
    pem = _certificate(_name((ORG, "Sở Tư pháp"), (CN, "dichvucong.stp.example.gov.vn")))
    request = {"model": "m", "messages": [{"role": "user", "content": f"Lỗi TLS với:\n{pem}"}]}
    found = read(request, policy=POLICY)
    certificate = found.texts[found.paths.index("messages[0].content(base64+certificate)")]
    assert "dichvucong.stp.example.gov.vn" in certificate
    assert "Ban Cơ yếu Chính phủ" in certificate
    assert rebuild(request, _checked(request), policy=POLICY) == request


@pytest.mark.parametrize(
    ("subject", "email"),
    [
        (_name((CN, "Nguyễn Văn An"), (UID, "CCCD:001085012345")), ""),
        (_name((CN, "Chứng thư số cá nhân")), "nguyen.van.an@gmail.com"),
    ],
    ids=["a citizen's name and CCCD", "a personal e-mail in the alternative names"],
)
def test_a_certificate_naming_a_person_is_refused_as_an_encoded_text(
    subject: bytes, email: str
) -> None:
    pem = _certificate(subject, email)
    with pytest.raises(UnguardedPath) as info:
        _checked({"model": "m", "messages": [{"role": "user", "content": pem}]})
    assert info.value.reason == "encoded"
    assert "certificate" in info.value.path


def test_a_private_key_stays_blocked() -> None:
    """A private key's DER is no certificate (it opens with its version, an INTEGER): as PEM
    the check blocks it as a secret, as bare base64 it is refused as binary."""
    pkcs8 = _der(0x30, _der(0x02, b"\x00") + RSA + _der(0x04, _der(0x30, _der(0x02, b"\x00")
                 + _der(0x02, os.urandom(257)) + _der(0x02, b"\x01\x00\x01")
                 + _der(0x02, os.urandom(256)))))  # fmt: skip
    body = base64.b64encode(pkcs8).decode()
    lines = "\n".join(body[i : i + 64] for i in range(0, len(body), 64))
    label = "PRIVATE" + " KEY"
    pem = f"-----BEGIN {label}-----\n{lines}\n-----END {label}-----\n"
    assert check_prompt(f"Khóa của máy chủ:\n{pem}", policy=POLICY).blocked
    with pytest.raises((PromptBlocked, UnguardedPath)):
        _checked({"model": "m", "messages": [{"role": "user", "content": pem}]})
    with pytest.raises(UnguardedPath) as info:
        read({"model": "m", "messages": [{"role": "user", "content": lines}]}, policy=POLICY)
    assert info.value.reason == "binary"


@pytest.mark.parametrize(
    "value",
    [
        "CCCD 038186004512",  # twelve digits read as base64: nine bytes of no text
        "commit 3f2a9c1b7e4d5a6f8b9c0d1e2f3a4b5c6d7e8f90",  # a git hash: twenty bytes
        "msg_01XFDUDYJgAACzvnptvVoYEL",  # an id shaped like base64url
        base64.b64encode(hashlib.sha384(b"nonce").digest()).decode(),  # a nonce, a MAC
    ],
)
def test_a_short_run_of_bytes_that_is_no_text_passes(value: str) -> None:
    """Under 256 bytes, a run that is no text in UTF-8 or UTF-16 passes: one prompt in five of
    the corpora holds one (digits and words read as base64), and what it could carry is
    readable by no one (a value packed as a binary integer is a cipher, which no guard reads)."""
    assert read({"content": value}, policy=POLICY).encoded == {}  # nothing decoded
    assert len(_checked({"content": value})) == 1  # and nothing refused


@pytest.mark.parametrize(
    ("plain", "reason"),
    [
        ("Please write to Mr. John Smith, the owner of the house on Baker Street.", "encoded"),
        ("My password is hunter-gatherer-rabbit-window and it is for the server.", None),
    ],
)
def test_rot13_of_english_is_read(plain: str, reason: str | None) -> None:
    """ROT13 of English was not read (only words that turned into Vietnamese syllables told):
    ``Cyrnfr jevgr gb Ze. Wbua Fzvgu`` went out with a name in it. English function words
    turned back (``gur`` is ``the``) tell too."""
    turned = codecs.encode(plain, "rot13")
    assert ("ROT13", plain) in list(hidden(turned))
    if reason is None:
        with pytest.raises(PromptBlocked):
            _checked({"content": turned})
    else:
        with pytest.raises(UnguardedPath) as refusal:
            _checked({"content": turned})
        assert refusal.value.reason == reason


@pytest.mark.parametrize(
    "plain",
    [
        "To be or not to be, that is the question.",
        "Send the report on the budget by Friday, or call me at the office.",
        "bs ơi cho em hỏi lịch khám của bé vào thứ mấy ạ",
    ],
)
def test_plain_english_and_chat_are_not_taken_for_rot13(plain: str) -> None:
    assert [e for e, _ in hidden(plain) if "ROT13" in e] == []
