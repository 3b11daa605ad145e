"""The ``ai-guard`` command line: one parser, one module per command, shared pieces in
:mod:`ai_guard.cli._common`.

=============================  ============================================================
``ai-guard check``             one prompt, a file or standard input (:mod:`.check`)
``ai-guard classify``          documents and folders, in parallel, with a summary
                               (:mod:`.classify`)
``ai-guard scan``              code that calls LLM APIs, AIG101-106 (:mod:`.scan`)
``ai-guard audit``             verify, export or summarise a sign-off audit log
                               (:mod:`.audit`)
``ai-guard serve``             the OpenAI/Anthropic-compatible gateway (:mod:`.serve`)
pre-commit hooks               ``ai-guard-prompts``, ``ai-guard-documents``,
                               ``ai-guard-scan`` (:mod:`.hooks`)
=============================  ============================================================

Every command and hook takes ``--lang vi|en`` and exits 0 (nothing to stop), 1 (something
found: redact, block, may not be sent, a finding, a log that fails verification) or 2 (a usage
or input error: a bad option, a policy that cannot be loaded, a file that could not be read
or checked; 2 wins over 1). Each command's module says what its codes mean for it.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from ai_guard.i18n.cli import cli_help

__all__ = ["build_parser", "main"]

PROG = "ai-guard"


def build_parser() -> argparse.ArgumentParser:
    from ai_guard import __version__
    from ai_guard.cli import audit, check, classify, scan, serve

    parser = argparse.ArgumentParser(
        prog=PROG,
        description=cli_help("description"),
    )
    parser.add_argument("--version", action="version", version=f"ai-guard {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    for command in (check, classify, scan, audit, serve):
        command.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from ai_guard.cli._common import run

    args = build_parser().parse_args(argv)
    return run(PROG, args.func, args)
