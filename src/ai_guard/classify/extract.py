"""Read a document file into text for :func:`ai_guard.classify_document`.

=========  ==============================================  =============================
suffix     how                                             needs
=========  ==============================================  =============================
.txt .md   UTF-8, UTF-16/32 with a BOM, and the legacy     nothing
           Vietnamese encodings TCVN3, VNI and
           Windows-1258 (detected and converted)
.html      the standard library's HTML parser; block       nothing
           elements become lines, scripts are dropped
.docx      paragraphs and tables in document order, with   ``pip install 'ai-guard[docx]'``
           every header and footer variant (the issuer
           and motto often sit in a header table), then
           footnotes, endnotes, comments, deleted text,
           field codes, images' descriptions and the
           content properties
.pdf       the text layer, page by page, then the title,   ``pip install 'ai-guard[pdf]'``
           subject and keywords, annotations, form
           fields and attached files
.xlsx      every sheet (hidden ones too), notes, text      nothing
           formulas, headers and footers, drawings,
           charts, pivot caches, properties
.doc       Word 97-2003: body, footnotes, headers and      nothing
           footers, comments, text boxes, deleted text,
           field codes, summary properties
.xls       Excel 97-2003: every sheet, dates as dates,     nothing
           notes, text boxes, links, headers and footers
.rtf       body, headers and footers, notes, comments,     nothing
           fields, the info group's words; Unicode
           and the fonts' code pages (Vietnamese 1258)
.odt .ods  OpenDocument: body, tables and sheets, page     nothing
.odp       headers and footers, comments, tracked
           deletions, images' descriptions, metadata
.pptx      slides in order, notes, comments, charts,       nothing
           images' descriptions, properties
=========  ==============================================  =============================

What a file carries beside its body leaves with it when it is uploaded, so it is read and
checked too; an embedded object or an attached file of a type not read here is refused.

A file whose first bytes are a PDF's (``%PDF-``), a ZIP package's, an OLE2 compound file's (a
legacy ``.doc`` or ``.xls``, told apart by their streams) or RTF's is read as that,
whatever its name ends with (:func:`document_suffix`): a PDF named ``.txt`` read as text is
its syntax, not its pages.

Every failure is an :class:`~ai_guard.errors.InputError` naming the file and what to do
(in Vietnamese and English): a missing extra, a Word 6/95 or Excel 5/95 file, a document
protected by a password, a scanned PDF with no text layer, a text file in no encoding it
recognises. Nothing is silently skipped.

Every text read (from a text file, a .docx or a .pdf) that is the mojibake of a legacy
Vietnamese encoding (``Céng hoµ x· héi``: TCVN3 shown in a Unicode font) is converted with
:func:`ai_guard.text.encodings.repair_text`; :func:`read_document_decoded` says what was
converted, so a command can tell the user.
"""

from __future__ import annotations

import io
import os
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable
from html.parser import HTMLParser
from importlib import import_module
from pathlib import Path
from typing import IO, Any

from ai_guard.classify import biff, mail, ole, packages, rtf, word97
from ai_guard.errors import InputError
from ai_guard.text.encodings import DecodedText, decode_bytes, repair_text

__all__ = [
    "READ_KINDS",
    "SUPPORTED_SUFFIXES",
    "decode_text",
    "decode_utf8",
    "document_images",
    "file_not_found",
    "read_document",
    "read_document_and_images",
    "read_document_bytes",
    "read_document_bytes_decoded",
    "read_document_decoded",
    "read_file",
]

SUPPORTED_SUFFIXES = frozenset(
    {".txt", ".md", ".text", ".html", ".htm", ".csv", ".tsv", ".docx", ".pdf", ".xlsx",
     ".doc", ".xls", ".rtf", ".odt", ".ods", ".odp", ".pptx", ".eml", ".msg"}
)  # fmt: skip


def read_document(path: str | os.PathLike[str]) -> str:
    """The text of a document file; raises :class:`InputError` naming the file and problem."""
    return read_document_decoded(path).text


def read_document_decoded(path: str | os.PathLike[str]) -> DecodedText:
    """The text of a document file and how it was read: ``encoding`` is the text file's
    encoding (``utf-8``, ``utf-16-le``, ``tcvn3`` ...) or ``docx``/``pdf``; ``repaired`` says
    what mojibake was converted; ``converted`` is what to tell the user, if anything. Raises
    :class:`InputError` like :func:`read_document`."""
    p = Path(path)
    name = str(p)
    if not p.is_dir():  # a folder is named as one, whatever its name ends with
        _supported(name, p.suffix.lower())
    return _read_bytes(name, read_file(name))


def read_document_and_images(path: str | os.PathLike[str]) -> tuple[DecodedText, int]:
    """:func:`read_document_decoded` and how many images the file carries
    (:func:`document_images`), the file read once."""
    p = Path(path)
    name = str(p)
    if not p.is_dir():
        _supported(name, p.suffix.lower())
    data = read_file(name)
    return _read_bytes(name, data), document_images(name, data)


def read_file(name: str) -> bytes:
    """The bytes of the file ``name``; raises :class:`InputError` naming it (as given) when it
    is a folder, is not there, is no regular file or cannot be read. Every reader of ai-guard
    goes through here, so a file that cannot be read is reported in the same words
    everywhere.

    A FIFO, a socket or a device is refused, never read: a named pipe with no writer made
    ``ai-guard check`` wait for ever, and a device may never end. The file is opened without
    blocking and what was opened is looked at (not the name, which may change between a
    look and the open); standard input is read by the commands themselves (``-``)."""
    p = Path(name)
    if p.is_dir():
        from ai_guard import i18n

        raise _error(i18n.read_is_directory(name))
    try:
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise file_not_found(name) from None
    except OSError as exc:
        from ai_guard import i18n

        raise _error(i18n.read_failed(name, str(exc.strerror))) from None
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            from ai_guard import i18n

            raise _error(i18n.read_not_regular(name))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        try:
            return handle.read()
        except OSError as exc:
            from ai_guard import i18n

            raise _error(i18n.read_failed(name, str(exc.strerror))) from None


def file_not_found(name: str) -> InputError:
    """The error for a file that is not there (:func:`read_file` raises it; a command that
    finds a path missing before reading says the same)."""
    from ai_guard import i18n

    return _error(i18n.read_not_found(name))


def read_document_bytes(name: str, data: bytes) -> str:
    """The text of a document held in memory (an upload), read as a file called ``name``
    would be: the suffix of ``name`` says how. Raises :class:`InputError` like
    :func:`read_document`."""
    return _read_bytes(name, data).text


def read_document_bytes_decoded(name: str, data: bytes) -> DecodedText:
    """:func:`read_document_bytes` with how the text was read (what
    :func:`read_document_decoded` says of a file): the pre-flight page's uploads."""
    return _read_bytes(name, data)


#: How a document's bytes begin, and the suffix it is read by: a PDF, a ZIP package (.docx
#: and its kin, told apart by their parts), an OLE2 compound file (.doc or .xls, by their
#: streams), RTF
_MAGIC = (
    (b"%PDF-", ".pdf"),
    (b"PK\x03\x04", ".docx"),
    (b"\xd0\xcf\x11\xe0", ".doc"),
    (b"{\\rtf", ".rtf"),
)


def document_suffix(name: str, data: bytes) -> str | None:
    """The suffix a file must be read by when it is a document whatever its name says
    (``report.txt`` holding a PDF: an ASCII-only PDF read as text shows only its own syntax,
    and its pages were never checked), or None for text. The name's own document suffix
    (``.pdf``, ``.docx``, ``.doc``) wins over the bytes."""
    suffix = Path(name).suffix.lower()
    if suffix in _READERS:  # a document's own suffix wins over its bytes
        return suffix
    head = data[:8].lstrip(b"\xef\xbb\xbf \t\r\n")
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            if kind == ".docx":
                return _package_kind(data)
            return _compound_kind(data) if kind == ".doc" else kind
    if _MAIL_HEAD.match(data, 0, 4096) and b"mime-version:" in data[:8192].lower():
        return ".eml"  # a message saved as text: its attachments are base64, read them
    return None


#: a message's first header line (a name of letters and dashes, a colon): with a MIME-Version
#: header in the block, the bytes are a saved e-mail whatever the file is called
_MAIL_HEAD = re.compile(
    rb"(?:Return-Path|Received|From|Date|Message-ID|MIME-Version|Delivered-To|X-[A-Za-z-]+"
    rb"|Subject|To|Content-Type)[ \t]*:",
    re.IGNORECASE,
)


def _package_kind(data: bytes) -> str:
    """A ZIP package's kind by the parts it holds: a workbook is read as .xlsx, a presentation
    as .pptx, an OpenDocument by its ``mimetype``; anything else as .docx (whose reader says
    what it is not)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = package.namelist()
            if "xl/workbook.xml" in names:
                return ".xlsx"
            if "ppt/presentation.xml" in names:
                return ".pptx"
            if "mimetype" in names and "content.xml" in names:
                kind = package.read("mimetype")[:80].decode("ascii", "replace")
                for ending, suffix in (("spreadsheet", ".ods"), ("presentation", ".odp")):
                    if kind.endswith(ending):
                        return suffix
                return ".odt"
    except (zipfile.BadZipFile, OSError, ValueError):
        pass
    return ".docx"


def _compound_kind(data: bytes) -> str:
    """An OLE2 compound file's kind: a workbook (.xls) holds a ``Workbook`` or ``Book``
    stream, an Outlook message (.msg) its property streams; anything else is read as .doc
    (whose reader says what it is not)."""
    try:
        compound = ole.CompoundFile(data)
    except ole.CompoundFileError:
        return ".doc"
    if compound.has("Workbook") or compound.has("Book"):
        return ".xls"
    if any(path.startswith("__substg1.0_") for path in compound.paths()):
        return ".msg"  # an Outlook message: its properties are streams of their own
    return ".doc"


def _read_bytes(name: str, data: bytes) -> DecodedText:
    suffix = document_suffix(name, data) or Path(name).suffix.lower()  # a PDF named .txt
    _supported(name, suffix)
    if suffix in _READERS:
        text = _READERS[suffix](name, io.BytesIO(data))
        fixed = repair_text(text)
        if fixed is None:
            return DecodedText(text, suffix[1:])
        return DecodedText(fixed.text, suffix[1:], fixed.confidence, fixed)
    decoded = decode_text(name, data)
    if suffix in (".html", ".htm"):
        return DecodedText(
            html_to_text(decoded.text), decoded.encoding, decoded.confidence, decoded.repaired
        )
    return decoded


def _supported(name: str, suffix: str) -> None:
    if suffix not in SUPPORTED_SUFFIXES:
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        from ai_guard import i18n

        raise _error(i18n.read_unsupported_type(name, suffix, supported))


def decode_text(name: str, data: bytes) -> DecodedText:
    """The bytes of a text file (or standard input) as text: UTF-8 (a BOM is dropped), UTF-16
    or UTF-32 with a BOM, or bytes in TCVN3, VNI or Windows-1258, detected and converted; text
    that is the mojibake of one of those is converted too
    (:func:`ai_guard.text.encodings.decode_bytes`). Raises :class:`InputError` naming
    ``name`` and the offset of the first byte that is not UTF-8 when no encoding fits."""
    decoded = decode_bytes(data)
    if decoded is None:
        decode_utf8(name, data)  # raises, naming the first invalid byte
        raise AssertionError("unreachable: data decodes as UTF-8")  # pragma: no cover
    return decoded


def decode_utf8(name: str, data: bytes) -> str:
    """``data`` read as UTF-8 (a leading BOM is dropped); raises :class:`InputError` naming
    ``name`` and the offset of the first invalid byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        from ai_guard import i18n

        raise _error(i18n.read_not_utf8(name, exc.start)) from None


def _error(sentence: tuple[str, str]) -> InputError:
    """The :class:`InputError` for a (Vietnamese, English) sentence of :mod:`ai_guard.i18n`
    (imported on the error paths only: every command reads files, few meet an error)."""
    vi, en = sentence
    return InputError(vi=vi, en=en)


def _optional(name: str, module: str, extra: str, package: str) -> Any:
    """The optional module that reads this kind of file, or the error saying what to install."""
    try:
        return import_module(module)
    except ImportError:
        from ai_guard import i18n

        raise _error(i18n.read_missing_extra(name, extra, package)) from None


def _docx(name: str, source: IO[bytes]) -> str:
    docx = _optional(name, "docx", "docx", "python-docx")
    try:
        document = docx.Document(source)
    except Exception as exc:  # python-docx raises several types for a damaged package
        from ai_guard import i18n

        raise _error(i18n.read_damaged(name, "docx", type(exc).__name__)) from None
    parts: list[str] = []
    seen: set[int] = set()
    # the headers first (the issuer and motto often sit in a header table), the body, then
    # the footers; every variant of each (default, first page, even pages): a mark in the
    # first page's footer goes with the file as surely as one in the body
    parts.extend(_docx_margins(document, _HEADERS, seen))
    parts.extend(_docx_blocks(document.element.body))
    parts.extend(_docx_margins(document, _FOOTERS, seen))
    parts.extend(_docx_carried(name, document))
    return "\n".join(parts)


#: the header and footer variants of a section, as python-docx names them
_HEADERS = ("header", "first_page_header", "even_page_header")
_FOOTERS = ("footer", "first_page_footer", "even_page_footer")


def _docx_margins(document: Any, kinds: tuple[str, ...], seen: set[int]) -> list[str]:
    """The blocks of every header (or footer) variant a section defines, each part once."""
    out: list[str] = []
    for section in document.sections:
        for kind in kinds:
            part = getattr(section, kind)
            if part.is_linked_to_previous:
                continue  # none of its own: the previous section's, read there
            element = part._element
            if id(element) not in seen:
                seen.add(id(element))
                out.extend(_docx_blocks(element))
    return out


#: the parts of a package that hold text a reader of the body never sees: notes, comments
_NOTE_PARTS = ("/word/footnotes.xml", "/word/endnotes.xml", "/word/comments.xml")
#: the core properties that hold a document's own words (the author's name is the sender's,
#: as the account it is sent from: not read)
_PROPERTIES = ("title", "subject", "keywords", "comments", "category", "content_status")


def _docx_carried(name: str, document: Any) -> list[str]:
    """What the file carries beside its body, headers and footers, all of which leaves with it:
    footnotes, endnotes and comments; text a tracked change deleted (still in the file) and
    field codes (a ``HYPERLINK "mailto:..."``); images' descriptions; the core properties'
    words. An embedded object (a spreadsheet, another file) cannot be vouched for: refused."""
    from docx.oxml import parse_xml

    out: list[str] = []
    package = document.part.package
    for part in package.iter_parts():
        partname = str(part.partname)
        if partname.startswith("/word/embeddings/"):
            from ai_guard import i18n

            raise _error(i18n.read_embedded(name, partname.rsplit("/", 1)[-1]))
        if partname in _NOTE_PARTS:
            root = parse_xml(part.blob)
            out.extend(t for p in root.iter(_W + "p") if (t := _para_text(p)).strip())
        elif partname.startswith("/word/charts/") and partname.endswith(".xml"):
            out.extend(_xml_words(parse_xml(part.blob)))  # a chart's cached labels and values
    for element in _docx_elements(document):
        for node in element.iter(_W + "delText", _W + "instrText"):
            if node.text and node.text.strip():
                out.append(node.text.strip())
        for node in element.iter(_WP + "docPr"):
            for attr in ("descr", "title"):
                value = node.get(attr)
                if value and value.strip():
                    out.append(value.strip())
    props = document.core_properties
    for attr in _PROPERTIES:
        value = getattr(props, attr, None)
        if isinstance(value, str) and value.strip():
            out.append(value.strip())
    return out


def _docx_elements(document: Any) -> list[Any]:
    """The body's element and every header's and footer's, each once."""
    elements = [document.element.body]
    for section in document.sections:
        for kind in _HEADERS + _FOOTERS:
            part = getattr(section, kind)
            if not part.is_linked_to_previous and part._element not in elements:
                elements.append(part._element)
    return elements


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"


def _docx_blocks(element: Any) -> list[str]:
    """Paragraphs and tables of a body, header or footer, in document order.

    A table's cells are written cell by cell, each on its own lines, so that the two columns
    of a Decree 30 header (issuer and number | motto and date) stay apart; a row whose cells
    are all one line is written as one line with the cells separated by tabs.
    """
    out: list[str] = []
    for child in element.iterchildren():
        tag = child.tag
        if tag == _W + "p":
            out.append(_para_text(child))
        elif tag == _W + "tbl":
            for row in child.iterchildren(_W + "tr"):
                cells = [
                    [_para_text(p) for p in cell.iter(_W + "p")]
                    for cell in row.iterchildren(_W + "tc")
                ]
                cells = [[t for t in c if t.strip()] for c in cells]
                if all(len(c) <= 1 for c in cells):
                    out.append("\t".join(c[0] if c else "" for c in cells).rstrip())
                else:
                    for c in cells:
                        out.extend(c)
        elif tag == _W + "sdt":
            content = child.find(_W + "sdtContent")
            if content is not None:
                out.extend(_docx_blocks(content))
    return out


def _para_text(p: Any) -> str:
    pieces: list[str] = []
    for node in p.iter():
        tag = node.tag
        if tag == _W + "t" and node.text:
            pieces.append(node.text)
        elif tag == _W + "tab":
            pieces.append("\t")
        elif tag in (_W + "br", _W + "cr"):
            pieces.append("\n")
    return "".join(pieces)


def _pdf(name: str, source: IO[bytes]) -> str:
    pypdf = _optional(name, "pypdf", "pdf", "pypdf")
    try:
        reader = pypdf.PdfReader(source)
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:
                from ai_guard import i18n

                raise _error(i18n.read_pdf_encrypted(name)) from None
        pages = [page.extract_text() or "" for page in reader.pages]
        carried = _pdf_carried(name, reader)
    except InputError:
        raise
    except Exception as exc:  # pypdf raises many types for damaged files
        from ai_guard import i18n

        raise _error(i18n.read_damaged(name, "pdf", type(exc).__name__)) from None
    text = "\n\f\n".join(pages)
    if not text.strip():
        from ai_guard import i18n

        raise _error(i18n.read_pdf_no_text(name))
    return "\n\f\n".join([text, *carried]) if carried else text


def document_images(name: str, data: bytes) -> int:
    """How many images a document file carries (0 for a text file, or one that cannot be
    parsed: reading it says why). Their pixels leave with the file and no reader here sees
    them (a scanned page pasted into a .docx, a photo of an identity card), so a guarded
    upload treats a document with images as media: refused unless media are allowed."""
    suffix = document_suffix(name, data) or Path(name).suffix.lower()
    try:
        if suffix == ".docx":
            docx = import_module("docx")
            package = docx.Document(io.BytesIO(data)).part.package
            return sum(
                1
                for part in package.iter_parts()
                if str(part.partname).startswith("/word/media/")
                and str(part.content_type).startswith("image/")
            )
        if suffix == ".xlsx":
            with zipfile.ZipFile(io.BytesIO(data)) as package:
                return sum(
                    1
                    for member in package.namelist()
                    if member.startswith("xl/media/")
                    and Path(member).suffix.lower() in packages.PICTURE_SUFFIXES
                )
        if suffix == ".doc":
            return word97.doc_images(data)
        if suffix == ".xls":
            return biff.xls_images(data)
        if suffix == ".rtf":
            return rtf.rtf_images(data)
        if suffix in (".odt", ".ods", ".odp"):
            return packages.package_images(io.BytesIO(data), "odf")
        if suffix == ".pptx":
            return packages.package_images(io.BytesIO(data), "pptx")
        if suffix == ".eml":
            return mail.eml_images(data, document_images)
        if suffix == ".msg":
            return mail.msg_images(data, document_images)
        if suffix == ".pdf":
            pypdf = import_module("pypdf")
            reader = pypdf.PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                reader.decrypt("")
            return sum(len(_pdf_image_names(page)) for page in reader.pages)
    except Exception:  # a damaged file or a missing extra: its reading raises the clear error
        return 0
    return 0


def _pdf_image_names(page: Any) -> list[str]:
    """The image XObjects a PDF page's resources name (forms inside them included)."""
    names: list[str] = []
    pending = [page.get("/Resources")]
    while pending and len(names) < 64:
        resources = pending.pop()
        resources = resources.get_object() if resources is not None else None
        xobjects = resources.get("/XObject") if resources is not None else None
        for key, ref in (xobjects.get_object() if xobjects is not None else {}).items():
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Image":
                names.append(str(key))
            elif obj.get("/Subtype") == "/Form" and obj.get("/Resources") is not resources:
                pending.append(obj.get("/Resources"))
    return names


#: the document information entries that hold a document's own words (the author's name is the
#: sender's, as the account it is sent from: not read)
_PDF_INFO = ("/Title", "/Subject", "/Keywords")


def _pdf_carried(name: str, reader: Any) -> list[str]:
    """What a PDF carries beside its pages' text, all of which leaves with it: its title,
    subject and keywords; every annotation's text (a sticky note, a free-text box, a link's
    address); the values of its form's fields; files attached to it, read as documents (one
    this reader cannot read is refused)."""
    out: list[str] = []
    info = reader.metadata or {}
    out.extend(str(info[key]).strip() for key in _PDF_INFO if str(info.get(key) or "").strip())
    for page in reader.pages:
        annots = page.get("/Annots")
        for ref in annots.get_object() if annots is not None else ():
            annot = ref.get_object()
            for key in ("/Contents", "/RC"):
                value = annot.get(key)
                if value is not None and str(value).strip():
                    out.append(str(value).strip())
            action = annot.get("/A")
            uri = action.get_object().get("/URI") if action is not None else None
            if uri is not None:
                out.append(str(uri))
    for field in (reader.get_fields() or {}).values():
        value = field.get("/V")
        if value is not None and str(value).strip():
            out.append(str(value).strip())
    for attached, blobs in reader.attachments.items():
        for blob in blobs:
            if Path(attached).suffix.lower() not in SUPPORTED_SUFFIXES:
                from ai_guard import i18n

                raise _error(i18n.read_embedded(name, attached))
            out.append(_read_bytes(f"{name}/{attached}", blob).text)
    return out


_BLOCK_TAGS = frozenset(
    {
        "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
        "header", "footer", "table", "ul", "ol", "blockquote", "pre", "hr", "title", "dt", "dd",
    }
)  # fmt: skip
_CELL_TAGS = frozenset({"td", "th"})
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "head"})


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        elif tag in _CELL_TAGS:
            self.parts.append("\t")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(" ".join(data.split("\n")))


def html_to_text(html: str) -> str:
    """Visible text of an HTML page: one line per block element, cells separated by tabs."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    lines = [line.strip(" ") for line in "".join(parser.parts).split("\n")]
    out: list[str] = []
    for line in lines:
        if line.strip() or (out and out[-1]):
            out.append(line.strip("\t ") if not line.strip() else line.rstrip())
    return "\n".join(out).strip("\n")


# -- .xlsx: the standard library's zip and XML readers, no extra -------------------------------

_X = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CP = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
_DCE = "{http://purl.org/dc/elements/1.1/}"
#: the core properties that hold a workbook's own words (not its author: the sender's name)
_DC = (_DCE + "title", _DCE + "subject", _DCE + "description", _CP + "keywords", _CP + "category")


def _xlsx(name: str, source: IO[bytes]) -> str:
    """Every sheet of a workbook, hidden ones too (a hidden sheet leaves with the file), row by
    row with its cells separated by tabs (as a sheet copied from Excel reads), each under a line
    with the sheet's name; then the cells' formulas that hold text, the comments (notes), the
    sheets' headers and footers, and the title, subject, description, keywords and category
    properties; text boxes and shapes, charts, a pivot table's cache and links' cached values.
    An embedded object cannot be vouched for: refused."""
    from xml.etree import ElementTree

    from ai_guard import i18n

    try:
        package = zipfile.ZipFile(source)
        names = set(package.namelist())
        if sum(info.file_size for info in package.infolist()) > packages.MAX_UNPACKED_BYTES:
            raise _error(i18n.read_damaged(name, "xlsx", "too large once unpacked"))
        for member in sorted(names):
            if member.startswith("xl/embeddings/"):
                raise _error(i18n.read_embedded(name, member.rsplit("/", 1)[-1]))

        def xml(member: str) -> Any:
            return ElementTree.fromstring(package.read(member))

        styles = _xlsx_number_styles(xml("xl/styles.xml") if "xl/styles.xml" in names else None)
        properties = xml("xl/workbook.xml").find(_X + "workbookPr")
        date1904 = properties is not None and properties.get("date1904") in ("1", "true")
        shared: list[str] = []
        if "xl/sharedStrings.xml" in names:
            for item in xml("xl/sharedStrings.xml").iter(_X + "si"):
                shared.append(_xlsx_string(item))
        targets = {
            rel.get("Id"): rel.get("Target", "")
            for rel in xml("xl/_rels/workbook.xml.rels").iter(_PR + "Relationship")
        }
        out: list[str] = []
        carried: list[str] = []
        for sheet in xml("xl/workbook.xml").iter(_X + "sheet"):
            target = targets.get(sheet.get(_R + "id"), "")
            member = target.lstrip("/") if target.startswith("/") else "xl/" + target
            if member not in names:
                continue
            out.append(sheet.get("name", ""))
            root = xml(member)
            for row in root.iter(_X + "row"):
                cells: list[str] = []
                for cell in row.iter(_X + "c"):
                    column = _xlsx_column(cell.get("r", ""))
                    if column is not None and column > len(cells):  # empty cells before it
                        cells.extend([""] * min(column - len(cells), biff.MAX_GAP))
                    cells.append(_xlsx_cell(cell, shared, carried, styles, date1904))
                line = "\t".join(cells).rstrip("\t")
                if line.strip():
                    out.append(line)
            for kind in ("oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader",
                         "firstFooter"):  # fmt: skip
                for node in root.iter(_X + kind):
                    if node.text and node.text.strip():
                        carried.append(node.text.strip())
        for member in sorted(names):
            if member.startswith("xl/comments") and member.endswith(".xml"):
                for comment in xml(member).iter(_X + "comment"):
                    text = _xlsx_string(comment)
                    if text.strip():
                        carried.append(text.strip())
            elif member.startswith(_XLSX_SWEPT) and member.endswith(".xml"):
                carried.extend(_xml_words(xml(member)))
        if "docProps/core.xml" in names:
            core = xml("docProps/core.xml")
            for tag in _DC:
                for node in core.iter(tag):
                    if node.text and node.text.strip():
                        carried.append(node.text.strip())
    except InputError:
        raise
    except Exception as exc:  # a damaged package: zip, XML, a missing part
        raise _error(i18n.read_damaged(name, "xlsx", type(exc).__name__)) from None
    return "\n".join(out + carried)


#: the parts of a workbook that hold values no sheet shows: text boxes and shapes on a
#: sheet (drawings), charts' cached labels, a pivot table's cache (a copy of its source rows,
#: kept when the source sheet is gone), links to other workbooks' cached values
_XLSX_SWEPT = ("xl/drawings/", "xl/charts/", "xl/pivotCache/", "xl/externalLinks/")


def _xml_words(root: Any) -> list[str]:
    """Every text node and every ``v`` attribute (a pivot cache's values) of a part."""
    words: list[str] = []
    for node in root.iter():
        for value in (node.text, node.get("v")):
            if value and value.strip():
                words.append(value.strip())
    return words


def _xlsx_string(item: Any) -> str:
    """A shared string's or a comment's text: its runs joined (phonetic hints left out)."""
    phonetic = {id(t) for ph in item.iter(_X + "rPh") for t in ph.iter(_X + "t")}
    return "".join(t.text or "" for t in item.iter(_X + "t") if id(t) not in phonetic)


_CELL_REFERENCE = re.compile(r"([A-Z]{1,3})\d*$")


def _xlsx_column(reference: str) -> int | None:
    """The zero-based column of a cell reference (``B2`` -> 1), None without one."""
    found = _CELL_REFERENCE.match(reference)
    if found is None:
        return None
    column = 0
    for letter in found.group(1):
        column = column * 26 + ord(letter) - 64
    return column - 1


def _xlsx_number_styles(styles: Any) -> list[bool]:
    """For each cell style (``s`` of a cell), whether its number format shows a date."""
    if styles is None:
        return []
    custom: dict[int, str] = {}
    for fmt in styles.iter(_X + "numFmt"):
        try:
            custom[int(fmt.get("numFmtId", ""))] = fmt.get("formatCode", "")
        except ValueError:
            continue
    dates: list[bool] = []
    cell_xfs = styles.find(_X + "cellXfs")
    for xf in cell_xfs.iter(_X + "xf") if cell_xfs is not None else ():
        try:
            dates.append(biff.is_date_format(int(xf.get("numFmtId", "0")), custom))
        except ValueError:
            dates.append(False)
    return dates


def _xlsx_cell(
    cell: Any, shared: list[str], carried: list[str], dates: list[bool], date1904: bool
) -> str:
    """A cell's shown value (a number formatted as a date as ``dd/mm/yyyy``: a birth date
    stays a date); a formula's text beside it when it holds a literal (``="0912"&
    "345678"``: the parts leave with the file even where the value is computed)."""
    kind = cell.get("t")
    formula = cell.find(_X + "f")
    if formula is not None and formula.text and '"' in formula.text:
        carried.append(formula.text)
    if kind == "inlineStr":
        inline = cell.find(_X + "is")
        return _xlsx_string(inline) if inline is not None else ""
    value = cell.find(_X + "v")
    text = value.text if value is not None and value.text else ""
    if kind == "s" and text.isdigit():
        index = int(text)
        return shared[index] if index < len(shared) else ""
    style = cell.get("s")
    if kind in (None, "n") and text and style is not None and style.isdigit():
        index = int(style)
        if index < len(dates) and dates[index]:
            try:
                return biff.number_text(float(text), True, date1904)
            except ValueError:
                return text
    return text


#: what a parser of damaged bytes may raise besides its own errors (all ValueErrors): a
#: structure cut short, a ZIP member's stream ending early or compressed by an unknown method
_BROKEN = (
    ValueError, IndexError, KeyError, RecursionError, EOFError, NotImplementedError,
    struct.error, zlib.error, zipfile.BadZipFile,
)  # fmt: skip
#: what the readers below raise for an embedded object they cannot vouch for
_EMBEDDED = (word97.EmbeddedObjectError, packages.PackageEmbeddedError, rtf.RtfEmbeddedError)


def _legacy(kind: str, read: Callable[[bytes], str]) -> Callable[[str, IO[bytes]], str]:
    """The reader of a binary or text office format whose parser raises a ValueError of its
    own kinds: each turned into the bilingual error naming the file."""

    def reader(name: str, source: IO[bytes]) -> str:
        from ai_guard import i18n

        try:
            return read(source.read())
        except _EMBEDDED as exc:
            raise _error(i18n.read_embedded(name, str(exc))) from None
        except word97.EncryptedError:
            raise _error(i18n.read_encrypted(name)) from None
        except word97.TooOldError:
            raise _error(i18n.read_legacy_doc(name)) from None
        except _BROKEN as exc:
            raise _error(i18n.read_damaged(name, kind, str(exc) or type(exc).__name__)) from None

    return reader


def _odf(data: bytes) -> str:
    return packages.odf_text(io.BytesIO(data))


def _pptx(data: bytes) -> str:
    return packages.pptx_text(io.BytesIO(data))


_READERS: dict[str, Callable[[str, IO[bytes]], str]] = {
    ".docx": _docx,
    ".pdf": _pdf,
    ".xlsx": _xlsx,
    ".doc": _legacy("doc", word97.doc_text),
    ".xls": _legacy("xls", biff.xls_text),
    ".rtf": _legacy("rtf", rtf.rtf_text),
    ".odt": _legacy("odt", _odf),
    ".ods": _legacy("ods", _odf),
    ".odp": _legacy("odp", _odf),
    ".pptx": _legacy("pptx", _pptx),
}


def _mail(kind: str) -> Callable[[str, IO[bytes]], str]:
    """The reader of a saved e-mail (``eml`` or ``msg``): its headers, body, forwarded
    messages and attached documents, each attachment read as a file of its own kind."""
    read = mail.eml_text if kind == "eml" else mail.msg_text

    def reader(name: str, source: IO[bytes]) -> str:
        from ai_guard import i18n

        def attachment(attached: str, data: bytes) -> str:
            return _read_bytes(f"{name}/{attached}", data).text

        try:
            return read(source.read(), attachment, html_to_text, SUPPORTED_SUFFIXES)
        except mail.MailAttachmentError as exc:
            raise _error(i18n.read_embedded(name, str(exc))) from None
        except (mail.MailError, ValueError, LookupError, IndexError, struct.error) as exc:
            reason = str(exc) or type(exc).__name__
            raise _error(i18n.read_damaged(name, kind, reason)) from None

    return reader


_READERS[".eml"] = _mail("eml")
_READERS[".msg"] = _mail("msg")
#: the ``encoding`` a document read by its format's reader reports (no text was converted)
READ_KINDS = frozenset(suffix[1:] for suffix in _READERS)
