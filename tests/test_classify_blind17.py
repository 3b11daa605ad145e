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
