"""Text as it arrives in files and pastes: UTF-16, and the legacy Vietnamese encodings.

Agencies still write in the 8-bit encodings of the 1990s, and their text reaches us two ways:

- as **bytes** in a file saved in that encoding: :func:`decode_bytes` reads UTF-8 (with or
  without a BOM), UTF-16 and UTF-32 with a BOM (Windows Notepad's "Unicode"), and, for bytes
  that are not UTF-8, Windows-1258, TCVN3 and VNI, each detected and converted;
- as a **string** that was already decoded wrongly (Latin-1 or Windows-1252, the "mojibake" a
  user pastes): :func:`repair_text` converts it back, or returns ``None`` when the text is not
  mojibake. It never rewrites ordinary Vietnamese, French, German or English.

The schemes (names as in :data:`SCHEMES`):

``tcvn3``
    TCVN 5712:1993 VN3, the "ABC" encoding of the ``.VnTime`` fonts: one byte per letter, the
    seven base letters ``Ă Â Ê Ô Ơ Ư Đ`` / ``ă â ê ô ơ ư đ`` at 0xA1-0xAE and the 60 lower-case
    toned vowels at 0xB5-0xFE. It has no capital toned letters: the capital fonts
    (``.VnTimeH``) draw the lower-case codes as capitals, so a toned letter inside a word written
    in capitals is converted to a capital (``CéNG`` -> ``CỘNG``). Seen as ``Céng hoµ x· héi``.
``vni``
    The VNI fonts (``VNI-Times``): a base letter followed by a byte for its marks (``oä`` is
    ``ộ``); ``ơ ư đ`` and the toned ``i`` are single bytes. Seen as ``Coäng hoøa xaõ hoäi``.
``windows-1258``
    Microsoft's code page: base letters and combining tone marks (Python's ``cp1258`` codec),
    normalised to NFC. Seen as ``Viêòt Nam``.
``utf-8``
    (:func:`repair_text` only) UTF-8 bytes read as Windows-1252: ``Viá»‡t Nam``.

How a scheme is recognised (the explanation a :class:`RepairedText` carries): the text is cut
into words; a word that holds one of the scheme's 8-bit characters is converted, and

- ``converted``: the word is not a Vietnamese syllable as it stands and is one after
  conversion (``ViÖt`` -> ``Việt``);
- ``failed``: the word is a syllable in neither reading (``été``, ``Straße``);
- ``ambiguous``: the word is one in both readings (``có`` is TCVN3 for ``cú``): it follows the
  nearest decided word;
- ``telling``: a converted word that no European language spells that way (a symbol such as
  ``µ`` or ``§`` inside a word, a case change in the middle of a word, a tone byte after a
  vowel in VNI, a combining-mark byte after a vowel in Windows-1258).

A text is repaired only when at least one word is telling and converted words outnumber
failed ones two to one; the confidence is ``converted / (converted + failed)``, lowered when
few words are telling. A converted word must also hold a character Vietnamese never writes
(``§``, ``µ``, ``ø``), unless three telling words of three letters or more convert and none fails
(a short VNI paste: ``Toùm taét ... giuùp toâi``). A soft hyphen typed into a word that fails
(``M\xadË\xadT``) is read without it. A paste that mixes proper Unicode and mojibake keeps
its Unicode part.

:func:`encode` writes Vietnamese in any of the three legacy schemes (for tests and fixtures);
:func:`decode_legacy` converts bytes of a known scheme without detection.

Library users: :func:`ai_guard.check_prompt` does not repair text (its offsets are offsets in
the caller's string); call :func:`repair_text` first when text may come from a legacy source::

    from ai_guard.text.encodings import repair_text
    fixed = repair_text(text)
    result = check_prompt(fixed.text if fixed else text)
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import Literal

__all__ = [
    "LEGACY_SIGNS",
    "SCHEMES",
    "DecodedText",
    "RepairedText",
    "Scheme",
    "decode_bytes",
    "decode_legacy",
    "encode",
    "glued_syllables",
    "is_syllable",
    "is_typed_syllable",
    "legacy_signs",
    "letters_lost",
    "repair_text",
    "unicode_text",
]

Scheme = Literal["tcvn3", "vni", "windows-1258", "utf-8"]
#: the legacy schemes :func:`decode_bytes` and :func:`repair_text` recognise
SCHEMES: tuple[str, ...] = ("tcvn3", "vni", "windows-1258")

# -- the tables, written from the standards -------------------------------------------------------

_TONES = "\u0300\u0309\u0303\u0301\u0323"  # huyền, hỏi, ngã, sắc, nặng (TCVN3's order)
_BASES = "aăâeêioôơuưy"


def _toned(base: str, tone: str) -> str:
    return unicodedata.normalize("NFC", base + tone)


def _tcvn3_table() -> dict[int, str]:
    table = dict(zip(range(0xA1, 0xAF), "ĂÂÊÔƠƯĐăâêôơưđ", strict=True))
    # the 60 lower-case toned vowels, five per vowel in _TONES order, with unused codes between
    starts = {
        "a": 0xB5, "ă": 0xBB, "â": 0xC7, "e": 0xCC, "ê": 0xD2, "i": 0xD7,
        "o": 0xDF, "ô": 0xE5, "ơ": 0xEA, "u": 0xEF, "ư": 0xF5, "y": 0xFA,
    }  # fmt: skip
    for base, start in starts.items():
        codes = [start + k for k in range(5)]
        if base == "ă":  # ằ ẳ ẵ ắ at 0xBB-0xBE, ặ at 0xC6
            codes = [0xBB, 0xBC, 0xBD, 0xBE, 0xC6]
        elif base == "e":  # è 0xCC, ẻ ẽ é ẹ 0xCE-0xD1
            codes = [0xCC, 0xCE, 0xCF, 0xD0, 0xD1]
        elif base == "i":  # ì ỉ 0xD7 0xD8, ĩ í ị 0xDC-0xDE
            codes = [0xD7, 0xD8, 0xDC, 0xDD, 0xDE]
        elif base == "o":  # ò 0xDF, ỏ õ ó ọ 0xE1-0xE4
            codes = [0xDF, 0xE1, 0xE2, 0xE3, 0xE4]
        elif base == "u":  # ù 0xEF, ủ ũ ú ụ 0xF1-0xF4
            codes = [0xEF, 0xF1, 0xF2, 0xF3, 0xF4]
        for code, tone in zip(codes, _TONES, strict=True):
            table[code] = _toned(base, tone)
    return table


_TCVN3 = _tcvn3_table()
_TCVN3_ENCODE = {letter: code for code, letter in _TCVN3.items()}
#: the characters TCVN3's capitals ``Ă Â Ê Ô Ơ Ư Đ`` read as, and those of all 14 letters
_TCVN3_CAPITALS = frozenset(chr(c) for c in range(0xA1, 0xA8))
_TCVN3_CASED = frozenset(chr(c) for c in range(0xA1, 0xAF))

# VNI: the byte after a vowel (lower-case codes; capitals are 0x20 lower)
_VNI_TONE = {0xF9: "\u0301", 0xF8: "\u0300", 0xFB: "\u0309", 0xF5: "\u0303", 0xEF: "\u0323"}
_VNI_CIRCUMFLEX = {0xE2: "", 0xE1: "\u0301", 0xE0: "\u0300", 0xE5: "\u0309", 0xE3: "\u0303"}
_VNI_CIRCUMFLEX[0xE4] = "\u0323"
_VNI_BREVE = {0xEA: "", 0xE9: "\u0301", 0xE8: "\u0300", 0xFA: "\u0309", 0xFC: "\u0303"}
_VNI_BREVE[0xEB] = "\u0323"
# VNI: letters of one byte
_VNI_SINGLE = {
    0xF1: "đ", 0xF4: "ơ", 0xF6: "ư", 0xEC: "ì", 0xED: "í", 0xE6: "ỉ", 0xF3: "ĩ", 0xF2: "ị",
    0xEE: "ỵ",
}  # fmt: skip


def _vni_tables() -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    """(mark char -> (vowel modifier, tone)) and (single char -> letter), both cases, as the
    characters the bytes read as in Latin-1."""
    marks: dict[str, tuple[str, str]] = {}
    for table, modifier in ((_VNI_TONE, ""), (_VNI_CIRCUMFLEX, "\u0302"), (_VNI_BREVE, "\u0306")):
        for code, tone in table.items():
            marks[chr(code)] = (modifier, tone)
            marks[chr(code - 0x20)] = (modifier, tone)
    singles: dict[str, str] = {}
    for code, letter in _VNI_SINGLE.items():
        singles[chr(code)] = letter
        singles[chr(code - 0x20)] = letter.upper()
    return marks, singles


_VNI_MARKS, _VNI_SINGLES = _vni_tables()
_VNI_TAKES = {
    "\u0302": frozenset("aeoAEO"),  # circumflex
    "\u0306": frozenset("aA"),  # breve
    "": frozenset("aeouyAEOUYơưƠƯ"),  # a tone alone
}
_COMBINING_TONES = frozenset(_TONES)

# Windows-1252 characters at 0x80-0x9F (the bytes a cp1252 decoder turned into them)
_CP1252_HIGH = {ch: b for b in range(0x80, 0xA0) if (ch := bytes([b]).decode("cp1252", "ignore"))}


_C1_AS_CP1252 = {b: ch for ch, b in _CP1252_HIGH.items()}


def _to_bytes(word: str) -> bytes | None:
    """The bytes a Latin-1 or Windows-1252 decoder read as ``word``, or None."""
    out = bytearray()
    for ch in word:
        o = ord(ch)
        if o < 0x100:
            out.append(o)
        elif ch in _CP1252_HIGH:
            out.append(_CP1252_HIGH[ch])
        else:
            return None
    return bytes(out)


# -- converting one word --------------------------------------------------------------------------


def _caps(word: str, converted: str) -> str:
    """TCVN3's capital fonts: a word whose other letters are capitals is all capitals."""
    cased = [c for c in word if (c.isascii() and c.isalpha()) or c in _TCVN3_CASED]
    if len(cased) >= 2 and all(c.isupper() or c in _TCVN3_CAPITALS for c in cased):
        return converted.upper()
    # the lower-case codes of Ă Â Ê Ô Ơ Ư Đ draw as capitals too: "L\xadU" (LƯU) between
    # two capitals
    letters = [c for c in word if c.isascii() and c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return converted.upper()
    return converted


def _tcvn3_word(word: str) -> str | None:
    raw = _to_bytes(word)
    if raw is None:
        return None
    out = []
    for b in raw:
        if b < 0x80:
            out.append(chr(b))
        elif b in _TCVN3:
            out.append(_TCVN3[b])
        else:
            return None
    return _caps(word, "".join(out))


def _vni_word(word: str) -> str | None:
    if _to_bytes(word) is None:
        return None
    out: list[str] = []
    for ch in word:
        if ch in _VNI_MARKS:
            modifier, tone = _VNI_MARKS[ch]
            if not out or out[-1] not in _VNI_TAKES[modifier]:
                return None
            out[-1] = unicodedata.normalize("NFC", out[-1] + modifier + tone)
        elif ch in _VNI_SINGLES:
            out.append(_VNI_SINGLES[ch])
        elif ch.isascii():
            out.append(ch)
        else:
            return None
    return "".join(out)


def _cp1258_word(word: str) -> str | None:
    raw = _to_bytes(word)
    if raw is None:
        return None
    try:
        text = raw.decode("cp1258")
    except UnicodeDecodeError:
        return None
    return unicodedata.normalize("NFC", text)


_CONVERTERS: dict[str, Callable[[str], str | None]] = {
    "tcvn3": _tcvn3_word,
    "vni": _vni_word,
    "windows-1258": _cp1258_word,
}

# -- a Vietnamese syllable ------------------------------------------------------------------------

_ONSETS = ("b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x kr pl").split()
_RHYMES_BY_NUCLEUS = {
    "a": "- c ch i m n ng nh o p t u y k",
    "ă": "c m n ng p t k",
    "â": "c m n ng p t u y",
    "e": "- c m n ng o p t",
    "ê": "- ch m n nh p t u",
    "i": "- ch m n nh p t u",
    "ia": "-",
    "iê": "c m n ng p t u",
    "y": "-",
    "yê": "m n t u",
    "o": "- c i m n ng p t",
    "oo": "c ng",
    "ô": "- c i m n ng p t",
    "ơ": "- i m n p t",
    "u": "- c i m n ng p t",
    "ua": "-",
    "uô": "c i m n ng t",
    "ư": "- c i m n ng t u",
    "ưa": "-",
    "ươ": "c i m n ng p t u",
    "oa": "- c ch i m n ng nh p t y o",
    "oă": "c m n ng t",
    "oe": "- n t o",
    "uâ": "n ng t y",
    "uê": "- ch n nh",
    "uy": "- ch n nh p t u",
    "uya": "-",
    "uyê": "n t",
    "uơ": "- c i m n ng p t u",  # "thuở"; with a final, the common slip for ươ ("đuợc")
}
_RHYMES: frozenset[str] = frozenset(
    nucleus + ("" if coda == "-" else coda)
    for nucleus, codas in _RHYMES_BY_NUCLEUS.items()
    for coda in codas.split()
)
_STOPS = ("c", "ch", "p", "t", "k")
_SYLLABLE_SHAPE = re.compile(r"[a-zđăâêôơưy]+")


def is_syllable(word: str) -> bool:
    """Whether ``word`` is spelled as one Vietnamese syllable (any case, at most one tone mark,
    a stop final only with the rising or heavy tone). Used to tell mojibake from text."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [c for c in decomposed if c in _COMBINING_TONES]
    if len(tones) > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _COMBINING_TONES))
    if not _SYLLABLE_SHAPE.fullmatch(base):
        return False
    for onset in ("", "q", *_ONSETS):
        if not base.startswith(onset):
            continue
        rhyme = base[len(onset) :]
        if onset == "q" and not rhyme.startswith("u"):
            continue
        if rhyme not in _RHYMES:
            continue
        if tones and rhyme.endswith(_STOPS) and tones[0] not in ("\u0301", "\u0323"):
            continue
        return not tones or _tone_on_nucleus(decomposed)
    return False


#: the onsets and rhymes above without their vowel marks: a syllable typed without diacritics
_BARE = str.maketrans("ăâêôơưđ", "aaeooud")
_BARE_ONSETS: tuple[str, ...] = tuple(sorted({o.translate(_BARE) for o in _ONSETS} | {""}))
_BARE_RHYMES: frozenset[str] = frozenset(r.translate(_BARE) for r in _RHYMES)
_BARE_LONGEST = max(map(len, _BARE_ONSETS)) + max(map(len, _BARE_RHYMES))


def _bare_syllable(piece: str) -> bool:
    return any(
        piece.startswith(o) and piece[len(o) :] in _BARE_RHYMES
        for o in _BARE_ONSETS
        if len(o) < len(piece)
    )


def is_typed_syllable(word: str) -> bool:
    """:func:`is_syllable`, or one typed without diacritics (``lieu``, ``NGUYEN``)."""
    return is_syllable(word) or (word.isascii() and _bare_syllable(word.lower()))


def glued_syllables(word: str) -> int:
    """The fewest Vietnamese syllables, typed without diacritics and without the spaces between
    them, that spell ``word`` ("hoahongdo": hoa hong do, 3; "anhyeuem": 3; "nhieu": 1), or 0
    when no split fits ("password", "admin"). A word of two or more such syllables is no word
    a Vietnamese writer types: Vietnamese puts a space after every syllable."""
    w = word.lower().translate(_BARE)
    if not w.isascii() or not w.isalpha():
        return 0
    n = len(w)
    fewest = [0] + [-1] * n
    for i in range(n):
        if fewest[i] < 0:
            continue
        for j in range(i + 1, min(n, i + _BARE_LONGEST) + 1):
            if _bare_syllable(w[i:j]) and (fewest[j] < 0 or fewest[j] > fewest[i] + 1):
                fewest[j] = fewest[i] + 1
    return max(fewest[n], 0)


def _tone_on_nucleus(decomposed: str) -> bool:
    """A tone is not written on a final glide: ``máy``, ``tôi``, ``sáu``, never ``maý``,
    ``tôì``, ``saú`` (mojibake of Windows-1258 often reads that way)."""
    letters = unicodedata.normalize("NFC", decomposed)
    k = next(
        i for i, c in enumerate(letters) if _COMBINING_TONES & set(unicodedata.normalize("NFD", c))
    )
    if k == 0 or k != len(letters) - 1:
        return True
    last = unicodedata.normalize("NFD", letters[k])[0]
    before = unicodedata.normalize(
        "NFC",
        "".join(
            c for c in unicodedata.normalize("NFD", letters[k - 1]) if c not in _COMBINING_TONES
        ),
    )
    if unicodedata.normalize("NFD", letters[k])[1:2] in ("\u031b", "\u0302", "\u0306"):
        return True  # ư ơ ê ô â ă are vowels of their own, never a glide
    if last in "iou" and before in "aeiouyăâêôơư":
        return False
    return not (last == "y" and before in "aâ")


def _abbreviation(converted: str) -> bool:
    """``QĐ``, ``ĐHQG``: capitals without tones, as in document symbols."""
    if not (2 <= len(converted) <= 8 and converted.isupper() and converted.isalpha()):
        return False
    return not any(c in _COMBINING_TONES for c in unicodedata.normalize("NFD", converted))


# -- telling words: spellings no European language has --------------------------------------------

_VOWELS = frozenset("aeiouyAEIOUY")
_EUROPEAN_VNI_PAIRS = frozenset("où oû eû aï oï uï aë oë uë aú ié iè ià iá iú ué uè uà uá".split())


def _case_change(word: str) -> bool:
    rest = word[1:]
    has_upper = any(c.isupper() for c in rest)
    has_lower = any(c.islower() for c in rest)
    return has_upper and has_lower and not word.isascii()


def _capital_font(word: str) -> bool:
    """A word of TCVN3's capital fonts: its plain letters capitals, two at least, and a toned
    letter's code that is a character Vietnamese never writes ("MËT", "TUYÖT": the fonts draw
    the lower-case codes as capitals; no Unicode word in capitals holds one)."""
    plain = [c for c in word if c.isascii() and c.isalpha()]
    return (
        len(plain) >= 2
        and all(c.isupper() for c in plain)
        and any(ord(c) >= 0xA8 and _foreign(c) for c in word)
    )


def _telling(scheme: str, word: str) -> bool:
    if scheme == "tcvn3":
        inner_symbol = any(not c.isalpha() and ord(c) >= 0xA0 for c in word) and any(
            c.isalpha() for c in word
        )
        return inner_symbol or _case_change(word) or _capital_font(word)
    if scheme == "vni":
        if word[0] in "ñÑ" or _case_change(word):
            return True
        for a, b in pairwise(word):
            if (
                b in _VNI_MARKS
                and (a in _VOWELS or a in "ôöÔÖ")
                and a + b not in _EUROPEAN_VNI_PAIRS
            ):
                return True
        return False
    if scheme == "windows-1258":
        if word[0] in "ðÐ" or "Þ" in word or _case_change(word):
            return True
        marks = "ÌìÒÞò"
        return any(b in marks and a in "êôâãõýÊÔÂÃÕÝ" for a, b in pairwise(word))
    return False


# -- repairing a string ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RepairedText:
    """A string converted from the mojibake of a legacy scheme (see the module docstring).

    ``text`` is the repaired text (NFC); ``scheme`` what it was written in; ``confidence``
    in 0-1; ``converted``, ``failed``, ``telling`` and ``kept`` count words: converted,
    not a syllable in either reading, converted and unmistakable, and left as they were
    (proper Unicode or ambiguous words next to it). No value of the text is kept here beyond
    ``text`` itself.
    """

    text: str
    scheme: Scheme
    confidence: float
    converted: int
    failed: int
    telling: int
    kept: int = 0
    segments: tuple[tuple[int, int, int, int], ...] = field(default=(), repr=False, compare=False)
    """Each converted run as (start, end) in the input and (start, end) in ``text``, in
    order; empty when the two cannot be mapped (normalising the whole joined two
    characters). Lets a caller act on the input where the repaired text says (redact a name
    hidden by the encoding in place: :func:`ai_guard.check_prompt`)."""


_WORD = re.compile(
    r"[^\s\-/.,;:!?()\[\]{}\"'<>|=+*_#@0-9\x80-\x9f\u2013-\u2026\u2039\u203a]+"
)  # punctuation, and Windows' punctuation at 0x80-0x9F as either code page shows it
#: the characters Windows-1252 shows for the bytes 0x80-0x9F
_CP1252_CLASS = "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122"
_HIGH = re.compile(f"[\\x80-\\xff{_CP1252_CLASS}]")
_UTF8_LOOKING = re.compile(f"[\\u00c2-\\u00f4][\\u0080-\\u00bf{_CP1252_CLASS}]+")


def _words(text: str) -> list[tuple[int, int, str]]:
    """The words of ``text`` that are not plain ASCII, with their offsets. A soft hyphen
    next to a digit is no letter of a word (though its byte is TCVN3's "ư"): in
    ``B\xad0\xad0...`` it is typed inside a number."""
    out = []
    for m in _WORD.finditer(text):
        w = m.group()
        if w.isascii():
            continue
        start, end = m.span()
        if _SOFT_HYPHEN in w:
            while end > start and text[end - 1] == _SOFT_HYPHEN and text[end : end + 1].isdigit():
                end -= 1
            while start < end and text[start] == _SOFT_HYPHEN and text[start - 1 : start].isdigit():
                start += 1
            w = text[start:end]
            if not w or w.isascii():
                continue
        out.append((start, end, w))
    return out


_SOFT_HYPHEN = "\u00ad"
#: longer words are neither syllables nor mojibake of one (``nghiêng`` in VNI is 9 characters)
_LONGEST_WORD = 24


@lru_cache(maxsize=1 << 16)
def _judge(scheme: str, word: str) -> tuple[str | None, str, bool]:
    """(conversion, label, telling) of one word in ``scheme``; labels: ``M`` converted, ``A``
    ambiguous, ``G`` proper text, ``S`` the same in both readings, ``N`` failed."""
    new = _CONVERTERS[scheme](word)
    original_ok = is_syllable(word)
    new_ok = new is not None and (is_syllable(new) or _abbreviation(new) or new in ("đ", "Đ"))
    if new is None and _to_bytes(word) is None:
        label = "G"  # holds letters no 8-bit code page has: proper Unicode
    elif new == word:
        label = "S"  # the same in both readings: decides nothing
    elif new_ok and not original_ok:
        label = "M"
    elif new_ok:
        label = "A"
    elif original_ok:
        label = "G"
    else:
        label = "N"
    return new, label, label == "M" and _telling(scheme, word)


def _read(scheme: str, found: list[tuple[int, int, str]]) -> _Reading:
    """How ``scheme`` reads the words ``found`` (:func:`_words`)."""
    words: list[tuple[int, int, str | None, str]] = []
    converted = failed = telling = ambiguous = 0
    for start, end, word in found:
        if len(word) > _LONGEST_WORD:  # no syllable in either reading; not worth a cache slot
            new, label, unmistakable = None, "N", False
        else:
            new, label, unmistakable = _judge(scheme, word)
            if label == "N" and _SOFT_HYPHEN in word:
                # a soft hyphen typed into a word ("M\xadË\xadT": TCVN3 "MẬT") is no letter
                # of it, though the byte is TCVN3's "ư": the word is read without it too
                bare = _judge(scheme, word.replace(_SOFT_HYPHEN, ""))
                if bare[1] in "MA":
                    new, label, unmistakable = bare
        words.append((start, end, new, label))
        converted += label == "M"
        failed += label == "N"
        ambiguous += label == "A"
        telling += unmistakable
    return _Reading(scheme, words, converted, ambiguous, failed, telling)


@dataclass(slots=True)
class _Reading:
    """One scheme's reading of a text: the words it converts and how they count."""

    scheme: str
    words: list[tuple[int, int, str | None, str]]
    converted: int
    ambiguous: int
    failed: int
    telling: int


def _plan_of(text: str, reading: _Reading) -> tuple[list[tuple[int, int, str]], int]:
    """The replacements of a reading, and the number of words kept as they were."""
    words, scheme = reading.words, reading.scheme
    # an ambiguous word follows the nearest decided word, preferring one in the same clause
    clause = [0] * len(words)
    for i in range(1, len(words)):
        gap = text[words[i - 1][1] : words[i][0]]
        clause[i] = clause[i - 1] + (1 if _CLAUSE_BREAK.search(gap) else 0)
    # the nearest decided word on each side (any farther one is at least one word farther)
    left: list[int] = []
    last = -1
    for i, w in enumerate(words):
        left.append(last)
        if w[3] in "MG":
            last = i
    right = [-1] * len(words)
    last = -1
    for i in range(len(words) - 1, -1, -1):
        right[i] = last
        if words[i][3] in "MG":
            last = i
    # in a text mostly of proper Unicode, an ambiguous word stays as it is (``trân`` next to
    # one ``Q§`` stays ``trân``); elsewhere it follows the nearest decided word
    mostly_unicode = sum(w[3] == "G" for w in words) > reading.converted
    plan: list[tuple[int, int, str]] = []
    kept = 0
    for i, (start, end, new, label) in enumerate(words):
        if label == "A":
            sides = [d for d in (left[i], right[i]) if d >= 0]
            if mostly_unicode or not sides:
                label = "G"
            else:
                nearest = min(
                    sides, key=lambda d: (abs(d - i) + (0.5 if clause[d] != clause[i] else 0), d)
                )
                label = words[nearest][3]
        if label == "G" and words[i][3] == "A" and i > 0:
            run = _run_after(text, words, clause, i, scheme)
            if run is not None:
                new, label = run, "M"
        if label == "N" and new is not None and _name_in_font(text[start:end], new):
            near = [d for d in (left[i], right[i]) if d >= 0 and clause[d] == clause[i]]
            if any(words[d][3] == "M" for d in near):
                # a name no Vietnamese syllable spells, in the same font as its neighbours
                # ("Thạch Văn Sà Röôl": a Khmer name's "Rươl"): converted with them
                label = "M"
        if label == "M" and new is not None:
            plan.append((start, end, new))
        elif label == "G":
            kept += 1
    if scheme == "tcvn3":
        plan = _capital_lines(text, plan)
    return plan, kept


#: what may stand between an ambiguous word and the run it goes on: spaces, and at most one
#: plain word in between ("taøi lieäu thu hoài": ``thu`` is written the same in every scheme)
_RUN_GAP = re.compile(r"[ \t]+(?:[A-Za-z]{1,7}[ \t]+)?")


def _run_after(
    text: str,
    words: list[tuple[int, int, str | None, str]],
    clause: list[int],
    i: int,
    scheme: str,
) -> str | None:
    """An ambiguous word that goes on a run of converted words inside a Unicode line, read
    with the run; None otherwise. A converted word stands next to it in the same clause (one
    space apart, or one plain word between) written in the same case, and either
    - TCVN3's capital fonts: the word before is converted to capitals and the word's letters
      are capitals ("... NéI Bé": ``Bé`` is "BỘ", not "Bé"), read in capitals;
    - in capitals, that neighbour holds a character Vietnamese never writes ("TOÁI MAÄT":
      VNI's "TỐI MẬT", whose ``TOÁI`` is a word of its own; "TAØI LIEÄU THU HOÀI"); or
    - the word ends a run of two converted words at least (the quote lower-cased,
      "l\xadu hµnh néi bé": ``bé`` is "bộ" as the words before it are TCVN3).
    In small letters one converted word is too little, whatever it holds: "có dòng mËt" keeps
    its "dòng" (TCVN3 would read "dũng")."""
    start, end, new, _ = words[i]
    if new is None:
        return None
    letters = [c for c in text[start:end] if c.isascii() and c.isalpha()]
    if not letters:
        return None
    upper = all(c.isupper() for c in letters)
    lower = all(c.islower() for c in letters)
    title = letters[0].isupper() and all(c.islower() for c in letters[1:])  # "Bé": either

    def joined(a: int, b: int) -> bool:
        """Words ``a`` < ``b`` both converted, in one clause, one gap apart."""
        wa, wb = words[a], words[b]
        return (
            wa[3] == "M"
            and wb[3] == "M"
            and wa[2] is not None
            and wb[2] is not None
            and clause[a] == clause[b]
            and _RUN_GAP.fullmatch(text, wa[1], wb[0]) is not None
        )

    def same_case(converted: str) -> bool:
        return (
            (upper and converted.isupper())
            or (lower and converted.islower())
            or (title and converted.istitle())
        )

    for j, far in ((i - 1, i - 2), (i + 1, i + 2)):
        if not 0 <= j < len(words):
            continue
        near = words[j]
        if near[3] != "M" or near[2] is None or clause[j] != clause[i]:
            continue
        gap = text[near[1] : start] if j < i else text[end : near[0]]
        if _RUN_GAP.fullmatch(gap) is None:
            continue
        if scheme == "tcvn3" and j < i and upper and near[2].isupper() and gap in (" ", "\t"):
            return new.upper()
        if not same_case(near[2]):
            continue
        cased = new.upper() if near[2].isupper() else new
        if upper and near[2].isupper() and any(_foreign(c) for c in text[near[0] : near[1]]):
            return cased
        if j < i and far >= 0 and joined(far, j):
            return cased
    return None


def _capital_lines(text: str, plan: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """TCVN3's capital fonts: on a line whose words are written in capitals (``X· HéI``),
    a short word (``X·``) is in capitals too."""
    caps: dict[int, bool] = {}
    out = []
    starts = [0, *(m.end() for m in re.finditer("\n", text))]
    for start, end, new in plan:
        n = bisect_right(starts, start) - 1
        line = starts[n]
        if line not in caps:
            stop = starts[n + 1] - 1 if n + 1 < len(starts) else len(text)
            segment = text[line:stop]
            words = [
                [c for c in m.group() if (c.isascii() and c.isalpha()) or c in _TCVN3_CASED]
                for m in _WORD.finditer(segment)
            ]
            # evidence: words holding a toned letter (a lower-case code) written in capitals
            long = [
                w
                for m, w in zip(_WORD.finditer(segment), words, strict=True)
                if len(w) >= 2 and any(0xB5 <= ord(c) <= 0xFE for c in m.group())
            ]
            caps[line] = len(long) >= 2 and all(
                c.isupper() or c in _TCVN3_CAPITALS for w in long for c in w
            )
        lower = any(
            (c.isascii() and c.islower()) or (c in _TCVN3_CASED and c not in _TCVN3_CAPITALS)
            for c in text[start:end]
        )
        out.append((start, end, new.upper() if caps[line] and not lower else new))
    return out


#: a character and the combining marks after it
_CLUSTER = re.compile("(?s).[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]*")


def _apply(text: str, plan: list[tuple[int, int, str]]) -> str:
    return _apply_mapped(text, plan)[0]


def _apply_mapped(
    text: str, plan: list[tuple[int, int, str]]
) -> tuple[str, tuple[tuple[int, int, int, int], ...]]:
    """``text`` with the plan's replacements (NFC), and where each replaced run went
    (:attr:`RepairedText.segments`; empty when normalising the whole moved a boundary)."""
    pieces: list[str] = []
    segments: list[tuple[int, int, int, int]] = []
    at = 0  # length of the output so far

    def keep(start: int, end: int) -> None:
        # text left as it was; a decomposed letter in it (an NFD paste) is composed, and
        # is a segment of its own
        nonlocal at
        kept = text[start:end]
        if unicodedata.is_normalized("NFC", kept):
            pieces.append(kept)
            at += len(kept)
            return
        for m in _CLUSTER.finditer(kept):
            old = m.group()
            new = unicodedata.normalize("NFC", old)
            if new != old:
                segments.append((start + m.start(), start + m.end(), at, at + len(new)))
            pieces.append(new)
            at += len(new)

    last = 0
    for start, end, new in plan:
        keep(last, start)
        new = unicodedata.normalize("NFC", new)
        pieces.append(new)
        segments.append((start, end, at, at + len(new)))
        at += len(new)
        last = end
    keep(last, len(text))
    joined = "".join(pieces)
    normal = unicodedata.normalize("NFC", joined)
    return normal, (tuple(segments) if normal == joined else ())


_CLAUSE_BREAK = re.compile(r"[.:;!?\n]")
_UTF8_RUN = re.compile(
    rb"(?:[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3})+"
)


def _repair_utf8(text: str) -> tuple[RepairedText | None, bool]:
    """UTF-8 read as Windows-1252 or Latin-1: every run of such characters that is valid UTF-8
    is decoded; repaired when at least one run decodes to a letter. With it, whether a run
    decoded to a letter Vietnamese never writes (then a legacy reading may be the right one)."""
    alien = False
    plan: list[tuple[int, int, str]] = []
    converted = 0
    letters = 0
    for m in _UTF8_LOOKING.finditer(text):
        raw = _to_bytes(m.group())
        if raw is None:
            continue
        good = _UTF8_RUN.fullmatch(raw)
        if not good:
            continue
        try:
            decoded = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
        plan.append((m.start(), m.end(), decoded))
        converted += 1
        letters += sum(1 for c in decoded if c.isalpha())
        alien = alien or not _vietnamese_letters(decoded)
    if not converted or not letters:
        return None, False
    repaired, segments = _apply_mapped(text, plan)
    return RepairedText(
        text=repaired,
        scheme="utf-8",
        confidence=1.0,
        converted=converted,
        failed=0,
        telling=converted,
        segments=segments,
    ), alien


def _name_in_font(word: str, new: str) -> bool:
    """Whether a word no reading makes a syllable is still the legacy font's: it holds a
    character Vietnamese never writes, and its conversion only Vietnamese letters (a minority
    or foreign name spelled with Vietnamese letters: ``Röôl`` -> ``Rươl``)."""
    return any(_foreign(c) for c in word) and new.isalpha() and not any(_foreign(c) for c in new)


#: the marks of the Vietnamese alphabet (tones, circumflex, breve, horn), after NFD
_VIETNAMESE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b")


@lru_cache(maxsize=512)
def _foreign(char: str) -> bool:
    """A non-ASCII character that Vietnamese text never holds (``ä``, ``ø``, ``µ``, ``§``,
    ``Ü``, ``·`` ...): the mark of a legacy encoding read as Latin-1 / Windows-1252."""
    if char.isascii() or char in "đĐ":
        return False
    decomposed = unicodedata.normalize("NFD", char)
    base, marks = decomposed[0], decomposed[1:]
    return not (base.isascii() and base.isalpha() and all(m in _VIETNAMESE_MARKS for m in marks))


#: Latin-1 / Windows-1252 characters Vietnamese never writes (ä ø µ § Ü · ...): text in a legacy
#: encoding shown by a Western font is full of them; a text without one is repaired only when
#: it holds whole words of VNI (:func:`legacy_signs`, the gate callers use).
LEGACY_SIGNS = re.compile(
    "["
    + "".join(c for c in map(chr, range(0xA1, 0x100)) if _foreign(c))
    + "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]"
)


#: VNI's mark bytes after a vowel, in the pairs Unicode Vietnamese never writes (a tone is not
#: written on a final glide, no vowel but "u" stands before "â"): "toâi", "thueá", "Maõ", "giuùp". A
#: short VNI paste may hold no character :data:`LEGACY_SIGNS` finds (its huyền, nặng and "ư"
#: bytes are the foreign ones); a long one always does. Led by the mark, looked behind.
_VNI_PAIR_LIST = (
    "[aeiuyAEIUY][ùÙ]", "[eouyEOUY][úÚ]", "[aeiouyAEIOUY][õÕ]", "[aeioyAEIOY][âÂ]",
    "[aeAE][áàãÁÀÃ]", "[aeoAEO][êÊ]",
)  # fmt: skip


def _vni_pair_search() -> re.Pattern[str]:
    """One search for a VNI mark after a vowel: per mark byte, the literal character, then a
    look-behind for the vowels it pairs with. Every branch opens with its literal, so the
    engine skips to the marks alone; one search costs less than one per mark did (measured
    on a 2 KB prompt: 11 us against 14; on a short prompt 0.9 against 3, where the sixteen
    searches' fixed cost was most of it)."""
    vowels: dict[str, set[str]] = {}
    for pair in _VNI_PAIR_LIST:
        before, marks = pair[1:].split("][")
        for mark in marks.rstrip("]"):
            vowels.setdefault(mark, set()).update(before)
    return re.compile(
        "|".join(f"{mark}(?<=[{''.join(sorted(after))}]{mark})" for mark, after in vowels.items())
    )


_VNI_PAIRS = _vni_pair_search()
#: Windows-1258's tone bytes for the grave and the dot below shown by a Western font ("ì",
#: "ò", "Ì", "Ò") after a vowel: "Phaòm Quôìc Viêòt" is "Phạm Quốc Việt". Vietnamese writes no
#: vowel before a toned "ì" or "ò" but the "u" of "qu" ("quì", old spelling of "quỳ"). A
#: Windows-1258 paste with "đ" or a tilde shows "ð" or "Þ" (:data:`LEGACY_SIGNS`); a short one
#: without them is found by this.
_CP1258_PAIRS = re.compile("[òìÒÌ](?<=[aeiouyâêôăơưAEIOUYÂÊÔĂƠƯ][òìÒÌ])(?<![qQ][uU][òìÒÌ])")
#: texts up to this length are also looked at for :data:`_VNI_PAIRS`
_SHORT_PASTE = 4096


#: a word with a "?" before a letter ("NG?N", "??c", "t?i"): where a conversion to a code page
#: without Vietnamese wrote "?" for each letter it could not encode
_LOST_LETTER = re.compile(r"\?[^\W\d_]")
#: how many such words, and what share of the text's words, make a text that lost its letters
_LOST_WORDS_LEAST = 5
_LOST_SHARE = 0.1


def letters_lost(text: str) -> bool:
    """Whether a lossy conversion replaced the text's Vietnamese letters with "?" ("NG?N
    H?NG N?NG NGHI?P", "K?nh g?i", "Ph?m Th? Kim Oanh"): five words at least, and a tenth of
    its words, hold a "?" before a letter. Nothing converts it back; what the words said
    cannot be read, so no detector can vouch for it. A question mark closing a word ("gì?",
    "không?") is no loss."""
    if "?" not in text:
        return False
    words = text.split()
    # (a link's query, "index.php?id=12", is no word: a "/" or "=" in it says so)
    lost = sum(
        1
        for w in words
        if "?" in w and "/" not in w and "=" not in w and _LOST_LETTER.search(w) is not None
    )
    return lost >= _LOST_WORDS_LEAST and lost >= _LOST_SHARE * len(words)


def legacy_signs(text: str) -> bool:
    """Whether ``text`` may be mojibake :func:`repair_text` converts: a character Vietnamese
    never writes (:data:`LEGACY_SIGNS`), or, in a text of prompt length, a VNI or a
    Windows-1258 mark after a vowel in a pair Vietnamese never writes. A cheap gate for
    callers that must not pay :func:`repair_text` on every text (a long text is not looked
    at for the pairs: a VNI text of that length holds its foreign bytes)."""
    if text.isascii():
        return False  # every sign and every pair holds a character beyond ASCII
    if LEGACY_SIGNS.search(text) is not None:
        return True
    return len(text) <= _SHORT_PASTE and (
        _VNI_PAIRS.search(text) is not None or _CP1258_PAIRS.search(text) is not None
    )


def repair_text(text: str) -> RepairedText | None:
    """``text`` converted from TCVN3, VNI, Windows-1258 or UTF-8 mojibake (bytes of that
    scheme read as Latin-1 or Windows-1252), or ``None`` when it does not look like one.

    Conservative by design: ordinary Vietnamese, English, French, German text is never
    changed; a mixed paste keeps its proper Unicode words. See the module docstring for how
    a scheme is recognised and :class:`RepairedText` for what the result says.
    """
    if not _HIGH.search(text):
        return None
    fixed, alien = _repair_utf8(text)
    if fixed is not None:
        if not alien:
            return fixed
        # the UTF-8 reading gives letters Vietnamese never writes ("M\xadAÄ\xadT": VNI "MẬT"
        # with soft hyphens, whose "Ä\xad" decodes to "ĭ"): a legacy reading, if one is sure
        # enough, reads it better
        return _repair_legacy(text) or fixed
    return _repair_legacy(text)


def _vietnamese_letters(text: str) -> bool:
    """Whether every letter of ``text`` beyond ASCII is one Vietnamese writes (or ``ĭ``-like
    letters none: the decoded runs of a UTF-8 repair are asked)."""
    from ai_guard.text.document import _VIETNAMESE_LOWER  # the alphabet, kept in one place

    return all(c.isascii() or not c.isalpha() or c.lower() in _VIETNAMESE_LOWER for c in text)


def _repair_legacy(text: str) -> RepairedText | None:
    """:func:`repair_text` by the legacy schemes (TCVN3, VNI, Windows-1258)."""
    # the scheme that reads the most words as syllables; then is it sure enough?
    found = _words(text)
    # a reading that converts no word (only words that are syllables both ways: "có dòng")
    # cannot be the text's scheme: it does not compete ("có dòng MÂòT": Windows-1258)
    readings = [r for r in (_read(scheme, found) for scheme in SCHEMES) if r.converted]
    if not readings:
        return None
    readings.sort(key=lambda r: (r.converted + r.ambiguous, r.converted), reverse=True)
    best = readings[0]
    if len(readings) > 1 and (best.converted + best.ambiguous, best.converted) == (
        readings[1].converted + readings[1].ambiguous,
        readings[1].converted,
    ):
        return None  # two schemes read it equally well: not guessed
    converted, failed, telling = best.converted, best.failed, best.telling
    if not converted or not telling or converted < 2 * failed:
        return None
    plan, kept = _plan_of(text, best)
    if not any(_foreign(c) for start, end, _ in plan for c in text[start:end]) and not (
        _whole_words(best) or _cp1258_pairs(text, best.scheme, plan)
    ):
        # words made only of Vietnamese letters are little evidence ("eà aì": VNI for "ề ầ",
        # or just letters); a character Vietnamese never writes is ("Q§-UBND": TCVN3 "QĐ";
        # "Vieät", "chuû": VNI; "hoµ", "nghÜa": TCVN3), and so are whole words, and
        # Windows-1258's tones after a vowel where Vietnamese writes none ("MÂòT")
        return None
    confidence = converted / (converted + failed) * min(1.0, 0.5 + 0.25 * telling)
    repaired, segments = _apply_mapped(text, plan)
    return RepairedText(
        text=repaired,
        scheme=best.scheme,  # type: ignore[arg-type]
        confidence=round(confidence, 2),
        converted=converted,
        failed=failed,
        telling=telling,
        kept=kept,
        segments=segments,
    )


def _cp1258_pairs(text: str, scheme: str, plan: list[tuple[int, int, str]]) -> bool:
    """Whether a Windows-1258 reading converts a word in capitals holding a small tone after a
    vowel, in a pair Vietnamese never writes (:data:`_CP1258_PAIRS`: "MÂòT", "TÔìI", "LAòI"):
    a short paste inside a Unicode sentence, its letters all Vietnamese ones, is then as sure
    as one holding a character Vietnamese never writes. In small letters ("mâòt") the same
    letters are no evidence: a string of Vietnamese letters spells them too."""
    if scheme != "windows-1258":
        return False
    return any(
        _CP1258_PAIRS.search(text, start, end) is not None and _case_change(text[start:end])
        for start, end, _ in plan
    )


#: telling words of three letters or more a paste without a foreign character needs
_WHOLE_WORDS = 3
_MANY_WORDS = 5


def _whole_words(reading: _Reading) -> bool:
    """Whether ``reading`` converts, with no failed word, at least three telling words of three
    letters or more: "Toùm taét ... giuùp toâi" (VNI for "Tóm tắt ... giúp tôi"), made only of
    letters Vietnamese writes, yet no Unicode text spells three such non-syllables that all
    read as syllables in one scheme (a real word is a syllable as it stands: never converted)."""
    if reading.failed or reading.telling < _WHOLE_WORDS:
        return False
    whole = 0
    for _start, _end, new, label in reading.words:
        if label == "M" and new is not None and len(new) >= 3:
            whole += 1
    # or five telling words, one of three letters or more: a short Windows-1258 paste ("Hôò
    # chiêìu sôì", "tãìt hôÌ sõ") has few long words, but no text of proper letters holds
    # five non-syllables that one scheme reads as syllables
    many = sum(label == "M" and new is not None for _s, _e, new, label in reading.words)
    return whole >= _WHOLE_WORDS or (whole >= 1 and many >= _MANY_WORDS)


# -- decoding bytes -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DecodedText:
    """Bytes read as text by :func:`decode_bytes`.

    ``encoding``: how the bytes became text (``utf-8``, ``utf-8-sig``, ``utf-16-le``,
    ``utf-16-be``, ``utf-32-le``, ``utf-32-be``, or a legacy scheme: ``windows-1258``,
    ``tcvn3``, ``vni``); ``confidence`` in 0-1 (1.0 for a BOM or valid UTF-8); ``repaired``:
    mojibake found in UTF-8 text and converted (:func:`repair_text`), else ``None``.
    """

    text: str
    encoding: str
    confidence: float = 1.0
    repaired: RepairedText | None = None

    @property
    def converted(self) -> str | None:
        """What was converted, for a note to the user: a legacy scheme, a UTF-16/32
        encoding, or ``None`` for UTF-8 read as it is."""
        if self.repaired is not None:
            return self.repaired.scheme + "-mojibake"
        if self.encoding in ("utf-8", "utf-8-sig"):
            return None
        return self.encoding


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode_bytes(data: bytes, *, repair: bool = True) -> DecodedText | None:
    """``data`` as text, or ``None`` when it is in no encoding recognised here.

    A BOM decides (UTF-8, UTF-16, UTF-32; a BOM whose data does not decode is ignored); then
    UTF-8; then, for bytes that are not UTF-8, the legacy schemes, each read and scored like
    :func:`repair_text`. With ``repair`` (the default), UTF-8 text that is mojibake of a
    legacy scheme is converted too, and said in ``repaired``.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding.replace("-sig", ""))
            except UnicodeDecodeError:
                continue
            return _repaired(DecodedText(text, encoding), repair)
    wide = _utf16_without_bom(data)
    if wide is not None:
        return _repaired(wide, repair)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return _repaired(DecodedText(text, "utf-8"), repair)
    fixed = repair_text(data.decode("latin-1"))
    if fixed is None or fixed.scheme == "utf-8":
        return None
    # punctuation at 0x80-0x9F outside words (… “ ” – —) is Windows' in every legacy scheme
    return DecodedText(fixed.text.translate(_C1_AS_CP1252), fixed.scheme, fixed.confidence)


#: share of the high (or low) bytes of UTF-16 code units that must be zero to read bytes
#: without a BOM as UTF-16 (Vietnamese letters of U+1Exx are not zero there: a share, not all)
_UTF16_ZERO_SHARE = 0.6


def unicode_text(data: bytes) -> str:
    """A configuration file's bytes as text when they are Unicode: a BOM (UTF-8, UTF-16 as
    Windows Notepad saves "Unicode", UTF-32), plain UTF-8, or UTF-16 without a BOM. No legacy
    scheme is guessed (a configuration is no paste): anything else raises
    :class:`UnicodeDecodeError`, as ``bytes.decode("utf-8")`` does."""
    decoded = decode_bytes(data, repair=False)
    if decoded is None or not decoded.encoding.startswith("utf"):
        data.decode("utf-8")  # raises, naming the first byte that is not UTF-8
        raise UnicodeDecodeError("utf-8", data, 0, len(data), "not Unicode")  # pragma: no cover
    return decoded.text


def _utf16_without_bom(data: bytes) -> DecodedText | None:
    """UTF-16 written without a BOM (some Windows tools): most code units of text are ASCII,
    so one byte of each pair is zero; the text must then decode and hold no NUL."""
    if len(data) < 4 or len(data) % 2 or b"\x00" not in data[:4096]:
        return None
    sample = data[:65536]
    units = len(sample) // 2
    odd_zero = sample[1::2].count(0) / units
    even_zero = sample[0::2].count(0) / units
    if odd_zero >= _UTF16_ZERO_SHARE and even_zero < 0.1:
        encoding = "utf-16-le"
    elif even_zero >= _UTF16_ZERO_SHARE and odd_zero < 0.1:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    if "\x00" in text:
        return None
    return DecodedText(text, encoding, confidence=round(max(odd_zero, even_zero), 2))


def _repaired(decoded: DecodedText, repair: bool) -> DecodedText:
    if not repair or not legacy_signs(decoded.text):
        return decoded  # clean text pays one search, not three readings of every word
    fixed = repair_text(decoded.text)
    if fixed is None:
        return decoded
    return DecodedText(fixed.text, decoded.encoding, fixed.confidence, fixed)


# -- writing the legacy schemes (tests, fixtures) -------------------------------------------------


def _split(letter: str) -> tuple[str, str, str]:
    """(base letter, vowel modifier, tone) of one Vietnamese letter."""
    decomposed = unicodedata.normalize("NFD", letter)
    tone = "".join(c for c in decomposed if c in _COMBINING_TONES)
    modifier = "".join(c for c in decomposed[1:] if c in "\u0302\u0306\u031b")
    return decomposed[0], modifier, tone


def encode(text: str, scheme: str) -> bytes:
    """``text`` written in a legacy scheme (``tcvn3``, ``vni``, ``windows-1258``).

    TCVN3 has no capital toned letters: they are written with the lower-case codes, as the
    capital fonts expect (:func:`decode_legacy` restores them in words written in capitals).
    Raises :class:`ValueError` for a character the scheme cannot write.
    """
    text = unicodedata.normalize("NFC", text)
    out = bytearray()
    for ch in text:
        if ord(ch) < 0x80:
            out.append(ord(ch))
            continue
        if ch in _CP1252_HIGH and scheme in ("tcvn3", "vni"):  # the fonts keep Windows' … “ ” –
            out.append(_CP1252_HIGH[ch])
            continue
        if scheme == "tcvn3":
            code = _TCVN3_ENCODE.get(ch, _TCVN3_ENCODE.get(ch.lower()))
            if code is None:
                raise ValueError(f"TCVN3 cannot write U+{ord(ch):04X}")
            out.append(code)
        elif scheme == "vni":
            out += _vni_letter(ch)
        elif scheme == "windows-1258":
            out += _cp1258_letter(ch)
        else:
            raise ValueError(f"unknown scheme {scheme!r}")
    return bytes(out)


def _vni_letter(ch: str) -> bytes:
    upper = ch.isupper()
    for code, letter in _VNI_SINGLE.items():
        if ch.lower() == letter:
            return bytes([code - 0x20 if upper else code])
    base, modifier, tone = _split(ch)
    if modifier == "\u031b":  # ơ ư: one byte, then the tone
        prefix = bytes([_VNI_SINGLE_CODE[base.lower()] - (0x20 if upper else 0)])
        modifier, base_code = "", prefix
    elif base.isascii() and base.isalpha():
        base_code = base.encode("ascii")
    else:
        raise ValueError(f"VNI cannot write U+{ord(ch):04X}")
    if not modifier and not tone:
        return base_code
    table = {"": _VNI_TONE, "\u0302": _VNI_CIRCUMFLEX, "\u0306": _VNI_BREVE}[modifier]
    code = next(c for c, t in table.items() if t == tone)
    return base_code + bytes([code - 0x20 if upper else code])


_VNI_SINGLE_CODE = {"o": 0xF4, "u": 0xF6}


def _cp1258_letter(ch: str) -> bytes:
    try:
        return ch.encode("cp1258")
    except UnicodeEncodeError:
        pass
    base, modifier, tone = _split(ch)
    composed = unicodedata.normalize("NFC", base + modifier)
    try:
        return composed.encode("cp1258") + tone.encode("cp1258")
    except UnicodeEncodeError:
        raise ValueError(f"Windows-1258 cannot write U+{ord(ch):04X}") from None


def decode_legacy(data: bytes, scheme: str) -> str:
    """Bytes of a known legacy scheme as NFC text, without detection: every word is converted
    (a word the scheme cannot read is left as Latin-1)."""
    text = data.decode("latin-1")
    convert = _CONVERTERS[scheme]
    plan = []
    for m in _WORD.finditer(text):
        new = convert(m.group())
        if new is not None and new != m.group():
            plan.append((m.start(), m.end(), new))
    return _apply(text, plan)
