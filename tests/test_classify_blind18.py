"""Rules from the blind documents_holdout18.jsonl (papers as they arrive: OCR, markdown tables,
CSV sheets): OCR's stand-ins inside an issuer's capitals, a header copied as a markdown table,
a sheet that opens with its body's name in lower case. Each rule has a hard negative beside
it."""

from __future__ import annotations

import pytest

from ai_guard import classify_document

_LETTER = (
    "{body}\n{place}\nSố: 214/UBND-VP\nV/v chuẩn bị phương án ứng phó mưa lũ\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Quảng Ngãi, ngày 21 tháng 11 năm 2026\n\nKính gửi: Các sở, ban, ngành.\n\n"
    "Đề nghị các đơn vị rà soát phương án ứng phó mưa lũ, báo cáo trước ngày 25/11/2026.\n\n"
    "Nơi nhận:                                   KT. CHỦ TỊCH\n- Như trên;\n"
    "- Lưu: VT.                                  PHÓ CHỦ TỊCH\n"
    "                                            A Pớt Thuận\n"
)


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("ỦY BAN NHÂN DÂN", "TlNH QUẢNG NGÃI"),  # l for I
        ("ỦY BAN NHÂN DÂN", "T1NH QUẢNG NGÃI"),  # 1 for I
        ("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"),  # clean, as before
        ("UBND", "TlNH QUẢNG NGÃI"),
        ("HỘl ĐỒNG NHÂN DÂN", "TlNH QUẢNG NGÃI"),  # the bare body's own word too
        ("VlỆN KIỂM SÁT NHÂN DÂN", "KHU VỰC 4 - NGHỆ AN"),
        ("V1ỆN KIỂM SÁT NHÂN DÂN", "KHU VỰC 4 - NGHỆ AN"),
        ("T0À ÁN NHÂN DÂN", "KHU VỰC 2 - QUẢNG NGÃI"),  # 0 for O
        ("TÒA ÁN NHÂN DÂN", "KHU VỰC 2 - QUẢNG NGÃI"),
        ("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘl"),
    ],
)
def test_ocr_capitals_under_a_bare_body_leave_its_place_line_the_issuer(
    body: str, place: str
) -> None:
    res = classify_document(_LETTER.format(body=body, place=place))
    assert res.header.issuer is not None
    # the line as written, OCR's damage kept (DOCUMENTS.md: values as they appear)
    assert res.header.issuer.text == place


@pytest.mark.parametrize(
    ("body", "place", "issuer"),
    [
        # a code's digits stay digits: the body's own name over its parent's place
        ("CHI CỤC THUẾ KHU VỰC 10", "TỈNH QUẢNG NGÃI", "CHI CỤC THUẾ KHU VỰC 10"),
        # a name that carries its place, over the place alone
        ("TÒA ÁN NHÂN DÂN KHU VỰC 1", "TlNH QUẢNG NGÃI", "TÒA ÁN NHÂN DÂN KHU VỰC 1"),
    ],
)
def test_a_body_that_names_itself_stays_the_issuer_over_an_ocr_place(
    body: str, place: str, issuer: str
) -> None:
    res = classify_document(_LETTER.format(body=body, place=place))
    assert res.header.issuer is not None
    assert res.header.issuer.text == issuer


_TABLE_HEADER = (
    "{r1}\n{rule}\n{r2}\n{r3}\n{r4}\n\nKẾ HOẠCH\n"
    "Bảo đảm hậu cần diễn tập khu vực phòng thủ tỉnh năm 2027\n\n"
    "I. MỤC ĐÍCH\nBảo đảm đầy đủ, kịp thời hậu cần cho các lực lượng tham gia diễn tập.\n\n"
    "Nơi nhận:                                   CHỈ HUY TRƯỞNG\n- Lưu: VT.\n"
    "                                            Đại tá Sồng A Chớ\n"
)


@pytest.mark.parametrize(
    ("r1", "rule", "r2", "r3", "r4"),
    [
        (
            "| BỘ TƯ LỆNH QUÂN KHU 2 | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
            "|---|---|",
            "| BỘ CHỈ HUY QUÂN SỰ TỈNH SƠN LA | Độc lập - Tự do - Hạnh phúc |",
            "| Số: 285/KH-BCH | Sơn La, ngày 19 tháng 11 năm 2026 |",
            "| Độ mật: TỐI MẬT | Bản số: 04 |",
        ),
        (  # no spaces inside the pipes, an aligned rule
            "|BỘ TƯ LỆNH QUÂN KHU 2|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|",
            "|:---|:---:|",
            "|BỘ CHỈ HUY QUÂN SỰ TỈNH SƠN LA|Độc lập - Tự do - Hạnh phúc|",
            "|Số: 285/KH-BCH|Sơn La, ngày 19 tháng 11 năm 2026|",
            "|TỐI MẬT||",
        ),
        (  # the stamp under the number, the date beside it
            "| BỘ TƯ LỆNH QUÂN KHU 2 | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
            "| --- | --- |",
            "| BỘ CHỈ HUY QUÂN SỰ TỈNH SƠN LA | Độc lập - Tự do - Hạnh phúc |",
            "| Số: 285/KH-BCH | |",
            "| TỐI MẬT | Sơn La, ngày 19 tháng 11 năm 2026 |",
        ),
    ],
)
def test_a_header_copied_as_a_markdown_table_reads_cell_by_cell(
    r1: str, rule: str, r2: str, r3: str, r4: str
) -> None:
    res = classify_document(_TABLE_HEADER.format(r1=r1, rule=rule, r2=r2, r3=r3, r4=r4))
    assert res.header.issuer is not None
    assert res.header.issuer.text == "BỘ CHỈ HUY QUÂN SỰ TỈNH SƠN LA"
    assert res.header.number_symbol is not None
    assert res.header.number_symbol.text == "285/KH-BCH"
    assert res.header.place_date is not None
    assert res.header.place_date.text == "Sơn La, ngày 19 tháng 11 năm 2026"
    assert res.doc_type == "ke_hoach"
    assert res.sensitivity == "top_secret"


_SLIP = (
    "BỘ CÔNG THƯƠNG\nVỤ TỔ CHỨC CÁN BỘ\n\nPHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC\n\n"
    "| Kính trình | Thứ trưởng |\n| Trích yếu | V/v phương án nâng cấp máy chủ thư điện tử |\n"
    "| Kết luận | Đề nghị phê duyệt |\n| Ngày trình | 24/11/2026 |\n\n"
    "Tóm tắt nội dung trình: nâng cấp máy chủ thư điện tử trong quý I năm 2027.\n"
    "Vụ trưởng\nLê Quang Minh\n\n"
    "| Tháng | Thư đến | Thư đi | Thư rác |\n|---|---|---|---|\n"
    + "".join(f"| {m:02d}/2026 | 1{m}2 | 9{m} | 3{m} |\n" for m in range(1, 13))
)


def test_a_slips_field_cells_are_no_type_line_and_no_cong_van() -> None:
    res = classify_document(_SLIP)
    # the trích yếu cell is the subject, a field's label ("Kết luận") no title, and a slip
    # is no công văn for its V/v cell
    assert res.header.subject is not None
    assert res.header.subject.text == "V/v phương án nâng cấp máy chủ thư điện tử"
    assert res.doc_type == "other"
    # a data table's rows of more columns pasted after the signature leave the signer found
    assert res.header.signer is not None
    assert res.header.signer.text == "Lê Quang Minh"


_SHEET = (
    "{first}\n{title}\n"
    "STT,Họ tên trẻ,Ngày sinh,Lớp,Họ tên phụ huynh,Điện thoại,Chẩn đoán\n"
    "1,Vi Gia Bảo,12/03/2022,Chồi 2,Vi Văn Khải,0977 405 318,Tay chân miệng độ 1\n"
    "2,Đồng Khánh An,28/07/2022,Chồi 2,Đồng Thị Lụa,0865 219 047,Tay chân miệng độ 2a\n"
)


@pytest.mark.parametrize(
    ("first", "doc_type"),
    [
        ("Trường mầm non Hoa Sen - phường Vĩnh Hưng", "bao_cao"),
        ("Trạm Y tế phường Vĩnh Hưng", "bao_cao"),
        ("UBND xã Chiềng Mai", "bao_cao"),
        ("truong mam non hoa sen - phuong vinh hung", "bao_cao"),  # typed without diacritics
    ],
)
def test_a_sheet_opening_with_its_bodys_name_in_lower_case_has_it_as_issuer(
    first: str, doc_type: str
) -> None:
    title = "Báo cáo trẻ mắc bệnh tay chân miệng (tuần 47/2026) - gửi Trạm Y tế phường"
    res = classify_document(_SHEET.format(first=first, title=title))
    assert res.header.issuer is not None
    assert res.header.issuer.text == first
    assert res.doc_type == doc_type
    assert res.header.subject is None  # the sheet's head row is no subject
    assert "health" in res.category_names


@pytest.mark.parametrize(
    "first",
    [
        "Trường em gửi danh sách trẻ mắc bệnh như sau:",  # a sentence leading into the list
        "Trường mầm non Hoa Sen, số 12 phố Vĩnh Hưng",  # an address
        "Nhờ anh rà lại danh sách này giúp em",  # a chat request
    ],
)
def test_a_first_line_that_is_no_bodys_name_is_no_issuer(first: str) -> None:
    title = "Báo cáo trẻ mắc bệnh tay chân miệng (tuần 47/2026) - gửi Trạm Y tế phường"
    res = classify_document(_SHEET.format(first=first, title=title))
    assert res.header.issuer is None
    # ... nor does a title under no body's name become the document's type
    assert res.doc_type == "other"
