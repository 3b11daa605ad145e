"""The legacy and open office formats agencies still exchange (.doc, .xls, .rtf, .odt, .ods,
.odp, .pptx) are read whole with the standard library, and what cannot be vouched for (a
password, an embedded object, a Word 6/95 file, damaged bytes) is refused with a named,
bilingual error; every document that carries a citizen or a mark is found through them."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.office_files import (
    a_paragraphs,
    compound,
    cp1258,
    excel_xls,
    odf_package,
    outlook_msg,
    pptx_package,
    word_doc,
)

from ai_guard import check_prompt, classify_document, classify_file
from ai_guard.classify.extract import (
    SUPPORTED_SUFFIXES,
    document_images,
    document_suffix,
    read_document_bytes,
    read_document_bytes_decoded,
)
from ai_guard.classify.ole import CompoundFile
from ai_guard.errors import InputError

CITIZEN = "Ông Nguyễn Văn Thắm, CCCD 001089012345, ở số 12 ngõ 45 phố Kim Mã, Ba Đình."
HEADER = (
    "UBND TỈNH BẮC GIANG\rSỞ NỘI VỤ\rSố: 215/QĐ-SNV\x07CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\r"
    "Độc lập - Tự do - Hạnh phúc\rBắc Giang, ngày 03 tháng 11 năm 2026\x07\x07"
)


# -- the compound file ---------------------------------------------------------------------


def test_compound_file_reads_small_and_large_streams() -> None:
    small, large = b"abc" * 10, bytes(range(256)) * 40
    data = compound({"Small": small, "Large": large, "Box/Inner": b"xyz"}, storages=("Box",))
    reader = CompoundFile(data)
    assert reader.stream("Small") == small
    assert reader.stream("Large") == large
    assert reader.stream("Box/Inner") == b"xyz"
    assert reader.storages() == ["Box"]


def test_compound_file_refuses_a_cut_fat() -> None:
    with pytest.raises(ValueError, match="FAT"):
        CompoundFile(compound({"Small": b"abc"}, cut_difat=True))


# -- .doc ----------------------------------------------------------------------------------


def test_doc_reads_unicode_and_compressed_pieces() -> None:
    data = word_doc([("Kính gửi: ", False), ("Mr. Smith", True), ("\r" + CITIZEN + "\r", False)])
    text = read_document_bytes("ho_so.doc", data)
    assert "Kính gửi: Mr. Smith" in text
    assert "001089012345" in text
    assert "Nguyễn Văn Thắm" in text


def test_doc_tables_fields_and_breaks_become_text() -> None:
    field = '\x13 HYPERLINK "mailto:thamnv@bacgiang.gov.vn" \x14liên hệ\x15'
    data = word_doc([(HEADER + "Họ tên\x07Số điện thoại\x07\x07Lê Thị Hoa\x070912345678\x07\x07"
                      + field + "\rtrang 1\x0ctrang 2", False)])  # fmt: skip
    text = read_document_bytes("qd.doc", data)
    assert "Họ tên\tSố điện thoại" in text
    assert "Lê Thị Hoa\t0912345678" in text
    assert "mailto:thamnv@bacgiang.gov.vn" in text  # the field's code, not only its result
    assert "trang 1\ntrang 2" in text
    assert not any(c in text for c in "\x07\x13\x14\x15\x0c\r")


def test_doc_summary_properties_read_but_not_the_author() -> None:
    data = word_doc([("Nội dung.\r", False)], title="Hồ sơ MẬT về nhân sự", author="Trần Văn Gửi")
    text = read_document_bytes("x.doc", data)
    assert "Hồ sơ MẬT về nhân sự" in text  # in the Vietnamese code page, 1258
    assert "Gửi" not in text
    assert "Trần" not in text


def test_doc_through_check_prompt_and_classify() -> None:
    data = word_doc([(HEADER + "QUYẾT ĐỊNH\rVề việc nâng bậc lương\r" + CITIZEN + "\r", False)])
    result = check_prompt(read_document_bytes("qd.doc", data))
    assert {f.entity for f in result.findings} >= {"CCCD", "PERSON"}
    classified = classify_document(read_document_bytes("qd.doc", data))
    assert classified.recommended_action != "send"


@pytest.mark.parametrize(
    ("data", "english"),
    [
        (word_doc([("x", False)], encrypted=True), "password"),
        (word_doc([("x", False)], version=0x0065), "Word 6/95"),
        (word_doc([("x", False)], embedded=True), "embedded object"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "not a readable Word .doc"),
    ],
)
def test_doc_refusals_are_named_in_both_languages(data: bytes, english: str) -> None:
    with pytest.raises(InputError) as caught:
        read_document_bytes("hs.doc", data)
    assert english in caught.value.message_en
    assert "hs.doc" in caught.value.message_vi
    assert caught.value.message_vi != caught.value.message_en


def test_doc_named_otherwise_is_read_as_doc() -> None:
    data = word_doc([(CITIZEN, False)])
    assert document_suffix("upload.bin", data) == ".doc"
    assert "001089012345" in read_document_bytes("upload.txt", data)


def test_doc_inline_pictures_are_counted() -> None:
    assert document_images("a.doc", word_doc([("ảnh:\x01 và \x01\r", False)])) == 2
    assert document_images("a.doc", word_doc([("không ảnh\r", False)])) == 0


# -- .xls ----------------------------------------------------------------------------------


def test_xls_reads_every_sheet_numbers_whole_and_dates_as_dates() -> None:
    data = excel_xls(
        [
            ("Danh sách", [(0, 0, "Họ và tên"), (0, 1, "Ngày sinh"), (0, 2, "CCCD"),
                           (1, 0, "Phạm Thị Lụa"), (1, 1, ("date", 33027)),
                           (1, 2, 1089012346.0), (1, 3, 912345678.0), (1, 4, 123)]),
            ("Ẩn", [(0, 0, "Tài liệu MẬT"), (0, 5, True)]),
        ],
        note="ghi chu: goi 0987654321",
    )  # fmt: skip
    text = read_document_bytes("ds.xls", data)
    lines = text.splitlines()
    assert lines[0] == "Danh sách"
    assert "Họ và tên\tNgày sinh\tCCCD" in lines
    assert "Phạm Thị Lụa\t03/06/1990\t1089012346\t912345678\t123" in lines
    assert "Ẩn" in lines
    assert "Tài liệu MẬT\t\t\t\t\tTRUE" in lines
    assert "ghi chu: goi 0987654321" in lines


def test_xls_shared_string_split_across_a_continue_record() -> None:
    long_name = "Nguyễn Thị Minh Khai " * 8
    data = excel_xls([("S", [(0, 0, "đầu"), (1, 0, long_name)])], split_strings=True)
    assert long_name in read_document_bytes("a.xls", data)


def test_xls_found_through_check_prompt() -> None:
    data = excel_xls([("S", [(0, 0, "Số CCCD"), (0, 1, "001089012345"), (1, 0, CITIZEN)])])
    result = check_prompt(read_document_bytes("a.xls", data))
    assert "CCCD" in {f.entity for f in result.findings}


def test_xls_encrypted_and_named_otherwise() -> None:
    data = excel_xls([("S", [(0, 0, "x")])], encrypted=True)
    assert document_suffix("bang.dat", data) == ".xls"
    with pytest.raises(InputError) as caught:
        read_document_bytes("bang.xls", data)
    assert "password" in caught.value.message_en


# -- .rtf ----------------------------------------------------------------------------------

RTF = (
    r"{\rtf1\ansi\ansicpg1252\uc1{\fonttbl{\f0\fcharset0 Times New Roman;}"
    r"{\f1\fcharset163 Times New Roman;}}"
    r"{\info{\title Danh s\u225?ch}{\author Ng\u432?\u7901?i G\u7917?i}}"
    r"{\header M\u7852?T\par}"
    r"\f0 Kính gửi \f1 VIETNAMESE_BYTES\par"
    r"\f0 CCCD: 001089012345\tab SĐT\cell 0912345678\cell\row"
    r'{\*\fldinst HYPERLINK "mailto:dongtv@hanoi.gov.vn"}{\fldrslt email}\par'
    r"{\footnote Ghi ch\u250? ri\u234?ng}"
    r"{\*\bkmkstart _Hidden}{\pict\pngblip 89504e47}}"
)


def _rtf_bytes(text: str) -> str:
    """``text`` as RTF escapes of its Windows-1258 bytes (a font with ``\\fcharset163``)."""
    return "".join(f"\\'{byte:02x}" for byte in cp1258(text))


def test_rtf_reads_unicode_code_pages_fields_and_info_but_not_the_author() -> None:
    data = (
        RTF.replace("VIETNAMESE_BYTES", _rtf_bytes("Ông Trình Văn Đồng"))
        .replace("Kính gửi", r"K\u237?nh g\u7917?i")
        .replace("SĐT", "S\\'d0T")
        .encode("ascii")
    )
    text = read_document_bytes("cv.rtf", data)
    assert "Danh sách" in text
    assert "MẬT" in text
    assert "Kính gửi" in text
    assert "Trình Văn Đồng" in text  # \fcharset163: Windows-1258 bytes
    assert "001089012345" in text
    assert "0912345678" in text
    assert "mailto:dongtv@hanoi.gov.vn" in text
    assert "Ghi chú riêng" in text
    assert "Gửi" not in text
    assert "_Hidden" not in text
    assert "89504e47" not in text
    assert document_images("cv.rtf", data) == 1


def test_rtf_embedded_object_refused() -> None:
    data = rb"{\rtf1\ansi Text {\object\objemb{\*\objdata 0105}}}"
    with pytest.raises(InputError) as caught:
        read_document_bytes("x.rtf", data)
    assert "embedded object" in caught.value.message_en


def test_rtf_named_otherwise_is_read_as_rtf() -> None:
    data = rb"{\rtf1\ansi CCCD 001089012345\par}"
    assert document_suffix("x.txt", data) == ".rtf"
    assert read_document_bytes("x.txt", data) == "CCCD 001089012345"


# -- OpenDocument and .pptx -------------------------------------------------------------------


def test_odt_body_tables_headers_comments_deletions_and_metadata() -> None:
    body = (
        "<text:tracked-changes><text:changed-region><text:deletion><text:p>đã xóa: Hà Văn Lực"
        "</text:p></text:deletion></text:changed-region></text:tracked-changes>"
        "<text:h>QUYẾT ĐỊNH</text:h><text:p>Ông<text:s/>Lò<text:s text:c='2'/>Văn Pấn"
        "<text:tab/>CCCD 011089000123<office:annotation><dc:creator>Người Nhận Xét</dc:creator>"
        "<text:p>số điện thoại 0912000111</text:p></office:annotation></text:p>"
        "<table:table table:name='Bảng 1'><table:table-row><table:table-cell><text:p>Tên"
        "</text:p></table:table-cell><table:table-cell table:number-columns-repeated='3'/>"
        "<table:table-cell><text:p>Ngày sinh</text:p></table:table-cell></table:table-row>"
        "</table:table>"
    )
    data = odf_package(
        body,
        styles="<style:master-page><style:footer><text:p>MẬT</text:p></style:footer>"
        "</style:master-page>",
        meta="<dc:title>Hồ sơ nhân sự</dc:title>"
        "<meta:initial-creator>Tác Giả</meta:initial-creator>",
    )
    text = read_document_bytes("qd.odt", data)
    assert "Ông Lò  Văn Pấn\tCCCD 011089000123" in text
    assert "số điện thoại 0912000111" in text
    assert "Tên\t\tNgày sinh" in text
    assert "Bảng 1" in text
    assert "đã xóa: Hà Văn Lực" in text
    assert "MẬT" in text
    assert "Hồ sơ nhân sự" in text
    assert "Người Nhận Xét" not in text
    assert "Tác Giả" not in text


def test_ods_and_odp_told_apart_by_their_mimetype() -> None:
    sheet = odf_package(
        "<table:table table:name='Trang tính'><table:table-row><table:table-cell><text:p>"
        "Nông Thị Én</text:p></table:table-cell></table:table-row></table:table>",
        kind="spreadsheet",
    )
    slides = odf_package(
        "<draw:page><draw:frame><draw:text-box><text:p>Trình chiếu MẬT</text:p>"
        "</draw:text-box></draw:frame></draw:page>",
        kind="presentation",
    )
    assert document_suffix("a.zip", sheet) == ".ods"
    assert document_suffix("a.zip", slides) == ".odp"
    assert "Trang tính\nNông Thị Én" in read_document_bytes("a.zip", sheet)
    assert "Trình chiếu MẬT" in read_document_bytes("b.odp", slides)


def test_odf_embedded_object_refused_and_pictures_counted() -> None:
    embedded = odf_package("<text:p>x</text:p>", extra={"Object 1/content.xml": b"<x/>"})
    with pytest.raises(InputError) as caught:
        read_document_bytes("a.odt", embedded)
    assert "embedded object" in caught.value.message_en
    pictured = odf_package(
        "<text:p><draw:frame><draw:image/></draw:frame></text:p>",
        extra={"Pictures/1.png": b"\x89PNG"},
    )
    assert document_images("a.odt", pictured) == 1


def test_pptx_slides_in_order_notes_properties() -> None:
    slides = [a_paragraphs(f"Trang {n}") for n in range(1, 12)]
    slides[9] = a_paragraphs("Danh sách: Vàng A Dính, 0912345678")
    data = pptx_package(
        slides, notes=[a_paragraphs("ghi chú: CCCD 001089012345")], title="Báo cáo MẬT"
    )
    text = read_document_bytes("bc.pptx", data)
    lines = text.splitlines()
    assert lines.index("Trang 9") < lines.index("Danh sách: Vàng A Dính, 0912345678")
    assert lines.index("Danh sách: Vàng A Dính, 0912345678") < lines.index("Trang 11")
    assert "ghi chú: CCCD 001089012345" in lines
    assert "Báo cáo MẬT" in lines
    assert "Người Gửi" not in text
    assert document_suffix("bc.bin", data) == ".pptx"


def test_pptx_embedded_workbook_refused_and_media_counted() -> None:
    data = pptx_package([a_paragraphs("x")], extra={"ppt/embeddings/Book1.xlsx": b"PK"})
    with pytest.raises(InputError):
        read_document_bytes("a.pptx", data)
    media = pptx_package([a_paragraphs("x")], extra={"ppt/media/image1.png": b"\x89PNG"})
    assert document_images("a.pptx", media) == 1


def test_every_new_suffix_is_supported() -> None:
    assert {".doc", ".xls", ".rtf", ".odt", ".ods", ".odp", ".pptx"} <= SUPPORTED_SUFFIXES


# -- damaged files ---------------------------------------------------------------------------

_SAMPLES = {
    "a.doc": word_doc([(HEADER + CITIZEN, False)], title="T"),
    "a.xls": excel_xls([("S", [(0, 0, "Họ tên"), (1, 0, CITIZEN), (1, 1, 123)])]),
    "a.rtf": RTF.replace("VIETNAMESE_BYTES", _rtf_bytes("Ông Lò Văn Pấn")).encode("utf-8"),
    "a.odt": odf_package("<text:p>" + CITIZEN + "</text:p>"),
    "a.pptx": pptx_package([a_paragraphs(CITIZEN)]),
    "a.msg": outlook_msg("Hồ sơ", CITIZEN, [("a.rtf", b"{\\rtf1 CCCD 001089012345}")]),
}


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    name=st.sampled_from(sorted(_SAMPLES)),
    cuts=st.lists(st.tuples(st.integers(0, 1 << 16), st.integers(0, 255)), max_size=6),
    truncate=st.none() | st.integers(0, 1 << 16),
)
def test_damaged_files_are_read_or_refused_by_name(
    name: str, cuts: list[tuple[int, int]], truncate: int | None
) -> None:
    """Any damage: the text, or an InputError naming the file; never another error."""
    data = bytearray(_SAMPLES[name])
    for at, value in cuts:
        data[at % len(data)] = value
    if truncate is not None:
        del data[truncate % (len(data) + 1) :]
    outcome: str | InputError
    try:
        outcome = read_document_bytes_decoded(name, bytes(data)).text
    except InputError as error:
        outcome = error
    if isinstance(outcome, InputError):
        assert name in outcome.message_en
        assert name in outcome.message_vi
    document_images(name, bytes(data))  # never raises


def test_a_zip_that_claims_gigabytes_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr("content.xml", b"<a/>" + b" " * (300 * 1024 * 1024))
    with pytest.raises(InputError) as caught:
        read_document_bytes("big.odt", buffer.getvalue())
    assert "too large" in caught.value.message_en


def test_struct_layout_of_the_builder_matches_the_reader() -> None:
    """The builder's FIB puts fcClx where the reader looks (pair 33 after 14 words and 22
    longs): a check of the test's own helper, so a failure above is the reader's."""
    data = word_doc([("abc", False)])
    main = CompoundFile(data).stream("WordDocument")
    base = 32 + 2 + 28 + 2 + 88 + 2
    assert struct.unpack_from("<I", main, base + 33 * 8)[0] == 16


def test_classify_file_says_which_images_went_unread(tmp_path: Path) -> None:
    path = tmp_path / "qd.doc"
    path.write_bytes(word_doc([(HEADER + "QUYẾT ĐỊNH\rảnh chụp giấy tờ:\x01\r", False)]))
    result = classify_file(path)
    assert result.unread_images == 1
    assert "1 image(s) that were not read" in result.reasons[-1].en
    assert "1 hình ảnh không đọc được" in result.reasons[-1].vi
    plain = tmp_path / "qd2.doc"
    plain.write_bytes(word_doc([(HEADER + "QUYẾT ĐỊNH\r", False)]))
    assert classify_file(plain).unread_images == 0


# -- .eml ----------------------------------------------------------------------------------


def _message(*, attach: tuple[str, bytes] | None = None, html_only: bool = False) -> bytes:
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "Phạm Văn Tín <tinpv@binhduong.gov.vn>"
    message["To"] = "Văn thư <vanthu@binhduong.gov.vn>"
    message["Subject"] = "Chuyển hồ sơ ông Lò Văn Pấn"
    if html_only:
        message.set_content("<p>CCCD của ông Pấn: <b>011089000123</b></p>", subtype="html")
    else:
        message.set_content("Gửi chị hồ sơ, SĐT ông Pấn 0912000111.")
        message.add_alternative("<p>Gửi chị hồ sơ, SĐT ông Pấn 0912000111.</p>", subtype="html")
    if attach is not None:
        name, data = attach
        message.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return message.as_bytes()


def test_eml_headers_body_and_attached_documents_are_read() -> None:
    data = _message(attach=("qd.doc", word_doc([(CITIZEN + "\r", False)])))
    text = read_document_bytes("thu.eml", data)
    assert "From: Phạm Văn Tín <tinpv@binhduong.gov.vn>" in text
    assert "Subject: Chuyển hồ sơ ông Lò Văn Pấn" in text
    assert text.count("0912000111") == 1  # the plain part, not its HTML twin as well
    assert "[qd.doc]" in text
    assert "001089012345" in text  # inside the attached Word file, base64 in the message
    kinds = {f.entity.value for f in check_prompt(text).findings}
    assert {"GOV_EMAIL", "PHONE", "CCCD"} <= kinds


def test_eml_html_only_and_named_otherwise() -> None:
    data = _message(html_only=True)
    assert document_suffix("thu.txt", data) == ".eml"
    text = read_document_bytes("thu.txt", data)
    assert "CCCD của ông Pấn: 011089000123" in text
    assert "<b>" not in text


def test_eml_attachment_it_cannot_read_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        read_document_bytes("thu.eml", _message(attach=("ban_ve.dwg", b"AC1032")))
    assert "ban_ve.dwg" in caught.value.message_en
    assert "embedded object" in caught.value.message_en


def test_eml_forwarded_message_and_picture_counted() -> None:
    from email.message import EmailMessage

    outer = EmailMessage()
    outer["Subject"] = "Fwd: đơn"
    outer.set_content("Em chuyển tiếp.")
    inner = EmailMessage()
    inner["From"] = "Hà Thị Lụa <lua.ha@gmail.com>"
    inner.set_content("Tôi là Hà Thị Lụa, CCCD 001089012345.")
    outer.add_attachment(inner)
    outer.add_attachment(b"\x89PNG....", maintype="image", subtype="png", filename="cccd.png")
    data = outer.as_bytes()
    text = read_document_bytes("fwd.eml", data)
    assert "From: Hà Thị Lụa <lua.ha@gmail.com>" in text
    assert "001089012345" in text
    assert document_images("fwd.eml", data) == 1


def test_msg_properties_recipients_and_attachments_are_read() -> None:
    data = outlook_msg(
        "Hồ sơ ông Lò Văn Pấn",
        "Chị xem giúp, SĐT ông Pấn 0912000111.",
        [("qd.doc", word_doc([(CITIZEN + "\r", False)])), ("anh.png", b"\x89PNG")],
        recipient="vanthu@binhduong.gov.vn",
    )
    assert document_suffix("thu.bin", data) == ".msg"
    text = read_document_bytes("thu.msg", data)
    assert "Subject: Hồ sơ ông Lò Văn Pấn" in text
    assert "0912000111" in text
    assert "vanthu@binhduong.gov.vn" in text
    assert "001089012345" in text  # inside the attached Word file
    assert document_images("thu.msg", data) == 1


def test_msg_attached_message_or_unknown_type_refused() -> None:
    for data in (
        outlook_msg("x", "y", embedded_message=True),
        outlook_msg("x", "y", [("ban_ve.dwg", b"AC1032")]),
    ):
        with pytest.raises(InputError) as caught:
            read_document_bytes("thu.msg", data)
        assert "embedded object" in caught.value.message_en


def test_what_a_reader_hides_still_leaves_and_is_read() -> None:
    """An RTF destination a reader skips and a presentation's master footer travel with the
    file: both are read."""
    hidden = rb"{\rtf1\ansi Xin chao {\*\ghichu CCCD 001089012345}\par}"
    assert "001089012345" in read_document_bytes("x.rtf", hidden)
    master = a_paragraphs("TÀI LIỆU MẬT - Sở Nội vụ")
    data = pptx_package(
        [a_paragraphs("Trang 1")],
        extra={
            "ppt/slideMasters/slideMaster1.xml": (
                '<p:sldMaster xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
                'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cSld>'
                f"<p:spTree>{master}</p:spTree></p:cSld></p:sldMaster>"
            ).encode()
        },
    )
    text = read_document_bytes("bc.pptx", data)
    assert "TÀI LIỆU MẬT - Sở Nội vụ" in text
    assert check_prompt(text).decision.value == "block"


def test_eml_custom_and_relay_headers_are_read_signatures_are_not() -> None:
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "a@b.vn"
    message["Received"] = "from mail01.noibo.sotp.local (10.20.30.40) by relay"
    message["X-Nguoi-Xu-Ly"] = "Trần Thị Mận, CCCD 001089012345"
    message["DKIM-Signature"] = "v=1; a=rsa-sha256; b=QmFzZTY0U2lnbmF0dXJlT2ZUaGVNZXNzYWdl"
    message.set_content("Nội dung.")
    text = read_document_bytes("thu.eml", message.as_bytes())
    assert "X-Nguoi-Xu-Ly: Trần Thị Mận, CCCD 001089012345" in text
    assert "10.20.30.40" in text
    assert "QmFzZTY0" not in text
