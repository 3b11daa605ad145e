"""A second reading of a prompt for every detector: values hidden by an encoding a model undoes
at a word, decoded where they stand, and words written in leetspeak read as letters.

- base64 (and base64url) runs of 12 characters or more (8 with a digit or its padding: a
  passport, ``TeG6rFQ=`` for "MẬT"), hexadecimal runs of 16 digits or more (8 when they
  decode to words: ``4de1baac54``) and percent-encoded words (``Tr%E1%BA%A7n+Th%E1%BB%8B``)
  are read as the text they decode to, when that is text (UTF-8, printable, written: no bytes
  that merely happen to be UTF-8, as an e-mail user name in base64 often is; ``_written``):
  ``MDE5MTkwNTQ2Mjcx`` reads ``019190546271``, ``30383638323134373330`` reads ``0868214730``.
  A model decodes them when asked, so what they hide is the value itself (tests/corpus/
  PROMPTS.md labels the whole token as what it hides); the engine maps a finding in a decoded
  run to the whole run as typed.
- a word of letters with one or two of the digits 0 1 3 4 5 7 in place of letters (``Ng0``,
  ``Th1``, ``Hu3``, ``t0i``, ``m4t``, ``T01``) is read with the letters they stand for when
  the result is spelled as a Vietnamese syllable; the engine keeps only names and marks found
  over such a word (an identifier is digits: never read from letters).
- the reverse, as OCR and hurried typing write it: ``O``/``o`` for a zero and ``l``/``I`` for a
  one between two digits of a number (``87/2O25/HS-ST``, ``m2O48l736``, ``B1O234567``), read
  as the digits, when the word is digits but for one or two letters before them and at most
  three such look-alikes, and the number around it holds five digits or more; the engine keeps
  a case number or a passport found over such a word (the numeric detectors read look-alikes
  in runs of digits themselves, under their family's cue:
  :func:`ai_guard.text.numbers.number_tokens`).
- a name whose words are joined by one sign in place of the spaces, as a chat writes it to slip
  past a filter or as a handle (``mai-thi-hanh``, ``Tran_Van_Nam``, ``Đặng🌻Kim🌻Liên``): each
  sign read as a space, where the first word is a surname and every word a Vietnamese syllable
  (three words or more joined by a hyphen, an underscore, a dot or the like; two or more by a
  pictograph), and the run is no part of an address, a path, an e-mail or a file's name
  (``/tin-tuc/...``, ``le.van.an@...``, ``bien-ban-hop.docx``); the engine keeps only names
  and marks found over such a sign.

It reads :attr:`ai_guard.text.Document.text`, the canonical reading; :func:`read_disguises` is
``None`` when the text has none of these (a byte-table search or two on most prompts). The
gateway's reader of a request decodes more (base32, base85, ROT13, nested encodings:
:mod:`ai_guard.integrations._encoded`) and refuses what it finds, since nothing can be redacted
inside an encoding it cannot map back; here each decoded run stands where it was typed, so it is
redacted (or blocks) as a whole.
"""

from __future__ import annotations

import base64
import binascii
import bisect
import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import unquote, unquote_plus

from ai_guard.text.data import folded_set
from ai_guard.text.document import Document, fold
from ai_guard.text.encodings import is_syllable
from ai_guard.text.match import trie_regex
from ai_guard.text.numbers import _FOLDED_DIGIT_WORDS, digit_word, read_number_words
from ai_guard.text.samples import sample_claims

__all__ = ["Disguised", "Site", "read_disguises"]

#: a base64 or base64url run (its padding included) and a hexadecimal run, between non-word
#: characters
_B64 = re.compile(r"(?<![A-Za-z0-9+/_=-])[A-Za-z0-9+/_-]{6,}={0,2}(?![A-Za-z0-9+/_=-])")
_DIGIT = re.compile(r"[0-9]")
_HEX = re.compile(r"(?:[0-9A-Fa-f]{2}){4,}")
_HEX_RUN = 16
#: a run of ASCII digits that is no text in any reading: base64 of text is never digits
#: alone, and read as hex an odd count is none, nor a pair that reads as a control character
#: (00-08, 10-19) or a byte UTF-8 cannot open with (80-99)
_NO_TEXT_DIGITS = re.compile(
    r"(?:[0-9]{2})*[0-9]|(?:[0-9]{2})*?(?:0[0-8]|1[0-9]|[89][0-9])[0-9]*", re.ASCII
)
#: the shortest run read (a passport's 8 characters, "MẬT" in base64: ``TeG6rFQ=``), and
#: the shortest read whatever it holds: a shorter one must hold a digit or its padding, not be
#: a word (``Hochiminh`` decodes to bytes too)
_SHORT_RUN = 8
_PLAIN_RUN = 12
#: the characters of a run (bytes of a sketch, one a character: ``_B64`` is tried only where
#: ``_SHORT_RUN`` of them stand together, found by ``bytes.find``)
_RUN = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-=")
_SKETCH = bytes(0x61 if i in _RUN else 0x20 for i in range(256))
_LONG_RUN = b"a" * _SHORT_RUN
#: a code typed one character at a time: a sketch per separator (the separator itself, "x"
#: for anything else but white space) holds "x x x x x x" or "x/x/x/x/x/x"; the pattern reads
#: the run whole. For "/" a gate first: the needle's middle ("/x/x/x/x/") in the folded view,
#: a pattern led by a literal that stands in few places (most texts make no sketch). For a
#: space, none: the pattern would be tried at every space (6,900 instructions a short prompt),
#: the sketch and its search cost 3,000, and a needle found holds the gate's match (None)
_ONE_BY_ONE = tuple(
    (
        bytes(
            b if b == sep else 0x0A if b in (0x09, 0x0A, 0x0D, 0x20) else 0x78 for b in range(256)
        ),
        bytes([0x78, sep]) * 5 + b"x",
        re.compile(pattern),
        None if gate is None else re.compile(gate),
    )
    for sep, pattern, gate in (
        # letters and digits, a number's "/", "-" or "." between them ("132/QĐ-CCTHADS")
        (0x20, r"(?<!\S)[^\W_](?: [\w/.\-]){4,} [^\W_](?!\S)", None),
        (0x2F, r"(?<![^\W_/])[^\W_](?:/[^\W_]){5,}(?![^\W_/])", r"/[^\t\n\r /]" * 4 + "/"),
    )
)
#: a number half in words: a run of digits, the digit words before it (how many at least and
#: at most), a word before a position
_DIGIT_RUN = re.compile(r"\d{3,}(?![\w/-]|[.,]\d)")
_WORD_DIGITS_SKETCH = bytes(
    0x61 if chr(b).isalpha() and b < 128 else 0x31 if 48 <= b <= 57 else b if b == 0x20 else 0x2E
    for b in range(256)
)
_WORDS_LEAST = 3
#: the digit words as the folded view spells them: a first test, before the exact one
_FOLDED_DIGITS = frozenset(_FOLDED_DIGIT_WORDS)
#: the gate: three of them between single spaces before three digits (what the first test
#: asks of each hit), in one scan led by a literal space; most texts have none
_WORDS_DIGITS_GATE = re.compile(
    " " + " ".join([f"(?:{trie_regex(sorted(_FOLDED_DIGITS))})"] * _WORDS_LEAST) + " [0-9]{3}"
)
_WORDS_MOST = 16
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])[^\W\d_]+$")
#: a percent-encoded word: a run of a URL's characters around an escape
_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
_URL_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789%+._~-")
#: a word mixing letters with the digits leetspeak writes for them (the first a letter): found
#: where the folded view's sketch has a letter ("a") before such a digit ("1")
_LEET_DIGIT = re.compile(r"[013457]")
_LEET_SKETCH = bytes(
    0x61 if chr(b).isalpha() and b < 128 else 0x31 if chr(b) in "013457" else 0x20
    for b in range(256)
)
_LEET_LONGEST = 8
#: what stands next to a word of an address, a path, a key or an e-mail: no leetspeak there
_NOT_BEFORE = frozenset("@$./:-_\\")
_NOT_AFTER = frozenset("@$/-_\\")
_LEET = str.maketrans("013457", "oieast")
_LEET_UPPER = str.maketrans("013457", "OIEAST")
#: a syllable written without its marks may need a circumflex to be spelled as one ("hue": huê)
_HATS = str.maketrans("aeoAEO", "âêôÂÊÔ")
_NOT_LEET = re.compile(r"[0-9]{3}|[2689]")
#: a number's look-alike letters: the folded view's sketch ("1" a digit, "o" an o or an l,
#: the folded "I" too), the letters as typed and the digits they stand for; the most letters
#: before the digits (a passport's), the most look-alikes read in one word, the fewest digits
#: of the number read, how far its other parts are looked for
_OCR_SKETCH = bytes(0x31 if 48 <= b <= 57 else 0x6F if b in b"oli" else 0x20 for b in range(256))
_OCR_ZERO_ONE = frozenset("OolI")
_OCR_AS_DIGITS = str.maketrans("OolI", "0011")
_ASCII_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_NUMBER_CHARS = frozenset(_ASCII_LETTERS + "0123456789/-.")
_OCR_LEAD = 2
_OCR_MOST = 3
_OCR_DIGITS = 5
_OCR_REACH = 16
#: what a decoded run may hold: printable text (a line break or a tab too)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffd]")


@dataclass(frozen=True, slots=True)
class Site:
    """A disguise undone: ``start``/``end`` in the source text, ``alt_start``/``alt_end`` in
    the reading; ``decoded`` for an encoded run (read as a whole), else a leetspeak word or a
    number's look-alike letters (``digits``), one character for each."""

    start: int
    end: int
    alt_start: int
    alt_end: int
    decoded: bool
    #: a number's look-alike letters read as digits (one character for each)
    digits: bool = False


@dataclass(frozen=True, slots=True)
class Disguised:
    """The reading (``text``) and the disguises undone in it (``sites``, in order)."""

    text: str
    sites: tuple[Site, ...]

    def span(self, start: int, end: int) -> tuple[int, int, Site | None]:
        """The span of the source text for ``text[start:end]``: a decoded run it touches is
        taken whole. The third item: the first site it touches (None: none)."""
        touched: Site | None = None
        s = self._at(start, is_end=False)
        e = self._at(end, is_end=True)
        i = bisect.bisect_right(self._alt_starts(), end) - 1
        while i >= 0:
            site = self.sites[i]
            if site.alt_end <= start:
                break
            if site.alt_start < end or (site.alt_start == start == end):
                touched = site
                if site.decoded:
                    s, e = min(s, site.start), max(e, site.end)
            i -= 1
        return s, max(s, e), touched

    def _alt_starts(self) -> list[int]:
        return [site.alt_start for site in self.sites]

    def _at(self, pos: int, *, is_end: bool) -> int:
        starts = self._alt_starts()
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0:
            return pos
        site = self.sites[i]
        if pos < site.alt_end or (is_end and pos == site.alt_end):
            if site.decoded:
                return site.end if is_end else site.start
            return site.start + (pos - site.alt_start)
        return pos + site.end - site.alt_end


def read_disguises(text: str, folded: str | None = None) -> Disguised | None:
    """The reading of ``text`` (a canonical reading) with its encoded runs decoded and its
    leetspeak words read (see the module); ``None`` when it has none. ``folded``:
    ``fold(text)`` when the caller has it."""
    found: list[tuple[int, int, str, bool]] = []
    if folded is None:
        folded = fold(text)
    # the folded view has the text's length and its ASCII characters (in lower case: a run's
    # characters all the same); any other is one "?" here, no run's
    raw = folded.encode("ascii", "replace")
    sketch = raw.translate(_SKETCH)
    pos = sketch.find(_LONG_RUN)
    while pos >= 0:
        stop = sketch.find(b" ", pos)
        stop = len(text) if stop < 0 else stop
        if _NO_TEXT_DIGITS.fullmatch(text, pos, stop) is not None:
            # most long runs are digits alone (a CCCD, a phone number): the run is the whole
            # stretch (a character next to it is none of a run's, in the text as in the view),
            # and it decodes to nothing; skipped without the pattern and the decoding
            pos = sketch.find(_LONG_RUN, stop)
            continue
        for m in _B64.finditer(text, pos, stop):
            run = m.group()
            if (
                len(run) < _SHORT_RUN
                or (len(run) < _PLAIN_RUN and not (run.endswith("=") or _DIGIT.search(run)))
                or ("/" in run and ("-" in run or run.count("/") > 1))
            ):
                continue  # a word, a date, a document's number ("58/2016/TT-BTC")
            plain = _decoded_run(run)
            if plain is not None:
                found.append((m.start(), m.end(), plain, True))
        pos = sketch.find(_LONG_RUN, stop)
    _one_by_one(text, folded, raw, found)
    _words_then_digits(text, folded, raw, found)
    _spelled_english(text, folded, raw, found)
    _spoken_plate(text, folded, found)
    ocr = _look_alike_digits(text, raw, found)
    at = text.find("%")
    done = 0
    while at >= 0:
        if at >= done and _ESCAPE.match(text, at) is not None:
            start, end = at, at + 3
            while start > 0 and text[start - 1] in _URL_CHARS:
                start -= 1
            while end < len(text) and text[end] in _URL_CHARS:
                end += 1
            done = end
            plain = _unpercent(text[start:end])
            if plain is not None and not _inside(found, start, end):
                found.append((start, end, plain, True))
        at = text.find("%", at + 1)
    if _viqr_may_open(raw) and _viqr_gate(text):
        _viqr_words(text, found)
    _joined_words(text, found)
    sketch = raw.translate(_LEET_SKETCH)
    done = 0
    hit = sketch.find(b"a1")
    while hit >= 0:
        at = hit + 1
        hit = sketch.find(b"a1", at)
        if at < done:
            continue
        start = at - 1
        while start > 0 and text[start - 1].isalnum():
            start -= 1
        done = end = at + 1
        while end < len(text) and text[end].isalnum():
            end += 1
        done = end
        if (
            end - start > _LEET_LONGEST
            or not text[start].isalpha()
            or _foreign_edge(text, start, end)
            or text.startswith("://", end)  # a URI's scheme ("s3://bucket"), no word
        ):
            continue
        read = _leet(text[start:end])
        if read is not None and not _inside(found, start, end):
            found.append((start, end, read, False))
    if not found:
        return None
    found.sort()
    parts: list[str] = []
    sites: list[Site] = []
    pos = alt = 0
    for start, end, plain, decoded in found:
        if start < pos:
            continue
        parts.append(text[pos:start])
        alt += start - pos
        parts.append(plain)
        sites.append(Site(start, end, alt, alt + len(plain), decoded, start in ocr))
        alt += len(plain)
        pos = end
    parts.append(text[pos:])
    return Disguised("".join(parts), tuple(sites))


def _one_by_one(
    text: str, folded: str, raw: bytes, found: list[tuple[int, int, str, bool]]
) -> None:
    """Codes typed one character at a time (``B/9/3/7/2/6/1/5``, ``1 3 2 / Q Đ - C C T H A D
    S``): six characters or more, each alone between single spaces or slashes, two digits
    among them, read joined (a number's own separators stay: ``132/QĐ-CCTHADS``)."""
    for table, needle, pattern, gate in _ONE_BY_ONE:
        if gate is not None and gate.search(folded) is None:
            continue
        sketch = raw.translate(table)
        hit = sketch.find(needle)
        while hit >= 0:
            at = hit
            while (
                at >= 2
                and sketch[at - 2] == 0x78
                and sketch[at - 1] == needle[1]
                and (at == 2 or sketch[at - 3] != 0x78)
            ):
                at -= 2  # the run's start: the needle may fall inside it
            m = pattern.match(text, at)
            if m is None:
                hit = sketch.find(needle, hit + 1)
                continue
            run = m.group()
            joined = run.replace(chr(needle[1]), "")
            # letters and digits alone between spaces are the numeric detectors' own reading
            # ("C 4 8 2 9 1 7 3"): a code joined here holds a "/", "-" or "." of its own
            coded = needle[1] != 0x20 or any(c in "/-." for c in joined)
            if (
                coded
                and sum(c.isdigit() for c in joined) >= 2
                and not _inside(found, m.start(), m.end())
            ):
                found.append((m.start(), m.end(), joined, True))
            hit = sketch.find(needle, max(m.end(), hit + 1))


def _words_then_digits(
    text: str, folded: str, raw: bytes, found: list[tuple[int, int, str, bool]]
) -> None:
    """A number read out half in words, half in digits ("không một không bảy 953421", "một
    chín không ba tám hai 75614012"): three digit words or more right before a run of three
    digits or more read as one number (words alone are the numeric detectors' own reading).
    Looked for where the folded view's sketch has a letter, a space and three digits."""
    if _WORDS_DIGITS_GATE.search(folded) is None:
        return
    sketch = raw.translate(_WORD_DIGITS_SKETCH)
    hit = sketch.find(b"a 111")
    while hit >= 0:
        p = hit + 2
        hit = sketch.find(b"a 111", p)
        # three digit words before the digits, by their folded words (no pattern: prose has a
        # "năm 2024", "số 123" every few lines, and most fail at the first or second word):
        # the word right before the digits first, then the two before it by one set test
        low = max(0, p - 40)
        last = folded.rfind(" ", low, p - 1)
        if last < 0 or folded[last + 1 : p - 1] not in _FOLDED_DIGITS:
            continue
        words_before = folded[low:last].rsplit(" ", _WORDS_LEAST - 1)
        if len(words_before) < _WORDS_LEAST or not _FOLDED_DIGITS.issuperset(words_before[1:]):
            continue
        m = _DIGIT_RUN.match(text, p)
        if m is None:
            continue
        start = p  # the first character of the earliest digit word read so far
        words = 0
        while words < _WORDS_MOST and start >= 2 and text[start - 1] == " ":
            w = _WORD_BEFORE.search(text, max(0, start - 12), start - 1)
            if w is None or digit_word(text, w.start(), w.end(), folded) is None:
                break
            words += 1
            start = w.start()
        if words < _WORDS_LEAST:
            continue
        read = read_number_words(text, folded, start, p - 1)
        if read is None or not read[1] or read[1][-1][1] != p - 1:
            continue
        if not _inside(found, start, m.end()):
            found.append((start, m.end(), read[0] + m.group(), True))


#: a value spelled out in English on the telephone: digit words and the ICAO/NATO spelling
#: alphabet's words ("Charlie seven two zero 4 one five eight": C7204158), single digits
#: among them
_EN_DIGITS = {
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9", "niner": "9",
}  # fmt: skip
_NATO = (
    "alfa alpha bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima mike "
    "november oscar papa quebec romeo sierra tango uniform victor whiskey whisky xray x-ray "
    "yankee zulu"
).split()
_EN_UNITS = {**_EN_DIGITS, **{w: w[0].upper() for w in _NATO}}
_EN_UNIT = trie_regex(sorted(_EN_UNITS)) + "(?![a-z])"
#: the digit words as a spelled value holds them (" one" is in "someone": the gate only)
_EN_GATE = tuple(f"{w} ".encode() for w in _EN_DIGITS if w not in ("oh", "niner"))
#: what each of them holds that prose seldom does: a letter Vietnamese writes in no word
#: (z, w, f: one search for a byte each) or its last letters and the space ("one ", "nine ":
#: "ne "); a text with none of these holds none of them (ten counts cost 20,000 instructions
#: a short prompt, these 10,000; tests/test_disguise_gates.py holds every word to one)
_EN_RARE = tuple(b"zwf")
_EN_ENDS = (b"ne ", b"ee ", b"ix ", b"ven ", b"ght ")
#: three units in a row after a space, the first a word (a literal space opens the pattern)
_EN_SEED = re.compile(rf" {_EN_UNIT}(?:[ \t]*[,\-]?[ \t]+(?:{_EN_UNIT}|\d(?!\d))){{2}}")
_EN_RUN = re.compile(rf"(?:{_EN_UNIT}|\d(?!\d))(?:[ \t]*[,\-]?[ \t]+(?:{_EN_UNIT}|\d(?!\d)))*")
#: a spelled value holds six units at least, three of them words, four of them digits
_EN_LEAST = (6, 3, 4)


def _en_may_open(raw: bytes) -> bool:
    """Whether ``raw`` may hold one of :data:`_EN_GATE`'s words: one of :data:`_EN_RARE`'s
    letters or of :data:`_EN_ENDS`'s endings (``find``: ``in`` on bytes tries the needle as a
    number first and pays for the error)."""
    if _holds_a_byte(raw, _EN_RARE):
        return True
    for end in _EN_ENDS:  # noqa: SIM110 - a loop: no generator frame on every prompt
        if raw.find(end) >= 0:
            return True
    return False


def _spelled_english(
    text: str, folded: str, raw: bytes, found: list[tuple[int, int, str, bool]]
) -> None:
    """A value spelled out in English words, one character a word, digits and the spelling
    alphabet's letters ("Charlie seven two zero 4 one five eight"), read as its characters.
    ``raw``: the folded view in ASCII, any other character a "?"."""
    # three spelled units at least: two digit words (the same twice too: "zero zero"),
    # cheaper to count than the pattern (one pattern for the ten words costs as much as the
    # ten counts); a scan from every space cost a millisecond on 2 KB. Counted in the ASCII
    # bytes (the same count: the words are ASCII): a text with a letter outside Latin-1 made
    # each count on the folded view widen its needle first, 21,000 instructions a short
    # prompt for the eight
    if not _en_may_open(raw) or sum(map(raw.count, _EN_GATE)) < 2:
        return
    done = 0
    for seed in _EN_SEED.finditer(folded):
        start = seed.start() + 1
        if start < done:
            continue
        run = _EN_RUN.match(folded, start)
        if run is None:
            continue
        done = run.end()
        units = re.findall(r"[a-z\-]+|\d", run.group())
        words = sum(not u.isdigit() for u in units)
        chars = "".join(_EN_UNITS.get(u, u) for u in units)
        digits = sum(c.isdigit() for c in chars)
        if (
            len(units) >= _EN_LEAST[0]
            and words >= _EN_LEAST[1]
            and digits >= _EN_LEAST[2]
            and not _inside(found, run.start(), run.end())
        ):
            found.append((run.start(), run.end(), chars, True))


#: a licence plate read out in Vietnamese ("ba tám ca một, bốn năm hai chấm tám chín":
#: 38K1-452.89): the series letter by its spoken name, spelled with its marks
_PLATE_LETTERS = {
    "a": "A", "bê": "B", "bờ": "B", "xê": "C", "cê": "C", "cờ": "C", "dê": "D", "dờ": "D",
    "e": "E", "ép": "F", "giê": "G", "gờ": "G", "hát": "H", "hờ": "H", "ca": "K", "ka": "K",
    "lờ": "L", "mờ": "M", "nờ": "N", "pê": "P", "pờ": "P", "ét": "S", "sờ": "S", "tê": "T",
    "tờ": "T", "u": "U", "vê": "V", "vờ": "V", "xờ": "X", "dét": "Z",
}  # fmt: skip
_PLATE_LETTER = trie_regex(sorted({fold(k) for k in _PLATE_LETTERS})) + "(?![a-z])"
_PLATE_DIGIT = trie_regex(sorted(_FOLDED_DIGITS)) + "(?![a-z])"
#: the province's two digits and the series letter, after a space (a literal opens it)
_PLATE_SEED = re.compile(rf" {_PLATE_DIGIT} {_PLATE_DIGIT} {_PLATE_LETTER}")
_PLATE_UNIT = re.compile(rf"[ \t]*,?[ \t]*(?:(?P<dot>cham|\.)|(?P<digit>{_PLATE_DIGIT}|\d(?!\d)))")
#: the number's shapes once read: 4 or 5 digits, or 3 digits, a dot and 2
_PLATE_NUMBER = re.compile(r"\d{4,5}|\d{3}\.\d{2}")


_PLATE_WORDS = ("bien", "bks", "plate")
#: how far after its word a spoken plate may start ("biển số xe của em là ...")
_PLATE_REACH = 40


def _plate_seeds(folded: str) -> list[re.Match[str]]:
    """The matches of :data:`_PLATE_SEED` starting within :data:`_PLATE_REACH` characters
    after a plate word, in order, none twice."""
    out: list[re.Match[str]] = []
    last = 0
    for word in _PLATE_WORDS:
        at = folded.find(word)
        while at >= 0:
            lo = max(at + len(word) - 1, last)
            m = _PLATE_SEED.search(folded, lo, min(len(folded), at + len(word) + _PLATE_REACH))
            if m is not None and all(m.start() != o.start() for o in out):
                out.append(m)
            at = folded.find(word, at + 1)
    out.sort(key=lambda m: m.start())
    return out


def _spoken_plate(text: str, folded: str, found: list[tuple[int, int, str, bool]]) -> None:
    """A plate read out word by word: two digit words, the series letter's name, perhaps one
    more digit, a pause, then the number (four or five digits, or three, "chấm", two) read
    as ``38K1-452.89``."""
    # a plate is said right after its word ("biển", "biển số", "BKS", "plate"): the seed is
    # looked for in the few words after each (a search from every space cost 150,000
    # instructions on 2 KB)
    for seed in _plate_seeds(folded):
        start = seed.start() + 1
        words = seed.group().split()
        spans: list[tuple[int, int]] = []
        pos = start
        for w in words:
            spans.append((pos, pos + len(w)))
            pos += len(w) + 1
        first = digit_word(text, *spans[0], folded)
        second = digit_word(text, *spans[1], folded)
        letter = _PLATE_LETTERS.get(text[spans[2][0] : spans[2][1]].lower())
        if first is None or second is None or letter is None:
            continue
        pos = spans[2][1]
        series = ""
        number = ""
        end = pos
        while (unit := _PLATE_UNIT.match(folded, pos)) is not None:
            if unit.group("dot"):
                if not number:
                    break
                number += "."
            else:
                a, b = unit.span("digit")
                d = text[a] if text[a].isdigit() else digit_word(text, a, b, folded)
                if d is None:
                    break
                if not series and not number and "," not in folded[pos:a]:
                    series = d  # "ca một": the series' digit, before the pause
                else:
                    number += d
            pos = end = unit.end()
        if not _PLATE_NUMBER.fullmatch(number) or _inside(found, start, end):
            continue
        found.append((start, end, f"{first}{second}{letter}{series}-{number}", True))


#: VIQR, the ASCII convention for Vietnamese of mail and news groups before Unicode (``TO^'I
#: MA^.T``, ``LU+U HA`NH NO^.I BO^.``): a vowel's mark after it (^ circumflex, ( breve, + horn),
#: then its tone (' acute, ` grave, ? hook, ~ tilde, . dot below), ``dd`` for đ. A text is read
#: so only where a vowel carries a mark of its own (the gate), and a word only where it reads
#: as a syllable (see :func:`_viqr_gate`).
_VIQR_HAT_BEFORE = {"^": "AaEeOo", "+": "OoUu", "(": "Aa"}
_VIQR_WORD = re.compile(r"(?<![\w^(+'`?~.])[A-Za-z][A-Za-z^(+'`?~.]*")
_VIQR_HATS = {"^": {"a": "â", "e": "ê", "o": "ô"}, "(": {"a": "ă"}, "+": {"o": "ơ", "u": "ư"}}
_VIQR_TONES = {"'": "\u0301", "`": "\u0300", "?": "\u0309", "~": "\u0303", ".": "\u0323"}
_VIQR_VOWELS = frozenset("aeiouyâêôăơư")


#: the VIQR marks as bytes: the folded view keeps a text's ASCII characters where they stand
_VIQR_MARKS = tuple(ord(mark) for mark in _VIQR_HAT_BEFORE)


def _viqr_may_open(raw: bytes) -> bool:
    """Whether ``raw`` (the folded view in ASCII) holds a VIQR mark at all: a byte search for
    each (700 instructions a short prompt; :func:`_viqr_gate`'s searches on the text cost
    6,000, and most prompts hold none of the three)."""
    return _holds_a_byte(raw, _VIQR_MARKS)


def _viqr_gate(text: str) -> bool:
    """Whether a vowel carries a VIQR mark of its own somewhere in ``text`` (``a^``, ``o+``,
    ``a(`` then a letter or a tone): a literal search for each mark, then the letter before."""
    for mark, vowels in _VIQR_HAT_BEFORE.items():
        at = text.find(mark, 1)
        while at >= 0:
            if text[at - 1] in vowels and (
                mark != "(" or (at + 1 < len(text) and text[at + 1] in _VIQR_AFTER_BREVE)
            ):
                return True
            at = text.find(mark, at + 1)
    return False


#: what follows a breve's "(" in VIQR (a final consonant or a tone), not a call's argument
_VIQR_AFTER_BREVE = frozenset("cmnptgCMNPTG'`?~.")


def _viqr(word: str, stop_is_tone: bool = False) -> tuple[str, int] | None:
    """``word`` read as VIQR, and how many of its characters that reading took (a sentence's
    "." or "?" after it stays, but with ``stop_is_tone``): ``None`` unless a mark was read and
    the word is a syllable."""
    out: list[str] = []
    marked = False
    used = 0
    i = 0
    if word[:2] in ("dd", "DD", "Dd"):
        out.append("Đ" if word[0] == "D" else "đ")
        i = used = 2
        marked = True
    while i < len(word):
        c = word[i]
        if c.isalpha():
            out.append(c)
            used = i + 1
        elif out and c in _VIQR_HATS and out[-1].lower() in _VIQR_HATS[c]:
            hat = _VIQR_HATS[c][out[-1].lower()]
            out[-1] = hat.upper() if out[-1].isupper() else hat
            marked = True
            used = i + 1
        elif out and c in _VIQR_TONES and out[-1][:1].lower() in _VIQR_VOWELS:
            if len(out[-1]) > 1:
                return None  # a second tone
            end_of_word = i + 1 == len(word)
            if end_of_word and not marked and c in ".?" and not stop_is_tone:
                break  # "hoa." ending a sentence: a stop is VIQR only beside a vowel's mark
            out[-1] += _VIQR_TONES[c]
            marked = True
            used = i + 1
        else:
            break
        i += 1
    if not marked or (used < len(word) and word[used:].strip(".?'") != ""):
        return None
    read = unicodedata.normalize("NFC", "".join(out))
    return (read, used) if is_syllable(read) else None


def _viqr_words(text: str, found: list[tuple[int, int, str, bool]]) -> None:
    """The words typed in VIQR (see :data:`_VIQR_GATE`) read as Vietnamese, each a site taken
    whole."""
    for m in _VIQR_WORD.finditer(text):
        if m.end() - m.start() < 2:
            continue
        word = m.group()
        read = _viqr(word)
        if read is None and word[-1] in ".?" and _capitals_run_goes_on(text, word, m.end()):
            # "CHI? NGU+O+`I CO' TE^N": in a run of capitals typed in VIQR, a word's closing
            # "?" or "." is its tone, not a sentence's stop (the next word is marked VIQR)
            read = _viqr(word, stop_is_tone=True)
        if read is not None and not _inside(found, m.start(), m.start() + read[1]):
            found.append((m.start(), m.start() + read[1], read[0], True))


def _capitals_run_goes_on(text: str, word: str, end: int) -> bool:
    """Whether ``word``, closing at ``end`` (its letters in capitals), is followed, one space
    on, by a word in capitals that reads as VIQR with a mark of its own."""
    if not word[:-1].isupper() or text[end : end + 1] != " ":
        return False
    nxt = _VIQR_WORD.match(text, end + 1)
    return (
        nxt is not None
        and any(c.isalpha() for c in nxt.group())
        and all(c.isupper() for c in nxt.group() if c.isalpha())
        and _viqr(nxt.group()) is not None
    )


def _look_alike_digits(text: str, raw: bytes, found: list[tuple[int, int, str, bool]]) -> set[int]:
    """Numbers whose zeros and ones OCR or a hurried hand wrote as ``O``/``o``/``l``/``I``
    (``2O25``, ``m2O48l736``): each such word read with the digits, added to ``found`` (one
    character for each); the starts of the words read. Looked for where the folded view's
    sketch has a digit, one look-alike or two, and a digit."""
    read: set[int] = set()
    sketch = raw.translate(_OCR_SKETCH)
    hit = sketch.find(b"1o")
    while hit >= 0:
        at = hit + 1
        hit = sketch.find(b"1o", at + 1)
        # one look-alike or two between digits ("2O25", "2Ol5")
        k = at + 1 if sketch[at + 1 : at + 2] == b"1" else at + 2
        if sketch[k : k + 1] != b"1" or not all(c in _OCR_ZERO_ONE for c in text[at:k]):
            continue
        start, end = at, at + 1
        while start > 0 and text[start - 1].isalnum():
            start -= 1
        while end < len(text) and text[end].isalnum():
            end += 1
        word = text[start:end]
        lead = len(word) - len(word.lstrip(_ASCII_LETTERS))
        body = word[lead:]
        if (
            lead > _OCR_LEAD
            or not word.isascii()
            or body.translate(_OCR_AS_DIGITS).isdigit() is False
            or sum(c in _OCR_ZERO_ONE for c in body) > _OCR_MOST
            or _inside(found, start, end)
        ):
            continue
        # the number around the word: its other parts after a "/", "-" or "." ("87/2O25/HS")
        lo, hi = start, end
        while lo > 0 and start - lo < _OCR_REACH and text[lo - 1] in _NUMBER_CHARS:
            lo -= 1
        while hi < len(text) and hi - end < _OCR_REACH and text[hi] in _NUMBER_CHARS:
            hi += 1
        digits = sum(c.isdigit() for c in text[lo:hi]) + sum(c in _OCR_ZERO_ONE for c in body)
        if digits < _OCR_DIGITS:
            continue
        found.append((start, end, word[:lead] + body.translate(_OCR_AS_DIGITS), False))
        read.add(start)
        hit = sketch.find(b"1o", max(end, hit))
    return read


def _holds_a_byte(raw: bytes, values: tuple[int, ...]) -> bool:
    """Whether one of the bytes ``values`` stands in ``raw``: ``in`` with a number is one
    ``memchr`` (230 instructions on a short prompt; a needle of bytes, or ``find``, costs
    1,100 to 2,200: argument parsing, and for ``in`` a failed conversion to a number)."""
    for value in values:  # noqa: SIM110 - a loop: no generator frame on every prompt
        if value in raw:
            return True
    return False


def _inside(found: list[tuple[int, int, str, bool]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b, _, _ in found)


def _text(raw: bytes) -> str | None:
    """``raw`` as text: UTF-8, printable (line breaks and tabs allowed), a letter or a digit in
    it; its canonical reading (the detectors read no other)."""
    try:
        plain = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not plain.strip() or _CONTROL.search(plain) is not None:
        return None
    if not any(c.isalnum() for c in plain):
        return None
    read = Document(plain).text
    if not read.isascii() and not _written(read):
        return None
    return read


#: the scripts of East Asian writing, counted as one (a Japanese sentence mixes three, a
#: Chinese one its full-width signs), by the first word of a character's Unicode name
_EAST_ASIAN = frozenset(
    {"CJK", "HIRAGANA", "KATAKANA", "HANGUL", "IDEOGRAPHIC", "FULLWIDTH", "HALFWIDTH", "BOPOMOFO"}
)


_NAME_WORD = re.compile(r"[A-Z]+")


def _script(c: str) -> str:
    """The script of a letter or a sign outside ASCII, by the first word of its Unicode name
    ("LATIN" for the Latin letters Vietnamese writes, "" for the signs every script shares:
    general punctuation, currency, arrows; "?" for an unassigned or private-use one)."""
    if c < "\u0370" or "\u1e00" <= c <= "\u1eff":
        return "LATIN"
    if "\u2000" <= c <= "\u2bff":
        return ""
    name = unicodedata.name(c, "")
    if not name:
        return "?"  # unassigned (a private-use character has no name either)
    first = _NAME_WORD.match(name)
    script = name if first is None else first.group()
    return "CJK" if script in _EAST_ASIAN else script


def _written(plain: str) -> bool:
    """Whether a decoded run with characters outside ASCII reads as writing rather than as
    bytes that happen to be UTF-8: no unassigned or private-use character nor a Hangul vowel
    or final consonant outside a syllable, the letters and
    signs of one script at most beside Latin (East Asian scripts count as one), and no lone
    lower-case Latin letter glued to another script's letter. An e-mail user name read as
    base64 is such bytes (``buidinhbay98`` reads ``n蝊x[k/|``, ``dinhlanchi45`` ``v)ᕩ܆.9``:
    "bu" is "n", then the lead byte of a three-byte character); a table of citizens' e-mail
    addresses holds a few, and each made every detector read the whole text again."""
    scripts: set[str] = set()
    for c in plain:
        if c.isascii():
            continue
        if "\u0250" <= c <= "\u02ff" or "\u1d00" <= c <= "\u1dbf":
            # phonetic letters and spacing modifiers (IPA, "ᵫ", "˝"): no text is written in
            # them; "dinhtatmy52" read as base64 is "v)ᵫf˝"
            return False
        category = unicodedata.category(c)
        if category in ("Cn", "Co") or "\u1160" <= c <= "\u11ff":
            # (a Hangul vowel or final consonant alone: the canonical reading composes those
            # that follow a first consonant into its syllable)
            return False
        if category[0] in "LP":
            script = _script(c)
            if script == "?":
                return False
            if script not in ("", "LATIN"):
                scripts.add(script)
                if len(scripts) > 1:
                    return False
    if not scripts:
        return True
    last = len(plain) - 1
    for i, c in enumerate(plain):
        if "a" <= c <= "z":
            before = plain[i - 1] if i else ""
            after = plain[i + 1] if i < last else ""
            if (
                not _latin_letter(before)
                and not _latin_letter(after)
                and (_other_letter(before) or _other_letter(after))
            ):
                return False
    return True


def _latin_letter(c: str) -> bool:
    return c.isalpha() and (c.isascii() or _script(c) == "LATIN")


def _other_letter(c: str) -> bool:
    return c.isalpha() and not c.isascii() and _script(c) not in ("", "LATIN")


def _decoded_run(run: str) -> str | None:
    """What a base64 or hexadecimal run says, when it is text."""
    body = run.rstrip("=")
    if run.isdigit() and len(run) % 2:
        return None  # a number: no hex (odd), and base64 of text is never digits alone
    if len(run) % 2 == 0 and _HEX.fullmatch(run) is not None:
        plain = _text(bytes.fromhex(run))
        # shorter than 8 bytes, only words are no chance ("MẬT", "TOI MAT")
        short_ok = plain is not None and plain.replace(" ", "").isalpha()
        return plain if len(run) >= _HEX_RUN or short_ok else None
    if len(body) % 4 == 1 or run.isdigit():
        return None
    padded = body + "=" * (-len(body) % 4)
    try:
        if "-" in body or "_" in body:
            if "+" in body or "/" in body:
                return None
            raw = base64.urlsafe_b64decode(padded)
        else:
            raw = base64.b64decode(padded, validate=True)
    except (binascii.Error, ValueError):
        return None
    plain = _text(raw)
    if plain is not None and sample_claims(plain):
        return None  # documentation's sample token ("John Doe"): names no one
    return plain


def _unpercent(word: str) -> str | None:
    """A percent-encoded word decoded (``+`` a space, as in a query), when it is text."""
    try:
        plain = (unquote_plus if "+" in word else unquote)(word, errors="strict")
    except UnicodeDecodeError:
        return None
    if plain == word or _CONTROL.search(plain) is not None:
        return None
    plain = unicodedata.normalize("NFC", plain)
    return Document(plain).text if any(c.isalnum() for c in plain) else None


#: a sign joining the words of a name in place of its spaces: an ASCII sign or a pictograph
#: (emoji, dingbats, with their variation selectors and joiners), found after a letter and
#: before a word of up to seven letters and the same sign again
_PICTOGRAPH = "[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff][\ufe0f\u200d]*"
_JOINED = re.compile(
    rf"(?<=[^\W\d_])(?P<sep>[-_.*+~\u00b7\u2022]|(?:{_PICTOGRAPH})+)[^\W\d_]{{1,7}}(?P=sep)(?=[^\W\d_])"
)
#: the two gates of :data:`_JOINED`, each led by what a C scan finds fast: an ASCII sign's
#: match (a charset prefix, where the look-behind before the sign makes the scan try every
#: position) and any pictograph; a text with neither holds no joined name, so the whole
#: pattern runs only on a text that may
_JOINED_ASCII = re.compile(
    r"(?P<sep>[-_.*+~\u00b7\u2022])(?<=[^\W\d_].)[^\W\d_]{1,7}(?P=sep)(?=[^\W\d_])"
)
_PICTOGRAPH_CHAR = re.compile("[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]")
#: the fewest words a name so joined holds: by an ASCII sign (a compound word, a slug or a
#: Korean given name has two: "dong-wook"), by a pictograph; the most
_JOINED_LEAST = 3
_JOINED_LEAST_PICTOGRAPH = 2
_JOINED_MOST = 5
#: a word's letters (the longest Vietnamese syllable has seven: "nghiêng")
_JOINED_WORD = re.compile(r"[^\W\d_]{1,7}")
#: what in the run of non-space characters around the words makes it an address, a path, an
#: e-mail or a file's name
_JOINED_ELSEWHERE = frozenset("/@:\\=?&#%")


def _joined_words(text: str, found: list[tuple[int, int, str, bool]]) -> None:
    """The names whose words are joined by one sign (see the module), each sign a site read as
    a space."""
    if _JOINED_ASCII.search(text) is None and _PICTOGRAPH_CHAR.search(text) is None:
        return
    done = 0
    for m in _JOINED.finditer(text):
        if m.start() < done:
            continue
        sep = m.group("sep")
        start = m.start()
        while start > 0 and _letter(text[start - 1]):
            start -= 1
        words = [(start, m.start())]
        at = m.start()
        while len(words) <= _JOINED_MOST and text.startswith(sep, at):
            w = _JOINED_WORD.match(text, at + len(sep))
            if w is None:
                break
            words.append(w.span())
            at = w.end()
        done = at
        pictograph = not (sep.isascii() or sep in "\u00b7\u2022")
        least = _JOINED_LEAST_PICTOGRAPH if pictograph else _JOINED_LEAST
        if not (least <= len(words) <= _JOINED_MOST) or _letter(text[at : at + 1]):
            continue  # too few or too many words, or a longer word than a syllable
        if not _joined_alone(text, start, at, sep):
            continue
        if fold(text[words[0][0] : words[0][1]]) not in _surnames():
            continue
        if not all(_syllable(text[a:b]) for a, b in words):
            continue
        for (_, b), (a, _) in itertools.pairwise(words):
            if not _inside(found, b, a):
                found.append((b, a, " ", False))


def _letter(c: str) -> bool:
    return c.isalpha()


def _syllable(word: str) -> bool:
    """Whether ``word`` is spelled as a Vietnamese syllable, typed with its marks or without
    (a circumflex left out: "nguyen")."""
    return is_syllable(word) or is_syllable(word.translate(_HATS))


def _joined_alone(text: str, start: int, end: int, sep: str) -> bool:
    """Whether the joined words ``text[start:end]`` stand alone: the run of non-space
    characters around them holds no sign of an address, a path or an e-mail, and no dot and a
    word follow them (a file's extension, a domain)."""
    left = start
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    right = end
    while right < len(text) and not text[right].isspace():
        right += 1
    if any(c in _JOINED_ELSEWHERE for c in text[left:right]):
        return False
    return not (text[end : end + 1] in ".-_" and end + 1 < len(text) and text[end + 1].isalnum())


@functools.cache
def _surnames() -> frozenset[str]:
    """The surnames (folded) a joined name opens with."""
    return folded_set("detectors/surnames.txt")


def _foreign_edge(text: str, start: int, end: int) -> bool:
    """Whether the word ``text[start:end]`` is part of an address, a path, a key or an e-mail
    (a sign of theirs on either side, a dot followed by a word character after it)."""
    if start > 0 and text[start - 1] in _NOT_BEFORE:
        return True
    if end < len(text):
        c = text[end]
        if c in _NOT_AFTER:
            return True
        if c == "." and end + 1 < len(text) and text[end + 1].isalnum():
            return True
    return False


def _leet(word: str) -> str | None:
    """``word`` with the digits leetspeak puts for letters read as those letters, when it
    reads as a Vietnamese syllable, marks aside (``Th1`` -> ``Thi``, ``m4t`` -> ``mat``)."""
    if _NOT_LEET.search(word) is not None or _LEET_DIGIT.search(word) is None:
        return None
    letters = [c for c in word if c.isalpha()]
    if not letters or len(word) - len(letters) > 2:
        return None
    upper = all(c.isupper() for c in letters) and (len(letters) > 1 or len(word) > 2)
    read = word.translate(_LEET_UPPER if upper else _LEET)
    if is_syllable(read) or is_syllable(read.translate(_HATS)):
        return read
    return None
