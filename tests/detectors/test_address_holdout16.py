"""vn.address: the shapes holdout16's long pastes found missed or read wrongly (issue 15): a
hamlet alone in a table cell under a residence column of a list of people, a hamlet as one
field of a dashed list item; and what must stay clean beside them: a template's placeholder
units, an office's venue and a procuring entity's seat in a public notice, a village's hall,
residential land ("đất ở") in a hamlet, hamlets in a table that lists no one."""

from __future__ import annotations

import pytest

from ai_guard.detectors.address import AddressDetector
from ai_guard.text import Document


def found(text: str) -> list[str]:
    return [text[d.start : d.end] for d in AddressDetector().detect(Document(text))]


_HOUSEHOLDS = (
    "STT\tHọ tên chủ hộ\tCCCD\tThôn\tSố khẩu\n"
    "1\tTrần Văn Ngộ\t049062104587\tThôn Ấp Nhì\t4\n"
    "2\tAlăng Thị Nhàn\t049184712065\tThôn Tà Lang\t5\n"
)
_PIPES = (
    "STT | Họ tên | Ngày sinh | Dân tộc | Bản | Mã thẻ BHYT\n"
    "1 | Pờ Xì Chừ | 10/05/1994 | Hà Nhì | bản Tá Miếu | DT2111122034857\n"
)


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        # a hamlet alone in a cell under "Thôn" / "Bản", in a table that lists people
        pytest.param(_HOUSEHOLDS, ["Thôn Ấp Nhì", "Thôn Tà Lang"], id="tab-hamlet-column"),
        pytest.param(_PIPES, ["bản Tá Miếu"], id="pipe-village-column"),
        # a hamlet as one field of a dashed list item, more fields after it
        pytest.param(
            "DANH SÁCH HỖ TRỢ\n1. Cao Xuân Lộc - xóm 6 - sập hoàn toàn nhà ở - 40.000.000đ\n"
            "2. Hồ Thị Mận - xóm 11 - tốc mái",
            ["xóm 6", "xóm 11"],
            id="dash-field-hamlet",
        ),
        # one letter for a ward is a Roman numeral or an initial: still an address
        pytest.param(
            "Địa chỉ: số 5 đường Lê Lợi, Phường V, TP. Vị Thanh",
            ["số 5 đường Lê Lợi, Phường V, TP. Vị Thanh"],
            id="roman-ward",
        ),
        pytest.param(
            "trú tại: thôn X, xã HV, huyện H, tỉnh HT.",
            ["thôn X, xã HV, huyện H, tỉnh HT"],
            id="initials",
        ),
        pytest.param(
            "trú tại thôn K, xã P, huyện B, tỉnh Lào Cai",
            ["thôn K, xã P, huyện B, tỉnh Lào Cai"],
            id="initials-province-kept",
        ),
        # a name's syllable that folds to a unit word but is spelled otherwise goes on
        pytest.param(
            "trú tại ấp Mỹ Hòa, xã Mỹ Tịnh An.", ["ấp Mỹ Hòa, xã Mỹ Tịnh An"], id="tinh-in-name"
        ),
        pytest.param(
            "trú tại ấp Mỹ Hòa, xã Mỹ Tho, Tỉnh Tiền Giang.",
            ["ấp Mỹ Hòa, xã Mỹ Tho, Tỉnh Tiền Giang"],
            id="tinh-spelled-unit",
        ),
        # a person's commune in a list item is no title
        pytest.param(
            "Danh sách:\n1. Nguyễn Văn An - xã Tân Phú, tỉnh Đồng Nai\n2. Lê Thị Bé",
            ["xã Tân Phú, tỉnh Đồng Nai"],
            id="list-item-commune",
        ),
        # a lodging house's word before its number is left out, as "nhà" is
        pytest.param(
            "kiểm tra cư trú tại nhà trọ số 18/6 đường Yersin, khu phố 7, phường Thủ Dầu Một.",
            ["số 18/6 đường Yersin, khu phố 7, phường Thủ Dầu Một"],
            id="lodging-word",
        ),
        # a pupil's residence after the school's name and a residence cue stays
        pytest.param(
            "em Lan học Trường THCS Phước Long, trú tại phường Phước Long, TP Nha Trang",
            ["phường Phước Long, TP Nha Trang"],
            id="school-then-residence",
        ),
        # a dormitory's word, a named lodging house's room before the chain are part of it
        pytest.param(
            "Nơi ở: ký túc xá khu B, phường Đông Hòa, Dĩ An, Bình Dương; 2018 đến nay",
            ["ký túc xá khu B, phường Đông Hòa, Dĩ An, Bình Dương"],
            id="dormitory",
        ),
        pytest.param(
            "đang ở phòng 305 nhà trọ Bích Ngân, hẻm 51 Trần Hoàng Na, phường Tân An, TP Cần Thơ.",
            ["phòng 305 nhà trọ Bích Ngân, hẻm 51 Trần Hoàng Na, phường Tân An, TP Cần Thơ"],
            id="lodging-room",
        ),
        # after an address, the same place renamed in brackets is part of its span
        pytest.param(
            "bà Thìn ở tổ 3 khối 5 thị trấn Đông Anh cũ (nay là xã Đông Anh, Hà Nội), bà Chu",
            ["tổ 3 khối 5 thị trấn Đông Anh cũ (nay là xã Đông Anh, Hà Nội)"],
            id="address-renamed",
        ),
        # a venue given as a bare address stays an address
        pytest.param(
            "Địa điểm: ấp Ba Trạch, xã Tập Sơn", ["ấp Ba Trạch, xã Tập Sơn"], id="bare-venue"
        ),
    ],
)
def test_found(text: str, addresses: list[str]) -> None:
    assert found(text) == addresses


@pytest.mark.parametrize(
    "text",
    [
        # a template's placeholder units
        pytest.param(
            "Ví dụ: Họ tên: Nguyễn Văn A; Nơi cư trú: số 1 đường X, phường Y, tỉnh Z.",
            id="placeholder-units",
        ),
        # an office's venue in a notice, a procuring entity's seat
        pytest.param(
            "Dia diem: Tram Y te phuong, so 66 duong Tran Quang Khai, phuong Tan Dinh.",
            id="venue-health-station",
        ),
        pytest.param(
            "Địa chỉ bên mời thầu: số 10 đường Phù Đổng Thiên Vương, phường Kinh Bắc, tỉnh Bắc"
            " Ninh.",
            id="procuring-entity-seat",
        ),
        # a village's hall where a meeting is held
        pytest.param(
            "Hôm nay, tại nhà văn hóa thôn Trung Lưu, xã Thạch Lạc, tỉnh Hà Tĩnh, Tổ hòa giải",
            id="village-hall",
        ),
        # the area a document's title covers, closing it or on the line under it
        pytest.param(
            "DANH SÁCH HỘ NGHÈO NĂM 2026 - XÃ ĐẠI LỘC, TP ĐÀ NẴNG\nSTT\tHọ tên", id="title-caps"
        ),
        pytest.param(
            "Danh sách đề nghị cấp thẻ BHYT vùng ĐBKK - xã Mường Nhé, tỉnh Điện Biên\nSTT",
            id="title-dash",
        ),
        pytest.param(
            "DANH SÁCH CẤP PHÁT TIỀN HỖ TRỢ DO BÃO SỐ 5\nXã Diễn Châu, tỉnh Nghệ An\n1. Cao",
            id="title-number-line-under",
        ),
        # a stretch of road through a commune
        pytest.param(
            "tại Km 12+300 Quốc lộ 1A, đoạn qua xã Hòa Thịnh, tỉnh Đắk Lắk.", id="road-stretch"
        ),
        # a school's place, and the same place renamed in brackets
        pytest.param(
            "tại phòng hội đồng Trường THCS Phước Long, phường Phước Long, TP Nha Trang (nay là"
            " phường Nam Nha Trang, tỉnh Khánh Hòa).",
            id="school-comma-renamed",
        ),
        # a dormitory named alone
        pytest.param("em đăng ký ở ký túc xá thì cần gì ạ", id="dormitory-alone"),
        # the countryside ("nông thôn"), no hamlet
        pytest.param("mục đích sử dụng: đất ở tại nông thôn 100 m2, đất trồng", id="nong-thon"),
        # residential land in a hamlet: a plot's place
        pytest.param("đấu giá thành công 2 khu đất ở thôn Cựu Điện; chi đầu tư", id="dat-o"),
        # hamlets in a table that lists no one, or under a column of units
        pytest.param("STT\tThôn\tSố hộ\n1\tThôn Tà Lang\t45\n", id="table-of-hamlets"),
        # a hometown column typed plain: "Lang Son" is Lạng Sơn, not "làng Sơn"
        pytest.param(
            "| Ho ten | Ngay sinh | Que quan |\n|---|---|---|\n| Ly Thi Bich Hop | 17/11/1973 |"
            " Lang Son |\n",
            id="hometown-column-plain",
        ),
        pytest.param(
            "| STT | Họ và tên | Đơn vị |\n|---|---|---|\n| 3 | Sầm Văn Lợi | Thôn Nà Vài |\n",
            id="unit-column",
        ),
    ],
)
def test_clean(text: str) -> None:
    assert found(text) == []
