"""Builders of small office files for the readers' tests, written from the formats'
specifications: an OLE2 compound file (with its mini stream), a Word 97 ``.doc``, an Excel 97
``.xls`` (BIFF8, shared strings split by CONTINUE records), RTF, OpenDocument and ``.pptx``
packages. Each holds only what the reader needs, laid out as Office lays it out."""

from __future__ import annotations

import io
import struct
import unicodedata
import zipfile
from collections.abc import Sequence

SECTOR = 512
MINI = 64
CUTOFF = 4096
FREE, END, FAT_SECTOR = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD


def compound(
    streams: dict[str, bytes], storages: Sequence[str] = (), cut_difat: bool = False
) -> bytes:
    """A version 3 compound file holding ``streams`` at the root (a name ``"Storage/child"``
    puts the child in that storage) and the empty ``storages`` named."""
    fat: list[int] = []
    body = bytearray()

    def place(data: bytes) -> int:
        if not data:
            return END
        start = len(fat)
        count = -(-len(data) // SECTOR)
        for index in range(count):
            fat.append(start + index + 1 if index + 1 < count else END)
        body.extend(data.ljust(count * SECTOR, b"\0"))
        return start

    # small streams go to the mini stream, chained by the mini FAT
    mini = bytearray()
    minifat: list[int] = []
    entries: list[tuple[str, int, int, int]] = []  # name, kind, start, size
    for name, data in streams.items():
        if len(data) < CUTOFF:
            start = len(minifat) if data else END
            count = -(-len(data) // MINI)
            for index in range(count):
                minifat.append(start + index + 1 if index + 1 < count else END)
            mini.extend(data.ljust(count * MINI, b"\0"))
            entries.append((name, 2, start, len(data)))
        else:
            entries.append((name, 2, place(data), len(data)))
    for storage in storages:
        entries.append((storage, 1, 0, 0))
    ministream_start = place(bytes(mini))
    minifat_bytes = b"".join(struct.pack("<I", v) for v in minifat)
    minifat_start = place(minifat_bytes) if minifat_bytes else END

    # the directory: the root, then each entry, children of a storage under it, each level a
    # chain through the right sibling (a degenerate but valid red-black tree)
    names = ["Root Entry"] + [e[0] for e in entries]
    records: list[bytes] = []
    levels: dict[str, list[int]] = {"": []}
    for index, (name, kind, _, _) in enumerate(entries, start=1):
        parent, _, _ = name.rpartition("/")
        levels.setdefault(parent, []).append(index)
        if kind == 1:
            levels.setdefault(name, [])

    def entry_record(index: int) -> bytes:
        if index == 0:
            label, kind, start, size = "Root Entry", 5, ministream_start, len(mini)
            child_list = levels[""]
        else:
            full, kind, start, size = entries[index - 1]
            label = full.rpartition("/")[2]
            child_list = levels.get(full, []) if kind == 1 else []
        parent = "" if index == 0 else entries[index - 1][0].rpartition("/")[0]
        siblings = levels[parent] if index else [0]
        position = siblings.index(index) if index else 0
        right = siblings[position + 1] if index and position + 1 < len(siblings) else FREE
        child = child_list[0] if child_list else FREE
        encoded = (label + "\0").encode("utf-16-le")
        record = bytearray(128)
        record[: len(encoded)] = encoded
        struct.pack_into("<HBB", record, 64, len(encoded), kind, 1)
        struct.pack_into("<III", record, 68, FREE, right, child)
        struct.pack_into("<IQ", record, 116, start, size)
        return bytes(record)

    for index in range(len(names)):
        records.append(entry_record(index))
    directory = b"".join(records)
    directory_start = place(directory)

    # the FAT itself: enough sectors to describe every sector including its own
    fat_count = 1
    while (len(fat) + fat_count) > fat_count * (SECTOR // 4):
        fat_count += 1
    fat_start = len(fat)
    fat.extend([FAT_SECTOR] * fat_count)
    fat.extend([FREE] * (fat_count * (SECTOR // 4) - len(fat)))
    fat_bytes = b"".join(struct.pack("<I", v) for v in fat)
    body.extend(fat_bytes)

    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIII", header, 44, fat_count, directory_start, 0, CUTOFF,
                     minifat_start, -(-len(minifat_bytes) // SECTOR))  # fmt: skip
    struct.pack_into("<II", header, 68, END, 0)
    difat = [fat_start + i for i in range(fat_count)] + [FREE] * (109 - fat_count)
    if cut_difat:
        difat = [FREE] * 109
    struct.pack_into("<109I", header, 76, *difat)
    return bytes(header) + bytes(body)


def word_doc(
    pieces: Sequence[tuple[str, bool]],
    *,
    title: str | None = None,
    author: str | None = None,
    encrypted: bool = False,
    version: int = 0x00C1,
    embedded: bool = False,
) -> bytes:
    """A Word 97 ``.doc`` whose text is ``pieces``: (text, compressed) each, compressed pieces
    stored as Windows-1252 bytes, the others as UTF-16."""
    fib_size = 32 + 2 + 14 * 2 + 2 + 22 * 4 + 2 + 93 * 8
    main = bytearray(fib_size)
    struct.pack_into("<HH", main, 0, 0xA5EC, version)
    struct.pack_into("<H", main, 10, 0x0200 | (0x0100 if encrypted else 0))
    struct.pack_into("<H", main, 32, 14)
    struct.pack_into("<H", main, 32 + 2 + 28, 22)
    struct.pack_into("<H", main, 32 + 2 + 28 + 2 + 88, 93)
    positions = [0]
    descriptors = bytearray()
    for text, compressed in pieces:
        offset = len(main)
        if compressed:
            main.extend(text.encode("cp1252"))
            fc = (offset * 2) | 0x40000000
        else:
            main.extend(text.encode("utf-16-le"))
            fc = offset
        positions.append(positions[-1] + len(text))
        descriptors.extend(struct.pack("<HIH", 0, fc, 0))
    plc = b"".join(struct.pack("<I", p) for p in positions) + bytes(descriptors)
    clx = b"\x02" + struct.pack("<I", len(plc)) + plc
    table = bytes(16) + clx
    base = 32 + 2 + 28 + 2 + 88 + 2
    struct.pack_into("<II", main, base + 33 * 8, 16, len(clx))
    streams = {"WordDocument": bytes(main), "1Table": table}
    if title is not None or author is not None:
        streams["\x05SummaryInformation"] = summary_information({2: title or "", 4: author or ""})
    storages = ("ObjectPool", "ObjectPool/_1234") if embedded else ()
    if embedded:
        streams["ObjectPool/_1234/\x01Ole"] = b"\0" * 20
    return compound(streams, storages)


def summary_information(values: dict[int, str]) -> bytes:
    """A property set stream with the code page (1258, Vietnamese Windows: letters with
    their tone marks combining) and string properties by id."""
    properties: list[tuple[int, bytes]] = [(1, struct.pack("<Ih2x", 2, 1258))]
    for pid, text in values.items():
        raw = cp1258(text) + b"\0"
        raw = raw.ljust(-(-len(raw) // 4) * 4, b"\0")
        properties.append((pid, struct.pack("<II", 0x1E, len(raw)) + raw))
    header_size = 8 + 8 * len(properties)
    offsets: list[int] = []
    body = bytearray()
    for _, value in properties:
        offsets.append(header_size + len(body))
        body.extend(value)
    section = struct.pack("<II", header_size + len(body), len(properties))
    section += b"".join(
        struct.pack("<II", pid, off) for (pid, _), off in zip(properties, offsets, strict=False)
    )
    section += bytes(body)
    head = struct.pack("<HHI16sI", 0xFFFE, 0, 0x00020006, bytes(16), 1)
    head += bytes.fromhex("e0859ff2f94f6810ab9108002b27b3d9") + struct.pack("<I", 48)
    return head + section


def cp1258(text: str) -> bytes:
    """``text`` in Windows-1258: a letter it lacks precomposed is its base letter (with at most
    one of the marks it has) and the tone mark combining after it."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", char)
        for index, mark in enumerate(marks):  # the letter with the mark 1258 has precomposed
            head = unicodedata.normalize("NFC", base + mark)
            rest = "".join(marks[:index] + marks[index + 1 :])
            try:
                out += head.encode("cp1258") + rest.encode("cp1258")
                break
            except UnicodeEncodeError:
                continue
        else:  # the base letter and every mark combining (``o`` + grave for ``ò``)
            out += (base + "".join(marks)).encode("cp1258")
    return bytes(out)


def _record(kind: int, data: bytes) -> bytes:
    return struct.pack("<HH", kind, len(data)) + data


def _xl_string(text: str, long_count: bool = True) -> bytes:
    wide = any(ord(c) > 0xFF for c in text)
    raw = text.encode("utf-16-le" if wide else "latin-1")
    count = struct.pack("<H" if long_count else "<B", len(text))
    return count + bytes([1 if wide else 0]) + raw


def excel_xls(
    sheets: Sequence[tuple[str, Sequence[tuple[int, int, object]]]],
    *,
    date_format: str = "dd/mm/yyyy",
    encrypted: bool = False,
    split_strings: bool = True,
    note: str | None = None,
) -> bytes:
    """A BIFF8 workbook: ``sheets`` of (name, cells); a cell is (row, col, value): a ``str``
    goes to the shared strings, an ``int`` is an RK number, a ``float`` a NUMBER, and a
    ``("date", serial)`` tuple a NUMBER formatted with ``date_format``. With
    ``split_strings`` the shared strings cross a CONTINUE record in the middle of a string."""
    strings: list[str] = []
    for _, cells in sheets:
        for _, _, value in cells:
            if isinstance(value, str) and value not in strings:
                strings.append(value)
    sst_body = struct.pack("<II", len(strings), len(strings))
    sst_parts: list[bytes] = []
    pieces = [_xl_string(s) for s in strings]
    if split_strings and pieces:
        # the last string is cut in its characters: the CONTINUE starts with a flags byte
        last = strings[-1]
        half = len(last) // 2
        wide = any(ord(c) > 0xFF for c in last)
        first = struct.pack("<H", len(last)) + bytes([1 if wide else 0])
        first += last[:half].encode("utf-16-le" if wide else "latin-1")
        rest = bytes([1 if wide else 0]) + last[half:].encode("utf-16-le" if wide else "latin-1")
        sst_parts = [sst_body + b"".join(pieces[:-1]) + first, rest]
    else:
        sst_parts = [sst_body + b"".join(pieces)]

    def globals_(offsets: list[int]) -> bytes:
        out = _record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0, 0, 0, 0))
        if encrypted:
            out += _record(0x002F, bytes(6))
        out += _record(0x041E, struct.pack("<H", 164) + _xl_string(date_format))
        out += _record(0x00E0, struct.pack("<HH", 0, 0) + bytes(16))  # XF 0: General
        out += _record(0x00E0, struct.pack("<HH", 0, 164) + bytes(16))  # XF 1: the date
        for (name, _), offset in zip(sheets, offsets, strict=False):
            out += _record(0x0085, struct.pack("<IBB", offset, 0, 0) + _xl_string(name, False))
        out += _record(0x00FC, sst_parts[0])
        for part in sst_parts[1:]:
            out += _record(0x003C, part)
        out += _record(0x000A, b"")
        return out

    def sheet_(cells: Sequence[tuple[int, int, object]]) -> bytes:
        out = _record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010, 0, 0, 0, 0))
        for row, col, value in cells:
            if isinstance(value, str):
                index = strings.index(value)
                out += _record(0x00FD, struct.pack("<HHHI", row, col, 0, index))
            elif isinstance(value, bool):
                out += _record(0x0205, struct.pack("<HHHBB", row, col, 0, int(value), 0))
            elif isinstance(value, int):
                out += _record(0x027E, struct.pack("<HHHI", row, col, 0, (value << 2) | 2))
            elif isinstance(value, float):
                out += _record(0x0203, struct.pack("<HHHd", row, col, 0, value))
            elif isinstance(value, tuple):
                out += _record(0x0203, struct.pack("<HHHd", row, col, 1, float(value[1])))
        if note is not None:
            out += _record(0x01B6, struct.pack("<HH6sHHI", 0x0212, 0, bytes(6), len(note), 16, 0))
            out += _record(0x003C, b"\x00" + note.encode("latin-1"))
            out += _record(0x003C, bytes(16))  # the text's formatting runs
        out += _record(0x000A, b"")
        return out

    bodies = [sheet_(cells) for _, cells in sheets]
    size = len(globals_([0] * len(sheets)))
    offsets = []
    at = size
    for body in bodies:
        offsets.append(at)
        at += len(body)
    stream = globals_(offsets) + b"".join(bodies)
    return compound({"Workbook": stream.ljust(max(len(stream), CUTOFF), b"\0")})


def odf_package(content_body: str, *, kind: str = "text", meta: str = "", styles: str = "",
                extra: dict[str, bytes] | None = None) -> bytes:  # fmt: skip
    """An OpenDocument package whose ``content.xml`` body holds ``content_body`` (XML in the
    office, text, table, draw and dc namespaces, prefixed as LibreOffice prefixes them)."""
    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("mimetype", f"application/vnd.oasis.opendocument.{kind}")
        package.writestr(
            "content.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns}>'
            f"<office:body><office:{kind}>{content_body}</office:{kind}></office:body>"
            "</office:document-content>",
        )
        if styles:
            package.writestr(
                "styles.xml",
                f"<office:document-styles {ns}><office:master-styles>{styles}"
                "</office:master-styles></office:document-styles>",
            )
        if meta:
            package.writestr(
                "meta.xml",
                f"<office:document-meta {ns}><office:meta>{meta}</office:meta>"
                "</office:document-meta>",
            )
        for name, data in (extra or {}).items():
            package.writestr(name, data)
    return buffer.getvalue()


def pptx_package(slides: Sequence[str], *, notes: Sequence[str] = (), title: str = "",
                 extra: dict[str, bytes] | None = None) -> bytes:  # fmt: skip
    """A presentation whose slides (in order, named ``slide1.xml``, ``slide2.xml``... so that
    ``slide10`` sorts after ``slide9``) hold the DrawingML paragraphs given as XML."""
    a = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
    p = 'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("ppt/presentation.xml", f"<p:presentation {p}/>")
        for index, body in enumerate(slides, start=1):
            package.writestr(
                f"ppt/slides/slide{index}.xml",
                f"<p:sld {a} {p}><p:cSld><p:spTree>{body}</p:spTree></p:cSld></p:sld>",
            )
        for index, body in enumerate(notes, start=1):
            package.writestr(
                f"ppt/notesSlides/notesSlide{index}.xml",
                f"<p:notes {a} {p}><p:cSld><p:spTree>{body}</p:spTree></p:cSld></p:notes>",
            )
        if title:
            package.writestr(
                "docProps/core.xml",
                '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
                'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
                f"<dc:title>{title}</dc:title><dc:creator>Người Gửi</dc:creator>"
                "</cp:coreProperties>",
            )
        for name, data in (extra or {}).items():
            package.writestr(name, data)
    return buffer.getvalue()


def a_paragraphs(*texts: str) -> str:
    """DrawingML paragraphs in one shape, a run each."""
    runs = "".join(f"<a:p><a:r><a:t>{t}</a:t></a:r></a:p>" for t in texts)
    return f"<p:sp><p:txBody>{runs}</p:txBody></p:sp>"


def outlook_msg(
    subject: str, body: str, attachments: Sequence[tuple[str, bytes]] = (), *,
    recipient: str = "", embedded_message: bool = False,
) -> bytes:  # fmt: skip
    """An Outlook .msg: its properties as UTF-16 streams, a recipient and attachments in
    storages of their own (an attached message, when asked, as a storage inside one)."""

    def prop(pid: str, text: str) -> tuple[str, bytes]:
        return f"__substg1.0_{pid}001F", (text + "\0").encode("utf-16-le")

    streams = dict([prop("0037", subject), prop("1000", body), prop("0C1A", "Trần Văn Gửi")])
    storages: list[str] = []
    if recipient:
        box = "__recip_version1.0_#00000000"
        storages.append(box)
        name, value = prop("39FE", recipient)
        streams[f"{box}/{name}"] = value
    for index, (filename, data) in enumerate(attachments):
        box = f"__attach_version1.0_#{index:08X}"
        storages.append(box)
        name, value = prop("3707", filename)
        streams[f"{box}/{name}"] = value
        streams[f"{box}/__substg1.0_37010102"] = data
    if embedded_message:
        box = f"__attach_version1.0_#{len(attachments):08X}"
        storages += [box, f"{box}/__substg1.0_3701000D"]
        streams[f"{box}/__substg1.0_3701000D/__substg1.0_0037001F"] = "x".encode("utf-16-le")
    return compound(streams, storages)
