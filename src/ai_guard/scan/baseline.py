"""Baselines: adopt the hook in a large repository and be told only about new problems.

A baseline file (JSON, versioned) lists the identity of each accepted finding: the rule, the
file and a hash of the finding's line text (whitespace collapsed) — not the line number, so
moving code creates no new finding, and not the text itself, so a baseline never stores a key
or a prompt. ``ai-guard scan --baseline FILE`` marks findings found in it as ``baselined``
(reported in JSON and SARIF, not in the text report, not counted for the exit code);
``--update-baseline`` writes the current findings to FILE.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

from ai_guard.errors import InputError
from ai_guard.scan.rules import ScanFinding

__all__ = ["fingerprint", "load_baseline", "write_baseline"]

VERSION = 1


def _line(path: str, line: int) -> str:
    try:
        return Path(path).read_text("utf-8", errors="replace").splitlines()[line - 1]
    except (OSError, IndexError):
        return ""


def fingerprint(f: ScanFinding) -> str:
    text = " ".join(_line(f.path, f.line).split())
    path = Path(f.path).as_posix()
    return hashlib.sha256(f"{f.rule}\n{path}\n{text}".encode()).hexdigest()[:32]


def write_baseline(path: str, findings: list[ScanFinding]) -> int:
    entries = sorted(
        ({"rule": f.rule, "path": Path(f.path).as_posix(), "fingerprint": fingerprint(f)}
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
    try:
        data = json.loads(Path(path).read_text("utf-8"))
    except FileNotFoundError:
        raise InputError(
            f"{path}: baseline file not found (create it with --update-baseline)",
            f"{path}: không tìm thấy tệp baseline (tạo bằng --update-baseline)",
        ) from None
    except (OSError, ValueError) as exc:
        raise InputError(
            f"{path}: not a readable baseline ({type(exc).__name__})",
            f"{path}: tệp baseline không đọc được ({type(exc).__name__})",
        ) from None
    version = data.get("version") if isinstance(data, dict) else None
    if version != VERSION:
        raise InputError(
            f"{path}: unsupported baseline version {version!r} (expected {VERSION})",
            f"{path}: phiên bản baseline {version!r} không được hỗ trợ (cần {VERSION})",
        )
    return Counter(str(e.get("fingerprint")) for e in data.get("findings", []))
