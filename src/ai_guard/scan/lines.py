"""Text files read line by line (scripts and configuration files): suppression comments, and
AIG102, AIG103 and AIG105 on each line's values."""

from __future__ import annotations

import re
from dataclasses import replace

from ai_guard.scan.catalogue import Catalogue
from ai_guard.scan.literals import GOV_EMAIL, account_name, key_finding, prompt_finding, prompt_name
from ai_guard.scan.rules import RULES, ScanFinding

__all__ = ["line_findings", "mark_suppressed"]

_STRING = re.compile(r"""(["'`])((?:\\.|(?!\1).){8,400}?)\1""")
_SUPPRESS = re.compile(r"(?:#|//)\s*ai-guard\s*:\s*ignore(?:\[([A-Z0-9,\s]+)\])?", re.I)
_KV = re.compile(r"""^\s*["']?([A-Za-z0-9_.\-]+)["']?\s*[:=]\s*(.+?)\s*,?\s*$""")


def _suppressed(lines: list[str], idx: int, rule: str) -> bool:
    for j in (idx, idx - 1):
        if 0 <= j < len(lines):
            m = _SUPPRESS.search(lines[j])
            if m and (m.group(1) is None or rule in m.group(1).upper()):
                return True
    return False


def mark_suppressed(findings: list[ScanFinding], lines: list[str]) -> list[ScanFinding]:
    """Findings marked suppressed by ``# ai-guard: ignore[...]`` or ``// ...`` on their line
    or the line above."""
    return [
        replace(f, suppressed=True) if _suppressed(lines, f.line - 1, f.rule) else f
        for f in findings
    ]


def line_findings(
    path: str, lines: list[str], out: list[ScanFinding], cat: Catalogue | None = None
) -> None:
    """AIG102 and AIG103 on every line; with a catalogue (configuration files), also AIG105
    for values under prompt-like keys (``system_prompt: ...``)."""
    for i, line in enumerate(lines, 1):
        kv = _KV.match(line)
        name = kv.group(1) if kv else None
        values = [m.group(2) for m in _STRING.finditer(line)]
        if kv and not values:
            values = [kv.group(2).strip().strip("\"'")]
        for value in values:
            vendor = key_finding(value, name)
            if vendor:
                out.append(RULES["AIG102"].finding(path, i, line.find(value[:8]) + 1, vendor))
                break
        email = GOV_EMAIL.search(line)
        if email and account_name(name):
            out.append(RULES["AIG103"].finding(path, i, email.start() + 1, f"'{name}'"))
        elif cat is not None and kv and prompt_name(name, cat):
            summary = prompt_finding(values[0]) if values else None
            if summary:
                out.append(RULES["AIG105"].finding(path, i, kv.start(2) + 1, holds=summary))
