"""Typing leftovers: Vietnamese typed with the input method switched off.

With Telex or VNI off, ``Nguyễn Văn Hùng`` arrives as ``Nguyeenx Vawn Hungf`` (Telex: tone
letters s f r x j, vowel letters aa ee oo aw ow uw, dd) or ``Nguye6n4 Va8n Hu2ng`` (VNI: tone
digits 1-5, 6 circumflex, 7 horn, 8 breve, 9 đ). :func:`untype` reads one word back;
:func:`untyped` gives the reading of a whole document with an offset map, for the lines that
are typed that way.

English also has words that read as a syllable this way (``is`` -> ``í``, ``see`` -> ``sê``),
so a whole line is read only when most of its words are typing leftovers and one of them
carries a mark no English word makes (a doubled vowel or a w with a tone letter, a VNI digit);
and the engine keeps what detectors find in this reading only where it covers a word that
changed. In a line typed with the input method on (or without diacritics), a name typed with
it off ("hồ sơ của bà le6 thi5 hoa2", "nho chi nguyeenx thij hoaf") is read word by word:
a leftover is read when it stands in a run of Vietnamese syllables that holds another leftover
or follows a cue naming a person (ông, bà, anh, chị, ..., "họ tên:"), one of the run's
leftovers carrying such a mark (or aw / ow / uw, or j typed last: "vawn", "thij"); English
and code words that happen to read as a syllable (``ddos``, ``how``) never are. A cue typed
without diacritics right before a name read so ("chi", "ong") is read as the cue ("chị",
"ông") for the detectors. A line holding English words is read word by word only where a
cue naming a person is typed so with a mark no English word makes ("chij Hoangf Thij Thu
Hieenf ... can giay to gi"); an English line holds a function word no Vietnamese syllable
spells ("and", "of": "an", "to" are Vietnamese typed plain as often). A place's unit typed so
("thoon", "xax": thôn, xã) is read with the words of its name after it where the line holds a
strong leftover or a second unit so typed ("o thoon an phus xax an lao hai phong").
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from array import array
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Protocol, overload

from ai_guard.text.document import Document
from ai_guard.text.encodings import is_syllable
from ai_guard.text.invisible import Unveiled, words_read
from ai_guard.text.word_caches import word_cache

__all__ = ["english_function_words", "untype", "untyped"]

_TELEX_TONES = {"s": "\u0301", "f": "\u0300", "r": "\u0309", "x": "\u0303", "j": "\u0323"}
_VNI_TONES = {"1": "\u0301", "2": "\u0300", "3": "\u0309", "4": "\u0303", "5": "\u0323"}
_VOWELS = "aeiouyăâêôơư"
#: the vowel a modifier changes: circumflex, horn, breve
_CIRCUMFLEX = {"a": "â", "e": "ê", "o": "ô"}
_HORN = {"o": "ơ", "u": "ư"}
_BREVE = {"a": "ă"}

#: a word of a line: letters (and VNI digits after a letter); only ASCII ones may be leftovers
_WORD = re.compile(r"[^\W\d_][^\W_]*")
#: a line worth reading: a Telex mark somewhere in it (a doubled vowel or a w before a tone
#: letter, dd, uow, a w ending a word); :data:`_STRONG_WORD` is stricter, for counting words
_TELEX_MARK = re.compile(
    r"(?:aa|ee|oo|dd|[aou]w)[a-z]*[sfrxj]\b|\bdd|uow|[aou]w[a-z]*\b|[aeiouy](?:[cmnpt]|ng|nh|ch)?j\b"
)
#: the byte table for the VNI gate: an ASCII letter -> "a", the digits 1-9 -> "1", anything
#: else -> " "
_VNI_SKETCH = bytes(
    ord("a") if chr(b).isalpha() and b < 128 else ord("1") if 49 <= b <= 57 else 32
    for b in range(256)
)
_LETTER_DIGIT = b"a1"
_VNI = re.compile(r"[A-Za-z][a-z]*[1-9][a-z1-9]*")
#: a VNI leftover in capitals (a stamp typed with VNI off: "MA65T", "TO6I1 MA65T"): a vowel
#: modifier 6-9 in it, which no code in capitals ("QD12", "A4") makes with its letters
_VNI_CAPS = re.compile(r"[A-Z]+[1-9][A-Z1-9]*")


def _place_tone(letters: str, tone: str) -> str:
    """Put ``tone`` (a combining mark) on the vowel of ``letters`` that carries it."""
    start = 0
    if letters.startswith(("qu", "gi")) and any(c in _VOWELS for c in letters[2:]):
        start = 2
    idx = [k for k in range(start, len(letters)) if letters[k] in _VOWELS]
    if not idx:
        return letters
    cluster = idx
    marked = [k for k in cluster if letters[k] in "ăâêôơư"]
    if marked:
        k = marked[-1]  # ươ: the tone goes on ơ
    elif len(cluster) == 1:
        k = cluster[0]
    elif cluster[-1] < len(letters) - 1:
        k = cluster[-1]  # a final consonant: the last vowel ("hoàn", "tuấn")
    elif letters[cluster[-2] : cluster[-1] + 1] in ("oa", "oe", "uy"):
        k = cluster[-1]
    else:
        k = cluster[-2]  # "mái", "cúi", "mùa"
    return unicodedata.normalize("NFC", letters[: k + 1] + tone + letters[k + 1 :])


def _modify(letters: str, table: dict[str, str]) -> str | None:
    """Apply a vowel modifier to the last vowel it fits ("uo" + horn -> "ươ")."""
    if table is _HORN:
        k = letters.rfind("uo")
        if k >= 0:
            return letters[:k] + "ươ" + letters[k + 2 :]
    for k in range(len(letters) - 1, -1, -1):
        if letters[k] in table:
            return letters[:k] + table[letters[k]] + letters[k + 1 :]
    return None


def _telex(word: str) -> str | None:
    """Telex: the tone letter at the end or right after the vowels ("toosi" for "tối")."""
    for k in range(len(word) - 1, 0, -1):
        if word[k] in _TELEX_TONES and any(c in "aeiouyw" for c in word[:k]):
            read = _telex_letters(word[:k] + word[k + 1 :])
            if read is not None and is_syllable(read):
                return _place_tone(read, _TELEX_TONES[word[k]])
            if k == len(word) - 1:
                continue
            break  # one inner position tried: the vowel's neighbour
    return _telex_letters(word)


def _telex_letters(w: str) -> str | None:
    """Telex's vowel and đ letters (dd, aa ee oo, aw ow uw, uow / uwow for ươ)."""
    if "dd" in w:
        w = w.replace("dd", "đ", 1)
    for double, single in (("uwow", "ươ"), ("uow", "ươ"), ("aa", "â"), ("ee", "ê"), ("oo", "ô")):
        if double in w:
            w = w.replace(double, single, 1)
    while "w" in w:
        k = w.index("w")
        head = _modify(w[:k], _HORN) if w[k - 1 : k] in ("o", "u") else None
        if head is None and w[k - 1 : k] == "a":
            head = _modify(w[:k], _BREVE)
        if head is None:  # "w" typed after the final consonant: "vanw"
            head = _modify(w[:k], _BREVE) or _modify(w[:k], _HORN)
        if head is None:
            return None
        w = head + w[k + 1 :]
    return w


def _vni(word: str) -> str | None:
    digits = [c for c in word if c.isdigit()]
    if not digits or not word[0].isalpha() or len(digits) > 4:
        return None
    letters = ""
    tone = ""
    for c in word:
        if c.isalpha():
            letters += c
        elif c in _VNI_TONES:
            if tone:
                return None
            tone = _VNI_TONES[c]
        elif c not in "6789":
            return None  # "0" is no VNI key
        elif c == "9":
            k = letters.rfind("d")
            if k < 0:
                return None
            letters = letters[:k] + "đ" + letters[k + 1 :]
        else:
            table = {"6": _CIRCUMFLEX, "7": _HORN, "8": _BREVE}[c]
            changed = _modify(letters, table)
            if changed is None:
                return None
            letters = changed
    return _place_tone(letters, tone) if tone else letters


@word_cache(8192)
def untype(word: str) -> str | None:
    """The Vietnamese syllable ``word`` was typed for with Telex or VNI switched off
    (``Nguyeenx`` -> ``Nguyễn``, ``Le6`` -> ``Lê``), or ``None`` when it reads as none
    (or as itself). Letter case follows the word's first letter (or all capitals)."""
    if not word.isascii() or not word.isalnum() or len(word) > 12:
        return None
    lower = word.lower()
    out = _vni(lower) if any(c.isdigit() for c in lower) else _telex(lower)
    if out is None or out == lower or not is_syllable(out):
        return None
    if len(out) < 2 and _STRONG_WORD.fullmatch(lower) is None:
        return None  # "A4", "is", "as": a one-letter syllable needs a Telex mark to count
    if word.isupper() and len(word) > 1:
        return out.upper()
    return out[0].upper() + out[1:] if word[0].isupper() else out


#: a line is read when at least this share of its words are typing leftovers, or when this
#: many carry a Telex mark no English word makes together with a tone letter ("Traanf")
_LINE_SHARE = 0.5
_STRONG_WORDS = 2
#: an English line (this many function words) is read only on the share of leftovers
_ENGLISH_WORDS = 2
#: on other lines, the words this close to one no English word spells are read
_NEAR_STRONG = 2


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    from ai_guard.text.data import lines  # data imports document, which typing builds on

    return frozenset(lines("text/english_function_words.txt"))


def english_function_words() -> frozenset[str]:
    """English function words ("a", "the", "from", ...): a line holding two of them is English."""
    return _english_words()


_STRONG_WORD = re.compile(r"[a-z]*(?:aa|ee|oo|dd|[aou]w)[a-z]*[sfrxj]|dd[a-z]*|[a-z]*uow[a-z]*")


def untyped(doc: Document) -> Unveiled | None:
    """The reading of ``doc.text`` with its typing leftovers untyped, on the lines typed that
    way (see the module docstring); ``None`` when there are none. Computed once per document."""
    cached = doc.cached("untyped")
    if cached is None:
        cached = _untyped(doc.text, doc.folded) or False
        doc.store("untyped", cached)
    return cached if isinstance(cached, Unveiled) else None


def _typed_lines(text: str, folded: str) -> list[tuple[int, str]]:
    """The lines (start, text) that may be typed with the input method off: a line with
    Telex's letter pairs (when the document has any) or with a word of ASCII letters and a
    digit 1-9 after a lower-case letter (VNI, also in a line typed with diacritics: "bà le6
    thi5 hoa2"; in capitals with a vowel modifier 6-9: "MA65T"); each must carry a mark
    English does not make (``_TELEX_MARK``, ``_VNI``)."""
    # "w" stands for aw / ow / uw (the lines are then checked one by one)
    telex = (
        "w" in folded
        or "aa" in folded
        or "ee" in folded
        or "oo" in folded
        or "dd" in folded
        or "j" in folded
    )
    # VNI needs a letter right before a digit 1-9: one byte-table pass over the folded view
    # (a regex tried at every letter cost more than the rest of this module); the sketch keeps
    # one byte a character, so its hits are offsets into the text
    vni = _vni_words(text, folded.encode("ascii", "replace").translate(_VNI_SKETCH))
    if not telex and not vni:
        return []
    out: list[tuple[int, str]] = []
    pos = 0
    at = 0  # the next VNI word not yet in a line
    for segment in text.split("\n"):
        start = pos
        pos += len(segment) + 1
        while at < len(vni) and vni[at] < start:
            at += 1
        if (at < len(vni) and vni[at] < pos) or (
            telex and _TELEX_MARK.search(folded, start, pos - 1)
        ):
            out.append((start, segment))
    return out


def _vni_words(text: str, sketch: bytes) -> list[int]:
    """Where ``text`` has a word shaped as a VNI leftover (:data:`_VNI`), looked for only where
    ``sketch`` has a letter before a digit; in order."""
    out: list[int] = []
    # the word around a hit, and whether it is a leftover: every hit inside the same word has
    # the same answer (a word is walked once, not once per hit: "a1a1a1..." was quadratic)
    word_end = -1
    word_is_vni = word_in_caps = False
    hit = sketch.find(_LETTER_DIGIT)
    while hit >= 0:
        lower = "a" <= text[hit] <= "z"
        if lower or "A" <= text[hit] <= "Z":
            if hit >= word_end:
                first = hit
                while first > 0 and text[first - 1].isalnum():
                    first -= 1
                last = hit + 2
                while last < len(text) and text[last].isalnum():
                    last += 1
                word_end = last
                word_is_vni = _VNI.fullmatch(text, first, last) is not None
                # in capitals only with two letters and a vowel modifier: "MA65T", not "A4"
                word_in_caps = (
                    _VNI_CAPS.fullmatch(text, first, last) is not None
                    and any(c in "6789" for c in text[first:last])
                    and sum(c.isalpha() for c in text[first:last]) >= 2
                )
            if word_is_vni if lower else word_in_caps:
                out.append(hit)
        hit = sketch.find(_LETTER_DIGIT, hit + 1)
    return out


@lru_cache(maxsize=1)
def _english_only() -> frozenset[str]:
    """The English function words no Vietnamese syllable spells ("and", "of", "is", "you"):
    "an", "to", "can", "the", "that" are as often "an", "tô", "cần", "thế", "thật" typed
    without diacritics."""
    return frozenset(w for w in _english_words() if not is_syllable(w))


def _english_line(words: Sequence[_Word]) -> bool:
    """Whether a line's words are an English sentence's: ``_ENGLISH_WORDS`` function words,
    one of them spelled as no Vietnamese syllable ("e go nham ten traanf minh khuwowng ... o
    thoon an phus xax an lao": the two "an" are a commune's name, Vietnamese typed plain)."""
    only = _english_only()  # (built with the line's first reading: warm_up reaches it)
    english = _english_words()
    found = 0
    spelled = False
    for m in words:  # one word at a time: a one-line table holds ten thousand of them
        word = m.group().lower()
        found += word in english
        spelled = spelled or word in only
        if spelled and found >= _ENGLISH_WORDS:
            return True
    return False


class _Word(Protocol):
    """What the line's reading asks of a word: a match of :data:`_WORD` or a :class:`_Span`."""

    def start(self) -> int: ...

    def end(self) -> int: ...

    def group(self) -> str: ...


class _Span:
    """A word of a long line (:class:`_Words`), made when it is asked for."""

    __slots__ = ("_end", "_line", "_start")

    def __init__(self, line: str, start: int, end: int) -> None:
        self._line, self._start, self._end = line, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._line[self._start : self._end]


class _Words(Sequence[_Word]):
    """The words of a long line as ``list(_WORD.finditer(line))`` gives them, kept as two
    arrays of offsets: a match object a word held a one-line table's ten thousand words at
    128 bytes each, the peak of a pass over it."""

    def __init__(self, line: str) -> None:
        self._line = line
        self._starts = array("q")
        self._ends = array("q")
        for m in _WORD.finditer(line):
            self._starts.append(m.start())
            self._ends.append(m.end())

    def __len__(self) -> int:
        return len(self._starts)

    @overload
    def __getitem__(self, k: int) -> _Word: ...

    @overload
    def __getitem__(self, k: slice) -> Sequence[_Word]: ...

    def __getitem__(self, k: int | slice) -> _Word | Sequence[_Word]:
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        return _Span(self._line, self._starts[k], self._ends[k])

    def __iter__(self) -> Iterator[_Word]:
        line = self._line
        for a, b in zip(self._starts, self._ends, strict=True):
            yield _Span(line, a, b)


#: a line longer than this keeps its words as offsets (:class:`_Words`), a shorter one as
#: match objects (asked for several times each, made once)
_LONG_LINE = 8192


def _words(line: str) -> Sequence[_Word]:
    """The words of ``line`` (:data:`_WORD`), left to right."""
    return _Words(line) if len(line) > _LONG_LINE else list(_WORD.finditer(line))


def _untyped(text: str, folded: str) -> Unveiled | None:
    return words_read(text, _typed_words(text, folded))


def _typed_words(text: str, folded: str) -> Iterator[tuple[int, int, str]]:
    """The typing leftovers of ``text`` read (see the module docstring), in order: each
    word's span and its reading."""
    for base, segment in _typed_lines(text, folded):
        words = _words(segment)
        readings = [_leftover(m.group()) for m in words]
        if "@" in segment:
            _outside_addresses(segment, words, readings)
        if "://" in segment:  # a URI's scheme ("s3a://kho") is no word typed: not read
            for k, m in enumerate(words):
                if segment.startswith("://", m.end()):
                    readings[k] = None
        read = sum(r is not None for r in readings)
        strong = sum(
            r is not None and _STRONG_WORD.fullmatch(m.group().lower()) is not None
            for m, r in zip(words, readings, strict=True)
        )
        english = _english_line(words)
        if not read or (
            english
            and read < _LINE_SHARE * len(words)
            # a cue typed with the input method off ("chij Hoangf Thij ...") is no English
            and not _typed_cue(words, readings)
        ):
            continue
        if read < _LINE_SHARE * len(words) and strong < _STRONG_WORDS:
            # a name typed with the input method off in a line typed with it on ("gửi cho
            # hoangf minh tuaans hồ sơ", "hồ sơ của bà le6 thi5 hoa2"): only the words near a
            # word no English word spells ("tuaans", "Nguyeenx", "ddinhf") or in a run of
            # syllables with another leftover or after a cue are read
            readings = _word_level(segment, words, readings)
            if not any(readings):
                continue
        readings = _with_cues(segment, words, readings)
        for m, reading in zip(words, readings, strict=True):
            if reading is not None:
                yield base + m.start(), base + m.end(), reading


#: the most characters of an e-mail address's local part and of its domain
_LOCAL_MOST = 64
_DOMAIN_MOST = 255


def _addresses(segment: str) -> list[tuple[int, int]]:
    """The spans of the e-mail addresses of a line (a local part, "@", a domain with a dot),
    in order: each "@" widened over the characters an address holds, at most
    :data:`_LOCAL_MOST` back and :data:`_DOMAIN_MOST` on (linear in the line, where a pattern
    searched from every letter was not)."""
    spans: list[tuple[int, int]] = []
    at = segment.find("@")
    while at >= 0:
        lo = at
        floor = max(0, at - _LOCAL_MOST)
        while lo > floor and (segment[lo - 1].isalnum() or segment[lo - 1] in "._+-"):
            lo -= 1
        hi = at + 1
        ceiling = min(len(segment), at + 1 + _DOMAIN_MOST)
        while hi < ceiling and (segment[hi].isalnum() or segment[hi] in ".-"):
            hi += 1
        if lo < at and "." in segment[at + 1 : hi]:
            spans.append((lo, hi))
        at = segment.find("@", at + 1)
    return spans


def _outside_addresses(segment: str, words: Sequence[_Word], readings: list[str | None]) -> None:
    """No reading for a word inside an e-mail address: its local part is an identifier typed
    in ASCII, never Vietnamese typed with the input method off ("ly.bich.quan56@hotmail.com"
    holds no "quận", "huynh_hung_tinh3@..." no "tỉnh"; one such word in a megabyte's table
    sent every detector over the whole text a second time)."""
    spans = _addresses(segment)
    if not spans:
        return
    i = 0
    for k, reading in enumerate(readings):
        if reading is None:
            continue
        m = words[k]
        start = m.start()
        while i < len(spans) and spans[i][1] <= start:
            i += 1
        if i == len(spans):
            return
        if spans[i][0] < m.end():
            readings[k] = None


#: English and code words that read as a syllable when typed as Telex (``ddos`` -> ``đó``,
#: ``how`` -> ``hơ``): never a leftover
_NOT_LEFTOVERS = frozenset(
    {
        *("ddos", "bows", "cow", "cows", "how", "low", "now", "row", "rows", "saw", "sow"),
        *("tow", "law", "raw", "paw", "jaw", "lawn", "dawn", "yawn", "pawn", "town", "down"),
        *("gown", "own", "vow", "mow", "tows", "laws", "towns", "downs", "owns", "vows"),
    }
)
#: cues naming a person, typed without diacritics, and how they are spelled; a name typed with
#: the input method off right after one reads as a name after that cue
_CUES = {
    "ong": "ông",
    "ba": "bà",
    "anh": "anh",
    "chi": "chị",
    "em": "em",
    "co": "cô",
    "chu": "chú",
    "bac": "bác",
    "cu": "cụ",
    "chau": "cháu",
}
#: the same cues as written with diacritics, and the label word before "họ tên:"'s colon
_CUES_WRITTEN = frozenset({*_CUES.values(), "tên", "ten"})


def _typed_cue(words: Sequence[_Word], readings: list[str | None]) -> bool:
    """Whether a word of the line is a cue naming a person typed with the input method off,
    with a mark no English word makes ("chij" chị: the heavy tone typed last)."""
    return any(
        r is not None and r.lower() in _CUES_WRITTEN and _is_strong(m.group())
        for m, r in zip(words, readings, strict=True)
    )


def _leftover(word: str) -> str | None:
    """:func:`untype` of a word that is no English or code word read as a syllable."""
    return None if word.lower() in _NOT_LEFTOVERS else untype(word)


def _is_strong(word: str) -> bool:
    """A mark few English words make: a Telex letter pair with a tone, dd, uow, aw / ow / uw
    ("vawn"; the English ones are in :data:`_NOT_LEFTOVERS`), a VNI digit."""
    lower = word.lower()
    return (
        _STRONG_WORD.fullmatch(lower) is not None
        or _TELEX_W.search(lower) is not None
        or _TELEX_J.search(lower) is not None
        or any(c.isdigit() for c in lower)
    )


_TELEX_W = re.compile(r"[aou]w")
#: the heavy tone typed last ("thij", "phamj"): no English word ends so
_TELEX_J = re.compile(r"[aeiouy](?:[cmnpt]|ng|nh|ch)?j$")


def _cue_before(segment: str, words: Sequence[_Word], k: int) -> bool:
    """Whether word ``k`` follows a cue naming a person (spaces or "tên: " between)."""
    if k == 0:
        return False
    prev = words[k - 1]
    gap = segment[prev.end() : words[k].start()]
    word = prev.group().lower()
    if gap.strip() == ":":
        return word in ("tên", "ten")
    return not gap.strip() and (word in _CUES or word in _CUES_WRITTEN)


def _near(ordered: list[int], k: int, reach: int) -> bool:
    """Whether ``ordered`` (increasing) holds a ``j`` with ``abs(k - j) <= reach``, bisected
    (each word asked every strong word of a line: quadratic on a one-line file)."""
    i = bisect.bisect_left(ordered, k - reach)
    return i < len(ordered) and ordered[i] <= k + reach


def _word_level(
    segment: str, words: Sequence[_Word], readings: list[str | None]
) -> list[str | None]:
    """The readings kept in a line typed mostly with the input method on (see the module
    docstring): near a word no English word spells, or in a run of syllables (words joined by
    spaces only) with a strong leftover and either another leftover or a cue before it."""
    strong_at = [
        k
        for k, (m, r) in enumerate(zip(words, readings, strict=True))
        if r is not None and _STRONG_WORD.fullmatch(m.group().lower()) is not None
    ]
    kept: list[str | None] = [
        r if _near(strong_at, k, _NEAR_STRONG) else None for k, r in enumerate(readings)
    ]
    k = 0
    while k < len(words):
        if readings[k] is None and not is_syllable(words[k].group()):
            k += 1
            continue
        end = k + 1  # a run of syllables joined by spaces
        while (
            end < len(words)
            and not segment[words[end - 1].end() : words[end].start()].strip()
            and (readings[end] is not None or is_syllable(words[end].group()))
        ):
            end += 1
        run = [j for j in range(k, end) if readings[j] is not None]
        if any(_is_strong(words[j].group()) for j in run) and (
            len(run) >= 2 or any(_cue_before(segment, words, j) for j in run[:1])
        ):
            for j in run:
                kept[j] = readings[j]
        k = end
    if strong_at or sum(r in _UNIT_READINGS for r in readings) >= 2:
        # a place's unit typed so ("thoon", "xax": thôn, xã) in a line that holds a strong
        # leftover or another unit so typed: an address typed with the input method off
        # ("o thoon an phus xax an lao"); its name's words are read as the run's are
        for k, r in enumerate(readings):
            if r in _UNIT_READINGS:
                kept[k] = r
                for j in range(k + 1, min(k + 4, len(words))):
                    if (
                        readings[j] is None
                        or segment[words[j - 1].end() : words[j].start()].strip()
                    ):
                        break
                    kept[j] = readings[j]
    return kept


#: the place units a word typed with the input method off may read as (a commune, a hamlet)
_UNIT_READINGS = frozenset({"thôn", "xã", "xóm", "ấp", "phường", "huyện", "tỉnh", "quận", "bản"})


def _with_cues(
    segment: str, words: Sequence[_Word], readings: list[str | None]
) -> list[str | None]:
    """``readings`` with a cue typed without diacritics read as the cue ("chi" -> "chị") when
    the word after it is read ("nho chi nguyeenx thij hoaf" -> "nho chị nguyễn thị hoà")."""
    out = list(readings)
    for k in range(1, len(words)):
        prev = words[k - 1]
        if readings[k] is None or readings[k - 1] is not None:
            continue
        if segment[prev.end() : words[k].start()].strip():
            continue
        cue = _CUES.get(prev.group().lower())
        if cue is None or cue == prev.group().lower():
            continue
        word = prev.group()
        out[k - 1] = (
            cue.upper()
            if word.isupper() and len(word) > 1
            else (cue[0].upper() + cue[1:] if word[0].isupper() else cue)
        )
    return out
