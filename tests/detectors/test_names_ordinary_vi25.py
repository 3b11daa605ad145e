"""Names in ordinary prompts typed with diacritics (issue 15, the ``vi`` split of the holdouts):
a given name that spells "Văn" or "Thị" without their marks inside a full name, a parent or a
colleague named by her given name beside her full name, Khmer names opened by the title
"Néang" or ended by the next word of the sentence. Each family with the ordinary words that
must stay clean."""

from __future__ import annotations

import pytest

from ai_guard import EntityType, check_prompt


def names(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.PERSON
    ]


# --- "Vân", "Thi" inside a full name are its given names, no second name's "Văn" / "Thị" ------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("con gái Phùng Thị Hà Vân (1983).", "Phùng Thị Hà Vân"),
        ("con gái Phùng Thị Mai Vân sinh năm 1983.", "Phùng Thị Mai Vân"),
        ("Đề nghị cấp giấy cho chị Nguyễn Thị Hà Vân ở xã Tân Lập.", "Nguyễn Thị Hà Vân"),
        ("chị Lê Thị Mai Thi nộp đơn hôm qua", "Lê Thị Mai Thi"),
        ("Người nhận: Đỗ Thị Lan Hà Thi, phòng kế toán", "Đỗ Thị Lan Hà Thi"),
    ],
)
def test_a_given_name_spelled_like_a_middle_name_stays_in_the_name(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names typed one after another with no separator still part at "Văn" / "Thị"
        ("Trần Văn Lâm Hà Văn Nam ký", ["Trần Văn Lâm", "Hà Văn Nam"]),
        ("Ký tên: Đặng Văn Hùng Mai Thị Lan", ["Đặng Văn Hùng", "Mai Thị Lan"]),
        ("Nguyen Van An Tran Thi Binh", ["Nguyen Van An", "Tran Thi Binh"]),
    ],
)
def test_names_side_by_side_still_part_at_van_and_thi(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# --- a parent or a colleague named by her given name beside her full name -------------------


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        (
            "mẹ hòa 😢 mất rồi anh ơi, mẹ tên đầy đủ là hồ thị hòa, thường trú ở phường 5",
            "hòa",
        ),
        ("bố tùng mất tối qua rồi, làm giấy khai tử cho ông kiều văn tùng sinh năm 1941", "tùng"),
        ("ông kiều văn tùng sinh năm 1941, bố tùng mất rồi", "tùng"),
        ("Bố Tùng mất rồi, làm giấy khai tử cho ông Kiều Văn Tùng.", "Tùng"),
        ("cha lợi đi viện, con là trần văn lợi xin nghỉ", "lợi"),
        ("kế toán nga giao 12 triệu, có chị khúc thị thu nga làm chứng", "nga"),
        ("thủ quỹ hằng nhận tiền từ anh lê văn nam, chị đinh thị hằng ký", "hằng"),
    ],
)
def test_a_parent_or_colleague_by_given_name_beside_the_full_name(
    text: str, reference: str
) -> None:
    found = names(text)
    assert reference in found
    assert len(found) >= 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the words the cues spell otherwise: a set of books, to reconcile, to comfort
        ("bộ tùng thư gồm 5 cuốn của ông kiều văn tùng", ["kiều văn tùng"]),
        ("bà hồ thị hòa mất, mẹ hòa giải với hàng xóm", ["hồ thị hòa"]),
        ("cha an ủi con, gửi cho nguyễn văn an", ["nguyễn văn an"]),
        # typed without diacritics, "me", "bo" are other words
        ("me hoa mat roi, ten la ho thi hoa", ["ho thi hoa"]),
    ],
)
def test_the_words_parents_cues_spell_stay_clean(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# --- Khmer names: "Néang" opens one, the next word of the sentence ends one ------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("cảm ơn bà Néang Sa Phia đã giúp", "Néang Sa Phia"),
        ("cảm ơn bà Néang Sa Ray đã giúp đỡ bà con", "Néang Sa Ray"),
        # the title alone is the cue
        (
            "Viết giấy khen cho hai Phật tử Néang Sa Phia và Chau Sóc Đa đã vận động",
            "Néang Sa Phia",
        ),
        ("Danh sách: Néang Sa Vết, Thạch Sô Phol", "Néang Sa Vết"),
    ],
)
def test_neang_opens_a_capitalised_khmer_name(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "viết thư cảm ơn gửi thạch thị sô phanh và néang sa vết ở ấp prey chóp đã quyên góp",
            ["thạch thị sô phanh", "néang sa vết"],
        ),
        ("gửi danh sà rin ở ấp prey chóp", ["danh sà rin"]),
        ("gửi chau sóc đa ở ấp ô chum", ["chau sóc đa"]),
        ("thạch sô phol làm ruộng ở ấp tà mum", ["thạch sô phol"]),
        # a three-syllable given name, its end marked
        ("- Thạch Sô Phi Ra, ấp Tà Mum, xã Hòa Tú", ["Thạch Sô Phi Ra"]),
        ("1. thạch sô phi ra - ấp tà mum", ["thạch sô phi ra"]),
    ],
)
def test_a_khmer_name_ends_where_the_sentence_goes_on(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "danh sách ở ấp tà mum",
        "lâm sàng ở bệnh viện tỉnh",
        # Kim, Sơn, Lâm are Kinh words too: only a marked end makes them a Khmer name
        "kim sa la là gì",
        "sơn sa mạc và núi",
    ],
)
def test_khmer_shaped_words_stay_clean(text: str) -> None:
    assert names(text) == []


# --- a given name alone after a kin word: the verbs that end it, the verbs it spells --------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("đoàn thanh niên nhờ chị hà từ hà nội về và anh thanh góp 2 triệu, viết thư", "thanh"),
        ("anh tuấn nhớ mang cccd khi lên xã", "tuấn"),
        ("chị lan thuê phòng 3 dãy trọ từ tháng 5", "lan"),
        ("bác hùng ủng hộ 500 nghìn cho quỹ khuyến học", "hùng"),
        ("cô mai trông cháu giúp em buổi chiều", "mai"),
        ("chú bình chở hàng lên huyện", "bình"),
    ],
)
def test_an_everyday_verb_ends_a_given_name_after_a_kin_word(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "anh em góp tiền mua quà cho cô",
        "anh hùng vào trận không sợ",
        "chị gái giúp em làm hồ sơ",
        "anh thanh toán giúp em hóa đơn này",
        "ông bà trông cháu cả ngày",
        "anh chị góp ý giúp em bản thảo",
        "cô chú qua chơi nhà em",
        "anh trai qua nhà lấy đồ",
        # a verb a given name spells, then the word that follows such verbs
        "chị thu qua chuyển khoản nhé",
        "nhờ anh điền vào danh sách đoàn",
        "nhờ anh hướng dẫn em làm hồ sơ",
    ],
)
def test_kin_phrases_before_those_verbs_stay_clean(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # "sang" is the verb of coming over, where one goes after it
        "chị sang nhà em lấy hồ sơ nhé, anh em mình làm cho xong trong tuần",
        "anh sang bên phòng kế toán lấy giấy nhé",
        "em sang trường đón con rồi về",
    ],
)
def test_sang_before_where_one_goes_is_the_verb(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("chị sang ơi, nhà em ở đâu", ["sang"]),
        # after "đ/c" a question word is no name's word: the two asked about
        ("đ/c sang với đ/c khoa ai ký biên bản bàn giao ạ", ["sang", "khoa"]),
        ("đ/c hưng nào phát biểu trước", ["hưng"]),
    ],
)
def test_a_person_called_or_asked_about_stays_a_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# --- a family's nickname speaking in a timed chat log -----------------------------------------


def test_a_nickname_speaking_in_a_timed_log_beside_a_given_name_is_a_name() -> None:
    text = (
        "[20:11] Bống: mẹ ơi ông ngoại nhập viện chưa\n"
        "[20:15] Hường: rồi con, bệnh viện đa khoa tỉnh, giường 12\n"
        "[20:16] Bống: dạ con lên liền\n"
    )
    assert names(text).count("Bống") == 2
    assert "Hường" in names(text)


@pytest.mark.parametrize(
    "text",
    [
        # a kin word or a transcript's part opens the line: no nickname
        "[20:11] Mẹ: con ơi ngủ chưa\n[20:15] Hường: dạ chưa mẹ",
        "[10:00] Hỏi: thủ tục thế nào\n[10:05] Đáp: anh mang cccd\n[10:06] Lan: ok",
    ],
)
def test_roles_opening_a_timed_line_stay_clean(text: str) -> None:
    found = names(text)
    assert not {"Mẹ", "Hỏi", "Đáp"} & set(found)


# --- the Jrai clan "Rơ Lan" (as "Rah Lan", "Rơ Mah", "Rơ Châm") ---------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("viết thư mời anh rơ lan nhun ở plei ia mơr lên xã nhận tiền hỗ trợ", "rơ lan nhun"),
        ("mời Rơ Lan Hlim lên xã nhận giấy", "Rơ Lan Hlim"),
        ("Soạn giúp thư mời: Rơ Lan Hlim, buôn Ma Đung", "Rơ Lan Hlim"),
        ("chị rơ lan h'thương ở plei ia mơr", "rơ lan h'thương"),
    ],
)
def test_ro_lan_opens_a_jrai_name(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text", ["thông tin rõ lan truyền nhanh", "thong tin ro lan truyen nhanh", "cây rơ lan"]
)
def test_words_spelling_ro_lan_stay_clean(text: str) -> None:
    assert names(text) == []


# --- European names whose accents a Vietnamese syllable never takes --------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("soạn thư cho ông Jean-Baptiste Lefèvre, hộ chiếu 20AB12345", "Jean-Baptiste Lefèvre"),
        ("soạn thư cho bà Amélie D'Arcy ở phòng 302 khách sạn", "Amélie D'Arcy"),
        ("soạn thư xác nhận cho bà amélie d'arcy, hộ chiếu 19fv48271", "amélie d'arcy"),
        ("gửi ông François Dupont bản hợp đồng", "François Dupont"),
        ("Hélène Martin sẽ đến làm việc ngày mai", "Hélène Martin"),
        ("gửi ông José García bản dịch", "José García"),
    ],
)
def test_a_european_name_with_its_accents_is_a_name(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        # Vietnamese words after a foreign name are no part of it
        "gửi ông François Dupont Hà Nội",
        "anh theo dõi giúp em hồ sơ",
    ],
)
def test_vietnamese_words_beside_them_stay_out(text: str) -> None:
    assert all("Hà" not in n for n in names(text))
    assert "theo" not in " ".join(names(text))


# --- a table's row number before a name is no house number -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3  Tạ Quang Vỹ  Thành viên\n4  La Thị Xuân  Thư ký", ["Tạ Quang Vỹ", "La Thị Xuân"]),
        ("12\tLê Quang Định\tTổ trưởng", ["Lê Quang Định"]),
    ],
)
def test_a_row_number_and_a_columns_gap_before_a_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a house number one space before a street named after a person
        "nhà ở 12 Lê Quang Định, phường 1, quận Bình Thạnh",
        "12 Lê Lợi, phường Bến Nghé",
    ],
)
def test_a_street_after_its_house_number_stays_a_street(text: str) -> None:
    assert names(text) == []
