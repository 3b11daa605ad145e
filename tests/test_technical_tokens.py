"""The digits of a technical token (a UUID, a hash, a JWT, a MAC address, a hex dump, a
semver, a size, a code key's value) never open an identifier; real identifiers next to such
tokens are still found (text.technical, read through text.numbers)."""

from __future__ import annotations

import base64
import hashlib
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import check_prompt
from ai_guard.text.technical import technical_at
from benchmarks.technical_tokens import IDENTIFIERS, TEMPLATES

#: lines a value is pasted inside: the benchmark's (none names an identifier)
_LINES = st.sampled_from(TEMPLATES)


def _identifiers_inside(text: str, value: str) -> list[str]:
    lo = text.index(value)
    hi = lo + len(value)
    return [
        f"{f.entity} {text[f.start : f.end]!r}"
        for f in check_prompt(text).findings
        if str(f.entity) in IDENTIFIERS and f.start < hi and f.end > lo
    ]


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _jwt(claims: dict[str, object], signature: bytes) -> str:
    header = _b64url(b'{"alg":"HS256","typ":"JWT"}')
    body = _b64url(json.dumps(claims, separators=(",", ":")).encode())
    return f"{header}.{body}.{_b64url(signature)}"


_DIGEST = st.builds(
    lambda raw, name: hashlib.new(name, raw).hexdigest(),
    st.binary(max_size=64),
    st.sampled_from(["md5", "sha1", "sha256"]),
)
_VALUES = st.one_of(
    st.uuids(version=4).map(str),
    st.uuids(version=4).map(lambda u: str(u).upper()),
    st.uuids(version=4).map(lambda u: u.hex),
    _DIGEST,
    _DIGEST.map(lambda h: h[: 7 + len(h) % 6]),  # a git short SHA
    st.binary(min_size=16, max_size=48).map(lambda raw: base64.b64encode(raw).decode()),
    st.binary(min_size=16, max_size=48).map(_b64url),
    st.builds(
        lambda iat, life, sig, jti: _jwt({"iat": iat, "exp": iat + life, "jti": jti}, sig),
        st.integers(1_400_000_000, 1_900_000_000),
        st.integers(60, 10**7),
        st.binary(min_size=32, max_size=32),
        _DIGEST,
    ),
)


@settings(max_examples=150, deadline=None, derandomize=True, database=None)
@given(_VALUES, _LINES)
def test_no_identifier_inside_a_uuid_hash_jwt_or_base64_value(value: str, line: str) -> None:
    text = line.format(tok=value)
    assert _identifiers_inside(text, value) == []


# the benchmark's draws that read as an identifier before text.technical, one per kind
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "curl -H 'X-Request-Id: c95cc577-c0fa-4b7d-96ed-33e8693a0b56' https://api.x/v1",
            "c95cc577-c0fa-4b7d-96ed-33e8693a0b56",
        ),
        ("E0EA395D-C48E-4EF3-9F89-2F2659030BC4", "E0EA395D-C48E-4EF3-9F89-2F2659030BC4"),
        (
            "1598384800d50c9bc9a59037017d38768e6349d389f226f6fbf3b7c6faf9b340",
            "1598384800d50c9bc9a59037017d38768e6349d389f226f6fbf3b7c6faf9b340",
        ),
        ('{"level":"error","trace_id":"43d24669fb20","msg":"x"}', "43d24669fb20"),
        ("request failed with id 7b3e21567761, please check the logs", "7b3e21567761"),
        ("curl -H 'X-Request-Id: 800895839341' https://api.x/v1", "800895839341"),
        ("dd fd 31 b2 b8 b7 1e fa 6b bb 08 32 97 82 23 bf", "08 32 97 82 23"),
        (
            "request_id=79 0f 4c 06 03 62 47 19 9f 65 b4 42 62 d0 48 b4 trả về 500",
            "06 03 62 47 19 9f",
        ),
        ("000a3f20: 4a6f 0912 3456 7812 2044 6f65 beef 0a0b", "0912 3456 7812"),
        ("request_id=58-20-27-32-b6-26 trả về 500", "58-20-27-32-b6-26"),
        ("MAC 72-22-B6-02-17-3B", "72-22-B6-02-17-3B"),
        ("7.3.28+build.3749779797", "7.3.28+build.3749779797"),
        ("17.13.44-beta.26+20220722.34ca596", "17.13.44-beta.26+20220722.34ca596"),
        ("v2.0.3.0912345678", "v2.0.3.0912345678"),
        ('{"trace_id":"VNP874339457342","msg":"timeout"}', "VNP874339457342"),
        ("request failed with id VNP232024793692, please", "VNP232024793692"),
        ("93990.5MB", "93990.5MB"),
        ("file 104857600bytes", "104857600bytes"),
        ('{"iat":1580421135,"exp":1617809794}', "1580421135"),
        ("ts=1598384800 size=1101245486", "1101245486"),
        ("ts=1598384800 size=1101245486", "1598384800"),
        ("Lỗi khi gọi API, request_id=99309422469B trả về 500", "99309422469B"),
        ("request failed with id 5.6.2.247080614, please", "5.6.2.247080614"),
        # an all-digit short SHA after a request's "id": the bare ID is no citizen's there
        ("request failed with id 389963541446, please check the logs", "389963541446"),
        ("trace id 389963541446", "389963541446"),
    ],
)
def test_a_technical_tokens_digits_open_no_identifier(text: str, value: str) -> None:
    assert _identifiers_inside(text, value) == []


# real identifiers beside technical tokens, and the forms that stay the detectors' to read
@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        ("CCCD: 001203004567 uuid=c95cc577-c0fa-4b7d-96ed-33e8693a0b56", "001203004567", "CCCD"),
        (
            '{"ts":"2024-05-12T09:30:15Z","trace_id":"5d091907-7761-4beb-8b44-826f5515d501",'
            '"phone":"0912345678"}',
            "0912345678",
            "PHONE",
        ),
        (
            "mst,sha256\n0101245486,"
            "1598384800d50c9bc9a59037017d38768e6349d389f226f6fbf3b7c6faf9b340",
            "0101245486",
            "TAX_CODE",
        ),
        ("commit 3f9a2c1 sửa lỗi; sdt khách 0912345678", "0912345678", "PHONE"),
        ("SĐT 0912.345.678-anh Minh", "0912.345.678", "PHONE"),
        ("sdt:0912345678", "0912345678", "PHONE"),
        ("phone_number=0912345678", "0912345678", "PHONE"),
        ('"cccd_no": "0010850123a5"', "0010850123a5", "CCCD"),
        ("Số CCCD 0010850123a5", "0010850123a5", "CCCD"),
        ("user_id=001203004567", "001203004567", "CCCD"),
        ("stk: 0491000508639MB", "0491000508639", "BANK_ACCOUNT"),
        ("STK 0491000508639 MB", "0491000508639", "BANK_ACCOUNT"),
        ("mst 0101245486 cập nhật lúc 2024-05-12T09:30:15.123456Z", "0101245486", "TAX_CODE"),
        ("ID 001203004567", "001203004567", "CCCD"),
        ("Order ID 001203004567", "001203004567", "CCCD"),  # validated: found without a cue
        ("bordering ID 389963541446", "389963541446", "CCCD"),  # "order" inside a word
        # a cue typed against its number is hex-shaped, not a hash: its letters never follow
        # a digit
        ("CCCD001203004567", "001203004567", "CCCD"),
        ("cccd001203004567", "001203004567", "CCCD"),
        ("0912345678abc", "0912345678", "PHONE"),
        ("CCCD 0O1203004567", "0O1203004567", "CCCD"),
        ("dd fd 31 b2 sdt 0912 345 678", "0912 345 678", "PHONE"),
    ],
)
def test_identifiers_beside_technical_tokens_are_found(text: str, value: str, entity: str) -> None:
    lo = text.index(value)
    found = [
        (str(f.entity), text[f.start : f.end])
        for f in check_prompt(text).findings
        if f.start <= lo and lo + len(value) <= f.end
    ]
    assert (entity, value) in found


@pytest.mark.parametrize(
    ("text", "digits", "expected"),
    [
        ("id 5d091907-7761-4beb-8b44-826f5515d501", "826", "5d091907-7761-4beb-8b44-826f5515d501"),
        ("a3f 0912345678", "0912345678", None),  # a word before, a space: nothing glued
        ("0912345678", "0912345678", None),
        ("0912345678nhé", "0912345678", None),  # chat glued to its word: not technical
        ("goi0912345678", "0912345678", None),
        ("1.20.300", "1.20.300", None),  # a number in dots may be one
        ("00-12-03-00-45-67", "00-12-03-00-45-67", None),  # pairs of digits, no MAC letter
        ("so_cmnd=a0123456789", "0123456789", None),  # a key naming an identifier
        ("bytes: 1101245486", "1101245486", (7, 17)),
        # OCR's 8 read as "B": the only hex letter OCR makes, no hash's
        ("Mã số BHXH: 022222BBB0", "022222BBB0", None),
        # a key's name is no proof: what opens as an identifier is read as one (fail closed)
        ("bytes: 0101245486", "0101245486", None),
        ('{"limit": 84912345678}', "84912345678", None),
        ("size=001203004567", "001203004567", None),
        ("size=100120300456", "100120300456", None),
        ('"created_at": 1700000000', "1700000000", (14, 24)),
        ('"created_at": 0912345678', "0912345678", None),  # no Unix time
    ],
)
def test_technical_at(text: str, digits: str, expected: object) -> None:
    start = text.index(digits)
    span = technical_at(text, start, start + len(digits))
    if isinstance(expected, str):
        lo = text.index(expected)
        assert span == (lo, lo + len(expected))
    else:
        assert span == expected
