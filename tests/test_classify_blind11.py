"""Rules from the blind documents_holdout11.jsonl (sectors earlier sets used little: health and
its medical-assessment council, meritorious people, tax, customs, treasury, the army): a
list's injury-rate column, a declassification stamp that gives its decision, a header pasted
with combining tone marks. Each rule has a hard negative beside it, on documents of its own
(none of the set's); each rule's test fails on main at 8bce227 (the negatives that stand as
tests of their own hold there too, and must keep holding)."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import Policy, classify_document


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
    # not sent unasked (FACTS c.4: warn, do not auto-allow), by INTERNAL_MARK's action
    assert res.recommended_action == "do_not_send"
    lowered = Policy(actions={"INTERNAL_MARK": "allow"})
    assert (
        classify_document(_MILITARY.format(stamp=stamp, body=""), policy=lowered).recommended_action
        == "send"
    )
    spelled = "GIẢI MẬT theo Quyết định số 904/QĐ-BCH ngày 02 tháng 6 năm 2024"
    spelled_doc = _MILITARY.format(stamp=spelled, body="")
    assert classify_document(spelled_doc).declassified
    assert classify_document(spelled_doc, policy=lowered).recommended_action == "send"


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


_TREASURY = (
    "KHO BẠC NHÀ NƯỚC\nKHO BẠC NHÀ NƯỚC KHU VỰC V\nSố: 771/KBKVV-KSTT\n"
    "V/v cung cấp thông tin theo yêu cầu của Cơ quan điều tra\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Thanh Hóa, ngày 01 tháng 12 năm 2026\n\n"
    "Kính gửi: Cơ quan Cảnh sát điều tra Công an tỉnh Thanh Hóa.\n\n"
    "Thực hiện Yêu cầu số 58/YC-CSKT trong vụ án đối với bị can Lò Văn Tếnh, Kho bạc cung cấp "
    "như sau:\n1. Kho bạc đã thanh toán cho bị can 02 lần, tổng số tiền 918.000.000 đồng.\n"
    "2. Số tiền trên được chuyển vào tài khoản số 4120205517763 mang tên Lò Văn Tếnh tại "
    "Ngân hàng Nông nghiệp và Phát triển nông thôn.\n\n"
    "GIÁM ĐỐC\nHà Thị Uyên\n"
)


def test_an_accuseds_bank_account_given_to_investigators_is_finance_too() -> None:
    cats = _cats(_TREASURY)
    assert {"criminal_procedure", "finance"} <= cats
    # the agency's own treasury account is no one's finance
    own = _TREASURY.replace(
        "tài khoản số 4120205517763 mang tên Lò Văn Tếnh tại Ngân hàng Nông nghiệp và Phát "
        "triển nông thôn",
        "tài khoản số 3711.2.1042615 tại Kho bạc Nhà nước khu vực V",
    )
    assert "finance" not in _cats(own)


def test_an_official_asked_to_review_her_responsibility_is_her_personnel_file() -> None:
    text = (
        "UBND TỈNH CAO BẰNG\nSỞ Y TẾ\nSố: 611/TB-SYT\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Cao Bằng, ngày 02 tháng 12 năm 2026\n\nTHÔNG BÁO\n"
        "Kết quả giải quyết tố cáo đối với ông Nông Văn Páo, Giám đốc Trung tâm Y tế Hà Quảng\n\n"
        "Căn cứ Kết luận nội dung tố cáo số 12/KL-SYT, Sở Y tế thông báo: nội dung tố cáo đúng "
        "một phần. Xử lý: yêu cầu ông Nông Văn Páo kiểm điểm trách nhiệm.\n\n"
        "GIÁM ĐỐC\nĐàm Thị Thoa\n"
    )
    assert {"complaint_denunciation", "personnel"} <= _cats(text)
    # units asked to review their responsibility name no one's file
    units = text.replace(
        "yêu cầu ông Nông Văn Páo kiểm điểm trách nhiệm",
        "yêu cầu các khoa, phòng kiểm điểm trách nhiệm",
    )
    assert "personnel" not in _cats(units)


_SUMMARY = (
    "SỞ Y TẾ TỈNH QUẢNG BÌNH\nBỆNH VIỆN ĐA KHOA KHU VỰC BẮC QUẢNG BÌNH\nSố: 904/BV-KHTH\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Ba Đồn, ngày 11 tháng 11 năm 2026\n\nTÓM TẮT HỒ SƠ BỆNH ÁN\n"
    "{request}\n\n"
    "Họ và tên người bệnh: ĐINH VĂN KHOÁT      Năm sinh: 1979\n"
    "Địa chỉ: thôn Minh Lệ, xã Quảng Minh, tỉnh Quảng Trị\n"
    "Chẩn đoán: gãy kín xương đòn phải; đa chấn thương phần mềm.\n"
    "Phương pháp điều trị: phẫu thuật kết hợp xương.\n\n"
    "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLê Văn Thiện\n"
)


def test_a_medical_summary_for_the_criminal_police_is_other_and_a_criminal_file() -> None:
    asked = "(Theo đề nghị tại Công văn số 512/CSHS ngày 02/11/2026 của Phòng Cảnh sát hình sự)"
    res = classify_document(_SUMMARY.format(request=asked))
    assert res.doc_type.value == "other"
    assert {"health", "criminal_procedure"} <= {c.category.value for c in res.categories}
    # the same summary asked for by the patient's insurer is health only
    insurer = "(Theo đề nghị của Công ty Bảo hiểm nhân thọ Phú An)"
    assert "criminal_procedure" not in _cats(_SUMMARY.format(request=insurer))


def test_a_letter_in_english_about_patients_is_about_health() -> None:
    head = (
        "UBND TỈNH LAI CHÂU\nSỞ Y TẾ\nSố: 812/SYT-NVY\nV/v gửi số liệu cho đối tác\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Lai Châu, ngày 20 tháng 11 năm 2026\n\nTo: Country Office, Global Health Partners\n\n"
    )
    text = head + (
        "1. 212 new tuberculosis patients were diagnosed in 2026 and started treatment.\n"
        "2. No patient-level data are shared.\n\nGIÁM ĐỐC\nLò Văn Xiêm\n"
    )
    assert "health" in _cats(text)
    roads = head + (
        "1. 46 km of rural roads were paved in 2026.\n2. No contractor data are shared.\n\n"
        "GIÁM ĐỐC\nLò Văn Xiêm\n"
    )
    assert "health" not in _cats(roads)


_VACCINATION = (
    "UBND XÃ PHÚ LỄ\nSố: 88/TB-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nPhú Lễ, ngày 01 tháng 12 năm 2026\n\nTHÔNG BÁO\n{subject}\n\n"
    "UBND xã thông báo đến toàn thể Nhân dân: tiêm vắc xin miễn phí từ ngày 07/12/2026; "
    "phòng dịch bệnh lây lan trên địa bàn.\n\nCHỦ TỊCH\nTrần Văn Hòa\n"
)


def test_a_herds_vaccination_is_no_health_topic() -> None:
    herd = _VACCINATION.format(subject="Về việc tiêm phòng vắc xin cúm gia cầm đợt 2 năm 2026")
    assert "health" not in _cats(herd)
    people = _VACCINATION.format(subject="Về việc tiêm vắc xin sởi - rubella cho trẻ em")
    assert "health" in _cats(people)


def test_a_subject_naming_a_numbered_package_before_its_colon_is_the_subject() -> None:
    line = "Kết quả lựa chọn nhà thầu gói thầu số 05: Mua sắm thuốc thú y năm 2027"
    text = (
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH ĐỒNG NAI\nCHI CỤC CHĂN NUÔI VÀ THÚ Y\n"
        "Số: 301/TB-CCCNTY\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        f"Đồng Nai, ngày 03 tháng 12 năm 2026\n\nTHÔNG BÁO\n{line}\n\n"
        "Chi cục thông báo kết quả lựa chọn nhà thầu như sau: nhà thầu trúng thầu là Công ty "
        "TNHH Thuốc thú y Đông Nam.\n\nCHI CỤC TRƯỞNG\nHồ Văn Lâm\n"
    )
    subject = classify_document(text).header.subject
    assert subject is not None
    assert subject.text == line
    # a form's field under the title is no subject
    form = text.replace(line, "Họ và tên người đề nghị: Trần Thị Mơ")
    assert classify_document(form).header.subject is None


_VIET = st.text(
    alphabet=st.sampled_from(list("aăâeêioôơuưyđ àáảãạằắẳẵặầấẩẫậềếểễệồốổỗộờớởỡợừứửữự:./-\n")),
    max_size=80,
)


@settings(max_examples=40, deadline=None)
@given(body=_VIET, line=_VIET)
def test_no_body_text_lifts_a_secrecy_stamp(body: str, line: str) -> None:
    # whatever is written in the body, or in a lower-case line under the stamp, the MẬT stands
    # unless a capitals GIẢI MẬT line with its decision's number and date is there
    text = _MILITARY.format(stamp=line, body=body)
    res = classify_document(text)
    assert res.secrecy == "mat"
    assert res.recommended_action == "do_not_send"


@settings(max_examples=40, deadline=None)
@given(extra=_VIET)
def test_header_fields_are_always_nfc(extra: str) -> None:
    text = unicodedata.normalize("NFD", _MILITARY.format(stamp="", body=extra))
    header = classify_document(text).header
    for field in (header.issuer, header.number_symbol, header.place_date, header.subject):
        assert field is not None
        assert unicodedata.is_normalized("NFC", field.text)
