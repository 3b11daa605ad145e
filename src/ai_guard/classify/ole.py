"""Read an OLE2 compound file (the container of legacy Office files: ``.doc``, ``.xls``), with
the standard library only.

A compound file is a small file system inside a file: 512-byte (or 4,096-byte) sectors chained
by a file allocation table (FAT), a directory of named streams and storages, and a mini
stream for the streams under 4,096 bytes. :class:`CompoundFile` opens one from bytes and hands
out its streams by path (``"WordDocument"``, ``"1Table"``, ``"ObjectPool/_1234/\\x01Ole"``).

Every structure read is checked: a chain that loops, a sector past the end of the file, a
directory entry that points outside it raise :class:`CompoundFileError`, which the readers turn into
the bilingual error naming the file. :func:`summary_properties` reads the title, subject,
keywords and comments of a document's summary information (not its author: the sender's own
name).
"""

from __future__ import annotations

import struct
import unicodedata
from dataclasses import dataclass

__all__ = [
    "CompoundFile",
    "CompoundFileError",
    "is_compound",
    "office_art_pictures",
    "summary_properties",
]

#: the first eight bytes of every compound file
MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: the sector numbers that end a chain or mark a sector as free or part of the FAT itself
_END_OF_CHAIN = 0xFFFFFFFE
_SPECIAL = 0xFFFFFFFA
#: the most streams a directory may hold, and the most bytes a file may claim unpacked
_MAX_ENTRIES = 100_000
_MAX_STREAM = 256 * 1024 * 1024


class CompoundFileError(ValueError):
    """The bytes are not a well-formed compound file (the message says what is wrong)."""


def is_compound(data: bytes) -> bool:
    """Whether ``data`` begins as a compound file does."""
    return data[:8] == MAGIC


@dataclass(frozen=True)
class _Entry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    left: int
    right: int
    child: int
    start: int
    size: int


class CompoundFile:
    """The streams of a compound file, by their path from the root (``/`` between storages)."""

    def __init__(self, data: bytes) -> None:
        if len(data) < 512 or not is_compound(data):
            raise CompoundFileError("not a compound file")
        self._data = data
        (minor, major, order, sector_shift, mini_shift) = struct.unpack_from("<HHHHH", data, 24)
        if order != 0xFFFE or sector_shift not in (9, 12) or mini_shift != 6:
            raise CompoundFileError("bad header")
        self._sector = 1 << sector_shift
        self._mini = 1 << mini_shift
        fields = struct.unpack_from("<IIIIII", data, 44)
        fat_sectors, first_dir, _, self._cutoff, first_minifat, minifat_sectors = fields
        first_difat, difat_sectors = struct.unpack_from("<II", data, 68)
        del minor, major, minifat_sectors
        sectors = self._difat(first_difat, difat_sectors, fat_sectors)
        fat: list[int] = []
        for sector in sectors:
            fat.extend(struct.unpack_from(f"<{self._sector // 4}I", self._sector_bytes(sector)))
        self._fat = fat
        self._entries = self._directory(self._chain(first_dir, self._fat))
        root = self._entries[0]
        if root.kind != 5:
            raise CompoundFileError("no root entry")
        self._ministream = self._read_chain(root.start, self._fat, root.size)
        minifat_bytes = (
            self._read_chain(first_minifat, self._fat, None) if first_minifat < _SPECIAL else b""
        )
        self._minifat = list(struct.unpack(f"<{len(minifat_bytes) // 4}I", minifat_bytes))
        self._paths = self._walk()

    def _sector_bytes(self, sector: int) -> bytes:
        offset = (sector + 1) * self._sector
        if sector >= _SPECIAL or offset + self._sector > len(self._data) + self._sector:
            raise CompoundFileError(f"sector {sector} past the end of the file")
        chunk = self._data[offset : offset + self._sector]
        return chunk.ljust(self._sector, b"\0")  # a last sector cut short is padded

    def _difat(self, first: int, count: int, fat_sectors: int) -> list[int]:
        sectors = list(struct.unpack_from("<109I", self._data, 76))
        sector, seen = first, 0
        while sector < _SPECIAL:
            if seen > max(count, len(self._data) // self._sector):
                raise CompoundFileError("the DIFAT chain loops")
            values = struct.unpack_from(f"<{self._sector // 4}I", self._sector_bytes(sector))
            sectors.extend(values[:-1])
            sector = values[-1]
            seen += 1
        found = [s for s in sectors if s < _SPECIAL]
        if len(found) < fat_sectors:
            raise CompoundFileError("the FAT is cut short")
        return found[:fat_sectors]

    def _chain(self, start: int, table: list[int]) -> list[int]:
        chain: list[int] = []
        sector = start
        while sector != _END_OF_CHAIN:
            if sector >= len(table) or len(chain) > len(table):
                raise CompoundFileError("a sector chain loops or leaves the table")
            chain.append(sector)
            sector = table[sector]
        return chain

    def _read_chain(self, start: int, table: list[int], size: int | None) -> bytes:
        if start == _END_OF_CHAIN or (size == 0):
            return b""
        chunks = [self._sector_bytes(sector) for sector in self._chain(start, table)]
        data = b"".join(chunks)
        return data if size is None else data[:size]

    def _directory(self, chain: list[int]) -> list[_Entry]:
        raw = b"".join(self._sector_bytes(sector) for sector in chain)
        entries: list[_Entry] = []
        for offset in range(0, min(len(raw), _MAX_ENTRIES * 128), 128):
            record = raw[offset : offset + 128]
            length = struct.unpack_from("<H", record, 64)[0]
            name = record[: max(0, min(length, 64) - 2)].decode("utf-16-le", "replace")
            kind = record[66]
            left, right, child = struct.unpack_from("<III", record, 68)
            start, size = struct.unpack_from("<IQ", record, 116)
            if self._sector == 512:
                size &= 0xFFFFFFFF  # version 3 files: the high half is undefined
            entries.append(_Entry(name, kind, left, right, child, start, size))
        if not entries:
            raise CompoundFileError("empty directory")
        return entries

    def _walk(self) -> dict[str, _Entry]:
        paths: dict[str, _Entry] = {}
        pending: list[tuple[int, str]] = [(self._entries[0].child, "")]
        visited: set[int] = set()
        while pending:
            index, prefix = pending.pop()
            if index >= _SPECIAL:
                continue
            if index >= len(self._entries) or index in visited:
                raise CompoundFileError("the directory tree loops or points outside it")
            visited.add(index)
            entry = self._entries[index]
            path = prefix + entry.name
            if entry.kind in (1, 2):
                paths[path] = entry
            pending.append((entry.left, prefix))
            pending.append((entry.right, prefix))
            if entry.kind == 1:
                pending.append((entry.child, path + "/"))
        return paths

    def paths(self) -> list[str]:
        """Every stream's and storage's path, sorted."""
        return sorted(self._paths)

    def storages(self) -> list[str]:
        """The storages' paths (an embedded object is a storage under ``ObjectPool``)."""
        return sorted(path for path, entry in self._paths.items() if entry.kind == 1)

    def has(self, path: str) -> bool:
        return path in self._paths and self._paths[path].kind == 2

    def stream(self, path: str) -> bytes:
        """The bytes of the stream at ``path``; :class:`KeyError` when there is none."""
        entry = self._paths.get(path)
        if entry is None or entry.kind != 2:
            raise KeyError(path)
        if entry.size > _MAX_STREAM:
            raise CompoundFileError(f"stream {path!r} claims {entry.size} bytes")
        if entry.size < self._cutoff:
            chain = self._chain(entry.start, self._minifat) if entry.size else []
            data = b"".join(
                self._ministream[sector * self._mini : (sector + 1) * self._mini]
                for sector in chain
            )
            if len(data) < entry.size:
                raise CompoundFileError(f"stream {path!r} is cut short")
            return data[: entry.size]
        data = self._read_chain(entry.start, self._fat, entry.size)
        if len(data) < entry.size:
            raise CompoundFileError(f"stream {path!r} is cut short")
        return data


#: the summary information's properties that hold a document's own words: title, subject,
#: keywords, comments (not the author (4) nor the last author (8): the sender's own name)
_SUMMARY_IDS = (2, 3, 5, 6)


def summary_properties(compound: CompoundFile) -> list[str]:
    """The title, subject, keywords and comments of the ``\\x05SummaryInformation`` stream,
    in that order, the empty ones left out; [] when the stream is absent."""
    name = "\x05SummaryInformation"
    if not compound.has(name):
        return []
    data = compound.stream(name)
    if len(data) < 48:
        return []
    section = struct.unpack_from("<I", data, 44)[0]
    if section + 8 > len(data):
        raise CompoundFileError("summary information cut short")
    count = struct.unpack_from("<I", data, section + 4)[0]
    offsets: dict[int, int] = {}
    for index in range(min(count, 256)):
        at = section + 8 + index * 8
        if at + 8 > len(data):
            raise CompoundFileError("summary information cut short")
        pid, offset = struct.unpack_from("<II", data, at)
        offsets[pid] = section + offset
    codepage = 1252
    if 1 in offsets and offsets[1] + 6 <= len(data):
        kind, value = struct.unpack_from("<Ih", data, offsets[1])
        if kind & 0xFFFF == 2:
            codepage = value & 0xFFFF
    values: list[str] = []
    for pid in _SUMMARY_IDS:
        at = offsets.get(pid)
        if at is None or at + 8 > len(data):
            continue
        kind, length = struct.unpack_from("<II", data, at)
        raw = data[at + 8 : at + 8 + min(length, 1 << 20)]
        if kind & 0xFFFF == 0x1E:  # VT_LPSTR, in the set's code page
            text = _decode_codepage(raw.split(b"\0", 1)[0], codepage)
        elif kind & 0xFFFF == 0x1F:  # VT_LPWSTR, a count of UTF-16 units
            text = data[at + 8 : at + 8 + 2 * length].decode("utf-16-le", "replace")
            text = text.split("\0", 1)[0]
        else:
            continue
        if text.strip():
            values.append(text.strip())
    return values


def _decode_codepage(raw: bytes, codepage: int) -> str:
    """Bytes in a Windows code page (1200 is UTF-16, 65001 UTF-8); unknown pages read as 1252
    (a legacy Vietnamese font's bytes then show as its mojibake, which the reader converts)."""
    if codepage == 1200:
        return raw.decode("utf-16-le", "replace")
    if codepage == 65001:
        return raw.decode("utf-8", "replace")
    try:
        text = raw.decode(f"cp{codepage}", "replace")
    except LookupError:
        return raw.decode("cp1252", "replace")
    return unicodedata.normalize("NFC", text) if codepage == 1258 else text


def office_art_pictures(art: bytes) -> int:
    """How many pictures an OfficeArt record tree (a drawing layer's store: Word's DggInfo,
    Excel's MSODRAWINGGROUP) holds: a BSE record (0xF007) each."""
    count = 0
    at = 0
    while at + 8 <= len(art):
        version_instance, kind, length = struct.unpack_from("<HHI", art, at)
        if kind == 0xF007:
            count += 1
        if version_instance & 0x000F == 0x000F:  # a container: its records follow
            at += 8
        else:
            at += 8 + length
    return count
