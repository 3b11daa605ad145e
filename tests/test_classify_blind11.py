"""Rules from the blind documents_holdout11.jsonl (sectors earlier sets used little: health and
its medical-assessment council, meritorious people, tax, customs, treasury, the army): a
list's injury-rate column, a declassification stamp that gives its decision, a header pasted
with combining tone marks. Each rule has a hard negative beside it, on documents of its own
(none of the set's); each rule's test fails on main at 8bce227 (the negatives that stand as
tests of their own hold there too, and must keep holding)."""

from __future__ import annotations

import unicodedata

from ai_guard import classify_document


def _cats(text: str) -> set[str]:
    return {c.category.value for c in classify_document(text).categories}


_LIST_HEAD = (
    "UBND TỈNH BẠC LIÊU\nSỞ NỘI VỤ\n\nDANH SÁCH\n"
    "Thương binh hưởng trợ cấp hằng tháng đợt 2 năm 2026\n\n"
)


def test_a_list_with_an_injury_rate_column_is_each_persons_health_data() -> None:
    text = _LIST_HEAD + (
        "STT\tHọ và tên\tNăm sinh\tSố CCCD\tNơi cư trú\tTỷ lệ tổn thương cơ thể\tMức hưởng\n"
        "1\tLâm Văn Quới\t1952\t095052 004718\txã Vĩnh Lợi\t71%\t4.902.000\n"
        "2\tDanh Thị Sên\t1955\t095155 002293\txã Hồng Dân\t35%\t2.817.000\n\n"
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrịnh Minh Khương\n"
    )
    res = classify_document(text)
    assert "health" in _cats(text)
    assert res.sensitivity.value == "sensitive_personal"
    assert res.recommended_action == "do_not_send"
    # the same benefits counted by group name no one's rate: no health file
    counts = _LIST_HEAD.replace("DANH SÁCH", "BÁO CÁO SỐ LIỆU") + (
        "| Nhóm | Số người | Kinh phí (triệu đồng) |\n|---|---|---|\n"
        "| Thương binh | 1.204 | 61.380 |\n| Bệnh binh | 377 | 18.115 |\n\n"
        "GIÁM ĐỐC\nTrịnh Minh Khương\n"
    )
    assert "health" not in _cats(counts)
    assert classify_document(counts).recommended_action == "send"


def test_a_judgment_naming_the_victims_injury_rate_is_no_health_file() -> None:
    # a criminal judgment states the victim's injury rate as an element of the offence: the
    # rate alone in its prose makes it no medical record
    text = (
        "TÒA ÁN NHÂN DÂN\nKHU VỰC 4 - GIA LAI\nBản án số: 71/2026/HS-ST\nNgày: 02-11-2026\n\n"
        "NHÂN DANH\nNƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "NỘI DUNG VỤ ÁN: Khoảng 20 giờ ngày 14/6/2026, bị cáo Rơ Châm Khoa dùng gậy gây thương "
        "tích cho anh Siu Blơng với tỷ lệ tổn thương cơ thể 18%. Bị cáo bị truy tố về tội Cố ý "
        "gây thương tích theo khoản 1 Điều 134 Bộ luật Hình sự.\n"
    )
    assert "health" not in _cats(text)
    assert "criminal_procedure" in _cats(text)


_MILITARY = (
    "QUÂN KHU 5\nBỘ CHỈ HUY QUÂN SỰ TỈNH KHÁNH HÒA\n"
    "Số: 112/BC-BCH              MẬT\n"
    "{stamp}\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Nha Trang, ngày 14 tháng 3 năm 2001\n\n"
    "BÁO CÁO\nKết quả diễn tập phòng chống bão năm 2001\n\n"
    "Bộ Chỉ huy đã huy động 850 cán bộ, chiến sĩ, 12 xuồng máy tham gia diễn tập.\n"
    "{body}\n"
    "CHỈ HUY TRƯỞNG\nĐại tá Tôn Thất Vỹ\n"
)


def test_a_declassification_stamp_with_its_decision_lifts_the_old_mark() -> None:
    stamp = "      ĐÃ GIẢI MẬT theo Quyết định số 904/QĐ-BCH ngày 02/6/2024"
    res = classify_document(_MILITARY.format(stamp=stamp, body=""))
    assert res.declassified
    assert res.secrecy == "none"
    assert res.recommended_action == "send"
    spelled = "GIẢI MẬT theo Quyết định số 904/QĐ-BCH ngày 02 tháng 6 năm 2024"
    assert classify_document(_MILITARY.format(stamp=spelled, body="")).recommended_action == "send"


def test_a_declassification_the_guard_cannot_vouch_for_keeps_the_mark() -> None:
    # fail closed: words in the body, a stamp without its decision's number or date, a
    # decision dated before the document, the words in lower case: the MẬT stamp stands
    body = "Tài liệu này đã được giải mật theo Quyết định số 904/QĐ-BCH ngày 02/6/2024."
    unvouched = [
        _MILITARY.format(stamp="", body=body),
        _MILITARY.format(stamp="ĐÃ GIẢI MẬT theo Quyết định của Bộ Chỉ huy", body=""),
        _MILITARY.format(stamp="ĐÃ GIẢI MẬT theo Quyết định số 904/QĐ-BCH", body=""),
        _MILITARY.format(stamp="ĐÃ GIẢI MẬT theo Quyết định số 904/QĐ-BCH ngày 02/6/1998", body=""),
        _MILITARY.format(stamp="Đã giải mật theo Quyết định số 904/QĐ-BCH ngày 02/6/2024", body=""),
        _MILITARY.format(stamp="ĐÃ GIẢI MẬT theo Quyết định số 904/QĐ-BCH ngày 31/2/2024", body=""),
    ]
    for text in unvouched:
        res = classify_document(text)
        assert res.secrecy == "mat", text
        assert res.recommended_action == "do_not_send", text


def test_header_values_of_a_paste_with_combining_marks_are_nfc() -> None:
    nfc = (
        "SỞ Y TẾ TỈNH NGHỆ AN\nHỘI ĐỒNG GIÁM ĐỊNH Y KHOA\nSố: 3310/BB-GĐYK\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Vinh, ngày 12 tháng 10 năm 2026\n\nBIÊN BẢN HỌP HỘI ĐỒNG\n"
        "Về việc tổng kết công tác giám định năm 2026\n\n"
        "Hội đồng họp tổng kết, thống nhất lịch họp năm 2027.\n\n"
        "CHỦ TỊCH HỘI ĐỒNG\nHồ Sỹ Diệp\n"
    )
    pasted = unicodedata.normalize("NFD", nfc)
    header = classify_document(pasted).header
    for field in (header.issuer, header.subject, header.signer, header.place_date):
        assert field is not None
        assert unicodedata.is_normalized("NFC", field.text), field.text
        assert field.text == unicodedata.normalize("NFC", pasted[field.start : field.end])
    assert header.signer is not None
    assert header.signer.text == "Hồ Sỹ Diệp"


def test_a_blank_template_of_an_agencys_record_is_public() -> None:
    text = (
        "Em in giúp chị 10 bản mẫu này cho đoàn kiểm tra ngày mai:\n\n"
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG ..........\nCHI CỤC ...............................\n"
        "Số: ........./BB-KT\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "BIÊN BẢN KIỂM TRA\nVề an toàn thực phẩm nông sản\n\n"
        "Hồi ..... giờ ..... ngày ..... tháng ..... năm ......., tại ......................\n"
        "Đoàn kiểm tra gồm: .............................................................\n"
        "Tên cơ sở được kiểm tra: .......................................................\n"
        "Địa chỉ: ......................................................................\n"
        "Kết quả kiểm tra: ..............................................................\n\n"
        "ĐẠI DIỆN CƠ SỞ                 TRƯỞNG ĐOÀN KIỂM TRA\n(Ký, ghi rõ họ tên)"
        "             (Ký, ghi rõ họ tên)\n"
    )
    res = classify_document(text)
    assert res.sensitivity.value == "public"
    assert res.recommended_action == "send"
    assert "public_info" not in _cats(text)  # a form for the officials who fill it
    # the same record filled in, with its number and date, is an agency's paper
    filled = (
        text.replace("Số: ........./BB-KT", "Số: 77/BB-KT")
        .replace("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG ..........", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG")
        .replace("CHI CỤC ...............................", "CHI CỤC THỦY LỢI")
        .replace(
            "Độc lập - Tự do - Hạnh phúc\n",
            "Độc lập - Tự do - Hạnh phúc\nPleiku, ngày 03 tháng 12 năm 2026\n",
        )
    )
    assert classify_document(filled).sensitivity.value != "public"


_NOTICE = (
    "CÔNG TY CẤP NƯỚC BÌNH PHƯỚC\nSố: 512/TB-CN\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Đồng Xoài, ngày 02 tháng 12 năm 2026\n\nTHÔNG BÁO\n{subject}\n\n{body}\n\n"
    "GIÁM ĐỐC\nLê Quang Thạch\n"
)


def test_a_notice_to_a_firms_customers_or_an_areas_businesses_is_public() -> None:
    customers = _NOTICE.format(
        subject="Tạm ngừng cấp nước ngày 09/12/2026",
        body="Công ty trân trọng thông báo đến khách hàng sử dụng nước tại phường Tân Phú: "
        "ngừng cấp nước từ 8 giờ đến 15 giờ ngày 09/12/2026 để thay đường ống.",
    )
    businesses = _NOTICE.format(
        subject="Về việc lắp đồng hồ nước riêng cho cơ sở kinh doanh",
        body="Từ ngày 01/01/2027 mỗi cơ sở kinh doanh dùng một đồng hồ nước riêng. "
        "Đề nghị các hộ kinh doanh đăng ký tại quầy giao dịch trước ngày 20/12/2026./.",
    )
    for text in (customers, businesses):
        res = classify_document(text)
        assert res.sensitivity.value == "public", text
        assert "public_info" in _cats(text)
    # a notice to one household business, asking it to pay, is that household's
    one = _NOTICE.format(
        subject="Về việc tiền nước còn nợ",
        body="Kính gửi: Hộ kinh doanh Tạp hóa Minh Sương\nĐịa chỉ: số 14 đường Lê Duẩn\n"
        "Đề nghị hộ kinh doanh nộp 3.260.000 đồng tiền nước còn nợ trước ngày 15/12/2026.",
    )
    assert classify_document(one).sensitivity.value != "public"


def test_a_judgment_noting_that_no_one_complained_is_no_complaint_file() -> None:
    text = (
        "TÒA ÁN NHÂN DÂN\nKHU VỰC 2 - KON TUM\nBản án số: 58/2026/HS-ST\nNgày: 10-11-2026\n\n"
        "NHÂN DANH\nNƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "xét xử sơ thẩm vụ án hình sự thụ lý số 40/2026/TLST-HS đối với bị cáo A Thiêng, sinh "
        "năm 1999, trú tại làng Kon Klốc; bị tạm giam từ ngày 02/7/2026.\n"
        "NHẬN ĐỊNH CỦA TÒA ÁN:\n[1] Quyết định tố tụng của Cơ quan điều tra, Viện kiểm sát "
        "đúng thẩm quyền. Bị cáo không có ý kiến khiếu nại.\n"
    )
    assert "complaint_denunciation" not in _cats(text)
    assert "criminal_procedure" in _cats(text)
    # a defendant who did complain keeps the complaint beside the case
    complained = text.replace(
        "Bị cáo không có ý kiến khiếu nại.",
        "Bị cáo có đơn khiếu nại quyết định tạm giam, đã được Viện kiểm sát giải quyết.",
    )
    assert "complaint_denunciation" in _cats(complained)


def test_a_tax_debt_of_many_firms_is_no_ones_finance_file() -> None:
    text = (
        "CỤC HẢI QUAN\nCHI CỤC HẢI QUAN KHU VỰC VII\nSố: 902/BC-HQKV7\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Quy Nhơn, ngày 01 tháng 12 năm 2026\n\nBÁO CÁO\nTình hình thu ngân sách tháng 11/2026\n\n"
        "1. Thu ngân sách tháng 11 đạt 318,4 tỷ đồng.\n"
        "2. Giải pháp: đôn đốc thu hồi nợ thuế quá hạn 12,6 tỷ đồng của 27 doanh nghiệp.\n\n"
        "CHI CỤC TRƯỞNG\nLâm Văn Thới\n"
    )
    assert "finance" not in _cats(text)
    # one firm's debt is that firm's
    one = text.replace("của 27 doanh nghiệp", "của Công ty TNHH Gỗ Phước Hòa")
    assert "finance" in _cats(one)
