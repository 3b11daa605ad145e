"""Typing leftovers (Telex / VNI with the input method off) read back for every detector."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard import Decision, EntityType, check_prompt
from ai_guard.text import Document
from ai_guard.text.typing import untype, untyped


@pytest.mark.parametrize(
    ("typed", "word"),
    [
        ("Nguyeenx", "Nguyễn"),
        ("Vawn", "Văn"),
        ("Vanw", "Văn"),
        ("Hungf", "Hùng"),
        ("Traanf", "Trần"),
        ("Thij", "Thị"),
        ("maatj", "mật"),
        ("MAATJ", "MẬT"),
        ("TOOSI", "TỐI"),  # the tone letter typed before the last vowel
        ("dduwowngf", "đường"),
        ("dduowngf", "đường"),
        ("quyeets", "quyết"),
        ("khoong", "không"),
        ("Le6", "Lê"),
        ("Nguye6n4", "Nguyễn"),
        ("Va8n", "Văn"),
        ("Hu2ng", "Hùng"),
        ("d9u7o7ng2", "đường"),
    ],
)
def test_untype(typed: str, word: str) -> None:
    assert untype(typed) == word


@pytest.mark.parametrize(
    "word", ["sinh", "book", "case", "Lanh", "masst", "A4", "QH12", "Việt", "xyz", "process"]
)
def test_words_that_are_no_leftover(word: str) -> None:
    assert untype(word) is None


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("Ho ten: Nguyeenx Vawn Hungf, sinh nawm 1985", EntityType.PERSON, "Nguyeenx Vawn Hungf"),
        ("Họ tên: Nguyeenx Vawn Hungf, sinh nawm 1985", EntityType.PERSON, "Nguyeenx Vawn Hungf"),
        ("Ho ten: Nguye6n4 Va8n Hu2ng", EntityType.PERSON, "Nguye6n4 Va8n Hu2ng"),
        (
            "toi ten la Traanf Thij Lanh, tai lieu TOOSI MAATJ",
            EntityType.STATE_SECRET_MARK,
            "TOOSI MAATJ",
        ),
    ],
)
def test_detectors_read_typed_text(text: str, entity: EntityType, value: str) -> None:
    result = check_prompt(text)
    assert result.decision is not Decision.ALLOW
    spans = {(f.entity, text[f.start : f.end]) for f in result.findings}
    assert (entity, value) in spans
    assert value not in result.redacted_text


@pytest.mark.parametrize(
    "text",
    [
        "This is the case we saw too.",
        "The trees seem green and the rooms are full.",
        "Please see the book on the shelf, it has the answers.",
        "Nguyễn Văn Hùng là cán bộ phòng tư pháp.",
        "Kích thước A4, mã QH12, diện tích 45m2.",
    ],
)
def test_ordinary_text_is_not_retyped(text: str) -> None:
    assert untyped(Document(text)) is None


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("aeiouwdfjrsxnghtAEOUW 1256789\n.,"), max_size=60))
def test_the_reading_maps_inside_the_text(text: str) -> None:
    reading = untyped(Document(text))
    if reading is None:
        return
    assert len(reading.origin) == len(reading.text)
    assert all(0 <= o < len(text) for o in reading.origin)
    assert reading.origin == sorted(reading.origin)
    start, end = reading.span(0, len(reading.text))
    assert 0 <= start <= end <= len(text)


@settings(max_examples=500, deadline=None)
@given(st.from_regex(r"[A-Za-z][A-Za-z0-9]{0,11}", fullmatch=True))
def test_untype_never_fails_and_gives_a_syllable(word: str) -> None:
    read = untype(word)
    assert read is None or (read != word and read.isalpha())


# -- a name typed with the input method off inside a line typed with it on (issue 14) --------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hồ sơ của bà le6 thi5 hoa2 còn thiếu", "le6 thi5 hoa2"),
        ("nho chi nguyeenx thij hoaf ky giup", "nguyeenx thij hoaf"),
        ("anh hoangf minh tuaans gui", "hoangf minh tuaans"),
        ("ong ddinh vawn toanf den nop don", "ddinh vawn toanf"),
        ("nhờ chị nguye6n4 thi5 lan kiểm tra giúp", "nguye6n4 thi5 lan"),
        ("Gửi ông Tra62n Va8n Hu2ng bản sao hồ sơ", "Tra62n Va8n Hu2ng"),
        ("gửi bà phamj thij hoa hồ sơ", "phamj thij hoa"),  # the heavy tone typed last
    ],
)
def test_a_typed_name_inside_a_normal_line_is_found(text: str, name: str) -> None:
    result = check_prompt(text)
    spans = [text[f.start : f.end] for f in result.findings if f.entity is EntityType.PERSON]
    assert name in spans
    assert name not in result.redacted_text


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("ong ddinhf vawn toans", "ông đình văn toán"),
        ("hồ sơ của bà le6 thi5 hoa2 còn thiếu", "hồ sơ của bà lê thị hoà còn thiếu"),
        ("nho chi nguyeenx thij hoaf ky giup", "nho chị nguyễn thị hoà ky giup"),
        ("Ho ten: Le6 Va8n An", "Ho ten: Lê Văn An"),
    ],
)
def test_the_word_level_reading(text: str, reading: str) -> None:
    read = untyped(Document(text))
    assert read is not None
    assert read.text == reading


@pytest.mark.parametrize(
    "text",
    [
        "chạy lại tests cho user1 và f1 rồi gửi file mp3 v2 nhé",
        "hệ thống bị ddos, tên miền wwf, class add off, lỗi boxx",
        "học sinh hs2 lớp A1, số cccd2 còn thiếu",
        "ông thi van hoa về quê",
        "bà le6 đến",  # one VNI leftover, a cue but no mark beyond a lone letter digit: read,
        # yet nothing a detector reports
        "phòng ba1 tầng 2, ô to2 ở kho",
        "Please check how the row saw the ddos logs",
    ],
)
def test_codes_and_plain_words_stay_as_they_are(text: str) -> None:
    before = {(f.entity, f.start, f.end) for f in check_prompt(text).findings}
    assert not any(e is EntityType.PERSON for e, _, _ in before)


@pytest.mark.parametrize(
    "text",
    [
        "chạy lại tests cho user1 và f1 rồi gửi file mp3 v2 nhé",
        "hệ thống bị ddos, tên miền wwf, class add off, lỗi boxx",
        "học sinh hs2 lớp A1, số cccd2 còn thiếu",
        "ông thi van hoa về quê",
        "phòng ba1 tầng 2, ô to2 ở kho",
        "Please check how the row saw the ddos logs",
        "the Taj Mahal, obj and adj in the code",
    ],
)
def test_codes_and_plain_words_are_not_read(text: str) -> None:
    assert untyped(Document(text)) is None


_TYPED_NAMES = [
    ("Nguyeenx Vawn Hungf", "Nguye6n4 Va8n Hu2ng"),
    ("Traanf Thij Lanh", "Tra6n2 Thi5 Lanh"),
    ("Lee Minh Tuaans", "Le6 Minh Tua6n1"),
    ("Hoangf Vawn Nam", "Hoa2ng Va8n Nam"),
    ("Ddoox Thij Hoaf", "D9o64 Thi5 Hoa2"),
    ("Phamj Thij Hoaf", "Pha5m Thi5 Hoa2"),
]
_CONTEXTS = [
    ("hồ sơ của bà ", " còn thiếu"),
    ("nhờ chị ", " ký giúp"),
    ("Gửi anh ", " bản sao"),
    ("Họ tên: ", ", sinh năm 1985"),
    ("ong ", " den nop don"),
]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(_TYPED_NAMES),
    st.booleans(),
    st.sampled_from(_CONTEXTS),
    st.booleans(),
)
def test_a_typed_name_is_covered_where_it_was_typed(
    names: tuple[str, str], vni: bool, context: tuple[str, str], lower: bool
) -> None:
    name = names[1] if vni else names[0]
    if lower:
        name = name.lower()
    text = context[0] + name + context[1]
    start = len(context[0])
    result = check_prompt(text)
    persons = [f for f in result.findings if f.entity is EntityType.PERSON]
    # every typed character of the name is inside one finding's span in the original
    assert any(f.start <= start and start + len(name) <= f.end for f in persons)
    assert name not in result.redacted_text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=80))
def test_random_ascii_reads_inside_the_text(text: str) -> None:
    result = check_prompt(text)  # never raises
    assert all(0 <= f.start <= f.end <= len(text) for f in result.findings)
    reading = untyped(Document(text))
    if reading is not None:
        assert len(reading.origin) == len(reading.text)
        assert reading.origin == sorted(reading.origin)
        assert all(0 <= o < len(text) for o in reading.origin)


@pytest.mark.parametrize(
    "text",
    [
        "mat khau cua anh le6 thi5 hoa2 la Nguyeenx@2024!Hoa",
        "bà le6 thi5 hoa2 dùng key sk-proj-abc123DEF456ghi789JKL012mno345PQR",
        'ông ddinh vawn toanf: API_SECRET="Tra6n2Va8n_x9Q2mZ7pL4kR8sT1"',
    ],
)
def test_key_findings_do_not_change_with_the_typed_reading(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ai_guard.prompt import engine

    def keys() -> list[tuple[int, int]]:
        return sorted(
            (f.start, f.end)
            for f in check_prompt(text).findings
            if f.entity is EntityType.API_SECRET
        )

    with_reading = keys()
    monkeypatch.setattr(engine, "_UNTYPED", lambda doc: None)
    assert keys() == with_reading


@pytest.mark.parametrize(
    "text",
    [
        "email: ly.bich.quan56@hotmail.com, huynh_hung_tinh3@hotmail.com, le.thi.hoa2@gmail.com",
        "Bà Lý Bích Quân email ly.bich.quan56@hotmail.com; Ông Huỳnh Hùng Tính email "
        "huynh_hung_tinh3@hotmail.com; Bà Lê Thị Hòa email le.thi.hoa2@gmail.com",
        "gửi về nguyeenx.vawn@gmail.com nhé",
        "lien he: maatj.khaarur+le6@co.vn",
    ],
)
def test_an_e_mail_address_is_no_typing_leftover(text: str) -> None:
    """An address's local part is typed in ASCII, never Vietnamese with the input method off:
    "quan56" and "tinh3" glued to an "@" are no "quận" and "tỉnh" (one such address in a
    table sent every detector over the whole text a second time)."""
    assert untype("quan56") is not None  # (the word alone does read as VNI)
    assert untyped(Document(text)) is None


def test_a_name_typed_off_beside_an_address_is_still_read() -> None:
    doc = Document("hồ sơ của bà le6 thi5 hoa2, email le6.hoa2@x.vn; Nguyeenx Vawn Hungf")
    reading = untyped(doc)
    assert reading is not None
    assert "bà lê thị hoà" in reading.text
    assert "le6.hoa2@x.vn" in reading.text
    assert "Nguyễn Văn Hùng" in reading.text


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(
        ["Nguyeenx Vawn Hungf", "bà le6 thi5 hoa2", "chij Hoangf Thij Thu", "xin chào"]
    ),
    st.from_regex(r"[a-z]{1,8}[._]?[a-z]{0,6}[1-9]{0,3}@[a-z]{2,8}\.(?:com|vn)", fullmatch=True),
)
def test_an_address_beside_a_line_changes_nothing_of_its_reading(line: str, address: str) -> None:
    """Whatever an address holds, the line's reading is the one it has without it (the
    address kept as typed)."""
    alone = untyped(Document(line))
    both = untyped(Document(f"{line} {address}"))
    if alone is None:
        assert both is None
    else:
        assert both is not None
        assert both.text == f"{alone.text} {address}"
