"""Baselines: adopt the hook in a large repository and be told only about new problems.

A baseline file (JSON, versioned) lists the identity of each accepted finding: the rule, the
file and a hash of the finding's line text (whitespace collapsed) — not the line number, so
moving code creates no new finding, and not the text itself, so a baseline never stores a key
or a prompt. ``ai-guard scan --baseline FILE`` marks findings found in it as ``baselined``
(reported in JSON and SARIF, not in the text report, not counted for the exit code);
``--update-baseline`` writes the current findings to FILE.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections import Counter
from pathlib import Path

from ai_guard.errors import InputError
from ai_guard.scan.rules import ScanFinding

__all__ = ["finding_path", "fingerprint", "load_baseline", "write_baseline"]

VERSION = 1


def _line(path: str, line: int) -> str:
    try:
        return Path(path).read_text("utf-8", errors="replace").splitlines()[line - 1]
    except (OSError, IndexError):
        return ""


def finding_path(path: str, root: str = ".") -> str:
    """The path a finding is known by, in baselines and SARIF alike: relative to ``root`` (the
    directory the scan runs from) when the file is inside it, with ``/`` separators; so
    ``scan src`` and ``scan $PWD/src`` give the same identities."""
    posix = Path(path).as_posix()
    with contextlib.suppress(ValueError, OSError):
        posix = Path(path).resolve().relative_to(Path(root).resolve()).as_posix()
    return posix


def fingerprint(f: ScanFinding, root: str = ".") -> str:
    """The one identity of a finding (baselines and SARIF ``partialFingerprints``): the rule,
    the file, a hash of the line's text with whitespace collapsed; never the line number."""
    text = " ".join(_line(f.path, f.file_line or f.line).split())
    path = finding_path(f.path, root)
    return hashlib.sha256(f"{f.rule}\n{path}\n{text}".encode()).hexdigest()[:32]


def write_baseline(path: str, findings: list[ScanFinding]) -> int:
    """Write the identities of ``findings`` (suppressed ones left out); how many were written."""
    entries = sorted(
        ({"rule": f.rule, "path": finding_path(f.path), "fingerprint": fingerprint(f)}
         for f in findings if not f.suppressed),
        key=lambda e: (e["path"], e["rule"], e["fingerprint"]),
    )  # fmt: skip
    Path(path).write_text(
        json.dumps({"version": VERSION, "tool": "ai-guard", "findings": entries}, indent=2) + "\n",
        "utf-8",
    )
    return len(entries)


def load_baseline(path: str) -> Counter[str]:
    """Fingerprints of accepted findings (a multiset: the same line may appear twice)."""
    from ai_guard.i18n.scan import (
        scan_baseline_missing,
        scan_baseline_unreadable,
        scan_baseline_version,
    )
    from ai_guard.text.encodings import unicode_text

    try:
        data = json.loads(unicode_text(Path(path).read_bytes()))
    except FileNotFoundError:
        vi, en = scan_baseline_missing(path)
        raise InputError(vi=vi, en=en) from None
    except (OSError, ValueError) as exc:
        vi, en = scan_baseline_unreadable(path, type(exc).__name__)
        raise InputError(vi=vi, en=en) from None
    version = data.get("version") if isinstance(data, dict) else None
    if version != VERSION:
        vi, en = scan_baseline_version(path, version, VERSION)
        raise InputError(vi=vi, en=en)
    return Counter(str(e.get("fingerprint")) for e in data.get("findings", []))
