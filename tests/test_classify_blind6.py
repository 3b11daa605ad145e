"""Rules from the blind documents_holdout6.jsonl: a press article typed without diacritics, a
judgment's own words (court fees, the third parties it lists), an enforcement agency's line
of work and its table of figures, a letter on a cadre that was verified, a caregiver's work
and a complainant's memory decline, a bank debt being enforced, and the signer of a flattened
two-column sign-off. Each rule has a hard negative beside it."""

from __future__ import annotations

from ai_guard import classify_document


def _cats(text: str) -> set[str]:
    return {c.category.value for c in classify_document(text).categories}


_JUDGMENT = (
    "TÒA ÁN NHÂN DÂN KHU VỰC 3 - HÀ NỘI\nBản án số: 77/2026/DS-ST\nNgày: 30-9-2026\n"
    "V/v: Tranh chấp quyền sử dụng đất\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n\nNHÂN DANH\nNƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
    "Xét xử sơ thẩm công khai vụ án dân sự thụ lý số 12/2025/TLST-DS giữa:\n"
    "- Nguyên đơn: ông Nguyễn Văn Đ, sinh năm 1956; trú tại thôn ĐX, xã PT.\n"
    "- Bị đơn: ông Nguyễn Văn H, sinh năm 1960; trú tại thôn ĐX, xã PT.\n"
    "- Người có quyền lợi, nghĩa vụ liên quan: bà Lê Thị M (vợ ông H).\n\n"
    "QUYẾT ĐỊNH:\nBuộc ông Nguyễn Văn H trả lại cho ông Nguyễn Văn Đ diện tích 21,7 m² đất. "
    "{fee}\n\nTM. HỘI ĐỒNG XÉT XỬ SƠ THẨM\nTHẨM PHÁN - CHỦ TỌA PHIÊN TÒA\nĐỗ Trọng Nghĩa\n"
)


def test_a_judgments_court_fee_and_third_parties_are_no_enforcement_case() -> None:
    res = classify_document(
        _JUDGMENT.format(fee="Án phí dân sự sơ thẩm: bị đơn chịu 300.000 đồng.")
    )
    assert {c.category.value for c in res.categories} == set()
    assert res.recommended_action == "redact_then_send"
    # the judgment that orders its enforcement by name is still an enforcement matter
    ordered = _JUDGMENT.format(
        fee="Giao Chi cục Thi hành án dân sự tổ chức cưỡng chế thi hành án đối với bị đơn."
    )
    assert "enforcement_case" in _cats(ordered)


_FEE_DECISION = (
    "PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 2\nSố: 41/QĐ-PTHADS\n\nQUYẾT ĐỊNH\n"
    "Về việc thi hành án theo đơn yêu cầu\n\n"
    "Điều 1. Cho thi hành án đối với ông Trần Văn Khôi, sinh năm 1970: nộp án phí dân sự "
    "sơ thẩm 300.000 đồng.\n\nCHẤP HÀNH VIÊN\nLê Văn Tám\n"
)


def test_a_court_fee_collected_by_enforcement_stays_an_enforcement_case() -> None:
    assert "enforcement_case" in _cats(_FEE_DECISION)


_PLAN = (
    "THI HANH AN DAN SU TINH DONG NAI\nSo: 612/KH-THADS\n"
    "Dong Nai, ngay 14 thang 9 nam 2026\n\nKE HOACH\n"
    "Kiem tra cong tac thi hanh an dan su nam 2026 tai cac Phong Thi hanh an dan su khu vuc\n\n"
    "II. NOI DUNG\n1. Viec ra quyet dinh thi hanh an, xac minh dieu kien thi hanh an.\n"
    "2. Quan ly thu, chi tien thi hanh an; tien tam giu.\n{item}\n"
    "3. Viec ung dung phan mem quan ly thi hanh an.\n\n"
    "Noi nhan:\n- Cac Phong THADS khu vuc;\n- Luu: VT.\nKT. TRUONG THI HANH AN DAN SU TINH\n"
    "PHO TRUONG THI HANH AN\nBui Thi Thanh Xuan\n"
)


def test_a_line_of_work_in_an_enforcement_plan_is_no_complaint_file() -> None:
    item = "4. Cong tac tiep cong dan, giai quyet khieu nai, to cao ve thi hanh an."
    assert _cats(_PLAN.format(item=item)) == {"enforcement_case"}
    # the same words as the plan's own findings, in sentences of their own, are its topic
    findings = (
        "4. Trong ky da tiep nhan 37 don khieu nai ve thi hanh an. Giai quyet khieu nai "
        "dung han 30 don; 7 don khieu nai, to cao dang xac minh."
    )
    assert _cats(_PLAN.format(item=findings)) == {"enforcement_case", "complaint_denunciation"}


_STATISTICS = (
    "THI HÀNH ÁN DÂN SỰ TỈNH KHÁNH HÒA\nSố: 958/BC-THADS\n"
    "Khánh Hòa, ngày 05 tháng 8 năm 2026\n\nBÁO CÁO\n"
    "Kết quả thi hành án dân sự 10 tháng năm 2026\n\n"
    "Bảng 1. Kết quả về việc và về tiền\n"
    "Đơn vị\tTổng số việc {column}\tSố việc có điều kiện\tĐã giải quyết xong\n"
    "Phòng THADS khu vực 1\t4.126\t3.302\t2.871\nPhòng THADS khu vực 2\t3.050\t2.611\t2.102\n\n"
    "III. NHIỆM VỤ\nTập trung xử lý 214 việc có giá trị lớn; không để phát sinh khiếu nại "
    "đông người.\n\nNơi nhận:\n- Bộ Tư pháp;\n- Lưu: VT.\nTRƯỞNG THI HÀNH ÁN\n"
    "Nguyễn Đình Thuận\n"
)


def test_a_weak_term_heading_a_column_opens_no_sentence() -> None:
    assert _cats(_STATISTICS.format(column="thụ lý")) == {"enforcement_case"}
    # a decisive complaint term heading the column, with the report's own complaints received,
    # is its second topic; the task "không để phát sinh khiếu nại" (none is to arise) is no
    # complaint (holdout17's dh17-004), and the same sentence under the weak column is none
    received = "trong kỳ đã tiếp nhận 12 đơn khiếu nại về thi hành án."
    task = "không để phát sinh khiếu nại đông người."
    column = _STATISTICS.format(column="khiếu nại đã giải quyết")
    assert "complaint_denunciation" in _cats(column.replace(task, received))
    assert _cats(column) == {"enforcement_case"}
    assert _cats(_STATISTICS.format(column="thụ lý").replace(task, received)) == {
        "enforcement_case"
    }


_FLATTENED = (
    "CỤC THI HÀNH ÁN DÂN SỰ TỈNH BÌNH DƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "CHI CỤC THI HÀNH ÁN DÂN SỰ THỊ XÃ TÂN UYÊN Độc lập - Tự do - Hạnh phúc\n"
    "Số: 86/QĐ-CCTHADS Tân Uyên, ngày 18 tháng 4 năm 2024\nQUYẾT ĐỊNH\n"
    "Về việc cưỡng chế kê biên quyền sử dụng đất\n"
    "Điều 1. Cưỡng chế kê biên quyền sử dụng đất của bà Thái Thị Bích Ngọc, sinh năm 1976.\n"
    "Nơi nhận: CHẤP HÀNH VIÊN\n- Như Điều 1; (Đã ký)\n- VKSND thị xã Tân Uyên; {tail}\n"
    "- Lưu: VT, HSTHA.\n"
)


def test_a_signer_glued_to_an_addressee_of_a_flattened_footer() -> None:
    res = classify_document(_FLATTENED.format(tail="Hà Minh Triết"))
    assert res.header.signer is not None
    assert res.header.signer.text == "Hà Minh Triết"
    # a second addressee glued so is no signer
    res = classify_document(_FLATTENED.format(tail="UBND phường Uyên Hưng"))
    assert res.header.signer is None


_DISPATCH = (
    "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nSố: 07/CĐ-UBND\nĐắk Lắk, ngày 12 tháng 8 năm 2026\n"
    "CÔNG ĐIỆN\nVề việc tập trung phòng, chống dịch sốt xuất huyết\n"
    "Các xã, phường tổ chức diệt lăng quăng mỗi tuần một lần.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT, KGVX.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\n{name}\n"
)


def test_an_ede_womans_name_with_the_mark_apart_is_the_signer() -> None:
    res = classify_document(_DISPATCH.format(name="H' Yim Kđoh"))
    assert res.header.signer is not None
    assert res.header.signer.text == "H' Yim Kđoh"
    # the mark alone before a lower-case word is no name
    res = classify_document(_DISPATCH.format(name="H' xem tiếp"))
    assert res.header.signer is None


_EVALUATION = (
    "SỞ Y TẾ TỈNH LÂM ĐỒNG\nTRUNG TÂM Y TẾ KHU VỰC BẢO LỘC\n\nBẢN NHẬN XÉT, ĐÁNH GIÁ VIÊN CHỨC\n"
    "Năm 2026\n\nHọ và tên: Lưu Thị Thanh Nga          Ngày sinh: 19/8/1986\n"
    "Chức danh nghề nghiệp: Điều dưỡng hạng III\n\nI. KẾT QUẢ THỰC HIỆN NHIỆM VỤ\n{work}\n\n"
    "II. KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI\nXếp loại chất lượng: HOÀN THÀNH TỐT NHIỆM VỤ.\n\n"
    "THỦ TRƯỞNG ĐƠN VỊ\n(Đã ký)\nĐoàn Minh Khôi\n"
)


def test_a_nurses_work_with_patients_is_no_health_record() -> None:
    work = (
        "- Thực hiện đầy đủ quy trình chăm sóc người bệnh cấp I, cấp II; giao tiếp đúng mực "
        "với người bệnh và người nhà người bệnh."
    )
    res = classify_document(_EVALUATION.format(work=work))
    assert {c.category.value for c in res.categories} == {"personnel"}
    assert res.sensitivity.value == "personal"
    # the evaluated nurse's own illness is her health data
    ill = "- Nghỉ ốm 3 tháng do điều trị ung thư vú; bệnh nhân đang hóa trị tại Bệnh viện Ung bướu."
    assert "health" in _cats(_EVALUATION.format(work=ill))


_MEETING = (
    "ỦY BAN NHÂN DÂN\nXÃ THUẬN AN\nSố: 64/TB-UBND\nThuận An, ngày 08 tháng 12 năm 2026\n\n"
    "THÔNG BÁO\nKết luận cuộc họp xử lý vụ việc khiếu nại kéo dài của bà Đoàn Thị Lệ\n\n"
    "Bà Đoàn Thị Lệ, sinh năm 1952, đã khiếu nại nhiều lần từ năm 2019 về việc bồi thường khi "
    "thu hồi đất.\n1. Vụ việc đã được giải quyết lần hai; bà Lệ tiếp tục gửi đơn.\n{fact}\n\n"
    "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n(Đã ký)\nLâm Ngọc Trâm\n"
)


def test_a_complainants_memory_decline_is_her_health() -> None:
    fact = "2. Bà Lệ có biểu hiện suy giảm trí nhớ theo phản ánh của gia đình."
    res = classify_document(_MEETING.format(fact=fact))
    assert {c.category.value for c in res.categories} == {"complaint_denunciation", "health"}
    assert res.sensitivity.value == "sensitive_personal"
    # her age alone is no health datum
    fact = "2. Bà Lệ đã cao tuổi; đề nghị Hội Phụ nữ xã vận động bà chấp hành."
    assert _cats(_MEETING.format(fact=fact)) == {"complaint_denunciation"}


_RESULTS = (
    "ỦY BAN NHÂN DÂN\nPHƯỜNG AN KHÁNH\nSố: 118/TB-UBND\nAn Khánh, ngày 20 tháng 11 năm 2026\n\n"
    "THÔNG BÁO\nKết quả xét tuyển viên chức Trung tâm Cung ứng dịch vụ công phường năm 2026\n\n"
    "Hội đồng xét tuyển thông báo kết quả xét tuyển như sau:\n{rows}\n"
    "Thí sinh trúng tuyển hoàn thiện hồ sơ trước ngày 05/12/2026. Thông báo này được niêm yết "
    "tại trụ sở UBND phường và {where}.\n\n"
    "Nơi nhận:\n- Thí sinh dự tuyển;\n- Lưu: VT.\nCHỦ TỊCH\nTôn Nữ Thanh Hương\n"
)


_PORTAL = "đăng trên Cổng thông tin điện tử phường"


def test_a_result_naming_candidates_is_public_information_only_on_a_portal() -> None:
    rows = (
        "1. Bà Lê Thị Ánh Tuyết, sinh năm 1995: trúng tuyển.\n"
        "2. Ông Huỳnh Minh Khang, sinh năm 1993: trúng tuyển.\n"
    )
    # posted at the office and sent to each candidate (dh6-048): their file, not public
    res = classify_document(_RESULTS.format(rows=rows, where="gửi đến từng thí sinh"))
    assert {c.category.value for c in res.categories} == {"personnel"}
    assert res.recommended_action == "do_not_send"
    # published on the portal as the law has results published (holdout10's dh10-022,
    # holdout12's dh12-039, holdout21's dh21-033): public information beside the file, the
    # verdict the file's
    res = classify_document(_RESULTS.format(rows=rows, where=_PORTAL))
    assert {c.category.value for c in res.categories} == {"personnel", "public_info"}
    assert res.recommended_action == "do_not_send"
    # the same posted notice with counts only is public information
    counts = "Tổng số 12 thí sinh dự tuyển; 04 thí sinh trúng tuyển vào 04 vị trí việc làm.\n"
    assert "public_info" in _cats(_RESULTS.format(rows=counts, where=_PORTAL))


_CONCLUSION = (
    "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n-------\nSố: 46/{symbol}\n\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Ninh Bình, ngày 24 tháng 11 năm 2026\n\n{title}\n"
    "{subject}\n\nChủ tịch UBND tỉnh kết luận như sau: nội dung tố cáo đúng một phần.\n\n"
    "Nơi nhận:\n- Thanh tra tỉnh;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐinh Văn Điệp\n"
)


def test_a_conclusion_is_another_type_and_its_next_line_the_subject() -> None:
    subject = "Đối với ông Trần Quốc Hưng, Phó Giám đốc Ban Quản lý dự án"
    res = classify_document(
        _CONCLUSION.format(symbol="KL-UBND", title="KẾT LUẬN NỘI DUNG TỐ CÁO", subject=subject)
    )
    assert res.doc_type.value == "other"
    assert res.header.subject is not None
    assert res.header.subject.text == subject
    # a notice of the conclusions of a meeting is a notice
    res = classify_document(
        _CONCLUSION.format(
            symbol="TB-UBND", title="THÔNG BÁO", subject="Kết luận của Chủ tịch UBND tỉnh"
        )
    )
    assert res.doc_type.value == "thong_bao"


_PLANNING = (
    "ĐẢNG BỘ TỈNH LÂM ĐỒNG\nBAN TỔ CHỨC TỈNH ỦY\nSố 214-BC/BTCTU\n"
    "Lâm Đồng, ngày 27 tháng 11 năm 2026\n\nBÁO CÁO\n"
    "kết quả rà soát, bổ sung quy hoạch cán bộ lãnh đạo, quản lý\n\n"
    "Kính gửi: Ban Thường vụ Tỉnh ủy\n\n"
    "Ban Tổ chức Tỉnh ủy báo cáo kết quả rà soát như sau:\n"
    "- Đồng chí Phan Thanh Tú, sinh năm 1979, Phó Giám đốc Sở Tài chính: đề nghị bổ sung quy "
    "hoạch chức danh Giám đốc Sở; {fact}\n\n"
    "Nơi nhận:\n- Thường trực Tỉnh ủy;\n- Lưu: Ban Tổ chức.\nK/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n"
    "(Đã ký)\nNguyễn Tấn Lộc\n"
)


def test_a_letter_on_a_cadre_that_was_concluded_is_a_complaint_beside_personnel() -> None:
    fact = (
        "lưu ý có đơn phản ánh năm 2025 về việc kê khai tài sản, đã được Ủy ban Kiểm tra Tỉnh "
        "ủy kết luận không có cơ sở."
    )
    assert _cats(_PLANNING.format(fact=fact)) == {"personnel", "complaint_denunciation"}
    # no letter, or one that no one handled, is no complaint file
    fact = "không có đơn phản ánh; đã được Ủy ban Kiểm tra Tỉnh ủy kết luận đủ tiêu chuẩn."
    assert _cats(_PLANNING.format(fact=fact)) == {"personnel"}
