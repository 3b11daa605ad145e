"""The ``ai-guard-prompts`` pre-commit hook; it lives in :func:`ai_guard.cli.hooks.prompts`.
This module is the entry point ``.pre-commit-hooks.yaml`` and older configurations name."""

from __future__ import annotations

from ai_guard.cli.hooks import prompts as main

__all__ = ["main"]

if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
