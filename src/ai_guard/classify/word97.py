"""Read a legacy Word document (``.doc``, Word 97 to 2003: the binary format agencies still
exchange) into text, with the standard library only.

The file is a compound file (:mod:`ai_guard.classify.ole`). Its ``WordDocument`` stream starts
with the file information block (FIB), which says which table stream (``0Table`` or
``1Table``) holds the piece table: the list of pieces of text, each either 8-bit (Windows-1252)
or UTF-16, in character-position order. Every piece is read, so the text holds the body, then
the footnotes, headers and footers, comments, endnotes and text boxes (Word stores them after
the body in the same character space), and deleted text a revision kept. Field codes are kept
beside their results (a ``HYPERLINK "mailto:..."`` leaves with the file). Table cells become
tabs and rows lines; the summary information's title, subject, keywords and comments follow.

What cannot be vouched for is refused with a :class:`~ai_guard.classify.ole.CompoundFileError` the
caller turns into a bilingual error: an encrypted document, a Word 6/95 file (another format),
an embedded object (a storage under ``ObjectPool``).
"""

from __future__ import annotations

import re
import struct

from ai_guard.classify.ole import (
    CompoundFile,
    CompoundFileError,
    office_art_pictures,
    summary_properties,
)

__all__ = ["EmbeddedObjectError", "EncryptedError", "TooOldError", "doc_images", "doc_text"]


class TooOldError(CompoundFileError):
    """A Word 6 or Word 95 file: a FIB this reader does not know."""


class EncryptedError(CompoundFileError):
    """A document protected by a password (or obfuscated)."""


class EmbeddedObjectError(CompoundFileError):
    """A document carrying an embedded object (its name is the message)."""


#: the smallest FIB version of Word 97 and later
_WORD97 = 0x00C1
#: where the FIB's 64-bit (fc, lcb) pairs begin for the fields read here, counted in pairs
_CLX, _DGG_INFO = 33, 50

#: Word's control characters in the text stream, as text: paragraph and line ends, page and
#: section breaks, a non-breaking hyphen; the marks of footnote and comment references,
#: pictures and drawn objects, and field delimiters become nothing or a space
_CONTROLS = str.maketrans(
    {
        "\r": "\n",
        "\x0b": "\n",
        "\x0c": "\n",
        "\x0e": "\n",
        "\x1e": "-",
        "\x1f": "",
        "\x01": "",
        "\x02": "",
        "\x03": "",
        "\x04": "",
        "\x05": "",
        "\x08": "",
        "\x13": " ",
        "\x14": " ",
        "\x15": " ",
    }
)
#: two or more cell marks in a row close a table row (the last cell's mark, then the row's)
_ROW_END = re.compile("\x07{2,}")


def _fib(stream: bytes) -> tuple[int, int, int]:
    """The FIB's flags, where its (fc, lcb) pairs begin, and how many there are."""
    if len(stream) < 34:
        raise CompoundFileError("the WordDocument stream is cut short")
    ident, version = struct.unpack_from("<HH", stream, 0)
    if ident != 0xA5EC:
        raise CompoundFileError("no Word FIB")
    if version < _WORD97:
        raise TooOldError(f"nFib {version}")
    flags = struct.unpack_from("<H", stream, 10)[0]
    at = 32
    words = struct.unpack_from("<H", stream, at)[0]
    at += 2 + words * 2
    longs = struct.unpack_from("<H", stream, at)[0]
    at += 2 + longs * 4
    pairs = struct.unpack_from("<H", stream, at)[0]
    at += 2
    if at + pairs * 8 > len(stream):
        raise CompoundFileError("the FIB is cut short")
    return flags, at, pairs


def _pair(stream: bytes, base: int, pairs: int, index: int) -> tuple[int, int]:
    if index >= pairs:
        return 0, 0
    fc, lcb = struct.unpack_from("<II", stream, base + index * 8)
    return int(fc), int(lcb)


def _streams(compound: CompoundFile) -> tuple[bytes, bytes, int, int]:
    if not compound.has("WordDocument"):
        raise CompoundFileError("no WordDocument stream")
    for storage in compound.storages():
        if storage.startswith("ObjectPool/"):
            raise EmbeddedObjectError(storage.split("/", 1)[1])
    main = compound.stream("WordDocument")
    flags, base, pairs = _fib(main)
    if flags & 0x0100 or flags & 0x8000:
        raise EncryptedError("fEncrypted")
    table_name = "1Table" if flags & 0x0200 else "0Table"
    if not compound.has(table_name):
        raise CompoundFileError(f"no {table_name} stream")
    return main, compound.stream(table_name), base, pairs


def _pieces(main: bytes, table: bytes, base: int, pairs: int) -> list[str]:
    """The text of every piece of the piece table, in character-position order."""
    fc, lcb = _pair(main, base, pairs, _CLX)
    if lcb <= 0 or fc + lcb > len(table):
        raise CompoundFileError("no piece table")
    clx = table[fc : fc + lcb]
    at = 0
    while at < len(clx) and clx[at] == 0x01:  # property modifiers before the piece table
        if at + 3 > len(clx):
            raise CompoundFileError("the piece table is cut short")
        at += 3 + struct.unpack_from("<H", clx, at + 1)[0]
    if at + 5 > len(clx) or clx[at] != 0x02:
        raise CompoundFileError("no piece table")
    size = struct.unpack_from("<I", clx, at + 1)[0]
    plc = clx[at + 5 : at + 5 + size]
    if len(plc) < size or size < 4 or (size - 4) % 12:
        raise CompoundFileError("the piece table is cut short")
    count = (size - 4) // 12
    positions = struct.unpack_from(f"<{count + 1}I", plc, 0)
    texts: list[str] = []
    for index in range(count):
        start, end = positions[index], positions[index + 1]
        if end < start:
            raise CompoundFileError("the piece table goes backwards")
        descriptor = 4 * (count + 1) + 8 * index
        offset = struct.unpack_from("<I", plc, descriptor + 2)[0]
        length = end - start
        if offset & 0x40000000:  # 8-bit text, Windows-1252, at half the offset
            at_byte = (offset & 0x3FFFFFFF) // 2
            raw = main[at_byte : at_byte + length]
            if len(raw) < length:
                raise CompoundFileError("a piece leaves the stream")
            texts.append(raw.decode("cp1252", "replace"))
        else:
            raw = main[offset : offset + 2 * length]
            if len(raw) < 2 * length:
                raise CompoundFileError("a piece leaves the stream")
            texts.append(raw.decode("utf-16-le", "replace"))
    return texts


def doc_text(data: bytes) -> str:
    """The text of a ``.doc`` file's bytes (body, notes, headers and footers, comments, text
    boxes, then the summary properties). Raises :class:`CompoundFileError` (or one of its kinds)."""
    compound = CompoundFile(data)
    main, table, base, pairs = _streams(compound)
    text = "".join(_pieces(main, table, base, pairs))
    text = _ROW_END.sub("\n", text).replace("\x07", "\t").translate(_CONTROLS)
    lines = [line.rstrip() for line in text.split("\n")]
    body = "\n".join(lines).strip("\n")
    carried = summary_properties(compound)
    return "\n".join([body, *carried]) if carried else body


def doc_images(data: bytes) -> int:
    """How many pictures a ``.doc`` carries: pictures inline in the text (a ``\\x01`` mark
    each) and pictures in the drawing layer's store (a BSE record each); 0 when the file
    cannot be parsed (reading it says why)."""
    try:
        compound = CompoundFile(data)
        main, table, base, pairs = _streams(compound)
        inline = sum(piece.count("\x01") for piece in _pieces(main, table, base, pairs))
        fc, lcb = _pair(main, base, pairs, _DGG_INFO)
        art = table[fc : fc + lcb] if lcb > 0 and fc + lcb <= len(table) else b""
        stored = office_art_pictures(art)
    except (CompoundFileError, struct.error):
        return 0
    return inline + stored
