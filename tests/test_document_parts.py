"""Everything a .docx or a PDF carries is read, not only its body: the file leaves whole.

A mark in the first page's footer, a comment naming a citizen, a footnote, text a tracked
change deleted, a ``mailto:`` field code, a PDF's sticky note or form field all leave with the
file a guarded client uploads; the reader puts them in the text that is checked and
classified. An embedded object (a spreadsheet pasted as an object) cannot be vouched for and
is refused with a bilingual reason.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ai_guard import InputError, Policy, UnguardedPath, check_prompt
from ai_guard.classify import classify_text
from ai_guard.classify.extract import read_document_bytes
from ai_guard.integrations._payload import vet_document

docx = pytest.importorskip("docx")

POLICY = Policy(load_plugins=False)
CITIZEN = "Trần Thị Mai, CCCD 001203004567"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _plain(first_line: str = "Kế hoạch tổ chức hội nghị tổng kết năm 2026") -> object:
    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph(first_line)
    document.core_properties.comments = ""
    return document


def _saved(document: object) -> bytes:
    out = io.BytesIO()
    document.save(out)  # type: ignore[attr-defined]
    return out.getvalue()


def _patched(data: bytes, edit: Callable[[dict[str, bytes]], None]) -> bytes:
    """The package with some of its parts rewritten or added (``edit`` works on the names)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    edit(parts)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n, blob in parts.items():
            z.writestr(n, blob)
    return out.getvalue()


_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _add_part(parts: dict[str, bytes], name: str, kind: str, ctype: str, blob: bytes) -> None:
    parts[f"word/{name}"] = blob
    rels = parts["word/_rels/document.xml.rels"].decode()
    rels = rels.replace(
        "</Relationships>",
        f'<Relationship Id="rIdX{len(parts)}" Type="{_REL}/{kind}" Target="{name}"/>'
        "</Relationships>",
    )
    parts["word/_rels/document.xml.rels"] = rels.encode()
    types = parts["[Content_Types].xml"].decode()
    types = types.replace(
        "</Types>", f'<Override PartName="/word/{name}" ContentType="{ctype}"/></Types>'
    )
    parts["[Content_Types].xml"] = types.encode()


def _with_footnote(text: str) -> bytes:
    notes = (
        f'<w:footnotes xmlns:w="{_W_NS}"><w:footnote w:id="1"><w:p><w:r><w:t>{text}</w:t>'
        "</w:r></w:p></w:footnote></w:footnotes>"
    ).encode()
    ctype = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
    return _patched(
        _saved(_plain()), lambda p: _add_part(p, "footnotes.xml", "footnotes", ctype, notes)
    )


def _with_body_xml(fragment: str) -> bytes:
    def edit(parts: dict[str, bytes]) -> None:
        body = parts["word/document.xml"].decode()
        parts["word/document.xml"] = re.sub(
            r"(<w:body>)", r"\1" + fragment.replace("\\", "\\\\"), body, count=1
        ).encode()

    return _patched(_saved(_plain()), edit)


def _first_page_footer(text: str) -> bytes:
    document = _plain()
    section = document.sections[0]  # type: ignore[attr-defined]
    section.different_first_page_header_footer = True
    section.first_page_footer.paragraphs[0].text = text
    section.footer.paragraphs[0].text = "Trang 2"
    return _saved(document)


def _even_page_header(text: str) -> bytes:
    document = _plain()
    document.settings.odd_and_even_pages_header_footer = True  # type: ignore[attr-defined]
    document.sections[0].even_page_header.paragraphs[0].text = text  # type: ignore[attr-defined]
    return _saved(document)


def _comment(text: str) -> bytes:
    document = _plain()
    paragraph = document.paragraphs[1]  # type: ignore[attr-defined]
    document.add_comment(paragraph.runs, text=text, author="Chuyên viên")  # type: ignore[attr-defined]
    return _saved(document)


def _titled(title: str) -> bytes:
    document = _plain()
    document.core_properties.title = title  # type: ignore[attr-defined]
    return _saved(document)


CARRIERS = [
    pytest.param(lambda: _first_page_footer("TỐI MẬT - Bản số 02"), "TỐI MẬT", id="first-footer"),
    pytest.param(lambda: _even_page_header("MẬT"), "MẬT", id="even-header"),
    pytest.param(lambda: _comment(f"Gọi chị {CITIZEN}"), "001203004567", id="comment"),
    pytest.param(
        lambda: _with_footnote(f"Theo đơn của bà {CITIZEN}"), "001203004567", id="footnote"
    ),
    pytest.param(
        lambda: _with_body_xml(
            f'<w:p><w:del w:id="9" w:author="A"><w:r><w:delText>{CITIZEN}</w:delText></w:r>'
            "</w:del></w:p>"
        ),
        "001203004567",
        id="tracked-deletion",
    ),
    pytest.param(
        lambda: _with_body_xml(
            '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>'
            ' HYPERLINK "mailto:tran.mai1987@gmail.com" </w:instrText></w:r><w:r>'
            '<w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Liên hệ</w:t></w:r><w:r>'
            '<w:fldChar w:fldCharType="end"/></w:r></w:p>'
        ),
        "tran.mai1987@gmail.com",
        id="field-code",
    ),
    pytest.param(lambda: _titled(f"Danh sách {CITIZEN}"), "001203004567", id="title"),
]


@pytest.mark.parametrize(("make", "value"), CARRIERS)
def test_what_a_docx_carries_beside_its_body_is_read(make: Callable[[], bytes], value: str) -> None:
    data = make()
    text = read_document_bytes("bao_cao.docx", data)
    assert value in text
    check = check_prompt(text, policy=POLICY)
    assert check.decision.value in ("redact", "block")
    assert any(
        text[f.start : f.end] in value or value in text[f.start : f.end] for f in check.findings
    )


@pytest.mark.parametrize(("make", "value"), CARRIERS)
def test_a_guarded_upload_of_such_a_docx_is_refused(make: Callable[[], bytes], value: str) -> None:
    with pytest.raises(UnguardedPath) as info:
        vet_document("bao_cao.docx", DOCX_TYPE, make(), "files.create.file", POLICY)
    # the reason names what was found, never a person's value
    assert "001203004567" not in str(info.value)
    assert "Trần Thị Mai" not in str(info.value)


def test_the_same_docx_without_them_is_sent() -> None:
    data = _saved(_plain())
    vet_document("bao_cao.docx", DOCX_TYPE, data, "files.create.file", POLICY)
    assert classify_text(read_document_bytes("k.docx", data)).recommended_action == "send"


def test_an_embedded_object_is_refused_in_both_languages() -> None:
    ctype = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    def edit(parts: dict[str, bytes]) -> None:
        _add_part(parts, "embeddings/Bang_tinh.xlsx", "package", ctype, b"PK\x03\x04 sheet")

    data = _patched(_saved(_plain()), edit)
    with pytest.raises(InputError) as info:
        read_document_bytes("bao_cao.docx", data)
    assert "Bang_tinh.xlsx" in info.value.message_en
    assert "embedded object" in info.value.message_en
    assert "đối tượng nhúng" in info.value.message_vi
    with pytest.raises(UnguardedPath):
        vet_document("bao_cao.docx", DOCX_TYPE, data, "files.create.file", POLICY)


# -- PDF -------------------------------------------------------------------------------------

pypdf = pytest.importorskip("pypdf")


def _pdf(edit: Callable[[object], None]) -> bytes:
    from test_classify import _minimal_pdf

    writer = pypdf.PdfWriter(
        clone_from=io.BytesIO(_minimal_pdf(["KE HOACH", "To chuc hoi nghi tong ket nam 2026"]))
    )
    edit(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _sticky_note(writer: object) -> None:
    from pypdf.annotations import Text

    note = Text(text=f"Goi chi {CITIZEN}", rect=(50, 550, 200, 650))
    writer.add_annotation(0, note)  # type: ignore[attr-defined]


def _attached_text(writer: object) -> None:
    writer.add_attachment("ghi_chu.txt", f"Ho so cua {CITIZEN}".encode())  # type: ignore[attr-defined]


def _titled_pdf(writer: object) -> None:
    writer.add_metadata({"/Title": f"Danh sach {CITIZEN}", "/Author": "Le Hoa"})  # type: ignore[attr-defined]


PDF_CARRIERS = [
    pytest.param(_sticky_note, id="sticky-note"),
    pytest.param(_attached_text, id="attached-file"),
    pytest.param(_titled_pdf, id="title"),
]


@pytest.mark.parametrize("edit", PDF_CARRIERS)
def test_what_a_pdf_carries_beside_its_pages_is_read(edit: Callable[[object], None]) -> None:
    data = _pdf(edit)
    text = read_document_bytes("ke_hoach.pdf", data)
    assert "001203004567" in text
    with pytest.raises(UnguardedPath):
        vet_document("ke_hoach.pdf", "application/pdf", data, "files.create.file", POLICY)


def test_the_same_pdf_without_them_is_sent() -> None:
    data = _pdf(lambda writer: None)
    vet_document("ke_hoach.pdf", "application/pdf", data, "files.create.file", POLICY)


def test_a_pdf_with_an_attachment_it_cannot_read_is_refused() -> None:
    data = _pdf(lambda w: w.add_attachment("ban_ve.dwg", b"AC1032 drawing"))  # type: ignore[attr-defined]
    with pytest.raises(InputError) as info:
        read_document_bytes("ke_hoach.pdf", data)
    assert "ban_ve.dwg" in info.value.message_en
    assert "đối tượng nhúng" in info.value.message_vi


# -- images: pixels no reader here sees ------------------------------------------------------


def _png() -> bytes:
    import struct
    import zlib

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 4 for _ in range(4))

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _docx_with_picture() -> bytes:
    document = _plain()
    document.add_picture(io.BytesIO(_png()))  # type: ignore[attr-defined]
    return _saved(document)


def _pdf_with_image() -> bytes:
    from test_classify import pdf_of

    content = "q 10 0 0 10 50 700 cm /Im1 Do Q BT /F1 11 Tf 50 800 Td (KE HOACH) Tj ET"
    pixels = "ff0000" * 4
    return pdf_of(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            "/Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >> >>",
            f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceRGB "
            f"/BitsPerComponent 8 /Filter /ASCIIHexDecode /Length {len(pixels) + 1} >>\n"
            f"stream\n{pixels}>\nendstream",
        ]
    )


@pytest.mark.parametrize(
    ("name", "media_type", "make"),
    [
        ("scan.docx", DOCX_TYPE, _docx_with_picture),
        ("scan.pdf", "application/pdf", _pdf_with_image),
    ],
)
def test_a_document_carrying_images_is_media(
    name: str, media_type: str, make: Callable[[], bytes]
) -> None:
    """A scanned page pasted into a .docx, a photo of an identity card in a PDF: the pixels
    leave with the file, unread, so the upload is refused as media unless media are allowed."""
    data = make()
    with pytest.raises(UnguardedPath) as info:
        vet_document(name, media_type, data, "files.create.file", POLICY)
    assert "image" in str(info.value)
    vet_document(name, media_type, data, "files.create.file", POLICY, allow_media=True)


# -- .xlsx: read with the standard library ---------------------------------------------------

_SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


def _xlsx(
    sheets: list[tuple[str, list[list[str]], str]],
    *,
    comment: str | None = None,
    extra: dict[str, bytes] | None = None,
) -> bytes:
    """A workbook: each sheet a name, rows of cells (shared strings) and a state ("visible"
    or "hidden"); a note on the first sheet's A1 when ``comment`` is given."""
    strings: list[str] = []
    parts: dict[str, bytes] = {}
    wb_sheets, wb_rels = [], []
    for n, (title, rows, state) in enumerate(sheets, 1):
        wb_sheets.append(f'<sheet name="{title}" sheetId="{n}" state="{state}" r:id="rId{n}"/>')
        wb_rels.append(
            f'<Relationship Id="rId{n}" Type="{_REL}/worksheet" Target="worksheets/sheet{n}.xml"/>'
        )
        xml_rows = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, value in enumerate(row):
                strings.append(value)
                ref = f"{chr(65 + c)}{r}"
                cells.append(f'<c r="{ref}" t="s"><v>{len(strings) - 1}</v></c>')
            xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
        parts[f"xl/worksheets/sheet{n}.xml"] = (
            f'<worksheet xmlns="{_SHEET_NS}"><sheetData>{"".join(xml_rows)}</sheetData></worksheet>'
        ).encode()
    shared = "".join(f"<si><t>{value}</t></si>" for value in strings)
    parts["xl/sharedStrings.xml"] = f'<sst xmlns="{_SHEET_NS}">{shared}</sst>'.encode()
    parts["xl/workbook.xml"] = (
        f'<workbook xmlns="{_SHEET_NS}" xmlns:r="{_REL}"><sheets>{"".join(wb_sheets)}</sheets>'
        "</workbook>"
    ).encode()
    parts["xl/_rels/workbook.xml.rels"] = (
        f'<Relationships xmlns="{_PKG_REL}">{"".join(wb_rels)}</Relationships>'
    ).encode()
    if comment is not None:
        parts["xl/comments1.xml"] = (
            f'<comments xmlns="{_SHEET_NS}"><commentList><comment ref="A1"><text><r>'
            f"<t>{comment}</t></r></text></comment></commentList></comments>"
        ).encode()
    parts["[Content_Types].xml"] = b"<Types/>"
    parts.update(extra or {})
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for member, blob in parts.items():
            z.writestr(member, blob)
    return out.getvalue()


ROWS = [["STT", "Họ và tên", "Số CCCD"], ["1", "Trần Thị Mai", "001203004567"]]


def test_a_workbook_reads_as_its_rows_copied_from_excel() -> None:
    text = read_document_bytes("danh_sach.xlsx", _xlsx([("Hộ nghèo", ROWS, "visible")]))
    assert text.splitlines()[:3] == [
        "Hộ nghèo",
        "STT\tHọ và tên\tSố CCCD",
        "1\tTrần Thị Mai\t001203004567",
    ]
    check = check_prompt(text, policy=POLICY)
    assert {f.entity.value for f in check.findings} >= {"PERSON", "CCCD"}


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(
            _xlsx([("Tổng hợp", [["Xã", "Số hộ"], ["Tân Phú", "12"]], "visible"),
                   ("Chi tiết", ROWS, "hidden")]),
            id="hidden-sheet",
        ),
        pytest.param(
            _xlsx([("Tổng hợp", [["Xã", "Số hộ"]], "visible")],
                  comment="Trần Thị Mai, CCCD 001203004567"),
            id="comment",
        ),
    ],
)  # fmt: skip
def test_what_a_workbook_hides_is_read(data: bytes) -> None:
    assert "001203004567" in read_document_bytes("tong_hop.xlsx", data)
    xlsx_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    with pytest.raises(UnguardedPath):
        vet_document("tong_hop.xlsx", xlsx_type, data, "files.create.file", POLICY)


def test_a_workbook_named_otherwise_is_read_as_one() -> None:
    """A workbook's bytes are read as a workbook whatever its name (a ZIP package is no
    longer taken for a .docx because of its first bytes)."""
    data = _xlsx([("Sheet1", ROWS, "visible")])
    assert "001203004567" in read_document_bytes("bang.dat", data)


def test_a_workbook_with_an_embedded_object_or_that_is_damaged_is_refused() -> None:
    data = _xlsx([("S", ROWS, "visible")], extra={"xl/embeddings/oleObject1.bin": b"\x00"})
    with pytest.raises(InputError, match=r"oleObject1\.bin"):
        read_document_bytes("a.xlsx", data)
    with pytest.raises(InputError) as info:
        read_document_bytes("b.xlsx", b"PK\x03\x04 not a zip")
    assert ".xlsx" in info.value.message_en
    assert "bảng tính" in info.value.message_vi


def test_a_workbook_with_pictures_is_media() -> None:
    data = _xlsx([("S", [["Ảnh"]], "visible")], extra={"xl/media/image1.png": _png()})
    xlsx_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    with pytest.raises(UnguardedPath) as info:
        vet_document("anh.xlsx", xlsx_type, data, "files.create.file", POLICY)
    assert "image" in str(info.value)


# -- any bytes: text or a named InputError, never another exception --------------------------

_SEEDS = {
    ".xlsx": _xlsx([("S", ROWS, "visible")]),
    ".docx": _saved(_plain()),
}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    suffix=st.sampled_from(sorted(_SEEDS)),
    cut=st.integers(min_value=0, max_value=4000),
    flips=st.lists(st.tuples(st.integers(0, 4000), st.integers(0, 255)), max_size=6),
)
def test_damaged_packages_fail_with_a_named_error(
    suffix: str, cut: int, flips: list[tuple[int, int]]
) -> None:
    """A package cut short or with bytes changed is read or refused with an ``InputError``
    naming the file: a reader never fails open and never raises anything else."""
    data = bytearray(_SEEDS[suffix][: max(cut, 4)] if cut else _SEEDS[suffix])
    for at, value in flips:
        if data:
            data[at % len(data)] = value
    outcome: str | InputError
    try:
        outcome = read_document_bytes(f"f{suffix}", bytes(data))
    except InputError as exc:
        outcome = exc
    if isinstance(outcome, InputError):
        assert f"f{suffix}" in outcome.message_en
    else:
        assert isinstance(outcome, str)


def test_check_reads_a_workbook_without_calling_it_a_conversion(tmp_path: object) -> None:
    """``ai-guard check`` on a workbook says what it found, not that it "converted from xlsx
    to Unicode" (a format's reader converts nothing)."""
    import subprocess
    import sys
    from pathlib import Path

    path = Path(str(tmp_path)) / "ds.xlsx"
    path.write_bytes(_xlsx([("Hộ nghèo", ROWS, "visible")]))
    run = subprocess.run(
        [sys.executable, "-m", "ai_guard", "check", "--redact", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert "[CCCD_1]" in run.stdout
    assert "001203004567" not in run.stdout
    assert "Unicode" not in run.stderr


@pytest.mark.parametrize(
    ("member", "xml"),
    [
        pytest.param(
            "xl/pivotCache/pivotCacheRecords1.xml",
            f'<pivotCacheRecords xmlns="{_SHEET_NS}"><r><s v="Trần Thị Mai"/>'
            '<s v="001203004567"/></r></pivotCacheRecords>',
            id="pivot-cache",
        ),
        pytest.param(
            "xl/drawings/drawing1.xml",
            '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/'
            'spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/'
            'main"><xdr:sp><xdr:txBody><a:p><a:r><a:t>Ghi chú: Trần Thị Mai, CCCD '
            "001203004567</a:t></a:r></a:p></xdr:txBody></xdr:sp></xdr:wsDr>",
            id="text-box",
        ),
    ],
)
def test_what_no_sheet_shows_is_read(member: str, xml: str) -> None:
    """A pivot table's cache keeps its source rows after the source sheet is deleted; a text
    box floats over a sheet: both leave with the workbook."""
    data = _xlsx([("Tổng hợp", [["Xã", "Số hộ"]], "visible")], extra={member: xml.encode()})
    text = read_document_bytes("tong_hop.xlsx", data)
    assert "001203004567" in text
    assert "Trần Thị Mai" in text


def _dated_xlsx(styles: str, cell: str, workbook_pr: str = "") -> bytes:
    """A workbook whose one row holds a name and a number cell ``cell`` (raw XML), with the
    styles part ``styles``."""
    data = _xlsx([("Danh sách", [["Họ và tên", "Ngày sinh"]], "visible")])
    name = '<c r="A2" t="inlineStr"><is><t>Lò Thị Xuân</t></is></c>'
    sheet_row = f'<row r="2">{name}{cell}</row>'

    def edit(parts: dict[str, bytes]) -> None:
        sheet = parts["xl/worksheets/sheet1.xml"].decode()
        parts["xl/worksheets/sheet1.xml"] = sheet.replace(
            "</sheetData>", sheet_row + "</sheetData>"
        ).encode()
        parts["xl/styles.xml"] = f'<styleSheet xmlns="{_SHEET_NS}">{styles}</styleSheet>'.encode()
        if workbook_pr:
            book = parts["xl/workbook.xml"].decode()
            parts["xl/workbook.xml"] = book.replace("<sheets>", workbook_pr + "<sheets>").encode()

    return _patched(data, edit)


_STYLES = (
    '<numFmts count="1"><numFmt numFmtId="165" formatCode="dd/mm/yyyy;@"/></numFmts>'
    '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="165"/>'
    '<xf numFmtId="3"/></cellXfs>'
)


@pytest.mark.parametrize(
    ("cell", "workbook_pr", "shown"),
    [
        ('<c r="B2" s="1"><v>33027</v></c>', "", "03/06/1990"),  # built-in date format 14
        ('<c r="B2" s="2"><v>33027</v></c>', "", "03/06/1990"),  # a custom dd/mm/yyyy
        ('<c r="B2" s="2"><v>31565</v></c>', '<workbookPr date1904="1"/>', "03/06/1990"),
        ('<c r="B2" s="3"><v>33027</v></c>', "", "33027"),  # #,##0: a number stays one
        ('<c r="B2" s="0"><v>912345678</v></c>', "", "912345678"),
    ],
)
def test_a_workbook_date_reads_as_a_date(cell: str, workbook_pr: str, shown: str) -> None:
    text = read_document_bytes("ds.xlsx", _dated_xlsx(_STYLES, cell, workbook_pr))
    assert text.splitlines()[-1] == "Lò Thị Xuân\t" + shown


def test_a_sparse_row_keeps_its_cells_in_their_columns() -> None:
    cell = '<c r="D2" t="inlineStr"><is><t>0912345678</t></is></c>'
    text = read_document_bytes("ds.xlsx", _dated_xlsx(_STYLES, cell))
    assert text.splitlines()[-1] == "Lò Thị Xuân\t\t\t0912345678"


def test_a_birth_date_in_a_workbook_column_is_found() -> None:
    text = read_document_bytes("ds.xlsx", _dated_xlsx(_STYLES, '<c r="B2" s="1"><v>33027</v></c>'))
    assert "DATE_OF_BIRTH" in {f.entity.value for f in check_prompt(text, policy=POLICY).findings}
