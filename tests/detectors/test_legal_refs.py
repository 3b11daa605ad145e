"""vn.case_number: judgment and enforcement case numbers; legal references are public."""

from __future__ import annotations

import pytest

from ai_guard import EntityType

CASE = EntityType.CASE_NUMBER
FAMILY = (CASE,)

ROWS = [
    # judgments and court decisions
    pytest.param("Bản án số: 01/2024/HS-ST", CASE, "01/2024/HS-ST", 0.9, id="hs-st"),
    pytest.param("Bản án 25/2022/KDTM-PT ngày 5/5/2022", CASE, "25/2022/KDTM-PT", 0.9,
                 id="kdtm-pt"),
    pytest.param("Quyết định giám đốc thẩm số 26/2017/HNGĐ-GĐT", CASE, "26/2017/HNGĐ-GĐT",
                 0.9, id="hngd-gdt"),
    pytest.param("Quyết định số 15/2024/QĐST-DS công nhận hòa giải", CASE, "15/2024/QĐST-DS",
                 0.9, id="qdst-ds"),
    pytest.param("Bản án 01 / 2024 / HS-ST", CASE, "01 / 2024 / HS-ST", 0.9, id="spaced"),
    # enforcement (thi hành án) decisions
    pytest.param("Quyết định thi hành án số 123/QĐ-CCTHADS", CASE, "123/QĐ-CCTHADS", 0.9,
                 id="cc-thads"),
    pytest.param("Theo 45/QĐ-CTHADS ngày 2/3/2023", CASE, "45/QĐ-CTHADS", 0.9, id="c-thads"),
    # after the 2025 reorganisation, and translated: the number of one case's file
    # (PROMPTS.md, settled 2026-12-05)
    pytest.param("Quyết định thi hành án số 215/QĐ-THADS ngày 03/9/2026", CASE, "215/QĐ-THADS",
                 0.9, id="thads-2025"),
    pytest.param("DECISION on enforcement of judgment No. 38/QD-THADS. Pursuant to", CASE,
                 "38/QD-THADS", 0.9, id="thads-english"),
    # an enforcement agency's report is about its work, not one case
    pytest.param("Báo cáo số 245/BC-THADS ngày 5/10/2025 về kết quả thi hành án", None, None, 0,
                 id="thads-report"),
    # OCR / no diacritics
    pytest.param("quyet dinh thi hanh an so 123/QD-CCTHADS", CASE, "123/QD-CCTHADS", 0.9,
                 id="ocr-qd-ccthads"),
    pytest.param("ban an so 04/2021/HNGD-PT", CASE, "04/2021/HNGD-PT", 0.9, id="ocr-hngd-pt"),
    pytest.param("Quyet dinh 26/2017/HNGD-GDT", CASE, "26/2017/HNGD-GDT", 0.9,
                 id="ocr-hngd-gdt"),
    # prosecution and investigation
    pytest.param("Cáo trạng số 12/CT-VKSND-P1", CASE, "12/CT-VKSND-P1", 0.9, id="indictment"),
    pytest.param("Quyết định số 77/QĐ-CSĐT", CASE, "77/QĐ-CSĐT", 0.9, id="investigation"),
    # boundaries
    pytest.param("Bản án số:01/2024/HS-ST", CASE, "01/2024/HS-ST", 0.9, id="glued-colon"),
    pytest.param("abc01/2024/HS-ST", None, None, 0, id="glued-letters-left"),
    pytest.param("01/2024/HS-STX", None, None, 0, id="glued-letters-right"),
    # public legal references and administrative numbers
    pytest.param("Luật 29/2018/QH14", None, None, 0, id="law"),
    pytest.param("Nghị định 13/2023/NĐ-CP", None, None, 0, id="decree"),
    pytest.param("Nghi dinh 13/2023/ND-CP", None, None, 0, id="decree-ocr"),
    pytest.param("Thông tư 24/2020/TT-BCA", None, None, 0, id="circular"),
    pytest.param("Án lệ số 54/2022/AL", None, None, 0, id="precedent"),
    pytest.param("Số: 15/QĐ-UBND", None, None, 0, id="ubnd-decision"),
    pytest.param("Công văn 557/BKHCN-CĐSQG", None, None, 0, id="official-letter"),
    pytest.param("Chỉ thị 1690/TCTHADS-NV3", None, None, 0, id="directive"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "entity", "value", "min_score"), ROWS)
def test_legal_refs_table(scan, text, entity, value, min_score) -> None:
    scan.row(text, entity, value, min_score, FAMILY)


def test_family_traps(scan, family_trap) -> None:
    scan.expect_none(family_trap, FAMILY)
