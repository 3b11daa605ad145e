"""Calls that send a file's content to a model (file uploads, OCR and document APIs, audio
transcription): what they are, and, when the file is named by a literal path that exists
next to the code, what :func:`ai_guard.classify_document` says of it."""

from __future__ import annotations

import ast
import os
import re
from functools import cache

__all__ = [
    "UPLOAD_KEYWORDS",
    "content_in_code",
    "file_name",
    "is_upload",
    "literal_files",
    "refused_files",
    "resolve",
    "verdict",
]

#: namespaces whose calls read a file given positionally (``ocr.process(doc)``,
#: ``audio.transcriptions.create(f)``), and speech-to-text methods
#: (``listen.rest.v("1").transcribe_file(audio)``, ``Transcriber().transcribe(path)``); methods
#: named ``upload*`` too (``files.upload(path)``)
_UPLOAD_PARTS = frozenset(
    {"ocr", "transcriptions", "translations", "transcribe_file", "transcribe", "submit_job"}
)
#: keyword arguments that carry a file, a document, an image or a recording
#: (``images.edit(image=...)``, ``submit_job(audio=...)``)
UPLOAD_KEYWORDS = frozenset({"file", "files", "document", "documents", "image", "mask", "audio"})
#: a literal that names a file: one line, a suffix
_FILE_NAME = re.compile(r"^[^\n\r\t<>|*?\"]{1,250}\.[A-Za-z0-9]{2,5}$")


def is_upload(attrs: tuple[str, ...], node: ast.Call) -> bool:
    """A call that sends a file: it is given a ``file=`` / ``document=`` argument, or its
    method is an upload (``files.upload("a.pdf")``) or in an OCR/audio namespace and it is
    given a positional argument; ``containers.files.create(container_id=...)`` or
    ``vector_stores.files.create(vs, file_id=...)`` name a file already sent."""
    if any(k.arg in UPLOAD_KEYWORDS for k in node.keywords):
        return True
    return (
        bool(node.args)
        and bool(attrs)
        and (attrs[-1].startswith("upload") or any(a in _UPLOAD_PARTS for a in attrs))
    )


def content_in_code(node: ast.Call) -> bool:
    """The file's content is written in the code (``file=b"Example data"``,
    ``file=("a.txt", b"...")``): a literal, not a file of the disk."""
    values = [k.value for k in node.keywords if k.arg in UPLOAD_KEYWORDS]
    return bool(values) and all(
        all(isinstance(n, (ast.Constant, ast.Tuple, ast.List, ast.Load)) for n in ast.walk(v))
        and any(isinstance(n, ast.Constant) and isinstance(n.value, bytes) for n in ast.walk(v))
        for v in values
    )


def file_name(value: str) -> bool:
    """A literal that names a file of the disk (one line with a suffix, not a URL)."""
    return bool(_FILE_NAME.match(value)) and "://" not in value


def literal_files(node: ast.Call) -> list[str]:
    """The file names written as literals in the call's arguments
    (``file=open("hoso.pdf", "rb")``, ``document={"document_url": "ho_so/a.pdf"}``)."""
    out: list[str] = []
    for arg in [*node.args, *(k.value for k in node.keywords)]:
        for sub in ast.walk(arg):
            if (
                isinstance(sub, ast.Constant)
                and isinstance(sub.value, str)
                and file_name(sub.value)
            ):
                out.append(sub.value)
    return out


def refused_files(names: list[str], source_path: str) -> list[tuple[str, str]]:
    """Of the files a call names, those that may not go as they are, each with what
    classify_document says of it (``missing`` when it is not a file of the repository)."""
    refused: list[tuple[str, str]] = []
    for name in names:
        found = resolve(name, source_path)
        said = verdict(found) if found else "missing"
        if said != "send":
            refused.append((name, said))
    return refused


def resolve(name: str, source_path: str) -> str | None:
    """The file a literal names, next to the code that names it or from the directory the
    scan runs in; None when neither exists."""
    for base in (os.path.dirname(source_path), "."):
        candidate = os.path.normpath(os.path.join(base, name))
        if os.path.isfile(candidate):
            return candidate
    return None


@cache
def verdict(path: str) -> str:
    """``classify_document``'s recommended action for the file (``send``,
    ``redact_then_send``, ``do_not_send``), or ``unreadable`` when it cannot read it (a
    scanned PDF, an image, a missing extra): what cannot be read is not vouched for."""
    from pathlib import Path

    from ai_guard.classify import classify_document
    from ai_guard.errors import InputError

    try:
        return str(classify_document(Path(path)).recommended_action)
    except (InputError, OSError, ValueError):
        return "unreadable"
