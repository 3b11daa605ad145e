"""Rules from the blind documents_holdout3.jsonl: the right to enforcement every civil judgment
states, a ward chat's diagnosis, a named person's fact in minutes, an ethnic origin written
inline, loan contracts and account statements, a staff post named by a health term, words
that fold into personnel terms, public guidance and schedules, an agency's API key. Each rule
has a hard negative."""

from __future__ import annotations

from ai_guard import classify_document


def _cats(text: str) -> set[str]:
    return {c.category.value for c in classify_document(text).categories}


CREDIT_JUDGMENT = (
    "TÒA ÁN NHÂN DÂN QUẬN CẦU GIẤY\nBản án số: 45/2025/KDTM-ST\nNgày 12/5/2025\n"
    "V/v tranh chấp hợp đồng tín dụng\n\n"
    "Nguyên đơn: Ngân hàng TMCP Á Châu. Bị đơn: ông Trịnh Văn Khải, sinh năm 1968, trú tại "
    "số 9 phố Trần Thái Tông, phường Dịch Vọng.\n"
    "Theo hợp đồng tín dụng, dư nợ gốc 1.200.000.000 đồng, nợ lãi 95.000.000 đồng.\n"
    "QUYẾT ĐỊNH: Buộc ông Trịnh Văn Khải trả cho Ngân hàng 1.295.000.000 đồng. Trường hợp "
    "không trả, Ngân hàng có quyền yêu cầu cơ quan thi hành án dân sự xử lý tài sản bảo đảm.\n"
    "THẨM PHÁN - CHỦ TỌA PHIÊN TÒA\nĐào Thị Hương\n"
)


def test_the_right_to_enforcement_a_judgment_states_is_no_enforcement_case() -> None:
    res = classify_document(CREDIT_JUDGMENT)
    assert "enforcement_case" not in _cats(CREDIT_JUDGMENT)
    assert "finance" in _cats(CREDIT_JUDGMENT)
    assert res.sensitivity.value == "sensitive_personal"
    assert res.recommended_action == "redact_then_send"


def test_an_enforcement_office_writing_to_the_bank_is_still_an_enforcement_case() -> None:
    text = CREDIT_JUDGMENT.replace(
        "Trường hợp không trả, Ngân hàng có quyền yêu cầu",
        "Chấp hành viên đã xác minh; Ngân hàng có trách nhiệm phối hợp với",
    )
    assert "enforcement_case" in _cats(text)
    assert classify_document(text).recommended_action == "do_not_send"


WARD_CHAT = (
    '[Zalo] Nhóm "Khoa Nội - TTYT huyện Tủa Chùa"\n'
    "Bs. Lò Văn Hùng (07:12): Giường 8 BN Mùa A Sính 51t, CCCD 011073002145, chẩn đoán xơ gan "
    "mất bù, HBsAg (+). Sáng nay nôn ra máu.\n"
    "ĐD Vì Thị Nga (07:15): Dạ, em báo khoa Hồi sức để chuẩn bị nội soi cầm máu ạ.\n"
)


def test_a_ward_chat_with_a_diagnosis_is_health_data() -> None:
    res = classify_document(WARD_CHAT)
    assert "health" in _cats(WARD_CHAT)
    assert res.sensitivity.value == "sensitive_personal"
    assert res.recommended_action == "do_not_send"


def test_a_staff_post_named_by_a_health_term_is_no_treatment() -> None:
    text = (
        "SỞ Y TẾ TỈNH GIA LAI\nBỆNH VIỆN ĐA KHOA TỈNH\nSố: 41/TTr-BV\n"
        "Gia Lai, ngày 03 tháng 3 năm 2025\n\nTỜ TRÌNH\n"
        "Về việc đề nghị bổ nhiệm Phó Trưởng khoa Nội tiết\n\n"
        "Kính gửi: Giám đốc Sở Y tế\n\n"
        "Bệnh viện kính trình bổ nhiệm bác sĩ Rơ Châm Hlin, sinh ngày 14/6/1984, hiện là bác sĩ "
        "điều trị khoa Nội tiết. Quá trình công tác: 2009-nay bác sĩ điều trị khoa Nội tiết. "
        "Kết quả đánh giá, xếp loại: hoàn thành tốt nhiệm vụ; lấy phiếu tín nhiệm 30/32.\n"
        "GIÁM ĐỐC\nNguyễn Văn Phúc\n"
    )
    assert _cats(text) == {"personnel"}
    assert classify_document(text).sensitivity.value == "personal"
    # the treating doctor of a patient (no department after the words) is health evidence
    note = (
        "Bà Trần Thị Mai, sinh năm 1961, đã ra viện sau phẫu thuật; "
        "tái khám theo hẹn của bác sĩ điều trị.\n"
    )
    labels = [
        e.label
        for c in classify_document(note).categories
        if c.category.value == "health"
        for e in c.evidence
    ]
    assert "bac si dieu tri" in labels


VERIFICATION = (
    "PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 2\nSố: 31/BB-THADS\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nBIÊN BẢN\n"
    "Xác minh điều kiện thi hành án\n\n"
    "Hôm nay, vào lúc 9 giờ ngày 12 tháng 11 năm 2025, Chấp hành viên tiến hành xác minh "
    "điều kiện thi hành án của ông Danh Sơn, sinh năm 1977, người phải thi hành án.\n"
    "Kết quả xác minh: ông Sơn làm thuê, thu nhập không ổn định; vợ là bà Thị Sa Rây đang "
    "điều trị ung thư tại bệnh viện tỉnh.\n"
    "CHẤP HÀNH VIÊN\nLưu Thanh Phong\n"
)


def test_a_named_persons_disease_in_minutes_is_no_mention_in_passing() -> None:
    assert {"enforcement_case", "health"} <= _cats(VERIFICATION)


def test_a_breach_about_patients_files_is_no_health_fact_of_the_disciplined_nurse() -> None:
    text = (
        "BỆNH VIỆN ĐA KHOA TỈNH\nSố: 90/QĐ-BVĐK\nPhú Thọ, ngày 07 tháng 5 năm 2024\n"
        "QUYẾT ĐỊNH\nVề việc thi hành kỷ luật viên chức\n"
        "Điều 1. Thi hành kỷ luật khiển trách đối với bà Hà Thị Vân, sinh năm 1988, điều dưỡng, "
        "do vi phạm quy định về bảo mật thông tin người bệnh (gửi hồ sơ bệnh án ra ngoài).\n"
        "GIÁM ĐỐC\nBùi Quang Thịnh\n"
    )
    assert "health" not in _cats(text)


RESOLUTION = (
    "ĐẢNG ỦY XÃ MƯỜNG KHƯƠNG\nSố: 12-NQ/ĐU\nMường Khương, ngày 30 tháng 10 năm 2025\n\n"
    "NGHỊ QUYẾT\nvề việc bổ sung quy hoạch cán bộ\n\n"
    "Bổ sung vào danh sách quy hoạch đồng chí Lù Thị Sa, sinh năm 1990, dân tộc Giáy, chuyên "
    "viên Phòng Kinh tế xã; 14/15 phiếu tán thành.\n"
    "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nHà Đức Minh\n"
)


def test_an_ethnic_origin_written_inline_after_a_birth_year_is_sensitive() -> None:
    assert classify_document(RESOLUTION).sensitivity.value == "sensitive_personal"
    assert "ethnicity" in classify_document(RESOLUTION).personal_data.sensitive_kinds


def test_an_ethnic_group_named_in_a_report_is_no_ones_ethnic_origin() -> None:
    text = RESOLUTION.replace(
        "sinh năm 1990, dân tộc Giáy,", "người phụ trách vận động đồng bào dân tộc Giáy,"
    )
    assert "ethnicity" not in classify_document(text).personal_data.sensitive_kinds


def test_a_loan_contract_is_finance_and_a_rate_in_a_plan_is_not() -> None:
    loan = (
        "NGÂN HÀNG TMCP CÔNG THƯƠNG VIỆT NAM\nCHI NHÁNH HẢI DƯƠNG\nHỢP ĐỒNG CHO VAY\n"
        "Số: 07/2025/HĐCV\nHải Dương, ngày 17 tháng 3 năm 2025\n\n"
        "BÊN VAY: Bà Vũ Thị Hoài, sinh ngày 02/9/1985, CCCD 030185001694.\n"
        "Điều 1. Số tiền cho vay: 650.000.000 đồng; lãi suất 8,2%/năm.\n"
        "ĐẠI DIỆN BÊN CHO VAY\nNgô Xuân Quyết\n"
    )
    assert "finance" in _cats(loan)
    assert classify_document(loan).sensitivity.value == "sensitive_personal"
    plan = (
        "ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG\nSố: 17/KH-UBND\nHải Dương, ngày 17 tháng 3 năm 2025\n\n"
        "KẾ HOẠCH\nPhát triển kinh tế tập thể năm 2025\n\n"
        "Các hợp tác xã được hỗ trợ lãi suất theo quy định; Sở Tài chính hướng dẫn thủ tục.\n"
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn Hòa\n"
    )
    assert "finance" not in _cats(plan)


def test_a_request_for_the_statements_of_listed_accounts_is_finance() -> None:
    text = (
        "CÔNG AN TỈNH NAM ĐỊNH\nCƠ QUAN CẢNH SÁT ĐIỀU TRA\nSố: 31/CSĐT-PC04\n"
        "Nam Định, ngày 27 tháng 3 năm 2025\nV/v đề nghị cung cấp thông tin phục vụ điều tra\n\n"
        "Kính gửi: Ngân hàng Nông nghiệp chi nhánh Nam Định\n\n"
        "Để phục vụ điều tra, đề nghị Ngân hàng cung cấp sao kê giao dịch của các tài khoản:\n"
        "1. Tài khoản 3400205871236 - chủ tài khoản Vũ Đình Cường (bị can);\n"
        "KT. THỦ TRƯỞNG\nPHÓ THỦ TRƯỞNG\nTrịnh Quốc Việt\n"
    )
    assert {"criminal_procedure", "finance"} <= _cats(text)
    # the same request with no account listed names statements as a topic
    topic = text.replace("1. Tài khoản 3400205871236 - chủ tài khoản Vũ Đình Cường (bị can);\n", "")
    assert "finance" not in _cats(topic)


def test_energy_is_no_pay_rise_and_processing_no_staffing() -> None:
    press = (
        "THÔNG CÁO BÁO CHÍ\nHội nghị xúc tiến đầu tư tỉnh Bến Tre năm 2025\n\n"
        "Tỉnh ưu tiên thu hút đầu tư vào năng lượng tái tạo ven biển, chế biến nông sản và khu "
        "công nghiệp sinh thái.\n"
    )
    assert "personnel" not in _cats(press)
    decision = (
        "SỞ NỘI VỤ TỈNH BẾN TRE\nSố: 12/QĐ-SNV\nBến Tre, ngày 02 tháng 4 năm 2025\n\n"
        "QUYẾT ĐỊNH\nVề việc nâng lương trước thời hạn\n\n"
        "Điều 1. Nâng lương trước thời hạn đối với công chức có thành tích xuất sắc.\n"
        "GIÁM ĐỐC\nTrần Văn Bình\n"
    )
    assert "personnel" in _cats(decision)


def test_public_guidance_to_taxpayers_and_a_reception_schedule_are_public() -> None:
    guidance = (
        "THUẾ TỈNH NINH BÌNH\nHƯỚNG DẪN\nHộ kinh doanh kê khai thuế từ ngày 01/01/2026\n\n"
        "Bước 1: Đăng nhập ứng dụng eTax Mobile.\nBước 2: Chọn mục Kê khai.\n"
        "Lưu ý: cơ quan thuế không bao giờ gọi điện yêu cầu cung cấp mã OTP.\n"
        "Mọi vướng mắc xin liên hệ tổng đài hỗ trợ 1900 8888.\n"
    )
    res = classify_document(guidance)
    assert res.sensitivity.value == "public"
    assert "public_info" in _cats(guidance)
    schedule = (
        "BAN TIẾP CÔNG DÂN TỈNH LAI CHÂU\nTHÔNG BÁO\nLịch tiếp công dân định kỳ tháng 02/2026\n\n"
        "- Ngày 05/02/2026: Đồng chí Chủ tịch UBND tỉnh tiếp công dân.\n"
        "Công dân đến khiếu nại, kiến nghị mang theo căn cước và giấy tờ liên quan.\n"
    )
    assert classify_document(schedule).sensitivity.value == "public"
    # an internal letter about the same work, without words to the public, stays internal
    letter = schedule.replace(
        "Công dân đến khiếu nại, kiến nghị mang theo căn cước và giấy tờ liên quan.\n",
        "Văn phòng chuẩn bị hồ sơ các vụ việc phức tạp trước buổi tiếp.\n",
    ).replace("Lịch tiếp công dân định kỳ", "Chuẩn bị buổi tiếp công dân")
    assert classify_document(letter).sensitivity.value == "internal"


def test_an_agencys_api_key_is_blocked_but_no_ones_credentials() -> None:
    mail = (
        "Subject: config thử nghiệm chatbot\nFrom: Martin Schreiber <m.schreiber@partner.de>\n"
        "To: Tô Hải Đăng <dangth@sotttt.gov.vn>\n\n"
        "Gửi các anh chị cấu hình thử nghiệm:\n"
        "  OPENAI_API_KEY=sk-proj-7fQ2mL9xVb3TzK8wPq4RnJ6cYh1DsE0aUg5WkN2oLr\n"
    )
    res = classify_document(mail)
    assert res.recommended_action == "do_not_send"
    assert "credentials" not in res.personal_data.sensitive_kinds
    login = (
        "Chào anh Khôi, tài khoản của chị Nguyễn Thị Lan trên phần mềm: tên đăng nhập lannt, "
        "mật khẩu Lan@2025xyz, token sk-proj-7fQ2mL9xVb3TzK8wPq4RnJ6cYh1DsE0aUg5WkN2oLr\n"
    )
    res = classify_document(login)
    assert res.recommended_action == "do_not_send"
    assert res.sensitivity.value == "sensitive_personal"


def _issuer(text: str) -> str | None:
    h = classify_document(text).header
    return h.issuer.text if h.issuer is not None else None


_TAIL = "\nSố: 12/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


def test_the_issuer_is_the_bodys_own_line() -> None:
    # under a bare kind of body, the place that makes it one
    assert _issuer("ỦY BAN NHÂN DÂN\nPHƯỜNG HẠC THÀNH" + _TAIL) == "PHƯỜNG HẠC THÀNH"
    assert _issuer("UY BAN NHAN DAN\nXA NA HANG" + _TAIL) == "XA NA HANG"
    # a court's name over the city that places it: the name
    court = "TÒA ÁN NHÂN DÂN QUẬN HAI BÀ TRƯNG\nTHÀNH PHỐ HÀ NỘI\nBản án số: 12/2024/KDTM-ST\n"
    assert _issuer(court) == "TÒA ÁN NHÂN DÂN QUẬN HAI BÀ TRƯNG"
    # three lines: the district under the bare kind, not the city under it
    three = "TÒA ÁN NHÂN DÂN\nQUẬN HOÀNG MAI\nTHÀNH PHỐ HÀ NỘI\nBản án số: 112/2024/HS-ST\n"
    assert _issuer(three) == "QUẬN HOÀNG MAI"
    # two columns flattened: the motto on the first line is no part of it
    flat = (
        "UY BAN NHAN DAN    CONG HOA XA HOI CHU NGHIA VIET NAM\n"
        "TINH SOC TRANG    Doc lap - Tu do - Hanh phuc\nSo: 04/CT-UBND\n"
    )
    assert _issuer(flat) == "TINH SOC TRANG"


def test_a_name_wrapped_over_two_lines_stays_whole() -> None:
    text = "SỞ GIÁO DỤC\nVÀ ĐÀO TẠO" + _TAIL
    assert " ".join((_issuer(text) or "").split()) == "SỞ GIÁO DỤC VÀ ĐÀO TẠO"
    # a parent above its own unit: the unit (as before)
    parent = "CỤC THI HÀNH ÁN DÂN SỰ TỈNH BÌNH DƯƠNG\nCHI CỤC THI HÀNH ÁN DÂN SỰ TP THỦ DẦU MỘT"
    assert _issuer(parent + _TAIL) == "CHI CỤC THI HÀNH ÁN DÂN SỰ TP THỦ DẦU MỘT"


def test_a_party_style_number_and_a_contract_code_are_numbers() -> None:
    party = (
        "ĐẢNG BỘ TỈNH LÀO CAI\nĐẢNG ỦY XÃ BẢO THẮNG\n*\nSố: 27-NQ/ĐU\n"
        "ĐẢNG CỘNG SẢN VIỆT NAM\nBảo Thắng, ngày 30 tháng 10 năm 2025\n\nNGHỊ QUYẾT\n"
        "về việc bổ sung quy hoạch cán bộ\n"
    )
    h = classify_document(party).header
    assert h.number_symbol is not None
    assert h.number_symbol.text == "27-NQ/ĐU"
    assert h.symbol == "NQ/ĐU"
    assert h.issuer is not None
    assert h.issuer.text == "ĐẢNG ỦY XÃ BẢO THẮNG"
    loan = "NGÂN HÀNG TMCP ABC\nCHI NHÁNH BẮC NINH\nHỢP ĐỒNG CHO VAY\nSố: 01/2025/8713450/HĐCV\n"
    h = classify_document(loan).header
    assert h.number_symbol is not None
    assert h.number_symbol.text == "01/2025/8713450/HĐCV"
    # a hyphen inside an ordinary sentence is no number
    prose = "Trong số: 27-28 hồ sơ nhận được, phần lớn đã xử lý.\n"
    assert classify_document(prose).header.number_symbol is None


def test_the_issuer_of_a_cong_dien_a_tax_office_and_a_reception_office() -> None:
    cd = (
        "THỦ TƯỚNG CHÍNH PHỦ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\n"
        "CÔNG ĐIỆN\nVề việc chủ động ứng phó với bão số 13\n\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n"
        "- Chủ tịch Ủy ban nhân dân các tỉnh: Quảng Trị, Huế;\nSố: 203/CĐ-TTg\n"
    )
    res = classify_document(cd)
    assert _issuer(cd) == "THỦ TƯỚNG CHÍNH PHỦ"
    assert res.doc_type.value == "cong_dien"
    tax = "THUẾ TỈNH NINH BÌNH\nHƯỚNG DẪN\nHộ kinh doanh kê khai thuế\n\nBước 1: Đăng nhập.\n"
    assert _issuer(tax) == "THUẾ TỈNH NINH BÌNH"
    office = "TRỤ SỞ TIẾP CÔNG DÂN TỈNH LAI CHÂU\nTHÔNG BÁO\nLịch tiếp công dân tháng 02/2026\n"
    assert _issuer(office) == "TRỤ SỞ TIẾP CÔNG DÂN TỈNH LAI CHÂU"
    # a leaflet's title about a tax is no body
    leaflet = "THUẾ THU NHẬP CÁ NHÂN\nNhững điều cần biết\n\nNgười có thu nhập từ tiền lương ...\n"
    assert _issuer(leaflet) is None


def _subject(text: str) -> str | None:
    h = classify_document(text).header
    return h.subject.text if h.subject is not None else None


def test_what_is_no_subject() -> None:
    press = "THÔNG CÁO BÁO CHÍ\nHội nghị xúc tiến đầu tư năm 2025\n\nSáng 26/9/2025, tại ...\n"
    assert _subject(press) is None
    law = "LUẬT\nBẢO VỆ DỮ LIỆU CÁ NHÂN\nCăn cứ Hiến pháp;\n"
    assert _subject(law) is None
    trial = (
        "TÒA ÁN NHÂN DÂN HUYỆN THUẬN THÀNH\nSố: 38/2024/QĐXXST-HS\n"
        "Thuận Thành, ngày 11 tháng 7 năm 2024\nQUYẾT ĐỊNH\nĐƯA VỤ ÁN RA XÉT XỬ\n"
    )
    assert _subject(trial) is None
    minutes = (
        "BAN TIẾP CÔNG DÂN\nSố: 12/BB-TCD\nBIÊN BẢN TIẾP CÔNG DÂN\n"
        "Hôm nay, hồi 9 giờ 00 ngày 17 tháng 10 năm 2025, tại Phòng tiếp công dân xã.\n"
    )
    assert _subject(minutes) is None
    judgment = "QUYẾT ĐỊNH:\nTuyên bố bị cáo Nguyễn Văn T phạm tội cố ý gây thương tích.\n"
    assert _subject(judgment) is None
    # a subject still is one: lower case under the type line, or "VỀ VIỆC" in capitals
    decision = "UBND HUYỆN GIA LÂM\nSố: 312/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n"
    assert _subject(decision) == "Về việc thành lập Tổ công tác"
    caps = "UBND HUYỆN GIA LÂM\nSố: 312/QĐ-UBND\nQUYẾT ĐỊNH\nVỀ VIỆC THÀNH LẬP TỔ CÔNG TÁC\n"
    assert _subject(caps) == "VỀ VIỆC THÀNH LẬP TỔ CÔNG TÁC"


def _signer(text: str) -> str | None:
    h = classify_document(text).header
    return h.signer.text if h.signer is not None else None


def test_signers_of_a_petition_a_self_declared_cv_and_a_reception_record() -> None:
    petition = (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐƠN KIẾN NGHỊ\n"
        "Kính gửi: UBND xã Tân Hiệp\nĐề nghị UBND xã kiểm tra, xử lý dứt điểm.\n"
        "                     Tân Hiệp, ngày 20 tháng 7 năm 2025\n"
        "                     Đại diện các hộ dân\n                     Huỳnh Thị Lệ\n"
    )
    assert _signer(petition) == "Huỳnh Thị Lệ"
    cv = (
        "SƠ YẾU LÝ LỊCH\n(Tự khai)\nHọ và tên: NÔNG VĂN THẮNG\n"
        "Tôi xin cam đoan lời khai trên là đúng sự thật.\n"
        "                Cao Bằng, ngày 14 tháng 8 năm 2025\n"
        "                Người khai ký tên\n                Nông Văn Thắng\n"
        "XÁC NHẬN CỦA UBND XÃ PHÚC SEN\n"
        "Ông Nông Văn Thắng có hộ khẩu thường trú tại xã. Ký tên, đóng dấu\n"
    )
    assert _signer(cv) == "Nông Văn Thắng"
    # a certification that is signed is the certifier's block, as before
    signed = cv.replace("Ký tên, đóng dấu\n", "CHỦ TỊCH\nHoàng Văn Sơn\n")
    assert _signer(signed) == "Hoàng Văn Sơn"
    record = (
        "BAN TIẾP CÔNG DÂN\nSố: 12/BB-TCD\nBIÊN BẢN TIẾP CÔNG DÂN\n"
        "Nội dung: bà Ka Hòa khiếu nại việc cấp giấy chứng nhận.\n"
        "NGƯỜI TRÌNH BÀY      NGƯỜI GHI BIÊN BẢN      NGƯỜI TIẾP CÔNG DÂN\n"
        "Ka Hòa               Tống Thị Nhàn           K' Brơi\n"
    )
    assert _signer(record) == "K' Brơi"
