"""vn.person, ethnic-minority names: clan names, name prefixes, name shape; Highland places,
peoples and ordinary words are not names."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import EntityType, check_prompt
from ai_guard.detectors.person.minority import minority_lexicon
from ai_guard.detectors.person.shape import is_vietnamese_syllable
from ai_guard.text import data


def persons(text: str) -> list[tuple[str, str]]:
    return [
        (text[f.start : f.end], f.pattern)
        for f in check_prompt(text).findings
        if f.entity is EntityType.PERSON
    ]


def names(text: str) -> list[str]:
    return [n for n, _ in persons(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Ede and Jrai: prefix + given name + clan, clan first, glued prefixes
        ("Bà H Bia Mlô đến làm thủ tục.", ["H Bia Mlô"]),
        ("Ông Y Moan Niê trú tại buôn Ko Tam.", ["Y Moan Niê"]),
        ("Ksor H'Ni nộp đơn.", ["Ksor H'Ni"]),
        ("Rơ Châm Pứ ký biên bản.", ["Rơ Châm Pứ"]),
        ("Siu Thu là người khiếu nại.", ["Siu Thu"]),
        ("Anh Rah Lan Chung đến UBND xã.", ["Rah Lan Chung"]),
        ("Kpă Y Lơn trình bày.", ["Kpă Y Lơn"]),
        ("chị H'Hen Niê có mặt.", ["H'Hen Niê"]),
        ("Y Brơm vắng mặt tại buổi hòa giải.", ["Y Brơm"]),  # "Brơm" is no Vietnamese syllable
        ("anh A Thút làm đơn.", ["A Thút"]),  # Bahnar "A" needs a cue
        ("Ông Nay Phi trú tại buôn Ia Kênh.", ["Nay Phi"]),  # weak clan after an honorific
        ("Bác sĩ Y Khoa Nguyễn Văn An trực ca đêm.", ["Nguyễn Văn An"]),  # "Y Khoa": medicine
        # Hmong, Thái, Khmer: Kinh order, their surnames and middle names
        ("Sùng A Páo nộp đơn.", ["Sùng A Páo"]),
        ("Thào A Chứ đã đến.", ["Thào A Chứ"]),  # "Chứ" is not "chú"
        ("Lò Văn Pọm nộp hồ sơ.", ["Lò Văn Pọm"]),
        ("Thạch Thị Sa Rết nộp đơn.", ["Thạch Thị Sa Rết"]),
        ("Lâm Thị Sô Phia nộp đơn.", ["Lâm Thị Sô Phia"]),
        ("Giàng Seo Phử là chủ hộ.", ["Giàng Seo Phử"]),
        # a Thái surname and Hmong clans with their middle names
        (
            "Danh sách: Lự Văn Hom, Hảng A Dình, Phàng A Sử",
            ["Lự Văn Hom", "Hảng A Dình", "Phàng A Sử"],
        ),
        # rare Kinh surnames
        ("Sa Văn Minh nộp đơn.", ["Sa Văn Minh"]),
        ("Lìu Văn Sáng nộp đơn.", ["Lìu Văn Sáng"]),
        # "Diệu" is a given name, "Điều" an article
        ("Chúng tôi gồm: Bà Lê Thị Diệu Hằng - Chấp hành viên", ["Lê Thị Diệu Hằng"]),
        # without diacritics
        ("ong Y Moan Nie tru tai thon 3", ["Y Moan Nie"]),
        # typed plain, the village's word right after the name marks its end (holdout33)
        (
            "ds ho ngheo: ong y phoi nie buon ea ktur, anh y dhung ksor buon tring.",
            ["y phoi nie", "y dhung ksor"],
        ),
        ("Nguoi khieu nai: H Bia Mlo", ["H Bia Mlo"]),
        ("Sung A Pao nop don", ["Sung A Pao"]),
        ("Thach Thi Sa Ret nop don", ["Thach Thi Sa Ret"]),
    ],
)
def test_minority_names_are_found_with_exact_spans(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Đến buôn Ma Thuột công tác.",
        "Huyện Krông Pắc giáp Krông Bông.",
        "Ea H'leo và Ea Kar thuộc Đắk Lắk.",
        "Chư Sê và Ia Grai thuộc Gia Lai.",
        "Kon Tum có Đăk Hà và Sa Thầy.",
        "Plei Ku, Pleiku, Mang Yang, Chư Păh, Ia Pa.",
        "A Lưới là huyện miền núi của Huế.",
        "Y Tý là xã vùng cao của Lào Cai.",
        "Xem Phụ lục A Bảng 1 kèm theo.",
        "Người H'Mông Đen sống ở vùng cao.",
        "Đồng bào M'Nông và Ê Đê ở Đắk Nông.",
        "Nay Sở Tư pháp thông báo như sau.",
        "Nay Phòng Tư pháp đề nghị các hộ dân.",
        "Nay Phi đã nhận tiền.",  # "Nay" is also "now": a weak clan alone is not enough
        "Kim loại nặng vượt ngưỡng cho phép.",
        "Sơn La là tỉnh miền núi.",
        "Lâm Đồng, Thạch Thất, Danh sách kèm theo.",
        "Son La, Lam Dong, Thach That, Danh sach kem theo.",
        "Đường Y Ngông ở Buôn Ma Thuột.",
        "Nhà Văn hóa xã Ea Tu.",
        "Luat To chuc Chinh phu",
        "Can cu Luat To chuc Chinh phu ngay 19 thang 6 nam 2015;",  # "cu" reads as "cụ"
        "Như Điều 2 Luật này, Lê Luật sư",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Sở Y Tế Đắk Lắk thông báo lịch tiêm.",
        "Thạc sĩ Y Học Cổ Truyền, bác sĩ Y Khoa.",
        "Ksor Bank là tên giả định.",
        "trả cho Ngân hàng TMCP Á Châu số tiền 356.000.000 đồng",
        "Ông về huyện Ý Yên, tỉnh Nam Định.",
        # "buồn" typed plain after a pronoun, "buôn bán" after a Kinh name
        "chi ay buon qua, anh ay cung buon",
        # "xa" typed plain is "xã" or "far", even before "thi" / "van"
        "nha em o xa lam, xa thi tran 5km",
        "ho so cua xa van phong gui len huyen",
        "Kẹt xe trên Xa Lộ Hà Nội đoạn qua phường Thủ Đức",
    ],
)
def test_places_peoples_and_words_are_not_minority_names(text: str) -> None:
    assert names(text) == []


def test_a_cue_scores_higher_than_the_shape_alone() -> None:
    [cued] = check_prompt("Người khiếu nại: Ksor H'Ni").findings
    [bare] = check_prompt("Ksor H'Ni nộp đơn.").findings
    assert cued.score > bare.score >= 0.5
    assert cued.pattern == bare.pattern == "person.minority"
    assert cued.context is not None
    assert bare.context is None


_KINH = sorted(
    {
        w
        for f in ("surnames.txt", "middle_names.txt", "given_names.txt")
        for line in data.lines(f"detectors/{f}")
        for w in line.split()
    }
)


def test_every_kinh_name_word_is_a_vietnamese_syllable() -> None:
    # the lexicons hold some minority surnames (Ksor, Mlô, Êban ...): only those may fail
    clans = minority_lexicon().clans
    failing = [w for w in _KINH if not is_vietnamese_syllable(w)]
    assert all(w.lower().replace("ê", "e") in clans or w in _NOT_KINH for w in failing), failing


_NOT_KINH = {"Ksor", "Mlô", "Êban", "Byă", "Ayun", "Mlo"}


@pytest.mark.parametrize(
    "word", ["Mlô", "Ksor", "Kpă", "H'Ni", "Êban", "Adrơng", "Tanaka", "Kenji", "Müller", "Đắk"]
)
def test_words_of_other_languages_are_not_vietnamese_syllables(word: str) -> None:
    assert not is_vietnamese_syllable(word)


_GIVEN = st.sampled_from(["Moan", "Bia", "Hen", "Lơn", "Blốc", "Jút", "Brơm", "Đơn", "Thu"])
_CLAN = st.sampled_from(["Niê", "Mlô", "Êban", "Ksor", "Kpă", "Siu", "Rơ Châm", "Byă"])


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(["Y", "H"]),
    _GIVEN,
    _CLAN,
    st.sampled_from(["Ông", "Bà", "Người khiếu nại:", "Hôm qua", "Biên bản ghi nhận"]),
)
def test_prefix_given_clan_names_are_found_whole(
    prefix: str, given_name: str, clan: str, before: str
) -> None:
    name = f"{prefix} {given_name} {clan}"
    assert names(f"{before} {name} đã đến trụ sở UBND xã.") == [name]


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(["Ea", "Krông", "Chư", "Ia", "Kon", "Đắk", "Plei"]),
    st.sampled_from(["H'leo", "Pắc", "Sê", "Grai", "Tum", "Mil", "Ku", "Bông", "Kar"]),
    st.sampled_from(["huyện", "Đến", "Vùng", "Tại", "khu vực"]),
)
def test_highland_places_are_never_names(place: str, second: str, before: str) -> None:
    assert names(f"{before} {place} {second} mưa lớn kéo dài.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Mạc Cửu khai phá đất Hà Tiên vào thế kỷ XVIII.",  # a historical figure in history prose
        "Khổng Tử và Mạnh Tử là hai nhà tư tưởng.",
    ],
)
def test_rare_surnames_in_history_prose_are_not_redacted(text: str) -> None:
    assert all(
        f.action.value != "redact"
        for f in check_prompt(text).findings
        if f.entity is EntityType.PERSON
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known phrase counts by spelling where written with diacritics: "Bàn Văn" is no
        # "Ban Văn" (a board)
        ("ông Bàn Văn Cao đến nhận quà", ["Bàn Văn Cao"]),
        ("danh sách: Bàn Văn Cao, Đặng Thị Mùi (người Dao)", ["Bàn Văn Cao", "Đặng Thị Mùi"]),
        ("Ban Văn hóa xã họp chiều nay", []),
        ("Hoà Bình, ngày 5 tháng 3", []),
    ],
)
def test_a_known_phrase_is_matched_by_spelling(text: str, expected: list[str]) -> None:
    found = [
        text[f.start : f.end] for f in check_prompt(text).findings if f.entity is EntityType.PERSON
    ]
    assert found == expected


_PLACEHOLDER = st.sampled_from(list("XYZNABCKMH"))


@settings(max_examples=150, deadline=None)
@given(
    _PLACEHOLDER,
    _PLACEHOLDER,
    st.sampled_from(["Điều", "điều", "ĐIỀU", "Dieu", "dieu"]),
    st.sampled_from(
        [
            "Trích dẫn theo khoản {k}, {d} {a} của Luật Đất đai.",
            "Căn cứ {d} {a} khoản {k} Nghị định số 15/2020/NĐ-CP, hãy trả lời.",
            "Theo {d} {a}, hãy giải thích ngắn gọn.",
            "{d} {a} Luật Dân sự quy định gì?",
            "Trả lời theo mẫu: 'Theo khoản {k} {d} {a} Bộ luật Hình sự ...'",
            "{d} {a}. Quyền và nghĩa vụ của công dân",
            "So sánh {d} {k} và {d} {a} của Luật Đầu tư",
        ]
    ),
)
def test_a_law_article_placeholder_is_no_minority_name(
    clause: str, article: str, word: str, template: str
) -> None:
    """A law article's placeholder, "Điều Y" in a legal prompt template (sc18's false AIG105
    on a legal RAG): "Điều" is the article, not the Thái family name "Điêu", and "Y" a
    placeholder, not an Ede prefix."""
    text = template.format(d=word, a=article, k=clause)
    assert names(text) == [], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the family names that fold as "dieu" stay names, spelled as they are
        ("Ông Điêu Chính Tươi đến làm việc.", ["Điêu Chính Tươi"]),
        ("Anh Điểu K'Lung ở Bình Phước.", ["Điểu K'Lung"]),
        ("ong Dieu Chinh Tuoi den lam viec", ["Dieu Chinh Tuoi"]),
        ("người phải thi hành án: điểu thị rinh, sinh năm 1983", ["điểu thị rinh"]),
        ("Theo Điều Y, ông Y Moan Niê được nhận trợ cấp.", ["Y Moan Niê"]),
    ],
)
def test_family_names_folded_as_the_article_stay_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected
