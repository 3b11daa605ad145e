"""Finding construction: what the Python passes found, at the position of an AST node."""

from __future__ import annotations

import ast

from ai_guard.scan.rules import RULES, CallSite, ScanFinding

__all__ = ["Recorder"]


class Recorder:
    """The findings and LLM call sites of one Python file, in the order they were found
    (lines and columns are 1-based)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.findings: list[ScanFinding] = []
        self.calls: list[CallSite] = []
        self._seen: set[ScanFinding] = set()
        self.again = False
        """a function walked again (what it was handed became known later): a call site
        it already listed is not listed twice"""

    def finding(
        self,
        rule: str,
        node: ast.AST,
        detail: str | tuple[str, str] = "",
        *,
        holds: tuple[str, str] | None = None,
    ) -> None:
        """A finding of ``rule`` at ``node``; ``detail`` and ``holds`` as in
        :meth:`~ai_guard.scan.rules.Rule.finding`."""
        line, column = _position(node)
        found = RULES[rule].finding(self.path, line, column, detail, holds=holds)
        if found not in self._seen:  # a literal read at its call and again by its name
            self._seen.add(found)
            self.findings.append(found)

    def call_site(self, node: ast.AST, vendor: str, status: str) -> None:
        """An LLM call site and what the scanner concluded about its prompt."""
        line, column = _position(node)
        if self.again and any((c.line, c.column) == (line, column) for c in self.calls):
            return
        self.calls.append(CallSite(self.path, line, column, vendor, status))


def _position(node: ast.AST) -> tuple[int, int]:
    return getattr(node, "lineno", 1), getattr(node, "col_offset", 0) + 1
