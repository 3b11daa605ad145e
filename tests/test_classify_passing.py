"""Categories say what a document is ABOUT (its type line, subject, the bulk of its body), not
every field a sentence names in passing. Each shape has its hard negative: the same words where
they do make the document about the field."""

from __future__ import annotations

import pytest

from ai_guard import classify_document


def _cats(text: str) -> set[str]:
    return {c.category.value for c in classify_document(text).categories}


MINUTES = """SỞ TƯ PHÁP TỈNH GIA LAI
Số: 31/BB-STP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Gia Lai, ngày 10 tháng 11 năm 2025

BIÊN BẢN
Họp giao ban tháng 11/2025 về chuyển đổi số

Chủ trì: ông Rơ Chăm Thuận, Giám đốc Sở.
Thư ký: bà Võ Thị Thanh Xuân, chuyên viên Văn phòng.

1. Bà Nhung báo cáo kết quả triển khai phần mềm quản lý văn bản: đã tập huấn cho 42 công chức.
2. {item}
3. Kết luận của Chủ trì: giao Văn phòng xây dựng Quy chế sử dụng AI của Sở, trình trước ngày \
30/11/2025.

Cuộc họp kết thúc lúc 16 giờ 15 cùng ngày.
CHỦ TRÌ
GIÁM ĐỐC
Rơ Chăm Thuận
"""


@pytest.mark.parametrize(
    ("item", "cat"),
    [
        # a proposal that names one kind of record
        (
            "Ông Hải đề nghị văn thư không đưa lên AI các hồ sơ lý lịch tư pháp, hồ sơ hộ tịch.",
            "criminal_procedure",
        ),
        # one clause of a conclusion
        (
            "Ông Hải kết luận: xử lý dứt điểm việc tồn đọng; hạn chế để đơn thư khiếu nại kéo "
            "dài; báo cáo Cục trước ngày 15/10.",
            "complaint_denunciation",
        ),
    ],
)
def test_one_sentence_of_minutes_is_a_mention(item: str, cat: str) -> None:
    assert cat not in _cats(MINUTES.format(item=item))


def test_minutes_that_name_the_field_twice_over_are_about_it() -> None:
    item = (
        "Ông Lộc đề nghị cấm đưa hồ sơ thi hành án, đơn khiếu nại, tố cáo lên công cụ AI công cộng."
    )
    assert "complaint_denunciation" in _cats(MINUTES.format(item=item))


def test_minutes_that_return_to_the_field_are_about_it() -> None:
    item = (
        "Bà Oanh báo cáo: trong tháng tiếp nhận 12 đơn khiếu nại. Ông Hải đề nghị giải "
        "quyết khiếu nại đúng hạn."
    )
    assert "complaint_denunciation" in _cats(MINUTES.format(item=item))


def test_the_same_record_listed_by_a_rule_is_its_topic() -> None:
    rule = MINUTES.replace("BIÊN BẢN\nHọp giao ban tháng 11/2025 về chuyển đổi số", "").replace(
        "Số: 31/BB-STP", "Số: 31/STP-VP\nV/v sử dụng trợ lý ảo"
    )
    item = "Văn thư không đưa lên AI các hồ sơ lý lịch tư pháp, hồ sơ hộ tịch."
    assert "criminal_procedure" in _cats(rule.format(item=item))


DISCIPLINE = """SỞ Y TẾ TỈNH PHÚ THỌ
BỆNH VIỆN ĐA KHOA TỈNH
Số: 903/QĐ-BVĐK
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Việt Trì, ngày 07 tháng 5 năm 2024
QUYẾT ĐỊNH
Về việc thi hành kỷ luật viên chức
GIÁM ĐỐC BỆNH VIỆN ĐA KHOA TỈNH PHÚ THỌ
Căn cứ Biên bản họp Hội đồng kỷ luật ngày 25/4/2024;
QUYẾT ĐỊNH:
Điều 1. Thi hành kỷ luật bằng hình thức khiển trách đối với bà Hà Thị Thúy Vân, điều dưỡng \
hạng III, do vi phạm quy định về bảo mật thông tin người bệnh (chụp và gửi hồ sơ bệnh án của \
người bệnh qua mạng xã hội).{more}
Điều 2. Bà Hà Thị Thúy Vân chịu trách nhiệm thi hành Quyết định này.
Nơi nhận:
- Như Điều 2;
- Lưu: VT, TCCB.
GIÁM ĐỐC
Bùi Quang Thịnh
"""


def test_a_field_named_as_the_reason_beside_the_subjects_field_is_a_mention() -> None:
    cats = _cats(DISCIPLINE.format(more=""))
    assert "personnel" in cats
    # the hospital in the issuer and the authority line is who writes, not what about
    assert "health" not in cats


def test_a_second_sentence_about_the_patients_makes_it_health_too() -> None:
    more = (
        "\nĐiều 1a. Bệnh viện thông báo cho 3 người bệnh có hồ sơ bệnh án bị lộ và bố trí "
        "bác sĩ điều trị theo dõi."
    )
    assert {"personnel", "health"} <= _cats(DISCIPLINE.format(more=more))


LEAFLET = """HỎI - ĐÁP PHÁP LUẬT
{subject}
Hỏi: Nếu phát hiện dữ liệu cá nhân của mình bị lộ lọt thì làm gì?
Đáp: Người dân có quyền khiếu nại, tố cáo, khởi kiện; liên hệ Phòng Phổ biến, giáo dục pháp \
luật - Sở Tư pháp, số 141 Pasteur, TP. Hồ Chí Minh.
Hỏi: Cơ quan nhà nước có được đưa hồ sơ của người dân vào công cụ AI không?
Đáp: Chỉ được xử lý dữ liệu cá nhân khi có căn cứ pháp lý.
Tài liệu phổ biến, giáo dục pháp luật - phát miễn phí.
"""


def test_the_right_to_complain_is_no_topic() -> None:
    cats = _cats(LEAFLET.format(subject="LUẬT BẢO VỆ DỮ LIỆU CÁ NHÂN"))
    assert "complaint_denunciation" not in cats
    assert "public_info" in cats


def test_a_leaflet_about_that_right_is_about_complaints() -> None:
    text = LEAFLET.format(subject="QUYỀN KHIẾU NẠI, TỐ CÁO CỦA CÔNG DÂN")
    assert "complaint_denunciation" in _cats(text)


FORM = """Mẫu số 03/2013/TT-LLTP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
TỜ KHAI YÊU CẦU CẤP PHIẾU LÝ LỊCH TƯ PHÁP
Kính gửi: Sở Tư pháp tỉnh Ninh Bình
1. Họ và tên: {name}
2. Nơi thường trú: {home}
3. Yêu cầu cấp Phiếu lý lịch tư pháp: Số 1 {box} Số 2 {box}
4. Yêu cầu xác nhận về tiền án, tiền sự, việc bị cấm đảm nhiệm chức vụ: Có {box} Không {box}
Lưu ý: người yêu cầu tự khai trung thực về tiền án, tiền sự.
Ninh Bình, ngày {day} tháng {day} năm 20{day}
Người yêu cầu
{name}
"""


def test_a_blank_forms_fields_are_not_its_topic() -> None:
    blank = FORM.format(name="NGUYỄN VĂN A", home="số nhà ..., đường ...", box="☐", day="...")
    assert "criminal_procedure" not in _cats(blank)


def test_the_same_form_filled_in_is_about_its_fields() -> None:
    filled = FORM.format(
        name="Trần Minh Quang", home="số 12 đường Lê Lợi, phường Nam Thành", box="☒", day="12"
    )
    assert "criminal_procedure" in _cats(filled)


def test_a_blank_complaint_form_is_about_complaints_not_its_footnotes() -> None:
    form = (
        "Mẫu số 01\n(Ban hành kèm theo Nghị định số 124/2020/NĐ-CP)\n\nĐƠN KHIẾU NẠI\n\n"
        "Kính gửi: ................(1)\nHọ và tên: ................(2)\n"
        "Địa chỉ: ................\nNội dung khiếu nại: ................(3)\n\n"
        "Ghi chú:\n(3) Khiếu nại quyết định hành chính hoặc quyết định kỷ luật cán bộ, công chức; "
        "ghi rõ chức vụ của người bị khiếu nại.\n"
    )
    cats = _cats(form)
    assert "complaint_denunciation" in cats
    assert "personnel" not in cats


def test_the_certificate_alone_is_no_criminal_matter_but_convictions_are() -> None:
    guide = (
        "UBND TỈNH HÀ TĨNH\nSỞ TƯ PHÁP\nSố: 08/TB-STP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nHà Tĩnh, ngày 14 tháng 4 năm 2026\nTHÔNG BÁO\n"
        "Tiếp nhận hồ sơ cấp Phiếu lý lịch tư pháp trực tuyến\n"
        "Từ ngày 01/5/2026, người dân nộp hồ sơ cấp Phiếu lý lịch tư pháp qua Cổng dịch vụ công."
        "{more}\n"
    )
    assert "criminal_procedure" not in _cats(guide.format(more=""))
    more = (
        "\nPhiếu số 2 ghi đầy đủ các án tích, kể cả án tích đã được xóa; các tiền án được ghi "
        "theo bản án hình sự."
    )
    assert "criminal_procedure" in _cats(guide.format(more=more))


REPORT = """CONG AN XA THANH SON
So: 09/BC-CAX
Thanh Son, ngay 12 thang 8 nam 2025
BAO CAO
Danh sach nguoi su dung trai phep chat ma tuy, nguoi nghien ma tuy
Kinh gui: Phong Canh sat dieu tra toi pham ve ma tuy - Cong an tinh Phu Tho
STT| Ho va ten | Nam sinh | Tinh trang
1 | Dinh Van Hoang | 1992 | Nghien ma tuy, dang cai nghien tu nguyen
2 | Ha Cong Tuan | 1987 | Dang dieu tri Methadone
{more}
TRUONG CONG AN XA
Dinh Quang Hung
"""


def test_drug_users_listed_for_an_investigating_police_office_are_a_health_file() -> None:
    cats = _cats(REPORT.format(more=""))
    assert "health" in cats
    # the addressee's name and using drugs (not a crime) make no criminal file
    assert "criminal_procedure" not in cats


def test_drug_dealing_prosecuted_is_a_criminal_file() -> None:
    more = (
        "Ngay 10/8/2025, Co quan Canh sat dieu tra da khoi to vu an, khoi to bi can Dinh Van "
        "Hoang ve toi mua ban trai phep chat ma tuy."
    )
    assert "criminal_procedure" in _cats(REPORT.format(more=more))


ENFORCEMENT = """CHI CỤC THI HÀNH ÁN DÂN SỰ THÀNH PHỐ BIÊN HÒA
Số: 86/{kind}-CCTHADS
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Biên Hòa, ngày 11 tháng 3 năm 2024
{body}
Nơi nhận:
- Lưu: VT.
CHI CỤC TRƯỞNG
Nguyễn Quốc Việt
"""


def test_a_persons_debt_with_its_sum_is_finance() -> None:
    body = (
        "QUYẾT ĐỊNH\nVề việc cưỡng chế kê biên tài sản\nĐiều 1. Kê biên quyền sử dụng đất "
        "của ông Võ Thành Nhân để bảo đảm thi hành khoản nợ 1.860.000.000 đồng cho bà Hồ "
        "Ngọc Bích."
    )
    assert {"enforcement_case", "finance"} <= _cats(ENFORCEMENT.format(kind="QĐ", body=body))


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "để bảo đảm thi hành khoản tiền 1.200.000.000 đồng cho bà Võ Thị Ngọc Hân.",
            id="sum-owed-to-a-person",
        ),
        pytest.param(
            "Ông Sang có nghĩa vụ trả cho Ngân hàng TMCP Á Châu số tiền 356.000.000 đồng.",
            id="bank-debt",
        ),
        pytest.param(
            "Khoản phải thi hành: trả cho ông Cầm Văn Thoại 85.000.000 đồng.", id="owed-line"
        ),
    ],
)
def test_a_money_debt_enforced_is_finance_whoever_the_creditor(sentence: str) -> None:
    body = (
        "QUYẾT ĐỊNH\nVề việc cưỡng chế kê biên tài sản\nĐiều 1. Kê biên quyền sử dụng đất "
        f"của ông Lâm Văn Sang, sinh năm 1978, {sentence}"
    )
    assert {"enforcement_case", "finance"} <= _cats(ENFORCEMENT.format(kind="QĐ", body=body))


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Khoản phải thi hành: trả tiền án phí dân sự sơ thẩm 300.000 đồng.", id="court-fee"
        ),
        pytest.param("để bảo đảm thi hành khoản tiền phạt 10.000.000 đồng.", id="criminal-fine"),
        pytest.param(
            "Ông Sang có nghĩa vụ trả cho cháu Lâm Gia Bảo tiền cấp dưỡng 2.000.000 đồng/tháng.",
            id="child-support",
        ),
    ],
)
def test_what_the_state_collects_or_a_family_owes_is_no_finance(sentence: str) -> None:
    body = (
        "QUYẾT ĐỊNH\nVề việc cưỡng chế thi hành án\nĐiều 1. Cưỡng chế đối với ông Lâm Văn "
        f"Sang, sinh năm 1978, {sentence}"
    )
    cats = _cats(ENFORCEMENT.format(kind="QĐ", body=body))
    assert "enforcement_case" in cats
    assert "finance" not in cats


def test_banks_and_mortgages_in_statistics_are_no_ones_finance() -> None:
    body = (
        "BÁO CÁO\nKết quả thi hành án dân sự năm 2024\nTổng số phải thi hành 1.284 việc, thi "
        "hành xong 212,4 tỷ đồng. Tỉ lệ việc tín dụng, ngân hàng chiếm 21% số tiền phải thi "
        "hành; tài sản thế chấp khó bán đấu giá.\nĐề nghị sửa quy trình xác minh tài khoản "
        "ngân hàng qua hệ thống điện tử."
    )
    cats = _cats(ENFORCEMENT.format(kind="BC", body=body))
    assert "enforcement_case" in cats
    assert "finance" not in cats


def test_a_mention_about_an_identifiable_person_never_lowers_the_verdict() -> None:
    # one sentence of minutes: not what the meeting was about, but it is this man's health
    item = (
        "Bà Nhung cho biết ông Lò Văn Xuyên, sinh năm 1968, trú tại bản Nà Sản, là bệnh nhân "
        "HIV đang được hỗ trợ."
    )
    res = classify_document(MINUTES.format(item=item))
    assert res.personal_data.identifiable
    assert "health" in {c.category.value for c in res.categories}
    assert res.recommended_action == "do_not_send"


def test_the_same_mention_about_no_one_stays_a_mention() -> None:
    item = "Bà Nhung cho biết xã có 3 bệnh nhân HIV đang được hỗ trợ."
    res = classify_document(MINUTES.format(item=item))
    assert "health" not in {c.category.value for c in res.categories}
    assert res.recommended_action == "send"


def test_a_blank_form_holding_a_real_identifier_is_judged_on_its_fields() -> None:
    blank = FORM.format(name="NGUYỄN VĂN A", home="số nhà ..., đường ...", box="☐", day="...")
    with_id = blank.replace("2. Nơi thường trú", "Số CCCD: 001085012345\n2. Nơi thường trú")
    res = classify_document(with_id)
    assert res.personal_data.identifiable
    assert "criminal_procedure" in {c.category.value for c in res.categories}
    assert res.recommended_action == "do_not_send"


SECRECY_LEAFLET = """UỶ BAN NHÂN DÂN
TỈNH NGHỆ AN
Số: 123/TB-SNV
Nghệ An, ngày 05 tháng 3 năm 2025
TÀI LIỆU TUYÊN TRUYỀN
Pháp luật về bảo vệ bí mật nhà nước
Bí mật nhà nước được phân loại theo ba độ: Tuyệt mật, Tối mật và Mật. Tài liệu có dấu chỉ \
độ MẬT, TỐI MẬT phải được quản lý chặt chẽ. Văn bản đóng dấu TỐI MẬT phải được cất giữ trong \
két sắt."""


def test_a_leaflet_that_quotes_the_levels_is_no_secret_document() -> None:
    doc = classify_document(SECRECY_LEAFLET)
    assert doc.secrecy == "none"
    assert doc.external_ai_allowed
    # the same leaflet stamped is secret
    stamped = classify_document(
        SECRECY_LEAFLET.replace("TÀI LIỆU TUYÊN TRUYỀN", "MẬT\nTÀI LIỆU TUYÊN TRUYỀN")
    )
    assert stamped.secrecy == "mat"
    assert not stamped.external_ai_allowed


def test_a_given_name_alone_makes_no_document_personal() -> None:
    """check_prompt redacts "đồng chí Hùng" (a given name where a person is meant); with no
    full name in the document it identifies no one, and the minutes stay sendable."""
    text = (
        "SỞ NỘI VỤ\nSố: 15/BB-SNV\nBIÊN BẢN\nHọp giao ban tháng 3\n"
        "Đồng chí Hùng báo cáo kết quả tháng 2; đồng chí Lan đề nghị bổ sung kinh phí.\n"
        "Cuộc họp kết thúc lúc 11 giờ."
    )
    doc = classify_document(text)
    assert doc.personal_data.private_names == 0
    assert doc.recommended_action == "send"
    from ai_guard import check_prompt

    assert "Hùng" not in check_prompt(text).redacted_text
