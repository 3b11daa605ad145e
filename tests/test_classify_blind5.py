"""Rules from the blind documents_holdout5.jsonl: public notices, plans and leaflets that turn
to the public (an addressee that is the public, a notice board or the loudspeakers among the
recipients, a plan that says it is posted, an outreach title, a newspaper's dateline), a birth
year that defines a group, a firm's account and a locality in a notice naming no one. Each rule
has a hard negative beside it."""

from __future__ import annotations

from ai_guard import classify_document

_HEAD = (
    "ỦY BAN NHÂN DÂN\nXÃ CỬA VIỆT\nSố: 211/TB-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nCửa Việt, ngày 26 tháng 10 năm 2026\n\nTHÔNG BÁO\n"
    "Về việc sơ tán dân trước khi bão số 12 đổ bộ\n\n"
)
_BODY = (
    "Bão số 12 dự kiến đổ bộ vào khu vực trong chiều tối ngày 27/10/2026. Ủy ban nhân dân xã "
    "thông báo:\n1. Các hộ ở sát mép biển phải di chuyển đến nơi tránh trú trước 12 giờ 00.\n"
    "2. Hộ cần hỗ trợ gọi Ban Chỉ huy phòng thủ dân sự xã, điện thoại 0233 3861 249.\n\n"
)
_SIGN = "CHỦ TỊCH\n(Đã ký)\nĐậu Văn Khánh\n"


def _notice(addressee: str, recipients: str) -> str:
    return _HEAD + addressee + _BODY + "Nơi nhận:\n" + recipients + "- Lưu: VT.\n\n" + _SIGN


def test_a_notice_addressed_to_the_public_is_public() -> None:
    res = classify_document(_notice("Kính gửi: Toàn thể Nhân dân trên địa bàn xã.\n\n", ""))
    assert res.sensitivity.value == "public"
    assert {c.category.value for c in res.categories} == {"public_info"}
    taxpayers = _notice("Kính gửi: Người nộp thuế trên địa bàn tỉnh.\n\n", "")
    assert classify_document(taxpayers).sensitivity.value == "public"
    # a body first, or a named person: a letter, not a notice to everyone
    agencies = _notice("Kính gửi: UBND các thôn; Nhân dân trên địa bàn.\n\n", "")
    assert classify_document(agencies).sensitivity.value == "internal"
    person = _notice("Kính gửi: Ông Lê Văn Cường, thôn An Đức 2.\n\n", "")
    assert classify_document(person).sensitivity.value != "public"


def test_a_notice_posted_for_the_public_is_public() -> None:
    board = _notice("", "- Các thôn (niêm yết);\n")
    assert classify_document(board).sensitivity.value == "public"
    loud = _notice("", "- Nhân dân (qua loa truyền thanh);\n")
    assert classify_document(loud).sensitivity.value == "public"
    # sent to bodies only: the agency's own notice
    bodies = _notice("", "- Các thôn;\n- Đồn Biên phòng;\n")
    assert classify_document(bodies).sensitivity.value == "internal"


_PLAN = (
    "ỦY BAN NHÂN DÂN\nXÃ ĐỨC HÒA\nSố: 371/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nĐức Hòa, ngày 25 tháng 11 năm 2026\n\nKẾ HOẠCH\n"
    "Tuyển sinh vào lớp 1 năm học 2027-2028\n\n"
    "1. Đối tượng: trẻ sinh năm 2021 có nơi thường trú trên địa bàn xã.\n"
    "2. Chỉ tiêu: 1.140 học sinh tại 6 trường tiểu học.\n"
)
_PLAN_SIGN = (
    "\nNơi nhận:\n- Các trường TH;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nUng Thị Mỹ Dung\n"
)


def test_a_plan_that_says_it_is_posted_is_public_and_a_cohort_year_is_no_one() -> None:
    posted = _PLAN + (
        "Kế hoạch này được niêm yết tại trụ sở UBND xã và đăng trên Cổng thông tin điện tử "
        "xã để cha mẹ học sinh và Nhân dân biết.\n"
    )
    res = classify_document(posted + _PLAN_SIGN)
    assert res.sensitivity.value == "public"
    assert res.recommended_action == "send"
    assert not res.personal_data.identifiable
    # a task the plan gives ("công khai ... trên Cổng"): not said of the plan itself
    task = _PLAN + "3. Các trường công khai kết quả tuyển sinh trên Cổng thông tin điện tử.\n"
    assert classify_document(task + _PLAN_SIGN).sensitivity.value == "internal"
    # a birth year after a person's name is that person's
    named = _PLAN + "3. Trường hợp đặc biệt: em Lê Minh Khôi sinh năm 2021, con ông Lê Văn Tám.\n"
    assert classify_document(named + _PLAN_SIGN).personal_data.identifiable


def test_an_outreach_title_and_a_newspaper_dateline_make_a_text_public() -> None:
    leaflet = (
        "TÀI LIỆU TUYÊN TRUYỀN\nNhững điểm mới của Luật Bảo vệ bí mật nhà nước năm 2025\n\n"
        "1. Luật có hiệu lực từ ngày 01/3/2026.\n2. Nghiêm cấm sử dụng trí tuệ nhân tạo để "
        "xâm phạm bí mật nhà nước.\n"
    )
    assert classify_document(leaflet).sensitivity.value == "public"
    # the same words inside a report's sentence: the report is the agency's own
    report = (
        "Kết quả tháng 3: Phòng đã in 2.000 bản tài liệu tuyên truyền về Luật Bảo vệ bí mật "
        "nhà nước và phát cho các xã.\n"
    )
    assert classify_document(report).sensitivity.value == "internal"
    article = (
        "Quảng Trị: Xã Đông Hải hoàn thành sửa chữa nhà dân sau bão\n\n"
        "(Báo Quảng Trị điện tử) - Ngày 02/12, Ủy ban nhân dân xã Đông Hải cho biết đã hoàn "
        "thành hỗ trợ sửa chữa 348 ngôi nhà bị tốc mái.\nMinh Châu\n"
    )
    assert classify_document(article).sensitivity.value == "public"
    aside = article.replace("(Báo Quảng Trị điện tử) - ", "")
    assert classify_document(aside).sensitivity.value == "internal"


_AUCTION = (
    "ỦY BAN NHÂN DÂN\nXÃ YÊN DŨNG\nSố: 402/TB-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nYên Dũng, ngày 19 tháng 11 năm 2026\n\nTHÔNG BÁO\n"
    "Về việc đấu giá quyền sử dụng đất ở tại khu dân cư mới thôn Tân Độ\n\n"
    "1. Tài sản đấu giá: 36 lô đất ở tại khu dân cư mới thôn Tân Độ.\n"
    "2. Tiền đặt trước nộp vào tài khoản số 21510000668833 {holder}tại Ngân hàng TMCP Đầu tư "
    "và Phát triển Việt Nam - Chi nhánh Bắc Giang.\n\n"
    "Nơi nhận:\n- Niêm yết tại trụ sở UBND xã;\n- Lưu: VT.\n\n"
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nGiáp Thị Thu Hiền\n"
)


def test_a_firms_account_and_a_locality_are_no_ones_data() -> None:
    res = classify_document(_AUCTION.format(holder="của Công ty Đấu giá hợp danh Kinh Bắc "))
    assert res.sensitivity.value == "public"
    assert res.recommended_action == "send"
    assert "finance" not in {c.category.value for c in res.categories}
    # an account without a body holding it may be a person's: finance, redact
    res = classify_document(_AUCTION.format(holder=""))
    assert res.recommended_action == "redact_then_send"
    assert "finance" in {c.category.value for c in res.categories}
    # a house and its street reach whoever lives there
    house = _AUCTION.format(holder="của Công ty ").replace(
        "2. Tiền", "Hộ ở số 18 kiệt 112 đường Trưng Nữ Vương gửi ý kiến.\n2. Tiền"
    )
    assert classify_document(house).recommended_action == "redact_then_send"


def _header(text: str) -> dict[str, str | None]:
    h = classify_document(text).header
    return {
        k: (f.text if (f := getattr(h, k)) else None) for k in ("issuer", "place_date", "subject")
    }


def test_an_ocr_s_for_5_and_a_drafts_blank_day_are_date_lines() -> None:
    head = "CÔNG AN TỈNH CAO BẰNG            CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    line = "S6: 611/BC-CAT                   Cao Bằng, ngày {} tháng 11 năm 2026\n"
    body = "\nBÁO CÁO\nTình hình tội phạm tháng 10 năm 2026\n\nTrong tháng xảy ra 37 vụ.\n"
    res = classify_document(head + line.format("0S") + body)
    assert res.header.place_date is not None
    assert res.header.place_date.text == "Cao Bằng, ngày 0S tháng 11 năm 2026"
    assert res.header.date is not None
    assert res.header.date.day == 5
    # an S with no real digit beside it is a letter, not a day
    assert classify_document(head + line.format("S") + body).header.place_date is None
    draft = (
        "ỦY BAN NHÂN DÂN\nPHƯỜNG THỦ DẦU MỘT\nSố:      /QĐ-UBND\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Thủ Dầu Một, ngày      tháng 12 năm 2026\n\nQUYẾT ĐỊNH\n"
        "Ban hành Quy chế làm việc của Ủy ban nhân dân phường\n"
    )
    res = classify_document(draft)
    assert res.header.place_date is not None
    assert res.header.place_date.text == "Thủ Dầu Một, ngày      tháng 12 năm 2026"
    assert res.header.date is None  # no day was given


_TOP = (
    "ỦY BAN NHÂN DÂN\nPHƯỜNG HẢI CHÂU\nSố: 57/BB-VPHC\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nHải Châu, ngày 11 tháng 11 năm 2026\n\n"
)


def test_a_subject_under_a_title_in_two_lines() -> None:
    record = _TOP + "BIÊN BẢN\nVI PHẠM HÀNH CHÍNH\nVề trật tự xây dựng\n\nHôm nay, hồi 09 giờ.\n"
    assert _header(record)["subject"] == "Về trật tự xây dựng"
    # the title going on, then the body's first line: no subject
    trial = _TOP + "QUYẾT ĐỊNH\nĐƯA VỤ ÁN RA XÉT XỬ\nTòa án nhân dân khu vực 2 xét thấy hồ sơ.\n"
    assert _header(trial)["subject"] is None
    # the title's period or whom it is for is part of the title
    form = _TOP + "PHIẾU ĐÁNH GIÁ CÔNG CHỨC\nNăm 2026\n\nHọ và tên: Tăng Thị Mai Phương\n"
    assert _header(form)["subject"] is None
    summons = _TOP.replace("57/BB-VPHC", "1142/GTT-CSĐT") + (
        "GIẤY TRIỆU TẬP\nBị can\n(Lần thứ nhất)\n\nCơ quan Cảnh sát điều tra triệu tập ông.\n"
    )
    res = classify_document(summons)
    assert res.doc_type.value == "other"
    assert res.header.subject is None
    plan = _TOP + "KẾ HOẠCH\nTuyển sinh vào lớp 1 năm học 2027-2028\n\n1. Đối tượng.\n"
    assert _header(plan)["subject"] == "Tuyển sinh vào lớp 1 năm học 2027-2028"


def test_a_press_release_states_its_subject_with_ve() -> None:
    release = _TOP + "THÔNG CÁO BÁO CHÍ\nVề tình hình dịch sốt xuất huyết\n\nTính đến ngày 29/10.\n"
    assert _header(release)["subject"] == "Về tình hình dịch sốt xuất huyết"
    headline = _TOP + "THÔNG CÁO BÁO CHÍ\nHội nghị xúc tiến đầu tư năm 2026\n\nSáng 26/9.\n"
    assert _header(headline)["subject"] is None


def test_an_issuer_flattened_beside_the_motto_without_a_number() -> None:
    listing = (
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "XÃ KỲ ANH\tĐộc lập - Tự do - Hạnh phúc\n\tKỳ Anh, ngày 18 tháng 10 năm 2026\n"
        "DANH SÁCH HỘ GIA ĐÌNH ĐƯỢC HỖ TRỢ\n"
    )
    assert _header(listing)["issuer"] == "XÃ KỲ ANH"
    # a single line beside the motto is the issuer whole
    single = listing.replace("XÃ KỲ ANH\t", "\t").replace(
        "ỦY BAN NHÂN DÂN\t", "TRƯỜNG THPT LÊ THỦY\t"
    )
    assert _header(single)["issuer"] == "TRƯỜNG THPT LÊ THỦY"


_SCHOOL = (
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG TRỊ\nTRƯỜNG THPT LỆ THỦY\nSố: 86/QĐ-THPTLT\n\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Lệ Thủy, ngày 16 tháng 11 năm 2026\n\nQUYẾT ĐỊNH\n{subject}\n\n"
    "HIỆU TRƯỞNG TRƯỜNG THPT LỆ THỦY\n\n"
    "Căn cứ biên bản họp Hội đồng kỷ luật ngày 13/11/2026,\n\nQUYẾT ĐỊNH:\n"
    "Điều 1. Áp dụng hình thức kỷ luật khiển trách đối với {who}.\n"
    "Điều 2. Các bộ phận liên quan chịu trách nhiệm thi hành Quyết định này.\n\n"
    "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nHIỆU TRƯỞNG\n(Đã ký)\nMai Xuân Quỳnh\n"
)


def test_a_pupils_discipline_is_no_personnel_file() -> None:
    pupil = _SCHOOL.format(
        subject="Về việc kỷ luật học sinh",
        who="em Phạm Gia Bảo, học sinh lớp 11A4, sinh ngày 17/5/2010, con ông Phạm Văn Lực",
    )
    res = classify_document(pupil)
    assert "personnel" not in {c.category.value for c in res.categories}
    assert res.sensitivity.value == "personal"
    assert res.recommended_action == "redact_then_send"
    # a teacher disciplined for what he did to a pupil: a public employee's file
    teacher = _SCHOOL.format(
        subject="Về việc kỷ luật viên chức do xúc phạm học sinh",
        who="ông Trần Văn Hòa, giáo viên môn Toán, sinh ngày 02/3/1985",
    )
    res = classify_document(teacher)
    assert "personnel" in {c.category.value for c in res.categories}
    assert res.recommended_action == "do_not_send"


_COURT = (
    "TÒA ÁN NHÂN DÂN KHU VỰC 2 - LÂM ĐỒNG\nSố: 87/2026/{symbol}\n\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Bảo Lộc, ngày 12 tháng 11 năm 2026\n\nQUYẾT ĐỊNH\nĐƯA VỤ ÁN RA XÉT XỬ\n\n"
    "Sau khi nghiên cứu hồ sơ vụ án {kind} sơ thẩm thụ lý số 204/2026,\nQUYẾT ĐỊNH:\n"
    "1. Đưa ra xét xử sơ thẩm vụ án {kind} giữa:\n"
    "- {party_a}: Bà Đỗ Thị Thanh Tâm, sinh năm 1988; nơi cư trú: số 27 đường Nguyễn Công "
    "Trứ, phường 2 Bảo Lộc.\n- {party_b}: Ông La Văn Quyết, sinh năm 1985.\n"
    "2. Kiểm sát viên: bà Phan Ngọc Diệp, VKSND khu vực 2 - Lâm Đồng.\n\n"
    "Nơi nhận:\n- VKSND khu vực 2 - Lâm Đồng;\n- Lưu hồ sơ vụ án.\n\n"
    "THẨM PHÁN - CHỦ TỌA PHIÊN TÒA\n(Đã ký)\nGiáp Văn Tùng\n"
)


def test_a_civil_case_brought_to_trial_is_no_criminal_file() -> None:
    divorce = _COURT.format(
        symbol="QĐXXST-HNGĐ", kind="hôn nhân và gia đình", party_a="Nguyên đơn", party_b="Bị đơn"
    )
    res = classify_document(divorce)
    assert res.categories == []
    assert res.sensitivity.value == "personal"
    assert res.recommended_action == "redact_then_send"
    # the same decision in a criminal case: the defendant's file
    criminal = _COURT.format(symbol="QĐXXST-HS", kind="hình sự", party_a="Bị hại", party_b="Bị cáo")
    res = classify_document(criminal)
    assert "criminal_procedure" in {c.category.value for c in res.categories}
    assert res.recommended_action == "do_not_send"


_DIRECTIVE = (
    "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ\nSố: 14/CT-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nHuế, ngày 15 tháng 9 năm 2026\n\nCHỈ THỊ\n{subject}\n\n"
    "{body}\n\nNơi nhận:\n- Các sở, ban, ngành;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
    "Tôn Thất Vỹ\n"
)


def test_an_epidemic_and_a_vaccination_campaign_are_health() -> None:
    measles = _DIRECTIVE.format(
        subject="Về việc tăng cường phòng, chống dịch sởi trên địa bàn thành phố",
        body="Thành phố ghi nhận 184 trường hợp mắc sởi, 76% chưa tiêm vắc xin.\n1. Sở Y tế tổ "
        "chức tiêm bổ sung vắc xin sởi - rubella cho trẻ từ 1 đến 10 tuổi.",
    )
    res = classify_document(measles)
    assert {c.category.value for c in res.categories} == {"health"}
    assert res.recommended_action == "send"  # a directive about the field, no patient
    # "soi" spelled without its marks in a text with diacritics is not measles
    storm = _DIRECTIVE.format(
        subject="Về việc tăng cường kiểm tra an toàn hồ đập mùa mưa bão",
        body="Các xã soi kỹ từng đoạn đê, kiểm tra 42 hồ đập; báo cáo trước ngày 30/9/2026.",
    )
    assert "health" not in {c.category.value for c in classify_document(storm).categories}


def test_an_anonymous_report_on_a_cadre_is_a_denunciation_beside_personnel() -> None:
    letter = (
        "ĐẢNG BỘ TỈNH GIA LAI\nBAN TỔ CHỨC TỈNH ỦY\nSố 1274-CV/BTCTU\n"
        "Gia Lai, ngày 20 tháng 11 năm 2026\n"
        "V/v thẩm định nhân sự bổ sung quy hoạch cán bộ\nKính gửi: Thường trực Tỉnh ủy.\n"
        "Ban Tổ chức Tỉnh ủy đã thẩm định hồ sơ, báo cáo như sau:\n"
        "1. Đồng chí Văn Công Lực, sinh năm 1979, Phó Chủ tịch UBND phường: {fact}\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: Ban TCTU.\nK/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nKiều Văn Thái\n"
    )
    reported = letter.format(
        fact="có 01 đơn phản ánh nặc danh về việc sử dụng xe công; Ủy ban Kiểm tra đã xác "
        "minh, kết luận nội dung phản ánh không có cơ sở."
    )
    cats = {c.category.value for c in classify_document(reported).categories}
    assert cats == {"personnel", "complaint_denunciation"}
    clean = letter.format(fact="đủ tiêu chuẩn, điều kiện; không có đơn thư liên quan.")
    cats = {c.category.value for c in classify_document(clean).categories}
    assert cats == {"personnel"}
