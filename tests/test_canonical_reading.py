"""The canonical reading (``Document.text``): every disguise read one way, offsets mapped back.

Each disguise is tried through ``check_prompt`` on several detectors (the point of one reading:
a disguise caught in one detector is caught in all), and the offset map is checked as a
property on generated text.
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import Decision, EntityType, check_prompt
from ai_guard.text import Document
from ai_guard.text.chars import INVISIBLE, ODD_SPACES

FULL = str.maketrans("0123456789", "０１２３４５６７８９")


@pytest.mark.parametrize(
    ("original", "reading"),
    [
        ("MẬ\u200bT", "MẬT"),
        ("Tài\u00a0liệu\u2009mật", "Tài liệu mật"),
        ("dòng 1\u2028dòng 2", "dòng 1\ndòng 2"),
        ("ＣＣＣＤ：０７９２０３０１２３４５", "CCCD:079203012345"),
        ("𝐌𝐀̣̂𝐓", "MẬT"),
        ("Ng\u00adu\u00adyễn", "Nguyễn"),
        ("Nguye\u0302\u0303n", "Nguyễn"),
        ("\u0661\u0662\u0663", "123"),  # Arabic-Indic digits
        ("\u041c\u1eac\u0422", "MẬT"),  # Cyrillic М and Т around a Vietnamese letter
        ("T\u043ei m\u1eadt", "Toi mật"),  # Cyrillic о inside a Latin word
        ("Москва и Київ", "Москва и Київ"),  # Cyrillic words stay Cyrillic
        ("αβγ Ωμέγα", "αβγ Ωμέγα"),
        ("⁰⁰¹⁰⁸⁵", "001085"),  # superscripts, the Latin-1 ones (¹ ² ³) too
        ("001085<br>012345", "001085012345"),  # a short number cut by a line-break tag
        ("0912345678<br>0987654321", "0912345678 0987654321"),  # two numbers in one cell
        ("001<b>085</b>012345", "001085012345"),
        ("001085 <br /> 012345", "001085 012345"),
        ("Số&nbsp;CCCD:&nbsp;0010&#8203;85", "Số CCCD: 001085"),
        ("S\\u1ed1 CCCD", "Số CCCD"),  # a JSON escape (json.dumps' default)
        ("a <b>bold</b> 5 <x> 6 &amp; 7", "a <b>bold</b> 5 <x> 6 & 7"),  # tags kept, & read
        ("AIza&#83;yD9", "AIzaSyD9"),  # character references read (text.entities)
        ("T&#7888;I M&#x1EAC;T", "TỐI MẬT"),
        ("Tr&agrave;ng &Dstrok;&ocirc;ng", "Tràng Đông"),
        # encoded twice: read to the end of the chain; what stands for nothing stays
        ("&amp;#83; &amp;amp; &bogus; &#0; &amp;#0;", "S & &bogus; &#0; &amp;#0;"),
        ("plain ASCII", "plain ASCII"),
        ("Việt Nam", "Việt Nam"),
    ],
)
def test_reading(original: str, reading: str) -> None:
    assert Document(original).text == reading


@pytest.mark.parametrize(
    ("original", "value"),
    [
        ("CCCD: 001085<br>012345 nhé", "001085<br>012345"),
        ("SĐT: 0912&nbsp;345&nbsp;678 nhé", "0912&nbsp;345&nbsp;678"),
        ('{"S\\u1ed1 CCCD": "001085012345"}', "001085012345"),
    ],
)
def test_offsets_of_markup_cover_it(original: str, value: str) -> None:
    doc = Document(original)
    digits = "".join(c for c in value if c.isdigit())
    start = doc.text.index(digits[:4])
    end = start
    while end < len(doc.text) and (doc.text[end].isdigit() or doc.text[end] == " "):
        end += 1
    end = len(doc.text[:end].rstrip())
    s, e = doc.span_to_original(start, end)
    assert original[s:e] == value


def test_offsets_of_a_disguised_value_cover_the_disguise() -> None:
    original = "Số: 0\u200b79\u00ad203 012345 ở đây"
    doc = Document(original)
    start = doc.text.index("079")
    end = doc.text.index(" ở")
    s, e = doc.span_to_original(start, end)
    assert original[s:e] == "0\u200b79\u00ad203 012345"
    assert doc.to_text(s) == start
    assert doc.to_text(e) == end


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Tài liệu M\u200bẬ\u200bT, không phổ biến", EntityType.STATE_SECRET_MARK),
        ("Tài liệu М\u1eacТ (Cyrillic), không phổ biến", EntityType.STATE_SECRET_MARK),
        ("Số CCCD: 0\u200b79203\u200b012345", EntityType.CCCD),
        ("Số điện thoại: ０９１２３４５６７８", EntityType.PHONE),
        ("SĐT 0912\u00a0345\u00a0678", EntityType.PHONE),
        ("MST: ０１０００１２３４５", EntityType.TAX_CODE),
        ("Email: nguyen\u200bvana@gmail.com", EntityType.EMAIL),
        ("Email: ｎｇｕｙｅｎｖａｎａ@ｇｍａｉｌ.ｃｏｍ", EntityType.EMAIL),
        ("Email: cán bộ ｔｕ@ｍｏｊ.ｇｏｖ.ｖｎ", EntityType.GOV_EMAIL),
        ("| Họ tên | CCCD |\n|---|---|\n| Trần Thị Bình | 001085<br>012345 |", EntityType.CCCD),
        ("Hộ chiếu số: C1234<br>567", EntityType.PASSPORT),
        ("SĐT: 0912<span>345</span>678", EntityType.PHONE),
        ("MST: 0100&nbsp;233&nbsp;488", EntityType.TAX_CODE),
        ("Mã số BHXH: ⁰¹²³⁴⁵⁶⁷⁸⁹", EntityType.SOCIAL_INSURANCE),
        ('{"\\u0111\\u1ed9 m\\u1eadt": "T\\u1ed1i m\\u1eadt"}', EntityType.STATE_SECRET_MARK),
        ('{"S\\u1ed1 h\\u1ed9 chi\\u1ebfu": "C0220752"}', EntityType.PASSPORT),
        ("key sk-proj-\u200bAbCdEfGhIjKlMnOpQrStUvWxYz0123456789", EntityType.API_SECRET),
    ],
)
def test_every_detector_reads_through_the_disguise(text: str, entity: EntityType) -> None:
    result = check_prompt(text)
    assert result.decision is not Decision.ALLOW
    assert entity in {f.entity for f in result.findings}, result.findings
    for f in result.findings:
        if f.placeholder:
            assert f.placeholder in result.redacted_text
    # nothing of the value survives: no run of 4 of its digits, no invisible character left
    # in a redacted span's place
    for f in result.findings:
        value = unicodedata.normalize("NFKC", text[f.start : f.end])
        digits = "".join(c for c in value if c.isdigit())
        for k in range(len(digits) - 3):
            assert digits[k : k + 4] not in unicodedata.normalize("NFKC", result.redacted_text)


_PIECES = st.sampled_from(
    [
        "Nguyễn",
        "Văn",
        "mật",
        "0912",
        "345",
        " ",
        "\n",
        ",",
        "e\u0302\u0301",  # NFD ế
        "a\u0323",
        *INVISIBLE,
        *ODD_SPACES[:4],
        "\u2028",
        "１２",
        "ＡＢ",
        "𝐌",
        "М",  # Cyrillic
        "Москва",
        "\u0663",
        "<br>",
        "<b>",
        "</span>",
        "&nbsp;",
        "&#8203;",
        "\\u1ed1",
        "\\u0000",
        "<",
        "&",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_offsets_map_every_character_back(original: str) -> None:
    doc = Document(original)
    text = doc.text
    previous = 0
    for i in range(len(text) + 1):
        o = doc.to_original(i)
        assert 0 <= o <= len(original)
        assert o >= previous  # monotone
        previous = o
    s, e = doc.span_to_original(0, len(text))
    assert Document(original[:s]).text == ""  # only what the reading removed
    assert e == len(original)
    # no invisible or odd character survives the reading
    assert not any(c in INVISIBLE or c in ODD_SPACES or c == "\u2028" for c in text)
    assert unicodedata.is_normalized("NFC", text)
    # a digit of the reading comes from a digit of the original
    for i, c in enumerate(text):
        if c.isdigit():
            assert unicodedata.category(original[doc.to_original(i)]) == "Nd"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_any_text_reads_without_crash_and_maps_inside(original: str) -> None:
    doc = Document(original)
    assert unicodedata.is_normalized("NFC", doc.text)
    for i in range(0, len(doc.text) + 1, 3):
        assert 0 <= doc.to_original(i) <= len(original)
    for i in range(0, len(original) + 1, 3):
        assert 0 <= doc.to_text(i) <= len(doc.text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x2FFF, exclude_categories=("Cs",))))
def test_folding_fast_path_agrees_with_the_per_character_table(text: str) -> None:
    from ai_guard.text.document import _FOLD_TABLE, fold_cased

    nfc = unicodedata.normalize("NFC", text)
    assert fold_cased(nfc) == nfc.translate(_FOLD_TABLE)


def test_folding_keeps_each_character_in_its_place() -> None:
    from ai_guard.text.document import fold_cased

    # a lone combining mark and a letter whose decomposition keeps a non-Vietnamese mark
    assert fold_cased("\u0300\u06c0") == "\u0300\u06c0"
    assert fold_cased("“Nguyễn” – Đà") == "“Nguyen” – Da"


#: what the code map folds (Vietnamese letters, other Latin letters with marks), ASCII, and a
#: few characters that send a text down the plain path (dashes, quotes, marks, other scripts)
_FOLD_ALPHABET = st.one_of(
    st.sampled_from("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"),
    st.sampled_from("ÀẢẠẰẲẴẪỶỸỴĐÊỂÔƠƯ"),
    st.characters(min_codepoint=0xC0, max_codepoint=0x24F),
    st.characters(min_codepoint=0x1E00, max_codepoint=0x1EFF),
    st.characters(max_codepoint=0x7F),
    st.sampled_from("–“”…\u0300\u0323\u06c0ΩİǄ"),
)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_FOLD_ALPHABET, max_size=40))
def test_folding_through_the_code_map_agrees_with_the_plain_path(text: str) -> None:
    from ai_guard.text.document import _fold_cased_plain, fold_cased

    for t in (text, unicodedata.normalize("NFC", text)):
        assert fold_cased(t) == _fold_cased_plain(t)
        assert len(fold_cased(t)) == len(t)


def test_the_code_map_folds_every_vietnamese_letter_and_leaves_others_to_the_plain_path() -> None:
    from ai_guard.text.document import fold_cased

    assert fold_cased("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM, Ỹ Ẵ") == (
        "CONG HOA XA HOI CHU NGHIA VIET NAM, Y A"
    )
    assert fold_cased("Đặng Thị Ánh – “Hà Nội”") == "Dang Thi Anh – “Ha Noi”"
    assert fold_cased("Ǆ") == "Ǆ"  # no canonical decomposition: kept as it is


def test_every_decimal_digit_of_another_script_reads_as_an_ascii_digit() -> None:
    # text.numbers scans the reading for ASCII digits only ([0-9], twice as fast as \d)
    import sys

    others = [
        chr(c) for c in range(128, sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Nd"
    ]
    assert len(others) > 600
    for template in ("{}", "Nguyễn CCCD {}{}{} ạ", "a{}b", "\u200b{}\u0301", "М{}Т"):
        text = Document("".join(template.replace("{}", c) for c in others)).text
        assert not any(unicodedata.category(c) == "Nd" and not c.isascii() for c in text)


def test_a_strong_telex_word_is_read_with_its_neighbours_in_a_line_typed_normally() -> None:
    from ai_guard.text import Document
    from ai_guard.text.typing import untyped

    reading = untyped(Document("gui cho hoangf minh tuaans ho so nay"))
    assert reading is not None
    assert reading.text == "gui cho hoàng minh tuấn ho so nay"
    # one strong word reads its neighbours only: far words stay as typed
    far = untyped(Document("hoangf la ten, roi mot hai ba bon nam sau tuaans"))
    assert far is not None
    assert far.text.startswith("hoangf")
    assert untyped(Document("we saw two books and a cool tool")) is None


def test_the_icelandic_eth_that_ocr_sets_for_d_with_stroke_folds_to_d() -> None:
    from ai_guard.text import Document, fold_word

    doc = Document("ÐỘI TRƯỞNG Ðinh, đội phó ðinh")
    assert doc.folded == "doi truong dinh, doi pho dinh"
    assert doc.folded_cased == "DOI TRUONG Dinh, doi pho dinh"
    assert fold_word("Ðinh") == "dinh"


# Vietnamese letters with and without marks, ASCII control characters, typographic and
# other characters, odd spaces, invisible ones, decomposed marks
_PLAIN_OR_NOT = "aAđĐếẾỹỸẴǆàÀ \t\n\r.1\x00\x07\x0b\x0c\x1b\x7f\u00a0\u200b\u2013“ǅ\u0301ﬁ１Ωа"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_PLAIN_OR_NOT, max_size=30))
def test_a_text_the_code_map_folds_is_read_as_the_class_scan_reads_it(text: str) -> None:
    # the code map's bytes decide whether a text needs the reading (an ASCII control
    # character) where the class scan of unusual characters decided it; both say the same,
    # and the folded views of a text read as it is are the code map's
    from ai_guard.text.document import _UNUSUAL, _fold_coded, fold_cased

    doc = Document(text)
    coded = _fold_coded(text)
    if coded is not None and not text.isascii():
        unusual = _UNUSUAL.search(text) is not None
        assert any((b < 32 and b not in (9, 10, 13)) or b == 127 for b in coded) == unusual
        if not unusual and unicodedata.is_normalized("NFC", text):
            assert doc.text == text
    assert doc.folded_cased == fold_cased(doc.text)
    assert len(doc.folded) == len(doc.text)


# -- the eth set for Đ ---------------------------------------------------------------------


def test_the_capital_eth_reads_as_d_with_a_stroke_offsets_kept() -> None:
    original = "Danh sách: Ðặng Thị Hoa, ĐỖ MINH ÐỨC"
    doc = Document(original)
    assert doc.text == "Danh sách: Đặng Thị Hoa, ĐỖ MINH ĐỨC"
    assert len(doc.text) == len(original)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Danh sách: Ðặng Thị Hoa, Ðỗ Minh Ðức", ["Ðặng Thị Hoa", "Ðỗ Minh Ðức"]),
        ("Người nộp đơn: ÐINH VĂN TUẤN, CCCD 001089012345", ["ÐINH VĂN TUẤN"]),
    ],
)
def test_names_written_with_the_eth_are_found_whole(text: str, names: list[str]) -> None:
    result = check_prompt(text)
    found = [text[f.start : f.end] for f in result.findings if f.entity is EntityType.PERSON]
    assert found == names
    for name in names:
        assert name not in result.redacted_text


def test_a_public_office_written_with_the_eth_stays_clean() -> None:
    assert check_prompt("Kính gửi: Phòng Ðào tạo, Trường Ðại học Ðà Lạt").decision is Decision.ALLOW
