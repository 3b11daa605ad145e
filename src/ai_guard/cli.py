"""The ``ai-guard`` command line.

``ai-guard check [FILE | -] [--format text|json] [--lang vi|en] [--policy FILE] [--redact]``

Exit codes: 0 the text may be sent (with ``--redact``: the redacted text was printed and may be
sent); 1 blocked, or redaction needed and ``--redact`` not given; 2 usage or input error.
Reports show each finding's type, position and reason, never the value.

``ai-guard classify PATH... [--format text|json] [--lang vi|en] [--jobs N] [--policy FILE]``

Folders are walked recursively. One line (text) or one JSON object (json) per document, then a
summary (counts per sensitivity and per verdict). Exit codes: 0 every file was classified and
may be sent as it is; 1 every file was classified and at least one may not; 2 at least one file
could not be classified (not found, unreadable, legacy ``.doc``, a type that cannot be read),
or nothing at all was read (an empty folder): each is reported by name, the run goes on, and a
last line counts what was not checked, per reason.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from ai_guard import __version__

__all__ = ["main"]

EXIT_OK, EXIT_FOUND, EXIT_ERROR = 0, 1, 2


def _read_input(source: str) -> tuple[str, str]:
    """Return (name, text). Raises InputError naming the file and the problem."""
    from ai_guard.errors import InputError

    if source == "-":
        name = "<stdin>"
        data = sys.stdin.buffer.read()
    else:
        name = source
        path = Path(source)
        if path.is_dir():
            raise InputError(
                f"{name}: is a directory, not a file", f"{name}: là thư mục, không phải tệp"
            )
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise InputError(f"{name}: file not found", f"{name}: không tìm thấy tệp") from None
        except OSError as exc:
            raise InputError(
                f"{name}: cannot read ({exc.strerror})", f"{name}: không đọc được ({exc.strerror})"
            ) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not UTF-8 text (invalid byte at offset {exc.start}); convert it to UTF-8",
            f"{name}: không phải văn bản UTF-8 (byte không hợp lệ ở vị trí {exc.start}); "
            "hãy chuyển sang UTF-8",
        ) from None
    return name, text


def _print_report(result: object, name: str, lang: str, out: TextIO) -> None:
    from ai_guard.models import PromptCheck

    assert isinstance(result, PromptCheck)
    head = {"allow": "ALLOW", "redact": "REDACT", "block": "BLOCK"}[result.decision.value]
    out.write(f"{name}: {head}: {result.explanation(lang)}\n")
    for f in result.findings:
        out.write(f"  {f.entity.value:<18} {f.start}-{f.end:<8} {f.score:.2f}  {f.reason(lang)}\n")


def _cmd_check(args: argparse.Namespace) -> int:
    from ai_guard.errors import AiGuardError
    from ai_guard.policy import Policy
    from ai_guard.prompt import check_prompt

    lang = args.lang
    try:
        policy = Policy.from_file(args.policy) if args.policy else Policy.discover()
        name, text = _read_input(args.file)
    except AiGuardError as exc:
        sys.stderr.write(f"ai-guard: {exc.message(lang)}\n")
        return EXIT_ERROR
    result = check_prompt(text, policy=policy)
    decision = result.decision.value
    if args.format == "json":
        payload = result.model_dump(mode="json")
        payload["source"] = name
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    elif args.redact and decision != "block":
        sys.stdout.write(result.redacted_text)
        if result.findings:
            _print_report(result, name, lang, sys.stderr)
    else:
        _print_report(result, name, lang, sys.stdout)
    if decision == "allow":
        return EXIT_OK
    if decision == "redact" and args.redact:
        return EXIT_OK
    return EXIT_FOUND


def _cmd_classify(args: argparse.Namespace) -> int:
    from ai_guard.classify_cli import run_classify

    return run_classify(args)


def _cmd_scan(args: argparse.Namespace) -> int:
    from ai_guard.errors import AiGuardError
    from ai_guard.scan import ScanConfig, scan_paths
    from ai_guard.scan.report import to_json, to_sarif, to_text

    try:
        config = ScanConfig.discover()
    except AiGuardError as exc:
        sys.stderr.write(f"ai-guard: {exc.message(args.lang)}\n")
        return EXIT_ERROR
    if args.jobs < 1:
        sys.stderr.write("ai-guard: --jobs must be >= 1 / --jobs phải ≥ 1\n")
        return EXIT_ERROR
    if args.calls and (args.format == "sarif" or args.update_baseline):
        sys.stderr.write(
            "ai-guard: --calls lists call sites as text or JSON only / --calls chỉ in dạng "
            "text hoặc json\n"
        )
        return EXIT_ERROR
    report = scan_paths(args.paths or ["."], config=config, jobs=args.jobs)
    if args.calls:
        from ai_guard.scan.report import calls_to_json, calls_to_text

        out = calls_to_json(report) if args.format == "json" else calls_to_text(report, args.lang)
        sys.stdout.write(out)
        return EXIT_ERROR if report.errors else EXIT_OK
    if args.update_baseline:
        from ai_guard.scan.baseline import write_baseline

        n = write_baseline(args.baseline or ".ai-guard-baseline.json", report.findings)
        sys.stderr.write(f"ai-guard: baseline written with {n} findings\n")
        return EXIT_ERROR if report.errors else EXIT_OK
    if args.baseline:
        from ai_guard.scan.baseline import load_baseline

        try:
            report.apply_baseline(load_baseline(args.baseline))
        except AiGuardError as exc:
            sys.stderr.write(f"ai-guard: {exc.message(args.lang)}\n")
            return EXIT_ERROR
    if args.format == "json":
        sys.stdout.write(to_json(report))
    elif args.format == "sarif":
        sys.stdout.write(to_sarif(report))
    else:
        sys.stdout.write(to_text(report, args.lang))
    if report.errors:
        return EXIT_ERROR
    return EXIT_FOUND if report.active else EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ai-guard",
        description="Check text before it goes to an AI chatbot (Vietnamese personal data, "
        "state-secret marks, API keys). / Kiểm tra văn bản trước khi gửi cho chatbot AI.",
    )
    parser.add_argument("--version", action="version", version=f"ai-guard {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser(
        "check",
        help="check a prompt file or standard input / kiểm tra một tệp hoặc đầu vào chuẩn",
    )
    check.add_argument("file", nargs="?", default="-", help="file to check, or - for stdin")
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.add_argument("--lang", choices=("vi", "en"), default="vi")
    check.add_argument("--policy", help="policy file (ai-guard.toml or pyproject.toml)")
    check.add_argument(
        "--redact",
        action="store_true",
        help="print the redacted text and exit 0 unless blocked / in văn bản đã che",
    )
    check.set_defaults(func=_cmd_check)
    classify = sub.add_parser(
        "classify",
        help="classify documents: type, sensitivity, verdict / phân loại văn bản",
    )
    classify.add_argument("paths", nargs="+", help="files or folders (walked recursively)")
    classify.add_argument("--format", choices=("text", "json"), default="text")
    classify.add_argument("--lang", choices=("vi", "en"), default="vi")
    classify.add_argument("--policy", help="policy file (ai-guard.toml or pyproject.toml)")
    classify.add_argument(
        "--jobs", type=int, default=1, help="worker processes (default 1) / số tiến trình"
    )
    classify.set_defaults(func=_cmd_classify)
    scan = sub.add_parser(
        "scan",
        help="scan code that calls LLM APIs (AIG101-105) / quét mã gọi API mô hình ngôn ngữ",
    )
    scan.add_argument("paths", nargs="*", help="files or folders (default: .)")
    scan.add_argument("--format", choices=("text", "json", "sarif"), default="text")
    scan.add_argument("--lang", choices=("vi", "en"), default="en")
    scan.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    scan.add_argument("--baseline", help="accepted findings (JSON); report only new ones")
    scan.add_argument(
        "--update-baseline",
        action="store_true",
        help="write the current findings to --baseline (default .ai-guard-baseline.json)",
    )
    scan.add_argument(
        "--calls",
        action="store_true",
        help="list every LLM call site with its status instead of the findings (an inventory "
        "for the head of unit) / liệt kê mọi chỗ gọi mô hình ngôn ngữ và trạng thái",
    )
    scan.set_defaults(func=_cmd_scan)
    from ai_guard.cli_audit import add_parser as add_audit_parser

    add_audit_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    code: int = args.func(args)
    return code


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
