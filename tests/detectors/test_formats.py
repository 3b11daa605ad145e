"""Identifiers as people type them (issue 14): lower-case and unusual formats, OCR confusions
inside a cued number, full-width digits and invisible characters in every numeric family, and
a spreadsheet that dropped a leading zero. Positives and the realistic negatives beside them."""

from __future__ import annotations

import pytest

from ai_guard import EntityType

E = EntityType
FAMILY = (
    E.CCCD, E.CMND, E.PASSPORT, E.PHONE, E.TAX_CODE, E.BANK_ACCOUNT, E.SOCIAL_INSURANCE,
    E.HEALTH_INSURANCE, E.LICENSE_PLATE, E.CASE_NUMBER,
)  # fmt: skip
ZW, SHY, NBSP, THIN = "\u200b", "\u00ad", "\u00a0", "\u2009"

ROWS = [
    # -- lower-case and unusual formats --------------------------------------------------------
    pytest.param("Số hộ chiếu: c4829173", E.PASSPORT, "c4829173", 0.8, id="passport-lower"),
    pytest.param("hộ chiếu số c4829173 cấp ngày 1/2/2020", E.PASSPORT, "c4829173", 0.8,
                 id="passport-lower-prose"),
    pytest.param("Passport: C 4829173", E.PASSPORT, "C 4829173", 0.8, id="passport-spaced"),
    pytest.param("mã sản phẩm c4829173", None, None, 0, id="product-code-no-cue"),
    # foreign passports in Vietnamese text (holdout5): Korea, China, one letter + 8 digits
    pytest.param("ho chieu cua kim ji-hoon so m12345678 het han", E.PASSPORT, "m12345678", 0.8,
                 id="passport-korean-lower"),
    pytest.param("hộ chiếu Trung Quốc số EA1234567", E.PASSPORT, "EA1234567", 0.8,
                 id="passport-two-letters"),
    pytest.param("Số hộ chiếu: N 12345678", E.PASSPORT, "N 12345678", 0.8,
                 id="passport-letter-space-8"),
    pytest.param("mã đơn hàng m12345678", None, None, 0, id="order-code-no-cue"),
    # nine digits right after a passport cue (the US, the UK; Russia's series and number)
    pytest.param("lecturer contract, passport no. 75 4821936", E.PASSPORT, "75 4821936", 0.8,
                 id="passport-russian-series-number"),
    pytest.param("US passport number 123456789 for the visa", E.PASSPORT, "123456789", 0.8,
                 id="passport-nine-digits"),
    pytest.param("mã vận đơn 123456789 giao ngày mai", None, None, 0,
                 id="nine-digits-no-passport-cue"),
    pytest.param("Mã thẻ BHYT: dn4790123456789", E.HEALTH_INSURANCE, "dn4790123456789", 0.8,
                 id="bhyt-lower"),
    pytest.param("thẻ bhyt dn 4 79 0123456789", E.HEALTH_INSURANCE, "dn 4 79 0123456789", 0.8,
                 id="bhyt-lower-spaced"),
    pytest.param("Mã thẻ BHYT: DN 4 79 0120 878 811", E.HEALTH_INSURANCE,
                 "DN 4 79 0120 878 811", 0.8, id="bhyt-regrouped"),
    pytest.param("Thẻ BHYT HS4 01 01208 78811 còn hạn", E.HEALTH_INSURANCE,
                 "HS4 01 01208 78811", 0.8, id="bhyt-odd-groups"),
    pytest.param("mã hàng xy4790123456789", None, None, 0, id="bhyt-unknown-group-no-cue"),
    pytest.param("bản án 102/2024/hs-st của TAND", E.CASE_NUMBER, "102/2024/hs-st", 0.8,
                 id="case-lower"),
    pytest.param("quyết định số 15/2023/qđst-ds", E.CASE_NUMBER, "15/2023/qđst-ds", 0.8,
                 id="case-lower-qdst"),
    pytest.param("Quyết định số 15/2023/QĐST–DS ngày", E.CASE_NUMBER, "15/2023/QĐST–DS", 0.8,
                 id="case-en-dash"),
    pytest.param("Bản án số 15 / 2023 / QĐST-DS", E.CASE_NUMBER, "15 / 2023 / QĐST-DS", 0.8,
                 id="case-spaced"),
    pytest.param("nghị định 13/2023/nđ-cp", None, None, 0, id="decree-lower"),
    pytest.param("xem trang 12/2024/hc", None, None, 0, id="lower-case-code-without-stage"),
    pytest.param("biển số 29h1-456.78", E.LICENSE_PLATE, "29h1-456.78", 0.8, id="plate-lower"),
    pytest.param("vehicle 43a-219.58 registered to him", E.LICENSE_PLATE, "43a-219.58", 0.8,
                 id="plate-lower-english-cue"),
    pytest.param("motorbike 29b1-12345 belonging to", E.LICENSE_PLATE, "29b1-12345", 0.8,
                 id="motorbike-lower-english-cue"),
    pytest.param("xe ô tô 30E12345 đỗ trước cổng", E.LICENSE_PLATE, "30E12345", 0.8,
                 id="plate-compact"),
    pytest.param("biển kiểm soát 77C 012.34", E.LICENSE_PLATE, "77C 012.34", 0.8,
                 id="plate-space"),
    pytest.param("Xe 51F-123.45 vượt đèn đỏ", E.LICENSE_PLATE, "51F-123.45", 0.8,
                 id="plate-canonical"),
    pytest.param("xe máy 29-H1 456.78", E.LICENSE_PLATE, "29-H1 456.78", 0.8,
                 id="plate-bike-hyphen"),
    pytest.param("Model 30E12345 của hãng", None, None, 0, id="model-number-no-cue"),
    pytest.param("mã 29h1-456.78 trong kho", None, None, 0, id="lower-plate-no-cue"),
    # a lower-case plate in the full canonical form (hyphen and dotted number) needs no cue
    pytest.param("| 1 | châu văn lộc | 36a-518.72 | vượt đèn đỏ |", E.LICENSE_PLATE,
                 "36a-518.72", 0.8, id="lower-canonical-car-in-a-row"),
    pytest.param("| 2 | mai thị cúc | 36-b5 207.19 | không đội mũ |", E.LICENSE_PLATE,
                 "36-b5 207.19", 0.8, id="lower-canonical-bike-in-a-row"),
    pytest.param("mã 10a-123.45 trong kho", None, None, 0, id="lower-canonical-unknown-code"),
    # a cue heading the table column, an OCR 'o' in a lower-case plate after its cue
    pytest.param("| Họ và tên | Biển số xe |\n|---|---|\n| Châu Văn Lộc | 36E12345 |",
                 E.LICENSE_PLATE, "36E12345", 0.8, id="compact-plate-under-its-column"),
    pytest.param("bks 51f-4o8.26 vi phạm nồng độ cồn", E.LICENSE_PLATE, "51f-4o8.26", 0.8,
                 id="ocr-lower-o-after-cue"),
    # -- OCR confusions inside a cued number ----------------------------------------------------
    pytest.param("CCCD: 0O1O85O12345", E.CCCD, "0O1O85O12345", 0.9, id="ocr-cccd-O"),
    pytest.param("Số CCCD: 00l085012345", E.CCCD, "00l085012345", 0.9, id="ocr-cccd-l"),
    pytest.param("SĐT: 09l2 345 67B", E.PHONE, "09l2 345 67B", 0.9, id="ocr-phone"),
    pytest.param("MST: O3l44O9O58", E.TAX_CODE, "O3l44O9O58", 0.9, id="ocr-tax"),
    pytest.param("SĐT: +84 9l2 345 678", E.PHONE, "+84 9l2 345 678", 0.9, id="ocr-phone-plus"),
    pytest.param("Mã 0O1O85O12345 trong kho", None, None, 0, id="ocr-no-cue"),
    pytest.param("CCCD: số lô B12 S0 0l", None, None, 0, id="ocr-short-bits"),
    # -- full-width digits, invisible characters, odd spaces: every numeric family ---------------
    pytest.param("SĐT: ０９１２３４５６７８", E.PHONE, "０９１２３４５６７８", 0.9,
                 id="fullwidth-phone"),
    pytest.param("CCCD: ００１０８５０１２３４５", E.CCCD, "００１０８５０１２３４５", 0.9,
                 id="fullwidth-cccd"),
    pytest.param("MST: ０３１４４０９０５８", E.TAX_CODE, "０３１４４０９０５８", 0.9,
                 id="fullwidth-tax"),
    pytest.param(f"SĐT: 0912{ZW}345{ZW}678", E.PHONE, f"0912{ZW}345{ZW}678", 0.9,
                 id="zero-width-phone"),
    pytest.param(f"MST: 0314{SHY}409{SHY}058", E.TAX_CODE, f"0314{SHY}409{SHY}058", 0.9,
                 id="soft-hyphen-tax"),
    pytest.param(f"CCCD: 001{THIN}085{THIN}012{THIN}345", E.CCCD,
                 f"001{THIN}085{THIN}012{THIN}345", 0.9, id="thin-space-cccd"),
    pytest.param(f"Mã số BHXH: 01{NBSP}2345{NBSP}6789", E.SOCIAL_INSURANCE,
                 f"01{NBSP}2345{NBSP}6789", 0.6, id="nbsp-bhxh"),
    pytest.param(f"Mã thẻ BHYT: DN4{ZW}79{ZW}0120878811", E.HEALTH_INSURANCE,
                 f"DN4{ZW}79{ZW}0120878811", 0.8, id="zero-width-bhyt-card"),
    pytest.param(f"Biển số: 51F{NBSP}123.45", E.LICENSE_PLATE, f"51F{NBSP}123.45", 0.8,
                 id="nbsp-plate"),
    pytest.param(f"Hộ chiếu: C{ZW}4829173", E.PASSPORT, f"C{ZW}4829173", 0.8,
                 id="zero-width-passport"),
    # -- a spreadsheet that dropped the leading zero --------------------------------------------
    pytest.param("CCCD: 79190012345", E.CCCD, "79190012345", 0.6, id="cccd-11-digits-cue"),
    pytest.param("Họ tên\tCCCD\tGhi chú\nNguyễn Văn An\t79190012345\tđã nộp", E.CCCD,
                 "79190012345", 0.6, id="cccd-11-digits-header"),
    pytest.param("| Họ tên | Số CCCD |\n| --- | --- |\n| An | 1085012345 |", E.CCCD,
                 "1085012345", 0.6, id="cccd-10-digits-header"),
    pytest.param("SĐT: 912345678", E.PHONE, "912345678", 0.6, id="phone-9-digits-cue"),
    pytest.param("Họ tên,SĐT,Ghi chú\nAn,912345678,gọi sau", E.PHONE, "912345678", 0.6,
                 id="phone-9-digits-csv"),
    pytest.param("CCCD: 34187002913\nMã đơn hàng 36079011846", E.CCCD, "34187002913", 0.6,
                 id="cccd-11-digits-list-ends-with-its-line"),
    pytest.param("Mã đơn hàng 79190012345", None, None, 0, id="11-digits-no-cue"),
    pytest.param("Số lượng 912345678 sản phẩm", None, None, 0, id="9-digits-no-cue"),
    pytest.param("CCCD: 99190012345", None, None, 0, id="11-digits-bad-province"),
    pytest.param("SĐT: 123456789", None, None, 0, id="9-digits-not-a-phone"),
    # -- two spaces between groups ----------------------------------------------------------------
    pytest.param("MST: 0314409058  002", E.TAX_CODE, "0314409058  002", 0.9,
                 id="double-space-tax-branch"),
    pytest.param("Số CCCD: 079 203  012345", E.CCCD, "079 203  012345", 0.9,
                 id="double-space-cccd"),
    pytest.param("CCCD 079203012345 và 079  203", E.CCCD, "079203012345", 0.9,
                 id="double-space-short-run"),
    pytest.param("Bảng 12  34  56 ô", None, None, 0, id="double-space-small-numbers"),
    # -- OCR letters inside passports, plates and case numbers, under their cue or shape ----------
    pytest.param("Số hộ chiếu: C4829I73", E.PASSPORT, "C4829I73", 0.8, id="ocr-passport"),
    pytest.param("Passport No. B1234S67 issued", E.PASSPORT, "B1234S67", 0.8,
                 id="ocr-passport-S"),
    pytest.param("Mã sản phẩm C4829I73", None, None, 0, id="ocr-passport-no-cue"),
    pytest.param("Số hộ chiếu: CBOOKIES", None, None, 0, id="passport-cue-word"),
    pytest.param("Biển số 29H1-456.7B", E.LICENSE_PLATE, "29H1-456.7B", 0.8, id="ocr-plate"),
    pytest.param("BKS: 30A-12O.45", E.LICENSE_PLATE, "30A-12O.45", 0.8, id="ocr-plate-O"),
    pytest.param("mã 29H1-456.7B trong kho", None, None, 0, id="ocr-plate-no-cue"),
    pytest.param("Biển số 29H1-BOSS", None, None, 0, id="plate-cue-word"),
    pytest.param("Bản án số 1O2/2024/HS-ST ngày", E.CASE_NUMBER, "1O2/2024/HS-ST", 0.8,
                 id="ocr-case-number"),
    pytest.param("bản án l2/2023/DS-PT", E.CASE_NUMBER, "l2/2023/DS-PT", 0.8,
                 id="ocr-case-number-l"),
    pytest.param("mục IO/2024/HS-ST", None, None, 0, id="case-number-no-digit"),
    pytest.param("Nghị định 1O/2024/NĐ-CP", None, None, 0, id="ocr-decree"),
    # -- numbers written in words under an identifier's cue ---------------------------------------
    pytest.param("số CCCD: không ba tám một chín tám năm không một hai ba bốn", E.CCCD,
                 "không ba tám một chín tám năm không một hai ba bốn", 0.9, id="words-cccd"),
    pytest.param("sđt không chín một hai ba bốn năm sáu bảy tám", E.PHONE,
                 "không chín một hai ba bốn năm sáu bảy tám", 0.9, id="words-phone"),
    pytest.param("sdt khong chin mot hai ba bon nam sau bay tam", E.PHONE,
                 "khong chin mot hai ba bon nam sau bay tam", 0.9, id="words-phone-folded"),
    pytest.param("SĐT: không chín linh, hai ba tư, lăm sáu bảy mốt", E.PHONE,
                 "không chín linh, hai ba tư, lăm sáu bảy mốt", 0.9, id="words-phone-variants"),
    pytest.param("Điện thoại: không chín lẻ hai ba bốn năm sáu bảy tám", E.PHONE,
                 "không chín lẻ hai ba bốn năm sáu bảy tám", 0.9, id="words-phone-le"),
    pytest.param("MST: không ba một bốn bốn không chín không năm tám", E.TAX_CODE,
                 "không ba một bốn bốn không chín không năm tám", 0.9, id="words-tax"),
    pytest.param("Tôi đếm một hai ba bốn năm sáu bảy tám chín mười", None, None, 0,
                 id="words-counting"),
    # ten digit words with "không" and a carrier's prefix read as a mobile number, cue or
    # not (as "0912345678" typed in digits is)
    pytest.param("không chín một hai ba bốn năm sáu bảy tám", E.PHONE,
                 "không chín một hai ba bốn năm sáu bảy tám", 0.8, id="words-no-cue"),
    pytest.param("Số CCCD: từ một hai ba đến bốn năm sáu", None, None, 0,
                 id="words-cue-prose"),
    pytest.param("CCCD: chín chín chín một chín tám năm không một hai ba bốn", E.CCCD,
                 "chín chín chín một chín tám năm không một hai ba bốn", 0.5,
                 id="words-cccd-invalid-cued"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "entity", "value", "min_score"), ROWS)
def test_formats_table(scan, text, entity, value, min_score) -> None:
    scan.row(text, entity, value, min_score, FAMILY)


def test_ocr_value_is_validated_on_the_corrected_digits(scan) -> None:
    # the same OCR'd run with a province code that does not exist: not a valid CCCD
    finding = scan.expect("CCCD: 0O1O85O12345", E.CCCD, "0O1O85O12345", 0.9)
    assert finding.validated is True
    bad = scan.of_type("CCCD: 9O9O85O12345", [E.CCCD])
    assert all(f.validated is False for _, f in bad)


def test_a_list_goes_on_from_a_restored_number_its_cue_named(scan) -> None:
    text = "CCCD bị mất số 0 đầu: 34187002913 (An), 36079011846 (Bình)"
    found = [text[f.start : f.end] for _, f in scan.of_type(text, [E.CCCD])]
    assert found == ["34187002913", "36079011846"]


def test_restored_zero_is_validated(scan) -> None:
    finding = scan.expect("CCCD: 79190012345", E.CCCD, "79190012345", 0.6)
    assert finding.validated is True
    assert finding.context


WHOLE = [
    # a cued 10-digit window used to leave the rest of its number next to the placeholder
    pytest.param("Mã BHYT 4 79 0120 878 963 còn hạn", "Mã BHYT [HEALTH_INSURANCE_1] còn hạn",
                 id="bhyt-tail"),
    pytest.param("Mã thẻ BHYT: DN 4 79 0120 878 963", "Mã thẻ BHYT: [HEALTH_INSURANCE_1]",
                 id="bhyt-card-regrouped"),
    pytest.param("BHYT: 4 79 0120878963", "BHYT: [HEALTH_INSURANCE_1]", id="bhyt-head"),
    pytest.param("thẻ bhyt dn 4 79 0123456789", "thẻ bhyt [HEALTH_INSURANCE_1]",
                 id="bhyt-lower-card"),
    pytest.param("Mã số BHXH: 01 2345 6789 12", "Mã số BHXH: [SOCIAL_INSURANCE_1]",
                 id="bhxh-tail"),
    # what is not one number stays apart: a tab separates cells, a longer run is a number
    pytest.param("SĐT\tSĐT\n0912345678\t0987654321", "SĐT\tSĐT\n[PHONE_1]\t[PHONE_2]",
                 id="cells-apart"),
    pytest.param("SĐT 0912 345 678 và 2 con", "SĐT [PHONE_1] và 2 con", id="words-apart"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "redacted"), WHOLE)
def test_values_are_redacted_whole(scan, text, redacted) -> None:
    assert scan(text).redacted_text == redacted


def test_words_are_validated_on_their_digits(scan) -> None:
    valid = scan.expect("số CCCD: không ba tám một chín tám năm không một hai ba bốn", E.CCCD,
                        "không ba tám một chín tám năm không một hai ba bốn", 0.9)  # fmt: skip
    assert valid.validated is True
    scan.expect_invalid("CCCD: chín chín chín một chín tám năm không một hai ba bốn", E.CCCD,
                        "chín chín chín một chín tám năm không một hai ba bốn")  # fmt: skip


def test_double_space_keeps_the_value_whole(scan) -> None:
    assert scan("MST: 0314409058  002").redacted_text == "MST: [TAX_CODE_1]"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"Bản án số 01/2024/HS{ZW}-ST", id="zero-width-in-stage"),
        pytest.param(f"Bản án số 0{ZW}1/2024/HS-ST", id="zero-width-in-number"),
        pytest.param(f"Bản án số 01/20{SHY}24/HS-ST", id="soft-hyphen-in-year"),
    ],
)
def test_invisible_characters_inside_case_numbers(scan, text) -> None:
    # the canonical Document reads them away: the case number is redacted whole
    assert scan(text).redacted_text == "Bản án số [CASE_NUMBER_1]"
