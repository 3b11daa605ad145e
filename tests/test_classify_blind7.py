"""Rules from the blind documents_holdout7.jsonl: figures of a table flattened to tabs, an
invitation's contact official named with her unit, an officer named by a junior rank, a firm's
local branch read as a name, police papers seeking or hearing a suspect or a victim, a
commendation proposal, a sick leave with its diagnosis. Each rule has a hard negative beside it."""

from __future__ import annotations

from ai_guard import classify_document


def _cats(text: str) -> set[str]:
    return {c.category.value for c in classify_document(text).categories}


_HEADER = (
    "SỞ TƯ PHÁP TỈNH HÀ TĨNH\nSố: 112/GM-STP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n\nHà Tĩnh, ngày 24 tháng 11 năm 2026\n\nGIẤY MỜI\n"
    "Dự Hội nghị tập huấn nghiệp vụ hộ tịch\n\n"
    "Thành phần: công chức Tư pháp - Hộ tịch các xã, phường.\n"
)
_SIGN = (
    "\n\nNơi nhận:\n- Như thành phần;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Huy Hoàng\n"
)


def test_a_phone_read_across_table_cells_is_no_ones_contact() -> None:
    table = (
        "Lĩnh vực\tSố vụ\tSố cá nhân\tSố tổ chức\nPháo nổ\t212\t230\t0\nTổng\t2.077\t2.182\t111\n"
    )
    res = classify_document(_HEADER + table + _SIGN)
    assert res.sensitivity == "internal"
    assert res.recommended_action == "send"
    # the same document with a citizen's phone in a sentence is personal
    phone = "Người dân phản ánh qua số 0912 345 678 về việc cấp bản sao.\n"
    assert classify_document(_HEADER + table + phone + _SIGN).sensitivity == "personal"


def test_the_contact_official_named_with_her_unit_is_in_her_role() -> None:
    line = (
        "Mọi chi tiết liên hệ: bà Trần Thị Quỳnh, Phòng Hành chính tư pháp, "
        "điện thoại 0239 3856 207."
    )
    res = classify_document(_HEADER + line + _SIGN)
    assert res.personal_data.private_names == 0
    assert res.recommended_action == "send"
    # a person to call without a unit (a relative) stays a private person
    kin = "Mọi chi tiết liên hệ: bà Trần Thị Quỳnh (con gái ông Lâm), điện thoại 0912 345 678."
    assert classify_document(_HEADER + kin + _SIGN).personal_data.private_names == 1
    # a unit named, but a birth year beside her: a private person
    born = "Mọi chi tiết liên hệ: bà Trần Thị Quỳnh, Phòng Hành chính tư pháp, sinh năm 1980."
    assert classify_document(_HEADER + born + _SIGN).personal_data.private_names == 1


def test_an_officer_named_by_a_junior_rank_acts_in_his_role() -> None:
    chat = "Trung úy Đoàn Minh Tú, 08:12 05/12/2026:\nGửi anh em hướng dẫn mới, đọc kỹ mục 3 nhé\n"
    res = classify_document(chat + _HEADER + _SIGN)
    assert res.personal_data.private_names == 0
    # without the rank, the same name is a private person's
    plain = "Đoàn Minh Tú, 08:12 05/12/2026:\nGửi anh em hướng dẫn mới, đọc kỹ mục 3 nhé\n"
    assert classify_document(plain + _HEADER + _SIGN).personal_data.private_names == 1


def test_a_firms_local_branch_is_no_persons_name() -> None:
    line = "Ý kiến: đại diện Viettel Hải Phòng báo cáo nguyên nhân mất kết nối.\n"
    assert classify_document(_HEADER + line + _SIGN).personal_data.private_names == 0
    # a person whose given name is a city's name still is one
    person = "Ý kiến: đại diện gia đình là ông Nguyễn Hải Phòng đề nghị hỗ trợ.\n"
    assert classify_document(_HEADER + person + _SIGN).personal_data.private_names == 1


_POLICE = (
    "CÔNG AN TỈNH LÂM ĐỒNG\nCÔNG AN PHƯỜNG XUÂN HƯƠNG\nSố: 96/TB-CAP\n\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Lâm Đồng, ngày 02 tháng 12 năm 2026\n\nTHÔNG BÁO\n{subject}\n\n{body}\n\n"
    "Nơi nhận:\n- Lưu: VT.\n\nTRƯỞNG CÔNG AN PHƯỜNG\nThượng tá Phạm Quang Hiển\n"
)


def test_a_notice_seeking_a_named_suspect_is_crime_data() -> None:
    text = _POLICE.format(
        subject="Truy tìm đối tượng liên quan đến vụ cướp giật tài sản",
        body=(
            "Họ tên: Đỗ Minh Khoa, sinh năm 2000. Sau khi gây án, đối tượng đã bỏ trốn. "
            "Đề nghị đối tượng Đỗ Minh Khoa đến cơ quan Công an đầu thú."
        ),
    )
    res = classify_document(text)
    assert "criminal_procedure" in {c.category.value for c in res.categories}
    assert res.recommended_action == "do_not_send"
    # a notice on the ward's security patrols names no suspect and no crime
    patrol = _POLICE.format(
        subject="Tăng cường tuần tra dịp cuối năm",
        body="Công an phường tổ chức tuần tra tại khu vực chợ Đà Lạt từ ngày 15/12/2026.",
    )
    assert "criminal_procedure" not in _cats(patrol)


def test_a_victims_statement_is_crime_data() -> None:
    text = (
        "CÔNG AN XÃ HOẰNG TIẾN\n\nBIÊN BẢN GHI LỜI KHAI\n(Người bị hại)\n\n"
        "Tôi: Thiếu tá Mai Xuân Độ, cán bộ Công an xã, tiến hành ghi lời khai của:\n"
        "Họ tên: Nguyễn Thị Gái     Sinh năm: 1971\n"
        "Trả lời: ông Lê Đình Thạo cầm gậy gỗ đánh tôi vào tay trái.\n"
    )
    assert "criminal_procedure" in _cats(text)
    # minutes of a commune meeting record opinions, no one's statement to the police
    minutes = (
        "ỦY BAN NHÂN DÂN XÃ HOẰNG TIẾN\n\nBIÊN BẢN HỌP\n\n"
        "Ông Lê Văn Chương, Trưởng thôn Hải Tiến, đề nghị sửa lối đi chung của thôn.\n"
    )
    assert "criminal_procedure" not in _cats(minutes)


_PROPOSAL = (
    "ỦY BAN NHÂN DÂN\nPHƯỜNG HÀ GIANG 1\nSố: 77/TTr-UBND\n\nTỜ TRÌNH\n{subject}\n\n"
    "Kính gửi: Sở Nội vụ tỉnh Tuyên Quang.\n\n{body}\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nMa Văn Tuấn\n"
)


def test_a_commendation_proposal_naming_people_is_a_personnel_file() -> None:
    text = _PROPOSAL.format(
        subject="Đề nghị tặng Bằng khen cho cá nhân có thành tích phòng, chống thiên tai",
        body=(
            "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG\nSTT,Họ và tên,Năm sinh,Chức vụ\n"
            "1,Hoàng Văn Páo,1978,Đội trưởng Đội dân phòng tổ 9\n"
            "2,Nông Quốc Hưng,1983,Công chức Văn phòng - Thống kê\n"
        ),
    )
    res = classify_document(text)
    assert "personnel" in {c.category.value for c in res.categories}
    assert res.recommended_action == "do_not_send"
    # a request for the flood-relief budget names no one to commend
    budget = _PROPOSAL.format(
        subject="Đề nghị bổ sung kinh phí khắc phục hậu quả thiên tai năm 2026",
        body="Ủy ban nhân dân phường đề nghị bổ sung 1.200 triệu đồng để sửa chữa kè tổ 9.",
    )
    assert "personnel" not in _cats(budget)


def test_a_sick_leave_with_its_diagnosis_is_health_data() -> None:
    review = (
        "BẢN KIỂM ĐIỂM CÁ NHÂN\nNăm 2026\n\nHọ và tên: Tạ Quang Huy\n"
        "Chức vụ: Phó Trưởng phòng Kinh tế\n\nII. HẠN CHẾ\n"
        "- {line}\n\nNGƯỜI TỰ KIỂM ĐIỂM\nTạ Quang Huy\n"
    )
    sick = "Có 02 ngày nghỉ điều trị viêm dạ dày cấp tại Bệnh viện Đa khoa vùng."
    assert "health" in _cats(review.format(line=sick))
    late = "Có 02 ngày nghỉ phép năm trùng kỳ báo cáo quý III, làm chậm tiến độ."
    assert "health" not in _cats(review.format(line=late))


def test_a_cadre_planning_list_is_a_personnel_file() -> None:
    text = (
        "TỈNH ỦY HƯNG YÊN\nBAN TỔ CHỨC\n\nDANH SÁCH\n"
        "cán bộ diện Ban Thường vụ Tỉnh ủy quản lý dự kiến đưa vào quy hoạch "
        "nhiệm kỳ 2030 - 2035\n\n"
        "| STT | Họ và tên | Năm sinh | Kết quả giới thiệu (phiếu/tỷ lệ) |\n|---|---|---|---|\n"
        "| 1 | Phí Văn Thắng | 1977 | 41/47 (87,2%) |\n"
    )
    assert "personnel" in _cats(text)
    # a land-use plan brings plots, not cadres, into its planning
    land = (
        "ỦY BAN NHÂN DÂN XÃ PHỐ HIẾN\n\nTHÔNG BÁO\nVề việc công bố quy hoạch sử dụng đất\n\n"
        "Các thửa đất ven sông được đưa vào quy hoạch đất công cộng nhiệm kỳ 2030 - 2035.\n"
    )
    assert "personnel" not in _cats(land)


_ENFORCEMENT = (
    "PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 2\nSố: 1406/TB-PTHADS\n\nTHÔNG BÁO\n"
    "Về việc xử lý tài sản đã kê biên\n\nKính gửi: Ông Trịnh Xuân Hòa (người phải thi hành án).\n\n"
    "Thực hiện Quyết định thi hành án số 233/QĐ-PTHADS, Chấp hành viên đã kê biên xe ô tô "
    "của ông Trịnh Xuân Hòa để bảo đảm nghĩa vụ {duty}.\n\nCHẤP HÀNH VIÊN\nHuỳnh Thị Mỹ Lệ\n"
)


def test_a_seizure_securing_a_sum_owed_is_finance_data() -> None:
    assert "finance" in _cats(_ENFORCEMENT.format(duty="trả 3.120.000.000 đồng"))
    # securing a fine is no debt between parties
    assert "finance" not in _cats(_ENFORCEMENT.format(duty="nộp tiền phạt 30.000.000 đồng"))


def test_a_count_of_bank_accounts_is_statistics_not_anyones_money() -> None:
    release = (
        "CÔNG AN THÀNH PHỐ HỒ CHÍ MINH\nPHÒNG THAM MƯU\n\nTHÔNG CÁO BÁO CHÍ\n"
        "Kết quả đợt cao điểm trấn áp tội phạm lừa đảo qua mạng\n\n"
        "Kết quả: khởi tố 64 vụ, 131 bị can; triệt phá 07 đường dây giả danh cơ quan Công an "
        "gọi điện yêu cầu người dân chuyển tiền; phong tỏa {n} tài khoản ngân hàng liên quan "
        "với tổng số tiền trên 86 tỷ đồng.\n"
        "Công an khuyến cáo người dân không cung cấp mã OTP, mật khẩu.\n"
    )
    assert "finance" not in _cats(release.format(n="2.318"))
    # one account with its sum may be someone's money
    assert "finance" in _cats(release.format(n="01"))


def test_a_blank_decree_form_named_on_its_first_line_is_public() -> None:
    form = (
        "Mẫu số 01 - Đơn khiếu nại\n(Ban hành kèm theo Nghị định số 124/2020/NĐ-CP)\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "..........., ngày ..... tháng ..... năm .....\n\nĐƠN KHIẾU NẠI\n\n"
        "Kính gửi: ..............................\nHọ và tên: ..............................\n"
        "Địa chỉ: ..............................\nNội dung khiếu nại: ......................\n"
    )
    res = classify_document(form)
    assert res.sensitivity == "public"
    assert "public_info" in {c.category.value for c in res.categories}
    # the same letter filled in by a citizen is no template
    filled = form.replace("Họ và tên: ..............................", "Họ và tên: Lê Văn Bình")
    assert classify_document(filled).sensitivity != "public"


def test_a_forms_placeholders_are_no_issuer_and_no_place_date() -> None:
    form = (
        "<TÊN CƠ QUAN CHỦ QUẢN>\n<TÊN CƠ QUAN CỦA NGƯỜI CÓ THẨM QUYỀN XỬ PHẠT>\n"
        "Số: ......../QĐ-XPHC\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "{place}, ngày ..... tháng ..... năm .....\n\nQUYẾT ĐỊNH\n"
        "Xử phạt vi phạm hành chính không lập biên bản\n"
    )
    header = classify_document(form.format(place="<Địa danh>")).header
    assert header.issuer is None
    assert header.place_date is None
    # a draft with a real place keeps it
    draft = classify_document(form.format(place="Hà Tĩnh")).header
    assert draft.place_date is not None
    assert draft.place == "Hà Tĩnh"


def test_a_sentence_leading_into_a_list_is_no_subject() -> None:
    summons = (
        "CƠ QUAN CẢNH SÁT ĐIỀU TRA\nSố: 1184/GTT-CSĐT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nTây Ninh, ngày 20 tháng 11 năm 2026\n\n{title}\n"
        "{line}\nÔng: Lâm Chí Thông     Sinh ngày: 27/5/1988\n"
    )
    text = summons.format(
        title="GIẤY TRIỆU TẬP", line="Cơ quan Cảnh sát điều tra Công an tỉnh Tây Ninh triệu tập:"
    )
    assert classify_document(text).header.subject is None
    # a "V/v" subject stays one
    vv = summons.format(title="THÔNG BÁO", line="V/v: làm việc với người bị tố giác")
    subject = classify_document(vv).header.subject
    assert subject is not None
    assert subject.text.startswith("V/v")


def test_a_self_review_is_signed_by_its_writer_who_stays_private() -> None:
    review = (
        "BẢN KIỂM ĐIỂM CÁ NHÂN\nNăm 2026\n\nHọ và tên: Tạ Quang Huy\n"
        "Chức vụ: Phó Trưởng phòng Kinh tế\n\nII. HẠN CHẾ\n- Chậm 09 hồ sơ.\n\n"
        "Quảng Phú, ngày 20 tháng 12 năm 2026\n{label}\nTạ Quang Huy\n"
    )
    res = classify_document(review.format(label="NGƯỜI TỰ KIỂM ĐIỂM"))
    assert res.header.signer is not None
    assert res.header.signer.text == "Tạ Quang Huy"
    # the writer is the file's subject: not an official signing in their role
    assert res.personal_data.public_role_names == 0
    # an official's signature block makes the same name public
    signed = classify_document(review.format(label="TRƯỞNG PHÒNG KINH TẾ"))
    assert signed.personal_data.public_role_names >= 1


_SLIP = (
    "ỦY BAN NHÂN DÂN\nXÃ PHÚ LƯƠNG\nSố: {number}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n\n{title}\n(Bản sao)\n\nHọ, chữ đệm, tên: ĐẶNG BẢO NGỌC\n"
    "Nơi đăng ký khai sinh: Ủy ban nhân dân xã Phú Lương\n"
)


def test_a_symbol_spelling_its_own_title_is_a_kind_outside_the_types() -> None:
    text = _SLIP.format(number="241/STDHS-TP", title="SỔ THEO DÕI HỒ SƠ")
    assert classify_document(text).doc_type == "other"
    # a symbol that spells no title under it is a công văn's
    letter = _SLIP.format(number="241/UBND-TP", title="SỔ THEO DÕI HỒ SƠ")
    assert classify_document(letter).doc_type == "cong_van"


def test_a_receipt_is_a_kind_of_its_own_with_its_subject_under_the_title() -> None:
    receipt = (
        "UY BAN NHAN DAN\nXA CHAU THANH\nSo: 45/GBN-TCD\n\nCONG HOA XA HOI CHU NGHIA VIET NAM\n"
        "Doc lap - Tu do - Hanh phuc\nChau Thanh, ngay 08 thang 12 nam 2026\n\nGIAY BIEN NHAN\n"
        "{line}\nBo phan tiep cong dan xa Chau Thanh da nhan cua:\nBa: Thach Thi Phol\n"
    )
    res = classify_document(
        receipt.format(line="Thong tin, tai lieu, bang chung do nguoi to cao cung cap")
    )
    assert res.doc_type == "other"
    assert res.header.subject is not None
    assert res.header.subject.text.startswith("Thong tin, tai lieu")
    # with no subject line, the sentence leading into the list is none
    bare = classify_document(receipt.format(line="")).header
    assert bare.subject is None
