"""``ai-guard-prompts``: refuse to commit prompt files that hold what must not reach an LLM.

Runs :func:`ai_guard.check_prompt` on each file (prompt templates, few-shot examples, system
prompts). Prints ``path:line:col: ENTITY action: reason`` for every finding that the policy
does not allow, never the value itself.

Exit codes: 0 every file may be sent as it is; 1 a file holds findings to redact or block;
2 a file could not be read (named on standard error), or the policy is invalid.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

__all__ = ["main"]


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def main(argv: Sequence[str] | None = None) -> int:
    from ai_guard.errors import AiGuardError
    from ai_guard.models import Decision
    from ai_guard.policy import Policy
    from ai_guard.prompt import check_prompt

    parser = argparse.ArgumentParser(prog="ai-guard-prompts", description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*")
    parser.add_argument("--policy", help="policy file (default: discovered from the cwd)")
    parser.add_argument("--lang", choices=("vi", "en"), default="vi")
    args = parser.parse_args(argv)
    try:
        policy = Policy.from_file(args.policy) if args.policy else Policy.discover()
    except AiGuardError as exc:
        sys.stderr.write(f"ai-guard-prompts: {exc.message(args.lang)}\n")
        return 2
    status = 0
    for name in args.files:
        try:
            text = Path(name).read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            what = (
                "not UTF-8 / không phải UTF-8"
                if isinstance(exc, UnicodeDecodeError)
                else (f"cannot read / không đọc được ({exc.strerror})")
            )
            sys.stderr.write(f"{name}: {what}\n")
            status = 2
            continue
        result = check_prompt(text, policy=policy)
        for f in result.findings:
            if f.action is Decision.ALLOW:
                continue
            line, col = _position(text, f.start)
            print(f"{name}:{line}:{col}: {f.entity.value} {f.action.value}: {f.reason(args.lang)}")
        if result.decision is not Decision.ALLOW and status == 0:
            status = 1
    return status


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
