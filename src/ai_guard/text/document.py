"""The canonical reading of a text: one view every detector consumes, folded views, and offsets
back to the caller's string.

Text arrives disguised, on purpose or by the tools it went through: decomposed diacritics
(NFD) or old-style tone placement, zero-width characters and soft hyphens inside words and
numbers, no-break and thin spaces from Word and PDF copies, full-width digits and letters
from Asian input methods, mathematical bold letters from social-media "fonts", Greek and
Cyrillic look-alike letters inside Latin words, non-ASCII decimal digits. :attr:`Document.text`
reads all of them the one way: NFC; invisible characters removed; odd spaces read as a space and
Unicode line separators as a line break; full-width and mathematical letters and digits, other
decimal digits and look-alike letters (only in words that are otherwise Latin or carry
Vietnamese marks) as their ASCII letter. A detector (and a plugin, through the protocol) reads
``doc.text`` and never normalises on its own; :meth:`Document.span_to_original` maps what it
finds back to the caller's text, so a redaction covers the disguise too.

Where a lexicon is involved, detectors read :attr:`Document.folded` (diacritics removed,
``đ`` -> ``d``, lower case) or :attr:`Document.folded_cased` (the same with the original letter
case). Both folded views have exactly the length of :attr:`Document.text`, so an offset found in
a folded view is an offset in ``text``.

Plain ASCII costs nothing; other text one pass in C through the fold code map, whose bytes
also tell whether a disguise may be there (a text holding a character the map does not fold
takes one regex search instead), and an NFC check. Folding happens once, when the document is
made (every detector pass reads the folded views): a text read as it is keeps the code map's
bytes, folded by one table; an NFD pass (or a per-character table) folds text holding other
characters.
"""

from __future__ import annotations

import _codecs
import bisect
import codecs
import itertools
import re
import unicodedata
from array import array
from collections.abc import Callable, Iterator, MutableMapping
from functools import cache, lru_cache
from typing import Any, TypeVar, cast

from ai_guard.text.chars import INVISIBLE, LINE_SEPARATORS, ODD_SPACES
from ai_guard.text.entities import holds_references, references
from ai_guard.text.folding import folded_breaks
from ai_guard.text.footnotes import blank_footnote_marks
from ai_guard.text.word_caches import word_cache

__all__ = ["Document", "ascii_sketch", "fold", "fold_cased"]

_MARKS = re.compile("[\u0300-\u036f]+")
# Combining marks that NFC may compose with a preceding starter.
_COMBINING = "\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
#: a run of invisible characters and combining marks: what changes the length of the reading
#: (written "X[X]*": Python's engine scans a lone class far faster than "X+")
_LENGTH_CHANGE = re.compile(f"([{INVISIBLE}{_COMBINING}][{INVISIBLE}{_COMBINING}]*)")
_HAS_INVISIBLE = re.compile(f"[{INVISIBLE}]")
#: what ordinary Vietnamese and English text is made of: printable ASCII, tabs and line breaks,
#: Latin letters with their marks (not the capital eth, Ð, read as Đ), typographic punctuation,
#: currency signs. A run of anything
#: else (odd spaces, invisible characters, full-width and mathematical forms, other digits,
#: Greek and Cyrillic letters ...) is looked at; text without one costs one search.
_PLAIN = (
    "\t\n\r\x20-\x7e\u00a1-\u00ac\u00ae-\u00b1\u00b4-\u00b8\u00ba-\u00cf\u00d1-\u024f"
    "\u0300-\u036f\u1e00-\u1eff"
    "\u2010-\u2027\u2030-\u205e\u20a0-\u20bf"
)
_UNUSUAL = re.compile(f"[^{_PLAIN}][^{_PLAIN}]*")
#: Greek and Cyrillic letters (some look like Latin ones)
_GREEK_CYRILLIC = re.compile("[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f]")


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


#: the letters that fold to d: đ, and the Icelandic eth (ð, Ð) that OCR and old fonts set for
#: Đ (the two capitals look the same)
_D_LETTERS = {"đ": "d", "Đ": "D", "ð": "d", "Ð": "D"}
_D_TABLE = str.maketrans(_D_LETTERS)


class _FoldTable(dict[int, str]):
    """A one-to-one folding table for ``str.translate``, filled on demand."""

    def __missing__(self, key: int) -> str:
        ch = chr(key)
        if ch in _D_LETTERS:
            out = _D_LETTERS[ch]
        else:
            base = _MARKS.sub("", unicodedata.normalize("NFD", ch))
            out = base if len(base) == 1 else ch
        self[key] = out
        return out


_FOLD_TABLE = _FoldTable()


#: Vietnamese letters with diacritics, lower case then upper case
_VIETNAMESE_LOWER = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
#: the upper-case letters left out of the 128 places of the code map (the rarest), folded by
#: the error handler like the other Latin letters with marks
_RARE_UPPER = "ẲẴỶỸỴẪ"
_FOLD_ERRORS = "ai_guard.fold"


class _UnfoldableError(Exception):
    """A character the code map and its handler do not fold: the plain path decides."""


def _one_ascii(ch: str) -> str | None:
    """What the NFD path makes of ``ch`` when that is one ASCII character (and the table the
    same): only such characters may take the code map."""
    if ch in _D_LETTERS:
        return _D_LETTERS[ch]
    out = unicodedata.normalize("NFD", ch).encode("ascii", "ignore")
    if len(out) != 1 or not unicodedata.is_normalized("NFC", ch):
        return None
    folded = out.decode("ascii")
    return folded if _FOLD_TABLE[ord(ch)] == folded else None


@cache
def _fold_map() -> tuple[object, bytes, dict[str, str]]:
    """The fast fold as a code map: ASCII and 128 Vietnamese letters to one byte each, the
    bytes to their ASCII letter (``bytes.translate``); the other Latin letters with marks
    through an error handler. Built on first use (import stays cheap)."""
    letters = _VIETNAMESE_LOWER + "".join(
        c for c in _VIETNAMESE_LOWER.upper() if c not in _RARE_UPPER
    )
    targets = [_one_ascii(c) for c in letters]
    if len(letters) != 128 or None in targets:  # pragma: no cover - a broken table
        raise RuntimeError("the fold code map needs 128 letters that fold to one ASCII letter")
    encoding = _codecs.charmap_build("".join(map(chr, range(128))) + letters)
    to_ascii = bytes(range(128)) + "".join(cast("list[str]", targets)).encode("ascii")
    others: dict[str, str] = {}
    for cp in itertools.chain(range(0xC0, 0x250), range(0x1E00, 0x1F00)):
        ch = chr(cp)
        one = _one_ascii(ch) if ch not in letters else None
        if one is not None:
            others[ch] = one

    def handler(exc: UnicodeError) -> tuple[str, int]:
        if not isinstance(exc, UnicodeEncodeError):  # pragma: no cover - encoding only
            raise exc
        try:
            return "".join([others[c] for c in exc.object[exc.start : exc.end]]), exc.end
        except KeyError:
            raise _UnfoldableError from None

    codecs.register_error(_FOLD_ERRORS, handler)
    return encoding, to_ascii, others


#: the length from which :func:`ascii_sketch` makes its sketch a piece at a time
SKETCH_IN_PIECES_FROM = 1 << 16
_SKETCH_PIECE = 1 << 14


def ascii_sketch(text: str, table: bytes) -> bytes | bytearray:
    """``text.encode("ascii", "replace").translate(table)``: one byte a character, the
    characters past ASCII as ``table[ord("?")]``. Past :data:`SKETCH_IN_PIECES_FROM`
    characters it is made a piece at a time into one buffer (a ``bytearray``): the whole
    encoding and its translation were two copies of the text held at once (1.9x a CSV of
    citizens' UTF-8 size at the plate detector's sketch, the check's peak)."""
    n = len(text)
    if n < SKETCH_IN_PIECES_FROM:
        return text.encode("ascii", "replace").translate(table)
    out = bytearray(n)
    for at in range(0, n, _SKETCH_PIECE):
        end = min(at + _SKETCH_PIECE, n)
        out[at:end] = text[at:end].encode("ascii", "replace").translate(table)
    return out


def fold_cased(text: str) -> str:
    """Remove Vietnamese diacritics, keep letter case; the result has the length of ``text``.

    ``text`` should be NFC. Text made of ASCII and Latin letters with marks is folded in C
    through a code map (a character -> one byte, the bytes -> ASCII letters), some fifteen
    times faster than the NFD pass it gives the same result as (:func:`_fold_cased_plain`);
    text with any other character (quotes, dashes, other scripts) takes that plain path.
    """
    if text.isascii():
        return text
    raw = _fold_coded(text)
    if raw is None:
        return _fold_cased_plain(text)
    return raw.translate(_fold_map()[1]).decode("ascii")


def _fold_coded(text: str) -> bytes | None:
    """The fold code map's bytes of ``text`` (:func:`fold_cased` before its last table), or
    None when the map does not fold one of its characters (a quote, a dash, another script:
    the plain path's)."""
    encoding, _, _ = _fold_map()
    try:
        raw, _ = _codecs.charmap_encode(text, _FOLD_ERRORS, encoding)  # type: ignore[arg-type]
    except _UnfoldableError:
        return None
    return raw


#: every byte but the ASCII characters that are not plain text (:data:`_PLAIN`): the control
#: characters, which the code map writes as themselves; deleting these bytes leaves those
#: (a table pass in C, five times faster than a search for them)
_NOT_CONTROL = bytes(b for b in range(256) if not ((b < 32 and b not in (9, 10, 13)) or b == 127))


def _fold_cased_plain(text: str) -> str:
    """:func:`fold_cased` without its code map: ``text`` should be NFC; a text whose every
    character folds to one ASCII character takes the NFD path; any other falls back to a
    per-character table, exact but slower."""
    if text.isascii():
        return text
    plain = text.translate(_D_TABLE) if any(c in text for c in _D_LETTERS) else text
    # the common case (Vietnamese and Latin letters, no other non-ASCII character): the marks
    # dropped by the ASCII encoder in C, three times faster than a regex over the marks; equal
    # lengths mean every character gave exactly one (no canonical decomposition gives two)
    fast = unicodedata.normalize("NFD", plain).encode("ascii", "ignore")
    if len(fast) == len(text):
        return fast.decode("ascii")
    # other characters (quotes, dashes, other scripts): one character at a time. (Removing the
    # marks from the whole NFD string and comparing lengths was wrong when a lone mark vanished
    # and a non-Latin letter grew by one: "\u0300\u06c0", found by a property test.)
    return text.translate(_FOLD_TABLE)


def fold(text: str) -> str:
    """:func:`fold_cased`, then lower case, keeping the length of ``text``."""
    out = fold_cased(text).lower()
    if len(out) != len(text):  # a few letters (e.g. 'İ') grow when lowered
        out = "".join(c.lower() if len(c.lower()) == 1 else c for c in fold_cased(text))
    return out


@word_cache(4096)
def fold_word(word: str) -> str:
    """Fold a short string (a word or phrase): lower case, no diacritics, NFC first."""
    return fold(unicodedata.normalize("NFC", word))


class Document:
    """The text under inspection and the views detectors share.

    ``original`` is what the caller passed; ``text`` is its NFC form. Offsets in findings are
    computed on ``text`` and mapped with :meth:`to_original`.

    The hot accessors are plain attributes, not properties or methods: a short prompt reads
    the folded views and the per-document cache some 120 times, and a property or a method
    call cost more there than the look-up behind it. :attr:`folded` and :attr:`folded_cased`
    are made with the document (every detector pass reads them); ``cached`` and ``store`` are
    the cache dict's own ``get`` and ``__setitem__``.
    """

    __slots__ = (
        "_bp_orig",
        "_bp_text",
        "_cache",
        "cached",
        "folded",
        "folded_cased",
        "original",
        "store",
        "text",
    )

    #: :func:`fold` of :attr:`text`: diacritics removed, ``đ`` -> ``d``, lower case; the length
    #: of :attr:`text`
    folded: str
    #: :func:`fold_cased` of :attr:`text`: the same with the original letter case
    folded_cased: str
    #: ``cached(key)``: a per-document cache for views that several detectors share (e.g.
    #: number tokens); None when ``key`` was not stored (or :meth:`release` forgot it)
    cached: Callable[[str], object | None]
    #: ``store(key, value)``: keep ``value`` under ``key`` in the per-document cache
    store: Callable[[str, object], None]

    def __init__(self, original: str) -> None:
        self.original = original
        self._bp_text: list[int] | None = None
        self._bp_orig: list[int] | None = None
        marked = ("<" in original or "&" in original or "\\u" in original) and _has_markup(original)
        # a calendar's, a card's or a mail header's folded lines, unfolded (text.folding)
        folds = [*folded_breaks(original)] if "\n" in original else []
        marked = marked or bool(folds)
        coded: bytes | None = None  # the fold code map's bytes of ``original``, when it has them
        if original.isascii():
            self.text = self._read(_unmark(original, folds)) if marked else original
        else:
            coded = _fold_coded(original)
            if coded is not None:
                # every character is ASCII or a Latin letter with marks, all plain but the
                # ASCII control characters (kept as themselves by the code map) and the eth
                # (read as Đ): a table pass over the bytes instead of the class scan
                disguised = bool(coded.translate(None, _NOT_CONTROL)) or "Ð" in original
            else:
                disguised = _UNUSUAL.search(original) is not None
            if not (disguised or marked) and unicodedata.is_normalized("NFC", original):
                self.text = original
            else:
                coded = None
                s = _one_for_one(original) if disguised else original
                self.text = self._read(_unmark(s, folds) if marked else s)
        text = self.text
        if text.isascii():
            self.folded_cased = text
            self.folded = text.lower()
        elif coded is not None:  # the text is the original: its bytes are folded already
            self.folded_cased = coded.translate(_fold_map()[1]).decode("ascii")
            folded = self.folded_cased.lower()
            self.folded = folded if len(folded) == len(text) else fold(text)
        else:
            self.folded_cased = fold_cased(text)
            folded = self.folded_cased.lower()
            self.folded = folded if len(folded) == len(text) else fold(text)
        cache: dict[str, object] = {}
        self._cache = cache
        self.cached = cache.get
        self.store = cache.__setitem__

    # -- views -------------------------------------------------------------------------------
    def memo(self, key: str) -> dict[Any, Any]:
        """The per-document dict stored under ``key`` (created empty on first use): one call
        where a per-candidate memo took a look-up, a cast and a store."""
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = {}
        return found  # type: ignore[return-value]

    def position_memo(self, key: str) -> MutableMapping[int, Any]:
        """The per-document memo stored under ``key`` whose keys are positions in the text: a
        dict for a prompt, a :class:`PositionMemo` past :data:`POSITION_MEMO_FROM` characters
        (a table's thousands of numbers each held a dict entry in each family's memo)."""
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = PositionMemo() if len(self.text) > POSITION_MEMO_FROM else {}
        return found  # type: ignore[return-value]

    def release(self) -> None:
        """Forget what detectors cached (number tokens, cue windows, runs ...): the engine
        calls it once every detector has run, so a megabyte's caches are not held while its
        findings are built. The views stay; a cache asked for again is computed again."""
        self._cache.clear()

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

    def to_text(self, original_index: int) -> int:
        """Map an offset in :attr:`original` to the first offset in :attr:`text` that maps at
        or after it (the inverse of :meth:`to_original` where the reading kept a character)."""
        if self._bp_text is None:
            return original_index
        lo, hi = 0, len(self.text)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.to_original(mid) < original_index:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def window(self, start: int, end: int) -> str:
        """The folded text between two offsets, clamped to the document."""
        return self.folded[max(0, start) : max(0, end)]

    def _read(self, s: str) -> str:
        """NFC ``s`` without its invisible characters, keeping breakpoints from offsets in the
        result to offsets in ``s`` (which has the length of :attr:`original`: the one-for-one
        replacements keep every offset).

        Only runs of invisible characters and combining marks change the length. Each run,
        with the letter before it, becomes one piece; the plain text between runs another;
        every piece is read by ONE normalisation call (pieces joined by NUL, which composes
        with nothing), so decomposed Vietnamese (a run in every other word) costs a few list
        operations per run. A piece maps linearly from its start, and the end of each run is
        a breakpoint; if a plain piece changes length under NFC (Hangul jamo, some Indic vowel
        signs), the reading is redone by clusters (:meth:`_read_slowly`).
        """
        if "\x00" in s:
            return self._read_slowly(s)
        parts = _LENGTH_CHANGE.split(s)  # plain, run, plain, run ..., plain
        if not unicodedata.is_normalized("NFC", "\x00".join(parts[0::2])):
            return self._read_slowly(s)  # something composes outside the runs
        # a piece ends with a run: the plain text before it keeps its length except for the
        # letter the run's marks compose onto
        pieces = [a + b for a, b in zip(parts[0::2], parts[1::2], strict=False)]
        pieces.append(parts[-1])
        joined = "\x00".join(pieces)
        if _HAS_INVISIBLE.search(s) is not None:
            joined = _HAS_INVISIBLE.sub("", joined)  # only runs hold them
        read = unicodedata.normalize("NFC", joined).split("\x00")
        if len(read) != len(pieces):
            return self._read_slowly(s)
        self._bp_text = [0, *itertools.accumulate(map(len, read[:-1]))]
        self._bp_orig = [0, *itertools.accumulate(map(len, pieces[:-1]))]
        return "".join(read)

    def _read_slowly(self, s: str) -> str:
        """:meth:`_read` by clusters (a starter and every character that may compose onto
        it), one character at a time: exact for any text, slower."""
        attach = _attaching_characters()
        pieces: list[str] = []
        bp_text: list[int] = [0]
        bp_orig: list[int] = [0]
        pos_t = 0
        k = 0
        n = len(s)
        while k < n:
            if s[k] in INVISIBLE:
                k += 1
                bp_text.append(pos_t)
                bp_orig.append(k)
                continue
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


@cache
def _lookalikes() -> dict[str, str]:
    """Greek and Cyrillic letters read as Latin ones (``data/text/lookalikes.tsv``), and a
    capital's small letter as the Latin capital's small one where the file does not say
    otherwise: a text lower-cased after a look-alike was typed keeps the look-alike ("LƯU
    НÀNН" with Cyrillic Н, lower-cased, is "lưu нànн"; "МẬТ" is "мậт"), though the small
    letter looks like a small capital rather than the Latin small letter."""
    from ai_guard.text.data import rows  # data imports this module

    table = {r[0]: r[1] for r in rows("text/lookalikes.tsv")}
    for char, latin in list(table.items()):
        small = char.lower()
        if char.isupper() and len(small) == 1 and small != char:
            table.setdefault(small, latin.lower())
    return table


@cache
def _lowered_capitals() -> dict[str, str]:
    """Small letters the file reads as one Latin letter while their capital reads as another
    (Greek ``ν`` looks like "v", its capital ``Ν`` like "N"): the capital's reading, for a
    word that is a Vietnamese syllable only so ("hàνh" lower-cased from "HÀΝH")."""
    from ai_guard.text.data import rows

    table = {r[0]: r[1] for r in rows("text/lookalikes.tsv")}
    out = {}
    for char, latin in table.items():
        small = char.lower()
        if char.isupper() and small in table and table[small] != latin.lower():
            out[small] = latin.lower()
    return out


#: the Icelandic capital eth that old fonts, conversions from Windows-1252 and web pages set
#: for the Vietnamese Đ (the two look the same): "Ðặng Thị Hoa" is read as "Đặng Thị Hoa" (the
#: small eth is left as it is: "ð" in a line is the sign of Windows-1258 shown as Windows-1252,
#: which the legacy readings look for)
_ETH = {"Ð": "Đ"}


class _OneForOne(dict[int, str]):
    """``str.translate`` table of the one-for-one readings, filled on demand: Ð -> Đ, odd
    spaces -> ' ',
    line separators -> '\\n', full-width and mathematical letters and digits (NFKC, when that
    gives one ASCII character), other decimal digits -> their ASCII digit."""

    def __missing__(self, key: int) -> str:
        ch = chr(key)
        out = ch
        if ch in _ETH:
            out = _ETH[ch]
        elif ch in ODD_SPACES:
            out = " "
        elif ch in LINE_SEPARATORS:
            out = "\n"
        elif unicodedata.category(ch) == "Nd":
            out = str(unicodedata.digit(ch))
        else:
            compat = unicodedata.normalize("NFKC", ch)
            if len(compat) == 1 and compat.isascii() and compat.isprintable():
                out = compat
        self[key] = out
        return out


_ONE_FOR_ONE_TABLE = _OneForOne()

#: a letter of a word (Latin, Greek, Cyrillic, with its marks)
#: a word's characters, for the look-alike reading: letters, marks and digits (a key's tail
#: "Qw9с" is one word: its Cyrillic "с" reads as the Latin letter of the word's other letters)
_WORD_CHAR = re.compile(f"[^\\W_]|[{_COMBINING}]")
_LATIN_OR_MARK = re.compile(f"[A-Za-z\u00c0-\u024f\u1e00-\u1eff{_COMBINING}]")


def _one_for_one(s: str) -> str:
    """``s`` with every one-for-one reading applied (same length, same offsets)."""
    s = blank_footnote_marks(s)  # "046058003981³": the mark is no digit of the value
    parts: list[str] = []
    pos = 0
    for m in _UNUSUAL.finditer(s):
        parts.append(s[pos : m.start()])
        parts.append(m.group().translate(_ONE_FOR_ONE_TABLE))
        pos = m.end()
    parts.append(s[pos:])
    out = "".join(parts)
    if _GREEK_CYRILLIC.search(out) is not None:
        out = _latin_lookalikes(out)
    return out


def _latin_lookalikes(s: str) -> str:
    """Greek and Cyrillic look-alikes read as Latin letters in words (letters and digits) that
    are otherwise Latin or carry combining marks (``МẬТ`` with Cyrillic М and Т, a key's
    ``...Qw9с``); a Greek or Cyrillic word is kept, but a word in capitals made only of
    look-alikes next to a word in Latin capitals or one so read (``ХЕМ ХОNG TRẢ LẠI``,
    ``ХЕМ XONG``: the stamp's first word typed all in Cyrillic)."""
    table = _lookalikes()
    chars: list[str] | None = None
    done_until = 0
    kept: list[tuple[int, int]] = []  # words of look-alikes only, in capitals
    read_words: list[tuple[int, int]] = []  # words read, in capitals
    for m in _GREEK_CYRILLIC.finditer(s):
        if m.start() < done_until or m.group() not in table:
            continue
        a = m.start()
        while a > 0 and _WORD_CHAR.match(s, a - 1):
            a -= 1
        b = m.end()
        while b < len(s) and _WORD_CHAR.match(s, b):
            b += 1
        done_until = b
        word = s[a:b]
        plain = "".join(c for c in word if c not in table)
        if not _LATIN_OR_MARK.search(plain):
            if len(word) > 1 and word.isupper() and not plain:
                kept.append((a, b))
            continue  # a Greek or Cyrillic word (or only look-alikes): kept as written
        if chars is None:
            chars = list(s)
        if word.isupper():
            read_words.append((a, b))
        read = [table.get(c, c) for c in word]
        lowered = _lowered_capitals()
        if any(c in lowered for c in word):
            from ai_guard.text.encodings import is_syllable  # encodings imports this module

            other = [lowered.get(c, r) for c, r in zip(word, read, strict=True)]
            if not is_syllable("".join(read)) and is_syllable("".join(other)):
                read = other  # "hàνh" is "hành", lower-cased from "HÀΝH"
        chars[a:b] = read
    for a, b in kept:
        if any(_next_to(s, a, b, c, d) for c, d in read_words) or _latin_capitals_beside(s, a, b):
            if chars is None:
                chars = list(s)
            chars[a:b] = [table[c] for c in s[a:b]]
    return s if chars is None else "".join(chars)


def _next_to(s: str, a: int, b: int, c: int, d: int) -> bool:
    """Whether the words ``s[a:b]`` and ``s[c:d]`` stand next to each other on one line, one
    space or tab apart."""
    gap = s[b:c] if b <= c else s[d:a]
    return gap in (" ", "\t")


#: a word of Latin capitals (Vietnamese ones too) one space or tab after a position, or before
_CAPITALS_AFTER = re.compile(r"[ \t]([A-Z\u00c0-\u024f\u1e00-\u1eff]{2,})(?![^\W_])")
_CAPITALS_BEFORE = re.compile(r"(?<![^\W_])([A-Z\u00c0-\u024f\u1e00-\u1eff]{2,})[ \t]$")


def _latin_capitals_beside(s: str, a: int, b: int) -> bool:
    """Whether a word of Latin capitals stands one space from ``s[a:b]`` ("ХЕМ XONG": a
    stamp's word typed in Cyrillic among Latin ones)."""
    after = _CAPITALS_AFTER.match(s, b)
    if after is not None and after.group(1).isupper():
        return True
    before = _CAPITALS_BEFORE.search(s, max(0, a - 24), a)
    return before is not None and before.group(1).isupper()


# -- markup inside numbers, escapes --------------------------------------------------------------
#: HTML entities that stand for a space (read as one) or for nothing (read as nothing), wherever
#: they stand: ``Số&nbsp;CCCD:&nbsp;001085&nbsp;012345``
_SPACE_ENTITIES = frozenset(
    "nbsp #160 #xa0 ensp emsp thinsp #8194 #8195 #8201 #8239 #x202f #x2009".split()
)
_EMPTY_ENTITIES = frozenset("zwsp zwnj zwj shy #173 #xad #8203 #x200b #8204 #8205 #65279".split())
_ENTITY = re.compile(r"&(#x[0-9a-f]{2,4}|#[0-9]{2,5}|[a-z]{3,6});", re.IGNORECASE)
#: tags that cut a line (read as a space inside a number: the cell of a table stays one cell)
#: and inline tags (read as nothing): ``001085<br>012345``, ``001<b>085</b>012345``
_BREAK_TAGS = frozenset("br p div li tr td".split())
_INLINE_TAGS = frozenset("b i u s em strong span sup sub wbr font mark small big code a".split())
_TAG = re.compile(r"</?([a-z]{1,6})\b[^<>\n]{0,120}?/?>", re.IGNORECASE)
#: a run of tags (and spaces between them) with a digit on either side, the spaces next to the
#: digits included (group 1; led by the digit before it: a scan twice as fast as a look-behind)
_TAGS_IN_NUMBER = re.compile(
    r"[0-9]([ \t]?(?:</?[a-z]{1,6}\b[^<>\n]{0,120}?/?>[ \t]?)+)(?=[0-9])", re.IGNORECASE
)
_INVISIBLE_MARK = INVISIBLE[0]


#: a JSON (or Python, JavaScript) escape of one character: ``"S\u1ed1 CCCD"`` from a
#: ``json.dumps`` with its default ``ensure_ascii``, ``"T\u1ed1i m\u1eadt"``
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def _escaped(m: re.Match[str]) -> str | None:
    """The character an escape stands for, read one for one, or None for one the reading
    keeps escaped (a control character, half of a surrogate pair)."""
    cp = int(m.group(1), 16)
    if cp < 0x20 or 0x7F <= cp < 0xA0 or 0xD800 <= cp < 0xE000:
        return None
    ch = chr(cp)
    return "" if ch in INVISIBLE else ch.translate(_ONE_FOR_ONE_TABLE)


#: a run of escapes, each of one byte (``\\u0000``-``\\u00ff``)
_BYTE_ESCAPES = re.compile(r"(?:\\u00[0-9a-fA-F]{2})+")


def _escaped_utf8(s: str) -> Iterator[tuple[int, int, str]]:
    """UTF-8 escaped twice, as a Messenger export writes it: every byte of a character its own
    escape (``H\\u00c3\\u00a0`` is "Hà", ``\\u00c4\\u0090`` "Đ"), which a model reads as the
    letter. For each run of byte escapes holding a byte past ASCII that decodes as UTF-8: the
    escapes of each character (start, end) and the character, read one for one."""
    for m in _BYTE_ESCAPES.finditer(s):
        run = m.group()
        units = bytes(int(run[i + 4 : i + 6], 16) for i in range(0, len(run), 6))
        if units.isascii():
            continue
        try:
            plain = units.decode("utf-8")
        except UnicodeDecodeError:
            continue
        pos = m.start()
        for ch in plain:
            size = 6 * len(ch.encode("utf-8"))
            if size > 6:  # a one-byte character was read by the escape's own reading
                yield pos, pos + size, "" if ch in INVISIBLE else ch.translate(_ONE_FOR_ONE_TABLE)
            pos += size


def _has_markup(s: str) -> bool:
    """Whether ``s`` holds markup or escapes the reading reads (a cheap test first: one
    search)."""
    if "\\u" in s and any(_escaped(m) is not None for m in _ESCAPE.finditer(s)):
        return True
    if "&" in s:
        for m in _ENTITY.finditer(s):
            name = m.group(1).lower()
            if name in _SPACE_ENTITIES or name in _EMPTY_ENTITIES:
                return True
        if holds_references(s):  # a letter's, a sign's (text.entities)
            return True
    if "<" in s:
        for m in _TAGS_IN_NUMBER.finditer(s):
            if _tags_read(m.group(1)) is not None:
                return True
    return False


def _tags_read(run: str, joined: bool = True) -> str | None:
    """What a run of tags between two digits reads as: nothing for inline tags, a space if a
    space stands at its edge; a tag that cuts a line (``<br>``) nothing when the number it cuts
    is ``joined`` (short enough for one identifier), else a space (``0912345678<br>0987654321``
    lists two phones in one cell). None when a tag is neither kind."""
    space = run[:1] in " \t" or run[-1:] in " \t"
    for m in _TAG.finditer(run):
        name = m.group(1).lower()
        if name in _BREAK_TAGS:
            space = space or not joined
        elif name not in _INLINE_TAGS:
            return None
    return " " if space else ""


#: the most letters and digits a number cut by line-break tags holds and still reads as one
#: (a CCCD is 12, a BHXH code 10, a passport 8, a 13-digit tax code 13); longer, its pieces
#: are several numbers listed in one cell
_JOINED_MAX = 13
_ALNUM_BEFORE = re.compile(r"[0-9A-Za-z]*$")
_ALNUM_AFTER = re.compile(r"[0-9A-Za-z]*")


def _tag_chains(s: str) -> list[tuple[int, int, bool]]:
    """The runs of tags inside numbers (start, end), each with whether the number they cut
    reads joined: runs one number apart form a chain, and the chain's letters and digits,
    counted from the run of them before its first cut to the run after its last, decide for
    all of them."""
    sites = [m.span(1) for m in _TAGS_IN_NUMBER.finditer(s)]
    out: list[tuple[int, int, bool]] = []
    i = 0
    while i < len(sites):
        j = i
        while j + 1 < len(sites) and s[sites[j][1] : sites[j + 1][0]].isalnum():
            j += 1
        first, last = sites[i][0], sites[j][1]
        before = _ALNUM_BEFORE.search(s, max(0, first - 40), first)
        after = _ALNUM_AFTER.match(s, last)
        size = (len(before.group()) if before else 0) + (len(after.group()) if after else 0)
        size += sum(sites[k + 1][0] - sites[k][1] for k in range(i, j))
        joined = size <= _JOINED_MAX
        out.extend((*sites[k], joined) for k in range(i, j + 1))
        i = j + 1
    return out


def _unmark(s: str, folds: list[tuple[int, int]] | None = None) -> str:
    """``s`` with markup read, keeping its length: a JSON escape becomes its character and
    invisible characters, a space entity a space and invisible characters, a zero-width
    entity and a run of tags inside a number invisible characters (or a space and invisible
    characters), any other character reference (:mod:`.entities`: ``&#83;``, ``&agrave;``)
    its character and invisible characters, which :meth:`Document._read` then drops, keeping
    the offsets back to the caller's text. ``folds``: the spans of folded lines' breaks
    (:mod:`.folding`), dropped."""
    out = list(s)

    def blank(start: int, end: int, first: str) -> None:
        out[start:end] = (
            [first, *[_INVISIBLE_MARK] * (end - start - 1)]
            if first
            else [_INVISIBLE_MARK] * (end - start)
        )

    if "\\u" in s:
        for m in _ESCAPE.finditer(s):
            read = _escaped(m)
            if read is not None:
                blank(m.start(), m.end(), read)
        for start, end, read in _escaped_utf8(s):
            blank(start, end, read)
    if "&" in s:
        for m in _ENTITY.finditer(s):
            name = m.group(1).lower()
            if name in _SPACE_ENTITIES:
                blank(m.start(), m.end(), " ")
            elif name in _EMPTY_ENTITIES:
                blank(m.start(), m.end(), "")
        for start, end, ch in references(s):  # every other one-character reference
            if out[start] == "&":
                blank(start, end, "" if ch in INVISIBLE else ch.translate(_ONE_FOR_ONE_TABLE))
    if "<" in s:
        for start, end, joined in _tag_chains(s):
            read = _tags_read(s[start:end], joined)
            if read is not None:
                blank(start, end, read)
    if folds:
        for start, end in folds:
            blank(start, end, "")
    return "".join(out)


#: the text's length past which :meth:`Document.position_memo` keeps a memo as a
#: :class:`PositionMemo` (below it, a dict: the faster look-up, and a prompt's few entries)
POSITION_MEMO_FROM = 1 << 16

_V = TypeVar("_V")


class PositionMemo(MutableMapping[int, _V]):
    """A memo by position (an int key) held as a sorted array of the positions and a list of
    the answers beside it: 16 bytes an entry, where a dict of a table's ~3,000 numbers held
    ~50 (its table past a growth step). A look-up bisects; the last position found is
    remembered (every window of a number asks about the same start in turn); positions come
    mostly in order, appended at the end."""

    __slots__ = ("_at", "_keys", "_last", "_values")

    def __init__(self) -> None:
        self._keys = array("q")
        self._values: list[_V] = []
        self._last: int | None = None
        self._at = -1

    def _find(self, key: int) -> int:
        if key == self._last:
            return self._at
        keys = self._keys
        i = bisect.bisect_left(keys, key)
        if i < len(keys) and keys[i] == key:
            self._last, self._at = key, i
            return i
        return -1

    def get(self, key: int, default: Any = None) -> Any:
        i = self._find(key)
        return self._values[i] if i >= 0 else default

    def __contains__(self, key: object) -> bool:
        return isinstance(key, int) and self._find(key) >= 0

    def __getitem__(self, key: int) -> _V:
        i = self._find(key)
        if i < 0:
            raise KeyError(key)
        return self._values[i]

    def __setitem__(self, key: int, value: _V) -> None:
        keys = self._keys
        n = len(keys)
        if not n or key > keys[-1]:
            keys.append(key)
            self._values.append(value)
            return
        i = bisect.bisect_left(keys, key)
        if i < n and keys[i] == key:
            self._values[i] = value
            return
        keys.insert(i, key)
        self._values.insert(i, value)
        self._last = None  # (the places after ``i`` moved)

    def __delitem__(self, key: int) -> None:
        i = self._find(key)
        if i < 0:
            raise KeyError(key)
        del self._keys[i]
        del self._values[i]
        self._last = None

    def __iter__(self) -> Iterator[int]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)
