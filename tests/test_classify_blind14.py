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
