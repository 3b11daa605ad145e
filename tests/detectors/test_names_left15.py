"""Issue 15's leftovers (fifteenth session): names and addresses as people write them, on new
probes (none of a corpus's rows), each failing on main at 7b621b4.

Misses:

* a given name after a kin word whose end only "lo" and its object mark ("chi nhung lo ho
  so"): "lo" alone is "Lò", "lọ" as often, with its object it is the verb;
* a cue and a surname that spell a phrase ("chi đoàn"), "thị" after them ("chi doan thi
  mien la ...");
* an address with no unit word: a house number, a street named after a historical figure
  (whatever its words spell typed plain: "ly nam de", "đế" is no "để") and a district with
  or without a province ("83 ly nam de hoan kiem hn", "17 tran hung dao hoan kiem"); "số", a
  plain number and such a street ("(số 4 Hoàng Văn Thụ)"); a street of three words and more
  with nothing known after its comma ("ở 4A Hoàng Văn Thụ, để xe");
* a state farm's team ("đội 7 nông trường sông hậu xã ...").

False positives:

* "phi thi hanh an chi thu khi ..." (Phí Thị Hạnh An? "thi hành án", a phrase going on);
* "cán bộ tiếp dân" (Tiếp Dân?), "TÊN CƠ QUAN" under a form's label, "Phó Trưởng Công an
  xã", "KIỂM TRA THỊ TRƯỜNG" (Trà Thị Trường?);
* "bac ho" typed plain is the historical figure, kept visible (not after a relative's words).
"""

from __future__ import annotations

import pytest
from _probes import kept as _kept
from _probes import redacted as _found

from ai_guard.models import EntityType


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("chi nhung lo ho so giup em nhe, mai nop", ["nhung"]),
        ("anh tuan lo viec nay nhe", ["tuan"]),
        ("thue thu nhap cua chi doan thi mien la bao nhieu, tra giup", ["doan thi mien"]),
        ("nho chi doan thi mien ky giup to khai", ["doan thi mien"]),
    ],
)
def test_names_typed_plain_are_found(text: str, names: list[str]) -> None:
    assert _found(text, EntityType.PERSON) == names


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        ("gui ho so den 83 ly nam de hoan kiem hn cho chu nhe", ["83 ly nam de hoan kiem hn"]),
        ("nha em o 17 tran hung dao hoan kiem, gan ho", ["17 tran hung dao hoan kiem"]),
        ("gui ve 5 le loi hue giup em", ["5 le loi hue"]),
        (
            "Ý kiến: ông Lã Văn Tước (số 4 Hoàng Văn Thụ) đề nghị lắp đèn.",
            ["số 4 Hoàng Văn Thụ"],
        ),
        ("bà Hạnh ở 4A Hoàng Văn Thụ, để xe trong ngõ", ["4A Hoàng Văn Thụ"]),
        (
            "ông ninh văn hợi ở đội 7 nông trường sông hậu xã thới hưng, mất giấy",
            ["đội 7 nông trường sông hậu xã thới hưng"],
        ),
        (
            "ong hoi o doi 3 lam truong con cuong xa mon son, mat giay",
            ["doi 3 lam truong con cuong xa mon son"],
        ),
    ],
)
def test_addresses_without_unit_words_are_found(text: str, addresses: list[str]) -> None:
    assert _found(text, EntityType.ADDRESS) == addresses


@pytest.mark.parametrize(
    "text",
    [
        "o 12 ba trieu ha noi",  # "bà" after a plain number is counted
        "Địa điểm: số 5 Lý Thái Tổ.",  # a venue
        "Tập số 3 Hồ Chí Minh toàn tập.",
        "hop tai 2 le loi thi chua duoc",
    ],
)
def test_a_figure_is_no_street_without_a_house(text: str) -> None:
    assert _found(text, EntityType.ADDRESS) == []


@pytest.mark.parametrize(
    "text",
    [
        "Le phi: khong thu le phi nop don; phi thi hanh an chi thu khi nguoi duoc thi hanh an",
        "Điều này có nghĩa là cán bộ tiếp dân có được nói cho người bị tố cáo biết ai",
        "TÊN CƠ QUAN, TỔ CHỨC CHỦ QUẢN\nTÊN CƠ QUAN, ĐƠN VỊ\nSố:     /QĐ-......",
        "Chúng tôi gồm: ông Ma Văn Hưởng - Phó Trưởng Công an xã; ông Lương Hữu Phát",
        "[Zalo] TỔ CÔNG TÁC KIỂM TRA THỊ TRƯỜNG TẾT 2027 - XÃ TIÊN PHƯỚC\nai phụ trách gì",
    ],
)
def test_words_are_no_names(text: str) -> None:
    assert [
        n for n in _found(text, EntityType.PERSON) if n not in ("Ma Văn Hưởng", "Lương Hữu Phát")
    ] == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("ba phi thi hanh, sinh nam 1960, o xom 2", ["phi thi hanh"]),
        ("ten trong danh sach: phan thi thanh tam, cccd 046165008913", ["phan thi thanh tam"]),
        ("HỌ TÊN: TRA THỊ MAI", ["TRA THỊ MAI"]),
        ("bà Phó Đức Anh, sinh năm 1980", ["Phó Đức Anh"]),
    ],
)
def test_names_beside_the_phrases_stay_found(text: str, names: list[str]) -> None:
    assert _found(text, EntityType.PERSON) == names


@pytest.mark.parametrize(
    "text",
    [
        "viet giup e bai phat bieu ky niem ngay sinh bac ho 19/5 cho doan thanh nien",
        "bac ho noi 'khong co gi quy hon doc lap tu do', viet giup doan mo dau",
    ],
)
def test_bac_ho_typed_plain_is_the_figure(text: str) -> None:
    assert _kept(text) == ["bac ho"]
    assert _found(text, EntityType.PERSON) == []


@pytest.mark.parametrize("text", ["bac ho cua em o que gui qua", "nha bac ho em o xa ben"])
def test_a_relative_is_no_figure(text: str) -> None:
    assert _kept(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the name's last word and the next spell an everyday word: the name ends before it
        ("to cao hang xom la ong lam van tri lan chiem loi di chung", ["lam van tri"]),
        # a list run on one line in capitals, each item a name and a birth year after a dash
        (
            "DANH SÁCH HỘ NGHÈO: HÀ VĂN SLẰN - 1949 - BẢN NÀ PHẶC; CẦM THỊ PẰNG - 1953.",
            ["HÀ VĂN SLẰN", "CẦM THỊ PẰNG"],
        ),
    ],
)
def test_names_end_where_the_row_says(text: str, names: list[str]) -> None:
    assert _found(text, EntityType.PERSON) == names


@pytest.mark.parametrize(
    "text",
    [
        "theo nghi dinh 30/2020, dau chi do mat dat o vi tri nao tren van ban?",
        "lich thu gom rac: duong nguyen thi minh khai, duong vo van tan, moi tuyen hai luot",
        "KẾ HOẠCH: TRẦN HƯNG ĐẠO - 2024",
    ],
)
def test_phrases_and_streets_are_no_names(text: str) -> None:
    assert _found(text, EntityType.PERSON) == []


@pytest.mark.parametrize(
    "text",
    [
        "Bộ phận một cửa UBND phường đặt tại số 2 đường Nguyễn Tất Thành; giờ làm việc dịp Tết",
        "Công an xã đặt tại thôn 3, xã Yên Hòa, đường dây nóng 113.",
        # a desk placed in a public facility, then the facility's address after a comma
        "Hộp thư góp ý đặt tại tầng 2 Trung tâm Phục vụ hành chính công, số 8 Lý Thường Kiệt.",
        "Trung tâm Phục vụ hành chính công tỉnh đặt tại số 8 Lý Thường Kiệt, mở cửa thứ Bảy.",
        "Ngày hội đại đoàn kết tổ chức ở thôn Tiên Lữ, xã Bình Minh; soạn kế hoạch.",
        "ngay hoi to chuc o thon tien lu, xa binh minh; soan ke hoach",
    ],
)
def test_an_office_or_a_venue_is_no_address(text: str) -> None:
    assert _found(text, EntityType.ADDRESS) == []


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        ("nhà ông Lâm đặt tại số 2 đường Nguyễn Tất Thành", ["số 2 đường Nguyễn Tất Thành"]),
        (
            "UBND xã cấp phép cho cửa hàng của bà Lan đặt tại số 5 đường Lê Lợi, phường 2",
            ["số 5 đường Lê Lợi, phường 2"],
        ),
        ("đám cưới tổ chức tại nhà ông Hùng ở thôn 3, xã Bình Minh", ["thôn 3, xã Bình Minh"]),
        (
            "Quầy thuốc của anh Hùng đặt tại chợ, số 5 Lê Lợi, phường 2, TP Huế",
            ["số 5 Lê Lợi, phường 2, TP Huế"],
        ),
    ],
)
def test_a_home_stays_an_address(text: str, addresses: list[str]) -> None:
    assert _found(text, EntityType.ADDRESS) == addresses
