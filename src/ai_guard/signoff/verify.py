"""Verifying an audit log: walk the chain row by row, and name every problem — a modified row,
rows deleted (inside the chain, at its end, or all of them), a row inserted or forged, rows
reordered or renumbered, a head that does not match, a published head the chain no longer
carries — or say why the log could not be verified (no key, the wrong key, unreadable)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ai_guard.errors import AuditError
from ai_guard.signoff.chain import GENESIS, Chain
from ai_guard.signoff.records import FIELDS, AuditProblem, AuditVerification
from ai_guard.signoff.store import ROWS, Store

__all__ = ["verify_log"]

#: How far from its place a renumbered row is looked for.
_RENUMBER_REACH = 50


def verify_log(
    store: Store, chain: Chain, expected_head: tuple[int, str] | None = None
) -> AuditVerification:
    """Walk the log's chain and report every problem (never raises for a damaged log). The
    same walk for every backend: ``store`` only hands out the rows."""
    try:
        with store.reading() as tx:  # the rows, the head and the meta table of one moment
            rows = tx.rows(ROWS + " ORDER BY seq")
            head = tx.head()
            meta = tx.meta()
    except AuditError as exc:
        cause = (exc.message_vi, exc.message_en)
        unreadable = AuditProblem.of("unreadable", None, cause=cause)
        return AuditVerification(ok=False, records=0, problems=[unreadable])
    key_problem = chain.key_problem(meta)
    if key_problem is not None:
        return AuditVerification(ok=False, records=len(rows), problems=[key_problem], head=head)
    walk = _Walk(chain, rows)
    if rows and walk.held == 0 and walk.linked and not meta:
        # A log written before the meta table: a chain whose links all hold but whose
        # every hash fails was hashed with another key (or with one, or without one).
        problem = chain.legacy_key_problem()
        return AuditVerification(ok=False, records=len(rows), problems=[problem], head=head)
    problems = walk.problems
    if meta and not rows and head is None:
        problems.append(AuditProblem.of("deleted", None, "deleted_all"))
    last = (walk.prev_seq, walk.prev_hash) if rows else None
    if head != last and not (head is None and last is None):
        h_seq = head[0] if head else 0
        if head is not None and h_seq > walk.prev_seq:
            problems.append(
                AuditProblem.of("deleted", h_seq, "deleted_last", row=h_seq, last=walk.prev_seq)
            )
        else:
            problems.append(AuditProblem.of("head_mismatch", h_seq or None))
    if expected_head is not None:
        seq_e, hash_e = expected_head
        known = {int(r[0]): str(r[12]) for r in rows}
        if known.get(seq_e) != hash_e:
            problems.append(AuditProblem.of("head_mismatch", seq_e, "head_published", row=seq_e))
    return AuditVerification(ok=not problems, records=len(rows), problems=problems, head=head)


class _Walk:
    """One pass over the rows in sequence order: recompute each hash, follow each link, and
    diagnose what does not hold."""

    def __init__(self, chain: Chain, rows: Sequence[Sequence[Any]]) -> None:
        self.chain = chain
        self.count = len(rows)
        self.hashes = {str(r[12]): int(r[0]) for r in rows}
        self.problems: list[AuditProblem] = []
        self.prev_hash = GENESIS
        self.prev_seq = 0
        self.held = 0  # rows whose hash holds with this log's key (or without one)
        self.linked = True  # every row's prev_hash is the hash stored in the row before it
        for r in rows:
            self._step(r)

    def _step(self, r: Sequence[Any]) -> None:
        seq = int(r[0])
        row = dict(zip(FIELDS, r[:11], strict=True))
        stored_prev, stored_hash = str(r[11]), str(r[12])
        self.linked = self.linked and stored_prev == self.prev_hash
        if seq != self.prev_seq + 1:
            self.problems.append(AuditProblem.of("deleted", seq, row=seq, other=self.prev_seq))
        holds = self.chain.hash(stored_prev, row) == stored_hash
        self.held += holds
        if not holds:
            self.problems.append(self._diagnose(row, stored_prev, stored_hash))
        elif stored_prev != self.prev_hash and seq == self.prev_seq + 1:
            follows = self.hashes.get(stored_prev)
            if follows is not None and follows != seq - 1:
                self.problems.append(AuditProblem.of("reordered", seq, row=seq, other=follows))
            else:
                self.problems.append(AuditProblem.of("inserted", seq, row=seq))
        self.prev_hash, self.prev_seq = stored_hash, seq

    def _diagnose(self, row: dict[str, Any], stored_prev: str, stored_hash: str) -> AuditProblem:
        """Why a row's hash does not hold: renumbered (moved), forged, or edited."""
        seq = int(row["seq"])
        lo, hi = max(1, seq - _RENUMBER_REACH), min(self.count + 50, seq + _RENUMBER_REACH)
        for was in range(lo, hi + 1):
            if was != seq and self.chain.hash(stored_prev, {**row, "seq": was}) == stored_hash:
                if was < seq:
                    return AuditProblem.of(
                        "inserted", seq, "renumbered_after_insert", row=seq, other=was
                    )
                kind = "reordered" if was <= self.count else "deleted"
                return AuditProblem.of(kind, seq, "renumbered", row=seq, other=was)
        if stored_prev != GENESIS and stored_prev not in self.hashes:
            return AuditProblem.of("inserted", seq, "forged", row=seq)
        return AuditProblem.of("modified", seq, row=seq)
