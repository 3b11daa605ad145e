"""The tamper-evident audit log of human sign-offs (SQLite, standard library only).

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

Writers serialise on SQLite's write lock (``BEGIN IMMEDIATE``, WAL mode, a busy timeout), so
threads and processes writing at once lose no row and keep the chain valid. Any storage
failure (disk full, read-only file, locked database, not a database) raises
:class:`~ai_guard.errors.AuditError`; the sign-off guard then refuses to run the decision.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import json
import os
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from ai_guard.errors import AuditError, InputError

__all__ = [
    "DEFAULT_AUDIT_PATH",
    "AuditLog",
    "AuditProblem",
    "AuditRecord",
    "AuditReport",
    "AuditVerification",
    "period_bound",
]

#: Where the log lives when neither the decorator nor the policy names one.
DEFAULT_AUDIT_PATH = os.path.join(".ai-guard", "audit.sqlite3")
GENESIS = "0" * 64
_FIELDS = (
    "seq",
    "ts",
    "action",
    "outcome",
    "reason",
    "approver",
    "role",
    "unit",
    "digest",
    "signoff_id",
    "findings",
)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    seq        INTEGER PRIMARY KEY,
    ts         TEXT NOT NULL,
    action     TEXT NOT NULL,
    outcome    TEXT NOT NULL,
    reason     TEXT NOT NULL,
    approver   TEXT NOT NULL,
    role       TEXT NOT NULL,
    unit       TEXT NOT NULL,
    digest     TEXT NOT NULL,
    signoff_id TEXT NOT NULL,
    findings   TEXT NOT NULL,
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS records_signoff ON records(signoff_id, outcome);
CREATE INDEX IF NOT EXISTS records_ts ON records(ts);
CREATE TABLE IF NOT EXISTS head (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  INTEGER NOT NULL,
    hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""
_PLAIN, _KEYED = "sha256", "hmac-sha256"
_KEY_CHECK_TEXT = b"ai-guard audit log key check v1"
#: Problem kinds that mean "could not verify", not "the rows were changed".
_NOT_VERIFIED = ("key_needed", "wrong_key", "unreadable")


#: What a bad ``since``/``until`` is told: (English, Vietnamese).
BOUND_FORMAT = (
    "not a valid ISO date or datetime; expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][+HH:MM] "
    "(UTC when no offset is given)",
    "không phải ngày hoặc thời điểm ISO hợp lệ; cần dạng YYYY-MM-DD hoặc "
    "YYYY-MM-DDTHH:MM[:SS][+HH:MM] (mặc định UTC nếu không ghi múi giờ)",
)


def period_bound(value: str, name: str = "since") -> str:
    """Check and normalise a ``since``/``until`` bound: an ISO date (``2026-11-01``) stays a
    date; an ISO datetime becomes UTC with microseconds, like the ``ts`` column (a datetime
    without an offset is taken as UTC). Raises :class:`InputError` naming ``name`` and the
    expected format (:data:`BOUND_FORMAT`)."""
    text = value.strip()
    try:
        if "T" not in text and " " not in text:
            return date.fromisoformat(text).isoformat()
        if text.endswith(("Z", "z")):
            text = text[:-1] + "+00:00"
        when = datetime.fromisoformat(text)
    except ValueError:
        en, vi = BOUND_FORMAT
        raise InputError(f"{name}: {en}", f"{name}: {vi}") from None
    if when.tzinfo is None or when.utcoffset() is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.astimezone(timezone.utc).isoformat(timespec="microseconds")


def _period(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    lo = period_bound(since, "since") if since else None
    hi = period_bound(until, "until") if until else None
    if lo is not None and hi is not None and lo >= hi:
        raise InputError(
            "since must be earlier than until (the period is empty)",
            "since phải trước until (khoảng thời gian đang trống)",
        )
    return lo, hi


@dataclass(frozen=True)
class AuditRecord:
    """One row of the log (what :meth:`AuditLog.records` yields)."""

    seq: int
    ts: str
    action: str
    outcome: str
    reason: str
    approver: str
    role: str
    unit: str
    digest: str
    signoff_id: str
    findings: dict[str, int]
    prev_hash: str
    hash: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "ts": self.ts,
            "action": self.action,
            "outcome": self.outcome,
            "reason": self.reason,
            "approver": self.approver,
            "role": self.role,
            "unit": self.unit,
            "digest": self.digest,
            "signoff_id": self.signoff_id,
            "findings": self.findings,
            "prev_hash": self.prev_hash,
            "hash": self.hash,
        }


@dataclass(frozen=True)
class AuditProblem:
    """``kind``: modified, deleted, inserted, reordered, head_mismatch (the rows were
    changed); key_needed, wrong_key, unreadable (the log could not be verified)."""

    kind: str
    seq: int | None
    detail_en: str
    detail_vi: str

    def message(self, lang: str = "en") -> str:
        return self.detail_vi if lang == "vi" else self.detail_en


@dataclass(frozen=True)
class AuditVerification:
    ok: bool
    records: int
    problems: list[AuditProblem] = field(default_factory=list)
    head: tuple[int, str] | None = None

    @property
    def status(self) -> str:
        """``ok``; ``key_needed`` (a keyed log checked without its key), ``wrong_key``,
        ``unreadable`` (it could not be verified); ``tampered`` (rows were changed)."""
        if self.ok:
            return "ok"
        for kind in _NOT_VERIFIED:
            if any(p.kind == kind for p in self.problems):
                return kind
        return "tampered"


@dataclass(frozen=True)
class AuditReport:
    """Counts over a period, for the head of unit who supervises AI use."""

    since: str | None
    until: str | None
    total: int
    by_unit: dict[str, int]
    by_action: dict[str, int]
    by_approver: dict[str, int]
    by_outcome: dict[str, int]
    by_unit_outcome: dict[str, dict[str, int]]


def _canonical(row: Mapping[str, Any]) -> bytes:
    return json.dumps([row[k] for k in _FIELDS], ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8"
    )


class AuditLog:
    """A hash-chained audit log in a SQLite file, created on first use.

    ``key`` (bytes or str) turns the chain hash into an HMAC: without the key nobody can
    recompute a valid chain after changing a row. ``create=False`` opens an existing log
    read-only (what a supervisor's tools do): nothing is created or written, and a file that
    is not an ai-guard audit log raises :class:`AuditError` (``verify`` reports it).
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        key: bytes | str | None = None,
        timeout: float = 30.0,
        create: bool = True,
    ) -> None:
        self.path = Path(path)
        self._key = key.encode("utf-8") if isinstance(key, str) else key
        self._timeout = timeout
        self._create = create
        self._local = threading.local()
        self._ready = False
        self._mode_checked = False
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"AuditLog({str(self.path)!r}, keyed={self._key is not None})"

    # -- storage -------------------------------------------------------------------------------
    def _error(self, what_en: str, what_vi: str, exc: BaseException) -> AuditError:
        detail = f"{type(exc).__name__}: {exc}"
        return AuditError(
            f"audit log {self.path}: {what_en} ({detail}); the decision was not run",
            f"nhật ký kiểm toán {self.path}: {what_vi} ({detail}); quyết định không được thực hiện",
            path=str(self.path),
        )

    def _connect(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        pid = getattr(self._local, "pid", None)
        if conn is not None and pid == os.getpid():
            return conn
        if not self._create:
            return self._connect_read_only()
        try:
            if self.path.parent and not self.path.parent.exists():
                self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(
                str(self.path), timeout=self._timeout, isolation_level=None, check_same_thread=True
            )
            conn.execute(f"PRAGMA busy_timeout = {int(self._timeout * 1000)}")
            if not self._ready:
                with self._lock:
                    conn.execute("PRAGMA journal_mode = WAL")
                    conn.executescript(_SCHEMA)
                    self._ready = True
            conn.execute("PRAGMA synchronous = NORMAL")
        except (sqlite3.Error, OSError) as exc:
            raise self._error("cannot open", "không mở được", exc) from exc
        self._local.conn = conn
        self._local.pid = os.getpid()
        return conn

    def _connect_read_only(self) -> sqlite3.Connection:
        if not self.path.is_file():
            raise AuditError(
                f"audit log {self.path}: file not found",
                f"nhật ký kiểm toán {self.path}: không tìm thấy tệp",
                path=str(self.path),
            )
        try:
            uri = self.path.resolve().as_uri() + "?mode=ro"
            conn = sqlite3.connect(
                uri, uri=True, timeout=self._timeout, isolation_level=None, check_same_thread=True
            )
            conn.execute(f"PRAGMA busy_timeout = {int(self._timeout * 1000)}")
            tables = {
                str(r[0])
                for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
        except (sqlite3.Error, OSError) as exc:
            raise self._error("cannot open", "không mở được", exc) from exc
        if not {"records", "head"} <= tables:
            conn.close()
            raise AuditError(
                f"audit log {self.path}: not an ai-guard audit log (no records and head tables)",
                f"nhật ký kiểm toán {self.path}: không phải nhật ký kiểm toán của ai-guard "
                "(không có bảng records và head)",
                path=str(self.path),
            )
        self._local.conn = conn
        self._local.pid = os.getpid()
        return conn

    def close(self) -> None:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        conn = self._connect()
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise self._error("cannot lock for writing", "không khóa được để ghi", exc) from exc
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            with suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            raise

    def _key_check(self) -> str:
        assert self._key is not None
        return hmac.new(self._key, _KEY_CHECK_TEXT, hashlib.sha256).hexdigest()

    def _meta(self, conn: sqlite3.Connection) -> dict[str, str]:
        has = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
        ).fetchone()
        if has is None:
            return {}
        return {str(k): str(v) for k, v in conn.execute("SELECT name, value FROM meta")}

    def _write_meta(self, conn: sqlite3.Connection) -> None:
        """With the first row: how the chain is hashed, and a check of the key."""
        conn.execute("DELETE FROM meta WHERE name IN ('chain', 'key_check')")
        conn.execute(
            "INSERT INTO meta (name, value) VALUES ('chain', ?)",
            (_KEYED if self._key is not None else _PLAIN,),
        )
        if self._key is not None:
            conn.execute(
                "INSERT INTO meta (name, value) VALUES ('key_check', ?)", (self._key_check(),)
            )
        self._mode_checked = True

    def _key_problem(self, meta: Mapping[str, str]) -> AuditProblem | None:
        """Whether this log's key (or no key) is the one the log was written with."""
        chain = meta.get("chain")
        if chain == _KEYED and self._key is None:
            return AuditProblem(
                "key_needed",
                None,
                "key needed: this log is signed with a key (HMAC-SHA-256) and cannot be "
                "verified without it; give the key (ai-guard audit ... --key-env VARIABLE, or "
                "AuditLog(path, key=...))",
                "cần khóa: nhật ký này được ký bằng khóa (HMAC-SHA-256), không thể kiểm tra nếu "
                "không có khóa; hãy cung cấp khóa (ai-guard audit ... --key-env BIẾN_MÔI_TRƯỜNG, "
                "hoặc AuditLog(path, key=...))",
            )
        if chain == _KEYED and not hmac.compare_digest(
            meta.get("key_check", ""), self._key_check()
        ):
            return AuditProblem(
                "wrong_key",
                None,
                "the key given is not the key this log was written with (or the log's key "
                "record was changed)",
                "khóa được cung cấp không phải khóa đã dùng để ghi nhật ký này (hoặc bản ghi "
                "khóa của nhật ký đã bị sửa)",
            )
        if chain == _PLAIN and self._key is not None:
            return AuditProblem(
                "wrong_key",
                None,
                "a key was given but this log is not signed with a key: it was written without "
                "one, or rewritten without one",
                "đã cung cấp khóa nhưng nhật ký này không được ký bằng khóa: nó được ghi không "
                "có khóa, hoặc đã bị viết lại không có khóa",
            )
        return None

    def _check_writer_key(self, conn: sqlite3.Connection) -> None:
        problem = self._key_problem(self._meta(conn))
        if problem is not None:
            raise AuditError(
                f"audit log {self.path}: {problem.detail_en}; nothing was recorded and the "
                "decision was not run",
                f"nhật ký kiểm toán {self.path}: {problem.detail_vi}; không ghi được và quyết "
                "định không được thực hiện",
                path=str(self.path),
            )
        self._mode_checked = True

    def _hash(self, prev_hash: str, row: Mapping[str, Any]) -> str:
        payload = prev_hash.encode("ascii") + b"\n" + _canonical(row)
        if self._key is not None:
            return hmac.new(self._key, payload, hashlib.sha256).hexdigest()
        return hashlib.sha256(payload).hexdigest()

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
        try:
            with self._write() as conn:
                if single_use and signoff_id:
                    used = conn.execute(
                        "SELECT 1 FROM records WHERE signoff_id = ? AND outcome = 'approved'",
                        (signoff_id,),
                    ).fetchone()
                    if used is not None:
                        raise KeyError(signoff_id)
                last = conn.execute("SELECT seq, hash FROM head WHERE id = 1").fetchone()
                seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
                if seq == 1:
                    self._write_meta(conn)
                elif not self._mode_checked:
                    self._check_writer_key(conn)
                row["seq"] = seq
                digest_hash = self._hash(prev, row)
                conn.execute(
                    "INSERT INTO records (seq, ts, action, outcome, reason, approver, role, unit,"
                    " digest, signoff_id, findings, prev_hash, hash)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*(row[k] for k in _FIELDS), prev, digest_hash),
                )
                conn.execute(
                    "INSERT INTO head (id, seq, hash) VALUES (1, ?, ?)"
                    " ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash",
                    (seq, digest_hash),
                )
        except KeyError:
            raise
        except AuditError:
            raise
        except (sqlite3.Error, OSError) as exc:
            raise self._error("cannot record", "không ghi được", exc) from exc
        return AuditRecord(
            seq=seq,
            ts=row["ts"],
            action=action,
            outcome=outcome,
            reason=reason,
            approver=approver,
            role=role,
            unit=unit,
            digest=digest,
            signoff_id=signoff_id,
            findings=dict(findings or {}),
            prev_hash=prev,
            hash=digest_hash,
        )

    # -- reading -------------------------------------------------------------------------------
    def records(self, *, since: str | None = None, until: str | None = None) -> list[AuditRecord]:
        """Rows in chain order; ``since`` (inclusive) and ``until`` (exclusive) are ISO dates
        or datetimes (UTC when no offset is given); a bad one raises :class:`InputError`."""
        since, until = _period(since, until)
        sql = "SELECT seq, ts, action, outcome, reason, approver, role, unit, digest, signoff_id,"
        sql += " findings, prev_hash, hash FROM records"
        cond: list[str] = []
        params: list[str] = []
        if since:
            cond.append("ts >= ?")
            params.append(since)
        if until:
            cond.append("ts < ?")
            params.append(until)
        if cond:
            sql += " WHERE " + " AND ".join(cond)
        sql += " ORDER BY seq"
        try:
            rows = self._connect().execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise self._error("cannot read", "không đọc được", exc) from exc
        out = []
        for r in rows:
            try:
                findings = json.loads(r[10]) if r[10] else {}
            except (TypeError, ValueError):
                findings = {"<unreadable>": 1}
            out.append(
                AuditRecord(
                    seq=int(r[0]),
                    ts=str(r[1]),
                    action=str(r[2]),
                    outcome=str(r[3]),
                    reason=str(r[4]),
                    approver=str(r[5]),
                    role=str(r[6]),
                    unit=str(r[7]),
                    digest=str(r[8]),
                    signoff_id=str(r[9]),
                    findings=findings,
                    prev_hash=str(r[11]),
                    hash=str(r[12]),
                )
            )
        return out

    def __len__(self) -> int:
        try:
            row = self._connect().execute("SELECT COUNT(*) FROM records").fetchone()
        except sqlite3.Error as exc:
            raise self._error("cannot read", "không đọc được", exc) from exc
        return int(row[0])

    def head(self) -> tuple[int, str] | None:
        """``(last sequence number, last hash)``: publish it elsewhere to pin the chain."""
        try:
            row = self._connect().execute("SELECT seq, hash FROM head WHERE id = 1").fetchone()
        except sqlite3.Error as exc:
            raise self._error("cannot read", "không đọc được", exc) from exc
        return (int(row[0]), str(row[1])) if row else None

    def verify(self, *, expected_head: tuple[int, str] | None = None) -> AuditVerification:
        """Walk the chain and report every problem (never raises for a damaged log).

        A log that cannot be verified is not ``ok`` either: ``status`` says ``key_needed``
        (signed with a key, none given), ``wrong_key`` or ``unreadable``."""
        problems: list[AuditProblem] = []
        try:
            conn = self._connect()
            rows = conn.execute(
                "SELECT seq, ts, action, outcome, reason, approver, role, unit, digest,"
                " signoff_id, findings, prev_hash, hash FROM records ORDER BY seq"
            ).fetchall()
            head_row = conn.execute("SELECT seq, hash FROM head WHERE id = 1").fetchone()
            meta = self._meta(conn)
        except (sqlite3.Error, AuditError) as exc:
            en, vi = (exc.message_en, exc.message_vi) if isinstance(exc, AuditError) else (exc, exc)
            return AuditVerification(
                ok=False,
                records=0,
                problems=[
                    AuditProblem(
                        "unreadable",
                        None,
                        f"the log cannot be read: {en}",
                        f"không đọc được nhật ký: {vi}",
                    )
                ],
            )
        head = (int(head_row[0]), str(head_row[1])) if head_row else None
        key_problem = self._key_problem(meta)
        if key_problem is not None:
            return AuditVerification(ok=False, records=len(rows), problems=[key_problem], head=head)
        hashes = {str(r[12]): int(r[0]) for r in rows}
        prev_hash = GENESIS
        prev_seq = 0
        held = 0  # rows whose hash holds with this log's key (or without one)
        linked = True  # every row's prev_hash is the hash stored in the row before it
        for r in rows:
            seq = int(r[0])
            row = dict(zip(_FIELDS, r[:11], strict=True))
            stored_prev, stored_hash = str(r[11]), str(r[12])
            linked = linked and stored_prev == prev_hash
            if seq != prev_seq + 1:
                problems.append(
                    AuditProblem(
                        "deleted",
                        seq,
                        f"rows {prev_seq + 1}..{seq - 1} are missing (deleted) before row {seq}",
                        f"thiếu các dòng {prev_seq + 1}..{seq - 1} (đã bị xóa) trước dòng {seq}",
                    )
                )
            recomputed = self._hash(stored_prev, row)
            held += recomputed == stored_hash
            if recomputed != stored_hash:
                problems.append(self._diagnose(row, stored_prev, stored_hash, hashes, len(rows)))
            elif stored_prev != prev_hash and seq == prev_seq + 1:
                if stored_prev in hashes and hashes[stored_prev] != seq - 1:
                    problems.append(
                        AuditProblem(
                            "reordered",
                            seq,
                            f"row {seq} follows row {hashes[stored_prev]} in the chain, not row "
                            f"{seq - 1}: rows were reordered",
                            f"dòng {seq} nối sau dòng {hashes[stored_prev]} chứ không phải dòng "
                            f"{seq - 1}: thứ tự các dòng đã bị đổi",
                        )
                    )
                else:
                    problems.append(
                        AuditProblem(
                            "inserted",
                            seq,
                            f"row {seq} does not follow row {seq - 1}: a row was inserted or "
                            "replaced",
                            f"dòng {seq} không nối tiếp dòng {seq - 1}: có dòng bị chèn hoặc "
                            "thay thế",
                        )
                    )
            prev_hash, prev_seq = stored_hash, seq
        if rows and held == 0 and linked and not meta:
            # A log written before the meta table: a chain whose links all hold but whose
            # every hash fails was hashed with another key (or with one, or without one).
            return AuditVerification(
                ok=False,
                records=len(rows),
                problems=[self._legacy_key_problem()],
                head=head,
            )
        last = (prev_seq, prev_hash) if rows else None
        if meta and not rows and head is None:
            problems.append(
                AuditProblem(
                    "deleted",
                    None,
                    "every row is missing: the log recorded rows (its key record says so) and "
                    "has none now",
                    "mọi dòng đều bị mất: nhật ký đã từng ghi (bản ghi khóa cho thấy vậy) mà nay "
                    "không còn dòng nào",
                )
            )
        if head != last and not (head is None and last is None):
            h_seq = head[0] if head else 0
            if head is not None and h_seq > prev_seq:
                problems.append(
                    AuditProblem(
                        "deleted",
                        h_seq,
                        f"the last rows {prev_seq + 1}..{h_seq} are missing (deleted)",
                        f"thiếu các dòng cuối {prev_seq + 1}..{h_seq} (đã bị xóa)",
                    )
                )
            else:
                problems.append(
                    AuditProblem(
                        "head_mismatch",
                        h_seq or None,
                        "the recorded head of the chain does not match its last row",
                        "điểm cuối đã ghi của chuỗi không khớp với dòng cuối cùng",
                    )
                )
        if expected_head is not None:
            seq_e, hash_e = expected_head
            known = {int(r[0]): str(r[12]) for r in rows}
            if known.get(seq_e) != hash_e:
                problems.append(
                    AuditProblem(
                        "head_mismatch",
                        seq_e,
                        f"row {seq_e} does not carry the published hash: the chain was rewritten",
                        f"dòng {seq_e} không mang mã băm đã công bố: chuỗi đã bị viết lại",
                    )
                )
        return AuditVerification(ok=not problems, records=len(rows), problems=problems, head=head)

    def _legacy_key_problem(self) -> AuditProblem:
        if self._key is None:
            return AuditProblem(
                "key_needed",
                None,
                "key needed: no row's hash holds without a key, yet the rows are linked: this "
                "log was most likely signed with a key (HMAC); give the key (ai-guard audit ... "
                "--key-env VARIABLE, or AuditLog(path, key=...))",
                "cần khóa: không dòng nào khớp mã băm khi không có khóa, trong khi các dòng vẫn "
                "nối nhau: nhật ký này nhiều khả năng được ký bằng khóa (HMAC); hãy cung cấp "
                "khóa (ai-guard audit ... --key-env BIẾN_MÔI_TRƯỜNG, hoặc AuditLog(path, key=...))",
            )
        return AuditProblem(
            "wrong_key",
            None,
            "no row's hash holds with the key given, yet the rows are linked: the log was "
            "written with another key, or without one, or rewritten",
            "không dòng nào khớp mã băm với khóa được cung cấp, trong khi các dòng vẫn nối "
            "nhau: nhật ký được ghi bằng khóa khác, hoặc không có khóa, hoặc đã bị viết lại",
        )

    def _diagnose(
        self,
        row: dict[str, Any],
        stored_prev: str,
        stored_hash: str,
        hashes: Mapping[str, int],
        count: int,
    ) -> AuditProblem:
        """Why a row's hash does not hold: renumbered (moved), forged, or edited."""
        seq = int(row["seq"])
        for was in range(max(1, seq - 50), min(count + 50, seq + 50) + 1):
            if was != seq and self._hash(stored_prev, {**row, "seq": was}) == stored_hash:
                if was < seq:
                    return AuditProblem(
                        "inserted",
                        seq,
                        f"row {seq} was row {was}: rows were inserted before it and the rest "
                        "renumbered",
                        f"dòng {seq} vốn là dòng {was}: có dòng bị chèn phía trước và các dòng "
                        "sau bị đánh số lại",
                    )
                return AuditProblem(
                    "reordered" if was <= count else "deleted",
                    seq,
                    f"row {seq} was row {was}: rows were moved or deleted and renumbered",
                    f"dòng {seq} vốn là dòng {was}: các dòng đã bị di chuyển hoặc xóa rồi đánh "
                    "số lại",
                )
        if stored_prev != GENESIS and stored_prev not in hashes:
            return AuditProblem(
                "inserted",
                seq,
                f"row {seq} is not part of the chain: it was inserted or forged",
                f"dòng {seq} không thuộc chuỗi: đã bị chèn hoặc giả mạo",
            )
        return AuditProblem(
            "modified",
            seq,
            f"row {seq} was modified: its content no longer matches its hash",
            f"dòng {seq} đã bị sửa: nội dung không còn khớp với mã băm",
        )

    # -- supervision ---------------------------------------------------------------------------
    def report(self, *, since: str | None = None, until: str | None = None) -> AuditReport:
        """Counts over a period. It does not verify the chain: call :meth:`verify` first (the
        ``ai-guard audit report`` command does, and says when the figures are unverified)."""
        since, until = _period(since, until)
        rows = self.records(since=since, until=until)
        attempts = [r for r in rows if r.outcome in ("refused", "rejected", "approved")]
        by_unit_outcome: dict[str, Counter[str]] = {}
        for r in attempts:
            by_unit_outcome.setdefault(r.unit or "-", Counter())[r.outcome] += 1
        return AuditReport(
            since=since,
            until=until,
            total=len(attempts),
            by_unit=dict(Counter(r.unit or "-" for r in attempts).most_common()),
            by_action=dict(Counter(r.action for r in attempts).most_common()),
            by_approver=dict(Counter(r.approver or "-" for r in attempts).most_common()),
            by_outcome=dict(Counter(r.outcome for r in rows).most_common()),
            by_unit_outcome={u: dict(c) for u, c in sorted(by_unit_outcome.items())},
        )

    def export(
        self, fmt: str = "json", *, since: str | None = None, until: str | None = None
    ) -> str:
        rows = [r.as_dict() for r in self.records(since=since, until=until)]
        if fmt == "json":
            return json.dumps(rows, ensure_ascii=False, indent=2)
        if fmt == "csv":
            buf = io.StringIO()
            writer = csv.DictWriter(buf, fieldnames=[*_FIELDS, "prev_hash", "hash"])
            writer.writeheader()
            for r in rows:
                writer.writerow({**r, "findings": json.dumps(r["findings"], sort_keys=True)})
            return buf.getvalue()
        raise ValueError(f"unknown export format {fmt!r}; use json or csv")
