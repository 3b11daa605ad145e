"""holdout17's shapes of names as chat types them (tenth session): a lower-case full name with
no cue that a later kin-word reference confirms, a list row's name typed plain, a name's end
before a word that goes on with the sentence; each beside the hard negatives that must stay
clean."""

from __future__ import annotations

import pytest

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
