"""Read the ZIP office packages beside .docx and .xlsx: OpenDocument text, spreadsheets and
presentations (``.odt``, ``.ods``, ``.odp``: the open standard Vietnamese state agencies are
asked to use) and PowerPoint presentations (``.pptx``), with the standard library only.

What a reader sees and what leaves with the file is read: an OpenDocument's body (paragraphs,
headings, lists, tables as tab-separated rows, every sheet of a spreadsheet under its name,
every slide's frames and its notes), the headers and footers of its page styles, comments,
tracked deletions, images' titles and descriptions, and the title, subject, keywords and
description of its metadata (not its creator: the sender's own name); a presentation's slides
in order (text boxes, tables), their notes, comments and charts' cached labels, the masters
and layouts behind them, and the same core properties. An embedded object (a spreadsheet
inside a document, an OLE object) cannot be vouched for: refused, like a .docx's.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from typing import IO, Any
from xml.etree import ElementTree

__all__ = [
    "MAX_UNPACKED_BYTES",
    "PICTURE_SUFFIXES",
    "PackageEmbeddedError",
    "PackageError",
    "odf_text",
    "package_images",
    "pptx_text",
]


class PackageError(ValueError):
    """A package that cannot be read (the message says what is wrong)."""


class PackageEmbeddedError(PackageError):
    """A package carrying an embedded object (its part's name is the message)."""


#: the most a package may unpack to: a ZIP of a few kilobytes can claim gigabytes (the .xlsx
#: reader's bound too)
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
#: the suffixes of pictures inside a package or attached to a message (every reader's)
PICTURE_SUFFIXES = frozenset(
    (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf", ".svg", ".webp",
     ".heic")
)  # fmt: skip
#: the most cells or rows one repeat attribute may expand to (an ODF sheet's trailing empty
#: columns are "repeated 16,000 times")
_MAX_REPEAT = 64

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
_CP = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"

#: elements whose text is not the document's own words: who made a comment or a change, when
_ODF_SKIPPED = frozenset(
    (_DC + "creator", _DC + "date", _TEXT + "note-citation", _OFFICE + "annotation-end")
)
#: the metadata that holds a document's own words (not its creator)
_ODF_META = (_DC + "title", _DC + "subject", _META + "keyword", _DC + "description")
_CORE = (_DC + "title", _DC + "subject", _CP + "keywords", _DC + "description", _CP + "category")


def _open(source: IO[bytes]) -> zipfile.ZipFile:
    try:
        package = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise PackageError(type(exc).__name__) from None
    if sum(info.file_size for info in package.infolist()) > MAX_UNPACKED_BYTES:
        raise PackageError("too large once unpacked")
    return package


def _xml(package: zipfile.ZipFile, member: str) -> Any:
    try:
        return ElementTree.fromstring(package.read(member))
    except (ElementTree.ParseError, KeyError, zipfile.BadZipFile, OSError, ValueError,
            EOFError, NotImplementedError, zlib.error) as exc:  # fmt: skip
        raise PackageError(f"{member}: {type(exc).__name__}") from None


def _repeat(element: Any, attribute: str) -> int:
    try:
        return max(1, min(int(element.get(_TABLE + attribute, "1")), _MAX_REPEAT))
    except ValueError:
        return 1


class _OdfWriter:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.line: list[str] = []
        self.images = 0

    def end_line(self) -> None:
        text = "".join(self.line).rstrip()
        if text.strip():
            self.lines.append(text)
        self.line = []

    def inline(self, element: Any) -> None:
        """A paragraph's content: text, spaces, tabs, line breaks, spans, links, notes."""
        if element.text:
            self.line.append(element.text)
        for child in element:
            tag = child.tag
            if tag in _ODF_SKIPPED:
                pass
            elif tag == _TEXT + "s":
                self.line.append(" " * _repeat_spaces(child))
            elif tag == _TEXT + "tab":
                self.line.append("\t")
            elif tag == _TEXT + "line-break":
                self.end_line()
            elif tag in (_TEXT + "p", _TEXT + "h") or tag == _OFFICE + "annotation":
                self.end_line()  # a note's or a comment's paragraphs: lines of their own
                self.block(child)
            elif tag in (_DRAW + "frame", _DRAW + "text-box", _DRAW + "custom-shape"):
                self.end_line()
                self.block(child)
            else:
                self.inline(child)
            if child.tail:
                self.line.append(child.tail)

    def cell_text(self, cell: Any) -> str:
        saved_lines, saved_line = self.lines, self.line
        self.lines, self.line = [], []
        self.block(cell)
        self.end_line()
        text = " ".join(line.strip() for line in self.lines)
        self.lines, self.line = saved_lines, saved_line
        return text

    def block(self, element: Any) -> None:
        tag = element.tag
        if tag in _ODF_SKIPPED:
            return
        if tag in (_TEXT + "p", _TEXT + "h"):
            self.inline(element)
            self.end_line()
            return
        if tag == _TABLE + "table":
            self.end_line()
            name = element.get(_TABLE + "name")
            if name:
                self.lines.append(name)
        if tag == _TABLE + "table-row":
            cells: list[str] = []
            for cell in element:
                if cell.tag in (_TABLE + "table-cell", _TABLE + "covered-table-cell"):
                    text = self.cell_text(cell)
                    cells.extend([text] * (_repeat(cell, "number-columns-repeated") if text else 1))
            line = "\t".join(cells).rstrip("\t")
            if line.strip():
                self.lines.extend([line] * _repeat(element, "number-rows-repeated"))
            return
        if tag in (_DRAW + "object", _DRAW + "object-ole", _DRAW + "applet", _DRAW + "plugin"):
            raise PackageEmbeddedError(element.get("{http://www.w3.org/1999/xlink}href", tag))
        if tag == _DRAW + "image":
            self.images += 1
        if tag in (_SVG + "title", _SVG + "desc"):
            self.inline(element)
            self.end_line()
            return
        if element.text and element.text.strip() and tag != _TEXT + "tracked-changes":
            self.line.append(element.text)
        for child in element:
            self.block(child)
            if child.tail and child.tail.strip():
                self.line.append(child.tail)
        if tag in (_TABLE + "table", _DRAW + "frame", _DRAW + "page", _OFFICE + "annotation"):
            self.end_line()


def _repeat_spaces(element: Any) -> int:
    try:
        return max(1, min(int(element.get(_TEXT + "c", "1")), 256))
    except ValueError:
        return 1


def _odf(source: IO[bytes]) -> tuple[str, int]:
    package = _open(source)
    names = package.namelist()
    for member in names:
        head = member.split("/", 1)[0]
        if member.startswith("ObjectReplacements/") or (
            head.startswith("Object ") and "/" in member
        ):
            raise PackageEmbeddedError(head)
    if "content.xml" not in names:
        raise PackageError("no content.xml")
    writer = _OdfWriter()
    try:
        writer.block(_xml(package, "content.xml"))
        writer.end_line()
        if "styles.xml" in names:  # the page styles' headers and footers
            styles = _xml(package, "styles.xml")
            for master in styles.iter(_STYLE + "master-page"):
                writer.block(master)
            writer.end_line()
    except RecursionError:
        raise PackageError("nested too deep") from None
    if "meta.xml" in names:
        meta = _xml(package, "meta.xml")
        for tag in _ODF_META:
            for node in meta.iter(tag):
                if node.text and node.text.strip():
                    writer.lines.append(node.text.strip())
    pictures = sum(1 for member in names if member.startswith("Pictures/") and member[9:])
    return "\n".join(writer.lines), max(pictures, writer.images)


def odf_text(source: IO[bytes]) -> str:
    """The text of an OpenDocument package (.odt, .ods, .odp). Raises :class:`PackageError`."""
    return _odf(source)[0]


_SLIDE_NUMBER = re.compile(r"(\d+)\.xml$")


def _numbered(names: list[str], prefix: str) -> list[str]:
    found = [n for n in names if n.startswith(prefix) and n.endswith(".xml") and "/_rels/" not in n]
    return sorted(found, key=_part_order)


def _part_order(name: str) -> tuple[int, str]:
    """``slide10.xml`` after ``slide9.xml``."""
    number = _SLIDE_NUMBER.search(name)
    return (int(number.group(1)) if number else 0, name)


def _drawing_lines(root: Any) -> list[str]:
    """A slide's, a note's or a chart's text: a line per paragraph, a table's row per line."""
    lines: list[str] = []
    for node in root.iter():
        if node.tag == _A + "tbl":
            for row in node.iter(_A + "tr"):
                cells = [
                    " ".join(_paragraph(p) for p in cell.iter(_A + "p")).strip()
                    for cell in row.iter(_A + "tc")
                ]
                if any(cells):
                    lines.append("\t".join(cells).rstrip("\t"))
            node.clear()  # its paragraphs are read: not again below
        elif node.tag == _A + "p":
            text = _paragraph(node)
            if text.strip():
                lines.append(text.rstrip())
    return lines


def _paragraph(p: Any) -> str:
    pieces: list[str] = []
    for node in p.iter():
        if node.tag == _A + "t" and node.text:
            pieces.append(node.text)
        elif node.tag == _A + "br":
            pieces.append("\n")
        elif node.tag == _A + "tab":
            pieces.append("\t")
    return "".join(pieces)


def pptx_text(source: IO[bytes]) -> str:
    """The text of a PowerPoint package. Raises :class:`PackageError`."""
    package = _open(source)
    names = package.namelist()
    for member in names:
        if member.startswith("ppt/embeddings/"):
            raise PackageEmbeddedError(member.rsplit("/", 1)[-1])
    if "ppt/presentation.xml" not in names:
        raise PackageError("no ppt/presentation.xml")
    lines: list[str] = []
    # the slides, their notes and charts, then the masters and layouts every slide shows (a
    # mark or a unit's name in a master's footer leaves with the file as surely)
    for prefix in ("ppt/slides/slide", "ppt/notesSlides/notesSlide", "ppt/charts/chart",
                   "ppt/slideMasters/slideMaster", "ppt/slideLayouts/slideLayout",
                   "ppt/notesMasters/notesMaster", "ppt/handoutMasters/handoutMaster"):  # fmt: skip
        for member in _numbered(names, prefix):
            lines.extend(_drawing_lines(_xml(package, member)))
    for member in sorted(n for n in names if n.startswith("ppt/comments/") and n.endswith(".xml")):
        root = _xml(package, member)
        for node in root.iter():
            if node.tag in (_P + "text",) and node.text and node.text.strip():
                lines.append(node.text.strip())
        lines.extend(_drawing_lines(root))  # the newer threaded comments hold paragraphs
    for member in names:  # pictures' descriptions
        if member.startswith("ppt/slides/slide") and member.endswith(".xml"):
            for node in _xml(package, member).iter(_P + "cNvPr"):
                for attr in ("descr", "title"):
                    value = node.get(attr)
                    if value and value.strip():
                        lines.append(value.strip())
    if "docProps/core.xml" in names:
        core = _xml(package, "docProps/core.xml")
        for tag in _CORE:
            for node in core.iter(tag):
                if node.text and node.text.strip():
                    lines.append(node.text.strip())
    return "\n".join(lines)


def package_images(source: IO[bytes], kind: str) -> int:
    """How many pictures an OpenDocument (``kind`` "odf") or PowerPoint ("pptx") package
    carries; 0 when it cannot be read (reading it says why)."""
    try:
        if kind == "odf":
            return _odf(source)[1]
        package = _open(source)
        return sum(
            1
            for member in package.namelist()
            if member.startswith("ppt/media/") and member.lower().endswith(tuple(PICTURE_SUFFIXES))
        )
    except (PackageError, zipfile.BadZipFile, OSError, ValueError, EOFError,
            NotImplementedError, zlib.error, RecursionError):  # fmt: skip
        return 0
