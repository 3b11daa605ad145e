"""Category evidence rules of issue 16: records listed in a rule (``hồ sơ bệnh án; hồ sơ tổ
chức cán bộ``), a bank account field, a recruitment result that lists its candidates, and what
makes a leaflet, a blank form or a news item public. Each rule has a hard negative."""

from __future__ import annotations

import pytest

from ai_guard import classify_document
from ai_guard.text import fold_word

FILLER = (
    "Thủ trưởng các cơ quan, đơn vị có trách nhiệm phổ biến Quy chế này đến toàn thể công chức, "
    "viên chức và người lao động; kịp thời phản ánh các khó khăn, vướng mắc về Văn phòng để "
    "tổng hợp, báo cáo. Việc sử dụng trợ lý ảo phải bảo đảm an toàn thông tin mạng.\n"
) * 4

RULE = (
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nSố: 88/QĐ-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Quảng Trị, ngày 10 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\n"
    "Ban hành Quy chế sử dụng trợ lý ảo\n\n"
    "Điều 4. Dữ liệu cấm đưa vào trợ lý ảo: tài liệu có dấu chỉ độ mật; hồ sơ tổ chức cán bộ; "
    "hồ sơ bệnh án; dữ liệu cá nhân của người dân.\n"
    + FILLER
    + "\nNơi nhận:\n- Như Điều 5;\n- Phó Chủ tịch UBND tỉnh Lê Văn Hùng (để b/c);\n"
    "- Lưu: VT, KGVX.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nHoàng Nam Sơn\n"
)

DEFINITION = (
    "NGHỊ ĐỊNH\nVề bảo vệ dữ liệu cá nhân\n\n"
    "Điều 2. Giải thích từ ngữ\n"
    "4. Dữ liệu cá nhân nhạy cảm bao gồm tình trạng sức khỏe và đời tư được ghi trong hồ sơ "
    "bệnh án.\n" + FILLER
)


def _cats(text: str) -> set[str]:
    return {c.category.value for c in classify_document(text).categories}


def test_records_listed_in_a_rule_name_their_categories() -> None:
    c = classify_document(RULE)
    cats = {x.category.value: x for x in c.categories}
    assert {"personnel", "health"} <= set(cats)
    assert any(e.kind == "record" for e in cats["personnel"].evidence)
    # a rule about personnel records is not a personnel file on the officials it names
    assert c.personal_data.private_names == 0


def test_records_listed_without_diacritics_count_too() -> None:
    assert {"personnel", "health"} <= _cats(fold_word(RULE))


def test_a_record_named_inside_a_definition_is_a_passing_mention() -> None:
    assert "health" not in _cats(DEFINITION)
    assert "health" not in _cats(fold_word(DEFINITION))


def test_a_weak_term_after_ho_so_stays_weak() -> None:
    text = RULE.replace("hồ sơ tổ chức cán bộ; hồ sơ bệnh án;", "hồ sơ tuyển dụng;")
    assert not {"personnel", "health"} & _cats(text)


CONTRACT = (
    "HỢP ĐỒNG KHOÁN VIỆC\nSố: 12/2026/HĐ-UBND\n\n"
    "BÊN B: Bà Trần Thị Mai\nĐịa chỉ: thôn 3, xã Phú Lộc, thành phố Huế\n"
    "Tài khoản: 4021 0555 8812 tại Ngân hàng Nông nghiệp và Phát triển nông thôn\n"
    "Điều 1. Bên B thực hiện số hóa hồ sơ lưu trữ.\n"
    "Điều 2. Thanh toán bằng chuyển khoản sau khi nghiệm thu.\n"
)


def test_a_bank_account_field_is_finance() -> None:
    assert "finance" in _cats(CONTRACT)


@pytest.mark.parametrize(
    "prose",
    [
        "Không đăng ký tài khoản chatbot bằng thư công vụ; không dùng chung mật khẩu tài khoản.",
        "Khong dang ky tai khoan chatbot bang thu cong vu; khong dung chung tai khoan.",
    ],
)
def test_an_account_in_prose_is_not_finance(prose: str) -> None:
    assert "finance" not in _cats("CÔNG VĂN\nV/v sử dụng trí tuệ nhân tạo\n" + prose)


RESULT = (
    "UBND TỈNH CÀ MAU\nSỞ NỘI VỤ\nSố: 40/TB-SNV\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Cà Mau, ngày 16 tháng 10 năm 2026\n\nTHÔNG BÁO\nKết quả tuyển dụng viên chức năm 2026\n\n"
    "| STT | Họ và tên | Ngày sinh | Vị trí dự tuyển |\n"
    "| 1 | Lý Hoàng Nam | 14/02/1998 | Chuyên viên |\n"
    "| 2 | Tô Thị Cẩm Tú | 03/9/2000 | Chuyên viên |\n\n"
    "Người trúng tuyển hoàn thiện hồ sơ trước ngày 30/10/2026.\n\n"
    "Nơi nhận:\n- Người trúng tuyển;\n- Cổng TTĐT Sở;\n- Lưu: VT.\nGIÁM ĐỐC\nChâu Văn Lợi\n"
)


def test_a_recruitment_result_listing_candidates_is_personnel_not_public() -> None:
    c = classify_document(RESULT)
    cats = {x.category.value for x in c.categories}
    assert "personnel" in cats
    assert "public_info" not in cats
    assert c.sensitivity != "public"


def test_a_notice_without_a_list_of_people_sent_to_the_portal_stays_public() -> None:
    notice = RESULT.split("| STT")[0] + (
        "Sở Nội vụ thông báo lịch thi tuyển viên chức năm 2026 vào ngày 20/11/2026.\n\n"
        "Nơi nhận:\n- Cổng TTĐT Sở;\n- Lưu: VT.\nGIÁM ĐỐC\nChâu Văn Lợi\n"
    )
    assert "public_info" in _cats(notice)


FORM = (
    "Mẫu số 01\n(Ban hành kèm theo Nghị định số 124/2020/NĐ-CP ngày 19 tháng 10 năm 2020)\n\n"
    "ĐƠN KHIẾU NẠI\n\nKính gửi: ..............................\n"
    "Họ và tên: ...................... ; mã số hồ sơ: ..........\n"
    "Địa chỉ: ........................................\n"
    "Khiếu nại về việc: ..............................\n"
    "Nội dung khiếu nại: .............................\n\nNGƯỜI KHIẾU NẠI\n"
)


def test_a_blank_form_template_published_with_a_decree_is_public() -> None:
    assert "public_info" in _cats(FORM)


def test_the_same_form_filled_in_by_a_citizen_is_not_public() -> None:
    filled = FORM
    for blank, value in [
        ("Kính gửi: ....", "Kính gửi: UBND huyện Hải Hậu"),
        ("Họ và tên: ....", "Họ và tên: Trần Văn Bình"),
        ("Địa chỉ: ....", "Địa chỉ: xóm 2, xã Hải Minh"),
        ("Khiếu nại về việc: ....", "Khiếu nại về việc: thu hồi đất"),
    ]:
        line = next(x for x in filled.splitlines() if x.startswith(blank))
        filled = filled.replace(line, value)
    assert "public_info" not in _cats(filled)


LEAFLET = (
    "TỜ GẤP TUYÊN TRUYỀN PHÁP LUẬT\nBẢO VỆ BÍ MẬT NHÀ NƯỚC\n\n"
    "Bí mật nhà nước là thông tin có nội dung quan trọng, chưa công khai, nếu bị lộ có thể gây "
    "nguy hại đến lợi ích quốc gia.\n"
)


def test_a_leaflet_defining_unpublished_information_is_public() -> None:
    c = classify_document(LEAFLET)
    assert c.sensitivity == "public"
    assert "public_info" in {x.category.value for x in c.categories}


def test_an_unpublished_mark_on_its_own_line_still_keeps_it_internal() -> None:
    c = classify_document("CHƯA CÔNG KHAI\n" + LEAFLET)
    assert c.sensitivity != "public"


NEWS = (
    "Bộ Tư pháp ban hành quy tắc sử dụng trí tuệ nhân tạo\n\n"
    "(Thời sự) - Ngày 14/11/2026, tại Hà Nội, Bộ Tư pháp tổ chức Hội nghị phổ biến Quy chế sử "
    "dụng trí tuệ nhân tạo trong các cơ quan, đơn vị thuộc Bộ.\n"
)


def test_a_news_kicker_on_the_second_line_makes_it_public() -> None:
    assert classify_document(NEWS).sensitivity == "public"


def test_a_parenthesised_note_in_a_letter_is_not_a_news_kicker() -> None:
    letter = "CÔNG VĂN\nSố: 12/UBND-VP\n(Kèm theo Kế hoạch) - Ủy ban nhân dân xã đề nghị.\n"
    assert classify_document(letter).sensitivity != "public"
