"""Configuration files (``.env``, YAML, JSON, TOML, INI, ``.cfg``): AIG102 for keys in values,
AIG103 for official e-mails under account-like keys, AIG105 for one-line values under
prompt-like keys (``system_prompt: ...``). Suppressions use ``#`` or ``//``."""

from __future__ import annotations

from ai_guard.scan.catalogue import Catalogue, catalogue
from ai_guard.scan.lines import line_findings, mark_suppressed
from ai_guard.scan.rules import ScanFinding

__all__ = ["CONFIG_SUFFIXES", "scan_config"]

CONFIG_SUFFIXES = (".env", ".yaml", ".yml", ".json", ".toml", ".ini", ".cfg")


def scan_config(
    path: str, source: str, cat: Catalogue | None = None, *, data: bool = False
) -> list[ScanFinding]:
    """Findings of one configuration file (suppressed ones marked); ``data=True`` (a large
    JSON file of records) reads keys and e-mails only, not prompt literals."""
    lines = source.splitlines()
    out: list[ScanFinding] = []
    line_findings(path, lines, out, None if data else cat or catalogue())
    return mark_suppressed(out, lines)
