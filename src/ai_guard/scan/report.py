"""Scanner reports: text (``path:line:col: AIGxxx message``), JSON, SARIF 2.1.0; the call-site
inventory (``scan --calls``) as text or JSON.

Text is in one language, Vietnamese by default (``lang="en"`` for English), as every ai-guard
message and the ``ai-guard scan`` command; JSON and SARIF carry both languages.
"""

from __future__ import annotations

import json
from typing import Any

from ai_guard import __version__
from ai_guard.scan import ScanReport
from ai_guard.scan.baseline import finding_path, fingerprint
from ai_guard.scan.rules import RULES

__all__ = ["calls_to_json", "calls_to_text", "to_json", "to_sarif", "to_text"]


def _error_lines(report: ScanReport, lang: str) -> list[str]:
    if not report.errors and not report.notes:
        return []  # the sentences are not imported for a clean run (the hook's start-up)
    from ai_guard.i18n.common import pick
    from ai_guard.i18n.scan import scan_file_error, scan_file_note

    return [
        *(f"{path}:1:1: NOTE {pick(scan_file_note(note), lang)}" for path, note in report.notes),
        *(
            f"{path}:1:1: ERROR {pick(scan_file_error(problem), lang)}"
            for path, problem in report.errors
        ),
    ]


def _problem_rows(report: ScanReport, key: str) -> list[dict[str, object]]:
    """The files read in part (``NOTE``) and in error (``ERROR``) as JSON rows."""
    if not report.errors and not report.notes:
        return []
    from ai_guard.i18n.scan import scan_file_error, scan_file_note

    rows: list[dict[str, object]] = []
    for kind, items, say in (
        ("NOTE", report.notes, scan_file_note),
        ("ERROR", report.errors, scan_file_error),
    ):
        for path, problem in items:
            vi, en = say(problem)
            rows.append(
                {key: kind, "path": path, "line": 1, "column": 1, "message": en, "message_vi": vi}
            )
    return rows


def to_text(report: ScanReport, lang: str = "vi") -> str:
    """One line per active finding (not suppressed, not baselined), then the files that could
    not be scanned."""
    lines = [f"{f.path}:{f.line}:{f.column}: {f.rule} {f.message(lang)}" for f in report.active]
    lines.extend(_error_lines(report, lang))
    return "\n".join(lines) + ("\n" if lines else "")


def to_json(report: ScanReport) -> str:
    """Every finding (suppressed and baselined ones marked), then the files in error."""
    payload = [f.as_dict() for f in report.findings]
    payload.extend(_problem_rows(report, "rule"))
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def calls_to_text(report: ScanReport, lang: str = "vi") -> str:
    """``path:line:col: vendor status`` per LLM call site, then counts per vendor, then the
    files that could not be scanned."""
    from collections import Counter

    from ai_guard.i18n.common import pick
    from ai_guard.i18n.scan import scan_call_count, scan_cell_tag

    lines = []
    for c in report.calls:
        cell = "" if c.cell is None else f" {pick(scan_cell_tag(c.cell), lang)}"
        lines.append(f"{c.path}:{c.line}:{c.column}: {c.vendor} {c.status}{cell}")
    per: dict[str, Counter[str]] = {}
    for c in report.calls:
        per.setdefault(c.vendor, Counter())[c.status] += 1
    lines.append(pick(scan_call_count(len(report.calls), report.files), lang))
    for vendor, counts in sorted(per.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])):
        detail = ", ".join(f"{k} {n}" for k, n in sorted(counts.items()))
        lines.append(f"  {vendor}: {sum(counts.values())} ({detail})")
    lines.extend(_error_lines(report, lang))
    return "\n".join(lines) + "\n"


def calls_to_json(report: ScanReport) -> str:
    """Every call site as a row, then the files in error."""
    payload: list[dict[str, object]] = [c.as_dict() for c in report.calls]
    payload.extend(_problem_rows(report, "status"))
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def to_sarif(report: ScanReport, root: str = ".") -> str:
    """SARIF 2.1.0: the rules' metadata, every finding (suppressed and baselined ones as
    suppressions) with the baseline's fingerprint, files in error as notifications. Paths
    are relative to ``root`` when inside it."""
    rules = [
        {
            "id": r.id,
            "name": r.name,
            "shortDescription": {"text": r.summary_en},
            "fullDescription": {"text": f"{r.summary_en} / {r.summary_vi}"},
            "help": {"text": f"{r.fix_en} / {r.fix_vi}"},
            "defaultConfiguration": {"level": "error"},
        }
        for r in RULES.values()
    ]
    index = {r.id: i for i, r in enumerate(RULES.values())}
    results: list[dict[str, Any]] = []
    for f in report.findings:
        uri = finding_path(f.path, root)
        result: dict[str, Any] = {
            "ruleId": f.rule,
            "ruleIndex": index[f.rule],
            "level": "error",
            "message": {"text": f"{f.message_en} / {f.message_vi}"},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri},
                        # from the file's start (a notebook finding's line is in its cell)
                        "region": {
                            "startLine": f.file_line or f.line,
                            "startColumn": f.file_column or f.column,
                        },
                    }
                }
            ],
            "partialFingerprints": {"aiGuardLine/v1": fingerprint(f, root)},
        }
        if f.suppressed:
            result["suppressions"] = [{"kind": "inSource"}]
        elif f.baselined:
            result["suppressions"] = [{"kind": "external", "justification": "baseline"}]
        results.append(result)
    notifications = [
        {
            "level": "note" if row["rule"] == "NOTE" else "error",
            "message": {"text": f"{row['path']}: {row['message']} / {row['message_vi']}"},
        }
        for row in _problem_rows(report, "rule")
    ]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "ai-guard",
                "version": __version__,
                "informationUri": "https://example.invalid/ai-guard",
                "rules": rules,
            }
        },
        "results": results,
        "invocations": [
            {"executionSuccessful": not report.errors, "toolExecutionNotifications": notifications}
        ],
    }
    return json.dumps(
        {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
         "runs": [run]},
        ensure_ascii=False, indent=2,
    ) + "\n"  # fmt: skip
