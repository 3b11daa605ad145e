"""``ai-guard classify``: classify many documents, in parallel, with a summary at the end.

Exit codes: 0 every file found was classified and may be sent as it is; 1 every file was
classified and at least one may not be sent (``redact_then_send`` or ``do_not_send``); 2 at
least one file could not be classified (not found, unreadable, a legacy ``.doc``, a type that
cannot be read, or nothing to classify at all), or a usage error. A file that was not read
was not checked: the run cannot vouch for it, so 2 wins over 0 and 1. Each such file is named;
the others are still classified and reported.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TextIO

from ai_guard import messages
from ai_guard.errors import AiGuardError, InputError
from ai_guard.extract import SUPPORTED_SUFFIXES
from ai_guard.models import DocumentClassification
from ai_guard.policy import Policy

__all__ = ["iter_documents", "run_classify"]

EXIT_OK, EXIT_FOUND, EXIT_ERROR = 0, 1, 2
_SENSITIVITY_ORDER = (
    "public",
    "internal",
    "personal",
    "sensitive_personal",
    "secret",
    "top_secret",
    "absolute_secret",
)
_ACTION_ORDER = ("send", "redact_then_send", "do_not_send")

#: (path, result or None, error (code, en, vi) or None)
_Outcome = tuple[str, DocumentClassification | None, tuple[str, str, str] | None]

#: Documents found while walking a folder that are read only to be refused with the reason
#: (a legacy Word file is a document, and the message says how to convert it).
_REPORTED_SUFFIXES = frozenset({".doc"})


def iter_documents(paths: list[str], skipped: list[str]) -> Iterator[str]:
    """Files to classify, in a stable order. Files of other types found while walking a folder
    go to ``skipped`` (they are reported, never silently dropped, and make the run exit 2);
    hidden files and folders are not walked. A path named explicitly is always yielded, so
    that an unsupported one is reported as an error."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    full = os.path.join(root, f)
                    suffix = Path(f).suffix.lower()
                    if suffix in SUPPORTED_SUFFIXES or suffix in _REPORTED_SUFFIXES:
                        yield full
                    elif not f.startswith("."):
                        skipped.append(full)
        else:
            yield raw


def _failure_kind(path: str, code: str) -> str:
    """Why a file was not classified, for the counts: a key of messages.UNCLASSIFIED_LABELS."""
    if code == "AIG-E999":
        return "internal_error"
    suffix = Path(path).suffix.lower()
    if suffix == ".doc":
        return "legacy_doc"
    if suffix not in SUPPORTED_SUFFIXES:
        return "unsupported"
    return "unreadable"


def _skipped_error(path: str) -> tuple[str, str, str]:
    suffix = Path(path).suffix.lower() or "(none)"
    supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
    return (
        InputError.code,
        f"{path}: skipped: unsupported file type '{suffix}' (not checked); supported: " + supported,
        f"{path}: bỏ qua: không hỗ trợ loại tệp '{suffix}' (chưa được kiểm tra); hỗ trợ: "
        + supported,
    )


def _classify_one(job: tuple[str, Policy]) -> _Outcome:
    path, policy = job
    from ai_guard.classify import classify_text
    from ai_guard.extract import read_document

    try:
        text = read_document(path)
        return path, classify_text(text, policy=policy, source=path), None
    except AiGuardError as exc:
        return path, None, (exc.code, exc.message_en, exc.message_vi)
    except Exception as exc:  # a bug must not end a run over thousands of files
        msg = f"internal error while classifying: {type(exc).__name__}"
        return path, None, ("AIG-E999", msg, f"lỗi nội bộ khi phân loại: {type(exc).__name__}")


def _outcomes(files: list[str], policy: Policy, jobs: int) -> Iterator[_Outcome]:
    work = [(f, policy) for f in files]
    if jobs <= 1 or len(files) < 2:
        yield from map(_classify_one, work)
        return
    chunk = max(1, min(32, len(files) // (jobs * 8) or 1))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_classify_one, work, chunksize=chunk)


def _text_line(result: DocumentClassification, lang: str) -> str:
    cats = ",".join(c.category.value for c in result.categories) or "-"
    head = messages.label(messages.ACTION_LABELS, result.recommended_action, lang)
    return (
        f"{result.source}: {head} | {result.doc_type.value} | {result.sensitivity.value} | {cats}"
    )


def run_classify(args: argparse.Namespace) -> int:
    lang: str = args.lang
    out: TextIO = sys.stdout
    err: TextIO = sys.stderr
    if args.jobs < 1:
        err.write(
            "ai-guard: " + ("--jobs must be >= 1" if lang == "en" else "--jobs phải ≥ 1") + "\n"
        )
        return EXIT_ERROR
    try:
        policy = Policy.from_file(args.policy) if args.policy else Policy.discover()
    except AiGuardError as exc:
        err.write(f"ai-guard: {exc.message(lang)}\n")
        return EXIT_ERROR
    skipped: list[str] = []
    missing = [p for p in args.paths if not os.path.exists(p)]
    files = list(iter_documents([p for p in args.paths if p not in missing], skipped))
    by_sensitivity: Counter[str] = Counter()
    by_action: Counter[str] = Counter()
    failed: Counter[str] = Counter()
    errors = 0
    for p in missing:
        errors += 1
        failed["not_found"] += 1
        nf = InputError(f"{p}: file not found", f"{p}: không tìm thấy tệp")
        _report_error(p, (nf.code, nf.message_en, nf.message_vi), args.format, lang, out, err)
    progress = err.isatty() and len(files) > 20
    started = time.monotonic()
    for i, (path, result, error) in enumerate(_outcomes(files, policy, args.jobs), 1):
        if progress and (i % 10 == 0 or i == len(files)):
            rate = i / max(time.monotonic() - started, 1e-6)
            err.write(f"\r[{i}/{len(files)}] {rate:.0f} doc/s ")
            err.flush()
        if error is not None or result is None:
            assert error is not None
            errors += 1
            failed[_failure_kind(path, error[0])] += 1
            if progress:
                err.write("\n")
            _report_error(path, error, args.format, lang, out, err)
            continue
        by_sensitivity[result.sensitivity.value] += 1
        by_action[result.recommended_action] += 1
        if args.format == "json":
            payload = result.model_dump(mode="json")
            out.write(json.dumps(payload, ensure_ascii=False) + "\n")
        else:
            if progress:
                err.write("\r")
            out.write(_text_line(result, lang) + "\n")
            for reason in result.reasons:
                out.write(f"    - {reason(lang)}\n")
    if progress:
        err.write("\n")
    for path in skipped:
        failed["unsupported"] += 1
        if args.format == "json":
            _report_error(path, _skipped_error(path), args.format, lang, out, err)
            continue
        err.write(
            f"ai-guard: {path}: "
            + (
                "skipped (unsupported file type, not checked)"
                if lang == "en"
                else "bỏ qua (loại tệp không hỗ trợ, chưa được kiểm tra)"
            )
            + "\n"
        )
    _summary(
        by_sensitivity, by_action, errors, len(skipped), lang, err if args.format == "json" else out
    )
    classified = sum(by_action.values())
    if classified == 0 or failed:
        vi, en = messages.unclassified_summary(dict(failed), classified)
        err.write(f"ai-guard: {en if lang == 'en' else vi}\n")
        return EXIT_ERROR
    if by_action.get("redact_then_send") or by_action.get("do_not_send"):
        return EXIT_FOUND
    return EXIT_OK


def _report_error(
    path: str, error: tuple[str, str, str], fmt: str, lang: str, out: TextIO, err: TextIO
) -> None:
    code, en, vi = error
    if fmt == "json":
        payload = {"source": path, "error": {"code": code, "message_en": en, "message_vi": vi}}
        out.write(json.dumps(payload, ensure_ascii=False) + "\n")
    err.write(f"ai-guard: {en if lang == 'en' else vi}\n")


def _summary(
    by_sensitivity: Counter[str],
    by_action: Counter[str],
    errors: int,
    skipped: int,
    lang: str,
    out: TextIO,
) -> None:
    total = sum(by_action.values())
    title = "Summary" if lang == "en" else "Tổng hợp"
    docs = "documents" if lang == "en" else "văn bản"
    out.write(f"\n{title}: {total} {docs}\n")
    width = 34
    head_s = "Sensitivity" if lang == "en" else "Mức độ nhạy cảm"
    out.write(f"  {head_s}\n")
    for key in _SENSITIVITY_ORDER:
        if by_sensitivity.get(key):
            name = messages.label(messages.SENSITIVITY_LABELS, key, lang)
            out.write(f"    {name:<{width}} {by_sensitivity[key]:>6}\n")
    head_a = "Verdict" if lang == "en" else "Kết luận"
    out.write(f"  {head_a}\n")
    for key in _ACTION_ORDER:
        if by_action.get(key):
            name = messages.label(messages.ACTION_LABELS, key, lang)
            out.write(f"    {name:<{width}} {by_action[key]:>6}\n")
    if errors:
        name = "unreadable files" if lang == "en" else "tệp không đọc được"
        out.write(f"    {name:<{width}} {errors:>6}\n")
    if skipped:
        name = "skipped (other types)" if lang == "en" else "bỏ qua (loại tệp khác)"
        out.write(f"    {name:<{width}} {skipped:>6}\n")
