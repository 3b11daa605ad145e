"""The page's files as the server hands them out: types, strict headers, nothing else served,
and nothing in them that reaches outside the agency's network (no browser needed)."""

from __future__ import annotations

import asyncio
import json
import re
from importlib import resources
from typing import Any
from urllib.parse import unquote

import pytest

pytest.importorskip("starlette")

from starlette.applications import Starlette
from starlette.testclient import TestClient

from ai_guard.serve.page.assets import ASSETS, PAGE_HEADERS, asset_routes

STATIC = resources.files("ai_guard.serve.page") / "static"
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'"
)


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(Starlette(routes=asset_routes()))


def _strict(headers: object) -> None:
    get = headers.get  # type: ignore[attr-defined]
    assert get("content-security-policy") == CSP
    assert get("x-content-type-options") == "nosniff"
    assert get("referrer-policy") == "no-referrer"
    assert get("cache-control") == "no-store"


def test_index_is_the_page(client: TestClient) -> None:
    answer = client.get("/")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "text/html; charset=utf-8"
    assert answer.content == (STATIC / "index.html").read_bytes()
    _strict(answer.headers)


@pytest.mark.parametrize(
    ("name", "content_type"),
    [
        ("index.html", "text/html; charset=utf-8"),
        ("page.css", "text/css; charset=utf-8"),
        ("page.js", "text/javascript; charset=utf-8"),
        ("icon.svg", "image/svg+xml"),
    ],
)
def test_each_file_with_its_type(client: TestClient, name: str, content_type: str) -> None:
    answer = client.get(f"/page/static/{name}")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == content_type
    assert answer.content == (STATIC / name).read_bytes()
    _strict(answer.headers)


def test_every_shipped_file_is_listed_and_every_listed_file_ships() -> None:
    shipped = {p.name for p in STATIC.iterdir() if p.is_file()}
    assert shipped == set(ASSETS)


@pytest.mark.parametrize(
    "path",
    [
        "/page/static/nope.js",
        "/page/static/../assets.py",
        "/page/static/%2e%2e/assets.py",
        "/page/static/..%2fassets.py",
        "/page/static/%2e%2e%2f%2e%2e%2f__init__.py",
        "/page/static/static/page.js",
        "/page/static/page.js/",
        "/page/static/..\\assets.py",
        "/page/static/PAGE.JS",
        "/page/static/",
    ],
)
def test_anything_else_is_not_found(path: str) -> None:
    """Sent as written (an HTTP client would resolve the ``..``; an attacker's does not)."""
    status, headers, body = _raw_get(path)
    assert status == 404
    error = json.loads(body)["error"]
    assert error["code"] == "not_found"
    assert error["message"]["vi"]
    assert error["message"]["en"]
    _strict(headers)


def _raw_get(raw: str) -> tuple[int, dict[str, str], bytes]:
    """One GET through the ASGI app with the path exactly as given (percent-decoded the way
    a server does, ``..`` left alone)."""
    app = Starlette(routes=asset_routes())
    sent: list[dict[str, Any]] = []
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": unquote(raw),
        "raw_path": raw.encode(),
        "root_path": "",
        "query_string": b"",
        "headers": [(b"host", b"testserver")],
        "server": ("testserver", 80),
        "client": ("127.0.0.1", 1),
    }

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    asyncio.run(app(scope, receive, send))
    start = sent[0]
    headers = {k.decode().lower(): v.decode() for k, v in start["headers"]}
    body = b"".join(m.get("body", b"") for m in sent[1:])
    return start["status"], headers, body


def test_files_are_read_only(client: TestClient) -> None:
    assert client.post("/page/static/page.js").status_code == 405
    assert client.post("/").status_code == 405


def test_page_headers_are_the_contracts() -> None:
    assert PAGE_HEADERS["Content-Security-Policy"] == CSP


_OUTSIDE = re.compile(r"(?i)\b(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}|@import|@font-face|url\(")


@pytest.mark.parametrize("name", sorted(ASSETS))
def test_nothing_reaches_outside(name: str) -> None:
    """Offline on the agency network: no address outside the server, no web font, no import.
    (The SVG's own namespace URI is a name, not something fetched.)"""
    text = (STATIC / name).read_text(encoding="utf-8")
    text = text.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert not _OUTSIDE.search(text), _OUTSIDE.search(text)


def test_no_inline_script_or_style_for_the_csp_to_refuse() -> None:
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    assert "<style" not in html
    assert " style=" not in html
    assert not re.search(r"(?i)\son[a-z]+=", html)  # onclick=, onload= ...
    for script in re.finditer(r"<script([^>]*)>(.*?)</script>", html, re.S):
        assert 'src="/page/static/' in script.group(1)
        assert script.group(2).strip() == ""
    js = (STATIC / "page.js").read_text(encoding="utf-8")
    # user text enters the page as text nodes only
    assert "innerHTML" not in js
    assert "outerHTML" not in js
    assert "insertAdjacentHTML" not in js
    assert "document.write" not in js
    assert "eval(" not in js


def test_every_ui_string_in_both_languages() -> None:
    js = (STATIC / "page.js").read_text(encoding="utf-8")
    tables = re.search(
        r"const STRINGS = \{\n  vi: \{(.*?)\n  \},\n  en: \{(.*?)\n  \},\n\};", js, re.S
    )
    assert tables
    key = re.compile(r"^    (\w+):", re.M)
    vi, en = (set(key.findall(part)) for part in tables.groups())
    assert vi == en
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    used = set(re.findall(r'data-i18n(?:-placeholder)?="(\w+)"', html))
    assert used <= vi
