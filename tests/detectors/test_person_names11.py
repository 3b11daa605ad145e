"""Names in lower-case chat (issue 15, eleventh session): Khmer names with no cue before them,
surnames the lexicon lacked (Vòng, Ôn, Trầm, Sử, Quản, Điểu), an honorific after "là" before
a surname it folds like ("mẹ là ông đinh công sơ": Đinh, not Đình), a name's end before
"toàn bộ"; each beside the hard negatives that must stay clean."""

from __future__ import annotations

import pytest

from ai_guard.detectors.person import PersonNameDetector
from ai_guard.text import Document


def names(text: str) -> list[str]:
    return sorted(
        text[d.start : d.end] for d in PersonNameDetector().detect(Document(text)) if d.score >= 0.5
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("nợ 96.300.000 đồng.\n- thạch sô phol, cccd dùng làm mst 084079330215", "thạch sô phol"),
        ("cho 4 người lao động:\n1. sơn thị sa ly - mã số bhxh 9421836570", "sơn thị sa ly"),
        ("kết quả kiểm tra:\nphòng 1: danh sà rin, sinh ngày 14/06/2001", "danh sà rin"),
        ("học sinh: cha là thạch sóc hênh, mẹ là nội trợ", "thạch sóc hênh"),
        ("soạn thư trả lời: sư danh sóc thol, sinh năm 1996, đề nghị", "danh sóc thol"),
        ("2. thạch rươne - ấp tắc bướm, xã lịch hội thượng", "thạch rươne"),
        ("Danh sách hộ nhận hỗ trợ:\n1. Thạch Sa Ra, sinh năm 1984\n", "Thạch Sa Ra"),
    ],
)
def test_khmer_names_with_no_cue(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "danh sách gồm 12 hộ, lâm sàng ổn định",
        "ấp sóc sơn, xã tân hưng",
        "tỉnh sóc trăng, huyện mỹ tú",
        "danh sa thải, thạch anh tím",
        # typed without diacritics "so", "soc", "son", "lam" are everyday words
        "- son sa mac, lam so sach,",
    ],
)
def test_khmer_shapes_that_are_no_names(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("bán cà phê cho đại lý của ông vòng chí thành, số 76", "vòng chí thành"),
        ("trả lời phụ huynh: cháu ôn gia khánh, sinh ngày 02/03/2025", "ôn gia khánh"),
        ("tóm tắt đơn: tôi là trầm thị kim ngân, thuê phòng trọ", "trầm thị kim ngân"),
        ("nguyên đơn là bà sử thị ngọc diễm cho biết", "sử thị ngọc diễm"),
        ("chị quản thị bích, giáo viên toán", "quản thị bích"),
        ("không chuyển cho ông điểu lanh (sóc bom bo)", "điểu lanh"),
    ],
)
def test_surnames_the_lexicon_lacked(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Trưởng phòng Quản lý đô thị ký.",
        "thạc sĩ Quản lý công, vào Đảng 2012",
        "GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT",
        "ôn thi văn học, lịch sử văn minh",
        "vòng loại văn nghệ, trầm cảm sau sinh",
    ],
)
def test_everyday_words_led_by_those_surnames_stay_clean(text: str) -> None:
    assert names(text) == []


def test_honorific_after_la_before_a_surname_spelled_so() -> None:
    # "ông" is the surname Ông only before a name led by "Đình" (a middle name); "đinh"
    # spelled so is the surname Đinh: "ông" is the honorific
    assert "ông đinh công" not in names("khai thửa đất do bố mẹ là ông đinh công sơ để lại.")
    assert names("bố là ông đinh công sơ, để lại") == ["đinh công sơ"]


def test_a_name_ends_before_toan_bo() -> None:
    text = "bàn giao cho ông trịnh quang diệu toàn bộ sổ hộ tịch"
    assert names(text) == ["trịnh quang diệu"]
