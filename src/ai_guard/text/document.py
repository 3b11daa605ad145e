"""Text normalisation: one NFC view of the input, folded views, and offsets back to the input.

Vietnamese arrives in NFC, NFD (combining marks), with old-style tone placement, or with its
diacritics lost to OCR. Detectors run on :attr:`Document.text` (NFC) and, where a lexicon is
involved, on :attr:`Document.folded` (diacritics removed, ``đ`` -> ``d``, lower case) or
:attr:`Document.folded_cased` (the same with the original letter case). Both folded views have
exactly the length of :attr:`Document.text`, so an offset found in a folded view is an offset in
``text``; :meth:`Document.to_original` maps it to the caller's string.

Folding is lazy and costs one NFD pass plus one regex pass; it is skipped entirely when no
detector asks for it.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache

__all__ = ["Document", "fold", "fold_cased"]

_MARKS = re.compile("[\u0300-\u036f]+")
# Combining marks that NFC may compose with a preceding starter.
_COMBINING_RUN = re.compile("[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


@lru_cache(maxsize=1)
def _attaching_characters() -> frozenset[str]:
    """Characters of combining class 0 that NFC composes onto the character before them
    (Hangul vowel and final jamo, some Indic vowel signs). Computed once, on first need."""
    out: set[str] = set()
    for cp in range(0x110000):
        dec = unicodedata.decomposition(chr(cp))
        if dec and not dec.startswith("<"):
            parts = dec.split()
            if len(parts) == 2:
                out.add(chr(int(parts[1], 16)))
    out.update(chr(c) for c in range(0x1160, 0x1200))  # Hangul medial vowels, final consonants
    return frozenset(out)


class _FoldTable(dict[int, str]):
    """A one-to-one folding table for ``str.translate``, filled on demand."""

    def __missing__(self, key: int) -> str:
        ch = chr(key)
        if ch in "đĐ":
            out = "d" if ch == "đ" else "D"
        else:
            base = _MARKS.sub("", unicodedata.normalize("NFD", ch))
            out = base if len(base) == 1 else ch
        self[key] = out
        return out


_FOLD_TABLE = _FoldTable()


def fold_cased(text: str) -> str:
    """Remove Vietnamese diacritics, keep letter case; the result has the length of ``text``.

    ``text`` must be NFC for the fast path; any other input falls back to a per-character table,
    which is exact but slower.
    """
    if text.isascii():
        return text
    out = _MARKS.sub("", unicodedata.normalize("NFD", text))
    if "đ" in out or "Đ" in out:
        out = out.replace("đ", "d").replace("Đ", "D")
    if len(out) != len(text):
        out = text.translate(_FOLD_TABLE)
    return out


def fold(text: str) -> str:
    """:func:`fold_cased`, then lower case, keeping the length of ``text``."""
    out = fold_cased(text).lower()
    if len(out) != len(text):  # a few letters (e.g. 'İ') grow when lowered
        out = "".join(c.lower() if len(c.lower()) == 1 else c for c in fold_cased(text))
    return out


@lru_cache(maxsize=4096)
def fold_word(word: str) -> str:
    """Fold a short string (a word or phrase): lower case, no diacritics, NFC first."""
    return fold(unicodedata.normalize("NFC", word))


class Document:
    """The text under inspection and the views detectors share.

    ``original`` is what the caller passed; ``text`` is its NFC form. Offsets in findings are
    computed on ``text`` and mapped with :meth:`to_original`.
    """

    __slots__ = (
        "_bp_orig",
        "_bp_text",
        "_cache",
        "_folded",
        "_folded_cased",
        "original",
        "text",
    )

    def __init__(self, original: str) -> None:
        self.original = original
        self._bp_text: list[int] | None = None
        self._bp_orig: list[int] | None = None
        if original.isascii() or unicodedata.is_normalized("NFC", original):
            self.text = original
        else:
            self.text = self._normalise_with_map(original)
        self._folded: str | None = None
        self._folded_cased: str | None = None
        self._cache: dict[str, object] = {}

    # -- views -------------------------------------------------------------------------------
    @property
    def folded_cased(self) -> str:
        if self._folded_cased is None:
            self._folded_cased = fold_cased(self.text)
        return self._folded_cased

    @property
    def folded(self) -> str:
        if self._folded is None:
            if self.text.isascii():
                self._folded = self.text.lower()
            else:
                self._folded = self.folded_cased.lower()
                if len(self._folded) != len(self.text):
                    self._folded = fold(self.text)
        return self._folded

    def cached(self, key: str) -> object | None:
        """A per-document cache for views that several detectors share (e.g. number tokens)."""
        return self._cache.get(key)

    def store(self, key: str, value: object) -> None:
        self._cache[key] = value

    # -- offsets -----------------------------------------------------------------------------
    def to_original(self, index: int) -> int:
        """Map an offset in :attr:`text` to an offset in :attr:`original`."""
        if self._bp_text is None or self._bp_orig is None:
            return index
        i = bisect.bisect_right(self._bp_text, index) - 1
        return min(self._bp_orig[i] + (index - self._bp_text[i]), len(self.original))

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of :attr:`text` to the span of :attr:`original` that produced it."""
        if self._bp_text is None:
            return start, end
        o_end = self.to_original(end) if end < len(self.text) else len(self.original)
        o_start = self.to_original(start)
        return o_start, max(o_start, o_end)

    def window(self, start: int, end: int) -> str:
        """The folded text between two offsets, clamped to the document."""
        return self.folded[max(0, start) : max(0, end)]

    def _normalise_with_map(self, s: str) -> str:
        """NFC ``s`` piece by piece and keep breakpoints from NFC offsets to ``s`` offsets.

        Between breakpoints the two strings advance together. Usually only runs of combining
        marks (with the letter before them) change length under NFC, so the work is
        proportional to the number of such runs; if anything else composes (Hangul jamo, some
        Indic vowel signs), the mapping is redone character by character.
        """
        pieces: list[str] = []
        bp_text: list[int] = [0]
        bp_orig: list[int] = [0]
        pos_o = 0
        pos_t = 0
        for m in _COMBINING_RUN.finditer(s):
            seg_start = m.start() - 1 if m.start() > pos_o else m.start()
            if seg_start > pos_o:
                plain = unicodedata.normalize("NFC", s[pos_o:seg_start])
                if len(plain) != seg_start - pos_o:
                    return self._normalise_slowly(s)
                pieces.append(plain)
                pos_t += len(plain)
                pos_o = seg_start
            seg = unicodedata.normalize("NFC", s[seg_start : m.end()])
            pieces.append(seg)
            for k in range(len(seg)):
                # each composed character maps to the start of what it came from
                bp_text.append(pos_t + k)
                bp_orig.append(seg_start + k)
            pos_t += len(seg)
            pos_o = m.end()
            bp_text.append(pos_t)
            bp_orig.append(pos_o)
        if pos_o < len(s):
            plain = unicodedata.normalize("NFC", s[pos_o:])
            if len(plain) != len(s) - pos_o:
                return self._normalise_slowly(s)
            pieces.append(plain)
        text = "".join(pieces)
        self._bp_text = bp_text
        self._bp_orig = bp_orig
        return text

    def _normalise_slowly(self, s: str) -> str:
        """NFC by clusters (a starter and every character that may compose onto it)."""
        attach = _attaching_characters()
        pieces: list[str] = []
        bp_text: list[int] = [0]
        bp_orig: list[int] = [0]
        pos_t = 0
        k = 0
        n = len(s)
        while k < n:
            j = k + 1
            while j < n and (s[j] in attach or unicodedata.combining(s[j])):
                j += 1
            seg = unicodedata.normalize("NFC", s[k:j])
            pieces.append(seg)
            if len(seg) != j - k:
                for q in range(len(seg)):
                    bp_text.append(pos_t + q)
                    bp_orig.append(k + min(q, j - k - 1))
                bp_text.append(pos_t + len(seg))
                bp_orig.append(j)
            pos_t += len(seg)
            k = j
        self._bp_text = bp_text
        self._bp_orig = bp_orig
        return "".join(pieces)
