"""The signer: the last line of the bottom-right block (KT./TM./TL./Q. + title lines + the
name), as OCR, flattening and minorities' naming write it. Each shape has its hard negative."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import classify_document
from ai_guard.classify.layout import parse_layout
from ai_guard.text import Document

LETTER = """SỞ TƯ PHÁP TỈNH GIA LAI
Số: 31/STP-VP
V/v triển khai phần mềm quản lý văn bản
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Gia Lai, ngày 10 tháng 11 năm 2025

Kính gửi: Các phòng, đơn vị thuộc Sở

Sở Tư pháp đề nghị các phòng triển khai phần mềm quản lý văn bản từ ngày 01/12/2025.

Nơi nhận:
- Như trên;
- Lưu: VT, VP.
{block}
"""


def _signer(block: str) -> str | None:
    res = classify_document(LETTER.format(block=block))
    return res.header.signer.text if res.header.signer is not None else None


@pytest.mark.parametrize(
    ("block", "name"),
    [
        # a digit OCR reads for a letter inside a word
        ("CUC TRUONG\nDang Huu Ph6ng", "Dang Huu Ph6ng"),
        ("GIAM DOC\nN6ng Van Sang", "N6ng Van Sang"),
        ("CHU TICH\nNg6 Quang Vinh", "Ng6 Quang Vinh"),
        # a word a scan broke in two
        ("KT. CUC TRUONG\nPHO CUC TRUONG\nTran Duy Nin h", "Tran Duy Nin h"),
        ("KT. GIAM DOC\nPHO GIAM DOC\nDai ta Tran Ngoc Ha i", "Tran Ngoc Ha i"),
        # Ê Đê and M'Nông names: Y (men), H' (women), outside the surname lexicon
        ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nY Ngọc", "Y Ngọc"),
        ("TM. HỘI ĐỒNG XÉT XỬ\nTHẨM PHÁN - CHỦ TỌA PHIÊN TÒA\nH'Yên Niê", "H'Yên Niê"),
        # a title line in capitals under KT. is the title, not a name ("Phó" is a surname)
        ("KT. TRƯỞNG THUẾ TỈNH\nPHÓ TRƯỞNG THUẾ TỈNH\nY Ngon Nie Kdam", "Y Ngon Nie Kdam"),
        (
            "KT. TRƯỞNG THUẾ THÀNH PHỐ\nPHÓ TRƯỞNG THUẾ THÀNH PHỐ\nLê Thị Hoài Thu",
            "Lê Thị Hoài Thu",
        ),
        ("TRƯỞNG TRẠM\nBùi Thị Ngọc Lan", "Bùi Thị Ngọc Lan"),
        # a title in ordinary case alone on its line over the name (a submission slip)
        ("Vụ trưởng\nLê Quang Minh", "Lê Quang Minh"),
        ("Người trình\nTrưởng phòng TCCB\nHồ Văn Tâm", "Hồ Văn Tâm"),
    ],
)
def test_the_signers_name_as_written(block: str, name: str) -> None:
    assert _signer(block) == name


@pytest.mark.parametrize(
    "block",
    [
        # a label in capitals outside the surname lexicon is no name
        "GIÁM ĐỐC\nNGƯỜI PHẢI THI HÀNH ÁN",
        # two lower-case words after a name: a note, not a broken word
        "GIÁM ĐỐC\nTrần Văn Hùng đã ký",
        # two digits inside a word is no OCR slip
        "GIÁM ĐỐC\nNg66 Quang Vinh",
        # a two-word name outside the lexicon without the Y / H' of minorities' names
        "GIÁM ĐỐC\nAbc Def",
        # a form's template person is no one
        "Người yêu cầu\n(Ký, ghi rõ họ tên)\nNguyễn Văn A",
        # a title in ordinary case inside a sentence heads nothing
        "Đề nghị Giám đốc xem xét.\nNguyễn Văn Hùng",
    ],
)
def test_what_is_no_signers_name(block: str) -> None:
    assert _signer(block) is None


def test_a_rank_after_the_storage_line_of_a_flattened_footer() -> None:
    block = "Nơi nhận: CHỈ HUY TRƯỞNG\n- Bộ CHQS tỉnh (b/c);\n- Lưu: VT, TM. Thượng tá Cầm Bá Tuấn"
    text = LETTER.replace("Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\n", "").format(block=block)
    res = classify_document(text)
    assert res.header.signer is not None
    assert res.header.signer.text == "Cầm Bá Tuấn"
    # "TM." here is the staff unit on the storage line, not "on behalf of"
    assert res.header.signer_title is not None
    assert "CHỈ HUY TRƯỞNG" in res.header.signer_title.text


def test_two_headings_and_names_flattened_with_single_spaces() -> None:
    block = "THU KY CHU TRI\nNguyen Minh Tri Pham Van Cuong"
    res = classify_document(LETTER.format(block=block))
    assert res.header.signer is not None
    assert res.header.signer.text == "Pham Van Cuong"
    names = {e.start for e in res.personal_data.public_role_evidence}
    assert res.header.signer.start in names
    # the minutes' secretary signs in their role too
    text = LETTER.format(block=block)
    lay = parse_layout(Document(text))
    assert [(text[s:e], co.public) for co in lay.cosigners for s, e in [co.name]] == [
        ("Nguyen Minh Tri", True)
    ]
    assert res.recommended_action == "send"


def test_a_private_party_flattened_beside_the_official_stays_private() -> None:
    block = "NGUOI KHIEU NAI CHU TRI\nLe Van Hai Pham Van Cuong"
    res = classify_document(LETTER.format(block=block))
    assert res.header.signer is not None
    assert res.header.signer.text == "Pham Van Cuong"
    text = LETTER.format(block=block)
    lay = parse_layout(Document(text))
    assert [(text[s:e], co.public) for co in lay.cosigners for s, e in [co.name]] == [
        ("Le Van Hai", False)
    ]


def test_stacked_contract_blocks_are_signed_by_party_a() -> None:
    block = "ĐẠI DIỆN BÊN A\nGIÁM ĐỐC\nLâm Hữu Tài\nĐẠI DIỆN BÊN B\nThái Thị Mỹ Lệ"
    assert _signer(block) == "Lâm Hữu Tài"


def test_a_citizens_block_alone_keeps_its_citizen() -> None:
    block = "Người làm đơn\nThái Thị Mỹ Lệ"
    res = classify_document(LETTER.format(block=block))
    assert res.header.signer is not None
    assert res.header.signer.text == "Thái Thị Mỹ Lệ"
    assert res.personal_data.private_names >= 1


_SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
_GIVEN = ["Văn", "Thị", "Minh", "Thu", "Quang", "Hữu", "Ngọc", "Đức", "Lan", "Hùng", "Tâm"]


@settings(max_examples=60, deadline=None)
@given(
    surname=st.sampled_from(_SURNAMES),
    given_names=st.lists(st.sampled_from(_GIVEN), min_size=1, max_size=3),
    title=st.sampled_from(
        [
            "GIÁM ĐỐC",
            "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
            "TRƯỞNG TRẠM",
            "KT. TRƯỞNG THUẾ TỈNH\nPHÓ TRƯỞNG THUẾ TỈNH",
        ]
    ),
    broken=st.booleans(),
)
def test_any_name_under_a_title_is_read_whole(
    surname: str, given_names: list[str], title: str, broken: bool
) -> None:
    name = " ".join([surname, *given_names])
    if broken and len(given_names[-1]) > 2:
        # a scan breaks the last word in two: "Hùn g"
        last = given_names[-1]
        name = " ".join([surname, *given_names[:-1], last[:-1], last[-1]])
    assert _signer(f"{title}\n{name}") == name
