"""Rules from the blind documents_holdout18.jsonl (papers as they arrive: OCR, markdown tables,
CSV sheets, pastes of two papers): OCR's stand-ins inside an issuer's capitals, a header copied
as a markdown table, a sheet that opens with its body's name in lower case, a rate of
compensation, a health worker's post, an injury rate a forensic assessment set, a disease a
named official is treated for, and public information that stays beside a protected file.
Each rule has a hard negative beside it."""

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
    ("line", "number"),
    [
        ("S ố: 214/UBND-VP", "214/UBND-VP"),  # a stray space OCR put inside the word
        ("S ô: 2l4/UBND-VP", "2l4/UBND-VP"),
        ("S 6: 214/UBND-VP", "214/UBND-VP"),
        ("Sô: 214/UBND-VP", "214/UBND-VP"),
        ("Số: 214/UBND-VP", "214/UBND-VP"),
    ],
)
def test_a_number_line_ocr_spaced_is_the_number(line: str, number: str) -> None:
    text = _LETTER.format(body="ỦY BAN NHÂN DÂN", place="TlNH QUẢNG NGÃI")
    res = classify_document(text.replace("Số: 214/UBND-VP", line))
    assert res.header.number_symbol is not None
    assert res.header.number_symbol.text == number
    assert res.header.issuer is not None
    assert res.header.issuer.text == "TlNH QUẢNG NGÃI"


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


_CELL_LINES = (
    "| {body} | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM{br}Độc lập - Tự do - Hạnh phúc |\n|---|---|\n"
    "| Số: 285/KH-UBND | Sơn La, ngày 19 tháng 11 năm 2026 |\n\nKẾ HOẠCH\nDiễn tập năm 2027\n\n"
    "I. MỤC ĐÍCH\nBảo đảm an toàn tuyệt đối cho người và phương tiện.\n\n"
    "| Nơi nhận:{br}- Lưu: VT. | {sign} |\n"
)


@pytest.mark.parametrize("br", ["<br>", "<br/>", "<BR />", " / "])
def test_a_cells_own_lines_are_lines_of_the_header_and_the_signature(br: str) -> None:
    body = f"ỦY BAN NHÂN DÂN{br}TỈNH SƠN LA"
    sign = f"KT. CHỦ TỊCH{br}PHÓ CHỦ TỊCH{br}Lò Văn Chớ"
    res = classify_document(_CELL_LINES.format(body=body, br=br, sign=sign))
    assert res.header.issuer is not None
    assert res.header.issuer.text == "TỈNH SƠN LA"
    assert res.header.signer is not None
    assert res.header.signer.text == "Lò Văn Chớ"
    assert res.header.place_date is not None
    assert res.header.place_date.text == "Sơn La, ngày 19 tháng 11 năm 2026"


def test_a_slash_without_spaces_breaks_no_cell() -> None:
    # "K/T" and a number's slash are no line breaks: the authority stays on its title's line
    sign = "K/T CHỦ TỊCH / PHÓ CHỦ TỊCH / Lò Văn Chớ"
    res = classify_document(_CELL_LINES.format(body="UBND TỈNH SƠN LA", br=" / ", sign=sign))
    assert res.header.signer is not None
    assert res.header.signer.text == "Lò Văn Chớ"
    assert res.header.number_symbol is not None
    assert res.header.number_symbol.text == "285/KH-UBND"
    assert res.header.issuer is not None
    assert res.header.issuer.text == "UBND TỈNH SƠN LA"


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


_COMPLAINT = (
    "CONG HOA XA HOI CHU NGHIA VIET NAM\nDoc lap - Tu do - Hanh phuc\n\nDON KHIEU NAI\n\n"
    "Kinh gui: Chu tich Uy ban nhan dan xa Trieu Phong.\n\n"
    "Toi ten la Ho Si Luong, sinh nam 1968, tru tai thon Phuoc My, xa Trieu Phong. {line}\n"
    "Toi de nghi Chu tich UBND xa xem xet lai.\n\nNguoi khieu nai\nHo Si Luong\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Quyet dinh ap gia boi thuong 62.000 dong/m² la thap hon gia dat cu the.",
        "Quyet dinh chi boi thuong 85.000 dong/cay ca phe, thap hon gia thi truong.",
        "Gia boi thuong 1.200.000 dong mot m2 dat o la khong dung.",
        "Don gia boi thuong 105.000 dong/m2 la thap.",
    ],
)
def test_a_rate_of_compensation_disputed_is_no_ones_money(line: str) -> None:
    res = classify_document(_COMPLAINT.format(line=line))
    assert "finance" not in res.category_names
    assert "complaint_denunciation" in res.category_names


def test_a_compensation_sum_paid_to_the_named_household_stays_finance() -> None:
    line = "Gia dinh toi duoc boi thuong, ho tro: 74.400.000 dong nhung chua nhan du."
    assert "finance" in classify_document(_COMPLAINT.format(line=line)).category_names


_ADVERT = (
    "SỞ Y TẾ TỈNH THANH HÓA\nBỆNH VIỆN ĐA KHOA KHU VỰC NGỌC LẶC\nSố: 1172/TB-BVĐKKV\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Ngọc Lặc, ngày 16 tháng 11 năm 2026\n\nTHÔNG BÁO\nTuyển dụng viên chức năm 2026\n\n"
    "1. Chỉ tiêu: {posts}.\n2. Điều kiện: có văn bằng, chứng chỉ phù hợp vị trí việc làm.\n"
    "3. Thời gian nhận phiếu: từ ngày 18/11/2026 đến hết ngày 17/12/2026.\n\n"
    "Nơi nhận:                                   GIÁM ĐỐC\n- Báo Thanh Hóa; Trang TTĐT Bệnh viện;\n"
    "- Lưu: VT, TCCB.                             Trịnh Hữu Duẩn\n"
)


@pytest.mark.parametrize(
    "posts",
    [
        "02 bác sĩ hồi sức cấp cứu, 01 bác sĩ chẩn đoán hình ảnh, 05 điều dưỡng hạng IV",
        "01 kỹ thuật viên nội soi, 01 điều dưỡng phẫu thuật",
        "01 bác sĩ chuyên khoa tâm thần, 01 kỹ thuật viên truyền máu",
        "02 bac si chan doan hinh anh",  # typed without diacritics
    ],
)
def test_a_health_workers_post_is_no_health_file(posts: str) -> None:
    res = classify_document(_ADVERT.format(posts=posts))
    assert "health" not in res.category_names
    assert "personnel" in res.category_names


@pytest.mark.parametrize(
    "text",
    [
        "TRẠM Y TẾ XÃ NGỌC LẶC\nSố: 12/BC-TYT\nBÁO CÁO\nVề ca bệnh\n\n"
        "Bác sĩ chẩn đoán bà Lò Thị Mai, sinh năm 1971, thôn Bái, mắc lao phổi; "
        "đã chuyển tuyến điều trị.\n",
        # holdout10's dh10-009: what a doctor found in a named colleague, in a work chat
        "[07:48, 04/12/2026] Trưởng phòng Phùng Thị Bích Hạnh: Mọi người ơi, anh Sầm Văn Chúc "
        "nhập viện tối qua ở BV Đa khoa khu vực, bác sĩ chẩn đoán viêm tụy cấp, phải nằm viện "
        "ít nhất 2 tuần.\n[07:51, 04/12/2026] Lường Văn Tiệp: Dạ em biết rồi chị.\n",
    ],
)
def test_a_doctors_diagnosis_of_a_named_patient_stays_health(text: str) -> None:
    assert "health" in classify_document(text).category_names


_PAGE = (
    "{injury}\n[3] Về trách nhiệm dân sự: bị cáo đã bồi thường cho bị hại 35.000.000 đồng.\n\n"
    "Vì các lẽ trên,\nQUYẾT ĐỊNH:\n"
    '1. Tuyên bố bị cáo Đàm Văn Thắm phạm tội "Cố ý gây thương tích".\n'
    "Xử phạt bị cáo Đàm Văn Thắm 09 (chín) tháng tù nhưng cho hưởng án treo.\n\n"
    "                     TM. HỘI ĐỒNG XÉT XỬ\n"
    "                     THẨM PHÁN - CHỦ TỌA PHIÊN TÒA\n                     Giáp Thị Thu Hường\n"
)


@pytest.mark.parametrize(
    "injury",
    [
        "Tỷ lệ tổn thương cơ thể do thương tích gây nên cho ông Trình Quốc Nghị là 18% (theo "
        "Kết luận giám định pháp y số 206/TgT ngày 03/6/2026 của Trung tâm Pháp y tỉnh).",
        "tổn thương cơ thể do thương tích gây nên cho ông Trình Quốc Nghị là l8% (theo Kết luận "
        "giám định pháp y số 2O6/TgT ngày 03/6/2026).",  # a page cut mid-sentence, OCR'd
        "Theo Bản kết luận giám định thương tích số 206/TgT, ông Trình Quốc Nghị bị tổn thương "
        "cơ thể 27%.",
        "Ông Trình Quốc Nghị bị thương tích với tỷ lệ 12% theo kết luận giám định.",
    ],
)
def test_an_injury_rate_a_forensic_assessment_set_is_health(injury: str) -> None:
    res = classify_document(_PAGE.format(injury=injury))
    assert set(res.category_names) == {"criminal_procedure", "health"}


@pytest.mark.parametrize(
    "injury",
    [
        # holdout's dh-041 and holdout3's dh3-011: a rate no assessment stands behind
        "Bị cáo gây thương tích cho ông Trình Quốc Nghị với tỷ lệ tổn thương cơ thể 34%.",
        # an assessment without a rate ("giám định" of the goods) is no injury
        "Ông Trình Quốc Nghị khai báo thành khẩn; kết luận giám định giá trị tài sản là 12 "
        "triệu đồng.",
    ],
)
def test_a_rate_or_an_assessment_alone_is_a_fact_of_the_case(injury: str) -> None:
    res = classify_document(_PAGE.format(injury=injury))
    assert res.category_names == ["criminal_procedure"]


_PLANNING = (
    "ĐẢNG BỘ TỈNH THÁI NGUYÊN\nBAN TỔ CHỨC TỈNH ỦY\n*\nSố 118-BC/BTCTU\nMẬT\n"
    "ĐẢNG CỘNG SẢN VIỆT NAM\nThái Nguyên, ngày 20 tháng 11 năm 2026\n\nBÁO CÁO\n"
    "kết quả rà soát, bổ sung quy hoạch cán bộ nhiệm kỳ 2026 - 2031\n\n"
    "1. Tổng số cán bộ được đề xuất bổ sung quy hoạch: 27 đồng chí.\n"
    "2. Đưa ra khỏi quy hoạch 02 đồng chí, trong đó: đồng chí Hoàng Văn Khởi, Phó Giám đốc Sở "
    "Xây dựng, do bị kỷ luật khiển trách năm 2026; đồng chí Ma Thị Tuyết Nhung, Phó Chủ tịch "
    "UBND phường Phan Đình Phùng, {reason}.\n\n"
    "Nơi nhận:                                   T/M BAN TỔ CHỨC\n- Lưu: VT, BTC.\n"
    "                                            TRƯỞNG BAN\n"
    "                                            Dương Ngọc Khuê\n"
)


@pytest.mark.parametrize(
    "reason",
    [
        "do sức khỏe không bảo đảm (đang điều trị ung thư)",
        "do mắc bệnh viêm gan B, sức khỏe không bảo đảm",
        "do bị xuất huyết não, đang phục hồi chức năng",
        "do sức khoẻ yếu, dang dieu tri ung thu",
    ],
)
def test_a_disease_a_named_official_is_treated_for_is_health(reason: str) -> None:
    res = classify_document(_PLANNING.format(reason=reason))
    assert set(res.category_names) == {"personnel", "health"}


def test_a_disease_named_as_a_programme_is_no_ones_health() -> None:
    reason = "do chuyển công tác sang phụ trách chương trình phòng chống ung thư của tỉnh"
    res = classify_document(_PLANNING.format(reason=reason))
    assert res.category_names == ["personnel"]


_PRESS = (
    "TỈNH ỦY LÂM ĐỒNG\nỦY BAN KIỂM TRA\n\n{title}\nKết quả kỳ họp thứ 19 của Ủy ban Kiểm tra "
    "Tỉnh ủy\n\nNgày 26/11/2026, Ủy ban Kiểm tra Tỉnh ủy Lâm Đồng tổ chức kỳ họp thứ 19.\n"
    "Ủy ban Kiểm tra Tỉnh ủy quyết định thi hành kỷ luật ông Ngô Thừa Khải, nguyên Phó Giám đốc "
    "Sở Nông nghiệp và Môi trường, bằng hình thức cảnh cáo.\n"
    "Ủy ban Kiểm tra Tỉnh ủy thông báo để các cơ quan báo chí đưa tin.\n\n"
    "ỦY BAN KIỂM TRA TỈNH ỦY LÂM ĐỒNG\n"
)


def test_a_press_release_on_a_named_officials_discipline_stays_public_information() -> None:
    res = classify_document(_PRESS.format(title="THÔNG CÁO BÁO CHÍ"))
    assert set(res.category_names) == {"personnel", "public_info"}
    assert res.recommended_action == "do_not_send"  # the verdict still protects him


def test_a_posted_notice_naming_a_suspect_is_his_file_made_known() -> None:
    text = (
        "CÔNG AN XÃ YÊN THẾ\nSố: 45/TB-CAX\nTHÔNG BÁO\nTruy tìm đối tượng\n\n"
        "Công an xã Yên Thế thông báo truy tìm đối tượng Đàm Văn Lực, sinh năm 1990, trú tại "
        "thôn Đồng Kỳ, là bị can trong vụ án trộm cắp tài sản, đã bỏ trốn khỏi nơi cư trú.\n"
        "Ai phát hiện đề nghị báo ngay cho Công an xã. Thông báo này được niêm yết tại trụ sở "
        "và các nhà văn hóa thôn để Nhân dân biết.\n\n"
        "Nơi nhận:                                   TRƯỞNG CÔNG AN XÃ\n- Lưu: VT.\n"
        "                                            Hà Văn Lâm\n"
    )
    res = classify_document(text)
    assert "criminal_procedure" in res.category_names
    assert "public_info" not in res.category_names


_NOTICE = (
    "ỦY BAN NHÂN DÂN\nPHƯỜNG LONG BIÊN\nSố: 605/TB-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Long Biên, ngày 27 tháng 11 năm 2026\n\nTHÔNG BÁO\n"
    "Thời gian làm việc của Bộ phận Một cửa dịp Tết Dương lịch 2027\n\n"
    "Bộ phận Một cửa phường nghỉ ngày 01/01/2027 và làm việc bình thường từ ngày 04/01/2027."
    "{named} Trường hợp khẩn cấp về hộ tịch, liên hệ số 024.3872.6610.\n\n"
    "Nơi nhận:                                   TL. CHỦ TỊCH\n- Niêm yết tại trụ sở;"
    "                       CHÁNH VĂN PHÒNG\n- Lưu: VT.                                   "
    "Khương Thị Mỹ Lệ\n"
)
_SLIP_AFTER = (
    "\n----------------------------------------\n\n"
    "ỦY BAN NHÂN DÂN\nPHƯỜNG LONG BIÊN\nSố: 88/PC-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nPHIẾU CHUYỂN ĐƠN\n\n"
    "Kính gửi: Ủy ban Kiểm tra Đảng ủy phường Long Biên.\n\n"
    "Ngày 24/11/2026, UBND phường nhận đơn tố cáo của ông Tô Đức Cường, trú tại số 17 ngõ 342 "
    "phố Ngọc Lâm, tố cáo ông Bạch Văn Quảng, Trưởng Công an phường. Nội dung tố cáo đảng viên "
    "thuộc thẩm quyền của Ủy ban Kiểm tra, UBND phường chuyển đơn để giải quyết.\n"
)


def test_a_public_notice_pasted_before_a_slip_keeps_public_information() -> None:
    res = classify_document(_NOTICE.format(named="") + _SLIP_AFTER)
    assert set(res.category_names) == {"complaint_denunciation", "public_info"}
    assert res.recommended_action == "do_not_send"


def test_a_public_notice_that_names_the_denouncer_itself_is_his_file_made_known() -> None:
    named = (
        " Ông Tô Đức Cường, trú tại số 17 ngõ 342 phố Ngọc Lâm, có đơn tố cáo ông Bạch Văn "
        "Quảng, Trưởng Công an phường, đã được chuyển Ủy ban Kiểm tra giải quyết."
    )
    res = classify_document(_NOTICE.format(named=named) + _SLIP_AFTER)
    assert "complaint_denunciation" in res.category_names
    assert "public_info" not in res.category_names
