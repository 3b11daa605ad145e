"""The name paths' gates (``person.gates``): a path is skipped only where it finds nothing.

Each gated path declares what it needs (``Needs``); the detector calls it only where
``PathFacts.allows`` says the document holds that. Each property below holds the path, called
where its gate says no, to finding nothing, on text made of the paths' words, names and odd
characters and on every prompt of the corpora; and the whole detector to finding what it
finds with every gate open.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import ai_guard.detectors.person as person
from ai_guard.detectors.base import Detection
from ai_guard.detectors.person import (
    birth_marked,
    bounded,
    capitalised,
    confirmed,
    cued,
    fields,
    figures,
    foreign,
    khmer,
    lower_case,
    lower_middle,
    office,
    plain_cued,
    split_columns,
    uncued,
    url_names,
)
from ai_guard.detectors.person import given as given_module
from ai_guard.detectors.person.gates import Needs, PathFacts
from ai_guard.text import Document

_ID = "vn.person"
_Path = Callable[[Document, Sequence[Detection]], list[Detection]]

#: each gated path: its needs and a call of it (with the findings of the paths before it)
_PATHS: dict[str, tuple[Needs | tuple[Needs, ...], _Path]] = {
    "birth_marked": (
        birth_marked.NEEDS,
        lambda d, f: list(birth_marked.birth_marked_names(d, f, _ID)),
    ),
    "capitalised": (capitalised.NEEDS, lambda d, f: list(capitalised.capitalised_names(d, _ID))),
    "lower_case": (lower_case.NEEDS, lambda d, f: list(lower_case.lower_case_names(d, _ID))),
    "uncued": (uncued.NEEDS, lambda d, f: list(uncued.uncued_names(d, f, _ID))),
    "bounded": (bounded.BOUNDED_NEEDS, lambda d, f: list(bounded.bounded_names(d, f, _ID))),
    "office": (office.NEEDS, lambda d, f: list(office.office_holder_names(d, f, _ID))),
    "plain_cued": (
        plain_cued.CUED_NEEDS,
        lambda d, f: list(plain_cued.plain_cued_names(d, f, _ID)),
    ),
    "plain_listed": (
        plain_cued.LISTED_NEEDS,
        lambda d, f: list(plain_cued.plain_listed_names(d, f, _ID)),
    ),
    "plain_speaker": (
        plain_cued.SPEAKER_NEEDS,
        lambda d, f: list(plain_cued.plain_speaker_names(d, f, _ID)),
    ),
    "plain_khmer": (
        plain_cued.KHMER_NEEDS,
        lambda d, f: list(plain_cued.plain_khmer_names(d, f, _ID)),
    ),
    "plain_prefixed": (
        plain_cued.PREFIXED_NEEDS,
        lambda d, f: list(plain_cued.plain_prefixed_names(d, f, _ID)),
    ),
    "split_columns": (
        split_columns.NEEDS,
        lambda d, f: list(split_columns.split_column_names(d, f, _ID)),
    ),
    "khmer": (khmer.NEEDS, lambda d, f: khmer.khmer_lower_names(d, f, _ID)),
    "capitals_by_place": (
        cued.CAPITALS_NEEDS,
        lambda d, f: list(cued.capitals_by_place(d, f, _ID)),
    ),
    "lower_middle": (
        lower_middle.NEEDS,
        lambda d, f: list(lower_middle.lower_middle_names(d, _ID)),
    ),
    "particles": (foreign.PARTICLE_NEEDS, lambda d, f: foreign.particle_names(d, _ID)),
    "fields": (fields.NEEDS, lambda d, f: list(fields.field_names(d, _ID))),
    "figures": (figures.NEEDS, lambda d, f: list(figures.lower_case_figures(d, f, _ID))),
    "confirmed": (confirmed.NEEDS, lambda d, f: list(confirmed.confirmed_names(d, f, _ID))),
    "given": (given_module.NEEDS, lambda d, f: list(given_module.given_names_alone(d, f, _ID))),
    "url_names": (url_names.NEEDS, lambda d, f: list(url_names.url_slug_names(d, f, _ID))),
}

_WORDS = [
    *"ông bà anh chị em cô chú bác cháu a c e ong ba anh chi bạn ban Ông Bà ÔNG BÀ".split(),
    *"Nguyễn Văn An Trần Thị Lan Lê Minh Tuấn NGUYỄN VĂN AN Hồ Chí Minh Phan".split(),
    *"nguyễn văn thị an trần lan le minh tuan van thi nguyen tran hùng hoa".split(),
    *"Thach Danh Kim Son Lam Chau Neang thach neang thạch sô sa phol so phia".split(),
    *"a pher djuih o ở plei lang buon kon brong".split(),
    *"Anna de Vries van der Berg Johannes Mr. mr. dr ms. tôn thất nữ".split(),
    *"bộ trưởng giám đốc bộ y tế trưởng phòng phan bội châu võ nguyên giáp".split(),
    *"họ tên Họ và tên name Name ho ten ký tên là tôi tên út thằng phòng 1 120 số".split(),
    *"hạnh tuan Hạnh ok cảm ơn và va gồm 3 anh em sinh năm cccd đi".split(),
    *"fb.com/ facebook.com/tran.van.an vnexpress.net/le-thi-hoa-97 / .97 -".split(),
]
_ODD = ["ǅ", "ϒ", "Σ", "中", "\u0301", "ö", "²", "_", "'", "’", "-", "(", ")", "5", "@", "<"]
_SEPS = [" ", " ", " ", "  ", "\t", "\n", ", ", ". ", ": ", " | ", "(", "", "5", "- ", "\n1. "]


def _texts() -> st.SearchStrategy[str]:
    word = st.one_of(
        st.sampled_from(_WORDS),
        st.sampled_from(_WORDS).map(str.title),
        st.sampled_from(_WORDS).map(str.upper),
        st.sampled_from(_ODD),
    )
    return st.lists(st.tuples(word, st.sampled_from(_SEPS)), max_size=14).map(
        lambda parts: "".join(w + s for w, s in parts)
    )


def _closed_paths(text: str) -> list[str]:
    """The gated paths whose gate says no on ``text`` and which find something there all the
    same (with no finding before them, and with the detector's own findings)."""
    doc = Document(text)
    whole = list(person.PersonNameDetector()._detect(Document(text)))
    wrong = []
    for name, (needs, call) in _PATHS.items():
        if PathFacts(doc).allows(needs):
            continue
        for found in ([], whole):
            if call(Document(text), found):
                wrong.append(name)
                break
    return wrong


_EXAMPLES = (
    "ok",
    "Thach So Phia va",
    "1thach sô phol, cccd",
    "ǅ Văn An",
    "thạch sô phol,",
    "Hạnh: ok\nTuan: ok",
    "Anna de Vries",
)


@settings(max_examples=400, deadline=None)
@given(_texts())
@example(_EXAMPLES[0])
@example(_EXAMPLES[1])
@example(_EXAMPLES[2])
@example(_EXAMPLES[3])
@example(_EXAMPLES[4])
@example(_EXAMPLES[5])
def test_a_path_whose_gate_is_closed_finds_nothing(text: str) -> None:
    assert _closed_paths(text) == []


def _corpus_texts() -> list[str]:
    out = []
    for path in sorted(Path(__file__).resolve().parents[1].glob("corpus/*.jsonl")):
        if path.name.startswith("documents"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line)["text"])
    return out


def test_no_gate_closes_on_a_corpus_prompt_its_path_finds_a_name_in() -> None:
    texts = _corpus_texts()
    assert len(texts) > 1000
    wrong = {t[:60]: names for t in texts if (names := _closed_paths(t))}
    assert wrong == {}


@settings(max_examples=300, deadline=None)
@given(_texts())
@example(_EXAMPLES[5])
@example(_EXAMPLES[6])
def test_the_detector_finds_what_it_finds_with_every_gate_open(
    text: str,
) -> None:
    gated = list(person.PersonNameDetector().detect(Document(text)))
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(person.PathFacts, "allows", lambda self, needs: True)
        opened = list(person.PersonNameDetector().detect(Document(text)))
    assert gated == opened


def test_a_word_alone_closes_every_gate() -> None:
    doc = Document("ok")
    assert [name for name, (needs, _) in _PATHS.items() if PathFacts(doc).allows(needs)] == []


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("capitalised", "Chấp hành viên Lê Xuân An thông báo"),
        ("lower_case", "ông nguyễn văn an"),
        ("plain_cued", "ong tat quang vinh, sinh nam"),
        ("plain_khmer", "Danh So Phia va vo"),
        ("plain_prefixed", "a pher o lang kon brong"),
        ("split_columns", "Họ\tTên\nLê\tAn"),
        ("khmer", "thạch sô phol, cccd"),
        ("office", "bo truong bo y te dao hong lan"),
        ("figures", "phan bội châu"),
        ("lower_middle", "Nguyễn văn Hải"),
        ("given", "Hạnh: ok\nTuấn: ok"),
    ],
)
def test_a_gate_opens_where_its_path_finds_a_name(name: str, text: str) -> None:
    needs, call = _PATHS[name]
    doc = Document(text)
    assert PathFacts(doc).allows(needs)
    assert call(Document(text), [])


def test_a_speaker_alone_opens_the_given_names_gate() -> None:
    # one word, so no cue before it: ":" is the other way in ("Hạnh: ...")
    assert PathFacts(Document("Hạnh:")).allows(given_module.NEEDS)
