"""``ai-guard audit verify | export | report``: what a supervisor runs on the audit log.

The log is a SQLite file or a PostgreSQL database named by its URL (``postgresql://user@host/db``;
the password from ``PGPASSWORD`` or ``~/.pgpass``, never on the command line, and never shown in
a message). It is opened read-only: these commands never create or change anything (on
PostgreSQL, the session and every transaction are read-only). A log written with
an HMAC key needs the key to be verified: ``--key-env VAR`` names the environment variable that
holds it (the key itself never appears on a command line).

Exit codes, the same for the three commands:

- 0: the chain verifies (``export`` and ``report`` print the rows or the figures);
- 1: the log fails verification: rows were changed (tampered) or the key given is not the
  log's key. ``verify`` names each problem; ``export`` and ``report`` still print, say on
  standard error that the figures cannot be vouched for, and ``report`` marks its output
  unverified;
- 2: the log could not be verified at all: a usage error (a bad ``--since``/``--until`` date,
  an empty key variable), no such file, a database that cannot be reached, not an ai-guard audit
  log, or a keyed log given no key
  ("key needed": ``export`` and ``report`` still print, marked unverified).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import TYPE_CHECKING, Any

from ai_guard.cli._common import ExitCode, UsageError, add_format, add_lang, say
from ai_guard.i18n.cli import cli_help

if TYPE_CHECKING:
    from ai_guard.signoff.audit import AuditLog
    from ai_guard.signoff.records import AuditVerification

__all__ = ["add_parser"]

PROG = "ai-guard"

#: verification status -> exit code (any other failure: ExitCode.FOUND, "fails verification")
_EXIT_FOR_STATUS = {"ok": ExitCode.OK, "key_needed": ExitCode.ERROR, "unreadable": ExitCode.ERROR}


def _bound(name: str) -> Any:
    """An argparse ``type=`` that checks an ISO date/datetime (exit 2 naming the option)."""

    def parse(value: str) -> str:
        from ai_guard import i18n
        from ai_guard.errors import InputError
        from ai_guard.signoff.audit import period_bound

        try:
            return period_bound(value, name)
        except InputError:
            # argparse prints "argument --since: <this>", exit 2
            vi, en = i18n.audit_bound_format()
            raise argparse.ArgumentTypeError(f"{en} / {vi}") from None

    parse.__name__ = name  # argparse names the type in its fallback message
    return parse


def _add_key(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--key-env",
        metavar="VAR",
        help=cli_help("audit.key_env"),
    )


def _add_period(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--since",
        type=_bound("--since"),
        help=cli_help("audit.since"),
    )
    parser.add_argument(
        "--until",
        type=_bound("--until"),
        help=cli_help("audit.until"),
    )


def add_parser(sub: Any) -> None:
    audit = sub.add_parser("audit", help=cli_help("audit"))
    asub = audit.add_subparsers(dest="audit_command", required=True)

    verify = asub.add_parser("verify", help=cli_help("audit.verify"))
    verify.add_argument("file", help=cli_help("audit.file"))
    _add_key(verify)
    verify.add_argument("--expect-head", help=cli_help("audit.expect_head"))
    add_lang(verify)
    verify.set_defaults(func=_verify)

    export = asub.add_parser("export", help=cli_help("audit.export"))
    export.add_argument("file", help=cli_help("audit.file"))
    add_format(export, "json", "csv")
    _add_period(export)
    _add_key(export)
    add_lang(export)
    export.set_defaults(func=_export)

    report = asub.add_parser("report", help=cli_help("audit.report"))
    report.add_argument("file", help=cli_help("audit.file"))
    _add_period(report)
    _add_key(report)
    add_format(report, "text", "json")
    add_lang(report)
    report.set_defaults(func=_report)


def _open(args: argparse.Namespace) -> AuditLog:
    """The log, opened read-only; raises what :func:`~ai_guard.cli._common.run` reports (a
    missing file, an empty period, an empty key variable)."""
    from ai_guard import i18n
    from ai_guard.extract import file_not_found
    from ai_guard.signoff.audit import AuditLog
    from ai_guard.signoff.store import is_database_url

    if not is_database_url(args.file) and not os.path.isfile(args.file):
        raise file_not_found(args.file)
    if getattr(args, "since", None) and getattr(args, "until", None) and args.since >= args.until:
        raise UsageError(i18n.audit_bound_order("--"))
    key = None
    env = getattr(args, "key_env", None)
    if env:
        key = os.environ.get(env)
        if not key:
            raise UsageError(i18n.audit_cli_usage("key_env", env))
    return AuditLog(args.file, key=key, create=False)


def _open_verified(args: argparse.Namespace) -> tuple[AuditLog, AuditVerification, int]:
    """Open and verify the log before printing rows or figures; say on stderr when they cannot
    be vouched for. ``(log, verification, exit code)``."""
    from ai_guard import i18n
    from ai_guard.signoff.report import problem_lines

    log = _open(args)
    result = log.verify()
    code = _EXIT_FOR_STATUS.get(result.status, ExitCode.FOUND)
    if result.status == "unreadable":  # nothing will follow
        say(
            PROG,
            args.lang,
            i18n.audit_verification(result.status, len(result.problems), result.records),
        )
    elif code != ExitCode.OK:
        say(
            PROG,
            args.lang,
            i18n.audit_unverified(log.location, result.status, len(result.problems)),
        )
    if code != ExitCode.OK:
        for line in problem_lines(result, args.lang):
            sys.stderr.write(line + "\n")
    return log, result, code


def _verify(args: argparse.Namespace) -> int:
    from ai_guard import i18n
    from ai_guard.signoff.report import problem_lines, verification_line

    log = _open(args)
    expected = None
    if args.expect_head:
        seq, _, digest = args.expect_head.partition(":")
        if not seq.isdigit() or len(digest) != 64:
            raise UsageError(i18n.audit_cli_usage("expect_head"))
        expected = (int(seq), digest)
    result = log.verify(expected_head=expected)
    code = _EXIT_FOR_STATUS.get(result.status, ExitCode.FOUND)
    out = sys.stdout if code != ExitCode.ERROR else sys.stderr
    headline = verification_line(result, args.lang)
    if result.ok and result.head:
        headline += f" (head {result.head[0]}:{result.head[1]})"
    out.write(("" if out is sys.stdout else f"{PROG}: ") + headline + "\n")
    for line in problem_lines(result, args.lang):
        out.write(line + "\n")
    return code


def _export(args: argparse.Namespace) -> int:
    log, result, code = _open_verified(args)
    if result.status == "unreadable":
        return code
    text = log.export(args.format, since=args.since, until=args.until)
    sys.stdout.write(text)
    if args.format == "json":
        sys.stdout.write("\n")
    return code


def _report(args: argparse.Namespace) -> int:
    from ai_guard.signoff.report import render_report, report_json

    log, result, code = _open_verified(args)
    if result.status == "unreadable":
        return code
    rep = log.report(since=args.since, until=args.until)
    if args.format == "json":
        payload = report_json(rep, result)
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return code
    sys.stdout.write(render_report(rep, result, args.lang) + "\n")
    return code
