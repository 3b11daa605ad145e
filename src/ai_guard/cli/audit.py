"""``ai-guard audit verify | export | report``: what a supervisor runs on the audit log.

The log is opened read-only: these commands never create or change a file. A log written with
an HMAC key needs the key to be verified: ``--key-env VAR`` names the environment variable that
holds it (the key itself never appears on a command line).

Exit codes, the same for the three commands:

- 0: the chain verifies (``export`` and ``report`` print the rows or the figures);
- 1: the log fails verification: rows were changed (tampered) or the key given is not the
  log's key. ``verify`` names each problem; ``export`` and ``report`` still print, say on
  standard error that the figures cannot be vouched for, and ``report`` marks its output
  unverified;
- 2: the log could not be verified at all: a usage error (a bad ``--since``/``--until`` date,
  an empty key variable), no such file, not an ai-guard audit log, or a keyed log given no key
  ("key needed": ``export`` and ``report`` still print, marked unverified).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from ai_guard.cli._common import ExitCode, UsageError, add_format, add_lang, say

__all__ = ["add_parser"]

PROG = "ai-guard"

#: verification status -> exit code (any other failure: ExitCode.FOUND, "fails verification")
_EXIT_FOR_STATUS = {"ok": ExitCode.OK, "key_needed": ExitCode.ERROR, "unreadable": ExitCode.ERROR}


def _bound(name: str) -> Any:
    """An argparse ``type=`` that checks an ISO date/datetime (exit 2 naming the option)."""

    def parse(value: str) -> str:
        from ai_guard.errors import InputError
        from ai_guard.signoff.audit import BOUND_FORMAT, period_bound

        try:
            return period_bound(value, name)
        except InputError:
            # argparse prints "argument --since: <this>", exit 2
            raise argparse.ArgumentTypeError(" / ".join(BOUND_FORMAT)) from None

    parse.__name__ = name  # argparse names the type in its fallback message
    return parse


def _add_key(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--key-env",
        metavar="VAR",
        help="environment variable holding the HMAC key the log was written with / biến môi "
        "trường chứa khóa HMAC",
    )


def _add_period(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--since",
        type=_bound("--since"),
        help="YYYY-MM-DD or ISO datetime (UTC unless an offset is given), inclusive",
    )
    parser.add_argument(
        "--until",
        type=_bound("--until"),
        help="YYYY-MM-DD or ISO datetime (UTC unless an offset is given), exclusive",
    )


def add_parser(sub: Any) -> None:
    audit = sub.add_parser(
        "audit", help="verify, export or summarise a sign-off audit log / kiểm tra nhật ký"
    )
    asub = audit.add_subparsers(dest="audit_command", required=True)

    verify = asub.add_parser("verify", help="check the hash chain / kiểm tra chuỗi băm")
    verify.add_argument("file")
    _add_key(verify)
    verify.add_argument("--expect-head", help="published head SEQ:HASH the chain must contain")
    add_lang(verify)
    verify.set_defaults(func=_verify)

    export = asub.add_parser("export", help="rows as JSON or CSV / xuất dữ liệu")
    export.add_argument("file")
    add_format(export, "json", "csv")
    _add_period(export)
    _add_key(export)
    add_lang(export)
    export.set_defaults(func=_export)

    report = asub.add_parser("report", help="counts per unit, action, approver, outcome / thống kê")
    report.add_argument("file")
    _add_period(report)
    _add_key(report)
    add_format(report, "text", "json")
    add_lang(report)
    report.set_defaults(func=_report)


def _open(args: argparse.Namespace) -> Any:
    """The log, opened read-only; raises what :func:`~ai_guard.cli._common.run` reports (a
    missing file, an empty period, an empty key variable)."""
    from ai_guard.extract import file_not_found
    from ai_guard.signoff.audit import AuditLog

    if not os.path.isfile(args.file):
        raise file_not_found(args.file)
    if getattr(args, "since", None) and getattr(args, "until", None) and args.since >= args.until:
        raise UsageError(
            (
                "--since phải trước --until (khoảng thời gian đang trống)",
                "--since must be earlier than --until (the period is empty)",
            )
        )
    key = None
    env = getattr(args, "key_env", None)
    if env:
        key = os.environ.get(env)
        if not key:
            raise UsageError(
                (
                    f"biến môi trường {env} trống hoặc chưa đặt",
                    f"environment variable {env} is empty or not set",
                )
            )
    return AuditLog(args.file, key=key, create=False)


def _problem_lines(result: Any, lang: str) -> list[str]:
    en = lang == "en"
    lines = []
    for p in result.problems:
        where = (f"row {p.seq}" if en else f"dòng {p.seq}") if p.seq else "-"
        lines.append(f"  {p.kind:<13} {where:<10} {p.message(lang)}")
    return lines


def _headline(result: Any, lang: str) -> str:
    """One line saying what verification found, in the chosen language."""
    from ai_guard import i18n

    vi, en = i18n.audit_verification(result.status, len(result.problems), result.records)
    return en if lang == "en" else vi


def _open_verified(args: argparse.Namespace) -> tuple[Any, Any, int]:
    """Open and verify the log before printing rows or figures; say on stderr when they cannot
    be vouched for. ``(log, verification, exit code)``."""
    from ai_guard import i18n

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
            i18n.audit_unverified(args.file, result.status, len(result.problems)),
        )
    if code != ExitCode.OK:
        for line in _problem_lines(result, args.lang):
            sys.stderr.write(line + "\n")
    return log, result, code


def _verify(args: argparse.Namespace) -> int:
    log = _open(args)
    expected = None
    if args.expect_head:
        seq, _, digest = args.expect_head.partition(":")
        if not seq.isdigit() or len(digest) != 64:
            raise UsageError(
                (
                    "--expect-head phải có dạng SEQ:HASH (64 ký tự hex)",
                    "--expect-head must be SEQ:HASH (64 hex characters)",
                )
            )
        expected = (int(seq), digest)
    result = log.verify(expected_head=expected)
    code = _EXIT_FOR_STATUS.get(result.status, ExitCode.FOUND)
    out = sys.stdout if code != ExitCode.ERROR else sys.stderr
    headline = _headline(result, args.lang)
    if result.ok and result.head:
        headline += f" (head {result.head[0]}:{result.head[1]})"
    out.write(("" if out is sys.stdout else f"{PROG}: ") + headline + "\n")
    for line in _problem_lines(result, args.lang):
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
    from ai_guard import i18n

    log, result, code = _open_verified(args)
    if result.status == "unreadable":
        return code
    rep = log.report(since=args.since, until=args.until)
    if args.format == "json":
        payload = {
            **rep.__dict__,
            "verification": {
                "ok": result.ok,
                "status": result.status,
                "problems": len(result.problems),
                "records": result.records,
            },
        }
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return code
    en = args.lang == "en"
    period = f"{rep.since or '…'} → {rep.until or '…'}"
    out = [
        (f"AI decision sign-offs, {period}: {rep.total} attempts")
        if en
        else f"Phê duyệt quyết định có dùng AI, {period}: {rep.total} lượt"
    ]
    if not result.ok:
        vi, en_line = i18n.audit_report_unverified(result.status)
        out.insert(0, en_line if en else vi)
    titles = (
        ("Per unit", "Theo đơn vị", rep.by_unit),
        ("Per action", "Theo loại quyết định", rep.by_action),
        ("Per approver", "Theo người phê duyệt", rep.by_approver),
        ("Per outcome", "Theo kết quả", rep.by_outcome),
    )
    for t_en, t_vi, table in titles:
        out.append(f"  {t_en if en else t_vi}")
        for key, n in table.items():
            out.append(f"    {key:<36} {n:>7}")
    out.append("  " + ("Per unit and outcome" if en else "Theo đơn vị và kết quả"))
    for unit, counts in rep.by_unit_outcome.items():
        cells = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        out.append(f"    {unit:<36} {cells}")
    sys.stdout.write("\n".join(out) + "\n")
    return code
