"""A secrecy level beside the issuer in a document's header flattened into one line (a PDF's
or an OCR's two columns: ``BỘ CHỈ HUY QUÂN SỰ TỈNH      TUYỆT MẬT``), the first or the last
field of that line set apart by a wide gap: a stamp, in capitals, title case or typed plain;
while a heading's words, a password's field and a withdrawn stamp stay what they are."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.detectors._adversarial import found

from ai_guard import EntityType, check_prompt

MARK = EntityType.STATE_SECRET_MARK
ISSUERS = [
    "BỘ CHỈ HUY QUÂN SỰ TỈNH",
    "UBND TỈNH NGHỆ AN",
    "CÔNG AN TỈNH QUẢNG NINH",
    "Ủy ban nhân dân xã An Phú",
    "Bộ Chỉ huy Quân sự tỉnh",
]
NUMBER = "Số: 12/KH-BCH\nKẾ HOẠCH\nbảo đảm an ninh khu vực biên giới năm 2027"


@pytest.mark.parametrize("issuer", ISSUERS)
@pytest.mark.parametrize("level", ["TUYỆT MẬT", "TỐI MẬT", "MẬT", "TUYỆT MÂT", "Tối mật", "Mật"])
def test_a_level_after_the_issuer_across_a_wide_gap_is_a_stamp(issuer: str, level: str) -> None:
    text = f"{issuer}      {level}\n{NUMBER}"
    assert found(text, MARK) == [level]
    assert check_prompt(text).decision == "block"


@pytest.mark.parametrize("level", ["TUYỆT MẬT", "TỐI MẬT", "MẬT"])
def test_a_level_before_the_issuer_across_a_wide_gap_is_a_stamp(level: str) -> None:
    text = f"{level}      BỘ CHỈ HUY QUÂN SỰ TỈNH\n{NUMBER}"
    assert found(text, MARK) == [level]


@pytest.mark.parametrize(
    "text",
    ["UBND TINH NGHE AN      TOI MAT\nSo: 12/KH-UBND", "ubnd xa an phu      mat\nso: 3/kh-ubnd"],
)
def test_a_level_typed_plain_beside_the_issuer_of_a_header_is_a_stamp(text: str) -> None:
    assert found(text, MARK) == [text.split("\n")[0].split("      ")[1]]


@pytest.mark.parametrize(
    "text",
    [
        "KẾ HOẠCH BẢO VỆ BÍ MẬT\nnội dung công tác năm 2027",
        "CÔNG TÁC BẢO  MẬT\nnội dung",
        "HỌ TÊN      MẬT KHẨU\nAn      123456",
        "MẬT KHẨU   TÀI KHOẢN\nquản trị viên",
        "STT   TÊN VĂN BẢN   ĐỘ MẬT\n1   báo cáo   thường",
        "GIẢI   MẬT\nthông báo",
        "MẬT      MÃ\nbảng",
        "Số: 12/KH-UBND\nSản phẩm      Mật ong\nGiá      120.000",
        "Số: 12/BC-UBND\nTôi làm      mất\nrồi",
    ],
)
def test_a_heading_a_field_s_words_or_a_phrase_set_apart_is_no_stamp(text: str) -> None:
    assert found(text, MARK) == []


def test_a_stamp_withdrawn_beside_it_is_no_secrecy_level() -> None:
    text = "BAN TỔ CHỨC CHÍNH QUYỀN\nSố: 31/BC-TCCQ\nMẬT          GIẢI MẬT\n    Từ: 12/3/2025\n"
    assert found(text, MARK) == []


@settings(max_examples=60, deadline=None)
@given(
    issuer=st.sampled_from(ISSUERS),
    level=st.sampled_from(["TUYỆT MẬT", "TỐI MẬT", "MẬT"]),
    gap=st.one_of(st.integers(3, 14).map(lambda n: " " * n), st.just("\t"), st.just("\t\t")),
    left=st.booleans(),
)
def test_any_wide_gap_on_either_side_of_the_issuer_blocks(
    issuer: str, level: str, gap: str, left: bool
) -> None:
    line = f"{level}{gap}{issuer}" if left else f"{issuer}{gap}{level}"
    result = check_prompt(f"Sửa lỗi OCR đoạn sau:\n{line}\n{NUMBER}")
    assert result.decision == "block"
    assert [f for f in result.findings if f.entity is MARK]


@pytest.mark.parametrize("level", ["TUYỆT MẬT", "TỐI MẬT", "MẬT"])
def test_a_level_between_the_issuer_and_the_number_is_a_stamp(level: str) -> None:
    text = f"UBND TỈNH NGHỆ AN    {level}    Số: 12/KH-UBND\nKẾ HOẠCH\nphòng chống thiên tai"
    assert found(text, MARK) == [level]


@pytest.mark.parametrize(
    "row",
    ["HỌ TÊN    MẬT KHẨU    GHI CHÚ", "STT    TÊN    ĐỘ MẬT    GHI CHÚ", "BẢO    MẬT    THÔNG TIN"],
)
def test_a_spaced_row_s_phrase_is_no_stamp(row: str) -> None:
    assert found(f"{row}\n1    Lê Văn Tâm    xem", MARK) == []
