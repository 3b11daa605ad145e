"""Configuration files (``.env``, YAML, JSON, TOML, INI, ``.cfg``): AIG102 for keys in values,
AIG103 for official e-mails under account-like keys, AIG105 for one-line values under
prompt-like keys (``system_prompt: ...``). Suppressions use ``#`` or ``//``."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import replace

from ai_guard.scan.catalogue import Catalogue, catalogue
from ai_guard.scan.lines import line_findings, mark_suppressed
from ai_guard.scan.literals import _VENDOR_PREFIXES
from ai_guard.scan.rules import ScanFinding

__all__ = ["CONFIG_SUFFIXES", "scan_config"]

#: what a line must hold for AIG102 or AIG103 to be possible there, lower-cased: a vendor
#: key's prefix, a key-like name (literals.key_finding's gates) or an '@'
_DATA_CUES = (
    *{p.lower() for p in _VENDOR_PREFIXES},
    "api_key", "apikey", "secret", "token", "auth", "password", "credential", "@",
)  # fmt: skip
_DATA_CUE = re.compile("|".join(map(re.escape, _DATA_CUES)), re.IGNORECASE)


def _cue_offsets(source: str) -> set[int]:
    """Where a cue starts in ``source``: substring searches on the lower-cased text (fast),
    or a regular expression when lower-casing changes the text's length."""
    low = source.lower()
    if len(low) != len(source):
        return {m.start() for m in _DATA_CUE.finditer(source)}
    found: set[int] = set()
    for cue in _DATA_CUES:
        i = low.find(cue)
        while i >= 0:
            found.add(i)
            i = low.find(cue, i + 1)
    return found


CONFIG_SUFFIXES = (".env", ".yaml", ".yml", ".json", ".toml", ".ini", ".cfg")


def scan_config(
    path: str, source: str, cat: Catalogue | None = None, *, data: bool = False
) -> list[ScanFinding]:
    """Findings of one configuration file (suppressed ones marked); ``data=True`` (a large
    JSON file of records) reads keys and e-mails only, not prompt literals."""
    lines = source.splitlines()
    out: list[ScanFinding] = []
    if data:
        # keys and e-mails only: the lines that can hold one, found in one pass
        starts = list(itertools.accumulate(map(len, source.splitlines(keepends=True))))
        hits = sorted({bisect.bisect_right(starts, i) for i in _cue_offsets(source)})
        for i in hits:
            found: list[ScanFinding] = []
            line_findings(path, [lines[i]], found)
            out.extend(replace(f, line=i + 1) for f in found)
    else:
        line_findings(path, lines, out, cat or catalogue())
    return mark_suppressed(out, lines)
