"""Rules from the blind documents_holdout14.jsonl (sector documents: health, education, tax and
social insurance, courts, culture): a notice that asks its public for something as a class,
a plan that names a cohort by birth year, an amount written in thousands in a table of firms.
Each rule has a hard negative beside it."""

from __future__ import annotations

from ai_guard import check_prompt, classify_document
from ai_guard.models import EntityType

_NOTICE = (
    "BẢO TÀNG TỈNH HÀ GIANG\nTHÔNG BÁO\nVề việc mở cửa tham quan dịp Tết Dương lịch 2027\n\n"
    "Bảo tàng tỉnh mở cửa tham quan từ 7 giờ 30 đến 17 giờ các ngày 01 và 02/01/2027.\n"
    "{line}\nTrân trọng thông báo./.\n"
)


def test_a_notice_asking_its_visitors_as_a_class_is_public() -> None:
    res = classify_document(
        _NOTICE.format(line="Khách tham quan vui lòng gửi xe đúng nơi quy định.")
    )
    assert res.sensitivity == "public"
    assert res.has_category("public_info")
    # a notice to one visitor named is about him
    one = "Ông Trần Văn Bảy, khách tham quan ngày 20/12, vui lòng liên hệ nhận lại ví bị thất lạc."
    assert classify_document(_NOTICE.format(line=one)).sensitivity != "public"


def test_a_notice_to_the_parents_of_a_class_of_children_is_public() -> None:
    line = "Trạm Y tế xã thông báo đến các bậc phụ huynh lịch tiêm vắc xin sởi cho trẻ dưới 5 tuổi."
    assert classify_document(_NOTICE.format(line=line)).sensitivity == "public"


def test_a_cohort_by_birth_year_makes_no_personal_data() -> None:
    text = (
        "KẾ HOẠCH\nTuyển sinh vào lớp 1 năm học 2026-2027\n\n1. Lớp 1: trẻ sinh năm 2020 cư trú "
        "trên địa bàn phường.\n2. Lớp 6: học sinh đã hoàn thành chương trình tiểu học, sinh năm "
        "2015.\n"
    )
    assert not [f for f in check_prompt(text).findings if f.entity is EntityType.DATE_OF_BIRTH]
    # one child named keeps the year his
    named = text.replace("trẻ sinh năm 2020", "trẻ Lò Văn Pọm sinh năm 2020")
    years = [f for f in check_prompt(named).findings if f.entity is EntityType.DATE_OF_BIRTH]
    assert [named[f.start : f.end] for f in years] == ["2020"]


def test_an_amount_in_thousands_in_a_table_of_firms_is_no_tax_code() -> None:
    text = (
        "STT\tTên đơn vị\tMã đơn vị\tSố tháng chậm đóng\tSố tiền chậm đóng (đồng)\n"
        "1\tCông ty TNHH Minh Phát\tYN0418C\t7\t2.318.904.120\n"
    )
    assert not [f for f in check_prompt(text).findings if f.entity is EntityType.TAX_CODE]


_HEAD = (
    "{issuer}\nSố: 41/TB-TCS2\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Pleiku, ngày 02 tháng 12 năm 2026\n\nTHÔNG BÁO\nVề việc nộp tiền thuế còn nợ\n\n"
    "Kính gửi: Hộ kinh doanh Đoàn Văn Lịch.\n\nHộ kinh doanh còn nợ tiền thuế quý III.\n\n"
    "Nơi nhận:                                   KT. TRƯỞNG THUẾ CƠ SỞ\n"
    "- Như trên;                                 PHÓ TRƯỞNG THUẾ CƠ SỞ\n"
    "- Lưu: VT.\n                                            {signer}\n"
)


def test_a_minority_signer_with_a_clan_name_before_the_apostrophe_part_is_read() -> None:
    for name in ("Ksor H'Blơi", "Rơ Mah H'Nhi", "Siu K'Dương", "Nay H’Liên"):
        res = classify_document(_HEAD.format(issuer="THUẾ CƠ SỞ 2 TỈNH GIA LAI", signer=name))
        signer = res.header.signer
        assert signer is not None, name
        assert signer.text == name
    # a two-word line with no such part and no known surname stays no name
    res = classify_document(_HEAD.format(issuer="THUẾ CƠ SỞ 2 TỈNH GIA LAI", signer="Đã ký"))
    assert res.header.signer is None


def test_a_cultural_body_on_the_top_line_is_the_issuer_without_a_motto() -> None:
    for body in ("BẢO TÀNG LỊCH SỬ TỈNH BÌNH ĐỊNH", "THƯ VIỆN TỈNH ĐẮK NÔNG"):
        text = f"{body}\nTHÔNG BÁO\nVề việc mở cửa phục vụ bạn đọc dịp Tết\n\nMở cửa từ 8 giờ.\n"
        res = classify_document(text)
        assert res.header.issuer is not None
        assert res.header.issuer.text == body
    # a leaflet's title in capitals is no issuer
    leaflet = "TỜ GẤP TUYÊN TRUYỀN\nTHÔNG BÁO\nVề việc mở cửa phục vụ bạn đọc dịp Tết\n"
    assert classify_document(leaflet).header.issuer is None


def test_a_date_inside_a_sentence_of_the_body_is_no_place_and_date_line() -> None:
    body = (
        "THƯ VIỆN TỈNH ĐẮK NÔNG\nTHÔNG BÁO\nVề việc trưng bày sách Tết\n\n"
        "- Trưng bày tại tầng 2; giao lưu với tác giả vào chiều Chủ nhật, ngày 13/12/2026.\n"
        "Mức phạt: cải tạo không giam giữ tính từ ngày nhận quyết định, ngày 05/01/2027.\n"
    )
    assert classify_document(body).header.place_date is None
    # the place line of a header, even pasted in lower case, stays one
    dated = body.replace("THÔNG BÁO\n", "gia nghĩa, ngày 01 tháng 12 năm 2026\nTHÔNG BÁO\n")
    pd = classify_document(dated).header.place_date
    assert pd is not None
    assert pd.text == "gia nghĩa, ngày 01 tháng 12 năm 2026"


def test_the_addressee_line_ends_where_the_body_begins() -> None:
    text = (
        "VIỆN KIỂM SÁT NHÂN DÂN\nKHU VỰC 5 - ĐIỆN BIÊN\nSố: 31/BC-VKSKV5\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Tủa Chùa, ngày 30 tháng 11 năm 2026\n\nBÁO CÁO\nKết quả công tác kiểm sát 11 tháng\n\n"
        "Kính gửi: Viện kiểm sát nhân dân tỉnh Điện Biên.\n\n"
        "1. Khởi tố, điều tra: kiểm sát 42 vụ/57 bị can.\n"
        "2. Kiểm sát giải quyết khiếu nại, tố cáo trong hoạt động tư pháp: tiếp nhận 9 đơn, "
        "đã giải quyết 7 đơn.\n"
    )
    res = classify_document(text)
    assert res.header.recipients is not None
    assert res.header.recipients.text == "Viện kiểm sát nhân dân tỉnh Điện Biên."
    assert res.has_category("complaint_denunciation")
    # a list of addressees, one a line, is read whole
    listed = text.replace(
        "Kính gửi: Viện kiểm sát nhân dân tỉnh Điện Biên.\n",
        "Kính gửi:\n- Viện kiểm sát nhân dân tỉnh Điện Biên;\n- Ủy ban nhân dân huyện.\n",
    )
    rec = classify_document(listed).header.recipients
    assert rec is not None
    assert rec.text.endswith("Ủy ban nhân dân huyện.")


def test_a_business_line_after_a_legal_form_keeps_the_name_the_companys() -> None:
    for firm in (
        "Công ty TNHH Bao bì Kim Long Phát",
        "Công ty Cổ phần Thực phẩm Xuân Hòa Mai",
        "Công ty TNHH Dược phẩm Hoa Thịnh",
        "Công ty Cổ phần Cơ khí chính xác Tân Hưng Thịnh",
    ):
        text = f"1. {firm}, MST 0312457896: doanh thu giảm 12% so với năm trước."
        people = [f for f in check_prompt(text).findings if f.entity is EntityType.PERSON]
        assert people == [], firm
    # the name's own words, then a person: the person stays one
    text = "Công ty TNHH Bao bì Hòa Bình Nguyễn Văn Hùng ký hợp đồng; ông Trần Văn Hải làm chứng."
    people = [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.PERSON
    ]
    assert "Trần Văn Hải" in people
    assert "Nguyễn Văn Hùng" in people


_STATION = (
    "TRUNG TÂM Y TẾ KHU VỰC MƯỜNG TÈ\nTRẠM Y TẾ XÃ BUM NƯA\nSố: 17/BC-TYT\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Bum Nưa, ngày 03 tháng 12 năm 2026\n\nBÁO CÁO\n{subject}\n\n"
    "Kính gửi: Trung tâm Y tế khu vực Mường Tè.\n\n{body}\n\n"
    "Nơi nhận:                                   TRƯỞNG TRẠM\n- Như trên;\n- Lưu: TYT."
    "                                 Lò Văn Thanh\n"
)


def test_a_health_stations_report_on_an_outbreak_in_counts_is_health() -> None:
    text = _STATION.format(
        subject="Vụ ngộ độc thực phẩm tại bữa cỗ ở bản Nậm Hạ",
        body=(
            "Khoảng 20 giờ ngày 01/12/2026, sau bữa cỗ tại bản Nậm Hạ có 14 người đau bụng, nôn; "
            "6 người theo dõi tại Trạm, không có trường hợp nặng. Trạm đã lấy mẫu thức ăn gửi "
            "Trung tâm Kiểm soát bệnh tật tỉnh."
        ),
    )
    res = classify_document(text)
    assert res.has_category("health")
    assert not res.has_category("general_admin")
    # the same station's report on its own office work is ordinary administration
    office = _STATION.format(
        subject="Kết quả sửa chữa trụ sở Trạm năm 2026",
        body="Trạm đã hoàn thành sơn lại tường rào, thay 12 bộ cửa sổ và lát lại sân trước.",
    )
    res = classify_document(office)
    assert res.has_category("general_admin")
    assert not res.has_category("health")


def test_a_tax_offices_plan_on_firms_transfer_pricing_is_finance() -> None:
    text = (
        "THUẾ TỈNH THÁI NGUYÊN\nSố: 512/KH-TTN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nThái Nguyên, ngày 01 tháng 12 năm 2026\n\nKẾ HOẠCH\n"
        "Kiểm tra hồ sơ giao dịch liên kết năm 2027\n\n1. Rà soát dấu hiệu chuyển giá của "
        "doanh nghiệp có vốn đầu tư nước ngoài.\n2. Công ty TNHH Điện tử Sông Công, MST "
        "4601287755: lãi vay bên liên kết vượt mức khống chế 30% EBITDA.\n"
    )
    res = classify_document(text)
    assert res.has_category("finance")
    assert not res.has_category("general_admin")
    # a plan for the tax office's own training names no one's tax affairs
    training = (
        "THUẾ TỈNH THÁI NGUYÊN\nSố: 513/KH-TTN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nThái Nguyên, ngày 01 tháng 12 năm 2026\n\nKẾ HOẠCH\n"
        "Bồi dưỡng kỹ năng soạn thảo văn bản năm 2027\n\n1. Tổ chức 02 lớp bồi dưỡng cho công "
        "chức các phòng.\n"
    )
    res = classify_document(training)
    assert res.has_category("general_admin")
    assert not res.has_category("finance")


def test_a_judgments_end_pasted_without_its_head_is_a_judgment() -> None:
    text = (
        "[3] Bị cáo thành khẩn khai báo, bồi thường cho bị hại nên được giảm nhẹ.\n"
        'Vì các lẽ trên,\nQUYẾT ĐỊNH:\n1. Tuyên bố bị cáo Hầu A Sùng phạm tội "Trộm cắp tài '
        'sản".\nXử phạt bị cáo Hầu A Sùng 09 (chín) tháng tù.\n2. Bị cáo có quyền kháng cáo '
        "bản án trong hạn 15 ngày kể từ ngày tuyên án.\n"
    )
    assert classify_document(text).doc_type == "ban_an"
    # a decision's operative part after its grounds stays a decision
    decision = (
        "Căn cứ Luật Tổ chức chính quyền địa phương;\nXét đề nghị của Trưởng phòng Nội vụ,\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Thành lập Tổ công tác chuyển đổi số của xã.\n"
        "Điều 2. Quyết định có hiệu lực kể từ ngày ký.\n"
    )
    assert classify_document(decision).doc_type == "quyet_dinh"


def test_a_letters_last_page_cut_from_its_header_is_a_letter() -> None:
    page = (
        "b) Bổ sung hồ sơ xả thải trước ngày 15/01/2027.\nSở Nông nghiệp và Môi trường đề nghị "
        "Công ty thực hiện./.\n\nNơi nhận:                                   KT. GIÁM ĐỐC\n"
        "- Như trên;                                 PHÓ GIÁM ĐỐC\n- Lưu: VT, MT.\n"
        "                                            Hà Minh Đức\n"
    )
    assert classify_document(page).doc_type == "cong_van"
    # the same page without its distribution list names no addressee: still no type
    bare = page.split("\n\nNơi nhận")[0] + "\n"
    assert classify_document(bare).doc_type == "other"


def test_a_lists_compiler_under_a_signed_paper_is_not_its_signer() -> None:
    notice = (
        "ỦY BAN NHÂN DÂN\nXÃ TÂN HÒA\nSố: 88/TB-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nTân Hòa, ngày 01 tháng 12 năm 2026\n\nTHÔNG BÁO\n"
        "Về tình hình bệnh tay chân miệng trên địa bàn xã\n\nCác hộ gia đình rửa tay bằng xà "
        "phòng cho trẻ.\n\nNơi nhận:                                   KT. CHỦ TỊCH\n"
        "- Các thôn;                                 PHÓ CHỦ TỊCH\n- Lưu: VT.\n"
        "                                            Mai Thị Hồng Nhung\n\n"
    )
    cases = (
        "TRẠM Y TẾ XÃ TÂN HÒA\nDANH SÁCH CA BỆNH TAY CHÂN MIỆNG\n"
        "1. Đỗ Gia Bảo, nam, 2022, thôn 3: điều trị ngoại trú.\n"
        "Người lập: Y sĩ Kha Thị Lụa\n"
    )
    signer = classify_document(notice + cases).header.signer
    assert signer is not None
    assert signer.text == "Mai Thị Hồng Nhung"
    # a list standing alone is signed by the one who drew it up
    alone = classify_document(cases.replace("Y sĩ ", "")).header.signer
    assert alone is not None
    assert alone.text == "Kha Thị Lụa"
