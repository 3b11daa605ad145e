"""Helpers shared by the adversarial rounds on issue 14's secrets (cg28, sec29): a stable
random key body, the text a detector found of one entity, and the ordinary report line a
stamp or a key is pasted above."""

from __future__ import annotations

import hashlib

from ai_guard import EntityType, check_prompt

#: An ordinary report's first line: what a stamp or a key stands above in the tests.
BODY = "Báo cáo tình hình an ninh quý III năm 2024 của Công an tỉnh"
#: The alphabet of a vendor key's body.
KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def stable_random(seed: str, n: int, alphabet: str = KEY_ALPHABET) -> str:
    """``n`` characters of ``alphabet`` drawn from ``seed`` alone: the same on every run, so a
    key in a test is never a real one and never changes between runs."""
    out, counter = "", 0
    while len(out) < n:
        block = hashlib.sha256(f"{seed}:{counter}".encode()).digest()
        out += "".join(alphabet[b % len(alphabet)] for b in block)
        counter += 1
    return out[:n]


def found(text: str, entity: EntityType) -> list[str]:
    """The text of every finding of ``entity`` in ``text``, in order."""
    return [text[f.start : f.end] for f in check_prompt(text).findings if f.entity is entity]
