"""vn.bank_account: bank account and card numbers, reported only when a bank cue names them
(reference.md e.10); State Treasury accounts are not personal."""

from __future__ import annotations

import pytest

from ai_guard import EntityType

BANK = EntityType.BANK_ACCOUNT
FAMILY = (BANK,)

ROWS = [
    pytest.param("STK 19033456789012 tại Techcombank", BANK, "19033456789012", 0.9, id="stk"),
    pytest.param("Số tài khoản: 0011004123456 Vietcombank", BANK, "0011004123456", 0.9,
                 id="so-tai-khoan"),
    pytest.param("Chủ tài khoản Nguyễn Văn A, số TK 123456789", BANK, "123456789", 0.9,
                 id="so-tk"),
    pytest.param("Account no: 0071000123456", BANK, "0071000123456", 0.9, id="english"),
    pytest.param("chuyển vào 1903345678 tại Vietcombank", BANK, "1903345678", 0.9,
                 id="bank-name-after"),
    pytest.param("Thẻ ATM 9704 1500 1234 5678", BANK, "9704 1500 1234 5678", 0.9,
                 id="card-grouped"),
    # OCR / no diacritics
    pytest.param("so tai khoan 123456789", BANK, "123456789", 0.9, id="ocr-so-tai-khoan"),
    pytest.param("chu tai khoan: Tran Thi B, STK: 0451000123456", BANK, "0451000123456", 0.9,
                 id="ocr-chu-tai-khoan"),
    # boundaries
    pytest.param("STK:19033456789012", BANK, "19033456789012", 0.9, id="glued-colon"),
    pytest.param("STK19033456789012", BANK, "19033456789012", 0.85, id="glued-letters-left"),
    pytest.param("STK 1903345\n6789012", BANK, "1903345\n6789012", 0.9, id="line-break"),
    pytest.param("STK abc19033456789012xyz", None, None, 0, id="inside-alnum-token"),
    # no cue: no account
    pytest.param("Mã đơn 19033456789012", None, None, 0, id="no-cue"),
    pytest.param("123456789012", None, None, 0, id="bare"),
    # State Treasury accounts belong to agencies
    pytest.param("Tài khoản của Kho bạc Nhà nước số 9527.1.1234567", None, None, 0,
                 id="treasury"),
    pytest.param("Nộp vào TK 3711.0.1055458 tại KBNN Hà Nội", None, None, 0,
                 id="treasury-kbnn-after"),
    pytest.param("KBNN STK 3711.0.1055458", None, None, 0, id="treasury-kbnn-before"),
    # amounts next to a bank word
    # no window of an amount ("125.000" of "125.000.000 đồng") is an account either
    pytest.param("Chuyển khoản 125.000.000 đồng", None, None, 0, id="money-amount"),
    pytest.param("Chuyển khoản 5000000 đồng", None, None, 0, id="money-amount-plain"),
    pytest.param("STK 19033456789012 và số tiền 5000000 đồng", BANK, "19033456789012", 0.9,
                 id="account-then-amount"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "entity", "value", "min_score"), ROWS)
def test_finance_table(scan, text, entity, value, min_score) -> None:
    finding = scan.row(text, entity, value, min_score, FAMILY)
    if finding is not None:
        assert finding.context  # always named by a cue
        assert finding.detector == "vn.bank_account"


def test_bank_cue_names_the_next_number_only(scan) -> None:
    """A cue names the number right after it, not a later one on the line."""
    text = "STK 19033456789012, mã hồ sơ 4455667788"
    found = [span for span, _ in scan.of_type(text, FAMILY)]
    assert found == ["19033456789012"]


def test_family_traps(scan, family_trap) -> None:
    scan.expect_none(family_trap, FAMILY)
