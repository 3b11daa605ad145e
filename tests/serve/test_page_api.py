"""The pre-flight page's JSON API (``/page/api/...``): the ANALYSIS of a pasted text and of an
uploaded file (offsets in UTF-16 code units, the mapping that restores, why a text is blocked
and what to do), bad input refused with a clear message (400, 413 before the body is held,
415, 422), fail closed (500 says BLOCKED), the server keeping nothing unless the policy asks
for an audit row (which never holds the text), and ``ai-guard serve --page-only`` for real."""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import anyio
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.testclient import TestClient
from tests.serve.fakes import GOOD_TOKEN, POLICY, Tokens, closed_port, gateway_config

from ai_guard import check_prompt
from ai_guard.cli import main
from ai_guard.detectors import registry
from ai_guard.errors import PolicyError
from ai_guard.models import EntityType
from ai_guard.prompt.redact import PLACEHOLDER
from ai_guard.serve.app import create_app
from ai_guard.serve.config import GatewayConfig, load_config
from ai_guard.serve.digest import key_path, load_key
from ai_guard.serve.page import PageSettings, create_page_app
from ai_guard.serve.page.api import utf16_offsets
from ai_guard.signoff.audit import AuditLog
from ai_guard.testing.strategies import labelled_prompts

CCCD = "001085012345"
NAME = "Nguyễn Văn An"
EMOJI_TEXT = f"😀 Ông {NAME}, CCCD {CCCD} 🇻🇳 đề nghị cấp lại giấy tờ."


def page(**settings: Any) -> TestClient:
    return TestClient(create_page_app(POLICY, PageSettings(**settings)))


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    check_prompt("Ông Nguyễn Văn An", policy=POLICY)  # lexicons loaded once for the module
    with page() as c:
        yield c


def utf16(text: str, start: int, end: int) -> str:
    """``text.slice(start, end)`` as JavaScript reads it."""
    return text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def restore(answer: str, mapping: dict[str, str]) -> str:
    """What the browser does with ``mapping`` (each placeholder it holds, replaced)."""
    return PLACEHOLDER.sub(lambda m: mapping.get(m.group(0), m.group(0)), answer)


def error(r: httpx.Response, status: int, code: str) -> dict[str, str]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/json; charset=utf-8"
    body = r.json()
    assert body["error"]["code"] == code
    message: dict[str, str] = body["error"]["message"]
    assert message["vi"]
    assert message["en"]
    assert message["vi"] != message["en"]
    return message


def docx_bytes(*paragraphs: str) -> bytes:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


SECRET_DOC = (
    "BỘ CÔNG AN",
    "MẬT",
    "Số: 15/BC-CA",
    "BÁO CÁO",
    "Về tình hình an ninh trên địa bàn tỉnh",
    "Nội dung báo cáo gồm các đánh giá về tình hình an ninh trật tự trong quý III.",
)


# -- info --


def test_info_says_what_the_page_needs(client: TestClient) -> None:
    r = client.get("/page/api/info")
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/json; charset=utf-8"
    assert r.headers["cache-control"] == "no-store"
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
    info = r.json()
    assert info["max_upload_bytes"] == 20 * 1024 * 1024
    assert info["max_text_chars"] == 2_000_000
    assert info["audit"] is False
    assert info["policy"] == POLICY.name
    assert {".txt", ".docx", ".pdf", ".html"} <= set(info["accept"])
    assert set(info["entities"]) == {e.value for e in EntityType}
    assert info["entities"]["CCCD"]["en"] == "citizen ID (CCCD) number"


def test_info_offers_only_the_types_this_server_reads(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "docx", None)  # python-docx not installed
    real = __import__("importlib.util").util.find_spec
    monkeypatch.setattr(
        "importlib.util.find_spec", lambda name, *a: None if name == "docx" else real(name, *a)
    )
    assert ".docx" not in client.get("/page/api/info").json()["accept"]
    r = client.post("/page/api/upload", content=b"PK", headers={"X-File-Name": "a.docx"})
    assert "ai-guard[docx]" in error(r, 415, "missing_extra")["en"]


# -- a pasted text --


def test_cccd_and_name_are_redacted_with_utf16_offsets(client: TestClient) -> None:
    r = client.post("/page/api/check", json={"text": EMOJI_TEXT})
    assert r.status_code == 200
    assert r.headers["cache-control"] == "no-store"
    a = r.json()
    assert a["text"] == EMOJI_TEXT
    assert a["decision"] == "redact"
    assert a["block"] is None
    assert a["file"] is None
    assert "CHE" in a["summary"]["vi"]
    assert "REDACT" in a["summary"]["en"]
    found = {f["entity"]: f for f in a["findings"]}
    assert set(found) == {"PERSON", "CCCD"}
    # the emoji before them counts two UTF-16 code units: JavaScript's slice finds the values
    assert utf16(EMOJI_TEXT, found["CCCD"]["start"], found["CCCD"]["end"]) == CCCD
    assert utf16(EMOJI_TEXT, found["PERSON"]["start"], found["PERSON"]["end"]) == NAME
    assert found["CCCD"]["start"] == EMOJI_TEXT.index(CCCD) + 1
    for f in a["findings"]:
        assert f["id"].startswith("f")
        assert f["action"] == "redact"
        assert f["label"]["vi"]
        assert f["label"]["en"]
        assert f["reason"]["vi"].startswith("Phát hiện")
        assert f["placeholder"] in a["redacted_text"]
    assert CCCD not in a["redacted_text"]
    assert NAME not in a["redacted_text"]
    assert a["mapping"] == {
        found["CCCD"]["placeholder"]: CCCD,
        found["PERSON"]["placeholder"]: NAME,
    }
    # the mapping restores what the library restores
    answer = f"Kính gửi {found['PERSON']['placeholder']} (CCCD {found['CCCD']['placeholder']}): ..."
    assert restore(answer, a["mapping"]) == check_prompt(EMOJI_TEXT, policy=POLICY).restore(answer)
    assert restore(a["redacted_text"], a["mapping"]) == EMOJI_TEXT


def test_utf16_offsets() -> None:
    text = "a😀b𝔸c"  # two characters outside the BMP
    at = utf16_offsets(text)
    assert [at(i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 6, 7]
    plain = utf16_offsets("không có emoji")
    assert plain(5) == 5


def test_the_text_is_nfc_and_the_offsets_refer_to_it(client: TestClient) -> None:
    import unicodedata

    decomposed = unicodedata.normalize("NFD", f"Ông {NAME}, CCCD {CCCD}")
    a = client.post("/page/api/check", json={"text": decomposed}).json()
    assert a["text"] == unicodedata.normalize("NFC", decomposed)
    cccd = next(f for f in a["findings"] if f["entity"] == "CCCD")
    assert utf16(a["text"], cccd["start"], cccd["end"]) == CCCD


def test_nothing_found_is_allowed(client: TestClient) -> None:
    a = client.post("/page/api/check", json={"text": "Soạn kế hoạch tập huấn năm 2025."}).json()
    assert a["decision"] == "allow"
    assert a["findings"] == []
    assert a["mapping"] == {}
    assert a["block"] is None
    assert a["redacted_text"] == "Soạn kế hoạch tập huấn năm 2025."
    assert a["summary"]["en"].startswith("Nothing that needs protection")
    c = a["classification"]
    assert c["external_ai_allowed"] is True
    assert c["recommended_action"] == "send"


def test_an_api_key_is_blocked_with_what_to_do(client: TestClient) -> None:
    key = "sk-proj-" + "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z"
    a = client.post("/page/api/check", json={"text": f"Sửa lỗi giúp tôi: OPENAI_KEY={key}"}).json()
    assert a["decision"] == "block"
    assert a["redacted_text"] == ""
    assert a["mapping"] == {}
    assert key not in json.dumps(a["block"]) + json.dumps(a["summary"])
    advice = " ".join(x["en"] for x in a["block"]["advice"])
    assert "revoke" in advice
    assert "thu hồi" in " ".join(x["vi"] for x in a["block"]["advice"])
    assert "head of unit" in a["block"]["advice"][-1]["en"]
    assert any("API secret key" in x["en"] for x in a["block"]["reasons"])


def test_a_protected_file_about_people_is_blocked_even_when_the_check_would_redact(
    client: TestClient,
) -> None:
    text = (
        "ĐƠN KHIẾU NẠI\nKính gửi: Chủ tịch UBND huyện Trảng Bom\n"
        f"Tôi là {NAME}, CCCD {CCCD}, thường trú tại số 12 đường Lê Lợi, khiếu nại quyết "
        "định thu hồi đất số 45/QĐ-UBND. Người bị khiếu nại: Trần Văn Bình. Đề nghị giải quyết "
        "khiếu nại lần đầu."
    )
    check = check_prompt(text, policy=POLICY)
    a = client.post("/page/api/check", json={"text": text}).json()
    c = a["classification"]
    if c["recommended_action"] != "do_not_send":
        pytest.skip("the classifier no longer reads this text as a complaint about people")
    assert check.decision.value == "redact"
    assert a["decision"] == "block"
    assert a["redacted_text"] == ""
    assert a["mapping"] == {}
    assert any("complaint" in x["en"].lower() for x in a["block"]["advice"])
    assert any("1690" in x["vi"] for x in a["block"]["advice"] + a["block"]["reasons"])
    assert "complaint_denunciation" in [x["category"] for x in c["categories"]]


def test_the_classification_is_there_with_utf16_evidence(client: TestClient) -> None:
    text = "😀😀\n" + "\n".join(SECRET_DOC)
    a = client.post("/page/api/check", json={"text": text}).json()
    c = a["classification"]
    assert c["sensitivity"] == "secret"
    assert c["sensitivity_label"] == {"vi": "MẬT", "en": "secret (MẬT)"}
    assert c["doc_type"] == "bao_cao"
    assert c["doc_type_label"]["vi"] == "báo cáo"
    assert c["external_ai_allowed"] is False
    assert c["recommended_action"] == "do_not_send"
    assert all(r["vi"] and r["en"] for r in c["reasons"])
    stamps = [e for e in c["evidence"] if utf16(text, e["start"], e["end"]) == "MẬT"]
    assert stamps, c["evidence"]
    assert a["decision"] == "block"
    assert "MẬT" in a["summary"]["vi"]


# -- an uploaded file --


def test_a_secret_docx_is_blocked_with_reasons_and_advice(client: TestClient) -> None:
    data = docx_bytes(*SECRET_DOC, f"Người liên hệ: {NAME}, CCCD {CCCD}.")
    r = client.post(
        "/page/api/upload", content=data,
        headers={"X-File-Name": "B%C3%A1o%20c%C3%A1o%20m%E1%BA%ADt.docx"},
    )  # fmt: skip
    assert r.status_code == 200, r.text
    a = r.json()
    assert a["file"] == {
        "name": "Báo cáo mật.docx", "size": len(data), "kind": "docx",
        "chars": utf16_len(a["text"]), "converted_from": None, "name_findings": {},
    }  # fmt: skip
    assert "MẬT" in a["text"]
    assert CCCD in a["text"]
    assert a["decision"] == "block"
    assert a["redacted_text"] == ""
    assert a["mapping"] == {}
    reasons = a["block"]["reasons"]
    assert any("«MẬT»" in x["vi"] and "«MẬT»" in x["en"] for x in reasons)
    advice = a["block"]["advice"]
    assert "head of unit" in advice[0]["en"]
    assert "thủ trưởng" in advice[0]["vi"]
    assert "never go to an AI" in advice[0]["en"]
    assert a["classification"]["sensitivity"] == "secret"
    stamp = next(f for f in a["findings"] if f["entity"] == "STATE_SECRET_MARK")
    assert stamp["action"] == "block"
    assert utf16(a["text"], stamp["start"], stamp["end"]) == "MẬT"


def test_a_legacy_encoded_text_file_is_converted_and_said(client: TestClient) -> None:
    text = f"Ông {NAME}, CCCD {CCCD}"
    r = client.post(
        "/page/api/upload", content=text.encode("utf-16"), headers={"X-File-Name": "a.txt"}
    )
    a = r.json()
    assert a["text"] == text
    assert a["file"]["converted_from"] == "utf-16-le"
    assert a["file"]["kind"] == "txt"
    assert a["decision"] == "redact"
    assert CCCD not in a["redacted_text"]


def test_a_csv_list_is_read_by_its_columns(client: TestClient) -> None:
    """A list exported from a spreadsheet (UTF-8 with a BOM, as Excel saves it) is read and its
    columns' values found."""
    table = f"STT,Họ và tên,Số CCCD\n1,{NAME},{CCCD}\n"
    r = client.post(
        "/page/api/upload",
        content=table.encode("utf-8-sig"),
        headers={"X-File-Name": "danh_sach.csv"},
    )
    a = r.json()
    assert a["file"]["kind"] == "csv"
    assert a["decision"] == "redact"
    assert NAME not in a["redacted_text"]
    assert CCCD not in a["redacted_text"]
    assert ".csv" in client.get("/page/api/info").json()["accept"]


def test_a_corrupt_docx_is_422(client: TestClient) -> None:
    good = docx_bytes("Xin chào")
    for broken in (b"not a zip at all", good[: len(good) // 2]):
        r = client.post(
            "/page/api/upload", content=broken, headers={"X-File-Name": "h%E1%BB%8Fng.docx"}
        )
        message = error(r, 422, "unreadable")
        assert "docx" in message["en"]
        assert "hỏng" in message["vi"]


def test_unreadable_pdfs_and_empty_files_are_422(client: TestClient) -> None:
    pytest.importorskip("pypdf")
    r = client.post(
        "/page/api/upload", content=b"%PDF-1.4 garbage", headers={"X-File-Name": "a.pdf"}
    )
    error(r, 422, "unreadable")
    r = client.post("/page/api/upload", content=b"", headers={"X-File-Name": "a.txt"})
    error(r, 422, "empty_file")
    r = client.post(
        "/page/api/upload", content=b"\x00\xff\xfe\x00\x81" * 50, headers={"X-File-Name": "a.txt"}
    )
    error(r, 422, "unreadable")


@pytest.mark.parametrize(
    ("name", "code"),
    [("setup.exe", "unsupported_type"), ("scan.png", "unsupported_type"),
     ("Makefile", "unsupported_type"), ("c%C5%A9.ppt", "unsupported_type")],
)  # fmt: skip
def test_wrong_types_are_415(client: TestClient, name: str, code: str) -> None:
    r = client.post("/page/api/upload", content=b"MZ\x90\x00", headers={"X-File-Name": name})
    message = error(r, 415, code)
    if code == "unsupported_type":
        assert ".docx" in message["en"]
        assert ".txt" in message["vi"]
    else:
        assert ".docx" in message["en"]


def test_file_names(client: TestClient) -> None:
    r = client.post("/page/api/upload", content=b"x")
    error(r, 400, "file_name_missing")
    r = client.post("/page/api/upload", content=b"x", headers={"X-File-Name": "a%0Ab.txt"})
    error(r, 400, "file_name_invalid")
    r = client.post("/page/api/upload", content=b"x", headers={"X-File-Name": "x" * 300 + ".txt"})
    error(r, 400, "file_name_invalid")
    r = client.post(
        "/page/api/upload", content=b"xin chao", headers={"X-File-Name": "..%2F..%2Fetc%2Fa.txt"}
    )
    assert r.json()["file"]["name"] == "a.txt"  # a path is cut to its last part


# -- sizes: refused while the body streams in --


def post_streamed(
    app: Any, path: str, total: int, *, chunk: int, headers: dict[str, str]
) -> tuple[int, dict[str, Any], int]:
    """POST ``total`` bytes to the ASGI ``app`` in chunks of ``chunk``; the status, the JSON
    answer and how many bytes the app asked for before answering."""
    sent = 0
    messages: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        nonlocal sent
        size = min(chunk, total - sent)
        sent += size
        return {"type": "http.request", "body": b"a" * size, "more_body": sent < total}

    async def send(message: dict[str, Any]) -> None:
        messages.append(message)

    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
        "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": b"",
        "root_path": "", "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80),
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
    }  # fmt: skip

    async def run() -> None:
        await app(scope, receive, send)

    anyio.run(run)
    start = next(m for m in messages if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.response.body")
    return start["status"], json.loads(body), sent


def test_a_50_mb_upload_is_413_before_it_is_held() -> None:
    app = create_page_app(POLICY, PageSettings())
    mib = 1024 * 1024
    # chunked (no length said): read up to the limit, then refused
    status, body, read = post_streamed(
        app, "/page/api/upload", 50 * mib, chunk=mib, headers={"x-file-name": "big.txt"}
    )
    assert status == 413
    assert body["error"]["code"] == "body_too_large"
    assert str(20 * mib) in body["error"]["message"]["en"]
    assert read <= 21 * mib
    # a length said up front: refused before a byte is read
    status, body, read = post_streamed(
        app, "/page/api/upload", 50 * mib, chunk=mib,
        headers={"x-file-name": "big.txt", "content-length": str(50 * mib)},
    )  # fmt: skip
    assert (status, read) == (413, 0)


def test_the_upload_limit_is_configurable() -> None:
    app = create_page_app(POLICY, PageSettings(max_upload_bytes=1000))
    status, _, read = post_streamed(
        app, "/page/api/upload", 1001, chunk=300, headers={"x-file-name": "a.txt"}
    )
    assert status == 413
    assert read == 1001
    status, body, _ = post_streamed(
        app, "/page/api/upload", 1000, chunk=300, headers={"x-file-name": "a.txt"}
    )
    assert status == 200
    assert body["file"]["size"] == 1000
    with TestClient(app) as c:
        r = c.post("/page/api/check", json={"text": "x" * 2000})
        assert "1000" in error(r, 413, "body_too_large")["vi"]
        assert c.get("/page/api/info").json()["max_upload_bytes"] == 1000


def test_the_text_limit() -> None:
    with page(max_text_chars=10) as c:
        r = c.post("/page/api/check", json={"text": "x" * 11})
        assert "11" in error(r, 413, "text_too_long")["en"]
        assert c.post("/page/api/check", json={"text": "x" * 10}).status_code == 200
        r = c.post("/page/api/upload", content=b"y" * 11, headers={"X-File-Name": "a.txt"})
        error(r, 413, "text_too_long")


# -- bad requests --


JSON = {"content-type": "application/json"}


@pytest.mark.parametrize(
    ("body", "code"),
    [(b'{"text": "\xff\xfe"}', "bad_json"), (b'{"text": ', "bad_json"), (b"", "bad_json"),
     (b'["text"]', "not_object"), (b"{}", "text_missing"), (b'{"tex": "a"}', "text_missing"),
     (b'{"text": 5}', "text_not_string"), (b'{"text": null}', "text_not_string"),
     (b'{"text": "a\\ud800b"}', "text_invalid")],
)  # fmt: skip
def test_bad_check_bodies_are_400(client: TestClient, body: bytes, code: str) -> None:
    error(client.post("/page/api/check", content=body, headers=JSON), 400, code)


def test_check_takes_json_only(client: TestClient) -> None:
    r = client.post("/page/api/check", content=b"text=a", headers={"content-type": "text/plain"})
    assert "application/json" in error(r, 415, "not_json")["en"]


def test_methods_and_unknown_paths_answer_in_the_page_shape(client: TestClient) -> None:
    assert "POST" in error(client.get("/page/api/check"), 405, "method")["en"]
    assert "GET" in error(client.post("/page/api/info"), 405, "method")["en"]
    assert "/page/api/check" in error(client.get("/page/api/nothing"), 404, "not_found")["en"]
    error(client.get("/v1/models"), 404, "not_found")
    assert client.get("/healthz").json() == {"status": "ok"}


# -- fail closed --


class BoomDetector:
    id = "test.boom"
    entities = (EntityType.PHONE,)

    def detect(self, doc: Any) -> Any:
        raise RuntimeError("boom")


def test_a_failing_detector_blocks(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "_registered", [BoomDetector()])
    a = client.post("/page/api/check", json={"text": f"Ông {NAME}, CCCD {CCCD}"}).json()
    assert a["decision"] == "block"
    assert a["redacted_text"] == ""
    assert a["mapping"] == {}
    assert any("test.boom" in x["en"] for x in a["block"]["reasons"])
    assert any("administrator" in x["en"] for x in a["block"]["advice"])
    assert "could not be fully checked" in a["summary"]["en"]


def test_an_exception_in_the_check_is_500_and_blocked(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("engine bug")

    monkeypatch.setattr("ai_guard.prompt.check_prompt", broken)
    with caplog.at_level(logging.INFO, logger="ai_guard.serve"):
        r = client.post("/page/api/check", json={"text": f"CCCD {CCCD}"})
    message = error(r, 500, "internal")
    assert "BLOCKED" in message["en"]
    assert "CHẶN" in message["vi"]
    assert r.headers["x-request-id"] in message["en"]
    assert CCCD not in caplog.text


# -- what the server keeps --


def test_the_page_only_server_keeps_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.chdir(tmp_path)
    with caplog.at_level(logging.INFO, logger="ai_guard.serve"), page() as c:
        c.post("/page/api/check", json={"text": EMOJI_TEXT})
        c.post(
            "/page/api/upload", content=EMOJI_TEXT.encode(),
            headers={"X-File-Name": "Don%20cua%20Nguyen%20Van%20An.txt"},
        )  # fmt: skip
    assert list(tmp_path.iterdir()) == []  # no audit log, no file
    lines = [json.loads(r.getMessage()) for r in caplog.records if r.name == "ai_guard.serve"]
    assert [(x["route"], x["decision"], x["findings"]) for x in lines] == [
        ("page.check", "redact", {"CCCD": 1, "PERSON": 1}),
        ("page.upload", "redact", {"CCCD": 1, "PERSON": 1}),
    ]
    assert CCCD not in caplog.text
    assert "Nguyen" not in caplog.text
    assert NAME not in caplog.text


@pytest.fixture
def gateway_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIG_TEST_UPSTREAM_KEY", "sk-test")


def gateway(log: Any, **page: Any) -> TestClient:
    config = gateway_config(f"http://127.0.0.1:{closed_port()}")
    config = config.model_copy(update={"page": PageSettings(**page)})
    return TestClient(create_app(config, POLICY, tokens=Tokens(), audit=log))


@pytest.mark.usefixtures("gateway_env")
def test_the_gateway_serves_the_page_without_a_token_and_records_nothing(tmp_path: Path) -> None:
    audit = AuditLog(tmp_path / "audit.sqlite3")
    with gateway(audit) as c:
        a = c.post("/page/api/check", json={"text": EMOJI_TEXT}).json()
        assert a["decision"] == "redact"
        assert c.get("/page/api/info").json()["audit"] is False
        error(c.get("/page/api/check"), 405, "method")  # the page's shape, not the gateway's
        # the gateway's own routes are untouched: still a token first
        assert c.get("/v1/models").status_code == 401
    assert [r.action for r in audit.records()] == ["gateway:models"]
    audit.close()


@pytest.mark.usefixtures("gateway_env")
def test_with_audit_on_each_check_is_one_row_without_the_text(tmp_path: Path) -> None:
    path = tmp_path / "audit.sqlite3"
    audit = AuditLog(path)
    with gateway(audit, audit=True) as c:
        assert c.get("/page/api/info").json()["audit"] is True
        c.post("/page/api/check", json={"text": EMOJI_TEXT})
        c.post(
            "/page/api/upload", content=docx_bytes(*SECRET_DOC, f"CCCD {CCCD}"),
            headers={"X-File-Name": quote(f"{NAME}.docx")},
        )  # fmt: skip
        c.post("/page/api/upload", content=b"MZ", headers={"X-File-Name": "a.exe"})  # not checked
    rows = list(audit.records())
    assert [(r.action, r.outcome) for r in rows] == [
        ("page:check", "redact"),
        ("page:upload", "block"),
    ]
    assert rows[0].findings == {"CCCD": 1, "PERSON": 1}
    # keyed (gw16): the key beside the log, 0600; a plain SHA-256 is no longer written
    key = load_key(key_path(path), create=False)
    assert rows[0].digest == hmac.new(key, EMOJI_TEXT.encode(), hashlib.sha256).hexdigest()
    assert rows[0].digest != hashlib.sha256(EMOJI_TEXT.encode()).hexdigest()
    assert rows[0].role == "page"
    assert "kind=docx" in rows[1].reason
    assert audit.verify().ok
    audit.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    for value in (CCCD, NAME, "Nguy", "MẬT", "Văn An"):
        assert value.encode() not in raw
    assert CCCD.encode("utf-16-le") not in raw


@pytest.mark.usefixtures("gateway_env")
def test_an_audit_log_that_cannot_be_written_refuses_the_answer(tmp_path: Path) -> None:
    class Broken:
        def append(self, **row: Any) -> None:
            raise OSError("disk full")

    with gateway(Broken(), audit=True) as c:
        r = c.post("/page/api/check", json={"text": EMOJI_TEXT})
    message = error(r, 503, "audit_failed")
    assert "BLOCKED" in message["en"]
    assert CCCD not in r.text


@pytest.mark.usefixtures("gateway_env")
def test_the_page_can_be_switched_off(tmp_path: Path) -> None:
    audit = AuditLog(tmp_path / "audit.sqlite3")
    with gateway(audit, enabled=False) as c:
        r = c.post("/page/api/check", json={"text": "a"})
        assert r.status_code == 401  # the gateway's: an unknown route, a caller first
        r = c.post(
            "/page/api/check", json={"text": "a"}, headers={"authorization": f"Bearer {GOOD_TOKEN}"}
        )
        assert r.status_code == 404
        assert r.json()["error"]["type"] == "not_found_error"
    audit.close()


def test_audit_on_without_a_log_is_refused() -> None:
    with pytest.raises(PolicyError, match=r"gateway\.page\.audit"):
        create_page_app(POLICY, PageSettings(audit=True), None)


# -- configuration --


def test_the_page_table_is_read_and_checked(tmp_path: Path) -> None:
    upstream = (
        '[[gateway.upstreams]]\nname = "u"\nkind = "openai"\nbase_url = "http://127.0.0.1:1/v1"\n'
        'api_key_env = "X"\nmodels = ["m"]\n'
    )
    path = tmp_path / "ai-guard.toml"
    path.write_text(f"[gateway.page]\nmax_upload_bytes = 5000\naudit = true\n{upstream}", "utf-8")
    config, _ = load_config(path)
    assert config.page == PageSettings(max_upload_bytes=5000, audit=True)
    assert GatewayConfig.from_mapping({"upstreams": []}, page_only=True).page == PageSettings()
    for table, key in [
        ("max_upload_bytes = 0", "gateway.page.max_upload_bytes"),
        ('max_text_chars = "10"', "gateway.page.max_text_chars"),
        ('audit = "yes"', "gateway.page.audit"),
        ("max_upload = 5", "gateway.page.max_upload"),
    ]:
        path.write_text(f"[gateway.page]\n{table}\n{upstream}", "utf-8")
        with pytest.raises(PolicyError) as info:
            load_config(path)
        assert info.value.key == key
    # the page alone needs no upstream, nor a [gateway] table at all
    path.write_text('name = "agency"\n', "utf-8")
    config, policy = load_config(path, page_only=True)
    assert (config.host, config.upstreams, policy.name) == ("127.0.0.1", (), "agency")
    with pytest.raises(PolicyError, match="upstream"):
        load_config(path)


# -- ai-guard serve --page-only --


def test_page_only_with_the_page_switched_off_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ai-guard.toml"
    path.write_text("[gateway.page]\nenabled = false\n", "utf-8")
    assert main(["serve", "--page-only", "--policy", str(path), "--lang", "en"]) == 2
    assert "gateway.page.enabled" in capsys.readouterr().err


def test_page_only_serves_the_page_and_nothing_else(tmp_path: Path) -> None:
    path = tmp_path / "ai-guard.toml"
    path.write_text('name = "agency"\n', "utf-8")  # no [gateway] table, no upstream, no token
    port = closed_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "ai_guard.cli", "serve", "--page-only", "--policy", str(path),
         "--port", str(port), "--lang", "en"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120  # start-up: 5 s of wall time for 0.6 s of CPU, loaded
        while True:
            try:
                if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            assert time.monotonic() < deadline, "ai-guard serve --page-only did not start"
            time.sleep(0.1)
        info = httpx.get(f"{url}/page/api/info", timeout=5).json()
        assert info["policy"] == "agency"
        assert info["audit"] is False
        a = httpx.post(f"{url}/page/api/check", json={"text": EMOJI_TEXT}, timeout=30).json()
        assert a["decision"] == "redact"
        chat = httpx.post(f"{url}/v1/chat/completions", json={"model": "m"}, timeout=5)
        assert chat.status_code == 404
        assert chat.json()["error"]["code"] == "not_found"
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    assert f"page only, no gateway) listening on http://127.0.0.1:{port}/" in err
    assert CCCD not in err
    assert NAME not in err
    assert list(tmp_path.iterdir()) == [path]  # nothing kept


# -- properties --


_texts = st.one_of(
    st.text(max_size=200),
    labelled_prompts().map(lambda p: p.text),
    st.tuples(st.text(max_size=20), labelled_prompts(), st.text(max_size=20)).map(
        lambda t: t[0] + t[1].text + t[2]
    ),
    st.tuples(st.sampled_from(["😀", "𝔸", "🇻🇳 "]), labelled_prompts()).map(
        lambda t: t[0] * 3 + t[1].text
    ),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=_texts)
def test_any_text_gets_a_well_formed_analysis(client: TestClient, text: str) -> None:
    r = client.post("/page/api/check", json={"text": text})
    assert r.status_code == 200, r.text
    a = r.json()
    shown = a["text"]
    size = utf16_len(shown)
    assert a["decision"] in ("allow", "redact", "block")
    assert a["summary"]["vi"]
    assert a["summary"]["en"]
    assert (a["block"] is None) == (a["decision"] != "block")
    for f in a["findings"]:
        assert 0 <= f["start"] <= f["end"] <= size
        assert f["reason"]["vi"]
        assert f["reason"]["en"]
        if f["action"] == "redact" and a["decision"] == "redact":
            value = utf16(shown, f["start"], f["end"])
            assert a["mapping"][f["placeholder"]] == value
            inside = [p for p in a["mapping"] if value in p]
            if len(value) >= 3 and not inside:
                assert value not in a["redacted_text"]
    for e in a["classification"]["evidence"]:
        assert 0 <= e["start"] <= e["end"] <= size
    if a["decision"] == "block":
        assert a["redacted_text"] == ""
        assert a["mapping"] == {}
        assert a["block"]["reasons"]
        assert a["block"]["advice"]
    else:
        assert restore(a["redacted_text"], a["mapping"]) == shown


def test_page_only_records_checks_in_the_configured_log_when_asked(tmp_path: Path) -> None:
    from ai_guard.cli import serve as serve_cli

    path = tmp_path / "ai-guard.toml"
    log = tmp_path / "page-audit.sqlite3"
    path.write_text(f'[gateway]\naudit_log = "{log}"\n\n[gateway.page]\naudit = true\n', "utf-8")
    config, policy = load_config(path, page_only=True)
    with TestClient(serve_cli._page_app(config, policy)) as c:
        assert c.get("/page/api/info").json()["audit"] is True
        assert c.post("/page/api/check", json={"text": EMOJI_TEXT}).status_code == 200
    audit = AuditLog(log, create=False)
    assert [(r.action, r.outcome) for r in audit.records()] == [("page:check", "redact")]
    audit.close()
    assert CCCD.encode() not in b"".join(p.read_bytes() for p in tmp_path.iterdir())


def test_a_category_the_agency_protects_gets_general_advice() -> None:
    from ai_guard.models import Category
    from ai_guard.policy import Policy

    policy = Policy(load_plugins=False, protected_categories=frozenset({Category.FINANCE}))
    text = (
        f"Ông {NAME}, số tài khoản 0071000123456 tại Vietcombank, dư nợ khoản vay 500 triệu "
        "đồng, sao kê ngân hàng tháng 10, đề nghị giải ngân khoản vay tín dụng."
    )
    with TestClient(create_page_app(policy, PageSettings())) as c:
        a = c.post("/page/api/check", json={"text": text}).json()
    assert a["classification"]["recommended_action"] == "do_not_send"
    assert a["decision"] == "block"
    assert "finance" in a["summary"]["en"]
    # no advice written for that category: the general one, not "remove the marked data"
    assert a["block"]["advice"][0]["en"].startswith("Do not send this text to an external AI")
    assert all("marked data" not in x["en"] for x in a["block"]["advice"])


# -- gw17: an uploaded file's name is a part of it ----------------------------------------------


def _upload(client: TestClient, name: str, text: str) -> dict[str, Any]:
    r = client.post(
        "/page/api/upload", content=text.encode("utf-8"), headers={"X-File-Name": quote(name)}
    )
    assert r.status_code == 200, r.text
    return dict(r.json())


def test_a_file_whose_name_holds_personal_data_is_not_safe_to_send_as_it_is(
    client: TestClient,
) -> None:
    """A file goes to a chatbot with its name: on main a clean text in a file named after a
    citizen and a CCCD was ``allow`` ("safe to send") though the name went unread. Now the
    name is checked too: what it holds says the file itself must not be uploaded (send the
    redacted text), and a stamp in the name blocks."""
    body = "Kính gửi phòng: đề nghị cho ý kiến về thủ tục cấp lại giấy tờ."
    plain = _upload(client, "de-nghi.txt", body)
    assert plain["decision"] == "allow"
    assert plain["file"]["name_findings"] == {}
    named = _upload(client, f"Đơn của {NAME} - CCCD {CCCD}.txt", body)
    assert named["decision"] == "redact"
    assert named["file"]["name_findings"] == {"CCCD": 1, "PERSON": 1}
    assert named["redacted_text"] == body  # the text to send instead of the file
    assert "tên tệp" in named["summary"]["vi"]
    assert "file's name" in named["summary"]["en"]
    assert CCCD not in json.dumps(named["summary"], ensure_ascii=False)
    stamped = _upload(client, "Báo cáo TỐI MẬT.txt", body)
    assert stamped["decision"] == "block"
    assert stamped["redacted_text"] == ""
    assert any("tên tệp" in r["vi"].lower() for r in stamped["block"]["reasons"])
