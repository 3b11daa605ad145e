"""A name split over a form's fields (passport data, a visa form, a JSON record, a query
string): each field's value is a person's, whatever its case; labels that only end a longer
label ("chủ hộ:") and values that hold no name stay clean."""

from __future__ import annotations

import pytest
from _probes import found
from hypothesis import given, settings
from hypothesis import strategies as st

from ai_guard.detectors.person.fields import field_names
from ai_guard.models import EntityType
from ai_guard.text import Document


def _persons(text: str) -> list[str]:
    return found(text, EntityType.PERSON)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Passport No.: C4731826\nSurname: DUONG\nGiven names: THI HOAI THUONG\n"
            "Date of birth: 17/08/1993",
            ["DUONG", "THI HOAI THUONG"],
        ),
        (
            "Họ/Surname: DƯƠNG\nChữ đệm và tên/Given names: THỊ HOÀI THƯƠNG",
            ["DƯƠNG", "THỊ HOÀI THƯƠNG"],
        ),
        (
            '{"passport_no": "b7314052", "surname": "trinh", "given_names": "minh khoi"}',
            ["trinh", "minh khoi"],
        ),
        ("GET /api/citizens?last_name=Nguyen&first_name=An&page=2", ["Nguyen", "An"]),
        ("Họ: Trần\nTên: Bình\nNgày sinh: 02/03/1990", ["Trần", "Bình"]),
        ("family name: O'Brien, first name: Sean", ["O'Brien", "Sean"]),
    ],
)  # fmt: skip
def test_field_values_are_names(text: str, names: list[str]) -> None:
    assert sorted(_persons(text)) == sorted(names)


@pytest.mark.parametrize(
    "text",
    [
        "Tên: Báo cáo quý 3",  # "Tên:" alone names anything
        "Họ: và tên",
        "Surname: N/A\nGiven names: none",
        "the column first name: required",
        '{"first_name": "string", "last_name": "string"}',  # a schema's example
        "Quan hệ với chủ hộ: Con",  # "hộ:" ends "chủ hộ:"
        "ho: co the gui lai khong",  # "họ:" (they) in chat, no given-name field
    ],
)
def test_no_name_in_these_fields(text: str) -> None:
    assert _persons(text) == []


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list('Họ:Tên/Surname given_names"{},=&\n ảaă')), max_size=80)
)
def test_any_text_reads_without_error_and_spans_stay_inside(text: str) -> None:
    for d in field_names(Document(text), "vn.person"):
        assert 0 <= d.start < d.end <= len(text)
        assert text[d.start : d.end].strip() == text[d.start : d.end]
