"""Header fields read from the top-left block: the issuer is a body's name, never a leaflet's
title that folds like one."""

from __future__ import annotations

from ai_guard import classify_document

LEAFLET = """{body}
{title}
LUAT BAO VE DU LIEU CA NHAN NAM 2025
Hoi: Du lieu ca nhan nhay cam gom nhung gi?
Dap: Theo Luat, du lieu ca nhan nhay cam la du lieu gan lien voi quyen rieng tu.
Tai lieu pho bien, giao duc phap luat - phat mien phi.
"""


def test_a_question_and_answer_title_is_no_issuer() -> None:
    # "HỎI - ĐÁP" folds to "hoi - dap", and "hội" (an association) opens a body's name
    for title in ("HOI - DAP PHAP LUAT", "HỎI - ĐÁP PHÁP LUẬT", "HỎI ĐÁP PHÁP LUẬT"):
        res = classify_document(LEAFLET.format(body="SỞ TƯ PHÁP TP. HỒ CHÍ MINH", title=title))
        assert res.header.issuer is not None
        assert res.header.issuer.text == "SỞ TƯ PHÁP TP. HỒ CHÍ MINH", title


def test_an_association_is_still_an_issuer() -> None:
    res = classify_document(LEAFLET.format(body="", title="HỘI LUẬT GIA TỈNH NGHỆ AN"))
    assert res.header.issuer is not None
    assert res.header.issuer.text == "HỘI LUẬT GIA TỈNH NGHỆ AN"


DATED = """CÔNG AN TỈNH SƠN LA
Số: 21/KH-CAT
{line}
KẾ HOẠCH
Bảo đảm an ninh
"""


def test_a_stamp_flattened_onto_the_date_line_is_not_the_place() -> None:
    for stamp in ("TUYỆT MẬT", "MẬT", "HỎA TỐC", "TUYET MAT"):
        res = classify_document(DATED.format(line=f"{stamp} Sơn La, ngày 06 tháng 3 năm 2024"))
        assert res.header.place_date is not None
        assert res.header.place_date.text == "Sơn La, ngày 06 tháng 3 năm 2024", stamp
        assert res.header.place == "Sơn La"


def test_a_place_in_ordinary_case_keeps_its_words() -> None:
    # a stamp's word in ordinary case is a place's syllable, not a stamp
    res = classify_document(DATED.format(line="Mật Sơn, ngày 06 tháng 3 năm 2024"))
    assert res.header.place == "Mật Sơn"
