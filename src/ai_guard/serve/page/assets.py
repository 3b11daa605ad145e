"""The pre-flight page's files: ``GET /`` (the page) and ``GET /page/static/{name}``.

Every file ships inside the package (``static/``, read with :mod:`importlib.resources`): the
page works on an agency network with no way out (no CDN, no web font from outside). Only the
names in :data:`ASSETS` are served; any other name (an unknown file, a path with ``/``, ``..``,
a backslash, an encoded separator) is answered 404 with the error shape of the page's API, so
no request reaches a file the package did not list.

Every answer carries :data:`PAGE_HEADERS`: a Content-Security-Policy that lets the page load
only its own files and talk only to its own server (no inline script or style, no frames
around it), ``nosniff``, no referrer, and ``no-store`` (a new version of the page is never
mixed with an old script from a cache).
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

__all__ = ["ASSETS", "PAGE_HEADERS", "asset_routes", "read_asset"]

#: The page's strict headers, on every answer of the page (its files and its errors).
PAGE_HEADERS: dict[str, str] = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}

#: The files served, by name, with their content types. Nothing else under ``static/`` is.
ASSETS: dict[str, str] = {
    "index.html": "text/html; charset=utf-8",
    "page.css": "text/css; charset=utf-8",
    "page.js": "text/javascript; charset=utf-8",
    "icon.svg": "image/svg+xml",
}

#: The one sentence of the asset routes, (vi, en): a name the page does not ship.
_NOT_FOUND = (
    "không có tệp này trong trang kiểm tra",
    "the pre-flight page has no such file",
)


@cache
def read_asset(name: str) -> bytes:
    """The bytes of one listed file (``KeyError`` for a name not in :data:`ASSETS`)."""
    if name not in ASSETS:
        raise KeyError(name)
    return (resources.files(__package__ or "ai_guard.serve.page") / "static" / name).read_bytes()


def _asset(name: str) -> Response:
    return Response(read_asset(name), media_type=ASSETS[name], headers=PAGE_HEADERS)


def _not_found() -> Response:
    vi, en = _NOT_FOUND
    body = {"error": {"code": "not_found", "message": {"vi": vi, "en": en}}}
    return Response(
        json.dumps(body, ensure_ascii=False).encode("utf-8"),
        status_code=404,
        media_type="application/json; charset=utf-8",
        headers=PAGE_HEADERS,
    )


async def _index(request: Request) -> Response:
    return _asset("index.html")


async def _static(request: Request) -> Response:
    name = request.path_params["name"]
    # an exact name of the list: "../x", "a/b", "%2e%2e" decoded or not, never match one
    if name not in ASSETS:
        return _not_found()
    return _asset(name)


def asset_routes() -> list[BaseRoute]:
    """``GET /`` (the page) and ``GET /page/static/{name}`` (its files)."""
    return [
        Route("/", _index, methods=["GET"]),
        Route("/page/static/{name:path}", _static, methods=["GET"]),
    ]
