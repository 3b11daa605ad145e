"""vn.person: names typed in lower case with diacritics (Vietnamese chat with the IME on and no
capitals), detectors/person/lower_case.py: the shapes the capitalised path finds and the
lower-case path lost, and everyday sentences whose words are also surnames, which stay clean."""

from __future__ import annotations

import pytest
from _probes import found

from ai_guard import EntityType


def persons(text: str) -> list[str]:
    return found(text, EntityType.PERSON)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a lexicon surname and middle name, a given name no lexicon holds, the end marked
        (
            "khiển trách đối với ông đỗ trọng khoát, công chức văn phòng",
            ["đỗ trọng khoát"],
        ),
        ("viết giấy mời ông triệu tiến phin, tổ dân phố làng chạp", ["triệu tiến phin"]),
        ("người phải thi hành án: tạ quang thiều, sinh năm 1979", ["tạ quang thiều"]),
        # a middle name that spells a verb ("Viết"); a surname folded as the lexicon's but
        # spelled otherwise ("Ưng" is no "Ung"), read as a family name no lexicon holds
        (
            "thành phần hộ dân: ông tống viết dũng, bà ưng thị dịu\ný kiến: đồng ý",
            ["tống viết dũng", "ưng thị dịu"],
        ),
        # an unknown family name, "thị" and two given names, the end marked by "ở thôn"
        ("bà thập thị ngọc hà ở thôn phước nhơn xin cấp bản sao", ["thập thị ngọc hà"]),
        # "võ" spelled so is the surname, no "vợ"
        ("công dân võ thành tâm (email riêng) phản ánh hồ sơ", ["võ thành tâm"]),
        # Khmer given names of two syllables after a Khmer family name and "thị"
        ("chị danh thị chanh đa đọc số căn cước", ["danh thị chanh đa"]),
        ("giao cho chị lâm thị sa ry (bên nhận)", ["lâm thị sa ry"]),
        ("họ và tên người bệnh: thạch thị sô phia    nữ", ["thạch thị sô phia"]),
        ("bà kim thị sa ri – phum trà tim, xã hòa tú", ["kim thị sa ri"]),
        # Kim, Sơn, Lâm before a Khmer given name's first syllable open a Khmer name
        (
            "bị cáo: kim sóc kha (tên gọi khác: tư kha), sinh năm 1990",
            ["kim sóc kha"],
        ),
        # a Khmer family name and a one-syllable given name no lexicon holds, the end marked
        (
            "ông danh sến ở ấp xẻo nhàu a, xã tây yên. số tài khoản của ông sến là 7705",
            ["danh sến", "sến"],
        ),
        # a minority name filling a cell under a name column
        (
            "| name | id |\n|---|---|\n| h nhung byă | 066 194 003 287 |",
            ["h nhung byă"],
        ),
        # a given name alone after "cháu", "đ/c" written with diacritics, the end marked
        ("mã thẻ bhyt của cháu thắm bị sai một số", ["thắm"]),
        ("gửi cho đ/c thuận theo địa chỉ email, cc phòng tổng hợp", ["thuận"]),
        # the drafter in brackets on the storage line of a document pasted in lower case
        ("nơi nhận:\n- như trên;\n- lưu: vt, hctp (nhung).\ngiám đốc", ["nhung"]),
        # an unknown family name (one or two words), "thị" and a given name after a label
        ("họ, chữ đệm và tên: mè thị phương\ndân tộc: thái", ["mè thị phương"]),
        ("người phải thi hành án: điểu thị rinh, sinh năm 1983", ["điểu thị rinh"]),
        ("họ, chữ đệm và tên: thiên sanh thị hương\nngày sinh: 1992", ["thiên sanh thị hương"]),
        # no cue: a Khmer name whose given name's second syllable carries no marks
        (
            "thạch thị sà phol và danh sóc kha, hai học sinh, được tuyên dương",
            ["thạch thị sà phol", "danh sóc kha"],
        ),
        # short references to a lower-case Ede name and a foreign given name
        (
            "chị h'nguyên ksơr ở plei ia mơ nông, xã ia hrung đề nghị cấp lại cccd. viết"
            " phiếu hướng dẫn cho chị h'nguyên, ghi rõ giấy tờ",
            ["h'nguyên ksơr", "h'nguyên"],
        ),
        (
            "thư mời cô mary nguyễn (việt kiều mỹ) dự lễ, cô mary tài trợ 2 phòng học",
            ["mary nguyễn", "mary"],
        ),
        # ... but not over an everyday word ("sa sút": declined)
        ("chị lâm thị sa sa sút tinh thần từ hôm qua", ["lâm thị sa"]),
    ],
)
def test_a_lower_case_name_with_diacritics_is_found_whole(text: str, names: list[str]) -> None:
    assert persons(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "bà con thị trấn, nhé",
        "bà con nông dân ở xã phấn khởi lắm",
        "anh em văn phòng đi ăn trưa, ai đi không",
        "ông bà ta có câu ăn quả nhớ kẻ trồng cây",
        "chị em phụ nữ trong xóm góp tiền mua quà",
        "bà nội trợ cũng cần biết luật đất đai",
        "ông trời không chiều lòng người, mưa cả tuần",
        "trả lời bà mai ngắn gọn, dễ hiểu",
        "anh thạch đâu rồi, em tìm mãi",
        "cháu ngoan bị ốm, cháu nội đi học, các cháu ở nhà",
        "cháu năm nay lên lớp 3",
        "- lưu: vt (để b/c).",
        "anh em theo dõi giúp nhé",
        "phí này chị thu theo quy định",
        "họ và tên: mẹ thị lan, sinh năm 1960",
        "nội dung: điều văn bản, sinh hoạt",
        "ghi chú: thị trường văn hóa, sinh động",
        "viết bài về đại tướng võ nguyên giáp nhân dịp 22/12",
    ],
)
def test_everyday_lower_case_words_are_no_private_name(text: str) -> None:
    found = persons(text)
    assert all(n == "võ nguyên giáp" for n in found), found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a surname, then words no name spells so: "từ" is the preposition there
        ("Lập bảng điều động công chức từ đoạn sau: Điều động ông Lê Đắc Thịnh", ["Lê Đắc Thịnh"]),
        ("trích công chức từ đoạn văn bên dưới", []),
        # beside it, a lower-case name whose words are names' spellings stays found
        ("ý kiến của công chức từ văn hải về hồ sơ", ["từ văn hải"]),
        ("ơ thế cái ông hứa quang vĩnh hôm trước lên khiếu nại", ["hứa quang vĩnh"]),
    ],
)
def test_words_no_name_spells_are_no_lower_case_name(text: str, names: list[str]) -> None:
    assert persons(text) == names
