"""``ai-guard-scan``: refuse to commit code that sends unchecked data to an LLM, holds an LLM
key, uses an official e-mail as an AI account, or holds sensitive prompt literals.

Prints ``path:line:col: AIGxxx message`` per finding (suppressed ones are not printed).
Exit codes: 0 clean; 1 findings; 2 a file could not be parsed or read (it is named).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    from ai_guard.errors import AiGuardError
    from ai_guard.scan import ScanConfig, scan_paths
    from ai_guard.scan.report import to_text

    parser = argparse.ArgumentParser(prog="ai-guard-scan", description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*")
    parser.add_argument("--lang", choices=("vi", "en"), default="en")
    args = parser.parse_args(argv)
    try:
        config = ScanConfig.discover()
    except AiGuardError as exc:
        sys.stderr.write(f"ai-guard-scan: {exc.message(args.lang)}\n")
        return 2
    report = scan_paths(args.files, config=config)
    sys.stdout.write(to_text(report, args.lang))
    if report.errors:
        return 2
    return 1 if report.active else 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
