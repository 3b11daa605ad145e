"""``ai-guard audit verify | export | report``: what a supervisor runs on the audit log.

Exit codes: ``verify`` 0 intact, 1 any problem (each named with its row), 2 usage error or a
file that does not exist; ``export`` and ``report`` 0, or 2 on errors.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

__all__ = ["add_parser"]


def add_parser(sub: Any) -> None:
    audit = sub.add_parser(
        "audit", help="verify, export or summarise a sign-off audit log / kiểm tra nhật ký"
    )
    asub = audit.add_subparsers(dest="audit_command", required=True)

    verify = asub.add_parser("verify", help="check the hash chain / kiểm tra chuỗi băm")
    verify.add_argument("file")
    verify.add_argument("--key-env", help="environment variable holding the HMAC key")
    verify.add_argument("--expect-head", help="published head SEQ:HASH the chain must contain")
    verify.add_argument("--lang", choices=("vi", "en"), default="vi")
    verify.set_defaults(func=_verify)

    export = asub.add_parser("export", help="rows as JSON or CSV / xuất dữ liệu")
    export.add_argument("file")
    export.add_argument("--format", choices=("json", "csv"), default="json")
    export.add_argument("--since", help="ISO date or datetime (UTC), inclusive")
    export.add_argument("--until", help="ISO date or datetime (UTC), exclusive")
    export.add_argument("--lang", choices=("vi", "en"), default="vi")
    export.set_defaults(func=_export)

    report = asub.add_parser("report", help="counts per unit, action, approver, outcome / thống kê")
    report.add_argument("file")
    report.add_argument("--since")
    report.add_argument("--until")
    report.add_argument("--format", choices=("text", "json"), default="text")
    report.add_argument("--lang", choices=("vi", "en"), default="vi")
    report.set_defaults(func=_report)


def _open(args: argparse.Namespace) -> Any:
    from ai_guard.audit import AuditLog

    if not os.path.isfile(args.file):
        msg = "file not found" if args.lang == "en" else "không tìm thấy tệp"
        sys.stderr.write(f"ai-guard: {args.file}: {msg}\n")
        return None
    key = None
    env = getattr(args, "key_env", None)
    if env:
        key = os.environ.get(env)
        if not key:
            msg = (
                f"environment variable {env} is empty or not set"
                if args.lang == "en"
                else f"biến môi trường {env} trống hoặc chưa đặt"
            )
            sys.stderr.write(f"ai-guard: {msg}\n")
            return None
    return AuditLog(args.file, key=key)


def _verify(args: argparse.Namespace) -> int:
    log = _open(args)
    if log is None:
        return 2
    expected = None
    if args.expect_head:
        seq, _, digest = args.expect_head.partition(":")
        if not seq.isdigit() or len(digest) != 64:
            sys.stderr.write("ai-guard: --expect-head must be SEQ:HASH (64 hex characters)\n")
            return 2
        expected = (int(seq), digest)
    result = log.verify(expected_head=expected)
    en = args.lang == "en"
    if result.ok:
        head = f" (head {result.head[0]}:{result.head[1]})" if result.head else ""
        sys.stdout.write(
            (f"OK: {result.records} records, chain intact{head}\n")
            if en
            else f"HỢP LỆ: {result.records} bản ghi, chuỗi băm nguyên vẹn{head}\n"
        )
        return 0
    sys.stdout.write(
        f"TAMPERED: {len(result.problems)} problem(s) in {result.records} records\n"
        if en
        else f"BỊ CAN THIỆP: {len(result.problems)} vấn đề trong {result.records} bản ghi\n"
    )
    for p in result.problems:
        where = f"row {p.seq}" if en else f"dòng {p.seq}"
        sys.stdout.write(f"  {p.kind:<13} {where if p.seq else '-':<10} {p.message(args.lang)}\n")
    return 1


def _export(args: argparse.Namespace) -> int:
    log = _open(args)
    if log is None:
        return 2
    sys.stdout.write(log.export(args.format, since=args.since, until=args.until))
    if args.format == "json":
        sys.stdout.write("\n")
    return 0


def _report(args: argparse.Namespace) -> int:
    log = _open(args)
    if log is None:
        return 2
    rep = log.report(since=args.since, until=args.until)
    if args.format == "json":
        sys.stdout.write(json.dumps(rep.__dict__, ensure_ascii=False, indent=2) + "\n")
        return 0
    en = args.lang == "en"
    period = f"{rep.since or '…'} → {rep.until or '…'}"
    out = [
        (f"AI decision sign-offs, {period}: {rep.total} attempts")
        if en
        else f"Phê duyệt quyết định có dùng AI, {period}: {rep.total} lượt"
    ]
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
    return 0
