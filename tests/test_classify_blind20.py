"""Rules from the blind documents_holdout20.jsonl (the three files letter 1690/TCTHADS-NV3
protects, enforcement, complaints and personnel, beside their look-alikes; half as they
arrive): the money an enforcement paper enforces or values (a list's next item, a register's
cell, a seized asset's worth), the posts in a CV, the procuracy that supervises enforcement,
fraudsters posing as officers, a public employee's work contract, petitions that ground an
official's accountability, support paid into a list of accounts, surgery in a reception log,
a bank asked about a debt between persons, a Party paper's kind in its symbol and a stamp read
down the margin. Each rule has hard negatives beside it."""

from __future__ import annotations

import pytest

from ai_guard import classify_document
from ai_guard.classify.models import Category


def _cats(text: str) -> set[Category]:
    return {c.category for c in classify_document(text).categories}


_DECISION = (
    "THI HÀNH ÁN DÂN SỰ THÀNH PHỐ CẦN THƠ\nPHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 4 - CẦN THƠ\n"
    "Số: 517/QĐ-PTHADS\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Sóc Trăng, ngày 16 tháng 11 năm 2026\n\nQUYẾT ĐỊNH\nVề việc thi hành án chủ động\n\n"
    "Điều 1. Cho thi hành án đối với: bà Triệu Thị Nguyệt Quế, sinh năm 1979, trú tại ấp Hòa "
    "Lợi, xã Thạnh Thới An, thành phố Cần Thơ.\nCác khoản phải thi hành: {items}\n"
    "Điều 2. Chấp hành viên Trịnh Minh Khuê tổ chức thi hành quyết định này./.\n\n"
    "Nơi nhận:                                TRƯỞNG PHÒNG\n- Như Điều 1, 2;\n"
    "- Lưu: VT, HSTHA.                        Đoàn Tấn Lượm\n"
)


@pytest.mark.parametrize(
    "items",
    [
        "nộp án phí dân sự sơ thẩm 21.450.000 đồng; trả cho ông Lâm Hữu Đạt số tiền vay "
        "429.000.000 đồng và lãi chậm trả.",
        "nộp án phí 2.100.000 đồng; hoàn trả cho bà Lý Thị Mến 86.000.000 đồng tiền đặt cọc.",
        "nộp án phí 1.500.000 đồng; thanh toán cho Công ty TNHH Hoàng Phát 312.000.000 đồng.",
    ],
)
def test_a_debt_after_the_fee_in_the_list_of_sums_is_finance(items: str) -> None:
    assert Category.FINANCE in _cats(_DECISION.format(items=items))


@pytest.mark.parametrize(
    "items",
    [
        # what the State collects or a family owes is no debt between parties
        "nộp án phí dân sự sơ thẩm 21.450.000 đồng; nộp tiền phạt 5.000.000 đồng.",
        "nộp án phí 300.000 đồng; cấp dưỡng nuôi con cho anh Lâm Hữu Đạt 3.000.000 đồng/tháng.",
        "nộp án phí 300.000 đồng; trả cho ông Lâm Hữu Đạt tiền cấp dưỡng 3.000.000 đồng/tháng.",
    ],
)
def test_a_fee_a_fine_or_child_support_in_the_list_is_no_finance(items: str) -> None:
    cats = _cats(_DECISION.format(items=items))
    assert Category.ENFORCEMENT_CASE in cats
    assert Category.FINANCE not in cats


_REGISTER = (
    "PHONG THI HANH AN DAN SU KHU VUC 1 - TAY NINH,,,,,,\n"
    "SO THU LY THI HANH AN NAM 2027 (trich),,,,,,\n"
    "STT,So QD THA,Ngay QD,Nguoi phai thi hanh an,Dia chi,Khoan phai thi hanh,Ket qua\n"
    '419,1206/QD-PTHADS,02/11/2026,Vo Thi Kim Ngoan (1990),"khu pho 3, phuong Tan An, tinh '
    'Tay Ninh","Cap duong nuoi con 3.000.000 d/thang",Da thi hanh 2 thang\n'
    "{row}"
)


@pytest.mark.parametrize(
    "row",
    [
        '418,1204/QD-PTHADS,02/11/2026,Le Hoang Khiem (1985),"ap Long Thanh, xa Long An, tinh '
        'Tay Ninh","Tra NH TMCP A Chau 1.072.000.000 d (no vay)",Dang xac minh\n',
        '420,1211/QD-PTHADS,05/11/2026,Huynh Van Tho (1977),"ap Binh Hoa, xa Thu Thua, tinh '
        'Tay Ninh","Tra ong Pham Van Keo 245.500.000 d; an phi 12.275.000 d",Ke bien QSD dat\n',
        # a tab-joined register
        "421\t1215/QĐ-PTHADS\tLê Văn Tư (1980)\tTrả bà Đặng Thị Thu 96.000.000 đ\tĐang xác minh\n",
    ],
)
def test_a_registers_cell_of_a_debt_owed_is_finance(row: str) -> None:
    cats = _cats(_REGISTER.format(row=row))
    assert Category.ENFORCEMENT_CASE in cats
    assert Category.FINANCE in cats


def test_a_register_of_support_and_fees_only_is_no_finance() -> None:
    row = (
        '422,1219/QD-PTHADS,06/11/2026,Ly Van Sang (1982),"ap Binh Hoa, xa Thu Thua, tinh '
        'Tay Ninh","An phi 1.275.000 d; tien phat 5.000.000 d",Dang xac minh\n'
    )
    cats = _cats(_REGISTER.format(row=row))
    assert Category.ENFORCEMENT_CASE in cats
    assert Category.FINANCE not in cats


_VALUATION = (
    "THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI\nPHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 3 - GIA LAI\n"
    "Số: 1092/TB-PTHADS\nQuy Nhơn, ngày 27 tháng 11 năm 2026\n\nTHÔNG BÁO\n{subject}\n\n"
    "Kính gửi: Ông Ksor Y Blang, sinh năm 1983, trú tại làng Plei Bông, xã Ia Hrú, tỉnh Gia "
    "Lai (người phải thi hành án).\n\n{body}\n\n"
    "                                    CHẤP HÀNH VIÊN\n"
    "                                    Ngô Thị Bích Vân\n"
)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Về kết quả thẩm định giá tài sản kê biên",
            "Căn cứ Chứng thư thẩm định giá số 3306/2026/CT-TĐG, tài sản kê biên của ông Ksor Y "
            "Blang gồm quyền sử dụng 4.870 m² đất trồng cà phê và tài sản gắn liền trên đất có "
            "giá trị 1.318.000.000 đồng.",
        ),
        (
            "Về việc bán đấu giá tài sản",
            "Tài sản bán đấu giá: xe ô tô biển số 81A-224.19 đã kê biên. Giá khởi điểm: "
            "612.000.000 đồng.",
        ),
        (
            "Ve ket qua dinh gia tai san ke bien",
            "Tai san ke bien la nha o tai lang Plei Bong, Hoi dong dinh gia xac dinh tri gia "
            "845.500.000 dong.",
        ),
    ],
)
def test_a_seized_assets_value_is_the_debtors_finance(subject: str, body: str) -> None:
    cats = _cats(_VALUATION.format(subject=subject, body=body))
    assert Category.ENFORCEMENT_CASE in cats
    assert Category.FINANCE in cats


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Về việc kê biên tài sản",
            "Ngày 05/12/2026, Chấp hành viên sẽ tổ chức kê biên quyền sử dụng đất của ông Ksor Y "
            "Blang. Đề nghị ông có mặt đúng giờ.",
        ),
        (
            # the asset sold for a court fee and a fine: no debt between parties (holdout19)
            "Về việc bán đấu giá tài sản",
            "Tài sản kê biên của ông Ksor Y Blang là xe ô tô, giá khởi điểm 612.000.000 đồng, "
            "để thi hành khoản án phí và tiền phạt.",
        ),
        (
            "Về việc lựa chọn tổ chức thẩm định giá",
            "Các đương sự có quyền thỏa thuận lựa chọn tổ chức thẩm định giá trong 05 ngày.",
        ),
    ],
)
def test_a_seizure_without_any_worth_adds_no_finance(subject: str, body: str) -> None:
    cats = _cats(_VALUATION.format(subject=subject, body=body))
    assert Category.ENFORCEMENT_CASE in cats
    assert Category.FINANCE not in cats


_CV = (
    "SO YEU LY LICH\n(Mau 2C/TCTW-98)\n\nHo va ten khai sinh: QUANG THI NHUNG       Gioi tinh: "
    "Nu\nSinh ngay: 14/02/1992\nDan toc: Thai       Ton giao: Khong\nSo CCCD: 011192003574\n"
    "Ngay vao Dang: 19/05/2017\n{career}\nQuan he gia dinh: Bo: Quang Van Khut, sinh 1963, lam "
    "ruong.\n\n                         Dien Bien Phu, ngay 20 thang 11 nam 2026\n"
    "                         Nguoi khai\n                         Quang Thi Nhung\n"
)


@pytest.mark.parametrize(
    "career",
    [
        "Chuc vu hien nay: Chuyen vien Phong Thi hanh an, Thi hanh an dan su tinh Dien Bien\n"
        "Qua trinh cong tac:\n- 2014-2019: Thu ky thi hanh an, Chi cuc THADS huyen Tuan Giao\n"
        "- 2019-6/2025: Chap hanh vien so cap, Chi cuc THADS thanh pho Dien Bien Phu\n"
        "- 7/2025 den nay: Chuyen vien, THADS tinh Dien Bien",
        "Co quan cong tac: Co quan Canh sat dieu tra Cong an tinh Dien Bien\n"
        "Qua trinh cong tac:\n- Tu 2015 den 2020: Dieu tra vien so cap\n"
        "- 2020 - nay: Dieu tra vien trung cap, Phong Canh sat hinh su",
        "Noi cong tac: Benh vien Da khoa tinh, khoa Hoi suc cap cuu\nChuc danh: Bac si dieu tri",
    ],
)
def test_the_posts_in_a_cv_are_no_file_of_their_field(career: str) -> None:
    res = classify_document(_CV.format(career=career))
    assert res.doc_type.value == "ly_lich"
    assert {c.category for c in res.categories} == {Category.PERSONNEL}


def test_a_cvs_criminal_record_field_is_no_career_line() -> None:
    career = (
        "Chuc vu hien nay: Nhan vien bao ve\nTien an: 01 tien an ve toi trom cap tai san, "
        "bi phat tu 12 thang theo Ban an hinh su so 45/2015/HS-ST"
    )
    assert Category.CRIMINAL_PROCEDURE in _cats(_CV.format(career=career))


_STATS = (
    "THI HÀNH ÁN DÂN SỰ TỈNH AN GIANG\nSố: 1566/BC-THADS\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nAn Giang, ngày 04 tháng 12 năm 2026\n\nBÁO CÁO\n"
    "Kết quả thi hành án dân sự tháng 11 năm 2026\n\nKính gửi: Cục Quản lý Thi hành án dân sự."
    "\n\nTrong tháng thụ lý 8.243 việc, đã thi hành xong 1.743 việc. {line}\n\n"
    "Nơi nhận:                                   THỦ TRƯỞNG\n- Như trên;\n"
    "- Lưu: VT, NV.                              Danh Út Mười\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Số liệu đã được đối chiếu với Viện kiểm sát nhân dân tỉnh.",
        "Số việc chưa có điều kiện chủ yếu là án phí, tiền phạt của người đang chấp hành án phạt "
        "tù. Số liệu đã được đối chiếu với Viện kiểm sát nhân dân tỉnh.",
        "VKSND tỉnh đã kiểm sát 12 hồ sơ thi hành án trong tháng.",
    ],
)
def test_the_procuracy_that_supervises_enforcement_is_no_criminal_case(line: str) -> None:
    res = classify_document(_STATS.format(line=line))
    assert {c.category for c in res.categories} == {Category.ENFORCEMENT_CASE}
    assert res.recommended_action == "send"


def test_an_enforcement_paper_on_a_criminal_judgment_keeps_it() -> None:
    line = (
        "Trong đó có 112 việc thi hành phần dân sự trong bản án hình sự, 41 việc tịch thu vật "
        "chứng của các vụ án hình sự về ma túy."
    )
    assert Category.CRIMINAL_PROCEDURE in _cats(_STATS.format(line=line))


_RELEASE = (
    "CÔNG AN TỈNH TÂY NINH\nPHÒNG THAM MƯU\n\nTHÔNG CÁO BÁO CHÍ\n{headline}\n\n"
    "Ngày 05/12/2026, Cơ quan Cảnh sát điều tra Công an tỉnh Tây Ninh đã ra quyết định khởi tố "
    "vụ án, khởi tố bị can đối với Lưu Quốc Hưng (sinh năm 1994, trú tại phường Kiến Tường) về "
    'tội "Lừa đảo chiếm đoạt tài sản".\n{body}\n'
)


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (
            "Triệt phá đường dây lừa đảo giả danh cơ quan thi hành án",
            "Các đối tượng giả danh Chấp hành viên, gọi điện thông báo người dân có quyết định "
            "cưỡng chế thi hành án. Cơ quan thi hành án không yêu cầu người dân chuyển tiền.",
        ),
        (
            "Bắt đối tượng mạo danh cán bộ thi hành án dân sự",
            "Đối tượng tự xưng là chấp hành viên Phòng Thi hành án dân sự khu vực 2 để nhận tiền.",
        ),
    ],
)
def test_fraudsters_posing_as_enforcement_officers_are_no_enforcement_case(
    headline: str, body: str
) -> None:
    cats = _cats(_RELEASE.format(headline=headline, body=body))
    assert Category.CRIMINAL_PROCEDURE in cats
    assert Category.ENFORCEMENT_CASE not in cats


def test_posing_as_an_investigator_keeps_the_criminal_case() -> None:
    text = (
        "CÔNG AN TỈNH TÂY NINH\n\nTHÔNG BÁO\nCảnh báo thủ đoạn giả danh điều tra viên\n\n"
        "Gần đây xuất hiện các đối tượng giả danh điều tra viên, gọi điện yêu cầu người dân "
        "chuyển tiền để phục vụ điều tra vụ án. Người dân không làm theo.\n"
    )
    assert Category.CRIMINAL_PROCEDURE in _cats(text)


def test_a_forged_file_is_no_pretence() -> None:
    text = (
        "SỞ NỘI VỤ\nSố: 1418/QĐ-SNV\nQuảng Ngãi, ngày 25 tháng 11 năm 2026\n\nQUYẾT ĐỊNH\n"
        "Về việc thi hành kỷ luật công chức\n\nĐiều 1. Thi hành kỷ luật buộc thôi việc đối với "
        "ông Trần Văn Lợi, chuyên viên, do giả mạo hồ sơ công chức khi tuyển dụng.\n\n"
        "                                    GIÁM ĐỐC\n"
        "                                    Tống Ngọc Tường\n"
    )
    assert Category.PERSONNEL in _cats(text)


def test_an_enforcement_offices_own_warning_keeps_its_field() -> None:
    text = (
        "THI HÀNH ÁN DÂN SỰ TỈNH TÂY NINH\nSố: 88/TB-THADS\nTây Ninh, ngày 01 tháng 12 năm 2026"
        "\n\nTHÔNG BÁO\nVề việc cảnh báo giả danh Chấp hành viên\n\nThời gian qua có đối tượng "
        "giả danh Chấp hành viên gọi điện cho người phải thi hành án. Cơ quan thi hành án chỉ "
        "gửi quyết định thi hành án bằng văn bản.\n"
    )
    assert Category.ENFORCEMENT_CASE in _cats(text)


_CONTRACT = (
    "BỆNH VIỆN ĐA KHOA KHU VỰC HÓC MÔN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nSố: 96/2026/{symbol}\n\n{title}\n{term}\n\n"
    "Hôm nay, ngày 01 tháng 12 năm 2026, tại Bệnh viện Đa khoa khu vực Hóc Môn, chúng tôi gồm:\n"
    "Bên A: Bệnh viện Đa khoa khu vực Hóc Môn, đại diện ông Tiêu Chí Thành, chức vụ Giám đốc.\n"
    "Bên B: Bà Lạc Thị Mỹ Duyên, sinh ngày 23/8/1999, CCCD số 079199011462; điện thoại 0918 "
    "552 037.\nĐiều 1. {work}\nĐiều 2. Tiền công trả qua tài khoản số 0441003987215 tại Ngân "
    "hàng TMCP Ngoại thương Việt Nam, chủ tài khoản Lạc Thị Mỹ Duyên.\n\n"
    "BÊN B                                   BÊN A\n"
    "Lạc Thị Mỹ Duyên                        GIÁM ĐỐC\n"
    "                                        Tiêu Chí Thành\n"
)


@pytest.mark.parametrize(
    "term", ["Xác định thời hạn", "(Không xác định thời hạn)", "XAC DINH THOI HAN"]
)
def test_a_public_employees_work_contract_is_personnel(term: str) -> None:
    res = classify_document(
        _CONTRACT.format(
            symbol="HĐLV",
            title="HỢP ĐỒNG LÀM VIỆC",
            term=term,
            work="Bà Duyên làm điều dưỡng hạng IV tại Khoa Hồi sức tích cực, thời hạn 36 tháng.",
        )
    )
    cats = {c.category for c in res.categories}
    assert Category.PERSONNEL in cats
    assert Category.FINANCE in cats
    assert res.recommended_action == "do_not_send"
    assert res.header.subject is None  # the contract's kind, no subject


def test_a_service_contract_with_a_citizen_is_no_personnel() -> None:
    res = classify_document(
        _CONTRACT.format(
            symbol="HĐDV",
            title="HỢP ĐỒNG DỊCH VỤ",
            term="Về việc vệ sinh trụ sở bệnh viện",
            work="Bên B nhận vệ sinh khu hành chính; hợp đồng này không phải hợp đồng lao động.",
        )
    )
    assert Category.PERSONNEL not in {c.category for c in res.categories}
    assert res.recommended_action == "redact_then_send"


_PARTY_NOTICE = (
    "ĐẢNG BỘ TỈNH SƠN LA                       ĐẢNG CỘNG SẢN VIỆT NAM\n"
    "ĐẢNG ỦY PHƯỜNG CHIỀNG AN\n"
    "Số 88-TB/ĐU                               Chiềng An, ngày 02 tháng 12 năm 2026\n\n"
    "THÔNG BÁO\ný kiến của Ban Thường vụ Đảng ủy về công tác cán bộ\n\n"
    "Ngày 30/11/2026, Ban Thường vụ Đảng ủy phường họp, thống nhất:\n"
    "1. Điều động đồng chí Lò Thị Ban, Phó Trưởng phòng Văn hóa - Xã hội, sang giữ chức Phó "
    "Chánh Văn phòng HĐND và UBND phường.\n2. {item}\n\n"
    "                                          T/M BAN THƯỜNG VỤ\n"
    "                                          PHÓ BÍ THƯ\n"
    "                                          Tòng Văn Nghiệp\n"
)


@pytest.mark.parametrize(
    "item",
    [
        "Giao Ủy ban Kiểm tra Đảng ủy xem xét trách nhiệm đồng chí Cầm Văn Hoan, Bí thư Chi bộ "
        "bản Hôm, trong việc để xảy ra đơn thư kéo dài về hỗ trợ tái định cư.",
        "Kiểm điểm trách nhiệm đồng chí Cầm Văn Hoan, công chức Địa chính, để xảy ra khiếu nại "
        "đông người về bồi thường.",
        "Xử lý kỷ luật đồng chí Cầm Văn Hoan do để đơn tố cáo kéo dài không giải quyết.",
    ],
)
def test_petitions_that_ground_an_officials_accountability_are_a_complaint_file(
    item: str,
) -> None:
    cats = _cats(_PARTY_NOTICE.format(item=item))
    assert {Category.PERSONNEL, Category.COMPLAINT_DENUNCIATION} <= cats


@pytest.mark.parametrize(
    "item",
    [
        # the petitions named in a sentence of their own, no one held to account for them
        "Đồng chí Quàng Văn Thiêm nghỉ hưu từ ngày 01/02/2027. Phường tiếp tục giải quyết đơn "
        "thư tồn đọng.",
        "Xem xét trách nhiệm đồng chí Cầm Văn Hoan trong việc chậm giải ngân vốn đầu tư công.",
    ],
)
def test_an_accountability_measure_without_petitions_adds_no_complaint(item: str) -> None:
    cats = _cats(_PARTY_NOTICE.format(item=item))
    assert Category.PERSONNEL in cats
    assert Category.COMPLAINT_DENUNCIATION not in cats


_SCHOOL = (
    "TRƯỜNG PHỔ THÔNG DÂN TỘC BÁN TRÚ TIỂU HỌC PA VỆ SỦ\nSố: 41/TB-PTDTBT\n"
    "Pa Vệ Sủ, ngày 30 tháng 11 năm 2026\n\nTHÔNG BÁO\n"
    "Về việc chi trả hỗ trợ tiền ăn, tiền nhà ở cho học sinh bán trú học kỳ I\n\n"
    "Nhà trường thông báo đến phụ huynh: tiền hỗ trợ học kỳ I được chuyển vào tài khoản của "
    "phụ huynh từ ngày 10/12/2026.\n\n                                    HIỆU TRƯỞNG\n"
    "                                    Phàn Văn Sài\n{table}"
)
_PUPILS = (
    "\nDANH SÁCH HỌC SINH ĐƯỢC HỖ TRỢ (kèm Thông báo số 41/TB-PTDTBT)\n"
    "STT\tHọ tên học sinh\tLớp\t{column}\tPhụ huynh\tSố tài khoản (Agribank)\n"
    "1\tSùng Thị Chá\t4A\t{a}\tSùng A Sếnh\t8803205417326\n"
    "2\tGiàng A Thào\t3B\t{b}\tGiàng A Dế\t8803205422807\n"
    "3\tLý Mỳ Sơ\t5A\t{c}\tLý Xé Chừ\t8803205419964\n"
)


@pytest.mark.parametrize(
    ("column", "a", "b", "c"),
    [("Dân tộc", "Mông", "Mông", "Hà Nhì"), ("Thôn", "Pa Vệ", "Nậm Chà", "Tà Tổng")],
)
def test_support_paid_into_a_list_of_accounts_is_ordinary_business(
    column: str, a: str, b: str, c: str
) -> None:
    table = _PUPILS.format(column=column, a=a, b=b, c=c)
    res = classify_document(_SCHOOL.format(table=table))
    assert {c.category for c in res.categories} == {Category.FINANCE, Category.GENERAL_ADMIN}
    assert res.recommended_action == "redact_then_send"


def test_the_notice_to_parents_alone_stays_public() -> None:
    res = classify_document(_SCHOOL.format(table=""))
    assert Category.PUBLIC_INFO in {c.category for c in res.categories}
    assert res.recommended_action == "send"


def test_one_persons_allowance_into_her_account_is_finance_alone() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ TÂN HÒA\nSố: 212/QĐ-UBND\nTân Hòa, ngày 02 tháng 12 năm 2026\n\n"
        "QUYẾT ĐỊNH\nVề việc hỗ trợ trợ cấp xã hội hằng tháng\n\nĐiều 1. Trợ cấp hằng tháng cho "
        "bà Lê Thị Sen, sinh năm 1942, 500.000 đồng, chuyển vào tài khoản số 7401205318642 tại "
        "Agribank.\n\n                                    CHỦ TỊCH\n"
        "                                    Võ Văn Hùng\n"
    )
    assert {c.category for c in classify_document(text).categories} == {Category.FINANCE}


_LOG = (
    "UBND PHƯỜNG HẢI CHÂU - BAN TIẾP CÔNG DÂN\n"
    "SỔ TIẾP CÔNG DÂN - Ngày tiếp định kỳ 05/12/2026\n"
    "STT\tHọ tên, địa chỉ\tNội dung\tHướng xử lý\n"
    "1\tÔng Tôn Thất Bảo Khang, tổ 27, phường Hải Châu\tKhiếu nại việc xử phạt vi phạm hành "
    "chính về trật tự xây dựng\tThụ lý giải quyết theo thẩm quyền\n"
    "2\tBà Phan Thị Mỹ Lệ, kiệt 112 Hoàng Diệu, phường Hải Châu\t{row}\tChuyển đơn đến Sở Y tế\n"
)


@pytest.mark.parametrize(
    "row",
    [
        "Phản ánh mẹ bà (bà Hồ Thị Lài, 81 tuổi) tử vong sau mổ sỏi mật tại bệnh viện",
        "Phản ánh con bà (cháu Lê Minh An, 9 tuổi) phải mổ cấp cứu viêm ruột thừa lần hai",
        "Phan anh chong ba (ong Le Van Tam) bi soi than, mo soi that bai tai benh vien",
    ],
)
def test_surgery_reported_in_a_reception_log_is_health(row: str) -> None:
    res = classify_document(_LOG.format(row=row))
    cats = {c.category for c in res.categories}
    assert {Category.COMPLAINT_DENUNCIATION, Category.HEALTH} <= cats
    assert res.sensitivity.value == "sensitive_personal"


@pytest.mark.parametrize(
    "row",
    [
        "Phản ánh việc khai thác mỏ đá sau mở rộng gây bụi cho khu dân cư",
        "Kiến nghị sửa chữa mô hình sân chơi sau mở cửa trường học",
    ],
)
def test_a_mine_or_an_opening_in_a_log_is_no_health(row: str) -> None:
    assert Category.HEALTH not in _cats(_LOG.format(row=row))


_BANK_LETTER = (
    "THI HÀNH ÁN DÂN SỰ TỈNH KHÁNH HÒA\nPHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 2 - KHÁNH HÒA\n"
    "Số: 846/PTHADS-CHV\nV/v cung cấp thông tin tài khoản của người phải thi hành án\n"
    "Phan Rang, ngày 24 tháng 11 năm 2026\n\nKính gửi: Ngân hàng TMCP Sài Gòn Thương Tín.\n\n"
    "Phòng Thi hành án dân sự khu vực 2 - Khánh Hòa đang tổ chức thi hành Quyết định thi hành "
    "án số 677/QĐ-PTHADS đối với ông Chamaléa Thành, sinh năm 1980, CCCD số 058080004419; "
    "khoản phải thi hành: trả cho {creditor} 158.300.000 đồng.\n"
    "Căn cứ Điều 44 Luật Thi hành án dân sự, đề nghị Quý Ngân hàng cung cấp số dư, sao kê giao "
    "dịch của tài khoản số 060214758391 đứng tên ông Chamaléa Thành.{balance}\n\n"
    "Nơi nhận:                              CHẤP HÀNH VIÊN\n- Như trên;\n"
    "- Lưu: VT, HSTHA.                      Bá Thị Ngọc Hoa\n"
)


@pytest.mark.parametrize("creditor", ["ông Thành Văn Đảm", "bà Âu Thị Thắm", "anh Lê Văn Út"])
def test_a_bank_asked_about_a_debt_between_persons_shows_no_bank_data(creditor: str) -> None:
    res = classify_document(_BANK_LETTER.format(creditor=creditor, balance=""))
    assert res.sensitivity.value == "personal"
    assert {Category.ENFORCEMENT_CASE, Category.FINANCE} <= {c.category for c in res.categories}


@pytest.mark.parametrize(
    ("creditor", "balance"),
    [
        # a debt to a firm (holdout8's dh8-021), or the balance already given
        ("Công ty TNHH Thương mại Cửu Long Xanh", ""),
        ("ông Thành Văn Đảm", " Số dư hiện tại là 12.500.000 đồng."),
    ],
)
def test_a_firms_debt_or_a_balance_shown_stays_sensitive(creditor: str, balance: str) -> None:
    res = classify_document(_BANK_LETTER.format(creditor=creditor, balance=balance))
    assert res.sensitivity.value == "sensitive_personal"


_PARTY_PAPER = (
    "ĐẢNG BỘ TỈNH VĨNH LONG                    ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY XÃ CÀNG LONG\n"
    "Số {number}                               Càng Long, ngày 19 tháng 11 năm 2026\n\n"
    "{title}\n\nĐồng chí Kiên Thị Sà Phol, Phó Chủ tịch UBND xã: vững vàng, hoàn thành tốt "
    "nhiệm vụ.\n\n                                          T/M ĐẢNG ỦY\n"
    "                                          BÍ THƯ\n"
    "                                          Thạch Ngọc Sên\n"
)


@pytest.mark.parametrize(
    ("number", "title", "doc_type"),
    [
        ("27-NX/ĐU", "BẢN NHẬN XÉT, ĐÁNH GIÁ CÁN BỘ", "other"),
        ("31-KĐ/ĐU", "BẢN KIỂM ĐIỂM TẬP THỂ BAN THƯỜNG VỤ", "other"),
        ("88-TB/ĐU", "THÔNG BÁO\nVề công tác cán bộ", "thong_bao"),
        ("12-CV/ĐU", "V/v nhận xét cán bộ diện quy hoạch", "cong_van"),
    ],
)
def test_a_party_papers_kind_is_the_first_part_of_its_symbol(
    number: str, title: str, doc_type: str
) -> None:
    res = classify_document(_PARTY_PAPER.format(number=number, title=title))
    assert res.doc_type.value == doc_type


def test_a_stamp_read_down_the_margin_is_no_line_of_the_page() -> None:
    text = (
        "CÔNG TY TNHH MTV KHAI THÁC CÔNG TRÌNH THỦY LỢI BẮC NINH        |\n"
        "Số: l2/BB-HĐKL                                                   | CÔNG\n"
        "CỘNG HÒA XÃ HỘl CHỦ NGHĨA VIỆT NAM                              | TY\n"
        "Độc lập - Tụ do - Hạnh phúc                                      | TNHH\n"
        "BlÊN BẢN                                                         | *\n"
        "Họp Hội đồng kỷ luật người lao động                              | BẮC\n"
        "                                                                 | NINH\n"
        "Hồi 8 giờ 3O ngày 2O/11/2026, tại phòng họp Công ty, Hội đồng kỷ luật họp xem xét ông "
        "Nguyễn Hữu Sáng, công nhân vận hành, tự ý bỏ vị trí trực ca đêm.\n\n"
        "THƯ KÝ                         CHỦ TỊCH HỘI ĐỒNG\n"
        "Thân Đức Quỳnh                  Giáp Văn Tư\n"
    )
    res = classify_document(text)
    assert res.header.subject is not None
    assert res.header.subject.text == "Họp Hội đồng kỷ luật người lao động"
    assert res.header.issuer is not None
    assert res.header.issuer.text == "CÔNG TY TNHH MTV KHAI THÁC CÔNG TRÌNH THỦY LỢI BẮC NINH"
