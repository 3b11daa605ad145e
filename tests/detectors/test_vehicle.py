"""vn.license_plate: vehicle plates with an assigned province code (reference.md e.8)."""

from __future__ import annotations

import pytest

from ai_guard import EntityType

PLATE = EntityType.LICENSE_PLATE
FAMILY = (PLATE,)

ROWS = [
    pytest.param("Biển số 30A-123.45", PLATE, "30A-123.45", 0.9, id="car-cue"),
    pytest.param("Xe ô tô 51K-678.90 đỗ trước cổng", PLATE, "51K-678.90", 0.9, id="car-o-to"),
    pytest.param("Xe 29LD-012.34 của công ty", PLATE, "29LD-012.34", 0.9, id="car-two-letters"),
    pytest.param("Đỗ tại 30A-1234 hôm qua", PLATE, "30A-1234", 0.8, id="car-old-4-digits"),
    pytest.param("Phát hiện 29-B1 123.45 vượt đèn đỏ", PLATE, "29-B1 123.45", 0.8,
                 id="bike"),
    pytest.param("Xe máy 59-X2 1234", PLATE, "59-X2 1234", 0.9, id="bike-4-digits"),
    pytest.param("Ghi nhận 29B1-12345", PLATE, "29B1-12345", 0.8, id="bike-compact"),
    pytest.param("BKS: 29-MĐ1 123.45", PLATE, "29-MĐ1 123.45", 0.9, id="electric-bike"),
    # OCR / no diacritics
    pytest.param("bien so xe 30A-12345", PLATE, "30A-12345", 0.9, id="ocr-bien-so-xe"),
    pytest.param("xe o to bien kiem soat 43A-567.89", PLATE, "43A-567.89", 0.9,
                 id="ocr-bien-kiem-soat"),
    # boundaries
    pytest.param("BKS:30A-123.45", PLATE, "30A-123.45", 0.9, id="glued-colon"),
    pytest.param("abc30A-123.45", None, None, 0, id="glued-letters-left"),
    pytest.param("30A-123.45x", None, None, 0, id="glued-letters-right"),
    pytest.param("30A-123.456", None, None, 0, id="extra-digit"),
    pytest.param("Mã 1/30A-123.45", None, None, 0, id="after-slash"),
    # unknown province code without a cue
    pytest.param("Mã 10A-123.45", None, None, 0, id="code-10-no-cue"),
    pytest.param("Mục 13B-456.78", None, None, 0, id="code-13-no-cue"),
    # administrative numbers are not plates
    pytest.param("Số: 30/QĐ-UBND", None, None, 0, id="decision-number"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "entity", "value", "min_score"), ROWS)
def test_vehicle_table(scan, text, entity, value, min_score) -> None:
    finding = scan.row(text, entity, value, min_score, FAMILY)
    if finding is not None:
        assert finding.validated is True


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("Biển số 10A-123.45", "10A-123.45", id="code-10"),
        pytest.param("bien so 13B-456.78", "13B-456.78", id="code-13-ocr"),
        pytest.param("BKS 87-B1 123.45", "87-B1 123.45", id="code-87-bike"),
    ],
)
def test_plate_unknown_code_only_with_cue(scan, text, value) -> None:
    scan.expect_invalid(text, PLATE, value)
    scan.expect_none(value, FAMILY)


def test_car_and_bike_patterns(scan) -> None:
    assert scan.expect("Biển số 30A-123.45", PLATE, "30A-123.45", 0.9).pattern == "plate.car"
    bike = scan.expect("Biển số 29-B1 123.45", PLATE, "29-B1 123.45", 0.9)
    assert bike.pattern == "plate.motorbike"
