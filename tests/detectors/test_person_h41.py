"""holdout41's misses, each as a family: a signature block flattened into a summary with
"(đã ký)" between the title and the signer, a historical figure a district is named after
told in a history lesson, ...; with the citizens, places and ordinary words that must stay
as they were."""

from __future__ import annotations

import pytest

from ai_guard import EntityType, check_prompt


def names(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.PERSON
    ]


def kept_visible(text: str, name: str) -> bool:
    result = check_prompt(text)
    return any(
        text[f.start : f.end] == name and f.action.value == "allow" for f in result.findings
    ) and name in (result.redacted_text or text)


@pytest.mark.parametrize(
    ("text", "signer"),
    [
        (
            "Tóm tắt quyết định sau: ... Điều 3. Quyết định có hiệu lực từ ngày ký./. CHỦ TỊCH "
            "(đã ký) Phạm Văn Khởi",
            "Phạm Văn Khởi",
        ),
        ("Viết lại: xử phạt ông Lê Văn Hùng. GIÁM ĐỐC (Đã ký) Đinh Thị Ngát", "Đinh Thị Ngát"),
        (
            "Tóm tắt: điều động bà Lưu Thị Hạnh. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC (đã ký) Hà Văn Thiệu",
            "Hà Văn Thiệu",
        ),
        (
            "Viết lại cho dễ hiểu: cưỡng chế ông Trịnh Văn Ngọ. KT. CHI CỤC TRƯỞNG (đã ký) "
            "Lê Thanh Tâm",
            "Lê Thanh Tâm",
        ),
        ("Nội dung: TM. UBND XÃ CHỦ TỊCH (ĐÃ KÝ) Lò Văn Pọm", "Lò Văn Pọm"),
    ],
)
def test_signer_after_the_mark_of_a_signature_is_public(text: str, signer: str) -> None:
    assert kept_visible(text, signer)


@pytest.mark.parametrize(
    ("text", "private"),
    [
        # a citizen's own letter: a private signer's title
        ("Tóm tắt: xin cấp lại sổ. NGƯỜI LÀM ĐƠN (đã ký) Trần Văn Bình", "Trần Văn Bình"),
        # the title not in capitals: no block pasted as written
        ("Chủ tịch (đã ký) Trần Văn Bình ở cùng xóm", "Trần Văn Bình"),
        # no official's title before the mark
        ("gửi anh Hùng (đã ký) Trần Văn Bình", "Trần Văn Bình"),
        # the person the decision is about stays private
        ("Quyết định xử phạt ông Lê Văn Hùng. CHỦ TỊCH (đã ký) Phạm Minh Tuấn", "Lê Văn Hùng"),
    ],
)
def test_name_after_the_mark_without_an_official_s_title_stays_private(
    text: str, private: str
) -> None:
    result = check_prompt(text)
    assert private not in (result.redacted_text or text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Soạn câu hỏi trắc nghiệm về chiến thắng Bạch Đằng năm 938 của Ngô Quyền.",
            "Ngô Quyền",
        ),
        ("Kể chuyện Ngô Quyền đánh tan quân Nam Hán trên sông Bạch Đằng.", "Ngô Quyền"),
        ("Nêu công lao của Quang Trung với lịch sử dân tộc.", "Quang Trung"),
        ("Năm 1788 Quang Trung lên ngôi hoàng đế.", "Quang Trung"),
    ],
)
def test_figure_a_district_is_named_after_is_the_figure_in_a_history_lesson(
    text: str, figure: str
) -> None:
    assert kept_visible(text, figure)


@pytest.mark.parametrize(
    "text",
    [
        "Lịch sử quận Ngô Quyền, Hải Phòng có gì đặc biệt?",
        "Năm 2024 tôi chuyển về Ngô Quyền, Hải Phòng.",
        "Viết về chiến thắng của đội bóng phường Quang Trung năm 1998.",
        "Công lao của UBND quận Ngô Quyền trong năm 2023.",
    ],
)
def test_the_district_stays_a_place(text: str) -> None:
    assert names(text) == []


def redacted(text: str) -> str:
    return check_prompt(text).redacted_text or text


@pytest.mark.parametrize(
    ("text", "name", "word"),
    [
        # "thu" before a weekday's number or word: thứ 2, Monday
        ("a kha nhac e thu chieu nay nop bao cao, ho so kia de thu 2", "e thu", "thu 2"),
        ("e thu oi, lich hop doi sang thu hai nhe", "e thu", "thu hai"),
        ("c thu gui giup, han chot thu 6", "c thu", "thu 6"),
        # "thanh" after a verb of turning into: thành
        (
            "thanh 9:15: ok de a xem\nnga 9:16: da\nviet lai thanh bien ban gium",
            "@ thanh",
            "lai thanh",
        ),
        ("a thanh oi, chuyen thanh file pdf giup e", "a thanh", "chuyen thanh"),
        ("chi thanh oi, nho dich thanh tieng anh giup e", "chi thanh", "dich thanh"),
        # "son" before what is painted, after a thing newly painted: sơn
        ("be cun nha chi son bi ngo doc vi son nha moi son, viet don", "chi son", "vi son nha"),
        ("anh son oi, tuan sau son tuong giup em", "anh son", "sau son tuong"),
    ],
)
def test_a_given_name_s_repeat_in_the_everyday_word_s_slot_stays(
    text: str, name: str, word: str
) -> None:
    given_name = name.split()[1]
    assert names(text).count(given_name) == 1  # the person is still found, once
    assert word in redacted(text)  # the weekday, the verb, the paint are not redacted


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("anh thanh oi, hop voi thanh nhe", "voi thanh"),
        ("c thu oi, nhac thu gui bao cao", "nhac thu"),
        ("a son oi, bao son nop ho so", "bao son"),
    ],
)
def test_a_repeat_outside_those_slots_is_still_the_person(text: str, name: str) -> None:
    assert name not in redacted(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("c huệ bán vải ki ốt 14 chợ đông ba muốn làm đơn, viết giùm e", "huệ"),
        ("chị huệ ơi nộp báo cáo giúp em", "huệ"),
        ("22:40 thoa: đã hạ sốt, báo bs khiêm", "khiêm"),
        ("bs hùng trực đêm nay nhé", "hùng"),
        ("hỏi bs lan nhé", "lan"),
    ],
)
def test_given_name_spelled_apart_from_a_place_or_after_bs_is_a_person(
    text: str, name: str
) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "chị huế ơi",  # spelled as the city: left as it was
        "bs khoa nhi trực hôm nay",
        "bs trực đêm nay là ai",
        "đưa cho bs xem kết quả",
        "nhờ bs ký giấy ra viện",
        "bs dan uong thuoc ngay 2 lan",
        "bs noi binh thuong",
    ],
)
def test_the_city_and_the_doctor_s_field_stay_clean(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "e ten vuong dinh thang que xa hai dong huyen hai hau, muon chuyen khau",
            "vuong dinh thang",
        ),
        ("e ten nguyen van thang que nam dinh, muon hoi thu tuc", "nguyen van thang"),
        ("e la tran thi lan que thai binh", "tran thi lan"),
        ("toi ten ha van khiem que o huyen bao yen", "ha van khiem"),
    ],
)
def test_que_after_a_plain_name_is_the_hometown(text: str, name: str) -> None:
    assert name in names(text)


def test_a_fourth_que_at_the_name_s_end_is_still_the_given_name() -> None:
    assert "tran thi lan que" in names("ho so cua tran thi lan que, sinh 1990")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("nhắc a thịnh nộp báo cáo, còn lê quang thắng thì hẹn thứ 6 lên phường", "lê quang thắng"),
        ("còn trần minh thắng thì hẹn thứ 6", "trần minh thắng"),
        ("hồ sơ đủ rồi, còn phạm thu hương thì thiếu giấy khai sinh", "phạm thu hương"),
    ],
)
def test_the_contrastive_topic_con_name_thi_is_a_person(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "còn hồ sơ năm nay thì để sau",
        "còn việc làm thêm thì tính sau",
        "còn phạm vi điều chỉnh thì giữ nguyên",
        "còn lý do chính thì chưa rõ",
        "còn trần nhà thủng thì sửa sau",
    ],
)
def test_the_topic_of_things_stays_clean(text: str) -> None:
    assert [n for n in names(text) if " " in n] == []


def addresses(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.ADDRESS
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Soạn thông báo: Bộ phận một cửa UBND phường Cầu Giấy, số 36 Cầu Giấy, Hà Nội, tiếp "
        "nhận hồ sơ giờ hành chính, đường dây nóng 1022.",
        "Soạn thông báo: Bộ phận một cửa UBND xã Tân Phú, số nhà 12 đường Lê Lợi, tỉnh Đồng "
        "Nai, làm việc giờ hành chính.",
    ],
)
def test_an_agency_s_seat_after_a_comma_and_so_is_public(text: str) -> None:
    assert addresses(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Ông Nguyễn Văn An, số 36 Cầu Giấy, Hà Nội, nộp hồ sơ.", "36 Cầu Giấy, Hà Nội"),
        (
            "Bộ phận một cửa UBND phường Cầu Giấy tiếp nhận hồ sơ của ông Lê Văn Bình, số 36 "
            "Cầu Giấy, Hà Nội.",
            "36 Cầu Giấy, Hà Nội",
        ),
    ],
)
def test_a_person_s_house_after_so_stays_private(text: str, address: str) -> None:
    assert any(address in a for a in addresses(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("bình thường thì c bình hay lên phường nộp hồ sơ hộ, hôm nay c ấy ốm", "bình"),
        ("a hùng cũng đồng ý rồi, e gửi luôn nhé", "hùng"),
        ("c hoa vẫn chưa nộp giấy khai sinh", "hoa"),
        ("a minh chỉ cần ký là xong", "minh"),
    ],
)
def test_chat_c_or_a_then_a_given_name_and_an_adverb_is_a_person(text: str, name: str) -> None:
    assert names(text).count(name) == 1


@pytest.mark.parametrize(
    "text",
    [
        "loại c cũng được",
        "mục c vẫn giữ nguyên",
        "phương án c mà chọn thì sao",
        "vitamin c hay vitamin e tốt hơn",
        "c hoa mắt quá, để mai làm",  # "hoa mắt": dizzy
        "bình thường thì e hay lên phường",
    ],
)
def test_a_letter_or_an_everyday_word_stays_clean(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ho chieu cua anh ngo quy bao so c4917306 het han thang 12", "ngo quy bao"),
        ("ho chieu cua chi tran thu ha so b1234567 het han", "tran thu ha"),
        ("tom tat ban an 215/2025/hs-st xu lieu van kiet toi danh bac", "lieu van kiet"),
        ("tom tat ban an xu lieu van kiet toi danh trom cap", "lieu van kiet"),
    ],
)
def test_a_plain_name_ends_before_a_lettered_code_or_a_charge(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    ["van ban quy dinh toi danh nay", "so sanh muc an toi danh trom cap so b12345"],
)
def test_the_charge_alone_stays_clean(text: str) -> None:
    assert names(text) == []
