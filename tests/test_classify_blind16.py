"""Rules from the blind documents_holdout16.jsonl (papers of many issuers after the 2025 reform):
an OCR'd number line with letters for its digits, a deputy's short title under "KT.", a storage
line ending in "KT.", a portal's news item, a list of protected files opened by a verb, a
person's savings deposit, a records system's name, an e-mail's address lines. Each rule has a
hard negative beside it."""

from __future__ import annotations

import pytest

from ai_guard import classify_document

_LETTER = (
    "THUẾ TỈNH ĐỒNG THÁP\nTHUẾ CƠ SỞ 3 TỈNH ĐỒNG THÁP\n{number}\n"
    "V/v đôn đốc nộp hồ sơ khai thuế\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nCao Lãnh, ngày 2l tháng ll năm 2026\n\n"
    "Kính gửi: Các hộ kinh doanh trên địa bàn.\n\n"
    "Thuế cơ sở 3 đề nghị các hộ kinh doanh nộp hồ sơ khai thuế đúng hạn.\n\n"
    "Nơi nhận:                                        {title}\n"
    "- Như trên;                                      {deputy}\n"
    "- Lưu: VT, {storage}.\n"
    "                                                 {name}\n"
)


def _letter(**kw: str) -> str:
    values = {
        "number": "Số: 208/TCS3-QLN",
        "title": "KT. TRƯỞNG THUẾ CƠ SỞ",
        "deputy": "PHÓ TRƯỞNG",
        "storage": "QLN",
        "name": "Huỳnh Thị Kim Luyến",
    }
    values.update(kw)
    return _LETTER.format(**values)


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("S6: l.208/TCS3-QLN", "l.208/TCS3-QLN"),  # l for 1 before the thousands' dot
        ("Số: 1.2O8/TCS3-QLN", "1.2O8/TCS3-QLN"),  # O for 0 after it
        ("Sô: lO5/TCS3-QLN", "lO5/TCS3-QLN"),  # two letters before the one real digit
        ("So: l2/TCS3-QLN", "l2/TCS3-QLN"),
        ("Sô l86-TB/UBKTTU", "l86-TB/UBKTTU"),  # the Party's style, l for 1
        ("Số 1O4-QĐ/TU", "1O4-QĐ/TU"),
    ],
)
def test_an_ocr_number_line_is_the_number_not_part_of_the_issuer(line: str, number: str) -> None:
    res = classify_document(_letter(number=line))
    assert res.header.number_symbol is not None
    assert res.header.number_symbol.text == number
    assert res.header.issuer is not None
    assert res.header.issuer.text == "THUẾ CƠ SỞ 3 TỈNH ĐỒNG THÁP"


@pytest.mark.parametrize("line", ["Số lô 3/TCS3 đã giao", "So luong/TCS3-QLN", "Sô ll/TCS3-QLN"])
def test_a_line_without_a_digit_is_no_number(line: str) -> None:
    # no real digit: a word after "Số", or letters that may be anything
    res = classify_document(_letter(number=line))
    assert res.header.number_symbol is None


@pytest.mark.parametrize(
    ("title", "deputy"),
    [
        ("KT. TRƯỞNG THUẾ CƠ SỞ", "PHÓ TRƯỞNG"),
        ("KT. TRƯỞNG THUẾ CƠ SỞ", "PHÓ TRƯỞNG THUẾ"),
        ("KT. ĐỘI TRƯỞNG", "PHÓ ĐỘI TRƯỞNG"),
        ("KT. CHỦ NHIỆM", "PHÓ CHỦ NHIỆM"),
    ],
)
def test_a_deputys_short_title_under_kt_is_no_name(title: str, deputy: str) -> None:
    res = classify_document(_letter(title=title, deputy=deputy))
    assert res.header.signer is not None
    assert res.header.signer.text == "Huỳnh Thị Kim Luyến"


@pytest.mark.parametrize(
    ("title", "line", "name"),
    [
        # "Phó" is a surname: a name in capitals that does not repeat the head's title
        ("KT. CHỦ TỊCH", "PHÓ VĂN TRƯỞNG", "PHÓ VĂN TRƯỞNG"),
        ("KT. TRƯỞNG THUẾ CƠ SỞ", "Phó Đức Hùng", "Phó Đức Hùng"),
    ],
)
def test_a_name_opening_with_pho_stays_the_signer(title: str, line: str, name: str) -> None:
    res = classify_document(_letter(title=title, deputy="", name=line))
    assert res.header.signer is not None
    assert res.header.signer.text == name


def test_a_storage_line_ending_in_kt_is_no_signers_title() -> None:
    # "- Lưu: VT, Hồ sơ KT.": the inspection file; the block beside it signs
    text = _letter(title="T/M ỦY BAN KIỂM TRA", deputy="CHỦ NHIỆM", storage="Hồ sơ KT")
    res = classify_document(text.replace("{name}", ""))
    assert res.header.signer is not None
    assert res.header.signer.text == "Huỳnh Thị Kim Luyến"
    # a title glued after the storage line by flattening still heads the block
    glued = (
        "SỞ TƯ PHÁP\nSố: 12/STP-VP\nV/v họp giao ban\n\nKính gửi: Các phòng.\n\n"
        "Sở tổ chức họp giao ban tháng 12.\n\n"
        "Nơi nhận: KT. GIÁM ĐỐC\n- Như trên; PHÓ GIÁM ĐỐC\n- Lưu: VT, VP. Đoàn Thị Minh Nguyệt\n"
    )
    res = classify_document(glued)
    assert res.header.signer is not None
    assert res.header.signer.text == "Đoàn Thị Minh Nguyệt"


_NEWS = (
    "{masthead}\n{posted}\n\n"
    "Tuyên Quang: Hội nghị triển khai Luật Bảo vệ bí mật nhà nước năm 2025\n\n"
    "Sáng 19/11, Công an tỉnh tổ chức Hội nghị triển khai Luật Bảo vệ bí mật nhà nước cho hơn "
    "300 đại biểu là lãnh đạo các sở, ngành, xã, phường.\n"
    "Phát biểu khai mạc, Đại tá Hoàng Đình Tuấn, Phó Giám đốc Công an tỉnh nhấn mạnh: bí mật "
    "nhà nước được phân thành ba độ {levels}; văn bản điện tử chứa bí mật nhà nước cũng phải "
    "được đóng dấu chỉ độ mật.\n"
    "Quang Lâm\n"
)


@pytest.mark.parametrize(
    ("masthead", "posted"),
    [
        ("Cổng Thông tin điện tử tỉnh Tuyên Quang", "Thứ Năm, 19/11/2026 - 15:20"),
        ("Báo Nhân Dân điện tử", "19/11/2026 15:20 GMT+7"),
        ("CONG THONG TIN DIEN TU TINH TUYEN QUANG", "Thu Nam, 19/11/2026 - 15:20"),
        ("Cổng TTĐT tỉnh Tuyên Quang", "Tin tức - Sự kiện | 19/11/2026 15:20"),
    ],
)
def test_a_news_sites_item_is_public(masthead: str, posted: str) -> None:
    levels = '"Tuyệt mật", "Tối mật" và "Mật"'
    res = classify_document(_NEWS.format(masthead=masthead, posted=posted, levels=levels))
    assert res.sensitivity == "public"
    assert [c.category.value for c in res.categories] == ["public_info"]
    assert res.recommended_action == "send"


@pytest.mark.parametrize(
    ("masthead", "posted"),
    [
        # a report's first line, then a time: no masthead ("bao" folded)
        ("Báo cáo nhanh tình hình hội nghị", "19/11/2026 - 15:20"),
        ("Bảo vệ bí mật nhà nước trong tình hình mới", "Thứ Năm, 19/11/2026 - 15:20"),
        # a portal named with no time posted: a line of a paper, not a page of the site
        ("Cổng Thông tin điện tử tỉnh Tuyên Quang", "Ban Biên tập"),
    ],
)
def test_no_masthead_or_no_posting_time_is_no_news_item(masthead: str, posted: str) -> None:
    levels = '"Tuyệt mật", "Tối mật" và "Mật"'
    res = classify_document(_NEWS.format(masthead=masthead, posted=posted, levels=levels))
    assert res.sensitivity != "public"


def test_quoted_levels_beside_an_officer_are_a_list_not_a_mark() -> None:
    masthead, posted = "Cổng Thông tin điện tử tỉnh Tuyên Quang", "Thứ Năm, 19/11/2026 - 15:20"
    for levels in ('"Tuyệt mật", "Tối mật" và "Mật"', "“Tuyệt mật”, “Tối mật”, “Mật”"):
        res = classify_document(_NEWS.format(masthead=masthead, posted=posted, levels=levels))
        assert res.personal_data.identifiable is False
    # one level named near the officer is a secret paper beside him: his name is withheld
    res = classify_document(
        _NEWS.format(masthead=masthead, posted=posted, levels='"Tối mật" (tài liệu kèm theo)')
    )
    assert res.personal_data.identifiable is True


_INSPECTION = (
    "TỈNH ỦY ĐIỆN BIÊN\nỦY BAN KIỂM TRA\nSố 186-TB/UBKTTU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
    "Điện Biên, ngày 12 tháng 11 năm 2026\n\nTHÔNG BÁO\n"
    "kết luận kiểm tra đối với đồng chí Lò Văn Tưởi\n\n"
    "1. Đồng chí Lò Văn Tưởi kê khai tài sản, thu nhập năm 2025 không trung thực: {asset}.\n"
    "2. Đề nghị Ban Thường vụ Tỉnh ủy xem xét, thi hành kỷ luật.\n\n"
    "Nơi nhận:                                          T/M ỦY BAN KIỂM TRA\n"
    "- Ban Thường vụ Tỉnh ủy;                           CHỦ NHIỆM\n"
    "- Lưu: VT.\n"
    "                                                   Điêu Chính Tới\n"
)


@pytest.mark.parametrize(
    "asset",
    [
        "không kê khai khoản tiền gửi tiết kiệm 3,2 tỷ đồng tại Ngân hàng TMCP Quân đội",
        "không kê khai sổ tiết kiệm 1.500.000.000 đồng tại Ngân hàng Nông nghiệp",
        "khong ke khai tai khoan tiet kiem 900.000.000 dong tai Vietcombank",
    ],
)
def test_a_persons_savings_deposit_is_finance(asset: str) -> None:
    res = classify_document(_INSPECTION.format(asset=asset))
    cats = {c.category.value for c in res.categories}
    assert {"personnel", "finance"} <= cats


def test_thrift_is_no_savings_deposit() -> None:
    # "thực hành tiết kiệm, chống lãng phí": the agency's thrift, no one's deposit
    asset = "không thực hành tiết kiệm, chống lãng phí, gây thiệt hại 3,2 tỷ đồng"
    res = classify_document(_INSPECTION.format(asset=asset))
    assert "finance" not in {c.category.value for c in res.categories}


_PLAN = (
    "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ\nSỞ TƯ PHÁP\nSố: 96/KH-STP\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Phú Thọ, ngày 03 tháng 11 năm 2026\n\nKẾ HOẠCH\n"
    "Tập huấn kỹ năng sử dụng trí tuệ nhân tạo năm 2026\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao nhận thức của công chức, viên chức về an toàn thông tin "
    "khi sử dụng công cụ trí tuệ nhân tạo trong công việc hằng ngày của các phòng.\n"
    "II. NỘI DUNG\n1. Nguyên tắc {sentence} vào công cụ trí tuệ nhân tạo công cộng.\n"
    "2. Thực hành: nhận diện văn bản được phép sử dụng với chatbot.\n"
    "III. THỜI GIAN, ĐỊA ĐIỂM\n- Thời gian: ngày 26 và 27/11/2026; địa điểm: Hội trường Sở.\n"
    "- Thành phần: 120 công chức, viên chức của Sở và các đơn vị sự nghiệp trực thuộc.\n\n"
    "Nơi nhận:                                          GIÁM ĐỐC\n- Lưu: VT, VP.\n"
    "                                                   Đoàn Thị Minh Nguyệt\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "không đưa hồ sơ thi hành án, đơn thư khiếu nại, tài liệu nội bộ",
        "khong nhap ho so thi hanh an; ho so to chuc can bo",
        "không dán hồ sơ thi hành án và hồ sơ cán bộ",
    ],
)
def test_a_list_of_files_opened_by_a_verb_names_its_first_file(sentence: str) -> None:
    res = classify_document(_PLAN.format(sentence=sentence))
    assert "enforcement_case" in {c.category.value for c in res.categories}
    assert res.recommended_action == "send"


def test_one_file_named_in_a_sentence_is_still_a_passing_mention() -> None:
    # no list: "chuyển hồ sơ thi hành án" once in a plan of other business
    res = classify_document(_PLAN.format(sentence="không chuyển hồ sơ thi hành án qua thư"))
    assert "enforcement_case" not in {c.category.value for c in res.categories}


_INVITATION = (
    "UBND TỈNH GIA LAI\nSỞ NỘI VỤ\nSố: 217/GM-SNV\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nGia Lai, ngày 02 tháng 12 năm 2026\n\nGIẤY MỜI\n"
    "Dự hội nghị {subject}\n\nSở Nội vụ trân trọng kính mời đại diện lãnh đạo các sở, ban, "
    "ngành dự hội nghị.\nThời gian: 08 giờ 00, thứ Ba ngày 08/12/2026.\n\n"
    "Nơi nhận:                                  KT. GIÁM ĐỐC\n- Như trên;"
    "                               PHÓ GIÁM ĐỐC\n- Lưu: VT.\n"
    "                                           Rơ Châm Thuyết\n"
)


@pytest.mark.parametrize(
    "subject",
    [
        "triển khai phần mềm quản lý hồ sơ công chức dùng chung",
        "chuyển máy chủ cơ sở dữ liệu quản lý hồ sơ thi hành án",
        "trien khai he thong quan ly ho so benh an dien tu",
    ],
)
def test_a_records_system_named_is_it_business(subject: str) -> None:
    res = classify_document(_INVITATION.format(subject=subject))
    assert [c.category.value for c in res.categories] == ["general_admin"]


def test_a_database_named_by_its_records_alone_keeps_its_topic() -> None:
    # protecting "cơ sở dữ liệu cán bộ" is about the cadres' files (documents_holdout dh-043)
    res = classify_document(
        _INVITATION.format(subject="bảo vệ an ninh nội bộ đối với cơ sở dữ liệu cán bộ")
    )
    assert "personnel" in {c.category.value for c in res.categories}


_MAIL = (
    "From: Phùng Đức Mạnh <pdmanh@thads.moj.gov.vn>\n"
    "To: Tổ CNTT THADS tỉnh <cntt.thadsnb@moj.gov.vn>\n"
    "Date: Tue, 01 Dec 2026 09:05\nSubject: Lịch bảo trì máy chủ\n\n"
    "Chào cả tổ,\nTối thứ Sáu 04/12 mình bảo trì máy chủ thư điện tử ở phòng máy tầng 2; các "
    "bạn nhắc người dùng lưu thư trước 17 giờ.\n{body}Cảm ơn cả tổ.\nMạnh - Phụ trách CNTT\n"
)


def test_an_emails_address_lines_are_names_not_its_topic() -> None:
    res = classify_document(_MAIL.format(body=""))
    assert [c.category.value for c in res.categories] == ["general_admin"]
    # the same lines with a case in the body: the body's topic counts
    body = (
        "Chấp hành viên Thắm gửi lại quyết định thi hành án số 112/QĐ-THADS và biên bản kê "
        "biên tài sản để cập nhật.\n"
    )
    res = classify_document(_MAIL.format(body=body))
    assert "enforcement_case" in {c.category.value for c in res.categories}


_REQUEST = (
    "THUẾ TỈNH ĐỒNG THÁP\nTHUẾ CƠ SỞ 3 TỈNH ĐỒNG THÁP\nSố: 1208/TCS3-QLN\n"
    "V/v đề nghị cung cấp thông tin tài khoản của người nộp thuế\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Cao Lãnh, ngày 21 tháng 11 năm 2026\n\n"
    "Kính gửi: Ngân hàng TMCP Công Thương Việt Nam - Chi nhánh Đồng Tháp.\n\n"
    "Thuế cơ sở 3 đề nghị Quý Ngân hàng cung cấp thông tin về tài khoản của người nộp thuế:\n"
    "- Chủ hộ: ông Võ Văn Đức Bảy, số định danh cá nhân 087069014826\n"
    "- Số tài khoản đã kê khai: 108871264305\n"
    "{line}\n\n"
    "Nơi nhận:                                        TRƯỞNG THUẾ CƠ SỞ\n- Lưu: VT.\n"
    "                                                 Huỳnh Thị Kim Luyến\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Nội dung đề nghị: số dư tại thời điểm trả lời, sao kê giao dịch từ 01/7/2026.",
        "Đề nghị Quý Ngân hàng cung cấp số dư, sao kê giao dịch của tài khoản nêu trên.",
        "Noi dung de nghi: so du tai thoi diem tra loi, sao ke giao dich tu 01/7/2026.",
    ],
)
def test_bank_data_asked_for_is_not_shown(line: str) -> None:
    # the payee-account rule: an account without a balance or a debt shown is personal
    res = classify_document(_REQUEST.format(line=line))
    assert res.sensitivity == "personal"
    assert [c.category.value for c in res.categories] == ["finance"]


@pytest.mark.parametrize(
    "line",
    [
        # a balance shown with its sum
        "Số dư tại ngày 20/11/2026: 86.400.000 đồng; sao kê giao dịch kèm theo.",
        # a request beside a debt stated with its sum (holdout8's dh8-021)
        "Tiền thuế nợ 238.760.000 đồng. Nội dung đề nghị: số dư, sao kê giao dịch.",
    ],
)
def test_a_balance_or_a_debt_shown_is_sensitive(line: str) -> None:
    res = classify_document(_REQUEST.format(line=line))
    assert res.sensitivity == "sensitive_personal"
