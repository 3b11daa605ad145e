"""Rules from the blind documents_holdout15.jsonl (late-2026 papers: communes after the reform,
the personal-data law, the state-secrets law, the reorganised enforcement): a text that teaches
the levels quotes stamps it does not carry, an office's contact named with their title, a
provincial enforcement body's "Thủ trưởng". Each rule has a hard negative beside it."""

from __future__ import annotations

from ai_guard import classify_document

_PLAN = (
    "UBND PHƯỜNG HÒA BÌNH\nSố: 12/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nHòa Bình, ngày 02 tháng 11 năm 2026\n\nKẾ HOẠCH\n"
    "Phổ biến Luật Bảo vệ bí mật nhà nước\n\n"
    '1. Ba độ mật {levels}; cách nhận biết dấu "TÀI LIỆU THU HỒI" trên văn bản đến.\n'
    "2. Không chụp văn bản có dấu mật gửi qua mạng xã hội.\n\n"
    "Nơi nhận:                                   CHỦ TỊCH\n- Lưu: VT.\n"
    "                                            Hà Văn Lâm\n"
)


def test_a_plan_teaching_the_levels_quotes_stamps_it_does_not_carry() -> None:
    res = classify_document(_PLAN.format(levels='"Tuyệt mật", "Tối mật", "Mật"'))
    assert res.secrecy == "none"
    assert res.recommended_action == "send"
    # without diacritics and in lower case, the levels are still a list
    res = classify_document(_PLAN.format(levels="tuyet mat, toi mat va mat"))
    assert res.secrecy == "none"


def test_a_stamp_spoken_of_counts_where_no_levels_are_listed() -> None:
    # the same sentences without the list of levels: the prose stamp is not explained away
    res = classify_document(_PLAN.format(levels="theo luật"))
    assert res.secrecy == "mat"
    assert res.recommended_action == "do_not_send"


def test_a_stamp_on_its_own_line_stays_whatever_the_body_teaches() -> None:
    text = _PLAN.format(levels='"Tuyệt mật", "Tối mật", "Mật"').replace(
        "Số: 12/KH-UBND\n", 'Số: 12/KH-UBND\n"MẬT"\n'
    )
    res = classify_document(text)
    assert res.secrecy == "mat"
    assert res.recommended_action == "do_not_send"


_REPORT = (
    "BO TU PHAP\nTHI HANH AN DAN SU TINH GIA LAI\nSo: 118/BC-THADS\n"
    "CONG HOA XA HOI CHU NGHIA VIET NAM\nDoc lap - Tu do - Hanh phuc\n"
    "Gia Lai, ngay 03 thang 11 nam 2026\n\nBAO CAO\nKet qua thi hanh an dan su thang 10\n\n"
    "1. Tong so thu ly 4.210 viec; da thi hanh xong 2.105 viec.\n{line}\n\n"
    "Noi nhan:                                   KT. THU TRUONG\n"
    "- Cuc Quan ly THADS;                        PHO THU TRUONG\n"
    "- Luu: VT.\n"
    "                                            Ro Cham Thuan\n"
)


def test_a_deputy_head_of_a_provincial_enforcement_body_is_no_private_name() -> None:
    res = classify_document(_REPORT.format(line="2. Con thieu 04 Chap hanh vien."))
    assert res.sensitivity == "internal"
    assert res.recommended_action == "send"
    # a debtor named in the report is still a private person
    line = "2. Ong Ksor Blai, tru tai lang Plei Ku, chua thi hanh 300.000.000 dong."
    assert classify_document(_REPORT.format(line=line)).sensitivity != "internal"


_BREACH = (
    "UBND TỈNH ĐẮK LẮK\nSỞ Y TẾ\nSố: 77/BC-SYT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nĐắk Lắk, ngày 09 tháng 11 năm 2026\n\nBÁO CÁO\n"
    "Thông báo vi phạm quy định về bảo vệ dữ liệu cá nhân\n\n"
    "1. Dữ liệu bị ảnh hưởng: 1.204 hồ sơ khám bệnh.\n2. Đầu mối liên hệ: {contact}.\n\n"
    "Nơi nhận:                                   GIÁM ĐỐC\n- Lưu: VT.\n"
    "                                            Trần Quang Vinh\n"
)


def test_a_contact_named_with_their_title_is_the_office_in_role() -> None:
    contact = "ông Lê Hữu Phước, Chánh Văn phòng Sở, điện thoại 0262 3852 917"
    res = classify_document(_BREACH.format(contact=contact))
    assert res.sensitivity == "internal"
    assert res.recommended_action == "send"


def test_a_contact_with_a_relation_or_a_birth_year_stays_private() -> None:
    for contact in (
        "ông Lê Hữu Phước, con trai bệnh nhân, điện thoại 0912 385 291",
        "ông Lê Hữu Phước, Chánh Văn phòng Sở, sinh năm 1975, trú tại thôn 3",
    ):
        assert classify_document(_BREACH.format(contact=contact)).sensitivity == "personal"


_FORM = (
    "TRẠM Y TẾ PHƯỜNG TÂY HỒ\n\n{title}\n\nTôi tên là: Đặng Thị Hiên       Sinh ngày: 04/7/1961\n"
    "Nơi cư trú: tổ 12, phường Tây Hồ, thành phố Hà Nội\n\n{body}\n\n"
    "                                         NGƯỜI {signs}\n"
    "                                         Đặng Thị Hiên\n"
)


def test_a_consent_form_is_no_citizens_letter() -> None:
    for title in ("PHIẾU ĐỒNG Ý CHO PHÉP XỬ LÝ DỮ LIỆU CÁ NHÂN", "VĂN BẢN ĐỒNG Ý XỬ LÝ DỮ LIỆU"):
        text = _FORM.format(
            title=title,
            body="Tôi đồng ý cho Trạm Y tế lưu trữ dữ liệu sức khỏe của tôi.",
            signs="ĐỒNG Ý",
        )
        assert classify_document(text).doc_type == "other"
    # the same opening under a letter's own title is the letter
    letter = _FORM.format(
        title="ĐƠN KIẾN NGHỊ",
        body="Tôi kiến nghị Trạm Y tế sửa lại ngày sinh ghi sai trên sổ tiêm chủng.",
        signs="KIẾN NGHỊ",
    )
    assert classify_document(letter).doc_type == "don_khieu_nai"


_PAGE_TWO = (
    "thửa đất số 12, tờ bản đồ số 4, diện tích thu hồi 310,0 m²; số tiền bồi thường: "
    "120.000.000 đồng.\n"
    "Điều 2. Giao Phòng Kinh tế xã tổ chức chi trả tiền bồi thường.\n"
    "Điều 3. {closing}\n\n"
    "Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN\n"
    "- Như Điều 3;                               CHỦ TỊCH\n- Lưu: VT.\n"
    "                                            Lương Văn Páo\n"
)


def test_a_decisions_page_without_header_is_typed_by_its_closing_article() -> None:
    closing = "Chánh Văn phòng HĐND và UBND xã chịu trách nhiệm thi hành Quyết định này./."
    assert classify_document(_PAGE_TWO.format(closing=closing)).doc_type == "quyet_dinh"
    # a page whose articles close with no decision named is not typed by them
    closing = "Phòng Kinh tế báo cáo kết quả chi trả trước ngày 30/12/2026./."
    assert classify_document(_PAGE_TWO.format(closing=closing)).doc_type != "quyet_dinh"


_SLIP = (
    "UBND XÃ PHÚ LỘC\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG\nSố: 12/{symbol}\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Phú Lộc, ngày 03 tháng 12 năm 2026\n\n{title}\n\n"
    "Kính gửi: Ông Mai Văn Tới\nTrung tâm xin lỗi ông vì hồ sơ trả chậm.\n"
)


def test_a_slip_whose_symbol_spells_its_titles_first_words_is_other() -> None:
    title = "PHIẾU HẸN LẠI NGÀY TRẢ KẾT QUẢ HỒ SƠ ĐẤT ĐAI"
    assert classify_document(_SLIP.format(symbol="PHL-TTPVHCC", title=title)).doc_type == "other"
    # a symbol that spells no part of the title keeps the công văn of Decree 30
    assert classify_document(_SLIP.format(symbol="TTPVHCC", title=title)).doc_type == "cong_van"
    # the one-stop desk's apology slip is a kind of its own, whatever its symbol
    title = "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"
    assert classify_document(_SLIP.format(symbol="TTPVHCC", title=title)).doc_type == "other"


def test_a_signer_whose_name_opens_with_a_jrai_clan_is_read() -> None:
    text = _PAGE_TWO.format(closing="Quyết định này có hiệu lực kể từ ngày ký./.")
    for name in ("Kpă Đoàn", "Rmah Thị Hơn"):
        res = classify_document(text.replace("Lương Văn Páo", name))
        assert res.header.signer is not None
        assert res.header.signer.text == name
    # a word that opens no name is no signer
    res = classify_document(text.replace("Lương Văn Páo", "Đã Ký"))
    assert res.header.signer is None or res.header.signer.text != "Đã Ký"


_DPIA = (
    "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH\nSỞ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nQuy Nhơn, ngày 16 tháng 10 năm 2026\n\n{title}\n"
    "Về hệ thống quản lý hồ sơ sức khỏe điện tử\n\n1. Dữ liệu được xử lý: khoảng 40.000 người.\n"
)


def test_an_impact_assessment_is_other_with_its_about_line_as_subject() -> None:
    res = classify_document(_DPIA.format(title="HỒ SƠ ĐÁNH GIÁ TÁC ĐỘNG XỬ LÝ DỮ LIỆU CÁ NHÂN"))
    assert res.doc_type == "other"
    assert res.header.subject is not None
    assert res.header.subject.text.startswith("Về hệ thống quản lý")
    # a title of no known kind leaves the line unread as a subject
    res = classify_document(_DPIA.format(title="TÀI LIỆU THAM KHẢO NỘI BỘ CỦA SỞ"))
    assert res.header.subject is None


def _categories(text: str) -> set[str]:
    return {c.category.value for c in classify_document(text).categories}


_ENFORCE = (
    "PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 2\nSố: 88/QĐ-PTHADS\nQUYẾT ĐỊNH\nVề việc thi hành án\n\n"
    "Điều 1. Cho thi hành án đối với ông Lã Văn Tuấn, sinh năm 1975.\n"
    "Khoản phải thi hành: trả cho bà Ninh Thị Hằng, trú tại tổ dân phố Tiền Phong, phường Đa Mai "
    "Bắc, tỉnh Bắc Ninh, {what}.\n"
)


def test_an_enforced_debt_with_its_creditors_residence_before_the_sum_is_finance() -> None:
    what = "số tiền mua vật liệu xây dựng còn nợ là 486.000.000 đồng"
    assert {"enforcement_case", "finance"} <= _categories(_ENFORCE.format(what=what))
    # a court fee is what the State collects, no debt between parties
    what = "tiền án phí dân sự sơ thẩm còn phải nộp là 12.000.000 đồng"
    assert "finance" not in _categories(_ENFORCE.format(what=what))


_LETTER = (
    "ĐƠN TỐ CÁO\n\nKính gửi: Thủ trưởng Thi hành án dân sự tỉnh.\nTôi tên là: Huỳnh Thị Mận, "
    "trú tại thôn Phước Lâm.\nTôi tố cáo ông Trương Quốc Vinh, Chấp hành viên, nhiều lần hoãn giao "
    "đất.\n{ask}\n\nNgười tố cáo\nHuỳnh Thị Mận\n"
)


def test_a_discipline_asked_with_a_qualifier_is_a_personnel_measure() -> None:
    ask = "Đề nghị xử lý kỷ luật nghiêm đối với ông Trương Quốc Vinh."
    assert "personnel" in _categories(_LETTER.format(ask=ask))
    # asked to be handled by the law alone, no personnel measure is named
    ask = "Đề nghị làm rõ và xử lý theo quy định của pháp luật."
    assert "personnel" not in _categories(_LETTER.format(ask=ask))


def test_a_council_weighing_a_named_nurses_responsibility_is_a_personnel_measure() -> None:
    text = (
        "BÁO CÁO\nVụ việc lộ dữ liệu người bệnh\n\n1. Điều dưỡng Vương Thị Hải Hà gửi nhầm danh "
        "sách người bệnh vào nhóm Zalo.\n2. Kiến nghị: đề nghị Hội đồng kỷ luật xem xét trách "
        "nhiệm của điều dưỡng Vương Thị Hải Hà.\n"
    )
    assert "personnel" in _categories(text)
    # the same council named with no one after it is a topic in passing
    text = text.replace(" của điều dưỡng Vương Thị Hải Hà.", " của các cá nhân liên quan.")
    assert "personnel" not in _categories(text)


_COMPENSATION = (
    "UBND XÃ KIM ANH\nSố: 301/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc bồi thường, hỗ trợ khi thu hồi đất\n\n"
    "Điều 1. Bồi thường, hỗ trợ cho các hộ:\n{rows}\n"
    "Điều 2. Giao Phòng Kinh tế xã tổ chức chi trả.\n"
)


def test_compensation_paid_to_a_named_household_is_finance_beside_general_admin() -> None:
    rows = (
        "1. Hộ ông Chu Văn Tâm, thôn Trung Khê: thửa đất số 211; tổng số tiền bồi thường, hỗ "
        "trợ: 1.037.290.000 đồng."
    )
    assert _categories(_COMPENSATION.format(rows=rows)) == {"finance", "general_admin"}
    table = (
        "| STT | Họ và tên chủ hộ | Thửa số | Tổng kinh phí bồi thường, hỗ trợ (đồng) |\n"
        "|---|---|---|---|\n| 1 | Khúc Văn Thạnh | 412 | 186.250.000 |"
    )
    assert _categories(_COMPENSATION.format(rows=table)) == {"finance", "general_admin"}
    # a unit price of compensation on a person's line is no one's money
    rows = "1. Hộ ông Chu Văn Tâm phản ánh đơn giá bồi thường 105.000 đồng/m² là thấp."
    assert "finance" not in _categories(_COMPENSATION.format(rows=rows))


_NOTICE = (
    "ỦY BAN NHÂN DÂN\nPHƯỜNG AN KHÁNH\nSố: 15/TB-UBND\nTHÔNG BÁO\n"
    "Về việc xử lý dữ liệu cá nhân khi giải quyết thủ tục hành chính\n\n"
    "1. Mục đích: giải quyết thủ tục hành chính, lưu trữ hồ sơ.\n2. {line}\n"
    "Thông báo này được niêm yết tại trụ sở và đăng trên Cổng thông tin điện tử phường./.\n"
)


def test_complaint_as_an_item_of_a_list_of_rights_is_no_complaint_file() -> None:
    line = (
        "Quyền của chủ thể dữ liệu: được biết, đồng ý hoặc rút lại sự đồng ý, xem, chỉnh sửa, "
        "yêu cầu xóa dữ liệu; khiếu nại, tố cáo, khởi kiện theo quy định."
    )
    assert "complaint_denunciation" not in _categories(_NOTICE.format(line=line))
    # a notice about handling complaints is about them
    line = "Phường tiếp nhận, giải quyết đơn khiếu nại, tố cáo của công dân vào thứ Năm hằng tuần."
    assert "complaint_denunciation" in _categories(_NOTICE.format(line=line))


def test_kinds_of_sensitive_data_listed_after_their_label_are_no_health_file() -> None:
    text = _DPIA.format(title="HỒ SƠ ĐÁNH GIÁ TÁC ĐỘNG XỬ LÝ DỮ LIỆU CÁ NHÂN") + (
        "2. Dữ liệu nhạy cảm: tỷ lệ tổn thương cơ thể, dạng và mức độ khuyết tật, dân tộc.\n"
    )
    assert "health" not in _categories(text)
    # a person named in the list makes them that person's facts
    text = text.replace("dân tộc.", "dân tộc của ông Đinh Văn Lực.")
    assert "health" in _categories(text)
