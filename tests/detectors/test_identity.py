"""vn.cccd, vn.cmnd, vn.passport: personal identification numbers (reference.md e.1-e.3)."""

from __future__ import annotations

import pytest

from ai_guard import EntityType, Validation

CCCD, CMND, PASSPORT = EntityType.CCCD, EntityType.CMND, EntityType.PASSPORT
FAMILY = (CCCD, CMND, PASSPORT)

ROWS = [
    # valid 12-digit numbers: province code + century/sex + year + 6 digits
    pytest.param("CCCD 001085012345", CCCD, "001085012345", 0.95, id="cccd-cue"),
    pytest.param("Số CCCD: 079190012345 cấp ngày 10/10/2021", CCCD, "079190012345", 0.95,
                 id="cccd-so-cccd"),
    pytest.param("Căn cước công dân số 087084000999 do Bộ Công an cấp", CCCD, "087084000999",
                 0.95, id="cccd-can-cuoc-cong-dan"),
    pytest.param("Số định danh cá nhân: 001203012345", CCCD, "001203012345", 0.95,
                 id="cccd-born-2003-female"),
    pytest.param("Người khai: 001085012345", CCCD, "001085012345", 0.7, id="cccd-bare"),
    # OCR / typed without diacritics
    pytest.param("so CCCD 079190012345", CCCD, "079190012345", 0.95, id="ocr-so-cccd"),
    pytest.param("can cuoc cong dan so 087084000999", CCCD, "087084000999", 0.95,
                 id="ocr-can-cuoc"),
    pytest.param("so dinh danh ca nhan 001085012345", CCCD, "001085012345", 0.95,
                 id="ocr-dinh-danh"),
    # boundaries
    pytest.param("CCCD:001085012345", CCCD, "001085012345", 0.95, id="glued-colon"),
    pytest.param("CCCD001085012345", CCCD, "001085012345", 0.85, id="glued-letters-left"),
    pytest.param("CCCD 001085\n012345", CCCD, "001085\n012345", 0.95, id="line-break"),
    pytest.param("CCCD 001 085 012 345", CCCD, "001 085 012 345", 0.95, id="grouped"),
    pytest.param("(CCCD: 001085012345).", CCCD, "001085012345", 0.95, id="punctuation"),
    pytest.param("abc001085012345xyz", None, None, 0, id="inside-alnum-token"),
    pytest.param("0010850123456789", None, None, 0, id="inside-16-digit-run"),
    # invalid province code / future birth year without a cue: never reported
    pytest.param("003085012345", None, None, 0, id="bad-province-no-cue"),
    pytest.param("Mã hồ sơ 005085012345", None, None, 0, id="bad-province-other-label"),
    pytest.param("001385012345", None, None, 0, id="future-year-no-cue"),
    # money and bank accounts are not identity numbers
    pytest.param("Số tiền 001085012345 đồng", None, None, 0, id="money"),
    pytest.param("STK 001085012345 tại Vietcombank", None, None, 0, id="bank-account"),
    pytest.param("CCCD 001085012345 cấp ngày 10/10/2021", CCCD, "001085012345", 0.95,
                 id="followed-by-cap-ngay"),
    # a counting word after the number ("ngày cấp" = date of issue) is not its unit
    pytest.param("CCCD 001085012345 ngày cấp 10/10/2021", CCCD, "001085012345", 0.95,
                 id="followed-by-ngay-cap"),
    # CMND: 9 digits, only after a cue
    pytest.param("CMND 012345678", CMND, "012345678", 0.85, id="cmnd-cue"),
    pytest.param("Số CMND: 123456789 cấp ngày 01/02/2010", CMND, "123456789", 0.85,
                 id="cmnd-so-cmnd"),
    pytest.param("chung minh nhan dan so 123456789", CMND, "123456789", 0.85, id="cmnd-ocr"),
    pytest.param("CMTND:123456789", CMND, "123456789", 0.85, id="cmnd-glued-colon"),
    pytest.param("Mã nhân viên 123456789", None, None, 0, id="cmnd-no-cue"),
    pytest.param("123456789", None, None, 0, id="cmnd-bare"),
    # passport: one capital letter and 7 digits, only after a cue
    pytest.param("Hộ chiếu số B1234567", PASSPORT, "B1234567", 0.9, id="passport-cue"),
    pytest.param("ho chieu: C7654321", PASSPORT, "C7654321", 0.9, id="passport-ocr"),
    pytest.param("Passport no. N2345678", PASSPORT, "N2345678", 0.9, id="passport-en"),
    # three zeros OCR read as O (found by test_disguises' ocr_digits property)
    pytest.param("Hộ chiếu số: BOOO0000", PASSPORT, "BOOO0000", 0.9, id="passport-ocr-three-o"),
    pytest.param("Mã sản phẩm B1234567", None, None, 0, id="passport-no-cue"),
    # two letters and seven digits under a passport cue: a foreign passport (China, Japan)
    pytest.param("Hộ chiếu số AB1234567", PASSPORT, "AB1234567", 0.8,
                 id="passport-two-letters-glued"),
    pytest.param("Mã hồ sơ AB1234567", None, None, 0, id="two-letters-no-passport-cue"),
    # letters and digits mixed past the front (France: two digits, two letters, five digits;
    # Germany), in either case, a few words after the cue
    pytest.param("passeport n° 07KD31945 de M. Laurent", PASSPORT, "07KD31945", 0.9,
                 id="passport-french"),
    pytest.param("khách Đức, hộ chiếu số: c4j0r7t29", PASSPORT, "c4j0r7t29", 0.9,
                 id="passport-german-lower"),
    pytest.param("mã hồ sơ 07KD31945", None, None, 0, id="mixed-no-passport-cue"),
    pytest.param("hộ chiếu đã nộp, mã biên nhận 07KD31945", None, None, 0,
                 id="mixed-far-from-passport-cue"),
    # letter-spaced, as a heading is set; a cue written as an identifier (YAML, JSON, code)
    pytest.param("Hộ chiếu số: C 4 8 2 9 1 7 3", PASSPORT, "C 4 8 2 9 1 7 3", 0.9,
                 id="passport-letter-spaced"),
    pytest.param("Hộ chiếu số: C 4 8 2 9 1 7 3 4", None, None, 0,
                 id="passport-letter-spaced-8-digits"),
    pytest.param("Mục B 1 2 3 4 5 6 7 của bảng", None, None, 0, id="passport-spaced-no-cue"),
    pytest.param('ho_chieu_so: "B0000000"', PASSPORT, "B0000000", 0.9, id="passport-yaml-key"),
    pytest.param('{"soHoChieu": "C4829173"}', PASSPORT, "C4829173", 0.9,
                 id="passport-camel-key"),
    pytest.param("ma_san_pham: B1234567", None, None, 0, id="passport-other-key"),
    pytest.param("so_cccd: 079190012345", CCCD, "079190012345", 0.95, id="cccd-snake-key"),
    pytest.param("so_cmnd: 123456789", CMND, "123456789", 0.8, id="cmnd-snake-key"),
    pytest.param("soCmnd: 123456789", CMND, "123456789", 0.8, id="cmnd-camel-key"),
    pytest.param("so_hop_dong: 123456789", None, None, 0, id="cmnd-other-key"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "entity", "value", "min_score"), ROWS)
def test_identity_table(scan, text, entity, value, min_score) -> None:
    finding = scan.row(text, entity, value, min_score, FAMILY)
    if finding is not None and entity is CCCD:
        assert finding.validated is True
        assert finding.validation is Validation.PASSED
        assert finding.detector == "vn.cccd"


INVALID = [
    pytest.param("Số CCCD: 003085012345", CCCD, "003085012345", id="cccd-province-003"),
    pytest.param("CCCD 001385012345", CCCD, "001385012345", id="cccd-born-2085"),
    pytest.param("so can cuoc 005185012345", CCCD, "005185012345", id="cccd-ocr-province-005"),
]


@pytest.mark.parametrize(("text", "entity", "value"), INVALID)
def test_identity_invalid_only_with_cue(scan, text, entity, value) -> None:
    scan.expect_invalid(text, entity, value)
    # the same digits without their cue are not reported at all
    scan.expect_none(value, FAMILY)


def test_cue_raises_score_over_bare_number(scan) -> None:
    cued = scan.expect("CCCD 001085012345", CCCD, "001085012345", 0.95)
    bare = scan.expect("001085012345", CCCD, "001085012345", 0.7)
    assert bare.score < cued.score
    assert bare.context is None
    assert cued.context == "cccd"


def test_family_traps(scan, family_trap) -> None:
    scan.expect_none(family_trap, FAMILY)


def test_identifiers_under_table_headers_and_spaced_digits() -> None:
    from ai_guard import check_prompt

    tab = "STT\tHọ và tên\tSố hộ chiếu\n1\tLã Văn Khiêm\tC6185207"
    assert [
        tab[f.start : f.end] for f in check_prompt(tab).findings if f.entity.value == "PASSPORT"
    ] == ["C6185207"]
    spaced = "So CCCD: 0 3 8 1 9 2 0 1 5 4 7 3"
    assert [
        spaced[f.start : f.end] for f in check_prompt(spaced).findings if f.entity.value == "CCCD"
    ] == ["0 3 8 1 9 2 0 1 5 4 7 3"]


def test_cccd_birth_year_reads_the_clock_only_past_the_year_it_has_reached() -> None:
    """A birth year up to the year already read from the clock passes without a new reading;
    a year ahead still fails afterwards, and a date given by the caller is the one read."""
    import datetime as dt

    from ai_guard.detectors.identity import cccd_valid

    this_year = dt.date.today().year
    assert cccd_valid("001090012345")  # born 1990 (century digit 0)
    ahead = f"0012{(this_year + 1) % 100:02d}012345"  # the 2000s (digit 2), next year
    assert not cccd_valid(ahead)
    assert not cccd_valid("001400012345")  # the 2100s
    assert cccd_valid("001090012345")
    assert not cccd_valid("001090012345", today=dt.date(1989, 12, 31))
    assert cccd_valid(ahead, today=dt.date(this_year + 1, 1, 1))
