"""Full names typed plain after a cue, their end marked, whose words also spell a place or an
everyday word (person/plain_cued.py, twelfth session): "ong ha quang vinh," (Hà Quảng is a
district), "ong tat quang vinh," ("tất"), royal and Khmer names typed plain ("ong ton that
vinh,", "ong son sa phol,"); each beside the hard negatives that must stay clean."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from ai_guard import check_prompt
from ai_guard.detectors.person import PersonNameDetector
from ai_guard.testing import strategies as vst
from ai_guard.testing.strategies import LabelledPrompt
from ai_guard.text import Document


def names(text: str) -> list[str]:
    return sorted(
        text[d.start : d.end] for d in PersonNameDetector().detect(Document(text)) if d.score >= 0.5
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a surname and a middle name that spell a place ("Hà Quảng", "Lê Quảng Trị" reads
        # the province after "le")
        ("kinh gui ong ha quang vinh, pho chu tich xa", "ha quang vinh"),
        ("chu tri: ong le quang tri, pho chu tich ubnd xa.", "le quang tri"),
        ("ông ha quang vinh, nguyên bí thư", "ha quang vinh"),
        # a surname that is an everyday word typed plain ("tất", "không"), the end marked
        ("ong tat quang vinh, so dinh danh 022091004385", "tat quang vinh"),
        ("tra loi cong dan: ong khong minh thang, tru tai so 24", "khong minh thang"),
        # the end marked by a verb that opens the predicate
        ("ong dong van khiem phai tra ba lan 350 trieu", "dong van khiem"),
        # the royal clan's double surname, three or four words
        ("giam doc la ong ton that vinh, soan giup thong bao", "ton that vinh"),
        ("voi ong ton that hieu, ma so bhxh 4607123984", "ton that hieu"),
        # Khmer names: a family name, "thị" at times, a two-syllable given name
        ("cap doi so do cho ong son sa phol, ngu phum soc ta oc", "son sa phol"),
        ("cha la thach soc henh, me la son thi chanh da, thuong tru", "thach soc henh"),
        ("ghi chu: chi kim thi so phia, sinh mo", "kim thi so phia"),
        # a surname, a middle name and a given name whose last two spell "công khai": after
        # "ông" and before an address they name the person the letter goes to
        ("ong dinh cong khai, so 27 ngo 164", "dinh cong khai"),
    ],
)
def test_plain_names_after_a_cue(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        # a greeting, a kin word as the "middle name"
        "em chao anh chi, em ten la mai",
        # "công an" after a cue naming a representative: a body, no one's name
        "dai dien cong an tinh, so nong nghiep va moi truong",
        "kinh gui: cong an phuong hoa khanh",
        # an office's title is no cue here: "từ đoạn sau"
        "lap bang dieu dong cong chuc tu doan sau: dieu dong ong A",
    ],
)
def test_no_name_read_there(text: str) -> None:
    assert not any(n in text.split(",")[0] and len(n.split()) >= 3 for n in names(text)), names(
        text
    )


def test_a_fourth_word_needs_its_end_marked() -> None:
    text = "toi gop von voi ong tieu van manh nhung den nay ong manh khong tra"
    assert "tieu van manh nhung" not in names(text)


@settings(max_examples=40, deadline=None, derandomize=True)
@given(vst.cued_plain_name_prompts())
def test_cued_plain_names_redacted_whole(prompt: LabelledPrompt) -> None:
    """Every generated name (a surname and middle name that spell a place or a word, a royal
    or a Khmer name, typed plain after an honorific, its end marked) is redacted whole."""
    result = check_prompt(prompt.text)
    assert not result.allowed, prompt.text
    for start, end, _ in prompt.spans:
        assert any(f.start <= start and end <= f.end for f in result.findings), (
            prompt.text,
            prompt.text[start:end],
        )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a list's item or a table cell, typed plain, the end marked by a mark
        ("danh sach:\n1. son thi sa ly - ma so bhxh 9421836570\n", "son thi sa ly"),
        ("ds:\n- thach so phol, cccd 084079330215\n", "thach so phol"),
        ("ket qua:\n4. chau minh hung, sinh ngay 09/05/1990\n", "chau minh hung"),
        # a given name no lexicon holds after a middle name, its end hard-marked
        ("ket qua:\n1. than duc luy, sinh nam 1979\n", "than duc luy"),
        ("thi hanh ky luat doi voi ong do trong khoat, cong chuc", "do trong khoat"),
        # a timed chat line's speaker, a foreign or a Kinh full name; "i'm" and a foreign name
        ("[09:10] camille roussel: who picks me up?\n[09:12] nghia: ok", "camille roussel"),
        ("hi, i'm emily clarke, my address is 12 pasteur st", "emily clarke"),
    ],
)
def test_plain_names_listed_or_speaking(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "[10:00] system message: ok",
        "i'm not sure, i'm fine.",
        "ghi chu:\n- ban hanh quyet dinh, gui cac phong\n",
    ],
)
def test_no_listed_or_speaking_name_there(text: str) -> None:
    assert not any(len(n.split()) >= 2 for n in names(text)), names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a possessive's "'s" and an identifier's label after a name after a title
        ("notes: mr tanaka hiroshi's wife, mrs tanaka yuki", "tanaka hiroshi"),
        ("ms agnieszka nowak's work permit expires", "agnieszka nowak"),
        ("ho so cua mr arjun mehta passport z6281045 thieu", "arjun mehta"),
    ],
)
def test_title_name_ends_before_possessive_or_label(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Khmer names typed without diacritics, no cue: capitalised, or lower case after Thạch
        ("con la Danh So Phia va em gai, o phum Ta Ong", "Danh So Phia"),
        ("- Thach So Phol, CCCD 084079330215", "Thach So Phol"),
        ("thach so phanh va vo la kim thi soc khiem", "thach so phanh"),
        # a surname no lexicon holds before "văn" / "thị" after a cue, the end hard-marked
        ("gioi thieu cho chi leng thi dung (cccd 012191004638) di cong tac", "leng thi dung"),
        # chat's "e la" (em là) before a full name
        ("da e chao c, e la to ngoc bich ben phong vh-xh", "to ngoc bich"),
    ],
)
def test_khmer_plain_and_e_la(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "sap xep danh sach sau va danh so lai: ...",  # "đánh số lại"
        "lam so do, kim so 5 nhe",  # "làm sổ đỏ"
        "e la sao vay",
        "chi ay thi hong, sua giup",  # "chị ấy thì hỏng"
    ],
)
def test_no_khmer_or_e_la_name_there(text: str) -> None:
    assert not any(len(n.split()) >= 2 for n in names(text)), names(text)
