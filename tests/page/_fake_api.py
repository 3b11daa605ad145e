"""A stand-in for the page's API (issue 19's contract) until the real one is merged."""

from __future__ import annotations

import io
import json
from typing import Any
from urllib.parse import unquote

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ai_guard import check_prompt, classify_document
from ai_guard.serve.page.assets import asset_routes


def _u16(text: str, i: int) -> int:
    return i + sum(1 for c in text[:i] if ord(c) > 0xFFFF)


def _json(data: Any, status: int = 200) -> Response:
    return Response(
        json.dumps(data, ensure_ascii=False).encode(),
        status_code=status,
        media_type="application/json; charset=utf-8",
        headers={"Cache-Control": "no-store"},
    )


def _error(status: int, code: str, vi: str, en: str) -> Response:
    return _json({"error": {"code": code, "message": {"vi": vi, "en": en}}}, status)


def _analysis(text: str, file: Any = None) -> dict[str, Any]:
    c = check_prompt(text)
    d = classify_document(text)
    block = c.decision.value == "block"
    both = lambda f: {"vi": f("vi"), "en": f("en")}  # noqa: E731
    return {
        "text": text,
        "decision": c.decision.value,
        "summary": both(c.explanation),
        "findings": [
            {
                "id": f"f{i + 1}",
                "entity": f.entity.value,
                "label": {"vi": f.entity.value, "en": f.entity.value},
                "start": _u16(text, f.start),
                "end": _u16(text, f.end),
                "action": f.action.value,
                "placeholder": f.placeholder,
                "score": f.score,
                "validated": f.validated,
                "reason": both(f.reason),
            }
            for i, f in enumerate(c.findings)
        ],
        "redacted_text": "" if block else c.redacted_text,
        "mapping": {} if block else dict(c._vault),
        "block": {
            "reasons": [both(c.explanation)],
            "advice": [{"vi": "Bỏ dấu mật, hỏi thủ trưởng đơn vị", "en": "Ask the head of unit"}],
        }
        if block
        else None,
        "classification": {
            "doc_type": d.doc_type,
            "doc_type_label": {"vi": str(d.doc_type), "en": str(d.doc_type)},
            "sensitivity": d.sensitivity,
            "sensitivity_label": {"vi": str(d.sensitivity), "en": str(d.sensitivity)},
            "categories": [
                {
                    "category": x.category,
                    "label": {"vi": x.category, "en": x.category},
                    "score": x.score,
                }
                for x in d.categories
            ],
            "external_ai_allowed": d.external_ai_allowed,
            "recommended_action": d.recommended_action,
            "reasons": [{"vi": r.vi, "en": r.en} for r in d.reasons],
            "evidence": [
                {
                    "kind": e.kind,
                    "label": e.label,
                    "start": _u16(text, e.start),
                    "end": _u16(text, e.end),
                }
                for e in d.secrecy_evidence
            ],
        },
        "file": file,
    }


async def info(request: Request) -> Response:
    return _json(
        {
            "version": "0",
            "policy": "default",
            "max_upload_bytes": 20 << 20,
            "max_text_chars": 2_000_000,
            "accept": [".txt", ".docx", ".pdf"],
            "entities": {},
            "audit": False,
        }
    )


async def check(request: Request) -> Response:
    body = json.loads(await request.body())
    return _json(_analysis(body["text"]))


async def upload(request: Request) -> Response:
    name = unquote(request.headers.get("x-file-name", ""))
    data = await request.body()
    if name.endswith(".txt"):
        text = data.decode()
    elif name.endswith(".docx"):
        import docx

        text = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    else:
        return _error(
            415,
            "unsupported_type",
            "Loại tệp không được hỗ trợ: " + name,
            "Unsupported file type: " + name,
        )
    file = {
        "name": name,
        "size": len(data),
        "kind": name.rsplit(".", 1)[-1],
        "chars": len(text),
        "converted_from": None,
    }
    return _json(_analysis(text, file))


def app() -> Starlette:
    routes = [
        Route("/page/api/info", info, methods=["GET"]),
        Route("/page/api/check", check, methods=["POST"]),
        Route("/page/api/upload", upload, methods=["POST"]),
    ]
    return Starlette(routes=routes + asset_routes())
