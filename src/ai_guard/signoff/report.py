"""What people read: the approver's view of a sign-off request, the supervisor's counts over a
period (:class:`~ai_guard.signoff.records.AuditReport`) as text or JSON, the log's rows as JSON
or CSV, and the lines that say what verification found. Every sentence comes from
:mod:`ai_guard.i18n.audit`, in Vietnamese or English."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ai_guard import i18n
from ai_guard.i18n.common import pick
from ai_guard.signoff.records import COLUMNS, AuditRecord, AuditReport, AuditVerification

if TYPE_CHECKING:
    from ai_guard.signoff.model import SignOffRequest

__all__ = [
    "export",
    "problem_lines",
    "render_report",
    "render_request",
    "summarise",
    "verification_line",
]

#: The outcomes that count as an attempt (each guarded call has exactly one of them).
_ATTEMPTS = ("refused", "rejected", "approved")
#: The gateway's rows (``ai_guard.serve.app``): one per request, but for an upstream's
#: failure after the decision (a second row) and ``/healthz``'s probe of the log.
_GATEWAY = "gateway:"
_GATEWAY_SECOND_ROWS = ("upstream_error", "probe")
#: The gateway's decisions under which the request was sent upstream.
_GATEWAY_SENT = ("allow", "redact")


def render_request(request: SignOffRequest, lang: str = "vi") -> str:
    """The request as the approver reads it: the action, each argument, the digest."""
    first, last = i18n.signoff_request_lines(request.action, request.digest)
    lines = [first[0] if lang == "vi" else first[1]]
    lines.extend(f"  {name}: {text}" for name, text in request.arguments.items())
    lines.append(last[0] if lang == "vi" else last[1])
    return "\n".join(lines)


def summarise(records: Sequence[AuditRecord], since: str | None, until: str | None) -> AuditReport:
    """Counts of the period's attempts per unit, action, approver and outcome, and of the
    gateway's requests per unit and person."""
    attempts = [r for r in records if r.outcome in _ATTEMPTS]
    by_unit_outcome: dict[str, Counter[str]] = {}
    for r in attempts:
        by_unit_outcome.setdefault(r.unit or "-", Counter())[r.outcome] += 1
    requests = [
        r
        for r in records
        if r.action.startswith(_GATEWAY) and r.outcome not in _GATEWAY_SECOND_ROWS
    ]
    gw_unit: dict[str, Counter[str]] = {}
    gw_person: dict[str, Counter[str]] = {}
    gw_sent: dict[str, Counter[str]] = {}
    for r in requests:
        gw_unit.setdefault(r.unit or "-", Counter())[r.outcome] += 1
        gw_person.setdefault(r.approver or "-", Counter())[r.outcome] += 1
        if r.outcome in _GATEWAY_SENT:
            gw_sent.setdefault(r.unit or "-", Counter()).update(r.findings)
    return AuditReport(
        since=since,
        until=until,
        total=len(attempts),
        by_unit=dict(Counter(r.unit or "-" for r in attempts).most_common()),
        by_action=dict(Counter(r.action for r in attempts).most_common()),
        by_approver=dict(Counter(r.approver or "-" for r in attempts).most_common()),
        by_outcome=dict(Counter(r.outcome for r in records).most_common()),
        by_unit_outcome={u: dict(c) for u, c in sorted(by_unit_outcome.items())},
        gateway_total=len(requests),
        gateway_by_unit={u: dict(sorted(c.items())) for u, c in sorted(gw_unit.items())},
        gateway_by_person={p: dict(sorted(c.items())) for p, c in sorted(gw_person.items())},
        gateway_sent_by_unit={u: dict(sorted(c.items())) for u, c in sorted(gw_sent.items())},
    )


def export(records: Sequence[AuditRecord], fmt: str = "json") -> str:
    """The rows as JSON (a list of objects) or CSV (findings as a JSON cell)."""
    rows = [r.as_dict() for r in records]
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(COLUMNS))
        writer.writeheader()
        for r in rows:
            writer.writerow({**r, "findings": json.dumps(r["findings"], sort_keys=True)})
        return buf.getvalue()
    raise ValueError(i18n.audit_export_format(fmt))


def verification_line(result: AuditVerification, lang: str) -> str:
    """One line saying what verification found."""
    return pick(i18n.audit_verification(result.status, len(result.problems), result.records), lang)


def problem_lines(result: AuditVerification, lang: str) -> list[str]:
    """One indented line a problem: its kind, its row, what it means."""
    lines = []
    for p in result.problems:
        where = pick(i18n.audit_report_heading("row", seq=p.seq), lang) if p.seq else "-"
        lines.append(f"  {p.kind:<13} {where:<10} {p.message(lang)}")
    return lines


def report_json(report: AuditReport, result: AuditVerification) -> dict[str, Any]:
    """The report with its verification, for ``--format json``."""
    return {
        **report.__dict__,
        "verification": {
            "ok": result.ok,
            "status": result.status,
            "problems": len(result.problems),
            "records": result.records,
        },
    }


def render_report(report: AuditReport, result: AuditVerification, lang: str) -> str:
    """The report as text: marked unverified when the log did not verify, then a table per
    unit, action, approver and outcome, and the outcomes per unit."""
    period = f"{report.since or '…'} → {report.until or '…'}"
    out = [pick(i18n.audit_report_heading("title", period, report.total), lang)]
    if not result.ok:
        out.insert(0, pick(i18n.audit_report_unverified(result.status), lang))
    tables = (
        ("by_unit", report.by_unit),
        ("by_action", report.by_action),
        ("by_approver", report.by_approver),
        ("by_outcome", report.by_outcome),
    )
    for part, table in tables:
        out.append("  " + pick(i18n.audit_report_heading(part), lang))
        out.extend(f"    {key:<36} {n:>7}" for key, n in table.items())
    out.append("  " + pick(i18n.audit_report_heading("by_unit_outcome"), lang))
    for unit, counts in report.by_unit_outcome.items():
        cells = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        out.append(f"    {unit:<36} {cells}")
    if report.gateway_total:
        out.append(pick(i18n.audit_report_heading("gateway", period, report.gateway_total), lang))
        for part, nested in (
            ("gateway_by_unit", report.gateway_by_unit),
            ("gateway_by_person", report.gateway_by_person),
            ("gateway_sent_by_unit", report.gateway_sent_by_unit),
        ):
            out.append("  " + pick(i18n.audit_report_heading(part), lang))
            for key, counts in nested.items():
                cells = ", ".join(f"{k} {v}" for k, v in counts.items())
                out.append(f"    {key:<36} {cells}")
    return "\n".join(out)
