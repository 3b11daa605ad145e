"""``ai-guard check [FILE | -] [--format text|json] [--lang vi|en] [--policy FILE] [--redact]``

Checks one prompt (a file of any name, or standard input) with :func:`ai_guard.check_prompt`.
The input is read as UTF-8, UTF-16/32 with a BOM, or a legacy Vietnamese encoding (TCVN3,
VNI, Windows-1258); text that is the mojibake of one of those (``Céng hoµ x· héi``) is
converted before it is checked, and the conversion is said on standard error (a note, not
an error); positions and ``--redact`` output are those of the converted text. A PDF or a Word
file (by its name, or by its first bytes whatever its name) is read as a document, its pages'
text checked; one it cannot read (damaged, encrypted, scanned, a Word 6/95 file) exits 2.
Reports show each finding's type, position and reason, never
the value. Exit codes: 0 the text may be sent (with ``--redact``: the redacted text was printed
and may be sent); 1 blocked, or redaction needed and ``--redact`` not given; 2 usage or input
error.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any, TextIO

from ai_guard.cli._common import (
    ExitCode,
    add_format,
    add_lang,
    add_policy,
    load_policy,
    read_text,
)
from ai_guard.i18n.cli import cli_help

PROG = "ai-guard"

if TYPE_CHECKING:
    from ai_guard.models import PromptCheck

__all__ = ["add_parser", "run"]


def add_parser(sub: Any) -> None:
    check = sub.add_parser(
        "check",
        help=cli_help("check"),
    )
    check.add_argument("file", nargs="?", default="-", help=cli_help("check.file"))
    add_format(check, "text", "json")
    add_lang(check)
    add_policy(check)
    check.add_argument(
        "--redact",
        action="store_true",
        help=cli_help("check.redact"),
    )
    check.set_defaults(func=run)


def _print_report(result: PromptCheck, name: str, lang: str, out: TextIO) -> None:
    head = {"allow": "ALLOW", "redact": "REDACT", "block": "BLOCK"}[result.decision.value]
    out.write(f"{name}: {head}: {result.explanation(lang)}\n")
    for f in result.findings:
        out.write(f"  {f.entity.value:<18} {f.start}-{f.end:<8} {f.score:.2f}  {f.reason(lang)}\n")


def _write_json(result: PromptCheck, name: str, out: TextIO) -> None:
    """The result as one JSON object (``json.dumps(..., indent=2)`` of ``model_dump`` plus
    ``source``), written a finding at a time: a dense file has tens of thousands of findings,
    and one dump of them all held several copies of the report in memory at once."""
    payload = result.model_dump(mode="json", exclude={"findings"})
    payload["source"] = name
    keys = list(payload)
    order = ["decision", "findings", *(k for k in keys if k != "decision")]
    out.write("{\n")
    for i, key in enumerate(order):
        comma = "," if i < len(order) - 1 else ""
        if key != "findings":
            value = json.dumps(payload[key], ensure_ascii=False, indent=2).replace("\n", "\n  ")
            out.write(f"  {json.dumps(key)}: {value}{comma}\n")
            continue
        if not result.findings:
            out.write(f'  "findings": []{comma}\n')
            continue
        out.write('  "findings": [\n')
        last = len(result.findings) - 1
        for j, finding in enumerate(result.findings):
            item = json.dumps(finding.model_dump(mode="json"), ensure_ascii=False, indent=2)
            out.write("    " + item.replace("\n", "\n    ") + (",\n" if j < last else "\n"))
        out.write(f"  ]{comma}\n")
    out.write("}\n")


def run(args: argparse.Namespace) -> int:
    from ai_guard.prompt import check_prompt
    from ai_guard.prompt.warm import freeze_loaded

    lang = args.lang
    policy = load_policy(args.policy)
    freeze_loaded()  # (the imports out of the full collections a large input makes)
    name, text = read_text(args.file, prog=PROG, lang=lang)
    result = check_prompt(text, policy=policy)
    decision = result.decision.value
    if args.format == "json":
        _write_json(result, name, sys.stdout)
    elif args.redact and decision != "block":
        sys.stdout.write(result.redacted_text)
        if result.findings:
            _print_report(result, name, lang, sys.stderr)
    else:
        _print_report(result, name, lang, sys.stdout)
    if decision == "allow" or (decision == "redact" and args.redact):
        return ExitCode.OK
    return ExitCode.FOUND
