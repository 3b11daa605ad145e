"""The pre-commit hooks: thin ``main(argv) -> int`` functions, file names in, one line per
finding out, never a value. They use the same options, policy loading, file reading, exit
codes and error lines as the ``ai-guard`` commands (:mod:`ai_guard.cli._common`); the work is
done by the library. The console scripts ``ai-guard-prompts``, ``ai-guard-documents`` and
``ai-guard-scan`` (what ``.pre-commit-hooks.yaml`` runs) point here; ``ai_guard.hooks.prompts``,
``.documents`` and ``.scan``, the paths older configurations name, re-export them. See
``hooks/README.md``.

Exit codes, the same for the three hooks: 0 every file may be committed; 1 a file holds what
the hook refuses; 2 a file could not be read or checked (it is named on standard error: what
was not checked is never passed), or the policy or configuration is invalid. 2 wins over 1.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from ai_guard.cli._common import (
    ExitCode,
    add_lang,
    add_policy,
    load_policy,
    read_text,
    run,
    say,
)
from ai_guard.i18n.cli import cli_help

__all__ = ["documents", "prompts", "scan"]


def _parser(prog: str, hook: str) -> argparse.ArgumentParser:
    """``PROG [FILE...] [--lang vi|en]``, described by ``i18n.cli.CLI_HELP["hook.<hook>"]``."""
    parser = argparse.ArgumentParser(prog=prog, description=cli_help(f"hook.{hook}"))
    parser.add_argument("files", nargs="*", help=cli_help("hook.files"))
    add_lang(parser)
    return parser


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def prompts(argv: Sequence[str] | None = None) -> int:
    """``ai-guard-prompts``: refuse to commit prompt files that hold what must not reach an LLM.

    Runs :func:`ai_guard.check_prompt` on each file (prompt templates, few-shot examples,
    system prompts), read as UTF-8 whatever its name. Prints ``path:line:col: ENTITY action:
    reason`` for every finding that the policy does not allow, never the value itself.

    Exit codes: 0 every file may be sent as it is; 1 a file holds findings to redact or block;
    2 a file could not be read (named on standard error), or the policy is invalid.
    """
    parser = _parser("ai-guard-prompts", "prompts")
    add_policy(parser)
    return run("ai-guard-prompts", _prompts, parser.parse_args(argv))


def _prompts(args: argparse.Namespace) -> int:
    from ai_guard.errors import InputError
    from ai_guard.models import Decision
    from ai_guard.prompt import check_prompt
    from ai_guard.prompt.warm import freeze_loaded

    policy = load_policy(args.policy)
    freeze_loaded()  # (the imports out of the full collections a large file makes)
    status = ExitCode.OK
    for name in args.files:
        try:
            _, text = read_text(name, prog="ai-guard-prompts", lang=args.lang)
        except InputError as exc:
            say("ai-guard-prompts", args.lang, exc)
            status = ExitCode.ERROR
            continue
        result = check_prompt(text, policy=policy)
        for f in result.findings:
            if f.action is Decision.ALLOW:
                continue
            line, col = _position(text, f.start)
            print(f"{name}:{line}:{col}: {f.entity.value} {f.action.value}: {f.reason(args.lang)}")
        if result.decision is not Decision.ALLOW:
            status = max(status, ExitCode.FOUND)
    return status


def documents(argv: Sequence[str] | None = None) -> int:
    """``ai-guard-documents``: refuse to commit documents that must not reach an AI system.

    AI coding assistants read the repositories they work in; a secret-stamped decision, an
    enforcement case file or a CV committed as a test fixture goes wherever the repository
    goes. Classifies each file (.docx, .pdf, .html, .txt, .md) as ``ai-guard classify`` does
    and prints ``path: VERDICT | doc_type | sensitivity | categories: reason`` for every
    document that may not be sent, never a value from it.

    Exit codes: 0 every document may be sent as it is (``--strict``) or none is
    ``do_not_send`` (default); 1 a document is ``do_not_send`` (with ``--strict``: or
    ``redact_then_send``); 2 a file could not be read (a scanned PDF without text, a missing
    extra, not UTF-8, a Word 6/95 file, a type it cannot read, or an internal error while
    reading it: it could not be checked, so the commit is refused), or the policy is invalid.
    2 wins over 1.
    """
    parser = _parser("ai-guard-documents", "documents")
    add_policy(parser)
    parser.add_argument(
        "--strict",
        action="store_true",
        help=cli_help("hook.strict"),
    )
    return run("ai-guard-documents", _documents, parser.parse_args(argv))


def _documents(args: argparse.Namespace) -> int:
    from ai_guard.cli._common import note_conversion
    from ai_guard.cli.classify import classify_path, freeze_imports, verdict_line

    policy = load_policy(args.policy)
    freeze_imports()  # (the imports out of the full collections a large document makes)
    refused = {"do_not_send", "redact_then_send"} if args.strict else {"do_not_send"}
    status = ExitCode.OK
    for name in args.files:
        _, result, error = classify_path(name, policy)
        if error is not None or result is None:
            _, en, vi = error or ("", "", "")
            say("ai-guard-documents", args.lang, (vi, en))
            status = ExitCode.ERROR
            continue
        note_conversion("ai-guard-documents", args.lang, name, result)
        if result.recommended_action in refused:
            print(f"{verdict_line(result, name, args.lang)}: {result.reasons[-1](args.lang)}")
            status = max(status, ExitCode.FOUND)
    return status


def scan(argv: Sequence[str] | None = None) -> int:
    """``ai-guard-scan``: refuse to commit code that sends unchecked data to an LLM, holds an
    LLM key, uses an official e-mail as an AI account, or holds sensitive prompt literals.

    Prints ``path:line:col: AIGxxx message`` per finding (suppressed ones are not printed), as
    ``ai-guard scan`` does. Exit codes: 0 clean; 1 findings; 2 a file could not be parsed or
    read (it is named), or the ``[scan]`` configuration is invalid.
    """
    parser = _parser("ai-guard-scan", "scan")
    return run("ai-guard-scan", _scan, parser.parse_args(argv))


def _scan(args: argparse.Namespace) -> int:
    from ai_guard.cli.scan import scan as scan_files

    return scan_files(args.files, lang=args.lang, prog="ai-guard-scan")
