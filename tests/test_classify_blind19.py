"""Rules from the blind documents_holdout19.jsonl (papers of the two-tier local government
after July 2025, half as they arrive): the place line under a nation-wide organisation's
committee, a record's columns headed in sentence case, a K'Ho or Ê Đê name of one word, a list
sent up to the body it reports to, the Party inspection of a member, a debt someone still owes
(a table's column, a sentence), a bank's loan an enforcement paper enforces, and a portal's
news item whose lead opens with its day. Each rule has hard negatives beside it."""

from __future__ import annotations

import pytest

from ai_guard import classify_document
from ai_guard.classify.models import Category

_PLAN = (
    "{body}\n{place}\nSố: 29/KH-MTTQ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nNam Đàn, ngày 03 tháng 12 năm 2026\n\nKẾ HOẠCH\n"
    "Giám sát việc thực hiện dân chủ ở cơ sở năm 2027\n\n"
    "1. Đối tượng giám sát: UBND xã.\n2. Thời gian: quý II/2027.\n\n"
    "Nơi nhận:                                    TM. BAN THƯỜNG TRỰC\n"
    "- UBND xã;                                   CHỦ TỊCH\n"
    "- Lưu: VP.                                   Phan Bá Kỳ Nam\n"
)


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "XÃ NAM ĐÀN"),
        ("UY BAN MAT TRAN TO QUOC VIET NAM", "XA NAM DAN"),  # typed without diacritics
        ("ỦY BAN MTTQ VIỆT NAM", "PHƯỜNG BA ĐÌNH"),
        ("ỦY BAN MTTQ VN", "TỈNH THÁI NGUYÊN"),
        ("ỦY BAN MẶT TRẬN TỔ QUỐC VlỆT NAM", "XÃ NAM ĐÀN"),  # OCR's l for I
        ("HỘI NÔNG DÂN VIỆT NAM", "XÃ ĐẠI TỪ"),
        ("HỘI CỰU CHIẾN BINH VIỆT NAM", "PHƯỜNG HẠC THÀNH"),
    ],
)
def test_a_nation_wide_organisations_committee_is_its_place_line(body: str, place: str) -> None:
    res = classify_document(_PLAN.format(body=body, place=place))
    assert res.header.issuer is not None
    assert res.header.issuer.text == place


@pytest.mark.parametrize(
    ("body", "place", "issuer"),
    [
        # a name that carries its place, over its parent's place
        (
            "TÒA ÁN NHÂN DÂN QUẬN HAI BÀ TRƯNG",
            "THÀNH PHỐ HÀ NỘI",
            "TÒA ÁN NHÂN DÂN QUẬN HAI BÀ TRƯNG",
        ),
        # a nation-wide body over its provincial branch (no place line): the branch
        (
            "BẢO HIỂM XÃ HỘI VIỆT NAM",
            "BẢO HIỂM XÃ HỘI TỈNH NAM ĐỊNH",
            "BẢO HIỂM XÃ HỘI TỈNH NAM ĐỊNH",
        ),
        # the Youth Union's committee under its commune's name
        ("ĐOÀN TNCS HỒ CHÍ MINH XÃ ĐỨC TRỌNG", "BAN CHẤP HÀNH", "BAN CHẤP HÀNH"),
    ],
)
def test_other_two_line_issuers_keep_their_own_line(body: str, place: str, issuer: str) -> None:
    res = classify_document(_PLAN.format(body=body, place=place))
    assert res.header.issuer is not None
    assert res.header.issuer.text == issuer


_RECORD = (
    "UBND XÃ ĐẠI TỪ\nBAN TIẾP CÔNG DÂN\nSố: 09/BB-TCD\n\nBIÊN BẢN\nTiếp công dân\n\n"
    "Hôm nay, hồi 9 giờ ngày 25/11/2026, tại Trụ sở tiếp công dân xã Đại Từ.\n"
    "Nội dung: công dân phản ánh việc thu tiền làm đường bê tông.\n"
    "Biên bản kết thúc hồi 10 giờ cùng ngày.\n\n{signatures}\n"
)


@pytest.mark.parametrize(
    ("signatures", "signer"),
    [
        (
            "Công dân                                    Người tiếp công dân\n"
            "Hoàng Thị Nghiêm                            Ma Văn Quỳnh",
            "Ma Văn Quỳnh",
        ),
        # the official's column on the left
        (
            "Người tiếp công dân                         Công dân\n"
            "Ma Văn Quỳnh                                Hoàng Thị Nghiêm",
            "Ma Văn Quỳnh",
        ),
        # the meeting's secretary beside the one who chairs it
        (
            "Thư ký                                      Người chủ trì\n"
            "Tôn Nữ Diệu Thương                          Lò Văn Pọm",
            "Lò Văn Pọm",
        ),
        (
            "Người ghi biên bản                          Người tiếp công dân\n"
            "Tôn Nữ Diệu Thương                          Ma Văn Quỳnh",
            "Ma Văn Quỳnh",
        ),
    ],
)
def test_a_records_columns_headed_in_sentence_case_give_the_officials_name(
    signatures: str, signer: str
) -> None:
    res = classify_document(_RECORD.format(signatures=signatures))
    assert res.header.signer is not None
    assert res.header.signer.text == signer


@pytest.mark.parametrize(
    "signatures",
    [
        # the heading, then a sentence: no name under it
        "Người tiếp công dân\nđã giải thích cho công dân các quy định hiện hành.",
        # a blank line between: no column's name
        "Người tiếp công dân\n\n\n\nGhi chú: biên bản lập thành 02 bản.",
    ],
)
def test_a_sentence_case_heading_without_a_name_under_it_gives_no_signer(
    signatures: str,
) -> None:
    res = classify_document(_RECORD.format(signatures=signatures))
    assert res.header.signer is None


_MINUTES = (
    "ĐOÀN TNCS HỒ CHÍ MINH XÃ ĐỨC TRỌNG\nBAN CHẤP HÀNH\nSố: 05-BB/ĐTN\n"
    "Đức Trọng, ngày 26 tháng 11 năm 2026\n\nBIÊN BẢN\nHọp Ban Chấp hành Đoàn xã tháng 11/2026\n\n"
    "Thời gian: 19 giờ 30 ngày 26/11/2026, tại Hội trường UBND xã.\n"
    "Nội dung: triển khai Chương trình Xuân tình nguyện 2027.\n\n"
    "THƯ KÝ                                       CHỦ TRÌ\n"
    "Tôn Nữ Diệu Thương                              {name}\n"
)


@pytest.mark.parametrize("name", ["K'Sriêng", "K’Bình", "H'Hen", "K'Brơi", "Ka Sô Liễng"])
def test_a_k_ho_or_e_de_name_of_one_word_signs(name: str) -> None:
    res = classify_document(_MINUTES.format(name=name))
    assert res.header.signer is not None
    assert res.header.signer.text == name


@pytest.mark.parametrize("name", ["K'Ho", "H'Mông", "K'SRIÊNG", "K'", "Kiên"])
def test_a_peoples_name_a_label_or_a_bare_word_signs_nothing(name: str) -> None:
    res = classify_document(_MINUTES.format(name=name))
    assert res.header.signer is None


_SHEET = (
    "{first}\n{title}\nSTT,Họ tên,Năm sinh,Địa chỉ,Chẩn đoán\n"
    "1,Huỳnh Thị Mỹ Thoại,2011,ấp Tân Thành,SXHD\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "Danh sách ca bệnh sốt xuất huyết tuần 47/2026 (gửi CDC tỉnh Vĩnh Long)",
        "Danh sach ca benh sot xuat huyet tuan 47/2026 (gui CDC tinh Vinh Long)",
        "DANH SÁCH CA BỆNH SỐT XUẤT HUYẾT TUẦN 47/2026 GỬI SỞ Y TẾ",
        "Danh sách ca bệnh tay chân miệng báo cáo Trung tâm Y tế khu vực",
        "Danh sách học sinh nghỉ học do sốt, gửi về Trạm Y tế phường",
    ],
)
def test_a_list_whose_title_names_the_body_it_goes_up_to_is_a_report(title: str) -> None:
    res = classify_document(_SHEET.format(first="TRUNG TÂM Y TẾ KHU VỰC TRÀ ÔN", title=title))
    assert res.doc_type.value == "bao_cao"


@pytest.mark.parametrize(
    "title",
    [
        "DANH SÁCH TRẺ CÓ PHẢN ỨNG SAU TIÊM CHỦNG",  # holdout14: a DANH SÁCH is other
        "Danh sách ca bệnh sốt xuất huyết tuần 47/2026",
        "DANH SÁCH BÁO CÁO VIÊN HỘI NGHỊ",  # the lecturers, no body reported to
        "Danh sách học sinh (gửi kèm Công văn số 12/TH-VP)",  # an annex sent along
        "Danh sách hộ gửi tiết kiệm tại quỹ tín dụng",
    ],
)
def test_other_lists_stay_other(title: str) -> None:
    res = classify_document(_SHEET.format(first="TRUNG TÂM Y TẾ KHU VỰC TRÀ ÔN", title=title))
    assert res.doc_type.value == "other"


def _cats(text: str) -> set[str]:
    return {c.category.value for c in classify_document(text).categories}


_INSPECTION = (
    "{party}\nUY BAN KIEM TRA DANG UY XA KHANH BINH\nSo: 14-TB/UBKT\nDANG CONG SAN VIET NAM\n"
    "Khanh Binh, ngay 17 thang 11 nam 2026\n\nTHONG BAO\n{subject}\n\n{body}\n\n"
    "                                             T/M UY BAN KIEM TRA\n"
    "                                             CHU NHIEM\n"
    "                                             Quan Thi Bich Tram\n"
)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Ket luan kiem tra dang vien khi co dau hieu vi pham",
            "Dong chi Trieu Van Lanh, dang vien chi bo ap 4, da de lan chiem 2,3 ha dat rung.",
        ),
        (
            "Kết luận kiểm tra đảng viên khi có dấu hiệu vi phạm",
            "Đồng chí Triệu Văn Lành, đảng viên chi bộ ấp 4, đã để lấn chiếm 2,3 ha đất rừng.",
        ),
        (
            "Kết quả kỳ họp thứ 9",
            "Ủy ban Kiểm tra tiến hành kiểm tra khi có dấu hiệu vi phạm đối với 02 đảng viên "
            "chi bộ ấp 4 về việc quản lý đất rừng.",
        ),
    ],
)
def test_a_party_inspection_of_a_member_is_personnel(subject: str, body: str) -> None:
    text = _INSPECTION.format(party="DANG BO TINH CA MAU", subject=subject, body=body)
    assert "personnel" in _cats(text)


@pytest.mark.parametrize(
    "body",
    [
        # an administrative or a criminal violation's signs are no Party inspection
        "Đoàn kiểm tra liên ngành phát hiện dấu hiệu vi phạm về an toàn thực phẩm tại 3 cơ sở.",
        "Công an xã kiểm tra, phát hiện dấu hiệu vi phạm pháp luật về đất đai, chuyển hồ sơ.",
    ],
)
def test_signs_of_another_violation_are_no_personnel(body: str) -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ KHÁNH BÌNH\nSố: 88/BC-UBND\n\nBÁO CÁO\n"
        f"Kết quả kiểm tra tháng 11/2026\n\n{body}\n\n"
        "                                   CHỦ TỊCH\n"
        "                                   Lê Văn Tám\n"
    )
    assert "personnel" not in _cats(text)


_FEES = (
    "TRƯỜNG TIỂU HỌC HÒA BÌNH\nSố: 19/BC-THHB\nHòa Bình, ngày 02 tháng 12 năm 2026\n\n"
    "BÁO CÁO\nTình hình thu các khoản thu thỏa thuận học kỳ I năm học 2026-2027\n\n"
    "Kính gửi: UBND phường Hòa Bình.\n\n{table}\n\n"
    "                                             HIỆU TRƯỞNG\n"
    "                                             Lường Thị Phiếm\n"
)


@pytest.mark.parametrize(
    "table",
    [
        "| Họ tên học sinh | Lớp | Phụ huynh | Số tiền còn nợ (đồng) |\n|---|---|---|---|\n"
        "| Xa Văn Tường | 3A | Xa Văn Hoanh | 1.860.000 |\n"
        "| Hà Thị Ngọc Mai | 4B | Bạch Thị Nhung | 2.140.000 |",
        "Họ tên học sinh\tLớp\tSố tiền nợ\nXa Văn Tường\t3A\t1.860.000\n"
        "Hà Thị Ngọc Mai\t4B\t2.140.000",
        "Họ tên,Lớp,Phụ huynh,Còn nợ\nXa Văn Tường,3A,Xa Văn Hoanh,1.860.000\n"
        "Hà Thị Ngọc Mai,4B,Bạch Thị Nhung,2.140.000",
        "Em Hà Thị Ngọc Mai, lớp 4B, còn nợ 2.140.000 đồng tiền ăn bán trú.",
    ],
)
def test_a_debt_named_persons_still_owe_is_finance(table: str) -> None:
    res = classify_document(_FEES.format(table=table))
    cats = {c.category.value for c in res.categories}
    assert "finance" in cats
    assert "general_admin" not in cats
    # finance is not protected: the named pupils are redacted, not kept back
    assert res.recommended_action == "redact_then_send"


@pytest.mark.parametrize(
    "table",
    [
        # counts of what is left to do, no one's money
        "| Nội dung | Số hồ sơ còn nợ đọng |\n|---|---|\n| Hộ tịch | 12 |\n| Đất đai | 7 |",
        # how to look it up, in guidance
        "Tra cứu: mục Nghĩa vụ tài chính hiển thị số đã nộp, số còn nợ của học sinh.",
        "Đến ngày 30/11/2026 nhà trường đã thu 94,2% các khoản, không còn học sinh nợ.",
    ],
)
def test_no_ones_debt_is_no_finance(table: str) -> None:
    assert "finance" not in _cats(_FEES.format(table=table))


_AUCTION = (
    "PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 5 - TP HỒ CHÍ MINH\nSố: 1288/TB-PTHADS\n"
    "Bà Rịa, ngày 30 tháng 11 năm 2026\nTHÔNG BÁO\nVề việc bán đấu giá tài sản kê biên\n"
    "Tài sản của người phải thi hành án ông Quan Chí Đạt, sinh năm 1983, gồm quyền sử dụng "
    "312 m² đất tại tổ 6, ấp Hải Trung, xã Phước Hải, giá khởi điểm 2.184.000.000 đồng, "
    "{duty}.\nCHẤP HÀNH VIÊN\nPhó Đức Lâm\n"
)


@pytest.mark.parametrize(
    "duty",
    [
        "để thi hành khoản nợ vay phải trả Ngân hàng TMCP Sài Gòn Thương Tín",
        "để thi hành nghĩa vụ trả nợ cho Quỹ tín dụng nhân dân Phước Hải",
        "de thi hanh khoan no vay phai tra Ngan hang TMCP Sai Gon Thuong Tin",
        "để thi hành khoản tiền theo hợp đồng tín dụng số 0219/2022/HĐTD",
    ],
)
def test_a_banks_loan_an_enforcement_paper_enforces_is_finance(duty: str) -> None:
    cats = _cats(_AUCTION.format(duty=duty))
    assert {"enforcement_case", "finance"} <= cats


@pytest.mark.parametrize(
    "duty",
    [
        "để thi hành khoản án phí dân sự sơ thẩm",
        "để thi hành khoản tiền phạt theo Bản án số 12/2026/HS-ST",
        "để thi hành nghĩa vụ cấp dưỡng nuôi con",
        "để thi hành bản án về tranh chấp ranh giới đất",
    ],
)
def test_a_fee_a_fine_support_or_a_land_dispute_adds_no_finance(duty: str) -> None:
    cats = _cats(_AUCTION.format(duty=duty))
    assert "enforcement_case" in cats
    assert "finance" not in cats


_NEWS = (
    "Cổng thông tin điện tử tỉnh Phú Thọ\n"
    "Hội nghị tập huấn Luật Bảo vệ bí mật nhà nước năm 2025 cho cán bộ cấp xã\n"
    "{lead} Công an tỉnh phối hợp Sở Nội vụ tổ chức hội nghị tập huấn cho hơn 400 cán bộ, "
    "công chức văn phòng của 148 xã, phường.\n"
    "Báo cáo viên yêu cầu không chuyển tài liệu mật qua Zalo hay các công cụ trí tuệ nhân tạo.\n"
    "Minh Châu\n"
)


@pytest.mark.parametrize(
    "lead",
    ["Ngày 02/12/2026,", "Sáng 02/12,", "(Ngay 02/12/2026) Sang nay,", "Chiều ngày 02/12/2026,"],
)
def test_a_portal_item_whose_lead_opens_with_its_day_is_public(lead: str) -> None:
    res = classify_document(_NEWS.format(lead=lead))
    assert res.sensitivity.value == "public"
    assert Category.PUBLIC_INFO in {c.category for c in res.categories}


@pytest.mark.parametrize(
    "text",
    [
        # no masthead: an office's note that opens with a date
        "Ghi chú của Văn phòng\nHội nghị tập huấn cán bộ cấp xã\n"
        "Ngày 02/12/2026, Văn phòng chuẩn bị hội trường cho hội nghị.\n",
        # a masthead, then a sentence with no day in its lead
        "Cổng thông tin điện tử tỉnh Phú Thọ\nĐề nghị Văn phòng cập nhật tài khoản quản trị\n"
        "Văn phòng rà soát quyền quản trị trước ngày 02/12/2026.\n",
    ],
)
def test_a_dated_line_without_a_news_layout_is_no_news_item(text: str) -> None:
    assert classify_document(text).sensitivity.value != "public"


def test_a_line_between_the_masthead_and_the_headline_is_a_papers() -> None:
    # blind16's negative: a portal named over "Ban Biên tập", no time posted
    text = _NEWS.format(lead="Ngày 02/12/2026,").replace("Phú Thọ\n", "Phú Thọ\nBan Biên tập\n", 1)
    assert classify_document(text).sensitivity.value != "public"
