"""Read a legacy Excel workbook (``.xls``, Excel 97 to 2003, BIFF8) into text, with the
standard library only.

The file is a compound file (:mod:`ai_guard.classify.ole`) whose ``Workbook`` stream is a
sequence of records: the workbook's globals (the sheets' names, the shared strings, the cell
formats), then one substream per sheet (its cells). Every sheet is read, hidden ones too (a
hidden sheet leaves with the file), each under a line with its name, row by row with the cells
separated by tabs as a sheet copied from Excel reads. A number shows as Excel shows it in
General format but whole (``912345678``, not ``9.12E+08``: an identifier that lost its
leading zero keeps every digit); a cell formatted as a date shows as ``dd/mm/yyyy`` (a date of
birth stays a date). Then the cells' notes and text boxes, the sheets' headers and footers,
and the title, subject, keywords and comments of the summary information.

Refused with a :class:`~ai_guard.classify.ole.CompoundFileError`: an encrypted workbook, an Excel
5/95 file (BIFF5, another string format), an embedded object (an ``MBD...`` storage).
"""

from __future__ import annotations

import datetime as dt
import re
import struct
from collections.abc import Iterator

from ai_guard.classify.ole import (
    CompoundFile,
    CompoundFileError,
    office_art_pictures,
    summary_properties,
)
from ai_guard.classify.word97 import EmbeddedObjectError, EncryptedError, TooOldError

__all__ = ["MAX_GAP", "excel_date", "is_date_format", "number_text", "xls_images", "xls_text"]

_BOF, _EOF, _CONTINUE = 0x0809, 0x000A, 0x003C
_FILEPASS, _BOUNDSHEET, _SST, _DATEMODE = 0x002F, 0x0085, 0x00FC, 0x0022
_XF, _FORMAT, _HEADER, _FOOTER, _TXO = 0x00E0, 0x041E, 0x0014, 0x0015, 0x01B6
_LABELSST, _LABEL, _RSTRING, _NUMBER, _RK, _MULRK = 0x00FD, 0x0204, 0x00D6, 0x0203, 0x027E, 0x00BD
_FORMULA, _STRING, _BOOLERR, _DRAWING_GROUP = 0x0006, 0x0207, 0x0205, 0x00EB
_HLINK = 0x01B8
#: a hyperlink's address and text, stored as UTF-16 strings among its monikers' bytes
_WIDE_RUN = re.compile(rb"(?:[\x20-\x7e\xa0-\xff]\x00|[\x00-\xff][\x01\x03\x1e])+")
#: the most columns one row is padded to (a stray cell at column 255 does not fill a line
#: with 255 tabs)
MAX_GAP = 64
#: the built-in number formats that show a date
_DATE_FORMATS = frozenset((14, 15, 16, 17, 22, 45, 46, 47, *range(27, 37), *range(50, 59)))
#: a custom format shows a date when a day, month or year code stands outside quotes and
#: brackets (``dd/mm/yyyy``, ``[$-42A]d mmmm yyyy``); ``0.00``, ``#,##0`` do not
_DATE_CODE = re.compile(r"[dmyDMY]")
_QUOTED = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')


def _records(stream: bytes) -> Iterator[tuple[int, int, bytes]]:
    """(offset, type, data) of each record of a BIFF stream."""
    at = 0
    while at + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, at)
        data = stream[at + 4 : at + 4 + length]
        if len(data) < length:
            raise CompoundFileError("a record is cut short")
        yield at, kind, data
        at += 4 + length


class _Chunks:
    """A record and its CONTINUE records read as one, where a string's characters crossing
    into the next record start again with a flags byte (8-bit or UTF-16)."""

    def __init__(self, parts: list[bytes]) -> None:
        self._parts = parts
        self._index = 0
        self._at = 0

    def _advance(self) -> None:
        while self._index < len(self._parts) and self._at >= len(self._parts[self._index]):
            self._index += 1
            self._at = 0
        if self._index >= len(self._parts):
            raise CompoundFileError("a string runs past its record")

    def take(self, count: int) -> bytes:
        out = bytearray()
        while len(out) < count:
            self._advance()
            part = self._parts[self._index]
            piece = part[self._at : self._at + count - len(out)]
            out += piece
            self._at += len(piece)
        return bytes(out)

    def chars(self, count: int, wide: bool) -> str:
        out: list[str] = []
        while count > 0:
            if self._at >= len(self._parts[self._index]):
                self._index += 1
                self._at = 0
                if self._index >= len(self._parts):
                    raise CompoundFileError("a string runs past its record")
                wide = bool(self._parts[self._index][0] & 1)
                self._at = 1
            part = self._parts[self._index]
            width = 2 if wide else 1
            take = min(count, (len(part) - self._at) // width)
            if take == 0:
                raise CompoundFileError("a character splits across records")
            raw = part[self._at : self._at + take * width]
            out.append(raw.decode("utf-16-le" if wide else "latin-1", "replace"))
            self._at += take * width
            count -= take
        return "".join(out)

    def string(self, long_count: bool = True) -> str:
        """An XLUnicodeRichExtendedString (the shared strings' form)."""
        count = struct.unpack("<H" if long_count else "<B", self.take(2 if long_count else 1))[0]
        flags = self.take(1)[0]
        runs = struct.unpack("<H", self.take(2))[0] if flags & 0x08 else 0
        extra = struct.unpack("<i", self.take(4))[0] if flags & 0x04 else 0
        text = self.chars(count, bool(flags & 0x01))
        self.take(4 * runs + max(0, extra))
        return text


def _unicode_string(data: bytes, at: int, long_count: bool = True) -> str:
    """An XLUnicodeString inside one record (a LABEL, a STRING, a sheet's name, a header)."""
    return _Chunks([data[at:]]).string(long_count)


def _rk(value: int) -> float:
    """An RK number: a 30-bit integer or the high bits of a double, maybe divided by 100."""
    if value & 0x02:
        number = float(value >> 2 if not value & 0x80000000 else (value >> 2) - (1 << 30))
    else:
        number = struct.unpack("<d", struct.pack("<Q", (value & 0xFFFFFFFC) << 32))[0]
    return number / 100 if value & 0x01 else number


def is_date_format(format_id: int, custom: dict[int, str]) -> bool:
    """Whether a cell's number format (a built-in id, or a custom code by its id) shows a
    date, in Excel's two formats alike (.xls and .xlsx share the ids)."""
    if format_id in _DATE_FORMATS:
        return True
    code = custom.get(format_id)
    if code is None or code.lower() == "general":
        return False
    return bool(_DATE_CODE.search(_QUOTED.sub("", code)))


def number_text(value: float, date: bool, date1904: bool) -> str:
    """A cell's number as text: ``dd/mm/yyyy`` (with the time when it has one) when its format
    shows a date, else whole when it is (``912345678``, an identifier keeps every digit),
    else as Python writes it."""
    if date:
        day = excel_date(value, date1904)
        if day is not None:
            return day
    if value.is_integer() and abs(value) < 1e17:
        return str(int(value))
    return repr(value)


def excel_date(serial: float, date1904: bool) -> str | None:
    """An Excel date serial as ``dd/mm/yyyy`` (``dd/mm/yyyy HH:MM`` with a time), or None when
    it is no date Excel shows."""
    if not 0 < serial < 2958466:
        return None
    if date1904:
        base = dt.datetime(1904, 1, 1)
    else:  # Excel counts 29 February 1900, which never was
        base = dt.datetime(1899, 12, 30) if serial >= 61 else dt.datetime(1899, 12, 31)
    moment = base + dt.timedelta(days=serial)
    if moment.hour or moment.minute:
        return moment.strftime("%d/%m/%Y %H:%M")
    return moment.strftime("%d/%m/%Y")


class _Book:
    def __init__(self, stream: bytes) -> None:
        self.stream = stream
        self.shared: list[str] = []
        self.sheets: list[tuple[int, str]] = []
        self.formats: dict[int, str] = {}
        self.xf_formats: list[int] = []
        self.date1904 = False
        self.carried: list[str] = []
        self.drawing: list[bytes] = []

    def number(self, value: float, xf: int) -> str:
        fmt = self.xf_formats[xf] if xf < len(self.xf_formats) else 0
        return number_text(value, is_date_format(fmt, self.formats), self.date1904)


def _globals(book: _Book) -> None:
    records = list(_records(book.stream))
    if not records or records[0][1] != _BOF:
        raise CompoundFileError("no BOF record")
    version = struct.unpack_from("<H", records[0][2], 0)[0] if len(records[0][2]) >= 2 else 0
    if version != 0x0600:
        raise TooOldError(f"BIFF version {version:#x}")
    index = 1
    while index < len(records):
        _, kind, data = records[index]
        index += 1
        if kind == _EOF:
            break
        if kind == _FILEPASS:
            raise EncryptedError("FILEPASS")
        if kind == _BOUNDSHEET and len(data) >= 8:
            offset = struct.unpack_from("<I", data, 0)[0]
            book.sheets.append((offset, _unicode_string(data, 6, False)))
        elif kind == _DATEMODE and len(data) >= 2:
            book.date1904 = struct.unpack_from("<H", data, 0)[0] == 1
        elif kind == _FORMAT and len(data) >= 5:
            book.formats[struct.unpack_from("<H", data, 0)[0]] = _unicode_string(data, 2)
        elif kind == _XF and len(data) >= 4:
            book.xf_formats.append(struct.unpack_from("<H", data, 2)[0])
        elif kind in (_SST, _DRAWING_GROUP):
            parts = [data]
            while index < len(records) and records[index][1] == _CONTINUE:
                parts.append(records[index][2])
                index += 1
            if kind == _DRAWING_GROUP:
                book.drawing.append(b"".join(parts))
                continue
            total = struct.unpack_from("<I", data, 4)[0] if len(data) >= 8 else 0
            chunks = _Chunks(parts)
            chunks.take(8)
            for _ in range(min(total, 1 << 22)):
                book.shared.append(chunks.string())


def _sheet(book: _Book, offset: int) -> list[str]:
    """The rows of the sheet whose BOF is at ``offset``, then its notes, text boxes, header
    and footer go to ``book.carried``."""
    cells: dict[int, dict[int, str]] = {}

    def put(row: int, col: int, text: str) -> None:
        if text != "":
            cells.setdefault(row, {})[col] = text

    pending: tuple[int, int] | None = None  # a formula whose string result follows
    records = _records(book.stream[offset:])
    first = next(records, None)
    if first is None or first[1] != _BOF:
        raise CompoundFileError("a sheet's BOF is missing")
    box_chars = 0  # the characters of a note's or text box's text still to read
    box: list[str] = []
    for _, kind, data in records:
        if kind == _EOF:
            break
        if kind == _CONTINUE:
            if box_chars and data:
                wide = bool(data[0] & 1)
                width = 2 if wide else 1
                take = min(box_chars, (len(data) - 1) // width)
                box.append(data[1 : 1 + take * width].decode("utf-16-le" if wide else "latin-1"))
                box_chars -= take
                if not box_chars:
                    book.carried.append("".join(box))
                    box = []
            continue  # the formatting runs after a text box's text, or a cell's overflow
        if box:
            book.carried.append("".join(box))
        box_chars, box = 0, []
        if len(data) < 6 and kind not in (_HEADER, _FOOTER, _STRING, _TXO):
            continue
        if kind == _LABELSST and len(data) >= 10:
            row, col, _, index = struct.unpack_from("<HHHI", data, 0)
            put(row, col, book.shared[index] if index < len(book.shared) else "")
        elif kind in (_LABEL, _RSTRING):
            row, col = struct.unpack_from("<HH", data, 0)
            put(row, col, _unicode_string(data, 6))
        elif kind == _NUMBER and len(data) >= 14:
            row, col, xf = struct.unpack_from("<HHH", data, 0)
            put(row, col, book.number(struct.unpack_from("<d", data, 6)[0], xf))
        elif kind == _RK and len(data) >= 10:
            row, col, xf, value = struct.unpack_from("<HHHI", data, 0)
            put(row, col, book.number(_rk(value), xf))
        elif kind == _MULRK:
            row, col = struct.unpack_from("<HH", data, 0)
            for at in range(4, len(data) - 2 - 5, 6):
                xf, value = struct.unpack_from("<HI", data, at)
                put(row, col, book.number(_rk(value), xf))
                col += 1
        elif kind == _FORMULA and len(data) >= 14:
            row, col, xf = struct.unpack_from("<HHH", data, 0)
            result = data[6:14]
            if result[6:8] == b"\xff\xff":
                if result[0] == 0:
                    pending = (row, col)
                elif result[0] == 1:
                    put(row, col, "TRUE" if result[2] else "FALSE")
            else:
                put(row, col, book.number(struct.unpack("<d", result)[0], xf))
        elif kind == _STRING and pending is not None:
            put(pending[0], pending[1], _unicode_string(data, 0))
            pending = None
        elif kind == _BOOLERR and len(data) >= 8:
            row, col = struct.unpack_from("<HH", data, 0)
            if not data[7]:
                put(row, col, "TRUE" if data[6] else "FALSE")
        elif kind in (_HEADER, _FOOTER) and len(data) >= 3:
            text = _unicode_string(data, 0)
            if text.strip():
                book.carried.append(text.strip())
        elif kind == _HLINK:
            for run in _WIDE_RUN.findall(data[8:]):
                text = run[: len(run) // 2 * 2].decode("utf-16-le", "replace").strip("\0 ")
                if len(text) >= 4:
                    book.carried.append(text)
        elif kind == _TXO and len(data) >= 12:
            box_chars = struct.unpack_from("<H", data, 10)[0]
    lines: list[str] = []
    for row in sorted(cells):
        values = cells[row]
        line: list[str] = []
        last = -1
        for col in sorted(values):
            line.extend([""] * min(col - last - 1, MAX_GAP))
            line.append(values[col].replace("\n", " ").replace("\t", " "))
            last = col
        lines.append("\t".join(line))
    return lines


def _book(data: bytes) -> tuple[CompoundFile, _Book]:
    compound = CompoundFile(data)
    for storage in compound.storages():
        if storage.startswith(("MBD", "ObjectPool")):
            raise EmbeddedObjectError(storage)
    name = "Workbook" if compound.has("Workbook") else "Book" if compound.has("Book") else None
    if name is None:
        raise CompoundFileError("no Workbook stream")
    if name == "Book":
        raise TooOldError("BIFF5")
    book = _Book(compound.stream(name))
    _globals(book)
    return compound, book


def xls_text(data: bytes) -> str:
    """The text of an ``.xls`` file's bytes. Raises :class:`CompoundFileError` (or its kinds)."""
    compound, book = _book(data)
    out: list[str] = []
    try:
        for offset, name in book.sheets:
            out.append(name)
            out.extend(_sheet(book, offset))
    except struct.error:
        raise CompoundFileError("a record is cut short") from None
    carried = [text.strip() for text in book.carried if text.strip()]
    return "\n".join(out + carried + summary_properties(compound))


def xls_images(data: bytes) -> int:
    """How many pictures an ``.xls`` carries (its drawing group's store); 0 when it cannot be
    parsed (reading it says why)."""
    try:
        _, book = _book(data)
    except (CompoundFileError, struct.error):
        return 0
    return sum(office_art_pictures(part) for part in book.drawing)
