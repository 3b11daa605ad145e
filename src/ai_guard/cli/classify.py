"""``ai-guard classify PATH... [--format text|json] [--lang vi|en] [--jobs N] [--policy FILE]``:
classify many documents, in parallel, with a summary at the end.

Folders are walked recursively. One line (text) or one JSON object (json) per document, then a
summary (counts per sensitivity and per verdict).

Exit codes: 0 every file found was classified and may be sent as it is; 1 every file was
classified and at least one may not be sent (``redact_then_send`` or ``do_not_send``); 2 at
least one file could not be classified (not found, unreadable: damaged, encrypted, a Word
6/95 file; a type that cannot be read, or nothing to classify at all), or a usage error. A
file that was not read was not checked: the run cannot vouch for it, so 2 wins over 0 and 1.
Each such file is named; the others are still classified and reported, and a last line counts
what was not checked, per reason.
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
from typing import TYPE_CHECKING, Any, TextIO

from ai_guard.classify.extract import SUPPORTED_SUFFIXES
from ai_guard.cli._common import (
    ExitCode,
    add_format,
    add_jobs,
    add_lang,
    add_policy,
    check_jobs,
    load_policy,
    note_conversion,
    say,
)
from ai_guard.i18n.cli import cli_help

if TYPE_CHECKING:
    from ai_guard.classify.models import DocumentClassification
    from ai_guard.policy import Policy

__all__ = ["add_parser", "classify_path", "iter_documents", "run", "verdict_line"]

PROG = "ai-guard"
_INTERNAL = "AIG-E999"
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
Outcome = tuple[str, "DocumentClassification | None", "tuple[str, str, str] | None"]


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "classify",
        help=cli_help("classify"),
    )
    parser.add_argument("paths", nargs="+", help=cli_help("classify.paths"))
    add_format(parser, "text", "json")
    add_lang(parser)
    add_policy(parser)
    add_jobs(parser)
    parser.set_defaults(func=run)


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
                    if suffix in SUPPORTED_SUFFIXES:
                        yield full
                    elif not f.startswith("."):
                        skipped.append(full)
        else:
            yield raw


def classify_path(path: str, policy: Policy) -> Outcome:
    """Read and classify one file. A file that cannot be read, or that makes the library fail,
    is an error naming it (never a verdict): the command and the ``ai-guard-documents`` hook
    refuse what they could not check."""
    from ai_guard.classify import classify_text
    from ai_guard.classify.extract import read_document_decoded
    from ai_guard.errors import AiGuardError

    try:
        decoded = read_document_decoded(path)
        return path, classify_text(decoded.text, policy=policy, source=path, decoded=decoded), None
    except AiGuardError as exc:
        return path, None, (exc.code, exc.message_en, exc.message_vi)
    except Exception as exc:  # a bug must not end a run over thousands of files, nor pass one
        from ai_guard import i18n

        vi, en = i18n.cli_internal_error(path, type(exc).__name__)
        return path, None, (_INTERNAL, en, vi)


def verdict_line(result: DocumentClassification, name: str, lang: str) -> str:
    """``name: VERDICT | doc_type | sensitivity | categories``: never a value from the text."""
    from ai_guard import i18n

    cats = ",".join(c.category.value for c in result.categories) or "-"
    head = i18n.label(i18n.ACTION_LABELS, result.recommended_action, lang)
    return f"{name}: {head} | {result.doc_type.value} | {result.sensitivity.value} | {cats}"


def _classify_job(job: tuple[str, Policy]) -> Outcome:
    return classify_path(*job)


def freeze_imports() -> None:
    """Import what classifying a file needs and freeze it out of the full collections
    (:func:`ai_guard.prompt.warm.freeze_loaded`): in the command's process before its first
    file, and in each worker process as it starts (a worker started by fork inherits the
    freeze; one started by spawn or forkserver imports and freezes on its own)."""
    from ai_guard.classify import classify_text  # noqa: F401 - imported to be frozen
    from ai_guard.classify.extract import read_document_decoded  # noqa: F401
    from ai_guard.prompt.warm import freeze_loaded

    freeze_loaded()


def _outcomes(files: list[str], policy: Policy, jobs: int) -> Iterator[Outcome]:
    work = [(f, policy) for f in files]
    if jobs <= 1 or len(files) < 2:
        yield from map(_classify_job, work)
        return
    chunk = max(1, min(32, len(files) // (jobs * 8) or 1))
    with ProcessPoolExecutor(max_workers=jobs, initializer=freeze_imports) as pool:
        yield from pool.map(_classify_job, work, chunksize=chunk)


def _failure_kind(path: str, code: str) -> str:
    """Why a file was not classified, for the counts: a key of i18n.UNCLASSIFIED_LABELS."""
    if code == _INTERNAL:
        return "internal_error"
    suffix = Path(path).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        return "unsupported"
    return "unreadable"


def _skipped_error(path: str) -> tuple[str, str, str]:
    from ai_guard import i18n
    from ai_guard.errors import InputError

    suffix = Path(path).suffix.lower() or "(none)"
    supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
    vi, en = i18n.classify_skipped_error(path, suffix, supported)
    return InputError.code, en, vi


def run(args: argparse.Namespace) -> int:
    from ai_guard import i18n
    from ai_guard.classify.extract import file_not_found

    lang: str = args.lang
    out: TextIO = sys.stdout
    err: TextIO = sys.stderr
    check_jobs(args.jobs)
    policy = load_policy(args.policy)
    freeze_imports()  # (a command classifies and exits: nothing frozen was to be freed)
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
        nf = file_not_found(p)
        _report_error(p, (nf.code, nf.message_en, nf.message_vi), args.format, lang, out)
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
            _report_error(path, error, args.format, lang, out)
            continue
        by_sensitivity[result.sensitivity.value] += 1
        by_action[result.recommended_action] += 1
        note_conversion(PROG, lang, path, result)
        if args.format == "json":
            payload = result.model_dump(mode="json")
            out.write(json.dumps(payload, ensure_ascii=False) + "\n")
        else:
            if progress:
                err.write("\r")
            out.write(verdict_line(result, str(result.source), lang) + "\n")
            for reason in result.reasons:
                out.write(f"    - {reason(lang)}\n")
    if progress:
        err.write("\n")
    for path in skipped:
        failed["unsupported"] += 1
        if args.format == "json":
            _report_error(path, _skipped_error(path), args.format, lang, out)
            continue
        say(PROG, lang, i18n.classify_skipped(path))
    _summary(
        by_sensitivity, by_action, errors, len(skipped), lang, err if args.format == "json" else out
    )
    classified = sum(by_action.values())
    if classified == 0 or failed:
        say(PROG, lang, i18n.unclassified_summary(dict(failed), classified))
        return ExitCode.ERROR
    if by_action.get("redact_then_send") or by_action.get("do_not_send"):
        return ExitCode.FOUND
    return ExitCode.OK


def _report_error(path: str, error: tuple[str, str, str], fmt: str, lang: str, out: TextIO) -> None:
    """A file not classified: named on standard error, and a JSON line in ``--format json``."""
    code, en, vi = error
    if fmt == "json":
        payload = {"source": path, "error": {"code": code, "message_en": en, "message_vi": vi}}
        out.write(json.dumps(payload, ensure_ascii=False) + "\n")
    say(PROG, lang, (vi, en))


def _summary(
    by_sensitivity: Counter[str],
    by_action: Counter[str],
    errors: int,
    skipped: int,
    lang: str,
    out: TextIO,
) -> None:
    from ai_guard import i18n

    total = sum(by_action.values())
    out.write(f"\n{i18n.pick(i18n.classify_summary_title(total), lang)}\n")
    width = 34
    tables = (
        ("sensitivity", i18n.SENSITIVITY_LABELS, _SENSITIVITY_ORDER, by_sensitivity),
        ("verdict", i18n.ACTION_LABELS, _ACTION_ORDER, by_action),
    )
    for heading, labels, order, counts in tables:
        out.write(f"  {i18n.label(i18n.SUMMARY_LABELS, heading, lang)}\n")
        for key in order:
            if counts.get(key):
                out.write(f"    {i18n.label(labels, key, lang):<{width}} {counts[key]:>6}\n")
    for row, n in (("unreadable", errors), ("skipped", skipped)):
        if n:
            out.write(f"    {i18n.label(i18n.SUMMARY_LABELS, row, lang):<{width}} {n:>6}\n")
