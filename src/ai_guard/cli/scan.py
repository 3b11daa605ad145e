"""``ai-guard scan [PATH...] [--format text|json|sarif] [--lang vi|en] [--jobs N]
[--baseline FILE] [--update-baseline] [--calls]``

Scans code that calls LLM APIs (AIG101-106); the ``ai-guard-scan`` hook runs the same scan in
text. Exit codes: 0 clean; 1 findings (not in the baseline); 2 a file could not be parsed or
read, or is over the size limit (it is named; a path that does not exist is "no such file"),
an invalid ``[scan]`` configuration or baseline, or a usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from ai_guard.cli._common import (
    ExitCode,
    UsageError,
    add_format,
    add_jobs,
    add_lang,
    check_jobs,
    say,
)

__all__ = ["add_parser", "run", "scan"]

PROG = "ai-guard"


def _help(option: str) -> str:
    """An option's help in both languages, as every ``ai-guard`` command shows it."""
    from ai_guard.i18n.scan import SCAN_HELP

    vi, en = SCAN_HELP[option]
    return f"{en} / {vi}"


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("scan", help=_help("command"))
    parser.add_argument("paths", nargs="*", help=_help("paths"))
    add_format(parser, "text", "json", "sarif")
    add_lang(parser)
    add_jobs(parser)
    parser.add_argument("--baseline", help=_help("baseline"))
    parser.add_argument("--update-baseline", action="store_true", help=_help("update_baseline"))
    parser.add_argument("--calls", action="store_true", help=_help("calls"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    return scan(
        args.paths or ["."],
        lang=args.lang,
        fmt=args.format,
        jobs=args.jobs,
        baseline=args.baseline,
        update_baseline=args.update_baseline,
        calls=args.calls,
    )


def scan(
    paths: Sequence[str],
    *,
    lang: str,
    fmt: str = "text",
    jobs: int = 1,
    baseline: str | None = None,
    update_baseline: bool = False,
    calls: bool = False,
    prog: str = PROG,
) -> int:
    """Scan ``paths`` and print the report; the exit code. Raises what
    :func:`~ai_guard.cli._common.run` reports: an invalid configuration or baseline, a
    usage error."""
    from ai_guard.scan import ScanConfig, scan_paths
    from ai_guard.scan import report as out

    config = ScanConfig.discover()
    check_jobs(jobs)
    if calls and (fmt == "sarif" or update_baseline):
        from ai_guard import i18n

        raise UsageError(i18n.cli_calls_format())
    report = scan_paths(list(paths), config=config, jobs=jobs)
    failed = ExitCode.ERROR if report.errors else ExitCode.OK
    if calls:
        sys.stdout.write(
            out.calls_to_json(report) if fmt == "json" else out.calls_to_text(report, lang)
        )
        return failed
    if update_baseline:
        from ai_guard import i18n
        from ai_guard.scan.baseline import write_baseline

        n = write_baseline(baseline or ".ai-guard-baseline.json", report.findings)
        say(prog, lang, i18n.cli_baseline_written(n))
        return failed
    if baseline:
        from ai_guard.scan.baseline import load_baseline

        report.apply_baseline(load_baseline(baseline))
    if fmt == "json":
        sys.stdout.write(out.to_json(report))
    elif fmt == "sarif":
        sys.stdout.write(out.to_sarif(report))
    else:
        sys.stdout.write(out.to_text(report, lang))
    if failed:
        return failed
    return ExitCode.FOUND if report.active else ExitCode.OK
