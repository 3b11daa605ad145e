"""Rules from the blind documents_holdout17.jsonl (protected files and their look-alikes): a
secrecy level whose letters a scan spaced or split, a number line OCR broke (a space between
its digits, every digit read as a letter), a paper's title opening with "bản" where an issuer
stands, a Bahnar signer's name after "A". Each rule has a hard negative beside it."""

from __future__ import annotations

import pytest

from ai_guard import classify_document
from ai_guard.classify.models import Sensitivity

_PLAN = (
    "BỘ CHỈ HUY QUÂN SỰ TỈNH SƠN LA\nBAN CHỈ HUY PHÒNG THỦ KHU VỰC 4\n{level}\n{number}\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Mộc Châu, ngày 16 tháng 11 năm 2026\n\nKẾ HOẠCH\nDiễn tập khu vực phòng thủ năm 2027\n\n"
    "I. Ý ĐỊNH\nTổ chức diễn tập chuyển trạng thái sẵn sàng chiến đấu tại các xã.\n\n"
    "CHỈ HUY TRƯỞNG\nLầu Bá Giàng\n"
)


def _plan(level: str = "", number: str = "Số: 27/KH-BCH") -> str:
    return _PLAN.format(level=level, number=number)


@pytest.mark.parametrize(
    ("level", "sensitivity"),
    [
        ("T U Y Ệ T   M Ậ T", Sensitivity.ABSOLUTE_SECRET),  # split at the wide gap too
        ("T U Y Ệ T M Ậ T", Sensitivity.ABSOLUTE_SECRET),
        ("t u y ệ t  m ậ t", Sensitivity.ABSOLUTE_SECRET),
        ("T.U.Y.Ệ.T M.Ậ.T", Sensitivity.ABSOLUTE_SECRET),
        ("T-U-Y-Ệ-T M-Ậ-T", Sensitivity.ABSOLUTE_SECRET),
        ("TUY ỆT MẬT", Sensitivity.ABSOLUTE_SECRET),  # OCR split the first word
        ("T U Y Ê T  M Â T", Sensitivity.ABSOLUTE_SECRET),  # and misread its marks
        ("**T U Y Ệ T   M Ậ T**", Sensitivity.ABSOLUTE_SECRET),
        ("T Ố I   M Ậ T", Sensitivity.TOP_SECRET),
        ("T.Ố.I M.Ậ.T", Sensitivity.TOP_SECRET),
        ("T Ố l  M Ậ T", Sensitivity.TOP_SECRET),  # l for I
        ("T Ô I M Â T", Sensitivity.TOP_SECRET),
        # a lone "mật" spaced stays the lowest level
        ("M Ậ T", Sensitivity.SECRET),
        ("M.Ậ.T", Sensitivity.SECRET),
        ("MẬT", Sensitivity.SECRET),
    ],
)
def test_a_spaced_level_reads_as_the_level_it_spells(level: str, sensitivity: Sensitivity) -> None:
    res = classify_document(_plan(level=level))
    assert res.sensitivity is sensitivity
    # the stamp's pieces are no issuer: the unit's own line is
    assert res.header.issuer is not None
    assert res.header.issuer.text == "BAN CHỈ HUY PHÒNG THỦ KHU VỰC 4"


@pytest.mark.parametrize(
    ("line", "number", "digits"),
    [
        ("Sô: 2 7/KH-BCH", "2 7/KH-BCH", "27"),  # a space OCR put between two digits
        ("Số: 1 2 5/KH-BCH", "1 2 5/KH-BCH", "125"),
        ("S0: 1 0/KH-BCH", "1 0/KH-BCH", "10"),
        ("Số 2 7-KH/ĐU", "2 7-KH/ĐU", "27"),  # the Party's style
        ("S6: ll/CĐ-UBND", "ll/CĐ-UBND", "11"),  # every digit read as a letter
        ("Số: lO/KH-BCH", "lO/KH-BCH", "10"),
        ("Số; Ol/KH-BCH", "Ol/KH-BCH", "01"),  # the colon read as a semicolon
    ],
)
def test_a_number_ocr_broke_is_the_number_not_the_issuer(
    line: str, number: str, digits: str
) -> None:
    res = classify_document(_plan(level="T U Y Ệ T   M Ậ T", number=line))
    assert res.header.number_symbol is not None
    assert res.header.number_symbol.text == number
    assert res.header.number == digits
    assert res.header.issuer is not None
    assert res.header.issuer.text == "BAN CHỈ HUY PHÒNG THỦ KHU VỰC 4"


@pytest.mark.parametrize(
    "line",
    [
        "Sô ll/KH-BCH",  # no colon: letters that may be anything (holdout16's negative)
        "Số: lô/KH-BCH",  # a word
        "Số lô/Hạn dùng: 12",
        "Số: OO/KH-BCH",  # no 1 among them: no number OCR read
    ],
)
def test_letters_without_a_digit_outside_the_number_field_are_no_number(line: str) -> None:
    res = classify_document(_plan(number=line))
    assert res.header.number_symbol is None


_REVIEW = (
    "ĐẢNG ỦY SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n{body}\n*\nCao Bằng, ngày 09 tháng 11 năm 2026\n\n"
    "{title}\n(Phục vụ công tác bổ nhiệm lại)\n\n"
    "Họ và tên: Bế Thị Hồng Thoan, sinh năm 1980. Chức vụ: Phó Chi cục trưởng.\n"
    "Kết luận: Đủ điều kiện đề nghị bổ nhiệm lại.\n\nT/M CHI ỦY\nBÍ THƯ\nĐàm Quốc Tuấn\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "BẢN NHẬN XÉT, ĐÁNH GIÁ CÁN BỘ",
        "BẢN ĐÁNH GIÁ CÁN BỘ",
        "BẢN CAM KẾT",
        "BẢN TƯỜNG TRÌNH",
        "BẢN XÁC NHẬN",
        "Bản nhận xét cán bộ",
        "BAN NHAN XET, DANH GIA CAN BO",  # typed without diacritics: the paper's word tells
        "BAN DANH GIA CAN BO",
    ],
)
def test_a_papers_title_opening_with_ban_is_no_issuer(title: str) -> None:
    res = classify_document(_REVIEW.format(body="CHI BỘ CHI CỤC THỦY LỢI", title=title))
    assert res.header.issuer is not None
    assert res.header.issuer.text == "CHI BỘ CHI CỤC THỦY LỢI"


@pytest.mark.parametrize(
    "board", ["BAN CHỈ HUY QUÂN SỰ XÃ", "BAN TỔ CHỨC TỈNH ỦY", "BAN AN TOÀN GIAO THÔNG"]
)
def test_a_boards_line_stays_the_issuer(board: str) -> None:
    res = classify_document(
        _REVIEW.format(body="CHI BỘ CHI CỤC THỦY LỢI", title="BẢN NHẬN XÉT CÁN BỘ").replace(
            "CHI BỘ CHI CỤC THỦY LỢI", board
        )
    )
    assert res.header.issuer is not None
    assert res.header.issuer.text == board


def test_a_road_safety_board_is_no_judgment() -> None:
    # "BAN AN TOÀN GIAO THÔNG" folds as "bản án ...": a board's name, not a judgment's type line
    text = (
        "UBND TỈNH HÀ TĨNH\nBAN AN TOÀN GIAO THÔNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "KẾ HOẠCH\nTăng cường kiểm tra nồng độ cồn dịp cuối năm\n\nNội dung kế hoạch.\n\n"
        "TRƯỞNG BAN\nNguyễn Văn An\n"
    )
    res = classify_document(text)
    assert res.doc_type == "ke_hoach"
    assert res.header.issuer is not None
    assert res.header.issuer.text == "BAN AN TOÀN GIAO THÔNG"
    judgment = "TÒA ÁN NHÂN DÂN KHU VỰC 2\n\nBẢN ÁN 12/2026/HS-ST\nNGÀY 12-11-2026\n\nNội dung.\n"
    assert classify_document(judgment).doc_type == "ban_an"


_NOTICE = (
    "ĐẢNG BỘ TỈNH QUẢNG NGÃI\nĐẢNG ỦY PHƯỜNG KON TUM\nSố 56-TB/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
    "Kon Tum, ngày 01 tháng 12 năm 2026\n\nTHÔNG BÁO\nkết luận của Ban Thường vụ\n\n"
    "Ban Thường vụ kết luận: chuẩn bị tổ chức hội nghị tổng kết năm 2026.\n\n"
    "Nơi nhận:                                          T/M BAN THƯỜNG VỤ\n"
    "- Các chi bộ trực thuộc;                           PHÓ BÍ THƯ\n"
    "- Lưu: VP.                                         {name}\n"
)


@pytest.mark.parametrize("name", ["A Đrim", "A Pớt", "A Hmưn", "Y Ngọc", "Y Mửi", "Ka Thị Hoa"])
def test_a_minority_signers_name_after_its_prefix_is_the_signer(name: str) -> None:
    res = classify_document(_NOTICE.format(name=name))
    assert res.header.signer is not None
    assert res.header.signer.text == name


@pytest.mark.parametrize("line", ["Y Tế", "Y Khoa", "A Di Đà", "A"])
def test_a_phrase_a_prefix_opens_is_no_signer(line: str) -> None:
    res = classify_document(_NOTICE.format(name=line))
    assert res.header.signer is None


# -- categories --------------------------------------------------------------------------------

_REPORT = (
    "THI HÀNH ÁN DÂN SỰ TỈNH VĨNH LONG\nSố: 1528/BC-THADS\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nVĩnh Long, ngày 30 tháng 11 năm 2026\n\nBÁO CÁO\n"
    "Kết quả thi hành án dân sự 02 tháng đầu năm 2027\n"
    "(Công khai trên Cổng thông tin điện tử tỉnh theo Quy chế công khai kết quả thi hành án)\n\n"
    "I. KẾT QUẢ CHUNG\nToàn tỉnh thụ lý 9.846 việc, tương ứng 4.112 tỷ đồng; trong đó số có "
    "điều kiện thi hành là 7.204 việc, thi hành xong 1.377 việc.\n"
    "II. NHIỆM VỤ THÁNG 12/2026\nTập trung xác minh, phân loại án; tổ chức cưỡng chế các việc "
    "có điều kiện; {task}.\n\n"
    "Nơi nhận:                                        THỦ TRƯỞNG\n"
    "- Cục Quản lý THADS (để b/c);\n- UBND tỉnh;\n- Cổng TTĐT tỉnh;\n"
    "- Lưu: VT, NV.                                   Thạch Minh Sơn\n"
)


@pytest.mark.parametrize(
    "task",
    [
        "không để phát sinh khiếu nại kéo dài",
        "không để xảy ra khiếu kiện đông người",
        "hạn chế thấp nhất phát sinh đơn thư khiếu nại",
        "tránh phát sinh điểm nóng, khiếu kiện",
        "phòng ngừa khiếu nại vượt cấp",
    ],
)
def test_a_complaint_kept_from_arising_is_no_complaint_file(task: str) -> None:
    res = classify_document(_REPORT.format(task=task))
    assert res.category_names == ["enforcement_case"]


def test_a_complaint_the_report_handles_stays_a_complaint_file() -> None:
    task = (
        "giải quyết dứt điểm đơn khiếu nại của bà Trần Thị Mơ về việc kê biên nhà đất, không "
        "để phát sinh khiếu nại vượt cấp"
    )
    res = classify_document(_REPORT.format(task=task))
    assert "complaint_denunciation" in res.category_names


def test_a_report_without_kinh_gui_is_addressed_to_its_recipients_not_the_public() -> None:
    # published on the portal (public), addressed to the bodies of its Nơi nhận: no public_info
    res = classify_document(_REPORT.format(task="nâng cao tỷ lệ thi hành xong"))
    assert res.sensitivity is Sensitivity.PUBLIC
    assert "public_info" not in res.category_names


def test_a_notice_to_the_public_posted_on_the_portal_keeps_public_info() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nPHƯỜNG HẠC THÀNH\nSố: 77/TB-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nHạc Thành, ngày 30 tháng 11 năm 2026\n\nTHÔNG BÁO\n"
        "Lịch tiếp công dân tháng 12/2026\n\nỦy ban nhân dân phường thông báo đến toàn thể "
        "Nhân dân lịch tiếp công dân định kỳ của Chủ tịch UBND phường vào sáng thứ Năm hằng "
        "tuần tại Trụ sở tiếp công dân phường.\n\nNơi nhận:                    CHỦ TỊCH\n"
        "- Cổng TTĐT phường;\n- Niêm yết tại trụ sở;\n- Lưu: VT.    Lê Văn Tám\n"
    )
    res = classify_document(text)
    assert "public_info" in res.category_names


_SUBMISSION = (
    "ỦY BAN NHÂN DÂN\nXÃ HẢI HẬU\nSố: 83/TTr-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nHải Hậu, ngày 19 tháng 11 năm 2026\n\nTỜ TRÌNH\n{subject}\n\n"
    "Kính gửi: Sở Nội vụ tỉnh Ninh Bình.\n\nỦy ban nhân dân xã Hải Hậu đề nghị Sở Nội vụ xem "
    "xét, giải quyết cho ông Vũ Đức Toản, sinh ngày 11/4/1969, công chức Tài chính - Kế toán "
    "xã, {what} kể từ ngày 01/01/2027.\n\nNơi nhận:                    TM. ỦY BAN NHÂN DÂN\n"
    "- Như trên;                                  CHỦ TỊCH\n- Lưu: VT.    Đặng Xuân Trường\n"
)


@pytest.mark.parametrize(
    ("subject", "what"),
    [
        ("Về việc đề nghị giải quyết nghỉ hưu trước tuổi đối với công chức", "được nghỉ hưu"),
        ("Về việc đề nghị nghỉ hưu sớm đối với công chức", "được nghỉ hưu"),
        ("Về việc nghỉ hưu để hưởng chế độ bảo hiểm xã hội", "được nghỉ hưu"),
    ],
)
def test_an_officials_retirement_is_a_personnel_measure(subject: str, what: str) -> None:
    res = classify_document(_SUBMISSION.format(subject=subject, what=what))
    assert "personnel" in res.category_names


def test_retirements_counted_in_another_fields_report_are_no_personnel_file() -> None:
    text = _REPORT.format(task="bổ sung biên chế do một số chấp hành viên nghỉ hưu")
    assert "personnel" not in classify_document(text).category_names


_JUDGMENT = (
    "{injury}\nXét tính chất, mức độ nguy hiểm của hành vi, bị cáo Tăng Văn Hoàng phạm tội "
    "thuộc trường hợp tái phạm.\n\nVì các lẽ trên,\nQUYẾT ĐỊNH:\n"
    '1. Tuyên bố bị cáo Tăng Văn Hoàng phạm tội "Cố ý gây thương tích".\n'
    "Xử phạt bị cáo Tăng Văn Hoàng 03 (ba) năm tù, thời hạn tù tính từ ngày bắt tạm giam "
    "05/5/2026.\n2. Buộc bị cáo bồi thường cho bị hại ông Huỳnh Văn Chẩn số tiền 66.400.000 "
    "đồng.\n\n                     TM. HỘI ĐỒNG XÉT XỬ\n"
    "                     THẨM PHÁN - CHỦ TỌA PHIÊN TÒA\n                     Lữ Thị Thanh Nhạn\n"
)


@pytest.mark.parametrize(
    "injury",
    [
        "Bị hại ông Huỳnh Văn Chẩn bị chấn thương sọ não, vỡ xương gò má trái.",
        "Bị hại ông Huỳnh Văn Chẩn bị đa chấn thương, phải điều trị dài ngày.",
        "Bị hại ông Huỳnh Văn Chẩn bị gãy xương cẳng tay phải, tụ máu vùng đầu.",
        "Bị hại ông Huỳnh Văn Chẩn bị chấn thương phần mềm vùng mặt, gãy xương mũi.",
    ],
)
def test_a_victims_injuries_described_are_health(injury: str) -> None:
    res = classify_document(_JUDGMENT.format(injury=injury))
    assert set(res.category_names) == {"criminal_procedure", "health"}


def test_an_injury_rate_alone_is_a_fact_of_the_case() -> None:
    # holdout's dh-041: the rate of a victim's injury, with no injury described, is no health
    injury = "Bị cáo gây thương tích cho ông Huỳnh Văn Chẩn với tỷ lệ tổn thương cơ thể 34%."
    res = classify_document(_JUDGMENT.format(injury=injury))
    assert res.category_names == ["criminal_procedure"]


_CELL = (
    "ĐẢNG BỘ XÃ NGHĨA ĐÀN\nCHI BỘ THÔN KHE BÒN\n*\nSố 08-NQ/CB\nĐẢNG CỘNG SẢN VIỆT NAM\n"
    "Nghĩa Đàn, ngày 29 tháng 11 năm 2026\n\n{title}\n{subject}\n\n"
    "Chi bộ thôn Khe Bòn họp xem xét đảng viên Nhữ Văn Thiêm, sinh năm 1972, trưởng thôn.\n"
    "Qua kiểm tra của Ủy ban Kiểm tra Đảng ủy xã, đồng chí Nhữ Văn Thiêm đã tự ý thu của 27 hộ "
    "dân mỗi hộ 500.000 đồng nhưng không lập sổ sách; {letter}.\n"
    "Chi bộ quyết nghị: {decision}\n\n                  T/M CHI BỘ\n                  BÍ THƯ\n"
    "                  Lục Thị Vân Khiết\n"
)


@pytest.mark.parametrize(
    "letter",
    [
        "có đơn phản ánh của nhân dân",
        "có 02 đơn tố cáo của nhân dân",
        "có đơn kiến nghị của hộ dân",
    ],
)
def test_a_letter_cited_in_a_disciplinary_paper_is_a_complaint_file(letter: str) -> None:
    text = _CELL.format(
        title="NGHỊ QUYẾT",
        subject="về việc đề nghị thi hành kỷ luật đảng viên",
        letter=letter,
        decision="đề nghị Đảng ủy xã thi hành kỷ luật đồng chí Nhữ Văn Thiêm bằng hình thức "
        "cảnh cáo.",
    )
    assert set(classify_document(text).category_names) == {"personnel", "complaint_denunciation"}


def test_no_letter_in_a_disciplinary_paper_is_no_complaint_file() -> None:
    text = _CELL.format(
        title="NGHỊ QUYẾT",
        subject="về việc đề nghị thi hành kỷ luật đảng viên",
        letter="không có đơn thư liên quan",
        decision="đề nghị Đảng ủy xã thi hành kỷ luật đồng chí Nhữ Văn Thiêm bằng hình thức "
        "cảnh cáo.",
    )
    assert classify_document(text).category_names == ["personnel"]


def test_a_past_letter_in_an_evaluation_is_no_complaint_file() -> None:
    # holdout17's dh17-010: an evaluation for reappointment that notes a past letter, closed by
    # self-criticism, is a personnel file only
    text = _CELL.format(
        title="BẢN NHẬN XÉT, ĐÁNH GIÁ CÁN BỘ",
        subject="(Phục vụ công tác bổ nhiệm lại)",
        letter="có 01 đơn phản ánh năm 2025 về thái độ ứng xử, đã kiểm điểm rút kinh nghiệm",
        decision="đủ điều kiện đề nghị bổ nhiệm lại.",
    )
    assert classify_document(text).category_names == ["personnel"]


@pytest.mark.parametrize(
    ("line", "urgency"),
    [
        ("K H Ẩ N", "khan"),
        ("H Ỏ A   T Ố C", "hoa_toc"),
        ("T H Ư Ợ N G   K H Ẩ N", "thuong_khan"),
        ("D Ự   T H Ả O", "none"),
        ("L Ư U   H À N H   N Ộ I   B Ộ", "none"),
    ],
)
def test_a_letter_spaced_mark_is_no_issuer_and_no_name(line: str, urgency: str) -> None:
    # the family of the spaced level: any mark a scan letter-spaced above the number
    res = classify_document(_plan(level=line))
    assert res.header.issuer is not None
    assert res.header.issuer.text == "BAN CHỈ HUY PHÒNG THỦ KHU VỰC 4"
    assert res.urgency == urgency
    assert res.personal_data.private_names == 0  # "K H Ẩ N" read as a name is no one's


def test_a_name_in_capitals_stays_a_name() -> None:
    # a private person's name in capitals is a name: only one-letter words are a spaced mark
    text = _plan().replace(
        "Tổ chức diễn tập",
        "Ông LÒ VĂN PÁO, sinh năm 1980, trú tại thôn Bản Mòng, chịu trách nhiệm tổ chức diễn tập",
    )
    assert classify_document(text).personal_data.private_names == 1


_COUNCIL_REPORT = (
    "ỦY BAN NHÂN DÂN\nTỈNH VĨNH LONG\nSố: 604/BC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nVĩnh Long, ngày 01 tháng 12 năm 2026\n\nBÁO CÁO\n"
    "Công tác tiếp công dân, giải quyết khiếu nại, tố cáo năm 2026\n{note}\n\n"
    "1. Các cơ quan hành chính tiếp 9.412 lượt công dân; nhận 1.286 đơn khiếu nại, 214 đơn "
    "tố cáo, đã giải quyết 90%.\n2. Nguyên nhân khiếu nại chủ yếu liên quan bồi thường khi "
    "thu hồi đất.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Quỳnh Thiện\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "(Phục vụ kỳ họp thứ Sáu, HĐND tỉnh khóa X; công khai trên Cổng thông tin điện tử tỉnh)",
        "(Công khai trên Cổng TTĐT tỉnh theo quy định)",
        "(Niêm yết tại trụ sở và đăng trên Cổng thông tin điện tử)",
    ],
)
def test_a_note_under_the_title_that_the_paper_is_published_makes_it_public(note: str) -> None:
    res = classify_document(_COUNCIL_REPORT.format(note=note))
    assert res.sensitivity is Sensitivity.PUBLIC
    assert res.category_names == ["complaint_denunciation"]  # to the council: no public_info


@pytest.mark.parametrize(
    "note",
    [
        "(Đăng tải trên Cổng thông tin điện tử tỉnh để lấy ý kiến rộng rãi của Nhân dân)",
        "(Phục vụ kỳ họp thứ Sáu, HĐND tỉnh khóa X)",
        "",
    ],
)
def test_a_draft_for_comment_or_no_note_is_not_public(note: str) -> None:
    res = classify_document(_COUNCIL_REPORT.format(note=note))
    assert res.sensitivity is not Sensitivity.PUBLIC
