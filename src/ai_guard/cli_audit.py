"""Moved to :mod:`ai_guard.cli.audit` (``ai-guard audit``); this name keeps working."""

from ai_guard.cli.audit import add_parser

__all__ = ["add_parser"]
