"""Rules from the blind documents_holdout4.jsonl: a circulation mark named in a sentence, the
levels listed in prose near an official, the issuer line and a given name's repeats, a pupil's
CV, a payee account, individual acts and directives, guidance addressed to citizens, a named
person's disease, a measure taken against a named person, a debt repaid, and the header shapes
(a blank number, a team and its head, a degree before the signer, an OCR'd month, a contract
titled under the date, a lower-case header). Each rule has a hard negative."""

from __future__ import annotations

from ai_guard import classify_document
from ai_guard.public_role import private_context
from ai_guard.text import Document


def _cats(text: str) -> set[str]:
    return {c.category.value for c in classify_document(text).categories}


_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 07/CT-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nLai Châu, ngày 11 tháng 3 năm 2026\n\nCHỈ THỊ\n"
    "Về bảo vệ bí mật nhà nước khi sử dụng trí tuệ nhân tạo\n\n"
)
_SIGN = "\nNơi nhận:\n- Các sở, ban, ngành;\n- Lưu: VT.\nCHỦ TỊCH\nPhí Văn Trọng\n"


def test_a_circulation_mark_named_in_a_sentence_is_no_mark() -> None:
    prose = (
        _HEAD + "1. Không đưa văn bản có dấu chỉ độ mật, tài liệu lưu hành nội bộ lên các "
        "ứng dụng chatbot trí tuệ nhân tạo.\n" + _SIGN
    )
    res = classify_document(prose)
    assert res.recommended_action == "send"
    assert res.sensitivity.value == "internal"
    assert not res.internal_marks
    # the same words as the document's own mark: a footer line, a stamp, or said of itself
    footer = prose + "Tài liệu lưu hành nội bộ - Không phổ biến ra ngoài cơ quan\n"
    assert classify_document(footer).recommended_action == "do_not_send"
    stamp = "LƯU HÀNH NỘI BỘ\n" + prose
    assert classify_document(stamp).recommended_action == "do_not_send"
    itself = prose + "Văn bản này lưu hành nội bộ.\n"
    assert classify_document(itself).recommended_action == "do_not_send"


PRESS = (
    "Tây Ninh: Hội nghị tập huấn bảo vệ bí mật nhà nước\n\n"
    "(Báo Tây Ninh điện tử) - Ngày 14/5/2026, Công an tỉnh tổ chức hội nghị tập huấn cho cán "
    "bộ, công chức các sở, ngành.\n"
    "Phát biểu khai mạc, Đại tá Trương Hoàng Sơn, Phó Giám đốc Công an tỉnh, cho biết bí mật "
    "nhà nước được phân loại theo ba độ: Tuyệt mật, Tối mật và Mật.\nMinh Khôi\n"
)


def test_levels_listed_in_prose_leave_an_official_in_role() -> None:
    res = classify_document(PRESS)
    assert res.sensitivity.value == "public"
    assert res.recommended_action == "send"
    doc = Document(PRESS)
    start = doc.text.index("Trương Hoàng Sơn")
    assert private_context(doc, start, start + len("Trương Hoàng Sơn")) is None
    # a single level near the name is a handling mark: the recipient of a secret document
    marked = "Tài liệu TỐI MẬT gửi đồng chí Trương Hoàng Sơn, Phó Giám đốc Công an tỉnh.\n"
    doc = Document(marked)
    start = doc.text.index("Trương Hoàng Sơn")
    assert private_context(doc, start, start + len("Trương Hoàng Sơn")) == "toi mat"


GUIDANCE = (
    "CÔNG AN TỈNH LẠNG SƠN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "PHÒNG CẢNH SÁT QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI\tĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 215/HD-PC06\tLạng Sơn, ngày 28 tháng 02 năm 2026\nHƯỚNG DẪN\n"
    "Bảo vệ tài khoản định danh điện tử của công dân\n"
    "Các đối tượng giả danh cán bộ Công an gọi điện yêu cầu cung cấp mật khẩu, mã OTP. "
    "Phòng PC06 hướng dẫn người dân:\n"
    "1. Không cung cấp mật khẩu, mã OTP cho bất kỳ ai, kể cả người xưng là cán bộ Công an; "
    "Công an không làm việc qua điện thoại.\n"
    "2. Khi bị chiếm đoạt tài khoản, báo ngay cho Công an xã, phường.\n"
    "\tTRƯỞNG PHÒNG\n\t(Đã ký)\n\tThượng tá Chu Văn Lâm\n"
)


def test_guidance_addressed_to_citizens_is_public_and_names_no_one() -> None:
    res = classify_document(GUIDANCE)
    # "LÝ HÀNH CHÍNH" in the issuer's line and "Công" repeated are no private person's name
    assert not res.personal_data.identifiable
    assert res.sensitivity.value == "public"
    assert _cats(GUIDANCE) == {"public_info"}
    assert res.recommended_action == "send"
    # a task to guide citizens in an agency's plan opens no advice to them: no public evidence
    task = GUIDANCE.replace("hướng dẫn người dân:\n", "tổ chức hướng dẫn người dân.\n")
    assert classify_document(task).sensitivity.value == "internal"
    # a citizen's full name still makes it personal
    named = GUIDANCE.replace("2. Khi bị", "2. Bà Nông Thị Hoa, trú tại thôn Nà Lầu, khi bị")
    assert classify_document(named).personal_data.identifiable


def test_a_pupils_cv_is_sensitive_personal_data_but_no_personnel_file() -> None:
    cv = (
        "SƠ YẾU LÝ LỊCH HỌC SINH, SINH VIÊN\n(Dùng cho học sinh nhập học năm 2025)\n\n"
        "Họ và tên: THẠCH THỊ SÔ PHIA        Giới tính: Nữ\nNgày sinh: 11/6/2007\n"
        "Dân tộc: Khmer        Tôn giáo: Phật giáo\nSố định danh cá nhân: 084307001583\n"
        "Họ tên cha: Thạch Sang, năm sinh: 1979, nghề nghiệp: làm ruộng\n"
        "Cầu Ngang, ngày 18 tháng 7 năm 2025\nNgười khai\nThạch Thị Sô Phia\n"
    )
    res = classify_document(cv)
    assert _cats(cv) == set()
    assert res.sensitivity.value == "sensitive_personal"
    assert res.recommended_action == "redact_then_send"
    cadre = cv.replace("HỌC SINH, SINH VIÊN", "CÁN BỘ, CÔNG CHỨC").replace(
        "(Dùng cho học sinh nhập học năm 2025)", "Mẫu 2C-BNV/2008"
    )
    assert "personnel" in _cats(cadre)
    assert classify_document(cadre).recommended_action == "do_not_send"


LEASE = (
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Cần Thơ, ngày 05 tháng 01 năm 2026\n\nHỢP ĐỒNG THUÊ NHÀ\nSố: 02/2026/HĐTN\n\n"
    "BÊN CHO THUÊ (Bên A): Bà Lý Thị Mộng Cầm, sinh năm 1982, CCCD số 092182004617; "
    "điện thoại 0939 284 617.\n"
    "Tài khoản nhận tiền: số 7401205318642 tại Agribank Chi nhánh Cần Thơ.\n"
    "BÊN THUÊ (Bên B): Ủy ban nhân dân phường Bình Thủy, đại diện ông Mạc Văn Triều - Chủ tịch.\n"
    "Điều 1. Giá thuê 12.000.000 đồng/tháng, thanh toán bằng chuyển khoản.\n"
    "ĐẠI DIỆN BÊN A              ĐẠI DIỆN BÊN B\n                             CHỦ TỊCH\n"
    "Lý Thị Mộng Cầm              Mạc Văn Triều\n"
)


def test_a_payee_account_is_finance_but_no_sensitive_data() -> None:
    res = classify_document(LEASE)
    assert res.doc_type.value == "hop_dong"  # titled under the motto's date, numbered below
    assert res.header.issuer is None
    assert _cats(LEASE) == {"finance"}
    assert res.sensitivity.value == "personal"
    assert res.recommended_action == "redact_then_send"
    # its balance or a statement makes it bank-held financial data
    balance = LEASE.replace(
        "tại Agribank Chi nhánh Cần Thơ.", "tại Agribank, số dư 86.400.000 đồng."
    )
    assert classify_document(balance).sensitivity.value == "sensitive_personal"
    # an agency's account at the State Treasury is no one's money at a bank
    treasury = LEASE.replace("Agribank Chi nhánh Cần Thơ", "Kho bạc Nhà nước khu vực V")
    assert "finance" not in _cats(treasury)


RECOVERY = (
    "ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC HÒA\nSố: 2735/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nĐức Hòa, ngày 26 tháng 8 năm 2022\n\nQUYẾT ĐỊNH\n"
    "Về việc thu hồi đất để thực hiện dự án mở rộng Đường tỉnh 822\n\nQUYẾT ĐỊNH:\n"
    "Điều 1. Thu hồi 486,3 m² đất của hộ ông Võ Tấn Lực (CCCD số 080075003916).\n"
    "Điều 2. UBND xã giao quyết định này cho hộ ông Võ Tấn Lực và niêm yết công khai tại "
    "trụ sở UBND xã.\nĐiều 3. Chủ tịch UBND xã chịu trách nhiệm thi hành Quyết định này.\n"
    "\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Hoàng Thắng\n"
)


def test_an_individual_act_is_not_public_information() -> None:
    assert _cats(RECOVERY) == {"general_admin"}
    # a normative act (the year in its number) is addressed to everyone
    normative = RECOVERY.replace("2735/QĐ-UBND", "25/2022/QĐ-UBND")
    assert "public_info" in _cats(normative)


def test_a_directives_tasks_do_not_publish_it() -> None:
    directive = (
        _HEAD
        + "1. Văn phòng công khai lịch tiếp công dân trên Cổng thông tin điện tử huyện.\n"
        + _SIGN
    )
    assert classify_document(directive).sensitivity.value == "internal"
    # sent to the portal, the directive itself is published
    published = directive.replace("- Lưu: VT.", "- Cổng thông tin điện tử tỉnh;\n- Lưu: VT.")
    assert classify_document(published).sensitivity.value == "public"


PLANNING = (
    "ĐẢNG ỦY XÃ SƠN HÀ\nSố 07-NQ/ĐU\nSơn Hà, ngày 14 tháng 01 năm 2026\nNGHỊ QUYẾT\n"
    "về việc phê duyệt danh sách quy hoạch cán bộ lãnh đạo, quản lý xã\n"
    "1. Phê duyệt quy hoạch chức danh Phó Chủ tịch UBND xã đối với đồng chí Đinh Thị Bía, "
    "sinh năm 1990.\n"
    "2. Đồng chí Hồ Văn Tẻo không tiếp tục quy hoạch do hạn chế về sức khỏe (đang điều trị "
    "bệnh lao phổi).\nT/M ĐẢNG ỦY\nBÍ THƯ\nĐinh Công Thạch\n"
)


def test_a_named_persons_disease_is_their_health_data() -> None:
    assert _cats(PLANNING) == {"personnel", "health"}
    # a disease in a sentence that names no one stays a passing mention
    nameless = PLANNING.replace(
        "2. Đồng chí Hồ Văn Tẻo không tiếp tục quy hoạch", "2. Cán bộ không được quy hoạch"
    )
    assert "health" not in _cats(nameless)
    # a folded collision ("dân tộc Giáy, chuyên viên" reads "giấy chuyển viện") is no paper
    giay = PLANNING.replace("sinh năm 1990.", "sinh năm 1990, dân tộc Giáy, chuyên viên.")
    giay = giay.replace(" (đang điều trị bệnh lao phổi)", "")
    assert "health" not in _cats(giay)


REPORT = (
    "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nTỔ XÁC MINH\nSố: 03/BC-TXM\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Phú Thọ, ngày 27 tháng 02 năm 2026\n\nBÁO CÁO\nKết quả xác minh nội dung tố cáo\n\n"
    "1. Người tố cáo đề nghị giữ bí mật họ tên. Nội dung tố cáo: chỉ đạo giải quyết hồ sơ "
    "đất đai không đúng trình tự.\n"
    "2. Kiến nghị Giám đốc Sở xem xét xử lý kỷ luật ông Triệu Quang Vinh, Trưởng phòng Đất đai.\n"
    "\nNơi nhận:\n- Giám đốc Sở;\n- Lưu: hồ sơ tố cáo.\nTỔ TRƯỞNG\nBạch Thị Quỳnh Nga\n"
)


def test_a_measure_against_a_named_person_is_their_file() -> None:
    assert "personnel" in _cats(REPORT)
    # the same words without anyone after them are a topic named once
    nameless = REPORT.replace("xử lý kỷ luật ông Triệu Quang Vinh, Trưởng phòng Đất đai", "xử lý")
    assert "personnel" not in _cats(nameless)


def test_a_team_and_its_head_sign_their_report() -> None:
    h = classify_document(REPORT).header
    assert h.issuer is not None
    assert h.issuer.text == "TỔ XÁC MINH"
    assert h.signer is not None
    assert h.signer.text == "Bạch Thị Quỳnh Nga"
    # a body's name wrapped over two lines stays whole
    wrapped = REPORT.replace("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nTỔ XÁC MINH", "SỞ GIÁO DỤC\nVÀ ĐÀO TẠO")
    issuer = classify_document(wrapped).header.issuer
    assert issuer is not None
    assert " ".join(issuer.text.split()) == "SỞ GIÁO DỤC VÀ ĐÀO TẠO"


def test_a_debt_repaid_with_its_sum_is_finance() -> None:
    text = (
        "Là người phải thi hành án theo Bản án số 19/2013/DS-PT (trả nợ cho bà Võ Thị Kiều "
        "410.000.000 đồng), tôi khiếu nại quyết định cưỡng chế kê biên căn nhà.\n"
    )
    assert "finance" in _cats(text)
    # repaying as a topic, with no one's sum, is not
    topic = "Chi cục tuyên truyền để người phải thi hành án tự nguyện trả nợ.\n"
    assert "finance" not in _cats(topic)


def test_a_blank_number_gives_no_number_but_keeps_its_symbol() -> None:
    form = (
        "PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 2\nSố: ........../BB-THADS\n\n"
        "BIÊN BẢN XÁC MINH ĐIỀU KIỆN THI HÀNH ÁN\n"
    )
    h = classify_document(form).header
    assert h.number_symbol is None
    assert h.symbol == "BB-THADS"
    numbered = form.replace("..........", "118")
    h = classify_document(numbered).header
    assert h.number_symbol is not None
    assert h.number_symbol.text == "118/BB-THADS"


def test_a_signer_after_a_degree_and_an_ocr_month() -> None:
    paper = (
        "BỆNH VIỆN ĐA KHOA KHU VỰC THỦ ĐỨC\nGIẤY RA VIỆN\nHọ tên người bệnh: LÊ THỊ BẢO TRÂM\n"
        "Chẩn đoán: Viêm ruột thừa cấp\nNgày 02 tháng 12 năm 2026\nGIÁM ĐỐC BỆNH VIỆN\n"
        "(đã ký, đóng dấu)\nBS.CKII Phùng Văn Hiếu\n"
    )
    signer = classify_document(paper).header.signer
    assert signer is not None
    assert signer.text == "Phùng Văn Hiếu"
    # a title written where a name should stand is no name
    unsigned = paper.replace("BS.CKII Phùng Văn Hiếu", "BS.CKII TRƯỞNG KHOA NGOẠI")
    assert classify_document(unsigned).header.signer is None
    letter = (
        "Kính gửi: UBND xã Yên Dũng\nTôi là Thân Thị Thu Hường.\n"
        "Yên Dũng, ngày l2 tháng Ol năm 2026\nNgười làm đơn\nThân Thị Thu Hường\n"
    )
    res = classify_document(letter)
    assert res.header.place_date is not None
    assert res.header.place_date.text == "Yên Dũng, ngày l2 tháng Ol năm 2026"
    assert str(res.header.date) == "2026-01-12"
    # a word that is no month ("Ol" of "Olympic") leaves the line undated
    assert classify_document(letter.replace("tháng Ol", "tháng Olympic")).header.date is None


def test_a_lower_case_header_names_the_lower_body() -> None:
    text = (
        "cục thi hành án dân sự tỉnh thái bình\nchi cục thi hành án dân sự huyện kiến xương\n"
        "Số: 96/QĐ-CCTHADS\nKiến Xương, ngày 14 tháng 6 năm 2019\n\nQUYẾT ĐỊNH\n"
        "Về việc cưỡng chế kê biên quyền sử dụng đất\n"
    )
    issuer = classify_document(text).header.issuer
    assert issuer is not None
    assert issuer.text == "chi cục thi hành án dân sự huyện kiến xương"
    # one lower-case body over its address line: the body
    one = text.replace("chi cục thi hành án dân sự huyện kiến xương", "số 5 đường Lý Bôn")
    issuer = classify_document(one).header.issuer
    assert issuer is not None
    assert issuer.text == "cục thi hành án dân sự tỉnh thái bình"
