"""vn.person on lower-case names after the cues of name_cues.tsv ("bị cáo", "đồng chí", "chủ tài
khoản", "mr"), with diacritics judged by their spelling and without them on the name words and
the evidence around them (issue 15, second pass)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import EntityType, check_prompt
from ai_guard.text.document import fold


def names(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.PERSON
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue of name_cues.tsv, with diacritics
        ("đồng chí hồ sỹ quyết, sinh năm 1974, hiện là", ["hồ sỹ quyết"]),
        ("ứng viên trương gia bảo, sinh 30/4/1998", ["trương gia bảo"]),
        ("người phải thi hành án ông khổng văn lâm, trú tại thôn 3", ["khổng văn lâm"]),
        ("kính gửi ông hà quang vinh, nguyên bí thư", ["hà quang vinh"]),
        ("chủ tk phùng minh đức, số tiền 2.350.000đ", ["phùng minh đức"]),
        # with diacritics, "công khải" is a given name, not "công khai"; "văn hoa" not "văn hóa"
        ("gửi giấy mời cho ông đinh công khải đến họp", ["đinh công khải"]),
        ("anh nguyễn văn hoa là người làm đơn", ["nguyễn văn hoa"]),
        ("chị lê thị thanh xuân ở tổ 5", ["lê thị thanh xuân"]),
        # "diệu" is no "điều", "thông" no "thông tư"
        ("bà lê thị diệu hằng, sinh năm 1980", ["lê thị diệu hằng"]),
        ("ông lê văn thông, sinh năm 1970", ["lê văn thông"]),
        ("ông phan văn tài điều 5 luật đất đai", ["phan văn tài"]),
        # without diacritics: a strong cue, or an honorific and the name's end marked
        ("dong chi lai the hung, sinh nam 1971", ["lai the hung"]),
        ("ong bach cong thanh, sinh nam 1980", ["bach cong thanh"]),
        ("ten: vo thi ngoc han; dc: 102/15 le van sy", ["vo thi ngoc han"]),
        ("minh la bui thi thanh xuan, sdt 0347 285 906", ["bui thi thanh xuan"]),
        ("thu ky thi hanh an luu duc thang.\ntien hanh xac minh", ["luu duc thang"]),
        # two words: a cue that names a person and the end marked
        ("họ và tên: nguyễn an\nnội dung: xin cấp lại giấy khai sinh", ["nguyễn an"]),
        ("toi la nguyen an, can hoi thu tuc", ["nguyen an"]),
        # chat's "a" before three words spelled as a surname, a middle and a given name: "phó"
        # (also "deputy") opens the name, and the given name said again is the same person
        (
            "ủa sao hs của a phó đức trọng chưa dc duyệt vậy c, a trọng hối quá trời",
            ["phó đức trọng", "trọng"],
        ),
    ],
)
def test_lower_case_names_after_cues(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "ông định công khai kết quả": the name words two by two are a common phrase
        "ong dinh cong khai ket qua cho dan",
        "ong dinh cong khai, minh bach",
        "anh bach cong thanh dang o nha",  # no strong cue, nothing marks the end
        "anh em minh di an com",
        "chi tiet van ban gui kem",
        "chi phi van chuyen la 2 trieu",
        "chi phi van phong pham, giay in",
        "cong ty co phan van tai ha noi",
        "cong ty co phan thi cong xay dung",
        "chi dinh thi cong",
        "chu truong van la dung",
        "nha nuoc khuyen khich chuyen doi so trong co quan hanh chinh, nho ban",
        "ba con nong dan trong xa",
        "co le minh se den muon",
        "em nam o nha hom nay",
        "o ba do thi lon.",
        "ho tro tien an dai bieu khong huong luong | nguoi/ngay | 60",
        "dai dien ho gia dinh, tru tai xom trai",
        "toi la le la",
        "ví dụ: họ và tên: nguyễn văn a, số cccd 0xxxxxxxx",
        "vi du: ho va ten: nguyen van a, so cccd",
        "có phần văn hóa, cổ phần thi công, chi phí vận chuyển",
        "ông định công khai kết quả cho dân",
        # after chat's "a" a title, not a name: "giám" is no middle name, "văn phòng" a word
        "hs của a phó giám đốc chưa duyệt",
        "hs của a phó văn phòng chưa duyệt",
    ],
)
def test_everyday_lower_case_after_cues_is_no_name(text: str) -> None:
    assert names(text) == []


_CUES = st.sampled_from(["đồng chí", "bị cáo", "bệnh nhân", "ứng viên", "người đề nghị"])
_NAMES = st.sampled_from(
    ["trương gia bảo", "hồ sỹ quyết", "phùng minh đức", "lại thế hùng", "bạch công thành"]
)


@settings(max_examples=60, deadline=None)
@given(cue=_CUES, name=_NAMES, folded=st.booleans())
def test_a_name_after_a_strong_cue_is_found_with_or_without_diacritics(
    cue: str, name: str, folded: bool
) -> None:
    text = f"đề nghị xem xét hồ sơ của {cue} {name}, sinh năm 1980."
    if folded:
        text = fold(text)
    start = text.index(fold(name) if folded else name)
    assert names(text) == [text[start : start + len(name)]]


_EVERYDAY = st.sampled_from(
    [
        "ong dinh cong khai ket qua",
        "chi phi van chuyen la 2 trieu",
        "co phan van tai hang",
        "co quan hanh chinh nha nuoc",
        "chi dinh thi cong",
    ]
)


@settings(max_examples=60, deadline=None)
@given(
    phrase=_EVERYDAY,
    before=st.sampled_from(["bao cao", "nho ban xem", "ve"]),
    after=st.sampled_from([" trong thang.", ", nho ban viet lai", "\n"]),
)
def test_everyday_phrases_after_a_cue_word_are_no_name(
    phrase: str, before: str, after: str
) -> None:
    assert names(f"{before} {phrase}{after}") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Thông" is a given name; only "Thông tư" is the circular
        ("Hồ sơ của ông Lê Văn Thông, sinh năm 1970", ["Lê Văn Thông"]),
        ("Căn cứ Thông tư 01/2024/TT-BTP", []),
        # "can cu" is "căn cứ", not the honorific "cụ", before a law's name
        ("Can cu Luat Ngan sach nha nuoc nam 2015", []),
        # an agency's name in capitals in a table
        ("| 1 | UBND TỈNH | x |\n| 2 | BAN CHỈ ĐẠO TỈNH | x |", []),
        # a label that names a person
        ("Ho va ten dang dung: THACH MINH KHA\nNgay sinh: 1990", ["THACH MINH KHA"]),
    ],
)
def test_first_pass_leftovers(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_the_holder_of_a_council_office_is_found_and_kept_public() -> None:
    text = "Chủ tịch UBND tỉnh Nguyễn Văn Hải phát biểu tại hội nghị"
    found = [
        (text[f.start : f.end], f.action.value)
        for f in check_prompt(text).findings
        if f.entity is EntityType.PERSON
    ]
    assert found == [("Nguyễn Văn Hải", "allow")]
    assert names("UBND tỉnh Quảng Ninh tổ chức hội nghị") == []
    assert names("đơn tố cáo Chủ tịch UBND xã Trần Văn Bình") == ["Trần Văn Bình"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "| stt | họ và tên | nội dung |\n|---|---|---|\n| 1 | nguyễn an | xin cấp lại |",
            ["nguyễn an"],
        ),
        (
            "hoten;ngaysinh;cccd\ntang van loc;07/05/1983;036083017294\n"
            "phi thi nga;1988/11/30;036188001234",
            ["tang van loc", "phi thi nga"],
        ),
        ("stt\thọ tên\tghi chú\n1\tvũ đức thịnh\tcó mặt", ["vũ đức thịnh"]),
        # the cell holds the whole name, not "chú văn hữu an"
        ("stt\tho va ten\tghi chu\n1\tchu van huu an\tco mat", ["chu van huu an"]),
        # cells that are no name under a name column, and names without one
        ("| họ tên | ghi chú |\n| lê văn | có mặt |\n| bà con | vắng |", []),
        ("| stt | nội dung | ghi chú |\n| 1 | nguyễn an | x |", []),
        ("| họ tên | đơn vị |\n| ban chỉ đạo | văn phòng |", []),
    ],
)
def test_lower_case_names_in_a_name_column(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("chi cục trưởng\n(đã ký)\ntrương công minh", ["trương công minh"]),
        ("kt. chu tich\npho chu tich\n(da ky)\nluong van dinh", ["luong van dinh"]),
        ("người làm đơn\n(ký, ghi rõ họ tên)\nđỗ thị hoa", ["đỗ thị hoa"]),
        # no name under the mark
        ("(đã ký)\nvăn phòng sở", []),
        ("(đã ký)\nnơi nhận:\n- như trên", []),
        ("(đã ký)\nđã gửi bản chính", []),
    ],
)
def test_a_lower_case_signer_under_the_signature_mark(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname no everyday word spells after ông / bà / anh / chị, a given name, and a
        # verb that opens the predicate or a comma: a two-word name typed without diacritics
        ("de nghi ong phan an bo sung ho so truoc ngay 15.", ["phan an"]),
        ("hom qua chi bui hoa den nop don xin cap lai giay to", ["bui hoa"]),
        # everyday words typed so: "làm ăn", "vụ án", "đang ăn", "định ăn"
        ("anh lam an, em lo viec nha", []),
        ("de nghi ong vu an bo sung ho so", []),
        ("anh dang an com xong chua", []),
        ("anh dinh an trua o dau", []),
    ],
)
def test_two_plain_words_after_an_honorific(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a kin word the honorific is the cue, not the surname Ông / Bà
        (
            "ông đàm văn lợi mất năm ngoái, vợ ông lợi là bà triệu thị sen xin hưởng chế độ",
            ["đàm văn lợi", "lợi", "triệu thị sen"],
        ),
        # (the wife, by her given name after "bà", is a person too: issue 15)
        ("vợ ông nguyễn văn an là bà lan", ["nguyễn văn an", "lan"]),
        ("mẹ bà trần thị hoa ở xã tân phú", ["trần thị hoa"]),
    ],
)
def test_an_honorific_after_a_kin_word_is_no_surname(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Liêu and Liễu are surnames (holdout32 h32-034); "tài liệu văn bản" stays a document
        ("ong lieu van sau o ap 3 xa vinh thuan xin ho tro", ["lieu van sau"]),
        ("bà liêu thị hạnh, sinh năm 1962, ở tổ 4", ["liêu thị hạnh"]),
        ("Đơn của ông Liễu Văn Đạt gửi xã", ["Liễu Văn Đạt"]),
        ("anh gui tai lieu van ban nay cho em xem", []),
        ("gửi anh tài liệu văn bản này", []),
    ],
)
def test_lieu_is_a_surname_and_tai_lieu_no_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected
