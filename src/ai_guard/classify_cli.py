"""Moved to :mod:`ai_guard.cli.classify` (``ai-guard classify``); this name keeps working."""

from ai_guard.cli.classify import iter_documents
from ai_guard.cli.classify import run as run_classify

__all__ = ["iter_documents", "run_classify"]
