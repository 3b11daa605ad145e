"""The hash chain's arithmetic: ``hash = H(prev_hash || canonical JSON of the row)`` with
``H = SHA-256``, or HMAC-SHA-256 when the log has a key; the key check written in the log's
``meta`` table; and whether a key (or none) is the one a log was written with."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from typing import Any

from ai_guard.signoff.records import FIELDS, AuditProblem

__all__ = ["GENESIS", "Chain", "canonical"]

#: The ``prev_hash`` of the first row.
GENESIS = "0" * 64
PLAIN, KEYED = "sha256", "hmac-sha256"
_KEY_CHECK_TEXT = b"ai-guard audit log key check v1"


def canonical(row: Mapping[str, Any]) -> bytes:
    """The bytes a row's hash covers: its :data:`~ai_guard.signoff.records.FIELDS` as JSON."""
    return json.dumps([row[k] for k in FIELDS], ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8"
    )


class Chain:
    """Hashes rows with the log's key (or without one) and says whether that key is the log's.

    It reads and writes nothing: the log's storage gives it rows and the ``meta`` table."""

    def __init__(self, key: bytes | None) -> None:
        self.key = key

    def hash(self, prev_hash: str, row: Mapping[str, Any]) -> str:
        payload = prev_hash.encode("ascii") + b"\n" + canonical(row)
        if self.key is not None:
            return hmac.new(self.key, payload, hashlib.sha256).hexdigest()
        return hashlib.sha256(payload).hexdigest()

    def key_check(self) -> str:
        """An HMAC of a fixed text: tells the key apart without revealing it."""
        assert self.key is not None
        return hmac.new(self.key, _KEY_CHECK_TEXT, hashlib.sha256).hexdigest()

    def meta(self) -> dict[str, str]:
        """What the ``meta`` table holds, written with the first row: how the chain is hashed
        and a check of the key."""
        if self.key is None:
            return {"chain": PLAIN}
        return {"chain": KEYED, "key_check": self.key_check()}

    def key_problem(self, meta: Mapping[str, str]) -> AuditProblem | None:
        """Whether this key (or no key) is the one the log was written with."""
        chain = meta.get("chain")
        if chain == KEYED and self.key is None:
            return AuditProblem.of("key_needed", None)
        if chain == KEYED and not hmac.compare_digest(meta.get("key_check", ""), self.key_check()):
            return AuditProblem.of("wrong_key", None)
        if chain == PLAIN and self.key is not None:
            return AuditProblem.of("wrong_key", None, "key_for_plain")
        return None

    def legacy_key_problem(self) -> AuditProblem:
        """A log written before the meta table whose links all hold but whose every hash
        fails: it was hashed with another key (or with one, or without one)."""
        if self.key is None:
            return AuditProblem.of("key_needed", None, "legacy_key_needed")
        return AuditProblem.of("wrong_key", None, "legacy_wrong_key")
