"""Text hidden in an encoding, for the reader of a request (:mod:`ai_guard.integrations._payload`).

A value the caller encoded reads as noise to every detector: ``Tmd1eeG7hW4gVsSDbiBBbg==`` is
a name, ``4e677579...`` too. :func:`hidden` finds, in one text, what it says once decoded:

- base64 and base64url runs (12 characters or more; lines an encoder wrapped are joined),
  hexadecimal runs (16 digits or more; or 8 bytes or more written apart, ``de:ad:be:ef``,
  ``de ad be ef``, ``0xde, 0xad``), base32 runs (16 characters or more), Ascii85 and base85
  words (15 characters or more, holding a sign no base64 has), each kept when it decodes to
  UTF-8 text, or UTF-16 text (nine characters in ten Latin or Vietnamese: random bytes never
  are); a short run (under 256 bytes) that is neither passes (twelve digits read as base64);
- ROT13 (a text whose words are no Vietnamese syllables or English function words until
  their letters are turned back thirteen places: ``Athlễa Ina Na``, ``gur svyr bs``);
- percent-encoding (``Nguy%E1%BB%85n``, a ``data:text/plain,...`` URL), HTML character
  references (``Nguy&#7877;n``), ``\\u``/``\\x`` escapes outside JSON, quoted-printable;
- a gzip or zlib stream among those bytes is inflated and read (any length);
- what those decode to is read again (base64 of percent-encoding ...), twice at most.

The reader checks each decoded text with the rest of the request; one that would need a
redaction is refused (nothing can be redacted inside an encoding). A long run that decodes
to no text (256 bytes or more: a file, not an id) is looked at: an image, a sound or a video
is media, a PDF or a Word file a document (the reader vets both as it does inline ones), a
public SSH key passes, a certificate (X.509, a signing request or a revocation list: the
DER of a ``-----BEGIN CERTIFICATE-----`` block) is read as the names and addresses it holds
(public, checked like any text); an archive (zip, 7z, xz, bzip2, zstd, rar) and anything else
is :data:`BINARY`, refused. A private key's DER is no certificate: binary, refused (and its
PEM block is a secret the check blocks).
"""

from __future__ import annotations

import base64
import binascii
import codecs
import functools
import html
import itertools
import json
import quopri
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import unquote, unquote_plus

from ai_guard.detectors.key_disguises import _wrapped_block
from ai_guard.text.encodings import is_syllable
from ai_guard.text.typing import english_function_words

__all__ = ["ARCHIVE", "BINARY", "TEXT", "Binary", "file_kind", "hidden"]

#: The least of a base64 or hex run that is read; a run of 256 bytes or more that is not
#: text is a file
_B64_MIN = 12
_BINARY_BYTES = 256
#: Compressed text (a gzip or zlib stream, any length: a name and a CCCD fit in 80 bytes) is
#: inflated and read; one that is no text is refused
_COMPRESSED = {b"\x1f\x8b": "gzip", b"\x78\x01": "zlib", b"\x78\x5e": "zlib",
               b"\x78\x9c": "zlib", b"\x78\xda": "zlib"}  # fmt: skip
_INFLATED_MAX = 1 << 20
#: How many times a decoded text is decoded again
_DEPTH = 2

#: The characters of a base64 (or hex) run, as a translation of a view of the text: a run
#: becomes "a"s, anything else a space, and runs of 12 are found by ``bytes.find`` (a regular
#: expression tried at every position of a 2 KB prompt cost 0.2 ms each)
_RUN_CHARS = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-")
_SKETCH = bytes(0x61 if i in _RUN_CHARS else 0x20 for i in range(256))
_LONG_RUN = b"a" * _B64_MIN
_B64_RUN = re.compile(r"[A-Za-z0-9+/_-]{12,}={0,2}")
_HEX_RUN = re.compile(r"(?<![0-9A-Za-z])(?:[0-9A-Fa-f]{2}){8,}(?![0-9A-Za-z])")
_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")
_ENTITY = re.compile(r"&#?[A-Za-z0-9]{2,8};")
_ESCAPES = re.compile(r"(?:\\u[0-9A-Fa-f]{4})+|(?:\\x[0-9A-Fa-f]{2})+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_QP = re.compile(r"=[89A-F][0-9A-F]=[89A-F][0-9A-F]")
#: Hex bytes written apart, one separator throughout (``de:ad:be:ef``, ``de ad``, ``de-ad``),
#: or as ``0x`` numbers (``0xde, 0xad``, ``0xde 0xad``): 8 bytes or more, as a hex run
_HEX_APART = re.compile(
    r"(?<![0-9A-Za-z])[0-9A-Fa-f]{2}([:\- ])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){6,}(?![0-9A-Za-z])"
)
_HEX_0X = re.compile(r"(?<![0-9A-Za-z])0[xX][0-9A-Fa-f]{1,2}(?:(?:, ?| )0[xX][0-9A-Fa-f]{1,2}){7,}")
#: the sketch of separated hex: hex digits "h", a separator "s"; three bytes apart at least
_HEX_SKETCH = bytes(
    0x68 if chr(i) in "0123456789abcdefABCDEF" else 0x73 if chr(i) in ":- " else 0x20
    for i in range(256)
)
_HEX_APART_HINT = b"hhshhshh"
_BASE32 = re.compile(r"[A-Z2-7]{16,}|[a-z2-7]{16,}")
#: base85 (RFC 1924, Python's ``b85encode``, git) and Ascii85 (``a85encode``, Adobe's
#: ``<~...~>``): a word of 15 characters or more holding one of their signs no base64 has
_B85 = re.compile(r"[0-9A-Za-z!#$%&()*+\-;<=>?@^_`{|}~]{15,}")
_A85 = re.compile(r"(?:<~)?[!-uz]{15,}(?:~>)?")
_B85_SIGNS = frozenset("!#$%&()*;<>?@^`{|}~")
_A85_SIGNS = frozenset("!\"#$%&'(),.:;<>?@[\\]^`")
_WORD_CHARS = bytes(0x61 if 0x21 <= i <= 0x7E else 0x20 for i in range(256))
_LONG_WORD = b"a" * 15
#: ROT13: the words of a text (not those of an address, a path, a file name or an
#: identifier: ``x.vn/a.png``); how many are looked at
_LETTERS = re.compile(r"(?<![\w/.:@=&?#%+\\-])[^\W\d_]+(?![\w/:@=&?#%+\\-]|\.\w)")
_ROT13_WORDS = 24
_SPACE = re.compile(r"\s")

#: The word for what was encoded, in a refusal (the same in both languages)
BINARY = "binary"
#: A compressed archive (7z, xz, bzip2, zstd, rar; a zip that is no Word file is a document
#: that cannot be read): never the blob of a service, always refused
ARCHIVE = "archive"


@dataclass(frozen=True)
class Binary:
    """A run that decodes to no text: ``kind`` is ``media`` (``media_type`` says which),
    ``document`` (``raw`` the file), or :data:`BINARY` (unknown: refused)."""

    kind: str
    media_type: str
    raw: bytes
    encoding: str


def hidden(
    text: str, binaries: list[Binary] | None = None, *, depth: int = 0, rot13: bool = True
) -> Iterator[tuple[str, str]]:
    """``(encoding, decoded text)`` for each encoded text inside ``text``, in order; each long
    run that decodes to no text is added to ``binaries`` (see the module)."""
    found: list[tuple[str, str]] = []
    runs: list[Binary] = [] if binaries is None else binaries
    # one byte a character, its code's low byte (UTF-32's first; "ascii" with "replace" cost
    # twice as much on Vietnamese text): a letter beyond ASCII may look like a run's (U+0169
    # "ũ" like "i"), which only costs a match tried where no run is
    low = text.encode("utf-32-le", "surrogatepass")[::4]
    sketch = low.translate(_SKETCH)
    pos = sketch.find(_LONG_RUN)
    while pos >= 0:
        stop = sketch.find(b" ", pos)
        stop = len(sketch) if stop < 0 else stop
        m = _B64_RUN.match(text, pos)
        if m is not None:
            run = m.group()
            if len(run) >= 60:  # the first line of a block an encoder wrapped?
                start, end = _wrapped_block(text, m)
                run = "".join(text[start:end].split())
                stop = max(stop, end)
            _base64(run, found, runs)
            if _BASE32.fullmatch(run.rstrip("=")):
                _base32(run, found, runs)
        for hm in _HEX_RUN.finditer(text, pos, stop):
            _hex(hm.group(), found, runs)
        pos = sketch.find(_LONG_RUN, stop)
    _apart(text, low, found, runs)
    _base85(text, low, found, runs)
    if rot13:  # (not on what ROT13 gave: turning it again gives back the text)
        _rot13(text, found)
    if "%" in text and _PERCENT.search(text):
        plain = unquote(text, errors="replace")
        if " " not in text:  # a form value: "+" is a space
            plain = unquote_plus(text, errors="replace")
        found.append(("URL-encoding", plain))
    if "&" in text and _ENTITY.search(text):
        found.append(("HTML", html.unescape(text)))
    if "\\" in text and _ESCAPES.search(text):
        found.append(("escapes", _ESCAPES.sub(_unescape, text)))
    if "=" in text and _QP.search(text):
        decoded = _text(quopri.decodestring(text.encode("utf-8", "surrogatepass")))
        if decoded is not None:
            found.append(("quoted-printable", decoded))
    for encoding, decoded in found:
        if decoded == text or not decoded.strip():
            continue
        yield encoding, decoded
        if depth < _DEPTH:
            again_rot13 = encoding != "ROT13"
            for inner, again in hidden(decoded, runs, depth=depth + 1, rot13=again_rot13):
                yield f"{encoding}+{inner}", again
        elif _still_encoded(decoded, rot13=encoding != "ROT13"):
            # encoded deeper than is decoded here: what it hides would go out unread
            runs.append(Binary(BINARY, "", decoded.encode("utf-8", "surrogatepass"), encoding))


def _still_encoded(text: str, *, rot13: bool) -> bool:
    """Whether a text decoded as deep as :data:`_DEPTH` allows still holds an encoded text or
    a long binary run (read once more, not decoded further)."""
    binaries: list[Binary] = []
    again = hidden(text, binaries, depth=_DEPTH + 1, rot13=rot13)
    return next(again, None) is not None or bool(binaries)


def _base64(run: str, found: list[tuple[str, str]], binaries: list[Binary]) -> None:
    body = run.rstrip("=")
    url = "-" in body or "_" in body
    if url and ("+" in body or "/" in body):
        return  # two alphabets: a path or a name, not base64
    if len(body) % 4 == 1:
        return
    body += "=" * (-len(body) % 4)
    try:
        raw = base64.urlsafe_b64decode(body) if url else base64.b64decode(body, validate=True)
    except (binascii.Error, ValueError):
        return
    _decoded(raw, "base64", found, binaries)


def _hex(run: str, found: list[tuple[str, str]], binaries: list[Binary]) -> None:
    _decoded(bytes.fromhex(run), "hex", found, binaries)


def _apart(text: str, low: bytes, found: list[tuple[str, str]], binaries: list[Binary]) -> None:
    """Hex bytes written apart (``de:ad:be:ef``, ``0xde, 0xad``), read as a hex run."""
    if len(text) < 23:  # eight bytes and seven separators
        return
    if "0x" in text or "0X" in text:
        for m in _HEX_0X.finditer(text):
            digits = "".join(f"{int(n, 16):02x}" for n in re.findall(r"0[xX]([0-9A-Fa-f]+)", m[0]))
            _decoded(bytes.fromhex(digits), "hex", found, binaries)
    sketch = low.translate(_HEX_SKETCH)
    pos = sketch.find(_HEX_APART_HINT)
    while pos >= 0:
        apart = _HEX_APART.search(text, max(pos - 1, 0))
        if apart is None:
            return
        _decoded(bytes.fromhex(apart[0].replace(apart[1], "")), "hex", found, binaries)
        pos = sketch.find(_HEX_APART_HINT, apart.end())


def _base32(run: str, found: list[tuple[str, str]], binaries: list[Binary]) -> None:
    """A run of base32's alphabet (one case; its padding is not needed)."""
    body = run.rstrip("=").upper()
    try:
        raw = base64.b32decode(body + "=" * (-len(body) % 8))
    except (binascii.Error, ValueError):
        return
    _decoded(raw, "base32", found, binaries)


def _base85(text: str, low: bytes, found: list[tuple[str, str]], binaries: list[Binary]) -> None:
    """Words of base85 or Ascii85 (15 characters or more, with a sign base64 lacks); one
    that decodes to text is kept, a long one to binary is vetted as the others are."""
    if len(text) < 15:
        return
    sketch = low.translate(_WORD_CHARS)
    pos = sketch.find(_LONG_WORD)
    while pos >= 0:
        stop = sketch.find(b" ", pos)
        stop = len(sketch) if stop < 0 else stop
        word = text[pos:stop]
        signs = set(word)
        if signs & _B85_SIGNS and _B85.fullmatch(word) and len(word) % 5 != 1:
            try:
                raw: bytes | None = base64.b85decode(word)
            except (ValueError, binascii.Error):
                raw = None
            if raw is not None:
                _decoded(raw, "base85", found, binaries)
        if signs & _A85_SIGNS and _A85.fullmatch(word):
            adobe = word.startswith("<~") and word.endswith("~>")
            try:
                raw = base64.a85decode(word, adobe=adobe)
            except (ValueError, binascii.Error):
                raw = None
            if raw is not None:
                _decoded(raw, "Ascii85", found, binaries)
        pos = sketch.find(_LONG_WORD, stop)


def _rot13(text: str, found: list[tuple[str, str]]) -> None:
    """A text whose words turn into Vietnamese syllables or English function words once ROT13
    is undone (``Athlễa Iăa Na`` is ``Nguyễn Văn An``: a tone mark is no ASCII letter and
    stays; ``Fraq gur svyr bs Wbua`` is ``Send the file of John``) is read turned back. Its
    first words tell: two or more, and three in ten, must be neither a syllable nor an English
    function word as written and one turned back (a plain text's few acronyms and English
    words seldom are)."""
    if len(text) < 5 or _SPACE.search(text, 0, 400) is None:
        return  # one word (an id, a header's value) or none
    words = [m[0] for m in itertools.islice(_LETTERS.finditer(text), _ROT13_WORDS)]
    if len(words) < 2:
        return
    english = english_function_words()
    unread = [w for w in words if not _syllable(w) and w.lower() not in english]
    if len(unread) < 2:
        return
    gained = sum(1 for w in unread if _read_turned(codecs.encode(w, "rot13")))
    if gained >= 2 and gained * 10 >= len(words) * 3:
        found.append(("ROT13", codecs.encode(text, "rot13")))


def _read_turned(word: str) -> bool:
    """A word turned back by ROT13 reads: a Vietnamese syllable, or an English function word
    (``gur`` is ``the``, ``bs`` is ``of``), so that English turned by ROT13 is read too."""
    return _syllable(word) or word.lower() in english_function_words()


@functools.lru_cache(maxsize=16384)
def _syllable(word: str) -> bool:
    return is_syllable(word.lower())


def _decoded(
    raw: bytes, encoding: str, found: list[tuple[str, str]], binaries: list[Binary]
) -> None:
    """What a run's bytes are: text, text compressed (gzip or zlib: up to 1 MB inflated; a
    stream inflating to more is refused as binary), or a binary to sniff when it is long."""
    decoded = _text(raw)
    if decoded is None and raw[:2] in _COMPRESSED:
        wbits = 31 if raw[:2] == b"\x1f\x8b" else 15
        stream = zlib.decompressobj(wbits)
        try:
            inflated: bytes | None = stream.decompress(raw, _INFLATED_MAX)
        except zlib.error:
            inflated = None  # no stream after all (an id that starts "eJw")
        if inflated is not None:
            compressed = f"{encoding}+{_COMPRESSED[raw[:2]]}"
            # more than the limit inflates: the rest would go out unread, so the whole stream
            # is refused as binary, never checked in part
            decoded = None if stream.unconsumed_tail else _text(inflated)
            if decoded is None:
                binaries.append(Binary(BINARY, "", raw, compressed))
                return
            encoding = compressed
    if decoded is None:
        decoded = _utf16(raw)  # a text encoded as UTF-16 first (Windows, Java, .NET)
        if decoded is not None:
            encoding = f"{encoding}+UTF-16"
    if decoded is not None:
        found.append((encoding, decoded))
    elif len(raw) >= _BINARY_BYTES:
        strings = _signed_object(raw)
        if strings is not None:  # a certificate: public, read as the names it holds
            found.append((f"{encoding}+certificate", strings))
        else:
            _binary(raw, encoding, binaries)


def _text(raw: bytes) -> str | None:
    """``raw`` as text: UTF-8 without a control character other than white space (a
    disguise's non-breaking or zero-width space is text)."""
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not decoded or _CONTROL.search(decoded):
        return None
    return decoded


#: What a UTF-16 text's characters must be, nine in ten (ASCII, Latin-1 and the Latin
#: Extended blocks, Vietnamese's U+1E00-U+1EFF, combining marks, general punctuation): random
#: bytes read as UTF-16 fall there about once in eighty characters, so an id or a hash is
#: never taken for one
_UTF16_LATIN = re.compile(r"[\t\n\r\x20-\x7e\xa0-\u024f\u0300-\u036f\u1e00-\u1eff\u2000-\u206f]")


def _utf16(raw: bytes) -> str | None:
    """``raw`` as UTF-16 text (with a byte-order mark, or little- or big-endian without one):
    four characters or more, no control character, nine in ten Latin or Vietnamese."""
    if len(raw) < 8 or len(raw) % 2:
        return None
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        codecs_tried: tuple[str, ...] = ("utf-16",)
    else:
        codecs_tried = ("utf-16-le", "utf-16-be")
    for codec in codecs_tried:
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        if not text.strip() or _CONTROL.search(text):
            continue
        latin = sum(1 for _ in _UTF16_LATIN.finditer(text))
        if latin * 10 >= len(text) * 9:
            return text
    return None


def _unescape(m: re.Match[str]) -> str:
    run = m.group()
    if run.startswith("\\u"):
        try:
            return str(json.loads(f'"{run}"'))
        except ValueError:
            return run
    raw = bytes.fromhex(run.replace("\\x", ""))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


#: Magic numbers of the files a run of binary may be: (prefix, kind, media type)
_MAGIC = (
    (b"\x89PNG", "media", "image/png"),
    (b"\xff\xd8\xff", "media", "image/jpeg"),
    (b"GIF8", "media", "image/gif"),
    (b"BM", "media", "image/bmp"),
    (b"II*\x00", "media", "image/tiff"),
    (b"MM\x00*", "media", "image/tiff"),
    (b"ID3", "media", "audio/mpeg"),
    (b"OggS", "media", "audio/ogg"),
    (b"fLaC", "media", "audio/flac"),
    (b"\x1aE\xdf\xa3", "media", "video/webm"),
    (b"%PDF", "document", "application/pdf"),
    (b"7z\xbc\xaf\x27\x1c", ARCHIVE, "application/x-7z-compressed"),
    (b"\xfd7zXZ\x00", ARCHIVE, "application/x-xz"),
    (b"BZh", ARCHIVE, "application/x-bzip2"),
    (b"\x28\xb5\x2f\xfd", ARCHIVE, "application/zstd"),
    (b"Rar!\x1a\x07", ARCHIVE, "application/vnd.rar"),
    (
        b"PK\x03\x04",
        "document",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
)


#: What :func:`file_kind` calls a file that is UTF-8 text
TEXT = "text"


def file_kind(raw: bytes) -> tuple[str, str]:
    """``(kind, media type)`` of a file's bytes, whatever its name says: :data:`TEXT` for
    UTF-8 text without a control character (first: a text that begins ``BM`` or ``GIF8`` is
    no picture), else ``media``, ``document``, :data:`ARCHIVE`, a public key or
    :data:`BINARY` by its first bytes."""
    if _text(raw) is not None:
        return TEXT, "text/plain"
    return _sniff(raw)


def _binary(raw: bytes, encoding: str, binaries: list[Binary]) -> None:
    binaries.append(Binary(*_sniff(raw), raw, encoding))


def _sniff(raw: bytes) -> tuple[str, str]:
    """``(kind, media type)`` of a run of binary, by its first bytes."""
    if raw[:4] == b"RIFF":  # WebP, WAV, AVI
        return "media", {b"WEBP": "image/webp", b"WAVE": "audio/wav"}.get(raw[8:12], "video/avi")
    if raw[4:8] == b"ftyp":  # MP4, MOV, HEIC, M4A
        return "media", "video/mp4"
    for prefix, kind, media in _MAGIC:
        if raw.startswith(prefix):
            return kind, media
    if raw[:3] == b"\x00\x00\x00" and raw[4:8] in (b"ssh-", b"ecds", b"sk-s"):
        return "public_key", ""  # ssh-rsa AAAAB3NzaC1...: public, and no text in it
    return BINARY, ""


#: DER tags of strings (UTF8String, NumericString, PrintableString, T61String, IA5String,
#: VisibleString; BMPString and UniversalString below) and of a certificate's names in its
#: extensions (rfc822Name, dNSName, URI)
_DER_TEXT = frozenset({0x0C, 0x12, 0x13, 0x14, 0x16, 0x1A, 0x81, 0x82, 0x86})
_DER_WIDE = {0x1E: "utf-16-be", 0x1C: "utf-32-be"}


def _der(raw: bytes, start: int, end: int) -> list[tuple[int, int, int]] | None:
    """The ``(tag, start, end)`` of each element of a DER sequence's contents, or None when
    ``raw[start:end]`` is not whole DER (one-byte tags, definite lengths)."""
    out = []
    pos = start
    while pos < end:
        if pos + 2 > end:
            return None
        tag, length = raw[pos], raw[pos + 1]
        pos += 2
        if tag & 0x1F == 0x1F:
            return None
        if length & 0x80:
            count = length & 0x7F
            if not 1 <= count <= 4 or pos + count > end:
                return None
            length = int.from_bytes(raw[pos : pos + count], "big")
            pos += count
        if pos + length > end:
            return None
        out.append((tag, pos, pos + length))
        pos += length
    return out


def _signed_object(raw: bytes) -> str | None:
    """The strings of an X.509 certificate, signing request or revocation list (a SEQUENCE of
    the signed part, the algorithm and the signature's BIT STRING; the signed part starts
    with a version: ``[0]`` or an INTEGER), one a line; None for anything else (a private
    key's DER starts with an INTEGER, not a SEQUENCE)."""
    top = _der(raw, 0, len(raw))
    if top is None or len(top) != 1 or top[0][0] != 0x30:
        return None
    parts = _der(raw, top[0][1], top[0][2])
    if parts is None or [t for t, _, _ in parts] != [0x30, 0x30, 0x03]:
        return None
    signed = _der(raw, parts[0][1], parts[0][2])
    if not signed or signed[0][0] not in (0xA0, 0x02, 0x30):
        return None
    strings: list[str] = []
    _der_strings(raw, parts[0][1], parts[0][2], strings, 0)
    return "\n".join(strings)


def _der_strings(raw: bytes, start: int, end: int, out: list[str], depth: int) -> None:
    """Append the strings inside ``raw[start:end]`` (a DER sequence's contents), reading
    constructed elements and OCTET STRINGs that hold DER (an extension's value)."""
    elements = _der(raw, start, end) if depth < 12 else None
    for tag, a, b in elements or ():
        if tag & 0x20:
            _der_strings(raw, a, b, out, depth + 1)
        elif tag in _DER_TEXT or tag in _DER_WIDE:
            codec = _DER_WIDE.get(tag, "utf-8")
            out.append(raw[a:b].decode(codec, "replace"))
        elif tag == 0x04 and b > a and raw[a] in (0x30, 0x31):
            _der_strings(raw, a, b, out, depth + 1)
