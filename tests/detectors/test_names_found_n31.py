"""Issue 15, misses found by hand (thirty-first session, i15-n31), each a family on probes of our
own (none a corpus row), with the ordinary words beside it that must stay clean:

* a residence unit's head named after his title ("trưởng buôn Y Blê Ksơr"): a private person,
  not the hamlet's name;
* a Highland list's items whose fields a spaced dash parts ("1. A Thuyết – lớp 7 – làng ...");
* a register's row with an identity number's cell ("Số 1142 | Triệu Tòn Mẩy | CCCD ... |
  thôn ...");
* a parents' and teacher's chat whose display names a kin word opens, typed plain ("Me Na:",
  "Co Trang lop 3A:");
* a historical figure in a history table's row (its deed or an old year in the row): kept
  visible as public, with the reason;
* an OCR gap inside a syllable of a name ("Ng uyễn Văn Th ảo"), a zero for "o" inside a place's
  name ("xóm Đ0ng Tâm");
* a given name found typed plain, said again as the unit of time it spells ("dc tuan dia chinh
  ... tuan sau"): the repeat is the week, not the person.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.detectors._probes import actions, found, kept, redacted

from ai_guard import check_prompt
from ai_guard.models import EntityType
from ai_guard.testing.strategies import pasted_prompts

PERSON = EntityType.PERSON
ADDRESS = EntityType.ADDRESS

_SETTINGS = settings(max_examples=25, deadline=None, derandomize=True, database=None)


# -- a residence unit's head --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tôi phản ánh trưởng buôn Y Blê Ksơr thu tiền không công khai.", "Y Blê Ksơr"),
        ("Đề nghị xác minh việc trưởng plei Ksor H'Ni giữ sổ đỏ của dân.", "Ksor H'Ni"),
        ("Bà con phản ánh phó trưởng buôn H Bia Mlô chia gạo không đều.", "H Bia Mlô"),
        ("Dân kiến nghị trưởng sóc Thạch Sa Rết công khai danh sách hộ nghèo.", "Thạch Sa Rết"),
        ("Người dân khiếu nại trưởng xóm Nguyễn Văn Hải về tiền đóng góp.", "Nguyễn Văn Hải"),
    ],
)
def test_a_unit_head_is_a_private_person(text: str, name: str) -> None:
    assert (name, "redact") in actions(text)


@pytest.mark.parametrize(
    "text",
    [
        "trưởng buôn Ea Sup họp dân tối nay",  # the hamlet's name after the title
        "trưởng làng Kon Jri phát biểu khai mạc",
        "họp ở buôn Ko Tam, bàn việc làm đường",  # no head: the hamlet
    ],
)
def test_the_unit_after_a_head_title_is_no_person(text: str) -> None:
    assert found(text, PERSON) == []


# -- a Highland list's items parted by a dash ---------------------------------------------------


@pytest.mark.parametrize("dash", [" – ", " - ", " — "])
@pytest.mark.parametrize(
    ("name", "between"),
    [("A Thuyết", "lớp 7"), ("Y Pla", "lớp 6A"), ("H'Lơn", "1985"), ("A Phiu", "78 tuổi")],
)
def test_a_highland_item_parted_by_dashes(dash: str, name: str, between: str) -> None:
    text = f"Danh sách hỗ trợ gạo:\n1. {name}{dash}{between}{dash}làng Kon Jơ Dri, xã Đăk Rơ Wa"
    assert name in found(text, PERSON)


def test_a_highland_item_with_no_field_between() -> None:
    assert "Y Sâm" in found("Danh sách:\n- Y Sâm - buôn Ko Tam - 3 khẩu", PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "Mục lục:\n1. A – làng nghề truyền thống\n2. Y tế – buôn bán nhỏ",
        "Phụ lục:\n- Y Tế - làng nghề\n- A Văn Bản - buôn bán",  # everyday words after a letter
    ],
)
def test_no_highland_item_in_a_contents_list(text: str) -> None:
    assert found(text, PERSON) == []


# -- a register's row with an identity number's cell --------------------------------------------


@pytest.mark.parametrize(
    ("row", "name"),
    [
        (
            "Số 1142 | Triệu Tòn Mẩy | CCCD 008181004726 | thôn Khuổi Xỏm, xã Chiêm Hóa |",
            "Triệu Tòn Mẩy",
        ),
        ("| 3 | Bàn Tòn Sinh | 001085012345 | bản Nậm Dẩn, xã Xín Mần |", "Bàn Tòn Sinh"),
        ("STT 7 | SÙNG A PÁO | CCCD: 011090002231 | BẢN PẢ VI, XÃ MÈO VẠC |", "SÙNG A PÁO"),
    ],
)
def test_a_register_row_names_its_person(row: str, name: str) -> None:
    assert name in found(f"Tóm tắt dòng đăng ký:\n{row} đăng ký mới", PERSON)


@pytest.mark.parametrize(
    "row",
    [
        "| 1 | Nhà Văn Hóa | 001085012345 | thôn Đông |",  # a venue, not a person
        "Số 12 | Tổng Cộng | 123456789 | xã An Bình |",  # a total's row
        "| 2 | Họ Tên | 001085012345 | thôn Đông |",  # a header's words
    ],
)
def test_no_person_in_a_register_row_of_other_words(row: str) -> None:
    assert found(row, PERSON) == []


# -- display names a kin word opens ------------------------------------------------------------


@pytest.mark.parametrize(
    ("parent", "teacher", "tag"),
    [("Me", "Co", " lop 3A"), ("Mẹ", "Cô", ""), ("Ba", "Thay", " lop 2B"), ("Bố", "Co", "")],
)
def test_a_parents_chat_typed_plain(parent: str, teacher: str, tag: str) -> None:
    text = (
        f"tom tat giup doan chat:\n{parent} Na: co oi chau nghi hoc 2 hom vi sot\n"
        f"{teacher} Trang{tag}: dc a, nho gui giay kham cho co nhe\n{parent} Na: vang a"
    )
    names = found(text, PERSON)
    assert names.count("Na") == 2
    assert "Trang" in names


@pytest.mark.parametrize(
    "text",
    [
        "Bo Cong An: yeu cau bao cao\nBo Noi Vu: dong y",  # "bo" typed plain: a ministry
        "Bộ Công An: yêu cầu báo cáo\nBộ Nội Vụ: đồng ý",
        "Ghi chú: họp lúc 2h\nNội dung: bàn kế hoạch",  # no display name
    ],
)
def test_no_display_name_in_a_list_of_ministries(text: str) -> None:
    # ("Noi Vu" after "bo" read as "bố" is the cued path's, found before this session: left)
    assert not {"Cong An", "Công An", "Nội Vụ"} & set(found(text, PERSON))


# -- historical figures in a history table -------------------------------------------------------


HISTORY = (
    "Lập bảng ôn tập lịch sử:\n| Nhân vật | Sự kiện | Năm |\n"
    "| Ngô Quyền | chiến thắng Bạch Đằng | 938 |\n"
    "| Lý Thường Kiệt | phòng tuyến sông Như Nguyệt | 1077 |\n"
    "| Quang Trung | đại phá quân Thanh | 1789 |"
)


def test_figures_in_a_history_table_are_kept_public_with_the_reason() -> None:
    result = check_prompt(HISTORY)
    assert result.allowed
    assert {"Ngô Quyền", "Lý Thường Kiệt", "Quang Trung"} <= set(kept(HISTORY))
    for f in result.findings:
        if f.entity is PERSON:
            assert "lịch sử" in str(f.reason)


@pytest.mark.parametrize(
    "row", ["| Trần Hưng Đạo | đánh tan quân Nguyên | 1288 |", "| Lê Lợi | khởi nghĩa Lam Sơn |"]
)
def test_a_figure_by_its_rows_deed_or_year(row: str) -> None:
    assert kept(f"| Nhân vật | Sự kiện |\n{row}") != []


@pytest.mark.parametrize(
    "text",
    [
        # wards named after the figures in a table of today's figures: no person
        "| Phường | Dân số | Năm |\n| Ngô Quyền | 160000 | 2019 |\n| Quang Trung | 52000 | 2019 |",
        "| Phường | Chủ tịch |\n| Quang Trung | Lò Văn Pọm |",
    ],
)
def test_a_figures_ward_in_a_table_is_no_figure(text: str) -> None:
    assert "Ngô Quyền" not in found(text, PERSON)
    assert "Quang Trung" not in found(text, PERSON)


# -- OCR inside names and places ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Người nhận hỗ trợ: Ng uyễn Văn Th ảo, số tiền 3.000.000 đồng.", "Ng uyễn Văn Th ảo"),
        ("Người vi phạm: Ng uyễn Văn Th ắng, GPLX hạng A1", "Ng uyễn Văn Th ắng"),
        ("Bị đơn: Tr ần Thị Ph ương, trú tại xã An Bình", "Tr ần Thị Ph ương"),
    ],
)
def test_a_name_an_ocr_gap_split(text: str, name: str) -> None:
    assert name in redacted(text, PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "C anh ơi, Th ế là xong rồi",  # chat's "C" (chị) and a word: no name's word joined
        "Ông Nguyễn Văn T ảo tưởng quá",  # an initial before an everyday word
    ],
)
def test_no_split_where_the_pieces_are_words(text: str) -> None:
    assert not [n for n in found(text, PERSON) if "ảo" in n or "ế" in n]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Người nhận: xóm Đ0ng Tâm, xã Yên Thành, tỉnh Nghệ An, số tiền 3 triệu", "xóm Đ0ng Tâm"),
        ("trú tại thôn H0à Bình, xã Tân Lập, tỉnh Phú Thọ", "thôn H0à Bình"),
    ],
)
def test_a_zero_for_o_inside_a_places_name(text: str, address: str) -> None:
    assert any(a.startswith(address) for a in redacted(text, ADDRESS))


def test_codes_with_zeros_stay_clean() -> None:
    assert found("mã A0B12, phòng P0, model X0, năm 2020 có 100 hộ", ADDRESS) == []


# -- a given name's repeat that is a unit of time -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "repeat"),
    [
        ("nhan dc tuan dia chinh da nop ho so, dat tuan sau xuong do", "tuan sau"),
        ("e hoi a tuan dia chinh, 2 tuan nua moi xong", "2 tuan"),
        ("c thang ke toan bao thang 3 nop, hang thang deu vay", "thang 3"),
        ("nho a nam gui ho so, nam nay chua xong", "nam nay"),
    ],
)
def test_a_repeat_that_is_a_unit_of_time(text: str, repeat: str) -> None:
    at = text.index(repeat) + (len(repeat) - len(repeat.split()[-1]) if repeat[0].isdigit() else 0)
    result = check_prompt(text)
    assert not [f for f in result.findings if f.entity is PERSON and f.start == at]
    assert result.findings  # the name itself is still found


@pytest.mark.parametrize(
    "text",
    [
        "nho a tuan gui lai ho so, anh tuan sau do goi lai",  # "anh tuan" again: the person
        "c thang ke toan nghi, chi thang nay chua ve",
    ],
)
def test_a_repeat_after_a_cue_is_the_person(text: str) -> None:
    assert len(redacted(text, PERSON)) == 2


# -- the strategies ---------------------------------------------------------------------------


@_SETTINGS
@given(pasted_prompts(shapes=["highland_dash", "register_row", "unit_head", "kin_display"]))
def test_the_new_shapes_are_redacted_whole(prompt: object) -> None:
    from ai_guard.testing.strategies import LabelledPrompt

    assert isinstance(prompt, LabelledPrompt)
    result = check_prompt(prompt.text)
    assert not result.allowed
    for start, end, entity in prompt.spans:
        if entity == "PERSON":
            assert any(
                f.start <= start and end <= f.end and f.placeholder is not None
                for f in result.findings
            ), prompt.text[start:end]


@_SETTINGS
@given(st.sampled_from(("Ng", "Th", "Tr", "Ph", "Nh")), st.sampled_from(("Văn", "Thị")))
def test_a_split_name_never_leaves_a_piece_visible(head: str, middle: str) -> None:
    tails = {"Ng": "uyễn", "Th": "ảo", "Tr": "ần", "Ph": "ương", "Nh": "ung"}
    text = f"Họ và tên: Lê {middle} {head} {tails[head]}, sinh năm 1980"
    result = check_prompt(text)
    assert tails[head] not in result.redacted_text


# -- chat: the boss, a head by a surname's word, "thi" ending a name -------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("sếp Hải dặn: mời ông từ văn luyến lên làm việc", "Hải"),
        ("sếp Long bảo nộp trước thứ 6", "Long"),
        ("hôm qua sếp Thảo nhắc cả phòng", "Thảo"),
    ],
)
def test_the_boss_by_his_given_name(text: str, name: str) -> None:
    assert name in found(text, PERSON)


@pytest.mark.parametrize(
    "text", ["sếp Tổng duyệt rồi", "sếp Phòng bảo làm gấp", "sếp Hà Nội gọi điện", "sếp Mới về"]
)
def test_the_boss_by_his_post_or_place_is_no_name(text: str) -> None:
    assert found(text, PERSON) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("truong phong nghiem nho e ghi ten vao danh sach", "nghiem"),
        ("trưởng phòng đàm nhờ em soạn tờ trình", "đàm"),
        ("pho phong luong bao hop luc 2h", "luong"),
    ],
)
def test_a_head_called_by_a_word_a_surname_spells(text: str, name: str) -> None:
    assert name in found(text, PERSON)


@pytest.mark.parametrize(
    "text", ["truong phong hop noi gi vay", "trưởng phòng khám báo kết quả", "truong phong tro bao"]
)
def test_a_room_after_the_head_title_is_no_name(text: str) -> None:
    assert found(text, PERSON) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("con le van an thi sao", "le van an"),
        ("nho hoi nguyen thi hoa thi biet", "nguyen thi hoa"),
        ("anh tran van binh thi chua nop", "tran van binh"),
    ],
)
def test_a_name_typed_plain_never_ends_on_thi(text: str, name: str) -> None:
    assert name in found(text, PERSON)


# -- addresses: a pronoun after the province, a page's footer inside -----------------------------


@pytest.mark.parametrize("pronoun", ["c", "chị", "anh", "ban"])
def test_a_communes_last_syllable_a_particle_before_its_province(pronoun: str) -> None:
    text = f"nhà ông mùa a páo ở bản huổi lóng xã mường nhé điện biên {pronoun} xem lại giúp e"
    assert "bản huổi lóng xã mường nhé điện biên" in found(text, ADDRESS)


@pytest.mark.parametrize("footer", ["Trang 2/3", "Trang 2", "- 2 -", "Page 2 of 3"])
def test_an_address_across_a_page_footer(footer: str) -> None:
    text = (
        f"Biên bản: bà Nguyễn Thị Lan, trú tại thôn Đông Hồ, xã\n{footer}\n"
        "Thuận Thành, tỉnh Bắc Ninh, trình bày như sau"
    )
    assert f"thôn Đông Hồ, xã\n{footer}\nThuận Thành, tỉnh Bắc Ninh" in found(text, ADDRESS)


def test_a_city_after_a_page_footer_is_read_whole() -> None:
    text = "trú tại số 14 ngõ 92 phố Ngọc Hồi, phường\n- 2 -\nHoàng Liệt, thành phố Hà Nội phải trả"
    assert any(a.endswith("thành phố Hà Nội") for a in found(text, ADDRESS))


# -- a cue with no marks to spell opening a rare surname's name ----------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Em Xa Văn Tường lớp 9A nghỉ học hai hôm", "Xa Văn Tường"),
        ("Em Giả Thị Thu lớp 9A nghỉ học", "Giả Thị Thu"),
        ("Anh Xa Văn Khương nộp đơn hôm qua", "Xa Văn Khương"),
        ("Em Thi Văn Hoành đến muộn", "Thi Văn Hoành"),
    ],
)
def test_a_rare_surname_after_a_cue_in_a_line_with_marks(text: str, name: str) -> None:
    assert name in found(text, PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "Em Xa Van Tuong nghi hoc",  # a line typed plain: "xa" is "xã" as often
        "Em Xa lắm rồi, chưa về được",  # no middle name: "xa" (far)
        "Nguyên Thi Hông Duyên",  # no cue before the rare surname
    ],
)
def test_no_rare_surname_without_its_marks(text: str) -> None:
    assert not [n for n in found(text, PERSON) if n.startswith(("Xa", "Thi"))]
