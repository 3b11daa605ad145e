"""Text hidden in an encoding, for the reader of a request (:mod:`ai_guard.integrations._payload`).

A value the caller encoded reads as noise to every detector: ``Tmd1eeG7hW4gVsSDbiBBbg==`` is
a name, ``4e677579...`` too. :func:`hidden` finds, in one text, what it says once decoded:

- base64 and base64url runs (12 characters or more; lines an encoder wrapped are joined),
  hexadecimal runs (16 digits or more), each kept when it decodes to UTF-8 text;
- percent-encoding (``Nguy%E1%BB%85n``, a ``data:text/plain,...`` URL), HTML character
  references (``Nguy&#7877;n``), ``\\u``/``\\x`` escapes outside JSON, quoted-printable;
- a gzip or zlib stream among those bytes is inflated and read (any length);
- what those decode to is read again (base64 of percent-encoding ...), twice at most.

The reader checks each decoded text with the rest of the request; one that would need a
redaction is refused (nothing can be redacted inside an encoding). A long run that decodes
to no text (256 bytes or more: a file, not an id) is looked at: an image, a sound or a video
is media, a PDF or a Word file a document (the reader vets both as it does inline ones), a
public SSH key passes; anything else is :data:`BINARY`, refused.
"""

from __future__ import annotations

import base64
import binascii
import html
import json
import quopri
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import unquote, unquote_plus

from ai_guard.detectors.key_disguises import _wrapped_block

__all__ = ["BINARY", "Binary", "hidden"]

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

#: The word for what was encoded, in a refusal (the same in both languages)
BINARY = "binary"


@dataclass(frozen=True)
class Binary:
    """A run that decodes to no text: ``kind`` is ``media`` (``media_type`` says which),
    ``document`` (``raw`` the file), or :data:`BINARY` (unknown: refused)."""

    kind: str
    media_type: str
    raw: bytes
    encoding: str


def hidden(
    text: str, binaries: list[Binary] | None = None, *, depth: int = 0
) -> Iterator[tuple[str, str]]:
    """``(encoding, decoded text)`` for each encoded text inside ``text``, in order; each long
    run that decodes to no text is added to ``binaries`` (see the module)."""
    found: list[tuple[str, str]] = []
    runs: list[Binary] = [] if binaries is None else binaries
    # one byte a character, its code's low byte (UTF-32's first; "ascii" with "replace" cost
    # twice as much on Vietnamese text): a letter beyond ASCII may look like a run's (U+0169
    # "ũ" like "i"), which only costs a match tried where no run is
    sketch = text.encode("utf-32-le", "surrogatepass")[::4].translate(_SKETCH)
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
        for hm in _HEX_RUN.finditer(text, pos, stop):
            _hex(hm.group(), found, runs)
        pos = sketch.find(_LONG_RUN, stop)
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
            for inner, again in hidden(decoded, runs, depth=depth + 1):
                yield f"{encoding}+{inner}", again
        elif _still_encoded(decoded):
            # encoded deeper than is decoded here: what it hides would go out unread
            runs.append(Binary(BINARY, "", decoded.encode("utf-8", "surrogatepass"), encoding))


def _still_encoded(text: str) -> bool:
    """Whether a text decoded as deep as :data:`_DEPTH` allows still holds an encoded text or
    a long binary run (read once more, not decoded further)."""
    binaries: list[Binary] = []
    return next(hidden(text, binaries, depth=_DEPTH + 1), None) is not None or bool(binaries)


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
    if decoded is not None:
        found.append((encoding, decoded))
    elif len(raw) >= _BINARY_BYTES:
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
    (
        b"PK\x03\x04",
        "document",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
)


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
