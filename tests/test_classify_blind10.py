"""Rules from the blind documents_holdout10.jsonl (the everyday flow of a commune office and of
a civil-judgment-enforcement office): a Party member's transfer certificate, a servant's
transfer and salary step, a mark a rule quotes between quotation marks, a health station's
medical assistant in a work chat, the sums an enforcement paper lists or states before whom
they are owed, a tax debt summed over a commune, a report's line headed by its sector, OCR's
``l`` for ``I`` in the national motto, a body typed in mixed case under its parent, a CSV
row's agency cell, a template's body left to fill, guidance whose subject is the public acting.
Each rule has a hard negative beside it, on documents of its own (none of the set's); each test
fails on main at acdbce1."""

from __future__ import annotations

from ai_guard import classify_document


def _cats(text: str) -> set[str]:
    return {c.category.value for c in classify_document(text).categories}


_PARTY_HEAD = (
    "ĐẢNG BỘ TỈNH TUYÊN QUANG          ĐẢNG CỘNG SẢN VIỆT NAM\n"
    "ĐẢNG ỦY XÃ HÒA AN\n"
    "        *                        Hòa An, ngày 03 tháng 12 năm 2026\n"
    "Số 57-GGT/ĐU\n\n"
)


def test_a_party_members_transfer_certificate_is_his_personnel_file() -> None:
    text = _PARTY_HEAD + (
        "GIẤY GIỚI THIỆU SINH HOẠT ĐẢNG\n(Chuyển sinh hoạt đảng tạm thời)\n\n"
        "Kính gửi: Đảng ủy xã Minh Quang\n\n"
        "Đảng ủy xã Hòa An trân trọng giới thiệu đồng chí: Ma Văn Thắm\n"
        "Sinh ngày 02/3/1990; quê quán: xã Yên Thuận, tỉnh Tuyên Quang\n"
        "Vào Đảng ngày 03/02/2015; chính thức ngày 03/02/2016\n"
        "Số thẻ đảng viên: 71.220.4418\n"
        "Đến sinh hoạt đảng tại: Đảng bộ xã Minh Quang.\n\n"
        "T/M ĐẢNG ỦY\nPHÓ BÍ THƯ\n(ký, đóng dấu)\nLa Thị Hiên\n"
    )
    res = classify_document(text)
    assert "personnel" in {c.category.value for c in res.categories}
    assert res.recommended_action == "do_not_send"
    # a Party committee's invitation to a meeting names no member's file
    invitation = _PARTY_HEAD + (
        "GIẤY MỜI\nHọp Đảng ủy thường kỳ tháng 12\n\n"
        "Đảng ủy xã Hòa An trân trọng kính mời các đồng chí Ủy viên Ban Chấp hành Đảng bộ xã "
        "dự họp thường kỳ lúc 8 giờ ngày 10/12/2026 tại hội trường UBND xã.\n\n"
        "T/M ĐẢNG ỦY\nBÍ THƯ\nLa Thị Hiên\n"
    )
    assert "personnel" not in _cats(invitation)


_DECISION = (
    "ỦY BAN NHÂN DÂN\nXÃ YÊN PHÚ\nSố: {number}\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Yên Phú, ngày 01 tháng 12 năm 2026\n\nQUYẾT ĐỊNH\n{subject}\n\n"
    "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ YÊN PHÚ\n\n{body}\n\n"
    "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nCHỦ TỊCH\nHoàng Đình Khôi\n"
)


def test_a_servants_transfer_is_her_personnel_file() -> None:
    body = (
        "Điều 1. Điều động bà Nông Thị Huyền, sinh ngày 11/4/1994, công chức Văn phòng - Thống "
        "kê, đến nhận công tác tại Phòng Kinh tế xã kể từ ngày 15/12/2026.\n"
        "Điều 2. Văn phòng HĐND và UBND xã và bà Nông Thị Huyền chịu trách nhiệm thi hành "
        "Quyết định này./."
    )
    by_subject = classify_document(
        _DECISION.format(number="301/QĐ-UBND", subject="Về việc điều động công chức", body=body)
    )
    assert "personnel" in {c.category.value for c in by_subject.categories}
    assert by_subject.recommended_action == "do_not_send"
    # the subject need not say whom: "Điều động bà ..." in the article is the measure
    by_article = classify_document(
        _DECISION.format(number="302/QĐ-UBND", subject="Về việc điều động", body=body)
    )
    assert by_article.recommended_action == "do_not_send"
    # a salary step kept is a servant's file too
    step = body.replace(
        "kể từ ngày 15/12/2026.", "kể từ ngày 15/12/2026; giữ nguyên bậc lương 2/9, ngạch cán sự."
    )
    assert "personnel" in _cats(
        _DECISION.format(number="303/QĐ-UBND", subject="Về việc phân công nhiệm vụ", body=step)
    )
    # forces and vehicles moved for a flood are no one's file
    forces = (
        "Điều 1. Điều động lực lượng dân quân, 02 xe tải và 01 ca nô của xã hỗ trợ sơ tán "
        "người dân thôn Nà Hu từ ngày 02/12/2026.\nĐiều 2. Ban Chỉ huy Quân sự xã chịu trách "
        "nhiệm thi hành Quyết định này./."
    )
    res = classify_document(
        _DECISION.format(number="304/QĐ-UBND", subject="Về việc điều động lực lượng", body=forces)
    )
    assert "personnel" not in {c.category.value for c in res.categories}
    assert res.recommended_action == "send"


_NOTICE = (
    "ỦY BAN NHÂN DÂN\nXÃ NA RÌ\nSố: 88/TB-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Na Rì, ngày 04 tháng 12 năm 2026\n\nTHÔNG BÁO\nVề việc dùng công cụ AI trong cơ quan\n\n"
    "{body}\n\nNơi nhận:\n- Các bộ phận;\n- Lưu: VT.\nCHỦ TỊCH\nHà Văn Thuận\n"
)


def test_a_mark_a_rule_quotes_is_not_the_documents_own() -> None:
    quoted = _NOTICE.format(
        body=(
            '1. Cấm dán vào công cụ AI văn bản ghi \u201cLƯU HÀNH NỘI BỘ\u201d, "MẬT" hoặc '
            '"TỐI MẬT".\n2. Chỉ dùng công cụ do xã cấp tài khoản.'
        )
    )
    assert classify_document(quoted).recommended_action == "send"
    # the same mark standing as a stamp, or said of the document itself, is carried
    stamped = _NOTICE.format(body="LƯU HÀNH NỘI BỘ\n\n1. Chỉ dùng công cụ do xã cấp tài khoản.")
    assert classify_document(stamped).recommended_action == "do_not_send"
    itself = _NOTICE.format(body='Tài liệu này "LƯU HÀNH NỘI BỘ", không sao chụp.')
    assert classify_document(itself).recommended_action == "do_not_send"
    # in capitals after words but not quoted: still read as a mark (fail closed)
    bare = _NOTICE.format(body="Văn bản gửi kèm LƯU HÀNH NỘI BỘ đến các bộ phận.")
    assert classify_document(bare).recommended_action == "do_not_send"


def test_a_health_stations_medical_assistant_acts_in_her_role() -> None:
    chat = (
        "[Zalo] TỔ PHÒNG CHỐNG DỊCH XÃ BA TƠ\n"
        "Phó Chủ tịch Đinh Văn Rê (08:02): Tổ ra quân phun hóa chất thôn Gò Khôn từ 10/12.\n"
        "Trạm Y tế - Y sĩ Phạm Thị Sương (08:05): Trạm chuẩn bị 40 lít hóa chất, 2 máy phun.\n"
        "Phó Chủ tịch Đinh Văn Rê (08:09): Văn phòng bố trí xe, báo cáo tôi trước 16h thứ Sáu.\n"
    )
    assert classify_document(chat).recommended_action == "send"
    # a villager named in the same chat is still a private person
    villager = (
        chat + "Y sĩ Phạm Thị Sương (08:12): Nhà bà Đinh Thị Nhàn ở thôn Gò Khôn có ổ bọ gậy.\n"
    )
    assert classify_document(villager).recommended_action != "send"


_ENFORCE = (
    "PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 3\nSố: 611/QĐ-THADS\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Sơn Hà, ngày 02 tháng 12 năm 2026\n\nQUYẾT ĐỊNH\nVề việc thi hành án chủ động\n\n"
    "TRƯỞNG PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 3\n\n"
    "Căn cứ Bản án hình sự sơ thẩm số 31/2026/HS-ST ngày 10/9/2026 của Tòa án nhân dân "
    "khu vực 4,\n\nQUYẾT ĐỊNH:\nĐiều 1. Cho thi hành án đối với: Ông Đinh Văn Pháo, sinh năm "
    "1988; nơi cư trú: thôn Gò Rô, xã Sơn Hà.\nCác khoản phải thi hành:\n{items}\n"
    "Điều 2. Chấp hành viên và ông Đinh Văn Pháo chịu trách nhiệm thi hành Quyết định này./.\n\n"
    "TRƯỞNG PHÒNG\nHồ Thị Kim Liên\n"
)


def test_damages_listed_among_the_sums_to_enforce_are_a_persons_debt() -> None:
    damages = _ENFORCE.format(
        items=(
            "- Án phí hình sự sơ thẩm: 200.000 đồng;\n"
            "- Bồi thường thiệt hại cho bà Phạm Thị Hoa số tiền 38.500.000 đồng."
        )
    )
    assert "finance" in _cats(damages)
    # a fee and a fine alone are what the State collects: no finance
    state = _ENFORCE.format(
        items="- Án phí hình sự sơ thẩm: 200.000 đồng;\n- Phạt tiền: 10.000.000 đồng."
    )
    assert "finance" not in _cats(state)


def test_a_sum_to_enforce_stated_before_its_creditor_is_a_debt() -> None:
    thread = (
        "Từ: Lê Văn Bảo <bao.lv@thads.quangngai.gov.vn>\n"
        "Đến: Trần Thị Mai <mai.tt@thads.quangngai.gov.vn>\n"
        "Tiêu đề: Re: Hồ sơ ông Phạm Văn Tới\n\n"
        "Chị Mai ơi, em đã xác minh hồ sơ ông Phạm Văn Tới. Khoản phải thi hành là 52.300.000 "
        "đồng trả Quỹ tín dụng nhân dân xã theo bản án 12/2026/DS-ST; đề xuất hoãn thi hành án "
        "vì người phải thi hành án đang đi lao động ở tỉnh khác.\nBảo\n"
    )
    assert "finance" in _cats(thread)
    fee = thread.replace(
        "Khoản phải thi hành là 52.300.000 đồng trả Quỹ tín dụng nhân dân xã",
        "Khoản phải thi hành là án phí 300.000 đồng",
    )
    assert "finance" not in _cats(fee)


_MINUTES = (
    "CHI CỤC THUẾ KHU VỰC XVI\nĐỘI THUẾ LIÊN XÃ SỐ 2\nSố: 07/BB-ĐT\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Tân Kỳ, ngày 20 tháng 11 năm 2026\n\nBIÊN BẢN HỌP\nHội đồng tư vấn thuế xã Tân Phú\n\n"
    "Thành phần: ông Cao Văn Lực - Phó Chủ tịch UBND xã, Chủ tịch Hội đồng.\nNội dung:\n"
    "1. {line}\n2. Niêm yết công khai danh sách hộ khoán tại UBND xã.\n\n"
    "THƯ KÝ                    CHỦ TỊCH HỘI ĐỒNG\nLê Thị Hòa                Cao Văn Lực\n"
)


def test_a_tax_debt_summed_over_a_commune_is_no_ones_money() -> None:
    whole = _MINUTES.format(line="Số nợ thuế toàn xã đến 31/10/2026 là 52,4 triệu đồng.")
    assert "finance" not in _cats(whole)
    one = _MINUTES.format(
        line="Số nợ thuế của hộ ông Vi Văn Tám đến 31/10/2026 là 12,4 triệu đồng."
    )
    assert "finance" in _cats(one)


def test_ocr_l_for_capital_i_in_the_motto_leaves_the_issuer() -> None:
    text = (
        "UỶ BAN NHÂN DÂN               CỘNG HOÀ XÃ HỘl CHỦ NGHĨA VIỆT NAM\n"
        "XÃ TÂN LẬP                         Độc lập - Tụ do - Hạnh phúc\n"
        "Số: 4l2/UBND-VP               Tân Lập, ngày 0l tháng 12 năm 2026\n"
        "V/v đề nghị hỗ trợ kinh phí sủa chữa cầu tràn\n\nKính gửi: Sở Tài chính\n\n"
        "UBND xã đề nghị Sở Tài chính bổ sung 650 triệu đồng sửa cầu tràn thôn Bản Phố.\n\n"
        "Nơi nhận:                                        TM. UỶ BAN NHÂN DÂN\n"
        "- Như trên;                                      CHỦ TỊCH\n"
        "- Lưu: VT.\n                                                 Vàng Seo Chứ\n"
    )
    issuer = classify_document(text).header.issuer
    assert issuer is not None
    assert "TÂN LẬP" in issuer.text


def test_a_colleagues_year_end_rating_in_a_work_chat_is_his_personnel_file() -> None:
    chat = (
        "[Nhóm Zalo] VĂN PHÒNG UBND XÃ ĐỒNG VĂN\n"
        "[08:10, 03/12/2026] Chánh Văn phòng Hầu Thị Dợ: Phiếu đánh giá cuối năm của anh Giàng "
        "Seo Páo chị để mức hoàn thành nhiệm vụ vì anh chậm 6 hồ sơ, mọi người biết nhé.\n"
        "[08:12, 03/12/2026] Vàng Thị Mỷ: Vâng ạ.\n"
    )
    res = classify_document(chat)
    assert "personnel" in {c.category.value for c in res.categories}
    assert res.recommended_action == "do_not_send"
    # the office's year-end review meeting rates no one
    meeting = (
        "[Nhóm Zalo] VĂN PHÒNG UBND XÃ ĐỒNG VĂN\n"
        "[08:10, 03/12/2026] Chánh Văn phòng Hầu Thị Dợ: Chiều thứ Sáu họp đánh giá cuối năm "
        "công tác văn phòng, mọi người chuẩn bị số liệu hồ sơ một cửa nhé.\n"
    )
    assert "personnel" not in _cats(meeting)


_REPORT = (
    "ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA BÌNH\nSố: 301/BC-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Hòa Bình, ngày 25 tháng 11 năm 2026\n\nBÁO CÁO\n"
    "Tình hình kinh tế - xã hội tháng 11 năm 2026\n\n"
    "I. KINH TẾ\n1. Thu ngân sách đạt 92% dự toán.\n2. Cấp 14 giấy phép xây dựng.\n"
    "II. VĂN HÓA - XÃ HỘI\n1. Chi trả trợ cấp cho 402 đối tượng.\n{health}\n"
    "III. NHIỆM VỤ THÁNG 12\n1. Tập trung thu ngân sách.\n"
)


def test_a_reports_health_line_in_aggregate_is_no_ones_file() -> None:
    line = "2. Y tế: tiêm chủng mở rộng đạt 98,1%; phát hiện 7 ca sốt xuất huyết, đã xử lý ổ dịch."
    assert _cats(_REPORT.format(health=line)) == {"general_admin"}
    # a named patient in the same line is that person's health, whatever the line's heading
    named = line.replace("7 ca sốt xuất huyết", "ông Lê Văn Tám ở tổ 5 mắc sốt xuất huyết")
    res = classify_document(_REPORT.format(health=named))
    assert "health" in {c.category.value for c in res.categories}
    assert res.recommended_action == "do_not_send"
    # a record's own field is no sector: "Chẩn đoán:" heads a patient's line
    field = "2. Chẩn đoán: sốt xuất huyết Dengue có dấu hiệu cảnh báo; tiêm chủng đủ mũi."
    assert "health" in _cats(_REPORT.format(health=field))


def test_a_body_typed_in_mixed_case_under_its_parent_is_the_issuer() -> None:
    text = (
        "CỤC THUẾ TỈNH NGHỆ AN\nChi cục Thuế huyện Quỳ Hợp\nSố: 31/BB-CCT\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Quỳ Hợp, ngày 10 tháng 10 năm 2019\n\nBIÊN BẢN HỌP\nHội đồng tư vấn thuế thị trấn\n\n"
        "Nội dung: thống nhất doanh thu khoán quý IV cho 212 hộ kinh doanh.\n\n"
        "THƯ KÝ                    CHỦ TỊCH HỘI ĐỒNG\nLô Thị Hà                Vi Văn Sơn\n"
    )
    issuer = classify_document(text).header.issuer
    assert issuer is not None
    assert issuer.text == "Chi cục Thuế huyện Quỳ Hợp"


def test_a_csv_rows_agency_cell_before_empty_cells_is_the_issuer() -> None:
    text = (
        "UBND XÃ PÁC NẶM,,,,Biểu số 07\nDỰ TOÁN THU NGÂN SÁCH XÃ NĂM 2027,,,,\n"
        "Đơn vị: triệu đồng,,,,\nSTT,Nội dung,Dự toán 2026,Dự toán 2027,So sánh (%)\n"
        'A,TỔNG THU NGÂN SÁCH XÃ,"9.412","10.105","107,4"\n'
        'I,Thu cân đối,"1.200","1.310","109,2"\n'
    )
    issuer = classify_document(text).header.issuer
    assert issuer is not None
    assert issuer.text == "UBND XÃ PÁC NẶM"


def test_a_templates_body_left_to_fill_is_no_issuer() -> None:
    text = (
        "Mẫu số C02-THADS (Ban hành kèm theo Thông tư số ..../20../TT-BTP)\n\n"
        "THI HÀNH ÁN DÂN SỰ TỈNH ..........       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC ...         Độc lập - Tự do - Hạnh phúc\n"
        "Số: ......./QĐ-THADS                   .........., ngày ..... tháng ..... năm .......\n\n"
        "QUYẾT ĐỊNH\nVề việc hoãn thi hành án\n\n"
        "Điều 1. Hoãn thi hành án đối với: Ông (bà) ..........................................\n"
        "Điều 2. Chấp hành viên chịu trách nhiệm thi hành Quyết định này./.\n"
    )
    assert classify_document(text).header.issuer is None
    # a filled one keeps its issuer
    filled = text.replace("TỈNH ..........", "TỈNH GIA LAI").replace("KHU VỰC ...", "KHU VỰC 4")
    issuer = classify_document(filled).header.issuer
    assert issuer is not None
    assert "KHU VỰC 4" in issuer.text


_GUIDE = (
    "ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nSố: 14/HD-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Tân Phú, ngày 01 tháng 12 năm 2026\n\nHƯỚNG DẪN\n{subject}\n\n"
    "1. Nơi nộp: Bộ phận một cửa, trụ sở UBND xã.\n2. Thành phần hồ sơ: tờ khai theo mẫu.\n"
    "3. Thời hạn giải quyết: 05 ngày làm việc.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nĐào Văn Sáu\n"
)


def test_guidance_whose_subject_is_the_public_acting_is_public() -> None:
    guide = classify_document(_GUIDE.format(subject="Người dân nộp hồ sơ đăng ký hộ tịch tại xã"))
    assert guide.sensitivity.value == "public"
    # guidance for the commune's own staff is internal
    staff = classify_document(_GUIDE.format(subject="Công chức tư pháp tiếp nhận hồ sơ hộ tịch"))
    assert staff.sensitivity.value == "internal"
