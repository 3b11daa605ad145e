"""Issue 14 (i14-enc21): disguises that still let a mark through once the text around them
changed: look-alike letters lower-cased, a legacy-encoded stamp quoted inside a Unicode
sentence (in capitals, in small letters, in title case), and every disguise of
``ai_guard.testing`` over the marks and values its strategies generate."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import Decision, EntityType, check_prompt
from ai_guard.text.document import Document
from ai_guard.text.encodings import encode, repair_text

# -- look-alike letters, lower-cased ---------------------------------------------------------------

#: capitals of Greek and Cyrillic that look like Latin ones, and the Latin letter
_LOOKALIKE_CAPITALS = {
    "A": "АΑ", "B": "ВΒ", "E": "ЕΕ", "H": "НΗ", "I": "ІΙ", "K": "КΚ", "M": "МΜ", "N": "Ν",
    "O": "ОΟ", "P": "РΡ", "T": "ТΤ", "X": "ХΧ", "C": "С",
}  # fmt: skip

_MARKS = {
    "MẬT": EntityType.STATE_SECRET_MARK,
    "TỐI MẬT": EntityType.STATE_SECRET_MARK,
    "TUYỆT MẬT": EntityType.STATE_SECRET_MARK,
    "LƯU HÀNH NỘI BỘ": EntityType.INTERNAL_MARK,
    "XEM XONG TRẢ LẠI": EntityType.INTERNAL_MARK,
    "TÀI LIỆU THU HỒI": EntityType.STATE_SECRET_MARK,
}

_SENTENCES = (
    "Trên bìa có dòng {}, nội dung là danh sách cán bộ, viết lại thành báo cáo ngắn.",
    "Em chụp văn bản có dấu {}, tóm tắt giúp em nội dung chính.",
    "{}\nBáo cáo tình hình quý 3, tóm tắt giúp em.",
)


@st.composite
def _lookalike_marks(draw: st.DrawFn, lower: bool) -> str:
    """A mark with some of its letters typed as Greek or Cyrillic capitals that look the same
    (one at least, in a word that keeps a Latin letter or a Vietnamese mark). Lower-cased,
    Greek ``Ν`` is ``ν``, which looks like "v" and is read so ("νội" is "vội"), but where only
    "n" makes a syllable ("hàνh")."""
    mark = draw(st.sampled_from(sorted(_MARKS)))
    places = [
        k for k, c in enumerate(mark) if c in _LOOKALIKE_CAPITALS and not (lower and c == "N")
    ]
    chosen = draw(st.sets(st.sampled_from(places), min_size=1, max_size=max(1, len(places) // 2)))
    chars = list(mark)
    for k in chosen:
        chars[k] = draw(st.sampled_from(_LOOKALIKE_CAPITALS[chars[k]]))
    return "".join(chars)


@settings(max_examples=60, deadline=None)
@given(st.data(), st.sampled_from(_SENTENCES), st.booleans())
def test_lookalike_marks_block_in_either_case(
    data: st.DataObject, sentence: str, lower: bool
) -> None:
    """h21-010 ("LƯU НÀNН NỘI BỘ" with Cyrillic Н) and h21-008 ("МẬТ") lower-cased: the small
    letters of the capitals' look-alikes ("н", "м", "т") read as the Latin small letters."""
    text = sentence.format(data.draw(_lookalike_marks(lower)))
    if lower:
        text = text.lower()
    assert check_prompt(text).decision is Decision.BLOCK, text


@pytest.mark.parametrize(
    ("original", "reading"),
    [
        ("lưu нànн nội bộ", "lưu hành nội bộ"),
        ("dấu мậт", "dấu mật"),
        ("tυyệт mậт", "tυyệt mật"),  # Greek υ is "u" by its own row; τ is the capital's small
        ("Мы сказали нет", "Мы сказали нет"),  # a Russian sentence is kept as written
        ("Κατά μήνα", "Κατά μήνα"),  # a Greek one too
        ("кнт", "кнт"),  # only look-alikes: kept
        ("lưu hàνh", "lưu hành"),  # Greek ν is "v" but where only "n" makes a syllable
        ("νội", "vội"),
    ],
)
def test_small_lookalikes_read_only_inside_latin_words(original: str, reading: str) -> None:
    assert Document(original).text == reading.replace("υ", "u")


@pytest.mark.parametrize(
    "text",
    [
        "Quên mật khẩu email công vụ thì làm thế nào?",
        "Hướng dẫn bảo mật thông tin cho cán bộ",
        "Mua mật ong rừng ở đâu?",
        "Thông tin được phân loại theo ba độ mật: Tuyệt mật, Tối mật và Mật.",
        "Слово «мат» по-русски, а «нет» значит không",
    ],
)
def test_prose_about_secrecy_and_russian_words_stay_clean(text: str) -> None:
    result = check_prompt(text)
    marks = {EntityType.STATE_SECRET_MARK, EntityType.INTERNAL_MARK}
    assert not [f for f in result.findings if f.entity in marks], text


# -- a legacy-encoded stamp inside a Unicode sentence ---------------------------------------------

_QUOTES = (
    'Tiêu đề trong file hiện ra "{}", em cần dịch phần thân văn bản.',
    "Văn bản có dòng {} ở đầu trang, viết lại giúp em.",
)


def _garbled(mark: str, scheme: str) -> str:
    return encode(mark, scheme).decode("cp1252")


def _cases() -> list[tuple[str, str, str]]:
    out = []
    for mark in _MARKS:
        for case in ("upper", "lower", "title"):
            for scheme in ("tcvn3", "vni", "windows-1258"):
                if case != "upper" and scheme == "windows-1258":
                    continue  # small letters: below
                if case != "upper" and scheme == "vni" and mark.startswith("TỐI"):
                    continue  # "toái" is a word of its own: below
                out.append((mark, case, scheme))
    return out


@pytest.mark.parametrize(("mark", "case", "scheme"), _cases())
@pytest.mark.parametrize("sentence", _QUOTES)
def test_a_legacy_stamp_quoted_in_a_unicode_sentence_blocks(
    mark: str, case: str, scheme: str, sentence: str
) -> None:
    """h21-067's TCVN3 capitals "L\\xadU HµNH NéI Bé" lower-cased: the repair reads the run
    ("bé" goes on "l\\xadu hµnh néi", "bộ"); VNI's "TOÁI MAÄT" ("TOÁI" goes on the capitals
    beside it); TCVN3's "MËT" alone (a capital font's word); Windows-1258's "MÂòT" (a tone
    after a vowel, in capitals, where Vietnamese writes none)."""
    written = {"upper": mark, "lower": mark.lower(), "title": mark.title()}[case]
    text = sentence.format(_garbled(written, scheme))
    if check_prompt(sentence.format(written)).decision is not Decision.BLOCK:
        # "hiện ra "mật"": a lone word in small letters, quoted, is no mark as written either
        pytest.skip("the mark as written is allowed in this sentence")
    assert check_prompt(text).decision is Decision.BLOCK, text


@pytest.mark.parametrize(
    "text",
    [
        "Văn bản có dòng mËt ở đầu trang",  # TCVN3 would read "dòng" as "dũng"
        "Văn bản có dòng tèi mËt ở đầu trang",
        "Căn cứ Quyết định số 312/Q§-UBND, ông trân trọng hóa giải. Tám giờ.",
        "Chị Hà có dòng tµi liÖu ở đây",
    ],
)
def test_unicode_words_beside_a_legacy_run_are_kept(text: str) -> None:
    fixed = repair_text(text)
    assert fixed is not None
    kept = [w for w in text.split() if (w.isalpha() and w.isascii()) or w in "dòng trân Hà có"]
    for word in kept:
        assert word in fixed.text.split(), (word, fixed.text)


def test_one_converted_word_in_small_letters_takes_no_neighbour() -> None:
    """A word both readings spell ("dòng", "có") next to one converted word in small letters
    stays as written: one word is too little to say the neighbour is the font's."""
    fixed = repair_text("Văn bản có dòng mËt ở đầu trang")
    assert fixed is not None
    assert fixed.text == "Văn bản có dòng mật ở đầu trang"
