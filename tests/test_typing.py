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
