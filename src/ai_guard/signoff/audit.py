"""The tamper-evident audit log of human sign-offs: a SQLite file (standard library only), or a
PostgreSQL database for several gateway instances writing one chain.

Every attempt to run a guarded decision is a row: refused (no sign-off), rejected (a sign-off
that does not hold), approved, then completed or failed. A row holds when, which action, who
approved in which role and unit, the digest of the exact arguments, the outcome and its reason,
and counts of what check_prompt found (entity type -> count) — never an argument's value.

Rows form a hash chain: ``hash = H(prev_hash || canonical JSON of the row)`` with
``H = SHA-256``, or HMAC-SHA-256 when the log is opened with a key. A separate ``head`` (the
last sequence number and hash) is updated in the same transaction, so that deleting the last
rows is seen too. :meth:`AuditLog.verify` walks the chain and names every problem: a modified
row, rows deleted (inside the chain or at its end), a row inserted, rows reordered.

What it cannot see: someone who can write the file and rewrites the whole chain and the head
consistently. Without a key anyone can do that; with an HMAC key kept outside the file (an
environment variable, the agency's key store) only the key holder can. Publishing
:meth:`AuditLog.head` elsewhere (a daily e-mail to the head of unit, a second log) and passing
it to :meth:`AuditLog.verify` pins the chain up to that point.

A ``meta`` table, written with the first row, says whether the chain is keyed and holds a key
check (an HMAC of a fixed text): a keyed log verified without its key is reported as
``key_needed``, with another key as ``wrong_key``, never as tampered rows; a writer with the
wrong key, or none, is refused (:class:`~ai_guard.errors.AuditError`) instead of appending rows
that would break the chain. The meta table is outside the chain. Whoever can rewrite the whole
file can also rewrite a keyed log as an unkeyed chain, which then verifies without a key: a
keyed log proves itself only when it is verified **with** its key (``--key-env``), which is
what the head of unit should always do.

:class:`AuditLog` is the face; each part does one job: :mod:`~ai_guard.signoff.store` (where
the rows live, behind one interface: :mod:`~ai_guard.signoff.sqlite` and
:mod:`~ai_guard.signoff.postgres` hold connections, the schema and the writers' lock; the
location chooses), :mod:`~ai_guard.signoff.chain` (hashing and keys),
:mod:`~ai_guard.signoff.verify` (walking the chain), :mod:`~ai_guard.signoff.report` (counts
and exports). Any storage failure raises :class:`~ai_guard.errors.AuditError`; the sign-off
guard then refuses to run the decision.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Mapping
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from ai_guard import i18n
from ai_guard.errors import InputError
from ai_guard.signoff import report as _report
from ai_guard.signoff.chain import GENESIS, Chain
from ai_guard.signoff.records import (
    FIELDS,
    AuditProblem,
    AuditRecord,
    AuditReport,
    AuditVerification,
)
from ai_guard.signoff.store import ROWS, Tx, is_database_url, open_store
from ai_guard.signoff.verify import verify_log

__all__ = [
    "AUDIT_KEY_ENV",
    "DEFAULT_AUDIT_PATH",
    "AuditLog",
    "AuditProblem",
    "AuditRecord",
    "AuditReport",
    "AuditVerification",
    "open_log",
    "period_bound",
]

#: Where the log lives when neither the decorator nor the policy names one.
DEFAULT_AUDIT_PATH = os.path.join(".ai-guard", "audit.sqlite3")
#: The environment variable that holds the key of the log the policy names (keys are never
#: written in a policy file).
AUDIT_KEY_ENV = "AI_GUARD_AUDIT_KEY"


def period_bound(value: str, name: str = "since") -> str:
    """Check and normalise a ``since``/``until`` bound: an ISO date (``2026-11-01``) stays a
    date; an ISO datetime becomes UTC with microseconds, like the ``ts`` column (a datetime
    without an offset is taken as UTC). Raises :class:`InputError` naming ``name`` and the
    expected format (:func:`ai_guard.i18n.audit_bound_format`)."""
    text = value.strip()
    try:
        if "T" not in text and " " not in text:
            return date.fromisoformat(text).isoformat()
        if text.endswith(("Z", "z")):
            text = text[:-1] + "+00:00"
        when = datetime.fromisoformat(text)
    except ValueError:
        vi, en = i18n.audit_bound_format()
        raise InputError(vi=f"{name}: {vi}", en=f"{name}: {en}") from None
    if when.tzinfo is None or when.utcoffset() is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.astimezone(timezone.utc).isoformat(timespec="microseconds")


def _period(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    lo = period_bound(since, "since") if since else None
    hi = period_bound(until, "until") if until else None
    if lo is not None and hi is not None and lo >= hi:
        vi, en = i18n.audit_bound_order()
        raise InputError(vi=vi, en=en)
    return lo, hi


def _findings(text: Any) -> dict[str, int]:
    """A row's findings column (``{"<unreadable>": 1}`` when it is not JSON)."""
    try:
        found: dict[str, int] = json.loads(text) if text else {}
    except (TypeError, ValueError):
        found = {"<unreadable>": 1}
    return found


class AuditLog:
    """A hash-chained audit log, created on first use: a SQLite file, or a PostgreSQL
    database when ``location`` is a ``postgresql://`` URL (several processes or machines
    writing one chain; needs the ``postgres`` extra).

    ``key`` (bytes or str) turns the chain hash into an HMAC: without the key nobody can
    recompute a valid chain after changing a row. ``create=False`` opens an existing log
    read-only (what a supervisor's tools do): nothing is created or written, and a file or
    database that is not an ai-guard audit log raises :class:`AuditError` (``verify`` reports
    it). ``timeout`` bounds the wait for the writers' lock (and for connecting to PostgreSQL).
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        key: bytes | str | None = None,
        timeout: float = 30.0,
        create: bool = True,
    ) -> None:
        location = os.fspath(path)
        #: The SQLite file; None for a PostgreSQL log (see :attr:`location`).
        self.path: Path | None = None if is_database_url(location) else Path(location)
        self._chain = Chain(key.encode("utf-8") if isinstance(key, str) else key)
        self._store = open_store(location, timeout=timeout, create=create)
        self._mode_checked = False

    @property
    def location(self) -> str:
        """Where the log lives, as messages show it: the file, or the database URL without
        its password."""
        return self._store.location

    @property
    def backend(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return "sqlite" if self.path is not None else "postgresql"

    def __repr__(self) -> str:
        return f"AuditLog({self.location!r}, keyed={self._chain.key is not None})"

    def close(self) -> None:
        self._store.close()

    # -- writing -------------------------------------------------------------------------------
    def append(
        self,
        *,
        action: str,
        outcome: str,
        reason: str = "",
        approver: str = "",
        role: str = "",
        unit: str = "",
        digest: str = "",
        signoff_id: str = "",
        findings: Mapping[str, int] | None = None,
        ts: datetime | None = None,
        single_use: bool = False,
    ) -> AuditRecord:
        """Append one row and return it.

        With ``single_use``, raise :class:`KeyError` when ``signoff_id`` was already approved
        once; the check and the write happen in one transaction, so two processes cannot both
        use the same sign-off."""
        when = (ts or datetime.now(timezone.utc)).astimezone(timezone.utc)
        row: dict[str, Any] = {
            "ts": when.isoformat(timespec="microseconds"),
            "action": action,
            "outcome": outcome,
            "reason": reason,
            "approver": approver,
            "role": role,
            "unit": unit,
            "digest": digest,
            "signoff_id": signoff_id,
            "findings": json.dumps(dict(sorted((findings or {}).items())), separators=(",", ":")),
        }

        def link(tx: Tx) -> list[Any]:
            if single_use and signoff_id and tx.approved(signoff_id):
                raise KeyError(signoff_id)
            return self._link(tx, dict(row))

        stored = self._store.transact(link)
        self._mode_checked = True  # committed: the log's meta table agrees with this key
        return AuditRecord.from_row(stored, dict(findings or {}))

    def _link(self, tx: Tx, row: dict[str, Any]) -> list[Any]:
        """Inside the write transaction: number the row after the head, hash it onto the
        chain, store it and move the head. Returns the stored columns."""
        last = tx.head()
        seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
        if seq == 1:
            tx.write_meta(self._chain.meta())
        elif not self._mode_checked:
            self._check_writer_key(tx)
        row["seq"] = seq
        stored = [*(row[k] for k in FIELDS), prev, self._chain.hash(prev, row)]
        tx.insert(stored)
        return stored

    def _check_writer_key(self, tx: Tx) -> None:
        """Refuse to append with a key (or none) that is not the log's: the rows would break
        the chain."""
        problem = self._chain.key_problem(tx.meta())
        if problem is not None:
            detail = (problem.detail_vi, problem.detail_en)
            raise self._store.refused(i18n.audit_writer_refused(self.location, detail))

    # -- reading -------------------------------------------------------------------------------
    def records(self, *, since: str | None = None, until: str | None = None) -> list[AuditRecord]:
        """Rows in chain order; ``since`` (inclusive) and ``until`` (exclusive) are ISO dates
        or datetimes (UTC when no offset is given); a bad one raises :class:`InputError`."""
        since, until = _period(since, until)
        cond: list[str] = []
        params: list[str] = []
        if since:
            cond.append("ts >= ?")
            params.append(since)
        if until:
            cond.append("ts < ?")
            params.append(until)
        sql = ROWS + (" WHERE " + " AND ".join(cond) if cond else "") + " ORDER BY seq"
        return [AuditRecord.from_row(r, _findings(r[10])) for r in self._store.read(sql, params)]

    def __len__(self) -> int:
        return int(self._store.read("SELECT COUNT(*) FROM records")[0][0])

    def head(self) -> tuple[int, str] | None:
        """``(last sequence number, last hash)``: publish it elsewhere to pin the chain."""
        with self._store.reading() as tx:
            return tx.head()

    def verify(self, *, expected_head: tuple[int, str] | None = None) -> AuditVerification:
        """Walk the chain and report every problem (never raises for a damaged log).

        A log that cannot be verified is not ``ok`` either: ``status`` says ``key_needed``
        (signed with a key, none given), ``wrong_key`` or ``unreadable``."""
        return verify_log(self._store, self._chain, expected_head)

    # -- supervision ---------------------------------------------------------------------------
    def report(self, *, since: str | None = None, until: str | None = None) -> AuditReport:
        """Counts over a period. It does not verify the chain: call :meth:`verify` first (the
        ``ai-guard audit report`` command does, and says when the figures are unverified)."""
        since, until = _period(since, until)
        return _report.summarise(self.records(since=since, until=until), since, until)

    def export(
        self, fmt: str = "json", *, since: str | None = None, until: str | None = None
    ) -> str:
        """The rows of a period as JSON or CSV."""
        return _report.export(self.records(since=since, until=until), fmt)


#: The database logs :func:`open_log` handed out, one per (URL, key): a guarded LLM call that
#: records itself must not open a new PostgreSQL session each time.
_SHARED: dict[tuple[str, str | None], AuditLog] = {}
_SHARED_LOCK = threading.Lock()


def open_log(path: str | None) -> AuditLog:
    """The log the policy names (``Policy.audit_log``: a file, or a ``postgresql://`` URL;
    :data:`DEFAULT_AUDIT_PATH` when None), what the sign-off guard without ``audit=``, the
    guarded LLM calls and the gateway write to: keyed with the key in :data:`AUDIT_KEY_ENV`
    when that variable is set and not empty. A database log is opened once per URL and key
    and shared (its connections, one per thread, with it); a file is opened anew."""
    location = path or DEFAULT_AUDIT_PATH
    key = os.environ.get(AUDIT_KEY_ENV) or None
    if not is_database_url(location):
        return AuditLog(location, key=key)
    with _SHARED_LOCK:
        log = _SHARED.get((location, key))
        if log is None:
            log = _SHARED[(location, key)] = AuditLog(location, key=key)
        return log
