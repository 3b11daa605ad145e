"""``ai-guard-documents``: refuse to commit documents that must not reach an AI system.

AI coding assistants read the repositories they work in; a secret-stamped decision, an
enforcement case file or a CV committed as a test fixture goes wherever the repository goes.
Runs :func:`ai_guard.classify_document` on each file (.docx, .pdf, .html, .txt, .md) and
prints ``path: VERDICT | doc_type | sensitivity | categories: reason`` for every document that
may not be sent, never a value from it.

Exit codes: 0 every document may be sent as it is (``--strict``) or none is ``do_not_send``
(default); 1 a document is ``do_not_send`` (with ``--strict``: or ``redact_then_send``); 2 a
file could not be read (a scanned PDF without text, a missing extra, not UTF-8, a legacy
``.doc``, a type it cannot read, or an internal error while reading it: it could not be
checked, so the commit is refused), or the policy is invalid. 2 wins over 1.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    from ai_guard import messages
    from ai_guard.classify import classify_document
    from ai_guard.errors import AiGuardError
    from ai_guard.policy import Policy

    parser = argparse.ArgumentParser(prog="ai-guard-documents", description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*")
    parser.add_argument("--policy", help="policy file (default: discovered from the cwd)")
    parser.add_argument("--lang", choices=("vi", "en"), default="vi")
    parser.add_argument(
        "--strict",
        action="store_true",
        help="also refuse documents that need redaction / chặn cả văn bản cần che",
    )
    args = parser.parse_args(argv)
    lang: str = args.lang
    try:
        policy = Policy.from_file(args.policy) if args.policy else Policy.discover()
    except AiGuardError as exc:
        sys.stderr.write(f"ai-guard-documents: {exc.message(lang)}\n")
        return 2
    refused = {"do_not_send", "redact_then_send"} if args.strict else {"do_not_send"}
    status = 0
    for name in args.files:
        try:
            result = classify_document(Path(name), policy=policy)
        except AiGuardError as exc:
            sys.stderr.write(f"ai-guard-documents: {exc.message(lang)}\n")
            status = 2
            continue
        except Exception as exc:  # a damaged file must not pass, nor end the run unnamed
            what = (
                f"internal error while checking it ({type(exc).__name__}); it was not checked"
                if lang == "en"
                else f"lỗi nội bộ khi kiểm tra ({type(exc).__name__}); tệp chưa được kiểm tra"
            )
            sys.stderr.write(f"ai-guard-documents: {name}: {what}\n")
            status = 2
            continue
        if result.recommended_action not in refused:
            continue
        cats = ",".join(c.category.value for c in result.categories) or "-"
        verdict = messages.label(messages.ACTION_LABELS, result.recommended_action, lang)
        print(
            f"{name}: {verdict} | {result.doc_type.value} | {result.sensitivity.value} | "
            f"{cats}: {result.reasons[-1](lang)}"
        )
        if status == 0:
            status = 1
    return status


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
