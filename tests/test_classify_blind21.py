"""Rules from the blind documents_holdout21.jsonl (papers as they arrive: OCR'd scans, no
diacritics, excerpts, pasted lists): a positive test read of a named worker, an OCR'd sum an
enforcement paper enforces, support paid by transfer into a list of accounts, a named person's
bank statement, a denounced official held to account, a savings deposit, a portal's dateline,
a notice to citizens who need help, a judgment cited rather than written, and a notice naming
candidates that says it is published on a portal. Each rule has hard negatives beside it."""

from __future__ import annotations

import pytest

from ai_guard import classify_document
from ai_guard.classify.models import Category, DocumentType, Sensitivity


def _cats(text: str) -> set[Category]:
    return {c.category for c in classify_document(text).categories}


_DISMISSAL = (
    "CÔNG TY TNHH MỘT THÀNH VIÊN THAN 35\nSố: 612/QĐ-T35\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Cẩm Phả, ngày 01 tháng 12 năm 2026\nQUYẾT ĐỊNH\n"
    "Về việc xử lý kỷ luật lao động bằng hình thức sa thải\n\nGIÁM ĐỐC CÔNG TY\n\n"
    "Điều 1. Sa thải đối với ông Hà Văn Lạng, sinh năm 1990, thợ vận hành máy xúc Phân xưởng "
    "KT3, số thẻ 35-0877, vì vi phạm Nội quy lao động: ngày 11/11/2026 {fact}.\n"
    "Điều 2. Ông Lạng được thanh toán các khoản tiền lương còn lại theo quy định.\n\n"
    "Nơi nhận:                               GIÁM ĐỐC\n- Như Điều 2;\n"
    "- Lưu: VT, TCLĐ.                        Vương Đình Chiến\n"
)


@pytest.mark.parametrize(
    "fact",
    [
        "có kết quả xét nghiệm dương tính với ma túy tổng hợp (methamphetamine) khi kiểm tra "
        "đầu ca tại Trạm Y tế Công ty",
        "test nhanh tại Trạm Y tế Công ty cho kết quả dương tính với chất ma túy nhóm opiate",
        "co ket qua xet nghiem duong tinh voi ma tuy tong hop khi kiem tra dau ca",
    ],
)
def test_a_named_workers_positive_test_is_health(fact: str) -> None:
    r = classify_document(_DISMISSAL.format(fact=fact))
    cats = {c.category for c in r.categories}
    assert {Category.PERSONNEL, Category.HEALTH} <= cats
    assert r.sensitivity is Sensitivity.SENSITIVE_PERSONAL


@pytest.mark.parametrize(
    "fact",
    [
        # the provincial road and a drip, folded alike: no one's test
        "tự ý điều khiển xe máy xúc ra đường tỉnh 932B gây hư hỏng mặt đường",
        "tự ý bỏ vị trí làm việc ba ca liên tiếp không có lý do",
    ],
)
def test_a_dismissal_with_no_test_result_has_no_health(fact: str) -> None:
    cats = _cats(_DISMISSAL.format(fact=fact))
    assert Category.PERSONNEL in cats
    assert Category.HEALTH not in cats


_SEIZURE = (
    "THI HÀNH ÁN DÂN SỰ TỈNH NGHỆ AN\nPHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 5 - NGHỆ AN\n"
    "Sé: 3l4/QĐ-PTHADS                       CỘNG HÒA XÃ HỘl CHỦ NGHĨA VIỆT NAM\n"
    "                                        Đô Lương, ngày 2O tháng 11 năm 2026\n\n"
    "QUYÊT ĐỊNH\nVề việc cưỡng chế kê biên quyền sử dụng đất\n\nCHẤP HÀNH VIÊN\n\n"
    "Điều 1. Kê biên quyền sử dụng đất thửa số 3O7 đứng tên ông Hoàng Đình Thưởng, sinh năm "
    "1971, tại xóm Tân Hùng, xã Bạch Ngọc.\n"
    "Điều 2. Tài sản kê biên để bảo đảm thi hành khoản tiền {sum} ông Thưởng phải trả cho "
    "ông Nguyễn Sỹ Quyền theo bản án nêu trên.\n\n"
    "Nơi nhận:                                   CHẤP HÀNH VIÊN\n- Như Điều 1;\n"
    "- Lưu: VT, HSTHA.                           Lê Văn Khôi\n"
)


@pytest.mark.parametrize("figure", ["1.36O.000.000 đồng", "2l5.OOO.000 đồng", "1.360.000.000 đ"])
def test_an_ocr_read_sum_enforced_is_finance(figure: str) -> None:
    cats = _cats(_SEIZURE.format(sum=figure))
    assert {Category.ENFORCEMENT_CASE, Category.FINANCE} <= cats


@pytest.mark.parametrize("figure", ["án phí 1.36O.000 đồng", "tiền phạt 2l5.OOO.000 đồng"])
def test_an_ocr_read_fee_or_fine_is_no_finance(figure: str) -> None:
    cats = _cats(_SEIZURE.format(sum=figure))
    assert Category.ENFORCEMENT_CASE in cats
    assert Category.FINANCE not in cats


_PAYEES = (
    "TRƯỜNG TRUNG HỌC CƠ SỞ NẬM NHỪ\nSố: 37/BC-THCS\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nNậm Nhừ, ngày 27 tháng 11 năm 2026\n\nBÁO CÁO\n{title}\n\n"
    "Kính gửi: Ủy ban nhân dân xã Nậm Nhừ.\n\n"
    "Nhà trường đã chuyển khoản tiền cho phụ huynh học sinh. Kết quả như sau:\n\n"
    "STT,Họ tên học sinh,Họ tên phụ huynh nhận,Số tài khoản,Ngân hàng,Số tiền (đồng)\n"
    "1,Lò Thị Hoa Ban,Lò Văn Piểu,8807214406215,Agribank Điện Biên,750.000\n"
    "2,Giàng A Vư,Giàng A Thình,8807214398840,Agribank Điện Biên,750.000\n"
    "3,Quàng Văn Tỏa,Quàng Văn Xiêng,0301000617428,Vietcombank Điện Biên,750.000\n\n"
    "Nơi nhận:                               HIỆU TRƯỞNG\n- Như trên;\n"
    "- Lưu: VT, KT.                          Lý Văn Thào\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "Kết quả chi trả hỗ trợ chi phí học tập học kỳ I năm học 2026-2027",
        "Ket qua chi tra hoc bong khuyen khich hoc tap hoc ky I",
    ],
)
def test_support_paid_by_transfer_to_a_list_keeps_general_admin(title: str) -> None:
    cats = _cats(_PAYEES.format(title=title))
    assert {Category.FINANCE, Category.GENERAL_ADMIN} <= cats


def test_a_list_of_accounts_with_no_payment_in_its_title_is_finance_alone() -> None:
    cats = _cats(_PAYEES.format(title="Danh sách tài khoản phụ huynh học sinh đã đối chiếu"))
    assert Category.FINANCE in cats
    assert Category.GENERAL_ADMIN not in cats


_VERIFICATION = (
    "THANH TRA TỈNH LÂM ĐỒNG\nĐOÀN XÁC MINH THEO QĐ 233/QĐ-TTr\nSố: 07/BB-ĐXM\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Bảo Lộc, ngày 12 tháng 11 năm 2026\n\nBIÊN BẢN\nLàm việc với người bị tố cáo\n\n"
    "Đoàn xác minh nội dung tố cáo làm việc với:\n- Người bị tố cáo: {who}.\n"
    "Nội dung tố cáo: nhận 120.000.000 đồng của bà Lưu Thị Kim Sa để hợp thức hóa hồ sơ.\n"
    "Ý kiến của người bị tố cáo: {said}\n\n"
    "NGƯỜI BỊ TỐ CÁO                     TRƯỞNG ĐOÀN\n(đã ký)                             (đã ký)\n"
    "K'Brơi Ha Thuyết                    Trương Thị Ngọc Bảy\n"
)
_OFFICIAL = "ông K'Brơi Ha Thuyết, sinh năm 1979, Trưởng phòng Kinh tế, Hạ tầng và Đô thị phường 2"
_HELD = (
    "ông Thuyết không thừa nhận việc nhận tiền. Sau khi xác minh xong, Đoàn sẽ kiến nghị "
    "xem xét trách nhiệm theo quy định."
)


@pytest.mark.parametrize(
    "who", [_OFFICIAL, "bà Lò Thị Ngân, sinh năm 1985, công chức địa chính - xây dựng xã"]
)
def test_a_denounced_official_held_to_account_is_personnel(who: str) -> None:
    cats = _cats(_VERIFICATION.format(who=who, said=_HELD))
    assert {Category.COMPLAINT_DENUNCIATION, Category.PERSONNEL} <= cats


@pytest.mark.parametrize(
    ("who", "said"),
    [
        # a private person denounced: no post, no personnel measure
        ("bà Lưu Thị Kim Sa, sinh năm 1980, trú tại tổ dân phố 7", _HELD),
        # an official, but nothing held to account yet: only the allegation
        (_OFFICIAL, "ông Thuyết không thừa nhận việc nhận tiền."),
    ],
)
def test_a_denunciation_with_no_official_held_to_account_has_no_personnel(
    who: str, said: str
) -> None:
    cats = _cats(_VERIFICATION.format(who=who, said=said))
    assert Category.COMPLAINT_DENUNCIATION in cats
    assert Category.PERSONNEL not in cats


@pytest.mark.parametrize(
    "said",
    [
        "ông Thuyết không thừa nhận việc nhận tiền, cung cấp sao kê tài khoản cá nhân tháng "
        "3-5/2026 để chứng minh.",
        "ông Thuyết xuất trình lịch sử giao dịch của tài khoản tại Vietcombank để chứng minh.",
    ],
)
def test_a_named_persons_bank_statement_is_finance(said: str) -> None:
    cats = _cats(_VERIFICATION.format(who=_OFFICIAL, said=said))
    assert Category.FINANCE in cats


def test_a_bank_statement_in_a_sentence_naming_no_one_is_no_finance() -> None:
    said = (
        "không thừa nhận việc nhận tiền.\nĐoàn lưu ý: người dân không cung cấp sao kê tài "
        "khoản cho người lạ qua điện thoại."
    )
    assert Category.FINANCE not in _cats(_VERIFICATION.format(who=_OFFICIAL, said=said))


_PARTY = (
    "ĐẢNG BỘ TỈNH HÀ TĨNH\nỦY BAN KIỂM TRA ĐẢNG ỦY XÃ THẠCH HÀ\nSố 18-TB/UBKTĐU\n"
    "ĐẢNG CỘNG SẢN VIỆT NAM\nThạch Hà, ngày 30 tháng 11 năm 2026\n\nTHÔNG BÁO\n"
    "kết quả xác minh tài sản, thu nhập đối với đồng chí Lê Thị Kim Hường\n\n"
    "Ủy ban Kiểm tra đã xác minh bản kê khai tài sản, thu nhập năm 2025 của đồng chí Lê Thị "
    "Kim Hường, Phó Chủ tịch UBND xã, và bà Nguyễn Thị Tơ (mẹ đẻ). Kết quả: {fact}\n\n"
    "Nơi nhận:                                   T/M ỦY BAN KIỂM TRA\n- Lưu UBKT.\n"
    "                                            Võ Đình Thái\n"
)


@pytest.mark.parametrize(
    "fact",
    [
        "không kê khai khoản tiền gửi tiết kiệm 860.000.000 đồng tại Ngân hàng TMCP Công "
        "Thương (sổ tiết kiệm số 1026781457).",
        "khong ke khai tai khoan tiet kiem 860.000.000 dong tai Ngan hang TMCP Cong Thuong.",
    ],
)
def test_a_named_persons_savings_deposit_is_sensitive(fact: str) -> None:
    assert classify_document(_PARTY.format(fact=fact)).sensitivity is (
        Sensitivity.SENSITIVE_PERSONAL
    )


def test_a_declared_plot_of_land_alone_is_not_sensitive() -> None:
    fact = "kê khai 01 thửa đất ở 240 m² tại thôn Trung Tiến và 01 ô tô con, đầy đủ, trung thực."
    assert classify_document(_PARTY.format(fact=fact)).sensitivity is Sensitivity.PERSONAL


_NEWS = (
    "Tập huấn Luật Bảo vệ bí mật nhà nước cho cán bộ cấp xã\n\n"
    "{dateline} - Ngày 02/12/2026, Công an tỉnh phối hợp Sở Nội vụ tổ chức hội nghị tập huấn "
    "Luật Bảo vệ bí mật nhà nước năm 2025 cho hơn 300 cán bộ, công chức các xã, phường.\n"
    "Phát biểu kết luận, Đại tá Trần Quang Lũy, Phó Giám đốc Công an tỉnh, yêu cầu các địa "
    "phương rà soát danh mục bí mật nhà nước.\nMộc Miên\n"
)


@pytest.mark.parametrize(
    "dateline",
    [
        "(Cổng TTĐT tỉnh Quảng Ngãi)",
        "(Cong TTDT tinh Quang Ngai)",
        "(Cổng thông tin điện tử tỉnh Bắc Ninh)",
    ],
)
def test_a_portals_dateline_makes_a_news_item_public(dateline: str) -> None:
    r = classify_document(_NEWS.format(dateline=dateline))
    assert r.sensitivity is Sensitivity.PUBLIC
    assert r.recommended_action == "send"


def test_a_paragraph_with_no_dateline_is_not_public() -> None:
    r = classify_document(_NEWS.format(dateline="Tóm tắt gửi Thường trực"))
    assert r.sensitivity is Sensitivity.INTERNAL


_CITIZENS = (
    "UY BAN NHAN DAN\nXA CHIEM HOA\nSo: 302/{symbol}\nCONG HOA XA HOI CHU NGHIA VIET NAM\n"
    "Doc lap - Tu do - Hanh phuc\nChiem Hoa, ngay 04 thang 12 nam 2026\n\n{kind}\n"
    "Ve viec dang ky cu tru truc tuyen\n\n"
    "1. Tu ngay 15/12/2026, dang ky thuong tru, tam tru thuc hien truc tuyen tren ung dung "
    "VNeID.\n2. {line} lien he Bo phan Mot cua xa, dien thoai 0207 3855 104, trong gio hanh "
    "chinh.\n\n                                        TM. UY BAN NHAN DAN\n"
    "                                        CHU TICH\n                                        "
    "Ma Van Quang\n"
)


@pytest.mark.parametrize(
    "line", ["Cong dan can ho tro", "Nguoi dan co vuong mac", "Công dân cần được hỗ trợ"]
)
def test_a_notice_to_citizens_who_need_help_is_public(line: str) -> None:
    text = _CITIZENS.format(symbol="TB-UBND", kind="THONG BAO", line=line)
    assert classify_document(text).sensitivity is Sensitivity.PUBLIC


def test_a_letter_to_agencies_about_citizens_who_need_help_is_not_public() -> None:
    text = _CITIZENS.format(symbol="UBND-VP", kind="", line="Cong dan can ho tro")
    assert classify_document(text).sensitivity is Sensitivity.INTERNAL


_EXCERPT = (
    "... Ngày 19/11/2026, Chấp hành viên đã có văn bản yêu cầu Ngân hàng TMCP Quân đội cung "
    "cấp thông tin tài khoản của người phải thi hành án. Bà Trần Thị Mỹ Thắm có tài khoản số "
    "0860119874006 số dư 41.380.000 đồng.\nNhư vậy, người phải thi hành án có điều kiện thi "
    "hành một phần khoản tiền 512.000.000 đồng phải trả cho ông Võ Thanh Sang {cite} số "
    "31/2026/DS-ST. Chấp hành viên đề xuất ra quyết định phong tỏa tài khoản ...\n"
)


@pytest.mark.parametrize("cite", ["theo Bản án", "theo ban an", "tại Bản án", "của Bản án"])
def test_a_judgment_cited_in_an_excerpt_does_not_make_it_one(cite: str) -> None:
    r = classify_document(_EXCERPT.format(cite=cite))
    assert r.doc_type is not DocumentType.BAN_AN
    assert Category.ENFORCEMENT_CASE in {c.category for c in r.categories}


def test_a_judgments_own_number_line_still_makes_it_one() -> None:
    text = (
        "TÒA ÁN NHÂN DÂN\nKHU VỰC 2 - AN GIANG\n\nBản án số: 141/2026/HS-ST\n"
        "Ngày: 20-11-2026\n\nNHÂN DANH\nNƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TÒA ÁN NHÂN DÂN KHU VỰC 2 - AN GIANG\n\nBị cáo: Danh Sóc, sinh năm 1990.\n"
    )
    assert classify_document(text).doc_type is DocumentType.BAN_AN


_RESULTS = (
    "SỞ NỘI VỤ TỈNH BẮC NINH\nHỘI ĐỒNG TUYỂN DỤNG CÔNG CHỨC NĂM 2026\nSố: 14/TB-HĐTD\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Bắc Ninh, ngày 07 tháng 12 năm 2026\n\nTHÔNG BÁO\nLịch thi vòng 2 kỳ tuyển dụng công chức\n\n"
    "Hội đồng tuyển dụng thông báo: thí sinh đủ điều kiện dự thi vòng 2 có mặt lúc 7 giờ 00 "
    "ngày 19/12/2026 tại Trường Chính trị tỉnh. Thông báo được niêm yết tại trụ sở Sở Nội vụ"
    "{where}.\n\nSTT\tSố báo danh\tHọ và tên\tNgày sinh\tĐiểm vòng 1\n"
    "1\tTD0217\tNguyễn Thị Thanh Xuân\t12/5/1999\t71\n2\tTD0218\tGiáp Văn Hưởng\t03/01/1997\t68\n"
    "\n                                    TM. HỘI ĐỒNG\n"
    "                                    CHỦ TỊCH\n"
    "                                    Thân Văn Tiệp\n"
)


@pytest.mark.parametrize(
    "where",
    [
        " và đăng trên Cổng thông tin điện tử của Sở",
        " và đăng tải trên trang thông tin điện tử của Sở",
    ],
)
def test_a_list_of_candidates_published_on_a_portal_keeps_public_info(where: str) -> None:
    r = classify_document(_RESULTS.format(where=where))
    cats = {c.category for c in r.categories}
    assert {Category.PERSONNEL, Category.PUBLIC_INFO} <= cats
    assert r.recommended_action == "do_not_send"


def test_a_list_of_candidates_posted_at_the_office_only_is_no_public_info() -> None:
    r = classify_document(_RESULTS.format(where=" và gửi đến từng thí sinh"))
    cats = {c.category for c in r.categories}
    assert Category.PERSONNEL in cats
    assert Category.PUBLIC_INFO not in cats
    assert r.recommended_action == "do_not_send"
