"""Rules from the blind documents_holdout8.jsonl (documents as they reach a chatbot): a notice
that turns to the public in its body, a leaflet's footer, an individual decision's articles, an
office's address and a firm's code, an IPv4 address read as an account, a spreadsheet saved as
CSV, signature blocks whose columns were flattened with single spaces, a register page, a
school health plan. Each rule has a hard negative beside it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import classify_document
from ai_guard.models import EntityType


def _cats(text: str) -> set[str]:
    return {c.category.value for c in classify_document(text).categories}


def _signer(text: str) -> str | None:
    signer = classify_document(text).header.signer
    return None if signer is None else signer.text


_NOTICE = (
    "ỦY BAN NHÂN DÂN\nPHƯỜNG HỒNG GAI\nSố: 311/TB-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n\nHồng Gai, ngày 02 tháng 12 năm 2026\n\n{kind}\n"
    "Lịch thu gom rác thải cồng kềnh tháng 12 năm 2026\n\n{body}\n\nNơi nhận:\n"
    "- Các tổ dân phố;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
    "Vũ Thị Bích Liên\n"
)
_TO_FAMILIES = (
    "Ủy ban nhân dân phường thông báo đến các gia đình trên địa bàn lịch thu gom rác thải "
    "cồng kềnh: ngày 10 và 11/12/2026 tại các điểm tập kết của tổ dân phố."
)


def test_a_notice_that_announces_to_the_families_is_public() -> None:
    res = classify_document(_NOTICE.format(kind="THÔNG BÁO", body=_TO_FAMILIES))
    assert res.sensitivity == "public"
    assert "public_info" in {c.category.value for c in res.categories}
    # the same sentence in a report is what the ward did, not a notice to the public
    report = classify_document(_NOTICE.format(kind="BÁO CÁO", body=_TO_FAMILIES))
    assert report.sensitivity == "internal"
    # a notice to one named citizen is his
    one = _TO_FAMILIES.replace("các gia đình trên địa bàn", "công dân Nguyễn Văn Bình")
    assert classify_document(_NOTICE.format(kind="THÔNG BÁO", body=one)).sensitivity != "public"


def test_a_notice_inviting_whoever_needs_it_is_public() -> None:
    body = (
        "Giá khởi điểm: 1.380.000.000 đồng/lô; tiền đặt trước bằng 20% giá khởi điểm.\n"
        "Tổ chức, cá nhân có nhu cầu liên hệ Trung tâm Dịch vụ đấu giá tài sản tỉnh để được "
        "hướng dẫn./."
    )
    assert classify_document(_NOTICE.format(kind="THÔNG BÁO", body=body)).sensitivity == "public"
    # the words inside a sentence about a firm's request are no invitation to the public
    quoted = "Công ty đề nghị được gặp các tổ chức có nhu cầu thuê kho bãi của phường."
    assert classify_document(_NOTICE.format(kind="THÔNG BÁO", body=quoted)).sensitivity == (
        "internal"
    )


_LEAFLET = (
    "BẢO HIỂM XÃ HỘI TỈNH BẮC NINH\n\nHƯỚNG DẪN\nNộp hồ sơ hưởng trợ cấp thất nghiệp trực tuyến\n\n"
    "1. Truy cập Cổng Dịch vụ công quốc gia, đăng nhập bằng tài khoản VNeID mức độ 2.\n"
    "2. Chọn thủ tục, kê khai thông tin theo mẫu và tải lên quyết định thôi việc.\n"
    "3. Tra cứu kết quả trên ứng dụng VssID.\n\n{footer}\n"
)


def test_a_leaflets_footer_says_it_is_for_everyone() -> None:
    footer = "Trang 1/1 - Tài liệu tuyên truyền phát miễn phí"
    res = classify_document(_LEAFLET.format(footer=footer))
    assert res.sensitivity == "public"
    assert {c.category.value for c in res.categories} == {"public_info"}
    # a sentence that mentions such material is no footer of the paper itself
    said = "Đơn vị đã in 500 bản tài liệu tuyên truyền để phát tại bộ phận một cửa."
    assert classify_document(_LEAFLET.format(footer=said)).sensitivity == "internal"


_DECISION = (
    "ỦY BAN NHÂN DÂN\nPHƯỜNG LONG XUYÊN\nSố: {number}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n\nLong Xuyên, ngày 10 tháng 11 năm 2026\n\nQUYẾT ĐỊNH\n"
    "Về việc phê duyệt kết quả lựa chọn nhà thầu gói thầu số 03\n\n"
    "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG LONG XUYÊN\n\nQUYẾT ĐỊNH:\n"
    "Điều 1. Phê duyệt kết quả lựa chọn nhà thầu gói thầu số 03 như sau:\n"
    "- Nhà thầu trúng thầu: {bidder}\n- Giá trúng thầu: 7.846.215.000 đồng.\n"
    "Điều 2. Giao Ban Quản lý dự án đăng tải kết quả trên Hệ thống mạng đấu thầu quốc gia.\n"
    "Điều 3. Chánh Văn phòng và Giám đốc Ban Quản lý dự án chịu trách nhiệm thi hành Quyết định "
    "này./.\n\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nCHỦ TỊCH\nTrương Công Bửu\n"
)
_FIRM = "Công ty TNHH Xây dựng Thuận Phát An Giang, mã số doanh nghiệp 1602118437."


def test_an_individual_decisions_articles_do_not_publish_it() -> None:
    res = classify_document(_DECISION.format(number="642/QĐ-UBND", bidder=_FIRM))
    assert res.sensitivity == "internal"
    assert res.recommended_action == "send"
    # a normative decision, the year in its number, binds everyone: public
    normative = classify_document(_DECISION.format(number="12/2026/QĐ-UBND", bidder=_FIRM))
    assert normative.sensitivity == "public"


def test_a_firms_enterprise_code_is_no_persons_data() -> None:
    res = classify_document(_DECISION.format(number="642/QĐ-UBND", bidder=_FIRM))
    assert any(f.entity is EntityType.TAX_CODE for f in res.findings)
    assert res.personal_data.evidence == []
    # a household business's tax code, named after its owner, is that person's
    owner = "hộ kinh doanh ông Lê Văn Tư, mã số thuế 8012345677."
    personal = classify_document(_DECISION.format(number="642/QĐ-UBND", bidder=owner))
    assert personal.recommended_action != "send"


_INCIDENT = (
    "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH LAI CHÂU\nTRUNG TÂM CHUYỂN ĐỔI SỐ\nSố: 73/BC-TTCĐS\n\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Lai Châu, ngày 22 tháng 11 năm 2026\n\nBÁO CÁO\nSự cố mất an toàn thông tin\n\n"
    "Biện pháp đã thực hiện: cô lập máy chủ ứng dụng, đổi mật khẩu các tài khoản quản trị, "
    "chặn địa chỉ {address} tại tường lửa, "
    "khôi phục dịch vụ lúc 01 giờ 49 ngày 22/11/2026.\n\nNơi nhận:\n- Giám đốc Sở;\n"
    "- Lưu: VT.\n\nGIÁM ĐỐC\nLò Văn Thưởng\n"
)


def test_an_ip_address_read_as_an_account_is_no_finance() -> None:
    res = classify_document(_INCIDENT.format(address="45.137.21.9"))
    # (the account detector read the IP after "tài khoản quản trị" as an account: it no
    # longer does, i14-ids13; the classification holds either way)
    assert not any(f.entity is EntityType.BANK_ACCOUNT for f in res.findings)
    assert "finance" not in {c.category.value for c in res.categories}
    assert res.sensitivity == "internal"
    # an account at a bank, in the same sentence, is
    account = "45.137.21.9; hoàn trả tiền cho ông Lê Văn Tư vào tài khoản số 5101 2058 3746"
    assert "finance" in _cats(_INCIDENT.format(address=account))


_CSV = (
    "TRƯỜNG TIỂU HỌC CHIỀNG SINH,,,,,,\n"
    "DANH SÁCH HỌC SINH ĐƯỢC MIỄN HỌC PHÍ HỌC KỲ I NĂM HỌC 2026-2027,,,,,,\n"
    "STT,Họ và tên học sinh,Lớp,Ngày sinh,{column},Họ tên cha/mẹ,Mã hộ nghèo\n"
    "1,Lò Văn Khoan,3A,14/02/2018,Thái,Lò Văn Nhọt,HN-0412\n"
    "2,Quàng Thị Duyên,3A,09/10/2018,Thái,Quàng Văn Thuận,HN-0415\n"
    ",,,,,,\n"
    '"Chiềng Sinh, ngày 12 tháng 9 năm 2026",,,,,,\n'
    "NGƯỜI LẬP BIỂU,,,,HIỆU TRƯỞNG,,\n"
    "Vì Thị Thoa,,,,Lường Văn Quyết,,\n"
)


def test_a_csv_lists_ethnicity_column_is_sensitive() -> None:
    res = classify_document(_CSV.format(column="Dân tộc"))
    assert res.sensitivity == "sensitive_personal"
    assert res.recommended_action == "redact_then_send"
    # the same list with a class column is personal only
    assert classify_document(_CSV.format(column="Ghi chú")).sensitivity == "personal"
    # prose that names ethnicity among rights is no field of anyone's
    prose = _NOTICE.format(
        kind="THÔNG BÁO",
        body="Mọi công dân được tiếp cận dịch vụ, không phân biệt dân tộc,tôn giáo,giới tính.",
    )
    assert "ethnicity" not in classify_document(prose).personal_data.sensitive_kinds


def test_a_csv_signature_row_signs_under_its_title() -> None:
    assert _signer(_CSV.format(column="Ghi chú")) == "Lường Văn Quyết"


_MINUTES = (
    "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH KHÁNH HÒA\nPHÒNG CHUYỂN ĐỔI SỐ\nSố: 14/BB-CĐS\n\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Khánh Hòa, ngày 26 tháng 11 năm 2026\n\nBIÊN BẢN HỌP\nTriển khai thí điểm trợ lý ảo\n\n"
    "Chủ trì: đồng chí Lê Đức Minh, Phó Giám đốc Sở.\n"
    "Nội dung: thống nhất thí điểm từ 01/12/2026 đến 28/02/2027.\n\n{block}\n"
)


def test_a_title_glued_after_the_secretarys_name_signs_the_next_line() -> None:
    block = "THƯ KÝ CHỦ TRÌ\nNguyễn Thị Diệu Linh PHÓ GIÁM ĐỐC\nLê Đức Minh"
    res = classify_document(_MINUTES.format(block=block))
    assert res.header.signer is not None
    assert res.header.signer.text == "Lê Đức Minh"
    # the secretary signs in her role: the minutes stay internal
    assert res.personal_data.private_names == 0
    assert res.recommended_action == "send"
    # one column, one title over one name: the whole name, not cut at "Phương" (a surname)
    one = "THẨM PHÁN - CHỦ TỌA PHIÊN TÒA\nKiều Thị Phương Thảo"
    assert _signer(_MINUTES.format(block=one)) == "Kiều Thị Phương Thảo"


def test_a_contracts_party_b_beside_party_a_is_not_its_signer() -> None:
    block = "ĐẠI DIỆN BÊN B ĐẠI DIỆN BÊN A\nThân Văn Lực GIÁM ĐỐC\nHồ Sỹ Tịnh"
    res = classify_document(_MINUTES.format(block=block))
    assert res.header.signer is not None
    assert res.header.signer.text == "Hồ Sỹ Tịnh"
    # Bên B is a private party: his name stays his
    assert res.personal_data.private_names >= 1


def test_the_judge_signs_beside_the_summoned_defendant() -> None:
    block = (
        "NGƯỜI NHẬN GIẤY TRIỆU TẬP THẨM PHÁN - CHỦ TỌA PHIÊN TÒA\n(Ký, ghi rõ họ tên)\n"
        "Đặng Quốc Vượng Nguyễn Thị Ánh Tuyết"
    )
    res = classify_document(_MINUTES.format(block=block))
    assert res.header.signer is not None
    assert res.header.signer.text == "Nguyễn Thị Ánh Tuyết"
    # the defendant under a label this reading does not know is judged as a private person
    assert res.personal_data.private_names >= 1


def test_three_columns_sign_with_the_chair_on_the_right() -> None:
    block = (
        "CÁC BÊN TRANH CHẤP THƯ KÝ CHỦ TỊCH HỘI ĐỒNG\n"
        "Bùi Văn Chiểu Nhữ Thị Hằng PHÓ CHỦ TỊCH UBND XÃ\nHoàng Thị Nguyệt Khúc Văn Định"
    )
    res = classify_document(_MINUTES.format(block=block))
    assert res.header.signer is not None
    assert res.header.signer.text == "Khúc Văn Định"
    assert res.personal_data.private_names >= 2


_GIVEN = ["Minh", "Lan", "Hùng", "Thảo", "Tuấn", "Hà", "Dũng", "Yến", "Quang Huy", "Thu Trang"]
_SURNAME = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
_MIDDLE = ["Văn", "Thị", "Đức", "Ngọc", "Minh"]
_NAMES = st.builds(
    lambda s, m, g: f"{s} {m} {g}",
    st.sampled_from(_SURNAME),
    st.sampled_from(_MIDDLE),
    st.sampled_from(_GIVEN),
)


@settings(max_examples=40, deadline=None)
@given(_NAMES, _NAMES, st.sampled_from(["PHÓ GIÁM ĐỐC", "GIÁM ĐỐC", "PHÓ CHỦ TỊCH"]))
def test_a_glued_title_always_leaves_the_signer_under_it(left: str, right: str, title: str) -> None:
    block = f"THƯ KÝ CHỦ TRÌ\n{left} {title}\n{right}"
    assert _signer(_MINUTES.format(block=block)) == right


_REGISTER = (
    "SỔ ĐĂNG KÝ VĂN BẢN MẬT ĐI - VĂN PHÒNG ĐẢNG ỦY PHƯỜNG THÀNH VINH (trang 14)\n"
    "Số TT\tNgày tháng\tSố, ký hiệu\tTrích yếu\tĐộ mật\tNơi nhận\n"
    "62\t05/11/2026\t115-BC/ĐU\tBáo cáo kết quả rà soát quy hoạch cán bộ 2026-2031\tB\t"
    "Ban Tổ chức Tỉnh ủy\n"
    "63\t10/11/2026\t118-CV/ĐU\tV/v xác minh đơn thư liên quan đảng viên\tC\t"
    "Ủy ban Kiểm tra Tỉnh ủy\n"
)


def test_a_register_page_has_no_header_of_its_own() -> None:
    res = classify_document(_REGISTER)
    assert res.doc_type == "other"
    assert res.header.issuer is None
    assert res.header.subject is None
    assert {c.category.value for c in res.categories} >= {"personnel", "complaint_denunciation"}
    assert res.recommended_action == "do_not_send"
    # a letter's own "V/v" line beside its date is its subject
    letter = (
        "ĐẢNG ỦY PHƯỜNG THÀNH VINH\nSố 118-CV/ĐU\nV/v xác minh đơn thư\tThành Vinh, ngày 10 "
        "tháng 11 năm 2026\n\nKính gửi: Ủy ban Kiểm tra Tỉnh ủy\n\nĐảng ủy báo cáo ...\n"
    )
    assert classify_document(letter).header.subject is not None


_PLAN = (
    "TRƯỜNG THCS NGUYỄN TRÃI\nSố: 35/KH-THCSNT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n\nTrà Ôn, ngày 15 tháng 9 năm 2026\n\nKẾ HOẠCH\n{subject}\n\n"
    "1. Mục đích: {aim}\n2. Nội dung: phối hợp các tổ chuyên môn thực hiện trong năm học.\n\n"
    "Nơi nhận:\n- Các tổ chuyên môn;\n- Lưu: VT.\n\nHIỆU TRƯỞNG\nHuỳnh Thị Cẩm Nhung\n"
)


def test_a_school_health_plan_is_about_health() -> None:
    plan = _PLAN.format(
        subject="Công tác y tế trường học năm học 2026 - 2027",
        aim="khám sức khỏe định kỳ cho học sinh; phòng chống bệnh tay chân miệng.",
    )
    res = classify_document(plan)
    assert {c.category.value for c in res.categories} == {"health"}
    assert res.recommended_action == "send"
    # a plan for the library names no health topic
    library = _PLAN.format(
        subject="Công tác thư viện trường học năm học 2026 - 2027",
        aim="bổ sung sách giáo khoa và tổ chức ngày hội đọc sách cho học sinh.",
    )
    assert _cats(library) == {"general_admin"}
