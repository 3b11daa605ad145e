"""holdout17's shapes of names as chat types them (tenth session): a lower-case full name with
no cue that a later kin-word reference confirms, a list row's name typed plain, a name's end
before a word that goes on with the sentence; each beside the hard negatives that must stay
clean."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard.detectors.person import PersonNameDetector
from ai_guard.text import Document


def names(text: str) -> list[str]:
    return sorted(
        text[d.start : d.end] for d in PersonNameDetector().detect(Document(text)) if d.score >= 0.5
    )


# -- a full name with no cue, confirmed by a short reference to its given name ----------------


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "tinh giup thue cho ho kd duong van phong mst 5638-361-334, ong phong hoi co duoc"
            " giam ko",
            "duong van phong",
            "phong",
        ),
        (
            "khieu nai can bo dia chinh nguyen huu sang doi 5 trieu, anh sang hen 3 lan ko ky",
            "nguyen huu sang",
            "sang",
        ),
        (
            "nhắc lịch tiêm cho bé nguyễn gia hân sinh 04/06/2026, nếu bé hân bị sốt thì báo",
            "nguyễn gia hân",
            "hân",
        ),
        (
            "người phải thi hành là chu văn lịch có nhà có xe, ông lịch vừa bán lô đất",
            "chu văn lịch",
            "lịch",
        ),
        (
            # a surname no lexicon holds, before "thị" spelled so
            "người tố cáo quản thị hậu, nội dung: bà hậu ở xóm đình",
            "quản thị hậu",
            "hậu",
        ),
    ],
)
def test_a_full_name_no_cue_announces_is_confirmed_by_its_short_reference(
    text: str, full: str, short: str
) -> None:
    found = names(text)
    assert full in found
    assert short in found


@pytest.mark.parametrize(
    "text",
    [
        # the same words with no reference to the given name: the run stays a phrase
        "tinh giup thue cho ho kd duong van phong mst 5638-361-334",
        # "thì" typed plain after "e": no given name "Thi"
        "me e la dinh thi ngat, e la dinh thi thoa con ut, bo e thi mat tu 2019 roi",
        # a street named after a figure, "thì" after it
        "tu cho do re vao pho ly thuong kiet thi gui xe o dau, e thi di xe may",
        # a cue or pronoun is no given name ("chị em")
        "em be nha em bi sot, chi em co ai biet tram y te",
        # the cue is no surname: "chú Bảy Tý", "ông Vũ Duy Kha" are read from their cue
        "nha chu bay ty 4 ng co con nho, nha chu bay ty thi chu ty khong chiu di",
    ],
)
def test_no_reference_or_no_given_name_confirms_nothing(text: str) -> None:
    # (the names the cue paths read there are one or two words: "dinh thi ngat" after "la")
    found = [n for n in names(text) if n not in ("dinh thi ngat", "dinh thi thoa")]
    assert not any(len(n.split()) >= 3 for n in found), found


def test_the_hard_negatives_stay_clean() -> None:
    for text in (
        "bao cao chi dao cua ubnd ve anh huong cua bao, em be o nha",
        "le ra phai nop som, do ha tang yeu, vo tinh lam mat, vao luc 14 gio",
        "a oi e hoi c chut, c bao e lam lai",
    ):
        assert names(text) == [], text


# -- a list row: bullet, a name typed plain, a year or a phone -------------------------------


def test_a_list_row_names_a_person_though_its_words_are_everyday_ones() -> None:
    text = (
        "check giup trong ds nay co ai bi trung ko:\n"
        "1 chu thi hanh 1975 0862 147 305\n"
        "2 ma van bao 1968 0942 306 718\n"
    )
    assert names(text) == ["chu thi hanh", "ma van bao"]


@pytest.mark.parametrize(
    "text",
    [
        "ke hoach:\n1 do thi hoa 2020 la xu huong\n2 thi hanh an 2024",
        "ghi chu:\n- ma van chua 2024 xong",
        # no bullet: a sentence, not a row
        "luat chu thi hanh 1975 da het hieu luc",
    ],
)
def test_no_row_no_name(text: str) -> None:
    assert names(text) == []


# -- a name's end: the next word goes on with the sentence -----------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("mẹ e là vương thị lụa vẫn còn sống, có cần mẹ ký ko", "vương thị lụa"),
        ("mẹ tôi đoàn thị nguyệt nằm viện 5 ngày", "đoàn thị nguyệt"),
        ("người đi cùng là chồng tôi bạch văn lãm cũng chứng kiến", "bạch văn lãm"),
        ("c hà (ngô thị thu hà văn thư) đang nợ ngân hàng", "ngô thị thu hà"),
        ("bác sĩ lưu quang tùng bảo thuốc ngoài danh mục", "lưu quang tùng"),
        ("e mua lai xe cua anh la van ngoc bien so 20B1 58172", "la van ngoc"),
        ("ba au thi loan to 5 khu 2 phuong cam thinh goi len hoi", "au thi loan"),
    ],
)
def test_the_name_ends_where_the_sentence_goes_on(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a rare given name, its end marked after it
        ("check lại tên: phan thị thanh tâm hay phan thị thanh tầm, cccd 046165008913",
         "phan thị thanh tầm"),
        # "Bảo" is the name's where the predicate follows
        ("hôm nay cháu nguyễn ngọc gia bảo đi học muộn", "nguyễn ngọc gia bảo"),
        ("họ tên: lê thị ngọc hà, sinh năm 1990", "lê thị ngọc hà"),
    ],
)  # fmt: skip
def test_a_fourth_name_word_stays_where_the_end_is_marked(text: str, name: str) -> None:
    assert name in names(text)


# -- a pasted chat's speakers ----------------------------------------------------------------


def test_an_untimed_chat_speaker_with_a_tag_that_comes_back_is_a_person() -> None:
    text = (
        "tổng hợp giúp vụ này từ nhóm chat:\n"
        "Tuấn CA: nhà bà kha thị lượm bị mất xe\n"
        "Quý: camera thấy thằng đi xe\n"
        "Tuấn CA: xe đó của hồ văn tèo ở cùng tổ\n"
        "BS Khanh: ket qua duong tinh\n"
        "BS Khanh: bao tram y te xa theo doi\n"
    )
    found = names(text)
    assert found.count("Tuấn") == 2
    assert found.count("Khanh") == 2


@pytest.mark.parametrize(
    "text",
    [
        # a field that comes back with no tag is the other speaker paths' (a sentence's head)
        "Kết quả KT: đạt\nGhi chú: không\nKết quả KT: chưa đạt",
        # once only: no chat
        "Tuấn CA: nhà bà lượm bị mất xe",
    ],
)
def test_no_returning_tagged_field_no_speaker(text: str) -> None:
    assert "Tuấn" not in names(text)
    assert "Kết" not in names(text)


def test_a_given_name_that_spells_a_place_speaks_after_a_kin_word() -> None:
    text = (
        "nhom to dan pho nha e dang cai nhau:\n"
        "Chi Hue: cho nha ong luu duc cuong can con e\n"
        "Cuong 14: cho nha toi tiem roi\n"
        "Hue: camera nha ba tinh so 12 quay duoc het\n"
    )
    assert names(text).count("Hue") == 2


def test_a_kin_word_and_a_place_together_are_no_speaker() -> None:
    text = "Bac Ninh: mua to\nHue: nang nong\nHa Noi: mat"
    # ("Ninh" after "Bac" is read as a speaker by the older paths, as before)
    assert "Hue" not in names(text)


def test_a_colon_closes_a_rare_given_name_after_a_cue() -> None:
    text = "ý kiến của tổ trưởng ông nguyễn công bá: gia đình thuộc diện cận nghèo"
    assert "nguyễn công bá" in names(text)
    assert names("bà mai ngắn gọn: không cần") == []


def test_a_verb_and_its_object_after_a_surname_is_no_middle_and_given_name() -> None:
    # "ông Trần quy định về ...": "quy định về" typed plain, no "Quý Định"
    assert names("ong tran quy dinh ve viec cap giay phep nhu the nao") == []
    # the end marked after the words, they are the name's
    assert names("ong tran quy dinh, sinh nam 1970") == ["tran quy dinh"]
    assert names("ong le minh tuan ve que") == ["le minh tuan"]


# -- the reference scan read from the word sketch finds what the whole-text scan finds --------

_REFERENCE_ALPHABET = st.sampled_from(
    [*"abcdeghimnotuvy ", " ", " ", "\t", "\n", ",", "-", "'", "’", "ô", "ị", "é", "1", "đ"]
)


@given(st.text(_REFERENCE_ALPHABET, max_size=120))
@settings(max_examples=400, deadline=None)
def test_reference_matches_equal_the_whole_text_scan(text: str) -> None:
    from ai_guard.detectors.person.confirmed import _REFERENCE, reference_matches

    doc = Document(text)
    expected = [m.span(1) + m.span(2) for m in _REFERENCE.finditer(doc.folded)]
    assert [m.span(1) + m.span(2) for m in reference_matches(doc)] == expected


@pytest.mark.parametrize(
    "text",
    ["chị em hân đi", "ông  an, x", "a la\tthu, c e hoa", "bé hân", "Ông Lịch", "thầy  ba, cô'x"],
)
def test_reference_matches_on_cue_runs(text: str) -> None:
    from ai_guard.detectors.person.confirmed import _REFERENCE, reference_matches

    doc = Document(text)
    expected = [m.span(1) + m.span(2) for m in _REFERENCE.finditer(doc.folded)]
    assert expected  # the examples hold references
    assert [m.span(1) + m.span(2) for m in reference_matches(doc)] == expected
