"""Rules from the blind documents_holdout22.jsonl (papers as they reach a desk: OCR'd scans,
no diacritics, a lossy conversion, exports, forwards, chats): a secrecy stamp OCR damaged in a
header's column or read down the margin, a text whose letters a conversion turned into "?",
officials addressed as "Đ/c" in a work chat and an English paper's signer, a wrapped sentence
and a street broken over a line in a notice without diacritics, a debt a decision enforces
("Phải thi hành: trả cho ..."), an auction paying a bank debt, a named suspect's bank
statements requested. Each rule has hard negatives beside it; the corpus holds its floor."""

from __future__ import annotations

from pathlib import Path

import pytest

from ai_guard import classify_document
from ai_guard.classify.models import Category, Sensitivity
from benchmarks.classify_accuracy import evaluate, load

CORPUS = Path(__file__).parent / "corpus"


def _cats(text: str) -> set[Category]:
    return {c.category for c in classify_document(text).categories}


# -- secrecy stamps OCR damaged --------------------------------------------------------------

_REPORT = (
    "THANH TRA TỈNH HÀ TĨNH            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "ĐOÀN XÁC MINH                          Độc lập - Tự do - Hạnh phúc\n"
    "Số: O4/BC-ĐXM\n{stamp_line}\nBÁO CÁO\nKết quả xác minh nội dung tố cáo\n\n"
    "Kính gửi: Chánh Thanh tra tỉnh.\nĐoàn xác minh báo cáo kết quả xác minh như sau.\n"
    "Nơi nhận:                                    TRƯỞNG ĐOÀN\n- Như trên;\n"
    "- Lưu: ĐXM.                                   Lê Đình Quỳnh\n"
)


@pytest.mark.parametrize(
    "stamp_line",
    [
        "      MẠT                             Hà Tĩnh, ngày 27 tháng 11 năm 2026",
        "      MẶT                             Hà Tĩnh, ngày 27 tháng 11 năm 2026",
        "MÀT\tHà Tĩnh, ngày 27 tháng 11 năm 2026",
    ],
)
def test_a_stamp_ocr_damaged_in_a_header_column_is_secret(stamp_line: str) -> None:
    r = classify_document(_REPORT.format(stamp_line=stamp_line))
    assert r.sensitivity is Sensitivity.SECRET
    assert r.recommended_action == "do_not_send"


def test_a_heading_spaced_apart_is_no_stamp() -> None:
    r = classify_document(
        _REPORT.format(stamp_line="MẶT                      TRẬN TỔ QUỐC VIỆT NAM")
    )
    assert r.secrecy == "none"


_LETTER = (
    "CÔNG AN TỈNH THÁI NGUYÊN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "CƠ QUAN CẢNH SÁT ĐIỀU TRA             Độc lập - Tự do - Hạnh phúc\n"
    "Số: 2l9/CSĐT-KT                        Thái Nguyên, ngày 0l tháng 12 năm 2026\n"
    "V/v cung cấp tài liệu                                        {a}\n"
    "                                                             {b}\n"
    "Kính gửi: Ngân hàng TMCP Quân đội - Chi nhánh Thái Nguyên    {c}\n\n"
    "Đề nghị Quý Ngân hàng cung cấp tài liệu phục vụ công tác điều tra.\n"
    "Nơi nhận:                                          KT. THỦ TRƯỞNG\n"
    "- Như trên;                                         PHÓ THỦ TRƯỞNG\n"
    "- Lưu: HSVA, PC03.                                  Thượng tá Đàm Văn Cương\n"
)


@pytest.mark.parametrize(("letters", "level"), [("MẬT", "mat"), ("MẶT", "mat")])
def test_a_stamp_read_down_the_margin_is_secret(letters: str, level: str) -> None:
    r = classify_document(_LETTER.format(a=letters[0], b=letters[1], c=letters[2]))
    assert r.secrecy == level
    assert r.recommended_action == "do_not_send"
    assert r.header.subject is not None
    assert r.header.subject.text == "V/v cung cấp tài liệu"


@pytest.mark.parametrize("letters", ["MAT", "ABC", "MẬN"])
def test_letters_down_the_margin_that_spell_no_level_are_no_stamp(letters: str) -> None:
    r = classify_document(_LETTER.format(a=letters[0], b=letters[1], c=letters[2]))
    assert r.secrecy == "none"


# -- a text whose letters a conversion lost --------------------------------------------------

_LOSSY = (
    "NG?N H?NG N?NG NGHI?P V? PH?T TRI?N N?NG TH?N VI?T NAM\nCHI NH?NH T?NH L?O CAI\n"
    "S?: 1582/NHNo.LC-KHCN\nV/v cung c?p th?ng tin\nK?nh g?i: Ph?ng T? ph?p huy?n\n\n"
    "{body}\n\nKT. GI?M ??C\nPH? GI?M ??C\nPh?m Th? Kim Oanh\n"
)


@pytest.mark.parametrize(
    "body",
    [
        "Chi nh?nh cung c?p th?ng tin theo ?? ngh? c?a Qu? c? quan.",
        "Kh?ch h?ng: ?ng Gi?ng A Ch?, sinh n?m 1981, CCCD s? 010081003947.",
        "Th?ng b?o l?ch ti?p d?n th?ng 12/2026 t?i tr? s? chi nh?nh.",
    ],
)
def test_a_text_whose_letters_became_question_marks_is_not_sent(body: str) -> None:
    r = classify_document(_LOSSY.format(body=body))
    assert r.recommended_action == "do_not_send"
    assert not r.external_ai_allowed
    assert any("«?»" in reason.en for reason in r.reasons)


@pytest.mark.parametrize(
    "text",
    [
        # questions close their words: "gì?", "không?"
        "Anh ơi cho em hỏi: văn bản này gửi ai? Có cần ký không? Hạn nộp là khi nào? Ai duyệt? "
        "Số lượng bao nhiêu? Ở đâu? Khi nào xong? Vì sao chậm?",
        # links with their queries
        "Xem các thông báo: https://a.gov.vn/index.php?id=1 https://a.gov.vn/index.php?id=2 "
        "https://a.gov.vn/index.php?id=3 https://a.gov.vn/index.php?id=4 "
        "https://a.gov.vn/index.php?id=5 https://a.gov.vn/index.php?id=6",
    ],
)
def test_question_marks_that_end_words_or_queries_lose_no_letters(text: str) -> None:
    r = classify_document(text)
    assert not any("«?»" in reason.en for reason in r.reasons)


# -- officials in their role -----------------------------------------------------------------

_INVITATION = (
    "[Nhóm Văn phòng HĐND-UBND xã Mường Tè]\n"
    "{who} Pờ Văn Khừ: Giấy mời họp sáng thứ 6, các phòng chuẩn bị số liệu nhé:\n\n"
    "UBND XÃ MƯỜNG TÈ\nSố: 109/GM-UBND\nMường Tè, ngày 08 tháng 12 năm 2026\nGIẤY MỜI\n"
    "Họp đánh giá tiến độ thực hiện Chương trình mục tiêu quốc gia năm 2026\n"
    "UBND xã Mường Tè trân trọng kính mời: Đại diện lãnh đạo các phòng chuyên môn.\n"
    "Thời gian: 8 giờ 00 ngày 11/12/2026. Địa điểm: Hội trường UBND xã.\n"
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLỳ Phì Cà\n"
    "{who} Chảo Thị Mẩy: Đã nhận ạ\n"
)


@pytest.mark.parametrize("who", ["Đ/c", "đ/c", "Đồng chí"])
def test_colleagues_addressed_as_comrades_in_a_work_chat_are_officials(who: str) -> None:
    r = classify_document(_INVITATION.format(who=who))
    assert r.personal_data.private_names == 0
    assert r.recommended_action == "send"


def test_a_person_disciplined_after_dc_is_still_private() -> None:
    text = (
        "UBND XÃ MƯỜNG TÈ\nSố: 12/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc kỷ luật\n"
        "Điều 1. Thi hành kỷ luật khiển trách đối với đ/c Pờ Văn Khừ, sinh năm 1985, trú tại "
        "bản Nậm Khao, do vi phạm quy chế làm việc.\nCHỦ TỊCH\nLỳ Phì Cà\n"
    )
    r = classify_document(text)
    assert r.personal_data.identifiable
    assert r.recommended_action != "send"


_ENGLISH = (
    "BAN QUẢN LÝ CÁC DỰ ÁN NÔNG NGHIỆP\nNo.: 612/BQLDA-HTQT\nHanoi, 30 November 2026\n\n"
    "QUARTERLY PROGRESS REPORT (Q3/2026)\n\nTo: The World Bank Task Team Leader\n\n"
    "1. Overall progress. Disbursement reached USD 41.6 million (52% of the credit).\n"
    "2. Safeguards. 312 affected households received compensation in full.\n\n"
    "{title}\n(signed)\nTrương Công Duẩn\n"
)


@pytest.mark.parametrize("title", ["Director", "Deputy Director", "Vice Chairman"])
def test_an_english_papers_signer_under_an_officials_title_is_public(title: str) -> None:
    r = classify_document(_ENGLISH.format(title=title))
    assert r.header.signer is not None
    assert r.header.signer.text == "Trương Công Duẩn"
    assert r.personal_data.private_names == 0
    assert r.recommended_action == "send"


def test_an_english_paper_naming_a_private_person_is_not_sent_unredacted() -> None:
    text = _ENGLISH.format(title="Director").replace(
        "312 affected households", "Mr Trần Văn Hùng (born 1970, ID no 001070012345)"
    )
    r = classify_document(text)
    assert r.personal_data.identifiable
    assert r.recommended_action != "send"


# -- a public notice without diacritics ------------------------------------------------------

_NOTICE = (
    "UY BAN NHAN DAN                    CONG HOA XA HOI CHU NGHIA VIET NAM\n"
    "PHUONG THU DAU MOT                     Doc lap - Tu do - Hanh phuc\n"
    "So: 617/TB-UBND                    Thu Dau Mot, ngay 02 thang 12 nam 2026\n"
    "THONG BAO\nLich tiep cong dan thang 12 nam 2026\n\n"
    "UBND phuong Thu Dau Mot thong bao lich tiep cong dan tai Trung tam Dich vu tong hop\n"
    "phuong:\n1. Thoi gian: thu Nam hang tuan.\n"
    "2. Dia diem: Bo phan Mot cua phuong, so 12 duong\n"
    "{street}, tu ngay 07/12/2026. Dien thoai lien he:\n0274.3822.106.\n"
    "Thong bao nay duoc niem yet tai tru so.\nTM. UY BAN NHAN DAN\nCHU TICH\n"
    "Nguyen Thi Kieu Oanh\n"
)


@pytest.mark.parametrize("street", ["Quang Trung", "Le Loi", "Ngo Quyen"])
def test_a_notice_without_diacritics_names_no_private_person(street: str) -> None:
    r = classify_document(_NOTICE.format(street=street))
    assert r.personal_data.private_names == 0
    assert r.sensitivity is Sensitivity.PUBLIC
    assert r.recommended_action == "send"


# -- finance of an enforced debt, an auction, a suspect's statements --------------------------

_ENFORCE = (
    "PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 3 - CẦN THƠ\nSố: 2051/QĐ-PTHADS\n"
    "Phụng Hiệp, ngày 02 tháng 12 năm 2026\nQUYẾT ĐỊNH\nThi hành án theo yêu cầu\n\n"
    "Căn cứ Luật Thi hành án dân sự; Xét đơn yêu cầu thi hành án của bà Trần Thị Thu Lài,\n"
    "QUYẾT ĐỊNH:\nĐiều 1. Cho thi hành án đối với: ông Lý Văn Cọp, sinh năm 1975, cư trú ấp Mỹ "
    "Hòa, xã Phụng Hiệp.\nPhải thi hành: {duty}\n"
    "Điều 2. Chấp hành viên được phân công tổ chức thi hành Quyết định này./.\n"
    "TRƯỞNG PHÒNG\nKim Thị Sa Rươl\n"
)


@pytest.mark.parametrize(
    "duty",
    [
        "trả cho bà Trần Thị Thu Lài số tiền nợ gốc 485.OOO.OOO đồng và tiền lãi\n"
        "62.300.OOO đồng theo hợp đồng vay tài sản ngày 10/3/2024.",
        "trả cho bà Trần Thị Thu Lài số tiền 120.000.000 đồng tiền mua hàng.",
        "thanh toán cho bà Trần Thị Thu Lài 75.500.000 đồng.",
    ],
)
def test_a_debt_a_decision_enforces_is_finance(duty: str) -> None:
    assert {Category.ENFORCEMENT_CASE, Category.FINANCE} <= _cats(_ENFORCE.format(duty=duty))


@pytest.mark.parametrize(
    "duty",
    [
        "nộp án phí dân sự sơ thẩm 2.300.000 đồng.",
        "cấp dưỡng nuôi con mỗi tháng 3.000.000 đồng cho bà Trần Thị Thu Lài.",
    ],
)
def test_a_fee_or_child_support_enforced_is_no_finance(duty: str) -> None:
    cats = _cats(_ENFORCE.format(duty=duty))
    assert Category.ENFORCEMENT_CASE in cats
    assert Category.FINANCE not in cats


_AUCTION = (
    "THONG BAO\nVe viec cuong che giao nha, dat cho nguoi mua trung dau gia\n"
    "So: 318/TB-PTHADS\nKinh gui: Ba Luu Thi Tuyen, sinh nam 1974, dia chi thon An Phu.\n"
    "Thi hanh Quyet dinh thi hanh an so 442/QD-PTHADS, tai san ke bien cua ba Luu Thi Tuyen "
    "da ban dau gia thanh cho ong Khuc Van Dai {use}.\nChap hanh vien thong bao: hoi 8 gio "
    "ngay 16/12/2026 se cuong che giao tai san.\nCHAP HANH VIEN\nBui Thi Nguyet Anh\n"
)


@pytest.mark.parametrize(
    "use",
    [
        "de tra no cho Ngan hang TMCP A Chau",
        "de thanh toan khoan no vay cho Quy tin dung nhan dan xa An Khanh",
    ],
)
def test_an_auction_that_pays_a_lender_is_finance(use: str) -> None:
    assert {Category.ENFORCEMENT_CASE, Category.FINANCE} <= _cats(_AUCTION.format(use=use))


def test_an_auction_that_pays_a_court_fee_is_no_finance() -> None:
    cats = _cats(_AUCTION.format(use="de thi hanh khoan an phi 4.500.000 dong"))
    assert Category.ENFORCEMENT_CASE in cats
    assert Category.FINANCE not in cats


_REQUEST = (
    "CƠ QUAN CẢNH SÁT ĐIỀU TRA\nSố: 219/CSĐT-KT\nV/v cung cấp tài liệu\n"
    "Kính gửi: Ngân hàng TMCP Quân đội - Chi nhánh Thái Nguyên\n\n"
    'Cơ quan Cảnh sát điều tra đang điều tra vụ án "Lừa đảo chiếm đoạt tài sản", đã khởi tố '
    "bị can đối với Ma Văn Thiềng.\n{ask}\nTHỦ TRƯỞNG\nĐàm Văn Cương\n"
)


@pytest.mark.parametrize(
    "ask",
    [
        "Đề nghị Quý Ngân hàng cung cấp sao kê giao dịch các tài khoản đứng tên Ma Văn Thiềng từ "
        "01/01/2025 đến nay.",
        "Đề nghị cung cấp sao kê tài khoản mang tên Ma Văn Thiềng.",
    ],
)
def test_a_suspects_statements_requested_are_finance(ask: str) -> None:
    assert {Category.CRIMINAL_PROCEDURE, Category.FINANCE} <= _cats(_REQUEST.format(ask=ask))


def test_statements_of_no_named_holder_are_no_finance() -> None:
    text = _REQUEST.format(
        ask="Đề nghị Quý Ngân hàng hướng dẫn thủ tục cung cấp sao kê cho cơ quan điều tra."
    )
    assert Category.FINANCE not in _cats(text)


# -- the corpus ------------------------------------------------------------------------------


def test_documents_holdout22_holds_its_floor() -> None:
    """documents_holdout22.jsonl measured type 0.950, sensitivity 0.800, verdict 0.900,
    categories exact 0.825 at its first run (w-dh22), the two OCR'd stamps (dh22-013 `MẠT`,
    dh22-018 down the margin) read below secret. After i14-dh22: verdict and sensitivity
    1.000, type 0.975, categories 0.950, issuer 0.950, number 0.975, place-date 0.975, subject
    1.000, signer 0.950, the floor below. Left: dh22-016's header (every letter lost to "?"),
    dh22-023's type (an English REPORT), dh22-014's issuer, dh22-033's signer, and two label
    calls (dh22-020, -022: general_admin beside public_info). No secret document may ever be
    allowed."""
    rep = evaluate(load(CORPUS / "documents_holdout22.jsonl"))
    assert rep.secret_allowed == 0
    assert rep.accuracy("action") >= 1.0, rep.errors
    assert rep.accuracy("sensitivity") >= 1.0, rep.errors
    assert rep.accuracy("doc_type") >= 0.975, rep.errors
    assert rep.accuracy("categories") >= 0.95, rep.errors
    floors = {
        "issuer": 0.95,
        "number_symbol": 0.975,
        "place_date": 0.975,
        "subject": 1.0,
        "signer": 0.95,
    }
    for key, floor in floors.items():
        assert rep.header_accuracy(key) >= floor, (key, rep.errors)


# -- a sum moved through a person's account; a payee's account -------------------------------

_EXCERPT = (
    "...3. Về quản lý tài chính tại Trung tâm Y tế khu vực\n"
    "Qua kiểm tra, bà Lương Thị Bảo Trâm, Kế toán trưởng, đã lập 27 bộ chứng từ khống với tổng "
    "số tiền 812.460.000 đồng; {moved}\n"
    "4. Kiến nghị: xem xét xử lý kỷ luật đối với bà Lương Thị Bảo Trâm.\n"
)


@pytest.mark.parametrize(
    "moved",
    [
        "số tiền được chuyển vào tài khoản cá nhân của bà Trâm số 0071 0003 94215 tại Vietcombank.",
        "bà Trâm đã chuyển khoản số tiền trên từ tài khoản số 0071 0003 94215 sang tài khoản "
        "của người thân.",
        "số tiền đã được chuyển vào tài khoản số 0071000394215 của bà Trâm.",
    ],
)
def test_a_sum_moved_through_a_persons_account_is_sensitive(moved: str) -> None:
    r = classify_document(_EXCERPT.format(moved=moved))
    assert r.sensitivity is Sensitivity.SENSITIVE_PERSONAL
    assert "finance" in r.personal_data.sensitive_kinds


@pytest.mark.parametrize(
    "moved",
    [
        # a payee's account, the sum to be paid into it (the labelling guide's payee rule)
        "số tiền sẽ được chuyển khoản vào tài khoản số 0071 0003 94215 của bà Trâm.",
        "thanh toán mỗi năm một lần, chuyển vào tài khoản số 0071 0003 94215 của bà Trâm.",
    ],
)
def test_an_account_a_sum_is_to_be_paid_into_stays_a_payees(moved: str) -> None:
    r = classify_document(_EXCERPT.format(moved=moved))
    assert "finance" not in r.personal_data.sensitive_kinds


# -- a portal's page, a letter's annexed list, an English paper's number ---------------------

_PORTAL = (
    "{masthead}\n{posted}\n\n"
    "ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "PHƯỜNG HÒA KHÁNH                            Độc lập - Tự do - Hạnh phúc\n"
    "Số: 488/TB-UBND                        Đà Nẵng, ngày 02 tháng 12 năm 2026\n\n"
    "THÔNG BÁO\nKết quả lựa chọn nhà thầu gói thầu số 03\n\n"
    "1. Nhà thầu trúng thầu: Công ty TNHH Xây dựng Tiến Thành, mã số thuế 0401839567.\n"
    "2. Giá trúng thầu: 3.842.615.000 đồng.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\n"
    "PHÓ CHỦ TỊCH\nVõ Ngọc Thơ\n"
)


@pytest.mark.parametrize(
    ("masthead", "posted"),
    [
        (
            "Cổng thông tin điện tử phường Hòa Khánh > Thông báo",
            "Đăng ngày: 03/12/2026 | Lượt xem: 217",
        ),
        ("Cổng TTĐT phường Hòa Khánh > Tin tức", "Ngày đăng: 03/12/2026 08:15"),
    ],
)
def test_a_notice_copied_from_a_portals_page_is_public(masthead: str, posted: str) -> None:
    r = classify_document(_PORTAL.format(masthead=masthead, posted=posted))
    assert r.sensitivity is Sensitivity.PUBLIC


def test_the_same_notice_without_the_portals_page_is_internal() -> None:
    r = classify_document(_PORTAL.format(masthead="", posted=""))
    assert r.sensitivity is Sensitivity.INTERNAL


_BANK_LETTER = (
    "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "PHÒNG GIAO DỊCH KHU VỰC BẮC MÊ          Độc lập - Tự do - Hạnh phúc\n"
    "Số: 206/NHCS-PGD                        Bắc Mê, ngày 01 tháng 12 năm 2026\n"
    "V/v phối hợp thu hồi nợ quá hạn\nKính gửi: Ủy ban nhân dân xã Bắc Mê\n"
    "Trên địa bàn xã có 04 hộ vay có nợ quá hạn (danh sách kèm theo).\n"
    "{title}\nTT | Họ tên | Thôn | Dư nợ quá hạn (đ)\n1 | Ma Văn Pẩu | Nà Bó | 50.000.000\n"
    "Nơi nhận:                                        GIÁM ĐỐC\n- Như trên;\n"
    "- Lưu: VT.                                       Quan Văn Lượt\n"
)


@pytest.mark.parametrize(
    "title", ["DANH SÁCH HỘ VAY CÓ NỢ QUÁ HẠN", "BÁO CÁO NỢ QUÁ HẠN", "THÔNG BÁO"]
)
def test_a_list_annexed_in_a_letters_body_leaves_it_a_letter(title: str) -> None:
    assert classify_document(_BANK_LETTER.format(title=title)).doc_type.value == "cong_van"


def test_a_type_line_under_the_number_still_types_the_paper() -> None:
    text = (
        "ỦY BAN NHÂN DÂN XÃ BẮC MÊ\nSố: 12/TB-UBND\nTHÔNG BÁO\nLịch tiếp công dân\n"
        "Kính gửi: Nhân dân trong xã\nỦy ban nhân dân xã thông báo lịch tiếp công dân.\n"
        "CHỦ TỊCH\nQuan Văn Lượt\n"
    )
    assert classify_document(text).doc_type.value == "thong_bao"


@pytest.mark.parametrize(
    ("line", "number"),
    [("No.: 612/BQLDA-HTQT", "612/BQLDA-HTQT"), ("No.:  58/SNV-HTQT", "58/SNV-HTQT")],
)
def test_an_english_papers_number_line(line: str, number: str) -> None:
    r = classify_document(_ENGLISH.format(title="Director").replace("No.: 612/BQLDA-HTQT", line))
    assert r.header.number_symbol is not None
    assert r.header.number_symbol.text == number
    assert r.header.issuer is not None
    assert r.header.issuer.text == "BAN QUẢN LÝ CÁC DỰ ÁN NÔNG NGHIỆP"


def test_no_in_a_sentence_is_no_number_line() -> None:
    text = _ENGLISH.format(title="Director").replace(
        "No.: 612/BQLDA-HTQT\n", "No. 4 of the series, 12/BQLDA items\n"
    )
    assert classify_document(text).header.number_symbol is None


# -- a lossy conversion's words read as they were ----------------------------------------------


def test_a_lossy_texts_terms_are_read_as_the_conversion_wrote_them() -> None:
    body = (
        "Tr? l?i V?n b?n s? 733/PTHADS-CHV v? vi?c x?c minh t?i kho?n c?a ng??i ph?i thi h?nh "
        "?n, chi nh?nh cung c?p: Kho?n vay s? LD2604118 d?? n?: 412.000.000 ??ng.\n"
        "Chi nh?nh ?? phong t?a t?i kho?n theo Quy?t ??nh c?a Ph?ng Thi h?nh ?n."
    )
    r = classify_document(_LOSSY.format(body=body))
    cats = {c.category for c in r.categories}
    assert {Category.ENFORCEMENT_CASE, Category.FINANCE} <= cats
    assert r.recommended_action == "do_not_send"


def test_a_lossy_text_holding_no_term_has_no_category_from_it() -> None:
    # letters lost, but no word of a protected field among what is left: none is made up
    text = "Ph?ng n?o v?y? Kho?n n?y l? g? v?y? Anh g?i l?i gi?p em nh?."
    assert not _cats(text) & {Category.ENFORCEMENT_CASE, Category.FINANCE}


# -- a recruitment notice, with or without diacritics ---------------------------------------


@pytest.mark.parametrize(
    "subject",
    [
        "Tuyen dung vien chuc su nghiep nam 2026",
        "Tuyển dụng công chức cấp xã năm 2026",
        "Tuyển dụng viên chức giáo dục năm học 2026 - 2027",
    ],
)
def test_a_recruitment_notice_naming_no_one_keeps_personnel(subject: str) -> None:
    text = _NOTICE.format(street="Quang Trung").replace(
        "Lich tiep cong dan thang 12 nam 2026", subject
    )
    r = classify_document(text)
    assert {Category.PERSONNEL, Category.PUBLIC_INFO} <= {c.category for c in r.categories}
    assert r.recommended_action == "send"


def test_a_council_set_up_to_recruit_stays_an_internal_paper() -> None:
    text = (
        "SỞ NỘI VỤ\nSố: 655/QĐ-SNV\nQUYẾT ĐỊNH\nVề việc thành lập Hội đồng tuyển dụng công "
        "chức năm 2026\n\nCăn cứ Kế hoạch tuyển dụng công chức năm 2026,\nQUYẾT ĐỊNH:\n"
        "Điều 1. Thành lập Hội đồng tuyển dụng công chức năm 2026, gồm:\n"
        "1. Ông Lý A Chứ, Phó Giám đốc Sở Nội vụ - Chủ tịch Hội đồng;\n"
        "2. Bà Quàng Thị Oanh, Trưởng phòng Công chức, viên chức - Ủy viên.\n"
        "GIÁM ĐỐC\nLò Văn Nghiêm\n"
    )
    r = classify_document(text)
    assert Category.PERSONNEL in {c.category for c in r.categories}
    assert r.recommended_action == "send"
