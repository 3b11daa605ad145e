"""The older blind sets' shapes of names (issue 15, twenty-eighth session: holdout16, 17, 19,
26), each beside the hard negatives that must stay as they were."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import check_prompt
from ai_guard.detectors.person import PersonNameDetector
from ai_guard.text import Document


def names(text: str) -> list[str]:
    return sorted(
        text[d.start : d.end] for d in PersonNameDetector().detect(Document(text)) if d.score >= 0.5
    )


# -- a middle name cut to its initial, then the given name ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tóm tắt: đ/c Trương V. Hào (cán bộ địa chính) có mặt.", ["Trương V. Hào"]),
        ("bà Lê T. Kim Dung cùng đo lại ranh giới thửa đất", ["Lê T. Kim Dung"]),
        (
            "Gửi anh Nguyễn V. An và chị Trần T. Bích Ngọc.",
            ["Nguyễn V. An", "Trần T. Bích Ngọc"],
        ),
        ("Người nhận: Phạm Q. Hùng, phòng 204", ["Phạm Q. Hùng"]),
        ("ông Lê V.Tám ký nhận", ["Lê V.Tám"]),
    ],
)
def test_a_middle_initial_and_its_full_stop_keep_the_given_name_in_the_name(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an anonymised judgment's name ends at its initial
        ("Bị cáo Nguyễn Xuân T. Hôm nay tòa xét xử.", ["Nguyễn Xuân T"]),
        # after the initial's full stop a new sentence, no given name
        ("Bị cáo Nguyễn V. Hôm nay tòa xét xử.", ["Nguyễn V"]),
        # a word in capitals after the stop is a heading, not a given name
        ("Ông Lê V. HÙNG", ["Lê V"]),
    ],
)
def test_an_initial_s_full_stop_before_no_given_name_still_ends_the_name(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


def test_the_word_after_the_given_name_that_opens_the_next_name_stays_out() -> None:
    # "Trần" is a given name too; before "Thị" it opens the next full name
    assert "Lê V. Kim" in names("Ông Lê V. Kim Trần Thị Hoa")
    assert "Lê V. Kim Trần" not in names("Ông Lê V. Kim Trần Thị Hoa")


_SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Trương", "Đặng"]
_GIVENS = ["Hào", "An", "Dung", "Hùng", "Lan", "Ngọc"]


@settings(max_examples=40, deadline=None)
@given(
    surname=st.sampled_from(_SURNAMES),
    initial=st.sampled_from("VTQHMĐ"),
    given_name=st.sampled_from(_GIVENS),
    gap=st.sampled_from([". ", "."]),
)
def test_a_middle_initial_never_leaves_the_given_name_visible(
    surname: str, initial: str, given_name: str, gap: str
) -> None:
    name = f"{surname} {initial}{gap}{given_name}"
    text = f"Đề nghị anh {name} nộp hồ sơ trước thứ sáu."
    check = check_prompt(text)
    assert check.decision.value == "redact"
    assert given_name not in check.redacted_text.replace("thứ sáu", "")


# -- "mã" and a code right after a lower-case name typed plain marks its end -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2. ong vu duy kha ma 3621590847 sdt 0984 330 617 no 6 thang", ["vu duy kha"]),
        ("ba ha quang thu ma so bhxh 0123456789 no 3 thang", ["ha quang thu"]),
        ("anh dao minh tri ma bhyt HS4383821457093 het han", ["dao minh tri"]),
        ("ong vu duc kha ma 3621590847 chua dong", ["vu duc kha"]),
    ],
)
def test_a_code_after_ma_ends_a_plain_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "mà" (but) and words: no code, no end mark
        "ong vu duy kha ma toi ko biet",
        # a company's tax code after "mã số thuế": no person
        "cong ty tu van ma so thue 0101234567",
        # a short number after "mà" is no code
        "chi dinh thi cong ma 3 thang chua xong",
    ],
)
def test_ma_without_a_code_marks_no_name(text: str) -> None:
    assert names(text) == []


# -- a hamlet's or a group's unit word and number right after a plain name marks its end -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ho so ghi 045 092 003 617, ten ho si thang thon 6 xa vinh lam", ["ho si thang"]),
        ("ten cu dan: ho thanh tung xom 3 xa nghi phong", ["ho thanh tung"]),
        ("nguoi nhan la dao duy khang to 7 phuong an cuu", ["dao duy khang"]),
        ("ten ho si thang ap 3 xa long phu", ["ho si thang"]),
        # "ở" before the unit goes on with the sentence: no second given name "ở"
        ("đã đến nhà ông lùng văn sẻo ở thôn 5 xã si ma cai", ["lùng văn sẻo"]),
    ],
)
def test_a_unit_and_its_number_after_a_plain_name_end_it(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ban giao ho so thon 6 cho xa",  # "hồ sơ" (a file), no name
        "ten goi cong van thon 3 gui len xa",
        "ten truong tieu hoc xom 2 la gi",
        "ten duong tran phu to 4 phuong 2",  # a street's name, then its group
    ],
)
def test_a_unit_after_everyday_words_names_no_one(text: str) -> None:
    assert names(text) == []


# -- a given name said again alone inside a sentence, after its full name ----------------------


def _redacted(text: str) -> str:
    return check_prompt(text).redacted_text


@pytest.mark.parametrize(
    ("text", "given_name"),
    [
        (
            "Bị cáo: Hoàng Văn Quỳnh, sinh 1996. Sau đó giữa Quỳnh và anh Tôn xảy ra mâu"
            " thuẫn, Quỳnh dùng dao đâm anh Tôn.",
            "Quỳnh",
        ),
        (
            "Bi cao: HOANG VAN QUYNH, sinh ngay 08/12/1996. Khoang 21 gio, giua Quynh va anh"
            " Ton xay ra mau thuan, Quynh dung dao dam anh Ton.",
            "Quynh",
        ),
        (
            "Báo cáo xác minh: đối tượng Đàm Quang Vịnh có liên hệ với nhiều người, hôm 3/12"
            " Vịnh đã rời khỏi địa phương, đến nay Vịnh chưa về.",
            "Vịnh",
        ),
        (
            "Người khiếu nại là ông Lò Văn Khiêm, trú tại bản Mường. Theo đơn, Khiêm đã nộp hồ"
            " sơ từ tháng 5 nhưng xã chưa trả lời Khiêm về việc này.",
            "Khiêm",
        ),
    ],
)
def test_a_given_name_said_again_inside_a_sentence_is_redacted(text: str, given_name: str) -> None:
    assert given_name not in _redacted(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a place word before it: the region, not the person
        ("Ông Trần Văn Nam công tác ở miền Nam từ năm 2010.", "miền Nam"),
        # opening a sentence, the capital says nothing ("Năm nay" typed plain)
        ("Ông Tran Van Nam ve que. Nam nay ong 60 tuoi.", "Nam nay"),
        # an everyday word with the next word
        ("Chị Lê Thị An nhắc mọi người rằng An toàn là trên hết.", "An toàn"),
        # a capitalised word beside it: another place's or name's
        ("Anh Nguyễn Văn Hải chuyển ra Hải Phòng làm việc.", "Hải Phòng"),
        # said once alone, a capital is no evidence enough
        ("Ông Nguyễn Văn Hoang ở Thanh Hóa, gửi Hoang hồ sơ.", "gửi Hoang"),
    ],
)
def test_a_capitalised_word_that_is_no_repeat_stays(text: str, kept: str) -> None:
    assert kept in _redacted(text)


# -- a Highland clan, "văn"/"thị" and the given name in lower case ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("soạn tin nhắn gửi phụ huynh em kpă thị hiền lớp 7a2 báo em nghỉ", ["kpă thị hiền"]),
        ("chị rơ mah thị lan nghỉ phép 3 ngày", ["rơ mah thị lan"]),
        ("mời ông siu văn thuận lên xã ký giấy", ["siu văn thuận"]),
    ],
)
def test_a_clan_and_a_gender_middle_keep_the_given_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# -- a row's number, a name and the person's identifier: no street ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "STT Họ tên Số TK Ngân hàng\n1 Vương Thị Hồng Nhạn 0071001184392 Vietcombank 2 Khổng"
            " Minh Trác 1020 3345 8810 VietinBank 3 Tạ Thu Hà My 19035577215012 Techcombank",
            ["Khổng Minh Trác", "Tạ Thu Hà My", "Vương Thị Hồng Nhạn"],
        ),
        ("Danh sách: 3 Lê Minh Tuấn 0912 345 678, 4 Đỗ Quang Huy 0987 654 321", None),
    ],
)
def test_a_name_after_a_row_number_and_before_an_identifier_is_no_street(
    text: str, expected: list[str] | None
) -> None:
    found = names(text)
    if expected is None:
        assert "Lê Minh Tuấn" in found
        assert "Đỗ Quang Huy" in found
    else:
        assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "Địa chỉ: 12 Lê Minh Tuấn, phường 5, quận 3",
        "Giao hàng tới 45 Trần Quang Khải, Hà Nội, sđt 0912345678",
    ],
)
def test_a_house_number_before_a_street_named_so_stays_a_street(text: str) -> None:
    assert names(text) == []


# -- a contact right after a lower-case name with no cue: a list's row, a message ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("lien he nguyen hoang long nhlong.1992@gmail.com de lay mau bieu", ["nguyen hoang long"]),
        ("lien he tran quang hiep 0912 345 678 nhe", ["tran quang hiep"]),
        ("ds ho ho tro lu lo van xuan 0986 347 210 ban co may", ["lo van xuan"]),
        ("liên hệ hoàng minh châu 0912345678 để lấy mẫu", ["hoàng minh châu"]),
        ("ban giao cho le van thanh +84912345678 roi", ["le van thanh"]),
    ],
)
def test_a_contact_after_a_plain_name_marks_it(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "liên hệ phòng tiếp dân 0912345678",
        "gọi tổng đài chăm sóc khách hàng 0912 345 678",
        "so dien thoai cua co quan 0912345678",
        "ho tro tien 0912 345 678",
        "chuyen tien vao so tai khoan 0071001184392",
        "ngan hang agribank chi nhanh ha tinh 3604205471893",
        "email cong viec ho tro ky thuat support@abc.vn",
        "đường dây nóng tỉnh quảng ninh 0912345678",
        # an amount is no contact
        "tong kinh phi 1.245.000.000 dong, tam ung dot 1 la 30%",
        "chi tra cho ho 1245000000 dong",
    ],
)
def test_a_contact_after_everyday_words_names_no_one(text: str) -> None:
    assert names(text) == []


def test_a_kin_word_before_a_contact_is_no_surname() -> None:
    # "con dâu chị Hoa" typed plain: "dau" (Đậu) is a surname and "chi" (Chí) a middle name,
    # but neither is a name's plain shape there
    found = names("con trai ba la a son sdt 0904 228 716, con dau chi hoa 0869 315 402")
    assert "dau chi hoa" not in found
