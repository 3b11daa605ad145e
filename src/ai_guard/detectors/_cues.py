"""Context cue lists shared by several detectors (folded when compiled)."""

from __future__ import annotations

from ai_guard.text import Document
from ai_guard.text.match import CueSet
from ai_guard.text.numbers import NumberToken

CCCD = CueSet(
    [
        "CCCD",
        "CC",
        "số CC",
        "căn cước",
        "căn cước công dân",
        "thẻ căn cước",
        "số căn cước",
        "số định danh",
        "định danh cá nhân",
        "số định danh cá nhân",
        "mã định danh",
        "ĐDCN",
        "CMND/CCCD",
        "CCCD/CMND",
        "CMND/CC",
        "CMT/CCCD",
        "citizen ID",
        "ID card",
        "national ID",
        "ID number",
        "personal ID",
        "identity card",
        "ID",
        "số ID",
        "giấy tờ tùy thân",
        "GTTT",
        "CCCD số",
        "căn cước số",
        "số thẻ căn cước",
        "căn cước công dân số",
        "thẻ CCCD",
    ]
)
CMND = CueSet(
    [
        "CMND",
        "CMTND",
        "CMT",
        "số CM",
        "chứng minh nhân dân",
        "chứng minh thư",
        "giấy chứng minh nhân dân",
        "số CMND",
        "CMND số",
        "CMTND số",
        "chứng minh nhân dân số",
        "old ID card",
        "ID card number",
    ]
)
TAX = CueSet(
    [
        "MST",
        "mã số thuế",
        "mã số thuế cá nhân",
        "mã số doanh nghiệp",
        "MSDN",
        "MSDN/MST",
        "tax code",
        "tax ID",
        "TIN",
        "mã số thuế số",
        "MST số",
        "mã thuế",
        "mã số chi nhánh",
        "mã số đơn vị",
        "mã số đơn vị phụ thuộc",
        "tax number",
    ]
)
BANK = CueSet(
    [
        "STK",
        "số tài khoản",
        "số TK",
        "TK số",
        "tài khoản số",
        "tài khoản",
        "TK",
        "số tk ngân hàng",
        "account",
        "account no",
        "account number",
        "acct",
        "bank account",
        "chủ tài khoản",
        "chủ TK",
        "số thẻ ngân hàng",
        "số thẻ tín dụng",
        "credit card",
        "số thẻ ATM",
        "thẻ ATM",
        "card number",
        "tài khoản ngân hàng",
        "số tài khoản ngân hàng",
        "chuyển khoản",
        "chuyển khoản vào",
        "chuyển vào tài khoản",
    ]
)
PHONE = CueSet(
    [
        "điện thoại",
        "số điện thoại",
        "ĐT",
        "SĐT",
        "SDT",
        "DĐ",
        "di động",
        "ĐTDĐ",
        "tel",
        "phone",
        "mobile",
        "hotline",
        "zalo",
        "liên hệ",
        "gọi",
        "nhắn tin",
        "fax",
        "số máy",
        "cell",
        "điện thoại liên hệ",
        "phone number",
    ]
)
BHXH = CueSet(
    [
        "BHXH",
        "mã số BHXH",
        "số sổ BHXH",
        "sổ BHXH",
        "bảo hiểm xã hội",
        "mã BHXH",
        "sổ bảo hiểm xã hội",
        "mã số bảo hiểm xã hội",
        "social insurance",
        "số BHXH",
        "social insurance number",
    ]
)
BHYT = CueSet(
    [
        "BHYT",
        "thẻ BHYT",
        "mã thẻ BHYT",
        "số thẻ BHYT",
        "bảo hiểm y tế",
        "thẻ bảo hiểm y tế",
        "số thẻ bảo hiểm y tế",
        "mã thẻ bảo hiểm y tế",
        "health insurance",
        "mã BHYT",
        "health insurance card",
    ]
)
#: Currency and measure units right after a number make it an amount, never an identifier.
#: (Counting words such as "người", "ngày" are not here: no identifier-sized number counts
#: people or days, and "CCCD 001085012345 ngày cấp ..." must still be found.)
MONEY_AFTER = CueSet(
    [
        "đồng",
        "đ",
        "VNĐ",
        "VND",
        "vnd",
        "triệu",
        "tỷ",
        "nghìn",
        "ngàn",
        "USD",
        "EUR",
        "$",
        "%",
        "kg",
        "tấn",
        "m2",
        "m²",
        "ha",
        "km",
        "triệu đồng",
        "tỷ đồng",
    ],
    after_seps=r"[ \t\u00a0]*",  # "125.000.000 đồng": the unit follows directly
)


def is_amount(doc: Document, tok: NumberToken) -> bool:
    """Whether a whole number run is an amount ("125.000.000 đồng"): then no window of it is an
    identifier, not even "125.000" inside it."""
    return MONEY_AFTER.after(doc, tok.groups[-1][1], 10) is not None
