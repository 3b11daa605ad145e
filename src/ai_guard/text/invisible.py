"""A second reading of the text for the marks detectors: letter-spaced words joined
(``M Ậ T``, ``L Ư U  H À N H``, ``M  Ậ  T``), letters joined by dots or hyphens (``M.Ậ.T``,
``T-Ố-I``) and the secrecy levels typed in Telex with the input method off (``MAATJ``,
``TOOSI MAATJ``) read as spelled, with an offset map back to the text.

It reads :attr:`ai_guard.text.Document.text`, the canonical reading (zero-width characters,
odd spaces and look-alike letters are already dealt with there). The result differs from the
input only where a disguise was found, and :func:`unveil` returns ``None`` when there is none
(the common case costs a few literal-led searches of the folded text).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import overload

from ai_guard.text.chars import INVISIBLE, NUMBER_GAPS, ODD_SPACES
from ai_guard.text.document import POSITION_MEMO_FROM, Document, fold, fold_cased
from ai_guard.text.windows import lines_around

__all__ = [
    "INVISIBLE",
    "NUMBER_GAPS",
    "ODD_SPACES",
    "Offsets",
    "Unveiled",
    "changed_places",
    "excerpt",
    "unveil",
    "unveiled",
    "words_read",
]

#: Two or more single letters separated by one space each ("M Ậ T", "B Ộ").
#: Letters spaced by two spaces or a tab throughout count too ("M  Ậ  T", "M\tẬ\tT").
_SPACED = re.compile(
    r"(?<![^\W\d_])(?:(?:[^\W\d_] )+[^\W\d_]"
    r"|[^\W\d_](?P<gap>  |\t)[^\W\d_](?:(?P=gap)[^\W\d_])*)(?![^\W\d_])"
)
#: single letters joined by one dot or hyphen throughout ("M.Ậ.T", "T-Ố-I", "B.Ộ"); the gates
#: let a text through on a run of three or more ("T.P." or "v.v." alone stay as they are)
_SEPARATED = r"(?<![^\W\d_.\-])[^\W\d_](?P<sep>[.\-])[^\W\d_](?:(?P=sep)[^\W\d_])*(?![^\W\d_])"
_SEPARATED_GATES = tuple(
    re.compile(re.escape(c) + r"[a-z]" + re.escape(c) + r"[a-z](?![a-z])") for c in ".-"
)
#: the levels typed in Telex with the input method off: where one may stand (read with
#: :func:`ai_guard.text.typing.untype`, kept when it reads as a level)
_TELEX_CANDIDATE = r"maa[a-z]{2}|too[a-z]{2}|tuyee[a-z]{2}"
_TELEX_LEVELS = frozenset({"mật", "tối", "tuyệt"})
_TELEX_GATE = re.compile(r"maa(?:tj|jt)(?![a-z])")
_SITES = re.compile(
    _SPACED.pattern
    + r"|"
    + _SEPARATED
    + r"|(?<![^\W\d_])(?P<telex>(?i:"
    + _TELEX_CANDIDATE
    + r"))(?![^\W\d_])"
)
_SPACED_START = re.compile(r"[^a-z]*[a-z] [a-z](?![a-z])")
#: the gates for :data:`_SPACED`, on the folded text, each led by one literal character (the
#: engine's fast path; a class of characters first costs it 5x): a run after a space, or of
#: three letters or more after anything ("(M Ậ T)", "**T Ố I**"), holds " X Y"; a run of two
#: at the start of a line or after a tab; letters two spaces or a tab apart likewise
_SPACED_GATES = (
    re.compile(r" [a-z] [a-z](?![a-z])"),
    re.compile(r"  [a-z]  [a-z](?![a-z])"),
    re.compile(r"\n[a-z] [a-z](?![a-z])"),
)
#: after a tab, looked for only when the text has one
_TABBED_GATE = re.compile(r"\t[a-z][ \t][a-z](?![a-z])")
#: the same gates on the text's classes (:func:`_classes`): there each is led by a literal
#: of four bytes or more (" a a"), which the engine finds at memory speed, where the gates
#: above enter the pattern at every space, dot or hyphen. Each finds a place exactly where
#: its gate above does (``_SPACED_START``, at the start only, and Telex stay as they are)
_CLASS_GATES = (
    re.compile(rb" a a(?!a)"),
    re.compile(rb"  a  a(?!a)"),
    re.compile(rb"\na a(?!a)"),
    re.compile(rb"\.a\.a(?!a)"),
    re.compile(rb"-a-a(?!a)"),
)
_CLASS_TABBED_GATE = re.compile(rb"\ta[ \t]a(?!a)")
#: a character's class: a-z -> 'a'; space, tab, line feed, dot and hyphen themselves; any
#: other byte (and '?', which stands for each character beyond ASCII) -> '#'
_CLASS_TABLE = bytes(
    0x61 if 0x61 <= i <= 0x7A else i if chr(i) in " \t\n.-" else 0x23 for i in range(256)
)


def _classes(folded: str) -> bytes:
    """``folded`` as one byte per character (``_CLASS_TABLE``), offsets kept: an unencodable
    character becomes one '?' (and so '#')."""
    return folded.encode("ascii", "replace").translate(_CLASS_TABLE)


class Offsets(Sequence[int]):
    """For each character of a reading, the offset in the source it came from, kept as runs:
    where the reading copies the source a run maps one for one, so a megabyte copied whole is
    one run (a list of every offset held 36 bytes a character: twice a CSV file's size
    held, 37x its UTF-8 size, while the secrecy detectors read it). Built in order with
    :meth:`copy` and :meth:`add`; read like the list of offsets it stands for."""

    __slots__ = ("_froms", "_length", "_starts")

    def __init__(self) -> None:
        self._starts: list[int] = []  # where each run starts in the reading
        self._froms: list[int] = []  # the source offset of its first character
        self._length = 0

    def copy(self, start: int, end: int) -> None:
        """The next characters are the source's ``start`` to ``end``, as they stand."""
        if end > start:
            self.add(start)
            self._length += end - start - 1

    def add(self, source: int) -> None:
        """The next character comes from the source's ``source``."""
        n = self._length
        if not self._starts or self._froms[-1] + (n - self._starts[-1]) != source:
            self._starts.append(n)
            self._froms.append(source)
        self._length = n + 1

    def word(self, start: int, end: int, length: int) -> None:
        """The next ``length`` characters read the source's word ``start`` to ``end`` otherwise
        (a syllable typed as meant, a level spelled): each from the word's letter at its place
        (the word's last for those past it), the last from the word's end, so that a span of
        the reading that ends the word ends it in the source."""
        last = end - start - 1
        for k in range(length - 1):
            self.add(start + min(k, last))
        self.add(end - 1)

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> list[int]: ...
    def __getitem__(self, index: int | slice) -> int | list[int]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("offset index out of range")
        run = bisect_right(self._starts, index) - 1
        return self._froms[run] + index - self._starts[run]

    def __iter__(self) -> Iterator[int]:
        if not self._starts:
            return
        ends = [*self._starts[1:], self._length]
        for start, end, source in zip(self._starts, ends, self._froms, strict=True):
            yield from range(source, source + end - start)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # (mutable while it is built)


@dataclass(frozen=True, slots=True)
class Unveiled:
    """The unveiled text and, for each of its characters, the offset it came from."""

    text: str
    origin: Offsets
    source_length: int
    #: the spans of the source where a mark a legacy encoding garbled was read
    #: (:func:`_legacy_marks`): what is found there is a garbled stamp
    legacy: tuple[tuple[int, int], ...] = ()

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the source text that produced ``text[start:end]``."""
        s = self.origin[start] if start < len(self.origin) else self.source_length
        e = self.origin[end - 1] + 1 if end > 0 else s
        return s, max(s, e)


def words_read(text: str, sites: Iterable[tuple[int, int, str]]) -> Unveiled | None:
    """``text`` with some of its words read otherwise: each site (``start``, ``end``,
    ``reading``; in order, none overlapping) puts ``reading`` in place of ``text[start:end]``,
    its characters mapped back by :meth:`Offsets.word`; ``None`` when there is no site. The
    readings of typing leftovers (:mod:`ai_guard.text.typing`) and of stretched words
    (:mod:`ai_guard.text.stretched`) are built so."""
    out: list[str] = []
    origin = Offsets()
    pos = 0
    for start, end, reading in sites:
        out.append(text[pos:start])
        origin.copy(pos, start)
        out.append(reading)
        origin.word(start, end, len(reading))
        pos = end
    if not out:
        return None
    out.append(text[pos:])
    origin.copy(pos, len(text))
    return Unveiled("".join(out), origin, len(text))


def unveil(text: str, folded: str | None = None, cased: str | None = None) -> Unveiled | None:
    """``text`` (a canonical reading) with letter-spaced words joined (``M Ậ T``, ``M.Ậ.T``,
    ``M-Ậ-T``, ``M  Ậ  T``), the secrecy levels typed in Telex with the input method off
    (``MAATJ``, ``TOOSI MAATJ``) read as spelled, and the "l" a scanner read for "I" in a word
    of capitals read back (:func:`_ocr_capitals`: ``NỘl BỘ``, ``LẠl``), the digits a scanner
    read for letters in a two-word level read back (:func:`_ocr_level_digits`: ``T6I MẬT``,
    ``TUY3T M4T``), and the marks a legacy encoding garbled inside Unicode text read in
    Unicode (:func:`_legacy_marks`: Windows-1258 ``tôìi mâòt``, VNI ``toái maät``); ``None``
    when it has none of these. ``folded``, ``cased``: ``fold(text)``, ``fold_cased(text)``
    when the caller has them (the gates read them)."""
    if folded is None:
        folded = fold(text)
    source = text
    raw = folded.encode("latin-1", "replace")  # (one byte a character, for both gates below)
    legacy = _legacy_marks(text, raw)
    sites: tuple[tuple[int, int], ...] = ()
    before = Offsets()
    if legacy is not None:
        text, before, sites = legacy
        folded, cased = fold(text), None
        raw = folded.encode("latin-1", "replace")
    if cased is None:
        cased = fold_cased(text)
    text = _ocr_capitals(text, cased)
    text = _ocr_level_digits(text, raw, cased)
    if text is source and not _disguised(folded):
        return None
    joined: list[str] = []
    origin = Offsets()
    pos = 0
    for m in _SITES.finditer(text):
        joined.append(text[pos : m.start()])
        origin.copy(pos, m.start())
        telex = m.group("telex")
        if telex is not None:
            from ai_guard.text.typing import untype  # typing builds on Unveiled, defined here

            word = untype(telex)
            if word is None or word.lower() not in _TELEX_LEVELS:
                word = telex  # another word: kept as typed
                origin.copy(m.start(), m.end())
            else:  # its letters from the first typed ones, its last from the last
                origin.word(m.start(), m.end(), len(word))
            joined.append(word)
        else:
            places = [k for k in range(m.start(), m.end()) if text[k].isalpha()]
            # (an address's user name spaced out, "n g u y e n a n @ ...", is one word)
            address = "@" in text[m.end() : m.end() + 3]
            cuts = (
                _syllable_cuts("".join(text[k] for k in places))
                if len(places) > 3 and not address
                else ()
            )
            for i, k in enumerate(places):
                if i in cuts:  # a word's end: the space that stood after its last letter
                    joined.append(" ")
                    origin.add(places[i - 1] + 1)
                joined.append(text[k])
                origin.add(k)
        pos = m.end()
    joined.append(text[pos:])
    origin.copy(pos, len(text))
    result = "".join(joined)
    if result == source:
        return None
    if legacy is None:
        return Unveiled(result, origin, len(source))
    composed = Offsets()  # each character back through the marks' legacy reading
    for k in origin:
        composed.add(before[k])
    return Unveiled(result, composed, len(source), sites)


#: a character's class for :func:`_ocr_capitals`, on the cased fold (every Vietnamese letter
#: ASCII there): a capital 'A', the "l" a scanner gives for "I" as it stands, another letter
#: 'a', a digit 'd', anything else '#' (a "1" or "0" for a letter is leetspeak's, which
#: :mod:`ai_guard.text.disguises` reads)
_CAPS_TABLE = bytes(
    0x41 if 0x41 <= i <= 0x5A
    else 0x6C if i == 0x6C
    else 0x61 if 0x61 <= i <= 0x7A
    else 0x64 if 0x30 <= i <= 0x39
    else 0x23
    for i in range(256)
)  # fmt: skip
#: an "l" after a capital: where a word to read back may stand (one literal search; "Al" of an
#: English "Also" is looked at and left)
_CAPS_GATE = b"Al"
#: the classes of a word that may be read back: capitals and "l" only
_CAPS_WORD = frozenset(b"Al")
_OCR_BACK = str.maketrans("l|", "II")


def _ocr_capitals(text: str, cased: str) -> str:
    """``text`` with the "l" a scanner read for "I" in each word of two capitals or more read
    back ("NỘl BỘ", "TRẢ LẠl", "TÀl LlỆU"); a word holding another lower-case letter or a digit
    ("Also", "HCMl2") or one capital only ("Bl") as it stands. The same length, so that offsets
    hold; ``text`` itself when there is none. Only the words around the gate's hits are read."""
    raw = cased.encode("ascii", "replace")
    classes = raw.translate(_CAPS_TABLE)
    words: dict[int, int] = {}
    at = classes.find(_CAPS_GATE)
    while at >= 0:
        start = at
        while start > 0 and classes[start - 1] in _CAPS_WORD:
            start -= 1
        end = at + 2
        while end < len(classes) and classes[end] in _CAPS_WORD:
            end += 1
        word = classes[start:end]
        boundary = (start == 0 or classes[start - 1] == 0x23) and (
            end == len(classes) or classes[end] == 0x23
        )
        if boundary and word.count(b"A") >= 2:
            words[start] = end
        at = classes.find(_CAPS_GATE, end)
    if "|" in text:
        _ocr_pipes(text, raw, classes, words)
    if not words:
        return text
    out: list[str] = []
    pos = 0
    for start in sorted(words):
        end = words[start]
        out.append(text[pos:start])
        out.append(text[start:end].translate(_OCR_BACK))
        pos = end
    out.append(text[pos:])
    return "".join(out)


#: a two-word level with a digit a scanner read for one of its letters ("T6I MẬT": "Ố" read as
#: "6"; "T0I", "TỐ1", "TUY3T", "7ỐI", "M4T"), on the cased fold (every letter ASCII there):
#: the digits that look like each letter of the levels' words
_LEVEL_DIGITS = re.compile(
    r"(?<![A-Za-z0-9])(?:[Tt7][Oo06][Ii1l|]|[Tt7][Uu][Yy][Ee3][Tt7])[ \t]+[Mm][Aa4][Tt7]"
    r"(?![A-Za-z0-9])"
)
#: the gate (on the folded view, each a literal found at memory speed): a digit beside a
#: level word's letter as one of those levels holds it; a search is made only around each
_LEVEL_DIGITS_GATES = (b"t0", b"t6", b"o1", b"7o", b"7u", b"y3", b"e7", b"m4", b"a7")
#: how far before and after a gate's hit its level may start and end
_LEVEL_DIGITS_REACH = (6, 24)
#: each level word's letters as the level spells them, by the word's folded form
_LEVEL_WORDS = {"toi": "tối", "tuyet": "tuyệt", "mat": "mật"}
_DIGIT_LETTERS = str.maketrans("06137|l4", "ooietiia")


#: the gates' letter before a digit as "L" and their digits as "#", anything else a space:
#: every gate but those led by a "7" (:data:`_LEVEL_DIGITS_LED`) holds "L#" there, so that a
#: text without it (most: a digit seldom touches those letters) is read with three searches
#: instead of nine
_LEVEL_PAIR_TABLE = bytes(
    0x4C if chr(i) in "toyema" else 0x23 if chr(i) in "013467" else 0x20 for i in range(256)
)
_LEVEL_DIGITS_LED = (b"7o", b"7u")


def _level_digit_matches(raw: bytes, cased: str) -> Iterator[re.Match[str]]:
    """The matches of ``_LEVEL_DIGITS`` around the gates' hits, each once (``raw``: the
    folded text, one byte a character); none searched where the sketch shows no gate."""
    if (
        raw.translate(_LEVEL_PAIR_TABLE).find(b"L#") < 0
        and raw.find(_LEVEL_DIGITS_LED[0]) < 0
        and raw.find(_LEVEL_DIGITS_LED[1]) < 0
    ):
        return iter(())
    return _level_digit_search(raw, cased)


def _level_digit_search(raw: bytes, cased: str) -> Iterator[re.Match[str]]:
    """:func:`_level_digit_matches` with every gate searched, sketch or none."""
    before, after = _LEVEL_DIGITS_REACH
    seen: set[int] = set()
    for gate in _LEVEL_DIGITS_GATES:
        at = raw.find(gate)
        while at >= 0:
            end = min(len(cased), at + after)
            m = _LEVEL_DIGITS.search(cased, max(0, at - before), end)
            if (
                m is not None
                and m.start() not in seen
                and (m.end() == len(cased) or not cased[m.end()].isalnum())
            ):
                seen.add(m.start())
                yield m
            at = raw.find(gate, at + 1)


def _ocr_level_digits(text: str, raw: bytes, cased: str) -> str:
    """``text`` with the digits a scanner read for letters in a two-word level read back as
    the level's letters ("T6I MẬT" -> "TỐI MẬT", "TUY3T M4T" -> "TUYỆT MẬT"): only the digits
    change, each into the letter it stands for, in the case of the word's letters; the same
    length, so that offsets hold. ``text`` itself when no level holds a digit."""
    chars: list[str] | None = None
    for m in _level_digit_matches(raw, cased):
        if not any(c.isdigit() for c in m.group()):
            continue
        for w in re.finditer(r"\S+", m.group()):
            word = w.group()
            spelled = _LEVEL_WORDS.get(word.lower().translate(_DIGIT_LETTERS))
            if spelled is None:
                continue
            letters = [c for c in word if c.isalpha() and c not in "l"]
            upper = bool(letters) and all(c.isupper() for c in letters)
            for k, c in enumerate(word):
                if c.isdigit():
                    if chars is None:
                        chars = list(text)
                    letter = spelled[k]
                    chars[m.start() + w.start() + k] = letter.upper() if upper else letter
    return text if chars is None else "".join(chars)


#: the marks whose words a legacy encoding garbles (each in small, title and capital letters,
#: in Windows-1258, VNI and TCVN3 read as Windows-1252): a mark quoted from a legacy file
#: into a Unicode sentence ("Văn bản có dòng tôìi mâòt ở đầu trang"), which the repair of the
#: whole text does not convert (a word or two among Unicode ones)
_LEGACY_MARKS = (
    "tối mật", "tuyệt mật", "mật", "lưu hành nội bộ", "tài liệu thu hồi", "xem xong trả lại",
    "tài liệu mật", "nội bộ",
)  # fmt: skip
_LEGACY_SCHEMES = ("windows-1258", "vni", "tcvn3")


@lru_cache(maxsize=1)
def _legacy_forms() -> tuple[re.Pattern[str], dict[str, str]]:
    """The pattern (on the canonical reading) and the table (garbled form -> the mark) of
    :data:`_LEGACY_MARKS`' garbled forms: those of a scheme that change the mark and that are
    no Vietnamese as written (VNI's "toái" alone is a word: "toái maät" is read, "toái" is
    not; TCVN3's lone "mËt" is the repair's to read)."""
    from ai_guard.text.encodings import encode, is_syllable

    table: dict[str, str] = {}
    for mark in _LEGACY_MARKS:
        for scheme in _LEGACY_SCHEMES:
            if scheme == "tcvn3" and " " not in mark:
                continue
            for written in (mark, mark.title(), mark.upper()):
                garbled = Document(encode(written, scheme).decode("cp1252", "replace")).text
                if garbled == written or len(garbled.split()) != len(written.split()):
                    continue
                if all(is_syllable(w) for w in garbled.split()):
                    continue
                table.setdefault(garbled, written)
    forms = sorted(table, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![^\W\d_])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![^\W\d_])"
    )
    return pattern, table


#: what every garbled form of :data:`_LEGACY_MARKS` holds one of (folded): literals tested
#: first, each at memory speed (a pattern led by a class of letters is tried at every one)
_LEGACY_GATES = (
    b"maot", b"maat", b"tei met", b"tuyot met", b"nooi", b"noai", b"nei be", b"h\xb5nh",
    b"lieou", b"lieau", b"hoii", b"t\xb5i", b"laoi", b"laii", b"tr\xb6",
)  # fmt: skip


def _legacy_marks(text: str, raw: bytes) -> tuple[str, Offsets, tuple[tuple[int, int], ...]] | None:
    """``text`` with the marks a legacy encoding garbled read in Unicode (``_legacy_forms``),
    for each character its offset in ``text`` (a word's letters from its first garbled ones,
    its last from its last; the spaces between words one for one), and the spans of ``text``
    read so; ``None`` when it holds none. ``raw``: the folded text, one byte a character (the
    gates are found with ``find``, not ``in``: see text.numbers)."""
    if text.isascii():
        return None  # (every garbled form holds a letter beyond ASCII: test_invisible)
    for gate in _LEGACY_GATES:  # (a loop: no generator frame on every text)
        if raw.find(gate) >= 0:
            break
    else:
        return None
    pattern, table = _legacy_forms()
    if not any(form in text for form in table):
        return None
    out: list[str] = []
    origin = Offsets()
    sites: list[tuple[int, int]] = []
    pos = 0
    for m in pattern.finditer(text):
        sites.append(m.span())
        out.append(text[pos : m.start()])
        origin.copy(pos, m.start())
        mark = table[m.group()]
        at = m.start()
        for garbled, word in zip(m.group().split(" "), mark.split(" "), strict=True):
            if at > m.start():
                origin.add(at - 1)  # the space before the word
            for k in range(len(word) - 1):
                origin.add(at + k)
            origin.add(at + len(garbled) - 1)
            at += len(garbled) + 1
        out.append(mark)
        pos = m.end()
    if pos == 0:
        return None
    out.append(text[pos:])
    origin.copy(pos, len(text))
    return "".join(out), origin, tuple(sites)


#: a pipe closing a word of capitals: the "|" a scanner read for a final "I" ("NỘ| BỘ", "TRẢ
#: LẠ|"), on the classes of :data:`_CAPS_TABLE` with the pipe kept (it is '#' there)
_PIPE_TABLE = bytes(0x7C if i == 0x7C else c for i, c in enumerate(_CAPS_TABLE))
_PIPE_GATE = re.compile(rb"A\|(?=[#\s]|$)")
_CAPS_RUN_BEFORE = re.compile(rb"A+$")


def _ocr_pipes(text: str, raw: bytes, classes: bytes, words: dict[int, int]) -> None:
    """Add to ``words`` each word of two capitals or more closed by a pipe a scanner read for
    "I" ("NỘ|", "LẠ|", "HỒ|"), on a line whose pipes stand in no table: none opens the line
    or follows a space ("| HỌ TÊN |", "|STT|HỌ TÊN|" keep theirs), none sits inside a word
    ("HỌ|TÊN")."""
    for m in _PIPE_GATE.finditer(raw.translate(_PIPE_TABLE)):
        at = m.start() + 1  # the pipe
        run = _CAPS_RUN_BEFORE.search(classes, max(0, at - 12), at)
        if run is None or at - run.start() < 2:
            continue
        start = run.start()
        if start > 0 and classes[start - 1] != 0x23:
            continue
        if (
            start > 0
            and not raw[start - 1 : start].isspace()
            and raw[start - 1 : start]
            not in (
                b'"',
                b"'",
                b"(",
                b"[",
                b"*",
            )
        ):
            continue  # "HỌ|TÊN|": a pipe before the word too
        ls = text.rfind("\n", 0, start) + 1
        le = text.find("\n", at)
        le = len(text) if le < 0 else le
        line = text[ls:le]
        if line.lstrip().startswith("|") or " |" in line or "\t|" in line or "||" in line:
            continue  # a table's pipes
        words[start] = at + 1


#: the longest Vietnamese syllable ("nghiêng", "nghiệp")
_SYLLABLE_MAX = 7


def _syllable_cuts(letters: str) -> frozenset[int]:
    """Where the letters of a letter-spaced run split into Vietnamese syllables, the fewest
    that spell it whole (``tàiliệulưuhànhnộibộ``: "tài liệu lưu hành nội bộ", ``TỐIMẬT``: "TỐI
    MẬT"): every word of a run spaced letter by letter with one space throughout, its words'
    own spaces lost among the letters' ("T à i l i ệ u l ư u h à n h"). Empty when the run is
    one syllable or does not split whole (a foreign word, a code: kept glued, as before), or,
    typed without diacritics, fewer than three."""
    from ai_guard.text.encodings import is_typed_syllable  # (encodings builds on this module)

    n = len(letters)
    # best[i]: the fewest syllables spelling letters[i:], and the first one's length
    best: list[tuple[int, int] | None] = [None] * (n + 1)
    best[n] = (0, 0)
    for i in range(n - 1, -1, -1):
        for size in range(min(_SYLLABLE_MAX, n - i), 0, -1):
            rest = best[i + size]
            piece = letters[i : i + size]
            # a single plain letter ("a", "y", "o") spells nearly anything into syllables: a
            # one-letter syllable counts only with its marks ("ở", "ý")
            if rest is None or (size == 1 and piece.isascii()) or not is_typed_syllable(piece):
                continue
            here = best[i]
            if here is None or rest[0] + 1 < here[0]:
                best[i] = (rest[0] + 1, size)
    first = best[0]
    # typed plain, two syllables may be an English word spaced out ("S E C R E T": "sec
    # ret"): a plain run is split from three syllables on ("N G U Y E N V A N A N")
    if first is None or first[0] < (3 if letters.isascii() else 2):
        return frozenset()
    cuts = []
    i = first[1]
    while i < n:
        cuts.append(i)
        step = best[i]
        assert step is not None
        i += step[1]
    return frozenset(cuts)


def _disguised(folded: str) -> bool:
    """Whether ``folded`` may hold a disguise :func:`unveil` undoes: the gates of
    :func:`_spaced`, ``_SEPARATED_GATES`` and ``_TELEX_GATE``, the first two read on the
    text's classes (the same answer in a fraction of the time)."""
    if _SPACED_START.match(folded) is not None or _TELEX_GATE.search(folded) is not None:
        return True
    classes = _classes(folded)
    for gate in _CLASS_GATES:
        if gate.search(classes) is not None:
            return True
    return "\t" in folded and _CLASS_TABBED_GATE.search(classes) is not None


def _spaced(folded: str) -> bool:
    """Whether the text holds letter spacing :data:`_SPACED` would join (see the gates)."""
    return (
        _SPACED_START.match(folded) is not None
        or any(gate.search(folded) is not None for gate in _SPACED_GATES)
        or ("\t" in folded and _TABBED_GATE.search(folded) is not None)
    )


def unveiled(doc: Document) -> Unveiled | None:
    """:func:`unveil` of ``doc.text``, computed once per document; past
    :data:`EXCERPT_FROM` characters, its :func:`excerpt` (what the detectors read again is
    the lines a disguise was undone in, not a second copy of the whole text)."""
    cached = doc.cached("unveiled")
    if cached is None:
        veil = unveil(doc.text, doc.folded, doc.folded_cased)
        if veil is not None and len(doc.text) > EXCERPT_FROM:
            veil = excerpt(veil, doc.text)
        cached = veil or False
        doc.store("unveiled", cached)
    return cached if isinstance(cached, Unveiled) else None


#: the text's length past which :func:`unveiled` keeps an excerpt: a megabyte's CSV with one
#: row's "Lương A Ý" read as letter-spaced was read again whole by the detectors that read
#: the unveiled text (a second Document of the megabyte and its caches: 31.7x the text held
#: in the person detector against 13.7x on 100 KB)
EXCERPT_FROM = POSITION_MEMO_FROM
#: the lines an excerpt holds around each changed character, before and after it, and how
#: far along a longer line (cut at a white space)
EXCERPT_LINES = 2
EXCERPT_REACH = 2000
#: compared a chunk at a time when looking for the characters a reading changed in place
_COMPARE_CHUNK = 4096


def changed_places(veil: Unveiled, source: str) -> list[int]:
    """The offsets of ``veil.text`` whose characters are not a copy of the source's next to
    their neighbours': where a run of :attr:`Unveiled.origin` starts or ends, and where a
    character was read back in place (an "l" for "I", a digit for a level's letter)."""
    text, origin = veil.text, veil.origin
    starts = origin._starts
    froms = origin._froms
    ends = [*starts[1:], len(text)]
    places: list[int] = []
    for a, b, f in zip(starts, ends, froms, strict=True):
        if a > 0:
            places.extend((a - 1, a))
        for c in range(a, b, _COMPARE_CHUNK):
            d = min(b, c + _COMPARE_CHUNK)
            if text[c:d] != source[f + c - a : f + d - a]:
                places.extend(k for k in range(c, d) if text[k] != source[f + k - a])
    return sorted(set(places))


def excerpt(veil: Unveiled, source: str) -> Unveiled:
    """``veil`` cut to the lines its changes stand in (:func:`changed_places`,
    :func:`~ai_guard.text.windows.lines_around`), and to the text's first line (a table's
    header, a stamp's place), each stretch on a line of its own; its offsets still lead to
    ``source``. ``veil`` itself when the stretches cover half its text or more."""
    text, origin = veil.text, veil.origin
    spans: list[tuple[int, int]] = [lines_around(text, 0, 0, EXCERPT_LINES, EXCERPT_REACH)]
    for at in changed_places(veil, source):
        if at < spans[-1][1]:
            continue  # (inside the stretch before: places come in order)
        start, end = lines_around(text, at, at, EXCERPT_LINES, EXCERPT_REACH)
        if start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    if sum(e - s for s, e in spans) * 2 >= len(text):
        return veil
    pieces: list[str] = []
    offsets = Offsets()
    for start, end in spans:
        if pieces:
            pieces.append("\n")  # (where the stretch before ended: it maps there)
            offsets.add(min(origin[start - 1] + 1, len(source) - 1) if start else 0)
        pieces.append(text[start:end])
        k = start
        while k < end:  # a run of the origin at a time
            run = bisect_right(origin._starts, k) - 1
            stop = min(end, origin._starts[run + 1] if run + 1 < len(origin._starts) else end)
            first = origin._froms[run] + k - origin._starts[run]
            offsets.copy(first, first + stop - k)
            k = stop
    return Unveiled("".join(pieces), offsets, veil.source_length, veil.legacy)
