"""classify_document: layout, type, secrecy, categories, personal data, verdict, files."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ai_guard import (
    Category,
    DocumentClassification,
    DocumentType,
    InputError,
    Policy,
    Sensitivity,
    check_prompt,
    classify_document,
    classify_file,
)
from ai_guard.classify import DOCUMENT_SUFFIXES, path_like_suffix

ENFORCEMENT = """CỤC THI HÀNH ÁN DÂN SỰ TỈNH BÌNH DƯƠNG
CHI CỤC THI HÀNH ÁN DÂN SỰ THỊ XÃ BẾN CÁT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 318/QĐ-CCTHADS
Bến Cát, ngày 14 tháng 3 năm 2024

QUYẾT ĐỊNH
Về việc thi hành án theo đơn yêu cầu

CHI CỤC TRƯỞNG CHI CỤC THI HÀNH ÁN DÂN SỰ THỊ XÃ BẾN CÁT

Căn cứ khoản 2 Điều 35 Luật Thi hành án dân sự;
Xét đơn yêu cầu thi hành án của bà Trần Thị Mai,

QUYẾT ĐỊNH:
Điều 1. Thi hành án đối với ông Nguyễn Văn Bình, trú tại khu phố 2, phường Mỹ Phước.
Phải trả cho bà Trần Thị Mai số tiền 250.000.000 đồng.
Điều 2. Chấp hành viên Lê Văn Toàn có trách nhiệm tổ chức thi hành quyết định này.

Nơi nhận:
- Như Điều 2;
- Lưu: VT, HSTHA.
CHI CỤC TRƯỞNG
(Đã ký)
Phạm Quốc Hưng
"""

OCR_LETTER = """UBND TINH NGHE AN          CONG HOA XA HOI CHU NGHIA VIET NAM
SO TU PHAP                 Doc lap - Tu do - Hanh phuc
Sé: 125/STP-VP             Nghe An, ngay 05 thang 6 nam 2024
V/v bao cao so lieu giai quyet don thu quy II

Kinh gui: Thanh tra tinh Nghe An

So Tu phap bao cao so lieu tiep cong dan, xu ly don thu quy II: tong so 45 don khieu nai,
12 don to cao; da giai quyet 50 vu viec.
Noi nhan:
- Nhu tren;
- Luu: VT.
KT. GIAM DOC
PHO GIAM DOC
Tran Van Binh
"""

INTERNAL_PLAN = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NINH
Số: 45/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ninh, ngày 2 tháng 4 năm 2025
KẾ HOẠCH
Triển khai chuyển đổi số năm 2025
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiệu quả cung cấp dịch vụ công trực tuyến; giao Sở Khoa học và Công nghệ chủ trì.
Nơi nhận:
- Các sở, ban, ngành;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Hùng
"""

LAW = """QUỐC HỘI
Luật số: 91/2025/QH15
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
LUẬT
BẢO VỆ DỮ LIỆU CÁ NHÂN
Chương I
NHỮNG QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Luật này quy định về dữ liệu cá nhân và bảo vệ dữ liệu cá nhân.
Điều 2. Giải thích từ ngữ
Điều 3. Nguyên tắc bảo vệ dữ liệu cá nhân
"""


def _stamped(level: str) -> str:
    return INTERNAL_PLAN.replace("Số: 45/KH-UBND\n", f"Số: 45/KH-UBND\n{level}\n")


# -- layout ------------------------------------------------------------------------------------


def test_header_fields_of_a_decree_30_decision() -> None:
    r = classify_document(ENFORCEMENT)
    h = r.header
    assert h.issuer is not None
    assert h.issuer.text == "CHI CỤC THI HÀNH ÁN DÂN SỰ THỊ XÃ BẾN CÁT"
    assert h.number_symbol is not None
    assert h.number_symbol.text == "318/QĐ-CCTHADS"
    assert (h.number, h.symbol) == ("318", "QĐ-CCTHADS")
    assert h.place_date is not None
    assert h.place_date.text == "Bến Cát, ngày 14 tháng 3 năm 2024"
    assert h.place == "Bến Cát"
    assert h.date is not None
    assert h.date.isoformat() == "2024-03-14"
    assert h.type_name is not None
    assert h.type_name.text == "QUYẾT ĐỊNH"
    assert h.subject is not None
    assert h.subject.text == "Về việc thi hành án theo đơn yêu cầu"
    assert h.signer is not None
    assert h.signer.text == "Phạm Quốc Hưng"
    assert h.distribution is not None
    assert h.distribution.text.startswith("Nơi nhận:")
    assert h.national_motto
    for fld in (h.issuer, h.number_symbol, h.place_date, h.subject, h.signer):
        assert ENFORCEMENT[fld.start : fld.end] == fld.text


def test_ocr_header_without_diacritics_two_columns() -> None:
    r = classify_document(OCR_LETTER)
    h = r.header
    assert h.number_symbol is not None
    assert h.number_symbol.text == "125/STP-VP"
    assert h.issuer is not None
    assert h.issuer.text == "SO TU PHAP"
    assert h.place_date is not None
    assert h.place_date.text.startswith("Nghe An, ngay 05")
    assert h.subject is not None
    assert h.subject.text.startswith("V/v bao cao")
    assert h.recipients is not None
    assert h.recipients.text == "Thanh tra tinh Nghe An"
    assert h.signer is not None
    assert h.signer.text == "Tran Van Binh"
    assert r.doc_type is DocumentType.CONG_VAN


def test_spans_are_on_the_original_text_when_it_is_nfd() -> None:
    import unicodedata

    nfd = unicodedata.normalize("NFD", ENFORCEMENT)
    r = classify_document(nfd)
    h = r.header
    assert h.number_symbol is not None
    assert unicodedata.normalize("NFC", nfd[h.number_symbol.start : h.number_symbol.end]) == (
        "318/QĐ-CCTHADS"
    )


# -- document types ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ENFORCEMENT, DocumentType.QUYET_DINH),
        (OCR_LETTER, DocumentType.CONG_VAN),
        (INTERNAL_PLAN, DocumentType.KE_HOACH),
        (LAW, DocumentType.OTHER),
        ("UBND XÃ AN BÌNH\nSố: 12/TB-UBND\nTHÔNG BÁO\nLịch tiếp công dân tháng 5", "thong_bao"),
        ("SỞ Y TẾ\nSố: 7/BC-SYT\nBÁO CÁO\nTình hình dịch bệnh tuần 12", "bao_cao"),
        ("PHÒNG TƯ PHÁP\nSố: 3/TTr-PTP\nTỜ TRÌNH\nVề việc phê duyệt kinh phí", "to_trinh"),
        ("HĐND TỈNH\nSố: 10/2024/NQ-HĐND\nNGHỊ QUYẾT\nVề dự toán ngân sách", "nghi_quyet"),
        ("UBND TỈNH\nSố: 05/CT-UBND\nCHỈ THỊ\nVề tăng cường kỷ cương hành chính", "chi_thi"),
        ("SỞ NỘI VỤ\nSố: 02/HD-SNV\nHƯỚNG DẪN\nThực hiện chế độ báo cáo", "huong_dan"),
        ("BIÊN BẢN HỌP\nHôm nay, vào hồi 8 giờ, tại phòng họp số 2", "bien_ban"),
        ("Số: 11/HĐ-UBND\nHỢP ĐỒNG THUÊ NHÀ\nBên A: UBND xã\nBên B: Công ty X", "hop_dong"),
        ("VĂN PHÒNG UBND\nSố: 88/GM-VP\nGIẤY MỜI\nTrân trọng kính mời dự họp", "giay_moi"),
        ("UBND TỈNH\nSố: 01/CĐ-UBND\nCÔNG ĐIỆN\nVề ứng phó bão số 3", "cong_dien"),
        (
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐƠN KHIẾU NẠI\nKính gửi: UBND huyện",
            "don_khieu_nai",
        ),
        ("DON TO CAO\nKinh gui: Thanh tra tinh\nToi ten la Le Van A", "don_khieu_nai"),
        ("SƠ YẾU LÝ LỊCH\nHọ và tên khai sinh: X\nDân tộc: Kinh", "ly_lich"),
        ("TÒA ÁN NHÂN DÂN HUYỆN A\nBản án số: 12/2024/DS-ST\nNHÂN DANH\nNƯỚC CỘNG HÒA", "ban_an"),
        ("Chào anh, gửi anh số liệu tuần này để tổng hợp nhé.", "other"),
    ],
)
def test_document_type(text: str, expected: str) -> None:
    assert classify_document(text).doc_type == expected


def test_symbol_alone_decides_when_the_type_line_is_missing() -> None:
    r = classify_document("UBND HUYỆN X\nSố: 15/QĐ-UBND\nCăn cứ Luật Tổ chức chính quyền")
    assert r.doc_type is DocumentType.QUYET_DINH
    assert any(e.kind == "symbol" for e in r.doc_type_evidence)


def test_hd_with_d_stroke_is_a_contract_and_without_it_guidance() -> None:
    assert classify_document("Số: 4/HĐ-XYZ\nnội dung").doc_type is DocumentType.HOP_DONG
    assert classify_document("Số: 4/HD-SNV\nnội dung").doc_type is DocumentType.HUONG_DAN


def test_a_reference_in_the_body_does_not_set_the_type() -> None:
    text = "Anh ơi, em gửi lại ý kiến góp ý.\nThực hiện Quyết định số 15/QĐ-UBND, đề nghị..."
    assert classify_document(text).doc_type is DocumentType.OTHER


# -- secrecy and urgency -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stamp", "secrecy", "sensitivity"),
    [
        ("MẬT", "mat", Sensitivity.SECRET),
        ("TỐI MẬT", "toi_mat", Sensitivity.TOP_SECRET),
        ("TUYỆT MẬT", "tuyet_mat", Sensitivity.ABSOLUTE_SECRET),
        ("TOI MAT", "toi_mat", Sensitivity.TOP_SECRET),
        ("T0I MAT", "toi_mat", Sensitivity.TOP_SECRET),
        ("TUYET MAT", "tuyet_mat", Sensitivity.ABSOLUTE_SECRET),
    ],
)
def test_secrecy_stamp_decides(stamp: str, secrecy: str, sensitivity: Sensitivity) -> None:
    r = classify_document(_stamped(stamp))
    assert r.secrecy == secrecy
    assert r.sensitivity is sensitivity
    assert r.recommended_action == "do_not_send"
    assert not r.external_ai_allowed
    assert r.secrecy_evidence


@pytest.mark.parametrize(
    "prose",
    [
        "Đề nghị đổi mật khẩu hộp thư công vụ định kỳ.",
        "Bảo đảm bảo mật thông tin và giữ mối quan hệ mật thiết với nhân dân.",
        "Sản phẩm mật ong của hợp tác xã được xếp hạng OCOP.",
    ],
)
def test_the_word_mat_in_prose_is_not_a_stamp(prose: str) -> None:
    r = classify_document(INTERNAL_PLAN.replace("I. MỤC ĐÍCH, YÊU CẦU", prose))
    assert r.secrecy == "none"
    assert r.recommended_action == "send"


def test_declassified_document_is_judged_on_its_content() -> None:
    """The old mark is lifted, but the stamp is not the guard's to vouch for (FACTS c.4:
    warn, do not auto-allow): kept from sending by INTERNAL_MARK's action, which a policy may
    lower; then the document is judged on its content."""
    text = INTERNAL_PLAN.replace("Số: 45/KH-UBND\n", "Số: 45/KH-UBND\nMẬT\nGIẢI MẬT\n")
    r = classify_document(text)
    assert r.declassified
    assert r.secrecy == "none"
    assert r.recommended_action == "do_not_send"
    assert any("GIẢI MẬT" in reason.vi for reason in r.reasons)
    lowered = classify_document(text, policy=Policy(actions={"INTERNAL_MARK": "allow"}))
    assert lowered.recommended_action == "send"


@pytest.mark.parametrize(
    ("mark", "urgency"), [("KHẨN", "khan"), ("THƯỢNG KHẨN", "thuong_khan"), ("HỎA TỐC", "hoa_toc")]
)
def test_urgency_is_not_secrecy(mark: str, urgency: str) -> None:
    r = classify_document(_stamped(mark))
    assert r.urgency == urgency
    assert r.secrecy == "none"
    assert r.recommended_action == "send"


# -- categories, personal data, verdict --------------------------------------------------------


def test_enforcement_decision_about_people_must_not_be_sent() -> None:
    r = classify_document(ENFORCEMENT)
    assert r.has_category(Category.ENFORCEMENT_CASE)
    assert r.personal_data.identifiable
    assert r.recommended_action == "do_not_send"
    assert not r.external_ai_allowed
    ev = next(c for c in r.categories if c.category is Category.ENFORCEMENT_CASE).evidence
    assert ev
    assert all(0 <= e.start < e.end <= len(ENFORCEMENT) for e in ev)


def test_enforcement_officer_and_signer_are_public_role_names() -> None:
    r = classify_document(ENFORCEMENT)
    assert r.personal_data.public_role_names >= 2  # Lê Văn Toàn (chấp hành viên), the signer


def test_report_about_complaints_naming_nobody_may_be_sent() -> None:
    r = classify_document(OCR_LETTER)
    assert r.has_category(Category.COMPLAINT_DENUNCIATION)
    assert not r.personal_data.identifiable
    assert r.sensitivity is Sensitivity.INTERNAL
    assert r.recommended_action == "send"
    assert r.external_ai_allowed


def test_internal_plan_signed_by_an_official_is_internal_and_may_be_sent() -> None:
    r = classify_document(INTERNAL_PLAN)
    assert r.sensitivity is Sensitivity.INTERNAL
    assert r.has_category(Category.GENERAL_ADMIN)
    assert r.personal_data.public_role_names == 1
    assert r.recommended_action == "send"


def test_official_names_policy_switch() -> None:
    strict = Policy(official_names_are_public=False)
    r = classify_document(INTERNAL_PLAN, policy=strict)
    assert r.personal_data.public_role_names == 0
    assert r.personal_data.identifiable
    assert r.recommended_action == "redact_then_send"


def test_protected_redaction_policy_switch() -> None:
    lenient = Policy(protected_redaction_suffices=True)
    assert classify_document(ENFORCEMENT, policy=lenient).recommended_action == "redact_then_send"
    narrow = Policy(protected_categories=frozenset({Category.HEALTH}))
    assert classify_document(ENFORCEMENT, policy=narrow).recommended_action == "redact_then_send"


def test_law_text_is_public() -> None:
    r = classify_document(LAW)
    assert r.sensitivity is Sensitivity.PUBLIC
    assert r.has_category(Category.PUBLIC_INFO)
    assert r.recommended_action == "send"


def test_draft_is_not_public() -> None:
    r = classify_document(LAW.replace("LUẬT\n", "DỰ THẢO\nLUẬT\n"))
    assert r.sensitivity is Sensitivity.INTERNAL
    assert r.internal_marks


def test_contract_with_a_citizen_is_personal_redact_then_send() -> None:
    text = (
        "HỢP ĐỒNG THUÊ NHÀ\nBên A: UBND phường Hòa Khánh\n"
        "Bên B: Ông Nguyễn Văn Phúc, CCCD số 048085001234, điện thoại 0905123456\n"
        "Hai bên thỏa thuận giá thuê 5.000.000 đồng/tháng."
    )
    r = classify_document(text)
    assert r.doc_type is DocumentType.HOP_DONG
    assert r.sensitivity is Sensitivity.PERSONAL
    assert r.recommended_action == "redact_then_send"


def test_cv_with_ethnicity_and_religion_is_sensitive_personal() -> None:
    text = (
        "SO YEU LY LICH\nHo va ten khai sinh: Nguyen Thi Hoa\nSinh ngay: 12/05/1985\n"
        "Dan toc: Kinh   Ton giao: Khong\nQua trinh cong tac: chuyen vien Phong Tu phap"
    )
    r = classify_document(text)
    assert r.doc_type is DocumentType.LY_LICH
    assert r.has_category(Category.PERSONNEL)
    assert r.sensitivity is Sensitivity.SENSITIVE_PERSONAL
    assert {"ethnicity", "religion"} <= set(r.personal_data.sensitive_kinds)
    assert r.recommended_action == "do_not_send"


def test_criminal_judgment_is_sensitive_and_blocked() -> None:
    text = (
        "TÒA ÁN NHÂN DÂN HUYỆN THANH TRÌ\nBản án số: 45/2024/HS-ST\nNHÂN DANH\n"
        "NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐối với bị cáo: Nguyễn Văn T, sinh năm 1990. "
        "Bị cáo bị tạm giam từ ngày 01/02/2024. Xử phạt 12 tháng tù."
    )
    r = classify_document(text)
    assert r.doc_type is DocumentType.BAN_AN
    assert r.has_category(Category.CRIMINAL_PROCEDURE)
    assert r.sensitivity is Sensitivity.SENSITIVE_PERSONAL
    assert r.recommended_action == "do_not_send"


def test_api_key_in_a_document_blocks_it() -> None:
    text = INTERNAL_PLAN + "\nCấu hình: OPENAI_API_KEY=sk-proj-" + "a1B2c3D4e5F6g7H8i9J0" * 3
    r = classify_document(text)
    assert r.recommended_action == "do_not_send"
    assert r.prompt_decision.value == "block"


def test_reasons_in_both_languages_and_explain() -> None:
    r = classify_document(ENFORCEMENT)
    assert r.reasons
    assert all(x.vi and x.en and x.vi != x.en for x in r.reasons)
    assert r.explain("en").startswith("DO NOT SEND")
    assert r.explain("vi").startswith("KHÔNG ĐƯỢC GỬI")


def test_result_is_immutable_and_json_round_trips() -> None:
    r = classify_document(ENFORCEMENT)
    with pytest.raises(Exception, match="frozen"):
        r.doc_type = DocumentType.OTHER  # type: ignore[misc]
    again = DocumentClassification.model_validate_json(r.model_dump_json())
    assert again == r


def test_sensitivity_is_ordered() -> None:
    order = list(Sensitivity)
    assert order == sorted(order)
    assert Sensitivity.PUBLIC < Sensitivity.INTERNAL < Sensitivity.ABSOLUTE_SECRET
    assert max(Sensitivity.SECRET, Sensitivity.PERSONAL) is Sensitivity.SECRET


def test_bad_source_type_names_what_is_wrong() -> None:
    with pytest.raises(TypeError, match=r"os\.PathLike"):
        classify_document(b"bytes")  # type: ignore[arg-type]


# -- files -------------------------------------------------------------------------------------


def test_reads_txt_and_md_files(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(ENFORCEMENT, encoding="utf-8")
    r = classify_document(p)
    assert r.source == str(p)
    assert r.doc_type is DocumentType.QUYET_DINH
    q = tmp_path / "b.md"
    q.write_bytes(b"\xef\xbb\xbf" + LAW.encode())
    assert classify_document(q).sensitivity is Sensitivity.PUBLIC


def test_reads_csv_and_tsv_lists(tmp_path: Path) -> None:
    rows = "STT,Họ và tên,Số CCCD\n1,Trần Thị Bình,001085012345\n"
    for name, body in (("a.csv", rows), ("b.tsv", rows.replace(",", "\t"))):
        p = tmp_path / name
        p.write_text(body, encoding="utf-8")
        r = classify_document(p)
        assert r.personal_data.identifiable, name
        assert not r.external_ai_allowed, name


def test_reads_html(tmp_path: Path) -> None:
    body = "".join(f"<p>{line}</p>" for line in ENFORCEMENT.splitlines())
    p = tmp_path / "a.html"
    p.write_text(f"<html><head><style>p{{}}</style></head><body>{body}</body></html>", "utf-8")
    r = classify_document(p)
    assert r.doc_type is DocumentType.QUYET_DINH
    assert r.header.number_symbol is not None


def test_reads_docx_with_a_header_table(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "UBND TỈNH QUẢNG NINH\nSố: 45/KH-UBND"
    table.cell(0, 1).text = (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Quảng Ninh, ngày 2 tháng 4 năm 2025"
    )
    for line in INTERNAL_PLAN.split("KẾ HOẠCH", 1)[1].splitlines():
        d.add_paragraph(line)
    d.paragraphs[0].insert_paragraph_before("KẾ HOẠCH")
    p = tmp_path / "plan.docx"
    d.save(str(p))
    r = classify_document(p)
    assert r.doc_type is DocumentType.KE_HOACH
    assert r.header.number_symbol is not None
    assert r.header.number_symbol.text == "45/KH-UBND"
    assert r.header.place_date is not None


def _minimal_pdf(lines: list[str]) -> bytes:
    content = "BT /F1 11 Tf 50 800 Td 14 TL " + " ".join(f"({x}) '" for x in lines) + " ET"
    return pdf_of(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            "/Resources << /Font << /F1 5 0 R >> >> >>",
            f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def pdf_of(objects: list[str]) -> bytes:
    """A PDF file of these objects (numbered from 1, the first the catalog), with its cross-
    reference table."""
    out = b"%PDF-1.4\n"
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{obj}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out


def test_reads_pdf_text_layer(tmp_path: Path) -> None:
    pytest.importorskip("pypdf")
    lines = [
        "UBND TINH QUANG NINH",
        "So: 45/KH-UBND",
        "KE HOACH",
        "Trien khai chuyen doi so nam 2025",
    ]
    p = tmp_path / "plan.pdf"
    p.write_bytes(_minimal_pdf(lines))
    r = classify_document(p)
    assert r.doc_type is DocumentType.KE_HOACH
    assert r.header.number_symbol is not None
    assert r.header.number_symbol.text == "45/KH-UBND"


def test_pdf_without_text_layer_is_a_clear_error(tmp_path: Path) -> None:
    pytest.importorskip("pypdf")
    p = tmp_path / "scan.pdf"
    p.write_bytes(_minimal_pdf([]))
    with pytest.raises(InputError, match="OCR") as info:
        classify_document(p)
    assert "scan.pdf" in str(info.value)
    assert "nhận dạng ký tự" in info.value.message_vi


@pytest.mark.parametrize(
    ("suffix", "extra", "module"), [(".docx", "docx", "docx"), (".pdf", "pdf", "pypdf")]
)
def test_missing_extra_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str, extra: str, module: str
) -> None:
    monkeypatch.setitem(sys.modules, module, None)
    p = tmp_path / f"a{suffix}"
    p.write_bytes(b"not really")
    with pytest.raises(InputError) as info:
        classify_document(p)
    assert f"ai-guard[{extra}]" in str(info.value)
    assert f"ai-guard[{extra}]" in info.value.message_vi


@pytest.mark.parametrize(
    ("name", "data", "needle"),
    [
        ("old.doc", b"\xd0\xcf\x11\xe0", "Word .doc"),
        ("a.ppt", b"PK", "unsupported"),
        ("a.pptx", b"PK", "pptx"),
        ("broken.xlsx", b"PK\x03\x04 not a zip", "xlsx"),
        # bytes in no encoding ai-guard reads (Windows-1258 is read: test_encodings.py)
        ("latin.txt", b"Quy\x81t \x8d\xff", "UTF-8"),
        ("broken.docx", b"PK\x03\x04 not a zip", "docx"),
        ("broken.pdf", b"%PDF-1.4 garbage", "PDF"),
    ],
)
def test_unreadable_files_are_named_errors(
    tmp_path: Path, name: str, data: bytes, needle: str
) -> None:
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(InputError) as info:
        classify_document(p)
    assert name in str(info.value)
    assert needle in info.value.message_en


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found"):
        classify_document(tmp_path / "nope.txt")


@pytest.mark.parametrize(
    ("source", "suffix"),
    [
        ("docs/bao_cao_mat.docx", ".docx"),
        ("  BAO_CAO_MAT.DOCX \n", ".docx"),
        ("C:\\Users\\lan\\Documents\\Kế hoạch 2026.pdf", ".pdf"),
        ("/srv/ho_so/don_khieu_nai_nguyen_van_an.odt", ".odt"),
        ("bang_luong.xlsx", ".xlsx"),
        ("danh_sach.csv", ".csv"),
        ("ghi_chu.txt", ".txt"),
        ("trang.htm", ".htm"),
        ("thu_cu.doc", ".doc"),
        ("van_ban.rtf", ".rtf"),
    ],
)
def test_a_str_that_looks_like_a_document_path_is_refused(source: str, suffix: str) -> None:
    with pytest.raises(InputError) as info:
        classify_document(source)
    err = info.value
    assert err.code == "AIG-E200"
    assert f"ending in '{suffix}'" in err.message_en
    for message in (err.message_en, err.message_vi):
        assert "Path(...)" in message
        assert "classify_file(...)" in message
        assert "classify_text(...)" in message
        assert source.strip() not in message  # a file name can hold a person's name


def test_a_str_naming_an_existing_file_is_refused_whatever_its_suffix(tmp_path: Path) -> None:
    p = tmp_path / "ho_so_mat"  # no suffix at all
    p.write_text("TỐI MẬT\nKế hoạch", encoding="utf-8")
    with pytest.raises(InputError, match="names an existing file") as info:
        classify_document(str(p))
    assert "tên một tệp đang có" in info.value.message_vi


@pytest.mark.parametrize(
    "text",
    [
        "Báo cáo tình hình thi hành án",  # one line, no document suffix
        "   .pdf",  # nothing but a suffix
        "Xem tệp đính kèm\nbao_cao.pdf",  # two lines: text that mentions a file
        "Kết quả: 1.5",
        "",
    ],
)
def test_text_is_still_text(text: str) -> None:
    assert path_like_suffix(text) is None
    classify_document(text)  # no error: classified as text


def test_classify_file_reads_the_file_from_a_str_or_a_path(tmp_path: Path) -> None:
    p = tmp_path / "bao_cao_mat.txt"
    p.write_text("TỐI MẬT\n" + INTERNAL_PLAN, encoding="utf-8")
    for source in (str(p), p):
        r = classify_file(source)
        assert r.source == str(p)
        assert r.secrecy == "toi_mat"
        assert r.recommended_action == "do_not_send"
    assert classify_document(p) == classify_file(str(p))
    with pytest.raises(InputError, match="not found"):
        classify_file(str(tmp_path / "nope.docx"))
    with pytest.raises(TypeError, match="classify_file"):
        classify_file(b"bytes")  # type: ignore[arg-type]


_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


@settings(max_examples=150, deadline=None)
@given(
    st.text(st.characters(codec="utf-8", exclude_characters=_LINE_BREAKS), min_size=1,
            max_size=60).filter(lambda t: t.strip()),
    st.sampled_from(sorted(DOCUMENT_SUFFIXES)),
    st.booleans(),
)  # fmt: skip
def test_any_one_line_name_with_a_document_suffix_is_taken_for_a_path(
    name: str, suffix: str, upper: bool
) -> None:
    source = name + (suffix.upper() if upper else suffix)
    with pytest.raises(InputError):
        classify_document(source)
    classify_document(source + "\n" + name)  # a second line: text


def test_check_prompt_takes_a_str_as_the_text_and_refuses_a_path(tmp_path: Path) -> None:
    p = tmp_path / "bao_cao_mat.txt"
    p.write_text("TỐI MẬT\nKế hoạch tác chiến", encoding="utf-8")
    r = check_prompt(str(p))  # what would be sent is the path itself: that is what is checked
    assert not r.blocked
    assert r.redacted_text == str(p)
    with pytest.raises(TypeError) as info:
        check_prompt(p)  # type: ignore[arg-type]
    assert "classify_document(path)" in str(info.value)
    assert "classify_file(path)" in str(info.value)
    assert "đường dẫn" in str(info.value)


# -- properties --------------------------------------------------------------------------------

_texts = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400
) | st.lists(
    st.sampled_from(
        [
            "Số: 12/QĐ-UBND",
            "QUYẾT ĐỊNH",
            "Kính gửi:",
            "Nơi nhận:",
            "KT. CHỦ TỊCH",
            "Nguyễn Văn An",
            "thi hành án",
            "khiếu nại",
            "MẬT",
            "GIẢI",
            "Hà Nội, ngày 1 tháng 2 năm 2025",
            "   ",
            "\t",
            "V/v",
            "0912345678",
            "bệnh án",
        ]
    ),
    max_size=30,
).map("\n".join)
# a str that reads as a file path is refused (tested above); these properties are about text
_texts = _texts.filter(lambda t: path_like_suffix(t) is None)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts)
def test_any_text_classifies(text: str) -> None:
    r = classify_document(text)
    assert r.external_ai_allowed == (r.recommended_action == "send")
    n = len(text)
    for f in (r.header.issuer, r.header.number_symbol, r.header.subject, r.header.signer):
        if f is not None:
            assert 0 <= f.start < f.end <= n
            assert text[f.start : f.end] == f.text
    for c in r.categories:
        assert 0.0 <= c.score <= 1.0
        for e in c.evidence:
            assert 0 <= e.start <= e.end <= n


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts, st.sampled_from(["MẬT", "TỐI MẬT", "TUYỆT MẬT"]))
def test_a_secrecy_stamp_never_lowers_sensitivity(text: str, stamp: str) -> None:
    before = classify_document(text)
    after = classify_document(f"{stamp}\n{text}")
    assert after.sensitivity >= before.sensitivity
    if not after.declassified:
        assert after.sensitivity >= Sensitivity.SECRET
        assert after.recommended_action == "do_not_send"


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts, st.sampled_from(["CCCD: 001085012345", "Số CCCD 079190004321", "cccd 001200012345"]))
def test_adding_a_cccd_never_makes_a_document_sendable(text: str, cccd: str) -> None:
    r = classify_document(f"{text}\n{cccd}\n")
    assert r.recommended_action != "send"
    assert r.sensitivity >= Sensitivity.PERSONAL


def test_classification_policy_keys_load_from_toml(tmp_path: Path) -> None:
    p = tmp_path / "ai-guard.toml"
    p.write_text(
        "official_names_are_public = false\nprotected_redaction_suffices = true\n"
        'protected_categories = ["health"]\n',
        "utf-8",
    )
    policy = Policy.from_file(p)
    assert policy.protected_categories == frozenset({Category.HEALTH})
    assert not policy.official_names_are_public
    assert classify_document(ENFORCEMENT, policy=policy).recommended_action == "redact_then_send"


def test_unknown_protected_category_is_a_policy_error_naming_the_key() -> None:
    from ai_guard import PolicyError

    with pytest.raises(PolicyError, match="protected_categories"):
        Policy.from_mapping({"protected_categories": ["healt"]})


def test_issuer_on_the_motto_line_single_spaced_pdf_export() -> None:
    text = (
        "BỘ TƯ PHÁP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỔNG CỤC THI HÀNH ÁN DÂN SỰ Độc lập - Tự do - Hạnh phúc\n"
        "Số: 1690/TCTHADS-NV3 Hà Nội, ngày 20 tháng 5 năm 2025\n"
        "V/v sử dụng trí tuệ nhân tạo\n"
    )
    h = classify_document(text).header
    assert h.issuer is not None
    assert h.issuer.text == "TỔNG CỤC THI HÀNH ÁN DÂN SỰ"
    assert h.place_date is not None
    assert h.place_date.text == "Hà Nội, ngày 20 tháng 5 năm 2025"


def test_holding_a_named_official_responsible_is_a_personnel_measure() -> None:
    """A verification report proposing "xử lý trách nhiệm ông ..." adds personnel (the rule
    settled on 2026-12-05 with holdout6's); the phrase said of nobody in particular does not."""
    named = classify_document(
        "Kiến nghị: xử lý trách nhiệm ông Y Blim Byă, Giám đốc Ban Quản lý dự án, theo Nghị "
        "định số 112/2020/NĐ-CP."
    )
    assert "personnel" in {c.category.value for c in named.categories}
    anyone = classify_document(
        "Kết luận: kiến nghị xử lý trách nhiệm tập thể, cá nhân có liên quan trong việc chậm "
        "giải ngân vốn đầu tư công."
    )
    assert "personnel" not in {c.category.value for c in anyone.categories}
