"""vn.address: holdout34's residences (issue 15), each beside the sentences around the same
words that must stay found whole or clean: where a lower-case address runs into chat's next
word ("... ngo 5 phu do sua ong nuoc", "... phuong cam pha bi sot", "... xa my xuong deu 80
tuoi", "... ban muong khen k⏎", "... trường chinh sốt 39 độ"), a room in a boarding house
named after its landlord or landlady ("phòng 12 dãy trọ bà Sáu, số 66/3 ..."), a house in a
Đà Nẵng or Huế lane by the lane's letter glued to its numbers ("K25/9 Âu Cơ", "k74/9 hoang
dieu")."""

from __future__ import annotations

import pytest

from ai_guard import check_prompt
from ai_guard.detectors.address import AddressDetector
from ai_guard.models import EntityType
from ai_guard.text import Document


def found(text: str) -> list[str]:
    return [text[d.start : d.end] for d in AddressDetector().detect(Document(text))]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # chat's verb after a lane's street, typed plain or with its marks
        ("c mang dung cu qua so 21 ngo 5 phu do sua ong nuoc nhe", "so 21 ngo 5 phu do"),
        ("c mang dụng cụ qua số 21 ngõ 5 phú đô sửa ống nước nhé", "số 21 ngõ 5 phú đô"),
        ("bé nhà chị ở ngách 6 ngõ 120 trường chinh sốt 39 độ", "ngách 6 ngõ 120 trường chinh"),
        ("be nha chi o ngach 6 ngo 120 truong chinh sot 39 do", "ngach 6 ngo 120 truong chinh"),
        ("nha em o so 9 ngo 4 kim nguu ngap nuoc tu sang", "so 9 ngo 4 kim nguu"),
        # "bị" before what befell, after a ward's or commune's name
        ("chau nha chi o to 9 phuong cam pha bi sot, xin co cho nghi", "to 9 phuong cam pha"),
        ("cháu nhà chị ở tổ 9 phường cẩm phả bị sốt, xin cô cho nghỉ", "tổ 9 phường cẩm phả"),
        ("nha o xom 2 xa nghi phong bi ngap het", "xom 2 xa nghi phong"),
        # "đều" (both, all) after where two people live
        ("ong khiem voi ba lanh o ap 3 xa my xuong deu 80 tuoi", "ap 3 xa my xuong"),
        ("ông khiêm với bà lành ở ấp 3 xã mỹ xương đều 80 tuổi", "ấp 3 xã mỹ xương"),
        # chat's "không?" closing the question, last on its line
        ("ai di xac minh ho ong thuyen o ban muong khen k\ndat: e di", "ban muong khen"),
        ("ai di xac minh ho ong thuyen o ban muong khen ko?", "ban muong khen"),
    ],
)
def test_chat_word_ends_a_lower_case_address(text: str, address: str) -> None:
    assert found(text) == [address]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a place's own syllable that folds to one of chat's words stays the place's
        ("nha o to dan pho cat bi, phuong hai an, hai phong", "to dan pho cat bi, phuong hai an"),
        # an Ede village's "kơ"/"ko" goes on with its name
        ("nha o buon ko tam xa ea tu", "buon ko tam xa ea tu"),
        ("nhà ở làng kon kơ tu xã đăk rơ wa", "làng kon kơ tu xã đăk rơ wa"),
    ],
)
def test_place_syllables_that_fold_to_chat_words_stay(text: str, address: str) -> None:
    assert found(text)[0].startswith(address)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Tổ công tác kiểm tra phòng 12 dãy trọ bà Sáu, số 66/3 Lê Văn Việt, phường Tăng "
            "Nhơn Phú, Thành phố Hồ Chí Minh, nơi anh Quyết tạm trú.",
            "phòng 12 dãy trọ bà Sáu, số 66/3 Lê Văn Việt, phường Tăng Nhơn Phú, Thành phố Hồ"
            " Chí Minh",
        ),
        (
            "dia chi tam tru: phong 4 day tro co hanh, 19/2 nguyen van cu, p. an khanh, can tho,"
            " dien giup",
            "phong 4 day tro co hanh, 19/2 nguyen van cu, p. an khanh, can tho",
        ),
        (
            "em ở phòng 3 nhà trọ chú Tư, 45 Trần Phú, phường Hải Châu, thành phố Đà Nẵng.",
            "phòng 3 nhà trọ chú Tư, 45 Trần Phú, phường Hải Châu, thành phố Đà Nẵng",
        ),
    ],
)
def test_room_of_a_landladys_row_heads_the_address(text: str, address: str) -> None:
    assert found(text) == [address]
    # the landlady's name is the address's, no person of its own
    r = check_prompt(text)
    name = address.split(",")[0].split()[-1]
    at = text.index(name)
    assert not any(f.entity is EntityType.PERSON and f.start <= at < f.end for f in r.findings), (
        r.findings
    )


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Gia đình ông Lợi ở K25/9 Âu Cơ mở xưởng mộc gây ồn", "K25/9 Âu Cơ"),
        ("e ten ngoc sn 2001 o k74/9 hoang dieu muon lam lai cccd", "k74/9 hoang dieu"),
        ("nha em o k12/4 nguyen lo trach, hoi cach dang ky", "k12/4 nguyen lo trach"),
        ("Bà ấy trú tại K.40/2 Điện Biên Phủ từ năm 2010", "K.40/2 Điện Biên Phủ"),
    ],
)
def test_glued_kiet_house_and_its_street(text: str, address: str) -> None:
    assert found(text) == [address]
    r = check_prompt(text)
    at = text.index(address)
    assert any(
        f.entity is EntityType.ADDRESS and f.start == at and f.end == at + len(address)
        for f in r.findings
    )
    # the general the street is named after is the address's, no person
    assert not any(
        f.entity is EntityType.PERSON and at <= f.start < at + len(address) for f in r.findings
    )


@pytest.mark.parametrize(
    "text",
    [
        "mã hàng K25/9 Âu Cơ giao sau",  # a code, no residence word before it
        "lop k12/3 hoc chieu nay",  # a class, no street after it
        "o k12/3 nha em",  # no street named after a person
        "em đã hỏi anh ấy ở k3/2 lớp học",  # a class's code, lower-case words no street
    ],
)
def test_glued_kiet_needs_its_cue_and_street(text: str) -> None:
    assert found(text) == []


def test_hamlet_heading_its_line_is_no_part_of_the_area_above() -> None:
    text = (
        "Gộp danh sách:\nĐịa bàn: xã Ea Kiết, tỉnh Đắk Lắk\n"
        "Thôn 3: Y Bhin Êban (1977), H'Ngoan Ayun (1981)\n"
        "Thôn 5 Cư Bua: Nguyễn Hữu Tài Lộc (1969)"
    )
    got = found(text)
    assert "Thôn 3" in got
    assert "Thôn 5 Cư Bua" in got
    assert not any("\n" in a for a in got)


def test_area_then_a_hamlet_on_the_next_line_without_heading_colon_is_unchanged() -> None:
    # no colon heading the next line: the chain's reading as it was
    assert found("Địa bàn: xã Ea Kiết, tỉnh Đắk Lắk\nThôn 3 có 5 hộ") == [
        "xã Ea Kiết, tỉnh Đắk Lắk\nThôn 3"
    ]


def test_hamlet_named_alone_under_its_unit_header_in_a_table_of_people() -> None:
    text = (
        "Bảng tiêm chủng:\nHọ tên trẻ\tNgày sinh\tHọ tên mẹ\tThôn\n"
        "Ma Thị Bảo Trâm\t11/01/2026\tMa Thị Chuyên\tNà Hu\n"
        "Nông Quốc Hiển\t28/02/2026\tLý Thị Đoan\tBản Chang\n"
        "Hoàng Văn Kha\t05/03/2026\tLộc Thị Dịu\tNà Hu"
    )
    assert found(text).count("Nà Hu") == 2
    assert "Bản Chang" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a table of hamlets, no one listed: a place like any other
        "STT\tThôn\tSố hộ\n1\tNà Hu\t45\n2\tBản Chang\t30",
        # under a column of where one works
        "Họ tên\tĐơn vị\nLò Văn Pọm\tNà Hu",
    ],
)
def test_bare_hamlet_cell_needs_a_residence_column_of_people(text: str) -> None:
    assert "Nà Hu" not in found(text)


def test_kiosk_in_brackets_beside_a_kiosk_address_of_the_same_market() -> None:
    text = (
        "Đoàn kiểm tra phát hiện quầy của bà Mận tại ki-ốt số 27 chợ Đông Ba, phường Phú Xuân,"
        " thành phố Huế bán hàng; quầy bên cạnh của ông Tân (ki-ốt số 28) niêm yết giá."
    )
    assert "ki-ốt số 28" in found(text)


def test_kiosk_in_brackets_alone_is_no_address() -> None:
    assert found("Quầy của ông Tân (ki-ốt số 28) niêm yết giá đầy đủ.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Tóm tắt biên bản họp tổ dân phố 9, phường Phú Lợi:\nChủ trì: ông Thiện, tổ trưởng.",
        "chieu nay hop thon 3 xa nghi phong nhe",
    ],
)
def test_unit_that_meets_is_no_residence(text: str) -> None:
    assert found(text) == []


def test_residence_before_a_meeting_word_stays() -> None:
    text = "bà Gấm ở tổ dân phố 9, phường Phú Lợi đi họp"
    assert found(text) == ["tổ dân phố 9, phường Phú Lợi"]


@pytest.mark.parametrize(
    "text",
    [
        "Tom tat danh sach sau:\nSTT\tHo va ten\tNoi dung\n1\tLang Thi Kiet\tXin cap lai giay",
        "STT\tHọ tên\tGhi chú\n2\tTrần Văn Kiệt\tĐề nghị hỗ trợ",
    ],
)
def test_a_chain_whose_unit_word_was_the_name_cells_leaves_no_address(text: str) -> None:
    """A chain read over a row's tabs keeps its last cell only where that cell reads as an
    address alone: "Kiet" (kiệt, a lane) was the name cell's, "Xin" alone is no place."""
    r = check_prompt(text)
    assert [f for f in r.findings if f.entity is EntityType.ADDRESS] == []


def test_a_chain_cut_to_its_last_cell_stays_an_address() -> None:
    text = "1\tbùi văn hảo\txóm mớ đá, xã mai châu\t0912 345 678"
    r = check_prompt(text)
    assert "xóm mớ đá, xã mai châu" in [
        text[f.start : f.end] for f in r.findings if f.entity is EntityType.ADDRESS
    ]
