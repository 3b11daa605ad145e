"""vn.address: addresses typed in lower case with diacritics (Vietnamese chat with the IME on
and no capitals), detectors/address/: the shapes the capitalised reading finds and the
lower-case one lost, and everyday lower-case sentences that stay clean."""

from __future__ import annotations

import pytest

from ai_guard import EntityType, check_prompt


def addresses(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.ADDRESS
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a list of people and their hamlets run on one line, each after a dash
        (
            "danh sách hộ: 1. lương thị bích thủy - thôn đồng tâm; 2. đậu xuân khải - thôn"
            " trung hòa. chuyển thành bảng",
            ["thôn đồng tâm", "thôn trung hòa"],
        ),
        # a person, a comma, a minority village ending the clause
        ("cccd của chị lò thị xiêng, bản hua nà. dòng này ocr lỗi", ["bản hua nà"]),
        # a residents' group by its number and its quarter by its name, after "ở"
        ("cô út lành ở tổ 7 khu phố hòa lân, xin trợ cấp", ["tổ 7 khu phố hòa lân"]),
        # a stall by its number in a market by its name
        ("mợ hai bán cá ở ki-ốt 14 chợ bến thủy nhờ viết đơn", ["ki-ốt 14 chợ bến thủy"]),
        # a name broken by a line break, the comma after it leading to the city
        (
            "trú tại 58/12 lê văn sỹ, phường tân sơn\nhòa, tp. hồ chí minh. nối lại",
            ["58/12 lê văn sỹ, phường tân sơn\nhòa, tp. hồ chí minh"],
        ),
        # a village's syllable written as no everyday word ("đề" is no "để"), nor a unit
        # word ("ngo" is no "ngõ")
        (
            "ở bản háng đề dê, xã tủa chùa, tỉnh điện biên",
            ["bản háng đề dê, xã tủa chùa, tỉnh điện biên"],
        ),
        (
            "mời già làng ở làng kon hơ ngo klah, xã đăk rơ wa, tỉnh quảng ngãi dự lễ",
            ["làng kon hơ ngo klah, xã đăk rơ wa, tỉnh quảng ngãi"],
        ),
        # a ward named by a direction and a known city
        (
            "địa chỉ: ki-ốt số 14, chợ vĩnh hải, phường bắc nha trang, tỉnh khánh hòa",
            ["ki-ốt số 14, chợ vĩnh hải, phường bắc nha trang, tỉnh khánh hòa"],
        ),
        # a lane's street named as a known district
        ("địa chỉ số 5 ngõ 68 cầu giấy, hà nội, chưa nộp", ["số 5 ngõ 68 cầu giấy, hà nội"]),
        # a Khmer given name that opens with "sóc" is the person's, not a village
        (
            "vợ là kim thị sóc khiêm, sóc bưng cốc, xã thạnh phú, tp. cần thơ xin vay",
            ["sóc bưng cốc, xã thạnh phú, tp. cần thơ"],
        ),
    ],
)
def test_a_lower_case_address_with_diacritics_is_found_whole(text: str, found: list[str]) -> None:
    assert addresses(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "anh lê văn nam, bản này hay lắm",
        "chị lò thị xiêng, bản sao gửi sau.",
        "ở tổ 7 khu phố này, cả hai",
        "ở thôn đồng tâm để nhận quà",
        "bà con ở xóm trọ đi làm cả",
        "anh em văn phòng đi ăn trưa ở chợ",
    ],
)
def test_everyday_lower_case_sentences_hold_no_address(text: str) -> None:
    assert addresses(text) == []


@pytest.mark.parametrize(
    "text",
    ["nhà ở kp3, p. long bình, q9, tphcm", "nha o kp12 p. long binh q9 tphcm"],
)
def test_a_quarter_glued_to_its_number_stays_inside_the_chain(text: str) -> None:
    # the chain read from the ward on left "kp3" visible before it: a value is redacted whole
    spans = [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.ADDRESS
    ]
    assert len(spans) == 1
    assert spans[0].startswith(("kp3", "kp12"))
